use serde::{Deserialize, Serialize};

use crate::TextRange;

/// How serious a diagnostic is. Content problems are never errors of the program: a rejected
/// input is one `Error` diagnostic, and the run goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// A problem found in content: a rejected input, an undecodable byte run, a field left unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable code, e.g. `binary`, `too-large`, `bad-json`, `decoded-lossy`.
    pub code: String,
    /// Lowercase, no final period; says what is wrong and, where it can, what to do.
    pub message: String,
    /// The input it concerns, as given (a path, URL, or `path:line`).
    pub origin: String,
    /// Where in the cleaned text, when it concerns a piece of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<TextRange>,
}

impl Diagnostic {
    pub fn new(
        severity: Severity,
        code: impl Into<String>,
        origin: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            code: code.into(),
            message: message.into(),
            origin: origin.into(),
            range: None,
        }
    }

    pub fn error(
        code: impl Into<String>,
        origin: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Error, code, origin, message)
    }

    pub fn warning(
        code: impl Into<String>,
        origin: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Warning, code, origin, message)
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "rejected",
        };
        write!(
            f,
            "{sev}: {}: {} ({})",
            self.origin, self.message, self.code
        )
    }
}
