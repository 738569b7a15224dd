//! The command line, as clap sees it: no I/O here.
//!
//! Doc comments are the help text, and the man page and shell completions in
//! `man/` and `completions/` are generated from this definition (see
//! `src/docs.rs`), so every flag is described once. Flags keep
//! python-openstackclient's names (`--os-cloud`, `-f`, `-c`) because users'
//! fingers and scripts already know them.

use clap::{Args, Parser, Subcommand, ValueEnum};

/// One OpenStack command line for many independent OpenStack sites.
///
/// Each site keeps its own Keystone and services. A scope (`--os-scope`)
/// chooses, per command and per service, which sites the requests go to:
/// `a & b` asks both and merges the answers, `a | b` asks `a` and fails over
/// to `b`. Without a scope oscope acts on the current cloud, like
/// python-openstackclient.
#[derive(Debug, Parser)]
#[command(
    name = "oscope",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Scopes:\n  \
        oscope server list --os-scope 'berlin & denver'        fan out, merge\n  \
        oscope image show debian --os-scope 'denver | paris'   fail over\n  \
        oscope scope check '{compute: berlin, image: denver | paris}'\n\n\
        See `man oscope` for the scope language, files and exit status."
)]
pub struct Cli {
    /// Which sites each service's requests go to: an expression (`a & b`,
    /// `a | b`) or a map per service (`{compute: a, image: b | c}`)
    #[arg(
        long,
        global = true,
        value_name = "SCOPE",
        env = "OS_SCOPE",
        hide_env_values = true
    )]
    pub os_scope: Option<String>,

    /// The current cloud: the site used for services the scope leaves out
    #[arg(
        long,
        global = true,
        value_name = "CLOUD",
        env = "OS_CLOUD",
        hide_env_values = true
    )]
    pub os_cloud: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// oscope's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse, check and explain scopes
    #[command(subcommand)]
    Scope(ScopeCommand),

    /// Print a shell completion script
    Completion(CompletionArgs),
}

/// `oscope scope ...`
#[derive(Debug, Subcommand)]
pub enum ScopeCommand {
    /// Parse a scope, resolve it against the configured sites, and print
    /// its canonical form and the plan for each service
    ///
    /// Without SCOPE, checks `--os-scope` or `OS_SCOPE`. Exits 0 when the
    /// scope is valid and 2 with the error otherwise.
    Check(ScopeCheckArgs),
}

/// `oscope scope check`
#[derive(Debug, Args)]
pub struct ScopeCheckArgs {
    /// The scope to check (default: `--os-scope`, else `OS_SCOPE`)
    #[arg(value_name = "SCOPE")]
    pub scope: Option<String>,

    /// Output format: a table, JSON, YAML, or the canonical form alone
    #[arg(short = 'f', long, value_name = "FORMAT", value_enum, default_value_t)]
    pub format: CheckFormat,

    /// Print JSON on one line
    #[arg(long)]
    pub noindent: bool,
}

/// Output formats of `oscope scope check`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// The canonical form, then a table of services and plans
    #[default]
    Table,
    /// The canonical form and the plans as JSON
    Json,
    /// The canonical form and the plans as YAML
    Yaml,
    /// The canonical form alone
    Value,
}

/// `oscope completion`
#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to complete for
    #[arg(value_name = "SHELL", value_enum)]
    pub shell: clap_complete::Shell,
}

/// The clap command, for help, the man page and completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
