//! Nova's views beside servers: hypervisors, compute services, host
//! aggregates, migrations, remote consoles and a server's events.

use super::cells::*;
use super::{Column, Get, Resource, Show, ShowSpec, col};
use crate::scope::ServiceType;

/// Nova's hypervisors, as compute 2.88 and later list them (no usage
/// figures: `--long` adds nothing, as python-openstackclient's).
pub static HYPERVISOR: Resource = Resource {
    noun: "hypervisor",
    service: ServiceType::Compute,
    path: "os-hypervisors",
    list_path: "os-hypervisors/detail",
    brief: None,
    plural: "hypervisors",
    singular: Some("hypervisor"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: HYPERVISOR_COLUMNS,
    long_columns: HYPERVISOR_COLUMNS,
    show: Show::Fields(&[]),
};

const HYPERVISOR_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Hypervisor Hostname", Get::Key("hypervisor_hostname")),
    col("Hypervisor Type", Get::Key("hypervisor_type")),
    col("Host IP", Get::Key("host_ip")),
    col("State", Get::Key("state")),
];

/// Nova's services (`compute service list`).
pub static COMPUTE_SERVICE: Resource = Resource {
    noun: "compute service",
    service: ServiceType::Compute,
    path: "os-services",
    list_path: "os-services",
    brief: None,
    plural: "services",
    singular: Some("service"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Binary", Get::Key("binary")),
        col("Host", Get::Key("host")),
        col("Zone", Get::Key("zone")),
        col("Status", Get::Key("status")),
        col("State", Get::Key("state")),
        col("Updated At", Get::Key("updated_at")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Binary", Get::Key("binary")),
        col("Host", Get::Key("host")),
        col("Zone", Get::Key("zone")),
        col("Status", Get::Key("status")),
        col("State", Get::Key("state")),
        col("Updated At", Get::Key("updated_at")),
        col("Disabled Reason", Get::Key("disabled_reason")),
        col("Forced Down", Get::Key("forced_down")),
    ],
    show: Show::Fields(&[]),
};

/// Host aggregates (`os-aggregates`, admin). Their IDs are integers: the
/// UUID (compute 2.41) identifies one across sites, the integer is what
/// the API takes (see `commands::aggregates`).
pub static AGGREGATE: Resource = Resource {
    noun: "aggregate",
    service: ServiceType::Compute,
    path: "os-aggregates",
    list_path: "os-aggregates",
    brief: None,
    plural: "aggregates",
    singular: Some("aggregate"),
    wrapped: None,
    id_key: "uuid",
    name_filter: None,
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("UUID", Get::Key("uuid")),
        col("Name", Get::Key("name")),
        col("Availability Zone", Get::Key("availability_zone")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("UUID", Get::Key("uuid")),
        col("Name", Get::Key("name")),
        col("Availability Zone", Get::Key("availability_zone")),
        col("Properties", Get::With(aggregate_properties, &["metadata"])),
        col("Hosts", Get::List("hosts")),
    ],
    show: Show::Spec(&AGGREGATE_SHOW),
};

/// `aggregate show`: openstacksdk's `Aggregate`, its metadata as
/// `properties` (without the zone, as python-openstackclient shows it).
const AGGREGATE_SHOW: ShowSpec = ShowSpec {
    add: &["hosts", "properties"],
    rename: &[("metadata", "properties"), ("deleted", "is_deleted")],
    drop: &[],
    formatted: &[
        ("properties", Get::Dict("properties")),
        ("hosts", Get::List("hosts")),
    ],
    fix: Some(aggregate_without_zone),
};

/// What `aggregate create|add host|remove host` show: Nova's answer,
/// the zone kept among the properties.
pub static AGGREGATE_CREATED: Resource = Resource {
    show: Show::Spec(&ShowSpec {
        fix: None,
        ..AGGREGATE_SHOW
    }),
    ..AGGREGATE
};

/// Server migrations (`os-migrations`), the columns python-openstackclient
/// shows at compute 2.79.
pub static MIGRATION: Resource = Resource {
    noun: "migration",
    service: ServiceType::Compute,
    path: "os-migrations",
    list_path: "os-migrations",
    brief: None,
    plural: "migrations",
    singular: None,
    wrapped: None,
    id_key: "uuid",
    name_filter: None,
    also_by: None,
    columns: MIGRATION_COLUMNS,
    long_columns: MIGRATION_COLUMNS,
    show: Show::Fields(&[]),
};

const MIGRATION_COLUMNS: &[Column] = &[
    col("Id", Get::Key("id")),
    col("UUID", Get::Key("uuid")),
    col("Source Node", Get::Key("source_node")),
    col("Dest Node", Get::Key("dest_node")),
    col("Source Compute", Get::Key("source_compute")),
    col("Dest Compute", Get::Key("dest_compute")),
    col("Dest Host", Get::Key("dest_host")),
    col("Status", Get::Key("status")),
    col("Server UUID", Get::Key("instance_uuid")),
    col("Old Flavor", Get::Key("old_instance_type_id")),
    col("New Flavor", Get::Key("new_instance_type_id")),
    col("Type", Get::Key("migration_type")),
    col("Created At", Get::Key("created_at")),
    col("Updated At", Get::Key("updated_at")),
];

/// `server migration list --project/--user`: the owner's columns, before
/// `Created At` (compute 2.80).
pub static MIGRATION_OWNER: [Column; 2] = [
    col("Project", Get::Key("project_id")),
    col("User", Get::Key("user_id")),
];

/// A server's remote console (`console url show`), as
/// python-openstackclient shows it.
pub static REMOTE_CONSOLE: Resource = Resource {
    noun: "remote console",
    service: ServiceType::Compute,
    path: "remote-consoles",
    list_path: "remote-consoles",
    brief: None,
    plural: "remote_consoles",
    singular: Some("remote_console"),
    wrapped: None,
    id_key: "url",
    name_filter: None,
    also_by: None,
    columns: &[],
    long_columns: &[],
    show: Show::Fields(&["protocol", "type", "url"]),
};

/// A server's events (Nova's instance actions), listed under the server.
pub static SERVER_EVENT: Resource = Resource {
    noun: "server event",
    service: ServiceType::Compute,
    path: "os-instance-actions",
    list_path: "os-instance-actions",
    brief: None,
    plural: "instanceActions",
    singular: Some("instanceAction"),
    wrapped: None,
    id_key: "request_id",
    name_filter: None,
    also_by: None,
    columns: &[
        col("Request ID", Get::Key("request_id")),
        col("Server ID", Get::Key("instance_uuid")),
        col("Action", Get::Key("action")),
        col("Start Time", Get::Key("start_time")),
    ],
    long_columns: &[
        col("Request ID", Get::Key("request_id")),
        col("Server ID", Get::Key("instance_uuid")),
        col("Action", Get::Key("action")),
        col("Start Time", Get::Key("start_time")),
        col("Message", Get::Key("message")),
        col("Project ID", Get::Key("project_id")),
        col("User ID", Get::Key("user_id")),
    ],
    show: Show::Spec(&SERVER_EVENT_SHOW),
};

/// `server event show`: openstacksdk's `ServerAction` (its `id` is the
/// request ID) with its events, as python-openstackclient shows them.
const SERVER_EVENT_SHOW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[],
    drop: &["instance_uuid", "updated_at"],
    formatted: &[("events", Get::With(server_events, &["events"]))],
    fix: Some(server_action),
};

/// Server names by ID, for columns that show a server's name (a volume's
/// attachments).
pub static SERVER_NAMES: super::Names = super::Names {
    service: ServiceType::Compute,
    path: "servers",
    plural: "servers",
    by: None,
};
