//! Keystone authentication: the request body for a site's credentials and
//! scope, the token it answers with, and a session's token in memory, in
//! the cache or newly issued.

use std::sync::Arc;
use std::time::SystemTime;

use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use super::cache::{self, Entry};
use super::request::{Body, http_error, retry_after};
use super::{FailureClass, RETRIES, Session, SiteError, catalog};
use crate::config::{AuthScope, Credentials, Named, SiteConfig};

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

    /// `POST /v3/auth/tokens`.
    pub(super) async fn issue_token(&self) -> Result<Auth, SiteError> {
        let url = format!("{}/auth/tokens", identity_v3(&self.config.auth_url));
        let body = Body::Json(AuthRequest::new(&self.config).to_json());
        let mut attempt = 0;
        loop {
            let reply = self
                .send(Method::POST, &url, None, &body, &[], false)
                .await?;
            if reply.status == 503 || reply.status == 429 {
                if let Some(wait) = retry_after(&reply.headers).filter(|_| attempt < RETRIES) {
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                    continue;
                }
            }
            if reply.status >= 400 {
                return Err(http_error(&reply));
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
            return Auth::parse(token, text.into(), false).map_err(with_reply);
        }
    }
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

#[derive(Serialize)]
struct Identity<'a> {
    methods: [&'static str; 1],
    #[serde(flatten)]
    method: IdentityMethod<'a>,
}

/// One method, under its own name (`"password": {...}`).
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum IdentityMethod<'a> {
    Password {
        user: UserPassword<'a>,
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

#[derive(Serialize)]
struct UserPassword<'a> {
    #[serde(flatten)]
    user: Ref<'a>,
    password: &'a str,
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
    System { all: bool },
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
    /// The request for a site's credentials and scope.
    pub fn new(config: &'a SiteConfig) -> AuthRequest<'a> {
        let (method, name) = match &config.credentials {
            Credentials::Password { user, password } => (
                IdentityMethod::Password {
                    user: UserPassword {
                        user: Ref::of(user),
                        password,
                    },
                },
                "password",
            ),
            Credentials::Token { token } => (IdentityMethod::Token { id: token }, "token"),
            Credentials::ApplicationCredential {
                id,
                name,
                user,
                secret,
            } => {
                let which = match id {
                    Some(id) => Which::Id { id },
                    None => Which::Name {
                        name: name.as_deref(),
                        user: Ref::of(user),
                    },
                };
                (
                    IdentityMethod::ApplicationCredential { secret, which },
                    "application_credential",
                )
            }
        };
        let scope = match &config.scope {
            AuthScope::Project(project) => Some(Scope::Project(Ref::of(project))),
            AuthScope::Domain { id: Some(id), .. } => Some(Scope::Domain(DomainRef::Id { id })),
            AuthScope::Domain { name, .. } => Some(Scope::Domain(DomainRef::Name {
                name: name.as_deref(),
            })),
            AuthScope::System => Some(Scope::System { all: true }),
            AuthScope::Unscoped => None,
        };
        AuthRequest {
            auth: AuthBody {
                identity: Identity {
                    methods: [name],
                    method,
                },
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
        let password = Credentials::Password {
            user: user.clone(),
            password: "p".into(),
        };
        let cases = [
            (
                password.clone(),
                AuthScope::Project(named(None, Some("pr"), Some("d1"), None)),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}},"scope":{"project":{"name":"pr","domain":{"id":"d1"}}}}}"#,
            ),
            (
                Credentials::Password {
                    user: named(Some("uid"), Some("ignored"), None, None),
                    password: "p".into(),
                },
                AuthScope::Project(named(Some("pid"), None, None, None)),
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"uid","password":"p"}}},"scope":{"project":{"id":"pid"}}}}"#,
            ),
            (
                Credentials::Token { token: "t".into() },
                AuthScope::Domain {
                    id: Some("d".into()),
                    name: None,
                },
                r#"{"auth":{"identity":{"methods":["token"],"token":{"id":"t"}},"scope":{"domain":{"id":"d"}}}}"#,
            ),
            (
                Credentials::ApplicationCredential {
                    id: Some("a".into()),
                    name: None,
                    user: user.clone(),
                    secret: "s".into(),
                },
                AuthScope::Domain {
                    id: None,
                    name: Some("dn".into()),
                },
                r#"{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"secret":"s","id":"a"}},"scope":{"domain":{"name":"dn"}}}}"#,
            ),
            (
                Credentials::ApplicationCredential {
                    id: None,
                    name: Some("an".into()),
                    user: named(None, Some("u"), Some("ud"), None),
                    secret: "s".into(),
                },
                AuthScope::System,
                r#"{"auth":{"identity":{"methods":["application_credential"],"application_credential":{"secret":"s","name":"an","user":{"name":"u","domain":{"id":"ud"}}}},"scope":{"system":{"all":true}}}}"#,
            ),
            (
                password,
                AuthScope::Unscoped,
                r#"{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","domain":{"name":"Default"},"password":"p"}}}}}"#,
            ),
        ];
        for (credentials, scope, expected) in cases {
            let config = SiteConfig {
                credentials,
                scope,
                ..SiteConfig::for_tests("a")
            };
            assert_eq!(AuthRequest::new(&config).to_json().to_string(), expected);
        }
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
