//! `server add|remove volume|security group`: at each site that has the
//! server, the volume looked up there (volumes do not span sites: a volume
//! scope other than the compute scope is refused before any request).

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::boot::at_compute_sites;
use super::resource;
use super::servers::{action_call, call};
use crate::cli::{ServerAddVolume, ServerSecurityGroups, ServerVolume};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Record};
use crate::resources::{SERVER, VOLUME};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, FailureClass, SiteError, Stopped, encode};

/// `server add|remove security group SERVER GROUP...`: each group, one
/// line for each that fails, as python-openstackclient says it.
pub async fn security_groups(
    setup: &Setup,
    a: &ServerSecurityGroups,
    add: bool,
) -> Result<ExitStatus, Error> {
    let (action, verb, done) = match add {
        true => ("addSecurityGroup", "add", "added"),
        false => ("removeSecurityGroup", "remove", "removed"),
    };
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, verb, |s, server| async move {
        let mut failed = 0;
        for group in &a.groups {
            let body = json!({ action: {"name": group} });
            // Under --explain each request is held back, and said so.
            if let Err(Stopped::Failed(e)) = s.call(&action_call(&SERVER, &server, &body)).await {
                failed += 1;
                let to = if add { "to" } else { "from" };
                eprintln!(
                    "oscope: {}: Failed to {verb} security group with name or ID '{group}' {to} server '{}': {e}",
                    s.name(),
                    SERVER.id_of(&server)
                );
            }
        }
        if failed > 0 {
            let why = format!("{failed} of {} security groups were not {done}.", a.groups.len());
            return Err(SiteError::new(FailureClass::Request, why).into());
        }
        match s.explaining() {
            true => Err(Stopped::HeldBack),
            false => Ok(()),
        }
    })
    .await?;
    Ok(status)
}

/// `server add volume`: Nova's attachment, shown as
/// python-openstackclient shows it (compute 2.79's fields).
pub async fn add_volume(
    setup: &Setup,
    a: &ServerAddVolume,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    at_compute_sites(
        setup,
        ServiceType::BlockStorage,
        ("volumes", "the volume", "volume"),
    )?;
    let mut attachment = json!({});
    if let Some(device) = &a.device {
        attachment["device"] = json!(device);
    }
    if let Some(tag) = &a.tag {
        attachment["tag"] = json!(tag);
    }
    if a.enable_delete_on_termination || a.disable_delete_on_termination {
        attachment["delete_on_termination"] = json!(a.enable_delete_on_termination);
    }
    let attachment = &attachment;
    let names = [a.target.server.clone()];
    let (status, records) =
        resource::each(setup, &SERVER, &names, "attach", |s, server| async move {
            let volume = resource::find(&s, &VOLUME, &a.target.volume).await?;
            let mut body = attachment.clone();
            body["volumeId"] = json!(VOLUME.id_of(&volume));
            let path = format!(
                "servers/{}/os-volume_attachments",
                encode(SERVER.id_of(&server))
            );
            let reply = s
                .call(&call(
                    Method::POST,
                    path,
                    Body::Json(json!({ "volumeAttachment": body })),
                ))
                .await?;
            let made = reply.json()?["volumeAttachment"].clone();
            Ok((s.name().to_string(), attachment_record(&made)))
        })
        .await?;
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, records, several, &setup.show_options(&a.format))?;
    Ok(status)
}

/// ID, Server ID, Volume ID, Device, Tag, Delete On Termination.
fn attachment_record(made: &Value) -> Record {
    let fields = [
        ("ID", "id"),
        ("Server ID", "serverId"),
        ("Volume ID", "volumeId"),
        ("Device", "device"),
        ("Tag", "tag"),
        ("Delete On Termination", "delete_on_termination"),
    ];
    Record {
        fields: fields
            .into_iter()
            .map(|(header, key)| (header.to_string(), Cell::new(made[key].clone())))
            .collect(),
    }
}

/// `server remove volume`.
pub async fn remove_volume(setup: &Setup, a: &ServerVolume) -> Result<ExitStatus, Error> {
    at_compute_sites(
        setup,
        ServiceType::BlockStorage,
        ("volumes", "the volume", "volume"),
    )?;
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "detach", |s, server| async move {
        let volume = resource::find(&s, &VOLUME, &a.volume).await?;
        let path = format!(
            "servers/{}/os-volume_attachments/{}",
            encode(SERVER.id_of(&server)),
            encode(VOLUME.id_of(&volume))
        );
        s.call(&call(Method::DELETE, path, Body::Empty)).await?;
        Ok(())
    })
    .await?;
    Ok(status)
}
