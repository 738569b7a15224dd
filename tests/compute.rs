//! Compute (issue 23) end to end against the simulator: `server list`'s
//! filters and limits, and the lifecycle actions; one site, `&`, `|`, a
//! failing site, several servers per command, and Nova's answers to an
//! action in the wrong state.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

/// A server's status at a site, as the simulator keeps it.
fn status(s: &SimSandbox, site: &str, name: &str) -> String {
    let (code, out, err) = s.run(&[
        "--os-cloud",
        site,
        "server",
        "show",
        name,
        "-f",
        "value",
        "-c",
        "status",
    ]);
    assert_eq!(code, 0, "{err}");
    out.trim().to_string()
}

#[test]
fn stop_and_start_at_one_site_and_nova_s_409_in_the_wrong_state() {
    let s = sites();
    let stop = ["--os-cloud", "berlin", "server", "stop", "berlin-vm-001"];
    let (code, out, err) = s.run(&stop);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    assert_eq!(status(&s, "berlin", "berlin-vm-001"), "SHUTOFF");
    let (code, out, err) = s.run(&stop);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("berlin: request: HTTP 409")
            && err.contains("Cannot 'stop' instance")
            && err.contains("while it is in vm_state stopped"),
        "{err}"
    );
    let (code, _, err) = s.run(&["--os-cloud", "berlin", "server", "start", "berlin-vm-001"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(status(&s, "berlin", "berlin-vm-001"), "ACTIVE");
}

#[test]
fn each_action_leaves_the_state_nova_gives() {
    let s = sites();
    let at = |args: &[&str]| {
        let mut all = vec!["--os-cloud", "denver", "server"];
        all.extend(args);
        let (code, _, err) = s.run(&all);
        assert_eq!(code, 0, "{args:?}: {err}");
    };
    let vm = "denver-vm-002";
    at(&["pause", vm]);
    assert_eq!(status(&s, "denver", vm), "PAUSED");
    at(&["unpause", vm]);
    at(&["suspend", vm]);
    assert_eq!(status(&s, "denver", vm), "SUSPENDED");
    at(&["resume", vm]);
    assert_eq!(status(&s, "denver", vm), "ACTIVE");
    at(&["lock", "--reason", "maintenance", vm]);
    let locked = |s: &SimSandbox| {
        let data = s.sim.site("denver").data.lock().unwrap();
        data.servers
            .iter()
            .find(|v| v.name == vm)
            .unwrap()
            .lock
            .clone()
    };
    assert_eq!(locked(&s), Some(Some("maintenance".to_string())));
    at(&["unlock", vm]);
    assert_eq!(locked(&s), None);
    at(&["shelve", "--wait", vm]);
    assert_eq!(status(&s, "denver", vm), "SHELVED_OFFLOADED");
    at(&["shelve", vm]); // already shelved: nothing to do, as in OSC
    at(&["unshelve", "--wait", vm]);
    assert_eq!(status(&s, "denver", vm), "ACTIVE");
    at(&["rescue", "--image", "cirros", "--password", "rescue-me", vm]);
    assert_eq!(status(&s, "denver", vm), "RESCUE");
    at(&["unrescue", vm]);
    assert_eq!(status(&s, "denver", vm), "ACTIVE");
    at(&["stop", vm]);
    // A soft reboot of a stopped server is refused; a hard one starts it.
    let (code, _, err) = s.run(&["--os-cloud", "denver", "server", "reboot", vm]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Cannot 'reboot' instance"), "{err}");
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "denver",
        "server",
        "reboot",
        "--hard",
        "--wait",
        vm,
    ]);
    assert_eq!((code, out.as_str()), (0, "Complete\n"), "{err}");
    assert_eq!(status(&s, "denver", vm), "ACTIVE");
}

#[test]
fn under_and_the_server_is_acted_on_where_it_is_and_under_or_at_the_first() {
    let s = sites();
    // Only denver has this name: berlin's "not found" is no failure.
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "pause",
        "denver-vm-003",
    ]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    assert_eq!(status(&s, "denver", "denver-vm-003"), "PAUSED");
    // A name at no site: OSC's line, exit 1.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "pause",
        "nowhere",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "oscope: No server with a name or ID of 'nowhere' exists.\n"
    );
    // `|`: berlin has it, so denver is not asked.
    let before = s.requests("denver", "GET /compute/v2.1/servers/detail");
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin | denver",
        "server",
        "suspend",
        "berlin-vm-004",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(status(&s, "berlin", "berlin-vm-004"), "SUSPENDED");
    assert_eq!(
        s.requests("denver", "GET /compute/v2.1/servers/detail"),
        before
    );
}

#[test]
fn a_failing_site_costs_the_others_nothing_and_several_servers_are_counted() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "stop",
        "berlin-vm-001",
    ]);
    assert_eq!((code, out.as_str()), (3, ""), "{err}");
    assert!(err.starts_with("oscope: denver: server: HTTP 500"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(status(&s, "berlin", "berlin-vm-001"), "SHUTOFF");
    s.sim.site("denver").set_fault(None);
    // Two names, one unknown: the other is still acted on.
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "pause",
        "berlin-vm-002",
        "nowhere",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.ends_with("oscope: 1 of 2 servers failed to pause.\n"),
        "{err}"
    );
    assert_eq!(status(&s, "berlin", "berlin-vm-002"), "PAUSED");
}

#[test]
fn explain_holds_the_action_back() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "--explain",
        "server",
        "stop",
        "berlin-vm-001",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("POST "), "{out}");
    assert!(out.contains("/action"), "{out}");
    assert!(out.contains("not sent"), "{out}");
    assert_eq!(status(&s, "berlin", "berlin-vm-001"), "ACTIVE");
}

/// `server list` with `args` under `scope`, as `Site Name` lines.
fn names(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, Vec<String>, String) {
    let mut all = vec![
        "--os-scope",
        scope,
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ];
    all.extend(args);
    let (code, out, err) = s.run(&all);
    (code, out.lines().map(str::to_string).collect(), err)
}

#[test]
fn server_list_filters_go_to_each_site_and_names_are_looked_up_there() {
    let s = sites();
    let both = "berlin & denver";
    let (code, _, err) = s.run(&["--os-cloud", "denver", "server", "stop", "denver-vm-004"]);
    assert_eq!(code, 0, "{err}");
    let (code, got, err) = names(&s, both, &["--status", "SHUTOFF"]);
    assert_eq!(
        (code, got),
        (0, vec!["denver denver-vm-004".to_string()]),
        "{err}"
    );
    // Nova's name filter is a regular expression.
    let (_, got, _) = names(&s, both, &["--name", "VM-00[12]$"]);
    assert_eq!(
        got,
        [
            "berlin berlin-vm-001",
            "berlin berlin-vm-002",
            "denver denver-vm-001",
            "denver denver-vm-002"
        ]
    );
    // A flavor by name: each site finds its own m1.medium.
    let (_, got, _) = names(
        &s,
        both,
        &["--flavor", "m1.medium", "--name", "berlin|denver-vm-00"],
    );
    assert_eq!(got, ["berlin berlin-vm-002", "denver denver-vm-002"]);
    let (_, got, _) = names(
        &s,
        "berlin",
        &["--image", "cirros", "--user", "admin", "--project", "admin"],
    );
    assert_eq!(got.len(), 5, "{got:?}");
    // An image, user and project that own no server: each filter leaves
    // nothing, so each reached Nova.
    for make in [
        vec!["image", "create", "spare"],
        vec!["user", "create", "nobody", "--password", "x"],
        vec!["project", "create", "empty"],
    ] {
        let (code, _, err) = s.run(&[&["--os-cloud", "berlin"][..], &make].concat());
        assert_eq!(code, 0, "{make:?}: {err}");
    }
    for filter in [
        ["--image", "spare"],
        ["--user", "nobody"],
        ["--project", "empty"],
    ] {
        let (code, got, err) = names(&s, "berlin", &filter);
        assert_eq!((code, got.len()), (0, 0), "{filter:?}: {got:?} {err}");
    }
    // A name a site does not know is that site's failure, as OSC's is.
    let (code, got, err) = names(&s, both, &["--flavor", "m1.huge"]);
    assert_eq!((code, got.len()), (1, 0));
    assert!(
        err.contains("No flavor with a name or ID of 'm1.huge' exists"),
        "{err}"
    );
    let (_, got, _) = names(&s, both, &["--host", "denver-compute"]);
    assert_eq!(got.len(), 5, "{got:?}");
    assert!(got.iter().all(|l| l.starts_with("denver ")));
}

#[test]
fn server_list_limit_cuts_the_merged_list_and_marker_needs_one_site() {
    let s = sites();
    let both = "berlin & denver";
    let args = ["--limit", "3", "--sort-column", "Name", "--sort-descending"];
    let (code, got, err) = names(&s, both, &args);
    assert_eq!(code, 0, "{err}");
    // Each site sent its first 3; of the 6, the last 3 by name are shown.
    assert_eq!(
        got,
        [
            "denver denver-vm-002",
            "denver denver-vm-001",
            "denver denver-vm-000"
        ]
    );
    let (_, got, _) = names(&s, "berlin", &["--limit", "2", "--marker", "berlin-vm-001"]);
    assert_eq!(got, ["berlin-vm-002", "berlin-vm-003"]);
    let (code, got, err) = names(&s, both, &["--marker", "berlin-vm-001"]);
    assert_eq!((code, got.len()), (2, 0));
    assert!(err.contains("--marker names a server of one site"), "{err}");
}

#[test]
fn server_list_deleted_and_changes_since_as_nova_and_osc_give_them() {
    let s = sites();
    let (code, _, err) = s.run(&["--os-cloud", "denver", "server", "delete", "denver-vm-001"]);
    assert_eq!(code, 0, "{err}");
    let deleted = ["--deleted", "-c", "Status"];
    let (code, got, err) = names(&s, "berlin & denver", &deleted);
    assert_eq!(code, 0, "{err}");
    assert_eq!(got, ["denver denver-vm-001 DELETED"]);
    // Changes since long ago: every server but the deleted one, as
    // python-openstackclient asks (`deleted=False`); since tomorrow: none.
    let (_, got, _) = names(&s, "denver", &["--changes-since", "2020-01-01T00:00:00Z"]);
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(!got.contains(&"denver-vm-001".to_string()), "{got:?}");
    let (_, got, _) = names(&s, "denver", &["--changes-before", "2020-01-01T00:00:00Z"]);
    assert!(got.is_empty(), "{got:?}");
    let (_, got, _) = names(&s, "denver", &["--changes-since", "2999-01-01T00:00:00Z"]);
    assert!(got.is_empty(), "{got:?}");
    // An acted-on server has changed since it was created.
    let (code, _, err) = s.run(&["--os-cloud", "denver", "server", "pause", "denver-vm-002"]);
    assert_eq!(code, 0, "{err}");
    let since = humantime::format_rfc3339_seconds(
        std::time::SystemTime::now() - std::time::Duration::from_secs(60),
    )
    .to_string();
    let (_, got, _) = names(&s, "denver", &["--changes-since", &since]);
    assert_eq!(got, ["denver-vm-002"]);
    let (code, _, err) = names(&s, "denver", &["--changes-since", "bogus"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400") && err.contains("is not a 'date-time'"),
        "{err}"
    );
}

#[test]
fn server_list_all_projects_and_no_name_lookup_columns() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "list",
        "--all-projects",
        "-n",
        "--limit",
        "1",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    let row = &rows[0];
    let keys: Vec<&str> = row
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "ID",
            "Name",
            "Status",
            "Networks",
            "Image",
            "Flavor",
            "Project ID"
        ]
    );
    // -n: the image's ID, and no image list read.
    assert_eq!(row["Image"].as_str().unwrap().len(), 36, "{row}");
    assert_eq!(s.requests("berlin", "GET /image/v2/images"), 0);
    let (code, _, err) = s.run(&["--os-cloud", "berlin", "server", "list"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s.requests("berlin", "GET /image/v2/images"), 1);
}

#[test]
fn server_list_filters_with_a_failing_site() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::Refused)));
    let (code, got, err) = names(
        &s,
        "berlin & denver",
        &["--status", "ACTIVE", "--limit", "2"],
    );
    assert_eq!(code, 3, "{err}");
    assert_eq!(got, ["berlin berlin-vm-000", "berlin berlin-vm-001"]);
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// `server show -f json` at one site.
fn shown(s: &SimSandbox, site: &str, name: &str) -> serde_json::Value {
    let (code, out, err) = s.run(&["--os-cloud", site, "server", "show", name, "-f", "json"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn server_set_and_unset_change_what_show_shows() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "set",
        "berlin-vm-001",
        "--name",
        "web1",
        "--description",
        "front end",
        "--property",
        "role=web",
        "--property",
        "tier=1",
        "--tag",
        "prod",
        "--tag",
        "eu",
    ]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let server = shown(&s, "berlin", "web1");
    assert_eq!(server["description"], "front end");
    assert_eq!(
        server["properties"],
        serde_json::json!({"role": "web", "tier": "1"})
    );
    assert_eq!(server["tags"], serde_json::json!(["prod", "eu"]));
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "unset",
        "web1",
        "--property",
        "tier",
        "--tag",
        "eu",
        "--description",
    ]);
    assert_eq!(code, 0, "{err}");
    let server = shown(&s, "berlin", "web1");
    assert_eq!(server["description"], "");
    assert_eq!(server["properties"], serde_json::json!({"role": "web"}));
    assert_eq!(server["tags"], serde_json::json!(["prod"]));
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "unset",
        "web1",
        "--all-properties",
        "--all-tags",
    ]);
    assert_eq!(code, 0, "{err}");
    let server = shown(&s, "berlin", "web1");
    assert_eq!(server["properties"], serde_json::json!({}));
    assert_eq!(server["tags"], serde_json::json!([]));
    // Nova's 404 for a property the server lacks is the site's failure.
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "unset",
        "web1",
        "--property",
        "x",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 404") && err.contains("Metadata item was not found"),
        "{err}"
    );
}

#[test]
fn server_set_state_asks_first_unless_auto_approved() {
    let s = sites();
    let args = [
        "--os-cloud",
        "denver",
        "server",
        "set",
        "denver-vm-001",
        "--state",
        "error",
    ];
    // No terminal here: a usage error, nothing sent.
    let (code, _, err) = s.run(&args);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--auto-approve"), "{err}");
    assert_eq!(status(&s, "denver", "denver-vm-001"), "ACTIVE");
    let mut approved = args.to_vec();
    approved.push("--auto-approve");
    let (code, _, err) = s.run(&approved);
    assert_eq!(code, 0, "{err}");
    assert_eq!(status(&s, "denver", "denver-vm-001"), "ERROR");
    let (code, _, err) = s.run(&[
        "--os-cloud",
        "denver",
        "server",
        "set",
        "denver-vm-001",
        "--state",
        "active",
        "--auto-approve",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(status(&s, "denver", "denver-vm-001"), "ACTIVE");
}

#[test]
fn server_groups_at_every_site_of_the_scope() {
    let s = sites();
    let both = "berlin & denver";
    let (code, out, err) = s.run(&[
        "--os-scope",
        both,
        "server",
        "group",
        "create",
        "web",
        "--policy",
        "anti-affinity",
        "--rule",
        "max_server_per_host=2",
        "-f",
        "value",
        "-c",
        "rules",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "berlin\n{'max_server_per_host': 2}\ndenver\n{'max_server_per_host': 2}\n"
    );
    let (_, out, _) = s.run(&[
        "--os-scope",
        both,
        "server",
        "group",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
        "-c",
        "Policy",
    ]);
    assert_eq!(out, "berlin web anti-affinity\ndenver web anti-affinity\n");
    // Nova refuses rules for affinity: each site says so.
    let (code, _, err) = s.run(&[
        "--os-scope",
        both,
        "server",
        "group",
        "create",
        "db",
        "--rule",
        "max_server_per_host=2",
    ]);
    assert_eq!(code, 1);
    let refused = |l: &&str| l.starts_with("oscope: ") && l.contains("HTTP 400");
    assert_eq!(err.lines().filter(refused).count(), 2, "{err}");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::Refused)));
    let (code, _, err) = s.run(&["--os-scope", both, "server", "group", "delete", "web"]);
    assert_eq!(code, 3, "{err}");
    s.sim.site("denver").set_fault(None);
    let (_, out, _) = s.run(&[
        "--os-scope",
        both,
        "server",
        "group",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(out, "denver web\n");
}

#[test]
fn console_log_of_a_server_and_of_one_name_at_two_sites() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "console",
        "log",
        "show",
        "berlin-vm-001",
    ]);
    assert_eq!(
        (code, out.as_str()),
        (0, "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE\n"),
        "{err}"
    );
    for site in ["berlin", "denver"] {
        let vm = format!("{site}-vm-002");
        let (code, _, err) = s.run(&["--os-cloud", site, "server", "set", &vm, "--name", "app"]);
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "console",
        "log",
        "show",
        "app",
        "--lines",
        "1",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "==> berlin <==\nLAST LINE\n==> denver <==\nLAST LINE\n"
    );
    // An offloaded server has no console: Nova's 409.
    let (code, _, err) = s.run(&["--os-cloud", "berlin", "server", "shelve", "app"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = s.run(&["--os-cloud", "berlin", "console", "log", "show", "app"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("HTTP 409") && err.contains("is not ready"),
        "{err}"
    );
}

#[test]
fn console_url_of_a_server_where_it_is_and_nova_s_400_for_a_console_not_enabled() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin | denver",
        "console",
        "url",
        "show",
        "denver-vm-000",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    // One record per site that has the server, with its site.
    let consoles: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(consoles.as_array().map(Vec::len), Some(1), "{consoles}");
    let console = &consoles[0];
    assert_eq!(
        (&console["Site"], &console["protocol"], &console["type"]),
        (&"denver".into(), &"vnc".into(), &"novnc".into())
    );
    assert!(
        console["url"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3D"),
        "{console}"
    );
    let spice = [
        "--os-cloud",
        "denver",
        "console",
        "url",
        "show",
        "--spice",
        "denver-vm-000",
    ];
    let (code, out, err) = s.run(&spice);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("HTTP 400") && err.contains("Unavailable console type spice-html5."),
        "{err}"
    );
    let both = ["--novnc", "--serial"];
    let mut args = vec![
        "--os-cloud",
        "denver",
        "console",
        "url",
        "show",
        "denver-vm-000",
    ];
    args.extend(both);
    assert_eq!(s.run(&args).0, 2);
}

#[test]
fn hypervisors_and_compute_services_of_every_site() {
    let s = sites();
    let both = "berlin & denver";
    let (code, out, err) = s.run(&[
        "--os-scope",
        both,
        "hypervisor",
        "list",
        "-f",
        "value",
        "-c",
        "Hypervisor Hostname",
        "-c",
        "State",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "berlin berlin-compute up\ndenver denver-compute up\n");
    let (_, out, _) = s.run(&[
        "--os-scope",
        both,
        "compute",
        "service",
        "list",
        "--service",
        "nova-compute",
        "-f",
        "value",
        "-c",
        "Host",
        "-c",
        "Zone",
    ]);
    assert_eq!(
        out,
        "berlin berlin-compute nova\ndenver denver-compute nova\n"
    );
    s.sim
        .site("berlin")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        both,
        "compute",
        "service",
        "list",
        "-f",
        "value",
        "-c",
        "Binary",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn site_capacity_per_site_and_summed() {
    let s = SimSandbox::named(&["berlin", "denver", "paris"]);
    let all = "berlin & denver & paris";
    let (code, out, err) = s.run(&[
        "--os-scope",
        all,
        "site",
        "capacity",
        "-f",
        "value",
        "-c",
        "Site",
        "-c",
        "vCPUs Used",
        "-c",
        "vCPUs",
    ]);
    assert_eq!(code, 0, "{err}");
    // Five servers of m1.tiny, small, medium, tiny, small (1+1+2+1+1 vCPUs)
    // at each; 1,000 vCPUs at 4.0 each.
    assert_eq!(
        out,
        "berlin 6 4000\ndenver 6 4000\nparis 6 4000\nTotal 18 12000\n"
    );
    // A deleted server frees what it held.
    let (code, _, err) = s.run(&["--os-cloud", "paris", "server", "delete", "paris-vm-002"]);
    assert_eq!(code, 0, "{err}");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::Refused)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        all,
        "site",
        "capacity",
        "-f",
        "value",
        "-c",
        "Site",
        "-c",
        "vCPUs Used",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin 6\nparis 4\nTotal 10\n");
    assert!(err.starts_with("oscope: denver: transport"), "{err}");
}

#[test]
fn a_boot_that_finds_no_host_is_deleted_and_or_places_it_at_the_next_site() {
    let s = sites();
    let both = "berlin & denver";
    let (code, _, err) = s.run(&[
        "--os-scope",
        both,
        "flavor",
        "create",
        "m1.giant",
        "--vcpus",
        "3000",
        "--ram",
        "1024",
        "--disk",
        "1",
    ]);
    assert_eq!(code, 0, "{err}");
    let boot = |scope: &str, name: &str| {
        s.run(&[
            "--os-scope",
            scope,
            "server",
            "create",
            name,
            "--flavor",
            "m1.giant",
            "--image",
            "cirros",
            "--wait",
            "-f",
            "value",
            "-c",
            "status",
        ])
    };
    // berlin takes one giant; a second does not fit there.
    let (code, _, err) = boot("berlin", "big1");
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = boot("berlin | denver", "big2");
    // The record names the site that placed it.
    assert_eq!((code, out.as_str()), (0, "denver\nACTIVE\n"), "{err}");
    assert!(
        err.contains("oscope: berlin: server big2 went to ERROR: No valid host was found.")
            && err.contains("deleted it"),
        "{err}"
    );
    assert!(err.contains("(failed over)"), "{err}");
    let names = |site: &str| -> Vec<String> {
        let data = s.sim.site(site).data.lock().unwrap();
        data.servers.iter().map(|v| v.name.clone()).collect()
    };
    assert!(
        !names("berlin").contains(&"big2".to_string()),
        "no ERROR server left at berlin"
    );
    assert!(names("denver").contains(&"big2".to_string()));
    // Under `&`, berlin's ERROR is its failure and denver's boot stands.
    let (code, _, err) = s.run(&["--os-cloud", "denver", "server", "delete", "big2"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = boot(both, "big3");
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "denver\nACTIVE\n");
    assert!(!names("berlin").contains(&"big3".to_string()));
}

#[test]
fn private_flavors_with_properties_and_access_at_every_site() {
    let s = sites();
    let both = "berlin & denver";
    let (code, _, err) = s.run(&[
        "--os-scope",
        both,
        "flavor",
        "create",
        "gpu",
        "--vcpus",
        "4",
        "--ram",
        "2048",
        "--private",
        "--project",
        "admin",
        "--property",
        "pci_passthrough:alias=a100:1",
        "--swap",
        "512",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = s.run(&[
        "--os-scope",
        both,
        "flavor",
        "show",
        "gpu",
        "-f",
        "json",
        "-c",
        "properties",
        "-c",
        "access_project_ids",
        "-c",
        "swap",
    ]);
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    for site in shown.as_array().unwrap() {
        assert_eq!(
            site["properties"],
            serde_json::json!({"pci_passthrough:alias": "a100:1"})
        );
        assert_eq!(
            site["access_project_ids"].as_array().unwrap().len(),
            1,
            "{site}"
        );
        assert_eq!(site["swap"], 512);
    }
    // Public by default, private with --private, both with --all.
    let names = |flag: &str| {
        let (_, out, _) = s.run(&[
            "--os-cloud",
            "berlin",
            "flavor",
            "list",
            flag,
            "-f",
            "value",
            "-c",
            "Name",
        ]);
        out
    };
    assert!(!names("--public").contains("gpu"));
    assert_eq!(names("--private"), "gpu\n");
    assert!(names("--all").contains("gpu") && names("--all").contains("m1.tiny"));
    let (code, _, err) = s.run(&[
        "--os-scope",
        both,
        "flavor",
        "unset",
        "gpu",
        "--property",
        "pci_passthrough:alias",
        "--project",
        "admin",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        both,
        "flavor",
        "set",
        "gpu",
        "--description",
        "GPU nodes",
        "--property",
        "hw:cpu_policy=dedicated",
    ]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = s.run(&[
        "--os-cloud",
        "denver",
        "flavor",
        "show",
        "gpu",
        "-f",
        "json",
        "-c",
        "properties",
        "-c",
        "access_project_ids",
        "-c",
        "description",
    ]);
    let shown: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        shown,
        serde_json::json!({"access_project_ids": [], "description": "GPU nodes",
                           "properties": {"hw:cpu_policy": "dedicated"}})
    );
}

#[test]
fn server_event_list_shows_what_was_done_newest_first() {
    let s = sites();
    for action in ["stop", "start", "lock"] {
        let (code, _, err) = s.run(&["--os-cloud", "denver", "server", action, "denver-vm-003"]);
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "server",
        "event",
        "list",
        "denver-vm-003",
        "-f",
        "value",
        "-c",
        "Action",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "denver lock\ndenver start\ndenver stop\ndenver create\n"
    );
    let (code, _, err) = s.run(&["--os-cloud", "denver", "server", "event", "list", "nowhere"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("No server with a name or ID of 'nowhere' exists."),
        "{err}"
    );
}

#[test]
fn keypair_show_public_key_prints_the_key_as_nova_holds_it() {
    let s = sites();
    let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host\n";
    let file = s.sandbox.write("id.pub", key);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "keypair",
        "create",
        "me",
        "--public-key",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "keypair",
        "show",
        "--public-key",
        "me",
    ]);
    // The file as it was sent, then cliff's empty table.
    assert_eq!(
        (code, out.as_str()),
        (0, format!("{key}\n").as_str()),
        "{err}"
    );
    let (_, out, _) = s.run(&[
        "--os-cloud",
        "denver",
        "keypair",
        "show",
        "--public-key",
        "me",
        "-f",
        "json",
    ]);
    assert_eq!(out, format!("{key}{{}}\n"));
}

#[test]
fn availability_zones_of_each_service_at_the_sites_of_its_plan() {
    let s = sites();
    // Compute at berlin, network at denver: each service's own sites.
    let scope = "{compute: berlin, network: denver, volume: berlin & denver}";
    let (code, out, err) = s.run(&[
        "--os-scope",
        scope,
        "availability",
        "zone",
        "list",
        "--long",
        "-f",
        "value",
        "-c",
        "Zone Name",
        "-c",
        "Zone Resource",
        "-c",
        "Service Name",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "berlin internal  nova-conductor\nberlin internal  nova-scheduler\nberlin nova  nova-compute\n\
         denver nova network \ndenver nova router \nberlin nova  \ndenver nova  \n"
    );
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "availability",
        "zone",
        "list",
        "--volume",
        "-f",
        "value",
    ]);
    assert_eq!((code, out.as_str()), (0, "nova available\n"), "{err}");
}

#[test]
fn keypair_create_without_a_public_key_makes_one_key_for_every_site() {
    let s = sites();
    let (code, out, err) = s.run(&["--os-scope", "berlin & denver", "keypair", "create", "mine"]);
    assert_eq!(code, 0, "{err}");
    // The private key, once, as OSC prints it: nothing else.
    assert!(
        out.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----\n"),
        "{out}"
    );
    assert!(
        out.ends_with("-----END OPENSSH PRIVATE KEY-----\n"),
        "{out}"
    );
    assert_eq!(out.matches("BEGIN").count(), 1);
    // The same public key imported at both sites.
    let public = |site: &str| {
        let args = [
            "--os-cloud",
            site,
            "keypair",
            "show",
            "--public-key",
            "mine",
        ];
        let (code, out, err) = s.run(&args);
        assert_eq!(code, 0, "{err}");
        out
    };
    assert!(public("berlin").starts_with("ssh-ed25519 "));
    assert_eq!(public("berlin"), public("denver"));
    // With --private-key: the file, only its owner's, and the key pair shown.
    let file = s.sandbox.path().join("mine2.pem");
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin",
        "keypair",
        "create",
        "mine2",
        "--private-key",
        file.to_str().unwrap(),
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, out.as_str()), (0, "mine2\n"), "{err}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
    );
}
