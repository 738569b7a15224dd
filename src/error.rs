//! The errors that end a command, and the exit status each one means.
//!
//! Errors of one site never come here: they are reported per site and only
//! decide between success, partial and failure. What comes here stops the
//! whole command.

use crate::config::ConfigError;
use crate::exit::ExitStatus;
use crate::scope::ScopeError;

/// An error that ends the command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The scope does not parse or names what is not configured.
    #[error(transparent)]
    Scope(#[from] ScopeError),
    /// A configuration file cannot be used.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A command line that cannot be carried out as given.
    #[error("{0}")]
    Usage(String),
    /// Ctrl-C.
    #[error("interrupted")]
    Interrupted,
    /// Writing the output failed (other than a closed pipe, which is success).
    #[error("cannot write output: {0}")]
    Output(#[source] std::io::Error),
}

impl Error {
    /// The exit status this error means.
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Scope(_) | Error::Usage(_) => ExitStatus::Usage,
            Error::Config(_) | Error::Output(_) => ExitStatus::Failure,
            Error::Interrupted => ExitStatus::Interrupted,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Output(e)
    }
}
