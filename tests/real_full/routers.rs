//! External networks, routers and floating IPs on real Neutron: made by
//! oscope, shown and listed byte for byte as python-openstackclient shows
//! them, and the simulator's answers to the same requests compared with
//! real Neutron's.

use super::*;
use moves::strs;

impl Nova {
    /// POSTs `body` to a Neutron collection: the created item's ID, and the
    /// step.
    pub(crate) fn neutron_post(
        &self,
        label: &str,
        collection: &str,
        body: Value,
    ) -> (String, Step) {
        let (status, created) = self.send_raw(
            reqwest::Method::POST,
            &format!("v2.0/{collection}"),
            Some(&body),
        );
        let key = body.as_object().unwrap().keys().next().unwrap().clone();
        let id = created[&key]["id"].as_str().unwrap_or_default().to_string();
        (
            id,
            (label.to_string(), status, shape(&created), String::new()),
        )
    }

    /// What `network create --external`, `router create|set|add|remove`
    /// and `floating ip create|set|unset|delete` send, and Neutron's
    /// refusals. `segment` is a free VLAN of physnet1.
    fn routers(&self, name: &str, segment: u64) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let (external, step) = self.neutron_post(
            "external network",
            "networks",
            json!({"network": {"name": format!("{name}-ext"), "router:external": true,
                               "provider:network_type": "vlan", "provider:physical_network": "physnet1",
                               "provider:segmentation_id": segment}}),
        );
        steps.push(step);
        let (_, step) = self.neutron_post(
            "its subnet",
            "subnets",
            json!({"subnet": {"network_id": external, "cidr": "198.51.100.0/24", "ip_version": 4}}),
        );
        steps.push(step);
        let (internal, step) = self.neutron_post(
            "internal network",
            "networks",
            json!({"network": {"name": format!("{name}-int")}}),
        );
        steps.push(step);
        let (subnet, step) = self.neutron_post(
            "internal subnet",
            "subnets",
            json!({"subnet": {"network_id": internal, "cidr": "10.77.0.0/24", "ip_version": 4}}),
        );
        steps.push(step);
        let (port, step) =
            self.neutron_post("a port", "ports", json!({"port": {"network_id": internal}}));
        steps.push(step);
        let (_, step) = self.neutron_post(
            "a floating IP unreachable (404)",
            "floatingips",
            json!({"floatingip": {"floating_network_id": external, "port_id": port}}),
        );
        steps.push(step);
        let (_, step) = self.neutron_post(
            "a floating IP of an internal network (400)",
            "floatingips",
            json!({"floatingip": {"floating_network_id": internal}}),
        );
        steps.push(step);
        let (router, step) = self.neutron_post(
            "router",
            "routers",
            json!({"router": {"name": name, "external_gateway_info": {"network_id": external}}}),
        );
        steps.push(step);
        let at = format!("v2.0/routers/{router}");
        let interface =
            |action: &str, body: Value| (Method::PUT, format!("{at}/{action}"), Some(body));
        for (label, (method, path, body)) in [
            (
                "add a subnet",
                interface("add_router_interface", json!({"subnet_id": subnet})),
            ),
            (
                "add it again (400)",
                interface("add_router_interface", json!({"subnet_id": subnet})),
            ),
            ("show", (Method::GET, at.clone(), None)),
            (
                "its ports",
                (Method::GET, format!("v2.0/ports?device_id={router}"), None),
            ),
            (
                "a route off its subnets (400)",
                (
                    Method::PUT,
                    at.clone(),
                    Some(
                        json!({"router": {"routes": [{"destination": "10.9.0.0/24", "nexthop": "192.0.2.77"}]}}),
                    ),
                ),
            ),
            (
                "a route",
                (
                    Method::PUT,
                    at.clone(),
                    Some(
                        json!({"router": {"routes": [{"destination": "10.9.0.0/24", "nexthop": "10.77.0.9"}]}}),
                    ),
                ),
            ),
            ("delete in use (409)", (Method::DELETE, at.clone(), None)),
            (
                "a gateway on an internal network (400)",
                (
                    Method::PUT,
                    at.clone(),
                    Some(json!({"router": {"external_gateway_info": {"network_id": internal}}})),
                ),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        let (fip, step) = self.neutron_post(
            "a floating IP for the port",
            "floatingips",
            json!({"floatingip": {"floating_network_id": external, "port_id": port}}),
        );
        steps.push(step);
        let fip_at = format!("v2.0/floatingips/{fip}");
        for (label, (method, path, body)) in [
            ("floating IP show", (Method::GET, fip_at.clone(), None)),
            (
                "dissociate",
                (
                    Method::PUT,
                    fip_at.clone(),
                    Some(json!({"floatingip": {"port_id": null}})),
                ),
            ),
            (
                "associate",
                (
                    Method::PUT,
                    fip_at.clone(),
                    Some(json!({"floatingip": {"port_id": port}})),
                ),
            ),
            ("release", (Method::DELETE, fip_at.clone(), None)),
            (
                "release again (404)",
                (Method::DELETE, fip_at.clone(), None),
            ),
            (
                "no routes",
                (
                    Method::PUT,
                    at.clone(),
                    Some(json!({"router": {"routes": []}})),
                ),
            ),
            (
                "remove the subnet",
                interface("remove_router_interface", json!({"subnet_id": subnet})),
            ),
            (
                "remove it again (404)",
                interface("remove_router_interface", json!({"subnet_id": subnet})),
            ),
            ("delete", (Method::DELETE, at.clone(), None)),
            (
                "delete the port",
                (Method::DELETE, format!("v2.0/ports/{port}"), None),
            ),
            (
                "delete internal",
                (Method::DELETE, format!("v2.0/networks/{internal}"), None),
            ),
            (
                "delete external",
                (Method::DELETE, format!("v2.0/networks/{external}"), None),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn routers_and_floating_ips_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let segment = (1800 + pid % 100).to_string();
    let (ext, int, router) = (
        format!("ext-{pid}"),
        format!("int-{pid}"),
        format!("rt-{pid}"),
    );
    let berlin = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let ok = |args: &[&str]| f.ok(&strs(&berlin(args)));
    ok(&[
        "network",
        "create",
        &ext,
        "--external",
        "--provider-network-type",
        "vlan",
        "--provider-physical-network",
        "physnet1",
        "--provider-segment",
        &segment,
        "--tag",
        "ext",
    ]);
    ok(&[
        "subnet",
        "create",
        &format!("{ext}-v4"),
        "--network",
        &ext,
        "--subnet-range",
        "198.51.100.0/24",
    ]);
    ok(&[
        "network",
        "create",
        &int,
        "--description",
        "inside",
        "--mtu",
        "1400",
    ]);
    ok(&[
        "subnet",
        "create",
        &format!("{int}-v4"),
        "--network",
        &int,
        "--subnet-range",
        "10.77.0.0/24",
        "--allocation-pool",
        "start=10.77.0.10,end=10.77.0.99",
        "--dns-nameserver",
        "192.0.2.53",
        "--host-route",
        "destination=10.88.0.0/16,gateway=10.77.0.254",
        "--description",
        "inner",
        "--tag",
        "s",
    ]);
    let sub = format!("{int}-v4");
    ok(&[
        "subnet",
        "set",
        &sub,
        "--dns-nameserver",
        "192.0.2.54",
        "--allocation-pool",
        "start=10.77.0.150,end=10.77.0.160",
        "--no-dhcp",
    ]);
    ok(&[
        "subnet",
        "unset",
        &sub,
        "--host-route",
        "destination=10.88.0.0/16,gateway=10.77.0.254",
    ]);
    ok(&[
        "router",
        "create",
        &router,
        "--external-gateway",
        &ext,
        "--disable-snat",
        "--tag",
        "r",
    ]);
    ok(&["router", "add", "subnet", &router, &format!("{int}-v4")]);
    ok(&[
        "router",
        "set",
        &router,
        "--route",
        "destination=10.9.0.0/24,gateway=10.77.0.9",
        "--description",
        "edge",
    ]);
    let port = format!("fp-{pid}");
    ok(&[
        "port",
        "create",
        &port,
        "--network",
        &int,
        "--fixed-ip",
        "ip-address=10.77.0.40",
    ]);
    let fip: Value = serde_json::from_str(&ok(&[
        "floating",
        "ip",
        "create",
        &ext,
        "--port",
        &port,
        "--description",
        "d",
        "--tag",
        "f",
        "-f",
        "json",
    ]))
    .unwrap();
    let address = fip["floating_ip_address"].as_str().unwrap().to_string();
    let theirs: Value = serde_json::from_str(&f.osc(&strs(&berlin(&[
        "floating", "ip", "create", &ext, "-f", "json",
    ]))))
    .unwrap();
    let mut differ = Vec::new();
    differences(
        "floating ip create",
        &shape(&theirs),
        &shape(&fip),
        &mut differ,
    );
    let second = theirs["floating_ip_address"].as_str().unwrap().to_string();
    for args in [
        vec!["network", "show", ext.as_str()],
        vec!["network", "show", int.as_str()],
        vec!["network", "list", "--external"],
        vec!["network", "list", "--internal", "--long"],
        vec!["network", "list", "--tags", "ext"],
        vec!["subnet", "show", sub.as_str()],
        vec!["subnet", "list", "--long"],
        vec!["router", "list"],
        vec!["router", "list", "--long"],
        vec!["router", "show", router.as_str()],
        vec!["port", "list", "--router", router.as_str()],
        vec!["floating", "ip", "list"],
        vec![
            "floating",
            "ip",
            "list",
            "--long",
            "--network",
            ext.as_str(),
        ],
        vec!["floating", "ip", "show", address.as_str()],
        vec!["floating", "ip", "show", second.as_str()],
    ] {
        differ.extend(f.unlike_osc(&strs(&berlin(&args)), LIST_FORMATS));
    }
    ok(&["floating", "ip", "unset", &address, "--port", "--tag", "f"]);
    let shown: Value =
        serde_json::from_str(&ok(&["floating", "ip", "show", &address, "-f", "json"])).unwrap();
    assert_eq!(
        (shown["port_id"].clone(), shown["tags"].clone()),
        (Value::Null, json!([]))
    );
    ok(&["floating", "ip", "set", &address, "--port", &port]);
    ok(&["floating", "ip", "delete", &address, &second]);
    ok(&[
        "router",
        "unset",
        &router,
        "--route",
        "destination=10.9.0.0/24,gateway=10.77.0.9",
        "--external-gateway",
    ]);
    ok(&["router", "remove", "subnet", &router, &format!("{int}-v4")]);
    ok(&["router", "delete", &router]);
    ok(&["port", "delete", &port]);
    ok(&["network", "delete", &int, &ext]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::at(|args| f.run(args), "berlin", "network");
    let simulated = Nova::at(|args| sim.run(args), "berlin", "network");
    let segment: u64 = segment.parse().unwrap();
    let problems = departures(
        &real.routers(&format!("{router}-api"), segment),
        &simulated.routers(&format!("{router}-api"), segment),
    );
    assert!(
        problems.is_empty(),
        "the simulator departs from real Neutron:\n{}",
        problems.join("\n")
    );
}
