//! Cinder `/v3/{project_id}`: volumes (brief and detail, `volumes_links`
//! pagination, creating then available) and limits, in Cinder's shapes.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{
    Q, Query, error, json_response, next_query, page, project_of, public, require_token,
};
use crate::site::{Service, Site, Token, volume_json};

mod attachments;
mod backups;
mod qos;
mod quotas;
mod services;
mod snapshots;
mod transfers;
mod types;
pub use quotas::QUOTAS;
pub use services::seeded as seeded_services;
pub use types::type_json;

const S: Option<Service> = Some(Service::Volume);
const MAX_LIMIT: usize = 1000;

pub fn router() -> Router {
    let protected = Router::new()
        .route(
            "/v3/{project}/volumes",
            get(list_volumes).post(create_volume),
        )
        .route("/v3/{project}/volumes/detail", get(list_volumes_detail))
        .route(
            "/v3/{project}/volumes/{id}",
            get(show_volume).put(update_volume).delete(delete_volume),
        )
        .route(
            "/v3/{project}/volumes/{id}/action",
            axum::routing::post(volume_action),
        )
        .route(
            "/v3/{project}/volumes/{id}/metadata",
            axum::routing::post(add_volume_metadata),
        )
        .route(
            "/v3/{project}/volumes/{id}/metadata/{key}",
            axum::routing::delete(delete_volume_metadata),
        )
        .route(
            "/v3/{project}/snapshots",
            get(snapshots::list).post(snapshots::create),
        )
        .route(
            "/v3/{project}/snapshots/detail",
            get(snapshots::list_detail),
        )
        .route(
            "/v3/{project}/snapshots/{id}",
            get(snapshots::show)
                .put(snapshots::update)
                .delete(snapshots::delete),
        )
        .route(
            "/v3/{project}/snapshots/{id}/metadata",
            axum::routing::post(snapshots::add_metadata),
        )
        .route(
            "/v3/{project}/snapshots/{id}/metadata/{key}",
            axum::routing::delete(snapshots::delete_metadata),
        )
        .route(
            "/v3/{project}/snapshots/{id}/action",
            axum::routing::post(snapshots::action),
        )
        .route("/v3/{project}/attachments", get(attachments::list))
        .route("/v3/{project}/attachments/{id}", get(attachments::show))
        .route(
            "/v3/{project}/backups",
            get(backups::list).post(backups::create),
        )
        .route("/v3/{project}/backups/detail", get(backups::list_detail))
        .route(
            "/v3/{project}/backups/{id}",
            get(backups::show).delete(backups::delete),
        )
        .route(
            "/v3/{project}/backups/{id}/action",
            axum::routing::post(backups::action),
        )
        .route(
            "/v3/{project}/backups/{id}/restore",
            axum::routing::post(backups::restore),
        )
        .route("/v3/{project}/qos-specs", get(qos::list).post(qos::create))
        .route(
            "/v3/{project}/qos-specs/{id}",
            get(qos::show).put(qos::update).delete(qos::delete),
        )
        .route(
            "/v3/{project}/qos-specs/{id}/delete_keys",
            axum::routing::put(qos::delete_keys),
        )
        .route(
            "/v3/{project}/qos-specs/{id}/associations",
            get(qos::associations),
        )
        .route("/v3/{project}/qos-specs/{id}/{action}", get(qos::associate))
        .route("/v3/{project}/types", get(types::list).post(types::create))
        .route(
            "/v3/{project}/types/{id}",
            get(types::show).put(types::update).delete(types::delete),
        )
        .route(
            "/v3/{project}/types/{id}/extra_specs",
            get(types::extra_specs).post(types::set_extra_specs),
        )
        .route(
            "/v3/{project}/types/{id}/extra_specs/{key}",
            axum::routing::delete(types::delete_extra_spec),
        )
        .route(
            "/v3/{project}/types/{id}/action",
            axum::routing::post(types::action),
        )
        .route(
            "/v3/{project}/types/{id}/os-volume-type-access",
            get(types::access),
        )
        .route(
            "/v3/{project}/volume-transfers",
            get(transfers::list).post(transfers::create),
        )
        .route(
            "/v3/{project}/volume-transfers/detail",
            get(transfers::list_detail),
        )
        .route(
            "/v3/{project}/volume-transfers/{id}",
            get(transfers::show).delete(transfers::delete),
        )
        .route(
            "/v3/{project}/volume-transfers/{id}/accept",
            axum::routing::post(transfers::accept),
        )
        .route("/v3/{project}/os-services", get(services::list))
        .route(
            "/v3/{project}/os-services/{action}",
            axum::routing::put(services::update),
        )
        .route("/v3/{project}/limits", get(limits))
        .route(
            "/v3/{project}/os-availability-zone",
            get(|| async {
                json_response(
                    StatusCode::OK,
                    json!({"availabilityZoneInfo": [
                        {"zoneName": "nova", "zoneState": {"available": true}}]}),
                )
            }),
        )
        .route(
            "/v3/{project}/os-quota-sets/{target}",
            get(quotas::show).put(quotas::update).delete(quotas::revert),
        )
        .route(
            "/v3/{project}/os-quota-sets/{target}/defaults",
            get(quotas::defaults),
        )
        .route(
            "/v3/{project}/os-quota-class-sets/{class}",
            get(quotas::class).put(quotas::update_class),
        )
        // The current version's document is behind Keystone's middleware,
        // as Cinder's `/v3/` is.
        .route("/v3", get(versions))
        .route("/v3/", get(versions))
        .route_layer(middleware::from_fn(supported_version))
        .route_layer(middleware::from_fn(require_token));
    Router::new().route("/", get(versions)).merge(protected)
}

/// Cinder's version document: every version at `/` (300), the current
/// one's at `/v3/` (200).
async fn versions(Extension(site): Extension<Arc<Site>>, uri: axum::http::Uri) -> Response {
    let (major, minor) = site.volume_max();
    let max = format!("{major}.{minor}");
    let status = match uri.path() {
        "/" => StatusCode::MULTIPLE_CHOICES,
        _ => StatusCode::OK,
    };
    json_response(
        status,
        json!({"versions": [{"id": "v3.0", "status": "CURRENT", "version": max, "min_version": "3.0",
            "updated": "2023-08-31T00:00:00Z",
            "links": [{"rel": "describedby", "type": "text/html", "href": "https://docs.openstack.org/"},
                      {"rel": "self", "href": format!("{}/volume/v3/", site.base())}],
            "media-types": [{"base": "application/json", "type": "application/vnd.openstack.volume+json;version=3"}]}]}),
    )
}

fn not_found(id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Volume {id} could not be found."),
    )
}

/// Cinder's 406 for a microversion above the site's highest; `latest` is
/// its highest.
async fn supported_version(
    Extension(site): Extension<Arc<Site>>,
    request: axum::extract::Request,
    next: middleware::Next,
) -> Response {
    match crate::http::within_versions(request, "volume", None, (3, 0), site.volume_max()) {
        Ok(request) => next.run(request).await,
        Err(refused) => refused,
    }
}

/// The block-storage microversion a request asks for (3.0 when none).
fn version(headers: &axum::http::HeaderMap) -> (u32, u32) {
    crate::http::microversion(headers, "volume", None, (3, 0), (3, 71))
}

/// How a volume is shown to one request: the fields of its microversion,
/// and an admin's own (the host, the migration's).
struct Viewer<'a> {
    v: (u32, u32),
    admin: bool,
    site: &'a Site,
    types: &'a [Value],
}

impl<'a> Viewer<'a> {
    fn new(
        site: &'a Site,
        t: &Token,
        headers: &axum::http::HeaderMap,
        data: &'a crate::site::Data,
    ) -> Self {
        Viewer {
            v: version(headers),
            admin: crate::keystone::is_admin_in(data, t),
            site,
            types: &data.volume_types,
        }
    }

    fn show(&self, volume: &Value) -> Value {
        let mut shown = render(volume);
        let Some(fields) = shown.as_object_mut() else {
            return shown;
        };
        let kind = self
            .types
            .iter()
            .find(|k| k["name"] == volume["volume_type"])
            .map_or(Value::Null, |k| k["id"].clone());
        let site = &self.site.name;
        let later: [(&str, (u32, u32), Value); 7] = [
            ("provider_id", (3, 21), Value::Null),
            (
                "service_uuid",
                (3, 48),
                json!(crate::site::stable_uuid(&format!("{site}/cinder-volume"))),
            ),
            ("shared_targets", (3, 48), json!(false)),
            ("cluster_name", (3, 61), Value::Null),
            ("volume_type_id", (3, 63), kind),
            ("consumes_quota", (3, 65), json!(true)),
            (
                "group_id",
                (3, 13),
                fields.get("group_id").cloned().unwrap_or(Value::Null),
            ),
        ];
        for (key, since, value) in later {
            match self.v >= since {
                true => fields.insert(key.to_string(), value),
                false => fields.remove(key),
            };
        }
        if self.admin {
            let host = format!("{site}-volume1@lvmdriver-1#lvmdriver-1");
            fields.insert("os-vol-host-attr:host".into(), json!(host));
            fields.insert("os-vol-mig-status-attr:migstat".into(), Value::Null);
            fields.insert("os-vol-mig-status-attr:name_id".into(), Value::Null);
        }
        shown
    }
}

/// Milliseconds since the epoch: when something made becomes ready.
fn millis(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as u64
}

/// Whether a volume or snapshot being made is ready by now.
fn ready(item: &Value) -> bool {
    item["_available_at"]
        .as_u64()
        .is_none_or(|at| millis(SystemTime::now()) >= at)
}

/// A volume as shown now: `creating` until its time is up, then the
/// status of a job on it while that runs, and what the job changes once
/// it is done.
fn render(volume: &Value) -> Value {
    let mut v = public(volume);
    if !ready(volume) {
        v["status"] = json!("creating");
    } else if let Some(status) = busy(volume) {
        v["status"] = json!(status);
    } else if let Some(after) = volume["_after"].as_object() {
        for (key, value) in after {
            v[key] = value.clone();
        }
    }
    v
}

/// The status a volume or snapshot shows while a job on it runs
/// (`backing-up`, `restoring-backup`, `extending`), until its time is up.
fn busy(item: &Value) -> Option<&str> {
    let until = item["_busy_until"].as_u64()?;
    (millis(SystemTime::now()) < until)
        .then(|| item["_busy"].as_str())
        .flatten()
}

/// Starts a job on a volume or snapshot: `status` shown until `until`,
/// then the fields of `after` (merged into the item for good once its
/// time is up; `render` shows them from then on).
fn hold(item: &mut Value, status: &str, until: SystemTime, after: Value) {
    settle(item);
    item["_busy"] = json!(status);
    item["_busy_until"] = json!(millis(until));
    item["_after"] = after;
}

/// Makes a finished job's changes part of the item.
fn settle(item: &mut Value) {
    if busy(item).is_some() {
        return;
    }
    if let Some(fields) = item.as_object_mut() {
        fields.remove("_busy");
        fields.remove("_busy_until");
        if let Some(Value::Object(after)) = fields.remove("_after") {
            fields.extend(after);
        }
    }
}

/// When a job started now on `site` is done.
fn job_done(site: &Site) -> SystemTime {
    SystemTime::now() + site.seed.build_time.max(Duration::from_millis(1))
}

fn owned<'a>(volumes: &'a [Value], token: &Token) -> Vec<&'a Value> {
    volumes
        .iter()
        .filter(|v| v["os-vol-tenant-attr:tenant_id"] == project_of(token).as_str())
        .collect()
}

fn list(
    site: &Site,
    token: &Token,
    q: &HashMap<String, String>,
    detail: bool,
    headers: &axum::http::HeaderMap,
) -> Response {
    let data = site.data.lock().unwrap();
    let viewer = Viewer::new(site, token, headers, &data);
    // `all_tenants` every project's (the simulator's users are admins).
    let all = q
        .get("all_tenants")
        .is_some_and(|a| matches!(a.to_lowercase().as_str(), "true" | "1"));
    let volumes: Vec<&Value> = match all {
        true => data.volumes.iter().collect(),
        false => owned(&data.volumes, token),
    };
    let volumes: Vec<&Value> = volumes
        .into_iter()
        .filter(|v| {
            q.get("project_id")
                .is_none_or(|p| v["os-vol-tenant-attr:tenant_id"] == p.as_str())
        })
        .filter(|v| q.get("user_id").is_none_or(|u| v["user_id"] == u.as_str()))
        .filter(|v| q.get("name").is_none_or(|n| v["name"] == n.as_str()))
        .filter(|v| {
            q.get("status")
                .is_none_or(|s| render(v)["status"] == s.as_str())
        })
        .collect();
    let path = if detail { "volumes/detail" } else { "volumes" };
    paged(site, token, q, &volumes, path, "volumes", |v| {
        if detail {
            viewer.show(v)
        } else {
            json!({"id": v["id"], "name": v["name"], "links": v["links"]})
        }
    })
}

/// A page of a Cinder list at `path`, its items shown by `show`, with
/// `{plural}_links` to the next page when more follow.
fn paged(
    site: &Site,
    token: &Token,
    q: &HashMap<String, String>,
    items: &[&Value],
    path: &str,
    plural: &str,
    show: impl Fn(&Value) -> Value,
) -> Response {
    let (items, more) = match page(
        items,
        |v| v["id"].as_str().unwrap_or_default(),
        q,
        MAX_LIMIT,
        MAX_LIMIT,
    ) {
        Ok(p) => p,
        Err(e) => return error(S, StatusCode::BAD_REQUEST, &e),
    };
    let shown: Vec<Value> = items.iter().map(|v| show(v)).collect();
    let mut body = json!({ plural: shown });
    if let (true, Some(last)) = (more, items.last()) {
        let href = format!(
            "{}/volume/v3/{}/{path}?{}",
            site.base(),
            project_of(token),
            next_query(q, last["id"].as_str().unwrap_or_default())
        );
        body[format!("{plural}_links")] = json!([{"rel": "next", "href": href}]);
    }
    json_response(StatusCode::OK, body)
}

/// A request's JSON body, or Cinder's 400 for one that is not JSON.
fn parse(body: &Bytes) -> Result<Value, Response> {
    serde_json::from_slice::<Value>(body)
        .map_err(|_| error(S, StatusCode::BAD_REQUEST, "Malformed request body"))
}

async fn list_volumes(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: axum::http::HeaderMap,
    Q(q): Query,
) -> Response {
    list(&site, &t, &q, false, &headers)
}

async fn list_volumes_detail(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: axum::http::HeaderMap,
    Q(q): Query,
) -> Response {
    list(&site, &t, &q, true, &headers)
}

async fn show_volume(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: axum::http::HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    let data = site.data.lock().unwrap();
    let viewer = Viewer::new(&site, &t, &headers, &data);
    match owned(&data.volumes, &t)
        .into_iter()
        .find(|v| v["id"] == id.as_str())
    {
        Some(v) => json_response(StatusCode::OK, json!({"volume": viewer.show(v)})),
        None => not_found(&id),
    }
}

async fn create_volume(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let spec = &body["volume"];
    // From a snapshot: its size unless a larger one is asked, bootable as
    // its volume was; from a volume: the same; from an image: bootable.
    let (source_size, bootable, image) = {
        let data = site.data.lock().unwrap();
        if let Some(id) = spec["source_volid"].as_str() {
            let Some(source) = owned(&data.volumes, &t).into_iter().find(|v| v["id"] == id) else {
                return not_found(id);
            };
            let shown = render(source);
            if !matches!(shown["status"].as_str(), Some("available" | "in-use")) {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!(
                        "Invalid volume: Source volume status must be available or in-use, but current status is: {}.",
                        shown["status"].as_str().unwrap_or_default()
                    ),
                );
            }
            let bootable = source["bootable"] == "true";
            (
                source["size"].as_u64(),
                bootable,
                source.get("volume_image_metadata").cloned(),
            )
        } else {
            match (spec["snapshot_id"].as_str(), spec["imageRef"].as_str()) {
                (Some(id), _) => {
                    let project = project_of(&t);
                    let Some(snapshot) = data.snapshots.iter().find(|s| {
                        s["id"] == id
                            && s["os-extended-snapshot-attributes:project_id"] == project.as_str()
                    }) else {
                        return error(
                            S,
                            StatusCode::NOT_FOUND,
                            &format!("Snapshot {id} could not be found."),
                        );
                    };
                    let origin = data
                        .volumes
                        .iter()
                        .find(|v| v["id"] == snapshot["volume_id"]);
                    let bootable = origin.is_some_and(|v| v["bootable"] == "true");
                    (snapshot["size"].as_u64(), bootable, None)
                }
                (None, Some(image)) => {
                    let Some(found) = data
                        .images
                        .iter()
                        .find(|i| i["id"] == image && i["status"] == "active")
                    else {
                        return error(
                            S,
                            StatusCode::BAD_REQUEST,
                            "Invalid image identifier or unable to access requested image.",
                        );
                    };
                    (
                        None,
                        true,
                        Some(json!({"image_id": image, "image_name": found["name"]})),
                    )
                }
                (None, None) => (None, false, None),
            }
        }
    };
    let Some(size) = spec["size"]
        .as_u64()
        .or_else(|| spec["size"].as_str().and_then(|s| s.parse().ok()))
        .or(source_size)
        .filter(|s| *s > 0)
    else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input received: 'size' must be a positive integer",
        );
    };
    let id = site.new_id("volume");
    let now = SystemTime::now();
    let mut volume = volume_json(
        &site.base(),
        &id,
        spec["name"].as_str().unwrap_or_default(),
        size,
        &project_of(&t),
        &t.user_id,
        now,
    );
    if spec["name"].is_null() {
        volume["name"] = Value::Null;
    }
    if let Some(smallest) = source_size.filter(|smallest| size < *smallest) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Invalid input received: Volume size '{size}'GB cannot be smaller than the snapshot size {smallest}GB. They must be >= original snapshot size."
            ),
        );
    }
    volume["snapshot_id"] = spec["snapshot_id"].clone();
    volume["source_volid"] = spec["source_volid"].clone();
    volume["bootable"] = json!(bootable.to_string());
    if let Some(image) = image {
        volume["volume_image_metadata"] = image;
    }
    for key in ["description", "availability_zone", "metadata"] {
        if let Some(v) = spec.get(key).filter(|v| !v.is_null()) {
            volume[key] = v.clone();
        }
    }
    let ready = now + site.seed.build_time.max(Duration::from_millis(1));
    volume["_available_at"] = json!(millis(ready));
    let mut data = site.data.lock().unwrap();
    match types::for_new_volume(&data, spec["volume_type"].as_str(), &project_of(&t)) {
        Ok(name) if !name.is_empty() => volume["volume_type"] = json!(name),
        Ok(_) => {}
        Err(refused) => return refused,
    }
    data.volumes.push(volume.clone());
    let mut shown = Viewer::new(&site, &t, &headers, &data).show(&volume);
    drop(data);
    shown["status"] = json!("creating");
    json_response(StatusCode::ACCEPTED, json!({"volume": shown}))
}

async fn update_volume(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    headers: axum::http::HeaderMap,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let mut data = site.data.lock().unwrap();
    let project = project_of(&t);
    let Some(volume) = data
        .volumes
        .iter_mut()
        .find(|v| v["id"] == id.as_str() && v["os-vol-tenant-attr:tenant_id"] == project.as_str())
    else {
        return not_found(&id);
    };
    for key in ["name", "description", "metadata"] {
        if let Some(v) = body["volume"].get(key) {
            volume[key] = v.clone();
        }
    }
    let volume = volume.clone();
    let viewer = Viewer::new(&site, &t, &headers, &data);
    json_response(StatusCode::OK, json!({"volume": viewer.show(&volume)}))
}

async fn delete_volume(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    Q(q): Query,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let project = project_of(&t);
    // `cascade` deletes the volume's snapshots with it.
    if q.get("cascade")
        .is_some_and(|c| c.eq_ignore_ascii_case("true"))
    {
        data.snapshots.retain(|s| s["volume_id"] != id.as_str());
    }
    let busy = |v: &Value| v["id"] == id.as_str() && busy(v).is_some();
    if data.snapshots.iter().any(|s| s["volume_id"] == id.as_str()) || data.volumes.iter().any(busy)
    {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.",
        );
    }
    let before = data.volumes.len();
    data.volumes.retain(|v| {
        !(v["id"] == id.as_str() && v["os-vol-tenant-attr:tenant_id"] == project.as_str())
    });
    if data.volumes.len() == before {
        return not_found(&id);
    }
    StatusCode::ACCEPTED.into_response()
}

async fn limits(Extension(site): Extension<Arc<Site>>, Extension(t): Extension<Token>) -> Response {
    let data = site.data.lock().unwrap();
    let project = project_of(&t);
    let of = |name: &str| quotas::limit(&data, &project, name);
    let (volumes, gigabytes, snapshots) = (of("volumes"), of("gigabytes"), of("snapshots"));
    let (backups, backup_gigabytes) = (of("backups"), of("backup_gigabytes"));
    json_response(
        StatusCode::OK,
        json!({"limits": {"rate": [], "absolute": {
            "totalSnapshotsUsed": snapshots.1, "maxTotalBackups": backups.0,
            "maxTotalVolumeGigabytes": gigabytes.0, "maxTotalSnapshots": snapshots.0,
            "maxTotalBackupGigabytes": backup_gigabytes.0, "totalBackupGigabytesUsed": 0,
            "maxTotalVolumes": volumes.0, "totalVolumesUsed": volumes.1, "totalBackupsUsed": 0,
            "totalGigabytesUsed": gigabytes.1
        }}}),
    )
}

/// Runs `change` on the token's project's item `id` of `items` (its
/// project at `project_key`), or `missing`'s 404.
pub(super) fn with_item(
    site: &Site,
    t: &Token,
    id: &str,
    items: fn(&mut crate::site::Data) -> &mut Vec<Value>,
    project_key: &str,
    missing: fn(&str) -> Response,
    change: impl FnOnce(&mut Value) -> Response,
) -> Response {
    let mut data = site.data.lock().unwrap();
    let project = project_of(t);
    let found = items(&mut data)
        .iter_mut()
        .find(|i| i["id"] == id && i[project_key] == project.as_str());
    let response = match found {
        Some(item) => {
            settle(item);
            change(item)
        }
        None => return missing(id),
    };
    site.changed();
    response
}

/// Runs `change` on the token's project's volume `id`, or Cinder's 404.
fn with_volume(
    site: &Site,
    t: &Token,
    id: &str,
    change: impl FnOnce(&mut Value) -> Response,
) -> Response {
    fn volumes(data: &mut crate::site::Data) -> &mut Vec<Value> {
        &mut data.volumes
    }
    with_item(
        site,
        t,
        id,
        volumes,
        "os-vol-tenant-attr:tenant_id",
        not_found,
        change,
    )
}

/// `POST /volumes/{id}/action`: `os-extend` (an available volume, to a
/// larger size), `os-reset_status`, `os-set_bootable`, `os-force_delete`.
async fn volume_action(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let action = body
        .as_object()
        .and_then(|b| b.keys().next())
        .cloned()
        .unwrap_or_default();
    let args = body[&action].clone();
    let bad = |message: String| error(S, StatusCode::BAD_REQUEST, &message);
    match action.as_str() {
        "os-force_delete" => {
            let mut data = site.data.lock().unwrap();
            let project = project_of(&t);
            let before = data.volumes.len();
            data.volumes.retain(|v| {
                !(v["id"] == id.as_str() && v["os-vol-tenant-attr:tenant_id"] == project.as_str())
            });
            if data.volumes.len() == before {
                return not_found(&id);
            }
            StatusCode::ACCEPTED.into_response()
        }
        // The site has one volume backend: a migration goes nowhere but
        // where the volume is, or to a host the site lacks. (Real Cinder
        // takes the backend without its pool for another place, and
        // starts a migration the simulator does not make.)
        "os-migrate_volume" => {
            let backends: Vec<String> = {
                let data = site.data.lock().unwrap();
                data.volume_services
                    .iter()
                    .filter(|s| s["binary"] == "cinder-volume")
                    .filter_map(|s| s["host"].as_str().map(str::to_string))
                    .collect()
            };
            let target = args["host"]
                .as_str()
                .or(args["cluster"].as_str())
                .unwrap_or_default()
                .to_string();
            let backend = target.split('#').next().unwrap_or_default();
            with_volume(&site, &t, &id, |_| {
                if args.get("cluster").is_none() && backends.iter().any(|b| b == backend) {
                    return bad(format!(
                        "Invalid volume: Volume {id} status must be available or in-use, must not be migrating, have snapshots, be replicated, be part of a group and destination host/cluster must be different than the current one"
                    ));
                }
                bad(format!(
                    "Invalid host: No available service named '{target}'"
                ))
            })
        }
        "os-extend" => with_volume(&site, &t, &id, |volume| {
            let Some(size) = args["new_size"].as_u64() else {
                return bad("Invalid input for field/attribute new_size.".into());
            };
            let now = volume["size"].as_u64().unwrap_or(0);
            let status = render(volume)["status"].clone();
            if status != "available" {
                return bad(format!(
                    "Invalid volume: Volume {id} status must be available or in-use, but current status is: {}.",
                    status.as_str().unwrap_or_default()
                ));
            }
            if size <= now {
                return bad(format!(
                    "Invalid input received: New size for extend must be greater than current size. (current: {now}, extended: {size})."
                ));
            }
            hold(volume, "extending", job_done(&site), json!({"size": size}));
            StatusCode::ACCEPTED.into_response()
        }),
        "os-reset_status" => {
            with_volume(&site, &t, &id, |volume| {
                match (args["status"].as_str(), args["attach_status"].as_str()) {
                    (None, None) => return bad(
                        "Must specify 'status', 'attach_status' or 'migration_status' for update."
                            .into(),
                    ),
                    (Some(status), _) => {
                        volume["status"] = json!(status);
                        if let Some(fields) = volume.as_object_mut() {
                            fields.remove("_available_at");
                        }
                    }
                    // Cinder keeps it, and shows it nowhere.
                    (None, Some(attach)) => volume["_attach_status"] = json!(attach),
                }
                StatusCode::ACCEPTED.into_response()
            })
        }
        "os-set_image_metadata" => with_volume(&site, &t, &id, |volume| {
            let Some(given) = args["metadata"].as_object() else {
                return bad("Malformed request body".into());
            };
            let mut merged = volume["volume_image_metadata"]
                .as_object()
                .cloned()
                .unwrap_or_default();
            merged.extend(given.clone());
            volume["volume_image_metadata"] = Value::Object(merged.clone());
            json_response(StatusCode::OK, json!({"metadata": merged}))
        }),
        "os-retype" => {
            let Some(wanted) = args["new_type"].as_str() else {
                return bad("Missing required element 'new_type' in request body.".into());
            };
            let name = {
                let data = site.data.lock().unwrap();
                match types::for_new_volume(&data, Some(wanted), &project_of(&t)) {
                    Ok(name) => name,
                    Err(refused) => return refused,
                }
            };
            with_volume(&site, &t, &id, |volume| {
                let status = render(volume)["status"].clone();
                if !matches!(status.as_str(), Some("available" | "in-use")) {
                    return bad(format!(
                        "Invalid volume: Volume {id} status must be available or in-use, but current status is: {}.",
                        status.as_str().unwrap_or_default()
                    ));
                }
                volume["volume_type"] = json!(name);
                StatusCode::ACCEPTED.into_response()
            })
        }
        // The volume `uploading` for a while; a new image in the site's
        // Glance, active once the upload is done. (The volume's bytes are
        // not kept: the image has its size and no checksums.)
        "os-volume_upload_image" => {
            let name = args["image_name"].as_str().unwrap_or_default().to_string();
            let image_id = site.new_id("image");
            let project = project_of(&t);
            let kind = {
                let data = site.data.lock().unwrap();
                data.volumes
                    .iter()
                    .find(|v| v["id"] == id.as_str())
                    .and_then(|v| {
                        data.volume_types
                            .iter()
                            .find(|k| k["name"] == v["volume_type"])
                    })
                    // The type as Cinder's database has it.
                    .map(|k| {
                        let at = crate::site::iso_micro(crate::site::seed_time());
                        let at = at.trim_end_matches('Z');
                        json!({"id": k["id"], "name": k["name"], "description": k["description"],
                               "is_public": k["is_public"], "extra_specs": k["extra_specs"],
                               "qos_specs_id": k["qos_specs_id"], "created_at": at,
                               "updated_at": at, "deleted_at": null, "deleted": false})
                    })
            };
            let answer = with_volume(&site, &t, &id, |volume| {
                let status = render(volume)["status"].clone();
                let forced = args["force"] == true;
                if status != "available" && !(status == "in-use" && forced) {
                    return bad(format!(
                        "Invalid volume: Volume {id} status must be available or in-use, but current status is: {}.",
                        status.as_str().unwrap_or_default()
                    ));
                }
                hold(volume, "uploading", job_done(&site), json!({}));
                let shown = json!({"os-volume_upload_image": {
                    "id": id, "updated_at": volume["updated_at"], "status": "uploading",
                    "display_description": volume["description"], "size": volume["size"],
                    "volume_type": kind, "image_id": image_id,
                    "container_format": args["container_format"], "disk_format": args["disk_format"],
                    "image_name": name, "protected": args["protected"], "visibility": args["visibility"],
                }});
                json_response(StatusCode::ACCEPTED, shown)
            });
            if answer.status() == StatusCode::ACCEPTED {
                let now = SystemTime::now();
                let visibility = args["visibility"].as_str().unwrap_or("private");
                let mut image =
                    crate::site::image_json(&image_id, &name, &project, now, visibility);
                for key in ["disk_format", "container_format", "protected"] {
                    if !args[key].is_null() {
                        image[key] = args[key].clone();
                    }
                }
                let size = site
                    .data
                    .lock()
                    .unwrap()
                    .volumes
                    .iter()
                    .find(|v| v["id"] == id.as_str())
                    .and_then(|v| v["size"].as_u64())
                    .unwrap_or(1);
                image["status"] = json!("active");
                image["size"] = json!(size << 30);
                site.data.lock().unwrap().images.push(image);
                site.changed();
            }
            answer
        }
        "os-update_readonly_flag" => with_volume(&site, &t, &id, |volume| {
            let Some(readonly) = args["readonly"].as_bool() else {
                return bad("Invalid value for 'readonly'".into());
            };
            volume["metadata"]["readonly"] = json!(if readonly { "True" } else { "False" });
            StatusCode::ACCEPTED.into_response()
        }),
        "os-set_bootable" => with_volume(&site, &t, &id, |volume| {
            let bootable = match &args["bootable"] {
                Value::Bool(b) => *b,
                Value::String(s) => s.eq_ignore_ascii_case("true"),
                _ => return bad("Must specify bootable".into()),
            };
            volume["bootable"] = json!(bootable.to_string());
            StatusCode::OK.into_response()
        }),
        _ => bad("There is no such action: ".to_string() + &action),
    }
}

/// `POST /volumes/{id}/metadata`: keys added or changed.
async fn add_volume_metadata(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let Some(given) = body["metadata"].as_object().cloned() else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    with_volume(&site, &t, &id, |volume| {
        if !volume["metadata"].is_object() {
            volume["metadata"] = json!({});
        }
        for (key, value) in given {
            volume["metadata"][key] = value;
        }
        json_response(StatusCode::OK, json!({ "metadata": volume["metadata"] }))
    })
}

/// `DELETE /volumes/{id}/metadata/{key}`
async fn delete_volume_metadata(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    Path((_, id, key)): Path<(String, String, String)>,
) -> Response {
    with_volume(&site, &t, &id, |volume| {
        let removed = volume["metadata"]
            .as_object_mut()
            .and_then(|m| m.remove(&key));
        match removed {
            Some(_) => StatusCode::OK.into_response(),
            None => error(S, StatusCode::NOT_FOUND, "Metadata item was not found"),
        }
    })
}
