//! What a request and its answer are: the call a command makes, its body,
//! the reply, and how a failed exchange becomes a classified [`SiteError`].

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

use super::{FailureClass, MAX_BODY, MAX_RETRY_AFTER, SiteError, error_message};
use crate::scope::ServiceType;

/// A request body.
#[derive(Clone, Debug, Default)]
pub enum Body {
    #[default]
    Empty,
    Json(Value),
    /// Raw bytes with their content type (JSON-patch).
    Bytes(Bytes, &'static str),
    /// A file's content, streamed, never held in memory (image data).
    File(std::path::PathBuf),
    /// Data streamed from elsewhere (another site's image), sent once: a
    /// request that must be sent again finds it taken.
    Stream(Stream),
}

impl Body {
    /// How `--explain` shows the body.
    pub(super) fn describe(&self) -> Option<String> {
        match self {
            Body::Empty => None,
            Body::Json(value) => Some(redact(value).to_string()),
            Body::Bytes(bytes, _) => Some(String::from_utf8_lossy(bytes).into_owned()),
            Body::File(path) => Some(format!("<the data of {}>", path.display())),
            Body::Stream(stream) => Some(format!("<{}>", stream.description)),
        }
    }
}

/// A streamed body: taken by the first send.
#[derive(Clone)]
pub struct Stream {
    pub(super) body: Arc<Mutex<Option<reqwest::Body>>>,
    pub(super) length: Option<u64>,
    /// What it is, for `--debug` and `--explain`.
    pub description: String,
}

impl Stream {
    pub fn new(body: reqwest::Body, length: Option<u64>, description: String) -> Stream {
        Stream {
            body: Arc::new(Mutex::new(Some(body))),
            length,
            description,
        }
    }
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Stream({})", self.description)
    }
}

/// What an exchange is, for how it is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A small answer: a token, a look-up, an action.
    Small,
    /// A possibly large answer (a page of a list): read under one of the
    /// process's few digest permits.
    Bulk,
    /// A step of a sign-in that must see redirects, not follow them (SAML's
    /// ECP, whose service provider answers with a cookie and a redirect).
    Step,
}

/// One request to one service of a site.
#[derive(Clone, Debug)]
pub struct Call {
    pub service: ServiceType,
    pub method: Method,
    /// Relative to the service's URL (`servers/detail?limit=10`), or absolute.
    pub path: String,
    pub body: Body,
    pub headers: Vec<(String, String)>,
    /// The answer may be large (a page of a list): it is read and parsed
    /// under one of the process's few digest permits.
    pub bulk: bool,
}

impl Call {
    /// Marks the answer as possibly large: see [`Call::bulk`].
    pub fn bulk(mut self) -> Call {
        self.bulk = true;
        self
    }

    pub fn get(service: ServiceType, path: impl Into<String>) -> Call {
        Call {
            service,
            method: Method::GET,
            path: path.into(),
            body: Body::Empty,
            headers: Vec::new(),
            bulk: false,
        }
    }

    pub fn new(service: ServiceType, method: Method, path: impl Into<String>, body: Body) -> Call {
        Call {
            service,
            method,
            path: path.into(),
            body,
            headers: Vec::new(),
            bulk: false,
        }
    }

    /// GET and HEAD change nothing: `--explain` sends them.
    pub(super) fn reads(&self) -> bool {
        matches!(self.method, Method::GET | Method::HEAD)
    }

    /// GET, HEAD, PUT and DELETE may be sent twice with the same effect.
    pub(super) fn idempotent(&self) -> bool {
        matches!(
            self.method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE
        )
    }
}

/// A successful answer.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub request_id: Option<String>,
    /// For a bulk answer: the digest permit, given back when the answer
    /// (its body) is dropped.
    pub permit: Option<Arc<tokio::sync::OwnedSemaphorePermit>>,
}

impl Reply {
    /// The body as JSON; an answer that is not JSON is the server's fault.
    pub fn json(&self) -> Result<Value, SiteError> {
        if self.body.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body).map_err(|e| SiteError {
            class: FailureClass::Server,
            status: Some(self.status),
            request_id: self.request_id.clone(),
            message: format!("the answer is not valid JSON: {e}"),
        })
    }
}

/// Percent-encodes a path segment or query value.
pub fn encode(value: &str) -> String {
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

/// The request ID an answer carries (`X-OpenStack-Request-ID`, or Nova's
/// older `X-Compute-Request-ID`).
pub(super) fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-openstack-request-id")
        .or_else(|| headers.get("x-compute-request-id"))
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// `X-OpenStack-Request-ID` and the message of an error answer.
pub(super) fn http_error(reply: &Reply) -> SiteError {
    SiteError {
        class: FailureClass::of_status(reply.status),
        status: Some(reply.status),
        request_id: reply.request_id.clone(),
        message: error_message(&reply.body),
    }
}

pub(super) fn too_large(status: u16, request_id: Option<String>) -> SiteError {
    SiteError {
        class: FailureClass::Server,
        status: Some(status),
        request_id,
        message: format!("the answer is larger than {} MiB", MAX_BODY >> 20),
    }
}

pub(super) fn transport_error(e: reqwest::Error) -> SiteError {
    let class = if e.is_timeout() {
        FailureClass::Timeout
    } else {
        FailureClass::Transport
    };
    // Told by its root cause ("Connection refused") and the URL, rather than
    // by reqwest's chain of wrappers.
    let mut cause = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        cause = s.to_string();
        source = s.source();
    }
    let message = match e.url() {
        Some(url) => format!("{cause} ({url})"),
        None => cause,
    };
    SiteError::new(class, message)
}

/// How long `Retry-After` asks to wait (seconds only), when it is sane.
pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let seconds: u64 = headers
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let wait = Duration::from_secs(seconds);
    (wait <= MAX_RETRY_AFTER).then_some(wait)
}

/// A copy of a JSON body with every secret replaced by `***`, for logs.
pub fn redact(value: &Value) -> Value {
    const SECRET: &[&str] = &[
        "password",
        "original_password",
        "passcode",
        "secret",
        "token",
        "id_token",
        "adminPass",
        "private_key",
        "admin_pass",
        "auth_key",
    ];
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let hidden = SECRET.contains(&k.as_str()) && !v.is_object();
                    let token_id = k == "token" && v.get("id").is_some();
                    let v = if hidden {
                        json!("***")
                    } else if token_id {
                        json!({"id": "***"})
                    } else {
                        redact(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_hides_every_secret() {
        let body = json!({"auth": {"identity": {"methods": ["password", "token"],
            "password": {"user": {"name": "u", "password": "hunter2"}},
            "token": {"id": "gAAAA-secret"},
            "application_credential": {"id": "x", "secret": "s3cr3t"}}},
            "server": {"adminPass": "p"}, "keypair": {"private_key": "k"}});
        let text = redact(&body).to_string();
        for secret in ["hunter2", "gAAAA-secret", "s3cr3t", "\"p\"", "\"k\""] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(text.contains("\"name\":\"u\""));
    }
}
