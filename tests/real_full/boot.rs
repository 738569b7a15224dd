//! `server create`'s flags on real Nova: what oscope sends, as
//! python-openstackclient then shows the server, the fields of the
//! create's output as OSC's, and the simulator's answers to the same
//! requests compared with real Nova's.

use super::*;
use moves::Run;

impl Nova {
    /// A create with the flags' fields, its server, and Nova's refusals.
    fn creates(&self, image: &str, flavor: &str, network: &str) -> Vec<Step> {
        use reqwest::Method;
        let server = |extra: Value| {
            let mut server = json!({"name": "flags", "imageRef": image, "flavorRef": flavor,
                                     "networks": [{"uuid": network}]});
            for (key, value) in extra.as_object().unwrap() {
                server[key] = value.clone();
            }
            json!({ "server": server })
        };
        let mut steps = Vec::new();
        for (label, body) in [
            (
                "an unknown zone (400)",
                server(json!({"availability_zone": "mars"})),
            ),
            (
                "an unknown security group (400)",
                server(json!({"security_groups": [{"name": "nosuch"}]})),
            ),
            (
                "with every flag",
                server(
                    json!({"security_groups": [{"name": "default"}], "user_data": "I2Nsb3VkLWNvbmZpZwo=",
                              "config_drive": true, "tags": ["blue"], "description": "d",
                              "metadata": {"role": "web"}, "availability_zone": "nova",
                              "adminPass": "sekrit-pass", "min_count": 1, "max_count": 1}),
                ),
            ),
        ] {
            let (status, shape) = self.send(Method::POST, "servers", Some(&body));
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn server_create_flags_on_real_nova_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let image = format!("flags-{pid}");
    f.image("berlin", &image, vec![4u8; 1 << 20]);
    let user_data = f.sandbox.write("user-data", "#cloud-config\n");
    let ip = format!("192.0.2.{}", 150 + pid % 100);
    let name = format!("flags-vm-{pid}");
    let nic = format!("net-id=shared,v4-fixed-ip={ip}");
    let create = [
        "--os-cloud",
        "berlin",
        "server",
        "create",
        &name,
        "--flavor",
        "m1.tiny",
        "--image",
        &image,
        "--nic",
        &nic,
        "--security-group",
        "default",
        "--user-data",
        user_data.to_str().unwrap(),
        "--property",
        "role=web",
        "--config-drive",
        "True",
        "--tag",
        "blue",
        "--description",
        "front end",
        "--availability-zone",
        "nova",
        "--password",
        "sekrit-pass",
        "--hint",
        "foo=bar",
        "--wait",
        "-f",
        "json",
    ];
    let ours: Value = serde_json::from_str(&f.ok(&create)).unwrap();
    assert_eq!(ours["adminPass"], "sekrit-pass");
    let shown: Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "berlin",
        "server",
        "show",
        &name,
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(shown["addresses"], json!({"shared": [ip]}));
    assert_eq!(shown["security_groups"], json!([{"name": "default"}]));
    assert_eq!(shown["OS-EXT-SRV-ATTR:user_data"], "I2Nsb3VkLWNvbmZpZwo=");
    assert_eq!(shown["properties"], json!({"role": "web"}));
    assert_eq!(shown["config_drive"], "True");
    assert_eq!(shown["tags"], json!(["blue"]));
    assert_eq!(shown["description"], "front end");
    // The output's fields are OSC's (less the microversion-bound ones).
    let theirs: Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "berlin",
        "server",
        "create",
        &format!("{name}-osc"),
        "--flavor",
        "m1.tiny",
        "--image",
        &image,
        "--network",
        "shared",
        "--password",
        "sekrit-pass",
        "--wait",
        "-f",
        "json",
    ]))
    .unwrap();
    let keys = |v: &Value| {
        let newer = ["pinned_availability_zone", "scheduler_hints"];
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.retain(|k| !newer.contains(&k.as_str()));
        keys
    };
    assert_eq!(keys(&theirs), keys(&ours));
    assert_eq!(theirs["adminPass"], ours["adminPass"]);
    // Nova's refusals, through oscope.
    let (code, _, err) = f.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "create",
        "x",
        "--flavor",
        "m1.tiny",
        "--image",
        &image,
        "--network",
        "shared",
        "--security-group",
        "nosuch",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Unable to find security_group with name or id 'nosuch'"),
        "{err}"
    );

    // The same requests to the simulator, compared with real Nova's.
    let id_of = |run: &Run, what: &[&str]| {
        let mut args = vec!["--os-cloud", "berlin"];
        args.extend(what);
        args.extend(["-f", "value", "-c", "id"]);
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    let real_run = |args: &[&str]| f.run(args);
    let sim = SimSandbox::named(&["berlin"]);
    let sim_run = |args: &[&str]| sim.run(args);
    let real = Nova::of(|args| f.run(args), "berlin");
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let steps = |nova: &Nova, run: &Run, image: &str| {
        nova.creates(
            &id_of(run, &["image", "show", image]),
            &id_of(run, &["flavor", "show", "m1.tiny"]),
            &id_of(run, &["network", "show", "shared"]),
        )
    };
    let real_steps = steps(&real, &real_run, &image);
    let sim_steps = steps(&simulated, &sim_run, "cirros");
    let problems = departures(&real_steps, &sim_steps);
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "delete",
        &name,
        &format!("{name}-osc"),
        "flags",
    ]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn boots_from_volumes_on_real_nova_and_cinder() {
    // The harness's Cinder (its fake driver) makes no volume from an
    // image: --boot-from-volume is tested on the simulator only.
    let f = Full::get();
    let pid = std::process::id();
    let image = format!("bfv-{pid}");
    f.image("berlin", &image, vec![5u8; 1 << 20]);
    let create = |name: &str, extra: &[&str]| {
        let mut args = vec!["--os-cloud", "berlin", "server", "create", name];
        args.extend(["--flavor", "m1.tiny", "--network", "shared", "-f", "json"]);
        args.extend(extra);
        f.run(&args)
    };
    let sim = SimSandbox::named(&["berlin"]);
    let sim_create = |extra: &[&str]| {
        let mut args = vec![
            "--os-cloud",
            "berlin",
            "server",
            "create",
            "s",
            "--flavor",
            "m1.tiny",
        ];
        args.extend(extra);
        sim.run(&args)
    };
    // Nova's message without the IDs, to compare the simulator's with it.
    let said = |e: &str| {
        let m = e.split_once("): ").map(|(_, m)| m).unwrap_or_default();
        m.split(' ')
            .filter(|w| !w.contains('-'))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let volume = format!("bfv-vol-{pid}");
    f.ok(&[
        "--os-cloud",
        "berlin",
        "volume",
        "create",
        &volume,
        "--size",
        "1",
    ]);
    f.volume_is(&volume, "available");
    // Not bootable: refused, as the simulator refuses it.
    let fromvol = format!("fromvol-vm-{pid}");
    let (code, _, err) = create(&fromvol, &["--volume", &volume]);
    assert_eq!(code, 1);
    let (sim_code, _, sim_err) = sim_create(&["--volume", "vol-001"]);
    assert_eq!(
        (sim_code, said(&sim_err)),
        (1, said(&err)),
        "{err}\n{sim_err}"
    );
    // Made bootable (by OSC), booted from, in use by the server.
    f.osc(&[
        "--os-cloud",
        "berlin",
        "volume",
        "set",
        "--bootable",
        &volume,
    ]);
    let (code, out, err) = create(&fromvol, &["--volume", &volume, "--wait"]);
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["image"], "N/A (booted from volume)");
    f.volume_is(&volume, "in-use");
    let shown = f.osc(&[
        "--os-cloud",
        "berlin",
        "server",
        "show",
        &fromvol,
        "-f",
        "json",
    ]);
    let shown: Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(shown["image"], "N/A (booted from volume)");
    assert_eq!(shown["volumes_attached"].as_array().map(Vec::len), Some(1));
    // In use: refused, as the simulator refuses it.
    let (code, _, err) = create(&format!("{fromvol}-2"), &["--volume", &volume]);
    assert_eq!(code, 1);
    for v in sim
        .sim
        .site("berlin")
        .data
        .lock()
        .unwrap()
        .volumes
        .iter_mut()
    {
        if v["name"] == "vol-001" {
            v["bootable"] = "true".into();
        }
    }
    assert_eq!(sim_create(&["--volume", "vol-001"]).0, 0);
    let (sim_code, _, sim_err) = sim_create(&["--volume", "vol-001"]);
    assert_eq!(
        (sim_code, said(&sim_err)),
        (1, said(&err)),
        "{err}\n{sim_err}"
    );
    // An image's root disk and a blank volume beside it, deleted with it.
    let more = format!("more-vm-{pid}");
    let blank =
        "source_type=blank,destination_type=volume,volume_size=1,delete_on_termination=true";
    let (code, out, err) = create(
        &more,
        &["--image", &image, "--block-device", blank, "--wait"],
    );
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["volumes_attached"][0]["delete_on_termination"], true);
    f.ok(&["--os-cloud", "berlin", "server", "delete", &fromvol, &more]);
}
