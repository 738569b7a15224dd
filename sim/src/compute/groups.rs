//! Nova's server groups (`/os-server-groups`) as compute 2.64 and later
//! shape them: one `policy`, its `rules`, the `members`.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, not_found};
use crate::http::{Q, Query, error, json_response, project_of};
use crate::site::{Site, Token};

const POLICIES: [&str; 4] = [
    "affinity",
    "anti-affinity",
    "soft-affinity",
    "soft-anti-affinity",
];

/// The token's project's groups, or every project's with `all_projects`
/// (the simulator's users are admins).
pub(super) async fn list_groups(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    let all = q
        .get("all_projects")
        .is_some_and(|v| v.eq_ignore_ascii_case("true") || v == "1");
    let data = site.data.lock().unwrap();
    let groups: Vec<&Value> = data
        .server_groups
        .iter()
        .filter(|g| all || g["project_id"] == project_of(&t).as_str())
        .collect();
    json_response(StatusCode::OK, json!({ "server_groups": groups }))
}

/// A new group: a name, one of Nova's four policies, and rules only for
/// anti-affinity (`max_server_per_host`, a positive integer); 200.
pub(super) async fn create_group(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["server_group"];
    let (Some(name), Some(policy)) = (spec["name"].as_str(), spec["policy"].as_str()) else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute server_group.",
        );
    };
    if !POLICIES.contains(&policy) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Invalid input for field/attribute policy. Value: {policy}."),
        );
    }
    // Nova's schema: a positive integer, or its digits as a string (what
    // python-openstackclient sends); stored as the number.
    let max = |v: &Value| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            .filter(|n| *n >= 1)
    };
    let rules: Option<serde_json::Map<String, Value>> = match spec.get("rules") {
        None => Some(serde_json::Map::new()),
        Some(Value::Object(r)) if r.is_empty() => Some(serde_json::Map::new()),
        Some(Value::Object(r)) if policy == "anti-affinity" => r
            .iter()
            .map(|(k, v)| match (k.as_str(), max(v)) {
                ("max_server_per_host", Some(n)) => Some((k.clone(), json!(n))),
                _ => None,
            })
            .collect(),
        _ => None,
    };
    let Some(rules) = rules else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute rules.",
        );
    };
    let group = json!({
        "id": site.new_id("server-group"), "name": name, "policy": policy, "rules": rules,
        "members": [], "project_id": project_of(&t), "user_id": t.user_id,
    });
    site.data.lock().unwrap().server_groups.push(group.clone());
    site.changed();
    json_response(StatusCode::OK, json!({ "server_group": group }))
}

pub(super) async fn show_group(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.server_groups.iter().find(|g| g["id"] == id.as_str()) {
        Some(group) => json_response(StatusCode::OK, json!({ "server_group": group })),
        None => not_found(&format!("Server group {id} could not be found.")),
    }
}

pub(super) async fn delete_group(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.server_groups.len();
    data.server_groups.retain(|g| g["id"] != id.as_str());
    if data.server_groups.len() == before {
        return not_found(&format!("Server group {id} could not be found."));
    }
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}
