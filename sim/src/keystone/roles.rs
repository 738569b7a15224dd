//! Keystone's domains, roles and role assignments: domains made, changed
//! and (once disabled) deleted with what is in them; roles made and deleted, roles
//! given to users on projects and domains (inherited to a domain's
//! projects with `OS-INHERIT`), and `/v3/role_assignments` as Keystone
//! lists them, with names and effective assignments on request.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::resources::list_body;
use super::{S, admin_request, bad_request, forbidden, is_admin, not_found};
use crate::http::{Q, Query, error, json_response, public};
use crate::site::{Assignment, Data, On, Site, Token};

pub(super) async fn show_role(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.roles.iter().find(|r| r["id"] == id.as_str()) {
        Some(r) => json_response(StatusCode::OK, json!({"role": public(r)})),
        None => not_found("role", &id),
    }
}

pub(super) async fn create_role(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:create_role", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["role"];
    let Some(name) = spec["name"].as_str() else {
        return bad_request("Invalid input for field 'name': None is not of type 'string'");
    };
    let mut data = site.data.lock().unwrap();
    if data
        .roles
        .iter()
        .any(|r| r["name"] == name && r["domain_id"] == spec["domain_id"])
    {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Conflict occurred attempting to store role - Duplicate entry found with name {name}."
            ),
        );
    }
    let id = site.new_id("role");
    let role = json!({
        "id": id, "name": name, "domain_id": spec["domain_id"],
        "description": spec["description"], "options": {},
        "links": {"self": format!("{}/identity/v3/roles/{id}", site.base())}
    });
    data.roles.push(role.clone());
    json_response(StatusCode::CREATED, json!({ "role": role }))
}

pub(super) async fn delete_role(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    if !is_admin(&site, &token) {
        return forbidden("identity:delete_role");
    }
    let mut data = site.data.lock().unwrap();
    let before = data.roles.len();
    data.roles.retain(|r| r["id"] != id.as_str());
    if data.roles.len() == before {
        return not_found("role", &id);
    }
    data.assignments.retain(|a| a.role != id);
    StatusCode::NO_CONTENT.into_response()
}

/// `PUT` or `DELETE /v3/{projects|domains}/{target}/users/{user}/roles/{role}`
/// and their `OS-INHERIT/…/inherited_to_projects`.
fn change(site: &Site, token: &Token, assignment: Assignment, grant: bool) -> Response {
    if !is_admin(site, token) {
        return forbidden(if grant {
            "identity:create_grant"
        } else {
            "identity:revoke_grant"
        });
    }
    let mut data = site.data.lock().unwrap();
    let (kind, target, items) = match &assignment.on {
        On::Project(id) => ("project", id, &data.projects),
        On::Domain(id) => ("domain", id, &data.domains),
    };
    if !items.iter().any(|i| i["id"] == target.as_str()) {
        return not_found(kind, target);
    }
    if !data
        .users
        .iter()
        .any(|u| u["id"] == assignment.user.as_str())
    {
        return not_found("user", &assignment.user);
    }
    if !data
        .roles
        .iter()
        .any(|r| r["id"] == assignment.role.as_str())
    {
        return not_found("role", &assignment.role);
    }
    let held = data.assignments.contains(&assignment);
    match (grant, held) {
        (true, false) => data.assignments.push(assignment),
        (true, true) => {}
        (false, true) => data.assignments.retain(|a| *a != assignment),
        (false, false) => {
            return error(
                S,
                StatusCode::NOT_FOUND,
                &format!(
                    "Could not find role assignment with role: {}, user or group: {}, project, domain, or system: {target}.",
                    assignment.role, assignment.user
                ),
            );
        }
    }
    StatusCode::NO_CONTENT.into_response()
}

/// The routes of grants: `(path, on a project?, inherited?)`.
pub(super) fn grants(router: axum::Router) -> axum::Router {
    let routes = [
        (
            "/v3/projects/{target}/users/{user}/roles/{role}",
            true,
            false,
        ),
        (
            "/v3/domains/{target}/users/{user}/roles/{role}",
            false,
            false,
        ),
        (
            "/v3/OS-INHERIT/projects/{target}/users/{user}/roles/{role}/inherited_to_projects",
            true,
            true,
        ),
        (
            "/v3/OS-INHERIT/domains/{target}/users/{user}/roles/{role}/inherited_to_projects",
            false,
            true,
        ),
    ];
    routes
        .into_iter()
        .fold(router, |router, (path, project, inherited)| {
            let assignment = move |(target, user, role): (String, String, String)| Assignment {
                user,
                on: if project {
                    On::Project(target)
                } else {
                    On::Domain(target)
                },
                role,
                inherited,
            };
            router.route(
                path,
                axum::routing::put(
                    move |Extension(site): Extension<Arc<Site>>,
                          Extension(t): Extension<Token>,
                          Path(ids): Path<(String, String, String)>| async move {
                        change(&site, &t, assignment(ids), true)
                    },
                )
                .delete(
                    move |Extension(site): Extension<Arc<Site>>,
                          Extension(t): Extension<Token>,
                          Path(ids): Path<(String, String, String)>| async move {
                        change(&site, &t, assignment(ids), false)
                    },
                ),
            )
        })
}

/// The roles a user holds on a project (any project when `None`): those
/// given on it, and those a domain passes down to its projects.
pub(super) fn effective(data: &Data, user: &str, project: Option<&str>) -> Vec<String> {
    let domain_of = |p: &str| {
        data.projects
            .iter()
            .find(|x| x["id"] == p)
            .and_then(|x| x["domain_id"].as_str())
            .unwrap_or("default")
            .to_string()
    };
    data.assignments
        .iter()
        .filter(|a| a.user == user)
        .filter(|a| match (&a.on, project) {
            (On::Project(p), Some(want)) => !a.inherited && p == want,
            (On::Domain(d), Some(want)) => a.inherited && *d == domain_of(want),
            (On::Project(_), None) => !a.inherited,
            (On::Domain(_), None) => a.inherited,
        })
        .map(|a| a.role.clone())
        .collect()
}

/// `GET /v3/role_assignments`: filtered by `user.id`, `role.id`,
/// `scope.project.id`, `scope.domain.id`, `scope.OS-INHERIT:inherited_to`;
/// `effective` shows what a domain passes down as assignments on its
/// projects; `include_names` adds names.
pub(super) async fn list_assignments(
    Extension(site): Extension<Arc<Site>>,
    Q(q): Query,
) -> Response {
    let data = site.data.lock().unwrap();
    let effective = q.contains_key("effective");
    let mut rows: Vec<(Assignment, Option<&Assignment>)> = Vec::new();
    for a in &data.assignments {
        match (&a.on, a.inherited, effective) {
            (On::Domain(d), true, true) => {
                for p in data
                    .projects
                    .iter()
                    .filter(|p| p["domain_id"] == d.as_str())
                {
                    let id = p["id"].as_str().unwrap_or_default();
                    let on = Assignment {
                        on: On::Project(id.into()),
                        inherited: false,
                        ..a.clone()
                    };
                    rows.push((on, Some(a)));
                }
            }
            (_, true, true) => {}
            _ => rows.push((a.clone(), None)),
        }
    }
    let wanted = |a: &Assignment| {
        let is = |key: &str, value: Option<&str>| {
            q.get(key).is_none_or(|want| Some(want.as_str()) == value)
        };
        let (project, domain) = match &a.on {
            On::Project(p) => (Some(p.as_str()), None),
            On::Domain(d) => (None, Some(d.as_str())),
        };
        is("user.id", Some(&a.user))
            && is("role.id", Some(&a.role))
            && is("scope.project.id", project)
            && is("scope.domain.id", domain)
            && is(
                "scope.OS-INHERIT:inherited_to",
                a.inherited.then_some("projects"),
            )
            && !q.contains_key("group.id")
            && !q.contains_key("scope.system")
    };
    let names = q.contains_key("include_names");
    let shown: Vec<Value> = rows
        .iter()
        .filter(|(a, _)| wanted(a))
        .map(|(a, from)| view(&site, &data, a, *from, names))
        .collect();
    list_body(&site, "role_assignments", shown)
}

/// One assignment as Keystone lists it.
fn view(site: &Site, data: &Data, a: &Assignment, from: Option<&Assignment>, names: bool) -> Value {
    let domain = |id: &Value| {
        let name = data
            .domains
            .iter()
            .find(|d| d["id"] == *id)
            .map(|d| d["name"].clone())
            .unwrap_or(Value::Null);
        json!({"id": id, "name": name})
    };
    let named = |items: &[Value], id: &str, with_domain: bool| {
        let mut out = json!({ "id": id });
        if let Some(item) = names
            .then(|| items.iter().find(|i| i["id"] == id))
            .flatten()
        {
            out["name"] = item["name"].clone();
            if with_domain && !item["domain_id"].is_null() {
                out["domain"] = domain(&item["domain_id"]);
            }
        }
        out
    };
    let mut scope = match &a.on {
        On::Project(p) => json!({"project": named(&data.projects, p, true)}),
        On::Domain(d) => json!({"domain": named(&data.domains, d, false)}),
    };
    if a.inherited {
        scope["OS-INHERIT:inherited_to"] = json!("projects");
    }
    let link = grant_path(site, from.unwrap_or(a));
    json!({
        "role": named(&data.roles, &a.role, true),
        "user": named(&data.users, &a.user, true),
        "scope": scope,
        "links": {"assignment": link},
    })
}

fn grant_path(site: &Site, a: &Assignment) -> String {
    let (kind, target) = match &a.on {
        On::Project(p) => ("projects", p),
        On::Domain(d) => ("domains", d),
    };
    let base = format!("{}/identity/v3", site.base());
    match a.inherited {
        true => format!(
            "{base}/OS-INHERIT/{kind}/{target}/users/{}/roles/{}/inherited_to_projects",
            a.user, a.role
        ),
        false => format!("{base}/{kind}/{target}/users/{}/roles/{}", a.user, a.role),
    }
}

pub(super) async fn create_domain(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:create_domain", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["domain"];
    let Some(name) = spec["name"].as_str() else {
        return bad_request("Invalid input for field 'name': None is not of type 'string'");
    };
    let mut data = site.data.lock().unwrap();
    if data.domains.iter().any(|d| d["name"] == name) {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Conflict occurred attempting to store project - it is not permitted to have two projects acting as domains with the same name: {name}."
            ),
        );
    }
    let id = site.new_id("domain").replace('-', "");
    let domain = json!({
        "id": id, "name": name, "description": spec["description"].as_str().unwrap_or_default(),
        "enabled": spec["enabled"].as_bool().unwrap_or(true), "tags": [], "options": {},
        "links": {"self": format!("{}/identity/v3/domains/{id}", site.base())}
    });
    data.domains.push(domain.clone());
    json_response(StatusCode::CREATED, json!({ "domain": domain }))
}

pub(super) async fn update_domain(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &token, "identity:update_domain", &body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let mut data = site.data.lock().unwrap();
    let Some(domain) = data.domains.iter_mut().find(|d| d["id"] == id.as_str()) else {
        return not_found("domain", &id);
    };
    for key in ["name", "description", "enabled"] {
        if let Some(value) = body["domain"].get(key) {
            domain[key] = value.clone();
        }
    }
    json_response(StatusCode::OK, json!({ "domain": domain.clone() }))
}

/// Keystone deletes only a disabled domain, and everything in it.
pub(super) async fn delete_domain(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    if !is_admin(&site, &token) {
        return forbidden("identity:delete_domain");
    }
    let mut data = site.data.lock().unwrap();
    let Some(domain) = data.domains.iter().find(|d| d["id"] == id.as_str()) else {
        return not_found("domain", &id);
    };
    if domain["enabled"] != false {
        return error(
            S,
            StatusCode::FORBIDDEN,
            "Cannot delete a domain that is enabled, please disable it first.",
        );
    }
    data.domains.retain(|d| d["id"] != id.as_str());
    let inside = |item: &Value| item["domain_id"] == id.as_str();
    let gone: Vec<String> = data
        .projects
        .iter()
        .chain(&data.users)
        .filter(|i| inside(i))
        .filter_map(|i| i["id"].as_str().map(str::to_string))
        .collect();
    data.projects.retain(|p| !inside(p));
    data.users.retain(|u| !inside(u));
    data.assignments.retain(|a| {
        !gone.contains(&a.user)
            && match &a.on {
                On::Project(p) => !gone.contains(p),
                On::Domain(d) => *d != id,
            }
    });
    StatusCode::NO_CONTENT.into_response()
}
