//! Quotas as Nova, Cinder and Neutron keep them: a default per resource
//! (Nova's and Cinder's `default` quota class, Neutron's configuration), a
//! project's own values over those, and the checks a `PUT` makes. Each
//! service words its refusals itself.

use std::collections::HashMap;

use serde_json::{Map, Value};

#[derive(Debug, Default)]
pub struct Quotas {
    /// The defaults, in the order the service answers with them.
    defaults: Vec<(String, i64)>,
    /// Each project's own values, over the defaults.
    projects: HashMap<String, HashMap<String, i64>>,
}

/// Why a `PUT` was refused.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// Names the service does not know, in the order given.
    Unknown(Vec<String>),
    /// A value that is not an integer of at least -1.
    Invalid { name: String, value: Value },
}

impl Quotas {
    pub fn new(defaults: &[(&str, i64)]) -> Quotas {
        Quotas {
            defaults: defaults.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            projects: HashMap::new(),
        }
    }

    pub fn defaults(&self) -> Vec<(String, i64)> {
        self.defaults.clone()
    }

    /// A project's quotas: its own values, else the defaults.
    pub fn of(&self, project: &str) -> Vec<(String, i64)> {
        let own = self.projects.get(project);
        self.defaults
            .iter()
            .map(|(k, v)| (k.clone(), own.and_then(|o| o.get(k)).copied().unwrap_or(*v)))
            .collect()
    }

    pub fn limit(&self, project: &str, name: &str) -> i64 {
        self.of(project)
            .into_iter()
            .find(|(k, _)| k == name)
            .map_or(0, |(_, v)| v)
    }

    /// The names, in order.
    pub fn names(&self) -> Vec<String> {
        self.defaults.iter().map(|(k, _)| k.clone()).collect()
    }

    pub fn set(&mut self, project: &str, values: Vec<(String, i64)>) {
        self.projects
            .entry(project.to_string())
            .or_default()
            .extend(values);
    }

    pub fn set_defaults(&mut self, values: Vec<(String, i64)>) {
        for (name, value) in values {
            if let Some(entry) = self.defaults.iter_mut().find(|(k, _)| *k == name) {
                entry.1 = value;
            }
        }
    }

    /// Back to the defaults.
    pub fn revert(&mut self, project: &str) {
        self.projects.remove(project);
    }

    /// Projects with values of their own, in no particular order.
    pub fn customised(&self) -> Vec<String> {
        self.projects.keys().cloned().collect()
    }
}

/// The values of a `PUT`'s body, checked against the `known` names;
/// `ignored` names the keys a service takes but does not store (Nova's
/// `force`, Neutron's `check_limit`). Integers may come as strings, as the
/// services take them.
pub fn parse(
    known: &[String],
    body: &Map<String, Value>,
    ignored: &[&str],
) -> Result<Vec<(String, i64)>, Refusal> {
    let unknown: Vec<String> = body
        .keys()
        .filter(|k| !ignored.contains(&k.as_str()) && !known.contains(k))
        .cloned()
        .collect();
    if !unknown.is_empty() {
        return Err(Refusal::Unknown(unknown));
    }
    let mut values = Vec::new();
    for (name, value) in body {
        if ignored.contains(&name.as_str()) {
            continue;
        }
        let number = match value {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        };
        match number {
            Some(n) if n >= -1 => values.push((name.clone(), n)),
            _ => {
                return Err(Refusal::Invalid {
                    name: name.clone(),
                    value: value.clone(),
                });
            }
        }
    }
    Ok(values)
}

/// `{"name": value, ...}` in the service's order.
pub fn object(values: &[(String, i64)]) -> Map<String, Value> {
    values
        .iter()
        .map(|(k, v)| (k.clone(), Value::from(*v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn projects_override_the_defaults_until_reverted() {
        let mut q = Quotas::new(&[("cores", 20), ("ram", 512)]);
        let body = json!({"cores": "7", "force": true});
        let values = parse(&q.names(), body.as_object().unwrap(), &["force"]).unwrap();
        q.set("p", values);
        assert_eq!(q.limit("p", "cores"), 7);
        assert_eq!(q.limit("other", "cores"), 20);
        q.set_defaults(vec![("ram".into(), 1024)]);
        assert_eq!(q.of("p"), vec![("cores".into(), 7), ("ram".into(), 1024)]);
        q.revert("p");
        assert_eq!(q.limit("p", "cores"), 20);
    }

    #[test]
    fn refuses_unknown_names_and_values_below_minus_one() {
        let q = Quotas::new(&[("cores", 20)]);
        let unknown = json!({"bogus": 1});
        assert_eq!(
            parse(&q.names(), unknown.as_object().unwrap(), &[]),
            Err(Refusal::Unknown(vec!["bogus".into()]))
        );
        let low = json!({"cores": -5});
        assert!(matches!(
            parse(&q.names(), low.as_object().unwrap(), &[]),
            Err(Refusal::Invalid { .. })
        ));
    }
}
