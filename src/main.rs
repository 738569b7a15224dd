//! The `oscope` binary: parse, run, exit with the status the run chose.

/// A fan-out over a thousand sites makes and frees millions of small
/// buffers from several threads at once; mimalloc does that with less
/// contention than glibc's malloc (the time of the warm 1,000-site
/// `server list` with default columns, benches/ab.sh). Without transparent huge pages: a short-lived process
/// would have the kernel zero 2 MB for every page it touches first.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    oscope::run(std::env::args_os()).into()
}
