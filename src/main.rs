//! The `oscope` binary: parse, run, exit with the status the run chose.

/// A fan-out over a thousand sites makes and frees millions of small
/// buffers from two threads at once; mimalloc does that with far less
/// contention and fragmentation than glibc's malloc (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    oscope::run(std::env::args_os()).into()
}
