//! Creating at the sites of a plan: `make` builds the request at each
//! site, `then` follows up on what was made; under `&` a site that fails
//! costs the others nothing, and `--atomic` deletes what the others made.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use reqwest::Method;
use serde_json::Value;

use super::resource::{delete_at, find, write_shown};
use crate::cli::CreateOptions;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, ListOptions, Listing};
use crate::resources::Resource;
use crate::route::{Change, Operation, Outcome, report};
use crate::scope::Plan;
use crate::setup::Setup;
use crate::site::{Body, Call, Session, SiteError, Stopped, encode};

/// Where and how a create runs.
pub struct Creation<'a> {
    pub resource: &'static Resource,
    /// The sites that create: the resource's service's plan, unless the
    /// command places it (`volume create --server`).
    pub plan: &'a Plan,
    pub options: &'a CreateOptions,
    /// With `--or-show`: the name to show where a site says it exists (409).
    pub existing: Option<&'a str>,
}

impl<'a> Creation<'a> {
    /// A create at every site of the resource's service's plan.
    pub fn new(
        setup: &'a Setup,
        resource: &'static Resource,
        options: &'a CreateOptions,
    ) -> Result<Creation<'a>, Error> {
        Ok(Creation {
            resource,
            plan: setup.plan(resource.service)?,
            options,
            existing: None,
        })
    }
}

/// Creates at every site of the plan and shows what each created. `make`
/// builds the request at a site (looking up names there first), `then`
/// follows up on the created item (uploads, waits) and returns it as shown.
pub async fn create<M, MF, T, TF>(
    setup: &Setup,
    resource: &'static Resource,
    options: &CreateOptions,
    out: &mut (dyn Write + Send),
    make: M,
    then: T,
) -> Result<ExitStatus, Error>
where
    M: Fn(Arc<Session>) -> MF + Send + Sync,
    MF: std::future::Future<Output = Result<Value, Stopped>> + Send,
    T: Fn(Arc<Session>, Value) -> TF + Send + Sync,
    TF: std::future::Future<Output = Result<Value, Stopped>> + Send,
{
    let creation = Creation::new(setup, resource, options)?;
    create_with(setup, &creation, out, make, then).await
}

/// [`create`] as `creation` says. Under `&`, a site that fails costs the
/// others nothing, and a table on stderr says what each site did; with
/// `--atomic`, what the others created is deleted again.
pub async fn create_with<M, MF, T, TF>(
    setup: &Setup,
    creation: &Creation<'_>,
    out: &mut (dyn Write + Send),
    make: M,
    then: T,
) -> Result<ExitStatus, Error>
where
    M: Fn(Arc<Session>) -> MF + Send + Sync,
    MF: std::future::Future<Output = Result<Value, Stopped>> + Send,
    T: Fn(Arc<Session>, Value) -> TF + Send + Sync,
    TF: std::future::Future<Output = Result<Value, Stopped>> + Send,
{
    let Creation {
        resource,
        plan,
        options,
        existing,
    } = *creation;
    let router = setup.router([plan]);
    let (make, then) = (&make, &then);
    let mut outcomes = router
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
                (Err(Stopped::Failed(e)), Some(name)) if e.status == Some(409) => {
                    Ok(find(&session, resource, name).await?)
                }
                (Err(e), _) => Err(e),
            }
        })
        .await;
    let failed = outcomes
        .iter()
        .any(|o| !o.failed_over && o.failure().is_some());
    let rolled_back = if options.atomic && failed {
        rollback(&router, resource, &outcomes).await
    } else {
        HashMap::new()
    };
    let mut status = report(&outcomes);
    if plan.sites().len() > 1 && failed {
        write_outcome_table(resource, &outcomes, &rolled_back, options.atomic);
    }
    if options.atomic && failed {
        // Nothing is shown as made: what was made is gone, or the table
        // says where it is left.
        outcomes.retain(|o| o.result.is_err());
        status = ExitStatus::Failure;
    }
    setup.remember(outcomes.iter().filter_map(|o| {
        let item = o.result.as_ref().ok()?;
        Some(Change::Seen {
            id: resource.id_of(item).into(),
            site: o.site.as_str().into(),
        })
    }));
    write_shown(setup, out, resource, plan, &outcomes, &options.format)?;
    Ok(status)
}

/// `--atomic`: deletes what the sites that served created. Returns each
/// such site's result.
async fn rollback(
    router: &crate::route::Router,
    resource: &'static Resource,
    outcomes: &[Outcome<Value>],
) -> HashMap<String, Result<(), Stopped>> {
    let created: HashMap<String, String> = outcomes
        .iter()
        .filter_map(|o| {
            let item = o.result.as_ref().ok()?;
            Some((o.site.clone(), resource.id_of(item).to_string()))
        })
        .collect();
    if created.is_empty() {
        return HashMap::new();
    }
    let sites = Plan::All(
        outcomes
            .iter()
            .filter(|o| created.contains_key(&o.site))
            .map(|o| Plan::Site(o.site.clone()))
            .collect(),
    );
    let created = &created;
    let results = router
        .run(&sites, Operation::Mutate, |session| async move {
            delete_at(&session, resource, &created[session.name()]).await
        })
        .await;
    results.into_iter().map(|o| (o.site, o.result)).collect()
}

/// A failure's class and status: its message is on the line above the table.
fn brief(e: &SiteError) -> String {
    match e.status {
        Some(status) => format!("{}: HTTP {status}", e.class),
        None => e.class.to_string(),
    }
}

/// What each site of a create did, on stderr, when some failed.
fn write_outcome_table(
    resource: &Resource,
    outcomes: &[Outcome<Value>],
    rolled_back: &HashMap<String, Result<(), Stopped>>,
    atomic: bool,
) {
    let rows = outcomes
        .iter()
        .map(|o| {
            let (result, id, detail) = match (&o.result, rolled_back.get(&o.site)) {
                (Ok(item), None) => ("created", resource.id_of(item).to_string(), String::new()),
                (Ok(item), Some(Ok(()))) => (
                    "rolled back",
                    resource.id_of(item).to_string(),
                    "deleted again".to_string(),
                ),
                (Ok(item), Some(Err(e))) => (
                    "left behind",
                    resource.id_of(item).to_string(),
                    format!("the rollback failed: {e}"),
                ),
                (Err(Stopped::HeldBack), _) => ("held back", String::new(), String::new()),
                (Err(Stopped::Failed(e)), _) if o.failed_over => {
                    ("failed over", String::new(), brief(e))
                }
                (Err(Stopped::Failed(e)), _) => ("failed", String::new(), brief(e)),
            };
            vec![
                Cell::new(o.site.as_str()),
                Cell::new(result),
                Cell::new(id),
                Cell::new(detail),
            ]
        })
        .collect();
    let listing = Listing {
        columns: vec!["Site".into(), "Result".into(), "ID".into(), "Detail".into()],
        rows,
    };
    let mut err = std::io::stderr().lock();
    let what = if atomic {
        format!(
            "{} create failed at some sites; --atomic rolled back the others",
            resource.noun
        )
    } else {
        format!(
            "{} create failed at some sites (--atomic would roll back the others)",
            resource.noun
        )
    };
    let _ = writeln!(err, "{}: {what}:", crate::sys::name());
    let _ = listing.write(&mut err, &ListOptions::default());
}

/// Creates with the same body at every site and shows what each made.
pub async fn create_plain(
    setup: &Setup,
    resource: &'static Resource,
    options: &CreateOptions,
    out: &mut (dyn Write + Send),
    body: Value,
) -> Result<ExitStatus, Error> {
    let body = &body;
    create(
        setup,
        resource,
        options,
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
        .read(&Call::get(
            resource.service,
            format!("{}/{}", resource.path, encode(&id)),
        ))
        .await?;
    Ok(resource.item(reply.json()?))
}
