//! Sites, Keystone and the catalogue against the simulator: every auth
//! method and scope, endpoint choice, the token cache, and the identity
//! commands' output.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::SimSandbox;

#[test]
fn token_issue_with_each_password_form_and_scope() {
    let s = SimSandbox::named(&["berlin"]);
    let site = s.sim.site("berlin");
    let (user_id, project_id) = {
        let data = site.data.lock().unwrap();
        (
            data.users[0]["id"].as_str().unwrap().to_string(),
            data.projects[0]["id"].as_str().unwrap().to_string(),
        )
    };
    // Names, from clouds.yaml.
    let (code, out, err) = s.run(&["--os-cloud", "berlin", "token", "issue", "-f", "json"]);
    assert_eq!(code, 0, "{err}");
    let token: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(token["project_id"], project_id.as_str());
    assert_eq!(token["user_id"], user_id.as_str());
    assert!(token["expires"].as_str().unwrap().ends_with("+0000"));
    let keys: Vec<&String> = token.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["expires", "id", "project_id", "user_id"]);

    // IDs, from flags overriding the current cloud.
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "--no-token-cache",
        "--os-username",
        "",
        "--os-user-id",
        &user_id,
        "--os-project-id",
        &project_id,
        "token",
        "issue",
        "-c",
        "project_id",
        "-f",
        "value",
    ]);
    assert_eq!((code, out.trim()), (0, project_id.as_str()), "{err}");

    // Domain scope from the environment: no project, a domain.
    let mut command = s.oscope();
    command
        .env("OS_DOMAIN_NAME", "Default")
        .env("OS_PROJECT_NAME", "");
    let (code, out, err) = common::run(
        command,
        &[
            "--os-cloud",
            "berlin",
            "--no-token-cache",
            "token",
            "issue",
            "-f",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let token: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(token["domain_id"], "default");
    assert!(token.get("project_id").is_none());

    // System scope.
    let mut command = s.oscope();
    command
        .env("OS_SYSTEM_SCOPE", "all")
        .env("OS_PROJECT_NAME", "");
    let (code, _, err) = common::run(
        command,
        &[
            "--os-cloud",
            "berlin",
            "--no-token-cache",
            "catalog",
            "list",
        ],
    );
    assert_eq!(code, 0, "{err}");

    // A wrong password is an auth failure of that site: exit 1, one line.
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "--no-token-cache",
        "--os-password",
        "nope",
        "token",
        "issue",
    ]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("oscope: berlin: auth: HTTP 401 (req-"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn token_and_application_credential_methods() {
    let s = SimSandbox::named(&["berlin"]);
    let (_, token, _) = s.run(&[
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
    let token = token.trim().to_string();
    let clouds = format!(
        "clouds:\n  bytoken:\n    auth_type: token\n    auth:\n      auth_url: {}\n      token: {token}\n      \
         project_name: admin\n      project_domain_name: Default\n",
        s.sim.site("berlin").auth_url()
    );
    s.sandbox.write("clouds.yaml", &clouds);
    let (code, out, err) = s.run(&[
        "--no-token-cache",
        "token",
        "issue",
        "-c",
        "project_id",
        "-f",
        "value",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.trim().is_empty());

    let site = s.sim.site("berlin");
    let (user_id, project_id) = {
        let data = site.data.lock().unwrap();
        (
            data.users[0]["id"].as_str().unwrap().to_string(),
            data.projects[0]["id"].as_str().unwrap().to_string(),
        )
    };
    site.data
        .lock()
        .unwrap()
        .app_credentials
        .push(oscope_sim::AppCredential {
            id: "appcred1".into(),
            name: "ci".into(),
            user_id: user_id.clone(),
            project_id: project_id.clone(),
            secret: "appsecret".into(),
            ..Default::default()
        });
    for auth in [
        "application_credential_id: appcred1\n      application_credential_secret: appsecret",
        "application_credential_name: ci\n      username: admin\n      user_domain_name: Default\n      application_credential_secret: appsecret",
    ] {
        let clouds = format!(
            "clouds:\n  app:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: {}\n      {auth}\n",
            site.auth_url()
        );
        s.sandbox.write("clouds.yaml", &clouds);
        let (code, out, err) = s.run(&[
            "--no-token-cache",
            "token",
            "issue",
            "-c",
            "project_id",
            "-f",
            "value",
        ]);
        assert_eq!(
            (code, out.trim()),
            (0, project_id.as_str()),
            "{auth}: {err}"
        );
    }
}

#[test]
fn the_token_cache_saves_keystone_round_trips() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    let scope = ["--os-scope", "berlin & denver"];
    for _ in 0..3 {
        let (code, _, err) = s.run(&[&scope[..], &["catalog", "list"]].concat());
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(s.token_posts("berlin"), 1);
    assert_eq!(s.token_posts("denver"), 1);

    // Files 0600 in a 0700 directory, holding no password: one entry per
    // site, written once per command.
    let dir = s.sandbox.path().join("cache/oscope/tokens");
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    let entries = common::token_entries(&dir);
    assert_eq!(entries.len(), 2, "{entries:?}");
    for file in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
        assert_eq!(
            std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o600,
            "{}",
            file.display()
        );
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("berlin-admin") && !text.contains("denver-admin"));
    }

    // A revoked token: the service's 401 drops it, oscope authenticates
    // again once and the command succeeds.
    s.sim.site("berlin").data.lock().unwrap().tokens.clear();
    let (code, _, err) = s.run(&["--os-cloud", "berlin", "endpoint", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s.token_posts("berlin"), 2);

    // Turned off: every run authenticates, and nothing new is written.
    let before = s.token_posts("denver");
    let (code, _, _) = s.run(&[
        "--os-cloud",
        "denver",
        "--no-token-cache",
        "catalog",
        "list",
    ]);
    let mut command = s.oscope();
    command.env("OSCOPE_NO_TOKEN_CACHE", "1");
    let (code2, _, _) = common::run(command, &["--os-cloud", "denver", "catalog", "list"]);
    assert_eq!((code, code2), (0, 0));
    assert_eq!(s.token_posts("denver"), before + 2);
}

#[test]
fn tokens_near_their_expiry_are_not_reused() {
    let mut config = oscope_sim::SimConfig::named(&["berlin"]);
    config.seed.token_ttl = std::time::Duration::from_secs(60);
    let s = SimSandbox::start(config);
    for _ in 0..2 {
        let (code, _, err) = s.run(&["--os-cloud", "berlin", "catalog", "list"]);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(
        s.token_posts("berlin"),
        2,
        "a token within two minutes of expiry is renewed"
    );
}

#[test]
fn the_interface_chooses_the_endpoint() {
    let s = SimSandbox::named(&["berlin"]);
    for (interface, path) in [
        ("public", "GET /identity/v3"),
        ("internal", "GET /internal/identity/v3"),
        ("admin", "GET /admin/identity/v3"),
    ] {
        let (code, _, err) = s.run(&[
            "--os-scope",
            "berlin",
            "--os-cloud",
            "berlin",
            "--os-interface",
            interface,
            "site",
            "list",
            "--check",
        ]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(s.requests("berlin", path), 1, "{interface}");
    }
    // A region the catalogue does not have: the site fails with a clear word.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "--os-cloud",
        "berlin",
        "--os-region-name",
        "Mars",
        "site",
        "list",
        "--check",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no identity endpoint for the public interface in region Mars"),
        "{err}"
    );
}

#[test]
fn endpoint_overrides_win_over_the_catalogue() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    // berlin's identity calls go to denver's Keystone, which does not know
    // berlin's token: the override is used, and fails as it should.
    let clouds = s.sim.clouds_yaml().replacen(
        "    region_name: Berlin\n",
        &format!(
            "    region_name: Berlin\n    identity_endpoint_override: {}/admin/identity\n",
            s.sim.site("berlin").base()
        ),
        1,
    );
    s.sandbox.write("clouds.yaml", &clouds);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "--os-cloud",
        "berlin",
        "site",
        "list",
        "--check",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s.requests("berlin", "GET /admin/identity/v3"), 1);
}

#[test]
fn identity_commands_under_a_scope() {
    let s = SimSandbox::named(&["berlin", "denver", "paris"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & paris",
        "catalog",
        "list",
        "-f",
        "value",
        "-c",
        "Type",
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 14);
    assert!(
        lines[0].starts_with("berlin identity") && lines[13].starts_with("paris placement"),
        "{out}"
    );

    let (code, out, _) = s.run(&[
        "--os-scope",
        "denver",
        "catalog",
        "show",
        "nova",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0);
    let entry: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(entry["type"], "compute");
    assert_eq!(entry["endpoints"].as_array().unwrap().len(), 3);

    let (code, out, _) = s.run(&[
        "--os-scope",
        "berlin",
        "endpoint",
        "list",
        "--service",
        "image",
        "--interface",
        "public",
        "-f",
        "value",
        "-c",
        "URL",
    ]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("{}/image\n", s.sim.site("berlin").base()));

    let (code, out, _) = s.run(&["site", "list", "-f", "csv"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "\"Site\",\"Cloud\",\"Region\",\"Auth URL\"\n\"berlin\",\"berlin\",\"Berlin\","
        ),
        "{out}"
    );
}

/// The simulator writes token bodies from typed fields: their keys must
/// stay in Keystone's order for every kind of token (the real Keystone
/// comparison in tests/real.rs covers only the password-and-project one).
#[test]
fn simulated_token_bodies_keep_keystone_key_order() {
    let s = SimSandbox::named(&["berlin"]);
    let site = s.sim.site("berlin");
    let (user_id, project_id) = {
        let mut data = site.data.lock().unwrap();
        let ids = (
            data.users[0]["id"].as_str().unwrap().to_string(),
            data.projects[0]["id"].as_str().unwrap().to_string(),
        );
        data.app_credentials.push(oscope_sim::AppCredential {
            id: "c0ffee".into(),
            name: "ci".into(),
            user_id: ids.0.clone(),
            project_id: ids.1.clone(),
            secret: "s3cret".into(),
            ..Default::default()
        });
        ids
    };
    let password = serde_json::json!({"methods": ["password"], "password": {"user": {"id": user_id, "password": "berlin-admin"}}});
    let credential = serde_json::json!({"methods": ["application_credential"],
        "application_credential": {"id": "c0ffee", "secret": "s3cret"}});
    let head = ["methods", "user", "audit_ids", "expires_at", "issued_at"];
    let cases = [
        (
            serde_json::json!({"identity": password, "scope": {"project": {"id": project_id}}}),
            &["project", "is_domain", "roles", "catalog"][..],
        ),
        (
            serde_json::json!({"identity": password, "scope": {"domain": {"id": "default"}}}),
            &["domain", "roles", "catalog"][..],
        ),
        (
            serde_json::json!({"identity": password, "scope": {"system": {"all": true}}}),
            &["system", "roles", "catalog"][..],
        ),
        (serde_json::json!({"identity": password}), &[][..]),
        (
            serde_json::json!({"identity": credential}),
            &[
                "project",
                "is_domain",
                "roles",
                "application_credential",
                "catalog",
            ][..],
        ),
    ];
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let client = reqwest::Client::new();
    for (auth, tail) in cases {
        let body: serde_json::Value = runtime.block_on(async {
            let reply = client
                .post(format!("{}/auth/tokens", site.auth_url()))
                .json(&serde_json::json!({ "auth": auth }))
                .send()
                .await
                .unwrap();
            assert_eq!(reply.status(), 201, "{auth}");
            reply.json().await.unwrap()
        });
        let keys: Vec<&str> = body["token"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let want: Vec<&str> = head.iter().chain(tail).copied().collect();
        assert_eq!(keys, want, "{auth}");
    }
}

/// `user password set`: the signed-in user's own password, at every site
/// of the scope; the old one then no longer signs in.
#[test]
fn a_user_changes_its_own_password_everywhere() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    s.ok(
        "berlin",
        &["user", "create", "erin", "--password", "old-secret"],
    );
    s.ok(
        "berlin",
        &[
            "role",
            "add",
            "member",
            "--user",
            "erin",
            "--project",
            "demo",
        ],
    );
    let as_erin = |password: &str, args: &[&str]| {
        let mut all = vec![
            "--os-cloud",
            "berlin",
            "--no-token-cache",
            "--os-username",
            "erin",
            "--os-password",
            password,
            "--os-project-name",
            "demo",
        ];
        all.extend_from_slice(args);
        s.run(&all)
    };
    let change = |original: &'static str| {
        [
            "user",
            "password",
            "set",
            "--password",
            "new-secret",
            "--original-password",
            original,
        ]
    };
    let (code, _, err) = as_erin("old-secret", &change("wrong"));
    assert_eq!(code, 1, "a wrong original password: {err}");
    assert!(err.contains("HTTP 401"), "{err}");
    let (code, out, err) = as_erin("old-secret", &change("old-secret"));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
    let (code, _, _) = as_erin("old-secret", &["token", "issue"]);
    assert_eq!(code, 1, "the old password is refused");
    let (code, _, err) = as_erin("new-secret", &["token", "issue"]);
    assert_eq!(code, 0, "{err}");
    // No terminal to ask on: a clear error, no site touched.
    let (code, _, err) = as_erin("new-secret", &["user", "password", "set"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("No terminal detected"), "{err}");

    // Under `&`, each site's user changes its own; berlin's demo password
    // is not denver's, so denver refuses the original given.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin-demo & denver-demo",
        "--no-token-cache",
        "user",
        "password",
        "set",
        "--password",
        "same-everywhere",
        "--original-password",
        "berlin-demo",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver-demo") && err.contains("401"), "{err}");
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin-demo",
        "--no-token-cache",
        "--os-password",
        "same-everywhere",
        "token",
        "issue",
    ]);
    assert_eq!(code, 0, "{err}");
}
