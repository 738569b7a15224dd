//! `quota show` and `limits show --absolute`: compute, block-storage and
//! network figures of every site in the scope, summed into one view (a
//! global quota, as the broker systems offered), or one row per site with
//! `--per-site`.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::Value;

use super::write_list;
use crate::cli::{LimitsShow, ListFormat, QuotaShow};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::route::{Operation, Outcome, report};
use crate::scope::{Plan, ServiceType};
use crate::setup::Setup;
use crate::site::{SiteError, encode};

/// Which document each service gives, and how to name its entries.
struct Source {
    service: ServiceType,
    /// The path, given the project's ID.
    path: fn(&str) -> String,
    /// Entries of the answer: (name as OSC prints it, value).
    entries: fn(&Value) -> Vec<(String, Value)>,
}

/// Nova's and Cinder's quota keys as python-openstackclient names them.
fn quota_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "cores" => "cores",
        "instances" => "instances",
        "ram" => "ram",
        "key_pairs" => "key-pairs",
        "metadata_items" => "properties",
        "injected_files" => "injected-files",
        "injected_file_content_bytes" => "injected-file-size",
        "injected_file_path_bytes" => "injected-path-size",
        "server_groups" => "server-groups",
        "server_group_members" => "server-group-members",
        "volumes" => "volumes",
        "gigabytes" => "gigabytes",
        "snapshots" => "snapshots",
        "backups" => "backups",
        "groups" => "groups",
        "backup_gigabytes" => "backup-gigabytes",
        "per_volume_gigabytes" => "per-volume-gigabytes",
        "network" => "networks",
        "subnet" => "subnets",
        "port" => "ports",
        "router" => "routers",
        "floatingip" => "floating_ips",
        "security_group" => "security_groups",
        "security_group_rule" => "security_group_rules",
        "rbac_policy" => "rbac_policies",
        "subnetpool" => "subnet_pools",
        _ => return None,
    })
}

/// The order python-openstackclient prints quotas in.
const QUOTA_ORDER: &[&str] = &[
    "cores",
    "instances",
    "ram",
    "fixed_ips",
    "floating_ips",
    "networks",
    "security_group_rules",
    "security_groups",
    "volumes",
    "gigabytes",
    "snapshots",
    "backups",
    "groups",
    "check_limit",
    "health_monitors",
    "listeners",
    "load_balancers",
    "l7_policies",
    "pools",
    "ports",
    "project_id",
    "tenant_id",
    "rbac_policies",
    "router_routes",
    "routers",
    "subnets",
    "subnet_pools",
    "injected-file-size",
    "injected-path-size",
    "injected-files",
    "key-pairs",
    "properties",
    "server-group-members",
    "server-groups",
    "backup-gigabytes",
    "per-volume-gigabytes",
];

fn quota_entries(answer: &Value) -> Vec<(String, Value)> {
    // openstacksdk's quota resources carry these attributes, which today's
    // services leave empty; python-openstackclient prints them as None.
    let empty: &[&str] = match (answer.get("quota_set"), answer.get("quota")) {
        (Some(set), _) if set.get("cores").is_some() => &["fixed_ips"],
        (_, Some(_)) => &[
            "check_limit",
            "health_monitors",
            "listeners",
            "load_balancers",
            "l7_policies",
            "pools",
            "project_id",
            "tenant_id",
            "router_routes",
        ],
        _ => &[],
    };
    let set = answer
        .get("quota_set")
        .or_else(|| answer.get("quota"))
        .and_then(Value::as_object);
    set.into_iter()
        .flatten()
        .filter_map(|(k, v)| {
            quota_name(k).map(|name| {
                (
                    name.to_string(),
                    v.get("limit").cloned().unwrap_or(v.clone()),
                )
            })
        })
        .chain(empty.iter().map(|k| (k.to_string(), Value::Null)))
        .collect()
}

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
fn limit_entries(answer: &Value) -> Vec<(String, Value)> {
    let absolute = answer["limits"]["absolute"].as_object();
    let mut entries = Vec::new();
    for (key, value) in absolute.into_iter().flatten() {
        // openstacksdk knows these two only by their short names.
        if !matches!(key.as_str(), "maxPersonality" | "maxPersonalitySize") {
            entries.push((snake(key), value.clone()));
        }
        if let Some((_, alias)) = LIMIT_ALIASES.iter().find(|(k, _)| k == key) {
            entries.push((alias.to_string(), value.clone()));
        }
    }
    entries
}

/// Gathers the entries of every source at every site of its plan. A site
/// without one of the services is left out of that service's figures.
async fn gather(
    setup: &Setup,
    sources: &[Source],
    project: Option<&str>,
) -> Result<(Vec<(String, Vec<(String, Value)>)>, ExitStatus, bool), Error> {
    let plans: Vec<(&Source, &Plan)> = sources
        .iter()
        .filter_map(|s| setup.plan(s.service).ok().map(|p| (s, p)))
        .collect();
    if plans.is_empty() {
        return Err(setup
            .plan(sources[0].service)
            .err()
            .unwrap_or_else(|| Error::Usage("no plan".into())));
    }
    let router = setup.router(plans.iter().map(|(_, p)| *p));
    let mut per_site: BTreeMap<usize, (String, Vec<(String, Value)>)> = BTreeMap::new();
    let mut all: Vec<Outcome<()>> = Vec::new();
    let mut order: Vec<String> = Vec::new();
    let mut sites = std::collections::BTreeSet::new();
    for (source, plan) in &plans {
        sites.extend(plan.sites().into_iter().map(str::to_string));
        let outcomes = router
            .run(plan, Operation::Read, |session| async move {
                let auth = session.authenticate().await?;
                let id = match project {
                    Some(p) => p.to_string(),
                    None => auth.project_id().unwrap_or_default().to_string(),
                };
                let answer = session
                    .get_json(source.service, &(source.path)(&encode(&id)))
                    .await?;
                Ok((source.entries)(&answer))
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

/// Sums figures over sites: `-1` (unlimited) anywhere is unlimited, and
/// `null` counts for nothing.
fn sum(values: &[&Value]) -> Value {
    if values.iter().any(|v| v.as_i64() == Some(-1)) {
        return Value::from(-1);
    }
    let numbers: Vec<f64> = values.iter().filter_map(|v| v.as_f64()).collect();
    if numbers.is_empty() {
        return Value::Null;
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
struct View {
    headers: [&'static str; 2],
    sites: Vec<(String, Vec<(String, Value)>)>,
    names: Vec<String>,
}

fn write(
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
    let rows: Vec<(String, Vec<Cell>)> = if per_site {
        sites
            .iter()
            .flat_map(|(site, entries)| {
                names.iter().filter_map(move |name| {
                    let value = entries.iter().find(|(n, _)| n == name)?.1.clone();
                    Some((
                        site.clone(),
                        vec![Cell::new(name.as_str()), Cell::new(value)],
                    ))
                })
            })
            .collect()
    } else {
        names
            .iter()
            .map(|name| {
                let values: Vec<&Value> = sites
                    .iter()
                    .filter_map(|(_, e)| e.iter().find(|(n, _)| n == name).map(|(_, v)| v))
                    .collect();
                (
                    String::new(),
                    vec![Cell::new(name.as_str()), Cell::new(sum(&values))],
                )
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

pub async fn quota(
    setup: &Setup,
    args: &QuotaShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let sources = [
        Source {
            service: ServiceType::Compute,
            path: |p| format!("os-quota-sets/{p}"),
            entries: quota_entries,
        },
        Source {
            service: ServiceType::BlockStorage,
            path: |p| format!("os-quota-sets/{p}"),
            entries: quota_entries,
        },
        Source {
            service: ServiceType::Network,
            path: |p| format!("quotas/{p}"),
            entries: quota_entries,
        },
    ];
    let (sites, status, multi) = gather(setup, &sources, args.project.as_deref()).await?;
    let names: Vec<String> = QUOTA_ORDER
        .iter()
        .filter(|n| sites.iter().any(|(_, e)| e.iter().any(|(k, _)| k == *n)))
        .map(|n| n.to_string())
        .collect();
    write(
        setup,
        out,
        View {
            headers: ["Resource", "Limit"],
            sites,
            names,
        },
        args.per_site,
        multi,
        &args.format,
    )?;
    Ok(status)
}

pub async fn limits(
    setup: &Setup,
    args: &LimitsShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let sources = [
        Source {
            service: ServiceType::Compute,
            path: |_| "limits".to_string(),
            entries: limit_entries,
        },
        Source {
            service: ServiceType::BlockStorage,
            path: |_| "limits".to_string(),
            entries: limit_entries,
        },
    ];
    let (sites, status, multi) = gather(setup, &sources, None).await?;
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
            headers: ["Name", "Value"],
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
