//! One site's HTTP session: Keystone auth, the token cache, the catalogue,
//! endpoint choice, retries, and pagination.
//!
//! A [`Session`] knows one site and nothing of scopes: `route` decides which
//! sessions a command uses and what their failures mean. Every request goes
//! through [`Session::call`], which authenticates once (or reuses a cached
//! token), re-authenticates once on a 401, retries idempotent requests on
//! 429/503 as `Retry-After` asks, caps the body it reads, and turns every
//! failure into a classified [`SiteError`].

mod cache;
mod catalog;
mod error;
mod page;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

pub use cache::{Entry, Lock, TokenCache, create_private_dir, key as cache_key, write_private};
pub use catalog::{find as find_endpoint, service_url};
pub use error::{FailureClass, SiteError, error_message};
#[cfg(test)]
pub use page::parse_kept;
pub use page::{Keep, page};

use crate::config::{AuthScope, Credentials, Named, SiteConfig};
use crate::scope::ServiceType;

/// The largest response body oscope reads (64 MiB); a larger answer is a
/// server failure, not an out-of-memory.
pub const MAX_BODY: usize = 64 << 20;

/// The most sites of a command that keep idle connections open.
pub const KEEP_ALIVE_SITES: usize = 100;

/// How many times an idempotent request is retried on 429 or 503.
pub const RETRIES: u32 = 3;

/// The longest `Retry-After` honoured; longer asks fail the site.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// The compute microversion oscope speaks: new enough for embedded flavors
/// (2.47) and old enough for every supported Nova (Train and later).
pub const COMPUTE_MICROVERSION: &str = "2.79";

/// What every session shares: HTTP clients per TLS setting, the token
/// cache, and how much to say.
pub struct Sessions {
    clients: Mutex<HashMap<(bool, Option<std::path::PathBuf>), reqwest::Client>>,
    pub cache: Option<TokenCache>,
    pub debug: bool,
    /// With `--explain`: what was sent and what was held back.
    pub transcript: Option<Mutex<Transcript>>,
    /// Which connections are kept for a site's next request.
    reuse: Reuse,
    /// Permits to hold a bulk answer in memory: two per core, so that
    /// parsing keeps every core busy while the answers of the other sites
    /// in flight wait in their sockets, not in this process's memory.
    digest: Arc<tokio::sync::Semaphore>,
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

/// Which connections a command keeps open, idle, for a site's next request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reuse {
    /// Every one: pages and look-ups follow each other on one connection.
    #[default]
    All,
    /// Those that carried a small answer (Keystone's token, a look-up), so
    /// that a site's list follows its authentication on one connection;
    /// a list page's connection closes after it (`Connection: close`).
    Small,
    /// None: each request opens its own connection.
    None,
}

impl Reuse {
    /// The policy for a command over `sites` sites, `concurrency` at a
    /// time, with `limit` descriptors. A few sites keep everything. Over
    /// [`KEEP_ALIVE_SITES`] sites, a connection that read a large answer
    /// is not kept: it holds its read buffer (up to 400 KB), which at a
    /// thousand sites is most of the memory. And no connection is kept
    /// when one idle connection per site would not fit in the limit.
    pub fn for_command(sites: usize, concurrency: usize, limit: Option<u64>) -> Reuse {
        let in_flight = 2 * concurrency as u64 + 64;
        let fits = |idle: u64| limit.is_none_or(|limit| idle + in_flight <= limit);
        if sites <= KEEP_ALIVE_SITES && fits(2 * sites as u64) {
            Reuse::All
        } else if fits(sites as u64) {
            Reuse::Small
        } else {
            Reuse::None
        }
    }
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
    pub fn new(cache: Option<TokenCache>, options: Options) -> Sessions {
        Sessions {
            clients: Mutex::new(HashMap::new()),
            cache,
            debug: options.debug,
            transcript: options.explain.then(Mutex::default),
            reuse: options.reuse,
            digest: Arc::new(tokio::sync::Semaphore::new(2 * crate::sys::cores())),
        }
    }

    /// Writes the tokens this command obtained to the token cache. A cache
    /// that cannot be written costs nothing but a `--debug` line.
    pub fn save_tokens(&self) {
        if let Some(cache) = &self.cache
            && let Err(e) = cache.save()
            && self.debug
        {
            eprintln!(
                "oscope: debug: cannot write the token cache {}: {e}",
                cache.dir().display()
            );
        }
    }

    /// Adds to the transcript, when there is one.
    fn transcribe(&self, f: impl FnOnce(&mut Transcript)) {
        if let Some(t) = &self.transcript {
            f(&mut t.lock().expect("transcript lock"));
        }
    }

    /// One client per TLS configuration, shared by all sites that have it,
    /// so connections are pooled and kept alive.
    fn client(&self, config: &SiteConfig) -> Result<reqwest::Client, SiteError> {
        let key = (config.verify, config.cacert.clone());
        let mut clients = self.clients.lock().expect("clients lock");
        if let Some(client) = clients.get(&key) {
            return Ok(client.clone());
        }
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .user_agent(concat!("oscope/", env!("CARGO_PKG_VERSION")))
            .tcp_nodelay(true)
            .connect_timeout(Duration::from_secs(10))
            .pool_idle_timeout(Duration::from_secs(30))
            .danger_accept_invalid_certs(!config.verify);
        builder = match self.reuse {
            Reuse::All => builder,
            Reuse::Small => builder.pool_max_idle_per_host(1),
            Reuse::None => builder.pool_max_idle_per_host(0),
        };
        if let Some(path) = &config.cacert {
            let pem = std::fs::read(path).map_err(|e| {
                SiteError::new(
                    FailureClass::Config,
                    format!("cannot read cacert {}: {e}", path.display()),
                )
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                SiteError::new(
                    FailureClass::Config,
                    format!("bad cacert {}: {e}", path.display()),
                )
            })?;
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let client = builder
            .build()
            .map_err(|e| SiteError::new(FailureClass::Config, format!("TLS setup: {e}")))?;
        clients.insert(key, client.clone());
        Ok(client)
    }

    /// A session for one site.
    pub fn session(self: &Arc<Self>, config: SiteConfig) -> Result<Session, SiteError> {
        let client = self.client(&config)?;
        Ok(Session {
            config,
            client,
            shared: self.clone(),
            auth: tokio::sync::Mutex::new(None),
            cache_key: OnceLock::new(),
            stats: Mutex::new(Stats::default()),
        })
    }
}

/// A token and what came with it: what oscope reads of Keystone's token
/// body, parsed once, and the body itself as text for the commands that
/// show it.
#[derive(Clone, Debug)]
pub struct Auth {
    pub token: String,
    pub expires: SystemTime,
    /// Keystone's token body (`{"token": {...}}`), with the catalogue:
    /// JSON text, read whole once (by [`Auth::parse`]).
    pub raw: Arc<str>,
    project_id: Option<String>,
    user_id: Option<String>,
    catalog: Vec<catalog::Service>,
    /// Whether it came from the disk cache rather than from Keystone.
    pub cached: bool,
}

/// What oscope reads of a token body.
#[derive(serde::Deserialize)]
struct TokenBody {
    token: TokenFields,
}

#[derive(serde::Deserialize)]
struct TokenFields {
    expires_at: Option<String>,
    #[serde(default)]
    project: Option<Id>,
    #[serde(default)]
    user: Option<Id>,
    #[serde(default, deserialize_with = "catalog::null_is_empty")]
    catalog: Vec<catalog::Service>,
}

#[derive(serde::Deserialize)]
struct Id {
    id: Option<String>,
}

impl Auth {
    /// Reads a token body; one without a valid `expires_at` is refused.
    pub fn parse(token: String, raw: Arc<str>, cached: bool) -> Result<Auth, SiteError> {
        let bad = |why: String| SiteError::new(FailureClass::Server, why);
        let body: TokenBody = serde_json::from_str(&raw)
            .map_err(|e| bad(format!("Keystone's token body is not one: {e}")))?;
        let fields = body.token;
        let expires = fields
            .expires_at
            .as_deref()
            .and_then(cache::parse_expiry)
            .ok_or_else(|| bad("Keystone's token has no valid expires_at".into()))?;
        Ok(Auth {
            token,
            expires,
            raw,
            project_id: fields.project.and_then(|p| p.id),
            user_id: fields.user.and_then(|u| u.id),
            catalog: fields.catalog,
            cached,
        })
    }

    /// The token body, parsed whole.
    pub fn body(&self) -> Value {
        serde_json::from_str(&self.raw).unwrap_or_default()
    }

    /// Whether it is good for a while yet.
    fn fresh(&self) -> bool {
        self.expires > SystemTime::now() + cache::MARGIN
    }

    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    pub fn user_id(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    pub fn catalog(&self) -> &[catalog::Service] {
        &self.catalog
    }

    /// The catalogue's entries whole, as `catalog list` shows them.
    pub fn catalog_entries(&self) -> Vec<Value> {
        match self.body()["token"]["catalog"].take() {
            Value::Array(entries) => entries,
            _ => Vec::new(),
        }
    }
}

/// Requests and time spent at a site, for `--timing`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub requests: u32,
    pub elapsed: Duration,
}

/// A request body.
#[derive(Clone, Debug, Default)]
pub enum Body {
    #[default]
    Empty,
    Json(Value),
    /// Raw bytes with their content type (JSON-patch).
    Bytes(Bytes, &'static str),
    /// A file's content, streamed, never held in memory (image data).
    File(std::path::PathBuf),
    /// Data streamed from elsewhere (another site's image), sent once: a
    /// request that must be sent again finds it taken.
    Stream(Stream),
}

impl Body {
    /// How `--explain` shows the body.
    fn describe(&self) -> Option<String> {
        match self {
            Body::Empty => None,
            Body::Json(value) => Some(redact(value).to_string()),
            Body::Bytes(bytes, _) => Some(String::from_utf8_lossy(bytes).into_owned()),
            Body::File(path) => Some(format!("<the data of {}>", path.display())),
            Body::Stream(stream) => Some(format!("<{}>", stream.description)),
        }
    }
}

/// A streamed body: taken by the first send.
#[derive(Clone)]
pub struct Stream {
    body: Arc<Mutex<Option<reqwest::Body>>>,
    length: Option<u64>,
    /// What it is, for `--debug` and `--explain`.
    pub description: String,
}

impl Stream {
    pub fn new(body: reqwest::Body, length: Option<u64>, description: String) -> Stream {
        Stream {
            body: Arc::new(Mutex::new(Some(body))),
            length,
            description,
        }
    }
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Stream({})", self.description)
    }
}

/// One request to one service of a site.
#[derive(Clone, Debug)]
pub struct Call {
    pub service: ServiceType,
    pub method: Method,
    /// Relative to the service's URL (`servers/detail?limit=10`), or absolute.
    pub path: String,
    pub body: Body,
    pub headers: Vec<(String, String)>,
    /// The answer may be large (a page of a list): it is read and parsed
    /// under one of the process's few digest permits.
    pub bulk: bool,
}

impl Call {
    /// Marks the answer as possibly large: see [`Call::bulk`].
    pub fn bulk(mut self) -> Call {
        self.bulk = true;
        self
    }

    pub fn get(service: ServiceType, path: impl Into<String>) -> Call {
        Call {
            service,
            method: Method::GET,
            path: path.into(),
            body: Body::Empty,
            headers: Vec::new(),
            bulk: false,
        }
    }

    pub fn new(service: ServiceType, method: Method, path: impl Into<String>, body: Body) -> Call {
        Call {
            service,
            method,
            path: path.into(),
            body,
            headers: Vec::new(),
            bulk: false,
        }
    }

    /// GET and HEAD change nothing: `--explain` sends them.
    fn reads(&self) -> bool {
        matches!(self.method, Method::GET | Method::HEAD)
    }

    /// GET, HEAD, PUT and DELETE may be sent twice with the same effect.
    fn idempotent(&self) -> bool {
        matches!(
            self.method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE
        )
    }
}

/// A successful answer.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub request_id: Option<String>,
    /// For a bulk answer: the digest permit, given back when the answer
    /// (its body) is dropped.
    pub permit: Option<Arc<tokio::sync::OwnedSemaphorePermit>>,
}

impl Reply {
    /// The body as JSON; an answer that is not JSON is the server's fault.
    pub fn json(&self) -> Result<Value, SiteError> {
        if self.body.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|e| SiteError {
            class: FailureClass::Server,
            status: Some(self.status),
            request_id: self.request_id.clone(),
            message: format!("the answer is not valid JSON: {e}"),
        })
    }
}

/// Data streamed to a temporary file, with its digests.
#[derive(Debug)]
pub struct Download {
    /// Where the data is until the caller keeps (renames) or drops it.
    pub temp: std::path::PathBuf,
    pub size: u64,
    pub md5: String,
    pub sha512: String,
}

/// MD5 (Glance's `checksum`) and SHA-512 (its `os_hash_value`) of data
/// as it streams by.
#[derive(Default)]
pub struct Digests {
    md5: md5::Md5,
    sha512: sha2::Sha512,
    size: u64,
}

impl Digests {
    pub fn update(&mut self, chunk: &[u8]) {
        use md5::Digest as _;
        self.md5.update(chunk);
        sha2::Digest::update(&mut self.sha512, chunk);
        self.size += chunk.len() as u64;
    }

    /// Size, MD5 and SHA-512, in hex.
    pub fn finish(self) -> (u64, String, String) {
        use md5::Digest as _;
        (
            self.size,
            hex::encode(self.md5.finalize()),
            hex::encode(sha2::Digest::finalize(self.sha512)),
        )
    }
}

/// Percent-encodes a path segment or query value.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b => format!("%{b:02X}"),
        })
        .collect()
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
}

impl Session {
    pub fn name(&self) -> &str {
        &self.config.name
    }

    pub fn stats(&self) -> Stats {
        *self.stats.lock().expect("stats lock")
    }

    /// The current token: in memory, else from the cache, else from Keystone.
    /// Shared, not copied: every request of a site asks for it.
    pub async fn authenticate(&self) -> Result<Arc<Auth>, SiteError> {
        let mut guard = self.auth.lock().await;
        if let Some(auth) = guard.as_ref()
            && auth.fresh()
        {
            return Ok(auth.clone());
        }
        if let Some(cache) = &self.shared.cache
            && let Some(entry) = cache.load(self.cache_key())
            && let Ok(auth) = Auth::parse(entry.token, entry.body, true)
        {
            let auth = Arc::new(auth);
            *guard = Some(auth.clone());
            return Ok(auth);
        }
        let auth = Arc::new(self.issue_token().await?);
        if let Some(cache) = &self.shared.cache {
            let entry = Entry {
                token: auth.token.clone(),
                expires: cache::seconds(auth.expires),
                body: auth.raw.clone(),
            };
            cache.store(self.cache_key(), entry);
        }
        *guard = Some(auth.clone());
        Ok(auth)
    }

    fn cache_key(&self) -> &str {
        self.cache_key.get_or_init(|| cache::key(&self.config))
    }

    /// Forgets a token the services refused, here and on disk.
    async fn invalidate(&self, token: &str) {
        let mut guard = self.auth.lock().await;
        if guard.as_ref().is_some_and(|a| a.token == token) {
            *guard = None;
            if let Some(cache) = &self.shared.cache {
                cache.remove(self.cache_key());
            }
        }
    }

    /// `POST /v3/auth/tokens`.
    async fn issue_token(&self) -> Result<Auth, SiteError> {
        let url = format!("{}/auth/tokens", identity_v3(&self.config.auth_url));
        let body = Body::Json(auth_request(&self.config));
        let mut attempt = 0;
        loop {
            let reply = self
                .send(Method::POST, &url, None, &body, &[], false)
                .await?;
            if reply.status == 503 || reply.status == 429 {
                if let Some(wait) = retry_after(&reply.headers).filter(|_| attempt < RETRIES) {
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            if reply.status >= 400 {
                return Err(http_error(&reply));
            }
            let token = reply
                .headers
                .get("x-subject-token")
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| {
                    SiteError::new(
                        FailureClass::Server,
                        "Keystone answered without X-Subject-Token",
                    )
                })?
                .to_string();
            // Read once, by `Auth::parse`, which validates it whole.
            let with_reply = |e: SiteError| SiteError {
                status: Some(reply.status),
                request_id: reply.request_id.clone(),
                ..e
            };
            let text = std::str::from_utf8(&reply.body).map_err(|e| {
                with_reply(SiteError::new(
                    FailureClass::Server,
                    format!("the answer is not valid JSON: {e}"),
                ))
            })?;
            return Auth::parse(token, text.into(), false).map_err(with_reply);
        }
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
    pub fn withhold(&self, method: &Method, url: &str, body: Option<String>) {
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
            SiteError::new(
                FailureClass::Config,
                format!(
                    "no {} endpoint for the {} interface{region} in the catalogue",
                    service, self.config.interface
                ),
            )
        })
    }

    /// Sends a request to a service, authenticated, with one
    /// re-authentication on 401 and bounded retries on 429/503.
    pub async fn call(&self, call: &Call) -> Result<Reply, SiteError> {
        let mut reauthenticated = false;
        let mut retries = 0;
        loop {
            let auth = self.authenticate().await?;
            let url = if call.path.starts_with("http://") || call.path.starts_with("https://") {
                call.path.clone()
            } else {
                let base = self.url_with(&auth, call.service)?;
                match call.path.as_str() {
                    "" => base,
                    p if p.starts_with('?') => format!("{base}{p}"),
                    p => format!("{base}/{}", p.trim_start_matches('/')),
                }
            };
            if self.shared.transcript.is_some() && !call.reads() {
                self.withhold(&call.method, &url, call.body.describe());
                return Err(withheld());
            }
            let mut headers = call.headers.clone();
            if call.service == ServiceType::Compute {
                headers.push((
                    "openstack-api-version".to_string(),
                    format!("compute {COMPUTE_MICROVERSION}"),
                ));
            }
            let reply = self
                .send(
                    call.method.clone(),
                    &url,
                    Some(&auth.token),
                    &call.body,
                    &headers,
                    call.bulk,
                )
                .await?;
            match reply.status {
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
        self.call(&Call::get(service, path)).await?.json()
    }

    /// Every item of a list, following every page: Nova, Cinder and
    /// Neutron's `<key>_links`, Glance's `next`, Keystone's `links.next`.
    pub async fn list(
        &self,
        service: ServiceType,
        path: &str,
        key: &str,
    ) -> Result<Vec<Value>, SiteError> {
        self.list_map(service, path, key, None, |item| item).await
    }

    /// [`Session::list`], handing each item to `f` as soon as it is parsed
    /// (only the `keep` keys of it), so that a command holds only what it
    /// shows, not the pages.
    pub async fn list_map<R>(
        &self,
        service: ServiceType,
        path: &str,
        key: &str,
        keep: Keep<'_>,
        mut f: impl FnMut(Value) -> R,
    ) -> Result<Vec<R>, SiteError> {
        let mut items = Vec::new();
        let (base, query) = path.split_once('?').map_or((path, ""), |(b, q)| (b, q));
        let mut next_query = query.to_string();
        for _ in 0..100_000 {
            let page_path = if next_query.is_empty() {
                base.to_string()
            } else {
                format!("{base}?{next_query}")
            };
            let reply = self.call(&Call::get(service, page_path).bulk()).await?;
            let next =
                page(&reply.body, key, keep, &mut |item| items.push(f(item))).map_err(|e| {
                    SiteError {
                        status: Some(reply.status),
                        request_id: reply.request_id.clone(),
                        ..e
                    }
                })?;
            match next.and_then(|href| href.split_once('?').map(|(_, q)| q.to_string())) {
                Some(q) if q != next_query => next_query = q,
                _ => return Ok(items),
            }
        }
        Err(SiteError::new(
            FailureClass::Server,
            "more than 100000 pages: the pagination does not end",
        ))
    }

    /// Opens a service's binary answer (image data) for the caller to
    /// stream. Under `--explain` it is held back: data is not fetched to
    /// show a plan.
    pub async fn open(
        &self,
        service: ServiceType,
        path: &str,
    ) -> Result<reqwest::Response, SiteError> {
        let auth = self.authenticate().await?;
        let url = format!(
            "{}/{}",
            self.url_with(&auth, service)?,
            path.trim_start_matches('/')
        );
        if self.explaining() {
            self.withhold(&Method::GET, &url, None);
            return Err(withheld());
        }
        let started = Instant::now();
        let sent = self
            .client
            .get(&url)
            .header("x-auth-token", &auth.token)
            .send()
            .await
            .map_err(transport_error);
        let outcome = match &sent {
            Ok(r) => format!(
                "{} {}",
                r.status().as_u16(),
                request_id(r.headers()).as_deref().unwrap_or("-")
            ),
            Err(e) => format!("failed: {e}"),
        };
        self.count(&Method::GET, &url, started, &outcome);
        let response = sent?;
        let status = response.status().as_u16();
        if status >= 400 {
            let request_id = request_id(response.headers());
            let body = response.bytes().await.unwrap_or_default();
            return Err(http_error(&Reply {
                status,
                headers: HeaderMap::new(),
                body,
                request_id,
                permit: None,
            }));
        }
        Ok(response)
    }

    /// Streams a service's binary answer (image data) into `dest`, through
    /// a temporary file renamed at the end, and returns its size with its
    /// MD5 and SHA-512 digests for the caller to check.
    pub async fn download(
        &self,
        service: ServiceType,
        path: &str,
        dest: &std::path::Path,
    ) -> Result<Download, SiteError> {
        use tokio::io::AsyncWriteExt;
        let mut response = self.open(service, path).await?;
        let temp = dest.with_extension(format!("part.{}", std::process::id()));
        let local = |e: std::io::Error| {
            SiteError::new(
                FailureClass::Request,
                format!("cannot write {}: {e}", temp.display()),
            )
        };
        let mut file = tokio::fs::File::create(&temp).await.map_err(local)?;
        let mut digests = Digests::default();
        let copied: Result<(), SiteError> = async {
            while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
                digests.update(&chunk);
                file.write_all(&chunk).await.map_err(local)?;
            }
            file.flush().await.map_err(local)?;
            Ok(())
        }
        .await;
        if let Err(e) = copied {
            let _ = tokio::fs::remove_file(&temp).await;
            return Err(e);
        }
        let (size, md5, sha512) = digests.finish();
        Ok(Download {
            temp,
            size,
            md5,
            sha512,
        })
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
            eprintln!(
                "oscope: debug: {} {method} {url} {outcome} {}ms",
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
        bulk: bool,
    ) -> Result<Reply, SiteError> {
        let started = Instant::now();
        let mut request = self
            .client
            .request(method.clone(), url)
            .header("accept", "application/json");
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
            // in the socket until a permit lets it into memory.
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
                eprintln!(
                    "oscope: debug: {} request body: {}",
                    self.name(),
                    redact(value)
                );
            }
        }
        result
    }
}

/// The request ID an answer carries (`X-OpenStack-Request-ID`, or Nova's
/// older `X-Compute-Request-ID`).
fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-openstack-request-id")
        .or_else(|| headers.get("x-compute-request-id"))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// What a request `--explain` held back answers.
pub fn withheld() -> SiteError {
    SiteError::new(FailureClass::Withheld, "not sent (--explain)")
}

/// `X-OpenStack-Request-ID` and the message of an error answer.
fn http_error(reply: &Reply) -> SiteError {
    SiteError {
        class: FailureClass::of_status(reply.status),
        status: Some(reply.status),
        request_id: reply.request_id.clone(),
        message: error_message(&reply.body),
    }
}

fn too_large(status: u16, request_id: Option<String>) -> SiteError {
    SiteError {
        class: FailureClass::Server,
        status: Some(status),
        request_id,
        message: format!("the answer is larger than {} MiB", MAX_BODY >> 20),
    }
}

fn transport_error(e: reqwest::Error) -> SiteError {
    let class = if e.is_timeout() {
        FailureClass::Timeout
    } else {
        FailureClass::Transport
    };
    // Told by its root cause ("Connection refused") and the URL, rather than
    // by reqwest's chain of wrappers.
    let mut cause = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    let message = match e.url() {
        Some(url) => format!("{cause} ({url})"),
        None => cause,
    };
    SiteError::new(class, message)
}

/// How long `Retry-After` asks to wait (seconds only), when it is sane.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds: u64 = headers
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let wait = Duration::from_secs(seconds);
    (wait <= MAX_RETRY_AFTER).then_some(wait)
}

/// The Keystone v3 URL of an auth URL, which may lack the `/v3`.
fn identity_v3(auth_url: &str) -> String {
    let base = auth_url.trim_end_matches('/');
    if base.ends_with("/v3") {
        base.to_string()
    } else {
        format!("{base}/v3")
    }
}

fn named_json(named: &Named) -> Value {
    if let Some(id) = &named.id {
        return object([("id", text(id))]);
    }
    let Some(name) = &named.name else {
        return object([]);
    };
    let mut v = object([("name", text(name))]);
    match (&named.domain_id, &named.domain_name) {
        (Some(id), _) => v["domain"] = object([("id", text(id))]),
        (None, Some(name)) => v["domain"] = object([("name", text(name))]),
        (None, None) => {}
    }
    v
}

/// A JSON string of a setting.
fn text(s: &str) -> Value {
    Value::from(s)
}

/// A JSON object of these entries, in this order, the values moved in:
/// `json!` would copy each nested value it is given once more, at every
/// level, for each of a thousand sites.
fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
    Value::Object(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// The body of `POST /v3/auth/tokens` for a site's credentials and scope.
pub fn auth_request(config: &SiteConfig) -> Value {
    let identity = match &config.credentials {
        Credentials::Password { user, password } => {
            let mut user = named_json(user);
            user["password"] = text(password);
            object([
                ("methods", json!(["password"])),
                ("password", object([("user", user)])),
            ])
        }
        Credentials::Token { token } => object([
            ("methods", json!(["token"])),
            ("token", object([("id", text(token))])),
        ]),
        Credentials::ApplicationCredential {
            id,
            name,
            user,
            secret,
        } => {
            let mut cred = object([("secret", text(secret))]);
            match (id, name) {
                (Some(id), _) => cred["id"] = text(id),
                (None, name) => {
                    cred["name"] = name.as_deref().map_or(Value::Null, text);
                    cred["user"] = named_json(user);
                }
            }
            object([
                ("methods", json!(["application_credential"])),
                ("application_credential", cred),
            ])
        }
    };
    let scope = match &config.scope {
        AuthScope::Project(project) => Some(object([("project", named_json(project))])),
        AuthScope::Domain { id: Some(id), .. } => {
            Some(object([("domain", object([("id", text(id))]))]))
        }
        AuthScope::Domain { name, .. } => Some(object([(
            "domain",
            object([("name", name.as_deref().map_or(Value::Null, text))]),
        )])),
        AuthScope::System => Some(object([("system", object([("all", true.into())]))])),
        AuthScope::Unscoped => None,
    };
    let auth = match scope {
        Some(scope) => object([("identity", identity), ("scope", scope)]),
        None => object([("identity", identity)]),
    };
    object([("auth", auth)])
}

/// A copy of a JSON body with every secret replaced by `***`, for logs.
pub fn redact(value: &Value) -> Value {
    const SECRET: &[&str] = &[
        "password",
        "secret",
        "token",
        "id_token",
        "adminPass",
        "private_key",
        "admin_pass",
    ];
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let hidden = SECRET.contains(&k.as_str()) && !v.is_object();
                    let token_id = k == "token" && v.get("id").is_some();
                    let v = if hidden {
                        json!("***")
                    } else if token_id {
                        json!({"id": "***"})
                    } else {
                        redact(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_requests_keep_their_shape() {
        let named =
            |id: Option<&str>, name: Option<&str>, did: Option<&str>, dname: Option<&str>| Named {
                id: id.map(Into::into),
                name: name.map(Into::into),
                domain_id: did.map(Into::into),
                domain_name: dname.map(Into::into),
            };
        let user = named(None, Some("u"), None, Some("Default"));
        let password = Credentials::Password {
            user: user.clone(),
            password: "p".into(),
        };
        let cases = [
            (
                password.clone(),
                AuthScope::Project(named(None, Some("pr"), Some("d1"), None)),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}},"scope":{"project":{"name":"pr","domain":{"id":"d1"}}}}}"#,
            ),
            (
                Credentials::Password {
                    user: named(Some("uid"), Some("ignored"), None, None),
                    password: "p".into(),
                },
                AuthScope::Project(named(Some("pid"), None, None, None)),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"uid","password":"p"}}},"scope":{"project":{"id":"pid"}}}}"#,
            ),
            (
                Credentials::Token { token: "t".into() },
                AuthScope::Domain {
                    id: Some("d".into()),
                    name: None,
                },
                r#"{"auth":{"identity":{"methods":["token"],"token":{"id":"t"}},"scope":{"domain":{"id":"d"}}}}"#,
            ),
            (
                Credentials::ApplicationCredential {
                    id: Some("a".into()),
                    name: None,
                    user: user.clone(),
                    secret: "s".into(),
                },
                AuthScope::Domain {
                    id: None,
                    name: Some("dn".into()),
                },
                r#"{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"secret":"s","id":"a"}},"scope":{"domain":{"name":"dn"}}}}"#,
            ),
            (
                Credentials::ApplicationCredential {
                    id: None,
                    name: Some("an".into()),
                    user: named(None, Some("u"), Some("ud"), None),
                    secret: "s".into(),
                },
                AuthScope::System,
                r#"{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"secret":"s","name":"an","user":{"name":"u","domain":{"id":"ud"}}}},"scope":{"system":{"all":true}}}}"#,
            ),
            (
                password,
                AuthScope::Unscoped,
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}}}}"#,
            ),
        ];
        for (credentials, scope, expected) in cases {
            let config = SiteConfig {
                credentials,
                scope,
                ..SiteConfig::for_tests("a")
            };
            assert_eq!(auth_request(&config).to_string(), expected);
        }
    }

    #[test]
    fn a_token_body_of_the_wrong_shape_or_not_json_fails_the_site_in_one_line() {
        let parse = |text: &str| Auth::parse("t".into(), text.into(), false);
        let good = r#"{"token": {"expires_at": "2999-01-01T00:00:00.000000Z",
            "project": {"id": "p"}, "user": {"id": "u"},
            "catalog": [{"type": "image", "endpoints": [{"interface": "public",
                "region_id": "R", "url": "http://x/image"}]}]}}"#;
        let auth = parse(good).unwrap();
        assert_eq!((auth.project_id(), auth.user_id()), (Some("p"), Some("u")));
        assert_eq!(
            auth.catalog()[0].endpoints[0].url.as_deref(),
            Some("http://x/image")
        );
        for bad in [
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "catalog": "x"}}"#,
            r#"{"token": {"expires_at": 7}}"#,
            r#"{"token": []}"#,
            r#"{"token": {"catalog": null}}"#,
            "[]",
        ] {
            let e = parse(bad).unwrap_err();
            assert_eq!(e.class, FailureClass::Server, "{bad}");
            assert!(!e.message.contains('\n'), "{e:?}");
            assert!(e.message.starts_with("Keystone's token"), "{e:?}");
        }
        // Not JSON at all, even where oscope reads nothing: this one read
        // is the only check a new token's body gets before it is used.
        for broken in [
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "roles": [1,]}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "x": {"a" 1}}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "x": "\q"}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "x": tru}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z"}} trailing"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z"}"#,
        ] {
            let e = parse(broken).unwrap_err();
            assert_eq!(e.class, FailureClass::Server, "{broken}");
            assert!(!e.message.contains('\n'), "{e:?}");
        }
    }

    #[test]
    fn redaction_hides_every_secret() {
        let body = json!({"auth": {"identity": {"methods": ["password", "token"],
            "password": {"user": {"name": "u", "password": "hunter2"}},
            "token": {"id": "gAAAA-secret"},
            "application_credential": {"id": "x", "secret": "s3cr3t"}}},
            "server": {"adminPass": "p"}, "keypair": {"private_key": "k"}});
        let text = redact(&body).to_string();
        for secret in ["hunter2", "gAAAA-secret", "s3cr3t", "\"p\"", "\"k\""] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(text.contains("\"name\":\"u\""));
    }

    #[test]
    fn idle_connections_are_kept_only_when_they_fit() {
        assert_eq!(Reuse::for_command(100, 256, Some(1024)), Reuse::All);
        assert_eq!(Reuse::for_command(100, 256, None), Reuse::All);
        assert_eq!(Reuse::for_command(101, 256, None), Reuse::Small);
        assert_eq!(Reuse::for_command(400, 256, Some(1024)), Reuse::Small);
        assert_eq!(Reuse::for_command(600, 256, Some(1024)), Reuse::None);
        assert_eq!(Reuse::for_command(10_000, 320, Some(20_000)), Reuse::Small);
    }
}
