//! One site's HTTP session: Keystone auth, the token cache, the catalogue,
//! endpoint choice, retries, and pagination, each in a module of its own.
//!
//! A [`Session`] knows one site and nothing of scopes: `route` decides which
//! sessions a command uses and what their failures mean. Every request goes
//! through [`Session::call`], which authenticates once (or reuses a cached
//! token), re-authenticates once on a 401, retries idempotent requests on
//! 429/503 as `Retry-After` asks, caps the body it reads, and turns every
//! failure into a classified [`SiteError`].

mod auth;
mod cache;
mod catalog;
mod client;
mod download;
mod error;
mod federation;
mod page;
mod request;
mod saml;
mod secrets;
mod versions;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::Method;
use serde_json::Value;

pub use cache::{Entry, Lock, TokenCache, create_private_dir, key as cache_key, write_private};
pub use catalog::{find as find_endpoint, service_url};
pub use error::{FailureClass, SiteError, Stopped, error_message};
#[cfg(test)]
pub use page::parse_kept;
pub use page::{Keep, page};

use auth::identity_v3;
pub use auth::{Auth, AuthRequest};
pub use client::{KEEP_ALIVE_SITES, Reuse};
pub use download::{Digests, Download};
pub use request::{Body, Call, Reply, Stream, encode, redact};
use request::{Kind, http_error, request_id, retry_after, too_large, transport_error};
pub use saml::read_answers as read_saml_answers;

use crate::config::SiteConfig;
use crate::scope::ServiceType;

/// The largest response body oscope reads (64 MiB); a larger answer is a
/// server failure, not an out-of-memory.
pub const MAX_BODY: usize = 64 << 20;

/// How many times an idempotent request is retried on 429 or 503.
pub const RETRIES: u32 = 3;

/// The longest `Retry-After` honoured; longer asks fail the site.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// What the commands of one process share (several, in batch mode): the
/// HTTP clients and their idle connections, the token caches, the secrets
/// got, the permits for large answers.
pub struct Kept {
    clients: Arc<Mutex<HashMap<client::Key, reqwest::Client>>>,
    caches: Mutex<HashMap<Option<PathBuf>, Arc<TokenCache>>>,
    secrets: Arc<secrets::Secrets>,
    digest: Arc<tokio::sync::Semaphore>,
}

impl Default for Kept {
    fn default() -> Kept {
        Kept {
            clients: Arc::default(),
            caches: Mutex::default(),
            secrets: Arc::new(secrets::Secrets::new(std::io::IsTerminal::is_terminal(
                &std::io::stdin(),
            ))),
            digest: Arc::new(tokio::sync::Semaphore::new(2 * crate::sys::cores())),
        }
    }
}

impl Kept {
    /// The token cache of `dir`, or the one in memory only: one each per
    /// process.
    pub fn token_cache(&self, dir: Option<PathBuf>) -> Arc<TokenCache> {
        let mut caches = self.caches.lock().expect("caches lock");
        caches
            .entry(dir.clone())
            .or_insert_with(|| {
                Arc::new(match dir {
                    Some(dir) => TokenCache::new(dir),
                    None => TokenCache::in_memory(),
                })
            })
            .clone()
    }
}

/// What every session of a command shares: HTTP clients per TLS setting,
/// the token cache, and how much to say.
pub struct Sessions {
    clients: Arc<Mutex<HashMap<client::Key, reqwest::Client>>>,
    pub cache: Option<Arc<TokenCache>>,
    pub debug: bool,
    /// With `--explain`: what was sent and what was held back.
    pub transcript: Option<Mutex<Transcript>>,
    /// Which connections are kept for a site's next request.
    reuse: Reuse,
    /// Permits to hold a bulk answer in memory: two per core, so that
    /// parsing keeps every core busy while the answers of the other sites
    /// in flight wait in their sockets, not in this process's memory.
    digest: Arc<tokio::sync::Semaphore>,
    /// Secrets got from commands or asked for, once per process.
    secrets: Arc<secrets::Secrets>,
}

/// How the sessions of one command behave.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// `--debug`: log every request.
    pub debug: bool,
    /// `--explain`: send reads only, and keep a transcript.
    pub explain: bool,
    /// Which idle connections are kept (see [`Reuse::for_command`]).
    pub reuse: Reuse,
}

/// What `--explain` shows: the endpoints each site's catalogue gave, and
/// every request in the order it was sent or held back.
#[derive(Debug, Default)]
pub struct Transcript {
    pub endpoints: Vec<(String, ServiceType, String)>,
    pub requests: Vec<Exchange>,
}

/// One request of a transcript.
#[derive(Debug)]
pub struct Exchange {
    pub site: String,
    pub method: Method,
    pub url: String,
    /// The status, `failed: …`, or `None` when it was held back.
    pub outcome: Option<String>,
    /// The body, secrets redacted, when it is JSON; a description otherwise.
    pub body: Option<String>,
}

impl Sessions {
    /// The sessions of a command, with what the process keeps.
    pub fn new(kept: &Kept, cache: Option<Arc<TokenCache>>, options: Options) -> Sessions {
        Sessions {
            clients: kept.clients.clone(),
            cache,
            debug: options.debug,
            transcript: options.explain.then(Mutex::default),
            reuse: options.reuse,
            digest: kept.digest.clone(),
            secrets: kept.secrets.clone(),
        }
    }

    /// Writes the tokens this command obtained to the token cache. A cache
    /// that cannot be written costs nothing but a `--debug` line.
    pub fn save_tokens(&self) {
        if let Some(cache) = &self.cache
            && let Err(e) = cache.save()
            && self.debug
        {
            crate::sys::tell!(
                "debug: cannot write the token cache {}: {e}",
                cache.dir().unwrap_or(std::path::Path::new("")).display()
            );
        }
    }

    /// Adds to the transcript, when there is one.
    fn transcribe(&self, f: impl FnOnce(&mut Transcript)) {
        if let Some(t) = &self.transcript {
            f(&mut t.lock().expect("transcript lock"));
        }
    }

    /// A session for one site.
    pub fn session(self: &Arc<Self>, config: SiteConfig) -> Result<Session, SiteError> {
        let client = self.client(&config, true)?;
        Ok(Session {
            config,
            client,
            shared: self.clone(),
            auth: tokio::sync::Mutex::new(None),
            cache_key: OnceLock::new(),
            stats: Mutex::new(Stats::default()),
            highest: Mutex::default(),
        })
    }
}

/// Requests and time spent at a site, for `--timing`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub requests: u32,
    pub elapsed: Duration,
}

/// A site: its settings, its HTTP client, its token.
pub struct Session {
    pub config: SiteConfig,
    client: reqwest::Client,
    shared: Arc<Sessions>,
    auth: tokio::sync::Mutex<Option<Arc<Auth>>>,
    /// The site's key in the token cache, made once.
    cache_key: OnceLock<String>,
    stats: Mutex<Stats>,
    /// Each service's highest microversion here, once known (from its
    /// version document, or a 406 that names it).
    highest: Mutex<HashMap<ServiceType, (u32, u32)>>,
}

impl Session {
    pub fn name(&self) -> &str {
        &self.config.name
    }

    pub fn stats(&self) -> Stats {
        *self.stats.lock().expect("stats lock")
    }

    /// The URL of a service at this site.
    pub async fn service_url(&self, service: ServiceType) -> Result<String, SiteError> {
        let auth = self.authenticate().await?;
        self.url_with(&auth, service)
    }

    /// Whether `--explain` holds back requests that change something.
    pub fn explaining(&self) -> bool {
        self.shared.transcript.is_some()
    }

    /// Puts a request `--explain` held back in the transcript.
    pub fn hold_back(&self, method: &Method, url: &str, body: Option<String>) {
        self.shared.transcribe(|t| {
            t.requests.push(Exchange {
                site: self.name().to_string(),
                method: method.clone(),
                url: url.to_string(),
                outcome: None,
                body,
            })
        });
    }

    /// Where a call goes: its path under the service's endpoint, or the
    /// full URL it names (a link from an answer).
    fn url_of(&self, auth: &Auth, call: &Call) -> Result<String, SiteError> {
        if call.path.starts_with("http://") || call.path.starts_with("https://") {
            return Ok(call.path.clone());
        }
        let base = self.url_with(auth, call.service)?;
        Ok(match call.path.as_str() {
            "" => base,
            p if p.starts_with('?') => format!("{base}{p}"),
            p => format!("{base}/{}", p.trim_start_matches('/')),
        })
    }

    fn url_with(&self, auth: &Auth, service: ServiceType) -> Result<String, SiteError> {
        let url = self.endpoint_with(auth, service)?;
        self.shared.transcribe(|t| {
            let entry = (self.name().to_string(), service, url.clone());
            if !t.endpoints.contains(&entry) {
                t.endpoints.push(entry);
            }
        });
        Ok(url)
    }

    fn endpoint_with(&self, auth: &Auth, service: ServiceType) -> Result<String, SiteError> {
        if let Some(why) = self.config.refused.get(&service) {
            return Err(SiteError::new(FailureClass::Config, why.clone()));
        }
        // A token without a catalogue (unscoped) still reaches Keystone.
        let has_catalog = !auth.catalog().is_empty();
        if service == ServiceType::Identity
            && !has_catalog
            && !self.config.endpoint_overrides.contains_key(&service)
        {
            return Ok(identity_v3(&self.config.auth_url));
        }
        service_url(&self.config, auth.catalog(), service, auth.project_id()).ok_or_else(|| {
            let region = self
                .config
                .region
                .as_deref()
                .map(|r| format!(" in region {r}"))
                .unwrap_or_default();
            SiteError::no_endpoint(
                service,
                &format!(
                    "the {} interface{region}",
                    self.config.interface_of(service)
                ),
            )
        })
    }

    /// Sends a request to a service as [`Session::read`] does; under
    /// `--explain`, one that changes something is held back and shown.
    pub async fn call(&self, call: &Call) -> Result<Reply, Stopped> {
        if self.explaining() && !call.reads() {
            let auth = self.authenticate().await?;
            let url = self.url_of(&auth, call)?;
            self.hold_back(&call.method, &url, call.body.describe());
            return Err(Stopped::HeldBack);
        }
        Ok(self.read(call).await?)
    }

    /// Sends a request that reads (GET or HEAD) to a service,
    /// authenticated, with one re-authentication on 401 and bounded retries
    /// on 429/503.
    pub async fn read(&self, call: &Call) -> Result<Reply, SiteError> {
        debug_assert!(
            call.reads() || !self.explaining(),
            "{call:?} changes something"
        );
        let mut reauthenticated = false;
        let mut resent = false;
        let mut capped = false;
        let mut retries = 0;
        loop {
            let auth = self.authenticate().await?;
            let url = self.url_of(&auth, call)?;
            let mut headers = call.headers.clone();
            headers.extend(self.microversion(&auth, call).await?);
            let sent = self
                .send(
                    call.method.clone(),
                    &url,
                    Some(&auth.token),
                    &call.body,
                    &headers,
                    if call.bulk { Kind::Bulk } else { Kind::Small },
                )
                .await;
            let reply = match sent {
                Ok(reply) => reply,
                // A kept connection the server closed just as it was reused
                // (its keep-alive ran out): an idempotent request is sent
                // once more, on a new connection.
                Err(e) if e.class == FailureClass::Transport && call.idempotent() && !resent => {
                    resent = true;
                    continue;
                }
                Err(e) => return Err(e),
            };
            match reply.status {
                // An older Cinder names its maximum: the request goes
                // again at that one.
                406 if call.service == ServiceType::BlockStorage
                    && !capped
                    && self.config.microversion(call.service).is_none()
                    && let Some(max) = versions::highest_named(&reply) =>
                {
                    capped = true;
                    self.learn_highest(call.service, max);
                }
                401 if !reauthenticated => {
                    reauthenticated = true;
                    self.invalidate(&auth.token).await;
                }
                429 | 503 if call.idempotent() && retries < RETRIES => {
                    match retry_after(&reply.headers) {
                        Some(wait) => {
                            retries += 1;
                            tokio::time::sleep(wait).await;
                        }
                        None => return Err(http_error(&reply)),
                    }
                }
                status if status >= 400 => return Err(http_error(&reply)),
                _ => return Ok(reply),
            }
        }
    }

    /// GET a JSON document.
    pub async fn get_json(&self, service: ServiceType, path: &str) -> Result<Value, SiteError> {
        self.read(&Call::get(service, path)).await?.json()
    }

    /// Counts an exchange for `--timing`, and logs it for `--debug`.
    fn count(&self, method: &Method, url: &str, started: Instant, outcome: &str) {
        let elapsed = started.elapsed();
        {
            let mut stats = self.stats.lock().expect("stats lock");
            stats.requests += 1;
            stats.elapsed += elapsed;
        }
        if self.shared.debug {
            crate::sys::tell!(
                "debug: {} {method} {url} {outcome} {}ms",
                self.name(),
                elapsed.as_millis()
            );
        }
    }

    /// One HTTP exchange, with the body read up to [`MAX_BODY`].
    async fn send(
        &self,
        method: Method,
        url: &str,
        token: Option<&str>,
        body: &Body,
        headers: &[(String, String)],
        kind: Kind,
    ) -> Result<Reply, SiteError> {
        let started = Instant::now();
        let bulk = kind == Kind::Bulk;
        let step_client;
        let client = match kind {
            Kind::Step => {
                step_client = self.shared.client(&self.config, false)?;
                &step_client
            }
            Kind::Small | Kind::Bulk => &self.client,
        };
        let mut request = client.request(method.clone(), url);
        if !headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("accept"))
        {
            request = request.header("accept", "application/json");
        }
        if let Some(token) = token {
            request = request.header("x-auth-token", token);
        }
        for (name, value) in headers {
            request = request.header(name.as_str(), value);
        }
        if bulk && self.shared.reuse == Reuse::Small {
            request = request.header("connection", "close");
        }
        request = match body {
            Body::Empty => request,
            Body::Json(value) => request
                .header("content-type", "application/json")
                .body(serde_json::to_vec(value).unwrap_or_default()),
            Body::Bytes(bytes, content_type) => request
                .header("content-type", *content_type)
                .body(bytes.clone()),
            Body::Stream(stream) => {
                let taken = stream.body.lock().expect("stream lock").take();
                let Some(data) = taken else {
                    return Err(SiteError::new(
                        FailureClass::Server,
                        format!("{} cannot be sent twice", stream.description),
                    ));
                };
                let mut request = request
                    .header("content-type", "application/octet-stream")
                    .body(data);
                if let Some(length) = stream.length {
                    request = request.header("content-length", length);
                }
                request
            }
            Body::File(path) => {
                let file = tokio::fs::File::open(path).await.map_err(|e| {
                    SiteError::new(
                        FailureClass::Request,
                        format!("cannot read {}: {e}", path.display()),
                    )
                })?;
                let length = file.metadata().await.map(|m| m.len()).ok();
                let stream = tokio_util::io::ReaderStream::new(file);
                let mut request = request
                    .header("content-type", "application/octet-stream")
                    .body(reqwest::Body::wrap_stream(stream));
                if let Some(length) = length {
                    request = request.header("content-length", length);
                }
                request
            }
        };
        let result = async {
            let mut response = request.send().await.map_err(transport_error)?;
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let request_id = request_id(&headers);
            if response
                .content_length()
                .is_some_and(|l| l > MAX_BODY as u64)
            {
                return Err(too_large(status, request_id));
            }
            // Thousands of sites may answer at once: a large answer waits
            // in the socket until a permit lets it into memory (the peak
            // memory of the 1,000-site `server list` with default columns,
            // benches/ab.sh).
            let permit = match bulk {
                true => Some(Arc::new(
                    self.shared
                        .digest
                        .clone()
                        .acquire_owned()
                        .await
                        .expect("the digest semaphore is never closed"),
                )),
                false => None,
            };
            let expected = response.content_length().unwrap_or(0) as usize;
            let mut data = Vec::with_capacity(expected.min(MAX_BODY));
            while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
                if data.len() + chunk.len() > MAX_BODY {
                    return Err(too_large(status, request_id));
                }
                data.extend_from_slice(&chunk);
            }
            Ok(Reply {
                status,
                headers,
                body: Bytes::from(data),
                request_id,
                permit,
            })
        }
        .await;
        let outcome = match &result {
            Ok(r) => format!("{} {}", r.status, r.request_id.as_deref().unwrap_or("-")),
            Err(e) => format!("failed: {e}"),
        };
        self.count(&method, url, started, &outcome);
        self.shared.transcribe(|t| {
            t.requests.push(Exchange {
                site: self.name().to_string(),
                method: method.clone(),
                url: url.to_string(),
                outcome: Some(match &result {
                    Ok(r) => r.status.to_string(),
                    Err(e) => format!("failed: {e}"),
                }),
                body: body.describe(),
            })
        });
        if self.shared.debug {
            if let Body::Json(value) = body {
                crate::sys::tell!("debug: {} request body: {}", self.name(), redact(value));
            }
        }
        result
    }
}
