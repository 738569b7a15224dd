//! Moving, remaking and imaging servers: resize (then confirm or revert),
//! cold and live migration, evacuation, rebuild, the `os-migrations`
//! records they leave, and snapshots and backups into the site's Glance. A site has one compute host: a resize stays on it (as Nova
//! with `allow_resize_to_same_host`), while a migration or an evacuation,
//! which must leave it, finds no host and ends in an `error` migration,
//! the server unchanged, as on real Nova with one host.

use std::collections::HashMap;
use std::time::SystemTime;

use std::sync::Arc;

use axum::Extension;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::S;
use crate::http::{Q, Query, error, json_response};
use crate::site::{Data, Migration, Resized, Site, VmState, iso_micro};

const NO_HOST: &str = "No valid host was found. There are not enough hosts available.";

/// The server actions handled here, with the states Nova allows them in.
pub(super) fn allowed(action: &str) -> Option<&'static [VmState]> {
    use VmState::*;
    Some(match action {
        "resize" | "migrate" => &[Active, Stopped],
        "confirmResize" | "revertResize" => &[Resized],
        "os-migrateLive" => &[Active, Paused],
        "evacuate" | "rebuild" => &[Active, Stopped, Error],
        "createImage" | "createBackup" => &[Active, Stopped, Paused, Suspended],
        "trigger_crash_dump" => &[Active, Paused, Rescued, Resized, Error],
        _ => return None,
    })
}

/// Does the move `action` to server `index`, whose state was checked.
pub(super) fn apply(
    site: &Site,
    data: &mut Data,
    index: usize,
    action: &str,
    args: &Value,
    version: (u32, u32),
) -> Response {
    let host = super::hosts::host(site);
    let flavor_of = |data: &Data, id: &str| {
        data.flavors
            .iter()
            .position(|f| f["id"] == id)
            .map_or(0, |i| i as u64 + 1)
    };
    let now = SystemTime::now();
    let server = &data.servers[index];
    let old = flavor_of(data, &server.flavor_id);
    let mut migration = Migration {
        id: data.migrations.len() as u64 + 1,
        uuid: site.new_id("migration"),
        server_id: server.id.clone(),
        project_id: server.project_id.clone(),
        user_id: server.user_id.clone(),
        kind: "migration",
        status: "error",
        source: host.clone(),
        dest: None,
        old_flavor: old,
        new_flavor: old,
        created: now,
        updated: now,
    };
    match action {
        "resize" => {
            let flavor = args["flavorRef"].as_str().unwrap_or_default().to_string();
            let new = flavor_of(data, &flavor);
            if new == 0 {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    "Unable to locate requested flavor.",
                );
            }
            if new == old {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    "When resizing, instances must change flavor!",
                );
            }
            let server = &mut data.servers[index];
            server.resized = Some(Resized {
                old_flavor: std::mem::replace(&mut server.flavor_id, flavor),
                before: server.state,
            });
            server.state = VmState::Resized;
            migration.kind = "resize";
            migration.status = "finished";
            migration.dest = Some(host);
            migration.new_flavor = new;
        }
        "confirmResize" | "revertResize" => {
            let confirm = action == "confirmResize";
            let server = &mut data.servers[index];
            let resized = server.resized.take().expect("a resized server");
            server.state = resized.before;
            if !confirm {
                server.flavor_id = resized.old_flavor;
            }
            let id = server.id.clone();
            record(site, data, index, action);
            if let Some(m) = data
                .migrations
                .iter_mut()
                .rev()
                .find(|m| m.server_id == id && m.status == "finished")
            {
                m.status = if confirm { "confirmed" } else { "reverted" };
                m.updated = now;
            }
            // Nova answers a confirm 204, a revert 202.
            return match confirm {
                true => StatusCode::NO_CONTENT.into_response(),
                false => StatusCode::ACCEPTED.into_response(),
            };
        }
        "migrate" => {}
        "os-migrateLive" => {
            // Before 2.34 Nova checks the destination before it answers;
            // from 2.34 it accepts, and the migration fails after.
            migration.kind = "live-migration";
            record(site, data, index, "live-migration");
            data.migrations.push(migration);
            if version >= (2, 34) {
                return StatusCode::ACCEPTED.into_response();
            }
            return error(S, StatusCode::BAD_REQUEST, NO_HOST);
        }
        "evacuate" => {
            if !data.compute_service.forced_down {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!("Compute service of {host} is still in use."),
                );
            }
            // The rebuild elsewhere finds no host: the server is left in
            // ERROR with the scheduler's fault.
            migration.kind = "evacuation";
            let server = &mut data.servers[index];
            server.state = VmState::Error;
            server.fault = Some(NO_HOST.to_string());
        }
        "rebuild" => return rebuild(site, data, index, args, version),
        "createImage" | "createBackup" => return image(site, data, index, action, args),
        "trigger_crash_dump" => {
            record(site, data, index, action);
            return StatusCode::ACCEPTED.into_response();
        }
        other => unreachable!("{other} is no move"),
    }
    record(site, data, index, action);
    data.migrations.push(migration);
    match action {
        "evacuate" => StatusCode::OK.into_response(),
        _ => StatusCode::ACCEPTED.into_response(),
    }
}

/// An instance action on the server's record.
fn record(site: &Site, data: &mut Data, index: usize, action: &str) {
    let request = format!("req-{}", site.new_id("request"));
    data.servers[index]
        .actions
        .push((action.to_string(), request, SystemTime::now()));
}

/// `rebuild`: a new image (which must be in the site's Glance), and the
/// name, metadata, description and key given; 202 with the server as it
/// starts rebuilding (status `REBUILD`) and its admin password.
fn rebuild(
    site: &Site,
    data: &mut Data,
    index: usize,
    args: &Value,
    version: (u32, u32),
) -> Response {
    let image = args["imageRef"].as_str().unwrap_or_default().to_string();
    if !data.images.iter().any(|i| i["id"] == image.as_str()) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Image {image} could not be found."),
        );
    }
    let server = &mut data.servers[index];
    server.image_id = image;
    if let Some(name) = args["name"].as_str() {
        server.name = name.to_string();
    }
    if let Some(metadata) = args["metadata"].as_object() {
        server.metadata = metadata.clone();
    }
    if let Some(description) = args.get("description") {
        server.description = description.as_str().map(str::to_string);
    }
    if server.state == VmState::Error {
        server.state = VmState::Active;
        server.fault = None;
    }
    record(site, data, index, "rebuild");
    let server = &data.servers[index];
    let mut shown = super::servers::server_detail(site, server, &data.flavors, version);
    shown["status"] = json!("REBUILD");
    shown["OS-EXT-STS:task_state"] = json!("rebuilding");
    // Nova's rebuild view names the user data without its prefix.
    if let Some(data) = shown
        .as_object_mut()
        .and_then(|s| s.remove("OS-EXT-SRV-ATTR:user_data"))
    {
        shown["user_data"] = data;
    }
    shown["adminPass"] = json!(
        args["adminPass"]
            .as_str()
            .map_or_else(|| site.new_id("password")[..12].to_string(), str::to_string)
    );
    json_response(StatusCode::ACCEPTED, json!({ "server": shown }))
}

/// `createImage` and `createBackup`: a private image of the server in the
/// site's Glance, uploaded at once (as a real driver would; Nova's fake
/// driver leaves it queued), with the properties Nova gives it; a backup
/// also drops the oldest of its type beyond `rotation`. 202 with the new
/// image's ID (compute 2.45).
fn image(site: &Site, data: &mut Data, index: usize, action: &str, args: &Value) -> Response {
    let Some(name) = args["name"].as_str() else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute name.",
        );
    };
    let server = &data.servers[index];
    let id = site.new_id("image");
    let now = SystemTime::now();
    let mut image = crate::site::image_json(&id, name, &server.project_id, now, "private");
    let content = format!("{}:{}", site.name, server.id).into_bytes();
    crate::site::set_image_data(&mut image, &content, now);
    let backup = action == "createBackup";
    let kind = args["backup_type"].as_str().unwrap_or_default().to_string();
    let mut properties = json!({"image_type": if backup { "backup" } else { "snapshot" },
        "instance_uuid": server.id, "base_image_ref": server.image_id, "user_id": server.user_id});
    if backup {
        properties["backup_type"] = json!(kind);
    }
    for (key, value) in args["metadata"].as_object().into_iter().flatten() {
        properties[key] = value.clone();
    }
    for (key, value) in properties.as_object().into_iter().flatten() {
        image[key] = value.clone();
    }
    let server_id = server.id.clone();
    data.image_data.insert(id.clone(), content.into());
    data.images.push(image);
    if backup {
        // Glance lists newest last: keep the last `rotation` of the type.
        let rotation = args["rotation"].as_u64().unwrap_or(1) as usize;
        let of_kind = |i: &Value| {
            i["image_type"] == "backup"
                && i["instance_uuid"] == server_id.as_str()
                && i["backup_type"] == kind.as_str()
        };
        let mut backups: Vec<String> = data
            .images
            .iter()
            .filter(|i| of_kind(i))
            .filter_map(|i| i["id"].as_str().map(str::to_string))
            .collect();
        let drop = backups.len().saturating_sub(rotation);
        backups.truncate(drop);
        data.images
            .retain(|i| !backups.iter().any(|b| i["id"] == b.as_str()));
    }
    record(site, data, index, action);
    json_response(StatusCode::ACCEPTED, json!({ "image_id": id }))
}

/// `GET /os-migrations` (admin): newest first, filtered by `instance_uuid`,
/// `status`, `migration_type`, `host` (source or destination), and from
/// compute 2.80 `project_id` and `user_id`.
fn list(data: &Data, q: &HashMap<String, String>, version: (u32, u32)) -> Response {
    let is = |key: &str, value: &str| q.get(key).is_none_or(|want| want == value);
    let migrations: Vec<Value> = data
        .migrations
        .iter()
        .rev()
        .filter(|m| is("instance_uuid", &m.server_id) && is("status", m.status))
        .filter(|m| is("migration_type", m.kind))
        .filter(|m| {
            q.get("host")
                .is_none_or(|h| *h == m.source || m.dest.as_ref() == Some(h))
        })
        .filter(|m| {
            version < (2, 80) || (is("project_id", &m.project_id) && is("user_id", &m.user_id))
        })
        .map(|m| shown(m, version))
        .collect();
    json_response(StatusCode::OK, json!({ "migrations": migrations }))
}

/// A migration as Nova shows it at `version`. A live migration has no
/// source node; one that found no host has no destination.
fn shown(m: &Migration, version: (u32, u32)) -> Value {
    // In whole seconds, as Nova's database keeps them.
    let at = |t: SystemTime| {
        let secs = t
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs);
        iso_micro(t).trim_end_matches('Z').to_string()
    };
    let live = m.kind == "live-migration";
    let mut shown = json!({
        "id": m.id, "source_compute": m.source,
        "source_node": if live { None } else { Some(&m.source) },
        "dest_compute": m.dest, "dest_node": m.dest,
        "dest_host": m.dest.as_ref().map(|_| "192.168.0.1"),
        "old_instance_type_id": m.old_flavor, "new_instance_type_id": m.new_flavor,
        "instance_uuid": m.server_id, "status": m.status,
        "created_at": at(m.created), "updated_at": at(m.updated),
    });
    if version >= (2, 23) {
        shown["migration_type"] = json!(m.kind);
    }
    if version >= (2, 59) {
        shown["uuid"] = json!(m.uuid);
    }
    if version >= (2, 80) {
        shown["project_id"] = json!(m.project_id);
        shown["user_id"] = json!(m.user_id);
    }
    shown
}

pub(super) async fn migrations(
    Extension(site): Extension<Arc<Site>>,
    Q(q): Query,
    headers: HeaderMap,
) -> Response {
    let data = site.data.lock().unwrap();
    list(&data, &q, super::microversion(&headers))
}
