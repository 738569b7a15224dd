//! `aggregate ...`: host aggregates at every site of the compute scope. An
//! aggregate is found by its integer ID (what Nova's paths take), its
//! UUID or its name; each site's aggregates are its own.

use std::io::Write;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::resource::{self, Creation};
use super::servers::call;
use crate::cli::{
    AggregateCommand, AggregateHost, AggregateHostCommand, AggregateList, AggregateSet,
    AggregateUnset, DeleteArgs, ShowArgs,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing, Record};
use crate::resources::{AGGREGATE, AGGREGATE_CREATED, Lookup, Resource};
use crate::route::Operation;
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, FailureClass, Session, SiteError, Stopped};

pub async fn aggregate(
    setup: &Setup,
    command: &AggregateCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    match command {
        AggregateCommand::List(a) => list(setup, a, out).await,
        AggregateCommand::Show(a) => show(setup, a, out).await,
        AggregateCommand::Create(a) => {
            let creation = Creation::new(setup, &AGGREGATE_CREATED, &a.create)?;
            let properties = &resource::properties(&a.property)?;
            resource::create_with(
                setup,
                &creation,
                out,
                |_| async move {
                    let mut aggregate = json!({"name": a.name});
                    if let Some(zone) = &a.zone {
                        aggregate["availability_zone"] = json!(zone);
                    }
                    Ok(json!({ "aggregate": aggregate }))
                },
                |s, created| async move {
                    if properties.is_empty() {
                        return Ok(created);
                    }
                    set_metadata(&s, &created, properties).await
                },
            )
            .await
        }
        AggregateCommand::Set(a) => set(setup, a).await,
        AggregateCommand::Unset(a) => unset(setup, a).await,
        AggregateCommand::Delete(a) => delete(setup, a).await,
        AggregateCommand::Add(AggregateHostCommand::Host(a)) => {
            host(setup, a, "add_host", out).await
        }
        AggregateCommand::Remove(AggregateHostCommand::Host(a)) => {
            host(setup, a, "remove_host", out).await
        }
    }
}

/// `aggregate list`: each site's aggregates, filtered here by zone and
/// host as python-openstackclient filters them.
async fn list(
    setup: &Setup,
    a: &AggregateList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &AGGREGATE;
    let plan = setup.plan(r.service)?;
    let router = setup.router([plan]);
    let columns = &r.list_columns(a.list.long, &a.list.format.columns);
    let outcomes = router
        .run(plan, Operation::Read, |s| async move {
            let all = s.list(r.service, r.list_path, r.plural).await?;
            let none = Lookup::default();
            let rows: Vec<(String, Vec<Cell>)> = all
                .iter()
                .filter(|g| {
                    a.availability_zone
                        .as_ref()
                        .is_none_or(|z| g["availability_zone"] == z.as_str())
                })
                .filter(|g| {
                    a.host.as_ref().is_none_or(|h| {
                        g["hosts"]
                            .as_array()
                            .is_some_and(|hs| hs.iter().any(|x| x == h.as_str()))
                    })
                })
                .map(|g| (s.name().to_string(), r.row(g, columns, &none)))
                .collect();
            Ok(rows)
        })
        .await;
    let status = crate::route::report(&outcomes);
    let rows = outcomes
        .into_iter()
        .filter_map(|o| o.result.ok())
        .flatten()
        .collect();
    let listing = Listing {
        columns: Resource::headers(columns),
        rows: vec![],
    };
    let several = plan.sites().len() > 1;
    super::write_list(
        out,
        listing,
        rows,
        several,
        &setup.list_options(&a.list.format),
    )?;
    Ok(status)
}

/// An aggregate at a site: by integer ID, else by name or UUID.
async fn find(s: &Session, name: &str) -> Result<Value, SiteError> {
    if !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()) {
        match s
            .get_json(ServiceType::Compute, &format!("os-aggregates/{name}"))
            .await
        {
            Ok(found) => return Ok(AGGREGATE.item(found)),
            Err(e) if e.class == FailureClass::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    let all = s
        .list(ServiceType::Compute, "os-aggregates", "aggregates")
        .await?;
    let mut matches = all
        .into_iter()
        .filter(|g| g["name"] == name || g["uuid"] == name);
    match (matches.next(), matches.next()) {
        (Some(found), None) => Ok(found),
        (None, _) => Err(SiteError::new(
            FailureClass::NotFound,
            format!("No aggregate with a name or ID of '{name}' exists."),
        )),
        (Some(_), Some(_)) => Err(SiteError::new(
            FailureClass::Request,
            format!("More than one aggregate exists with the name '{name}'."),
        )),
    }
}

/// Nova's path to an aggregate: its integer ID.
fn path_of(aggregate: &Value, then: &str) -> String {
    format!("os-aggregates/{}{then}", aggregate["id"])
}

/// Does `op` to the aggregate named, at every site that has it.
async fn each<T, F, Fut>(
    setup: &Setup,
    names: &[String],
    verb: &str,
    op: F,
) -> Result<(ExitStatus, Vec<T>), Error>
where
    T: Send + Sync + 'static,
    F: Fn(std::sync::Arc<Session>, Value) -> Fut + Send + Sync,
    Fut: std::future::Future<Output = Result<T, Stopped>> + Send,
{
    let plan = setup.plan(AGGREGATE.service)?;
    let router = setup.router([plan]);
    let (mut failed, mut partial, mut done) = (0, false, Vec::new());
    let op = &op;
    for name in names {
        let outcomes = router
            .run(plan, Operation::Lookup, |s| async move {
                let found = find(&s, name).await?;
                op(s, found).await.map_err(resource::found_first)
            })
            .await;
        match resource::report_lookup(&outcomes, &AGGREGATE, name) {
            ExitStatus::Failure => failed += 1,
            ExitStatus::Partial => partial = true,
            _ => {}
        }
        done.extend(outcomes.into_iter().filter_map(|o| o.result.ok()));
    }
    if failed > 0 && names.len() > 1 {
        crate::sys::tell!("{failed} of {} aggregates failed to {verb}.", names.len());
    }
    let status = match (failed, partial) {
        (0, false) => ExitStatus::Success,
        (0, true) => ExitStatus::Partial,
        _ => ExitStatus::Failure,
    };
    Ok((status, done))
}

async fn show(
    setup: &Setup,
    a: &ShowArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let names = [a.name.clone()];
    let (status, found) = each(setup, &names, "show", |s, aggregate| async move {
        Ok((s.name().to_string(), AGGREGATE.record(&aggregate)))
    })
    .await?;
    records(setup, out, found, &a.format)?;
    Ok(status)
}

/// `aggregate add|remove host`: shows Nova's answer.
async fn host(
    setup: &Setup,
    a: &AggregateHost,
    action: &str,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let names = [a.aggregate.clone()];
    let body = &json!({ action: {"host": a.host} });
    let (status, answers) = each(setup, &names, "change", |s, aggregate| async move {
        let path = path_of(&aggregate, "/action");
        let reply = s
            .call(&call(Method::POST, path, Body::Json(body.clone())))
            .await?;
        let answer = AGGREGATE.item(reply.json()?);
        Ok((s.name().to_string(), AGGREGATE_CREATED.record(&answer)))
    })
    .await?;
    records(setup, out, answers, &a.format)?;
    Ok(status)
}

/// `set_metadata`, null for a key to remove: Nova's answer.
async fn set_metadata(
    s: &Session,
    aggregate: &Value,
    metadata: &Map<String, Value>,
) -> Result<Value, Stopped> {
    let body = json!({"set_metadata": {"metadata": metadata}});
    let reply = s
        .call(&call(
            Method::POST,
            path_of(aggregate, "/action"),
            Body::Json(body),
        ))
        .await?;
    Ok(AGGREGATE.item(reply.json()?))
}

/// `aggregate set`: the name and zone in one update, then the properties
/// (`--no-property` clears all but the zone first).
async fn set(setup: &Setup, a: &AggregateSet) -> Result<ExitStatus, Error> {
    let properties = &resource::properties(&a.property)?;
    let names = [a.aggregate.clone()];
    let (status, _) = each(setup, &names, "change", |s, aggregate| async move {
        let mut update = Map::new();
        if let Some(name) = &a.name {
            update.insert("name".into(), json!(name));
        }
        if let Some(zone) = &a.zone {
            update.insert("availability_zone".into(), json!(zone));
        }
        if !update.is_empty() {
            let body = Body::Json(json!({ "aggregate": update }));
            s.call(&call(Method::PUT, path_of(&aggregate, ""), body))
                .await?;
        }
        let mut metadata = Map::new();
        if a.no_property {
            for key in aggregate["metadata"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, _)| k)
            {
                if key != "availability_zone" {
                    metadata.insert(key.clone(), Value::Null);
                }
            }
        }
        metadata.extend(properties.clone());
        if !metadata.is_empty() {
            set_metadata(&s, &aggregate, &metadata).await?;
        }
        Ok(())
    })
    .await?;
    Ok(status)
}

async fn unset(setup: &Setup, a: &AggregateUnset) -> Result<ExitStatus, Error> {
    let names = [a.aggregate.clone()];
    let metadata: Map<String, Value> = a
        .property
        .iter()
        .map(|k| (k.clone(), Value::Null))
        .collect();
    let metadata = &metadata;
    let (status, _) = each(setup, &names, "change", |s, aggregate| async move {
        if !metadata.is_empty() {
            set_metadata(&s, &aggregate, metadata).await?;
        }
        Ok(())
    })
    .await?;
    Ok(status)
}

async fn delete(setup: &Setup, a: &DeleteArgs) -> Result<ExitStatus, Error> {
    let (status, gone) = each(setup, &a.names, "delete", |s, aggregate| async move {
        let path = path_of(&aggregate, "");
        s.call(&call(Method::DELETE, path, Body::Empty)).await?;
        Ok(AGGREGATE.id_of(&aggregate).to_string())
    })
    .await?;
    setup.remember(gone.into_iter().map(|id| crate::route::Change::Gone { id }));
    Ok(status)
}

fn records(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    records: Vec<(String, Record)>,
    format: &crate::cli::ShowFormat,
) -> Result<(), Error> {
    let several = setup.plan(AGGREGATE.service)?.sites().len() > 1;
    super::write_records(out, records, several, &setup.show_options(format))
}
