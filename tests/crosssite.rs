//! Cross-site operations (SPEC §3, issue 7), end to end through the binary
//! against the simulator: images copied to the compute site, `--atomic`
//! creates, the routing cache, volume colocation, the tenant-wide IP plan
//! and `--explain`. Request counts at the sites prove what was sent where.

mod common;

use common::SimSandbox;
use oscope_sim::{Fault, FaultSpec};
use serde_json::Value;

const ALL: &str = "berlin & denver & paris";

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver", "paris"])
}

/// Runs and expects success, returning stdout.
fn ok(s: &SimSandbox, args: &[&str]) -> String {
    let (code, out, err) = s.run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// Requests that change something at a site (token requests aside).
fn changes(s: &SimSandbox, site: &str) -> Vec<String> {
    let mut keys: Vec<String> = s
        .sim
        .site(site)
        .request_counts()
        .into_keys()
        .filter(|k| !k.starts_with("GET ") && !k.starts_with("HEAD "))
        .filter(|k| k != "POST /identity/v3/auth/tokens")
        .collect();
    keys.sort();
    keys
}

/// Images at a site named `name`: (id, tags, os_hash_value).
fn images_named(s: &SimSandbox, site: &str, name: &str) -> Vec<(String, Value, String)> {
    let data = s.sim.site(site).data.lock().unwrap();
    data.images
        .iter()
        .filter(|i| i["name"] == name)
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                i["tags"].clone(),
                i["os_hash_value"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn server_image(s: &SimSandbox, site: &str, name: &str) -> String {
    let data = s.sim.site(site).data.lock().unwrap();
    data.servers
        .iter()
        .find(|v| v.name == name)
        .map(|v| v.image_id.clone())
        .unwrap_or_else(|| panic!("no server {name} at {site}"))
}

/// An image with data at `site`, made through oscope.
fn upload(s: &SimSandbox, site: &str, name: &str, data: &str) -> String {
    let file = s.sandbox.write(&format!("{name}.img"), data);
    ok(
        s,
        &[
            "--os-scope",
            site,
            "image",
            "create",
            name,
            "--file",
            file.to_str().unwrap(),
            "--disk-format",
            "qcow2",
            "-f",
            "value",
            "-c",
            "id",
        ],
    )
    .trim()
    .to_string()
}

#[test]
fn server_create_copies_the_image_to_the_compute_site_once() {
    let s = sites();
    let source = upload(&s, "denver", "debian", "debian data");
    let scope = "{compute: berlin, image: paris | denver}";
    // paris is down: the image scope fails over to denver.
    s.sim
        .site("paris")
        .set_fault(Some(FaultSpec::always(Fault::Refused)));
    let (code, out, err) = s.run(&[
        "--os-scope",
        scope,
        "server",
        "create",
        "vm1",
        "--image",
        "debian",
        "--flavor",
        "m1.small",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("oscope: paris: transport:"), "{err}");
    assert!(err.contains("(failed over)"), "{err}");
    let copies = images_named(&s, "berlin", "debian");
    assert_eq!(copies.len(), 1, "one copy at berlin");
    let (copy, tags, hash) = &copies[0];
    assert_eq!(tags, &serde_json::json!(["oscope-copy"]));
    assert_eq!(hash, &images_named(&s, "denver", "debian")[0].2);
    assert!(
        err.contains(&format!(
            "oscope: berlin: boots from {copy} (a copy of image debian at denver, made)"
        )),
        "{err}"
    );
    assert_eq!(&server_image(&s, "berlin", "vm1"), copy);
    let shown: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        shown["image"],
        format!("debian ({copy})"),
        "as OSC shows it"
    );
    assert_eq!(
        s.requests("denver", &format!("GET /image/v2/images/{source}/file")),
        1
    );

    // A second boot reuses the copy: no new image, no data sent again.
    let (code, _, err) = s.run(&[
        "--os-scope",
        scope,
        "server",
        "create",
        "vm2",
        "--image",
        "debian",
        "--flavor",
        "m1.small",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("reused"), "{err}");
    assert_eq!(images_named(&s, "berlin", "debian").len(), 1);
    assert_eq!(&server_image(&s, "berlin", "vm2"), copy);
    assert_eq!(s.requests("berlin", "POST /image/v2/images"), 1);
    assert_eq!(
        s.requests("denver", &format!("GET /image/v2/images/{source}/file")),
        1
    );
}

#[test]
fn the_image_copy_is_checked_and_can_be_refused() {
    let s = sites();
    upload(&s, "denver", "debian", "debian data");
    let create = |extra: &[&str]| {
        let mut args = vec![
            "--os-scope",
            "{compute: berlin & paris, image: denver}",
            "server",
            "create",
            "vm",
            "--image",
            "debian",
            "--flavor",
            "m1.small",
        ];
        args.extend_from_slice(extra);
        s.run(&args)
    };
    let (code, out, err) = create(&["--no-copy-image"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains(
            "oscope: berlin: request: image debian is at denver, and berlin has no image \
             with its data; --no-copy-image forbids copying it"
        ),
        "{err}"
    );
    assert!(changes(&s, "berlin").is_empty());

    // Glance at denver lies about the image's data: the copies are
    // deleted again and nothing boots.
    {
        let mut data = s.sim.site("denver").data.lock().unwrap();
        let image = data
            .images
            .iter_mut()
            .find(|i| i["name"] == "debian")
            .unwrap();
        image["os_hash_value"] = serde_json::json!("0".repeat(128));
    }
    s.sim.site("denver").changed();
    let (code, _, err) = create(&[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("oscope: berlin: server: the data from denver is corrupt: SHA-512 differs"),
        "{err}"
    );
    for site in ["berlin", "paris"] {
        assert!(images_named(&s, site, "debian").is_empty(), "{site}");
        assert_eq!(s.requests(site, "POST /compute/v2.1/servers"), 0);
    }
}

#[test]
fn a_network_of_another_site_is_refused_before_anything_is_sent() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-scope",
        "{compute: berlin, image: berlin, network: denver}",
        "server",
        "create",
        "vm",
        "--image",
        "cirros",
        "--flavor",
        "m1.small",
        "--network",
        "shared",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with(
            "oscope: networks do not span sites: the server is at `berlin`, \
             but --network would be looked up at `denver` (scope)"
        ),
        "{err}"
    );
    for site in ["berlin", "denver"] {
        assert!(s.sim.site(site).request_counts().is_empty(), "{site}");
    }
    // The compute site's own network is fine.
    ok(
        &s,
        &[
            "--os-scope",
            "berlin",
            "server",
            "create",
            "vm",
            "--image",
            "cirros",
            "--flavor",
            "m1.small",
            "--network",
            "shared",
        ],
    );
}

#[test]
fn create_under_and_reports_each_site_and_atomic_rolls_back() {
    let s = sites();
    ok(&s, &["--os-scope", "paris", "project", "create", "acme"]);
    let project_posts = |site| s.requests(site, "POST /identity/v3/projects");

    // Without --atomic: berlin and denver keep theirs, exit 3, a table.
    let (code, out, err) = s.run(&["--os-scope", ALL, "project", "create", "acme", "-f", "json"]);
    assert_eq!(code, 3, "{err}");
    let shown: Value = serde_json::from_str(&out).unwrap();
    let made: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["Site"].as_str().unwrap())
        .collect();
    assert_eq!(made, ["berlin", "denver"]);
    assert!(err.contains("oscope: paris: request: HTTP 409"), "{err}");
    assert!(
        err.contains("(--atomic would roll back the others)"),
        "{err}"
    );
    assert!(
        row_in(&err, "berlin", "created") && row_in(&err, "paris", "failed"),
        "{err}"
    );
    for site in ["berlin", "denver"] {
        let id = shown
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["Site"] == site)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        ok(&s, &["--os-scope", site, "project", "delete", &id]);
    }

    // With --atomic: what berlin and denver made is deleted again.
    let (code, out, err) = s.run(&["--os-scope", ALL, "project", "create", "acme", "--atomic"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("--atomic rolled back the others"), "{err}");
    assert!(
        row_in(&err, "berlin", "rolled back")
            && row_in(&err, "denver", "rolled back")
            && row_in(&err, "paris", "failed"),
        "{err}"
    );
    let (_, out, _) = s.run(&[
        "--os-scope",
        ALL,
        "project",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    let acme: Vec<&str> = out.lines().filter(|l| l.ends_with(" acme")).collect();
    assert_eq!(acme, ["paris acme"]);
    assert_eq!((project_posts("berlin"), project_posts("denver")), (2, 2));

    // A site that is down fails the same way; one that all can reach
    // creates everywhere and --atomic has nothing to undo.
    s.sim
        .site("denver")
        .set_fault(Some(FaultSpec::always(Fault::ServerError)));
    let (code, _, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "network",
        "create",
        "n1",
        "--atomic",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(row_in(&err, "berlin", "rolled back"), "{err}");
    s.sim.site("denver").set_fault(None);
    let (code, out, err) = s.run(&[
        "--os-scope",
        "berlin & denver",
        "network",
        "create",
        "n1",
        "--atomic",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, "berlin\nn1\ndenver\nn1\n");
}

fn row_in(table: &str, site: &str, result: &str) -> bool {
    table
        .lines()
        .any(|l| l.starts_with(&format!("| {site} ")) && l.contains(&format!("| {result} ")))
}

#[test]
fn the_routing_cache_sends_show_delete_and_set_straight_to_the_site() {
    let s = sites();
    let (_, out, _) = s.run(&[
        "--os-scope",
        ALL,
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "ID",
        "-c",
        "Name",
    ]);
    let line = out.lines().find(|l| l.ends_with("denver-vm-002")).unwrap();
    let id = line.split(' ').nth(1).unwrap().to_string();
    let routes = std::fs::read_to_string(s.sandbox.path().join("cache/oscope/routes")).unwrap();
    assert_eq!(routes.lines().count(), 15, "every server");
    assert!(routes.contains(&format!("{id}\tdenver\t")), "{routes}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = s.sandbox.path().join("cache/oscope/routes");
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let by_id = format!("GET /compute/v2.1/servers/{id}");
    let show = [
        "--os-scope",
        ALL,
        "server",
        "show",
        &id,
        "-f",
        "value",
        "-c",
        "name",
    ];
    assert_eq!(ok(&s, &show), "denver\ndenver-vm-002\n");
    assert_eq!(
        (
            s.requests("berlin", &by_id),
            s.requests("denver", &by_id),
            s.requests("paris", &by_id)
        ),
        (0, 1, 0),
        "straight to denver"
    );
    ok(
        &s,
        &["--os-scope", ALL, "server", "set", &id, "--name", "renamed"],
    );
    assert_eq!(s.requests("berlin", &by_id), 0);
    assert_eq!(s.requests("paris", &by_id), 0);

    // A stale entry (the cache says paris) falls back to the fan-out, and
    // is corrected.
    let path = s.sandbox.path().join("cache/oscope/routes");
    let stale = routes.replace(&format!("{id}\tdenver\t"), &format!("{id}\tparis\t"));
    std::fs::write(&path, stale).unwrap();
    assert_eq!(ok(&s, &show), "denver\nrenamed\n");
    assert_eq!(s.requests("paris", &by_id), 2, "paris, then the fan-out");
    assert_eq!(s.requests("berlin", &by_id), 1);
    let routes = std::fs::read_to_string(&path).unwrap();
    assert!(routes.contains(&format!("{id}\tdenver\t")), "{routes}");

    // Deleted: gone from the cache, and only denver was asked to delete.
    ok(&s, &["--os-scope", ALL, "server", "delete", &id]);
    let delete = format!("DELETE /compute/v2.1/servers/{id}");
    assert_eq!(s.requests("denver", &delete), 1);
    assert_eq!(
        s.requests("berlin", &delete) + s.requests("paris", &delete),
        0
    );
    let routes = std::fs::read_to_string(&path).unwrap();
    assert!(!routes.contains(&id), "{routes}");

    // Without the cache every site is asked again.
    let other = out
        .lines()
        .find(|l| l.ends_with("paris-vm-001"))
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .to_string();
    ok(
        &s,
        &[
            "--os-scope",
            ALL,
            "--no-route-cache",
            "server",
            "show",
            &other,
        ],
    );
    let by_id = format!("GET /compute/v2.1/servers/{other}");
    assert_eq!(s.requests("berlin", &by_id), 1);
}

#[test]
fn concurrent_processes_share_the_routing_cache_without_losing_entries() {
    // Sixteen processes started at once, each adding its site's servers.
    let names: Vec<String> = (0..16).map(|i| format!("s{i:02}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let s = SimSandbox::named(&names);
    let children: Vec<_> = names
        .iter()
        .map(|site| {
            s.oscope()
                .args(["--os-scope", site, "server", "list", "-f", "value"])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let routes = std::fs::read_to_string(s.sandbox.path().join("cache/oscope/routes")).unwrap();
    // Every process's servers (none lost to another's write), each line
    // whole.
    assert_eq!(routes.lines().count(), 16 * 5, "{routes}");
    for line in routes.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line}");
    }
}

#[test]
fn volume_create_with_server_goes_where_the_server_lives() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-scope",
        ALL,
        "volume",
        "create",
        "data",
        "--size",
        "1",
        "--server",
        "paris-vm-001",
        "-f",
        "value",
        "-c",
        "name",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "data\n", "one site: shown as OSC shows it");
    let posts = |site| {
        s.sim
            .site(site)
            .request_counts()
            .iter()
            .filter(|(k, _)| k.starts_with("POST /volume/v3/") && k.ends_with("/volumes"))
            .map(|(_, n)| n)
            .sum::<u64>()
    };
    assert_eq!(
        (posts("berlin"), posts("denver"), posts("paris")),
        (0, 0, 1)
    );

    // By ID, through the routing cache the look-up filled.
    let id = s.sim.site("paris").data.lock().unwrap().servers[2]
        .id
        .clone();
    ok(
        &s,
        &[
            "--os-scope",
            ALL,
            "volume",
            "create",
            "data2",
            "--size",
            "1",
            "--server",
            &id,
        ],
    );
    assert_eq!(posts("paris"), 2);

    let (code, _, err) = s.run(&[
        "--os-scope",
        ALL,
        "volume",
        "create",
        "data",
        "--size",
        "1",
        "--server",
        "nowhere",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("No server with a name or ID of 'nowhere' exists."),
        "{err}"
    );
}

#[test]
fn subnet_create_gives_each_site_its_share_of_the_range() {
    let s = sites();
    let (code, out, err) = s.run(&[
        "--os-scope",
        ALL,
        "subnet",
        "create",
        "s1",
        "--network",
        "shared",
        "--subnet-range",
        "10.20.0.0/24",
        "-f",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "oscope: 10.20.0.0/24 split across 3 sites: berlin 10.20.0.2-10.20.0.86; \
         denver 10.20.0.87-10.20.0.170; paris 10.20.0.171-10.20.0.254\n"
    );
    let shown: Value = serde_json::from_str(&out).unwrap();
    let pools: Vec<(&str, &Value)> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["Site"].as_str().unwrap(), &s["allocation_pools"]))
        .collect();
    let pool = |start, end| serde_json::json!([{"start": start, "end": end}]);
    assert_eq!(
        pools,
        [
            ("berlin", &pool("10.20.0.2", "10.20.0.86")),
            ("denver", &pool("10.20.0.87", "10.20.0.170")),
            ("paris", &pool("10.20.0.171", "10.20.0.254"))
        ]
    );
    // What the sites stored.
    let data = s.sim.site("denver").data.lock().unwrap();
    let stored = data.subnets.iter().find(|s| s["name"] == "s1").unwrap();
    assert_eq!(
        stored["allocation_pools"],
        serde_json::json!([{"start": "10.20.0.87", "end": "10.20.0.170"}])
    );
    drop(data);

    let (code, out, err) = s.run(&[
        "--os-scope",
        ALL,
        "subnet",
        "create",
        "tiny",
        "--network",
        "shared",
        "--subnet-range",
        "10.30.0.0/30",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err,
        "oscope: 10.30.0.0/30 has 1 addresses for pools, fewer than the 3 sites that \
         share it: give a larger range\n"
    );
    for site in ["berlin", "denver", "paris"] {
        assert_eq!(s.requests(site, "POST /network/v2.0/subnets"), 1, "{site}");
    }
}

#[test]
fn explain_prints_the_plan_and_changes_nothing() {
    let s = sites();
    let file = s.sandbox.write("x.img", "data");
    let file = file.to_str().unwrap();
    let id = s.sim.site("berlin").data.lock().unwrap().servers[0]
        .id
        .clone();
    let commands: Vec<Vec<&str>> = vec![
        vec!["server", "list"],
        vec!["server", "show", "berlin-vm-000"],
        vec![
            "server", "create", "vm", "--image", "cirros", "--flavor", "m1.small",
        ],
        vec!["server", "delete", &id],
        vec!["server", "set", "berlin-vm-000", "--name", "x"],
        vec![
            "flavor", "create", "f", "--ram", "1", "--disk", "1", "--vcpus", "1",
        ],
        vec!["image", "create", "i", "--file", file],
        vec!["image", "set", "cirros", "--name", "x"],
        vec!["image", "save", "cirros", "--file", "out.img"],
        vec!["image", "delete", "cirros"],
        vec!["network", "create", "n"],
        vec![
            "subnet",
            "create",
            "s",
            "--network",
            "shared",
            "--subnet-range",
            "10.0.0.0/24",
        ],
        vec!["volume", "create", "v", "--size", "1"],
        vec![
            "volume",
            "create",
            "v",
            "--size",
            "1",
            "--server",
            "paris-vm-000",
        ],
        vec!["user", "create", "u", "--password", "hunter2"],
        vec!["user", "set", "admin", "--password", "hunter2"],
        vec!["project", "create", "p", "--atomic"],
        vec!["keypair", "create", "k"],
        vec!["quota", "show"],
        vec!["limits", "show", "--absolute"],
        vec!["token", "issue"],
        vec!["catalog", "list"],
        vec!["endpoint", "list"],
        vec!["api", "compute", "POST", "/servers", "--body", "{}"],
        vec!["api", "compute", "GET", "/flavors"],
    ];
    for command in &commands {
        let args = [&["--os-scope", ALL, "--explain"][..], command].concat();
        let (code, out, err) = s.run(&args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        assert!(out.starts_with("Plan\n  "), "{args:?}: {out}");
        assert!(out.contains("\nEndpoints\n"), "{args:?}: {out}");
        assert!(!out.contains("hunter2"), "{args:?}: {out}");
        assert!(!out.contains("berlin-admin"), "{args:?}: {out}");
        // A command that changes something got as far as the change, and
        // it was held back.
        let changing = ["create", "delete", "set", "save", "POST"];
        if command.iter().any(|w| changing.contains(w)) {
            assert!(out.contains("  not sent\n"), "{args:?}: {out}");
        }
        for site in ["berlin", "denver", "paris"] {
            assert_eq!(
                changes(&s, site),
                Vec::<String>::new(),
                "{args:?} at {site}"
            );
        }
    }
    assert!(!s.sandbox.path().join("out.img").exists());

    // What a create would send, at each site, in plan order.
    let (_, out, _) = s.run(&[
        "--os-scope",
        "{compute: berlin & denver, image: paris}",
        "--explain",
        "server",
        "create",
        "vm",
        "--image",
        "cirros",
        "--flavor",
        "m1.small",
    ]);
    let plan: Vec<&str> = out.lines().take(3).collect();
    assert_eq!(
        plan,
        [
            "Plan",
            "  compute  berlin & denver  (scope)",
            "  image    paris  (scope)"
        ]
    );
    let withheld: Vec<&str> = out
        .lines()
        .filter(|l| l.ends_with("not sent"))
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert_eq!(
        withheld,
        ["berlin", "berlin", "berlin", "denver", "denver", "denver"],
        "{out}"
    );
    assert!(out.contains("\"imageRef\":\"<copy of "), "{out}");
}
