//! Neutron's commands beside networks and subnets: security groups and
//! their rules; and what Neutron's commands share: tags, which Neutron
//! keeps as a sub-resource, and the filters of its lists.

use std::collections::BTreeSet;
use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::create::put;
use super::resource::{self, Filters, find};
use crate::cli::{
    ListArgs, Paging, SecurityGroupCommand, SecurityGroupCreate, SecurityGroupRuleCommand,
    SecurityGroupRuleCreate, SecurityGroupRuleList, SecurityGroupSet, SecurityGroupUnset,
    TagFilters,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{
    PROJECT, Resource, SECURITY_GROUP, SECURITY_GROUP_RULE, SECURITY_GROUP_RULE_GROUP,
};
use crate::setup::Setup;
use crate::site::{Body, Call, Session, Stopped, encode};

/// `security group …`
pub async fn security_group(
    setup: &Setup,
    command: &SecurityGroupCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SECURITY_GROUP;
    match command {
        SecurityGroupCommand::List(a) => {
            let mut filters = Filters::default();
            if let Some(project) = &a.project {
                filters.lookups.push(("project_id", &PROJECT, project));
            }
            if a.share || a.no_share {
                filters.query.push(("shared", a.share.to_string()));
            }
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        SecurityGroupCommand::Show(a) => resource::show(setup, r, a, out).await,
        SecurityGroupCommand::Delete(a) => resource::delete(setup, r, a).await,
        SecurityGroupCommand::Create(a) => create_group(setup, a, out).await,
        SecurityGroupCommand::Set(a) => set_group(setup, a).await,
        SecurityGroupCommand::Unset(a) => unset_group(setup, a).await,
        SecurityGroupCommand::Rule(command) => security_group_rule(setup, command, out).await,
    }
}

async fn create_group(
    setup: &Setup,
    a: &SecurityGroupCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SECURITY_GROUP;
    // python-openstackclient describes a group by its name unless told.
    let description = a.description.as_deref().unwrap_or(&a.name);
    let mut group = json!({"name": a.name, "description": description});
    if a.stateful || a.stateless {
        group["stateful"] = json!(a.stateful);
    }
    let (group, tags) = (&group, &a.tags.tags);
    resource::create(
        setup,
        r,
        &a.create,
        out,
        |session| async move {
            let mut group = group.clone();
            if let Some(project) = &a.project {
                group["project_id"] = find(&session, &PROJECT, project).await?["id"].clone();
            }
            Ok(json!({ "security_group": group }))
        },
        |session, created| async move { with_tags(&session, r, created, tags, false).await },
    )
    .await
}

async fn set_group(setup: &Setup, a: &SecurityGroupSet) -> Result<ExitStatus, Error> {
    let r = &SECURITY_GROUP;
    let mut body = serde_json::Map::new();
    if let Some(name) = &a.name {
        body.insert("name".into(), json!(name));
    }
    if let Some(description) = &a.description {
        body.insert("description".into(), json!(description));
    }
    if a.stateful || a.stateless {
        body.insert("stateful".into(), json!(a.stateful));
    }
    // As python-openstackclient, the update is sent even when it is empty.
    let body = &json!({ "security_group": body });
    let (tags, no_tag) = (&a.tags.tags, a.tags.no_tag);
    let (status, _) = resource::each(
        setup,
        r,
        std::slice::from_ref(&a.group),
        "change",
        |session, item| async move {
            session.call(&put(r, &item, body)).await?;
            with_tags(&session, r, item, tags, no_tag).await?;
            Ok(())
        },
    )
    .await?;
    Ok(status)
}

async fn unset_group(setup: &Setup, a: &SecurityGroupUnset) -> Result<ExitStatus, Error> {
    let r = &SECURITY_GROUP;
    let (remove, all) = (&a.tags.tags, a.tags.all_tag);
    let (status, _) = resource::each(
        setup,
        r,
        std::slice::from_ref(&a.group),
        "change",
        |session, item| async move {
            let mut tags = tags_of(&item);
            if all {
                tags.clear();
            }
            for tag in remove {
                tags.remove(tag);
            }
            retag(&session, r, item, tags).await?;
            Ok(())
        },
    )
    .await?;
    Ok(status)
}

/// `security group rule …`
async fn security_group_rule(
    setup: &Setup,
    command: &SecurityGroupRuleCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SECURITY_GROUP_RULE;
    match command {
        SecurityGroupRuleCommand::List(a) => list_rules(setup, a, out).await,
        SecurityGroupRuleCommand::Show(a) => resource::show(setup, r, a, out).await,
        SecurityGroupRuleCommand::Delete(a) => resource::delete(setup, r, a).await,
        SecurityGroupRuleCommand::Create(a) => create_rule(setup, a, out).await,
    }
}

async fn list_rules(
    setup: &Setup,
    a: &SecurityGroupRuleList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SECURITY_GROUP_RULE;
    if a.long {
        eprintln!("The --long option has been deprecated and is no longer needed");
    }
    let mut filters = Filters::default();
    match &a.group {
        Some(group) => filters
            .lookups
            .push(("security_group_id", &SECURITY_GROUP, group)),
        None => filters.extra = SECURITY_GROUP_RULE_GROUP,
    }
    if a.ingress || a.egress {
        let direction = if a.ingress { "ingress" } else { "egress" };
        filters.query.push(("direction", direction.into()));
    }
    if let Some(protocol) = &a.protocol {
        filters.query.push(("protocol", protocol.to_lowercase()));
    }
    if let Some(ethertype) = &a.ethertype {
        filters
            .query
            .push(("ethertype", ip_version_case(ethertype)));
    }
    if let Some(project) = &a.project {
        filters.lookups.push(("project_id", &PROJECT, project));
    }
    paging(setup, r, &a.paging, &mut filters)?;
    let args = ListArgs {
        long: false,
        format: a.format.clone(),
    };
    resource::list_filtered(setup, r, &args, &filters, out).await
}

/// `IPv4`/`IPv6` whatever the case it was typed in.
fn ip_version_case(ethertype: &str) -> String {
    match ethertype.to_lowercase().as_str() {
        "ipv4" => "IPv4".into(),
        "ipv6" => "IPv6".into(),
        _ => ethertype.into(),
    }
}

fn is_icmp(protocol: Option<&str>) -> bool {
    matches!(protocol, Some("icmp" | "icmpv6" | "ipv6-icmp" | "1" | "58"))
}

fn is_ipv6_protocol(protocol: Option<&str>) -> bool {
    protocol.is_some_and(|p| {
        p.starts_with("ipv6-") || matches!(p, "icmpv6" | "41" | "43" | "44" | "58" | "59" | "60")
    })
}

/// `80` or `137:139`, as osc-lib's `RangeAction`.
fn port_range(text: &str) -> Result<(u32, u32), Error> {
    let number = |p: &str| {
        p.parse::<u32>()
            .map_err(|_| Error::Usage(format!("--dst-port {text}: not a port or a range of ports")))
    };
    match text.split_once(':') {
        None => Ok((number(text)?, number(text)?)),
        Some((low, high)) => {
            let (low, high) = (number(low)?, number(high)?);
            if low > high {
                return Err(Error::Usage(format!(
                    "--dst-port {text}: the first port is above the second"
                )));
            }
            Ok((low, high))
        }
    }
}

/// The rule's body without the names that each site resolves: what
/// python-openstackclient sends, checked as it checks it.
fn rule_body(a: &SecurityGroupRuleCreate) -> Result<Value, Error> {
    let protocol = match a.protocol.as_deref().map(str::to_lowercase) {
        None => None,
        Some(p) if p == "any" => None,
        Some(p) => Some(p),
    };
    let ethertype = match &a.ethertype {
        Some(e) => {
            let e = ip_version_case(e);
            if !matches!(e.as_str(), "IPv4" | "IPv6") {
                return Err(Error::Usage(format!(
                    "--ethertype {e}: choose from IPv4, IPv6"
                )));
            }
            e
        }
        None if is_ipv6_protocol(protocol.as_deref()) => "IPv6".into(),
        None => "IPv4".into(),
    };
    let (icmp_type, icmp_code) = (a.icmp_type, a.icmp_code);
    let icmp_given = icmp_type.is_some_and(|t| t != 0) || icmp_code.is_some_and(|c| c != 0);
    if a.dst_port.is_some() && icmp_given {
        return Err(Error::Usage(
            "Argument --dst-port not allowed with arguments --icmp-type and --icmp-code".into(),
        ));
    }
    if icmp_type.is_none() && icmp_code.is_some() {
        return Err(Error::Usage(
            "Argument --icmp-type required with argument --icmp-code".into(),
        ));
    }
    let icmp = is_icmp(protocol.as_deref());
    if !icmp && icmp_given {
        return Err(Error::Usage(
            "ICMP IP protocol required with arguments --icmp-type and --icmp-code".into(),
        ));
    }
    let direction = if a.egress { "egress" } else { "ingress" };
    let mut rule = json!({"protocol": protocol, "direction": direction, "ethertype": ethertype});
    if let Some(d) = &a.description {
        rule["description"] = json!(d);
    }
    // As python-openstackclient, a port range is ignored for ICMP.
    if let (Some(ports), false) = (&a.dst_port, icmp) {
        let (low, high) = port_range(ports)?;
        rule["port_range_min"] = json!(low);
        rule["port_range_max"] = json!(high);
    }
    if let Some(t) = icmp_type.filter(|t| *t >= 0) {
        rule["port_range_min"] = json!(t);
    }
    if let Some(c) = icmp_code.filter(|c| *c >= 0) {
        rule["port_range_max"] = json!(c);
    }
    if a.remote_group.is_none() && a.remote_address_group.is_none() {
        let whole = if ethertype == "IPv4" {
            "0.0.0.0/0"
        } else {
            "::/0"
        };
        rule["remote_ip_prefix"] = json!(a.remote_ip.as_deref().unwrap_or(whole));
    }
    Ok(rule)
}

/// A rule at every site of the scope, each in that site's group of the
/// given name: one command keeps a tenant's rules the same everywhere.
async fn create_rule(
    setup: &Setup,
    a: &SecurityGroupRuleCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let rule = &rule_body(a)?;
    resource::create(
        setup,
        &SECURITY_GROUP_RULE,
        &a.create,
        out,
        |session| async move {
            let mut rule = rule.clone();
            let group = find(&session, &SECURITY_GROUP, &a.group).await?;
            rule["security_group_id"] = group["id"].clone();
            if let Some(remote) = &a.remote_group {
                let remote = find(&session, &SECURITY_GROUP, remote).await?;
                rule["remote_group_id"] = remote["id"].clone();
            }
            if let Some(remote) = &a.remote_address_group {
                let remote = find(&session, &ADDRESS_GROUP, remote).await?;
                rule["remote_address_group_id"] = remote["id"].clone();
            }
            if let Some(project) = &a.project {
                rule["project_id"] = find(&session, &PROJECT, project).await?["id"].clone();
            }
            Ok(json!({ "security_group_rule": rule }))
        },
        |_, created| async { Ok(created) },
    )
    .await
}

/// Neutron's address groups, only looked up (`--remote-address-group`).
static ADDRESS_GROUP: Resource = Resource {
    noun: "address group",
    path: "address-groups",
    list_path: "address-groups",
    plural: "address_groups",
    singular: Some("address_group"),
    ..SECURITY_GROUP
};

/// Neutron's tag filters, as query parameters.
pub fn tag_filters<'a>(tags: &'a TagFilters, filters: &mut Filters<'a>) {
    let given = [
        ("tags", &tags.tags),
        ("tags-any", &tags.any_tags),
        ("not-tags", &tags.not_tags),
        ("not-tags-any", &tags.not_any_tags),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            filters.query.push((key, value.clone()));
        }
    }
}

/// `--limit` and `--marker`: a marker is an ID of one site, so it needs a
/// scope of one site.
pub fn paging<'a>(
    setup: &Setup,
    r: &Resource,
    paging: &'a Paging,
    filters: &mut Filters<'a>,
) -> Result<(), Error> {
    if let Some(limit) = paging.limit {
        filters.limit = Some(limit);
        filters.query.push(("limit", limit.to_string()));
    }
    if let Some(marker) = &paging.marker {
        if setup.plan(r.service)?.sites().len() > 1 {
            return Err(Error::Usage(format!(
                "--marker names a {} of one site: give a scope of one site",
                r.noun
            )));
        }
        filters.query.push(("marker", marker.clone()));
    }
    Ok(())
}

fn tags_of(item: &Value) -> BTreeSet<String> {
    item["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect()
}

/// The item with `add` added to its tags (all others removed first with
/// `clear`), as osc-lib's `update_tags_for_set`.
pub async fn with_tags(
    session: &Session,
    r: &Resource,
    item: Value,
    add: &[String],
    clear: bool,
) -> Result<Value, Stopped> {
    let mut tags = if clear {
        BTreeSet::new()
    } else {
        tags_of(&item)
    };
    tags.extend(add.iter().cloned());
    retag(session, r, item, tags).await
}

/// `PUT {path}/{id}/tags`, sorted, when the tags change; the item with its
/// new tags.
async fn retag(
    session: &Session,
    r: &Resource,
    mut item: Value,
    tags: BTreeSet<String>,
) -> Result<Value, Stopped> {
    if tags == tags_of(&item) {
        return Ok(item);
    }
    let path = format!("{}/{}/tags", r.path, encode(r.id_of(&item)));
    let body = Body::Json(json!({ "tags": tags }));
    session
        .call(&Call::new(r.service, Method::PUT, path, body))
        .await?;
    item["tags"] = json!(tags);
    Ok(item)
}
