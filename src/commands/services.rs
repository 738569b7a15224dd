//! `compute service set|delete`, `volume service set`: a service, found by
//! its host and binary (set) or its ID (delete), at every site of the scope
//! that has it; host names and IDs are each site's own.

use reqwest::Method;
use serde_json::json;

use super::resource::report_lookup;
use super::servers::call;
use crate::cli::{ComputeServiceDelete, ComputeServiceSet, VolumeServiceSet};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::resources::{COMPUTE_SERVICE, VOLUME_SERVICE};
use crate::route::Operation;
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call, FailureClass, SiteError, encode};

/// `compute service set HOST SERVICE`: enable or disable it, force it down
/// or up, in python-openstackclient's order (compute 2.53's
/// `PUT os-services/{id}`).
pub async fn set(setup: &Setup, a: &ComputeServiceSet) -> Result<ExitStatus, Error> {
    if a.disable_reason.is_some() && !a.disable {
        return Err(Error::Usage(
            "Cannot specify option --disable-reason without --disable specified.".into(),
        ));
    }
    let mut changes = Vec::new();
    if a.enable {
        changes.push(json!({"status": "enabled"}));
    }
    if a.disable {
        let mut change = json!({"status": "disabled"});
        if let Some(reason) = &a.disable_reason {
            change["disabled_reason"] = json!(reason);
        }
        changes.push(change);
    }
    if a.up || a.down {
        changes.push(json!({"forced_down": a.down}));
    }
    let plan = setup.plan(ServiceType::Compute)?;
    let router = setup.router([plan]);
    let changes = &changes;
    let outcomes = router
        .run(plan, Operation::Lookup, |s| async move {
            let path = format!(
                "os-services?host={}&binary={}",
                encode(&a.host),
                encode(&a.service)
            );
            let found = s.list(ServiceType::Compute, &path, "services").await?;
            let id = match &found[..] {
                [one] => COMPUTE_SERVICE.id_of(one).to_string(),
                [] => return Err(SiteError::new(FailureClass::NotFound, "not found").into()),
                _ => {
                    let why = format!(
                        "Multiple compute services found for host \"{}\" and binary \"{}\". \
                         Unable to proceed.",
                        a.host, a.service
                    );
                    return Err(SiteError::new(FailureClass::Request, why).into());
                }
            };
            for change in changes {
                let path = format!("os-services/{}", encode(&id));
                s.call(&call(Method::PUT, path, Body::Json(change.clone())))
                    .await?;
            }
            Ok(())
        })
        .await;
    let missing = |e: &SiteError| e.class == FailureClass::NotFound;
    if outcomes.iter().all(|o| o.failure().is_some_and(missing)) {
        crate::sys::tell!(
            "Compute service for host \"{}\" and binary \"{}\" not found.",
            a.host,
            a.service
        );
        return Ok(ExitStatus::Failure);
    }
    let name = format!("{}/{}", a.host, a.service);
    Ok(report_lookup(&outcomes, &COMPUTE_SERVICE, &name))
}

/// `volume service set HOST SERVICE`: Cinder's `PUT
/// os-services/enable|disable|disable-log-reason` at every site that has
/// the service on that host.
pub async fn volume_set(setup: &Setup, a: &VolumeServiceSet) -> Result<ExitStatus, Error> {
    let r = &VOLUME_SERVICE;
    let mut body = json!({"binary": a.service, "host": a.host});
    let action = match (&a.disable_reason, a.disable, a.enable) {
        (Some(reason), _, _) => {
            body["disabled_reason"] = json!(reason);
            Some("disable-log-reason")
        }
        (None, true, _) => Some("disable"),
        (None, false, true) => Some("enable"),
        _ => None,
    };
    let plan = setup.plan(r.service)?;
    let router = setup.router([plan]);
    let body = &body;
    let outcomes = router
        .run(plan, Operation::Lookup, |s| async move {
            let path = format!("os-services?host={}", encode(&a.host));
            let found = s.list(r.service, &path, r.plural).await?;
            if !found.iter().any(|f| f["binary"] == a.service.as_str()) {
                return Err(SiteError::new(FailureClass::NotFound, "not found").into());
            }
            if let Some(action) = action {
                let call = Call::new(
                    r.service,
                    Method::PUT,
                    format!("os-services/{action}"),
                    Body::Json(body.clone()),
                );
                s.call(&call).await?;
            }
            Ok(())
        })
        .await;
    let name = format!("{}/{}", a.host, a.service);
    Ok(report_lookup(&outcomes, r, &name))
}

/// `compute service delete ID...`: at every site that has it (Nova refuses,
/// 409, a compute service that still hosts servers).
pub async fn delete(setup: &Setup, a: &ComputeServiceDelete) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Compute)?;
    let router = setup.router([plan]);
    let (mut failed, mut partial) = (0, false);
    for id in &a.services {
        let outcomes = router
            .run(plan, Operation::Lookup, |s| async move {
                let path = format!("os-services/{}", encode(id));
                s.call(&call(Method::DELETE, path, Body::Empty)).await?;
                Ok(())
            })
            .await;
        match report_lookup(&outcomes, &COMPUTE_SERVICE, id) {
            ExitStatus::Failure => failed += 1,
            ExitStatus::Partial => partial = true,
            _ => {}
        }
    }
    if failed > 0 {
        if a.services.len() > 1 {
            crate::sys::tell!(
                "{failed} of {} compute services failed to delete.",
                a.services.len()
            );
        }
        return Ok(ExitStatus::Failure);
    }
    Ok(if partial {
        ExitStatus::Partial
    } else {
        ExitStatus::Success
    })
}
