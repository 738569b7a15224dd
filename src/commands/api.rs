//! `oscope api SERVICE METHOD PATH`: any request to any service, under the
//! scope. A GET whose answer holds a list follows every page and merges the
//! sites' items (each tagged with `Site` when there are several sites);
//! other answers are printed per site.

use std::io::Write;

use reqwest::Method;
use serde_json::{Map, Value};

use crate::cli::ApiArgs;
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::output::python_json;
use crate::route::{Operation, merge, report};
use crate::scope::ServiceType;
use crate::setup::Setup;
use crate::site::{Body, Call};

/// The key of the list in a list answer: the one array that is not a
/// `*_links`.
fn list_key(answer: &Value) -> Option<String> {
    let map = answer.as_object()?;
    let mut lists = map
        .iter()
        .filter(|(k, v)| v.is_array() && !k.ends_with("_links"))
        .map(|(k, _)| k.clone());
    match (lists.next(), lists.next()) {
        (Some(key), None) => Some(key),
        _ => None,
    }
}

pub async fn api(
    setup: &Setup,
    args: &ApiArgs,
    out: &mut (dyn Write + Send),
) -> Result<ExitStatus, Error> {
    let service = ServiceType::lookup(&args.service)
        .ok_or_else(|| Error::Usage(format!("unknown service `{}`", args.service)))?;
    let method = Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| Error::Usage(format!("`{}` is not an HTTP method", args.method)))?;
    let body = match args.body.as_deref() {
        None => Body::Empty,
        Some(text) => {
            let text = match text.strip_prefix('@') {
                Some(path) => std::fs::read_to_string(path)
                    .map_err(|e| Error::Usage(format!("{path}: {e}")))?,
                None => text.to_string(),
            };
            Body::Json(
                serde_json::from_str(&text)
                    .map_err(|e| Error::Usage(format!("--body is not JSON: {e}")))?,
            )
        }
    };
    let mut headers = Vec::new();
    for header in &args.headers {
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| Error::Usage(format!("`{header}`: a header is NAME:VALUE")))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
    let plan = setup.plan(service)?;
    let router = setup.router([plan]);
    let operation = if method == Method::GET || method == Method::HEAD {
        Operation::Read
    } else {
        Operation::Mutate
    };
    let call = Call {
        service,
        method: method.clone(),
        path: args.path.clone(),
        body,
        headers,
        bulk: false,
    };
    let call = &call;
    let outcomes = router
        .run(plan, operation, |session| async move {
            let answer = session.call(call).await?.json()?;
            // A list answer to a GET: every page of it.
            match list_key(&answer).filter(|_| call.method == Method::GET) {
                Some(key) => {
                    let items = session.list(call.service, &call.path, &key).await?;
                    Ok((Some(key), Value::Array(items)))
                }
                None => Ok((None, answer)),
            }
        })
        .await;
    let status = report(&outcomes);
    let multi = plan.sites().len() > 1;
    let answered: Vec<_> = outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok().map(|r| (o.site.clone(), r.clone())))
        .collect();
    let list_key = answered
        .first()
        .and_then(|(_, (k, _))| k.clone())
        .filter(|k| answered.iter().all(|(_, (k2, _))| k2.as_deref() == Some(k)));
    let output = match list_key {
        Some(key) => {
            let lists: Vec<crate::route::Outcome<Vec<Value>>> = outcomes
                .iter()
                .map(|o| crate::route::Outcome {
                    site: o.site.clone(),
                    result: o
                        .result
                        .clone()
                        .map(|(_, v)| v.as_array().cloned().unwrap_or_default()),
                    failed_over: o.failed_over,
                    elapsed: o.elapsed,
                })
                .collect();
            let items = merge(lists, |item: &Value| {
                item.get("id").map(|id| match id {
                    Value::String(id) => id.as_str().into(),
                    id => id.to_string().into(),
                })
            })
            .into_iter()
            .map(|(site, mut item)| {
                if multi && let Value::Object(map) = &mut item {
                    let mut tagged = Map::new();
                    tagged.insert("Site".into(), Value::String(site));
                    tagged.extend(std::mem::take(map));
                    *map = tagged;
                }
                item
            })
            .collect();
            let mut wrapped = Map::new();
            wrapped.insert(key, Value::Array(items));
            Some(Value::Object(wrapped))
        }
        None if multi => Some(Value::Object(
            answered
                .into_iter()
                .map(|(site, (_, v))| (site, v))
                .collect(),
        )),
        None => answered.into_iter().next().map(|(_, (_, v))| v),
    };
    if let Some(value) = output.filter(|v| !v.is_null()) {
        writeln!(out, "{}", python_json(&value, !args.noindent))?;
    }
    Ok(status)
}
