//! Tables as prettytable draws them for cliff, with Python's textwrap for
//! the columns that must be narrowed to fit.

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::Value;

use super::{Cell, Repr, TableWidth};

/// prettytable's alignment from the first row's cell: numbers right; a
/// formatted column is an object to cliff, so left like text.
pub(super) fn alignment(cell: &Cell) -> CellAlignment {
    match &cell.0 {
        Repr::Other(other) if matches!(**other, (Value::Number(_), None)) => CellAlignment::Right,
        _ => CellAlignment::Left,
    }
}

/// Draws a table as prettytable does: `+---+` borders, one space of padding,
/// no rules between rows. With a width limit, cliff's `_assign_max_widths`
/// shares the room out (no column narrower than `min_width`), and each cell
/// line wider than its column is wrapped by Python's `textwrap.fill`.
pub(super) fn table(
    header: &[&str],
    rows: &[Vec<String>],
    align: &[CellAlignment],
    width: TableWidth,
    min_width: usize,
) -> String {
    let columns = header.len();
    let line_width = |text: &str| {
        text.split('\n')
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    };
    let header_widths: Vec<usize> = header.iter().map(|h| line_width(h)).collect();
    let cell_widths: Vec<usize> = (0..columns)
        .map(|i| rows.iter().map(|r| line_width(&r[i])).max().unwrap_or(0))
        .collect();
    let natural: Vec<usize> = (0..columns)
        .map(|i| header_widths[i].max(cell_widths[i]))
        .collect();
    let limit = match (width.max_width, width.fit_width) {
        (0, None) => None,
        (0, Some(terminal)) => Some(terminal),
        (max, _) => Some(max),
    };
    let total: usize = natural.iter().map(|w| w + 3).sum::<usize>() + 1;
    let mut max_width: Vec<Option<usize>> = vec![None; columns];
    if let Some(limit) = limit.filter(|l| total > *l && columns > 0) {
        let usable = limit.saturating_sub(1 + 3 * columns);
        let optimal = usable / columns;
        let shrink: Vec<usize> = (0..columns).filter(|&i| natural[i] > optimal).collect();
        let kept: usize = (0..columns)
            .filter(|i| !shrink.contains(i))
            .map(|i| natural[i])
            .sum();
        let mut remaining = usable as i64 - kept as i64;
        let share = remaining / shrink.len().max(1) as i64;
        for (n, &i) in shrink.iter().enumerate() {
            let w = if n + 1 == shrink.len() {
                remaining
            } else {
                share
            };
            remaining -= share;
            max_width[i] = Some((w.max(0) as usize).max(min_width));
        }
    }
    // prettytable: a limited column is as wide as its header, or its widest
    // cell up to the limit; longer lines wrap to that width.
    let widths: Vec<usize> = (0..columns)
        .map(|i| match max_width[i] {
            Some(max) => header_widths[i].max(cell_widths[i].min(max)),
            None => natural[i],
        })
        .collect();
    let wrapped = rows.iter().map(|row| {
        row.iter()
            .enumerate()
            .map(|(i, cell)| {
                if max_width[i].is_none() {
                    return cell.clone();
                }
                cell.split('\n')
                    .map(|line| {
                        if line.chars().count() > widths[i] {
                            textwrap_fill(line, widths[i])
                        } else {
                            line.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
    });
    let mut t = Table::new();
    t.load_preset("||--+-++|    ++++++")
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().map(|h| h.to_string()))
        .add_rows(wrapped);
    for ((i, column), a) in t.column_iter_mut().enumerate().zip(align) {
        column.set_cell_alignment(*a);
        if max_width[i].is_some() {
            // As wide as prettytable makes it, even when wrapped lines are
            // narrower (the width includes one space of padding each side).
            let w = u16::try_from(widths[i] + 2).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
    t.to_string()
}

/// Python's `textwrap.fill(text, width)` with its defaults: whitespace
/// folded to spaces, words split after hyphens between letters, words
/// longer than a line broken (after a hyphen where there is one), spaces
/// dropped at line ends.
pub(super) fn textwrap_fill(text: &str, width: usize) -> String {
    let width = width.max(1);
    // expandtabs(8), then every whitespace character becomes a space.
    let mut expanded: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => expanded.extend(std::iter::repeat_n(' ', 8 - expanded.len() % 8)),
            c if c.is_whitespace() => expanded.push(' '),
            c => expanded.push(c),
        }
    }
    let text = expanded;
    let letter = |i: usize| text.get(i).is_some_and(|c| c.is_alphabetic() || *c == '_');
    // Chunks: runs of spaces, and words split where textwrap's wordsep_re
    // allows a hyphen to end a chunk.
    let mut chunks: Vec<String> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let start = i;
        if text[i] == ' ' {
            while i < text.len() && text[i] == ' ' {
                i += 1;
            }
        } else {
            i += 1;
            while i < text.len() && text[i] != ' ' {
                let after_hyphen = text[i - 1] == '-' && i >= start + 2;
                let behind = after_hyphen
                    && ((i >= 3 && letter(i - 3) && letter(i - 2))
                        || (i >= 4 && letter(i - 4) && text[i - 3] == '-' && letter(i - 2)));
                let ahead = letter(i)
                    && (letter(i + 1) || (text.get(i + 1) == Some(&'-') && letter(i + 2)));
                if behind && ahead {
                    break;
                }
                i += 1;
            }
        }
        chunks.push(text[start..i].iter().collect());
    }
    chunks.reverse();
    let mut lines: Vec<String> = Vec::new();
    while !chunks.is_empty() {
        let mut line: Vec<String> = Vec::new();
        let mut len = 0;
        if chunks.last().is_some_and(|c| c.trim().is_empty()) && !lines.is_empty() {
            chunks.pop();
        }
        while let Some(chunk) = chunks.last() {
            let l = chunk.chars().count();
            if len + l <= width {
                len += l;
                line.push(chunks.pop().expect("a chunk"));
            } else {
                break;
            }
        }
        if chunks.last().is_some_and(|c| c.chars().count() > width) {
            // A word longer than any line: cut it, after its last hyphen
            // within reach when there is one.
            // With no room left on the line, textwrap appends an empty
            // piece (then drops only that), keeping a trailing space.
            let space = width - len;
            let chunk: Vec<char> = chunks.pop().expect("a chunk").chars().collect();
            let mut end = space.min(chunk.len());
            if chunk.len() > space
                && let Some(hyphen) = chunk[..space].iter().rposition(|c| *c == '-')
                && hyphen > 0
                && chunk[..hyphen].iter().any(|c| *c != '-')
            {
                end = hyphen + 1;
            }
            line.push(chunk[..end].iter().collect());
            let rest: String = chunk[end..].iter().collect();
            if !rest.is_empty() {
                chunks.push(rest);
            }
        }
        if line.last().is_some_and(|c| c.trim().is_empty()) {
            line.pop();
        }
        if !line.is_empty() {
            lines.push(line.concat());
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textwrap_as_python_wraps() {
        // Expected values printed by CPython 3.11's textwrap.fill.
        let cases = [
            (
                "a23e97ae-f6b3-4f9a-afdb-efb88e097baf",
                8,
                "a23e97ae\n-f6b3-\n4f9a-\nafdb-efb\n88e097ba\nf",
            ),
            (
                "  admin: http://127.0.0.1:33351/admin/identity",
                9,
                "  admin: \nhttp://12\n7.0.0.1:3\n3351/admi\nn/identit\ny",
            ),
            (
                "os_hash_algo='sha512', os_hidden='False', stores='file'",
                20,
                "os_hash_algo='sha512\n',\nos_hidden='False',\nstores='file'",
            ),
            (
                "self-service well-known co-op x",
                7,
                "self-\nservice\nwell-\nknown\nco-op x",
            ),
            ("word", 10, "word"),
            ("tab\there  two", 5, "tab\nhere\ntwo"),
        ];
        for (text, width, want) in cases {
            assert_eq!(textwrap_fill(text, width), want, "{text:?} at {width}");
        }
    }
}
