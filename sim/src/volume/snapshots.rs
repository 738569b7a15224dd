//! Cinder's snapshots: `creating`, then `available`; a volume with
//! snapshots is not deleted; a snapshot of a volume in use needs `force`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, owned, ready};
use crate::http::{Q, Query, error, json_response, project_of, public};
use crate::site::{Site, Token, iso_micro};

fn not_found(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Snapshot {id} could not be found."),
    )
}

/// A snapshot as shown now: `creating` until its time is up.
pub(super) fn render(snapshot: &Value) -> Value {
    let mut shown = public(snapshot);
    if !ready(snapshot) {
        shown["status"] = json!("creating");
    } else if let Some(status) = super::busy(snapshot) {
        shown["status"] = json!(status);
    }
    shown
}

/// A snapshot as Cinder answers a create, an update and the brief list:
/// without the extended attributes (project, progress).
fn brief(snapshot: &Value) -> Value {
    let mut shown = render(snapshot);
    if let Some(fields) = shown.as_object_mut() {
        fields.retain(|key, _| !key.starts_with("os-extended-snapshot-attributes:"));
    }
    shown
}

fn mine<'a>(snapshots: &'a [Value], t: &Token) -> impl Iterator<Item = &'a Value> {
    let project = project_of(t);
    snapshots
        .iter()
        .filter(move |s| s["os-extended-snapshot-attributes:project_id"] == project.as_str())
}

pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    listed(&site, &t, &q, false)
}

pub(super) async fn list_detail(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    listed(&site, &t, &q, true)
}

/// The brief list (`snapshots`) or the detailed one (`snapshots/detail`).
fn listed(site: &Site, t: &Token, q: &HashMap<String, String>, detail: bool) -> Response {
    let data = site.data.lock().unwrap();
    let all = q
        .get("all_tenants")
        .is_some_and(|v| v != "0" && v != "False");
    let wanted = |s: &Value, key: &str, param: &str| {
        q.get(param)
            .is_none_or(|want| render(s)[key] == want.as_str())
    };
    let snapshots: Vec<&Value> = data
        .snapshots
        .iter()
        .filter(|s| {
            all || s["os-extended-snapshot-attributes:project_id"] == project_of(t).as_str()
        })
        .filter(|s| {
            wanted(
                s,
                "os-extended-snapshot-attributes:project_id",
                "project_id",
            )
        })
        .filter(|s| wanted(s, "name", "name") && wanted(s, "status", "status"))
        .filter(|s| wanted(s, "volume_id", "volume_id"))
        .collect();
    match detail {
        true => super::paged(
            site,
            t,
            q,
            &snapshots,
            "snapshots/detail",
            "snapshots",
            render,
        ),
        false => super::paged(site, t, q, &snapshots, "snapshots", "snapshots", brief),
    }
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    match mine(&data.snapshots, &t).find(|s| s["id"] == id.as_str()) {
        Some(s) => json_response(StatusCode::OK, json!({ "snapshot": render(s) })),
        None => not_found(&id),
    }
}

pub(super) async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = &body["snapshot"];
    let volume_id = spec["volume_id"].as_str().unwrap_or_default();
    let mut data = site.data.lock().unwrap();
    let Some(volume) = owned(&data.volumes, &t)
        .into_iter()
        .find(|v| v["id"] == volume_id)
    else {
        return super::not_found(volume_id);
    };
    let status = super::render(volume)["status"].clone();
    let forced = spec["force"] == true || spec["force"] == "True" || spec["force"] == "true";
    if status != "available" && !(status == "in-use" && forced) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid volume: Volume {volume_id} status must be available, but current status is: {}.",
                status.as_str().unwrap_or_default()
            ),
        );
    }
    let now = SystemTime::now();
    let at = iso_micro(now).trim_end_matches('Z').to_string();
    let available = now + site.seed.build_time.max(Duration::from_millis(1));
    let snapshot = json!({
        "id": site.new_id("snapshot"), "created_at": at, "updated_at": at,
        "name": spec["name"], "description": spec["description"], "volume_id": volume_id,
        "status": "available", "size": volume["size"],
        "metadata": spec.get("metadata").filter(|m| m.is_object()).cloned().unwrap_or(json!({})),
        "os-extended-snapshot-attributes:project_id": project_of(&t),
        "os-extended-snapshot-attributes:progress": "100%",
        "_available_at": super::millis(available),
    });
    data.snapshots.push(snapshot.clone());
    let mut shown = brief(&snapshot);
    shown["status"] = json!("creating");
    json_response(StatusCode::ACCEPTED, json!({ "snapshot": shown }))
}

pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let mut data = site.data.lock().unwrap();
    let project = project_of(&t);
    let Some(snapshot) = data.snapshots.iter_mut().find(|s| {
        s["id"] == id.as_str()
            && s["os-extended-snapshot-attributes:project_id"] == project.as_str()
    }) else {
        return not_found(&id);
    };
    for key in ["name", "description", "metadata"] {
        if let Some(value) = body["snapshot"].get(key) {
            snapshot[key] = value.clone();
        }
    }
    json_response(StatusCode::OK, json!({ "snapshot": brief(snapshot) }))
}

pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    remove(&site, &t, &id)
}

/// `os-force_delete` and `os-reset_status` (the status set as given, as
/// Cinder does for an admin).
pub(super) async fn action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    match body
        .as_object()
        .and_then(|b| b.keys().next())
        .map(String::as_str)
    {
        Some("os-force_delete") => remove(&site, &t, &id),
        Some("os-reset_status") => {
            let status = body["os-reset_status"]["status"]
                .as_str()
                .unwrap_or_default();
            const STATES: &[&str] = &[
                "available",
                "error",
                "creating",
                "deleting",
                "error_deleting",
            ];
            if !STATES.contains(&status) {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!("Invalid input received: Snapshot status {status} not allowed."),
                );
            }
            with_snapshot(&site, &t, &id, |snapshot| {
                snapshot["status"] = json!(status);
                if let Some(fields) = snapshot.as_object_mut() {
                    fields.remove("_available_at");
                }
                StatusCode::ACCEPTED.into_response()
            })
        }
        _ => error(S, StatusCode::BAD_REQUEST, "Invalid request body"),
    }
}

fn remove(site: &Site, t: &Token, id: &str) -> Response {
    let mut data = site.data.lock().unwrap();
    let project = project_of(t);
    let before = data.snapshots.len();
    data.snapshots.retain(|s| {
        !(s["id"] == id && s["os-extended-snapshot-attributes:project_id"] == project.as_str())
    });
    if data.snapshots.len() == before {
        return not_found(id);
    }
    StatusCode::ACCEPTED.into_response()
}

/// Runs `change` on the token's project's snapshot `id`, or Cinder's 404.
fn with_snapshot(
    site: &Site,
    t: &Token,
    id: &str,
    change: impl FnOnce(&mut Value) -> Response,
) -> Response {
    fn snapshots(data: &mut crate::site::Data) -> &mut Vec<Value> {
        &mut data.snapshots
    }
    let project = "os-extended-snapshot-attributes:project_id";
    super::with_item(site, t, id, snapshots, project, not_found, change)
}

/// `POST /snapshots/{id}/metadata`: keys added or changed; the whole
/// metadata in the answer.
pub(super) async fn add_metadata(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let Some(given) = body["metadata"].as_object().cloned() else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    with_snapshot(&site, &t, &id, |snapshot| {
        if !snapshot["metadata"].is_object() {
            snapshot["metadata"] = json!({});
        }
        for (key, value) in given {
            snapshot["metadata"][key] = value;
        }
        json_response(StatusCode::OK, json!({ "metadata": snapshot["metadata"] }))
    })
}

/// `DELETE /snapshots/{id}/metadata/{key}`
pub(super) async fn delete_metadata(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id, key)): Path<(String, String, String)>,
) -> Response {
    with_snapshot(&site, &t, &id, |snapshot| {
        let removed = snapshot["metadata"]
            .as_object_mut()
            .and_then(|m| m.remove(&key));
        match removed {
            Some(_) => StatusCode::OK.into_response(),
            None => error(S, StatusCode::NOT_FOUND, "Metadata item was not found"),
        }
    })
}
