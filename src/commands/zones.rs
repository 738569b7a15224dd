//! `availability zone list`: the zones of compute, network and block
//! storage, each asked at the sites of its own service's plan, in
//! python-openstackclient's order and shape.

use std::io::Write;

use serde_json::Value;

use super::write_list;
use crate::cli::ZoneList;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::route::{Operation, status};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{FailureClass, Session, SiteError};

/// A row: zone name, status, resource, host, service, service status.
type Row = [String; 6];

pub async fn list(
    setup: &Setup,
    a: &ZoneList,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let all = !(a.compute || a.network || a.volume);
    let mut wanted = Vec::new();
    if a.compute || all {
        wanted.push(ServiceType::Compute);
    }
    if a.network || all {
        wanted.push(ServiceType::Network);
    }
    if a.volume || all {
        wanted.push(ServiceType::BlockStorage);
    }
    let mut rows: Vec<(String, Vec<Cell>)> = Vec::new();
    let mut outcomes_all = Vec::new();
    let mut several = false;
    for service in wanted {
        let plan = setup.plan(service)?;
        several |= plan.sites().len() > 1;
        let router = setup.router([plan]);
        let long = a.list.long;
        let lacks = |o: &crate::route::Outcome<Vec<Row>>| {
            o.failure().is_some_and(SiteError::is_no_endpoint)
        };
        let outcomes = router
            .run(plan, Operation::Read, |session| async move {
                Ok(zones(&session, service, long).await?)
            })
            .await;
        for outcome in &outcomes {
            if let Ok(found) = &outcome.result {
                rows.extend(found.iter().map(|row| {
                    let cells = row
                        .iter()
                        .take(if long { 6 } else { 2 })
                        .map(|c| Cell::new(c.as_str()));
                    (outcome.site.clone(), cells.collect())
                }));
            }
        }
        // A service a site lacks is skipped, as python-openstackclient
        // skips one its cloud lacks; other failures are the site's.
        crate::route::print_failures(outcomes.iter().filter(|o| !lacks(o)));
        outcomes_all.extend(outcomes.into_iter().filter(|o| !lacks(o)));
    }
    let mut columns = vec!["Zone Name", "Zone Status"];
    if a.list.long {
        columns.extend([
            "Zone Resource",
            "Host Name",
            "Service Name",
            "Service Status",
        ]);
    }
    let listing = Listing {
        columns: columns.into_iter().map(String::from).collect(),
        rows: vec![],
    };
    write_list(
        out,
        listing,
        rows,
        several,
        &setup.list_options(&a.list.format),
    )?;
    Ok(if outcomes_all.is_empty() {
        ExitStatus::Success
    } else {
        status(&outcomes_all)
    })
}

/// One service's zones at a site, as OSC's `_xform_*_availability_zone`.
async fn zones(session: &Session, service: ServiceType, long: bool) -> Result<Vec<Row>, SiteError> {
    let available = |z: &Value| match z["zoneState"]["available"].as_bool() {
        Some(true) => "available",
        _ => "not available",
    };
    let row = |name: &str, status: &str| -> Row {
        [
            name.to_string(),
            status.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]
    };
    match service {
        ServiceType::Compute => {
            // As OSC: the detailed list (every zone, admin only), else
            // the zones a user sees.
            let detail = session
                .get_json(service, "os-availability-zone/detail")
                .await;
            let answer = match detail {
                Err(e) if e.class == FailureClass::Auth => {
                    session.get_json(service, "os-availability-zone").await?
                }
                answer => answer?,
            };
            let mut rows = Vec::new();
            for zone in answer["availabilityZoneInfo"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let name = zone["zoneName"].as_str().unwrap_or_default();
                let base = row(name, available(zone));
                let hosts = zone["hosts"].as_object().filter(|h| long && !h.is_empty());
                let Some(hosts) = hosts else {
                    rows.push(base);
                    continue;
                };
                for (host, services) in hosts {
                    for (svc, state) in services.as_object().into_iter().flatten() {
                        let mut r = base.clone();
                        r[3] = host.clone();
                        r[4] = svc.clone();
                        r[5] = format!(
                            "{} {} {}",
                            if state["active"] == true {
                                "enabled"
                            } else {
                                "disabled"
                            },
                            if state["available"] == true {
                                ":-)"
                            } else {
                                "XXX"
                            },
                            crate::output::python_str(&state["updated_at"]),
                        );
                        rows.push(r);
                    }
                }
            }
            Ok(rows)
        }
        ServiceType::Network => {
            let extensions = session.get_json(service, "extensions").await?;
            let has = extensions["extensions"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|e| e["name"] == "Availability Zone" || e["alias"] == "availability_zone");
            if !has {
                return Ok(Vec::new());
            }
            let answer = session.get_json(service, "availability_zones").await?;
            Ok(answer["availability_zones"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|z| {
                    let state = match z["state"].as_str().unwrap_or_default() {
                        "unavailable" => "not available",
                        other => other,
                    };
                    let mut r = row(z["name"].as_str().unwrap_or_default(), state);
                    r[2] = z["resource"].as_str().unwrap_or_default().to_string();
                    r
                })
                .collect())
        }
        _ => {
            let answer = session.get_json(service, "os-availability-zone").await?;
            Ok(answer["availabilityZoneInfo"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|z| row(z["zoneName"].as_str().unwrap_or_default(), available(z)))
                .collect())
        }
    }
}
