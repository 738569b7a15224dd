//! CSV as Python's `csv` module writes it, in cliff's quoting modes.

use std::borrow::Cow;

use serde_json::Value;

use super::{Cell, Quote, Repr, python_str};

/// A cell as CSV reads it: its text, and whether it is a number (which
/// `QUOTE_NONNUMERIC` leaves bare). A formatted column is written as the
/// text of its machine value, as cliff does with its
/// `FormattableColumn`s (an object to cliff, never a number); `None` is
/// an empty field.
pub(super) fn csv_field(cell: &Cell) -> (Cow<'_, str>, bool) {
    match &cell.0 {
        Repr::Text(text) => (Cow::Borrowed(text), false),
        Repr::Other(other) => match &**other {
            (v, Some(_)) => (Cow::Owned(python_str(v)), false),
            (Value::Null, None) => (Cow::Borrowed(""), false),
            (v, None) => (
                Cow::Owned(python_str(v)),
                matches!(v, Value::Number(_) | Value::Bool(_)),
            ),
        },
    }
}

/// One row as Python's `csv.writer` writes it with cliff's settings.
pub(super) fn csv_row<'a>(
    cells: impl Iterator<Item = (Cow<'a, str>, bool)>,
    quote: Quote,
) -> String {
    cells
        .map(|(text, numeric)| {
            let needs = text.contains(['"', ',', '\n', '\r']) || text.starts_with(' ');
            let quoted = match quote {
                Quote::All => true,
                Quote::Nonnumeric => !numeric,
                Quote::Minimal => needs,
                Quote::None => false,
            };
            if quoted {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else if quote == Quote::None {
                let mut escaped = String::with_capacity(text.len());
                for c in text.chars() {
                    if matches!(c, '"' | ',' | '\\') {
                        escaped.push('\\');
                    }
                    escaped.push(c);
                }
                escaped
            } else {
                text.into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}
