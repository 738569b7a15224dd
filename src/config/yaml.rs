//! clouds.yaml into JSON values, on every core when it is large.
//!
//! libyaml (under serde_yaml_ng) reads some 30 MB/s on one core: a
//! clouds.yaml of a thousand sites is most of oscope's start-up. When the
//! document is the `clouds:` mapping alone, its entries are cut into one
//! run of lines per core, each run parsed as a document of its own, and
//! the mappings joined. The cut is only trusted when it cannot have
//! changed the meaning: every part parses, and together they yield as
//! many clouds as the lines the cut took for the start of a cloud. A line
//! inside a multi-line quoted or flow scalar that looks like a cloud's
//! start, an alias to an anchor in another part, a name given twice: each
//! breaks the parse or the count, and the whole text is then parsed as one.

use serde_json::{Map, Value};

/// From this size on, a clouds.yaml is parsed in parts.
pub const PARALLEL_FROM: usize = 64 * 1024;

/// The document as JSON values; `Err` is serde_yaml_ng's message, which
/// says the line and column.
pub fn parse(text: &str) -> Result<Value, String> {
    let parts = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if text.len() >= PARALLEL_FROM
        && parts > 1
        && let Some(value) = parse_in_parts(text, parts)
    {
        return Ok(value);
    }
    serde_yaml_ng::from_str(text).map_err(|e| e.to_string())
}

/// `{"clouds": {...}}` parsed in up to `parts` parts at once, or `None`
/// when the text is not one whose cut can be trusted (see the module).
pub fn parse_in_parts(text: &str, parts: usize) -> Option<Value> {
    let (body, starts) = cloud_starts(text)?;
    if starts.len() < 2 || parts < 2 {
        return None;
    }
    // Part k runs from its first cloud's line to the next part's.
    let per_part = starts.len().div_ceil(parts);
    let cuts: Vec<&str> = starts
        .iter()
        .step_by(per_part)
        .enumerate()
        .map(|(k, &from)| {
            let to = starts.get((k + 1) * per_part).copied();
            &body[from..to.unwrap_or(body.len())]
        })
        .collect();
    let parse = |lines: &str| -> Option<Map<String, Value>> {
        let document = format!("clouds:\n{lines}");
        match serde_yaml_ng::from_str::<Value>(&document).ok()? {
            Value::Object(mut top) => match top.remove("clouds")? {
                Value::Object(map) => Some(map),
                _ => None,
            },
            _ => None,
        }
    };
    let maps: Vec<Option<Map<String, Value>>> = std::thread::scope(|scope| {
        let others: Vec<_> = cuts[1..]
            .iter()
            .map(|lines| scope.spawn(move || parse(lines)))
            .collect();
        let first = parse(cuts[0]);
        std::iter::once(first)
            .chain(others.into_iter().map(|t| t.join().ok().flatten()))
            .collect()
    });
    let mut clouds = Map::new();
    for map in maps {
        clouds.extend(map?);
    }
    // Fewer clouds than starts: a line the cut took for a cloud's start was
    // not one, or a name came twice. The whole document decides.
    (clouds.len() == starts.len())
        .then(|| Value::Object(Map::from_iter([("clouds".into(), clouds.into())])))
}

/// The text after the `clouds:` line, and the offsets in it of the lines
/// that start a cloud: those at the mapping's indentation. `None` unless
/// the document is comments, then `clouds:` alone on its line, then lines
/// all indented under it (or blank, or comments).
fn cloud_starts(text: &str) -> Option<(&str, Vec<usize>)> {
    let mut offset = 0;
    let mut body = None;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        let content = line.trim_end();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let rest = content.strip_prefix("clouds:")?;
        if !(rest.is_empty() || rest.trim_start().starts_with('#') && rest.starts_with([' ', '\t']))
        {
            return None;
        }
        body = Some(&text[offset..]);
        break;
    }
    let body = body?;
    let mut indent = None;
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let content = line.trim_end();
        let spaces = content.len() - content.trim_start_matches(' ').len();
        let first = content[spaces..].chars().next();
        if first.is_none_or(|c| c == '#') {
            continue;
        }
        let indent = *indent.get_or_insert(spaces);
        if indent == 0 || spaces < indent {
            // Another top-level key, or a tab: not the simple case.
            return None;
        }
        if spaces == indent {
            if matches!(first, Some('-' | '?' | '\t')) {
                return None;
            }
            starts.push(at);
        }
    }
    Some((body, starts))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Value {
        serde_yaml_ng::from_str(text).unwrap()
    }

    fn clouds(n: usize) -> String {
        let mut text = String::from("# sites\n\nclouds:\n");
        for i in 0..n {
            text.push_str(&format!(
                "  site{i}:\n    auth:\n      auth_url: http://127.0.0.1:{port}/v3\n      password: \"p{i}\"\n\n    # a comment\n    regions: [a, b]\n    note: |\n      two\n      lines\n",
                port = 5000 + i
            ));
        }
        text
    }

    #[test]
    fn parts_make_the_same_document() {
        for n in [2, 3, 7, 50] {
            let text = clouds(n);
            for parts in [2, 3, 8, 100] {
                assert_eq!(
                    parse_in_parts(&text, parts),
                    Some(whole(&text)),
                    "{n} clouds, {parts} parts"
                );
            }
        }
        // Large enough for `parse` to cut it.
        let text = clouds(1000);
        assert!(text.len() >= PARALLEL_FROM);
        assert_eq!(parse(&text).unwrap(), whole(&text));
    }

    #[test]
    fn what_a_cut_could_change_is_parsed_whole() {
        let cases = [
            // An alias to an anchor in another part.
            "clouds:\n  a: &shared\n    region_name: r\n  b: *shared\n",
            // A quoted scalar whose next line looks like a cloud.
            "clouds:\n  a:\n    password: \"x\n  b: y\"\n  c: {}\n",
            // A flow mapping over several lines.
            "clouds:\n  a: {region_name: r,\n  b: c}\n  d: {}\n",
            // The same name twice.
            "clouds:\n  a: {}\n  a: {}\n",
            // Other top-level keys, or anything but `clouds:` alone.
            "clouds:\n  a: {}\n  b: {}\nother: 1\n",
            "other: 1\nclouds:\n  a: {}\n  b: {}\n",
            "clouds: &all\n  a: {}\n  b: {}\n",
            "---\nclouds:\n  a: {}\n  b: {}\n",
            // A sequence, or complex keys.
            "clouds:\n  - a\n  - b\n",
            "clouds:\n  ? a\n  : {}\n  ? b\n  : {}\n",
        ];
        for text in cases {
            assert_eq!(parse_in_parts(text, 2), None, "{text:?}");
        }
    }

    /// Lines a clouds.yaml might have under `clouds:`; `{n}` is a number,
    /// so that names repeat now and then. The first [`PLAIN`] are common,
    /// the others what a cut could get wrong.
    const PIECES: &[&str] = &[
        "  c{n}:\n    region_name: r{n}\n",
        "  c{n}: {}\n",
        "  \"c{n}\":\n    auth: {auth_url: 'http://h/{n}'}\n",
        "  c{n}:\n    note: |\n      text\n  # not a cloud\n",
        "# c{n}\n\n",
        "  c{n}: [1, 2]\n",
        "  c{n}: &a{n}\n    region_name: r\n",
        "  c{n}:\n    password: \"multi\n  c{n}: line\"\n",
        "  c{n}: {a: 1,\n  c{n}: 2}\n",
        "  c{n}: *a{n}\n",
        "  c{n}:\n    <<: *a{n}\n",
        "\tc{n}: 1\n",
        "  c{n}: 'multi\n  c{n}: line'\n",
    ];
    const PLAIN: usize = 7;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        /// Whatever the lines, parts give the whole document's value or
        /// nothing; never another value, never a value where the whole
        /// document is an error.
        #[test]
        fn parts_never_change_the_meaning(
            pieces in proptest::collection::vec(
                (
                    proptest::prop_oneof![6 => 0..PLAIN, 1 => PLAIN..PIECES.len()],
                    0..40usize,
                ),
                0..16,
            ),
            parts in 2..5usize,
        ) {
            let mut text = String::from("clouds:\n");
            for (piece, n) in pieces {
                text.push_str(&PIECES[piece].replace("{n}", &n.to_string()));
            }
            if let Some(value) = parse_in_parts(&text, parts) {
                let whole = serde_yaml_ng::from_str::<Value>(&text).ok();
                proptest::prop_assert_eq!(Some(value), whole, "{:?}", text);
            }
        }
    }

    #[test]
    fn comments_and_blank_lines_do_not_start_clouds() {
        let text =
            "# head\nclouds:   # the sites\n  a:\n    x: 1\n# at column 0\n\n  b:\n    x: 2\n";
        assert_eq!(parse_in_parts(text, 2), Some(whole(text)));
    }
}
