//! `server create`, which may span services bound to different sites.
//!
//! The server is created at every site of the compute scope. Its flavor is
//! looked up there. Its image is looked up there too when the image scope
//! is the compute scope; when the image scope differs, the image is found
//! under the image scope (failing over as `|` says), and each compute site
//! boots from an image with the same data in its own Glance: one already
//! there, or a copy made now (see `images`). Networks do not span sites:
//! a network scope other than the compute scope is refused before any
//! request.

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::images::{self, Placed, Source};
use super::resource::{self, Creation, find, lookup, reread};
use super::servers::wait_for_status;
use crate::cli::ServerCreate;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::Resource;
use crate::route::first_of;
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};

pub async fn create(
    setup: &Setup,
    r: &'static Resource,
    a: &ServerCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let compute = setup.plan(ServiceType::Compute)?;
    if !a.network.is_empty()
        && let Some(binding) = setup.scope.for_service(ServiceType::Network)
        && &binding.plan != compute
    {
        return Err(Error::Usage(format!(
            "networks do not span sites: the server is created at `{compute}`, but \
             --network would be looked up at `{}` ({}); bind network to the compute \
             sites, e.g. --os-scope '{{compute: {compute}, network: {compute}}}'",
            binding.plan,
            binding.source.as_str()
        )));
    }
    let image_plan = setup.plan(ServiceType::Image)?;
    let source = if image_plan == compute {
        None
    } else {
        match find_source(setup, &a.image).await? {
            Ok(source) => Some(source),
            Err(status) => return Ok(status),
        }
    };
    let (source, copy) = (&source, !a.no_copy_image);
    let creation = Creation::new(setup, r, &a.create)?;
    resource::create_with(
        setup,
        &creation,
        out,
        |s| async move {
            let flavor = find(&s, &crate::resources::FLAVOR, &a.flavor).await?;
            let image = match source {
                None => find(&s, &crate::resources::IMAGE, &a.image).await?["id"].clone(),
                Some(source) => {
                    let placed = images::place(&s, source, copy).await?;
                    let (what, how) = match &placed {
                        Placed::Here(_) => ("", ""),
                        Placed::Reused(_) => ("an image with the data of", "reused"),
                        Placed::Copied(_) => ("a copy of", "made"),
                    };
                    if !what.is_empty() && !s.explaining() {
                        eprintln!(
                            "oscope: {}: boots from {} ({what} image {} at {}, {how})",
                            s.name(),
                            placed.id(),
                            a.image,
                            source.site,
                        );
                    }
                    json!(placed.id())
                }
            };
            let mut nets = Vec::new();
            for n in &a.network {
                nets.push(json!({"uuid": find(&s, &crate::resources::NETWORK, n).await?["id"]}));
            }
            let mut server = json!({
                "name": a.name, "flavorRef": flavor["id"], "imageRef": image,
                "networks": if nets.is_empty() { json!("auto") } else { json!(nets) },
            });
            if let Some(key) = &a.key_name {
                server["key_name"] = json!(key);
            }
            Ok(json!({ "server": server }))
        },
        |s, created| async move {
            let id = r.id_of(&created).to_string();
            let server = if a.wait {
                let server = wait_for_status(&s, &id, &["ACTIVE", "ERROR"]).await?;
                if server["status"] == "ERROR" {
                    return Err(failed_boot(&s, &a.name, &id, &server).await.into());
                }
                server
            } else {
                reread(s.clone(), r, created).await?
            };
            Ok(super::servers::with_image_name(&s, server).await)
        },
    )
    .await
}

/// A server `--wait` saw go to ERROR (no valid host, a quota): deleted, so
/// that a `|` places it at its next site without leaving one behind, and
/// said so on stderr. The site's failure is Nova's fault message.
async fn failed_boot(s: &Session, name: &str, id: &str, server: &Value) -> SiteError {
    let why = server["fault"]["message"]
        .as_str()
        .unwrap_or("the server went to ERROR")
        .to_string();
    let delete = Call::new(
        ServiceType::Compute,
        Method::DELETE,
        format!("servers/{}", encode(id)),
        Body::Empty,
    );
    let left = match s.call(&delete).await {
        Ok(_) => "deleted it".to_string(),
        Err(e) => format!("could not delete it ({e})"),
    };
    eprintln!(
        "oscope: {}: server {name} went to ERROR: {why}; {left}",
        s.name()
    );
    SiteError::new(FailureClass::Server, format!("went to ERROR: {why}"))
}

/// The image under the image scope: at the first of its sites that has it
/// (one image is booted, wherever the scope finds it). When no site has
/// it, the lines are printed and the status returned.
async fn find_source(setup: &Setup, name: &str) -> Result<Result<Source, ExitStatus>, Error> {
    let image = &crate::resources::IMAGE;
    let plan = first_of(setup.plan(ServiceType::Image)?);
    let router = setup.router([&plan]);
    let (outcomes, status) = lookup(setup, &router, &plan, image, name).await;
    let found = outcomes.into_iter().find_map(|o| {
        let image = o.result.ok()?;
        let session = router.session(&o.site)?.clone();
        Some(Source {
            site: o.site,
            session,
            image,
        })
    });
    Ok(found.ok_or(status))
}
