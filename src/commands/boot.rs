//! `server create`, which may span services bound to different sites.
//!
//! The server is created at every site of the compute scope. Its flavor is
//! looked up there. Its image is looked up there too when the image scope
//! is the compute scope; when the image scope differs, the image is found
//! under the image scope (failing over as `|` says), and each compute site
//! boots from an image with the same data in its own Glance: one already
//! there, or a copy made now (see `images`). Networks do not span sites:
//! a network scope other than the compute scope is refused before any
//! request.

use std::io::Write;

use reqwest::Method;
use serde_json::{Map, Value, json};

use super::image_data::{self, Placed, find_source};
use super::resource::{self, Creation, find, reread};
use super::servers::wait_for_status;
use crate::cli::ServerCreate;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::Resource;
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};

pub async fn create(
    setup: &Setup,
    r: &'static Resource,
    a: &ServerCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let compute = setup.plan(ServiceType::Compute)?;
    if !a.network.is_empty() {
        at_compute_sites(
            setup,
            ServiceType::Network,
            ("networks", "--network", "network"),
        )?;
    }
    if a.volume.is_some() {
        at_compute_sites(
            setup,
            ServiceType::BlockStorage,
            ("volumes", "--volume", "volume"),
        )?;
    }
    if a.snapshot.is_some() {
        at_compute_sites(
            setup,
            ServiceType::BlockStorage,
            ("volume snapshots", "--snapshot", "volume"),
        )?;
    }
    let image_plan = setup.plan(ServiceType::Image)?;
    let source = match &a.image {
        Some(image) if image_plan != compute => match find_source(setup, image).await? {
            Ok(source) => Some(source),
            Err(status) => return Ok(status),
        },
        _ => None,
    };
    let (source, copy) = (&source, !a.no_copy_image);
    let extras = Extras::of(a)?;
    let (nics, user_data, properties) = (&extras.nics, &extras.user_data, &extras.properties);
    let (config_drive, hints) = (&extras.config_drive, &extras.hints);
    let devices = &extras.devices;
    let creation = Creation::new(setup, r, &a.create)?;
    resource::create_with(
        setup,
        &creation,
        out,
        |s| async move {
            let flavor = find(&s, &crate::resources::FLAVOR, &a.flavor).await?;
            let image = match (&a.image, source) {
                (None, _) => json!(""),
                (Some(image), None) => {
                    find(&s, &crate::resources::IMAGE, image).await?["id"].clone()
                }
                (Some(image), Some(source)) => {
                    let placed = image_data::place(&s, source, copy).await?;
                    let (what, how) = match &placed {
                        Placed::Here(_) => ("", ""),
                        Placed::Reused(_) => ("an image with the data of", "reused"),
                        Placed::Copied(_) => ("a copy of", "made"),
                    };
                    if !what.is_empty() && !s.explaining() {
                        crate::sys::tell!(
                            "{}: boots from {} ({what} image {image} at {}, {how})",
                            s.name(),
                            placed.id(),
                            source.site,
                        );
                    }
                    json!(placed.id())
                }
            };
            let (image, devices) = block_devices(&s, a, image, devices).await?;
            let networks = networks(&s, a, nics).await?;
            let mut server = json!({
                "name": a.name, "flavorRef": flavor["id"], "imageRef": image,
                "networks": networks, "min_count": a.min, "max_count": a.max,
            });
            let given = [
                ("key_name", a.key_name.as_ref()),
                ("availability_zone", a.availability_zone.as_ref()),
                ("adminPass", a.password.as_ref()),
                ("description", a.description.as_ref()),
                ("user_data", user_data.as_ref()),
            ];
            for (key, value) in given {
                if let Some(value) = value {
                    server[key] = json!(value);
                }
            }
            if !properties.is_empty() {
                server["metadata"] = Value::Object(properties.clone());
            }
            if !a.security_group.is_empty() {
                let groups: Vec<Value> = a
                    .security_group
                    .iter()
                    .map(|g| json!({"name": g}))
                    .collect();
                server["security_groups"] = json!(groups);
            }
            if let Some(drive) = config_drive {
                server["config_drive"] = drive.clone();
            }
            if !a.tag.is_empty() {
                server["tags"] = json!(a.tag);
            }
            if !devices.is_empty() {
                server["block_device_mapping_v2"] = json!(devices);
            }
            let mut hints = hints.clone();
            if let Some(group) = &a.server_group {
                let group = find(&s, &crate::resources::SERVER_GROUP, group).await?;
                hints.insert("group".into(), group["id"].clone());
            }
            if !hints.is_empty() {
                return Ok(json!({ "server": server, "os:scheduler_hints": hints }));
            }
            Ok(json!({ "server": server }))
        },
        |s, created| async move {
            let id = r.id_of(&created).to_string();
            let server = if a.wait {
                let server = wait_for_status(&s, &id, &["ACTIVE", "ERROR"]).await?;
                if server["status"] == "ERROR" {
                    return Err(failed_boot(&s, &a.name, &id, &server).await.into());
                }
                server
            } else {
                reread(s.clone(), r, created.clone()).await?
            };
            let server = refreshed(created, server);
            Ok(super::servers::with_image_name(&s, server).await)
        },
    )
    .await
}

/// Refuses, before any request, what would be looked up at other sites
/// than the server's: networks and volumes do not span sites. `names`:
/// what they are, the flag, the scope key.
pub fn at_compute_sites(
    setup: &Setup,
    service: ServiceType,
    (what, flag, key): (&str, &str, &str),
) -> Result<(), Error> {
    let compute = setup.plan(ServiceType::Compute)?;
    match setup.scope.for_service(service) {
        Some(binding) if &binding.plan != compute => Err(Error::Usage(format!(
            "{what} do not span sites: the server is at `{compute}`, but \
             {flag} would be looked up at `{}` ({}); bind {key} to the compute \
             sites, e.g. --os-scope '{{compute: {compute}, {key}: {compute}}}'",
            binding.plan,
            binding.source.as_str()
        ))),
        _ => Ok(()),
    }
}

/// The new server as python-openstackclient shows it: Nova's answer to
/// the create (with the admin password) updated with the server as it is
/// now, but for what is empty now (Python's falsy values).
fn refreshed(mut created: Value, now: Value) -> Value {
    let empty = crate::resources::falsy;
    if let (Some(shown), Value::Object(now)) = (created.as_object_mut(), now) {
        for (key, value) in now {
            if !shown.contains_key(&key) || !empty(&value) {
                shown.insert(key, value);
            }
        }
    }
    created
}

/// What `server create` sends besides its flavor, image and networks,
/// checked before any request as python-openstackclient checks it.
struct Extras {
    nics: Vec<Nic>,
    /// `--block-device`s, checked and typed as python-openstackclient does.
    devices: Vec<Map<String, Value>>,
    user_data: Option<String>,
    properties: Map<String, Value>,
    config_drive: Option<Value>,
    hints: Map<String, Value>,
}

impl Extras {
    fn of(a: &ServerCreate) -> Result<Extras, Error> {
        if a.min > a.max {
            return Err(Error::Usage(
                "min instances should be <= max instances".into(),
            ));
        }
        if a.min < 1 || a.max < 1 {
            return Err(Error::Usage("min and max instances should be > 0".into()));
        }
        let mut nics = Vec::new();
        for spec in &a.nic {
            nics.push(Nic::parse(spec)?);
        }
        nics.extend(a.network.iter().map(|n| Nic::Net {
            network: Some(n.clone()),
            port: None,
            fixed_ip: None,
            tag: None,
        }));
        nics.extend(a.port.iter().map(|p| Nic::Net {
            network: None,
            port: Some(p.clone()),
            fixed_ip: None,
            tag: None,
        }));
        if nics.len() > 1 && nics.iter().any(|n| matches!(n, Nic::Auto(_))) {
            return Err(Error::Usage(
                "Specifying a --nic of auto or none cannot be used with any other --nic, \
                 --network or --port value."
                    .into(),
            ));
        }
        let user_data = match &a.user_data {
            None => None,
            Some(path) => {
                let data = std::fs::read(path)
                    .map_err(|e| Error::Usage(format!("Can't open '{}': {e}", path.display())))?;
                Some(base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    data,
                ))
            }
        };
        // python-openstackclient's reading: true or 1 is a config drive,
        // false, 0 or none is none, anything else names a volume.
        let config_drive =
            a.config_drive
                .as_deref()
                .and_then(|v| match v.to_ascii_lowercase().as_str() {
                    "true" | "1" => Some(json!(true)),
                    "false" | "0" | "" | "none" => None,
                    _ => Some(json!(v)),
                });
        // A hint given twice is a list of its values.
        let mut hints = Map::new();
        for (key, value) in resource::properties(&a.hint)? {
            match hints.get_mut(&key) {
                None => {
                    hints.insert(key, value);
                }
                Some(Value::Array(values)) => values.push(value),
                Some(first) => *first = json!([first.clone(), value]),
            }
        }
        let mut devices = Vec::new();
        for spec in &a.block_device {
            devices.push(block_device(spec)?);
        }
        let boots = a.image.is_some() || a.volume.is_some() || a.snapshot.is_some();
        if !boots
            && !devices
                .iter()
                .any(|d| d.get("boot_index") == Some(&json!(0)))
        {
            return Err(Error::Usage(
                "An image (--image, --image-property) or bootable volume (--volume, --snapshot, \
                 --block-device) is required"
                    .into(),
            ));
        }
        Ok(Extras {
            devices,
            nics,
            user_data,
            properties: resource::properties(&a.property)?,
            config_drive,
            hints,
        })
    }
}

/// A `--block-device` as python-openstackclient sends it: `boot_index`
/// a number, `source_type` blank unless given, `destination_type` local
/// for a blank one and volume for the others, `delete_on_termination` a
/// boolean (true for a local one unless given).
fn block_device(spec: &str) -> Result<Map<String, Value>, Error> {
    let refuse = |why: &str| Err(Error::Usage(format!("{why} (--block-device {spec})")));
    let mut device = Map::new();
    for pair in spec.split(',') {
        let Some((key, value)) = pair.split_once('=') else {
            return refuse("--block-device takes KEY=VALUE pairs");
        };
        device.insert(key.to_string(), json!(value));
    }
    if let Some(index) = device.get("boot_index") {
        match index.as_str().and_then(|i| i.parse::<i64>().ok()) {
            Some(i) => device.insert("boot_index".into(), json!(i)),
            None => return refuse("The boot_index key of --block-device should be an integer"),
        };
    }
    let source = device
        .get("source_type")
        .and_then(Value::as_str)
        .unwrap_or("blank")
        .to_string();
    if !["volume", "image", "snapshot", "blank"].contains(&source.as_str()) {
        return refuse(
            "The source_type key of --block-device should be one of: volume, image, snapshot, blank",
        );
    }
    device.insert("source_type".into(), json!(source));
    let destination = match device.get("destination_type").and_then(Value::as_str) {
        Some(d) if d == "local" || d == "volume" => d.to_string(),
        Some(_) => {
            return refuse(
                "The destination_type key of --block-device should be one of: local, volume",
            );
        }
        None if source == "blank" => "local".into(),
        None => "volume".into(),
    };
    device.insert("destination_type".into(), json!(destination));
    match device.get("delete_on_termination").and_then(Value::as_str) {
        Some(flag) => {
            let value = match flag.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" | "on" | "y" | "t" => true,
                "false" | "0" | "no" | "off" | "n" | "f" => false,
                _ => {
                    return refuse(
                        "The delete_on_termination key of --block-device should be a boolean-like value",
                    );
                }
            };
            device.insert("delete_on_termination".into(), json!(value));
        }
        None if destination == "local" => {
            device.insert("delete_on_termination".into(), json!(true));
        }
        None => {}
    }
    if let Some(size) = device
        .get("volume_size")
        .and_then(Value::as_str)
        .and_then(|s| s.parse::<u64>().ok())
    {
        device.insert("volume_size".into(), json!(size));
    }
    Ok(device)
}

/// The image reference and the block devices of the new server: with
/// `--boot-from-volume` the image becomes a new volume; without an image,
/// `--volume` (looked up at the booting site) is the disk, as
/// python-openstackclient chooses; then the `--block-device`s.
async fn block_devices(
    s: &Session,
    a: &ServerCreate,
    image: Value,
    given: &[Map<String, Value>],
) -> Result<(Value, Vec<Value>), SiteError> {
    let mut devices = Vec::new();
    let image = if let Some(size) = a.boot_from_volume {
        devices.push(
            json!({"uuid": image, "boot_index": 0, "source_type": "image",
                            "destination_type": "volume", "volume_size": size}),
        );
        json!("")
    } else if let (None, Some(volume)) = (&a.image, &a.volume) {
        let found = find(s, &crate::resources::VOLUME, volume).await?;
        devices.push(
            json!({"uuid": found["id"], "boot_index": 0, "source_type": "volume",
                            "destination_type": "volume"}),
        );
        json!("")
    } else if let Some(snapshot) = &a.snapshot {
        let found = find(s, &crate::resources::VOLUME_SNAPSHOT, snapshot).await?;
        devices.push(
            json!({"uuid": found["id"], "boot_index": 0, "source_type": "snapshot",
                            "destination_type": "volume", "delete_on_termination": false}),
        );
        json!("")
    } else {
        // With more block devices, the image's disk is the boot one, as
        // python-openstackclient names it.
        if !given.is_empty() && image != "" {
            devices.push(
                json!({"uuid": image, "boot_index": 0, "source_type": "image",
                                "destination_type": "local", "delete_on_termination": true}),
            );
        }
        image
    };
    for device in given {
        let mut device = device.clone();
        // A volume or snapshot given by name is the site's of that name,
        // as python-openstackclient finds it.
        let source = match device.get("source_type").and_then(Value::as_str) {
            Some("volume") => Some(&crate::resources::VOLUME),
            Some("snapshot") => Some(&crate::resources::VOLUME_SNAPSHOT),
            _ => None,
        };
        if let (Some(r), Some(name)) = (source, device.get("uuid").and_then(Value::as_str)) {
            let id = find(s, r, name).await?["id"].clone();
            device.insert("uuid".into(), id);
        }
        devices.push(Value::Object(device));
    }
    Ok((image, devices))
}

/// A `--nic` (or `--network`, `--port`): `auto` or `none`, or a network
/// or port with an address and a tag.
enum Nic {
    Auto(&'static str),
    Net {
        network: Option<String>,
        port: Option<String>,
        fixed_ip: Option<String>,
        tag: Option<String>,
    },
}

impl Nic {
    fn parse(spec: &str) -> Result<Nic, Error> {
        match spec {
            "auto" => return Ok(Nic::Auto("auto")),
            "none" => return Ok(Nic::Auto("none")),
            _ => {}
        }
        let invalid = || {
            Error::Usage(format!(
                "Invalid argument {spec}; argument must be of form \
                 'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag'"
            ))
        };
        let (mut network, mut port, mut v4, mut v6, mut tag) = (None, None, None, None, None);
        for pair in spec.split(',') {
            let (key, value) = pair.split_once('=').ok_or_else(invalid)?;
            if value.is_empty() {
                return Err(invalid());
            }
            let slot = match key {
                "net-id" => &mut network,
                "port-id" => &mut port,
                "v4-fixed-ip" => &mut v4,
                "v6-fixed-ip" => &mut v6,
                "tag" => &mut tag,
                _ => return Err(invalid()),
            };
            *slot = Some(value.to_string());
        }
        if network.is_some() && port.is_some() {
            return Err(Error::Usage(format!(
                "Invalid argument {spec}; either 'network' or 'port' should be specified but not both"
            )));
        }
        if v4.is_some() && v6.is_some() {
            return Err(Error::Usage(format!(
                "Invalid argument {spec}; only one of 'v4-fixed-ip' or 'v6-fixed-ip' can be specified"
            )));
        }
        Ok(Nic::Net {
            network,
            port,
            fixed_ip: v4.or(v6),
            tag,
        })
    }
}

/// Nova's `networks` of the server: `auto` when none is given, else each
/// interface, its network looked up at the booting site.
async fn networks(s: &Session, a: &ServerCreate, nics: &[Nic]) -> Result<Value, SiteError> {
    let _ = a;
    let mut networks = Vec::new();
    for nic in nics {
        let Nic::Net {
            network,
            port,
            fixed_ip,
            tag,
        } = nic
        else {
            if let Nic::Auto(kind) = nic {
                return Ok(json!(kind));
            }
            continue;
        };
        let mut entry = Map::new();
        if let Some(network) = network {
            let found = find(s, &crate::resources::NETWORK, network).await?;
            entry.insert("uuid".into(), found["id"].clone());
        }
        let given = [("port", port), ("fixed_ip", fixed_ip), ("tag", tag)];
        for (key, value) in given {
            if let Some(value) = value {
                entry.insert(key.into(), json!(value));
            }
        }
        networks.push(Value::Object(entry));
    }
    Ok(if networks.is_empty() {
        json!("auto")
    } else {
        Value::Array(networks)
    })
}

/// A server `--wait` saw go to ERROR (no valid host, a quota): deleted, so
/// that a `|` places it at its next site without leaving one behind, and
/// said so on stderr. The site's failure is Nova's fault message.
async fn failed_boot(s: &Session, name: &str, id: &str, server: &Value) -> SiteError {
    let why = server["fault"]["message"]
        .as_str()
        .unwrap_or("the server went to ERROR")
        .to_string();
    let delete = Call::new(
        ServiceType::Compute,
        Method::DELETE,
        format!("servers/{}", encode(id)),
        Body::Empty,
    );
    let left = match s.call(&delete).await {
        Ok(_) => "deleted it".to_string(),
        Err(e) => format!("could not delete it ({e})"),
    };
    crate::sys::tell!("{}: server {name} went to ERROR: {why}; {left}", s.name());
    SiteError::new(FailureClass::Server, format!("went to ERROR: {why}"))
}
