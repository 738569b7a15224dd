//! oscope against real Nova (fake virt driver), Neutron and Cinder, beside
//! Keystone and Glance: the heavier mode of tests/realstack, run by
//! `scripts/test-real.sh --full`. Ignored by a plain `cargo test`.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::{Sandbox, run};

struct Full {
    clouds: PathBuf,
    osc: PathBuf,
    sandbox: Sandbox,
}

impl Full {
    fn get() -> Full {
        let var = |name: &str| {
            std::env::var(name).map(PathBuf::from).unwrap_or_else(|_| {
                panic!("{name} is not set: run with scripts/test-real.sh --full")
            })
        };
        Full {
            clouds: var("OSCOPE_REALSTACK_CLOUDS"),
            osc: var("OSCOPE_REALSTACK_OSC"),
            sandbox: Sandbox::new(),
        }
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let mut command = self.sandbox.oscope();
        command
            .env("OS_CLIENT_CONFIG_FILE", &self.clouds)
            .env("XDG_CACHE_HOME", self.sandbox.path().join("cache"));
        run(command, args)
    }

    fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "oscope {args:?}: {err}");
        out
    }

    fn osc(&self, args: &[&str]) -> String {
        let output = Command::new(&self.osc)
            .args(args)
            .env("OS_CLIENT_CONFIG_FILE", &self.clouds)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "openstack {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn boots_a_server_on_real_nova_at_two_sites() {
    let f = Full::get();
    let id = std::process::id();
    let image = format!("boot-{id}");
    let disk = f.sandbox.write("boot.raw", "");
    std::fs::write(&disk, vec![0u8; 1 << 20]).unwrap();
    f.ok(&[
        "--os-scope",
        "berlin & paris",
        "image",
        "create",
        &image,
        "--file",
        disk.to_str().unwrap(),
    ]);
    let name = format!("vm-{id}");
    let out = f.ok(&[
        "--os-scope",
        "berlin & paris",
        "server",
        "create",
        &name,
        "--flavor",
        "m1.tiny",
        "--image",
        &image,
        "--network",
        "shared",
        "--wait",
        "-f",
        "json",
        "--timeout",
        "300",
    ]);
    let servers: serde_json::Value = serde_json::from_str(&out).unwrap();
    for server in servers.as_array().unwrap() {
        assert_eq!(server["status"], "ACTIVE", "{server}");
        assert!(server["addresses"]["shared"].is_array(), "{server}");
    }
    let listed = f.ok(&[
        "--os-scope",
        "berlin & paris",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
        "-c",
        "Status",
    ]);
    assert_eq!(
        listed
            .lines()
            .filter(|l| l.contains(&name) && l.ends_with("ACTIVE"))
            .count(),
        2,
        "{listed}"
    );
    f.ok(&["--os-scope", "berlin & paris", "server", "delete", &name]);
    f.ok(&["--os-scope", "berlin & paris", "image", "delete", &image]);
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn boots_at_one_site_from_an_image_copied_from_another() {
    let f = Full::get();
    let id = std::process::id();
    let image = format!("far-{id}");
    let disk = f.sandbox.write("far.raw", "");
    std::fs::write(&disk, vec![7u8; 3 << 20]).unwrap();
    f.ok(&[
        "--os-scope",
        "denver",
        "image",
        "create",
        &image,
        "--file",
        disk.to_str().unwrap(),
    ]);
    let scope = "{compute: berlin, image: denver, network: berlin}";
    let boot = |name: &str| {
        f.run(&[
            "--os-scope",
            scope,
            "server",
            "create",
            name,
            "--flavor",
            "m1.tiny",
            "--image",
            &image,
            "--network",
            "shared",
            "--wait",
            "--timeout",
            "300",
            "-f",
            "json",
        ])
    };
    let (code, out, err) = boot(&format!("far-vm1-{id}"));
    assert_eq!(code, 0, "{err}");
    let server: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["status"], "ACTIVE", "{server}");
    assert!(err.contains("(a copy of image"), "{err}");
    // Real Glance at berlin holds the copy, tagged, with the source's data.
    let copies: serde_json::Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "berlin",
        "image",
        "list",
        "--tag",
        "oscope-copy",
        "--long",
        "-f",
        "json",
    ]))
    .unwrap();
    let copy = copies
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["Name"] == image.as_str())
        .unwrap_or_else(|| panic!("no copy at berlin: {copies}"));
    let source: serde_json::Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "denver",
        "image",
        "show",
        &image,
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(copy["Checksum"], source["checksum"]);
    let copy_id = copy["ID"].as_str().unwrap();
    assert_eq!(server["image"]["id"], copy_id, "{server}");

    // The second boot reuses the copy.
    let (code, out, err) = boot(&format!("far-vm2-{id}"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("reused"), "{err}");
    let server: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["image"]["id"], copy_id);

    for vm in ["far-vm1", "far-vm2"] {
        f.ok(&[
            "--os-scope",
            "berlin",
            "server",
            "delete",
            &format!("{vm}-{id}"),
        ]);
    }
    f.ok(&["--os-scope", "berlin", "image", "delete", copy_id]);
    f.ok(&["--os-scope", "denver", "image", "delete", &image]);
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn parity_with_python_openstackclient_on_nova_neutron_cinder() {
    let f = Full::get();
    let volume = format!("parity-{}", std::process::id());
    f.ok(&[
        "--os-cloud",
        "berlin",
        "volume",
        "create",
        &volume,
        "--size",
        "1",
    ]);
    let mut failures = Vec::new();
    let mut cases = 0;
    for command in [
        "server list",
        "network list",
        "volume list",
        "flavor list",
        "subnet list",
        "network list --long",
        "flavor list --long",
    ] {
        for format in ["table", "json", "value", "csv", "yaml"] {
            let args: Vec<&str> = ["--os-cloud", "berlin"]
                .into_iter()
                .chain(command.split(' '))
                .chain(["-f", format])
                .collect();
            cases += 1;
            let (want, got) = (f.osc(&args), f.ok(&args));
            if want != got {
                failures.push(format!("{args:?}\n--- openstack\n{want}+++ oscope\n{got}"));
            }
        }
    }
    f.ok(&["--os-cloud", "berlin", "volume", "delete", &volume]);
    assert!(
        failures.is_empty(),
        "{} of {cases} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
