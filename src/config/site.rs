//! One site's settings, typed and checked: how to authenticate, the scope of
//! the token, which interface and region, TLS, timeouts, overrides.
//!
//! clouds.yaml is loose (any key, strings or numbers, old and new names);
//! this is where it becomes a [`SiteConfig`] the session can trust. As in
//! python-openstackclient, `OS_*` variables and `--os-*` flags override the
//! current cloud's settings. Errors name the file, the cloud and the key.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Map, Value};

use super::{Cloud, ConfigError, SETTINGS, error};
use crate::scope::ServiceType;

/// A user, project or domain, by ID or by name (in a domain).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Named {
    pub id: Option<String>,
    pub name: Option<String>,
    /// The domain a name is looked up in, by ID or name.
    pub domain_id: Option<String>,
    pub domain_name: Option<String>,
}

/// A secret a site needs: given (clouds.yaml, secure.yaml, `OS_*`, a
/// flag), the first line a command prints (`auth_commands: {password:
/// ...}`), or asked for on the terminal when the site needs it.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    Given(String),
    Command(String),
    Ask,
}

impl std::fmt::Debug for Secret {
    // Secrets never reach a log, not even through `{:?}`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Secret::Given(_) => "***",
            Secret::Command(_) => "(from a command)",
            Secret::Ask => "(asked for)",
        })
    }
}

/// One of Keystone's authentication methods and what it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Method {
    /// A user's password (`v3password`).
    Password { user: Named, password: Secret },
    /// An existing token, rescoped (`v3token`).
    Token { token: Secret },
    /// An application credential, by ID, or by name with its user.
    ApplicationCredential {
        id: Option<String>,
        name: Option<String>,
        user: Named,
        secret: Secret,
    },
    /// A time-based one-time passcode (`v3totp`).
    Totp { user: Named, passcode: Secret },
    /// Federated: an OpenID Connect provider's access token, exchanged at
    /// Keystone's `OS-FEDERATION` path for a token (`v3oidc*`).
    Oidc(Box<Oidc>),
    /// Federated: a SAML assertion from the identity provider's ECP
    /// endpoint, for the user and password given there (`v3samlpassword`).
    Saml(Box<Saml>),
}

/// A SAML 2.0 ECP sign-in, with keystoneauth's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saml {
    pub identity_provider: String,
    pub protocol: String,
    /// The provider's ECP endpoint, where the user signs in (HTTP Basic).
    pub identity_provider_url: String,
    pub username: String,
    pub password: Secret,
}

/// An OpenID Connect sign-in, with keystoneauth's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Oidc {
    pub identity_provider: String,
    pub protocol: String,
    pub client_id: Option<String>,
    /// A confidential client's secret (HTTP Basic); none for a public one.
    pub client_secret: Option<Secret>,
    pub access_token_endpoint: Option<String>,
    pub discovery_endpoint: Option<String>,
    pub device_authorization_endpoint: Option<String>,
    /// Which token of the provider's answer Keystone gets: `access_token`
    /// or `id_token`.
    pub access_token_type: String,
    pub scope: String,
    pub grant: Grant,
}

/// How the provider's token is got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Grant {
    /// `v3oidcpassword`: the user's password at the provider.
    Password { username: String, password: Secret },
    /// `v3oidcclientcredentials`: the client's own.
    ClientCredentials,
    /// `v3oidcaccesstoken`: a token already got.
    AccessToken { token: Secret },
    /// `v3oidcauthcode`: an authorization code and its redirect URI.
    AuthCode { code: Secret, redirect_uri: String },
    /// `v3oidcdeviceauthz`: the device flow, the user signing in elsewhere.
    Device,
}

impl Method {
    /// Keystone's name of the method.
    pub fn keystone_name(&self) -> &'static str {
        match self {
            Method::Password { .. } => "password",
            Method::Token { .. } => "token",
            Method::ApplicationCredential { .. } => "application_credential",
            Method::Totp { .. } => "totp",
            Method::Oidc(oidc) => match oidc.grant {
                Grant::Password { .. } => "v3oidcpassword",
                Grant::ClientCredentials => "v3oidcclientcredentials",
                Grant::AccessToken { .. } => "v3oidcaccesstoken",
                Grant::AuthCode { .. } => "v3oidcauthcode",
                Grant::Device => "v3oidcdeviceauthz",
            },
            Method::Saml(_) => "v3samlpassword",
        }
    }

    /// Its token comes from Keystone's `OS-FEDERATION` path, not from a
    /// token request.
    pub fn federated(&self) -> bool {
        matches!(self, Method::Oidc(_) | Method::Saml(_))
    }

    /// The secret the method sends, if it sends one.
    pub fn secret(&self) -> Option<&Secret> {
        match self {
            Method::Password { password: s, .. }
            | Method::Token { token: s }
            | Method::ApplicationCredential { secret: s, .. }
            | Method::Totp { passcode: s, .. } => Some(s),
            Method::Oidc(oidc) => match &oidc.grant {
                Grant::Password { password: s, .. }
                | Grant::AccessToken { token: s }
                | Grant::AuthCode { code: s, .. } => Some(s),
                Grant::ClientCredentials | Grant::Device => None,
            },
            Method::Saml(saml) => Some(&saml.password),
        }
    }
}

/// How a site is authenticated to: Keystone's methods, sent together (more
/// than one for `v3multifactor`), and the password and TOTP passcode for a
/// Keystone that answers them with a receipt asking for more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    pub methods: Vec<Method>,
    pub password: Secret,
    pub passcode: Secret,
}

/// Where the command of secret `key` (`auth.password`) is set:
/// `auth_commands.password`. Beside `auth`, not in it: keystoneauth refuses
/// keys of `auth` it does not know, and clouds.yaml files are shared with
/// python-openstackclient.
pub fn command_key(key: &str) -> String {
    format!("auth_commands.{}", key.trim_start_matches("auth."))
}

impl Credentials {
    /// One method; a receipt's password or passcode would be asked for.
    pub fn one(method: Method) -> Credentials {
        Credentials {
            methods: vec![method],
            password: Secret::Ask,
            passcode: Secret::Ask,
        }
    }
}

/// What the token is scoped to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AuthScope {
    Project(Named),
    Domain {
        id: Option<String>,
        name: Option<String>,
    },
    System,
    /// A trust's (`OS-TRUST:trust`): its project and roles, signed in as
    /// its trustee.
    Trust(String),
    /// No scope: a token without a catalogue.
    Unscoped,
}

/// Everything needed to talk to one site.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteConfig {
    /// The canonical site name (`berlin`, `mycloud/RegionTwo`).
    pub name: String,
    /// The cloud of clouds.yaml it comes from.
    pub cloud: String,
    /// The region endpoints are chosen in, if any.
    pub region: Option<String>,
    /// Keystone v3's URL.
    pub auth_url: String,
    pub credentials: Credentials,
    pub scope: AuthScope,
    /// `public`, `internal` or `admin`.
    pub interface: String,
    /// `<service>_interface` (`<service>_endpoint_type`), where a service
    /// is reached at another interface than the others.
    pub interfaces: BTreeMap<ServiceType, String>,
    /// Verify TLS certificates (`verify: false` or `--insecure` turn it off).
    pub verify: bool,
    /// A CA bundle to trust (`cacert`, `--os-cacert`).
    pub cacert: Option<PathBuf>,
    /// A client certificate (`cert`, `--os-cert`) and its key, when not in
    /// the same file (`key`, `--os-key`), for sites that ask for one.
    pub client_cert: Option<(PathBuf, Option<PathBuf>)>,
    /// The site's deadline (`api_timeout`, `--timeout`).
    pub timeout: Option<Duration>,
    /// `<service>_endpoint_override`, else `<service>_endpoint`.
    pub endpoint_overrides: BTreeMap<ServiceType, String>,
    /// `<service>_api_version`.
    pub api_versions: BTreeMap<ServiceType, String>,
    /// Why a service cannot be asked (an API version oscope does not
    /// speak), by service.
    pub refused: BTreeMap<ServiceType, String>,
}

/// A microversion asked for with `<service>_api_version`
/// (`--os-compute-api-version`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Microversion {
    Exact(u32, u32),
    /// The site's highest, from its version document.
    Latest,
}

/// The microversion `text` asks of `service`: none for a service without
/// microversions or for the bare major (`2`, `2.0`: oscope chooses per
/// request), an exact one (`2.79`), or `latest`. `Err` says what is wrong.
pub fn microversion(service: ServiceType, text: &str) -> Result<Option<Microversion>, String> {
    let major = match service {
        ServiceType::Compute => 2,
        ServiceType::BlockStorage => 3,
        ServiceType::Placement => 1,
        _ => return Ok(None),
    };
    let text = text.trim();
    if text == "latest" {
        return Ok(Some(Microversion::Latest));
    }
    let wrong = || format!("expected {major}, {major}.N or latest, found `{text}`");
    let (a, b) = text.split_once('.').unwrap_or((text, "0"));
    let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return Err(wrong());
    };
    match (a == major, b) {
        (false, _) => Err(wrong()),
        (true, 0) => Ok(None),
        (true, minor) => Ok(Some(Microversion::Exact(major, minor))),
    }
}

impl SiteConfig {
    /// The interface `service` is reached at.
    pub fn interface_of(&self, service: ServiceType) -> &str {
        self.interfaces.get(&service).unwrap_or(&self.interface)
    }

    /// The microversion asked of `service`, if any.
    pub fn microversion(&self, service: ServiceType) -> Option<Microversion> {
        let text = self.api_versions.get(&service)?;
        microversion(service, text).ok().flatten()
    }
}

/// Settings from `OS_*` variables and `--os-*` flags, which override the
/// current cloud, and those of them that every site of the command takes
/// ([`super::settings::EVERY_SITE`]). Keys are clouds.yaml's
/// (`auth.username`, `region_name`).
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub values: BTreeMap<String, String>,
    every_site: Option<Box<Overrides>>,
}

impl Overrides {
    /// The overrides `vars` hold (flags are added by the caller, after):
    /// for each setting, its first variable that is set.
    pub fn from_env<'a>(vars: impl Fn(&str) -> Option<&'a str>) -> Overrides {
        let mut overrides = Overrides::default();
        for setting in SETTINGS {
            overrides.set(setting.key, setting.vars.iter().find_map(|v| vars(v)));
        }
        overrides
    }

    /// Sets `key` (a clouds.yaml key) when `value` is given.
    pub fn set(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.values.insert(key.to_string(), value.to_string());
            if super::settings::EVERY_SITE.contains(&key) {
                let every_site = self.every_site.get_or_insert_default();
                every_site.values.insert(key.to_string(), value.to_string());
            }
        }
    }

    /// What a site other than the current cloud takes.
    pub fn every_site(&self) -> Option<&Overrides> {
        self.every_site.as_deref()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Writes the overrides into a cloud's settings.
    pub fn apply(&self, settings: &mut Map<String, Value>) {
        for (key, value) in &self.values {
            match key.split_once('.') {
                Some((outer, inner)) => {
                    let entry = settings
                        .entry(outer.to_string())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if !entry.is_object() {
                        *entry = Value::Object(Map::new());
                    }
                    entry[inner] = Value::String(value.clone());
                }
                None => {
                    settings.insert(key.clone(), Value::String(value.clone()));
                }
            }
        }
    }
}

/// Reads typed values out of one cloud's settings, naming the key in errors.
/// The keys of a user or a project in a cloud's `auth`.
struct NamedKeys {
    id: &'static str,
    name: &'static str,
    /// Another key for the name (`username`), read when `name` is not set.
    name_too: Option<&'static str>,
    domain_id: &'static str,
    domain_name: &'static str,
}

const USER: NamedKeys = NamedKeys {
    id: "auth.user_id",
    name: "auth.user_name",
    name_too: Some("auth.username"),
    domain_id: "auth.user_domain_id",
    domain_name: "auth.user_domain_name",
};

const PROJECT: NamedKeys = NamedKeys {
    id: "auth.project_id",
    name: "auth.project_name",
    name_too: None,
    domain_id: "auth.project_domain_id",
    domain_name: "auth.project_domain_name",
};

struct Reader<'a> {
    cloud: &'a Cloud,
    settings: &'a Map<String, Value>,
}

impl Reader<'_> {
    fn fail(&self, key: &str, message: impl Into<String>) -> ConfigError {
        error(&self.cloud.file, Some(&self.cloud.name), Some(key), message)
    }

    /// A string at `key` (`auth.username`); numbers are taken as text.
    fn string(&self, key: &str) -> Result<Option<String>, ConfigError> {
        let value = match key.split_once('.') {
            Some((outer, inner)) => self.settings.get(outer).and_then(|o| o.get(inner)),
            None => self.settings.get(key),
        };
        match value {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(Value::Bool(b)) => Ok(Some(b.to_string())),
            Some(_) => Err(self.fail(key, "expected a string")),
        }
    }

    /// An interface's name (`internalURL` is `internal`).
    fn interface(&self, key: &str, text: &str) -> Result<String, ConfigError> {
        let interface = text.trim_end_matches("URL").to_ascii_lowercase();
        match interface.as_str() {
            "public" | "internal" | "admin" => Ok(interface),
            _ => Err(self.fail(
                key,
                format!("expected public, internal or admin, found `{interface}`"),
            )),
        }
    }

    /// `<service><suffix>` for each service, with the key it was found at:
    /// openstacksdk's `_get_config`, which reads the official type's key
    /// (`block_storage_api_version`) first, then each alias's in turn
    /// (`volumev3_`, `volumev2_`, `volume_`).
    fn per_service(
        &self,
        suffix: &str,
    ) -> Result<BTreeMap<ServiceType, (String, String)>, ConfigError> {
        let mut found: BTreeMap<ServiceType, (usize, String, String)> = BTreeMap::new();
        for key in self.settings.keys() {
            let Some(name) = key.strip_suffix(suffix) else {
                continue;
            };
            let Some(service) = ServiceType::lookup(name) else {
                continue;
            };
            let Some(value) = self.string(key)? else {
                continue;
            };
            let rank = std::iter::once(service.as_str())
                .chain(service.aliases().iter().copied())
                .position(|n| n.replace('-', "_").eq_ignore_ascii_case(name))
                .unwrap_or(usize::MAX);
            if found.get(&service).is_none_or(|(best, ..)| rank < *best) {
                found.insert(service, (rank, key.clone(), value));
            }
        }
        Ok(found
            .into_iter()
            .map(|(s, (_, k, v))| (s, (k, v)))
            .collect())
    }

    fn boolean(&self, key: &str) -> Result<Option<bool>, ConfigError> {
        match self.settings.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) => match s.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" | "on" => Ok(Some(true)),
                "false" | "no" | "0" | "off" => Ok(Some(false)),
                _ => Err(self.fail(key, format!("expected true or false, found `{s}`"))),
            },
            Some(_) => Err(self.fail(key, "expected true or false")),
        }
    }

    fn seconds(&self, key: &str) -> Result<Option<Duration>, ConfigError> {
        match self.string(key)? {
            None => Ok(None),
            Some(text) => text
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s > 0.0)
                .map(|s| Some(Duration::from_secs_f64(s)))
                .ok_or_else(|| {
                    self.fail(key, format!("expected a number of seconds, found `{text}`"))
                }),
        }
    }

    /// A secret at `key`, else the output of its command in
    /// `auth_commands`, else a question when it is needed.
    fn secret(&self, key: &str) -> Result<Secret, ConfigError> {
        if let Some(value) = self.string(key)? {
            return Ok(Secret::Given(value));
        }
        Ok(match self.string(&command_key(key))? {
            Some(command) => Secret::Command(command),
            None => Secret::Ask,
        })
    }

    /// The methods of `auth_type` (inferred from the secrets given when it
    /// is not set), checked for what each needs.
    fn credentials(&self, domain: &Named) -> Result<Credentials, ConfigError> {
        let auth_type = self.string("auth_type")?;
        let has = |key: &str| -> Result<bool, ConfigError> {
            Ok(self.string(key)?.is_some() || self.string(&command_key(key))?.is_some())
        };
        let names: Vec<String> = match auth_type.as_deref() {
            Some("v3multifactor" | "multifactor") => {
                let listed = match self
                    .settings
                    .get("auth")
                    .and_then(|a| a.get("auth_methods"))
                {
                    Some(Value::Array(items)) => items
                        .iter()
                        .map(|i| i.as_str().map(str::to_string))
                        .collect::<Option<Vec<_>>>()
                        .ok_or_else(|| self.fail("auth.auth_methods", "expected names"))?,
                    _ => self
                        .string("auth.auth_methods")?
                        .unwrap_or_default()
                        .split(',')
                        .map(|m| m.trim().to_string())
                        .filter(|m| !m.is_empty())
                        .collect(),
                };
                if listed.is_empty() {
                    return Err(self.fail(
                        "auth.auth_methods",
                        "missing: v3multifactor needs its methods (`[v3password, v3totp]`)",
                    ));
                }
                listed
            }
            Some(name) => vec![name.to_string()],
            None if has("auth.application_credential_secret")? => {
                vec!["v3applicationcredential".into()]
            }
            None if has("auth.token")? && !has("auth.password")? => vec!["v3token".into()],
            None => vec!["v3password".into()],
        };
        let key = if auth_type
            .as_deref()
            .is_some_and(|t| t.contains("multifactor"))
        {
            "auth.auth_methods"
        } else {
            "auth_type"
        };
        let methods = names
            .iter()
            .map(|name| self.method(name, key, domain))
            .collect::<Result<Vec<_>, _>>()?;
        if methods.len() > 1 && methods.iter().any(Method::federated) {
            return Err(self.fail(
                key,
                "a federated method (v3oidc*, v3samlpassword) signs in alone, not in v3multifactor",
            ));
        }
        Ok(Credentials {
            methods,
            password: self.secret("auth.password")?,
            passcode: self.secret("auth.passcode")?,
        })
    }

    /// One method by its keystoneauth name (`v3password`).
    fn method(&self, name: &str, key: &str, domain: &Named) -> Result<Method, ConfigError> {
        let user = || -> Result<Named, ConfigError> {
            let user = self.named(&USER, domain)?;
            if user.id.is_none() && user.name.is_none() {
                return Err(self.fail(
                    "auth.username",
                    format!("missing: {name} authentication needs a username or user_id"),
                ));
            }
            Ok(user)
        };
        Ok(match name {
            "password" | "v3password" => Method::Password {
                user: user()?,
                password: self.secret("auth.password")?,
            },
            "totp" | "v3totp" => Method::Totp {
                user: user()?,
                passcode: self.secret("auth.passcode")?,
            },
            "token" | "v3token" => Method::Token {
                token: match self.secret("auth.token")? {
                    Secret::Ask => {
                        return Err(
                            self.fail("auth.token", "missing: token authentication needs a token")
                        );
                    }
                    token => token,
                },
            },
            "v3applicationcredential" | "applicationcredential" | "application_credential" => {
                let id = self.string("auth.application_credential_id")?;
                let name = self.string("auth.application_credential_name")?;
                let user = self.named(&USER, domain)?;
                if id.is_none() && (name.is_none() || (user.id.is_none() && user.name.is_none())) {
                    return Err(self.fail(
                        "auth.application_credential_id",
                        "missing: an application credential needs its id, or its name and its user",
                    ));
                }
                Method::ApplicationCredential {
                    id,
                    name,
                    user,
                    secret: self.secret("auth.application_credential_secret")?,
                }
            }
            oidc if oidc.starts_with("v3oidc") => Method::Oidc(Box::new(self.oidc(oidc, key)?)),
            "v3samlpassword" => {
                let required = |k: &str, why: &str| {
                    self.string(k)?
                        .ok_or_else(|| self.fail(k, format!("missing: v3samlpassword needs {why}")))
                };
                Method::Saml(Box::new(Saml {
                    identity_provider: required(
                        "auth.identity_provider",
                        "Keystone's name of the provider",
                    )?,
                    protocol: required("auth.protocol", "the federation protocol (`saml2`)")?,
                    identity_provider_url: required(
                        "auth.identity_provider_url",
                        "the provider's ECP endpoint",
                    )?,
                    username: required("auth.username", "the user's name at the provider")?,
                    password: self.secret("auth.password")?,
                }))
            }
            other => {
                return Err(self.fail(
                    key,
                    format!(
                        "`{other}` is not supported: use v3password, v3token, \
                         v3applicationcredential, v3totp, v3multifactor, a v3oidc method \
                         or v3samlpassword"
                    ),
                ));
            }
        })
    }

    /// An OpenID Connect method (`v3oidcpassword`, ...) and its keys.
    fn oidc(&self, name: &str, key: &str) -> Result<Oidc, ConfigError> {
        let required = |k: &str, why: &str| {
            self.string(k)?
                .ok_or_else(|| self.fail(k, format!("missing: {name} needs {why}")))
        };
        let grant = match name {
            "v3oidcpassword" => Grant::Password {
                username: required("auth.username", "the user's name at the provider")?,
                password: self.secret("auth.password")?,
            },
            "v3oidcclientcredentials" => Grant::ClientCredentials,
            "v3oidcaccesstoken" => Grant::AccessToken {
                token: match self.secret("auth.access_token")? {
                    Secret::Ask => {
                        return Err(
                            self.fail("auth.access_token", "missing: v3oidcaccesstoken needs it")
                        );
                    }
                    token => token,
                },
            },
            "v3oidcauthcode" => Grant::AuthCode {
                code: self.secret("auth.code")?,
                redirect_uri: required("auth.redirect_uri", "the client's redirect URI")?,
            },
            "v3oidcdeviceauthz" => Grant::Device,
            other => {
                return Err(self.fail(
                    key,
                    format!(
                        "`{other}` is not supported: use v3oidcpassword, v3oidcclientcredentials, \
                         v3oidcaccesstoken, v3oidcauthcode or v3oidcdeviceauthz"
                    ),
                ));
            }
        };
        let client_secret = match self.secret("auth.client_secret")? {
            Secret::Ask => None,
            secret => Some(secret),
        };
        if matches!(grant, Grant::ClientCredentials) && client_secret.is_none() {
            return Err(self.fail(
                "auth.client_secret",
                "missing: v3oidcclientcredentials needs the client's secret",
            ));
        }
        let client_id = self.string("auth.client_id")?;
        if client_id.is_none() && !matches!(grant, Grant::AccessToken { .. }) {
            return Err(self.fail("auth.client_id", format!("missing: {name} needs it")));
        }
        let access_token_endpoint = self.string("auth.access_token_endpoint")?;
        let discovery_endpoint = self.string("auth.discovery_endpoint")?;
        let device_authorization_endpoint = self.string("auth.device_authorization_endpoint")?;
        let endpoint_known = match grant {
            Grant::AccessToken { .. } => true,
            Grant::Device => {
                discovery_endpoint.is_some()
                    || device_authorization_endpoint.is_some() && access_token_endpoint.is_some()
            }
            _ => discovery_endpoint.is_some() || access_token_endpoint.is_some(),
        };
        if !endpoint_known {
            return Err(self.fail(
                "auth.discovery_endpoint",
                format!("missing: {name} needs the provider's discovery_endpoint or its endpoints"),
            ));
        }
        Ok(Oidc {
            identity_provider: required(
                "auth.identity_provider",
                "Keystone's name of the provider",
            )?,
            protocol: required("auth.protocol", "the federation protocol (`openid`)")?,
            client_id,
            client_secret,
            access_token_endpoint,
            discovery_endpoint,
            device_authorization_endpoint,
            access_token_type: self
                .string("auth.access_token_type")?
                .unwrap_or_else(|| "access_token".into()),
            scope: self
                .string("auth.openid_scope")?
                .unwrap_or_else(|| "openid profile".into()),
            grant,
        })
    }

    fn named(&self, keys: &NamedKeys, domain_default: &Named) -> Result<Named, ConfigError> {
        let domain_id = self.string(keys.domain_id)?;
        let domain_name = self.string(keys.domain_name)?;
        let (domain_id, domain_name) = if domain_id.is_none() && domain_name.is_none() {
            (
                domain_default.domain_id.clone(),
                domain_default.domain_name.clone(),
            )
        } else {
            (domain_id, domain_name)
        };
        let id = self.string(keys.id)?;
        let name = self.string(keys.name)?;
        let name_too = keys.name_too.map(|k| self.string(k)).transpose()?.flatten();
        Ok(Named {
            id,
            name: name.or(name_too),
            domain_id,
            domain_name,
        })
    }
}

impl SiteConfig {
    /// A site for unit tests: `name` on 127.0.0.1, a token named after it
    /// as credentials (so every name has its own token-cache key),
    /// unscoped, public interface.
    #[cfg(test)]
    pub fn for_tests(name: &str) -> SiteConfig {
        SiteConfig {
            name: name.into(),
            cloud: name.into(),
            region: None,
            auth_url: "http://127.0.0.1:5000/v3".into(),
            credentials: Credentials::one(Method::Token {
                token: Secret::Given(name.into()),
            }),
            scope: AuthScope::Unscoped,
            interface: "public".into(),
            interfaces: BTreeMap::new(),
            verify: true,
            cacert: None,
            client_cert: None,
            timeout: None,
            endpoint_overrides: BTreeMap::new(),
            api_versions: BTreeMap::new(),
            refused: BTreeMap::new(),
        }
    }

    /// Checks and types a cloud's settings (secure.yaml and any overrides
    /// already merged) for the site `name` in `region`.
    pub fn from_cloud(
        name: &str,
        cloud: &Cloud,
        region: Option<&str>,
        overrides: Option<&Overrides>,
    ) -> Result<SiteConfig, ConfigError> {
        // Copied only to be changed: a command over thousands of sites
        // reads most of them as they are.
        if let Some(problem) = &cloud.problem {
            return Err(error(
                &cloud.file,
                Some(&cloud.name),
                Some("profile"),
                problem,
            ));
        }
        // A cloud of one region is one site in it (unless `region_name`
        // says another).
        let only = match cloud.regions.as_slice() {
            [only] => Some(only.as_str()),
            _ => None,
        };
        let region_values = region
            .or(only)
            .and_then(|r| region_values(&cloud.settings, r));
        let mut settings = if region_values.is_none() && overrides.is_none() {
            std::borrow::Cow::Borrowed(&cloud.settings)
        } else {
            let mut settings = cloud.settings.clone();
            if let Some(mut values) = region_values {
                super::read::fix_old_keys(&mut values);
                super::deep_merge(&mut settings, values);
            }
            if let Some(overrides) = overrides {
                overrides.apply(&mut settings);
            }
            std::borrow::Cow::Owned(settings)
        };
        let region_name = region.map(str::to_string).or_else(|| {
            settings
                .get("region_name")
                .and_then(Value::as_str)
                .filter(|r| !r.is_empty())
                .or(only)
                .map(str::to_string)
        });
        if let Some(filled) = fill_templates(&settings, region_name.as_deref()) {
            settings = std::borrow::Cow::Owned(filled);
        }
        if let Some(auth) = settings.get("auth")
            && !auth.is_object()
            && !auth.is_null()
        {
            return Err(error(
                &cloud.file,
                Some(&cloud.name),
                Some("auth"),
                "expected a mapping",
            ));
        }
        let r = Reader {
            cloud,
            settings: &settings,
        };
        let auth_url = r.string("auth.auth_url")?.ok_or_else(|| {
            r.fail(
                "auth.auth_url",
                "missing: every site needs its Keystone's URL",
            )
        })?;
        // python-openstackclient's `--os-default-domain` (`default` unless
        // set): the user's and project's domain for a password or TOTP
        // sign-in that names neither (osc-lib's `_auth_default_domain`).
        let given = (
            r.string("auth.default_domain_id")?,
            r.string("auth.default_domain_name")?,
        );
        let by_password = match r.string("auth_type")?.as_deref() {
            Some(t) => matches!(t, "password" | "v3password" | "v3totp"),
            None => {
                r.string("auth.token")?.is_none()
                    && r.string("auth.application_credential_secret")?.is_none()
            }
        };
        let default_domain = match given {
            (None, None) if by_password => Named {
                domain_id: Some("default".into()),
                ..Named::default()
            },
            (id, name) => Named {
                domain_id: id,
                domain_name: name,
                ..Named::default()
            },
        };
        let credentials = r.credentials(&default_domain)?;
        let project = r.named(&PROJECT, &default_domain)?;
        let project = Named {
            id: project.id.or(r.string("auth.tenant_id")?),
            name: project.name.or(r.string("auth.tenant_name")?),
            ..project
        };
        let app_cred = |m: &Method| matches!(m, Method::ApplicationCredential { .. });
        let scope = if credentials.methods.iter().any(app_cred) {
            // An application credential carries its own project.
            AuthScope::Unscoped
        } else if let Some(trust) = r.string("auth.trust_id")? {
            // A trust brings its project: the cloud's is not asked for.
            AuthScope::Trust(trust)
        } else if project.id.is_some() || project.name.is_some() {
            AuthScope::Project(project)
        } else if let (id @ Some(_), name) | (id, name @ Some(_)) =
            (r.string("auth.domain_id")?, r.string("auth.domain_name")?)
        {
            AuthScope::Domain { id, name }
        } else if r.string("auth.system_scope")?.is_some() {
            AuthScope::System
        } else {
            AuthScope::Unscoped
        };
        let interface = match r.string("interface")? {
            Some(text) => r.interface("interface", &text)?,
            None => "public".to_string(),
        };
        let mut interfaces = r.per_service("_interface")?;
        for (key, text) in interfaces.values_mut() {
            *text = r.interface(key, text)?;
        }
        let api_versions = r.per_service("_api_version")?;
        // A version given by a flag or variable that oscope does not speak
        // fails the site; one from the files (a profile's
        // `volume_api_version: 1`) fails that service's requests.
        for (service, (key, value)) in &api_versions {
            if overrides.is_some_and(|o| o.values.contains_key(key))
                && let Err(why) = microversion(*service, value)
            {
                return Err(r.fail(key, why));
            }
        }
        let refused = api_versions
            .iter()
            .filter_map(|(service, (key, value))| {
                let why = microversion(*service, value).err()?;
                Some((*service, r.fail(key, why).to_string()))
            })
            .collect();
        let mut endpoint_overrides = r.per_service("_endpoint_override")?;
        for (service, found) in r.per_service("_endpoint")? {
            endpoint_overrides.entry(service).or_insert(found);
        }
        let values = |found: BTreeMap<ServiceType, (String, String)>| {
            found.into_iter().map(|(s, (_, v))| (s, v)).collect()
        };
        let verify =
            r.boolean("verify")?.unwrap_or(true) && !r.boolean("insecure")?.unwrap_or(false);
        Ok(SiteConfig {
            name: name.to_string(),
            cloud: cloud.name.clone(),
            region: region_name,
            auth_url,
            credentials,
            scope,
            interface,
            interfaces: values(interfaces),
            verify,
            cacert: r.string("cacert")?.map(PathBuf::from),
            client_cert: match (r.string("cert")?, r.string("key")?) {
                (Some(cert), key) => Some((cert.into(), key.map(PathBuf::from))),
                (None, Some(_)) => {
                    return Err(r.fail("key", "a key without its certificate (`cert`)"));
                }
                (None, None) => None,
            },
            timeout: r.seconds("api_timeout")?,
            endpoint_overrides: values(endpoint_overrides),
            api_versions: values(api_versions),
            refused,
        })
    }
}

/// The settings with `{region_name}` and the other keys' values put in
/// their strings, as openstacksdk formats `auth.auth_url` and every
/// string of a cloud (a profile's `https://{region_name}.example.com`);
/// `None` when no string asks for one. A `{name}` of no key stays as it
/// is (`{project_id}` is put in by the catalogue).
fn fill_templates(
    settings: &Map<String, Value>,
    region: Option<&str>,
) -> Option<Map<String, Value>> {
    let auth_url = settings.get("auth").and_then(|a| a.get("auth_url"));
    let templated = |v: &Value| v.as_str().is_some_and(|s| s.contains('{'));
    let strings = settings
        .iter()
        .filter(|(k, _)| *k != "password")
        .map(|(_, v)| v);
    if !strings.chain(auth_url).any(templated) {
        return None;
    }
    let lookup = |name: &str| -> Option<String> {
        if name == "region_name" {
            return region.map(str::to_string);
        }
        match settings.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
            _ => None,
        }
    };
    let fill = |text: &str| -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after
                .find('}')
                .and_then(|close| Some((close, lookup(&after[..close])?)))
            {
                Some((close, value)) => {
                    out.push_str(&value);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    };
    let mut filled = settings.clone();
    for (key, value) in filled.iter_mut() {
        if key != "password"
            && let Value::String(s) = value
            && s.contains('{')
        {
            *s = fill(s);
        }
    }
    if let Some(Value::String(url)) = filled.get_mut("auth").and_then(|a| a.get_mut("auth_url")) {
        *url = fill(url);
    }
    Some(filled)
}

/// The `values:` of one region in a `regions:` list.
fn region_values(settings: &Map<String, Value>, region: &str) -> Option<Map<String, Value>> {
    settings.get("regions")?.as_array()?.iter().find_map(|r| {
        (r.get("name")?.as_str()? == region).then(|| r.get("values")?.as_object().cloned())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cloud `c` of these settings, read as the files are.
    fn cloud(yaml: &str) -> Cloud {
        let value: Value = serde_yaml_ng::from_str(yaml).unwrap();
        let file = std::path::Path::new("/etc/openstack/clouds.yaml");
        let profiles = super::super::profile::Profiles::offline();
        super::super::read::cloud(file, "c".into(), value, &profiles, &mut Vec::new()).unwrap()
    }

    const BASE: &str = "auth: {auth_url: 'http://k/v3', username: u, password: p, project_name: pr, \
                        user_domain_name: Default, project_domain_name: Default}\n";

    #[test]
    fn settings_are_typed() {
        let site = SiteConfig::from_cloud("c", &cloud(BASE), None, None).unwrap();
        assert_eq!(site.auth_url, "http://k/v3");
        assert_eq!(site.interface, "public");
        assert!(site.verify);
        let [Method::Password { user, password }] = &site.credentials.methods[..] else {
            panic!()
        };
        assert_eq!(
            (user.name.as_deref(), password),
            (Some("u"), &Secret::Given("p".into()))
        );
        assert_eq!(user.domain_name.as_deref(), Some("Default"));
        let AuthScope::Project(project) = &site.scope else {
            panic!()
        };
        assert_eq!(project.name.as_deref(), Some("pr"));

        let more = format!(
            "{BASE}interface: internalURL\nverify: false\napi_timeout: 2.5\ncompute_endpoint_override: http://x\n\
             image_api_version: '2'\nregion_name: R\n"
        );
        let site = SiteConfig::from_cloud("c", &cloud(&more), None, None).unwrap();
        assert_eq!(site.interface, "internal");
        assert!(!site.verify);
        assert_eq!(site.timeout, Some(Duration::from_millis(2500)));
        assert_eq!(site.endpoint_overrides[&ServiceType::Compute], "http://x");
        assert_eq!(site.api_versions[&ServiceType::Image], "2");
        assert_eq!(site.region.as_deref(), Some("R"));
    }

    #[test]
    fn environment_and_flags_override_the_current_cloud() {
        let vars = [
            ("OS_PASSWORD", "from-env"),
            ("OS_PROJECT_NAME", "env-project"),
            ("OS_INTERFACE", "admin"),
        ];
        let mut overrides =
            Overrides::from_env(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| *v));
        overrides.set("auth.project_name", Some("flag-project"));
        let site = SiteConfig::from_cloud("c", &cloud(BASE), None, Some(&overrides)).unwrap();
        let [Method::Password { password, .. }] = &site.credentials.methods[..] else {
            panic!()
        };
        assert_eq!(password, &Secret::Given("from-env".into()));
        let AuthScope::Project(project) = &site.scope else {
            panic!()
        };
        assert_eq!(
            project.name.as_deref(),
            Some("flag-project"),
            "flags win over variables"
        );
        assert_eq!(site.interface, "admin");
        // Emptying the project leaves a domain scope.
        let mut overrides = Overrides::default();
        overrides.set("auth.project_name", Some(""));
        overrides.set("auth.domain_name", Some("Default"));
        let site = SiteConfig::from_cloud("c", &cloud(BASE), None, Some(&overrides)).unwrap();
        assert_eq!(
            site.scope,
            AuthScope::Domain {
                id: None,
                name: Some("Default".into())
            }
        );
    }

    #[test]
    fn auth_methods_are_inferred_or_named() {
        let token = "auth: {auth_url: 'http://k', token: t}\n";
        let site = SiteConfig::from_cloud("c", &cloud(token), None, None).unwrap();
        assert!(matches!(
            site.credentials.methods[..],
            [Method::Token { .. }]
        ));
        let app = "auth: {auth_url: 'http://k', application_credential_id: i, application_credential_secret: s}\n";
        let site = SiteConfig::from_cloud("c", &cloud(app), None, None).unwrap();
        assert!(matches!(
            site.credentials.methods[..],
            [Method::ApplicationCredential { .. }]
        ));
        assert_eq!(
            site.scope,
            AuthScope::Unscoped,
            "the credential carries its project"
        );
        let system = "auth: {auth_url: 'http://k', user_id: u, password: p, system_scope: all}\n";
        assert_eq!(
            SiteConfig::from_cloud("c", &cloud(system), None, None)
                .unwrap()
                .scope,
            AuthScope::System
        );
    }

    #[test]
    fn secrets_are_given_come_from_a_command_or_are_asked_for() {
        let methods = |yaml: &str| {
            SiteConfig::from_cloud("c", &cloud(yaml), None, None)
                .unwrap()
                .credentials
        };
        let asked = methods("auth: {auth_url: 'http://k', username: u}\n");
        assert!(matches!(
            &asked.methods[..],
            [Method::Password {
                password: Secret::Ask,
                ..
            }]
        ));
        assert_eq!(asked.passcode, Secret::Ask);
        let run = methods(
            "auth_commands: {password: 'pass show k'}\nauth: {auth_url: 'http://k', username: u, passcode: '123456'}\n",
        );
        assert!(matches!(
            &run.methods[..],
            [Method::Password { password: Secret::Command(c), .. }] if c == "pass show k"
        ));
        assert_eq!(run.passcode, Secret::Given("123456".into()));
        // Both of keystoneauth's spellings of the methods of v3multifactor.
        for list in ["[v3password, v3totp]", "'v3password,v3totp'"] {
            let both = methods(&format!(
                "auth_type: v3multifactor\nauth_commands: {{passcode: oathtool}}\n\
                 auth: {{auth_url: 'http://k', username: u, password: p, auth_methods: {list}}}\n"
            ));
            let names: Vec<_> = both.methods.iter().map(Method::keystone_name).collect();
            assert_eq!(names, ["password", "totp"], "{list}");
            assert_eq!(
                both.methods[1].secret(),
                Some(&Secret::Command("oathtool".into()))
            );
        }
        let totp = methods("auth_type: v3totp\nauth: {auth_url: 'http://k', user_id: x}\n");
        assert!(matches!(
            &totp.methods[..],
            [Method::Totp {
                passcode: Secret::Ask,
                ..
            }]
        ));
    }

    #[test]
    fn per_region_values_apply_to_that_region() {
        let yaml = format!(
            "{BASE}regions:\n- name: A\n- name: B\n  values:\n    compute_endpoint_override: http://b\n"
        );
        let c = cloud(&yaml);
        assert!(
            SiteConfig::from_cloud("c/A", &c, Some("A"), None)
                .unwrap()
                .endpoint_overrides
                .is_empty()
        );
        let b = SiteConfig::from_cloud("c/B", &c, Some("B"), None).unwrap();
        assert_eq!(b.endpoint_overrides[&ServiceType::Compute], "http://b");
        assert_eq!(b.region.as_deref(), Some("B"));
    }

    #[test]
    fn errors_name_the_file_the_cloud_and_the_key() {
        let cases = [
            (
                "auth: {username: u, password: p}\n",
                "key `auth.auth_url`: missing",
            ),
            (
                "auth_type: v3multifactor\nauth: {auth_url: 'http://k', username: u}\n",
                "key `auth.auth_methods`: missing",
            ),
            (
                "auth_type: v3multifactor\nauth: {auth_url: 'http://k', username: u, auth_methods: [v3password, v3oops]}\n",
                "key `auth.auth_methods`: `v3oops` is not supported",
            ),
            (
                "auth_type: v3totp\nauth: {auth_url: 'http://k', passcode: '1'}\n",
                "key `auth.username`: missing: v3totp authentication needs",
            ),
            (
                "auth: {auth_url: 'http://k', password: p}\n",
                "key `auth.username`: missing",
            ),
            (
                "auth_type: saml\nauth: {auth_url: 'http://k'}\n",
                "key `auth_type`: `saml` is not supported",
            ),
            (
                "interface: outside\nauth: {auth_url: 'http://k', token: t}\n",
                "key `interface`: expected public, internal or admin",
            ),
            (
                "verify: maybe\nauth: {auth_url: 'http://k', token: t}\n",
                "key `verify`: expected true or false",
            ),
            (
                "api_timeout: soon\nauth: {auth_url: 'http://k', token: t}\n",
                "key `api_timeout`: expected a number of seconds",
            ),
            ("auth: [x]\n", "key `auth`: expected a mapping"),
            (
                "auth_type: v3oidcpassword\nauth: {auth_url: 'http://k', identity_provider: i, protocol: openid, \
                 username: u, discovery_endpoint: 'http://i'}\n",
                "key `auth.client_id`: missing: v3oidcpassword needs it",
            ),
            (
                "auth_type: v3oidcclientcredentials\nauth: {auth_url: 'http://k', identity_provider: i, \
                 protocol: openid, client_id: c, discovery_endpoint: 'http://i'}\n",
                "key `auth.client_secret`: missing",
            ),
            (
                "auth_type: v3oidcpassword\nauth: {auth_url: 'http://k', identity_provider: i, protocol: openid, \
                 username: u, client_id: c}\n",
                "key `auth.discovery_endpoint`: missing: v3oidcpassword needs the provider's",
            ),
            (
                "auth_type: v3oidcaccesstoken\nauth: {auth_url: 'http://k', protocol: openid, access_token: t}\n",
                "key `auth.identity_provider`: missing",
            ),
            (
                "auth_type: v3samlpassword\nauth: {auth_url: 'http://k', identity_provider: i, \
                 protocol: saml2, username: u}\n",
                "key `auth.identity_provider_url`: missing: v3samlpassword needs the provider's ECP endpoint",
            ),
            (
                "auth_type: v3samlpassword\nauth: {auth_url: 'http://k', identity_provider: i, \
                 protocol: saml2, identity_provider_url: 'http://i'}\n",
                "key `auth.username`: missing: v3samlpassword needs the user's name",
            ),
            (
                "auth_type: v3multifactor\nauth: {auth_url: 'http://k', username: u, identity_provider: i, \
                 protocol: saml2, identity_provider_url: 'http://i', auth_methods: [v3password, v3samlpassword]}\n",
                "key `auth.auth_methods`: a federated method (v3oidc*, v3samlpassword) signs in alone",
            ),
            (
                "auth: {auth_url: {a: 1}, token: t}\n",
                "key `auth.auth_url`: expected a string",
            ),
        ];
        for (yaml, want) in cases {
            let error = SiteConfig::from_cloud("c", &cloud(yaml), None, None)
                .unwrap_err()
                .to_string();
            assert!(
                error.starts_with("/etc/openstack/clouds.yaml: cloud `c`: "),
                "{error}"
            );
            assert!(error.contains(want), "{yaml:?}: {error}");
        }
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let site = SiteConfig::from_cloud("c", &cloud(BASE), None, None).unwrap();
        let text = format!("{site:?}");
        assert!(
            text.contains("password: ***") && !text.contains("\"p\""),
            "{text}"
        );
    }
}
