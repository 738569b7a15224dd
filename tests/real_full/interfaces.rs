//! A server's ports, floating and fixed IPs on real Nova and Neutron:
//! `server add|remove port|floating ip|fixed ip` by oscope, what they
//! leave checked through Neutron, the interface shown as
//! python-openstackclient shows it, and the simulator's answers to Nova's
//! interface requests compared with real Nova's.

use super::*;
use moves::strs;

impl Nova {
    /// What `server add|remove port|fixed ip` send to Nova for server `id`,
    /// with port `port` (unbound) and network `network`.
    fn interfaces(&self, id: &str, port: &str, network: &str) -> Vec<Step> {
        use reqwest::Method;
        let at = format!("servers/{id}/os-interface");
        let attach = |body: Value| {
            (
                Method::POST,
                at.clone(),
                Some(json!({ "interfaceAttachment": body })),
            )
        };
        let mut steps = Vec::new();
        for (label, (method, path, body)) in [
            ("list", (Method::GET, at.clone(), None)),
            ("attach a port", attach(json!({"port_id": port}))),
            ("attach it again (409)", attach(json!({"port_id": port}))),
            (
                "attach a missing port (404)",
                attach(json!({"port_id": "00000000-0000-4000-a000-000000000000"})),
            ),
            // Not detached again: real Nova detaches after it answers, so
            // a second request races the first. Nor a missing network:
            // real Nova answers it with a 500.
            ("detach it", (Method::DELETE, format!("{at}/{port}"), None)),
            ("attach the network", attach(json!({"net_id": network}))),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn ports_floating_and_fixed_ips_of_a_server_on_real_nova() {
    let f = Full::get();
    let pid = std::process::id();
    let (image, server, id) = f.booted("ifc");
    let berlin = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let ok = |args: &[&str]| f.ok(&strs(&berlin(args)));
    let (ext, router) = (format!("ifc-ext-{pid}"), format!("ifc-rt-{pid}"));
    let segment = (1700 + pid % 100).to_string();
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
    ok(&["router", "create", &router, "--external-gateway", &ext]);
    ok(&["router", "add", "subnet", &router, "shared-v4"]);
    let address = ok(&[
        "floating",
        "ip",
        "create",
        &ext,
        "-f",
        "value",
        "-c",
        "floating_ip_address",
    ]);
    let address = address.trim();
    let fixed = ok(&["port", "list", "--server", &server, "-f", "json"]);
    let fixed: Value = serde_json::from_str(&fixed).unwrap();
    let port_id = fixed[0]["ID"].as_str().unwrap().to_string();
    let server_ip = fixed[0]["Fixed IP Addresses"][0]["ip_address"]
        .as_str()
        .unwrap()
        .to_string();
    let fip = |key: &str| ok(&["floating", "ip", "show", address, "-f", "value", "-c", key]);

    ok(&["server", "add", "floating", "ip", &server, address]);
    assert_eq!(fip("port_id").trim(), port_id);
    ok(&["server", "remove", "floating", "ip", &server, address]);
    assert_eq!(fip("port_id").trim(), "None");
    ok(&[
        "server",
        "add",
        "floating",
        "ip",
        &server,
        address,
        "--fixed-ip-address",
        &server_ip,
    ]);
    assert_eq!(fip("fixed_ip_address").trim(), server_ip);
    let (code, _, err) = f.run(&strs(&berlin(&[
        "server",
        "add",
        "floating",
        "ip",
        &server,
        address,
        "--fixed-ip-address",
        "10.255.0.1",
    ])));
    assert_eq!(code, 1);
    assert!(
        err.contains("No port found for fixed IP address 10.255.0.1"),
        "{err}"
    );
    // Not looked up at another site than the server's.
    let (code, _, err) = f.run(&[
        "--os-scope",
        "{compute: berlin, network: denver}",
        "server",
        "remove",
        "floating",
        "ip",
        &server,
        address,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("floating IPs do not span sites"), "{err}");
    ok(&["server", "remove", "floating", "ip", &server, address]);

    // A port of its own, attached and detached.
    let extra = format!("ifc-port-{pid}");
    ok(&["port", "create", &extra, "--network", "shared"]);
    ok(&["server", "add", "port", &server, &extra]);
    // Nova binds the port after it answers.
    let attached = |want: bool| {
        for _ in 0..120 {
            let ports = ok(&[
                "port", "list", "--server", &server, "-f", "value", "-c", "Name",
            ]);
            if ports.lines().any(|p| p == extra) == want {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        panic!("port {extra} attached is not {want} after a minute");
    };
    attached(true);
    ok(&["server", "remove", "port", &server, &extra]);
    attached(false);

    // A fixed IP: a new interface, shown as OSC shows one.
    let ours: Value = serde_json::from_str(&ok(&[
        "server",
        "add",
        "fixed",
        "ip",
        &server,
        "shared",
        "--fixed-ip-address",
        "192.0.2.222",
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(ours["Server ID"], id.as_str());
    assert_eq!(ours["Fixed IPs"][0]["ip_address"], "192.0.2.222");
    let theirs: Value = serde_json::from_str(&f.osc(&strs(&berlin(&[
        "server", "add", "fixed", "ip", &server, "shared", "-f", "json",
    ]))))
    .unwrap();
    let mut differ = Vec::new();
    differences(
        "server add fixed ip",
        &shape(&theirs),
        &shape(&ours),
        &mut differ,
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    ok(&["server", "remove", "fixed", "ip", &server, "192.0.2.222"]);
    let held = ok(&[
        "port",
        "list",
        "--fixed-ip",
        "ip-address=192.0.2.222",
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    assert_eq!(held, "");

    // Nova's interface requests, as the simulator answers them.
    let spare = format!("ifc-spare-{pid}");
    let spare_id = ok(&[
        "port",
        "create",
        &spare,
        "--network",
        "shared",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let shared = ok(&["network", "show", "shared", "-f", "value", "-c", "id"]);
    let real = Nova::of(|args| f.run(args), "berlin");
    let real_steps = real.interfaces(&id, spare_id.trim(), shared.trim());

    ok(&["server", "delete", &server, "--wait"]);
    ok(&["port", "delete", &extra, &spare]);
    ok(&["floating", "ip", "delete", address]);
    ok(&["router", "remove", "subnet", &router, "shared-v4"]);
    ok(&["router", "delete", &router]);
    ok(&["network", "delete", &ext]);
    ok(&["image", "delete", &image]);

    let sim = SimSandbox::named(&["berlin"]);
    let run = |args: &[&str]| sim.run(args);
    let sim_ok = |args: &[&str]| {
        let (code, out, err) = run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    let booted = sim_ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "create",
        "vm",
        "--image",
        "cirros",
        "--flavor",
        "m1.tiny",
        "--network",
        "shared",
        "--wait",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let spare_id = sim_ok(&[
        "--os-cloud",
        "berlin",
        "port",
        "create",
        "spare",
        "--network",
        "shared",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let shared = sim_ok(&[
        "--os-cloud",
        "berlin",
        "network",
        "show",
        "shared",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let simulated = Nova::of(run, "berlin");
    let sim_steps = simulated.interfaces(booted.trim(), spare_id.trim(), shared.trim());
    let problems = departures(&real_steps, &sim_steps);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
