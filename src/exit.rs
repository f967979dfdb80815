//! Exit codes, in one place, because cron jobs, CI and pre-commit hooks branch on them.

/// The process exit code. When several apply, the highest wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitCode {
    /// All good: nothing invalid, nothing overdue.
    Success = 0,
    /// The command found what it looks for: invalid dossiers for `check`,
    /// overdue dossiers for `review`. Scripts act on this one.
    Found = 1,
    /// Usage error, I/O error, or (outside `check`) a dossier that could not
    /// be read: the answer itself may be incomplete.
    Trouble = 2,
}

impl ExitCode {
    pub fn code(self) -> u8 {
        self as u8
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_code_wins() {
        assert_eq!(ExitCode::Success.max(ExitCode::Found), ExitCode::Found);
        assert_eq!(ExitCode::Trouble.max(ExitCode::Found), ExitCode::Trouble);
        assert_eq!(
            [ExitCode::Success, ExitCode::Success].into_iter().max(),
            Some(ExitCode::Success)
        );
    }

    #[test]
    fn codes_match_the_contract() {
        assert_eq!(ExitCode::Success.code(), 0);
        assert_eq!(ExitCode::Found.code(), 1);
        assert_eq!(ExitCode::Trouble.code(), 2);
    }
}
