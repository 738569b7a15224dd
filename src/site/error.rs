//! What can go wrong at one site, classified.
//!
//! The class decides what `|` does (see `route`): transport, timeout,
//! server, auth and configuration failures fail over; not-found fails over
//! only for look-ups; request errors never do.

use std::fmt;

/// Why a site did not serve a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FailureClass {
    /// Connection refused or reset, DNS, TLS, a body cut short.
    Transport,
    /// The site's deadline passed.
    Timeout,
    /// 5xx, 429/503 after retries, or an answer that is not what the API
    /// promises (bad JSON, too large).
    Server,
    /// 401 after one re-authentication, or 403.
    Auth,
    /// 404.
    NotFound,
    /// Any other 4xx: the request itself is wrong.
    Request,
    /// The site's entry in clouds.yaml cannot be used.
    Config,
}

impl FailureClass {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureClass::Transport => "transport",
            FailureClass::Timeout => "timeout",
            FailureClass::Server => "server",
            FailureClass::Auth => "auth",
            FailureClass::NotFound => "not found",
            FailureClass::Request => "request",
            FailureClass::Config => "config",
        }
    }

    /// The class of an HTTP error status.
    pub fn of_status(status: u16) -> FailureClass {
        match status {
            401 | 403 => FailureClass::Auth,
            404 => FailureClass::NotFound,
            429 | 500..=599 => FailureClass::Server,
            _ => FailureClass::Request,
        }
    }
}

impl fmt::Display for FailureClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A site's failure: class, HTTP status, request ID and message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct SiteError {
    pub class: FailureClass,
    pub status: Option<u16>,
    pub request_id: Option<String>,
    pub message: String,
}

impl SiteError {
    pub fn new(class: FailureClass, message: impl Into<String>) -> SiteError {
        SiteError {
            class,
            status: None,
            request_id: None,
            message: message.into(),
        }
    }

    /// The site's catalogue has no endpoint for a service (`where_` says
    /// which interface and region were looked for).
    pub fn no_endpoint(service: impl fmt::Display, where_: &str) -> SiteError {
        SiteError::new(
            FailureClass::Config,
            format!("no {service} endpoint for {where_} {NOT_IN_CATALOGUE}"),
        )
    }

    /// Whether the site lacks the service: commands over several services
    /// (`quota show`, `availability zone list`) skip it there.
    pub fn is_no_endpoint(&self) -> bool {
        self.class == FailureClass::Config && self.message.ends_with(NOT_IN_CATALOGUE)
    }
}

const NOT_IN_CATALOGUE: &str = "in the catalogue";

/// Why a site's work ended before its last step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// The site failed.
    Failed(SiteError),
    /// `--explain` held back a request that changes something: the work
    /// went as far as it could without changing anything. Not a failure.
    HeldBack,
}

impl Stopped {
    /// The failure, unless the work was held back.
    pub fn failure(&self) -> Option<&SiteError> {
        match self {
            Stopped::Failed(e) => Some(e),
            Stopped::HeldBack => None,
        }
    }
}

impl fmt::Display for Stopped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stopped::Failed(e) => e.fmt(f),
            Stopped::HeldBack => f.write_str("held back (--explain)"),
        }
    }
}

impl From<SiteError> for Stopped {
    fn from(e: SiteError) -> Stopped {
        Stopped::Failed(e)
    }
}

impl fmt::Display for SiteError {
    /// `server: HTTP 503 (req-...): message`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.class)?;
        if let Some(status) = self.status {
            write!(f, ": HTTP {status}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " ({id})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The message in an OpenStack error body, whatever the service's format:
/// Keystone's `{"error": {"message"}}`, Nova's and Cinder's
/// `{"itemNotFound": {"message"}}`, Neutron's `{"NeutronError": {"message"}}`,
/// Glance's HTML page; else the text itself, shortened.
pub fn error_message(body: &[u8]) -> String {
    if let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(body) {
        if let Some(message) = map.get("message").and_then(|m| m.as_str()) {
            return one_line(message);
        }
        for value in map.values() {
            if let Some(message) = value.get("message").and_then(|m| m.as_str()) {
                return one_line(message);
            }
            if let Some(message) = value.as_str() {
                return one_line(message);
            }
        }
    }
    one_line(&String::from_utf8_lossy(body))
}

/// Text on one line, without HTML tags (Glance's messages carry `<br />`),
/// shortened: a failed site gets one line on stderr, whatever it answered.
fn one_line(text: &str) -> String {
    let mut plain = String::new();
    let mut in_tag = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let opens_tag = c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!'));
        match c {
            '<' if opens_tag => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
    let mut message = words.join(" ");
    if message.chars().count() > 200 {
        message = message.chars().take(200).collect::<String>() + "...";
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_from_every_format() {
        let cases: &[(&str, &str)] = &[
            (
                r#"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#,
                "The request you have made requires authentication.",
            ),
            (
                r#"{"itemNotFound": {"code": 404, "message": "Instance x could not be found."}}"#,
                "Instance x could not be found.",
            ),
            (
                r#"{"NeutronError": {"type": "NetworkNotFound", "message": "Network x could not be found.", "detail": ""}}"#,
                "Network x could not be found.",
            ),
            (
                "<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  No image found with ID x<br /><br />\n </body>\n</html>",
                "404 Not Found 404 Not Found No image found with ID x",
            ),
            ("plain words", "plain words"),
            ("size 5 < 10 > 2", "size 5 < 10 > 2"),
            (
                r#"{"code": 500, "title": "Internal Server Error", "message": "The server has erred.<br /><br />\n\n\n"}"#,
                "The server has erred.",
            ),
        ];
        for (body, want) in cases {
            assert_eq!(error_message(body.as_bytes()), *want);
        }
    }

    #[test]
    fn classes_of_statuses() {
        assert_eq!(FailureClass::of_status(401), FailureClass::Auth);
        assert_eq!(FailureClass::of_status(403), FailureClass::Auth);
        assert_eq!(FailureClass::of_status(404), FailureClass::NotFound);
        assert_eq!(FailureClass::of_status(409), FailureClass::Request);
        assert_eq!(FailureClass::of_status(429), FailureClass::Server);
        assert_eq!(FailureClass::of_status(503), FailureClass::Server);
    }
}
