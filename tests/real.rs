//! oscope against real OpenStack: Keystone, Glance and Placement from PyPI,
//! three independent sites on 127.0.0.1 (tests/realstack), and
//! python-openstackclient beside them for parity.
//!
//! These tests are ignored by a plain `cargo test`, which has no OpenStack
//! to talk to; `scripts/test-real.sh` installs and starts the sites and
//! runs them with `--include-ignored`. Run that way without the sites, they
//! fail loudly rather than pass.

#[path = "real/clouds.rs"]
mod clouds;
mod common;
#[path = "real/federation.rs"]
mod federation;
#[path = "real/mfa.rs"]
mod mfa;
#[path = "real/script.rs"]
mod script;
#[path = "real/trusts.rs"]
mod trusts;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use common::{Sandbox, differences, run, shape};
use serde_json::{Value, json};

const SITES: &[&str] = &["berlin", "denver", "paris"];

/// The running realstack: its clouds.yaml, state and OSC.
struct Real {
    clouds: PathBuf,
    home: PathBuf,
    osc: PathBuf,
    sandbox: Sandbox,
}

impl Real {
    fn get() -> Real {
        let var = |name: &str| {
            std::env::var(name).map(PathBuf::from).unwrap_or_else(|_| {
                panic!("{name} is not set: run these tests with scripts/test-real.sh, which starts real OpenStack")
            })
        };
        let real = Real {
            clouds: var("OSCOPE_REALSTACK_CLOUDS"),
            home: var("OSCOPE_REALSTACK_HOME"),
            osc: var("OSCOPE_REALSTACK_OSC"),
            sandbox: Sandbox::new(),
        };
        assert!(
            real.clouds.is_file(),
            "no clouds.yaml at {}",
            real.clouds.display()
        );
        real
    }

    /// Berlin's Keystone URL and its admin's name and password, for
    /// requests made without oscope.
    fn berlin_admin(&self) -> [String; 3] {
        let clouds: Value =
            serde_yaml_ng::from_str(&std::fs::read_to_string(&self.clouds).unwrap()).unwrap();
        let auth = &clouds["clouds"]["berlin"]["auth"];
        ["auth_url", "username", "password"].map(|k| auth[k].as_str().unwrap().to_string())
    }

    fn oscope(&self) -> Command {
        let mut command = self.sandbox.oscope();
        command
            .env("OS_CLIENT_CONFIG_FILE", &self.clouds)
            .env("XDG_CACHE_HOME", self.sandbox.path().join("cache"));
        command
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        run(self.oscope(), args)
    }

    /// Runs and insists on success.
    fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "oscope {args:?}: {err}");
        out
    }

    fn osc(&self, args: &[&str]) -> String {
        let output = Command::new(&self.osc)
            .args(args)
            .env("OS_CLIENT_CONFIG_FILE", &self.clouds)
            .env_remove("OS_CLOUD")
            .output()
            .expect("python-openstackclient runs");
        assert!(
            output.status.success(),
            "openstack {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// python-openstackclient at each site: (site, its output).
    fn osc_all(&self, args: &[&str]) -> Vec<(&'static str, String)> {
        SITES
            .iter()
            .map(|site| {
                let full = [&["--os-cloud", site][..], args].concat();
                (*site, self.osc(&full))
            })
            .collect()
    }

    /// Stops one service of one site; `Restart` brings it back when dropped.
    fn stop(&self, site: &str, service: &str) -> Restart<'_> {
        let status = Command::new("tests/realstack/service.sh")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["stop", site, service])
            .env("REALSTACK_HOME", &self.home)
            .status()
            .unwrap();
        assert!(status.success(), "cannot stop {site}'s {service}");
        Restart(self)
    }
}

struct Restart<'a>(&'a Real);

impl Drop for Restart<'_> {
    fn drop(&mut self) {
        let status = Command::new("tests/realstack/service.sh")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg("start")
            .env("REALSTACK_HOME", &self.0.home)
            .status()
            .unwrap();
        assert!(status.success(), "cannot restart the sites");
    }
}

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}-{}-{nanos}", std::process::id())
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn every_auth_method_against_real_keystone() {
    let r = Real::get();
    // Password, at three sites at once: three projects, three Keystones.
    let out = r.ok(&[
        "--os-scope",
        "berlin & denver & paris",
        "token",
        "issue",
        "-f",
        "json",
    ]);
    let tokens: Value = serde_json::from_str(&out).unwrap();
    let projects: std::collections::HashSet<_> = tokens
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["project_id"].to_string())
        .collect();
    assert_eq!(projects.len(), 3);

    // Token: a token of berlin's, rescoped.
    let token = r.ok(&[
        "--os-cloud",
        "berlin",
        "--no-token-cache",
        "token",
        "issue",
        "-c",
        "id",
        "-f",
        "value",
    ]);
    let auth_url = r.ok(&[
        "--os-scope",
        "berlin",
        "site",
        "list",
        "-c",
        "Auth URL",
        "-f",
        "value",
    ]);
    let clouds = r.sandbox.write(
        "token.yaml",
        &format!(
            "clouds:\n  bytoken:\n    auth_type: token\n    auth:\n      auth_url: {}\n      token: {}\n      \
             project_name: admin\n      project_domain_name: Default\n",
            auth_url.trim(),
            token.trim()
        ),
    );
    let mut command = r.sandbox.oscope();
    command.env("OS_CLIENT_CONFIG_FILE", &clouds);
    let (code, out, err) = run(
        command,
        &[
            "--no-token-cache",
            "token",
            "issue",
            "-c",
            "project_id",
            "-f",
            "value",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let berlin_project = r.ok(&[
        "--os-cloud",
        "berlin",
        "token",
        "issue",
        "-c",
        "project_id",
        "-f",
        "value",
    ]);
    assert_eq!(out, berlin_project);

    // Application credential, created on the fly through `oscope api`.
    let user = r.ok(&[
        "--os-cloud",
        "berlin",
        "token",
        "issue",
        "-c",
        "user_id",
        "-f",
        "value",
    ]);
    let name = unique("ci");
    let body = json!({"application_credential": {"name": name}}).to_string();
    let created = r.ok(&[
        "--os-scope",
        "berlin",
        "api",
        "identity",
        "POST",
        &format!("users/{}/application_credentials", user.trim()),
        "--body",
        &body,
    ]);
    let cred: Value = serde_json::from_str(&created).unwrap();
    let (id, secret) = (
        cred["application_credential"]["id"].as_str().unwrap(),
        cred["application_credential"]["secret"].as_str().unwrap(),
    );
    for auth in [
        format!("application_credential_id: {id}\n      application_credential_secret: {secret}"),
        format!(
            "application_credential_name: {name}\n      username: admin\n      user_domain_name: Default\n      \
             application_credential_secret: {secret}"
        ),
    ] {
        let clouds = r.sandbox.write(
            "appcred.yaml",
            &format!("clouds:\n  app:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: {}\n      {auth}\n", auth_url.trim()),
        );
        let mut command = r.sandbox.oscope();
        command.env("OS_CLIENT_CONFIG_FILE", &clouds);
        let (code, out, err) = run(
            command,
            &[
                "--no-token-cache",
                "token",
                "issue",
                "-c",
                "project_id",
                "-f",
                "value",
            ],
        );
        assert_eq!((code, out.as_str()), (0, berlin_project.as_str()), "{err}");
    }
    r.ok(&[
        "--os-scope",
        "berlin",
        "api",
        "identity",
        "DELETE",
        &format!("users/{}/application_credentials/{id}", user.trim()),
    ]);
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn users_and_projects_under_and_and_or() {
    let r = Real::get();
    let all = "berlin & denver & paris";
    let project = unique("proj");
    let out = r.ok(&[
        "--os-scope",
        all,
        "project",
        "create",
        &project,
        "--description",
        "oscope test",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(
        out,
        format!("berlin\n{project}\ndenver\n{project}\nparis\n{project}\n")
    );
    let out = r.ok(&[
        "--os-scope",
        all,
        "project",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(out.lines().filter(|l| l.ends_with(&project)).count(), 3);

    let user = unique("user");
    let out = r.ok(&[
        "--os-scope",
        "denver | paris",
        "user",
        "create",
        &user,
        "--password",
        "pw",
        "--project",
        &project,
        "-f",
        "json",
    ]);
    let created: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(created[0]["Site"], "denver");
    assert_eq!(created[0]["name"], user.as_str());
    // Created at denver only: `|` stops at the first site that serves.
    let out = r.ok(&[
        "--os-scope",
        all,
        "user",
        "show",
        &user,
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(out, format!("denver\n{user}\n"));
    r.ok(&["--os-scope", all, "user", "delete", &user]);
    r.ok(&["--os-scope", all, "project", "delete", &project]);
    let (code, _, err) = r.run(&["--os-scope", all, "project", "show", &project]);
    assert_eq!(
        (code, err),
        (
            1,
            format!("oscope: No project with a name or ID of '{project}' exists.\n")
        )
    );
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn atomic_create_rolls_back_on_real_keystone() {
    let r = Real::get();
    let all = "berlin & denver & paris";
    let project = unique("atomic");
    // paris has it already: its create fails with 409.
    let existing = r.ok(&[
        "--os-scope",
        "paris",
        "project",
        "create",
        &project,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let (code, out, err) = r.run(&["--os-scope", all, "project", "create", &project, "--atomic"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("oscope: paris: request: HTTP 409"), "{err}");
    for (site, result) in [
        ("berlin", "rolled back"),
        ("denver", "rolled back"),
        ("paris", "failed"),
    ] {
        assert!(
            err.lines().any(
                |l| l.starts_with(&format!("| {site} ")) && l.contains(&format!("| {result} "))
            ),
            "{site} {result}: {err}"
        );
    }
    // Keystone itself says so: the project is at paris only.
    let listed = r.osc_all(&["project", "list", "-f", "value", "-c", "Name"]);
    let sites: Vec<&str> = listed
        .iter()
        .filter(|(_, out)| out.lines().any(|l| l == project))
        .map(|(site, _)| *site)
        .collect();
    assert_eq!(sites, ["paris"]);
    r.ok(&["--os-scope", "paris", "project", "delete", existing.trim()]);
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn real_glance_finds_an_image_by_the_hash_of_its_data() {
    let r = Real::get();
    let name = unique("copy");
    let file = r
        .sandbox
        .write("copy.img", &"oscope copies this\n".repeat(50_000));
    r.ok(&[
        "--os-scope",
        "denver",
        "image",
        "create",
        &name,
        "--file",
        file.to_str().unwrap(),
        "--disk-format",
        "raw",
    ]);
    // Glance's own filter finds an image by its data's hash: what lets a
    // second cross-site boot reuse the first one's copy.
    let source: Value = serde_json::from_str(&r.ok(&[
        "--os-scope",
        "denver",
        "image",
        "show",
        &name,
        "-f",
        "json",
    ]))
    .unwrap();
    let hash: String = {
        use sha2::Digest;
        let digest = sha2::Sha512::digest(std::fs::read(&file).unwrap());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    };
    let found = r.ok(&[
        "--os-scope",
        "denver",
        "api",
        "image",
        "GET",
        &format!("/images?os_hash_value={hash}&status=active"),
    ]);
    assert!(found.contains(source["id"].as_str().unwrap()), "{found}");
    // The copy and the boot from it need Nova: tests/real_full.rs.
    r.ok(&["--os-scope", "denver", "image", "delete", &name]);
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn images_create_list_show_save_delete() {
    let r = Real::get();
    let name = unique("img");
    let data: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let file = r.sandbox.write("disk.raw", "");
    std::fs::write(&file, &data).unwrap();
    let out = r.ok(&[
        "--os-scope",
        "berlin & paris",
        "image",
        "create",
        &name,
        "--file",
        file.to_str().unwrap(),
        "-f",
        "json",
    ]);
    let created: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(created[0]["status"], "active");
    assert_eq!(created[1]["size"], data.len());
    let out = r.ok(&[
        "--os-scope",
        "berlin & paris",
        "image",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(out.lines().filter(|l| l.ends_with(&name)).count(), 2);
    let saved = r.sandbox.path().join("saved.raw");
    r.ok(&[
        "--os-scope",
        "paris | berlin",
        "image",
        "save",
        &name,
        "--file",
        saved.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&saved).unwrap(), data);
    r.ok(&["--os-scope", "berlin & paris", "image", "delete", &name]);
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn the_token_cache_spares_keystone() {
    let r = Real::get();
    let (_, _, first) = r.run(&["--os-scope", "berlin & paris", "--debug", "catalog", "list"]);
    assert_eq!(first.matches("/auth/tokens 201").count(), 2, "{first}");
    let (code, _, second) = r.run(&["--os-scope", "berlin & paris", "--debug", "image", "list"]);
    assert_eq!(code, 0, "{second}");
    assert!(
        !second.contains("/auth/tokens"),
        "the second command asked Keystone: {second}"
    );
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn failover_and_partial_failure_with_a_keystone_stopped() {
    let r = Real::get();
    let _restart = r.stop("denver", "keystone");
    let (code, out, err) = r.run(&[
        "--no-token-cache",
        "--os-scope",
        "berlin & denver",
        "catalog",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(
        out.lines().all(|l| l.starts_with("berlin ")) && !out.is_empty(),
        "{out}"
    );
    assert!(
        err.starts_with("oscope: denver: transport: Connection refused"),
        "{err}"
    );
    let (code, out, err) = r.run(&[
        "--no-token-cache",
        "--os-scope",
        "denver | paris",
        "token",
        "issue",
        "-f",
        "value",
        "-c",
        "project_id",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().count(),
        2,
        "paris's token, with its Site: {out}"
    );
    assert!(err.contains("(failed over)"), "{err}");
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn parity_with_python_openstackclient() {
    let r = Real::get();
    let name = unique("parity");
    let file = r.sandbox.write("parity.raw", "parity image data");
    r.ok(&[
        "--os-cloud",
        "berlin",
        "image",
        "create",
        &name,
        "--file",
        file.to_str().unwrap(),
    ]);
    let mut cases: Vec<Vec<String>> = Vec::new();
    for format in ["table", "json", "value", "csv", "yaml"] {
        for command in [
            "user list",
            "project list",
            "image list",
            "catalog list",
            "user list --long",
            "project list --long",
        ] {
            cases.push(
                format!("{command} -f {format}")
                    .split(' ')
                    .map(str::to_string)
                    .collect(),
            );
        }
    }
    for format in ["table", "json", "value", "yaml", "shell"] {
        cases.push(vec![
            "image".into(),
            "show".into(),
            name.clone(),
            "-f".into(),
            format.into(),
        ]);
        // expires and id change with every call: the rest must match.
        cases.push(
            [
                "token",
                "issue",
                "-c",
                "project_id",
                "-c",
                "user_id",
                "-f",
                format,
            ]
            .map(String::from)
            .to_vec(),
        );
    }
    let mut failures = Vec::new();
    for case in &cases {
        let args: Vec<&str> = std::iter::once("--os-cloud")
            .chain(std::iter::once("berlin"))
            .chain(case.iter().map(String::as_str))
            .collect();
        let want = r.osc(&args);
        let got = r.ok(&args);
        if want != got {
            failures.push(format!("{case:?}\n--- openstack\n{want}+++ oscope\n{got}"));
        }
    }
    r.ok(&["--os-cloud", "berlin", "image", "delete", &name]);
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// One exchange: status, the headers that matter, and the body's shape.
async fn exchange(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (u16, BTreeMap<String, bool>, Value, String) {
    let mut request = client
        .request(method, url)
        .header("accept", "application/json");
    if let Some(token) = token {
        request = request.header("x-auth-token", token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = ["x-openstack-request-id", "x-subject-token", "content-type"]
        .iter()
        .map(|h| (h.to_string(), response.headers().contains_key(*h)))
        .collect();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap_or_default().to_string())
        .unwrap_or_default();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str::<Value>(&text)
        .map(|v| shape(&v))
        .unwrap_or(json!("text"));
    (
        status,
        headers,
        body,
        content_type
            .split(';')
            .next()
            .unwrap_or_default()
            .to_string(),
    )
}

/// The conversation the fidelity test has with one site; returns, per
/// step, (status, headers, body shape, content type).
async fn converse(
    auth_url: &str,
    user: &str,
    password: &str,
) -> Vec<(String, (u16, BTreeMap<String, bool>, Value, String))> {
    let client = reqwest::Client::new();
    let mut steps = Vec::new();
    let auth = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": user, "domain": {"name": "Default"}, "password": password}}},
                               "scope": {"project": {"name": "admin", "domain": {"name": "Default"}}}}});
    steps.push((
        "GET /v3".into(),
        exchange(&client, reqwest::Method::GET, auth_url, None, None).await,
    ));
    let response = client
        .post(format!("{auth_url}/auth/tokens"))
        .json(&auth)
        .send()
        .await
        .unwrap();
    let token = response.headers()["x-subject-token"]
        .to_str()
        .unwrap()
        .to_string();
    let body: Value = response.json().await.unwrap();
    steps.push((
        "POST /v3/auth/tokens".into(),
        exchange(
            &client,
            reqwest::Method::POST,
            &format!("{auth_url}/auth/tokens"),
            None,
            Some(auth.clone()),
        )
        .await,
    ));
    steps.push(("POST /v3/auth/tokens (bad password)".into(), exchange(&client, reqwest::Method::POST, &format!("{auth_url}/auth/tokens"), None, Some(json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": user, "domain": {"name": "Default"}, "password": "wrong"}}}}}))).await));
    let t = Some(token.as_str());
    for (label, path) in [
        ("GET /v3/users", "users"),
        ("GET /v3/projects", "projects"),
        ("GET /v3/users/missing", "users/missing"),
    ] {
        steps.push((
            label.into(),
            exchange(
                &client,
                reqwest::Method::GET,
                &format!("{auth_url}/{path}"),
                t,
                None,
            )
            .await,
        ));
    }
    steps.push((
        "GET /v3/users without a token".into(),
        exchange(
            &client,
            reqwest::Method::GET,
            &format!("{auth_url}/users"),
            None,
            None,
        )
        .await,
    ));
    let catalog = &body["token"]["catalog"];
    let glance = catalog
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == "image")
        .unwrap()["endpoints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["interface"] == "public")
        .unwrap()["url"]
        .as_str()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    steps.push((
        "GET image root".into(),
        exchange(
            &client,
            reqwest::Method::GET,
            &format!("{glance}/"),
            None,
            None,
        )
        .await,
    ));
    let mut ids = Vec::new();
    for i in 0..2 {
        let created = client.post(format!("{glance}/v2/images")).header("x-auth-token", &token)
            .json(&json!({"name": format!("fidelity-{i}"), "disk_format": "raw", "container_format": "bare"}))
            .send().await.unwrap();
        let image: Value = created.json().await.unwrap();
        ids.push(image["id"].as_str().unwrap().to_string());
    }
    steps.push((
        "POST /v2/images".into(),
        exchange(
            &client,
            reqwest::Method::POST,
            &format!("{glance}/v2/images"),
            t,
            Some(json!({"name": "fidelity-x", "disk_format": "raw", "container_format": "bare"})),
        )
        .await,
    ));
    let upload = client
        .put(format!("{glance}/v2/images/{}/file", ids[0]))
        .header("x-auth-token", &token)
        .header("content-type", "application/octet-stream")
        .body("fidelity")
        .send()
        .await
        .unwrap();
    steps.push((
        "PUT /v2/images/ID/file".into(),
        (
            upload.status().as_u16(),
            BTreeMap::new(),
            json!("empty"),
            String::new(),
        ),
    ));
    steps.push((
        "GET /v2/images/ID (active)".into(),
        exchange(
            &client,
            reqwest::Method::GET,
            &format!("{glance}/v2/images/{}", ids[0]),
            t,
            None,
        )
        .await,
    ));
    steps.push((
        "GET /v2/images?limit=1".into(),
        exchange(
            &client,
            reqwest::Method::GET,
            &format!("{glance}/v2/images?limit=1"),
            t,
            None,
        )
        .await,
    ));
    steps.push((
        "GET /v2/images/missing".into(),
        exchange(
            &client,
            reqwest::Method::GET,
            &format!("{glance}/v2/images/00000000-0000-4000-a000-000000000000"),
            t,
            None,
        )
        .await,
    ));
    // Clean up everything the conversation made.
    let listed: Value = client
        .get(format!("{glance}/v2/images?limit=1000"))
        .header("x-auth-token", &token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for image in listed["images"].as_array().unwrap().iter().filter(|i| {
        i["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("fidelity-"))
    }) {
        client
            .delete(format!(
                "{glance}/v2/images/{}",
                image["id"].as_str().unwrap()
            ))
            .header("x-auth-token", &token)
            .send()
            .await
            .unwrap();
    }
    steps
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn the_simulator_answers_as_real_keystone_and_glance_do() {
    let [url, admin, password] = Real::get().berlin_admin();
    let sim = oscope_sim::BackgroundSim::start(oscope_sim::SimConfig::named(&["berlin"])).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let real_steps = runtime.block_on(converse(&url, &admin, &password));
    let sim_steps = runtime.block_on(converse(
        &sim.site("berlin").auth_url(),
        "admin",
        "berlin-admin",
    ));
    let mut problems = Vec::new();
    for ((label, real), (_, simulated)) in real_steps.iter().zip(&sim_steps) {
        if real.0 != simulated.0 {
            problems.push(format!(
                "{label}: status {} here, {} in the simulator",
                real.0, simulated.0
            ));
        }
        if real.1 != simulated.1 {
            problems.push(format!(
                "{label}: headers {:?} here, {:?} in the simulator",
                real.1, simulated.1
            ));
        }
        if real.3 != simulated.3 {
            problems.push(format!(
                "{label}: content type {} here, {} in the simulator",
                real.3, simulated.3
            ));
        }
        let mut diffs = Vec::new();
        differences("", &real.2, &simulated.2, &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{label}: {d}")));
    }
    assert_eq!(real_steps.len(), sim_steps.len());
    assert!(
        problems.is_empty(),
        "the simulator departs from real Keystone and Glance:\n{}",
        problems.join("\n")
    );
    let _ = SITES;
}

#[test]
#[ignore = "needs python-openstackclient: scripts/test-real.sh"]
fn python_openstackclient_runs_against_the_simulator() {
    let osc = std::env::var("OSCOPE_REALSTACK_OSC")
        .expect("OSCOPE_REALSTACK_OSC: run with scripts/test-real.sh");
    let sim = common::SimSandbox::named(&["berlin"]);
    for command in [
        "token issue",
        "server list",
        "image list",
        "network list",
        "volume list",
        "user list",
        "flavor list",
        "project list",
        "subnet list",
        "catalog list",
        "limits show --absolute",
        "quota show",
    ] {
        let output = Command::new(&osc)
            .args(["--os-cloud", "berlin"])
            .args(command.split(' '))
            .env(
                "OS_CLIENT_CONFIG_FILE",
                sim.sandbox.path().join("clouds.yaml"),
            )
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "openstack {command}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !output.stdout.is_empty(),
            "openstack {command} printed nothing"
        );
    }
}
