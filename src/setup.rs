//! The resolution stage: the command line, the `OS_*` variables,
//! clouds.yaml, secure.yaml and oscope's own file resolved once into a
//! [`Setup`], before anything is sent. Every usage error (a bad scope, an
//! unknown site, a file that cannot be read) surfaces here. Commands get
//! the `Setup` and ask it for what they need: the plan of a service, a
//! router over its sites, the output options of their format flags.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::cli::{Cli, ListFormat, ShowFormat};
use crate::config::{Config, ConfigError, Environment, Overrides, SiteConfig};
use crate::error::Error;
use crate::output::{ListOptions, ShowOptions, TableWidth};
use crate::resources::Resource;
use crate::route::{Change, Outcome, RouteCache, Router};
use crate::scope::{self, Defaults, Directory, Plan, Resolved, ScopeError, ServiceType};
use crate::site::{
    FailureClass, Options as SessionOptions, Reuse, Sessions, SiteError, TokenCache,
};

/// What the commands of one process share: what its sessions keep (HTTP
/// clients, token caches, secrets) and the routing caches. One command per
/// process, or many in batch mode (`oscope < commands`).
#[derive(Default)]
pub struct Process {
    pub kept: crate::site::Kept,
    routes: Mutex<HashMap<std::path::PathBuf, Arc<RouteCache>>>,
}

impl Process {
    fn routes(&self, dir: &std::path::Path) -> Arc<RouteCache> {
        let mut routes = self.routes.lock().expect("routes lock");
        routes
            .entry(dir.to_path_buf())
            .or_insert_with(|| Arc::new(RouteCache::new(dir)))
            .clone()
    }
}

/// The sites as the files describe them, with the current cloud's
/// overrides (`OS_*` variables and `--os-*` flags).
pub struct Sites {
    config: Config,
    overrides: Overrides,
    current: Option<String>,
    /// The site the current cloud stands for: the cloud, or its site in
    /// the region `--os-region-name` names.
    current_site: Option<String>,
    directory: Directory,
}

impl Sites {
    fn load(cli: &Cli, env: &Environment) -> Result<Sites, Error> {
        // An empty variable counts: it clears the key for the current cloud.
        let mut overrides = Overrides::from_env(|name| env.vars.get(name).map(String::as_str));
        for (key, value) in &cli.auth.values {
            overrides.set(key, Some(value));
        }
        if cli.run.insecure {
            overrides.set("verify", Some("false"));
            crate::sys::warn(format_args!(
                "TLS certificates are not verified (--insecure)"
            ));
        }
        if cli.run.verify {
            overrides.set("verify", Some("true"));
            overrides.set("insecure", Some("false"));
        }
        let mut config = Config::load(env)?;
        for warning in &config.warnings {
            crate::sys::warn(format_args!("{warning}"));
        }
        config.add_environment_cloud(&overrides);
        let current = config.current_cloud(cli.os_cloud.as_deref(), env);
        // `--os-region-name` (`OS_REGION_NAME`) picks the current cloud's
        // site in that region, as python-openstackclient picks the region.
        let mut current_site = current.clone();
        if let (Some(name), Some(region)) = (&current, overrides.values.get("region_name"))
            && let Some(cloud) = config
                .clouds
                .iter()
                .find(|c| &c.name == name && c.regions.len() > 1)
        {
            if !cloud.regions.contains(region) {
                return Err(crate::config::ConfigError {
                    file: cloud.file.clone(),
                    cloud: Some(cloud.name.clone()),
                    key: Some("region_name".into()),
                    message: format!(
                        "`{region}` is none of the cloud's regions: {}",
                        cloud.regions.join(", ")
                    ),
                }
                .into());
            }
            current_site = Some(format!("{}/{region}", cloud.name));
        }
        let directory = config.directory();
        Ok(Sites {
            config,
            overrides,
            current,
            current_site,
            directory,
        })
    }

    /// A site's settings (the overrides apply to the current cloud's).
    pub fn site(&self, name: &str) -> Result<SiteConfig, ConfigError> {
        self.config
            .site(name, self.current.as_deref(), &self.overrides)
    }

    /// Every site's name, and the names that stand for them.
    pub fn directory(&self) -> &Directory {
        &self.directory
    }
}

/// How the command runs over its sites.
pub struct Limits {
    /// `--max-concurrency`, capped by what the descriptor limit holds.
    pub concurrency: usize,
    /// `--timeout`: each site's deadline unless its `api_timeout` says.
    pub deadline: Duration,
}

/// Everything a command runs with, resolved.
pub struct Setup {
    pub sites: Sites,
    /// The plan of each service, and where it came from.
    pub scope: Resolved,
    /// Whether a scope was given (`--os-scope`, `OS_SCOPE`), rather than
    /// only the current cloud.
    pub scoped: bool,
    pub limits: Limits,
    /// `--explain`: changes are held back and the plan is shown.
    pub explain: bool,
    /// `--timing`: each fan-out's per-site table on stderr.
    pub timing: bool,
    /// `--debug`: also says when the routing cache cannot be written.
    pub debug: bool,
    /// `CLIFF_MAX_TERM_WIDTH` and `CLIFF_FIT_WIDTH`, as cliff reads them.
    cliff_width: (usize, bool),
    sessions: Arc<Sessions>,
    routes: Option<Arc<RouteCache>>,
    /// The services whose plans the command asked for, in that order: what
    /// `--explain` shows.
    used: Mutex<Vec<ServiceType>>,
}

impl Setup {
    /// Resolves the command line in this environment, in `process`.
    pub fn resolve(cli: &Cli, env: &Environment, process: &Process) -> Result<Setup, Error> {
        let sites = Sites::load(cli, env)?;
        let (scope, defaults) =
            scope_inputs(cli.os_scope.as_deref(), sites.current_site.clone(), env)?;
        let resolved = scope::resolve(scope.as_ref(), &defaults, sites.directory())?;
        let off = |flag: bool, var: &str| flag || env.var(var).is_some_and(|v| v != "0");
        let cache_dir = TokenCache::default_dir(env.var("XDG_CACHE_HOME"), env.home.as_deref());
        // Without a cache on disk the tokens are still kept in memory, for
        // the other commands of a batch.
        let tokens = Some(
            process.kept.token_cache(
                cache_dir
                    .clone()
                    .filter(|_| !off(cli.run.no_token_cache, "OSCOPE_NO_TOKEN_CACHE")),
            ),
        );
        let routes = cache_dir
            .as_deref()
            .and_then(std::path::Path::parent)
            .filter(|_| !off(cli.run.no_route_cache, "OSCOPE_NO_ROUTE_CACHE"))
            .map(|dir| process.routes(dir));
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
            debug: cli.run.debug(),
            explain: cli.run.explain,
            reuse: Reuse::for_command(planned.len(), concurrency, limit),
        };
        let cliff_width = (
            env.var("CLIFF_MAX_TERM_WIDTH")
                .and_then(|w| w.parse().ok())
                .unwrap_or(0),
            env.var("CLIFF_FIT_WIDTH").is_some_and(|v| v == "1"),
        );
        Ok(Setup {
            scoped: scope.is_some(),
            scope: resolved,
            sites,
            limits: Limits {
                concurrency,
                deadline: Duration::from_secs_f64(cli.run.timeout.max(0.001)),
            },
            explain: cli.run.explain,
            timing: cli.run.timing,
            debug: cli.run.debug(),
            cliff_width,
            sessions: Arc::new(Sessions::new(&process.kept, tokens, options)),
            routes,
            used: Mutex::default(),
        })
    }

    /// The plan for `service` of another scope's text, resolved against the
    /// same sites (`image copy --to`).
    pub fn plan_of(&self, text: &str, service: ServiceType) -> Result<Plan, Error> {
        let parsed = scope::parse_scope(text).map_err(ScopeError::from)?;
        let resolved = scope::resolve(Some(&parsed), &Defaults::default(), self.sites.directory())?;
        match resolved.for_service(service) {
            Some(binding) => Ok(binding.plan.clone()),
            None => Err(Error::Usage(format!(
                "`{text}` names no sites for the {} service",
                service.as_str()
            ))),
        }
    }

    /// The plan for a service, or a usage error saying how to give one.
    pub fn plan(&self, service: ServiceType) -> Result<&Plan, Error> {
        let mut used = self.used.lock().expect("used lock");
        if !used.contains(&service) {
            used.push(service);
        }
        self.scope.for_service(service).map(|b| &b.plan).ok_or_else(|| {
            Error::Usage(format!(
                "no site for {service}: give --os-scope or --os-cloud (or OS_SCOPE, {} or OS_CLOUD)",
                service.env_var()
            ))
        })
    }

    /// The services the command used, in the order it asked for them.
    pub fn used(&self) -> Vec<ServiceType> {
        self.used.lock().expect("used lock").clone()
    }

    /// A router over the sites of `plans`, with this command's limits.
    pub fn router<'p>(&self, plans: impl IntoIterator<Item = &'p Plan>) -> Router {
        let mut sessions = HashMap::new();
        for plan in plans {
            for site in plan.sites() {
                sessions.entry(site.to_string()).or_insert_with(|| {
                    let config = self
                        .sites
                        .site(site)
                        .map_err(|e| SiteError::new(FailureClass::Config, e.to_string()))?;
                    self.sessions.session(config).map(Arc::new)
                });
            }
        }
        Router::new(
            sessions,
            self.limits.concurrency,
            self.limits.deadline,
            self.timing,
        )
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
            && self.debug
        {
            crate::sys::tell!(
                "debug: cannot write the routing cache {}: {e}",
                routes.path().display()
            );
        }
    }

    /// Remembers the names a list of `noun` showed, for completion (kept
    /// or not with the routing cache).
    pub fn remember_names(&self, noun: &str, names: &[String]) {
        let Some(dir) = self.routes.as_ref().and_then(|r| r.path().parent()) else {
            return;
        };
        if let Err(e) = crate::route::NameCache::new(dir).replace(noun, names)
            && self.debug
        {
            crate::sys::tell!("debug: cannot write the names for completion: {e}");
        }
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

    /// Writes the tokens the command obtained: once, when its requests are
    /// done, whatever became of it.
    pub fn save_tokens(&self) {
        self.sessions.save_tokens();
    }

    /// The transcript `--explain` prints, when it is on.
    pub fn transcript(&self) -> Option<std::sync::MutexGuard<'_, crate::site::Transcript>> {
        self.sessions
            .transcript
            .as_ref()
            .map(|t| t.lock().expect("transcript lock"))
    }

    /// The widths a table may take: `--max-width`, else the terminal's when
    /// stdout is one (or `--fit-width`), as cliff decides.
    fn width(&self, max_width: usize, fit_width: bool) -> TableWidth {
        let (cliff_max, cliff_fit) = self.cliff_width;
        let fit = fit_width || cliff_fit || std::io::stdout().is_terminal();
        TableWidth {
            max_width: if max_width > 0 { max_width } else { cliff_max },
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
            limit: None,
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
