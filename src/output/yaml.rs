//! YAML as PyYAML's `safe_dump` writes it: keys sorted, block style, and
//! strings quoted exactly where PyYAML would read them as something else.

use serde_json::Value;

use super::python::{python_float, python_json};

/// `yaml.safe_dump(value, default_flow_style=False)`: keys sorted, block
/// style, sequences in a mapping not indented, strings quoted only when
/// plain text would read back as something else.
pub fn python_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Array(a) if !a.is_empty() => write_yaml_block(&mut out, value, 0),
        Value::Object(m) if !m.is_empty() => write_yaml_block(&mut out, value, 0),
        scalar => {
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
            if !matches!(scalar, Value::Array(_) | Value::Object(_)) {
                out.push_str("...\n");
            }
        }
    }
    out
}

pub(super) fn write_yaml_block(out: &mut String, value: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match value {
        Value::Array(items) => {
            for item in items {
                out.push_str(&pad);
                out.push_str("- ");
                match item {
                    Value::Object(m) if !m.is_empty() => {
                        // The first key follows the dash; the rest line up with it.
                        let mut inner = String::new();
                        write_yaml_block(&mut inner, item, indent + 2);
                        out.push_str(inner.trim_start());
                    }
                    Value::Array(a) if !a.is_empty() => {
                        let mut inner = String::new();
                        write_yaml_block(&mut inner, item, indent + 2);
                        out.push_str(inner.trim_start());
                    }
                    scalar => {
                        out.push_str(&yaml_scalar(scalar));
                        out.push('\n');
                    }
                }
            }
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            for key in keys {
                let item = &map[key];
                out.push_str(&pad);
                out.push_str(&yaml_scalar(&Value::from(key.as_str())));
                out.push(':');
                match item {
                    Value::Object(m) if !m.is_empty() => {
                        out.push('\n');
                        write_yaml_block(out, item, indent + 2);
                    }
                    Value::Array(a) if !a.is_empty() => {
                        out.push('\n');
                        write_yaml_block(out, item, indent);
                    }
                    scalar => {
                        out.push(' ');
                        out.push_str(&yaml_scalar(scalar));
                        out.push('\n');
                    }
                }
            }
        }
        scalar => {
            out.push_str(&pad);
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

pub(super) fn yaml_scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => python_float(n),
        Value::Array(_) => "[]".to_string(),
        Value::Object(_) => "{}".to_string(),
        Value::String(s) if yaml_plain_ok(s) => s.clone(),
        Value::String(s) if s.chars().any(|c| c.is_control() && c != '\n') || s.contains('\n') => {
            python_json(&Value::from(s.as_str()), false)
        }
        Value::String(s) => format!("'{}'", s.replace('\'', "''")),
    }
}

/// Whether PyYAML would write `s` without quotes: not when one of its
/// implicit resolvers (bool, null, int, float, timestamp, merge, value)
/// would read it back as something else, nor when the plain style cannot
/// carry it.
pub(super) fn yaml_plain_ok(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "", "~", "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No", "NO", "true", "True",
        "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "=", "<<",
    ];
    if WORDS.contains(&s) || yaml_int(s) || yaml_float(s) || yaml_timestamp(s) {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    let last = s.chars().last().unwrap_or(' ');
    let indicator = "-?:,[]{}#&*!|>'\"%@`".contains(first);
    // `-`, `?` and `:` may start a plain scalar when a non-space follows.
    let allowed_indicator = "-?:".contains(first) && s.chars().nth(1).is_some_and(|c| c != ' ');
    if indicator && !allowed_indicator {
        return false;
    }
    if first == ' ' || last == ' ' || last == ':' || s.contains(": ") || s.contains(" #") {
        return false;
    }
    s.chars()
        .all(|c| !c.is_control() && (c.is_ascii() || c.is_alphanumeric()))
}

pub(super) fn digits(s: &str, extra: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || extra.contains(c))
}

/// PyYAML's int: `0b...`, `0...` (octal), decimals, `0x...`, sexagesimal.
pub(super) fn yaml_int(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    if let Some(b) = s.strip_prefix("0b") {
        return !b.is_empty() && b.chars().all(|c| "01_".contains(c));
    }
    if let Some(x) = s.strip_prefix("0x") {
        return !x.is_empty() && x.chars().all(|c| c.is_ascii_hexdigit() || c == '_');
    }
    if s == "0" {
        return true;
    }
    if let Some(octal) = s.strip_prefix('0') {
        return !octal.is_empty() && octal.chars().all(|c| "01234567_".contains(c));
    }
    if s.starts_with(|c: char| ('1'..='9').contains(&c)) {
        let mut parts = s.split(':');
        let head = parts.next().unwrap_or_default();
        return digits(head, "_") && parts.all(sexagesimal);
    }
    false
}

pub(super) fn sexagesimal(part: &str) -> bool {
    !part.is_empty()
        && part.len() <= 2
        && part.chars().all(|c| c.is_ascii_digit())
        && (part.len() < 2 || part.as_bytes()[0] <= b'5')
}

/// PyYAML's float: `1.5`, `1.`, `.5`, `1e+5` (with a dot), sexagesimal
/// with a fraction, `.inf`, `.nan`.
pub(super) fn yaml_float(s: &str) -> bool {
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    if matches!(s, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    if let Some(exp) = exponent {
        let ok = exp.strip_prefix(['-', '+']).is_some_and(|d| digits(d, ""));
        if !ok {
            return false;
        }
    }
    let Some((whole, fraction)) = mantissa.split_once('.') else {
        return false;
    };
    if !fraction.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return false;
    }
    if whole.is_empty() {
        return !fraction.is_empty() && fraction.starts_with(|c: char| c.is_ascii_digit());
    }
    let mut parts = whole.split(':');
    let head = parts.next().unwrap_or_default();
    let sexa: Vec<&str> = parts.collect();
    if !sexa.is_empty() && exponent.is_some() {
        return false;
    }
    head.starts_with(|c: char| c.is_ascii_digit())
        && digits(head, "_")
        && sexa.iter().all(|p| sexagesimal(p))
}

/// PyYAML's timestamp: `2026-01-01`, or a date, `T` or blanks, a time,
/// maybe a fraction and a zone.
pub(super) fn yaml_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let d = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() == 10
        && (0..4).all(d)
        && b[4] == b'-'
        && d(5)
        && d(6)
        && b[7] == b'-'
        && d(8)
        && d(9)
    {
        return true;
    }
    // YYYY-M[M]-D[D]
    if !((0..4).all(d) && b.get(4) == Some(&b'-')) {
        return false;
    }
    let mut i = 5;
    let number = |i: &mut usize, max: usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - start < max {
            *i += 1;
        }
        *i > start
    };
    if !number(&mut i, 2) || b.get(i) != Some(&b'-') {
        return false;
    }
    i += 1;
    if !number(&mut i, 2) {
        return false;
    }
    match b.get(i) {
        Some(b'T' | b't') => i += 1,
        Some(b' ' | b'\t') => {
            while matches!(b.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
        }
        _ => return false,
    }
    if !number(&mut i, 2)
        || b.get(i) != Some(&b':')
        || !(d(i + 1) && d(i + 2))
        || b.get(i + 3) != Some(&b':')
        || !(d(i + 4) && d(i + 5))
    {
        return false;
    }
    i += 6;
    if b.get(i) == Some(&b'.') {
        i += 1;
        while d(i) {
            i += 1;
        }
    }
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    match b.get(i) {
        None => true,
        Some(b'Z') => i + 1 == b.len(),
        Some(b'-' | b'+') => {
            i += 1;
            if !number(&mut i, 2) {
                return false;
            }
            if b.get(i) == Some(&b':') {
                i += 1;
                d(i) && d(i + 1) && i + 2 == b.len()
            } else {
                i == b.len()
            }
        }
        _ => false,
    }
}
