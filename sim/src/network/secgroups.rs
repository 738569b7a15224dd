//! Neutron's security groups and their rules: each project's `default`
//! group made on first use, the two egress rules of every new group, and
//! Neutron's checks and errors for rules.

use std::sync::Arc;
use std::time::SystemTime;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, neutron_error, parse, visible};
use crate::http::{error, json_response, project_of};
use crate::site::{Data, Service, Site, Token, iso};

const S: Option<Service> = Some(Service::Network);

/// A group as Neutron shows it: with its rules, each as the group embeds
/// it (`standard_attr_id`, `tags`, and `belongs_to_default_sg` true for
/// the default group's rules, else null).
pub(super) fn with_rules(group: &Value, data: &Data) -> Value {
    let default = group["name"] == "default";
    let rules: Vec<Value> = data
        .security_group_rules
        .iter()
        .filter(|r| r["security_group_id"] == group["id"])
        .map(|r| {
            let mut r = r.clone();
            r["tags"] = json!([]);
            r["belongs_to_default_sg"] = if default { json!(true) } else { Value::Null };
            r
        })
        .collect();
    let mut group = group.clone();
    group["security_group_rules"] = json!(rules);
    group
}

/// A rule as `GET /security-group-rules/{id}` shows it.
pub(super) fn rule_view(rule: &Value) -> Value {
    let mut rule = rule.clone();
    if let Some(fields) = rule.as_object_mut() {
        fields.remove("standard_attr_id");
    }
    rule
}

fn group_json(site: &Site, project: &str, name: &str, description: &str, now: SystemTime) -> Value {
    json!({
        "id": site.new_id("security-group"), "name": name, "stateful": true,
        "tenant_id": project, "project_id": project, "description": description,
        "shared": false, "tags": [], "created_at": iso(now), "updated_at": iso(now),
        "revision_number": 1,
    })
}

/// One rule, with Neutron's defaults for what the request left out.
fn rule_json(data: &Data, site: &Site, group: &Value, spec: &Value, now: SystemTime) -> Value {
    let prefix = spec["remote_ip_prefix"].clone();
    let normalized = match prefix.as_str() {
        Some(p) => json!(normalize(p)),
        None => Value::Null,
    };
    json!({
        "id": site.new_id("security-group-rule"),
        "project_id": group["project_id"], "tenant_id": group["project_id"],
        "security_group_id": group["id"],
        "ethertype": spec["ethertype"].as_str().unwrap_or("IPv4"),
        "direction": spec["direction"],
        "protocol": spec["protocol"], "port_range_min": spec["port_range_min"],
        "port_range_max": spec["port_range_max"], "remote_ip_prefix": prefix,
        "remote_address_group_id": spec["remote_address_group_id"],
        "normalized_cidr": normalized, "remote_group_id": spec["remote_group_id"],
        "standard_attr_id": data.security_group_rules.len() + 1,
        "belongs_to_default_sg": group["name"] == "default",
        "description": spec.get("description").cloned().unwrap_or(json!("")),
        "created_at": iso(now), "updated_at": iso(now), "revision_number": 0,
    })
}

/// A CIDR with its host bits cleared (`10.0.0.5/24` is `10.0.0.0/24`); a
/// bare address is a /32 (or /128).
fn normalize(prefix: &str) -> String {
    let (address, length) = prefix.split_once('/').unwrap_or((prefix, ""));
    match address.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            let length: u32 = length.parse().unwrap_or(32).min(32);
            let mask = if length == 0 {
                0
            } else {
                u32::MAX << (32 - length)
            };
            format!(
                "{}/{length}",
                std::net::Ipv4Addr::from(u32::from(v4) & mask)
            )
        }
        Ok(std::net::IpAddr::V6(v6)) => {
            let length: u32 = length.parse().unwrap_or(128).min(128);
            let mask = if length == 0 {
                0
            } else {
                u128::MAX << (128 - length)
            };
            format!(
                "{}/{length}",
                std::net::Ipv6Addr::from(u128::from(v6) & mask)
            )
        }
        Err(_) => prefix.to_string(),
    }
}

/// The two egress rules (IPv4, IPv6) every new group starts with.
fn egress_rules(data: &mut Data, site: &Site, group: &Value, now: SystemTime) {
    for ethertype in ["IPv4", "IPv6"] {
        let spec = json!({"direction": "egress", "ethertype": ethertype, "description": null});
        let rule = rule_json(data, site, group, &spec, now);
        data.security_group_rules.push(rule);
    }
}

/// The project's `default` group, made with Neutron's four rules (all
/// egress, and ingress from the group itself) when it has none yet.
pub(super) fn ensure_default(data: &mut Data, site: &Site, project: &str) {
    if project.is_empty()
        || data
            .security_groups
            .iter()
            .any(|g| g["project_id"] == project && g["name"] == "default")
    {
        return;
    }
    let now = SystemTime::now();
    let group = group_json(site, project, "default", "Default security group", now);
    for ethertype in ["IPv4", "IPv6"] {
        let spec = json!({"direction": "ingress", "ethertype": ethertype,
                          "remote_group_id": group["id"], "description": null});
        let rule = rule_json(data, site, &group, &spec, now);
        data.security_group_rules.push(rule);
    }
    egress_rules(data, site, &group, now);
    data.security_groups.push(group);
}

pub(super) async fn create_group(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["security_group"];
    let project = spec["project_id"]
        .as_str()
        .map_or_else(|| project_of(&t), str::to_string);
    let name = spec["name"].as_str().unwrap_or_default();
    let mut data = site.data.lock().unwrap();
    ensure_default(&mut data, &site, &project);
    if name == "default" {
        return neutron_error(
            StatusCode::CONFLICT,
            "SecurityGroupDefaultAlreadyExists",
            "Default security group already exists.",
        );
    }
    let now = SystemTime::now();
    let description = spec["description"].as_str().unwrap_or_default();
    let mut group = group_json(&site, &project, name, description, now);
    if let Some(stateful) = spec["stateful"].as_bool() {
        group["stateful"] = json!(stateful);
    }
    egress_rules(&mut data, &site, &group, now);
    data.security_groups.push(group.clone());
    json_response(
        StatusCode::CREATED,
        json!({"security_group": with_rules(&group, &data)}),
    )
}

pub(super) async fn delete_group(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    let Some(at) = data
        .security_groups
        .iter()
        .position(|g| g["id"] == id.as_str() && visible(g, &t))
    else {
        return Kind::SecurityGroup.not_found(&id);
    };
    let in_use = data.ports.iter().any(|p| {
        p["security_groups"]
            .as_array()
            .is_some_and(|groups| groups.iter().any(|g| g == id.as_str()))
    });
    if in_use {
        return neutron_error(
            StatusCode::CONFLICT,
            "SecurityGroupInUse",
            &format!("Security Group {id} in use."),
        );
    }
    data.security_groups.remove(at);
    data.security_group_rules
        .retain(|r| r["security_group_id"] != id.as_str());
    StatusCode::NO_CONTENT.into_response()
}

/// What Neutron refuses in a new rule, before it looks for duplicates.
fn invalid_rule(spec: &Value) -> Option<String> {
    match spec["direction"].as_str() {
        Some("ingress" | "egress") => {}
        other => {
            return Some(format!(
                "Invalid input for direction. Reason: {} is not in valid_values.",
                other.unwrap_or("None")
            ));
        }
    }
    if let Some(e) = spec["ethertype"]
        .as_str()
        .filter(|e| !matches!(*e, "IPv4" | "IPv6"))
    {
        return Some(format!(
            "Invalid input for ethertype. Reason: {e} is not in valid_values."
        ));
    }
    if !spec["remote_ip_prefix"].is_null() && !spec["remote_group_id"].is_null() {
        return Some("Only remote_ip_prefix or remote_group_id may be provided.".into());
    }
    let (min, max) = (
        spec["port_range_min"].as_i64(),
        spec["port_range_max"].as_i64(),
    );
    if spec["protocol"].is_null() && (min.is_some() || max.is_some()) {
        return Some("Must also specify protocol if port range is given.".into());
    }
    let ports = matches!(
        spec["protocol"].as_str(),
        Some("tcp" | "udp" | "sctp" | "dccp" | "udplite")
    );
    if let (true, Some(min), Some(max)) = (ports, min, max)
        && min > max
    {
        return Some("For TCP/UDP protocols, port_range_min must be <= port_range_max".into());
    }
    None
}

/// The keys that make two rules the same rule.
const RULE_KEYS: &[&str] = &[
    "direction",
    "ethertype",
    "protocol",
    "port_range_min",
    "port_range_max",
    "remote_group_id",
    "remote_address_group_id",
    "normalized_cidr",
];

pub(super) async fn create_rule(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["security_group_rule"];
    if let Some(message) = invalid_rule(spec) {
        return error(S, StatusCode::BAD_REQUEST, &message);
    }
    let group_id = spec["security_group_id"].as_str().unwrap_or_default();
    let mut data = site.data.lock().unwrap();
    let Some(group) = data
        .security_groups
        .iter()
        .find(|g| g["id"] == group_id && visible(g, &t))
        .cloned()
    else {
        return Kind::SecurityGroup.not_found(group_id);
    };
    if let Some(remote) = spec["remote_group_id"].as_str()
        && !data.security_groups.iter().any(|g| g["id"] == remote)
    {
        return Kind::SecurityGroup.not_found(remote);
    }
    let rule = rule_json(&data, &site, &group, spec, SystemTime::now());
    let same = data.security_group_rules.iter().find(|r| {
        r["security_group_id"] == group["id"] && RULE_KEYS.iter().all(|k| r[*k] == rule[*k])
    });
    if let Some(same) = same {
        return neutron_error(
            StatusCode::CONFLICT,
            "SecurityGroupRuleExists",
            &format!(
                "Security group rule already exists. Rule id is {}.",
                same["id"].as_str().unwrap_or_default()
            ),
        );
    }
    data.security_group_rules.push(rule.clone());
    if let Some(g) = data
        .security_groups
        .iter_mut()
        .find(|g| g["id"] == group["id"])
    {
        g["revision_number"] = json!(g["revision_number"].as_u64().unwrap_or(0) + 1);
    }
    json_response(
        StatusCode::CREATED,
        json!({"security_group_rule": rule_view(&rule)}),
    )
}

pub(super) async fn delete_rule(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.security_group_rules.len();
    data.security_group_rules
        .retain(|r| !(r["id"] == id.as_str() && visible(r, &t)));
    if data.security_group_rules.len() == before {
        return Kind::SecurityGroupRule.not_found(&id);
    }
    StatusCode::NO_CONTENT.into_response()
}
