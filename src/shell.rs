//! Many commands in one process: batch mode (`oscope < commands.txt`, one
//! command per line of standard input) and the interactive shell (`oscope`
//! alone on a terminal: a prompt, the commands, `help`, history), as
//! python-openstackclient has them, but with the commands sharing their
//! HTTP connections, tokens, secrets and routing cache
//! (`setup::Process`).

use std::ffi::OsString;
use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

use crate::exit::ExitStatus;
use crate::setup::Process;
use crate::sys;

/// No command was given: the commands come from standard input.
pub fn wanted(error: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    matches!(
        error.kind(),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// Runs the commands of standard input after the global options `prefix`
/// given to oscope itself: the interactive shell on a terminal, else
/// batch mode.
pub fn run(prefix: &[OsString]) -> ExitStatus {
    let Some(runtime) = super::runtime() else {
        return ExitStatus::Failure;
    };
    let many = Many {
        runtime: &runtime,
        process: Arc::new(Process::default()),
        prefix,
    };
    let status = match std::io::stdin().is_terminal() {
        true => many.interactive(),
        false => many.batch(),
    };
    runtime.shutdown_background();
    status
}

/// What the commands of standard input run with.
struct Many<'a> {
    runtime: &'a tokio::runtime::Runtime,
    process: Arc<Process>,
    prefix: &'a [OsString],
}

impl Many<'_> {
    /// Runs one line's words as a command line: how it ended.
    fn command(&self, words: Vec<String>) -> ExitStatus {
        let args: Vec<OsString> = std::iter::once(OsString::from(sys::name()))
            .chain(self.prefix.iter().cloned())
            .chain(words.into_iter().map(OsString::from))
            .collect();
        match super::parse(&args) {
            Ok(cli) => match super::speak(&cli) {
                Ok(()) => self.runtime.block_on(super::one(cli, self.process.clone())),
                Err(status) => status,
            },
            Err(e) => super::usage(&e),
        }
    }

    /// Each line of standard input is a command. Blank lines and `#`
    /// comments are skipped. The status is that of the last command that
    /// did not succeed (0 when all did); Ctrl-C stops the batch.
    fn batch(&self) -> ExitStatus {
        let mut ended = ExitStatus::Success;
        for (number, line) in std::io::stdin().lock().lines().enumerate() {
            let line = match line {
                Ok(line) => line,
                Err(e) => {
                    sys::tell!("cannot read the commands: {e}");
                    return ExitStatus::Failure;
                }
            };
            let status = match words(&line) {
                Ok(words) if words.is_empty() => continue,
                Ok(words) => self.command(words),
                Err(why) => {
                    sys::tell!("line {}: {why}", number + 1);
                    ExitStatus::Usage
                }
            };
            if status == ExitStatus::Interrupted {
                return status;
            }
            if status != ExitStatus::Success {
                ended = status;
            }
        }
        ended
    }

    /// A prompt, `(oscope) `, and the commands typed at it, with the line
    /// editing and history of the session; `exit`, `quit` or Ctrl-D end
    /// it, Ctrl-C forgets the line or stops the command.
    fn interactive(&self) -> ExitStatus {
        use rustyline::error::ReadlineError;
        let mut editor = match rustyline::DefaultEditor::new() {
            Ok(editor) => editor,
            Err(e) => {
                sys::tell!("cannot read the terminal: {e}");
                return ExitStatus::Failure;
            }
        };
        let prompt = format!("({}) ", sys::name());
        loop {
            let line = match editor.readline(&prompt) {
                Ok(line) => line,
                Err(ReadlineError::Interrupted) => continue,
                Err(ReadlineError::Eof) => return ExitStatus::Success,
                Err(e) => {
                    sys::tell!("cannot read the terminal: {e}");
                    return ExitStatus::Failure;
                }
            };
            let words = match words(&line) {
                Ok(words) => words,
                Err(why) => {
                    sys::tell!("{why}");
                    continue;
                }
            };
            if words.is_empty() {
                continue;
            }
            let _ = editor.add_history_entry(line.as_str());
            if matches!(words[0].as_str(), "exit" | "quit") {
                return ExitStatus::Success;
            }
            self.command(words);
        }
    }
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
