//! Helpers shared by the end-to-end tests: the built binary in a clean,
//! temporary environment (no `HOME`, `XDG_*` or `OS_*` of the machine's).

#![allow(dead_code)]

#[cfg(target_os = "linux")]
pub mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch home with its own configuration files.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `relative` under the sandbox, creating directories.
    pub fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// `oscope` with HOME in the sandbox, run from the sandbox, and none of
    /// this machine's OpenStack or XDG variables.
    pub fn oscope(&self) -> Command {
        self.command(env!("CARGO_BIN_EXE_oscope"))
    }

    /// Any program in the sandbox's environment, as [`Sandbox::oscope`]
    /// runs oscope (for `sh -c 'ulimit ...; exec oscope'`, `script`).
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        for (name, _) in std::env::vars() {
            if name.starts_with("OS_") || name.starts_with("XDG_") || name.starts_with("OSCOPE") {
                command.env_remove(name);
            }
        }
        command
            .env("HOME", self.path())
            .env("NO_COLOR", "1")
            .current_dir(self.path());
        command
    }
}

/// Runs `command` with `args`, returning (status, stdout, stderr).
pub fn run(mut command: Command, args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = command.args(args).output().expect("oscope runs");
    (
        status.code().unwrap_or(-1),
        String::from_utf8(stdout).expect("UTF-8 stdout"),
        String::from_utf8(stderr).expect("UTF-8 stderr"),
    )
}

/// A simulator of `names` with a sandbox whose clouds.yaml points at it and
/// whose token cache is the sandbox's own.
pub struct SimSandbox {
    pub sim: oscope_sim::BackgroundSim,
    pub sandbox: Sandbox,
}

impl SimSandbox {
    pub fn start(config: oscope_sim::SimConfig) -> SimSandbox {
        let sim = oscope_sim::BackgroundSim::start(config).expect("the simulator starts");
        let sandbox = Sandbox::new();
        sandbox.write("clouds.yaml", sim.clouds_yaml());
        SimSandbox { sim, sandbox }
    }

    pub fn named(names: &[&str]) -> SimSandbox {
        SimSandbox::start(oscope_sim::SimConfig::named(names))
    }

    /// `oscope` against the simulator's clouds.yaml.
    pub fn oscope(&self) -> Command {
        self.command(env!("CARGO_BIN_EXE_oscope"))
    }

    /// Any program in the environment [`SimSandbox::oscope`] gives oscope.
    pub fn command(&self, program: &str) -> Command {
        let mut command = self.sandbox.command(program);
        command
            .env(
                "OS_CLIENT_CONFIG_FILE",
                self.sandbox.path().join("clouds.yaml"),
            )
            .env("XDG_CACHE_HOME", self.sandbox.path().join("cache"));
        command
    }

    /// Runs oscope with `args`: (status, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        run(self.oscope(), args)
    }

    /// Runs oscope under `scope` and insists on success: its stdout.
    #[allow(dead_code)]
    pub fn ok(&self, scope: &str, args: &[&str]) -> String {
        let mut all = vec!["--os-scope", scope];
        all.extend(args);
        let (code, out, err) = self.run(&all);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    }

    /// How many times `site` was asked `METHOD /path`.
    pub fn requests(&self, site: &str, key: &str) -> u64 {
        self.sim.site(site).requests(key)
    }

    pub fn token_posts(&self, site: &str) -> u64 {
        self.requests(site, "POST /identity/v3/auth/tokens")
    }
}

/// Every entry of the token cache in `dir` (its shard files merged), by key.
pub fn token_entries(dir: &Path) -> std::collections::BTreeMap<String, serde_json::Value> {
    let mut entries = std::collections::BTreeMap::new();
    for file in std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
        if file.extension().is_some_and(|e| e == "json") {
            let shard: serde_json::Map<String, serde_json::Value> =
                serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
            entries.extend(shard);
        }
    }
    entries
}

/// A JSON value's shape: its keys and the shapes of their values, the
/// shape of a list's first item, a scalar's type. `null` fits any type.
pub fn shape(value: &serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            serde_json::Value::Object(map.iter().map(|(k, v)| (k.clone(), shape(v))).collect())
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.first().map(shape).into_iter().collect())
        }
        serde_json::Value::String(_) => serde_json::json!("string"),
        serde_json::Value::Number(_) => serde_json::json!("number"),
        serde_json::Value::Bool(_) => serde_json::json!("bool"),
        serde_json::Value::Null => serde_json::json!("null"),
    }
}

/// Where the simulator's shape departs from the real one's.
pub fn differences(
    path: &str,
    real: &serde_json::Value,
    sim: &serde_json::Value,
    out: &mut Vec<String>,
) {
    match (real, sim) {
        (serde_json::Value::Object(r), serde_json::Value::Object(s)) => {
            for key in r.keys().filter(|k| !s.contains_key(*k)) {
                out.push(format!("{path}.{key}: missing in the simulator"));
            }
            for key in s.keys().filter(|k| !r.contains_key(*k)) {
                out.push(format!("{path}.{key}: only in the simulator"));
            }
            for (key, value) in r {
                if let Some(other) = s.get(key) {
                    differences(&format!("{path}.{key}"), value, other, out);
                }
            }
        }
        (serde_json::Value::Array(r), serde_json::Value::Array(s)) => {
            if let (Some(r), Some(s)) = (r.first(), s.first()) {
                differences(&format!("{path}[]"), r, s, out);
            }
        }
        (r, s) if r == s || r == "null" || s == "null" => {}
        (r, s) => out.push(format!("{path}: {r} here, {s} in the simulator")),
    }
}

/// JSON oscope printed.
#[allow(dead_code)]
pub fn json_of(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap()
}
