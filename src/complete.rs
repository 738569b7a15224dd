//! Completion of what is configured, for clap_complete's dynamic
//! completion (`source <(COMPLETE=bash oscope)`): the clouds for
//! `--os-cloud`, and for `--os-scope` the sites, the `@groups` and, inside
//! a `{...}` map, the service keys. Read from the files at each request.

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

use crate::config::{Config, Environment};
use crate::scope::{Directory, ServiceType};

/// The configured sites and groups, if the files can be read.
fn directory() -> Option<Directory> {
    Config::load(&Environment::from_process())
        .ok()
        .map(|config| config.directory())
}

/// The sites, for `--os-cloud`.
pub fn clouds() -> Vec<CompletionCandidate> {
    directory()
        .map(|d| d.sites().iter().map(CompletionCandidate::new).collect())
        .unwrap_or_default()
}

/// The scope typed so far, completed at its last name: a site or `@group`,
/// or a service key right after `{` or `,` of a map.
pub fn scope(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(text) = current.to_str() else {
        return Vec::new();
    };
    let cut = text
        .rfind(|c: char| "&|(){},:".contains(c) || c.is_whitespace())
        .map_or(0, |i| i + 1);
    let (before, partial) = text.split_at(cut);
    let in_map = before.matches('{').count() > before.matches('}').count();
    let key = in_map && matches!(before.trim_end().chars().last(), Some('{' | ','));
    let names: Vec<String> = if key {
        ServiceType::ALL
            .iter()
            .map(|s| format!("{}:", s.as_str()))
            .chain(["*:".to_string()])
            .collect()
    } else {
        let Some(directory) = directory() else {
            return Vec::new();
        };
        let groups = directory.groups().map(|g| format!("@{g}"));
        directory.sites().iter().cloned().chain(groups).collect()
    };
    names
        .into_iter()
        .filter(|name| name.starts_with(partial))
        .map(|name| CompletionCandidate::new(format!("{before}{name}")))
        .collect()
}
