//! Volume snapshots (issue 26) and booting from them (issue 23) end to end
//! against the simulator: under one site, `&`, `|` and a failing site,
//! names looked up at each site.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

/// Waits (boundedly) until `what` (`volume`, `volume snapshot`) `name` is
/// available at each site of `scope`.
fn available(s: &SimSandbox, scope: &str, what: &str, name: &str) {
    for site in scope.split(" & ") {
        let mut args = vec!["--os-scope", site];
        args.extend(what.split(' '));
        args.extend(["show", name, "-f", "value", "-c", "status"]);
        let ready = (0..200).any(|_| {
            s.run(&args).1 == "available\n" || {
                std::thread::sleep(std::time::Duration::from_millis(25));
                false
            }
        });
        assert!(ready, "{what} {name} never became available at {site}");
    }
}

#[test]
fn a_volume_is_snapshotted_at_every_site_and_listed_with_its_name() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "data", "--size", "2"]);
    available(&s, BOTH, "volume", "data");
    let made = json_of(&s.ok(
        BOTH,
        &[
            "volume",
            "snapshot",
            "create",
            "nightly",
            "--volume",
            "data",
            "--description",
            "d",
            "--property",
            "a=b",
            "-f",
            "json",
        ],
    ));
    let made = made.as_array().expect("one per site");
    assert_eq!(made.len(), 2, "{made:?}");
    for created in made {
        assert_eq!(created["status"], "creating");
        assert_eq!(created["size"], 2);
        assert_eq!(created["properties"], serde_json::json!({"a": "b"}));
    }
    available(&s, BOTH, "volume snapshot", "nightly");
    // Listed with the volume's name (its ID in JSON), as OSC does.
    let listed = s.ok(
        BOTH,
        &[
            "volume", "snapshot", "list", "--long", "-f", "value", "-c", "Name", "-c", "Status",
            "-c", "Volume",
        ],
    );
    let listed: Vec<&str> = listed.lines().collect();
    assert_eq!(listed.len(), 2, "{listed:?}");
    for line in &listed {
        assert!(
            line.ends_with(" nightly available data") || line.contains(" nightly "),
            "{line}"
        );
    }
    let table = s.ok("berlin", &["volume", "snapshot", "list", "--long"]);
    assert!(
        table.contains("| data   |") || table.contains("| data |"),
        "{table}"
    );
    let rows = json_of(&s.ok(
        "denver",
        &["volume", "snapshot", "list", "--long", "-f", "json"],
    ));
    let volume = s.ok(
        "denver",
        &["volume", "show", "data", "-f", "value", "-c", "id"],
    );
    assert_eq!(rows[0]["Volume"], volume.trim());
    // Filters, each name looked up at the site.
    let by_volume = s.ok(
        BOTH,
        &[
            "volume",
            "snapshot",
            "list",
            "--volume",
            "data",
            "--status",
            "available",
            "--name",
            "nightly",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(by_volume, "berlin nightly\ndenver nightly\n");
    let shown = json_of(&s.ok(
        "berlin",
        &["volume", "snapshot", "show", "nightly", "-f", "json"],
    ));
    let keys: Vec<&str> = shown
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "created_at",
            "description",
            "id",
            "name",
            "properties",
            "size",
            "status",
            "volume_id"
        ]
    );
    // A volume with snapshots stays, as Cinder keeps it.
    let all = ["--os-scope", "berlin", "volume", "delete", "data"];
    let (code, _, err) = s.run(&all);
    assert_eq!(code, 1);
    assert!(err.contains("have snapshots"), "{err}");
    s.ok(BOTH, &["volume", "snapshot", "delete", "nightly"]);
    let (code, _, err) = s.run(&all);
    assert_eq!(code, 0, "{err}");
    // --force deletes through Cinder's force-delete action.
    s.ok(
        "denver",
        &["volume", "snapshot", "create", "again", "--volume", "data"],
    );
    s.ok(
        "denver",
        &["volume", "snapshot", "delete", "--force", "again"],
    );
    let forced = s
        .sim
        .site("denver")
        .request_counts()
        .into_iter()
        .filter(|(key, _)| key.starts_with("POST ") && key.ends_with("/action"))
        .count();
    assert_eq!(forced, 1);
    let left = s.ok("denver", &["volume", "snapshot", "list", "-f", "value"]);
    assert_eq!(left, "");
}

#[test]
fn a_volume_missing_at_one_site_fails_that_site_only() {
    let s = sites();
    s.ok("berlin", &["volume", "create", "lonely", "--size", "1"]);
    available(&s, "berlin", "volume", "lonely");
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "snapshot",
        "create",
        "snap",
        "--volume",
        "lonely",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(out.contains("snap"), "{out}");
    assert!(err.contains("denver") && err.contains("lonely"), "{err}");
}

#[test]
fn a_server_boots_from_a_snapshot_of_a_bootable_volume() {
    let s = sites();
    s.ok(
        "berlin",
        &[
            "volume", "create", "root", "--image", "cirros", "--size", "1",
        ],
    );
    available(&s, "berlin", "volume", "root");
    let root = json_of(&s.ok("berlin", &["volume", "show", "root", "-f", "json"]));
    assert_eq!(root["bootable"], true, "{root}");
    s.ok(
        "berlin",
        &["volume", "snapshot", "create", "golden", "--volume", "root"],
    );
    available(&s, "berlin", "volume snapshot", "golden");
    // A volume made from it: its size, bootable as its volume.
    let copy = json_of(&s.ok(
        "berlin",
        &[
            "volume",
            "create",
            "copy",
            "--snapshot",
            "golden",
            "-f",
            "json",
        ],
    ));
    assert_eq!(copy["size"], 1);
    let snapshot = s.ok(
        "berlin",
        &[
            "volume", "snapshot", "show", "golden", "-f", "value", "-c", "id",
        ],
    );
    assert_eq!(copy["snapshot_id"], snapshot.trim());
    let booted = json_of(&s.ok(
        "berlin",
        &[
            "server",
            "create",
            "vm",
            "--snapshot",
            "golden",
            "--flavor",
            "m1.tiny",
            "--wait",
            "-f",
            "json",
        ],
    ));
    assert_eq!(booted["status"], "ACTIVE");
    assert_eq!(booted["image"], "N/A (booted from volume)");
    let attached = booted["volumes_attached"].as_array().unwrap();
    assert_eq!(attached.len(), 1, "{booted}");
    // A block device by the snapshot's name, looked up as OSC does.
    s.ok(
        "berlin",
        &[
            "server",
            "create",
            "vm2",
            "--flavor",
            "m1.tiny",
            "--block-device",
            "uuid=golden,source_type=snapshot,boot_index=0",
        ],
    );
    // A snapshot of a volume that is not bootable: Nova refuses it.
    s.ok("berlin", &["volume", "create", "plain", "--size", "1"]);
    available(&s, "berlin", "volume", "plain");
    s.ok(
        "berlin",
        &["volume", "snapshot", "create", "flat", "--volume", "plain"],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "server",
        "create",
        "vm3",
        "--snapshot",
        "flat",
        "--flavor",
        "m1.tiny",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("is not bootable"), "{err}");
    // --snapshot with --image: OSC's usage error, before any request.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "server",
        "create",
        "vm4",
        "--snapshot",
        "golden",
        "--image",
        "cirros",
        "--flavor",
        "m1.tiny",
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_failing_site_costs_the_others_nothing() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "v", "--size", "1"]);
    available(&s, BOTH, "volume", "v");
    s.ok(BOTH, &["volume", "snapshot", "create", "v"]);
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "snapshot",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin v\n");
    assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let (code, out, err) = s.run(&[
        "--os-scope",
        "denver | berlin",
        "volume",
        "snapshot",
        "show",
        "v",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "berlin\nv\n"), "{err}");
}

#[test]
fn each_site_boots_from_its_own_snapshot_of_the_name() {
    let s = sites();
    s.ok(
        BOTH,
        &[
            "volume", "create", "root", "--image", "cirros", "--size", "1",
        ],
    );
    available(&s, BOTH, "volume", "root");
    s.ok(
        BOTH,
        &["volume", "snapshot", "create", "golden", "--volume", "root"],
    );
    available(&s, BOTH, "volume snapshot", "golden");
    let booted = json_of(&s.ok(
        BOTH,
        &[
            "server",
            "create",
            "vm",
            "--snapshot",
            "golden",
            "--flavor",
            "m1.tiny",
            "-f",
            "json",
        ],
    ));
    assert_eq!(booted.as_array().map(Vec::len), Some(2), "{booted}");
    // A failing site: `|` boots at the next one.
    s.sim
        .site("berlin")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin | denver",
        "server",
        "create",
        "vm2",
        "--snapshot",
        "golden",
        "--flavor",
        "m1.tiny",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("vm2"), "{out}");
    assert!(err.contains("berlin"), "{err}");
}

/// `volume list` with OSC's filters, the project and user looked up at
/// each site.
#[test]
fn volumes_are_listed_by_project_user_name_and_status() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    let both = "berlin & denver";
    for site in ["berlin-demo", "denver-demo"] {
        s.ok(site, &["volume", "create", "dv", "--size", "1"]);
    }
    let names = |args: &[&str]| {
        s.ok(
            both,
            &[
                &["volume", "list"][..],
                args,
                &["-f", "value", "-c", "Name"],
            ]
            .concat(),
        )
    };
    assert_eq!(names(&["--project", "demo"]), "berlin dv\ndenver dv\n");
    assert_eq!(
        names(&["--user", "demo", "--all-projects"]),
        "berlin dv\ndenver dv\n"
    );
    assert_eq!(names(&["--name", "dv"]), "", "admin's own project has none");
    available(&s, "berlin-demo & denver-demo", "volume", "dv");
    assert_eq!(
        names(&["--all-projects", "--name", "dv", "--status", "available"]),
        "berlin dv\ndenver dv\n"
    );
    // `--limit` is the page size, as in OSC: every page is read.
    let list = |args: &[&str]| {
        s.ok(
            "berlin",
            &[&["volume", "list"][..], args, &["-f", "value", "-c", "ID"]].concat(),
        )
    };
    let whole = list(&[]);
    assert!(whole.lines().count() > 1, "{whole}");
    assert_eq!(list(&["--limit", "1"]), whole);
    let one = whole.lines().next().unwrap_or_default();
    let (code, _, err) = s.run(&["--os-scope", both, "volume", "list", "--marker", one]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = s.run(&["--os-scope", both, "volume", "list", "--project", "nowhere"]);
    assert_eq!(code, 1, "{err}");
}

/// `volume snapshot set|unset` at every site that has the snapshot.
#[test]
fn a_snapshot_is_changed_and_its_properties_taken_off() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "data", "--size", "1"]);
    available(&s, BOTH, "volume", "data");
    s.ok(
        BOTH,
        &[
            "volume",
            "snapshot",
            "create",
            "snap",
            "--volume",
            "data",
            "--property",
            "a=b",
        ],
    );
    available(&s, BOTH, "volume snapshot", "snap");
    s.ok(
        BOTH,
        &[
            "volume",
            "snapshot",
            "set",
            "snap",
            "--name",
            "nightly",
            "--description",
            "kept",
            "--property",
            "c=d",
            "--state",
            "error",
        ],
    );
    let shown = |site: &str| {
        json_of(&s.ok(
            site,
            &["volume", "snapshot", "show", "nightly", "-f", "json"],
        ))
    };
    for site in ["berlin", "denver"] {
        let snapshot = shown(site);
        assert_eq!(snapshot["description"], "kept");
        assert_eq!(snapshot["status"], "error");
        assert_eq!(
            snapshot["properties"],
            serde_json::json!({"a": "b", "c": "d"})
        );
    }
    s.ok(
        BOTH,
        &["volume", "snapshot", "unset", "nightly", "--property", "a"],
    );
    assert_eq!(shown("denver")["properties"], serde_json::json!({"c": "d"}));
    s.ok(
        "berlin | denver",
        &[
            "volume",
            "snapshot",
            "set",
            "nightly",
            "--no-property",
            "--property",
            "e=f",
        ],
    );
    assert_eq!(shown("berlin")["properties"], serde_json::json!({"e": "f"}));
    assert_eq!(shown("denver")["properties"], serde_json::json!({"c": "d"}));
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "snapshot",
        "unset",
        "nightly",
        "--property",
        "nope",
    ]);
    assert_eq!(code, 1, "{err}");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "snapshot",
        "set",
        "nightly",
        "--description",
        "again",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(shown("berlin")["description"], "again");
}

/// `volume set|unset|delete` flags at every site that has the volume.
#[test]
fn a_volume_is_extended_changed_and_purged() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "data", "--size", "1"]);
    available(&s, BOTH, "volume", "data");
    s.ok(
        BOTH,
        &[
            "volume",
            "set",
            "data",
            "--size",
            "3",
            "--property",
            "a=b",
            "--property",
            "c=d",
            "--bootable",
            "--description",
            "grown",
        ],
    );
    // Cinder extends in the background: `extending`, then `available`.
    available(&s, BOTH, "volume", "data");
    let shown = |site: &str| json_of(&s.ok(site, &["volume", "show", "data", "-f", "json"]));
    for site in ["berlin", "denver"] {
        let volume = shown(site);
        assert_eq!(volume["size"], 3, "{site}");
        assert_eq!(volume["bootable"], true);
        assert_eq!(volume["description"], "grown");
        assert_eq!(
            volume["properties"],
            serde_json::json!({"a": "b", "c": "d"})
        );
    }
    // Not larger: that site's failure, nothing changed.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "set",
        "data",
        "--size",
        "2",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("New size must be greater than 3 GB"), "{err}");
    s.ok(BOTH, &["volume", "unset", "data", "--property", "a"]);
    assert_eq!(shown("denver")["properties"], serde_json::json!({"c": "d"}));
    s.ok(
        "berlin | denver",
        &[
            "volume",
            "set",
            "data",
            "--no-property",
            "--non-bootable",
            "--state",
            "error",
        ],
    );
    let berlin = shown("berlin");
    assert_eq!(berlin["properties"], serde_json::json!({}));
    assert_eq!(berlin["bootable"], false);
    assert_eq!(berlin["status"], "error");
    s.ok("berlin", &["volume", "set", "data", "--state", "available"]);
    // A volume with a snapshot goes only with --purge.
    s.ok(
        BOTH,
        &["volume", "snapshot", "create", "snap", "--volume", "data"],
    );
    let (code, _, err) = s.run(&["--os-scope", "berlin", "volume", "delete", "data"]);
    assert_eq!(code, 1, "{err}");
    s.ok(BOTH, &["volume", "delete", "data", "--purge"]);
    assert_eq!(
        s.ok(
            BOTH,
            &["volume", "snapshot", "list", "-f", "value", "-c", "Name"]
        ),
        ""
    );
    s.ok("berlin", &["volume", "create", "gone", "--size", "1"]);
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&["--os-scope", BOTH, "volume", "delete", "gone", "--force"]);
    assert_eq!(code, 3, "{err}");
    let (code, _, _) = s.run(&["--os-scope", "berlin", "volume", "show", "gone"]);
    assert_eq!(code, 1, "force-deleted");
}

#[test]
fn a_volume_is_made_from_another_marked_and_attached_once_available() {
    let s = sites();
    s.ok(
        BOTH,
        &["volume", "create", "base", "--size", "3", "--bootable"],
    );
    available(&s, BOTH, "volume", "base");
    // A copy of each site's own volume of that name, at least its size.
    let made = json_of(&s.ok(
        BOTH,
        &[
            "volume",
            "create",
            "copy",
            "--source",
            "base",
            "--size",
            "1",
            "--read-only",
            "--property",
            "k=v",
            "--availability-zone",
            "nova",
            "-f",
            "json",
        ],
    ));
    for volume in made.as_array().expect("one per site") {
        assert_eq!(volume["size"], 3, "{volume}");
        assert_eq!(volume["availability_zone"], "nova");
    }
    for site in ["berlin", "denver"] {
        let base = json_of(&s.ok(site, &["volume", "show", "base", "-f", "json"]));
        let copy = json_of(&s.ok(site, &["volume", "show", "copy", "-f", "json"]));
        assert_eq!(copy["source_volid"], base["id"], "{site}");
        assert_eq!(copy["bootable"], true, "{site}: the source's");
        assert_eq!(
            copy["properties"],
            serde_json::json!({"k": "v", "readonly": "True"})
        );
    }
    // --non-bootable and --read-write, once available.
    s.ok(
        "berlin",
        &[
            "volume",
            "create",
            "plain",
            "--source",
            "base",
            "--non-bootable",
            "--read-write",
        ],
    );
    let plain = json_of(&s.ok("berlin", &["volume", "show", "plain", "-f", "json"]));
    assert_eq!(plain["bootable"], false);
    assert_eq!(plain["properties"]["readonly"], "False");
    // Beside a server, and attached to it.
    s.ok(
        BOTH,
        &[
            "volume",
            "create",
            "disk",
            "--size",
            "1",
            "--server",
            "denver-vm-001",
            "--attach",
        ],
    );
    let disk = json_of(&s.ok("denver", &["volume", "show", "disk", "-f", "json"]));
    assert_eq!(disk["status"], "in-use");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "create",
        "x",
        "--size",
        "1",
        "--attach",
    ]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "create",
        "x",
        "--source",
        "nothing",
    ]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn a_volume_is_transferred_to_another_project_with_its_key() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "gift", "--size", "1"]);
    available(&s, BOTH, "volume", "gift");
    let made = json_of(&s.ok(
        BOTH,
        &[
            "volume", "transfer", "request", "create", "gift", "--name", "to-demo", "-f", "json",
        ],
    ));
    let made = made.as_array().expect("one per site");
    assert_eq!(made.len(), 2);
    for transfer in made {
        let keys: Vec<&String> = transfer.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["Site", "auth_key", "created_at", "id", "name", "volume_id"]
        );
    }
    let listed = s.ok(
        BOTH,
        &[
            "volume", "transfer", "request", "list", "-f", "value", "-c", "Name",
        ],
    );
    assert_eq!(listed, "berlin to-demo\ndenver to-demo\n");
    let shown = s.ok(
        "denver",
        &["volume", "show", "gift", "-f", "value", "-c", "status"],
    );
    assert_eq!(shown, "awaiting-transfer\n");
    // The key is no one's to see in --debug or --explain.
    let (id, key) = (
        made[1]["id"].as_str().unwrap(),
        made[1]["auth_key"].as_str().unwrap(),
    );
    let (_, explained, _) = s.run(&[
        "--os-scope",
        "denver-demo",
        "--explain",
        "volume",
        "transfer",
        "request",
        "accept",
        id,
        "--auth-key",
        key,
    ]);
    assert!(!explained.contains(key), "{explained}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver-demo",
        "volume",
        "transfer",
        "request",
        "accept",
        id,
        "--auth-key",
        "wrong",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("invalid auth key"), "{err}");
    // Taken at the site whose request it is; the other site has no such.
    let taken = s.ok(
        "berlin-demo & denver-demo",
        &[
            "volume",
            "transfer",
            "request",
            "accept",
            id,
            "--auth-key",
            key,
            "-f",
            "value",
        ],
    );
    assert_eq!(
        taken,
        format!(
            "denver-demo\n{id}\nto-demo\n{}\n",
            made[1]["volume_id"].as_str().unwrap()
        )
    );
    assert_eq!(
        s.ok(
            "denver-demo",
            &["volume", "show", "gift", "-f", "value", "-c", "status"]
        ),
        "available\n"
    );
    let (code, _, _) = s.run(&["--os-scope", "denver", "volume", "show", "gift"]);
    assert_eq!(code, 1, "the admin project no longer has it");
    // Withdrawn at berlin: the volume is available there again.
    s.ok(
        "berlin",
        &["volume", "transfer", "request", "delete", "to-demo"],
    );
    assert_eq!(
        s.ok(
            "berlin",
            &["volume", "show", "gift", "-f", "value", "-c", "status"]
        ),
        "available\n"
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "transfer",
        "request",
        "delete",
        "to-demo",
    ]);
    assert_eq!(code, 1, "{err}");
}

/// `volume attachment list|show` (block storage 3.27): the attachments
/// Nova made at each site, filtered by Cinder, one shown where it is.
#[test]
fn attachments_are_listed_at_every_site_and_shown_where_they_are() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "data", "--size", "1"]);
    available(&s, BOTH, "volume", "data");
    for site in ["berlin", "denver"] {
        s.ok(
            site,
            &["server", "add", "volume", &format!("{site}-vm-000"), "data"],
        );
    }
    let listed = s.ok(
        BOTH,
        &[
            "volume",
            "attachment",
            "list",
            "-f",
            "value",
            "-c",
            "Status",
            "-c",
            "Site",
        ],
    );
    assert_eq!(listed, "berlin attached\ndenver attached\n");
    let volume = s.ok(
        "denver",
        &["volume", "show", "data", "-f", "value", "-c", "id"],
    );
    let by_volume = s.ok(
        BOTH,
        &[
            "volume",
            "attachment",
            "list",
            "--volume-id",
            volume.trim(),
            "-f",
            "value",
            "-c",
            "Site",
            "-c",
            "Volume ID",
        ],
    );
    assert_eq!(by_volume, format!("denver {}", volume));
    let detached = s.ok(
        BOTH,
        &[
            "volume",
            "attachment",
            "list",
            "--status",
            "detached",
            "-f",
            "value",
        ],
    );
    assert_eq!(detached, "");
    let id = s.ok(
        "denver",
        &["volume", "attachment", "list", "-f", "value", "-c", "ID"],
    );
    // Found under `&` at the site that has it.
    let shown = json_of(&s.ok(
        BOTH,
        &["volume", "attachment", "show", id.trim(), "-f", "json"],
    ));
    let shown = if shown.is_array() {
        shown[0].clone()
    } else {
        shown
    };
    assert_eq!(shown["Site"], "denver", "{shown}");
    assert_eq!(shown["Volume ID"], volume.trim());
    assert_eq!(shown["Attach Mode"], "rw");
    assert_eq!(shown["Properties"]["attachment_id"], id.trim());
    // `|`: the first site's.
    let first = s.ok(
        "berlin | denver",
        &[
            "volume",
            "attachment",
            "list",
            "-f",
            "value",
            "-c",
            "Status",
        ],
    );
    assert_eq!(first, "berlin attached\n");
    // A site that fails costs the others nothing.
    s.sim
        .site("berlin")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "attachment",
        "list",
        "-f",
        "value",
        "-c",
        "Status",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "denver attached\n");
    // Detached, the attachment is gone.
    s.sim.site("berlin").set_fault(None);
    s.ok(
        "denver",
        &["server", "remove", "volume", "denver-vm-000", "data"],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver",
        "volume",
        "attachment",
        "show",
        id.trim(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("No volume attachment"), "{err}");
}

/// `volume migrate` at every site that has the volume: Cinder's refusal
/// of the host the volume is on, and of one the site lacks.
#[test]
fn a_volume_migration_is_asked_at_every_site_that_has_it() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "data", "--size", "1"]);
    available(&s, BOTH, "volume", "data");
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "migrate",
        "data",
        "--host",
        "elsewhere@lvm#pool",
        "--force-host-copy",
        "--lock-volume",
    ]);
    assert_eq!(code, 1, "{err}");
    for site in ["berlin", "denver"] {
        assert!(
            err.contains(&format!("{site}: request: HTTP 400 (req-"))
                && err.contains("No available service named 'elsewhere@lvm#pool'"),
            "{err}"
        );
    }
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver",
        "volume",
        "migrate",
        "data",
        "--host",
        "denver-volume1@lvmdriver-1#lvmdriver-1",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("status must be available or in-use, must not be migrating"),
        "{err}"
    );
    let (code, _, err) = s.run(&["--os-scope", "denver", "volume", "migrate", "data"]);
    assert_eq!(code, 2, "{err}");
    // `|`: asked at the first site that has the volume only.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin | denver",
        "volume",
        "migrate",
        "data",
        "--cluster",
        "c1",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("berlin: request") && !err.contains("denver"),
        "{err}"
    );
}

/// A site whose Cinder is older than oscope's volume microversion (3.71)
/// says so (406): the request goes again at that site's highest, once per
/// command, and the volume is shown with the fields of that version.
#[test]
fn an_older_cinder_is_asked_at_its_own_microversion() {
    let s = sites();
    s.sim.site("denver").set_volume_max((3, 59));
    s.ok(BOTH, &["volume", "create", "data", "--size", "1"]);
    available(&s, BOTH, "volume", "data");
    let shown = |site: &str| json_of(&s.ok(site, &["volume", "show", "data", "-f", "json"]));
    let (berlin, denver) = (shown("berlin"), shown("denver"));
    // 3.63 and 3.65 added these; 3.59 has neither.
    assert!(berlin["volume_type_id"].is_string(), "{berlin}");
    assert_eq!(berlin["consumes_quota"], true);
    assert_eq!(
        denver["volume_type_id"],
        serde_json::Value::Null,
        "{denver}"
    );
    assert_eq!(denver["consumes_quota"], serde_json::Value::Null);
    assert_eq!(denver["shared_targets"], false, "3.48 is there");
    let refused = |site: &str| {
        s.sim
            .site(site)
            .request_counts()
            .iter()
            .filter(|(k, _)| k.starts_with("GET /volume/"))
            .map(|(_, n)| *n)
            .sum::<u64>()
    };
    let before = refused("denver");
    let listed = s.ok("denver", &["volume", "list", "-f", "value", "-c", "Name"]);
    assert!(listed.contains("data\n"), "{listed}");
    // One 406 and the list again: two requests, not more.
    assert_eq!(refused("denver") - before, 2);
}

/// `image create --volume`: Cinder uploads the volume to its own site's
/// Glance, at every site of the block-storage scope that has it; shown as
/// Cinder answers, the volume's type by name.
#[test]
fn a_volume_is_uploaded_as_an_image_where_it_is() {
    let s = sites();
    s.ok(BOTH, &["volume", "create", "data", "--size", "1"]);
    available(&s, BOTH, "volume", "data");
    let made = json_of(&s.ok(
        BOTH,
        &[
            "image", "create", "disk", "--volume", "data", "--public", "-f", "json",
        ],
    ));
    let made = made.as_array().expect("one record per site");
    assert_eq!(made.len(), 2);
    for record in made {
        assert_eq!(record["image_name"], "disk");
        assert_eq!(record["status"], "uploading");
        assert_eq!(record["visibility"], "public");
        assert_eq!(record["protected"], false);
        assert_eq!(record["volume_type"], "lvmdriver-1");
    }
    for site in ["berlin", "denver"] {
        let image = json_of(&s.ok(site, &["image", "show", "disk", "-f", "json"]));
        assert_eq!(image["size"], 1u64 << 30, "{image}");
        assert_eq!(image["visibility"], "public");
    }
    available(&s, BOTH, "volume", "data");
    // Not with a file as well; a missing volume is that name's failure.
    let (code, _, _) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "create",
        "x",
        "--volume",
        "data",
        "--file",
        "Cargo.toml",
    ]);
    assert_eq!(code, 2);
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "create",
        "x",
        "--volume",
        "nope",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("No volume with a name or ID of 'nope' exists"),
        "{err}"
    );
    // `|` uploads at the first site that has it; a failing site costs the
    // other nothing.
    let one = s.ok(
        "berlin | denver",
        &[
            "image",
            "create",
            "one",
            "--volume",
            "data",
            "-f",
            "value",
            "-c",
            "image_name",
        ],
    );
    assert_eq!(one, "berlin\none\n");
    available(&s, BOTH, "volume", "data");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "create",
        "two",
        "--volume",
        "data",
        "-f",
        "value",
        "-c",
        "image_name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin\ntwo\n");
}
