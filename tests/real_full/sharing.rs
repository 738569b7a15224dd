//! RBAC and QoS policies, agents and segments on real Neutron: made by
//! oscope, shown and listed byte for byte as python-openstackclient shows
//! them, and the simulator's answers to the same requests compared with
//! real Neutron's.

use super::*;
use moves::strs;

impl Nova {
    /// What `network qos policy create|delete`, `network rbac
    /// create|set|delete` and the lists and shows of agents and segments
    /// send, and Neutron's refusals.
    fn sharing(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let (policy, step) = self.neutron_post(
            "qos policy",
            "qos/policies",
            json!({"policy": {"name": name, "shared": true, "description": "d"}}),
        );
        steps.push(step);
        let (network, step) =
            self.neutron_post("network", "networks", json!({"network": {"name": name}}));
        steps.push(step);
        let (rbac, step) = self.neutron_post(
            "share the network",
            "rbac-policies",
            json!({"rbac_policy": {"object_type": "network", "object_id": network,
                                   "action": "access_as_shared", "target_tenant": "*"}}),
        );
        steps.push(step);
        let (_, step) = self.neutron_post(
            "share the shared policy again (409)",
            "rbac-policies",
            json!({"rbac_policy": {"object_type": "qos_policy", "object_id": policy,
                                   "action": "access_as_shared", "target_tenant": "*"}}),
        );
        steps.push(step);
        let (_, step) = self.neutron_post(
            "share a missing network (400)",
            "rbac-policies",
            json!({"rbac_policy": {"object_type": "network", "object_id": "00000000-0000-0000-0000-000000000000",
                                   "action": "access_as_shared", "target_tenant": "*"}}),
        );
        steps.push(step);
        let (_, agents) = self.send_raw(Method::GET, "v2.0/agents", None);
        let agent = agents["agents"][0]["id"].as_str().unwrap_or_default();
        for (label, (method, path)) in [
            (
                "policy show",
                (Method::GET, format!("v2.0/qos/policies/{policy}")),
            ),
            (
                "policies by name",
                (Method::GET, format!("v2.0/qos/policies?name={name}")),
            ),
            (
                "rbac show",
                (Method::GET, format!("v2.0/rbac-policies/{rbac}")),
            ),
            (
                "rbac by object",
                (
                    Method::GET,
                    format!("v2.0/rbac-policies?object_type=network&object_id={network}"),
                ),
            ),
            (
                "network shared",
                (Method::GET, format!("v2.0/networks/{network}")),
            ),
            (
                "agents",
                (
                    Method::GET,
                    "v2.0/agents?agent_type=DHCP%20agent".to_string(),
                ),
            ),
            ("agent show", (Method::GET, format!("v2.0/agents/{agent}"))),
            (
                "DHCP agents of the network",
                (Method::GET, format!("v2.0/networks/{network}/dhcp-agents")),
            ),
            (
                "DHCP agents of a missing network (none)",
                (Method::GET, "v2.0/networks/nope/dhcp-agents".to_string()),
            ),
            (
                "L3 agents of a missing router (404)",
                (Method::GET, "v2.0/routers/nope/l3-agents".to_string()),
            ),
            (
                "segments of the network",
                (Method::GET, format!("v2.0/segments?network_id={network}")),
            ),
            (
                "a missing agent (404)",
                (Method::GET, "v2.0/agents/nope".to_string()),
            ),
            (
                "a missing segment (404)",
                (Method::GET, "v2.0/segments/nope".to_string()),
            ),
            (
                "a missing policy (404)",
                (Method::GET, "v2.0/qos/policies/nope".to_string()),
            ),
            (
                "rbac delete",
                (Method::DELETE, format!("v2.0/rbac-policies/{rbac}")),
            ),
            (
                "rbac delete again (404)",
                (Method::DELETE, format!("v2.0/rbac-policies/{rbac}")),
            ),
            (
                "network private",
                (Method::GET, format!("v2.0/networks/{network}")),
            ),
            (
                "network delete",
                (Method::DELETE, format!("v2.0/networks/{network}")),
            ),
            (
                "policy delete",
                (Method::DELETE, format!("v2.0/qos/policies/{policy}")),
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
fn rbac_qos_agents_and_segments_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let name = format!("share-{pid}");
    let berlin = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let ok = |args: &[&str]| f.ok(&strs(&berlin(args)));
    ok(&["network", "create", &name]);
    ok(&[
        "network",
        "qos",
        "policy",
        "create",
        &name,
        "--description",
        "d",
    ]);
    let rbac = |object: &str, object_type: &str, target: &[&str]| {
        let mut args = vec![
            "network",
            "rbac",
            "create",
            object,
            "--type",
            object_type,
            "--action",
            "access_as_shared",
            "-f",
            "value",
            "-c",
            "id",
        ];
        args.extend(target);
        ok(&args).trim().to_string()
    };
    let to_all = rbac(&name, "network", &["--target-all-projects"]);
    let to_demo = rbac(&name, "qos_policy", &["--target-project", "demo"]);
    ok(&[
        "network",
        "rbac",
        "set",
        &to_demo,
        "--target-project",
        "admin",
    ]);
    let agent = ok(&["network", "agent", "list", "-f", "value", "-c", "ID"]);
    let agent = agent
        .lines()
        .next()
        .expect("the site registers a DHCP agent");
    let segment = ok(&[
        "network",
        "segment",
        "list",
        "--network",
        &name,
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    let segment = segment.trim();
    let v6 = format!("{name}-v6");
    ok(&[
        "subnet",
        "create",
        &v6,
        "--network",
        &name,
        "--ip-version",
        "6",
        "--subnet-range",
        "2001:db8:42::/64",
        "--ipv6-ra-mode",
        "slaac",
        "--ipv6-address-mode",
        "slaac",
    ]);
    let mut differ = Vec::new();
    for args in [
        vec!["subnet", "show", v6.as_str()],
        vec!["subnet", "list", "--ip-version", "6", "--long"],
        vec!["subnet", "list", "--network", name.as_str(), "--dhcp"],
        vec![
            "subnet",
            "list",
            "--subnet-range",
            "2001:db8:42::/64",
            "--gateway",
            "2001:db8:42::",
        ],
        vec!["subnet", "list", "--limit", "1"],
        vec!["subnet", "list", "--max-items", "1"],
        vec!["network", "list", "--limit", "1", "--max-items", "2"],
        vec!["port", "list", "--limit", "1"],
        vec!["network", "agent", "list"],
        vec!["network", "agent", "list", "--long", "--agent-type", "dhcp"],
        vec!["network", "agent", "show", agent],
        vec!["network", "segment", "list"],
        vec![
            "network",
            "segment",
            "list",
            "--long",
            "--network",
            name.as_str(),
        ],
        vec!["network", "segment", "show", segment],
        vec!["network", "qos", "policy", "list"],
        vec!["network", "qos", "policy", "show", name.as_str()],
        vec!["network", "rbac", "list"],
        vec!["network", "rbac", "list", "--long", "--type", "qos_policy"],
        vec!["network", "rbac", "list", "--target-project", "admin"],
        vec!["network", "rbac", "show", to_all.as_str()],
        vec!["network", "rbac", "show", to_demo.as_str()],
    ] {
        differ.extend(f.unlike_osc(&strs(&berlin(&args)), LIST_FORMATS));
    }
    // What a create prints, but for what differs between two creates.
    let masked = |text: String| {
        text.lines()
            .filter(|l| {
                !["id", "object_id", "created_at", "updated_at", "name"]
                    .iter()
                    .any(|k| {
                        l.starts_with(&format!("| {k} "))
                            || l.trim_start().starts_with(&format!("\"{k}\""))
                    })
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    for format in ["table", "json"] {
        let create = |who: &str| {
            berlin(&[
                "network",
                "qos",
                "policy",
                "create",
                &format!("{name}-{who}"),
                "--share",
                "-f",
                format,
            ])
        };
        let (want, got) = (f.osc(&strs(&create("osc"))), f.ok(&strs(&create("oscope"))));
        if masked(want.clone()) != masked(got.clone()) {
            differ.push(format!(
                "qos policy create -f {format}\n--- openstack\n{want}+++ oscope\n{got}"
            ));
        }
        let share = |policy: &str| {
            berlin(&[
                "network",
                "rbac",
                "create",
                policy,
                "--type",
                "qos_policy",
                "--action",
                "access_as_shared",
                "--target-project",
                "demo",
                "-f",
                format,
            ])
        };
        let want = f.osc(&strs(&share(&format!("{name}-osc"))));
        let got = f.ok(&strs(&share(&format!("{name}-oscope"))));
        if masked(want.clone()) != masked(got.clone()) {
            differ.push(format!(
                "rbac create -f {format}\n--- openstack\n{want}+++ oscope\n{got}"
            ));
        }
        ok(&[
            "network",
            "qos",
            "policy",
            "delete",
            &format!("{name}-osc"),
            &format!("{name}-oscope"),
        ]);
    }
    ok(&["network", "rbac", "delete", &to_all, &to_demo]);
    let shared = ok(&["network", "show", &name, "-f", "value", "-c", "shared"]);
    assert_eq!(shared, "False\n");
    ok(&["network", "delete", &name]);
    ok(&["network", "qos", "policy", "delete", &name]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::at(|args| f.run(args), "berlin", "network");
    let simulated = Nova::at(|args| sim.run(args), "berlin", "network");
    let problems = departures(
        &real.sharing(&format!("{name}-api")),
        &simulated.sharing(&format!("{name}-api")),
    );
    assert!(
        problems.is_empty(),
        "the simulator departs from real Neutron:\n{}",
        problems.join("\n")
    );
}
