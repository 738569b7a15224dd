//! Neutron's quotas (`/v2.0/quotas`): the defaults of its configuration, a
//! project's own values and what it uses, the projects that have values of
//! their own, and a `PUT`'s checks with Neutron's words.

use std::sync::Arc;

use axum::Extension;
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, S};
use crate::http::{error, json_response};
use crate::quotas::{Refusal, object, parse};
use crate::site::Site;

/// Neutron's default quotas, in the order it answers with them.
pub const QUOTAS: &[(&str, i64)] = &[
    ("network", 100),
    ("subnet", 100),
    ("subnetpool", -1),
    ("port", 500),
    ("router_route", 30),
    ("router", 10),
    ("floatingip", 50),
    ("rbac_policy", 10),
    ("security_group", 10),
    ("security_group_rule", 100),
];

pub(super) fn routes(router: Router) -> Router {
    router
        .route("/v2.0/quotas", get(list))
        .route(
            "/v2.0/quotas/{project}",
            get(show).put(update).delete(revert),
        )
        .route("/v2.0/quotas/{project}/details", get(details))
        .route("/v2.0/quotas/{project}/details.json", get(details))
        .route("/v2.0/quotas/{project}/default", get(defaults))
}

/// `GET /quotas`: the projects with values of their own.
async fn list(Extension(site): Extension<Arc<Site>>) -> Response {
    let data = site.data.lock().unwrap();
    let mut projects = data.network_quotas.customised();
    projects.sort();
    let quotas: Vec<Value> = projects
        .iter()
        .map(|p| {
            let mut quota = object(&data.network_quotas.of(p));
            quota.insert("project_id".into(), json!(p));
            quota.insert("tenant_id".into(), json!(p));
            Value::Object(quota)
        })
        .collect();
    json_response(StatusCode::OK, json!({ "quotas": quotas }))
}

async fn show(Extension(site): Extension<Arc<Site>>, Path(project): Path<String>) -> Response {
    let data = site.data.lock().unwrap();
    let quota = object(&data.network_quotas.of(&project));
    json_response(StatusCode::OK, json!({ "quota": quota }))
}

async fn defaults(Extension(site): Extension<Arc<Site>>) -> Response {
    let data = site.data.lock().unwrap();
    let quota = object(&data.network_quotas.defaults());
    json_response(StatusCode::OK, json!({ "quota": quota }))
}

/// `GET /quotas/{project}/details[.json]`: limit, used and reserved.
async fn details(Extension(site): Extension<Arc<Site>>, Path(project): Path<String>) -> Response {
    let mut data = site.data.lock().unwrap();
    let quota: serde_json::Map<String, Value> = data
        .network_quotas
        .of(&project)
        .into_iter()
        .map(|(name, limit)| {
            let kind = match name.as_str() {
                "network" => Some(Kind::Network),
                "subnet" => Some(Kind::Subnet),
                "port" => Some(Kind::Port),
                "floatingip" => Some(Kind::FloatingIp),
                "router" => Some(Kind::Router),
                "subnetpool" => Some(Kind::SubnetPool),
                "rbac_policy" => Some(Kind::RbacPolicy),
                "security_group" => Some(Kind::SecurityGroup),
                "security_group_rule" => Some(Kind::SecurityGroupRule),
                _ => None,
            };
            let used = kind.map_or(0, |kind| {
                kind.items(&mut data)
                    .iter()
                    .filter(|i| i["project_id"] == project.as_str())
                    .count()
            });
            (name, json!({"limit": limit, "used": used, "reserved": 0}))
        })
        .collect();
    json_response(StatusCode::OK, json!({ "quota": quota }))
}

/// `PUT /quotas/{project}`: `check_limit` and `force` are taken; the
/// simulator does not compare with what is used.
async fn update(
    Extension(site): Extension<Arc<Site>>,
    Path(project): Path<String>,
    body: Bytes,
) -> Response {
    let bad = |message: String| error(S, StatusCode::BAD_REQUEST, &message);
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return bad("Malformed request body".into());
    };
    let Some(quota) = body["quota"].as_object() else {
        return bad("Resource body required".into());
    };
    let mut data = site.data.lock().unwrap();
    let values = match parse(
        &data.network_quotas.names(),
        quota,
        &["check_limit", "force"],
    ) {
        Ok(values) => values,
        Err(Refusal::Unknown(names)) => {
            let names: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
            return bad(format!("Unrecognized attribute(s) {}", names.join(", ")));
        }
        Err(Refusal::Invalid { name, value }) => {
            return match value {
                Value::Number(n) => bad(format!(
                    "Invalid input for {name}. Reason: '{n}' is too small - must be at least '-1'."
                )),
                other => bad(format!(
                    "Invalid input for operation: '{}' is not an integer.",
                    other.as_str().map_or(other.to_string(), str::to_string)
                )),
            };
        }
    };
    data.network_quotas.set(&project, values);
    site.changed();
    let quota = object(&data.network_quotas.of(&project));
    json_response(StatusCode::OK, json!({ "quota": quota }))
}

async fn revert(Extension(site): Extension<Arc<Site>>, Path(project): Path<String>) -> Response {
    site.data.lock().unwrap().network_quotas.revert(&project);
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}
