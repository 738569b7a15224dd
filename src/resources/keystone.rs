//! Keystone's resources beside users and projects: domains, roles and role
//! assignments, groups, and the catalogue's regions and services.

use serde_json::Value;

use super::{AlsoBy, Column, Get, Lookup, Resource, Show, col};
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
    also_by: None,
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
    also_by: None,
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
    also_by: None,
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
    also_by: None,
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

/// Keystone's regions: a region's ID is its name.
pub static REGION: Resource = Resource {
    noun: "region",
    service: ServiceType::Identity,
    path: "regions",
    list_path: "regions",
    brief: None,
    plural: "regions",
    singular: Some("region"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: REGION_COLUMNS,
    long_columns: REGION_COLUMNS,
    // python-openstackclient's fields, in its order, under its names.
    show: Show::Layout(&[
        col("region", Get::Key("id")),
        col("description", Get::Key("description")),
        col("parent_region", Get::Key("parent_region_id")),
    ]),
};

const REGION_COLUMNS: &[Column] = &[
    col("Region", Get::Key("id")),
    col("Parent Region", Get::Key("parent_region_id")),
    col("Description", Get::Key("description")),
];

/// Keystone's services, found by ID, name or type, as python-openstackclient
/// finds them.
pub static SERVICE: Resource = Resource {
    noun: "service",
    service: ServiceType::Identity,
    path: "services",
    list_path: "services",
    brief: None,
    plural: "services",
    singular: Some("service"),
    wrapped: None,
    id_key: "id",
    name_filter: Some("name"),
    also_by: Some(AlsoBy::Key("type")),
    columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Type", Get::Key("type")),
    ],
    long_columns: &[
        col("ID", Get::Key("id")),
        col("Name", Get::Key("name")),
        col("Type", Get::Key("type")),
        col("Description", Get::Key("description")),
        col("Enabled", Get::Key("enabled")),
    ],
    show: Show::Layout(&[
        col("id", Get::Key("id")),
        col("name", Get::Key("name")),
        col("type", Get::Key("type")),
        col("enabled", Get::Key("enabled")),
        col("description", Get::Key("description")),
    ]),
};

/// Keystone's endpoints, found by ID only; shown with their service's name
/// and type, which the command puts in `_service`.
pub static ENDPOINT: Resource = Resource {
    noun: "endpoint",
    service: ServiceType::Identity,
    path: "endpoints",
    list_path: "endpoints",
    brief: None,
    plural: "endpoints",
    singular: Some("endpoint"),
    wrapped: None,
    id_key: "id",
    name_filter: None,
    also_by: None,
    columns: &[col("ID", Get::Key("id"))],
    long_columns: &[col("ID", Get::Key("id"))],
    show: Show::With(endpoint_record),
};

/// python-openstackclient's fields of an endpoint, in its order.
fn endpoint_record(endpoint: &Value) -> crate::output::Record {
    let of = |v: &Value| Cell::new(v.clone());
    let service = &endpoint["_service"];
    crate::output::Record {
        fields: [
            ("enabled", of(&endpoint["enabled"])),
            ("id", of(&endpoint["id"])),
            ("interface", of(&endpoint["interface"])),
            ("region", of(&endpoint["region_id"])),
            ("region_id", of(&endpoint["region_id"])),
            ("service_id", of(&endpoint["service_id"])),
            ("url", of(&endpoint["url"])),
            ("service_name", of(&service["name"])),
            ("service_type", of(&service["type"])),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
    }
}

/// A Keystone resource that lists and shows like the others, found by ID
/// (and name, when `by_name`).
const fn keystone(
    noun: &'static str,
    path: &'static str,
    singular: &'static str,
    by_name: bool,
    columns: &'static [Column],
    show: Show,
) -> Resource {
    Resource {
        noun,
        service: ServiceType::Identity,
        path,
        list_path: path,
        brief: None,
        plural: path,
        singular: Some(singular),
        wrapped: None,
        id_key: "id",
        name_filter: if by_name { Some("name") } else { None },
        also_by: None,
        columns,
        long_columns: columns,
        show,
    }
}

/// A user's application credentials (`users/{id}/application_credentials`,
/// the command puts the user in the path).
pub static APPLICATION_CREDENTIAL: Resource = keystone(
    "application credential",
    "application_credentials",
    "application_credential",
    true,
    APPLICATION_CREDENTIAL_COLUMNS,
    Show::Layout(APPLICATION_CREDENTIAL_COLUMNS),
);

const APPLICATION_CREDENTIAL_COLUMNS: &[Column] = &[
    col("ID", Get::Key("id")),
    col("Name", Get::Key("name")),
    col("Description", Get::Key("description")),
    col("Project ID", Get::Key("project_id")),
    col("Roles", Get::With(role_names, &["roles"])),
    col("Unrestricted", Get::Key("unrestricted")),
    col("Access Rules", Get::Key("access_rules")),
    col("Expires At", Get::Key("expires_at")),
];

/// The roles' names, sorted and joined in tables, as
/// python-openstackclient's `RolesColumn`; JSON keeps the roles.
fn role_names(item: &Value, _: &Lookup) -> Cell {
    let mut names: Vec<&str> = item["roles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["name"].as_str())
        .collect();
    names.sort_unstable();
    Cell::formatted(item["roles"].clone(), names.join(", "))
}

/// A user's access rules (`users/{id}/access_rules`).
pub static ACCESS_RULE: Resource = keystone(
    "access rule",
    "access_rules",
    "access_rule",
    false,
    &[
        col("ID", Get::Key("id")),
        col("Service", Get::Key("service")),
        col("Method", Get::Key("method")),
        col("Path", Get::Key("path")),
    ],
    Show::Fields(&["id", "method", "path", "service"]),
);

/// Keystone's credentials (EC2, TOTP, ...): `Data` is the blob, as
/// python-openstackclient shows it.
pub static CREDENTIAL: Resource = keystone(
    "credential",
    "credentials",
    "credential",
    false,
    &[
        col("ID", Get::Key("id")),
        col("Type", Get::Key("type")),
        col("User ID", Get::Key("user_id")),
        col("Data", Get::Key("blob")),
        col("Project ID", Get::Key("project_id")),
    ],
    Show::Fields(&["blob", "id", "project_id", "type", "user_id"]),
);

/// Unified limits: a project's.
pub static LIMIT: Resource = keystone(
    "limit",
    "limits",
    "limit",
    false,
    &[
        col("ID", Get::Key("id")),
        col("Project ID", Get::Key("project_id")),
        col("Service ID", Get::Key("service_id")),
        col("Resource Name", Get::Key("resource_name")),
        col("Resource Limit", Get::Key("resource_limit")),
        col("Description", Get::Key("description")),
        col("Region ID", Get::Key("region_id")),
    ],
    Show::Fields(&[]),
);

/// Unified limits: the defaults.
pub static REGISTERED_LIMIT: Resource = keystone(
    "registered limit",
    "registered_limits",
    "registered_limit",
    false,
    &[
        col("ID", Get::Key("id")),
        col("Service ID", Get::Key("service_id")),
        col("Resource Name", Get::Key("resource_name")),
        col("Default Limit", Get::Key("default_limit")),
        col("Description", Get::Key("description")),
        col("Region ID", Get::Key("region_id")),
    ],
    Show::Fields(&[]),
);
