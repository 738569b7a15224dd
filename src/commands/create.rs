//! The resource commands: list, show and delete go straight to the shared
//! code in `resource`; create and set build each resource's request body
//! here, resolving names at the site that will hold the new resource.

use std::io::Write;
use std::sync::Arc;

use reqwest::Method;
use serde_json::{Value, json};

use super::resource::{self, Creation, find, properties};
use super::servers;
use crate::cli::{
    AddFixedIpOf, AddFloatingIpOf, CreateOptions, KeypairCommand, ProjectCommand, RemoveIpOf,
    RenameArgs, ResizePhase, SecurityGroupsOf, ServerAddCommand, ServerBackupCommand,
    ServerCommand, ServerDumpCommand, ServerEventCommand, ServerGroupCommand, ServerImageCommand,
    ServerMigrationCommand, ServerOne, ServerRemoveCommand, Servers, UserCommand,
    UserPasswordCommand, VolumeAttachmentCommand, VolumeCommand, VolumeServiceCommand,
    VolumeTransferCommand,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{
    KEYPAIR, KEYPAIR_CREATED, PROJECT, Resource, SERVER, SERVER_GROUP, SERVER_GROUP_ANY_PROJECT,
    USER, VOLUME, VOLUME_ATTACHMENT, VOLUME_SERVICE,
};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, Session, Stopped, encode};

/// `server …`
pub async fn server(
    setup: &Setup,
    command: &ServerCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SERVER;
    match command {
        ServerCommand::List(a) => servers::list(setup, a, out).await,
        ServerCommand::Show(a) => servers::show(setup, a, out).await,
        ServerCommand::Delete(a) if a.wait => {
            super::servers::delete_and_wait(setup, &a.names).await
        }
        ServerCommand::Delete(a) => resource::delete(setup, r, &a.names).await,
        ServerCommand::Create(a) => super::boot::create(setup, r, a, out).await,
        ServerCommand::Set(a) => servers::set(setup, a).await,
        ServerCommand::Unset(a) => servers::unset(setup, a).await,
        ServerCommand::Start(a) => {
            let body = json!({"os-start": null});
            servers::action(setup, &a.servers, a.all_projects, "start", body).await
        }
        ServerCommand::Stop(a) => {
            let body = json!({"os-stop": null});
            servers::action(setup, &a.servers, a.all_projects, "stop", body).await
        }
        ServerCommand::Pause(a) => {
            servers::action(setup, a, false, "pause", json!({"pause": null})).await
        }
        ServerCommand::Unpause(a) => {
            servers::action(setup, a, false, "unpause", json!({"unpause": null})).await
        }
        ServerCommand::Suspend(a) => {
            servers::action(setup, a, false, "suspend", json!({"suspend": null})).await
        }
        ServerCommand::Resume(a) => {
            servers::action(setup, a, false, "resume", json!({"resume": null})).await
        }
        ServerCommand::Lock(a) => {
            let body = match &a.reason {
                Some(reason) => json!({"lock": {"locked_reason": reason}}),
                None => json!({"lock": null}),
            };
            servers::action(setup, &a.servers, false, "lock", body).await
        }
        ServerCommand::Unlock(a) => {
            servers::action(setup, a, false, "unlock", json!({"unlock": null})).await
        }
        ServerCommand::Reboot(a) => servers::reboot(setup, a, out).await,
        ServerCommand::Group(command) => server_group(setup, command, out).await,
        ServerCommand::Event(ServerEventCommand::List(a)) => servers::events(setup, a, out).await,
        ServerCommand::Event(ServerEventCommand::Show(a)) => servers::event(setup, a, out).await,
        ServerCommand::Shelve(a) => servers::shelve(setup, a).await,
        ServerCommand::Unshelve(a) => servers::unshelve(setup, a).await,
        ServerCommand::Rescue(a) => servers::rescue(setup, a).await,
        ServerCommand::Resize(a) => super::moves::resize(setup, a, out).await,
        ServerCommand::Migrate(a) => super::moves::migrate(setup, a, out).await,
        ServerCommand::Migration(ServerMigrationCommand::List(a)) => {
            super::moves::migrations(setup, a, out).await
        }
        ServerCommand::Migration(ServerMigrationCommand::Confirm(a)) => {
            super::moves::finish(
                setup,
                &ResizePhase::Confirm(ServerOne {
                    server: a.server.clone(),
                }),
            )
            .await
        }
        ServerCommand::Migration(ServerMigrationCommand::Revert(a)) => {
            super::moves::finish(
                setup,
                &ResizePhase::Revert(ServerOne {
                    server: a.server.clone(),
                }),
            )
            .await
        }
        ServerCommand::Rebuild(a) => super::moves::rebuild(setup, a, out).await,
        ServerCommand::Evacuate(a) => super::moves::evacuate(setup, a, out).await,
        ServerCommand::Image(ServerImageCommand::Create(a)) => {
            super::snapshots::image(setup, a, out).await
        }
        ServerCommand::Backup(ServerBackupCommand::Create(a)) => {
            super::snapshots::backup(setup, a, out).await
        }
        ServerCommand::Add(ServerAddCommand::Volume(a)) => {
            super::attach::add_volume(setup, a, out).await
        }
        ServerCommand::Add(ServerAddCommand::Security(SecurityGroupsOf::Group(a))) => {
            super::attach::security_groups(setup, a, true).await
        }
        ServerCommand::Add(ServerAddCommand::Port(a)) => super::attach::port(setup, a, true).await,
        ServerCommand::Remove(ServerRemoveCommand::Port(a)) => {
            super::attach::port(setup, a, false).await
        }
        ServerCommand::Add(ServerAddCommand::Floating(AddFloatingIpOf::Ip(a))) => {
            super::attach::add_floating_ip(setup, a).await
        }
        ServerCommand::Remove(ServerRemoveCommand::Floating(RemoveIpOf::Ip(a))) => {
            super::attach::remove_floating_ip(setup, a).await
        }
        ServerCommand::Add(ServerAddCommand::Fixed(AddFixedIpOf::Ip(a))) => {
            super::attach::add_fixed_ip(setup, a, out).await
        }
        ServerCommand::Remove(ServerRemoveCommand::Fixed(RemoveIpOf::Ip(a))) => {
            super::attach::remove_fixed_ip(setup, a).await
        }
        ServerCommand::Remove(ServerRemoveCommand::Volume(a)) => {
            super::attach::remove_volume(setup, a).await
        }
        ServerCommand::Remove(ServerRemoveCommand::Security(SecurityGroupsOf::Group(a))) => {
            super::attach::security_groups(setup, a, false).await
        }
        ServerCommand::Dump(ServerDumpCommand::Create(a)) => {
            let body = json!({"trigger_crash_dump": null});
            servers::action(setup, a, false, "dump", body).await
        }
        ServerCommand::Unrescue(a) => {
            let one = Servers {
                servers: vec![a.server.clone()],
            };
            servers::action(setup, &one, false, "unrescue", json!({"unrescue": null})).await
        }
    }
}

/// `server group …`
async fn server_group(
    setup: &Setup,
    command: &ServerGroupCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &SERVER_GROUP;
    match command {
        ServerGroupCommand::List(a) => {
            let r = if a.all_projects {
                &SERVER_GROUP_ANY_PROJECT
            } else {
                r
            };
            resource::list(setup, r, &a.list, out).await
        }
        ServerGroupCommand::Show(a) => resource::show(setup, r, a, out).await,
        ServerGroupCommand::Delete(a) => resource::delete(setup, r, a).await,
        ServerGroupCommand::Create(a) => {
            let mut group = json!({"name": a.name, "policy": a.policy});
            let rules = properties(&a.rule)?;
            if !rules.is_empty() {
                group["rules"] = Value::Object(rules);
            }
            let body = json!({ "server_group": group });
            resource::create_plain(setup, r, &a.create, out, body).await
        }
    }
}

/// `volume …`
pub async fn volume(
    setup: &Setup,
    command: &VolumeCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &VOLUME;
    match command {
        VolumeCommand::List(a) => super::volumes::list(setup, a, out).await,
        VolumeCommand::Type(command) => super::volume_types::volume_type(setup, command, out).await,
        VolumeCommand::Service(VolumeServiceCommand::List(a)) => {
            let mut filters = resource::Filters::default();
            filters.given(&[("host", &a.host), ("binary", &a.service)]);
            resource::list_filtered(setup, &VOLUME_SERVICE, &a.list, &filters, out).await
        }
        VolumeCommand::Service(VolumeServiceCommand::Set(a)) => {
            super::services::volume_set(setup, a).await
        }
        VolumeCommand::Show(a) => resource::show(setup, r, a, out).await,
        VolumeCommand::Transfer(VolumeTransferCommand::Request(command)) => {
            super::volumes::transfer(setup, command, out).await
        }
        VolumeCommand::Delete(a) => super::volumes::delete(setup, a).await,
        VolumeCommand::Unset(a) => {
            super::volumes::unset(setup, &VOLUME, &a.volume, &a.properties).await
        }
        VolumeCommand::Create(a) => super::volumes::create(setup, a, out).await,
        VolumeCommand::Set(a) => super::volumes::set(setup, a).await,
        VolumeCommand::Snapshot(command) => super::volumes::snapshot(setup, command, out).await,
        VolumeCommand::Migrate(a) => {
            let mut migration = serde_json::json!({});
            if let Some(host) = &a.host {
                migration["host"] = host.as_str().into();
            }
            if let Some(cluster) = &a.cluster {
                migration["cluster"] = cluster.as_str().into();
            }
            if a.force_host_copy {
                migration["force_host_copy"] = true.into();
            }
            if a.lock_volume {
                migration["lock_volume"] = true.into();
            }
            let body = &serde_json::json!({ "os-migrate_volume": migration });
            let names = [a.volume.clone()];
            resource::act(setup, r, &names, "migrate", |item| {
                super::servers::action_call(r, item, body)
            })
            .await
        }
        VolumeCommand::Qos(command) => super::volume_qos::qos(setup, command, out).await,
        VolumeCommand::Backup(command) => super::volume_backups::backup(setup, command, out).await,
        VolumeCommand::Attachment(VolumeAttachmentCommand::List(a)) => {
            let mut filters = resource::Filters::default();
            let (project, domain) = (a.project.as_deref(), a.project_domain.as_deref());
            filters.all_tenants(a.all_projects, project, domain);
            filters.given(&[("volume_id", &a.volume_id), ("status", &a.status)]);
            super::network::paging(setup, &VOLUME_ATTACHMENT, &a.paging, &mut filters)?;
            resource::list_filtered(setup, &VOLUME_ATTACHMENT, &a.list, &filters, out).await
        }
        VolumeCommand::Attachment(VolumeAttachmentCommand::Show(a)) => {
            resource::show(setup, &VOLUME_ATTACHMENT, a, out).await
        }
    }
}

/// `user …`
pub async fn user(
    setup: &Setup,
    command: &UserCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &USER;
    match command {
        UserCommand::List(a) => {
            let mut filters = resource::Filters::default();
            match (&a.project, &a.domain) {
                // As OSC: the users with a role on the project, wherever
                // their domain.
                (Some(project), _) => {
                    filters.among = Some(resource::Among {
                        parent: &crate::resources::PROJECT,
                        name: project.into(),
                        list: |id| format!("role_assignments?scope.project.id={id}"),
                        plural: "role_assignments",
                        id: |assignment| assignment["user"]["id"].as_str(),
                    });
                }
                (None, Some(domain)) => {
                    filters.look_up("domain_id", &crate::resources::DOMAIN, domain);
                }
                (None, None) => {}
            }
            if let Some(group) = &a.group {
                filters.below(&crate::resources::GROUP, group, "users");
            }
            if a.enabled || a.disabled {
                let enabled = if a.enabled { "True" } else { "False" };
                filters.query.push(("enabled", enabled.into()));
            }
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        UserCommand::Show(a) => resource::show(setup, r, a, out).await,
        UserCommand::Delete(a) => resource::delete(setup, r, a).await,
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
            let (user, project, domain) = (&user, &a.project, &a.domain);
            create_or_show(
                setup,
                r,
                &a.name,
                a.or_show,
                &a.create,
                out,
                |s| async move {
                    let mut user = user.clone();
                    if let Some(d) = domain {
                        user["domain_id"] =
                            find(&s, &crate::resources::DOMAIN, d).await?["id"].clone();
                    }
                    if let Some(p) = project {
                        user["default_project_id"] = find(&s, &PROJECT, p).await?["id"].clone();
                    }
                    Ok(json!({ "user": user }))
                },
            )
            .await
        }
        UserCommand::Password(UserPasswordCommand::Set(a)) => {
            super::identity::password_set(setup, a).await
        }
        UserCommand::Set(a) => {
            let mut user = serde_json::Map::new();
            if a.password_prompt {
                user.insert("password".into(), json!(prompt_password()?));
            }
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
            // Keystone's user options, as python-openstackclient sends them.
            let mut options = serde_json::Map::new();
            if a.enable_multi_factor_auth || a.disable_multi_factor_auth {
                options.insert(
                    "multi_factor_auth_enabled".into(),
                    json!(a.enable_multi_factor_auth),
                );
            }
            if !a.multi_factor_auth_rules.is_empty() {
                let rules: Vec<Vec<&str>> = a
                    .multi_factor_auth_rules
                    .iter()
                    .map(|rule| rule.split(',').collect())
                    .collect();
                options.insert("multi_factor_auth_rules".into(), json!(rules));
            }
            if !options.is_empty() {
                user.insert("options".into(), options.into());
            }
            let body = json!({ "user": user });
            resource::set(setup, r, &a.user, |item| patch(r, item, &body)).await
        }
    }
}

/// `project …`
pub async fn project(
    setup: &Setup,
    command: &ProjectCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &PROJECT;
    match command {
        ProjectCommand::List(a) => resource::list(setup, r, a, out).await,
        ProjectCommand::Show(a) => resource::show(setup, r, a, out).await,
        ProjectCommand::Delete(a) => resource::delete(setup, r, a).await,
        ProjectCommand::Create(a) => {
            let project = json!({"name": a.name, "domain_id": a.domain.as_deref().unwrap_or("default"),
                                 "description": a.description.as_deref().unwrap_or(""), "enabled": !a.disable});
            let body = json!({ "project": project });
            let body = &body;
            create_or_show(
                setup,
                r,
                &a.name,
                a.or_show,
                &a.create,
                out,
                |_| async move { Ok(body.clone()) },
            )
            .await
        }
        ProjectCommand::Set(a) => {
            rename(setup, r, a, |item, body| {
                patch(r, item, &json!({ "project": body }))
            })
            .await
        }
    }
}

/// `keypair …`
pub async fn keypair(
    setup: &Setup,
    command: &KeypairCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &KEYPAIR;
    match command {
        KeypairCommand::List(a) => resource::list(setup, r, a, out).await,
        KeypairCommand::Show(a) if a.public_key => {
            let names = [a.show.name.clone()];
            let (status, keys) =
                resource::each(setup, r, &names, "show", |_, keypair| async move {
                    Ok(keypair["public_key"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string())
                })
                .await?;
            // As python-openstackclient: the key as Nova holds it, no
            // newline added; one per site that has it.
            for key in keys {
                out.write_all(key.as_bytes())?;
            }
            // Then cliff's output of the empty record OSC returns.
            let empty = crate::output::Record { fields: vec![] };
            empty
                .write(out, &setup.show_options(&a.show.format))
                .map_err(super::output_error)?;
            Ok(status)
        }
        KeypairCommand::Show(a) => resource::show(setup, r, &a.show, out).await,
        KeypairCommand::Delete(a) => resource::delete(setup, r, a).await,
        KeypairCommand::Create(a) => {
            let mut keypair = json!({ "name": a.name });
            let generated = match &a.public_key {
                Some(file) => {
                    let key = std::fs::read_to_string(file)
                        .map_err(|e| Error::Usage(format!("{}: {e}", file.display())))?;
                    // As OSC sends it: the file as it is.
                    keypair["public_key"] = json!(key);
                    None
                }
                // As OSC: a key made here, its public half imported (the
                // same at every site of the scope).
                None => {
                    let key = super::keygen::ed25519().map_err(Error::Usage)?;
                    keypair["public_key"] = json!(key.public_key);
                    Some(key.private_key)
                }
            };
            if let (Some(private), Some(file)) = (&generated, &a.private_key) {
                crate::sys::write_private(file, private).map_err(|e| {
                    Error::Usage(format!("Key file {} can not be saved: {e}", file.display()))
                })?;
            }
            let body = json!({ "keypair": keypair });
            match (generated, &a.private_key) {
                // Without a file, OSC prints the private key, not the key pair.
                (Some(private), None) => {
                    let status = resource::create_plain(
                        setup,
                        &KEYPAIR_CREATED,
                        &a.create,
                        &mut std::io::sink(),
                        body,
                    )
                    .await?;
                    if status != ExitStatus::Failure {
                        out.write_all(private.as_bytes())?;
                    }
                    Ok(status)
                }
                _ => resource::create_plain(setup, &KEYPAIR_CREATED, &a.create, out, body).await,
            }
        }
    }
}

/// `PUT <path>/<id>` with `body`.
pub(super) fn put(r: &Resource, item: &Value, body: &Value) -> Call {
    Call::new(
        r.service,
        Method::PUT,
        format!("{}/{}", r.path, encode(r.id_of(item))),
        Body::Json(body.clone()),
    )
}

/// `PATCH <path>/<id>` with `body` (Keystone).
pub(super) fn patch(r: &Resource, item: &Value, body: &Value) -> Call {
    Call::new(
        r.service,
        Method::PATCH,
        format!("{}/{}", r.path, encode(r.id_of(item))),
        Body::Json(body.clone()),
    )
}

/// `set --name --description`.
pub(super) async fn rename<F>(
    setup: &Setup,
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
    resource::set(setup, r, &a.target, |item| call(item, &body)).await
}

/// Create, or with `--or-show` show the existing one of that name instead
/// (when Keystone answers 409), as python-openstackclient's `--or-show`.
pub(super) async fn create_or_show<M, MF>(
    setup: &Setup,
    r: &'static Resource,
    name: &str,
    or_show: bool,
    options: &CreateOptions,
    out: &mut (dyn Write + Send),
    make: M,
) -> Result<ExitStatus, Error>
where
    M: Fn(Arc<Session>) -> MF + Send + Sync,
    MF: std::future::Future<Output = Result<Value, Stopped>> + Send,
{
    let creation = Creation {
        existing: or_show.then_some(name),
        ..Creation::new(setup, r, options)?
    };
    resource::create_with(setup, &creation, out, make, |_, created| async {
        Ok(created)
    })
    .await
}

/// The site where a server lives, found through the routing cache or a
/// look-up under the compute scope; `None` when the lines saying why not
/// were printed.
pub(super) async fn site_of_server(setup: &Setup, server: &str) -> Result<Option<String>, Error> {
    let plan = setup.plan(ServiceType::Compute)?;
    let router = setup.router([plan]);
    let servers = &SERVER;
    let (outcomes, _) = resource::lookup(setup, &router, plan, servers, server).await;
    let found: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.result.is_ok())
        .map(|o| o.site.as_str())
        .collect();
    match found.as_slice() {
        [] => Ok(None),
        [site] => Ok(Some(site.to_string())),
        several => Err(Error::Usage(format!(
            "server {server} is at {} sites ({}): give its ID",
            several.len(),
            several.join(", ")
        ))),
    }
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

/// One line from the terminal, without echo.
fn read_hidden(prompt: &str) -> Result<String, Error> {
    crate::sys::read_hidden(prompt)
        .map_err(|e| Error::Usage(format!("--password-prompt needs a terminal: {e}")))
}
