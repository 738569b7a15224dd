//! What a server carries besides its state: metadata, tags, and Nova's
//! record of the actions done to it.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, microversion, not_found, server_index};
use crate::http::{error, json_response};
use crate::site::{Server, Site, Token};

/// Changes the server `id` of the token's project with `f`, whose answer
/// is the response; Nova's 404 when there is no such server.
fn change(site: &Site, t: &Token, id: &str, f: impl FnOnce(&mut Server) -> Response) -> Response {
    let mut data = site.data.lock().unwrap();
    let server = match server_index(&data, t, id) {
        Ok(i) => &mut data.servers[i],
        Err(missing) => return missing,
    };
    let answer = f(server);
    site.changed();
    answer
}

/// `POST /servers/{id}/metadata` (merge) and `PUT` (replace): the whole
/// metadata after, 200.
pub(super) async fn set_metadata(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    method: axum::http::Method,
    body: Bytes,
) -> Response {
    let Ok(Value::Object(mut body)) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let Some(Value::Object(items)) = body.remove("metadata") else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    change(&site, &t, &id, |server| {
        if method == axum::http::Method::PUT {
            server.metadata.clear();
        }
        server.metadata.extend(items);
        let metadata = server.metadata.clone();
        json_response(StatusCode::OK, json!({ "metadata": metadata }))
    })
}

/// `DELETE /servers/{id}/metadata/{key}`: 204, or 404 for a key it lacks.
pub(super) async fn delete_metadata_item(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, key)): Path<(String, String)>,
) -> Response {
    change(&site, &t, &id, |server| {
        if server.metadata.remove(&key).is_none() {
            return not_found("Metadata item was not found");
        }
        StatusCode::NO_CONTENT.into_response()
    })
}

/// `PUT /servers/{id}/tags/{tag}`: 201 when new, 204 when it was there.
pub(super) async fn add_tag(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, tag)): Path<(String, String)>,
) -> Response {
    change(&site, &t, &id, |server| {
        if server.tags.contains(&tag) {
            return StatusCode::NO_CONTENT.into_response();
        }
        server.tags.push(tag);
        StatusCode::CREATED.into_response()
    })
}

/// `DELETE /servers/{id}/tags/{tag}`: 204, or 404 for a tag it lacks.
pub(super) async fn delete_tag(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, tag)): Path<(String, String)>,
) -> Response {
    change(&site, &t, &id, |server| {
        let before = server.tags.len();
        server.tags.retain(|x| x != &tag);
        if server.tags.len() == before {
            return not_found(&format!("Tag {tag} could not be found."));
        }
        StatusCode::NO_CONTENT.into_response()
    })
}

/// `DELETE /servers/{id}/tags`: every tag, 204.
pub(super) async fn delete_tags(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    change(&site, &t, &id, |server| {
        server.tags.clear();
        StatusCode::NO_CONTENT.into_response()
    })
}

/// `GET /servers/{id}/os-instance-actions`: Nova's record of what was done
/// to the server, newest first, its creation last.
pub(super) async fn instance_actions(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let data = site.data.lock().unwrap();
    let server = match server_index(&data, &t, &id) {
        Ok(i) => &data.servers[i],
        Err(missing) => return missing,
    };
    let actions = actions_of(server, microversion(&headers));
    json_response(StatusCode::OK, json!({ "instanceActions": actions }))
}

/// `GET /servers/{id}/os-instance-actions/{request}`: one action with
/// its events, each done on the site's host.
pub(super) async fn instance_action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, request)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let data = site.data.lock().unwrap();
    let server = match server_index(&data, &t, &id) {
        Ok(i) => &data.servers[i],
        Err(missing) => return missing,
    };
    let Some(mut action) = actions_of(server, microversion(&headers))
        .into_iter()
        .find(|a| a["request_id"] == request.as_str())
    else {
        return not_found(&format!("Action {request} not found"));
    };
    // Nova's compute manager names its event after the method it ran.
    let event = match action["action"].as_str().unwrap_or_default() {
        "create" => "compute__do_build_and_run_instance".to_string(),
        other => format!("compute_{other}_instance"),
    };
    let host_id = format!("{:x}", server.id.len() * 7919);
    action["events"] = json!([{"event": event, "start_time": action["start_time"],
        "finish_time": action["start_time"], "result": "Success", "traceback": null,
        "host": super::hosts::host(&site), "hostId": host_id}]);
    json_response(StatusCode::OK, json!({ "instanceAction": action }))
}

/// A server's actions as Nova lists them: newest first, its creation last.
fn actions_of(server: &Server, version: (u32, u32)) -> Vec<Value> {
    let created = (
        "create".to_string(),
        format!(
            "req-{}",
            crate::site::stable_uuid(&format!("{}/create", server.id))
        ),
        server.created,
    );
    server
        .actions
        .iter()
        .rev()
        .chain(std::iter::once(&created))
        .map(|(action, request, when)| {
            let started = crate::site::iso_micro(*when)
                .trim_end_matches('Z')
                .to_string();
            let mut item = json!({"action": action, "instance_uuid": server.id, "message": null,
                "project_id": server.project_id, "request_id": request, "start_time": started,
                "user_id": server.user_id});
            if version >= (2, 58) {
                item["updated_at"] = json!(started);
            }
            item
        })
        .collect()
}

/// `POST /servers/{id}/remote-consoles`: a noVNC URL, as Nova with its
/// default configuration gives; the other consoles are not enabled
/// (400), and Nova no longer knows `xvpvnc`.
pub(super) async fn remote_console(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let console = &body["remote_console"];
    let (protocol, kind) = (
        console["protocol"].as_str().unwrap_or_default(),
        console["type"].as_str().unwrap_or_default(),
    );
    let data = site.data.lock().unwrap();
    if let Err(missing) = server_index(&data, &t, &id) {
        return missing;
    }
    let why = match (protocol, kind) {
        ("vnc", "novnc") => {
            let token = site.new_id("console");
            let url = format!("http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D{token}");
            return json_response(
                StatusCode::OK,
                json!({"remote_console": {"protocol": protocol, "type": kind, "url": url}}),
            );
        }
        ("vnc", "xvpvnc") => "Invalid console type xvpvnc".to_string(),
        ("spice" | "serial" | "mks", _) => format!("Unavailable console type {kind}."),
        _ => "The server could not comply with the request since it is either malformed or \
              otherwise incorrect."
            .to_string(),
    };
    error(S, StatusCode::BAD_REQUEST, &why)
}

/// `GET /servers/{id}/diagnostics` (compute 2.48's form): Nova's fake
/// driver's figures, the same for every server.
pub(super) async fn diagnostics(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    if let Err(missing) = server_index(&data, &t, &id) {
        return missing;
    }
    json_response(
        StatusCode::OK,
        json!({"state": "running", "driver": "libvirt", "hypervisor": "kvm",
               "hypervisor_os": "ubuntu", "uptime": 46664, "config_drive": true, "num_cpus": 1,
               "num_nics": 1, "num_disks": 1,
               "disk_details": [{"read_bytes": 262144, "read_requests": 112,
                   "write_bytes": 5778432, "write_requests": 488, "errors_count": 1}],
               "cpu_details": [{"id": 0, "time": 17300000000u64, "utilisation": 15}],
               "nic_details": [{"mac_address": "01:23:45:67:89:ab", "rx_octets": 2070139,
                   "rx_errors": 100, "rx_drop": 200, "rx_packets": 26701, "rx_rate": 300,
                   "tx_octets": 140208, "tx_errors": 400, "tx_drop": 500, "tx_packets": 662,
                   "tx_rate": 600}],
               "memory_details": {"maximum": 524288, "used": 0}}),
    )
}
