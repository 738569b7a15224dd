//! Neutron `/v2.0`: networks and subnets, with `*_links` pagination when a
//! `limit` is given and `NeutronError` bodies, as Neutron answers.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{Q, Query, error, json_response, next_query, page, project_of, require_token};
use crate::site::{Data, Service, Site, Token, iso, network_json, subnet_json};

const S: Option<Service> = Some(Service::Network);

mod agents;
mod floating;
mod pools;
mod ports;
mod quotas;
pub(crate) use ports::make_port;
pub use quotas::QUOTAS;
mod rbac;
mod routers;
mod secgroups;

pub fn router() -> Router {
    let mut protected = Router::new();
    protected = collection(protected, Kind::Network, create_network, delete_network);
    protected = collection(protected, Kind::Subnet, create_subnet, delete_subnet);
    protected = collection(
        protected,
        Kind::SecurityGroup,
        secgroups::create_group,
        secgroups::delete_group,
    );
    protected = collection(
        protected,
        Kind::SecurityGroupRule,
        secgroups::create_rule,
        secgroups::delete_rule,
    );
    protected = collection(
        protected,
        Kind::Port,
        ports::create_port,
        ports::delete_port,
    );
    protected = collection(
        protected,
        Kind::FloatingIp,
        floating::create,
        floating::delete,
    );
    protected = collection(protected, Kind::Router, routers::create, routers::delete);
    protected = routers::routes(protected);
    protected = collection(
        protected,
        Kind::AddressScope,
        pools::create_scope,
        pools::delete_scope,
    );
    protected = collection(
        protected,
        Kind::SubnetPool,
        pools::create_pool,
        pools::delete_pool,
    );
    protected = collection(
        protected,
        Kind::QosPolicy,
        rbac::create_qos,
        rbac::delete_qos,
    );
    protected = collection(protected, Kind::RbacPolicy, rbac::create, rbac::delete);
    protected = listing(protected, Kind::Agent);
    protected = listing(protected, Kind::Segment);
    protected = agents::hosting(protected);
    let protected = quotas::routes(protected)
        .route("/v2.0/extensions", get(extensions))
        .route("/v2.0/availability_zones", get(availability_zones))
        .route_layer(middleware::from_fn(require_token));
    Router::new().route("/", get(versions)).merge(protected)
}

async fn versions(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(
        StatusCode::OK,
        json!({"versions": [{"status": "CURRENT", "id": "v2.0",
                             "links": [{"href": format!("{}/network/v2.0/", site.base()), "rel": "self"}]}]}),
    )
}

async fn extensions() -> Response {
    let names = [
        ("network", "Network"),
        ("subnet_allocation", "Subnet Allocation"),
        ("pagination", "Pagination support"),
        ("sorting", "Sorting support"),
        ("availability_zone", "Availability Zone"),
        ("router", "Neutron L3 Router"),
        ("router_availability_zone", "Router Availability Zone"),
        ("external-net", "Neutron external network"),
        ("security-group", "security-group"),
        ("port-security", "Port Security"),
        (
            "standard-attr-tag",
            "Tag support for resources with standard attribute",
        ),
    ];
    let list: Vec<Value> = names
        .iter()
        .map(|(alias, name)| json!({"alias": alias, "name": name, "description": name, "updated": "2013-01-01T00:00:00-00:00", "links": []}))
        .collect();
    json_response(StatusCode::OK, json!({"extensions": list}))
}

/// Neutron's zones: `nova` for networks and routers, where the agents
/// live.
async fn availability_zones() -> Response {
    let zones: Vec<Value> = ["network", "router"]
        .iter()
        .map(|resource| json!({"name": "nova", "resource": resource, "state": "available"}))
        .collect();
    json_response(StatusCode::OK, json!({ "availability_zones": zones }))
}

/// Which collection: its path, JSON keys and not-found error. What every
/// Neutron collection does alike (list with filters and pages, show,
/// update) is written once for all of them.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Network,
    Subnet,
    SecurityGroup,
    SecurityGroupRule,
    Port,
    FloatingIp,
    Router,
    AddressScope,
    SubnetPool,
    QosPolicy,
    RbacPolicy,
    Agent,
    Segment,
}

impl Kind {
    /// The collection's path below `/v2.0`.
    fn path(self) -> &'static str {
        match self {
            Kind::SecurityGroup => "security-groups",
            Kind::SecurityGroupRule => "security-group-rules",
            Kind::AddressScope => "address-scopes",
            Kind::QosPolicy => "qos/policies",
            Kind::RbacPolicy => "rbac-policies",
            other => other.plural(),
        }
    }

    fn plural(self) -> &'static str {
        match self {
            Kind::Network => "networks",
            Kind::Subnet => "subnets",
            Kind::SecurityGroup => "security_groups",
            Kind::SecurityGroupRule => "security_group_rules",
            Kind::Port => "ports",
            Kind::FloatingIp => "floatingips",
            Kind::Router => "routers",
            Kind::AddressScope => "address_scopes",
            Kind::SubnetPool => "subnetpools",
            Kind::QosPolicy => "policies",
            Kind::RbacPolicy => "rbac_policies",
            Kind::Agent => "agents",
            Kind::Segment => "segments",
        }
    }

    fn singular(self) -> &'static str {
        match self {
            Kind::Network => "network",
            Kind::Subnet => "subnet",
            Kind::SecurityGroup => "security_group",
            Kind::SecurityGroupRule => "security_group_rule",
            Kind::Port => "port",
            Kind::FloatingIp => "floatingip",
            Kind::Router => "router",
            Kind::AddressScope => "address_scope",
            Kind::SubnetPool => "subnetpool",
            Kind::QosPolicy => "policy",
            Kind::RbacPolicy => "rbac_policy",
            Kind::Agent => "agent",
            Kind::Segment => "segment",
        }
    }

    pub(crate) fn items(self, data: &mut Data) -> &mut Vec<Value> {
        match self {
            Kind::Network => &mut data.networks,
            Kind::Subnet => &mut data.subnets,
            Kind::SecurityGroup => &mut data.security_groups,
            Kind::SecurityGroupRule => &mut data.security_group_rules,
            Kind::Port => &mut data.ports,
            Kind::FloatingIp => &mut data.floating_ips,
            Kind::Router => &mut data.routers,
            Kind::AddressScope => &mut data.address_scopes,
            Kind::SubnetPool => &mut data.subnet_pools,
            Kind::QosPolicy => &mut data.qos_policies,
            Kind::RbacPolicy => &mut data.rbac_policies,
            Kind::Agent => &mut data.agents,
            Kind::Segment => &mut data.segments,
        }
    }

    /// Neutron's 404, whose wording differs between collections.
    pub(crate) fn not_found(self, id: &str) -> Response {
        let (kind, message) = self.missing(id);
        neutron_error(StatusCode::NOT_FOUND, kind, &message)
    }

    /// The type and message of [`Kind::not_found`].
    fn missing(self, id: &str) -> (&'static str, String) {
        match self {
            Kind::Network => (
                "NetworkNotFound",
                format!("Network {id} could not be found."),
            ),
            Kind::Subnet => ("SubnetNotFound", format!("Subnet {id} could not be found.")),
            Kind::SecurityGroup => (
                "SecurityGroupNotFound",
                format!("Security group {id} does not exist"),
            ),
            Kind::SecurityGroupRule => (
                "SecurityGroupRuleNotFound",
                format!("Security group rule {id} does not exist"),
            ),
            Kind::Port => ("PortNotFound", format!("Port {id} could not be found.")),
            Kind::FloatingIp => (
                "FloatingIPNotFound",
                format!("Floating IP {id} could not be found"),
            ),
            Kind::Router => ("RouterNotFound", format!("Router {id} could not be found")),
            Kind::AddressScope => (
                "AddressScopeNotFound",
                format!("Address scope {id} could not be found."),
            ),
            Kind::SubnetPool => (
                "SubnetPoolNotFound",
                format!("Subnet pool {id} could not be found."),
            ),
            Kind::QosPolicy => (
                "QosPolicyNotFound",
                format!("QoS policy {id} could not be found."),
            ),
            Kind::RbacPolicy => (
                "RbacPolicyNotFound",
                format!("RBAC policy of type unknown with ID {id} not found"),
            ),
            Kind::Agent => ("AgentNotFound", format!("Agent {id} could not be found.")),
            Kind::Segment => (
                "SegmentNotFound",
                format!("Segment {id} could not be found."),
            ),
        }
    }

    /// An item as the API shows it (a group with its rules).
    fn render(self, item: &Value, data: &Data) -> Value {
        match self {
            Kind::SecurityGroup => secgroups::with_rules(item, data),
            Kind::SecurityGroupRule => secgroups::rule_view(item),
            _ => item.clone(),
        }
    }

    /// What a project sees before it asked for anything: its default
    /// security group, made on first use as Neutron makes it.
    fn first_use(self, data: &mut Data, site: &Site, token: &Token) {
        match self {
            Kind::SecurityGroup | Kind::SecurityGroupRule => {
                secgroups::ensure_default(data, site, &project_of(token))
            }
            Kind::RbacPolicy => rbac::sync(data, site),
            Kind::Agent => agents::ensure_agent(data, site),
            Kind::Segment => agents::sync_segments(data, site),
            _ => {}
        }
    }

    /// Whether a token sees an item: its project's and shared ones; the
    /// site's agents and segments, which belong to no project, to all.
    fn visible(self, item: &Value, token: &Token) -> bool {
        match self {
            Kind::Agent | Kind::Segment => true,
            _ => visible(item, token),
        }
    }
}

/// A `NeutronError` of a given type.
pub(crate) fn neutron_error(status: StatusCode, kind: &str, message: &str) -> Response {
    json_response(
        status,
        json!({"NeutronError": {"type": kind, "message": message, "detail": ""}}),
    )
}

pub(crate) fn visible(item: &Value, token: &Token) -> bool {
    item["shared"] == true || item["project_id"] == project_of(token).as_str()
}

fn matches(item: &Value, q: &HashMap<String, String>) -> bool {
    q.iter()
        .filter(|(k, _)| {
            !matches!(
                k.as_str(),
                "limit" | "marker" | "fields" | "sort_key" | "sort_dir" | "page_reverse"
            )
        })
        .all(|(k, v)| match (k.as_str(), &item[k.as_str()]) {
            ("tags" | "tags-any" | "not-tags" | "not-tags-any", _) => tagged(item, k, v),
            ("fixed_ips", _) => has_fixed_ip(item, v),
            (_, Value::Array(values)) => values.iter().any(|x| x == v.as_str()),
            (_, Value::String(s)) => s == v,
            (_, Value::Bool(b)) => v.eq_ignore_ascii_case(&b.to_string()),
            (_, Value::Number(n)) => n.to_string() == *v,
            _ => false,
        })
}

/// Neutron's `fixed_ips=ip_address=…` (or `subnet_id=`, or
/// `ip_address_substr=`) filter of ports.
fn has_fixed_ip(port: &Value, filter: &str) -> bool {
    let Some((key, wanted)) = filter.split_once('=') else {
        return false;
    };
    port["fixed_ips"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|ip| match key {
            "ip_address_substr" => ip["ip_address"]
                .as_str()
                .is_some_and(|a| a.contains(wanted)),
            _ => ip[key] == wanted,
        })
}

/// Neutron's tag filters: all of the comma-separated tags (`tags`), any
/// (`tags-any`), and their negations.
fn tagged(item: &Value, filter: &str, wanted: &str) -> bool {
    let tags = item["tags"].as_array();
    let has = |tag: &str| tags.is_some_and(|t| t.iter().any(|x| x == tag));
    let mut wanted = wanted.split(',');
    match filter {
        "tags" => wanted.all(has),
        "tags-any" => wanted.any(has),
        "not-tags" => !wanted.all(has),
        _ => !wanted.any(has),
    }
}

fn list(site: &Site, kind: Kind, token: &Token, q: &HashMap<String, String>) -> Response {
    let mut data = site.data.lock().unwrap();
    kind.first_use(&mut data, site, token);
    let items: Vec<Value> = kind
        .items(&mut data)
        .iter()
        .filter(|i| kind.visible(i, token) && matches(i, q))
        .cloned()
        .collect();
    let paginated = q.contains_key("limit");
    let (page_items, more) = match page(
        &items,
        |i| i["id"].as_str().unwrap_or_default(),
        q,
        usize::MAX,
        usize::MAX,
    ) {
        Ok(p) => p,
        Err(_) => return kind.not_found(q.get("marker").map(String::as_str).unwrap_or_default()),
    };
    let shown: Vec<Value> = page_items.iter().map(|i| kind.render(i, &data)).collect();
    let mut body = json!({kind.plural(): shown});
    if paginated {
        let mut links = Vec::new();
        if let (true, Some(last)) = (more, page_items.last()) {
            let href = format!(
                "{}/network/v2.0/{}?{}",
                site.base(),
                kind.path(),
                next_query(q, last["id"].as_str().unwrap_or_default())
            );
            links.push(json!({"rel": "next", "href": href}));
        }
        if let Some(first) = page_items.first().filter(|_| q.contains_key("marker")) {
            let mut back = q.clone();
            back.insert("page_reverse".into(), "True".into());
            let href = format!(
                "{}/network/v2.0/{}?{}",
                site.base(),
                kind.path(),
                next_query(&back, first["id"].as_str().unwrap_or_default())
            );
            links.push(json!({"rel": "previous", "href": href}));
        }
        body[format!("{}_links", kind.plural())] = json!(links);
    }
    json_response(StatusCode::OK, body)
}

fn show(site: &Site, kind: Kind, token: &Token, id: &str) -> Response {
    let mut data = site.data.lock().unwrap();
    kind.first_use(&mut data, site, token);
    match kind
        .items(&mut data)
        .iter()
        .find(|i| i["id"] == id && kind.visible(i, token))
        .cloned()
    {
        Some(item) => json_response(
            StatusCode::OK,
            json!({kind.singular(): kind.render(&item, &data)}),
        ),
        None => kind.not_found(id),
    }
}

/// The body of a request, or Neutron's 400 for one that is not JSON.
pub(crate) fn parse(body: &Bytes) -> Result<Value, Response> {
    serde_json::from_slice::<Value>(body)
        .map_err(|_| error(S, StatusCode::BAD_REQUEST, "Malformed request body"))
}

fn update(site: &Site, kind: Kind, token: &Token, id: &str, body: &Bytes) -> Response {
    let body = match parse(body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut data = site.data.lock().unwrap();
    let Some(current) = kind
        .items(&mut data)
        .iter()
        .find(|i| i["id"] == id && kind.visible(i, token))
        .cloned()
    else {
        return kind.not_found(id);
    };
    let spec = match kind {
        Kind::Port => match ports::check_update(&data, &current, &body["port"]) {
            Ok(spec) => spec,
            Err(refused) => return refused,
        },
        Kind::FloatingIp => {
            match floating::check_update(&data, &current, &body["floatingip"], token) {
                Ok(spec) => spec,
                Err(refused) => return refused,
            }
        }
        Kind::Router => match routers::check_update(&mut data, site, &current, &body["router"]) {
            Ok(spec) => spec,
            Err(refused) => return refused,
        },
        _ => body[kind.singular()].clone(),
    };
    let Some(item) = kind.items(&mut data).iter_mut().find(|i| i["id"] == id) else {
        return kind.not_found(id);
    };
    for (key, value) in spec.as_object().into_iter().flatten() {
        if key != "id" {
            item[key.as_str()] = value.clone();
        }
    }
    item["updated_at"] = json!(iso(SystemTime::now()));
    item["revision_number"] = json!(item["revision_number"].as_u64().unwrap_or(0) + 1);
    let item = item.clone();
    json_response(
        StatusCode::OK,
        json!({kind.singular(): kind.render(&item, &data)}),
    )
}

/// `PUT /{collection}/{id}/tags`: the item's tags replaced.
fn set_tags(site: &Site, kind: Kind, token: &Token, id: &str, body: &Bytes) -> Response {
    let body = match parse(body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(tags) = body["tags"].as_array().cloned() else {
        return error(S, StatusCode::BAD_REQUEST, "Invalid input for tags.");
    };
    let mut data = site.data.lock().unwrap();
    let Some(item) = kind
        .items(&mut data)
        .iter_mut()
        .find(|i| i["id"] == id && kind.visible(i, token))
    else {
        return kind.not_found(id);
    };
    item["tags"] = json!(tags);
    item["revision_number"] = json!(item["revision_number"].as_u64().unwrap_or(0) + 1);
    json_response(StatusCode::OK, json!({ "tags": tags }))
}

/// The routes every collection has: list, show, update, tags; create and
/// delete are each collection's own.
fn collection<C, CF, D, DF>(router: Router, kind: Kind, create: C, delete: D) -> Router
where
    C: Fn(Arc<Site>, Token, Bytes) -> CF + Clone + Send + Sync + 'static,
    CF: std::future::Future<Output = Response> + Send + 'static,
    D: Fn(Arc<Site>, Token, String) -> DF + Clone + Send + Sync + 'static,
    DF: std::future::Future<Output = Response> + Send + 'static,
{
    let path = format!("/v2.0/{}", kind.path());
    listing(router, kind)
        .route(
            &path,
            post(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      body: Bytes| create(site, t, body),
            ),
        )
        .route(
            &format!("{path}/{{id}}"),
            axum::routing::delete(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Path(id): Path<String>| delete(site, t, id),
            ),
        )
}

/// List, show, update and tags of a collection: all that oscope asks of
/// the site's agents and segments, which it does not create.
fn listing(router: Router, kind: Kind) -> Router {
    let path = format!("/v2.0/{}", kind.path());
    router
        .route(
            &path,
            get(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Q(q): Query| async move { list(&site, kind, &t, &q) },
            ),
        )
        .route(
            &format!("{path}/{{id}}"),
            get(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Path(id): Path<String>| async move { show(&site, kind, &t, &id) },
            )
            .put(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Path(id): Path<String>,
                      body: Bytes| async move { update(&site, kind, &t, &id, &body) },
            ),
        )
        .route(
            &format!("{path}/{{id}}/tags"),
            axum::routing::put(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Path(id): Path<String>,
                      body: Bytes| async move { set_tags(&site, kind, &t, &id, &body) },
            ),
        )
}

async fn create_network(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["network"];
    let id = site.new_id("network");
    let mut network = network_json(
        &id,
        spec["name"].as_str().unwrap_or_default(),
        &project_of(&t),
        SystemTime::now(),
    );
    for (key, value) in spec.as_object().into_iter().flatten() {
        if key != "id" {
            network[key.as_str()] = value.clone();
        }
    }
    // What Neutron's auto-allocated topology adds: whether an external
    // network is the default one; `null` in the answer to creating any
    // other, which then shows no such key.
    let external = network["router:external"] == true;
    if external {
        network["is_default"] = json!(false);
    }
    site.data.lock().unwrap().networks.push(network.clone());
    if !external {
        network["is_default"] = Value::Null;
    }
    json_response(StatusCode::CREATED, json!({"network": network}))
}

/// A subnet's range, IPv4 or IPv6, as a number and a prefix length.
struct Range {
    network: u128,
    prefix: u32,
    v6: bool,
}

impl Range {
    fn parse(cidr: &str) -> Option<Range> {
        let (address, prefix) = cidr.split_once('/')?;
        let prefix: u32 = prefix.parse().ok()?;
        let (n, bits, v6) = match address.parse::<std::net::IpAddr>().ok()? {
            std::net::IpAddr::V4(a) => (u128::from(u32::from(a)), 32, false),
            std::net::IpAddr::V6(a) => (u128::from(a), 128, true),
        };
        if prefix > bits {
            return None;
        }
        let host_bits = bits - prefix;
        let mask = if host_bits == 128 {
            0
        } else {
            !((1u128 << host_bits) - 1)
        };
        Some(Range {
            network: n & mask,
            prefix,
            v6,
        })
    }

    fn version(&self) -> u8 {
        if self.v6 { 6 } else { 4 }
    }

    fn text(&self, n: u128) -> String {
        match self.v6 {
            true => std::net::Ipv6Addr::from(n).to_string(),
            false => std::net::Ipv4Addr::from(n as u32).to_string(),
        }
    }

    fn canonical(&self) -> String {
        format!("{}/{}", self.text(self.network), self.prefix)
    }

    /// The range's `n`th address.
    fn at(&self, n: u128) -> String {
        self.text(self.network + n)
    }

    /// The last address a port may have: IPv4 keeps its broadcast
    /// address, IPv6 has none.
    fn last_host(&self) -> String {
        let host_bits = if self.v6 { 128 } else { 32 } - self.prefix;
        let last = if host_bits == 128 {
            u128::MAX
        } else {
            self.network | ((1u128 << host_bits) - 1)
        };
        self.text(if self.v6 { last } else { last - 1 })
    }
}

/// Parses `a.b.c.d/n` into its address as a number and the prefix length.
pub(super) fn parse_cidr(cidr: &str) -> Option<(u32, u32)> {
    let (address, prefix) = cidr.split_once('/')?;
    let address: std::net::Ipv4Addr = address.parse().ok()?;
    let prefix: u32 = prefix.parse().ok().filter(|p| *p <= 32)?;
    Some((u32::from(address), prefix))
}

async fn create_subnet(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["subnet"];
    let network_id = spec["network_id"].as_str().unwrap_or_default().to_string();
    // No range: the pool's next free block of the length asked for.
    let allocated = match (spec["cidr"].as_str(), spec["subnetpool_id"].as_str()) {
        (None, Some(pool)) => {
            let data = site.data.lock().unwrap();
            let length = spec["prefixlen"].as_u64().map(|l| l as u32);
            match pools::allocate(&data, pool, length) {
                Ok(cidr) => Some(cidr),
                Err(refused) => return refused,
            }
        }
        _ => None,
    };
    let cidr = allocated
        .as_deref()
        .or(spec["cidr"].as_str())
        .unwrap_or_default();
    let Some(range) = Range::parse(cidr) else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Invalid input for cidr. Reason: '{cidr}' is not a valid IP subnet."),
        );
    };
    let id = site.new_id("subnet");
    let mut data = site.data.lock().unwrap();
    let Some(parent) = data
        .networks
        .iter_mut()
        .find(|n| n["id"] == network_id.as_str() && visible(n, &t))
    else {
        return Kind::Network.not_found(&network_id);
    };
    let external = parent["router:external"] == true;
    if let Some(subnets) = parent["subnets"].as_array_mut() {
        subnets.push(json!(id));
    }
    let mut subnet = subnet_json(
        &id,
        spec["name"].as_str().unwrap_or_default(),
        &network_id,
        &range.canonical(),
        &project_of(&t),
        SystemTime::now(),
    );
    subnet["router:external"] = json!(external);
    subnet["ip_version"] = json!(range.version());
    // IPv6's default gateway is the subnet-router anycast address, the
    // range's first, as Neutron picks it.
    let gateway = if range.v6 { 0 } else { 1 };
    subnet["gateway_ip"] = json!(range.at(gateway));
    subnet["allocation_pools"] =
        json!([{"start": range.at(gateway + 1), "end": range.last_host()}]);
    for (key, value) in spec.as_object().into_iter().flatten() {
        if !matches!(key.as_str(), "id" | "cidr" | "prefixlen") {
            subnet[key.as_str()] = value.clone();
        }
    }
    data.subnets.push(subnet.clone());
    json_response(StatusCode::CREATED, json!({"subnet": subnet}))
}

async fn delete_network(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    let ports: Vec<&str> = data
        .ports
        .iter()
        .filter(|p| p["network_id"] == id.as_str())
        .filter_map(|p| p["id"].as_str())
        .collect();
    if !ports.is_empty() && data.networks.iter().any(|n| n["id"] == id.as_str()) {
        return neutron_error(
            StatusCode::CONFLICT,
            "NetworkInUse",
            &format!(
                "Unable to complete operation on network {id}. There are one or more ports still in use on the network, id for these ports is: {}.",
                ports.join(",")
            ),
        );
    }
    let before = data.networks.len();
    data.networks
        .retain(|n| !(n["id"] == id.as_str() && visible(n, &t)));
    if data.networks.len() == before {
        return Kind::Network.not_found(&id);
    }
    data.subnets.retain(|s| s["network_id"] != id.as_str());
    StatusCode::NO_CONTENT.into_response()
}

async fn delete_subnet(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    let allocated = data.ports.iter().any(|p| {
        p["fixed_ips"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| f["subnet_id"] == id.as_str())
    });
    if allocated {
        return neutron_error(
            StatusCode::CONFLICT,
            "SubnetInUse",
            &format!(
                "Unable to complete operation on subnet {id}: One or more ports have an IP allocation from this subnet."
            ),
        );
    }
    let before = data.subnets.len();
    data.subnets
        .retain(|s| !(s["id"] == id.as_str() && visible(s, &t)));
    if data.subnets.len() == before {
        return Kind::Subnet.not_found(&id);
    }
    for network in data.networks.iter_mut() {
        if let Some(subnets) = network["subnets"].as_array_mut() {
            subnets.retain(|s| s != id.as_str());
        }
    }
    StatusCode::NO_CONTENT.into_response()
}
