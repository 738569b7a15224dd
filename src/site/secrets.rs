//! The secrets sites need and clouds.yaml does not hold: the first line of
//! a command's output (`auth_commands`), or an answer typed on the
//! terminal. Each is got once per command invocation and shared: ten clouds
//! of one Keystone and user ask once, and a command runs once whatever
//! number of sites name it. Questions come one at a time.

use std::collections::HashMap;
use std::process::{Command, Stdio};

use super::{FailureClass, SiteError};
use crate::config::{Secret, command_key};

/// What a secret is for, to ask for it and to say what is missing.
pub struct Wanted<'a> {
    /// `password`, `TOTP passcode`, `application credential secret`.
    pub what: &'static str,
    /// Its clouds.yaml key (`auth.password`), for the error.
    pub key: &'static str,
    /// Its variable (`OS_PASSWORD`), for the error.
    pub var: &'static str,
    /// Who it is for, as the question names them (`admin`).
    pub user: &'a str,
    pub site: &'a str,
    /// Which Keystone (or identity provider): with `user`, what makes two
    /// questions one.
    pub keystone: &'a str,
}

/// The secrets got so far, and whether a question may be asked.
pub struct Secrets {
    /// Standard input is a terminal: questions go to `/dev/tty`.
    terminal: bool,
    /// Answers and commands' outputs by what asked for them; a failure is
    /// kept too, so that a failing command runs once.
    known: std::sync::Mutex<HashMap<String, Result<String, String>>>,
    /// Held while a secret is got: one question (or command, or sign-in at
    /// a provider) at a time.
    getting: tokio::sync::Mutex<()>,
}

impl Secrets {
    pub fn new(terminal: bool) -> Secrets {
        Secrets {
            terminal,
            known: std::sync::Mutex::default(),
            getting: tokio::sync::Mutex::default(),
        }
    }

    /// The secret's value: given, else got once (a command's output or an
    /// answer). A config failure when it cannot be got.
    pub async fn get(&self, secret: &Secret, wanted: &Wanted<'_>) -> Result<String, SiteError> {
        let key = match secret {
            Secret::Given(value) => return Ok(value.clone()),
            Secret::Command(command) => format!("command\0{command}"),
            Secret::Ask => format!(
                "ask\0{}\0{}\0{}",
                wanted.what,
                wanted.keystone.trim_end_matches('/'),
                wanted.user
            ),
        };
        let make = async {
            let got = match secret {
                Secret::Command(command) => run(command.clone(), command_key(wanted.key)).await,
                _ if !self.terminal => Err(format!(
                    "no {} for {} at {}: none in clouds.yaml (`{}`), secure.yaml, {} \
                     or `{}`, and no terminal to ask on",
                    wanted.what,
                    wanted.user,
                    wanted.site,
                    wanted.key,
                    wanted.var,
                    command_key(wanted.key)
                )),
                _ => ask(format!(
                    "{} for {} at {}: ",
                    capitalized(wanted.what),
                    wanted.user,
                    wanted.site
                ))
                .await
                .map_err(|e| format!("cannot ask for the {}: {e}", wanted.what)),
            };
            got.map_err(|e| SiteError::new(FailureClass::Config, e))
        };
        self.memo(key, FailureClass::Config, make).await
    }

    /// What `make` gives, made once per command for `key` (an identity
    /// provider's token for several sites): a failure too is kept.
    pub async fn once<F>(&self, key: String, make: F) -> Result<String, SiteError>
    where
        F: Future<Output = Result<String, SiteError>>,
    {
        self.memo(key, FailureClass::Auth, make).await
    }

    /// `key`'s value, made by `make` unless known; a kept failure is of
    /// `class`. A known value never waits for a question in progress; a
    /// second site after the same one waits for the first's answer.
    async fn memo<F>(&self, key: String, class: FailureClass, make: F) -> Result<String, SiteError>
    where
        F: Future<Output = Result<String, SiteError>>,
    {
        let known = || {
            let known = self.known.lock().unwrap_or_else(|e| e.into_inner());
            known.get(&key).cloned()
        };
        if let Some(got) = known() {
            return got.map_err(|e| SiteError::new(class, e));
        }
        let _getting = self.getting.lock().await;
        if let Some(got) = known() {
            return got.map_err(|e| SiteError::new(class, e));
        }
        let got = make.await;
        let kept = got.clone().map_err(|e| e.message.clone());
        self.known
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, kept);
        got
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A line typed on the terminal without echo.
async fn ask(prompt: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || crate::sys::read_hidden(&prompt))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())
}

/// The first line `command` prints, run by `sh -c`; its standard error is
/// the user's (a key agent may ask there). Its output is never shown, not
/// even when it fails.
async fn run(command: String, key: String) -> Result<String, String> {
    let output = tokio::task::spawn_blocking(move || {
        Command::new("sh")
            .arg("-c")
            .arg(&command)
            .stdin(Stdio::null())
            .stderr(Stdio::inherit())
            .output()
    })
    .await
    .map_err(|e| e.to_string())?
    .map_err(|e| format!("`{key}` cannot be run: {e}"))?;
    if !output.status.success() {
        return Err(format!("`{key}` failed ({})", output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    match text.lines().next().map(|l| l.trim_end_matches('\r')) {
        Some(line) if !line.is_empty() => Ok(line.to_string()),
        _ => Err(format!("`{key}` printed nothing")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wanted() -> Wanted<'static> {
        Wanted {
            what: "password",
            key: "auth.password",
            var: "OS_PASSWORD",
            user: "admin",
            site: "berlin",
            keystone: "http://k/v3",
        }
    }

    #[tokio::test]
    async fn a_command_runs_once_and_gives_its_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let count = dir.path().join("count");
        let command = format!("echo x >> {}; printf 's3cret\\nmore\\n'", count.display());
        let secrets = Secrets::new(false);
        for _ in 0..3 {
            let got = secrets
                .get(&Secret::Command(command.clone()), &wanted())
                .await;
            assert_eq!(got.unwrap(), "s3cret");
        }
        assert_eq!(std::fs::read_to_string(count).unwrap(), "x\n");
    }

    #[tokio::test]
    async fn failures_say_what_is_missing_and_never_show_the_output() {
        let secrets = Secrets::new(false);
        let failed = secrets
            .get(&Secret::Command("echo leaked; exit 3".into()), &wanted())
            .await
            .unwrap_err();
        assert_eq!(failed.class, FailureClass::Config);
        assert!(failed.message.contains("`auth_commands.password` failed"));
        assert!(!failed.message.contains("leaked"), "{failed:?}");
        let silent = secrets
            .get(&Secret::Command("true".into()), &wanted())
            .await;
        assert!(silent.unwrap_err().message.contains("printed nothing"));
        let asked = secrets.get(&Secret::Ask, &wanted()).await.unwrap_err();
        assert_eq!(
            asked.message,
            "no password for admin at berlin: none in clouds.yaml (`auth.password`), \
             secure.yaml, OS_PASSWORD or `auth_commands.password`, and no terminal to ask on"
        );
        let given = secrets.get(&Secret::Given("p".into()), &wanted()).await;
        assert_eq!(given.unwrap(), "p");
    }
}
