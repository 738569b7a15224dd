//! Cinder's backups: `creating` (the volume `backing-up`), then
//! `available`; incremental ones on the volume's latest; restored into a
//! volume (`restoring` / `restoring-backup`) or a new one; the fields by
//! microversion (project 3.18, metadata 3.43, user 3.56).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, busy, hold, job_done, millis, owned, ready};
use crate::http::{Q, Query, error, json_response, microversion, project_of, public};
use crate::site::{Site, Token, iso_micro, volume_json};

const PROJECT: &str = "os-backup-project-attr:project_id";
/// The posix driver's object size (`backup_file_size`).
const OBJECT_BYTES: u64 = 1_999_994_880;

fn not_found(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Backup {id} could not be found."),
    )
}

fn bad(message: &str) -> Response {
    error(S, StatusCode::BAD_REQUEST, message)
}

/// A backup as shown now at microversion `v`: `creating` until its time
/// is up, `restoring` while a restore from it runs.
fn render(backup: &Value, all: &[Value], v: (u32, u32)) -> Value {
    let mut shown = public(backup);
    if !ready(backup) {
        shown["status"] = json!("creating");
    } else if let Some(status) = busy(backup) {
        shown["status"] = json!(status);
    }
    shown["has_dependent_backups"] = json!(all.iter().any(|b| b["_parent"] == backup["id"]));
    let fields = shown.as_object_mut().expect("a backup is an object");
    for (key, since) in [
        (PROJECT, (3, 18)),
        ("metadata", (3, 43)),
        ("user_id", (3, 56)),
    ] {
        if v < since {
            fields.remove(key);
        }
    }
    shown
}

fn version(headers: &HeaderMap) -> (u32, u32) {
    microversion(headers, "volume", None, (3, 0), (3, 71))
}

fn mine<'a>(backups: &'a [Value], t: &Token) -> impl Iterator<Item = &'a Value> {
    let project = project_of(t);
    backups
        .iter()
        .filter(move |b| b[PROJECT] == project.as_str())
}

pub(super) async fn list(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Q(q): Query,
) -> Response {
    listed(&site, &t, &q, None)
}

pub(super) async fn list_detail(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: HeaderMap,
    Q(q): Query,
) -> Response {
    listed(&site, &t, &q, Some(version(&headers)))
}

/// The brief list (`backups`: ID, name, links) or, given a microversion,
/// the detailed one; newest first, as Cinder sorts them.
fn listed(
    site: &Site,
    t: &Token,
    q: &HashMap<String, String>,
    detail: Option<(u32, u32)>,
) -> Response {
    let data = site.data.lock().unwrap();
    let all = q
        .get("all_tenants")
        .is_some_and(|v| v != "0" && !v.eq_ignore_ascii_case("false"));
    let v = detail.unwrap_or((3, 71));
    let wanted = |b: &Value, key: &str, param: &str| {
        q.get(param)
            .is_none_or(|want| render(b, &data.backups, v)[key] == want.as_str())
    };
    let backups: Vec<&Value> = data
        .backups
        .iter()
        .rev()
        .filter(|b| all || b[PROJECT] == project_of(t).as_str())
        .filter(|b| q.get("project_id").is_none_or(|p| b[PROJECT] == p.as_str()))
        .filter(|b| wanted(b, "name", "name") && wanted(b, "status", "status"))
        .filter(|b| wanted(b, "volume_id", "volume_id"))
        .collect();
    match detail {
        Some(v) => super::paged(site, t, q, &backups, "backups/detail", "backups", |b| {
            render(b, &data.backups, v)
        }),
        None => super::paged(
            site,
            t,
            q,
            &backups,
            "backups",
            "backups",
            |b| json!({"id": b["id"], "name": b["name"], "links": b["links"]}),
        ),
    }
}

pub(super) async fn show(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    match mine(&data.backups, &t).find(|b| b["id"] == id.as_str()) {
        Some(b) => json_response(
            StatusCode::OK,
            json!({ "backup": render(b, &data.backups, version(&headers)) }),
        ),
        None => not_found(&id),
    }
}

/// `POST /backups`: of an available volume (in use with `force`) or of
/// one of its snapshots; incremental on the volume's latest available
/// backup. Answered with the ID, name and links only.
pub(super) async fn create(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = &body["backup"];
    let volume_id = spec["volume_id"].as_str().unwrap_or_default();
    let truthy =
        |v: &Value| v == true || v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true"));
    let mut data = site.data.lock().unwrap();
    let Some(volume) = owned(&data.volumes, &t)
        .into_iter()
        .find(|v| v["id"] == volume_id)
        .cloned()
    else {
        return super::not_found(volume_id);
    };
    let volume_shown = super::render(&volume);
    let snapshot_id = spec["snapshot_id"].as_str();
    if let Some(snapshot_id) = snapshot_id {
        let Some(snapshot) = data.snapshots.iter().find(|s| s["id"] == snapshot_id) else {
            return error(
                S,
                StatusCode::NOT_FOUND,
                &format!("Snapshot {snapshot_id} could not be found."),
            );
        };
        if snapshot["volume_id"] != volume_id {
            return bad(&format!(
                "Invalid volume: Volume {volume_id} does not match with snapshot.volume_id {}.",
                snapshot["volume_id"].as_str().unwrap_or_default()
            ));
        }
        let status = super::snapshots::render(snapshot)["status"].clone();
        if status != "available" {
            return bad(&format!(
                "Invalid snapshot: Snapshot to be backed up must be available, but the current status is \"{}\".",
                status.as_str().unwrap_or_default()
            ));
        }
    } else {
        let status = volume_shown["status"].as_str().unwrap_or_default();
        if !matches!(status, "available" | "in-use") {
            return bad(&format!(
                "Invalid volume: Volume to be backed up must be available or in-use, but the current status is \"{status}\"."
            ));
        }
        if status == "in-use" && !truthy(&spec["force"]) {
            return bad("Invalid volume: Backing up an in-use volume must use the force flag.");
        }
    }
    let parent = match truthy(&spec["incremental"]) {
        false => None,
        true => {
            let latest = data
                .backups
                .iter()
                .filter(|b| b["volume_id"] == volume_id && ready(b))
                .max_by(|a, b| {
                    let at =
                        |b: &Value| b["data_timestamp"].as_str().unwrap_or_default().to_string();
                    at(a).cmp(&at(b))
                });
            match latest {
                Some(b) => Some(b["id"].clone()),
                None => {
                    return bad(
                        "Invalid backup: No backups available to do an incremental backup.",
                    );
                }
            }
        }
    };
    let id = site.new_id("backup");
    let now = SystemTime::now();
    let at = iso_micro(now).trim_end_matches('Z').to_string();
    let size = volume["size"].as_u64().unwrap_or(1);
    let container = match spec["container"].as_str() {
        Some(given) => given.to_string(),
        None => format!("{}/{}/{id}", &id[..2], &id[2..4]),
    };
    let objects = match parent {
        Some(_) => 0,
        None => (size << 30).div_ceil(OBJECT_BYTES),
    };
    let project = project_of(&t);
    let base = site.base();
    let backup = json!({
        "id": id, "status": "available", "size": size, "object_count": objects,
        "availability_zone": spec["availability_zone"].as_str().unwrap_or("nova"),
        "container": container, "created_at": at, "updated_at": at,
        "name": spec["name"], "description": spec["description"], "fail_reason": null,
        "volume_id": volume_id,
        "links": [
            {"rel": "self", "href": format!("{base}/volume/v3/{project}/backups/{id}")},
            {"rel": "bookmark", "href": format!("{base}/volume/{project}/backups/{id}")}
        ],
        "is_incremental": parent.is_some(), "snapshot_id": spec["snapshot_id"],
        "data_timestamp": at,
        "metadata": spec.get("metadata").filter(|m| m.is_object()).cloned().unwrap_or(json!({})),
        PROJECT: project, "user_id": t.user_id,
        "_available_at": millis(job_done(&site)), "_parent": parent,
        "_volume": {"name": volume["name"], "description": volume["description"]},
    });
    let done = job_done(&site);
    match snapshot_id {
        Some(snapshot_id) => {
            if let Some(s) = data.snapshots.iter_mut().find(|s| s["id"] == snapshot_id) {
                hold(s, "backing-up", done, json!({}));
            }
        }
        None => {
            if let Some(v) = data.volumes.iter_mut().find(|v| v["id"] == volume_id) {
                hold(v, "backing-up", done, json!({}));
            }
        }
    }
    data.backups.push(backup);
    let links = data.backups.last().map(|b| b["links"].clone());
    json_response(
        StatusCode::ACCEPTED,
        json!({"backup": {"id": id, "name": spec["name"], "links": links}}),
    )
}

pub(super) async fn delete(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    remove(&site, &t, &id, false)
}

/// A backup deleted: available or failed ones, any with `force`; never
/// one that incremental backups build on.
fn remove(site: &Site, t: &Token, id: &str, force: bool) -> Response {
    let mut data = site.data.lock().unwrap();
    let Some(backup) = mine(&data.backups, t).find(|b| b["id"] == id) else {
        return not_found(id);
    };
    let status = render(backup, &data.backups, (3, 0))["status"].clone();
    if !force && status != "available" && status != "error" {
        return bad("Invalid backup: Backup status must be available or error");
    }
    if data.backups.iter().any(|b| b["_parent"] == id) {
        return bad("Invalid backup: Incremental backups exist for this backup.");
    }
    data.backups.retain(|b| b["id"] != id);
    site.changed();
    StatusCode::ACCEPTED.into_response()
}

/// `os-force_delete` and `os-reset_status`.
pub(super) async fn action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let action = body.as_object().and_then(|b| b.keys().next()).cloned();
    match action.as_deref() {
        Some("os-force_delete") => remove(&site, &t, &id, true),
        Some("os-reset_status") => {
            let status = body["os-reset_status"]["status"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            if !matches!(status.as_str(), "available" | "error") {
                return bad(&format!(
                    "Invalid input for field/attribute status. Value: {status}. '{status}' is not one of ['available', 'error']"
                ));
            }
            fn backups(data: &mut crate::site::Data) -> &mut Vec<Value> {
                &mut data.backups
            }
            super::with_item(&site, &t, &id, backups, PROJECT, not_found, |backup| {
                backup["status"] = json!(status);
                if let Some(fields) = backup.as_object_mut() {
                    fields.remove("_available_at");
                }
                StatusCode::ACCEPTED.into_response()
            })
        }
        _ => bad("Invalid request body"),
    }
}

/// `POST /backups/{id}/restore`: into the volume named (available, large
/// enough) or a new one, which takes the backed-up volume's name once
/// restored unless it was given one.
pub(super) async fn restore(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match super::parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = &body["restore"];
    let volume_id = spec["volume_id"].as_str();
    if let Some(given) = volume_id.filter(|v| !uuid_like(v)) {
        return bad(&format!(
            "Invalid input for field/attribute volume_id. Value: {given}. '{given}' is not valid under any of the given schemas"
        ));
    }
    let mut data = site.data.lock().unwrap();
    let Some(backup) = mine(&data.backups, &t)
        .find(|b| b["id"] == id.as_str())
        .cloned()
    else {
        return not_found(&id);
    };
    if render(&backup, &data.backups, (3, 0))["status"] != "available" {
        return bad("Invalid backup: Backup status must be available");
    }
    let size = backup["size"].as_u64().unwrap_or(1);
    let done = job_done(&site);
    let (target, after) = match volume_id {
        Some(volume_id) => {
            let Some(volume) = owned(&data.volumes, &t)
                .into_iter()
                .find(|v| v["id"] == volume_id)
            else {
                return super::not_found(volume_id);
            };
            (volume["id"].clone(), json!({}))
        }
        None => {
            let project = project_of(&t);
            let new = site.new_id("volume");
            let name = spec["name"]
                .as_str()
                .map_or(format!("restore_backup_{id}"), str::to_string);
            let mut volume = volume_json(
                &site.base(),
                &new,
                &name,
                size,
                &project,
                &t.user_id,
                SystemTime::now(),
            );
            volume["description"] = json!("auto-created_from_restore_from_backup");
            data.volumes.push(volume);
            // Named by the restore when it was not given a name.
            let restored = &backup["_volume"];
            let after = match name.starts_with("restore_backup_") && !restored["name"].is_null() {
                true => json!({"name": restored["name"], "description": restored["description"]}),
                false => json!({}),
            };
            (json!(new), after)
        }
    };
    let volume = data
        .volumes
        .iter_mut()
        .find(|v| v["id"] == target)
        .expect("the volume was found or made");
    let status = super::render(volume)["status"].clone();
    if status != "available" {
        return bad("Invalid volume: Volume to be restored to must be available");
    }
    let volume_size = volume["size"].as_u64().unwrap_or(0);
    if size > volume_size {
        return bad(&format!(
            "Invalid volume: volume size {volume_size} is too small to restore backup of size {size}."
        ));
    }
    let volume_name = volume["name"].clone();
    hold(volume, "restoring-backup", done, after);
    if let Some(b) = data.backups.iter_mut().find(|b| b["id"] == id.as_str()) {
        hold(b, "restoring", done, json!({}));
    }
    site.changed();
    json_response(
        StatusCode::ACCEPTED,
        json!({"restore": {"backup_id": id, "volume_id": target, "volume_name": volume_name}}),
    )
}

/// What Cinder's request schema takes for a volume ID: 36 characters,
/// dashes where a UUID has them.
fn uuid_like(id: &str) -> bool {
    id.len() == 36
        && id.bytes().enumerate().all(|(i, b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}
