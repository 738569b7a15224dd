//! Images on real Glance: lists filtered, images changed and shared with a
//! second project, each compared byte for byte with python-openstackclient,
//! and the simulator's answers to Glance's requests compared with real
//! Glance's.

use super::*;

/// A project ID Glance takes as a member without asking Keystone.
const SOMEONE: &str = "0123456789abcdef0123456789abcdef";

impl Nova {
    /// Glance's members, tags, actions and list refusals on a new image.
    fn glance(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let (status, made) = self.send_raw(
            Method::POST,
            "v2/images",
            Some(&json!({"name": name, "visibility": "shared"})),
        );
        steps.push(("create".into(), status, shape(&made), String::new()));
        let id = made["id"].as_str().unwrap_or_default().to_string();
        let member = json!({"member": SOMEONE});
        for (label, method, path, body) in [
            (
                "add a member",
                Method::POST,
                format!("v2/images/{id}/members"),
                Some(member.clone()),
            ),
            (
                "add it again (409)",
                Method::POST,
                format!("v2/images/{id}/members"),
                Some(member),
            ),
            (
                "add nobody (400)",
                Method::POST,
                format!("v2/images/{id}/members"),
                Some(json!({})),
            ),
            (
                "list the members",
                Method::GET,
                format!("v2/images/{id}/members"),
                None,
            ),
            (
                "show the member",
                Method::GET,
                format!("v2/images/{id}/members/{SOMEONE}"),
                None,
            ),
            (
                "show a stranger (404)",
                Method::GET,
                format!("v2/images/{id}/members/nobody"),
                None,
            ),
            (
                "answer nonsense (400)",
                Method::PUT,
                format!("v2/images/{id}/members/{SOMEONE}"),
                Some(json!({"status": "maybe"})),
            ),
            (
                "answer for the member as an admin",
                Method::PUT,
                format!("v2/images/{id}/members/{SOMEONE}"),
                Some(json!({"status": "accepted"})),
            ),
            (
                "remove the member",
                Method::DELETE,
                format!("v2/images/{id}/members/{SOMEONE}"),
                None,
            ),
            (
                "add a tag",
                Method::PUT,
                format!("v2/images/{id}/tags/t"),
                None,
            ),
            (
                "remove it",
                Method::DELETE,
                format!("v2/images/{id}/tags/t"),
                None,
            ),
            (
                "remove a missing tag (404)",
                Method::DELETE,
                format!("v2/images/{id}/tags/t"),
                None,
            ),
            (
                "deactivate without data (403)",
                Method::POST,
                format!("v2/images/{id}/actions/deactivate"),
                None,
            ),
            (
                "an unknown action (404)",
                Method::POST,
                format!("v2/images/{id}/actions/bogus"),
                None,
            ),
            (
                "import before staging (409)",
                Method::POST,
                format!("v2/images/{id}/import"),
                Some(json!({"method": {"name": "glance-direct"}})),
            ),
            (
                "import by an unknown method (400)",
                Method::POST,
                format!("v2/images/{id}/import"),
                Some(json!({"method": {"name": "bogus"}})),
            ),
            (
                "copy an image without data (409)",
                Method::POST,
                format!("v2/images/{id}/import"),
                Some(json!({"method": {"name": "copy-image"}, "all_stores": true})),
            ),
            (
                "the import methods",
                Method::GET,
                "v2/info/import".into(),
                None,
            ),
            (
                "list by a bad visibility (400)",
                Method::GET,
                "v2/images?visibility=bogus".into(),
                None,
            ),
            (
                "sort by a bad key (400)",
                Method::GET,
                "v2/images?sort=nonsense".into(),
                None,
            ),
            (
                "sort in a bad direction (400)",
                Method::GET,
                "v2/images?sort=name:up".into(),
                None,
            ),
            (
                "both sort syntaxes (400)",
                Method::GET,
                "v2/images?sort=name&sort_key=name".into(),
                None,
            ),
            (
                "list by tag and property",
                Method::GET,
                format!("v2/images?name={name}&tag=t&visibility=all"),
                None,
            ),
            ("delete", Method::DELETE, format!("v2/images/{id}"), None),
        ] {
            let (status, body) = self.send_raw(method, &path, body.as_ref());
            let state = body["status"].as_str().unwrap_or_default().to_string();
            steps.push((label.into(), status, shape(&body), state));
        }
        steps
    }
}

impl Full {
    /// What `tool` prints and exits with through a life of image `name`:
    /// made, changed, shared, answered by the other project, deactivated,
    /// unshared and deleted. IDs and the name are replaced, so that two
    /// tools' lives compare.
    fn image_life(&self, tool: &dyn Fn(&[&str]) -> (i32, String), name: &str) -> Vec<String> {
        let renamed = format!("{name}-2");
        let mut said = Vec::new();
        let mut step = |args: &[&str]| {
            let (code, out) = tool(args);
            said.push(format!("{args:?} exit {code}\n{out}"));
            out
        };
        let file = self.sandbox.write(&format!("{name}.raw"), "image data");
        let file = file.to_str().unwrap();
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "create",
            name,
            "--file",
            file,
            "--shared",
            "-f",
            "value",
            "-c",
            "status",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "set",
            name,
            "--tag",
            "z",
            "--property",
            "foo=1",
            "--min-disk",
            "2",
            "--min-ram",
            "3",
            "--protected",
            "--architecture",
            "x86_64",
            "--os-distro",
            "deb",
            "--os-version",
            "12",
            "--kernel-id",
            "k",
            "--ramdisk-id",
            "r",
            "--instance-id",
            "i",
            "--hidden",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "set",
            name,
            "--unhidden",
            "--unprotected",
            "--name",
            &renamed,
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "unset",
            &renamed,
            "--tag",
            "z",
            "--tag",
            "nope",
            "--property",
            "foo",
            "--property",
            "os_distro",
            "--property",
            "nope",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "add",
            "project",
            &renamed,
            "demo",
            "-f",
            "value",
            "-c",
            "status",
            "-c",
            "schema",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "add",
            "project",
            &renamed,
            "demo",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "member",
            "list",
            &renamed,
            "-f",
            "value",
            "-c",
            "Status",
        ]);
        let id = step(&[
            "--os-cloud",
            "berlin",
            "image",
            "show",
            &renamed,
            "-f",
            "value",
            "-c",
            "id",
        ]);
        let id = id.trim();
        step(&[
            "--os-cloud",
            "berlin-demo",
            "image",
            "list",
            "--member-status",
            "pending",
            "--name",
            &renamed,
        ]);
        step(&["--os-cloud", "berlin-demo", "image", "set", id, "--accept"]);
        step(&[
            "--os-cloud",
            "berlin-demo",
            "image",
            "list",
            "--shared",
            "--name",
            &renamed,
        ]);
        step(&["--os-cloud", "berlin-demo", "image", "set", id, "--reject"]);
        step(&[
            "--os-cloud",
            "berlin-demo",
            "image",
            "list",
            "--member-status",
            "rejected",
            "--name",
            &renamed,
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "set",
            "--deactivate",
            &renamed,
        ]);
        for format in ["json", "value"] {
            step(&[
                "--os-cloud",
                "berlin",
                "image",
                "show",
                &renamed,
                "-f",
                format,
                "-c",
                "status",
                "-c",
                "tags",
                "-c",
                "min_disk",
                "-c",
                "min_ram",
                "-c",
                "protected",
                "-c",
                "visibility",
            ]);
        }
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "set",
            "--activate",
            &renamed,
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "remove",
            "project",
            &renamed,
            "demo",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "remove",
            "project",
            &renamed,
            "demo",
        ]);
        step(&["--os-cloud", "berlin", "image", "member", "list", &renamed]);
        step(&["--os-cloud", "berlin", "image", "delete", &renamed]);
        said.into_iter()
            .map(|s| {
                s.replace(id, "ID")
                    .replace(&renamed, "NAME-2")
                    .replace(name, "NAME")
            })
            .collect()
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn images_are_listed_changed_and_shared_as_python_openstackclient_does() {
    let f = Full::get();
    let p = format!("img{}", std::process::id());
    let made = [
        ("pub", vec!["--public", "--tag", "px", "--tag", "py"]),
        (
            "priv",
            vec![
                "--private",
                "--property",
                "os_distro=plan9",
                "--min-disk",
                "1",
            ],
        ),
        ("comm", vec!["--community", "--tag", "px"]),
        ("shar", vec!["--shared", "--protected", "--min-ram", "64"]),
    ];
    for (name, flags) in &made {
        let name = format!("{p}-{name}");
        let mut args = vec!["--os-cloud", "berlin", "image", "create", &name];
        args.extend(flags.iter().copied());
        f.ok(&args);
    }
    let shar = format!("{p}-shar");
    f.ok(&[
        "--os-cloud",
        "berlin",
        "image",
        "add",
        "project",
        &shar,
        "demo",
    ]);
    let tag = "px";
    let mut differ = Vec::new();
    for (cloud, filters) in [
        ("berlin", vec![]),
        ("berlin", vec!["--public"]),
        ("berlin", vec!["--private"]),
        ("berlin", vec!["--community"]),
        ("berlin", vec!["--shared"]),
        ("berlin", vec!["--all", "--long"]),
        ("berlin", vec!["--tag", tag]),
        ("berlin", vec!["--tag", tag, "--tag", "py"]),
        ("berlin", vec!["--property", "os_distro=plan9"]),
        ("berlin", vec!["--name", &shar, "--long"]),
        ("berlin", vec!["--status", "queued", "--sort", "name:desc"]),
        ("berlin", vec!["--project", "demo"]),
        ("berlin", vec!["--hidden"]),
        ("berlin-demo", vec![]),
        ("berlin-demo", vec!["--all"]),
        ("berlin-demo", vec!["--member-status", "pending"]),
        ("berlin-demo", vec!["--shared", "--member-status", "all"]),
    ] {
        // The filters choose rows: json shows them all (each format is a
        // run of OSC); every format for the lists without one.
        let formats = if filters.is_empty() {
            LIST_FORMATS
        } else {
            &["json"]
        };
        let mut args = vec!["--os-cloud", cloud, "image", "list"];
        args.extend(filters);
        differ.extend(f.unlike_osc(&args, formats));
    }
    for args in [
        vec!["--os-cloud", "berlin", "image", "show", &shar],
        vec!["--os-cloud", "berlin", "image", "member", "list", &shar],
    ] {
        differ.extend(f.unlike_osc(&args, LIST_FORMATS));
    }
    f.ok(&[
        "--os-cloud",
        "berlin",
        "image",
        "set",
        &shar,
        "--unprotected",
    ]);
    for (name, _) in &made {
        f.ok(&[
            "--os-cloud",
            "berlin",
            "image",
            "delete",
            &format!("{p}-{name}"),
        ]);
    }
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );

    // The same life of an image through each tool: the same output and
    // exit statuses (errors are worded apart, on stderr).
    f.lives_alike(&p, Full::image_life);
}

impl Full {
    /// What `tool` prints and exits with when it stages and imports data
    /// into image `name` (made by oscope: OSC would upload its empty
    /// standard input), and makes one with `--import`.
    fn import_life(&self, tool: &dyn Fn(&[&str]) -> (i32, String), name: &str) -> Vec<String> {
        let file = self.sandbox.write(&format!("{name}.raw"), "staged data");
        let file = file.to_str().unwrap();
        self.ok(&["--os-cloud", "berlin", "image", "create", name]);
        let mut said = Vec::new();
        let mut step = |args: &[&str]| {
            let (code, out) = tool(args);
            said.push(format!("{args:?} exit {code}\n{out}"));
        };
        step(&["--os-cloud", "berlin", "image", "import", name]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "stage",
            "--file",
            file,
            name,
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "show",
            name,
            "-f",
            "value",
            "-c",
            "status",
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "import",
            name,
            "-f",
            "value",
            "-c",
            "status",
            "-c",
            "name",
        ]);
        self.until_active(name);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "stage",
            "--file",
            file,
            name,
        ]);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "import",
            name,
            "--method",
            "copy-image",
            "--all-stores",
            "-f",
            "value",
            "-c",
            "status",
        ]);
        step(&["--os-cloud", "berlin", "image", "delete", name]);
        let imported = format!("{name}-i");
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "create",
            &imported,
            "--import",
            "--file",
            file,
            "-f",
            "value",
            "-c",
            "size",
            "-c",
            "disk_format",
        ]);
        self.until_active(&imported);
        step(&[
            "--os-cloud",
            "berlin",
            "image",
            "show",
            &imported,
            "-f",
            "value",
            "-c",
            "size",
            "-c",
            "checksum",
        ]);
        step(&["--os-cloud", "berlin", "image", "delete", &imported]);
        said.into_iter()
            .map(|s| s.replace(&imported, "NAME-i").replace(name, "NAME"))
            .collect()
    }

    /// Waits (boundedly) for Glance to finish importing image `name`.
    fn until_active(&self, name: &str) {
        let show = [
            "--os-cloud",
            "berlin",
            "image",
            "show",
            name,
            "-f",
            "value",
            "-c",
            "status",
        ];
        let active = (0..120).any(|_| {
            self.ok(&show).trim() == "active" || {
                std::thread::sleep(std::time::Duration::from_millis(250));
                false
            }
        });
        assert!(active, "image {name} not active after 30 s");
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn images_are_staged_and_imported_as_python_openstackclient_does() {
    let f = Full::get();
    let p = format!("imp{}", std::process::id());
    f.lives_alike(&p, Full::import_life);
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn glance_answers_like_the_simulator() {
    let f = Full::get();
    let name = format!("glance-{}", std::process::id());
    f.answers_like_the_simulator("image", |glance| glance.glance(&name));
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn image_copy_streams_an_image_between_real_glances() {
    let f = Full::get();
    let name = format!("copy-{}", std::process::id());
    let data: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    f.image("berlin", &name, data.clone());
    let report = |target: &str| {
        let out = f.ok(&[
            "--os-scope",
            "berlin",
            "image",
            "copy",
            &name,
            "--to",
            target,
            "-f",
            "json",
        ]);
        let rows: Value = serde_json::from_str(&out).unwrap();
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                format!(
                    "{} {}",
                    r["Site"].as_str().unwrap(),
                    r["Result"].as_str().unwrap()
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(report("denver & paris"), ["denver copied", "paris copied"]);
    assert_eq!(
        report("denver & paris & berlin"),
        ["denver reused", "paris reused", "berlin source"]
    );
    // What paris's Glance stored is the data, and says so in its hashes.
    let saved = f.sandbox.write(&format!("{name}.saved"), "");
    f.ok(&[
        "--os-scope",
        "paris",
        "image",
        "save",
        &name,
        "--file",
        saved.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read(&saved).unwrap() == data,
        "paris's copy differs"
    );
    let hash = |site: &str| {
        f.ok(&[
            "--os-scope",
            site,
            "image",
            "show",
            &name,
            "-f",
            "value",
            "-c",
            "checksum",
        ])
    };
    assert_eq!(hash("paris"), hash("berlin"));
    f.ok(&[
        "--os-scope",
        "berlin & denver & paris",
        "image",
        "delete",
        &name,
    ]);
}
