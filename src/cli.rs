//! The command line, as clap sees it: no I/O here.
//!
//! Doc comments are the help text, and the man page and shell completions in
//! `man/` and `completions/` are generated from this definition (see
//! `src/docs.rs`), so every flag is described once. Flags keep
//! python-openstackclient's names (`--os-cloud`, `-f`, `-c`) because users'
//! fingers and scripts already know them.

use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::config::SETTINGS;

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

    /// Block storage volumes
    #[command(subcommand)]
    Volume(VolumeCommand),

    /// Identity users
    #[command(subcommand)]
    User(UserCommand),

    /// Identity projects
    #[command(subcommand)]
    Project(ProjectCommand),

    /// Compute key pairs
    #[command(subcommand)]
    Keypair(KeypairCommand),

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

/// `oscope server ...`
#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// List servers
    List(ListArgs),
    /// Show a server
    Show(ShowArgs),
    /// Create a server at every site of the compute scope
    Create(ServerCreate),
    /// Delete servers
    Delete(DeleteArgs),
    /// Change a server
    Set(ServerSet),
}

/// `oscope server create`
#[derive(Debug, Args)]
pub struct ServerCreate {
    /// The new server's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Flavor, by name or ID
    #[arg(long, value_name = "FLAVOR")]
    pub flavor: String,
    /// Image to boot, by name or ID
    #[arg(long, value_name = "IMAGE")]
    pub image: String,
    /// Network to attach, by name or ID (repeatable)
    #[arg(long, value_name = "NETWORK")]
    pub network: Vec<String>,
    /// Key pair to inject
    #[arg(long, value_name = "KEY_NAME")]
    pub key_name: Option<String>,
    /// Wait until the server is ACTIVE (or ERROR)
    #[arg(long)]
    pub wait: bool,
    /// When the image scope holds the image and the compute site does not,
    /// fail instead of copying it to the compute site's Glance
    #[arg(long)]
    pub no_copy_image: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope server set`
#[derive(Debug, Args)]
pub struct ServerSet {
    /// Server, by name or ID
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

/// `oscope flavor ...`
#[derive(Debug, Subcommand)]
pub enum FlavorCommand {
    /// List flavors
    List(ListArgs),
    /// Show a flavor
    Show(ShowArgs),
    /// Create a flavor at every site of the compute scope
    Create(FlavorCreate),
    /// Delete flavors
    Delete(DeleteArgs),
}

/// `oscope flavor create`
#[derive(Debug, Args)]
pub struct FlavorCreate {
    /// The new flavor's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Memory in MiB
    #[arg(long, value_name = "SIZE_MB", default_value_t = 256)]
    pub ram: u64,
    /// Disk in GiB
    #[arg(long, value_name = "SIZE_GB", default_value_t = 0)]
    pub disk: u64,
    /// Virtual CPUs
    #[arg(long, value_name = "VCPUS", default_value_t = 1)]
    pub vcpus: u64,
    /// Flavor ID (default: chosen by Nova)
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Only for projects given access
    #[arg(long)]
    pub private: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope image ...`
#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// List images
    List(ListArgs),
    /// Show an image
    Show(ShowArgs),
    /// Create an image at every site of the image scope
    Create(ImageCreate),
    /// Delete images
    Delete(DeleteArgs),
    /// Change an image
    Set(ImageSet),
    /// Download an image's data, checksums verified
    Save(ImageSave),
}

/// `oscope image create`
#[derive(Debug, Args)]
pub struct ImageCreate {
    /// The new image's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Upload this file as the image's data
    #[arg(long, value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    /// Disk format
    #[arg(long, value_name = "FORMAT", default_value = "raw")]
    pub disk_format: String,
    /// Container format
    #[arg(long, value_name = "FORMAT", default_value = "bare")]
    pub container_format: String,
    /// Visible to every project
    #[arg(long, conflicts_with_all = ["private", "shared", "community"])]
    pub public: bool,
    /// Visible to the owner only
    #[arg(long)]
    pub private: bool,
    /// Visible to the owner and projects it is shared with
    #[arg(long)]
    pub shared: bool,
    /// Visible to every project, unlisted
    #[arg(long)]
    pub community: bool,
    /// A property: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope image set`
#[derive(Debug, Args)]
pub struct ImageSet {
    /// Image, by name or ID
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// A property: KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
}

/// `oscope image save`
#[derive(Debug, Args)]
pub struct ImageSave {
    /// Image, by name or ID
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Where to write the data
    #[arg(long, value_name = "FILE")]
    pub file: std::path::PathBuf,
}

/// `oscope network ...`
#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// List networks
    List(ListArgs),
    /// Show a network
    Show(ShowArgs),
    /// Create a network at every site of the network scope
    Create(NetworkCreate),
    /// Delete networks
    Delete(DeleteArgs),
    /// Change a network
    Set(RenameArgs),
}

/// `oscope network create`
#[derive(Debug, Args)]
pub struct NetworkCreate {
    /// The new network's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Share it with every project
    #[arg(long)]
    pub share: bool,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `set` that renames or describes a resource.
#[derive(Debug, Args)]
pub struct RenameArgs {
    /// Name or ID
    #[arg(value_name = "NAME_OR_ID")]
    pub target: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
}

/// `oscope subnet ...`
#[derive(Debug, Subcommand)]
pub enum SubnetCommand {
    /// List subnets
    List(ListArgs),
    /// Show a subnet
    Show(ShowArgs),
    /// Create a subnet at every site of the network scope
    Create(SubnetCreate),
    /// Delete subnets
    Delete(DeleteArgs),
}

/// `oscope subnet create`
#[derive(Debug, Args)]
pub struct SubnetCreate {
    /// The new subnet's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The network it belongs to, by name or ID
    #[arg(long, value_name = "NETWORK")]
    pub network: String,
    /// Its range, in CIDR notation
    #[arg(long, value_name = "SUBNET_RANGE")]
    pub subnet_range: String,
    /// Its gateway
    #[arg(long, value_name = "GATEWAY")]
    pub gateway: Option<String>,
    /// Without DHCP
    #[arg(long)]
    pub no_dhcp: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope volume ...`
#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// List volumes
    List(ListArgs),
    /// Show a volume
    Show(ShowArgs),
    /// Create a volume at every site of the block-storage scope
    Create(VolumeCreate),
    /// Delete volumes
    Delete(DeleteArgs),
    /// Change a volume
    Set(RenameArgs),
}

/// `oscope volume create`
#[derive(Debug, Args)]
pub struct VolumeCreate {
    /// The new volume's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Size in GiB
    #[arg(long, value_name = "SIZE")]
    pub size: u64,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Volume type
    #[arg(long = "type", value_name = "TYPE")]
    pub volume_type: Option<String>,
    /// Create it where this server lives (by name or ID, found under the
    /// compute scope), whatever the block-storage scope says
    #[arg(long, value_name = "SERVER")]
    pub server: Option<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope user ...`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// List users
    List(ListArgs),
    /// Show a user
    Show(ShowArgs),
    /// Create a user at every site of the identity scope
    Create(UserCreate),
    /// Delete users
    Delete(DeleteArgs),
    /// Change a user
    Set(UserSet),
}

/// `oscope user create`
#[derive(Debug, Args)]
pub struct UserCreate {
    /// The new user's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Password
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Read the password from the terminal
    #[arg(long, conflicts_with = "password")]
    pub password_prompt: bool,
    /// Email address
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Default project, by name or ID
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Domain ID (default: `default`)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Create it disabled
    #[arg(long)]
    pub disable: bool,
    /// Show the user instead of failing when it exists
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope user set`
#[derive(Debug, Args)]
pub struct UserSet {
    /// User, by name or ID
    #[arg(value_name = "USER")]
    pub user: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// New password
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// New email address
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Enable the user
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable the user
    #[arg(long)]
    pub disable: bool,
}

/// `oscope project ...`
#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// List projects
    List(ListArgs),
    /// Show a project
    Show(ShowArgs),
    /// Create a project at every site of the identity scope
    Create(ProjectCreate),
    /// Delete projects
    Delete(DeleteArgs),
    /// Change a project
    Set(RenameArgs),
}

/// `oscope project create`
#[derive(Debug, Args)]
pub struct ProjectCreate {
    /// The new project's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// A description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Domain ID (default: `default`)
    #[arg(long, value_name = "DOMAIN")]
    pub domain: Option<String>,
    /// Create it disabled
    #[arg(long)]
    pub disable: bool,
    /// Show the project instead of failing when it exists
    #[arg(long)]
    pub or_show: bool,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope keypair ...`
#[derive(Debug, Subcommand)]
pub enum KeypairCommand {
    /// List key pairs
    List(ListArgs),
    /// Show a key pair
    Show(ShowArgs),
    /// Create (or import) a key pair at every site of the compute scope
    Create(KeypairCreate),
    /// Delete key pairs
    Delete(DeleteArgs),
}

/// `oscope keypair create`
#[derive(Debug, Args)]
pub struct KeypairCreate {
    /// The new key pair's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Import this public key file instead of generating a key
    #[arg(long, value_name = "FILE")]
    pub public_key: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope quota ...`
#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// Show compute and block-storage quotas, summed over the scope
    Show(QuotaShow),
}

/// `oscope quota show`
#[derive(Debug, Args)]
pub struct QuotaShow {
    /// Project, by ID (default: the token's)
    #[arg(value_name = "PROJECT")]
    pub project: Option<String>,
    /// One row per site and resource instead of sums
    #[arg(long)]
    pub per_site: bool,
    #[command(flatten)]
    pub format: ListFormat,
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
