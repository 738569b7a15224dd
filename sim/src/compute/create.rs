//! `POST /servers`: Nova's checks of a new server (flavor, image,
//! networks, key, zone, security groups, group), then the scheduler's
//! answer on the site's one host, and `max_count` servers made.

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::http::StatusCode;
use axum::response::Response;
use bytes::Bytes;
use serde_json::{Value, json};

use super::{S, links};
use crate::http::{error, json_response, project_of};
use crate::site::{Host, Server, Site, Token, VmState};

pub(super) async fn create_server(
    Extension(site): Extension<Arc<Site>>,
    Extension(t): Extension<Token>,
    body: Bytes,
) -> Response {
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return error(S, StatusCode::BAD_REQUEST, "Malformed request body");
    };
    let spec = &body["server"];
    let Some(name) = spec["name"].as_str().filter(|n| !n.is_empty()) else {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Invalid input for field/attribute server. Value: None. 'name' is a required property",
        );
    };
    let flavor_ref = spec["flavorRef"].as_str().unwrap_or_default().to_string();
    let image_ref = spec["imageRef"].as_str().unwrap_or_default().to_string();
    let mut data = site.data.lock().unwrap();
    let flavor_ref = flavor_ref
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    if !data.flavors.iter().any(|f| f["id"] == flavor_ref.as_str()) {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Flavor {flavor_ref} could not be found."),
        );
    }
    if !image_ref.is_empty()
        && !data
            .images
            .iter()
            .any(|i| i["id"] == image_ref.as_str() && i["status"] == "active")
    {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            &format!("Image {image_ref} could not be found."),
        );
    }
    let mut network = data
        .networks
        .first()
        .map(|n| n["name"].as_str().unwrap_or_default().to_string())
        .unwrap_or_else(|| "private".into());
    // `none`: no port at all.
    if spec["networks"] == "none" {
        network.clear();
    }
    let mut port_asked: Option<String> = None;
    if let Some(nets) = spec["networks"].as_array() {
        for net in nets {
            if let Some(port_id) = net["port"].as_str() {
                match data.ports.iter().find(|p| p["id"] == port_id) {
                    Some(p) if p["device_id"] != "" => {
                        return error(
                            S,
                            StatusCode::CONFLICT,
                            &format!("Port {port_id} is still in use."),
                        );
                    }
                    Some(p) => {
                        let network_id = p["network_id"].clone();
                        if let Some(n) = data.networks.iter().find(|n| n["id"] == network_id) {
                            network = n["name"].as_str().unwrap_or_default().to_string();
                        }
                        port_asked = Some(port_id.to_string());
                    }
                    None => {
                        return error(
                            S,
                            StatusCode::BAD_REQUEST,
                            &format!("Port {port_id} could not be found."),
                        );
                    }
                }
                continue;
            }
            let uuid = net["uuid"].as_str().unwrap_or_default();
            match data.networks.iter().find(|n| n["id"] == uuid) {
                Some(n) => network = n["name"].as_str().unwrap_or_default().to_string(),
                None => {
                    return error(
                        S,
                        StatusCode::BAD_REQUEST,
                        &format!("Network {uuid} could not be found."),
                    );
                }
            }
        }
    }
    let key_name = spec["key_name"].as_str().map(str::to_string);
    if let Some(key) = &key_name
        && !data.keypairs.iter().any(|k| k["name"] == key.as_str())
    {
        return error(S, StatusCode::BAD_REQUEST, "Invalid key_name provided.");
    }
    // The zone of ZONE[:HOST[:NODE]]: the site's one zone, `nova`.
    if let Some(zone) = spec["availability_zone"].as_str()
        && zone.split(':').next() != Some("nova")
    {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "The requested availability zone is not available",
        );
    }
    // Security groups by name or ID: the simulator's projects have only
    // their `default`.
    let mut security_groups = Vec::new();
    for group in spec["security_groups"].as_array().into_iter().flatten() {
        let name = group["name"].as_str().unwrap_or_default();
        if name != "default" {
            return error(
                S,
                StatusCode::BAD_REQUEST,
                &format!("Unable to find security_group with name or id '{name}'"),
            );
        }
        security_groups.push(name.to_string());
    }
    if security_groups.is_empty() {
        security_groups.push("default".into());
    }
    let fixed_ip = spec["networks"][0]["fixed_ip"].as_str().map(str::to_string);
    let group = body["os:scheduler_hints"]["group"]
        .as_str()
        .map(str::to_string);
    let policy = match &group {
        None => None,
        Some(id) => match data.server_groups.iter().find(|g| g["id"] == id.as_str()) {
            Some(g) => g["policy"].as_str().map(str::to_string),
            None => {
                return error(
                    S,
                    StatusCode::BAD_REQUEST,
                    &format!(
                        "Invalid input for field/attribute group. Value: {id}. '{id}' is not valid under any of the given schemas"
                    ),
                );
            }
        },
    };
    let count = spec["max_count"]
        .as_u64()
        .or(spec["min_count"].as_u64())
        .unwrap_or(1)
        .max(1);
    let now = SystemTime::now();
    // The scheduler: every placed server counts, built or not.
    let used = data.in_use(None);
    let (vcpus, ram, _) = data.flavor_size(&flavor_ref);
    let capacity = (Host::VCPUS as f64 * Host::VCPU_RATIO) as i64;
    let fits =
        vcpus <= capacity - used.vcpus && ram <= Host::RAM_MB - Host::RESERVED_RAM_MB - used.ram_mb;
    // Anti-affinity on one host: a group's second server has nowhere to go.
    let crowded = |data: &crate::site::Data| {
        policy.as_deref() == Some("anti-affinity")
            && data
                .servers
                .iter()
                .any(|s| s.group == group && s.fault.is_none())
    };
    let devices: Vec<Value> = spec["block_device_mapping_v2"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let boots = devices.iter().any(|d| d["boot_index"] == 0);
    // Block devices name the boot one, the image's own disk too.
    if (image_ref.is_empty() || !devices.is_empty()) && !boots {
        return error(
            S,
            StatusCode::BAD_REQUEST,
            "Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.",
        );
    }
    if let Err(refused) = check_devices(&data, &devices, count) {
        return refused;
    }
    let mut first = None;
    for i in 0..count {
        let (state, fault) = if fits && !crowded(&data) {
            (VmState::Active, None)
        } else {
            let why = "No valid host was found. There are not enough hosts available.";
            (VmState::Error, Some(why.to_string()))
        };
        let id = site.new_id("server");
        let name = if count > 1 {
            format!("{name}-{}", i + 1)
        } else {
            name.to_string()
        };
        let n = data.servers.len();
        if let Some(g) = group.as_ref().and_then(|g| {
            data.server_groups
                .iter_mut()
                .find(|x| x["id"] == g.as_str())
        }) && fault.is_none()
            && let Some(members) = g["members"].as_array_mut()
        {
            members.push(json!(id));
        }
        let volumes = attach_devices(&site, &mut data, &id, &devices, &project_of(&t), &t.user_id);
        let address = match fault {
            Some(_) => None,
            None => plug(
                &mut data,
                &site,
                &t,
                &id,
                &network,
                port_asked.as_deref(),
                fixed_ip.as_deref(),
            ),
        };
        data.servers.push(Server {
            id: id.clone(),
            name,
            project_id: project_of(&t),
            user_id: t.user_id.clone(),
            image_id: image_ref.clone(),
            flavor_id: flavor_ref.clone(),
            network: network.clone(),
            address: address
                .or_else(|| fixed_ip.clone())
                .unwrap_or_else(|| format!("10.0.{}.{}", 100 + n / 250, n % 250 + 4)),
            key_name: key_name.clone(),
            created: now,
            active_at: now + site.seed.build_time,
            metadata: spec["metadata"].as_object().cloned().unwrap_or_default(),
            state,
            lock: None,
            description: spec["description"].as_str().map(str::to_string),
            tags: spec["tags"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| t.as_str().map(str::to_string))
                .collect(),
            fault,
            actions: Vec::new(),
            resized: None,
            deleted_at: None,
            security_groups: security_groups.clone(),
            user_data: spec["user_data"].as_str().map(str::to_string),
            config_drive: spec["config_drive"].as_bool().unwrap_or(false),
            group: group.clone(),
            volumes,
        });
        first.get_or_insert(id);
    }
    site.changed();
    let id = first.unwrap_or_default();
    json_response(
        StatusCode::ACCEPTED,
        json!({"server": {"id": id, "links": links(&site, "servers", &id), "OS-DCF:diskConfig": "MANUAL",
                          "security_groups": security_groups.iter().map(|g| json!({"name": g})).collect::<Vec<_>>(),
                          "adminPass": spec["adminPass"].as_str().unwrap_or("simulated")}}),
    )
}

/// The server's port on `network` (by name), as Nova asks Neutron for it:
/// the port given (`--nic port-id`), bound to the server, or a new one;
/// its address. None where the site has no such network.
fn plug(
    data: &mut crate::site::Data,
    site: &Site,
    t: &Token,
    server: &str,
    network: &str,
    port: Option<&str>,
    fixed_ip: Option<&str>,
) -> Option<String> {
    if let Some(port) = port {
        let port = data.ports.iter_mut().find(|p| p["id"] == port)?;
        port["device_id"] = json!(server);
        port["device_owner"] = json!("compute:nova");
        return port["fixed_ips"][0]["ip_address"]
            .as_str()
            .map(str::to_string);
    }
    let network_id = data.networks.iter().find(|n| n["name"] == network)?["id"].clone();
    let mut spec =
        json!({"network_id": network_id, "device_id": server, "device_owner": "compute:nova"});
    if let Some(ip) = fixed_ip {
        spec["fixed_ips"] = json!([{"ip_address": ip}]);
    }
    let port = crate::network::make_port(data, site, &project_of(t), &spec).ok()?;
    port["fixed_ips"][0]["ip_address"]
        .as_str()
        .map(str::to_string)
}

/// Nova's checks of the block devices before it accepts a server: an
/// image to make a volume of is active here, a volume to boot from is
/// here, bootable, available, and not given to several servers.
fn check_devices(data: &crate::site::Data, devices: &[Value], count: u64) -> Result<(), Response> {
    let refuse = |why: String| Err(error(S, StatusCode::BAD_REQUEST, &why));
    for d in devices {
        let uuid = d["uuid"].as_str().unwrap_or_default();
        match d["source_type"].as_str().unwrap_or_default() {
            "image"
                if !data
                    .images
                    .iter()
                    .any(|i| i["id"] == uuid && i["status"] == "active") =>
            {
                return refuse(format!("Image {uuid} could not be found."));
            }
            "volume" => match data.volumes.iter().find(|v| v["id"] == uuid) {
                None => {
                    return refuse(format!(
                        "Block Device Mapping is Invalid: failed to get volume {uuid}."
                    ));
                }
                Some(v) if d["boot_index"] == 0 && v["bootable"] != "true" => {
                    return refuse(format!("Block Device {uuid} is not bootable."));
                }
                Some(v) if v["status"] != "available" || count > 1 => {
                    let status = v["status"].as_str().unwrap_or_default();
                    // Cinder's refusal to reserve it, as Nova passes it on.
                    return refuse(format!(
                        "Invalid volume: Invalid input received: Invalid volume: Volume {uuid} \
                         status must be available or downloading to reserve, but the current \
                         status is {status}. (HTTP 400) (Request-ID: req-{})",
                        crate::site::stable_uuid(uuid)
                    ));
                }
                Some(_) => {}
            },
            "snapshot" => {
                let Some(snapshot) = data.snapshots.iter().find(|s| s["id"] == uuid) else {
                    return refuse(format!(
                        "Block Device Mapping is Invalid: failed to get snapshot {uuid}."
                    ));
                };
                // The boot disk is bootable when the snapshot's volume was.
                let origin = &snapshot["volume_id"];
                if d["boot_index"] == 0
                    && !data
                        .volumes
                        .iter()
                        .any(|v| v["id"] == *origin && v["bootable"] == "true")
                {
                    return refuse(format!(
                        "Block Device {} is not bootable.",
                        origin.as_str().unwrap_or_default()
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The volumes of a new server's block devices: one made from an image or
/// blank (of `volume_size`), or the volume given, each in use by it, the
/// boot one at `/dev/vda`.
fn attach_devices(
    site: &Site,
    data: &mut crate::site::Data,
    server: &str,
    devices: &[Value],
    project: &str,
    user: &str,
) -> Vec<(String, String, bool)> {
    let now = SystemTime::now();
    let mut attached = Vec::new();
    // A root disk of the image's is vda; the volumes follow it.
    let local_root = !devices
        .iter()
        .any(|d| d["boot_index"] == 0 && d["destination_type"] == "volume");
    for d in devices.iter().filter(|d| d["destination_type"] == "volume") {
        let delete = d["delete_on_termination"].as_bool().unwrap_or(false);
        let id = match d["source_type"].as_str().unwrap_or_default() {
            "volume" => d["uuid"].as_str().unwrap_or_default().to_string(),
            source => {
                let id = site.new_id("volume");
                let snapshot = data
                    .snapshots
                    .iter()
                    .find(|s| source == "snapshot" && s["id"] == d["uuid"]);
                let size = d["volume_size"]
                    .as_u64()
                    .or(snapshot.and_then(|s| s["size"].as_u64()))
                    .unwrap_or(1);
                let mut volume =
                    crate::site::volume_json(&site.base(), &id, "", size, project, user, now);
                if source == "image" {
                    volume["bootable"] = json!("true");
                    volume["volume_image_metadata"] = json!({"image_id": d["uuid"]});
                }
                if let Some(snapshot) = snapshot {
                    volume["snapshot_id"] = snapshot["id"].clone();
                    let origin = data
                        .volumes
                        .iter()
                        .find(|v| v["id"] == snapshot["volume_id"]);
                    volume["bootable"] = origin.map_or(json!("false"), |v| v["bootable"].clone());
                }
                data.volumes.push(volume);
                id
            }
        };
        let device = format!(
            "/dev/vd{}",
            (b'a' + u8::from(local_root) + attached.len() as u8) as char
        );
        if let Some(volume) = data.volumes.iter_mut().find(|v| v["id"] == id.as_str()) {
            volume["status"] = json!("in-use");
            volume["attachments"] = json!([{"id": id, "attachment_id": site.new_id("attachment"),
                "volume_id": id, "server_id": server, "host_name": super::hosts::host(site),
                "device": device, "attached_at": crate::site::iso_micro(now).trim_end_matches('Z')}]);
        }
        attached.push((id, device, delete));
    }
    attached
}
