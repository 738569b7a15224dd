//! The signed-in user's application credentials (below
//! `users/{id}/application_credentials` at each site: the user's ID is
//! each site's own), their access rules, and Keystone's other lists that
//! read like resources: credentials and unified limits.

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use super::resource::{self, Filters, below_signed_in, report_lookup, write_shown};
use crate::cli::{
    AccessRuleCommand, AppCredCommand, AppCredCreate, AppCredList, CredentialCommand,
    CredentialCreate, DeleteArgs, LimitList,
};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::Cell;
use crate::resources::{
    ACCESS_RULE, APPLICATION_CREDENTIAL, CREDENTIAL, LIMIT, PROJECT, REGISTERED_LIMIT, Resource,
    SERVICE, USER,
};
use crate::route::{Operation, Outcome, report};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, Session, SiteError, encode};

const CREDENTIALS: &str = "application_credentials";

pub async fn application_credential(
    setup: &Setup,
    command: &AppCredCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    match command {
        AppCredCommand::List(a) => {
            of_user(setup, &APPLICATION_CREDENTIAL, CREDENTIALS, a, out).await
        }
        AppCredCommand::Show(a) => {
            let plan = setup.plan(ServiceType::Identity)?;
            let router = setup.router([plan]);
            let name = &a.name;
            let outcomes = router
                .run(plan, Operation::Lookup, |session| async move {
                    Ok(find(&session, name).await?.1)
                })
                .await;
            let status = report_lookup(&outcomes, &APPLICATION_CREDENTIAL, name);
            write_shown(
                setup,
                out,
                &APPLICATION_CREDENTIAL,
                plan,
                &outcomes,
                &a.format,
            )?;
            Ok(status)
        }
        AppCredCommand::Delete(a) => delete(setup, a).await,
        AppCredCommand::Create(a) => create(setup, a, out).await,
    }
}

/// `access rule list`.
pub async fn access_rule(
    setup: &Setup,
    command: &AccessRuleCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let AccessRuleCommand::List(a) = command;
    of_user(setup, &ACCESS_RULE, "access_rules", a, out).await
}

/// A list below the user of `--user`, or the signed-in user.
async fn of_user(
    setup: &Setup,
    r: &'static Resource,
    path: &'static str,
    a: &AppCredList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let mut filters = Filters::default();
    match &a.user {
        Some(user) => filters.below(&USER, user, path),
        None => filters.below_self = Some(path),
    }
    resource::list_filtered(setup, r, &a.list, &filters, out).await
}

/// The signed-in user's credential of this name or ID: its path and it.
async fn find(session: &Session, name: &str) -> Result<(String, Value), SiteError> {
    let base = below_signed_in(session, CREDENTIALS).await?;
    let by_id = Call::get(ServiceType::Identity, format!("{base}/{}", encode(name)));
    match session.read(&by_id).await {
        Ok(reply) => {
            let item = APPLICATION_CREDENTIAL.item(reply.json()?);
            return Ok((format!("{base}/{}", encode(name)), item));
        }
        Err(e) if e.class == FailureClass::NotFound => {}
        Err(e) => return Err(e),
    }
    let listed = session
        .list(
            ServiceType::Identity,
            &format!("{base}?name={}", encode(name)),
            CREDENTIALS,
        )
        .await?;
    match listed.into_iter().next() {
        Some(item) => {
            let id = item["id"].as_str().unwrap_or_default();
            Ok((format!("{base}/{}", encode(id)), item))
        }
        None => Err(SiteError::new(
            FailureClass::NotFound,
            format!("No application credential with a name or ID of '{name}' exists."),
        )),
    }
}

/// Deletes each name at every site that has it.
async fn delete(setup: &Setup, a: &DeleteArgs) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let mut failed = 0;
    let mut partial = false;
    for name in &a.names {
        let outcomes = router
            .run(plan, Operation::Lookup, |session| async move {
                let (path, _) = find(&session, name).await?;
                let call = Call::new(ServiceType::Identity, Method::DELETE, path, Body::Empty);
                session.call(&call).await?;
                Ok(())
            })
            .await;
        match report_lookup(&outcomes, &APPLICATION_CREDENTIAL, name) {
            ExitStatus::Success => {}
            ExitStatus::Partial => partial = true,
            _ => failed += 1,
        }
    }
    if failed > 0 {
        crate::sys::tell!(
            "{failed} of {} application credentials failed to delete.",
            a.names.len()
        );
        return Ok(ExitStatus::Failure);
    }
    Ok(if partial {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    })
}

/// The body of `application credential create`, as python-openstackclient
/// sends it.
fn create_body(a: &AppCredCreate) -> Result<Value, Error> {
    let roles: Vec<Value> = a
        .roles
        .iter()
        .map(|role| match uuid_like(role) {
            true => json!({ "id": role }),
            false => json!({ "name": role }),
        })
        .collect();
    let access_rules = match &a.access_rules {
        None => json!([]),
        Some(text) => serde_json::from_str(text)
            .or_else(|_| {
                let file = std::fs::read_to_string(text).map_err(|_| ())?;
                serde_json::from_str(&file).map_err(|_| ())
            })
            .map_err(|_| {
                Error::Usage("Access rules is not valid JSON string or file does not exist.".into())
            })?,
    };
    if let Some(at) = &a.expiration {
        if humantime::parse_rfc3339_weak(at).is_err() || at.len() != 19 {
            return Err(Error::Usage(format!(
                "--expiration {at}: not a time of the form YYYY-mm-ddTHH:MM:SS"
            )));
        }
    }
    Ok(json!({ "application_credential": {
        "unrestricted": a.unrestricted && !a.restricted,
        "secret": a.secret,
        "access_rules": access_rules,
        "name": a.name,
        "description": a.description,
        "roles": roles,
        "expires_at": a.expiration,
    }}))
}

/// A UUID with or without dashes, as python-openstackclient tells role IDs
/// from names.
fn uuid_like(text: &str) -> bool {
    let hex: String = text
        .trim_start_matches("urn:")
        .trim_start_matches("uuid:")
        .trim_matches(|c| c == '{' || c == '}')
        .chars()
        .filter(|c| *c != '-')
        .collect();
    hex.len() == 32 && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// Creates the credential at every site; shows it with its secret, which
/// Keystone gives only now. `--atomic` deletes it again where it was made
/// when a site failed.
async fn create(
    setup: &Setup,
    a: &AppCredCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let body = &create_body(a)?;
    let plan = setup.plan(ServiceType::Identity)?;
    let router = setup.router([plan]);
    let outcomes: Vec<Outcome<(String, Value)>> = router
        .run(plan, Operation::Mutate, |session| async move {
            let base = below_signed_in(&session, CREDENTIALS).await?;
            let call = Call::new(
                ServiceType::Identity,
                Method::POST,
                base.clone(),
                Body::Json(body.clone()),
            );
            let made = APPLICATION_CREDENTIAL.item(session.call(&call).await?.json()?);
            let id = made["id"].as_str().unwrap_or_default();
            Ok((format!("{base}/{}", encode(id)), made))
        })
        .await;
    let status = report(&outcomes);
    if a.create.atomic && status != ExitStatus::Success {
        let made = outcomes
            .iter()
            .filter_map(|o| Some((o.site.as_str(), o.result.as_ref().ok()?.0.as_str())))
            .collect();
        super::undo_identity(&router, made, Method::DELETE).await;
        return Ok(ExitStatus::Failure);
    }
    let records = outcomes
        .iter()
        .filter_map(|o| {
            let (_, made) = o.result.as_ref().ok()?;
            let mut record = APPLICATION_CREDENTIAL.record(made);
            record
                .fields
                .push(("Secret".into(), Cell::new(made["secret"].clone())));
            Some((o.site.clone(), record))
        })
        .collect();
    let several = plan.sites().len() > 1;
    super::write_records(out, records, several, &setup.show_options(&a.create.format))?;
    Ok(status)
}

/// `credential list`.
pub async fn credential(
    setup: &Setup,
    command: &CredentialCommand,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let a = match command {
        CredentialCommand::List(a) => a,
        CredentialCommand::Show(a) => return resource::show(setup, &CREDENTIAL, a, out).await,
        CredentialCommand::Delete(a) => return resource::delete(setup, &CREDENTIAL, a).await,
        CredentialCommand::Create(a) => return create_credential(setup, a, out).await,
    };
    let mut filters = Filters::default();
    if let Some(user) = &a.user {
        filters.look_up("user_id", &USER, user);
    }
    filters.given(&[("type", &a.credential_type)]);
    resource::list_filtered(setup, &CREDENTIAL, &a.list, &filters, out).await
}

/// `credential create`: the user and project looked up at each site.
async fn create_credential(
    setup: &Setup,
    a: &CredentialCreate,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    crate::commands::creation::create(
        setup,
        &CREDENTIAL,
        &a.create,
        out,
        |session| async move {
            let user = resource::find_id(&session, &USER, &a.user, None).await?;
            let project = match &a.project {
                Some(p) => Some(resource::find_id(&session, &PROJECT, p, None).await?),
                None => None,
            };
            Ok(serde_json::json!({"credential": {
                "user_id": user, "type": a.credential_type, "blob": a.data, "project_id": project,
            }}))
        },
        |_, made| async move { Ok(made) },
    )
    .await
}

/// `limit list` and `registered limit list`: the service and project
/// looked up at each site.
pub async fn limits(
    setup: &Setup,
    registered: bool,
    a: &LimitList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let r = if registered {
        &REGISTERED_LIMIT
    } else {
        &LIMIT
    };
    let mut filters = Filters::default();
    if let Some(service) = &a.service {
        filters.look_up("service_id", &SERVICE, service);
    }
    if let (Some(project), false) = (&a.project, registered) {
        filters.look_up("project_id", &PROJECT, project);
    }
    filters.given(&[
        ("region_id", &a.region),
        ("resource_name", &a.resource_name),
    ]);
    resource::list_filtered(setup, r, &a.list, &filters, out).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_ids_are_told_from_names_as_osc_does() {
        assert!(uuid_like("7d549bbbcf054be9ac2bd1de12c9fdcc"));
        assert!(uuid_like("7d549bbb-cf05-4be9-ac2b-d1de12c9fdcc"));
        assert!(!uuid_like("member"));
    }
}
