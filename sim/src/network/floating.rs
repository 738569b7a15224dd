//! Neutron's floating IPs: an address of an external network, held by a
//! port of its own as Neutron holds it, and associated with a port only
//! where a router joins the port's subnet to that external network.

use std::sync::Arc;
use std::time::SystemTime;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, neutron_error, parse, ports, visible};
use crate::http::{json_response, project_of};
use crate::site::{Data, Site, Token, iso};

/// The router that reaches `network` (external) from the port's subnet, or
/// Neutron's 404 saying it is unreachable.
fn reachable(data: &Data, network: &str, port: &Value) -> Result<Value, Response> {
    let subnet = port["fixed_ips"][0]["subnet_id"]
        .as_str()
        .unwrap_or_default();
    let router = data.routers.iter().find(|r| {
        r["external_gateway_info"]["network_id"] == network
            && data.ports.iter().any(|p| {
                p["device_id"] == r["id"]
                    && p["device_owner"] == "network:router_interface"
                    && p["fixed_ips"][0]["subnet_id"] == subnet
            })
    });
    match router {
        Some(r) => Ok(r["id"].clone()),
        None => Err(neutron_error(
            StatusCode::NOT_FOUND,
            "ExternalGatewayForFloatingIPNotFound",
            &format!(
                "External network {network} is not reachable from subnet {subnet}.  Therefore, cannot associate Port {} with a Floating IP.",
                port["id"].as_str().unwrap_or_default()
            ),
        )),
    }
}

/// Associates `fip` with the port `spec` names (and its fixed IP), or
/// dissociates it when the port is null.
fn associate(data: &Data, fip: &mut Value, spec: &Value, token: &Token) -> Result<(), Response> {
    match spec.get("port_id") {
        None => return Ok(()),
        Some(Value::Null) => {
            fip["port_id"] = Value::Null;
            fip["fixed_ip_address"] = Value::Null;
            fip["router_id"] = Value::Null;
            fip["port_details"] = Value::Null;
            fip["status"] = json!("DOWN");
            return Ok(());
        }
        Some(_) => {}
    }
    let port_id = spec["port_id"].as_str().unwrap_or_default();
    let Some(port) = data
        .ports
        .iter()
        .find(|p| p["id"] == port_id && visible(p, token))
    else {
        return Err(Kind::Port.not_found(port_id));
    };
    let network = fip["floating_network_id"].as_str().unwrap_or_default();
    let router = reachable(data, network, port)?;
    let fixed = match spec["fixed_ip_address"].as_str() {
        Some(ip) => ip.to_string(),
        None => port["fixed_ips"][0]["ip_address"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    };
    fip["port_id"] = json!(port_id);
    fip["fixed_ip_address"] = json!(fixed);
    fip["router_id"] = router;
    fip["status"] = json!("ACTIVE");
    fip["port_details"] = json!({
        "name": port["name"], "network_id": port["network_id"], "mac_address": port["mac_address"],
        "admin_state_up": port["admin_state_up"], "status": port["status"],
        "device_id": port["device_id"], "device_owner": port["device_owner"],
    });
    Ok(())
}

pub(super) async fn create(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["floatingip"];
    let network = spec["floating_network_id"].as_str().unwrap_or_default();
    let project = spec["project_id"]
        .as_str()
        .map_or_else(|| project_of(&t), str::to_string);
    let mut data = site.data.lock().unwrap();
    match data.networks.iter().find(|n| n["id"] == network) {
        None => return Kind::Network.not_found(network),
        Some(n) if n["router:external"] != true => {
            return neutron_error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                &format!(
                    "Bad floatingip request: Network {network} is not a valid external network."
                ),
            );
        }
        Some(_) => {}
    }
    let id = site.new_id("floatingip");
    let now = iso(SystemTime::now());
    let mut fip = json!({
        "id": id, "tenant_id": project, "project_id": project,
        "floating_network_id": network, "router_id": null, "port_id": null,
        "fixed_ip_address": null, "status": "DOWN",
        "description": spec["description"].as_str().unwrap_or_default(),
        "port_details": null, "tags": [], "created_at": now, "updated_at": now,
        "qos_policy_id": spec["qos_policy_id"],
        "revision_number": 0,
    });
    if let Err(refused) = associate(&data, &mut fip, spec, &t) {
        return refused;
    }
    // The address is a port's of the external network, as in Neutron.
    let mut asked = json!({"ip_address": spec["floating_ip_address"]});
    if let Some(subnet) = spec["subnet_id"].as_str() {
        asked["subnet_id"] = json!(subnet);
    }
    let holder = json!({
        "network_id": network, "device_id": id, "device_owner": "network:floatingip",
        "security_groups": [], "port_security_enabled": false,
        "fixed_ips": if spec["floating_ip_address"].is_null() && spec["subnet_id"].is_null() { Value::Null } else { json!([asked]) },
    });
    let held = match ports::make_port(&mut data, &site, "", &holder) {
        Ok(port) => port,
        Err(refused) => return refused,
    };
    fip["floating_ip_address"] = held["fixed_ips"][0]["ip_address"].clone();
    data.floating_ips.push(fip.clone());
    json_response(StatusCode::CREATED, json!({ "floatingip": fip }))
}

/// A floating IP's update: its association, through the same checks.
pub(super) fn check_update(
    data: &Data,
    fip: &Value,
    spec: &Value,
    token: &Token,
) -> Result<Value, Response> {
    let mut changed = fip.clone();
    associate(data, &mut changed, spec, token)?;
    let mut spec = spec.clone();
    for key in [
        "port_id",
        "fixed_ip_address",
        "router_id",
        "status",
        "port_details",
    ] {
        if spec.get("port_id").is_some() {
            spec[key] = changed[key].clone();
        }
    }
    Ok(spec)
}

pub(super) async fn delete(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.floating_ips.len();
    data.floating_ips
        .retain(|f| !(f["id"] == id.as_str() && visible(f, &t)));
    if data.floating_ips.len() == before {
        return Kind::FloatingIp.not_found(&id);
    }
    data.ports.retain(|p| p["device_id"] != id.as_str());
    StatusCode::NO_CONTENT.into_response()
}
