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
use crate::site::{Actor, Assignment, Data, On, Site, Token};

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

/// `PUT` or `DELETE /v3/{projects|domains}/{target}/{users|groups}/{actor}/roles/{role}`
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
    let system = "system".to_string();
    let (kind, target, items) = match &assignment.on {
        On::Project(id) => ("project", id, Some(&data.projects)),
        On::Domain(id) => ("domain", id, Some(&data.domains)),
        On::System => ("system", &system, None),
    };
    if let Some(items) = items {
        if !items.iter().any(|i| i["id"] == target.as_str()) {
            return not_found(kind, target);
        }
    }
    let (kind, actor, actors) = match &assignment.actor {
        Actor::User(id) => ("user", id, &data.users),
        Actor::Group(id) => ("group", id, &data.groups),
    };
    if !actors.iter().any(|u| u["id"] == actor.as_str()) {
        return not_found(kind, actor);
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
                    "Could not find role assignment with role: {}, user or group: {actor}, project, domain, or system: {target}.",
                    assignment.role
                ),
            );
        }
    }
    StatusCode::NO_CONTENT.into_response()
}

/// The routes of grants: `(path, on a project?, to a group?, inherited?)`.
pub(super) fn grants(router: axum::Router) -> axum::Router {
    let mut routes = Vec::new();
    for (on, project) in [("projects", true), ("domains", false)] {
        for (to, group) in [("users", false), ("groups", true)] {
            routes.push((
                format!("/v3/{on}/{{target}}/{to}/{{actor}}/roles/{{role}}"),
                project,
                group,
                false,
            ));
            routes.push((
                format!(
                    "/v3/OS-INHERIT/{on}/{{target}}/{to}/{{actor}}/roles/{{role}}/inherited_to_projects"
                ),
                project,
                group,
                true,
            ));
        }
    }
    // The system's: no target in the path.
    let router = ["users", "groups"].into_iter().fold(router, |router, to| {
        let group = to == "groups";
        let assignment = move |(actor, role): (String, String)| Assignment {
            actor: if group {
                Actor::Group(actor)
            } else {
                Actor::User(actor)
            },
            on: On::System,
            role,
            inherited: false,
        };
        router.route(
            &format!("/v3/system/{to}/{{actor}}/roles/{{role}}"),
            axum::routing::put(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Path(ids): Path<(String, String)>| async move {
                    change(&site, &t, assignment(ids), true)
                },
            )
            .delete(
                move |Extension(site): Extension<Arc<Site>>,
                      Extension(t): Extension<Token>,
                      Path(ids): Path<(String, String)>| async move {
                    change(&site, &t, assignment(ids), false)
                },
            ),
        )
    });
    routes
        .into_iter()
        .fold(router, |router, (path, project, group, inherited)| {
            let assignment = move |(target, actor, role): (String, String, String)| Assignment {
                actor: if group {
                    Actor::Group(actor)
                } else {
                    Actor::User(actor)
                },
                on: if project {
                    On::Project(target)
                } else {
                    On::Domain(target)
                },
                role,
                inherited,
            };
            router.route(
                &path,
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

/// Whether an assignment gives its role to this user, itself or through
/// one of its groups.
fn reaches(data: &Data, a: &Assignment, user: &str) -> bool {
    match &a.actor {
        Actor::User(u) => u == user,
        Actor::Group(g) => data.members.iter().any(|(mg, mu)| mg == g && mu == user),
    }
}

/// The roles a user holds on a project (any project when `None`): those
/// given on it to the user or its groups, and those a domain passes down
/// to its projects.
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
        .filter(|a| reaches(data, a, user))
        .filter(|a| match (&a.on, project) {
            (On::Project(p), Some(want)) => !a.inherited && p == want,
            (On::Domain(d), Some(want)) => a.inherited && *d == domain_of(want),
            (On::Project(_), None) => !a.inherited,
            (On::Domain(_), None) => a.inherited,
            (On::System, _) => false,
        })
        .map(|a| a.role.clone())
        .collect()
}

/// An assignment as listed, the assignment it comes from when expanded,
/// and the group membership it comes by.
type Listed<'a> = (Assignment, Option<&'a Assignment>, Option<(String, String)>);

/// `GET /v3/role_assignments`: filtered by `user.id`, `group.id`,
/// `role.id`, `scope.project.id`, `scope.domain.id`,
/// `scope.OS-INHERIT:inherited_to`; `effective` shows what a domain
/// passes down as assignments on its projects and a group's as its
/// members' and, after them, the roles their roles imply; `include_names`
/// adds names.
pub(super) async fn list_assignments(
    Extension(site): Extension<Arc<Site>>,
    Q(q): Query,
) -> Response {
    let data = site.data.lock().unwrap();
    let effective = q.contains_key("effective");
    let mut rows: Vec<Listed> = Vec::new();
    for a in &data.assignments {
        let on: Vec<(On, bool)> = match (&a.on, a.inherited, effective) {
            (On::Domain(d), true, true) => data
                .projects
                .iter()
                .filter(|p| p["domain_id"] == d.as_str())
                // Keystone keeps `OS-INHERIT:inherited_to` on what it expands.
                .map(|p| {
                    (
                        On::Project(p["id"].as_str().unwrap_or_default().into()),
                        true,
                    )
                })
                .collect(),
            (_, true, true) => Vec::new(),
            _ => vec![(a.on.clone(), a.inherited)],
        };
        let actors: Vec<(Actor, Option<(String, String)>)> = match (&a.actor, effective) {
            (Actor::Group(g), true) => data
                .members
                .iter()
                .filter(|(mg, _)| mg == g)
                .map(|(_, u)| (Actor::User(u.clone()), Some((g.clone(), u.clone()))))
                .collect(),
            (actor, _) => vec![(actor.clone(), None)],
        };
        for (on, inherited) in &on {
            for (actor, membership) in &actors {
                let listed = Assignment {
                    actor: actor.clone(),
                    on: on.clone(),
                    inherited: *inherited,
                    role: a.role.clone(),
                };
                let from = (listed != *a).then_some(a);
                rows.push((listed, from, membership.clone()));
            }
        }
    }
    let wanted = |a: &Assignment| {
        let is = |key: &str, value: Option<&str>| {
            q.get(key).is_none_or(|want| Some(want.as_str()) == value)
        };
        let (project, domain) = match &a.on {
            On::Project(p) => (Some(p.as_str()), None),
            On::Domain(d) => (None, Some(d.as_str())),
            On::System => (None, None),
        };
        let (user, group) = match &a.actor {
            Actor::User(u) => (Some(u.as_str()), None),
            Actor::Group(g) => (None, Some(g.as_str())),
        };
        is("user.id", user)
            && is("group.id", group)
            && is("role.id", Some(&a.role))
            && is("scope.project.id", project)
            && is("scope.domain.id", domain)
            && is(
                "scope.OS-INHERIT:inherited_to",
                a.inherited.then_some("projects"),
            )
            && is("scope.system", (a.on == On::System).then_some("all"))
    };
    let names = q.contains_key("include_names");
    let rows: Vec<(Listed, Option<String>)> = match effective {
        true => with_implied(&data, rows),
        false => rows.into_iter().map(|row| (row, None)).collect(),
    };
    let shown: Vec<Value> = rows
        .iter()
        .filter(|((a, _, _), _)| wanted(a))
        .map(|((a, from, membership), prior)| {
            let mut shown = view(&site, &data, a, *from, membership.as_ref(), names);
            if let Some(prior) = prior {
                shown["links"]["prior_role"] = json!(format!(
                    "{}/identity/v3/prior_role/{prior}/implies/{}",
                    site.base(),
                    a.role
                ));
            }
            shown
        })
        .collect();
    list_body(&site, "role_assignments", shown)
}

/// The rows and, after them, those their roles imply, found as Keystone
/// finds them (last row first, depth first); each implied row names its
/// prior role.
fn with_implied<'a>(data: &'a Data, rows: Vec<Listed<'a>>) -> Vec<(Listed<'a>, Option<String>)> {
    let mut out: Vec<(Listed, Option<String>)> = rows.into_iter().map(|r| (r, None)).collect();
    let mut stack = out.clone();
    let mut checked: Vec<(Listed, Option<String>)> = Vec::new();
    while let Some(next) = stack.pop() {
        checked.push(next.clone());
        let prior = next.0.0.role.clone();
        for implied in super::implied::implied_by(data, &prior) {
            let mut row = next.clone();
            // It links the assignment its prior role comes from.
            if row.0.1.is_none() {
                row.0.1 = data.assignments.iter().find(|a| **a == next.0.0);
            }
            row.0.0.role = implied.to_string();
            row.1 = Some(prior.clone());
            if checked.contains(&row) {
                continue;
            }
            out.push(row.clone());
            stack.push(row);
        }
    }
    out
}

/// One assignment as Keystone lists it; one a group's member holds links
/// the membership it holds it by.
fn view(
    site: &Site,
    data: &Data,
    a: &Assignment,
    from: Option<&Assignment>,
    membership: Option<&(String, String)>,
    names: bool,
) -> Value {
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
        On::System => json!({"system": {"all": true}}),
    };
    if a.inherited {
        scope["OS-INHERIT:inherited_to"] = json!("projects");
    }
    let mut links = json!({"assignment": grant_path(site, from.unwrap_or(a))});
    if let Some((group, user)) = membership {
        links["membership"] = json!(format!(
            "{}/identity/v3/groups/{group}/users/{user}",
            site.base()
        ));
    }
    let mut shown = json!({
        "role": named(&data.roles, &a.role, true),
        "scope": scope,
        "links": links,
    });
    match &a.actor {
        Actor::User(u) => shown["user"] = named(&data.users, u, true),
        Actor::Group(g) => shown["group"] = named(&data.groups, g, true),
    }
    shown
}

fn grant_path(site: &Site, a: &Assignment) -> String {
    let on = match &a.on {
        On::Project(p) => format!("projects/{p}"),
        On::Domain(d) => format!("domains/{d}"),
        On::System => "system".to_string(),
    };
    let (to, actor) = match &a.actor {
        Actor::User(u) => ("users", u),
        Actor::Group(g) => ("groups", g),
    };
    let base = format!("{}/identity/v3", site.base());
    let path = format!("{on}/{to}/{actor}/roles/{}", a.role);
    match a.inherited {
        true => format!("{base}/OS-INHERIT/{path}/inherited_to_projects"),
        false => format!("{base}/{path}"),
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
        .chain(&data.groups)
        .filter(|i| inside(i))
        .filter_map(|i| i["id"].as_str().map(str::to_string))
        .collect();
    data.projects.retain(|p| !inside(p));
    data.users.retain(|u| !inside(u));
    data.groups.retain(|g| !inside(g));
    data.members
        .retain(|(g, u)| !gone.contains(g) && !gone.contains(u));
    data.assignments.retain(|a| {
        let (Actor::User(actor) | Actor::Group(actor)) = &a.actor;
        !gone.contains(actor)
            && match &a.on {
                On::Project(p) => !gone.contains(p),
                On::Domain(d) => *d != id,
                On::System => true,
            }
    });
    StatusCode::NO_CONTENT.into_response()
}
