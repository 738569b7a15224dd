//! What each command does with the plan: the glue from parsed arguments to
//! output.
//!
//! A command gets the [`Setup`] the command line resolved to, asks it for
//! the plan of a service and a router over the plan's sites, says what to
//! do at one site and how to show the rows. It never decides which site a
//! request goes to: that is `route`'s.

mod aggregates;
mod api;
mod appcreds;
mod attach;
mod boot;
mod capacity;
mod check;
mod create;
mod creation;
mod explain;
mod flavors;
mod hypervisors;
mod identity;
mod image_data;
mod images;
mod ipplan;
mod keygen;
mod limits;
mod moves;
mod network;
mod quotas;
mod resource;
mod roles;
mod servers;
mod services;
mod snapshots;
mod usage;
mod volume_backups;
mod volume_qos;
mod volume_types;
mod volumes;
mod zones;

use std::io::Write;

use crate::cli::{
    AccessCommand, AddressCommand, ApplicationCommand, AvailabilityCommand, Cli, Command,
    ComputeCommand, ComputeServiceCommand, ConsoleCommand, ConsoleLogCommand, ConsoleUrlCommand,
    FloatingCommand, HypervisorCommand, ImpliedCommand, LimitCommand, LimitsCommand, LocalCommand,
    RegisteredCommand, RegisteredLimitCommand, RemoteCommand, ScopeCommand, SecurityCommand,
    UsageCommand, ZoneCommand,
};
use crate::config::Environment;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, ListOptions, Listing, OutputError, Record, ShowOptions};
use crate::resources;
use crate::setup::Setup;

/// Runs one parsed command line in `process`, writing results to `out`.
pub async fn run(
    cli: Cli,
    process: &crate::setup::Process,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let command = match &cli.command {
        Command::Local(LocalCommand::Scope(ScopeCommand::Check(args))) => {
            return check::check(&cli, args, out);
        }
        Command::Local(LocalCommand::Completion(args)) => {
            out.write_all(crate::docs::completion(args.shell, crate::sys::name()).as_bytes())?;
            return Ok(ExitStatus::Success);
        }
        Command::Remote(command) => command,
    };
    let setup = Setup::resolve(&cli, &Environment::from_process(), process)?;
    let status = if !setup.explain {
        dispatch(&setup, command, out).await
    } else {
        // The command's own output gives way to the explanation.
        dispatch(&setup, command, &mut std::io::sink())
            .await
            .and_then(|status| explain::write(&setup, out).map(|()| status))
    };
    setup.save_tokens();
    status
}

/// The command's own code.
async fn dispatch(
    setup: &Setup,
    command: &RemoteCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    use RemoteCommand as C;
    match command {
        C::Token(command) => identity::token(setup, command, out).await,
        C::Catalog(command) => identity::catalog(setup, command, out).await,
        C::Endpoint(command) => identity::endpoint(setup, command, out).await,
        C::Site(command) => identity::site(setup, command, out).await,
        C::Api(args) => api::api(setup, args, out).await,
        C::Quota(command) => quotas::quota(setup, command, out).await,
        C::Limits(LimitsCommand::Show(args)) => limits::limits(setup, args, out).await,
        C::Server(command) => create::server(setup, command, out).await,
        C::Flavor(command) => flavors::flavor(setup, command, out).await,
        C::Image(command) => images::image(setup, command, out).await,
        C::Network(command) => network::network(setup, command, out).await,
        C::Subnet(command) => network::subnet(setup, command, out).await,
        C::Port(command) => network::port(setup, command, out).await,
        C::Router(command) => network::router(setup, command, out).await,
        C::Address(AddressCommand::Scope(command)) => {
            network::address_scope(setup, command, out).await
        }
        C::Floating(FloatingCommand::Ip(command)) => {
            network::floating_ip(setup, command, out).await
        }
        C::Security(SecurityCommand::Group(command)) => {
            network::security_group(setup, command, out).await
        }
        C::Volume(command) => create::volume(setup, command, out).await,
        C::User(command) => create::user(setup, command, out).await,
        C::Project(command) => create::project(setup, command, out).await,
        C::Role(command) => roles::role(setup, command, out).await,
        C::Domain(command) => roles::domain(setup, command, out).await,
        C::Region(command) => identity::region(setup, command, out).await,
        C::Application(ApplicationCommand::Credential(command)) => {
            appcreds::application_credential(setup, command, out).await
        }
        C::Access(AccessCommand::Rule(command)) => appcreds::access_rule(setup, command, out).await,
        C::Credential(command) => appcreds::credential(setup, command, out).await,
        C::Limit(LimitCommand::List(a)) => appcreds::limits(setup, false, a, out).await,
        C::Registered(RegisteredCommand::Limit(RegisteredLimitCommand::List(a))) => {
            appcreds::limits(setup, true, a, out).await
        }
        C::Service(command) => identity::service(setup, command, out).await,
        C::Implied(ImpliedCommand::Role(command)) => roles::implied(setup, command, out).await,
        C::Group(command) => roles::group(setup, command, out).await,
        C::Keypair(command) => create::keypair(setup, command, out).await,
        C::Console(ConsoleCommand::Log(ConsoleLogCommand::Show(a))) => {
            servers::console_log(setup, a, out).await
        }
        C::Console(ConsoleCommand::Url(ConsoleUrlCommand::Show(a))) => {
            servers::console_url(setup, a, out).await
        }
        C::Availability(AvailabilityCommand::Zone(ZoneCommand::List(a))) => {
            zones::list(setup, a, out).await
        }
        C::Hypervisor(HypervisorCommand::List(a)) => {
            resource::list(setup, &resources::HYPERVISOR, a, out).await
        }
        C::Hypervisor(HypervisorCommand::Show(a)) => hypervisors::show(setup, a, out).await,
        C::Compute(ComputeCommand::Service(ComputeServiceCommand::List(a))) => {
            let mut filters = resource::Filters::default();
            filters.given(&[("host", &a.host), ("binary", &a.service)]);
            let r = &resources::COMPUTE_SERVICE;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        C::Aggregate(command) => aggregates::aggregate(setup, command, out).await,
        C::Usage(UsageCommand::List(a)) => usage::list(setup, a, out).await,
        C::Usage(UsageCommand::Show(a)) => usage::show(setup, a, out).await,
        C::Compute(ComputeCommand::Service(ComputeServiceCommand::Set(a))) => {
            services::set(setup, a).await
        }
        C::Compute(ComputeCommand::Service(ComputeServiceCommand::Delete(a))) => {
            services::delete(setup, a).await
        }
    }
}

/// Writes a list of site-tagged rows, with a `Site` column first when the
/// plan has more than one site (and none with one, so that one site's
/// output is OSC's).
pub fn write_list(
    out: &mut (dyn Write + Send),
    mut listing: Listing,
    rows: Vec<(String, Vec<Cell>)>,
    multi_site: bool,
    options: &ListOptions,
) -> Result<(), Error> {
    listing.rows.extend(rows.into_iter().map(|(site, mut row)| {
        if multi_site {
            row.insert(0, Cell::new(site));
        }
        row
    }));
    write_listing(out, listing, multi_site, options)
}

/// [`write_list`] for a listing whose rows already have their Site cell
/// first when there are several sites; the `Site` column is added here.
pub fn write_listing(
    out: &mut (dyn Write + Send),
    mut listing: Listing,
    multi_site: bool,
    options: &ListOptions,
) -> Result<(), Error> {
    if multi_site {
        listing.columns.insert(0, "Site".into());
    }
    let mut options = options.clone();
    keep_site_column(&mut options.columns, multi_site);
    listing.write(out, &options).map_err(output_error)
}

/// Adds `Site` to the `-c` columns asked for, if any, when there are
/// several sites: rows of several sites mean little without their site.
fn keep_site_column(columns: &mut Vec<String>, multi_site: bool) {
    if multi_site && !columns.is_empty() && !columns.iter().any(|c| c.eq_ignore_ascii_case("site"))
    {
        columns.push("Site".into());
    }
}

/// Writes one record per site that answered: as OSC shows one resource when
/// there is one site; with more, each gains a `Site` field, and JSON and
/// YAML print a list of them.
pub fn write_records(
    out: &mut (dyn Write + Send),
    records: Vec<(String, Record)>,
    multi_site: bool,
    options: &ShowOptions,
) -> Result<(), Error> {
    use crate::output::ShowFormat as F;
    let records: Vec<Record> = records
        .into_iter()
        .map(|(site, mut record)| {
            if multi_site {
                record.fields.insert(0, ("Site".into(), Cell::new(site)));
            }
            record
        })
        .collect();
    let mut options = options.clone();
    keep_site_column(&mut options.columns, multi_site);
    let options = &options;
    match (options.format, multi_site) {
        (F::Json | F::Yaml, true) => {
            let mut combined = Vec::new();
            for record in &records {
                let mut buf = Vec::new();
                record
                    .write(
                        &mut buf,
                        &ShowOptions {
                            format: F::Json,
                            noindent: true,
                            ..options.clone()
                        },
                    )
                    .map_err(output_error)?;
                combined
                    .push(serde_json::from_slice::<serde_json::Value>(&buf).unwrap_or_default());
            }
            let value = serde_json::Value::Array(combined);
            if options.format == F::Json {
                writeln!(
                    out,
                    "{}",
                    crate::output::python_json(&value, !options.noindent)
                )?;
            } else {
                write!(out, "{}", crate::output::python_yaml(&value))?;
            }
        }
        _ => {
            for record in &records {
                record.write(out, options).map_err(output_error)?;
            }
        }
    }
    Ok(())
}

/// One record per site of what the sites made or took.
pub fn write_made(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    r: &crate::resources::Resource,
    made: Vec<(String, serde_json::Value)>,
    format: &crate::cli::ShowFormat,
) -> Result<(), Error> {
    let multi_site = setup.plan(r.service)?.sites().len() > 1;
    let records = made
        .into_iter()
        .map(|(site, item)| (site, r.record(&item)))
        .collect();
    write_records(out, records, multi_site, &setup.show_options(format))
}

pub(super) fn output_error(e: OutputError) -> Error {
    match e {
        OutputError::Io(io) => Error::Output(io),
        OutputError::Columns(c) => Error::Usage(c.to_string()),
    }
}

/// `--atomic` for a change made by one Keystone request per site: at each
/// site where it was made (site → path), the opposite `method` on that
/// path, and a line on stderr for each.
pub(crate) async fn undo_identity(
    router: &crate::route::Router,
    made: std::collections::HashMap<&str, &str>,
    method: reqwest::Method,
) {
    use crate::scope::{Plan, ServiceType};
    use crate::site::{Body, Call};
    if made.is_empty() {
        return;
    }
    let sites = Plan::All(made.keys().map(|s| Plan::Site(s.to_string())).collect());
    let (made, method) = (&made, &method);
    let undone = router
        .run(
            &sites,
            crate::route::Operation::Mutate,
            |session| async move {
                let path = made[session.name()].to_string();
                let call = Call::new(ServiceType::Identity, method.clone(), path, Body::Empty);
                session.call(&call).await?;
                Ok(())
            },
        )
        .await;
    for o in undone {
        match o.result {
            Ok(()) => crate::sys::tell!("{}: rolled back", o.site),
            Err(_) => crate::sys::tell!("{}: left behind: the undo failed", o.site),
        }
    }
}
