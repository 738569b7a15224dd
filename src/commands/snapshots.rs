//! Images made from servers: `server image create` (a snapshot) and
//! `server backup create` (a snapshot kept in a rotation), at the server's
//! site, shown as `image show` shows them.

use std::io::Write;
use std::time::Duration;

use serde_json::{Value, json};

use super::resource;
use super::servers::action_call;
use crate::cli::{ServerBackupCreate, ServerImageCreate, ShowFormat};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::Record;
use crate::resources::{IMAGE, SERVER};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{FailureClass, Session, SiteError, Stopped, encode};

/// `server image create`: with `--wait`, until the image is active, then
/// it is shown as it is then.
pub async fn image(
    setup: &Setup,
    a: &ServerImageCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let properties = &resource::properties(&a.property)?;
    let names = [a.server.clone()];
    let (status, images) =
        resource::each(setup, &SERVER, &names, "snapshot", |s, server| async move {
            let name = a
                .name
                .as_deref()
                .or(server["name"].as_str())
                .unwrap_or_default();
            let body = json!({"createImage": {"name": name, "metadata": properties}});
            let id = make(&s, &server, &body).await?;
            if a.wait {
                wait_for_image(&s, &id).await?;
            }
            let image = resource::find(&s, &IMAGE, &id).await?;
            Ok((s.name().to_string(), IMAGE.record(&image)))
        })
        .await?;
    show(
        setup,
        out,
        a.wait && status != ExitStatus::Failure,
        images,
        &a.format,
    )?;
    Ok(status)
}

/// `server backup create`: Nova's `createBackup` (type empty and a
/// rotation of one unless given); shown as the image is before any
/// `--wait`, as python-openstackclient shows it.
pub async fn backup(
    setup: &Setup,
    a: &ServerBackupCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let names = [a.server.clone()];
    let (status, images) =
        resource::each(setup, &SERVER, &names, "back up", |s, server| async move {
            let name = a
                .name
                .as_deref()
                .or(server["name"].as_str())
                .unwrap_or_default();
            let body = json!({"createBackup": {"name": name,
                          "backup_type": a.kind.as_deref().unwrap_or_default(),
                          "rotation": a.rotate.unwrap_or(1)}});
            let id = make(&s, &server, &body).await?;
            let image = resource::find(&s, &IMAGE, &id).await?;
            if a.wait {
                wait_for_image(&s, &id).await?;
            }
            Ok((s.name().to_string(), IMAGE.record(&image)))
        })
        .await?;
    show(
        setup,
        out,
        a.wait && status != ExitStatus::Failure,
        images,
        &a.format,
    )?;
    Ok(status)
}

/// Sends the server action that makes an image: the new image's ID
/// (compute 2.45's answer).
async fn make(s: &Session, server: &Value, body: &Value) -> Result<String, Stopped> {
    let reply = s.call(&action_call(&SERVER, server, body)).await?;
    let id = reply.json()?["image_id"].as_str().map(str::to_string);
    let none = || SiteError::new(FailureClass::Server, "Nova named no image".to_string());
    Ok(id.ok_or_else(none)?)
}

/// Polls image `id` until it is active; killed or deleted fails the site.
/// Bounded by the site's deadline.
async fn wait_for_image(s: &Session, id: &str) -> Result<(), SiteError> {
    let mut delay = Duration::from_millis(200);
    loop {
        let path = format!("images/{}", encode(id));
        let image = s.get_json(ServiceType::Image, &path).await?;
        match image["status"].as_str().unwrap_or_default() {
            "active" => return Ok(()),
            status @ ("killed" | "deleted" | "deactivated") => {
                return Err(SiteError::new(
                    FailureClass::Server,
                    format!("the image is {status}"),
                ));
            }
            _ => {}
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

/// The images, one record per site; after a wait, the empty line
/// python-openstackclient ends its progress with.
fn show(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    waited: bool,
    images: Vec<(String, Record)>,
    format: &ShowFormat,
) -> Result<(), Error> {
    if waited {
        writeln!(out)?;
    }
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, images, several, &setup.show_options(format))
}
