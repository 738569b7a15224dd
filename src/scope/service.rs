//! Service types, as the OpenStack service-types authority names them.
//!
//! Scope keys, `OS_SCOPE_<SERVICE_TYPE>` variables and catalogue lookups all
//! go through [`ServiceType`], so that `nova`, `Compute` and `compute` are one
//! key and a service named twice under two aliases is caught. The table below
//! is the authority's `service-types.yaml` (official type, project, aliases),
//! with the project name added as one more alias.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

macro_rules! service_types {
    ($($variant:ident => $official:literal [$($alias:literal),*];)*) => {
        /// An official OpenStack service type. Variants are declared in
        /// alphabetical order of the official name, which is the order of keys
        /// in a canonical scope.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ServiceType {
            $(#[doc = $official] $variant,)*
        }

        impl ServiceType {
            /// Every service type, in canonical order.
            pub const ALL: &'static [ServiceType] = &[$(ServiceType::$variant,)*];

            /// The official name (`block-storage`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ServiceType::$variant => $official,)*
                }
            }

            /// The other names the authority and the projects give it; the
            /// catalogue of an older cloud may list a service under one of these.
            pub fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(ServiceType::$variant => &[$($alias),*],)*
                }
            }
        }
    };
}

service_types! {
    Accelerator => "accelerator" ["cyborg"];
    AdminLogic => "admin-logic" ["adjutant", "registration"];
    Alarm => "alarm" ["aodh", "alarming"];
    ApplicationCatalog => "application-catalog" ["murano"];
    ApplicationContainer => "application-container" ["zun", "container"];
    ApplicationDeployment => "application-deployment" ["solum", "application_deployment"];
    Backup => "backup" ["freezer", "freezer-api"];
    Baremetal => "baremetal" ["ironic", "bare-metal"];
    BaremetalIntrospection => "baremetal-introspection" ["ironic-inspector"];
    BlockStorage => "block-storage" ["cinder", "volumev3", "volumev2", "volume", "block-store"];
    Clustering => "clustering" ["senlin", "resource-cluster", "cluster"];
    Compute => "compute" ["nova"];
    ContainerInfrastructureManagement => "container-infrastructure-management"
        ["magnum", "container-infrastructure", "container-infra"];
    DataProcessing => "data-processing" ["sahara"];
    DataProtectionOrchestration => "data-protection-orchestration" ["karbor"];
    Database => "database" ["trove"];
    Dns => "dns" ["designate"];
    Ec2Api => "ec2-api" [];
    Event => "event" ["panko", "events"];
    FunctionEngine => "function-engine" ["qinling"];
    Identity => "identity" ["keystone"];
    Image => "image" ["glance"];
    InstanceHa => "instance-ha" ["masakari", "ha"];
    KeyManager => "key-manager" ["barbican"];
    LoadBalancer => "load-balancer" ["octavia"];
    LogManagement => "log-management" ["venus"];
    Message => "message" ["zaqar", "messaging"];
    Meter => "meter" ["ceilometer", "metering", "telemetry"];
    Monitoring => "monitoring" ["monasca", "monasca-api"];
    MonitoringEvents => "monitoring-events" ["monasca-events-api"];
    MonitoringLogging => "monitoring-logging" ["monasca-log-api", "monitoring-log-api"];
    MultiRegionNetworkAutomation => "multi-region-network-automation" ["tricircle"];
    Network => "network" ["neutron"];
    NfvOrchestration => "nfv-orchestration" ["tacker"];
    ObjectStore => "object-store" ["swift"];
    OperatorPolicy => "operator-policy" ["congress", "policy"];
    Orchestration => "orchestration" ["heat"];
    Placement => "placement" [];
    Rating => "rating" ["cloudkitty"];
    Reservation => "reservation" ["blazar"];
    ResourceOptimization => "resource-optimization" ["watcher", "infra-optim"];
    RootCauseAnalysis => "root-cause-analysis" ["vitrage", "rca"];
    Search => "search" ["searchlight"];
    SharedFileSystem => "shared-file-system" ["manila", "sharev2", "share"];
    Workflow => "workflow" ["mistral", "workflowv2"];
}

impl ServiceType {
    /// Looks a key up by official name, project name or alias, ignoring case
    /// and treating `_` as `-` (so `OS_SCOPE_BLOCK_STORAGE` finds it too).
    pub fn lookup(key: &str) -> Option<ServiceType> {
        // Compared byte by byte, folded as they go: a command over
        // thousands of sites looks up every `<service>_api_version` key.
        let fold = |b: u8| match b {
            b'_' => b'-',
            b => b.to_ascii_lowercase(),
        };
        let same = |name: &str| {
            name.len() == key.len()
                && name
                    .bytes()
                    .zip(key.bytes())
                    .all(|(n, k)| fold(n) == fold(k))
        };
        ServiceType::ALL
            .iter()
            .copied()
            .find(|t| same(t.as_str()) || t.aliases().iter().any(|a| same(a)))
    }

    /// The environment variable that binds this service: `OS_SCOPE_BLOCK_STORAGE`.
    pub fn env_var(self) -> String {
        format!(
            "OS_SCOPE_{}",
            self.as_str().to_ascii_uppercase().replace('-', "_")
        )
    }

    /// A short list of the service types users meet most, for error messages
    /// that would otherwise print all of them.
    pub const COMMON: &'static [ServiceType] = &[
        ServiceType::Identity,
        ServiceType::Compute,
        ServiceType::Image,
        ServiceType::Network,
        ServiceType::BlockStorage,
        ServiceType::Placement,
        ServiceType::ObjectStore,
        ServiceType::Orchestration,
        ServiceType::LoadBalancer,
        ServiceType::Dns,
        ServiceType::KeyManager,
        ServiceType::Baremetal,
        ServiceType::SharedFileSystem,
    ];
}

impl fmt::Display for ServiceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ServiceType {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ServiceType::lookup(s).ok_or(())
    }
}

impl Serialize for ServiceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_normalise_to_the_official_type() {
        let cases = [
            ("nova", ServiceType::Compute),
            ("Compute", ServiceType::Compute),
            ("glance", ServiceType::Image),
            ("keystone", ServiceType::Identity),
            ("neutron", ServiceType::Network),
            ("cinder", ServiceType::BlockStorage),
            ("volume", ServiceType::BlockStorage),
            ("volumev2", ServiceType::BlockStorage),
            ("VOLUMEV3", ServiceType::BlockStorage),
            ("block-store", ServiceType::BlockStorage),
            ("block_storage", ServiceType::BlockStorage),
            ("placement", ServiceType::Placement),
            ("swift", ServiceType::ObjectStore),
            ("heat", ServiceType::Orchestration),
            ("octavia", ServiceType::LoadBalancer),
            ("designate", ServiceType::Dns),
            ("barbican", ServiceType::KeyManager),
            ("ironic", ServiceType::Baremetal),
            ("manila", ServiceType::SharedFileSystem),
            ("share", ServiceType::SharedFileSystem),
            ("sharev2", ServiceType::SharedFileSystem),
            ("zun", ServiceType::ApplicationContainer),
            ("container", ServiceType::ApplicationContainer),
            ("application_deployment", ServiceType::ApplicationDeployment),
        ];
        for (key, want) in cases {
            assert_eq!(ServiceType::lookup(key), Some(want), "{key}");
        }
        assert_eq!(ServiceType::lookup("computer"), None);
        assert_eq!(ServiceType::lookup("comput"), None);
        assert_eq!(
            ServiceType::lookup("BLOCK_STORAGE"),
            Some(ServiceType::BlockStorage)
        );
        assert_eq!(
            ServiceType::lookup("Block-Storage"),
            Some(ServiceType::BlockStorage)
        );
    }

    #[test]
    fn official_names_and_aliases_are_unambiguous() {
        let mut seen = std::collections::HashMap::new();
        for t in ServiceType::ALL {
            let mut names: Vec<String> = std::iter::once(t.as_str())
                .chain(t.aliases().iter().copied())
                .map(|n| n.replace('_', "-"))
                .collect();
            names.sort();
            names.dedup();
            for name in names {
                assert_eq!(seen.insert(name.clone(), *t), None, "{name} twice");
            }
        }
    }

    #[test]
    fn canonical_order_is_alphabetical() {
        let names: Vec<_> = ServiceType::ALL.iter().map(|t| t.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }

    #[test]
    fn env_var_names() {
        assert_eq!(
            ServiceType::BlockStorage.env_var(),
            "OS_SCOPE_BLOCK_STORAGE"
        );
        assert_eq!(ServiceType::Image.env_var(), "OS_SCOPE_IMAGE");
    }
}
