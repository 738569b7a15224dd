//! Nova's simple tenant usage (`/os-simple-tenant-usage`): each server's
//! hours within a period, live and deleted ones, summed per project.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use super::S;
use crate::http::{Q, Query, error, json_response};
use crate::site::{Data, Server, Site, iso_micro};

/// The period asked for, and Nova's 400 for a time it cannot read.
fn period(q: &HashMap<String, String>) -> Result<(SystemTime, SystemTime), Response> {
    let now = SystemTime::now();
    let time = |key: &str, default: SystemTime| match q.get(key) {
        None => Ok(default),
        Some(t) => humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).map_err(|_| {
            error(
                S,
                StatusCode::BAD_REQUEST,
                "Invalid datetime string: Datetime is in invalid format",
            )
        }),
    };
    Ok((time("start", now)?, time("end", now)?))
}

fn at(t: SystemTime) -> String {
    iso_micro(t).trim_end_matches('Z').to_string()
}

/// A server's usage within the period, if it ran in it.
fn server_usage(data: &Data, s: &Server, start: SystemTime, stop: SystemTime) -> Option<Value> {
    let began = s.created.max(start);
    let ended = s.deleted_at.unwrap_or(stop).min(stop);
    if s.created > stop || ended < start {
        return None;
    }
    let seconds = ended.duration_since(began).map_or(0.0, |d| d.as_secs_f64());
    let flavor = data
        .flavors
        .iter()
        .find(|f| f["id"] == s.flavor_id.as_str());
    let field = |key: &str| flavor.map_or(json!(0), |f| f[key].clone());
    let uptime = s
        .deleted_at
        .unwrap_or_else(SystemTime::now)
        .duration_since(s.created)
        .map_or(0, |d| d.as_secs());
    Some(json!({
        "hours": seconds / 3600.0, "flavor": flavor.map_or(json!(""), |f| f["name"].clone()),
        "instance_id": s.id, "name": s.name, "tenant_id": s.project_id,
        "memory_mb": field("ram"), "local_gb": field("disk"), "vcpus": field("vcpus"),
        "started_at": at(s.created), "ended_at": s.deleted_at.map(at),
        "state": if s.deleted_at.is_some() { "terminated" } else { s.state.vm_state() },
        "uptime": uptime,
    }))
}

/// The usage of `project` within the period; none when nothing ran.
fn tenant_usage(
    data: &Data,
    project: &str,
    (start, end): (SystemTime, SystemTime),
    detailed: bool,
) -> Option<Value> {
    let stop = end.min(SystemTime::now());
    let servers: Vec<Value> = data
        .servers
        .iter()
        .chain(&data.deleted_servers)
        .filter(|s| s.project_id == project)
        .filter_map(|s| server_usage(data, s, start, stop))
        .collect();
    if servers.is_empty() {
        return None;
    }
    let hours = |u: &Value| u["hours"].as_f64().unwrap_or(0.0);
    let sum = |key: &str| -> f64 {
        servers
            .iter()
            .map(|u| hours(u) * u[key].as_f64().unwrap_or(0.0))
            .sum()
    };
    let total_hours: f64 = servers.iter().map(hours).sum();
    let mut usage = json!({
        "tenant_id": project, "total_local_gb_usage": sum("local_gb"),
        "total_vcpus_usage": sum("vcpus"), "total_memory_mb_usage": sum("memory_mb"),
        "total_hours": total_hours, "start": at(start), "stop": at(stop),
    });
    if detailed {
        usage["server_usages"] = json!(servers);
    }
    Some(usage)
}

/// `GET /os-simple-tenant-usage`: every project's (admin); the servers
/// only with `detailed=1`, as Nova reads it.
pub(super) async fn list(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let period = match period(&q) {
        Ok(p) => p,
        Err(refused) => return refused,
    };
    let detailed = q.get("detailed").is_some_and(|d| d == "1");
    let data = site.data.lock().unwrap();
    let mut projects: Vec<&str> = data
        .servers
        .iter()
        .chain(&data.deleted_servers)
        .map(|s| s.project_id.as_str())
        .collect();
    projects.sort();
    projects.dedup();
    let usages: Vec<Value> = projects
        .into_iter()
        .filter_map(|p| tenant_usage(&data, p, period, detailed))
        .collect();
    json_response(StatusCode::OK, json!({ "tenant_usages": usages }))
}

/// `GET /os-simple-tenant-usage/{project}`: with its servers; `{}` when
/// nothing ran in the period.
pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Path(project): Path<String>,
    Q(q): Query,
) -> Response {
    let period = match period(&q) {
        Ok(p) => p,
        Err(refused) => return refused,
    };
    let data = site.data.lock().unwrap();
    let usage = tenant_usage(&data, &project, period, true).unwrap_or_else(|| json!({}));
    json_response(StatusCode::OK, json!({ "tenant_usage": usage }))
}
