//! Cinder's attachments API (3.27): the attachments Nova made, read from
//! the volumes that hold them.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{Value, json};

use super::S;
use crate::http::{Q, Query, error, json_response, microversion, project_of};
use crate::site::{Site, Token};

/// Before 3.27 Cinder has no attachments API.
fn unknown(headers: &HeaderMap) -> Option<Response> {
    (microversion(headers, "volume", None, (3, 0), (3, 71)) < (3, 27))
        .then(|| error(S, StatusCode::NOT_FOUND, "The resource could not be found."))
}

/// Every attachment at the site as Cinder shows one, with its volume's
/// project, newest volume first.
fn all(volumes: &[Value]) -> Vec<(Value, &str)> {
    volumes
        .iter()
        .rev()
        .flat_map(|volume| {
            let project = volume["os-vol-tenant-attr:tenant_id"]
                .as_str()
                .unwrap_or_default();
            let mode = match volume["metadata"]["readonly"].as_str() {
                Some("True") => "ro",
                _ => "rw",
            };
            volume["attachments"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |a| {
                    let id = &a["attachment_id"];
                    let shown = json!({
                        "id": id, "status": "attached", "instance": a["server_id"],
                        "volume_id": a["volume_id"], "attached_at": a["attached_at"],
                        "detached_at": "", "attach_mode": mode,
                        "connection_info": {
                            "device_path": format!("/dev/disk/by-id/virtio-{}", a["volume_id"].as_str().unwrap_or_default()),
                            "access_mode": mode, "qos_specs": null, "encrypted": false,
                            "cacheable": false, "driver_volume_type": "local",
                            "attachment_id": id, "enforce_multipath": false,
                        },
                    });
                    (shown, project)
                })
        })
        .collect()
}

/// `GET /attachments`: the brief list (ID, status, server, volume), the
/// project's unless `all_tenants`; by `project_id`, `volume_id`,
/// `instance_id` and `status`.
pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: HeaderMap,
    Q(q): Query,
) -> Response {
    if let Some(refused) = unknown(&headers) {
        return refused;
    }
    let data = site.data.lock().unwrap();
    let every = q
        .get("all_tenants")
        .is_some_and(|v| v != "0" && !v.eq_ignore_ascii_case("false"));
    let mine = project_of(&t);
    let kept: Vec<Value> = all(&data.volumes)
        .into_iter()
        .filter(|(_, project)| every || *project == mine)
        .filter(|(_, project)| q.get("project_id").is_none_or(|p| p == project))
        .map(|(a, _)| a)
        .filter(|a| {
            [
                ("volume_id", "volume_id"),
                ("instance_id", "instance"),
                ("status", "status"),
            ]
            .iter()
            .all(|(param, key)| q.get(*param).is_none_or(|want| a[*key] == want.as_str()))
        })
        .map(|a| json!({"id": a["id"], "status": a["status"], "instance": a["instance"], "volume_id": a["volume_id"]}))
        .collect();
    let kept: Vec<&Value> = kept.iter().collect();
    super::paged(
        &site,
        &t,
        &q,
        &kept,
        "attachments",
        "attachments",
        Value::clone,
    )
}

/// `GET /attachments/{id}`: one of the project's, with its connection.
pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if let Some(refused) = unknown(&headers) {
        return refused;
    }
    let data = site.data.lock().unwrap();
    let mine = project_of(&t);
    match all(&data.volumes)
        .into_iter()
        .find(|(a, project)| a["id"] == id.as_str() && *project == mine)
    {
        Some((a, _)) => json_response(StatusCode::OK, json!({ "attachment": a })),
        None => error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Volume attachment could not be found with filter: attachment_id = {id}."),
        ),
    }
}
