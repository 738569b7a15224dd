//! Nova's host aggregates (`/os-aggregates`, admin): integer IDs with a
//! UUID (2.41), a name unique per site, an availability zone kept also in
//! the metadata, hosts added and removed by action. A site's one host has
//! servers, so an aggregate with a zone can neither take it nor give it
//! back (Nova's 409: the servers' zone would change).

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Map, Value, json};

use super::S;
use crate::http::{error, json_response};
use crate::site::{Site, iso_micro};

/// An aggregate as the site keeps it.
#[derive(Clone, Debug)]
pub struct Aggregate {
    pub id: u64,
    pub uuid: String,
    pub name: String,
    pub zone: Option<String>,
    pub hosts: Vec<String>,
    /// Without the zone, which is shown in it.
    pub metadata: Map<String, Value>,
    pub created: SystemTime,
    pub updated: Option<SystemTime>,
}

/// Nova's time: whole seconds as kept in its database, microseconds when
/// just written.
fn at(t: SystemTime, kept: bool) -> String {
    let t = if kept {
        let secs = t
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs)
    } else {
        t
    };
    iso_micro(t).trim_end_matches('Z').to_string()
}

fn shown(a: &Aggregate) -> Value {
    let mut metadata = a.metadata.clone();
    if let Some(zone) = &a.zone {
        metadata.insert("availability_zone".into(), json!(zone));
    }
    json!({"id": a.id, "uuid": a.uuid, "name": a.name, "hosts": a.hosts, "metadata": metadata,
           "created_at": at(a.created, true), "updated_at": a.updated.map(|t| at(t, true)),
           "deleted_at": null, "deleted": false, "availability_zone": a.zone})
}

fn answer(aggregate: Value) -> Response {
    json_response(StatusCode::OK, json!({ "aggregate": aggregate }))
}

/// Nova takes only integer IDs in the path.
fn not_integer(id: &str) -> Option<Response> {
    id.parse::<u64>().is_err().then(|| {
        error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input received: id must be an integer",
        )
    })
}

fn missing(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Aggregate {id} could not be found."),
    )
}

pub(super) async fn list(Extension(site): Extension<Arc<Site>>) -> Response {
    let data = site.data.lock().unwrap();
    let aggregates: Vec<Value> = data.aggregates.iter().map(shown).collect();
    json_response(StatusCode::OK, json!({ "aggregates": aggregates }))
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = not_integer(&id) {
        return refused;
    }
    let data = site.data.lock().unwrap();
    match data.aggregates.iter().find(|a| a.id.to_string() == id) {
        Some(a) => answer(shown(a)),
        None => missing(&id),
    }
}

/// `POST /os-aggregates`: 409 for a name the site has; the answer is the
/// new row, without hosts or metadata.
pub(super) async fn create(Extension(site): Extension<Arc<Site>>, body: Bytes) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let Some(name) = body["aggregate"]["name"].as_str() else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute aggregate. Value: {}. 'name' is a required property",
        );
    };
    let mut data = site.data.lock().unwrap();
    if data.aggregates.iter().any(|a| a.name == name) {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Aggregate {name} already exists."),
        );
    }
    let aggregate = Aggregate {
        id: data.aggregates.iter().map(|a| a.id).max().unwrap_or(0) + 1,
        uuid: site.new_id("aggregate"),
        name: name.to_string(),
        zone: body["aggregate"]["availability_zone"]
            .as_str()
            .map(str::to_string),
        hosts: Vec::new(),
        metadata: Map::new(),
        created: SystemTime::now(),
        updated: None,
    };
    let mut created = shown(&aggregate);
    let object = created.as_object_mut().expect("an object");
    object.remove("hosts");
    object.remove("metadata");
    created["created_at"] = json!(at(aggregate.created, false));
    data.aggregates.push(aggregate);
    site.changed();
    answer(created)
}

/// `PUT /os-aggregates/{id}`: the name and the zone.
pub(super) async fn update(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = not_integer(&id) {
        return refused;
    }
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let mut data = site.data.lock().unwrap();
    let Some(a) = data.aggregates.iter_mut().find(|a| a.id.to_string() == id) else {
        return missing(&id);
    };
    if let Some(name) = body["aggregate"]["name"].as_str() {
        a.name = name.to_string();
    }
    if let Some(zone) = body["aggregate"]["availability_zone"].as_str() {
        a.zone = Some(zone.to_string());
    }
    let now = SystemTime::now();
    a.updated = Some(now);
    let mut updated = shown(a);
    updated["updated_at"] = json!(at(now, false));
    site.changed();
    answer(updated)
}

/// `DELETE /os-aggregates/{id}`: 400 while it has hosts, as Nova.
pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = not_integer(&id) {
        return refused;
    }
    let mut data = site.data.lock().unwrap();
    let Some(index) = data.aggregates.iter().position(|a| a.id.to_string() == id) else {
        return missing(&id);
    };
    if !data.aggregates[index].hosts.is_empty() {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Cannot remove host from aggregate {id}. Reason: Host aggregate is not empty."
            ),
        );
    }
    data.aggregates.remove(index);
    site.changed();
    StatusCode::OK.into_response()
}

/// `POST /os-aggregates/{id}/action`: `add_host`, `remove_host` (the
/// site's one host; with a zone, Nova's 409 since it has servers) and
/// `set_metadata` (null removes a key).
pub(super) async fn action(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = not_integer(&id) {
        return refused;
    }
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let Some((action, args)) = body.iter().next() else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let compute = super::hosts::host(&site);
    let mut data = site.data.lock().unwrap();
    let count = data.servers.len();
    let busy = count > 0;
    let Some(a) = data.aggregates.iter_mut().find(|a| a.id.to_string() == id) else {
        return missing(&id);
    };
    let host = args["host"].as_str().unwrap_or_default();
    let known = host == compute;
    let zone_change = |from: &str, to: &str, verb: &str, prep: &str| {
        error(
            S,
            StatusCode::CONFLICT,
            &format!(
                "Cannot {verb} host {prep} aggregate {id}. Reason: The host cannot be {verb}ed \
                 {prep} the aggregate as the availability zone of the host would change from \
                 '{from}' to '{to}' but the host already has {} instance(s). Changing the AZ of \
                 an existing instance is not supported by this action. Move the instances away \
                 from this host then try again. If you need to move the instances between AZs \
                 then you can use shelve_offload and unshelve to achieve this..",
                count
            ),
        )
    };
    let mut just_updated = None;
    match action.as_str() {
        "add_host" | "remove_host" if !known => {
            return error(
                S,
                StatusCode::NOT_FOUND,
                &format!("Compute host {host} could not be found."),
            );
        }
        "add_host" => {
            if a.hosts.iter().any(|h| h == host) {
                return error(
                    S,
                    StatusCode::CONFLICT,
                    &format!("Aggregate {id} already has host {host}."),
                );
            }
            if let (Some(zone), true) = (&a.zone, busy) {
                return zone_change("None", zone, "add", "to");
            }
            a.hosts.push(host.to_string());
        }
        "remove_host" => {
            if !a.hosts.iter().any(|h| h == host) {
                return error(
                    S,
                    StatusCode::NOT_FOUND,
                    &format!("Cannot remove host {host} in aggregate {id}"),
                );
            }
            if let (Some(zone), true) = (&a.zone, busy) {
                return zone_change(zone, "None", "remove", "from");
            }
            a.hosts.retain(|h| h != host);
            a.updated = Some(SystemTime::now());
        }
        "set_metadata" => {
            for (key, value) in args["metadata"].as_object().into_iter().flatten() {
                match (key.as_str(), value) {
                    ("availability_zone", Value::String(zone)) => a.zone = Some(zone.clone()),
                    ("availability_zone", _) => a.zone = None,
                    (_, Value::Null) => {
                        a.metadata.remove(key);
                    }
                    _ => {
                        a.metadata.insert(key.clone(), value.clone());
                    }
                }
            }
            just_updated = Some(SystemTime::now());
        }
        other => {
            return error(
                S,
                StatusCode::BAD_REQUEST,
                &format!("There is no such action: {other}"),
            );
        }
    }
    let mut answered = shown(a);
    if let Some(t) = just_updated {
        answered["updated_at"] = json!(at(t, false));
    }
    site.changed();
    answer(answered)
}
