//! Cinder's QoS specifications (admin only): made, changed, deleted, and
//! associated with volume types (a type's `qos_specs_id`), whose
//! association calls are GETs.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::S;
use super::types::{admin_request, forbidden};
use crate::http::{Q, Query, error, json_response, project_of};
use crate::keystone::is_admin;
use crate::site::{Data, Site, Token};

fn not_found(id: &str) -> Response {
    error(S, StatusCode::NOT_FOUND, &format!("No such QoS spec {id}."))
}

fn bad(message: &str) -> Response {
    error(S, StatusCode::BAD_REQUEST, message)
}

fn type_missing(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Volume type {id} could not be found."),
    )
}

/// A specification with its links, as a show and a create answer.
fn with_links(site: &Site, t: &Token, spec: &Value) -> Value {
    let (base, project, id) = (
        site.base(),
        project_of(t),
        spec["id"].as_str().unwrap_or_default(),
    );
    json!({"qos_specs": spec, "links": [
        {"rel": "self", "href": format!("{base}/volume/v3/{project}/qos-specs/{id}")},
        {"rel": "bookmark", "href": format!("{base}/volume/{project}/qos-specs/{id}")}
    ]})
}

/// Runs `then` with the site's data when the caller is an admin and the
/// specification `id` exists.
fn with_spec(
    site: &Site,
    t: &Token,
    id: &str,
    action: &str,
    then: impl FnOnce(&mut Data, usize) -> Response,
) -> Response {
    if !is_admin(site, t) {
        return forbidden(&format!("qos_specs_manage:{action}"));
    }
    let mut data = site.data.lock().unwrap();
    let Some(at) = data.qos_specs.iter().position(|s| s["id"] == id) else {
        return not_found(id);
    };
    let response = then(&mut data, at);
    site.changed();
    response
}

pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden("qos_specs_manage:get_all");
    }
    let data = site.data.lock().unwrap();
    let specs: Vec<&Value> = data.qos_specs.iter().collect();
    super::paged(
        &site,
        &t,
        &q,
        &specs,
        "qos-specs",
        "qos_specs",
        Value::clone,
    )
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    with_spec(&site, &t, &id, "get", |data, at| {
        json_response(StatusCode::OK, with_links(&site, &t, &data.qos_specs[at]))
    })
}

/// `POST /qos-specs`: a name, a consumer (`back-end` unless given) and
/// the other keys as the specification's.
pub(super) async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &t, &body, "qos_specs_manage:create") {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let mut specs = body["qos_specs"].as_object().cloned().unwrap_or_default();
    let name = specs
        .remove("name")
        .and_then(|n| n.as_str().map(|n| n.trim().to_string()))
        .unwrap_or_default();
    let consumer = specs.remove("consumer").unwrap_or(json!("back-end"));
    if !matches!(consumer.as_str(), Some("front-end" | "back-end" | "both")) {
        return bad(
            "Invalid qos specs: Valid consumer of QoS specs are: QoSConsumerValues(default= ,nullable=False,valid_values=('back-end', 'front-end', 'both'))",
        );
    }
    let mut data = site.data.lock().unwrap();
    if data.qos_specs.iter().any(|s| s["name"] == name.as_str()) {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("QoS Specs {name} already exists."),
        );
    }
    let spec =
        json!({"id": site.new_id("qos-specs"), "name": name, "consumer": consumer, "specs": specs});
    data.qos_specs.push(spec.clone());
    site.changed();
    json_response(StatusCode::OK, with_links(&site, &t, &spec))
}

/// `PUT /qos-specs/{id}`: keys added or changed; the keys given in the
/// answer.
pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let Ok(body) = super::parse(&body) else {
        return bad("Malformed request body");
    };
    let given = body["qos_specs"].as_object().cloned().unwrap_or_default();
    with_spec(&site, &t, &id, "update", |data, at| {
        let spec = &mut data.qos_specs[at];
        for (key, value) in &given {
            spec["specs"][key] = value.clone();
        }
        json_response(StatusCode::OK, json!({ "qos_specs": given }))
    })
}

/// `PUT /qos-specs/{id}/delete_keys`: each key taken off; the first
/// missing one is a 404.
pub(super) async fn delete_keys(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let Ok(body) = super::parse(&body) else {
        return bad("Malformed request body");
    };
    let keys: Vec<String> = body["keys"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    with_spec(&site, &t, &id, "update", |data, at| {
        let Some(specs) = data.qos_specs[at]["specs"].as_object_mut() else {
            return not_found(&id);
        };
        for key in &keys {
            if specs.remove(key).is_none() {
                return error(
                    S,
                    StatusCode::NOT_FOUND,
                    &format!("QoS spec {id} has no spec with key {key}."),
                );
            }
        }
        StatusCode::ACCEPTED.into_response()
    })
}

/// `DELETE /qos-specs/{id}`: refused while types use it unless `force`,
/// which takes it off them.
pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    Q(q): Query,
) -> Response {
    let force = q
        .get("force")
        .is_some_and(|f| f.eq_ignore_ascii_case("true"));
    with_spec(&site, &t, &id, "delete", |data, at| {
        let users = data
            .volume_types
            .iter()
            .any(|k| k["qos_specs_id"] == id.as_str());
        if users && !force {
            return bad("Qos specs still in use.");
        }
        release(data, &id, None);
        data.qos_specs.remove(at);
        StatusCode::ACCEPTED.into_response()
    })
}

/// Takes specification `id` off the type `only`, or off every type.
fn release(data: &mut Data, id: &str, only: Option<&str>) {
    for kind in data
        .volume_types
        .iter_mut()
        .filter(|k| k["qos_specs_id"] == id && only.is_none_or(|only| k["id"] == only))
    {
        kind["qos_specs_id"] = Value::Null;
    }
}

/// `GET /qos-specs/{id}/associations`: the types that use it, by ID.
pub(super) async fn associations(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    with_spec(&site, &t, &id, "get", |data, _| {
        let mut found: Vec<Value> = data
            .volume_types
            .iter()
            .filter(|k| k["qos_specs_id"] == id.as_str())
            .map(|k| json!({"association_type": "volume_type", "name": k["name"], "id": k["id"]}))
            .collect();
        found.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        json_response(StatusCode::OK, json!({ "qos_associations": found }))
    })
}

/// `GET /qos-specs/{id}/{associate|disassociate|disassociate_all}`:
/// Cinder's association calls, answered 202 with no body.
pub(super) async fn associate(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id, action)): Path<(String, String, String)>,
    Q(q): Query,
) -> Response {
    let q: HashMap<String, String> = q;
    with_spec(&site, &t, &id, "update", |data, _| {
        if action == "disassociate_all" {
            release(data, &id, None);
            return StatusCode::ACCEPTED.into_response();
        }
        if !matches!(action.as_str(), "associate" | "disassociate") {
            return error(S, StatusCode::NOT_FOUND, "The resource could not be found.");
        }
        let Some(kind_id) = q.get("vol_type_id") else {
            return bad("Volume Type id must not be None.");
        };
        let Some(kind) = data
            .volume_types
            .iter_mut()
            .find(|k| k["id"] == kind_id.as_str())
        else {
            return type_missing(kind_id);
        };
        match (action.as_str(), kind["qos_specs_id"].as_str()) {
            ("associate", Some(other)) if other != id => bad(&format!(
                "Invalid volume type: Type {kind_id} is already associated with another qos specs: {other}"
            )),
            ("associate", _) => {
                kind["qos_specs_id"] = json!(id);
                StatusCode::ACCEPTED.into_response()
            }
            _ => {
                release(data, &id, Some(kind_id));
                StatusCode::ACCEPTED.into_response()
            }
        }
    })
}
