//! Cinder's volume types: public ones for everyone, private ones for the
//! projects given access; extra specs (users see only the few Cinder
//! shows them); one default type, which cannot be deleted. Admins make and
//! change them.

use std::sync::Arc;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Map, Value, json};

use super::{S, parse};
use crate::http::{Q, Query, error, json_response, project_of, public};
use crate::keystone::is_admin;
use crate::site::{Data, Site, Token};

/// The extra specs Cinder shows to users who are not admins.
const USER_VISIBLE: [&str; 3] = [
    "RESKEY:availability_zones",
    "multiattach",
    "replication_enabled",
];

/// A volume type as the seed makes it.
pub fn type_json(id: &str, name: &str, description: Option<&str>, default: bool) -> Value {
    json!({"id": id, "name": name, "is_public": true, "description": description,
           "extra_specs": {}, "qos_specs_id": null, "os-volume-type-access:is_public": true,
           "_access": [], "_default": default})
}

fn not_found(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Volume type {id} could not be found."),
    )
}

pub(super) fn forbidden(action: &str) -> Response {
    error(
        S,
        StatusCode::FORBIDDEN,
        &format!("Policy doesn't allow volume_extension:{action} to be performed."),
    )
}

/// The body of a request only an admin may make, or Cinder's refusal.
pub(super) fn admin_request(
    site: &Site,
    t: &Token,
    body: &Bytes,
    action: &str,
) -> Result<Value, Response> {
    if !is_admin(site, t) {
        return Err(forbidden(action));
    }
    parse(body)
}

/// Whether the project may use the type.
fn usable(kind: &Value, project: &str, admin: bool) -> bool {
    admin
        || kind["is_public"] == true
        || kind["_access"]
            .as_array()
            .is_some_and(|a| a.iter().any(|p| p == project))
}

/// The type as the caller is shown it.
fn shown(kind: &Value, admin: bool) -> Value {
    let mut v = public(kind);
    if !admin && let Some(specs) = v["extra_specs"].as_object_mut() {
        specs.retain(|k, _| USER_VISIBLE.contains(&k.as_str()));
    }
    v
}

/// The type `id` (or `default`) the caller may use, by index.
fn find(data: &Data, id: &str, project: &str, admin: bool) -> Result<usize, Response> {
    data.volume_types
        .iter()
        .position(|k| {
            (k["id"] == id || (id == "default" && k["_default"] == true))
                && usable(k, project, admin)
        })
        .ok_or_else(|| not_found(id))
}

/// The name of the type a new volume gets: the one named (by name or ID),
/// else the default; Cinder's 404 when there is none such.
pub fn for_new_volume(
    data: &Data,
    wanted: Option<&str>,
    project: &str,
) -> Result<String, Response> {
    let found = data.volume_types.iter().find(|k| match wanted {
        Some(w) => (k["name"] == w || k["id"] == w) && usable(k, project, true),
        None => k["_default"] == true,
    });
    match (found, wanted) {
        (Some(kind), _) => Ok(kind["name"].as_str().unwrap_or_default().to_string()),
        (None, Some(w)) => Err(error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Volume type with name {w} could not be found."),
        )),
        (None, None) => Ok(String::new()),
    }
}

pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    let admin = is_admin(&site, &t);
    let project = project_of(&t);
    // An admin asks for every type (`none`), the public or the private
    // ones; without it, and for everyone else, the types the project may
    // use are listed.
    let asked = q.get("is_public").map(|v| v.to_lowercase());
    let wanted = |k: &Value| match asked.as_deref() {
        Some("none") if admin => true,
        Some("true") if admin => k["is_public"] == true,
        Some("false") if admin => k["is_public"] == false,
        _ => usable(k, &project, false),
    };
    // `extra_specs` (3.52): a Python literal of the specs every type
    // listed has; one a user may not see matches nothing.
    let specs: Map<String, Value> = q
        .get("extra_specs")
        .and_then(|text| serde_json::from_str(&text.replace('\'', "\"")).ok())
        .unwrap_or_default();
    let hidden = !admin && specs.keys().any(|k| !USER_VISIBLE.contains(&k.as_str()));
    let has_specs = |k: &Value| {
        specs
            .iter()
            .all(|(key, want)| k["extra_specs"][key] == *want)
    };
    let data = site.data.lock().unwrap();
    // Newest first, as Cinder lists them.
    let types: Vec<Value> = data
        .volume_types
        .iter()
        .rev()
        .filter(|k| wanted(k) && has_specs(k) && !hidden)
        .map(|k| shown(k, admin))
        .collect();
    json_response(StatusCode::OK, json!({"volume_types": types}))
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let admin = is_admin(&site, &t);
    let data = site.data.lock().unwrap();
    match find(&data, &id, &project_of(&t), admin) {
        Ok(at) => {
            let mut kind = shown(&data.volume_types[at], admin);
            if id == "default"
                && let Some(fields) = kind.as_object_mut()
            {
                fields.remove("os-volume-type-access:is_public");
            }
            json_response(StatusCode::OK, json!({"volume_type": kind}))
        }
        Err(r) => r,
    }
}

pub(super) async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &t, &body, "type_create") {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = &body["volume_type"];
    let Some(name) = spec["name"].as_str().filter(|n| !n.is_empty()) else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Volume type name can not be empty.",
        );
    };
    let id = site.new_id("volume-type");
    let mut data = site.data.lock().unwrap();
    if data.volume_types.iter().any(|k| k["name"] == name) {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Volume Type {name} already exists."),
        );
    }
    let mut kind = type_json(&id, name, spec["description"].as_str(), false);
    let is_public = spec["os-volume-type-access:is_public"] != false;
    kind["is_public"] = json!(is_public);
    kind["os-volume-type-access:is_public"] = json!(is_public);
    if let Some(specs) = spec["extra_specs"].as_object() {
        kind["extra_specs"] = json!(specs);
    }
    data.volume_types.push(kind.clone());
    let mut answer = public(&kind);
    if let Some(fields) = answer.as_object_mut() {
        fields.remove("qos_specs_id");
    }
    json_response(StatusCode::OK, json!({"volume_type": answer}))
}

pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &t, &body, "type_update") {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = body["volume_type"].as_object().cloned().unwrap_or_default();
    if let Some(key) = spec
        .keys()
        .find(|k| !["name", "description", "is_public"].contains(&k.as_str()))
    {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid input for field/attribute volume_type. Value: {}. Additional properties are not allowed ('{key}' was unexpected)",
                Value::Object(spec.clone())
            ),
        );
    }
    let mut data = site.data.lock().unwrap();
    let at = match find(&data, &id, "", true) {
        Ok(at) => at,
        Err(r) => return r,
    };
    if let Some(name) = spec.get("name").and_then(Value::as_str)
        && data
            .volume_types
            .iter()
            .any(|k| k["name"] == name && k["id"] != id.as_str())
    {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Volume type {name} already exists."),
        );
    }
    let kind = &mut data.volume_types[at];
    for (key, value) in &spec {
        kind[key.as_str()] = value.clone();
        if key == "is_public" {
            kind["os-volume-type-access:is_public"] = value.clone();
        }
    }
    let mut answer = public(kind);
    if let Some(fields) = answer.as_object_mut() {
        fields.remove("qos_specs_id");
        fields.remove("os-volume-type-access:is_public");
    }
    json_response(StatusCode::OK, json!({"volume_type": answer}))
}

pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden("type_delete");
    }
    let mut data = site.data.lock().unwrap();
    let at = match find(&data, &id, "", true) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let kind = &data.volume_types[at];
    if kind["_default"] == true {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("The volume type {id} is a default volume type and cannot be deleted."),
        );
    }
    if data
        .volumes
        .iter()
        .any(|v| v["volume_type"] == kind["name"])
    {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Target volume type is still in use.",
        );
    }
    data.volume_types.remove(at);
    StatusCode::ACCEPTED.into_response()
}

pub(super) async fn extra_specs(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let admin = is_admin(&site, &t);
    let data = site.data.lock().unwrap();
    match find(&data, &id, &project_of(&t), admin) {
        Ok(at) => {
            let specs = shown(&data.volume_types[at], admin)["extra_specs"].clone();
            json_response(StatusCode::OK, json!({"extra_specs": specs}))
        }
        Err(r) => r,
    }
}

pub(super) async fn set_extra_specs(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &t, &body, "types_extra_specs:create") {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let Some(given) = body["extra_specs"].as_object().cloned() else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Missing required element 'extra_specs' in request body.",
        );
    };
    let mut data = site.data.lock().unwrap();
    let at = match find(&data, &id, "", true) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let specs = &mut data.volume_types[at]["extra_specs"];
    let mut merged: Map<String, Value> = specs.as_object().cloned().unwrap_or_default();
    merged.extend(given.clone());
    *specs = Value::Object(merged);
    json_response(StatusCode::OK, json!({"extra_specs": given}))
}

pub(super) async fn delete_extra_spec(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id, key)): Path<(String, String, String)>,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden("types_extra_specs:delete");
    }
    let mut data = site.data.lock().unwrap();
    let at = match find(&data, &id, "", true) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let removed = data.volume_types[at]["extra_specs"]
        .as_object_mut()
        .and_then(|specs| specs.remove(&key));
    match removed {
        Some(_) => StatusCode::ACCEPTED.into_response(),
        None => error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Volume Type {id} has no extra specs with key {key}."),
        ),
    }
}

/// `addProjectAccess` and `removeProjectAccess`, for private types.
pub(super) async fn action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match admin_request(&site, &t, &body, "volume_type_access:addProjectAccess") {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let (adding, project) = match (
        body["addProjectAccess"]["project"].as_str(),
        body["removeProjectAccess"]["project"].as_str(),
    ) {
        (Some(p), _) => (true, p.to_string()),
        (None, Some(p)) => (false, p.to_string()),
        _ => return error(S, StatusCode::BAD_REQUEST, "Invalid request body"),
    };
    let mut data = site.data.lock().unwrap();
    let at = match find(&data, &id, "", true) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let kind = &mut data.volume_types[at];
    if kind["is_public"] == true {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid volume type: Type access modification is not applicable to public volume type.",
        );
    }
    let access = kind["_access"].as_array_mut().expect("an access list");
    let has = access.iter().position(|p| p == project.as_str());
    match (adding, has) {
        (true, Some(_)) => error(
            S,
            StatusCode::CONFLICT,
            &format!("Volume type access for {id} / {project} combination already exists."),
        ),
        (true, None) => {
            access.push(json!(project));
            StatusCode::ACCEPTED.into_response()
        }
        (false, Some(i)) => {
            access.remove(i);
            StatusCode::ACCEPTED.into_response()
        }
        (false, None) => error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Volume type access not found for {id} / {project} combination."),
        ),
    }
}

pub(super) async fn access(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if !is_admin(&site, &t) {
        return forbidden("volume_type_access");
    }
    let data = site.data.lock().unwrap();
    let at = match find(&data, &id, "", true) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let kind = &data.volume_types[at];
    if kind["is_public"] == true {
        return error(
            S,
            StatusCode::NOT_FOUND,
            "Access list not available for public volume types.",
        );
    }
    let access: Vec<Value> = kind["_access"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| json!({"volume_type_id": id, "project_id": p}))
        .collect();
    json_response(StatusCode::OK, json!({"volume_type_access": access}))
}
