//! Ports (issue 24) end to end against the simulator: made at every site
//! of `&` on each site's own network, addresses taken or asked for, names
//! of networks, subnets and security groups looked up at each site, the
//! list's filters, set and unset, Neutron's refusals, a failing site.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::{Value, json};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

fn at(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-scope", scope, "port"];
    all.extend(args);
    s.run(&all)
}

fn ok(s: &SimSandbox, scope: &str, args: &[&str]) -> String {
    let (code, out, err) = at(s, scope, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn made_at_every_site_with_the_sites_own_network_and_default_group() {
    let s = sites();
    let made = json_of(&ok(
        &s,
        "berlin & denver",
        &[
            "create",
            "p1",
            "--network",
            "shared",
            "--tag",
            "t",
            "-f",
            "json",
        ],
    ));
    let (berlin, denver) = (&made[0], &made[1]);
    assert_eq!(
        (berlin["Site"].as_str(), denver["Site"].as_str()),
        (Some("berlin"), Some("denver"))
    );
    assert_ne!(berlin["network_id"], denver["network_id"]);
    assert_eq!(berlin["admin_state_up"], true);
    assert_eq!(berlin["status"], "DOWN");
    assert_eq!(berlin["tags"], json!(["t"]));
    assert_eq!(berlin["hints"], "");
    assert_eq!(berlin["dns_assignment"], json!([]));
    let ip = berlin["fixed_ips"][0]["ip_address"].as_str().unwrap();
    assert!(ip.ends_with(".2"), "the pool's first address: {ip}");
    // The project's default group, which now exists at each site.
    let default = ok(
        &s,
        "berlin",
        &["show", "p1", "-f", "value", "-c", "security_group_ids"],
    );
    let group = s
        .run(&[
            "--os-scope",
            "berlin",
            "security",
            "group",
            "show",
            "default",
            "-f",
            "value",
            "-c",
            "id",
        ])
        .1;
    assert_eq!(default, format!("['{}']\n", group.trim()));
    // The table lays the port out in OSC's order, not sorted.
    let table = ok(&s, "berlin", &["show", "p1"]);
    let fields: Vec<&str> = table
        .lines()
        .skip(3)
        .filter_map(|l| l.split('|').nth(1).map(str::trim))
        .filter(|f| !f.is_empty())
        .collect();
    let at = |name: &str| fields.iter().position(|f| *f == name).unwrap();
    assert!(at("pvlan_type") < at("pvlan_community"), "{table}");
    assert!(
        at("revision_number") < at("qos_network_policy_id"),
        "{table}"
    );
}

#[test]
fn fixed_ips_groups_and_addresses_are_looked_up_at_each_site() {
    let s = sites();
    let both = "berlin & denver";
    let group = |args: &[&str]| {
        let mut all = vec!["--os-scope", both, "security", "group"];
        all.extend(args);
        let (code, out, err) = s.run(&all);
        assert_eq!(code, 0, "{err}");
        out
    };
    group(&["create", "web"]);
    let made = json_of(&ok(
        &s,
        both,
        &[
            "create",
            "p2",
            "--network",
            "shared",
            "--fixed-ip",
            "subnet=shared-subnet,ip-address=10.0.0.50",
            "--security-group",
            "web",
            "--allowed-address",
            "ip-address=10.9.9.9,mac-address=fa:16:3e:00:00:01",
            "--description",
            "d",
            "-f",
            "json",
        ],
    ));
    for (site, port) in ["berlin", "denver"].iter().zip(made.as_array().unwrap()) {
        assert_eq!(port["Site"], *site);
        assert_eq!(port["fixed_ips"][0]["ip_address"], "10.0.0.50");
        let web = group(&["show", "web", "--os-scope", site, "-f", "value", "-c", "id"]);
        assert_eq!(port["security_group_ids"], json!([web.trim()]));
        assert_eq!(
            port["allowed_address_pairs"],
            json!([{"ip_address": "10.9.9.9", "mac_address": "fa:16:3e:00:00:01"}])
        );
    }
    // The same address again is Neutron's conflict.
    let (code, _, err) = at(
        &s,
        "berlin",
        &[
            "create",
            "p3",
            "--network",
            "shared",
            "--fixed-ip",
            "ip-address=10.0.0.50",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("IP address 10.0.0.50 already allocated in subnet"),
        "{err}"
    );
    let (code, _, err) = at(
        &s,
        "berlin",
        &[
            "create",
            "p3",
            "--network",
            "shared",
            "--fixed-ip",
            "subnet=shared-subnet,ip-address=192.0.2.1",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("is not a valid IP for the specified subnet."),
        "{err}"
    );
    // No port security: no group, not even the default one.
    let bare = json_of(&ok(
        &s,
        "berlin",
        &[
            "create",
            "p4",
            "--network",
            "shared",
            "--disable-port-security",
            "--no-fixed-ip",
            "-f",
            "json",
        ],
    ));
    assert_eq!(bare["security_group_ids"], json!([]));
    assert_eq!(bare["fixed_ips"], json!([]));
    assert_eq!(bare["port_security_enabled"], false);
    // A bad KEY=VALUE is a usage error before any request.
    let (code, _, err) = at(
        &s,
        "berlin",
        &[
            "create",
            "p5",
            "--network",
            "shared",
            "--allowed-address",
            "mac-address=x",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("ip-address=... is required"), "{err}");
    // The list's filters, each sent to Neutron.
    let names = |args: &[&str]| {
        let mut all = vec!["list"];
        all.extend(args);
        all.extend(["-f", "value", "-c", "Name"]);
        ok(&s, "berlin", &all)
    };
    assert_eq!(names(&["--fixed-ip", "ip-address=10.0.0.50"]), "p2\n");
    assert_eq!(
        names(&["--fixed-ip", "subnet=shared-subnet", "--name", "p2"]),
        "p2\n"
    );
    assert_eq!(
        names(&["--network", "shared", "--status", "DOWN", "--tags", "x"]),
        ""
    );
    let mac = bare["mac_address"].as_str().unwrap();
    assert_eq!(names(&["--mac-address", mac]), "p4\n");
    let long = json_of(&ok(
        &s,
        "berlin",
        &["list", "--long", "--name", "p2", "-f", "json"],
    ));
    assert_eq!(long[0]["Trunk subports"], json!([]));
    assert_eq!(long[0]["Device Owner"], "");
}

#[test]
fn set_and_unset_add_to_and_take_from_what_the_port_has() {
    let s = sites();
    ok(
        &s,
        "berlin",
        &["create", "p", "--network", "shared", "--tag", "a"],
    );
    let sg = |args: &[&str]| {
        let mut all = vec!["--os-scope", "berlin", "security", "group"];
        all.extend(args);
        assert_eq!(s.run(&all).0, 0);
    };
    sg(&["create", "extra"]);
    ok(
        &s,
        "berlin",
        &[
            "set",
            "p",
            "--name",
            "q",
            "--fixed-ip",
            "ip-address=10.0.0.77",
            "--security-group",
            "extra",
            "--allowed-address",
            "ip-address=10.1.1.1",
            "--disable",
            "--tag",
            "b",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "q", "-f", "json"]));
    let ips: Vec<&str> = shown["fixed_ips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["ip_address"].as_str().unwrap())
        .collect();
    assert_eq!(ips.len(), 2, "{shown}");
    assert!(ips.contains(&"10.0.0.77"));
    assert_eq!(shown["security_group_ids"].as_array().unwrap().len(), 2);
    assert_eq!(shown["admin_state_up"], false);
    assert_eq!(shown["tags"], json!(["a", "b"]));
    ok(
        &s,
        "berlin",
        &[
            "unset",
            "q",
            "--fixed-ip",
            "ip-address=10.0.0.77",
            "--security-group",
            "extra",
            "--allowed-address",
            "ip-address=10.1.1.1",
            "--tag",
            "a",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "q", "-f", "json"]));
    assert_eq!(shown["fixed_ips"].as_array().unwrap().len(), 1);
    assert_eq!(shown["security_group_ids"].as_array().unwrap().len(), 1);
    assert_eq!(shown["allowed_address_pairs"], json!([]));
    assert_eq!(shown["tags"], json!(["b"]));
    ok(
        &s,
        "berlin",
        &["set", "q", "--no-fixed-ip", "--no-security-group"],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "q", "-f", "json"]));
    assert_eq!(
        (
            shown["fixed_ips"].clone(),
            shown["security_group_ids"].clone()
        ),
        (json!([]), json!([]))
    );
    // A network with ports is in use; the port's group too.
    ok(
        &s,
        "berlin",
        &[
            "set",
            "q",
            "--security-group",
            "extra",
            "--fixed-ip",
            "subnet=shared-subnet",
        ],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "security",
        "group",
        "delete",
        "extra",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("in use"), "{err}");
    let (code, _, err) = s.run(&["--os-scope", "berlin", "network", "delete", "shared"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("There are one or more ports still in use on the network"),
        "{err}"
    );
    ok(&s, "berlin", &["delete", "q"]);
    let (code, _, err) = at(&s, "berlin", &["show", "q"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "oscope: No port with a name or ID of 'q' exists.\n")
    );
}

#[test]
fn under_or_the_first_site_with_it_and_a_failing_site() {
    let s = sites();
    ok(
        &s,
        "denver",
        &["create", "only-denver", "--network", "shared"],
    );
    let shown = ok(
        &s,
        "berlin | denver",
        &["show", "only-denver", "-f", "value", "-c", "name"],
    );
    assert_eq!(shown, "denver\nonly-denver\n");
    ok(
        &s,
        "berlin | denver",
        &["set", "only-denver", "--description", "found"],
    );
    let shown = ok(
        &s,
        "denver",
        &["show", "only-denver", "-f", "value", "-c", "description"],
    );
    assert_eq!(shown, "found\n");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    ok(&s, "berlin", &["create", "here", "--network", "shared"]);
    let (code, out, err) = at(
        &s,
        "berlin & denver",
        &["list", "-f", "value", "-c", "Name"],
    );
    assert_eq!((code, out.as_str()), (3, "berlin here\n"), "{err}");
    assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
    let (code, _, err) = at(&s, "berlin & denver", &["list", "--marker", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("--marker names a port of one site"), "{err}");
}
