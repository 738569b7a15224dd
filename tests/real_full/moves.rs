//! Moving and remaking servers on real Nova: resize with confirm and
//! revert, cold and live migration, evacuation refused on a live host,
//! rebuild, `server migration list` and `compute service set` as
//! python-openstackclient shows them, and the simulator's answers to the
//! same requests compared with real Nova's.

use super::*;

impl Nova {
    /// What `server resize|migrate|evacuate|rebuild` and `server migration
    /// list` send, on server `id`, in an order each is allowed in: each
    /// step's label, status, body shape, and the state it leaves.
    fn moves(&self, id: &str, image: &str, small: &str, medium: &str) -> Vec<Step> {
        use reqwest::Method;
        let action = |body: Value| (Method::POST, format!("servers/{id}/action"), Some(body));
        let get = |path: String| (Method::GET, path, None);
        let mut steps = Vec::new();
        // Confirm and revert answer at once and finish after, without a
        // task state: wait for the status they lead to.
        let after = |label: &str| match label {
            "confirm" | "revert" | "cold migrate, no other host" => Some("ACTIVE"),
            "resize" | "resize again" => Some("VERIFY_RESIZE"),
            "evacuate from a forced-down host" => Some("ERROR"),
            _ => None,
        };
        let (_, services) = self.send_raw(Method::GET, "os-services?binary=nova-compute", None);
        let service = services["services"][0]["id"].as_str().unwrap_or_default();
        let forced = |down: bool| {
            (
                Method::PUT,
                format!("os-services/{service}"),
                Some(json!({"forced_down": down})),
            )
        };
        for (label, (method, path, body)) in [
            ("resize", action(json!({"resize": {"flavorRef": small}}))),
            (
                "migrations of the server",
                get(format!("os-migrations?instance_uuid={id}")),
            ),
            ("confirm", action(json!({"confirmResize": null}))),
            (
                "confirm again (409)",
                action(json!({"confirmResize": null})),
            ),
            (
                "resize to its flavor (400)",
                action(json!({"resize": {"flavorRef": small}})),
            ),
            (
                "resize again",
                action(json!({"resize": {"flavorRef": medium}})),
            ),
            ("revert", action(json!({"revertResize": null}))),
            (
                "cold migrate, no other host",
                action(json!({"migrate": null})),
            ),
            (
                "evacuate from a live host (400)",
                action(json!({"evacuate": {}})),
            ),
            (
                "rebuild",
                action(json!({"rebuild": {"imageRef": image, "name": "rebuilt"}})),
            ),
            (
                "migrations by type",
                get(format!(
                    "os-migrations?migration_type=resize&instance_uuid={id}"
                )),
            ),
            (
                "migrations by a host",
                get("os-migrations?host=nowhere".to_string()),
            ),
            // Behind a forced-down compute service the evacuation is
            // taken, and finds no other host: the server goes to ERROR.
            ("force the compute service down", forced(true)),
            (
                "evacuate from a forced-down host",
                action(json!({"evacuate": {}})),
            ),
            ("the compute service up again", forced(false)),
            (
                "evacuations of the server",
                get(format!(
                    "os-migrations?migration_type=evacuation&instance_uuid={id}"
                )),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            let mut server = self.settled(id);
            for _ in 0..120 {
                if after(label).is_none_or(|want| server["status"] == want) {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(500));
                server = self.settled(id);
            }
            let state = format!(
                "{} {} {}",
                server["status"], server["OS-EXT-STS:vm_state"], server["flavor"]["vcpus"]
            );
            steps.push((label.to_string(), status, shape, state));
        }
        steps
    }
}

/// How oscope is run: against the real sites or the simulator.
pub(crate) type Run<'a> = dyn Fn(&[&str]) -> (i32, String, String) + 'a;

pub(crate) fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Re-enables berlin's compute service (enabled and up) when the test
/// ends, passed or not: the tests after it boot there.
struct Enabled<'a>(&'a Full);

impl Drop for Enabled<'_> {
    fn drop(&mut self) {
        let enable = [
            "--os-cloud",
            "berlin",
            "compute",
            "service",
            "set",
            "--enable",
            "--up",
        ];
        let mut args = enable.to_vec();
        args.extend(["berlin-compute1", "nova-compute"]);
        self.0.run(&args);
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn moves_on_real_nova_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let (image, name, id) = f.booted("move");
    let real = Nova::of(|args| f.run(args), "berlin");
    let at = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    let osc_status = || {
        let args = at(&["server", "show", &name, "-f", "value", "-c", "status"]);
        f.osc(&strs(&args)).trim().to_string()
    };

    // oscope's moves, and OSC seeing their effect.
    let resize = at(&["server", "resize", "--flavor", "m1.small", "--wait", &name]);
    assert_eq!(f.ok(&strs(&resize)), "Complete\n");
    assert_eq!(osc_status(), "VERIFY_RESIZE");
    f.ok(&strs(&at(&["server", "resize", "revert", &name])));
    real.settled(&id);
    assert_eq!(osc_status(), "ACTIVE");
    f.ok(&strs(&at(&[
        "server", "resize", "--flavor", "m1.small", "--wait", &name,
    ])));
    f.ok(&strs(&at(&["server", "migration", "confirm", &name])));
    real.settled(&id);
    assert_eq!(osc_status(), "ACTIVE");
    let migrate = at(&["server", "migrate", "--wait", &name]);
    assert!(
        f.ok(&strs(&migrate))
            .starts_with("Complete, check success/failure")
    );
    // Live migration, sent as openstacksdk sends it: refused at once.
    let live = at(&["server", "migrate", "--live-migration", &name]);
    let (code, _, err) = f.run(&strs(&live));
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400") && err.contains("No valid host was found"),
        "{err}"
    );
    let evacuate = at(&["server", "evacuate", &name]);
    let (code, _, err) = f.run(&strs(&evacuate));
    assert_eq!(code, 1);
    assert!(
        err.contains("Compute service of berlin-compute1 is still in use."),
        "{err}"
    );

    // The migrations they left, as OSC lists them, byte for byte.
    let mut differ = Vec::new();
    for filter in [
        vec![],
        vec!["--server", name.as_str()],
        vec!["--type", "resize", "--status", "confirmed"],
        vec!["--type", "cold-migration", "--host", "berlin-compute1"],
        vec!["--project", "admin", "--user", "admin"],
    ] {
        let args = [
            &["--os-cloud", "berlin", "server", "migration", "list"][..],
            &filter,
        ]
        .concat();
        differ.extend(f.unlike_osc(&args, LIST_FORMATS));
    }

    // Rebuild: the fields of Nova's answer as OSC shows them (less the
    // microversion-bound ones, see the README), and the new name.
    let fields = |out: &str| -> Vec<String> {
        let record: Value = serde_json::from_str(out).unwrap();
        let newer = ["pinned_availability_zone", "scheduler_hints"];
        let mut keys: Vec<String> = record.as_object().unwrap().keys().cloned().collect();
        keys.retain(|k| !newer.contains(&k.as_str()));
        keys
    };
    let rebuild = at(&["server", "rebuild", &name, "--wait", "-f", "json"]);
    let want = f.osc(&strs(&rebuild));
    let got = f.ok(&strs(&rebuild));
    let (want, got) = (
        want.trim_start_matches("Complete\n"),
        got.trim_start_matches("Complete\n"),
    );
    assert_eq!(fields(want), fields(got));
    let renamed = at(&[
        "server",
        "rebuild",
        &name,
        "--name",
        &format!("{name}-b"),
        "-f",
        "json",
    ]);
    let answer: Value = serde_json::from_str(&f.ok(&strs(&renamed))).unwrap();
    assert_eq!(answer["name"], format!("{name}-b"));
    assert!(
        answer["image"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{image} ("))
    );
    real.settled(&id);

    // compute service set, and OSC seeing it.
    let _enabled = Enabled(&f);
    let disable = at(&[
        "compute",
        "service",
        "set",
        "--disable",
        "--disable-reason",
        "oscope test",
        "berlin-compute1",
        "nova-compute",
    ]);
    assert_eq!(f.ok(&strs(&disable)), "");
    let list = at(&[
        "compute",
        "service",
        "list",
        "--long",
        "-c",
        "Binary",
        "-c",
        "Status",
        "-c",
        "Disabled Reason",
        "-c",
        "State",
        "-c",
        "Forced Down",
        "-f",
        "json",
    ]);
    let (want, got) = (f.osc(&strs(&list)), f.ok(&strs(&list)));
    assert!(
        want.contains("\"Disabled Reason\": \"oscope test\""),
        "{want}"
    );
    if want != got {
        differ.push(format!(
            "compute service list\n--- openstack\n{want}+++ oscope\n{got}"
        ));
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    drop(_enabled);
    let (want, got) = (f.osc(&strs(&list)), f.ok(&strs(&list)));
    assert!(!want.contains("oscope test"), "{want}");
    assert_eq!(want, got);

    // The same requests to the simulator, compared with real Nova's.
    let sim = SimSandbox::named(&["berlin"]);
    let id_of = |run: &Run, what: &[&str]| {
        let mut args = vec!["--os-cloud", "berlin"];
        args.extend(what);
        args.extend(["-f", "value", "-c", "id"]);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    let (_, real_id) = f.boot_one(&format!("{name}-2"), &image);
    let _up = Enabled(&f);
    let real_run = |args: &[&str]| f.run(args);
    let sim_run = |args: &[&str]| sim.run(args);
    let real_steps = real.moves(
        &real_id,
        &id_of(&real_run, &["image", "show", &image]),
        &id_of(&real_run, &["flavor", "show", "m1.small"]),
        &id_of(&real_run, &["flavor", "show", "m1.medium"]),
    );
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let sim_steps = simulated.moves(
        &id_of(&sim_run, &["server", "show", "berlin-vm-000"]),
        &id_of(&sim_run, &["image", "show", "cirros"]),
        &id_of(&sim_run, &["flavor", "show", "m1.small"]),
        &id_of(&sim_run, &["flavor", "show", "m1.medium"]),
    );
    let problems = departures(&real_steps, &sim_steps);
    f.ok(&["--os-cloud", "berlin", "server", "delete", &id, &real_id]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
