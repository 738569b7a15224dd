//! Keystone's resources: users, projects, domains, roles, services,
//! endpoints, regions and application credentials, in Keystone's shapes.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, admin_request, bad_request, forbidden, is_admin, not_found, parse};
use crate::http::{Q, Query, error, json_response, public};
use crate::site::{AppCredential, Site, Token, project_json, user_json};

pub(super) fn list_body(site: &Site, key: &str, items: Vec<Value>) -> Response {
    json_response(
        StatusCode::OK,
        json!({key: items, "links": {"self": format!("{}/identity/v3/{key}", site.base()), "previous": null, "next": null}}),
    )
}

pub(super) fn filtered(
    items: &[Value],
    query: &std::collections::HashMap<String, String>,
    keys: &[&str],
) -> Vec<Value> {
    items
        .iter()
        .filter(|i| {
            keys.iter().all(|k| {
                query.get(*k).is_none_or(|want| match &i[*k] {
                    Value::String(s) => s == want,
                    Value::Bool(b) => want.eq_ignore_ascii_case(&b.to_string()),
                    _ => false,
                })
            })
        })
        .map(public)
        .collect()
}

pub(super) async fn list_users(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let users = filtered(
        &site.data.lock().unwrap().users,
        &q,
        &["name", "domain_id", "enabled"],
    );
    list_body(&site, "users", users)
}

pub(super) async fn show_user(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.users.iter().find(|u| u["id"] == id.as_str()) {
        Some(u) => json_response(StatusCode::OK, json!({"user": public(u)})),
        None => not_found("user", &id),
    }
}

pub(super) async fn create_user(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:create_user", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["user"];
    let Some(name) = spec["name"].as_str() else {
        return bad_request("Invalid input for field 'name': None is not of type 'string'");
    };
    let domain = spec["domain_id"].as_str().unwrap_or("default").to_string();
    let id = site.new_id("user");
    let mut data = site.data.lock().unwrap();
    if !data.domains.iter().any(|d| d["id"] == domain.as_str()) {
        return not_found("domain", &domain);
    }
    if data
        .users
        .iter()
        .any(|u| u["name"] == name && u["domain_id"] == domain.as_str())
    {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Conflict occurred attempting to store user - Duplicate entry found with name {name} at domain ID {domain}."
            ),
        );
    }
    let mut user = user_json(&site.base(), &id, name, spec["default_project_id"].as_str());
    user["domain_id"] = json!(domain);
    for key in ["email", "description"] {
        if let Some(v) = spec.get(key) {
            user[key] = v.clone();
        }
    }
    if let Some(enabled) = spec["enabled"].as_bool() {
        user["enabled"] = json!(enabled);
    }
    user["_password"] = spec["password"].clone();
    data.users.push(user.clone());
    json_response(StatusCode::CREATED, json!({"user": public(&user)}))
}

pub(super) async fn update_user(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    if !is_admin(&site, &token) && token.user_id != id {
        return forbidden("identity:update_user");
    }
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut data = site.data.lock().unwrap();
    let Some(user) = data.users.iter_mut().find(|u| u["id"] == id.as_str()) else {
        return not_found("user", &id);
    };
    for (key, value) in body["user"].as_object().into_iter().flatten() {
        let key = if key == "password" {
            "_password"
        } else {
            key.as_str()
        };
        if key == "options" {
            // Keystone merges options; a null takes one off.
            for (option, set) in value.as_object().into_iter().flatten() {
                if !user["options"].is_object() {
                    user["options"] = json!({});
                }
                match set {
                    Value::Null => {
                        user["options"].as_object_mut().map(|o| o.remove(option));
                    }
                    set => user["options"][option] = set.clone(),
                }
            }
        } else if key != "id" {
            user[key] = value.clone();
        }
    }
    // Keystone's answer to a change (only to it) lists the attributes it
    // keeps beside its own columns.
    let mut answer = public(user);
    let extra: serde_json::Map<String, Value> = ["description", "email"]
        .iter()
        .filter_map(|k| Some((k.to_string(), user.get(*k)?.clone())))
        .collect();
    answer["extra"] = Value::Object(extra);
    json_response(StatusCode::OK, json!({"user": answer}))
}

/// `POST /v3/users/{id}/password`: the user's own change, with the
/// original password; Keystone then revokes the user's tokens.
pub(super) async fn change_password(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let change = &body["user"];
    for key in ["password", "original_password"] {
        if !change[key].is_string() {
            return super::bad_request(&format!(
                "Invalid input for field 'user': '{key}' is a required property"
            ));
        }
    }
    let mut data = site.data.lock().unwrap();
    let Some(user) = data.users.iter_mut().find(|u| u["id"] == id.as_str()) else {
        return not_found("user", &id);
    };
    if user["_password"] != change["original_password"] {
        return crate::http::unauthorized();
    }
    user["_password"] = change["password"].clone();
    data.tokens.retain(|_, t| t.user_id != id);
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn delete_user(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    if !is_admin(&site, &token) {
        return forbidden("identity:delete_user");
    }
    let mut data = site.data.lock().unwrap();
    let before = data.users.len();
    data.users.retain(|u| u["id"] != id.as_str());
    if data.users.len() == before {
        return not_found("user", &id);
    }
    data.assignments
        .retain(|a| a.actor != crate::site::Actor::User(id.clone()));
    data.members.retain(|(_, u)| *u != id);
    data.tokens.retain(|_, t| t.user_id != id);
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn list_projects(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let projects = filtered(
        &site.data.lock().unwrap().projects,
        &q,
        &["name", "domain_id", "enabled"],
    );
    list_body(&site, "projects", projects)
}

pub(super) async fn show_project(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.projects.iter().find(|p| p["id"] == id.as_str()) {
        Some(p) => json_response(StatusCode::OK, json!({"project": public(p)})),
        None => not_found("project", &id),
    }
}

pub(super) async fn create_project(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:create_project", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["project"];
    let Some(name) = spec["name"].as_str() else {
        return bad_request("Invalid input for field 'name': None is not of type 'string'");
    };
    let domain = spec["domain_id"].as_str().unwrap_or("default").to_string();
    let id = site.new_id("project");
    let mut data = site.data.lock().unwrap();
    if data
        .projects
        .iter()
        .any(|p| p["name"] == name && p["domain_id"] == domain.as_str())
    {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Conflict occurred attempting to store project - it is not permitted to have two projects with the same name in the same domain : {name}."
            ),
        );
    }
    let mut project = project_json(
        &site.base(),
        &id,
        name,
        spec["description"].as_str().unwrap_or(""),
    );
    project["domain_id"] = json!(domain);
    project["parent_id"] = json!(domain);
    if let Some(enabled) = spec["enabled"].as_bool() {
        project["enabled"] = json!(enabled);
    }
    data.projects.push(project.clone());
    json_response(StatusCode::CREATED, json!({"project": project}))
}

pub(super) async fn update_project(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:update_project", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut data = site.data.lock().unwrap();
    let Some(project) = data.projects.iter_mut().find(|p| p["id"] == id.as_str()) else {
        return not_found("project", &id);
    };
    for (key, value) in body["project"].as_object().into_iter().flatten() {
        if key != "id" {
            project[key] = value.clone();
        }
    }
    json_response(StatusCode::OK, json!({"project": project.clone()}))
}

pub(super) async fn delete_project(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    if !is_admin(&site, &token) {
        return forbidden("identity:delete_project");
    }
    let mut data = site.data.lock().unwrap();
    let before = data.projects.len();
    data.projects.retain(|p| p["id"] != id.as_str());
    if data.projects.len() == before {
        return not_found("project", &id);
    }
    data.assignments
        .retain(|a| a.on != crate::site::On::Project(id.clone()));
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn list_domains(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let domains = filtered(&site.data.lock().unwrap().domains, &q, &["name", "enabled"]);
    list_body(&site, "domains", domains)
}

pub(super) async fn show_domain(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.domains.iter().find(|d| d["id"] == id.as_str()) {
        Some(d) => json_response(StatusCode::OK, json!({"domain": d})),
        None => not_found("domain", &id),
    }
}

pub(super) async fn list_roles(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let roles = filtered(&site.data.lock().unwrap().roles, &q, &["name"]);
    list_body(&site, "roles", roles)
}

pub(super) fn app_cred_json(site: &Site, data: &crate::site::Data, c: &AppCredential) -> Value {
    let roles: Vec<Value> = c
        .roles
        .iter()
        .filter_map(|id| data.roles.iter().find(|r| r["id"] == id.as_str()))
        .map(|r| {
            json!({"id": r["id"], "name": r["name"], "domain_id": r["domain_id"],
                   "description": r["description"], "options": r["options"]})
        })
        .collect();
    let mut value = json!({
        "id": c.id, "name": c.name, "description": c.description, "user_id": c.user_id,
        "project_id": c.project_id, "system": null, "expires_at": c.expires_at,
        "unrestricted": c.unrestricted, "roles": roles,
        "links": {"self": format!("{}/identity/v3/application_credentials/{}", site.base(), c.id)}
    });
    if let Some(rules) = &c.access_rules {
        value["access_rules"] = rules.clone();
    }
    value
}

/// `2030-01-01T00:00:00[.ffffff][Z]` as Keystone keeps it, or `None` when
/// it is no such time.
fn keystone_time(text: &str) -> Option<(String, std::time::SystemTime)> {
    let bare = text.trim_end_matches('Z');
    let (seconds, micros) = bare.split_once('.').unwrap_or((bare, "0"));
    let at = humantime::parse_rfc3339_weak(seconds).ok()?;
    let micros: String = format!("{micros:0<6}").chars().take(6).collect();
    Some((format!("{seconds}.{micros}"), at))
}

pub(super) async fn create_app_cred(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(user): Path<String>,
    body: Bytes,
) -> Response {
    if token.user_id != user {
        return forbidden("identity:create_application_credential");
    }
    let Some(project_id) = token.project_id.clone() else {
        return bad_request("Application credentials need a project-scoped token.");
    };
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["application_credential"];
    let Some(name) = spec["name"].as_str() else {
        return bad_request("Invalid input for field 'name': None is not of type 'string'");
    };
    let expires_at = match spec["expires_at"].as_str().map(keystone_time) {
        None => None,
        Some(None) => return bad_request("Invalid input for field 'expires_at'."),
        Some(Some((_, at))) if at < std::time::SystemTime::now() => {
            return bad_request(
                "The 'expires_at' must not be before now. The server could not comply with the \
                 request since it is either malformed or otherwise incorrect. The client is \
                 assumed to be in error.",
            );
        }
        Some(Some((text, _))) => Some(text),
    };
    let mut data = site.data.lock().unwrap();
    if data
        .app_credentials
        .iter()
        .any(|c| c.user_id == user && c.name == name)
    {
        return crate::http::error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Conflict occurred attempting to store application_credential - Duplicate entry \
                 found with name {name}."
            ),
        );
    }
    // The roles asked for (by ID or name), else the token's; with those
    // they imply.
    let asked: Vec<String> = match spec["roles"].as_array() {
        Some(asked) if !asked.is_empty() => {
            let mut ids = Vec::new();
            for role in asked {
                let found = data.roles.iter().find(|r| {
                    (role["id"].is_string() && r["id"] == role["id"])
                        || (role["name"].is_string() && r["name"] == role["name"])
                });
                match found {
                    Some(r) => ids.push(r["id"].as_str().unwrap_or_default().to_string()),
                    None => {
                        let named = role["name"].as_str().or(role["id"].as_str()).unwrap_or("");
                        return crate::http::error(
                            S,
                            StatusCode::NOT_FOUND,
                            &format!("Role {named} is not defined"),
                        );
                    }
                }
            }
            ids
        }
        _ => super::roles::effective(&data, &user, Some(&project_id)),
    };
    let roles = super::implied::with_implied(&data, asked);
    let id = site.new_id("application_credential").replace('-', "");
    let secret = spec["secret"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| site.new_token());
    let rules = spec["access_rules"]
        .as_array()
        .filter(|r| !r.is_empty())
        .map(|rules| {
            let with_ids: Vec<Value> = rules
                .iter()
                .map(|rule| {
                    let mut rule = rule.clone();
                    rule["id"] = json!(site.new_id("access_rule").replace('-', ""));
                    rule
                })
                .collect();
            json!(with_ids)
        });
    let cred = AppCredential {
        id,
        name: name.to_string(),
        user_id: user,
        project_id,
        secret: secret.clone(),
        description: spec["description"].as_str().map(str::to_string),
        expires_at,
        unrestricted: spec["unrestricted"] == true,
        roles,
        access_rules: rules,
    };
    let mut value = app_cred_json(&site, &data, &cred);
    value["secret"] = json!(secret);
    data.app_credentials.push(cred);
    json_response(
        StatusCode::CREATED,
        json!({"application_credential": value}),
    )
}

pub(super) async fn list_app_creds(
    Extension(site): Extension<Arc<Site>>,
    Path(user): Path<String>,
    Q(q): Query,
) -> Response {
    let data = site.data.lock().unwrap();
    let creds: Vec<Value> = data
        .app_credentials
        .iter()
        .filter(|c| c.user_id == user)
        .filter(|c| q.get("name").is_none_or(|n| *n == c.name))
        .map(|c| app_cred_json(&site, &data, c))
        .collect();
    list_body(&site, "application_credentials", creds)
}

pub(super) async fn show_app_cred(
    Extension(site): Extension<Arc<Site>>,
    Path((user, id)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data
        .app_credentials
        .iter()
        .find(|c| c.user_id == user && c.id == id)
    {
        Some(c) => json_response(
            StatusCode::OK,
            json!({"application_credential": app_cred_json(&site, &data, c)}),
        ),
        None => not_found("Application Credential", &id),
    }
}

pub(super) async fn delete_app_cred(
    Extension(site): Extension<Arc<Site>>,
    Path((user, id)): Path<(String, String)>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.app_credentials.len();
    data.app_credentials
        .retain(|c| !(c.user_id == user && c.id == id));
    if data.app_credentials.len() == before {
        return not_found("Application Credential", &id);
    }
    StatusCode::NO_CONTENT.into_response()
}
