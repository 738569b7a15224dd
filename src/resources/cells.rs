//! How a column turns a resource's JSON into a cell, as osc-lib's
//! formatters and python-openstackclient's column functions do.

use serde_json::{Map, Value};

use super::{Get, Lookup};
use crate::output::{Cell, python_str};

/// A cell for a value: lists joined by `, `, mappings as `k='v'`.
pub fn formatted(value: Value) -> Cell {
    match &value {
        Value::Array(_) => {
            let human = list_text(&value);
            Cell::formatted(value, human)
        }
        Value::Object(_) => {
            let human = dict_text(&value);
            Cell::formatted(value, human)
        }
        _ => Cell::new(value),
    }
}

/// `a, b` as osc-lib's `ListColumn` shows a list.
pub fn list_text(value: &Value) -> String {
    value
        .as_array()
        .map(|items| items.iter().map(python_str).collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}

/// `a, b` sorted, as osc-lib's `ListColumn` shows a list (`format_list`).
pub(super) fn sorted_list_text(value: &Value) -> String {
    let mut items: Vec<&Value> = value.as_array().into_iter().flatten().collect();
    items.sort_by(|a, b| match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        _ => python_str(a).cmp(&python_str(b)),
    });
    items
        .iter()
        .map(|v| python_str(v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `k='v', k2='v2'`, sorted, as osc-lib's `DictColumn` shows a mapping
/// (`format_dict`): `k=` for None, and a nested mapping flattened into
/// `k.inner='v'` (nothing at all when it is empty).
pub fn dict_text(value: &Value) -> String {
    fn format(map: &Map<String, Value>, prefix: Option<&str>) -> String {
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort();
        keys.iter()
            .map(|k| {
                let key = match prefix {
                    Some(p) => format!("{p}.{k}"),
                    None => k.to_string(),
                };
                match &map[*k] {
                    Value::Object(inner) => format(inner, Some(&key)),
                    Value::Null => format!("{key}="),
                    v => format!("{key}='{}'", python_str(v)),
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
    value
        .as_object()
        .map(|map| format(map, None))
        .unwrap_or_default()
}

pub(super) fn cell(item: &Value, get: Get, lookup: &Lookup) -> Cell {
    let field = |key: &str| item.get(key).cloned().unwrap_or(Value::Null);
    match get {
        Get::Key(key) => Cell::of(item.get(key).unwrap_or(&Value::Null)),
        Get::List(key) => {
            let value = field(key);
            let human = sorted_list_text(&value);
            Cell::formatted(value, human)
        }
        Get::Unsorted(key) => {
            let value = field(key);
            let human = list_text(&value);
            Cell::formatted(value, human)
        }
        Get::Dict(key) => {
            let value = match field(key) {
                Value::Null => Value::Object(Map::new()),
                v => v,
            };
            let human = dict_text(&value);
            Cell::formatted(value, human)
        }
        Get::Dicts(key) => {
            let value = match field(key) {
                Value::Null => Value::Array(Vec::new()),
                v => v,
            };
            joined(&value, "\n", dict_text)
        }
        Get::Words(key, yes, no) => {
            let value = field(key);
            let human = match value.as_bool() {
                Some(true) => yes,
                Some(false) => no,
                None => "",
            };
            Cell::formatted(value, human)
        }
        Get::ImageName => image_name(item, lookup),
        // The ID; the list puts the name over it (`Resource::fill_names`).
        Get::NameOf(key, _) => Cell::new(field(key)),
        Get::NamesIn(key, _, format) => format(&field(key), &Default::default()),
        // The ID; the list puts the names over it (`Resource::fill_names`).
        Get::Grouped(_) => Cell::new(field("id")),
        Get::With(f, _) => f(item, lookup),
    }
}

/// `net=10.0.0.4, 10.0.0.5; other=...`, as python-openstackclient shows
/// a server's addresses; the machine form maps networks to addresses.
pub(super) fn networks(server: &Value, _: &Lookup) -> Cell {
    let mut machine = Map::new();
    let mut parts = Vec::new();
    for (network, addresses) in server["addresses"].as_object().into_iter().flatten() {
        let addrs: Vec<Value> = addresses
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.get("addr").cloned())
            .collect();
        parts.push(format!(
            "{network}={}",
            addrs.iter().map(python_str).collect::<Vec<_>>().join(", ")
        ));
        machine.insert(network.clone(), Value::Array(addrs));
    }
    Cell::formatted(Value::Object(machine), parts.join("; "))
}

/// The ID of a server's image, if it booted from one.
pub fn image_id(server: &Value) -> Option<&str> {
    server["image"].get("id").and_then(Value::as_str)
}

pub(super) fn image_name(server: &Value, lookup: &Lookup) -> Cell {
    match image_id(server) {
        None => Cell::new("N/A (booted from volume)"),
        Some(id) => Cell::new(lookup.images.get(id).cloned().unwrap_or_default()),
    }
}

/// An empty cell, for a column whose value was not looked up.
pub(super) fn blank(_: &Value, _: &Lookup) -> Cell {
    Cell::new("")
}

pub(super) fn server_image_id(server: &Value, _: &Lookup) -> Cell {
    match image_id(server) {
        None => Cell::new("N/A (booted from volume)"),
        Some(id) => Cell::new(id),
    }
}

pub(super) fn flavor_name(server: &Value, _: &Lookup) -> Cell {
    let flavor = &server["flavor"];
    Cell::new(
        flavor
            .get("original_name")
            .or(flavor.get("id"))
            .cloned()
            .unwrap_or(Value::Null),
    )
}

/// python-openstackclient formats the host column: empty when unknown.
pub(super) fn host(server: &Value, _: &Lookup) -> Cell {
    let value = server["OS-EXT-SRV-ATTR:host"].clone();
    let human = if value.is_null() {
        String::new()
    } else {
        python_str(&value)
    };
    Cell::formatted(value, human)
}

pub(super) fn power_state(server: &Value, _: &Lookup) -> Cell {
    let state = server["OS-EXT-STS:power_state"].clone();
    let human = match state.as_i64() {
        Some(0) => "NOSTATE",
        Some(1) => "Running",
        Some(3) => "Paused",
        Some(4) => "Shutdown",
        Some(6) => "Crashed",
        Some(7) => "Suspended",
        _ => "",
    };
    Cell::formatted(state, human)
}

/// A list cell whose table text formats each item and joins them.
pub(super) fn joined(list: &Value, separator: &str, item: impl Fn(&Value) -> String) -> Cell {
    let human = list
        .as_array()
        .into_iter()
        .flatten()
        .map(item)
        .collect::<Vec<_>>()
        .join(separator);
    Cell::formatted(list.clone(), human)
}

/// python-openstackclient's `AllocationPoolsColumn`: joined by `,`.
pub(super) fn allocation_pools(subnet: &Value, _: &Lookup) -> Cell {
    joined(&subnet["allocation_pools"], ",", |p| {
        format!("{}-{}", python_str(&p["start"]), python_str(&p["end"]))
    })
}

/// python-openstackclient's `HostRoutesColumn`: one route per line.
pub(super) fn host_routes(subnet: &Value, _: &Lookup) -> Cell {
    joined(&subnet["host_routes"], "\n", |r| {
        format!(
            "destination='{}', gateway='{}'",
            python_str(&r["destination"]),
            python_str(&r["nexthop"])
        )
    })
}

/// A volume's attachments as python-openstackclient's `AttachmentsColumn`
/// shows them: each server by its name where the site's server list has
/// it.
pub(super) fn attachments(
    attachments: &Value,
    servers: &std::collections::HashMap<String, String>,
) -> Cell {
    let text: String = attachments
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            let id = python_str(&a["server_id"]);
            let server = servers.get(&id).cloned().unwrap_or(id);
            format!("Attached to {server} on {} ", python_str(&a["device"]))
        })
        .collect();
    Cell::formatted(attachments.clone(), text)
}

pub(super) fn bootable(volume: &Value, _: &Lookup) -> Cell {
    let value = match &volume["bootable"] {
        Value::String(s) => Value::Bool(s.eq_ignore_ascii_case("true")),
        other => other.clone(),
    };
    Cell::new(value)
}

pub(super) fn security_groups(server: &Value, _: &Lookup) -> Cell {
    joined(&server["security_groups"], "\n", dict_text)
}

/// An aggregate's metadata less its zone, as `aggregate list --long`
/// shows its `Properties`.
pub(super) fn aggregate_properties(aggregate: &Value, _: &Lookup) -> Cell {
    let mut metadata = aggregate["metadata"].clone();
    if let Some(m) = metadata.as_object_mut() {
        m.remove("availability_zone");
    }
    let human = dict_text(&metadata);
    Cell::formatted(metadata, human)
}

/// `aggregate show`: the zone is not shown among the properties.
pub(super) fn aggregate_without_zone(aggregate: &mut Map<String, Value>) {
    if let Some(Value::Object(properties)) = aggregate.get_mut("properties") {
        properties.remove("availability_zone");
    }
}

/// A server action's events, one mapping per line (osc-lib's
/// `format_list_of_dicts`).
pub(super) fn server_events(action: &Value, _: &Lookup) -> Cell {
    joined(&action["events"], "\n", dict_text)
}

/// A server action as openstacksdk holds it: its `id` (the request ID),
/// and each event with openstacksdk's names (`host_id`, `details` even
/// before compute 2.84), in its order.
pub(super) fn server_action(action: &mut Map<String, Value>) {
    if let Some(request) = action.get("request_id").cloned() {
        action.insert("id".into(), request);
    }
    let Some(Value::Array(events)) = action.get_mut("events") else {
        return;
    };
    for event in events.iter_mut() {
        let Some(fields) = event.as_object() else {
            continue;
        };
        let mut shown: Vec<(String, Value)> = fields
            .iter()
            .map(|(k, v)| match k.as_str() {
                "hostId" => ("host_id".to_string(), v.clone()),
                _ => (k.clone(), v.clone()),
            })
            .collect();
        if !fields.contains_key("details") {
            shown.push(("details".into(), Value::Null));
        }
        shown.sort_by(|a, b| a.0.cmp(&b.0));
        *event = Value::Object(shown.into_iter().collect());
    }
}

/// A server's embedded flavor (compute 2.47 and later) as openstacksdk's
/// `Flavor` holds it and python-openstackclient shows it: named after its
/// original name, with the attributes the embedding leaves out as None.
pub(super) fn server_flavor(server: &mut Map<String, Value>) {
    let Some(flavor) = server.get("flavor").and_then(Value::as_object) else {
        return;
    };
    let Some(name) = flavor.get("original_name").cloned() else {
        return;
    };
    let field = |key: &str| flavor.get(key).cloned().unwrap_or(Value::Null);
    let shaped = serde_json::json!({
        "name": name, "original_name": name, "description": field("description"),
        "disk": field("disk"), "is_public": true, "ram": field("ram"), "vcpus": field("vcpus"),
        "swap": field("swap"), "ephemeral": field("ephemeral"), "is_disabled": null,
        "rxtx_factor": null, "extra_specs": flavor.get("extra_specs").cloned().unwrap_or_else(|| serde_json::json!({})),
        "id": name, "location": null,
    });
    server.insert("flavor".into(), shaped);
}
