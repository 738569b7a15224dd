//! The subcommands and flags that move, remake and image servers
//! (`server resize|migrate|migration|rebuild|evacuate|image|backup|dump`),
//! as python-openstackclient names them.

use clap::{Args, Subcommand};

use super::{ListArgs, ServerOne, Servers, ShowFormat};

/// `oscope server resize`: `--flavor`, or a phase named by subcommand
/// (`server resize confirm`) or by python-openstackclient's deprecated
/// `--confirm` / `--revert`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ServerResize {
    #[command(subcommand)]
    pub phase: Option<ResizePhase>,
    /// Server (name or ID)
    #[arg(value_name = "SERVER", required = true)]
    pub server: Option<String>,
    /// Resize server to specified flavor
    #[arg(long, value_name = "FLAVOR", required_unless_present_any = ["confirm", "revert"],
          conflicts_with_all = ["confirm", "revert"])]
    pub flavor: Option<String>,
    /// Deprecated: use `server resize confirm`
    #[arg(long, conflicts_with = "revert")]
    pub confirm: bool,
    /// Deprecated: use `server resize revert`
    #[arg(long)]
    pub revert: bool,
    /// Wait for resize to complete
    #[arg(long)]
    pub wait: bool,
}

/// `server resize|migrate|migration confirm|revert`
#[derive(Debug, Subcommand)]
pub enum ResizePhase {
    /// Confirm server resize: release the old server
    Confirm(ServerOne),
    /// Revert server resize: release the new server, restart the old one
    Revert(ServerOne),
}

/// `oscope server migrate`: cold, or live with `--live-migration`.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ServerMigrate {
    #[command(subcommand)]
    pub phase: Option<ResizePhase>,
    /// Server (name or ID)
    #[arg(value_name = "SERVER", required = true)]
    pub server: Option<String>,
    /// Live migrate the server; use --host to name a target host, which the
    /// scheduler validates
    #[arg(long)]
    pub live_migration: bool,
    /// Migrate the server to this host
    #[arg(long, value_name = "HOSTNAME")]
    pub host: Option<String>,
    /// Perform a shared live migration (the default is auto)
    #[arg(long, conflicts_with = "block_migration")]
    pub shared_migration: bool,
    /// Perform a block live migration (the default is auto)
    #[arg(long)]
    pub block_migration: bool,
    /// Allow disk over-commit on the destination host (compute 2.24 and
    /// older only; ignored, with a warning, as python-openstackclient)
    #[arg(long, conflicts_with = "no_disk_overcommit")]
    pub disk_overcommit: bool,
    /// Do not over-commit disk on the destination host (the default)
    #[arg(long)]
    pub no_disk_overcommit: bool,
    /// Wait for migrate to complete
    #[arg(long)]
    pub wait: bool,
}

/// `oscope server migration ...`
#[derive(Debug, Subcommand)]
pub enum ServerMigrationCommand {
    /// List server migrations (admin only)
    List(Box<ServerMigrationList>),
    /// Confirm server migration: release the old server
    Confirm(ServerOne),
    /// Revert server migration: release the new server, restart the old one
    Revert(ServerOne),
}

/// `oscope server migration list`
#[derive(Debug, Args)]
pub struct ServerMigrationList {
    #[command(flatten)]
    pub list: ListArgs,
    /// Filter migrations by server (name or ID)
    #[arg(long, value_name = "SERVER")]
    pub server: Option<String>,
    /// Filter migrations by source or destination host
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// Filter migrations by status
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Filter migrations by type
    #[arg(long = "type", value_name = "TYPE",
          value_parser = ["evacuation", "live-migration", "cold-migration", "resize"])]
    pub kind: Option<String>,
    /// The migration to start after (UUID; one site only)
    #[arg(long, value_name = "MARKER")]
    pub marker: Option<String>,
    /// The most migrations each site returns
    #[arg(long, value_name = "LIMIT")]
    pub limit: Option<usize>,
    /// Only migrations changed at or after this time (ISO 8601)
    #[arg(long, value_name = "CHANGES_SINCE")]
    pub changes_since: Option<String>,
    /// Only migrations changed at or before this time (ISO 8601)
    #[arg(long, value_name = "CHANGES_BEFORE")]
    pub changes_before: Option<String>,
    /// Filter migrations by project (name or ID)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Filter migrations by user (name or ID)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
}

/// `oscope server rebuild`
#[derive(Debug, Args)]
pub struct ServerRebuild {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Recreate server from this image (name or ID; default: its own)
    #[arg(long, value_name = "IMAGE")]
    pub image: Option<String>,
    /// Set the new name of the rebuilt server
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Set the password on the rebuilt server
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Set a property on the rebuilt server; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Set a new description on the rebuilt server
    #[arg(long, value_name = "DESCRIPTION")]
    pub description: Option<String>,
    /// Preserve the default ephemeral storage partition on rebuild
    #[arg(long, conflicts_with = "no_preserve_ephemeral")]
    pub preserve_ephemeral: bool,
    /// Do not preserve the default ephemeral storage partition on rebuild
    #[arg(long)]
    pub no_preserve_ephemeral: bool,
    /// Set the key name of key pair on the rebuilt server
    #[arg(long, value_name = "KEY_NAME", conflicts_with = "no_key_name")]
    pub key_name: Option<String>,
    /// Unset the key name of key pair on the rebuilt server
    #[arg(long)]
    pub no_key_name: bool,
    /// Wait for rebuild to complete
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope server evacuate`
#[derive(Debug, Args)]
pub struct ServerEvacuate {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Wait for evacuation to complete
    #[arg(long)]
    pub wait: bool,
    /// The preferred host to rebuild the server on (the scheduler
    /// validates it)
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// Set the password on the evacuated instance
    #[arg(long, value_name = "PASSWORD")]
    pub password: Option<String>,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope server image ...`
#[derive(Debug, Subcommand)]
pub enum ServerImageCommand {
    /// Create a new server disk image from an existing server
    Create(ServerImageCreate),
}

/// `oscope server image create`
#[derive(Debug, Args)]
pub struct ServerImageCreate {
    /// Server to create image (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Name of new disk image (default: server name)
    #[arg(long, value_name = "IMAGE_NAME")]
    pub name: Option<String>,
    /// A property of the image; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Wait for operation to complete
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope server backup ...`
#[derive(Debug, Subcommand)]
pub enum ServerBackupCommand {
    /// Create a server backup image
    Create(ServerBackupCreate),
}

/// `oscope server backup create`
#[derive(Debug, Args)]
pub struct ServerBackupCreate {
    /// Server to back up (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Name of the backup image (default: server name)
    #[arg(long, value_name = "IMAGE_NAME")]
    pub name: Option<String>,
    /// Used to populate the backup_type property of the backup image
    /// (default: empty)
    #[arg(long = "type", value_name = "BACKUP_TYPE")]
    pub kind: Option<String>,
    /// Number of backups to keep (default: 1)
    #[arg(long, value_name = "COUNT")]
    pub rotate: Option<u32>,
    /// Wait for backup image create to complete
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope server dump ...`
#[derive(Debug, Subcommand)]
pub enum ServerDumpCommand {
    /// Create a dump file in server(s): a crash dump, through an NMI
    Create(Servers),
}
