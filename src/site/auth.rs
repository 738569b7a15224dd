//! Keystone authentication: the request body for a site's credentials and
//! scope, the token it answers with, and a session's token in memory, in
//! the cache or newly issued.

use std::sync::Arc;
use std::time::SystemTime;

use reqwest::Method as Http;
use serde::Serialize;
use serde_json::Value;

use super::cache::{self, Entry};
use super::request::{Body, Kind, Reply, http_error, retry_after};
use super::{FailureClass, RETRIES, Session, SiteError, catalog, secrets};
use crate::config::{AuthScope, Grant, Method, Named, Secret};

/// A token and what came with it: what oscope reads of Keystone's token
/// body, parsed once, and the body itself as text for the commands that
/// show it.
#[derive(Clone, Debug)]
pub struct Auth {
    pub token: String,
    pub expires: SystemTime,
    /// Keystone's token body (`{"token": {...}}`), with the catalogue:
    /// JSON text, read whole once (by [`Auth::parse`]).
    pub raw: Arc<str>,
    project_id: Option<String>,
    user_id: Option<String>,
    catalog: Vec<catalog::Service>,
    /// Whether it came from the disk cache rather than from Keystone.
    pub cached: bool,
}

/// What oscope reads of a token body.
#[derive(serde::Deserialize)]
struct TokenBody {
    token: TokenFields,
}

#[derive(serde::Deserialize)]
struct TokenFields {
    expires_at: Option<String>,
    #[serde(default)]
    project: Option<Id>,
    #[serde(default)]
    user: Option<Id>,
    #[serde(default, deserialize_with = "catalog::null_is_empty")]
    catalog: Vec<catalog::Service>,
}

#[derive(serde::Deserialize)]
struct Id {
    id: Option<String>,
}

impl Auth {
    /// Reads a token body; one without a valid `expires_at` is refused.
    pub fn parse(token: String, raw: Arc<str>, cached: bool) -> Result<Auth, SiteError> {
        let bad = |why: String| SiteError::new(FailureClass::Server, why);
        let body: TokenBody = serde_json::from_str(&raw)
            .map_err(|e| bad(format!("Keystone's token body is not one: {e}")))?;
        let fields = body.token;
        let expires = fields
            .expires_at
            .as_deref()
            .and_then(cache::parse_expiry)
            .ok_or_else(|| bad("Keystone's token has no valid expires_at".into()))?;
        Ok(Auth {
            token,
            expires,
            raw,
            project_id: fields.project.and_then(|p| p.id),
            user_id: fields.user.and_then(|u| u.id),
            catalog: fields.catalog,
            cached,
        })
    }

    /// The token body, parsed whole.
    pub fn body(&self) -> Value {
        serde_json::from_str(&self.raw).unwrap_or_default()
    }

    /// Whether it is good for a while yet.
    pub(super) fn fresh(&self) -> bool {
        self.expires > SystemTime::now() + cache::MARGIN
    }

    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    pub fn user_id(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    pub fn catalog(&self) -> &[catalog::Service] {
        &self.catalog
    }

    /// The catalogue's entries whole, as `catalog list` shows them.
    pub fn catalog_entries(&self) -> Vec<Value> {
        match self.body()["token"]["catalog"].take() {
            Value::Array(entries) => entries,
            _ => Vec::new(),
        }
    }
}

impl Session {
    /// The current token: in memory, else from the cache, else from Keystone.
    /// Shared, not copied: every request of a site asks for it.
    pub async fn authenticate(&self) -> Result<Arc<Auth>, SiteError> {
        let mut guard = self.auth.lock().await;
        if let Some(auth) = guard.as_ref()
            && auth.fresh()
        {
            return Ok(auth.clone());
        }
        if let Some(cache) = &self.shared.cache
            && let Some(entry) = cache.load(self.cache_key())
            && let Ok(auth) = Auth::parse(entry.token, entry.body, true)
        {
            let auth = Arc::new(auth);
            *guard = Some(auth.clone());
            return Ok(auth);
        }
        let auth = Arc::new(self.issue_token().await?);
        if let Some(cache) = &self.shared.cache {
            let entry = Entry {
                token: auth.token.clone(),
                expires: cache::seconds(auth.expires),
                body: auth.raw.clone(),
            };
            cache.store(self.cache_key(), entry);
        }
        *guard = Some(auth.clone());
        Ok(auth)
    }

    pub(super) fn cache_key(&self) -> &str {
        self.cache_key.get_or_init(|| cache::key(&self.config))
    }

    /// Forgets a token the services refused, here and on disk.
    pub(super) async fn invalidate(&self, token: &str) {
        let mut guard = self.auth.lock().await;
        if guard.as_ref().is_some_and(|a| a.token == token) {
            *guard = None;
            if let Some(cache) = &self.shared.cache {
                cache.remove(self.cache_key());
            }
        }
    }

    /// `POST /v3/auth/tokens` with the site's methods. A Keystone whose
    /// multi-factor rules want a TOTP passcode as well answers with a
    /// receipt, answered in turn with the passcode.
    pub(super) async fn issue_token(&self) -> Result<Auth, SiteError> {
        let credentials = &self.config.credentials;
        if let [method] = &credentials.methods[..]
            && method.federated()
        {
            return self.federated(method).await;
        }
        let mut secrets = Vec::new();
        for method in &credentials.methods {
            secrets.push(self.secret_of(method).await?);
        }
        let request = AuthRequest::new(&credentials.methods, &secrets, &self.config.scope);
        let reply = self.post_auth(&request, &[]).await?;
        match Receipt::of(&reply) {
            Some(receipt) => self.answer(receipt).await,
            None => token_of(reply, &credentials.methods),
        }
    }

    /// The secret `method` sends (empty for none).
    pub(super) async fn secret_of(&self, method: &Method) -> Result<String, SiteError> {
        match method.secret() {
            Some(secret) => self.secret(secret, wanted(method)).await,
            None => Ok(String::new()),
        }
    }

    /// One of the site's secrets, got once per command (`Secrets`).
    async fn secret(&self, secret: &Secret, wanted: Wanted<'_>) -> Result<String, SiteError> {
        let user = wanted.user.unwrap_or("the user");
        let wanted = secrets::Wanted {
            what: wanted.what,
            key: wanted.key,
            var: wanted.var,
            user,
            site: self.name(),
            keystone: wanted.provider.unwrap_or(&self.config.auth_url),
        };
        self.shared.secrets.get(secret, &wanted).await
    }

    /// Gets, before the site's deadline starts, the secrets its token will
    /// need, unless a token is at hand: typing an answer is no part of a
    /// site's time. A failure waits for the request that needs the secret.
    pub async fn ask_ahead(&self) {
        let methods = &self.config.credentials.methods;
        let given = |m: &Method| matches!(m.secret(), None | Some(Secret::Given(_)));
        if methods.iter().all(given) {
            return;
        }
        if self.auth.lock().await.as_ref().is_some_and(|a| a.fresh()) {
            return;
        }
        if let Some(cache) = &self.shared.cache
            && cache.load(self.cache_key()).is_some()
        {
            return;
        }
        for method in methods {
            let _ = self.secret_of(method).await;
        }
    }

    /// Answers a receipt with what the rules still want of a password and
    /// a TOTP passcode, from the site's settings or asked for.
    async fn answer(&self, receipt: Receipt) -> Result<Auth, SiteError> {
        let answerable = ["password", "totp"];
        let missing = receipt
            .required
            .iter()
            .map(|rule| {
                rule.iter()
                    .filter(|m| !receipt.methods.contains(m))
                    .collect::<Vec<_>>()
            })
            .filter(|missing| {
                !missing.is_empty() && missing.iter().all(|m| answerable.contains(&m.as_str()))
            })
            .min_by_key(Vec::len);
        let Some(missing) = missing else {
            return Err(SiteError {
                status: Some(401),
                ..SiteError::new(
                    FailureClass::Auth,
                    format!(
                        "{}'s multi-factor rules ask for {} (given: {})",
                        receipt.user_name,
                        receipt
                            .required
                            .iter()
                            .map(|rule| rule.join("+"))
                            .collect::<Vec<_>>()
                            .join(" or "),
                        receipt.methods.join("+"),
                    ),
                )
            });
        };
        let user = Named {
            id: Some(receipt.user_id.clone()),
            ..Named::default()
        };
        let credentials = &self.config.credentials;
        let methods: Vec<Method> = missing
            .iter()
            .map(|m| match m.as_str() {
                "password" => Method::Password {
                    user: user.clone(),
                    password: credentials.password.clone(),
                },
                _ => Method::Totp {
                    user: user.clone(),
                    passcode: credentials.passcode.clone(),
                },
            })
            .collect();
        let mut secrets = Vec::new();
        for method in &methods {
            let wanted = Wanted {
                user: Some(&receipt.user_name),
                ..wanted(method)
            };
            let what = wanted.what;
            let secret = match method.secret() {
                Some(secret) => self.secret(secret, wanted).await,
                None => Ok(String::new()),
            };
            secrets.push(secret.map_err(|e| SiteError {
                message: format!(
                    "{}'s multi-factor rules ask for a {what} too: {}",
                    receipt.user_name, e.message
                ),
                ..e
            })?);
        }
        let request = AuthRequest::new(&methods, &secrets, &self.config.scope);
        let header = [("openstack-auth-receipt".to_string(), receipt.id)];
        let reply = self.post_auth(&request, &header).await?;
        token_of(reply, &methods)
    }

    /// Sends an auth request; 429 and 503 are retried as `Retry-After` asks.
    pub(super) async fn post_auth(
        &self,
        request: &AuthRequest<'_>,
        headers: &[(String, String)],
    ) -> Result<Reply, SiteError> {
        let url = format!("{}/auth/tokens", identity_v3(&self.config.auth_url));
        let body = Body::Json(request.to_json());
        let mut attempt = 0;
        loop {
            let reply = self
                .send(Http::POST, &url, None, &body, headers, Kind::Small)
                .await?;
            if reply.status == 503 || reply.status == 429 {
                if let Some(wait) = retry_after(&reply.headers).filter(|_| attempt < RETRIES) {
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            return Ok(reply);
        }
    }
}

/// What a method's secret is, to ask for it or say it is missing.
struct Wanted<'a> {
    what: &'static str,
    key: &'static str,
    var: &'static str,
    user: Option<&'a str>,
    /// Where it is checked, if not at Keystone: an identity provider's
    /// password is asked once for all the sites that share the provider.
    provider: Option<&'a str>,
}

fn wanted(method: &Method) -> Wanted<'_> {
    fn name(user: &Named) -> Option<&str> {
        user.name.as_deref().or(user.id.as_deref())
    }
    let (what, key, var, user) = match method {
        Method::Password { user, .. } => ("password", "auth.password", "OS_PASSWORD", name(user)),
        Method::Totp { user, .. } => ("TOTP passcode", "auth.passcode", "OS_PASSCODE", name(user)),
        Method::Token { .. } => ("token", "auth.token", "OS_TOKEN", None),
        Method::ApplicationCredential { id, name: n, .. } => (
            "application credential secret",
            "auth.application_credential_secret",
            "OS_APPLICATION_CREDENTIAL_SECRET",
            n.as_deref().or(id.as_deref()),
        ),
        Method::Oidc(oidc) => match &oidc.grant {
            Grant::Password { username, .. } => (
                "password",
                "auth.password",
                "OS_PASSWORD",
                Some(username.as_str()),
            ),
            Grant::AccessToken { .. } => {
                ("access token", "auth.access_token", "OS_ACCESS_TOKEN", None)
            }
            Grant::AuthCode { .. } => ("authorization code", "auth.code", "OS_CODE", None),
            Grant::ClientCredentials | Grant::Device => (
                "client secret",
                "auth.client_secret",
                "OS_CLIENT_SECRET",
                oidc.client_id.as_deref(),
            ),
        },
        Method::Saml(saml) => (
            "password",
            "auth.password",
            "OS_PASSWORD",
            Some(saml.username.as_str()),
        ),
    };
    let provider = match method {
        Method::Oidc(oidc) => oidc
            .discovery_endpoint
            .as_deref()
            .or(oidc.access_token_endpoint.as_deref()),
        Method::Saml(saml) => Some(saml.identity_provider_url.as_str()),
        _ => None,
    };
    Wanted {
        what,
        key,
        var,
        user,
        provider,
    }
}

/// Keystone's answer to methods its multi-factor rules find too few: a 401
/// with `Openstack-Auth-Receipt` and the rules that would do.
struct Receipt {
    id: String,
    user_id: String,
    user_name: String,
    methods: Vec<String>,
    required: Vec<Vec<String>>,
}

impl Receipt {
    fn of(reply: &Reply) -> Option<Receipt> {
        if reply.status != 401 {
            return None;
        }
        let id = reply.headers.get("openstack-auth-receipt")?.to_str().ok()?;
        #[derive(serde::Deserialize)]
        struct Body {
            receipt: Fields,
            #[serde(default)]
            required_auth_methods: Vec<Vec<String>>,
        }
        #[derive(serde::Deserialize)]
        struct Fields {
            #[serde(default)]
            methods: Vec<String>,
            user: User,
        }
        #[derive(serde::Deserialize)]
        struct User {
            id: String,
            #[serde(default)]
            name: Option<String>,
        }
        let body: Body = serde_json::from_slice(&reply.body).ok()?;
        let user = body.receipt.user;
        Some(Receipt {
            id: id.to_string(),
            user_name: user.name.unwrap_or_else(|| user.id.clone()),
            user_id: user.id,
            methods: body.receipt.methods,
            required: body.required_auth_methods,
        })
    }
}

/// The token of Keystone's answer to `methods`; a refusal names them.
pub(super) fn token_of(reply: Reply, methods: &[Method]) -> Result<Auth, SiteError> {
    if reply.status >= 400 {
        let mut e = http_error(&reply);
        if reply.status == 401 {
            let names: Vec<&str> = methods.iter().map(|m| wanted(m).what).collect();
            e.message = format!(
                "Keystone refused the {}: {}",
                names.join(" and "),
                e.message
            );
        }
        return Err(e);
    }
    let token = reply
        .headers
        .get("x-subject-token")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| {
            SiteError::new(
                FailureClass::Server,
                "Keystone answered without X-Subject-Token",
            )
        })?
        .to_string();
    // Read once, by `Auth::parse`, which validates it whole.
    let with_reply = |e: SiteError| SiteError {
        status: Some(reply.status),
        request_id: reply.request_id.clone(),
        ..e
    };
    let text = std::str::from_utf8(&reply.body).map_err(|e| {
        with_reply(SiteError::new(
            FailureClass::Server,
            format!("the answer is not valid JSON: {e}"),
        ))
    })?;
    Auth::parse(token, text.into(), false).map_err(with_reply)
}

/// The Keystone v3 URL of an auth URL, which may lack the `/v3`.
pub(super) fn identity_v3(auth_url: &str) -> String {
    let base = auth_url.trim_end_matches('/');
    if base.ends_with("/v3") {
        base.to_string()
    } else {
        format!("{base}/v3")
    }
}

/// The body of `POST /v3/auth/tokens`, typed as Keystone's API reference
/// lays it out.
#[derive(Serialize)]
pub struct AuthRequest<'a> {
    auth: AuthBody<'a>,
}

#[derive(Serialize)]
struct AuthBody<'a> {
    identity: Identity<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<Scope<'a>>,
}

/// `{"methods": ["password", "totp"], "password": {...}, "totp": {...}}`.
struct Identity<'a> {
    methods: Vec<(&'static str, IdentityMethod<'a>)>,
}

impl Serialize for Identity<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.methods.len() + 1))?;
        let names: Vec<&str> = self.methods.iter().map(|(name, _)| *name).collect();
        map.serialize_entry("methods", &names)?;
        for (name, method) in &self.methods {
            map.serialize_entry(name, method)?;
        }
        map.end()
    }
}

/// One method's body.
#[derive(Serialize)]
#[serde(untagged)]
enum IdentityMethod<'a> {
    Password {
        user: UserSecret<'a>,
    },
    Token {
        id: &'a str,
    },
    ApplicationCredential {
        secret: &'a str,
        #[serde(flatten)]
        which: Which<'a>,
    },
}

/// A user and its password (`password`) or passcode (`totp`).
struct UserSecret<'a> {
    user: Ref<'a>,
    key: &'static str,
    secret: &'a str,
}

impl Serialize for UserSecret<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        let Ref { id, name, domain } = &self.user;
        if let Some(id) = id {
            map.serialize_entry("id", id)?;
        }
        if let Some(name) = name {
            map.serialize_entry("name", name)?;
        }
        if let Some(domain) = domain {
            map.serialize_entry("domain", domain)?;
        }
        map.serialize_entry(self.key, self.secret)?;
        map.end()
    }
}

/// An application credential by ID, or by name with its user.
#[derive(Serialize)]
#[serde(untagged)]
enum Which<'a> {
    Id {
        id: &'a str,
    },
    Name {
        name: Option<&'a str>,
        user: Ref<'a>,
    },
}

/// A user or project: by ID, else by name in a domain.
#[derive(Serialize)]
struct Ref<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<DomainRef<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum DomainRef<'a> {
    Id { id: &'a str },
    Name { name: Option<&'a str> },
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Scope<'a> {
    Project(Ref<'a>),
    Domain(DomainRef<'a>),
    System {
        all: bool,
    },
    #[serde(rename = "OS-TRUST:trust")]
    Trust {
        id: &'a str,
    },
}

impl<'a> Ref<'a> {
    fn of(named: &'a Named) -> Ref<'a> {
        if let Some(id) = &named.id {
            return Ref {
                id: Some(id),
                name: None,
                domain: None,
            };
        }
        let domain = match (&named.domain_id, &named.domain_name) {
            (Some(id), _) => Some(DomainRef::Id { id }),
            (None, Some(name)) => Some(DomainRef::Name { name: Some(name) }),
            (None, None) => None,
        };
        Ref {
            id: None,
            name: named.name.as_deref(),
            domain: domain.filter(|_| named.name.is_some()),
        }
    }
}

impl<'a> AuthRequest<'a> {
    /// The request for `methods`, each with its secret (`secrets`, in the
    /// same order), and `scope`.
    pub fn new(methods: &'a [Method], secrets: &'a [String], scope: &'a AuthScope) -> Self {
        let user_secret = |user, key, secret| UserSecret {
            user: Ref::of(user),
            key,
            secret,
        };
        // A federated method is no part of Keystone's token request: its
        // token comes from the `OS-FEDERATION` path (`federation.rs`).
        let methods = methods
            .iter()
            .zip(secrets)
            .filter(|(method, _)| !method.federated())
            .map(|(method, secret)| {
                let body = match method {
                    Method::Password { user, .. } => IdentityMethod::Password {
                        user: user_secret(user, "password", secret),
                    },
                    Method::Totp { user, .. } => IdentityMethod::Password {
                        user: user_secret(user, "passcode", secret),
                    },
                    Method::Token { .. } => IdentityMethod::Token { id: secret },
                    Method::ApplicationCredential { id, name, user, .. } => {
                        let which = match id {
                            Some(id) => Which::Id { id },
                            None => Which::Name {
                                name: name.as_deref(),
                                user: Ref::of(user),
                            },
                        };
                        IdentityMethod::ApplicationCredential { secret, which }
                    }
                    Method::Oidc(_) | Method::Saml(_) => unreachable!("filtered out above"),
                };
                (method.keystone_name(), body)
            })
            .collect();
        let scope = match scope {
            AuthScope::Project(project) => Some(Scope::Project(Ref::of(project))),
            AuthScope::Domain { id: Some(id), .. } => Some(Scope::Domain(DomainRef::Id { id })),
            AuthScope::Domain { name, .. } => Some(Scope::Domain(DomainRef::Name {
                name: name.as_deref(),
            })),
            AuthScope::System => Some(Scope::System { all: true }),
            AuthScope::Trust(id) => Some(Scope::Trust { id }),
            AuthScope::Unscoped => None,
        };
        AuthRequest {
            auth: AuthBody {
                identity: Identity { methods },
                scope,
            },
        }
    }

    /// As JSON, for the request (and, redacted, for `--debug`).
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_requests_keep_their_shape() {
        let named =
            |id: Option<&str>, name: Option<&str>, did: Option<&str>, dname: Option<&str>| Named {
                id: id.map(Into::into),
                name: name.map(Into::into),
                domain_id: did.map(Into::into),
                domain_name: dname.map(Into::into),
            };
        let user = named(None, Some("u"), None, Some("Default"));
        let given = |s: &str| Secret::Given(s.into());
        let password = Method::Password {
            user: user.clone(),
            password: given("p"),
        };
        let cases = [
            (
                password.clone(),
                AuthScope::Project(named(None, Some("pr"), Some("d1"), None)),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}},"scope":{"project":{"name":"pr","domain":{"id":"d1"}}}}}"#,
            ),
            (
                Method::Password {
                    user: named(Some("uid"), Some("ignored"), None, None),
                    password: given("p"),
                },
                AuthScope::Project(named(Some("pid"), None, None, None)),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"uid","password":"p"}}},"scope":{"project":{"id":"pid"}}}}"#,
            ),
            (
                Method::Token { token: given("t") },
                AuthScope::Domain {
                    id: Some("d".into()),
                    name: None,
                },
                r#"{"auth":{"identity":{"methods":["token"],"token":{"id":"t"}},"scope":{"domain":{"id":"d"}}}}"#,
            ),
            (
                Method::ApplicationCredential {
                    id: Some("a".into()),
                    name: None,
                    user: user.clone(),
                    secret: given("s"),
                },
                AuthScope::Domain {
                    id: None,
                    name: Some("dn".into()),
                },
                r#"{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"secret":"s","id":"a"}},"scope":{"domain":{"name":"dn"}}}}"#,
            ),
            (
                Method::ApplicationCredential {
                    id: None,
                    name: Some("an".into()),
                    user: named(None, Some("u"), Some("ud"), None),
                    secret: given("s"),
                },
                AuthScope::System,
                r#"{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"secret":"s","name":"an","user":{"name":"u","domain":{"id":"ud"}}}},"scope":{"system":{"all":true}}}}"#,
            ),
            (
                password.clone(),
                AuthScope::Trust("t1".into()),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}},"scope":{"OS-TRUST:trust":{"id":"t1"}}}}"#,
            ),
            (
                password.clone(),
                AuthScope::Unscoped,
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}}}}"#,
            ),
        ];
        for (method, scope, expected) in cases {
            let secret = match method.secret() {
                Some(Secret::Given(s)) => s.clone(),
                _ => unreachable!(),
            };
            let secrets = [secret];
            let request = AuthRequest::new(std::slice::from_ref(&method), &secrets, &scope);
            assert_eq!(request.to_json().to_string(), expected);
        }
        // v3multifactor: the methods together, each with its secret.
        let both = [
            password,
            Method::Totp {
                user: named(Some("uid"), None, None, None),
                passcode: Secret::Ask,
            },
        ];
        let secrets = ["p".to_string(), "123456".to_string()];
        assert_eq!(
            AuthRequest::new(&both, &secrets, &AuthScope::Unscoped)
                .to_json()
                .to_string(),
            r#"{"auth":{"identity":{"methods":["password","totp"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}},"totp":{"user":{"id":"uid","passcode":"123456"}}}}}"#
        );
    }

    #[test]
    fn a_token_body_of_the_wrong_shape_or_not_json_fails_the_site_in_one_line() {
        let parse = |text: &str| Auth::parse("t".into(), text.into(), false);
        let good = r#"{"token": {"expires_at": "2999-01-01T00:00:00.000000Z",
            "project": {"id": "p"}, "user": {"id": "u"},
            "catalog": [{"type": "image", "endpoints": [{"interface": "public",
                "region_id": "R", "url": "http://x/image"}]}]}}"#;
        let auth = parse(good).unwrap();
        assert_eq!((auth.project_id(), auth.user_id()), (Some("p"), Some("u")));
        assert_eq!(
            auth.catalog()[0].endpoints[0].url.as_deref(),
            Some("http://x/image")
        );
        for bad in [
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "catalog": "x"}}"#,
            r#"{"token": {"expires_at": 7}}"#,
            r#"{"token": []}"#,
            r#"{"token": {"catalog": null}}"#,
            "[]",
        ] {
            let e = parse(bad).unwrap_err();
            assert_eq!(e.class, FailureClass::Server, "{bad}");
            assert!(!e.message.contains('\n'), "{e:?}");
            assert!(e.message.starts_with("Keystone's token"), "{e:?}");
        }
        // Not JSON at all, even where oscope reads nothing: this one read
        // is the only check a new token's body gets before it is used.
        for broken in [
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "roles": [1,]}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "x": {"a" 1}}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "x": "\q"}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z", "x": tru}}"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z"}} trailing"#,
            r#"{"token": {"expires_at": "2999-01-01T00:00:00Z"}"#,
        ] {
            let e = parse(broken).unwrap_err();
            assert_eq!(e.class, FailureClass::Server, "{broken}");
            assert!(!e.message.contains('\n'), "{e:?}");
        }
    }
}
