//! Neutron's RBAC policies, which share objects with projects, and QoS
//! policies. As in Neutron, an object's `shared` and a network's
//! `router:external` are its `*` policies: making one makes the other.

use std::sync::Arc;
use std::time::SystemTime;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{Kind, neutron_error, parse, visible};
use crate::http::{json_response, project_of};
use crate::site::{Data, Site, Token, iso};

/// The collection of objects of an RBAC `object_type`, and its
/// not-found error.
fn objects(object_type: &str) -> Option<Kind> {
    match object_type {
        "network" => Some(Kind::Network),
        "qos_policy" => Some(Kind::QosPolicy),
        "security_group" => Some(Kind::SecurityGroup),
        "address_scope" => Some(Kind::AddressScope),
        "subnetpool" => Some(Kind::SubnetPool),
        _ => None,
    }
}

/// The object attribute a `*` policy of this action stands for.
fn flag(action: &str) -> &'static str {
    match action {
        "access_as_external" => "router:external",
        _ => "shared",
    }
}

/// The `*` policies that the objects' flags imply, made for flags set
/// without a policy (at creation, by an update) and dropped for flags
/// cleared or objects gone.
pub(super) fn sync(data: &mut Data, site: &Site) {
    let mut wanted = Vec::new();
    for (object_type, action) in [
        ("network", "access_as_shared"),
        ("network", "access_as_external"),
        ("qos_policy", "access_as_shared"),
        ("security_group", "access_as_shared"),
        ("address_scope", "access_as_shared"),
        ("subnetpool", "access_as_shared"),
    ] {
        let kind = objects(object_type).unwrap_or(Kind::Network);
        for object in kind.items(data).iter() {
            if object[flag(action)] == true {
                wanted.push((object_type, action, object.clone()));
            }
        }
    }
    data.rbac_policies.retain(|p| {
        p["target_tenant"] != "*"
            || wanted.iter().any(|(t, a, o)| {
                p["object_type"] == *t && p["action"] == *a && p["object_id"] == o["id"]
            })
    });
    for (object_type, action, object) in wanted {
        let exists = data.rbac_policies.iter().any(|p| {
            p["target_tenant"] == "*"
                && p["object_type"] == object_type
                && p["action"] == action
                && p["object_id"] == object["id"]
        });
        if !exists {
            let project = object["project_id"].clone();
            data.rbac_policies.push(policy(
                site,
                &project,
                object_type,
                action,
                &object["id"],
                &json!("*"),
            ));
        }
    }
}

fn policy(
    site: &Site,
    project: &Value,
    object_type: &str,
    action: &str,
    object: &Value,
    target: &Value,
) -> Value {
    json!({
        "id": site.new_id("rbac-policy"), "project_id": project, "tenant_id": project,
        "action": action, "object_id": object, "target_tenant": target,
        "object_type": object_type,
    })
}

pub(super) async fn create(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["rbac_policy"];
    let text = |key: &str| spec[key].as_str().unwrap_or_default().to_string();
    let (object_type, action, object_id) = (text("object_type"), text("action"), text("object_id"));
    let Some(kind) = objects(&object_type) else {
        return bad_request(&format!(
            "Invalid input for object_type. Reason: '{object_type}' is not in the supported types."
        ));
    };
    if !["access_as_shared", "access_as_external"].contains(&action.as_str())
        || (action == "access_as_external" && kind != Kind::Network)
    {
        return bad_request(&format!(
            "Invalid input for action. Reason: '{action}' is not supported for {object_type}."
        ));
    }
    let mut data = site.data.lock().unwrap();
    sync(&mut data, &site);
    if !kind
        .items(&mut data)
        .iter()
        .any(|o| o["id"] == object_id.as_str() && visible(o, &t))
    {
        return bad_request(&format!(
            "Invalid input for operation: Callback neutron.plugins.ml2.plugin.NeutronDbPluginV2.validate_{object_type}_rbac_policy_change failed with \"{}\".",
            kind.missing(&object_id).1
        ));
    }
    let target = spec["target_tenant"].clone();
    if data.rbac_policies.iter().any(|p| {
        p["object_type"] == object_type.as_str()
            && p["action"] == action.as_str()
            && p["object_id"] == object_id.as_str()
            && p["target_tenant"] == target
    }) {
        return neutron_error(
            StatusCode::CONFLICT,
            "DuplicateRbacPolicy",
            "An RBAC policy already exists with those values.",
        );
    }
    let project = spec
        .get("project_id")
        .cloned()
        .unwrap_or_else(|| json!(project_of(&t)));
    let created = policy(
        &site,
        &project,
        &object_type,
        &action,
        &json!(object_id),
        &target,
    );
    if target == "*" {
        set_flag(&mut data, kind, &object_id, flag(&action), true);
    }
    data.rbac_policies.push(created.clone());
    json_response(StatusCode::CREATED, json!({ "rbac_policy": created }))
}

fn bad_request(message: &str) -> Response {
    neutron_error(StatusCode::BAD_REQUEST, "InvalidInput", message)
}

fn set_flag(data: &mut Data, kind: Kind, id: &str, key: &str, on: bool) {
    if let Some(object) = kind.items(data).iter_mut().find(|o| o["id"] == id) {
        object[key] = json!(on);
    }
}

pub(super) async fn delete(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    sync(&mut data, &site);
    let Some(at) = data
        .rbac_policies
        .iter()
        .position(|p| p["id"] == id.as_str() && p["project_id"] == project_of(&t).as_str())
    else {
        return Kind::RbacPolicy.not_found(&id);
    };
    let gone = data.rbac_policies.remove(at);
    if gone["target_tenant"] == "*"
        && let Some(kind) = gone["object_type"].as_str().and_then(objects)
    {
        let object = gone["object_id"].as_str().unwrap_or_default();
        let action = gone["action"].as_str().unwrap_or_default();
        set_flag(&mut data, kind, object, flag(action), false);
    }
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn create_qos(site: Arc<Site>, t: Token, body: Bytes) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let spec = &body["policy"];
    let project = spec["project_id"]
        .as_str()
        .map_or_else(|| project_of(&t), str::to_string);
    let now = iso(SystemTime::now());
    let policy = json!({
        "id": site.new_id("qos-policy"), "project_id": project, "tenant_id": project,
        "name": spec["name"].as_str().unwrap_or_default(),
        "shared": spec["shared"].as_bool().unwrap_or(false), "rules": [],
        "is_default": spec["is_default"].as_bool().unwrap_or(false), "revision_number": 0,
        "description": spec["description"].as_str().unwrap_or_default(),
        "created_at": now, "updated_at": now, "tags": [],
    });
    site.data.lock().unwrap().qos_policies.push(policy.clone());
    json_response(StatusCode::CREATED, json!({ "policy": policy }))
}

pub(super) async fn delete_qos(site: Arc<Site>, t: Token, id: String) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.qos_policies.len();
    data.qos_policies
        .retain(|p| !(p["id"] == id.as_str() && visible(p, &t)));
    if data.qos_policies.len() == before {
        return Kind::QosPolicy.not_found(&id);
    }
    sync(&mut data, &site);
    StatusCode::NO_CONTENT.into_response()
}
