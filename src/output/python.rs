//! Values as Python prints them: `str()`, `repr()` and `json.dumps`.

use serde_json::Value;

/// `str(value)` in Python: `None`, `True`, `['a', 1]`, `{'k': 'v'}`.
pub fn python_str(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => python_repr(other),
    }
}

/// `repr(value)` in Python.
pub fn python_repr(value: &Value) -> String {
    match value {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => {
            let quote = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut out = String::from(quote);
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if c == quote => {
                        out.push('\\');
                        out.push(c);
                    }
                    c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                        out.push_str(&format!("\\x{:02x}", c as u32))
                    }
                    c => out.push(c),
                }
            }
            out.push(quote);
            out
        }
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(python_repr).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Object(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{}: {}",
                        python_repr(&Value::from(k.as_str())),
                        python_repr(v)
                    )
                })
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
    }
}

/// `json.dumps(value, indent=2 if indent else None)`: ASCII only, Python's
/// separators (`", "` on one line, `","` at line ends).
pub fn python_json(value: &Value, indent: bool) -> String {
    let mut out = String::new();
    write_json(&mut out, value, if indent { Some(0) } else { None });
    out
}

fn write_json(out: &mut String, value: &Value, depth: Option<usize>) {
    let newline = |out: &mut String, d: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(d));
    };
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(if depth.is_some() { "," } else { ", " });
                }
                if let Some(d) = depth {
                    newline(out, d + 1);
                }
                write_json(out, item, depth.map(|d| d + 1));
            }
            if let Some(d) = depth {
                newline(out, d);
            }
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(if depth.is_some() { "," } else { ", " });
                }
                if let Some(d) = depth {
                    newline(out, d + 1);
                }
                write_json_string(out, key);
                out.push_str(": ");
                write_json(out, item, depth.map(|d| d + 1));
            }
            if let Some(d) = depth {
                newline(out, d);
            }
            out.push('}');
        }
        Value::String(s) => write_json_string(out, s),
        Value::Number(n) => out.push_str(&python_float(n)),
        other => out.push_str(&other.to_string()),
    }
}

/// Python prints floats with a `.0` or an exponent with a sign (`1e+16`).
pub(super) fn python_float(n: &serde_json::Number) -> String {
    let text = n.to_string();
    match text.split_once('e') {
        Some((mantissa, exp)) if !exp.starts_with('-') && !exp.starts_with('+') => {
            format!("{mantissa}e+{exp}")
        }
        _ => text,
    }
}

fn write_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
}
