//! `server add|remove volume|security group` (issue 23) against the
//! simulator: at the server's site, the volume looked up there, Nova's and
//! Cinder's refusals, and a volume scope other than the compute scope
//! refused before any request.

mod common;

use common::SimSandbox;
use serde_json::{Value, json};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

fn run(s: &SimSandbox, args: &[&str]) -> (i32, String, String) {
    s.run(args)
}

fn server(s: &SimSandbox, site: &str, name: &str) -> Value {
    let (code, out, err) = run(
        s,
        &["--os-cloud", site, "server", "show", name, "-f", "json"],
    );
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn a_volume_is_attached_at_the_server_s_site_and_detached() {
    let s = sites();
    let scope = "berlin | denver";
    let (code, out, err) = run(
        &s,
        &[
            "--os-scope",
            scope,
            "server",
            "add",
            "volume",
            "denver-vm-001",
            "vol-000",
            "-f",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let made: Value = serde_json::from_str(&out).unwrap();
    let made = &made[0];
    assert_eq!(made["Site"], "denver");
    assert_eq!(made["Device"], "/dev/sdb");
    assert_eq!(made["Delete On Termination"], false);
    let fields: Vec<&String> = made.as_object().unwrap().keys().collect();
    assert_eq!(
        fields,
        [
            "Site",
            "ID",
            "Server ID",
            "Volume ID",
            "Device",
            "Tag",
            "Delete On Termination"
        ]
    );
    let volume = made["Volume ID"].clone();
    assert_eq!(
        server(&s, "denver", "denver-vm-001")["volumes_attached"],
        json!([{"delete_on_termination": false, "id": volume}])
    );
    let (_, status, _) = run(
        &s,
        &[
            "--os-cloud",
            "denver",
            "volume",
            "show",
            "vol-000",
            "-f",
            "value",
            "-c",
            "status",
        ],
    );
    assert_eq!(status, "in-use\n");
    // `volume list` names the server, as OSC does; JSON keeps the IDs.
    let listed = s.ok(
        "denver",
        &[
            "volume",
            "list",
            "--long",
            "-c",
            "Name",
            "-c",
            "Attached to",
        ],
    );
    assert!(
        listed.contains("| vol-000 | Attached to denver-vm-001 on /dev/sdb  |"),
        "{listed}"
    );
    let listed = s.ok("denver", &["volume", "list", "-f", "json"]);
    assert!(listed.contains("\"server_id\": \""), "{listed}");
    // Cinder's refusal: it is in use.
    let (code, _, err) = run(
        &s,
        &[
            "--os-cloud",
            "denver",
            "server",
            "add",
            "volume",
            "denver-vm-002",
            "vol-000",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400") && err.contains("is already attached to instances"),
        "{err}"
    );
    let (code, _, err) = run(
        &s,
        &[
            "--os-cloud",
            "denver",
            "server",
            "remove",
            "volume",
            "denver-vm-001",
            "vol-000",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        server(&s, "denver", "denver-vm-001")["volumes_attached"],
        json!([])
    );
    let (code, _, err) = run(
        &s,
        &[
            "--os-cloud",
            "denver",
            "server",
            "remove",
            "volume",
            "denver-vm-001",
            "vol-000",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("is not attached to volume"), "{err}");
}

#[test]
fn a_volume_of_other_sites_is_refused_before_any_request() {
    let s = sites();
    let (code, out, err) = run(
        &s,
        &[
            "--os-scope",
            "{compute: berlin, volume: denver}",
            "server",
            "add",
            "volume",
            "berlin-vm-001",
            "vol-000",
        ],
    );
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.starts_with("oscope: volumes do not span sites: the server is at `berlin`, but the volume would be looked up at `denver`"),
        "{err}"
    );
    for site in ["berlin", "denver"] {
        assert!(s.sim.site(site).request_counts().is_empty(), "{site}");
    }
}

#[test]
fn security_groups_are_added_and_removed_and_each_failure_is_one_line() {
    let s = sites();
    let vm = "berlin-vm-002";
    let at = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin", "server"];
        all.extend(args);
        run(&s, &all)
    };
    let (code, _, err) = at(&["remove", "security", "group", vm, "default"]);
    assert_eq!(code, 0, "{err}");
    // With none, Nova leaves the key out, and so does the output.
    assert_eq!(server(&s, "berlin", vm).get("security_groups"), None);
    let (code, _, err) = at(&["add", "security", "group", vm, "default", "nosuch"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(
            "oscope: berlin: Failed to add security group with name or ID 'nosuch' to server"
        ) && lines[0].contains("Security group nosuch is not found for project"),
        "{err}"
    );
    assert!(
        lines[1].ends_with("1 of 2 security groups were not added."),
        "{err}"
    );
    assert_eq!(
        server(&s, "berlin", vm)["security_groups"],
        json!([{"name": "default"}])
    );
    let (code, _, err) = at(&["add", "security", "group", vm, "default"]);
    assert_eq!(code, 1);
    assert!(err.contains("Duplicate items in the list"), "{err}");
}
