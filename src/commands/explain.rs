//! `--explain`: what a command did and would do, instead of its output.
//!
//! The command runs as usual with a session that sends reads (look-ups,
//! lists, Keystone authentication for the catalogue) and holds back every
//! request that would change something (POST, PUT, PATCH, DELETE, image
//! data). Then this prints the plan of each service the command used, the
//! endpoints each site's catalogue gave, and every request, site by site in
//! the plan's order: sent with its status, or `not sent` with its body
//! (secrets redacted).

use std::io::Write;

use crate::error::Error;
use crate::setup::Setup;
use crate::site::Exchange;

pub fn write(setup: &Setup, out: &mut (dyn Write + Send)) -> Result<(), Error> {
    let used = setup.used();
    let Some(transcript) = setup.transcript() else {
        return Ok(());
    };
    writeln!(out, "Plan")?;
    let mut sites: Vec<String> = Vec::new();
    let width = used.iter().map(|s| s.as_str().len()).max().unwrap_or(0);
    for service in &used {
        match setup.scope.for_service(*service) {
            Some(binding) => {
                writeln!(
                    out,
                    "  {:width$}  {}  ({})",
                    service.as_str(),
                    binding.plan,
                    binding.source.as_str()
                )?;
                for site in binding.plan.sites() {
                    if !sites.iter().any(|s| s == site) {
                        sites.push(site.to_string());
                    }
                }
            }
            None => writeln!(out, "  {:width$}  no site", service.as_str())?,
        }
    }
    // Sites a command chose itself (`volume create --server`) come last.
    for exchange in &transcript.requests {
        if !sites.contains(&exchange.site) {
            sites.push(exchange.site.clone());
        }
    }
    writeln!(out, "Endpoints")?;
    let site_width = sites.iter().map(String::len).max().unwrap_or(0);
    let service_width = transcript
        .endpoints
        .iter()
        .map(|e| e.1.as_str().len())
        .max()
        .unwrap_or(0);
    for site in &sites {
        for (_, service, url) in transcript.endpoints.iter().filter(|e| &e.0 == site) {
            writeln!(
                out,
                "  {site:site_width$}  {:service_width$}  {url}",
                service.as_str()
            )?;
        }
    }
    writeln!(out, "Requests")?;
    let mut n = 0;
    for site in &sites {
        for exchange in transcript.requests.iter().filter(|e| &e.site == site) {
            n += 1;
            write_exchange(out, n, exchange)?;
        }
    }
    if n == 0 {
        writeln!(out, "  none")?;
    }
    Ok(())
}

fn write_exchange(out: &mut (dyn Write + Send), n: usize, e: &Exchange) -> std::io::Result<()> {
    let outcome = e.outcome.as_deref().unwrap_or("not sent");
    writeln!(
        out,
        "  {n:>3}  {}  {} {}  {outcome}",
        e.site, e.method, e.url
    )?;
    if e.outcome.is_none()
        && let Some(body) = &e.body
    {
        writeln!(out, "       {body}")?;
    }
    Ok(())
}
