//! Neutron's commands beside networks and subnets: security groups and
//! their rules, ports, floating IPs, routers, and networks beyond their
//! basics; and what Neutron's commands share: tags, which Neutron
//! keeps as a sub-resource, and the filters of its lists.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::create::put;
use super::ipplan::{Pool, Range};
use super::resource::{self, ByName, Filters, find};
use crate::cli::{
    AGENT_TYPES, AddressScopeCommand, FloatingIpCommand, ListArgs, NetworkAgentCommand,
    NetworkCommand, NetworkFields, NetworkQosCommand, NetworkRbacCommand, NetworkSegmentCommand,
    Paging, PortCommand, PortCreate, PortFields, PortList, PortSet, PortUnset, QosPolicyCommand,
    RouterAttach, RouterCommand, RouterFields, RouterSet, SecurityGroupCommand,
    SecurityGroupCreate, SecurityGroupRuleCommand, SecurityGroupRuleCreate, SecurityGroupRuleList,
    SecurityGroupSet, SubnetCommand, SubnetCreate, SubnetFields, SubnetPoolCommand, SubnetSet,
    SubnetUnset, TagFilters, TagsOfSet, TagsOfUnset,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{
    ADDRESS_SCOPE, FLOATING_IP, FLOATING_IP_CREATED, NETWORK, NETWORK_AGENT,
    NETWORK_AGENT_HA_STATE, NETWORK_RBAC, NETWORK_SEGMENT, PORT, PROJECT, QOS_POLICY,
    QOS_POLICY_CREATED, ROUTER, Resource, SECURITY_GROUP, SECURITY_GROUP_RULE,
    SECURITY_GROUP_RULE_GROUP, SERVER, SUBNET, SUBNET_POOL,
};
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};

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
                filters.look_up("project_id", &PROJECT, project);
            }
            filters.either("shared", a.share, a.no_share);
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        SecurityGroupCommand::Show(a) => resource::show(setup, r, a, out).await,
        SecurityGroupCommand::Delete(a) => resource::delete(setup, r, a).await,
        SecurityGroupCommand::Create(a) => create_group(setup, a, out).await,
        SecurityGroupCommand::Set(a) => set_group(setup, a).await,
        SecurityGroupCommand::Unset(a) => untag(setup, r, &a.group, &a.tags).await,
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
                group["project_id"] = find_id(&session, &PROJECT, project).await?;
            }
            Ok(json!({ "security_group": group }))
        },
        |session, created| async move { with_tags(&session, r, created, tags, false).await },
    )
    .await
}

async fn set_group(setup: &Setup, a: &SecurityGroupSet) -> Result<ExitStatus, Error> {
    let mut body = serde_json::Map::new();
    if let Some(name) = &a.name {
        body.insert("name".into(), json!(name));
    }
    if let Some(description) = &a.description {
        body.insert("description".into(), json!(description));
    }
    either(&mut body, "stateful", a.stateful, a.stateless);
    let body = &json!({ "security_group": body });
    update_and_tag(setup, &SECURITY_GROUP, &a.group, body, &a.tags).await
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
        Some(group) => filters.look_up("security_group_id", &SECURITY_GROUP, group),
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
        filters.look_up("project_id", &PROJECT, project);
    }
    paging(setup, r, &a.paging, &mut filters)?;
    let args = ListArgs {
        long: false,
        compare: false,
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
            rule["security_group_id"] = find_id(&session, &SECURITY_GROUP, &a.group).await?;
            if let Some(remote) = &a.remote_group {
                rule["remote_group_id"] = find_id(&session, &SECURITY_GROUP, remote).await?;
            }
            if let Some(remote) = &a.remote_address_group {
                rule["remote_address_group_id"] = find_id(&session, &ADDRESS_GROUP, remote).await?;
            }
            if let Some(project) = &a.project {
                rule["project_id"] = find_id(&session, &PROJECT, project).await?;
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

/// The ID, at the site, of the resource named `name`: what a request body
/// holds where the user gave a name.
async fn find_id(session: &Session, r: &Resource, name: &str) -> Result<Value, SiteError> {
    Ok(find(session, r, name).await?["id"].clone())
}

/// A pair of opposite flags (`--enable`/`--disable`) as `key: true|false`
/// in a request body; nothing when neither is given.
fn either(body: &mut serde_json::Map<String, Value>, key: &str, yes: bool, no: bool) {
    if yes || no {
        body.insert(key.into(), json!(yes));
    }
}

/// Neutron's tag filters, as query parameters.
pub fn tag_filters<'a>(tags: &'a TagFilters, filters: &mut Filters<'a>) {
    filters.given(&[
        ("tags", &tags.tags),
        ("tags-any", &tags.any_tags),
        ("not-tags", &tags.not_tags),
        ("not-tags-any", &tags.not_any_tags),
    ]);
}

/// `--limit`, `--max-items` and `--marker`, as python-openstackclient
/// takes them: `--limit` is the page size and every page is read;
/// `--max-items` caps the items of each site and the rows. A marker is an
/// ID of one site, so it needs a scope of one site.
pub fn paging<'a>(
    setup: &Setup,
    r: &Resource,
    paging: &'a Paging,
    filters: &mut Filters<'a>,
) -> Result<(), Error> {
    filters.limit = paging.max_items;
    filters.page_size = paging.limit;
    if let Some(size) = paging.limit.or(paging.max_items) {
        filters.query.push(("limit", size.to_string()));
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

/// The item without the tags `unset` names (all with `--all-tag`), as
/// osc-lib's `update_tags_for_unset`.
async fn untagged(
    session: &Session,
    r: &Resource,
    item: Value,
    unset: &TagsOfUnset,
) -> Result<Value, Stopped> {
    let mut tags = tags_of(&item);
    if unset.all_tag {
        tags.clear();
    }
    for tag in &unset.tags {
        tags.remove(tag);
    }
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

/// `port …`
pub async fn port(
    setup: &Setup,
    command: &PortCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &PORT;
    match command {
        PortCommand::List(a) => list_ports(setup, a, out).await,
        PortCommand::Show(a) => resource::show(setup, r, a, out).await,
        PortCommand::Delete(a) => resource::delete(setup, r, a).await,
        PortCommand::Create(a) => create_port(setup, a, out).await,
        PortCommand::Set(a) => set_port(setup, a).await,
        PortCommand::Unset(a) => unset_port(setup, a).await,
    }
}

async fn list_ports(
    setup: &Setup,
    a: &PortList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &PORT;
    let mut filters = Filters::default();
    filters.given(&[
        ("device_owner", &a.device_owner),
        ("device_id", &a.device_id),
        ("binding:host_id", &a.host),
        ("mac_address", &a.mac_address),
        ("status", &a.status),
        ("name", &a.name),
    ]);
    if let Some(network) = &a.network {
        filters.look_up("network_id", &NETWORK, network);
    }
    if let Some(server) = &a.server {
        filters.look_up("device_id", &SERVER, server);
    }
    if let Some(router) = &a.router {
        filters.look_up("device_id", &ROUTER, router);
    }
    if let Some(project) = &a.project {
        filters.look_up("project_id", &PROJECT, project);
    }
    for group in &a.security_groups {
        filters.query.push(("security_groups", group.clone()));
    }
    for spec in &a.fixed_ip {
        for (key, value) in key_values(spec, &["subnet", "ip-address", "ip-substring"], &[])? {
            match key.as_str() {
                // A subnet's name is looked up at each site.
                "subnet" => filters.lookups.push(ByName {
                    param: "fixed_ips",
                    prefix: "subnet_id=",
                    resource: &SUBNET,
                    name: value.into(),
                    domain: None,
                    or_text: false,
                }),
                "ip-address" => filters
                    .query
                    .push(("fixed_ips", format!("ip_address={value}"))),
                _ => filters
                    .query
                    .push(("fixed_ips", format!("ip_address_substr={value}"))),
            }
        }
    }
    tag_filters(&a.tags, &mut filters);
    paging(setup, r, &a.paging, &mut filters)?;
    resource::list_filtered(setup, r, &a.list, &filters, out).await
}

/// `key=value,key=value` with only `allowed` keys and all `required` ones,
/// as osc-lib's `MultiKeyValueAction`.
fn key_values(
    text: &str,
    allowed: &[&str],
    required: &[&str],
) -> Result<Vec<(String, String)>, Error> {
    let pairs = text
        .split(',')
        .map(|pair| {
            pair.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .filter(|(k, _)| allowed.contains(&k.as_str()))
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "`{text}`: expected {}",
                        allowed
                            .iter()
                            .map(|k| format!("{k}=..."))
                            .collect::<Vec<_>>()
                            .join(",")
                    ))
                })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    if let Some(missing) = required
        .iter()
        .find(|k| !pairs.iter().any(|(key, _)| key == *k))
    {
        return Err(Error::Usage(format!("`{text}`: {missing}=... is required")));
    }
    Ok(pairs)
}

/// `--fixed-ip` values as Neutron's `fixed_ips`, subnets looked up at the
/// site.
async fn fixed_ips(session: &Session, specs: &[String]) -> Result<Vec<Value>, Stopped> {
    let mut ips = Vec::new();
    for spec in specs {
        let mut ip = serde_json::Map::new();
        for (key, value) in key_values(spec, &["subnet", "ip-address"], &[]).map_err(usage)? {
            if key == "subnet" {
                ip.insert("subnet_id".into(), find_id(session, &SUBNET, &value).await?);
            } else {
                ip.insert("ip_address".into(), json!(value));
            }
        }
        ips.push(Value::Object(ip));
    }
    Ok(ips)
}

/// A usage error found inside a site's work (already checked before any
/// request, so never seen).
fn usage(e: Error) -> Stopped {
    Stopped::Failed(crate::site::SiteError::new(
        crate::site::FailureClass::Request,
        e.to_string(),
    ))
}

/// `--allowed-address` values as Neutron's `allowed_address_pairs`.
fn address_pairs(specs: &[String]) -> Result<Vec<Value>, Error> {
    specs
        .iter()
        .map(|spec| {
            let pairs = key_values(spec, &["ip-address", "mac-address"], &["ip-address"])?;
            Ok(pairs
                .into_iter()
                .map(|(k, v)| (k.replace('-', "_"), json!(v)))
                .collect())
        })
        .collect()
}

/// Security groups by name or ID, as IDs of the site.
async fn group_ids(session: &Session, groups: &[String]) -> Result<Vec<Value>, Stopped> {
    let mut ids = Vec::new();
    for group in groups {
        ids.push(find_id(session, &SECURITY_GROUP, group).await?);
    }
    Ok(ids)
}

/// What `port create` and `port set` send for the flags they share,
/// without what each site looks up.
fn port_fields(f: &PortFields) -> serde_json::Map<String, Value> {
    let mut port = serde_json::Map::new();
    let given = [
        ("description", &f.description),
        ("device_id", &f.device),
        ("device_owner", &f.device_owner),
        ("mac_address", &f.mac_address),
        ("binding:host_id", &f.host),
        ("binding:vnic_type", &f.vnic_type),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            port.insert(key.into(), json!(value));
        }
    }
    either(&mut port, "admin_state_up", f.enable, f.disable);
    either(
        &mut port,
        "port_security_enabled",
        f.enable_port_security,
        f.disable_port_security,
    );
    port
}

/// Checks the `key=value` flags before any request.
fn check_port_fields(f: &PortFields) -> Result<Vec<Value>, Error> {
    for spec in &f.fixed_ip {
        key_values(spec, &["subnet", "ip-address"], &[])?;
    }
    address_pairs(&f.allowed_addresses)
}

async fn create_port(
    setup: &Setup,
    a: &PortCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &PORT;
    let pairs = check_port_fields(&a.fields)?;
    let mut port = port_fields(&a.fields);
    port.insert("name".into(), json!(a.name));
    if !pairs.is_empty() {
        port.insert("allowed_address_pairs".into(), json!(pairs));
    }
    if a.no_fixed_ip {
        port.insert("fixed_ips".into(), json!([]));
    }
    if a.no_security_group {
        port.insert("security_groups".into(), json!([]));
    }
    let (port, tags) = (&Value::Object(port), &a.tags.tags);
    resource::create(
        setup,
        r,
        &a.create,
        out,
        |session| async move {
            let mut port = port.clone();
            port["network_id"] = find_id(&session, &NETWORK, &a.network).await?;
            if !a.fields.fixed_ip.is_empty() {
                port["fixed_ips"] = json!(fixed_ips(&session, &a.fields.fixed_ip).await?);
            }
            if !a.fields.security_groups.is_empty() {
                port["security_groups"] =
                    json!(group_ids(&session, &a.fields.security_groups).await?);
            }
            if let Some(project) = &a.project {
                port["project_id"] = find_id(&session, &PROJECT, project).await?;
            }
            Ok(json!({ "port": port }))
        },
        |session, created| async move { with_tags(&session, r, created, tags, false).await },
    )
    .await
}

/// `list` of the item's `key` with `add` appended (none of it first with
/// `clear`), without repeats.
fn extended(item: &Value, key: &str, clear: bool, add: Vec<Value>) -> Value {
    let mut list: Vec<Value> = match clear {
        true => Vec::new(),
        false => item[key].as_array().cloned().unwrap_or_default(),
    };
    for value in add {
        if !list.contains(&value) {
            list.push(value);
        }
    }
    json!(list)
}

async fn set_port(setup: &Setup, a: &PortSet) -> Result<ExitStatus, Error> {
    let r = &PORT;
    let pairs = &check_port_fields(&a.fields)?;
    let mut fields = port_fields(&a.fields);
    if let Some(name) = &a.name {
        fields.insert("name".into(), json!(name));
    }
    let fields = &fields;
    let (tags, no_tag) = (&a.tags.tags, a.tags.no_tag);
    resource::change(setup, r, &a.port, |session, item| async move {
        let mut port = Value::Object(fields.clone());
        if a.no_fixed_ip || !a.fields.fixed_ip.is_empty() {
            let ips = fixed_ips(&session, &a.fields.fixed_ip).await?;
            port["fixed_ips"] = extended(&item, "fixed_ips", a.no_fixed_ip, ips);
        }
        if a.no_security_group || !a.fields.security_groups.is_empty() {
            let ids = group_ids(&session, &a.fields.security_groups).await?;
            port["security_groups"] = extended(&item, "security_groups", a.no_security_group, ids);
        }
        if a.no_allowed_address || !pairs.is_empty() {
            port["allowed_address_pairs"] = extended(
                &item,
                "allowed_address_pairs",
                a.no_allowed_address,
                pairs.clone(),
            );
        }
        if port.as_object().is_some_and(|p| !p.is_empty()) {
            session
                .call(&put(r, &item, &json!({ "port": port })))
                .await?;
        }
        with_tags(&session, r, item, tags, no_tag).await?;
        Ok(())
    })
    .await
}

async fn unset_port(setup: &Setup, a: &PortUnset) -> Result<ExitStatus, Error> {
    let r = &PORT;
    for spec in &a.fixed_ip {
        key_values(spec, &["subnet", "ip-address"], &[])?;
    }
    let pairs = &address_pairs(&a.allowed_addresses)?;
    let unset = &a.tags;
    resource::change(setup, r, &a.port, |session, item| async move {
        let mut port = serde_json::Map::new();
        if !a.fixed_ip.is_empty() {
            let gone = fixed_ips(&session, &a.fixed_ip).await?;
            // A fixed IP matches on what the flag gives of it.
            let kept: Vec<Value> = item["fixed_ips"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|ip| {
                    !gone.iter().any(|g| {
                        g.as_object()
                            .into_iter()
                            .flatten()
                            .all(|(k, v)| ip[k.as_str()] == *v)
                    })
                })
                .cloned()
                .collect();
            port.insert("fixed_ips".into(), json!(kept));
        }
        if !a.security_groups.is_empty() {
            let gone = group_ids(&session, &a.security_groups).await?;
            let kept: Vec<&Value> = item["security_groups"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|g| !gone.contains(g))
                .collect();
            port.insert("security_groups".into(), json!(kept));
        }
        if !pairs.is_empty() {
            let kept: Vec<&Value> = item["allowed_address_pairs"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| {
                    !pairs.iter().any(|g| {
                        g.as_object()
                            .into_iter()
                            .flatten()
                            .all(|(k, v)| p[k.as_str()] == *v)
                    })
                })
                .collect();
            port.insert("allowed_address_pairs".into(), json!(kept));
        }
        if !port.is_empty() {
            session
                .call(&put(r, &item, &json!({ "port": port })))
                .await?;
        }
        untagged(&session, r, item, unset).await?;
        Ok(())
    })
    .await
}

/// `network …`
pub async fn network(
    setup: &Setup,
    command: &NetworkCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &NETWORK;
    match command {
        NetworkCommand::List(a) => {
            let mut filters = Filters::default();
            filters.either("router:external", a.external, a.internal);
            filters.either("shared", a.share, a.no_share);
            filters.given(&[
                ("name", &a.name),
                ("status", &a.status),
                ("provider:network_type", &a.provider_network_type),
                ("provider:physical_network", &a.physical_network),
                ("provider:segmentation_id", &a.segment),
            ]);
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        NetworkCommand::Show(a) => resource::show(setup, r, a, out).await,
        NetworkCommand::Delete(a) => resource::delete(setup, r, a).await,
        NetworkCommand::Create(a) => {
            let mut network = network_fields(&a.fields);
            network.insert("name".into(), json!(a.name));
            // As python-openstackclient: up unless told otherwise.
            network.insert("admin_state_up".into(), json!(!a.fields.disable));
            if !a.availability_zone_hints.is_empty() {
                network.insert(
                    "availability_zone_hints".into(),
                    json!(a.availability_zone_hints),
                );
            }
            let (network, tags) = (&Value::Object(network), &a.tags.tags);
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |session| async move {
                    let mut network = network.clone();
                    if let Some(project) = &a.project {
                        network["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "network": network }))
                },
                |session, created| async move { with_tags(&session, r, created, tags, false).await },
            )
            .await
        }
        NetworkCommand::Set(a) => {
            let mut body = network_fields(&a.fields);
            if let Some(name) = &a.name {
                body.insert("name".into(), json!(name));
            }
            let body = &json!({ "network": body });
            update_and_tag(setup, r, &a.network, body, &a.tags).await
        }
        NetworkCommand::Unset(a) => untag(setup, r, &a.network, &a.tags).await,
        NetworkCommand::Agent(command) => network_agent(setup, command, out).await,
        NetworkCommand::Segment(command) => network_segment(setup, command, out).await,
        NetworkCommand::Qos(NetworkQosCommand::Policy(command)) => {
            qos_policy(setup, command, out).await
        }
        NetworkCommand::Rbac(command) => network_rbac(setup, command, out).await,
    }
}

/// What `network create` and `network set` send for the flags they share.
fn network_fields(f: &NetworkFields) -> serde_json::Map<String, Value> {
    let mut network = serde_json::Map::new();
    let flags = [
        ("admin_state_up", f.enable, f.disable),
        ("shared", f.share, f.no_share),
        ("router:external", f.external, f.internal),
        (
            "port_security_enabled",
            f.enable_port_security,
            f.disable_port_security,
        ),
    ];
    for (key, yes, no) in flags {
        either(&mut network, key, yes, no);
    }
    let given = [
        ("description", &f.description),
        ("provider:network_type", &f.provider_network_type),
        ("provider:physical_network", &f.physical_network),
    ];
    for (key, value) in given {
        if let Some(value) = value {
            network.insert(key.into(), json!(value));
        }
    }
    if let Some(segment) = &f.segment {
        // Neutron takes the segment as a number.
        let segment = segment
            .parse::<u64>()
            .map_or_else(|_| json!(segment), |n| json!(n));
        network.insert("provider:segmentation_id".into(), segment);
    }
    if let Some(mtu) = f.mtu {
        network.insert("mtu".into(), json!(mtu));
    }
    network
}

/// `set`: the update (sent even when empty, as python-openstackclient
/// does), then the tags.
async fn update_and_tag(
    setup: &Setup,
    r: &'static Resource,
    target: &str,
    body: &Value,
    tags: &TagsOfSet,
) -> Result<ExitStatus, Error> {
    let (add, clear) = (&tags.tags, tags.no_tag);
    resource::change(setup, r, target, |session, item| async move {
        session.call(&put(r, &item, body)).await?;
        with_tags(&session, r, item, add, clear).await?;
        Ok(())
    })
    .await
}

/// `unset --tag T --all-tag`.
async fn untag(
    setup: &Setup,
    r: &'static Resource,
    target: &str,
    tags: &TagsOfUnset,
) -> Result<ExitStatus, Error> {
    resource::change(setup, r, target, |session, item| async move {
        untagged(&session, r, item, tags).await?;
        Ok(())
    })
    .await
}

/// `floating ip …`
pub async fn floating_ip(
    setup: &Setup,
    command: &FloatingIpCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &FLOATING_IP;
    match command {
        FloatingIpCommand::List(a) => {
            let mut filters = Filters::default();
            for network in &a.networks {
                filters.look_up("floating_network_id", &NETWORK, network);
            }
            for port in &a.ports {
                filters.look_up("port_id", &PORT, port);
            }
            filters.given(&[
                ("fixed_ip_address", &a.fixed_ip_address),
                ("floating_ip_address", &a.floating_ip_address),
                ("status", &a.status),
            ]);
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        FloatingIpCommand::Show(a) => resource::show(setup, r, a, out).await,
        FloatingIpCommand::Delete(a) => resource::delete(setup, r, a).await,
        FloatingIpCommand::Create(a) => {
            let mut fip = serde_json::Map::new();
            let given = [
                ("floating_ip_address", &a.floating_ip_address),
                ("fixed_ip_address", &a.fixed_ip_address),
                ("description", &a.description),
            ];
            for (key, value) in given {
                if let Some(value) = value {
                    fip.insert(key.into(), json!(value));
                }
            }
            let (fip, tags) = (&Value::Object(fip), &a.tags.tags);
            resource::create(
                setup,
                &FLOATING_IP_CREATED,
                &a.create,
                out,
                |session| async move {
                    let mut fip = fip.clone();
                    fip["floating_network_id"] = find_id(&session, &NETWORK, &a.network).await?;
                    if let Some(subnet) = &a.subnet {
                        fip["subnet_id"] = find_id(&session, &SUBNET, subnet).await?;
                    }
                    if let Some(port) = &a.port {
                        fip["port_id"] = find_id(&session, &PORT, port).await?;
                    }
                    if let Some(project) = &a.project {
                        fip["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "floatingip": fip }))
                },
                |session, created| async move { with_tags(&session, r, created, tags, false).await },
            )
            .await
        }
        FloatingIpCommand::Set(a) => {
            let (add, clear) = (&a.tags.tags, a.tags.no_tag);
            resource::change(setup, r, &a.floating_ip, |session, item| async move {
                let mut fip = serde_json::Map::new();
                if let Some(port) = &a.port {
                    fip.insert("port_id".into(), find_id(&session, &PORT, port).await?);
                }
                if let Some(ip) = &a.fixed_ip_address {
                    fip.insert("fixed_ip_address".into(), json!(ip));
                }
                if let Some(description) = &a.description {
                    fip.insert("description".into(), json!(description));
                }
                if !fip.is_empty() {
                    session
                        .call(&put(r, &item, &json!({ "floatingip": fip })))
                        .await?;
                }
                with_tags(&session, r, item, add, clear).await?;
                Ok(())
            })
            .await
        }
        FloatingIpCommand::Unset(a) => {
            // One look-up for both: the port let go, then the tags.
            let body = &json!({"floatingip": {"port_id": null}});
            resource::change(setup, r, &a.floating_ip, |session, item| async move {
                if a.port {
                    session.call(&put(r, &item, body)).await?;
                }
                untagged(&session, r, item, &a.tags).await?;
                Ok(())
            })
            .await
        }
    }
}

/// `router …`
pub async fn router(
    setup: &Setup,
    command: &RouterCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &ROUTER;
    match command {
        RouterCommand::List(a) => {
            let mut filters = Filters::default();
            if let Some(name) = &a.name {
                filters.query.push(("name", name.clone()));
            }
            filters.either("admin_state_up", a.enable, a.disable);
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        RouterCommand::Show(a) => {
            resource::show_with(setup, r, a, out, |session, router| async move {
                interfaces(&session, router).await
            })
            .await
        }
        RouterCommand::Delete(a) => resource::delete(setup, r, a).await,
        RouterCommand::Create(a) => {
            let fixed = check_router_fields(&a.fields)?;
            let mut router = router_fields(&a.fields);
            router.insert("name".into(), json!(a.name));
            router.insert("admin_state_up".into(), json!(!a.fields.disable));
            if !a.availability_zone_hints.is_empty() {
                router.insert(
                    "availability_zone_hints".into(),
                    json!(a.availability_zone_hints),
                );
            }
            let (router, tags, fixed) = (&Value::Object(router), &a.tags.tags, &fixed);
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |session| async move {
                    let mut router = router.clone();
                    if let Some(gateway) = gateway_info(&session, &a.fields, fixed).await? {
                        router["external_gateway_info"] = gateway;
                    }
                    if let Some(project) = &a.project {
                        router["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "router": router }))
                },
                |session, created| async move { with_tags(&session, r, created, tags, false).await },
            )
            .await
        }
        RouterCommand::Set(a) => set_router(setup, a).await,
        RouterCommand::Unset(a) => {
            let gone = &a
                .routes
                .iter()
                .map(|route| route_of(route))
                .collect::<Result<Vec<_>, _>>()?;
            resource::change(setup, r, &a.router, |session, item| async move {
                let mut router = serde_json::Map::new();
                if !gone.is_empty() {
                    let kept: Vec<&Value> = item["routes"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|route| !gone.contains(route))
                        .collect();
                    router.insert("routes".into(), json!(kept));
                }
                if a.external_gateway {
                    router.insert("external_gateway_info".into(), json!({}));
                }
                if !router.is_empty() {
                    session
                        .call(&put(r, &item, &json!({ "router": router })))
                        .await?;
                }
                untagged(&session, r, item, &a.tags).await?;
                Ok(())
            })
            .await
        }
        RouterCommand::Add(attach) => router_interface(setup, attach, "add_router_interface").await,
        RouterCommand::Remove(attach) => {
            router_interface(setup, attach, "remove_router_interface").await
        }
    }
}

/// A router with `interfaces_info`: its ports' addresses but its
/// gateway's, as `router show` lists them.
async fn interfaces(session: &Session, mut router: Value) -> Value {
    let path = format!("ports?device_id={}", encode(ROUTER.id_of(&router)));
    let ports = session
        .list(PORT.service, &path, PORT.plural)
        .await
        .unwrap_or_default();
    let info: Vec<Value> = ports
        .iter()
        .filter(|p| p["device_owner"] != "network:router_gateway")
        .flat_map(|p| {
            p["fixed_ips"].as_array().into_iter().flatten().map(|ip| {
                json!({"port_id": p["id"], "ip_address": ip["ip_address"], "subnet_id": ip["subnet_id"]})
            })
        })
        .collect();
    router["interfaces_info"] = json!(info);
    router
}

/// `destination=CIDR,gateway=IP` as Neutron's route.
fn route_of(text: &str) -> Result<Value, Error> {
    let pairs = key_values(
        text,
        &["destination", "gateway"],
        &["destination", "gateway"],
    )?;
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    Ok(json!({"destination": get("destination"), "nexthop": get("gateway")}))
}

fn check_router_fields(f: &RouterFields) -> Result<Vec<Vec<(String, String)>>, Error> {
    f.fixed_ips
        .iter()
        .map(|spec| key_values(spec, &["subnet", "ip-address"], &[]))
        .collect()
}

/// What `router create` and `router set` send for the flags they share,
/// without the gateway, which each site looks up.
fn router_fields(f: &RouterFields) -> serde_json::Map<String, Value> {
    let mut router = serde_json::Map::new();
    let flags = [
        ("admin_state_up", f.enable, f.disable),
        ("distributed", f.distributed, f.centralized),
        ("ha", f.ha, f.no_ha),
    ];
    for (key, yes, no) in flags {
        either(&mut router, key, yes, no);
    }
    if let Some(description) = &f.description {
        router.insert("description".into(), json!(description));
    }
    router
}

/// The gateway `--external-gateway` asks for, looked up at the site.
async fn gateway_info(
    session: &Session,
    f: &RouterFields,
    fixed: &[Vec<(String, String)>],
) -> Result<Option<Value>, Stopped> {
    let Some(network) = &f.external_gateway else {
        return Ok(None);
    };
    let mut info = json!({"network_id": find_id(session, &NETWORK, network).await?});
    if f.enable_snat || f.disable_snat {
        info["enable_snat"] = json!(f.enable_snat);
    }
    if !fixed.is_empty() {
        let mut ips = Vec::new();
        for spec in fixed {
            let mut ip = serde_json::Map::new();
            for (key, value) in spec {
                if key == "subnet" {
                    ip.insert("subnet_id".into(), find_id(session, &SUBNET, value).await?);
                } else {
                    ip.insert("ip_address".into(), json!(value));
                }
            }
            ips.push(Value::Object(ip));
        }
        info["external_fixed_ips"] = json!(ips);
    }
    Ok(Some(info))
}

async fn set_router(setup: &Setup, a: &RouterSet) -> Result<ExitStatus, Error> {
    let r = &ROUTER;
    let fixed = &check_router_fields(&a.fields)?;
    let added = &a
        .routes
        .iter()
        .map(|route| route_of(route))
        .collect::<Result<Vec<_>, _>>()?;
    let mut fields = router_fields(&a.fields);
    if let Some(name) = &a.name {
        fields.insert("name".into(), json!(name));
    }
    let fields = &fields;
    let (tags, no_tag) = (&a.tags.tags, a.tags.no_tag);
    resource::change(setup, r, &a.router, |session, item| async move {
        let mut router = Value::Object(fields.clone());
        if let Some(gateway) = gateway_info(&session, &a.fields, fixed).await? {
            router["external_gateway_info"] = gateway;
        }
        // As python-openstackclient: the new routes, then the old ones.
        if !added.is_empty() || a.no_route {
            let mut routes = added.clone();
            if !a.no_route {
                routes.extend(item["routes"].as_array().cloned().unwrap_or_default());
            }
            router["routes"] = json!(routes);
        }
        if router.as_object().is_some_and(|r| !r.is_empty()) {
            session
                .call(&put(r, &item, &json!({ "router": router })))
                .await?;
        }
        with_tags(&session, r, item, tags, no_tag).await?;
        Ok(())
    })
    .await
}

/// `router add|remove subnet|port`: at each site that has the router, the
/// subnet or port of that site.
async fn router_interface(
    setup: &Setup,
    attach: &RouterAttach,
    action: &'static str,
) -> Result<ExitStatus, Error> {
    let (a, target, key) = match attach {
        RouterAttach::Subnet(a) => (a, &SUBNET, "subnet_id"),
        RouterAttach::Port(a) => (a, &PORT, "port_id"),
    };
    let (status, _) = resource::each(
        setup,
        &ROUTER,
        std::slice::from_ref(&a.router),
        action,
        |session, router| async move {
            let found = find(&session, target, &a.target).await?;
            let path = format!("{}/{}/{action}", ROUTER.path, encode(ROUTER.id_of(&router)));
            let body = Body::Json(json!({ key: found["id"] }));
            session
                .call(&Call::new(ROUTER.service, Method::PUT, path, body))
                .await?;
            Ok(())
        },
    )
    .await?;
    Ok(status)
}

/// `subnet …`
pub async fn subnet(
    setup: &Setup,
    command: &SubnetCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SUBNET;
    match command {
        SubnetCommand::List(a) => {
            let mut filters = Filters::default();
            filters.given(&[
                ("ip_version", &a.ip_version),
                ("gateway_ip", &a.gateway),
                ("name", &a.name),
                ("cidr", &a.subnet_range),
            ]);
            filters.either("enable_dhcp", a.dhcp, a.no_dhcp);
            for service_type in &a.service_types {
                filters.query.push(("service_types", service_type.clone()));
            }
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            if let Some(network) = &a.network {
                filters.look_up("network_id", &NETWORK, network);
            }
            if let Some(pool) = &a.subnet_pool {
                filters.look_up("subnetpool_id", &SUBNET_POOL, pool);
            }
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        SubnetCommand::Show(a) => resource::show(setup, r, a, out).await,
        SubnetCommand::Delete(a) => resource::delete(setup, r, a).await,
        SubnetCommand::Create(a) => create_subnet(setup, a, out).await,
        SubnetCommand::Set(a) => set_subnet(setup, a).await,
        SubnetCommand::Unset(a) => unset_subnet(setup, a).await,
        SubnetCommand::Pool(command) => subnet_pool(setup, command, out).await,
    }
}

/// `--allocation-pool start=IP,end=IP` values.
fn pools_of(specs: &[String]) -> Result<Vec<Pool>, Error> {
    specs
        .iter()
        .map(|spec| {
            let pairs = key_values(spec, &["start", "end"], &["start", "end"])?;
            let get = |key: &str| {
                let value = &pairs.iter().find(|(k, _)| k == key).expect("required").1;
                value.parse().map_err(|_| {
                    Error::Usage(format!("`{spec}`: {key}={value} is not an IP address"))
                })
            };
            Ok(Pool {
                start: get("start")?,
                end: get("end")?,
            })
        })
        .collect()
}

fn pool_json(pool: &Pool) -> Value {
    json!({"start": pool.start.to_string(), "end": pool.end.to_string()})
}

/// `--host-route destination=CIDR,gateway=IP` values, as Neutron's routes.
fn host_routes(specs: &[String]) -> Result<Vec<Value>, Error> {
    specs
        .iter()
        .map(|spec| {
            let pairs = key_values(
                spec,
                &["destination", "gateway"],
                &["destination", "gateway"],
            )?;
            let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
            Ok(json!({"destination": get("destination"), "nexthop": get("gateway")}))
        })
        .collect()
}

/// What `subnet create` and `subnet set` send for the flags they share
/// (the pools aside: `create` may split them).
fn subnet_fields(f: &SubnetFields) -> Result<serde_json::Map<String, Value>, Error> {
    let mut subnet = serde_json::Map::new();
    if let Some(description) = &f.description {
        subnet.insert("description".into(), json!(description));
    }
    either(&mut subnet, "enable_dhcp", f.dhcp, f.no_dhcp);
    if !f.dns_nameservers.is_empty() {
        subnet.insert("dns_nameservers".into(), json!(f.dns_nameservers));
    }
    let routes = host_routes(&f.host_routes)?;
    if !routes.is_empty() {
        subnet.insert("host_routes".into(), json!(routes));
    }
    Ok(subnet)
}

/// `subnet create`: under several sites, the range's addresses (or the
/// pools given) are split between the sites, so that no two sites hand
/// out the same address.
async fn create_subnet(
    setup: &Setup,
    a: &SubnetCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SUBNET;
    // Without a range (a subnet pool's choice), there is nothing to split.
    let range = match &a.subnet_range {
        Some(text) => Some(Range::parse(text).map_err(Error::Usage)?),
        None => None,
    };
    let gateway = match a.gateway.as_deref().map(str::to_lowercase).as_deref() {
        None | Some("auto") => range.map(|r| r.default_gateway()),
        Some("none") => None,
        Some(ip) => Some(
            ip.parse()
                .map_err(|_| Error::Usage(format!("--gateway {ip}: not an IP address")))?,
        ),
    };
    let given = pools_of(&a.fields.allocation_pools)?;
    let mut subnet = subnet_fields(&a.fields)?;
    let version = match (a.ip_version.as_deref(), range) {
        (Some(v), _) => v.parse::<u8>().unwrap_or(4),
        (None, Some(range)) => range.ip_version(),
        (None, None) => 4,
    };
    subnet.insert("name".into(), json!(a.name));
    if let Some(text) = &a.subnet_range {
        subnet.insert("cidr".into(), json!(text));
    }
    if let Some(length) = a.prefix_length {
        subnet.insert("prefixlen".into(), json!(length));
    }
    subnet.insert("ip_version".into(), json!(version));
    if !subnet.contains_key("enable_dhcp") {
        subnet.insert("enable_dhcp".into(), json!(true));
    }
    let modes = [
        ("ipv6_ra_mode", &a.ipv6_ra_mode),
        ("ipv6_address_mode", &a.ipv6_address_mode),
    ];
    for (key, mode) in modes {
        if let Some(mode) = mode {
            subnet.insert(key.into(), json!(mode));
        }
    }
    match (
        a.gateway.as_deref().map(str::to_lowercase).as_deref(),
        gateway,
    ) {
        (Some("none"), _) => {
            subnet.insert("gateway_ip".into(), Value::Null);
        }
        (Some("auto") | None, _) => {}
        (Some(_), Some(ip)) => {
            subnet.insert("gateway_ip".into(), json!(ip.to_string()));
        }
        _ => {}
    }
    if !given.is_empty() {
        subnet.insert(
            "allocation_pools".into(),
            given.iter().map(pool_json).collect(),
        );
    }
    let plan = setup.plan(r.service)?;
    let sites = plan.sites();
    let mut pools: HashMap<String, Vec<Pool>> = HashMap::new();
    if let (true, Some(range)) = (sites.len() > 1, range) {
        let shares = match given.is_empty() {
            true => range.split(gateway, sites.len()),
            false => range.split_pools(&given, gateway, sites.len()),
        }
        .map_err(Error::Usage)?;
        let split: Vec<String> = sites
            .iter()
            .zip(&shares)
            .map(|(site, share)| {
                let share: Vec<String> = share.iter().map(Pool::to_string).collect();
                format!("{site} {}", share.join(","))
            })
            .collect();
        // --explain shows the pools in the requests.
        if !setup.explain {
            crate::sys::tell!(
                "{} split across {} sites: {}",
                a.subnet_range.as_deref().unwrap_or_default(),
                sites.len(),
                split.join("; ")
            );
        }
        pools = sites.iter().map(|s| s.to_string()).zip(shares).collect();
    }
    let (pools, subnet, tags) = (&pools, &Value::Object(subnet), &a.tags.tags);
    resource::create(
        setup,
        r,
        &a.create,
        out,
        |s| async move {
            let mut subnet = subnet.clone();
            subnet["network_id"] = find_id(&s, &NETWORK, &a.network).await?;
            if let Some(project) = &a.project {
                subnet["project_id"] = find_id(&s, &PROJECT, project).await?;
            }
            if let Some(pool) = &a.subnet_pool {
                subnet["subnetpool_id"] = find_id(&s, &SUBNET_POOL, pool).await?;
            }
            if let Some(share) = pools.get(s.name()) {
                subnet["allocation_pools"] = share.iter().map(pool_json).collect();
            }
            Ok(json!({ "subnet": subnet }))
        },
        |session, created| async move { with_tags(&session, r, created, tags, false).await },
    )
    .await
}

/// `subnet set`: name servers, pools and routes added before those the
/// subnet has (none of them with `--no-…`), as python-openstackclient.
async fn set_subnet(setup: &Setup, a: &SubnetSet) -> Result<ExitStatus, Error> {
    let r = &SUBNET;
    let mut fields = subnet_fields(&a.fields)?;
    if let Some(name) = &a.name {
        fields.insert("name".into(), json!(name));
    }
    match a.gateway.as_deref().map(str::to_lowercase).as_deref() {
        None => {}
        Some("auto") => {
            return Err(Error::Usage(
                "Auto option is not available for Subnet Set. Valid options are <ip-address> or none"
                    .into(),
            ));
        }
        Some("none") => {
            fields.insert("gateway_ip".into(), Value::Null);
        }
        Some(ip) => {
            let ip: std::net::IpAddr = ip
                .parse()
                .map_err(|_| Error::Usage(format!("--gateway {ip}: not an IP address")))?;
            fields.insert("gateway_ip".into(), json!(ip.to_string()));
        }
    }
    // The lists: what is given, before what the subnet has.
    fields.remove("dns_nameservers");
    fields.remove("host_routes");
    let dns: Vec<Value> = a.fields.dns_nameservers.iter().map(|d| json!(d)).collect();
    let pools: Vec<Value> = pools_of(&a.fields.allocation_pools)?
        .iter()
        .map(pool_json)
        .collect();
    let routes = host_routes(&a.fields.host_routes)?;
    let lists = [
        ("dns_nameservers", a.no_dns_nameservers, dns),
        ("allocation_pools", a.no_allocation_pool, pools),
        ("host_routes", a.no_host_route, routes),
    ];
    let (fields, lists) = (&fields, &lists);
    let (tags, no_tag) = (&a.tags.tags, a.tags.no_tag);
    resource::change(setup, r, &a.subnet, |session, item| async move {
        let mut subnet = fields.clone();
        for (key, clear, new) in lists {
            if new.is_empty() && !clear {
                continue;
            }
            let mut all = new.clone();
            if !clear {
                all.extend(item[*key].as_array().cloned().unwrap_or_default());
            }
            subnet.insert(key.to_string(), json!(all));
        }
        let subnet = Value::Object(subnet);
        if subnet.as_object().is_some_and(|s| !s.is_empty()) {
            session
                .call(&put(r, &item, &json!({ "subnet": subnet })))
                .await?;
        }
        with_tags(&session, r, item, tags, no_tag).await?;
        Ok(())
    })
    .await
}

/// `subnet unset`: each name server, pool or route named must be the
/// subnet's.
async fn unset_subnet(setup: &Setup, a: &SubnetUnset) -> Result<ExitStatus, Error> {
    let r = &SUBNET;
    let gone = [
        (
            "dns_nameservers",
            a.dns_nameservers
                .iter()
                .map(|d| json!(d))
                .collect::<Vec<_>>(),
        ),
        (
            "allocation_pools",
            pools_of(&a.allocation_pools)?
                .iter()
                .map(pool_json)
                .collect(),
        ),
        ("host_routes", host_routes(&a.host_routes)?),
    ];
    let gone = &gone;
    resource::change(setup, r, &a.subnet, |session, item| async move {
        let mut subnet = serde_json::Map::new();
        for (key, remove) in gone.iter().filter(|(_, r)| !r.is_empty()) {
            let has = item[*key].as_array().cloned().unwrap_or_default();
            if let Some(missing) = remove.iter().find(|x| !has.contains(x)) {
                // python-openstackclient's words, its flag's name.
                let option = match *key {
                    "dns_nameservers" => "dns-nameserver",
                    "allocation_pools" => "allocation-pool",
                    _ => "host-route",
                };
                let why = format!(
                    "Subnet does not contain {option} {}",
                    crate::output::python_str(missing)
                );
                return Err(SiteError::new(FailureClass::Request, why).into());
            }
            let kept: Vec<Value> = has.into_iter().filter(|x| !remove.contains(x)).collect();
            subnet.insert(key.to_string(), json!(kept));
        }
        if !subnet.is_empty() {
            session
                .call(&put(r, &item, &json!({ "subnet": subnet })))
                .await?;
        }
        untagged(&session, r, item, &a.tags).await?;
        Ok(())
    })
    .await
}

/// `subnet pool …`
async fn subnet_pool(
    setup: &Setup,
    command: &SubnetPoolCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SUBNET_POOL;
    match command {
        SubnetPoolCommand::List(a) => {
            let mut filters = Filters::default();
            filters.given(&[("name", &a.name)]);
            filters.either("shared", a.share, a.no_share);
            filters.either("is_default", a.default, a.no_default);
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            if let Some(scope) = &a.address_scope {
                filters.look_up("address_scope_id", &ADDRESS_SCOPE, scope);
            }
            tag_filters(&a.tags, &mut filters);
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        SubnetPoolCommand::Show(a) => resource::show(setup, r, a, out).await,
        SubnetPoolCommand::Delete(a) => resource::delete(setup, r, a).await,
        SubnetPoolCommand::Create(a) => {
            let mut pool = serde_json::Map::new();
            pool.insert("name".into(), json!(a.name));
            pool.insert("prefixes".into(), json!(a.prefixes));
            let lengths = [
                ("default_prefixlen", a.default_prefix_length),
                ("min_prefixlen", a.min_prefix_length),
                ("max_prefixlen", a.max_prefix_length),
            ];
            for (key, length) in lengths {
                if let Some(length) = length {
                    pool.insert(key.into(), json!(length));
                }
            }
            either(&mut pool, "is_default", a.default, a.no_default);
            either(&mut pool, "shared", a.share, a.no_share);
            if let Some(description) = &a.description {
                pool.insert("description".into(), json!(description));
            }
            if let Some(quota) = a.default_quota {
                pool.insert("default_quota".into(), json!(quota));
            }
            let (pool, tags) = (&Value::Object(pool), &a.tags.tags);
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |session| async move {
                    let mut pool = pool.clone();
                    if let Some(scope) = &a.address_scope {
                        pool["address_scope_id"] =
                            find_id(&session, &ADDRESS_SCOPE, scope).await?;
                    }
                    if let Some(project) = &a.project {
                        pool["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "subnetpool": pool }))
                },
                |session, created| async move { with_tags(&session, r, created, tags, false).await },
            )
            .await
        }
    }
}

/// `address scope …`
pub async fn address_scope(
    setup: &Setup,
    command: &AddressScopeCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &ADDRESS_SCOPE;
    match command {
        AddressScopeCommand::List(a) => {
            let mut filters = Filters::default();
            filters.given(&[("name", &a.name), ("ip_version", &a.ip_version)]);
            filters.either("shared", a.share, a.no_share);
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        AddressScopeCommand::Show(a) => resource::show(setup, r, a, out).await,
        AddressScopeCommand::Delete(a) => resource::delete(setup, r, a).await,
        AddressScopeCommand::Create(a) => {
            let version: u8 = a.ip_version.parse().unwrap_or(4);
            let scope = &json!({"name": a.name, "ip_version": version, "shared": a.share});
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |session| async move {
                    let mut scope = scope.clone();
                    if let Some(project) = &a.project {
                        scope["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "address_scope": scope }))
                },
                |_, created| async { Ok(created) },
            )
            .await
        }
    }
}

/// `network agent …`
async fn network_agent(
    setup: &Setup,
    command: &NetworkAgentCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &NETWORK_AGENT;
    match command {
        NetworkAgentCommand::List(a) => {
            let mut filters = Filters::default();
            if let Some(short) = &a.agent_type
                && let Some((_, name)) = AGENT_TYPES.iter().find(|(s, _)| s == short)
            {
                filters.query.push(("agent_type", name.to_string()));
            }
            filters.given(&[("host", &a.host)]);
            if let Some(network) = &a.network {
                filters.below(&NETWORK, network, "dhcp-agents");
            }
            if let Some(router) = &a.router {
                filters.below(&ROUTER, router, "l3-agents");
                if a.list.long {
                    filters.extra = NETWORK_AGENT_HA_STATE;
                }
            }
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        NetworkAgentCommand::Show(a) => resource::show(setup, r, a, out).await,
    }
}

/// `network segment …`
async fn network_segment(
    setup: &Setup,
    command: &NetworkSegmentCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &NETWORK_SEGMENT;
    match command {
        NetworkSegmentCommand::List(a) => {
            let mut filters = Filters::default();
            if let Some(network) = &a.network {
                filters.look_up("network_id", &NETWORK, network);
            }
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        NetworkSegmentCommand::Show(a) => resource::show(setup, r, a, out).await,
    }
}

/// `network qos policy …`
async fn qos_policy(
    setup: &Setup,
    command: &QosPolicyCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &QOS_POLICY;
    match command {
        QosPolicyCommand::List(a) => {
            let mut filters = Filters::default();
            filters.either("shared", a.share, a.no_share);
            if let Some(project) = &a.project {
                filters.look_up("project_id", &PROJECT, project);
            }
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        QosPolicyCommand::Show(a) => resource::show(setup, r, a, out).await,
        QosPolicyCommand::Delete(a) => resource::delete(setup, r, a).await,
        QosPolicyCommand::Create(a) => {
            let mut policy = serde_json::Map::new();
            policy.insert("name".into(), json!(a.name));
            if let Some(description) = &a.description {
                policy.insert("description".into(), json!(description));
            }
            either(&mut policy, "shared", a.share, a.no_share);
            either(&mut policy, "is_default", a.default, a.no_default);
            let policy = &Value::Object(policy);
            resource::create(
                setup,
                &QOS_POLICY_CREATED,
                &a.create,
                out,
                |session| async move {
                    let mut policy = policy.clone();
                    if let Some(project) = &a.project {
                        policy["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "policy": policy }))
                },
                |_, created| async { Ok(created) },
            )
            .await
        }
    }
}

/// `network rbac …`
async fn network_rbac(
    setup: &Setup,
    command: &NetworkRbacCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &NETWORK_RBAC;
    match command {
        NetworkRbacCommand::List(a) => {
            let mut filters = Filters::default();
            filters.given(&[("object_type", &a.object_type), ("action", &a.action)]);
            match a.target_project.as_deref() {
                Some("*") => filters.query.push(("target_tenant", "*".into())),
                Some(project) => filters.look_up("target_tenant", &PROJECT, project),
                None => {}
            }
            paging(setup, r, &a.paging, &mut filters)?;
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        NetworkRbacCommand::Show(a) => resource::show(setup, r, a, out).await,
        NetworkRbacCommand::Delete(a) => resource::delete(setup, r, a).await,
        NetworkRbacCommand::Create(a) => {
            let object = rbac_object(&a.object_type);
            resource::create(
                setup,
                r,
                &a.create,
                out,
                |session| async move {
                    let mut policy = json!({
                        "object_type": a.object_type,
                        "action": a.action,
                        "object_id": find_id(&session, object, &a.object).await?,
                        "target_tenant": "*",
                    });
                    if let Some(project) = &a.target_project {
                        policy["target_tenant"] = find_id(&session, &PROJECT, project).await?;
                    }
                    if let Some(project) = &a.project {
                        policy["project_id"] = find_id(&session, &PROJECT, project).await?;
                    }
                    Ok(json!({ "rbac_policy": policy }))
                },
                |_, created| async { Ok(created) },
            )
            .await
        }
        NetworkRbacCommand::Set(a) => {
            let target = &a.target_project;
            resource::change(setup, r, &a.policy, |session, item| async move {
                let mut policy = json!({});
                if let Some(project) = target {
                    policy["target_tenant"] = find_id(&session, &PROJECT, project).await?;
                }
                session
                    .call(&put(r, &item, &json!({ "rbac_policy": policy })))
                    .await?;
                Ok(())
            })
            .await
        }
    }
}

/// The resource an RBAC policy of this `--type` shares.
fn rbac_object(object_type: &str) -> &'static Resource {
    match object_type {
        "address_group" => &ADDRESS_GROUP,
        "address_scope" => &ADDRESS_SCOPE,
        "security_group" => &SECURITY_GROUP,
        "subnetpool" => &SUBNET_POOL,
        "qos_policy" => &QOS_POLICY,
        _ => &NETWORK,
    }
}
