//! One error type for the whole tool. Each variant knows its exit code (the table in
//! CLI.md) and an optional hint; `exit_code` is the only place that mapping lives.

use std::fmt;

/// Exit codes from CLI.md.
pub mod code {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const CONFIG: u8 = 3;
    pub const AUTH: u8 = 4;
    pub const NOT_FOUND: u8 = 5;
    pub const CONFLICT: u8 = 6;
    pub const EXTERNAL: u8 = 7;
    pub const PARTIAL: u8 = 8;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flag or value, input needed under --no-input, destructive action without --yes.
    #[error("{msg}")]
    Usage { msg: String, hint: Option<String> },
    /// Missing/invalid configuration, backend not initialised, wrong master key.
    #[error("{msg}")]
    Config { msg: String, hint: Option<String> },
    /// Not authenticated, expired session, MFA required or locked, permission denied.
    #[error("{msg}")]
    Auth { msg: String, hint: Option<String> },
    #[error("{msg}")]
    NotFound { msg: String, hint: Option<String> },
    /// Already exists, locked, precondition failed, last admin.
    #[error("{msg}")]
    Conflict { msg: String, hint: Option<String> },
    /// An external service (database, store, provider) failed or is unreachable.
    #[error("{msg}")]
    External { msg: String, hint: Option<String> },
    /// A command that ran and reports failure (exit 1) — message already printed as data.
    #[error("{msg}")]
    Failed { msg: String },
    /// Storage-level failure inside the backend (I/O, SQL). Treated as external (7).
    #[error("backend error: {0}")]
    Backend(String),
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

macro_rules! ctor {
    ($name:ident, $hinted:ident, $variant:ident) => {
        pub fn $name(msg: impl Into<String>) -> Self {
            Error::$variant { msg: msg.into(), hint: None }
        }
        pub fn $hinted(msg: impl Into<String>, hint: impl Into<String>) -> Self {
            Error::$variant { msg: msg.into(), hint: Some(hint.into()) }
        }
    };
}

impl Error {
    ctor!(usage, usage_hint, Usage);
    ctor!(config, config_hint, Config);
    ctor!(auth, auth_hint, Auth);
    ctor!(not_found, not_found_hint, NotFound);
    ctor!(conflict, conflict_hint, Conflict);
    ctor!(external, external_hint, External);

    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Usage { hint, .. }
            | Error::Config { hint, .. }
            | Error::Auth { hint, .. }
            | Error::NotFound { hint, .. }
            | Error::Conflict { hint, .. }
            | Error::External { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }

    /// A destructive action was attempted under --no-input without --yes.
    pub fn needs_yes(action: &str) -> Self {
        Error::usage_hint(format!("{action} is destructive and needs confirmation"), "pass --yes to confirm")
    }

    /// Input would be needed but prompting is not allowed.
    pub fn needs_input(what: &str, flag: &str) -> Self {
        Error::usage_hint(
            format!("{what} is required and prompting is disabled (--no-input or stdin is not a terminal)"),
            format!("pass {flag}"),
        )
    }
}

/// The single mapping from error to process exit code (CLI.md's table).
pub fn exit_code(err: &Error) -> u8 {
    match err {
        Error::Usage { .. } => code::USAGE,
        Error::Config { .. } => code::CONFIG,
        Error::Auth { .. } => code::AUTH,
        Error::NotFound { .. } => code::NOT_FOUND,
        Error::Conflict { .. } => code::CONFLICT,
        Error::External { .. } | Error::Backend(_) => code::EXTERNAL,
        Error::Failed { .. } => code::FAILURE,
        Error::Io(e) if e.kind() == std::io::ErrorKind::PermissionDenied => code::CONFIG,
        Error::Io(_) => code::EXTERNAL,
    }
}

/// When several outcomes apply at once (a batch), pick by CLI.md's precedence:
/// 2 > 3 > 4 > 7 > 8 > 1, and anything else after those.
pub fn most_severe(codes: impl IntoIterator<Item = u8>) -> u8 {
    const ORDER: [u8; 6] = [code::USAGE, code::CONFIG, code::AUTH, code::EXTERNAL, code::PARTIAL, code::FAILURE];
    let codes: Vec<u8> = codes.into_iter().filter(|c| *c != 0).collect();
    for c in ORDER {
        if codes.contains(&c) {
            return c;
        }
    }
    codes.into_iter().next().unwrap_or(code::OK)
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        // Never include bound parameters: only the driver's message.
        Error::Backend(redact_sql_error(&e))
    }
}

fn redact_sql_error(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(err, msg) => match msg {
            Some(m) => format!("{m} ({:?})", err.code),
            None => format!("{:?}", err.code),
        },
        other => other.to_string(),
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Backend(format!("malformed JSON in stored data: {e}"))
    }
}

/// Wrapper so `main` can print "error: …" then "hint: …".
pub struct Report<'a>(pub &'a Error);

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.0)?;
        if let Some(h) = self.0.hint() {
            write!(f, "\nhint: {h}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_follows_cli_table() {
        assert_eq!(most_severe([1, 8, 7]), 7);
        assert_eq!(most_severe([1, 8]), 8);
        assert_eq!(most_severe([4, 3]), 3);
        assert_eq!(most_severe([2, 3, 4]), 2);
        assert_eq!(most_severe([0, 0]), 0);
        assert_eq!(most_severe([5]), 5);
    }

    #[test]
    fn codes_by_variant() {
        assert_eq!(exit_code(&Error::usage("x")), 2);
        assert_eq!(exit_code(&Error::config("x")), 3);
        assert_eq!(exit_code(&Error::auth("x")), 4);
        assert_eq!(exit_code(&Error::not_found("x")), 5);
        assert_eq!(exit_code(&Error::conflict("x")), 6);
        assert_eq!(exit_code(&Error::external("x")), 7);
        assert_eq!(exit_code(&Error::Backend("x".into())), 7);
    }
}
