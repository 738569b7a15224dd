//! `flavor …`: list (public, private or all), show with a private
//! flavor's projects, create with extra specs and access, set and unset.

use std::io::Write;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::resource::{self, find, properties, reread};
use super::servers::call;
use crate::cli::FlavorCommand;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{FLAVOR, FLAVOR_PRIVATE, FLAVOR_PUBLIC, PROJECT};
use crate::setup::Setup;
use crate::site::{Body, Session, Stopped, encode};

/// `flavor …`
pub async fn flavor(
    setup: &Setup,
    command: &FlavorCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &FLAVOR;
    match command {
        FlavorCommand::List(a) => {
            let r = match (a.private, a.all) {
                (true, _) => &FLAVOR_PRIVATE,
                (_, true) => &FLAVOR,
                _ => &FLAVOR_PUBLIC,
            };
            resource::list(setup, r, &a.list, out).await
        }
        // As python-openstackclient's show: the projects a private flavor
        // is shared with (None for a public one).
        FlavorCommand::Show(a) => {
            resource::show_with(setup, r, a, out, |s, mut flavor| async move {
                let private = flavor["os-flavor-access:is_public"] == false;
                let path = format!("flavors/{}/os-flavor-access", encode(r.id_of(&flavor)));
                let access = match private {
                    true => s.get_json(r.service, &path).await.ok(),
                    false => None,
                };
                flavor["access_project_ids"] = match access {
                    Some(access) => access["flavor_access"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|a| a["tenant_id"].clone())
                        .collect(),
                    None => Value::Null,
                };
                flavor
            })
            .await
        }
        FlavorCommand::Delete(a) => resource::delete(setup, r, a).await,
        FlavorCommand::Create(a) => {
            let mut flavor = json!({"name": a.name, "ram": a.ram, "disk": a.disk, "vcpus": a.vcpus,
                                    "OS-FLV-EXT-DATA:ephemeral": a.ephemeral, "swap": a.swap,
                                    "os-flavor-access:is_public": !a.private});
            if let Some(id) = &a.id {
                flavor["id"] = json!(id);
            }
            if let Some(description) = &a.description {
                flavor["description"] = json!(description);
            }
            let body = json!({ "flavor": flavor });
            let specs = properties(&a.property)?;
            let (body, specs) = (&body, &specs);
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |_| async move { Ok(body.clone()) },
                |s, created| async move {
                    let at = |path: &str| format!("flavors/{}{path}", encode(r.id_of(&created)));
                    if let Some(project) = &a.project {
                        flavor_access(&s, &at("/action"), project, "addTenantAccess").await?;
                    }
                    set_specs(&s, &at("/os-extra_specs"), specs).await?;
                    Ok(reread(s, r, created).await?)
                },
            )
            .await
        }
        FlavorCommand::Set(a) => {
            let specs = properties(&a.property)?;
            let (specs, names) = (&specs, [a.flavor.clone()]);
            let (status, _) = resource::each(setup, r, &names, "change", |s, flavor| async move {
                let at = |path: &str| format!("flavors/{}{path}", encode(r.id_of(&flavor)));
                if a.no_property {
                    let keys = flavor["extra_specs"].as_object().into_iter().flatten();
                    for (key, _) in keys {
                        let path = at(&format!("/os-extra_specs/{}", encode(key)));
                        s.call(&call(Method::DELETE, path, Body::Empty)).await?;
                    }
                }
                set_specs(&s, &at("/os-extra_specs"), specs).await?;
                if let Some(project) = &a.project {
                    flavor_access(&s, &at("/action"), project, "addTenantAccess").await?;
                }
                if let Some(description) = &a.description {
                    let body = Body::Json(json!({"flavor": {"description": description}}));
                    s.call(&call(Method::PUT, at(""), body)).await?;
                }
                Ok(())
            })
            .await?;
            Ok(status)
        }
        FlavorCommand::Unset(a) => {
            let names = [a.flavor.clone()];
            let (status, _) = resource::each(setup, r, &names, "change", |s, flavor| async move {
                let at = |path: &str| format!("flavors/{}{path}", encode(r.id_of(&flavor)));
                for key in &a.property {
                    let path = at(&format!("/os-extra_specs/{}", encode(key)));
                    s.call(&call(Method::DELETE, path, Body::Empty)).await?;
                }
                if let Some(project) = &a.project {
                    flavor_access(&s, &at("/action"), project, "removeTenantAccess").await?;
                }
                Ok(())
            })
            .await?;
            Ok(status)
        }
    }
}

/// Gives or takes a project's access to a private flavor: the project is
/// looked up at the flavor's site.
async fn flavor_access(
    s: &Session,
    action: &str,
    project: &str,
    verb: &str,
) -> Result<(), Stopped> {
    let project = find(s, &PROJECT, project).await?;
    let body = Body::Json(json!({ verb: {"tenant": PROJECT.id_of(&project)} }));
    s.call(&call(Method::POST, action.to_string(), body))
        .await?;
    Ok(())
}

/// Adds or changes a flavor's extra specs (`specs` may be empty).
async fn set_specs(s: &Session, path: &str, specs: &Map<String, Value>) -> Result<(), Stopped> {
    if !specs.is_empty() {
        let body = Body::Json(json!({ "extra_specs": specs }));
        s.call(&call(Method::POST, path.to_string(), body)).await?;
    }
    Ok(())
}
