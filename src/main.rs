//! The `oscope` binary: parse, run, exit with the status the run chose.

fn main() -> std::process::ExitCode {
    oscope::run(std::env::args_os()).into()
}
