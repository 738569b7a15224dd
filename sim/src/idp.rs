//! An OpenID Connect provider shared by every site of a simulator, as a
//! university's provider serves many clouds: its discovery document, its
//! token endpoint (the password, client-credentials, authorization-code and
//! device-code grants) and device authorization (RFC 8628), with the
//! answers and errors of RFC 6749 and Keycloak's wording. Keystone's
//! `OS-FEDERATION` path (`keystone/federation.rs`) takes its tokens.
//! Served below `/idp` on every site's port; the same state behind each.
//! The same users sign in by SAML's ECP profile too (`saml.rs`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Extension;
use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use base64::Engine;
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::json_response;
use crate::site::Site;

/// The provider's one confidential client.
pub const CLIENT_ID: &str = "oscope";
pub const CLIENT_SECRET: &str = "oscope-secret";
/// A public client: no secret.
pub const PUBLIC_CLIENT_ID: &str = "oscope-cli";
/// Its users and their passwords.
pub const USERS: &[(&str, &str)] = &[("alice", "alice-pw"), ("bob", "bob-pw")];

/// What the provider has issued.
#[derive(Default)]
pub struct Idp {
    state: Mutex<State>,
    /// SAML's ECP profile (`saml.rs`).
    pub(crate) saml: Mutex<crate::saml::State>,
}

#[derive(Default)]
struct State {
    /// Access tokens (and ID tokens) by their text: the subject.
    tokens: HashMap<String, String>,
    /// Authorization codes: the subject.
    codes: HashMap<String, String>,
    /// Device codes: the user code, and the subject once approved.
    devices: HashMap<String, (String, Option<String>)>,
    /// Token requests answered, by grant type.
    requests: HashMap<String, u64>,
    issued: u64,
}

impl Idp {
    /// The subject of a token the provider issued.
    pub fn subject(&self, token: &str) -> Option<String> {
        self.state.lock().unwrap().tokens.get(token).cloned()
    }

    /// An authorization code for `user`, as the browser's redirect brings
    /// it to a client.
    pub fn code_for(&self, user: &str) -> String {
        let mut state = self.state.lock().unwrap();
        let code = state.next("code");
        state.codes.insert(code.clone(), user.to_string());
        code
    }

    /// An access token for `user`, as another client got it.
    pub fn token_for(&self, user: &str) -> String {
        let mut state = self.state.lock().unwrap();
        state.tokens_for(user, "openid")["access_token"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// `user` approves every device waiting, as at the verification URI.
    /// How many were waiting.
    pub fn approve_devices(&self, user: &str) -> usize {
        let mut state = self.state.lock().unwrap();
        let mut approved = 0;
        for (_, subject) in state.devices.values_mut() {
            if subject.is_none() {
                *subject = Some(user.to_string());
                approved += 1;
            }
        }
        approved
    }

    /// How many token requests of `grant_type` were answered.
    pub fn requests(&self, grant_type: &str) -> u64 {
        let state = self.state.lock().unwrap();
        state.requests.get(grant_type).copied().unwrap_or(0)
    }
}

impl State {
    fn next(&mut self, kind: &str) -> String {
        self.issued += 1;
        let digest = <sha2::Sha256 as sha2::Digest>::digest(format!("{kind}/{}", self.issued));
        format!("{kind}-{}", hex::encode(&digest[..16]))
    }

    /// An answer with new tokens for `subject`.
    fn tokens_for(&mut self, subject: &str, scope: &str) -> Value {
        let access = self.next("at");
        let id = self.next("idt");
        for token in [&access, &id] {
            self.tokens.insert(token.clone(), subject.to_string());
        }
        json!({"access_token": access, "expires_in": 300, "refresh_expires_in": 1800,
               "token_type": "Bearer", "id_token": id, "not-before-policy": 0,
               "scope": scope})
    }
}

pub fn router() -> Router {
    Router::new()
        .route("/idp/.well-known/openid-configuration", get(discovery))
        .route("/idp/token", post(token))
        .route("/idp/device", post(device))
}

async fn discovery(Extension(site): Extension<Arc<Site>>) -> Response {
    let base = format!("{}/idp", site.base());
    json_response(
        StatusCode::OK,
        json!({
            "issuer": base,
            "authorization_endpoint": format!("{base}/auth"),
            "token_endpoint": format!("{base}/token"),
            "device_authorization_endpoint": format!("{base}/device"),
            "grant_types_supported": ["authorization_code", "password", "client_credentials",
                "urn:ietf:params:oauth:grant-type:device_code"],
            "response_types_supported": ["code"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        }),
    )
}

/// RFC 6749's error answer.
fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    json_response(
        status,
        json!({"error": error, "error_description": description}),
    )
}

/// A form body's fields (`application/x-www-form-urlencoded`).
fn form(body: &Bytes) -> HashMap<String, String> {
    fn decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => match u8::from_str_radix(&text[i + 1..i + 3], 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                },
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    String::from_utf8_lossy(body)
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

/// The client of a request: HTTP Basic, else `client_id` (and
/// `client_secret`) in the form. `Err` is the answer to a bad one.
fn client(headers: &HeaderMap, fields: &HashMap<String, String>) -> Result<String, Response> {
    let basic = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok());
    let (id, secret) = match &basic {
        Some(pair) => match pair.split_once(':') {
            Some((id, secret)) => (id.to_string(), Some(secret.to_string())),
            None => (pair.clone(), None),
        },
        None => (
            fields.get("client_id").cloned().unwrap_or_default(),
            fields.get("client_secret").cloned(),
        ),
    };
    let known = match id.as_str() {
        CLIENT_ID => secret.as_deref() == Some(CLIENT_SECRET),
        PUBLIC_CLIENT_ID => secret.is_none(),
        _ => false,
    };
    if known {
        Ok(id)
    } else {
        Err(oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Invalid client or Invalid client credentials",
        ))
    }
}

/// The token endpoint.
async fn token(Extension(idp): Extension<Arc<Idp>>, headers: HeaderMap, body: Bytes) -> Response {
    let fields = form(&body);
    let client = match client(&headers, &fields) {
        Ok(client) => client,
        Err(refused) => return refused,
    };
    let field = |k: &str| fields.get(k).map(String::as_str).unwrap_or_default();
    let scope = fields
        .get("scope")
        .cloned()
        .unwrap_or_else(|| "openid".into());
    let grant = field("grant_type");
    let mut state = idp.state.lock().unwrap();
    *state.requests.entry(grant.to_string()).or_default() += 1;
    let invalid_grant =
        |description: &str| oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", description);
    let subject = match grant {
        "password" => {
            let known = USERS
                .iter()
                .any(|(u, p)| *u == field("username") && *p == field("password"));
            if !known {
                return oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_grant",
                    "Invalid user credentials",
                );
            }
            field("username").to_string()
        }
        "client_credentials" if client == CLIENT_ID => format!("service-account-{client}"),
        "client_credentials" => {
            return oauth_error(
                StatusCode::UNAUTHORIZED,
                "unauthorized_client",
                "Public client not allowed to retrieve service account",
            );
        }
        "authorization_code" => match state.codes.remove(field("code")) {
            Some(subject) => subject,
            None => return invalid_grant("Code not valid"),
        },
        "urn:ietf:params:oauth:grant-type:device_code" => {
            match state.devices.get(field("device_code")) {
                None => return invalid_grant("Device code not valid"),
                Some((_, None)) => {
                    return oauth_error(
                        StatusCode::BAD_REQUEST,
                        "authorization_pending",
                        "The authorization request is still pending",
                    );
                }
                Some((_, Some(subject))) => {
                    let subject = subject.clone();
                    state.devices.remove(field("device_code"));
                    subject
                }
            }
        }
        _ => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "Unsupported grant_type",
            );
        }
    };
    let answer = state.tokens_for(&subject, &scope);
    json_response(StatusCode::OK, answer)
}

/// Device authorization: a device code to poll with, and a user code to
/// type at the verification URI.
async fn device(
    Extension(idp): Extension<Arc<Idp>>,
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fields = form(&body);
    if let Err(refused) = client(&headers, &fields) {
        return refused;
    }
    let mut state = idp.state.lock().unwrap();
    let device_code = state.next("dc");
    let user_code = format!(
        "{:04}-{:04}",
        state.issued % 10_000,
        (state.issued * 7) % 10_000
    );
    state
        .devices
        .insert(device_code.clone(), (user_code.clone(), None));
    let uri = format!("{}/idp/device/verify", site.base());
    json_response(
        StatusCode::OK,
        json!({"device_code": device_code, "user_code": user_code, "verification_uri": uri,
               "verification_uri_complete": format!("{uri}?user_code={user_code}"),
               "expires_in": 600, "interval": 1}),
    )
}
