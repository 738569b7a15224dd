//! Cinder's services: the scheduler and the volume service of the site,
//! listed by host and binary, enabled and disabled (with a reason).

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, parse};
use crate::http::{Q, Query, error, json_response, microversion};
use crate::keystone::is_admin;
use crate::site::{Site, Token, iso_micro};

/// The site's Cinder services, as its data keeps them.
pub fn seeded(site: &str) -> Vec<Value> {
    [
        ("cinder-backup", format!("{site}-volume1")),
        ("cinder-scheduler", format!("{site}-volume1")),
        ("cinder-volume", format!("{site}-volume1@lvmdriver-1")),
    ]
    .into_iter()
    .map(|(binary, host)| {
        json!({"binary": binary, "host": host, "zone": "nova",
                                 "status": "enabled", "disabled_reason": null})
    })
    .collect()
}

/// A service as Cinder shows it at microversion `v`: `cluster` from 3.7,
/// `backend_state` (of a volume service) from 3.49, replication for a
/// volume service.
fn shown(service: &Value, v: (u32, u32)) -> Value {
    let mut s = service.clone();
    s["state"] = json!("up");
    s["updated_at"] = json!(iso_micro(SystemTime::now()));
    let volume = service["binary"] == "cinder-volume";
    if v >= (3, 7) {
        s["cluster"] = Value::Null;
    }
    if v >= (3, 49) && volume {
        s["backend_state"] = json!("up");
    }
    if volume {
        s["replication_status"] = json!("disabled");
        s["active_backend_id"] = Value::Null;
        s["frozen"] = json!(false);
    }
    s
}

fn forbidden() -> Response {
    error(
        S,
        StatusCode::FORBIDDEN,
        "Policy doesn't allow volume_extension:services:index to be performed.",
    )
}

pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: HeaderMap,
    Q(q): Query,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden();
    }
    let v = microversion(&headers, "volume", None, (3, 0), (3, 71));
    let data = site.data.lock().unwrap();
    let services: Vec<Value> = data
        .volume_services
        .iter()
        // A host is also its backends' (`host@backend`), as in Cinder.
        .filter(|s| {
            q.get("host").is_none_or(|h| {
                let host = s["host"].as_str().unwrap_or_default();
                host == h
                    || host
                        .strip_prefix(h.as_str())
                        .is_some_and(|b| b.starts_with('@'))
            })
        })
        .filter(|s| q.get("binary").is_none_or(|b| s["binary"] == b.as_str()))
        .map(|s| shown(s, v))
        .collect();
    json_response(StatusCode::OK, json!({"services": services}))
}

/// `enable`, `disable` and `disable-log-reason`.
pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, action)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden();
    }
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let disabling = match action.as_str() {
        "enable" => false,
        "disable" | "disable-log-reason" => true,
        _ => return error(S, StatusCode::NOT_FOUND, "Unknown action"),
    };
    let (Some(host), Some(binary)) = (body["host"].as_str(), body["binary"].as_str()) else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Missing required element 'host' in request body.",
        );
    };
    let mut data = site.data.lock().unwrap();
    let Some(service) = data
        .volume_services
        .iter_mut()
        .find(|s| s["host"] == host && s["binary"] == binary)
    else {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Host {host} could not be found."),
        );
    };
    let status = if disabling { "disabled" } else { "enabled" };
    service["status"] = json!(status);
    service["disabled_reason"] = body["disabled_reason"].clone();
    let mut answer = json!({"host": host, "service": "", "binary": binary, "status": status,
                            "disabled": disabling});
    if action == "disable-log-reason" {
        answer["disabled_reason"] = body["disabled_reason"].clone();
    }
    json_response(StatusCode::OK, answer)
}
