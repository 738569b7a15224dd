//! Volume snapshots on real Cinder: made by oscope, listed and shown byte
//! for byte as python-openstackclient shows them, a volume and a server
//! made from one, and the simulator's answers to the same requests
//! compared with real Cinder's.

use super::*;

impl Nova {
    /// What `volume snapshot create|delete` and `volume create
    /// --snapshot` send, and Cinder's refusals, on volume `volume`.
    fn snapshots(&self, volume: &str, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let (status, made) = self.send_raw(
            Method::POST,
            "snapshots",
            Some(&json!({"snapshot": {"volume_id": volume, "name": name, "metadata": {"a": "b"}}})),
        );
        steps.push(("create".into(), status, shape(&made), String::new()));
        let id = made["snapshot"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let ready = (0..120).any(|_| {
            let (_, shown) = self.send_raw(Method::GET, &format!("snapshots/{id}"), None);
            shown["snapshot"]["status"] == "available" || {
                std::thread::sleep(std::time::Duration::from_millis(500));
                false
            }
        });
        assert!(ready, "snapshot {id} not available after a minute");
        for (label, method, path, body) in [
            ("show", Method::GET, format!("snapshots/{id}"), None),
            (
                "list",
                Method::GET,
                format!("snapshots/detail?name={name}"),
                None,
            ),
            (
                "brief list",
                Method::GET,
                format!("snapshots?volume_id={volume}"),
                None,
            ),
            (
                "a missing one (404)",
                Method::GET,
                "snapshots/00000000-0000-4000-a000-000000000000".to_string(),
                None,
            ),
            (
                "a volume of a missing one (404)",
                Method::POST,
                "volumes".to_string(),
                Some(json!({"volume": {"snapshot_id": "00000000-0000-4000-a000-000000000000"}})),
            ),
            (
                "the volume, which has snapshots (400)",
                Method::DELETE,
                format!("volumes/{volume}"),
                None,
            ),
            (
                "rename",
                Method::PUT,
                format!("snapshots/{id}"),
                Some(json!({"snapshot": {"name": format!("{name}-2")}})),
            ),
            (
                "force delete",
                Method::POST,
                format!("snapshots/{id}/action"),
                Some(json!({"os-force_delete": {}})),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        let gone = (0..120).any(|_| {
            self.send(Method::GET, &format!("snapshots/{id}"), None).0 == 404 || {
                std::thread::sleep(std::time::Duration::from_millis(500));
                false
            }
        });
        assert!(gone, "snapshot {id} still there a minute after its delete");
        let (status, shape) = self.send(Method::DELETE, &format!("snapshots/{id}"), None);
        steps.push(("delete it again (404)".into(), status, shape, String::new()));
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn volume_snapshots_as_osc_shows_them_and_a_server_booted_from_one() {
    let f = Full::get();
    let pid = std::process::id();
    fn at<'a>(args: &[&'a str]) -> Vec<&'a str> {
        [&["--os-cloud", "berlin"][..], args].concat()
    }
    let ok = |args: &[&str]| f.ok(&at(args));
    let volume = format!("snapvol-{pid}");
    ok(&["volume", "create", &volume, "--size", "1"]);
    f.volume_is(&volume, "available");
    // Made bootable by OSC (oscope has no `volume set --bootable` yet).
    f.osc(&at(&["volume", "set", "--bootable", &volume]));
    let snapshot = format!("snap-{pid}");
    let snapshot_is = |name: &str, want: &str| {
        let show = at(&[
            "volume", "snapshot", "show", name, "-f", "value", "-c", "status",
        ]);
        let ready = (0..240).any(|_| {
            f.ok(&show).trim() == want || {
                std::thread::sleep(std::time::Duration::from_millis(500));
                false
            }
        });
        assert!(ready, "snapshot {name} is not {want} after two minutes");
    };
    ok(&[
        "volume",
        "snapshot",
        "create",
        &snapshot,
        "--volume",
        &volume,
        "--description",
        "d",
        "--property",
        "a=b",
    ]);
    snapshot_is(&snapshot, "available");
    let mut differ = Vec::new();
    for args in [
        vec!["volume", "snapshot", "list"],
        vec!["volume", "snapshot", "list", "--long"],
        vec![
            "volume",
            "snapshot",
            "list",
            "--volume",
            volume.as_str(),
            "--long",
        ],
        vec![
            "volume",
            "snapshot",
            "list",
            "--name",
            snapshot.as_str(),
            "--status",
            "available",
        ],
        vec!["volume", "snapshot", "show", snapshot.as_str()],
    ] {
        differ.extend(f.unlike_osc(&at(&args), LIST_FORMATS));
    }
    // What a create prints, but for what differs between two creates.
    let masked = |text: String| {
        text.lines()
            .filter(|l| {
                !["id", "created_at", "name"].iter().any(|k| {
                    l.starts_with(&format!("| {k} "))
                        || l.trim_start().starts_with(&format!("\"{k}\""))
                })
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    for format in ["table", "json"] {
        let (osc, mine) = (format!("{snapshot}-osc"), format!("{snapshot}-oscope"));
        let create = |name: &'static str| {
            let name = if name == "osc" { &osc } else { &mine };
            let args = [
                "volume", "snapshot", "create", name, "--volume", &volume, "-f", format,
            ];
            at(&args)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let (theirs, ours) = (create("osc"), create("oscope"));
        let (want, got) = (f.osc(&moves::strs(&theirs)), f.ok(&moves::strs(&ours)));
        if masked(want.clone()) != masked(got.clone()) {
            differ.push(format!(
                "snapshot create -f {format}\n--- openstack\n{want}+++ oscope\n{got}"
            ));
        }
        for who in ["osc", "oscope"] {
            snapshot_is(&format!("{snapshot}-{who}"), "available");
            ok(&["volume", "snapshot", "delete", &format!("{snapshot}-{who}")]);
        }
    }
    // A volume made from the snapshot, and a server booted from it.
    let copy = format!("{volume}-copy");
    let made: Value = serde_json::from_str(&ok(&[
        "volume",
        "create",
        &copy,
        "--snapshot",
        &snapshot,
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(made["size"], 1);
    f.volume_is(&copy, "available");
    let server = format!("fromsnap-vm-{pid}");
    let booted: Value = serde_json::from_str(&ok(&[
        "server",
        "create",
        &server,
        "--snapshot",
        &snapshot,
        "--flavor",
        "m1.tiny",
        "--network",
        "shared",
        "--wait",
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(booted["status"], "ACTIVE", "{booted}");
    assert_eq!(booted["image"], "N/A (booted from volume)");
    let shown: Value =
        serde_json::from_str(&f.osc(&at(&["server", "show", &server, "-f", "json"]))).unwrap();
    assert_eq!(
        shown["volumes_attached"].as_array().map(Vec::len),
        Some(1),
        "{shown}"
    );
    f.ok(&at(&["server", "delete", "--wait", &server]));
    ok(&["volume", "delete", &copy]);

    // The simulator answers the same requests as real Cinder does.
    let real = Nova::at(|args| f.run(args), "berlin", "block-storage");
    let volume_id = ok(&["volume", "show", &volume, "-f", "value", "-c", "id"]);
    let real_steps = real.snapshots(volume_id.trim(), &format!("{snapshot}-api"));
    ok(&["volume", "snapshot", "delete", &snapshot]);
    snapshot_gone(&f, &snapshot);
    ok(&["volume", "delete", &volume]);
    let sim = SimSandbox::named(&["berlin"]);
    let simulated = Nova::at(|args| sim.run(args), "berlin", "volumev3");
    let (code, out, err) = sim.run(&[
        "--os-cloud",
        "berlin",
        "volume",
        "show",
        "vol-001",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    assert_eq!(code, 0, "{err}");
    let sim_steps = simulated.snapshots(out.trim(), &format!("{snapshot}-api"));
    let problems = departures(&real_steps, &sim_steps);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    assert!(
        problems.is_empty(),
        "the simulator departs from real Cinder:\n{}",
        problems.join("\n")
    );
}

/// Waits until a snapshot is available.
fn snapshot_available(f: &Full, name: &str) {
    let show = [
        "--os-cloud",
        "berlin",
        "volume",
        "snapshot",
        "show",
        name,
        "-f",
        "value",
        "-c",
        "status",
    ];
    let ready = (0..240).any(|_| {
        f.ok(&show) == "available\n" || {
            std::thread::sleep(std::time::Duration::from_millis(250));
            false
        }
    });
    assert!(ready, "snapshot {name} never became available");
}

/// Waits until a deleted snapshot is gone, so that its volume can go.
fn snapshot_gone(f: &Full, name: &str) {
    let show = ["--os-cloud", "berlin", "volume", "snapshot", "show", name];
    let gone = (0..120).any(|_| {
        f.run(&show).0 != 0 || {
            std::thread::sleep(std::time::Duration::from_millis(500));
            false
        }
    });
    assert!(
        gone,
        "snapshot {name} still there a minute after its delete"
    );
}

/// `volume list` with OSC's filters on real Cinder, byte for byte.
#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn volume_lists_with_filters_as_osc_shows_them() {
    let f = Full::get();
    let name = format!("listed-{}", std::process::id());
    for cloud in ["berlin", "berlin-demo"] {
        f.ok(&[
            "--os-cloud",
            cloud,
            "volume",
            "create",
            &name,
            "--size",
            "1",
        ]);
    }
    f.volume_is(&name, "available");
    let demo_ready = (0..240).any(|_| {
        let status = f.ok(&[
            "--os-cloud",
            "berlin-demo",
            "volume",
            "show",
            &name,
            "-f",
            "value",
            "-c",
            "status",
        ]);
        status == "available\n" || {
            std::thread::sleep(std::time::Duration::from_millis(250));
            false
        }
    });
    assert!(demo_ready, "demo's volume never became available");
    let mut differ = Vec::new();
    for args in [
        vec!["volume", "list", "--name", &name],
        vec!["volume", "list", "--all-projects", "--name", &name],
        vec!["volume", "list", "--project", "demo", "--long"],
        vec!["volume", "list", "--user", "admin", "--status", "available"],
        vec!["volume", "list", "--limit", "1"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    for cloud in ["berlin", "berlin-demo"] {
        f.ok(&["--os-cloud", cloud, "volume", "delete", &name]);
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

impl Nova {
    /// What `volume snapshot set|unset` send to Cinder, and its refusals.
    fn snapshot_changes(&self, snapshot: &str) -> Vec<Step> {
        use reqwest::Method;
        let base = format!("snapshots/{snapshot}");
        let mut steps = Vec::new();
        for (label, method, path, body) in [
            (
                "add properties",
                Method::POST,
                format!("{base}/metadata"),
                Some(json!({"metadata": {"a": "b", "c": "d"}})),
            ),
            (
                "take one off",
                Method::DELETE,
                format!("{base}/metadata/a"),
                None,
            ),
            (
                "a missing one (404)",
                Method::DELETE,
                format!("{base}/metadata/a"),
                None,
            ),
            (
                "reset the state",
                Method::POST,
                format!("{base}/action"),
                Some(json!({"os-reset_status": {"status": "error"}})),
            ),
            (
                "an unknown state (400)",
                Method::POST,
                format!("{base}/action"),
                Some(json!({"os-reset_status": {"status": "lost"}})),
            ),
            (
                "rename",
                Method::PUT,
                base.clone(),
                Some(json!({"snapshot": {"name": "renamed", "description": "d"}})),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

/// `volume snapshot set|unset` on real Cinder: what OSC then shows, and
/// the simulator's answers to the same requests.
#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn snapshots_are_changed_on_real_cinder_as_in_the_simulator() {
    let f = Full::get();
    let name = format!("snapset-{}", std::process::id());
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["volume", "create", &name, "--size", "1"]);
    f.volume_is(&name, "available");
    at(&[
        "volume",
        "snapshot",
        "create",
        &name,
        "--volume",
        &name,
        "--property",
        "a=b",
    ]);
    snapshot_available(&f, &name);
    at(&[
        "volume",
        "snapshot",
        "set",
        &name,
        "--description",
        "kept",
        "--property",
        "c=d",
        "--state",
        "error",
    ]);
    at(&["volume", "snapshot", "unset", &name, "--property", "a"]);
    let shown: Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "berlin",
        "volume",
        "snapshot",
        "show",
        &name,
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(shown["description"], "kept");
    assert_eq!(shown["status"], "error");
    assert_eq!(shown["properties"], json!({"c": "d"}));
    at(&["volume", "snapshot", "set", &name, "--state", "available"]);
    let id = at(&[
        "volume", "snapshot", "show", &name, "-f", "value", "-c", "id",
    ]);
    let real = Nova::at(|args| f.run(args), "berlin", "block-storage");
    let real_steps = real.snapshot_changes(id.trim());
    at(&[
        "volume",
        "snapshot",
        "set",
        "renamed",
        "--state",
        "available",
    ]);
    at(&["volume", "snapshot", "delete", "renamed"]);
    snapshot_gone(&f, "renamed");
    at(&["volume", "delete", &name]);

    let sim = SimSandbox::named(&["berlin"]);
    let run = |args: &[&str]| sim.ok("berlin", args);
    run(&["volume", "create", "v", "--size", "1"]);
    let ready = |what: &[&str]| {
        (0..200).any(|_| {
            let status = run(&[what, &["-f", "value", "-c", "status"]].concat());
            status == "available\n" || {
                std::thread::sleep(std::time::Duration::from_millis(25));
                false
            }
        })
    };
    assert!(ready(&["volume", "show", "v"]));
    run(&["volume", "snapshot", "create", "s", "--volume", "v"]);
    assert!(ready(&["volume", "snapshot", "show", "s"]));
    let sim_id = run(&["volume", "snapshot", "show", "s", "-f", "value", "-c", "id"]);
    let simulated = Nova::at(|args| sim.run(args), "berlin", "volumev3");
    let problems = departures(&real_steps, &simulated.snapshot_changes(sim_id.trim()));
    assert!(
        problems.is_empty(),
        "the simulator departs from real Cinder:\n{}",
        problems.join("\n")
    );
}

impl Nova {
    /// `image create --volume`'s request: Cinder's answer, and its refusal
    /// while the volume uploads. The new image's ID, to delete.
    fn volume_upload(&self, volume: &str) -> (Vec<Step>, String) {
        use reqwest::Method;
        let path = format!("volumes/{volume}/action");
        let body = json!({"os-volume_upload_image": {"image_name": "up", "force": false,
            "disk_format": "raw", "container_format": "bare", "visibility": "private",
            "protected": false}});
        // Visibility and protection came with 3.1.
        let at = "volume 3.71";
        let (status, made) = self.send_at(at, Method::POST, &path, Some(&body));
        let mut steps = vec![("upload".to_string(), status, shape(&made), String::new())];
        let (status, again) = self.send_at(at, Method::POST, &path, Some(&body));
        let again = shape(&again);
        steps.push((
            "again while uploading (400)".into(),
            status,
            again,
            String::new(),
        ));
        let ready = (0..240).any(|_| {
            let (_, shown) = self.send_raw(Method::GET, &format!("volumes/{volume}"), None);
            shown["volume"]["status"] == "available" || {
                std::thread::sleep(std::time::Duration::from_millis(500));
                false
            }
        });
        assert!(ready, "volume {volume} still uploading after two minutes");
        let image = made["os-volume_upload_image"]["image_id"]
            .as_str()
            .unwrap_or_default();
        (steps, image.to_string())
    }

    /// The name of volume `id`.
    fn name_of(&self, id: &str) -> String {
        let (_, shown) = self.send_raw(reqwest::Method::GET, &format!("volumes/{id}"), None);
        shown["volume"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// What `volume set|unset|delete` send to Cinder, and its refusals.
    fn volume_changes(&self, volume: &str) -> Vec<Step> {
        use reqwest::Method;
        let base = format!("volumes/{volume}");
        let mut steps = Vec::new();
        // The site's one volume backend and its pool (named after it):
        // where the volume is already. (Without the pool Cinder takes the
        // host for another and starts a migration.)
        let (_, services) = self.send_raw(Method::GET, "os-services?binary=cinder-volume", None);
        let backend = services["services"][0]["host"].as_str().unwrap_or_default();
        let pool = backend.rsplit('@').next().unwrap_or_default();
        let host = format!("{backend}#{pool}");
        let migrate = |to: Value| json!({"os-migrate_volume": to});
        // The volume by microversion: its fields at 3.0 and at oscope's,
        // and Cinder's refusal of one above its own.
        for (label, version) in [
            ("show at 3.0", ""),
            ("show at 3.71", "volume 3.71"),
            ("list at 3.71", "volume 3.71"),
            ("above the site's (406)", "volume 3.99"),
        ] {
            let path = match label.starts_with("list") {
                true => format!("volumes/detail?name={}", self.name_of(volume)),
                false => base.clone(),
            };
            let (status, answer) = self.send_at(version, Method::GET, &path, None);
            steps.push((label.to_string(), status, shape(&answer), String::new()));
        }
        for (label, method, path, body) in [
            (
                "migrate where it is (400)",
                Method::POST,
                format!("{base}/action"),
                Some(migrate(json!({"host": host}))),
            ),
            (
                "migrate to a missing host (400)",
                Method::POST,
                format!("{base}/action"),
                Some(migrate(
                    json!({"host": "nowhere@x#y", "force_host_copy": true}),
                )),
            ),
            (
                "add properties",
                Method::POST,
                format!("{base}/metadata"),
                Some(json!({"metadata": {"a": "b"}})),
            ),
            (
                "take one off",
                Method::DELETE,
                format!("{base}/metadata/a"),
                None,
            ),
            (
                "a missing one (404)",
                Method::DELETE,
                format!("{base}/metadata/a"),
                None,
            ),
            (
                "not larger (400)",
                Method::POST,
                format!("{base}/action"),
                Some(json!({"os-extend": {"new_size": 1}})),
            ),
            (
                "bootable",
                Method::POST,
                format!("{base}/action"),
                Some(json!({"os-set_bootable": {"bootable": true}})),
            ),
            (
                "reset the state",
                Method::POST,
                format!("{base}/action"),
                Some(json!({"os-reset_status": {"status": "available"}})),
            ),
            (
                "an unknown action (400)",
                Method::POST,
                format!("{base}/action"),
                Some(json!({"os-nonsense": {}})),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

/// `volume set|unset|delete --purge` on real Cinder: what OSC then shows,
/// and the simulator's answers to the same requests.
#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn volumes_are_changed_on_real_cinder_as_in_the_simulator() {
    let f = Full::get();
    let name = format!("volset-{}", std::process::id());
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["volume", "create", &name, "--size", "1"]);
    f.volume_is(&name, "available");
    at(&[
        "volume",
        "set",
        &name,
        "--size",
        "2",
        "--property",
        "a=b",
        "--property",
        "c=d",
        "--bootable",
        "--description",
        "grown",
    ]);
    f.volume_is(&name, "available");
    at(&["volume", "unset", &name, "--property", "a"]);
    let shown: Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "berlin",
        "volume",
        "show",
        &name,
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(shown["size"], 2);
    assert_eq!(shown["bootable"], true);
    assert_eq!(shown["description"], "grown");
    assert_eq!(shown["properties"], json!({"c": "d"}));
    let id = at(&["volume", "show", &name, "-f", "value", "-c", "id"]);
    let real = Nova::at(|args| f.run(args), "berlin", "block-storage");
    let mut real_steps = real.volume_changes(id.trim());
    f.volume_is(&name, "available");
    let (uploaded, image) = real.volume_upload(id.trim());
    real_steps.extend(uploaded);
    let (code, _, err) = f.run(&["--os-cloud", "berlin", "image", "delete", &image]);
    assert_eq!(code, 0, "{err}");
    at(&["volume", "snapshot", "create", &name, "--volume", &name]);
    snapshot_available(&f, &name);
    at(&["volume", "delete", &name, "--purge"]);
    snapshot_gone(&f, &name);

    let sim = SimSandbox::named(&["berlin"]);
    let run = |args: &[&str]| sim.ok("berlin", args);
    run(&["volume", "create", "v", "--size", "1"]);
    let ready = (0..200).any(|_| {
        run(&["volume", "show", "v", "-f", "value", "-c", "status"]) == "available\n" || {
            std::thread::sleep(std::time::Duration::from_millis(25));
            false
        }
    });
    assert!(ready);
    // The same properties as the real one before the steps.
    run(&["volume", "set", "v", "--property", "c=d"]);
    let sim_id = run(&["volume", "show", "v", "-f", "value", "-c", "id"]);
    let simulated = Nova::at(|args| sim.run(args), "berlin", "volumev3");
    let mut sim_steps = simulated.volume_changes(sim_id.trim());
    sim_steps.extend(simulated.volume_upload(sim_id.trim()).0);
    let problems = departures(&real_steps, &sim_steps);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Cinder:\n{}",
        problems.join("\n")
    );
}
