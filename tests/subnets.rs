//! Subnets in full (issue 24) end to end against the simulator: OSC's
//! flags of `subnet create|set|unset`, the user's allocation pools split
//! between the sites of `&` (not ignored), and OSC's checks.

mod common;

use common::SimSandbox;
use serde_json::{Value, json};

const BOTH: &str = "berlin & denver";

fn run(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-scope", scope, "subnet"];
    all.extend(args);
    s.run(&all)
}

fn ok(s: &SimSandbox, scope: &str, args: &[&str]) -> String {
    let (code, out, err) = run(s, scope, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_user_s_pools_are_split_between_the_sites() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    let (code, out, err) = run(
        &s,
        BOTH,
        &[
            "create",
            "app",
            "--network",
            "shared",
            "--subnet-range",
            "10.50.0.0/24",
            "--allocation-pool",
            "start=10.50.0.100,end=10.50.0.109",
            "--dns-nameserver",
            "192.0.2.53",
            "--host-route",
            "destination=10.60.0.0/16,gateway=10.50.0.254",
            "--no-dhcp",
            "--description",
            "d",
            "--tag",
            "t",
            "-f",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            "split across 2 sites: berlin 10.50.0.100-10.50.0.104; denver 10.50.0.105-10.50.0.109"
        ),
        "{err}"
    );
    let made = json_of(&out);
    let berlin = &made[0];
    assert_eq!(
        berlin["allocation_pools"],
        json!([{"start": "10.50.0.100", "end": "10.50.0.104"}])
    );
    assert_eq!(
        made[1]["allocation_pools"],
        json!([{"start": "10.50.0.105", "end": "10.50.0.109"}])
    );
    assert_eq!(berlin["dns_nameservers"], json!(["192.0.2.53"]));
    assert_eq!(
        berlin["host_routes"],
        json!([{"destination": "10.60.0.0/16", "nexthop": "10.50.0.254"}])
    );
    assert_eq!(
        (berlin["enable_dhcp"].clone(), berlin["description"].clone()),
        (json!(false), json!("d"))
    );
    assert_eq!(berlin["tags"], json!(["t"]));
    // A pool outside the range is refused before any request.
    let (code, _, err) = run(
        &s,
        BOTH,
        &[
            "create",
            "bad",
            "--network",
            "shared",
            "--subnet-range",
            "10.51.0.0/24",
            "--allocation-pool",
            "start=10.52.0.1,end=10.52.0.9",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("is not within 10.51.0.0/24"), "{err}");
    assert_eq!(s.requests("berlin", "POST /network/v2.0/subnets"), 1);
}

#[test]
fn set_adds_before_what_the_subnet_has_and_unset_removes() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    ok(
        &s,
        "berlin",
        &[
            "create",
            "app",
            "--network",
            "shared",
            "--subnet-range",
            "10.50.0.0/24",
            "--gateway",
            "none",
            "--dns-nameserver",
            "192.0.2.1",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "app", "-f", "json"]));
    assert_eq!(shown["gateway_ip"], Value::Null);
    ok(
        &s,
        "berlin",
        &[
            "set",
            "app",
            "--name",
            "app2",
            "--gateway",
            "10.50.0.1",
            "--dns-nameserver",
            "192.0.2.2",
            "--host-route",
            "destination=10.70.0.0/16,gateway=10.50.0.9",
            "--dhcp",
            "--tag",
            "x",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "app2", "-f", "json"]));
    assert_eq!(shown["dns_nameservers"], json!(["192.0.2.2", "192.0.2.1"]));
    assert_eq!(shown["gateway_ip"], "10.50.0.1");
    assert_eq!(shown["tags"], json!(["x"]));
    ok(
        &s,
        "berlin",
        &[
            "unset",
            "app2",
            "--dns-nameserver",
            "192.0.2.1",
            "--host-route",
            "destination=10.70.0.0/16,gateway=10.50.0.9",
            "--tag",
            "x",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "app2", "-f", "json"]));
    assert_eq!(shown["dns_nameservers"], json!(["192.0.2.2"]));
    assert_eq!(shown["host_routes"], json!([]));
    assert_eq!(shown["tags"], json!([]));
    let (code, _, err) = run(
        &s,
        "berlin",
        &["unset", "app2", "--dns-nameserver", "192.0.2.99"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("Subnet does not contain dns-nameserver 192.0.2.99"),
        "{err}"
    );
    let (code, _, err) = run(&s, "berlin", &["set", "app2", "--gateway", "auto"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("Auto option is not available for Subnet Set"),
        "{err}"
    );
    ok(
        &s,
        "berlin",
        &[
            "set",
            "app2",
            "--no-dns-nameservers",
            "--allocation-pool",
            "start=10.50.0.20,end=10.50.0.30",
            "--no-allocation-pool",
        ],
    );
    let shown = json_of(&ok(&s, "berlin", &["show", "app2", "-f", "json"]));
    assert_eq!(shown["dns_nameservers"], json!([]));
    assert_eq!(
        shown["allocation_pools"],
        json!([{"start": "10.50.0.20", "end": "10.50.0.30"}])
    );
}

#[test]
fn subnet_pools_and_address_scopes_at_every_site() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    let scoped = |args: &[&str]| {
        let mut all = vec!["--os-scope", BOTH];
        all.extend(args);
        let (code, out, err) = s.run(&all);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    scoped(&["address", "scope", "create", "tenant", "--share"]);
    let listed = scoped(&[
        "address",
        "scope",
        "list",
        "--share",
        "-f",
        "value",
        "-c",
        "Name",
        "-c",
        "IP Version",
    ]);
    assert_eq!(listed, "berlin tenant 4\ndenver tenant 4\n");
    let made = json_of(&scoped(&[
        "subnet",
        "pool",
        "create",
        "pool",
        "--pool-prefix",
        "10.90.0.0/16",
        "--default-prefix-length",
        "26",
        "--address-scope",
        "tenant",
        "--tag",
        "p",
        "-f",
        "json",
    ]));
    let scope = json_of(&scoped(&[
        "address", "scope", "show", "tenant", "-f", "json",
    ]));
    for (pool, scope) in made
        .as_array()
        .unwrap()
        .iter()
        .zip(scope.as_array().unwrap())
    {
        assert_eq!(pool["address_scope_id"], scope["id"]);
        assert_eq!(pool["tags"], json!(["p"]));
    }
    // A subnet takes its range from each site's pool.
    let subnet = json_of(&scoped(&[
        "subnet",
        "create",
        "auto",
        "--network",
        "shared",
        "--subnet-pool",
        "pool",
        "-f",
        "json",
    ]));
    for shown in subnet.as_array().unwrap() {
        assert_eq!(shown["cidr"], "10.90.0.0/26");
    }
    let second = json_of(&ok(
        &s,
        "berlin",
        &[
            "create",
            "auto2",
            "--network",
            "shared",
            "--subnet-pool",
            "pool",
            "--prefix-length",
            "28",
            "-f",
            "json",
        ],
    ));
    assert_eq!(second["cidr"], "10.90.0.64/28");
    let long = scoped(&[
        "subnet",
        "pool",
        "list",
        "--long",
        "--address-scope",
        "tenant",
        "-f",
        "value",
        "-c",
        "Prefixes",
        "-c",
        "Tags",
    ]);
    assert_eq!(
        long,
        "berlin ['10.90.0.0/16'] ['p']\ndenver ['10.90.0.0/16'] ['p']\n"
    );
    let (code, _, err) = s.run(&["--os-scope", "berlin", "subnet", "pool", "delete", "pool"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("Subnet pool has existing allocations."),
        "{err}"
    );
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin",
        "address",
        "scope",
        "delete",
        "tenant",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("subnet pools in use"), "{err}");
}

#[test]
fn ipv6_subnets_with_their_modes_and_the_list_s_filters() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    s.run(&["--os-scope", BOTH, "network", "create", "six"]);
    let (code, _, err) = run(
        &s,
        BOTH,
        &[
            "create",
            "six-v6",
            "--network",
            "six",
            "--ip-version",
            "6",
            "--subnet-range",
            "2001:db8:42::/63",
            "--ipv6-ra-mode",
            "slaac",
            "--ipv6-address-mode",
            "slaac",
        ],
    );
    assert_eq!(code, 0, "{err}");
    // The range at each site, its addresses split between them; the
    // gateway the range's first address (the subnet-router anycast), as
    // Neutron picks it.
    for (site, pool) in [
        (
            "berlin",
            json!([{"start": "2001:db8:42::1", "end": "2001:db8:42:1::"}]),
        ),
        (
            "denver",
            json!([{"start": "2001:db8:42:1::1", "end": "2001:db8:42:1:ffff:ffff:ffff:ffff"}]),
        ),
    ] {
        let shown = json_of(&ok(&s, site, &["show", "six-v6", "-f", "json"]));
        assert_eq!(shown["cidr"], "2001:db8:42::/63", "{shown}");
        assert_eq!(shown["gateway_ip"], "2001:db8:42::");
        assert_eq!(shown["allocation_pools"], pool);
        assert_eq!(shown["ip_version"], 6);
        assert_eq!(shown["ipv6_ra_mode"], "slaac");
        assert_eq!(shown["ipv6_address_mode"], "slaac");
    }
    let six = ok(
        &s,
        BOTH,
        &["list", "--ip-version", "6", "-f", "value", "-c", "Subnet"],
    );
    assert_eq!(six, "berlin 2001:db8:42::/63\ndenver 2001:db8:42::/63\n");
    let by_network = ok(
        &s,
        "denver",
        &[
            "list",
            "--network",
            "six",
            "--dhcp",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(by_network, "six-v6\n");
    let none = ok(&s, "denver", &["list", "--network", "six", "--no-dhcp"]);
    assert_eq!(none, "\n");
    let by_range = ok(
        &s,
        "berlin",
        &[
            "list",
            "--subnet-range",
            "2001:db8:42::/63",
            "--gateway",
            "2001:db8:42::",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(by_range, "six-v6\n");
}

#[test]
fn limit_is_the_page_size_and_max_items_the_rows_as_in_osc() {
    let s = SimSandbox::named(&["berlin", "denver"]);
    for name in ["a", "b"] {
        s.run(&["--os-scope", "berlin", "network", "create", name]);
        let range = if name == "a" {
            "10.61.0.0/24"
        } else {
            "10.62.0.0/24"
        };
        ok(
            &s,
            "berlin",
            &["create", name, "--network", name, "--subnet-range", range],
        );
    }
    let all = ok(&s, "berlin", &["list", "-f", "value", "-c", "Name"]);
    let count = all.lines().count();
    assert!(count >= 3, "{all}");
    // --limit 1: pages of one, every page read.
    let before = s.requests("berlin", "GET /network/v2.0/subnets");
    let paged = ok(
        &s,
        "berlin",
        &["list", "--limit", "1", "-f", "value", "-c", "Name"],
    );
    assert_eq!(paged, all);
    let asked = s.requests("berlin", "GET /network/v2.0/subnets") - before;
    assert!(
        asked >= count as u64,
        "{asked} requests for {count} subnets"
    );
    // --max-items: at most that many of each site, and rows in all.
    let one = ok(
        &s,
        "berlin",
        &["list", "--max-items", "1", "-f", "value", "-c", "Name"],
    );
    assert_eq!(one.lines().count(), 1, "{one}");
    let two = ok(
        &s,
        "berlin",
        &[
            "list",
            "--limit",
            "1",
            "--max-items",
            "2",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!(two.lines().count(), 2, "{two}");
    let merged = ok(
        &s,
        BOTH,
        &["list", "--max-items", "1", "-f", "value", "-c", "Name"],
    );
    assert_eq!(merged.lines().count(), 1, "{merged}");
}
