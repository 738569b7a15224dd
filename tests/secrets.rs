//! Secrets never reach output: every command, run with `--debug` (which
//! logs every request and its body) and with `--explain`, by a password
//! cloud and an application-credential cloud, prints no password, no
//! application-credential secret and no token (but the one `token issue`
//! is asked to print).

mod common;

use common::SimSandbox;

const PASSWORD: &str = "a-admin";
const APP_SECRET: &str = "app-secret-5f2c9e";
const USER_PASSWORD: &str = "hunter2-user";

#[test]
fn no_command_prints_a_secret() {
    let s = SimSandbox::named(&["a"]);
    // An application credential with a known secret, and a cloud that uses it.
    let user = s.run(&[
        "--os-cloud",
        "a",
        "token",
        "issue",
        "-f",
        "value",
        "-c",
        "user_id",
    ]);
    let user = user.1.trim();
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "a",
        "api",
        "identity",
        "POST",
        &format!("/users/{user}/application_credentials"),
        "--body",
        &format!(r#"{{"application_credential": {{"name": "ci", "secret": "{APP_SECRET}"}}}}"#),
    ]);
    assert_eq!(code, 0, "{err}");
    let id = {
        let data = s.sim.site("a").data.lock().unwrap();
        data.app_credentials[0].id.clone()
    };
    let auth_url = s
        .sim
        .clouds_yaml()
        .lines()
        .find_map(|l| l.trim().strip_prefix("auth_url: "))
        .unwrap()
        .to_string();
    let clouds = format!(
        "{}  app:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: {auth_url}\n      \
         application_credential_id: {id}\n      application_credential_secret: {APP_SECRET}\n",
        s.sim.clouds_yaml()
    );
    s.sandbox.write("clouds.yaml", &clouds);

    let file = s.sandbox.write("x.img", "data");
    let file = file.to_str().unwrap();
    let server = s.sim.site("a").data.lock().unwrap().servers[0].id.clone();
    let commands: Vec<Vec<&str>> = vec![
        vec!["server", "list", "--long"],
        vec!["server", "show", &server],
        vec![
            "server", "create", "vm", "--image", "cirros", "--flavor", "m1.small",
        ],
        vec!["server", "set", "a-vm-001", "--name", "renamed"],
        vec!["server", "delete", "a-vm-002"],
        vec!["flavor", "list"],
        vec![
            "flavor", "create", "f", "--ram", "1", "--disk", "1", "--vcpus", "1",
        ],
        vec!["image", "list"],
        vec!["image", "create", "i", "--file", file],
        vec!["image", "set", "cirros", "--property", "k=v"],
        vec!["image", "save", "cirros", "--file", "saved.img"],
        vec!["network", "list"],
        vec!["network", "create", "n"],
        vec![
            "subnet",
            "create",
            "s",
            "--network",
            "n",
            "--subnet-range",
            "10.1.0.0/24",
        ],
        vec!["volume", "create", "v", "--size", "1"],
        vec!["volume", "list"],
        vec!["keypair", "list"],
        vec!["user", "create", "u", "--password", USER_PASSWORD],
        vec!["user", "set", "u", "--password", USER_PASSWORD],
        vec!["user", "list"],
        vec!["project", "list"],
        vec!["quota", "show"],
        vec!["limits", "show", "--absolute"],
        vec!["catalog", "list"],
        vec!["endpoint", "list"],
        vec!["token", "issue"],
        vec!["api", "compute", "GET", "/flavors"],
        vec!["site", "list", "--check"],
        // Last: it changes the password the others sign in with.
        vec![
            "user",
            "password",
            "set",
            "--password",
            USER_PASSWORD,
            "--original-password",
            PASSWORD,
        ],
    ];
    for cloud in ["a", "app"] {
        for command in &commands {
            for mode in ["--debug", "--explain"] {
                let args = [
                    &["--os-cloud", cloud, "--no-token-cache", mode, "--timing"][..],
                    command,
                ]
                .concat();
                let (_, out, err) = s.run(&args);
                let token_issue = command[0] == "token" && mode == "--debug";
                for (stream, text) in [("stdout", &out), ("stderr", &err)] {
                    for secret in [PASSWORD, APP_SECRET, USER_PASSWORD] {
                        assert!(!text.contains(secret), "{args:?} {stream}: {text}");
                    }
                    // The simulator's tokens start so; `token issue` prints
                    // the one it was asked for, on stdout.
                    if !(token_issue && stream == "stdout") {
                        assert!(!text.contains("gAAAAA"), "{args:?} {stream}: {text}");
                    }
                }
                if mode == "--debug" && command[0] != "site" {
                    assert!(err.contains("oscope: debug: "), "{args:?}: {err}");
                }
            }
        }
    }
}
