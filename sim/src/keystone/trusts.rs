//! Keystone's trusts (`OS-TRUST`): a trustor lends a trustee roles on a
//! project; the trustee signs in with `{"scope": {"OS-TRUST:trust": {"id":
//! ...}}}` and gets a token of that project with those roles (as the
//! trustor, when the trust impersonates). Made, shown, listed and deleted
//! as Keystone does, with its refusals.

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde_json::{Value, json};

use super::resources::filtered;
use super::{S, bad_request, forbidden, is_admin_in, not_found, parse};
use crate::http::{Q, Query, json_response};
use crate::site::{Data, Site, Token};

pub(super) fn routes(router: Router) -> Router {
    router
        .route("/v3/OS-TRUST/trusts", get(list).post(create))
        .route("/v3/OS-TRUST/trusts/{id}", get(show).delete(delete))
}

/// Who a trust-scoped token is and its project (its roles and
/// `OS-TRUST:trust` come from [`token_parts`]).
pub(super) struct Scoped {
    pub user_id: String,
    pub project_id: String,
}

/// The scope `trust_id` gives `user_id` (who signed in), or Keystone's
/// refusal: an unknown or expired trust (401), or a user who is not its
/// trustee (403).
pub(super) fn scope(
    data: &Data,
    user_id: &str,
    trust_id: &str,
    now: SystemTime,
) -> Result<Scoped, Response> {
    // An unknown or expired trust is a failed sign-in; another user's, a
    // refusal, in Keystone's words (no action named).
    let now = crate::site::iso_micro(now);
    let Some(trust) = data.trusts.iter().find(|t| {
        t["id"] == trust_id && t["expires_at"].as_str().is_none_or(|at| at > now.as_str())
    }) else {
        return Err(super::unauthorized());
    };
    if trust["trustee_user_id"] != user_id {
        return Err(refused(
            "You are not authorized to perform the requested action.",
        ));
    }
    let user = match trust["impersonation"].as_bool() {
        Some(true) => &trust["trustor_user_id"],
        _ => &trust["trustee_user_id"],
    };
    Ok(Scoped {
        user_id: user.as_str().unwrap_or_default().to_string(),
        project_id: trust["project_id"].as_str().unwrap_or_default().to_string(),
    })
}

/// A trust token's roles and its `OS-TRUST:trust`.
pub(super) fn token_parts(data: &Data, trust_id: &str) -> (Vec<Value>, Value) {
    let Some(trust) = data.trusts.iter().find(|t| t["id"] == trust_id) else {
        return (Vec::new(), Value::Null);
    };
    let roles = trust["roles"].as_array().cloned().unwrap_or_default();
    let part = json!({
        "id": trust["id"], "impersonation": trust["impersonation"],
        "trustee_user": {"id": trust["trustee_user_id"]},
        "trustor_user": {"id": trust["trustor_user_id"]},
    });
    (roles, part)
}

/// A trust as Keystone answers it.
fn shown(site: &Site, trust: &Value) -> Value {
    let mut trust = trust.clone();
    let links = |path: String| json!({"self": format!("{}/identity/v3/{path}", site.base())});
    let id = trust["id"].as_str().unwrap_or_default().to_string();
    trust["links"] = links(format!("OS-TRUST/trusts/{id}"));
    trust["roles_links"] = json!({"self": format!("{}/identity/v3/OS-TRUST/trusts/{id}/roles", site.base()), "previous": null, "next": null});
    for role in trust["roles"].as_array_mut().into_iter().flatten() {
        let role_id = role["id"].as_str().unwrap_or_default().to_string();
        role["links"] = links(format!("roles/{role_id}"));
    }
    trust
}

/// Keystone's 403 with its words.
fn refused(message: &str) -> Response {
    crate::http::error(S, StatusCode::FORBIDDEN, message)
}

/// Who may see a trust: its trustor, its trustee, or an admin.
fn may_see(data: &Data, token: &Token, trust: &Value) -> bool {
    trust["trustor_user_id"] == token.user_id.as_str()
        || trust["trustee_user_id"] == token.user_id.as_str()
        || is_admin_in(data, token)
}

async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    let data = site.data.lock().unwrap();
    let items: Vec<Value> = filtered(&data.trusts, &q, &["trustor_user_id", "trustee_user_id"])
        .into_iter()
        .filter(|trust| may_see(&data, &t, trust))
        .map(|trust| {
            // A list's trusts come without their roles.
            let mut trust = shown(&site, &trust);
            if let Some(fields) = trust.as_object_mut() {
                fields.remove("roles");
                fields.remove("roles_links");
            }
            trust
        })
        .collect();
    json_response(
        StatusCode::OK,
        json!({"trusts": items, "links": {"self": format!("{}/identity/v3/OS-TRUST/trusts", site.base()),
                                          "previous": null, "next": null}}),
    )
}

async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.trusts.iter().find(|trust| trust["id"] == id.as_str()) {
        Some(trust) if may_see(&data, &t, trust) => {
            json_response(StatusCode::OK, json!({"trust": shown(&site, trust)}))
        }
        Some(_) => forbidden("identity:get_trust"),
        None => not_found("trust", &id),
    }
}

async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let given = &body["trust"];
    for key in ["trustor_user_id", "trustee_user_id"] {
        if !given[key].is_string() {
            return bad_request(&format!(
                "Invalid input for field '{key}': '{key}' is a required property"
            ));
        }
    }
    if given["trustor_user_id"] != t.user_id.as_str() {
        return refused("The authenticated user should match the trustor.");
    }
    let mut data = site.data.lock().unwrap();
    if !data
        .users
        .iter()
        .any(|u| u["id"] == given["trustee_user_id"])
    {
        return not_found(
            "user",
            given["trustee_user_id"].as_str().unwrap_or_default(),
        );
    }
    let project = given["project_id"].as_str().unwrap_or_default().to_string();
    let held = super::roles_of(&data, &t.user_id, Some(&project));
    let mut roles = Vec::new();
    for wanted in given["roles"].as_array().into_iter().flatten() {
        let found = data.roles.iter().find(|r| {
            wanted["id"].as_str().is_some_and(|id| r["id"] == id)
                || wanted["name"].as_str().is_some_and(|n| r["name"] == n)
        });
        let Some(role) = found else {
            return not_found(
                "role",
                wanted["id"]
                    .as_str()
                    .or(wanted["name"].as_str())
                    .unwrap_or_default(),
            );
        };
        if !held.iter().any(|h| h["id"] == role["id"]) {
            return refused("At least one role should be specified.");
        }
        let options = role.get("options").cloned().unwrap_or_else(|| json!({}));
        roles.push(
            json!({"id": role["id"], "name": role["name"], "domain_id": role["domain_id"],
                          "description": role["description"], "options": options}),
        );
    }
    if !project.is_empty() && roles.is_empty() {
        return refused("At least one role should be specified.");
    }
    let id = site.new_id("trust").replace('-', "");
    let trust = json!({
        "id": id, "trustor_user_id": given["trustor_user_id"],
        "trustee_user_id": given["trustee_user_id"],
        "project_id": if project.is_empty() { Value::Null } else { json!(project) },
        "impersonation": given["impersonation"].as_bool().unwrap_or(false),
        "expires_at": given["expires_at"], "remaining_uses": given["remaining_uses"],
        "redelegated_trust_id": null, "redelegation_count": 0, "deleted_at": null,
        "roles": roles,
    });
    data.trusts.push(trust.clone());
    drop(data);
    site.changed();
    json_response(StatusCode::CREATED, json!({"trust": shown(&site, &trust)}))
}

async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let Some(at) = data
        .trusts
        .iter()
        .position(|trust| trust["id"] == id.as_str())
    else {
        return not_found("trust", &id);
    };
    if data.trusts[at]["trustor_user_id"] != t.user_id.as_str() && !is_admin_in(&data, &t) {
        return forbidden("identity:delete_trust");
    }
    data.trusts.remove(at);
    drop(data);
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}
