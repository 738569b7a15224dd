//! What only servers do: Nova's list filters, the lifecycle actions
//! (`POST servers/{id}/action`) and waiting for a server to be ACTIVE.

use std::io::Write;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};

use super::resource::{self, Filters};
use crate::cli::{ServerList, ServerReboot, Servers, ShowArgs};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{
    FLAVOR, IMAGE, PROJECT, Resource, SERVER, SERVER_ANY_PROJECT, SERVER_PROJECT_ID, USER,
};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};

/// `server list` with Nova's filters: each is sent to every site as
/// python-openstackclient sends it (through openstacksdk's names), and a
/// flavor, image, project or user is looked up at each site first.
pub async fn list(
    setup: &Setup,
    a: &ServerList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let all_projects = a.all_projects || a.project.is_some();
    let mut filters = Filters {
        limit: a.limit,
        no_name_lookup: a.no_name_lookup,
        ..Filters::default()
    };
    let given = [
        ("name", &a.name),
        ("status", &a.status),
        ("host", &a.host),
        ("availability_zone", &a.availability_zone),
        ("ip", &a.ip),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            filters.query.push((key, value.clone()));
        }
    }
    if all_projects {
        filters.query.push(("all_tenants", "True".to_string()));
        filters.extra = SERVER_PROJECT_ID;
    }
    if let Some(limit) = a.limit {
        filters.query.push(("limit", limit.to_string()));
    }
    let named = [
        ("flavor", &FLAVOR, &a.flavor),
        ("image", &IMAGE, &a.image),
        ("project_id", &PROJECT, &a.project),
        ("user_id", &USER, &a.user),
    ];
    for (key, r, name) in named {
        if let Some(name) = name {
            filters.lookups.push((key, r, name.as_str()));
        }
    }
    if let Some(marker) = &a.marker {
        if setup.plan(SERVER.service)?.sites().len() > 1 {
            return Err(Error::Usage(
                "--marker names a server of one site: give a scope of one site".into(),
            ));
        }
        let r = if all_projects {
            &SERVER_ANY_PROJECT
        } else {
            &SERVER
        };
        filters.lookups.push(("marker", r, marker.as_str()));
    }
    resource::list_filtered(setup, &SERVER, &a.list, &filters, out).await
}

/// `server show`: the server with its image as python-openstackclient
/// shows it, `name (id)` from the server's own site.
pub async fn show(
    setup: &Setup,
    a: &ShowArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    resource::show_with(setup, &SERVER, a, out, |session, server| async move {
        with_image_name(&session, server).await
    })
    .await
}

/// `image` as `name (id)` (the site's Glance asked), the ID alone when
/// Glance does not answer, `N/A (booted from volume)` without an image.
pub async fn with_image_name(session: &Session, mut server: Value) -> Value {
    let shown = match crate::resources::image_id(&server) {
        None => "N/A (booted from volume)".to_string(),
        Some(id) => {
            let path = format!("images/{}", encode(id));
            match session.get_json(ServiceType::Image, &path).await {
                Ok(image) => format!("{} ({id})", image["name"].as_str().unwrap_or_default()),
                Err(_) => id.to_string(),
            }
        }
    };
    server["image"] = Value::String(shown);
    server
}

/// `POST servers/{id}/action` with `body`, for each named server at every
/// site that has it.
pub async fn action(
    setup: &Setup,
    servers: &Servers,
    all_projects: bool,
    verb: &str,
    body: Value,
) -> Result<ExitStatus, Error> {
    let r = if all_projects {
        &SERVER_ANY_PROJECT
    } else {
        &SERVER
    };
    resource::act(setup, r, &servers.servers, verb, |item| {
        action_call(r, item, &body)
    })
    .await
}

/// `POST servers/{id}/action`.
fn action_call(r: &Resource, item: &Value, body: &Value) -> Call {
    Call::new(
        r.service,
        Method::POST,
        format!("{}/{}/action", r.path, encode(r.id_of(item))),
        Body::Json(body.clone()),
    )
}

/// `server reboot`: soft unless `--hard`; with `--wait`, until the server
/// is ACTIVE again, then `Complete` as python-openstackclient says it.
pub async fn reboot(
    setup: &Setup,
    a: &ServerReboot,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SERVER;
    let kind = if a.hard { "HARD" } else { "SOFT" };
    let body = &json!({"reboot": {"type": kind}});
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, r, &names, "reboot", |s, item| async move {
        s.call(&action_call(r, &item, body)).await?;
        if a.wait && !s.explaining() {
            wait_for_server(&s, r.id_of(&item)).await?;
        }
        Ok(())
    })
    .await?;
    if a.wait && status != ExitStatus::Failure {
        writeln!(out, "Complete")?;
    }
    Ok(status)
}

/// Polls a server until it leaves BUILD; ERROR is a failure of the site.
pub async fn wait_for_server(session: &Session, id: &str) -> Result<Value, SiteError> {
    let mut delay = Duration::from_millis(200);
    loop {
        let server = session
            .get_json(ServiceType::Compute, &format!("servers/{}", encode(id)))
            .await?["server"]
            .clone();
        match server["status"].as_str() {
            Some("ACTIVE") => return Ok(server),
            Some("ERROR") => {
                let why = server["fault"]["message"]
                    .as_str()
                    .unwrap_or("the server went to ERROR");
                return Err(SiteError::new(FailureClass::Server, why.to_string()));
            }
            _ => {
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
            }
        }
    }
}
