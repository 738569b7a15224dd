//! What each command does with the plan: the glue from parsed arguments to
//! output.
//!
//! [`Context`] turns the command line into a plan per service and a
//! [`Router`] over the plan's sites; commands say what to do at one site
//! and how to show the rows. They never decide which site a request goes
//! to: that is `route`'s.

mod api;
mod boot;
mod check;
mod create;
mod explain;
mod identity;
mod images;
mod ipplan;
mod limits;
mod resource;

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::Duration;

use crate::cli::{
    Cli, Command, LimitsCommand, ListFormat, LocalCommand, QuotaCommand, RemoteCommand,
    ScopeCommand, ShowFormat,
};
use crate::config::{Config, Environment, Overrides};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, ListOptions, Listing, OutputError, Record, ShowOptions, TableWidth};
use crate::resources::Resource;
use crate::route::{Change, Outcome, RouteCache, Router};
use crate::scope::{self, Defaults, Plan, Resolved, ScopeError, ServiceType};
use crate::site::{Options as SessionOptions, Reuse, Sessions, Stopped, TokenCache};

/// Runs one parsed command line, writing results to `out`.
pub async fn run(cli: Cli, out: &mut (dyn Write + Send)) -> Result<ExitStatus, Error> {
    let command = match &cli.command {
        Command::Local(LocalCommand::Scope(ScopeCommand::Check(args))) => {
            return check::check(&cli, args, out);
        }
        Command::Local(LocalCommand::Completion(args)) => {
            out.write_all(crate::docs::completion(args.shell).as_bytes())?;
            return Ok(ExitStatus::Success);
        }
        Command::Remote(command) => command,
    };
    let ctx = Context::new(&cli)?;
    let status = if !cli.run.explain {
        dispatch(&ctx, command, out).await
    } else {
        // The command's own output gives way to the explanation.
        dispatch(&ctx, command, &mut std::io::sink())
            .await
            .and_then(|status| explain::write(&ctx, out).map(|()| status))
    };
    // Tokens are written once, whatever became of the command.
    ctx.finish();
    status
}

/// The command's own code.
async fn dispatch(
    ctx: &Context<'_>,
    command: &RemoteCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    use RemoteCommand as C;
    match command {
        C::Token(command) => identity::token(ctx, command, out).await,
        C::Catalog(command) => identity::catalog(ctx, command, out).await,
        C::Endpoint(command) => identity::endpoint(ctx, command, out).await,
        C::Site(command) => identity::site(ctx, command, out).await,
        C::Api(args) => api::api(ctx, args, out).await,
        C::Quota(QuotaCommand::Show(args)) => limits::quota(ctx, args, out).await,
        C::Limits(LimitsCommand::Show(args)) => limits::limits(ctx, args, out).await,
        C::Server(command) => create::server(ctx, command, out).await,
        C::Flavor(command) => create::flavor(ctx, command, out).await,
        C::Image(command) => create::image(ctx, command, out).await,
        C::Network(command) => create::network(ctx, command, out).await,
        C::Subnet(command) => create::subnet(ctx, command, out).await,
        C::Volume(command) => create::volume(ctx, command, out).await,
        C::User(command) => create::user(ctx, command, out).await,
        C::Project(command) => create::project(ctx, command, out).await,
        C::Keypair(command) => create::keypair(ctx, command, out).await,
    }
}

/// Everything a command needs before it sends anything: the configuration,
/// the resolved scope, and how to reach sites.
pub struct Context<'a> {
    pub cli: &'a Cli,
    pub env: Environment,
    pub config: Config,
    pub overrides: Overrides,
    pub current: Option<String>,
    pub resolved: Resolved,
    sessions: Arc<Sessions>,
    routes: Option<Arc<RouteCache>>,
    /// `--max-concurrency`, capped by what the descriptor limit holds.
    concurrency: usize,
    /// The services whose plans the command asked for, in that order: what
    /// `--explain` shows.
    used: std::sync::Mutex<Vec<ServiceType>>,
}

impl<'a> Context<'a> {
    /// Reads the configuration and resolves the scope: every usage error
    /// (bad scope, unknown site) surfaces here, before any request.
    pub fn new(cli: &'a Cli) -> Result<Context<'a>, Error> {
        let env = Environment::from_process();
        // An empty variable counts: it clears the key for the current cloud.
        let mut overrides = Overrides::from_env(|name| env.vars.get(name).map(String::as_str));
        for (key, value) in &cli.auth.values {
            overrides.set(key, Some(value));
        }
        if cli.run.insecure {
            overrides.set("verify", Some("false"));
            eprintln!("oscope: warning: TLS certificates are not verified (--insecure)");
        }
        let mut config = Config::load(&env)?;
        config.add_environment_cloud(&overrides);
        let current = config.current_cloud(cli.os_cloud.as_deref(), &env);
        let (scope, defaults) = scope_inputs(cli.os_scope.as_deref(), current.clone(), &env)?;
        let resolved = scope::resolve(scope.as_ref(), &defaults, &config.directory())?;
        let no_cache =
            cli.run.no_token_cache || env.var("OSCOPE_NO_TOKEN_CACHE").is_some_and(|v| v != "0");
        let cache_dir = TokenCache::default_dir(env.var("XDG_CACHE_HOME"), env.home.as_deref());
        let cache = if no_cache {
            None
        } else {
            cache_dir.clone().map(TokenCache::new)
        };
        let no_routes =
            cli.run.no_route_cache || env.var("OSCOPE_NO_ROUTE_CACHE").is_some_and(|v| v != "0");
        let routes = cache_dir
            .as_deref()
            .and_then(std::path::Path::parent)
            .filter(|_| !no_routes)
            .map(|dir| Arc::new(RouteCache::new(dir)));
        let planned: std::collections::HashSet<&str> = resolved
            .services
            .values()
            .chain(&resolved.default)
            .flat_map(|b| b.plan.sites())
            .collect();
        // A site in flight holds up to two connections (a server list reads
        // images beside servers) and a cache file: stay within the limit.
        let limit = crate::sys::descriptor_limit();
        let fits = limit.map_or(usize::MAX, |l| (l.saturating_sub(64) / 3) as usize);
        let concurrency = cli.run.max_concurrency.min(fits).max(1);
        let options = SessionOptions {
            debug: cli.run.debug,
            explain: cli.run.explain,
            reuse: Reuse::for_command(planned.len(), concurrency, limit),
        };
        let sessions = Arc::new(Sessions::new(cache, options));
        Ok(Context {
            cli,
            env,
            config,
            overrides,
            current,
            resolved,
            sessions,
            routes,
            concurrency,
            used: Default::default(),
        })
    }

    /// The plan for a service, or a usage error saying how to give one.
    pub fn plan(&self, service: ServiceType) -> Result<&Plan, Error> {
        let mut used = self.used.lock().expect("used lock");
        if !used.contains(&service) {
            used.push(service);
        }
        self.resolved.for_service(service).map(|b| &b.plan).ok_or_else(|| {
            Error::Usage(format!(
                "no site for {service}: give --os-scope or --os-cloud (or OS_SCOPE, {} or OS_CLOUD)",
                service.env_var()
            ))
        })
    }

    /// The site where the routing cache last saw the resource with this
    /// ID, if any.
    pub fn route_of(&self, name_or_id: &str) -> Option<String> {
        self.routes.as_ref()?.site_of(name_or_id)
    }

    /// Tells the routing cache what the command saw. A cache that cannot
    /// be written costs nothing but a `--debug` line.
    pub fn remember(&self, changes: impl IntoIterator<Item = Change>) {
        let Some(routes) = &self.routes else {
            return;
        };
        if let Err(e) = routes.apply(changes)
            && self.cli.run.debug
        {
            eprintln!(
                "oscope: debug: cannot write the routing cache {}: {e}",
                routes.path().display()
            );
        }
    }

    /// Writes the tokens the command obtained, once its requests are done.
    fn finish(&self) {
        self.sessions.save_tokens();
    }

    /// Remembers where look-ups found their resource.
    pub fn remember_found(&self, resource: &Resource, outcomes: &[Outcome<serde_json::Value>]) {
        self.remember(outcomes.iter().filter_map(|o| {
            let item = o.result.as_ref().ok()?;
            Some(Change::Seen {
                id: resource.id_of(item).into(),
                site: o.site.as_str().into(),
            })
        }));
    }

    /// The services the command used, with their bindings.
    pub fn used(&self) -> Vec<ServiceType> {
        self.used.lock().expect("used lock").clone()
    }

    /// The transcript `--explain` prints, when it is on.
    pub fn transcript(&self) -> Option<std::sync::MutexGuard<'_, crate::site::Transcript>> {
        self.sessions
            .transcript
            .as_ref()
            .map(|t| t.lock().expect("transcript lock"))
    }

    /// A router over the sites of `plans`, with this command's limits.
    pub fn router<'p>(&self, plans: impl IntoIterator<Item = &'p Plan>) -> Router {
        let mut sessions = HashMap::new();
        for plan in plans {
            for site in plan.sites() {
                sessions.entry(site.to_string()).or_insert_with(|| {
                    let config = self
                        .config
                        .site(site, self.current.as_deref(), &self.overrides)
                        .map_err(|e| {
                            crate::site::SiteError::new(
                                crate::site::FailureClass::Config,
                                e.to_string(),
                            )
                        })?;
                    self.sessions.session(config).map(Arc::new)
                });
            }
        }
        let deadline = Duration::from_secs_f64(self.cli.run.timeout.max(0.001));
        Router::new(sessions, self.concurrency, deadline)
    }

    /// The widths a table may take: `--max-width`, else the terminal's when
    /// stdout is one (or `--fit-width`), as cliff decides.
    fn width(&self, max_width: usize, fit_width: bool) -> TableWidth {
        let max_width = if max_width > 0 {
            max_width
        } else {
            self.env
                .var("CLIFF_MAX_TERM_WIDTH")
                .and_then(|w| w.parse().ok())
                .unwrap_or(0)
        };
        let fit = fit_width
            || self.env.var("CLIFF_FIT_WIDTH").is_some_and(|v| v == "1")
            || std::io::stdout().is_terminal();
        TableWidth {
            max_width,
            fit_width: if fit {
                crate::sys::terminal_width()
            } else {
                None
            },
        }
    }

    pub fn list_options(&self, f: &ListFormat) -> ListOptions {
        ListOptions {
            format: f.format,
            columns: f.columns.clone(),
            sort_columns: f.sort_columns.clone(),
            descending: f.sort_descending,
            noindent: f.noindent,
            width: self.width(f.max_width, f.fit_width),
            print_empty: f.print_empty,
            quote: f.quote,
        }
    }

    pub fn show_options(&self, f: &ShowFormat) -> ShowOptions {
        ShowOptions {
            format: f.format,
            columns: f.columns.clone(),
            noindent: f.noindent,
            width: self.width(f.max_width, f.fit_width),
            prefix: f.prefix.clone(),
        }
    }

    /// A fan-out is over: `--timing`'s per-site table is printed on stderr.
    pub fn fanned_out<T>(&self, router: &Router, outcomes: &[Outcome<T>]) {
        if !self.cli.run.timing {
            return;
        }
        let listing = Listing {
            columns: vec![
                "Site".into(),
                "Requests".into(),
                "Seconds".into(),
                "Result".into(),
            ],
            rows: outcomes
                .iter()
                .map(|o| {
                    let requests = router.session(&o.site).map_or(0, |s| s.stats().requests);
                    let result = match &o.result {
                        Ok(_) => "ok".to_string(),
                        Err(Stopped::HeldBack) => "held back".to_string(),
                        Err(Stopped::Failed(e)) => e.class.to_string(),
                    };
                    vec![
                        Cell::new(o.site.as_str()),
                        Cell::new(requests),
                        Cell::formatted(
                            o.elapsed.as_secs_f64(),
                            format!("{:.3}", o.elapsed.as_secs_f64()),
                        ),
                        Cell::new(result),
                    ]
                })
                .collect(),
        };
        let _ = listing.write(&mut std::io::stderr(), &ListOptions::default());
    }
}

/// The scope's text parsed, and what it leaves to others: the
/// `OS_SCOPE_<SERVICE>` variables (read in name order, so errors are
/// stable) and the current cloud.
pub fn scope_inputs(
    text: Option<&str>,
    current_cloud: Option<String>,
    env: &Environment,
) -> Result<(Option<scope::Scope>, Defaults), Error> {
    let scope = text
        .map(scope::parse_scope)
        .transpose()
        .map_err(ScopeError::from)?;
    let mut vars: Vec<(&String, &String)> = env.vars.iter().collect();
    vars.sort();
    let env_scopes = scope::parse_env_scopes(vars).map_err(ScopeError::from)?;
    Ok((
        scope,
        Defaults {
            env: env_scopes,
            current_cloud,
        },
    ))
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

fn output_error(e: OutputError) -> Error {
    match e {
        OutputError::Io(io) => Error::Output(io),
        OutputError::Columns(c) => Error::Usage(c.to_string()),
    }
}
