//! Nova's quota sets (`/os-quota-sets`, `/os-quota-class-sets`): the
//! defaults, a project's own values and what it uses, and a `PUT`'s checks
//! with Nova's words. From 2.57 the injected-file quotas are gone, as in
//! Nova; below 2.36 Nova would add the nova-network ones, which the
//! simulator leaves out (every client it serves sends 2.56 or later).

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Map, Value, json};

use super::{S, microversion, usage};
use crate::http::{error, json_response};
use crate::quotas::{Refusal, object, parse};
use crate::site::{Data, Site};

/// The quotas a microversion shows.
fn at(headers: &HeaderMap, values: Vec<(String, i64)>) -> Vec<(String, i64)> {
    let gone = microversion(headers) >= (2, 57);
    values
        .into_iter()
        .filter(|(k, _)| !(gone && k.starts_with("injected_file")))
        .collect()
}

/// Nova asks Keystone whether the project exists.
fn unknown_project(data: &Data, project: &str) -> Option<Response> {
    let known = data.projects.iter().any(|p| p["id"] == project);
    (!known).then(|| {
        error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Project ID {project} is not a valid project."),
        )
    })
}

fn with_id(id: &str, values: &[(String, i64)]) -> Map<String, Value> {
    let mut set = Map::new();
    set.insert("id".into(), json!(id));
    set.extend(object(values));
    set
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    Path(project): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    if let Some(refused) = unknown_project(&data, &project) {
        return refused;
    }
    let values = at(&headers, data.compute_quotas.of(&project));
    json_response(
        StatusCode::OK,
        json!({"quota_set": with_id(&project, &values)}),
    )
}

pub(super) async fn detail(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    Path(project): Path<String>,
) -> Response {
    let (cores, instances, ram) = usage(&site, &project);
    let data = site.data.lock().unwrap();
    if let Some(refused) = unknown_project(&data, &project) {
        return refused;
    }
    let groups = data
        .server_groups
        .iter()
        .filter(|g| g["project_id"] == project.as_str())
        .count() as i64;
    let mut set = Map::new();
    set.insert("id".into(), json!(project));
    for (name, limit) in at(&headers, data.compute_quotas.of(&project)) {
        let in_use = match name.as_str() {
            "cores" => cores,
            "instances" => instances,
            "ram" => ram,
            "server_groups" => groups,
            _ => 0,
        };
        set.insert(
            name,
            json!({"limit": limit, "in_use": in_use, "reserved": 0}),
        );
    }
    json_response(StatusCode::OK, json!({"quota_set": set}))
}

pub(super) async fn defaults(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    Path(project): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    if let Some(refused) = unknown_project(&data, &project) {
        return refused;
    }
    let values = at(&headers, data.compute_quotas.defaults());
    json_response(
        StatusCode::OK,
        json!({"quota_set": with_id(&project, &values)}),
    )
}

/// The values of a `PUT`'s `key` object, or Nova's 400.
fn values(
    data: &Data,
    headers: &HeaderMap,
    body: &Bytes,
    key: &str,
) -> Result<(Vec<(String, i64)>, bool), Response> {
    let body: Value = serde_json::from_slice(body)
        .map_err(|_| error(S, StatusCode::BAD_REQUEST, "Malformed request body"))?;
    let Some(set) = body[key].as_object() else {
        return Err(error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid input for field/attribute {key}. Value: None. None is not of type 'object'"
            ),
        ));
    };
    let known: Vec<String> = at(headers, data.compute_quotas.defaults())
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    let ignored: &[&str] = if key == "quota_set" { &["force"] } else { &[] };
    match parse(&known, set, ignored) {
        Ok(values) => Ok((values, set.get("force") == Some(&json!(true)))),
        Err(Refusal::Unknown(names)) => Err(error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid input for field/attribute {key}. Value: {}. Additional properties are not allowed ({} {} unexpected)",
                python(&Value::Object(set.clone())),
                names
                    .iter()
                    .map(|n| format!("'{n}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if names.len() == 1 { "was" } else { "were" },
            ),
        )),
        Err(Refusal::Invalid { name, value }) => {
            let why = match &value {
                Value::Number(n) => format!("{n} is less than the minimum of -1"),
                other => format!("{} does not match '^-?[0-9]+$'", python(other)),
            };
            Err(error(
                S,
                StatusCode::BAD_REQUEST,
                &format!(
                    "Invalid input for field/attribute {name}. Value: {}. {why}",
                    value.as_str().map_or(value.to_string(), str::to_string)
                ),
            ))
        }
    }
}

/// A JSON value as Python prints it, as Nova's messages quote the body.
fn python(value: &Value) -> String {
    match value {
        Value::String(s) => format!("'{s}'"),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Null => "None".into(),
        Value::Object(o) => format!(
            "{{{}}}",
            o.iter()
                .map(|(k, v)| format!("'{k}': {}", python(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Value::Array(a) => format!("[{}]", a.iter().map(python).collect::<Vec<_>>().join(", ")),
        Value::Number(n) => n.to_string(),
    }
}

/// `PUT /os-quota-sets/{project}`: without `force`, no limit below what
/// the project uses, as Nova checks.
pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    Path(project): Path<String>,
    body: Bytes,
) -> Response {
    let (cores, instances, ram) = usage(&site, &project);
    let mut data = site.data.lock().unwrap();
    if let Some(refused) = unknown_project(&data, &project) {
        return refused;
    }
    let (values, force) = match values(&data, &headers, &body, "quota_set") {
        Ok(v) => v,
        Err(refused) => return refused,
    };
    if !force {
        for (name, limit) in &values {
            let used = match name.as_str() {
                "cores" => cores,
                "instances" => instances,
                "ram" => ram,
                _ => 0,
            };
            if *limit != -1 && *limit < used {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!(
                        "Quota limit {limit} for {name} must be greater than or equal to already used and reserved {used}."
                    ),
                );
            }
        }
    }
    data.compute_quotas.set(&project, values);
    site.changed();
    let values = at(&headers, data.compute_quotas.of(&project));
    json_response(StatusCode::OK, json!({"quota_set": object(&values)}))
}

/// `DELETE /os-quota-sets/{project}`: back to the defaults.
pub(super) async fn revert(
    Extension(site): Extension<Arc<Site>>,
    Path(project): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    if let Some(refused) = unknown_project(&data, &project) {
        return refused;
    }
    data.compute_quotas.revert(&project);
    site.changed();
    StatusCode::ACCEPTED.into_response()
}

pub(super) async fn class(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    Path(class): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    let values = at(&headers, data.compute_quotas.defaults());
    json_response(
        StatusCode::OK,
        json!({"quota_class_set": with_id(&class, &values)}),
    )
}

/// `PUT /os-quota-class-sets/{class}`: the `default` class is the
/// defaults; Nova keeps other classes but uses none of them.
pub(super) async fn update_class(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    Path(class): Path<String>,
    body: Bytes,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let (values, _) = match values(&data, &headers, &body, "quota_class_set") {
        Ok(v) => v,
        Err(refused) => return refused,
    };
    if class == "default" {
        data.compute_quotas.set_defaults(values);
        site.changed();
    }
    let values = at(&headers, data.compute_quotas.defaults());
    json_response(StatusCode::OK, json!({"quota_class_set": object(&values)}))
}
