//! Keystone's commands: `token issue`, `catalog list|show`, `endpoint
//! list`, and oscope's own `site list`.

use std::io::Write;
use std::time::SystemTime;

use serde_json::Value;

use super::create::patch;
use super::resource::{self, Filters};
use super::{write_list, write_records};
use crate::cli::{
    CatalogCommand, EndpointCommand, EndpointCreate, EndpointSet, RegionCommand, ServiceCommand,
    SiteCommand, TokenCommand, UserPasswordSet,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing, Record};
use crate::resources::{ENDPOINT, REGION, SERVICE};
use crate::route::{Operation, report};
use crate::scope::{Plan, ServiceType};
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};
use reqwest::Method;

/// `2026-11-21T19:11:32+0000`, as python-openstackclient prints `expires`.
fn osc_time(text: &str) -> String {
    match humantime::parse_rfc3339_weak(text.trim_end_matches('Z')) {
        Ok(t) => format_time(t),
        Err(_) => text.to_string(),
    }
}

fn format_time(t: SystemTime) -> String {
    let seconds = humantime::format_rfc3339_seconds(t).to_string();
    format!("{}+0000", seconds.trim_end_matches('Z'))
}

pub async fn token(
    setup: &Setup,
    command: &TokenCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let TokenCommand::Issue(format) = command;
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let outcomes = router
        .run_spawned(plan, Operation::Read, |session| async move {
            Ok(session.authenticate().await?)
        })
        .await;
    let status = report(&outcomes);
    let records = outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok().map(|auth| (o.site.clone(), auth)))
        .map(|(site, auth)| {
            let body = auth.body();
            let token = &body["token"];
            let mut fields = vec![
                (
                    "expires".to_string(),
                    Cell::new(osc_time(token["expires_at"].as_str().unwrap_or_default())),
                ),
                ("id".to_string(), Cell::new(auth.token.as_str())),
            ];
            if let Some(project) = token["project"]["id"].as_str() {
                fields.push(("project_id".into(), Cell::new(project)));
            } else if let Some(domain) = token["domain"]["id"].as_str() {
                fields.push(("domain_id".into(), Cell::new(domain)));
            }
            fields.push(("user_id".into(), Cell::new(token["user"]["id"].clone())));
            (site, Record { fields })
        })
        .collect();
    write_records(
        out,
        records,
        plan.sites().len() > 1,
        &setup.show_options(format),
    )?;
    Ok(status)
}

/// How python-openstackclient shows a catalogue entry's endpoints in a
/// table: `Region\n  interface: url\n` for each.
fn endpoints_text(endpoints: &Value) -> String {
    endpoints
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let region = e["region"]
                .as_str()
                .or(e["region_id"].as_str())
                .unwrap_or_default();
            format!(
                "{region}\n  {}: {}\n",
                e["interface"].as_str().unwrap_or_default(),
                e["url"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

pub async fn catalog(
    setup: &Setup,
    command: &CatalogCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let multi = plan.sites().len() > 1;
    match command {
        CatalogCommand::List(format) => {
            let outcomes = router
                .run_spawned(plan, Operation::Read, |session| async move {
                    let auth = session.authenticate().await?;
                    Ok(auth.catalog_entries())
                })
                .await;
            let status = report(&outcomes);
            let listing = Listing {
                columns: vec!["Name".into(), "Type".into(), "Endpoints".into()],
                rows: vec![],
            };
            let mut rows = Vec::new();
            for outcome in &outcomes {
                let Ok(entries) = &outcome.result else {
                    continue;
                };
                for entry in entries {
                    rows.push((
                        outcome.site.clone(),
                        vec![
                            Cell::new(entry["name"].clone()),
                            Cell::new(entry["type"].clone()),
                            Cell::formatted(
                                entry["endpoints"].clone(),
                                endpoints_text(&entry["endpoints"]),
                            ),
                        ],
                    ));
                }
            }
            write_list(out, listing, rows, multi, &setup.list_options(format))?;
            Ok(status)
        }
        CatalogCommand::Show { service, format } => {
            let wanted = service.clone();
            let outcomes = router
                .run(plan, Operation::Lookup, |session| {
                    let wanted = wanted.clone();
                    async move {
                        let auth = session.authenticate().await?;
                        let as_type = ServiceType::lookup(&wanted);
                        auth.catalog_entries()
                            .into_iter()
                            .find(|e| {
                                e["name"] == wanted.as_str()
                                    || e["type"] == wanted.as_str()
                                    || as_type.is_some_and(|t| {
                                        e["type"].as_str().and_then(ServiceType::lookup) == Some(t)
                                    })
                            })
                            .ok_or_else(|| {
                                SiteError::new(
                                    FailureClass::NotFound,
                                    format!("service {wanted} not found in the catalogue"),
                                )
                                .into()
                            })
                    }
                })
                .await;
            let status = report(&outcomes);
            let records = outcomes
                .iter()
                .filter_map(|o| o.result.as_ref().ok().map(|e| (o.site.clone(), e)))
                .map(|(site, entry)| {
                    let fields = vec![
                        (
                            "endpoints".to_string(),
                            Cell::formatted(
                                entry["endpoints"].clone(),
                                endpoints_text(&entry["endpoints"]),
                            ),
                        ),
                        ("id".to_string(), Cell::new(entry["id"].clone())),
                        ("name".to_string(), Cell::new(entry["name"].clone())),
                        ("type".to_string(), Cell::new(entry["type"].clone())),
                    ];
                    (site, Record { fields })
                })
                .collect();
            write_records(out, records, multi, &setup.show_options(format))?;
            Ok(status)
        }
    }
}

pub async fn endpoint(
    setup: &Setup,
    command: &EndpointCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let (service, interface, region, format) = match command {
        EndpointCommand::List {
            service,
            interface,
            region,
            format,
        } => (service, interface, region, format),
        EndpointCommand::Show(a) => {
            return resource::show_with(setup, &ENDPOINT, a, out, |session, item| async move {
                with_service(&session, item).await
            })
            .await;
        }
        EndpointCommand::Delete(a) => return resource::delete(setup, &ENDPOINT, a).await,
        EndpointCommand::Create(a) => return create_endpoint(setup, a, out).await,
        EndpointCommand::Set(a) => return set_endpoint(setup, a).await,
    };
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let outcomes = router
        .run(plan, Operation::Read, |session| async move {
            let services = session
                .list(ServiceType::Identity, "services", "services")
                .await?;
            let endpoints = session
                .list(ServiceType::Identity, "endpoints", "endpoints")
                .await?;
            Ok((services, endpoints))
        })
        .await;
    let status = report(&outcomes);
    let columns = [
        "ID",
        "Region",
        "Service Name",
        "Service Type",
        "Enabled",
        "Interface",
        "URL",
    ];
    let listing = Listing {
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows: vec![],
    };
    let mut rows = Vec::new();
    let wanted_type = service.as_deref().and_then(ServiceType::lookup);
    for outcome in &outcomes {
        let Ok((services, endpoints)) = &outcome.result else {
            continue;
        };
        for e in endpoints {
            let svc = services
                .iter()
                .find(|s| s["id"] == e["service_id"])
                .cloned()
                .unwrap_or_default();
            let matches_service = service.as_deref().is_none_or(|want| {
                svc["name"] == want
                    || svc["type"] == want
                    || e["service_id"] == want
                    || wanted_type.is_some_and(|t| {
                        svc["type"].as_str().and_then(ServiceType::lookup) == Some(t)
                    })
            });
            let matches_interface = interface.as_deref().is_none_or(|i| e["interface"] == i);
            let matches_region = region
                .as_deref()
                .is_none_or(|r| e["region_id"] == r || e["region"] == r);
            if matches_service && matches_interface && matches_region {
                rows.push((
                    outcome.site.clone(),
                    vec![
                        Cell::new(e["id"].clone()),
                        Cell::new(e["region_id"].clone()),
                        Cell::new(svc["name"].clone()),
                        Cell::new(svc["type"].clone()),
                        Cell::new(e["enabled"].clone()),
                        Cell::new(e["interface"].clone()),
                        Cell::new(e["url"].clone()),
                    ],
                ));
            }
        }
    }
    write_list(
        out,
        listing,
        rows,
        plan.sites().len() > 1,
        &setup.list_options(format),
    )?;
    Ok(status)
}

pub async fn site(
    setup: &Setup,
    command: &SiteCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let (check, long, format) = match command {
        SiteCommand::List {
            check,
            long,
            format,
        } => (check, *long, format),
        SiteCommand::Capacity { format } => {
            return super::capacity::capacity(setup, format, out).await;
        }
    };
    let sites: Vec<String> = if setup.scoped {
        setup
            .plan(ServiceType::Identity)?
            .sites()
            .into_iter()
            .map(str::to_string)
            .collect()
    } else {
        setup.sites.directory().sites().to_vec()
    };
    let plan = Plan::All(sites.iter().cloned().map(Plan::Site).collect());
    // The services whose microversions `--check` reads, and their columns.
    const VERSIONED: [(ServiceType, &str); 3] = [
        (ServiceType::Compute, "Compute"),
        (ServiceType::BlockStorage, "Block Storage"),
        (ServiceType::Placement, "Placement"),
    ];
    let mut columns = vec!["Site", "Cloud", "Region", "Auth URL"];
    // What `--long` adds: the settings a site is reached with.
    const SETTINGS: [&str; 4] = [
        "Interface",
        "Interfaces",
        "API Versions",
        "Endpoint Overrides",
    ];
    if long {
        columns.extend(SETTINGS);
    }
    if *check {
        columns.extend(["Status", "Seconds"]);
        columns.extend(VERSIONED.map(|(_, column)| column));
    }
    let mut listing = Listing {
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows: vec![],
    };
    let settings: Vec<_> = sites.iter().map(|s| (s, setup.sites.site(s))).collect();
    let mut status = ExitStatus::Success;
    let outcomes = if *check {
        let router = setup.router([&plan]);
        let outcomes = router
            .run(&plan, Operation::Read, |session| async move {
                session.authenticate().await?;
                session.get_json(ServiceType::Identity, "").await?;
                let mut ranges = Vec::new();
                for (service, _) in VERSIONED {
                    ranges.push(session.microversions(service).await?);
                }
                Ok(ranges)
            })
            .await;
        status = report(&outcomes);
        outcomes
    } else {
        Vec::new()
    };
    for (site, config) in settings {
        let (cloud, region, auth_url) = match &config {
            Ok(c) => (
                Cell::new(c.cloud.as_str()),
                Cell::new(c.region.clone()),
                Cell::new(c.auth_url.as_str()),
            ),
            Err(e) => (
                Cell::new(e.cloud.clone()),
                Cell::new(Value::Null),
                Cell::formatted(Value::Null, format!("({})", e.message)),
            ),
        };
        let mut row = vec![Cell::new(site.as_str()), cloud, region, auth_url];
        if long {
            let per_service = |map: &std::collections::BTreeMap<ServiceType, String>| {
                let value: serde_json::Map<String, Value> = map
                    .iter()
                    .map(|(s, v)| (s.as_str().to_string(), Value::from(v.as_str())))
                    .collect();
                let value = Value::Object(value);
                Cell::formatted(value.clone(), crate::resources::dict_text(&value))
            };
            match &config {
                Ok(c) => row.extend([
                    Cell::new(c.interface.as_str()),
                    per_service(&c.interfaces),
                    per_service(&c.api_versions),
                    per_service(&c.endpoint_overrides),
                ]),
                Err(_) => row.extend(SETTINGS.map(|_| Cell::new(Value::Null))),
            }
        }
        if *check {
            let outcome = outcomes.iter().find(|o| &o.site == site);
            let (state, seconds) = match outcome {
                Some(o) => (
                    match o.failure() {
                        None => "ok".to_string(),
                        Some(e) => e.class.to_string(),
                    },
                    Cell::formatted(
                        o.elapsed.as_secs_f64(),
                        format!("{:.3}", o.elapsed.as_secs_f64()),
                    ),
                ),
                None => ("config".to_string(), Cell::new(Value::Null)),
            };
            row.extend([Cell::new(state), seconds]);
            let ranges = outcome.and_then(|o| o.result.as_ref().ok());
            row.extend(
                (0..VERSIONED.len()).map(|i| match ranges.and_then(|r| r[i]) {
                    Some(((a, b), (c, d))) => Cell::new(format!("{a}.{b}-{c}.{d}")),
                    None => Cell::new(Value::Null),
                }),
            );
        }
        listing.rows.push(row);
    }
    write_list(out, listing, Vec::new(), false, &setup.list_options(format))?;
    Ok(status)
}

/// `user password set`: the signed-in user's new password at every site
/// of the identity scope, asked for once on the terminal when not given
/// (the current one without confirmation, the new one twice), as
/// python-openstackclient asks.
pub async fn password_set(setup: &Setup, a: &UserPasswordSet) -> Result<ExitStatus, Error> {
    let ask = |prompt: &str, confirm: bool| -> Result<String, Error> {
        let read = |p: &str| {
            crate::sys::read_hidden(p).map_err(|e| {
                Error::Usage(format!(
                    "No terminal detected attempting to read password: {e}"
                ))
            })
        };
        loop {
            let first = read(prompt)?;
            if !confirm || read(&format!("Repeat {prompt}"))? == first {
                return Ok(first);
            }
            eprintln!("The passwords entered were not the same");
        }
    };
    let plan = setup.plan(ServiceType::Identity)?;
    let original = match &a.original_password {
        Some(p) => p.clone(),
        None => ask("Current Password:", false)?,
    };
    let password = match &a.password {
        Some(p) => p.clone(),
        None => ask("New Password:", true)?,
    };
    if password.is_empty() {
        eprintln!(
            "No password was supplied, authentication will fail when a user does not have a \
             password."
        );
    }
    let body = &serde_json::json!({
        "user": { "password": password, "original_password": original }
    });
    let router = setup.router([plan]);
    let outcomes = router
        .run(plan, Operation::Mutate, |session| async move {
            let auth = session.authenticate().await?;
            let user = auth.user_id().unwrap_or_default().to_string();
            let call = Call::new(
                ServiceType::Identity,
                Method::POST,
                format!("users/{}/password", encode(&user)),
                Body::Json(body.clone()),
            );
            session.call(&call).await?;
            Ok(())
        })
        .await;
    Ok(report(&outcomes))
}

/// An endpoint with its service's name and type in `_service`, as
/// `endpoint show` prints them; without them when the service cannot be
/// read.
async fn with_service(session: &Session, mut endpoint: Value) -> Value {
    let id = endpoint["service_id"].as_str().unwrap_or_default();
    if let Ok(service) = resource::find(session, &SERVICE, id).await {
        endpoint["_service"] = service;
    }
    endpoint
}

/// `endpoint create`: the service of that ID, name or type at each site.
async fn create_endpoint(
    setup: &Setup,
    a: &EndpointCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    resource::create(
        setup,
        &ENDPOINT,
        &a.create,
        out,
        |session| async move {
            let service = resource::find(&session, &SERVICE, &a.service).await?;
            let mut endpoint = given(&[("region_id", &a.region)]);
            endpoint.insert("service_id".into(), service["id"].clone());
            endpoint.insert("interface".into(), Value::from(a.interface.as_str()));
            endpoint.insert("url".into(), Value::from(a.url.as_str()));
            endpoint.insert("enabled".into(), Value::from(!a.disable));
            Ok(serde_json::json!({ "endpoint": endpoint }))
        },
        |session, made| async move { Ok(with_service(&session, made).await) },
    )
    .await
}

/// `endpoint set`, the new service looked up at the endpoint's site.
async fn set_endpoint(setup: &Setup, a: &EndpointSet) -> Result<ExitStatus, Error> {
    let mut endpoint = given(&[("region_id", &a.region), ("url", &a.url)]);
    if let Some(interface) = a.interface {
        endpoint.insert("interface".into(), Value::from(interface.as_str()));
    }
    if a.enable || a.disable {
        endpoint.insert("enabled".into(), Value::from(a.enable));
    }
    let endpoint = &endpoint;
    let names = [a.endpoint.clone()];
    let (status, _) = resource::each(
        setup,
        &ENDPOINT,
        &names,
        "change",
        |session, item| async move {
            let mut fields = endpoint.clone();
            if let Some(service) = &a.service {
                let service = resource::find(&session, &SERVICE, service).await?;
                fields.insert("service_id".into(), service["id"].clone());
            }
            let body = serde_json::json!({ "endpoint": fields });
            session.call(&patch(&ENDPOINT, &item, &body)).await?;
            Ok(())
        },
    )
    .await?;
    Ok(status)
}

/// The fields given, as a JSON object (`None`s left out).
fn given(fields: &[(&str, &Option<String>)]) -> serde_json::Map<String, Value> {
    fields
        .iter()
        .filter_map(|(k, v)| Some((k.to_string(), Value::from(v.as_deref()?))))
        .collect()
}

/// `region …`: regions are named by their IDs, the same at every site.
pub async fn region(
    setup: &Setup,
    command: &RegionCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &REGION;
    match command {
        RegionCommand::List(a) => {
            let mut filters = Filters::default();
            filters.given(&[("parent_region_id", &a.parent_region)]);
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        RegionCommand::Show(a) => resource::show(setup, r, a, out).await,
        RegionCommand::Delete(a) => resource::delete(setup, r, a).await,
        RegionCommand::Create(a) => {
            let mut region = given(&[
                ("parent_region_id", &a.parent_region),
                ("description", &a.description),
            ]);
            region.insert("id".into(), Value::from(a.region.as_str()));
            let body = &serde_json::json!({ "region": region });
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |_| async move { Ok(body.clone()) },
                |_, made| async { Ok(made) },
            )
            .await
        }
        RegionCommand::Set(a) => {
            let region = given(&[
                ("parent_region_id", &a.parent_region),
                ("description", &a.description),
            ]);
            let body = &serde_json::json!({ "region": region });
            resource::set(setup, r, &a.region, |item| patch(r, item, body)).await
        }
    }
}

/// `service …`: found by ID, name or type at each site.
pub async fn service(
    setup: &Setup,
    command: &ServiceCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SERVICE;
    match command {
        ServiceCommand::List(a) => resource::list(setup, r, a, out).await,
        ServiceCommand::Show(a) => resource::show(setup, r, a, out).await,
        ServiceCommand::Delete(a) => resource::delete(setup, r, a).await,
        ServiceCommand::Create(a) => {
            let mut service = given(&[("name", &a.name), ("description", &a.description)]);
            service.insert("type".into(), Value::from(a.service_type.as_str()));
            service.insert("enabled".into(), Value::from(!a.disable));
            let body = &serde_json::json!({ "service": service });
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |_| async move { Ok(body.clone()) },
                |_, made| async { Ok(made) },
            )
            .await
        }
        ServiceCommand::Set(a) => {
            let mut service = given(&[
                ("type", &a.service_type),
                ("name", &a.name),
                ("description", &a.description),
            ]);
            if a.enable || a.disable {
                service.insert("enabled".into(), Value::from(a.enable));
            }
            let body = &serde_json::json!({ "service": service });
            resource::set(setup, r, &a.service, |item| patch(r, item, body)).await
        }
    }
}
