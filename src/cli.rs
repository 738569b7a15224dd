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

    #[command(flatten)]
    pub auth: AuthArgs,

    #[command(flatten)]
    pub run: RunArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Settings of the current cloud, as python-openstackclient takes them.
/// Each overrides clouds.yaml (and its `OS_*` variable) for the current
/// cloud only; other sites keep their own.
#[derive(Debug, Default, Args)]
#[command(next_help_heading = "Current cloud (override clouds.yaml)")]
pub struct AuthArgs {
    /// Keystone's URL [env: OS_AUTH_URL]
    #[arg(long, global = true, value_name = "URL", hide_short_help = true)]
    pub os_auth_url: Option<String>,
    /// Authentication type: password, token or v3applicationcredential [env: OS_AUTH_TYPE]
    #[arg(long, global = true, value_name = "TYPE", hide_short_help = true)]
    pub os_auth_type: Option<String>,
    /// User name [env: OS_USERNAME]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub os_username: Option<String>,
    /// User ID [env: OS_USER_ID]
    #[arg(long, global = true, value_name = "ID", hide_short_help = true)]
    pub os_user_id: Option<String>,
    /// Password [env: OS_PASSWORD]
    #[arg(long, global = true, value_name = "PASSWORD", hide_short_help = true)]
    pub os_password: Option<String>,
    /// Project name [env: OS_PROJECT_NAME]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub os_project_name: Option<String>,
    /// Project ID [env: OS_PROJECT_ID]
    #[arg(long, global = true, value_name = "ID", hide_short_help = true)]
    pub os_project_id: Option<String>,
    /// Domain of the user name [env: OS_USER_DOMAIN_NAME]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub os_user_domain_name: Option<String>,
    /// Domain ID of the user [env: OS_USER_DOMAIN_ID]
    #[arg(long, global = true, value_name = "ID", hide_short_help = true)]
    pub os_user_domain_id: Option<String>,
    /// Domain of the project name [env: OS_PROJECT_DOMAIN_NAME]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub os_project_domain_name: Option<String>,
    /// Domain ID of the project [env: OS_PROJECT_DOMAIN_ID]
    #[arg(long, global = true, value_name = "ID", hide_short_help = true)]
    pub os_project_domain_id: Option<String>,
    /// Scope the token to this domain, by name [env: OS_DOMAIN_NAME]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub os_domain_name: Option<String>,
    /// Scope the token to this domain, by ID [env: OS_DOMAIN_ID]
    #[arg(long, global = true, value_name = "ID", hide_short_help = true)]
    pub os_domain_id: Option<String>,
    /// Scope the token to the system: `all` [env: OS_SYSTEM_SCOPE]
    #[arg(long, global = true, value_name = "SCOPE", hide_short_help = true)]
    pub os_system_scope: Option<String>,
    /// An existing token [env: OS_TOKEN]
    #[arg(long, global = true, value_name = "TOKEN", hide_short_help = true)]
    pub os_token: Option<String>,
    /// Application credential ID [env: OS_APPLICATION_CREDENTIAL_ID]
    #[arg(long, global = true, value_name = "ID", hide_short_help = true)]
    pub os_application_credential_id: Option<String>,
    /// Application credential name [env: OS_APPLICATION_CREDENTIAL_NAME]
    #[arg(long, global = true, value_name = "NAME", hide_short_help = true)]
    pub os_application_credential_name: Option<String>,
    /// Application credential secret [env: OS_APPLICATION_CREDENTIAL_SECRET]
    #[arg(long, global = true, value_name = "SECRET", hide_short_help = true)]
    pub os_application_credential_secret: Option<String>,
    /// Region to choose endpoints in [env: OS_REGION_NAME]
    #[arg(long, global = true, value_name = "REGION", hide_short_help = true)]
    pub os_region_name: Option<String>,
    /// Endpoint interface: public, internal or admin [env: OS_INTERFACE]
    #[arg(long, global = true, value_name = "INTERFACE", hide_short_help = true)]
    pub os_interface: Option<String>,
    /// CA bundle to verify TLS with [env: OS_CACERT]
    #[arg(long, global = true, value_name = "FILE", hide_short_help = true)]
    pub os_cacert: Option<String>,
}

/// How oscope runs a command over its sites.
#[derive(Debug, Default, Args)]
#[command(next_help_heading = "Running")]
pub struct RunArgs {
    /// Do not verify TLS certificates (insecure; a warning says so)
    #[arg(long, global = true)]
    pub insecure: bool,

    /// Each site's deadline in seconds, unless its `api_timeout` says otherwise
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,

    /// At most this many sites at once
    #[arg(long, global = true, value_name = "N", default_value_t = 256)]
    pub max_concurrency: usize,

    /// Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]
    #[arg(long, global = true)]
    pub no_token_cache: bool,

    /// Log every request on stderr (site, method, URL, status, time); secrets
    /// are redacted
    #[arg(long, global = true)]
    pub debug: bool,

    /// Print each site's requests and time on stderr
    #[arg(long, global = true)]
    pub timing: bool,
}

/// oscope's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse, check and explain scopes
    #[command(subcommand)]
    Scope(ScopeCommand),

    /// Print a shell completion script
    Completion(CompletionArgs),

    /// Tokens
    #[command(subcommand)]
    Token(TokenCommand),

    /// The service catalogue of each site
    #[command(subcommand)]
    Catalog(CatalogCommand),

    /// Endpoints registered in each site's Keystone
    #[command(subcommand)]
    Endpoint(EndpointCommand),

    /// The configured sites (oscope's own)
    #[command(subcommand)]
    Site(SiteCommand),
}

/// `oscope token ...`
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue a token at each site of the identity scope
    Issue(ShowFormat),
}

/// `oscope catalog ...`
#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// List the services of each site's catalogue
    List(ListFormat),
    /// Show one service of each site's catalogue
    Show {
        /// Service type or name (`compute`, `nova`)
        #[arg(value_name = "SERVICE")]
        service: String,
        #[command(flatten)]
        format: ShowFormat,
    },
}

/// `oscope endpoint ...`
#[derive(Debug, Subcommand)]
pub enum EndpointCommand {
    /// List the endpoints of each site's Keystone
    List {
        /// Only this service (type or name)
        #[arg(long, value_name = "SERVICE")]
        service: Option<String>,
        /// Only this interface
        #[arg(long, value_name = "INTERFACE")]
        interface: Option<String>,
        /// Only this region
        #[arg(long, value_name = "REGION")]
        region: Option<String>,
        #[command(flatten)]
        format: ListFormat,
    },
}

/// `oscope site ...`
#[derive(Debug, Subcommand)]
pub enum SiteCommand {
    /// List the configured sites, and with --check whether each answers
    List {
        /// Authenticate at every site at once and say how fast each answered
        #[arg(long)]
        check: bool,
        #[command(flatten)]
        format: ListFormat,
    },
}

/// Output options of a list, as cliff has them.
#[derive(Clone, Debug, Default, Args)]
#[command(next_help_heading = "Output")]
pub struct ListFormat {
    /// The output format
    #[arg(
        short = 'f',
        long = "format",
        value_name = "FORMAT",
        value_enum,
        default_value_t
    )]
    pub format: crate::output::ListFormat,
    /// A column to include; repeat for more (case-insensitive)
    #[arg(short = 'c', long = "column", value_name = "COLUMN")]
    pub columns: Vec<String>,
    /// Sort by this column after merging the sites; repeat for more
    #[arg(long = "sort-column", value_name = "SORT_COLUMN")]
    pub sort_columns: Vec<String>,
    /// Sort ascending (the default)
    #[arg(long, conflicts_with = "sort_descending")]
    pub sort_ascending: bool,
    /// Sort descending
    #[arg(long)]
    pub sort_descending: bool,
    /// JSON on one line
    #[arg(long)]
    pub noindent: bool,
    /// The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]
    #[arg(long, value_name = "INTEGER", default_value_t = 0)]
    pub max_width: usize,
    /// Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]
    #[arg(long)]
    pub fit_width: bool,
    /// Print an empty table when there are no rows
    #[arg(long)]
    pub print_empty: bool,
    /// When CSV quotes fields
    #[arg(long = "quote", value_name = "QUOTE_MODE", value_enum, default_value_t)]
    pub quote: crate::output::Quote,
}

/// Output options of one resource, as cliff has them.
#[derive(Clone, Debug, Default, Args)]
#[command(next_help_heading = "Output")]
pub struct ShowFormat {
    /// The output format
    #[arg(
        short = 'f',
        long = "format",
        value_name = "FORMAT",
        value_enum,
        default_value_t
    )]
    pub format: crate::output::ShowFormat,
    /// A field to include; repeat for more (case-insensitive)
    #[arg(short = 'c', long = "column", value_name = "COLUMN")]
    pub columns: Vec<String>,
    /// JSON on one line
    #[arg(long)]
    pub noindent: bool,
    /// The widest a table may be; 0 for no limit [env: CLIFF_MAX_TERM_WIDTH]
    #[arg(long, value_name = "INTEGER", default_value_t = 0)]
    pub max_width: usize,
    /// Fit the table to the terminal [env: CLIFF_FIT_WIDTH=1]
    #[arg(long)]
    pub fit_width: bool,
    /// A prefix for the variable names of the shell format
    #[arg(long, value_name = "PREFIX", default_value = "")]
    pub prefix: String,
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
