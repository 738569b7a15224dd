//! Security groups and their rules (issue 24) end to end against the
//! simulator: each project's default group on first use, groups made at
//! every site of `&`, a rule made in the same-named group at each site,
//! found at the first site of `|`, tags, OSC's checks of a rule, Neutron's
//! refusals, and a failing site.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::{Value, json};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

fn at(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-scope", scope, "security", "group"];
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
fn each_project_has_its_default_group_with_neutron_s_four_rules() {
    let s = sites();
    let listed = json_of(&ok(&s, "berlin", &["list", "-f", "json"]));
    let groups = listed.as_array().unwrap();
    assert_eq!(groups.len(), 1, "{listed}");
    assert_eq!(groups[0]["Name"], "default");
    assert_eq!(groups[0]["Description"], "Default security group");
    assert_eq!(groups[0]["Tags"], json!([]));
    let rules = ok(
        &s,
        "berlin",
        &[
            "rule",
            "list",
            "default",
            "-f",
            "value",
            "-c",
            "Direction",
            "-c",
            "Ethertype",
            "-c",
            "IP Range",
        ],
    );
    let mut rules: Vec<&str> = rules.lines().collect();
    rules.sort();
    assert_eq!(
        rules,
        [
            "IPv4 0.0.0.0/0 egress",
            "IPv4 0.0.0.0/0 ingress",
            "IPv6 ::/0 egress",
            "IPv6 ::/0 ingress"
        ]
    );
    // A second default is Neutron's conflict.
    let (code, _, err) = at(&s, "berlin", &["create", "default"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Default security group already exists."),
        "{err}"
    );
}

#[test]
fn a_rule_under_and_goes_into_the_same_named_group_at_every_site() {
    let s = sites();
    let both = "berlin & denver";
    let made = json_of(&ok(
        &s,
        both,
        &["create", "web", "--tag", "b", "--tag", "a", "-f", "json"],
    ));
    for (site, group) in ["berlin", "denver"].iter().zip(made.as_array().unwrap()) {
        assert_eq!(group["Site"], *site);
        assert_eq!(group["description"], "web");
        assert_eq!(group["tags"], json!(["a", "b"]));
        assert_eq!(group["is_shared"], false);
        // Every new group lets all traffic out.
        assert_eq!(group["rules"].as_array().unwrap().len(), 2, "{group}");
    }
    let rule = json_of(&ok(
        &s,
        both,
        &[
            "rule",
            "create",
            "web",
            "--protocol",
            "tcp",
            "--dst-port",
            "8000:8080",
            "-f",
            "json",
        ],
    ));
    let (berlin, denver) = (&rule[0], &rule[1]);
    assert_eq!(berlin["port_range_min"], 8000);
    assert_eq!(denver["port_range_max"], 8080);
    assert_eq!(berlin["remote_ip_prefix"], "0.0.0.0/0");
    assert_eq!(berlin["ether_type"], "IPv4");
    assert_ne!(berlin["security_group_id"], denver["security_group_id"]);
    let listed = ok(
        &s,
        both,
        &[
            "rule",
            "list",
            "web",
            "--protocol",
            "tcp",
            "-f",
            "value",
            "-c",
            "Port Range",
        ],
    );
    assert_eq!(listed, "berlin 8000:8080\ndenver 8000:8080\n");
    // The same rule again is Neutron's conflict, at both sites.
    let (code, _, err) = at(
        &s,
        both,
        &[
            "rule",
            "create",
            "web",
            "--protocol",
            "tcp",
            "--dst-port",
            "8000:8080",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Security group rule already exists."), "{err}");

    // A remote group is looked up at each site.
    ok(&s, both, &["create", "db"]);
    ok(
        &s,
        both,
        &[
            "rule",
            "create",
            "db",
            "--protocol",
            "tcp",
            "--dst-port",
            "5432",
            "--remote-group",
            "web",
        ],
    );
    let shown = json_of(&ok(&s, "denver", &["show", "db", "-f", "json"]));
    let web = json_of(&ok(&s, "denver", &["show", "web", "-f", "json"]));
    let remote: Vec<&Value> = shown["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["remote_group_id"].is_null())
        .collect();
    assert_eq!(remote.len(), 1);
    assert_eq!(remote[0]["remote_group_id"], web["id"]);
    assert!(remote[0]["remote_ip_prefix"].is_null());
}

#[test]
fn a_group_missing_at_one_site_fails_that_site_only() {
    let s = sites();
    ok(&s, "berlin", &["create", "only-here"]);
    let (code, out, err) = at(
        &s,
        "berlin & denver",
        &[
            "rule",
            "create",
            "only-here",
            "--protocol",
            "udp",
            "--dst-port",
            "53",
            "-f",
            "value",
            "-c",
            "port_range_min",
        ],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin\n53\n");
    assert!(err.contains("denver"), "{err}");
    assert!(err.contains("only-here"), "{err}");
    // Under `|`, the first site that has it serves.
    let shown = ok(
        &s,
        "denver | berlin",
        &["show", "only-here", "-f", "value", "-c", "name"],
    );
    assert_eq!(shown, "berlin\nonly-here\n");
}

#[test]
fn set_unset_tags_filters_and_delete() {
    let s = sites();
    let both = "berlin & denver";
    ok(&s, both, &["create", "app", "--tag", "x"]);
    ok(
        &s,
        both,
        &[
            "set",
            "app",
            "--name",
            "app2",
            "--description",
            "d",
            "--stateless",
            "--tag",
            "y",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "app2", "-f", "json"]));
    assert_eq!(shown["description"], "d");
    assert_eq!(shown["stateful"], false);
    assert_eq!(shown["tags"], json!(["x", "y"]));
    ok(&s, both, &["unset", "app2", "--tag", "x"]);
    ok(&s, "denver", &["set", "app2", "--no-tag", "--tag", "z"]);
    let tagged = |filter: &str, tags: &str| {
        ok(
            &s,
            both,
            &["list", filter, tags, "-f", "value", "-c", "Name"],
        )
    };
    assert_eq!(tagged("--tags", "y"), "berlin app2\n");
    assert_eq!(tagged("--any-tags", "y,z"), "berlin app2\ndenver app2\n");
    assert_eq!(
        tagged("--not-tags", "y"),
        "berlin default\ndenver default\ndenver app2\n"
    );
    assert_eq!(
        tagged("--not-any-tags", "y,z"),
        "berlin default\ndenver default\n"
    );
    ok(&s, both, &["delete", "app2"]);
    let (code, _, err) = at(&s, "berlin", &["show", "app2"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "oscope: No security group with a name or ID of 'app2' exists.\n"
    );
}

#[test]
fn osc_s_checks_of_a_rule_before_any_request() {
    let s = sites();
    for (args, message) in [
        (
            vec!["--protocol", "tcp", "--dst-port", "22", "--icmp-type", "3"],
            "Argument --dst-port not allowed with arguments --icmp-type and --icmp-code",
        ),
        (
            vec!["--protocol", "icmp", "--icmp-code", "1"],
            "Argument --icmp-type required with argument --icmp-code",
        ),
        (
            vec!["--protocol", "tcp", "--icmp-type", "3"],
            "ICMP IP protocol required with arguments --icmp-type and --icmp-code",
        ),
        (
            vec!["--dst-port", "9:1", "--protocol", "tcp"],
            "the first port is above the second",
        ),
        (
            vec!["--ethertype", "ipx"],
            "--ethertype ipx: choose from IPv4, IPv6",
        ),
    ] {
        let mut all = vec!["rule", "create", "default"];
        all.extend(args);
        let (code, _, err) = at(&s, "berlin", &all);
        assert_eq!(code, 2, "{all:?}");
        assert!(err.contains(message), "{all:?}: {err}");
    }
    assert_eq!(
        s.requests("berlin", "POST /network/v2.0/security-group-rules"),
        0
    );
    // Neutron's own refusal: ports need a protocol.
    let made = json_of(&ok(
        &s,
        "berlin",
        &[
            "rule",
            "create",
            "default",
            "--protocol",
            "ipv6-icmp",
            "--icmp-type",
            "128",
            "-f",
            "json",
        ],
    ));
    assert_eq!(made["ether_type"], "IPv6");
    assert_eq!(made["remote_ip_prefix"], "::/0");
    assert_eq!(made["port_range_min"], 128);
    let listed = ok(
        &s,
        "berlin",
        &[
            "rule",
            "list",
            "--ethertype",
            "ipv6",
            "--ingress",
            "-f",
            "value",
            "-c",
            "Port Range",
            "-c",
            "IP Protocol",
        ],
    );
    assert!(listed.contains("ipv6-icmp type=128\n"), "{listed}");
}

#[test]
fn a_failing_site_costs_the_others_nothing() {
    let s = sites();
    ok(&s, "berlin & denver", &["create", "edge"]);
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = at(
        &s,
        "berlin & denver",
        &["list", "-f", "value", "-c", "Name"],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin default\nberlin edge\n");
    assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
    let (code, out, err) = at(
        &s,
        "denver | berlin",
        &["show", "edge", "-f", "value", "-c", "name"],
    );
    assert_eq!((code, out.as_str()), (0, "berlin\nedge\n"), "{err}");
    assert!(err.contains("(failed over)"), "{err}");
    // Rules of a site that answers, a deleted rule's ID no more.
    let id = ok(
        &s,
        "berlin",
        &["rule", "list", "edge", "-f", "value", "-c", "ID"],
    );
    let id = id.lines().next().unwrap();
    ok(&s, "berlin", &["rule", "delete", id]);
    let (code, _, err) = at(&s, "berlin", &["rule", "show", id]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "No security group rule with a name or ID of '{id}'"
        )),
        "{err}"
    );
}
