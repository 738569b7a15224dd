//! Security groups and their rules on real Neutron: made by oscope at one
//! site and under `&`, shown and listed byte for byte as
//! python-openstackclient shows them, and the simulator's answers to the
//! same requests compared with real Neutron's.

use super::*;

impl Nova {
    /// What `security group create|set|unset|delete` and `security group
    /// rule create|show|delete` send, and Neutron's refusals of them.
    fn security_groups(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let (status, created) = self.send_raw(
            Method::POST,
            "v2.0/security-groups",
            Some(&json!({"security_group": {"name": name, "description": name}})),
        );
        let id = created["security_group"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let mut steps = vec![("create".to_string(), status, shape(&created), String::new())];
        let rule = |spec: Value| {
            let mut spec = spec;
            spec["security_group_id"] = json!(id);
            json!({ "security_group_rule": spec })
        };
        let tcp = json!({"direction": "ingress", "ethertype": "IPv4", "protocol": "tcp",
                         "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "10.0.0.0/8"});
        let (status, made) = self.send_raw(
            Method::POST,
            "v2.0/security-group-rules",
            Some(&rule(tcp.clone())),
        );
        steps.push(("rule".into(), status, shape(&made), String::new()));
        let rule_id = made["security_group_rule"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let group = format!("v2.0/security-groups/{id}");
        for (label, (method, path, body)) in [
            (
                "another default (409)",
                (
                    Method::POST,
                    "v2.0/security-groups".to_string(),
                    Some(json!({"security_group": {"name": "default"}})),
                ),
            ),
            ("show", (Method::GET, group.clone(), None)),
            (
                "by name",
                (
                    Method::GET,
                    format!("v2.0/security-groups?name={name}"),
                    None,
                ),
            ),
            (
                "a missing group (404)",
                (Method::GET, "v2.0/security-groups/nope".to_string(), None),
            ),
            (
                "the same rule (409)",
                (
                    Method::POST,
                    "v2.0/security-group-rules".to_string(),
                    Some(rule(tcp)),
                ),
            ),
            (
                "icmp",
                (
                    Method::POST,
                    "v2.0/security-group-rules".to_string(),
                    Some(rule(
                        json!({"direction": "egress", "ethertype": "IPv4", "protocol": "icmp",
                                     "port_range_min": 3, "port_range_max": 1, "remote_ip_prefix": "0.0.0.0/0"}),
                    )),
                ),
            ),
            (
                "a bad direction (400)",
                (
                    Method::POST,
                    "v2.0/security-group-rules".to_string(),
                    Some(rule(json!({"direction": "sideways", "ethertype": "IPv4"}))),
                ),
            ),
            (
                "ports without a protocol (400)",
                (
                    Method::POST,
                    "v2.0/security-group-rules".to_string(),
                    Some(rule(json!({"direction": "ingress", "ethertype": "IPv4",
                                     "port_range_min": 1, "port_range_max": 2}))),
                ),
            ),
            (
                "in a missing group (404)",
                (
                    Method::POST,
                    "v2.0/security-group-rules".to_string(),
                    Some(
                        json!({"security_group_rule": {"direction": "ingress", "ethertype": "IPv4",
                                 "security_group_id": "00000000-0000-4000-a000-000000000000"}}),
                    ),
                ),
            ),
            (
                "rule show",
                (
                    Method::GET,
                    format!("v2.0/security-group-rules/{rule_id}"),
                    None,
                ),
            ),
            (
                "the group's rules",
                (
                    Method::GET,
                    format!("v2.0/security-group-rules?security_group_id={id}"),
                    None,
                ),
            ),
            (
                "a missing rule (404)",
                (
                    Method::GET,
                    "v2.0/security-group-rules/nope".to_string(),
                    None,
                ),
            ),
            (
                "tags",
                (
                    Method::PUT,
                    format!("{group}/tags"),
                    Some(json!({"tags": ["a", "b"]})),
                ),
            ),
            (
                "by tag",
                (Method::GET, "v2.0/security-groups?tags=a".to_string(), None),
            ),
            (
                "rename",
                (
                    Method::PUT,
                    group.clone(),
                    Some(
                        json!({"security_group": {"name": format!("{name}-b"), "stateful": false}}),
                    ),
                ),
            ),
            (
                "rule delete",
                (
                    Method::DELETE,
                    format!("v2.0/security-group-rules/{rule_id}"),
                    None,
                ),
            ),
            ("delete", (Method::DELETE, group.clone(), None)),
            ("delete again (404)", (Method::DELETE, group.clone(), None)),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn security_groups_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let name = format!("sg-{}", std::process::id());
    let berlin = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin", "security", "group"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    // Made by oscope and by OSC alike: the same fields, each of one type.
    let made = f.ok(&moves::strs(&berlin(&[
        "create", &name, "--tag", "web", "--tag", "db", "-f", "json",
    ])));
    let osc_name = format!("{name}-osc");
    let osc_made = f.osc(&moves::strs(&berlin(&[
        "create", &osc_name, "--tag", "web", "--tag", "db", "-f", "json",
    ])));
    let (made, osc_made): (Value, Value) = (
        serde_json::from_str(&made).unwrap(),
        serde_json::from_str(&osc_made).unwrap(),
    );
    assert_eq!(made["tags"], json!(["db", "web"]));
    let mut differ = Vec::new();
    differences("create", &shape(&osc_made), &shape(&made), &mut differ);
    let rule = |group: &str, extra: &[&str]| {
        let mut args = vec!["rule", "create", group];
        args.extend(extra);
        args.extend(["-f", "json"]);
        berlin(&args)
    };
    for extra in [
        vec![
            "--protocol",
            "tcp",
            "--dst-port",
            "8000:8080",
            "--remote-ip",
            "10.0.0.0/8",
        ],
        vec![
            "--protocol",
            "icmp",
            "--icmp-type",
            "3",
            "--icmp-code",
            "1",
            "--egress",
        ],
        vec![
            "--protocol",
            "udp",
            "--dst-port",
            "53",
            "--ethertype",
            "ipv6",
        ],
    ] {
        let ours: Value = serde_json::from_str(&f.ok(&moves::strs(&rule(&name, &extra)))).unwrap();
        let theirs: Value =
            serde_json::from_str(&f.osc(&moves::strs(&rule(&osc_name, &extra)))).unwrap();
        differences(
            &format!("rule {extra:?}"),
            &shape(&theirs),
            &shape(&ours),
            &mut differ,
        );
        for key in [
            "protocol",
            "port_range_min",
            "port_range_max",
            "remote_ip_prefix",
            "direction",
            "ether_type",
        ] {
            if ours[key] != theirs[key] {
                differ.push(format!(
                    "rule {extra:?}: {key} {} here, {} by OSC",
                    ours[key], theirs[key]
                ));
            }
        }
    }
    let remote = vec![
        "--protocol",
        "tcp",
        "--dst-port",
        "22",
        "--remote-group",
        osc_name.as_str(),
    ];
    f.ok(&moves::strs(&rule(&name, &remote)));
    f.ok(&moves::strs(&berlin(&[
        "set",
        &name,
        "--description",
        "changed",
        "--tag",
        "x",
    ])));
    f.ok(&moves::strs(&berlin(&["unset", &name, "--tag", "db"])));
    let first_rule = f.ok(&moves::strs(&berlin(&[
        "rule", "list", &name, "-f", "value", "-c", "ID",
    ])));
    let first_rule = first_rule.lines().next().unwrap().to_string();
    for args in [
        vec!["list"],
        vec!["list", "--tags", "web"],
        // Neutron embeds a group's rules in no fixed order: the rules are
        // compared as a set below.
        vec![
            "show",
            name.as_str(),
            "-c",
            "created_at",
            "-c",
            "description",
            "-c",
            "id",
            "-c",
            "is_shared",
            "-c",
            "name",
            "-c",
            "project_id",
            "-c",
            "revision_number",
            "-c",
            "stateful",
            "-c",
            "tags",
            "-c",
            "updated_at",
        ],
        vec!["rule", "list"],
        vec!["rule", "list", name.as_str()],
        vec![
            "rule",
            "list",
            name.as_str(),
            "--protocol",
            "tcp",
            "--ingress",
        ],
        vec!["rule", "show", first_rule.as_str()],
    ] {
        differ.extend(f.unlike_osc(&moves::strs(&berlin(&args)), LIST_FORMATS));
    }
    let rules = |text: String| {
        let shown: Value = serde_json::from_str(&text).unwrap();
        let mut rules = shown["rules"].as_array().unwrap().clone();
        rules.sort_by_key(|r| r["id"].as_str().unwrap_or_default().to_string());
        rules
    };
    let show = berlin(&["show", &name, "-f", "json"]);
    let (want, got) = (f.osc(&moves::strs(&show)), f.ok(&moves::strs(&show)));
    if rules(want) != rules(got) {
        differ.push(format!("{show:?}: the rules differ"));
    }

    // Under `&`: the same-named group at two sites gets the rule at both.
    let both = format!("{name}-both");
    let scoped = |args: &[&str]| {
        let mut all = vec!["--os-scope", "berlin & denver", "security", "group"];
        all.extend(args);
        f.ok(&all)
    };
    scoped(&["create", &both]);
    scoped(&[
        "rule",
        "create",
        &both,
        "--protocol",
        "tcp",
        "--dst-port",
        "443",
    ]);
    let listed = scoped(&[
        "rule",
        "list",
        &both,
        "--protocol",
        "tcp",
        "-f",
        "json",
        "-c",
        "Port Range",
    ]);
    let listed: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(
        listed,
        json!([{"Site": "berlin", "Port Range": "443:443"}, {"Site": "denver", "Port Range": "443:443"}]),
    );
    scoped(&["delete", &both]);
    f.ok(&moves::strs(&berlin(&["delete", &name, &osc_name])));
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::at(|args| f.run(args), "berlin", "network");
    let simulated = Nova::at(|args| sim.run(args), "berlin", "network");
    let problems = departures(
        &real.security_groups(&format!("{name}-api")),
        &simulated.security_groups(&format!("{name}-api")),
    );
    assert!(
        problems.is_empty(),
        "the simulator departs from real Neutron:\n{}",
        problems.join("\n")
    );
}
