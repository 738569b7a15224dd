//! The subcommands and flags of servers (with their groups and events)
//! and of Nova's other views (`console`, `hypervisor`, `compute service`,
//! `availability zone`), as python-openstackclient names them.

use clap::{Args, Subcommand};

use super::moves::{
    ServerBackupCommand, ServerDumpCommand, ServerEvacuate, ServerImageCommand, ServerMigrate,
    ServerMigrationCommand, ServerRebuild, ServerResize,
};
use super::{CreateOptions, DeleteArgs, ListArgs, ShowArgs};

/// `oscope server ...`
#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// List servers
    List(Box<ServerList>),
    /// Show a server
    Show(ServerShow),
    /// Create a server at every site of the compute scope
    Create(Box<ServerCreate>),
    /// Delete servers
    Delete(ServerDelete),
    /// Change a server's name, description, properties, tags or state
    Set(ServerSet),
    /// Remove a server's properties, tags or description
    Unset(ServerUnset),
    /// Start server(s)
    Start(ServersInProjects),
    /// Stop server(s)
    Stop(ServersInProjects),
    /// Pause server(s)
    Pause(Servers),
    /// Unpause server(s)
    Unpause(Servers),
    /// Suspend server(s)
    Suspend(Servers),
    /// Resume server(s)
    Resume(Servers),
    /// Lock server(s): a non-admin user will not be able to execute actions
    Lock(ServerLock),
    /// Unlock server(s)
    Unlock(Servers),
    /// Perform a hard or soft server reboot
    Reboot(ServerReboot),
    /// Shelve and optionally offload server(s)
    Shelve(ServerShelve),
    /// Unshelve server(s)
    Unshelve(ServerUnshelve),
    /// Put a server in rescue mode
    Rescue(ServerRescue),
    /// Restore a server from rescue mode
    Unrescue(ServerOne),
    /// Scale server to a new flavor (then `server resize confirm|revert`)
    Resize(Box<ServerResize>),
    /// Migrate server to a different host, cold or live
    Migrate(Box<ServerMigrate>),
    /// Server migrations (`os-migrations`)
    #[command(subcommand)]
    Migration(ServerMigrationCommand),
    /// Rebuild server from its image or another
    Rebuild(Box<ServerRebuild>),
    /// Evacuate a server from a failed host (its compute service down)
    Evacuate(ServerEvacuate),
    /// Images of a server (snapshots)
    #[command(subcommand)]
    Image(ServerImageCommand),
    /// Backups of a server (rotated images)
    #[command(subcommand)]
    Backup(ServerBackupCommand),
    /// Crash dumps of servers
    #[command(subcommand)]
    Dump(ServerDumpCommand),
    /// Attach to a server: a volume, security groups
    #[command(subcommand)]
    Add(super::ServerAddCommand),
    /// Detach from a server: a volume, security groups
    #[command(subcommand)]
    Remove(super::ServerRemoveCommand),
    /// Server groups: placement policies for servers
    #[command(subcommand)]
    Group(ServerGroupCommand),
    /// What was done to a server (Nova's instance actions)
    #[command(subcommand)]
    Event(ServerEventCommand),
}

/// `oscope server delete`
#[derive(Debug, Args)]
pub struct ServerDelete {
    #[command(flatten)]
    pub names: DeleteArgs,
    /// Wait until each is gone
    #[arg(long)]
    pub wait: bool,
}

/// `oscope server event ...`
#[derive(Debug, Subcommand)]
pub enum ServerEventCommand {
    /// List the actions done to a server
    List(ServerEventList),
    /// Show one action done to a server, with its events
    Show(ServerEventShow),
}

/// `oscope server event show`
#[derive(Debug, Args)]
pub struct ServerEventShow {
    /// Server to show event details (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Request ID of the event to show (ID only)
    #[arg(value_name = "REQUEST_ID")]
    pub request_id: String,
    #[command(flatten)]
    pub format: super::ShowFormat,
}

/// `oscope server event list`
#[derive(Debug, Args)]
pub struct ServerEventList {
    /// Server to list events (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope server group ...`
#[derive(Debug, Subcommand)]
pub enum ServerGroupCommand {
    /// List server groups
    List(ServerGroupList),
    /// Show a server group
    Show(ShowArgs),
    /// Create a server group at every site of the compute scope
    Create(ServerGroupCreate),
    /// Delete server groups
    Delete(DeleteArgs),
}

/// `oscope server group list`
#[derive(Debug, Args)]
pub struct ServerGroupList {
    #[command(flatten)]
    pub list: ListArgs,
    /// Display information from all projects (admin only)
    #[arg(long)]
    pub all_projects: bool,
}

/// `oscope server group create`
#[derive(Debug, Args)]
pub struct ServerGroupCreate {
    /// The new server group's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Placement policy
    #[arg(long, value_name = "POLICY", default_value = "affinity",
          value_parser = ["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"])]
    pub policy: String,
    /// A rule of the policy (`max_server_per_host=N` for anti-affinity);
    /// repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub rule: Vec<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope server list`: Nova's filters, sent to each site; names are
/// looked up at each site, where IDs differ.
#[derive(Debug, Args)]
pub struct ServerList {
    #[command(flatten)]
    pub list: ListArgs,
    /// Include all projects (admin only) [env: ALL_PROJECTS]
    #[arg(long, env = "ALL_PROJECTS", hide_env = true, value_parser = clap::builder::FalseyValueParser::new())]
    pub all_projects: bool,
    /// Search by server status
    #[arg(long, value_name = "STATUS", value_parser = SERVER_STATUSES)]
    pub status: Option<String>,
    /// Regular expression to match names
    #[arg(long, value_name = "NAME_REGEX")]
    pub name: Option<String>,
    /// Search by hostname
    #[arg(long, value_name = "HOSTNAME")]
    pub host: Option<String>,
    /// Search by project (admin only) (name or ID)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Search by user (name or ID)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Search by flavor (name or ID)
    #[arg(long, value_name = "FLAVOR")]
    pub flavor: Option<String>,
    /// Search by image (name or ID)
    #[arg(long, value_name = "IMAGE")]
    pub image: Option<String>,
    /// Search by availability zone
    #[arg(long, value_name = "AVAILABILITY_ZONE")]
    pub availability_zone: Option<String>,
    /// Regular expression to match IP addresses
    #[arg(long, value_name = "IP_ADDRESS_REGEX")]
    pub ip: Option<String>,
    /// Only display deleted servers (admin only)
    #[arg(long)]
    pub deleted: bool,
    /// Only servers changed at or after this time (ISO 8601, e.g.
    /// 2016-03-04T06:27:59Z)
    #[arg(long, value_name = "CHANGES_SINCE")]
    pub changes_since: Option<String>,
    /// Only servers changed at or before this time (ISO 8601)
    #[arg(long, value_name = "CHANGES_BEFORE")]
    pub changes_before: Option<String>,
    /// The most servers each site returns; with several sites, the merged
    /// (and sorted) list is cut to this many
    #[arg(long, value_name = "LIMIT")]
    pub limit: Option<usize>,
    /// The server to start after (name or ID; one site only)
    #[arg(long, value_name = "MARKER")]
    pub marker: Option<String>,
    /// Skip flavor and image name lookup
    #[arg(short = 'n', long)]
    pub no_name_lookup: bool,
}

/// Nova's server statuses, as python-openstackclient accepts them.
const SERVER_STATUSES: [&str; 19] = [
    "ACTIVE",
    "BUILD",
    "DELETED",
    "ERROR",
    "HARD_REBOOT",
    "MIGRATING",
    "PASSWORD",
    "PAUSED",
    "REBOOT",
    "REBUILD",
    "RESCUE",
    "RESIZE",
    "REVERT_RESIZE",
    "SHELVED",
    "SHELVED_OFFLOADED",
    "SHUTOFF",
    "SOFT_DELETED",
    "SUSPENDED",
    "VERIFY_RESIZE",
];

/// `oscope server show`
#[derive(Debug, Args)]
pub struct ServerShow {
    #[command(flatten)]
    pub show: ShowArgs,
    /// Display server diagnostics information
    #[arg(long)]
    pub diagnostics: bool,
}

/// The servers an action acts on.
#[derive(Debug, Args)]
pub struct Servers {
    /// Server(s) (name or ID)
    #[arg(value_name = "SERVER", required = true)]
    pub servers: Vec<String>,
}

/// `oscope server start|stop`
#[derive(Debug, Args)]
pub struct ServersInProjects {
    #[command(flatten)]
    pub servers: Servers,
    /// Find server(s) by name in other projects too (admin only)
    /// [env: ALL_PROJECTS]
    #[arg(long, env = "ALL_PROJECTS", hide_env = true, value_parser = clap::builder::FalseyValueParser::new())]
    pub all_projects: bool,
}

/// `oscope server shelve`
#[derive(Debug, Args)]
pub struct ServerShelve {
    #[command(flatten)]
    pub servers: Servers,
    /// Remove the shelved server(s) from the host (admin only)
    #[arg(long)]
    pub offload: bool,
    /// Wait for shelve and/or offload operation to complete
    #[arg(long)]
    pub wait: bool,
}

/// `oscope server unshelve`
#[derive(Debug, Args)]
pub struct ServerUnshelve {
    #[command(flatten)]
    pub servers: Servers,
    /// Unshelve into this availability zone
    #[arg(long, value_name = "AVAILABILITY_ZONE")]
    pub availability_zone: Option<String>,
    /// Wait for unshelve operation to complete
    #[arg(long)]
    pub wait: bool,
}

/// `oscope server rescue`
#[derive(Debug, Args)]
pub struct ServerRescue {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Image to boot the rescue from (name or ID; default: the server's)
    #[arg(long, value_name = "IMAGE")]
    pub image: Option<String>,
    /// Set the password on the rescued instance
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
}

/// One server.
#[derive(Debug, Args)]
pub struct ServerOne {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
}

/// `oscope server lock`
#[derive(Debug, Args)]
pub struct ServerLock {
    #[command(flatten)]
    pub servers: Servers,
    /// Reason for locking the server(s)
    #[arg(long, value_name = "REASON")]
    pub reason: Option<String>,
}

/// `oscope server reboot`
#[derive(Debug, Args)]
pub struct ServerReboot {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Perform a hard reboot
    #[arg(long, conflicts_with = "soft")]
    pub hard: bool,
    /// Perform a soft reboot (the default)
    #[arg(long)]
    pub soft: bool,
    /// Wait for the reboot to complete
    #[arg(long)]
    pub wait: bool,
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
    #[arg(long, value_name = "IMAGE", required_unless_present_any = ["volume", "snapshot", "block_device"])]
    pub image: Option<String>,
    /// Boot from a new volume of this size (GiB) made from --image
    #[arg(
        long,
        value_name = "VOLUME_SIZE",
        requires = "image",
        conflicts_with_all = ["volume", "snapshot"]
    )]
    pub boot_from_volume: Option<u64>,
    /// Boot from this volume (name or ID), at the server's site
    #[arg(long, value_name = "VOLUME", conflicts_with = "snapshot")]
    pub volume: Option<String>,
    /// Boot from a new volume made from this volume snapshot (name or ID),
    /// at the server's site
    #[arg(long, value_name = "SNAPSHOT", conflicts_with = "image")]
    pub snapshot: Option<String>,
    /// A block device: uuid=ID,source_type=volume|image|snapshot|blank,
    /// destination_type=volume|local,boot_index=N,volume_size=N,
    /// delete_on_termination=BOOL,... (repeatable)
    #[arg(long, value_name = "SPEC")]
    pub block_device: Vec<String>,
    /// Network to attach, by name or ID (repeatable)
    #[arg(long, value_name = "NETWORK")]
    pub network: Vec<String>,
    /// Key pair to inject
    #[arg(long, value_name = "KEY_NAME")]
    pub key_name: Option<String>,
    /// A network interface: net-id=NET,port-id=PORT,v4-fixed-ip=IP,
    /// v6-fixed-ip=IP,tag=TAG (names looked up at the booting site), or
    /// auto or none; repeat for more
    #[arg(long, value_name = "NIC")]
    pub nic: Vec<String>,
    /// A port to attach, by ID (repeatable)
    #[arg(long, value_name = "PORT")]
    pub port: Vec<String>,
    /// Security group to assign, by name or ID (repeatable)
    #[arg(long = "security-group", value_name = "SECURITY_GROUP")]
    pub security_group: Vec<String>,
    /// User data file to serve from the metadata server
    #[arg(long, value_name = "USER_DATA")]
    pub user_data: Option<std::path::PathBuf>,
    /// Availability zone, as ZONE[:HOST[:NODE]]
    #[arg(long, value_name = "ZONE")]
    pub availability_zone: Option<String>,
    /// A property of the server; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Set the password of the new server
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Minimum number of servers to launch
    #[arg(long, value_name = "COUNT", default_value_t = 1)]
    pub min: u32,
    /// Maximum number of servers to launch
    #[arg(long, value_name = "COUNT", default_value_t = 1)]
    pub max: u32,
    /// Enable config drive (True) or use this volume as one
    #[arg(long, value_name = "CONFIG_DRIVE")]
    pub config_drive: Option<String>,
    /// A hint for the scheduler, KEY=VALUE; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub hint: Vec<String>,
    /// Server group to create the server in (name or ID)
    #[arg(long, value_name = "SERVER_GROUP")]
    pub server_group: Option<String>,
    /// A tag of the server; repeat for more
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Description of the server
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
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
    /// New description
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// A property to add or change; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// A tag to add; repeat for more
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// New server state, to get a server out of a stuck one (admin only;
    /// asks first, unless --auto-approve)
    #[arg(long, value_name = "STATE", value_parser = ["active", "error"])]
    pub state: Option<String>,
    /// Do not ask before resetting the state
    #[arg(long)]
    pub auto_approve: bool,
}

/// `oscope server unset`
#[derive(Debug, Args)]
pub struct ServerUnset {
    /// Server, by name or ID
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// A property to remove; repeat for more
    #[arg(long, value_name = "KEY")]
    pub property: Vec<String>,
    /// Remove every property
    #[arg(long)]
    pub all_properties: bool,
    /// Clear the description
    #[arg(long)]
    pub description: bool,
    /// A tag to remove; repeat for more
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Remove every tag
    #[arg(long)]
    pub all_tags: bool,
}

/// `oscope console ...`
#[derive(Debug, Subcommand)]
pub enum ConsoleCommand {
    /// A server's console log
    #[command(subcommand)]
    Log(ConsoleLogCommand),
    /// A server's remote console URL
    #[command(subcommand)]
    Url(ConsoleUrlCommand),
}

/// `oscope console url ...`
#[derive(Debug, Subcommand)]
pub enum ConsoleUrlCommand {
    /// Show server's remote console URL
    Show(ConsoleUrlShow),
}

/// `oscope console url show`: the console type as python-openstackclient
/// names it (`--novnc`, the default, ... `--mks`).
#[derive(Debug, Args)]
#[group(id = "url_type", multiple = false)]
pub struct ConsoleUrlShow {
    /// Server to show URL (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Show noVNC console URL (default)
    #[arg(long, group = "url_type")]
    pub novnc: bool,
    /// Show xvpvnc console URL
    #[arg(long, group = "url_type")]
    pub xvpvnc: bool,
    /// Show SPICE console URL
    #[arg(long, group = "url_type")]
    pub spice: bool,
    /// Show SPICE direct protocol native console URL
    #[arg(long, group = "url_type")]
    pub spice_direct: bool,
    /// Show RDP console URL
    #[arg(long, group = "url_type")]
    pub rdp: bool,
    /// Show serial console URL
    #[arg(long, group = "url_type")]
    pub serial: bool,
    /// Show WebMKS console URL
    #[arg(long, group = "url_type")]
    pub mks: bool,
    #[command(flatten)]
    pub format: super::ShowFormat,
}

impl ConsoleUrlShow {
    /// Nova's (protocol, type) of the console asked for.
    pub fn console(&self) -> (&'static str, &'static str) {
        let asked = [
            (self.xvpvnc, ("vnc", "xvpvnc")),
            (self.spice, ("spice", "spice-html5")),
            (self.spice_direct, ("spice", "spice-direct")),
            (self.rdp, ("rdp", "rdp-html5")),
            (self.serial, ("serial", "serial")),
            (self.mks, ("mks", "webmks")),
        ];
        asked
            .into_iter()
            .find(|(on, _)| *on)
            .map_or(("vnc", "novnc"), |(_, console)| console)
    }
}

/// `oscope console log ...`
#[derive(Debug, Subcommand)]
pub enum ConsoleLogCommand {
    /// Show server's console output
    Show(ConsoleLogShow),
}

/// `oscope console log show`
#[derive(Debug, Args)]
pub struct ConsoleLogShow {
    /// Server to show console log (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Number of lines to display from the end of the log (default=all)
    #[arg(long, value_name = "NUM_LINES")]
    pub lines: Option<u64>,
}

/// `oscope hypervisor ...`
#[derive(Debug, Subcommand)]
pub enum HypervisorCommand {
    /// List hypervisors (admin only)
    List(ListArgs),
    /// Display hypervisor details (admin only)
    Show(HypervisorShow),
}

/// `oscope hypervisor show`
#[derive(Debug, Args)]
pub struct HypervisorShow {
    /// Hypervisor to display (name or ID)
    #[arg(value_name = "HYPERVISOR")]
    pub hypervisor: String,
    #[command(flatten)]
    pub format: super::ShowFormat,
}

/// `oscope usage ...`
#[derive(Debug, Subcommand)]
pub enum UsageCommand {
    /// List resource usage per project
    List(UsageList),
    /// Show resource usage for a single project
    Show(UsageShow),
}

/// The period of `usage list|show`.
#[derive(Debug, Args)]
pub struct UsagePeriod {
    /// Usage range start date, ex 2012-01-20 (default: 4 weeks ago)
    #[arg(long, value_name = "START")]
    pub start: Option<String>,
    /// Usage range end date, ex 2012-01-20 (default: tomorrow)
    #[arg(long, value_name = "END")]
    pub end: Option<String>,
}

/// `oscope usage list`
#[derive(Debug, Args)]
pub struct UsageList {
    #[command(flatten)]
    pub period: UsagePeriod,
    #[command(flatten)]
    pub list: ListArgs,
}

/// `oscope usage show`
#[derive(Debug, Args)]
pub struct UsageShow {
    /// Name or ID of project to show usage for (default: the token's)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    #[command(flatten)]
    pub period: UsagePeriod,
    #[command(flatten)]
    pub format: super::ShowFormat,
}

/// `oscope compute ...`
#[derive(Debug, Subcommand)]
pub enum ComputeCommand {
    /// Compute services
    #[command(subcommand)]
    Service(ComputeServiceCommand),
}

/// `oscope compute service ...`
#[derive(Debug, Subcommand)]
pub enum ComputeServiceCommand {
    /// List compute services (admin only)
    List(ServiceList),
    /// Enable, disable, force down or up a compute service (admin only)
    Set(ComputeServiceSet),
    /// Delete compute service(s) (admin only)
    Delete(ComputeServiceDelete),
}

/// `oscope compute service set`
#[derive(Debug, Args)]
pub struct ComputeServiceSet {
    /// Name of host
    #[arg(value_name = "HOST")]
    pub host: String,
    /// Name of service (binary name), e.g. nova-compute
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Enable service
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable service
    #[arg(long)]
    pub disable: bool,
    /// Reason for disabling the service (with --disable)
    #[arg(long, value_name = "REASON")]
    pub disable_reason: Option<String>,
    /// Force up service
    #[arg(long, conflicts_with = "down")]
    pub up: bool,
    /// Force down service
    #[arg(long)]
    pub down: bool,
}

/// `oscope compute service delete`
#[derive(Debug, Args)]
pub struct ComputeServiceDelete {
    /// Compute service(s) to delete (ID only)
    #[arg(value_name = "SERVICE", required = true)]
    pub services: Vec<String>,
}

/// `oscope compute service list`, `oscope volume service list`
#[derive(Debug, Args)]
pub struct ServiceList {
    #[command(flatten)]
    pub list: ListArgs,
    /// List services on this host (name only)
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// List only this service (binary name), e.g. nova-compute or
    /// cinder-volume
    #[arg(long, value_name = "SERVICE")]
    pub service: Option<String>,
}

/// `oscope availability ...`
#[derive(Debug, Subcommand)]
pub enum AvailabilityCommand {
    /// Availability zones
    #[command(subcommand)]
    Zone(ZoneCommand),
}

/// `oscope availability zone ...`
#[derive(Debug, Subcommand)]
pub enum ZoneCommand {
    /// List availability zones and their status
    List(ZoneList),
}

/// `oscope availability zone list`
#[derive(Debug, Args)]
pub struct ZoneList {
    #[command(flatten)]
    pub list: ListArgs,
    /// List compute availability zones
    #[arg(long)]
    pub compute: bool,
    /// List network availability zones
    #[arg(long)]
    pub network: bool,
    /// List block storage availability zones
    #[arg(long)]
    pub volume: bool,
}
