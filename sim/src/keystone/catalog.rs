//! Keystone's catalogue as data: regions, services and endpoints, seeded
//! with the site's own services and changed through `/v3/regions`,
//! `/v3/services` and `/v3/endpoints` as Keystone's are. Endpoint URLs
//! keep Keystone's `$(project_id)s`, filled in for each token.

use std::sync::Arc;

use axum::Extension;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde_json::{Map, Value, json};

use super::resources::{filtered, list_body};
use super::{S, admin_request, bad_request, not_found};
use crate::http::{Q, Query, error, json_response};
use crate::site::{Data, Site, Token, stable_uuid};

/// The site's own services: (name, type, path under the site's base).
const SERVICES: &[(&str, &str, &str)] = &[
    ("keystone", "identity", "/identity"),
    ("nova", "compute", "/compute/v2.1"),
    ("glance", "image", "/image"),
    ("neutron", "network", "/network"),
    ("cinder", "block-storage", "/volume/v3/$(project_id)s"),
    ("cinderv3", "volumev3", "/volume/v3/$(project_id)s"),
    ("placement", "placement", "/placement"),
];

/// Seeds the site's region, services and their public, internal and
/// admin endpoints (the same services under `/`, `/internal` and
/// `/admin`, so a test can tell which interface was used).
pub fn seed(site: &Site, data: &mut Data) {
    let base = site.base();
    data.regions.push(json!({
        "id": site.region, "description": "", "parent_region_id": null,
        "links": {"self": format!("{base}/identity/v3/regions/{}", site.region)}
    }));
    for (name, kind, path) in SERVICES {
        let id = stable_uuid(&format!("{}/service/{kind}", site.name));
        data.services.push(json!({
            "id": id, "name": name, "type": kind, "enabled": true, "description": null,
            "links": {"self": format!("{base}/identity/v3/services/{id}")}
        }));
        for interface in ["public", "internal", "admin"] {
            let prefix = match interface {
                "public" => String::new(),
                other => format!("/{other}"),
            };
            let endpoint = stable_uuid(&format!("{}/endpoint/{kind}/{interface}", site.name));
            data.endpoints.push(json!({
                "id": endpoint, "interface": interface, "region_id": site.region,
                "region": site.region, "service_id": id, "enabled": true,
                "url": format!("{base}{prefix}{path}"),
                "links": {"self": format!("{base}/identity/v3/endpoints/{endpoint}")}
            }));
        }
    }
}

/// A token's catalogue: each enabled service with its enabled endpoints,
/// the project's ID in their URLs.
pub fn of_token(data: &Data, project_id: &str) -> Value {
    data.services
        .iter()
        .filter(|s| s["enabled"] != false)
        .map(|s| {
            let endpoints: Vec<Value> = data
                .endpoints
                .iter()
                .filter(|e| e["service_id"] == s["id"] && e["enabled"] != false)
                .map(|e| {
                    let url = e["url"].as_str().unwrap_or_default();
                    json!({"id": e["id"], "interface": e["interface"], "region_id": e["region_id"],
                           "url": url.replace("$(project_id)s", project_id),
                           "region": e["region"]})
                })
                .collect();
            json!({"endpoints": endpoints, "id": s["id"], "type": s["type"], "name": s["name"]})
        })
        .collect()
}

pub(super) fn routes(router: Router) -> Router {
    router
        .route("/v3/regions", get(list_regions).post(create_region))
        .route(
            "/v3/regions/{id}",
            get(show_region).patch(update_region).delete(delete_region),
        )
        .route("/v3/services", get(list_services).post(create_service))
        .route(
            "/v3/services/{id}",
            get(show_service)
                .patch(update_service)
                .delete(delete_service),
        )
        .route("/v3/endpoints", get(list_endpoints).post(create_endpoint))
        .route(
            "/v3/endpoints/{id}",
            get(show_endpoint)
                .patch(update_endpoint)
                .delete(delete_endpoint),
        )
}

/// Which collection of the catalogue.
#[derive(Clone, Copy)]
enum Part {
    Regions,
    Services,
    Endpoints,
}

impl Part {
    fn items(self, data: &mut Data) -> &mut Vec<Value> {
        match self {
            Part::Regions => &mut data.regions,
            Part::Services => &mut data.services,
            Part::Endpoints => &mut data.endpoints,
        }
    }

    fn plural(self) -> &'static str {
        match self {
            Part::Regions => "regions",
            Part::Services => "services",
            Part::Endpoints => "endpoints",
        }
    }

    fn singular(self) -> &'static str {
        match self {
            Part::Regions => "region",
            Part::Services => "service",
            Part::Endpoints => "endpoint",
        }
    }
}

fn list(site: &Site, part: Part, q: &std::collections::HashMap<String, String>) -> Response {
    let mut data = site.data.lock().unwrap();
    let keys: &[&str] = match part {
        Part::Regions => &["parent_region_id"],
        Part::Services => &["name", "type"],
        Part::Endpoints => &["interface", "region_id", "service_id"],
    };
    let items = filtered(part.items(&mut data), q, keys);
    list_body(site, part.plural(), items)
}

fn show(site: &Site, part: Part, id: &str) -> Response {
    let mut data = site.data.lock().unwrap();
    match part.items(&mut data).iter().find(|i| i["id"] == id) {
        Some(item) => json_response(StatusCode::OK, json!({ part.singular(): item })),
        None => not_found(part.singular(), id),
    }
}

/// A change: `check` refuses or completes the item, given the data.
fn change(
    site: &Site,
    token: &Token,
    part: Part,
    id: Option<&str>,
    body: &Bytes,
    check: fn(&Data, &mut Map<String, Value>) -> Result<(), Response>,
) -> Response {
    let action = match id {
        Some(_) => format!("identity:update_{}", part.singular()),
        None => format!("identity:create_{}", part.singular()),
    };
    let body = match admin_request(site, token, &action, body) {
        Ok(b) => b,
        Err(refused) => return refused,
    };
    let Some(fields) = body[part.singular()].as_object() else {
        return bad_request(&format!(
            "Invalid input for field '{}': None is not of type 'object'",
            part.singular()
        ));
    };
    let mut fields = fields.clone();
    let mut data = site.data.lock().unwrap();
    let status = match id {
        None => {
            let id = match fields.get("id").and_then(Value::as_str) {
                Some(given) if matches!(part, Part::Regions) => given.to_string(),
                _ => site.new_id(part.singular()),
            };
            if part.items(&mut data).iter().any(|i| i["id"] == id.as_str()) {
                return error(
                    S,
                    StatusCode::CONFLICT,
                    &format!(
                        "Conflict occurred attempting to store {} - Duplicate ID, {id}.",
                        part.singular()
                    ),
                );
            }
            fields.insert("id".into(), json!(id));
            StatusCode::CREATED
        }
        Some(id) => {
            let Some(item) = part.items(&mut data).iter().find(|i| i["id"] == id) else {
                return not_found(part.singular(), id);
            };
            let mut merged = item.as_object().cloned().unwrap_or_default();
            fields.remove("id");
            merged.extend(fields);
            fields = merged;
            StatusCode::OK
        }
    };
    if let Err(refused) = check(&data, &mut fields) {
        return refused;
    }
    let id = fields["id"].as_str().unwrap_or_default().to_string();
    fields.insert(
        "links".into(),
        json!({"self": format!("{}/identity/v3/{}/{id}", site.base(), part.plural())}),
    );
    let item = Value::Object(fields);
    let items = part.items(&mut data);
    match items.iter_mut().find(|i| i["id"] == id.as_str()) {
        Some(existing) => *existing = item.clone(),
        None => items.push(item.clone()),
    }
    site.catalog_changed();
    json_response(status, json!({ part.singular(): item }))
}

fn delete(site: &Site, token: &Token, part: Part, id: &str) -> Response {
    if let Err(refused) = admin_request(
        site,
        token,
        &format!("identity:delete_{}", part.singular()),
        &Bytes::from_static(b"{}"),
    ) {
        return refused;
    }
    let mut data = site.data.lock().unwrap();
    if matches!(part, Part::Regions) && data.regions.iter().any(|r| r["parent_region_id"] == id) {
        return error(
            S,
            StatusCode::FORBIDDEN,
            "Unable to delete region because it or its child regions have associated endpoints.",
        );
    }
    let items = part.items(&mut data);
    let before = items.len();
    items.retain(|i| i["id"] != id);
    if items.len() == before {
        return not_found(part.singular(), id);
    }
    // Keystone deletes a service's endpoints with it.
    if matches!(part, Part::Services) {
        data.endpoints.retain(|e| e["service_id"] != id);
    }
    site.catalog_changed();
    StatusCode::NO_CONTENT.into_response()
}

fn region_fields(data: &Data, region: &mut Map<String, Value>) -> Result<(), Response> {
    let parent = region
        .get("parent_region_id")
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(parent) = parent.as_str() {
        if !data.regions.iter().any(|r| r["id"] == parent) {
            return Err(not_found("region", parent));
        }
    }
    region.insert("parent_region_id".into(), parent);
    region.entry("description").or_insert(json!(""));
    Ok(())
}

fn service_fields(_: &Data, service: &mut Map<String, Value>) -> Result<(), Response> {
    if !service.get("type").is_some_and(Value::is_string) {
        return Err(bad_request(
            "Invalid input for field 'type': 'type' is a required property",
        ));
    }
    service.entry("enabled").or_insert(json!(true));
    Ok(())
}

fn endpoint_fields(data: &Data, endpoint: &mut Map<String, Value>) -> Result<(), Response> {
    for key in ["interface", "service_id", "url"] {
        if !endpoint.get(key).is_some_and(Value::is_string) {
            return Err(bad_request(&format!(
                "Invalid input for field '{key}': '{key}' is a required property"
            )));
        }
    }
    let interface = endpoint["interface"].as_str().unwrap_or_default();
    if !["public", "internal", "admin"].contains(&interface) {
        return Err(bad_request(&format!(
            "Invalid input for field 'interface': '{interface}' does not match '^(?:admin|internal|public)$'"
        )));
    }
    let service = endpoint["service_id"].as_str().unwrap_or_default();
    if !data.services.iter().any(|s| s["id"] == service) {
        return Err(not_found("service", service));
    }
    let region = endpoint.get("region_id").cloned().unwrap_or(Value::Null);
    if let Some(region) = region.as_str() {
        if !data.regions.iter().any(|r| r["id"] == region) {
            return Err(not_found("region", region));
        }
    }
    endpoint.insert("region".into(), region.clone());
    endpoint.insert("region_id".into(), region);
    endpoint.entry("enabled").or_insert(json!(true));
    Ok(())
}

async fn list_regions(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    list(&site, Part::Regions, &q)
}
async fn show_region(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    show(&site, Part::Regions, &id)
}
async fn create_region(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    change(&site, &t, Part::Regions, None, &body, region_fields)
}
async fn update_region(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    change(&site, &t, Part::Regions, Some(&id), &body, region_fields)
}
async fn delete_region(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    delete(&site, &t, Part::Regions, &id)
}
async fn list_services(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    list(&site, Part::Services, &q)
}
async fn show_service(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    show(&site, Part::Services, &id)
}
async fn create_service(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    change(&site, &t, Part::Services, None, &body, service_fields)
}
async fn update_service(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    change(&site, &t, Part::Services, Some(&id), &body, service_fields)
}
async fn delete_service(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    delete(&site, &t, Part::Services, &id)
}
async fn list_endpoints(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    list(&site, Part::Endpoints, &q)
}
async fn show_endpoint(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    show(&site, Part::Endpoints, &id)
}
async fn create_endpoint(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    change(&site, &t, Part::Endpoints, None, &body, endpoint_fields)
}
async fn update_endpoint(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    change(
        &site,
        &t,
        Part::Endpoints,
        Some(&id),
        &body,
        endpoint_fields,
    )
}
async fn delete_endpoint(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    delete(&site, &t, Part::Endpoints, &id)
}
