//! The `oscope` binary: parse, run, exit with the status the run chose.

/// A fan-out over a thousand sites makes and frees millions of small
/// buffers from several threads at once; mimalloc does that with far less
/// contention than glibc's malloc (see BENCHMARKS.md). Without transparent
/// huge pages: a short-lived process would have the kernel zero 2 MB for
/// every page it touches first.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    oscope::exits_after_run();
    let status = oscope::run(std::env::args_os());
    let _ = std::io::Write::flush(&mut std::io::stdout());
    // Everything is written and flushed (`run` writes stdout itself;
    // stderr is unbuffered; cache files are closed): leave without the
    // exit handlers, whose only work is to free memory the kernel takes
    // back anyway (tens of milliseconds after a large list).
    // SAFETY: _exit ends the process; nothing runs after it.
    unsafe { libc::_exit(i32::from(status.code())) }
}
