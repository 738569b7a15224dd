//! oscope-sim: many independent OpenStack sites on 127.0.0.1.
//!
//! Each site is a Keystone v3 with its own users, projects, tokens and
//! catalogue, and Nova, Glance, Neutron and Cinder APIs with the real
//! services' shapes, pagination and error formats, all on one port per site
//! (devstack's layout: `/identity`, `/compute/v2.1`, `/image`, `/network`,
//! `/volume/v3/{project}`). Latency and faults are set per site, at start
//! or while running, so tests can take a site down mid-command.
//!
//! Tests start it in-process ([`Sim::start`] in a runtime, or
//! [`BackgroundSim::start`] on its own thread) on ports the OS picks, and
//! read the clouds.yaml it writes; the `oscope-sim` command does the same for
//! people and benchmarks.

// Handlers return early with a ready `Response` as their error; it is built
// once per failed request, so its size is not worth boxing.
#![allow(clippy::result_large_err)]

mod compute;
mod control;
mod http;
pub mod idp;
mod image;
mod keystone;
mod network;
mod placement;
mod quotas;
pub mod saml;
mod seed;
mod servers;
mod site;
mod volume;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::Response;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use keystone::totp;
pub use site::{AppCredential, Behaviour, Fault, FaultSpec, Seed, Service, Site, Token};

/// One site to start: its name, region and behaviour.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    pub name: String,
    pub region: String,
    pub behaviour: Behaviour,
}

impl SiteConfig {
    /// A well-behaved site; its region is its name, capitalised.
    pub fn new(name: &str) -> SiteConfig {
        let mut chars = name.chars();
        let region = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        SiteConfig {
            name: name.to_string(),
            region,
            behaviour: Behaviour::default(),
        }
    }
}

/// What to start.
#[derive(Clone, Debug)]
pub struct SimConfig {
    pub sites: Vec<SiteConfig>,
    pub seed: Seed,
}

impl SimConfig {
    /// Sites with these names and a small seed: 5 servers, 3 images, 2
    /// networks and 2 volumes each.
    pub fn named(names: &[&str]) -> SimConfig {
        SimConfig {
            sites: names.iter().map(|n| SiteConfig::new(n)).collect(),
            seed: Seed {
                servers: 5,
                images: 3,
                networks: 2,
                volumes: 2,
                admin_password: String::new(),
                build_time: Duration::from_millis(300),
                token_ttl: Duration::from_secs(3600),
            },
        }
    }

    /// `count` sites named `site0001`, `site0002`, ...
    pub fn generated(count: usize) -> SimConfig {
        let width = count.to_string().len().max(4);
        let names: Vec<String> = (1..=count).map(|i| format!("site{i:0width$}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        SimConfig::named(&refs)
    }

    /// Sets every site's latency.
    pub fn latency(mut self, latency: Duration, jitter: Duration) -> SimConfig {
        for site in &mut self.sites {
            site.behaviour.latency = latency;
            site.behaviour.jitter = jitter;
        }
        self
    }
}

/// Running sites.
pub struct Sim {
    sites: Vec<Arc<Site>>,
    idp: Arc<idp::Idp>,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

/// The HTTP application of every site: each service under `/`,
/// `/internal` and `/admin` (the catalogue's three interfaces), behind
/// [`http::behave`]. One router serves all sites (the connection puts its
/// site in each request), which keeps a thousand sites small.
fn app(idp: Arc<idp::Idp>) -> Router {
    let services = Router::new()
        .nest("/identity", keystone::router())
        .nest("/compute", compute::router())
        .nest("/image", image::router())
        .nest("/network", network::router())
        .nest("/volume", volume::router())
        .nest("/placement", placement::router());
    Router::new()
        .merge(services.clone())
        .nest("/internal", services.clone())
        .nest("/admin", services)
        .merge(idp::router())
        .merge(saml::router())
        .route(
            "/.well-known/openstack/api",
            axum::routing::get(vendor_profile),
        )
        .fallback(|request: Request| async move {
            let path = request.uri().path().to_string();
            http::error(
                http::service_of(&path),
                StatusCode::NOT_FOUND,
                "The resource could not be found.",
            )
        })
        .layer(middleware::from_fn(http::behave))
        .layer(axum::Extension(idp))
}

/// The site's vendor profile, as a public cloud publishes it for
/// openstacksdk's `profile: https://...` (`/.well-known/openstack/api`):
/// where its Keystone is, its region and API versions.
async fn vendor_profile(axum::Extension(site): axum::Extension<Arc<Site>>) -> Response {
    http::json_response(
        StatusCode::OK,
        serde_json::json!({
            "name": site.name,
            "profile": {
                "auth": {"auth_url": site.auth_url()},
                "regions": [site.region],
                "identity_api_version": "3",
                "image_api_version": "2",
                "block_storage_api_version": "3",
                "interface": "public",
            }
        }),
    )
}

impl Sim {
    /// Starts the sites, each on a port the OS picks. Returns once every
    /// site listens, so no test needs to wait.
    pub async fn start(config: SimConfig) -> std::io::Result<Sim> {
        let (shutdown, _) = watch::channel(false);
        let mut sites = Vec::with_capacity(config.sites.len());
        let mut tasks = Vec::with_capacity(config.sites.len());
        let idp = Arc::new(idp::Idp::default());
        let app = app(idp.clone());
        for spec in config.sites {
            let listener = http::bind(0)?;
            let port = listener.local_addr()?.port();
            let mut seed = config.seed.clone();
            if seed.admin_password.is_empty() {
                seed.admin_password = format!("{}-admin", spec.name);
            }
            let site = Arc::new(Site::new(
                &spec.name,
                &spec.region,
                port,
                seed,
                spec.behaviour,
            ));
            tasks.push(tokio::spawn(http::serve(
                site.clone(),
                listener,
                app.clone(),
                shutdown.subscribe(),
            )));
            sites.push(site);
        }
        Ok(Sim {
            sites,
            idp,
            shutdown,
            tasks,
        })
    }

    /// Every site, in the order configured.
    pub fn sites(&self) -> &[Arc<Site>] {
        &self.sites
    }

    /// The OpenID Connect provider every site serves below `/idp`.
    pub fn idp(&self) -> &Arc<idp::Idp> {
        &self.idp
    }

    /// A site by name.
    pub fn site(&self, name: &str) -> Option<&Arc<Site>> {
        self.sites.iter().find(|s| s.name == name)
    }

    /// A clouds.yaml for every site, as admin on the admin project, plus a
    /// `<site>-demo` cloud for the demo user, as realstack writes them.
    pub fn clouds_yaml(&self) -> String {
        let mut out = String::from(
            "# Written by oscope-sim. Every site is an independent OpenStack on 127.0.0.1.\nclouds:\n",
        );
        for site in &self.sites {
            for (cloud, user, password, project) in [
                (
                    site.name.clone(),
                    "admin",
                    site.seed.admin_password.clone(),
                    "admin",
                ),
                (
                    format!("{}-demo", site.name),
                    "demo",
                    format!("{}-demo", site.name),
                    "demo",
                ),
            ] {
                out += &format!(
                    "  {cloud}:\n    auth:\n      auth_url: {}\n      username: {user}\n      password: {password}\n      \
                     project_name: {project}\n      user_domain_name: Default\n      project_domain_name: Default\n    \
                     region_name: {}\n    identity_api_version: 3\n    interface: public\n",
                    site.auth_url(),
                    site.region
                );
            }
        }
        out
    }

    /// Writes [`Sim::clouds_yaml`] to `path`, creating its directory.
    pub fn write_clouds_yaml(&self, path: &Path) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, self.clouds_yaml())
    }

    /// Serves the control API (faults, latency, request counts) on
    /// 127.0.0.1:`port` until the simulator stops; returns the port.
    pub async fn serve_control(&mut self, port: u16) -> std::io::Result<u16> {
        let listener = http::bind(port)?;
        let port = listener.local_addr()?.port();
        let router = control::router(self.sites.clone());
        let mut shutdown = self.shutdown.subscribe();
        self.tasks.push(tokio::spawn(async move {
            let serve = axum::serve(listener, router);
            tokio::select! {
                _ = serve => {}
                _ = shutdown.changed() => {}
            }
        }));
        Ok(port)
    }

    /// Stops every site and waits for their tasks.
    pub async fn stop(self) {
        let _ = self.shutdown.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

/// A simulator on a thread of its own, for tests without a runtime.
/// Dropping it stops the sites.
pub struct BackgroundSim {
    sites: Vec<Arc<Site>>,
    idp: Arc<idp::Idp>,
    clouds_yaml: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl BackgroundSim {
    /// Starts the sites on a new thread; returns once they listen.
    pub fn start(config: SimConfig) -> std::io::Result<BackgroundSim> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let sim = runtime.block_on(Sim::start(config))?;
        let sites = sim.sites.clone();
        let idp = sim.idp.clone();
        let clouds_yaml = sim.clouds_yaml();
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let _ = stopped.await;
                sim.stop().await;
            });
        });
        Ok(BackgroundSim {
            sites,
            idp,
            clouds_yaml,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    pub fn sites(&self) -> &[Arc<Site>] {
        &self.sites
    }

    /// The OpenID Connect provider every site serves below `/idp`.
    pub fn idp(&self) -> &Arc<idp::Idp> {
        &self.idp
    }

    /// A site by name; panics when there is none (a test's mistake).
    pub fn site(&self, name: &str) -> &Arc<Site> {
        self.sites
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no simulated site {name}"))
    }

    pub fn clouds_yaml(&self) -> &str {
        &self.clouds_yaml
    }
}

impl Drop for BackgroundSim {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The response for a path no service knows.
pub fn not_found() -> Response {
    http::error(
        None,
        StatusCode::NOT_FOUND,
        "The resource could not be found.",
    )
}
