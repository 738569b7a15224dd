//! `site capacity`: what the compute hosts of each site hold and have in
//! use, from Placement (each resource provider's inventories and usages),
//! per site and summed over the scope: the view of a whole multi-site
//! cloud that no single site's API gives.

use std::io::Write;

use serde_json::Value;

use super::write_listing;
use crate::cli::ListFormat;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Listing};
use crate::route::{Operation, report};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Session, SiteError, encode};

/// The resource classes shown, as (Placement's name, column prefix).
const CLASSES: [(&str, &str); 3] = [
    ("VCPU", "vCPUs"),
    ("MEMORY_MB", "RAM MB"),
    ("DISK_GB", "Disk GB"),
];

/// In use and capacity of each class, in `CLASSES` order.
type Figures = [(i64, i64); 3];

pub async fn capacity(
    setup: &Setup,
    format: &ListFormat,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Placement)?;
    let router = setup.router([plan]);
    let outcomes = router
        .run_spawned(plan, Operation::Read, |session| async move {
            Ok(figures(&session).await?)
        })
        .await;
    let status = report(&outcomes);
    let mut columns = vec!["Site".to_string()];
    for (_, name) in CLASSES {
        columns.extend([format!("{name} Used"), name.to_string()]);
    }
    let row = |site: &str, figures: &Figures| {
        let mut row = vec![Cell::new(site)];
        for (used, total) in figures {
            row.extend([Cell::new(*used), Cell::new(*total)]);
        }
        row
    };
    let served: Vec<(&str, &Figures)> = outcomes
        .iter()
        .filter_map(|o| Some((o.site.as_str(), o.result.as_ref().ok()?)))
        .collect();
    let mut rows: Vec<Vec<Cell>> = served.iter().map(|(site, f)| row(site, f)).collect();
    if served.len() > 1 {
        let mut total: Figures = [(0, 0); 3];
        for (_, figures) in &served {
            for (sum, (used, cap)) in total.iter_mut().zip(figures.iter()) {
                *sum = (sum.0 + used, sum.1 + cap);
            }
        }
        rows.push(row("Total", &total));
    }
    let listing = Listing { columns, rows };
    write_listing(out, listing, false, &setup.list_options(format))?;
    Ok(status)
}

/// One site's figures: every resource provider's usages and capacity,
/// `(total - reserved) × allocation_ratio` as Placement counts it.
async fn figures(session: &Session) -> Result<Figures, SiteError> {
    let providers = session
        .list(
            ServiceType::Placement,
            "resource_providers",
            "resource_providers",
        )
        .await?;
    let each = providers.iter().map(|p| async move {
        let id = encode(p["uuid"].as_str().unwrap_or_default());
        let (inventories, usages) = (
            format!("resource_providers/{id}/inventories"),
            format!("resource_providers/{id}/usages"),
        );
        tokio::try_join!(
            session.get_json(ServiceType::Placement, &inventories),
            session.get_json(ServiceType::Placement, &usages),
        )
    });
    let mut figures: Figures = [(0, 0); 3];
    for (inventories, usages) in futures::future::try_join_all(each).await? {
        for ((class, _), (used, cap)) in CLASSES.iter().zip(figures.iter_mut()) {
            let inventory = &inventories["inventories"][class];
            let number = |v: &Value| v.as_f64().unwrap_or(0.0);
            let ratio = inventory["allocation_ratio"].as_f64().unwrap_or(1.0);
            *cap += ((number(&inventory["total"]) - number(&inventory["reserved"])) * ratio) as i64;
            *used += usages["usages"][class].as_i64().unwrap_or(0);
        }
    }
    Ok(figures)
}
