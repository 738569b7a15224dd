//! Host aggregates and `hypervisor show` (issue 23) end to end against the simulator: created at
//! every site of `&`, found by name, integer ID or UUID, hosts added and
//! removed with Nova's refusals, properties set and unset, client-side
//! list filters, a failing site.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::{Value, json};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

fn at(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-scope", scope, "aggregate"];
    all.extend(args);
    s.run(&all)
}

fn ok(s: &SimSandbox, scope: &str, args: &[&str]) -> String {
    let (code, out, err) = at(s, scope, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn create_at_every_site_then_show_set_unset_and_delete() {
    let s = sites();
    let both = "berlin & denver";
    let out = ok(
        &s,
        both,
        &[
            "create",
            "fast",
            "--zone",
            "az1",
            "--property",
            "ssd=true",
            "-f",
            "json",
        ],
    );
    let created: Value = serde_json::from_str(&out).unwrap();
    for (site, aggregate) in ["berlin", "denver"].iter().zip(created.as_array().unwrap()) {
        assert_eq!(aggregate["Site"], *site);
        assert_eq!(aggregate["name"], "fast");
        assert_eq!(aggregate["availability_zone"], "az1");
        // What Nova answered: the zone among the properties.
        assert_eq!(
            aggregate["properties"],
            json!({"availability_zone": "az1", "ssd": "true"})
        );
        assert_eq!(aggregate["id"], 1);
    }
    // Show leaves the zone out of the properties, as OSC.
    let shown: Value =
        serde_json::from_str(&ok(&s, "berlin", &["show", "fast", "-f", "json"])).unwrap();
    assert_eq!(shown["properties"], json!({"ssd": "true"}));
    let uuid = shown["uuid"].as_str().unwrap().to_string();
    for name in ["1", uuid.as_str()] {
        let by = ok(&s, "berlin", &["show", name, "-f", "value", "-c", "name"]);
        assert_eq!(by, "fast\n", "{name}");
    }
    ok(
        &s,
        both,
        &["set", "fast", "--name", "faster", "--property", "gpu=yes"],
    );
    ok(&s, both, &["unset", "faster", "--property", "ssd"]);
    let shown: Value =
        serde_json::from_str(&ok(&s, "denver", &["show", "faster", "-f", "json"])).unwrap();
    assert_eq!(shown["properties"], json!({"gpu": "yes"}));
    ok(
        &s,
        "denver",
        &["set", "faster", "--no-property", "--property", "only=this"],
    );
    let shown: Value =
        serde_json::from_str(&ok(&s, "denver", &["show", "faster", "-f", "json"])).unwrap();
    assert_eq!(shown["properties"], json!({"only": "this"}));
    assert_eq!(shown["availability_zone"], "az1");
    ok(&s, both, &["delete", "faster"]);
    let (code, _, err) = at(&s, both, &["show", "faster"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "oscope: No aggregate with a name or ID of 'faster' exists.\n"
    );
    // Nova's 409 for a name the site has.
    ok(&s, "berlin", &["create", "dup"]);
    let (code, _, err) = at(&s, "berlin", &["create", "dup"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("Aggregate dup already exists."),
        "{err}"
    );
}

#[test]
fn hosts_are_added_and_removed_with_nova_s_refusals() {
    let s = sites();
    ok(&s, "berlin", &["create", "plain"]);
    let out = ok(
        &s,
        "berlin",
        &["add", "host", "plain", "berlin-compute", "-f", "json"],
    );
    let answer: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["hosts"], json!(["berlin-compute"]));
    let (code, _, err) = at(&s, "berlin", &["add", "host", "plain", "berlin-compute"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("already has host berlin-compute"),
        "{err}"
    );
    let (code, _, err) = at(&s, "berlin", &["add", "host", "plain", "nowhere"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Compute host nowhere could not be found."),
        "{err}"
    );
    // A non-empty aggregate cannot go.
    let (code, _, err) = at(&s, "berlin", &["delete", "plain"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400") && err.contains("Host aggregate is not empty."),
        "{err}"
    );
    // The list's host filter, then the host removed.
    let with = ok(
        &s,
        "berlin",
        &[
            "list",
            "--host",
            "berlin-compute",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(with, "plain\n");
    let out = ok(
        &s,
        "berlin",
        &["remove", "host", "plain", "berlin-compute", "-f", "json"],
    );
    let answer: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["hosts"], json!([]));
    // With a zone, the host's servers would change zone: Nova's 409.
    ok(&s, "berlin", &["create", "zoned", "--zone", "az9"]);
    let (code, _, err) = at(&s, "berlin", &["add", "host", "zoned", "berlin-compute"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("the availability zone of the host would change"),
        "{err}"
    );
}

#[test]
fn list_filters_here_long_columns_and_a_failing_site() {
    let s = sites();
    ok(
        &s,
        "berlin & denver",
        &["create", "a1", "--zone", "az1", "--property", "k=v"],
    );
    ok(&s, "denver", &["create", "a2"]);
    let out = ok(
        &s,
        "berlin & denver",
        &[
            "list",
            "--availability-zone",
            "az1",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(out, "berlin a1\ndenver a1\n");
    let out = ok(&s, "denver", &["list", "--long", "-f", "csv"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("\"ID\",\"UUID\",\"Name\",\"Availability Zone\",\"Properties\",\"Hosts\"")
    );
    // The zone is not among the properties of the long list.
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with("\"a1\",\"az1\",\"{'k': 'v'}\",\"[]\""),
        "{out}"
    );
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = at(
        &s,
        "berlin & denver",
        &["list", "-f", "value", "-c", "Name"],
    );
    assert_eq!((code, out.as_str()), (3, "berlin a1\n"), "{err}");
    assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
}

#[test]
fn hypervisor_show_by_name_or_id_names_the_host_s_aggregates() {
    let s = sites();
    ok(&s, "berlin", &["create", "gpu"]);
    ok(&s, "berlin", &["add", "host", "gpu", "berlin-compute"]);
    let show = |name: &str| {
        let args = [
            "--os-scope",
            "berlin & denver",
            "hypervisor",
            "show",
            name,
            "-f",
            "json",
        ];
        s.run(&args)
    };
    let (code, out, err) = show("berlin-compute");
    assert_eq!(code, 0, "{err}");
    let shown: Value = serde_json::from_str(&out).unwrap();
    let berlin = &shown[0];
    assert_eq!(berlin["Site"], "berlin");
    assert_eq!(berlin["aggregates"], json!(["gpu"]));
    assert_eq!(berlin["cpu_info"], json!({}));
    assert_eq!(berlin["service_host"], "berlin-compute");
    let fields: Vec<&String> = berlin.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        [
            "Site",
            "aggregates",
            "cpu_info",
            "host_ip",
            "hypervisor_hostname",
            "hypervisor_type",
            "hypervisor_version",
            "id",
            "service_host",
            "service_id",
            "state",
            "status"
        ]
    );
    // By ID, at the one site that has it.
    let id = berlin["id"].as_str().unwrap().to_string();
    let (code, out, err) = show(&id);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        serde_json::from_str::<Value>(&out)
            .unwrap()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let (code, _, err) = show("nowhere");
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "oscope: No hypervisor with a name or ID of 'nowhere' exists.\n"
    );
}
