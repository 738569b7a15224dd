//! Ports on real Neutron: made, changed and shown by oscope as
//! python-openstackclient shows them, byte for byte, and the simulator's
//! answers to the same requests compared with real Neutron's.

use super::*;
use moves::strs;

impl Nova {
    /// The ID of the network or subnet of this name.
    fn neutron_id(&self, collection: &str, name: &str) -> String {
        let (_, listed) = self.send_raw(
            reqwest::Method::GET,
            &format!("v2.0/{collection}?name={name}"),
            None,
        );
        listed[collection][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// What `port create|set|unset|delete` send, and Neutron's refusals:
    /// on network `network` with subnet `subnet`, `ip` one of its free
    /// addresses.
    fn ports(&self, name: &str, network: &str, subnet: &str, ip: &str) -> Vec<Step> {
        use reqwest::Method;
        let (network, subnet) = (
            self.neutron_id("networks", network),
            self.neutron_id("subnets", subnet),
        );
        let port = |spec: Value| {
            let mut spec = spec;
            spec["network_id"] = json!(network);
            spec["name"] = json!(name);
            Some(json!({ "port": spec }))
        };
        let (status, created) = self.send_raw(
            Method::POST,
            "v2.0/ports",
            port(json!({"fixed_ips": [{"subnet_id": subnet, "ip_address": ip}]})).as_ref(),
        );
        let id = created["port"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let mut steps = vec![("create".to_string(), status, shape(&created), String::new())];
        let at = format!("v2.0/ports/{id}");
        for (label, (method, path, body)) in [
            (
                "the same address (409)",
                (
                    Method::POST,
                    "v2.0/ports".to_string(),
                    port(json!({"fixed_ips": [{"ip_address": ip}]})),
                ),
            ),
            (
                "an address off the subnet (400)",
                (
                    Method::POST,
                    "v2.0/ports".to_string(),
                    port(
                        json!({"fixed_ips": [{"subnet_id": subnet, "ip_address": "198.51.100.7"}]}),
                    ),
                ),
            ),
            (
                "groups without port security (400)",
                (
                    Method::POST,
                    "v2.0/ports".to_string(),
                    port(
                        json!({"port_security_enabled": false, "security_groups": ["00000000-0000-4000-a000-000000000000"]}),
                    ),
                ),
            ),
            (
                "on a missing network (404)",
                (
                    Method::POST,
                    "v2.0/ports".to_string(),
                    Some(json!({"port": {"network_id": "00000000-0000-4000-a000-000000000000"}})),
                ),
            ),
            ("show", (Method::GET, at.clone(), None)),
            (
                "by name",
                (Method::GET, format!("v2.0/ports?name={name}"), None),
            ),
            (
                "by address",
                (
                    Method::GET,
                    format!("v2.0/ports?fixed_ips=ip_address%3D{ip}"),
                    None,
                ),
            ),
            (
                "a missing one (404)",
                (Method::GET, "v2.0/ports/nope".to_string(), None),
            ),
            (
                "update",
                (
                    Method::PUT,
                    at.clone(),
                    Some(
                        json!({"port": {"name": format!("{name}-b"), "admin_state_up": false,
                                         "allowed_address_pairs": [{"ip_address": "10.9.9.9"}]}}),
                    ),
                ),
            ),
            (
                "no addresses",
                (
                    Method::PUT,
                    at.clone(),
                    Some(json!({"port": {"fixed_ips": []}})),
                ),
            ),
            (
                "tags",
                (
                    Method::PUT,
                    format!("{at}/tags"),
                    Some(json!({"tags": ["x"]})),
                ),
            ),
            (
                "the network in use (409)",
                (Method::DELETE, format!("v2.0/networks/{network}"), None),
            ),
            ("delete", (Method::DELETE, at.clone(), None)),
            ("delete again (404)", (Method::DELETE, at.clone(), None)),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn ports_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let name = format!("port-{pid}");
    let at = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin", "port"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let group = format!("port-sg-{pid}");
    f.ok(&[
        "--os-cloud",
        "berlin",
        "security",
        "group",
        "create",
        &group,
    ]);
    let create = |port: &str, ip: &str| {
        at(&[
            "create",
            port,
            "--network",
            "shared",
            "--fixed-ip",
            &format!("subnet=shared-v4,ip-address={ip}"),
            "--security-group",
            &group,
            "--allowed-address",
            "ip-address=10.9.9.9",
            "--description",
            "d",
            "--tag",
            "t",
            "-f",
            "json",
        ])
    };
    let ours: Value = serde_json::from_str(&f.ok(&strs(&create(&name, "192.0.2.201")))).unwrap();
    let other = format!("{name}-osc");
    let theirs: Value =
        serde_json::from_str(&f.osc(&strs(&create(&other, "192.0.2.202")))).unwrap();
    let mut differ = Vec::new();
    differences("create", &shape(&theirs), &shape(&ours), &mut differ);
    // Neutron gives each allowed address the port's own MAC.
    assert_eq!(
        ours["allowed_address_pairs"][0]["mac_address"],
        ours["mac_address"]
    );
    for key in ["security_group_ids", "tags", "description", "network_id"] {
        if ours[key] != theirs[key] {
            differ.push(format!(
                "create: {key} {} here, {} by OSC",
                ours[key], theirs[key]
            ));
        }
    }
    f.ok(&strs(&at(&[
        "set",
        &name,
        "--fixed-ip",
        "ip-address=192.0.2.203",
        "--disable",
        "--tag",
        "u",
    ])));
    f.ok(&strs(&at(&[
        "unset",
        &name,
        "--security-group",
        &group,
        "--tag",
        "t",
    ])));
    for args in [
        vec!["list"],
        vec!["list", "--long"],
        vec![
            "list",
            "--network",
            "shared",
            "--fixed-ip",
            "subnet=shared-v4",
        ],
        vec!["list", "--fixed-ip", "ip-address=192.0.2.203"],
        vec!["list", "--tags", "t"],
        vec!["show", name.as_str()],
        vec!["show", other.as_str()],
    ] {
        differ.extend(f.unlike_osc(&strs(&at(&args)), LIST_FORMATS));
    }
    f.ok(&strs(&at(&["delete", &name, &other])));
    f.ok(&[
        "--os-cloud",
        "berlin",
        "security",
        "group",
        "delete",
        &group,
    ]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::at(|args| f.run(args), "berlin", "network");
    let simulated = Nova::at(|args| sim.run(args), "berlin", "network");
    let problems = departures(
        &real.ports(&format!("{name}-api"), "shared", "shared-v4", "192.0.2.210"),
        &simulated.ports(
            &format!("{name}-api"),
            "shared",
            "shared-subnet",
            "10.0.0.210",
        ),
    );
    assert!(
        problems.is_empty(),
        "the simulator departs from real Neutron:\n{}",
        problems.join("\n")
    );
}
