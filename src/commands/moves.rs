//! Moving and remaking servers: resize and its confirm or revert, cold and
//! live migration, the migrations they leave, evacuation and rebuild. A
//! flavor or image named is looked up at the server's own site.

use std::io::Write;

use serde_json::{Map, Value, json};

use super::resource::{self, Filters};
use super::servers::{action_call, wait_for_status, with_image_name};
use crate::cli::{
    ResizePhase, ServerEvacuate, ServerMigrate, ServerMigrationList, ServerRebuild, ServerResize,
    ShowFormat,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{FLAVOR, IMAGE, MIGRATION, MIGRATION_OWNER, PROJECT, SERVER, USER};
use crate::setup::Setup;
use crate::site::{FailureClass, SiteError, Stopped};

/// `server resize`: to `--flavor`, `--wait` until VERIFY_RESIZE; or a
/// phase, by subcommand or python-openstackclient's deprecated flags.
pub async fn resize(
    setup: &Setup,
    a: &ServerResize,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    if let Some(phase) = &a.phase {
        return finish(setup, phase).await;
    }
    let server = a.server.as_deref().unwrap_or_default();
    let deprecated = |phase: &str| {
        eprintln!(
            "The --{phase} option has been deprecated. Please use the \
             'openstack server resize {phase}' command instead."
        );
    };
    if a.confirm {
        deprecated("confirm");
        return act(
            setup,
            server,
            "confirmResize",
            json!({"confirmResize": null}),
        )
        .await;
    }
    if a.revert {
        deprecated("revert");
        return act(setup, server, "revertResize", json!({"revertResize": null})).await;
    }
    let flavor = a.flavor.as_deref().unwrap_or_default();
    let names = [server.to_string()];
    let (status, _) = resource::each(setup, &SERVER, &names, "resize", |s, item| async move {
        let flavor = resource::find(&s, &FLAVOR, flavor).await?;
        let body = json!({"resize": {"flavorRef": FLAVOR.id_of(&flavor)}});
        s.call(&action_call(&SERVER, &item, &body)).await?;
        if a.wait {
            let settled = ["ACTIVE", "VERIFY_RESIZE"];
            wait_for_status(&s, SERVER.id_of(&item), &settled).await?;
        }
        Ok(())
    })
    .await?;
    if a.wait && status != ExitStatus::Failure {
        writeln!(out, "Complete")?;
    }
    Ok(status)
}

/// `server resize|migration confirm|revert SERVER`.
pub async fn finish(setup: &Setup, phase: &ResizePhase) -> Result<ExitStatus, Error> {
    match phase {
        ResizePhase::Confirm(a) => {
            act(setup, &a.server, "confirm", json!({"confirmResize": null})).await
        }
        ResizePhase::Revert(a) => {
            act(setup, &a.server, "revert", json!({"revertResize": null})).await
        }
    }
}

async fn act(setup: &Setup, server: &str, verb: &str, body: Value) -> Result<ExitStatus, Error> {
    let names = [server.to_string()];
    resource::act(setup, &SERVER, &names, verb, |item| {
        action_call(&SERVER, item, &body)
    })
    .await
}

/// `server migrate`: cold (to `--host` if given) or `--live-migration`;
/// `--wait` until ACTIVE or VERIFY_RESIZE.
pub async fn migrate(
    setup: &Setup,
    a: &ServerMigrate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    if let Some(phase) = &a.phase {
        let command = match phase {
            ResizePhase::Confirm(_) => "confirm",
            ResizePhase::Revert(_) => "revert",
        };
        eprintln!(
            "The 'server migrate {command}' command has been deprecated in favour of the \
             'server migration {command}' command."
        );
        return finish(setup, phase).await;
    }
    let body = if a.live_migration {
        if a.disk_overcommit || a.no_disk_overcommit {
            eprintln!(
                "The --disk-overcommit and --no-disk-overcommit options are only supported by \
                 --os-compute-api-version 2.24 or below; this will be an error in a future release"
            );
        }
        let block = match (a.block_migration, a.shared_migration) {
            (true, _) => json!(true),
            (_, true) => json!(false),
            _ => json!("auto"),
        };
        json!({"os-migrateLive": {"block_migration": block, "host": a.host}})
    } else {
        if a.block_migration || a.disk_overcommit {
            return Err(Error::Usage(
                "--live-migration must be specified if --block-migration or \
                 --disk-overcommit is specified"
                    .into(),
            ));
        }
        match &a.host {
            Some(host) => json!({"migrate": {"host": host}}),
            None => json!({"migrate": null}),
        }
    };
    let names = [a.server.clone().unwrap_or_default()];
    let body = &body;
    let (status, _) = resource::each(setup, &SERVER, &names, "migrate", |s, item| async move {
        s.call(&action_call(&SERVER, &item, body)).await?;
        if a.wait {
            let settled = ["ACTIVE", "VERIFY_RESIZE"];
            wait_for_status(&s, SERVER.id_of(&item), &settled).await?;
        }
        Ok(())
    })
    .await?;
    if a.wait && status != ExitStatus::Failure {
        writeln!(
            out,
            "Complete, check success/failure by openstack server migration/event list/show"
        )?;
    }
    Ok(status)
}

/// `server migration list`: Nova's filters, sent to each site; a server,
/// project or user named is looked up at each site.
pub async fn migrations(
    setup: &Setup,
    a: &ServerMigrationList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let mut filters = Filters {
        limit: a.limit,
        ..Filters::default()
    };
    // python-openstackclient's `cold-migration` is Nova's `migration`.
    let kind = a.kind.as_deref().map(|k| match k {
        "cold-migration" => "migration".to_string(),
        other => other.to_string(),
    });
    let given = [
        ("host", a.host.clone()),
        ("status", a.status.clone()),
        ("migration_type", kind),
        ("marker", a.marker.clone()),
        ("limit", a.limit.map(|l| l.to_string())),
        ("changes-since", a.changes_since.clone()),
        ("changes-before", a.changes_before.clone()),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            filters.query.push((key, value));
        }
    }
    if a.marker.is_some() && setup.plan(MIGRATION.service)?.sites().len() > 1 {
        return Err(Error::Usage(
            "--marker names a migration of one site: give a scope of one site".into(),
        ));
    }
    let named = [
        ("instance_uuid", &SERVER, &a.server),
        ("project_id", &PROJECT, &a.project),
        ("user_id", &USER, &a.user),
    ];
    for (key, r, name) in named {
        if let Some(name) = name {
            filters.look_up(key, r, name.as_str());
        }
    }
    filters.extra = match (a.project.is_some(), a.user.is_some()) {
        (true, true) => &MIGRATION_OWNER,
        (true, false) => &MIGRATION_OWNER[..1],
        (false, true) => &MIGRATION_OWNER[1..],
        (false, false) => &[],
    };
    filters.extra_before = Some("Created At");
    resource::list_filtered(setup, &MIGRATION, &a.list, &filters, out).await
}

/// `server rebuild`: from `--image` (looked up at the server's site) or
/// the server's own; shows the server as Nova answers the rebuild, as
/// python-openstackclient does, after `Complete` with `--wait`.
pub async fn rebuild(
    setup: &Setup,
    a: &ServerRebuild,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let mut rebuild = Map::new();
    let given = [
        ("name", &a.name),
        ("adminPass", &a.password),
        ("description", &a.description),
        ("key_name", &a.key_name),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            rebuild.insert(key.into(), json!(value));
        }
    }
    if a.no_key_name {
        rebuild.insert("key_name".into(), Value::Null);
    }
    if a.preserve_ephemeral || a.no_preserve_ephemeral {
        rebuild.insert("preserve_ephemeral".into(), json!(a.preserve_ephemeral));
    }
    let properties = resource::properties(&a.property)?;
    if !properties.is_empty() {
        rebuild.insert("metadata".into(), Value::Object(properties));
    }
    let rebuild = &rebuild;
    let names = [a.server.clone()];
    let (status, rebuilt) =
        resource::each(setup, &SERVER, &names, "rebuild", |s, item| async move {
            let image = match &a.image {
                Some(image) => IMAGE
                    .id_of(&resource::find(&s, &IMAGE, image).await?)
                    .to_string(),
                None => match crate::resources::image_id(&item) {
                    Some(id) => id.to_string(),
                    None => {
                        return Err(refused(
                            "The --image option is required when rebuilding a volume-backed server",
                        ));
                    }
                },
            };
            let settled: &[&str] = match item["status"].as_str().unwrap_or_default() {
                "SHUTOFF" => &["SHUTOFF"],
                "ACTIVE" | "ERROR" => &["ACTIVE"],
                _ => {
                    return Err(refused(
                        "The server status is not ACTIVE, SHUTOFF or ERROR.",
                    ));
                }
            };
            let mut body = rebuild.clone();
            body.insert("imageRef".into(), json!(image));
            let call = action_call(&SERVER, &item, &json!({ "rebuild": body }));
            let reply = s.call(&call).await?;
            if a.wait {
                wait_for_status(&s, SERVER.id_of(&item), settled).await?;
            }
            let server = SERVER.item(reply.json()?);
            Ok((s.name().to_string(), with_image_name(&s, server).await))
        })
        .await?;
    if a.wait && status != ExitStatus::Failure {
        writeln!(out, "Complete")?;
    }
    show(setup, out, rebuilt, &a.format)?;
    Ok(status)
}

/// `server evacuate`: to `--host` or where the scheduler says; `--wait`
/// until ACTIVE (or SHUTOFF, if it was); then the server as it is now.
pub async fn evacuate(
    setup: &Setup,
    a: &ServerEvacuate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let mut evacuate = Map::new();
    if let Some(host) = &a.host {
        evacuate.insert("host".into(), json!(host));
    }
    if let Some(password) = &a.password {
        evacuate.insert("adminPass".into(), json!(password));
    }
    let body = &json!({ "evacuate": evacuate });
    let names = [a.server.clone()];
    let (status, evacuated) =
        resource::each(setup, &SERVER, &names, "evacuate", |s, item| async move {
            s.call(&action_call(&SERVER, &item, body)).await?;
            let id = SERVER.id_of(&item);
            if a.wait {
                let settled: &[&str] = match item["status"] == "SHUTOFF" {
                    true => &["ACTIVE", "SHUTOFF"],
                    false => &["ACTIVE"],
                };
                wait_for_status(&s, id, settled).await?;
            }
            let server = resource::find(&s, &SERVER, id).await?;
            Ok((s.name().to_string(), with_image_name(&s, server).await))
        })
        .await?;
    if a.wait && status != ExitStatus::Failure {
        writeln!(out, "Complete")?;
    }
    show(setup, out, evacuated, &a.format)?;
    Ok(status)
}

/// What python-openstackclient refuses before it asks Nova.
fn refused(why: &str) -> Stopped {
    Stopped::Failed(SiteError::new(FailureClass::Request, why.to_string()))
}

/// The servers as `server show` shows them, one record per site.
fn show(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    servers: Vec<(String, Value)>,
    format: &ShowFormat,
) -> Result<(), Error> {
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    let records = servers
        .into_iter()
        .map(|(site, server)| (site, SERVER.record(&server)))
        .collect();
    super::write_records(out, records, several, &setup.show_options(format))
}
