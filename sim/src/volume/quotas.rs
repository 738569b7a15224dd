//! Cinder's quota sets (`/os-quota-sets`, `/os-quota-class-sets`): the
//! defaults (the `default` class), a project's own values and what it
//! uses, per volume type too (`volumes_<type>`: the simulator's one type
//! is Cinder's `__DEFAULT__`), and a `PUT`'s checks with Cinder's words.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Map, Value, json};

use super::S;
use crate::http::{Q, Query, error, json_response};
use crate::quotas::{Refusal, object, parse};
use crate::site::{Data, Site};

/// Cinder's default quotas, in the order it answers with them.
pub const QUOTAS: &[(&str, i64)] = &[
    ("volumes", 10),
    ("per_volume_gigabytes", -1),
    ("snapshots", 10),
    ("gigabytes", 1000),
    ("backups", 10),
    ("backup_gigabytes", 1000),
    ("volumes___DEFAULT__", -1),
    ("gigabytes___DEFAULT__", -1),
    ("snapshots___DEFAULT__", -1),
    ("groups", 10),
];

/// What a project holds, by quota name.
fn in_use(data: &Data, project: &str, name: &str) -> i64 {
    let volumes = data
        .volumes
        .iter()
        .filter(|v| v["os-vol-tenant-attr:tenant_id"] == project);
    let snapshots = data
        .snapshots
        .iter()
        .filter(|s| s["os-extended-snapshot-attributes:project_id"] == project);
    match name.trim_end_matches("___DEFAULT__") {
        "volumes" => volumes.count() as i64,
        "gigabytes" => {
            volumes
                .map(|v| v["size"].as_i64().unwrap_or(0))
                .sum::<i64>()
                + snapshots
                    .map(|s| s["size"].as_i64().unwrap_or(0))
                    .sum::<i64>()
        }
        "snapshots" => snapshots.count() as i64,
        _ => 0,
    }
}

/// What `GET /limits` reports of the token's project.
pub fn limit(data: &Data, project: &str, name: &str) -> (i64, i64) {
    (
        data.volume_quotas.limit(project, name),
        in_use(data, project, name),
    )
}

fn with_id(id: &str, values: &[(String, i64)]) -> Map<String, Value> {
    let mut set = object(values);
    set.insert("id".into(), json!(id));
    set
}

/// `GET /os-quota-sets/{project}[?usage=True]`
pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Path((_, target)): Path<(String, String)>,
    Q(q): Query,
) -> Response {
    let usage = q
        .get("usage")
        .is_some_and(|u| u.eq_ignore_ascii_case("true"));
    let data = site.data.lock().unwrap();
    let values = data.volume_quotas.of(&target);
    let set = match usage {
        false => with_id(&target, &values),
        true => {
            let mut set: Map<String, Value> = values
                .iter()
                .map(|(name, limit)| {
                    let used = in_use(&data, &target, name);
                    (
                        name.clone(),
                        json!({"limit": limit, "in_use": used, "reserved": 0}),
                    )
                })
                .collect();
            set.insert("id".into(), json!(target));
            set
        }
    };
    json_response(StatusCode::OK, json!({"quota_set": set}))
}

pub(super) async fn defaults(
    Extension(site): Extension<Arc<Site>>,
    Path((_, target)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    let set = with_id(&target, &data.volume_quotas.defaults());
    json_response(StatusCode::OK, json!({"quota_set": set}))
}

/// The values of a `PUT`'s `key` object, or Cinder's 400.
fn values(data: &Data, body: &Bytes, key: &str) -> Result<Vec<(String, i64)>, Response> {
    let bad = |message: String| error(S, StatusCode::BAD_REQUEST, &message);
    let body: Value =
        serde_json::from_slice(body).map_err(|_| bad("Malformed request body".into()))?;
    let Some(set) = body[key].as_object() else {
        return Err(bad(format!(
            "Missing required element '{key}' in request body."
        )));
    };
    let what = key.trim_end_matches("_set").replace('_', " ");
    parse(&data.volume_quotas.names(), set, &[]).map_err(|refusal| match refusal {
        Refusal::Unknown(names) => bad(format!(
            "Invalid input received: Bad key(s) in {what} set: {}",
            names.join(",")
        )),
        Refusal::Invalid { name, value } if value.is_number() => {
            bad(format!("{name} must be >= -1"))
        }
        Refusal::Invalid { name, .. } => bad(format!("{name} must be an integer")),
    })
}

pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Path((_, target)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let values = match values(&data, &body, "quota_set") {
        Ok(v) => v,
        Err(refused) => return refused,
    };
    data.volume_quotas.set(&target, values);
    site.changed();
    let set = object(&data.volume_quotas.of(&target));
    json_response(StatusCode::OK, json!({"quota_set": set}))
}

/// `DELETE /os-quota-sets/{project}`: back to the defaults, 200 and no body.
pub(super) async fn revert(
    Extension(site): Extension<Arc<Site>>,
    Path((_, target)): Path<(String, String)>,
) -> Response {
    site.data.lock().unwrap().volume_quotas.revert(&target);
    site.changed();
    (StatusCode::OK, [("content-type", "application/json")]).into_response()
}

pub(super) async fn class(
    Extension(site): Extension<Arc<Site>>,
    Path((_, class)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    let set = with_id(&class, &data.volume_quotas.defaults());
    json_response(StatusCode::OK, json!({"quota_class_set": set}))
}

/// `PUT /os-quota-class-sets/{class}`: the `default` class is the defaults.
pub(super) async fn update_class(
    Extension(site): Extension<Arc<Site>>,
    Path((_, class)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let values = match values(&data, &body, "quota_class_set") {
        Ok(v) => v,
        Err(refused) => return refused,
    };
    if class == "default" {
        data.volume_quotas.set_defaults(values);
        site.changed();
    }
    let set = object(&data.volume_quotas.defaults());
    json_response(StatusCode::OK, json!({"quota_class_set": set}))
}
