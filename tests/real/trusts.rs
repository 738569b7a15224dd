//! Keystone's trusts and `--os-trust-id` on real Keystone: a trustee signs
//! in with the trust as python-openstackclient signs in, and the
//! simulator's trusts (made, shown, listed, used, refused, deleted) answer
//! as real Keystone's do.

use super::mfa::{Keystone, Step, keystone_answers_alike, password};
use super::*;

/// A sign-in as `user` (password `secret`) scoped to `scope`.
fn sign_in(user: &str, secret: &str, scope: Value) -> Value {
    json!({"auth": {"identity": {"methods": ["password"], "password": password(user, secret)},
        "scope": scope}})
}

fn trust_scope(id: &str) -> Value {
    json!({"OS-TRUST:trust": {"id": id}})
}

/// As the admin: makes the user `trustee`, lends it the admin role on the
/// admin project (and once impersonating), then uses, refuses and deletes
/// the trusts: per step, (label, status, body shape), and who the
/// impersonating trust's token is (the admin, by ID) as a check.
async fn conversation(url: &str, admin: &str, admin_password: &str, trustee: &str) -> Vec<Step> {
    let k = Keystone {
        client: reqwest::Client::new(),
        url: url.trim_end_matches('/').to_string(),
    };
    let admin_scope = json!({"project": {"name": "admin", "domain": {"id": "default"}}});
    let (_, _, _, headers, body) = k
        .post(
            "auth/tokens",
            None,
            None,
            sign_in(admin, admin_password, admin_scope),
        )
        .await;
    let token = headers["x-subject-token"].to_str().unwrap().to_string();
    let token = token.as_str();
    let admin_id = body["token"]["user"]["id"].clone();
    let project_id = body["token"]["project"]["id"].clone();
    let made = k
        .post(
            "users",
            Some(token),
            None,
            json!({"user": {"name": trustee, "password": "pw-1", "domain_id": "default"}}),
        )
        .await
        .4;
    let trustee_id = made["user"]["id"].as_str().unwrap().to_string();
    let mut steps = Vec::new();
    let mut step = |label: &str, (status, receipt, shape, _, _): mfa::Answer| {
        steps.push((label.to_string(), (status, receipt), shape));
    };
    let trust = |impersonation: bool| {
        json!({"trust": {"trustor_user_id": admin_id, "trustee_user_id": trustee_id,
            "project_id": project_id, "impersonation": impersonation,
            "roles": [{"name": "admin"}]}})
    };
    let created = k
        .post("OS-TRUST/trusts", Some(token), None, trust(false))
        .await;
    let id = created.4["trust"]["id"].as_str().unwrap().to_string();
    step("create", created);
    let show = k
        .client
        .get(format!("{}/OS-TRUST/trusts/{id}", k.url))
        .header("x-auth-token", token);
    step("show", k.answer(show).await);
    let list = k
        .client
        .get(format!(
            "{}/OS-TRUST/trusts?trustee_user_id={trustee_id}",
            k.url
        ))
        .header("x-auth-token", token);
    step("list", k.answer(list).await);
    step(
        "the trustee signs in with it",
        k.sign_in(None, sign_in(trustee, "pw-1", trust_scope(&id)))
            .await,
    );
    step(
        "another user signs in with it",
        k.sign_in(None, sign_in(admin, admin_password, trust_scope(&id)))
            .await,
    );
    step(
        "an unknown trust",
        k.sign_in(
            None,
            sign_in(
                trustee,
                "pw-1",
                trust_scope("0123456789abcdef0123456789abcdef"),
            ),
        )
        .await,
    );
    let other = k
        .post("OS-TRUST/trusts", Some(token), None, trust(true))
        .await;
    let impersonating = other.4["trust"]["id"].as_str().unwrap().to_string();
    let signed_in = k
        .post(
            "auth/tokens",
            None,
            None,
            sign_in(trustee, "pw-1", trust_scope(&impersonating)),
        )
        .await;
    let as_admin = signed_in.4["token"]["user"]["id"] == admin_id;
    step("the trustee signs in as the trustor", signed_in);
    step(
        "its token is the trustor's",
        (
            u16::from(as_admin),
            false,
            Value::Null,
            Default::default(),
            Value::Null,
        ),
    );
    for trust in [&id, &impersonating] {
        let delete = k
            .client
            .delete(format!("{}/OS-TRUST/trusts/{trust}", k.url))
            .header("x-auth-token", token);
        step("delete", k.answer(delete).await);
    }
    step(
        "a deleted trust",
        k.sign_in(None, sign_in(trustee, "pw-1", trust_scope(&id)))
            .await,
    );
    let gone = k
        .client
        .delete(format!("{}/users/{trustee_id}", k.url))
        .header("x-auth-token", token);
    assert!(gone.send().await.unwrap().status().is_success());
    steps
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn the_simulator_answers_trusts_as_real_keystone_does() {
    keystone_answers_alike("trustee", conversation);
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn a_trustee_signs_in_with_the_trust_as_python_openstackclient_does() {
    let r = Real::get();
    let [url, admin, _] = r.berlin_admin();
    let trustee = unique("trustee");
    let created = r.osc(&[
        "--os-cloud",
        "berlin",
        "user",
        "create",
        &trustee,
        "--password",
        "pw-1",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let trustee_id = created.trim();
    let trust = |impersonate: bool| {
        let mut args = vec![
            "--os-cloud",
            "berlin",
            "trust",
            "create",
            "--project",
            "admin",
            "--role",
            "admin",
        ];
        if impersonate {
            args.push("--impersonate");
        }
        args.extend([admin.as_str(), trustee.as_str(), "-f", "value", "-c", "id"]);
        r.osc(&args).trim().to_string()
    };
    let (plain, impersonating) = (trust(false), trust(true));
    // The trustee's cloud names no project: the trust brings it (OSC
    // refuses a project and a trust together).
    let clouds = r.sandbox.write(
        "trustee.yaml",
        &format!(
            "clouds:\n  trustee:\n    auth: {{auth_url: '{url}', username: {trustee}, password: pw-1, \
             user_domain_name: Default}}\n    region_name: Berlin\n"
        ),
    );
    let token = |program: Command, trust: &str, by_variable: bool| {
        let mut command = program;
        command
            .env("OS_CLIENT_CONFIG_FILE", &clouds)
            .env_remove("OS_CLOUD");
        let mut args = vec![
            "--os-cloud",
            "trustee",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "project_id",
            "-c",
            "user_id",
        ];
        if by_variable {
            command.env("OS_TRUST_ID", trust);
        } else {
            args.splice(2..2, ["--os-trust-id", trust]);
        }
        let (code, out, err) = run(command, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    for (trust, by_variable) in [(&plain, false), (&impersonating, true)] {
        let theirs = token(Command::new(&r.osc), trust, by_variable);
        let ours = token(r.oscope(), trust, by_variable);
        assert_eq!(ours, theirs, "trust {trust}");
    }
    // The impersonating trust's token is the admin's.
    let admin_id = r.osc(&[
        "--os-cloud",
        "berlin",
        "user",
        "show",
        &admin,
        "-f",
        "value",
        "-c",
        "id",
    ]);
    assert!(token(r.oscope(), &impersonating, false).contains(admin_id.trim()));
    assert!(token(r.oscope(), &plain, false).contains(trustee_id));
    r.osc(&[
        "--os-cloud",
        "berlin",
        "trust",
        "delete",
        &plain,
        &impersonating,
    ]);
    r.osc(&["--os-cloud", "berlin", "user", "delete", &trustee]);
}
