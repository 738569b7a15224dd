//! Cinder's resources beside volumes: snapshots.

use super::{Column, Get, Names, Resource, Show, ShowSpec, col};
use crate::scope::ServiceType;

/// Volume names by ID, for columns that show a volume's name.
pub static VOLUME_NAMES: Names = Names {
    service: ServiceType::BlockStorage,
    path: "volumes",
    plural: "volumes",
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
