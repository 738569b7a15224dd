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

use serde_json::Value;

mod compare;
mod csv;
mod python;
mod table;
mod yaml;

use comfy_table::CellAlignment;
pub use compare::sameness;
use csv::{csv_field, csv_row};
pub use python::{python_json, python_repr, python_str};
use table::{alignment, table};
pub use yaml::python_yaml;

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
    /// The most rows printed, once sorted (`server list --limit` over
    /// several sites).
    pub limit: Option<usize>,
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
        let mut order = self.order(&options.sort_columns, options.descending);
        order.truncate(options.limit.unwrap_or(usize::MAX));
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
        // Many rows, each once and in order.
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
    fn unknown_columns_are_an_error() {
        let options = ListOptions {
            columns: vec!["nope".into()],
            ..Default::default()
        };
        assert!(listing().write(&mut Vec::new(), &options).is_err());
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
            assert!(!yaml::yaml_plain_ok(s), "{s} should be quoted");
        }
        for s in plain {
            assert!(yaml::yaml_plain_ok(s), "{s} should be plain");
        }
    }
}
