//! Neutron `/v2.0`: networks and subnets, with `*_links` pagination when a
//! `limit` is given and `NeutronError` bodies, as Neutron answers.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{Q, Query, error, json_response, next_query, page, project_of, require_token};
use crate::site::{Service, Site, Token, iso, network_json, subnet_json};

const S: Option<Service> = Some(Service::Network);

pub fn router() -> Router {
    let protected = Router::new()
        .route("/v2.0/networks", get(list_networks).post(create_network))
        .route(
            "/v2.0/networks/{id}",
            get(show_network).put(update_network).delete(delete_network),
        )
        .route("/v2.0/subnets", get(list_subnets).post(create_subnet))
        .route(
            "/v2.0/subnets/{id}",
            get(show_subnet).put(update_subnet).delete(delete_subnet),
        )
        .route("/v2.0/extensions", get(extensions))
        .route("/v2.0/availability_zones", get(availability_zones))
        .route("/v2.0/quotas/{project}", get(quota))
        .route("/v2.0/quotas/{project}/details.json", get(quota_details))
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

/// Which collection: the JSON keys and the error type's noun.
#[derive(Clone, Copy)]
enum Kind {
    Network,
    Subnet,
}

impl Kind {
    fn plural(self) -> &'static str {
        match self {
            Kind::Network => "networks",
            Kind::Subnet => "subnets",
        }
    }

    fn singular(self) -> &'static str {
        match self {
            Kind::Network => "network",
            Kind::Subnet => "subnet",
        }
    }

    fn items(self, data: &mut crate::site::Data) -> &mut Vec<Value> {
        match self {
            Kind::Network => &mut data.networks,
            Kind::Subnet => &mut data.subnets,
        }
    }

    fn not_found(self, id: &str) -> Response {
        let (kind, noun) = match self {
            Kind::Network => ("NetworkNotFound", "Network"),
            Kind::Subnet => ("SubnetNotFound", "Subnet"),
        };
        json_response(
            StatusCode::NOT_FOUND,
            json!({"NeutronError": {"type": kind, "message": format!("{noun} {id} could not be found."), "detail": ""}}),
        )
    }
}

fn visible(item: &Value, token: &Token) -> bool {
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
        .all(|(k, v)| match &item[k.as_str()] {
            Value::String(s) => s == v,
            Value::Bool(b) => v.eq_ignore_ascii_case(&b.to_string()),
            Value::Number(n) => n.to_string() == *v,
            _ => false,
        })
}

fn list(site: &Site, kind: Kind, token: &Token, q: &HashMap<String, String>) -> Response {
    let mut data = site.data.lock().unwrap();
    let items: Vec<Value> = kind
        .items(&mut data)
        .iter()
        .filter(|i| visible(i, token) && matches(i, q))
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
    let mut body = json!({kind.plural(): page_items});
    if paginated {
        let mut links = Vec::new();
        if let (true, Some(last)) = (more, page_items.last()) {
            let href = format!(
                "{}/network/v2.0/{}?{}",
                site.base(),
                kind.plural(),
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
                kind.plural(),
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
    match kind
        .items(&mut data)
        .iter()
        .find(|i| i["id"] == id && visible(i, token))
    {
        Some(item) => json_response(StatusCode::OK, json!({kind.singular(): item})),
        None => kind.not_found(id),
    }
}

fn update(site: &Site, kind: Kind, token: &Token, id: &str, body: &Bytes) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let mut data = site.data.lock().unwrap();
    let Some(item) = kind
        .items(&mut data)
        .iter_mut()
        .find(|i| i["id"] == id && visible(i, token))
    else {
        return kind.not_found(id);
    };
    for (key, value) in body[kind.singular()].as_object().into_iter().flatten() {
        if key != "id" {
            item[key.as_str()] = value.clone();
        }
    }
    item["updated_at"] = json!(iso(SystemTime::now()));
    item["revision_number"] = json!(item["revision_number"].as_u64().unwrap_or(0) + 1);
    json_response(StatusCode::OK, json!({kind.singular(): item.clone()}))
}

async fn list_networks(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    list(&site, Kind::Network, &t, &q)
}

async fn list_subnets(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    list(&site, Kind::Subnet, &t, &q)
}

async fn show_network(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    show(&site, Kind::Network, &t, &id)
}

async fn show_subnet(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    show(&site, Kind::Subnet, &t, &id)
}

async fn update_network(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    update(&site, Kind::Network, &t, &id, &body)
}

async fn update_subnet(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    update(&site, Kind::Subnet, &t, &id, &body)
}

async fn create_network(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
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
    site.data.lock().unwrap().networks.push(network.clone());
    json_response(StatusCode::CREATED, json!({"network": network}))
}

/// Parses `a.b.c.d/n` into its address as a number and the prefix length.
fn parse_cidr(cidr: &str) -> Option<(u32, u32)> {
    let (address, prefix) = cidr.split_once('/')?;
    let address: std::net::Ipv4Addr = address.parse().ok()?;
    let prefix: u32 = prefix.parse().ok().filter(|p| *p <= 32)?;
    Some((u32::from(address), prefix))
}

async fn create_subnet(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["subnet"];
    let network_id = spec["network_id"].as_str().unwrap_or_default().to_string();
    let cidr = spec["cidr"].as_str().unwrap_or_default();
    let Some((address, prefix)) = parse_cidr(cidr) else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Invalid input for cidr. Reason: '{cidr}' is not a valid IP subnet."),
        );
    };
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    let network = address & mask;
    let canonical = format!("{}/{prefix}", std::net::Ipv4Addr::from(network));
    let id = site.new_id("subnet");
    let mut data = site.data.lock().unwrap();
    let Some(parent) = data
        .networks
        .iter_mut()
        .find(|n| n["id"] == network_id.as_str() && visible(n, &t))
    else {
        return Kind::Network.not_found(&network_id);
    };
    if let Some(subnets) = parent["subnets"].as_array_mut() {
        subnets.push(json!(id));
    }
    let mut subnet = subnet_json(
        &id,
        spec["name"].as_str().unwrap_or_default(),
        &network_id,
        &canonical,
        &project_of(&t),
        SystemTime::now(),
    );
    let last = network | !mask;
    subnet["gateway_ip"] = json!(std::net::Ipv4Addr::from(network + 1).to_string());
    subnet["allocation_pools"] = json!([{"start": std::net::Ipv4Addr::from(network + 2).to_string(), "end": std::net::Ipv4Addr::from(last.saturating_sub(1)).to_string()}]);
    for (key, value) in spec.as_object().into_iter().flatten() {
        if !matches!(key.as_str(), "id" | "cidr") {
            subnet[key.as_str()] = value.clone();
        }
    }
    data.subnets.push(subnet.clone());
    json_response(StatusCode::CREATED, json!({"subnet": subnet}))
}

async fn delete_network(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.networks.len();
    data.networks
        .retain(|n| !(n["id"] == id.as_str() && visible(n, &t)));
    if data.networks.len() == before {
        return Kind::Network.not_found(&id);
    }
    data.subnets.retain(|s| s["network_id"] != id.as_str());
    StatusCode::NO_CONTENT.into_response()
}

async fn delete_subnet(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
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

const QUOTAS: &[(&str, i64)] = &[
    ("network", 100),
    ("subnet", 100),
    ("port", 500),
    ("router", 10),
    ("floatingip", 50),
    ("security_group", 10),
    ("security_group_rule", 100),
    ("rbac_policy", 10),
    ("subnetpool", -1),
];

async fn quota(Path(_project): Path<String>) -> Response {
    let quota: serde_json::Map<String, Value> = QUOTAS
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    json_response(StatusCode::OK, json!({"quota": quota}))
}

async fn quota_details(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(_project): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    let networks = data
        .networks
        .iter()
        .filter(|n| n["project_id"] == project_of(&t).as_str())
        .count();
    let subnets = data
        .subnets
        .iter()
        .filter(|n| n["project_id"] == project_of(&t).as_str())
        .count();
    let quota: serde_json::Map<String, Value> = QUOTAS
        .iter()
        .map(|(k, v)| {
            let used = match *k {
                "network" => networks,
                "subnet" => subnets,
                _ => 0,
            };
            (
                k.to_string(),
                json!({"limit": v, "used": used, "reserved": 0}),
            )
        })
        .collect();
    json_response(StatusCode::OK, json!({"quota": quota}))
}
