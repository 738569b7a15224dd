//! Neutron's ports: fixed IPs taken from the network's subnets (or the
//! ones asked for, checked), a MAC address, the project's default
//! security group unless told otherwise, and Neutron's refusals.

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::SystemTime;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, neutron_error, parse, secgroups, visible};
use crate::http::{json_response, project_of};
use crate::site::{Data, Site, Token, iso};

fn in_use(data: &Data, subnet: &str, ip: &str) -> bool {
    data.ports.iter().any(|p| {
        p["fixed_ips"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| f["subnet_id"] == subnet && f["ip_address"] == ip)
    })
}

/// The pools of a subnet as address ranges.
fn pools(subnet: &Value) -> Vec<(u32, u32)> {
    subnet["allocation_pools"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let start: Ipv4Addr = p["start"].as_str()?.parse().ok()?;
            let end: Ipv4Addr = p["end"].as_str()?.parse().ok()?;
            Some((u32::from(start), u32::from(end)))
        })
        .collect()
}

/// Whether `ip` lies in the subnet's range, and is neither its network
/// nor its broadcast address.
pub(super) fn within(subnet: &Value, ip: &str) -> bool {
    let Some((base, prefix)) = subnet["cidr"].as_str().and_then(super::parse_cidr) else {
        return false;
    };
    let Ok(ip) = ip.parse::<Ipv4Addr>() else {
        return false;
    };
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    let ip = u32::from(ip);
    ip & mask == base & mask && ip != base & mask && ip != (base | !mask)
}

/// The first free address of the subnet's pools.
fn free_ip(data: &Data, subnet: &Value) -> Option<String> {
    let id = subnet["id"].as_str().unwrap_or_default();
    pools(subnet)
        .into_iter()
        .flat_map(|(start, end)| start..=end)
        .map(|ip| Ipv4Addr::from(ip).to_string())
        .find(|ip| !in_use(data, id, ip))
}

/// The fixed IPs a port asks for (or one of the network's first subnet),
/// checked as Neutron checks them.
fn fixed_ips(data: &Data, network: &str, asked: Option<&Value>) -> Result<Vec<Value>, Response> {
    let subnets: Vec<&Value> = data
        .subnets
        .iter()
        .filter(|s| s["network_id"] == network)
        .collect();
    let Some(asked) = asked.and_then(Value::as_array) else {
        return Ok(subnets
            .first()
            .and_then(|s| Some(json!({"subnet_id": s["id"], "ip_address": free_ip(data, s)?})))
            .into_iter()
            .collect());
    };
    let mut ips = Vec::new();
    for want in asked {
        let subnet = match want["subnet_id"].as_str() {
            Some(id) => subnets.iter().find(|s| s["id"] == id).copied(),
            None => want["ip_address"]
                .as_str()
                .and_then(|ip| subnets.iter().find(|s| within(s, ip)).copied()),
        };
        let Some(subnet) = subnet else {
            let message = match want["ip_address"].as_str() {
                Some(ip) if want["subnet_id"].is_null() => {
                    format!(
                        "IP address {ip} is not a valid IP for any of the subnets on the specified network."
                    )
                }
                _ => format!(
                    "Invalid input for operation: Failed to create port on network {network}, because fixed_ips included invalid subnet {}.",
                    want["subnet_id"].as_str().unwrap_or_default()
                ),
            };
            return Err(neutron_error(
                StatusCode::BAD_REQUEST,
                "InvalidInput",
                &message,
            ));
        };
        let subnet_id = subnet["id"].as_str().unwrap_or_default();
        let ip = match want["ip_address"].as_str() {
            Some(ip) if !within(subnet, ip) => {
                return Err(neutron_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidIpForSubnet",
                    &format!("IP address {ip} is not a valid IP for the specified subnet."),
                ));
            }
            Some(ip) if in_use(data, subnet_id, ip) => {
                return Err(neutron_error(
                    StatusCode::CONFLICT,
                    "IpAddressAlreadyAllocated",
                    &format!("IP address {ip} already allocated in subnet {subnet_id}"),
                ));
            }
            Some(ip) => ip.to_string(),
            None => free_ip(data, subnet).unwrap_or_default(),
        };
        ips.push(json!({"subnet_id": subnet_id, "ip_address": ip}));
    }
    Ok(ips)
}

/// A port on `network` for `spec` (`POST /ports`, and the ports Nova asks
/// for), or Neutron's refusal.
pub(crate) fn make_port(
    data: &mut Data,
    site: &Site,
    project: &str,
    spec: &Value,
) -> Result<Value, Response> {
    let network = spec["network_id"].as_str().unwrap_or_default();
    if !data.networks.iter().any(|n| n["id"] == network) {
        return Err(Kind::Network.not_found(network));
    }
    let ips = fixed_ips(data, network, spec.get("fixed_ips"))?;
    let secure = spec["port_security_enabled"].as_bool().unwrap_or(true);
    let groups = match spec["security_groups"].as_array() {
        Some(groups) => groups.clone(),
        None if secure => {
            secgroups::ensure_default(data, site, project);
            data.security_groups
                .iter()
                .filter(|g| g["project_id"] == project && g["name"] == "default")
                .map(|g| g["id"].clone())
                .collect()
        }
        None => Vec::new(),
    };
    if !groups.is_empty() && (!secure || ips.is_empty()) {
        return Err(neutron_error(
            StatusCode::BAD_REQUEST,
            "PortSecurityAndIPRequiredForSecurityGroups",
            "Port security must be enabled and port must have an IP address in order to use security groups.",
        ));
    }
    for group in &groups {
        if !data.security_groups.iter().any(|g| g["id"] == *group) {
            return Err(Kind::SecurityGroup.not_found(group.as_str().unwrap_or_default()));
        }
    }
    let id = site.new_id("port");
    let mac = format!("fa:16:3e:{}:{}:{}", &id[0..2], &id[2..4], &id[4..6]);
    let mac = spec["mac_address"].as_str().unwrap_or(&mac).to_string();
    let pairs = with_mac(
        spec.get("allowed_address_pairs")
            .cloned()
            .unwrap_or(json!([])),
        &mac,
    );
    let now = iso(SystemTime::now());
    let text = |key: &str| spec[key].as_str().unwrap_or_default().to_string();
    let port = json!({
        "id": id, "name": text("name"), "network_id": network, "project_id": project,
        "mac_address": mac,
        "admin_state_up": spec["admin_state_up"].as_bool().unwrap_or(true),
        "status": "DOWN", "device_id": text("device_id"), "device_owner": text("device_owner"),
        "fixed_ips": ips, "tenant_id": project, "port_security_enabled": secure,
        "security_groups": groups,
        "binding:vnic_type": spec["binding:vnic_type"].as_str().unwrap_or("normal"),
        "binding:profile": spec.get("binding:profile").cloned().unwrap_or(json!({})),
        "binding:host_id": text("binding:host_id"), "binding:vif_type": "unbound",
        "binding:vif_details": {},
        "allowed_address_pairs": pairs,
        "extra_dhcp_opts": [], "description": text("description"), "tags": [],
        "ip_allocation": "immediate", "qos_policy_id": spec["qos_policy_id"],
        "qos_network_policy_id": null, "resource_request": null,
        "created_at": now, "updated_at": now, "revision_number": 1,
    });
    data.ports.push(port.clone());
    Ok(port)
}

pub(super) async fn create_port(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["port"];
    let project = spec["project_id"]
        .as_str()
        .map_or_else(|| project_of(&t), str::to_string);
    let mut data = site.data.lock().unwrap();
    match make_port(&mut data, &site, &project, spec) {
        Ok(port) => json_response(StatusCode::CREATED, json!({ "port": port })),
        Err(refused) => refused,
    }
}

/// Allowed addresses, each with the port's MAC where it names none.
fn with_mac(mut pairs: Value, mac: &str) -> Value {
    for pair in pairs.as_array_mut().into_iter().flatten() {
        if pair["mac_address"].is_null() {
            pair["mac_address"] = json!(mac);
        }
    }
    pairs
}

/// A port's update, checked as Neutron checks new fixed IPs; the rest as
/// every collection's update.
pub(super) fn check_update(data: &Data, port: &Value, spec: &Value) -> Result<Value, Response> {
    let mut spec = spec.clone();
    if let Some(asked) = spec.get("fixed_ips").cloned() {
        let network = port["network_id"].as_str().unwrap_or_default();
        // The port's own addresses are not taken from it.
        let others = Data {
            subnets: data.subnets.clone(),
            ports: data
                .ports
                .iter()
                .filter(|p| p["id"] != port["id"])
                .cloned()
                .collect(),
            ..Data::default()
        };
        spec["fixed_ips"] = json!(fixed_ips(&others, network, Some(&asked))?);
    }
    if let Some(pairs) = spec.get("allowed_address_pairs").cloned() {
        spec["allowed_address_pairs"] =
            with_mac(pairs, port["mac_address"].as_str().unwrap_or_default());
    }
    Ok(spec)
}

pub(super) async fn delete_port(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    // A router's ports go with the router's own requests.
    let owner = data
        .ports
        .iter()
        .find(|p| p["id"] == id.as_str() && visible(p, &t))
        .and_then(|p| p["device_owner"].as_str())
        .filter(|o| {
            matches!(
                *o,
                "network:router_gateway" | "network:router_interface" | "network:floatingip"
            )
        })
        .map(str::to_string);
    if let Some(owner) = owner {
        return neutron_error(
            StatusCode::CONFLICT,
            "ServicePortInUse",
            &format!(
                "Port {id} cannot be deleted directly via the port API: has device owner {owner}."
            ),
        );
    }
    let before = data.ports.len();
    data.ports
        .retain(|p| !(p["id"] == id.as_str() && visible(p, &t)));
    if data.ports.len() == before {
        return Kind::Port.not_found(&id);
    }
    StatusCode::NO_CONTENT.into_response()
}
