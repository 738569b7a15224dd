//! `oscope scope check` through the binary: output, exit codes, stderr.

mod common;

use common::{Sandbox, run};

const CLOUDS: &str = "
clouds:
  berlin:
    auth: {auth_url: 'http://127.0.0.1:1/v3'}
    region_name: Berlin
  denver:
    auth: {auth_url: 'http://127.0.0.1:2/v3'}
  paris:
    auth: {auth_url: 'http://127.0.0.1:3/v3'}
    regions: [Paris1, {name: Paris2}]
";

fn sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.write(".config/openstack/clouds.yaml", CLOUDS);
    sandbox.write(
        ".config/oscope/config.yaml",
        "groups:\n  europe: [berlin, paris]\n",
    );
    sandbox
}

#[test]
fn prints_the_canonical_form_and_plans() {
    let sandbox = sandbox();
    let (code, out, err) = run(
        sandbox.oscope(),
        &[
            "scope",
            "check",
            "{glance: Denver|@europe, nova: berlin&berlin, *: *}",
        ],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "Scope: {compute: berlin & berlin, image: Denver | @europe, *: *}
+---------+---------+-----------------------------------------------+
| Service | Source  | Plan                                          |
+---------+---------+-----------------------------------------------+
| compute | scope   | berlin                                        |
| image   | scope   | denver | berlin & paris/Paris1                |
| *       | default | berlin & denver & paris/Paris1 & paris/Paris2 |
+---------+---------+-----------------------------------------------+
"
    );
}

#[test]
fn json_gives_the_same_as_data() {
    let sandbox = sandbox();
    let (code, out, _) = run(
        sandbox.oscope(),
        &[
            "scope",
            "check",
            "-f",
            "json",
            "--noindent",
            "berlin | paris/Paris2 & denver",
        ],
    );
    assert_eq!(code, 0);
    assert_eq!(
        out,
        concat!(
            r#"{"scope": "berlin | paris/Paris2 & denver", "services": [{"service": "*", "#,
            r#""source": "default", "plan": "berlin | paris/Paris2 & denver", "#,
            r#""sites": ["berlin", "paris/Paris2", "denver"], "#,
            r#""tree": {"any": [{"site": "berlin"}, {"all": [{"site": "paris/Paris2"}, {"site": "denver"}]}]}}]}"#,
            "\n"
        )
    );
}

#[test]
fn value_prints_the_canonical_form_alone() {
    let sandbox = sandbox();
    let (code, out, _) = run(
        sandbox.oscope(),
        &["scope", "check", "-f", "value", "{nova:berlin,*:denver}"],
    );
    assert_eq!((code, out.as_str()), (0, "{compute: berlin, *: denver}\n"));
}

#[test]
fn scope_from_the_flag_and_the_environment() {
    let sandbox = sandbox();
    let mut command = sandbox.oscope();
    command
        .env("OS_SCOPE", "denver")
        .env("OS_SCOPE_IMAGE", "paris | berlin");
    let (code, out, _) = run(command, &["scope", "check", "-f", "value"]);
    assert_eq!((code, out.as_str()), (0, "denver\n"));

    let mut command = sandbox.oscope();
    command
        .env("OS_SCOPE", "denver")
        .env("OS_SCOPE_IMAGE", "paris | berlin");
    let (code, out, _) = run(
        command,
        &["--os-scope", "berlin", "scope", "check", "-f", "yaml"],
    );
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "scope: berlin
services:
- plan: paris/Paris1 | berlin
  service: image
  sites:
  - paris/Paris1
  - berlin
  source: environment
  tree:
    any:
    - site: paris/Paris1
    - site: berlin
- plan: berlin
  service: '*'
  sites:
  - berlin
  source: default
  tree:
    site: berlin
"
    );
}

#[test]
fn without_a_scope_the_current_cloud_serves() {
    let sandbox = sandbox();
    let (code, out, _) = run(
        sandbox.oscope(),
        &["--os-cloud", "denver", "scope", "check"],
    );
    assert_eq!(code, 0);
    assert!(out.starts_with("Scope: (none)\n"), "{out}");
    assert!(
        out.contains("| *       | current cloud | denver |"),
        "{out}"
    );
}

#[test]
fn syntax_errors_exit_2_with_the_place() {
    let sandbox = sandbox();
    let (code, out, err) = run(sandbox.oscope(), &["scope", "check", "berlin && denver"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(
        err,
        "oscope: invalid scope at 1:9: expected a site name
  berlin && denver
          ^
  hint: `&&` is not an operator: a single `&` means here and there
"
    );
}

#[test]
fn unknown_sites_exit_2_with_the_closest_names() {
    let sandbox = sandbox();
    let (code, _, err) = run(sandbox.oscope(), &["scope", "check", "berlin & denvr"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "oscope: unknown site `denvr`; did you mean `denver`?\n"
    );
    let (code, _, err) = run(sandbox.oscope(), &["scope", "check", "{compute: @eu}"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "oscope: unknown group `@eu`; groups are defined under `groups:` in oscope's configuration file\n"
    );
}

#[test]
fn bad_environment_scopes_exit_2() {
    let sandbox = sandbox();
    let mut command = sandbox.oscope();
    command.env("OS_SCOPE_IMAGES", "berlin");
    let (code, _, err) = run(command, &["scope", "check", "berlin"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "oscope: invalid scope in OS_SCOPE_IMAGES at 1:1: unknown service `IMAGES`"
        ),
        "{err}"
    );
}

#[test]
fn without_configuration_names_are_not_checked() {
    let sandbox = Sandbox::new();
    let (code, out, err) = run(
        sandbox.oscope(),
        &["scope", "check", "-f", "value", "{nova: a|b&c}"],
    );
    assert_eq!((code, out.as_str()), (0, "{compute: a | b & c}\n"));
    assert_eq!(
        err,
        "oscope: no clouds.yaml found; site names are not checked\n"
    );
}

#[test]
fn bad_flags_exit_2_and_help_exits_0() {
    let sandbox = Sandbox::new();
    let (code, _, err) = run(sandbox.oscope(), &["scope", "check", "-f", "xml", "a"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid value 'xml'"), "{err}");
    let (code, out, _) = run(sandbox.oscope(), &["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--os-scope <SCOPE>"), "{out}");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::Stdio;
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .oscope()
        .args(["completion", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
