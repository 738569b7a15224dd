//! `volume backup list|show|create|restore|delete`: Cinder's backups,
//! made and restored where the scope finds the volume or backup.

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::network::paging;
use super::resource::{self, Filters, find};
use super::servers::action_call;
use super::write_made;
use crate::cli::{DeleteArgs, VolumeBackupCommand, VolumeBackupCreate, VolumeBackupRestore};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{
    VOLUME, VOLUME_BACKUP, VOLUME_BACKUP_CREATED, VOLUME_BACKUP_RESTORED, VOLUME_SNAPSHOT,
};
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, SiteError, encode};

/// `volume backup …`
pub async fn backup(
    setup: &Setup,
    command: &VolumeBackupCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_BACKUP;
    match command {
        VolumeBackupCommand::List(a) => {
            let mut filters = Filters::default();
            filters.all_tenants(a.all_projects, a.project.as_deref(), None);
            if let Some(volume) = &a.volume {
                filters.look_up_or_text("volume_id", &VOLUME, volume);
            }
            filters.given(&[("name", &a.name), ("status", &a.status)]);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        VolumeBackupCommand::Show(a) => resource::show(setup, r, a, out).await,
        VolumeBackupCommand::Create(a) => create(setup, a, out).await,
        VolumeBackupCommand::Restore(a) => restore(setup, a, out).await,
        VolumeBackupCommand::Delete(a) if a.force => {
            let body = &json!({"os-force_delete": {}});
            resource::act(setup, r, &a.backups, "delete", |item| {
                action_call(r, item, body)
            })
            .await
        }
        VolumeBackupCommand::Delete(a) => {
            let names = DeleteArgs {
                names: a.backups.clone(),
            };
            resource::delete(setup, r, &names).await
        }
    }
}

/// A backup of the volume at every site of the scope that has it (the
/// snapshot, when given, looked up there too).
async fn create(
    setup: &Setup,
    a: &VolumeBackupCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_BACKUP;
    let mut backup = json!({
        "name": a.name,
        "description": a.description,
        "container": a.container,
        "force": a.force,
        "incremental": a.incremental,
    });
    if !a.properties.is_empty() {
        backup["metadata"] = Value::Object(resource::properties(&a.properties)?);
    }
    if let Some(zone) = &a.availability_zone {
        backup["availability_zone"] = json!(zone);
    }
    let backup = &backup;
    let names = [a.volume.clone()];
    let (status, made) = resource::each(setup, &VOLUME, &names, "back up", |session, volume| {
        async move {
            let mut backup = backup.clone();
            backup["volume_id"] = volume["id"].clone();
            if let Some(snapshot) = &a.snapshot {
                backup["snapshot_id"] =
                    find(&session, &VOLUME_SNAPSHOT, snapshot).await?["id"].clone();
            }
            let body = Body::Json(json!({ "backup": backup }));
            let answer = session
                .call(&Call::new(r.service, Method::POST, r.path, body))
                .await?;
            // Cinder answers the ID and name; the volume is the one asked for.
            let mut made = r.item(answer.json()?);
            made["volume_id"] = volume["id"].clone();
            Ok((session.name().to_string(), made))
        }
    })
    .await?;
    write_made(setup, out, &VOLUME_BACKUP_CREATED, made, &a.format)?;
    Ok(status)
}

/// Restores the backup at every site of the scope that has it: into the
/// volume named there when `--force` allows it, else into a new volume
/// (named as given).
async fn restore(
    setup: &Setup,
    a: &VolumeBackupRestore,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_BACKUP;
    let names = [a.backup.clone()];
    let (status, made) = resource::each(setup, r, &names, "restore", |session, backup| {
        async move {
            let mut restore = json!({});
            if let Some(volume) = &a.volume {
                match find(&session, &VOLUME, volume).await {
                    Ok(_) if !a.force => {
                        return Err(SiteError::new(
                            FailureClass::Request,
                            format!(
                                "Volume '{volume}' already exists; if you want to restore the backup to it you need to specify the '--force' option"
                            ),
                        )
                        .into());
                    }
                    Ok(found) => restore["volume_id"] = found["id"].clone(),
                    Err(e) if e.class == FailureClass::NotFound => restore["name"] = json!(volume),
                    Err(e) => return Err(e.into()),
                }
            }
            let path = format!("{}/{}/restore", r.path, encode(r.id_of(&backup)));
            let body = Body::Json(json!({ "restore": restore }));
            let answer = session
                .call(&Call::new(r.service, Method::POST, path, body))
                .await?;
            let restored = &answer.json()?["restore"];
            let shown = json!({
                "id": restored["backup_id"],
                "volume_id": restored["volume_id"],
                "volume_name": restored["volume_name"],
            });
            Ok((session.name().to_string(), shown))
        }
    })
    .await?;
    write_made(setup, out, &VOLUME_BACKUP_RESTORED, made, &a.format)?;
    Ok(status)
}
