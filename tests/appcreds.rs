//! Application credentials, access rules, credentials and unified limits
//! (issue 25) end to end against the simulator, under one site, `&` and
//! `|`, with a failing site.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

#[test]
fn application_credentials_are_made_listed_and_deleted_at_every_site() {
    let s = sites();
    let made = json_of(&s.ok(
        BOTH,
        &[
            "application",
            "credential",
            "create",
            "ci",
            "--role",
            "member",
            "--description",
            "for CI",
            "--expiration",
            "2030-01-01T00:00:00",
            "--access-rules",
            r#"[{"service": "compute", "method": "GET", "path": "/v2.1/servers"}]"#,
            "-f",
            "json",
        ],
    ));
    let made = made.as_array().expect("one per site");
    assert_eq!(made.len(), 2);
    assert_eq!(
        made[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "Site",
            "ID",
            "Name",
            "Description",
            "Project ID",
            "Roles",
            "Unrestricted",
            "Access Rules",
            "Expires At",
            "Secret"
        ]
    );
    assert_eq!(made[0]["Expires At"], "2030-01-01T00:00:00.000000");
    assert!(made[0]["Secret"].as_str().is_some_and(|s| !s.is_empty()));
    // member implies reader, as in Keystone; names in tables, the roles
    // themselves in JSON and value.
    let roles = s.ok(
        BOTH,
        &[
            "application",
            "credential",
            "list",
            "-c",
            "Name",
            "-c",
            "Roles",
        ],
    );
    assert!(
        roles.contains("| berlin | ci   | member, reader |"),
        "{roles}"
    );
    assert!(
        roles.contains("| denver | ci   | member, reader |"),
        "{roles}"
    );
    let shown = s.ok(
        "denver",
        &[
            "application",
            "credential",
            "show",
            "ci",
            "-f",
            "value",
            "-c",
            "Description",
        ],
    );
    assert_eq!(shown, "for CI\n");
    let rules = s.ok(
        BOTH,
        &[
            "access", "rule", "list", "-f", "value", "-c", "Service", "-c", "Path",
        ],
    );
    assert_eq!(
        rules,
        "berlin compute /v2.1/servers\ndenver compute /v2.1/servers\n"
    );
    // A second one of the name is Keystone's 409 at each site.
    let (code, out, err) = s.run(&[
        "--os-scope",
        BOTH,
        "application",
        "credential",
        "create",
        "ci",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("409"), "{err}");
    assert_eq!(out, "");
    s.ok(BOTH, &["application", "credential", "delete", "ci"]);
    assert_eq!(
        s.ok(BOTH, &["application", "credential", "list", "-f", "value"]),
        ""
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "application",
        "credential",
        "show",
        "ci",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("No application credential"), "{err}");
}

#[test]
fn atomic_undoes_and_a_failing_site_costs_the_others_nothing() {
    let s = sites();
    s.ok("denver", &["application", "credential", "create", "ops"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "application",
        "credential",
        "create",
        "ops",
        "--atomic",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("berlin: rolled back"), "{err}");
    assert_eq!(
        s.ok(
            BOTH,
            &[
                "application",
                "credential",
                "list",
                "-f",
                "value",
                "-c",
                "Name"
            ]
        ),
        "denver ops\n",
        "berlin's was deleted again"
    );
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, _) = s.run(&[
        "--os-scope",
        "denver | berlin",
        "application",
        "credential",
        "create",
        "ops",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!((code, out.as_str()), (0, "berlin\nops\n"), "made at berlin");
    let (code, out, _) = s.run(&[
        "--os-scope",
        BOTH,
        "application",
        "credential",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!((code, out.as_str()), (3, "berlin ops\n"));
}

#[test]
fn credentials_and_unified_limits_are_listed_with_filters() {
    let s = sites();
    let user = s.ok(
        "berlin",
        &["user", "show", "admin", "-f", "value", "-c", "id"],
    );
    let body = format!(
        r#"{{"credential": {{"type": "ec2", "blob": "{{\"access\": \"a\"}}", "user_id": "{}"}}}}"#,
        user.trim()
    );
    s.ok(
        "berlin",
        &["api", "identity", "POST", "credentials", "--body", &body],
    );
    let listed = s.ok(
        BOTH,
        &[
            "credential",
            "list",
            "--type",
            "ec2",
            "--user",
            "admin",
            "-f",
            "value",
            "-c",
            "Type",
            "-c",
            "Data",
        ],
    );
    assert_eq!(listed, "berlin ec2 {\"access\": \"a\"}\n");
    assert_eq!(
        s.ok(
            "berlin",
            &["credential", "list", "--type", "totp", "-f", "value"]
        ),
        ""
    );
    for site in ["berlin", "denver"] {
        let service = s.ok(
            site,
            &["service", "show", "compute", "-f", "value", "-c", "id"],
        );
        let project = s.ok(
            site,
            &["project", "show", "demo", "-f", "value", "-c", "id"],
        );
        let registered = format!(
            r#"{{"registered_limits": [{{"service_id": "{}", "resource_name": "cores", "default_limit": 10}}]}}"#,
            service.trim()
        );
        s.ok(
            site,
            &[
                "api",
                "identity",
                "POST",
                "registered_limits",
                "--body",
                &registered,
            ],
        );
        let limit = format!(
            r#"{{"limits": [{{"service_id": "{}", "project_id": "{}", "resource_name": "cores", "resource_limit": 5}}]}}"#,
            service.trim(),
            project.trim()
        );
        s.ok(
            site,
            &["api", "identity", "POST", "limits", "--body", &limit],
        );
    }
    let limits = s.ok(
        BOTH,
        &[
            "limit",
            "list",
            "--project",
            "demo",
            "--service",
            "compute",
            "-f",
            "value",
            "-c",
            "Resource Name",
            "-c",
            "Resource Limit",
        ],
    );
    assert_eq!(limits, "berlin cores 5\ndenver cores 5\n");
    let registered = s.ok(
        BOTH,
        &[
            "registered",
            "limit",
            "list",
            "--resource-name",
            "cores",
            "-f",
            "value",
            "-c",
            "Default Limit",
        ],
    );
    assert_eq!(registered, "berlin 10\ndenver 10\n");
    assert_eq!(
        s.ok(
            BOTH,
            &["limit", "list", "--resource-name", "ram", "-f", "value"]
        ),
        ""
    );
}

/// The lists read from Keystone alone, under `|` and with a failing site.
#[test]
fn keystone_lists_fail_over_and_survive_a_failing_site() {
    let s = sites();
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    for list in [
        &["credential", "list"][..],
        &["limit", "list"],
        &["registered", "limit", "list"],
        &["access", "rule", "list"],
        &["user", "list", "--project", "demo"],
        &["implied", "role", "list"],
        &["region", "list"],
    ] {
        let (code, _, err) = s.run(&[&["--os-scope", "denver | berlin"][..], list].concat());
        assert_eq!(code, 0, "{list:?} fails over: {err}");
        let (code, _, err) = s.run(&[&["--os-scope", BOTH][..], list].concat());
        assert_eq!(code, 3, "{list:?}: {err}");
        assert!(err.contains("denver"), "{list:?}: {err}");
    }
    let (code, _, err) = s.run(&[
        "--os-scope",
        "denver | berlin-demo",
        "--no-token-cache",
        "user",
        "password",
        "set",
        "--password",
        "n",
        "--original-password",
        "berlin-demo",
    ]);
    assert_eq!(code, 0, "fails over to berlin: {err}");
}

#[test]
fn credentials_are_made_shown_and_deleted_at_every_site_of_the_scope() {
    let s = sites();
    // Made at both sites, the user looked up at each.
    let out = s.ok(
        BOTH,
        &[
            "credential",
            "create",
            "--type",
            "totp",
            "demo",
            "GEZDGNBVGY3TQOJQ",
            "-f",
            "value",
            "-c",
            "type",
        ],
    );
    assert_eq!(out, "berlin\ntotp\ndenver\ntotp\n");
    let ids: Vec<String> = ["berlin", "denver"]
        .iter()
        .map(|site| {
            let data = s.sim.site(site).data.lock().unwrap();
            data.credentials.last().unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let shown = s.ok(
        "denver | berlin",
        &["credential", "show", &ids[0], "-f", "json"],
    );
    let shown = json_of(&shown);
    assert_eq!(
        (&shown[0]["Site"], &shown[0]["blob"]),
        (&"berlin".into(), &"GEZDGNBVGY3TQOJQ".into()),
        "found at berlin: {shown}"
    );
    // A failing site costs the other nothing; `|` moves on.
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&["--os-scope", BOTH, "credential", "delete", &ids[0]]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver: server: HTTP 500"), "{err}");
    s.sim.site("denver").set_fault(None);
    s.ok(BOTH, &["credential", "delete", &ids[1]]);
    for site in ["berlin", "denver"] {
        let data = s.sim.site(site).data.lock().unwrap();
        assert!(
            data.credentials.iter().all(|c| c["type"] != "totp"),
            "{site}"
        );
    }
}
