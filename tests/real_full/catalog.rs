//! The catalogue on real Keystone (issue 25): regions, services and
//! endpoints made by oscope, shown and listed byte for byte as
//! python-openstackclient shows them, and the simulator's answers to the
//! same requests compared with real Keystone's.

use super::*;

impl Nova {
    /// What `region|service|endpoint create|show|set|delete` send, and
    /// Keystone's refusals.
    fn catalog_steps(&self, tag: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let mut steps = Vec::new();
        let mut step = |label: &str, method: Method, path: String, body: Option<Value>| {
            let (status, shape) = self.send(method, &format!("{v3}{path}"), body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        };
        let region = format!("r-{tag}");
        step(
            "create a region",
            Method::POST,
            "regions".into(),
            Some(json!({"region": {"id": region, "description": "d"}})),
        );
        step(
            "again (409)",
            Method::POST,
            "regions".into(),
            Some(json!({"region": {"id": region}})),
        );
        step("show it", Method::GET, format!("regions/{region}"), None);
        step(
            "change it",
            Method::PATCH,
            format!("regions/{region}"),
            Some(json!({"region": {"description": "e"}})),
        );
        step(
            "a missing one (404)",
            Method::GET,
            "regions/nope".into(),
            None,
        );
        let (_, made) = self.send_raw(
            Method::POST,
            &format!("{v3}services"),
            Some(&json!({"service": {"type": format!("t-{tag}"), "name": format!("n-{tag}")}})),
        );
        let service = made["service"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        step(
            "show a service",
            Method::GET,
            format!("services/{service}"),
            None,
        );
        step(
            "services by type",
            Method::GET,
            format!("services?type=t-{tag}"),
            None,
        );
        step(
            "a service without a type (400)",
            Method::POST,
            "services".into(),
            Some(json!({"service": {"name": "x"}})),
        );
        step(
            "change it",
            Method::PATCH,
            format!("services/{service}"),
            Some(json!({"service": {"enabled": false}})),
        );
        let (_, made) = self.send_raw(
            Method::POST,
            &format!("{v3}endpoints"),
            Some(
                &json!({"endpoint": {"service_id": service, "interface": "public",
                                      "url": "http://127.0.0.1:9/x", "region_id": region}}),
            ),
        );
        let endpoint = made["endpoint"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        step(
            "show an endpoint",
            Method::GET,
            format!("endpoints/{endpoint}"),
            None,
        );
        step(
            "an unknown interface (400)",
            Method::POST,
            "endpoints".into(),
            Some(
                json!({"endpoint": {"service_id": service, "interface": "side",
                                     "url": "http://127.0.0.1:9/x"}}),
            ),
        );
        step(
            "change it",
            Method::PATCH,
            format!("endpoints/{endpoint}"),
            Some(json!({"endpoint": {"enabled": false}})),
        );
        step(
            "delete it",
            Method::DELETE,
            format!("endpoints/{endpoint}"),
            None,
        );
        step(
            "again (404)",
            Method::DELETE,
            format!("endpoints/{endpoint}"),
            None,
        );
        step(
            "delete the service",
            Method::DELETE,
            format!("services/{service}"),
            None,
        );
        step(
            "delete the region",
            Method::DELETE,
            format!("regions/{region}"),
            None,
        );
        steps
    }
}

#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn the_catalogue_as_osc_shows_it_and_as_the_simulator_answers() {
    let f = Full::get();
    let tag = std::process::id().to_string();
    let (region, kind, name) = (format!("r-{tag}"), format!("t-{tag}"), format!("n-{tag}"));
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&["region", "create", &region, "--description", "somewhere"]);
    at(&[
        "service",
        "create",
        &kind,
        "--name",
        &name,
        "--description",
        "a test",
    ]);
    let endpoint = at(&[
        "endpoint",
        "create",
        &name,
        "public",
        "http://127.0.0.1:9/x",
        "--region",
        &region,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let endpoint = endpoint.trim();
    at(&["endpoint", "set", endpoint, "--disable"]);
    let mut differ = Vec::new();
    for args in [
        vec!["region", "list"],
        vec!["region", "show", &region],
        vec!["service", "list"],
        vec!["service", "list", "--long"],
        vec!["service", "show", &name],
        vec!["service", "show", &kind],
        vec!["endpoint", "show", endpoint],
        vec!["endpoint", "list", "--service", &name],
        vec!["implied", "role", "list"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    at(&["endpoint", "delete", endpoint]);
    at(&["service", "delete", &name]);
    at(&["region", "delete", &region]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    f.answers_like_the_simulator("identity", |keystone| {
        keystone.catalog_steps(&format!("{tag}-api"))
    });
}
