//! Exit statuses, in one place (SPEC §5).
//!
//! Scripts and CI pipelines branch on these, so each has one meaning and
//! every error type maps to one of them in `Error::exit_status`.

use std::process::ExitCode;

/// How an oscope command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: every site of the plan succeeded.
    Success,
    /// 1: the command failed: no site served it, or a fatal error.
    Failure,
    /// 2: usage: bad flags, bad scope, unknown site or service.
    Usage,
    /// 3: partial: some sites failed, the others' results were printed.
    Partial,
    /// 4: `--compare`: the sites differ (every site answered; a row is
    /// missing at one of them at least).
    Differs,
    /// 130: interrupted (Ctrl-C).
    Interrupted,
}

impl ExitStatus {
    /// The number the process exits with.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Usage => 2,
            ExitStatus::Partial => 3,
            ExitStatus::Differs => 4,
            ExitStatus::Interrupted => 130,
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        ExitCode::from(status.code())
    }
}
