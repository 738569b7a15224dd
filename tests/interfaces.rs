//! A server's ports, floating and fixed IPs (issues 23 and 24) end to end
//! against the simulator: each server has a Neutron port of its own,
//! `server add|remove port|floating ip|fixed ip` act at the server's site
//! with what that site has, a scope that would look them up elsewhere is
//! refused before any request, and a failing site costs the others
//! nothing.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::Value;

const BOTH: &str = "berlin & denver";

fn run(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-scope", scope];
    all.extend(args);
    s.run(&all)
}

fn ok(s: &SimSandbox, scope: &str, args: &[&str]) -> String {
    let (code, out, err) = run(s, scope, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// `vm` booted at both sites, an external network with a router to the
/// shared network, and a floating IP at each site.
fn setup() -> SimSandbox {
    let s = SimSandbox::named(&["berlin", "denver"]);
    ok(
        &s,
        BOTH,
        &[
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
        ],
    );
    ok(&s, BOTH, &["network", "create", "public", "--external"]);
    ok(
        &s,
        BOTH,
        &[
            "subnet",
            "create",
            "public-v4",
            "--network",
            "public",
            "--subnet-range",
            "203.0.113.0/24",
        ],
    );
    ok(
        &s,
        BOTH,
        &["router", "create", "edge", "--external-gateway", "public"],
    );
    ok(
        &s,
        BOTH,
        &["router", "add", "subnet", "edge", "shared-subnet"],
    );
    ok(
        &s,
        BOTH,
        &[
            "floating",
            "ip",
            "create",
            "public",
            "--floating-ip-address",
            "203.0.113.50",
        ],
    );
    s
}

#[test]
fn a_booted_server_has_its_own_port_and_a_floating_ip_reaches_it() {
    let s = setup();
    let ports = ok(
        &s,
        BOTH,
        &["port", "list", "--server", "vm", "--long", "-f", "json"],
    );
    let ports: Value = serde_json::from_str(&ports).unwrap();
    for port in ports.as_array().unwrap() {
        assert_eq!(port["Device Owner"], "compute:nova");
    }
    assert_eq!(ports.as_array().unwrap().len(), 2);
    let address = ok(
        &s,
        "berlin",
        &["server", "show", "vm", "-f", "value", "-c", "addresses"],
    );
    let port_ip = ports[0]["Fixed IP Addresses"][0]["ip_address"]
        .as_str()
        .unwrap();
    assert!(address.contains(port_ip), "{address} has {port_ip}");

    ok(
        &s,
        BOTH,
        &["server", "add", "floating", "ip", "vm", "203.0.113.50"],
    );
    let fixed = ok(
        &s,
        BOTH,
        &[
            "floating",
            "ip",
            "list",
            "-f",
            "value",
            "-c",
            "Fixed IP Address",
        ],
    );
    assert_eq!(fixed.lines().count(), 2);
    assert!(fixed.lines().all(|l| !l.ends_with("None")), "{fixed}");
    ok(
        &s,
        "denver",
        &["server", "remove", "floating", "ip", "vm", "203.0.113.50"],
    );
    let fixed = ok(
        &s,
        BOTH,
        &["floating", "ip", "list", "-f", "value", "-c", "Port"],
    );
    assert!(fixed.contains("denver None"), "{fixed}");
    assert!(!fixed.contains("berlin None"), "{fixed}");
    let (code, _, err) = run(
        &s,
        "berlin",
        &[
            "server",
            "add",
            "floating",
            "ip",
            "vm",
            "203.0.113.50",
            "--fixed-ip-address",
            "10.9.9.9",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("No port found for fixed IP address 10.9.9.9"),
        "{err}"
    );

    // Deleting the server takes the port Nova made with it.
    ok(&s, "berlin", &["server", "delete", "vm", "--wait"]);
    let (code, out, err) = run(
        &s,
        "berlin",
        &["server", "show", "vm", "-f", "value", "-c", "status"],
    );
    assert_eq!(code, 1, "{out} {err}");
    let left = ok(
        &s,
        "berlin",
        &[
            "port",
            "list",
            "--long",
            "-f",
            "value",
            "-c",
            "Device Owner",
        ],
    );
    assert!(!left.contains("compute:nova"), "{left}");
}

#[test]
fn ports_and_fixed_ips_added_and_removed_at_the_server_s_site() {
    let s = setup();
    ok(
        &s,
        BOTH,
        &["port", "create", "extra", "--network", "shared"],
    );
    ok(&s, BOTH, &["server", "add", "port", "vm", "extra"]);
    let listed = ok(
        &s,
        BOTH,
        &[
            "port", "list", "--server", "vm", "-f", "value", "-c", "Name",
        ],
    );
    assert_eq!(listed.matches("extra").count(), 2, "{listed}");
    ok(&s, "berlin", &["server", "remove", "port", "vm", "extra"]);
    let owner = ok(
        &s,
        "berlin",
        &["port", "show", "extra", "-f", "value", "-c", "device_owner"],
    );
    assert_eq!(owner, "\n", "a port given is unbound, not deleted");

    let added = ok(
        &s,
        BOTH,
        &[
            "server",
            "add",
            "fixed",
            "ip",
            "vm",
            "shared",
            "--fixed-ip-address",
            "10.0.0.222",
            "-f",
            "json",
        ],
    );
    let added: Value = serde_json::from_str(&added).unwrap();
    for interface in added.as_array().unwrap() {
        assert_eq!(interface["Fixed IPs"][0]["ip_address"], "10.0.0.222");
        assert_eq!(interface["Port State"], "DOWN");
        assert!(interface.get("Tag").is_none());
    }
    let held = || {
        ok(
            &s,
            BOTH,
            &[
                "port",
                "list",
                "--fixed-ip",
                "ip-address=10.0.0.222",
                "-f",
                "value",
                "-c",
                "ID",
            ],
        )
    };
    assert_eq!(held().lines().count(), 2);
    ok(
        &s,
        BOTH,
        &["server", "remove", "fixed", "ip", "vm", "10.0.0.222"],
    );
    assert_eq!(held(), "");
    let (code, _, err) = run(
        &s,
        "berlin",
        &["server", "remove", "fixed", "ip", "vm", "10.0.0.222"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("No port of the server has the fixed IP address 10.0.0.222."),
        "{err}"
    );
}

#[test]
fn other_sites_are_refused_and_a_failing_site_costs_nothing() {
    let s = setup();
    let (code, _, err) = run(
        &s,
        "{compute: berlin, network: denver}",
        &["server", "add", "floating", "ip", "vm", "203.0.113.50"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("floating IPs do not span sites"), "{err}");
    assert_eq!(s.requests("berlin", "PUT /network/v2.0/floatingips"), 0);
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = run(
        &s,
        BOTH,
        &["server", "add", "floating", "ip", "vm", "203.0.113.50"],
    );
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver"), "{err}");
    let port = ok(
        &s,
        "berlin",
        &[
            "floating",
            "ip",
            "show",
            "203.0.113.50",
            "-f",
            "value",
            "-c",
            "port_id",
        ],
    );
    assert_ne!(port, "None\n");
}

#[test]
fn a_floating_ip_goes_to_the_first_port_that_reaches_it() {
    let s = setup();
    // A server whose own port is on a network no router joins.
    ok(
        &s,
        "berlin",
        &[
            "server",
            "create",
            "far",
            "--image",
            "cirros",
            "--flavor",
            "m1.tiny",
            "--network",
            "net-001",
            "--wait",
        ],
    );
    let (code, _, err) = run(
        &s,
        "berlin",
        &["server", "add", "floating", "ip", "far", "203.0.113.50"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("is not reachable from subnet"), "{err}");
    // With a second port on the routed network, that one is taken.
    ok(
        &s,
        "berlin",
        &[
            "port",
            "create",
            "near",
            "--network",
            "shared",
            "--fixed-ip",
            "ip-address=10.0.0.77",
        ],
    );
    ok(&s, "berlin", &["server", "add", "port", "far", "near"]);
    ok(
        &s,
        "berlin",
        &["server", "add", "floating", "ip", "far", "203.0.113.50"],
    );
    let fixed = ok(
        &s,
        "berlin",
        &[
            "floating",
            "ip",
            "show",
            "203.0.113.50",
            "-f",
            "value",
            "-c",
            "fixed_ip_address",
        ],
    );
    assert_eq!(fixed, "10.0.0.77\n");
}
