//! What each OpenStack resource is, as data: where it lives, what its JSON
//! is called, and which columns python-openstackclient shows.
//!
//! A new resource is an entry in [`RESOURCES`]: service, paths, JSON keys,
//! default and `--long` columns, and how `show` lays it out. List, show and
//! delete work for every entry through the same code (`commands::resource`);
//! only creation, whose flags differ, is written per resource.

use std::sync::Arc;

use serde_json::{Map, Value};

use crate::output::{Cell, Record, python_str};
use crate::scope::ServiceType;

/// Names of other resources a column needs (image names for `server list`),
/// fetched once per site rather than once per row.
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    pub images: std::collections::HashMap<String, String>,
}

/// How a column gets its cell from a resource's JSON.
#[derive(Clone, Copy)]
pub enum Get {
    /// The value of a key, shown as Python shows it.
    Key(&'static str),
    /// A list, shown joined by `, `.
    List(&'static str),
    /// A mapping, shown as `key='value', ...`.
    Dict(&'static str),
    /// A server's image name, from the site's image list.
    ImageName,
    /// A boolean shown as one of two words (`UP`/`DOWN`).
    Words(&'static str, &'static str, &'static str),
    /// Anything else: a function, and the keys of the item it reads.
    With(fn(&Value, &Lookup) -> Cell, &'static [&'static str]),
}

/// A column of a list.
#[derive(Clone, Copy)]
pub struct Column {
    pub header: &'static str,
    pub get: Get,
}

const fn col(header: &'static str, get: Get) -> Column {
    Column { header, get }
}

/// How `show` lays a resource out.
#[derive(Clone, Copy)]
pub enum Show {
    /// The API's keys, reshaped as openstacksdk and python-openstackclient
    /// do, sorted.
    Spec(&'static ShowSpec),
    /// These keys, in this order (missing ones as null), as they are.
    Fields(&'static [&'static str]),
    /// A layout of its own.
    With(fn(&Value) -> Record),
}

/// How python-openstackclient reshapes an API document for `show`.
pub struct ShowSpec {
    /// Attributes openstacksdk always has: shown as null when absent.
    pub add: &'static [&'static str],
    /// (the API's key, the name shown).
    pub rename: &'static [(&'static str, &'static str)],
    /// Keys not shown.
    pub drop: &'static [&'static str],
    /// Keys shown formatted in tables (lists joined, mappings as
    /// `k='v'`); the others as Python prints them.
    pub formatted: &'static [(&'static str, Get)],
    /// Changes of value beyond renaming.
    pub fix: Option<fn(&mut Map<String, Value>)>,
}

impl ShowSpec {
    fn record(&self, item: &Value) -> Record {
        let mut map = item.as_object().cloned().unwrap_or_default();
        for (from, to) in self.rename {
            if let Some(v) = map.remove(*from) {
                map.insert(to.to_string(), v);
            }
        }
        for key in self.add {
            map.entry(key.to_string()).or_insert(Value::Null);
        }
        for key in self.drop.iter().chain(["links"].iter()) {
            map.remove(*key);
        }
        if let Some(fix) = self.fix {
            fix(&mut map);
        }
        let mut keys: Vec<String> = map.keys().cloned().collect();
        keys.sort();
        let item = Value::Object(map);
        let lookup = Lookup::default();
        Record {
            fields: keys
                .into_iter()
                .map(|k| {
                    let cell = match self.formatted.iter().find(|(key, _)| *key == k) {
                        Some((_, get)) => cell(&item, *get, &lookup),
                        None => Cell::new(item[&k].clone()),
                    };
                    (k, cell)
                })
                .collect(),
        }
    }
}

/// One kind of resource.
pub struct Resource {
    /// The command noun (`server`).
    pub noun: &'static str,
    pub service: ServiceType,
    /// The collection's path; one item is `{path}/{id}`.
    pub path: &'static str,
    /// The path that lists items with all their fields.
    pub list_path: &'static str,
    /// A list of fewer fields (Nova's and Cinder's `servers`, `volumes`):
    /// its path and the keys its items have. A list whose columns read
    /// only those keys asks for it, so `-c ID` does not fetch every
    /// server's every field.
    pub brief: Option<(&'static str, &'static [&'static str])>,
    /// The list's JSON key.
    pub plural: &'static str,
    /// The JSON key around one item; `None` when the item is bare (Glance).
    pub singular: Option<&'static str>,
    /// The key around each item of a list, when the list wraps them (Nova's
    /// key pairs: `{"keypair": {...}}`).
    pub wrapped: Option<&'static str>,
    /// The key that identifies an item.
    pub id_key: &'static str,
    /// The query parameter that filters a list by name, if the API has one.
    pub name_filter: Option<&'static str>,
    pub columns: &'static [Column],
    pub long_columns: &'static [Column],
    pub show: Show,
}

impl Resource {
    /// Finds a resource by its command noun.
    pub fn get(noun: &str) -> &'static Resource {
        RESOURCES
            .iter()
            .find(|r| r.noun == noun)
            .unwrap_or_else(|| panic!("no resource {noun}"))
    }

    /// One item out of an answer (`{"server": {...}}`, or bare).
    pub fn item(&self, answer: Value) -> Value {
        match self.singular {
            Some(key) => answer.get(key).cloned().unwrap_or(answer),
            None => answer,
        }
    }

    /// One item of a list answer, out of its wrapper if the list has one.
    pub fn unwrap_item(&self, mut item: Value) -> Value {
        match self.wrapped.and_then(|key| item.get_mut(key)) {
            Some(inner) => inner.take(),
            None => item,
        }
    }

    /// One item of a list answer, borrowed out of its wrapper if the list
    /// has one.
    pub fn unwrapped<'a>(&self, item: &'a Value) -> &'a Value {
        self.wrapped.and_then(|key| item.get(key)).unwrap_or(item)
    }

    /// The items of a list answer's array, out of their wrappers.
    pub fn unwrap_items(&self, items: Vec<Value>) -> Vec<Value> {
        items.into_iter().map(|i| self.unwrap_item(i)).collect()
    }

    /// The ID of an item.
    pub fn id_of<'a>(&self, item: &'a Value) -> &'a str {
        item[self.id_key].as_str().unwrap_or_default()
    }

    /// The columns a list shows: the default or `--long` ones; only those
    /// `-c` names when it names nothing else (the rest would be computed to
    /// be thrown away; a name that is no column is left for the output to
    /// report, with every column it could have been).
    pub fn list_columns(&self, long: bool, wanted: &[String]) -> Vec<Column> {
        let all = if long {
            self.long_columns
        } else {
            self.columns
        };
        let known = |w: &String| {
            w.eq_ignore_ascii_case("site") || all.iter().any(|c| c.header.eq_ignore_ascii_case(w))
        };
        if wanted.is_empty() || !wanted.iter().all(known) {
            return all.to_vec();
        }
        all.iter()
            .filter(|c| wanted.iter().any(|w| c.header.eq_ignore_ascii_case(w)))
            .copied()
            .collect()
    }

    /// The cells of a row.
    pub fn row(&self, item: &Value, columns: &[Column], lookup: &Lookup) -> Vec<Cell> {
        self.cells(item, columns, lookup, None)
    }

    /// An item's ID and the cells of its row, whose ID cell (if it shows
    /// one) shares the ID's text: a list's IDs go to the routing cache,
    /// and a hundred thousand of them are not copied twice.
    pub fn id_and_row(
        &self,
        item: &Value,
        columns: &[Column],
        lookup: &Lookup,
    ) -> (Arc<str>, Vec<Cell>) {
        let id: Arc<str> = self.id_of(item).into();
        let row = self.cells(item, columns, lookup, Some(&id));
        (id, row)
    }

    fn cells(
        &self,
        item: &Value,
        columns: &[Column],
        lookup: &Lookup,
        id: Option<&Arc<str>>,
    ) -> Vec<Cell> {
        // Room for the Site cell a multi-site list puts first: without it,
        // that insert doubles every row's allocation.
        let mut row = Vec::with_capacity(columns.len() + 1);
        row.extend(columns.iter().map(|c| match (c.get, id) {
            (Get::Key(key), Some(id)) if key == self.id_key && item[key].is_string() => {
                Cell::text(id.clone())
            }
            (get, _) => cell(item, get, lookup),
        }));
        row
    }

    /// Fills a row's image-name cells once the site's image names are known
    /// (they are fetched at the same time as the rows).
    pub fn fill_image_names(
        &self,
        row: &mut [Cell],
        columns: &[Column],
        image: Option<&str>,
        lookup: &Lookup,
    ) {
        for (cell, column) in row.iter_mut().zip(columns) {
            if let (Get::ImageName, Some(id)) = (column.get, image) {
                *cell = Cell::new(lookup.images.get(id).cloned().unwrap_or_default());
            }
        }
    }

    /// The keys of an item that a row of these columns reads, sorted: a
    /// list keeps only these of each item it parses.
    pub fn row_keys(&self, columns: &[Column]) -> Vec<&'static str> {
        let mut keys = vec![self.id_key];
        keys.extend(self.wrapped);
        for column in columns {
            match column.get {
                Get::Key(k) | Get::List(k) | Get::Dict(k) | Get::Words(k, _, _) => keys.push(k),
                Get::ImageName => keys.push("image"),
                Get::With(_, read) => keys.extend_from_slice(read),
            }
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The headers of these columns.
    pub fn headers(columns: &[Column]) -> Vec<String> {
        columns.iter().map(|c| c.header.to_string()).collect()
    }

    /// The path that lists what rows reading `keys` need: the brief list
    /// when it has them all.
    pub fn list_path_for(&self, keys: &[&str]) -> &'static str {
        match self.brief {
            Some((path, brief)) if keys.iter().all(|k| brief.contains(k)) => path,
            _ => self.list_path,
        }
    }

    /// Whether a row of these columns shows image names, which the
    /// site's image list gives.
    pub fn shows_image_names(columns: &[Column]) -> bool {
        columns.iter().any(|c| matches!(c.get, Get::ImageName))
    }

    /// The record `show` prints.
    pub fn record(&self, item: &Value) -> Record {
        match self.show {
            Show::Spec(spec) => spec.record(item),
            Show::Fields(keys) => Record {
                fields: keys
                    .iter()
                    .map(|k| {
                        (
                            k.to_string(),
                            Cell::new(item.get(*k).cloned().unwrap_or(Value::Null)),
                        )
                    })
                    .collect(),
            },
            Show::With(layout) => layout(item),
        }
    }
}

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

/// `k='v', k2='v2'`, sorted, as osc-lib's `DictColumn` shows a mapping.
pub fn dict_text(value: &Value) -> String {
    let Some(map) = value.as_object() else {
        return String::new();
    };
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    keys.iter()
        .map(|k| format!("{k}='{}'", python_str(&map[*k])))
        .collect::<Vec<_>>()
        .join(", ")
}

fn cell(item: &Value, get: Get, lookup: &Lookup) -> Cell {
    let field = |key: &str| item.get(key).cloned().unwrap_or(Value::Null);
    match get {
        Get::Key(key) => Cell::of(item.get(key).unwrap_or(&Value::Null)),
        Get::List(key) => {
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
        Get::With(f, _) => f(item, lookup),
    }
}

/// `net=10.0.0.4, 10.0.0.5; other=...`, as python-openstackclient shows
/// a server's addresses; the machine form maps networks to addresses.
fn networks(server: &Value, _: &Lookup) -> Cell {
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

fn image_name(server: &Value, lookup: &Lookup) -> Cell {
    match image_id(server) {
        None => Cell::new("N/A (booted from volume)"),
        Some(id) => Cell::new(lookup.images.get(id).cloned().unwrap_or_default()),
    }
}

fn server_image_id(server: &Value, _: &Lookup) -> Cell {
    match image_id(server) {
        None => Cell::new("N/A (booted from volume)"),
        Some(id) => Cell::new(id),
    }
}

fn flavor_name(server: &Value, _: &Lookup) -> Cell {
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
fn host(server: &Value, _: &Lookup) -> Cell {
    let value = server["OS-EXT-SRV-ATTR:host"].clone();
    let human = if value.is_null() {
        String::new()
    } else {
        python_str(&value)
    };
    Cell::formatted(value, human)
}

fn power_state(server: &Value, _: &Lookup) -> Cell {
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
fn joined(list: &Value, separator: &str, item: impl Fn(&Value) -> String) -> Cell {
    let human = list
        .as_array()
        .into_iter()
        .flatten()
        .map(item)
        .collect::<Vec<_>>()
        .join(separator);
    Cell::formatted(list.clone(), human)
}

fn allocation_pools(subnet: &Value, _: &Lookup) -> Cell {
    joined(&subnet["allocation_pools"], ", ", |p| {
        format!("{}-{}", python_str(&p["start"]), python_str(&p["end"]))
    })
}

fn host_routes(subnet: &Value, _: &Lookup) -> Cell {
    joined(&subnet["host_routes"], ", ", |r| {
        format!(
            "destination='{}', gateway='{}'",
            python_str(&r["destination"]),
            python_str(&r["nexthop"])
        )
    })
}

fn attachments(volume: &Value, _: &Lookup) -> Cell {
    joined(&volume["attachments"], "\n", |a| {
        format!(
            "Attached to {} on {} ",
            python_str(&a["server_id"]),
            python_str(&a["device"])
        )
    })
}

fn bootable(volume: &Value, _: &Lookup) -> Cell {
    let value = match &volume["bootable"] {
        Value::String(s) => Value::Bool(s.eq_ignore_ascii_case("true")),
        other => other.clone(),
    };
    Cell::new(value)
}

/// Glance's own keys; the rest of an image is shown under `properties`.
const IMAGE_KEYS: &[&str] = &[
    "checksum",
    "container_format",
    "created_at",
    "disk_format",
    "file",
    "id",
    "min_disk",
    "min_ram",
    "name",
    "owner",
    "protected",
    "schema",
    "size",
    "status",
    "tags",
    "updated_at",
    "virtual_size",
    "visibility",
];

/// `image show`: Glance's keys sorted, the others gathered in `properties`.
fn image_record(image: &Value) -> Record {
    let mut properties = Map::new();
    let mut fields = Vec::new();
    for (key, value) in image.as_object().into_iter().flatten() {
        if IMAGE_KEYS.contains(&key.as_str()) {
            fields.push((key.clone(), value.clone()));
        } else if !matches!(key.as_str(), "self" | "locations" | "direct_url") {
            properties.insert(key.clone(), value.clone());
        }
    }
    fields.push(("properties".into(), Value::Object(properties)));
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    Record {
        fields: fields.into_iter().map(|(k, v)| (k, formatted(v))).collect(),
    }
}

const RAW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[],
    drop: &[],
    formatted: &[],
    fix: None,
};

const SERVER_SHOW: ShowSpec = ShowSpec {
    add: &[
        "OS-EXT-SRV-ATTR:host",
        "OS-EXT-SRV-ATTR:hostname",
        "OS-EXT-SRV-ATTR:hypervisor_hostname",
        "OS-EXT-SRV-ATTR:instance_name",
        "OS-EXT-SRV-ATTR:kernel_id",
        "OS-EXT-SRV-ATTR:launch_index",
        "OS-EXT-SRV-ATTR:ramdisk_id",
        "OS-EXT-SRV-ATTR:reservation_id",
        "OS-EXT-SRV-ATTR:root_device_name",
        "OS-EXT-SRV-ATTR:user_data",
        "host_status",
        "locked_reason",
        "pinned_availability_zone",
        "server_groups",
        "trusted_image_certificates",
    ],
    rename: &[
        ("metadata", "properties"),
        ("tenant_id", "project_id"),
        ("os-extended-volumes:volumes_attached", "volumes_attached"),
    ],
    drop: &[],
    formatted: &[
        ("addresses", Get::With(networks, &["addresses"])),
        ("properties", Get::Dict("properties")),
        (
            "security_groups",
            Get::With(security_groups, &["security_groups"]),
        ),
        ("tags", Get::List("tags")),
        ("volumes_attached", Get::List("volumes_attached")),
        (
            "OS-EXT-STS:power_state",
            Get::With(power_state, &["OS-EXT-STS:power_state"]),
        ),
    ],
    fix: None,
};

const FLAVOR_SHOW: ShowSpec = ShowSpec {
    add: &["access_project_ids"],
    rename: &[("extra_specs", "properties")],
    drop: &[],
    formatted: &[("properties", Get::Dict("properties"))],
    fix: None,
};

const NETWORK_SHOW: ShowSpec = ShowSpec {
    add: &[
        "dns_domain",
        "is_default",
        "is_vlan_qinq",
        "is_vlan_transparent",
        "provider:network_type",
        "provider:physical_network",
        "provider:segmentation_id",
        "pvlan",
        "segments",
    ],
    rename: &[],
    drop: &["tenant_id"],
    formatted: &[
        ("admin_state_up", Get::Words("admin_state_up", "UP", "DOWN")),
        (
            "router:external",
            Get::Words("router:external", "External", "Internal"),
        ),
        (
            "availability_zone_hints",
            Get::List("availability_zone_hints"),
        ),
        ("availability_zones", Get::List("availability_zones")),
        ("subnets", Get::List("subnets")),
        ("tags", Get::List("tags")),
    ],
    fix: None,
};

const SUBNET_SHOW: ShowSpec = ShowSpec {
    add: &["dns_publish_fixed_ip", "segment_id"],
    rename: &[],
    drop: &["tenant_id"],
    formatted: &[
        (
            "allocation_pools",
            Get::With(allocation_pools, &["allocation_pools"]),
        ),
        ("dns_nameservers", Get::List("dns_nameservers")),
        ("host_routes", Get::With(host_routes, &["host_routes"])),
        ("service_types", Get::List("service_types")),
        ("tags", Get::List("tags")),
    ],
    fix: None,
};

const VOLUME_SHOW: ShowSpec = ShowSpec {
    add: &[
        "backup_id",
        "cluster_name",
        "consumes_quota",
        "os-vol-host-attr:host",
        "os-vol-mig-status-attr:migstat",
        "os-vol-mig-status-attr:name_id",
        "provider_id",
        "service_uuid",
        "shared_targets",
        "volume_type_id",
    ],
    rename: &[("metadata", "properties"), ("volume_type", "type")],
    drop: &["consistencygroup_id", "migration_status"],
    formatted: &[("properties", Get::Dict("properties"))],
    fix: Some(|map| {
        if let Some(Value::String(b)) = map.get("bootable") {
            let b = b.eq_ignore_ascii_case("true");
            map.insert("bootable".into(), Value::Bool(b));
        }
    }),
};

const KEYPAIR_SHOW: ShowSpec = ShowSpec {
    add: &["private_key"],
    rename: &[("deleted", "is_deleted")],
    drop: &["public_key", "deleted_at", "updated_at"],
    formatted: &[],
    fix: Some(|map| {
        // openstacksdk's ID of a key pair is its name.
        if let Some(name) = map.get("name").cloned() {
            map.insert("id".into(), name);
        }
    }),
};

fn security_groups(server: &Value, _: &Lookup) -> Cell {
    joined(&server["security_groups"], "\n", dict_text)
}

pub const RESOURCES: &[Resource] = &[
    Resource {
        noun: "server",
        service: ServiceType::Compute,
        path: "servers",
        list_path: "servers/detail",
        brief: Some(("servers", &["id", "name"])),
        plural: "servers",
        singular: Some("server"),
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Status", Get::Key("status")),
            col("Networks", Get::With(networks, &["addresses"])),
            col("Image", Get::ImageName),
            col("Flavor", Get::With(flavor_name, &["flavor"])),
        ],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Status", Get::Key("status")),
            col("Task State", Get::Key("OS-EXT-STS:task_state")),
            col(
                "Power State",
                Get::With(power_state, &["OS-EXT-STS:power_state"]),
            ),
            col("Networks", Get::With(networks, &["addresses"])),
            col("Image Name", Get::ImageName),
            col("Image ID", Get::With(server_image_id, &["image"])),
            col("Flavor", Get::With(flavor_name, &["flavor"])),
            col("Availability Zone", Get::Key("OS-EXT-AZ:availability_zone")),
            col("Host", Get::With(host, &["OS-EXT-SRV-ATTR:host"])),
            col("Properties", Get::Dict("metadata")),
            col(
                "Pinned Availability Zone",
                Get::Key("pinned_availability_zone"),
            ),
        ],
        show: Show::Spec(&SERVER_SHOW),
    },
    Resource {
        noun: "flavor",
        service: ServiceType::Compute,
        path: "flavors",
        list_path: "flavors/detail",
        brief: None,
        plural: "flavors",
        singular: Some("flavor"),
        wrapped: None,
        id_key: "id",
        name_filter: None,
        columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("RAM", Get::Key("ram")),
            col("Disk", Get::Key("disk")),
            col("Ephemeral", Get::Key("OS-FLV-EXT-DATA:ephemeral")),
            col("VCPUs", Get::Key("vcpus")),
            col("Is Public", Get::Key("os-flavor-access:is_public")),
        ],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("RAM", Get::Key("ram")),
            col("Disk", Get::Key("disk")),
            col("Ephemeral", Get::Key("OS-FLV-EXT-DATA:ephemeral")),
            col("VCPUs", Get::Key("vcpus")),
            col("Is Public", Get::Key("os-flavor-access:is_public")),
            col("Swap", Get::Key("swap")),
            col("RXTX Factor", Get::Key("rxtx_factor")),
            col("Properties", Get::Dict("extra_specs")),
        ],
        show: Show::Spec(&FLAVOR_SHOW),
    },
    Resource {
        noun: "image",
        service: ServiceType::Image,
        path: "images",
        // python-openstackclient's default `--sort name:asc`, done by Glance.
        list_path: "images?sort_key=name&sort_dir=asc",
        brief: None,
        plural: "images",
        singular: None,
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Status", Get::Key("status")),
        ],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Disk Format", Get::Key("disk_format")),
            col("Container Format", Get::Key("container_format")),
            col("Size", Get::Key("size")),
            col("Checksum", Get::Key("checksum")),
            col("Status", Get::Key("status")),
            col("Visibility", Get::Key("visibility")),
            col("Protected", Get::Key("protected")),
            col("Project", Get::Key("owner")),
            col("Hash Algorithm", Get::Key("os_hash_algo")),
            col("Hash Value", Get::Key("os_hash_value")),
            col("Tags", Get::List("tags")),
        ],
        show: Show::With(image_record),
    },
    Resource {
        noun: "network",
        service: ServiceType::Network,
        path: "networks",
        list_path: "networks",
        brief: None,
        plural: "networks",
        singular: Some("network"),
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Subnets", Get::List("subnets")),
        ],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Status", Get::Key("status")),
            col("Project", Get::Key("project_id")),
            col("State", Get::Words("admin_state_up", "UP", "DOWN")),
            col("Shared", Get::Key("shared")),
            col("Subnets", Get::List("subnets")),
            col("Network Type", Get::Key("provider:network_type")),
            col(
                "Router Type",
                Get::Words("router:external", "External", "Internal"),
            ),
            col("Availability Zones", Get::List("availability_zones")),
            col("Tags", Get::List("tags")),
        ],
        show: Show::Spec(&NETWORK_SHOW),
    },
    Resource {
        noun: "subnet",
        service: ServiceType::Network,
        path: "subnets",
        list_path: "subnets",
        brief: None,
        plural: "subnets",
        singular: Some("subnet"),
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Network", Get::Key("network_id")),
            col("Subnet", Get::Key("cidr")),
        ],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Network", Get::Key("network_id")),
            col("Subnet", Get::Key("cidr")),
            col("Project", Get::Key("project_id")),
            col("DHCP", Get::Key("enable_dhcp")),
            col("Name Servers", Get::List("dns_nameservers")),
            col(
                "Allocation Pools",
                Get::With(allocation_pools, &["allocation_pools"]),
            ),
            col("Host Routes", Get::With(host_routes, &["host_routes"])),
            col("IP Version", Get::Key("ip_version")),
            col("Gateway", Get::Key("gateway_ip")),
            col("Service Types", Get::List("service_types")),
            col("Tags", Get::List("tags")),
        ],
        show: Show::Spec(&SUBNET_SHOW),
    },
    Resource {
        noun: "volume",
        service: ServiceType::BlockStorage,
        path: "volumes",
        list_path: "volumes/detail",
        brief: Some(("volumes", &["id", "name"])),
        plural: "volumes",
        singular: Some("volume"),
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Status", Get::Key("status")),
            col("Size", Get::Key("size")),
            col("Attached to", Get::With(attachments, &["attachments"])),
        ],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Status", Get::Key("status")),
            col("Size", Get::Key("size")),
            col("Type", Get::Key("volume_type")),
            col("Bootable", Get::With(bootable, &["bootable"])),
            col("Attached to", Get::With(attachments, &["attachments"])),
            col("Properties", Get::Dict("metadata")),
        ],
        show: Show::Spec(&VOLUME_SHOW),
    },
    Resource {
        noun: "user",
        service: ServiceType::Identity,
        path: "users",
        list_path: "users",
        brief: None,
        plural: "users",
        singular: Some("user"),
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[col("ID", Get::Key("id")), col("Name", Get::Key("name"))],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Project", Get::Key("default_project_id")),
            col("Domain", Get::Key("domain_id")),
            col("Description", Get::Key("description")),
            col("Email", Get::Key("email")),
            col("Enabled", Get::Key("enabled")),
        ],
        show: Show::Fields(&[
            "default_project_id",
            "domain_id",
            "email",
            "enabled",
            "id",
            "name",
            "description",
            "password_expires_at",
            "options",
        ]),
    },
    Resource {
        noun: "project",
        service: ServiceType::Identity,
        path: "projects",
        list_path: "projects",
        brief: None,
        plural: "projects",
        singular: Some("project"),
        wrapped: None,
        id_key: "id",
        name_filter: Some("name"),
        columns: &[col("ID", Get::Key("id")), col("Name", Get::Key("name"))],
        long_columns: &[
            col("ID", Get::Key("id")),
            col("Name", Get::Key("name")),
            col("Domain ID", Get::Key("domain_id")),
            col("Description", Get::Key("description")),
            col("Enabled", Get::Key("enabled")),
        ],
        show: Show::Spec(&RAW),
    },
    Resource {
        noun: "keypair",
        service: ServiceType::Compute,
        path: "os-keypairs",
        list_path: "os-keypairs",
        brief: None,
        plural: "keypairs",
        singular: Some("keypair"),
        wrapped: Some("keypair"),
        id_key: "name",
        name_filter: None,
        columns: &[
            col("Name", Get::Key("name")),
            col("Fingerprint", Get::Key("fingerprint")),
            col("Type", Get::Key("type")),
        ],
        long_columns: &[
            col("Name", Get::Key("name")),
            col("Fingerprint", Get::Key("fingerprint")),
            col("Type", Get::Key("type")),
        ],
        show: Show::Spec(&KEYPAIR_SHOW),
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_item_keeps_only_the_keys_its_row_reads() {
        // Every resource's row reads only what row_keys names.
        let server = serde_json::json!({"id": "i", "name": "n", "status": "ACTIVE",
            "addresses": {"net": [{"addr": "10.0.0.4", "version": 4}]},
            "image": {"id": "img"}, "flavor": {"original_name": "m1.small"},
            "OS-EXT-STS:task_state": null, "OS-EXT-STS:power_state": 1,
            "OS-EXT-AZ:availability_zone": "nova", "OS-EXT-SRV-ATTR:host": "h",
            "metadata": {"k": "v"}, "pinned_availability_zone": null, "hostId": "x",
            "unused": [1, 2, 3]});
        for resource in RESOURCES {
            for long in [false, true] {
                let columns = resource.list_columns(long, &[]);
                let keys = resource.row_keys(&columns);
                let kept = crate::site::parse_kept(&server.to_string(), &keys).unwrap();
                let lookup = Lookup::default();
                let whole: Vec<String> = resource
                    .row(&server, &columns, &lookup)
                    .iter()
                    .map(|c| format!("{c:?}"))
                    .collect();
                let pruned: Vec<String> = resource
                    .row(&kept, &columns, &lookup)
                    .iter()
                    .map(|c| format!("{c:?}"))
                    .collect();
                assert_eq!(whole, pruned, "{} long={long}", resource.noun);
            }
        }
    }

    use super::*;
    use serde_json::json;

    #[test]
    fn server_columns_as_osc_shows_them() {
        let server = json!({
            "id": "s1", "name": "vm", "status": "ACTIVE", "OS-EXT-STS:power_state": 1,
            "addresses": {"shared": [{"addr": "10.0.0.4"}, {"addr": "10.0.0.5"}], "b": [{"addr": "::1"}]},
            "image": {"id": "i1"}, "flavor": {"original_name": "m1.tiny"}, "metadata": {"b": 2, "a": "x"}
        });
        let mut lookup = Lookup::default();
        lookup.images.insert("i1".into(), "cirros".into());
        let server_resource = Resource::get("server");
        let row = server_resource.row(&server, server_resource.columns, &lookup);
        let human: Vec<String> = row
            .iter()
            .map(|c| {
                c.human()
                    .map_or_else(|| c.text_of_value().into_owned(), str::to_string)
            })
            .collect();
        assert_eq!(
            human,
            [
                "s1",
                "vm",
                "ACTIVE",
                "shared=10.0.0.4, 10.0.0.5; b=::1",
                "cirros",
                "m1.tiny"
            ]
        );
        assert_eq!(
            *row[3].value(),
            json!({"shared": ["10.0.0.4", "10.0.0.5"], "b": ["::1"]})
        );
        let long = server_resource.row(&server, server_resource.long_columns, &lookup);
        assert_eq!(long[4].human(), Some("Running"));
        assert_eq!(*long[4].value(), json!(1));
        assert_eq!(long[11].human(), Some("a='x', b='2'"));
        let booted_from_volume = json!({"image": ""});
        assert_eq!(
            *image_name(&booted_from_volume, &lookup).value(),
            json!("N/A (booted from volume)")
        );
    }

    #[test]
    fn a_rows_id_cell_is_the_id_it_reports() {
        let server = Resource::get("server");
        let columns = server.list_columns(false, &["ID".into(), "Name".into()]);
        let lookup = Lookup::default();
        let (id, row) = server.id_and_row(&json!({"id": "s1", "name": "vm"}), &columns, &lookup);
        assert_eq!(&*id, "s1");
        // One text, held by the ID cell and the ID the routing cache gets.
        assert_eq!(Arc::strong_count(&id), 2);
        assert_eq!(
            row,
            server.row(&json!({"id": "s1", "name": "vm"}), &columns, &lookup)
        );
        assert_eq!(row, [Cell::new("s1"), Cell::new("vm")]);
        // An ID that is not a string is shown as it is, and routes nothing.
        let (id, row) = server.id_and_row(&json!({"id": 7}), &columns, &lookup);
        assert_eq!((&*id, &row[0]), ("", &Cell::new(7)));
    }

    #[test]
    fn image_show_gathers_properties() {
        let image = json!({"id": "i", "name": "n", "os_hidden": false, "stores": "file", "tags": ["a", "b"], "self": "/v2/images/i"});
        let record = Resource::get("image").record(&image);
        let names: Vec<&str> = record.fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["id", "name", "properties", "tags"]);
        assert_eq!(
            record.fields[2].1.human(),
            Some("os_hidden='False', stores='file'")
        );
        assert_eq!(record.fields[3].1.human(), Some("a, b"));
    }
}
