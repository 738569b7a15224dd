//! What is attached to servers: security groups (`addSecurityGroup`,
//! `removeSecurityGroup`; the simulator's projects have only `default`)
//! and volumes (`os-volume_attachments`, the site's Cinder volume then
//! `in-use`), with Nova's refusals.

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, not_found, server_index};
use crate::http::{error, json_response};
use crate::site::{Data, Site, Token, VmState, iso_micro};

/// The security group actions, allowed in any state.
pub(super) fn allowed(action: &str) -> Option<&'static [VmState]> {
    matches!(action, "addSecurityGroup" | "removeSecurityGroup").then_some(VmState::ALL)
}

/// Adds or removes a security group of server `index`: 404 for a group
/// the project lacks or the server does not have, 400 for one it has.
pub(super) fn apply(data: &mut Data, index: usize, action: &str, args: &Value) -> Response {
    let name = args["name"].as_str().unwrap_or_default();
    let server = &mut data.servers[index];
    if name != "default" {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!(
                "Security group {name} is not found for project {}",
                server.project_id
            ),
        );
    }
    let has = server.security_groups.iter().any(|g| g == name);
    match (action, has) {
        ("addSecurityGroup", true) => error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid input for security_groups. Reason: Duplicate items in the list: '{name}'."
            ),
        ),
        ("removeSecurityGroup", false) => error(
            S,
            StatusCode::NOT_FOUND,
            &format!(
                "Security group {name} not associated with the instance {}",
                server.id
            ),
        ),
        ("addSecurityGroup", false) => {
            server.security_groups.push(name.to_string());
            StatusCode::ACCEPTED.into_response()
        }
        _ => {
            server.security_groups.retain(|g| g != name);
            StatusCode::ACCEPTED.into_response()
        }
    }
}

fn attachment(server: &str, (volume, device, delete): &(String, String, bool)) -> Value {
    json!({"id": volume, "serverId": server, "volumeId": volume, "device": device,
           "tag": null, "delete_on_termination": delete})
}

/// `GET /servers/{id}/os-volume_attachments`.
pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    let server = match server_index(&data, &t, &id) {
        Ok(i) => &data.servers[i],
        Err(missing) => return missing,
    };
    let attached: Vec<Value> = server.volumes.iter().map(|v| attachment(&id, v)).collect();
    json_response(StatusCode::OK, json!({ "volumeAttachments": attached }))
}

/// `POST /servers/{id}/os-volume_attachments`: an available volume of the
/// site, at the next free device (or the one asked for).
pub(super) async fn attach(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["volumeAttachment"];
    let volume_id = spec["volumeId"].as_str().unwrap_or_default().to_string();
    let mut data = site.data.lock().unwrap();
    let index = match server_index(&data, &t, &id) {
        Ok(i) => i,
        Err(missing) => return missing,
    };
    let attached = data.servers[index].volumes.len();
    let Some(volume) = data
        .volumes
        .iter_mut()
        .find(|v| v["id"] == volume_id.as_str())
    else {
        return not_found(&format!("Volume {volume_id} could not be found."));
    };
    if volume["status"] != "available" {
        let on: Vec<String> = volume["attachments"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a["server_id"].as_str().map(str::to_string))
            .collect();
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid volume: volume {volume_id} is already attached to instances: {}",
                on.join(",")
            ),
        );
    }
    // The driver picks the device; the one asked for is a hint Nova's
    // drivers do not follow.
    let device = format!("/dev/sd{}", (b'b' + attached as u8) as char);
    let delete = spec["delete_on_termination"].as_bool().unwrap_or(false);
    let now = iso_micro(SystemTime::now())
        .trim_end_matches('Z')
        .to_string();
    let host = super::hosts::host(&site);
    volume["status"] = json!("in-use");
    volume["attachments"] = json!([{"id": volume_id, "attachment_id": site.new_id("attachment"),
        "volume_id": volume_id, "server_id": id, "host_name": host, "device": device, "attached_at": now}]);
    let entry = (volume_id, device, delete);
    let shown = attachment(&id, &entry);
    data.servers[index].volumes.push(entry);
    site.changed();
    json_response(StatusCode::OK, json!({ "volumeAttachment": shown }))
}

/// `DELETE /servers/{id}/os-volume_attachments/{volume}`: the volume
/// available again; 404 for one not attached.
pub(super) async fn detach(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, volume_id)): Path<(String, String)>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let server = match server_index(&data, &t, &id) {
        Ok(i) => &mut data.servers[i],
        Err(missing) => return missing,
    };
    let before = server.volumes.len();
    server.volumes.retain(|(v, _, _)| *v != volume_id);
    if server.volumes.len() == before {
        return not_found(&format!(
            "Instance {id} is not attached to volume {volume_id}"
        ));
    }
    if let Some(volume) = data
        .volumes
        .iter_mut()
        .find(|v| v["id"] == volume_id.as_str())
    {
        volume["status"] = json!("available");
        volume["attachments"] = json!([]);
    }
    site.changed();
    StatusCode::ACCEPTED.into_response()
}
