//! `volume type …`: Cinder's volume types, their extra specs and the
//! projects that may use a private one, at every site of the
//! block-storage scope.

use std::io::Write;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::resource::{self, find_id, properties};
use super::write_list;
use crate::cli::{TypeSpecs, VolumeTypeCommand, VolumeTypeCreate, VolumeTypeList, VolumeTypeSet};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::Listing;
use crate::resources::{Lookup, PROJECT, Resource, VOLUME_TYPE};
use crate::route::{Operation, report};
use crate::setup::Setup;
use crate::site::{Body, Call, Session, Stopped, encode};

/// `volume type …`
pub async fn volume_type(
    setup: &Setup,
    command: &VolumeTypeCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_TYPE;
    match command {
        VolumeTypeCommand::List(a) if a.default => default_type(setup, a, out).await,
        VolumeTypeCommand::List(a) => {
            // Every type, as python-openstackclient asks: those the
            // project may use are all Cinder lists by default.
            let visibility = match (a.public, a.private) {
                (true, _) => "True",
                (_, true) => "False",
                _ => "None",
            };
            let mut filters = resource::Filters::default();
            filters.query.push(("is_public", visibility.into()));
            // Cinder reads the specs as a Python literal, which JSON's
            // objects of strings are.
            let wanted = specs(&a.specs)?;
            if !wanted.is_empty() {
                filters
                    .query
                    .push(("extra_specs", Value::Object(wanted).to_string()));
            }
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        VolumeTypeCommand::Show(a) => {
            resource::show_with(setup, r, a, out, |session, item| async move {
                with_access(&session, item).await
            })
            .await
        }
        VolumeTypeCommand::Create(a) => create(setup, a, out).await,
        VolumeTypeCommand::Set(a) => set(setup, a).await,
        VolumeTypeCommand::Unset(a) => {
            let domain = a.project_domain.as_deref();
            resource::change(setup, r, &a.volume_type, |session, kind| async move {
                for key in &a.property {
                    let path = format!("extra_specs/{}", encode(key));
                    session
                        .call(&below(&kind, Method::DELETE, &path, Body::Empty))
                        .await?;
                }
                if let Some(project) = &a.project {
                    let id = find_id(&session, &PROJECT, project, domain).await?;
                    access(&session, &kind, "removeProjectAccess", &id).await?;
                }
                Ok(())
            })
            .await
        }
        VolumeTypeCommand::Delete(a) => resource::delete(setup, r, a).await,
    }
}

/// A request below one type (`extra_specs`, `action`).
fn below(kind: &Value, method: Method, path: &str, body: Body) -> Call {
    let id = encode(VOLUME_TYPE.id_of(kind));
    Call::new(
        VOLUME_TYPE.service,
        method,
        format!("types/{id}/{path}"),
        body,
    )
}

/// Gives a project access to a private type, or takes it away.
async fn access(
    session: &Session,
    kind: &Value,
    action: &str,
    project: &str,
) -> Result<(), Stopped> {
    let body = Body::Json(json!({ action: {"project": project} }));
    session
        .call(&below(kind, Method::POST, "action", body))
        .await
        .map(drop)
}

/// The extra specs the flags ask for, as python-openstackclient names the
/// aliases.
fn specs(a: &TypeSpecs) -> Result<Map<String, Value>, Error> {
    let mut specs = properties(&a.property)?;
    for (on, key) in [
        (a.multiattach, "multiattach"),
        (a.cacheable, "cacheable"),
        (a.replicated, "replication_enabled"),
    ] {
        if on {
            specs.insert(key.into(), json!("<is> True"));
        }
    }
    if !a.availability_zones.is_empty() {
        specs.insert(
            "RESKEY:availability_zones".into(),
            json!(a.availability_zones.join(",")),
        );
    }
    Ok(specs)
}

/// Sets extra specs; Cinder answers with those set.
async fn set_specs(
    session: &Session,
    kind: &Value,
    specs: &Map<String, Value>,
) -> Result<Value, Stopped> {
    let body = Body::Json(json!({ "extra_specs": specs }));
    let answer = session
        .call(&below(kind, Method::POST, "extra_specs", body))
        .await?;
    Ok(answer.json()?["extra_specs"].clone())
}

/// `show`'s `access_project_ids`: a private type's projects, else None;
/// None too when Cinder does not say, as python-openstackclient shows it.
async fn with_access(session: &Session, mut kind: Value) -> Value {
    let mut projects = Value::Null;
    if kind["is_public"] == false {
        let path = format!(
            "types/{}/os-volume-type-access",
            encode(VOLUME_TYPE.id_of(&kind))
        );
        if let Ok(answer) = session.get_json(VOLUME_TYPE.service, &path).await {
            projects = answer["volume_type_access"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| a["project_id"].clone())
                .collect();
        }
    }
    kind["access_project_ids"] = projects;
    kind
}

/// `volume type list --default`: each site's default type.
async fn default_type(
    setup: &Setup,
    a: &VolumeTypeList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME_TYPE;
    let plan = setup.plan(r.service)?;
    let router = setup.router([plan]);
    let outcomes = router
        .run(plan, Operation::Read, |session| async move {
            Ok(r.item(session.get_json(r.service, "types/default").await?))
        })
        .await;
    let status = report(&outcomes);
    let columns = r.list_columns(a.list.long, &a.list.format.columns);
    let none = Lookup::default();
    let rows = outcomes
        .iter()
        .filter_map(|o| {
            let item = o.result.as_ref().ok()?;
            Some((o.site.clone(), r.id_and_row(item, &columns, &none).1))
        })
        .collect();
    let listing = Listing {
        columns: Resource::headers(&columns),
        rows: Vec::new(),
    };
    let multi_site = plan.sites().len() > 1;
    write_list(
        out,
        listing,
        rows,
        multi_site,
        &setup.list_options(&a.list.format),
    )?;
    Ok(status)
}

/// `volume type create`: the type at every site, then the project's
/// access and the extra specs, as python-openstackclient makes them.
async fn create(
    setup: &Setup,
    a: &VolumeTypeCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let specs = &specs(&a.specs)?;
    let mut kind = json!({"name": a.name});
    if let Some(description) = &a.description {
        kind["description"] = json!(description);
    }
    if a.public || a.private {
        kind["os-volume-type-access:is_public"] = json!(a.public);
    }
    let body = json!({ "volume_type": kind });
    let domain = a.project_domain.as_deref();
    resource::create(
        setup,
        &VOLUME_TYPE,
        &a.create,
        out,
        |_| async { Ok(body.clone()) },
        |session, mut created| async move {
            if let Some(project) = &a.project {
                let id = find_id(&session, &PROJECT, project, domain).await?;
                access(&session, &created, "addProjectAccess", &id).await?;
            }
            if !specs.is_empty() {
                created["extra_specs"] = set_specs(&session, &created, specs).await?;
            }
            Ok(created)
        },
    )
    .await
}

/// `volume type set`: the name, description and visibility (as Cinder
/// takes them: python-openstackclient sends a key Cinder refuses), the
/// extra specs, then the project's access.
async fn set(setup: &Setup, a: &VolumeTypeSet) -> Result<ExitStatus, Error> {
    let specs = &specs(&a.specs)?;
    let mut changes = Map::new();
    for (key, value) in [("name", &a.name), ("description", &a.description)] {
        if let Some(value) = value {
            changes.insert(key.into(), json!(value));
        }
    }
    if a.public || a.private {
        changes.insert("is_public".into(), json!(a.public));
    }
    let changes = &changes;
    let domain = a.project_domain.as_deref();
    resource::change(
        setup,
        &VOLUME_TYPE,
        &a.volume_type,
        |session, kind| async move {
            if !changes.is_empty() {
                let id = encode(VOLUME_TYPE.id_of(&kind));
                let body = Body::Json(json!({ "volume_type": changes }));
                session
                    .call(&Call::new(
                        VOLUME_TYPE.service,
                        Method::PUT,
                        format!("types/{id}"),
                        body,
                    ))
                    .await?;
            }
            if !specs.is_empty() {
                set_specs(&session, &kind, specs).await?;
            }
            if let Some(project) = &a.project {
                let id = find_id(&session, &PROJECT, project, domain).await?;
                access(&session, &kind, "addProjectAccess", &id).await?;
            }
            Ok(())
        },
    )
    .await
}
