//! Vendor profiles: a cloud's `profile:` (or its older name `cloud:`)
//! takes a public cloud's defaults, as openstacksdk's loader does. A
//! profile is, in that order, an entry of `public-clouds:` in a
//! clouds-public.yaml, one of openstacksdk's vendor files (carried in
//! `vendors/`, parsed only when named), or a URL whose
//! `/.well-known/openstack/api` document gives it. A vendor file may name
//! another profile (ovh and vexxhost name their URLs), which then stands
//! in for it. The profile's settings go under the cloud's own: keys
//! replaced, `auth` merged key by key.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::{Map, Value};

/// Fetches a profile URL's discovery document (a test's stand-in for
/// the network, or [`fetch`]).
pub type Fetch = fn(&str) -> Result<Value, String>;

/// openstacksdk's vendor files, by file name; each names itself inside.
static VENDORS: &[(&str, &str)] = &[
    ("auro", include_str!("vendors/auro.json")),
    ("betacloud", include_str!("vendors/betacloud.json")),
    ("binero", include_str!("vendors/binero.json")),
    ("bluebox", include_str!("vendors/bluebox.json")),
    ("catalyst", include_str!("vendors/catalyst.json")),
    ("citycloud", include_str!("vendors/citycloud.json")),
    ("conoha", include_str!("vendors/conoha.json")),
    ("dreamcompute", include_str!("vendors/dreamcompute.json")),
    ("elastx", include_str!("vendors/elastx.json")),
    (
        "entercloudsuite",
        include_str!("vendors/entercloudsuite.json"),
    ),
    ("fuga", include_str!("vendors/fuga.json")),
    ("ibmcloud", include_str!("vendors/ibmcloud.json")),
    ("internap", include_str!("vendors/internap.json")),
    (
        "limestonenetworks",
        include_str!("vendors/limestonenetworks.yaml"),
    ),
    ("otc-swiss", include_str!("vendors/otc-swiss.json")),
    ("otc", include_str!("vendors/otc.json")),
    ("ovh-us", include_str!("vendors/ovh-us.json")),
    ("ovh", include_str!("vendors/ovh.json")),
    ("rackspace", include_str!("vendors/rackspace.json")),
    ("switchengines", include_str!("vendors/switchengines.json")),
    ("ultimum", include_str!("vendors/ultimum.json")),
    ("unitedstack", include_str!("vendors/unitedstack.json")),
    ("vexxhost", include_str!("vendors/vexxhost.json")),
    ("zetta", include_str!("vendors/zetta.json")),
];

/// Where the profiles of one reading of the files come from.
pub(super) struct Profiles {
    /// Where clouds-public.yaml is looked for, at the first profile.
    dirs: Vec<PathBuf>,
    public: std::cell::OnceCell<Map<String, Value>>,
    fetch: Fetch,
    /// URL profiles already fetched, by URL: a profile is fetched once.
    fetched: RefCell<HashMap<String, Found>>,
}

/// A profile looked for: its settings, none by that name, or why not.
type Found = Result<Option<Map<String, Value>>, String>;

/// A cloud's profile, expanded.
#[derive(Debug)]
pub(super) struct Expanded {
    /// The settings it gives, under the cloud's own.
    pub settings: Map<String, Value>,
    /// What to tell the user (a deprecated or unknown profile).
    pub warning: Option<String>,
}

impl Profiles {
    pub(super) fn new(dirs: Vec<PathBuf>, fetch: Fetch) -> Profiles {
        Profiles {
            dirs,
            public: Default::default(),
            fetch,
            fetched: Default::default(),
        }
    }

    /// Profiles without clouds-public.yaml or the network (the fuzzers').
    pub(super) fn offline() -> Profiles {
        Profiles::new(Vec::new(), |_| Err("not fetched".into()))
    }

    /// The profile `name` of the cloud `cloud`, as openstacksdk's
    /// `_expand_vendor_profile` finds it. `Err` when it cannot be used: a
    /// cloud that was shut down, or a URL that cannot be fetched.
    pub(super) fn expand(&self, cloud: &str, name: &str) -> Result<Expanded, String> {
        if let Some(Value::Object(settings)) = self.public().get(name) {
            return Ok(Expanded {
                settings: settings.clone(),
                warning: None,
            });
        }
        let Some(mut settings) = self.profile(name)? else {
            return Ok(Expanded {
                settings: Map::new(),
                warning: Some(format!(
                    "no vendor profile `{name}` for the cloud `{cloud}` (neither one of \
                     openstacksdk's nor a URL)"
                )),
            });
        };
        if let Some(Value::String(nested)) = settings.remove("profile")
            && let Some(found) = self.profile(&nested)?
        {
            settings = found;
        }
        let status = settings.remove("status");
        let message = match settings.remove("message") {
            Some(Value::String(m)) if !m.is_empty() => format!(": {m}"),
            _ => String::new(),
        };
        let warning = match status.as_ref().and_then(Value::as_str) {
            Some("shutdown") => {
                return Err(format!(
                    "profile `{name}` is a cloud that no longer exists{message}"
                ));
            }
            Some("deprecated") => Some(format!("profile `{name}` is deprecated{message}")),
            _ => None,
        };
        Ok(Expanded { settings, warning })
    }

    /// clouds-public.yaml's `public-clouds:`; an unreadable file is none,
    /// as openstacksdk skips it.
    fn public(&self) -> &Map<String, Value> {
        self.public.get_or_init(|| {
            let text = super::find(None, &self.dirs, "clouds-public")
                .and_then(|f| std::fs::read_to_string(f).ok());
            match text.map(|t| super::yaml::parse(&t)) {
                Some(Ok(Value::Object(mut top))) => match top.remove("public-clouds") {
                    Some(Value::Object(clouds)) => clouds,
                    _ => Map::new(),
                },
                _ => Map::new(),
            }
        })
    }

    /// openstacksdk's `vendors.get_profile`: a vendor file, else the
    /// discovery document at a URL's origin, with the vendor file of the
    /// name the document gives over it.
    fn profile(&self, name: &str) -> Found {
        if let Some(settings) = vendor(name) {
            return Ok(Some(settings));
        }
        let Some(origin) = origin(name) else {
            return Ok(None);
        };
        let url = format!("{origin}/.well-known/openstack/api");
        if let Some(known) = self.fetched.borrow().get(&url) {
            return known.clone();
        }
        let found = (self.fetch)(&url)
            .map_err(|e| format!("profile `{name}` could not be fetched from {url}: {e}"))
            .and_then(|document| {
                let Some(Value::Object(mut settings)) = document.get("profile").cloned() else {
                    return Err(format!("{url} has no `profile` mapping"));
                };
                if let Some(named) = document
                    .get("name")
                    .and_then(Value::as_str)
                    .and_then(vendor)
                {
                    super::read::deep_merge(&mut settings, named);
                }
                settings.remove("profile");
                Ok(Some(settings))
            });
        self.fetched.borrow_mut().insert(url, found.clone());
        found
    }
}

/// The `profile:` of one of openstacksdk's vendor files.
fn vendor(name: &str) -> Option<Map<String, Value>> {
    let (_, text) = VENDORS.iter().find(|(file, _)| *file == name)?;
    match super::yaml::parse(text).ok()?.get_mut("profile")?.take() {
        Value::Object(settings) => Some(settings),
        _ => None,
    }
}

/// `scheme://host[:port]` of a URL, as Python's `urlparse` finds a
/// network location; `None` for a plain name.
fn origin(name: &str) -> Option<&str> {
    let (scheme, rest) = name.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let valid_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    (valid_scheme && !host.is_empty()).then(|| &name[..scheme.len() + 3 + host.len()])
}

/// A profile URL's discovery document over HTTPS (or HTTP, when the URL
/// says so), TLS verified, within openstacksdk's ten seconds. Fetched once
/// per process: a batch of commands asks once.
pub fn fetch(url: &str) -> Result<Value, String> {
    static FETCHED: std::sync::Mutex<Option<HashMap<String, Value>>> = std::sync::Mutex::new(None);
    let mut fetched = FETCHED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(document) = fetched.get_or_insert_default().get(url) {
        return Ok(document.clone());
    }
    let get = async {
        let client = reqwest::Client::builder()
            .use_rustls_tls()
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|e| e.to_string())?;
        let answer = client.get(url).send().await.map_err(|e| {
            // reqwest's own words name the URL; the cause is below them.
            let mut text = e.to_string();
            let mut cause = std::error::Error::source(&e);
            while let Some(c) = cause {
                text = format!("{text}: {c}");
                cause = c.source();
            }
            text
        })?;
        let status = answer.status();
        if !status.is_success() {
            return Err(status.to_string());
        }
        answer.json::<Value>().await.map_err(|e| e.to_string())
    };
    // The files are read inside a command's runtime, and for completion
    // outside any.
    let document = match tokio::runtime::Handle::try_current() {
        Ok(handle) => tokio::task::block_in_place(|| handle.block_on(get)),
        Err(_) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?
            .block_on(get),
    }?;
    fetched
        .get_or_insert_default()
        .insert(url.to_string(), document.clone());
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vendor_file_is_listed_under_the_name_it_gives_itself() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/config/vendors");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|f| f.ends_with(".json") || f.ends_with(".yaml"))
            .collect();
        files.sort();
        let listed: Vec<&str> = VENDORS.iter().map(|(name, _)| *name).collect();
        let stems: Vec<&str> = files
            .iter()
            .map(|f| f.rsplit_once('.').unwrap().0)
            .collect();
        assert_eq!(listed, stems);
        for (name, text) in VENDORS {
            let document = crate::config::yaml::parse(text).unwrap();
            assert_eq!(document["name"], *name);
            assert!(vendor(name).is_some(), "{name}");
        }
    }

    #[test]
    fn origins_are_found_as_python_finds_a_network_location() {
        assert_eq!(origin("https://vexxhost.com"), Some("https://vexxhost.com"));
        assert_eq!(
            origin("http://127.0.0.1:8080/x/y?z"),
            Some("http://127.0.0.1:8080")
        );
        for plain in ["ovh", "vexxhost.com", "//host", "https://", "1x://h"] {
            assert_eq!(origin(plain), None, "{plain}");
        }
    }

    fn answers(url: &str) -> Result<Value, String> {
        match url {
            "https://ovhcloud.com/.well-known/openstack/api" => Ok(serde_json::json!({
                "name": "ovh",
                "profile": {"auth": {"auth_url": "https://auth.cloud.ovh.net/"},
                            "regions": ["BHS", "GRA"], "identity_api_version": "3",
                            "status": "active"}
            })),
            "https://gone.example/.well-known/openstack/api" => Ok(serde_json::json!({
                "name": "gone", "profile": {"status": "shutdown", "message": "closed in 2020"}
            })),
            _ => Err("404 Not Found".into()),
        }
    }

    #[test]
    fn a_vendor_that_names_its_url_takes_the_document_there() {
        let profiles = Profiles::new(Vec::new(), answers);
        let ovh = profiles.expand("mine", "ovh").unwrap();
        assert_eq!(
            ovh.settings["auth"]["auth_url"],
            "https://auth.cloud.ovh.net/"
        );
        assert_eq!(ovh.settings["regions"], serde_json::json!(["BHS", "GRA"]));
        assert!(!ovh.settings.contains_key("status") && ovh.warning.is_none());
        let citycloud = profiles.expand("mine", "citycloud").unwrap();
        assert_eq!(
            citycloud.settings["auth"]["auth_url"],
            "https://{region_name}.citycloud.com:5000/v3/"
        );
        let fuga = profiles.expand("mine", "fuga").unwrap();
        assert!(
            fuga.warning
                .unwrap()
                .starts_with("profile `fuga` is deprecated")
        );
        let gone = profiles.expand("mine", "https://gone.example").unwrap_err();
        assert_eq!(
            gone,
            "profile `https://gone.example` is a cloud that no longer exists: closed in 2020"
        );
        let missing = profiles
            .expand("mine", "https://nowhere.example/x")
            .unwrap_err();
        assert_eq!(
            missing,
            "profile `https://nowhere.example/x` could not be fetched from \
             https://nowhere.example/.well-known/openstack/api: 404 Not Found"
        );
        let unknown = profiles.expand("mine", "nosuch").unwrap();
        assert!(unknown.settings.is_empty());
        assert!(
            unknown
                .warning
                .unwrap()
                .contains("no vendor profile `nosuch`")
        );
    }
}
