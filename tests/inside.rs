//! Looking inside servers (issue 23) against the simulator: `server event
//! show`, `server image create`, `server backup create` with its rotation,
//! `server dump create`; at the server's site under `|` and `&`, with a
//! failing site and Nova's answers in the wrong state.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::Value;

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

fn ok(s: &SimSandbox, args: &[&str]) -> String {
    let (code, out, err) = s.run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

fn json(s: &SimSandbox, args: &[&str]) -> Value {
    serde_json::from_str(&ok(s, args)).unwrap()
}

#[test]
fn event_show_gives_the_action_with_its_events_as_osc() {
    let s = sites();
    let vm = "berlin-vm-001";
    ok(&s, &["--os-cloud", "berlin", "server", "stop", vm]);
    let list = [
        "--os-cloud",
        "berlin",
        "server",
        "event",
        "list",
        vm,
        "-f",
        "value",
        "-c",
        "Request ID",
    ];
    let out = ok(&s, &list);
    let request = out.lines().next().unwrap();
    let show = [
        "--os-cloud",
        "berlin",
        "server",
        "event",
        "show",
        vm,
        request,
        "-f",
        "json",
    ];
    let event = json(&s, &show);
    assert_eq!(event["action"], "stop");
    assert_eq!(event["id"], request);
    assert_eq!(event["request_id"], request);
    let fields: Vec<&String> = event.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        [
            "action",
            "events",
            "id",
            "message",
            "project_id",
            "request_id",
            "start_time",
            "user_id"
        ]
    );
    // Each event as openstacksdk names its fields, sorted.
    let first: Vec<&String> = event["events"][0].as_object().unwrap().keys().collect();
    assert_eq!(
        first,
        [
            "details",
            "event",
            "finish_time",
            "host",
            "host_id",
            "result",
            "start_time",
            "traceback"
        ]
    );
    let table = ok(
        &s,
        &[
            "--os-cloud",
            "berlin",
            "server",
            "event",
            "show",
            vm,
            request,
        ],
    );
    assert!(
        table.contains("| events     | details=, event='compute_stop_instance'"),
        "{table}"
    );
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "event",
        "show",
        vm,
        "req-nope",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 404") && err.contains("Action req-nope not found"),
        "{err}"
    );
}

#[test]
fn image_create_snapshots_at_the_server_s_site_and_waits() {
    let s = sites();
    let args = [
        "--os-scope",
        "berlin | denver",
        "server",
        "image",
        "create",
        "denver-vm-002",
        "--name",
        "snap",
        "--property",
        "purpose=test",
        "--wait",
        "-f",
        "json",
    ];
    let (code, out, err) = s.run(&args);
    assert_eq!(code, 0, "{err}");
    // The empty line OSC ends its wait with, then the image at denver.
    let (blank, shown) = out.split_once('\n').unwrap();
    assert_eq!(blank, "");
    let images: Value = serde_json::from_str(shown).unwrap();
    let image = &images[0];
    assert_eq!(image["Site"], "denver");
    assert_eq!(
        (&image["name"], &image["status"]),
        (&"snap".into(), &"active".into())
    );
    assert_eq!(image["properties"]["image_type"], "snapshot");
    assert_eq!(image["properties"]["purpose"], "test");
    let images = ok(
        &s,
        &[
            "--os-cloud",
            "denver",
            "image",
            "list",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert!(images.lines().any(|n| n == "snap"), "{images}");
    // A shelved server cannot be snapshotted: Nova's 409.
    ok(
        &s,
        &["--os-cloud", "denver", "server", "shelve", "denver-vm-003"],
    );
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "denver",
        "server",
        "image",
        "create",
        "denver-vm-003",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("Cannot 'createImage'"),
        "{err}"
    );
}

#[test]
fn backup_create_keeps_its_rotation() {
    let s = sites();
    let backup = |name: &str| {
        let args = [
            "--os-cloud",
            "berlin",
            "server",
            "backup",
            "create",
            "berlin-vm-000",
            "--name",
            name,
            "--type",
            "daily",
            "--rotate",
            "2",
            "-f",
            "json",
        ];
        json(&s, &args)
    };
    for name in ["b1", "b2", "b3"] {
        let image = backup(name);
        assert_eq!(image["properties"]["backup_type"], "daily");
        assert_eq!(image["properties"]["image_type"], "backup");
    }
    let out = ok(
        &s,
        &[
            "--os-cloud",
            "berlin",
            "image",
            "list",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    let mut kept: Vec<&str> = out.lines().filter(|n| n.starts_with('b')).collect();
    kept.sort();
    assert_eq!(kept, ["b2", "b3"]);
}

#[test]
fn dump_create_acts_on_several_servers_and_a_failing_site_costs_nothing() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "dump",
        "create",
        "berlin-vm-001",
        "berlin-vm-002",
    ]);
    assert_eq!((code, out.as_str()), (3, ""), "{err}");
    s.sim.site("denver").set_fault(None);
    for vm in ["berlin-vm-001", "berlin-vm-002"] {
        let list = [
            "--os-cloud",
            "berlin",
            "server",
            "event",
            "list",
            vm,
            "-f",
            "value",
            "-c",
            "Action",
        ];
        assert_eq!(ok(&s, &list).lines().next(), Some("trigger_crash_dump"));
    }
    // A stopped server has no guest to dump: Nova's 409.
    ok(
        &s,
        &["--os-cloud", "berlin", "server", "stop", "berlin-vm-003"],
    );
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "dump",
        "create",
        "berlin-vm-003",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("HTTP 409"), "{err}");
}

#[test]
fn show_diagnostics_gives_the_hypervisor_s_figures_and_the_site_s_location() {
    let s = sites();
    let args = [
        "--os-cloud",
        "denver",
        "server",
        "show",
        "--diagnostics",
        "denver-vm-001",
    ];
    let mut json_args = args.to_vec();
    json_args.extend(["-f", "json"]);
    let shown = json(&s, &json_args);
    let fields: Vec<&String> = shown.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        [
            "cpu_details",
            "disk_details",
            "driver",
            "has_config_drive",
            "hypervisor",
            "hypervisor_os",
            "id",
            "location",
            "memory_details",
            "name",
            "nic_details",
            "num_cpus",
            "num_disks",
            "num_nics",
            "server_id",
            "state",
            "uptime"
        ]
    );
    assert_eq!(shown["location"]["cloud"], "denver");
    assert_eq!(shown["location"]["project"]["name"], "admin");
    // In a table, the values as Python prints them, the location a Munch.
    let table = ok(&s, &args);
    assert!(
        table.contains("| cpu_details      | [{'id': 0, 'time': 17300000000, 'utilisation': 15}]"),
        "{table}"
    );
    assert!(
        table.contains("| location         | Munch({'cloud': 'denver', "),
        "{table}"
    );
}
