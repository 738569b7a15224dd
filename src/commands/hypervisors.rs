//! `hypervisor show`: a hypervisor at every site of the scope that has it,
//! as python-openstackclient shows it against a Nova of compute 2.88 or
//! later (no usage figures, the host's aggregates, its uptime parsed).

use std::io::Write;

use serde_json::{Value, json};

use crate::cli::HypervisorShow;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, Record};
use crate::resources::HYPERVISOR;
use crate::route::Operation;
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{FailureClass, Session, SiteError, encode};

pub async fn show(
    setup: &Setup,
    a: &HypervisorShow,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let plan = setup.plan(ServiceType::Compute)?;
    let router = setup.router([plan]);
    let name = &a.hypervisor;
    let outcomes = router
        .run(plan, Operation::Lookup, |s| async move {
            let hypervisor = find(&s, name).await?;
            let record = describe(&s, hypervisor).await?;
            Ok((s.name().to_string(), record))
        })
        .await;
    let status = super::resource::report_lookup(&outcomes, &HYPERVISOR, name);
    let records = outcomes.into_iter().filter_map(|o| o.result.ok()).collect();
    let several = plan.sites().len() > 1;
    super::write_records(out, records, several, &setup.show_options(&a.format))?;
    Ok(status)
}

/// A hypervisor by UUID, else by its exact host name (Nova's
/// `hypervisor_hostname_pattern`, then the one of that name).
async fn find(s: &Session, name: &str) -> Result<Value, SiteError> {
    let by_id = format!("os-hypervisors/{}", encode(name));
    match s.get_json(ServiceType::Compute, &by_id).await {
        Ok(found) => return Ok(found["hypervisor"].clone()),
        // Not an ID (400) or none with it (404): a name, then.
        Err(e) if e.class == FailureClass::NotFound || e.status == Some(400) => {}
        Err(e) => return Err(e),
    }
    let path = format!(
        "os-hypervisors?hypervisor_hostname_pattern={}",
        encode(name)
    );
    let listed = match s.list(ServiceType::Compute, &path, "hypervisors").await {
        Ok(listed) => listed,
        Err(e) if e.class == FailureClass::NotFound => vec![],
        Err(e) => return Err(e),
    };
    let Some(one) = listed.iter().find(|h| h["hypervisor_hostname"] == name) else {
        return Err(SiteError::new(
            FailureClass::NotFound,
            format!("No hypervisor with a name or ID of '{name}' exists."),
        ));
    };
    let path = format!(
        "os-hypervisors/{}",
        encode(one["id"].as_str().unwrap_or_default())
    );
    Ok(s.get_json(ServiceType::Compute, &path).await?["hypervisor"].clone())
}

/// The fields python-openstackclient shows: compute 2.88's, the names of
/// the aggregates of the service's host, and the uptime's parts.
async fn describe(s: &Session, h: Value) -> Result<Record, SiteError> {
    let host = h["service"]["host"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let aggregates = s
        .list(ServiceType::Compute, "os-aggregates", "aggregates")
        .await?;
    let member_of: Vec<Value> = aggregates
        .iter()
        .filter(|g| {
            g["hosts"]
                .as_array()
                .is_some_and(|hs| hs.iter().any(|x| *x == host.as_str()))
        })
        .map(|g| g["name"].clone())
        .collect();
    let mut fields = vec![
        (
            "aggregates".to_string(),
            Cell::formatted(json!(member_of), python_list(&member_of)),
        ),
        // Compute 2.88 shows no CPU info: OSC's empty DictColumn.
        (
            "cpu_info".to_string(),
            Cell::formatted(json!({}), "None".to_string()),
        ),
        ("service_host".to_string(), Cell::new(json!(host))),
        (
            "service_id".to_string(),
            Cell::new(h["service"]["id"].clone()),
        ),
    ];
    for key in [
        "host_ip",
        "hypervisor_hostname",
        "hypervisor_type",
        "hypervisor_version",
        "id",
        "state",
        "status",
    ] {
        fields.push((key.to_string(), Cell::new(h[key].clone())));
    }
    // The uptime, where the driver tells it (501 where it does not).
    let id = h["id"].as_str().unwrap_or_default();
    let path = format!("os-hypervisors/{}/uptime", encode(id));
    match s.get_json(ServiceType::Compute, &path).await {
        Ok(uptime) => {
            if let Some(parts) =
                uptime_parts(uptime["hypervisor"]["uptime"].as_str().unwrap_or_default())
            {
                for (key, value) in ["host_time", "uptime", "users", "load_average"]
                    .into_iter()
                    .zip(parts)
                {
                    fields.push((key.to_string(), Cell::new(json!(value))));
                }
            }
        }
        Err(e) if e.status == Some(501) => {}
        Err(e) => return Err(e),
    }
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Record { fields })
}

/// `['a', 'b']`, as Python prints a list of names.
fn python_list(names: &[Value]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|n| format!("'{}'", n.as_str().unwrap_or_default()))
        .collect();
    format!("[{}]", quoted.join(", "))
}

/// ` 17:37:14 up  2:33,  3 users,  load average: 0.33, 0.36, 0.34` as
/// its host time, uptime, users and load average, as
/// python-openstackclient's regular expression splits it.
fn uptime_parts(text: &str) -> Option<[String; 4]> {
    let (time, rest) = text.trim_start().split_once(" up ")?;
    let (before, load) = rest.trim_start().split_once("load average: ")?;
    let before = before.trim_end().strip_suffix(',')?;
    let before = before
        .strip_suffix("users")
        .or_else(|| before.strip_suffix("user"))?
        .trim_end();
    let (uptime, users) = before.rsplit_once(',')?;
    Some([
        time.to_string(),
        uptime.to_string(),
        users.trim().to_string(),
        load.to_string(),
    ])
}

#[cfg(test)]
mod tests {
    use super::uptime_parts;

    #[test]
    fn uptime_is_split_as_python_openstackclient_splits_it() {
        let parts = uptime_parts(" 17:37:14 up  2:33,  3 users,  load average: 0.33, 0.36, 0.34");
        assert_eq!(
            parts,
            Some([
                "17:37:14".into(),
                "2:33".into(),
                "3".into(),
                "0.33, 0.36, 0.34".into()
            ])
        );
        let one = uptime_parts("08:00:00 up 12 days,  4:01,  1 user,  load average: 0, 0, 0");
        assert_eq!(
            one.map(|p| (p[1].clone(), p[2].clone())),
            Some(("12 days,  4:01".into(), "1".into()))
        );
        assert_eq!(uptime_parts("fake"), None);
    }
}
