//! The catalogue's regions, services and endpoints (issue 25) end to end
//! against the simulator: made at every site, found by name or type at
//! each, changed, shown as python-openstackclient shows them, deleted; a
//! new endpoint appears in the next token's catalogue.

mod common;

use common::{SimSandbox, json_of};
use oscope_sim::{Fault, FaultSpec};

const BOTH: &str = "berlin & denver";

#[test]
fn regions_services_and_endpoints_at_every_site() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    s.ok(BOTH, &["region", "create", "eu", "--description", "Europe"]);
    s.ok(
        BOTH,
        &["region", "create", "eu-west", "--parent-region", "eu"],
    );
    let regions = s.ok(
        BOTH,
        &["region", "list", "--parent-region", "eu", "-f", "value"],
    );
    assert_eq!(regions, "berlin eu-west eu \ndenver eu-west eu \n");
    let shown = json_of(&s.ok("berlin", &["region", "show", "eu-west", "-f", "json"]));
    assert_eq!(
        shown,
        serde_json::json!({"region": "eu-west", "description": "", "parent_region": "eu"})
    );
    s.ok(
        BOTH,
        &["region", "set", "eu-west", "--description", "Dublin"],
    );

    let made = json_of(&s.ok(
        BOTH,
        &[
            "service",
            "create",
            "dns",
            "--name",
            "designate",
            "-f",
            "json",
        ],
    ));
    assert_eq!(made.as_array().unwrap().len(), 2);
    assert_eq!(
        made[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Site", "id", "name", "type", "enabled", "description"]
    );
    // Found by type too, as python-openstackclient finds services.
    let by_type = s.ok(
        "denver",
        &["service", "show", "dns", "-f", "value", "-c", "name"],
    );
    assert_eq!(by_type, "designate\n");
    let endpoint = json_of(&s.ok(
        "berlin",
        &[
            "endpoint",
            "create",
            "dns",
            "public",
            "http://127.0.0.1:9/dns",
            "--region",
            "eu-west",
            "-f",
            "json",
        ],
    ));
    assert_eq!(endpoint["service_name"], "designate");
    assert_eq!(endpoint["region"], "eu-west");
    let id = endpoint["id"].as_str().unwrap().to_string();
    // In the next token's catalogue (a cached token keeps its own).
    let catalog = s.ok(
        "berlin",
        &["--no-token-cache", "catalog", "show", "dns", "-f", "json"],
    );
    assert!(catalog.contains("http://127.0.0.1:9/dns"), "{catalog}");
    s.ok(
        "berlin",
        &[
            "endpoint",
            "set",
            &id,
            "--disable",
            "--url",
            "http://127.0.0.1:9/v2",
        ],
    );
    let shown = json_of(&s.ok("berlin", &["endpoint", "show", &id, "-f", "json"]));
    assert_eq!(shown["enabled"], false);
    assert_eq!(shown["url"], "http://127.0.0.1:9/v2");
    assert_eq!(
        shown.as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "enabled",
            "id",
            "interface",
            "region",
            "region_id",
            "service_id",
            "url",
            "service_name",
            "service_type"
        ]
    );
    // An endpoint's ID is one site's: under `&` the other has none.
    s.ok(BOTH, &["endpoint", "delete", &id]);
    let (code, _, _) = s.run(&["--os-scope", "berlin", "endpoint", "show", &id]);
    assert_eq!(code, 1);
    s.ok(
        BOTH,
        &["service", "set", "designate", "--description", "DNS"],
    );
    let long = s.ok(
        BOTH,
        &[
            "service",
            "list",
            "--long",
            "-f",
            "value",
            "-c",
            "Name",
            "-c",
            "Description",
        ],
    );
    assert!(long.contains("berlin designate DNS\n"), "{long}");
    assert!(long.contains("denver designate DNS\n"), "{long}");
    s.ok(BOTH, &["service", "delete", "dns"]);
    s.ok(BOTH, &["region", "delete", "eu-west", "eu"]);
    assert_eq!(
        s.ok(BOTH, &["region", "list", "-f", "value", "-c", "Region"]),
        "berlin Berlin\ndenver Denver\n"
    );
}

#[test]
fn a_failing_site_and_a_missing_service() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    s.ok("berlin", &["service", "create", "dns"]);
    let (code, _, err) = s.run(&[
        "--os-scope",
        BOTH,
        "endpoint",
        "create",
        "dns",
        "public",
        "http://127.0.0.1:9/dns",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("denver") && err.contains("dns"), "{err}");
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        "denver | berlin",
        "service",
        "list",
        "-f",
        "value",
        "-c",
        "Type",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("dns\n"), "failed over to berlin: {out}");
}
