//! Keystone's implied roles (`/v3/roles/{prior}/implies/{implied}`,
//! `/v3/role_inferences`): a role that brings others with it. A fresh
//! Keystone has `admin` → `member` → `reader`; tokens and effective role
//! assignments carry the implied roles.

use std::sync::Arc;

use axum::Extension;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use super::{forbidden, is_admin, not_found};
use crate::http::json_response;
use crate::site::{Data, Site, Token};

pub(super) fn routes(router: Router) -> Router {
    router
        .route("/v3/role_inferences", get(list))
        .route("/v3/roles/{prior}/implies", get(of_role))
        .route(
            "/v3/roles/{prior}/implies/{implied}",
            get(show).put(create).delete(delete),
        )
}

/// The roles `role` implies, directly.
pub(super) fn implied_by<'a>(data: &'a Data, role: &'a str) -> impl Iterator<Item = &'a str> {
    data.implied_roles
        .iter()
        .filter(move |(prior, _)| prior == role)
        .map(|(_, implied)| implied.as_str())
}

/// `roles` and every role they imply, each once, in order of discovery.
pub(super) fn with_implied(data: &Data, roles: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut next = roles;
    while !next.is_empty() {
        let mut found = Vec::new();
        for role in next {
            if out.contains(&role) {
                continue;
            }
            found.extend(implied_by(data, &role).map(str::to_string));
            out.push(role);
        }
        next = found;
    }
    out
}

/// `{id, name, links}` of a role.
fn role_ref(site: &Site, data: &Data, id: &str) -> Value {
    let name = data
        .roles
        .iter()
        .find(|r| r["id"] == id)
        .map(|r| r["name"].clone())
        .unwrap_or(Value::Null);
    json!({"id": id, "name": name,
           "links": {"self": format!("{}/identity/v3/roles/{id}", site.base())}})
}

fn known(data: &Data, id: &str) -> bool {
    data.roles.iter().any(|r| r["id"] == id)
}

async fn list(Extension(site): Extension<Arc<Site>>) -> Response {
    let data = site.data.lock().unwrap();
    let mut priors: Vec<&str> = Vec::new();
    for (prior, _) in &data.implied_roles {
        if !priors.contains(&prior.as_str()) {
            priors.push(prior);
        }
    }
    let inferences: Vec<Value> = priors
        .iter()
        .map(|prior| {
            let implies: Vec<Value> = implied_by(&data, prior)
                .map(|i| role_ref(&site, &data, i))
                .collect();
            json!({"prior_role": role_ref(&site, &data, prior), "implies": implies})
        })
        .collect();
    // Keystone's only list without `links`.
    json_response(StatusCode::OK, json!({ "role_inferences": inferences }))
}

async fn of_role(Extension(site): Extension<Arc<Site>>, Path(prior): Path<String>) -> Response {
    let data = site.data.lock().unwrap();
    if !known(&data, &prior) {
        return not_found("role", &prior);
    }
    let implies: Vec<Value> = implied_by(&data, &prior)
        .map(|i| role_ref(&site, &data, i))
        .collect();
    json_response(
        StatusCode::OK,
        json!({"role_inference": {"prior_role": role_ref(&site, &data, &prior), "implies": implies},
               "links": {"self": format!("{}/identity/v3/roles/{prior}/implies", site.base())}}),
    )
}

fn inference(site: &Site, data: &Data, prior: &str, implied: &str, status: StatusCode) -> Response {
    json_response(
        status,
        json!({"role_inference": {"prior_role": role_ref(site, data, prior),
                                  "implies": role_ref(site, data, implied)},
               "links": {"self": format!("{}/identity/v3/roles/{prior}/implies/{implied}", site.base())}}),
    )
}

/// The 404 of a missing role or implication, as Keystone words it.
fn missing(data: &Data, prior: &str, implied: &str) -> Option<Response> {
    if !known(data, prior) {
        return Some(not_found("role", prior));
    }
    if !known(data, implied) {
        return Some(not_found("role", implied));
    }
    let held = data
        .implied_roles
        .iter()
        .any(|(p, i)| p == prior && i == implied);
    (!held).then(|| not_found("implied role", &format!("{prior}, {implied}")))
}

async fn show(
    Extension(site): Extension<Arc<Site>>,
    Path((prior, implied)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    if let Some(refused) = missing(&data, &prior, &implied) {
        return refused;
    }
    inference(&site, &data, &prior, &implied, StatusCode::OK)
}

async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((prior, implied)): Path<(String, String)>,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden("identity:create_implied_role");
    }
    let mut data = site.data.lock().unwrap();
    for id in [&prior, &implied] {
        if !known(&data, id) {
            return not_found("role", id);
        }
    }
    let pair = (prior.clone(), implied.clone());
    if !data.implied_roles.contains(&pair) {
        data.implied_roles.push(pair);
    }
    site.changed();
    inference(&site, &data, &prior, &implied, StatusCode::CREATED)
}

async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((prior, implied)): Path<(String, String)>,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden("identity:delete_implied_role");
    }
    let mut data = site.data.lock().unwrap();
    if let Some(refused) = missing(&data, &prior, &implied) {
        return refused;
    }
    data.implied_roles
        .retain(|(p, i)| !(*p == prior && *i == implied));
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}
