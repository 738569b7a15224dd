//! `quota show|set|list|delete` over Nova, Cinder and Neutron, the project
//! looked up by name at each site. `quota show` builds python-
//! openstackclient's view (openstacksdk's attributes, Nova's and Cinder's
//! quotas renamed to the flags' names and moved last) and sums it over the
//! scope; `quota set --split` divides a figure across the sites.

use std::collections::HashMap;
use std::io::Write;

use futures::StreamExt;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::limits::{Entry, View, gather, project_id, write};
use super::write_list;
use crate::cli::{QuotaCommand, QuotaDelete, QuotaList, QuotaSet, QuotaShow};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::resources::{PER_VOLUME_TYPE, QUOTA_KEYS, sdk_attributes};
use crate::route::{Operation, Outcome, report};
use crate::scope::{Plan, ServiceType};
use crate::setup::Setup;
use crate::site::{Body, Call, Session, SiteError, encode};

pub async fn quota(
    setup: &Setup,
    command: &QuotaCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    match command {
        QuotaCommand::Show(a) => show(setup, a, out).await,
        QuotaCommand::Set(a) => set(setup, a).await,
        QuotaCommand::List(a) => list(setup, a, out).await,
        QuotaCommand::Delete(a) => delete(setup, a).await,
    }
}

/// What `quota show` reads.
#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Limits,
    Usage,
    Defaults,
}

/// The path of a project's quotas, as openstacksdk asks for them.
fn path(service: ServiceType, project: &str, reading: Reading) -> String {
    match (service, reading) {
        (ServiceType::Network, Reading::Limits) => format!("quotas/{project}"),
        (ServiceType::Network, Reading::Usage) => format!("quotas/{project}/details"),
        (ServiceType::Network, Reading::Defaults) => format!("quotas/{project}/default"),
        (ServiceType::BlockStorage, Reading::Limits) => {
            format!("os-quota-sets/{project}?usage=False")
        }
        (ServiceType::BlockStorage, Reading::Usage) => {
            format!("os-quota-sets/{project}?usage=True")
        }
        (_, Reading::Limits) => format!("os-quota-sets/{project}"),
        (_, Reading::Usage) => format!("os-quota-sets/{project}/detail"),
        (_, Reading::Defaults) => format!("os-quota-sets/{project}/defaults"),
    }
}

/// An answer as openstacksdk's quota object has it: (name, [limit, in
/// use, reserved]). Nova and Cinder: the answer's keys in its order, then
/// the attributes it left out; Neutron: the attributes in openstacksdk's
/// order, under `--usage` only those the answer has.
fn sdk_entries(service: ServiceType, answer: &Value, usage: bool) -> Vec<Entry> {
    let set = answer
        .get("quota_set")
        .or_else(|| answer.get("quota"))
        .and_then(Value::as_object);
    let set = set.cloned().unwrap_or_default();
    let triple = |v: &Value| match v.as_object() {
        Some(o) => vec![
            o.get("limit").cloned().unwrap_or(Value::Null),
            o.get("in_use")
                .or_else(|| o.get("used"))
                .cloned()
                .unwrap_or(Value::Null),
            o.get("reserved").cloned().unwrap_or(Value::Null),
        ],
        None => vec![v.clone(), Value::Null, Value::Null],
    };
    let attributes = sdk_attributes(service);
    if service == ServiceType::Network {
        return attributes
            .iter()
            .filter_map(|attribute| {
                let key = QUOTA_KEYS
                    .iter()
                    .find(|q| q.service == service && q.sdk == *attribute)
                    .map_or(*attribute, |q| q.key);
                match set.get(key) {
                    Some(v) => Some((attribute.to_string(), triple(v))),
                    None if usage => None,
                    None => Some((attribute.to_string(), vec![Value::Null; 3])),
                }
            })
            .collect();
    }
    let mut entries: Vec<Entry> = set
        .iter()
        .filter(|(k, _)| *k != "id")
        .map(|(k, v)| (k.clone(), triple(v)))
        .collect();
    for attribute in attributes {
        if !set.contains_key(*attribute) {
            entries.push((attribute.to_string(), vec![Value::Null; 3]));
        }
    }
    entries
}

/// One site's view as python-openstackclient builds it from the services'
/// entries: later services' values replace earlier ones in place, then
/// Nova's and Cinder's quotas named otherwise on the command line move
/// last under that name.
fn osc_view(entries: Vec<Entry>, usage: bool) -> Vec<Entry> {
    let mut view: Vec<Entry> = Vec::new();
    for (name, values) in entries {
        match view.iter_mut().find(|(n, _)| *n == name) {
            Some(existing) => existing.1 = values,
            None => view.push((name, values)),
        }
    }
    for quota in QUOTA_KEYS.iter().filter(|q| q.key != q.flag) {
        let at = view
            .iter()
            .position(|(n, v)| n == quota.key && !v[0].is_null());
        if let Some(at) = at {
            let (_, values) = view.remove(at);
            view.push((quota.flag.to_string(), values));
        }
    }
    if !usage {
        return view
            .into_iter()
            .map(|(n, v)| (n, vec![v[0].clone()]))
            .collect();
    }
    view.into_iter()
        .map(|(name, v)| {
            let or_zero = |v: &Value| match v {
                Value::Null | Value::Bool(false) => json!(0),
                other => other.clone(),
            };
            // Nova counts key pairs per user, not per project.
            let in_use = match name.as_str() {
                "key-pairs" | "key_pairs" => json!("N/A"),
                _ => or_zero(&v[1]),
            };
            (name, vec![or_zero(&v[0]), in_use, or_zero(&v[2])])
        })
        .collect()
}

async fn show(
    setup: &Setup,
    a: &QuotaShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let reading = match (a.usage, a.default) {
        (true, _) => Reading::Usage,
        (_, true) => Reading::Defaults,
        _ => Reading::Limits,
    };
    let usage = reading == Reading::Usage;
    let (services, _) = a.services.chosen();
    let (sites, status, multi) = gather(
        setup,
        &services,
        a.project.as_deref(),
        |service, project| path(service, project, reading),
        |service, answer| sdk_entries(service, answer, usage),
    )
    .await?;
    let sites: Vec<(String, Vec<Entry>)> = sites
        .into_iter()
        .map(|(site, entries)| (site, osc_view(entries, usage)))
        .collect();
    let mut names: Vec<String> = Vec::new();
    for (_, entries) in &sites {
        for (name, _) in entries {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    let headers: &[&str] = match usage {
        true => &["Resource", "Limit", "In Use", "Reserved"],
        false => &["Resource", "Limit"],
    };
    let view = View {
        headers,
        sites,
        names,
    };
    write(setup, out, view, a.per_site, multi, &a.format)?;
    Ok(status)
}

/// The figures of `quota set` for one service: (the API's name, value).
fn figures(a: &QuotaSet, service: ServiceType) -> Vec<(String, i64)> {
    a.values
        .values
        .iter()
        .filter(|(q, _)| q.service == service)
        .map(|(q, value)| {
            let key = match &a.volume_type {
                Some(t)
                    if service == ServiceType::BlockStorage && PER_VOLUME_TYPE.contains(&q.key) =>
                {
                    format!("{}_{t}", q.key)
                }
                _ => q.key.to_string(),
            };
            (key, *value)
        })
        .collect()
}

/// `--split`: each figure divided across the sites, the first sites taking
/// one more while the remainder lasts; -1 (unlimited) stays -1.
fn split(figures: &[(String, i64)], sites: usize) -> Vec<Vec<(String, i64)>> {
    let n = sites.max(1) as i64;
    (0..n)
        .map(|i| {
            figures
                .iter()
                .map(|(k, v)| match *v {
                    -1 => (k.clone(), -1),
                    v => (k.clone(), v / n + i64::from(i < v % n)),
                })
                .collect()
        })
        .collect()
}

/// A service's figures (the API's names) and where they go.
type Work<'a> = (ServiceType, &'a Plan, Vec<(String, i64)>);

/// Whether a plan reaches every one of its sites (no `|` in it).
fn reaches_all(plan: &Plan) -> bool {
    match plan {
        Plan::Site(_) => true,
        Plan::All(parts) => parts.iter().all(reaches_all),
        Plan::Any(parts) => parts.len() < 2 && parts.iter().all(reaches_all),
    }
}

async fn set(setup: &Setup, a: &QuotaSet) -> Result<ExitStatus, Error> {
    if a.class {
        eprintln!(
            "The '--class' option has been deprecated. Quota classes were never fully \
             implemented and the compute and volume services only support a single 'default' \
             quota class while the network service does not support quota classes at all. \
             Please use 'openstack quota set --default' instead."
        );
    }
    let classes = a.class || a.default;
    let mut work: Vec<Work> = Vec::new();
    for service in [
        ServiceType::Compute,
        ServiceType::BlockStorage,
        ServiceType::Network,
    ] {
        let figures = figures(a, service);
        if figures.is_empty() {
            continue;
        }
        if classes && service == ServiceType::Network {
            eprintln!("Network quotas are ignored since quota classes are not supported.");
            continue;
        }
        let Ok(plan) = setup.plan(service) else {
            continue;
        };
        if a.split && !reaches_all(plan) {
            return Err(Error::Usage(
                "--split divides a figure across sites joined by `&`; this scope picks one site \
                 with `|`"
                    .into(),
            ));
        }
        work.push((service, plan, figures));
    }
    if work.is_empty() {
        return Ok(ExitStatus::Success);
    }
    // Each site's figures per service.
    let mut shares: HashMap<(ServiceType, String), Vec<(String, i64)>> = HashMap::new();
    for (service, plan, figures) in &work {
        let sites = plan.sites();
        let parts = match a.split {
            true => split(figures, sites.len()),
            false => vec![figures.clone(); sites.len()],
        };
        for (site, part) in sites.iter().zip(parts) {
            shares.insert((*service, site.to_string()), part);
        }
    }
    if a.split && !setup.explain {
        crate::sys::tell!("{}", split_line(&work, &shares));
    }
    let router = setup.router(work.iter().map(|(_, p, _)| *p));
    let shares = &shares;
    let runs = work.iter().map(|(service, plan, _)| {
        let service = *service;
        router.run(plan, Operation::Mutate, move |session| async move {
            let figures = &shares[&(service, session.name().to_string())];
            let mut values: Map<String, Value> =
                figures.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
            let (path, body) = match (service, classes) {
                (ServiceType::Network, _) => {
                    match a.force {
                        true => values.insert("force".into(), json!(true)),
                        false => values.insert("check_limit".into(), json!(true)),
                    };
                    let id = project_id(&session, a.project.as_deref()).await?;
                    (
                        format!("quotas/{}", encode(&id)),
                        json!({ "quota": values }),
                    )
                }
                (_, true) => {
                    let class = a.project.as_deref().unwrap_or("default");
                    let path = format!("os-quota-class-sets/{}", encode(class));
                    (path, json!({ "quota_class_set": values }))
                }
                (_, false) => {
                    if a.force && service == ServiceType::Compute {
                        values.insert("force".into(), json!(true));
                    }
                    let id = project_id(&session, a.project.as_deref()).await?;
                    let path = format!("os-quota-sets/{}", encode(&id));
                    (path, json!({ "quota_set": values }))
                }
            };
            let call = Call::new(service, Method::PUT, path, Body::Json(body));
            session.call(&call).await?;
            Ok(())
        })
    });
    let outcomes: Vec<Outcome<()>> = futures::future::join_all(runs)
        .await
        .into_iter()
        .flatten()
        .filter(|o| !o.failure().is_some_and(SiteError::is_no_endpoint))
        .collect();
    Ok(report(&outcomes))
}

/// `quota split across 3 sites: berlin instances=10; denver …`
fn split_line(
    work: &[Work],
    shares: &HashMap<(ServiceType, String), Vec<(String, i64)>>,
) -> String {
    let mut sites: Vec<&str> = Vec::new();
    for (_, plan, _) in work {
        for site in plan.sites() {
            if !sites.contains(&site) {
                sites.push(site);
            }
        }
    }
    let parts: Vec<String> = sites
        .iter()
        .map(|site| {
            let figures: Vec<String> = work
                .iter()
                .filter_map(|(service, _, _)| shares.get(&(*service, site.to_string())))
                .flatten()
                .map(|(key, value)| {
                    let flag = QUOTA_KEYS
                        .iter()
                        .find(|q| q.key == key)
                        .map_or(key.as_str(), |q| q.flag);
                    format!("{flag}={value}")
                })
                .collect();
            format!("{site} {}", figures.join(" "))
        })
        .collect();
    format!(
        "quota split across {} sites: {}",
        sites.len(),
        parts.join("; ")
    )
}

async fn delete(setup: &Setup, a: &QuotaDelete) -> Result<ExitStatus, Error> {
    let (services, named) = a.services.chosen();
    let plans: Vec<(ServiceType, &Plan)> = services
        .iter()
        .filter_map(|s| setup.plan(*s).ok().map(|p| (*s, p)))
        .collect();
    if plans.is_empty() {
        setup.plan(services[0])?;
    }
    let router = setup.router(plans.iter().map(|(_, p)| *p));
    let project = a.project.as_str();
    let runs = plans.iter().map(|(service, plan)| {
        let service = *service;
        router.run(plan, Operation::Mutate, move |session| async move {
            let id = project_id(&session, Some(project)).await?;
            let path = match service {
                ServiceType::Network => format!("quotas/{}", encode(&id)),
                _ => format!("os-quota-sets/{}", encode(&id)),
            };
            session
                .call(&Call::new(service, Method::DELETE, path, Body::Empty))
                .await?;
            Ok(())
        })
    });
    let outcomes: Vec<Outcome<()>> = futures::future::join_all(runs)
        .await
        .into_iter()
        .flatten()
        .filter(|o| named || !o.failure().is_some_and(SiteError::is_no_endpoint))
        .collect();
    Ok(report(&outcomes))
}

/// `quota list`'s columns: (header, the quota's name in the answer).
fn list_columns(service: ServiceType) -> Vec<(&'static str, &'static str)> {
    match service {
        ServiceType::Compute => vec![
            ("Cores", "cores"),
            ("Injected Files", "injected_files"),
            ("Injected File Content Bytes", "injected_file_content_bytes"),
            ("Injected File Path Bytes", "injected_file_path_bytes"),
            ("Instances", "instances"),
            ("Key Pairs", "key_pairs"),
            ("Metadata Items", "metadata_items"),
            ("Ram", "ram"),
            ("Server Groups", "server_groups"),
            ("Server Group Members", "server_group_members"),
        ],
        ServiceType::BlockStorage => vec![
            ("Backups", "backups"),
            ("Backup Gigabytes", "backup_gigabytes"),
            ("Gigabytes", "gigabytes"),
            ("Groups", "groups"),
            ("Per Volume Gigabytes", "per_volume_gigabytes"),
            ("Snapshots", "snapshots"),
            ("Volumes", "volumes"),
        ],
        _ => vec![
            ("Floating IPs", "floatingip"),
            ("Networks", "network"),
            ("Ports", "port"),
            ("RBAC Policies", "rbac_policy"),
            ("Router Routes", "router_route"),
            ("Routers", "router"),
            ("Security Groups", "security_group"),
            ("Security Group Rules", "security_group_rule"),
            ("Subnets", "subnet"),
            ("Subnet Pools", "subnetpool"),
        ],
    }
}

/// Projects read at once at one site while listing quotas.
const AT_ONCE: usize = 8;

/// `quota list`: at each site, the projects whose quotas differ from the
/// defaults. Nova and Cinder are asked project by project (the defaults
/// once per site, where python-openstackclient asks per project); Neutron
/// lists the projects with quotas of their own in one answer.
async fn list(
    setup: &Setup,
    a: &QuotaList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let service = match (a.service.compute, a.service.volume) {
        (true, _) => ServiceType::Compute,
        (_, true) => ServiceType::BlockStorage,
        _ => ServiceType::Network,
    };
    let plan = setup.plan(service)?;
    let router = setup.router([plan]);
    let columns = list_columns(service);
    let keys: Vec<&str> = columns.iter().map(|(_, k)| *k).collect();
    let keys = &keys;
    let outcomes = router
        .run(plan, Operation::Read, |session| async move {
            let projects = session.get_json(ServiceType::Identity, "projects").await?;
            let ids: Vec<String> = projects["projects"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["id"].as_str().map(str::to_string))
                .collect();
            let Some(first) = ids.first() else {
                return Ok(Vec::new());
            };
            let defaults = session
                .get_json(service, &path(service, &encode(first), Reading::Defaults))
                .await?;
            let defaults = values_of(&defaults, keys);
            let own = match service {
                ServiceType::Network => network_quotas(&session, &ids).await?,
                _ => each_project(&session, service, &ids).await?,
            };
            Ok(own
                .into_iter()
                .filter_map(|(id, answer)| {
                    let values = values_of(&answer, keys);
                    (values != defaults).then(|| {
                        std::iter::once(Cell::new(id))
                            .chain(values.into_iter().map(Cell::new))
                            .collect::<Vec<Cell>>()
                    })
                })
                .collect())
        })
        .await;
    let status = report(&outcomes);
    let multi = plan.sites().len() > 1;
    let rows: Vec<(String, Vec<Cell>)> = outcomes
        .into_iter()
        .filter_map(|o| Some((o.site, o.result.ok()?)))
        .flat_map(|(site, rows)| rows.into_iter().map(move |row| (site.clone(), row)))
        .collect();
    let listing = Listing {
        columns: std::iter::once("Project ID")
            .chain(columns.iter().map(|(h, _)| *h))
            .map(str::to_string)
            .collect(),
        rows: Vec::new(),
    };
    write_list(out, listing, rows, multi, &setup.list_options(&a.format))?;
    Ok(status)
}

/// The values of `keys` in a quota answer, `null` for those it lacks.
fn values_of(answer: &Value, keys: &[&str]) -> Vec<Value> {
    let set = answer.get("quota_set").or_else(|| answer.get("quota"));
    keys.iter()
        .map(|k| set.and_then(|s| s.get(*k)).cloned().unwrap_or(Value::Null))
        .collect()
}

/// Each project's quotas, a few at a time, in the order of `ids`; a
/// project the service refuses (gone since the list) is left out, as
/// python-openstackclient does.
async fn each_project(
    session: &Session,
    service: ServiceType,
    ids: &[String],
) -> Result<Vec<(String, Value)>, SiteError> {
    let answers: Vec<Result<Option<(String, Value)>, SiteError>> =
        futures::stream::iter(ids.to_vec())
            .map(|id| async move {
                match session
                    .get_json(service, &path(service, &encode(&id), Reading::Limits))
                    .await
                {
                    Ok(answer) => Ok(Some((id, answer))),
                    Err(e) if matches!(e.status, Some(400 | 403 | 404)) => Ok(None),
                    Err(e) => Err(e),
                }
            })
            .buffered(AT_ONCE)
            .collect()
            .await;
    answers.into_iter().filter_map(Result::transpose).collect()
}

/// Neutron's projects with quotas of their own, in the order of `ids`.
async fn network_quotas(
    session: &Session,
    ids: &[String],
) -> Result<Vec<(String, Value)>, SiteError> {
    let answer = session.get_json(ServiceType::Network, "quotas").await?;
    let quotas = answer["quotas"].as_array().cloned().unwrap_or_default();
    Ok(ids
        .iter()
        .filter_map(|id| {
            let quota = quotas.iter().find(|q| q["project_id"] == id.as_str())?;
            Some((id.clone(), json!({ "quota": quota })))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_with_the_remainder_first_and_unlimited_whole() {
        let figures = vec![("instances".to_string(), 31), ("cores".to_string(), -1)];
        let parts = split(&figures, 3);
        let instances: Vec<i64> = parts.iter().map(|p| p[0].1).collect();
        assert_eq!(instances, [11, 10, 10]);
        assert!(parts.iter().all(|p| p[1].1 == -1));
        assert_eq!(split(&[("ram".into(), 2)], 3)[2][0].1, 0);
    }

    #[test]
    fn nova_names_move_last_and_neutron_replaces_in_place() {
        let compute = sdk_entries(
            ServiceType::Compute,
            &json!({"quota_set": {"id": "p", "cores": 20, "key_pairs": 100}}),
            false,
        );
        let network = sdk_entries(
            ServiceType::Network,
            &json!({"quota": {"floatingip": 50}}),
            false,
        );
        let view = osc_view([compute, network].concat(), false);
        let names: Vec<&str> = view.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "cores");
        assert_eq!(names[1], "fixed_ips");
        assert_eq!(names[2], "floating_ips");
        assert_eq!(view[2].1, vec![json!(50)]);
        assert_eq!(names.last(), Some(&"key-pairs"));
    }
}
