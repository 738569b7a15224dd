//! `&`, `|`, failure classes, merging and the core commands, end to end
//! through the binary against the simulator, counting requests at the
//! sites to prove what was (and was not) contacted.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec, Service, SimConfig};

fn fault(sandbox: &SimSandbox, site: &str, fault: Fault) {
    sandbox
        .sim
        .site(site)
        .set_fault(Some(FaultSpec::always(fault)));
}

/// A fault of one service of a site, for `remaining` requests (all when `None`).
fn service_fault(
    sandbox: &SimSandbox,
    site: &str,
    fault: Fault,
    service: Service,
    remaining: Option<u32>,
) {
    sandbox.sim.site(site).set_fault(Some(FaultSpec {
        fault,
        service: Some(service),
        remaining,
    }));
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

#[test]
fn and_merges_in_scope_order_with_a_site_column() {
    let s = SimSandbox::named(&["berlin", "denver", "paris"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "paris & berlin",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 0, "{err}");
    let names = lines(&out);
    assert_eq!(names.len(), 10);
    assert_eq!(names[0], "paris paris-vm-000");
    assert_eq!(names[9], "berlin berlin-vm-004");

    // One site: no Site column, as python-openstackclient prints it.
    let (_, out, _) = s.run(&[
        "--os-scope",
        "paris",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(lines(&out)[0], "paris-vm-000");
    let (_, out, _) = s.run(&[
        "--os-scope",
        "paris & denver",
        "image",
        "list",
        "-f",
        "json",
    ]);
    let images: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first: Vec<&String> = images[0].as_object().unwrap().keys().collect();
    assert_eq!(first, ["Site", "ID", "Name", "Status"]);
    assert_eq!(images.as_array().unwrap().len(), 6);

    // --sort-column applies to the merged rows.
    let (_, out, _) = s.run(&[
        "--os-scope",
        "paris & denver",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
        "--sort-column",
        "Name",
    ]);
    assert_eq!(lines(&out)[0], "denver denver-vm-000");
}

#[test]
fn a_site_named_twice_is_contacted_once() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    let (code, out, _) = s.run(&[
        "--os-scope",
        "berlin & berlin & (berlin | denver)",
        "server",
        "list",
        "-f",
        "value",
    ]);
    assert_eq!(code, 0);
    assert_eq!(lines(&out).len(), 5, "berlin's servers once");
    assert_eq!(s.requests("berlin", "GET /compute/v2.1/servers/detail"), 1);
    assert_eq!(s.token_posts("berlin"), 1);
    assert_eq!(s.sim.site("denver").total_requests(), 0);
}

#[test]
fn or_runs_only_what_it_must() {
    let s = SimSandbox::named(&["a", "b", "c"]);
    let (code, _, err) = s.run(&["--os-scope", "a | b & c", "network", "list"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(s.requests("a", "GET /network/v2.0/networks"), 1);
    assert_eq!(
        s.sim.site("b").total_requests() + s.sim.site("c").total_requests(),
        0
    );

    // a down: b & c both run, and a's failure is noted, not fatal.
    fault(&s, "a", Fault::Refused);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a | b & c",
        "network",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        lines(&out),
        ["b shared", "b net-001", "c shared", "c net-001"]
    );
    assert!(
        err.starts_with("oscope: a: transport: Connection refused"),
        "{err}"
    );
    assert!(err.trim_end().ends_with("(failed over)"), "{err}");
}

#[test]
fn not_found_fails_over_for_lookups_only() {
    let s = SimSandbox::named(&["a", "b"]);
    let (_, id, _) = s.run(&[
        "--os-scope",
        "b",
        "volume",
        "create",
        "only-b",
        "--size",
        "1",
        "-f",
        "value",
        "-c",
        "id",
    ]);
    let id = id.trim();
    // A look-up: a has no such volume, b has.
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a | b",
        "volume",
        "show",
        id,
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "b\nonly-b\n"), "{err}");
    assert_eq!(err, "", "not found is no failure when another site has it");
    // Under &, every site that has it: here only b, and that is success.
    let (code, out, _) = s.run(&[
        "--os-scope",
        "a & b",
        "volume",
        "show",
        "only-b",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "b\nonly-b\n"));
    // Nowhere: one line, as python-openstackclient says it, exit 1.
    let (code, _, err) = s.run(&["--os-scope", "a | b", "volume", "show", "nope"]);
    assert_eq!(
        (code, err.as_str()),
        (1, "oscope: No volume with a name or ID of 'nope' exists.\n")
    );
}

#[test]
fn request_errors_of_mutations_never_fail_over() {
    let s = SimSandbox::named(&["a", "b"]);
    let (code, _, _) = s.run(&[
        "--os-scope",
        "a",
        "user",
        "create",
        "alice",
        "--password",
        "x",
    ]);
    assert_eq!(code, 0);
    // alice exists at a: a 409 is the user's error, b is never asked.
    let before = s.sim.site("b").total_requests();
    let (code, _, err) = s.run(&[
        "--os-scope",
        "a | b",
        "user",
        "create",
        "alice",
        "--password",
        "x",
    ]);
    assert_eq!(code, 1);
    assert!(err.starts_with("oscope: a: request: HTTP 409"), "{err}");
    assert!(!err.contains("failed over"), "{err}");
    assert_eq!(s.sim.site("b").total_requests(), before);
    // --or-show turns the conflict into a show.
    let (code, out, _) = s.run(&[
        "--os-scope",
        "a",
        "user",
        "create",
        "alice",
        "--or-show",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "alice\n"));
}

#[test]
fn partial_failures_exit_3_with_one_line_per_failed_site() {
    let s = SimSandbox::named(&["a", "b", "c"]);
    fault(&s, "b", Fault::ServerError);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b & c",
        "flavor",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3);
    assert_eq!(lines(&out).len(), 6, "a's and c's rows");
    assert!(
        lines(&out)
            .iter()
            .all(|l| l.starts_with("a ") || l.starts_with("c "))
    );
    let err_lines = lines(&err);
    assert_eq!(err_lines.len(), 1, "{err}");
    assert!(
        err_lines[0].starts_with("oscope: b: server: HTTP 500 (req-")
            && err_lines[0].ends_with("): The server has either erred or is incapable of performing the requested operation."),
        "{err}"
    );
    // Every site failed: exit 1 and no data in any format, as with
    // python-openstackclient (not `[]`, not a table's empty line).
    fault(&s, "a", Fault::ServerError);
    fault(&s, "c", Fault::Refused);
    for format in ["value", "json", "table", "yaml", "csv"] {
        let (code, out, err) = s.run(&["--os-scope", "a & b & c", "flavor", "list", "-f", format]);
        assert_eq!((code, out.as_str()), (1, ""), "{format}");
        assert_eq!(err.lines().count(), 3, "{format}: {err}");
    }
    let (code, out, _) = s.run(&[
        "--os-scope",
        "a | c",
        "flavor",
        "show",
        "m1.tiny",
        "-f",
        "json",
    ]);
    assert_eq!((code, out.as_str()), (1, ""));
}

#[test]
fn retries_honour_retry_after_then_succeed() {
    let s = SimSandbox::named(&["a"]);
    service_fault(
        &s,
        "a",
        Fault::Unavailable { retry_after: 0 },
        Service::Image,
        Some(2),
    );
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a",
        "image",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines(&out).len(), 3);
    assert_eq!(
        s.requests("a", "GET /image/v2/images"),
        3,
        "two 503s, then the answer"
    );
}

#[test]
fn an_expired_token_is_replaced_once() {
    let s = SimSandbox::named(&["a"]);
    let (code, _, _) = s.run(&["--os-scope", "a", "network", "list"]);
    assert_eq!(code, 0);
    service_fault(&s, "a", Fault::ExpiredToken, Service::Network, Some(1));
    let (code, _, err) = s.run(&["--os-scope", "a", "network", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        s.token_posts("a"),
        2,
        "the cached token, refused, is replaced once"
    );
}

#[test]
fn every_page_is_followed() {
    let mut config = SimConfig::named(&["a", "b"]);
    config.seed.images = 60; // Glance pages by 25
    config.seed.servers = 1100; // Nova pages by 1000
    let s = SimSandbox::start(config);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b",
        "image",
        "list",
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(lines(&out).len(), 120);
    assert_eq!(s.requests("a", "GET /image/v2/images"), 3);
    let (code, out, _) = s.run(&[
        "--os-scope",
        "a",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    assert_eq!(code, 0);
    let ids = lines(&out);
    assert_eq!(ids.len(), 1100);
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 1100, "no page read twice");
    // -c ID needs only Nova's brief list, in two pages of 1,000.
    assert_eq!(s.requests("a", "GET /compute/v2.1/servers"), 2);
}

#[test]
fn create_show_set_delete_under_and() {
    let s = SimSandbox::named(&["a", "b"]);
    let scope = ["--os-scope", "a & b"];
    let run = |args: &[&str]| s.run(&[&scope[..], args].concat());
    let (code, out, err) = run(&[
        "project",
        "create",
        "tenant",
        "--description",
        "shared",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "a\ntenant\nb\ntenant\n"), "{err}");
    let (code, _, _) = run(&["project", "set", "tenant", "--description", "changed"]);
    assert_eq!(code, 0);
    let (_, out, _) = run(&["project", "show", "tenant", "-f", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(shown[0]["Site"], "a");
    assert_eq!(shown[1]["description"], "changed");
    let (code, out, err) = run(&["project", "delete", "tenant"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    let (code, _, err) = run(&["project", "show", "tenant"]);
    assert_eq!(
        (code, err.as_str()),
        (
            1,
            "oscope: No project with a name or ID of 'tenant' exists.\n"
        )
    );
}

#[test]
fn server_create_resolves_names_at_the_site_and_waits() {
    let s = SimSandbox::named(&["a"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a",
        "server",
        "create",
        "vm1",
        "--flavor",
        "m1.small",
        "--image",
        "cirros",
        "--network",
        "net-001",
        "--wait",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let server: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["status"], "ACTIVE");
    assert_eq!(
        server["addresses"]["net-001"].as_array().map(Vec::len),
        Some(1)
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "a",
        "server",
        "create",
        "vm2",
        "--flavor",
        "m9",
        "--image",
        "cirros",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "oscope: a: not found: No flavor with a name or ID of 'm9' exists.\n"
    );
}

#[test]
fn image_create_and_save_round_trip() {
    let s = SimSandbox::named(&["a", "b"]);
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let file = s.sandbox.path().join("disk.raw");
    std::fs::write(&file, &data).unwrap();
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b",
        "image",
        "create",
        "disk",
        "--file",
        file.to_str().unwrap(),
        "-f",
        "value",
        "-c",
        "status",
    ]);
    assert_eq!((code, out.as_str()), (0, "a\nactive\nb\nactive\n"), "{err}");
    let saved = s.sandbox.path().join("saved.raw");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "b | a",
        "image",
        "save",
        "disk",
        "--file",
        saved.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read(&saved).unwrap(), data);
    assert_eq!(s.requests("a", "GET /image/v2/images"), 0, "b served it");
}

#[test]
fn api_sends_anything_and_merges_lists() {
    let s = SimSandbox::named(&["a", "b"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b",
        "api",
        "compute",
        "GET",
        "flavors",
        "--noindent",
    ]);
    assert_eq!(code, 0, "{err}");
    let answer: serde_json::Value = serde_json::from_str(&out).unwrap();
    let flavors = answer["flavors"].as_array().unwrap();
    assert_eq!(flavors.len(), 6);
    assert_eq!(flavors[0]["Site"], "a");
    assert_eq!(flavors[5]["Site"], "b");
    let (code, out, _) = s.run(&[
        "--os-scope",
        "a",
        "api",
        "network",
        "POST",
        "networks",
        "--body",
        r#"{"network": {"name": "n9"}}"#,
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("\"name\": \"n9\""), "{out}");
    let (code, _, err) = s.run(&["--os-scope", "a", "api", "network", "GET", "nowhere"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("oscope: a: not found: HTTP 404"), "{err}");
}

#[test]
fn quotas_and_limits_sum_over_the_scope() {
    let s = SimSandbox::named(&["a", "b"]);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b",
        "limits",
        "show",
        "--absolute",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let limits: serde_json::Value = serde_json::from_str(&out).unwrap();
    let value = |name: &str| {
        limits
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["Name"] == name)
            .unwrap()["Value"]
            .clone()
    };
    assert_eq!(value("total_instances_used"), 10);
    assert_eq!(value("max_total_instances"), 20);
    assert_eq!(
        value("max_security_groups"),
        -1,
        "unlimited anywhere is unlimited"
    );
    let (_, out, _) = s.run(&[
        "--os-scope",
        "a & b",
        "quota",
        "show",
        "--per-site",
        "-f",
        "csv",
        "-c",
        "Resource",
        "-c",
        "Limit",
    ]);
    assert!(
        out.starts_with("\"Site\",\"Resource\",\"Limit\"\n\"a\",\"cores\",20\n"),
        "{out}"
    );
}

#[test]
fn debug_and_timing_say_what_happened_without_secrets() {
    let s = SimSandbox::named(&["a", "b"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "a & b",
        "--debug",
        "--timing",
        "--no-token-cache",
        "server",
        "list",
    ]);
    assert_eq!(code, 0);
    assert!(
        err.contains("oscope: debug: a POST http://127.0.0.1:"),
        "{err}"
    );
    assert!(
        err.contains("/compute/v2.1/servers/detail 200 req-"),
        "{err}"
    );
    assert!(err.contains("\"password\":\"***\""), "{err}");
    for secret in ["a-admin", "b-admin", "gAAAA"] {
        assert!(!err.contains(secret), "{secret} leaked: {err}");
    }
    assert!(
        err.contains("| Site | Requests | Seconds | Result |"),
        "{err}"
    );
}

#[test]
fn every_command_in_every_format_with_one_site_and_with_and() {
    let s = SimSandbox::named(&["a", "b"]);
    let lists = [
        "server", "flavor", "image", "network", "subnet", "volume", "user", "project", "keypair",
    ];
    let shows = [
        ("server", "a-vm-000"),
        ("flavor", "m1.tiny"),
        ("image", "cirros"),
        ("network", "shared"),
        ("subnet", "shared-subnet"),
        ("volume", "vol-000"),
        ("user", "admin"),
        ("project", "admin"),
    ];
    for scope in ["a", "a & b"] {
        let multi = scope.contains('&');
        for noun in lists {
            for long in [false, true] {
                for format in ["table", "json", "yaml", "csv", "value"] {
                    let mut args = vec!["--os-scope", scope, noun, "list", "-f", format];
                    if long && noun != "keypair" {
                        args.push("--long");
                    }
                    let (code, out, err) = s.run(&args);
                    assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
                    match format {
                        "json" => {
                            let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
                            let first_has_site =
                                rows.get(0).is_some_and(|r| r.get("Site").is_some());
                            assert!(
                                rows.as_array().unwrap().is_empty() || first_has_site == multi,
                                "{args:?}"
                            );
                        }
                        "csv" => assert_eq!(out.starts_with("\"Site\""), multi, "{args:?}"),
                        "table" => assert!(out == "\n" || out.starts_with("+-"), "{args:?}"),
                        _ => {}
                    }
                }
            }
        }
        for (noun, name) in shows {
            // `a`'s server is only at a: under `a & b` it is shown once.
            for format in ["table", "json", "yaml", "value", "shell"] {
                let args = ["--os-scope", scope, noun, "show", name, "-f", format];
                let (code, out, err) = s.run(&args);
                assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
                assert!(!out.is_empty(), "{args:?}");
                if format == "json" {
                    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
                    assert_eq!(shown.is_array(), multi, "{args:?}");
                }
            }
        }
        for args in [
            vec!["token", "issue"],
            vec!["catalog", "list"],
            vec!["catalog", "show", "compute"],
            vec!["endpoint", "list"],
            vec!["quota", "show"],
            vec!["limits", "show", "--absolute"],
        ] {
            for format in ["json", "yaml", "value"] {
                let full = [&["--os-scope", scope][..], &args, &["-f", format]].concat();
                let (code, _, err) = s.run(&full);
                assert_eq!((code, err.as_str()), (0, ""), "{full:?}");
            }
        }
    }
}

#[test]
fn ctrl_c_exits_130_and_prints_nothing() {
    use std::process::Stdio;
    let s = SimSandbox::named(&["a", "b"]);
    fault(&s, "b", Fault::Hang);
    let child = s
        .oscope()
        .args(["--os-scope", "a & b", "server", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the fan-out is under way: a has answered, b hangs.
    for _ in 0..200 {
        if s.requests("a", "GET /compute/v2.1/servers/detail") > 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        s.requests("a", "GET /compute/v2.1/servers/detail") > 0,
        "a was never asked"
    );
    // SAFETY: sends SIGINT to our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130));
    assert!(output.stdout.is_empty(), "nothing half-written");
}

#[test]
fn a_progress_line_only_when_stderr_is_a_terminal() {
    let s = SimSandbox::named(&["a", "b"]);
    fault(&s, "b", Fault::Hang);
    let args = [
        "--os-scope",
        "a & b",
        "--timeout",
        "1.5",
        "flavor",
        "list",
        "-f",
        "value",
    ];
    // Piped: nothing but the failed site's line.
    let (code, _, err) = s.run(&args);
    assert_eq!(code, 3);
    assert!(!err.contains("sites"), "{err}");
    // On a terminal (`script` gives the command one): the count of sites done.
    let line = std::iter::once(env!("CARGO_BIN_EXE_oscope"))
        .chain(args.iter().copied())
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut command = s.command("script");
    command.args(["-qec", &line, "/dev/null"]);
    let output = command.output().expect("script (util-linux) runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("oscope: 1/2 sites"), "{text}");
}

#[test]
fn only_the_asked_columns_are_built_and_sorting_still_sees_the_rest() {
    let s = SimSandbox::named(&["a"]);
    s.sim.site("a").data.lock().unwrap().servers[3].name = "zz-last".into();
    s.sim.site("a").changed();
    // Sorted by a column that is not shown, as cliff does.
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a",
        "server",
        "list",
        "-c",
        "ID",
        "--sort-column",
        "Name",
        "--sort-descending",
        "-f",
        "value",
    ]);
    assert_eq!(code, 0, "{err}");
    let id = s.sim.site("a").data.lock().unwrap().servers[3].id.clone();
    assert_eq!(out.lines().next(), Some(id.as_str()), "{out}");
    // ID and Name are in Nova's brief list: the detailed one is not asked
    // for, nor the image names.
    assert_eq!(s.requests("a", "GET /compute/v2.1/servers"), 1);
    assert_eq!(s.requests("a", "GET /compute/v2.1/servers/detail"), 0);
    assert_eq!(s.requests("a", "GET /image/v2/images"), 0);
    let (code, _, _) = s.run(&["--os-scope", "a", "server", "list", "-c", "Status"]);
    assert_eq!(code, 0);
    assert_eq!(s.requests("a", "GET /compute/v2.1/servers/detail"), 1);
    // Only names that are no column: the error names every column there
    // is (one good name among bad ones shows that one, as cliff does).
    let (code, _, err) = s.run(&["--os-scope", "a", "server", "list", "-c", "Nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("Nope"), "{err}");
    assert!(err.contains("Flavor"), "{err}");
}
