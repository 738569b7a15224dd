//! Volume types (issue 26) end to end against the simulator: made,
//! changed, shared with a project and deleted at every site of a scope,
//! under one site, `&`, `|` and a failing site.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

/// `volume type show NAME` at one site, as JSON.
fn show(s: &SimSandbox, site: &str, name: &str) -> serde_json::Value {
    json_of(&s.ok(site, &["volume", "type", "show", name, "-f", "json"]))
}

/// The names `volume type list ARGS` shows under `scope`.
fn names(s: &SimSandbox, scope: &str, args: &[&str]) -> Vec<String> {
    let mut all = vec!["volume", "type", "list", "-f", "value", "-c", "Name"];
    all.extend(args);
    let mut names: Vec<String> = s.ok(scope, &all).lines().map(str::to_string).collect();
    names.sort();
    names
}

#[test]
fn a_private_type_is_made_and_shared_at_every_site() {
    let s = sites();
    let made = json_of(&s.ok(
        BOTH,
        &[
            "volume",
            "type",
            "create",
            "gold",
            "--private",
            "--description",
            "fast",
            "--property",
            "tier=1",
            "--multiattach",
            "--availability-zone",
            "nova",
            "--availability-zone",
            "az2",
            "--project",
            "demo",
            "-f",
            "json",
        ],
    ));
    let made = made.as_array().expect("one per site");
    assert_eq!(made.len(), 2);
    for kind in made {
        assert_eq!(kind["is_public"], false);
        assert_eq!(kind["description"], "fast");
        assert_eq!(
            kind["properties"],
            serde_json::json!({"tier": "1", "multiattach": "<is> True",
                               "RESKEY:availability_zones": "nova,az2"})
        );
        assert!(kind.get("access_project_ids").is_none(), "{kind}");
    }
    // Shown with the project that may use it, that site's ID.
    let demo = s.ok(
        "denver",
        &["project", "show", "demo", "-f", "value", "-c", "id"],
    );
    let shown = show(&s, "denver", "gold");
    assert_eq!(
        shown["access_project_ids"],
        serde_json::json!([demo.trim()])
    );
    assert_eq!(
        show(&s, "berlin", "lvmdriver-1")["access_project_ids"],
        serde_json::Value::Null
    );
    // Lists: every type by default (an admin's), or the public or private.
    assert_eq!(
        names(&s, "berlin", &[]),
        ["__DEFAULT__", "gold", "lvmdriver-1"]
    );
    assert_eq!(names(&s, "berlin", &["--private"]), ["gold"]);
    assert_eq!(
        names(&s, "berlin", &["--public"]),
        ["__DEFAULT__", "lvmdriver-1"]
    );
    assert_eq!(
        names(&s, BOTH, &["--default"]),
        ["berlin lvmdriver-1", "denver lvmdriver-1"]
    );
    let long = s.ok(
        "berlin",
        &[
            "volume",
            "type",
            "list",
            "--long",
            "--private",
            "-f",
            "value",
        ],
    );
    assert!(long.contains(" False fast "), "{long}");
    // The demo project sees the private type, and only the extra specs
    // Cinder shows users.
    assert_eq!(
        names(&s, "berlin-demo", &[]),
        ["__DEFAULT__", "gold", "lvmdriver-1"]
    );
    let seen = json_of(&s.ok(
        "berlin-demo",
        &[
            "volume",
            "type",
            "list",
            "--long",
            "--private",
            "-f",
            "json",
        ],
    ));
    assert_eq!(
        seen[0]["Properties"],
        serde_json::json!({"multiattach": "<is> True", "RESKEY:availability_zones": "nova,az2"})
    );
    // Volumes of the type; an unknown type is Cinder's 404.
    s.ok(
        "berlin-demo",
        &["volume", "create", "v", "--size", "1", "--type", "gold"],
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "create",
        "w",
        "--size",
        "1",
        "--type",
        "nope",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("Volume type with name nope could not be found"),
        "{err}"
    );
    // A type in use stays.
    let (code, _, err) = s.run(&["--os-scope", "berlin", "volume", "type", "delete", "gold"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("still in use"), "{err}");
}

#[test]
fn a_type_is_changed_and_unshared_at_every_site_that_has_it() {
    let s = sites();
    s.ok(
        BOTH,
        &[
            "volume",
            "type",
            "create",
            "silver",
            "--private",
            "--property",
            "a=1",
        ],
    );
    s.ok(
        BOTH,
        &[
            "volume",
            "type",
            "set",
            "silver",
            "--name",
            "bronze",
            "--description",
            "slow",
            "--property",
            "b=2",
            "--replicated",
            "--cacheable",
            "--project",
            "demo",
        ],
    );
    for site in ["berlin", "denver"] {
        let kind = show(&s, site, "bronze");
        assert_eq!(kind["description"], "slow");
        assert_eq!(
            kind["properties"],
            serde_json::json!({"a": "1", "b": "2", "replication_enabled": "<is> True",
                               "cacheable": "<is> True"})
        );
        assert_eq!(kind["access_project_ids"].as_array().map(Vec::len), Some(1));
    }
    s.ok(
        BOTH,
        &[
            "volume",
            "type",
            "unset",
            "bronze",
            "--property",
            "a",
            "--project",
            "demo",
        ],
    );
    let kind = show(&s, "denver", "bronze");
    assert!(kind["properties"].get("a").is_none(), "{kind}");
    assert_eq!(kind["access_project_ids"], serde_json::json!([]));
    // What is not there is Cinder's 404, at each site.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "type",
        "unset",
        "bronze",
        "--property",
        "a",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("has no extra specs with key a"), "{err}");
    // Made public (as Cinder takes it), then access is no longer a thing.
    s.ok(BOTH, &["volume", "type", "set", "bronze", "--public"]);
    assert_eq!(show(&s, "berlin", "bronze")["is_public"], true);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "type",
        "set",
        "bronze",
        "--project",
        "demo",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("not applicable to public volume type"),
        "{err}"
    );
    // `|`: the first site that has it.
    s.ok("berlin", &["volume", "type", "delete", "bronze"]);
    s.ok(
        "berlin | denver",
        &["volume", "type", "set", "bronze", "--description", "d"],
    );
    assert_eq!(show(&s, "denver", "bronze")["description"], "d");
    // The default type stays; only admins make types.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver",
        "volume",
        "type",
        "delete",
        "lvmdriver-1",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is a default volume type"), "{err}");
    let (code, _, err) = s.run(&["--os-scope", "denver-demo", "volume", "type", "create", "x"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Policy doesn't allow"), "{err}");
    s.ok(BOTH, &["volume", "type", "delete", "bronze"]);
    assert_eq!(names(&s, "denver", &["--private"]), Vec::<String>::new());
    // --project goes with --private only.
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver",
        "volume",
        "type",
        "create",
        "y",
        "--project",
        "demo",
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_failing_site_costs_the_others_nothing() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "type",
        "create",
        "tin",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(out, "berlin\ntin\n");
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "type",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(
        out.lines().filter(|l| l.starts_with("berlin ")).count(),
        3,
        "{out}"
    );
    assert_eq!(
        err.lines().filter(|l| l.contains("denver")).count(),
        1,
        "{err}"
    );
    s.ok(
        "denver | berlin",
        &["volume", "type", "set", "tin", "--property", "k=v"],
    );
    assert_eq!(show(&s, "berlin", "tin")["properties"]["k"], "v");
}

#[test]
fn volume_services_are_listed_and_disabled_at_every_site() {
    let s = sites();
    let listed = s.ok(
        BOTH,
        &[
            "volume",
            "service",
            "list",
            "--host",
            "denver-volume1",
            "-f",
            "value",
            "-c",
            "Binary",
            "-c",
            "Host",
        ],
    );
    assert_eq!(
        listed,
        "denver cinder-backup denver-volume1\ndenver cinder-scheduler denver-volume1\ndenver cinder-volume denver-volume1@lvmdriver-1\n"
    );
    for site in ["berlin", "denver"] {
        let host = format!("{site}-volume1@lvmdriver-1");
        s.ok(
            site,
            &[
                "volume",
                "service",
                "set",
                &host,
                "cinder-volume",
                "--disable",
                "--disable-reason",
                "maintenance",
            ],
        );
    }
    let long = s.ok(
        BOTH,
        &[
            "volume",
            "service",
            "list",
            "--long",
            "--service",
            "cinder-volume",
            "-f",
            "json",
        ],
    );
    for service in json_of(&long).as_array().unwrap() {
        assert_eq!(service["Status"], "disabled");
        assert_eq!(service["Disabled Reason"], "maintenance");
        assert_eq!(service["Cluster"], serde_json::Value::Null);
    }
    // A host is each site's own: set where it is, as any change under `&`.
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "service",
        "set",
        "berlin-volume1@lvmdriver-1",
        "cinder-volume",
        "--enable",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "service",
        "set",
        "nowhere",
        "cinder-volume",
        "--enable",
    ]);
    assert_eq!(code, 1, "{err}");
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "service",
        "set",
        "h",
        "s",
        "--disable-reason",
        "x",
    ]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = s.run(&["--os-scope", "berlin-demo", "volume", "service", "list"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Policy doesn't allow"), "{err}");
}

/// `volume qos …`: a specification made at every site, associated with a
/// type at each, listed with the types' names (one type list per site),
/// changed, and deleted; admins only.
#[test]
fn qos_specifications_are_kept_and_associated_at_every_site() {
    let s = sites();
    let made = json_of(&s.ok(
        BOTH,
        &[
            "volume",
            "qos",
            "create",
            "fast",
            "--consumer",
            "front-end",
            "--property",
            "read_iops_sec=100",
            "-f",
            "json",
        ],
    ));
    assert_eq!(made.as_array().map(Vec::len), Some(2), "{made}");
    s.ok(BOTH, &["volume", "type", "create", "gold"]);
    s.ok(BOTH, &["volume", "qos", "associate", "fast", "gold"]);
    s.ok(
        "denver",
        &["volume", "qos", "associate", "fast", "__DEFAULT__"],
    );
    let listed = s.ok(
        BOTH,
        &[
            "volume",
            "qos",
            "list",
            "-f",
            "value",
            "-c",
            "Name",
            "-c",
            "Associations",
            "-c",
            "Properties",
        ],
    );
    assert!(
        listed.contains("berlin fast ['gold'] {'read_iops_sec': '100'}"),
        "{listed}"
    );
    let table = s.ok("denver", &["volume", "qos", "list"]);
    assert!(table.contains("| __DEFAULT__, gold |"), "{table}");
    let shown = json_of(&s.ok("denver", &["volume", "qos", "show", "fast", "-f", "json"]));
    assert_eq!(shown["consumer"], "front-end");
    assert_eq!(shown["associations"].as_array().map(Vec::len), Some(2));
    // Another specification cannot take a type that has one.
    s.ok("berlin", &["volume", "qos", "create", "slow"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "volume",
        "qos",
        "associate",
        "slow",
        "gold",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("is already associated with another qos specs"),
        "{err}"
    );
    // Changed at both; a missing key is that site's failure.
    s.ok(
        BOTH,
        &[
            "volume",
            "qos",
            "set",
            "fast",
            "--no-property",
            "--property",
            "a=1",
        ],
    );
    let properties = s.ok(
        "berlin",
        &[
            "volume",
            "qos",
            "show",
            "fast",
            "-c",
            "properties",
            "-f",
            "value",
        ],
    );
    assert_eq!(properties, "{'a': '1'}\n");
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "qos",
        "unset",
        "fast",
        "--property",
        "zz",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("has no spec with key zz"), "{err}");
    // In use: only with --force, and a failing site costs the other nothing.
    let (code, _, err) = s.run(&["--os-scope", BOTH, "volume", "qos", "delete", "fast"]);
    assert_eq!(code, 1);
    assert!(err.contains("Qos specs still in use"), "{err}");
    s.sim
        .site("berlin")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "volume",
        "qos",
        "delete",
        "fast",
        "--force",
    ]);
    assert_eq!(code, 3, "{err}");
    s.sim.site("berlin").set_fault(None);
    let gone = s.ok(
        "denver",
        &["volume", "qos", "list", "-f", "value", "-c", "Name"],
    );
    assert_eq!(gone, "");
    let kept = s.ok("denver", &["volume", "type", "show", "gold", "-f", "json"]);
    assert!(!kept.contains("fast"), "{kept}");
    s.ok(
        "berlin",
        &["volume", "qos", "disassociate", "fast", "--all"],
    );
    s.ok("berlin", &["volume", "qos", "delete", "fast", "slow"]);
    // Users who are not admins are refused.
    let (code, _, err) = s.run(&["--os-cloud", "berlin-demo", "volume", "qos", "list"]);
    assert_eq!(code, 1);
    assert!(err.contains("qos_specs_manage:get_all"), "{err}");
}

/// `volume type list --property` (and its aliases) at every site: the
/// types with those specs; users may not filter by hidden ones.
#[test]
fn types_are_listed_by_their_properties() {
    let s = sites();
    s.ok(
        BOTH,
        &[
            "volume",
            "type",
            "create",
            "gold",
            "--property",
            "tier=1",
            "--multiattach",
        ],
    );
    s.ok(
        BOTH,
        &["volume", "type", "create", "silver", "--property", "tier=2"],
    );
    let listed = |scope: &str, args: &[&str]| {
        s.ok(
            scope,
            &[
                &["volume", "type", "list", "-f", "value", "-c", "Name"][..],
                args,
            ]
            .concat(),
        )
    };
    assert_eq!(
        listed(BOTH, &["--property", "tier=1"]),
        "berlin gold\ndenver gold\n"
    );
    assert_eq!(listed("berlin", &["--multiattach"]), "gold\n");
    assert_eq!(listed("berlin", &["--property", "tier=3"]), "");
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "berlin-demo",
        "volume",
        "type",
        "list",
        "--property",
        "tier=1",
        "-f",
        "value",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "");
}
