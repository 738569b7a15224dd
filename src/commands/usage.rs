//! `usage list|show`: Nova's simple tenant usage for a period, per site,
//! as python-openstackclient shows it (hours to two decimals, project
//! names from each site's Keystone).

use std::io::Write;
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

use crate::cli::{UsageList, UsagePeriod, UsageShow};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing, Record, ShowFormat as Format};
use crate::resources::PROJECT;
use crate::route::{Operation, report};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Session, Stopped, encode};

const HEADERS: [&str; 5] = [
    "Project",
    "Servers",
    "RAM MB-Hours",
    "CPU Hours",
    "Disk GB-Hours",
];

/// The period asked for: (start, end) as Nova takes them, and as dates.
struct Period {
    start: String,
    end: String,
}

impl Period {
    /// `--start`/`--end` as dates (midnight), else four weeks ago and
    /// tomorrow from now, as python-openstackclient defaults them.
    fn of(p: &UsagePeriod) -> Result<Period, Error> {
        let now = SystemTime::now();
        let day = Duration::from_secs(86_400);
        let at = |given: &Option<String>, default: SystemTime| -> Result<String, Error> {
            match given {
                None => Ok(python_isoformat(default)),
                Some(date) => {
                    let ok = date.len() == 10
                        && humantime::parse_rfc3339_weak(&format!("{date} 00:00:00")).is_ok();
                    if !ok {
                        return Err(Error::Usage(format!(
                            "time data '{date}' does not match format '%Y-%m-%d'"
                        )));
                    }
                    Ok(format!("{date}T00:00:00"))
                }
            }
        };
        Ok(Period {
            start: at(&p.start, now - day * 28)?,
            end: at(&p.end, now + day)?,
        })
    }

    fn query(&self) -> String {
        format!("start={}&end={}", encode(&self.start), encode(&self.end))
    }

    /// `Usage from 2026-11-09 to 2026-12-08`.
    fn said(&self) -> String {
        format!("Usage from {} to {}", &self.start[..10], &self.end[..10])
    }
}

/// Python's `datetime.isoformat()`: microseconds only when there are any.
fn python_isoformat(t: SystemTime) -> String {
    let text = humantime::format_rfc3339_micros(t).to_string();
    let text = text.trim_end_matches('Z');
    text.strip_suffix(".000000").unwrap_or(text).to_string()
}

/// The cells of one project's usage: the project as given (its name in
/// a table, its ID in machine formats), the servers counted in a table
/// and, in JSON, as openstacksdk's `ServerUsage`s.
fn cells(usage: &Value, project: Cell) -> Vec<Cell> {
    let servers = match &usage["server_usages"] {
        Value::Array(servers) => Value::Array(servers.iter().map(server_usage).collect()),
        other => other.clone(),
    };
    let count = servers
        .as_array()
        .map_or(String::new(), |s| s.len().to_string());
    let hours = |key: &str| match usage[key].as_f64() {
        Some(h) => Cell::formatted(json!(h), format!("{h:.2}")),
        None => Cell::new(Value::Null),
    };
    vec![
        project,
        Cell::formatted(servers, count),
        hours("total_memory_mb_usage"),
        hours("total_vcpus_usage"),
        hours("total_local_gb_usage"),
    ]
}

/// A server's usage as openstacksdk's `ServerUsage.to_dict()` gives it:
/// `tenant_id` as `project_id`, then its `id` and `location`, null.
fn server_usage(usage: &Value) -> Value {
    let mut shown = serde_json::Map::new();
    for (key, value) in usage.as_object().into_iter().flatten() {
        let key = if key == "tenant_id" {
            "project_id"
        } else {
            key
        };
        shown.insert(key.to_string(), value.clone());
    }
    shown.insert("id".into(), Value::Null);
    shown.insert("location".into(), Value::Null);
    Value::Object(shown)
}

/// Each site's project names; none when its Keystone will not list them.
async fn project_names(s: &Session) -> Vec<(String, String)> {
    let projects = s
        .list(PROJECT.service, PROJECT.list_path, PROJECT.plural)
        .await
        .unwrap_or_default();
    projects
        .iter()
        .filter_map(|p| {
            Some((
                p["id"].as_str()?.to_string(),
                p["name"].as_str()?.to_string(),
            ))
        })
        .collect()
}

/// `usage list`: one row per project of each site, pages merged by
/// project as python-openstackclient merges them.
pub async fn list(
    setup: &Setup,
    a: &UsageList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let period = &Period::of(&a.period)?;
    let plan = setup.plan(ServiceType::Compute)?;
    let router = setup.router([plan]);
    let outcomes = router
        .run(plan, Operation::Read, |s| async move {
            let path = format!("os-simple-tenant-usage?detailed=True&{}", period.query());
            let (usages, names) = tokio::join!(
                s.list(ServiceType::Compute, &path, "tenant_usages"),
                project_names(&s)
            );
            let mut merged: Vec<Value> = Vec::new();
            for usage in usages? {
                match merged
                    .iter_mut()
                    .find(|m| m["tenant_id"] == usage["tenant_id"])
                {
                    Some(m) => merge(m, &usage),
                    None => merged.push(usage),
                }
            }
            let rows: Vec<(String, Vec<Cell>)> = merged
                .iter()
                .map(|u| {
                    let id = u["tenant_id"].as_str().unwrap_or_default();
                    let name = names.iter().find(|(i, _)| i == id).map_or(id, |(_, n)| n);
                    let project = Cell::formatted(json!(id), name.to_string());
                    (s.name().to_string(), cells(u, project))
                })
                .collect();
            Ok::<_, Stopped>(rows)
        })
        .await;
    let status = report(&outcomes);
    let rows: Vec<(String, Vec<Cell>)> = outcomes
        .into_iter()
        .filter_map(|o| o.result.ok())
        .flatten()
        .collect();
    let options = setup.list_options(&a.list.format);
    if options.format == crate::output::ListFormat::Table && !rows.is_empty() {
        writeln!(out, "{}: ", period.said())?;
    }
    let listing = Listing {
        columns: HEADERS.iter().map(|h| h.to_string()).collect(),
        rows: vec![],
    };
    super::write_list(out, listing, rows, plan.sites().len() > 1, &options)?;
    Ok(status)
}

/// Adds a page's usage of a project to what the earlier pages gave.
fn merge(into: &mut Value, more: &Value) {
    for key in [
        "total_hours",
        "total_memory_mb_usage",
        "total_vcpus_usage",
        "total_local_gb_usage",
    ] {
        let sum = into[key].as_f64().unwrap_or(0.0) + more[key].as_f64().unwrap_or(0.0);
        into[key] = json!(sum);
    }
    if let (Some(servers), Some(more)) = (
        into["server_usages"].as_array_mut(),
        more["server_usages"].as_array(),
    ) {
        servers.extend(more.iter().cloned());
    }
}

/// `usage show`: the project's usage at each site (the project looked up
/// there; the token's by default).
pub async fn show(
    setup: &Setup,
    a: &UsageShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let period = &Period::of(&a.period)?;
    let plan = setup.plan(ServiceType::Compute)?;
    let router = setup.router([plan]);
    let project = &a.project;
    let outcomes = router
        .run(plan, Operation::Read, |s| async move {
            let id = match project {
                Some(p) => PROJECT
                    .id_of(&super::resource::find(&s, &PROJECT, p).await?)
                    .to_string(),
                None => s
                    .authenticate()
                    .await?
                    .project_id()
                    .unwrap_or_default()
                    .to_string(),
            };
            let path = format!("os-simple-tenant-usage/{}?{}", encode(&id), period.query());
            let usage = s.get_json(ServiceType::Compute, &path).await?["tenant_usage"].clone();
            let project = Cell::new(usage.get("tenant_id").cloned().unwrap_or(Value::Null));
            let cells = cells(&usage, project);
            let fields = HEADERS.iter().map(|h| h.to_string()).zip(cells).collect();
            Ok::<_, Stopped>((s.name().to_string(), id, Record { fields }))
        })
        .await;
    let status = report(&outcomes);
    let shown: Vec<(String, String, Record)> =
        outcomes.into_iter().filter_map(|o| o.result.ok()).collect();
    let options = setup.show_options(&a.format);
    if options.format == Format::Table && !shown.is_empty() {
        let projects: Vec<&str> = shown.iter().map(|(_, id, _)| id.as_str()).collect();
        writeln!(
            out,
            "{} on project {}: ",
            period.said(),
            projects.join(", ")
        )?;
    }
    let records = shown.into_iter().map(|(site, _, r)| (site, r)).collect();
    super::write_records(out, records, plan.sites().len() > 1, &options)?;
    Ok(status)
}
