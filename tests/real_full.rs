//! oscope against real Nova (fake virt driver), Neutron and Cinder, beside
//! Keystone and Glance: the heavier mode of tests/realstack, run by
//! `scripts/test-real.sh --full`. Ignored by a plain `cargo test`.

#[path = "real_full/aggregates.rs"]
mod aggregates;
#[path = "real_full/appcreds.rs"]
mod appcreds;
#[path = "real_full/attach.rs"]
mod attach;
#[path = "real_full/backups.rs"]
mod backups;
#[path = "real_full/boot.rs"]
mod boot;
#[path = "real_full/catalog.rs"]
mod catalog;
mod common;
#[path = "real_full/consoles.rs"]
mod consoles;
#[path = "real_full/images.rs"]
mod images;
#[path = "real_full/inside.rs"]
mod inside;
#[path = "real_full/interfaces.rs"]
mod interfaces;
#[path = "real_full/keys.rs"]
mod keys;
#[path = "real_full/moves.rs"]
mod moves;
#[path = "real_full/pools.rs"]
mod pools;
#[path = "real_full/ports.rs"]
mod ports;
#[path = "real_full/qos.rs"]
mod qos;
#[path = "real_full/quotas.rs"]
mod quotas;
#[path = "real_full/roles.rs"]
mod roles;
#[path = "real_full/routers.rs"]
mod routers;
#[path = "real_full/secgroups.rs"]
mod secgroups;
#[path = "real_full/sharing.rs"]
mod sharing;
#[path = "real_full/usage.rs"]
mod usage;
#[path = "real_full/volume_types.rs"]
mod volume_types;
#[path = "real_full/volumes.rs"]
mod volumes;

use std::path::PathBuf;
use std::process::Command;

use common::{Sandbox, SimSandbox, differences, run, shape};
use serde_json::{Value, json};

/// What a tool (its status and stdout for some arguments) prints and exits
/// with through a sequence of commands on resources named from a prefix.
/// UUIDs in `text` replaced by `ID`: what each life made for itself.
fn without_ids(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let uuid = bytes.len() - i >= 36
            && bytes[i..i + 36].iter().enumerate().all(|(j, b)| match j {
                8 | 13 | 18 | 23 => *b == b'-',
                _ => b.is_ascii_hexdigit(),
            });
        if uuid {
            out.push_str("ID");
            i += 36;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

type Life = fn(&Full, &dyn Fn(&[&str]) -> (i32, String), &str) -> Vec<String>;

/// The formats a resource's lists and shows are compared in. Not `yaml` or
/// `csv`: they print the rows `json` and `value` print, through one
/// formatter for every command, which `parity_with_python_openstackclient_on_nova_neutron_cinder`
/// and the golden files compare with OSC's; each format is a run of OSC
/// (a second or more), and the real run must fit CI's half hour.
const LIST_FORMATS: &[&str] = &["table", "json", "value"];

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

    /// Creates image `name` under `scope` from `data`.
    fn image(&self, scope: &str, name: &str, data: Vec<u8>) {
        let disk = self.sandbox.write(&format!("{name}.raw"), "");
        std::fs::write(&disk, data).unwrap();
        let file = disk.to_str().unwrap();
        self.ok(&["--os-scope", scope, "image", "create", name, "--file", file]);
    }

    /// Boots `name` from `image` on the shared network under `scope`, and
    /// waits for it: (status, stdout as JSON, stderr).
    fn boot(&self, scope: &str, name: &str, image: &str) -> (i32, String, String) {
        self.boot_as(scope, name, image, "m1.tiny")
    }

    /// A new image `PREFIX-PID` at berlin and server `PREFIX-vm-PID` booted
    /// from it: (image, server name, server ID).
    fn booted(&self, prefix: &str) -> (String, String, String) {
        let pid = std::process::id();
        let image = format!("{prefix}-{pid}");
        self.image("berlin", &image, prefix.as_bytes().repeat(1 << 16));
        let (name, id) = self.boot_one(&format!("{prefix}-vm-{pid}"), &image);
        (image, name, id)
    }

    /// Boots `name` from `image` at berlin: its name and ID.
    fn boot_one(&self, name: &str, image: &str) -> (String, String) {
        let (code, out, err) = self.boot("berlin", name, image);
        assert_eq!(code, 0, "{err}");
        let server: Value = serde_json::from_str(&out).unwrap();
        (name.to_string(), server["id"].as_str().unwrap().to_string())
    }

    /// [`Full::boot`] with a flavor of its own.
    fn boot_as(&self, scope: &str, name: &str, image: &str, flavor: &str) -> (i32, String, String) {
        self.run(&[
            "--os-scope",
            scope,
            "server",
            "create",
            name,
            "--flavor",
            flavor,
            "--image",
            image,
            "--network",
            "shared",
            "--wait",
            "--timeout",
            "300",
            "-f",
            "json",
        ])
    }

    /// Waits, within two minutes, for volume `volume` at berlin to be
    /// `want` (Cinder acts after it answers).
    fn volume_is(&self, volume: &str, want: &str) {
        let show = [
            "--os-cloud",
            "berlin",
            "volume",
            "show",
            volume,
            "-f",
            "value",
            "-c",
            "status",
        ];
        for _ in 0..240 {
            if self.ok(&show).trim() == want {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        panic!("volume {volume} is not {want} after two minutes");
    }

    /// Where oscope's output of `args` differs from python-openstackclient's,
    /// in each of `formats` (for a resource's many lists and shows:
    /// [`LIST_FORMATS`]).
    fn unlike_osc(&self, args: &[&str], formats: &[&str]) -> Vec<String> {
        formats
            .iter()
            .filter_map(|format| {
                let all = [args, &["-f", format]].concat();
                let (want, got) = (self.osc(&all), self.ok(&all));
                (want != got).then(|| format!("{all:?}\n--- openstack\n{want}+++ oscope\n{got}"))
            })
            .collect()
    }

    /// Asserts that the simulator answers `steps` as the real `service`
    /// of berlin does (status, state, the bodies' shapes).
    fn answers_like_the_simulator(&self, service: &str, steps: impl Fn(&Nova) -> Vec<Step>) {
        let sim = SimSandbox::named(&["berlin"]);
        let real = Nova::at(|args| self.run(args), "berlin", service);
        let simulated = Nova::at(|args| sim.run(args), "berlin", service);
        let problems = departures(&steps(&real), &steps(&simulated));
        assert!(
            problems.is_empty(),
            "the simulator departs from the real {service}:\n{}",
            problems.join("\n")
        );
    }

    /// `openstack ARGS`: (status, stdout), failing or not.
    fn osc_run(&self, args: &[&str]) -> (i32, String) {
        let output = Command::new(&self.osc)
            .args(args)
            .env("OS_CLIENT_CONFIG_FILE", &self.clouds)
            .output()
            .unwrap();
        let code = output.status.code().unwrap_or(-1);
        (code, String::from_utf8(output.stdout).unwrap())
    }

    /// Runs `life` once through python-openstackclient and once through
    /// oscope, each on resources of its own (`PREFIX-o`, `PREFIX-x`), and
    /// asserts that every step printed and exited alike.
    fn lives_alike(&self, prefix: &str, life: Life) {
        let osc = life(self, &|args| self.osc_run(args), &format!("{prefix}-o"));
        let oscope = life(
            self,
            &|args| {
                let (code, out, _) = self.run(args);
                (code, out)
            },
            &format!("{prefix}-x"),
        );
        let unlike: Vec<String> = osc
            .iter()
            .zip(&oscope)
            .filter(|(o, x)| o != x)
            .map(|(o, x)| format!("--- openstack\n{o}+++ oscope\n{x}"))
            .collect();
        assert!(unlike.is_empty(), "{}", unlike.join("\n"));
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
    f.image("berlin & paris", &image, vec![0u8; 1 << 20]);
    let name = format!("vm-{id}");
    let (code, out, err) = f.boot("berlin & paris", &name, &image);
    assert_eq!(code, 0, "{err}");
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
    // A microversion asked for is the one real Nova answers with, and
    // oscope shows what python-openstackclient shows at it (but for
    // `pinned_availability_zone`, which OSC leaves out below 2.96 and
    // oscope shows, empty, as at its own default: the README says so).
    for format in ["json", "table"] {
        let show = [
            "--os-cloud",
            "berlin",
            "--os-compute-api-version",
            "2.79",
            "server",
            "show",
            &name,
            "-f",
            format,
        ];
        let got = f.ok(&show);
        let got: Vec<&str> = got
            .lines()
            .filter(|l| !l.contains("pinned_availability_zone"))
            .collect();
        let want = f.osc(&show);
        assert_eq!(got, want.lines().collect::<Vec<_>>(), "{format}");
    }
    // `latest`: each site's highest, read from its version document: real
    // Nova's answer has what came with 2.100 (the scheduler hints), which
    // oscope's own choice (2.79) does not ask for.
    let servers = f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "list",
        "--name",
        &name,
        "-f",
        "value",
        "-c",
        "ID",
    ]);
    let path = format!("servers/{}", servers.trim());
    for (version, hints) in [(None, false), (Some("latest"), true)] {
        let mut args = vec!["--os-cloud", "berlin"];
        if let Some(version) = version {
            args.extend(["--os-compute-api-version", version]);
        }
        args.extend(["api", "compute", "GET", &path]);
        let answer = f.ok(&args);
        assert_eq!(
            answer.contains("\"scheduler_hints\""),
            hints,
            "{version:?}: {answer}"
        );
    }
    // Each site's microversions, from the real version documents.
    let checked = f.ok(&[
        "--os-scope",
        "berlin & paris",
        "site",
        "list",
        "--check",
        "-f",
        "value",
        "-c",
        "Compute",
        "-c",
        "Block Storage",
        "-c",
        "Placement",
    ]);
    assert_eq!(checked.lines().count(), 2, "{checked}");
    for line in checked.lines() {
        let ranges: Vec<&str> = line.split(' ').collect();
        assert!(
            ranges.len() == 3
                && ranges[0].starts_with("2.1-2.")
                && ranges[1].starts_with("3.0-3.")
                && ranges[2].starts_with("1.0-1."),
            "{checked}"
        );
    }
    f.ok(&["--os-scope", "berlin & paris", "server", "delete", &name]);
    f.ok(&["--os-scope", "berlin & paris", "image", "delete", &image]);
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn boots_at_one_site_from_an_image_copied_from_another() {
    let f = Full::get();
    let id = std::process::id();
    let image = format!("far-{id}");
    f.image("denver", &image, vec![7u8; 3 << 20]);
    let scope = "{compute: berlin, image: denver, network: berlin}";
    let boot = |name: &str| f.boot(scope, name, &image);
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
    assert_eq!(server["image"], format!("{image} ({copy_id})"), "{server}");

    // The second boot reuses the copy.
    let (code, out, err) = boot(&format!("far-vm2-{id}"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("reused"), "{err}");
    let server: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(server["image"], format!("{image} ({copy_id})"));

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
        // Not `server list --long`: OSC adds a column per microversion the
        // site's Nova supports (`Scheduler Hints` from 2.100), and oscope's
        // columns are those of 2.96 until it negotiates per site (#28).
        "network list",
        "volume list",
        "flavor list",
        "subnet list",
        "network list --long",
        "flavor list --long",
    ] {
        let formats = ["table", "json", "value", "csv", "yaml"];
        let args: Vec<&str> = ["--os-cloud", "berlin"]
            .into_iter()
            .chain(command.split(' '))
            .collect();
        cases += formats.len();
        failures.extend(f.unlike_osc(&args, &formats));
    }
    f.ok(&["--os-cloud", "berlin", "volume", "delete", &volume]);
    assert!(
        failures.is_empty(),
        "{} of {cases} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A compute endpoint with a token in hand, for raw requests.
/// A step of a conversation with Nova: its label, the status, the body's
/// shape, and the state it leaves.
type Step = (String, u16, Value, String);

/// Where the simulator's answers depart from real Nova's: each step's
/// status and the state it leaves, and the body's shape.
fn departures(real: &[Step], sim: &[Step]) -> Vec<String> {
    let mut problems = Vec::new();
    for (r, s) in real.iter().zip(sim) {
        if (r.1, &r.3) != (s.1, &s.3) {
            let said = |step: &Step| format!("{} {}", step.1, step.3).trim_end().to_string();
            problems.push(format!(
                "{}: {} here, {} in the simulator",
                r.0,
                said(r),
                said(s)
            ));
        }
        let mut diffs = Vec::new();
        differences("", &r.2, &s.2, &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{}: {d}", r.0)));
    }
    problems
}

struct Nova {
    /// Sends compute's microversion (other services refuse it).
    compute: bool,
    runtime: tokio::runtime::Runtime,
    client: reqwest::Client,
    url: String,
    token: String,
}

impl Nova {
    /// The public compute endpoint and a token, as oscope gets them.
    fn of(run: impl Fn(&[&str]) -> (i32, String, String), cloud: &str) -> Nova {
        Nova::at(run, cloud, "compute")
    }

    /// Another service's public endpoint (`placement`) and a token.
    fn at(run: impl Fn(&[&str]) -> (i32, String, String), cloud: &str, service: &str) -> Nova {
        let ok = |args: &[&str]| {
            let (code, out, err) = run(args);
            assert_eq!(code, 0, "{args:?}: {err}");
            out
        };
        let token = ok(&[
            "--os-cloud",
            cloud,
            "token",
            "issue",
            "-c",
            "id",
            "-f",
            "value",
        ]);
        let catalog: Value = serde_json::from_str(&ok(&[
            "--os-cloud",
            cloud,
            "catalog",
            "show",
            service,
            "-f",
            "json",
        ]))
        .unwrap();
        let url = catalog["endpoints"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["interface"] == "public")
            .unwrap()["url"]
            .as_str()
            .unwrap()
            .trim_end_matches('/')
            .to_string();
        Nova {
            compute: service == "compute",
            runtime: tokio::runtime::Runtime::new().unwrap(),
            client: reqwest::Client::new(),
            url,
            token: token.trim().to_string(),
        }
    }

    /// Keystone's endpoint is versioned at the real sites, not in the
    /// simulator (as devstack's): the prefix of its paths.
    fn v3(&self) -> &'static str {
        if self.url.ends_with("/v3") { "" } else { "v3/" }
    }

    /// (status, the body's shape), at oscope's microversion.
    fn send(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> (u16, Value) {
        let (status, body) = self.send_raw(method, path, body);
        let shaped = match body {
            Value::String(s) if s == "empty" || s == "text" => Value::String(s),
            body => shape(&body),
        };
        (status, shaped)
    }

    /// (status, the body), at oscope's microversion; `"empty"` or
    /// `"text"` for a body that is no JSON.
    fn send_raw(&self, method: reqwest::Method, path: &str, body: Option<&Value>) -> (u16, Value) {
        self.send_at("", method, path, body)
    }

    /// [`Nova::send_raw`] at a microversion (`volume 3.55`; none when
    /// empty).
    fn send_at(
        &self,
        version: &str,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> (u16, Value) {
        let mut request = self
            .client
            .request(method, format!("{}/{path}", self.url))
            .header("x-auth-token", &self.token)
            .header("accept", "application/json");
        if self.compute {
            request = request.header("openstack-api-version", "compute 2.79");
        }
        if !version.is_empty() {
            request = request.header("openstack-api-version", version);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let (status, text) = self.runtime.block_on(async {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        });
        let body = match text.is_empty() {
            true => json!("empty"),
            false => serde_json::from_str::<Value>(&text).unwrap_or(json!("text")),
        };
        (status, body)
    }

    /// The server once no task runs on it (real Nova acts asynchronously),
    /// within a minute.
    fn settled(&self, id: &str) -> Value {
        for _ in 0..120 {
            let request = self
                .client
                .get(format!("{}/servers/{id}", self.url))
                .header("x-auth-token", &self.token)
                .header("openstack-api-version", "compute 2.79");
            let server: Value = self
                .runtime
                .block_on(async { request.send().await.unwrap().json().await.unwrap() });
            if server["server"]["OS-EXT-STS:task_state"].is_null() {
                return server["server"].clone();
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
        panic!("server {id} still has a task after a minute");
    }

    /// The lifecycle actions on server `id`, in an order each is allowed
    /// in: each step's label, status and body shape, and the status the
    /// server is left in.
    fn lifecycle(&self, id: &str) -> Vec<Step> {
        use reqwest::Method;
        let action = |body: Value| (Method::POST, "/action", Some(body));
        let mut steps = Vec::new();
        for (label, (method, path, body)) in [
            ("stop", action(json!({"os-stop": null}))),
            ("stop again (409)", action(json!({"os-stop": null}))),
            ("start", action(json!({"os-start": null}))),
            ("pause", action(json!({"pause": null}))),
            ("unpause", action(json!({"unpause": null}))),
            ("suspend", action(json!({"suspend": null}))),
            ("resume", action(json!({"resume": null}))),
            (
                "lock with a reason",
                action(json!({"lock": {"locked_reason": "test"}})),
            ),
            ("unlock", action(json!({"unlock": null}))),
            ("soft reboot", action(json!({"reboot": {"type": "SOFT"}}))),
            ("hard reboot", action(json!({"reboot": {"type": "HARD"}}))),
            ("no such action (400)", action(json!({"frobnicate": null}))),
            (
                "console output",
                action(json!({"os-getConsoleOutput": {"length": 2}})),
            ),
            ("shelve", action(json!({"shelve": null}))),
            ("unshelve", action(json!({"unshelve": null}))),
            (
                "rescue",
                action(json!({"rescue": {"adminPass": "rescue-pass"}})),
            ),
            (
                "stop a rescued server (409)",
                action(json!({"os-stop": null})),
            ),
            ("rescue again (409)", action(json!({"rescue": null}))),
            ("unrescue", action(json!({"unrescue": null}))),
            (
                "reset to error",
                action(json!({"os-resetState": {"state": "error"}})),
            ),
            (
                "reset to active",
                action(json!({"os-resetState": {"state": "active"}})),
            ),
            (
                "description",
                (
                    Method::PUT,
                    "",
                    Some(json!({"server": {"description": "d"}})),
                ),
            ),
            (
                "add metadata",
                (
                    Method::POST,
                    "/metadata",
                    Some(json!({"metadata": {"a": "b"}})),
                ),
            ),
            (
                "replace metadata",
                (
                    Method::PUT,
                    "/metadata",
                    Some(json!({"metadata": {"c": "d"}})),
                ),
            ),
            (
                "delete a metadata item",
                (Method::DELETE, "/metadata/c", None),
            ),
            (
                "delete a missing item (404)",
                (Method::DELETE, "/metadata/zz", None),
            ),
            ("add a tag", (Method::PUT, "/tags/t1", None)),
            ("add it again", (Method::PUT, "/tags/t1", None)),
            ("delete the tag", (Method::DELETE, "/tags/t1", None)),
            (
                "delete a missing tag (404)",
                (Method::DELETE, "/tags/t9", None),
            ),
            ("delete every tag", (Method::DELETE, "/tags", None)),
        ] {
            let path = format!("servers/{id}{path}");
            let (status, shape) = self.send(method, &path, body.as_ref());
            let server = self.settled(id);
            let state = format!(
                "{} {} locked={}",
                server["status"], server["OS-EXT-STS:vm_state"], server["locked"]
            );
            steps.push((label.to_string(), status, shape, state));
        }
        let (status, shape) = self.send(
            Method::POST,
            "servers/00000000-0000-4000-a000-000000000000/action",
            Some(&json!({"os-stop": null})),
        );
        steps.push(("missing server (404)".into(), status, shape, String::new()));
        let (status, shape) = self.send(Method::GET, &format!("servers/{id}"), None);
        steps.push(("show".into(), status, shape, String::new()));
        let path = format!("servers/{id}/os-instance-actions");
        let (status, shape) = self.send(Method::GET, &path, None);
        steps.push(("instance actions".into(), status, shape, String::new()));
        // Deleted, then in the list of deleted servers (`server list
        // --deleted`), as an administrator sees it.
        let (status, shape) = self.send(Method::DELETE, &format!("servers/{id}"), None);
        steps.push(("delete".into(), status, shape, String::new()));
        let gone = (0..120).any(|_| {
            let (status, _) = self.send(Method::GET, &format!("servers/{id}"), None);
            status == 404 || {
                std::thread::sleep(std::time::Duration::from_millis(500));
                false
            }
        });
        assert!(gone, "server {id} still there a minute after its delete");
        let path = format!("servers/detail?deleted=true&uuid={id}");
        let (status, shape) = self.send(Method::GET, &path, None);
        steps.push((
            "the deleted server listed".into(),
            status,
            shape,
            String::new(),
        ));
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn server_actions_on_real_nova_as_in_the_simulator_and_with_osc() {
    let f = Full::get();
    let pid = std::process::id();
    let image = format!("act-{pid}");
    f.image("berlin", &image, vec![1u8; 1 << 20]);
    let name = format!("act-vm-{pid}");
    let (code, out, err) = f.boot("berlin", &name, &image);
    assert_eq!(code, 0, "{err}");
    let server: Value = serde_json::from_str(&out).unwrap();
    let id = server["id"].as_str().unwrap().to_string();

    // server list's filters, as OSC shows them, with the server there.
    let mut differ = Vec::new();
    for filter in [
        vec!["--name", name.as_str()],
        vec!["--status", "ACTIVE"],
        vec!["--flavor", "m1.tiny"],
        vec!["--image", image.as_str()],
        vec!["--all-projects"],
        vec!["-n"],
        vec!["--limit", "1"],
        vec!["--availability-zone", "nova"],
        vec!["--user", "admin", "--project", "admin"],
        vec!["--ip", "192\\.0\\.2\\."],
        vec!["--deleted", "--limit", "3"],
        vec!["--changes-since", "2020-01-01T00:00:00Z"],
        vec!["--changes-before", "2020-01-01T00:00:00Z"],
    ] {
        let args = [&["--os-cloud", "berlin", "server", "list"][..], &filter].concat();
        differ.extend(f.unlike_osc(&args, LIST_FORMATS));
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    // oscope's actions, and OSC seeing their effect.
    let real = Nova::of(|args| f.run(args), "berlin");
    let osc_status = || {
        f.osc(&[
            "--os-cloud",
            "berlin",
            "server",
            "show",
            &name,
            "-f",
            "value",
            "-c",
            "status",
        ])
        .trim()
        .to_string()
    };
    for (action, status) in [
        ("shelve", "SHELVED_OFFLOADED"),
        ("unshelve", "ACTIVE"),
        ("rescue", "RESCUE"),
        ("unrescue", "ACTIVE"),
        ("stop", "SHUTOFF"),
        ("start", "ACTIVE"),
        ("pause", "PAUSED"),
        ("unpause", "ACTIVE"),
        ("suspend", "SUSPENDED"),
        ("resume", "ACTIVE"),
    ] {
        assert_eq!(f.ok(&["--os-cloud", "berlin", "server", action, &name]), "");
        real.settled(&id);
        assert_eq!(osc_status(), status, "after oscope's {action}");
    }
    assert_eq!(
        f.ok(&[
            "--os-cloud",
            "berlin",
            "server",
            "reboot",
            "--hard",
            "--wait",
            &name
        ]),
        "Complete\n"
    );
    let (code, _, err) = f.run(&["--os-cloud", "berlin", "server", "start", &name]);
    assert_eq!(code, 1);
    assert!(
        err.contains("HTTP 409") && err.contains("Cannot 'start' instance"),
        "{err}"
    );

    // The server's events, as OSC lists them.
    for long in [false, true] {
        let mut args = vec![
            "--os-cloud",
            "berlin",
            "server",
            "event",
            "list",
            name.as_str(),
        ];
        args.extend(long.then_some("--long"));
        for format in ["table", "json"] {
            let all = [&args[..], &["-f", format]].concat();
            assert_eq!(f.ok(&all), f.osc(&all), "{all:?}");
        }
    }

    // The console log, as OSC prints it.
    for lines in [None, Some("2"), Some("0")] {
        let mut args = vec![
            "--os-cloud",
            "berlin",
            "console",
            "log",
            "show",
            name.as_str(),
        ];
        args.extend(lines.map(|n| ["--lines", n]).into_iter().flatten());
        assert_eq!(f.ok(&args), f.osc(&args), "{args:?}");
    }

    // server set and unset, as OSC then shows the server.
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "set",
        &name,
        "--property",
        "role=web",
        "--tag",
        "prod",
        "--description",
        "front end",
    ]);
    let osc_show = || -> Value {
        serde_json::from_str(&f.osc(&[
            "--os-cloud",
            "berlin",
            "server",
            "show",
            &name,
            "-f",
            "json",
        ]))
        .unwrap()
    };
    let shown = osc_show();
    assert_eq!(shown["properties"], json!({"role": "web"}), "{shown}");
    assert_eq!(shown["tags"], json!(["prod"]), "{shown}");
    assert_eq!(shown["description"], "front end", "{shown}");
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "unset",
        &name,
        "--all-properties",
        "--all-tags",
        "--description",
    ]);
    let shown = osc_show();
    assert_eq!(
        (&shown["properties"], &shown["tags"]),
        (&json!({}), &json!([])),
        "{shown}"
    );

    // The simulator answers the same actions as real Nova does.
    let sim = SimSandbox::named(&["berlin"]);
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let sim_id = sim.sim.site("berlin").data.lock().unwrap().servers[0]
        .id
        .clone();
    let (real_steps, sim_steps) = (real.lifecycle(&id), simulated.lifecycle(&sim_id));
    let problems = departures(&real_steps, &sim_steps);
    f.ok(&["--os-cloud", "berlin", "image", "delete", &image]);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}

impl Nova {
    /// Placement, as `site capacity` reads it: the providers, the first
    /// one's inventories and usages, a provider it lacks.
    fn placement(&self) -> Vec<(String, u16, Value)> {
        let listed: Value = self.runtime.block_on(async {
            let request = self.client.get(format!("{}/resource_providers", self.url));
            let request = request.header("x-auth-token", &self.token);
            request.send().await.unwrap().json().await.unwrap()
        });
        let id = listed["resource_providers"][0]["uuid"]
            .as_str()
            .unwrap()
            .to_string();
        let mut steps = Vec::new();
        for (label, path) in [
            ("providers", "resource_providers".to_string()),
            (
                "inventories",
                format!("resource_providers/{id}/inventories"),
            ),
            ("usages", format!("resource_providers/{id}/usages")),
            (
                "a missing provider (404)",
                "resource_providers/00000000-0000-4000-a000-000000000000/usages".into(),
            ),
        ] {
            let (status, shape) = self.send(reqwest::Method::GET, &path, None);
            steps.push((label.to_string(), status, shape));
        }
        steps
    }

    /// Server groups: create (rules as OSC sends them), list, show, the
    /// errors, delete.
    fn groups(&self, name: &str) -> Vec<Step> {
        use reqwest::Method;
        let mut steps = Vec::new();
        let mut step = |label: &str, method: Method, path: &str, body: Option<Value>| {
            let (status, shape) = self.send(method, path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        };
        let create = json!({"server_group": {"name": name, "policy": "anti-affinity",
                                             "rules": {"max_server_per_host": "2"}}});
        let (_, _) = self.send(Method::POST, "os-server-groups", Some(&create));
        let listed: Value = self.runtime.block_on(async {
            self.client
                .get(format!("{}/os-server-groups", self.url))
                .header("x-auth-token", &self.token)
                .header("openstack-api-version", "compute 2.79")
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap()
        });
        let id = listed["server_groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["name"] == name)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        step("create", Method::POST, "os-server-groups", Some(create));
        step("list", Method::GET, "os-server-groups", None);
        step("show", Method::GET, &format!("os-server-groups/{id}"), None);
        let bad = json!({"server_group": {"name": "x", "policy": "sideways"}});
        step(
            "a policy Nova lacks (400)",
            Method::POST,
            "os-server-groups",
            Some(bad),
        );
        let bad = json!({"server_group": {"name": "x", "policy": "affinity",
                                          "rules": {"max_server_per_host": 2}}});
        step(
            "rules for affinity (400)",
            Method::POST,
            "os-server-groups",
            Some(bad),
        );
        step(
            "delete",
            Method::DELETE,
            &format!("os-server-groups/{id}"),
            None,
        );
        step(
            "delete again (404)",
            Method::DELETE,
            &format!("os-server-groups/{id}"),
            None,
        );
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn server_groups_on_real_nova_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let pid = std::process::id();
    let (mine, theirs) = (format!("sg-oscope-{pid}"), format!("sg-osc-{pid}"));
    fn create(name: &str) -> Vec<&str> {
        vec![
            "--os-cloud",
            "berlin",
            "server",
            "group",
            "create",
            name,
            "--policy",
            "anti-affinity",
            "--rule",
            "max_server_per_host=2",
            "-f",
            "json",
        ]
    }
    let made: Value = serde_json::from_str(&f.ok(&create(&mine))).unwrap();
    let theirs_made: Value = serde_json::from_str(&f.osc(&create(&theirs))).unwrap();
    for key in ["policy", "rules", "members", "project_id", "user_id"] {
        assert_eq!(made[key], theirs_made[key], "{key}: {made} {theirs_made}");
    }
    let mut differ = Vec::new();
    for args in [
        vec!["server", "group", "show", theirs.as_str()],
        vec!["server", "group", "list"],
        vec!["server", "group", "list", "--long"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            &["table", "json", "yaml", "value"],
        ));
    }
    f.ok(&[
        "--os-cloud",
        "berlin",
        "server",
        "group",
        "delete",
        &mine,
        &theirs,
    ]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));

    let real = Nova::of(|args| f.run(args), "berlin");
    let sim = SimSandbox::named(&["berlin"]);
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let name = format!("sg-fidelity-{pid}");
    let mut problems = Vec::new();
    for (r, s) in real.groups(&name).iter().zip(&simulated.groups(&name)) {
        if r.1 != s.1 {
            problems.push(format!("{}: {} here, {} in the simulator", r.0, r.1, s.1));
        }
        let mut diffs = Vec::new();
        differences("", &r.2, &s.2, &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{}: {d}", r.0)));
    }
    // The conversation made a second group at each: clean up by name.
    let leftover = format!("--os-cloud berlin server group delete {name}");
    let _ = f.run(&leftover.split(' ').collect::<Vec<_>>());
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn hypervisors_and_compute_services_as_osc_shows_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let mut differ = Vec::new();
    // Not `Updated At`: a heartbeat may land between the two commands.
    let steady = [
        "-c", "ID", "-c", "Binary", "-c", "Host", "-c", "Zone", "-c", "Status",
    ];
    for args in [
        vec!["hypervisor", "list"],
        vec!["hypervisor", "list", "--long"],
        [&["compute", "service", "list"][..], &steady].concat(),
        [
            &["compute", "service", "list", "--service", "nova-compute"][..],
            &steady,
        ]
        .concat(),
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    let real = Nova::of(|args| f.run(args), "berlin");
    let sim = SimSandbox::named(&["berlin"]);
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let mut problems = Vec::new();
    for path in [
        "os-hypervisors/detail",
        "os-services",
        "os-services?binary=nova-compute",
    ] {
        let (r, s) = (
            real.send(reqwest::Method::GET, path, None),
            simulated.send(reqwest::Method::GET, path, None),
        );
        if r.0 != s.0 {
            problems.push(format!("{path}: {} here, {} in the simulator", r.0, s.0));
        }
        let mut diffs = Vec::new();
        differences("", &r.1, &s.1, &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{path}: {d}")));
    }
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn site_capacity_sums_what_real_placement_says() {
    let f = Full::get();
    // What OSC's placement plugin says of berlin's providers.
    let providers: Value = serde_json::from_str(&f.osc(&[
        "--os-cloud",
        "berlin",
        "resource",
        "provider",
        "list",
        "-f",
        "json",
    ]))
    .unwrap();
    let mut want = [(0i64, 0i64); 3];
    for provider in providers.as_array().unwrap() {
        let id = provider["uuid"].as_str().unwrap();
        let inventory: Value = serde_json::from_str(&f.osc(&[
            "--os-cloud",
            "berlin",
            "resource",
            "provider",
            "inventory",
            "list",
            id,
            "-f",
            "json",
        ]))
        .unwrap();
        let usage: Value = serde_json::from_str(&f.osc(&[
            "--os-cloud",
            "berlin",
            "resource",
            "provider",
            "usage",
            "show",
            id,
            "-f",
            "json",
        ]))
        .unwrap();
        for (i, class) in ["VCPU", "MEMORY_MB", "DISK_GB"].iter().enumerate() {
            let row = inventory
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["resource_class"] == *class)
                .unwrap();
            let n = |k: &str| row[k].as_f64().unwrap();
            want[i].1 += ((n("total") - n("reserved")) * n("allocation_ratio")) as i64;
            let used = usage
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["resource_class"] == *class)
                .map_or(0, |r| r["usage"].as_i64().unwrap());
            want[i].0 += used;
        }
    }
    let got: Value =
        serde_json::from_str(&f.ok(&["--os-cloud", "berlin", "site", "capacity", "-f", "json"]))
            .unwrap();
    let row = &got[0];
    let got = [
        (
            row["vCPUs Used"].as_i64().unwrap(),
            row["vCPUs"].as_i64().unwrap(),
        ),
        (
            row["RAM MB Used"].as_i64().unwrap(),
            row["RAM MB"].as_i64().unwrap(),
        ),
        (
            row["Disk GB Used"].as_i64().unwrap(),
            row["Disk GB"].as_i64().unwrap(),
        ),
    ];
    assert_eq!(got, want, "{row}");
    // Two sites and their sum.
    let both: Value = serde_json::from_str(&f.ok(&[
        "--os-scope",
        "berlin & paris",
        "site",
        "capacity",
        "-f",
        "json",
    ]))
    .unwrap();
    let rows = both.as_array().unwrap();
    assert_eq!(rows.len(), 3, "{both}");
    assert_eq!(rows[2]["Site"], "Total");
    assert_eq!(
        rows[2]["vCPUs"].as_i64(),
        Some(rows[0]["vCPUs"].as_i64().unwrap() + rows[1]["vCPUs"].as_i64().unwrap())
    );

    // The simulator's Placement answers as the real one.
    let sim = SimSandbox::named(&["berlin"]);
    let real = Nova::at(|args| f.run(args), "berlin", "placement");
    let simulated = Nova::at(|args| sim.run(args), "berlin", "placement");
    let mut problems = Vec::new();
    for (r, s) in real.placement().iter().zip(&simulated.placement()) {
        if r.1 != s.1 {
            problems.push(format!("{}: {} here, {} in the simulator", r.0, r.1, s.1));
        }
        let mut diffs = Vec::new();
        differences("", &r.2, &s.2, &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{}: {d}", r.0)));
    }
    assert!(
        problems.is_empty(),
        "the simulator departs from real Placement:\n{}",
        problems.join("\n")
    );
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn a_boot_real_nova_finds_no_host_for_is_deleted_and_placed_at_the_next_site() {
    let f = Full::get();
    let pid = std::process::id();
    let (flavor, image, name) = (
        format!("giant-{pid}"),
        format!("nohost-{pid}"),
        format!("nohost-vm-{pid}"),
    );
    // The same flavor name: a disk larger than berlin's host (no quota
    // stops it before the scheduler does), small at paris.
    for (site, disk) in [("berlin", "700000"), ("paris", "1")] {
        let args = [
            "--os-cloud",
            site,
            "flavor",
            "create",
            &flavor,
            "--vcpus",
            "1",
            "--ram",
            "512",
        ];
        f.ok(&[&args[..], &["--disk", disk]].concat());
    }
    f.image("berlin & paris", &image, vec![3u8; 1 << 20]);
    let (code, _, err) = f.boot_as("berlin | paris", &name, &image, &flavor);
    let booted = (code, err);
    let _ = f.run(&["--os-scope", "berlin & paris", "server", "delete", &name]);
    let _ = f.run(&["--os-scope", "berlin & paris", "image", "delete", &image]);
    let _ = f.run(&["--os-scope", "berlin & paris", "flavor", "delete", &flavor]);
    let (code, err) = booted;
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("oscope: berlin: server {name} went to ERROR: ")),
        "{err}"
    );
    assert!(
        err.contains("deleted it") && err.contains("(failed over)"),
        "{err}"
    );
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn private_flavors_as_osc_shows_them_on_real_nova() {
    let f = Full::get();
    let name = format!("priv-{}", std::process::id());
    f.ok(&[
        "--os-cloud",
        "berlin",
        "flavor",
        "create",
        &name,
        "--vcpus",
        "2",
        "--ram",
        "512",
        "--private",
        "--project",
        "admin",
        "--property",
        "hw:cpu_policy=dedicated",
        "--swap",
        "64",
        "--ephemeral",
        "1",
        "--description",
        "private one",
    ]);
    let mut differ = Vec::new();
    let mut compare = |args: &[&str]| {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], args].concat(),
            &["table", "json", "yaml"],
        ));
    };
    compare(&["flavor", "show", &name]);
    compare(&["flavor", "list", "--private", "--long"]);
    compare(&["flavor", "list", "--all"]);
    f.ok(&[
        "--os-cloud",
        "berlin",
        "flavor",
        "set",
        &name,
        "--property",
        "a=b",
        "--description",
        "d",
    ]);
    f.ok(&[
        "--os-cloud",
        "berlin",
        "flavor",
        "unset",
        &name,
        "--property",
        "hw:cpu_policy",
        "--project",
        "admin",
    ]);
    compare(&["flavor", "show", &name]);
    f.ok(&["--os-cloud", "berlin", "flavor", "delete", &name]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn key_pairs_as_osc_shows_them_on_real_nova() {
    let f = Full::get();
    let pid = std::process::id();
    let key =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl t@h\n";
    let file = f.sandbox.write("key.pub", key);
    let file = file.to_str().unwrap();
    let (mine, theirs) = (format!("kp-oscope-{pid}"), format!("kp-osc-{pid}"));
    let create = |name: &str| {
        [
            "--os-cloud",
            "berlin",
            "keypair",
            "create",
            "--public-key",
            file,
            name,
            "-f",
            "json",
        ]
        .map(String::from)
    };
    let strip = |text: String, name: &str| text.replace(name, "NAME");
    let got = strip(
        f.ok(&create(&mine).iter().map(String::as_str).collect::<Vec<_>>()),
        &mine,
    );
    let want = strip(
        f.osc(
            &create(&theirs)
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        ),
        &theirs,
    );
    let mut differ = Vec::new();
    if got != want {
        differ.push(format!("create\n--- openstack\n{want}+++ oscope\n{got}"));
    }
    for format in ["table", "json", "value"] {
        let show = |name: String| -> Vec<String> {
            [
                "--os-cloud",
                "berlin",
                "keypair",
                "show",
                "--public-key",
                &name,
                "-f",
                format,
            ]
            .map(String::from)
            .to_vec()
        };
        let (t, m) = (show(theirs.clone()), show(mine.clone()));
        let t: Vec<&str> = t.iter().map(String::as_str).collect();
        let m: Vec<&str> = m.iter().map(String::as_str).collect();
        let (want, got) = (f.osc(&t), f.ok(&m));
        if want != got {
            differ.push(format!(
                "show --public-key -f {format}\n--- openstack\n{want}+++ oscope\n{got}"
            ));
        }
    }
    f.ok(&["--os-cloud", "berlin", "keypair", "delete", &mine, &theirs]);
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn availability_zones_as_osc_lists_them_and_as_the_simulator_answers() {
    let f = Full::get();
    let mut differ = Vec::new();
    // Not the compute services' `Service Status` of --long: it holds the
    // last heartbeat's time, which may move between the two commands.
    let steady = [
        "-c",
        "Zone Name",
        "-c",
        "Zone Status",
        "-c",
        "Zone Resource",
        "-c",
        "Host Name",
        "-c",
        "Service Name",
    ];
    for args in [
        vec!["availability", "zone", "list"],
        [&["availability", "zone", "list", "--long"][..], &steady].concat(),
        vec!["availability", "zone", "list", "--network", "--long"],
        vec!["availability", "zone", "list", "--volume"],
    ] {
        differ.extend(f.unlike_osc(
            &[&["--os-cloud", "berlin"][..], &args].concat(),
            LIST_FORMATS,
        ));
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    let sim = SimSandbox::named(&["berlin"]);
    let mut problems = Vec::new();
    for (service, path) in [
        ("compute", "os-availability-zone/detail"),
        ("compute", "os-availability-zone"),
        ("network", "v2.0/availability_zones"),
        ("block-storage", "os-availability-zone"),
    ] {
        let real = Nova::at(|args| f.run(args), "berlin", service);
        let simulated = Nova::at(|args| sim.run(args), "berlin", service);
        let (r, s) = (
            real.send(reqwest::Method::GET, path, None),
            simulated.send(reqwest::Method::GET, path, None),
        );
        if r.0 != s.0 {
            problems.push(format!(
                "{service} {path}: {} here, {} in the simulator",
                r.0, s.0
            ));
        }
        // Hosts are keys of `hosts`: their names are data, not shape.
        let hosts_as_one = |mut shape: Value| {
            for zone in shape["availabilityZoneInfo"]
                .as_array_mut()
                .into_iter()
                .flatten()
            {
                if let Some(hosts) = zone["hosts"].as_object_mut() {
                    let first = hosts.values().next().cloned();
                    hosts.clear();
                    hosts.extend(first.map(|h| ("HOST".to_string(), h)));
                }
            }
            shape
        };
        let mut diffs = Vec::new();
        differences("", &hosts_as_one(r.1), &hosts_as_one(s.1), &mut diffs);
        problems.extend(diffs.into_iter().map(|d| format!("{service} {path}: {d}")));
    }
    assert!(
        problems.is_empty(),
        "the simulator departs:\n{}",
        problems.join("\n")
    );
}

impl Nova {
    /// A private flavor's extra specs, access and description, and the
    /// errors: what `flavor create|set|unset|show` send.
    fn flavors(&self, name: &str, project: &str) -> Vec<Step> {
        use reqwest::Method;
        let create = json!({"flavor": {"name": name, "ram": 512, "vcpus": 1, "disk": 1,
                                       "id": name, "os-flavor-access:is_public": false}});
        let at = |path: &str| format!("flavors/{name}{path}");
        let mut steps = Vec::new();
        for (label, method, path, body) in [
            ("create", Method::POST, "flavors".to_string(), Some(create)),
            (
                "set specs",
                Method::POST,
                at("/os-extra_specs"),
                Some(json!({"extra_specs": {"a": "b", "c": "d"}})),
            ),
            ("specs", Method::GET, at("/os-extra_specs"), None),
            (
                "unset a spec",
                Method::DELETE,
                at("/os-extra_specs/a"),
                None,
            ),
            (
                "unset a missing spec (404)",
                Method::DELETE,
                at("/os-extra_specs/zz"),
                None,
            ),
            (
                "add access",
                Method::POST,
                at("/action"),
                Some(json!({"addTenantAccess": {"tenant": project}})),
            ),
            ("access", Method::GET, at("/os-flavor-access"), None),
            (
                "remove access",
                Method::POST,
                at("/action"),
                Some(json!({"removeTenantAccess": {"tenant": project}})),
            ),
            (
                "description",
                Method::PUT,
                at(""),
                Some(json!({"flavor": {"description": "d"}})),
            ),
            ("show", Method::GET, at(""), None),
            (
                "list private",
                Method::GET,
                "flavors/detail?is_public=False".to_string(),
                None,
            ),
            (
                "a public flavor",
                Method::POST,
                "flavors".to_string(),
                Some(
                    json!({"flavor": {"name": format!("{name}-pub"), "ram": 512, "vcpus": 1,
                                       "disk": 1, "id": format!("{name}-pub")}}),
                ),
            ),
            (
                "access to a public flavor (409)",
                Method::POST,
                format!("flavors/{name}-pub/action"),
                Some(json!({"addTenantAccess": {"tenant": project}})),
            ),
            (
                "delete the public one",
                Method::DELETE,
                format!("flavors/{name}-pub"),
                None,
            ),
            ("delete", Method::DELETE, at(""), None),
        ] {
            let (status, shape) = self.send(method, &path, body.as_ref());
            steps.push((label.to_string(), status, shape, String::new()));
        }
        steps
    }
}

#[test]
#[ignore = "needs real Nova, Neutron and Cinder: scripts/test-real.sh --full"]
fn the_simulator_answers_for_flavors_as_real_nova_does() {
    let f = Full::get();
    let sim = SimSandbox::named(&["berlin"]);
    let issue = [
        "--os-cloud",
        "berlin",
        "token",
        "issue",
        "-c",
        "project_id",
        "-f",
        "value",
    ];
    let project = |(code, out, err): (i32, String, String)| {
        assert_eq!(code, 0, "{err}");
        out.trim().to_string()
    };
    let name = format!("fidelity-{}", std::process::id());
    let real = Nova::of(|args| f.run(args), "berlin");
    let simulated = Nova::of(|args| sim.run(args), "berlin");
    let real_steps = real.flavors(&name, &project(f.run(&issue)));
    let sim_steps = simulated.flavors(&name, &project(sim.run(&issue)));
    let problems = departures(&real_steps, &sim_steps);
    assert!(
        problems.is_empty(),
        "the simulator departs from real Nova:\n{}",
        problems.join("\n")
    );
}
