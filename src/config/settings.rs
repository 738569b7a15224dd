//! The settings of the current cloud that can be given from outside
//! clouds.yaml, each once: its clouds.yaml key, its `OS_*` variables and
//! its `--os-*` flag with help. The flags (`cli`), the variables
//! ([`super::Overrides::from_env`]) and the merge of both over the current
//! cloud all read this table.

/// One setting.
pub struct Setting {
    /// The clouds.yaml key it sets: `auth.username`, `region_name`.
    pub key: &'static str,
    /// The `OS_*` variables that set it, the preferred first; the first
    /// also names the flag (`OS_AUTH_URL` is `--os-auth-url`), the others
    /// its aliases (`--os-tenant-name`).
    pub vars: &'static [&'static str],
    /// The flag's value name and help, for a setting that has a flag.
    pub flag: Option<(&'static str, &'static str)>,
}

impl Setting {
    /// The flag's ID among clap's arguments: `os_auth_url`.
    pub fn id(&self) -> String {
        self.vars[0].to_ascii_lowercase()
    }

    /// The flag's long name: `os-auth-url`.
    pub fn long(&self) -> String {
        self.id().replace('_', "-")
    }

    /// The flag's other names, from the other variables: `os-tenant-name`.
    pub fn aliases(&self) -> Vec<String> {
        self.vars[1..]
            .iter()
            .map(|v| v.to_ascii_lowercase().replace('_', "-"))
            .collect()
    }
}

const fn flag(
    key: &'static str,
    vars: &'static [&'static str],
    value: &'static str,
    help: &'static str,
) -> Setting {
    Setting {
        key,
        vars,
        flag: Some((value, help)),
    }
}

const fn var(key: &'static str, vars: &'static [&'static str]) -> Setting {
    Setting {
        key,
        vars,
        flag: None,
    }
}

/// The settings that every site of a command takes, not only the current
/// cloud: a microversion belongs to the command, as `-f` does.
pub const EVERY_SITE: &[&str] = &[
    "compute_api_version",
    "volume_api_version",
    "placement_api_version",
    "image_api_version",
    "network_api_version",
    "identity_api_version",
];

/// The settings, in the order of `--help`.
pub const SETTINGS: &[Setting] = &[
    flag("auth.auth_url", &["OS_AUTH_URL"], "URL", "Keystone's URL"),
    flag(
        "auth_type",
        &["OS_AUTH_TYPE"],
        "TYPE",
        "Authentication type: v3password, v3token, v3applicationcredential, v3totp, v3multifactor, \
         v3oidcpassword, v3oidcclientcredentials, v3oidcaccesstoken, v3oidcauthcode or v3oidcdeviceauthz",
    ),
    flag(
        "auth.auth_methods",
        &["OS_AUTH_METHODS"],
        "METHODS",
        "The methods of v3multifactor, by commas: v3password,v3totp",
    ),
    flag("auth.username", &["OS_USERNAME"], "NAME", "User name"),
    flag("auth.user_id", &["OS_USER_ID"], "ID", "User ID"),
    flag("auth.password", &["OS_PASSWORD"], "PASSWORD", "Password"),
    flag(
        "auth.passcode",
        &["OS_PASSCODE"],
        "PASSCODE",
        "TOTP passcode (v3totp, v3multifactor, or when Keystone asks for one)",
    ),
    flag(
        "auth.project_name",
        &["OS_PROJECT_NAME", "OS_TENANT_NAME"],
        "NAME",
        "Project name",
    ),
    flag(
        "auth.project_id",
        &["OS_PROJECT_ID", "OS_TENANT_ID"],
        "ID",
        "Project ID",
    ),
    flag(
        "auth.user_domain_name",
        &["OS_USER_DOMAIN_NAME"],
        "NAME",
        "Domain of the user name",
    ),
    flag(
        "auth.user_domain_id",
        &["OS_USER_DOMAIN_ID"],
        "ID",
        "Domain ID of the user",
    ),
    flag(
        "auth.project_domain_name",
        &["OS_PROJECT_DOMAIN_NAME"],
        "NAME",
        "Domain of the project name",
    ),
    flag(
        "auth.project_domain_id",
        &["OS_PROJECT_DOMAIN_ID"],
        "ID",
        "Domain ID of the project",
    ),
    flag(
        "auth.domain_name",
        &["OS_DOMAIN_NAME"],
        "NAME",
        "Scope the token to this domain, by name",
    ),
    flag(
        "auth.domain_id",
        &["OS_DOMAIN_ID"],
        "ID",
        "Scope the token to this domain, by ID",
    ),
    flag(
        "auth.default_domain_id",
        &["OS_DEFAULT_DOMAIN", "OS_DEFAULT_DOMAIN_ID"],
        "DOMAIN_ID",
        "The user's and project's domain when clouds.yaml names none (default: `default` for a password)",
    ),
    flag(
        "auth.default_domain_name",
        &["OS_DEFAULT_DOMAIN_NAME"],
        "DOMAIN",
        "The user's and project's domain when clouds.yaml names none, by name",
    ),
    flag(
        "auth.trust_id",
        &["OS_TRUST_ID"],
        "TRUST_ID",
        "Scope the token to this trust: its project and roles, as its trustee",
    ),
    flag(
        "auth.system_scope",
        &["OS_SYSTEM_SCOPE"],
        "SCOPE",
        "Scope the token to the system: `all`",
    ),
    flag("auth.token", &["OS_TOKEN"], "TOKEN", "An existing token"),
    flag(
        "auth.application_credential_id",
        &["OS_APPLICATION_CREDENTIAL_ID"],
        "ID",
        "Application credential ID",
    ),
    flag(
        "auth.application_credential_name",
        &["OS_APPLICATION_CREDENTIAL_NAME"],
        "NAME",
        "Application credential name",
    ),
    flag(
        "auth.application_credential_secret",
        &["OS_APPLICATION_CREDENTIAL_SECRET"],
        "SECRET",
        "Application credential secret",
    ),
    flag(
        "auth.identity_provider",
        &["OS_IDENTITY_PROVIDER"],
        "NAME",
        "Keystone's name of the identity provider (v3oidc*, v3samlpassword)",
    ),
    flag(
        "auth.protocol",
        &["OS_PROTOCOL"],
        "PROTOCOL",
        "The federation protocol at Keystone: `openid` (v3oidc*) or `saml2` (v3samlpassword)",
    ),
    flag(
        "auth.identity_provider_url",
        &["OS_IDENTITY_PROVIDER_URL"],
        "URL",
        "The identity provider's SAML ECP endpoint (v3samlpassword)",
    ),
    flag(
        "auth.client_id",
        &["OS_CLIENT_ID"],
        "ID",
        "The OpenID Connect client (v3oidc*)",
    ),
    flag(
        "auth.client_secret",
        &["OS_CLIENT_SECRET"],
        "SECRET",
        "The OpenID Connect client's secret (v3oidc*)",
    ),
    flag(
        "auth.discovery_endpoint",
        &["OS_DISCOVERY_ENDPOINT"],
        "URL",
        "The provider's discovery document (v3oidc*)",
    ),
    flag(
        "auth.access_token_endpoint",
        &["OS_ACCESS_TOKEN_ENDPOINT"],
        "URL",
        "The provider's token endpoint, if not discovered (v3oidc*)",
    ),
    flag(
        "auth.device_authorization_endpoint",
        &["OS_DEVICE_AUTHORIZATION_ENDPOINT"],
        "URL",
        "The provider's device authorization endpoint, if not discovered (v3oidcdeviceauthz)",
    ),
    flag(
        "auth.access_token",
        &["OS_ACCESS_TOKEN"],
        "TOKEN",
        "A token of the provider (v3oidcaccesstoken)",
    ),
    flag(
        "auth.access_token_type",
        &["OS_ACCESS_TOKEN_TYPE"],
        "TYPE",
        "Which of the provider's tokens Keystone gets: access_token or id_token (v3oidc*)",
    ),
    flag(
        "auth.openid_scope",
        &["OS_OPENID_SCOPE"],
        "SCOPE",
        "The scope asked of the provider (default `openid profile`; v3oidc*)",
    ),
    flag(
        "auth.code",
        &["OS_CODE"],
        "CODE",
        "An authorization code (v3oidcauthcode)",
    ),
    flag(
        "auth.redirect_uri",
        &["OS_REDIRECT_URI"],
        "URI",
        "The client's redirect URI (v3oidcauthcode)",
    ),
    flag(
        "region_name",
        &["OS_REGION_NAME"],
        "REGION",
        "Region to choose endpoints in",
    ),
    flag(
        "interface",
        &["OS_INTERFACE"],
        "INTERFACE",
        "Endpoint interface: public, internal or admin",
    ),
    flag(
        "cacert",
        &["OS_CACERT"],
        "FILE",
        "CA bundle to verify TLS with",
    ),
    flag(
        "compute_api_version",
        &["OS_COMPUTE_API_VERSION"],
        "VERSION",
        "Compute microversion of every request: 2.N, or latest (each site's highest)",
    ),
    flag(
        "volume_api_version",
        &["OS_VOLUME_API_VERSION"],
        "VERSION",
        "Block-storage microversion of every request: 3.N, or latest (each site's highest)",
    ),
    flag(
        "placement_api_version",
        &["OS_PLACEMENT_API_VERSION"],
        "VERSION",
        "Placement microversion of every request: 1.N, or latest (each site's highest)",
    ),
    flag(
        "image_api_version",
        &["OS_IMAGE_API_VERSION"],
        "VERSION",
        "Image API version (2)",
    ),
    flag(
        "network_api_version",
        &["OS_NETWORK_API_VERSION"],
        "VERSION",
        "Network API version (2)",
    ),
    flag(
        "identity_api_version",
        &["OS_IDENTITY_API_VERSION"],
        "VERSION",
        "Identity API version (3)",
    ),
    flag(
        "cert",
        &["OS_CERT"],
        "FILE",
        "Client certificate (PEM), for sites that ask for one",
    ),
    flag(
        "key",
        &["OS_KEY"],
        "FILE",
        "The client certificate's private key (PEM), if not in its file",
    ),
    var("api_timeout", &["OS_API_TIMEOUT"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_and_variable_once() {
        let mut keys: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
        let mut vars: Vec<&str> = SETTINGS
            .iter()
            .flat_map(|s| s.vars.iter().copied())
            .collect();
        let (k, v) = (keys.len(), vars.len());
        keys.sort_unstable();
        keys.dedup();
        vars.sort_unstable();
        vars.dedup();
        assert_eq!((keys.len(), vars.len()), (k, v));
        assert!(vars.iter().all(|v| v.starts_with("OS_")));
        assert_eq!(SETTINGS[0].long(), "os-auth-url");
    }

    #[test]
    fn variables_then_flags_override_the_current_cloud() {
        use crate::cli::Cli;
        use clap::Parser;
        let vars = [
            ("OS_TENANT_NAME", "old"),
            ("OS_PROJECT_NAME", "demo"),
            ("OS_USERNAME", "alice"),
            ("OS_API_TIMEOUT", "5"),
        ];
        let mut overrides = super::super::Overrides::from_env(|name| {
            vars.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
        });
        let cli = Cli::try_parse_from([
            "oscope",
            "--os-username",
            "bob",
            "--os-region-name",
            "r1",
            "token",
            "issue",
        ])
        .unwrap();
        for (key, value) in &cli.auth.values {
            overrides.set(key, Some(value));
        }
        let got: Vec<(&str, &str)> = overrides
            .values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("api_timeout", "5"),
                ("auth.project_name", "demo"),
                ("auth.username", "bob"),
                ("region_name", "r1"),
            ]
        );
    }
}
