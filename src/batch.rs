//! Batch mode: `oscope < commands.txt` runs one command per line in one
//! process, as python-openstackclient does with commands on its standard
//! input, but sharing the HTTP connections, the tokens, the secrets and the
//! routing cache between the commands (`setup::Process`).

use std::ffi::OsString;
use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

use crate::exit::ExitStatus;
use crate::setup::Process;
use crate::sys;

/// No command was given and standard input is not a terminal: its lines
/// are the commands.
pub fn wanted(error: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    matches!(
        error.kind(),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) && !std::io::stdin().is_terminal()
}

/// Runs each line of standard input as a command line, after the global
/// options `prefix` given to oscope itself. Blank lines and `#` comments
/// are skipped. The status is that of the last command that did not
/// succeed (0 when all did); Ctrl-C stops the batch.
pub fn run(prefix: &[OsString]) -> ExitStatus {
    let Some(runtime) = super::runtime() else {
        return ExitStatus::Failure;
    };
    let process = Arc::new(Process::default());
    let mut ended = ExitStatus::Success;
    for (number, line) in std::io::stdin().lock().lines().enumerate() {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                sys::tell!("cannot read the commands: {e}");
                ended = ExitStatus::Failure;
                break;
            }
        };
        let words = match words(&line) {
            Ok(words) if words.is_empty() => continue,
            Ok(words) => words,
            Err(why) => {
                sys::tell!("line {}: {why}", number + 1);
                ended = ExitStatus::Usage;
                continue;
            }
        };
        let args: Vec<OsString> = std::iter::once(OsString::from(sys::name()))
            .chain(prefix.iter().cloned())
            .chain(words.into_iter().map(OsString::from))
            .collect();
        let status = match super::parse(&args) {
            Ok(cli) => match super::speak(&cli) {
                Ok(()) => runtime.block_on(super::one(cli, process.clone())),
                Err(status) => status,
            },
            Err(e) => super::usage(&e),
        };
        if status == ExitStatus::Interrupted {
            ended = status;
            break;
        }
        if status != ExitStatus::Success {
            ended = status;
        }
    }
    runtime.shutdown_background();
    ended
}

/// A line's words, as a POSIX shell splits them: blanks separate, `'...'`
/// is literal, `"..."` keeps blanks and takes `\` before `"`, `\`, `$` and
/// `` ` ``, a `\` outside quotes takes the next character as it is, and a
/// word that starts with `#` starts a comment. No expansion is done.
pub fn words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => words.extend(word.take()),
            '#' if word.is_none() => break,
            '\'' => {
                let word = word.get_or_insert_default();
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("a ' is not closed".into()),
                    }
                }
            }
            '"' => {
                let word = word.get_or_insert_default();
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err("a \" is not closed".into()),
                        },
                        Some(c) => word.push(c),
                        None => return Err("a \" is not closed".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) => word.get_or_insert_default().push(c),
                None => return Err("a line cannot end with \\".into()),
            },
            c => word.get_or_insert_default().push(c),
        }
    }
    words.extend(word);
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn lines_split_as_a_shell_splits_them() {
        let ok = |line: &str| words(line).unwrap();
        assert_eq!(
            ok("server list -f value"),
            ["server", "list", "-f", "value"]
        );
        assert_eq!(
            ok(r#"--os-scope 'berlin & denver' server show "vm 1""#),
            ["--os-scope", "berlin & denver", "server", "show", "vm 1"]
        );
        assert_eq!(ok(r#"a "b\"c\\d\n" e\ f"#), ["a", "b\"c\\d\\n", "e f"]);
        assert_eq!(ok("x '' y"), ["x", "", "y"]);
        assert_eq!(ok("  # a comment"), Vec::<String>::new());
        assert_eq!(ok("image list # the images"), ["image", "list"]);
        assert_eq!(ok("a#b"), ["a#b"]);
        assert!(words("server show 'vm").is_err());
        assert!(words("server show \"vm").is_err());
        assert!(words("server show vm\\").is_err());
    }
}
