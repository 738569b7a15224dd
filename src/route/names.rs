//! The names lists showed, for completing names at the prompt
//! (`oscope server show <TAB>`): `$XDG_CACHE_HOME/oscope/names`, beside
//! the routing cache and kept or not with it, a line per name:
//! `NOUN<TAB>NAME`. A list replaces its noun's names with those it showed
//! (at most [`MAX_NAMES`]); completion reads the file and asks no site.
//! Written as the routing cache is: locked, whole, private (0600).

use std::path::{Path, PathBuf};

/// The most names kept of one noun: what a prompt can offer.
pub const MAX_NAMES: usize = 1_000;

/// The names file.
#[derive(Debug)]
pub struct NameCache {
    path: PathBuf,
}

impl NameCache {
    /// The names file in `dir` (`$XDG_CACHE_HOME/oscope`).
    pub fn new(dir: &Path) -> NameCache {
        NameCache {
            path: dir.join("names"),
        }
    }

    /// The names of `noun` a list last showed.
    pub fn names(&self, noun: &str) -> Vec<String> {
        let text = std::fs::read_to_string(&self.path).unwrap_or_default();
        text.lines()
            .filter_map(|line| line.split_once('\t'))
            .filter(|(n, _)| *n == noun)
            .map(|(_, name)| name.to_string())
            .collect()
    }

    /// `noun`'s names are now `names` (tabs and line ends cannot be
    /// written, and are left out).
    pub fn replace(&self, noun: &str, names: &[String]) -> std::io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        crate::site::create_private_dir(dir)?;
        let _lock = crate::site::Lock::exclusive(&self.path.with_extension("lock"))?;
        let old = std::fs::read_to_string(&self.path).unwrap_or_default();
        let mut text = String::with_capacity(old.len());
        for line in old.lines() {
            if line.split_once('\t').is_some_and(|(n, _)| n != noun) {
                text.push_str(line);
                text.push('\n');
            }
        }
        let mut written = std::collections::HashSet::new();
        for name in names {
            if written.len() == MAX_NAMES {
                break;
            }
            if name.is_empty() || name.contains(['\t', '\n', '\r']) || !written.insert(name) {
                continue;
            }
            for part in [noun, "\t", name, "\n"] {
                text.push_str(part);
            }
        }
        crate::site::write_private(dir, &self.path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_replaces_its_nouns_names_and_keeps_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let cache = NameCache::new(dir.path());
        assert!(cache.names("server").is_empty());
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        cache
            .replace("server", &names(&["vm1", "vm2", "vm1", "bad\tname", ""]))
            .unwrap();
        cache
            .replace("security group", &names(&["default"]))
            .unwrap();
        assert_eq!(cache.names("server"), ["vm1", "vm2"]);
        cache.replace("server", &names(&["vm3"])).unwrap();
        assert_eq!(cache.names("server"), ["vm3"]);
        assert_eq!(cache.names("security group"), ["default"]);
        let many: Vec<String> = (0..MAX_NAMES + 5).map(|i| format!("n{i}")).collect();
        cache.replace("image", &many).unwrap();
        assert_eq!(cache.names("image").len(), MAX_NAMES);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("names"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
