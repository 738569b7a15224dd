//! clouds.yaml into JSON values: serde_yaml_ng reads the text, then merge
//! keys (`<<: *defaults`) are applied as openstacksdk's PyYAML applies them.

use serde_json::{Map, Value};

/// The document as JSON values; `Err` is serde_yaml_ng's message, which
/// says the line and column.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut value = serde_yaml_ng::from_str(text).map_err(|e| e.to_string())?;
    if text.contains("<<") {
        merge_keys(&mut value, &mut Vec::new())?;
    }
    Ok(value)
}

/// Applies YAML's merge keys (`<<: *defaults`, `<<: [*a, *b]`), as
/// openstacksdk's PyYAML does and serde_yaml_ng, reading straight into
/// JSON values, does not (it keeps `<<` as a key): a mapping gets the
/// merged mappings' keys, the first listed winning, and its own keys over
/// them, in PyYAML's order. Merged mappings are merged first. A `<<` that
/// was quoted is merged too (libyaml's value no longer says). `path` is
/// where `value` is, for the error.
fn merge_keys(value: &mut Value, path: &mut Vec<String>) -> Result<(), String> {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                path.push(format!("[{i}]"));
                merge_keys(item, path)?;
                path.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                path.push(key.clone());
                merge_keys(item, path)?;
                path.pop();
            }
            let Some(merged) = map.shift_remove("<<") else {
                return Ok(());
            };
            let sources = match merged {
                Value::Object(one) => vec![one],
                Value::Array(many) => many
                    .into_iter()
                    .map(|m| match m {
                        Value::Object(m) => Ok(m),
                        other => Err(merge_error(path, &other)),
                    })
                    .collect::<Result<_, _>>()?,
                other => return Err(merge_error(path, &other)),
            };
            // PyYAML's order: the last listed first, each over the ones
            // listed after it, then the mapping's own keys.
            let mut joined = Map::new();
            for source in sources.into_iter().rev() {
                joined.extend(source);
            }
            joined.extend(std::mem::take(map));
            *map = joined;
        }
        _ => {}
    }
    Ok(())
}

fn merge_error(path: &[String], found: &Value) -> String {
    let place = match path {
        [] => "the top level".to_string(),
        path => format!("`{}`", path.join(".").replace(".[", "[")),
    };
    format!(
        "the merge key `<<` at {place} takes a mapping or a list of mappings, found {}",
        super::read::kind(found)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keys_are_applied_as_pyyaml_applies_them() {
        let text = "\
x-auth: &auth
  username: admin
  password: secret
x-base: &base
  interface: public
  region_name: Base
x-more: &more
  region_name: More
  verify: false
x-site: &site
  <<: *base
  identity_api_version: 3
clouds:
  berlin:
    <<: *site
    auth:
      <<: *auth
      auth_url: http://berlin
    region_name: Berlin
  paris:
    <<: [*more, *base]
    sites:
      - {<<: *auth, username: other}
";
        let value = parse(text).unwrap();
        let berlin = &value["clouds"]["berlin"];
        // Merged keys first, then the mapping's own, which win.
        assert_eq!(
            berlin.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["interface", "region_name", "identity_api_version", "auth"]
        );
        assert_eq!(berlin["region_name"], "Berlin");
        assert_eq!(berlin["interface"], "public", "a merge inside a merge");
        assert_eq!(berlin["auth"]["username"], "admin");
        assert_eq!(berlin["auth"]["auth_url"], "http://berlin");
        // In a list of merged mappings the first listed wins.
        let paris = &value["clouds"]["paris"];
        assert_eq!(
            paris.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["interface", "region_name", "verify", "sites"]
        );
        assert_eq!(paris["region_name"], "More");
        assert_eq!(paris["verify"], false);
        assert_eq!(paris["interface"], "public");
        assert_eq!(paris["sites"][0]["username"], "other");
        assert_eq!(paris["sites"][0]["password"], "secret");
        assert!(!value.to_string().contains("<<"), "{value}");
    }

    #[test]
    fn a_merge_key_of_something_else_says_where() {
        for (text, place, found) in [
            ("a:\n  b:\n    <<: 3\n", "`a.b`", "a number"),
            ("a:\n  - c: {<<: [{x: 1}, y]}\n", "`a[0].c`", "a string"),
            ("<<: [[]]\n", "the top level", "an empty list"),
        ] {
            let error = parse(text).unwrap_err();
            assert_eq!(
                error,
                format!(
                    "the merge key `<<` at {place} takes a mapping or a list of mappings, \
                     found {found}"
                ),
                "{text:?}"
            );
        }
        // A `<<` in a value is only text.
        assert_eq!(
            parse("a: &x {p: 'a<<b'}\nb: *x\n").unwrap()["b"]["p"],
            "a<<b"
        );
    }
}
