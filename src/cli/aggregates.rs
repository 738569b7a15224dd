//! `aggregate ...`: Nova's host aggregates, as python-openstackclient
//! names their subcommands and flags.

use clap::{Args, Subcommand};

use super::{CreateOptions, DeleteArgs, ListArgs, ShowArgs, ShowFormat};

/// `oscope aggregate ...`
#[derive(Debug, Subcommand)]
pub enum AggregateCommand {
    /// List aggregates (admin only)
    List(AggregateList),
    /// Display aggregate details
    Show(ShowArgs),
    /// Create a new aggregate at every site of the compute scope
    Create(AggregateCreate),
    /// Set aggregate properties
    Set(AggregateSet),
    /// Unset aggregate properties
    Unset(AggregateUnset),
    /// Delete existing aggregate(s)
    Delete(DeleteArgs),
    /// Add a host to an aggregate
    #[command(subcommand)]
    Add(AggregateHostCommand),
    /// Remove a host from an aggregate
    #[command(subcommand)]
    Remove(AggregateHostCommand),
}

/// `aggregate add|remove host`
#[derive(Debug, Subcommand)]
pub enum AggregateHostCommand {
    /// A host of the aggregate
    Host(AggregateHost),
}

/// `oscope aggregate list`: python-openstackclient filters client-side,
/// as Nova takes no filter.
#[derive(Debug, Args)]
pub struct AggregateList {
    #[command(flatten)]
    pub list: ListArgs,
    /// Only aggregates in this availability zone
    #[arg(long, value_name = "AVAILABILITY_ZONE")]
    pub availability_zone: Option<String>,
    /// Only aggregates with this host
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
}

/// `oscope aggregate create`
#[derive(Debug, Args)]
pub struct AggregateCreate {
    /// New aggregate name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Availability zone name
    #[arg(long, value_name = "AVAILABILITY_ZONE")]
    pub zone: Option<String>,
    /// A property of the aggregate; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    #[command(flatten)]
    pub create: CreateOptions,
}

/// `oscope aggregate set`
#[derive(Debug, Args)]
pub struct AggregateSet {
    /// Aggregate to modify (name or ID)
    #[arg(value_name = "AGGREGATE")]
    pub aggregate: String,
    /// Set aggregate name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Set availability zone name
    #[arg(long, value_name = "AVAILABILITY_ZONE")]
    pub zone: Option<String>,
    /// A property to set; repeat for more
    #[arg(long, value_name = "KEY=VALUE")]
    pub property: Vec<String>,
    /// Remove all properties (with --property: replace them)
    #[arg(long)]
    pub no_property: bool,
}

/// `oscope aggregate unset`
#[derive(Debug, Args)]
pub struct AggregateUnset {
    /// Aggregate to modify (name or ID)
    #[arg(value_name = "AGGREGATE")]
    pub aggregate: String,
    /// A property to remove; repeat for more
    #[arg(long, value_name = "KEY")]
    pub property: Vec<String>,
}

/// `oscope aggregate add|remove host`
#[derive(Debug, Args)]
pub struct AggregateHost {
    /// Aggregate (name or ID)
    #[arg(value_name = "AGGREGATE")]
    pub aggregate: String,
    /// Host to add to or remove from the aggregate
    #[arg(value_name = "HOST")]
    pub host: String,
    #[command(flatten)]
    pub format: ShowFormat,
}
