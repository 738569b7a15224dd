//! A shell script written for python-openstackclient, run once with OSC as
//! `openstack` and once with oscope linked as `openstack`, against the
//! real sites and against the simulator: every line it prints, exit
//! statuses included, must be the same.

use std::path::Path;

use super::*;

/// The script: OSC's global options, `-f value -c`, `help`, a failing
/// command and a mistyped one.
const SCRIPT: &str = r#"set -u
openstack --os-default-domain default --verify token issue -f value -c project_id > /dev/null; echo "token issue: $?"
openstack project list -f value -c Name | sort
openstack --os-identity-api-version 3 project show admin -f value -c name -c enabled
openstack user show admin -f json -c name -c enabled -c domain_id
openstack -q region list -f value -c Region
openstack --os-beta-command -v domain show default -f shell -c name -c enabled
openstack --os-image-api-version 2 image show no-such-image -f value -c id; echo "image show: $?"
openstack help project list > /dev/null; echo "help: $?"
openstack project lst > /dev/null 2>&1; echo "typo: $?"
"#;

/// Runs [`SCRIPT`] with `program` as `openstack` and `clouds` as
/// clouds.yaml (current cloud `berlin`): what it printed, and how it ended.
fn script(sandbox: &Sandbox, program: &Path, clouds: &Path, name: &str) -> (String, i32) {
    let bin = sandbox.path().join(name);
    std::fs::create_dir_all(&bin).unwrap();
    let link = bin.join("openstack");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(program, &link).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("bash")
        .arg("-c")
        .arg(SCRIPT)
        .env("PATH", path)
        .env("OS_CLIENT_CONFIG_FILE", clouds)
        .env("OS_CLOUD", "berlin")
        .env(
            "XDG_CACHE_HOME",
            sandbox.path().join(format!("{name}-cache")),
        )
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
#[ignore = "needs real Keystone and python-openstackclient: scripts/test-real.sh"]
fn a_script_for_osc_runs_the_same_with_oscope_linked_as_openstack() {
    let real = Real::get();
    let oscope = Path::new(env!("CARGO_BIN_EXE_oscope"));
    let sim = common::SimSandbox::named(&["berlin"]);
    let sim_clouds = sim.sandbox.path().join("clouds.yaml");
    for (what, clouds) in [("real", real.clouds.as_path()), ("simulated", &sim_clouds)] {
        let by_osc = script(&real.sandbox, &real.osc, clouds, &format!("{what}-osc"));
        let by_oscope = script(&real.sandbox, oscope, clouds, &format!("{what}-oscope"));
        assert!(by_osc.0.contains("token issue: 0"), "{what}: {}", by_osc.0);
        assert_eq!(by_oscope, by_osc, "{what} sites: oscope, then OSC");
    }
}
