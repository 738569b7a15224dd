//! The files' texts read into clouds and groups: YAML (or JSON) through
//! `yaml`, each cloud checked for the shape openstacksdk expects, and
//! errors that name the file, the cloud and the key.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::profile::Profiles;
use super::{Cloud, ConfigError, error, yaml};
use crate::scope::Expr;

/// Reads a YAML or JSON file into a JSON value (YAML is a superset of JSON).
fn read_value(file: &Path, text: &str) -> Result<Value, ConfigError> {
    // Straight into JSON values: no YAML tree to build and convert.
    yaml::parse(text).map_err(|e| error(file, None, None, format!("not valid YAML: {e}")))
}

/// The `clouds:` mapping of a clouds.yaml or secure.yaml.
pub(super) fn read_clouds(file: &Path, text: &str) -> Result<Map<String, Value>, ConfigError> {
    match read_value(file, text)? {
        Value::Null => Ok(Map::new()),
        Value::Object(mut top) => match top.remove("clouds") {
            None | Some(Value::Null) => Ok(Map::new()),
            Some(Value::Object(clouds)) => Ok(clouds),
            Some(other) => Err(error(
                file,
                None,
                Some("clouds"),
                format!("expected a mapping of cloud names, found {}", kind(&other)),
            )),
        },
        other => Err(error(
            file,
            None,
            None,
            format!("expected a mapping, found {}", kind(&other)),
        )),
    }
}

/// Merges `over` into `base`: mappings key by key, anything else replaced.
pub(crate) fn deep_merge(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(b)), Value::Object(o)) => deep_merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// One cloud of the files, as openstacksdk's loader makes it: its
/// profile's settings under its own, openstacksdk's older key names
/// moved to today's, and its regions (its own, else its profile's).
pub(super) fn cloud(
    file: &Path,
    name: String,
    value: Value,
    profiles: &Profiles,
    warnings: &mut Vec<String>,
) -> Result<Cloud, ConfigError> {
    let Value::Object(own) = value else {
        return Err(error(
            file,
            Some(&name),
            None,
            format!("expected a mapping of settings, found {}", kind(&value)),
        ));
    };
    let own = normalize_keys(own);
    let mut problem = None;
    let profile = match own.get("profile").or_else(|| own.get("cloud")) {
        Some(Value::String(profile)) if !profile.is_empty() => {
            match profiles.expand(&name, profile) {
                Ok(expanded) => {
                    warnings.extend(expanded.warning);
                    normalize_keys(expanded.settings)
                }
                Err(why) => {
                    problem = Some(why);
                    Map::new()
                }
            }
        }
        _ => Map::new(),
    };
    let regions = match regions(file, &name, &own)? {
        Some(regions) => regions,
        None => regions(file, &name, &profile)?.unwrap_or_default(),
    };
    // A cloud's own `region_name` is its one region: a profile's list,
    // with the values of its regions, is not the cloud's.
    let own_region_only = !own.contains_key("regions") && own.contains_key("region_name");
    let mut settings = profile;
    auth_update(&mut settings, own);
    settings.remove("cloud");
    if own_region_only {
        settings.remove("regions");
    }
    fix_old_keys(&mut settings);
    Ok(Cloud {
        name,
        regions,
        settings,
        file: file.to_path_buf(),
        problem,
    })
}

/// A cloud's regions, as openstacksdk lists them: `regions:` (names, or
/// mappings of `name` and `values`), else `region_name` (a list, or names
/// separated by commas); `None` when it names none.
fn regions(
    file: &Path,
    cloud: &str,
    settings: &Map<String, Value>,
) -> Result<Option<Vec<String>>, ConfigError> {
    let entry = |i: usize, r: &Value| match r {
        Value::String(s) => Ok(s.clone()),
        Value::Object(m) if m.keys().all(|k| k == "name" || k == "values") => m
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| {
                error(
                    file,
                    Some(cloud),
                    Some(&format!("regions[{i}]")),
                    "no `name`",
                )
            }),
        _ => Err(error(
            file,
            Some(cloud),
            Some(&format!("regions[{i}]")),
            "expected a region name or a mapping of `name` and `values`",
        )),
    };
    let names = match (settings.get("regions"), settings.get("region_name")) {
        (Some(Value::Array(list)), _) => list
            .iter()
            .enumerate()
            .map(|(i, r)| entry(i, r))
            .collect::<Result<Vec<_>, _>>()?,
        (
            Some(other @ (Value::String(_) | Value::Object(_) | Value::Number(_) | Value::Bool(_))),
            _,
        ) => {
            return Err(error(
                file,
                Some(cloud),
                Some("regions"),
                format!("expected a list of regions, found {}", kind(other)),
            ));
        }
        (_, Some(Value::String(names))) => names
            .split(',')
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect(),
        (_, Some(Value::Array(list))) => list
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .collect(),
        _ => return Ok(None),
    };
    Ok(Some(names))
}

/// openstacksdk's `_auth_update`: `over`'s keys replace `base`'s, but for
/// `auth`, whose keys are replaced one by one.
pub(super) fn auth_update(base: &mut Map<String, Value>, over: Map<String, Value>) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(Value::Object(b)), Value::Object(o)) if key == "auth" => b.extend(o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// openstacksdk's `normalize_keys`: `-` in keys is `_` (`region-name`).
pub(super) fn normalize_keys(settings: Map<String, Value>) -> Map<String, Value> {
    if !has_dash(&settings) {
        return settings;
    }
    settings
        .into_iter()
        .map(|(key, value)| {
            let value = match value {
                Value::Object(inner) => Value::Object(normalize_keys(inner)),
                other => other,
            };
            (key.replace('-', "_"), value)
        })
        .collect()
}

fn has_dash(settings: &Map<String, Value>) -> bool {
    settings.iter().any(|(key, value)| {
        key.contains('-') || matches!(value, Value::Object(inner) if has_dash(inner))
    })
}

/// The older keys openstacksdk still reads, moved where they are read
/// today (its `magic_fixes`): `auth_plugin` is `auth_type`, a
/// `<service>_endpoint_type` is `<service>_interface`, a
/// `<service>_timeout` is `api_timeout`, `tenant_*` is `project_*`, a
/// project's or user's keys beside `auth` go into it, and a `domain_id`
/// of a project-scoped cloud is the user's and project's.
pub(super) fn fix_old_keys(settings: &mut Map<String, Value>) {
    let old = |key: &str| {
        matches!(
            key,
            "auth_plugin" | "tenant_id" | "tenant_name" | "auth_token" | "token"
        ) || key.ends_with("endpoint_type")
            || (key.ends_with("timeout") && key != "timeout" && key != "api_timeout")
            || AUTH_KEYS.iter().any(|(target, _)| *target == key)
    };
    let auth_old = |auth: &Map<String, Value>| {
        [
            "tenant_id",
            "tenant_name",
            "auth_token",
            "domain_id",
            "domain_name",
        ]
        .iter()
        .any(|k| auth.contains_key(*k))
    };
    let needed = settings.keys().any(|k| old(k))
        || settings
            .get("auth")
            .and_then(Value::as_object)
            .is_some_and(auth_old);
    if !needed {
        return;
    }
    if let Some(plugin) = settings.remove("auth_plugin") {
        settings.entry("auth_type").or_insert(plugin);
    }
    let keys: Vec<String> = settings.keys().cloned().collect();
    for key in keys {
        if key.ends_with("timeout") && key != "timeout" && key != "api_timeout" {
            let value = settings.remove(&key).unwrap_or_default();
            settings.insert("api_timeout".into(), value);
        } else if let Some(service) = key.strip_suffix("endpoint_type") {
            let value = settings.remove(&key).unwrap_or_default();
            settings.insert(format!("{service}interface"), value);
        }
    }
    let mut auth = match settings.remove("auth") {
        Some(Value::Object(auth)) => auth,
        _ => Map::new(),
    };
    // Later keys win, and a key beside `auth` over one inside it.
    for (target, keys) in AUTH_KEYS {
        let mut found = None;
        for key in *keys {
            if let Some(value) = auth.remove(*key) {
                found = Some(value);
            }
            if let Some(value) = settings.remove(*key) {
                found = Some(value);
            }
        }
        if let Some(value) = found.filter(|v| !v.is_null() && v != "") {
            auth.insert(target.to_string(), value);
        }
    }
    let project_scoped = ["project_id", "project_name"]
        .iter()
        .any(|k| auth.contains_key(*k) || settings.contains_key(*k));
    if project_scoped {
        for (shared, own) in [
            ("domain_id", ["user_domain_id", "project_domain_id"]),
            ("domain_name", ["user_domain_name", "project_domain_name"]),
        ] {
            if let Some(value) = auth.remove(shared) {
                for key in own {
                    auth.entry(key).or_insert_with(|| value.clone());
                }
            }
        }
    }
    settings.insert("auth".into(), Value::Object(auth));
}

/// openstacksdk's `_fix_backwards_auth`: each key of `auth` and the older
/// names it is also given by, in the order they are read.
const AUTH_KEYS: &[(&str, &[&str])] = &[
    ("domain_id", &["domain_id"]),
    ("domain_name", &["domain_name"]),
    ("user_domain_id", &["user_domain_id"]),
    ("user_domain_name", &["user_domain_name"]),
    ("project_domain_id", &["project_domain_id"]),
    ("project_domain_name", &["project_domain_name"]),
    ("token", &["auth_token", "token"]),
    ("passcode", &["passcode"]),
    ("project_id", &["tenant_id", "project_id"]),
    ("project_name", &["tenant_name", "project_name"]),
];

/// The `groups:` of oscope's own file. A group is a list of sites (all of
/// them, `&`) or the text of any scope expression.
pub(super) fn read_groups(
    file: &Path,
    text: &str,
) -> Result<BTreeMap<String, String>, ConfigError> {
    let top = match read_value(file, text)? {
        Value::Null => return Ok(BTreeMap::new()),
        Value::Object(top) => top,
        other => {
            return Err(error(
                file,
                None,
                None,
                format!("expected a mapping, found {}", kind(&other)),
            ));
        }
    };
    let groups = match top.get("groups") {
        None | Some(Value::Null) => return Ok(BTreeMap::new()),
        Some(Value::Object(groups)) => groups,
        Some(other) => {
            return Err(error(
                file,
                None,
                Some("groups"),
                format!("expected a mapping of group names, found {}", kind(other)),
            ));
        }
    };
    groups
        .iter()
        .map(|(name, value)| {
            let key = format!("groups.{name}");
            let definition = match value {
                Value::String(expr) => expr.clone(),
                Value::Array(sites) if !sites.is_empty() => sites
                    .iter()
                    .map(|s| match s {
                        Value::String(site) => Ok(Expr::Site(site.clone()).to_string()),
                        other => Err(error(
                            file,
                            None,
                            Some(&key),
                            format!("expected site names, found {}", kind(other)),
                        )),
                    })
                    .collect::<Result<Vec<_>, _>>()?
                    .join(" & "),
                other => {
                    return Err(error(
                        file,
                        None,
                        Some(&key),
                        format!(
                            "expected a list of sites or a scope expression, found {}",
                            kind(other)
                        ),
                    ));
                }
            };
            Ok((name.clone(), definition))
        })
        .collect()
}

/// A value's kind in words, for messages.
pub(super) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(a) if a.is_empty() => "an empty list",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}
