//! Image data: `image save` to a file, and the copy of an image from one
//! site's Glance to another's that lets `server create` boot at a compute
//! site an image the image scope holds elsewhere.
//!
//! Data is streamed, never held: from Glance to a file, or from one Glance
//! straight into the other, hashed on the way and checked against what the
//! source says of the image (`os_hash_value`, `checksum`).

use std::io::Write;
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::resource::{find, lookup};
use crate::cli::ImageCopy;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::resources::Resource;
use crate::route::{Operation, first_of, report};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, Digests, FailureClass, Session, SiteError, Stopped, Stream, encode};

/// The tag every copy carries, so that people see what oscope made.
pub const COPY_TAG: &str = "oscope-copy";

/// The property that says where a copy came from (`site/image-id`).
pub const COPIED_FROM: &str = "oscope_copied_from";

/// Why data does not match what Glance says of the image it belongs to.
fn mismatch(image: &Value, size: u64, md5: &str, sha512: &str) -> Option<String> {
    let expect = |key: &str| image[key].as_str().filter(|v| !v.is_empty());
    if let Some(expected) = image["size"].as_u64()
        && expected != size
    {
        return Some(format!("{size} bytes, not the image's {expected}"));
    }
    if let Some(expected) = expect("checksum")
        && expected != md5
    {
        return Some(format!("MD5 {md5} is not the image's {expected}"));
    }
    if image["os_hash_algo"] == "sha512"
        && let Some(expected) = expect("os_hash_value")
        && expected != sha512
    {
        return Some("SHA-512 differs from the image's os_hash_value".into());
    }
    None
}

/// `image save`: the data streamed to a file, its checksums verified
/// against what Glance says of the image, at the first site that has it.
pub async fn save(
    setup: &Setup,
    r: &'static Resource,
    name: &str,
    file: &std::path::Path,
) -> Result<ExitStatus, Error> {
    // One file, so one site: the first of the scope's sites that has it.
    let plan = first_of(setup.plan(ServiceType::Image)?);
    let router = setup.router([&plan]);
    let outcomes = router
        .run(&plan, Operation::Lookup, |session| async move {
            let image = find(&session, r, name).await?;
            let path = format!("images/{}/file", encode(r.id_of(&image)));
            let download = session.download(ServiceType::Image, &path, file).await?;
            if let Some(why) = mismatch(&image, download.size, &download.md5, &download.sha512) {
                let _ = tokio::fs::remove_file(&download.temp).await;
                return Err(SiteError::new(
                    FailureClass::Server,
                    format!("corrupt download: {why}"),
                )
                .into());
            }
            tokio::fs::rename(&download.temp, file).await.map_err(|e| {
                SiteError::new(
                    FailureClass::Request,
                    format!("cannot write {}: {e}", file.display()),
                )
                .into()
            })
        })
        .await;
    Ok(report(&outcomes))
}

/// An image where the image scope found it.
pub struct Source {
    pub site: String,
    pub session: Arc<Session>,
    pub image: Value,
}

impl Source {
    pub fn id(&self) -> &str {
        self.image["id"].as_str().unwrap_or_default()
    }

    fn name(&self) -> &str {
        self.image["name"].as_str().unwrap_or_else(|| self.id())
    }

    /// The query that finds an image with the same data: by SHA-512 when
    /// Glance gave one, else by MD5.
    fn same_data_query(&self) -> Option<(&'static str, &str)> {
        let value = |key: &str| self.image[key].as_str().filter(|v| !v.is_empty());
        match (value("os_hash_value"), value("checksum")) {
            (Some(sha), _) if self.image["os_hash_algo"] == "sha512" => {
                Some(("os_hash_value", sha))
            }
            (_, Some(md5)) => Some(("checksum", md5)),
            _ => None,
        }
    }
}

/// The image under the image scope: at the first of its sites that has it
/// (one image is booted, wherever the scope finds it). When no site has
/// it, the lines are printed and the status returned.
pub async fn find_source(setup: &Setup, name: &str) -> Result<Result<Source, ExitStatus>, Error> {
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

/// `image copy`: the image the image scope finds, placed at every site of
/// `--to` (the first that succeeds, for a `|`): copied, or an image with
/// its data reused. A table says what each site has; with `--atomic`, a
/// failing site has the copies made at the others deleted.
pub async fn copy(
    setup: &Setup,
    a: &ImageCopy,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let target = setup.plan_of(&a.to, ServiceType::Image)?;
    let source = match find_source(setup, &a.image).await? {
        Ok(source) => source,
        Err(status) => return Ok(status),
    };
    let router = setup.router([&target]);
    let source = &source;
    let outcomes = router
        .run(&target, Operation::Mutate, |session| async move {
            place(&session, source, true).await
        })
        .await;
    let mut status = report(&outcomes);
    let failed = outcomes
        .iter()
        .any(|o| !o.failed_over && o.failure().is_some());
    let mut rows = Vec::new();
    for outcome in &outcomes {
        let Ok(placed) = &outcome.result else {
            continue;
        };
        let result = match placed {
            Placed::Here(_) => "source",
            Placed::Reused(_) => "reused",
            Placed::Copied(_) if a.atomic && failed => {
                let session = router.session(&outcome.site).expect("a session per site");
                match delete_copy(session, placed.id()).await {
                    Ok(()) => "rolled back",
                    Err(_) => "left (its deletion failed)",
                }
            }
            Placed::Copied(_) => "copied",
        };
        rows.push(vec![
            Cell::new(json!(outcome.site)),
            Cell::new(json!(placed.id())),
            Cell::new(json!(result)),
        ]);
    }
    if a.atomic && failed {
        status = ExitStatus::Failure;
    }
    let listing = Listing {
        columns: vec!["Site".into(), "ID".into(), "Result".into()],
        rows,
    };
    // A failed command prints no data: what was rolled back is said on
    // stderr, as `create --atomic` does.
    let options = setup.list_options(&a.format);
    match status {
        ExitStatus::Failure => listing.write(&mut std::io::stderr().lock(), &options),
        _ => listing.write(out, &options),
    }
    .map_err(super::output_error)?;
    Ok(status)
}

async fn delete_copy(session: &Session, id: &str) -> Result<(), Stopped> {
    let call = Call::new(
        ServiceType::Image,
        Method::DELETE,
        format!("images/{}", encode(id)),
        Body::Empty,
    );
    session.call(&call).await.map(drop)
}

/// How an image came to be at a compute site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placed {
    /// The source itself is at this site.
    Here(String),
    /// An image with the same data was already there (an earlier copy).
    Reused(String),
    /// Copied now.
    Copied(String),
}

impl Placed {
    pub fn id(&self) -> &str {
        match self {
            Placed::Here(id) | Placed::Reused(id) | Placed::Copied(id) => id,
        }
    }
}

/// The ID of an image with `source`'s data at `target`'s Glance: the
/// source itself when it is there, an active image with the same checksum,
/// else a copy made now (unless `copy` is false).
pub async fn place(target: &Session, source: &Source, copy: bool) -> Result<Placed, Stopped> {
    if source.site == target.name() {
        return Ok(Placed::Here(source.id().to_string()));
    }
    let Some((key, digest)) = source.same_data_query() else {
        return Err(SiteError::new(
            FailureClass::Request,
            format!(
                "image {} at {} has no data to copy (status {})",
                source.name(),
                source.site,
                source.image["status"].as_str().unwrap_or("unknown")
            ),
        )
        .into());
    };
    let path = format!("images?{key}={}&status=active", encode(digest));
    let same = target.list(ServiceType::Image, &path, "images").await?;
    // Checked here too: a Glance that ignored the filter must not make any
    // image look like a copy.
    if let Some(image) = same.iter().find(|i| i[key] == digest) {
        return Ok(Placed::Reused(
            image["id"].as_str().unwrap_or_default().to_string(),
        ));
    }
    if !copy {
        return Err(SiteError::new(
            FailureClass::Request,
            format!(
                "image {} is at {}, and {} has no image with its data; \
                 --no-copy-image forbids copying it",
                source.name(),
                source.site,
                target.name()
            ),
        )
        .into());
    }
    copy_image(target, source).await.map(Placed::Copied)
}

/// Glance's own properties, which a copy does not take from its source.
const BASE: &[&str] = &[
    "id",
    "name",
    "status",
    "visibility",
    "protected",
    "os_hidden",
    "checksum",
    "os_hash_algo",
    "os_hash_value",
    "owner",
    "size",
    "virtual_size",
    "created_at",
    "updated_at",
    "tags",
    "self",
    "file",
    "schema",
    "locations",
    "direct_url",
    "stores",
    "disk_format",
    "container_format",
    "min_disk",
    "min_ram",
];

/// The request that creates the copy of `image`, taken from `site`.
fn copy_request(image: &Value, site: &str) -> Value {
    let mut body = Map::new();
    for key in [
        "name",
        "disk_format",
        "container_format",
        "min_disk",
        "min_ram",
    ] {
        if !image[key].is_null() {
            body.insert(key.into(), image[key].clone());
        }
    }
    if let Some(properties) = image.as_object() {
        for (key, value) in properties {
            let reserved = BASE.contains(&key.as_str()) || key.starts_with("os_glance");
            if !reserved && value.is_string() {
                body.insert(key.clone(), value.clone());
            }
        }
    }
    body.insert("visibility".into(), json!("private"));
    body.insert("tags".into(), json!([COPY_TAG]));
    body.insert(
        COPIED_FROM.into(),
        json!(format!(
            "{site}/{}",
            image["id"].as_str().unwrap_or_default()
        )),
    );
    Value::Object(body)
}

/// Copies the source image into `target`'s Glance: creates the image,
/// streams the data from the source into it, checks the digests of what
/// went through and what the target computed, and deletes the copy again
/// when anything fails. Returns the copy's ID.
async fn copy_image(target: &Session, source: &Source) -> Result<String, Stopped> {
    let create = Call::new(
        ServiceType::Image,
        Method::POST,
        "images",
        Body::Json(copy_request(&source.image, &source.site)),
    );
    let copy = match target.call(&create).await {
        Ok(reply) => reply.json()?,
        Err(Stopped::HeldBack) => {
            // --explain: show the upload that would follow, and let the
            // boot go on with a stand-in for the copy's ID.
            let base = target.service_url(ServiceType::Image).await?;
            target.hold_back(
                &Method::PUT,
                &format!("{base}/images/<copy of {}>/file", source.id()),
                Some(format!(
                    "<the data of image {} streamed from {}>",
                    source.id(),
                    source.site
                )),
            );
            return Ok(format!("<copy of {}>", source.id()));
        }
        Err(e) => return Err(e),
    };
    let id = copy["id"].as_str().unwrap_or_default().to_string();
    let result = fill(target, source, &id).await;
    if result.is_err() {
        let delete = Call::new(
            ServiceType::Image,
            Method::DELETE,
            format!("images/{}", encode(&id)),
            Body::Empty,
        );
        let _ = target.call(&delete).await;
    }
    result.map(|()| id)
}

/// Streams the source's data into the copy `id` and checks it.
async fn fill(target: &Session, source: &Source, id: &str) -> Result<(), Stopped> {
    let response = source
        .session
        .open(
            ServiceType::Image,
            &format!("images/{}/file", encode(source.id())),
        )
        .await?;
    let length = response.content_length();
    let digests = Arc::new(Mutex::new(Digests::default()));
    let hashing = digests.clone();
    let data = response.bytes_stream().map(move |chunk| {
        if let Ok(bytes) = &chunk {
            hashing.lock().expect("digests lock").update(bytes);
        }
        chunk
    });
    let stream = Stream::new(
        reqwest::Body::wrap_stream(data),
        length,
        format!("the data of image {} from {}", source.id(), source.site),
    );
    let upload = Call::new(
        ServiceType::Image,
        Method::PUT,
        format!("images/{}/file", encode(id)),
        Body::Stream(stream),
    );
    target.call(&upload).await?;
    let digests = std::mem::take(&mut *digests.lock().expect("digests lock"));
    let (size, md5, sha512) = digests.finish();
    if let Some(why) = mismatch(&source.image, size, &md5, &sha512) {
        return Err(SiteError::new(
            FailureClass::Server,
            format!("the data from {} is corrupt: {why}", source.site),
        )
        .into());
    }
    // What the target stored must be what went through.
    let copy = target
        .get_json(ServiceType::Image, &format!("images/{}", encode(id)))
        .await?;
    if let Some(why) = mismatch(&copy, size, &md5, &sha512) {
        return Err(SiteError::new(
            FailureClass::Server,
            format!(
                "{} stored other data than it was sent: {why}",
                target.name()
            ),
        )
        .into());
    }
    if copy["status"] != "active" {
        return Err(SiteError::new(
            FailureClass::Server,
            format!(
                "the copy is {}, not active",
                copy["status"].as_str().unwrap_or("unknown")
            ),
        )
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_keeps_the_properties_and_says_where_it_came_from() {
        let image = json!({"id": "abc", "name": "debian", "status": "active", "disk_format": "qcow2",
            "container_format": "bare", "min_disk": 1, "min_ram": 0, "visibility": "public",
            "checksum": "x", "os_hash_value": "y", "os_hash_algo": "sha512", "owner": "p",
            "hw_disk_bus": "scsi", "os_distro": "debian", "os_glance_importing_to_stores": "",
            "tags": ["t"], "size": 3});
        let body = copy_request(&image, "denver");
        assert_eq!(
            body,
            json!({"name": "debian", "disk_format": "qcow2", "container_format": "bare",
                "min_disk": 1, "min_ram": 0, "hw_disk_bus": "scsi", "os_distro": "debian",
                "visibility": "private", "tags": ["oscope-copy"],
                "oscope_copied_from": "denver/abc"})
        );
    }

    #[test]
    fn data_is_checked_against_every_digest_glance_gives() {
        let image =
            json!({"size": 3, "checksum": "m", "os_hash_algo": "sha512", "os_hash_value": "s"});
        assert_eq!(mismatch(&image, 3, "m", "s"), None);
        assert!(mismatch(&image, 4, "m", "s").unwrap().contains("3"));
        assert!(mismatch(&image, 3, "x", "s").unwrap().contains("MD5"));
        assert!(mismatch(&image, 3, "m", "x").unwrap().contains("SHA-512"));
        // Without digests there is nothing to check.
        assert_eq!(mismatch(&json!({}), 9, "m", "s"), None);
    }
}
