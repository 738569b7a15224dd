//! Host aggregates on real Nova: made and changed by oscope, shown and
//! listed byte for byte as python-openstackclient shows them, and the
//! simulator's answers to the same requests compared with real Nova's.

use super::*;
use moves::strs;

impl Nova {
    /// What `aggregate create|set|unset|add host|remove host|delete` send.
    fn aggregates(&self, name: &str, host: &str) -> Vec<Step> {
        use reqwest::Method;
        let (status, created) = self.send_raw(
            Method::POST,
            "os-aggregates",
            Some(&json!({"aggregate": {"name": name}})),
        );
        let id = created["aggregate"]["id"].clone();
        let mut steps = vec![("create".to_string(), status, shape(&created), String::new())];
        let at = |then: &str| format!("os-aggregates/{id}{then}");
        let action = |body: Value| (Method::POST, at("/action"), Some(body));
        for (label, (method, path, body)) in [
            (
                "create again (409)",
                (
                    Method::POST,
                    "os-aggregates".to_string(),
                    Some(json!({"aggregate": {"name": name}})),
                ),
            ),
            ("show", (Method::GET, at(""), None)),
            (
                "show by name (400)",
                (Method::GET, format!("os-aggregates/{name}"), None),
            ),
            (
                "a missing one (404)",
                (Method::GET, "os-aggregates/999999".to_string(), None),
            ),
            (
                "set metadata",
                action(json!({"set_metadata": {"metadata": {"k": "v"}}})),
            ),
            (
                "unset metadata",
                action(json!({"set_metadata": {"metadata": {"k": null}}})),
            ),
            (
                "rename",
                (
                    Method::PUT,
                    at(""),
                    Some(json!({"aggregate": {"name": format!("{name}-b")}})),
                ),
            ),
            ("add the host", action(json!({"add_host": {"host": host}}))),
            (
                "add it again (409)",
                action(json!({"add_host": {"host": host}})),
            ),
            (
                "add a missing host (404)",
                action(json!({"add_host": {"host": "nowhere"}})),
            ),
            ("delete with a host (400)", (Method::DELETE, at(""), None)),
            (
                "remove the host",
                action(json!({"remove_host": {"host": host}})),
            ),
            ("no such action (400)", action(json!({"frob": {}}))),
            ("delete", (Method::DELETE, at(""), None)),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

impl Nova {
    /// What `hypervisor show` sends, found by name or ID.
    fn hypervisors(&self, host: &str) -> Vec<Step> {
        use reqwest::Method;
        let (_, listed) = self.send_raw(Method::GET, "os-hypervisors", None);
        let id = listed["hypervisors"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        [
            (
                "hypervisors by name",
                format!("os-hypervisors?hypervisor_hostname_pattern={host}"),
            ),
            (
                "no such name (404)",
                "os-hypervisors?hypervisor_hostname_pattern=nowhere".to_string(),
            ),
            ("hypervisor", format!("os-hypervisors/{id}")),
            ("not a UUID (400)", "os-hypervisors/nope".to_string()),
            (
                "a missing one (404)",
                "os-hypervisors/00000000-0000-4000-a000-000000000000".to_string(),
            ),
            ("uptime (501)", format!("os-hypervisors/{id}/uptime")),
        ]
        .into_iter()
        .map(|(label, path)| {
            let (status, shape) = self.send(Method::GET, &path, None);
            (label.to_string(), status, shape, String::new())
        })
        .chain(self.services())
        .collect()
    }

    /// What `compute service set` sends: the compute service disabled
    /// with a reason and enabled again, a conductor (which Nova refuses).
    fn services(&self) -> Vec<Step> {
        use reqwest::Method;
        let service = |binary: &str| {
            let (_, listed) =
                self.send_raw(Method::GET, &format!("os-services?binary={binary}"), None);
            listed["services"][0]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        };
        let (compute, conductor) = (service("nova-compute"), service("nova-conductor"));
        [
            (
                "disable",
                &compute,
                json!({"status": "disabled", "disabled_reason": "test"}),
            ),
            ("enable", &compute, json!({"status": "enabled"})),
            (
                "update a conductor (400)",
                &conductor,
                json!({"status": "disabled"}),
            ),
        ]
        .into_iter()
        .map(|(label, id, body)| {
            let (status, shape) = self.send(Method::PUT, &format!("os-services/{id}"), Some(&body));
            (label.to_string(), status, shape, String::new())
        })
        .chain(
            ["00000000-0000-4000-a000-000000000000", "not-a-uuid"].map(|id| {
                // `compute service delete` of a service Nova lacks.
                let (status, shape) = self.send(Method::DELETE, &format!("os-services/{id}"), None);
                (format!("delete service {id}"), status, shape, String::new())
            }),
        )
        .collect()
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn aggregates_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let name = format!("agg-{}", std::process::id());
    let at = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "berlin", "aggregate"];
        all.extend(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    f.ok(&strs(&at(&[
        "create",
        &name,
        "--zone",
        "az-test",
        "--property",
        "a=b",
    ])));
    f.ok(&strs(&at(&["set", &name, "--property", "c=d"])));
    f.ok(&strs(&at(&["unset", &name, "--property", "a"])));
    let plain = format!("{name}-plain");
    f.ok(&strs(&at(&["create", &plain])));
    let added = f.ok(&strs(&at(&[
        "add",
        "host",
        &plain,
        "berlin-compute1",
        "-f",
        "json",
    ])));
    let added: Value = serde_json::from_str(&added).unwrap();
    assert_eq!(added["hosts"], json!(["berlin-compute1"]));
    let mut differ = Vec::new();
    for args in [
        vec!["list"],
        vec!["list", "--long"],
        vec!["list", "--host", "berlin-compute1"],
        vec!["list", "--availability-zone", "az-test"],
        vec!["show", name.as_str()],
        vec!["show", plain.as_str()],
    ] {
        differ.extend(f.unlike_osc(&strs(&at(&args)), LIST_FORMATS));
    }
    // hypervisor show names the host's aggregates.
    let id = f.ok(&[
        "--os-cloud",
        "berlin",
        "hypervisor",
        "list",
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    for hypervisor in ["berlin-compute1", id.trim()] {
        let args = ["--os-cloud", "berlin", "hypervisor", "show", hypervisor];
        differ.extend(f.unlike_osc(&args, LIST_FORMATS));
    }
    f.ok(&strs(&at(&["remove", "host", &plain, "berlin-compute1"])));
    f.ok(&strs(&at(&["delete", &name, &plain])));
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::of(|args| f.run(args), "berlin");
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let mut real_steps = real.aggregates(&format!("{name}-api"), "berlin-compute1");
    let mut sim_steps = simulated.aggregates(&format!("{name}-api"), "berlin-compute");
    real_steps.extend(real.hypervisors("berlin-compute1"));
    sim_steps.extend(simulated.hypervisors("berlin-compute"));
    let problems = departures(&real_steps, &sim_steps);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
