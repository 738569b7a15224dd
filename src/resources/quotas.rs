//! Quotas as data: each service's quota names, python-openstackclient's
//! flag for each (`quota set --secgroups`), and the attributes
//! openstacksdk gives its quota objects, in the order it lists them, which
//! is the order `quota show` prints.

use crate::scope::ServiceType;

/// One quota a service keeps.
#[derive(Debug)]
pub struct QuotaKey {
    pub service: ServiceType,
    /// The API's name (`security_group`).
    pub key: &'static str,
    /// python-openstackclient's flag (`secgroups`), and the name `quota
    /// show` gives Nova's and Cinder's quotas when it differs from `key`.
    pub flag: &'static str,
    /// openstacksdk's name (`security_groups`): Neutron's quotas are shown
    /// by it.
    pub sdk: &'static str,
}

const fn q(service: ServiceType, key: &'static str, flag: &'static str) -> QuotaKey {
    QuotaKey {
        service,
        key,
        flag,
        sdk: key,
    }
}

const fn n(key: &'static str, flag: &'static str, sdk: &'static str) -> QuotaKey {
    QuotaKey {
        service: ServiceType::Network,
        key,
        flag,
        sdk,
    }
}

use ServiceType::{BlockStorage as V, Compute as C};

/// python-openstackclient's `COMPUTE_QUOTAS`, `VOLUME_QUOTAS` and
/// `NETWORK_QUOTAS`, in its order.
pub const QUOTA_KEYS: &[QuotaKey] = &[
    q(C, "cores", "cores"),
    q(C, "injected_file_content_bytes", "injected-file-size"),
    q(C, "injected_file_path_bytes", "injected-path-size"),
    q(C, "injected_files", "injected-files"),
    q(C, "instances", "instances"),
    q(C, "key_pairs", "key-pairs"),
    q(C, "metadata_items", "properties"),
    q(C, "ram", "ram"),
    q(C, "server_group_members", "server-group-members"),
    q(C, "server_groups", "server-groups"),
    q(V, "backups", "backups"),
    q(V, "backup_gigabytes", "backup-gigabytes"),
    q(V, "gigabytes", "gigabytes"),
    q(V, "groups", "groups"),
    q(V, "per_volume_gigabytes", "per-volume-gigabytes"),
    q(V, "snapshots", "snapshots"),
    q(V, "volumes", "volumes"),
    n("floatingip", "floating-ips", "floating_ips"),
    n(
        "security_group_rule",
        "secgroup-rules",
        "security_group_rules",
    ),
    n("security_group", "secgroups", "security_groups"),
    n("network", "networks", "networks"),
    n("subnet", "subnets", "subnets"),
    n("port", "ports", "ports"),
    n("router", "routers", "routers"),
    n("router_route", "router-routes", "router_routes"),
    n("rbac_policy", "rbac-policies", "rbac_policies"),
    n("subnetpool", "subnetpools", "subnet_pools"),
];

/// The Cinder quotas a volume type has of its own (`volumes_<type>`).
pub const PER_VOLUME_TYPE: &[&str] = &["gigabytes", "snapshots", "volumes"];

/// The attributes openstacksdk's quota object of each service has, in its
/// order: those the service leaves out are shown as `None`.
pub fn sdk_attributes(service: ServiceType) -> &'static [&'static str] {
    match service {
        ServiceType::Compute => &[
            "cores",
            "fixed_ips",
            "floating_ips",
            "injected_file_content_bytes",
            "injected_file_path_bytes",
            "injected_files",
            "instances",
            "key_pairs",
            "metadata_items",
            "networks",
            "ram",
            "security_group_rules",
            "security_groups",
            "server_groups",
            "server_group_members",
        ],
        ServiceType::BlockStorage => &[
            "backup_gigabytes",
            "backups",
            "gigabytes",
            "groups",
            "per_volume_gigabytes",
            "snapshots",
            "volumes",
        ],
        _ => &[
            "check_limit",
            "floating_ips",
            "health_monitors",
            "listeners",
            "load_balancers",
            "l7_policies",
            "networks",
            "pools",
            "ports",
            "project_id",
            "tenant_id",
            "rbac_policies",
            "router_routes",
            "routers",
            "subnets",
            "subnet_pools",
            "security_group_rules",
            "security_groups",
        ],
    }
}
