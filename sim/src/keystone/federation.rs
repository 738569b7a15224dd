//! Keystone's federated sign-in: `OS-FEDERATION/identity_providers/{idp}/
//! protocols/{protocol}/auth` takes the provider's token for `openid` (as a
//! web server's OpenID Connect module would, `Authorization: Bearer`) or the
//! service provider's session for `saml2` (`crate::saml`), maps its subject
//! to a shadow user with the member role on the demo project, and answers
//! with an unscoped token whose user names the provider and protocol.

use std::sync::Arc;
use std::time::SystemTime;

use axum::Extension;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::{S, token_body, unauthorized};
use crate::http::error;
use crate::idp::Idp;
use crate::site::{Assignment, Site, Token, stable_uuid, user_json};

/// The provider every simulated Keystone knows, and its protocols.
pub const IDENTITY_PROVIDER: &str = "myidp";
pub const PROTOCOLS: &[&str] = &["openid", "saml2"];

pub(super) async fn auth(
    Extension(site): Extension<Arc<Site>>,
    Extension(idp): Extension<Arc<Idp>>,
    Path((provider, protocol)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if provider != IDENTITY_PROVIDER {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Could not find Identity Provider: {provider}."),
        );
    }
    if !PROTOCOLS.contains(&protocol.as_str()) {
        return error(
            S,
            StatusCode::NOT_FOUND,
            &format!(
                "Could not find federated protocol {protocol} for Identity Provider: {provider}."
            ),
        );
    }
    let subject = match protocol.as_str() {
        // The service provider in front of Keystone: its session, else a
        // PAOS request for a client that takes one, else the browser's
        // way to the provider.
        "saml2" => match idp.saml_session(&site.base(), &headers) {
            Some(subject) => subject,
            None if paos(&headers) => {
                let back = format!(
                    "{}/OS-FEDERATION/identity_providers/{provider}/protocols/{protocol}/auth",
                    site.auth_url()
                );
                return idp.saml_request(&site.base(), &back);
            }
            None => {
                let sso = format!("{}/idp/profile/SAML2/Redirect/SSO", site.base());
                return (StatusCode::FOUND, [(header::LOCATION, sso)]).into_response();
            }
        },
        _ => {
            let bearer = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "));
            match bearer.and_then(|t| idp.subject(t)) {
                Some(subject) => subject,
                None => return unauthorized(),
            }
        }
    };
    let user_id = stable_uuid(&format!("{}/federated/{provider}/{subject}", site.name));
    {
        let mut data = site.data.lock().unwrap();
        if !data.users.iter().any(|u| u["id"] == user_id.as_str()) {
            let mut user = user_json(&site.base(), &user_id, &subject, None);
            user["_federated"] = json!({"identity_provider": provider, "protocol": protocol});
            data.users.push(user);
            let project = data.projects.iter().find(|p| p["name"] == "demo");
            let role = data.roles.iter().find(|r| r["name"] == "member");
            if let (Some(p), Some(r)) = (project, role) {
                let grant = Assignment::on_project(
                    &user_id,
                    p["id"].as_str().unwrap_or_default(),
                    r["id"].as_str().unwrap_or_default(),
                );
                data.assignments.push(grant);
            }
        }
    }
    let now = SystemTime::now();
    let token = Token {
        user_id,
        project_id: None,
        domain_id: None,
        system: false,
        methods: vec![protocol],
        issued: now,
        expires: now + site.seed.token_ttl,
        trust: None,
    };
    let id = site.issue_token(token.clone());
    token_body(&site, &token, None).response(StatusCode::CREATED, &id)
}

/// The client takes a PAOS answer (SAML's ECP): it says so in `Accept`
/// and names the ECP service in its `PAOS` header.
fn paos(headers: &HeaderMap) -> bool {
    let has = |name: &str, want: &str| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|v| v.contains(want))
    };
    has("accept", crate::saml::PAOS_TYPE) && has("paos", crate::saml::ECP)
}
