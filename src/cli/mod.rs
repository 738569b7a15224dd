//! The command line, as clap sees it: no I/O here.
//!
//! Doc comments are the help text, and the man page and shell completions in
//! `man/` and `completions/` are generated from this definition (see
//! `src/docs.rs`), so every flag is described once. Flags keep
//! python-openstackclient's names (`--os-cloud`, `-f`, `-c`) because users'
//! fingers and scripts already know them.

use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::config::SETTINGS;

mod aggregates;
mod attach;
mod compute;
mod identity;
mod moves;
mod network;
mod quota;
mod resources;

pub use aggregates::*;
pub use attach::*;
pub use compute::*;
pub use identity::*;
pub use moves::*;
pub use network::*;
pub use quota::*;
pub use resources::*;

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
        hide_env_values = true,
        add = clap_complete::ArgValueCompleter::new(crate::complete::scope)
    )]
    pub os_scope: Option<String>,

    /// The current cloud: the site used for services the scope leaves out
    #[arg(
        long,
        global = true,
        value_name = "CLOUD",
        env = "OS_CLOUD",
        hide_env_values = true,
        add = clap_complete::ArgValueCandidates::new(crate::complete::clouds)
    )]
    pub os_cloud: Option<String>,

    #[command(flatten)]
    pub auth: AuthArgs,

    #[command(flatten)]
    pub run: RunArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// The commands `--help` lists, by service.
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "Sites and scopes",
        &["scope", "site", "api", "completion", "help"],
    ),
    (
        "Identity",
        &[
            "token",
            "catalog",
            "endpoint",
            "service",
            "region",
            "domain",
            "project",
            "user",
            "group",
            "role",
            "implied",
            "application",
            "access",
            "credential",
            "limit",
            "registered",
        ],
    ),
    (
        "Compute",
        &[
            "server",
            "flavor",
            "keypair",
            "console",
            "hypervisor",
            "compute",
            "aggregate",
            "usage",
        ],
    ),
    ("Image", &["image"]),
    (
        "Network",
        &[
            "network", "subnet", "port", "router", "floating", "security", "address",
        ],
    ),
    ("Block storage", &["volume"]),
    ("Every service", &["availability", "quota", "limits"]),
];

/// The command line as run under `name` (`oscope`, or `openstack` through
/// a link): its usage and errors say that name, and `--help` lists the
/// commands by service ([`GROUPS`]).
pub fn run_as(name: &str) -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command().name(name.to_string()).bin_name(name);
    let mut listed = String::new();
    for (group, names) in GROUPS {
        listed += &format!("{group}:\n");
        for sub in *names {
            let about = cmd
                .find_subcommand(sub)
                .and_then(|c| c.get_about())
                .map(|a| a.to_string())
                .unwrap_or_else(|| "The help of a command: `help server list`".to_string());
            listed += &format!("  {sub:<13} {about}\n");
        }
        listed += "\n";
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{listed}{{all-args}}{{after-help}}"
    );
    // One pass: `mut_subcommand` per name would move every command once
    // per name, at every start.
    cmd.mut_subcommands(|c| c.hide(true))
        .help_template(template)
        .override_usage(format!("{name} [OPTIONS] <COMMAND>"))
}

/// Settings of the current cloud, as python-openstackclient takes them.
/// Each overrides clouds.yaml (and its `OS_*` variable) for the current
/// cloud only; other sites keep their own. The flags are those of
/// [`SETTINGS`], and each given one is kept as its clouds.yaml key and
/// value.
#[derive(Clone, Debug, Default)]
pub struct AuthArgs {
    pub values: Vec<(&'static str, String)>,
}

impl Args for AuthArgs {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        let cmd = cmd.next_help_heading("Current cloud (override clouds.yaml)");
        SETTINGS.iter().fold(cmd, |cmd, setting| {
            let Some((value_name, help)) = setting.flag else {
                return cmd;
            };
            cmd.arg(
                Arg::new(setting.id())
                    .long(setting.long())
                    .aliases(setting.aliases())
                    .global(true)
                    .value_name(value_name)
                    .help(format!("{help} [env: {}]", setting.vars[0]))
                    .hide_short_help(true)
                    .action(ArgAction::Set)
                    .value_parser(clap::value_parser!(String)),
            )
        })
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for AuthArgs {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let values = SETTINGS
            .iter()
            .filter(|s| s.flag.is_some())
            .filter_map(|s| Some((s.key, matches.get_one::<String>(&s.id())?.clone())))
            .collect();
        Ok(AuthArgs { values })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
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

    /// At most this many sites at once (fewer when the descriptor limit
    /// cannot hold three per site)
    #[arg(long, global = true, value_name = "N", default_value_t = 1000)]
    pub max_concurrency: usize,

    /// Neither read nor write the token cache [env: OSCOPE_NO_TOKEN_CACHE=1]
    #[arg(long, global = true)]
    pub no_token_cache: bool,

    /// Neither read nor write the routing cache, where oscope remembers on
    /// which site it saw each resource ID [env: OSCOPE_NO_ROUTE_CACHE=1]
    #[arg(long, global = true)]
    pub no_route_cache: bool,

    /// Print the plan (sites, endpoints, order) and every request the
    /// command sends or would send; send nothing that changes anything
    #[arg(long, global = true)]
    pub explain: bool,

    /// Log every request on stderr (site, method, URL, status, time); secrets
    /// are redacted
    #[arg(long, global = true)]
    pub debug: bool,

    /// Print each site's requests and time on stderr
    #[arg(long, global = true)]
    pub timing: bool,

    /// Verify TLS certificates of the current cloud even where clouds.yaml
    /// says `verify: false` (the default otherwise)
    #[arg(long, global = true, conflicts_with = "insecure")]
    pub verify: bool,

    /// Say more on stderr; `-vv` logs every request, as `--debug`
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Say only errors on stderr: no warnings, no progress line
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,

    /// Also append what oscope says on stderr (failed sites, warnings,
    /// `--debug`'s requests) to this file
    #[arg(long, global = true, value_name = "LOG_FILE")]
    pub log_file: Option<std::path::PathBuf>,

    /// Accepted for python-openstackclient's scripts; oscope has no beta
    /// commands to enable
    #[arg(long, global = true)]
    pub os_beta_command: bool,
}

impl RunArgs {
    /// `--debug`, or `-vv` and more.
    pub fn debug(&self) -> bool {
        self.debug || self.verbose >= 2
    }
}

/// oscope's commands: those that need only the command line and files,
/// then those that talk to sites.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Local(LocalCommand),
    #[command(flatten)]
    Remote(RemoteCommand),
}

/// The commands that send no request.
#[derive(Debug, Subcommand)]
pub enum LocalCommand {
    /// Parse, check and explain scopes
    #[command(subcommand)]
    Scope(ScopeCommand),

    /// Print a shell completion script
    Completion(CompletionArgs),
}

/// The commands that act at the sites of the scope.
#[derive(Debug, Subcommand)]
pub enum RemoteCommand {
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

    /// Compute servers
    #[command(subcommand)]
    Server(ServerCommand),

    /// Compute flavors
    #[command(subcommand)]
    Flavor(FlavorCommand),

    /// Images
    #[command(subcommand)]
    Image(ImageCommand),

    /// Networks
    #[command(subcommand)]
    Network(NetworkCommand),

    /// Subnets
    #[command(subcommand)]
    Subnet(SubnetCommand),

    /// Security groups and their rules
    #[command(subcommand)]
    Security(SecurityCommand),

    /// Network ports
    #[command(subcommand)]
    Port(PortCommand),

    /// Floating IPs
    #[command(subcommand)]
    Floating(FloatingCommand),

    /// Routers
    #[command(subcommand)]
    Router(RouterCommand),

    /// Address scopes
    #[command(subcommand)]
    Address(AddressCommand),

    /// Block storage volumes
    #[command(subcommand)]
    Volume(VolumeCommand),

    /// Identity users
    #[command(subcommand)]
    User(UserCommand),

    /// Identity projects
    #[command(subcommand)]
    Project(ProjectCommand),

    /// Identity roles and their assignments
    #[command(subcommand)]
    Role(RoleCommand),

    /// Roles that imply others
    #[command(subcommand)]
    Implied(ImpliedCommand),

    /// Identity domains
    #[command(subcommand)]
    Domain(DomainCommand),

    /// Identity groups and their users
    #[command(subcommand)]
    Group(GroupCommand),

    /// Regions of the catalogue
    #[command(subcommand)]
    Region(RegionCommand),

    /// Application credentials
    #[command(subcommand)]
    Application(ApplicationCommand),

    /// Access rules of application credentials
    #[command(subcommand)]
    Access(AccessCommand),

    /// Identity credentials (EC2, TOTP, ...)
    #[command(subcommand)]
    Credential(CredentialCommand),

    /// Unified limits
    #[command(subcommand)]
    Limit(LimitCommand),

    /// Registered (default) unified limits
    #[command(subcommand)]
    Registered(RegisteredCommand),

    /// Services of the catalogue
    #[command(subcommand)]
    Service(ServiceCommand),

    /// Compute key pairs
    #[command(subcommand)]
    Keypair(KeypairCommand),

    /// Server consoles
    #[command(subcommand)]
    Console(ConsoleCommand),

    /// Hypervisors
    #[command(subcommand)]
    Hypervisor(HypervisorCommand),

    /// Compute services
    #[command(subcommand)]
    Compute(ComputeCommand),

    /// Host aggregates
    #[command(subcommand)]
    Aggregate(AggregateCommand),

    /// Compute usage per project
    #[command(subcommand)]
    Usage(UsageCommand),

    /// Availability zones of compute, network and block storage
    #[command(subcommand)]
    Availability(AvailabilityCommand),

    /// Quotas
    #[command(subcommand)]
    Quota(QuotaCommand),

    /// Limits
    #[command(subcommand)]
    Limits(LimitsCommand),

    /// Send any request to any service under the scope
    Api(ApiArgs),
}

/// `list` of any resource.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// More columns
    #[arg(long)]
    pub long: bool,
    /// Compare the sites: each distinct row once (ID columns left out),
    /// with the sites that have it and those missing it; exit 4 when a
    /// site misses a row
    #[arg(long)]
    pub compare: bool,
    #[command(flatten)]
    pub format: ListFormat,
}

/// `show` of any resource.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Name or ID
    #[arg(value_name = "NAME_OR_ID")]
    pub name: String,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `delete` of any resource.
#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Names or IDs
    #[arg(value_name = "NAME_OR_ID", required = true)]
    pub names: Vec<String>,
}

/// `oscope limits ...`
#[derive(Debug, Subcommand)]
pub enum LimitsCommand {
    /// Show compute and block-storage limits, summed over the scope
    Show(LimitsShow),
}

/// `oscope limits show`
#[derive(Debug, Args)]
pub struct LimitsShow {
    /// Absolute limits (the only kind)
    #[arg(long, required = true)]
    pub absolute: bool,
    /// One row per site and limit instead of sums
    #[arg(long)]
    pub per_site: bool,
    #[command(flatten)]
    pub format: ListFormat,
}

/// `oscope api`
#[derive(Debug, Args)]
pub struct ApiArgs {
    /// Service type or name (`compute`, `glance`)
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// HTTP method
    #[arg(value_name = "METHOD")]
    pub method: String,
    /// Path below the service's endpoint (`servers/detail?limit=10`)
    #[arg(value_name = "PATH")]
    pub path: String,
    /// Request body: JSON, or @FILE
    #[arg(long, value_name = "JSON")]
    pub body: Option<String>,
    /// A header: NAME:VALUE (repeatable)
    #[arg(short = 'H', long = "header", value_name = "NAME:VALUE")]
    pub headers: Vec<String>,
    /// JSON on one line
    #[arg(long)]
    pub noindent: bool,
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
    /// Show an endpoint (by ID) with its service
    Show(ShowArgs),
    /// Create an endpoint at every site of the identity scope, for the
    /// service of that ID, name or type there
    Create(EndpointCreate),
    /// Change endpoints (by ID)
    Set(EndpointSet),
    /// Delete endpoints (by ID)
    Delete(DeleteArgs),
}

/// An endpoint's interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Interface {
    Admin,
    Public,
    Internal,
}

impl Interface {
    pub fn as_str(self) -> &'static str {
        match self {
            Interface::Admin => "admin",
            Interface::Public => "public",
            Interface::Internal => "internal",
        }
    }
}

/// `oscope endpoint create`
#[derive(Debug, Args)]
pub struct EndpointCreate {
    /// The service (ID, name or type, looked up at each site)
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// The interface
    #[arg(value_name = "INTERFACE", value_enum)]
    pub interface: Interface,
    /// The URL
    #[arg(value_name = "URL")]
    pub url: String,
    /// The region's ID
    #[arg(long, value_name = "REGION_ID")]
    pub region: Option<String>,
    /// Enabled (the default)
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disabled
    #[arg(long)]
    pub disable: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope endpoint set`
#[derive(Debug, Args)]
pub struct EndpointSet {
    /// The endpoint's ID
    #[arg(value_name = "ENDPOINT_ID")]
    pub endpoint: String,
    /// New region's ID
    #[arg(long, value_name = "REGION_ID")]
    pub region: Option<String>,
    /// New interface
    #[arg(long, value_name = "INTERFACE", value_enum)]
    pub interface: Option<Interface>,
    /// New URL
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// New service (ID, name or type, looked up at each site)
    #[arg(long, value_name = "SERVICE")]
    pub service: Option<String>,
    /// Enable it
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable it
    #[arg(long)]
    pub disable: bool,
}

/// `oscope site ...`
#[derive(Debug, Subcommand)]
pub enum SiteCommand {
    /// List the configured sites, and with --check whether each answers
    List {
        /// Authenticate at every site at once and say how fast each
        /// answered, and the lowest and highest microversion of its
        /// compute, block storage and placement services
        #[arg(long)]
        check: bool,
        /// Also what each site's settings say: the interface, the services'
        /// interfaces, API versions and endpoint overrides (clouds.yaml,
        /// its profile, `OS_*` and `--os-*` together)
        #[arg(long)]
        long: bool,
        #[command(flatten)]
        format: ListFormat,
    },
    /// The compute capacity of each site of the placement scope, from
    /// Placement: vCPUs, RAM and disk in use and in total, and their sum
    Capacity {
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

/// What every create takes: how to show the result, and whether it is all
/// or nothing across the sites of the scope.
#[derive(Debug, Args)]
pub struct CreateOptions {
    /// All or nothing: when any site fails, delete what the others created
    #[arg(long)]
    pub atomic: bool,
    #[command(flatten)]
    pub format: ShowFormat,
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

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own checks of every command: no flag twice, no short flag of
    /// a subcommand that a global one (`-v`, `-q`) takes.
    #[test]
    fn the_command_line_is_consistent() {
        super::Cli::command().debug_assert();
        super::run_as("openstack").debug_assert();
    }

    /// `--help` lists every command once, in its service's group.
    #[test]
    fn every_command_is_in_one_group() {
        let mut grouped: Vec<&str> = super::GROUPS
            .iter()
            .flat_map(|(_, n)| n.iter().copied())
            .collect();
        grouped.sort();
        let mut commands: Vec<String> = super::Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .chain(["help".to_string()])
            .collect();
        commands.sort();
        assert_eq!(grouped, commands);
    }
}
