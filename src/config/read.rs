//! The files' texts read into clouds and groups: YAML (or JSON) through
//! `yaml`, each cloud checked for the shape openstacksdk expects, and
//! errors that name the file, the cloud and the key.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

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

pub(super) fn cloud(file: &Path, name: String, value: Value) -> Result<Cloud, ConfigError> {
    let Value::Object(settings) = value else {
        return Err(error(
            file,
            Some(&name),
            None,
            format!("expected a mapping of settings, found {}", kind(&value)),
        ));
    };
    let region_name = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    let regions = match settings.get("regions") {
        None | Some(Value::Null) => settings
            .get("region_name")
            .and_then(region_name)
            .into_iter()
            .collect(),
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, r)| {
                region_name(r).ok_or_else(|| {
                    error(
                        file,
                        Some(&name),
                        Some(&format!("regions[{i}]")),
                        "expected a region name or a mapping with `name`",
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => {
            return Err(error(
                file,
                Some(&name),
                Some("regions"),
                format!("expected a list of regions, found {}", kind(other)),
            ));
        }
    };
    Ok(Cloud {
        name,
        regions,
        settings,
        file: file.to_path_buf(),
    })
}

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
