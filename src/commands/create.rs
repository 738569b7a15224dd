//! The resource commands: list, show and delete go straight to the shared
//! code in `resource`; create and set build each resource's request body
//! here, resolving names at the site that will hold the new resource.

use std::io::Write;
use std::sync::Arc;

use reqwest::Method;
use serde_json::{Value, json};

use super::Context;
use super::resource::{self, find, properties, reread, wait_for_server};
use crate::cli::{
    Command, FlavorCommand, ImageCommand, KeypairCommand, NetworkCommand, ProjectCommand,
    RenameArgs, ServerCommand, SubnetCommand, UserCommand, VolumeCommand,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::Resource;
use crate::route::{Operation, report};
use crate::scope::ServiceType;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};

pub async fn dispatch(
    ctx: &Context<'_>,
    command: &Command,
    out: &mut dyn Write,
) -> Result<ExitStatus, Error> {
    macro_rules! common {
        ($noun:literal, $cmd:expr, $($variant:ident)::+) => {{
            let r = Resource::get($noun);
            match $cmd {
                $($variant)::+::List(args) => return resource::list(ctx, r, args, out).await,
                $($variant)::+::Show(args) => return resource::show(ctx, r, args, out).await,
                $($variant)::+::Delete(args) => return resource::delete(ctx, r, args).await,
                _ => r,
            }
        }};
    }
    match command {
        Command::Server(c) => {
            let r = common!("server", c, ServerCommand);
            match c {
                ServerCommand::Create(a) => {
                    let (flavor, image, networks, key) =
                        (&a.flavor, &a.image, &a.network, &a.key_name);
                    resource::create(
                        ctx,
                        r,
                        &a.format,
                        out,
                        |s| async move {
                            let flavor = find(&s, Resource::get("flavor"), flavor).await?;
                            let image = find(&s, Resource::get("image"), image).await?;
                            let mut nets = Vec::new();
                            for n in networks {
                                nets.push(json!({"uuid": find(&s, Resource::get("network"), n).await?["id"]}));
                            }
                            let mut server = json!({
                                "name": a.name, "flavorRef": flavor["id"], "imageRef": image["id"],
                                "networks": if nets.is_empty() { json!("auto") } else { json!(nets) },
                            });
                            if let Some(key) = key {
                                server["key_name"] = json!(key);
                            }
                            Ok(json!({ "server": server }))
                        },
                        |s, created| async move {
                            let id = created["id"].as_str().unwrap_or_default().to_string();
                            if a.wait { wait_for_server(&s, &id).await } else { reread(s, r, created).await }
                        },
                    )
                    .await
                }
                ServerCommand::Set(a) => {
                    let body = json!({"server": {"name": a.name}});
                    resource::set(ctx, r, &a.server, |item| put(r, item, &body)).await
                }
                _ => unreachable!(),
            }
        }
        Command::Flavor(c) => {
            let r = common!("flavor", c, FlavorCommand);
            let FlavorCommand::Create(a) = c else {
                unreachable!()
            };
            let mut flavor = json!({"name": a.name, "ram": a.ram, "disk": a.disk, "vcpus": a.vcpus,
                                    "os-flavor-access:is_public": !a.private});
            if let Some(id) = &a.id {
                flavor["id"] = json!(id);
            }
            let body = json!({ "flavor": flavor });
            resource::create_plain(ctx, r, &a.format, out, body).await
        }
        Command::Image(c) => {
            let r = common!("image", c, ImageCommand);
            match c {
                ImageCommand::Create(a) => {
                    let visibility = [
                        (a.public, "public"),
                        (a.private, "private"),
                        (a.community, "community"),
                    ]
                    .iter()
                    .find(|(on, _)| *on)
                    .map_or("shared", |(_, v)| *v);
                    let mut body = json!({"name": a.name, "disk_format": a.disk_format,
                                          "container_format": a.container_format, "visibility": visibility});
                    for (k, v) in properties(&a.property)? {
                        body[k] = v;
                    }
                    if let Some(file) = &a.file
                        && !file.is_file()
                    {
                        return Err(Error::Usage(format!("{}: no such file", file.display())));
                    }
                    resource::create(
                        ctx,
                        r,
                        &a.format,
                        out,
                        |_| async { Ok(body.clone()) },
                        |s, created| async move {
                            if let Some(file) = &a.file {
                                let path = format!("images/{}/file", encode(r.id_of(&created)));
                                s.call(&Call::new(
                                    ServiceType::Image,
                                    Method::PUT,
                                    path,
                                    Body::File(file.clone()),
                                ))
                                .await?;
                            }
                            reread(s, r, created).await
                        },
                    )
                    .await
                }
                ImageCommand::Set(a) => {
                    let mut ops = Vec::new();
                    if let Some(name) = &a.name {
                        ops.push(json!({"op": "replace", "path": "/name", "value": name}));
                    }
                    for (k, v) in properties(&a.property)? {
                        ops.push(json!({"op": "add", "path": format!("/{k}"), "value": v}));
                    }
                    let patch = bytes::Bytes::from(serde_json::to_vec(&ops).unwrap_or_default());
                    resource::set(ctx, r, &a.image, |item| {
                        let body = Body::Bytes(
                            patch.clone(),
                            "application/openstack-images-v2.1-json-patch",
                        );
                        Call::new(
                            ServiceType::Image,
                            Method::PATCH,
                            format!("images/{}", encode(r.id_of(item))),
                            body,
                        )
                    })
                    .await
                }
                ImageCommand::Save(a) => save_image(ctx, r, &a.image, &a.file).await,
                _ => unreachable!(),
            }
        }
        Command::Network(c) => {
            let r = common!("network", c, NetworkCommand);
            match c {
                NetworkCommand::Create(a) => {
                    let mut network =
                        json!({"name": a.name, "admin_state_up": true, "shared": a.share});
                    if let Some(d) = &a.description {
                        network["description"] = json!(d);
                    }
                    let body = json!({ "network": network });
                    resource::create_plain(ctx, r, &a.format, out, body).await
                }
                NetworkCommand::Set(a) => {
                    rename(ctx, r, a, |item, body| {
                        put(r, item, &json!({ "network": body }))
                    })
                    .await
                }
                _ => unreachable!(),
            }
        }
        Command::Subnet(c) => {
            let r = common!("subnet", c, SubnetCommand);
            let SubnetCommand::Create(a) = c else {
                unreachable!()
            };
            resource::create(
                ctx,
                r,
                &a.format,
                out,
                |s| async move {
                    let network = find(&s, Resource::get("network"), &a.network).await?;
                    let mut subnet = json!({"name": a.name, "network_id": network["id"], "cidr": a.subnet_range,
                                            "ip_version": 4, "enable_dhcp": !a.no_dhcp});
                    if let Some(g) = &a.gateway {
                        subnet["gateway_ip"] = json!(g);
                    }
                    Ok(json!({ "subnet": subnet }))
                },
                |_, created| async { Ok(created) },
            )
            .await
        }
        Command::Volume(c) => {
            let r = common!("volume", c, VolumeCommand);
            match c {
                VolumeCommand::Create(a) => {
                    let mut volume = json!({"name": a.name, "size": a.size});
                    if let Some(d) = &a.description {
                        volume["description"] = json!(d);
                    }
                    if let Some(t) = &a.volume_type {
                        volume["volume_type"] = json!(t);
                    }
                    let body = json!({ "volume": volume });
                    resource::create_plain(ctx, r, &a.format, out, body).await
                }
                VolumeCommand::Set(a) => {
                    rename(ctx, r, a, |item, body| {
                        put(r, item, &json!({ "volume": body }))
                    })
                    .await
                }
                _ => unreachable!(),
            }
        }
        Command::User(c) => {
            let r = common!("user", c, UserCommand);
            match c {
                UserCommand::Create(a) => {
                    let password = if a.password_prompt {
                        Some(prompt_password()?)
                    } else {
                        a.password.clone()
                    };
                    let mut user = json!({"name": a.name, "domain_id": a.domain.as_deref().unwrap_or("default"),
                                          "enabled": !a.disable});
                    for (key, value) in [
                        ("password", &password),
                        ("email", &a.email),
                        ("description", &a.description),
                    ] {
                        if let Some(v) = value {
                            user[key] = json!(v);
                        }
                    }
                    let (user, project) = (&user, &a.project);
                    create_or_show(ctx, r, &a.name, a.or_show, &a.format, out, |s| async move {
                        let mut user = user.clone();
                        if let Some(p) = project {
                            user["default_project_id"] =
                                find(&s, Resource::get("project"), p).await?["id"].clone();
                        }
                        Ok(json!({ "user": user }))
                    })
                    .await
                }
                UserCommand::Set(a) => {
                    let mut user = serde_json::Map::new();
                    for (key, value) in [
                        ("name", &a.name),
                        ("password", &a.password),
                        ("email", &a.email),
                        ("description", &a.description),
                    ] {
                        if let Some(v) = value {
                            user.insert(key.into(), json!(v));
                        }
                    }
                    if a.enable || a.disable {
                        user.insert("enabled".into(), json!(a.enable));
                    }
                    let body = json!({ "user": user });
                    resource::set(ctx, r, &a.user, |item| patch(r, item, &body)).await
                }
                _ => unreachable!(),
            }
        }
        Command::Project(c) => {
            let r = common!("project", c, ProjectCommand);
            match c {
                ProjectCommand::Create(a) => {
                    let project = json!({"name": a.name, "domain_id": a.domain.as_deref().unwrap_or("default"),
                                         "description": a.description.as_deref().unwrap_or(""), "enabled": !a.disable});
                    let body = json!({ "project": project });
                    let body = &body;
                    create_or_show(ctx, r, &a.name, a.or_show, &a.format, out, |_| async move {
                        Ok(body.clone())
                    })
                    .await
                }
                ProjectCommand::Set(a) => {
                    rename(ctx, r, a, |item, body| {
                        patch(r, item, &json!({ "project": body }))
                    })
                    .await
                }
                _ => unreachable!(),
            }
        }
        Command::Keypair(c) => {
            let r = common!("keypair", c, KeypairCommand);
            let KeypairCommand::Create(a) = c else {
                unreachable!()
            };
            let mut keypair = json!({ "name": a.name });
            if let Some(file) = &a.public_key {
                let key = std::fs::read_to_string(file)
                    .map_err(|e| Error::Usage(format!("{}: {e}", file.display())))?;
                keypair["public_key"] = json!(key.trim());
            }
            let body = json!({ "keypair": keypair });
            resource::create_plain(ctx, r, &a.format, out, body).await
        }
        other => unreachable!("not a resource command: {other:?}"),
    }
}

/// `PUT <path>/<id>` with `body`.
fn put(r: &Resource, item: &Value, body: &Value) -> Call {
    Call::new(
        r.service,
        Method::PUT,
        format!("{}/{}", r.path, encode(r.id_of(item))),
        Body::Json(body.clone()),
    )
}

/// `PATCH <path>/<id>` with `body` (Keystone).
fn patch(r: &Resource, item: &Value, body: &Value) -> Call {
    Call::new(
        r.service,
        Method::PATCH,
        format!("{}/{}", r.path, encode(r.id_of(item))),
        Body::Json(body.clone()),
    )
}

/// `set --name --description`.
async fn rename<F>(
    ctx: &Context<'_>,
    r: &'static Resource,
    a: &RenameArgs,
    call: F,
) -> Result<ExitStatus, Error>
where
    F: Fn(&Value, &Value) -> Call + Send + Sync,
{
    let mut body = serde_json::Map::new();
    if let Some(n) = &a.name {
        body.insert("name".into(), json!(n));
    }
    if let Some(d) = &a.description {
        body.insert("description".into(), json!(d));
    }
    let body = Value::Object(body);
    resource::set(ctx, r, &a.target, |item| call(item, &body)).await
}

/// Create, or with `--or-show` show the existing one of that name instead
/// (when Keystone answers 409), as python-openstackclient's `--or-show`.
async fn create_or_show<M, MF>(
    ctx: &Context<'_>,
    r: &'static Resource,
    name: &str,
    or_show: bool,
    format: &crate::cli::ShowFormat,
    out: &mut dyn Write,
    make: M,
) -> Result<ExitStatus, Error>
where
    M: Fn(Arc<Session>) -> MF + Send + Sync,
    MF: std::future::Future<Output = Result<Value, SiteError>> + Send,
{
    let existing = or_show.then_some(name);
    resource::create_with(ctx, r, format, out, existing, make, |_, created| async {
        Ok(created)
    })
    .await
}

/// `image save`: the data streamed to a file, its checksums verified
/// against what Glance says of the image, at the first site that has it.
async fn save_image(
    ctx: &Context<'_>,
    r: &'static Resource,
    name: &str,
    file: &std::path::Path,
) -> Result<ExitStatus, Error> {
    // One file, so one site: the first of the scope's sites that has it.
    let plan = crate::route::first_of(ctx.plan(ServiceType::Image)?);
    let router = ctx.router([&plan]);
    let outcomes = router
        .run(&plan, Operation::Lookup, |session| async move {
            let image = find(&session, r, name).await?;
            let path = format!("images/{}/file", encode(r.id_of(&image)));
            let download = session.download(ServiceType::Image, &path, file).await?;
            let expect = |key: &str| image[key].as_str().map(str::to_string);
            let bad = match (expect("checksum"), expect("os_hash_value")) {
                (Some(md5), _) if md5 != download.md5 => {
                    Some(format!("MD5 {} is not the image's {md5}", download.md5))
                }
                (_, Some(sha)) if image["os_hash_algo"] == "sha512" && sha != download.sha512 => {
                    Some("SHA-512 differs from the image's os_hash_value".to_string())
                }
                _ => None,
            };
            if let Some(why) = bad {
                let _ = tokio::fs::remove_file(&download.temp).await;
                return Err(SiteError::new(
                    FailureClass::Server,
                    format!("corrupt download: {why}"),
                ));
            }
            tokio::fs::rename(&download.temp, file).await.map_err(|e| {
                SiteError::new(
                    FailureClass::Request,
                    format!("cannot write {}: {e}", file.display()),
                )
            })
        })
        .await;
    ctx.timing(&router, &outcomes);
    Ok(report(&outcomes))
}

/// Reads a password twice from the terminal, without echo, as
/// python-openstackclient's `--password-prompt` does.
fn prompt_password() -> Result<String, Error> {
    let first = read_hidden("User Password:")?;
    let second = read_hidden("Repeat User Password:")?;
    if first != second {
        return Err(Error::Usage(
            "The passwords entered were not the same".into(),
        ));
    }
    Ok(first)
}

/// One line from `/dev/tty` with echo off, restored even on error.
fn read_hidden(prompt: &str) -> Result<String, Error> {
    use std::io::{BufRead, BufReader};
    use std::os::fd::AsRawFd;
    let no_tty =
        |e: std::io::Error| Error::Usage(format!("--password-prompt needs a terminal: {e}"));
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .map_err(no_tty)?;
    let fd = tty.as_raw_fd();
    // SAFETY: tcgetattr/tcsetattr only read and write the termios we pass,
    // for a descriptor we own for the whole call.
    let saved = unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(fd, &mut t) != 0 {
            return Err(no_tty(std::io::Error::last_os_error()));
        }
        let saved = t;
        t.c_lflag &= !libc::ECHO;
        libc::tcsetattr(fd, libc::TCSANOW, &t);
        saved
    };
    let mut writer = &tty;
    let _ = write!(writer, "{prompt}");
    let _ = writer.flush();
    let mut line = String::new();
    let read = BufReader::new(&tty).read_line(&mut line);
    // SAFETY: as above; puts back the settings saved before.
    unsafe {
        libc::tcsetattr(fd, libc::TCSANOW, &saved);
    }
    let _ = writeln!(writer);
    read.map_err(no_tty)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}
