//! clouds.yaml into JSON values.
//!
//! libyaml (under serde_yaml_ng) reads some 30 MB/s: a clouds.yaml of a
//! thousand sites was most of oscope's start-up. Yet nearly every
//! clouds.yaml, and every generated one, is block mappings of one-line
//! scalars, which [`simple`] reads line by line, about four times faster. It
//! reads only what it cannot get wrong and declines the rest: a multi-line
//! or block scalar, an escape, an anchor, alias or tag, a flow mapping,
//! a mapping inside a sequence, a tab, a byte that is not printable ASCII,
//! a name given twice, a plain scalar that could be a float or an integer
//! in any form but plain decimal. libyaml then reads the whole text, so
//! that the value (and any error) is always serde_yaml_ng's own: tests
//! compare the two on generated texts, and so does the `config` fuzz
//! target. On that path merge keys (`<<: *defaults`) are then applied,
//! as openstacksdk's PyYAML applies them.

use serde_json::{Map, Number, Value};

/// The document as JSON values; `Err` is serde_yaml_ng's message, which
/// says the line and column.
pub fn parse(text: &str) -> Result<Value, String> {
    if let Some(value) = simple(text) {
        return Ok(value);
    }
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
/// was quoted is merged too (libyaml's value no longer says); [`simple`]
/// never reads a plain `<<`. `path` is where `value` is, for the error.
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
        super::kind(found)
    )
}

/// A document of block mappings, block sequences and one-line scalars as
/// serde_yaml_ng would read it, or `None` for anything else (see the
/// module).
pub fn simple(text: &str) -> Option<Value> {
    let bytes = text.as_bytes();
    let printable = bytes.iter().enumerate().all(|(i, &b)| match b {
        b' '..=b'~' | b'\n' => true,
        b'\r' => bytes.get(i + 1) == Some(&b'\n'),
        _ => false,
    });
    if !printable {
        return None;
    }
    let lines: Vec<Line> = text
        .split('\n')
        .filter_map(|raw| {
            let content = raw.trim_start_matches(' ');
            let text = content.trim_end_matches(['\r', ' ']);
            (!text.is_empty() && !text.starts_with('#')).then(|| Line {
                indent: raw.len() - content.len(),
                text,
            })
        })
        .collect();
    let mut reader = Reader { lines, at: 0 };
    let first = reader.lines.first()?.indent;
    let top = reader.mapping(first, 0)?;
    (reader.at == reader.lines.len()).then_some(Value::Object(top))
}

/// A line with something on it (not blank, not only a comment).
struct Line<'t> {
    indent: usize,
    /// After the indentation, trailing spaces trimmed.
    text: &'t str,
}

struct Reader<'t> {
    lines: Vec<Line<'t>>,
    at: usize,
}

/// Deeper than this, [`simple`] declines: the reader recurses per level.
const MAX_DEPTH: usize = 64;

impl Reader<'_> {
    fn indent(&self) -> Option<usize> {
        self.lines.get(self.at).map(|l| l.indent)
    }

    /// The `key: value` lines at `indent`, and what is indented under them.
    fn mapping(&mut self, indent: usize, depth: usize) -> Option<Map<String, Value>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut map = Map::new();
        while let Some(line) = self.lines.get(self.at).filter(|l| l.indent == indent) {
            let (key, rest) = entry(line.text)?;
            self.at += 1;
            let value = match rest.trim_start_matches(' ') {
                // Nothing after the colon but perhaps a comment.
                "" => self.block(indent, depth)?,
                rest if rest.starts_with('#') => self.block(indent, depth)?,
                value => {
                    // A scalar continued on the next lines, or an error.
                    if self.indent().is_some_and(|i| i > indent) {
                        return None;
                    }
                    scalar(value)?
                }
            };
            if map.insert(key, value).is_some() {
                return None;
            }
        }
        Some(map)
    }

    /// The value of a key whose line ends at its colon: the mapping or
    /// sequence indented under it, or null.
    fn block(&mut self, parent: usize, depth: usize) -> Option<Value> {
        let Some(line) = self.lines.get(self.at) else {
            return Some(Value::Null);
        };
        let item = line.text == "-" || line.text.starts_with("- ");
        match line.indent {
            i if i > parent && item => self.sequence(i).map(Value::Array),
            i if i > parent => self.mapping(i, depth + 1).map(Value::Object),
            // A sequence at its key's own indentation: declined.
            _ if item => None,
            _ => Some(Value::Null),
        }
    }

    /// `- scalar` lines at `indent`.
    fn sequence(&mut self, indent: usize) -> Option<Vec<Value>> {
        let mut items = Vec::new();
        while let Some(line) = self.lines.get(self.at).filter(|l| l.indent == indent) {
            let item = line.text.strip_prefix("- ")?.trim_start_matches(' ');
            self.at += 1;
            if item.starts_with('#') || self.indent().is_some_and(|i| i > indent) {
                return None;
            }
            items.push(scalar(item)?);
        }
        Some(items)
    }
}

/// `key:` and what follows the colon.
fn entry(text: &str) -> Option<(String, &str)> {
    let (key, after) = match text.as_bytes()[0] {
        b'"' | b'\'' => quoted(text)?,
        first if first.is_ascii_alphanumeric() || first == b'_' => {
            let end = text.find(':')?;
            let key = &text[..end];
            let plain = key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/'));
            if !plain {
                return None;
            }
            (key.to_string(), &text[end..])
        }
        _ => return None,
    };
    // YAML reads no implicit key longer than 1024 characters.
    let rest = after.strip_prefix(':')?;
    (key.len() <= 1000 && (rest.is_empty() || rest.starts_with(' '))).then_some((key, rest))
}

/// A scalar on the rest of a line (comment included).
fn scalar(text: &str) -> Option<Value> {
    let (value, after) = match text.as_bytes()[0] {
        b'"' | b'\'' => {
            let (value, after) = quoted(text)?;
            (Value::String(value), after)
        }
        b'[' => {
            let end = text.find(']')?;
            (flow_sequence(&text[1..end])?, &text[end + 1..])
        }
        b'{' => (Value::Object(Map::new()), text.strip_prefix("{}")?),
        b'-' | b'?' | b':' | b',' | b']' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>'
        | b'%' | b'@' | b'`' => return None,
        _ => {
            let plain = text.split_once(" #").map_or(text, |(p, _)| p).trim_end();
            if plain.contains(": ") || plain.ends_with(':') {
                return None;
            }
            return resolve(plain);
        }
    };
    // After a quoted or flow scalar: nothing, or a comment.
    let after_ok =
        after.is_empty() || after.starts_with(' ') && after.trim_start().starts_with('#');
    after_ok.then_some(value)
}

/// `[a, b]` of plain scalars, without the brackets.
fn flow_sequence(inner: &str) -> Option<Value> {
    if inner.trim().is_empty() {
        return Some(Value::Array(Vec::new()));
    }
    inner
        .split(',')
        .map(|item| {
            let item = item.trim_matches(' ');
            let plain = !item.is_empty()
                && item.as_bytes()[0].is_ascii_alphanumeric()
                && !item.contains(['[', ']', '{', '}', ':', '#', '"', '\'']);
            plain.then(|| resolve(item)).flatten()
        })
        .collect::<Option<Vec<_>>>()
        .map(Value::Array)
}

/// A one-line quoted scalar without escapes, and the text after it.
fn quoted(text: &str) -> Option<(String, &str)> {
    let quote = text.as_bytes()[0];
    let mut value = String::new();
    let mut rest = &text[1..];
    loop {
        let end = rest.find(quote as char)?;
        value.push_str(&rest[..end]);
        rest = &rest[end + 1..];
        match quote {
            // '' is a quote inside single quotes.
            b'\'' if rest.starts_with('\'') => {
                value.push('\'');
                rest = &rest[1..];
            }
            b'"' if value.contains('\\') => return None,
            _ => return Some((value, rest)),
        }
    }
}

/// A plain scalar's value, as serde_yaml_ng resolves it: null, a boolean,
/// a plain decimal integer or a string; `None` for whatever it might read
/// as another number (`0x1F`, `+1`, `-1`, `1e3`, `.inf`, `007`...).
fn resolve(plain: &str) -> Option<Value> {
    match plain {
        "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    let digits = plain.bytes().all(|b| b.is_ascii_digit());
    if digits && plain.len() < 20 && (plain.len() == 1 || !plain.starts_with('0')) {
        return plain
            .parse::<u64>()
            .ok()
            .map(|n| Value::Number(Number::from(n)));
    }
    let unsigned = plain.trim_start_matches(['+', '-']);
    let number_like = plain.starts_with(['+', '-', '.'])
        || ["0x", "0o", "0b"].iter().any(|p| unsigned.starts_with(p))
        || plain.parse::<f64>().is_ok();
    (!number_like).then(|| Value::String(plain.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn libyaml(text: &str) -> Option<Value> {
        serde_yaml_ng::from_str(text).ok()
    }

    #[test]
    fn a_generated_clouds_yaml_is_read_without_libyaml() {
        let mut text = String::from("# Written by a tool.\nclouds:\n");
        for i in 0..1000 {
            text.push_str(&format!(
                "  site{i:04}:\n    auth:\n      auth_url: http://127.0.0.1:{port}/identity/v3\n      username: admin\n      password: \"p{i}'s\" # quoted\n      project_name: 'it''s'\n\n    region_name: Site{i}\n    identity_api_version: 3\n    verify: false\n    regions: [a, b]\n    more:\n      - x\n      - 2\n    empty:\n    none: {{}}\n",
                port = 5000 + i
            ));
        }
        let value = simple(&text).expect("read without libyaml");
        assert_eq!(Some(&value), libyaml(&text).as_ref());
        assert_eq!(value["clouds"]["site0007"]["auth"]["password"], "p7's");
        assert_eq!(value["clouds"]["site0007"]["identity_api_version"], 3);
    }

    #[test]
    fn what_it_cannot_be_sure_of_is_left_to_libyaml() {
        let cases = [
            "clouds:\n  a: &shared\n    region_name: r\n  b: *shared\n",
            "clouds:\n  a:\n    password: \"x\n      y\"\n",
            "clouds:\n  a:\n    password: \"a\\tb\"\n",
            "clouds:\n  a:\n    note: |\n      two\n      lines\n",
            "clouds:\n  a:\n    note: plain\n      continued\n",
            "clouds:\n  a: {region_name: r}\n",
            "clouds:\n  a:\n  - x\n",
            "clouds:\n  a:\n    - name: x\n",
            "clouds:\n  a: {}\n  a: {}\n",
            "clouds:\n\ta: {}\n",
            "clouds:\n  a:\n    password: pässword\n",
            "clouds:\n  a:\n    port: 0x1F\n",
            "clouds:\n  a:\n    port: -1\n",
            "clouds:\n  a:\n    port: 1e3\n",
            "clouds:\n  a:\n    port: 007\n",
            "clouds:\n  a:\n    port: .inf\n",
            "clouds:\n  a:\n    port: nan\n",
            "clouds:\n  a:\n    tag: !!str 1\n",
            "---\nclouds:\n  a: {}\n",
            "clouds:\n    a: 1\n  b: 2\n",
            "clouds:\n  a: x: y\n",
            "",
            "# only a comment\n",
        ];
        for text in cases {
            assert_eq!(simple(text), None, "{text:?}");
        }
    }

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
        assert_eq!(simple(text), None);
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

    #[test]
    fn line_ends_and_comments_are_what_libyaml_makes_of_them() {
        for text in [
            "clouds:\r\n  a:\r\n    x: 1\r\n",
            "# head\nclouds:   # the sites\n  a:\n    x: y # no\n# at column 0\n\n  b:\n    x: 'z' # no\n",
            "  indented:\n    x: 1\n",
            "a: b#c\nd: e  #f\n",
        ] {
            assert!(simple(text).is_some(), "{text:?}");
            assert_eq!(simple(text), libyaml(text), "{text:?}");
        }
    }

    /// Scalars as they come after `key: ` or `- `; `{n}` is a number. The
    /// first [`COMMON`] are what clouds.yaml files hold, the others what
    /// the reader must decline or get exactly right.
    const SCALARS: &[&str] = &[
        "v{n}",
        "{n}",
        "http://h:{n}/v3 # c",
        "\"q {n}\"",
        "'it''s {n}'",
        "true",
        "[a, {n}]",
        "",
        // Less common.
        "[]",
        "{}",
        "~",
        "0{n}",
        "-{n}",
        "1.{n}",
        "0x{n}",
        "{n}e1",
        "a[b]{n}",
        "a, b{n}",
        "a #b{n}",
        "a#b{n}",
        "\"a\" x",
        "'a'#x",
        "[a, b",
        "[a, [b]]",
        "[a, ]",
        "[a,, b]",
        "{a: 1}",
        "\"a\\\"b\"",
        "a: b",
        "- x",
        "# x",
        "&a x",
        "*a",
        "|",
        ">-",
        "!t x",
        "@x",
        "`x",
        "%x",
        "yes",
        "Infinity",
        "12345678901234567890123",
        "9999999999999999999",
        "\t1",
        "a\r",
        "a\rb",
        "12:30",
        "a\\b",
        "\"\"",
        "''",
        "\"a: #b\"",
        "{} # x",
        "[] #x",
        "p\u{e4}ss",
    ];
    const COMMON: usize = 8;

    /// Keys, likewise.
    const KEYS: &[&str] = &[
        "c{n}",
        "site{n}-demo",
        "auth_url",
        "\"c {n}\"",
        "'c{n}'",
        "null",
        "true",
        "{n}",
        "0{n}",
        "c-{n}.x/y",
        "c{n} ",
        "? c{n}",
        "- c{n}",
        "c{n}:x",
        "&a c{n}",
        "<<",
    ];
    const COMMON_KEYS: usize = 3;

    /// Lines that break the shape, put anywhere.
    const WILD: &[&str] = &[
        "# a comment",
        "",
        "---",
        "...",
        "  continued",
        "- stray",
        "\tc: 1",
        "c: |\n  block\n  text",
        "c: \"multi\n  line\"",
    ];

    #[derive(Clone, Debug)]
    enum Node {
        Scalar(usize),
        Map(Vec<(usize, Node)>, usize),
        Seq(Vec<usize>),
    }

    fn pick(common: usize, all: usize) -> impl proptest::strategy::Strategy<Value = usize> {
        proptest::prop_oneof![8 => 0..common, 1 => 0..all]
    }

    fn node() -> impl proptest::strategy::Strategy<Value = Node> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            3 => pick(COMMON, SCALARS.len()).prop_map(Node::Scalar),
            1 => proptest::collection::vec(pick(COMMON, SCALARS.len()), 0..3).prop_map(Node::Seq),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            (
                proptest::collection::vec((pick(COMMON_KEYS, KEYS.len()), inner), 1..6),
                prop_oneof![Just(2usize), Just(4)],
            )
                .prop_map(|(entries, step)| Node::Map(entries, step))
        })
    }

    fn render(node: &Node, indent: usize, n: &mut usize, out: &mut Vec<String>) {
        let Node::Map(entries, step) = node else {
            return;
        };
        let pad = " ".repeat(indent);
        for (key, value) in entries {
            let mut fill = |text: &str| {
                *n = (*n * 7 + 3) % 13;
                text.replace("{n}", &n.to_string())
            };
            let key = fill(KEYS[*key]);
            match value {
                Node::Scalar(s) => out.push(format!("{pad}{key}: {}", fill(SCALARS[*s]))),
                Node::Seq(items) => {
                    out.push(format!("{pad}{key}:"));
                    for item in items {
                        out.push(format!(
                            "{pad}{}- {}",
                            " ".repeat(*step),
                            fill(SCALARS[*item])
                        ));
                    }
                }
                map => {
                    out.push(format!("{pad}{key}:"));
                    render(map, indent + step, n, out);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Whatever the document, the simple reader gives libyaml's value
        /// or nothing: never another value, never a value where libyaml
        /// sees an error.
        #[test]
        fn the_simple_reader_never_changes_the_meaning(
            entries in proptest::collection::vec((pick(COMMON_KEYS, KEYS.len()), node()), 1..5),
            seed in 0..13usize,
            wild in proptest::collection::vec((0..WILD.len(), 0..40usize, 0..6usize), 0..2),
        ) {
            let mut lines = Vec::new();
            let mut n = seed;
            render(&Node::Map(entries, 2), 0, &mut n, &mut lines);
            for (line, at, indent) in wild {
                let at = at.min(lines.len());
                lines.insert(at, format!("{}{}", " ".repeat(indent), WILD[line]));
            }
            let text = lines.join("\n") + "\n";
            if let Some(value) = simple(&text) {
                proptest::prop_assert_eq!(Some(value), libyaml(&text), "{:?}", text);
            }
        }
    }
}
