//! From a parsed scope to a plan over configured sites, per service.
//!
//! Pure: the configured site names and groups come in as a [`Directory`], the
//! `OS_SCOPE_<SERVICE>` variables and the current cloud as [`Defaults`]. Every
//! name is checked here, so that an unknown site is reported before any
//! request is sent. The plan is flattened (`a & (b & c)` is one fan-out over
//! three sites) and a site named twice in one fan-out or failover is planned
//! once.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use super::ast::{Expr, Scope};
use super::error::{ResolveError, ScopeError};
use super::parse::parse_expr;
use super::service::ServiceType;

/// A plan over sites for one service.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Plan {
    /// One site, by its canonical name.
    Site(String),
    /// Every operand, at once; results merged in this order.
    All(Vec<Plan>),
    /// The operands in order, until one serves.
    Any(Vec<Plan>),
}

impl Plan {
    /// Every site the plan may contact, in order, each once.
    pub fn sites(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_sites(&mut out, &mut std::collections::HashSet::new());
        out
    }

    fn collect_sites<'a>(
        &'a self,
        out: &mut Vec<&'a str>,
        seen: &mut std::collections::HashSet<&'a str>,
    ) {
        match self {
            Plan::Site(s) => {
                if seen.insert(s) {
                    out.push(s);
                }
            }
            Plan::All(children) | Plan::Any(children) => {
                children.iter().for_each(|c| c.collect_sites(out, seen))
            }
        }
    }

    /// Builds an n-ary node: nested nodes of the same kind are flattened,
    /// repeated operands dropped (in linear time: a thousand sites plan in
    /// well under a millisecond), and a single operand stands alone.
    fn join(all: bool, operands: impl IntoIterator<Item = Plan>) -> Plan {
        let mut flat: Vec<Plan> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for plan in operands {
            let children = match plan {
                Plan::All(c) if all => c,
                Plan::Any(c) if !all => c,
                other => vec![other],
            };
            for child in children {
                if seen.insert(child.clone()) {
                    flat.push(child);
                }
            }
        }
        match (flat.len(), all) {
            (1, _) => flat.pop().expect("one operand"),
            (_, true) => Plan::All(flat),
            (_, false) => Plan::Any(flat),
        }
    }
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Plan::Site(name) => write!(f, "{}", Expr::Site(name.clone())),
            Plan::All(children) | Plan::Any(children) => {
                let all = matches!(self, Plan::All(_));
                for (i, child) in children.iter().enumerate() {
                    if i > 0 {
                        f.write_str(if all { " & " } else { " | " })?;
                    }
                    if all && matches!(child, Plan::Any(_)) {
                        write!(f, "({child})")?;
                    } else {
                        write!(f, "{child}")?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// The configured sites and groups a scope is resolved against.
#[derive(Clone, Debug, Default)]
pub struct Directory {
    /// Canonical site names, in configuration order: `*` expands to these.
    sites: Vec<String>,
    /// The same, to find one among thousands at once.
    known: HashSet<String>,
    /// Other names of a site: a cloud with regions stands for its first.
    aliases: HashMap<String, String>,
    /// Group name (without `@`) to its definition, an expression's text.
    groups: BTreeMap<String, String>,
}

impl Directory {
    /// A directory of sites, in order, and the other names they answer to.
    pub fn new(
        sites: Vec<String>,
        aliases: impl IntoIterator<Item = (String, String)>,
        groups: BTreeMap<String, String>,
    ) -> Self {
        Directory {
            known: sites.iter().cloned().collect(),
            sites,
            aliases: aliases.into_iter().collect(),
            groups,
        }
    }

    /// Canonical site names, in configuration order.
    pub fn sites(&self) -> &[String] {
        &self.sites
    }

    /// The groups' names, without `@`.
    pub fn groups(&self) -> impl Iterator<Item = &str> {
        self.groups.keys().map(String::as_str)
    }

    /// Whether any site is configured.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }

    /// Finds a site by name: exactly, then as an alias, then ignoring case
    /// when that leaves one candidate.
    pub fn site(&self, name: &str) -> Result<&str, ResolveError> {
        if let Some(site) = self.known.get(name) {
            return Ok(site);
        }
        if let Some(site) = self.aliases.get(name) {
            return Ok(site);
        }
        let mut candidates: Vec<&str> = self
            .sites
            .iter()
            .map(|s| (s.as_str(), s.as_str()))
            .chain(self.aliases.iter().map(|(a, s)| (a.as_str(), s.as_str())))
            .filter(|(known, _)| known.eq_ignore_ascii_case(name))
            .map(|(_, site)| site)
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        match candidates.as_slice() {
            [one] => Ok(one),
            [] => Err(ResolveError::UnknownSite {
                name: name.to_string(),
                suggestions: closest(name, self.sites.iter().chain(self.aliases.keys())),
                known: self.sites.iter().take(8).cloned().collect(),
            }),
            many => Err(ResolveError::AmbiguousSite {
                name: name.to_string(),
                candidates: many.iter().map(|s| s.to_string()).collect(),
            }),
        }
    }

    /// Resolves one expression to a plan.
    pub fn plan(&self, expr: &Expr) -> Result<Plan, ResolveError> {
        self.plan_in(expr, &mut Vec::new())
    }

    fn plan_in(&self, expr: &Expr, groups: &mut Vec<String>) -> Result<Plan, ResolveError> {
        Ok(match expr {
            Expr::Site(name) => Plan::Site(self.site(name)?.to_string()),
            Expr::AllSites if self.sites.is_empty() => {
                return Err(ResolveError::NoSites("*".to_string()));
            }
            Expr::AllSites => Plan::join(true, self.sites.iter().cloned().map(Plan::Site)),
            Expr::Group(name) => self.plan_group(name, groups)?,
            Expr::And(..) | Expr::Or(..) => {
                // A chain of one operator (`a & b & c`, nested to the left
                // by the parser) is planned as one node, not level by level.
                let all = matches!(expr, Expr::And(..));
                let mut operands = Vec::new();
                let mut stack = vec![expr];
                while let Some(e) = stack.pop() {
                    match (e, all) {
                        (Expr::And(l, r), true) | (Expr::Or(l, r), false) => {
                            stack.push(r);
                            stack.push(l);
                        }
                        (other, _) => operands.push(self.plan_in(other, groups)?),
                    }
                }
                Plan::join(all, operands)
            }
        })
    }

    fn plan_group(&self, name: &str, stack: &mut Vec<String>) -> Result<Plan, ResolveError> {
        let Some(definition) = self.groups.get(name) else {
            return Err(ResolveError::UnknownGroup {
                name: name.to_string(),
                suggestions: closest(name, self.groups.keys()),
            });
        };
        if let Some(start) = stack.iter().position(|g| g == name) {
            let mut cycle = stack[start..].to_vec();
            cycle.push(name.to_string());
            return Err(ResolveError::GroupCycle { cycle });
        }
        let expr = parse_expr(definition).map_err(|mut e| {
            e.origin = Some(format!("group @{name}"));
            ResolveError::GroupSyntax(Box::new(e))
        })?;
        stack.push(name.to_string());
        let plan = self.plan_in(&expr, stack);
        stack.pop();
        plan
    }
}

/// Known names within a small edit distance of `name` (a transposition
/// counts as one edit), closest first.
fn closest<'a>(name: &str, known: impl Iterator<Item = &'a String>) -> Vec<String> {
    let lower = name.to_lowercase();
    let mut scored: Vec<(usize, &String)> = known
        .map(|k| (strsim::osa_distance(&lower, &k.to_lowercase()), k))
        .filter(|(d, k)| *d <= k.chars().count().max(name.chars().count()).div_ceil(3))
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, k)| k.clone()).collect()
}

/// Where a service's plan came from, in the order they are consulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A key of the scope's map.
    Scope,
    /// An `OS_SCOPE_<SERVICE>` variable.
    Environment,
    /// The scope's `*` key, or a bare expression.
    Default,
    /// The current cloud (`--os-cloud`, `OS_CLOUD`, or the only cloud).
    CurrentCloud,
}

impl Source {
    /// How `scope check` names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Scope => "scope",
            Source::Environment => "environment",
            Source::Default => "default",
            Source::CurrentCloud => "current cloud",
        }
    }
}

/// A service's plan and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Binding {
    pub plan: Plan,
    pub source: Source,
}

/// What a scope leaves unsaid: per-service variables and the current cloud.
#[derive(Clone, Debug, Default)]
pub struct Defaults {
    /// Parsed `OS_SCOPE_<SERVICE>` values.
    pub env: BTreeMap<ServiceType, Expr>,
    /// `--os-cloud`, `OS_CLOUD`, or the only configured cloud.
    pub current_cloud: Option<String>,
}

/// A whole scope resolved: the plan for every service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// Services bound by the scope's map or by an `OS_SCOPE_<SERVICE>` variable.
    pub services: BTreeMap<ServiceType, Binding>,
    /// The plan for every other service, if there is one.
    pub default: Option<Binding>,
}

impl Resolved {
    /// The plan for `service`: its own binding, else the default.
    pub fn for_service(&self, service: ServiceType) -> Option<&Binding> {
        self.services.get(&service).or(self.default.as_ref())
    }
}

/// Resolves a scope: the map's keys first, then `OS_SCOPE_<SERVICE>`, then
/// the map's `*` (or the bare expression), then the current cloud.
pub fn resolve(
    scope: Option<&Scope>,
    defaults: &Defaults,
    directory: &Directory,
) -> Result<Resolved, ScopeError> {
    let mut services = BTreeMap::new();
    let named = scope.into_iter().flat_map(|s| &s.services);
    for (service, expr) in named {
        let plan = directory.plan(expr)?;
        services.insert(
            *service,
            Binding {
                plan,
                source: Source::Scope,
            },
        );
    }
    for (service, expr) in &defaults.env {
        if !services.contains_key(service) {
            let plan = directory.plan(expr)?;
            services.insert(
                *service,
                Binding {
                    plan,
                    source: Source::Environment,
                },
            );
        }
    }
    let default = match (
        scope.and_then(|s| s.default.as_ref()),
        &defaults.current_cloud,
    ) {
        (Some(expr), _) => Some(Binding {
            plan: directory.plan(expr)?,
            source: Source::Default,
        }),
        (None, Some(cloud)) => Some(Binding {
            plan: Plan::Site(directory.site(cloud)?.to_string()),
            source: Source::CurrentCloud,
        }),
        (None, None) => None,
    };
    Ok(Resolved { services, default })
}
