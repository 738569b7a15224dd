//! Cinder's volume commands beyond list, show and delete: `volume
//! create|set|unset|delete`, `volume snapshot …`.

use std::io::Write;
use std::sync::Arc;

use serde_json::{Value, json};

use super::creation::Creation;
use super::network::paging;
use super::resource::{self, Filters, find};
use super::servers::action_call;
use crate::cli::{
    DeleteArgs, VolumeCreate, VolumeDelete, VolumeList, VolumeSet, VolumeSnapshotCommand,
    VolumeSnapshotSet, VolumeTransferRequestCommand,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{
    IMAGE, Resource, SERVER, USER, VOLUME, VOLUME_SNAPSHOT, VOLUME_TRANSFER,
    VOLUME_TRANSFER_ACCEPTED, VOLUME_TRANSFER_CREATED, VOLUME_TYPE,
};
use crate::route::Operation;
use crate::scope::Plan;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};
use reqwest::Method;

/// `volume create`: at every site of the block-storage scope (at the
/// server's with `--server`), the image, snapshot or source volume looked
/// up at each; then, once it is available, marked bootable or read-only
/// and attached to the server, as asked. Shown as Cinder answered the
/// create, as python-openstackclient shows it.
pub async fn create(
    setup: &Setup,
    a: &VolumeCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME;
    let mut volume = json!({"name": a.name, "size": a.size});
    let optional = [
        ("description", &a.description),
        ("volume_type", &a.volume_type),
        ("availability_zone", &a.availability_zone),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            volume[key] = json!(value);
        }
    }
    if !a.property.is_empty() {
        volume["metadata"] = Value::Object(resource::properties(&a.property)?);
    }
    let volume = &volume;
    // The image, snapshot or source is the site's of that name.
    let make = |session: Arc<Session>| async move {
        let mut volume = volume.clone();
        if let Some(image) = &a.image {
            volume["imageRef"] = find(&session, &IMAGE, image).await?["id"].clone();
        }
        if let Some(snapshot) = &a.snapshot {
            volume["snapshot_id"] = find(&session, &VOLUME_SNAPSHOT, snapshot).await?["id"].clone();
        }
        if let Some(source) = &a.source {
            let source = find(&session, r, source).await?;
            let size = source["size"]
                .as_u64()
                .unwrap_or_default()
                .max(a.size.unwrap_or_default());
            volume["source_volid"] = source["id"].clone();
            volume["size"] = json!(size);
        }
        Ok(json!({ "volume": volume }))
    };
    let plan = match &a.server {
        None => setup.plan(r.service)?.clone(),
        Some(server) => match super::create::site_of_server(setup, server).await? {
            Some(site) => Plan::Site(site),
            None => return Ok(ExitStatus::Failure),
        },
    };
    let creation = Creation {
        resource: r,
        plan: &plan,
        options: &a.create,
        existing: None,
    };
    let bootable = (a.bootable || a.non_bootable).then_some(a.bootable);
    let read_only = (a.read_only || a.read_write).then_some(a.read_only);
    let then = |session: Arc<Session>, created: Value| async move {
        if bootable.is_none() && read_only.is_none() && !a.attach {
            return Ok(created);
        }
        wait_for_volume(&session, r.id_of(&created), "available").await?;
        if let Some(bootable) = bootable {
            action(
                &session,
                r,
                &created,
                json!({"os-set_bootable": {"bootable": bootable}}),
            )
            .await?;
        }
        if let Some(readonly) = read_only {
            let body = json!({"os-update_readonly_flag": {"readonly": readonly}});
            action(&session, r, &created, body).await?;
        }
        if let (true, Some(server)) = (a.attach, &a.server) {
            let server = find(&session, &SERVER, server).await?;
            let path = format!(
                "servers/{}/os-volume_attachments",
                encode(SERVER.id_of(&server))
            );
            let body = json!({"volumeAttachment": {"volumeId": r.id_of(&created)}});
            session
                .call(&Call::new(
                    SERVER.service,
                    Method::POST,
                    path,
                    Body::Json(body),
                ))
                .await?;
        }
        Ok(created)
    };
    resource::create_with(setup, &creation, out, make, then).await
}

/// Polls a volume until its status is `wanted`; `error` is the site's
/// failure. Bounded by the site's deadline.
async fn wait_for_volume(session: &Session, id: &str, wanted: &str) -> Result<Value, SiteError> {
    let mut delay = std::time::Duration::from_millis(100);
    loop {
        let volume = session
            .get_json(VOLUME.service, &format!("volumes/{}", encode(id)))
            .await?["volume"]
            .clone();
        match volume["status"].as_str().unwrap_or_default() {
            status if status == wanted => return Ok(volume),
            "error" => {
                return Err(SiteError::new(
                    FailureClass::Server,
                    format!("volume {id} went to error"),
                ));
            }
            _ => {}
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(std::time::Duration::from_secs(2));
    }
}

/// `volume snapshot …`
pub async fn snapshot(
    setup: &Setup,
    command: &VolumeSnapshotCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_SNAPSHOT;
    match command {
        VolumeSnapshotCommand::List(a) => {
            let mut filters = Filters::default();
            filters.all_tenants(a.all_projects, a.project.as_deref(), None);
            if let Some(volume) = &a.volume {
                filters.look_up("volume_id", &VOLUME, volume);
            }
            filters.given(&[("name", &a.name), ("status", &a.status)]);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        VolumeSnapshotCommand::Show(a) => resource::show(setup, r, a, out).await,
        VolumeSnapshotCommand::Set(a) => set_snapshot(setup, a).await,
        VolumeSnapshotCommand::Unset(a) => unset(setup, r, &a.snapshot, &a.properties).await,
        VolumeSnapshotCommand::Delete(a) if a.force => {
            let body = &json!({"os-force_delete": {}});
            resource::act(setup, r, &a.snapshots, "delete", |item| {
                action_call(r, item, body)
            })
            .await
        }
        VolumeSnapshotCommand::Delete(a) => {
            let names = DeleteArgs {
                names: a.snapshots.clone(),
            };
            resource::delete(setup, r, &names).await
        }
        VolumeSnapshotCommand::Create(a) => {
            let mut snapshot = json!({
                "name": a.name,
                "metadata": resource::properties(&a.properties)?,
            });
            if let Some(description) = &a.description {
                snapshot["description"] = json!(description);
            }
            if a.force {
                snapshot["force"] = json!(true);
            }
            let (snapshot, volume) = (&snapshot, a.volume.as_deref().unwrap_or(&a.name));
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |session| async move {
                    let mut snapshot = snapshot.clone();
                    snapshot["volume_id"] = find(&session, &VOLUME, volume).await?["id"].clone();
                    Ok(json!({ "snapshot": snapshot }))
                },
                |_, created: Value| async { Ok(created) },
            )
            .await
        }
    }
}

/// `volume list` with python-openstackclient's filters: the project and
/// user looked up at each site.
pub async fn list(
    setup: &Setup,
    a: &VolumeList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME;
    let mut filters = Filters::default();
    filters.all_tenants(a.all_projects, a.project.as_deref(), None);
    if let Some(user) = &a.user {
        filters.look_up("user_id", &USER, user);
    }
    filters.given(&[("name", &a.name), ("status", &a.status)]);
    paging(setup, r, &a.paging, &mut filters)?;
    resource::list_filtered(setup, r, &a.list, &filters, out).await
}

/// `volume snapshot set`, in python-openstackclient's order: the
/// properties taken off (`--no-property`), those given, the state, then
/// the name and description.
async fn set_snapshot(setup: &Setup, a: &VolumeSnapshotSet) -> Result<ExitStatus, Error> {
    let r = &VOLUME_SNAPSHOT;
    let properties = &resource::properties(&a.properties)?;
    let fields = &named(&a.name, &a.description);
    let names = [a.snapshot.clone()];
    let (status, _) = resource::each(setup, r, &names, "change", |session, item| async move {
        set_properties(&session, r, &item, a.no_property, properties).await?;
        if let Some(state) = &a.state {
            action(
                &session,
                r,
                &item,
                json!({"os-reset_status": {"status": state}}),
            )
            .await?;
        }
        put_fields(&session, r, &item, "snapshot", fields).await
    })
    .await?;
    Ok(status)
}

/// `name` and `description` as given, for a `PUT`.
fn named(name: &Option<String>, description: &Option<String>) -> serde_json::Map<String, Value> {
    [("name", name), ("description", description)]
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_string(), json!(v.as_ref()?))))
        .collect()
}

/// `--no-property` (every key of the item taken off), then `--property`.
async fn set_properties(
    session: &Session,
    r: &Resource,
    item: &Value,
    clear: bool,
    properties: &serde_json::Map<String, Value>,
) -> Result<(), Stopped> {
    let id = encode(r.id_of(item));
    if clear {
        for key in item["metadata"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            let path = format!("{}/{id}/metadata/{}", r.path, encode(key));
            session
                .call(&Call::new(r.service, Method::DELETE, path, Body::Empty))
                .await?;
        }
    }
    if !properties.is_empty() {
        let body = Body::Json(json!({ "metadata": properties }));
        let path = format!("{}/{id}/metadata", r.path);
        session
            .call(&Call::new(r.service, Method::POST, path, body))
            .await?;
    }
    Ok(())
}

/// One of Cinder's actions on the item.
async fn action(session: &Session, r: &Resource, item: &Value, body: Value) -> Result<(), Stopped> {
    session.call(&action_call(r, item, &body)).await.map(drop)
}

/// The name and description, when either is given.
async fn put_fields(
    session: &Session,
    r: &Resource,
    item: &Value,
    key: &str,
    fields: &serde_json::Map<String, Value>,
) -> Result<(), Stopped> {
    if fields.is_empty() {
        return Ok(());
    }
    let path = format!("{}/{}", r.path, encode(r.id_of(item)));
    let body = Body::Json(json!({ key: fields }));
    session
        .call(&Call::new(r.service, Method::PUT, path, body))
        .await?;
    Ok(())
}

/// `volume unset|volume snapshot unset --property`: each key taken off,
/// at every site that has the item.
pub async fn unset(
    setup: &Setup,
    r: &'static Resource,
    name: &str,
    keys: &[String],
) -> Result<ExitStatus, Error> {
    let names = [name.to_string()];
    let (status, _) = resource::each(setup, r, &names, "change", |session, item| async move {
        let id = encode(r.id_of(&item));
        for key in keys {
            let path = format!("{}/{id}/metadata/{}", r.path, encode(key));
            let call = Call::new(r.service, Method::DELETE, path, Body::Empty);
            session.call(&call).await?;
        }
        Ok(())
    })
    .await?;
    Ok(status)
}

/// `volume delete`: `--force` as Cinder's `os-force_delete`, `--purge`
/// with its snapshots (`cascade`).
pub async fn delete(setup: &Setup, a: &VolumeDelete) -> Result<ExitStatus, Error> {
    let r = &VOLUME;
    let (force, purge) = (a.force, a.purge);
    resource::act(setup, r, &a.volumes, "delete", |item| {
        let id = encode(r.id_of(item));
        match (force, purge) {
            (true, _) => Call::new(
                r.service,
                Method::POST,
                format!("{}/{id}/action", r.path),
                Body::Json(json!({"os-force_delete": {}})),
            ),
            (_, true) => Call::new(
                r.service,
                Method::DELETE,
                format!("{}/{id}?cascade=True", r.path),
                Body::Empty,
            ),
            _ => Call::new(
                r.service,
                Method::DELETE,
                format!("{}/{id}", r.path),
                Body::Empty,
            ),
        }
    })
    .await
}

/// `volume set`, in python-openstackclient's order: the size, the
/// properties (all taken off first with `--no-property`), the state, the
/// bootable flag, then the name and description. A size not above the
/// volume's, or a volume neither available nor in use, is that site's
/// failure before any change, as OSC refuses it.
pub async fn set(setup: &Setup, a: &VolumeSet) -> Result<ExitStatus, Error> {
    let r = &VOLUME;
    let properties = &resource::properties(&a.properties)?;
    let image_properties = &resource::properties(&a.image_properties)?;
    let fields = &named(&a.name, &a.description);
    let names = [a.volume.clone()];
    let (status, _) = resource::each(setup, r, &names, "change", |session, item| async move {
        if let Some(size) = a.size {
            let now = item["size"].as_u64().unwrap_or(0);
            let state = item["status"].as_str().unwrap_or_default();
            let refusal = if size <= now {
                Some(format!("New size must be greater than {now} GB"))
            } else if !matches!(state, "available" | "in-use") {
                Some(format!(
                    "Volume is in {state} state, it must be available or in-use before size can be extended."
                ))
            } else {
                None
            };
            if let Some(message) = refusal {
                return Err(Stopped::Failed(SiteError::new(FailureClass::Request, message)));
            }
            action(&session, r, &item, json!({"os-extend": {"new_size": size}})).await?;
        }
        set_properties(&session, r, &item, a.no_property, properties).await?;
        if !image_properties.is_empty() {
            let body = json!({"os-set_image_metadata": {"metadata": image_properties}});
            action(&session, r, &item, body).await?;
        }
        if let Some(state) = &a.state {
            action(&session, r, &item, json!({"os-reset_status": {"status": state}})).await?;
        }
        if a.attached || a.detached {
            let to = if a.attached { "attached" } else { "detached" };
            action(&session, r, &item, json!({"os-reset_status": {"attach_status": to}})).await?;
        }
        if a.bootable || a.non_bootable {
            let body = json!({"os-set_bootable": {"bootable": a.bootable}});
            action(&session, r, &item, body).await?;
        }
        if a.read_only || a.read_write {
            let body = json!({"os-update_readonly_flag": {"readonly": a.read_only}});
            action(&session, r, &item, body).await?;
        }
        if let Some(name) = &a.volume_type {
            let kind = find(&session, &VOLUME_TYPE, name).await?;
            let policy = a.migration_policy.as_deref().unwrap_or("never");
            let body = json!({"os-retype": {"new_type": VOLUME_TYPE.id_of(&kind), "migration_policy": policy}});
            action(&session, r, &item, body).await?;
        }
        put_fields(&session, r, &item, "volume", fields).await
    })
    .await?;
    Ok(status)
}

/// `volume transfer request …`
pub async fn transfer(
    setup: &Setup,
    command: &VolumeTransferRequestCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_TRANSFER;
    match command {
        VolumeTransferRequestCommand::List(a) => {
            let mut filters = Filters::default();
            if a.all_projects {
                filters.query.push(("all_tenants", "True".into()));
            }
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        VolumeTransferRequestCommand::Show(a) => resource::show(setup, r, a, out).await,
        VolumeTransferRequestCommand::Delete(a) => resource::delete(setup, r, a).await,
        VolumeTransferRequestCommand::Create(a) => {
            let names = [a.volume.clone()];
            let (status, made) = resource::each(
                setup,
                &VOLUME,
                &names,
                "transfer",
                |session, volume| async move {
                    let mut transfer = json!({"volume_id": VOLUME.id_of(&volume), "name": a.name});
                    if a.snapshots || a.no_snapshots {
                        transfer["no_snapshots"] = json!(a.no_snapshots);
                    }
                    let call = Call::new(
                        r.service,
                        Method::POST,
                        r.path,
                        Body::Json(json!({ "transfer": transfer })),
                    );
                    let answer = session.call(&call).await?;
                    Ok((session.name().to_string(), r.item(answer.json()?)))
                },
            )
            .await?;
            super::write_made(setup, out, &VOLUME_TRANSFER_CREATED, made, &a.format)?;
            Ok(status)
        }
        VolumeTransferRequestCommand::Accept(a) => {
            // A request's ID is one site's: it is taken where it is.
            let plan = setup.plan(r.service)?;
            let router = setup.router([plan]);
            let outcomes = router
                .run(plan, Operation::Lookup, |session| async move {
                    let body = json!({"accept": {"auth_key": a.auth_key}});
                    let path = format!("{}/{}/accept", r.path, encode(&a.transfer));
                    let call = Call::new(r.service, Method::POST, path, Body::Json(body));
                    Ok(r.item(session.call(&call).await?.json()?))
                })
                .await;
            let status = resource::report_lookup(&outcomes, r, &a.transfer);
            let made = outcomes
                .into_iter()
                .filter_map(|o| Some((o.site, o.result.ok()?)))
                .collect();
            super::write_made(setup, out, &VOLUME_TRANSFER_ACCEPTED, made, &a.format)?;
            Ok(status)
        }
    }
}
