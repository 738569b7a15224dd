//! `server create`'s flags beyond flavor, image and network (issue 23)
//! against the simulator: what each sends and what the server then shows,
//! the checks python-openstackclient makes before any request, and
//! Nova's answers for a zone, a security group or a group it refuses;
//! under `&`, each site looks its own names up.

mod common;

use common::SimSandbox;
use serde_json::{Value, json};

fn sites() -> SimSandbox {
    SimSandbox::named(&["berlin", "denver"])
}

fn create(s: &SimSandbox, scope: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--os-scope", scope, "server", "create"];
    all.extend(["--flavor", "m1.tiny", "--image", "cirros"]);
    all.extend(args);
    s.run(&all)
}

#[test]
fn every_flag_reaches_nova_and_shows_in_the_server() {
    let s = sites();
    let user_data = s.sandbox.write("user-data", "#cloud-config\n");
    let (code, out, err) = create(
        &s,
        "berlin",
        &[
            "web1",
            "--nic",
            "net-id=shared,v4-fixed-ip=10.0.0.50",
            "--security-group",
            "default",
            "--user-data",
            user_data.to_str().unwrap(),
            "--property",
            "role=web",
            "--config-drive",
            "True",
            "--tag",
            "blue",
            "--description",
            "front end",
            "--availability-zone",
            "nova",
            "--password",
            "sekrit-pass",
            "--hint",
            "foo=bar",
            "--wait",
            "-f",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["addresses"], json!({"shared": ["10.0.0.50"]}));
    assert_eq!(server["security_groups"], json!([{"name": "default"}]));
    // base64 of the file, as python-openstackclient sends it.
    assert_eq!(server["OS-EXT-SRV-ATTR:user_data"], "I2Nsb3VkLWNvbmZpZwo=");
    assert_eq!(server["properties"], json!({"role": "web"}));
    assert_eq!(server["config_drive"], "True");
    assert_eq!(server["tags"], json!(["blue"]));
    assert_eq!(server["description"], "front end");
    // The create's answer keeps the password, as OSC shows it.
    assert_eq!(server["adminPass"], "sekrit-pass");
    assert_eq!(server["status"], "ACTIVE");
}

#[test]
fn min_and_max_make_several_and_a_server_group_places_them() {
    let s = sites();
    let (code, out, err) = create(&s, "berlin", &["many", "--min", "2", "--max", "3"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("many-1"), "{out}");
    let (_, out, _) = s.run(&[
        "--os-cloud",
        "berlin",
        "server",
        "list",
        "--name",
        "^many-",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    let mut names: Vec<&str> = out.lines().collect();
    names.sort();
    assert_eq!(names, ["many-1", "many-2", "many-3"]);
    // Anti-affinity on a site of one host: the second has nowhere to go.
    let group = [
        "--os-cloud",
        "berlin",
        "server",
        "group",
        "create",
        "apart",
        "--policy",
        "anti-affinity",
    ];
    assert_eq!(s.run(&group).0, 0);
    let (code, out, err) = create(
        &s,
        "berlin",
        &["a1", "--server-group", "apart", "-f", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let first: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(first["server_groups"].as_array().map(Vec::len), Some(1));
    let (code, _, err) = create(&s, "berlin", &["a2", "--server-group", "apart", "--wait"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("went to ERROR: No valid host was found"),
        "{err}"
    );
}

#[test]
fn python_openstackclient_s_checks_come_before_any_request() {
    let s = sites();
    let before = s.requests("berlin", "POST /compute/v2.1/servers");
    for (args, says) in [
        (
            vec!["x", "--min", "3", "--max", "2"],
            "min instances should be <= max instances",
        ),
        (
            vec!["x", "--nic", "auto", "--nic", "none"],
            "cannot be used with any other --nic",
        ),
        (vec!["x", "--nic", "net-id"], "argument must be of form"),
        (
            vec!["x", "--nic", "net-id=a,port-id=b"],
            "either 'network' or 'port' should be specified but not both",
        ),
        (
            vec!["x", "--user-data", "/nonexistent/file"],
            "Can't open '/nonexistent/file'",
        ),
    ] {
        let (code, out, err) = create(&s, "berlin", &args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(s.requests("berlin", "POST /compute/v2.1/servers"), before);
}

#[test]
fn nova_refuses_a_zone_or_a_security_group_it_does_not_have_at_each_site() {
    let s = sites();
    let (code, _, err) = create(&s, "berlin & denver", &["x", "--availability-zone", "mars"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        err.matches("The requested availability zone is not available")
            .count(),
        2,
        "{err}"
    );
    let (code, _, err) = create(&s, "berlin", &["x", "--security-group", "nosuch"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 400")
            && err.contains("Unable to find security_group with name or id 'nosuch'"),
        "{err}"
    );
    // `--nic none`: no network at all, as Nova's `networks: none`.
    let (code, out, err) = create(
        &s,
        "berlin & denver",
        &["bare", "--nic", "none", "--wait", "-f", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let servers: Value = serde_json::from_str(&out).unwrap();
    for server in servers.as_array().unwrap() {
        assert_eq!(server["addresses"], json!({}), "{server}");
    }
}

#[test]
fn boot_from_a_new_volume_or_a_given_one_and_more_block_devices() {
    let s = sites();
    let (code, out, err) = create(
        &s,
        "berlin",
        &["bfv", "--boot-from-volume", "5", "--wait", "-f", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["image"], "N/A (booted from volume)");
    assert_eq!(server["volumes_attached"].as_array().map(Vec::len), Some(1));
    let volumes = |site: &str| -> Vec<Value> {
        let (_, out, _) = s.run(&["--os-cloud", site, "volume", "list", "--long", "-f", "json"]);
        serde_json::from_str(&out).unwrap()
    };
    let made = volumes("berlin");
    let made: Vec<&Value> = made.iter().filter(|v| v["Size"] == 5).collect();
    assert_eq!(made.len(), 1, "{made:?}");
    assert_eq!(made[0]["Status"], "in-use");
    // A volume given, at the server's site: not bootable, refused; made
    // bootable, booted from; in use, refused.
    let mut args = vec!["--os-cloud", "berlin", "server", "create", "fromvol"];
    args.extend([
        "--flavor", "m1.tiny", "--volume", "vol-001", "--wait", "-f", "json",
    ]);
    let (code, _, err) = s.run(&args);
    assert_eq!(code, 1);
    assert!(err.contains("is not bootable."), "{err}");
    for volume in s.sim.site("berlin").data.lock().unwrap().volumes.iter_mut() {
        if volume["name"] == "vol-001" {
            volume["bootable"] = "true".into();
        }
    }
    let (code, out, err) = s.run(&args);
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["image"], "N/A (booted from volume)");
    let (code, _, err) = s.run(&args);
    assert_eq!(code, 1);
    assert!(
        err.contains("status must be available or downloading to reserve"),
        "{err}"
    );
    // An image's root disk, and a blank volume as the next disk.
    let (code, out, err) = create(
        &s,
        "denver",
        &[
            "more",
            "--block-device",
            "source_type=blank,destination_type=volume,volume_size=2,delete_on_termination=true",
            "--wait",
            "-f",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    assert!(server["image"].as_str().unwrap().starts_with("cirros ("));
    assert_eq!(server["volumes_attached"][0]["delete_on_termination"], true);
    // python-openstackclient's checks of a --block-device, before any request.
    for (spec, says) in [
        (
            "boot_index=x",
            "boot_index key of --block-device should be an integer",
        ),
        (
            "source_type=disk",
            "source_type key of --block-device should be one of",
        ),
        (
            "destination_type=tape",
            "destination_type key of --block-device should be one of",
        ),
        (
            "delete_on_termination=maybe",
            "should be a boolean-like value",
        ),
    ] {
        let (code, _, err) = create(&s, "denver", &["x", "--block-device", spec]);
        assert_eq!(code, 2, "{spec}: {err}");
        assert!(err.contains(says), "{spec}: {err}");
    }
}
