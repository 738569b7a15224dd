//! The scope as written: what the parser produces and the printer prints.
//!
//! The tree keeps what the user wrote (a site named twice is still there
//! twice); [`super::resolve`] turns it into a plan. [`fmt::Display`] prints the
//! canonical text: one space around operators, the fewest parentheses that
//! keep the tree, map keys in [`ServiceType`] order with `*` last, quotes only
//! where a name needs them. Parsing the printed text gives the same tree.

use std::collections::BTreeMap;
use std::fmt;

use super::service::ServiceType;

/// An expression over sites.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Expr {
    /// A site by name: `berlin`, `mycloud/RegionTwo`, `"New York"`.
    Site(String),
    /// A group from oscope's configuration: `@europe` (the name without `@`).
    Group(String),
    /// `*`: every configured site.
    AllSites,
    /// `left & right`: both.
    And(Box<Expr>, Box<Expr>),
    /// `left | right`: the left, or else the right.
    Or(Box<Expr>, Box<Expr>),
}

/// A whole scope: an expression per service, and one for the rest.
///
/// A bare expression is the map `{*: expression}`: both print as the bare
/// expression.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// Services the scope names.
    pub services: BTreeMap<ServiceType, Expr>,
    /// The `*` entry, or the bare expression.
    pub default: Option<Expr>,
}

impl Scope {
    /// The expression the scope itself gives `service`, before environment
    /// variables and the current cloud are consulted.
    pub fn named(&self, service: ServiceType) -> Option<&Expr> {
        self.services.get(&service)
    }
}

impl Expr {
    /// Whether a site name can be printed without quotes and read back as
    /// the same name. Keep in step with `site` in `grammar/scope.pest`.
    pub fn is_bare_name(name: &str) -> bool {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphabetic() || c.is_ascii_digit() || "-_./".contains(c))
    }

    fn fmt_operand(&self, f: &mut fmt::Formatter<'_>, parens: bool) -> fmt::Result {
        if parens {
            write!(f, "({self})")
        } else {
            write!(f, "{self}")
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Site(name) if Expr::is_bare_name(name) => f.write_str(name),
            Expr::Site(name) => {
                f.write_str("\"")?;
                for c in name.chars() {
                    if matches!(c, '"' | '\\') {
                        f.write_str("\\")?;
                    }
                    write!(f, "{c}")?;
                }
                f.write_str("\"")
            }
            Expr::Group(name) => write!(f, "@{name}"),
            Expr::AllSites => f.write_str("*"),
            // Both operators are left-associative and `&` binds tighter, so
            // the left operand needs parentheses only when it is a `|` under
            // a `&`, and the right one whenever it is the same or a looser
            // operator.
            Expr::And(l, r) => {
                l.fmt_operand(f, matches!(**l, Expr::Or(..)))?;
                f.write_str(" & ")?;
                r.fmt_operand(f, matches!(**r, Expr::Or(..) | Expr::And(..)))
            }
            Expr::Or(l, r) => {
                l.fmt_operand(f, false)?;
                f.write_str(" | ")?;
                r.fmt_operand(f, matches!(**r, Expr::Or(..)))
            }
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.default, self.services.is_empty()) {
            (Some(default), true) => write!(f, "{default}"),
            _ => {
                f.write_str("{")?;
                let mut first = true;
                let named = self.services.iter().map(|(k, v)| (k.as_str(), v));
                for (key, expr) in named.chain(self.default.iter().map(|d| ("*", d))) {
                    if !first {
                        f.write_str(", ")?;
                    }
                    first = false;
                    write!(f, "{key}: {expr}")?;
                }
                f.write_str("}")
            }
        }
    }
}
