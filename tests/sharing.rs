//! Around networks (issue 24) end to end against the simulator: RBAC
//! policies (`network rbac`), QoS policies, the sites' agents and their
//! networks' segments, under one site, `&`, `|` and a failing site.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

#[test]
fn sharing_a_network_with_every_project_at_every_site() {
    let s = sites();
    s.ok(BOTH, &["network", "create", "app"]);
    let created = s.ok(
        BOTH,
        &[
            "network",
            "rbac",
            "create",
            "app",
            "--type",
            "network",
            "--action",
            "access_as_shared",
            "--target-all-projects",
            "-f",
            "json",
        ],
    );
    // One policy per site, each naming that site's network.
    let created = json_of(&created);
    let policies = created.as_array().expect("one object per site");
    assert_eq!(policies.len(), 2, "{created}");
    for site in ["berlin", "denver"] {
        let network = s.ok(
            site,
            &[
                "network", "show", "app", "-f", "value", "-c", "id", "-c", "shared",
            ],
        );
        assert!(network.ends_with("True\n"), "{network}");
        let id = network.lines().next().unwrap();
        let listed = s.ok(
            site,
            &[
                "network",
                "rbac",
                "list",
                "--type",
                "network",
                "--action",
                "access_as_shared",
                "--long",
                "-f",
                "value",
            ],
        );
        assert!(
            listed.contains(&format!(" network {id} access_as_shared\n")),
            "{listed}"
        );
    }
    // Shown with python-openstackclient's names, then deleted: the network
    // is private again.
    let id = s.ok(
        "berlin",
        &["network", "show", "app", "-f", "value", "-c", "id"],
    );
    let policy = s.ok(
        "berlin",
        &[
            "network",
            "rbac",
            "list",
            "--target-project",
            "*",
            "-f",
            "value",
            "-c",
            "ID",
            "-c",
            "Object ID",
        ],
    );
    let policy = policy
        .lines()
        .find(|l| l.ends_with(id.trim()))
        .and_then(|l| l.split(' ').next())
        .unwrap()
        .to_string();
    let shown = json_of(&s.ok(
        "berlin",
        &["network", "rbac", "show", &policy, "-f", "json"],
    ));
    let keys: Vec<&str> = shown
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "action",
            "id",
            "object_id",
            "object_type",
            "project_id",
            "target_project_id"
        ]
    );
    assert_eq!(shown["target_project_id"], "*");
    s.ok("berlin", &["network", "rbac", "delete", &policy]);
    let shared = s.ok(
        "berlin",
        &["network", "show", "app", "-f", "value", "-c", "shared"],
    );
    assert_eq!(shared, "False\n");
    // A second delete: not found, in OSC's words.
    let (code, _, err) = s.run(&["--os-scope", "berlin", "network", "rbac", "delete", &policy]);
    assert_eq!(code, 1);
    assert!(err.contains(&policy), "{err}");
}

#[test]
fn a_policy_for_one_project_looked_up_at_each_site_and_changed() {
    let s = sites();
    s.ok(BOTH, &["network", "qos", "policy", "create", "gold"]);
    s.ok(
        BOTH,
        &[
            "network",
            "rbac",
            "create",
            "gold",
            "--type",
            "qos_policy",
            "--action",
            "access_as_shared",
            "--target-project",
            "demo",
        ],
    );
    for site in ["berlin", "denver"] {
        let demo = s.ok(
            site,
            &["project", "show", "demo", "-f", "value", "-c", "id"],
        );
        let listed = s.ok(
            site,
            &[
                "network",
                "rbac",
                "list",
                "--target-project",
                "demo",
                "-f",
                "value",
                "-c",
                "ID",
            ],
        );
        let policy = listed.trim();
        assert_eq!(policy.lines().count(), 1, "{listed}");
        let target = s.ok(
            site,
            &[
                "network",
                "rbac",
                "show",
                policy,
                "-f",
                "value",
                "-c",
                "target_project_id",
            ],
        );
        assert_eq!(target, demo);
        // Set: now for the admin project.
        s.ok(
            site,
            &[
                "network",
                "rbac",
                "set",
                policy,
                "--target-project",
                "admin",
            ],
        );
        let admin = s.ok(
            site,
            &["project", "show", "admin", "-f", "value", "-c", "id"],
        );
        let target = s.ok(
            site,
            &[
                "network",
                "rbac",
                "show",
                policy,
                "-f",
                "value",
                "-c",
                "target_project_id",
            ],
        );
        assert_eq!(target, admin);
    }
    // Sharing twice: Neutron's 409, at every site.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "network",
        "rbac",
        "create",
        "gold",
        "--type",
        "qos_policy",
        "--action",
        "access_as_shared",
        "--target-project",
        "admin",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("An RBAC policy already exists"), "{err}");
    // An object missing at one site fails that site, by name.
    s.ok("berlin", &["network", "create", "lonely"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "network",
        "rbac",
        "create",
        "lonely",
        "--type",
        "network",
        "--action",
        "access_as_external",
        "--target-all-projects",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("lonely"), "{err}");
    let external = s.ok(
        "berlin",
        &[
            "network",
            "show",
            "lonely",
            "-f",
            "value",
            "-c",
            "router:external",
        ],
    );
    assert_eq!(external, "True\n");
}

#[test]
fn qos_policies_created_listed_shown_and_deleted() {
    let s = sites();
    s.ok(
        BOTH,
        &[
            "network",
            "qos",
            "policy",
            "create",
            "silver",
            "--share",
            "--description",
            "d",
        ],
    );
    s.ok("berlin", &["network", "qos", "policy", "create", "bronze"]);
    let listed = s.ok(
        BOTH,
        &[
            "network",
            "qos",
            "policy",
            "list",
            "-f",
            "value",
            "-c",
            "Name",
            "-c",
            "Shared",
            "--sort-column",
            "Name",
        ],
    );
    assert_eq!(
        listed,
        "berlin bronze False\nberlin silver True\ndenver silver True\n"
    );
    let shared = s.ok(
        BOTH,
        &[
            "network", "qos", "policy", "list", "--share", "-f", "value", "-c", "Name",
        ],
    );
    assert_eq!(shared, "berlin silver\ndenver silver\n");
    let shown = json_of(&s.ok(
        "denver | berlin",
        &["network", "qos", "policy", "show", "silver", "-f", "json"],
    ))[0]
        .clone();
    assert_eq!(shown["Site"], "denver");
    assert_eq!(shown["description"], "d", "{shown}");
    assert_eq!(shown["rules"], serde_json::json!([]));
    assert!(shown.get("tenant_id").is_none(), "{shown}");
    // A shared policy has its `*` RBAC policy, as in Neutron.
    let policies = s.ok(
        "denver",
        &[
            "network",
            "rbac",
            "list",
            "--type",
            "qos_policy",
            "-f",
            "value",
            "-c",
            "Object ID",
        ],
    );
    assert_eq!(policies.trim(), shown["id"]);
    s.ok(BOTH, &["network", "qos", "policy", "delete", "silver"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "network",
        "qos",
        "policy",
        "show",
        "silver",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("silver"), "{err}");
    let policies = s.ok(
        "denver",
        &["network", "rbac", "list", "--type", "qos_policy"],
    );
    assert_eq!(policies, "\n");
}

#[test]
fn agents_and_segments_of_every_site() {
    let s = sites();
    let agents = s.ok(
        BOTH,
        &[
            "network",
            "agent",
            "list",
            "-f",
            "value",
            "-c",
            "Agent Type",
            "-c",
            "Host",
            "-c",
            "Alive",
            "-c",
            "State",
        ],
    );
    assert_eq!(
        agents,
        "berlin DHCP agent berlin-net1 True True\ndenver DHCP agent denver-net1 True True\n"
    );
    let none = s.ok(BOTH, &["network", "agent", "list", "--agent-type", "l3"]);
    assert_eq!(none, "\n");
    let dhcp = s.ok(
        "berlin",
        &[
            "network",
            "agent",
            "list",
            "--agent-type",
            "dhcp",
            "--host",
            "berlin-net1",
            "-f",
            "value",
            "-c",
            "ID",
        ],
    );
    let shown = json_of(&s.ok(
        "berlin",
        &["network", "agent", "show", dhcp.trim(), "-f", "json"],
    ));
    assert_eq!(shown["alive"], true);
    assert_eq!(shown["configuration"]["networks"], 0);
    assert!(
        shown["ha_state"].is_null() && shown.get("configurations").is_none(),
        "{shown}"
    );
    // The agents hosting a network (once it has a DHCP subnet) or a
    // router (none: the site has no L3 agent), looked up at each site.
    s.ok(BOTH, &["network", "create", "hosted"]);
    let none = s.ok(
        "berlin",
        &["network", "agent", "list", "--network", "hosted"],
    );
    assert_eq!(none, "\n");
    s.ok(
        BOTH,
        &[
            "subnet",
            "create",
            "hosted",
            "--network",
            "hosted",
            "--subnet-range",
            "10.70.0.0/24",
        ],
    );
    let hosting = s.ok(
        BOTH,
        &[
            "network",
            "agent",
            "list",
            "--network",
            "hosted",
            "-f",
            "value",
            "-c",
            "Host",
        ],
    );
    assert_eq!(hosting, "berlin berlin-net1\ndenver denver-net1\n");
    s.ok("berlin", &["router", "create", "edge"]);
    let l3 = s.ok(
        "berlin",
        &[
            "network", "agent", "list", "--router", "edge", "--long", "-f", "json",
        ],
    );
    assert_eq!(l3, "[]\n");
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "network",
        "agent",
        "list",
        "--router",
        "edge",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("edge"), "{err}");
    // A segment for each network, found by the network's name at each site.
    s.ok(BOTH, &["network", "create", "seg"]);
    let segments = s.ok(
        BOTH,
        &[
            "network",
            "segment",
            "list",
            "--network",
            "seg",
            "--long",
            "-f",
            "json",
        ],
    );
    let segments = json_of(&segments);
    let rows = segments.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{segments}");
    for row in rows {
        assert_eq!(row["Network Type"], "vlan");
        assert_eq!(row["Physical Network"], "physnet1");
        let id = row["ID"].as_str().unwrap();
        let site = row["Site"].as_str().unwrap();
        let shown = json_of(&s.ok(site, &["network", "segment", "show", id, "-f", "json"]));
        assert_eq!(shown["network_type"], "vlan");
    }
    // A deleted network takes its segment with it.
    s.ok("berlin", &["network", "delete", "seg"]);
    let all = s.ok(
        "berlin",
        &["network", "segment", "list", "-f", "value", "-c", "Network"],
    );
    let networks = s.ok("berlin", &["network", "list", "-f", "value", "-c", "ID"]);
    let (mut a, mut b): (Vec<&str>, Vec<&str>) =
        (all.lines().collect(), networks.lines().collect());
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn a_failing_site_costs_the_others_nothing() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    for args in [
        &["network", "agent", "list", "-f", "value", "-c", "Host"][..],
        &[
            "network",
            "rbac",
            "list",
            "-f",
            "value",
            "-c",
            "Object Type",
        ][..],
    ] {
        let mut all = vec!["--os-scope", BOTH];
        all.extend(args);
        let (code, out, err) = s.run(&all);
        assert_eq!(code, 3, "{err}");
        assert!(out.starts_with("berlin "), "{out}");
        assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let (code, out, err) = s.run(&[
        "--os-scope",
        "denver | berlin",
        "network",
        "agent",
        "list",
        "-f",
        "value",
        "-c",
        "Host",
    ]);
    assert_eq!((code, out.as_str()), (0, "berlin berlin-net1\n"), "{err}");
    assert!(err.contains("(failed over)"), "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "network",
        "rbac",
        "list",
        "--marker",
        "x",
        "--os-scope",
        BOTH,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--marker"), "{err}");
}
