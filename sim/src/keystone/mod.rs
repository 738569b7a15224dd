//! Keystone v3: version documents, tokens (password, token, application
//! credential; project, domain, system or no scope) and the catalogue, in
//! Keystone's shapes; users, projects and the rest in `resources.rs`.

use std::sync::Arc;
use std::time::SystemTime;

use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router, middleware};
use bytes::Bytes;
use serde_json::{Value, json};

use crate::http::{error, json_bytes, json_response, require_token};
use crate::site::{Service, Site, Token, iso_micro, stable_uuid};

mod catalog;
mod federation;
mod groups;
mod implied;
mod records;
mod resources;
mod roles;
pub mod totp;
mod trusts;

use resources::{
    change_password, create_app_cred, create_project, create_user, delete_app_cred, delete_project,
    delete_user, list_app_creds, list_domains, list_projects, list_roles, list_users,
    show_app_cred, show_domain, show_project, show_user, update_project, update_user,
};

const S: Option<Service> = Some(Service::Identity);

pub fn router() -> Router {
    let protected = Router::new()
        .route("/v3/auth/tokens", get(validate_token).delete(revoke_token))
        .route("/v3/auth/catalog", get(auth_catalog))
        .route("/v3/users", get(list_users).post(create_user))
        .route(
            "/v3/users/{id}",
            get(show_user).patch(update_user).delete(delete_user),
        )
        .route("/v3/users/{id}/password", post(change_password))
        .route(
            "/v3/users/{id}/application_credentials",
            get(list_app_creds).post(create_app_cred),
        )
        .route(
            "/v3/users/{id}/application_credentials/{cred}",
            get(show_app_cred).delete(delete_app_cred),
        )
        .route("/v3/projects", get(list_projects).post(create_project))
        .route(
            "/v3/projects/{id}",
            get(show_project)
                .patch(update_project)
                .delete(delete_project),
        )
        .route("/v3/domains", get(list_domains).post(roles::create_domain))
        .route(
            "/v3/domains/{id}",
            get(show_domain)
                .patch(roles::update_domain)
                .delete(roles::delete_domain),
        )
        .route("/v3/roles", get(list_roles).post(roles::create_role))
        .route(
            "/v3/roles/{id}",
            get(roles::show_role).delete(roles::delete_role),
        )
        .route("/v3/role_assignments", get(roles::list_assignments))
        .merge(implied::routes(Router::new()))
        .merge(catalog::routes(Router::new()))
        .merge(records::routes(Router::new()))
        .merge(trusts::routes(Router::new()));
    let protected =
        groups::routes(roles::grants(protected)).route_layer(middleware::from_fn(require_token));
    Router::new()
        .route("/", get(versions))
        .route("/v3", get(version))
        .route("/v3/", get(version))
        .route("/v3/auth/tokens", post(issue_token))
        .route(
            "/v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth",
            get(federation::auth).post(federation::auth),
        )
        .merge(protected)
}

fn version_value(site: &Site) -> Value {
    json!({
        "id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",
        "links": [{"rel": "self", "href": format!("{}/identity/v3/", site.base())}],
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}]
    })
}

async fn versions(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(
        StatusCode::MULTIPLE_CHOICES,
        json!({"versions": {"values": [version_value(&site)]}}),
    )
}

async fn version(Extension(site): Extension<Arc<Site>>) -> Response {
    json_response(StatusCode::OK, json!({"version": version_value(&site)}))
}

fn bad_request(message: &str) -> Response {
    error(S, StatusCode::BAD_REQUEST, message)
}

fn unauthorized() -> Response {
    error(
        S,
        StatusCode::UNAUTHORIZED,
        "The request you have made requires authentication.",
    )
}

fn not_found(kind: &str, id: &str) -> Response {
    error(
        S,
        StatusCode::NOT_FOUND,
        &format!("Could not find {kind}: {id}."),
    )
}

fn forbidden(action: &str) -> Response {
    error(
        S,
        StatusCode::FORBIDDEN,
        &format!("You are not authorized to perform the requested action: {action}."),
    )
}

fn parse(body: &Bytes) -> Result<Value, Response> {
    serde_json::from_slice(body).map_err(|_| bad_request("Malformed request body"))
}

/// The body of a request only an administrator may make: Keystone's 403,
/// naming the policy, for anyone else, and its 400 for a body that is not
/// JSON.
fn admin_request(
    site: &Site,
    token: &Token,
    action: &str,
    body: &Bytes,
) -> Result<Value, Response> {
    if !is_admin(site, token) {
        return Err(forbidden(action));
    }
    parse(body)
}

/// Finds a record by `{id}` or by `{name, domain: {id|name}}`.
fn find<'a>(items: &'a [Value], reference: &Value, domains: &[Value]) -> Option<&'a Value> {
    if let Some(id) = reference["id"].as_str() {
        return items.iter().find(|i| i["id"] == id);
    }
    let name = reference["name"].as_str()?;
    let domain = &reference["domain"];
    let domain_id = domain["id"].as_str().map(str::to_string).or_else(|| {
        let name = domain["name"].as_str()?;
        domains
            .iter()
            .find(|d| d["name"] == name)
            .and_then(|d| d["id"].as_str())
            .map(str::to_string)
    })?;
    items
        .iter()
        .find(|i| i["name"] == name && i["domain_id"] == domain_id.as_str())
}

/// What one method of a token request proved: the user, and what an
/// application credential or a token brings along.
struct Proof {
    user_id: String,
    project_id: Option<String>,
    app_cred: Option<(String, String)>,
    expiry: Option<SystemTime>,
}

/// Checks one method of `identity` (`password`, `totp`, `token`,
/// `application_credential`).
fn prove(
    data: &crate::site::Data,
    identity: &Value,
    method: &str,
    now: SystemTime,
) -> Result<Proof, Response> {
    let proof = |user_id: &Value| Proof {
        user_id: user_id.as_str().unwrap_or_default().to_string(),
        project_id: None,
        app_cred: None,
        expiry: None,
    };
    match method {
        "password" => {
            let user = &identity["password"]["user"];
            match find(&data.users, user, &data.domains) {
                Some(u) if u["_password"] == user["password"] && u["enabled"] == true => {
                    Ok(proof(&u["id"]))
                }
                _ => Err(unauthorized()),
            }
        }
        "totp" => {
            let user = &identity["totp"]["user"];
            let passcode = user["passcode"].as_str().unwrap_or_default();
            let found = find(&data.users, user, &data.domains).filter(|u| u["enabled"] == true);
            let Some(u) = found else {
                return Err(unauthorized());
            };
            let valid = data
                .credentials
                .iter()
                .filter(|c| c["type"] == "totp" && c["user_id"] == u["id"])
                .filter_map(|c| c["blob"].as_str())
                .any(|secret| totp::passcodes(secret).iter().any(|p| p == passcode));
            if valid {
                Ok(proof(&u["id"]))
            } else {
                Err(unauthorized())
            }
        }
        "token" => {
            let id = identity["token"]["id"].as_str().unwrap_or_default();
            match data.tokens.get(id).filter(|t| t.expires > now) {
                Some(t) => Ok(Proof {
                    expiry: Some(t.expires),
                    ..proof(&json!(t.user_id))
                }),
                None => Err(error(
                    S,
                    StatusCode::NOT_FOUND,
                    &format!("Failed to validate token ({id})"),
                )),
            }
        }
        "application_credential" => {
            let cred = &identity["application_credential"];
            let secret = cred["secret"].as_str().unwrap_or_default();
            let found = data.app_credentials.iter().find(|c| {
                let by_id = cred["id"].as_str() == Some(c.id.as_str());
                let by_name = cred["name"].as_str() == Some(c.name.as_str()) && {
                    let user = &cred["user"];
                    find(&data.users, user, &data.domains)
                        .is_some_and(|u| u["id"] == c.user_id.as_str())
                };
                // An expired one signs in no more.
                let live = c.expires_at.as_deref().is_none_or(|at| {
                    humantime::parse_rfc3339_weak(at.split('.').next().unwrap_or(at))
                        .is_ok_and(|at| at > std::time::SystemTime::now())
                });
                (by_id || by_name) && c.secret == secret && live
            });
            match found {
                Some(c) => Ok(Proof {
                    project_id: Some(c.project_id.clone()),
                    app_cred: Some((c.id.clone(), c.name.clone())),
                    ..proof(&json!(c.user_id))
                }),
                None => Err(unauthorized()),
            }
        }
        _ => Err(bad_request(
            "Expecting to find identity in auth - the server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.",
        )),
    }
}

/// The methods Keystone knows, against which multi-factor rules are read.
const AUTH_METHODS: &[&str] = &[
    "external",
    "password",
    "token",
    "oauth1",
    "mapped",
    "application_credential",
    "ec2credential",
    "totp",
];

/// The rules of a user's multi-factor options that `methods` do not meet
/// (each cut to the methods Keystone knows), or `None` when they are met
/// or there are none.
fn unmet_rules(user: &Value, methods: &[String]) -> Option<Vec<Vec<String>>> {
    let options = &user["options"];
    if options["multi_factor_auth_enabled"] != true {
        return None;
    }
    let rules: Vec<Vec<String>> = options["multi_factor_auth_rules"]
        .as_array()?
        .iter()
        .map(|rule| {
            rule.as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter(|m| AUTH_METHODS.contains(m))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|rule| !rule.is_empty())
        .collect();
    let met = rules
        .iter()
        .any(|rule| rule.iter().all(|m| methods.contains(m)));
    if rules.is_empty() || met {
        return None;
    }
    Some(
        rules
            .into_iter()
            .filter(|rule| rule.iter().any(|m| methods.contains(m)))
            .collect(),
    )
}

/// Keystone's 401 for methods too few: a receipt, in its header and body.
fn receipt(
    site: &Site,
    user: &Value,
    methods: Vec<String>,
    required: Vec<Vec<String>>,
) -> Response {
    let now = SystemTime::now();
    let expires = now + std::time::Duration::from_secs(300);
    let id = site.new_token();
    let user_id = user["id"].as_str().unwrap_or_default().to_string();
    let body = {
        let mut data = site.data.lock().unwrap();
        data.receipts.retain(|_, r| r.2 > now);
        data.receipts
            .insert(id.clone(), (user_id.clone(), methods.clone(), expires));
        let domain = data.domains.iter().find(|d| d["id"] == user["domain_id"]);
        json!({
            "receipt": {
                "methods": methods,
                "user": {"id": user_id, "name": user["name"],
                         "domain": {"id": user["domain_id"], "name": domain.map(|d| d["name"].clone())}},
                "expires_at": iso_micro(expires),
                "issued_at": iso_micro(now),
            },
            "required_auth_methods": required,
        })
    };
    let mut response = json_response(StatusCode::UNAUTHORIZED, body);
    response.headers_mut().insert(
        "openstack-auth-receipt",
        HeaderValue::from_str(&id).expect("ASCII receipt"),
    );
    response
}

/// `POST /v3/auth/tokens`: every method of the request (and of the receipt
/// it brings) must prove the same user; a user whose multi-factor rules
/// the methods do not meet gets a receipt instead of a token.
async fn issue_token(
    Extension(site): Extension<Arc<Site>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let body = match parse(&body) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let identity = &body["auth"]["identity"];
    let mut methods: Vec<String> = identity["methods"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m.as_str().map(str::to_string))
        .collect();
    let now = SystemTime::now();
    let (user_id, mut project_id, app_cred, inherited_expiry) = {
        let data = site.data.lock().unwrap();
        let mut proofs = Vec::new();
        for method in &methods {
            match prove(&data, identity, method, now) {
                Ok(proof) => proofs.push(proof),
                Err(refused) => return refused,
            }
        }
        let mut user = proofs.first().map(|p| p.user_id.clone());
        if let Some(id) = headers
            .get("openstack-auth-receipt")
            .and_then(|v| v.to_str().ok())
        {
            match data.receipts.get(id).filter(|r| r.2 > now) {
                Some((owner, before, _)) if user.as_ref().is_none_or(|u| u == owner) => {
                    user = Some(owner.clone());
                    let mut all = before.clone();
                    all.extend(methods.iter().filter(|m| !before.contains(m)).cloned());
                    methods = all;
                }
                _ => return unauthorized(),
            }
        }
        let Some(user_id) = user else {
            return bad_request(
                "Expecting to find identity in auth - the server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.",
            );
        };
        if proofs.iter().any(|p| p.user_id != user_id) {
            return unauthorized();
        }
        // Tokens and application credentials stand for a sign-in done.
        let rescoped = methods
            .iter()
            .any(|m| m == "token" || m == "application_credential");
        let record = data.users.iter().find(|u| u["id"] == user_id.as_str());
        if let Some(user) = record
            && !rescoped
            && let Some(required) = unmet_rules(user, &methods)
        {
            let user = user.clone();
            drop(data);
            return receipt(&site, &user, methods, required);
        }
        let first = proofs
            .into_iter()
            .find(|p| p.project_id.is_some() || p.expiry.is_some());
        match first {
            Some(p) => (user_id, p.project_id, p.app_cred, p.expiry),
            None => (user_id, None, None, None),
        }
    };
    let scope = &body["auth"]["scope"];
    let mut domain_id = None;
    let mut system = false;
    let mut trust = None;
    let mut user_id = user_id;
    {
        let data = site.data.lock().unwrap();
        if app_cred.is_none() {
            if let Some(id) = scope["OS-TRUST:trust"]["id"].as_str() {
                match trusts::scope(&data, &user_id, id, now) {
                    Ok(scoped) => {
                        user_id = scoped.user_id;
                        project_id = Some(scoped.project_id);
                        trust = Some(id.to_string());
                    }
                    Err(refused) => return refused,
                }
            } else if scope.get("project").is_some() {
                match find(&data.projects, &scope["project"], &data.domains) {
                    Some(p) => project_id = Some(p["id"].as_str().unwrap().to_string()),
                    None => return unauthorized(),
                }
            } else if scope.get("domain").is_some() {
                let d = &scope["domain"];
                match data.domains.iter().find(|x| {
                    d["id"].as_str().is_some_and(|id| x["id"] == id)
                        || d["name"].as_str().is_some_and(|n| x["name"] == n)
                }) {
                    Some(x) => domain_id = Some(x["id"].as_str().unwrap().to_string()),
                    None => return unauthorized(),
                }
            } else if scope.get("system").is_some() {
                system = true;
            }
        }
        let roles = roles_of(&data, &user_id, project_id.as_deref());
        if project_id.is_some() && trust.is_none() && roles.is_empty() {
            return unauthorized();
        }
        if (domain_id.is_some() || system)
            && !roles_of(&data, &user_id, None)
                .iter()
                .any(|r| r["name"] == "admin")
        {
            return unauthorized();
        }
    }
    let expires = inherited_expiry
        .unwrap_or(now + site.seed.token_ttl)
        .min(now + site.seed.token_ttl);
    let token = Token {
        user_id,
        project_id,
        domain_id,
        system,
        methods: methods.clone(),
        issued: now,
        expires,
        trust,
    };
    let id = site.issue_token(token.clone());
    let app_cred = app_cred
        .as_ref()
        .map(|(id, name)| (id.as_str(), name.as_str()));
    token_body(&site, &token, app_cred).response(StatusCode::CREATED, &id)
}

/// Roles of a user on a project (any project when `project` is `None`),
/// with those they imply, as Keystone puts them in a token.
fn roles_of(data: &crate::site::Data, user: &str, project: Option<&str>) -> Vec<Value> {
    let held = roles::effective(data, user, project);
    let mut roles: Vec<Value> = implied::with_implied(data, held)
        .into_iter()
        .filter_map(|r| data.roles.iter().find(|x| x["id"] == r.as_str()))
        .map(|r| json!({"id": r["id"], "name": r["name"]}))
        .collect();
    roles.dedup();
    roles
}

/// A token body as Keystone answers it, `{"token": {...}}`: the token's
/// fields written straight from the site's data (a thousand sites issue
/// tokens at once: no JSON tree per token), and the catalogue, the same
/// for every token of a project, rendered once by the site and spliced in.
struct TokenBody {
    /// The token object, without the catalogue.
    token: Vec<u8>,
    catalog: Option<Arc<str>>,
}

impl TokenBody {
    fn response(&self, status: StatusCode, subject: &str) -> Response {
        let catalog = self.catalog.as_deref().unwrap_or_default();
        let mut out = Vec::with_capacity(self.token.len() + catalog.len() + 24);
        out.extend_from_slice(br#"{"token":"#);
        out.extend_from_slice(&self.token);
        if let Some(catalog) = &self.catalog {
            out.pop(); // the token object's `}`
            out.extend_from_slice(br#","catalog":"#);
            out.extend_from_slice(catalog.as_bytes());
            out.push(b'}');
        }
        out.push(b'}');
        let mut response = json_bytes(status, Bytes::from(out));
        response.headers_mut().insert(
            "x-subject-token",
            HeaderValue::from_str(subject).expect("ASCII token"),
        );
        response
    }
}

/// A token's fields, in the order Keystone writes them.
#[derive(serde::Serialize)]
struct TokenFields<'a> {
    methods: &'a [String],
    user: UserRef<'a>,
    audit_ids: [String; 1],
    expires_at: String,
    issued_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    project: Option<ProjectRef<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    is_domain: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<IdName<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<SystemAll>,
    #[serde(skip_serializing_if = "Option::is_none")]
    roles: Option<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    application_credential: Option<AppCredRef<'a>>,
    #[serde(rename = "OS-TRUST:trust", skip_serializing_if = "Option::is_none")]
    trust: Option<Value>,
}

#[derive(serde::Serialize)]
struct IdName<'a> {
    id: &'a str,
    name: &'a str,
}

const DEFAULT_DOMAIN: IdName<'static> = IdName {
    id: "default",
    name: "Default",
};

#[derive(serde::Serialize)]
struct UserRef<'a> {
    domain: IdName<'a>,
    id: &'a Value,
    name: &'a Value,
    /// Null, but absent for a federated user.
    #[serde(skip_serializing_if = "Option::is_none")]
    password_expires_at: Option<()>,
    #[serde(rename = "OS-FEDERATION", skip_serializing_if = "Option::is_none")]
    federation: Option<Value>,
}

#[derive(serde::Serialize)]
struct ProjectRef<'a> {
    domain: IdName<'a>,
    id: &'a Value,
    name: &'a Value,
}

#[derive(serde::Serialize)]
struct SystemAll {
    all: bool,
}

#[derive(serde::Serialize)]
struct AppCredRef<'a> {
    id: &'a str,
    name: &'a str,
    restricted: bool,
}

/// The body of `token`; `app_cred` (ID and name) when an application
/// credential made it.
fn token_body(site: &Site, token: &Token, app_cred: Option<(&str, &str)>) -> TokenBody {
    /// The item with this ID, or null.
    fn by_id<'v>(items: &'v [Value], id: &str) -> &'v Value {
        static NONE: Value = Value::Null;
        items.iter().find(|i| i["id"] == id).unwrap_or(&NONE)
    }
    let data = site.data.lock().unwrap();
    let user = by_id(&data.users, &token.user_id);
    let project = (token.project_id.as_deref()).map(|id| by_id(&data.projects, id));
    let mut fields = TokenFields {
        methods: &token.methods,
        user: UserRef {
            domain: DEFAULT_DOMAIN,
            id: &user["id"],
            name: &user["name"],
            password_expires_at: user.get("_federated").is_none().then_some(()),
            federation: user.get("_federated").map(|f| {
                json!({"groups": [], "identity_provider": {"id": f["identity_provider"]},
                       "protocol": {"id": f["protocol"]}})
            }),
        },
        audit_ids: [
            stable_uuid(&format!("{}/audit/{}", site.name, iso_micro(token.issued)))[..22]
                .to_string(),
        ],
        expires_at: iso_micro(token.expires),
        issued_at: iso_micro(token.issued),
        project: None,
        is_domain: None,
        domain: None,
        system: None,
        roles: None,
        application_credential: app_cred.map(|(id, name)| AppCredRef {
            id,
            name,
            restricted: true,
        }),
        trust: None,
    };
    if let (Some(project_id), Some(project)) = (&token.project_id, project) {
        fields.project = Some(ProjectRef {
            domain: DEFAULT_DOMAIN,
            id: &project["id"],
            name: &project["name"],
        });
        fields.is_domain = Some(false);
        match &token.trust {
            // A trust's token has the trust's roles, as the trust keeps
            // them, and no `is_domain`.
            Some(trust) => {
                let (roles, part) = trusts::token_parts(&data, trust);
                fields.roles = Some(roles);
                fields.trust = Some(part);
                fields.is_domain = None;
            }
            None => fields.roles = Some(roles_of(&data, &token.user_id, Some(project_id))),
        }
    } else if let Some(domain_id) = &token.domain_id {
        fields.domain = Some(IdName {
            id: domain_id,
            name: "Default",
        });
        fields.roles = Some(roles_of(&data, &token.user_id, None));
    } else if token.system {
        fields.system = Some(SystemAll { all: true });
        fields.roles = Some(roles_of(&data, &token.user_id, None));
    }
    let body = serde_json::to_vec(&fields).expect("JSON");
    drop(data);
    let scoped = token.project_id.is_some() || token.domain_id.is_some() || token.system;
    let catalog = scoped.then(|| {
        let project_id = token.project_id.as_deref().unwrap_or("");
        site.catalog(project_id, || catalog(site, project_id))
    });
    TokenBody {
        token: body,
        catalog,
    }
}

fn catalog(site: &Site, project_id: &str) -> Value {
    catalog::of_token(&site.data.lock().unwrap(), project_id)
}

/// The site's own region, services and endpoints, at the start.
pub(crate) fn seed_catalog(site: &Site, data: &mut crate::site::Data) {
    catalog::seed(site, data);
}

async fn validate_token(Extension(site): Extension<Arc<Site>>, headers: HeaderMap) -> Response {
    let subject = headers
        .get("x-subject-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    match site.validate(subject) {
        Some(token) => token_body(&site, &token, None).response(StatusCode::OK, subject),
        None => error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Failed to validate token ({subject})"),
        ),
    }
}

async fn revoke_token(Extension(site): Extension<Arc<Site>>, headers: HeaderMap) -> Response {
    let subject = headers
        .get("x-subject-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    match site.data.lock().unwrap().tokens.remove(subject) {
        Some(_) => StatusCode::NO_CONTENT.into_response(),
        None => error(
            S,
            StatusCode::NOT_FOUND,
            &format!("Failed to validate token ({subject})"),
        ),
    }
}

async fn auth_catalog(
    Extension(site): Extension<Arc<Site>>,
    Extension(token): Extension<Token>,
) -> Response {
    let project = token.project_id.unwrap_or_default();
    json_response(
        StatusCode::OK,
        json!({"catalog": catalog(&site, &project), "links": {"self": format!("{}/identity/v3/auth/catalog", site.base()), "previous": null, "next": null}}),
    )
}

pub(crate) fn is_admin(site: &Site, token: &Token) -> bool {
    is_admin_in(&site.data.lock().unwrap(), token)
}

/// [`is_admin`], with the site's data already in hand.
pub(crate) fn is_admin_in(data: &crate::site::Data, token: &Token) -> bool {
    roles_of(data, &token.user_id, token.project_id.as_deref())
        .iter()
        .any(|r| r["name"] == "admin")
        || (token.project_id.is_none()
            && roles_of(data, &token.user_id, None)
                .iter()
                .any(|r| r["name"] == "admin"))
}
