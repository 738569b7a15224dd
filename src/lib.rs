//! oscope: one OpenStack command line for many independent OpenStack sites.
//!
//! Data flows one way, one module per stage: [`cli`] (arguments) →
//! [`scope`] (the scope language, resolved to a plan per service) and
//! [`config`] (the sites) → [`commands`] (what each command asks for) →
//! [`output`] (cliff's formats). [`exit`] and [`error`] say how a command
//! ends. [`docs`] generates the man page and completions from [`cli`].

// Errors carry the input and place for their message; they are built once,
// on the way out, so their size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod cli;
mod commands;
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
pub mod site;

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};

use clap::Parser;

use crate::error::Error;
use crate::exit::ExitStatus;

/// Runs oscope with these arguments (the first is the program name) and
/// returns how it ended. Errors are printed on stderr.
pub fn run<I, T>(args: I) -> ExitStatus
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitStatus::Usage
            } else {
                ExitStatus::Success
            };
        }
    };
    raise_fd_limit();
    // A worker per core, from two (one site's slow answer never holds up
    // another's) to eight (a fan-out's parsing scales no further).
    let workers = cores().clamp(2, 8);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("oscope: cannot start: {e}");
            return ExitStatus::Failure;
        }
    };
    // Output is written only once every site has answered, so Ctrl-C never
    // leaves half a table behind. The command runs as a task, on a worker:
    // the task of each site it spawns then goes on that worker's own queue
    // (spawned from the main thread, each went through the shared queue
    // and woke a worker), and the main thread, only waiting, is not a third
    // thread asking for the cores (1,000 sites: cold 0.306 → 0.295 s, warm
    // 0.205 → 0.191 s, interleaved; see BENCHMARKS.md).
    let result = runtime.block_on(async {
        let mut command = tokio::spawn(async move {
            let mut held = Held::default();
            commands::run(cli, &mut held)
                .await
                .map(|status| (status, held))
        });
        tokio::select! {
            joined = &mut command => joined.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic())),
            _ = tokio::signal::ctrl_c() => {
                command.abort();
                Err(Error::Interrupted)
            }
        }
    });
    runtime.shutdown_background();
    let result = result.and_then(|(status, held)| {
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        for chunk in &held.chunks {
            out.write_all(chunk)?;
        }
        out.flush()?;
        Ok(status)
    });
    match result {
        Ok(status) => status,
        // A reader that stopped reading (`| head`) is not a failure.
        Err(Error::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(e) => {
            eprintln!("oscope: {e}");
            e.exit_status()
        }
    }
}

/// A command's output, held until the command is done: in chunks, so
/// that a listing of megabytes is never copied to grow one buffer.
#[derive(Default)]
struct Held {
    chunks: Vec<Vec<u8>>,
}

impl Write for Held {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        match self.chunks.last_mut() {
            Some(last) if last.capacity() - last.len() >= data.len() => {
                last.extend_from_slice(data)
            }
            _ => {
                let mut chunk = Vec::with_capacity(data.len().max(64 << 10));
                chunk.extend_from_slice(data);
                self.chunks.push(chunk);
            }
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The cores this process may use, asked once: the answer reads cgroup
/// files each time.
pub(crate) fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// Set by a binary that leaves with `_exit` once [`run`] returns.
static EXITS_AFTER_RUN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Says that the process ends with `_exit` as soon as [`run`] returns, so
/// what a command is done with need not be freed: the kernel takes the
/// whole address space back at once (the `oscope` binary calls this).
pub fn exits_after_run() {
    EXITS_AFTER_RUN.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Lets go of what a command is done with while it still has output to
/// write: a thousand sites' sessions or a hundred thousand rows take
/// milliseconds of a core to free. Not freed at all when the process is
/// about to `_exit`; else freed on a thread of its own.
pub(crate) fn free_later<T: Send + 'static>(value: T) {
    if EXITS_AFTER_RUN.load(std::sync::atomic::Ordering::Relaxed) {
        std::mem::forget(value);
    } else {
        std::thread::spawn(move || drop(value));
    }
}

/// How many file descriptors this process may open, if the OS says.
pub(crate) fn descriptor_limit() -> Option<u64> {
    #[cfg(unix)]
    // SAFETY: getrlimit only writes the struct we pass.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            return Some(limit.rlim_cur);
        }
    }
    None
}

/// Thousands of sites at once need thousands of descriptors: raise the
/// soft limit to the hard one, which any process may do, and make room
/// for them in the descriptor table while there is one thread.
fn raise_fd_limit() {
    #[cfg(unix)]
    // SAFETY: getrlimit and setrlimit only read and write the struct we pass.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
    #[cfg(target_os = "linux")]
    if let Some(limit) = descriptor_limit() {
        presize_fd_table(limit.min(PRESIZED_DESCRIPTORS) as libc::c_int);
    }
}

/// How many descriptors the table has room for from the start.
#[cfg(target_os = "linux")]
const PRESIZED_DESCRIPTORS: u64 = 8192;

/// Grows the descriptor table to `n` slots at once, before the runtime's
/// threads exist. Linux grows it by doubling as descriptors are opened, and
/// in a process with several threads each growth waits for an RCU grace
/// period with every thread that opens a descriptor stalled behind it: a
/// thousand sites' sockets cost five growths, 10-25 ms each, during which
/// nothing ran. Copying a standard descriptor to the highest slot makes
/// the kernel size the table once; closing the copy keeps the size.
#[cfg(target_os = "linux")]
fn presize_fd_table(n: libc::c_int) {
    // The table starts with 64 slots.
    if n <= 64 {
        return;
    }
    for fd in 0..3 {
        // SAFETY: dup2 onto a slot no one uses (descriptors are given
        // lowest first, and nothing has opened thousands yet), then close
        // the copy; the standard descriptor itself is untouched.
        unsafe {
            if libc::fcntl(n - 1, libc::F_GETFD) == -1 && libc::dup2(fd, n - 1) == n - 1 {
                libc::close(n - 1);
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_output_is_what_was_written_in_order() {
        let mut held = Held::default();
        let mut expected = Vec::new();
        for (i, size) in [3, 70_000, 10, 65_536, 1, 200_000, 5]
            .into_iter()
            .enumerate()
        {
            let piece = vec![b'a' + i as u8; size];
            held.write_all(&piece).unwrap();
            expected.extend_from_slice(&piece);
        }
        assert_eq!(held.chunks.concat(), expected);
    }
}
