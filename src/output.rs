//! Rows to text, byte for byte as python-openstackclient's cliff prints them.
//!
//! Scripts parse OSC's output, so each format copies what cliff does with
//! it: tables as prettytable draws them (integers right-aligned, an empty list
//! as an empty line), JSON as Python's `json.dump` (indent 2, ASCII only),
//! YAML as PyYAML's `safe_dump` (keys sorted, block style), CSV as Python's
//! `csv` module, `value` and `shell` as cliff joins them. Cells carry both a
//! machine value (JSON, YAML, CSV, value) and, where a resource formats it
//! for people, a human text (tables).

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::Arc;

use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::Value;

/// One cell: the value as the API gave it, and how a table shows it.
///
/// Most cells are strings shown as themselves (IDs, names, the Site), so
/// that is a cell's small form: 16 bytes and one shared text, where a value
/// with its table text takes 96. A hundred thousand rows are that many
/// fewer megabytes to fault in, and a site's name is one allocation for
/// all its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell(Repr);

#[derive(Clone, Debug, PartialEq)]
enum Repr {
    /// A string value, shown as itself.
    Text(Arc<str>),
    /// Any other value, and what a table prints when it differs from the
    /// value's text.
    Other(Box<(Value, Option<String>)>),
}

impl Cell {
    /// A cell shown as its value.
    pub fn new(value: impl Into<Value>) -> Cell {
        match value.into() {
            Value::String(text) => Cell(Repr::Text(text.into())),
            value => Cell(Repr::Other(Box::new((value, None)))),
        }
    }

    /// A cell of a value that stays where it is (a key of an item).
    pub fn of(value: &Value) -> Cell {
        match value {
            Value::String(text) => Cell::text(text.as_str()),
            value => Cell(Repr::Other(Box::new((value.clone(), None)))),
        }
    }

    /// A string cell; several cells can share one text.
    pub fn text(text: impl Into<Arc<str>>) -> Cell {
        Cell(Repr::Text(text.into()))
    }

    /// A cell with a table text of its own (a list joined by commas, say).
    pub fn formatted(value: impl Into<Value>, human: impl Into<String>) -> Cell {
        Cell(Repr::Other(Box::new((value.into(), Some(human.into())))))
    }

    /// What JSON and YAML print, and what `value` and CSV print as text.
    pub fn value(&self) -> Cow<'_, Value> {
        match &self.0 {
            Repr::Text(text) => Cow::Owned(Value::String(text.to_string())),
            Repr::Other(other) => Cow::Borrowed(&other.0),
        }
    }

    /// What a table prints, when it differs from the value's text.
    pub fn human(&self) -> Option<&str> {
        match &self.0 {
            Repr::Text(_) => None,
            Repr::Other(other) => other.1.as_deref(),
        }
    }

    /// The value's text as Python's `str()` gives it.
    pub fn text_of_value(&self) -> Cow<'_, str> {
        match &self.0 {
            Repr::Text(text) => Cow::Borrowed(text),
            Repr::Other(other) => Cow::Owned(python_str(&other.0)),
        }
    }

    fn human_text(&self) -> String {
        let text = match self.human() {
            Some(human) => Cow::Borrowed(human),
            None => self.text_of_value(),
        };
        text.replace("\r\n", "\n").replace('\r', " ")
    }
}

/// A list: column names and rows of cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// One resource: field names and their cells.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    pub fields: Vec<(String, Cell)>,
}

/// Formats of a list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "lower")]
pub enum ListFormat {
    #[default]
    Table,
    Json,
    Yaml,
    Csv,
    Value,
}

/// Formats of one resource.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ShowFormat {
    #[default]
    Table,
    Json,
    Yaml,
    Value,
    Shell,
}

/// How CSV quotes fields, as Python's `csv.QUOTE_*`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Quote {
    All,
    Minimal,
    #[default]
    Nonnumeric,
    None,
}

/// Table layout options shared by lists and shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableWidth {
    /// `--max-width`: the widest a table may be; 0 for no limit.
    pub max_width: usize,
    /// `--fit-width`, or stdout is a terminal: fit the terminal's width.
    pub fit_width: Option<usize>,
}

/// Everything that shapes a list's output.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListOptions {
    pub format: ListFormat,
    /// `-c`: the columns to print (case-insensitive); all when empty.
    pub columns: Vec<String>,
    /// `--sort-column`, in order of precedence.
    pub sort_columns: Vec<String>,
    /// `--sort-descending`.
    pub descending: bool,
    pub noindent: bool,
    pub width: TableWidth,
    pub print_empty: bool,
    pub quote: Quote,
}

/// Everything that shapes one resource's output.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShowOptions {
    pub format: ShowFormat,
    /// `-c`: the fields to print (case-insensitive); all when empty.
    pub columns: Vec<String>,
    pub noindent: bool,
    pub width: TableWidth,
    /// `--prefix` for the shell format.
    pub prefix: String,
}

/// `-c` names no column there is.
#[derive(Debug, thiserror::Error)]
#[error("no recognized column names in {asked:?}; recognized columns are {known:?}")]
pub struct UnknownColumns {
    pub asked: Vec<String>,
    pub known: Vec<String>,
}

/// Which of `columns` `-c` keeps, in their own order, matching case-insensitively.
fn select(columns: &[String], wanted: &[String]) -> Result<Vec<usize>, UnknownColumns> {
    if wanted.is_empty() {
        return Ok((0..columns.len()).collect());
    }
    let keep: Vec<usize> = (0..columns.len())
        .filter(|&i| wanted.iter().any(|w| w.eq_ignore_ascii_case(&columns[i])))
        .collect();
    if keep.is_empty() {
        return Err(UnknownColumns {
            asked: wanted.to_vec(),
            known: columns.to_vec(),
        });
    }
    Ok(keep)
}

impl Listing {
    /// The order of rows after `--sort-column`s, as cliff sorts: stable,
    /// one column at a time from the last, nulls after everything else.
    fn order(&self, sort_columns: &[String], descending: bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let indexes: Vec<usize> = sort_columns
            .iter()
            .filter_map(|c| self.columns.iter().position(|k| k.eq_ignore_ascii_case(c)))
            .collect();
        for &index in indexes.iter().rev() {
            order.sort_by(|&a, &b| {
                let ordering = compare_cells(&self.rows[a][index], &self.rows[b][index]);
                if descending {
                    ordering.reverse()
                } else {
                    ordering
                }
            });
        }
        order
    }

    /// Writes the list in the chosen format.
    pub fn write(&self, out: &mut dyn Write, options: &ListOptions) -> Result<(), OutputError> {
        let keep = select(&self.columns, &options.columns)?;
        let order = self.order(&options.sort_columns, options.descending);
        let columns: Vec<&str> = keep.iter().map(|&i| self.columns[i].as_str()).collect();
        // The kept cells of each row, in order, borrowed: a hundred
        // thousand rows are not copied to be printed.
        let cells = |r: usize| keep.iter().map(move |&i| &self.rows[r][i]);
        let rows = || -> Vec<Vec<&Cell>> { order.iter().map(|&r| cells(r).collect()).collect() };
        match options.format {
            ListFormat::Table => {
                let rows = rows();
                if rows.is_empty() && !options.print_empty {
                    writeln!(out)?;
                } else {
                    let align: Vec<CellAlignment> = match rows.first() {
                        Some(first) => first.iter().map(|c| alignment(c)).collect(),
                        None => vec![CellAlignment::Left; columns.len()],
                    };
                    let text: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| r.iter().map(|c| c.human_text()).collect())
                        .collect();
                    writeln!(out, "{}", table(&columns, &text, &align, options.width, 8))?;
                }
            }
            ListFormat::Json => {
                let items = Value::Array(rows().iter().map(|r| object(&columns, r)).collect());
                writeln!(out, "{}", python_json(&items, !options.noindent))?;
            }
            ListFormat::Yaml => {
                let items = Value::Array(rows().iter().map(|r| object(&columns, r)).collect());
                write!(out, "{}", python_yaml(&items))?;
            }
            ListFormat::Csv => {
                let header = columns.iter().map(|c| (Cow::Borrowed(*c), false));
                writeln!(out, "{}", csv_row(header, options.quote))?;
                for &r in &order {
                    writeln!(out, "{}", csv_row(cells(r).map(csv_field), options.quote))?;
                }
            }
            ListFormat::Value => {
                for &r in &order {
                    for (n, cell) in cells(r).enumerate() {
                        if n > 0 {
                            out.write_all(b" ")?;
                        }
                        out.write_all(cell.text_of_value().as_bytes())?;
                    }
                    out.write_all(b"\n")?;
                }
            }
        }
        Ok(())
    }
}

impl Record {
    /// Writes the resource in the chosen format.
    pub fn write(&self, out: &mut dyn Write, options: &ShowOptions) -> Result<(), OutputError> {
        let names: Vec<String> = self.fields.iter().map(|(n, _)| n.clone()).collect();
        let keep = select(&names, &options.columns)?;
        let fields: Vec<(&str, &Cell)> = keep
            .iter()
            .map(|&i| (self.fields[i].0.as_str(), &self.fields[i].1))
            .collect();
        match options.format {
            ShowFormat::Table => {
                if !fields.is_empty() {
                    let text: Vec<Vec<String>> = fields
                        .iter()
                        .map(|(n, c)| vec![n.to_string(), c.human_text()])
                        .collect();
                    let align = [CellAlignment::Left, CellAlignment::Left];
                    let t = table(&["Field", "Value"], &text, &align, options.width, 16);
                    write!(out, "{t}")?;
                }
                writeln!(out)?;
            }
            ShowFormat::Json => {
                let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
                let cells: Vec<&Cell> = fields.iter().map(|(_, c)| *c).collect();
                writeln!(
                    out,
                    "{}",
                    python_json(&object(&names, &cells), !options.noindent)
                )?;
            }
            ShowFormat::Yaml => {
                // cliff dumps each field on its own, so fields keep their
                // order while mappings inside them are sorted.
                for (name, cell) in &fields {
                    write!(out, "{}", python_yaml(&object(&[name], &[cell])))?;
                }
            }
            ShowFormat::Value => {
                for (_, cell) in &fields {
                    writeln!(out, "{}", cell.text_of_value())?;
                }
            }
            ShowFormat::Shell => {
                for (name, cell) in &fields {
                    let name = name.to_lowercase().replace([' ', ':', '-'], "_");
                    let value = cell.text_of_value().replace('"', "\\\"");
                    writeln!(out, "{}{name}=\"{value}\"", options.prefix)?;
                }
            }
        }
        Ok(())
    }
}

/// Why output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error(transparent)]
    Columns(#[from] UnknownColumns),
    #[error(transparent)]
    Io(#[from] io::Error),
}

fn object(columns: &[&str], cells: &[&Cell]) -> Value {
    let map = columns
        .iter()
        .zip(cells)
        .map(|(c, cell)| (c.to_string(), cell.value().into_owned()))
        .collect();
    Value::Object(map)
}

/// prettytable's alignment from the first row's cell: numbers right; a
/// formatted column is an object to cliff, so left like text.
fn alignment(cell: &Cell) -> CellAlignment {
    match &cell.0 {
        Repr::Other(other) if matches!(**other, (Value::Number(_), None)) => CellAlignment::Right,
        _ => CellAlignment::Left,
    }
}

/// Draws a table as prettytable does: `+---+` borders, one space of padding,
/// no rules between rows. With a width limit, cliff's `_assign_max_widths`
/// shares the room out (no column narrower than `min_width`), and each cell
/// line wider than its column is wrapped by Python's `textwrap.fill`.
fn table(
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
fn textwrap_fill(text: &str, width: usize) -> String {
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

/// Orders cells by their values (see [`compare`]); two texts without
/// making a JSON value of either.
fn compare_cells(a: &Cell, b: &Cell) -> std::cmp::Ordering {
    match (&a.0, &b.0) {
        (Repr::Text(x), Repr::Text(y)) => x.cmp(y),
        _ => compare(&a.value(), &b.value()),
    }
}

/// Orders JSON values as Python compares them, nulls last.
fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Greater,
        (_, Value::Null) => Ordering::Less,
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            x.partial_cmp(&y).unwrap_or(Ordering::Equal)
        }
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => python_str(a).cmp(&python_str(b)),
    }
}

/// `str(value)` in Python: `None`, `True`, `['a', 1]`, `{'k': 'v'}`.
pub fn python_str(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => python_repr(other),
    }
}

/// `repr(value)` in Python.
fn python_repr(value: &Value) -> String {
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
fn python_float(n: &serde_json::Number) -> String {
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

fn write_yaml_block(out: &mut String, value: &Value, indent: usize) {
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

fn yaml_scalar(value: &Value) -> String {
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
fn yaml_plain_ok(s: &str) -> bool {
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

fn digits(s: &str, extra: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || extra.contains(c))
}

/// PyYAML's int: `0b...`, `0...` (octal), decimals, `0x...`, sexagesimal.
fn yaml_int(s: &str) -> bool {
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

fn sexagesimal(part: &str) -> bool {
    !part.is_empty()
        && part.len() <= 2
        && part.chars().all(|c| c.is_ascii_digit())
        && (part.len() < 2 || part.as_bytes()[0] <= b'5')
}

/// PyYAML's float: `1.5`, `1.`, `.5`, `1e+5` (with a dot), sexagesimal
/// with a fraction, `.inf`, `.nan`.
fn yaml_float(s: &str) -> bool {
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
fn yaml_timestamp(s: &str) -> bool {
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

/// A cell as CSV reads it: its text, and whether it is a number (which
/// `QUOTE_NONNUMERIC` leaves bare). A formatted column is written as the
/// text of its machine value, as cliff does with its
/// `FormattableColumn`s (an object to cliff, never a number); `None` is
/// an empty field.
fn csv_field(cell: &Cell) -> (Cow<'_, str>, bool) {
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
fn csv_row<'a>(cells: impl Iterator<Item = (Cow<'a, str>, bool)>, quote: Quote) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_string_cell_is_small_and_reads_as_its_value() {
        // Two words: a hundred thousand rows of IDs are not 96 bytes a cell.
        assert_eq!(std::mem::size_of::<Cell>(), 16);
        let site: Arc<str> = "Berlin".into();
        let (a, b) = (Cell::text(site.clone()), Cell::text(site));
        assert_eq!(a, b);
        assert_eq!(Cell::new("x"), Cell::of(&json!("x")));
        assert_eq!(*a.value(), json!("Berlin"));
        assert_eq!(a.human(), None);
        assert_eq!(Cell::new(json!(null)).text_of_value(), "None");
        let formatted = Cell::formatted(json!(["a", "b"]), "a, b");
        assert_eq!(formatted.human(), Some("a, b"));
        assert_eq!(formatted.text_of_value(), "['a', 'b']");
    }

    fn listing() -> Listing {
        Listing {
            columns: vec!["ID".into(), "Name".into(), "Size".into()],
            rows: vec![
                vec![Cell::new("b2"), Cell::new("debian"), Cell::new(12)],
                vec![Cell::new("a1"), Cell::new("cirros"), Cell::new(1024)],
            ],
        }
    }

    fn render(l: &Listing, o: &ListOptions) -> String {
        let mut out = Vec::new();
        l.write(&mut out, o).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_as_prettytable_draws_it() {
        let text = render(&listing(), &ListOptions::default());
        assert_eq!(
            text,
            "+----+--------+------+\n\
             | ID | Name   | Size |\n\
             +----+--------+------+\n\
             | b2 | debian |   12 |\n\
             | a1 | cirros | 1024 |\n\
             +----+--------+------+\n"
        );
    }

    #[test]
    fn empty_list_prints_an_empty_line_unless_asked() {
        let empty = Listing {
            columns: vec!["ID".into(), "Name".into()],
            rows: vec![],
        };
        assert_eq!(render(&empty, &ListOptions::default()), "\n");
        let options = ListOptions {
            print_empty: true,
            ..Default::default()
        };
        assert_eq!(
            render(&empty, &options),
            "+----+------+\n| ID | Name |\n+----+------+\n+----+------+\n"
        );
        let json = ListOptions {
            format: ListFormat::Json,
            ..Default::default()
        };
        assert_eq!(render(&empty, &json), "[]\n");
    }

    #[test]
    fn json_as_python_dumps_it() {
        let options = ListOptions {
            format: ListFormat::Json,
            columns: vec!["name".into(), "id".into()],
            ..Default::default()
        };
        assert_eq!(
            render(&listing(), &options),
            "[\n  {\n    \"ID\": \"b2\",\n    \"Name\": \"debian\"\n  },\n  {\n    \"ID\": \"a1\",\n    \"Name\": \"cirros\"\n  }\n]\n"
        );
        let value = json!({"a": [1, 2.5, null, true], "b": "Zürich", "c": {}, "d": 1e16});
        assert_eq!(
            python_json(&value, false),
            r#"{"a": [1, 2.5, null, true], "b": "Z\u00fcrich", "c": {}, "d": 1e+16}"#
        );
    }

    #[test]
    fn sort_columns_after_selection_rules() {
        let options = ListOptions {
            format: ListFormat::Value,
            sort_columns: vec!["name".into()],
            ..Default::default()
        };
        assert_eq!(
            render(&listing(), &options),
            "a1 cirros 1024\nb2 debian 12\n"
        );
        let descending = ListOptions {
            descending: true,
            sort_columns: vec!["Size".into()],
            ..options
        };
        assert_eq!(
            render(&listing(), &descending),
            "a1 cirros 1024\nb2 debian 12\n"
        );
    }

    #[test]
    fn value_output_of_many_rows_is_every_row_once() {
        // More than one 64 KB piece, with rows across the boundaries.
        let listing = Listing {
            columns: vec!["ID".into(), "Size".into()],
            rows: (0..20_000)
                .map(|i| vec![Cell::new(format!("id-{i}")), Cell::new(i)])
                .collect(),
        };
        let options = ListOptions {
            format: ListFormat::Value,
            ..Default::default()
        };
        let expected: String = (0..20_000).map(|i| format!("id-{i} {i}\n")).collect();
        assert!(expected.len() > 3 * 64 * 1024);
        assert_eq!(render(&listing, &options), expected);
    }

    #[test]
    fn csv_quotes_nonnumeric_by_default() {
        let options = ListOptions {
            format: ListFormat::Csv,
            ..Default::default()
        };
        assert_eq!(
            render(&listing(), &options),
            "\"ID\",\"Name\",\"Size\"\n\"b2\",\"debian\",12\n\"a1\",\"cirros\",1024\n"
        );
    }

    #[test]
    fn yaml_as_pyyaml_dumps_it() {
        let options = ListOptions {
            format: ListFormat::Yaml,
            ..Default::default()
        };
        assert_eq!(
            render(&listing(), &options),
            "- ID: b2\n  Name: debian\n  Size: 12\n- ID: a1\n  Name: cirros\n  Size: 1024\n"
        );
        let value = json!({"b": ["x", "yes", "12"], "a": {"k": null, "e": ""}, "c": []});
        assert_eq!(
            python_yaml(&value),
            "a:\n  e: ''\n  k: null\nb:\n- x\n- 'yes'\n- '12'\nc: []\n"
        );
        // What PyYAML's resolvers would misread is quoted; nothing else.
        let quoted = [
            "1.5",
            ".5",
            "1.0e+5",
            "0x1F",
            "017",
            "1:30",
            "2026-01-01",
            "2026-01-01T00:00:00Z",
            "2026-1-1 10:00:00.5 +02:00",
            "Yes",
            "null",
            "~",
            "-",
            "@x",
            "a: b",
            " x",
        ];
        let plain = [
            "10.0.0.4",
            "1e5",
            "1e+5",
            "y",
            "n",
            "YeS",
            "08",
            "v1.0",
            "2026-01-01x",
            "a-b",
            "-x",
            "2026-11-21T19:11:32+0000",
        ];
        for s in quoted {
            assert!(!yaml_plain_ok(s), "{s} should be quoted");
        }
        for s in plain {
            assert!(yaml_plain_ok(s), "{s} should be plain");
        }
    }

    #[test]
    fn show_formats() {
        let record = Record {
            fields: vec![
                ("id".into(), Cell::new("a1")),
                ("name".into(), Cell::new("say \"hi\"")),
                ("tags".into(), Cell::formatted(json!(["x", "y"]), "x, y")),
            ],
        };
        let show = |format, prefix: &str| {
            let mut out = Vec::new();
            let options = ShowOptions {
                format,
                prefix: prefix.into(),
                ..Default::default()
            };
            record.write(&mut out, &options).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            show(ShowFormat::Table, ""),
            "+-------+----------+\n\
             | Field | Value    |\n\
             +-------+----------+\n\
             | id    | a1       |\n\
             | name  | say \"hi\" |\n\
             | tags  | x, y     |\n\
             +-------+----------+\n"
        );
        assert_eq!(
            show(ShowFormat::Shell, "os_"),
            "os_id=\"a1\"\nos_name=\"say \\\"hi\\\"\"\nos_tags=\"['x', 'y']\"\n"
        );
        assert_eq!(show(ShowFormat::Value, ""), "a1\nsay \"hi\"\n['x', 'y']\n");
    }

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

    #[test]
    fn unknown_columns_are_an_error() {
        let options = ListOptions {
            columns: vec!["nope".into()],
            ..Default::default()
        };
        assert!(listing().write(&mut Vec::new(), &options).is_err());
    }
}
