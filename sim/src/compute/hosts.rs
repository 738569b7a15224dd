//! Nova's view of its hosts: one compute host per simulated site, its
//! hypervisor (`/os-hypervisors/detail`, usage figures from the servers
//! on it, as compute 2.79 shows them) and its services (`/os-services`).

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{Value, json};

use crate::http::{Q, Query, json_response};
use crate::site::{Host, Site, stable_uuid};

/// The one compute host of a site.
pub(super) fn host(site: &Site) -> String {
    format!("{}-compute", site.name.to_lowercase())
}

pub(super) async fn hypervisors(Extension(site): Extension<Arc<Site>>) -> Response {
    let host = host(&site);
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
        "service": {"id": service_id(&site, "nova-compute"), "host": host, "disabled_reason": null},
        "vcpus": total_vcpus, "memory_mb": total_ram, "local_gb": total_disk,
        "vcpus_used": vcpus, "memory_mb_used": ram, "local_gb_used": disk,
        "free_ram_mb": total_ram - ram, "free_disk_gb": total_disk - disk,
        "current_workload": 0, "running_vms": used.servers, "disk_available_least": 0,
        "cpu_info": {"arch": "x86_64", "model": "Nehalem", "vendor": "Intel",
                     "features": ["pge", "clflush"],
                     "topology": {"cores": 1, "threads": 1, "sockets": 4}},
    });
    json_response(StatusCode::OK, json!({ "hypervisors": [hypervisor] }))
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

/// The conductor, the scheduler and the compute service of the host;
/// `host` and `binary` filter.
pub(super) async fn services(Extension(site): Extension<Arc<Site>>, Q(q): Query) -> Response {
    let host = host(&site);
    let updated = heartbeat();
    let updated = updated.as_str();
    let services: Vec<Value> = [
        ("nova-conductor", "internal"),
        ("nova-scheduler", "internal"),
        ("nova-compute", "nova"),
    ]
    .into_iter()
    .filter(|(binary, _)| q.get("binary").is_none_or(|b| b == binary))
    .filter(|_| q.get("host").is_none_or(|h| *h == host))
    .map(|(binary, zone)| {
        json!({"binary": binary, "host": host, "id": service_id(&site, binary), "zone": zone,
               "status": "enabled", "state": "up", "updated_at": updated,
               "disabled_reason": null, "forced_down": false})
    })
    .collect();
    json_response(StatusCode::OK, json!({ "services": services }))
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
