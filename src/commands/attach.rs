//! `server add|remove volume|security group|port|floating ip|fixed ip`: at
//! each site that has the server, the volume, port, network or floating
//! IP looked up there (they do not span sites: a volume or network scope
//! other than the compute scope is refused before any request).

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::boot::at_compute_sites;
use super::resource;
use super::servers::{action_call, call};
use crate::cli::{
    ServerAddFixedIp, ServerAddFloatingIp, ServerAddVolume, ServerIp, ServerPort,
    ServerSecurityGroups, ServerVolume,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Record};
use crate::resources::{FLOATING_IP, NETWORK, PORT, SERVER, VOLUME};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};

/// `server add|remove security group SERVER GROUP...`: each group, one
/// line for each that fails, as python-openstackclient says it.
pub async fn security_groups(
    setup: &Setup,
    a: &ServerSecurityGroups,
    add: bool,
) -> Result<ExitStatus, Error> {
    let (action, verb, done) = match add {
        true => ("addSecurityGroup", "add", "added"),
        false => ("removeSecurityGroup", "remove", "removed"),
    };
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, verb, |s, server| async move {
        let mut failed = 0;
        for group in &a.groups {
            let body = json!({ action: {"name": group} });
            // Under --explain each request is held back, and said so.
            if let Err(Stopped::Failed(e)) = s.call(&action_call(&SERVER, &server, &body)).await {
                failed += 1;
                let to = if add { "to" } else { "from" };
                crate::sys::tell!(
                    "{}: Failed to {verb} security group with name or ID '{group}' {to} server '{}': {e}",
                    s.name(),
                    SERVER.id_of(&server)
                );
            }
        }
        if failed > 0 {
            let why = format!("{failed} of {} security groups were not {done}.", a.groups.len());
            return Err(SiteError::new(FailureClass::Request, why).into());
        }
        match s.explaining() {
            true => Err(Stopped::HeldBack),
            false => Ok(()),
        }
    })
    .await?;
    Ok(status)
}

/// `server add volume`: Nova's attachment, shown as
/// python-openstackclient shows it (compute 2.79's fields).
pub async fn add_volume(
    setup: &Setup,
    a: &ServerAddVolume,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    at_compute_sites(
        setup,
        ServiceType::BlockStorage,
        ("volumes", "the volume", "volume"),
    )?;
    let mut attachment = json!({});
    if let Some(device) = &a.device {
        attachment["device"] = json!(device);
    }
    if let Some(tag) = &a.tag {
        attachment["tag"] = json!(tag);
    }
    if a.enable_delete_on_termination || a.disable_delete_on_termination {
        attachment["delete_on_termination"] = json!(a.enable_delete_on_termination);
    }
    let attachment = &attachment;
    let names = [a.target.server.clone()];
    let (status, records) =
        resource::each(setup, &SERVER, &names, "attach", |s, server| async move {
            let volume = resource::find(&s, &VOLUME, &a.target.volume).await?;
            let mut body = attachment.clone();
            body["volumeId"] = json!(VOLUME.id_of(&volume));
            let path = format!(
                "servers/{}/os-volume_attachments",
                encode(SERVER.id_of(&server))
            );
            let reply = s
                .call(&call(
                    Method::POST,
                    path,
                    Body::Json(json!({ "volumeAttachment": body })),
                ))
                .await?;
            let made = reply.json()?["volumeAttachment"].clone();
            Ok((s.name().to_string(), attachment_record(&made)))
        })
        .await?;
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, records, several, &setup.show_options(&a.format))?;
    Ok(status)
}

/// ID, Server ID, Volume ID, Device, Tag, Delete On Termination.
fn attachment_record(made: &Value) -> Record {
    let fields = [
        ("ID", "id"),
        ("Server ID", "serverId"),
        ("Volume ID", "volumeId"),
        ("Device", "device"),
        ("Tag", "tag"),
        ("Delete On Termination", "delete_on_termination"),
    ];
    Record {
        fields: fields
            .into_iter()
            .map(|(header, key)| (header.to_string(), Cell::new(made[key].clone())))
            .collect(),
    }
}

/// `server remove volume`.
pub async fn remove_volume(setup: &Setup, a: &ServerVolume) -> Result<ExitStatus, Error> {
    at_compute_sites(
        setup,
        ServiceType::BlockStorage,
        ("volumes", "the volume", "volume"),
    )?;
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "detach", |s, server| async move {
        let volume = resource::find(&s, &VOLUME, &a.volume).await?;
        let path = format!(
            "servers/{}/os-volume_attachments/{}",
            encode(SERVER.id_of(&server)),
            encode(VOLUME.id_of(&volume))
        );
        s.call(&call(Method::DELETE, path, Body::Empty)).await?;
        Ok(())
    })
    .await?;
    Ok(status)
}

/// Refuses network resources looked up at other sites than the server's.
fn at_server_sites(setup: &Setup, what: &str) -> Result<(), Error> {
    at_compute_sites(
        setup,
        ServiceType::Network,
        (what, &format!("the {what}"), "network"),
    )
}

/// `server add|remove port`: Nova's interface of the port of the server's
/// site.
pub async fn port(setup: &Setup, a: &ServerPort, add: bool) -> Result<ExitStatus, Error> {
    at_server_sites(setup, "ports")?;
    let names = [a.server.clone()];
    let verb = if add { "attach" } else { "detach" };
    let (status, _) = resource::each(setup, &SERVER, &names, verb, |s, server| async move {
        let port = resource::find(&s, &PORT, &a.port).await?;
        let path = format!("servers/{}/os-interface", encode(SERVER.id_of(&server)));
        let request = if add {
            let mut attachment = json!({"port_id": PORT.id_of(&port)});
            if let Some(tag) = &a.tag {
                attachment["tag"] = json!(tag);
            }
            call(
                Method::POST,
                path,
                Body::Json(json!({ "interfaceAttachment": attachment })),
            )
        } else {
            let path = format!("{path}/{}", encode(PORT.id_of(&port)));
            call(Method::DELETE, path, Body::Empty)
        };
        s.call(&request).await?;
        Ok(())
    })
    .await?;
    Ok(status)
}

/// `server add fixed ip`: a new interface on the network of the server's
/// site, shown as python-openstackclient shows it.
pub async fn add_fixed_ip(
    setup: &Setup,
    a: &ServerAddFixedIp,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    at_server_sites(setup, "networks")?;
    let names = [a.server.clone()];
    let (status, records) =
        resource::each(setup, &SERVER, &names, "attach", |s, server| async move {
            let network = resource::find(&s, &NETWORK, &a.network).await?;
            let mut attachment = json!({"net_id": NETWORK.id_of(&network)});
            if let Some(ip) = &a.fixed_ip_address {
                attachment["fixed_ips"] = json!([{ "ip_address": ip }]);
            }
            if let Some(tag) = &a.tag {
                attachment["tag"] = json!(tag);
            }
            let id = SERVER.id_of(&server);
            let path = format!("servers/{}/os-interface", encode(id));
            let body = Body::Json(json!({ "interfaceAttachment": attachment }));
            let reply = s.call(&call(Method::POST, path, body)).await?;
            let mut made = reply.json()?["interfaceAttachment"].clone();
            made["server_id"] = json!(id);
            Ok((
                s.name().to_string(),
                interface_record(&made, a.tag.is_some()),
            ))
        })
        .await?;
    let several = setup.plan(SERVER.service)?.sites().len() > 1;
    super::write_records(out, records, several, &setup.show_options(&a.format))?;
    Ok(status)
}

/// An interface as `server add fixed ip` shows it; its tag only when one
/// was given.
fn interface_record(made: &Value, tagged: bool) -> Record {
    let mut fields: Vec<(String, Cell)> = [
        ("Port ID", "port_id"),
        ("Server ID", "server_id"),
        ("Network ID", "net_id"),
        ("MAC Address", "mac_addr"),
        ("Port State", "port_state"),
    ]
    .into_iter()
    .map(|(header, key)| (header.to_string(), Cell::new(made[key].clone())))
    .collect();
    let ips = made["fixed_ips"].clone();
    let text = ips
        .as_array()
        .into_iter()
        .flatten()
        .map(crate::resources::dict_text)
        .collect::<Vec<_>>()
        .join("\n");
    fields.push(("Fixed IPs".into(), Cell::formatted(ips, text)));
    if tagged {
        fields.push(("Tag".into(), Cell::new(made["tag"].clone())));
    }
    Record { fields }
}

/// The server's ports at its site.
async fn ports_of(s: &Session, server: &Value) -> Result<Vec<Value>, SiteError> {
    let path = format!("ports?device_id={}", encode(SERVER.id_of(server)));
    s.list(PORT.service, &path, PORT.plural).await
}

fn holds(port: &Value, ip: &str) -> bool {
    port["fixed_ips"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["ip_address"] == ip)
}

/// `server remove fixed ip`: the address taken off the server's port that
/// holds it (what Nova's removed `removeFixedIp` did).
pub async fn remove_fixed_ip(setup: &Setup, a: &ServerIp) -> Result<ExitStatus, Error> {
    at_server_sites(setup, "ports")?;
    let names = [a.server.clone()];
    let ip = a.ip_address.as_str();
    let (status, _) = resource::each(setup, &SERVER, &names, "change", |s, server| async move {
        let ports = ports_of(&s, &server).await?;
        let Some(port) = ports.iter().find(|p| holds(p, ip)) else {
            let why = format!("No port of the server has the fixed IP address {ip}.");
            return Err(SiteError::new(FailureClass::Request, why).into());
        };
        let kept: Vec<&Value> = port["fixed_ips"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["ip_address"] != ip)
            .collect();
        let body = json!({"port": {"fixed_ips": kept}});
        let path = format!("{}/{}", PORT.path, encode(PORT.id_of(port)));
        s.call(&Call::new(
            PORT.service,
            Method::PUT,
            path,
            Body::Json(body),
        ))
        .await?;
        Ok(())
    })
    .await?;
    Ok(status)
}

/// `server add floating ip`: the floating IP of the server's site
/// associated with the port that has the fixed address given, else with
/// the first of the server's ports that reaches it (as
/// python-openstackclient tries them).
pub async fn add_floating_ip(setup: &Setup, a: &ServerAddFloatingIp) -> Result<ExitStatus, Error> {
    at_server_sites(setup, "floating IPs")?;
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "change", |s, server| async move {
        let fip = resource::find(&s, &FLOATING_IP, &a.ip_address).await?;
        let ports = ports_of(&s, &server).await?;
        if ports.is_empty() {
            let why = "No attached ports found to associate floating IP with";
            return Err(SiteError::new(FailureClass::Request, why).into());
        }
        let path = format!("{}/{}", FLOATING_IP.path, encode(FLOATING_IP.id_of(&fip)));
        let associate = |port: &Value| {
            let mut body = json!({"port_id": PORT.id_of(port)});
            if let Some(ip) = &a.fixed_ip_address {
                body["fixed_ip_address"] = json!(ip);
            }
            let body = Body::Json(json!({ "floatingip": body }));
            Call::new(FLOATING_IP.service, Method::PUT, path.clone(), body)
        };
        if let Some(ip) = &a.fixed_ip_address {
            let Some(port) = ports.iter().find(|p| holds(p, ip)) else {
                let why = format!("No port found for fixed IP address {ip}");
                return Err(SiteError::new(FailureClass::Request, why).into());
            };
            s.call(&associate(port)).await?;
            return Ok(());
        }
        let mut last = None;
        for port in &ports {
            match s.call(&associate(port)).await {
                // Not reachable from this port's subnet: try the next.
                Err(Stopped::Failed(e)) if e.status == Some(404) => last = Some(e),
                other => return other.map(|_| ()),
            }
        }
        Err(last.map_or(Stopped::HeldBack, Stopped::Failed))
    })
    .await?;
    Ok(status)
}

/// `server remove floating ip`: the floating IP of the server's site
/// dissociated.
pub async fn remove_floating_ip(setup: &Setup, a: &ServerIp) -> Result<ExitStatus, Error> {
    at_server_sites(setup, "floating IPs")?;
    let names = [a.server.clone()];
    let (status, _) = resource::each(setup, &SERVER, &names, "change", |s, _server| async move {
        let fip = resource::find(&s, &FLOATING_IP, &a.ip_address).await?;
        let path = format!("{}/{}", FLOATING_IP.path, encode(FLOATING_IP.id_of(&fip)));
        let body = Body::Json(json!({"floatingip": {"port_id": null}}));
        s.call(&Call::new(FLOATING_IP.service, Method::PUT, path, body))
            .await?;
        Ok(())
    })
    .await?;
    Ok(status)
}
