//! Cinder's resources beside volumes: snapshots, backups, volume types,
//! services and transfers.

use serde_json::Value;

use super::{AlsoBy, Column, Get, Lookup, Names, Resource, Show, ShowSpec, col};
use crate::output::Cell;
use crate::scope::ServiceType;

/// Volume names by ID, for columns that show a volume's name.
pub static VOLUME_NAMES: Names = Names {
    service: ServiceType::BlockStorage,
    path: "volumes",
    plural: "volumes",
    by: None,
};

pub static VOLUME_SNAPSHOT: Resource = Resource {
    noun: "volume snapshot",
    service: ServiceType::BlockStorage,
    path: "snapshots",
    list_path: "snapshots/detail",
    brief: None,
    plural: "snapshots",
    singular: Some("snapshot"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: VOLUME_SNAPSHOT_COLUMNS,
    long_columns: &[
        VOLUME_SNAPSHOT_COLUMNS[0],
        VOLUME_SNAPSHOT_COLUMNS[1],
        VOLUME_SNAPSHOT_COLUMNS[2],
        VOLUME_SNAPSHOT_COLUMNS[3],
        VOLUME_SNAPSHOT_COLUMNS[4],
        col("Created At", Get::Key("created_at")),
        col("Volume", Get::NameOf("volume_id", &VOLUME_NAMES)),
        col("Properties", Get::Dict("metadata")),
    ],
    show: Show::Spec(&VOLUME_SNAPSHOT_SHOW),
};

const VOLUME_SNAPSHOT_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Description", Get::Key("description")),
    col("Status", Get::Key("status")),
    col("Size", Get::Key("size")),
];

/// openstacksdk's attributes of a snapshot less those
/// python-openstackclient hides, `metadata` as `properties`.
const VOLUME_SNAPSHOT_SHOW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[("metadata", "properties")],
    drop: &[
        "updated_at",
        "user_id",
        "group_snapshot_id",
        "consumes_quota",
        "os-extended-snapshot-attributes:project_id",
        "os-extended-snapshot-attributes:progress",
    ],
    formatted: &[("properties", Get::Dict("properties"))],
    fix: None,
};

/// Cinder's volume backups (block storage 3.64, as openstacksdk asks).
pub static VOLUME_BACKUP: Resource = Resource {
    noun: "backup",
    service: ServiceType::BlockStorage,
    path: "backups",
    list_path: "backups/detail",
    brief: None,
    plural: "backups",
    singular: Some("backup"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: None,
    columns: &[
        VOLUME_BACKUP_COLUMNS[0],
        VOLUME_BACKUP_COLUMNS[1],
        VOLUME_BACKUP_COLUMNS[2],
        VOLUME_BACKUP_COLUMNS[3],
        VOLUME_BACKUP_COLUMNS[4],
        VOLUME_BACKUP_COLUMNS[5],
        VOLUME_BACKUP_COLUMNS[6],
    ],
    long_columns: VOLUME_BACKUP_COLUMNS,
    show: Show::Spec(&VOLUME_BACKUP_SHOW),
};

const VOLUME_BACKUP_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Description", Get::Key("description")),
    col("Status", Get::Key("status")),
    col("Size", Get::Key("size")),
    col("Incremental", Get::Key("is_incremental")),
    col("Created At", Get::Key("created_at")),
    col("Availability Zone", Get::Key("availability_zone")),
    col("Volume", Get::NameOf("volume_id", &VOLUME_NAMES)),
    col("Container", Get::Key("container")),
];

/// python-openstackclient's fields of a backup: openstacksdk's attributes,
/// the project's under its own name, the metadata unformatted.
const VOLUME_BACKUP_SHOW: ShowSpec = ShowSpec {
    add: &[
        "encryption_key_id",
        "metadata",
        "project_id",
        "user_id",
        "snapshot_id",
        "data_timestamp",
    ],
    rename: &[("os-backup-project-attr:project_id", "project_id")],
    drop: &[],
    formatted: &[],
    fix: None,
};

/// A backup made, as python-openstackclient shows it (Cinder answers the
/// ID and name; the volume is the one asked for).
pub static VOLUME_BACKUP_CREATED: Resource = Resource {
    show: Show::Fields(&["id", "name", "volume_id"]),
    ..VOLUME_BACKUP
};

/// A restore begun: the backup's ID and the volume it goes to.
pub static VOLUME_BACKUP_RESTORED: Resource = Resource {
    show: Show::Fields(&["id", "volume_id", "volume_name"]),
    ..VOLUME_BACKUP
};

/// Cinder's attachments (block storage 3.27): who has a volume attached.
/// They have no names: shown by ID.
pub static VOLUME_ATTACHMENT: Resource = Resource {
    noun: "volume attachment",
    service: ServiceType::BlockStorage,
    path: "attachments",
    list_path: "attachments",
    brief: None,
    plural: "attachments",
    singular: Some("attachment"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: VOLUME_ATTACHMENT_COLUMNS,
    long_columns: VOLUME_ATTACHMENT_COLUMNS,
    show: Show::Layout(&[
        col("ID", Get::Key("id")),
        col("Volume ID", Get::Key("volume_id")),
        col("Instance ID", Get::Key("instance")),
        col("Status", Get::Key("status")),
        col("Attach Mode", Get::Key("attach_mode")),
        col("Attached At", Get::Key("attached_at")),
        col("Detached At", Get::Key("detached_at")),
        col("Properties", Get::Dict("connection_info")),
    ]),
};

const VOLUME_ATTACHMENT_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Volume ID", Get::Key("volume_id")),
    col("Server ID", Get::Key("instance")),
    col("Status", Get::Key("status")),
];

/// The volume types of each QoS specification, from the site's type
/// list (which names each type's specification): one request, where
/// python-openstackclient asks each specification's associations.
static QOS_TYPE_NAMES: Names = Names {
    service: ServiceType::BlockStorage,
    path: "types?is_public=None",
    plural: "volume_types",
    by: Some("qos_specs_id"),
};

/// Cinder's QoS specifications (admin).
pub static VOLUME_QOS: Resource = Resource {
    noun: "QoS specification",
    service: ServiceType::BlockStorage,
    path: "qos-specs",
    list_path: "qos-specs",
    brief: None,
    plural: "qos_specs",
    singular: Some("qos_specs"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: VOLUME_QOS_COLUMNS,
    long_columns: VOLUME_QOS_COLUMNS,
    show: Show::Spec(&VOLUME_QOS_SHOW),
};

const VOLUME_QOS_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Consumer", Get::Key("consumer")),
    col("Associations", Get::Grouped(&QOS_TYPE_NAMES)),
    col("Properties", Get::Dict("specs")),
];

/// python-openstackclient's fields of a specification: `specs` as
/// `properties`; `associations` (the types' names) only when it has some.
const VOLUME_QOS_SHOW: ShowSpec = ShowSpec {
    add: &[],
    rename: &[("specs", "properties")],
    drop: &[],
    formatted: &[
        ("properties", Get::Dict("properties")),
        ("associations", Get::List("associations")),
    ],
    fix: None,
};

/// A volume being uploaded as an image (`image create --volume`), shown
/// as Cinder answers the upload, its type by name, as python-openstackclient
/// shows it.
pub static VOLUME_UPLOAD: Resource = Resource {
    show: Show::Spec(&ShowSpec {
        add: &[],
        rename: &[],
        drop: &[],
        formatted: &[],
        fix: Some(|map| {
            let name = map.get("volume_type").map(|t| t["name"].clone());
            map.insert("volume_type".into(), name.unwrap_or(Value::Null));
        }),
    }),
    ..super::VOLUME
};

/// Cinder's volume types. `show` adds `access_project_ids` (see
/// `commands::volume_types`), as python-openstackclient does.
pub static VOLUME_TYPE: Resource = Resource {
    noun: "volume type",
    service: ServiceType::BlockStorage,
    path: "types",
    list_path: "types",
    brief: None,
    plural: "volume_types",
    singular: Some("volume_type"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    // Cinder lists the types the project may use; an admin's private
    // others only when asked.
    also_by: Some(AlsoBy::Query("is_public=None")),
    columns: &[
        VOLUME_TYPE_COLUMNS[0],
        VOLUME_TYPE_COLUMNS[1],
        VOLUME_TYPE_COLUMNS[2],
    ],
    long_columns: VOLUME_TYPE_COLUMNS,
    show: Show::Spec(&VOLUME_TYPE_SHOW),
};

const VOLUME_TYPE_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Is Public", Get::Key("is_public")),
    col("Description", Get::Key("description")),
    col("Properties", Get::Dict("extra_specs")),
];

/// openstacksdk's attributes of a type, `extra_specs` as `properties`.
const VOLUME_TYPE_SHOW: ShowSpec = ShowSpec {
    add: &["description"],
    rename: &[("extra_specs", "properties")],
    drop: &["qos_specs_id", "os-volume-type-access:is_public"],
    formatted: &[
        ("properties", Get::Dict("properties")),
        (
            "access_project_ids",
            Get::With(access_projects, &["access_project_ids"]),
        ),
    ],
    fix: None,
};

/// `access_project_ids`: a private type's projects, as a list; None for a
/// public one, which python-openstackclient leaves unformatted.
fn access_projects(item: &Value, _: &Lookup) -> Cell {
    match &item["access_project_ids"] {
        Value::Null => Cell::new(Value::Null),
        list => Cell::formatted(list.clone(), super::cells::sorted_list_text(list)),
    }
}

/// Cinder's services. They have no ID: every row is kept.
pub static VOLUME_SERVICE: Resource = Resource {
    noun: "volume service",
    service: ServiceType::BlockStorage,
    path: "os-services",
    list_path: "os-services",
    brief: None,
    plural: "services",
    singular: None,
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: &[
        VOLUME_SERVICE_COLUMNS[0],
        VOLUME_SERVICE_COLUMNS[1],
        VOLUME_SERVICE_COLUMNS[2],
        VOLUME_SERVICE_COLUMNS[3],
        VOLUME_SERVICE_COLUMNS[4],
        VOLUME_SERVICE_COLUMNS[5],
        VOLUME_SERVICE_COLUMNS[6],
        VOLUME_SERVICE_COLUMNS[7],
    ],
    long_columns: VOLUME_SERVICE_COLUMNS,
    show: Show::Fields(&[]),
};

/// python-openstackclient's columns for a Cinder that has 3.49.
const VOLUME_SERVICE_COLUMNS: &[Column] = &[
    col("Binary", Get::Key("binary")),
    col("Host", Get::Key("host")),
    col("Zone", Get::Key("zone")),
    col("Status", Get::Key("status")),
    col("State", Get::Key("state")),
    col("Updated At", Get::Key("updated_at")),
    col("Cluster", Get::Key("cluster")),
    col("Backend State", Get::Key("backend_state")),
    col("Disabled Reason", Get::Key("disabled_reason")),
];

/// Cinder's volume transfers (block storage 3.55, as openstacksdk asks).
pub static VOLUME_TRANSFER: Resource = Resource {
    noun: "volume transfer request",
    service: ServiceType::BlockStorage,
    path: "volume-transfers",
    // The brief list has the columns; a transfer found in it by name is
    // shown from it (no `created_at`), as openstacksdk finds it.
    list_path: "volume-transfers",
    brief: None,
    plural: "transfers",
    singular: Some("transfer"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Volume", Get::Key("volume_id")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Volume", Get::Key("volume_id")),
    ],
    show: Show::Fields(&["created_at", "id", "name", "volume_id"]),
};

/// A new transfer, shown with the key its taker needs (given only then).
pub static VOLUME_TRANSFER_CREATED: Resource = Resource {
    show: Show::Fields(&["auth_key", "created_at", "id", "name", "volume_id"]),
    ..VOLUME_TRANSFER
};

/// A transfer taken, as python-openstackclient shows it.
pub static VOLUME_TRANSFER_ACCEPTED: Resource = Resource {
    show: Show::Fields(&["id", "name", "volume_id"]),
    ..VOLUME_TRANSFER
};
