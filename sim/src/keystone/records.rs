//! Keystone's collections the simulator only stores and lists: credentials
//! (EC2, TOTP, ... blobs), unified limits and registered limits (made in
//! batches, as Keystone takes them), and a user's access rules (those of
//! its application credentials).

use std::sync::Arc;

use axum::Extension;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde_json::{Value, json};

use super::resources::{filtered, list_body};
use super::{admin_request, bad_request, not_found};
use crate::http::{Q, Query, json_response};
use crate::site::{Data, Site, Token};

pub(super) fn routes(router: Router) -> Router {
    router
        .route(
            "/v3/credentials",
            get(list_credentials).post(create_credential),
        )
        .route(
            "/v3/credentials/{id}",
            get(show_credential).delete(delete_credential),
        )
        .route("/v3/limits", get(list_limits).post(create_limits))
        .route(
            "/v3/registered_limits",
            get(list_registered).post(create_registered),
        )
        .route("/v3/users/{user}/access_rules", get(access_rules))
}

async fn list_credentials(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let data = site.data.lock().unwrap();
    let items = filtered(&data.credentials, &q, &["user_id", "type"]);
    list_body(&site, "credentials", items)
}

async fn show_credential(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.credentials.iter().find(|c| c["id"] == id.as_str()) {
        Some(c) => json_response(StatusCode::OK, json!({ "credential": c })),
        None => not_found("credential", &id),
    }
}

async fn create_credential(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &t, "identity:create_credential", &body) {
        Ok(b) => b,
        Err(refused) => return refused,
    };
    let given = &body["credential"];
    for key in ["blob", "type", "user_id"] {
        if !given[key].is_string() {
            return bad_request(&format!(
                "Invalid input for field '{key}': '{key}' is a required property"
            ));
        }
    }
    // Keystone names an EC2 credential by its access key's hash; the
    // simulator by a new ID of the same length.
    let id = format!("{}{}", site.new_id("credential"), "0".repeat(32)).replace('-', "");
    let credential = json!({
        "id": id, "user_id": given["user_id"], "project_id": given["project_id"],
        "type": given["type"], "blob": given["blob"],
        "links": {"self": format!("{}/identity/v3/credentials/{id}", site.base())}
    });
    site.data
        .lock()
        .unwrap()
        .credentials
        .push(credential.clone());
    site.changed();
    json_response(StatusCode::CREATED, json!({ "credential": credential }))
}

async fn delete_credential(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    if let Err(refused) = admin_request(
        &site,
        &t,
        "identity:delete_credential",
        &Bytes::from_static(b"{}"),
    ) {
        return refused;
    }
    let mut data = site.data.lock().unwrap();
    let before = data.credentials.len();
    data.credentials.retain(|c| c["id"] != id.as_str());
    if data.credentials.len() == before {
        return not_found("credential", &id);
    }
    StatusCode::NO_CONTENT.into_response()
}

const LIMIT_FILTERS: &[&str] = &["service_id", "region_id", "resource_name", "project_id"];

async fn list_limits(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let data = site.data.lock().unwrap();
    let items = filtered(&data.limits, &q, LIMIT_FILTERS);
    list_body(&site, "limits", items)
}

async fn list_registered(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let data = site.data.lock().unwrap();
    let items = filtered(&data.registered_limits, &q, LIMIT_FILTERS);
    list_body(&site, "registered_limits", items)
}

async fn create_limits(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    create_batch(&site, &t, &body, "limits", |data| &mut data.limits)
}

async fn create_registered(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    create_batch(&site, &t, &body, "registered_limits", |data| {
        &mut data.registered_limits
    })
}

/// `POST /v3/{limits|registered_limits}`: a list made at once, each
/// checked against the catalogue (and, for a limit, its registered
/// limit), as Keystone does.
fn create_batch(
    site: &Site,
    token: &Token,
    body: &Bytes,
    key: &'static str,
    items: fn(&mut Data) -> &mut Vec<Value>,
) -> Response {
    let body = match admin_request(site, token, &format!("identity:create_{key}"), body) {
        Ok(b) => b,
        Err(refused) => return refused,
    };
    let Some(given) = body[key].as_array() else {
        return bad_request(&format!(
            "Invalid input for field '{key}': None is not of type 'array'"
        ));
    };
    let registered = key == "registered_limits";
    let mut data = site.data.lock().unwrap();
    let mut made = Vec::new();
    for item in given {
        let service = item["service_id"].as_str().unwrap_or_default();
        if !data.services.iter().any(|s| s["id"] == service) {
            return bad_request(&format!("Invalid input for field 'service_id': {service}"));
        }
        let (limit_key, id) = match registered {
            true => ("default_limit", site.new_id("registered_limit")),
            false => ("resource_limit", site.new_id("limit")),
        };
        let id = id.replace('-', "");
        let mut shown = json!({
            "id": id, "service_id": service, "region_id": item["region_id"],
            "resource_name": item["resource_name"], limit_key: item[limit_key],
            "description": item["description"],
            "links": {"self": format!("{}/identity/v3/{key}/{id}", site.base())}
        });
        if !registered {
            let known = data
                .registered_limits
                .iter()
                .any(|r| r["service_id"] == service && r["resource_name"] == item["resource_name"]);
            if !known {
                return bad_request(
                    "Invalid input for field 'limits': no registered limit for this resource",
                );
            }
            shown["project_id"] = item["project_id"].clone();
            shown["domain_id"] = item["domain_id"].clone();
        }
        made.push(shown);
    }
    items(&mut data).extend(made.iter().cloned());
    site.changed();
    json_response(StatusCode::CREATED, json!({ key: made }))
}

/// `GET /users/{user}/access_rules`: the rules of the user's
/// application credentials.
async fn access_rules(Extension(site): Extension<Arc<Site>>, Path(user): Path<String>) -> Response {
    let data = site.data.lock().unwrap();
    let rules: Vec<Value> = data
        .app_credentials
        .iter()
        .filter(|c| c.user_id == user)
        .filter_map(|c| c.access_rules.as_ref()?.as_array().cloned())
        .flatten()
        .map(|mut rule| {
            let id = rule["id"].as_str().unwrap_or_default().to_string();
            rule["links"] = json!({"self": format!(
                "{}/identity/v3/users/{user}/access_rules/{id}", site.base()
            )});
            rule
        })
        .collect();
    list_body(&site, "access_rules", rules)
}
