//! A server's interfaces (`os-interface`): Neutron ports bound to it, a
//! port given or one made on a network, as Nova asks Neutron for them.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, not_found, server_index};
use crate::http::{error, json_response, project_of};
use crate::site::{Site, Token};

/// A port as Nova shows an interface.
fn interface(port: &Value) -> Value {
    json!({"net_id": port["network_id"], "port_id": port["id"], "mac_addr": port["mac_address"],
           "port_state": port["status"], "fixed_ips": port["fixed_ips"].as_array().into_iter().flatten()
               .map(|ip| json!({"subnet_id": ip["subnet_id"], "ip_address": ip["ip_address"]}))
               .collect::<Vec<_>>(),
           "tag": null})
}

/// `GET /servers/{id}/os-interface`.
pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    if let Err(missing) = server_index(&data, &t, &id) {
        return missing;
    }
    let attached: Vec<Value> = data
        .ports
        .iter()
        .filter(|p| p["device_id"] == id.as_str())
        .map(interface)
        .collect();
    json_response(StatusCode::OK, json!({ "interfaceAttachments": attached }))
}

/// `POST /servers/{id}/os-interface`: the port given, unbound, or a new
/// one on the network given.
pub(super) async fn attach(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["interfaceAttachment"];
    let mut data = site.data.lock().unwrap();
    if let Err(missing) = server_index(&data, &t, &id) {
        return missing;
    }
    let port = if let Some(port_id) = spec["port_id"].as_str() {
        let Some(port) = data.ports.iter_mut().find(|p| p["id"] == port_id) else {
            return not_found(&format!("Port {port_id} could not be found."));
        };
        if port["device_id"] != "" {
            return error(
                S,
                StatusCode::CONFLICT,
                &format!("Port {port_id} is still in use."),
            );
        }
        port["device_id"] = json!(id);
        port["device_owner"] = json!("compute:nova");
        port.clone()
    } else {
        let network = spec["net_id"].as_str().unwrap_or_default();
        if !data.networks.iter().any(|n| n["id"] == network) {
            return not_found(&format!("Network {network} could not be found."));
        }
        let mut asked =
            json!({"network_id": network, "device_id": id, "device_owner": "compute:nova"});
        if let Some(ips) = spec.get("fixed_ips") {
            asked["fixed_ips"] = ips.clone();
        }
        match crate::network::make_port(&mut data, &site, &project_of(&t), &asked) {
            Ok(port) => port,
            Err(_) => {
                let ip = spec["fixed_ips"][0]["ip_address"]
                    .as_str()
                    .unwrap_or_default();
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!("Fixed IP {ip} is not a valid ip address for network {network}."),
                );
            }
        }
    };
    site.changed();
    json_response(
        StatusCode::OK,
        json!({ "interfaceAttachment": interface(&port) }),
    )
}

/// `DELETE /servers/{id}/os-interface/{port}`: a port Nova made is
/// deleted, one given is unbound.
pub(super) async fn detach(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((id, port_id)): Path<(String, String)>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    if let Err(missing) = server_index(&data, &t, &id) {
        return missing;
    }
    let Some(at) = data
        .ports
        .iter()
        .position(|p| p["id"] == port_id.as_str() && p["device_id"] == id.as_str())
    else {
        return not_found(&format!(
            "Port {port_id} is not attached to the instance {id}."
        ));
    };
    if data.ports[at]["name"] == "" {
        data.ports.remove(at);
    } else {
        data.ports[at]["device_id"] = json!("");
        data.ports[at]["device_owner"] = json!("");
    }
    site.changed();
    StatusCode::ACCEPTED.into_response()
}
