//! External networks, routers and floating IPs (issue 24) end to end
//! against the simulator: made at every site of `&` with each site's own
//! networks, a floating IP associated only where a router joins the port's
//! subnet to the external network, routes, Neutron's refusals, `|`, and a
//! failing site.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::{Value, json};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

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

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// An external network `public` with a subnet at both sites.
fn public(s: &SimSandbox) {
    ok(
        s,
        BOTH,
        &[
            "network",
            "create",
            "public",
            "--external",
            "--provider-network-type",
            "flat",
            "--provider-physical-network",
            "public",
            "--tag",
            "ext",
        ],
    );
    ok(
        s,
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
}

#[test]
fn networks_made_external_shared_and_tagged_and_listed_by_those() {
    let s = sites();
    public(&s);
    let shown = json_of(&ok(
        &s,
        "denver",
        &["network", "show", "public", "-f", "json"],
    ));
    assert_eq!(shown["router:external"], true);
    assert_eq!(shown["is_default"], false);
    assert_eq!(shown["provider:network_type"], "flat");
    assert_eq!(shown["tags"], json!(["ext"]));
    let names = |args: &[&str]| {
        let mut all = vec!["network", "list"];
        all.extend(args);
        all.extend(["-f", "value", "-c", "Name"]);
        ok(&s, BOTH, &all)
    };
    assert_eq!(names(&["--external"]), "berlin public\ndenver public\n");
    assert_eq!(names(&["--share"]), "berlin shared\ndenver shared\n");
    assert_eq!(names(&["--tags", "ext", "--internal"]), "");
    ok(
        &s,
        BOTH,
        &[
            "network",
            "set",
            "public",
            "--internal",
            "--description",
            "d",
            "--mtu",
            "1400",
            "--no-tag",
        ],
    );
    let shown = json_of(&ok(
        &s,
        "berlin",
        &["network", "show", "public", "-f", "json"],
    ));
    assert_eq!(
        (shown["router:external"].as_bool(), shown["mtu"].as_i64()),
        (Some(false), Some(1400))
    );
    assert_eq!(shown["tags"], json!([]));
    ok(
        &s,
        "berlin",
        &["network", "set", "public", "--tag", "a", "--tag", "b"],
    );
    ok(&s, "berlin", &["network", "unset", "public", "--tag", "a"]);
    let tags = ok(
        &s,
        "berlin",
        &["network", "show", "public", "-f", "value", "-c", "tags"],
    );
    assert_eq!(tags, "['b']\n");
}

#[test]
fn a_floating_ip_reaches_a_port_only_through_a_router() {
    let s = sites();
    public(&s);
    ok(
        &s,
        BOTH,
        &[
            "port",
            "create",
            "vm-port",
            "--network",
            "shared",
            "--fixed-ip",
            "ip-address=10.0.0.40",
        ],
    );
    // No router yet: Neutron refuses the association at both sites.
    let (code, _, err) = run(
        &s,
        BOTH,
        &["floating", "ip", "create", "public", "--port", "vm-port"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is not reachable from subnet"), "{err}");
    let made = json_of(&ok(
        &s,
        BOTH,
        &[
            "router",
            "create",
            "edge",
            "--external-gateway",
            "public",
            "--disable-snat",
            "-f",
            "json",
        ],
    ));
    for router in made.as_array().unwrap() {
        let gateway = &router["external_gateway_info"];
        assert_eq!(gateway["enable_snat"], false);
        assert!(
            gateway["external_fixed_ips"][0]["ip_address"]
                .as_str()
                .unwrap()
                .starts_with("203.0.113.")
        );
    }
    ok(
        &s,
        BOTH,
        &["router", "add", "subnet", "edge", "shared-subnet"],
    );
    let (code, _, err) = run(
        &s,
        "berlin",
        &["router", "add", "subnet", "edge", "shared-subnet"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("Router already has a port on subnet"), "{err}");
    let fips = json_of(&ok(
        &s,
        BOTH,
        &[
            "floating", "ip", "create", "public", "--port", "vm-port", "--tag", "web", "-f", "json",
        ],
    ));
    for fip in fips.as_array().unwrap() {
        assert_eq!(fip["fixed_ip_address"], "10.0.0.40");
        assert_eq!(fip["tags"], json!(["web"]));
        // As `floating ip create` shows it: the port's details unformatted.
        assert_eq!(fip["port_details"]["name"], "vm-port");
        assert_eq!(fip["name"], fip["floating_ip_address"]);
    }
    let address = fips[0]["floating_ip_address"].as_str().unwrap().to_string();
    // Found by its address, shown with the router that reaches it.
    let shown = json_of(&ok(
        &s,
        "berlin",
        &["floating", "ip", "show", &address, "-f", "json"],
    ));
    let router = ok(
        &s,
        "berlin",
        &["router", "show", "edge", "-f", "value", "-c", "id"],
    );
    assert_eq!(shown["router_id"], router.trim());
    let info = json_of(&ok(&s, "berlin", &["router", "show", "edge", "-f", "json"]));
    assert_eq!(info["interfaces_info"][0]["ip_address"], "10.0.0.1");
    let listed = ok(
        &s,
        BOTH,
        &[
            "floating",
            "ip",
            "list",
            "--port",
            "vm-port",
            "--network",
            "public",
            "-f",
            "value",
            "-c",
            "Fixed IP Address",
        ],
    );
    assert_eq!(listed, "berlin 10.0.0.40\ndenver 10.0.0.40\n");
    ok(
        &s,
        "berlin",
        &[
            "floating", "ip", "unset", &address, "--port", "--tag", "web",
        ],
    );
    let shown = json_of(&ok(
        &s,
        "berlin",
        &["floating", "ip", "show", &address, "-f", "json"],
    ));
    assert_eq!(
        (shown["port_id"].clone(), shown["tags"].clone()),
        (Value::Null, json!([]))
    );
    assert_eq!(shown["port_details"], json!({}));
    ok(
        &s,
        "berlin",
        &[
            "floating",
            "ip",
            "set",
            &address,
            "--port",
            "vm-port",
            "--description",
            "again",
        ],
    );
    let port = ok(
        &s,
        "berlin",
        &[
            "floating",
            "ip",
            "show",
            &address,
            "-f",
            "value",
            "-c",
            "fixed_ip_address",
        ],
    );
    assert_eq!(port, "10.0.0.40\n");
    // The router's interface keeps it in use; its gateway and routes.
    let (code, _, err) = run(&s, "berlin", &["router", "delete", "edge"]);
    assert_eq!(code, 1);
    assert!(err.contains("has ports still attached"), "{err}");
    let (code, _, err) = run(
        &s,
        "berlin",
        &[
            "router",
            "set",
            "edge",
            "--route",
            "destination=10.9.0.0/24,gateway=192.0.2.1",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("the nexthop is not connected with router"),
        "{err}"
    );
    ok(
        &s,
        "berlin",
        &[
            "router",
            "set",
            "edge",
            "--route",
            "destination=10.9.0.0/24,gateway=10.0.0.9",
            "--name",
            "edge2",
        ],
    );
    let routes = ok(
        &s,
        "berlin",
        &["router", "show", "edge2", "-f", "value", "-c", "routes"],
    );
    assert_eq!(
        routes,
        "[{'destination': '10.9.0.0/24', 'nexthop': '10.0.0.9'}]\n"
    );
    ok(
        &s,
        "berlin",
        &[
            "router",
            "unset",
            "edge2",
            "--route",
            "destination=10.9.0.0/24,gateway=10.0.0.9",
        ],
    );
    ok(&s, "berlin", &["floating", "ip", "delete", &address]);
    ok(
        &s,
        "berlin",
        &["router", "remove", "subnet", "edge2", "shared-subnet"],
    );
    ok(
        &s,
        "berlin",
        &["router", "unset", "edge2", "--external-gateway"],
    );
    let gateway = ok(
        &s,
        "berlin",
        &[
            "router",
            "show",
            "edge2",
            "-f",
            "value",
            "-c",
            "external_gateway_info",
        ],
    );
    assert_eq!(gateway, "None\n");
    ok(&s, "berlin", &["router", "delete", "edge2"]);
}

#[test]
fn router_ports_and_a_failing_site() {
    let s = sites();
    ok(&s, BOTH, &["router", "create", "r"]);
    ok(&s, BOTH, &["port", "create", "rp", "--network", "shared"]);
    ok(&s, BOTH, &["router", "add", "port", "r", "rp"]);
    let owners = ok(
        &s,
        BOTH,
        &[
            "port",
            "list",
            "--router",
            "r",
            "--long",
            "-f",
            "value",
            "-c",
            "Device Owner",
        ],
    );
    assert_eq!(
        owners,
        "berlin network:router_interface\ndenver network:router_interface\n"
    );
    ok(
        &s,
        "denver | berlin",
        &["router", "remove", "port", "r", "rp"],
    );
    let owners = ok(
        &s,
        BOTH,
        &["port", "list", "--router", "r", "-f", "value", "-c", "Name"],
    );
    assert_eq!(
        owners, "berlin rp\n",
        "removed at the first site of `|` only"
    );
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = run(
        &s,
        BOTH,
        &["router", "list", "-f", "value", "-c", "Name", "-c", "State"],
    );
    assert_eq!((code, out.as_str()), (3, "berlin r True\n"), "{err}");
    assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
    let (code, out, err) = run(&s, BOTH, &["floating", "ip", "list", "-f", "value"]);
    assert_eq!((code, out.as_str()), (3, ""), "{err}");
}
