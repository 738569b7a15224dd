//! Looking inside servers on real Nova: `server event show` byte for byte
//! as python-openstackclient shows it; `server image create`, `server
//! backup create` and `server dump create` with OSC seeing their effect;
//! and the simulator's answers to the same requests compared with real
//! Nova's. The fake driver never uploads a snapshot, so its images stay
//! queued: no `--wait` here.

use super::*;
use moves::Run;

impl Nova {
    /// What `server image|backup|dump create` and `server event show` send.
    fn inside(&self, id: &str, request: &str) -> Vec<Step> {
        use reqwest::Method;
        let action = |body: Value| (Method::POST, format!("servers/{id}/action"), Some(body));
        let mut steps = Vec::new();
        for (label, (method, path, body)) in [
            (
                "event show",
                (
                    Method::GET,
                    format!("servers/{id}/os-instance-actions/{request}"),
                    None,
                ),
            ),
            (
                "diagnostics",
                (Method::GET, format!("servers/{id}/diagnostics"), None),
            ),
            (
                "a missing event (404)",
                (
                    Method::GET,
                    format!("servers/{id}/os-instance-actions/req-nope"),
                    None,
                ),
            ),
            (
                "snapshot",
                action(json!({"createImage": {"name": "snap", "metadata": {"k": "v"}}})),
            ),
            (
                "backup",
                action(
                    json!({"createBackup": {"name": "bk", "backup_type": "daily", "rotation": 1}}),
                ),
            ),
            ("crash dump", action(json!({"trigger_crash_dump": null}))),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            // A snapshot runs a task on the server: the next waits for it.
            self.settled(id);
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn looking_inside_servers_as_osc_shows_it_and_as_the_simulator_answers() {
    let f = Full::get();
    let (_, name, id) = f.booted("inside");
    let list = [
        "--os-cloud",
        "berlin",
        "server",
        "event",
        "list",
        &name,
        "-f",
        "value",
        "-c",
        "Request ID",
    ];
    let request = f.ok(&list).lines().last().unwrap().to_string();
    for format in ["table", "json", "value"] {
        let args = [
            "--os-cloud",
            "berlin",
            "server",
            "event",
            "show",
            &name,
            &request,
            "-f",
            format,
        ];
        assert_eq!(f.osc(&args), f.ok(&args), "{args:?}");
    }

    // Diagnostics (the value and shell formats print openstacksdk's
    // `location` as a Munch there: see the README).
    for format in ["table", "json", "yaml"] {
        let args = [
            "--os-cloud",
            "berlin",
            "server",
            "show",
            "--diagnostics",
            &name,
            "-f",
            format,
        ];
        assert_eq!(f.osc(&args), f.ok(&args), "{args:?}");
    }

    // A snapshot and a backup, as OSC's `image show` shows them then.
    let snap = f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "image",
        "create",
        &name,
        "--name",
        &format!("{name}-snap"),
        "--property",
        "k=v",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    // The snapshot runs a task on the server; the backup waits for it.
    let real = Nova::of(|args| f.run(args), "berlin");
    real.settled(&id);
    let backup = f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "backup",
        "create",
        &name,
        "--name",
        &format!("{name}-bk"),
        "--type",
        "daily",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    for (image, kind) in [(snap.trim(), "snapshot"), (backup.trim(), "backup")] {
        let show = ["--os-cloud", "berlin", "image", "show", image];
        let (theirs, ours) = (f.osc(&show), f.ok(&show));
        assert_eq!(theirs, ours, "{kind}");
        assert!(theirs.contains(&format!("image_type='{kind}'")), "{theirs}");
    }
    assert_eq!(
        f.ok(&["--os-cloud", "berlin", "server", "dump", "create", &name]),
        ""
    );
    let actions = f.osc(&[
        "--os-cloud",
        "berlin",
        "server",
        "event",
        "list",
        &name,
        "-f",
        "value",
        "-c",
        "Action",
    ]);
    assert_eq!(
        actions.lines().take(3).collect::<Vec<_>>(),
        ["trigger_crash_dump", "createBackup", "createImage"]
    );

    // The same requests to the simulator, compared with real Nova's.
    let sim = SimSandbox::named(&["berlin"]);
    let first_request = |run: &Run, server: &str| {
        let (code, out, err) = run(&[
            "--os-cloud",
            "berlin",
            "server",
            "event",
            "list",
            server,
            "-f",
            "value",
            "-c",
            "Request ID",
        ]);
        assert_eq!(code, 0, "{err}");
        out.lines().last().unwrap().to_string()
    };
    let (code, sim_id, err) = sim.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "show",
        "berlin-vm-000",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    assert_eq!(code, 0, "{err}");
    let sim_run = |args: &[&str]| sim.run(args);
    let real_run = |args: &[&str]| f.run(args);
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let real_steps = real.inside(&id, &first_request(&real_run, &name));
    let sim_steps = simulated.inside(sim_id.trim(), &first_request(&sim_run, "berlin-vm-000"));
    let problems = departures(&real_steps, &sim_steps);
    f.ok(&["--os-cloud", "berlin", "server", "delete", &id]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
