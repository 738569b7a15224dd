//! Nova's servers: brief and detailed lists with `servers_links` pages,
//! BUILD then ACTIVE, the lifecycle actions with Nova's allowed states,
//! and the fields Nova's policy shows an admin.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{MAX_LIMIT, S, links, microversion, not_found, server_index};
use crate::http::{Q, Query, error, json_response, next_query, page, project_of};
use crate::site::{Data, Server, Site, Token, VmState, iso, iso_micro};

pub(super) fn server_detail(
    site: &Site,
    s: &Server,
    flavors: &[Value],
    version: (u32, u32),
) -> Value {
    let now = SystemTime::now();
    let active = now >= s.active_at;
    let flavor = flavors.iter().find(|f| f["id"] == s.flavor_id.as_str());
    let flavor = if version >= (2, 47) {
        let f = flavor.cloned().unwrap_or_default();
        json!({"vcpus": f["vcpus"], "ram": f["ram"], "disk": f["disk"], "ephemeral": 0, "swap": 0,
               "original_name": f["name"], "extra_specs": {}})
    } else {
        json!({"id": s.flavor_id, "links": [{"rel": "bookmark", "href": format!("{}/compute/flavors/{}", site.base(), s.flavor_id)}]})
    };
    let image = if s.image_id.is_empty() {
        json!("")
    } else {
        json!({"id": s.image_id, "links": [{"rel": "bookmark", "href": format!("{}/compute/images/{}", site.base(), s.image_id)}]})
    };
    let mut server = json!({
        "id": s.id, "name": s.name, "status": if active { s.state.status() } else { "BUILD" },
        "tenant_id": s.project_id, "user_id": s.user_id, "metadata": s.metadata,
        "hostId": if active { format!("{:x}", s.id.len() * 7919) } else { String::new() },
        "image": image, "flavor": flavor,
        "created": iso(s.created), "updated": iso(s.updated(now)),
        "addresses": if active && !s.network.is_empty() { json!({s.network.clone(): [{"version": 4, "addr": s.address, "OS-EXT-IPS:type": "fixed",
                        "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:00:00:01"}]}) } else { json!({}) },
        "accessIPv4": "", "accessIPv6": "", "links": links(site, "servers", &s.id),
        "OS-DCF:diskConfig": "MANUAL", "progress": 0, "OS-EXT-AZ:availability_zone": "nova",
        "config_drive": if s.config_drive { "True" } else { "" }, "key_name": s.key_name,
        "OS-SRV-USG:launched_at": if active { json!(iso(s.active_at).trim_end_matches('Z').to_string() + ".000000") } else { Value::Null },
        "OS-SRV-USG:terminated_at": s.deleted_at.map(|t| iso_micro(t).trim_end_matches('Z').to_string()),
        "OS-EXT-STS:task_state": if active { Value::Null } else { json!("spawning") },
        "OS-EXT-STS:vm_state": if active { s.state.vm_state() } else { "building" },
        "OS-EXT-STS:power_state": if active { s.power_state() } else { 0 },
        "os-extended-volumes:volumes_attached": s.volumes.iter()
            .map(|(id, _, delete)| json!({"id": id, "delete_on_termination": delete})).collect::<Vec<_>>(),
        "security_groups": s.security_groups.iter().map(|g| json!({"name": g})).collect::<Vec<_>>(),
    });
    // What Nova's policy shows an admin (the simulator's users are).
    let host = active.then(|| super::hosts::host(site));
    server["OS-EXT-SRV-ATTR:host"] = json!(host);
    server["OS-EXT-SRV-ATTR:hypervisor_hostname"] = json!(host);
    server["OS-EXT-SRV-ATTR:instance_name"] =
        json!(format!("instance-{}", s.id.get(..8).unwrap_or(&s.id)));
    if version >= (2, 3) {
        server["OS-EXT-SRV-ATTR:hostname"] = json!(s.name.to_lowercase());
        server["OS-EXT-SRV-ATTR:kernel_id"] = json!("");
        server["OS-EXT-SRV-ATTR:ramdisk_id"] = json!("");
        server["OS-EXT-SRV-ATTR:launch_index"] = json!(0);
        server["OS-EXT-SRV-ATTR:reservation_id"] =
            json!(format!("r-{}", s.id.get(..8).unwrap_or(&s.id)));
        server["OS-EXT-SRV-ATTR:root_device_name"] = json!(active.then_some("/dev/sda"));
        server["OS-EXT-SRV-ATTR:user_data"] = json!(s.user_data);
    }
    if version >= (2, 16) {
        server["host_status"] = json!(if active { "UP" } else { "" });
    }
    if version >= (2, 63) {
        server["trusted_image_certificates"] = Value::Null;
    }
    if version >= (2, 71) {
        server["server_groups"] = json!(s.group.iter().collect::<Vec<_>>());
    }
    // Nova leaves the key out when the server has no security group.
    if s.security_groups.is_empty()
        && let Some(server) = server.as_object_mut()
    {
        server.remove("security_groups");
    }
    if s.deleted_at.is_some() {
        server["status"] = json!("DELETED");
        server["OS-EXT-STS:vm_state"] = json!("deleted");
        server["OS-EXT-STS:power_state"] = json!(0);
        // What Nova no longer has of a deleted server: its ports, groups
        // and progress.
        server["addresses"] = json!({});
        if let Some(server) = server.as_object_mut() {
            for key in ["progress", "security_groups", "server_groups"] {
                server.remove(key);
            }
        }
    }
    if let Some(message) = s.fault.as_ref().filter(|_| active) {
        server["fault"] = json!({"code": 500, "created": iso(s.active_at), "message": message});
        server["OS-EXT-SRV-ATTR:host"] = Value::Null;
        server["OS-EXT-SRV-ATTR:hypervisor_hostname"] = Value::Null;
        server["addresses"] = json!({});
    }
    if version >= (2, 9) {
        server["locked"] = json!(s.lock.is_some());
    }
    if version >= (2, 73) {
        server["locked_reason"] = json!(s.lock.clone().flatten());
    }
    if version >= (2, 19) {
        server["description"] = json!(s.description);
    }
    if version >= (2, 26) {
        server["tags"] = json!(s.tags);
    }
    server
}

/// Servers visible to the token, after the `name` and `status` filters.
/// The servers a list answers with: the token's project's, or with
/// `all_tenants` every project's (the simulator's users are admins), and
/// Nova's filters: `name` and `ip` as regular expressions, `status`, `project_id`,
/// `user_id`, `flavor`, `image`, `host`, `availability_zone`,
/// `changes-since` and `changes-before` (which take in deleted servers
/// too), `deleted` (only those).
pub(super) fn visible<'a>(
    site: &Site,
    data: &'a Data,
    token: &Token,
    q: &HashMap<String, String>,
) -> Result<Vec<&'a Server>, String> {
    let time = |key: &str| -> Result<Option<SystemTime>, String> {
        q.get(key)
            .map(|t| {
                humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).map_err(|_| {
                    format!("Invalid input for query parameters {key}. Value: {t}. '{t}' is not a 'date-time'")
                })
            })
            .transpose()
    };
    let (since, before) = (time("changes-since")?, time("changes-before")?);
    let deleted = q.get("deleted").map(|v| truthy(v));
    let servers = match (deleted, since.is_some() || before.is_some()) {
        (Some(true), _) => data.deleted_servers.iter().collect::<Vec<_>>(),
        (None, true) => data.servers.iter().chain(&data.deleted_servers).collect(),
        _ => data.servers.iter().collect(),
    };
    let now = SystemTime::now();
    let all = q.get("all_tenants").is_some_and(|v| truthy(v));
    let host = super::hosts::host(site);
    let project = project_of(token);
    let is = |key: &str, value: &str| q.get(key).is_none_or(|want| want == value);
    let (name, ip) = (pattern(q, "name"), pattern(q, "ip"));
    Ok(servers
        .into_iter()
        .filter(|s| all || s.project_id == project)
        .filter(|s| since.is_none_or(|t| s.updated(now) >= t))
        .filter(|s| before.is_none_or(|t| s.updated(now) <= t))
        .filter(|s| {
            name.as_ref()
                .is_none_or(|re| re.as_ref().is_some_and(|re| re.is_match(&s.name)))
        })
        .filter(|s| {
            ip.as_ref()
                .is_none_or(|re| re.as_ref().is_some_and(|re| re.is_match(&s.address)))
        })
        .filter(|s| {
            let status = if now >= s.active_at {
                s.state.status()
            } else {
                "BUILD"
            };
            q.get("status")
                .is_none_or(|st| st.eq_ignore_ascii_case(status))
        })
        .filter(|s| is("project_id", &s.project_id) && is("user_id", &s.user_id))
        .filter(|s| is("flavor", &s.flavor_id) && is("image", &s.image_id))
        .filter(|_| is("host", &host) && is("availability_zone", "nova"))
        .collect())
}

/// A boolean query parameter as Nova reads it.
fn truthy(v: &str) -> bool {
    !matches!(
        v.to_ascii_lowercase().as_str(),
        "0" | "false" | "no" | "off"
    )
}

/// The regular expression of query parameter `key`, made once per request,
/// case-insensitive as MariaDB's `REGEXP` (Nova's database) matches; `None`
/// without the parameter, `Some(None)` for one that is no regular
/// expression (it matches nothing).
fn pattern(q: &HashMap<String, String>, key: &str) -> Option<Option<regex::Regex>> {
    let text = q.get(key)?;
    Some(
        regex::RegexBuilder::new(text)
            .case_insensitive(true)
            .build()
            .ok(),
    )
}

pub(super) fn list(
    site: &Site,
    token: &Token,
    q: &HashMap<String, String>,
    headers: &HeaderMap,
    detail: bool,
) -> Response {
    let version = microversion(headers);
    let mut query: Vec<_> = q.iter().collect();
    query.sort();
    let key = format!(
        "servers {detail} {} {version:?} {query:?}",
        project_of(token)
    );
    let mut failed = None;
    let body = site.rendered(&key, || {
        let data = site.data.lock().unwrap();
        let servers = match visible(site, &data, token, q) {
            Ok(servers) => servers,
            Err(e) => {
                failed = Some(e);
                return (Bytes::new(), false);
            }
        };
        let (items, more) = match page(&servers, |s| s.id.as_str(), q, MAX_LIMIT, MAX_LIMIT) {
            Ok(p) => p,
            Err(e) => {
                failed = Some(e);
                return (Bytes::new(), false);
            }
        };
        let rendered: Vec<Value> = items
            .iter()
            .map(|s| {
                if detail {
                    server_detail(site, s, &data.flavors, version)
                } else {
                    json!({"id": s.id, "name": s.name, "links": links(site, "servers", &s.id)})
                }
            })
            .collect();
        let mut body = json!({ "servers": rendered });
        if let (true, Some(last)) = (more, items.last()) {
            let path = if detail { "servers/detail" } else { "servers" };
            body["servers_links"] = json!([{"rel": "next", "href": format!("{}/compute/v2.1/{path}?{}", site.base(), next_query(q, &last.id))}]);
        }
        // A server still building changes with time: such a page is not kept.
        let now = SystemTime::now();
        let settled = items.iter().all(|s| s.active_at <= now);
        (Bytes::from(serde_json::to_vec(&body).expect("JSON")), settled)
    });
    match failed {
        Some(e) => error(S, StatusCode::BAD_REQUEST, &e),
        None => {
            let mut r = (StatusCode::OK, body).into_response();
            r.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/json"),
            );
            r
        }
    }
}

pub(super) async fn list_servers(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
    headers: HeaderMap,
) -> Response {
    list(&site, &t, &q, &headers, false)
}

pub(super) async fn list_servers_detail(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
    headers: HeaderMap,
) -> Response {
    list(&site, &t, &q, &headers, true)
}

pub(super) async fn show_server(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let data = site.data.lock().unwrap();
    match data
        .servers
        .iter()
        .find(|s| s.id == id && s.project_id == project_of(&t))
    {
        Some(s) => json_response(
            StatusCode::OK,
            json!({"server": server_detail(&site, s, &data.flavors, microversion(&headers))}),
        ),
        None => not_found(&format!("Instance {id} could not be found.")),
    }
}

pub(super) async fn update_server(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let mut data = site.data.lock().unwrap();
    let server = match server_index(&data, &t, &id) {
        Ok(i) => &mut data.servers[i],
        Err(missing) => return missing,
    };
    if let Some(name) = body["server"]["name"].as_str() {
        server.name = name.to_string();
    }
    if let Some(description) = body["server"].get("description") {
        server.description = description.as_str().map(str::to_string);
    }
    site.changed();
    let server = server.clone();
    json_response(
        StatusCode::OK,
        json!({"server": server_detail(&site, &server, &data.flavors, microversion(&headers))}),
    )
}

/// `POST /servers/{id}/action`: the lifecycle actions, with Nova's
/// allowed states (`check_instance_state` in nova/compute/api.py), its 409
/// for any other, 202 and no body when done. The change is immediate, as
/// Nova's fake virt driver makes it within a moment.
pub(super) async fn server_action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    use VmState::*;
    let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let Some((action, args)) = body.iter().next() else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    if action == "os-getConsoleOutput" {
        return console_output(&site, &t, &id, args);
    }
    const ANY: &[VmState] = VmState::ALL;
    // The action, the states it is allowed in, and the state it leaves.
    let (method, allowed, after): (&str, &[VmState], Option<VmState>) = match action.as_str() {
        "os-start" => ("start", &[Stopped], Some(Active)),
        "os-stop" => ("stop", &[Active, Error], Some(Stopped)),
        "shelve" => (
            "shelve",
            &[Active, Stopped, Paused, Suspended],
            Some(ShelvedOffloaded),
        ),
        "shelveOffload" => ("shelve_offload", &[Shelved], Some(ShelvedOffloaded)),
        "unshelve" => ("unshelve", &[Shelved, ShelvedOffloaded], Some(Active)),
        "rescue" => ("rescue", &[Active, Stopped, Error], Some(Rescued)),
        "unrescue" => ("unrescue", &[Rescued], Some(Active)),
        "pause" => ("pause", &[Active], Some(Paused)),
        "unpause" => ("unpause", &[Paused], Some(Active)),
        "suspend" => ("suspend", &[Active], Some(Suspended)),
        "resume" => ("resume", &[Suspended], Some(Active)),
        "reboot" => match args["type"]
            .as_str()
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            Some("SOFT") => ("reboot", &[Active], Some(Active)),
            Some("HARD") => (
                "reboot",
                &[Active, Stopped, Paused, Suspended],
                Some(Active),
            ),
            _ => {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    "Invalid input for field/attribute type.",
                );
            }
        },
        "lock" | "unlock" => (action.as_str(), ANY, None),
        "os-resetState" => match args["state"].as_str() {
            Some("active") => ("resetState", ANY, Some(Active)),
            Some("error") => ("resetState", ANY, Some(Error)),
            _ => {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    "Invalid input for field/attribute state.",
                );
            }
        },
        other => match super::moves::allowed(other).or_else(|| super::attach::allowed(other)) {
            Some(allowed) => (other, allowed, None),
            None => {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!("There is no such action: {other}"),
                );
            }
        },
    };
    let mut data = site.data.lock().unwrap();
    let index = match server_index(&data, &t, &id) {
        Ok(i) => i,
        Err(missing) => return missing,
    };
    let server = &data.servers[index];
    let (attr, state) = if SystemTime::now() < server.active_at {
        ("vm_state", "building")
    } else if !allowed.contains(&server.state) {
        ("vm_state", server.state.vm_state())
    } else {
        ("", "")
    };
    if !attr.is_empty() {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Cannot '{method}' instance {id} while it is in {attr} {state}"),
        );
    }
    if super::attach::allowed(action).is_some() {
        let done = super::attach::apply(&mut data, index, action, args);
        site.changed();
        return done;
    }
    if super::moves::allowed(action).is_some() {
        let done = super::moves::apply(
            &site,
            &mut data,
            index,
            action,
            args,
            microversion(&headers),
        );
        site.changed();
        return done;
    }
    let server = &mut data.servers[index];
    let rescued = action == "rescue";
    if action != "os-resetState" {
        let name = match action.as_str() {
            "os-start" => "start",
            "os-stop" => "stop",
            other => other,
        };
        let request = format!("req-{}", site.new_id("request"));
        server
            .actions
            .push((name.to_string(), request, SystemTime::now()));
    }
    match action.as_str() {
        "lock" => {
            let reason = args["locked_reason"].as_str().map(str::to_string);
            server.lock = Some(reason);
        }
        "unlock" => server.lock = None,
        _ => server.state = after.unwrap_or(server.state),
    }
    site.changed();
    if rescued {
        // Nova answers a rescue with the rescue password, made up when
        // none was given.
        let password = args["adminPass"]
            .as_str()
            .map_or_else(|| site.new_id("password")[..12].to_string(), str::to_string);
        return json_response(StatusCode::OK, json!({ "adminPass": password }));
    }
    StatusCode::ACCEPTED.into_response()
}

pub(super) async fn delete_server(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path(id): Path<String>,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let index = match server_index(&data, &t, &id) {
        Ok(i) => i,
        Err(missing) => return missing,
    };
    let mut server = data.servers.remove(index);
    server.deleted_at = Some(SystemTime::now());
    // Nova deletes the ports it made (unnamed) and unbinds the others.
    data.ports
        .retain(|p| !(p["device_id"] == server.id.as_str() && p["name"] == ""));
    for port in data
        .ports
        .iter_mut()
        .filter(|p| p["device_id"] == server.id.as_str())
    {
        port["device_id"] = json!("");
        port["device_owner"] = json!("");
    }
    for group in &mut data.server_groups {
        if let Some(members) = group["members"].as_array_mut() {
            members.retain(|m| *m != server.id.as_str());
        }
    }
    data.deleted_servers.push(server);
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}

/// `os-getConsoleOutput`: Nova's fake virt driver's console, its last
/// `length` lines; 409 for a server without a host (building, offloaded).
fn console_output(site: &Site, t: &Token, id: &str, args: &Value) -> Response {
    const CONSOLE: &str = "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE";
    let data = site.data.lock().unwrap();
    let server = match server_index(&data, t, id) {
        Ok(i) => &data.servers[i],
        Err(missing) => return missing,
    };
    if SystemTime::now() < server.active_at || server.state == VmState::ShelvedOffloaded {
        return error(
            S,
            StatusCode::CONFLICT,
            &format!("Instance {id} is not ready"),
        );
    }
    let output = match args.get("length").filter(|l| !l.is_null()) {
        None => CONSOLE.to_string(),
        Some(length) => {
            let n = length
                .as_u64()
                .or_else(|| length.as_str().and_then(|s| s.parse().ok()))
                .unwrap_or(0) as usize;
            let lines: Vec<&str> = CONSOLE.split('\n').collect();
            lines[lines.len().saturating_sub(n)..].join("\n")
        }
    };
    json_response(StatusCode::OK, json!({ "output": output }))
}
