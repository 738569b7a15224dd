//! Keystone's resources beside users and projects: domains, roles and role
//! assignments.

use serde_json::Value;

use super::{Column, Get, Lookup, Resource, Show, col};
use crate::output::Cell;
use crate::scope::ServiceType;

pub static DOMAIN: Resource = Resource {
    noun: "domain",
    service: ServiceType::Identity,
    path: "domains",
    list_path: "domains",
    brief: None,
    plural: "domains",
    singular: Some("domain"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    columns: DOMAIN_COLUMNS,
    long_columns: DOMAIN_COLUMNS,
    // python-openstackclient's fields, in its order.
    show: Show::Fields(&["id", "name", "enabled", "description", "options"]),
};

const DOMAIN_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Enabled", Get::Key("enabled")),
    col("Description", Get::Key("description")),
];

pub static ROLE: Resource = Resource {
    noun: "role",
    service: ServiceType::Identity,
    path: "roles",
    list_path: "roles",
    brief: None,
    plural: "roles",
    singular: Some("role"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    columns: &[col("ID", Get::Key("id")), col("Name", Get::Key("name"))],
    long_columns: &[col("ID", Get::Key("id")), col("Name", Get::Key("name"))],
    // python-openstackclient's fields, in its order.
    show: Show::Fields(&["id", "name", "domain_id", "description"]),
};

/// Keystone's `role_assignments`, which have no ID of their own.
pub static ROLE_ASSIGNMENT: Resource = Resource {
    noun: "role assignment",
    service: ServiceType::Identity,
    path: "role_assignments",
    list_path: "role_assignments",
    brief: None,
    plural: "role_assignments",
    singular: None,
    wrapped: None,
    id_key: "id",
    name_filter: None,
    columns: ROLE_ASSIGNMENT_COLUMNS,
    long_columns: ROLE_ASSIGNMENT_COLUMNS,
    show: Show::Fields(&[]),
};

/// IDs, or `name@domain` where Keystone gave names (`--names`), as
/// python-openstackclient shows them.
const ROLE_ASSIGNMENT_COLUMNS: &[Column] = &[
    col("Role", Get::With(|a, _| actor(&a["role"]), &["role"])),
    col("User", Get::With(|a, _| actor(&a["user"]), &["user"])),
    col("Group", Get::With(|a, _| actor(&a["group"]), &["group"])),
    col(
        "Project",
        Get::With(|a, _| actor(&a["scope"]["project"]), &["scope"]),
    ),
    col(
        "Domain",
        Get::With(|a, _| actor(&a["scope"]["domain"]), &["scope"]),
    ),
    col("System", Get::With(system, &["scope"])),
    col("Inherited", Get::With(inherited, &["scope"])),
];

/// `name@domain` (or the name alone) when the item has a name, else its ID.
fn actor(item: &Value) -> Cell {
    let Some(name) = item["name"].as_str() else {
        return Cell::new(item["id"].as_str().unwrap_or_default());
    };
    match item["domain"]["name"].as_str() {
        Some(domain) => Cell::new(format!("{name}@{domain}")),
        None => Cell::new(name),
    }
}

fn system(assignment: &Value, _: &Lookup) -> Cell {
    let system = &assignment["scope"]["system"];
    Cell::new(if system.is_null() { "" } else { "all" })
}

fn inherited(assignment: &Value, _: &Lookup) -> Cell {
    Cell::new(assignment["scope"]["OS-INHERIT:inherited_to"] == "projects")
}

pub static GROUP: Resource = Resource {
    noun: "group",
    service: ServiceType::Identity,
    path: "groups",
    list_path: "groups",
    brief: None,
    plural: "groups",
    singular: Some("group"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    columns: &[col("ID", Get::Key("id")), col("Name", Get::Key("name"))],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Domain ID", Get::Key("domain_id")),
        col("Description", Get::Key("description")),
    ],
    // python-openstackclient's fields, in its order.
    show: Show::Fields(&["description", "domain_id", "id", "name"]),
};
