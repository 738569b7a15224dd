//! Neutron's resources beside networks and subnets: security groups and
//! their rules, ports, floating IPs, routers, address scopes and subnet
//! pools.

use serde_json::{Map, Value};

use super::cells::joined;
use super::{Column, Get, Lookup, Resource, Show, ShowSpec, col, col_if_any, dict_text};
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
    also_by: None,
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
pub fn falsy(value: &Value) -> bool {
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
    also_by: None,
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

pub static PORT: Resource = Resource {
    noun: "port",
    service: ServiceType::Network,
    path: "ports",
    list_path: "ports",
    brief: None,
    plural: "ports",
    singular: Some("port"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("MAC Address", Get::Key("mac_address")),
        col("Fixed IP Addresses", Get::Dicts("fixed_ips")),
        col("Status", Get::Key("status")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("MAC Address", Get::Key("mac_address")),
        col("Fixed IP Addresses", Get::Dicts("fixed_ips")),
        col("Status", Get::Key("status")),
        col("Security Groups", Get::List("security_groups")),
        col("Device Owner", Get::Key("device_owner")),
        col("Tags", Get::List("tags")),
        col("Trunk subports", Get::With(sub_ports, &["trunk_details"])),
    ],
    show: Show::Layout(PORT_SHOW),
};

/// A trunk's sub-ports, one per line; none without a trunk.
fn sub_ports(port: &Value, _: &Lookup) -> Cell {
    let ports = match &port["trunk_details"]["sub_ports"] {
        Value::Null => Value::Array(Vec::new()),
        ports => ports.clone(),
    };
    joined(&ports, "\n", dict_text)
}

/// A key openstacksdk's `Port` has and Neutron may leave out: shown as is,
/// None when absent.
const fn key(name: &'static str, api: &'static str) -> Column {
    col(name, Get::Key(api))
}

/// `port show`: openstacksdk's attribute names, in python-openstackclient's
/// order (not sorted).
const PORT_SHOW: &[Column] = &[
    col("admin_state_up", Get::Words("admin_state_up", "UP", "DOWN")),
    col("allowed_address_pairs", Get::Dicts("allowed_address_pairs")),
    key("binding_host_id", "binding:host_id"),
    col("binding_profile", Get::Dict("binding:profile")),
    col("binding_vif_details", Get::Dict("binding:vif_details")),
    key("binding_vif_type", "binding:vif_type"),
    key("binding_vnic_type", "binding:vnic_type"),
    key("created_at", "created_at"),
    key("data_plane_status", "data_plane_status"),
    key("description", "description"),
    key("device_id", "device_id"),
    key("device_owner", "device_owner"),
    key("device_profile", "device_profile"),
    col("dns_assignment", Get::Dicts("dns_assignment")),
    key("dns_domain", "dns_domain"),
    key("dns_name", "dns_name"),
    col("extra_dhcp_opts", Get::Dicts("extra_dhcp_opts")),
    col("fixed_ips", Get::Dicts("fixed_ips")),
    key("hardware_offload_type", "hardware_offload_type"),
    col("hints", Get::With(hints, &["hints"])),
    key("id", "id"),
    key("ip_allocation", "ip_allocation"),
    key("mac_address", "mac_address"),
    key("name", "name"),
    key("network_id", "network_id"),
    key("numa_affinity_policy", "numa_affinity_policy"),
    key("port_security_enabled", "port_security_enabled"),
    key("project_id", "project_id"),
    key("propagate_uplink_status", "propagate_uplink_status"),
    key("pvlan_type", "pvlan_type"),
    key("pvlan_community", "pvlan_community"),
    key("resource_request", "resource_request"),
    key("revision_number", "revision_number"),
    key("qos_network_policy_id", "qos_network_policy_id"),
    key("qos_policy_id", "qos_policy_id"),
    col("security_group_ids", Get::List("security_groups")),
    key("status", "status"),
    col("tags", Get::List("tags")),
    key("trunk_details", "trunk_details"),
    key("trusted", "trusted"),
    key("updated_at", "updated_at"),
];

/// A port's scheduling hints: openstacksdk's empty text when Neutron
/// gives none.
fn hints(port: &Value, _: &Lookup) -> Cell {
    match &port["hints"] {
        Value::Null => Cell::text(""),
        hints => Cell::of(hints),
    }
}

/// Floating IPs, found by ID or by address as openstacksdk's `find_ip`.
pub static FLOATING_IP: Resource = Resource {
    noun: "floating ip",
    service: ServiceType::Network,
    path: "floatingips",
    list_path: "floatingips",
    brief: None,
    plural: "floatingips",
    singular: Some("floatingip"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("floating_ip_address"),
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Floating IP Address", Get::Key("floating_ip_address")),
        col("Fixed IP Address", Get::Key("fixed_ip_address")),
        col("Port", Get::Key("port_id")),
        col("Floating Network", Get::Key("floating_network_id")),
        col("Project", Get::Key("project_id")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Floating IP Address", Get::Key("floating_ip_address")),
        col("Fixed IP Address", Get::Key("fixed_ip_address")),
        col("Port", Get::Key("port_id")),
        col("Floating Network", Get::Key("floating_network_id")),
        col("Project", Get::Key("project_id")),
        col("Router", Get::Key("router_id")),
        col("Status", Get::Key("status")),
        col("Description", Get::Key("description")),
        col("Tags", Get::Key("tags")),
        col("DNS Name", Get::Key("dns_name")),
        col("DNS Domain", Get::Key("dns_domain")),
    ],
    show: Show::Spec(&FLOATING_IP_SHOW),
};

const FLOATING_IP_SHOW: ShowSpec = ShowSpec {
    add: &["dns_domain", "dns_name", "qos_policy_id", "subnet_id"],
    rename: &[],
    drop: &["tenant_id"],
    formatted: &[("port_details", Get::With(port_details, &["port_details"]))],
    fix: Some(|fip| {
        // openstacksdk's `name` of a floating IP is its address.
        let address = fip
            .get("floating_ip_address")
            .cloned()
            .unwrap_or(Value::Null);
        fip.insert("name".into(), address);
    }),
};

/// The associated port's details as a mapping; when there is none, `{}`
/// to a machine and None to a person (osc-lib's `DictColumn` of None).
fn port_details(fip: &Value, _: &Lookup) -> Cell {
    match &fip["port_details"] {
        Value::Null => Cell::formatted(Value::Object(Map::new()), "None"),
        details => Cell::formatted(details.clone(), dict_text(details)),
    }
}

/// [`FLOATING_IP`] as `floating ip create` shows it: its port's details
/// unformatted.
pub static FLOATING_IP_CREATED: Resource = Resource {
    show: Show::Spec(&FLOATING_IP_CREATED_SHOW),
    ..FLOATING_IP
};

const FLOATING_IP_CREATED_SHOW: ShowSpec = ShowSpec {
    formatted: &[],
    ..FLOATING_IP_SHOW
};

pub static ROUTER: Resource = Resource {
    noun: "router",
    service: ServiceType::Network,
    path: "routers",
    list_path: "routers",
    brief: None,
    plural: "routers",
    singular: Some("router"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Status", Get::Key("status")),
        col("State", Get::Words("admin_state_up", "UP", "DOWN")),
        col("Project", Get::Key("project_id")),
        col_if_any("Distributed", Get::Key("distributed")),
        col_if_any("HA", Get::Key("ha")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Status", Get::Key("status")),
        col("State", Get::Words("admin_state_up", "UP", "DOWN")),
        col("Project", Get::Key("project_id")),
        col_if_any("Distributed", Get::Key("distributed")),
        col_if_any("HA", Get::Key("ha")),
        col("Routes", Get::With(routes, &["routes"])),
        col(
            "External gateway info",
            Get::With(gateway_info, &["external_gateway_info"]),
        ),
        col("Availability zones", Get::List("availability_zones")),
        col("Tags", Get::List("tags")),
    ],
    show: Show::Spec(&ROUTER_SHOW),
};

const ROUTER_SHOW: ShowSpec = ShowSpec {
    add: &["enable_ndp_proxy"],
    rename: &[],
    drop: &["tenant_id"],
    formatted: &[
        ("admin_state_up", Get::Words("admin_state_up", "UP", "DOWN")),
        (
            "availability_zone_hints",
            Get::List("availability_zone_hints"),
        ),
        ("availability_zones", Get::List("availability_zones")),
        (
            "external_gateway_info",
            Get::With(gateway_info, &["external_gateway_info"]),
        ),
        (
            "interfaces_info",
            Get::With(interfaces_info, &["interfaces_info"]),
        ),
        ("routes", Get::With(routes, &["routes"])),
        ("tags", Get::List("tags")),
    ],
    fix: None,
};

/// `json.dumps` of a value (python-openstackclient's `RouterInfoColumn`).
fn dumped(value: &Value) -> Cell {
    Cell::formatted(value.clone(), crate::output::python_json(value, false))
}

fn gateway_info(router: &Value, _: &Lookup) -> Cell {
    dumped(&router["external_gateway_info"])
}

fn interfaces_info(router: &Value, _: &Lookup) -> Cell {
    dumped(&router["interfaces_info"])
}

/// A router's routes, one per line, each `nexthop` shown as `gateway` (as
/// `--route` takes it).
fn routes(router: &Value, _: &Lookup) -> Cell {
    joined(&router["routes"], "\n", |route| {
        let mut route = route.clone();
        if let Some(fields) = route.as_object_mut()
            && let Some(hop) = fields.remove("nexthop")
        {
            fields.insert("gateway".into(), hop);
        }
        dict_text(&route)
    })
}

pub static ADDRESS_SCOPE: Resource = Resource {
    noun: "address scope",
    service: ServiceType::Network,
    path: "address-scopes",
    list_path: "address-scopes",
    brief: None,
    plural: "address_scopes",
    singular: Some("address_scope"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: ADDRESS_SCOPE_COLUMNS,
    long_columns: ADDRESS_SCOPE_COLUMNS,
    show: Show::Spec(&NEUTRON_SHOW),
};

const ADDRESS_SCOPE_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("IP Version", Get::Key("ip_version")),
    col("Shared", Get::Key("shared")),
    col("Project", Get::Key("project_id")),
];

/// Neutron's document as it is, but its legacy `tenant_id`.
const NEUTRON_SHOW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[],
    drop: &["tenant_id"],
    formatted: &[],
    fix: None,
};

pub static SUBNET_POOL: Resource = Resource {
    noun: "subnet pool",
    service: ServiceType::Network,
    path: "subnetpools",
    list_path: "subnetpools",
    brief: None,
    plural: "subnetpools",
    singular: Some("subnetpool"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Prefixes", Get::List("prefixes")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Prefixes", Get::List("prefixes")),
        col(
            "Default Prefix Length",
            Get::With(default_prefix_length, &["default_prefixlen"]),
        ),
        col("Address Scope", Get::Key("address_scope_id")),
        col("Default Subnet Pool", Get::Key("is_default")),
        col("Shared", Get::Key("shared")),
        col("Tags", Get::List("tags")),
    ],
    show: Show::Spec(&SUBNET_POOL_SHOW),
};

const SUBNET_POOL_SHOW: ShowSpec = ShowSpec {
    formatted: &[
        ("prefixes", Get::List("prefixes")),
        ("tags", Get::List("tags")),
    ],
    fix: Some(|pool| {
        for key in ["default_prefixlen", "min_prefixlen", "max_prefixlen"] {
            if let Some(length) = pool.get(key).map(number) {
                pool.insert(key.into(), length);
            }
        }
    }),
    ..NEUTRON_SHOW
};

/// Neutron gives prefix lengths as text; openstacksdk makes them numbers.
fn number(value: &Value) -> Value {
    match value.as_str().and_then(|text| text.parse::<u64>().ok()) {
        Some(n) => Value::from(n),
        None => value.clone(),
    }
}

fn default_prefix_length(pool: &Value, _: &Lookup) -> Cell {
    Cell::new(number(&pool["default_prefixlen"]))
}

pub static NETWORK_AGENT: Resource = Resource {
    noun: "network agent",
    service: ServiceType::Network,
    path: "agents",
    list_path: "agents",
    brief: None,
    plural: "agents",
    singular: Some("agent"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: NETWORK_AGENT_COLUMNS,
    long_columns: NETWORK_AGENT_COLUMNS,
    show: Show::Spec(&NETWORK_AGENT_SHOW),
};

const NETWORK_AGENT_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Agent Type", Get::Key("agent_type")),
    col("Host", Get::Key("host")),
    col("Availability Zone", Get::Key("availability_zone")),
    col("Alive", Get::Words("alive", ":-)", "XXX")),
    col("State", Get::Words("admin_state_up", "UP", "DOWN")),
    col("Binary", Get::Key("binary")),
];

/// The column `network agent list --router R --long` adds.
pub const NETWORK_AGENT_HA_STATE: &[Column] = &[col("HA State", Get::Key("ha_state"))];

/// python-openstackclient's fixed fields of an agent, under its names.
const NETWORK_AGENT_SHOW: ShowSpec = ShowSpec {
    add: &[
        "description",
        "ha_chassis_priority",
        "ha_state",
        "resources_synced",
    ],
    rename: &[
        ("configurations", "configuration"),
        ("heartbeat_timestamp", "last_heartbeat_at"),
    ],
    drop: &["tenant_id", "resource_versions", "load"],
    formatted: &[
        ("admin_state_up", Get::Words("admin_state_up", "UP", "DOWN")),
        ("alive", Get::Words("alive", ":-)", "XXX")),
    ],
    fix: None,
};

pub static NETWORK_SEGMENT: Resource = Resource {
    noun: "network segment",
    service: ServiceType::Network,
    path: "segments",
    list_path: "segments",
    brief: None,
    plural: "segments",
    singular: Some("segment"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Network", Get::Key("network_id")),
        col("Network Type", Get::Key("network_type")),
        col("Segment", Get::Key("segmentation_id")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Network", Get::Key("network_id")),
        col("Network Type", Get::Key("network_type")),
        col("Segment", Get::Key("segmentation_id")),
        col("Physical Network", Get::Key("physical_network")),
    ],
    show: Show::Spec(&NEUTRON_SHOW),
};

pub static QOS_POLICY: Resource = Resource {
    noun: "network qos policy",
    service: ServiceType::Network,
    path: "qos/policies",
    list_path: "qos/policies",
    brief: None,
    plural: "policies",
    singular: Some("policy"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: QOS_POLICY_COLUMNS,
    long_columns: QOS_POLICY_COLUMNS,
    show: Show::Spec(&QOS_POLICY_SHOW),
};

const QOS_POLICY_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Shared", Get::Key("shared")),
    col("Default", Get::Key("is_default")),
    col("Project", Get::Key("project_id")),
];

/// Rules one per line, each as Python prints a dict.
const QOS_POLICY_SHOW: ShowSpec = ShowSpec {
    formatted: &[("rules", Get::With(qos_rules, &["rules"]))],
    ..NEUTRON_SHOW
};

/// [`QOS_POLICY`] as `network qos policy create` shows it: its rules
/// unformatted.
pub static QOS_POLICY_CREATED: Resource = Resource {
    show: Show::Spec(&NEUTRON_SHOW),
    ..QOS_POLICY
};

fn qos_rules(policy: &Value, _: &Lookup) -> Cell {
    joined(&policy["rules"], "\n", crate::output::python_repr)
}

pub static NETWORK_RBAC: Resource = Resource {
    noun: "network rbac",
    service: ServiceType::Network,
    path: "rbac-policies",
    list_path: "rbac-policies",
    brief: None,
    plural: "rbac_policies",
    singular: Some("rbac_policy"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Object Type", Get::Key("object_type")),
        col("Object ID", Get::Key("object_id")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Object Type", Get::Key("object_type")),
        col("Object ID", Get::Key("object_id")),
        col("Action", Get::Key("action")),
    ],
    show: Show::Spec(&NETWORK_RBAC_SHOW),
};

/// openstacksdk's `target_project_id`, python-openstackclient's name.
const NETWORK_RBAC_SHOW: ShowSpec = ShowSpec {
    rename: &[("target_tenant", "target_project_id")],
    ..NEUTRON_SHOW
};
