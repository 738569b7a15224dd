//! The routing cache: on which site oscope last saw each resource ID.
//!
//! Lists, shows and creates record the IDs they meet; `show`, `delete` and
//! `set` by ID then go straight to the recorded site when it is in the
//! scope, and fall back to the scope's fan-out when it does not have the
//! resource any more. Only UUIDs are recorded: flavor IDs such as `1` and
//! key pair names mean a different thing at every site.
//!
//! One small text file, `$XDG_CACHE_HOME/oscope/routes` (beside the token
//! cache), a line per ID: `ID<TAB>SITE<TAB>SECONDS`. It holds the
//! [`MAX_ENTRIES`] most recently seen IDs. Writers take an exclusive lock
//! on `routes.lock`, read, merge their changes, write a temporary file and
//! rename it, so concurrent oscope processes neither lose each other's
//! entries nor ever read half a file. It holds no secret, but lives in the
//! same private (0700) directory as the tokens and is 0600 like them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// The most IDs the cache keeps; the least recently seen go first.
pub const MAX_ENTRIES: usize = 20_000;

/// Where an ID was seen, and when (seconds since the epoch).
type Entry = (Arc<str>, u64);

/// The routing cache file and what a command learned.
#[derive(Debug)]
pub struct RouteCache {
    path: PathBuf,
}

/// A change to the cache: an ID seen at a site, or an ID gone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Seen { id: Arc<str>, site: Arc<str> },
    Gone { id: String },
}

impl Change {
    /// What a list saw: each site's IDs, in the list's order. Only the
    /// last [`MAX_ENTRIES`] are kept: the cache would drop the others.
    pub fn seen_in(lists: Vec<(String, Vec<Arc<str>>)>) -> Vec<Change> {
        let total: usize = lists.iter().map(|(_, ids)| ids.len()).sum();
        let mut skip = total.saturating_sub(MAX_ENTRIES);
        let mut changes = Vec::with_capacity(total - skip);
        for (site, mut ids) in lists {
            // Shared by the site's IDs, not copied for each.
            let site: Arc<str> = site.into();
            let from = skip.min(ids.len());
            skip -= from;
            let kept = ids.split_off(from);
            changes.extend(kept.into_iter().map(|id| Change::Seen {
                id,
                site: site.clone(),
            }));
        }
        changes
    }
}

impl RouteCache {
    /// The cache in `dir` (`$XDG_CACHE_HOME/oscope`).
    pub fn new(dir: &Path) -> RouteCache {
        RouteCache {
            path: dir.join("routes"),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The site where `id` was last seen, if it is a UUID the cache knows.
    pub fn site_of(&self, id: &str) -> Option<String> {
        if !is_uuid(id) {
            return None;
        }
        let text = std::fs::read_to_string(&self.path).ok()?;
        parse(&text)
            .into_iter()
            .find(|(known, _)| known.eq_ignore_ascii_case(id))
            .map(|(_, (site, _))| site.to_string())
    }

    /// Applies `changes` (IDs that are not UUIDs are left out). Failing to
    /// write a cache never fails a command: the error is for `--debug`.
    pub fn apply(&self, changes: impl IntoIterator<Item = Change>) -> std::io::Result<()> {
        let mut changes: Vec<Change> = changes.into_iter().collect();
        changes.retain(|c| match c {
            Change::Seen { id, .. } => is_uuid(id),
            Change::Gone { id } => is_uuid(id),
        });
        // A list of more IDs than the cache holds keeps its last ones: the
        // rest would be dropped again below.
        if changes.len() > MAX_ENTRIES {
            changes.drain(..changes.len() - MAX_ENTRIES);
        }
        if changes.is_empty() {
            return Ok(());
        }
        let dir = self.path.parent().unwrap_or(Path::new("."));
        crate::site::create_private_dir(dir)?;
        let _lock = crate::site::Lock::exclusive(&self.path.with_extension("lock"))?;
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        // What the command learned, each ID's last change winning. An ID
        // is kept as given (the text its row shares) unless it has
        // capitals, which OpenStack's own IDs never have.
        let lowercase = |id: Arc<str>| -> Arc<str> {
            if id.bytes().any(|b| b.is_ascii_uppercase()) {
                id.to_ascii_lowercase().into()
            } else {
                id
            }
        };
        let mut seen = HashMap::with_capacity(changes.len());
        let mut gone = Vec::new();
        for change in changes {
            match change {
                Change::Seen { id, site } => {
                    seen.insert(lowercase(id), (site, now));
                }
                Change::Gone { id } => {
                    let id = lowercase(id.into());
                    seen.remove(&id);
                    gone.push(id);
                }
            }
        }
        // A command that saw as many IDs as the cache holds replaces it:
        // they are the newest, so the old file need not even be read.
        let entries = if seen.len() >= MAX_ENTRIES {
            seen
        } else {
            let mut entries = parse(&std::fs::read_to_string(&self.path).unwrap_or_default());
            for id in &gone {
                entries.remove(id);
            }
            entries.extend(seen);
            entries
        };
        let mut kept: Vec<(Arc<str>, Entry)> = entries.into_iter().collect();
        if kept.len() > MAX_ENTRIES {
            kept.sort_unstable_by_key(|e| std::cmp::Reverse(e.1.1));
            kept.truncate(MAX_ENTRIES);
        }
        let mut text = String::with_capacity(kept.len() * 64);
        // Most entries share a time (this command's): written once.
        let mut time = (u64::MAX, String::new());
        for (id, (site, seen)) in &kept {
            if time.0 != *seen {
                time = (*seen, seen.to_string());
            }
            for part in [id, "\t", site, "\t", &time.1, "\n"] {
                text.push_str(part);
            }
        }
        crate::site::write_private(dir, &self.path, text.as_bytes())
    }
}

/// The entries of a cache file; lines that do not parse are skipped, so a
/// damaged file costs its entries, not the command.
fn parse(text: &str) -> HashMap<Arc<str>, Entry> {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (id, site, seen) = (fields.next()?, fields.next()?, fields.next()?);
            if fields.next().is_some() || !is_uuid(id) || site.is_empty() {
                return None;
            }
            Some((
                id.to_ascii_lowercase().into(),
                (site.into(), seen.parse().ok()?),
            ))
        })
        .collect()
}

/// A UUID, with or without dashes (Keystone's IDs have none).
pub fn is_uuid(id: &str) -> bool {
    let bytes = id.as_bytes();
    match bytes.len() {
        32 => bytes.iter().all(u8::is_ascii_hexdigit),
        // Dashes where a UUID has them, and hex digits everywhere else.
        36 => bytes.iter().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => *b == b'-',
            _ => b.is_ascii_hexdigit(),
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "0b5e3c3a-6f2d-4b4e-9a55-1c1f3c2b8e01";
    const B: &str = "5d2c0f4e9b7a4c1d8e3f6a7b8c9d0e1f";

    #[test]
    fn a_list_keeps_the_last_ids_it_saw_with_their_sites() {
        let ids = |site: &str, n: usize| {
            (
                site.to_string(),
                (0..n)
                    .map(|i| format!("{site}-{i}").into())
                    .collect::<Vec<_>>(),
            )
        };
        let few = Change::seen_in(vec![ids("a", 2), ids("b", 1)]);
        let seen = |id: &str, site: &str| Change::Seen {
            id: id.into(),
            site: site.into(),
        };
        assert_eq!(few, [seen("a-0", "a"), seen("a-1", "a"), seen("b-0", "b")]);
        // Three lists of more than the cache holds: the end of the second
        // and all of the third.
        let many = Change::seen_in(vec![ids("a", 30), ids("b", MAX_ENTRIES), ids("c", 5)]);
        assert_eq!(many.len(), MAX_ENTRIES);
        assert_eq!(many[0], seen("b-5", "b"));
        assert_eq!(many[MAX_ENTRIES - 5], seen("c-0", "c"));
        assert_eq!(many[MAX_ENTRIES - 1], seen("c-4", "c"));
    }

    #[test]
    fn only_uuids_are_routes() {
        assert!(is_uuid(A));
        assert!(is_uuid(B));
        assert!(is_uuid(&A.to_uppercase()));
        for not in [
            "1",
            "m1.small",
            "debian",
            "",
            "0b5e3c3a6f2d-4b4e-9a55-1c1f3c2b8e01",
            "0b5e3c3a-6f2d-4b4e-9a55-1c1f3c2b8e0g",
            "0b5e3c3a-6f2d-4b4e-9a55-1c1f3c2b-e01",
            "0b5e3c3a6-f2d-4b4e-9a55-1c1f3c2b8e01",
            "------------------------------------",
        ] {
            assert!(!is_uuid(not), "{not}");
        }
    }

    #[test]
    fn seen_gone_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let cache = RouteCache::new(&dir.path().join("oscope"));
        assert_eq!(cache.site_of(A), None);
        cache
            .apply([
                Change::Seen {
                    id: A.into(),
                    site: "berlin".into(),
                },
                Change::Seen {
                    id: "1".into(),
                    site: "berlin".into(),
                },
                Change::Seen {
                    id: B.into(),
                    site: "denver".into(),
                },
            ])
            .unwrap();
        assert_eq!(cache.site_of(A).as_deref(), Some("berlin"));
        assert_eq!(cache.site_of(&A.to_uppercase()).as_deref(), Some("berlin"));
        assert_eq!(cache.site_of("1"), None);
        cache.apply([Change::Gone { id: A.into() }]).unwrap();
        assert_eq!(cache.site_of(A), None);
        assert_eq!(cache.site_of(B).as_deref(), Some("denver"));
        // An ID in capitals is the same ID.
        let upper = A.to_uppercase();
        cache
            .apply([Change::Seen {
                id: upper.as_str().into(),
                site: "paris".into(),
            }])
            .unwrap();
        assert_eq!(cache.site_of(A).as_deref(), Some("paris"));
        cache.apply([Change::Gone { id: upper }]).unwrap();
        assert_eq!(cache.site_of(A), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(cache.path())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }

        let many = (0..MAX_ENTRIES + 10).map(|i| Change::Seen {
            id: format!("{i:032x}").into(),
            site: "paris".into(),
        });
        cache.apply(many).unwrap();
        let text = std::fs::read_to_string(cache.path()).unwrap();
        assert_eq!(text.lines().count(), MAX_ENTRIES);
    }

    #[test]
    fn a_damaged_file_costs_its_entries_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = RouteCache::new(dir.path());
        std::fs::write(
            cache.path(),
            format!("garbage\n{A}\tberlin\tnot-a-number\n{B}\tdenver\t12\n\u{0}\u{1}"),
        )
        .unwrap();
        assert_eq!(cache.site_of(A), None);
        assert_eq!(cache.site_of(B).as_deref(), Some("denver"));
    }
}
