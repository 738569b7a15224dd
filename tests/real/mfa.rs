//! Keystone's TOTP method and multi-factor rules on real Keystone (the
//! harness enables `totp`): a user signs in with `v3totp` as with
//! python-openstackclient, with `v3multifactor`, through a receipt, and
//! with a password alone is told what is missing; the simulator's answers
//! to the same requests are compared with real Keystone's.

use super::*;

/// A TOTP secret (base32).
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn passcode() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    oscope_sim::totp::passcode(SECRET, now.as_secs()).unwrap()
}

/// Status, whether a receipt came, the body's shape; the headers and the
/// body themselves.
pub(super) type Answer = (u16, bool, Value, reqwest::header::HeaderMap, Value);

/// Requests against one Keystone at `url` (its `/v3`).
pub(super) struct Keystone {
    pub(super) client: reqwest::Client,
    pub(super) url: String,
}

impl Keystone {
    pub(super) async fn post(
        &self,
        path: &str,
        token: Option<&str>,
        receipt: Option<&str>,
        body: Value,
    ) -> Answer {
        let mut request = self.client.post(format!("{}/{path}", self.url)).json(&body);
        if let Some(token) = token {
            request = request.header("x-auth-token", token);
        }
        if let Some(receipt) = receipt {
            request = request.header("openstack-auth-receipt", receipt);
        }
        self.answer(request).await
    }

    /// `POST auth/tokens` with `body`, and a receipt when given.
    pub(super) async fn sign_in(&self, receipt: Option<&str>, body: Value) -> Answer {
        self.post("auth/tokens", None, receipt, body).await
    }

    pub(super) async fn answer(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body: Value = response.json().await.unwrap_or(Value::Null);
        let receipt = headers.contains_key("openstack-auth-receipt");
        (status, receipt, shape(&body), headers, body)
    }

    pub(super) async fn get(&self, path: &str, token: &str) -> Value {
        let request = self
            .client
            .get(format!("{}/{path}", self.url))
            .header("x-auth-token", token);
        self.answer(request).await.4
    }
}

pub(super) fn password(user: &str, secret: &str) -> Value {
    json!({"user": {"name": user, "domain": {"id": "default"}, "password": secret}})
}

fn totp(user: &str, code: &str) -> Value {
    json!({"user": {"name": user, "domain": {"id": "default"}, "passcode": code}})
}

/// The auth request for `methods` (`password`, `totp`), scoped to the
/// demo project.
fn auth(methods: &[(&str, Value)]) -> Value {
    let mut identity = json!({"methods": methods.iter().map(|(m, _)| *m).collect::<Vec<_>>()});
    for (method, body) in methods {
        identity[*method] = body.clone();
    }
    json!({"auth": {"identity": identity,
        "scope": {"project": {"name": "demo", "domain": {"id": "default"}}}}})
}

/// Makes user `user` (password `secret`, a member of demo, a TOTP
/// credential) as the admin, then signs in every way, setting multi-factor
/// rules half-way: per step, (label, status, receipt?, body shape).
async fn conversation(url: &str, admin: &str, admin_password: &str, user: &str) -> Vec<Step> {
    let k = Keystone {
        client: reqwest::Client::new(),
        url: url.trim_end_matches('/').to_string(),
    };
    let admin_auth = json!({"auth": {"identity": {"methods": ["password"], "password": password(admin, admin_password)},
        "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}});
    let (_, _, _, headers, _) = k.post("auth/tokens", None, None, admin_auth).await;
    let admin = headers["x-subject-token"].to_str().unwrap().to_string();
    let admin = admin.as_str();
    let made = k
        .post(
            "users",
            Some(admin),
            None,
            json!({"user": {"name": user, "password": "pw-1", "domain_id": "default"}}),
        )
        .await
        .4;
    let user_id = made["user"]["id"].as_str().unwrap().to_string();
    let demo = k.get("projects?name=demo", admin).await["projects"][0]["id"].clone();
    let member = k.get("roles?name=member", admin).await["roles"][0]["id"].clone();
    let grant = format!(
        "{}/projects/{}/users/{user_id}/roles/{}",
        k.url,
        demo.as_str().unwrap(),
        member.as_str().unwrap()
    );
    let put = k.client.put(grant).header("x-auth-token", admin);
    assert!(put.send().await.unwrap().status().is_success());
    let mut steps = Vec::new();
    let mut step = |label: &str, answer: &Answer| {
        steps.push((label.to_string(), (answer.0, answer.1), answer.2.clone()));
    };
    let credential = json!({"credential": {"type": "totp", "user_id": user_id, "blob": SECRET}});
    step(
        "a TOTP credential",
        &k.post("credentials", Some(admin), None, credential).await,
    );
    let pw = || ("password", password(user, "pw-1"));
    let code = |c: &str| ("totp", totp(user, c));
    for (label, methods) in [
        ("a password, no rules", vec![pw()]),
        ("a passcode", vec![code(&passcode())]),
        ("a wrong passcode (401)", vec![code("000000")]),
    ] {
        step(label, &k.sign_in(None, auth(&methods)).await);
    }
    let rules = json!({"user": {"options": {"multi_factor_auth_enabled": true,
        "multi_factor_auth_rules": [["password", "totp"]]}}});
    let patch = k
        .client
        .patch(format!("{}/users/{user_id}", k.url))
        .header("x-auth-token", admin)
        .json(&rules);
    step("set the rules", &k.answer(patch).await);
    let receipt = k.sign_in(None, auth(&[pw()])).await;
    step("a password alone (401, a receipt)", &receipt);
    let id = receipt.3["openstack-auth-receipt"].to_str().unwrap();
    for (label, receipt, methods) in [
        (
            "the receipt and a passcode",
            Some(id),
            vec![code(&passcode())],
        ),
        (
            "a receipt that is none (401)",
            Some("gAAAA-nothing"),
            vec![code(&passcode())],
        ),
        ("both at once", None, vec![pw(), code(&passcode())]),
        (
            "a passcode alone (401, a receipt)",
            None,
            vec![code(&passcode())],
        ),
    ] {
        step(label, &k.sign_in(receipt, auth(&methods)).await);
    }
    let gone = k
        .client
        .delete(format!("{}/users/{user_id}", k.url))
        .header("x-auth-token", admin);
    assert!(gone.send().await.unwrap().status().is_success());
    steps
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn the_simulator_answers_totp_and_receipts_as_real_keystone_does() {
    keystone_answers_alike("mfa", conversation);
}

/// A step of a conversation with Keystone: its label, what must be the
/// same (the status, whether a receipt came) and the body's shape.
pub(super) type Step = (String, (u16, bool), Value);

/// Runs `conversation` (Keystone's URL, the admin's name and password, a
/// new user's name) against berlin's real Keystone and a simulated one,
/// and asserts that the simulator answered every step alike.
pub(super) fn keystone_answers_alike(
    prefix: &str,
    conversation: impl AsyncFn(&str, &str, &str, &str) -> Vec<Step>,
) {
    let [url, admin, password] = Real::get().berlin_admin();
    let sim = oscope_sim::BackgroundSim::start(oscope_sim::SimConfig::named(&["berlin"])).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let user = unique(prefix);
    let real = runtime.block_on(conversation(&url, &admin, &password, &user));
    let simulated = runtime.block_on(conversation(
        &sim.site("berlin").auth_url(),
        "admin",
        "berlin-admin",
        &user,
    ));
    assert_eq!(real.len(), simulated.len());
    let mut problems = Vec::new();
    for ((label, (status, receipt), body), (_, (s_status, s_receipt), s_body)) in
        real.iter().zip(&simulated)
    {
        if (status, receipt) != (s_status, s_receipt) {
            problems.push(format!(
                "{label}: {status} (receipt: {receipt}) here, {s_status} (receipt: {s_receipt}) in the simulator"
            ));
        }
        let mut diffs = Vec::new();
        differences("", body, s_body, &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{label}: {d}")));
    }
    assert!(
        problems.is_empty(),
        "the simulator departs from real Keystone:\n{}",
        problems.join("\n")
    );
}

#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn totp_and_multi_factor_sign_in_on_real_keystone() {
    let r = Real::get();
    let user = unique("totp");
    let admin = |args: &[&str]| r.osc(&[&["--os-cloud", "berlin"][..], args].concat());
    let user_id = admin(&[
        "user",
        "create",
        &user,
        "--password",
        "pw-1",
        "--project",
        "demo",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let user_id = user_id.trim();
    admin(&[
        "role",
        "add",
        "--user",
        &user,
        "--project",
        "demo",
        "member",
    ]);
    // `credential create|show|list|delete` as python-openstackclient
    // prints them (IDs masked), each client making its own.
    let oscope_admin = |args: &[&str]| r.run(&[&["--os-cloud", "berlin"][..], args].concat());
    let mut made = Vec::new();
    for by_osc in [true, false] {
        let create = [
            "credential",
            "create",
            "--type",
            "totp",
            &user,
            SECRET,
            "-f",
            "json",
        ];
        let out = if by_osc {
            admin(&create)
        } else {
            oscope_admin(&create).1
        };
        let credential: Value = serde_json::from_str(&out).unwrap();
        let id = credential["id"].as_str().unwrap().to_string();
        let show = if by_osc {
            admin(&["credential", "show", &id])
        } else {
            r.ok(&["--os-cloud", "berlin", "credential", "show", &id])
        };
        made.push((out.replace(&id, "ID"), show.replace(&id, "ID"), id));
    }
    assert_eq!((&made[0].0, &made[0].1), (&made[1].0, &made[1].1));
    let list = [
        "credential",
        "list",
        "--user",
        &user,
        "--type",
        "totp",
        "-f",
        "value",
        "-c",
        "Type",
        "-c",
        "Data",
    ];
    assert_eq!(
        admin(&list),
        r.ok(&[&["--os-cloud", "berlin"][..], &list].concat())
    );
    let (code, out, err) = oscope_admin(&["credential", "delete", &made[1].2]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
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
    let file = r.sandbox.write("passcode", "");
    // The passcode from a command: `auth_commands`, which OSC ignores.
    let cloud = |name: &str, auth_type: &str, auth: &str| {
        format!(
            "  {name}:\n    auth_type: {auth_type}\n    auth_commands: {{passcode: 'cat {}'}}\n    \
             auth:\n      auth_url: {}\n      username: {user}\n      \
             user_domain_name: Default\n      project_name: demo\n      project_domain_name: Default\n{auth}",
            file.display(),
            auth_url.lines().next().unwrap()
        )
    };
    let clouds = r.sandbox.write(
        "mfa.yaml",
        &format!(
            "clouds:\n{}{}{}",
            cloud("t", "v3totp", ""),
            cloud(
                "m",
                "v3multifactor",
                "      password: pw-1\n      auth_methods: [v3password, v3totp]\n"
            ),
            // No passcode at hand.
            cloud("p", "v3password", "      password: pw-1\n").replace(
                &format!(
                    "    auth_commands: {{passcode: 'cat {}'}}\n",
                    file.display()
                ),
                ""
            ),
        ),
    );
    let oscope = |cloud: &str, passcode: Option<&str>| {
        let mut command = r.sandbox.oscope();
        command.env("OS_CLIENT_CONFIG_FILE", &clouds);
        if let Some(code) = passcode {
            command.env("OS_PASSCODE", code);
        }
        let args = [
            "--os-cloud",
            cloud,
            "--no-token-cache",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "user_id",
        ];
        run(command, &args)
    };
    // v3totp, as python-openstackclient signs in with it.
    std::fs::write(&file, passcode()).unwrap();
    let (code, out, err) = oscope("t", None);
    assert_eq!((code, out.trim()), (0, user_id), "{err}");
    let osc = Command::new(&r.osc)
        .env("OS_CLIENT_CONFIG_FILE", &clouds)
        .args([
            "--os-cloud",
            "t",
            "--os-passcode",
            &passcode(),
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "user_id",
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&osc.stdout).trim(),
        user_id,
        "{osc:?}"
    );

    r.ok(&[
        "--os-cloud",
        "berlin",
        "user",
        "set",
        "--enable-multi-factor-auth",
        "--multi-factor-auth-rule",
        "password,totp",
        &user,
    ]);
    // v3multifactor: both methods in one request.
    let (code, out, err) = oscope("m", None);
    assert_eq!((code, out.trim()), (0, user_id), "{err}");
    // The password alone: the receipt wants a passcode; none is at hand.
    let (code, out, err) = oscope("p", None);
    assert_eq!((code, out.trim()), (1, ""), "{err}");
    assert!(
        err.contains(&format!(
            "oscope: p: config: {user}'s multi-factor rules ask for a TOTP passcode too: \
             no TOTP passcode for {user} at p: none in clouds.yaml (`auth.passcode`), secure.yaml, \
             OS_PASSCODE or `auth_commands.passcode`, and no terminal to ask on"
        )),
        "{err}"
    );
    // With one, the receipt is answered.
    let (code, out, err) = oscope("p", Some(&passcode()));
    assert_eq!((code, out.trim()), (0, user_id), "{err}");
    // TOTP alone: the receipt wants the password, which the cloud lacks.
    let (code, _, err) = oscope("t", None);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "{user}'s multi-factor rules ask for a password too: no password for {user} at t"
        )),
        "{err}"
    );
    admin(&["user", "delete", &user]);
}

#[cfg(target_os = "linux")]
#[test]
#[ignore = "needs real OpenStack: scripts/test-real.sh"]
fn passwords_are_asked_for_per_site_on_a_terminal() {
    let r = Real::get();
    let clouds: Value =
        serde_yaml_ng::from_str(&std::fs::read_to_string(&r.clouds).unwrap()).unwrap();
    let mut asking = String::from("clouds:\n");
    for site in ["berlin", "denver"] {
        let auth = &clouds["clouds"][site]["auth"];
        asking += &format!(
            "  {site}:\n    auth:\n      auth_url: {}\n      username: {}\n      user_domain_name: Default\n      \
             project_name: admin\n      project_domain_name: Default\n",
            auth["auth_url"].as_str().unwrap(),
            auth["username"].as_str().unwrap()
        );
    }
    let file = r.sandbox.write("asking.yaml", &asking);
    let mut command = r.sandbox.oscope();
    command
        .env("OS_CLIENT_CONFIG_FILE", &file)
        .env("XDG_CACHE_HOME", r.sandbox.path().join("asking-cache"))
        .args([
            "--os-scope",
            "berlin & denver",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "user_id",
        ]);
    let question = "Password for admin at ";
    let (status, seen, mut asked) = common::pty::answering(command, question, |site| {
        clouds["clouds"][site]["auth"]["password"]
            .as_str()
            .unwrap()
            .to_string()
    });
    assert!(status.success(), "{seen}");
    asked.sort();
    assert_eq!(asked, ["berlin", "denver"]);
    for site in ["berlin", "denver"] {
        let password = clouds["clouds"][site]["auth"]["password"].as_str().unwrap();
        assert!(!seen.contains(password), "echoed: {seen}");
    }
}
