//! Address scopes and subnet pools on real Neutron: made by oscope, a
//! subnet's range taken from a pool, shown and listed byte for byte as
//! python-openstackclient shows them, and the simulator's answers to the
//! same requests compared with real Neutron's.

use super::*;
use moves::strs;

impl Nova {
    /// What `address scope create|delete`, `subnet pool create|delete` and
    /// `subnet create --subnet-pool` send, and Neutron's refusals.
    fn pools(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let (scope, step) = self.neutron_post(
            "address scope",
            "address-scopes",
            json!({"address_scope": {"name": name, "ip_version": 4, "shared": false}}),
        );
        steps.push(step);
        let (pool, step) = self.neutron_post(
            "subnet pool",
            "subnetpools",
            json!({"subnetpool": {"name": name, "prefixes": ["10.91.0.0/16"], "default_prefixlen": 26,
                                  "address_scope_id": scope}}),
        );
        steps.push(step);
        let (network, step) =
            self.neutron_post("network", "networks", json!({"network": {"name": name}}));
        steps.push(step);
        let (_, step) = self.neutron_post(
            "a subnet from the pool",
            "subnets",
            json!({"subnet": {"name": name, "network_id": network, "subnetpool_id": pool,
                              "prefixlen": 28, "ip_version": 4}}),
        );
        steps.push(step);
        for (label, (method, path)) in [
            (
                "scope show",
                (Method::GET, format!("v2.0/address-scopes/{scope}")),
            ),
            (
                "pool show",
                (Method::GET, format!("v2.0/subnetpools/{pool}")),
            ),
            (
                "pools by scope",
                (
                    Method::GET,
                    format!("v2.0/subnetpools?address_scope_id={scope}"),
                ),
            ),
            (
                "a missing pool (404)",
                (Method::GET, "v2.0/subnetpools/nope".to_string()),
            ),
            (
                "a missing scope (404)",
                (Method::GET, "v2.0/address-scopes/nope".to_string()),
            ),
            (
                "the pool in use (400)",
                (Method::DELETE, format!("v2.0/subnetpools/{pool}")),
            ),
            (
                "the scope in use (409)",
                (Method::DELETE, format!("v2.0/address-scopes/{scope}")),
            ),
            (
                "network delete",
                (Method::DELETE, format!("v2.0/networks/{network}")),
            ),
            (
                "pool delete",
                (Method::DELETE, format!("v2.0/subnetpools/{pool}")),
            ),
            (
                "scope delete",
                (Method::DELETE, format!("v2.0/address-scopes/{scope}")),
            ),
        ] {
            let (status, shape) = self.send(method, &path, None);
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn subnet_pools_and_address_scopes_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let name = format!("pool-{pid}");
    let berlin = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let ok = |args: &[&str]| f.ok(&strs(&berlin(args)));
    ok(&["address", "scope", "create", &name]);
    ok(&[
        "subnet",
        "pool",
        "create",
        &name,
        "--pool-prefix",
        "10.92.0.0/16",
        "--default-prefix-length",
        "26",
        "--address-scope",
        &name,
        "--description",
        "d",
        "--tag",
        "p",
    ]);
    ok(&["network", "create", &name]);
    let subnet = format!("{name}-v4");
    let made: Value = serde_json::from_str(&ok(&[
        "subnet",
        "create",
        &subnet,
        "--network",
        &name,
        "--subnet-pool",
        &name,
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(made["cidr"], "10.92.0.0/26");
    let mut differ = Vec::new();
    for args in [
        vec!["address", "scope", "list"],
        vec!["address", "scope", "show", name.as_str()],
        vec!["subnet", "pool", "list"],
        vec!["subnet", "pool", "list", "--long"],
        vec!["subnet", "pool", "show", name.as_str()],
        vec!["subnet", "show", subnet.as_str()],
    ] {
        differ.extend(f.unlike_osc(&strs(&berlin(&args)), LIST_FORMATS));
    }
    ok(&["network", "delete", &name]);
    ok(&["subnet", "pool", "delete", &name]);
    ok(&["address", "scope", "delete", &name]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::at(|args| f.run(args), "berlin", "network");
    let simulated = Nova::at(|args| sim.run(args), "berlin", "network");
    let problems = departures(
        &real.pools(&format!("{name}-api")),
        &simulated.pools(&format!("{name}-api")),
    );
    assert!(
        problems.is_empty(),
        "the simulator departs from real Neutron:\n{}",
        problems.join("\n")
    );
}
