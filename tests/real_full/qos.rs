//! Cinder's QoS specifications on real Cinder: a life run through
//! python-openstackclient and through oscope, every output and exit
//! status compared, and the simulator's answers to the same requests
//! compared with real Cinder's.

use super::*;

impl Full {
    /// What `tool` prints and exits with through a life of QoS
    /// specification `name` and a volume type of its own: made,
    /// associated, listed and shown, changed, refused, disassociated,
    /// deleted. IDs and names are masked.
    fn qos_life(&self, tool: &dyn Fn(&[&str]) -> (i32, String), name: &str) -> Vec<String> {
        let kind = format!("{name}-t");
        self.ok(&["--os-cloud", "berlin", "volume", "type", "create", &kind]);
        let mut said = Vec::new();
        let mut step = |rest: &[&str]| {
            let args = [&["--os-cloud", "berlin", "volume", "qos"][..], rest].concat();
            let (code, out) = tool(&args);
            said.push(format!("{rest:?} exit {code}\n{out}"));
        };
        step(&[
            "create",
            name,
            "--consumer",
            "front-end",
            // One property: Cinder's order of several varies between
            // its processes (both tools print it as answered).
            "--property",
            "read_iops_sec=100",
            "-f",
            "json",
        ]);
        step(&["create", name]);
        step(&["show", name]);
        step(&["associate", name, &kind]);
        step(&["associate", name, "nosuch"]);
        for format in ["table", "json", "value", "csv"] {
            step(&["show", name, "-f", format]);
            let columns = [
                "-c",
                "Name",
                "-c",
                "Consumer",
                "-c",
                "Associations",
                "-c",
                "Properties",
            ];
            step(&[&["list", "-f", format][..], &columns].concat());
        }
        step(&["set", name, "--no-property", "--property", "a=1"]);
        step(&["show", name, "-c", "properties"]);
        step(&["unset", name, "--property", "a", "--property", "zz"]);
        step(&["show", name, "-c", "properties"]);
        step(&["delete", name]);
        step(&["disassociate", name, "--volume-type", &kind]);
        step(&["show", name, "-f", "json"]);
        step(&["associate", name, &kind]);
        step(&["disassociate", name, "--all"]);
        step(&["associate", name, &kind]);
        step(&["delete", name, "--force"]);
        step(&["delete", name]);
        self.ok(&["--os-cloud", "berlin", "volume", "type", "delete", &kind]);
        said.into_iter()
            .map(|s| {
                without_ids(&s)
                    .replace(&kind, "NAME-t")
                    .replace(name, "NAME")
            })
            .collect()
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn qos_specifications_live_as_python_openstackclient_shows_them() {
    let f = Full::get();
    let p = format!("qos{}", std::process::id());
    f.lives_alike(&p, Full::qos_life);
}

impl Nova {
    /// Cinder's QoS requests and refusals, on a new specification `name`
    /// and the volume type `kind` (an ID).
    fn qos(&self, name: &str, kind: &str) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let body = json!({"qos_specs": {"name": name, "consumer": "both", "a": "1"}});
        let (status, made) = self.send_raw(Method::POST, "qos-specs", Some(&body));
        steps.push(("create".into(), status, shape(&made), String::new()));
        let id = made["qos_specs"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let at = format!("qos-specs/{id}");
        let missing = "00000000-0000-4000-a000-000000000000";
        for (label, method, path, body) in [
            (
                "create it again (409)",
                Method::POST,
                "qos-specs".to_string(),
                Some(body.clone()),
            ),
            (
                "a bad consumer (400)",
                Method::POST,
                "qos-specs".to_string(),
                Some(json!({"qos_specs": {"name": format!("{name}-b"), "consumer": "nobody"}})),
            ),
            ("show", Method::GET, at.clone(), None),
            ("list", Method::GET, "qos-specs".to_string(), None),
            (
                "a missing one (404)",
                Method::GET,
                format!("qos-specs/{missing}"),
                None,
            ),
            (
                "change",
                Method::PUT,
                at.clone(),
                Some(json!({"qos_specs": {"b": "2"}})),
            ),
            (
                "take a key off",
                Method::PUT,
                format!("{at}/delete_keys"),
                Some(json!({"keys": ["b"]})),
            ),
            (
                "a missing key (404)",
                Method::PUT,
                format!("{at}/delete_keys"),
                Some(json!({"keys": ["b"]})),
            ),
            (
                "associate, no type (400)",
                Method::GET,
                format!("{at}/associate"),
                None,
            ),
            (
                "associate a missing type (404)",
                Method::GET,
                format!("{at}/associate?vol_type_id={missing}"),
                None,
            ),
            (
                "associate",
                Method::GET,
                format!("{at}/associate?vol_type_id={kind}"),
                None,
            ),
            (
                "associations",
                Method::GET,
                format!("{at}/associations"),
                None,
            ),
            ("delete in use (400)", Method::DELETE, at.clone(), None),
            (
                "disassociate",
                Method::GET,
                format!("{at}/disassociate?vol_type_id={kind}"),
                None,
            ),
            (
                "associate again",
                Method::GET,
                format!("{at}/associate?vol_type_id={kind}"),
                None,
            ),
            (
                "disassociate all",
                Method::GET,
                format!("{at}/disassociate_all"),
                None,
            ),
            (
                "no associations",
                Method::GET,
                format!("{at}/associations"),
                None,
            ),
            (
                "associate once more",
                Method::GET,
                format!("{at}/associate?vol_type_id={kind}"),
                None,
            ),
            (
                "delete in use, forced",
                Method::DELETE,
                format!("{at}?force=True"),
                None,
            ),
            ("delete it again (404)", Method::DELETE, at.clone(), None),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        let (_, kind) = self.send_raw(Method::GET, &format!("types/{kind}"), None);
        let state = format!("the type's spec: {}", kind["volume_type"]["qos_specs_id"]);
        steps.push(("after".into(), 0, Value::Null, state));
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn qos_specifications_are_answered_on_real_cinder_as_in_the_simulator() {
    let f = Full::get();
    let name = format!("qosraw{}", std::process::id());
    let type_id = |run: &dyn Fn(&[&str]) -> String| {
        run(&["volume", "type", "create", &name, "-f", "value", "-c", "id"])
            .trim()
            .to_string()
    };
    let real_run = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    let kind = type_id(&real_run);
    let real = Nova::at(|args| f.run(args), "berlin", "block-storage");
    let real_steps = real.qos(&name, &kind);
    real_run(&["volume", "type", "delete", &name]);

    let sim = SimSandbox::named(&["berlin"]);
    let sim_run = |args: &[&str]| sim.ok("berlin", args);
    let sim_kind = type_id(&sim_run);
    let simulated = Nova::at(|args| sim.run(args), "berlin", "volumev3");
    let problems = departures(&real_steps, &simulated.qos(&name, &sim_kind));
    assert!(
        problems.is_empty(),
        "the simulator departs from real Cinder:\n{}",
        problems.join("\n")
    );
}
