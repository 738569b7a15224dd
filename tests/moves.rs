//! Moving and remaking servers (issue 23) end to end against the
//! simulator: resize with confirm and revert, cold and live migration,
//! the migrations they leave, evacuation behind a forced-down compute
//! service, rebuild; `compute service set|delete`. One site, `&`, `|`
//! and a failing site; Nova's answers in the wrong state.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::Value;

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

/// Runs oscope at `site`; the exit code, stdout and stderr.
fn at(s: &SimSandbox, site: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-cloud", site];
    all.extend(args);
    s.run(&all)
}

/// Runs oscope at `site`, which must succeed; its stdout.
fn ok(s: &SimSandbox, site: &str, args: &[&str]) -> String {
    let (code, out, err) = at(s, site, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// A server as `server show -f json` shows it.
fn shown(s: &SimSandbox, site: &str, name: &str) -> Value {
    serde_json::from_str(&ok(s, site, &["server", "show", name, "-f", "json"])).unwrap()
}

/// `server migration list -f json` at `site`, with `args`.
fn migrations(s: &SimSandbox, site: &str, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["server", "migration", "list", "-f", "json"];
    all.extend(args);
    serde_json::from_str(&ok(s, site, &all)).unwrap()
}

#[test]
fn resize_waits_for_verify_resize_then_confirm_and_revert_as_nova() {
    let s = sites();
    let vm = "berlin-vm-000"; // m1.tiny
    let resize = ["server", "resize", "--flavor", "m1.small", "--wait", vm];
    assert_eq!(ok(&s, "berlin", &resize), "Complete\n");
    let server = shown(&s, "berlin", vm);
    assert_eq!(server["status"], "VERIFY_RESIZE");
    assert_eq!(server["OS-EXT-STS:vm_state"], "resized");
    assert_eq!(server["flavor"]["original_name"], "m1.small");
    let m = migrations(&s, "berlin", &[]);
    assert_eq!(m.len(), 1);
    assert_eq!(
        (
            &m[0]["Type"],
            &m[0]["Status"],
            &m[0]["Old Flavor"],
            &m[0]["New Flavor"]
        ),
        (&"resize".into(), &"finished".into(), &1.into(), &2.into())
    );
    ok(&s, "berlin", &["server", "resize", "confirm", vm]);
    assert_eq!(shown(&s, "berlin", vm)["status"], "ACTIVE");
    assert_eq!(migrations(&s, "berlin", &[])[0]["Status"], "confirmed");

    // A resize reverted: the old flavor is back.
    ok(
        &s,
        "berlin",
        &["server", "resize", "--flavor", "m1.medium", vm],
    );
    ok(&s, "berlin", &["server", "resize", "revert", vm]);
    let server = shown(&s, "berlin", vm);
    assert_eq!(
        (&server["status"], &server["flavor"]["original_name"]),
        (&"ACTIVE".into(), &"m1.small".into())
    );
    let m = migrations(&s, "berlin", &[]);
    assert_eq!(
        (m.len(), &m[0]["Status"], &m[1]["Status"]),
        (2, &"reverted".into(), &"confirmed".into())
    );

    // Nova's refusals: nothing to confirm, the same flavor.
    let (code, _, err) = at(&s, "berlin", &["server", "resize", "confirm", vm]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("Cannot 'confirmResize' instance"),
        "{err}"
    );
    let (code, _, err) = at(
        &s,
        "berlin",
        &["server", "resize", "--flavor", "m1.small", vm],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("When resizing, instances must change flavor!"),
        "{err}"
    );

    // python-openstackclient's deprecated --confirm still works, and warns.
    ok(
        &s,
        "berlin",
        &["server", "resize", "--flavor", "m1.tiny", vm],
    );
    let (code, _, err) = at(&s, "berlin", &["server", "resize", "--confirm", vm]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("The --confirm option has been deprecated"),
        "{err}"
    );
    assert_eq!(
        shown(&s, "berlin", vm)["flavor"]["original_name"],
        "m1.tiny"
    );
}

#[test]
fn a_stopped_server_resized_stays_off_and_confirm_keeps_it_off() {
    let s = sites();
    let vm = "denver-vm-001";
    ok(&s, "denver", &["server", "stop", vm]);
    ok(
        &s,
        "denver",
        &["server", "resize", "--flavor", "m1.medium", vm],
    );
    let server = shown(&s, "denver", vm);
    assert_eq!(server["status"], "VERIFY_RESIZE");
    assert_eq!(server["OS-EXT-STS:power_state"], 4, "Shutdown");
    ok(&s, "denver", &["server", "migration", "confirm", vm]);
    assert_eq!(shown(&s, "denver", vm)["status"], "SHUTOFF");
}

#[test]
fn resize_looks_the_flavor_up_at_the_server_s_site_under_or_and_and() {
    let s = sites();
    // Only denver has the server; berlin's "not found" is no failure.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin | denver",
        "server",
        "resize",
        "--flavor",
        "m1.medium",
        "denver-vm-000",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        shown(&s, "denver", "denver-vm-000")["status"],
        "VERIFY_RESIZE"
    );
    // A failing site under `&`: the other's confirm is done, exit 3.
    s.sim
        .site("berlin")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "resize",
        "confirm",
        "denver-vm-000",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.starts_with("oscope: berlin: server: HTTP 500"), "{err}");
    s.sim.site("berlin").set_fault(None);
    assert_eq!(shown(&s, "denver", "denver-vm-000")["status"], "ACTIVE");
}

#[test]
fn migrations_that_find_no_host_and_the_migration_list_filters() {
    let s = sites();
    let vm = "berlin-vm-002";
    // Cold: accepted, then the migration fails; the server stays put.
    let out = ok(&s, "berlin", &["server", "migrate", "--wait", vm]);
    assert_eq!(
        out,
        "Complete, check success/failure by openstack server migration/event list/show\n"
    );
    assert_eq!(shown(&s, "berlin", vm)["status"], "ACTIVE");
    // Live: refused at once, as Nova answers openstacksdk's 2.30.
    let (code, _, err) = at(&s, "berlin", &["server", "migrate", "--live-migration", vm]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400") && err.contains("No valid host was found."),
        "{err}"
    );
    let m = migrations(&s, "berlin", &[]);
    let kinds: Vec<(&str, &str)> = m
        .iter()
        .map(|m| (m["Type"].as_str().unwrap(), m["Status"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("live-migration", "error"), ("migration", "error")]);
    assert_eq!(m[0]["Source Node"], Value::Null);
    assert_eq!(m[1]["Source Node"], "berlin-compute");
    // Filters: python-openstackclient's cold-migration, the server by
    // name, the host, the status, the owner's columns.
    let cold = migrations(&s, "berlin", &["--type", "cold-migration"]);
    assert_eq!((cold.len(), &cold[0]["Type"]), (1, &"migration".into()));
    assert_eq!(migrations(&s, "berlin", &["--server", vm]).len(), 2);
    assert_eq!(
        migrations(&s, "berlin", &["--server", "berlin-vm-001"]).len(),
        0
    );
    assert_eq!(migrations(&s, "berlin", &["--host", "elsewhere"]).len(), 0);
    assert_eq!(migrations(&s, "berlin", &["--status", "done"]).len(), 0);
    let out = ok(
        &s,
        "berlin",
        &[
            "server",
            "migration",
            "list",
            "--project",
            "admin",
            "-f",
            "csv",
        ],
    );
    let header = out.lines().next().unwrap();
    assert!(
        header.ends_with("\"Type\",\"Project\",\"Created At\",\"Updated At\""),
        "{header}"
    );
    // --block-migration is for live migrations only.
    let (code, _, err) = at(
        &s,
        "berlin",
        &["server", "migrate", "--block-migration", vm],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--live-migration must be specified"), "{err}");
}

#[test]
fn migration_list_under_and_with_a_failing_site_and_marker_needs_one_site() {
    let s = sites();
    ok(&s, "berlin", &["server", "migrate", "berlin-vm-003"]);
    ok(&s, "denver", &["server", "migrate", "denver-vm-003"]);
    let both = [
        "--os-scope",
        "berlin & denver",
        "server",
        "migration",
        "list",
    ];
    let mut args = both.to_vec();
    args.extend(["-f", "value", "-c", "Type"]);
    let (code, out, err) = s.run(&args);
    assert_eq!(
        (code, out.as_str()),
        (0, "berlin migration\ndenver migration\n"),
        "{err}"
    );
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&args);
    assert_eq!((code, out.as_str()), (3, "berlin migration\n"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    s.sim.site("denver").set_fault(None);
    let mut marker = both.to_vec();
    marker.extend(["--marker", "x"]);
    let (code, _, err) = s.run(&marker);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn evacuate_needs_the_compute_service_down_and_leaves_what_nova_leaves() {
    let s = sites();
    let vm = "berlin-vm-004";
    let (code, _, err) = at(&s, "berlin", &["server", "evacuate", vm]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400")
            && err.contains("Compute service of berlin-compute is still in use."),
        "{err}"
    );
    let down = [
        "compute",
        "service",
        "set",
        "--down",
        "berlin-compute",
        "nova-compute",
    ];
    assert_eq!(ok(&s, "berlin", &down), "");
    let services = ok(
        &s,
        "berlin",
        &[
            "compute",
            "service",
            "list",
            "--service",
            "nova-compute",
            "--long",
            "-f",
            "json",
        ],
    );
    let services: Value = serde_json::from_str(&services).unwrap();
    assert_eq!(
        (&services[0]["State"], &services[0]["Forced Down"]),
        (&"down".into(), &true.into())
    );
    // One host: the rebuild elsewhere finds none, the server is in ERROR.
    let out = ok(&s, "berlin", &["server", "evacuate", vm, "-f", "json"]);
    let evacuated: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(evacuated["name"], vm);
    assert_eq!(evacuated["status"], "ERROR");
    assert!(evacuated["image"].as_str().unwrap().starts_with("cirros ("));
    let m = migrations(&s, "berlin", &["--type", "evacuation"]);
    assert_eq!((m.len(), &m[0]["Status"]), (1, &"error".into()));
    let events = ok(
        &s,
        "berlin",
        &["server", "event", "list", vm, "-f", "value", "-c", "Action"],
    );
    assert_eq!(events.lines().next(), Some("evacuate"));
}

#[test]
fn compute_service_set_enables_disables_and_delete_refuses_a_busy_host() {
    let s = sites();
    let set = |args: &[&str]| {
        let mut all = vec!["compute", "service", "set"];
        all.extend(args);
        all.extend(["berlin-compute", "nova-compute"]);
        at(&s, "berlin", &all)
    };
    assert_eq!(set(&["--disable", "--disable-reason", "maintenance"]).0, 0);
    let list = |s: &SimSandbox| -> Value {
        let out = ok(
            s,
            "berlin",
            &["compute", "service", "list", "--long", "-f", "json"],
        );
        serde_json::from_str(&out).unwrap()
    };
    let compute = list(&s)[2].clone();
    assert_eq!(
        (&compute["Status"], &compute["Disabled Reason"]),
        (&"disabled".into(), &"maintenance".into())
    );
    assert_eq!(set(&["--enable"]).0, 0);
    assert_eq!(list(&s)[2]["Status"], "enabled");
    let (code, _, err) = set(&["--enable", "--disable-reason", "x"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = at(
        &s,
        "berlin",
        &[
            "compute",
            "service",
            "set",
            "--up",
            "nowhere",
            "nova-compute",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "oscope: Compute service for host \"nowhere\" and binary \"nova-compute\" not found.\n"
    );
    // Delete: the compute service hosts servers (409); the scheduler goes.
    let id_of = |binary: &str| {
        list(&s)
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["Binary"] == binary)
            .map(|v| v["ID"].as_str().unwrap().to_string())
            .unwrap()
    };
    let compute = id_of("nova-compute");
    let (code, _, err) = at(&s, "berlin", &["compute", "service", "delete", &compute]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("hosting instances"),
        "{err}"
    );
    let scheduler = id_of("nova-scheduler");
    ok(&s, "berlin", &["compute", "service", "delete", &scheduler]);
    assert_eq!(list(&s).as_array().unwrap().len(), 2);
    let (code, _, err) = at(
        &s,
        "berlin",
        &["compute", "service", "delete", &scheduler, "gone"],
    );
    assert_eq!(code, 1);
    assert!(
        err.ends_with("oscope: 2 of 2 compute services failed to delete.\n"),
        "{err}"
    );
}

#[test]
fn rebuild_shows_nova_s_answer_and_changes_image_name_and_properties() {
    let s = sites();
    let vm = "denver-vm-004";
    let out = ok(
        &s,
        "denver",
        &[
            "server",
            "rebuild",
            vm,
            "--image",
            "image-001",
            "--name",
            "rebuilt",
            "--property",
            "role=web",
            "--password",
            "sekrit-pass",
            "-f",
            "json",
        ],
    );
    let answer: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["status"], "REBUILD");
    assert_eq!(answer["OS-EXT-STS:task_state"], "rebuilding");
    assert_eq!(answer["adminPass"], "sekrit-pass");
    assert!(answer["image"].as_str().unwrap().starts_with("image-001 ("));
    let server = shown(&s, "denver", "rebuilt");
    assert_eq!(server["status"], "ACTIVE");
    assert_eq!(server["properties"], serde_json::json!({"role": "web"}));
    // --wait: Complete, then the answer; a paused server is refused.
    let out = ok(
        &s,
        "denver",
        &["server", "rebuild", "--wait", "rebuilt", "-c", "name"],
    );
    assert!(out.starts_with("Complete\n+"), "{out}");
    ok(&s, "denver", &["server", "pause", "rebuilt"]);
    let (code, _, err) = at(&s, "denver", &["server", "rebuild", "rebuilt"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("The server status is not ACTIVE, SHUTOFF or ERROR."),
        "{err}"
    );
    let (code, _, err) = at(
        &s,
        "denver",
        &["server", "rebuild", "rebuilt", "--image", "nope"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("No image with a name or ID of 'nope'"),
        "{err}"
    );
}
