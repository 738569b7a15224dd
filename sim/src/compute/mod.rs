//! Nova `/v2.1`: servers (`servers.rs`), flavors, keypairs, limits and
//! quota sets, honouring the compute microversion as Nova does.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{
    Q, Query, error, json_response, next_query, page, project_of, public, require_token,
};
use crate::site::{Service, Site, Token, iso};

mod aggregates;
mod attach;
mod create;
mod interfaces;
pub use aggregates::Aggregate;
mod groups;
mod hosts;
mod moves;
mod parts;
mod quotas;
mod servers;
mod usage;

use groups::{create_group, delete_group, list_groups, show_group};

use create::create_server;
use parts::{add_tag, delete_metadata_item, delete_tag, delete_tags, set_metadata};
use servers::{
    delete_server, list_servers, list_servers_detail, server_action, show_server, update_server,
};

const S: Option<Service> = Some(Service::Compute);
const MAX_LIMIT: usize = 1000;

pub fn router() -> Router {
    let protected = Router::new()
        .route("/v2.1/servers", get(list_servers).post(create_server))
        .route("/v2.1/servers/detail", get(list_servers_detail))
        .route(
            "/v2.1/servers/{id}",
            get(show_server).put(update_server).delete(delete_server),
        )
        .route("/v2.1/servers/{id}/action", post(server_action))
        .route(
            "/v2.1/servers/{id}/os-volume_attachments",
            get(attach::list).post(attach::attach),
        )
        .route(
            "/v2.1/servers/{id}/os-volume_attachments/{volume}",
            delete(attach::detach),
        )
        .route(
            "/v2.1/servers/{id}/os-interface",
            get(interfaces::list).post(interfaces::attach),
        )
        .route(
            "/v2.1/servers/{id}/os-interface/{port}",
            delete(interfaces::detach),
        )
        .route("/v2.1/servers/{id}/diagnostics", get(parts::diagnostics))
        .route(
            "/v2.1/servers/{id}/remote-consoles",
            post(parts::remote_console),
        )
        .route(
            "/v2.1/servers/{id}/os-instance-actions",
            get(parts::instance_actions),
        )
        .route(
            "/v2.1/servers/{id}/os-instance-actions/{request}",
            get(parts::instance_action),
        )
        .route(
            "/v2.1/servers/{id}/metadata",
            post(set_metadata).put(set_metadata),
        )
        .route(
            "/v2.1/servers/{id}/metadata/{key}",
            delete(delete_metadata_item),
        )
        .route("/v2.1/servers/{id}/tags", delete(delete_tags))
        .route(
            "/v2.1/servers/{id}/tags/{tag}",
            put(add_tag).delete(delete_tag),
        )
        .route("/v2.1/flavors", get(list_flavors).post(create_flavor))
        .route("/v2.1/flavors/detail", get(list_flavors_detail))
        .route(
            "/v2.1/flavors/{id}",
            get(show_flavor).put(update_flavor).delete(delete_flavor),
        )
        .route(
            "/v2.1/flavors/{id}/os-extra_specs",
            get(flavor_extra_specs).post(set_extra_specs),
        )
        .route(
            "/v2.1/flavors/{id}/os-extra_specs/{key}",
            axum::routing::delete(delete_extra_spec),
        )
        .route("/v2.1/flavors/{id}/action", post(flavor_action))
        .route("/v2.1/flavors/{id}/os-flavor-access", get(flavor_access))
        .route("/v2.1/os-keypairs", get(list_keypairs).post(create_keypair))
        .route(
            "/v2.1/os-keypairs/{name}",
            get(show_keypair).delete(delete_keypair),
        )
        .route(
            "/v2.1/os-server-groups",
            get(list_groups).post(create_group),
        )
        .route(
            "/v2.1/os-server-groups/{id}",
            get(show_group).delete(delete_group),
        )
        .route("/v2.1/os-hypervisors", get(hosts::brief))
        .route("/v2.1/os-hypervisors/detail", get(hosts::hypervisors))
        .route("/v2.1/os-hypervisors/{id}", get(hosts::show_hypervisor))
        .route("/v2.1/os-hypervisors/{id}/uptime", get(hosts::uptime))
        .route("/v2.1/os-services", get(hosts::services))
        .route(
            "/v2.1/os-services/{id}",
            put(hosts::update_service).delete(hosts::delete_service),
        )
        .route("/v2.1/os-migrations", get(moves::migrations))
        .route("/v2.1/os-simple-tenant-usage", get(usage::list))
        .route("/v2.1/os-simple-tenant-usage/{project}", get(usage::show))
        .route(
            "/v2.1/os-aggregates",
            get(aggregates::list).post(aggregates::create),
        )
        .route(
            "/v2.1/os-aggregates/{id}",
            get(aggregates::show)
                .put(aggregates::update)
                .delete(aggregates::delete),
        )
        .route("/v2.1/os-aggregates/{id}/action", post(aggregates::action))
        .route("/v2.1/os-availability-zone", get(hosts::zones))
        .route(
            "/v2.1/os-availability-zone/detail",
            get(hosts::zones_detail),
        )
        .route("/v2.1/limits", get(limits))
        .route(
            "/v2.1/os-quota-sets/{project}",
            get(quotas::show).put(quotas::update).delete(quotas::revert),
        )
        .route("/v2.1/os-quota-sets/{project}/detail", get(quotas::detail))
        .route(
            "/v2.1/os-quota-sets/{project}/defaults",
            get(quotas::defaults),
        )
        .route(
            "/v2.1/os-quota-class-sets/{class}",
            get(quotas::class).put(quotas::update_class),
        )
        .route_layer(middleware::from_fn(supported_version))
        .route_layer(middleware::from_fn(require_token));
    Router::new()
        .route("/", get(versions))
        .route("/v2.1", get(version))
        .route("/v2.1/", get(version))
        .merge(protected)
}

/// Nova's 406 for a microversion above the site's highest; `latest` is
/// its highest.
async fn supported_version(
    Extension(site): Extension<Arc<Site>>,
    request: axum::extract::Request,
    next: middleware::Next,
) -> Response {
    let legacy = Some("x-openstack-nova-api-version");
    match crate::http::within_versions(request, "compute", legacy, (2, 1), site.compute_max()) {
        Ok(request) => next.run(request).await,
        Err(refused) => refused,
    }
}

fn version_value(site: &Site) -> Value {
    let (major, minor) = site.compute_max();
    json!({
        "id": "v2.1", "status": "CURRENT", "version": format!("{major}.{minor}"), "min_version": "2.1",
        "updated": "2013-07-23T11:33:21Z",
        "links": [{"rel": "self", "href": format!("{}/compute/v2.1/", site.base())}]
    })
}

async fn versions(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(StatusCode::OK, json!({"versions": [version_value(&site)]}))
}

async fn version(Extension(site): Extension<Arc<Site>>) -> Response {
    let mut v = version_value(&site);
    v["media-types"] = json!([{"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"}]);
    json_response(StatusCode::OK, json!({"version": v}))
}

/// The microversion asked for, as (major, minor); 2.1 when none.
fn microversion(headers: &HeaderMap) -> (u32, u32) {
    crate::http::microversion(
        headers,
        "compute",
        Some("x-openstack-nova-api-version"),
        (2, 1),
        (2, 96),
    )
}

/// The index of server `id` of the token's project, or Nova's 404.
fn server_index(data: &crate::site::Data, t: &Token, id: &str) -> Result<usize, Response> {
    data.servers
        .iter()
        .position(|s| s.id == id && s.project_id == crate::http::project_of(t))
        .ok_or_else(|| not_found(&format!("Instance {id} could not be found.")))
}

fn not_found(what: &str) -> Response {
    error(S, StatusCode::NOT_FOUND, what)
}

fn links(site: &Site, kind: &str, id: &str) -> Value {
    json!([
        {"rel": "self", "href": format!("{}/compute/v2.1/{kind}/{id}", site.base())},
        {"rel": "bookmark", "href": format!("{}/compute/{kind}/{id}", site.base())}
    ])
}

fn flavor_brief(f: &Value) -> Value {
    json!({"id": f["id"], "name": f["name"], "links": f["links"], "description": f["description"]})
}

fn flavor_list(site: &Site, q: &HashMap<String, String>, detail: bool) -> Response {
    let data = site.data.lock().unwrap();
    // Nova's `is_public`: public ones when absent or true, private ones
    // when false, all when `none` (the simulator's users are admins).
    let wanted = match q.get("is_public").map(|v| v.to_ascii_lowercase()) {
        None => Some(true),
        Some(v) if v == "none" => None,
        Some(v) => Some(matches!(v.as_str(), "true" | "1" | "yes" | "t" | "on")),
    };
    let flavors: Vec<Value> = data
        .flavors
        .iter()
        .filter(|f| wanted.is_none_or(|w| f["os-flavor-access:is_public"] == w))
        .cloned()
        .collect();
    let (items, more) = match page(
        &flavors,
        |f| f["id"].as_str().unwrap_or_default(),
        q,
        MAX_LIMIT,
        MAX_LIMIT,
    ) {
        Ok(p) => p,
        Err(e) => return error(S, StatusCode::BAD_REQUEST, &e),
    };
    let flavors: Vec<Value> = items
        .iter()
        .map(|f| if detail { public(f) } else { flavor_brief(f) })
        .collect();
    let mut body = json!({"flavors": flavors});
    if let (true, Some(last)) = (more, items.last()) {
        let path = if detail { "flavors/detail" } else { "flavors" };
        body["flavors_links"] = json!([{"rel": "next", "href": format!("{}/compute/v2.1/{path}?{}", site.base(), next_query(q, last["id"].as_str().unwrap_or_default()))}]);
    }
    json_response(StatusCode::OK, body)
}

async fn list_flavors(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    flavor_list(&site, &q, false)
}

async fn list_flavors_detail(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    flavor_list(&site, &q, true)
}

async fn show_flavor(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    let data = site.data.lock().unwrap();
    match data.flavors.iter().find(|f| f["id"] == id.as_str()) {
        Some(f) => json_response(StatusCode::OK, json!({"flavor": public(f)})),
        None => not_found(&format!("Flavor {id} could not be found.")),
    }
}

async fn create_flavor(Extension(site): Extension<Arc<Site>>, body: Bytes) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["flavor"];
    let Some(name) = spec["name"].as_str() else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute flavor. Value: None. 'name' is a required property",
        );
    };
    let mut data = site.data.lock().unwrap();
    if data.flavors.iter().any(|f| f["name"] == name) {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Flavor with name {name} already exists."),
        );
    }
    let id = spec["id"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| site.new_id("flavor"));
    let flavor = json!({
        "id": id, "name": name, "ram": spec["ram"], "disk": spec["disk"], "vcpus": spec["vcpus"],
        "OS-FLV-EXT-DATA:ephemeral": spec.get("OS-FLV-EXT-DATA:ephemeral").cloned().unwrap_or(json!(0)),
        "swap": spec.get("swap").cloned().unwrap_or(json!(0)), "rxtx_factor": 1.0,
        "os-flavor-access:is_public": spec.get("os-flavor-access:is_public").cloned().unwrap_or(json!(true)),
        "OS-FLV-DISABLED:disabled": false, "description": spec.get("description").cloned().unwrap_or(Value::Null),
        "extra_specs": {},
        "links": links(&site, "flavors", &id)
    });
    data.flavors.push(flavor.clone());
    site.changed();
    json_response(StatusCode::OK, json!({"flavor": flavor}))
}

async fn delete_flavor(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.flavors.len();
    data.flavors.retain(|f| f["id"] != id.as_str());
    if data.flavors.len() == before {
        return not_found(&format!("Flavor {id} could not be found."));
    }
    site.changed();
    StatusCode::ACCEPTED.into_response()
}

/// The flavor `id` for a change, or Nova's 404.
fn flavor_mut<'a>(data: &'a mut crate::site::Data, id: &str) -> Result<&'a mut Value, Response> {
    data.flavors
        .iter_mut()
        .find(|f| f["id"] == id)
        .ok_or_else(|| not_found(&format!("Flavor {id} could not be found.")))
}

/// `PUT /flavors/{id}`: only the description changes (2.55).
async fn update_flavor(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let mut data = site.data.lock().unwrap();
    let flavor = match flavor_mut(&mut data, &id) {
        Ok(f) => f,
        Err(answer) => return answer,
    };
    flavor["description"] = body["flavor"]["description"].clone();
    let flavor = public(flavor);
    site.changed();
    json_response(StatusCode::OK, json!({ "flavor": flavor }))
}

/// `POST /flavors/{id}/os-extra_specs`: merged in, the given ones
/// answered (string values only, as Nova's schema wants).
async fn set_extra_specs(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let Some(specs) = body["extra_specs"]
        .as_object()
        .filter(|m| m.values().all(Value::is_string))
    else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute extra_specs.",
        );
    };
    let mut data = site.data.lock().unwrap();
    let flavor = match flavor_mut(&mut data, &id) {
        Ok(f) => f,
        Err(answer) => return answer,
    };
    for (key, value) in specs {
        flavor["extra_specs"][key] = value.clone();
    }
    site.changed();
    json_response(StatusCode::OK, json!({ "extra_specs": specs }))
}

/// `DELETE /flavors/{id}/os-extra_specs/{key}`: 200 and no body, or 404.
async fn delete_extra_spec(
    Extension(site): Extension<Arc<Site>>,
    Path((id, key)): Path<(String, String)>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let flavor = match flavor_mut(&mut data, &id) {
        Ok(f) => f,
        Err(answer) => return answer,
    };
    let removed = flavor["extra_specs"]
        .as_object_mut()
        .and_then(|m| m.remove(&key));
    if removed.is_none() {
        return not_found(&format!("Flavor {id} has no extra specs with key {key}."));
    }
    site.changed();
    StatusCode::OK.into_response()
}

/// `addTenantAccess` and `removeTenantAccess` of a private flavor: the
/// access list after, 200; 409 for a public flavor.
async fn flavor_action(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let mut data = site.data.lock().unwrap();
    let flavor = match flavor_mut(&mut data, &id) {
        Ok(f) => f,
        Err(answer) => return answer,
    };
    let (add, tenant) = match (body.get("addTenantAccess"), body.get("removeTenantAccess")) {
        (Some(a), _) => (true, a["tenant"].as_str().unwrap_or_default().to_string()),
        (_, Some(r)) => (false, r["tenant"].as_str().unwrap_or_default().to_string()),
        _ => return error(S, StatusCode::BAD_REQUEST, "Malformed request body"),
    };
    if flavor["os-flavor-access:is_public"] == true {
        return error(
            S,
            StatusCode::CONFLICT,
            "Can not add access to a public flavor.",
        );
    }
    let mut access: Vec<Value> = flavor["_access"].as_array().cloned().unwrap_or_default();
    if add {
        access.push(json!(tenant));
    } else {
        access.retain(|t| t != tenant.as_str());
    }
    flavor["_access"] = json!(access);
    site.changed();
    let list: Vec<Value> = access
        .iter()
        .map(|t| json!({"flavor_id": id, "tenant_id": t}))
        .collect();
    json_response(StatusCode::OK, json!({ "flavor_access": list }))
}

/// `GET /flavors/{id}/os-flavor-access`.
async fn flavor_access(Extension(site): Extension<Arc<Site>>, Path(id): Path<String>) -> Response {
    let data = site.data.lock().unwrap();
    let Some(flavor) = data.flavors.iter().find(|f| f["id"] == id.as_str()) else {
        return not_found(&format!("Flavor {id} could not be found."));
    };
    let list: Vec<Value> = flavor["_access"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| json!({"flavor_id": id, "tenant_id": t}))
        .collect();
    json_response(StatusCode::OK, json!({ "flavor_access": list }))
}

async fn flavor_extra_specs(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data.flavors.iter().find(|f| f["id"] == id.as_str()) {
        Some(f) => json_response(StatusCode::OK, json!({"extra_specs": f["extra_specs"]})),
        None => not_found(&format!("Flavor {id} could not be found.")),
    }
}

async fn list_keypairs(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
) -> Response {
    let data = site.data.lock().unwrap();
    let keypairs: Vec<Value> = data
        .keypairs
        .iter()
        .filter(|k| k["user_id"] == t.user_id.as_str())
        .map(|k| json!({"keypair": {"name": k["name"], "public_key": k["public_key"], "fingerprint": k["fingerprint"], "type": k["type"]}}))
        .collect();
    json_response(StatusCode::OK, json!({"keypairs": keypairs}))
}

async fn create_keypair(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["keypair"];
    let Some(name) = spec["name"].as_str() else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute keypair. Value: None. 'name' is a required property",
        );
    };
    let mut data = site.data.lock().unwrap();
    if data
        .keypairs
        .iter()
        .any(|k| k["name"] == name && k["user_id"] == t.user_id.as_str())
    {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Key pair '{name}' already exists."),
        );
    }
    let public_key = spec["public_key"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{} simulated",
                &site.new_id("key")[..8]
            )
        });
    let digest = hex::encode(<md5::Md5 as md5::Digest>::digest(public_key.as_bytes()));
    let fingerprint = digest
        .as_bytes()
        .chunks(2)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join(":");
    let keypair = json!({
        "name": name, "public_key": public_key, "fingerprint": fingerprint,
        "type": spec["type"].as_str().unwrap_or("ssh"), "user_id": t.user_id,
        "created_at": iso(SystemTime::now()), "deleted": false, "deleted_at": null, "updated_at": null, "id": data.keypairs.len() + 1
    });
    data.keypairs.push(keypair.clone());
    json_response(
        StatusCode::CREATED,
        json!({"keypair": {"name": name, "public_key": keypair["public_key"], "fingerprint": keypair["fingerprint"], "type": keypair["type"], "user_id": t.user_id}}),
    )
}

async fn show_keypair(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(name): Path<String>,
) -> Response {
    let data = site.data.lock().unwrap();
    match data
        .keypairs
        .iter()
        .find(|k| k["name"] == name.as_str() && k["user_id"] == t.user_id.as_str())
    {
        Some(k) => json_response(StatusCode::OK, json!({"keypair": k})),
        None => not_found(&format!("Keypair {name} not found for user {}", t.user_id)),
    }
}

async fn delete_keypair(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(name): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let before = data.keypairs.len();
    data.keypairs
        .retain(|k| !(k["name"] == name.as_str() && k["user_id"] == t.user_id.as_str()));
    if data.keypairs.len() == before {
        return not_found(&format!("Keypair {name} not found for user {}", t.user_id));
    }
    StatusCode::ACCEPTED.into_response()
}

/// Nova's default quotas, in the order it answers with them.
pub const QUOTAS: &[(&str, i64)] = &[
    ("cores", 20),
    ("injected_file_content_bytes", 10240),
    ("injected_file_path_bytes", 255),
    ("injected_files", 5),
    ("instances", 10),
    ("key_pairs", 100),
    ("metadata_items", 128),
    ("ram", 51200),
    ("server_group_members", 10),
    ("server_groups", 10),
];

/// What a project uses: (cores, instances, ram).
fn usage(site: &Site, project: &str) -> (i64, i64, i64) {
    let data = site.data.lock().unwrap();
    let mut used = (0, 0, 0);
    for s in data.servers.iter().filter(|s| s.project_id == project) {
        let f = data
            .flavors
            .iter()
            .find(|f| f["id"] == s.flavor_id.as_str())
            .cloned()
            .unwrap_or_default();
        used.0 += f["vcpus"].as_i64().unwrap_or(0);
        used.1 += 1;
        used.2 += f["ram"].as_i64().unwrap_or(0);
    }
    used
}

async fn limits(Extension(site): Extension<Arc<Site>>, Extension(t): Extension<Token>) -> Response {
    let project = project_of(&t);
    let (cores, instances, ram) = usage(&site, &project);
    let limits = site.data.lock().unwrap().compute_quotas.of(&project);
    let quota = |name: &str| {
        limits
            .iter()
            .find(|(k, _)| k == name)
            .map_or(0, |(_, v)| *v)
    };
    json_response(
        StatusCode::OK,
        json!({"limits": {"rate": [], "absolute": {
            "maxServerMeta": quota("metadata_items"), "maxTotalInstances": quota("instances"),
            "maxPersonality": quota("injected_files"), "maxImageMeta": quota("metadata_items"),
            "maxPersonalitySize": quota("injected_file_content_bytes"), "maxTotalRAMSize": quota("ram"),
            "maxServerGroups": quota("server_groups"), "maxSecurityGroupRules": -1,
            "maxTotalKeypairs": quota("key_pairs"), "totalCoresUsed": cores, "totalRAMUsed": ram,
            "maxSecurityGroups": -1, "totalFloatingIpsUsed": 0, "totalInstancesUsed": instances,
            "maxServerGroupMembers": quota("server_group_members"), "maxTotalFloatingIps": -1,
            "totalSecurityGroupsUsed": 0, "maxTotalCores": quota("cores"), "totalServerGroupsUsed": 0
        }}}),
    )
}
