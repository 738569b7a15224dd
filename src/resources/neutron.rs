//! Neutron's resources beside networks and subnets: security groups and
//! their rules.

use serde_json::{Map, Value};

use super::cells::joined;
use super::{Column, Get, Lookup, Resource, Show, ShowSpec, col, dict_text};
use crate::output::Cell;
use crate::scope::ServiceType;

pub static SECURITY_GROUP: Resource = Resource {
    noun: "security group",
    service: ServiceType::Network,
    path: "security-groups",
    list_path: "security-groups",
    brief: None,
    plural: "security_groups",
    singular: Some("security_group"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    columns: SECURITY_GROUP_COLUMNS,
    long_columns: SECURITY_GROUP_COLUMNS,
    show: Show::Spec(&SECURITY_GROUP_SHOW),
};

/// python-openstackclient shows the tags unformatted here (`[]`).
const SECURITY_GROUP_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Description", Get::Key("description")),
    col("Project", Get::Key("project_id")),
    col("Tags", Get::Key("tags")),
    col("Shared", Get::Key("shared")),
];

const SECURITY_GROUP_SHOW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[("shared", "is_shared"), ("security_group_rules", "rules")],
    drop: &["tenant_id"],
    formatted: &[("rules", Get::With(group_rules, &["rules"]))],
    fix: None,
};

/// A group's rules, one per line, as python-openstackclient trims them:
/// without empty values and without what the group already says (its ID,
/// its project).
fn group_rules(group: &Value, _: &Lookup) -> Cell {
    joined(&group["rules"], "\n", |rule| {
        let trimmed: Map<String, Value> = rule
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, v)| {
                !falsy(v) && !matches!(k.as_str(), "security_group_id" | "tenant_id" | "project_id")
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        dict_text(&Value::Object(trimmed))
    })
}

/// What Python counts as false: None, False, 0, and empty strings, lists
/// and mappings.
fn falsy(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}

pub static SECURITY_GROUP_RULE: Resource = Resource {
    noun: "security group rule",
    service: ServiceType::Network,
    path: "security-group-rules",
    list_path: "security-group-rules",
    brief: None,
    plural: "security_group_rules",
    singular: Some("security_group_rule"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    columns: SECURITY_GROUP_RULE_COLUMNS,
    long_columns: SECURITY_GROUP_RULE_COLUMNS,
    show: Show::Spec(&SECURITY_GROUP_RULE_SHOW),
};

const SECURITY_GROUP_RULE_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("IP Protocol", Get::Key("protocol")),
    col("Ethertype", Get::Key("ethertype")),
    col(
        "IP Range",
        Get::With(ip_range, &["remote_ip_prefix", "ethertype"]),
    ),
    col(
        "Port Range",
        Get::With(
            port_range,
            &["protocol", "port_range_min", "port_range_max"],
        ),
    ),
    col("Direction", Get::Key("direction")),
    col("Remote Security Group", Get::Key("remote_group_id")),
    col("Remote Address Group", Get::Key("remote_address_group_id")),
];

/// The column `security group rule list` adds when no group is given.
pub const SECURITY_GROUP_RULE_GROUP: &[Column] =
    &[col("Security Group", Get::Key("security_group_id"))];

/// openstacksdk's attributes of a rule: `ether_type`, and no tags or
/// standard attribute ID.
const SECURITY_GROUP_RULE_SHOW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[("ethertype", "ether_type")],
    drop: &["tenant_id", "tags", "name", "standard_attr_id"],
    formatted: &[],
    fix: Some(|rule| {
        // Old rules have no prefix: python-openstackclient shows the
        // ethertype's whole range.
        if rule.get("remote_ip_prefix").is_none_or(falsy) {
            let range = whole_range(rule.get("ether_type").unwrap_or(&Value::Null));
            rule.insert("remote_ip_prefix".into(), range);
        }
    }),
};

/// `0.0.0.0/0` or `::/0` by ethertype, else None.
fn whole_range(ethertype: &Value) -> Value {
    match ethertype.as_str() {
        Some("IPv4") => Value::from("0.0.0.0/0"),
        Some("IPv6") => Value::from("::/0"),
        _ => Value::Null,
    }
}

/// A rule's remote prefix, or its ethertype's whole range when it has
/// none (`format_remote_ip_prefix`).
fn ip_range(rule: &Value, _: &Lookup) -> Cell {
    match &rule["remote_ip_prefix"] {
        Value::Null => Cell::new(whole_range(&rule["ethertype"])),
        prefix => Cell::of(prefix),
    }
}

fn is_icmp(protocol: &Value) -> bool {
    matches!(
        protocol.as_str(),
        Some("icmp" | "icmpv6" | "ipv6-icmp" | "1" | "58")
    )
}

/// `80:80`, `22:24`, `type=3:code=0` or nothing, as
/// python-openstackclient's `format_network_port_range`.
fn port_range(rule: &Value, _: &Lookup) -> Cell {
    let (min, max) = (&rule["port_range_min"], &rule["port_range_max"]);
    let text = |v: &Value| crate::output::python_str(v);
    let range = if is_icmp(&rule["protocol"]) {
        let mut range = String::new();
        if !falsy(min) {
            range.push_str(&format!("type={}", text(min)));
        }
        if !falsy(max) {
            range.push_str(&format!(":code={}", text(max)));
        }
        range
    } else if !falsy(min) || !falsy(max) {
        let low = if min.is_null() { max } else { min };
        let high = if max.is_null() { min } else { max };
        format!("{}:{}", text(low), text(high))
    } else {
        String::new()
    };
    Cell::text(range)
}
