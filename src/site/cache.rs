//! Tokens on disk, so that the next command costs no Keystone round trip.
//!
//! One file per (auth URL, identity, scope), named by a SHA-256 of them, in
//! `$XDG_CACHE_HOME/oscope/tokens` (`~/.cache/oscope/tokens`): the directory
//! 0700, the files 0600, written to a temporary file and renamed so that
//! concurrent oscope processes never read half a file. A file holds the
//! token and Keystone's token body (with the catalogue); never a password.
//! Entries are used until two minutes before `expires_at`.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::config::{AuthScope, Credentials, SiteConfig};

/// How long before `expires_at` a cached token is no longer used.
pub const MARGIN: Duration = Duration::from_secs(120);

/// A token and its body, as Keystone gave them.
#[derive(Clone, Debug)]
pub struct Entry {
    pub token: String,
    pub body: Value,
}

/// The token cache directory.
#[derive(Clone, Debug)]
pub struct TokenCache {
    dir: PathBuf,
}

impl TokenCache {
    pub fn new(dir: PathBuf) -> TokenCache {
        TokenCache { dir }
    }

    /// `$XDG_CACHE_HOME/oscope/tokens`, else `~/.cache/oscope/tokens`.
    pub fn default_dir(xdg_cache: Option<&str>, home: Option<&Path>) -> Option<PathBuf> {
        let base = xdg_cache
            .map(PathBuf::from)
            .or_else(|| home.map(|h| h.join(".cache")))?;
        Some(base.join("oscope").join("tokens"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file for a site's identity and scope.
    pub fn path(&self, config: &SiteConfig) -> PathBuf {
        self.dir.join(format!("{}.json", key(config)))
    }

    /// The cached entry, if there is one that is still good.
    pub async fn load(&self, config: &SiteConfig) -> Option<Entry> {
        let text = tokio::fs::read(self.path(config)).await.ok()?;
        let stored: Value = serde_json::from_slice(&text).ok()?;
        let entry = Entry {
            token: stored["token"].as_str()?.to_string(),
            body: stored["body"].clone(),
        };
        let expires = expires_at(&entry.body)?;
        (expires > SystemTime::now() + MARGIN).then_some(entry)
    }

    /// Stores an entry: 0600 in a 0700 directory, atomically.
    pub async fn store(&self, config: &SiteConfig, entry: &Entry) -> std::io::Result<()> {
        let dir = self.dir.clone();
        let path = self.path(config);
        let text = serde_json::to_vec(&json!({"token": entry.token, "body": entry.body}))?;
        tokio::task::spawn_blocking(move || write_private(&dir, &path, &text)).await?
    }

    /// Forgets a site's entry (after a 401).
    pub async fn remove(&self, config: &SiteConfig) {
        let _ = tokio::fs::remove_file(self.path(config)).await;
    }
}

/// Creates `dir` (and its parents) readable by its owner only.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};

    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)?;
    #[cfg(unix)]
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    Ok(())
}

/// Writes `text` to `path` in `dir` so that no one else can read it and no
/// reader ever sees a partial file.
///
/// One write at a time in this process, and the directory made once: a
/// thousand sites' tokens written at once from as many threads spend
/// their time contending for the directory's lock in the kernel.
pub fn write_private(dir: &Path, path: &Path, text: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    static WRITING: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

    let mut made = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    if !made.iter().any(|d| d == dir) {
        create_private_dir(dir)?;
        made.push(dir.to_path_buf());
    }
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .subsec_nanos();
    let temp = path.with_extension(format!("tmp.{}.{nanos}", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options.open(&temp)?;
    // No fsync: a cache file lost or emptied by a crash is only a cache
    // miss (a file that does not parse is ignored), and a thousand sites'
    // tokens are written at once.
    let written = file.write_all(text);
    if let Err(e) = written.and_then(|_| std::fs::rename(&temp, path)) {
        let _ = std::fs::remove_file(&temp);
        return Err(e);
    }
    Ok(())
}

/// `expires_at` of a token body.
pub fn expires_at(body: &Value) -> Option<SystemTime> {
    humantime::parse_rfc3339_weak(body["token"]["expires_at"].as_str()?.trim_end_matches('Z')).ok()
}

/// A hash of what identifies a token: where, who, and for what scope. The
/// secret itself is never part of it, except for token authentication,
/// where the token is the identity (and only its hash is kept).
pub fn key(config: &SiteConfig) -> String {
    let who = match &config.credentials {
        Credentials::Password { user, .. } => json!([
            "password",
            user.id,
            user.name,
            user.domain_id,
            user.domain_name
        ]),
        Credentials::Token { token } => json!(["token", hex(&Sha256::digest(token.as_bytes()))]),
        Credentials::ApplicationCredential { id, name, user, .. } => {
            json!([
                "application_credential",
                id,
                name,
                user.id,
                user.name,
                user.domain_id,
                user.domain_name
            ])
        }
    };
    let scope = match &config.scope {
        AuthScope::Project(p) => json!(["project", p.id, p.name, p.domain_id, p.domain_name]),
        AuthScope::Domain { id, name } => json!(["domain", id, name]),
        AuthScope::System => json!(["system"]),
        AuthScope::Unscoped => json!(["unscoped"]),
    };
    let material = json!([config.auth_url.trim_end_matches('/'), who, scope]).to_string();
    hex(&Sha256::digest(material.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
