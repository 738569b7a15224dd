//! `limits show --absolute`, and what `quota show` shares with it: compute,
//! block-storage and network figures of every site in the scope, summed
//! into one view (a global quota, as the broker systems offered), or one
//! row per site with `--per-site`.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::Value;

use super::write_list;
use crate::cli::{LimitsShow, ListFormat};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::resources::PROJECT;
use crate::route::{Operation, Outcome, report};
use crate::scope::{Plan, ServiceType};
use crate::setup::Setup;
use crate::site::{Session, SiteError, encode};

/// `maxTotalRAMSize` → `max_total_ram_size`, as openstacksdk converts.
fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1);
        let boundary = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(|n| n.is_lowercase()))
            });
        if boundary {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// openstacksdk's short names of Nova's absolute limits.
const LIMIT_ALIASES: &[(&str, &str)] = &[
    ("maxImageMeta", "image_meta"),
    ("maxPersonality", "personality"),
    ("maxPersonalitySize", "personality_size"),
    ("maxSecurityGroupRules", "security_group_rules"),
    ("maxSecurityGroups", "security_groups"),
    ("totalSecurityGroupsUsed", "security_groups_used"),
    ("maxServerMeta", "server_meta"),
    ("maxTotalCores", "total_cores"),
    ("totalCoresUsed", "total_cores_used"),
    ("maxTotalFloatingIps", "floating_ips"),
    ("totalFloatingIpsUsed", "floating_ips_used"),
    ("maxTotalInstances", "instances"),
    ("totalInstancesUsed", "instances_used"),
    ("maxTotalKeypairs", "keypairs"),
    ("maxTotalRAMSize", "total_ram"),
    ("totalRAMUsed", "total_ram_used"),
    ("maxServerGroups", "server_groups"),
    ("totalServerGroupsUsed", "server_groups_used"),
    ("maxServerGroupMembers", "server_group_members"),
];

/// Absolute limits under both of python-openstackclient's names: the
/// API's key in snake case, and openstacksdk's alias where it has one.
fn limit_entries(answer: &Value) -> Vec<Entry> {
    let absolute = answer["limits"]["absolute"].as_object();
    let mut entries = Vec::new();
    for (key, value) in absolute.into_iter().flatten() {
        // openstacksdk knows these two only by their short names.
        if !matches!(key.as_str(), "maxPersonality" | "maxPersonalitySize") {
            entries.push((snake(key), vec![value.clone()]));
        }
        if let Some((_, alias)) = LIMIT_ALIASES.iter().find(|(k, _)| k == key) {
            entries.push((alias.to_string(), vec![value.clone()]));
        }
    }
    entries
}

/// A figure's name and its values (one per column after the name).
pub(super) type Entry = (String, Vec<Value>);

/// Each site's entries (services in the order given), the exit status,
/// and whether there was more than one site.
pub(super) type Gathered = (Vec<(String, Vec<Entry>)>, ExitStatus, bool);

/// Gathers the entries of every service at every site of its plan: the
/// answer to `path(service, project ID)`, read by `entries`. `project` is
/// a name or ID looked up at each site (default: the token's project). A
/// site without one of the services is left out of that service's figures.
pub(super) async fn gather<P, E>(
    setup: &Setup,
    services: &[ServiceType],
    project: Option<&str>,
    path: P,
    entries: E,
) -> Result<Gathered, Error>
where
    P: Fn(ServiceType, &str) -> String + Sync,
    E: Fn(ServiceType, &Value) -> Vec<Entry> + Sync,
{
    let plans: Vec<(ServiceType, &Plan)> = services
        .iter()
        .filter_map(|s| setup.plan(*s).ok().map(|p| (*s, p)))
        .collect();
    if plans.is_empty() {
        return Err(setup
            .plan(services[0])
            .err()
            .unwrap_or_else(|| Error::Usage("no plan".into())));
    }
    let router = setup.router(plans.iter().map(|(_, p)| *p));
    let mut per_site: BTreeMap<usize, (String, Vec<Entry>)> = BTreeMap::new();
    let mut all: Vec<Outcome<()>> = Vec::new();
    let mut order: Vec<String> = Vec::new();
    let mut sites = std::collections::BTreeSet::new();
    let (path, entries) = (&path, &entries);
    for (service, plan) in &plans {
        let service = *service;
        sites.extend(plan.sites().into_iter().map(str::to_string));
        let outcomes = router
            .run(plan, Operation::Read, |session| async move {
                let id = project_id(&session, project).await?;
                let answer = session
                    .get_json(service, &path(service, &encode(&id)))
                    .await?;
                Ok(entries(service, &answer))
            })
            .await;
        for outcome in outcomes {
            let absent = outcome.failure().is_some_and(SiteError::is_no_endpoint);
            if absent {
                continue;
            }
            if !order.contains(&outcome.site) {
                order.push(outcome.site.clone());
            }
            let index = order.iter().position(|s| *s == outcome.site).unwrap_or(0);
            let entry = per_site
                .entry(index)
                .or_insert_with(|| (outcome.site.clone(), Vec::new()));
            if let Ok(entries) = &outcome.result {
                entry.1.extend(entries.iter().cloned());
            }
            all.push(Outcome {
                site: outcome.site,
                result: outcome.result.map(|_| ()),
                failed_over: outcome.failed_over,
                elapsed: outcome.elapsed,
            });
        }
    }
    let status = report(&all);
    Ok((per_site.into_values().collect(), status, sites.len() > 1))
}

/// The ID of the project of this name or ID at the session's site, or the
/// token's project.
pub(super) async fn project_id(
    session: &Session,
    project: Option<&str>,
) -> Result<String, SiteError> {
    match project {
        Some(p) => {
            let found = super::resource::find(session, &PROJECT, p).await?;
            Ok(PROJECT.id_of(&found).to_string())
        }
        None => {
            let auth = session.authenticate().await?;
            Ok(auth.project_id().unwrap_or_default().to_string())
        }
    }
}

/// Sums figures over sites: `-1` (unlimited) anywhere is unlimited, and
/// `null` counts for nothing; words (`N/A`) stay when every site has them.
fn sum(values: &[&Value]) -> Value {
    if values.iter().any(|v| v.as_i64() == Some(-1)) {
        return Value::from(-1);
    }
    let numbers: Vec<f64> = values.iter().filter_map(|v| v.as_f64()).collect();
    if numbers.is_empty() {
        let first = values.first().map_or(Value::Null, |v| (*v).clone());
        return match values.iter().all(|v| **v == first) {
            true => first,
            false => Value::Null,
        };
    }
    if values
        .iter()
        .all(|v| v.is_i64() || v.is_u64() || v.is_null())
    {
        return Value::from(values.iter().filter_map(|v| v.as_i64()).sum::<i64>());
    }
    serde_json::Number::from_f64(numbers.iter().sum()).map_or(Value::Null, Value::Number)
}

/// Figures of one view: column headers, each site's entries, the names in
/// the order shown.
pub(super) struct View {
    pub headers: &'static [&'static str],
    pub sites: Vec<(String, Vec<Entry>)>,
    pub names: Vec<String>,
}

pub(super) fn write(
    setup: &Setup,
    out: &mut (dyn Write + Send),
    view: View,
    per_site: bool,
    multi: bool,
    format: &ListFormat,
) -> Result<(), Error> {
    let View {
        headers,
        sites,
        names,
    } = view;
    let listing = Listing {
        columns: headers.iter().map(|h| h.to_string()).collect(),
        rows: Vec::new(),
    };
    let row = |name: &str, values: Vec<Value>| {
        std::iter::once(Cell::new(name))
            .chain(values.into_iter().map(Cell::new))
            .collect::<Vec<Cell>>()
    };
    let rows: Vec<(String, Vec<Cell>)> = if per_site {
        sites
            .iter()
            .flat_map(|(site, entries)| {
                names.iter().filter_map(move |name| {
                    let values = entries.iter().find(|(n, _)| n == name)?.1.clone();
                    Some((site.clone(), row(name, values)))
                })
            })
            .collect()
    } else {
        names
            .iter()
            .map(|name| {
                let found: Vec<&Vec<Value>> = sites
                    .iter()
                    .filter_map(|(_, e)| e.iter().find(|(n, _)| n == name).map(|(_, v)| v))
                    .collect();
                let sums = (1..headers.len())
                    .map(|i| {
                        let column: Vec<&Value> =
                            found.iter().filter_map(|v| v.get(i - 1)).collect();
                        sum(&column)
                    })
                    .collect();
                (String::new(), row(name, sums))
            })
            .collect()
    };
    write_list(
        out,
        listing,
        rows,
        per_site && multi,
        &setup.list_options(format),
    )
}

pub async fn limits(
    setup: &Setup,
    args: &LimitsShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let (sites, status, multi) = gather(
        setup,
        &[ServiceType::Compute, ServiceType::BlockStorage],
        None,
        |_, _| "limits".to_string(),
        |_, answer| limit_entries(answer),
    )
    .await?;
    let mut names: Vec<String> = sites
        .iter()
        .flat_map(|(_, e)| e.iter().map(|(n, _)| n.clone()))
        .collect();
    names.sort();
    names.dedup();
    write(
        setup,
        out,
        View {
            headers: &["Name", "Value"],
            sites,
            names,
        },
        args.per_site,
        multi,
        &args.format,
    )?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn snake_case_as_openstacksdk() {
        assert_eq!(snake("maxTotalRAMSize"), "max_total_ram_size");
        assert_eq!(snake("totalRAMUsed"), "total_ram_used");
        assert_eq!(snake("maxTotalCores"), "max_total_cores");
        assert_eq!(snake("totalGigabytesUsed"), "total_gigabytes_used");
    }

    #[test]
    fn sums_respect_unlimited_and_missing() {
        assert_eq!(sum(&[&json!(10), &json!(5)]), json!(15));
        assert_eq!(sum(&[&json!(10), &json!(-1)]), json!(-1));
        assert_eq!(sum(&[&json!(null), &json!(3)]), json!(3));
        assert_eq!(sum(&[]), json!(null));
    }
}
