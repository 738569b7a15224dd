//! The control API of a running `oscope-sim`, for people and scripts:
//! change a site's faults and latency, read what it was asked.
//!
//! ```text
//! GET  /sites                     every site: port, behaviour, requests
//! PUT  /sites/{name}/fault        body: a fault (`refused`, `503:2`, ...)
//!                                 or nothing to clear; `?service=compute&times=2`
//! PUT  /sites/{name}/latency      body: `100ms`, `1s`, ...
//! GET  /sites/{name}/requests     `METHOD /path` → count
//! ```

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use serde_json::json;

use crate::site::{Fault, FaultSpec, Service, Site};

type Sites = Arc<Vec<Arc<Site>>>;

pub fn router(sites: Vec<Arc<Site>>) -> Router {
    Router::new()
        .route("/sites", get(list))
        .route("/sites/{name}/fault", put(set_fault))
        .route("/sites/{name}/latency", put(set_latency))
        .route("/sites/{name}/requests", get(requests))
        .with_state(Arc::new(sites))
}

fn find(sites: &Sites, name: &str) -> Result<Arc<Site>, Response> {
    sites
        .iter()
        .find(|s| s.name == name)
        .cloned()
        .ok_or_else(|| (StatusCode::NOT_FOUND, format!("no site {name}\n")).into_response())
}

async fn list(State(sites): State<Sites>) -> Response {
    let list: Vec<_> = sites
        .iter()
        .map(|s| {
            let b = s.behaviour();
            json!({"name": s.name, "region": s.region, "port": s.port, "auth_url": s.auth_url(),
                   "latency_ms": b.latency.as_millis() as u64, "fault": b.fault.map(|f| format!("{:?}", f.fault)),
                   "requests": s.total_requests()})
        })
        .collect();
    axum::Json(list).into_response()
}

#[derive(serde::Deserialize)]
struct FaultQuery {
    service: Option<String>,
    times: Option<u32>,
}

async fn set_fault(
    State(sites): State<Sites>,
    Path(name): Path<String>,
    Query(q): Query<FaultQuery>,
    body: String,
) -> Response {
    let site = match find(&sites, &name) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let body = body.trim();
    if body.is_empty() || body == "none" {
        site.set_fault(None);
        return StatusCode::NO_CONTENT.into_response();
    }
    let fault = match Fault::parse(body) {
        Ok(f) => f,
        Err(e) => return (StatusCode::BAD_REQUEST, e + "\n").into_response(),
    };
    let service = match q.service.as_deref().map(|s| Service::parse(s).ok_or(s)) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(s)) => {
            return (StatusCode::BAD_REQUEST, format!("unknown service {s}\n")).into_response();
        }
    };
    site.set_fault(Some(FaultSpec {
        fault,
        service,
        remaining: q.times,
    }));
    StatusCode::NO_CONTENT.into_response()
}

async fn set_latency(
    State(sites): State<Sites>,
    Path(name): Path<String>,
    body: String,
) -> Response {
    let site = match find(&sites, &name) {
        Ok(s) => s,
        Err(r) => return r,
    };
    match humantime::parse_duration(body.trim()) {
        Ok(latency) => {
            let mut b = site.behaviour();
            b.latency = latency;
            site.set_behaviour(b);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => (StatusCode::BAD_REQUEST, format!("{e}\n")).into_response(),
    }
}

async fn requests(State(sites): State<Sites>, Path(name): Path<String>) -> Response {
    match find(&sites, &name) {
        Ok(site) => axum::Json(site.request_counts()).into_response(),
        Err(r) => r,
    }
}
