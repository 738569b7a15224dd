//! Completion of what is configured, for clap_complete's dynamic
//! completion (`source <(COMPLETE=bash oscope)`): the clouds for
//! `--os-cloud`, and for `--os-scope` the sites, the `@groups` and, inside
//! a `{...}` map, the service keys; and the names the last list of a kind
//! showed (`server show <TAB>`, `--image <TAB>`), from the names cache.
//! Read from the files at each request: no site is asked.

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

/// The command tree with a names completer on each argument that takes a
/// resource's name: a command's `NAME_OR_ID` (`server show`), and any
/// argument whose value is named after a resource (`<VOLUME>...` of
/// `volume delete`, `--image <IMAGE>`). Made only when completing.
pub fn with_names(command: clap::Command) -> clap::Command {
    fn walk(command: clap::Command, noun: String) -> clap::Command {
        let command = command.mut_args(|arg| {
            let value = arg
                .get_value_names()
                .and_then(|names| names.first())
                .map(|name| name.to_lowercase().replace('_', " "));
            let names_of = match value.as_deref() {
                Some("name or id") if arg.is_positional() && !noun.is_empty() => noun.clone(),
                Some(value) if crate::resources::RESOURCES.iter().any(|r| r.noun == value) => {
                    value.to_string()
                }
                _ => return arg,
            };
            arg.add(clap_complete::ArgValueCompleter::new(
                move |current: &OsStr| names(&names_of, current),
            ))
        });
        command.mut_subcommands(|sub| {
            // `server show`'s noun is `server`; `security group show`'s
            // is `security group`.
            let inner = match sub.has_subcommands() {
                true if noun.is_empty() => sub.get_name().to_string(),
                true => format!("{noun} {}", sub.get_name()),
                false => noun.clone(),
            };
            walk(sub, inner)
        })
    }
    walk(command, String::new())
}

/// The cached names of `noun` that start with what is typed.
fn names(noun: &str, current: &OsStr) -> Vec<CompletionCandidate> {
    let env = Environment::from_process();
    let Some(dir) =
        crate::site::TokenCache::default_dir(env.var("XDG_CACHE_HOME"), env.home.as_deref())
    else {
        return Vec::new();
    };
    let Some(dir) = dir.parent() else {
        return Vec::new();
    };
    let typed = current.to_str().unwrap_or_default();
    crate::route::NameCache::new(dir)
        .names(noun)
        .into_iter()
        .filter(|name| name.starts_with(typed))
        .map(CompletionCandidate::new)
        .collect()
}
