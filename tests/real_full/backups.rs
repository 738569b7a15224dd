//! Volume backups on real Cinder (its backup service writing to a
//! directory of the site): a life run through python-openstackclient and
//! through oscope, every output and exit status compared, and the
//! simulator's answers to the same requests compared with real Cinder's.

use super::*;

impl Full {
    /// Polls `what show name` (boundedly) until its status is `want`.
    fn status_is(&self, what: &[&str], name: &str, want: &str) {
        let show = [
            &["--os-cloud", "berlin"][..],
            what,
            &["show", name, "-f", "value", "-c", "status"],
        ]
        .concat();
        for _ in 0..240 {
            if self.run(&show).1.trim() == want {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        panic!("{what:?} {name} is not {want} after two minutes");
    }

    /// Waits until no backup of `name` is left at berlin.
    fn backup_gone(&self, name: &str) {
        let show = ["--os-cloud", "berlin", "volume", "backup", "show", name];
        for _ in 0..240 {
            if self.run(&show).0 != 0 {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        panic!("backup {name} still there two minutes after its delete");
    }

    /// What `tool` prints and exits with through a life of volume `name`'s
    /// backups: a full one with properties, an incremental one, shown and
    /// listed, refused deletes and restores, restores into a new volume
    /// and over the volume, deletes. IDs and names are masked.
    fn backup_life(&self, tool: &dyn Fn(&[&str]) -> (i32, String), name: &str) -> Vec<String> {
        let (full, inc, copy) = (
            format!("{name}-full"),
            format!("{name}-inc"),
            format!("{name}-copy"),
        );
        self.ok(&[
            "--os-cloud",
            "berlin",
            "volume",
            "create",
            name,
            "--size",
            "1",
        ]);
        self.volume_is(name, "available");
        let mut said = Vec::new();
        let mut step = |rest: &[&str]| {
            let args = [&["--os-cloud", "berlin", "volume"][..], rest].concat();
            let (code, out) = tool(&args);
            said.push(format!("{rest:?} exit {code}\n{out}"));
        };
        fn at<'a>(rest: &[&'a str]) -> Vec<&'a str> {
            [&["backup"][..], rest].concat()
        }
        step(&at(&["create", name, "--incremental"]));
        step(&at(&[
            "create",
            name,
            "--name",
            &full,
            "--description",
            "d",
            "--property",
            "a=b",
            "-f",
            "json",
        ]));
        self.status_is(&["volume", "backup"], &full, "available");
        self.volume_is(name, "available");
        step(&at(&["create", name, "--name", &inc, "--incremental"]));
        self.status_is(&["volume", "backup"], &inc, "available");
        self.volume_is(name, "available");
        let fields = [
            "-c",
            "name",
            "-c",
            "description",
            "-c",
            "is_incremental",
            "-c",
            "has_dependent_backups",
            "-c",
            "metadata",
            "-c",
            "size",
            "-c",
            "status",
            "-c",
            "availability_zone",
            "-c",
            "snapshot_id",
            "-c",
            "fail_reason",
            "-c",
            "encryption_key_id",
        ];
        for format in ["table", "json", "yaml"] {
            step(&[&at(&["show", &full, "-f", format])[..], &fields].concat());
        }
        step(&at(&[
            "show",
            &inc,
            "-c",
            "is_incremental",
            "-c",
            "object_count",
        ]));
        let columns = [
            "-c",
            "Name",
            "-c",
            "Description",
            "-c",
            "Status",
            "-c",
            "Size",
            "-c",
            "Incremental",
        ];
        for format in ["table", "json", "csv"] {
            step(&[&at(&["list", "--volume", name, "-f", format])[..], &columns].concat());
        }
        step(&at(&[
            "list",
            "--long",
            "--name",
            &full,
            "-c",
            "Name",
            "-c",
            "Volume",
            "-c",
            "Availability Zone",
        ]));
        step(&at(&["list", "--status", "error", "--volume", name]));
        step(&at(&["delete", &full]));
        step(&at(&["restore", &full, name]));
        step(&at(&["restore", &full, &copy, "-f", "json"]));
        self.volume_is(&copy, "available");
        self.status_is(&["volume", "backup"], &full, "available");
        step(&[
            "show",
            &copy,
            "-c",
            "name",
            "-c",
            "size",
            "-c",
            "description",
        ]);
        step(&at(&["restore", &inc, name, "--force"]));
        self.volume_is(name, "available");
        self.status_is(&["volume", "backup"], &inc, "available");
        step(&at(&["delete", &inc]));
        self.backup_gone(&inc);
        step(&at(&["delete", &full, "--force"]));
        self.backup_gone(&full);
        step(&at(&["delete", &full]));
        self.ok(&["--os-cloud", "berlin", "volume", "delete", name, &copy]);
        said.into_iter()
            .map(|s| {
                without_ids(&s)
                    .replace(&full, "NAME-full")
                    .replace(&inc, "NAME-inc")
                    .replace(&copy, "NAME-copy")
                    .replace(name, "NAME")
            })
            .collect()
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn volume_backups_live_as_python_openstackclient_shows_them() {
    let f = Full::get();
    let p = format!("bk{}", std::process::id());
    f.lives_alike(&p, Full::backup_life);
}

impl Nova {
    /// Cinder's backup requests and refusals on volume `volume`: made
    /// (the volume `backing-up`), shown by microversion, listed, restored
    /// into a new volume and over the volume, deleted.
    fn backups(&self, volume: &str) -> Vec<Step> {
        use reqwest::Method;
        let at = "volume 3.64";
        let mut steps = Vec::new();
        let mut step =
            |label: &str, version: &str, method: Method, path: &str, body: Option<Value>| {
                let (status, answer) = self.send_at(version, method, path, body.as_ref());
                steps.push((label.to_string(), status, shape(&answer), String::new()));
                answer
            };
        let wait = |path: &str, key: &str, want: &str| {
            let ready = (0..240).any(|_| {
                let (_, shown) = self.send_raw(Method::GET, path, None);
                shown[key]["status"] == want || {
                    std::thread::sleep(std::time::Duration::from_millis(500));
                    false
                }
            });
            assert!(ready, "{path} is not {want} after two minutes");
        };
        let (_, original) = self.send_raw(Method::GET, &format!("volumes/{volume}"), None);
        let original = original["volume"]["name"].clone();
        let create = |incremental: bool| json!({"backup": {"volume_id": volume, "name": "b", "incremental": incremental, "metadata": {"a": "b"}}});
        step(
            "incremental, none yet (400)",
            at,
            Method::POST,
            "backups",
            Some(create(true)),
        );
        let made = step("create", at, Method::POST, "backups", Some(create(false)));
        let id = made["backup"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let (_, shown) = self.send_raw(Method::GET, &format!("volumes/{volume}"), None);
        let busy = shown["volume"]["status"].clone();
        wait(&format!("backups/{id}"), "backup", "available");
        wait(&format!("volumes/{volume}"), "volume", "available");
        for (label, version) in [
            ("show", at),
            ("show at 3.0", ""),
            ("show at 3.43", "volume 3.43"),
        ] {
            step(label, version, Method::GET, &format!("backups/{id}"), None);
        }
        step("list", at, Method::GET, "backups/detail?name=b", None);
        step(
            "brief list",
            at,
            Method::GET,
            &format!("backups?volume_id={volume}"),
            None,
        );
        let missing = "00000000-0000-4000-a000-000000000000";
        step(
            "a missing one (404)",
            at,
            Method::GET,
            &format!("backups/{missing}"),
            None,
        );
        let restore = format!("backups/{id}/restore");
        step(
            "restore, a bad ID (400)",
            "",
            Method::POST,
            &restore,
            Some(json!({"restore": {"volume_id": "nope"}})),
        );
        step(
            "restore, a missing volume (404)",
            "",
            Method::POST,
            &restore,
            Some(json!({"restore": {"volume_id": missing}})),
        );
        let new = step(
            "restore, a new volume",
            "",
            Method::POST,
            &restore,
            Some(json!({"restore": {}})),
        );
        let copy = new["restore"]["volume_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        wait(&format!("volumes/{copy}"), "volume", "available");
        wait(&format!("backups/{id}"), "backup", "available");
        let (_, renamed) = self.send_raw(Method::GET, &format!("volumes/{copy}"), None);
        step(
            "restore over the volume",
            "",
            Method::POST,
            &restore,
            Some(json!({"restore": {"volume_id": volume}})),
        );
        wait(&format!("volumes/{volume}"), "volume", "available");
        wait(&format!("backups/{id}"), "backup", "available");
        step(
            "reset status",
            at,
            Method::POST,
            &format!("backups/{id}/action"),
            Some(json!({"os-reset_status": {"status": "error"}})),
        );
        step(
            "force delete",
            at,
            Method::POST,
            &format!("backups/{id}/action"),
            Some(json!({"os-force_delete": {}})),
        );
        let gone = (0..240).any(|_| {
            self.send(Method::GET, &format!("backups/{id}"), None).0 == 404 || {
                std::thread::sleep(std::time::Duration::from_millis(500));
                false
            }
        });
        assert!(gone, "backup {id} still there two minutes after its delete");
        step(
            "delete it again (404)",
            at,
            Method::DELETE,
            &format!("backups/{id}"),
            None,
        );
        self.send_raw(Method::DELETE, &format!("volumes/{copy}"), None);
        // What the steps left: the volume's status while backed up, the
        // new volume's name once restored (the backed-up volume's).
        let state = format!(
            "busy={busy} renamed={}",
            renamed["volume"]["name"] == original
        );
        steps.push(("the volumes".into(), 0, Value::Null, state));
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn backups_are_answered_on_real_cinder_as_in_the_simulator() {
    let f = Full::get();
    let name = format!("bkraw{}", std::process::id());
    let volume_name = format!("{name}-name");
    f.ok(&[
        "--os-cloud",
        "berlin",
        "volume",
        "create",
        &volume_name,
        "--size",
        "1",
    ]);
    f.volume_is(&volume_name, "available");
    let id = f.ok(&[
        "--os-cloud",
        "berlin",
        "volume",
        "show",
        &volume_name,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let real = Nova::at(|args| f.run(args), "berlin", "block-storage");
    let real_steps = real.backups(id.trim());
    f.ok(&["--os-cloud", "berlin", "volume", "delete", &volume_name]);

    let sim = SimSandbox::named(&["berlin"]);
    let run = |args: &[&str]| sim.ok("berlin", args);
    let sim_name = "v";
    run(&["volume", "create", sim_name, "--size", "1"]);
    let ready = (0..200).any(|_| {
        run(&["volume", "show", sim_name, "-f", "value", "-c", "status"]) == "available\n" || {
            std::thread::sleep(std::time::Duration::from_millis(25));
            false
        }
    });
    assert!(ready);
    let sim_id = run(&["volume", "show", sim_name, "-f", "value", "-c", "id"]);
    let simulated = Nova::at(|args| sim.run(args), "berlin", "volumev3");
    let problems = departures(&real_steps, &simulated.backups(sim_id.trim()));
    assert!(
        problems.is_empty(),
        "the simulator departs from real Cinder:\n{}",
        problems.join("\n")
    );
}
