//! Neutron's address scopes and subnet pools, and a subnet's range taken
//! from a pool (the first free block of the prefix length asked for).

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::time::SystemTime;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, neutron_error, parse, parse_cidr, visible};
use crate::http::{json_response, project_of};
use crate::site::{Data, Site, Token, iso};

fn project(spec: &Value, t: &Token) -> String {
    spec["project_id"]
        .as_str()
        .map_or_else(|| project_of(t), str::to_string)
}

pub(super) async fn create_scope(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["address_scope"];
    let project = project(spec, &t);
    let scope = json!({
        "id": site.new_id("address-scope"), "name": spec["name"].as_str().unwrap_or_default(),
        "tenant_id": project, "project_id": project,
        "shared": spec["shared"].as_bool().unwrap_or(false),
        "ip_version": spec["ip_version"].as_u64().unwrap_or(4),
    });
    site.data.lock().unwrap().address_scopes.push(scope.clone());
    json_response(StatusCode::CREATED, json!({ "address_scope": scope }))
}

pub(super) async fn delete_scope(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    if data
        .subnet_pools
        .iter()
        .any(|p| p["address_scope_id"] == id.as_str())
    {
        return neutron_error(
            StatusCode::CONFLICT,
            "AddressScopeInUse",
            &format!(
                "Unable to complete operation on address scope {id}. There are one or more subnet pools in use on the address scope."
            ),
        );
    }
    let before = data.address_scopes.len();
    data.address_scopes
        .retain(|s| !(s["id"] == id.as_str() && visible(s, &t)));
    if data.address_scopes.len() == before {
        return Kind::AddressScope.not_found(&id);
    }
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn create_pool(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["subnetpool"];
    let project = project(spec, &t);
    let prefixes: Vec<String> = spec["prefixes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str())
        .map(str::to_string)
        .collect();
    let Some(smallest) = prefixes
        .iter()
        .map(|p| parse_cidr(p).map(|(_, length)| length))
        .collect::<Option<Vec<u32>>>()
        .and_then(|lengths| lengths.into_iter().min())
    else {
        return neutron_error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            "Bad subnetpool request: prefixes must be valid IPv4 CIDRs.",
        );
    };
    let number = |key: &str, default: u32| spec[key].as_u64().map_or(default, |n| n as u32);
    let min = number("min_prefixlen", 8);
    let now = iso(SystemTime::now());
    let pool = json!({
        "id": site.new_id("subnetpool"), "name": spec["name"].as_str().unwrap_or_default(),
        "tenant_id": project, "project_id": project, "prefixes": prefixes,
        "min_prefixlen": min.max(smallest).to_string(), "max_prefixlen": number("max_prefixlen", 32).to_string(),
        "default_prefixlen": number("default_prefixlen", min.max(smallest)).to_string(),
        "default_quota": spec["default_quota"], "address_scope_id": spec["address_scope_id"],
        "is_default": spec["is_default"].as_bool().unwrap_or(false),
        "shared": spec["shared"].as_bool().unwrap_or(false), "ip_version": 4,
        "description": spec["description"].as_str().unwrap_or_default(), "tags": [],
        "created_at": now, "updated_at": now, "revision_number": 0,
    });
    site.data.lock().unwrap().subnet_pools.push(pool.clone());
    json_response(StatusCode::CREATED, json!({ "subnetpool": pool }))
}

pub(super) async fn delete_pool(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    if data
        .subnets
        .iter()
        .any(|s| s["subnetpool_id"] == id.as_str())
    {
        return neutron_error(
            StatusCode::BAD_REQUEST,
            "SubnetPoolDeleteError",
            "Unable to delete subnet pool: Subnet pool has existing allocations.",
        );
    }
    let before = data.subnet_pools.len();
    data.subnet_pools
        .retain(|p| !(p["id"] == id.as_str() && visible(p, &t)));
    if data.subnet_pools.len() == before {
        return Kind::SubnetPool.not_found(&id);
    }
    StatusCode::NO_CONTENT.into_response()
}

/// A range for a new subnet from pool `id`: the first block of `length`
/// (the pool's default) in its prefixes that no subnet of the pool holds.
pub(super) fn allocate(data: &Data, id: &str, length: Option<u32>) -> Result<String, Response> {
    let Some(pool) = data.subnet_pools.iter().find(|p| p["id"] == id) else {
        return Err(Kind::SubnetPool.not_found(id));
    };
    let text = |key: &str| pool[key].as_str().and_then(|n| n.parse::<u32>().ok());
    let length = length.or(text("default_prefixlen")).unwrap_or(24).min(32);
    let taken: Vec<(u32, u32)> = data
        .subnets
        .iter()
        .filter(|s| s["subnetpool_id"] == id)
        .filter_map(|s| s["cidr"].as_str().and_then(parse_cidr))
        .collect();
    let overlaps = |(a, la): (u32, u32), (b, lb): (u32, u32)| {
        let l = la.min(lb);
        let mask = if l == 0 { 0 } else { u32::MAX << (32 - l) };
        a & mask == b & mask
    };
    for prefix in pool["prefixes"].as_array().into_iter().flatten() {
        let Some((base, plen)) = prefix.as_str().and_then(parse_cidr) else {
            continue;
        };
        if length < plen {
            continue;
        }
        let blocks = 1u64 << (length - plen);
        let step = if length == 32 {
            1
        } else {
            1u64 << (32 - length)
        };
        for i in 0..blocks.min(65_536) {
            let start = (u64::from(base) + i * step) as u32;
            if !taken.iter().any(|t| overlaps(*t, (start, length))) {
                return Ok(format!("{}/{length}", Ipv4Addr::from(start)));
            }
        }
    }
    Err(neutron_error(
        StatusCode::CONFLICT,
        "SubnetAllocationError",
        &format!(
            "Failed to allocate subnet: Insufficient prefix space to allocate subnet size /{length}."
        ),
    ))
}
