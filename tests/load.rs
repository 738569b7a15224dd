//! Load: thousands of sites in one command, within a descriptor limit the
//! command cannot raise, and processes sharing one token cache.

mod common;

use common::SimSandbox;
use oscope_sim::SimConfig;

/// Raises this test process's descriptor limit to its hard limit: the
/// simulator's 5,000 sites listen here.
fn raise_limit() -> u64 {
    // SAFETY: getrlimit and setrlimit only read and write the struct passed.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
        limit.rlim_cur = limit.rlim_max;
        libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        limit.rlim_cur
    }
}

#[test]
fn five_thousand_sites_within_a_thousand_descriptors() {
    let limit = raise_limit();
    // 5,000 listeners, and the server side of up to 1,000 connections.
    assert!(
        limit >= 8_000,
        "this test needs a hard descriptor limit of 8,000 or more, not {limit}"
    );
    let mut config = SimConfig::generated(5_000);
    config.seed.servers = 1;
    config.seed.images = 1;
    config.seed.networks = 1;
    config.seed.volumes = 0;
    // `*` is every cloud of the clouds.yaml: each site's admin and demo
    // clouds, 10,000 in all.
    let s = SimSandbox::start(config);
    // oscope gets 1,024 descriptors, soft and hard: it cannot raise them,
    // so it must bound what it holds open.
    let mut command = s.command("sh");
    command
        .args([
            "-c",
            "ulimit -n 1024 && exec \"$0\" \"$@\"",
            env!("CARGO_BIN_EXE_oscope"),
        ])
        .args([
            "--os-scope",
            "*",
            "server",
            "list",
            "-f",
            "value",
            "-c",
            "Name",
        ]);
    let output = command.output().unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        err.chars().take(2000).collect::<String>()
    );
    let out = String::from_utf8(output.stdout).unwrap();
    assert_eq!(out.lines().count(), 5_000);
    assert!(
        out.starts_with("site0001 site0001-vm-000\n"),
        "in scope order"
    );
    assert!(out.ends_with("site5000 site5000-vm-000\n"));
}

#[test]
fn over_a_hundred_sites_a_list_follows_its_authentication_on_one_connection() {
    raise_limit();
    let names: Vec<String> = (1..=150).map(|i| format!("s{i:03}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let s = SimSandbox::named(&refs);
    let scope = names.join(" & ");
    let list = [
        "--os-scope",
        &scope,
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "ID",
    ];
    let (code, cold, err) = s.run(&list);
    assert_eq!(code, 0, "{err}");
    // Keystone's answer is small, so its connection is kept for the list;
    // the list's (large) answer closes it.
    for name in &names {
        assert_eq!(s.sim.site(name).connections(), 1, "{name}");
    }
    let (code, warm, err) = s.run(&list);
    assert_eq!(code, 0, "{err}");
    assert_eq!(cold, warm);
    for name in &names {
        assert_eq!(s.sim.site(name).connections(), 2, "{name}");
        assert!(
            cold.lines().any(|l| l.split(' ').any(|w| w == name)),
            "{name}"
        );
    }
}

#[test]
fn concurrent_processes_share_the_token_cache() {
    let sites = ["a", "b", "c", "d"];
    let s = SimSandbox::named(&sites);
    let scope = sites.join(" & ");
    let spawn_all = |n: usize| -> Vec<std::process::Child> {
        (0..n)
            .map(|_| {
                s.oscope()
                    .args(["--os-scope", &scope, "flavor", "list", "-f", "value"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect()
    };
    // Sixteen cold processes at once: all authenticate, all write.
    for child in spawn_all(16) {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    // Every process's tokens survived the others' writes.
    let entries = common::token_entries(&s.sandbox.path().join("cache/oscope/tokens"));
    assert_eq!(
        entries.len(),
        sites.len(),
        "one entry per site: {entries:?}"
    );
    for entry in entries.values() {
        assert!(entry["token"].as_str().is_some_and(|t| !t.is_empty()));
    }
    // Sixteen warm processes at once: none needs Keystone.
    let before: Vec<u64> = sites.iter().map(|site| s.token_posts(site)).collect();
    for child in spawn_all(16) {
        assert!(child.wait_with_output().unwrap().status.success());
    }
    let after: Vec<u64> = sites.iter().map(|site| s.token_posts(site)).collect();
    assert_eq!(before, after);
}

#[test]
fn a_closed_pipe_during_a_fan_out_exits_0() {
    use std::process::Stdio;
    let s = SimSandbox::named(&["a", "b", "c"]);
    let mut child = s
        .oscope()
        .args(["--os-scope", "a & b & c", "server", "list", "--long"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before oscope writes anything (`| head -0`).
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
