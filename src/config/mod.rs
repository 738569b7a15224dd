//! Where the sites come from: clouds.yaml, secure.yaml and oscope's own file.
//!
//! Files are found and merged as openstacksdk does it, so that an operator's
//! existing clouds.yaml works unchanged: the first `clouds.{yaml,yml,json}`
//! of `OS_CLIENT_CONFIG_FILE`, the current directory, `~/.config/openstack`
//! and `/etc/openstack`, with the first `secure.*` of the same places
//! (`OS_CLIENT_SECURE_FILE` first) deep-merged over it. Each cloud is a site;
//! a cloud with a `regions:` list is one site per region (`cloud/region`).
//! oscope's own file (`OSCOPE_CONFIG`, else `~/.config/oscope/config.yaml`)
//! holds what clouds.yaml has no key for, such as `@group`s.
//!
//! Everything is read through [`Environment`], so tests set variables and
//! directories without touching the process.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::scope::Directory;

mod profile;
mod read;
mod settings;
mod site;

use profile::Profiles;
pub use profile::{Fetch, fetch};
use read::{cloud, deep_merge, read_clouds, read_groups};
pub(crate) mod yaml;

pub use settings::{SETTINGS, Setting};
pub use site::{
    AuthScope, Credentials, Grant, Method, Microversion, Named, Oidc, Overrides, Saml, Secret,
    SiteConfig, command_key,
};

/// A configuration file that cannot be used, with what and where.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", file.display(), place(cloud, key))]
pub struct ConfigError {
    /// The file at fault.
    pub file: PathBuf,
    /// The cloud at fault, when the fault is inside one.
    pub cloud: Option<String>,
    /// The key at fault (`auth.auth_url`), when one is.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
}

fn place(cloud: &Option<String>, key: &Option<String>) -> String {
    let cloud = cloud
        .as_ref()
        .map(|c| format!(": cloud `{c}`"))
        .unwrap_or_default();
    let key = key
        .as_ref()
        .map(|k| format!(": key `{k}`"))
        .unwrap_or_default();
    cloud + &key
}

/// The process environment as configuration sees it.
#[derive(Clone, Debug, Default)]
pub struct Environment {
    /// Environment variables.
    pub vars: HashMap<String, String>,
    /// The current directory.
    pub cwd: PathBuf,
    /// The user's home directory, if known.
    pub home: Option<PathBuf>,
    /// Where system-wide files live (`/etc` outside tests).
    pub etc: PathBuf,
    /// How a profile URL's document is fetched: [`fetch`] unless a test
    /// says.
    pub fetch: Option<Fetch>,
}

impl Environment {
    /// The environment of this process.
    pub fn from_process() -> Self {
        let vars: HashMap<String, String> = std::env::vars().collect();
        let home = vars
            .get("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        Environment {
            vars,
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
            home,
            etc: PathBuf::from("/etc"),
            fetch: None,
        }
    }

    /// A variable's value, if set and not empty.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    fn config_home(&self) -> Option<PathBuf> {
        self.var("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| self.home.as_ref().map(|h| h.join(".config")))
    }

    /// The directories searched for clouds.yaml and secure.yaml, in order.
    fn openstack_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = vec![self.cwd.clone()];
        dirs.extend(self.config_home().map(|c| c.join("openstack")));
        dirs.push(self.etc.join("openstack"));
        dirs
    }
}

/// One cloud of clouds.yaml, secure.yaml merged in.
#[derive(Clone, Debug, PartialEq)]
pub struct Cloud {
    /// Its key under `clouds:`.
    pub name: String,
    /// Its `regions:` (names only), else its `region_name`, else nothing.
    pub regions: Vec<String>,
    /// Everything the files say of it, for authentication.
    pub settings: Map<String, Value>,
    /// The clouds.yaml it came from.
    pub file: PathBuf,
    /// Why its profile cannot be used (a URL that could not be fetched, a
    /// cloud that no longer exists): its sites fail with it.
    pub problem: Option<String>,
}

/// Everything the files say: clouds, and groups of sites.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The clouds.yaml in use, if one was found.
    pub clouds_file: Option<PathBuf>,
    /// The secure.yaml merged over it, if one was found.
    pub secure_file: Option<PathBuf>,
    /// oscope's own file, if one was found.
    pub oscope_file: Option<PathBuf>,
    /// Clouds in file order.
    pub clouds: Vec<Cloud>,
    /// Groups of sites: name (without `@`) to an expression's text.
    pub groups: BTreeMap<String, String>,
    /// What to tell the user about the files (a deprecated or unknown
    /// vendor profile).
    pub warnings: Vec<String>,
    /// Site name to its cloud's and region's places, made at the first
    /// [`Config::site`]: a command over thousands of sites looks up each.
    index: OnceLock<HashMap<String, (usize, Option<usize>)>>,
}

impl Config {
    /// Finds and reads every configuration file.
    pub fn load(env: &Environment) -> Result<Config, ConfigError> {
        let clouds_file = find(
            env.var("OS_CLIENT_CONFIG_FILE"),
            &env.openstack_dirs(),
            "clouds",
        );
        let secure_file = find(
            env.var("OS_CLIENT_SECURE_FILE"),
            &env.openstack_dirs(),
            "secure",
        );
        let secure_file = secure_file.filter(|_| clouds_file.is_some());
        let oscope_file = match env.var("OSCOPE_CONFIG") {
            Some(path) => Some(PathBuf::from(path)),
            None => env
                .config_home()
                .map(|c| c.join("oscope").join("config.yaml"))
                .filter(|p| p.is_file()),
        };
        let read = |file: &Option<PathBuf>| -> Result<Option<(PathBuf, String)>, ConfigError> {
            file.as_ref()
                .map(|f| {
                    fs::read_to_string(f)
                        .map(|text| (f.clone(), text))
                        .map_err(|e| error(f, None, None, e.to_string()))
                })
                .transpose()
        };
        let (clouds, secure, oscope) = (
            read(&clouds_file)?,
            read(&secure_file)?,
            read(&oscope_file)?,
        );
        let profiles = Profiles::new(env.openstack_dirs(), env.fetch.unwrap_or(fetch));
        Config::read(
            borrowed(&clouds),
            borrowed(&secure),
            borrowed(&oscope),
            &profiles,
        )
    }

    /// The configuration these texts make: a clouds.yaml, a secure.yaml
    /// merged over it, and oscope's own file, each with the path its
    /// errors name. No file is read: what `load` found, or what a fuzzer
    /// made up.
    /// Profiles come from openstacksdk's vendor files only: no
    /// clouds-public.yaml is read and no URL fetched.
    pub fn from_texts(
        clouds: Option<(&Path, &str)>,
        secure: Option<(&Path, &str)>,
        oscope: Option<(&Path, &str)>,
    ) -> Result<Config, ConfigError> {
        Config::read(clouds, secure, oscope, &Profiles::offline())
    }

    fn read(
        clouds: Option<(&Path, &str)>,
        secure: Option<(&Path, &str)>,
        oscope: Option<(&Path, &str)>,
        profiles: &Profiles,
    ) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        if let Some((file, text)) = clouds {
            let mut clouds = read_clouds(file, text)?;
            if let Some((secure, text)) = secure {
                deep_merge(&mut clouds, read_clouds(secure, text)?);
                config.secure_file = Some(secure.to_path_buf());
            }
            let warnings = &mut config.warnings;
            config.clouds = clouds
                .into_iter()
                .map(|(name, value)| cloud(file, name, value, profiles, warnings))
                .collect::<Result<_, _>>()?;
            config.clouds_file = Some(file.to_path_buf());
        }
        if let Some((file, text)) = oscope {
            config.groups = read_groups(file, text)?;
            config.oscope_file = Some(file.to_path_buf());
        }
        Ok(config)
    }

    /// The sites, their other names, and the groups, for scope resolution.
    ///
    /// A cloud without regions, or with one, is one site named after the
    /// cloud (`cloud/region` is another name for it). A cloud with several
    /// regions is one site per region, `cloud/region`, and the bare cloud
    /// name stands for the first.
    pub fn directory(&self) -> Directory {
        let sites = self.places().map(|(site, ..)| site).collect();
        let mut aliases = Vec::new();
        for cloud in &self.clouds {
            match cloud.regions.as_slice() {
                [] => {}
                [only] => aliases.push((format!("{}/{only}", cloud.name), cloud.name.clone())),
                [first, ..] => {
                    aliases.push((cloud.name.clone(), format!("{}/{first}", cloud.name)))
                }
            }
        }
        Directory::new(sites, aliases, self.groups.clone())
    }

    /// Each site's canonical name (see [`Config::directory`]), with the
    /// places of its cloud and, for a cloud of several regions, its region.
    fn places(&self) -> impl Iterator<Item = (String, usize, Option<usize>)> + '_ {
        self.clouds.iter().enumerate().flat_map(move |(i, cloud)| {
            let regions = match cloud.regions.len() {
                0 | 1 => vec![None],
                n => (0..n).map(Some).collect(),
            };
            regions
                .into_iter()
                .filter_map(move |j| Some((self.place(i, j)?, i, j)))
        })
    }

    /// The canonical name of the site at these places, if they are one.
    fn place(&self, i: usize, j: Option<usize>) -> Option<String> {
        let cloud = self.clouds.get(i)?;
        match (cloud.regions.len(), j) {
            (0 | 1, None) => Some(cloud.name.clone()),
            (n, Some(j)) if n > 1 && j < n => Some(format!("{}/{}", cloud.name, cloud.regions[j])),
            _ => None,
        }
    }

    /// Adds the cloud python-openstackclient calls `envvars` when there is no
    /// clouds.yaml but `OS_AUTH_URL` (or `--os-auth-url`) says where to go.
    pub fn add_environment_cloud(&mut self, overrides: &Overrides) {
        if self.clouds.is_empty() && overrides.values.contains_key("auth.auth_url") {
            self.clouds.push(Cloud {
                name: "envvars".to_string(),
                regions: overrides
                    .values
                    .get("region_name")
                    .cloned()
                    .into_iter()
                    .collect(),
                settings: Map::new(),
                file: PathBuf::from("<environment>"),
                problem: None,
            });
        }
    }

    /// The settings of a site (a canonical name from [`Config::directory`]).
    /// `overrides` apply when the site's cloud is the current cloud.
    pub fn site(
        &self,
        name: &str,
        current: Option<&str>,
        overrides: &Overrides,
    ) -> Result<SiteConfig, ConfigError> {
        let (cloud, region) = self.find(name).ok_or_else(|| ConfigError {
            file: self.clouds_file.clone().unwrap_or_default(),
            cloud: Some(name.to_string()),
            key: None,
            message: "no such cloud".to_string(),
        })?;
        let overrides = match current == Some(cloud.name.as_str()) {
            true => Some(overrides),
            false => overrides.every_site(),
        };
        SiteConfig::from_cloud(name, cloud, region, overrides)
    }

    /// The cloud and region of a site, through the index; a site the
    /// index does not have right (the clouds changed after it was made)
    /// is looked for again among all of them.
    fn find(&self, name: &str) -> Option<(&Cloud, Option<&str>)> {
        let index = self.index.get_or_init(|| {
            let mut index = HashMap::new();
            for (site, i, j) in self.places() {
                index.entry(site).or_insert((i, j));
            }
            index
        });
        let (i, j) = match index.get(name) {
            Some(&(i, j)) if self.place(i, j).as_deref() == Some(name) => (i, j),
            _ => self
                .places()
                .find_map(|(site, i, j)| (site == name).then_some((i, j)))?,
        };
        let cloud = &self.clouds[i];
        Some((cloud, j.map(|j| cloud.regions[j].as_str())))
    }

    /// The cloud the current-cloud rules pick: `--os-cloud`, `OS_CLOUD`, or
    /// the only cloud there is.
    pub fn current_cloud(&self, flag: Option<&str>, env: &Environment) -> Option<String> {
        flag.or_else(|| env.var("OS_CLOUD"))
            .map(str::to_string)
            .or_else(|| match self.clouds.as_slice() {
                [only] => Some(only.name.clone()),
                _ => None,
            })
    }
}

/// The first of `explicit`, then `<dir>/<stem>.{yaml,yml,json}` that exists.
fn find(explicit: Option<&str>, dirs: &[PathBuf], stem: &str) -> Option<PathBuf> {
    let explicit = explicit.map(PathBuf::from).filter(|p| p.is_file());
    explicit.or_else(|| {
        dirs.iter()
            .flat_map(|d| ["yaml", "yml", "json"].map(|ext| d.join(format!("{stem}.{ext}"))))
            .find(|p| p.is_file())
    })
}

fn error(
    file: &Path,
    cloud: Option<&str>,
    key: Option<&str>,
    message: impl Into<String>,
) -> ConfigError {
    ConfigError {
        file: file.to_path_buf(),
        cloud: cloud.map(str::to_string),
        key: key.map(str::to_string),
        message: message.into(),
    }
}

fn borrowed(file: &Option<(PathBuf, String)>) -> Option<(&Path, &str)> {
    file.as_ref().map(|(f, s)| (f.as_path(), s.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch environment: cwd, home and etc under one temporary directory.
    struct Scratch {
        dir: tempfile::TempDir,
        env: Environment,
    }

    impl Scratch {
        fn new() -> Scratch {
            let dir = tempfile::tempdir().unwrap();
            let env = Environment {
                vars: HashMap::new(),
                cwd: dir.path().join("cwd"),
                home: Some(dir.path().join("home")),
                etc: dir.path().join("etc"),
                fetch: Some(|url| Err(format!("{url} is not fetched in tests"))),
            };
            Scratch { dir, env }
        }

        fn write(&self, relative: &str, text: &str) -> PathBuf {
            let path = self.dir.path().join(relative);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, text).unwrap();
            path
        }

        fn set(&mut self, name: &str, value: &str) {
            self.env.vars.insert(name.into(), value.into());
        }

        fn load(&self) -> Result<Config, ConfigError> {
            Config::load(&self.env)
        }

        fn sites(&self) -> Vec<String> {
            self.load().unwrap().directory().sites().to_vec()
        }
    }

    fn clouds(names: &[&str]) -> String {
        let mut text = String::from("clouds:\n");
        for name in names {
            text += &format!("  {name}:\n    auth:\n      auth_url: http://127.0.0.1/{name}\n");
        }
        text
    }

    #[test]
    fn search_path_first_found_wins() {
        let mut s = Scratch::new();
        assert!(s.load().unwrap().clouds.is_empty());
        s.write("etc/openstack/clouds.yaml", &clouds(&["etc"]));
        assert_eq!(s.sites(), ["etc"]);
        s.write("home/.config/openstack/clouds.yml", &clouds(&["home"]));
        assert_eq!(s.sites(), ["home"]);
        s.set(
            "XDG_CONFIG_HOME",
            s.dir.path().join("xdg").to_str().unwrap(),
        );
        s.write("xdg/openstack/clouds.json", r#"{"clouds": {"xdg": {}}}"#);
        assert_eq!(s.sites(), ["xdg"]);
        s.write("cwd/clouds.yaml", &clouds(&["cwd"]));
        assert_eq!(s.sites(), ["cwd"]);
        let explicit = s.write("elsewhere/my.yaml", &clouds(&["explicit"]));
        s.set("OS_CLIENT_CONFIG_FILE", explicit.to_str().unwrap());
        assert_eq!(s.sites(), ["explicit"]);
        assert_eq!(s.load().unwrap().clouds_file, Some(explicit));
        // A file named but missing falls back to the search, as openstacksdk does.
        s.set("OS_CLIENT_CONFIG_FILE", "/nonexistent/clouds.yaml");
        assert_eq!(s.sites(), ["cwd"]);
    }

    #[test]
    fn secure_file_is_deep_merged() {
        let mut s = Scratch::new();
        s.write(
            "cwd/clouds.yaml",
            "clouds:\n  a:\n    auth:\n      auth_url: http://x\n      username: u\n    region_name: R\n",
        );
        s.write(
            "home/.config/openstack/secure.yaml",
            "clouds:\n  a:\n    auth:\n      password: p\n  b:\n    auth:\n      password: q\n",
        );
        let config = s.load().unwrap();
        let a = &config.clouds[0];
        assert_eq!(a.settings["auth"]["username"], "u");
        assert_eq!(a.settings["auth"]["password"], "p");
        assert_eq!(a.settings["auth"]["auth_url"], "http://x");
        assert_eq!(a.settings["region_name"], "R");
        // A cloud only in secure.yaml is still a cloud, as openstacksdk merges.
        assert_eq!(s.sites(), ["a", "b"]);
        let secure = s.write(
            "secure-here.yaml",
            "clouds:\n  a:\n    auth:\n      password: z\n",
        );
        s.set("OS_CLIENT_SECURE_FILE", secure.to_str().unwrap());
        assert_eq!(
            s.load().unwrap().clouds[0].settings["auth"]["password"],
            "z"
        );
    }

    #[test]
    fn anchors_and_merge_keys_make_clouds_as_in_openstacksdk() {
        let s = Scratch::new();
        s.write(
            "cwd/clouds.yaml",
            "x-common: &common\n  identity_api_version: 3\n  auth: &auth\n    username: admin\n    \
             user_domain_name: Default\nclouds:\n  berlin:\n    <<: *common\n    auth:\n      \
             <<: *auth\n      auth_url: http://berlin\n    region_name: Berlin\n",
        );
        let config = s.load().unwrap();
        assert_eq!(s.sites(), ["berlin"]);
        let berlin = &config.clouds[0].settings;
        assert_eq!(berlin["auth"]["username"], "admin");
        assert_eq!(berlin["auth"]["auth_url"], "http://berlin");
        assert_eq!(berlin["identity_api_version"], 3);
        assert_eq!(config.clouds[0].regions, ["Berlin"]);
    }

    #[test]
    fn regions_make_sites_and_aliases() {
        let s = Scratch::new();
        s.write(
            "cwd/clouds.yaml",
            "clouds:\n  one: {region_name: R1}\n  many:\n    regions: [A, {name: B, values: {}}]\n  plain: {}\n",
        );
        let directory = s.load().unwrap().directory();
        assert_eq!(directory.sites(), ["one", "many/A", "many/B", "plain"]);
        assert_eq!(directory.site("one/R1").unwrap(), "one");
        assert_eq!(directory.site("many").unwrap(), "many/A");
        assert_eq!(directory.site("MANY/b").unwrap(), "many/B");
    }

    #[test]
    fn sites_are_found_by_name_also_after_the_clouds_change() {
        let s = Scratch::new();
        s.write(
            "cwd/clouds.yaml",
            "clouds:\n  one: {region_name: R1, auth: {auth_url: 'http://one', token: t}}\n  \
             many:\n    auth: {auth_url: 'http://many', token: t}\n    regions: [A, B]\n",
        );
        let mut config = s.load().unwrap();
        let none = Overrides::default();
        let site = |c: &Config, name: &str| c.site(name, None, &none).map(|s| s.region);
        assert_eq!(site(&config, "one").unwrap().as_deref(), Some("R1"));
        assert_eq!(site(&config, "many/B").unwrap().as_deref(), Some("B"));
        assert!(site(&config, "many").is_err(), "an alias is not a site");
        // The index was made at the first look-up; the clouds change.
        config.clouds.swap(0, 1);
        config.clouds[0].regions.pop();
        assert!(
            site(&config, "many").is_ok(),
            "one region left: the cloud is the site"
        );
        assert!(site(&config, "many/B").is_err());
        assert_eq!(site(&config, "one").unwrap().as_deref(), Some("R1"));
    }

    #[test]
    fn groups_from_oscopes_file() {
        let mut s = Scratch::new();
        s.write(
            "home/.config/oscope/config.yaml",
            "groups:\n  eu: [berlin, \"New York\"]\n  edge: 'a | @eu'\n",
        );
        let groups = s.load().unwrap().groups;
        assert_eq!(groups["eu"], "berlin & \"New York\"");
        assert_eq!(groups["edge"], "a | @eu");
        let other = s.write("o.yaml", "groups: {x: [a]}\n");
        s.set("OSCOPE_CONFIG", other.to_str().unwrap());
        assert_eq!(s.load().unwrap().groups["x"], "a");
    }

    #[test]
    fn current_cloud() {
        let mut s = Scratch::new();
        s.write("cwd/clouds.yaml", &clouds(&["only"]));
        let config = s.load().unwrap();
        assert_eq!(config.current_cloud(None, &s.env).as_deref(), Some("only"));
        s.set("OS_CLOUD", "env");
        assert_eq!(config.current_cloud(None, &s.env).as_deref(), Some("env"));
        assert_eq!(
            config.current_cloud(Some("flag"), &s.env).as_deref(),
            Some("flag")
        );
        s.write("cwd/clouds.yaml", &clouds(&["a", "b"]));
        s.env.vars.clear();
        assert_eq!(s.load().unwrap().current_cloud(None, &s.env), None);
    }

    #[test]
    fn bad_files_name_the_file_the_cloud_and_the_key() {
        let cases = [
            (
                "clouds: [a, b]\n",
                "key `clouds`: expected a mapping of cloud names, found a list",
            ),
            (
                "clouds:\n  a: 3\n",
                "cloud `a`: expected a mapping of settings, found a number",
            ),
            (
                "clouds:\n  a: {regions: x}\n",
                "cloud `a`: key `regions`: expected a list of regions, found a string",
            ),
            (
                "clouds:\n  a: {regions: [3]}\n",
                "cloud `a`: key `regions[0]`: expected a region name",
            ),
            (
                "clouds:\n  a: {auth: [\n",
                "not valid YAML: did not find expected node content at line 3 column 1",
            ),
            ("- 1\n", "expected a mapping, found a list"),
        ];
        for (text, want) in cases {
            let s = Scratch::new();
            let file = s.write("cwd/clouds.yaml", text);
            let error = s.load().unwrap_err().to_string();
            assert!(error.starts_with(&file.display().to_string()), "{error}");
            assert!(error.contains(want), "{text:?}: {error}");
        }
        let s = Scratch::new();
        s.write("home/.config/oscope/config.yaml", "groups:\n  g: 3\n");
        let error = s.load().unwrap_err().to_string();
        assert!(
            error.contains(
                "key `groups.g`: expected a list of sites or a scope expression, found a number"
            ),
            "{error}"
        );
    }
}
