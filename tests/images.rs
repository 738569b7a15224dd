//! Images in full (issue 26) end to end against the simulator: Glance's
//! list filters, `image set|unset`, sharing with another project, hidden
//! and deactivated images, under one site, `&`, `|` and a failing site.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";
const DEMOS: &str = "berlin-demo & denver-demo";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

/// The `Name` column of `image list ARGS` under `scope`, sorted.
fn names(s: &SimSandbox, scope: &str, args: &[&str]) -> Vec<String> {
    let mut all = vec!["image", "list", "-f", "value", "-c", "Name"];
    all.extend(args);
    let mut names: Vec<String> = s.ok(scope, &all).lines().map(str::to_string).collect();
    names.sort();
    names
}

/// `image show NAME` at one site, as JSON.
fn show(s: &SimSandbox, site: &str, name: &str) -> serde_json::Value {
    json_of(&s.ok(site, &["image", "show", name, "-f", "json"]))
}

/// The images every test starts from, at both sites (besides the seed's
/// `cirros`, public, and `image-001`, `image-002`, shared): one of each
/// visibility, tagged and with properties.
fn images(s: &SimSandbox) {
    for (name, flags) in [
        ("pub", &["--public", "--tag", "x", "--tag", "y"][..]),
        ("priv", &["--private", "--property", "os_distro=debian"]),
        ("comm", &["--community", "--tag", "x"]),
        ("shar", &["--shared", "--min-disk", "1", "--protected"]),
    ] {
        let mut args = vec!["image", "create", name];
        args.extend(flags);
        s.ok(BOTH, &args);
    }
}

#[test]
fn image_lists_filter_at_every_site_as_glance_does() {
    let s = sites();
    images(&s);
    // Each site's rows, with their Site column.
    let both = s.ok(BOTH, &["image", "list", "--public", "-f", "value"]);
    assert_eq!(both.lines().count(), 4, "{both}");
    assert!(
        both.lines()
            .any(|l| l.starts_with("denver ") && l.contains(" pub "))
    );
    for (flags, want) in [
        (&["--public"][..], &["cirros", "pub"][..]),
        (&["--private"], &["priv"]),
        (&["--community"], &["comm"]),
        (&["--tag", "x"], &["comm", "pub"]),
        (&["--tag", "x", "--tag", "y"], &["pub"]),
        (&["--tag", "x", "--community"], &["comm"]),
        (&["--property", "os_distro=debian"], &["priv"]),
        (&["--name", "shar"], &["shar"]),
        (&["--status", "queued", "--shared"], &["shar"]),
        (&["--project", "admin", "--private"], &["priv"]),
        (&["--hidden"], &[]),
    ] {
        assert_eq!(names(&s, "berlin", flags), want, "{flags:?}");
    }
    // An admin's default list leaves out only other projects' community
    // images; its own are in it.
    let all = names(&s, "berlin", &[]);
    assert_eq!(
        all,
        [
            "cirros",
            "comm",
            "image-001",
            "image-002",
            "priv",
            "pub",
            "shar"
        ]
    );
    // Another project sees the public images, and community ones only
    // with --community or --all.
    assert_eq!(names(&s, "berlin-demo", &[]), ["cirros", "pub"]);
    assert_eq!(
        names(&s, "berlin-demo", &["--all"]),
        ["cirros", "comm", "pub"]
    );
    assert_eq!(
        names(&s, "berlin-demo", &["--private"]),
        Vec::<String>::new()
    );
    // Glance sorts: by name by default, or as --sort says.
    let sorted = s.ok(
        "berlin",
        &[
            "image",
            "list",
            "--sort",
            "name:desc",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(sorted.lines().next(), Some("shar"), "{sorted}");
    let by_two = s.ok(
        "berlin",
        &[
            "image",
            "list",
            "--sort",
            "status:asc,name:desc",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(by_two.lines().next(), Some("image-002"), "{by_two}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "list",
        "--sort",
        "nonsense",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Invalid sort key: nonsense"), "{err}");
    // --member-status takes OSC's choices, in any case.
    let (code, _, err) = s.run(&["image", "list", "--member-status", "maybe"]);
    assert_eq!(code, 2, "{err}");
    s.ok("berlin", &["image", "list", "--member-status", "ALL"]);
}

#[test]
fn image_list_limit_is_per_site_then_cut_and_marker_takes_one_site() {
    let s = sites();
    images(&s);
    let first = s.ok(
        BOTH,
        &["image", "list", "--limit", "2", "-f", "value", "-c", "Name"],
    );
    // Each site's first two by name (cirros, comm), then the first two of
    // the merged rows.
    assert_eq!(first, "berlin cirros\nberlin comm\n");
    let (code, _, err) = s.run(&["--os-scope", BOTH, "image", "list", "--marker", "comm"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("one site"), "{err}");
    // The marker by name, looked up at the site.
    let after = s.ok(
        "berlin",
        &[
            "image", "list", "--marker", "priv", "-f", "value", "-c", "Name",
        ],
    );
    assert_eq!(after, "pub\nshar\n");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "list",
        "--marker",
        "nothing",
    ]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn image_set_and_unset_change_every_site_that_has_the_image() {
    let s = sites();
    images(&s);
    s.ok(
        BOTH,
        &[
            "image",
            "set",
            "pub",
            "--name",
            "renamed",
            "--min-disk",
            "2",
            "--min-ram",
            "64",
            "--protected",
            "--private",
            "--tag",
            "z",
            "--property",
            "foo=bar",
            "--architecture",
            "x86_64",
            "--os-distro",
            "debian",
            "--os-version",
            "12",
            "--kernel-id",
            "k",
            "--ramdisk-id",
            "r",
            "--instance-id",
            "i",
        ],
    );
    for site in ["berlin", "denver"] {
        let image = show(&s, site, "renamed");
        assert_eq!(image["min_disk"], 2);
        assert_eq!(image["min_ram"], 64);
        assert_eq!(image["protected"], true);
        assert_eq!(image["visibility"], "private");
        assert_eq!(image["tags"], serde_json::json!(["x", "y", "z"]));
        let properties = &image["properties"];
        for (key, value) in [
            ("foo", "bar"),
            ("architecture", "x86_64"),
            ("os_distro", "debian"),
            ("os_version", "12"),
            ("kernel_id", "k"),
            ("ramdisk_id", "r"),
            ("instance_id", "i"),
        ] {
            assert_eq!(properties[key], value, "{site} {key}: {image}");
        }
    }
    // A protected image stays.
    let (code, _, err) = s.run(&["--os-scope", BOTH, "image", "delete", "renamed"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("protected"), "{err}");
    s.ok(BOTH, &["image", "set", "renamed", "--unprotected"]);
    // Unset: what is there goes; what is not fails the command once the
    // rest is done, as OSC.
    s.ok(
        BOTH,
        &[
            "image",
            "unset",
            "renamed",
            "--tag",
            "z",
            "--property",
            "foo",
        ],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "unset",
        "renamed",
        "--tag",
        "x",
        "--tag",
        "nope",
        "--property",
        "os_distro",
        "--property",
        "nope",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(
            "berlin: request: Failed to unset 1 of 2 tags,Failed to unset 1 of 2 properties."
        ),
        "{err}"
    );
    assert!(err.contains("'nope' is a nonexistent tag"), "{err}");
    for site in ["berlin", "denver"] {
        let image = show(&s, site, "renamed");
        assert_eq!(image["tags"], serde_json::json!(["y"]), "{site}");
        assert!(image["properties"].get("foo").is_none(), "{site}: {image}");
        assert!(
            image["properties"].get("os_distro").is_none(),
            "{site}: {image}"
        );
    }
    // Glance's own keys cannot be taken off, nor the format of an image
    // with data changed.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "unset",
        "renamed",
        "--property",
        "min_ram",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("403"), "{err}");
    s.ok("berlin", &["image", "delete", "renamed"]);
    // `|`: the first site that has the image.
    s.ok(
        "berlin | denver",
        &["image", "set", "renamed", "--name", "moved"],
    );
    assert_eq!(
        names(&s, "denver", &["--name", "moved", "--all"]),
        ["moved"]
    );
    // A bad property is refused before any site is asked.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "set",
        "moved",
        "--property",
        "oops",
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn hidden_images_leave_the_lists_and_deactivated_ones_keep_their_data() {
    let s = sites();
    s.ok(BOTH, &["image", "set", "cirros", "--hidden"]);
    assert!(!names(&s, BOTH, &[]).contains(&"cirros".to_string()));
    assert_eq!(
        names(&s, BOTH, &["--hidden"]),
        ["berlin cirros", "denver cirros"]
    );
    // Found by name all the same, as openstacksdk finds it.
    assert_eq!(
        show(&s, "denver", "cirros")["properties"]["os_hidden"],
        true
    );
    s.ok(BOTH, &["image", "set", "cirros", "--unhidden"]);
    assert_eq!(names(&s, "berlin", &["--public"]), ["cirros"]);

    s.ok(BOTH, &["image", "set", "cirros", "--deactivate"]);
    assert_eq!(show(&s, "berlin", "cirros")["status"], "deactivated");
    let file = s.sandbox.path().join("cirros.raw");
    let file = file.to_str().unwrap();
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin-demo",
        "image",
        "save",
        "cirros",
        "--file",
        file,
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("deactivated"), "{err}");
    // Only an admin reactivates.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin-demo",
        "image",
        "set",
        "cirros",
        "--activate",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not authorized"), "{err}");
    s.ok(BOTH, &["image", "set", "cirros", "--activate"]);
    s.ok("berlin-demo", &["image", "save", "cirros", "--file", file]);
    assert_eq!(std::fs::read(file).unwrap(), b"berlin:cirros");
}

#[test]
fn an_image_is_shared_with_a_project_which_accepts_it_at_each_site() {
    let s = sites();
    s.ok(BOTH, &["image", "create", "gold", "--shared"]);
    let added = json_of(&s.ok(
        BOTH,
        &["image", "add", "project", "gold", "demo", "-f", "json"],
    ));
    let added = added.as_array().expect("one record per site");
    assert_eq!(added.len(), 2, "{added:?}");
    for member in added {
        assert_eq!(member["status"], "pending");
        assert_eq!(member["schema"], "/v2/schemas/member");
    }
    // Again: Glance's conflict, at each site.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "add",
        "project",
        "gold",
        "demo",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is duplicated for image"), "{err}");
    let members = s.ok(
        BOTH,
        &[
            "image", "member", "list", "gold", "-f", "value", "-c", "Status",
        ],
    );
    assert_eq!(members, "berlin pending\ndenver pending\n");
    // Pending: not in the member's default list, in --member-status pending.
    assert!(!names(&s, DEMOS, &[]).contains(&"gold".to_string()));
    assert_eq!(
        names(&s, DEMOS, &["--member-status", "pending"]),
        [
            "berlin-demo cirros",
            "berlin-demo gold",
            "denver-demo cirros",
            "denver-demo gold"
        ]
    );
    // The member answers by the image's ID (its name lists only once
    // accepted), at each site its own ID.
    for site in ["berlin", "denver"] {
        let id = show(&s, site, "gold")["id"].as_str().unwrap().to_string();
        s.ok(&format!("{site}-demo"), &["image", "set", &id, "--accept"]);
    }
    assert_eq!(
        names(&s, DEMOS, &["--shared"]),
        ["berlin-demo gold", "denver-demo gold"]
    );
    let demo_id = s.ok(
        "berlin",
        &["project", "show", "demo", "-f", "value", "-c", "id"],
    );
    let got = json_of(&s.ok(
        "berlin",
        &["image", "member", "get", "gold", "demo", "-f", "json"],
    ));
    assert_eq!(got["member_id"], demo_id.trim());
    assert_eq!(got["status"], "accepted");
    // The owner cannot answer for the member; the member can take it back.
    s.ok("berlin-demo", &["image", "set", "gold", "--reject"]);
    assert_eq!(
        names(
            &s,
            "berlin-demo",
            &["--member-status", "rejected", "--shared"]
        ),
        ["gold"]
    );
    // Only the owner shares and unshares.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver-demo",
        "image",
        "remove",
        "project",
        "gold",
        "demo",
    ]);
    assert_eq!(code, 1, "{err}");
    s.ok(BOTH, &["image", "remove", "project", "gold", "demo"]);
    // Gone already: no failure, as OSC.
    s.ok(BOTH, &["image", "remove", "project", "gold", "demo"]);
    assert_eq!(
        s.ok(BOTH, &["image", "member", "list", "gold", "-f", "value"]),
        ""
    );
    // A private image has no members.
    s.ok("berlin", &["image", "create", "mine", "--private"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "add",
        "project",
        "mine",
        "demo",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Not allowed to create members"), "{err}");
}

#[test]
fn a_failing_site_costs_the_others_nothing() {
    let s = sites();
    images(&s);
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "list",
        "--tag",
        "x",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin comm\nberlin pub\n");
    assert_eq!(
        err.lines().filter(|l| l.contains("denver")).count(),
        1,
        "{err}"
    );
    let (code, _, err) = s.run(&["--os-scope", BOTH, "image", "set", "pub", "--tag", "new"]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        show(&s, "berlin", "pub")["tags"],
        serde_json::json!(["x", "y", "new"])
    );
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "add",
        "project",
        "shar",
        "demo",
        "-f",
        "value",
        "-c",
        "status",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin\npending\n");
    // `|` fails over to the site that answers.
    s.ok(
        "denver | berlin",
        &["image", "set", "pub", "--property", "k=v"],
    );
    assert_eq!(show(&s, "berlin", "pub")["properties"]["k"], "v");
}

/// The `Site Result` pairs of an `image copy`'s report.
fn copied(report: &str) -> Vec<String> {
    report
        .lines()
        .map(|l| {
            let cells: Vec<&str> = l.split(' ').collect();
            format!("{} {}", cells[0], cells[2..].join(" "))
        })
        .collect()
}

#[test]
fn image_copy_streams_an_image_to_every_site_of_a_scope_once() {
    let s = SimSandbox::named(&["berlin", "denver", "paris"]);
    let file = s.sandbox.write("gold.raw", "gold data");
    s.ok(
        "berlin",
        &["image", "create", "gold", "--file", file.to_str().unwrap()],
    );
    let to = |scope: &str, target: &str| {
        copied(&s.ok(
            scope,
            &["image", "copy", "gold", "--to", target, "-f", "value"],
        ))
    };
    assert_eq!(
        to("berlin", "denver & paris"),
        ["denver copied", "paris copied"]
    );
    // Copied once: the copies are found by their data's hash.
    assert_eq!(
        to("berlin", "denver & paris"),
        ["denver reused", "paris reused"]
    );
    assert_eq!(
        to("paris | berlin", "berlin & denver"),
        ["berlin reused", "denver reused"]
    );
    assert_eq!(to("berlin", "berlin"), ["berlin source"]);
    let out = s.sandbox.path().join("copy.raw");
    s.ok(
        "denver",
        &["image", "save", "gold", "--file", out.to_str().unwrap()],
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"gold data");
    let copy = show(&s, "paris", "gold");
    assert_eq!(copy["tags"], serde_json::json!(["oscope-copy"]));
    assert_eq!(copy["visibility"], "private");
    assert_eq!(
        copy["properties"]["oscope_copied_from"].as_str().unwrap(),
        format!(
            "berlin/{}",
            show(&s, "berlin", "gold")["id"].as_str().unwrap()
        )
    );
    // Not found under the image scope; a target scope that is no scope.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver",
        "image",
        "copy",
        "silver",
        "--to",
        "paris",
    ]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "copy",
        "gold",
        "--to",
        "berlin &",
    ]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "copy",
        "gold",
        "--to",
        "tokyo",
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn image_copy_to_a_failing_site_keeps_or_undoes_the_others() {
    let s = SimSandbox::named(&["berlin", "denver", "paris"]);
    let file = s.sandbox.write("gold.raw", "gold data");
    s.ok(
        "berlin",
        &["image", "create", "gold", "--file", file.to_str().unwrap()],
    );
    s.sim
        .site("paris")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "copy",
        "gold",
        "--to",
        "denver & paris",
        "-f",
        "value",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(copied(&out), ["denver copied"]);
    assert_eq!(
        err.lines().filter(|l| l.contains("paris")).count(),
        1,
        "{err}"
    );
    // `|` fails over.
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "copy",
        "gold",
        "--to",
        "paris | denver",
        "-f",
        "value",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(copied(&out), ["denver reused"]);
    // --atomic: what this command copied goes again.
    s.ok("denver", &["image", "delete", "gold"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin",
        "image",
        "copy",
        "gold",
        "--to",
        "denver & paris",
        "--atomic",
        "-f",
        "value",
    ]);
    // A failed command prints no data: what was undone is said on stderr.
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.lines()
            .any(|l| l.starts_with("denver ") && l.ends_with(" rolled back")),
        "{err}"
    );
    assert_eq!(
        names(&s, "denver", &["--name", "gold"]),
        Vec::<String>::new()
    );
}

#[test]
fn images_are_imported_through_glances_staging_area() {
    let s = sites();
    let file = s.sandbox.write("disk.raw", "disk data");
    let file = file.to_str().unwrap();
    let made = json_of(&s.ok(
        BOTH,
        &[
            "image", "create", "imp", "--import", "--file", file, "-f", "json",
        ],
    ));
    for image in made.as_array().expect("one per site") {
        assert_eq!(image["status"], "active", "{image}");
        assert_eq!(image["size"], 9, "{image}");
    }
    // Staged, then imported, in two commands.
    s.ok(BOTH, &["image", "create", "two"]);
    s.ok(BOTH, &["image", "stage", "--file", file, "two"]);
    assert_eq!(show(&s, "denver", "two")["status"], "uploading");
    // Shown as found, before the import, as OSC shows it.
    let shown = s.ok(
        BOTH,
        &["image", "import", "two", "-f", "value", "-c", "status"],
    );
    assert_eq!(shown, "berlin\nuploading\ndenver\nuploading\n");
    let out = s.sandbox.path().join("two.raw");
    s.ok(
        "denver",
        &["image", "save", "two", "--file", out.to_str().unwrap()],
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"disk data");
    // What cannot be done says why, as OSC says it.
    for (args, code, why) in [
        (
            &["image", "import", "two"][..],
            1,
            "can only be used with an image in status 'uploading'",
        ),
        (
            &["image", "stage", "--file", file, "two"],
            1,
            "only possible for images in the queued state",
        ),
        (
            &[
                "image",
                "import",
                "two",
                "--method",
                "web-download",
                "--uri",
                "http://127.0.0.1:1/x",
            ],
            1,
            "not supported by this deployment. Supported: glance-direct, copy-image",
        ),
        (
            &["image", "import", "two", "--method", "copy-image"],
            2,
            "'--stores' or '--all-stores'",
        ),
        (
            &["image", "import", "two", "--uri", "http://127.0.0.1:1/x"],
            2,
            "only supported when using '--method=web-download'",
        ),
        (
            &["image", "stage", "--file", "/nonexistent", "two"],
            2,
            "no such file",
        ),
    ] {
        let mut all = vec!["--os-scope", "berlin"];
        all.extend(args);
        let (got, _, err) = s.run(&all);
        assert_eq!(got, code, "{args:?}: {err}");
        assert!(err.contains(why), "{args:?}: {err}");
    }
    s.ok(
        BOTH,
        &[
            "image",
            "import",
            "two",
            "--method",
            "copy-image",
            "--all-stores",
        ],
    );
    // A failing site costs the others nothing.
    s.ok(BOTH, &["image", "create", "three"]);
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "image",
        "stage",
        "--file",
        file,
        "three",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(show(&s, "berlin", "three")["status"], "uploading");
}
