//! `quota show|set|list|delete`, with python-openstackclient's flags.

use clap::{Arg, ArgAction, ArgMatches, Args, FromArgMatches, Subcommand};

use super::ListFormat;
use crate::resources::QUOTA_KEYS;
use crate::scope::ServiceType;

/// `oscope quota ...`
#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// Show a project's quotas, summed over the scope
    Show(QuotaShow),
    /// Set a project's quotas (or the defaults) at every site of the scope
    Set(QuotaSet),
    /// List the projects whose quotas are not the defaults
    List(QuotaList),
    /// Delete a project's quotas: back to the defaults
    Delete(QuotaDelete),
}

/// Which services' quotas: all by default.
#[derive(Debug, Default, Args)]
#[group(multiple = false)]
pub struct QuotaServices {
    /// All services' (the default)
    #[arg(long)]
    pub all: bool,
    /// Compute's only
    #[arg(long)]
    pub compute: bool,
    /// Block storage's only
    #[arg(long)]
    pub volume: bool,
    /// Network's only
    #[arg(long)]
    pub network: bool,
}

impl QuotaServices {
    /// The services asked for, and whether they were named.
    pub fn chosen(&self) -> (Vec<ServiceType>, bool) {
        let services = [
            (self.compute, ServiceType::Compute),
            (self.volume, ServiceType::BlockStorage),
            (self.network, ServiceType::Network),
        ];
        match services.iter().find(|(on, _)| *on) {
            Some((_, service)) => (vec![*service], true),
            None => (services.iter().map(|(_, s)| *s).collect(), false),
        }
    }
}

/// `oscope quota show`
#[derive(Debug, Args)]
pub struct QuotaShow {
    /// Project, by name or ID (default: the token's)
    #[arg(value_name = "PROJECT")]
    pub project: Option<String>,
    /// The default quotas
    #[arg(long, conflicts_with = "usage")]
    pub default: bool,
    /// What is in use and reserved as well
    #[arg(long)]
    pub usage: bool,
    #[command(flatten)]
    pub services: QuotaServices,
    /// One row per site and resource instead of sums
    #[arg(long)]
    pub per_site: bool,
    #[command(flatten)]
    pub format: ListFormat,
}

/// `oscope quota set`
#[derive(Debug, Args)]
pub struct QuotaSet {
    /// Project, by name or ID (default: the token's); with --class, the class
    #[arg(value_name = "PROJECT")]
    pub project: Option<String>,
    /// Deprecated: set the quotas of a class (compute and volume only); use --default
    #[arg(long = "class", conflicts_with = "default")]
    pub class: bool,
    /// Set the default quotas (compute and volume only)
    #[arg(long)]
    pub default: bool,
    #[command(flatten)]
    pub values: QuotaValues,
    /// Set the quotas of this volume type (volumes, gigabytes, snapshots)
    #[arg(long, value_name = "VOLUME_TYPE")]
    pub volume_type: Option<String>,
    /// Set even below what is in use (compute and network only)
    #[arg(long, conflicts_with_all = ["class", "default", "no_force"])]
    pub force: bool,
    /// Do not set below what is in use (the default)
    #[arg(long, alias = "check-limit")]
    pub no_force: bool,
    /// Divide each figure across the sites of the scope, as one quota
    /// for all of them (-1, unlimited, is not divided)
    #[arg(long, conflicts_with_all = ["class", "default"])]
    pub split: bool,
}

/// `oscope quota list`
#[derive(Debug, Args)]
pub struct QuotaList {
    #[command(flatten)]
    pub service: QuotaListService,
    #[command(flatten)]
    pub format: ListFormat,
}

/// The one service `quota list` lists.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct QuotaListService {
    /// Compute quotas
    #[arg(long)]
    pub compute: bool,
    /// Block-storage quotas
    #[arg(long)]
    pub volume: bool,
    /// Network quotas
    #[arg(long)]
    pub network: bool,
}

/// `oscope quota delete`
#[derive(Debug, Args)]
pub struct QuotaDelete {
    /// Project, by name or ID
    #[arg(value_name = "PROJECT")]
    pub project: String,
    #[command(flatten)]
    pub services: QuotaServices,
}

/// The figures of `quota set`: one flag per quota of
/// [`QUOTA_KEYS`], named as python-openstackclient names it.
#[derive(Debug, Default)]
pub struct QuotaValues {
    /// (quota, value) in the order of [`QUOTA_KEYS`].
    pub values: Vec<(&'static crate::resources::QuotaKey, i64)>,
}

impl Args for QuotaValues {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        QUOTA_KEYS.iter().fold(cmd, |cmd, quota| {
            cmd.arg(
                Arg::new(quota.key)
                    .long(quota.flag)
                    .value_name(quota.flag)
                    .help(format!("New value for the {} quota", quota.flag))
                    .action(ArgAction::Set)
                    .allow_negative_numbers(true)
                    .value_parser(clap::value_parser!(i64).range(-1..)),
            )
        })
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for QuotaValues {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let values = QUOTA_KEYS
            .iter()
            .filter_map(|q| Some((q, *matches.get_one::<i64>(q.key)?)))
            .collect();
        Ok(QuotaValues { values })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}
