//! Serving a site: the listener, its connections, and the misbehaviour.
//!
//! Faults that live below HTTP (refused, accept-and-hang) are played by the
//! accept loop; the others by [`behave`], a middleware in front of every
//! service, which also adds latency, counts requests and sets
//! `X-OpenStack-Request-ID` as the real services do.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Extension;
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::stream;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::watch;

use crate::site::{Fault, Service, Site, Token};

/// Binds 127.0.0.1:`port` (0 for any) with `SO_REUSEADDR`, so that a site
/// that played `refused` can take its port back.
pub fn bind(port: u16) -> std::io::Result<TcpListener> {
    let socket = TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(([127, 0, 0, 1], port).into())?;
    socket.listen(1024)
}

/// Accepts connections for one site until `shutdown`, dropping the listener
/// while the site refuses connections.
pub async fn serve(
    site: Arc<Site>,
    listener: TcpListener,
    app: Router,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut listener = Some(listener);
    let mut changes = site.changes.subscribe();
    loop {
        if site.refusing() {
            listener = None;
        } else if listener.is_none() {
            listener = bind(site.port).ok();
        }
        let accept = async {
            match &listener {
                Some(l) => l.accept().await.ok(),
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = shutdown.changed() => return,
            _ = changes.changed() => continue,
            accepted = accept => {
                if let Some((stream, _)) = accepted {
                    site.connected();
                    tokio::spawn(connection(site.clone(), stream, app.clone(), shutdown.clone()));
                }
            }
        }
    }
}

/// Serves one connection; drops it when the site starts refusing, so that
/// kept-alive connections do not outlive a "down" site.
async fn connection(
    site: Arc<Site>,
    stream: TcpStream,
    app: Router,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut changes = site.changes.subscribe();
    if site.hanging() {
        // Accept, read nothing, answer nothing: until the fault or the
        // simulator goes away.
        loop {
            tokio::select! {
                _ = shutdown.changed() => return,
                _ = changes.changed() => if !site.hanging() { return },
            }
        }
    }
    let _ = stream.set_nodelay(true);
    let for_site = site.clone();
    let service =
        hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
            let mut request = without_trailing_slash(request);
            // One router serves every site; each request carries its own.
            request.extensions_mut().insert(for_site.clone());
            tower::ServiceExt::oneshot(app.clone(), request)
        });
    let conn =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    loop {
        tokio::select! {
            _ = &mut conn => return,
            _ = shutdown.changed() => return,
            _ = changes.changed() => if site.refusing() { return },
        }
    }
}

/// `/image/` is `/image`: clients discovering versions add a slash.
fn without_trailing_slash<B>(mut request: hyper::Request<B>) -> hyper::Request<B> {
    let path = request.uri().path();
    if path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        let rebuilt = match request.uri().query() {
            Some(q) => format!("{trimmed}?{q}"),
            None => trimmed.to_string(),
        };
        if let Ok(uri) = rebuilt.parse() {
            *request.uri_mut() = uri;
        }
    }
    request
}

/// The service a path belongs to, after any `/internal` or `/admin` prefix.
pub fn service_of(path: &str) -> Option<Service> {
    let path = path
        .strip_prefix("/internal")
        .or_else(|| path.strip_prefix("/admin"))
        .unwrap_or(path);
    path.trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Service::parse)
}

/// Latency, faults, request counting and request IDs, for every request.
pub async fn behave(
    Extension(site): Extension<Arc<Site>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_string();
    site.count(request.method().as_str(), &path);
    let behaviour = site.behaviour();
    let delay = behaviour.latency + jitter(behaviour.jitter);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let service = service_of(&path);
    let issuing_token = path.ends_with("/auth/tokens") && request.method() == "POST";
    let mut response = match site.take_fault(service) {
        None | Some(Fault::Refused) => next.run(request).await,
        Some(Fault::Hang) => std::future::pending().await,
        Some(Fault::ServerError) => error(
            service,
            StatusCode::INTERNAL_SERVER_ERROR,
            "The server has either erred or is incapable of performing the requested operation.",
        ),
        Some(Fault::Unavailable { retry_after }) => {
            let mut r = error(
                service,
                StatusCode::SERVICE_UNAVAILABLE,
                "The service is unavailable; try again later.",
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
            r
        }
        Some(Fault::ExpiredToken) if !issuing_token => unauthorized(),
        Some(Fault::ExpiredToken) => next.run(request).await,
        Some(Fault::MalformedJson) => json_bytes(
            StatusCode::OK,
            Bytes::from_static(b"{\"servers\": [{\"id\": \"0\", <html>"),
        ),
        Some(Fault::Truncated) => {
            let full = body_bytes(next.run(request).await).await;
            let half = full.slice(..full.len() / 2);
            let chunks = stream::iter([
                Ok::<_, std::io::Error>(half),
                Err(std::io::Error::other("truncated by the simulator")),
            ]);
            let mut r = Response::new(Body::from_stream(chunks));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r.headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(full.len()));
            r
        }
        Some(Fault::Huge { bytes }) => {
            const CHUNK: usize = 64 * 1024;
            let padding = Bytes::from(vec![b'x'; CHUNK]);
            let fill = bytes.saturating_sub(16) as usize;
            let pieces = (0..fill.div_ceil(CHUNK)).map(move |i| {
                let len = CHUNK.min(fill - i * CHUNK);
                Ok::<_, std::io::Error>(padding.slice(..len))
            });
            let body = stream::iter(
                std::iter::once(Ok(Bytes::from_static(b"{\"padding\": \"")))
                    .chain(pieces)
                    .chain(std::iter::once(Ok(Bytes::from_static(b"\"}")))),
            );
            let mut r = Response::new(Body::from_stream(body));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r
        }
        Some(Fault::Drip { interval }) => {
            let full = body_bytes(next.run(request).await).await;
            let len = full.len();
            let drip = stream::unfold(0usize, move |i| {
                let full = full.clone();
                async move {
                    if i >= full.len() {
                        return None;
                    }
                    tokio::time::sleep(interval).await;
                    Some((Ok::<_, std::io::Error>(full.slice(i..i + 1)), i + 1))
                }
            });
            let mut r = Response::new(Body::from_stream(drip));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            r.headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(len));
            r
        }
    };
    // Glance's version negotiation answers before its request-ID middleware.
    let root = path
        .trim_start_matches("/internal")
        .trim_start_matches("/admin");
    if matches!(root, "/image" | "/image/versions") {
        return response;
    }
    let id = HeaderValue::from_str(&site.new_request_id()).expect("ASCII");
    if service == Some(Service::Compute) {
        response
            .headers_mut()
            .insert("x-compute-request-id", id.clone());
    }
    response.headers_mut().insert("x-openstack-request-id", id);
    response
}

fn jitter(max: Duration) -> Duration {
    if max.is_zero() {
        return max;
    }
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .subsec_nanos();
    max.mul_f64(f64::from(nanos % 1000) / 1000.0)
}

async fn body_bytes(response: Response) -> Bytes {
    axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap_or_default()
}

/// Refuses requests without a valid token of this site, as
/// keystonemiddleware does in front of every service; puts the token in the
/// request's extensions for handlers.
pub async fn require_token(
    Extension(site): Extension<Arc<Site>>,
    mut request: Request,
    next: Next,
) -> Response {
    let token = request
        .headers()
        .get("x-auth-token")
        .and_then(|v| v.to_str().ok())
        .and_then(|t| site.validate(t));
    match token {
        Some(token) => {
            request.extensions_mut().insert(token);
            next.run(request).await
        }
        None => unauthorized(),
    }
}

/// keystonemiddleware's 401.
pub fn unauthorized() -> Response {
    let mut r = json_response(
        StatusCode::UNAUTHORIZED,
        json!({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}}),
    );
    r.headers_mut().insert(
        "www-authenticate",
        HeaderValue::from_static("Keystone uri=\"/identity\""),
    );
    r
}

/// An error in the format of `service`: Keystone's `error`, Nova's and
/// Cinder's `itemNotFound`/`badRequest`/..., Neutron's `NeutronError`, and
/// Glance's HTML page.
pub fn error(service: Option<Service>, status: StatusCode, message: &str) -> Response {
    let code = status.as_u16();
    let reason = status.canonical_reason().unwrap_or("Error");
    match service {
        Some(Service::Compute | Service::Volume) => {
            let key = match code {
                400 => "badRequest",
                403 => "forbidden",
                404 => "itemNotFound",
                409 => "conflictingRequest",
                413 => "overLimit",
                501 => "notImplemented",
                503 => "serviceUnavailable",
                _ => "computeFault",
            };
            json_response(status, json!({key: {"code": code, "message": message}}))
        }
        Some(Service::Network) => {
            let kind = match code {
                404 => "NotFound",
                409 => "Conflict",
                400 => "BadRequest",
                _ => "HTTPInternalServerError",
            };
            json_response(
                status,
                json!({"NeutronError": {"type": kind, "message": message, "detail": ""}}),
            )
        }
        // Glance answers JSON to clients that accept it (oscope, OSC), with
        // webob's message, which keeps the HTML line breaks.
        Some(Service::Image) => json_response(
            status,
            json!({"message": format!("{message}<br /><br />\n\n\n"), "code": format!("{code} {reason}"), "title": reason}),
        ),
        // Placement's errors are a list, in the API-SIG's form.
        Some(Service::Placement) => json_response(
            status,
            json!({"errors": [{"status": code, "title": reason, "detail": message,
                               "request_id": null}]}),
        ),
        Some(Service::Identity) | None => json_response(
            status,
            json!({"error": {"code": code, "message": message, "title": reason}}),
        ),
    }
}

pub fn json_response(status: StatusCode, value: Value) -> Response {
    json_bytes(
        status,
        Bytes::from(serde_json::to_vec(&value).expect("JSON")),
    )
}

pub fn json_bytes(status: StatusCode, body: Bytes) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// Query parameters as a map (the last of repeated keys wins).
pub type Query = axum::extract::Query<HashMap<String, String>>;
pub use axum::extract::Query as Q;

/// One page of `items` after `marker`, at most `limit` (capped at `max`),
/// and whether more follow. `Err` when the marker is unknown.
pub fn page<'a, T>(
    items: &'a [T],
    id: impl Fn(&T) -> &str,
    query: &HashMap<String, String>,
    default_limit: usize,
    max: usize,
) -> Result<(&'a [T], bool), String> {
    let limit = query
        .get("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(default_limit)
        .min(max);
    let start = match query.get("marker") {
        None => 0,
        Some(marker) => {
            items
                .iter()
                .position(|i| id(i) == marker)
                .ok_or_else(|| format!("marker [{marker}] not found"))?
                + 1
        }
    };
    let end = (start + limit).min(items.len());
    Ok((&items[start..end], end < items.len()))
}

/// The query string for the next page: the given one with `marker` set.
pub fn next_query(query: &HashMap<String, String>, marker: &str) -> String {
    let mut pairs: Vec<(String, String)> =
        query.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    pairs.sort();
    next_query_of(&pairs, marker)
}

/// [`next_query`] of a query whose keys may repeat (`tag=a&tag=b`).
pub fn next_query_of(query: &[(String, String)], marker: &str) -> String {
    let mut pairs: Vec<&(String, String)> = query.iter().filter(|(k, _)| k != "marker").collect();
    let marker = ("marker".to_string(), marker.to_string());
    pairs.push(&marker);
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// Keys starting with `_` are the simulator's own and never leave it.
pub fn public(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The project a token is scoped to, or an empty string.
pub fn project_of(token: &Token) -> String {
    token.project_id.clone().unwrap_or_default()
}

/// The service's 406 for a request above the site's highest microversion
/// `max` (`Err`), else the request with `latest` made that maximum, as the
/// service reads it. `min` is the service's lowest.
pub fn within_versions(
    mut request: axum::extract::Request,
    service: &str,
    legacy: Option<&str>,
    min: (u32, u32),
    max: (u32, u32),
) -> Result<axum::extract::Request, Response> {
    let asked = microversion(request.headers(), service, legacy, min, max);
    if asked > max {
        let body = serde_json::json!({"computeFault": {"code": 406, "message": format!(
            "Version {}.{} is not supported by the API. Minimum is {}.{} and maximum is {}.{}.",
            asked.0, asked.1, min.0, min.1, max.0, max.1
        )}});
        return Err(json_response(StatusCode::NOT_ACCEPTABLE, body));
    }
    let headers = request.headers_mut();
    if let Some(legacy) = legacy {
        headers.remove(legacy);
    }
    let value = format!("{service} {}.{}", asked.0, asked.1);
    if let Ok(value) = axum::http::HeaderValue::from_str(&value) {
        headers.insert("openstack-api-version", value);
    }
    Ok(request)
}

/// The microversion of `service` a request asks for, as (major, minor)
/// (`OpenStack-API-Version: compute 2.79`, or the service's older
/// header); `none` when it asks for none, `latest` for `latest`.
pub fn microversion(
    headers: &axum::http::HeaderMap,
    service: &str,
    legacy: Option<&str>,
    none: (u32, u32),
    latest: (u32, u32),
) -> (u32, u32) {
    let text = headers
        .get("openstack-api-version")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().strip_prefix(service))
        .or_else(|| legacy.and_then(|h| headers.get(h)?.to_str().ok()))
        .map(str::trim);
    match text {
        Some("latest") => latest,
        Some(v) => v
            .split_once('.')
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
            .unwrap_or(none),
        None => none,
    }
}
