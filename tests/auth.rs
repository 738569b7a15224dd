//! Authentication beyond a password in clouds.yaml, against the simulator's
//! Keystones: TOTP passcodes (`v3totp`), several methods at once
//! (`v3multifactor`), receipts answered with a passcode, secrets from a
//! command (`auth_commands`), questions on a terminal (through a
//! pseudo-terminal) and what is said without one.

mod common;

use std::time::{SystemTime, UNIX_EPOCH};

use common::SimSandbox;
#[cfg(target_os = "linux")]
use common::pty;

/// A TOTP secret (base32), as `credential create --type totp` takes it.
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn passcode() -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    oscope_sim::totp::passcode(SECRET, now.as_secs()).unwrap()
}

/// Sites `names` whose `demo` user has a TOTP credential, and, when
/// `rules`, multi-factor rules asking for a password and a passcode.
fn totp_sites(names: &[&str], rules: bool) -> SimSandbox {
    let s = SimSandbox::named(names);
    for site in names {
        let demo = s.ok(
            &format!("{site}-demo"),
            &["token", "issue", "-f", "value", "-c", "user_id"],
        );
        let demo = demo.trim();
        // As an operator would: python-openstackclient's commands.
        s.ok(
            site,
            &["credential", "create", "--type", "totp", demo, SECRET],
        );
        if rules {
            s.ok(
                site,
                &[
                    "user",
                    "set",
                    "--enable-multi-factor-auth",
                    "--multi-factor-auth-rule",
                    "password,totp",
                    demo,
                ],
            );
        }
    }
    s
}

/// Adds, for each site, a cloud `{site}-{name}` to the sandbox's
/// clouds.yaml: the cloud's lines `top` (`auth_type: ...`), then below
/// `auth:` the site's Keystone, the demo project and the lines `auth`.
fn add_clouds(s: &SimSandbox, names: &[&str], name: &str, top: &str, auth: &str) {
    let mut clouds = std::fs::read_to_string(s.sandbox.path().join("clouds.yaml")).unwrap();
    for site in names {
        clouds += &format!("  {site}-{name}:\n");
        for line in top.lines() {
            clouds += &format!("    {line}\n");
        }
        clouds += &format!(
            "    auth:\n      auth_url: {}\n      project_name: demo\n      \
             project_domain_name: Default\n",
            s.sim.site(site).auth_url()
        );
        for line in auth.lines() {
            clouds += &format!("      {line}\n");
        }
    }
    s.sandbox.write("clouds.yaml", &clouds);
}

/// The demo user, for [`add_clouds`].
const DEMO: &str = "username: demo\nuser_domain_name: Default";

#[test]
fn totp_and_multi_factor_sign_in_at_several_sites_with_one_passcode_command() {
    let names = ["a", "b"];
    let s = totp_sites(&names, true);
    let file = s.sandbox.write("passcode", &passcode());
    let count = s.sandbox.path().join("count");
    let command = format!("echo x >> {}; cat {}", count.display(), file.display());
    // TOTP alone does not meet the rules: Keystone's receipt asks for
    // the password, which the cloud has.
    let top = |auth_type: &str| {
        format!("auth_type: {auth_type}\nauth_commands: {{passcode: '{command}'}}")
    };
    add_clouds(
        &s,
        &names,
        "totp",
        &top("v3totp"),
        &format!("{DEMO}\npassword: {{}}"),
    );
    add_clouds(
        &s,
        &names,
        "mfa",
        &top("v3multifactor"),
        &format!("{DEMO}\npassword: {{}}\nauth_methods: [v3password, v3totp]"),
    );
    // Each site's demo password is its own: `{site}-demo`.
    let clouds = std::fs::read_to_string(s.sandbox.path().join("clouds.yaml")).unwrap();
    let clouds = names.iter().chain(&names).fold(clouds, |text, site| {
        text.replacen("password: {}", &format!("password: {site}-demo"), 1)
    });
    s.sandbox.write("clouds.yaml", &clouds);

    for cloud in ["totp", "mfa"] {
        let scope = format!("a-{cloud} & b-{cloud}");
        let out = s.ok(&scope, &["token", "issue", "-f", "value", "-c", "user_id"]);
        for site in names {
            assert!(out.contains(&format!("{site}-{cloud}\n")), "{cloud}: {out}");
        }
    }
    // One run of the command per invocation, for both sites.
    assert_eq!(std::fs::read_to_string(&count).unwrap(), "x\nx\n");
    assert_eq!((s.token_posts("a"), s.token_posts("b")), (5, 5));

    // Tokens come from the cache now: no passcode, no Keystone.
    std::fs::remove_file(&file).unwrap();
    let out = s.ok(
        "a-mfa & b-totp",
        &["token", "issue", "-f", "value", "-c", "user_id"],
    );
    assert!(out.contains("a-mfa\n") && out.contains("b-totp\n"), "{out}");
    assert_eq!((s.token_posts("a"), s.token_posts("b")), (5, 5));
    assert_eq!(std::fs::read_to_string(&count).unwrap(), "x\nx\n");

    // A command that fails fails its sites, in one line each.
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a-totp & b-totp",
        "--no-token-cache",
        "token",
        "issue",
    ]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    for site in names {
        assert!(
            err.contains(&format!(
                "{site}-totp: config: `auth_commands.passcode` failed (exit status: 1)"
            )),
            "{err}"
        );
    }
}

#[test]
fn a_receipt_is_answered_with_the_passcode_or_says_what_is_missing() {
    let s = totp_sites(&["a"], true);
    // The password alone: Keystone answers with a receipt; without a
    // passcode and a terminal, the site says what is missing.
    let (code, out, err) = s.run(&["--os-cloud", "a-demo", "--no-token-cache", "image", "list"]);
    assert_eq!((code, out.trim()), (1, ""), "{err}");
    assert!(
        err.contains(
            "a-demo: config: demo's multi-factor rules ask for a TOTP passcode too: \
             no TOTP passcode for demo at a-demo: none in clouds.yaml (`auth.passcode`), \
             secure.yaml, OS_PASSCODE or `auth_commands.passcode`, and no terminal to ask on"
        ),
        "{err}"
    );
    // The demo's and the admin's tokens of the set-up, and the receipt.
    assert_eq!(s.token_posts("a"), 3);

    // With the passcode, the receipt is answered: two requests, one token.
    let code = passcode();
    let mut command = s.oscope();
    command.env("OS_PASSCODE", &code);
    let args = [
        "--os-cloud",
        "a-demo",
        "--no-token-cache",
        "--debug",
        "token",
        "issue",
    ];
    let (status, out, err) = common::run(command, &args);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("| project_id |"), "{out}");
    assert_eq!(s.token_posts("a"), 5);
    for secret in [code.as_str(), "a-demo\""] {
        assert!(!err.contains(secret), "{secret} in the debug log: {err}");
    }
    assert!(err.contains(r#""passcode":"***""#), "{err}");

    // A wrong passcode: Keystone's refusal, naming the method.
    let mut command = s.oscope();
    command.env("OS_PASSCODE", "000000");
    let args = ["--os-cloud", "a-demo", "--no-token-cache", "token", "issue"];
    let (status, _, err) = common::run(command, &args);
    assert_eq!(status, 1);
    assert!(
        err.contains("a-demo: auth: HTTP 401")
            && err.contains("Keystone refused the TOTP passcode"),
        "{err}"
    );
}

#[test]
fn a_missing_password_fails_its_site_alone_without_a_terminal() {
    let s = SimSandbox::named(&["a", "b"]);
    let clouds = s
        .sim
        .clouds_yaml()
        .replacen("      password: b-admin\n", "", 1);
    s.sandbox.write("clouds.yaml", &clouds);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b",
        "flavor",
        "list",
        "-f",
        "value",
        "-c",
        "Site",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(out.lines().all(|l| l == "a") && !out.is_empty(), "{out}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("oscope: b: ")).count(),
        1,
        "{err}"
    );
    assert!(
        err.contains(
            "b: config: no password for admin at b: none in clouds.yaml (`auth.password`), \
             secure.yaml, OS_PASSWORD or `auth_commands.password`, and no terminal to ask on"
        ),
        "{err}"
    );
    assert_eq!(s.token_posts("b"), 0);
}

#[cfg(target_os = "linux")]
#[test]
fn passwords_are_asked_for_on_the_terminal_once_per_keystone_and_user() {
    let s = SimSandbox::named(&["a", "b"]);
    // Two clouds of a's Keystone and one of b's, none with a password.
    let a_url = s.sim.site("a").auth_url();
    let b_url = s.sim.site("b").auth_url();
    let mut clouds = String::from("clouds:\n");
    for (cloud, url) in [("p1", &a_url), ("p2", &a_url), ("q", &b_url)] {
        clouds += &format!(
            "  {cloud}:\n    auth:\n      auth_url: {url}\n      username: admin\n      \
             user_domain_name: Default\n      project_name: admin\n      project_domain_name: Default\n"
        );
    }
    s.sandbox.write("clouds.yaml", &clouds);
    let mut command = s.oscope();
    command.args([
        "--timeout",
        "1",
        "--os-scope",
        "p1 & p2 & q",
        "flavor",
        "list",
        "-f",
        "value",
        "-c",
        "Site",
    ]);
    // Answered after the sites' deadline (`--timeout 1`) would have
    // passed: a question is no part of a site's time.
    let (status, seen, mut asked) = pty::answering(command, "Password for admin at ", |site| {
        std::thread::sleep(std::time::Duration::from_millis(1500));
        if site == "q" { "b-admin" } else { "a-admin" }.to_string()
    });
    assert!(status.success(), "{seen}");
    // Nothing else (the fan-out's progress) is written into a question.
    for question in seen.split("Password for admin at ").skip(1) {
        let line = question.split('\n').next().unwrap_or_default();
        assert!(
            !line.contains("oscope:"),
            "written into a question: {line:?}"
        );
    }
    asked.sort();
    assert_eq!(asked.len(), 2, "one question per Keystone: {asked:?}");
    assert_eq!(asked[1], "q");
    assert!(["p1", "p2"].contains(&asked[0].as_str()), "{asked:?}");
    assert!(
        !seen.contains("a-admin") && !seen.contains("b-admin"),
        "echoed: {seen}"
    );
    for site in ["p1", "p2", "q"] {
        assert!(seen.lines().any(|l| l.trim() == site), "{site}: {seen}");
    }
}

/// Adds, for each site, a cloud `{site}-{name}` signing in through the
/// simulator's OpenID Connect provider (served by site `a`) with
/// `auth_type` and the `auth` lines `keys`.
fn federated_clouds(s: &SimSandbox, names: &[&str], name: &str, auth_type: &str, keys: &str) {
    let discovery = format!(
        "{}/idp/.well-known/openid-configuration",
        s.sim.site("a").base()
    );
    let auth = format!(
        "identity_provider: myidp\nprotocol: openid\ndiscovery_endpoint: {discovery}\n{keys}"
    );
    add_clouds(s, names, name, &format!("auth_type: {auth_type}"), &auth);
}

const CLIENT: &str = "client_id: oscope\nclient_secret: oscope-secret";

#[test]
fn every_openid_connect_grant_signs_in_at_several_sites_with_one_provider_token() {
    let names = ["a", "b"];
    let s = SimSandbox::named(&names);
    let idp = s.sim.idp();
    let code = idp.code_for("alice");
    let token = idp.token_for("bob");
    let grants = [
        (
            "pw",
            "v3oidcpassword",
            format!("{CLIENT}\nusername: alice\npassword: alice-pw"),
            "password",
        ),
        (
            "cc",
            "v3oidcclientcredentials",
            CLIENT.to_string(),
            "client_credentials",
        ),
        (
            "code",
            "v3oidcauthcode",
            format!("{CLIENT}\ncode: {code}\nredirect_uri: http://127.0.0.1:8080/"),
            "authorization_code",
        ),
        (
            "at",
            "v3oidcaccesstoken",
            format!("access_token: {token}"),
            "",
        ),
    ];
    for (name, auth_type, keys, _) in &grants {
        federated_clouds(&s, &names, name, auth_type, keys);
    }
    for (name, _, _, grant) in &grants {
        let scope = format!("a-{name} & b-{name}");
        let out = s.ok(
            &scope,
            &["token", "issue", "-f", "value", "-c", "project_id"],
        );
        for site in names {
            assert!(out.contains(&format!("{site}-{name}\n")), "{name}: {out}");
        }
        if !grant.is_empty() {
            assert_eq!(
                idp.requests(grant),
                1,
                "one provider token for both sites: {name}"
            );
        }
    }
    // The federated users are the provider's, mapped at each site.
    for (site, user) in [("a", "alice"), ("b", "bob")] {
        let data = s.sim.site(site).data.lock().unwrap();
        assert!(
            data.users.iter().any(|u| u["name"] == user),
            "{site}: {user}"
        );
    }
    // Cached: no provider, no Keystone.
    let posts = (s.token_posts("a"), s.token_posts("b"));
    s.ok("a-pw & b-pw", &["image", "list"]);
    assert_eq!((s.token_posts("a"), s.token_posts("b")), posts);
    assert_eq!(idp.requests("password"), 1);
}

#[test]
fn the_device_flow_prints_where_to_sign_in_and_waits_for_it() {
    let names = ["a", "b"];
    let s = SimSandbox::named(&names);
    federated_clouds(
        &s,
        &names,
        "dev",
        "v3oidcdeviceauthz",
        "client_id: oscope-cli",
    );
    let idp = s.sim.idp().clone();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let approver = {
        let done = done.clone();
        std::thread::spawn(move || {
            // The user, at the verification URI (bounded: 30 s).
            for _ in 0..300 {
                if done.load(std::sync::atomic::Ordering::Relaxed)
                    || idp.approve_devices("alice") > 0
                {
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        })
    };
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a-dev & b-dev",
        "token",
        "issue",
        "-f",
        "value",
        "-c",
        "user_id",
    ]);
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    approver.join().unwrap();
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 4, "{out}");
    let verify = format!("{}/idp/device/verify?user_code=", s.sim.site("a").base());
    assert_eq!(
        err.matches(&verify).count(),
        1,
        "one sign-in for both sites: {err}"
    );
    assert!(err.contains(": to sign in, go to "), "{err}");
}

#[test]
fn identity_provider_refusals_say_which_site_method_and_what_was_wrong() {
    let s = SimSandbox::named(&["a"]);
    federated_clouds(
        &s,
        &["a"],
        "badclient",
        "v3oidcclientcredentials",
        "client_id: oscope\nclient_secret: nope-77",
    );
    federated_clouds(
        &s,
        &["a"],
        "badpw",
        "v3oidcpassword",
        &format!("{CLIENT}\nusername: alice\npassword: wrong-pw-88"),
    );
    federated_clouds(
        &s,
        &["a"],
        "askpw",
        "v3oidcpassword",
        &format!("{CLIENT}\nusername: alice"),
    );
    let cases = [
        (
            "a-badclient",
            "auth: HTTP 401",
            "the identity provider refused the client credentials: Invalid client or Invalid client credentials",
        ),
        (
            "a-badpw",
            "auth: HTTP 401",
            "the identity provider refused the user's password: Invalid user credentials",
        ),
        (
            "a-askpw",
            "config",
            "no password for alice at a-askpw: none in clouds.yaml (`auth.password`)",
        ),
    ];
    for (cloud, class, want) in cases {
        let (code, _, err) = s.run(&["--os-cloud", cloud, "--debug", "token", "issue"]);
        assert_eq!(code, 1, "{cloud}: {err}");
        assert!(
            err.contains(&format!("oscope: {cloud}: {class}")),
            "{cloud}: {err}"
        );
        assert!(err.contains(want), "{cloud}: {err}");
        let (_, out, explained) = s.run(&["--os-cloud", cloud, "--explain", "image", "list"]);
        let explained = format!("{out}{explained}");
        for secret in ["nope-77", "wrong-pw-88", "oscope-secret", "Bearer", "at-"] {
            assert!(!err.contains(secret), "{secret} in the debug log: {err}");
            assert!(
                !explained.contains(secret),
                "{secret} explained: {explained}"
            );
        }
    }
}

/// Adds, for each site, a cloud `{site}-{name}` signing in by SAML's ECP
/// profile at the simulator's identity provider (served by site `a`) with
/// the `auth` lines `keys`.
fn saml_clouds(s: &SimSandbox, names: &[&str], name: &str, keys: &str) {
    let ecp = format!("{}{}", s.sim.site("a").base(), oscope_sim::saml::ECP_PATH);
    let auth =
        format!("identity_provider: myidp\nprotocol: saml2\nidentity_provider_url: {ecp}\n{keys}");
    add_clouds(s, names, name, "auth_type: v3samlpassword", &auth);
}

#[test]
fn saml_ecp_signs_in_at_every_site_of_a_scope_and_is_cached() {
    let names = ["a", "b", "c"];
    let s = SimSandbox::named(&names);
    let idp = s.sim.idp();
    saml_clouds(&s, &names, "saml", "username: alice\npassword: alice-pw");
    let out = s.ok(
        "a-saml & b-saml & c-saml",
        &["token", "issue", "-f", "value", "-c", "project_id"],
    );
    for site in names {
        assert!(out.contains(&format!("{site}-saml\n")), "{out}");
        // The provider's user, mapped at the site, on the demo project.
        let data = s.sim.site(site).data.lock().unwrap();
        assert!(data.users.iter().any(|u| u["name"] == "alice"), "{site}");
    }
    // Each site's service provider wants its own assertion.
    assert_eq!(idp.saml_sign_ins(), 3);
    let out = s.ok(
        "a-saml | b-saml",
        &["server", "list", "-f", "value", "-c", "Name"],
    );
    assert!(out.is_empty(), "{out}");
    assert_eq!(idp.saml_sign_ins(), 3, "the tokens are cached");
}

#[cfg(target_os = "linux")]
#[test]
fn a_saml_password_is_asked_once_for_the_sites_of_one_provider() {
    let names = ["a", "b"];
    let s = SimSandbox::named(&names);
    saml_clouds(&s, &names, "saml", "username: alice");
    let mut command = s.oscope();
    command.args([
        "--os-scope",
        "a-saml & b-saml",
        "token",
        "issue",
        "-f",
        "value",
        "-c",
        "project_id",
    ]);
    let (status, seen, asked) =
        pty::answering(command, "Password for alice at ", |_| "alice-pw".into());
    assert!(status.success(), "{seen}");
    assert_eq!(asked.len(), 1, "two Keystones, one provider: {asked:?}");
    assert!(!seen.contains("alice-pw"), "echoed: {seen}");
    assert_eq!(s.sim.idp().saml_sign_ins(), 2);
}

#[test]
fn saml_refusals_say_which_site_and_what_was_wrong() {
    let s = SimSandbox::named(&["a", "b"]);
    let idp = s.sim.idp();
    saml_clouds(
        &s,
        &["a"],
        "badpw",
        "username: alice\npassword: wrong-pw-99",
    );
    saml_clouds(&s, &["a", "b"], "ok", "username: bob\npassword: bob-pw");
    saml_clouds(&s, &["a"], "askpw", "username: bob");
    let (code, out, err) = s.run(&["--os-cloud", "a-badpw", "--debug", "token", "issue"]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.contains("oscope: a-badpw: auth: HTTP 401")
            && err.contains("the identity provider refused the user's password"),
        "{err}"
    );
    let (code, _, err) = s.run(&["--os-cloud", "a-askpw", "token", "issue"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("oscope: a-askpw: config: no password for bob at a-askpw"),
        "{err}"
    );
    // A provider that answers another consumer than the service provider
    // named: nothing is sent there, and the site alone fails.
    idp.answer_saml_consumer(Some("http://127.0.0.1:9/Shibboleth.sso/SAML2/ECP"));
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a-ok & b-ok",
        "--debug",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.contains("is not the identity provider's http://127.0.0.1:9/"),
        "{err}"
    );
    assert!(!err.contains("POST http://127.0.0.1:9/"), "{err}");
    idp.answer_saml_consumer(None);
    let (code, _, err) = s.run(&["--os-scope", "a-ok & b-ok", "--debug", "token", "issue"]);
    assert_eq!(code, 0, "{err}");
    for secret in [
        "wrong-pw-99",
        "bob-pw",
        "Basic ",
        "_shibsession",
        "Assertion",
    ] {
        assert!(!err.contains(secret), "{secret} in the debug log: {err}");
    }
}
