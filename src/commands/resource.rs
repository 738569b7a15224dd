//! list, show, delete and set of every resource in `resources::RESOURCES`,
//! and the create of each.
//!
//! One code path serves every resource: what differs (paths, keys,
//! columns) is data in the resource table, and only the request bodies of
//! create and set are written per resource.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{Context, write_list, write_records};
use crate::cli::{DeleteArgs, ListArgs, ShowArgs, ShowFormat};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::Listing;
use crate::resources::{self, Lookup, Resource};
use crate::route::{Operation, Outcome, merge, report};
use crate::scope::ServiceType;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};

/// `<noun> list`: every page of every site, merged. Each site turns its
/// items into rows as they arrive, so only the shown columns are kept.
pub async fn list(
    ctx: &Context<'_>,
    resource: &'static Resource,
    args: &ListArgs,
    out: &mut dyn Write,
) -> Result<ExitStatus, Error> {
    let plan = ctx.plan(resource.service)?;
    let router = ctx.router([plan]);
    let long = args.long;
    let outcomes = router
        .run(plan, Operation::Read, |session| async move {
            let none = Lookup::default();
            let rows = session.list_map(
                resource.service,
                resource.list_path,
                resource.plural,
                |item| {
                    let item = resource.unwrap_item(item);
                    let image = resources::image_id(&item).map(str::to_string);
                    (
                        resource.id_of(&item).to_string(),
                        resource.row(&item, long, &none),
                        image,
                    )
                },
            );
            if !resource.needs_images {
                return Ok(rows
                    .await?
                    .into_iter()
                    .map(|(id, row, _)| (id, row))
                    .collect());
            }
            // Image names and rows at once: one round trip, not two.
            let (lookup, rows) = tokio::join!(image_names(&session), rows);
            Ok(rows?
                .into_iter()
                .map(|(id, mut row, image)| {
                    resource.fill_image_names(&mut row, long, image.as_deref(), &lookup);
                    (id, row)
                })
                .collect::<Vec<_>>())
        })
        .await;
    ctx.timing(&router, &outcomes);
    let status = report(&outcomes);
    let rows = merge(outcomes, |(id, _)| Some(id.clone()))
        .into_iter()
        .map(|(site, (_, row))| (site, row))
        .collect();
    let listing = Listing {
        columns: resource.headers(args.long),
        rows: Vec::new(),
    };
    write_list(
        out,
        listing,
        rows,
        plan.sites().len() > 1,
        &ctx.list_options(&args.format),
    )?;
    Ok(status)
}

/// Image names of a site, for `server list`: one request, not one per row.
/// A site without Glance just shows no names.
async fn image_names(session: &Session) -> Lookup {
    let images = session
        .list(ServiceType::Image, "images?limit=1000", "images")
        .await
        .unwrap_or_default();
    let images = images
        .into_iter()
        .filter_map(|i| {
            Some((
                i["id"].as_str()?.to_string(),
                i["name"].as_str().unwrap_or_default().to_string(),
            ))
        })
        .collect();
    Lookup { images }
}

/// Finds one resource at a site by ID, else by exact name: as osc-lib's
/// `find_resource`, a name shared by several is an error.
pub async fn find(
    session: &Session,
    resource: &Resource,
    name_or_id: &str,
) -> Result<Value, SiteError> {
    let by_id = Call::get(
        resource.service,
        format!("{}/{}", resource.path, encode(name_or_id)),
    );
    match session.call(&by_id).await {
        Ok(reply) => return Ok(resource.item(reply.json()?)),
        Err(e) if e.class == FailureClass::NotFound => {}
        Err(e) => return Err(e),
    }
    let path = match resource.name_filter {
        Some(filter) => {
            let separator = if resource.list_path.contains('?') {
                '&'
            } else {
                '?'
            };
            format!(
                "{}{separator}{filter}={}",
                resource.list_path,
                encode(name_or_id)
            )
        }
        None => resource.list_path.to_string(),
    };
    let items = resource.unwrap_items(
        session
            .list(resource.service, &path, resource.plural)
            .await?,
    );
    let mut matches = items.into_iter().filter(|i| i["name"] == name_or_id);
    match (matches.next(), matches.next()) {
        (Some(item), None) => Ok(item),
        (None, _) => Err(not_found(resource, name_or_id)),
        (Some(_), Some(_)) => Err(SiteError::new(
            FailureClass::Request,
            format!(
                "More than one {} exists with the name '{name_or_id}'.",
                resource.noun
            ),
        )),
    }
}

fn not_found(resource: &Resource, name_or_id: &str) -> SiteError {
    SiteError::new(
        FailureClass::NotFound,
        format!(
            "No {} with a name or ID of '{name_or_id}' exists.",
            resource.noun
        ),
    )
}

/// Reports the outcomes of a look-up: a site where the resource does not
/// exist is no failure when another site has it; when none has it, one
/// line says so, as python-openstackclient does.
fn report_lookup<T>(outcomes: &[Outcome<T>], resource: &Resource, name: &str) -> ExitStatus {
    let found = outcomes.iter().any(|o| o.result.is_ok());
    let missing = |o: &Outcome<T>| {
        o.result
            .as_ref()
            .err()
            .is_some_and(|e| e.class == FailureClass::NotFound)
    };
    if !found && outcomes.iter().all(missing) {
        eprintln!(
            "oscope: No {} with a name or ID of '{name}' exists.",
            resource.noun
        );
        return ExitStatus::Failure;
    }
    let kept: Vec<&Outcome<T>> = outcomes.iter().filter(|o| !(found && missing(o))).collect();
    for outcome in &kept {
        if let Err(e) = &outcome.result {
            let note = if outcome.failed_over {
                " (failed over)"
            } else {
                ""
            };
            eprintln!("oscope: {}: {e}{note}", outcome.site);
        }
    }
    let served = kept.iter().filter(|o| o.result.is_ok()).count();
    let failed = kept
        .iter()
        .filter(|o| o.result.is_err() && !o.failed_over)
        .count();
    match (served, failed) {
        (s, 0) if s > 0 => ExitStatus::Success,
        (0, _) => ExitStatus::Failure,
        _ => ExitStatus::Partial,
    }
}

/// `<noun> show`: at every site of a `&` that has it, at the first of a `|`.
pub async fn show(
    ctx: &Context<'_>,
    resource: &'static Resource,
    args: &ShowArgs,
    out: &mut dyn Write,
) -> Result<ExitStatus, Error> {
    let plan = ctx.plan(resource.service)?;
    let router = ctx.router([plan]);
    let name = args.name.as_str();
    let outcomes = router
        .run(plan, Operation::Lookup, |session| async move {
            find(&session, resource, name).await
        })
        .await;
    ctx.timing(&router, &outcomes);
    let status = report_lookup(&outcomes, resource, name);
    write_shown(ctx, out, resource, plan, &outcomes, &args.format)?;
    Ok(status)
}

/// `<noun> delete`: each name, wherever the scope finds it. Prints nothing
/// on success, as python-openstackclient.
pub async fn delete(
    ctx: &Context<'_>,
    resource: &'static Resource,
    args: &DeleteArgs,
) -> Result<ExitStatus, Error> {
    let plan = ctx.plan(resource.service)?;
    let router = ctx.router([plan]);
    let mut failures = 0;
    let mut partial = false;
    for name in &args.names {
        let outcomes = router
            .run(plan, Operation::Lookup, |session| async move {
                let item = find(&session, resource, name).await?;
                let path = format!("{}/{}", resource.path, encode(resource.id_of(&item)));
                session
                    .call(&Call::new(
                        resource.service,
                        Method::DELETE,
                        path,
                        Body::Empty,
                    ))
                    .await
                    .map(|_| ())
            })
            .await;
        ctx.timing(&router, &outcomes);
        match report_lookup(&outcomes, resource, name) {
            ExitStatus::Success => {}
            ExitStatus::Partial => partial = true,
            _ => failures += 1,
        }
    }
    if failures > 0 {
        if args.names.len() > 1 {
            eprintln!(
                "oscope: {failures} of {} {}s failed to delete.",
                args.names.len(),
                resource.noun
            );
        }
        return Ok(ExitStatus::Failure);
    }
    Ok(if partial {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    })
}

/// A change at every site that has the resource: `body` makes the request
/// from the item found there.
pub async fn set<F>(
    ctx: &Context<'_>,
    resource: &'static Resource,
    target: &str,
    change: F,
) -> Result<ExitStatus, Error>
where
    F: Fn(&Value) -> Call + Send + Sync,
{
    let plan = ctx.plan(resource.service)?;
    let router = ctx.router([plan]);
    let change = &change;
    let outcomes = router
        .run(plan, Operation::Lookup, |session| async move {
            let item = find(&session, resource, target).await?;
            session.call(&change(&item)).await.map(|_| ())
        })
        .await;
    ctx.timing(&router, &outcomes);
    Ok(report_lookup(&outcomes, resource, target))
}

/// Creates at every site of the plan and shows what each created. `make`
/// builds the request at a site (looking up names there first), `then`
/// follows up on the created item (uploads, waits) and returns it as shown.
pub async fn create<M, MF, T, TF>(
    ctx: &Context<'_>,
    resource: &'static Resource,
    format: &ShowFormat,
    out: &mut dyn Write,
    make: M,
    then: T,
) -> Result<ExitStatus, Error>
where
    M: Fn(Arc<Session>) -> MF + Send + Sync,
    MF: std::future::Future<Output = Result<Value, SiteError>> + Send,
    T: Fn(Arc<Session>, Value) -> TF + Send + Sync,
    TF: std::future::Future<Output = Result<Value, SiteError>> + Send,
{
    create_with(ctx, resource, format, out, None, make, then).await
}

/// [`create`], and where `existing` names the resource, a site that
/// answers 409 (it exists) shows that one instead (`--or-show`).
pub async fn create_with<M, MF, T, TF>(
    ctx: &Context<'_>,
    resource: &'static Resource,
    format: &ShowFormat,
    out: &mut dyn Write,
    existing: Option<&str>,
    make: M,
    then: T,
) -> Result<ExitStatus, Error>
where
    M: Fn(Arc<Session>) -> MF + Send + Sync,
    MF: std::future::Future<Output = Result<Value, SiteError>> + Send,
    T: Fn(Arc<Session>, Value) -> TF + Send + Sync,
    TF: std::future::Future<Output = Result<Value, SiteError>> + Send,
{
    let plan = ctx.plan(resource.service)?;
    let router = ctx.router([plan]);
    let (make, then) = (&make, &then);
    let outcomes = router
        .run(plan, Operation::Mutate, |session| async move {
            let body = make(session.clone()).await?;
            let call = Call::new(
                resource.service,
                Method::POST,
                resource.path,
                Body::Json(body),
            );
            match (session.call(&call).await, existing) {
                (Ok(reply), _) => {
                    let created = resource.item(reply.json()?);
                    then(session, created).await
                }
                (Err(e), Some(name)) if e.status == Some(409) => {
                    find(&session, resource, name).await
                }
                (Err(e), _) => Err(e),
            }
        })
        .await;
    ctx.timing(&router, &outcomes);
    let status = report(&outcomes);
    write_shown(ctx, out, resource, plan, &outcomes, format)?;
    Ok(status)
}

/// Shows, one record per site, the items the sites found or made.
fn write_shown(
    ctx: &Context<'_>,
    out: &mut dyn Write,
    resource: &Resource,
    plan: &crate::scope::Plan,
    outcomes: &[Outcome<Value>],
    format: &ShowFormat,
) -> Result<(), Error> {
    let records = outcomes
        .iter()
        .filter_map(|o| {
            o.result
                .as_ref()
                .ok()
                .map(|item| (o.site.clone(), resource.record(item)))
        })
        .collect();
    write_records(
        out,
        records,
        plan.sites().len() > 1,
        &ctx.show_options(format),
    )
}

/// Creates with the same body at every site and shows what each made.
pub async fn create_plain(
    ctx: &Context<'_>,
    resource: &'static Resource,
    format: &ShowFormat,
    out: &mut dyn Write,
    body: Value,
) -> Result<ExitStatus, Error> {
    let body = &body;
    create(
        ctx,
        resource,
        format,
        out,
        |_| async move { Ok(body.clone()) },
        |_, created| async { Ok(created) },
    )
    .await
}

/// Shows the created item as the API now describes it.
pub async fn reread(
    session: Arc<Session>,
    resource: &Resource,
    created: Value,
) -> Result<Value, SiteError> {
    let id = resource.id_of(&created).to_string();
    let reply = session
        .call(&Call::get(
            resource.service,
            format!("{}/{}", resource.path, encode(&id)),
        ))
        .await?;
    Ok(resource.item(reply.json()?))
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

/// `KEY=VALUE` pairs as a JSON mapping.
pub fn properties(pairs: &[String]) -> Result<Map<String, Value>, Error> {
    pairs
        .iter()
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.to_string(), json!(v)))
                .ok_or_else(|| Error::Usage(format!("`{p}`: a property is KEY=VALUE")))
        })
        .collect()
}
