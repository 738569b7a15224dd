//! Keystone's groups and their users: made, changed, deleted; users added,
//! removed and checked; a user's groups and a group's users.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::resources::{filtered, list_body};
use super::{S, admin_request, bad_request, forbidden, is_admin, not_found};
use crate::http::{Q, Query, error, json_response, public};
use crate::site::{Site, Token};

pub(super) async fn list(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let groups = filtered(
        &site.data.lock().unwrap().groups,
        &q,
        &["name", "domain_id"],
    );
    list_body(&site, "groups", groups)
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.groups.iter().find(|g| g["id"] == id.as_str()) {
        Some(g) => json_response(StatusCode::OK, json!({"group": public(g)})),
        None => not_found("group", &id),
    }
}

pub(super) async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:create_group", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["group"];
    let Some(name) = spec["name"].as_str() else {
        return bad_request("Invalid input for field 'name': None is not of type 'string'");
    };
    let domain = spec["domain_id"].as_str().unwrap_or("default").to_string();
    let mut data = site.data.lock().unwrap();
    if data
        .groups
        .iter()
        .any(|g| g["name"] == name && g["domain_id"] == domain.as_str())
    {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Conflict occurred attempting to store group - Duplicate entry found with name {name} at domain ID {domain}."
            ),
        );
    }
    let id = site.new_id("group").replace('-', "");
    let group = json!({
        "id": id, "name": name, "domain_id": domain,
        "description": spec["description"].as_str().unwrap_or_default(),
        "links": {"self": format!("{}/identity/v3/groups/{id}", site.base())}
    });
    data.groups.push(group.clone());
    json_response(StatusCode::CREATED, json!({ "group": group }))
}

pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:update_group", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut data = site.data.lock().unwrap();
    let Some(group) = data.groups.iter_mut().find(|g| g["id"] == id.as_str()) else {
        return not_found("group", &id);
    };
    for key in ["name", "description"] {
        if let Some(value) = body["group"].get(key) {
            group[key] = value.clone();
        }
    }
    json_response(StatusCode::OK, json!({ "group": group.clone() }))
}

pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    if !is_admin(&site, &token) {
        return forbidden("identity:delete_group");
    }
    let mut data = site.data.lock().unwrap();
    let before = data.groups.len();
    data.groups.retain(|g| g["id"] != id.as_str());
    if data.groups.len() == before {
        return not_found("group", &id);
    }
    data.members.retain(|(g, _)| *g != id);
    data.assignments
        .retain(|a| a.actor != crate::site::Actor::Group(id.clone()));
    StatusCode::NO_CONTENT.into_response()
}

/// `groups/{group}/users/{user}`: `PUT` adds, `DELETE` removes, `HEAD`
/// checks; the group and the user must exist.
fn member(site: &Site, token: &Token, group: &str, user: &str, method: &str) -> Response {
    let admin = is_admin(site, token);
    let mut data = site.data.lock().unwrap();
    if !data.groups.iter().any(|g| g["id"] == group) {
        return not_found("group", group);
    }
    if !data.users.iter().any(|u| u["id"] == user) {
        return not_found("user", user);
    }
    let pair = (group.to_string(), user.to_string());
    let held = data.members.contains(&pair);
    match (method, held) {
        ("PUT", _) | ("DELETE", _) if !admin => forbidden("identity:add_user_to_group"),
        ("PUT", false) => {
            data.members.push(pair);
            StatusCode::NO_CONTENT.into_response()
        }
        ("DELETE", true) => {
            data.members.retain(|m| *m != pair);
            // Keystone revokes the user's tokens when its groups change.
            data.tokens.retain(|_, t| t.user_id != user);
            StatusCode::NO_CONTENT.into_response()
        }
        (_, true) => StatusCode::NO_CONTENT.into_response(),
        _ => error(
            S,
            StatusCode::NOT_FOUND,
            &format!("User '{user}' not found in group '{group}'"),
        ),
    }
}

pub(super) fn routes(router: axum::Router) -> axum::Router {
    use axum::routing::{get, put};
    router
        .route("/v3/groups", get(list).post(create))
        .route("/v3/groups/{id}", get(show).patch(update).delete(delete))
        .route(
            "/v3/groups/{id}/users",
            get(
                |Extension(site): Extension<Arc<Site>>, Path(id): Path<String>| async move {
                    let data = site.data.lock().unwrap();
                    if !data.groups.iter().any(|g| g["id"] == id.as_str()) {
                        return not_found("group", &id);
                    }
                    let users: Vec<Value> = data
                        .users
                        .iter()
                        .filter(|u| {
                            data.members
                                .iter()
                                .any(|(g, m)| *g == id && u["id"] == m.as_str())
                        })
                        .map(public)
                        .collect();
                    list_body(&site, "users", users)
                },
            ),
        )
        .route(
            "/v3/users/{id}/groups",
            get(
                |Extension(site): Extension<Arc<Site>>, Path(id): Path<String>| async move {
                    let data = site.data.lock().unwrap();
                    if !data.users.iter().any(|u| u["id"] == id.as_str()) {
                        return not_found("user", &id);
                    }
                    let groups: Vec<Value> = data
                        .groups
                        .iter()
                        .filter(|g| {
                            data.members
                                .iter()
                                .any(|(gid, m)| g["id"] == gid.as_str() && *m == id)
                        })
                        .map(|g| {
                            let mut g = public(g);
                            g["membership_expires_at"] = Value::Null;
                            g
                        })
                        .collect();
                    list_body(&site, "groups", groups)
                },
            ),
        )
        .route(
            "/v3/groups/{group}/users/{user}",
            put(
                |Extension(site): Extension<Arc<Site>>,
                 Extension(t): Extension<Token>,
                 Path((g, u)): Path<(String, String)>| async move {
                    member(&site, &t, &g, &u, "PUT")
                },
            )
            .delete(
                |Extension(site): Extension<Arc<Site>>,
                 Extension(t): Extension<Token>,
                 Path((g, u)): Path<(String, String)>| async move {
                    member(&site, &t, &g, &u, "DELETE")
                },
            )
            .head(
                |Extension(site): Extension<Arc<Site>>,
                 Extension(t): Extension<Token>,
                 Path((g, u)): Path<(String, String)>| async move {
                    member(&site, &t, &g, &u, "HEAD")
                },
            ),
        )
}
