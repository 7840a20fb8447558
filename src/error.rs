//! The API's error: input that cannot be a document at all.

use thiserror::Error;

/// Why bytes could not be read as a document.
///
/// Anything that *is* text never fails: it comes back as a
/// [`Document`](crate::Document) with diagnostics for what is missing.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The bytes look like a binary file (a PDF, an image, an archive...).
    #[error("input is binary data ({what}), not text")]
    Binary {
        /// What it looks like, e.g. "PDF" or "NUL bytes".
        what: String,
    },
    /// The bytes are not valid in the encoding asked for, or in any known one.
    #[error("input cannot be decoded as {encoding}: {detail}")]
    Encoding {
        /// The encoding tried.
        encoding: String,
        /// What went wrong, with the byte offset.
        detail: String,
    },
    /// The input is larger than the configured limit.
    #[error("input is {size} bytes, above the limit of {limit} bytes")]
    TooLarge {
        /// The input's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl Error {
    /// A stable code for the error, as written in batch output (`error.code`).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Binary { .. } => "binary",
            Error::Encoding { .. } => "encoding",
            Error::TooLarge { .. } => "too_large",
        }
    }
}
