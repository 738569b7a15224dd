//! `server add|remove ...`: what is attached to a server, as
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
}

/// `oscope server remove ...`
#[derive(Debug, Subcommand)]
pub enum ServerRemoveCommand {
    /// Remove volume from server
    Volume(ServerVolume),
    /// Remove security group(s) from server
    #[command(subcommand)]
    Security(SecurityGroupsOf),
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
