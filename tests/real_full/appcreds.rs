//! Application credentials, access rules, credentials and unified limits
//! on real Keystone (issue 25): listed and shown byte for byte as
//! python-openstackclient shows them, and the simulator's answers to the
//! same requests compared with real Keystone's.

use super::*;

impl Nova {
    /// What `application credential|credential|limit` commands send, and
    /// Keystone's refusals.
    fn keystone_records(&self, tag: &str) -> Vec<Step> {
        use reqwest::Method;
        let v3 = self.v3();
        let (_, users) = self.send_raw(Method::GET, &format!("{v3}users?name=admin"), None);
        let user = users["users"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let (_, services) = self.send_raw(Method::GET, &format!("{v3}services?type=compute"), None);
        let service = services["services"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let (_, projects) = self.send_raw(Method::GET, &format!("{v3}projects?name=demo"), None);
        let project = projects["projects"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let creds = format!("{v3}users/{user}/application_credentials");
        let name = format!("ac-{tag}");
        let mut steps = Vec::new();
        let mut step = |label: &str, method: Method, path: String, body: Option<Value>| {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        };
        step(
            "create an application credential",
            Method::POST,
            creds.clone(),
            Some(json!({"application_credential": {
                "name": name, "description": "d", "roles": [{"name": "member"}],
                "expires_at": "2030-01-01T00:00:00", "unrestricted": false, "secret": null,
                "access_rules": [{"service": "compute", "method": "GET", "path": "/v2.1/servers"}]
            }})),
        );
        step(
            "the same name (409)",
            Method::POST,
            creds.clone(),
            Some(json!({"application_credential": {"name": name}})),
        );
        step(
            "expired (400)",
            Method::POST,
            creds.clone(),
            Some(
                json!({"application_credential": {"name": format!("{name}-x"),
                                                   "expires_at": "2001-01-01T00:00:00"}}),
            ),
        );
        step(
            "an unknown role (404)",
            Method::POST,
            creds.clone(),
            Some(
                json!({"application_credential": {"name": format!("{name}-y"),
                                                   "roles": [{"name": "nope"}]}}),
            ),
        );
        step(
            "list by name",
            Method::GET,
            format!("{creds}?name={name}"),
            None,
        );
        step(
            "a missing one (404)",
            Method::GET,
            format!("{creds}/nope"),
            None,
        );
        step(
            "access rules",
            Method::GET,
            format!("{v3}users/{user}/access_rules"),
            None,
        );
        let (_, listed) = self.send_raw(Method::GET, &format!("{creds}?name={name}"), None);
        let id = listed["application_credentials"][0]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        step("show it", Method::GET, format!("{creds}/{id}"), None);
        step("delete it", Method::DELETE, format!("{creds}/{id}"), None);
        step(
            "create a credential",
            Method::POST,
            format!("{v3}credentials"),
            Some(
                json!({"credential": {"type": "ec2", "user_id": user, "project_id": project,
                                       "blob": format!("{{\"access\": \"{tag}\", \"secret\": \"s\"}}")}}),
            ),
        );
        step(
            "credentials by type",
            Method::GET,
            format!("{v3}credentials?type=ec2&user_id={user}"),
            None,
        );
        let resource = format!("res-{tag}");
        step(
            "register a limit",
            Method::POST,
            format!("{v3}registered_limits"),
            Some(
                json!({"registered_limits": [{"service_id": service, "resource_name": resource,
                                               "default_limit": 10}]}),
            ),
        );
        step(
            "a project's limit",
            Method::POST,
            format!("{v3}limits"),
            Some(
                json!({"limits": [{"service_id": service, "project_id": project,
                                    "resource_name": resource, "resource_limit": 5}]}),
            ),
        );
        step(
            "limits of the resource",
            Method::GET,
            format!("{v3}limits?resource_name={resource}"),
            None,
        );
        step(
            "registered limits of the resource",
            Method::GET,
            format!("{v3}registered_limits?resource_name={resource}"),
            None,
        );
        steps
    }
}

#[test]
#[ignore = "needs real Keystone: scripts/test-real.sh --full"]
fn application_credentials_and_limits_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let tag = std::process::id().to_string();
    let name = format!("ac-{tag}");
    let at = |args: &[&str]| f.ok(&[&["--os-cloud", "berlin"][..], args].concat());
    let osc = |args: &[&str]| f.osc(&[&["--os-cloud", "berlin"][..], args].concat());
    at(&[
        "application",
        "credential",
        "create",
        &name,
        "--role",
        "member",
        "--description",
        "for CI",
        "--expiration",
        "2030-01-01T00:00:00",
        "--access-rules",
        r#"[{"service": "compute", "method": "GET", "path": "/v2.1/servers"}]"#,
    ]);
    osc(&[
        "credential",
        "create",
        "admin",
        &format!(r#"{{"access": "{tag}", "secret": "s"}}"#),
        "--type",
        "ec2",
        "--project",
        "admin",
    ]);
    let resource = format!("res-{tag}");
    let registered = osc(&[
        "registered",
        "limit",
        "create",
        "--service",
        "compute",
        "--default-limit",
        "10",
        &resource,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let limit = osc(&[
        "limit",
        "create",
        "--service",
        "compute",
        "--project",
        "demo",
        "--resource-limit",
        "5",
        &resource,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let mut differ = Vec::new();
    for args in [
        vec!["application", "credential", "list"],
        vec!["application", "credential", "show", &name],
        vec!["access", "rule", "list"],
        vec!["credential", "list", "--type", "ec2"],
        vec!["credential", "list", "--user", "admin"],
        vec!["limit", "list", "--resource-name", &resource],
        vec![
            "limit",
            "list",
            "--project",
            "demo",
            "--resource-name",
            &resource,
        ],
        vec!["registered", "limit", "list", "--resource-name", &resource],
        vec!["registered", "limit", "list", "--service", "compute"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    at(&["application", "credential", "delete", &name]);
    osc(&["limit", "delete", limit.trim()]);
    osc(&["registered", "limit", "delete", registered.trim()]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    f.answers_like_the_simulator("identity", |keystone| {
        keystone.keystone_records(&format!("{tag}-api"))
    });
}
