//! Cinder's volume transfers (`volume-transfers`, 3.55): a volume offered
//! with a key (`awaiting-transfer`), taken by another project with the
//! key, or the offer withdrawn.

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, not_found as no_volume, owned, parse, render};
use crate::http::{Q, Query, error, json_response, project_of, public};
use crate::site::{Site, Token, iso_micro};

fn not_found(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Transfer {id} could not be found."),
    )
}

/// A transfer as Cinder shows it (the key only in the create's answer).
fn shown(site: &Site, transfer: &Value) -> Value {
    let mut t = public(transfer);
    let id = t["id"].as_str().unwrap_or_default().to_string();
    t["links"] = json!([
        {"rel": "self", "href": format!("{}/volume/v3/os-volume-transfer/{id}", site.base())},
        {"rel": "bookmark", "href": format!("{}/volume/os-volume-transfer/{id}", site.base())}
    ]);
    t
}

pub(super) async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = &body["transfer"];
    let Some(volume_id) = spec["volume_id"].as_str() else {
        return error(S, StatusCode::BAD_REQUEST, "Incorrect request body format");
    };
    let id = site.new_id("transfer");
    let key = format!(
        "{:016x}",
        u64::from_str_radix(&id.replace('-', "")[..16], 16).unwrap_or(7)
    );
    let mut data = site.data.lock().unwrap();
    let Some(volume) = owned(&data.volumes, &t)
        .into_iter()
        .find(|v| v["id"] == volume_id)
    else {
        return no_volume(volume_id);
    };
    let status = render(volume)["status"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if status != "available" {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid volume: Status of volume must be available, but current status is: {status}."
            ),
        );
    }
    let transfer = json!({"id": id, "created_at": iso_micro(SystemTime::now()),
        "name": spec["name"], "volume_id": volume_id,
        "no_snapshots": spec["no_snapshots"].as_bool().unwrap_or(false),
        "_auth_key": key, "_project": project_of(&t)});
    if let Some(v) = data.volumes.iter_mut().find(|v| v["id"] == volume_id) {
        v["status"] = json!("awaiting-transfer");
    }
    data.volume_transfers.push(transfer.clone());
    let mut answer = shown(&site, &transfer);
    answer["auth_key"] = json!(key);
    json_response(StatusCode::ACCEPTED, json!({"transfer": answer}))
}

/// The project's transfers, without their time and options.
pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    q: Query,
) -> Response {
    listed(&site, &t, q, false)
}

/// The project's transfers (every project's with `all_tenants`).
pub(super) async fn list_detail(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    q: Query,
) -> Response {
    listed(&site, &t, q, true)
}

fn listed(site: &Site, t: &Token, Q(q): Query, detail: bool) -> Response {
    let all = q
        .get("all_tenants")
        .is_some_and(|v| v != "0" && !v.eq_ignore_ascii_case("false"));
    let project = project_of(t);
    let data = site.data.lock().unwrap();
    let transfers: Vec<Value> = data
        .volume_transfers
        .iter()
        .filter(|tr| all || tr["_project"] == project.as_str())
        .map(|tr| {
            let mut shown = shown(site, tr);
            if !detail && let Some(fields) = shown.as_object_mut() {
                fields.retain(|k, _| ["id", "name", "volume_id", "links"].contains(&k.as_str()));
            }
            shown
        })
        .collect();
    json_response(StatusCode::OK, json!({"transfers": transfers}))
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data
        .volume_transfers
        .iter()
        .find(|tr| tr["id"] == id.as_str() && tr["_project"] == project_of(&t).as_str())
    {
        Some(tr) => json_response(StatusCode::OK, json!({"transfer": shown(&site, tr)})),
        None => not_found(&id),
    }
}

/// Withdraws the offer: the volume is available to its project again.
pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let Some(at) = data
        .volume_transfers
        .iter()
        .position(|tr| tr["id"] == id.as_str() && tr["_project"] == project_of(&t).as_str())
    else {
        return not_found(&id);
    };
    let transfer = data.volume_transfers.remove(at);
    if let Some(v) = data
        .volumes
        .iter_mut()
        .find(|v| v["id"] == transfer["volume_id"])
    {
        v["status"] = json!("available");
    }
    StatusCode::ACCEPTED.into_response()
}

/// Another project takes the volume with the key.
pub(super) async fn accept(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let mut data = site.data.lock().unwrap();
    let Some(at) = data
        .volume_transfers
        .iter()
        .position(|tr| tr["id"] == id.as_str())
    else {
        return not_found(&id);
    };
    if data.volume_transfers[at]["_auth_key"] != body["accept"]["auth_key"] {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Invalid auth key: Attempt to transfer {id} with invalid auth key."),
        );
    }
    let transfer = data.volume_transfers.remove(at);
    let project = project_of(&t);
    if let Some(v) = data
        .volumes
        .iter_mut()
        .find(|v| v["id"] == transfer["volume_id"])
    {
        v["status"] = json!("available");
        v["os-vol-tenant-attr:tenant_id"] = json!(project);
        v["user_id"] = json!(t.user_id);
    }
    let mut answer = shown(&site, &transfer);
    if let Some(fields) = answer.as_object_mut() {
        fields.retain(|k, _| ["id", "volume_id", "name", "links"].contains(&k.as_str()));
    }
    json_response(StatusCode::ACCEPTED, json!({"transfer": answer}))
}
