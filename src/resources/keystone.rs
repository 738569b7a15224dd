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

const ROLE_ASSIGNMENT_COLUMNS: &[Column] = &[
    col("Role", Get::With(|a, _| id_of(&a["role"]), &["role"])),
    col("User", Get::With(|a, _| id_of(&a["user"]), &["user"])),
    col("Group", Get::With(|a, _| id_of(&a["group"]), &["group"])),
    col(
        "Project",
        Get::With(|a, _| id_of(&a["scope"]["project"]), &["scope"]),
    ),
    col(
        "Domain",
        Get::With(|a, _| id_of(&a["scope"]["domain"]), &["scope"]),
    ),
    col("System", Get::With(system, &["scope"])),
    col("Inherited", Get::With(inherited, &["scope"])),
];

/// [`ROLE_ASSIGNMENT`] as `role assignment list --names` shows it:
/// `name@domain` where the IDs were.
pub static ROLE_ASSIGNMENT_NAMED: Resource = Resource {
    columns: ROLE_ASSIGNMENT_NAMES,
    long_columns: ROLE_ASSIGNMENT_NAMES,
    ..ROLE_ASSIGNMENT
};

const ROLE_ASSIGNMENT_NAMES: &[Column] = &[
    col("Role", Get::With(|a, _| name_of(&a["role"]), &["role"])),
    col("User", Get::With(|a, _| name_of(&a["user"]), &["user"])),
    col("Group", Get::With(|a, _| name_of(&a["group"]), &["group"])),
    col(
        "Project",
        Get::With(|a, _| name_of(&a["scope"]["project"]), &["scope"]),
    ),
    col(
        "Domain",
        Get::With(|a, _| name_of(&a["scope"]["domain"]), &["scope"]),
    ),
    col("System", Get::With(system, &["scope"])),
    col("Inherited", Get::With(inherited, &["scope"])),
];

fn id_of(actor: &Value) -> Cell {
    Cell::new(actor["id"].as_str().unwrap_or_default())
}

/// `name@domain`, or the name alone, as python-openstackclient joins them.
fn name_of(actor: &Value) -> Cell {
    let name = actor["name"].as_str().unwrap_or_default();
    match actor["domain"]["name"].as_str() {
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
