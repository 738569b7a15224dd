//! The resources, as data: each is one `static` and its place in
//! [`RESOURCES`]. A new resource is an entry here (see ARCHITECTURE.md).

use serde_json::{Map, Value};

use super::AlsoBy;
use super::cells::*;
use super::cinder::{VOLUME_ATTACHMENT, VOLUME_BACKUP, VOLUME_SNAPSHOT};
use super::keystone::{
    ACCESS_RULE, APPLICATION_CREDENTIAL, CREDENTIAL, DOMAIN, ENDPOINT, GROUP, LIMIT, REGION,
    REGISTERED_LIMIT, ROLE, ROLE_ASSIGNMENT, SERVICE,
};
use super::neutron::{
    ADDRESS_SCOPE, FLOATING_IP, NETWORK_AGENT, NETWORK_RBAC, NETWORK_SEGMENT, PORT, QOS_POLICY,
    ROUTER, SECURITY_GROUP, SECURITY_GROUP_RULE, SUBNET_POOL,
};
use super::nova::{COMPUTE_SERVICE, HYPERVISOR, SERVER_NAMES};
use super::{Column, Get, Resource, Show, ShowSpec, col, col_if_any};
use crate::output::Record;
use crate::scope::ServiceType;

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

/// The image properties openstacksdk's `Image` declares, in its order,
/// which is the order of `properties` in python-openstackclient's JSON and
/// value output; the others (the SDK's `properties`) go where `properties`
/// stands.
const SDK_PROPERTIES: &[&str] = &[
    "os_hidden",
    "os_hash_algo",
    "os_hash_value",
    "properties",
    "store",
    "url",
    "metadata",
    "architecture",
    "hypervisor_type",
    "instance_type_rxtx_factor",
    "instance_uuid",
    "img_config_drive",
    "kernel_id",
    "os_distro",
    "os_version",
    "os_secure_boot",
    "os_shutdown_timeout",
    "ramdisk_id",
    "vm_mode",
    "hw_cpu_sockets",
    "hw_cpu_cores",
    "hw_cpu_threads",
    "hw_disk_bus",
    "hw_cpu_policy",
    "hw_cpu_thread_policy",
    "hw_rng_model",
    "hw_machine_type",
    "hw_scsi_model",
    "hw_serial_port_count",
    "hw_video_model",
    "hw_video_ram",
    "hw_watchdog_action",
    "os_command_line",
    "hw_vif_model",
    "hw_vif_multiqueue_enabled",
    "hw_boot_menu",
    "vmware_adaptertype",
    "vmware_ostype",
    "auto_disk_config",
    "os_type",
    "os_admin_user",
    "hw_qemu_guest_agent",
    "os_require_quiesce",
];

/// `image show`: Glance's keys sorted, the others gathered in `properties`
/// in openstacksdk's order; what Glance gives as null is left out
/// (openstacksdk's `to_dict(ignore_none=True)`: a queued image shows no
/// checksum).
fn image_record(image: &Value) -> Record {
    let mut fields = Vec::new();
    let mut declared = Map::new();
    let mut others = Map::new();
    for (key, value) in image.as_object().into_iter().flatten() {
        if value.is_null() {
            continue;
        }
        if IMAGE_KEYS.contains(&key.as_str()) {
            fields.push((key.clone(), value.clone()));
        } else if SDK_PROPERTIES.contains(&key.as_str()) {
            declared.insert(key.clone(), value.clone());
        } else if !matches!(key.as_str(), "self" | "locations" | "direct_url") {
            others.insert(key.clone(), value.clone());
        }
    }
    let mut properties = Map::new();
    for key in SDK_PROPERTIES {
        if *key == "properties" {
            properties.append(&mut others);
        } else if let Some(value) = declared.remove(*key) {
            properties.insert(key.to_string(), value);
        }
    }
    if !properties.is_empty() {
        fields.push(("properties".into(), Value::Object(properties)));
    }
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
        // What a rebuild's answer calls it (openstacksdk's one attribute).
        ("user_data", "OS-EXT-SRV-ATTR:user_data"),
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
        ("flavor", Get::Dict("flavor")),
    ],
    fix: Some(server_flavor),
};

const FLAVOR_SHOW: ShowSpec = ShowSpec {
    add: &[],
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
        "qos_policy_id",
        "segments",
    ],
    rename: &[("vlan_transparent", "is_vlan_transparent")],
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
        ("dns_nameservers", Get::Unsorted("dns_nameservers")),
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

/// A key pair as `keypair create` shows it: openstacksdk's attributes
/// with the private key hidden, so `created_at` and `is_deleted` show as
/// None even though Nova's answer to a create has neither.
const KEYPAIR_CREATED_SHOW: ShowSpec = ShowSpec {
    add: &["created_at", "is_deleted"],
    drop: &["public_key", "deleted_at", "updated_at", "private_key"],
    ..KEYPAIR_SHOW
};

/// Every resource, for what goes over all of them (tests, fuzzing).
pub static RESOURCES: &[&Resource] = &[
    &SERVER,
    &SERVER_GROUP,
    &HYPERVISOR,
    &COMPUTE_SERVICE,
    &FLAVOR,
    &IMAGE,
    &NETWORK,
    &SUBNET,
    &SECURITY_GROUP,
    &SECURITY_GROUP_RULE,
    &PORT,
    &FLOATING_IP,
    &ROUTER,
    &ADDRESS_SCOPE,
    &SUBNET_POOL,
    &NETWORK_AGENT,
    &NETWORK_SEGMENT,
    &QOS_POLICY,
    &NETWORK_RBAC,
    &VOLUME,
    &VOLUME_SNAPSHOT,
    &VOLUME_BACKUP,
    &VOLUME_ATTACHMENT,
    &USER,
    &PROJECT,
    &DOMAIN,
    &GROUP,
    &ROLE,
    &ROLE_ASSIGNMENT,
    &REGION,
    &SERVICE,
    &ENDPOINT,
    &APPLICATION_CREDENTIAL,
    &ACCESS_RULE,
    &CREDENTIAL,
    &LIMIT,
    &REGISTERED_LIMIT,
    &KEYPAIR,
];

pub static SERVER: Resource = Resource {
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
    also_by: None,
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
        col_if_any("Host Status", Get::Key("host_status")),
    ],
    show: Show::Spec(&SERVER_SHOW),
};

/// The column `server list --all-projects` adds.
pub const SERVER_PROJECT_ID: &[Column] = &[col("Project ID", Get::Key("tenant_id"))];

/// Servers found by name in every project, not only the token's
/// (`--all-projects`, admin only): Nova's `all_tenants`.
pub static SERVER_ANY_PROJECT: Resource = Resource {
    list_path: "servers/detail?all_tenants=True",
    brief: Some(("servers?all_tenants=True", &["id", "name"])),
    ..SERVER
};

/// Flavors, public and private: what a name is looked up among, as
/// openstacksdk's `find_flavor` does.
pub static FLAVOR: Resource = Resource {
    noun: "flavor",
    service: ServiceType::Compute,
    path: "flavors",
    list_path: "flavors/detail?is_public=None",
    brief: None,
    plural: "flavors",
    singular: Some("flavor"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
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
};

/// `flavor list` (public ones, Nova's default), `--private`, `--all`.
pub static FLAVOR_PUBLIC: Resource = Resource {
    list_path: "flavors/detail?is_public=True",
    ..FLAVOR
};
pub static FLAVOR_PRIVATE: Resource = Resource {
    list_path: "flavors/detail?is_public=False",
    ..FLAVOR
};

pub static IMAGE: Resource = Resource {
    noun: "image",
    service: ServiceType::Image,
    path: "images",
    // `image list` adds its `--sort`, which Glance does.
    list_path: "images",
    brief: None,
    plural: "images",
    singular: None,
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: Some(AlsoBy::Query("os_hidden=True")),
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
};

/// The projects an image is shared with: `images/{id}/members`.
pub static IMAGE_MEMBER: Resource = Resource {
    noun: "image member",
    service: ServiceType::Image,
    path: "members",
    list_path: "members",
    brief: None,
    plural: "members",
    singular: None,
    wrapped: None,
    id_key: "member_id",
    name_filter: None,
    also_by: None,
    columns: IMAGE_MEMBER_COLUMNS,
    long_columns: IMAGE_MEMBER_COLUMNS,
    show: Show::Fields(&[
        "created_at",
        "image_id",
        "member_id",
        "schema",
        "status",
        "updated_at",
    ]),
};

const IMAGE_MEMBER_COLUMNS: &[Column] = &[
    col("Image ID", Get::Key("image_id")),
    col("Member ID", Get::Key("member_id")),
    col("Status", Get::Key("status")),
];

pub static NETWORK: Resource = Resource {
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
    also_by: None,
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
};

pub static SUBNET: Resource = Resource {
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
    also_by: None,
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
        col("Name Servers", Get::Unsorted("dns_nameservers")),
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
};

pub static VOLUME: Resource = Resource {
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
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Status", Get::Key("status")),
        col("Size", Get::Key("size")),
        col(
            "Attached to",
            Get::NamesIn("attachments", &SERVER_NAMES, attachments),
        ),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Status", Get::Key("status")),
        col("Size", Get::Key("size")),
        col("Type", Get::Key("volume_type")),
        col("Bootable", Get::With(bootable, &["bootable"])),
        col(
            "Attached to",
            Get::NamesIn("attachments", &SERVER_NAMES, attachments),
        ),
        col("Properties", Get::Dict("metadata")),
    ],
    show: Show::Spec(&VOLUME_SHOW),
};

pub static USER: Resource = Resource {
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
    also_by: None,
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
};

pub static PROJECT: Resource = Resource {
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
    also_by: None,
    columns: &[col("ID", Get::Key("id")), col("Name", Get::Key("name"))],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Domain ID", Get::Key("domain_id")),
        col("Description", Get::Key("description")),
        col("Enabled", Get::Key("enabled")),
    ],
    show: Show::Spec(&RAW),
};

/// Nova's server groups at compute 2.64 and later (one `policy`, `rules`).
pub static SERVER_GROUP: Resource = Resource {
    noun: "server group",
    service: ServiceType::Compute,
    path: "os-server-groups",
    list_path: "os-server-groups",
    brief: None,
    plural: "server_groups",
    singular: Some("server_group"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Policy", Get::Key("policy")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Policy", Get::Key("policy")),
        col("Members", Get::List("members")),
        col("Project Id", Get::Key("project_id")),
        col("User Id", Get::Key("user_id")),
    ],
    show: Show::Spec(&SERVER_GROUP_SHOW),
};

/// `server group list --all-projects`: Nova's `all_projects`.
pub static SERVER_GROUP_ANY_PROJECT: Resource = Resource {
    list_path: "os-server-groups?all_projects=True",
    ..SERVER_GROUP
};

const SERVER_GROUP_SHOW: ShowSpec = ShowSpec {
    add: &["project_id", "rules", "user_id"],
    rename: &[],
    drop: &["metadata", "policies"],
    formatted: &[
        ("members", Get::List("members")),
        ("rules", Get::Dict("rules")),
    ],
    fix: None,
};

/// [`KEYPAIR`] as `keypair create` shows what it made.
pub static KEYPAIR_CREATED: Resource = Resource {
    show: Show::Spec(&KEYPAIR_CREATED_SHOW),
    ..KEYPAIR
};

pub static KEYPAIR: Resource = Resource {
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
    also_by: None,
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
};
