//! What only servers do: Nova's list filters, the lifecycle actions
//! (`POST servers/{id}/action`) and waiting for a server to be ACTIVE.

use std::io::Write;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};

use super::resource::{self, Filters};
use crate::cli::{
    ConsoleLogShow, ConsoleUrlShow, ServerEventList, ServerEventShow, ServerList, ServerReboot,
    ServerRescue, ServerSet, ServerShelve, ServerShow, ServerUnset, ServerUnshelve, Servers,
    ShowArgs,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::resources::{
    FLAVOR, IMAGE, PROJECT, REMOTE_CONSOLE, Resource, SERVER, SERVER_ANY_PROJECT, SERVER_EVENT,
    SERVER_PROJECT_ID, USER,
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
        ("changes-since", &a.changes_since),
        ("changes-before", &a.changes_before),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            filters.query.push((key, value.clone()));
        }
    }
    if a.deleted {
        filters.query.push(("deleted", "True".to_string()));
    } else if a.changes_since.is_some() || a.changes_before.is_some() {
        // Nova lists deleted servers too when asked for changes;
        // python-openstackclient leaves them out.
        filters.query.push(("deleted", "False".to_string()));
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
            filters.look_up(key, r, name.as_str());
        }
    }
    if let Some(marker) = &a.marker {
        if setup.plan(SERVER.service)?.sites().len() > 1 {
            return Err(Error::Usage(
                "--marker names a server of one site: give a scope of one site".into(),
            ));
        }
        // A deleted server cannot be looked up: the marker is its ID.
        if a.deleted {
            filters.query.push(("marker", marker.clone()));
        } else {
            let r = if all_projects {
                &SERVER_ANY_PROJECT
            } else {
                &SERVER
            };
            filters.look_up("marker", r, marker.as_str());
        }
    }
    resource::list_filtered(setup, &SERVER, &a.list, &filters, out).await
}

/// `server show`: the server with its image as python-openstackclient
/// shows it, `name (id)` from the server's own site.
pub async fn show(
    setup: &Setup,
    a: &ServerShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    if a.diagnostics {
        return diagnostics(setup, &a.show, out).await;
    }
    resource::show_with(setup, &SERVER, &a.show, out, |session, server| async move {
        with_image_name(&session, server).await
    })
    .await
}

/// `server show --diagnostics`: the hypervisor's figures for the server,
/// as openstacksdk's `ServerDiagnostics` shows them through
/// python-openstackclient (Python's `repr` of each value, the SDK's
/// `location` of the site).
async fn diagnostics(
    setup: &Setup,
    a: &ShowArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let names = [a.name.clone()];
    let (status, shown) = resource::each(setup, &SERVER, &names, "show", |s, server| async move {
        let id = SERVER.id_of(&server).to_string();
        let path = format!("servers/{}/diagnostics", encode(&id));
        let mut found = s.get_json(ServiceType::Compute, &path).await?;
        let auth = s.authenticate().await?;
        let map = found
            .as_object_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        let mut fields: Vec<(String, Cell)> = Vec::new();
        for (key, value) in map {
            let key = if key == "config_drive" {
                "has_config_drive".to_string()
            } else {
                key
            };
            fields.push((key, Cell::new(value)));
        }
        let (location, text) = location(&s.config, auth.project_id().unwrap_or_default());
        fields.push(("location".into(), Cell::formatted(location, text)));
        for (key, value) in [
            ("id", Value::Null),
            ("name", Value::Null),
            ("server_id", json!(id)),
        ] {
            fields.push((key.into(), Cell::new(value)));
        }
        fields.sort_by(|a, b| a.0.cmp(&b.0));
        Ok((s.name().to_string(), crate::output::Record { fields }))
    })
    .await?;
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, shown, several, &setup.show_options(&a.format))?;
    Ok(status)
}

/// openstacksdk's `location` of a resource of a site: its cloud, region
/// and project (as the token and clouds.yaml name it), and as Python
/// prints the `Munch` that holds it.
fn location(config: &crate::config::SiteConfig, project_id: &str) -> (Value, String) {
    let named = match &config.scope {
        crate::config::AuthScope::Project(named) => named.clone(),
        _ => Default::default(),
    };
    let project = json!({"id": project_id, "name": named.name, "domain_id": named.domain_id,
                         "domain_name": named.domain_name});
    let location = json!({"cloud": config.cloud, "region_name": config.region, "zone": null,
                          "project": project});
    let text = format!(
        "Munch({{'cloud': {}, 'region_name': {}, 'zone': None, 'project': Munch({})}})",
        crate::output::python_repr(&json!(config.cloud)),
        crate::output::python_repr(&json!(config.region)),
        crate::output::python_str(&project),
    );
    (location, text)
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

/// `server set`: the name and description in one update, then the
/// properties, the state and each tag, in python-openstackclient's order.
pub async fn set(setup: &Setup, a: &ServerSet) -> Result<ExitStatus, Error> {
    let properties = resource::properties(&a.property)?;
    if a.state.is_some() && !a.auto_approve {
        let asked = crate::sys::ask_yes_no(
            "Resetting the server state can make it much harder to recover a server from \
             an error state. If the server is in error status due to a failed move operation \
             then this is likely not the correct approach to fix the problem. Do you wish to \
             continue?",
        );
        match asked {
            Ok(true) => {}
            Ok(false) => return Ok(ExitStatus::Success),
            Err(_) => {
                return Err(Error::Usage(
                    "--state asks before it resets, and there is no terminal: give --auto-approve"
                        .into(),
                ));
            }
        }
    }
    let mut update = serde_json::Map::new();
    if let Some(name) = &a.name {
        update.insert("name".into(), json!(name));
    }
    if let Some(description) = &a.description {
        update.insert("description".into(), json!(description));
    }
    let (update, properties) = (&update, &properties);
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "change", |s, server| async move {
        let at = |path: &str| format!("servers/{}{path}", encode(SERVER.id_of(&server)));
        if !update.is_empty() {
            let body = json!({ "server": update });
            s.call(&call(Method::PUT, at(""), Body::Json(body))).await?;
        }
        if !properties.is_empty() {
            let body = json!({ "metadata": properties });
            s.call(&call(Method::POST, at("/metadata"), Body::Json(body)))
                .await?;
        }
        if let Some(state) = &a.state {
            let body = json!({"os-resetState": {"state": state}});
            s.call(&call(Method::POST, at("/action"), Body::Json(body)))
                .await?;
        }
        for tag in &a.tag {
            let path = at(&format!("/tags/{}", encode(tag)));
            s.call(&call(Method::PUT, path, Body::Empty)).await?;
        }
        Ok(())
    })
    .await?;
    Ok(status)
}

/// `server unset`: properties, the description, tags.
pub async fn unset(setup: &Setup, a: &ServerUnset) -> Result<ExitStatus, Error> {
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "change", |s, server| async move {
        let at = |path: &str| format!("servers/{}{path}", encode(SERVER.id_of(&server)));
        if a.all_properties {
            let body = json!({"metadata": {}});
            s.call(&call(Method::PUT, at("/metadata"), Body::Json(body)))
                .await?;
        }
        for key in a.property.iter().filter(|_| !a.all_properties) {
            let path = at(&format!("/metadata/{}", encode(key)));
            s.call(&call(Method::DELETE, path, Body::Empty)).await?;
        }
        if a.description {
            let body = json!({"server": {"description": ""}});
            s.call(&call(Method::PUT, at(""), Body::Json(body))).await?;
        }
        for tag in &a.tag {
            let path = at(&format!("/tags/{}", encode(tag)));
            s.call(&call(Method::DELETE, path, Body::Empty)).await?;
        }
        if a.all_tags {
            s.call(&call(Method::DELETE, at("/tags"), Body::Empty))
                .await?;
        }
        Ok(())
    })
    .await?;
    Ok(status)
}

/// A compute request.
pub(super) fn call(method: Method, path: String, body: Body) -> Call {
    Call::new(ServiceType::Compute, method, path, body)
}

/// `server shelve`: each server not shelved already is shelved; with
/// `--offload` one left SHELVED (a cloud that does not offload at once) is
/// offloaded; `--wait` until each is.
pub async fn shelve(setup: &Setup, a: &ServerShelve) -> Result<ExitStatus, Error> {
    let (status, _) = resource::each(
        setup,
        &SERVER,
        &a.servers.servers,
        "shelve",
        |s, server| async move {
            let shelved = ["SHELVED", "SHELVED_OFFLOADED"];
            if shelved.contains(&server["status"].as_str().unwrap_or_default()) {
                return Ok(());
            }
            let id = SERVER.id_of(&server).to_string();
            s.call(&action_call(&SERVER, &server, &json!({"shelve": null})))
                .await?;
            if !(a.wait || a.offload) {
                return Ok(());
            }
            let now = wait_for_status(&s, &id, &shelved).await?;
            if a.offload && now["status"] == "SHELVED" {
                s.call(&action_call(
                    &SERVER,
                    &server,
                    &json!({"shelveOffload": null}),
                ))
                .await?;
                if a.wait {
                    wait_for_status(&s, &id, &["SHELVED_OFFLOADED"]).await?;
                }
            }
            Ok(())
        },
    )
    .await?;
    Ok(status)
}

/// `server unshelve`: each shelved server, into `--availability-zone` if
/// given; `--wait` until each is ACTIVE (or SHUTOFF).
pub async fn unshelve(setup: &Setup, a: &ServerUnshelve) -> Result<ExitStatus, Error> {
    let body = &match &a.availability_zone {
        Some(zone) => json!({"unshelve": {"availability_zone": zone}}),
        None => json!({"unshelve": null}),
    };
    let (status, _) = resource::each(
        setup,
        &SERVER,
        &a.servers.servers,
        "unshelve",
        |s, server| async move {
            let shelved = ["SHELVED", "SHELVED_OFFLOADED"];
            if !shelved.contains(&server["status"].as_str().unwrap_or_default()) {
                return Ok(());
            }
            s.call(&action_call(&SERVER, &server, body)).await?;
            if a.wait {
                wait_for_status(&s, SERVER.id_of(&server), &["ACTIVE", "SHUTOFF"]).await?;
            }
            Ok(())
        },
    )
    .await?;
    Ok(status)
}

/// `server rescue`: from `--image` (looked up at the server's site) or
/// the server's own, with `--password` as the rescue password.
pub async fn rescue(setup: &Setup, a: &ServerRescue) -> Result<ExitStatus, Error> {
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "rescue", |s, server| async move {
        let mut rescue = serde_json::Map::new();
        if let Some(password) = &a.password {
            rescue.insert("adminPass".into(), json!(password));
        }
        if let Some(image) = &a.image {
            let image = resource::find(&s, &IMAGE, image).await?;
            rescue.insert("rescue_image_ref".into(), json!(IMAGE.id_of(&image)));
        }
        let body = match rescue.is_empty() {
            true => json!({"rescue": null}),
            false => json!({ "rescue": rescue }),
        };
        s.call(&action_call(&SERVER, &server, &body)).await?;
        Ok(())
    })
    .await?;
    Ok(status)
}

/// `console log show`: the console output (its last `--lines`) as
/// python-openstackclient prints it, ending in a newline. When more than
/// one site has the server, each output follows a `==> SITE <==` line.
pub async fn console_log(
    setup: &Setup,
    a: &ConsoleLogShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let body = &match a.lines {
        Some(lines) => json!({"os-getConsoleOutput": {"length": lines}}),
        None => json!({"os-getConsoleOutput": {}}),
    };
    let names = [a.server.clone()];
    let (status, outputs) =
        resource::each(setup, &SERVER, &names, "show", |s, server| async move {
            let reply = s.call(&action_call(&SERVER, &server, body)).await?;
            let output = reply.json()?["output"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            Ok((s.name().to_string(), output))
        })
        .await?;
    let several = outputs.len() > 1;
    for (site, mut output) in outputs {
        if several {
            writeln!(out, "==> {site} <==")?;
        }
        if !output.is_empty() && !output.ends_with('\n') {
            output.push('\n');
        }
        out.write_all(output.as_bytes())?;
    }
    Ok(status)
}

/// `console url show`: a remote console of the server at each site that
/// has it (compute 2.6's `remote-consoles`), as python-openstackclient
/// shows it.
pub async fn console_url(
    setup: &Setup,
    a: &ConsoleUrlShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let (protocol, kind) = a.console();
    let body = &json!({"remote_console": {"protocol": protocol, "type": kind}});
    let names = [a.server.clone()];
    let (status, consoles) =
        resource::each(setup, &SERVER, &names, "show", |s, server| async move {
            let path = format!("servers/{}/remote-consoles", encode(SERVER.id_of(&server)));
            let reply = s
                .call(&call(Method::POST, path, Body::Json(body.clone())))
                .await?;
            let console = REMOTE_CONSOLE.item(reply.json()?);
            Ok((s.name().to_string(), REMOTE_CONSOLE.record(&console)))
        })
        .await?;
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, consoles, several, &setup.show_options(&a.format))?;
    Ok(status)
}

/// `server event list`: the server's instance actions at each site that
/// has it, a `Site` column first when there are several.
pub async fn events(
    setup: &Setup,
    a: &ServerEventList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SERVER_EVENT;
    let columns = r.list_columns(a.list.long, &a.list.format.columns);
    let names = [a.server.clone()];
    let columns = &columns;
    let (status, found) = resource::each(setup, &SERVER, &names, "list", |s, server| async move {
        let path = format!(
            "servers/{}/os-instance-actions",
            encode(SERVER.id_of(&server))
        );
        let events = s.list(ServiceType::Compute, &path, r.plural).await?;
        let none = crate::resources::Lookup::default();
        let rows: Vec<(String, Vec<Cell>)> = events
            .iter()
            .map(|e| (s.name().to_string(), r.row(e, columns, &none)))
            .collect();
        Ok(rows)
    })
    .await?;
    let rows: Vec<(String, Vec<Cell>)> = found.into_iter().flatten().collect();
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    let listing = Listing {
        columns: crate::resources::Resource::headers(columns),
        rows: vec![],
    };
    super::write_list(
        out,
        listing,
        rows,
        several,
        &setup.list_options(&a.list.format),
    )?;
    Ok(status)
}

/// `server event show`: one action of the server, with its events, at
/// each site that has the server.
pub async fn event(
    setup: &Setup,
    a: &ServerEventShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let names = [a.server.clone()];
    let request = &a.request_id;
    let (status, shown) = resource::each(setup, &SERVER, &names, "show", |s, server| async move {
        let path = format!(
            "servers/{}/os-instance-actions/{}",
            encode(SERVER.id_of(&server)),
            encode(request)
        );
        let action = s.get_json(ServiceType::Compute, &path).await?;
        let action = SERVER_EVENT.item(action);
        Ok((s.name().to_string(), SERVER_EVENT.record(&action)))
    })
    .await?;
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, shown, several, &setup.show_options(&a.format))?;
    Ok(status)
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
pub(super) fn action_call(r: &Resource, item: &Value, body: &Value) -> Call {
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
        if a.wait {
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
    wait_for_status(session, id, &["ACTIVE"]).await
}

/// `server delete --wait`: each server deleted, then polled until Nova
/// no longer has it, bounded by the site's deadline.
pub async fn delete_and_wait(
    setup: &Setup,
    a: &crate::cli::DeleteArgs,
) -> Result<ExitStatus, Error> {
    let (status, _) = resource::each(setup, &SERVER, &a.names, "delete", |s, server| async move {
        let id = SERVER.id_of(&server).to_string();
        resource::delete_at(&s, &SERVER, &id).await?;
        let mut delay = Duration::from_millis(200);
        loop {
            match s
                .get_json(ServiceType::Compute, &format!("servers/{}", encode(&id)))
                .await
            {
                Err(e) if e.class == FailureClass::NotFound => return Ok(()),
                Err(e) => return Err(e.into()),
                Ok(_) => {}
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(2));
        }
    })
    .await?;
    Ok(status)
}

/// Polls a server until its status is one of `wanted` (and no task runs
/// on it); ERROR is a failure of the site. Bounded by the site's deadline.
pub async fn wait_for_status(
    session: &Session,
    id: &str,
    wanted: &[&str],
) -> Result<Value, SiteError> {
    let mut delay = Duration::from_millis(200);
    loop {
        let server = session
            .get_json(ServiceType::Compute, &format!("servers/{}", encode(id)))
            .await?["server"]
            .clone();
        let status = server["status"].as_str().unwrap_or_default();
        let settled = server["OS-EXT-STS:task_state"].is_null();
        if wanted.contains(&status) && settled {
            return Ok(server);
        }
        if status == "ERROR" && !wanted.contains(&"ERROR") {
            let why = server["fault"]["message"]
                .as_str()
                .unwrap_or("the server went to ERROR");
            return Err(SiteError::new(FailureClass::Server, why.to_string()));
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}
