//! Text to [`Scope`]: pest for the grammar, a Pratt parser for precedence.
//!
//! `grammar/scope.pest` says what is well formed; this module builds the
//! tree (`&` binds tighter than `|`, both left-associative), normalises map
//! keys to service types, and turns pest's errors into [`SyntaxError`]s that
//! speak of site names and operators rather than rules.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use pest::Parser as _;
use pest::error::{ErrorVariant, InputLocation};
use pest::iterators::{Pair, Pairs};
use pest::pratt_parser::{Assoc, Op, PrattParser};

use super::ast::{Expr, Scope};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::service::ServiceType;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/scope.pest"]
struct Grammar;

/// Later operators bind tighter: `|` below `&`.
static PRATT: LazyLock<PrattParser<Rule>> = LazyLock::new(|| {
    PrattParser::new()
        .op(Op::infix(Rule::or, Assoc::Left))
        .op(Op::infix(Rule::and, Assoc::Left))
});

/// Parses the value of `--os-scope` or `OS_SCOPE`.
pub fn parse_scope(input: &str) -> Result<Scope, SyntaxError> {
    let top = parse_rule(Rule::scope, input)?;
    let body = top
        .into_inner()
        .next()
        .expect("the grammar puts a body before EOI");
    match body.as_rule() {
        Rule::expr => Ok(Scope {
            services: BTreeMap::new(),
            default: Some(build_expr(body.into_inner())),
        }),
        Rule::map => build_map(input, body),
        Rule::json_map => build_json_map(input, body),
        rule => unreachable!("scope body {rule:?}"),
    }
}

/// Parses a lone expression: the value of `OS_SCOPE_<SERVICE>` or a group's
/// definition, where a map makes no sense.
pub fn parse_expr(input: &str) -> Result<Expr, SyntaxError> {
    let top = parse_rule(Rule::lone_expr, input)?;
    let expr = top.into_inner().next().expect("lone_expr holds an expr");
    Ok(build_expr(expr.into_inner()))
}

fn parse_rule(rule: Rule, input: &str) -> Result<Pair<'_, Rule>, SyntaxError> {
    if input.trim().is_empty() {
        return Err(SyntaxError {
            origin: None,
            input: input.to_string(),
            offset: 0,
            kind: SyntaxErrorKind::Empty,
            hint: Some(
                "name a site (`berlin`), sites joined by `&` or `|`, or `*` for every site"
                    .to_string(),
            ),
        });
    }
    Grammar::parse(rule, input)
        .map(|mut pairs| pairs.next().expect("a successful parse has its rule"))
        .map_err(|e| from_pest(input, e))
}

fn build_expr(pairs: Pairs<'_, Rule>) -> Expr {
    let operands = pairs.filter(|p| !matches!(p.as_rule(), Rule::open | Rule::close));
    PRATT
        .map_primary(|p| match p.as_rule() {
            Rule::site => Expr::Site(p.as_str().to_string()),
            Rule::quoted => Expr::Site(unquote(p.into_inner().as_str())),
            Rule::group => Expr::Group(p.into_inner().as_str().to_string()),
            Rule::all_sites => Expr::AllSites,
            Rule::expr => build_expr(p.into_inner()),
            rule => unreachable!("operand {rule:?}"),
        })
        .map_infix(|l, op, r| match op.as_rule() {
            Rule::and => Expr::And(Box::new(l), Box::new(r)),
            Rule::or => Expr::Or(Box::new(l), Box::new(r)),
            rule => unreachable!("operator {rule:?}"),
        })
        .parse(operands)
}

fn unquote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(if c == '\\' {
            chars.next().unwrap_or(c)
        } else {
            c
        });
    }
    out
}

/// Collects map entries, refusing unknown services and services given twice.
struct MapBuilder<'i> {
    input: &'i str,
    scope: Scope,
    keys: BTreeMap<ServiceType, String>,
}

impl<'i> MapBuilder<'i> {
    fn new(input: &'i str) -> Self {
        MapBuilder {
            input,
            scope: Scope::default(),
            keys: BTreeMap::new(),
        }
    }

    fn add(&mut self, key: &str, offset: usize, expr: Expr) -> Result<(), SyntaxError> {
        let error = |kind| SyntaxError {
            origin: None,
            input: self.input.to_string(),
            offset,
            kind,
            hint: None,
        };
        if key == "*" {
            if self.scope.default.is_some() {
                return Err(error(SyntaxErrorKind::DuplicateDefault));
            }
            self.scope.default = Some(expr);
            return Ok(());
        }
        let Some(service) = ServiceType::lookup(key) else {
            let known: Vec<_> = ServiceType::COMMON.iter().map(|s| s.as_str()).collect();
            return Err(SyntaxError {
                hint: Some(format!(
                    "known services include {}, and their project names (nova, glance, ...); \
                     `*` binds the others",
                    known.join(", ")
                )),
                ..error(SyntaxErrorKind::UnknownService(key.to_string()))
            });
        };
        if let Some(first) = self.keys.get(&service) {
            return Err(error(SyntaxErrorKind::DuplicateService {
                service,
                first: first.clone(),
                second: key.to_string(),
            }));
        }
        self.keys.insert(service, key.to_string());
        self.scope.services.insert(service, expr);
        Ok(())
    }
}

fn build_map(input: &str, map: Pair<'_, Rule>) -> Result<Scope, SyntaxError> {
    let mut builder = MapBuilder::new(input);
    for entry in map.into_inner().filter(|p| p.as_rule() == Rule::entry) {
        let mut parts = entry.into_inner();
        let key = parts.next().expect("entry has a key");
        let expr = parts
            .find(|p| p.as_rule() == Rule::expr)
            .expect("entry has an expr");
        builder.add(
            key.as_str(),
            key.as_span().start(),
            build_expr(expr.into_inner()),
        )?;
    }
    Ok(builder.scope)
}

fn build_json_map(input: &str, map: Pair<'_, Rule>) -> Result<Scope, SyntaxError> {
    let mut builder = MapBuilder::new(input);
    for entry in map.into_inner().filter(|p| p.as_rule() == Rule::json_entry) {
        let mut strings = entry
            .into_inner()
            .filter(|p| p.as_rule() == Rule::json_string);
        let (key, value) = (strings.next().expect("key"), strings.next().expect("value"));
        let key_text = json_decode(input, &key)?;
        let value_text = json_decode(input, &value)?;
        let expr = parse_expr(&value_text).map_err(|mut e| {
            // Point into the original text. Escapes shift offsets, so a value
            // that had any is blamed as a whole.
            let raw = value.clone().into_inner().as_str();
            let content_start = value.as_span().start() + 1;
            e.offset = if raw == value_text {
                content_start + e.offset
            } else {
                content_start - 1
            };
            e.input = input.to_string();
            e
        })?;
        builder.add(&key_text, key.as_span().start(), expr)?;
    }
    Ok(builder.scope)
}

fn json_decode(input: &str, string: &Pair<'_, Rule>) -> Result<String, SyntaxError> {
    serde_json::from_str(string.as_str()).map_err(|e| SyntaxError {
        origin: None,
        input: input.to_string(),
        offset: string.as_span().start(),
        kind: SyntaxErrorKind::BadJsonString(e.to_string()),
        hint: None,
    })
}

/// What a rule stands for in an error message, each word with its place
/// in the list of expectations.
fn describe(rule: Rule) -> &'static [(u8, &'static str)] {
    match rule {
        // pest names the rule it was in when the tokens it tried are atomic:
        // `scope` and `entry` stand for their first tokens.
        Rule::scope => &[(0, "a site name"), (3, "`{`")],
        Rule::site
        | Rule::quoted
        | Rule::group
        | Rule::all_sites
        | Rule::open
        | Rule::expr
        | Rule::lone_expr => &[(0, "a site name")],
        Rule::group_name => &[(0, "a group name")],
        Rule::service | Rule::entry => &[(1, "a service name"), (2, "`*`")],
        Rule::default_key => &[(2, "`*`")],
        Rule::json_string | Rule::json_text | Rule::json_entry => &[(3, "a quoted JSON string")],
        Rule::open_brace => &[(3, "`{`")],
        Rule::and => &[(4, "`&`")],
        Rule::or => &[(5, "`|`")],
        Rule::close => &[(6, "`)`")],
        Rule::colon => &[(7, "`:`")],
        Rule::comma => &[(8, "`,`")],
        Rule::close_brace => &[(9, "`}`")],
        Rule::EOI => &[(10, "end of scope")],
        _ => &[(11, "something else")],
    }
}

fn from_pest(input: &str, error: pest::error::Error<Rule>) -> SyntaxError {
    let offset = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((start, _)) => start,
    };
    let mut expected = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives
            .iter()
            .flat_map(|r| describe(*r))
            .copied()
            .collect::<Vec<_>>(),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    expected.sort();
    expected.dedup();
    let words: Vec<_> = expected.iter().map(|(_, w)| *w).collect();
    let words = match words.split_last() {
        None => "something else".to_string(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    };
    let hint = hint(input, offset, &words);
    SyntaxError {
        origin: None,
        input: input.to_string(),
        offset,
        kind: SyntaxErrorKind::Expected(words),
        hint,
    }
}

const JOIN: &str = "use `&` (here and there) or `|` (here, or else there)";

/// A suggestion for the usual slips, from the text around the fault.
fn hint(input: &str, offset: usize, expected: &str) -> Option<String> {
    let before = input[..offset].trim_end();
    let at = &input[offset..];
    let previous = before.chars().last();
    let next = at.chars().next();
    let name_char = |c: char| c.is_alphanumeric() || "-_./\"*".contains(c);
    let ends_operand = previous.is_some_and(|c| name_char(c) || c == ')');
    let starts_operand = next.is_some_and(|c| name_char(c) || c == '(' || c == '@');
    let hint = match next {
        Some('&') if previous == Some('&') => {
            "`&&` is not an operator: a single `&` means here and there".to_string()
        }
        Some('|') if previous == Some('|') => {
            "`||` is not an operator: a single `|` means here, or else there".to_string()
        }
        Some('^') => format!("`^` is not an operator: {JOIN}"),
        Some(',') if !expected.contains("`,`") => format!("`,` does not join sites: {JOIN}"),
        None if matches!(previous, Some('&' | '|')) => {
            format!("`{}` needs a site on its right", previous.unwrap_or('&'))
        }
        _ if expected.contains("`:`") && last_separator(before) == Some(',') => {
            format!("in a map, `,` separates entries; to join sites, {JOIN}")
        }
        _ if expected.starts_with("a quoted JSON string") => {
            "in a JSON map, keys and values are all quoted strings".to_string()
        }
        _ if expected.contains("`&`") && ends_operand && starts_operand => {
            format!("two sites need an operator between them: {JOIN}")
        }
        _ => return None,
    };
    Some(hint)
}

/// The last of `{`, `,` and `:` before the fault, which tells whether the
/// fault is in a key or in a value.
fn last_separator(before: &str) -> Option<char> {
    before.chars().rev().find(|c| matches!(c, '{' | ',' | ':'))
}
