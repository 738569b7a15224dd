//! oscope in place of python-openstackclient: OSC's global options (API
//! versions and microversions, `-v`, `-q`, `--log-file`, `--verify`,
//! `--os-beta-command`) and its habits (a failed command prints no data),
//! against the simulator.

mod common;

use common::SimSandbox;

/// Sites `a` (a Nova whose highest microversion is 2.90, a Cinder's 3.60)
/// and `b` (2.96 and 3.71).
fn older_and_newer() -> SimSandbox {
    let s = SimSandbox::named(&["a", "b"]);
    s.sim.site("a").set_compute_max((2, 90));
    s.sim.site("a").set_volume_max((3, 60));
    s
}

#[test]
fn latest_is_each_sites_highest_and_an_exact_version_is_sent_as_asked() {
    let s = older_and_newer();
    let list = |flags: &[&str]| {
        let args = [
            &["--os-scope", "a & b"][..],
            flags,
            &["server", "list", "-f", "value", "-c", "Name"],
        ]
        .concat();
        s.run(&args)
    };
    // `latest` is 2.90 at a and 2.96 at b: both answer.
    let (code, out, err) = list(&["--os-compute-api-version", "latest"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.contains("a-vm-000") && out.contains("b-vm-000"),
        "{out}"
    );
    // 2.93 is asked of both: a's Nova refuses it, and only a fails.
    let (code, out, err) = list(&["--os-compute-api-version", "2.93"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        out.contains("b-vm-000") && !out.contains("a-vm-000"),
        "{out}"
    );
    assert!(
        err.starts_with("oscope: a: request: HTTP 406")
            && err.contains(
                "Version 2.93 is not supported by the API. Minimum is 2.1 and maximum is 2.90."
            ),
        "{err}"
    );
    // The variable works as the flag, for every site of the scope.
    let mut command = s.oscope();
    command.env("OS_COMPUTE_API_VERSION", "2.93");
    let (code, _, err) = common::run(command, &["--os-scope", "a & b", "server", "list"]);
    assert_eq!(code, 3, "{err}");
    // The version document is read once per site and command.
    let (code, _, err) = list(&["--os-compute-api-version", "latest", "--debug"]);
    assert_eq!(code, 0);
    let documents = err
        .lines()
        .filter(|l| l.contains("/compute/v2.1/ 200"))
        .count();
    assert_eq!(documents, 2, "{err}");
}

#[test]
fn a_microversion_chooses_the_fields_shown() {
    let s = SimSandbox::named(&["a"]);
    let show = |version: &str| {
        let args = [
            "--os-cloud",
            "a",
            "--os-compute-api-version",
            version,
            "server",
            "show",
            "a-vm-000",
            "-f",
            "json",
        ];
        let (code, out, err) = s.run(&args);
        assert_eq!(code, 0, "{err}");
        common::json_of(&out)
    };
    // Tags and the description came with 2.26 and 2.19.
    let old = show("2.1");
    assert!(
        old.get("tags").is_none() && old.get("description").is_none(),
        "{old}"
    );
    let new = show("2.79");
    assert!(
        new.get("tags").is_some() && new.get("description").is_some(),
        "{new}"
    );
    // A request that needs more than the version asked fails at once.
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "a",
        "--os-compute-api-version",
        "2.60",
        "server",
        "migration",
        "list",
        "--project",
        "demo",
    ]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("this request needs compute microversion 2.80 or later, not 2.60"),
        "{err}"
    );
}

#[test]
fn block_storage_latest_and_exact_versions() {
    let s = older_and_newer();
    let volumes = |version: &str| {
        s.run(&[
            "--os-scope",
            "a & b",
            "--os-volume-api-version",
            version,
            "volume",
            "list",
            "-f",
            "value",
            "-c",
            "Name",
        ])
    };
    let (code, out, err) = volumes("latest");
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out.lines().count(), 4, "{out}");
    // An exact version is not lowered to what a site takes, as oscope's
    // own choice is: the site says no.
    let (code, out, err) = volumes("3.65");
    assert_eq!(code, 3, "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(err.contains("oscope: a: request: HTTP 406"), "{err}");
    // Without a version, an older Cinder is met at its highest.
    let (code, out, err) = s.run(&["--os-scope", "a & b", "volume", "list", "-f", "value"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out.lines().count(), 4, "{out}");
}

#[test]
fn bad_api_versions_say_which_and_why() {
    let s = SimSandbox::named(&["a"]);
    for (flag, value, want) in [
        (
            "--os-compute-api-version",
            "3.1",
            "expected 2, 2.N or latest, found `3.1`",
        ),
        (
            "--os-volume-api-version",
            "three",
            "expected 3, 3.N or latest, found `three`",
        ),
        (
            "--os-placement-api-version",
            "1.x",
            "expected 1, 1.N or latest",
        ),
    ] {
        let (code, out, err) = s.run(&["--os-cloud", "a", flag, value, "server", "list"]);
        assert_eq!((code, out.as_str()), (1, ""), "{flag}");
        assert!(err.contains(want), "{flag}: {err}");
    }
    // The API's major alone is oscope's own choice per request.
    for (flag, value) in [
        ("--os-compute-api-version", "2"),
        ("--os-volume-api-version", "3"),
        ("--os-image-api-version", "2"),
        ("--os-network-api-version", "2"),
        ("--os-identity-api-version", "3"),
    ] {
        let (code, _, err) = s.run(&["--os-cloud", "a", flag, value, "server", "list"]);
        assert_eq!((code, err.as_str()), (0, ""), "{flag}");
    }
}

#[test]
fn python_openstackclients_global_options_are_taken() {
    let s = SimSandbox::named(&["a", "b"]);
    let (code, out, err) = s.run(&[
        "--os-cloud",
        "a",
        "--os-beta-command",
        "-v",
        "--verify",
        "flavor",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("m1.tiny"), "{out}");
    // -vv logs the requests, as --debug.
    let (code, _, err) = s.run(&["--os-cloud", "a", "-vv", "flavor", "list"]);
    assert_eq!(code, 0);
    assert!(err.contains("oscope: debug: a GET "), "{err}");
    // -q: no warning.
    let (code, _, err) = s.run(&["--os-cloud", "a", "-q", "--insecure", "flavor", "list"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, _, err) = s.run(&["--os-cloud", "a", "--insecure", "flavor", "list"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("warning: TLS certificates are not verified"),
        "{err}"
    );
    // --verify and --insecure contradict each other; -v and -q too.
    for flags in [["--verify", "--insecure"], ["-v", "-q"]] {
        let (code, _, _) = s.run(&[&["--os-cloud", "a"][..], &flags, &["flavor", "list"]].concat());
        assert_eq!(code, 2, "{flags:?}");
    }
}

#[test]
fn the_log_file_gets_what_is_said_on_stderr() {
    let s = SimSandbox::named(&["a", "b"]);
    s.sim
        .site("b")
        .set_fault(Some(oscope_sim::FaultSpec::always(
            oscope_sim::Fault::ServerError,
        )));
    let log = s.sandbox.path().join("oscope.log");
    let log_text = log.to_str().unwrap();
    let args = [
        "--os-scope",
        "a & b",
        "--log-file",
        log_text,
        "--debug",
        "flavor",
        "list",
    ];
    let (code, _, err) = s.run(&args);
    assert_eq!(code, 3);
    let logged = std::fs::read_to_string(&log).unwrap();
    assert_eq!(logged, err, "the log holds what stderr said");
    assert!(logged.contains("oscope: b: server: HTTP 500"), "{logged}");
    assert!(logged.contains("oscope: debug: a GET "), "{logged}");
    // Appended, as python-openstackclient's log file is.
    s.run(&args);
    let again = std::fs::read_to_string(&log).unwrap();
    assert!(again.len() > logged.len() && again.starts_with(&logged));
    // A log file that cannot be opened is a failure before anything is sent.
    let (code, out, err) = s.run(&["--log-file", "/nonexistent/dir/x.log", "flavor", "list"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("oscope: cannot open the log file /nonexistent/dir/x.log"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn linked_as_openstack_it_speaks_as_openstack() {
    let s = SimSandbox::named(&["a", "b"]);
    let link = s.sandbox.path().join("openstack");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_oscope"), &link).unwrap();
    let openstack = |args: &[&str]| common::run(s.command(link.to_str().unwrap()), args);
    let (code, out, _) = openstack(&["--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Usage: openstack [OPTIONS] <COMMAND>"),
        "{out}"
    );
    // The commands, by service.
    for group in ["Identity:", "Compute:", "Network:", "Block storage:"] {
        assert!(out.lines().any(|l| l == group), "{group}: {out}");
    }
    let (code, out, _) = openstack(&["help", "server", "list"]);
    assert_eq!(code, 0);
    assert!(out.contains("Usage: openstack server list"), "{out}");
    let (code, _, err) = openstack(&["server", "lst"]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage: openstack server"), "{err}");
    // Its own lines name it so too, and it works as oscope does.
    s.sim
        .site("b")
        .set_fault(Some(oscope_sim::FaultSpec::always(
            oscope_sim::Fault::ServerError,
        )));
    let (code, out, err) = openstack(&[
        "--os-scope",
        "a & b",
        "flavor",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!(code, 3);
    assert!(out.contains("m1.tiny"), "{out}");
    assert!(err.starts_with("openstack: b: server: HTTP 500"), "{err}");
    let (code, out, _) = openstack(&["completion", "bash"]);
    assert_eq!(code, 0);
    assert!(out.contains("complete -F _openstack"), "{out}");
    let (_, out, _) = openstack(&["--version"]);
    assert_eq!(out, format!("openstack {}\n", env!("CARGO_PKG_VERSION")));
}

/// Runs `oscope ARGS` with `input` on standard input: (status, stdout,
/// stderr).
fn with_input(s: &SimSandbox, args: &[&str], input: &str) -> (i32, String, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = s
        .oscope()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn commands_on_standard_input_run_in_one_process_sharing_tokens() {
    let s = SimSandbox::named(&["a", "b"]);
    let commands = [
        "flavor list -f value -c Name",
        "",
        "# and the images",
        "image list -f value -c Name   # by name",
        "server show nope",
        "server list --name 'a-vm-000' -f value -c Name",
    ];
    let global = ["--os-scope", "a & b", "--no-token-cache"];
    // One by one, each its own process: what the batch must print.
    let mut want = String::new();
    for line in commands
        .iter()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let words: Vec<&str> = line
            .split("   #")
            .next()
            .unwrap()
            .split(' ')
            .map(|w| w.trim_matches('\''))
            .collect();
        let (_, out, _) = s.run(&[&global[..], &words].concat());
        want += &out;
    }
    let posts = (s.token_posts("a"), s.token_posts("b"));
    assert_eq!(
        posts,
        (4, 4),
        "a token per command and site without a cache"
    );
    let (code, out, err) = with_input(&s, &global, &(commands.join("\n") + "\n"));
    assert_eq!(out, want, "{err}");
    // The failed `server show` is the batch's status; the rest ran.
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("No server with a name or ID of 'nope' exists."),
        "{err}"
    );
    // Four commands, one token per site: kept in memory between them.
    let batch = (s.token_posts("a") - posts.0, s.token_posts("b") - posts.1);
    assert_eq!(batch, (1, 1));
    // A line that cannot be read says where, and the others still run.
    let (code, out, err) = with_input(
        &s,
        &["--os-cloud", "a"],
        "flavor show 'm1.tiny\nflavor show m1.tiny -f value -c name\n",
    );
    assert_eq!(code, 2, "{err}");
    assert_eq!(out, "m1.tiny\n");
    assert_eq!(err, "oscope: line 1: a ' is not closed\n");
    // Nothing on standard input: nothing to do.
    let (code, out, err) = with_input(&s, &[], "");
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
}

/// What a pseudo-terminal's program wrote, and how far a test has read it.
#[cfg(target_os = "linux")]
#[derive(Default)]
struct Screen {
    seen: String,
    read: usize,
}

#[cfg(target_os = "linux")]
impl Screen {
    /// Waits (bounded) until `want` is written after what was read so far,
    /// and reads up to its end.
    fn expect(&mut self, pty: &common::pty::Pty, want: &str) {
        let started = std::time::Instant::now();
        loop {
            if let Some(at) = self.seen[self.read..].find(want) {
                self.read += at + want.len();
                return;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(30),
                "no {want:?} in {:?}",
                &self.seen[self.read..]
            );
            if let Ok(chunk) = pty
                .output
                .recv_timeout(std::time::Duration::from_millis(100))
            {
                self.seen += &String::from_utf8_lossy(&chunk);
            }
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn alone_on_a_terminal_it_is_an_interactive_shell() {
    use std::io::Write;
    let s = SimSandbox::named(&["a", "b"]);
    let mut command = s.oscope();
    command.args(["--os-scope", "a & b"]);
    let mut pty = common::pty::spawn(command);
    let mut screen = Screen::default();
    let say = |pty: &mut common::pty::Pty, line: &str| {
        pty.master.write_all(line.as_bytes()).unwrap();
    };
    screen.expect(&pty, "(oscope) ");
    say(&mut pty, "flavor list -f value -c Name -c Site\r");
    screen.expect(&pty, "(oscope) ");
    let seen = screen.seen.clone();
    assert!(
        seen.contains("a m1.tiny") && seen.contains("b m1.tiny"),
        "{seen}"
    );
    say(&mut pty, "help server list\r");
    screen.expect(&pty, "Usage: oscope server list");
    screen.expect(&pty, "(oscope) ");
    // A failing command, then the line before it again from the history
    // (the up arrow, twice).
    say(&mut pty, "server show nope\r");
    screen.expect(&pty, "No server with a name or ID of 'nope' exists.");
    screen.expect(&pty, "(oscope) ");
    say(&mut pty, "\x1b[A\x1b[A\r");
    screen.expect(&pty, "Usage: oscope server list");
    screen.expect(&pty, "(oscope) ");
    say(&mut pty, "exit\r");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = pty.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(30),
            "{}",
            screen.seen
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success(), "{}", screen.seen);
    // One token per site for all the commands of the session.
    assert_eq!((s.token_posts("a"), s.token_posts("b")), (1, 1));
}

#[test]
fn a_password_without_domains_is_in_the_default_domain_as_with_osc() {
    let s = SimSandbox::named(&["a"]);
    let mut clouds = std::fs::read_to_string(s.sandbox.path().join("clouds.yaml")).unwrap();
    clouds += &format!(
        "  bare:\n    auth:\n      auth_url: {}\n      username: admin\n      password: a-admin\n      \
         project_name: admin\n",
        s.sim.site("a").auth_url()
    );
    s.sandbox.write("clouds.yaml", &clouds);
    let issue = |flags: &[&str]| {
        let args = [
            &["--os-cloud", "bare", "--no-token-cache"][..],
            flags,
            &["token", "issue", "-f", "value", "-c", "project_id"],
        ]
        .concat();
        s.run(&args)
    };
    let (code, out, err) = issue(&[]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out.trim().len(), 36, "{out}");
    // Another default domain is where the user and project are looked for.
    for flags in [
        ["--os-default-domain", "elsewhere"],
        ["--os-default-domain-id", "elsewhere"],
    ] {
        let (code, _, err) = issue(&flags);
        assert_eq!(code, 1, "{flags:?}");
        assert!(
            err.starts_with("oscope: bare: auth: HTTP 401"),
            "{flags:?}: {err}"
        );
    }
    let (code, _, err) = issue(&["--os-default-domain-name", "Default"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn site_list_check_names_each_sites_microversions() {
    let s = older_and_newer();
    let (code, out, err) = s.run(&[
        "--os-scope",
        "a & b",
        "site",
        "list",
        "--check",
        "-f",
        "csv",
        "-c",
        "Site",
        "-c",
        "Compute",
        "-c",
        "Block Storage",
        "-c",
        "Placement",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "\"Site\",\"Compute\",\"Block Storage\",\"Placement\"\n\
         \"a\",\"2.1-2.90\",\"3.0-3.60\",\"1.0-1.39\"\n\
         \"b\",\"2.1-2.96\",\"3.0-3.71\",\"1.0-1.39\"\n"
    );
}

/// The candidates bash's completion gets from `oscope` (clap_complete's
/// dynamic completion) for the command line `words`, the last being
/// completed.
fn candidates(s: &SimSandbox, words: &[&str]) -> Vec<String> {
    let mut command = s.oscope();
    command
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_IFS", "\n")
        .env("OSCOPE_CONFIG", s.sandbox.path().join("config.yaml"))
        .args(["--", "oscope"])
        .args(words);
    let (code, out, err) = common::run(command, &[]);
    assert_eq!((code, err.as_str()), (0, ""), "{words:?}");
    out.lines().map(str::to_string).collect()
}

#[test]
fn completion_offers_the_configured_clouds_sites_groups_and_services() {
    let s = SimSandbox::named(&["berlin", "paris", "denver"]);
    s.sandbox
        .write("config.yaml", "groups:\n  europe: [berlin, paris]\n");
    assert_eq!(
        candidates(&s, &["--os-cloud", "b"]),
        ["berlin", "berlin-demo"]
    );
    assert_eq!(
        candidates(&s, &["--os-scope", "paris|"]),
        [
            "paris|berlin",
            "paris|berlin-demo",
            "paris|paris",
            "paris|paris-demo",
            "paris|denver",
            "paris|denver-demo",
            "paris|@europe"
        ]
    );
    assert_eq!(
        candidates(&s, &["--os-scope", "d"]),
        ["denver", "denver-demo"]
    );
    assert_eq!(candidates(&s, &["--os-scope", "@"]), ["@europe"]);
    assert_eq!(
        candidates(&s, &["--os-scope", "{compute:berlin,ima"]),
        ["{compute:berlin,image:"]
    );
    // The commands and flags, as the static scripts complete them.
    assert!(candidates(&s, &["serv"]).contains(&"server".to_string()));
    assert!(candidates(&s, &["server", "li"]).contains(&"list".to_string()));
    // The registration script for bash, to `source`.
    let mut command = s.oscope();
    command.env("COMPLETE", "bash");
    let (code, out, _) = common::run(command, &[]);
    assert_eq!(code, 0);
    assert!(out.contains("-F _clap_complete_oscope"), "{out}");
}

/// Names complete from what the last list of their kind showed: no site
/// is asked while completing.
#[test]
fn completion_offers_the_names_the_last_list_showed() {
    let s = SimSandbox::named(&["berlin", "paris"]);
    assert!(candidates(&s, &["server", "show", "b"]).is_empty());
    s.ok("berlin & paris", &["server", "list"]);
    s.ok("berlin", &["image", "list"]);
    s.ok("berlin", &["security", "group", "list"]);
    let requests = s.requests("berlin", "GET /compute/v2.1/servers/detail");
    let servers = candidates(&s, &["server", "show", "paris-vm-00"]);
    assert!(
        !servers.is_empty() && servers.iter().all(|n| n.starts_with("paris-vm-00")),
        "{servers:?}"
    );
    assert_eq!(
        s.requests("berlin", "GET /compute/v2.1/servers/detail"),
        requests
    );
    // A value named after a resource, positional or a flag's.
    let images = candidates(&s, &["server", "create", "x", "--image", ""]);
    assert!(!images.is_empty(), "{images:?}");
    // (An empty word is also offered the flags.)
    let deleted: Vec<String> = candidates(&s, &["image", "delete", ""])
        .into_iter()
        .filter(|c| !c.starts_with('-'))
        .collect();
    assert_eq!(deleted, images);
    assert!(candidates(&s, &["security", "group", "show", "def"]).contains(&"default".to_string()));
    // Lists of the same kind replace the names: paris's servers are gone.
    s.ok("berlin", &["server", "list"]);
    assert!(candidates(&s, &["server", "show", "paris"]).is_empty());
}

/// clouds.yaml as openstacksdk reads it: a profile given as a URL (the
/// site's `/.well-known/openstack/api`), one from clouds-public.yaml, one
/// of openstacksdk's vendor profiles with its `{region_name}` URLs, and
/// the older keys openstacksdk still takes.
#[test]
fn profiles_by_url_from_clouds_public_and_openstacksdks_vendors() {
    let s = SimSandbox::named(&["a", "b"]);
    let (a, b) = (s.sim.site("a"), s.sim.site("b"));
    let password = |site: &oscope_sim::Site| site.seed.admin_password.clone();
    s.sandbox.write(
        "clouds.yaml",
        &format!(
            "clouds:\n  \
             by-url:\n    profile: {}\n    auth: {{username: admin, password: {}, \
             project-name: admin, user_domain_name: Default, project_domain_name: Default}}\n  \
             public:\n    cloud: our-b\n    auth: {{username: admin, password: {}, \
             project_name: admin, domain_id: default}}\n  \
             city:\n    profile: citycloud\n    region_name: Kna1\n    \
             auth: {{username: u, password: p, project_name: x}}\n    \
             compute_endpoint_type: internalURL\n    volumev3_endpoint: http://v3.example\n    \
             block_storage_endpoint: http://bs.example\n  \
             gone:\n    profile: {}/x\n  \
             old-volumes:\n    profile: {0}\n    block_storage_api_version: 1\n    auth: {{username: admin, \
             password: {1}, project_name: admin, domain_id: default}}\n",
            a.base(),
            password(a),
            password(b),
            "http://127.0.0.1:1",
        ),
    );
    s.sandbox.write(
        "clouds-public.yaml",
        &format!(
            "public-clouds:\n  our-b:\n    auth: {{auth_url: '{}'}}\n    regions: [{}]\n",
            b.auth_url(),
            b.region
        ),
    );
    let (code, out, err) = s.run(&[
        "--os-scope",
        "by-url & public",
        "server",
        "list",
        "-f",
        "value",
        "-c",
        "Name",
    ]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.contains("a-vm-000") && out.contains("b-vm-000"),
        "{out}"
    );
    let (code, out, err) = s.run(&["site", "list", "--long", "-f", "json"]);
    assert_eq!(code, 0, "{err}");
    let rows = common::json_of(&out);
    let row = |site: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["Site"] == site)
            .unwrap_or_else(|| panic!("{site} in {out}"))
            .clone()
    };
    assert_eq!(row("by-url")["Auth URL"], a.auth_url());
    assert_eq!(row("by-url")["Region"], a.region.as_str());
    assert_eq!(
        row("by-url")["API Versions"],
        serde_json::json!({"block-storage": "3", "identity": "3", "image": "2"})
    );
    assert_eq!(row("public")["Region"], b.region.as_str());
    let city = row("city");
    assert_eq!(city["Auth URL"], "https://Kna1.citycloud.com:5000/v3/");
    assert_eq!(
        city["Interfaces"],
        serde_json::json!({"compute": "internal"})
    );
    // `block_storage_endpoint` is the official type's, read before an alias's.
    assert_eq!(
        city["Endpoint Overrides"],
        serde_json::json!({"block-storage": "http://bs.example"})
    );
    // A profile that cannot be fetched costs only its own cloud's site.
    assert_eq!(row("gone")["Auth URL"], serde_json::Value::Null);
    // An API version oscope does not speak, from the files, costs only
    // that service.
    let (code, _, err) = s.run(&["--os-cloud", "old-volumes", "server", "list"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let (code, _, err) = s.run(&["--os-cloud", "old-volumes", "volume", "list"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("key `block_storage_api_version`: expected 3, 3.N or latest, found `1`"),
        "{err}"
    );
    let (code, _, err) = s.run(&["--os-scope", "by-url & gone", "server", "list"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.starts_with("oscope: gone: config: ")
            && err.contains(
                "profile `http://127.0.0.1:1/x` could not be fetched from \
                 http://127.0.0.1:1/.well-known/openstack/api: "
            ),
        "{err}"
    );
}

/// `--os-region-name` picks the current cloud's site in that region, as
/// python-openstackclient picks the region of a cloud of several.
#[test]
fn the_region_option_picks_the_current_clouds_site_in_it() {
    let s = SimSandbox::named(&["a"]);
    let a = s.sim.site("a");
    s.sandbox.write(
        "clouds.yaml",
        &format!(
            "clouds:\n  two:\n    regions: [{}, Elsewhere]\n    auth: {{auth_url: '{}', \
             username: admin, password: {}, project_name: admin, domain_id: default}}\n",
            a.region,
            a.auth_url(),
            a.seed.admin_password
        ),
    );
    let list = |flags: &[&str]| {
        let args = [
            &["--os-cloud", "two"],
            flags,
            &["server", "list", "-f", "value", "-c", "Name"],
        ]
        .concat();
        s.run(&args)
    };
    let (code, out, err) = list(&[]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("a-vm-000"), "{out}");
    let (code, out, err) = list(&["--os-region-name", "Elsewhere"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("oscope: two/Elsewhere: config: ") && err.contains("in region Elsewhere"),
        "{err}"
    );
    let (code, out, err) = list(&["--os-region-name", "Nowhere"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("key `region_name`: `Nowhere` is none of the cloud's regions: "),
        "{err}"
    );
    let (code, out, err) = list(&["--os-region-name", &a.region]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("a-vm-000"), "{out}");
}

/// `--os-trust-id` (`OS_TRUST_ID`): the trustee signs in scoped to the
/// trust, and gets its project and roles (as the trustor, when it
/// impersonates).
#[test]
fn a_trustee_signs_in_with_the_trust() {
    let s = SimSandbox::named(&["a"]);
    let value = |args: &[&str]| {
        let (code, out, err) =
            s.run(&[&["--os-cloud", "a"], args, &["-f", "value", "-c", "id"]].concat());
        assert_eq!(code, 0, "{args:?}: {err}");
        out.trim().to_string()
    };
    let admin = value(&["user", "show", "admin"]);
    let demo = value(&["user", "show", "demo"]);
    let project = value(&["project", "show", "admin"]);
    let trust = |impersonation: bool| {
        let body = format!(
            r#"{{"trust": {{"trustor_user_id": "{admin}", "trustee_user_id": "{demo}", "project_id": "{project}", "impersonation": {impersonation}, "roles": [{{"name": "admin"}}]}}}}"#
        );
        let (code, out, err) = s.run(&[
            "--os-cloud",
            "a",
            "api",
            "identity",
            "POST",
            "OS-TRUST/trusts",
            "--body",
            &body,
        ]);
        assert_eq!(code, 0, "{err}");
        common::json_of(&out)["trust"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (plain, impersonating) = (trust(false), trust(true));
    let token = |trust: &str| {
        let (code, out, err) = s.run(&[
            "--os-cloud",
            "a-demo",
            "--os-trust-id",
            trust,
            "token",
            "issue",
            "-f",
            "json",
        ]);
        assert_eq!(code, 0, "{err}");
        common::json_of(&out)
    };
    let as_trustee = token(&plain);
    assert_eq!(as_trustee["project_id"], project.as_str());
    assert_eq!(as_trustee["user_id"], demo.as_str());
    assert_eq!(token(&impersonating)["user_id"], admin.as_str());
    // The trust's project is the admin project: its servers are listed.
    let mut command = s.oscope();
    command.env("OS_TRUST_ID", &plain);
    let (code, out, err) = common::run(
        command,
        &[
            "--os-cloud",
            "a-demo",
            "server",
            "list",
            "--all-projects",
            "-f",
            "value",
            "-c",
            "Name",
        ],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("a-vm-000"), "{out}");
    // Only the trustee may use it.
    let (code, _, err) = s.run(&["--os-cloud", "a", "--os-trust-id", &plain, "token", "issue"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("oscope: a: "), "{err}");
}
