//! `oscope scope check`: shows what a scope means before anything is sent.

use std::io::Write;

use serde_json::{Value, json};

use crate::cli::{CheckFormat, Cli, ScopeCheckArgs};
use crate::config::{Config, Environment};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::{Cell, ListOptions, Listing, python_json, python_yaml};
use crate::scope::{self, Expr, Plan, Source};

/// One line of the answer: a service, where its plan came from, the plan.
struct Line {
    service: String,
    source: Source,
    text: String,
    plan: Option<Plan>,
}

pub fn check(
    cli: &Cli,
    args: &ScopeCheckArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let env = Environment::from_process();
    let config = Config::load(&env)?;
    let text = args.scope.as_deref().or(cli.os_scope.as_deref());
    let current = config.current_cloud(cli.os_cloud.as_deref(), &env);
    let (scope, defaults) = crate::setup::scope_inputs(text, current, &env)?;
    let directory = config.directory();

    let lines: Vec<Line> = if directory.is_empty() {
        // Nothing to check names against: show the expressions as parsed.
        let named = scope
            .iter()
            .flat_map(|s| &s.services)
            .map(|(svc, e)| (svc, Source::Scope, e));
        let from_env = defaults
            .env
            .iter()
            .filter(|(svc, _)| scope.as_ref().is_none_or(|s| s.named(**svc).is_none()))
            .map(|(svc, e)| (svc, Source::Environment, e));
        let mut lines: Vec<Line> = named
            .chain(from_env)
            .map(|(svc, source, e)| unresolved(svc.as_str(), source, e))
            .collect();
        lines.sort_by(|a, b| a.service.cmp(&b.service));
        lines.extend(
            scope
                .as_ref()
                .and_then(|s| s.default.as_ref())
                .map(|e| unresolved("*", Source::Default, e)),
        );
        crate::sys::tell!("no clouds.yaml found; site names are not checked");
        lines
    } else {
        let resolved = scope::resolve(scope.as_ref(), &defaults, &directory)?;
        let services = resolved
            .services
            .iter()
            .map(|(svc, b)| (svc.to_string(), b));
        services
            .chain(resolved.default.iter().map(|b| ("*".to_string(), b)))
            .map(|(service, b)| Line {
                service,
                source: b.source,
                text: b.plan.to_string(),
                plan: Some(b.plan.clone()),
            })
            .collect()
    };
    let canonical = scope.as_ref().map(|s| s.to_string());

    match args.format {
        CheckFormat::Value => {
            writeln!(out, "{}", canonical.unwrap_or_default())?;
        }
        CheckFormat::Table => {
            writeln!(out, "Scope: {}", canonical.as_deref().unwrap_or("(none)"))?;
            let listing = Listing {
                columns: vec!["Service".into(), "Source".into(), "Plan".into()],
                rows: lines
                    .iter()
                    .map(|l| {
                        vec![
                            Cell::new(l.service.as_str()),
                            Cell::new(l.source.as_str()),
                            Cell::new(l.text.as_str()),
                        ]
                    })
                    .collect(),
            };
            listing
                .write(
                    out,
                    &ListOptions {
                        print_empty: true,
                        ..Default::default()
                    },
                )
                .map_err(super::output_error)?;
        }
        CheckFormat::Json | CheckFormat::Yaml => {
            let services: Vec<Value> = lines
                .iter()
                .map(|l| {
                    json!({
                        "service": l.service,
                        "source": l.source.as_str(),
                        "plan": l.text,
                        "sites": l.plan.as_ref().map(|p| p.sites()),
                        "tree": l.plan,
                    })
                })
                .collect();
            let answer = json!({"scope": canonical, "services": services});
            if args.format == CheckFormat::Json {
                writeln!(out, "{}", python_json(&answer, !args.noindent))?;
            } else {
                write!(out, "{}", python_yaml(&answer))?;
            }
        }
    }
    Ok(ExitStatus::Success)
}

fn unresolved(service: &str, source: Source, expr: &Expr) -> Line {
    Line {
        service: service.to_string(),
        source,
        text: expr.to_string(),
        plan: None,
    }
}
