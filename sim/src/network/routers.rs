//! Neutron's routers: a gateway port on an external network, interface
//! ports on subnets (the subnet's gateway address), and Neutron's
//! refusals. Floating IPs reach a port through them.

use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Router};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, neutron_error, parse, ports, visible};
use crate::http::{json_response, project_of};
use crate::site::{Data, Site, Token, iso};

fn bad_request(message: &str) -> Response {
    neutron_error(
        StatusCode::BAD_REQUEST,
        "BadRequest",
        &format!("Bad router request: {message}"),
    )
}

/// The gateway `info` asks for: a port on the external network, and the
/// info as Neutron shows it. `{}` or null: no gateway.
fn gateway(data: &mut Data, site: &Site, router: &str, info: &Value) -> Result<Value, Response> {
    data.ports
        .retain(|p| !(p["device_id"] == router && p["device_owner"] == "network:router_gateway"));
    let Some(network) = info["network_id"].as_str() else {
        return Ok(Value::Null);
    };
    match data.networks.iter().find(|n| n["id"] == network) {
        None => return Err(Kind::Network.not_found(network)),
        Some(n) if n["router:external"] != true => {
            return Err(bad_request(&format!(
                "Network {network} is not an external network."
            )));
        }
        Some(_) => {}
    }
    let mut spec = json!({"network_id": network, "device_id": router,
                          "device_owner": "network:router_gateway",
                          "security_groups": [], "port_security_enabled": false});
    if let Some(ips) = info.get("external_fixed_ips") {
        spec["fixed_ips"] = ips.clone();
    }
    let port = ports::make_port(data, site, "", &spec)?;
    Ok(json!({
        "network_id": network, "external_fixed_ips": port["fixed_ips"],
        "enable_snat": info["enable_snat"].as_bool().unwrap_or(true),
    }))
}

pub(super) async fn create(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["router"];
    let project = spec["project_id"]
        .as_str()
        .map_or_else(|| project_of(&t), str::to_string);
    let id = site.new_id("router");
    let now = iso(SystemTime::now());
    let mut data = site.data.lock().unwrap();
    let info = match gateway(&mut data, &site, &id, &spec["external_gateway_info"]) {
        Ok(info) => info,
        Err(refused) => return refused,
    };
    let router = json!({
        "id": id, "name": spec["name"].as_str().unwrap_or_default(), "project_id": project,
        "admin_state_up": spec["admin_state_up"].as_bool().unwrap_or(true), "status": "ACTIVE",
        "external_gateway_info": info,
        "description": spec["description"].as_str().unwrap_or_default(),
        "availability_zones": [], "distributed": spec["distributed"].as_bool().unwrap_or(false),
        "ha": spec["ha"].as_bool().unwrap_or(false),
        "availability_zone_hints": spec.get("availability_zone_hints").cloned().unwrap_or(json!([])),
        "routes": [], "flavor_id": null, "tags": [], "created_at": now, "updated_at": now,
        "revision_number": 1, "tenant_id": project,
    });
    data.routers.push(router.clone());
    json_response(StatusCode::CREATED, json!({ "router": router }))
}

/// A router's update: a new gateway made (or the old one removed) first.
pub(super) fn check_update(
    data: &mut Data,
    site: &Site,
    router: &Value,
    spec: &Value,
) -> Result<Value, Response> {
    let mut spec = spec.clone();
    if let Some(routes) = spec["routes"].as_array() {
        let id = router["id"].as_str().unwrap_or_default();
        if routes.iter().any(|r| !connected(data, id, &r["nexthop"])) {
            let shown: Vec<String> = routes
                .iter()
                .map(|r| {
                    format!(
                        "{{'destination': '{}', 'nexthop': '{}'}}",
                        r["destination"].as_str().unwrap_or_default(),
                        r["nexthop"].as_str().unwrap_or_default()
                    )
                })
                .collect();
            return Err(neutron_error(
                StatusCode::BAD_REQUEST,
                "InvalidRoutes",
                &format!(
                    "Invalid format for routes: [{}], the nexthop is not connected with router",
                    shown.join(", ")
                ),
            ));
        }
    }
    if let Some(info) = spec.get("external_gateway_info").cloned() {
        let id = router["id"].as_str().unwrap_or_default();
        spec["external_gateway_info"] = gateway(data, site, id, &info)?;
    }
    Ok(spec)
}

/// Whether `hop` lies in a subnet one of the router's ports is on.
fn connected(data: &Data, router: &str, hop: &Value) -> bool {
    let Some(hop) = hop.as_str() else {
        return false;
    };
    data.ports
        .iter()
        .filter(|p| p["device_id"] == router)
        .flat_map(|p| p["fixed_ips"].as_array().into_iter().flatten())
        .filter_map(|ip| data.subnets.iter().find(|s| s["id"] == ip["subnet_id"]))
        .any(|subnet| ports::within(subnet, hop))
}

pub(super) async fn delete(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    if !data
        .routers
        .iter()
        .any(|r| r["id"] == id.as_str() && visible(r, &t))
    {
        return Kind::Router.not_found(&id);
    }
    let attached: Vec<&str> = data
        .ports
        .iter()
        .filter(|p| {
            p["device_id"] == id.as_str() && p["device_owner"] == "network:router_interface"
        })
        .filter_map(|p| p["id"].as_str())
        .collect();
    if !attached.is_empty() {
        return neutron_error(
            StatusCode::CONFLICT,
            "RouterInUse",
            &format!(
                "Router {id} has ports still attached: {}",
                attached.join(",")
            ),
        );
    }
    data.routers.retain(|r| r["id"] != id.as_str());
    data.ports.retain(|p| p["device_id"] != id.as_str());
    StatusCode::NO_CONTENT.into_response()
}

/// What `add_router_interface` and `remove_router_interface` answer.
fn interface(router: &Value, port: &Value) -> Value {
    let subnet = port["fixed_ips"][0]["subnet_id"].clone();
    json!({"id": router["id"], "project_id": router["project_id"], "port_id": port["id"],
           "network_id": port["network_id"], "subnet_id": subnet, "subnet_ids": [subnet]})
}

/// The data, the router and the body of an interface request, or the
/// answer refusing it (a body that is no JSON, a router not found).
fn interface_request<'a>(
    site: &'a Site,
    t: &Token,
    id: &str,
    body: &Bytes,
) -> Result<(std::sync::MutexGuard<'a, Data>, Value, Value), Response> {
    let body = parse(body)?;
    let data = site.data.lock().unwrap();
    let router = data
        .routers
        .iter()
        .find(|r| r["id"] == id && visible(r, t))
        .cloned()
        .ok_or_else(|| Kind::Router.not_found(id))?;
    Ok((data, router, body))
}

async fn add_interface(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (mut data, router, body) = match interface_request(&site, &t, &id, &body) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let on_subnet = |data: &Data, subnet: &Value| {
        data.ports.iter().any(|p| {
            p["device_id"] == id.as_str()
                && p["device_owner"] == "network:router_interface"
                && p["fixed_ips"][0]["subnet_id"] == *subnet
        })
    };
    let port = if let Some(port_id) = body["port_id"].as_str() {
        let Some(port) = data
            .ports
            .iter_mut()
            .find(|p| p["id"] == port_id && visible(p, &t))
        else {
            return Kind::Port.not_found(port_id);
        };
        if port["device_id"] != "" {
            return neutron_error(
                StatusCode::CONFLICT,
                "PortInUse",
                &format!(
                    "Unable to complete operation on port {port_id} for network {}. Port already has an attached device {}.",
                    port["network_id"].as_str().unwrap_or_default(),
                    port["device_id"].as_str().unwrap_or_default()
                ),
            );
        }
        port["device_id"] = json!(id);
        port["device_owner"] = json!("network:router_interface");
        port.clone()
    } else {
        let subnet_id = body["subnet_id"].as_str().unwrap_or_default();
        let Some(subnet) = data.subnets.iter().find(|s| s["id"] == subnet_id).cloned() else {
            return Kind::Subnet.not_found(subnet_id);
        };
        if on_subnet(&data, &subnet["id"]) {
            return bad_request(&format!("Router already has a port on subnet {subnet_id}."));
        }
        let spec = json!({"network_id": subnet["network_id"], "device_id": id,
                          "device_owner": "network:router_interface",
                          "security_groups": [], "port_security_enabled": false,
                          "fixed_ips": [{"subnet_id": subnet_id, "ip_address": subnet["gateway_ip"]}]});
        match ports::make_port(&mut data, &site, &project_of(&t), &spec) {
            Ok(port) => port,
            Err(refused) => return refused,
        }
    };
    json_response(StatusCode::OK, interface(&router, &port))
}

async fn remove_interface(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let (mut data, router, body) = match interface_request(&site, &t, &id, &body) {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    let found = data.ports.iter().position(|p| {
        p["device_id"] == id.as_str()
            && p["device_owner"] == "network:router_interface"
            && match body["port_id"].as_str() {
                Some(port) => p["id"] == port,
                None => p["fixed_ips"][0]["subnet_id"] == body["subnet_id"],
            }
    });
    let Some(at) = found else {
        return match body["port_id"].as_str() {
            Some(port) => neutron_error(
                StatusCode::NOT_FOUND,
                "RouterInterfaceNotFound",
                &format!("Router {id} does not have an interface with id {port}"),
            ),
            None => neutron_error(
                StatusCode::NOT_FOUND,
                "RouterInterfaceNotFoundForSubnet",
                &format!(
                    "Router {id} has no interface on subnet {}",
                    body["subnet_id"].as_str().unwrap_or_default()
                ),
            ),
        };
    };
    // A route through the interface's subnet keeps it.
    let subnet = data.ports[at]["fixed_ips"][0]["subnet_id"].clone();
    let needed = data
        .subnets
        .iter()
        .find(|s| s["id"] == subnet)
        .is_some_and(|s| {
            router["routes"].as_array().into_iter().flatten().any(|r| {
                r["nexthop"]
                    .as_str()
                    .is_some_and(|hop| ports::within(s, hop))
            })
        });
    if needed {
        return neutron_error(
            StatusCode::CONFLICT,
            "RouterInterfaceInUseByRoute",
            &format!(
                "Router interface for subnet {} on router {id} cannot be deleted, as it is required by one or more routes.",
                subnet.as_str().unwrap_or_default()
            ),
        );
    }
    let port = data.ports.remove(at);
    json_response(StatusCode::OK, interface(&router, &port))
}

pub(super) fn routes(router: Router) -> Router {
    router
        .route(
            "/v2.0/routers/{id}/add_router_interface",
            axum::routing::put(add_interface),
        )
        .route(
            "/v2.0/routers/{id}/remove_router_interface",
            axum::routing::put(remove_interface),
        )
}
