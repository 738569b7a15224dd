//! Tokens on disk, so that the next command costs no Keystone round trip.
//!
//! Entries are keyed by a SHA-256 of (auth URL, identity, scope) and kept in
//! [`SHARDS`] files, `$XDG_CACHE_HOME/oscope/tokens/NN.json`
//! (`~/.cache/oscope/tokens`), chosen by the key's first byte: the directory
//! 0700, the files 0600. A file is a JSON object of key → token, its expiry
//! and Keystone's token body (with the catalogue); never a password.
//! Entries are used until two minutes before `expires_at`.
//!
//! Why shards, not a file per token: creating a file costs the kernel
//! ~150 µs on ext4, so a thousand sites' new tokens written one file each
//! cost more than their Keystone round trip. New tokens are kept in memory
//! and written together ([`TokenCache::save`]), when a fan-out is over and
//! at the end of the command: each
//! touched shard is read, merged and replaced (temporary file + rename)
//! under an exclusive lock on `tokens/lock`, so concurrent oscope processes
//! neither lose each other's tokens nor read half a file. A reader reads a
//! shard once per process, without the lock.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::{AuthScope, Grant, Method, Secret, SiteConfig};

/// How long before `expires_at` a cached token is no longer used.
pub const MARGIN: Duration = Duration::from_secs(120);

/// How many files the entries are spread over: few enough that a command
/// over a thousand sites writes a few dozen files, many enough that a
/// command over one site reads a small one.
pub const SHARDS: usize = 16;

/// A token, its expiry and its body, as Keystone gave them; also what a
/// shard file holds for each key.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Entry {
    pub token: String,
    /// `expires_at` in seconds since the epoch, so that expired entries
    /// are dropped without parsing their bodies.
    pub expires: u64,
    /// Keystone's token body (`{"token": {...}}`), as text, shared with
    /// the session that uses it, not copied.
    #[serde(with = "raw_json")]
    pub body: Arc<str>,
}

/// A token body in a shard file: JSON in the JSON, not a string of it.
/// Bodies are JSON text already read whole (by `Auth::parse`, or from the
/// file); checking them again happens here, when the cache is written,
/// off the requests' way.
mod raw_json {
    use std::sync::Arc;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::value::RawValue;

    pub fn serialize<S: Serializer>(body: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
        RawValue::from_string(body.to_string())
            .map_err(serde::ser::Error::custom)?
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
        Ok(Box::<str>::from(Box::<RawValue>::deserialize(d)?).into())
    }
}

type Shard = HashMap<String, Entry>;

/// The token cache: its directory, the shards read so far, and this
/// command's changes.
#[derive(Debug)]
pub struct TokenCache {
    /// Where the shards are; none for a cache in memory only
    /// (`--no-token-cache` in batch mode: shared, never written).
    dir: Option<PathBuf>,
    read: Vec<OnceLock<Shard>>,
    changes: Mutex<HashMap<String, Change>>,
    /// Held through a save, so that changes reach the disk in their order.
    saving: Mutex<()>,
}

/// A key's new entry, or `None` for a token the services refused; kept
/// after it is saved, since the shards already read do not have it.
#[derive(Clone, Debug)]
struct Change {
    entry: Option<Arc<Entry>>,
    saved: bool,
}

impl TokenCache {
    pub fn new(dir: PathBuf) -> TokenCache {
        TokenCache::at(Some(dir))
    }

    /// A cache in memory only: it neither reads nor writes files.
    pub fn in_memory() -> TokenCache {
        TokenCache::at(None)
    }

    fn at(dir: Option<PathBuf>) -> TokenCache {
        TokenCache {
            dir,
            read: (0..SHARDS).map(|_| OnceLock::new()).collect(),
            changes: Mutex::default(),
            saving: Mutex::default(),
        }
    }

    /// `$XDG_CACHE_HOME/oscope/tokens`, else `~/.cache/oscope/tokens`.
    pub fn default_dir(xdg_cache: Option<&str>, home: Option<&Path>) -> Option<PathBuf> {
        let base = xdg_cache
            .map(PathBuf::from)
            .or_else(|| home.map(|h| h.join(".cache")))?;
        Some(base.join("oscope").join("tokens"))
    }

    /// Where its files are, unless it is in memory only.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The cached entry for a site's [`key`], if one is still good: this
    /// command's own first, else the one on disk.
    pub fn load(&self, key: &str) -> Option<Entry> {
        let changes = self.changes.lock().expect("token cache lock");
        let entry = match changes.get(key) {
            Some(change) => Entry::clone(change.entry.as_ref()?),
            None => {
                drop(changes);
                self.shard(shard_of(key)).get(key)?.clone()
            }
        };
        (entry.expires > seconds(SystemTime::now() + MARGIN)).then_some(entry)
    }

    /// Keeps an entry, to be written by [`TokenCache::save`].
    pub fn store(&self, key: &str, entry: Entry) {
        self.change(key, Some(Arc::new(entry)));
    }

    /// Forgets a site's entry (after a 401), on disk too at the next save.
    pub fn remove(&self, key: &str) {
        self.change(key, None);
    }

    fn change(&self, key: &str, entry: Option<Arc<Entry>>) {
        let mut changes = self.changes.lock().expect("token cache lock");
        changes.insert(
            key.to_string(),
            Change {
                entry,
                saved: false,
            },
        );
    }

    /// Writes the changes not yet saved: each shard they touch is read,
    /// merged (expired entries dropped) and replaced, under the lock.
    pub fn save(&self) -> std::io::Result<()> {
        let _one_at_a_time = self.saving.lock().unwrap_or_else(|e| e.into_inner());
        let mut by_shard: BTreeMap<usize, Vec<(String, Change)>> = BTreeMap::new();
        for (key, change) in self.changes.lock().expect("token cache lock").iter_mut() {
            if !change.saved {
                change.saved = true;
                by_shard
                    .entry(shard_of(key))
                    .or_default()
                    .push((key.clone(), change.clone()));
            }
        }
        let Some(dir) = self.dir.as_deref().filter(|_| !by_shard.is_empty()) else {
            return Ok(());
        };
        create_private_dir(dir)?;
        let _lock = Lock::exclusive(&dir.join("lock"))?;
        let now = seconds(SystemTime::now());
        for (shard, changes) in by_shard {
            let path = dir.join(shard_file(shard));
            let on_disk = read_shard(&path);
            let mut entries: HashMap<&str, &Entry> =
                on_disk.iter().map(|(k, e)| (k.as_str(), e)).collect();
            for (key, change) in &changes {
                match &change.entry {
                    Some(entry) => entries.insert(key, entry),
                    None => entries.remove(key.as_str()),
                };
            }
            entries.retain(|_, entry| entry.expires > now);
            let text = serde_json::to_vec(&entries)?;
            write_private(dir, &path, &text)?;
        }
        Ok(())
    }

    fn shard(&self, shard: usize) -> &Shard {
        self.read[shard].get_or_init(|| match &self.dir {
            Some(dir) => read_shard(&dir.join(shard_file(shard))),
            None => Shard::default(),
        })
    }
}

/// A shard's file name in the cache's directory.
fn shard_file(shard: usize) -> String {
    format!("{shard:02}.json")
}

/// A shard's entries; a file that is missing or does not parse is empty
/// (a damaged cache costs its tokens, not the command).
fn read_shard(path: &Path) -> Shard {
    std::fs::read(path)
        .ok()
        .and_then(|text| serde_json::from_slice(&text).ok())
        .unwrap_or_default()
}

/// The shard of a key (a hex SHA-256).
fn shard_of(key: &str) -> usize {
    usize::from_str_radix(key.get(..2).unwrap_or("0"), 16).unwrap_or(0) % SHARDS
}

/// Seconds since the epoch, as entries keep their expiry.
pub fn seconds(time: SystemTime) -> u64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// An exclusive `flock` on a file, released when dropped.
pub struct Lock {
    _file: std::fs::File,
}

impl Lock {
    pub fn exclusive(path: &Path) -> std::io::Result<Lock> {
        #[cfg(unix)]
        use std::os::unix::fs::OpenOptionsExt;
        #[cfg(unix)]
        use std::os::unix::io::AsRawFd;
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        options.mode(0o600);
        let file = options.open(path)?;
        #[cfg(unix)]
        loop {
            // SAFETY: flock on a descriptor we own; it is released when the
            // file is closed.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
                break;
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
        Ok(Lock { _file: file })
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

/// A token body's `expires_at` (`2026-11-21T23:46:10.238654Z`).
pub fn parse_expiry(text: &str) -> Option<SystemTime> {
    humantime::parse_rfc3339_weak(text.trim_end_matches('Z')).ok()
}

/// A hash of what identifies a token: where, who, and for what scope. The
/// secret itself is never part of it, except for token authentication,
/// where the token is the identity (and only its hash is kept).
pub fn key(config: &SiteConfig) -> String {
    // The JSON text of [auth_url, who, scope], written from tuples (JSON
    // arrays) rather than built as JSON values: a thousand sites make
    // theirs at once, and the text, hence the key, is the same.
    fn json(value: &impl Serialize) -> String {
        // Strings and nulls: nothing that can fail to serialise.
        serde_json::to_string(value).unwrap_or_default()
    }
    let method = |method: &Method| match method {
        Method::Password { user, .. } => json(&(
            "password",
            &user.id,
            &user.name,
            &user.domain_id,
            &user.domain_name,
        )),
        Method::Totp { user, .. } => json(&(
            "totp",
            &user.id,
            &user.name,
            &user.domain_id,
            &user.domain_name,
        )),
        Method::Token { token } => match token {
            Secret::Given(token) => json(&("token", hex::encode(Sha256::digest(token.as_bytes())))),
            Secret::Command(command) => json(&(
                "token_command",
                hex::encode(Sha256::digest(command.as_bytes())),
            )),
            Secret::Ask => json(&("token",)),
        },
        Method::ApplicationCredential { id, name, user, .. } => json(&(
            "application_credential",
            id,
            name,
            &user.id,
            &user.name,
            &user.domain_id,
            &user.domain_name,
        )),
        // The provider's user: its name, the client, or a hash of the
        // token or of the command that gives it.
        Method::Oidc(oidc) => {
            let who = match &oidc.grant {
                Grant::Password { username, .. } => username.clone(),
                Grant::AccessToken {
                    token: Secret::Given(text) | Secret::Command(text),
                } => hex::encode(Sha256::digest(text.as_bytes())),
                _ => String::new(),
            };
            json(&(
                method.keystone_name(),
                &oidc.identity_provider,
                &oidc.protocol,
                &oidc.client_id,
                who,
            ))
        }
        Method::Saml(saml) => json(&(
            method.keystone_name(),
            &saml.identity_provider,
            &saml.protocol,
            &saml.identity_provider_url,
            &saml.username,
        )),
    };
    // One method as 0.1.0 wrote it; several as a list of those.
    let who = match &config.credentials.methods[..] {
        [one] => method(one),
        several => format!(
            "[{}]",
            several.iter().map(method).collect::<Vec<_>>().join(",")
        ),
    };
    let scope = match &config.scope {
        AuthScope::Project(p) => json(&("project", &p.id, &p.name, &p.domain_id, &p.domain_name)),
        AuthScope::Domain { id, name } => json(&("domain", id, name)),
        AuthScope::System => json(&("system",)),
        AuthScope::Trust(id) => json(&("trust", id)),
        AuthScope::Unscoped => json(&("unscoped",)),
    };
    let url = json(&config.auth_url.trim_end_matches('/'));
    let material = format!("[{url},{who},{scope}]");
    hex::encode(Sha256::digest(material.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Keys name files that outlive oscope's versions: they must not
    /// change. These are the keys of 0.1.0 for every kind of credential
    /// and scope.
    #[test]
    fn keys_stay_what_they_were() {
        use crate::config::{AuthScope, Credentials, Method, Named, Secret};
        let named = |id: Option<&str>, name: Option<&str>| Named {
            id: id.map(Into::into),
            name: name.map(Into::into),
            domain_id: None,
            domain_name: Some("Default".into()),
        };
        let user = named(None, Some("admin"));
        let kinds = [
            (
                Credentials::one(Method::Password {
                    user: user.clone(),
                    password: Secret::Given("secret".into()),
                }),
                AuthScope::Project(named(None, Some("demo"))),
            ),
            (
                Credentials::one(Method::Token {
                    token: Secret::Given("gAAAA".into()),
                }),
                AuthScope::Domain {
                    id: Some("default".into()),
                    name: None,
                },
            ),
            (
                Credentials::one(Method::ApplicationCredential {
                    id: None,
                    name: Some("ci".into()),
                    user: user.clone(),
                    secret: Secret::Given("s".into()),
                }),
                AuthScope::System,
            ),
            (
                Credentials::one(Method::Password {
                    user: named(Some("u1"), None),
                    password: Secret::Ask,
                }),
                AuthScope::Unscoped,
            ),
        ];
        let keys: Vec<String> = kinds
            .into_iter()
            .map(|(credentials, scope)| {
                let mut config = SiteConfig::for_tests("a");
                config.auth_url = "http://127.0.0.1:5000/v3/".into();
                config.credentials = credentials;
                config.scope = scope;
                key(&config)
            })
            .collect();
        assert_eq!(
            keys,
            [
                "38aa172dc23440ad67c1687d8b249b32c1f1125c5f2ec76fc97359f46b584dcf",
                "7c158a1626dd553c6a64afcab2fc1aadbd3bbeeb78a0d450375e98a0e7cbf523",
                "a5c0b2d1fdf0d72ed893aeda1af0863f7a80a0e5cc956bc871995c4b948b3259",
                "497dc24bc08756bdf61628552e6fc2bf525ebaed5f045e1077e18b72bbfd7aae",
            ]
        );
    }

    /// The cache key of a site whose user is `who`.
    fn site(who: &str) -> String {
        key(&SiteConfig::for_tests(who))
    }

    fn entry(token: &str, expires: SystemTime) -> Entry {
        let at = humantime::format_rfc3339_micros(expires).to_string();
        let body = json!({"token": {"expires_at": at, "catalog": []}});
        Entry {
            token: token.into(),
            expires: seconds(expires),
            body: body.to_string().into(),
        }
    }

    #[test]
    fn a_body_is_written_as_json_and_read_back_as_its_text() {
        let dir = tempfile::tempdir().unwrap();
        let later = SystemTime::now() + Duration::from_secs(3600);
        let text = r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "catalog": []}}"#;
        let cache = TokenCache::new(dir.path().to_path_buf());
        let entry = Entry {
            body: format!("\n {text} \n").into(),
            ..entry("t", later)
        };
        cache.store(&site("u"), entry);
        cache.save().unwrap();
        let file = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
            .find(|f| f.contains("expires_at"))
            .unwrap();
        let shard: serde_json::Value = serde_json::from_str(&file).unwrap();
        let (_, written) = shard.as_object().unwrap().iter().next().unwrap();
        assert_eq!(
            written["body"],
            serde_json::from_str::<serde_json::Value>(text).unwrap()
        );
        let again = TokenCache::new(dir.path().to_path_buf());
        assert_eq!(&*again.load(&site("u")).unwrap().body, text);
    }

    #[test]
    fn written_once_read_back_and_merged() {
        let dir = tempfile::tempdir().unwrap();
        let tokens = dir.path().join("tokens");
        let later = SystemTime::now() + Duration::from_secs(3600);
        let users: Vec<String> = (0..200).map(|i| format!("user{i}")).collect();

        let first = TokenCache::new(tokens.clone());
        for user in &users[..100] {
            first.store(&site(user), entry(user, later));
        }
        // Kept in memory, seen by this process, written only by save.
        assert_eq!(first.load(&site("user7")).unwrap().token, "user7");
        assert!(!tokens.exists());
        first.save().unwrap();
        let files = std::fs::read_dir(&tokens).unwrap().count();
        assert!(files <= SHARDS + 1, "{files} files");

        // A second process adds its own without losing the first's.
        let second = TokenCache::new(tokens.clone());
        for user in &users[100..] {
            second.store(&site(user), entry(user, later));
        }
        second.remove(&site("user3"));
        second.save().unwrap();

        let third = TokenCache::new(tokens.clone());
        for user in &users {
            let found = third.load(&site(user)).map(|e| e.token);
            let expected = (user != "user3").then(|| user.clone());
            assert_eq!(found, expected, "{user}");
        }
        #[cfg(unix)]
        for file in std::fs::read_dir(&tokens).unwrap() {
            use std::os::unix::fs::PermissionsExt;
            let mode = file.unwrap().metadata().unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_later_save_writes_only_what_came_since() {
        let dir = tempfile::tempdir().unwrap();
        let tokens = dir.path().join("tokens");
        let later = SystemTime::now() + Duration::from_secs(3600);
        let cache = TokenCache::new(tokens.clone());
        // A shard read before the save does not have what the save wrote:
        // the command still finds its own tokens.
        assert!(cache.load(&site("a")).is_none());
        cache.store(&site("a"), entry("a", later));
        assert!(!tokens.exists());
        cache.save().unwrap();
        assert!(tokens.exists());
        assert_eq!(cache.load(&site("a")).unwrap().token, "a");
        // The next save writes only what came since, in order.
        cache.remove(&site("a"));
        cache.store(&site("b"), entry("b", later));
        cache.save().unwrap();
        let reader = TokenCache::new(tokens);
        assert!(reader.load(&site("a")).is_none());
        assert_eq!(reader.load(&site("b")).unwrap().token, "b");
    }

    #[test]
    fn expired_and_damaged_entries_are_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let tokens = dir.path().join("tokens");
        let cache = TokenCache::new(tokens.clone());
        // Within the margin: stored, never used, and dropped once expired.
        let soon = SystemTime::now() + Duration::from_secs(60);
        cache.store(&site("soon"), entry("soon", soon));
        assert!(cache.load(&site("soon")).is_none());
        let past = SystemTime::now() - Duration::from_secs(60);
        cache.store(&site("past"), entry("past", past));
        cache.save().unwrap();
        let text: String = std::fs::read_dir(&tokens)
            .unwrap()
            .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
            .collect();
        assert!(
            text.contains("\"soon\"") && !text.contains("\"past\""),
            "{text}"
        );

        // A shard that does not parse is an empty shard: its tokens are
        // lost, not the command, and the next save replaces it.
        let later = SystemTime::now() + Duration::from_secs(3600);
        cache.store(&site("good"), entry("good", later));
        cache.save().unwrap();
        let shard = tokens.join(format!("{:02}.json", shard_of(&site("good"))));
        std::fs::write(&shard, "{not json").unwrap();
        let fresh = TokenCache::new(tokens.clone());
        assert!(fresh.load(&site("good")).is_none());
        fresh.store(&site("good"), entry("again", later));
        fresh.save().unwrap();
        let reader = TokenCache::new(tokens.clone());
        assert_eq!(reader.load(&site("good")).unwrap().token, "again");
    }
}
