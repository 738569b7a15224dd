//! Cinder's commands beside volumes: `volume snapshot list|show|create|
//! delete`.

use std::io::Write;

use serde_json::{Value, json};

use super::network::paging;
use super::resource::{self, Filters, find};
use super::servers::action_call;
use crate::cli::{
    DeleteArgs, VolumeDelete, VolumeList, VolumeSet, VolumeSnapshotCommand, VolumeSnapshotSet,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{PROJECT, Resource, USER, VOLUME, VOLUME_SNAPSHOT};
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};
use reqwest::Method;

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
            // A project's snapshots are other projects' to an admin.
            if a.all_projects || a.project.is_some() {
                filters.query.push(("all_tenants", "True".into()));
            }
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
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
    // A project's volumes are other projects' to an admin.
    if a.all_projects || a.project.is_some() {
        filters.query.push(("all_tenants", "True".into()));
    }
    if let Some(project) = &a.project {
        filters.look_up("project_id", &PROJECT, project);
    }
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
    let path = format!("{}/{}/action", r.path, encode(r.id_of(item)));
    session
        .call(&Call::new(r.service, Method::POST, path, Body::Json(body)))
        .await?;
    Ok(())
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
        if let Some(state) = &a.state {
            action(&session, r, &item, json!({"os-reset_status": {"status": state}})).await?;
        }
        if a.bootable || a.non_bootable {
            let body = json!({"os-set_bootable": {"bootable": a.bootable}});
            action(&session, r, &item, body).await?;
        }
        put_fields(&session, r, &item, "volume", fields).await
    })
    .await?;
    Ok(status)
}
