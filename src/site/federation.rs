//! Federated sign-in: an unscoped token from Keystone's
//! `OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth`,
//! rescoped to the site's project, domain or system. With OpenID Connect,
//! as keystoneauth's `v3oidc*` plugins do it, that path takes a token from
//! the identity provider (a grant at its token endpoint, found in its
//! discovery document unless given), got once per command for all the
//! sites that share the provider and user, never cached on disk. SAML's
//! ECP profile (`v3samlpassword`) is in `saml.rs`.

use std::time::Duration;

use base64::Engine;
use reqwest::Method as Http;
use serde_json::{Value, json};

use super::auth::{Auth, AuthRequest, identity_v3};
use super::request::{Body, Kind, Reply, http_error};
use super::{FailureClass, Session, SiteError, error_message};
use crate::config::{AuthScope, Grant, Method, Oidc, Secret};

const FORM: &str = "application/x-www-form-urlencoded";

impl Session {
    /// A token through the federated `method`'s identity provider.
    pub(super) async fn federated(&self, method: &Method) -> Result<Auth, SiteError> {
        let unscoped = match method {
            Method::Oidc(oidc) => self.openid(oidc, method).await?,
            Method::Saml(saml) => self.saml(saml, method).await?,
            _ => unreachable!("issue_token sends only federated methods here"),
        };
        if self.config.scope == AuthScope::Unscoped {
            return Ok(unscoped);
        }
        let rescope = [Method::Token {
            token: Secret::Given(String::new()),
        }];
        let token = [unscoped.token.clone()];
        let request = AuthRequest::new(&rescope, &token, &self.config.scope);
        let reply = self.post_auth(&request, &[]).await?;
        super::auth::token_of(reply, &rescope)
    }

    /// Keystone's `OS-FEDERATION` URL of the sign-in.
    pub(super) fn federation_url(&self, identity_provider: &str, protocol: &str) -> String {
        format!(
            "{}/OS-FEDERATION/identity_providers/{identity_provider}/protocols/{protocol}/auth",
            identity_v3(&self.config.auth_url),
        )
    }

    /// An unscoped token for the OpenID Connect provider's token.
    async fn openid(&self, oidc: &Oidc, method: &Method) -> Result<Auth, SiteError> {
        let secret = self.secret_of(method).await?;
        let client_secret = match &oidc.client_secret {
            Some(Secret::Given(s)) => Some(s.clone()),
            Some(secret) => Some(
                self.shared
                    .secrets
                    .get(secret, &self.client_secret_wanted(oidc))
                    .await?,
            ),
            None => None,
        };
        let key = format!(
            "oidc\0{}\0{}\0{}\0{}\0{}",
            oidc.discovery_endpoint.as_deref().unwrap_or_default(),
            oidc.access_token_endpoint.as_deref().unwrap_or_default(),
            oidc.client_id.as_deref().unwrap_or_default(),
            method.keystone_name(),
            match &oidc.grant {
                Grant::Password { username, .. } => username.as_str(),
                _ => "",
            }
        );
        let provider_token = match &oidc.grant {
            Grant::AccessToken { .. } => secret,
            _ => {
                let fetch = self.provider_token(oidc, &secret, client_secret.as_deref());
                self.shared.secrets.once(key, fetch).await?
            }
        };
        let url = self.federation_url(&oidc.identity_provider, &oidc.protocol);
        let bearer = [(
            "authorization".to_string(),
            format!("Bearer {provider_token}"),
        )];
        let reply = self
            .send(Http::POST, &url, None, &Body::Empty, &bearer, Kind::Small)
            .await?;
        if reply.status == 401 {
            let mut e = http_error(&reply);
            e.message = format!(
                "Keystone refused the identity provider's token: {}",
                e.message
            );
            return Err(e);
        }
        super::auth::token_of(reply, std::slice::from_ref(method))
    }

    fn client_secret_wanted<'a>(&'a self, oidc: &'a Oidc) -> super::secrets::Wanted<'a> {
        super::secrets::Wanted {
            what: "client secret",
            key: "auth.client_secret",
            var: "OS_CLIENT_SECRET",
            user: "the client",
            site: self.name(),
            keystone: oidc
                .access_token_endpoint
                .as_deref()
                .or(oidc.discovery_endpoint.as_deref())
                .unwrap_or(&self.config.auth_url),
        }
    }

    /// The provider's token for the grant: `secret` is the grant's (the
    /// user's password, the authorization code).
    async fn provider_token(
        &self,
        oidc: &Oidc,
        secret: &str,
        client_secret: Option<&str>,
    ) -> Result<String, SiteError> {
        let endpoints = self.endpoints(oidc).await?;
        let client_id = oidc.client_id.as_deref().unwrap_or_default();
        let mut form: Vec<(&str, &str)> = match &oidc.grant {
            Grant::Password { username, .. } => vec![
                ("grant_type", "password"),
                ("username", username),
                ("password", secret),
                ("scope", &oidc.scope),
            ],
            Grant::ClientCredentials => {
                vec![("grant_type", "client_credentials"), ("scope", &oidc.scope)]
            }
            Grant::AuthCode { redirect_uri, .. } => vec![
                ("grant_type", "authorization_code"),
                ("code", secret),
                ("redirect_uri", redirect_uri),
            ],
            Grant::Device => return self.device_token(oidc, &endpoints, client_secret).await,
            Grant::AccessToken { .. } => unreachable!("no grant to make"),
        };
        if client_secret.is_none() {
            form.push(("client_id", client_id));
        }
        let reply = self
            .form(&endpoints.token, &form, client_id, client_secret)
            .await?;
        self.token_in(oidc, reply, "the provider's token")
    }

    /// POSTs a form to the provider, as its client (HTTP Basic when the
    /// client has a secret).
    async fn form(
        &self,
        url: &str,
        form: &[(&str, &str)],
        client_id: &str,
        client_secret: Option<&str>,
    ) -> Result<Reply, SiteError> {
        let body: String = form
            .iter()
            .map(|(k, v)| format!("{}={}", super::encode(k), super::encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut headers = Vec::new();
        if let Some(secret) = client_secret {
            let pair = format!("{}:{secret}", super::encode(client_id));
            let basic = base64::engine::general_purpose::STANDARD.encode(pair);
            headers.push(("authorization".to_string(), format!("Basic {basic}")));
        }
        let body = Body::Bytes(body.into(), FORM);
        self.send(Http::POST, url, None, &body, &headers, Kind::Small)
            .await
    }

    /// The provider's answer with a token, or its refusal as the site's
    /// failure, naming what was refused.
    fn token_in(&self, oidc: &Oidc, reply: Reply, what: &str) -> Result<String, SiteError> {
        let body: Value = serde_json::from_slice(&reply.body).unwrap_or_default();
        if reply.status >= 400 {
            let refused = match &oidc.grant {
                Grant::Password { .. } => "the user's password",
                Grant::ClientCredentials => "the client credentials",
                Grant::AuthCode { .. } => "the authorization code",
                Grant::Device => "the device code",
                Grant::AccessToken { .. } => "the access token",
            };
            let why = body["error_description"]
                .as_str()
                .or(body["error"].as_str())
                .map(str::to_string)
                .unwrap_or_else(|| error_message(&reply.body));
            return Err(SiteError {
                class: FailureClass::Auth,
                message: format!("the identity provider refused {refused}: {why}"),
                ..http_error(&reply)
            });
        }
        body[&oidc.access_token_type]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| {
                SiteError::new(
                    FailureClass::Server,
                    format!(
                        "the identity provider's answer has no {} ({what})",
                        oidc.access_token_type
                    ),
                )
            })
    }

    /// The provider's endpoints: given, or from its discovery document.
    async fn endpoints(&self, oidc: &Oidc) -> Result<Endpoints, SiteError> {
        let given = |token: &Option<String>| Endpoints {
            token: token.clone().unwrap_or_default(),
            device: oidc.device_authorization_endpoint.clone(),
        };
        let Some(url) = &oidc.discovery_endpoint else {
            return Ok(given(&oidc.access_token_endpoint));
        };
        let reply = self
            .send(Http::GET, url, None, &Body::Empty, &[], Kind::Small)
            .await?;
        if reply.status >= 400 {
            let mut e = http_error(&reply);
            e.message = format!("the provider's discovery document: {}", e.message);
            return Err(e);
        }
        let document: Value = serde_json::from_slice(&reply.body).map_err(|e| {
            SiteError::new(
                FailureClass::Server,
                format!("the provider's discovery document is not JSON: {e}"),
            )
        })?;
        let field = |name: &str| document[name].as_str().map(str::to_string);
        Ok(Endpoints {
            token: oidc
                .access_token_endpoint
                .clone()
                .or(field("token_endpoint"))
                .ok_or_else(|| {
                    SiteError::new(
                        FailureClass::Server,
                        "the provider's discovery document has no token_endpoint",
                    )
                })?,
            device: oidc
                .device_authorization_endpoint
                .clone()
                .or(field("device_authorization_endpoint")),
        })
    }

    /// The device flow (RFC 8628): where to sign in is printed, and the
    /// token endpoint asked at the provider's interval until the user has
    /// (bounded by the provider's expiry and the site's deadline).
    async fn device_token(
        &self,
        oidc: &Oidc,
        endpoints: &Endpoints,
        client_secret: Option<&str>,
    ) -> Result<String, SiteError> {
        let client_id = oidc.client_id.as_deref().unwrap_or_default();
        let Some(device_url) = &endpoints.device else {
            return Err(SiteError::new(
                FailureClass::Config,
                "the provider has no device_authorization_endpoint",
            ));
        };
        let form = [("client_id", client_id), ("scope", oidc.scope.as_str())];
        let reply = self
            .form(device_url, &form, client_id, client_secret)
            .await?;
        let body: Value = serde_json::from_slice(&reply.body).unwrap_or_default();
        if reply.status >= 400 {
            return Err(SiteError {
                class: FailureClass::Auth,
                message: format!(
                    "the identity provider refused the device authorization: {}",
                    body["error_description"]
                        .as_str()
                        .or(body["error"].as_str())
                        .unwrap_or_default()
                ),
                ..http_error(&reply)
            });
        }
        let (Some(device_code), Some(user_code), Some(uri)) = (
            body["device_code"].as_str(),
            body["user_code"].as_str(),
            body["verification_uri"].as_str(),
        ) else {
            return Err(SiteError::new(
                FailureClass::Server,
                "the provider's device authorization lacks device_code, user_code or verification_uri",
            ));
        };
        match body["verification_uri_complete"].as_str() {
            Some(complete) => crate::sys::tell!("{}: to sign in, go to {complete}", self.name()),
            None => crate::sys::tell!(
                "{}: to sign in, go to {uri} and enter the code {user_code}",
                self.name()
            ),
        }
        let mut interval = Duration::from_secs(body["interval"].as_u64().unwrap_or(5).max(1));
        let expires = Duration::from_secs(body["expires_in"].as_u64().unwrap_or(600));
        let started = std::time::Instant::now();
        let grant = "urn:ietf:params:oauth:grant-type:device_code";
        let form = [
            ("grant_type", grant),
            ("device_code", device_code),
            ("client_id", client_id),
        ];
        while started.elapsed() < expires {
            let reply = self
                .form(&endpoints.token, &form, client_id, client_secret)
                .await?;
            let answer: Value = serde_json::from_slice(&reply.body).unwrap_or(json!({}));
            match answer["error"].as_str() {
                Some("authorization_pending") => {}
                Some("slow_down") => interval += Duration::from_secs(5),
                _ => return self.token_in(oidc, reply, "the provider's token"),
            }
            tokio::time::sleep(interval).await;
        }
        Err(SiteError::new(
            FailureClass::Auth,
            "the device code expired before the sign-in at the identity provider",
        ))
    }
}

/// Where the provider takes requests.
struct Endpoints {
    token: String,
    device: Option<String>,
}
