//! Volume backups (issue 26) end to end against the simulator: made where
//! the volume is under one site, `&` and `|`, a failing site, listed with
//! the volume's name, restored into new and existing volumes, deleted.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

/// Waits (boundedly) until `what` `name` has `status` at `site`.
fn becomes(s: &SimSandbox, site: &str, what: &[&str], name: &str, status: &str) {
    let args = [what, &[name, "-f", "value", "-c", "status"]].concat();
    let ready = (0..200).any(|_| {
        s.run(&[&["--os-scope", site][..], &args].concat()).1 == format!("{status}\n") || {
            std::thread::sleep(std::time::Duration::from_millis(25));
            false
        }
    });
    assert!(ready, "{what:?} {name} never became {status} at {site}");
}

fn volume_available(s: &SimSandbox, site: &str, name: &str) {
    becomes(s, site, &["volume", "show"], name, "available");
}

fn backup_available(s: &SimSandbox, site: &str, name: &str) {
    becomes(s, site, &["volume", "backup", "show"], name, "available");
}

/// A volume named `name` at every site of `BOTH`, available.
fn with_volume(s: &SimSandbox, name: &str) {
    s.ok(BOTH, &["volume", "create", name, "--size", "1"]);
    for site in ["berlin", "denver"] {
        volume_available(s, site, name);
    }
}

#[test]
fn a_volume_is_backed_up_at_every_site_and_listed_with_its_name() {
    let s = sites();
    with_volume(&s, "data");
    let made = json_of(&s.ok(
        BOTH,
        &[
            "volume",
            "backup",
            "create",
            "data",
            "--name",
            "nightly",
            "--description",
            "every night",
            "--property",
            "a=b",
            "-f",
            "json",
        ],
    ));
    let made = made.as_array().expect("one record per site");
    assert_eq!(made.len(), 2);
    for record in made {
        assert_eq!(record["name"], "nightly");
        assert!(record["volume_id"].is_string());
    }
    // The volume is `backing-up`, then available again.
    let status = s.ok(
        "berlin",
        &["volume", "show", "data", "-f", "value", "-c", "status"],
    );
    assert!(
        ["backing-up\n", "available\n"].contains(&status.as_str()),
        "{status}"
    );
    for site in ["berlin", "denver"] {
        backup_available(&s, site, "nightly");
        volume_available(&s, site, "data");
    }
    let shown = json_of(&s.ok(
        "berlin",
        &["volume", "backup", "show", "nightly", "-f", "json"],
    ));
    assert_eq!(shown["description"], "every night");
    assert_eq!(shown["metadata"], serde_json::json!({"a": "b"}));
    assert_eq!(shown["is_incremental"], false);
    assert_eq!(shown["has_dependent_backups"], false);
    assert!(shown["project_id"].is_string(), "{shown}");
    assert!(shown["user_id"].is_string(), "{shown}");
    assert!(shown.get("encryption_key_id").is_some(), "{shown}");
    // Listed from both sites; the volume by name in a table (its ID in
    // values and JSON), as OSC does.
    let listed = s.ok(
        BOTH,
        &[
            "volume", "backup", "list", "-f", "value", "-c", "Name", "-c", "Site",
        ],
    );
    assert_eq!(listed, "berlin nightly\ndenver nightly\n");
    let table = s.ok("berlin", &["volume", "backup", "list", "--long"]);
    assert!(table.contains("| data   |"), "{table}");
    // Filters: the volume by name at each site; a status no backup has.
    let by_volume = s.ok(
        BOTH,
        &[
            "volume", "backup", "list", "--volume", "data", "-f", "value", "-c", "Name",
        ],
    );
    assert_eq!(by_volume, "berlin nightly\ndenver nightly\n");
    let none = s.ok(
        BOTH,
        &[
            "volume", "backup", "list", "--status", "error", "-f", "value",
        ],
    );
    assert_eq!(none, "");
    // A volume ID no volume has (deleted since) still filters.
    let gone = s.ok(
        "berlin",
        &[
            "volume",
            "backup",
            "list",
            "--volume",
            "00000000-0000-4000-a000-000000000000",
            "-f",
            "value",
        ],
    );
    assert_eq!(gone, "");
}

#[test]
fn incremental_backups_build_on_the_latest_and_hold_it() {
    let s = sites();
    with_volume(&s, "data");
    // No full backup yet: Cinder refuses, at each site.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "backup",
        "create",
        "data",
        "--incremental",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("No backups available to do an incremental backup"),
        "{err}"
    );
    s.ok(
        "berlin",
        &["volume", "backup", "create", "data", "--name", "full"],
    );
    backup_available(&s, "berlin", "full");
    volume_available(&s, "berlin", "data");
    s.ok(
        "berlin",
        &[
            "volume",
            "backup",
            "create",
            "data",
            "--name",
            "inc",
            "--incremental",
        ],
    );
    backup_available(&s, "berlin", "inc");
    let incremental = |name: &str| {
        s.ok(
            "berlin",
            &[
                "volume",
                "backup",
                "show",
                name,
                "-f",
                "value",
                "-c",
                "is_incremental",
                "-c",
                "has_dependent_backups",
            ],
        )
    };
    // Fields in OSC's order: has_dependent_backups, then is_incremental.
    assert_eq!(incremental("inc"), "False\nTrue\n");
    assert_eq!(incremental("full"), "True\nFalse\n");
    // The full one cannot go while the incremental one builds on it.
    let (code, _, err) = s.run(&["--os-scope", "berlin", "volume", "backup", "delete", "full"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Incremental backups exist for this backup"),
        "{err}"
    );
    s.ok("berlin", &["volume", "backup", "delete", "inc", "full"]);
    assert_eq!(
        s.ok("berlin", &["volume", "backup", "list", "-f", "value"]),
        ""
    );
}

#[test]
fn a_backup_is_restored_into_a_new_volume_or_over_one_with_force() {
    let s = sites();
    with_volume(&s, "data");
    s.ok(BOTH, &["volume", "backup", "create", "data", "--name", "b"]);
    for site in ["berlin", "denver"] {
        backup_available(&s, site, "b");
        volume_available(&s, site, "data");
    }
    // The volume named exists: only with --force.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "backup",
        "restore",
        "b",
        "data",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Volume 'data' already exists; if you want to restore the backup to it you need to specify the '--force' option"),
        "{err}"
    );
    let over = json_of(&s.ok(
        "berlin",
        &[
            "volume", "backup", "restore", "b", "data", "--force", "-f", "json",
        ],
    ));
    assert_eq!(over["volume_name"], "data");
    let data_id = s.ok(
        "berlin",
        &["volume", "show", "data", "-f", "value", "-c", "id"],
    );
    assert_eq!(over["volume_id"], data_id.trim());
    let status = s.ok(
        "berlin",
        &["volume", "show", "data", "-f", "value", "-c", "status"],
    );
    assert!(
        ["restoring-backup\n", "available\n"].contains(&status.as_str()),
        "{status}"
    );
    volume_available(&s, "berlin", "data");
    backup_available(&s, "berlin", "b");
    // A name no volume has: a new volume of that name, at both sites.
    let made = json_of(&s.ok(
        BOTH,
        &["volume", "backup", "restore", "b", "copy", "-f", "json"],
    ));
    assert_eq!(made.as_array().map(Vec::len), Some(2), "{made}");
    for site in ["berlin", "denver"] {
        volume_available(&s, site, "copy");
    }
    // No volume named: Cinder names it after the backup, then the volume
    // backed up once the restore is done.
    let auto = json_of(&s.ok(
        "denver",
        &["volume", "backup", "restore", "b", "-f", "json"],
    ));
    let name = auto["volume_name"].as_str().unwrap().to_string();
    assert!(name.starts_with("restore_backup_"), "{name}");
    let id = auto["volume_id"].as_str().unwrap().to_string();
    volume_available(&s, "denver", &id);
    let renamed = s.ok(
        "denver",
        &["volume", "show", &id, "-f", "value", "-c", "name"],
    );
    assert_eq!(renamed, "data\n");
}

#[test]
fn a_failing_site_costs_the_others_nothing_and_or_takes_the_first() {
    let s = sites();
    with_volume(&s, "data");
    // `|`: the first site that has the volume backs it up.
    let made = s.ok(
        "berlin | denver",
        &[
            "volume", "backup", "create", "data", "--name", "one", "-f", "value", "-c", "name",
        ],
    );
    assert_eq!(made, "berlin\none\n");
    assert_eq!(
        s.ok("denver", &["volume", "backup", "list", "-f", "value"]),
        ""
    );
    backup_available(&s, "berlin", "one");
    volume_available(&s, "berlin", "data");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "backup",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin one\n");
    assert!(err.contains("denver"), "{err}");
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "backup",
        "create",
        "data",
        "--name",
        "two",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin\ntwo\n");
    // `|` fails over to the site that answers.
    s.sim.site("denver").set_fault(None);
    s.sim
        .site("berlin")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let shown = s.ok(
        "berlin | denver",
        &["volume", "backup", "list", "-f", "value", "-c", "Name"],
    );
    assert_eq!(shown, "");
    s.sim.site("berlin").set_fault(None);
    backup_available(&s, "berlin", "two");
    // Deleted with --force whatever its state, at the site that has it.
    s.ok(BOTH, &["volume", "backup", "delete", "one", "--force"]);
    let (code, _, err) = s.run(&["--os-scope", BOTH, "volume", "backup", "show", "one"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("No backup with a name or ID of 'one' exists"),
        "{err}"
    );
}
