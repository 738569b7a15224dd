//! `server add|remove ...`: what is attached to a server (volumes,
//! security groups, ports, floating and fixed IPs), as
//! python-openstackclient names the subcommands and flags.

use clap::{Args, Subcommand};

use super::ShowFormat;

/// `oscope server add ...`
#[derive(Debug, Subcommand)]
pub enum ServerAddCommand {
    /// Add volume to server
    Volume(ServerAddVolume),
    /// Add security group(s) to server
    #[command(subcommand)]
    Security(SecurityGroupsOf),
    /// Add port to server
    Port(ServerPort),
    /// Add floating IP address to server
    #[command(subcommand)]
    Floating(AddFloatingIpOf),
    /// Add fixed IP address to server
    #[command(subcommand)]
    Fixed(AddFixedIpOf),
}

/// `oscope server remove ...`
#[derive(Debug, Subcommand)]
pub enum ServerRemoveCommand {
    /// Remove volume from server
    Volume(ServerVolume),
    /// Remove security group(s) from server
    #[command(subcommand)]
    Security(SecurityGroupsOf),
    /// Remove port from server
    Port(ServerPort),
    /// Remove floating IP address from server
    #[command(subcommand)]
    Floating(RemoveIpOf),
    /// Remove fixed IP address from server
    #[command(subcommand)]
    Fixed(RemoveIpOf),
}

/// `server add floating ip`
#[derive(Debug, Subcommand)]
pub enum AddFloatingIpOf {
    /// Floating IP address of a server
    Ip(ServerAddFloatingIp),
}

/// `server add fixed ip`
#[derive(Debug, Subcommand)]
pub enum AddFixedIpOf {
    /// Fixed IP address of a server
    Ip(ServerAddFixedIp),
}

/// `server remove floating|fixed ip`
#[derive(Debug, Subcommand)]
pub enum RemoveIpOf {
    /// IP address of a server
    Ip(ServerIp),
}

/// `oscope server add|remove port`
#[derive(Debug, Args)]
pub struct ServerPort {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Port (name or ID), at the server's site
    #[arg(value_name = "PORT")]
    pub port: String,
    /// Tag for the attached interface (add only)
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
}

/// `oscope server add floating ip`
#[derive(Debug, Args)]
pub struct ServerAddFloatingIp {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Floating IP address (or its ID), at the server's site
    #[arg(value_name = "IP_ADDRESS")]
    pub ip_address: String,
    /// The server's fixed IP address to associate it with (default: the
    /// first port that reaches the floating IP's network)
    #[arg(long, value_name = "IP_ADDRESS")]
    pub fixed_ip_address: Option<String>,
}

/// `oscope server add fixed ip`
#[derive(Debug, Args)]
pub struct ServerAddFixedIp {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Network (name or ID), at the server's site
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// This address
    #[arg(long, value_name = "IP_ADDRESS")]
    pub fixed_ip_address: Option<String>,
    /// Tag for the attached interface
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    #[command(flatten)]
    pub format: ShowFormat,
}

/// `oscope server remove floating|fixed ip`
#[derive(Debug, Args)]
pub struct ServerIp {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// IP address, at the server's site
    #[arg(value_name = "IP_ADDRESS")]
    pub ip_address: String,
}

/// `server add|remove security group`
#[derive(Debug, Subcommand)]
pub enum SecurityGroupsOf {
    /// Security group(s) of a server
    Group(ServerSecurityGroups),
}

/// `oscope server add|remove security group`
#[derive(Debug, Args)]
pub struct ServerSecurityGroups {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Security group(s) (name or ID)
    #[arg(value_name = "SECURITY_GROUP", required = true)]
    pub groups: Vec<String>,
}

/// `oscope server remove volume`
#[derive(Debug, Args)]
pub struct ServerVolume {
    /// Server (name or ID)
    #[arg(value_name = "SERVER")]
    pub server: String,
    /// Volume (name or ID), at the server's site
    #[arg(value_name = "VOLUME")]
    pub volume: String,
}

/// `oscope server add volume`
#[derive(Debug, Args)]
pub struct ServerAddVolume {
    #[command(flatten)]
    pub target: ServerVolume,
    /// Server internal device name for volume
    #[arg(long, value_name = "DEVICE")]
    pub device: Option<String>,
    /// Tag for the attached volume
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Delete the volume when the server is destroyed
    #[arg(long, conflicts_with = "disable_delete_on_termination")]
    pub enable_delete_on_termination: bool,
    /// Keep the volume when the server is destroyed (the default)
    #[arg(long)]
    pub disable_delete_on_termination: bool,
    #[command(flatten)]
    pub format: ShowFormat,
}
