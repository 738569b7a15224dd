//! `image …`: Glance's images, their tags and properties, and their
//! sharing with other projects (members), as python-openstackclient has
//! them. The data (`save`, the copy between sites) is `image_data`'s.

use std::io::Write;
use std::sync::Arc;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::resource::{self, Filters, find_id, properties, reread};
use super::servers::action_call;
use super::{image_data, write_made};
use crate::cli::{
    ImageAddCommand, ImageCommand, ImageCreate, ImageImport, ImageList, ImageMemberCommand,
    ImageMemberGet, ImageProject, ImageRemoveCommand, ImageSet, ImageUnset,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{IMAGE, IMAGE_MEMBER, PROJECT, VOLUME, VOLUME_UPLOAD};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};

/// `image …`
pub async fn image(
    setup: &Setup,
    command: &ImageCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &IMAGE;
    match command {
        ImageCommand::List(a) => list(setup, a, out).await,
        ImageCommand::Show(a) => resource::show(setup, r, a, out).await,
        ImageCommand::Delete(a) => resource::delete(setup, r, a).await,
        ImageCommand::Create(a) => create(setup, a, out).await,
        ImageCommand::Set(a) => set(setup, a).await,
        ImageCommand::Unset(a) => unset(setup, a).await,
        ImageCommand::Save(a) => image_data::save(setup, r, &a.image, &a.file).await,
        ImageCommand::Copy(a) => image_data::copy(setup, a, out).await,
        ImageCommand::Stage(a) => {
            existing_file(&a.file)?;
            resource::change(setup, r, &a.image, |session, image| async move {
                stage(&session, &image, &a.file).await
            })
            .await
        }
        ImageCommand::Import(a) => import(setup, a, out).await,
        ImageCommand::Add(ImageAddCommand::Project(a)) => add_project(setup, a, out).await,
        ImageCommand::Remove(ImageRemoveCommand::Project(a)) => remove_project(setup, a).await,
        ImageCommand::Member(ImageMemberCommand::List(a)) => {
            let mut filters = Filters::default();
            filters.below(r, &a.image, "members");
            resource::list_filtered(setup, &IMAGE_MEMBER, &a.list, &filters, out).await
        }
        ImageCommand::Member(ImageMemberCommand::Get(a)) => member_get(setup, a, out).await,
    }
}

/// `image list`: Glance filters and sorts at each site.
async fn list(
    setup: &Setup,
    a: &ImageList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let mut filters = Filters::default();
    let visibility = if a.all {
        Some("all")
    } else {
        a.visibility.chosen()
    };
    if let Some(visibility) = visibility {
        filters.query.push(("visibility", visibility.into()));
    }
    filters.given(&[("name", &a.name), ("status", &a.status)]);
    if let Some(status) = &a.member_status {
        filters.query.push(("member_status", status.to_lowercase()));
    }
    for tag in &a.tag {
        filters.query.push(("tag", tag.clone()));
    }
    if a.hidden {
        filters.query.push(("os_hidden", "True".into()));
    }
    // Glance filters on any property; python-openstackclient reads every
    // image and filters itself.
    for pair in &a.property {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| Error::Usage(format!("`{pair}`: a property is KEY=VALUE")))?;
        filters.query.push((key, value.to_string()));
    }
    filters.query.push(("sort", with_ties_broken(&a.sort)));
    if let Some(project) = &a.project {
        filters.look_up_in("owner", &PROJECT, project, a.project_domain.as_deref());
    }
    // `--limit` is one page, as python-openstackclient asks for it.
    filters.limit = match (a.limit, a.max_items) {
        (Some(l), Some(m)) => Some(l.min(m)),
        (l, m) => l.or(m),
    };
    if let Some(limit) = filters.limit {
        filters.query.push(("limit", limit.to_string()));
    }
    if let Some(marker) = &a.marker {
        if setup.plan(ServiceType::Image)?.sites().len() > 1 {
            return Err(Error::Usage(
                "--marker names an image of one site: give a scope of one site".into(),
            ));
        }
        filters.look_up("marker", &IMAGE, marker);
    }
    resource::list_filtered(setup, &IMAGE, &a.list, &filters, out).await
}

/// `--sort` for Glance, ties broken newest first: python-openstackclient
/// sorts Glance's default order (newest first) itself, and its sort keeps
/// the order of equals.
fn with_ties_broken(sort: &str) -> String {
    let keys: Vec<&str> = sort
        .split(',')
        .map(|k| k.split(':').next().unwrap_or_default().trim())
        .collect();
    let mut sort = sort.to_string();
    for (key, tie) in [("created_at", ",created_at:desc"), ("id", ",id:desc")] {
        if !keys.contains(&key) {
            sort.push_str(tie);
        }
    }
    sort
}

/// The properties openstacksdk's `create_image` adds to every image it
/// makes, so that `image create` shows what python-openstackclient shows.
fn sdk_properties(name: &str) -> [(&'static str, Value); 3] {
    [
        ("owner_specified.openstack.md5", json!("")),
        ("owner_specified.openstack.sha256", json!("")),
        (
            "owner_specified.openstack.object",
            json!(format!("images/{name}")),
        ),
    ]
}

/// `image create`: the image at every site of the scope, its owner looked
/// up at each, the file uploaded to each.
/// `image create --volume`: at every site of the block-storage scope that
/// has the volume, Cinder uploads it to its site's Glance; shown as Cinder
/// answers (the upload goes on after), as python-openstackclient shows it.
async fn from_volume(
    setup: &Setup,
    a: &ImageCreate,
    volume: &str,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let upload = json!({"os-volume_upload_image": {
        "image_name": a.name, "force": a.force, "disk_format": a.disk_format,
        "container_format": a.container_format,
        "visibility": a.visibility.chosen().unwrap_or("private"),
        "protected": a.protection.chosen().unwrap_or(false),
    }});
    let upload = &upload;
    let names = [volume.to_string()];
    let (status, made) = resource::each(
        setup,
        &VOLUME,
        &names,
        "upload",
        |session, found| async move {
            let answer = session.call(&action_call(&VOLUME, &found, upload)).await?;
            let made = answer.json()?["os-volume_upload_image"].clone();
            Ok((session.name().to_string(), made))
        },
    )
    .await?;
    write_made(setup, out, &VOLUME_UPLOAD, made, &a.create.format)?;
    Ok(status)
}

async fn create(
    setup: &Setup,
    a: &ImageCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    if let Some(volume) = &a.volume {
        return from_volume(setup, a, volume, out).await;
    }
    let r = &IMAGE;
    let mut body = json!({"name": a.name, "disk_format": a.disk_format,
                          "container_format": a.container_format});
    let optional = [
        ("id", a.id.as_ref().map(|id| json!(id))),
        ("min_disk", a.min_disk.filter(|v| *v > 0).map(|v| json!(v))),
        ("min_ram", a.min_ram.filter(|v| *v > 0).map(|v| json!(v))),
        ("visibility", a.visibility.chosen().map(|v| json!(v))),
        ("protected", a.protection.chosen().map(|v| json!(v))),
        ("tags", (!a.tag.is_empty()).then(|| json!(a.tag))),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            body[key] = value;
        }
    }
    for (key, value) in properties(&a.property)?.into_iter().chain(
        sdk_properties(&a.name)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v)),
    ) {
        body[key] = value;
    }
    if let Some(file) = &a.file {
        existing_file(file)?;
    }
    let owner = a.project.as_deref();
    let domain = a.project_domain.as_deref();
    resource::create(
        setup,
        r,
        &a.create,
        out,
        |session| {
            let mut body = body.clone();
            async move {
                if let Some(project) = owner {
                    body["owner"] = json!(find_id(&session, &PROJECT, project, domain).await?);
                }
                Ok(body)
            }
        },
        |s, created| async move {
            match &a.file {
                Some(file) if a.use_import => {
                    stage(&s, &created, file).await?;
                    let body = Body::Json(json!({"method": {"name": "glance-direct"}}));
                    s.call(&below(Method::POST, &created, "import", body))
                        .await?;
                }
                Some(file) => {
                    let upload = below(Method::PUT, &created, "file", Body::File(file.clone()));
                    s.call(&upload).await?;
                }
                None => {}
            }
            Ok(reread(s, r, created).await?)
        },
    )
    .await
}

/// A usage error unless `file` is a file.
fn existing_file(file: &std::path::Path) -> Result<(), Error> {
    match file.is_file() {
        true => Ok(()),
        false => Err(Error::Usage(format!("{}: no such file", file.display()))),
    }
}

/// The file put into the image's staging area (`image stage`), which
/// openstacksdk first checks the image can take.
async fn stage(session: &Session, image: &Value, file: &std::path::Path) -> Result<(), Stopped> {
    if image["status"] != "queued" {
        let status = image["status"].as_str().unwrap_or_default();
        return Err(SiteError::new(
            FailureClass::Request,
            format!("Image stage is only possible for images in the queued state. Current state is {status}"),
        )
        .into());
    }
    let call = below(Method::PUT, image, "stage", Body::File(file.to_path_buf()));
    session.call(&call).await.map(drop)
}

/// `image import`: python-openstackclient's checks of the flags, then of
/// each site (its import methods, the image's status), and the import;
/// the image is shown as found, as OSC does.
async fn import(
    setup: &Setup,
    a: &ImageImport,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let body = import_request(a)?;
    let body = &body;
    let names = [a.image.clone()];
    let (status, shown) = resource::each(setup, &IMAGE, &names, "import", |session, image| async move {
        let info = session.get_json(ServiceType::Image, "info/import").await.map_err(|e| match e.class {
            FailureClass::NotFound => SiteError::new(
                FailureClass::Request,
                "The Image Import feature is not supported by this deployment",
            ),
            _ => e,
        })?;
        let offered: Vec<&str> = info["import-methods"]["value"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let refuse = |why: String| Err(Stopped::from(SiteError::new(FailureClass::Request, why)));
        if !offered.contains(&a.method.as_str()) {
            return refuse(format!(
                "The '{}' import method is not supported by this deployment. Supported: {}",
                a.method,
                offered.join(", ")
            ));
        }
        if image["container_format"].is_null() && image["disk_format"].is_null() {
            return refuse(
                "The 'container_format' and 'disk_format' properties must be set on an image before it can be imported".into(),
            );
        }
        let needed = match a.method.as_str() {
            "glance-direct" => Some("uploading"),
            "web-download" => Some("queued"),
            "copy-image" => Some("active"),
            _ => None,
        };
        if let Some(needed) = needed
            && image["status"] != needed
        {
            return refuse(format!(
                "The '{}' import method can only be used with an image in status '{needed}'",
                a.method
            ));
        }
        let call = below(Method::POST, &image, "import", Body::Json(body.clone()));
        session.call(&call).await?;
        Ok((session.name().to_string(), image))
    })
    .await?;
    write_made(setup, out, &IMAGE, shown, &a.format)?;
    Ok(status)
}

/// The body of `image import`'s request, as openstacksdk sends it, once
/// the flags are checked as python-openstackclient checks them.
fn import_request(a: &ImageImport) -> Result<Value, Error> {
    let usage = |why: &str| Err(Error::Usage(why.into()));
    let web = a.method == "web-download";
    let remote = a.method == "glance-download";
    match &a.uri {
        None if web => {
            return usage("The '--uri' option is required when using '--method=web-download'");
        }
        Some(uri) if web && !uri.contains("://") => {
            return usage(&format!("'{uri}' is not a valid url"));
        }
        Some(_) if !web => {
            return usage(
                "The '--uri' option is only supported when using '--method=web-download'",
            );
        }
        _ => {}
    }
    if remote && (a.remote_region.is_none() || a.remote_image.is_none()) {
        return usage(
            "The '--remote-region' and '--remote-image' options are required when using '--method=glance-download'",
        );
    }
    for (given, flag) in [
        (a.remote_region.is_some(), "--remote-region"),
        (a.remote_image.is_some(), "--remote-image"),
        (
            a.remote_service_interface.is_some(),
            "--remote-service-interface",
        ),
    ] {
        if given && !remote {
            return usage(&format!(
                "The '{flag}' option is only supported when using '--method=glance-download'"
            ));
        }
    }
    if a.method == "copy-image" && a.stores.is_empty() && !a.all_stores {
        return usage(
            "The '--stores' or '--all-stores' options are required when using '--method=copy-image'",
        );
    }
    let mut method = json!({"name": a.method});
    for (key, value) in [
        ("uri", &a.uri),
        ("glance_region", &a.remote_region),
        ("glance_image_id", &a.remote_image),
        ("glance_service_interface", &a.remote_service_interface),
    ] {
        if let Some(value) = value {
            method[key] = json!(value);
        }
    }
    let mut body = json!({"method": method, "all_stores": a.all_stores,
                          "all_stores_must_succeed": a.disallow_failure});
    if !a.stores.is_empty() {
        body["stores"] = json!(a.stores);
    }
    Ok(body)
}

/// A JSON-patch request for an image.
fn patch(image: &Value, ops: &[Value]) -> Call {
    let body = bytes::Bytes::from(serde_json::to_vec(ops).unwrap_or_default());
    Call::new(
        ServiceType::Image,
        Method::PATCH,
        format!("images/{}", encode(IMAGE.id_of(image))),
        Body::Bytes(body, "application/openstack-images-v2.1-json-patch"),
    )
}

/// A request for something below an image (`members/…`, `tags/…`).
fn below(method: Method, image: &Value, path: &str, body: Body) -> Call {
    Call::new(
        ServiceType::Image,
        method,
        format!("images/{}/{path}", encode(IMAGE.id_of(image))),
        body,
    )
}

/// The changes `image set` asks of an image, as openstacksdk sends them:
/// one `add` per key, in the keys' order; the tags are the image's and
/// the new ones.
fn set_changes(a: &ImageSet, image: &Value, owner: Option<&str>) -> Result<Vec<Value>, Error> {
    let mut changes = Map::new();
    let texts = [
        ("name", &a.name),
        ("container_format", &a.container_format),
        ("disk_format", &a.disk_format),
        ("architecture", &a.architecture),
        ("instance_id", &a.instance_id),
        ("kernel_id", &a.kernel_id),
        ("os_distro", &a.os_distro),
        ("os_version", &a.os_version),
        ("ramdisk_id", &a.ramdisk_id),
    ];
    for (key, value) in texts {
        if let Some(value) = value {
            changes.insert(key.into(), json!(value));
        }
    }
    for (key, value) in [("min_disk", a.min_disk), ("min_ram", a.min_ram)] {
        if let Some(value) = value {
            changes.insert(key.into(), json!(value));
        }
    }
    changes.extend(properties(&a.property)?);
    if let Some(protected) = a.protection.chosen() {
        changes.insert("protected".into(), json!(protected));
    }
    if let Some(visibility) = a.visibility.chosen() {
        changes.insert("visibility".into(), json!(visibility));
    }
    if let Some(owner) = owner {
        changes.insert("owner".into(), json!(owner));
    }
    if !a.tag.is_empty() {
        let mut tags: Vec<Value> = image["tags"].as_array().cloned().unwrap_or_default();
        for tag in &a.tag {
            if !tags.iter().any(|t| t == tag.as_str()) {
                tags.push(json!(tag));
            }
        }
        changes.insert("tags".into(), Value::Array(tags));
    }
    if a.hidden || a.unhidden {
        changes.insert("os_hidden".into(), json!(a.hidden));
    }
    let mut keys: Vec<&String> = changes.keys().collect();
    keys.sort();
    Ok(keys
        .into_iter()
        .map(|key| json!({"op": "add", "path": format!("/{key}"), "value": changes[key]}))
        .collect())
}

/// `image set`, in python-openstackclient's order: (de)activation, the
/// membership answer, then one patch of everything else.
async fn set(setup: &Setup, a: &ImageSet) -> Result<ExitStatus, Error> {
    // Fail before any site is asked.
    set_changes(a, &json!({}), None)?;
    resource::change(setup, &IMAGE, &a.image, |session, image| async move {
        let project = match &a.project {
            Some(p) => Some(find_id(&session, &PROJECT, p, a.project_domain.as_deref()).await?),
            None => None,
        };
        let action = [(a.deactivate, "deactivate"), (a.activate, "reactivate")]
            .into_iter()
            .find_map(|(on, action)| on.then_some(action));
        if let Some(action) = action {
            let path = format!("actions/{action}");
            session
                .call(&below(Method::POST, &image, &path, Body::Empty))
                .await?;
        }
        let membership = a.membership();
        if let Some(status) = membership {
            let member = match &project {
                Some(id) => id.clone(),
                None => super::limits::project_id(&session, None).await?,
            };
            let path = format!("members/{}", encode(&member));
            let body = Body::Json(json!({"member": member, "status": status}));
            session
                .call(&below(Method::PUT, &image, &path, body))
                .await?;
        }
        // `--project` with a membership answer names the member, not the
        // new owner.
        let owner = project.as_deref().filter(|_| membership.is_none());
        let ops = set_changes(a, &image, owner)
            .map_err(|e| Stopped::from(SiteError::new(FailureClass::Request, e.to_string())))?;
        if !ops.is_empty() {
            session.call(&patch(&image, &ops)).await?;
        }
        Ok(())
    })
    .await
}

/// `image unset`: each tag taken off, then the properties in one patch; a
/// tag or property the image lacks fails the command once the others are
/// done, as python-openstackclient.
async fn unset(setup: &Setup, a: &ImageUnset) -> Result<ExitStatus, Error> {
    resource::change(setup, &IMAGE, &a.image, |session, image| async move {
        let mut failed_tags = 0;
        for tag in &a.tag {
            let path = format!("tags/{}", encode(tag));
            match session
                .call(&below(Method::DELETE, &image, &path, Body::Empty))
                .await
            {
                Ok(_) => {}
                Err(Stopped::Failed(e)) if e.class == FailureClass::NotFound => {
                    crate::sys::tell!(
                        "{}: tag unset failed, '{tag}' is a nonexistent tag",
                        session.name()
                    );
                    failed_tags += 1;
                }
                Err(e) => return Err(e),
            }
        }
        let (present, absent): (Vec<&String>, Vec<&String>) = a
            .property
            .iter()
            .partition(|k| image.get(k.as_str()).is_some());
        for key in &absent {
            crate::sys::tell!(
                "{}: property unset failed, '{key}' is a nonexistent property",
                session.name()
            );
        }
        if !a.property.is_empty() {
            let ops: Vec<Value> = present
                .iter()
                .map(|key| json!({"op": "remove", "path": format!("/{key}")}))
                .collect();
            session.call(&patch(&image, &ops)).await?;
        }
        let failures = unset_failures(failed_tags, a.tag.len(), absent.len(), a.property.len());
        match failures {
            Some(message) => Err(SiteError::new(FailureClass::Request, message).into()),
            None => Ok(()),
        }
    })
    .await
}

/// python-openstackclient's summary of what `image unset` could not do.
fn unset_failures(tags: usize, of_tags: usize, props: usize, of_props: usize) -> Option<String> {
    let tags = format!("Failed to unset {tags} of {of_tags} tags");
    let props = format!("Failed to unset {props} of {of_props} properties.");
    match (tags.contains("unset 0 "), props.contains("unset 0 ")) {
        (true, true) => None,
        (false, false) => Some(format!("{tags},{props}")),
        (false, true) => Some(format!("{tags}.")),
        (true, false) => Some(props),
    }
}

/// Finds the image and the project at a site, and does `then` with both.
async fn with_member<T, F, Fut>(
    setup: &Setup,
    image: &str,
    project: &str,
    domain: Option<&str>,
    then: F,
) -> Result<(ExitStatus, Vec<T>), Error>
where
    T: Send + Sync + 'static,
    F: Fn(Arc<Session>, Value, String) -> Fut + Send + Sync,
    Fut: std::future::Future<Output = Result<T, Stopped>> + Send,
{
    let then = &then;
    let names = [image.to_string()];
    resource::each(
        setup,
        &IMAGE,
        &names,
        "change",
        |session, image| async move {
            let member = find_id(&session, &PROJECT, project, domain).await?;
            then(session, image, member).await
        },
    )
    .await
}

/// Shows each site's member record.
fn write_members(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    shown: Vec<(String, Value)>,
    format: &crate::cli::ShowFormat,
) -> Result<(), Error> {
    write_made(setup, out, &IMAGE_MEMBER, shown, format)
}

/// `image add project`: the project made a member of the image at each
/// site that has it.
async fn add_project(
    setup: &Setup,
    a: &ImageProject,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let domain = a.project_domain.as_deref();
    let (status, shown) = with_member(
        setup,
        &a.image,
        &a.project,
        domain,
        |session, image, member| async move {
            let body = Body::Json(json!({"member": member}));
            let added = session
                .call(&below(Method::POST, &image, "members", body))
                .await?;
            Ok((session.name().to_string(), added.json()?))
        },
    )
    .await?;
    write_members(setup, out, shown, &a.format)?;
    Ok(status)
}

/// `image remove project`: a project that is no member is no failure, as
/// openstacksdk ignores it.
async fn remove_project(setup: &Setup, a: &ImageProject) -> Result<ExitStatus, Error> {
    let domain = a.project_domain.as_deref();
    let (status, _) = with_member(
        setup,
        &a.image,
        &a.project,
        domain,
        |session, image, member| async move {
            let path = format!("members/{}", encode(&member));
            let call = below(Method::DELETE, &image, &path, Body::Empty);
            match session.call(&call).await {
                Err(Stopped::Failed(e)) if e.class == FailureClass::NotFound => Ok(()),
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }
        },
    )
    .await?;
    Ok(status)
}

/// `image member get`: one project's membership, looked up by name too
/// (python-openstackclient takes an ID only).
async fn member_get(
    setup: &Setup,
    a: &ImageMemberGet,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let domain = a.project_domain.as_deref();
    let (status, shown) = with_member(
        setup,
        &a.image,
        &a.project,
        domain,
        |session, image, member| async move {
            let path = format!("members/{}", encode(&member));
            let found = session
                .call(&below(Method::GET, &image, &path, Body::Empty))
                .await?;
            Ok((session.name().to_string(), found.json()?))
        },
    )
    .await?;
    write_members(setup, out, shown, &a.format)?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glance_breaks_ties_newest_first() {
        assert_eq!(
            with_ties_broken("name:asc"),
            "name:asc,created_at:desc,id:desc"
        );
        assert_eq!(
            with_ties_broken("created_at,name:desc"),
            "created_at,name:desc,id:desc"
        );
    }

    #[test]
    fn unset_failures_read_as_python_openstackclient_says_them() {
        assert_eq!(unset_failures(0, 2, 0, 3), None);
        assert_eq!(
            unset_failures(1, 2, 0, 3).as_deref(),
            Some("Failed to unset 1 of 2 tags.")
        );
        assert_eq!(
            unset_failures(0, 2, 1, 3).as_deref(),
            Some("Failed to unset 1 of 3 properties.")
        );
        assert_eq!(
            unset_failures(2, 2, 1, 3).as_deref(),
            Some("Failed to unset 2 of 2 tags,Failed to unset 1 of 3 properties.")
        );
    }
}
