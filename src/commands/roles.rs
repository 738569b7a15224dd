//! Keystone's domains and roles: `domain list|show|create|set|delete`,
//! `role list|show|create|delete`, `role add|remove` (the names of role,
//! user or group and project or domain looked up at each site, a name
//! missing at a site that site's failure), `role assignment list`, and
//! `implied role list|create|delete`.

use std::io::Write;

use reqwest::Method;
use serde_json::json;

use super::create::{patch, rename};
use super::resource::{self, Filters, SignedIn, find, find_in};
use crate::cli::{
    DeleteArgs, DomainCommand, GroupCommand, GroupContainsCommand, GroupUser, GroupUserCommand,
    GroupUsers, ImpliedRoleArgs, ImpliedRoleCommand, RoleAssignmentCommand, RoleAssignmentList,
    RoleCommand, RoleGrant,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing, Record};
use crate::resources::{DOMAIN, GROUP, PROJECT, ROLE, ROLE_ASSIGNMENT, Resource, USER};
use crate::route::{Operation, report};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, Stopped, encode};

/// `domain …`
pub async fn domain(
    setup: &Setup,
    command: &DomainCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &DOMAIN;
    match command {
        DomainCommand::List(a) => {
            let mut filters = Filters::default();
            filters.given(&[("name", &a.name)]);
            if a.enabled {
                filters.query.push(("enabled", "True".into()));
            }
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        DomainCommand::Show(a) => resource::show(setup, r, a, out).await,
        DomainCommand::Delete(a) => resource::delete(setup, r, a).await,
        DomainCommand::Create(a) => {
            let mut domain = json!({ "name": a.name, "enabled": !a.disable });
            if let Some(description) = &a.description {
                domain["description"] = json!(description);
            }
            let body = &json!({ "domain": domain });
            super::create::create_or_show(
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
        DomainCommand::Set(a) => {
            let mut domain = serde_json::Map::new();
            for (key, value) in [("name", &a.name), ("description", &a.description)] {
                if let Some(value) = value {
                    domain.insert(key.into(), json!(value));
                }
            }
            if a.enable || a.disable {
                domain.insert("enabled".into(), json!(a.enable));
            }
            let body = &json!({ "domain": domain });
            resource::set(setup, r, &a.domain, |item| patch(r, item, body)).await
        }
    }
}

/// `role …`
pub async fn role(
    setup: &Setup,
    command: &RoleCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &ROLE;
    match command {
        RoleCommand::List(a) => resource::list(setup, r, a, out).await,
        RoleCommand::Show(a) => resource::show(setup, r, a, out).await,
        RoleCommand::Delete(a) => {
            let names = DeleteArgs {
                names: a.roles.clone(),
            };
            resource::delete(setup, r, &names).await
        }
        RoleCommand::Create(a) => {
            let mut role = json!({ "name": a.name });
            if let Some(description) = &a.description {
                role["description"] = json!(description);
            }
            let body = &json!({ "role": role });
            super::create::create_or_show(
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
        RoleCommand::Add(a) => grant(setup, a, Method::PUT).await,
        RoleCommand::Remove(a) => grant(setup, a, Method::DELETE).await,
        RoleCommand::Assignment(RoleAssignmentCommand::List(a)) => assignments(setup, a, out).await,
    }
}

/// `role add|remove`: at every site of the identity scope, the role, the
/// user and the project or domain of those names there.
async fn grant(setup: &Setup, a: &RoleGrant, method: Method) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    // On a project or a domain (and its domain to look it up in), or the
    // system.
    let on: Option<(&'static Resource, &str, Option<&str>)> = match (&a.project, &a.domain) {
        (Some(project), _) => Some((&PROJECT, project, a.domains.project_domain.as_deref())),
        (None, Some(domain)) => Some((&DOMAIN, domain, None)),
        (None, None) => None,
    };
    let (actor, actor_name, actor_domain): (&'static Resource, &str, Option<&str>) =
        match (&a.user, &a.group) {
            (Some(user), _) => (&USER, user, a.domains.user_domain.as_deref()),
            (None, Some(group)) => (&GROUP, group, a.domains.group_domain.as_deref()),
            (None, None) => unreachable!("clap requires --user or --group"),
        };
    let method_ref = &method;
    let outcomes = router
        .run(plan, Operation::Mutate, |session| async move {
            let method = method_ref;
            let target = async {
                match on {
                    Some((r, name, domain)) => {
                        let found = find_in(&session, r, name, domain).await?;
                        Ok(format!("{}/{}", r.path, encode(r.id_of(&found))))
                    }
                    None => Ok("system".to_string()),
                }
            };
            // The three look-ups at once: one round trip, not three.
            let (role, to, on) = tokio::try_join!(
                find(&session, &ROLE, &a.role),
                find_in(&session, actor, actor_name, actor_domain),
                target,
            )?;
            let path = format!(
                "{on}/{}/{}/roles/{}",
                actor.path,
                encode(actor.id_of(&to)),
                encode(ROLE.id_of(&role)),
            );
            let path = match a.inherited {
                true => format!("OS-INHERIT/{path}/inherited_to_projects"),
                false => path,
            };
            let call = Call::new(
                ServiceType::Identity,
                method.clone(),
                path.clone(),
                Body::Empty,
            );
            session.call(&call).await?;
            Ok(path)
        })
        .await;
    let status = report(&outcomes);
    if a.atomic && status != ExitStatus::Success {
        let opposite = match method {
            Method::PUT => Method::DELETE,
            _ => Method::PUT,
        };
        let made = outcomes
            .iter()
            .filter_map(|o| Some((o.site.as_str(), o.result.as_ref().ok()?.as_str())))
            .collect();
        super::undo_identity(&router, made, opposite).await;
        return Ok(ExitStatus::Failure);
    }
    Ok(status)
}

/// `role assignment list`, each name looked up at each site.
async fn assignments(
    setup: &Setup,
    a: &RoleAssignmentList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &ROLE_ASSIGNMENT;
    let mut filters = Filters::default();
    let d = &a.domains;
    for (param, resource, name, domain) in [
        ("user.id", &USER, &a.user, &d.user_domain),
        ("group.id", &GROUP, &a.group, &d.group_domain),
        ("scope.project.id", &PROJECT, &a.project, &d.project_domain),
        ("scope.domain.id", &DOMAIN, &a.domain, &None),
        ("role.id", &ROLE, &a.role, &None),
    ] {
        if let Some(name) = name {
            filters.look_up_in(param, resource, name, domain.as_deref());
        }
    }
    if a.system.is_some() {
        filters.query.push(("scope.system", "all".into()));
    }
    // The signed-in user and project at each site: the IDs its token names.
    if a.auth_user {
        filters.signed_in.push(("user.id", SignedIn::User));
    }
    if a.auth_project {
        filters
            .signed_in
            .push(("scope.project.id", SignedIn::Project));
    }
    if a.effective {
        filters.query.push(("effective", "True".into()));
    }
    if a.names {
        filters.query.push(("include_names", "True".into()));
    }
    if a.inherited {
        filters
            .query
            .push(("scope.OS-INHERIT:inherited_to", "projects".into()));
    }
    resource::list_filtered(setup, r, &a.list, &filters, out).await
}

/// `group …`
pub async fn group(
    setup: &Setup,
    command: &GroupCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = &GROUP;
    match command {
        GroupCommand::List(a) => {
            let mut filters = Filters::default();
            if let Some(domain) = &a.domain {
                filters.look_up("domain_id", &DOMAIN, domain);
            }
            if let Some(user) = &a.user {
                filters.below(&USER, user, "groups");
            }
            resource::list_filtered(setup, r, &a.list, &filters, out).await
        }
        GroupCommand::Show(a) => resource::show(setup, r, a, out).await,
        GroupCommand::Delete(a) => resource::delete(setup, r, a).await,
        GroupCommand::Create(a) => {
            let mut group = json!({ "name": a.name });
            if let Some(description) = &a.description {
                group["description"] = json!(description);
            }
            let (group, domain) = (&group, &a.domain);
            super::create::create_or_show(
                setup,
                r,
                &a.name,
                a.or_show,
                &a.create,
                out,
                |session| async move {
                    let mut group = group.clone();
                    if let Some(domain) = domain {
                        group["domain_id"] = find(&session, &DOMAIN, domain).await?["id"].clone();
                    }
                    Ok(json!({ "group": group }))
                },
            )
            .await
        }
        GroupCommand::Set(a) => {
            rename(setup, r, a, |item, body| {
                patch(r, item, &json!({ "group": body }))
            })
            .await
        }
        GroupCommand::Add(GroupUserCommand::User(a)) => members(setup, a, Method::PUT).await,
        GroupCommand::Remove(GroupUserCommand::User(a)) => members(setup, a, Method::DELETE).await,
        GroupCommand::Contains(GroupContainsCommand::User(a)) => contains(setup, a, out).await,
    }
}

/// The path of a user's membership of a group, both looked up at the site.
async fn membership(session: &Session, group: &str, user: &str) -> Result<String, SiteError> {
    let (group, user) = tokio::try_join!(find(session, &GROUP, group), find(session, &USER, user))?;
    Ok(format!(
        "groups/{}/users/{}",
        encode(GROUP.id_of(&group)),
        encode(USER.id_of(&user))
    ))
}

/// `group add|remove user GROUP USER…`: each user at every site of the
/// identity scope, as python-openstackclient does one after the other.
async fn members(setup: &Setup, a: &GroupUsers, method: Method) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let (mut failed, mut partial) = (0, false);
    for user in &a.users {
        let method = &method;
        let outcomes = router
            .run(plan, Operation::Mutate, |session| async move {
                let path = membership(&session, &a.group, user).await?;
                let call = Call::new(ServiceType::Identity, method.clone(), path, Body::Empty);
                session.call(&call).await?;
                Ok(())
            })
            .await;
        match report(&outcomes) {
            ExitStatus::Success => {}
            ExitStatus::Partial => partial = true,
            _ => failed += 1,
        }
    }
    if failed > 0 {
        let verb = if method == Method::PUT {
            "added to"
        } else {
            "removed from"
        };
        crate::sys::tell!(
            "{failed} of {} users not {verb} group {}.",
            a.users.len(),
            a.group
        );
        return Ok(ExitStatus::Failure);
    }
    Ok(if partial {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    })
}

/// `group contains user`: python-openstackclient's line, on stdout when
/// the group holds the user and on stderr when not, for each site.
async fn contains(
    setup: &Setup,
    a: &GroupUser,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let outcomes = router
        .run(plan, Operation::Read, |session| async move {
            let path = membership(&session, &a.group, &a.user).await?;
            let call = Call::new(ServiceType::Identity, Method::HEAD, path, Body::Empty);
            match session.call(&call).await {
                Ok(_) => Ok(true),
                Err(Stopped::Failed(e)) if e.class == FailureClass::NotFound => Ok(false),
                Err(e) => Err(e),
            }
        })
        .await;
    let status = report(&outcomes);
    let several = plan.sites().len() > 1;
    for o in &outcomes {
        let Ok(held) = o.result else { continue };
        let site = if several {
            format!("{}: ", o.site)
        } else {
            String::new()
        };
        match held {
            true => writeln!(out, "{site}{} in group {}", a.user, a.group)?,
            false => eprintln!("{site}{} not in group {}", a.user, a.group),
        }
    }
    Ok(status)
}

/// `implied role list|create|delete`: the roles looked up at each site.
pub async fn implied(
    setup: &Setup,
    command: &ImpliedRoleCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let multi = plan.sites().len() > 1;
    match command {
        ImpliedRoleCommand::List(a) => {
            let outcomes = router
                .run(plan, Operation::Read, |session| async move {
                    let answer = session
                        .get_json(ServiceType::Identity, "role_inferences")
                        .await?;
                    Ok(inference_rows(&answer))
                })
                .await;
            let status = report(&outcomes);
            let rows: Vec<(String, Vec<Cell>)> = outcomes
                .into_iter()
                .filter_map(|o| Some((o.site, o.result.ok()?)))
                .flat_map(|(site, rows)| rows.into_iter().map(move |r| (site.clone(), r)))
                .collect();
            let listing = Listing {
                columns: [
                    "Prior Role ID",
                    "Prior Role Name",
                    "Implied Role ID",
                    "Implied Role Name",
                ]
                .map(String::from)
                .to_vec(),
                rows: Vec::new(),
            };
            super::write_list(out, listing, rows, multi, &setup.list_options(&a.format))?;
            Ok(status)
        }
        ImpliedRoleCommand::Create(a) => {
            let outcomes = router
                .run(plan, Operation::Mutate, |session| async move {
                    let path = implication(&session, &a.roles).await?;
                    let call = Call::new(ServiceType::Identity, Method::PUT, path, Body::Empty);
                    let made = session.call(&call).await?.json()?;
                    let made = &made["role_inference"];
                    // OSC's fields: each role's ID, sorted by name.
                    Ok(Record {
                        fields: ["implies", "prior_role"]
                            .iter()
                            .map(|k| (k.to_string(), Cell::new(made[*k]["id"].clone())))
                            .collect(),
                    })
                })
                .await;
            let status = report(&outcomes);
            let records = outcomes
                .into_iter()
                .filter_map(|o| Some((o.site, o.result.ok()?)))
                .collect();
            super::write_records(out, records, multi, &setup.show_options(&a.format))?;
            Ok(status)
        }
        ImpliedRoleCommand::Delete(a) => {
            let outcomes = router
                .run(plan, Operation::Mutate, |session| async move {
                    let path = implication(&session, a).await?;
                    let call = Call::new(ServiceType::Identity, Method::DELETE, path, Body::Empty);
                    session.call(&call).await?;
                    Ok(())
                })
                .await;
            Ok(report(&outcomes))
        }
    }
}

/// `roles/{prior}/implies/{implied}` at the session's site.
async fn implication(session: &Session, a: &ImpliedRoleArgs) -> Result<String, SiteError> {
    let (prior, implied) = tokio::try_join!(
        find(session, &ROLE, &a.role),
        find(session, &ROLE, &a.implied_role),
    )?;
    Ok(format!(
        "roles/{}/implies/{}",
        encode(ROLE.id_of(&prior)),
        encode(ROLE.id_of(&implied))
    ))
}

/// One row per prior role and role it implies, as OSC lists them.
fn inference_rows(answer: &serde_json::Value) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for rule in answer["role_inferences"].as_array().into_iter().flatten() {
        let prior = &rule["prior_role"];
        for implied in rule["implies"].as_array().into_iter().flatten() {
            rows.push(
                [
                    &prior["id"],
                    &prior["name"],
                    &implied["id"],
                    &implied["name"],
                ]
                .into_iter()
                .map(|v| Cell::new(v.clone()))
                .collect(),
            );
        }
    }
    rows
}
