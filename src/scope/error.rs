//! Scope errors as data, and their rendering in words.
//!
//! A syntax error keeps the input and the byte offset of the fault, so that
//! it can say `line:col`, show the line with a caret under the fault, and add
//! a hint for the usual slips (`&&`, `||`, `^`, `,` between sites). Tests
//! compare the rendered text, so the wording here is part of the interface.

use std::fmt;

use super::service::ServiceType;

/// What is wrong with a scope's text. Every variant is a usage error (exit 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// The scope has no text at all.
    Empty,
    /// The parser met something other than what the grammar allows here;
    /// the string lists what was expected, in words.
    Expected(String),
    /// A map key that is no service type, project name or alias.
    UnknownService(String),
    /// The same service under two keys (`{nova: A, compute: B}`).
    DuplicateService {
        service: ServiceType,
        first: String,
        second: String,
    },
    /// Two `*` keys in one map.
    DuplicateDefault,
    /// A JSON string whose escapes do not decode.
    BadJsonString(String),
}

/// A scope that does not parse: where, what, and perhaps a hint.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct SyntaxError {
    /// Where the text came from when it is not the command line
    /// (`OS_SCOPE_IMAGE`, `group @europe`), for the message.
    pub origin: Option<String>,
    /// The whole text that was parsed.
    pub input: String,
    /// Byte offset of the fault in `input`.
    pub offset: usize,
    /// What is wrong.
    pub kind: SyntaxErrorKind,
    /// A suggestion for a common mistake.
    pub hint: Option<String>,
}

impl SyntaxError {
    /// The 1-based line and column (in characters) of the fault.
    pub fn line_col(&self) -> (usize, usize) {
        let before = &self.input[..self.offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    /// The message without position: "expected a site name".
    pub fn message(&self) -> String {
        match &self.kind {
            SyntaxErrorKind::Empty => "the scope is empty".to_string(),
            SyntaxErrorKind::Expected(words) => format!("expected {words}"),
            SyntaxErrorKind::UnknownService(key) => format!("unknown service `{key}`"),
            SyntaxErrorKind::DuplicateService {
                service,
                first,
                second,
            } if first.eq_ignore_ascii_case(second) => {
                format!("service `{service}` is given twice")
            }
            SyntaxErrorKind::DuplicateService {
                service,
                first,
                second,
            } => format!("service `{service}` is given twice, as `{first}` and as `{second}`"),
            SyntaxErrorKind::DuplicateDefault => "the `*` key is given twice".to_string(),
            SyntaxErrorKind::BadJsonString(why) => format!("bad JSON string: {why}"),
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (line, col) = self.line_col();
        let origin = self
            .origin
            .as_deref()
            .map(|o| format!(" in {o}"))
            .unwrap_or_default();
        writeln!(
            f,
            "invalid scope{origin} at {line}:{col}: {}",
            self.message()
        )?;
        let text = self.input.lines().nth(line - 1).unwrap_or("");
        writeln!(f, "  {}", text.replace('\t', " "))?;
        write!(f, "  {}^", " ".repeat(col - 1))?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// A scope that parses but does not fit the configuration.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// A site that no cloud or region of the configuration is called.
    #[error("unknown site `{name}`{}", suggest(suggestions, known))]
    UnknownSite {
        name: String,
        /// Known names close to `name`, closest first.
        suggestions: Vec<String>,
        /// The first few known site names, for when none is close.
        known: Vec<String>,
    },
    /// A name that matches several sites once case is ignored.
    #[error("site `{name}` is ambiguous: it could be {}", quote_list(candidates))]
    AmbiguousSite {
        name: String,
        candidates: Vec<String>,
    },
    /// An `@group` that oscope's configuration does not define.
    #[error("unknown group `@{name}`{}", suggest_groups(suggestions))]
    UnknownGroup {
        name: String,
        suggestions: Vec<String>,
    },
    /// A group whose definition reaches itself again.
    #[error("group `@{}` is defined in terms of itself: {}", cycle[0], cycle.iter().map(|g| format!("@{g}")).collect::<Vec<_>>().join(" → "))]
    GroupCycle { cycle: Vec<String> },
    /// A group definition that does not parse.
    #[error("{0}")]
    GroupSyntax(Box<SyntaxError>),
    /// `*` or a group that stands for no site at all.
    #[error("`{0}` stands for no site: the configuration has none")]
    NoSites(String),
}

fn quote_list(names: &[String]) -> String {
    let quoted: Vec<_> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

fn suggest(suggestions: &[String], known: &[String]) -> String {
    if known.is_empty() {
        "; no sites are configured (no clouds.yaml was found)".to_string()
    } else if suggestions.is_empty() {
        format!("; known sites: {}", known.join(", "))
    } else {
        format!("; did you mean {}?", quote_list(suggestions))
    }
}

fn suggest_groups(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        "; groups are defined under `groups:` in oscope's configuration file".to_string()
    } else {
        let at: Vec<_> = suggestions.iter().map(|s| format!("@{s}")).collect();
        format!("; did you mean {}?", quote_list(&at))
    }
}

/// Any error of the scope language: all are usage errors, exit status 2.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScopeError {
    /// The text does not parse.
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    /// The text parses but names what the configuration does not have.
    #[error(transparent)]
    Resolve(#[from] ResolveError),
}
