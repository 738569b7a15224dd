//! `server add|remove volume|security group` on real Nova and Cinder: the
//! attachment as python-openstackclient shows it, the effect as OSC sees
//! it, and the simulator's answers to the same requests compared with
//! real Nova's.

use super::*;

impl Nova {
    /// What `server add|remove volume|security group` send, and what
    /// `cinder`'s attachments API says of the attachment.
    fn attachments(&self, cinder: &Nova, id: &str, volume: &str) -> Vec<Step> {
        use reqwest::Method;
        let action = |body: Value| (Method::POST, format!("servers/{id}/action"), Some(body));
        let attachments = format!("servers/{id}/os-volume_attachments");
        let attach = json!({"volumeAttachment": {"volumeId": volume}});
        let mut steps = Vec::new();
        for (label, (method, path, body)) in [
            (
                "add default again (400)",
                action(json!({"addSecurityGroup": {"name": "default"}})),
            ),
            (
                "add a missing group (404)",
                action(json!({"addSecurityGroup": {"name": "nosuch"}})),
            ),
            (
                "remove default",
                action(json!({"removeSecurityGroup": {"name": "default"}})),
            ),
            (
                "remove it again (404)",
                action(json!({"removeSecurityGroup": {"name": "default"}})),
            ),
            (
                "add default",
                action(json!({"addSecurityGroup": {"name": "default"}})),
            ),
            (
                "attach",
                (Method::POST, attachments.clone(), Some(attach.clone())),
            ),
            ("attachments", (Method::GET, attachments.clone(), None)),
            (
                "attach again (400)",
                (Method::POST, attachments.clone(), Some(attach)),
            ),
            (
                "detach",
                (Method::DELETE, format!("{attachments}/{volume}"), None),
            ),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            // Cinder attaches and detaches after Nova answers.
            std::thread::sleep(std::time::Duration::from_secs(
                if label == "attach" || label == "detach" {
                    5
                } else {
                    0
                },
            ));
            steps.push((label.to_string(), status, shape, String::new()));
            if label == "attach" {
                steps.extend(cinder.volume_attachments(volume));
            }
        }
        let (status, shape) = self.send(Method::DELETE, &format!("{attachments}/{volume}"), None);
        steps.push(("detach again (404)".into(), status, shape, String::new()));
        steps
    }

    /// Cinder's attachments of `volume` (block storage 3.27): the list,
    /// one shown, a missing one, and the API before 3.27.
    fn volume_attachments(&self, volume: &str) -> Vec<Step> {
        use reqwest::Method;
        let at = "volume 3.27";
        let list = format!("attachments?volume_id={volume}");
        let (status, listed) = self.send_at(at, Method::GET, &list, None);
        let mut steps = vec![(
            "attachment list".to_string(),
            status,
            shape(&listed),
            String::new(),
        )];
        let id = listed["attachments"][0]["id"].as_str().unwrap_or_default();
        for (label, version, path) in [
            ("attachment show", at, format!("attachments/{id}")),
            (
                "a missing attachment (404)",
                at,
                "attachments/00000000-0000-4000-a000-000000000000".to_string(),
            ),
            (
                "attachments before 3.27 (404)",
                "",
                "attachments".to_string(),
            ),
        ] {
            let (status, answer) = self.send_at(version, Method::GET, &path, None);
            steps.push((label.to_string(), status, shape(&answer), String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn attachments_on_real_nova_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let (_, name, id) = f.booted("attach");
    let volume = format!("{name}-vol");
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
    // Attached by oscope, then by OSC: the same fields, the same values.
    let add = [
        "--os-cloud",
        "berlin",
        "server",
        "add",
        "volume",
        &name,
        &volume,
        "-f",
        "json",
    ];
    let ours = f.ok(&add);
    f.volume_is(&volume, "in-use");
    let shown = f.osc(&[
        "--os-cloud",
        "berlin",
        "server",
        "show",
        &name,
        "-c",
        "volumes_attached",
        "-f",
        "json",
    ]);
    assert!(
        shown.contains("\"delete_on_termination\": false"),
        "{shown}"
    );
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "remove",
        "volume",
        &name,
        &volume,
    ]);
    f.volume_is(&volume, "available");
    let theirs = f.osc(&add);
    f.volume_is(&volume, "in-use");
    assert_eq!(theirs, ours);
    // An attached volume: "Attached to" names the server, as OSC does;
    // Cinder's attachment of it, listed and shown.
    let attachment = f.ok(&[
        "--os-cloud",
        "berlin",
        "volume",
        "attachment",
        "list",
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    let attachment = attachment.lines().next().unwrap_or_default();
    let mut differ = Vec::new();
    for args in [
        &["volume", "list"][..],
        &["volume", "list", "--long"],
        &["volume", "attachment", "list"],
        &["volume", "attachment", "show", attachment],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], args].concat(),
            LIST_FORMATS,
        ));
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    f.osc(&[
        "--os-cloud",
        "berlin",
        "server",
        "remove",
        "volume",
        &name,
        &volume,
    ]);
    f.volume_is(&volume, "available");
    // Security groups: a failure is a line of its own; OSC sees the rest.
    let (code, _, err) = f.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "add",
        "security",
        "group",
        &name,
        "nosuch",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Security group nosuch is not found for project"),
        "{err}"
    );
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "remove",
        "security",
        "group",
        &name,
        "default",
    ]);
    let groups = || {
        let shown = f.osc(&[
            "--os-cloud",
            "berlin",
            "server",
            "show",
            &name,
            "-f",
            "json",
        ]);
        serde_json::from_str::<Value>(&shown).unwrap()["security_groups"].clone()
    };
    // With none, Nova leaves the key out, and OSC the field.
    assert_eq!(groups(), Value::Null);
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "add",
        "security",
        "group",
        &name,
        "default",
    ]);
    assert_eq!(groups(), json!([{"name": "default"}]));

    let volume_id = f.ok(&[
        "--os-cloud",
        "berlin",
        "volume",
        "show",
        &volume,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let real = Nova::of(|args| f.run(args), "berlin");
    let real_cinder = Nova::at(|args| f.run(args), "berlin", "block-storage");
    let real_steps = real.attachments(&real_cinder, &id, volume_id.trim());
    let sim = SimSandbox::named(&["berlin"]);
    let sim_id = |what: &[&str]| {
        let mut args = vec!["--os-cloud", "berlin"];
        args.extend(what);
        args.extend(["-f", "value", "-c", "id"]);
        let (code, out, err) = sim.run(&args);
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let sim_cinder = Nova::at(|args| sim.run(args), "berlin", "volumev3");
    let sim_steps = simulated.attachments(
        &sim_cinder,
        &sim_id(&["server", "show", "berlin-vm-000"]),
        &sim_id(&["volume", "show", "vol-000"]),
    );
    let problems = departures(&real_steps, &sim_steps);
    f.volume_is(&volume, "available");
    f.ok(&["--os-cloud", "berlin", "server", "delete", &id]);
    f.ok(&["--os-cloud", "berlin", "volume", "delete", &volume]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
