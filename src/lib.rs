//! oscope: one OpenStack command line for many independent OpenStack sites.
//!
//! Data flows one way, one module per stage (ARCHITECTURE.md has the map):
//!
//! 1. [`cli`] parses the arguments (clap; no I/O).
//! 2. [`setup`] resolves them with the `OS_*` variables and the files
//!    ([`config`]: clouds.yaml, secure.yaml, oscope's own) and the scope
//!    ([`scope`]: the language, resolved to a plan per service) into one
//!    [`setup::Setup`]. Usage errors end the command here.
//! 3. A command (`commands`) asks the setup for a service's plan and a
//!    [`route::Router`] over its sites, and hands the router what to do at
//!    one site ([`site::Session`]: Keystone, the catalogue, requests).
//! 4. The router runs that at the sites `&` and `|` call for and returns an
//!    [`route::Outcome`] per site; failures are one line each on stderr.
//! 5. The command turns items into rows with [`resources`] and writes them
//!    in cliff's formats with [`output`]; [`run`] prints the held output
//!    and returns the [`exit::ExitStatus`] the outcomes call for.
//!
//! [`docs`] generates the man page and completions from [`cli`].

// Errors carry the input and place for their message; they are built once,
// on the way out, so their size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod cli;
mod commands;
mod complete;
pub mod config;
pub mod docs;
pub mod error;
pub mod exit;
#[doc(hidden)]
pub mod fuzzing;
pub mod output;
pub mod resources;
pub mod route;
pub mod scope;
pub mod setup;
mod shell;
pub mod site;
mod sys;

use std::ffi::OsString;
use std::io::{self, Write};
use std::sync::Arc;

use crate::error::Error;
use crate::exit::ExitStatus;
use crate::setup::Process;

/// Runs oscope with these arguments (the first is the program name) and
/// returns how it ended. Errors are printed on stderr.
pub fn run<I, T>(args: I) -> ExitStatus
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // Linked or installed as `openstack`, oscope speaks as `openstack`.
    let name = args
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .and_then(|n| n.to_str())
        .filter(|n| !n.is_empty())
        .unwrap_or("oscope");
    sys::set_name(name);
    // `COMPLETE=bash oscope`: the shell asks for candidates (or the script
    // that asks for them), nothing else runs.
    let completing =
        clap_complete::CompleteEnv::with_factory(|| complete::with_names(cli::run_as(sys::name())))
            .try_complete(args.clone(), std::env::current_dir().ok().as_deref());
    match completing {
        Ok(true) => return ExitStatus::Success,
        Ok(false) => {}
        Err(e) => return usage(&e),
    }
    let cli = match parse(&args) {
        Ok(cli) => cli,
        // No command: the commands come from standard input.
        Err(e) if shell::wanted(&e) => return shell::run(&args[1..]),
        Err(e) => return usage(&e),
    };
    if let Err(status) = speak(&cli) {
        return status;
    }
    let Some(runtime) = runtime() else {
        return ExitStatus::Failure;
    };
    let status = runtime.block_on(one(cli, Arc::new(Process::default())));
    runtime.shutdown_background();
    status
}

/// The command line `args` (the program's name first), as oscope reads it
/// under the name it was run as.
fn parse(args: &[OsString]) -> Result<cli::Cli, clap::Error> {
    cli::run_as(sys::name())
        .try_get_matches_from(args)
        .and_then(|matches| <cli::Cli as clap::FromArgMatches>::from_arg_matches(&matches))
}

/// Prints clap's error or help: usage (2), or success for `--help`.
fn usage(e: &clap::Error) -> ExitStatus {
    let _ = e.print();
    match e.use_stderr() {
        true => ExitStatus::Usage,
        false => ExitStatus::Success,
    }
}

/// Sets how oscope speaks (`-q`, `--log-file`); a log file that cannot be
/// opened ends the command.
fn speak(cli: &cli::Cli) -> Result<(), ExitStatus> {
    let log = match &cli.run.log_file {
        None => None,
        Some(path) => match std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            Ok(file) => Some(std::sync::Mutex::new(file)),
            Err(e) => {
                sys::tell!("cannot open the log file {}: {e}", path.display());
                return Err(ExitStatus::Failure);
            }
        },
    };
    sys::set_voice(sys::Voice {
        quiet: cli.run.quiet,
        log,
    });
    Ok(())
}

/// The runtime commands run on.
fn runtime() -> Option<tokio::runtime::Runtime> {
    sys::raise_descriptor_limit();
    // A worker per core, from two (one site's slow answer never holds up
    // another's) to eight (a fan-out's parsing scales no further).
    let workers = sys::cores().clamp(2, 8);
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
        .inspect_err(|e| sys::tell!("cannot start: {e}"))
        .ok()
}

/// Runs one command in `process` and prints its output: how it ended.
async fn one(cli: cli::Cli, process: Arc<Process>) -> ExitStatus {
    // Output is written only once every site has answered, so Ctrl-C never
    // leaves half a table behind. The command runs as a task on a worker,
    // so that the tasks it spawns per site start on that worker's own queue
    // (the time of the warm 1,000-site `server list` with default columns,
    // benches/ab.sh).
    let mut command = tokio::spawn(async move {
        let mut held = Vec::new();
        commands::run(cli, &process, &mut held)
            .await
            .map(|status| (status, held))
    });
    let result = tokio::select! {
        joined = &mut command => joined.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic())),
        _ = tokio::signal::ctrl_c() => {
            command.abort();
            sys::restore_terminal();
            Err(Error::Interrupted)
        }
    };
    let result = result.and_then(|(status, held)| {
        // A failed command prints no data, as python-openstackclient: its
        // lines on stderr say why. Partial results are printed.
        if status != ExitStatus::Failure {
            let mut out = io::stdout().lock();
            out.write_all(&held)?;
            out.flush()?;
        }
        Ok(status)
    });
    match result {
        Ok(status) => status,
        // A reader that stopped reading (`| head`) is not a failure.
        Err(Error::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(e) => {
            sys::tell!("{e}");
            e.exit_status()
        }
    }
}
