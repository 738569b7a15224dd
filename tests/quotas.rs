//! Quotas across independent sites (issue 25) end to end against the
//! simulator: shown by project name with usage and defaults, set with the
//! same figures everywhere or split across the sites, listed and deleted,
//! under one site, `&` and `|`, with a failing site.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const THREE: &str = "berlin & denver & paris";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver", "paris"])
}

/// `Resource Limit` lines of `quota show ARGS` under `scope`, per site.
fn limits(s: &SimSandbox, scope: &str, args: &[&str]) -> String {
    let args = [
        &["quota", "show"][..],
        args,
        &["-f", "value", "-c", "Resource", "-c", "Limit"],
    ]
    .concat();
    s.ok(scope, &args)
}

fn line<'a>(text: &'a str, start: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no {start:?} in {text}"))
}

#[test]
fn the_same_figures_are_set_everywhere_by_project_name() {
    let s = sites();
    s.ok(
        THREE,
        &[
            "quota",
            "set",
            "demo",
            "--instances",
            "7",
            "--volumes",
            "6",
            "--networks",
            "5",
            "--secgroup-rules",
            "-1",
        ],
    );
    let summed = limits(&s, THREE, &["demo"]);
    assert_eq!(line(&summed, "instances "), "instances 21");
    assert_eq!(line(&summed, "volumes "), "volumes 18");
    assert_eq!(line(&summed, "networks "), "networks 15");
    assert_eq!(
        line(&summed, "security_group_rules "),
        "security_group_rules -1",
        "unlimited anywhere is unlimited"
    );
    let per_site = limits(&s, THREE, &["demo", "--compute", "--per-site"]);
    let instances: Vec<&str> = per_site
        .lines()
        .filter(|l| l.contains(" instances "))
        .collect();
    assert_eq!(
        instances,
        [
            "berlin instances 7",
            "denver instances 7",
            "paris instances 7"
        ]
    );
    // The token's own project (admin) keeps the defaults.
    assert_eq!(
        line(&limits(&s, "berlin", &[]), "instances "),
        "instances 10"
    );
    // Limits follow the quota of the token's project.
    s.ok(
        "berlin",
        &[
            "quota",
            "set",
            "admin",
            "--instances",
            "12",
            "--volumes",
            "4",
        ],
    );
    let absolute = s.ok("berlin", &["limits", "show", "--absolute", "-f", "value"]);
    assert_eq!(
        line(&absolute, "max_total_instances "),
        "max_total_instances 12"
    );
    assert_eq!(line(&absolute, "max_total_volumes "), "max_total_volumes 4");
}

#[test]
fn a_tenant_wide_figure_is_split_across_the_sites() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-scope",
        THREE,
        "quota",
        "set",
        "demo",
        "--instances",
        "31",
        "--cores",
        "-1",
        "--ports",
        "30",
        "--split",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "", "quota set prints nothing on stdout");
    assert_eq!(
        err.trim(),
        "oscope: quota split across 3 sites: \
         berlin cores=-1 instances=11 ports=10; \
         denver cores=-1 instances=10 ports=10; \
         paris cores=-1 instances=10 ports=10"
    );
    let per_site = limits(&s, THREE, &["demo", "--per-site"]);
    for want in [
        "berlin instances 11",
        "denver instances 10",
        "paris instances 10",
        "paris ports 10",
        "denver cores -1",
    ] {
        assert!(per_site.lines().any(|l| l == want), "{want}: {per_site}");
    }
    assert_eq!(
        line(&limits(&s, THREE, &["demo"]), "instances "),
        "instances 31"
    );
    // `|` reaches one site: nothing to split across.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin | denver",
        "quota",
        "set",
        "demo",
        "--instances",
        "4",
        "--split",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--split"), "{err}");
}

#[test]
fn usage_defaults_list_and_delete() {
    let s = sites();
    let usage = json_of(&s.ok("berlin", &["quota", "show", "--usage", "-f", "json"]));
    let row = |name: &str| {
        usage
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["Resource"] == name)
            .unwrap_or_else(|| panic!("{name}: {usage}"))
            .clone()
    };
    assert_eq!(
        row("instances")
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["Resource", "Limit", "In Use", "Reserved"]
    );
    assert!(
        row("instances")["In Use"].as_i64().unwrap() > 0,
        "the seeded servers"
    );
    assert_eq!(row("key-pairs")["In Use"], "N/A");

    s.ok(
        "berlin & denver",
        &["quota", "set", "--default", "--cores", "40"],
    );
    assert_eq!(
        line(
            &limits(&s, "berlin & denver", &["--default", "--compute"]),
            "cores "
        ),
        "cores 80"
    );
    assert_eq!(
        line(&limits(&s, "paris", &["--default", "--compute"]), "cores "),
        "cores 20"
    );
    // Only projects with figures of their own are listed, with their site.
    s.ok(
        "berlin & denver",
        &["quota", "set", "demo", "--cores", "9", "--routers", "3"],
    );
    s.ok(
        "berlin",
        &[
            "quota",
            "set",
            "demo",
            "--gigabytes",
            "50",
            "--volume-type",
            "__DEFAULT__",
        ],
    );
    let listed = s.ok(
        THREE,
        &["quota", "list", "--compute", "-f", "value", "-c", "Cores"],
    );
    assert_eq!(listed, "berlin 9\ndenver 9\n");
    let columns = json_of(&s.ok("berlin", &["quota", "list", "--network", "-f", "json"]));
    let keys: Vec<&String> = columns[0].as_object().unwrap().keys().collect();
    assert_eq!(keys[0], "Project ID");
    assert_eq!(columns[0]["Routers"], 3);
    let typed = limits(&s, "berlin", &["demo", "--volume"]);
    assert_eq!(
        line(&typed, "gigabytes___DEFAULT__ "),
        "gigabytes___DEFAULT__ 50"
    );
    // A per-type figure is no column of `quota list --volume`.
    assert_eq!(
        s.ok("berlin", &["quota", "list", "--volume", "-f", "value"]),
        ""
    );

    s.ok("berlin & denver", &["quota", "delete", "demo"]);
    for service in ["--compute", "--network"] {
        assert_eq!(s.ok(THREE, &["quota", "list", service, "-f", "value"]), "");
    }
    s.ok(
        "berlin",
        &["quota", "set", "demo", "--cores", "9", "--networks", "9"],
    );
    s.ok("berlin", &["quota", "delete", "demo", "--network"]);
    assert_eq!(
        s.ok(
            "berlin",
            &["quota", "list", "--compute", "-f", "value", "-c", "Cores"]
        ),
        "9\n",
        "only the network quotas were deleted"
    );
}

#[test]
fn a_failing_or_missing_site_costs_the_others_nothing() {
    let s = sites();
    s.sim
        .site("paris")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&[
        "--os-scope",
        THREE,
        "quota",
        "set",
        "demo",
        "--instances",
        "8",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("paris"), "{err}");
    let (code, out, err) = s.run(&[
        "--os-scope",
        THREE,
        "quota",
        "show",
        "demo",
        "--compute",
        "--per-site",
        "-f",
        "value",
        "-c",
        "Resource",
        "-c",
        "Limit",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(out.contains("berlin instances 8\n"), "{out}");
    assert!(out.contains("denver instances 8\n"), "{out}");
    // `|` fails over to the next site.
    s.ok("paris | denver", &["quota", "set", "demo", "--cores", "5"]);
    assert_eq!(
        line(&limits(&s, "denver", &["demo", "--compute"]), "cores "),
        "cores 5"
    );
    s.sim.site("paris").set_fault(None);

    // A project missing at one site is that site's failure, by name.
    s.ok("berlin", &["project", "create", "acme"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "quota",
        "set",
        "acme",
        "--instances",
        "3",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("acme"), "{err}");
    assert_eq!(
        line(&limits(&s, "berlin", &["acme", "--compute"]), "instances "),
        "instances 3"
    );
    // Bad figures never reach a site.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "quota",
        "set",
        "demo",
        "--instances",
        "-5",
    ]);
    assert_eq!(code, 2, "{err}");
    // The simulator refuses as the services do.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "api",
        "compute",
        "PUT",
        "os-quota-sets/nope",
        "--body",
        r#"{"quota_set": {"cores": 1}}"#,
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Project ID nope is not a valid project."),
        "{err}"
    );
}
