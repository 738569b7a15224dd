//! Placement: the site's one compute host as a resource provider, its
//! inventories (the fake virt driver's, with Nova's default allocation
//! ratios and reserved memory) and its usages (the servers on it).

use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Router, middleware};
use serde_json::{Value, json};

use crate::http::{error, json_response, require_token};
use crate::site::{Host, Service, Site, stable_uuid};

const S: Option<Service> = Some(Service::Placement);

pub fn router() -> Router {
    let protected = Router::new()
        .route("/resource_providers", get(providers))
        .route("/resource_providers/{id}/inventories", get(inventories))
        .route("/resource_providers/{id}/usages", get(usages))
        .route_layer(middleware::from_fn(require_token));
    Router::new().route("/", get(versions)).merge(protected)
}

async fn versions(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(
        StatusCode::OK,
        json!({"versions": [{"id": "v1.0", "max_version": "1.39", "min_version": "1.0",
            "status": "CURRENT",
            "links": [{"rel": "self", "href": format!("{}/placement/", site.base())}]}]}),
    )
}

fn provider_id(site: &Site) -> String {
    stable_uuid(&format!("{}/resource-provider", site.name))
}

async fn providers(Extension(site): Extension<Arc<Site>>) -> Response {
    let id = provider_id(&site);
    let base = format!("{}/placement/resource_providers/{id}", site.base());
    let links: Vec<Value> = ["", "/inventories", "/usages"]
        .iter()
        .map(|rel| {
            let name = if rel.is_empty() { "self" } else { &rel[1..] };
            json!({"rel": name, "href": format!("{base}{rel}")})
        })
        .collect();
    let provider = json!({"uuid": id, "name": format!("{}-compute", site.name.to_lowercase()),
                          "generation": 1, "links": links});
    json_response(StatusCode::OK, json!({ "resource_providers": [provider] }))
}

/// The provider's, or Placement's 404 for any other.
fn ours(site: &Site, id: &str) -> Result<(), Response> {
    if id == provider_id(site) {
        return Ok(());
    }
    Err(error(
        S,
        StatusCode::NOT_FOUND,
        &format!("No resource provider with uuid {id} found"),
    ))
}

async fn inventories(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    if let Err(answer) = ours(&site, &id) {
        return answer;
    }
    let inventory = |total: i64, reserved: i64, ratio: f64| {
        json!({"total": total, "reserved": reserved, "min_unit": 1, "max_unit": total,
               "step_size": 1, "allocation_ratio": ratio})
    };
    json_response(
        StatusCode::OK,
        json!({"resource_provider_generation": 1, "inventories": {
            "VCPU": inventory(Host::VCPUS, 0, Host::VCPU_RATIO),
            "MEMORY_MB": inventory(Host::RAM_MB, Host::RESERVED_RAM_MB, 1.0),
            "DISK_GB": inventory(Host::DISK_GB, 0, 1.0),
        }}),
    )
}

/// What the servers on the host take, by their flavors.
async fn usages(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    if let Err(answer) = ours(&site, &id) {
        return answer;
    }
    let used = site.data.lock().unwrap().in_use(Some(SystemTime::now()));
    json_response(
        StatusCode::OK,
        json!({"resource_provider_generation": 1,
               "usages": {"VCPU": used.vcpus, "MEMORY_MB": used.ram_mb, "DISK_GB": used.disk_gb}}),
    )
}
