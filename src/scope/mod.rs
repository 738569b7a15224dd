//! The scope language: text → [`Scope`] → per-service [`Plan`].
//!
//! This module knows the grammar (`grammar/scope.pest`), the service-types
//! authority's names, and how a scope's names map to configured sites. It
//! sends no request and reads no file or variable: callers hand it text and
//! a [`Directory`], which keeps every step testable on its own and lets
//! `oscope scope check` show exactly what a command would do.

mod ast;
mod error;
mod parse;
mod resolve;
mod service;

use std::collections::BTreeMap;

pub use ast::{Expr, Scope};
pub use error::{ResolveError, ScopeError, SyntaxError, SyntaxErrorKind};
pub use parse::{parse_expr, parse_scope};
pub use resolve::{Binding, Defaults, Directory, Plan, Resolved, Source, resolve};
pub use service::ServiceType;

/// Reads the per-service scope variables (`OS_SCOPE_IMAGE=Denver|Paris`)
/// out of an environment. `OS_SCOPE` itself is the scope, not one of these.
pub fn parse_env_scopes<I, K, V>(vars: I) -> Result<BTreeMap<ServiceType, Expr>, SyntaxError>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut scopes: BTreeMap<ServiceType, (String, Expr)> = BTreeMap::new();
    for (name, value) in vars {
        let (name, value) = (name.as_ref(), value.as_ref());
        let Some(key) = name.strip_prefix("OS_SCOPE_") else {
            continue;
        };
        let problem = |kind, offset, hint: Option<String>| SyntaxError {
            origin: Some(name.to_string()),
            input: value.to_string(),
            offset,
            kind,
            hint,
        };
        let Some(service) = ServiceType::lookup(key) else {
            return Err(problem(
                SyntaxErrorKind::UnknownService(key.to_string()),
                0,
                Some(format!(
                    "OS_SCOPE_<SERVICE> names a service type, e.g. {}",
                    ServiceType::Image.env_var()
                )),
            ));
        };
        let expr = parse_expr(value).map_err(|e| SyntaxError {
            origin: Some(name.to_string()),
            ..e
        })?;
        if let Some((first, _)) = scopes.get(&service) {
            return Err(problem(
                SyntaxErrorKind::DuplicateService {
                    service,
                    first: first.clone(),
                    second: name.to_string(),
                },
                0,
                None,
            ));
        }
        scopes.insert(service, (name.to_string(), expr));
    }
    Ok(scopes.into_iter().map(|(s, (_, e))| (s, e)).collect())
}

#[cfg(test)]
mod tests;
