//! What each command does with the plan: the glue from parsed arguments to
//! output.
//!
//! Commands read configuration, ask the scope module for a plan, and hand
//! rows to `output`. They never decide which site a request goes to.

mod scope;

use std::io::Write;

use crate::cli::{Cli, Command, ScopeCommand};
use crate::error::Error;
use crate::exit::ExitStatus;

/// Runs one parsed command line, writing results to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitStatus, Error> {
    match &cli.command {
        Command::Scope(ScopeCommand::Check(args)) => scope::check(&cli, args, out),
        Command::Completion(args) => {
            out.write_all(crate::docs::completion(args.shell).as_bytes())?;
            Ok(ExitStatus::Success)
        }
    }
}
