//! Nova's view of its hosts: one compute host per simulated site, its
//! hypervisor (`/os-hypervisors/detail`, usage figures from the servers
//! on it, as compute 2.79 shows them) and its services (`/os-services`).

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde_json::{Value, json};

use super::S;
use crate::http::{Q, Query, error, json_response};
use crate::site::{ComputeService, Host, Site, stable_uuid};

/// The one compute host of a site.
pub(super) fn host(site: &Site) -> String {
    format!("{}-compute", site.name.to_lowercase())
}

/// The site's one hypervisor as compute 2.79 shows it in detail.
fn hypervisor(site: &Site) -> Value {
    let host = host(site);
    let data = site.data.lock().unwrap();
    let used = data.in_use(Some(SystemTime::now()));
    // Nova counts the host's reserved memory as used.
    let (vcpus, ram, disk) = (
        used.vcpus,
        used.ram_mb + Host::RESERVED_RAM_MB,
        used.disk_gb,
    );
    let (total_vcpus, total_ram, total_disk) = (Host::VCPUS, Host::RAM_MB, Host::DISK_GB);
    let hypervisor = json!({
        "id": stable_uuid(&format!("{}/hypervisor", site.name)), "hypervisor_hostname": host,
        "state": "up", "status": "enabled", "hypervisor_type": "fake", "hypervisor_version": 1000,
        "host_ip": "127.0.0.1",
        "service": {"id": service_id(site, "nova-compute"), "host": host, "disabled_reason": null},
        "vcpus": total_vcpus, "memory_mb": total_ram, "local_gb": total_disk,
        "vcpus_used": vcpus, "memory_mb_used": ram, "local_gb_used": disk,
        "free_ram_mb": total_ram - ram, "free_disk_gb": total_disk - disk,
        "current_workload": 0, "running_vms": used.servers, "disk_available_least": 0,
        "cpu_info": {"arch": "x86_64", "model": "Nehalem", "vendor": "Intel",
                     "features": ["pge", "clflush"],
                     "topology": {"cores": 1, "threads": 1, "sockets": 4}},
    });
    hypervisor
}

pub(super) async fn hypervisors(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(
        StatusCode::OK,
        json!({ "hypervisors": [hypervisor(&site)] }),
    )
}

/// `GET /os-hypervisors`: the brief list, `hypervisor_hostname_pattern`
/// as a substring (404 when nothing matches, as Nova).
pub(super) async fn brief(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let h = hypervisor(&site);
    let name = h["hypervisor_hostname"].as_str().unwrap_or_default();
    if let Some(pattern) = q.get("hypervisor_hostname_pattern")
        && !name.contains(pattern.as_str())
    {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!("No hypervisor matching '{pattern}' could be found."),
        );
    }
    let brief = json!({"id": h["id"], "hypervisor_hostname": name, "state": h["state"], "status": h["status"]});
    json_response(StatusCode::OK, json!({ "hypervisors": [brief] }))
}

/// `GET /os-hypervisors/{id}`: a UUID (400 otherwise, as Nova).
pub(super) async fn show_hypervisor(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    let h = hypervisor(&site);
    if h["id"] == id.as_str() {
        return json_response(StatusCode::OK, json!({ "hypervisor": h }));
    }
    if id.len() != 36 || id.chars().filter(|c| *c == '-').count() != 4 {
        return error(S, StatusCode::BAD_REQUEST, &format!("Invalid uuid {id}"));
    }
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Hypervisor with ID '{id}' could not be found."),
    )
}

/// `GET /os-hypervisors/{id}/uptime`: Nova's fake driver tells none (501).
pub(super) async fn uptime() -> Response {
    error(
        S,
        StatusCode::NOT_IMPLEMENTED,
        "The requested functionality is not supported.",
    )
}

/// The services' last heartbeat: now, in the whole seconds Nova keeps.
fn heartbeat() -> String {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(SystemTime::UNIX_EPOCH, |d| {
            SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(d.as_secs())
        });
    crate::site::iso_micro(now)
        .trim_end_matches('Z')
        .to_string()
}

fn service_id(site: &Site, binary: &str) -> String {
    stable_uuid(&format!("{}/service/{binary}", site.name))
}

/// The conductor, the scheduler and the compute service of the host (not
/// deleted); `host` and `binary` filter.
pub(super) async fn services(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let data = site.data.lock().unwrap();
    let services: Vec<Value> = BINARIES
        .into_iter()
        .filter(|binary| !data.compute_service.deleted.iter().any(|d| d == binary))
        .map(|binary| service(&site, &data.compute_service, binary))
        .filter(|s| q.get("binary").is_none_or(|b| s["binary"] == b.as_str()))
        .filter(|s| q.get("host").is_none_or(|h| s["host"] == h.as_str()))
        .collect();
    json_response(StatusCode::OK, json!({ "services": services }))
}

const BINARIES: [&str; 3] = ["nova-conductor", "nova-scheduler", "nova-compute"];

/// The binary of service `id`, unless it was deleted.
fn binary_of(site: &Site, state: &ComputeService, id: &str) -> Option<&'static str> {
    BINARIES
        .into_iter()
        .filter(|b| !state.deleted.iter().any(|d| d == b))
        .find(|b| service_id(site, b) == id)
}

/// A service as `os-services` shows it; only `nova-compute` is ever
/// disabled or forced down.
fn service(site: &Site, state: &ComputeService, binary: &str) -> Value {
    let compute = binary == "nova-compute";
    let (disabled, reason, down) = match compute {
        true => (
            state.disabled.is_some(),
            state.disabled.clone().flatten(),
            state.forced_down,
        ),
        false => (false, None, false),
    };
    json!({"binary": binary, "host": host(site), "id": service_id(site, binary),
           "zone": if compute { "nova" } else { "internal" },
           "status": if disabled { "disabled" } else { "enabled" },
           "state": if down { "down" } else { "up" }, "updated_at": heartbeat(),
           "disabled_reason": reason, "forced_down": down})
}

/// `PUT /os-services/{id}` (compute 2.53+): `status` with its
/// `disabled_reason`, `forced_down`; for `nova-compute` only, as Nova.
/// Nova's 400 for a service ID that is no UUID (from 2.53 on, IDs are).
fn not_a_uuid(id: &str) -> Option<Response> {
    let hex = |part: &str, n: usize| part.len() == n && part.chars().all(|c| c.is_ascii_hexdigit());
    let parts: Vec<&str> = id.split('-').collect();
    let uuid = parts.len() == 5 && parts.iter().zip([8, 4, 4, 4, 12]).all(|(p, n)| hex(p, n));
    (!uuid).then(|| error(S, StatusCode::BAD_REQUEST, &format!("Invalid uuid {id}")))
}

pub(super) async fn update_service(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    if let Some(refused) = not_a_uuid(&id) {
        return refused;
    }
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let mut data = site.data.lock().unwrap();
    let Some(binary) = binary_of(&site, &data.compute_service, &id) else {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Service {id} could not be found."),
        );
    };
    if binary != "nova-compute" {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!(
                "Updating a {binary} service is not supported. Only nova-compute services can be updated."
            ),
        );
    }
    let state = &mut data.compute_service;
    match body["status"].as_str() {
        Some("enabled") => state.disabled = None,
        Some("disabled") => {
            state.disabled = Some(body["disabled_reason"].as_str().map(str::to_string))
        }
        Some(_) => {
            return error(
                S,
                StatusCode::BAD_REQUEST,
                "Invalid input for field/attribute status.",
            );
        }
        None => {}
    }
    if let Some(down) = body["forced_down"].as_bool() {
        state.forced_down = down;
    }
    let shown = service(&site, &data.compute_service, binary);
    site.changed();
    json_response(StatusCode::OK, json!({ "service": shown }))
}

/// `DELETE /os-services/{id}`: 409 for the compute service while it
/// hosts servers, as Nova.
pub(super) async fn delete_service(
    Extension(site): Extension<Arc<Site>>,
    Path(id): Path<String>,
) -> Response {
    if let Some(refused) = not_a_uuid(&id) {
        return refused;
    }
    let mut data = site.data.lock().unwrap();
    let Some(binary) = binary_of(&site, &data.compute_service, &id) else {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Service {id} not found."),
        );
    };
    if binary == "nova-compute" && !data.servers.is_empty() {
        return error(
            S,
            StatusCode::CONFLICT,
            "Unable to delete compute service that is hosting instances. Migrate or delete the instances first.",
        );
    }
    data.compute_service.deleted.push(binary.to_string());
    site.changed();
    StatusCode::NO_CONTENT.into_response()
}

/// `os-availability-zone` (`nova`, no hosts) and its `/detail` (admin):
/// the `internal` zone with the conductor and scheduler, `nova` with the
/// compute service, each service's state.
pub(super) async fn zones() -> Response {
    json_response(
        StatusCode::OK,
        json!({"availabilityZoneInfo": [
            {"zoneName": "nova", "zoneState": {"available": true}, "hosts": null}]}),
    )
}

pub(super) async fn zones_detail(Extension(site): Extension<Arc<Site>>) -> Response {
    let host = host(&site);
    let updated = heartbeat();
    let state = json!({"available": true, "active": true, "updated_at": updated});
    json_response(
        StatusCode::OK,
        json!({"availabilityZoneInfo": [
            {"zoneName": "internal", "zoneState": {"available": true},
             "hosts": {host.clone(): {"nova-conductor": state, "nova-scheduler": state}}},
            {"zoneName": "nova", "zoneState": {"available": true},
             "hosts": {host: {"nova-compute": state}}},
        ]}),
    )
}
