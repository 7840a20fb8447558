//! Diagnostics: what was missing, blank, malformed or inconsistent.
//!
//! Takes: nothing; every stage creates them. Returns: [`Diagnostic`] values
//! with a stable [`code`](Diagnostic::code) that callers may match on. The
//! codes in use are listed in [`codes`]; a code never changes meaning.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// How much a diagnostic matters.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; nothing is wrong with the document.
    Info,
    /// Something is missing, blank or inconsistent; the field may be partial.
    Warning,
    /// Something could not be read at all.
    Error,
}

/// One finding about the input, with where it is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// How much it matters.
    pub severity: Severity,
    /// A stable, dotted code such as `date.day_blank` (see [`codes`]).
    pub code: String,
    /// A sentence for a person.
    pub message: String,
    /// Where in the input, or `None` for the document as a whole.
    pub span: Option<Span>,
}

impl Diagnostic {
    /// A new diagnostic.
    pub fn new(
        severity: Severity,
        code: &str,
        message: impl Into<String>,
        span: Option<Span>,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
            span,
        }
    }

    /// A warning at `span`.
    pub fn warning(code: &str, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message, span)
    }

    /// An informational note at `span`.
    pub fn info(code: &str, message: impl Into<String>, span: Option<Span>) -> Diagnostic {
        Diagnostic::new(Severity::Info, code, message, span)
    }
}

/// The stable diagnostic codes. Each stage adds its own here.
pub mod codes {
    /// The input was not UTF-8 and was decoded from another encoding.
    pub const DECODE_ENCODING: &str = "decode.encoding";
    /// The text held characters that could not be decoded and were replaced.
    pub const DECODE_REPLACED: &str = "decode.replaced";
    /// No issuing body could be found in the header.
    pub const ISSUER_MISSING: &str = "header.issuer_missing";
    /// The issuer's locality is spelt differently from the place line; the place's spelling was used.
    pub const ISSUER_SPELLING: &str = "header.issuer_spelling";
    /// No "Số, ký hiệu" could be found.
    pub const REFERENCE_MISSING: &str = "header.reference_missing";
    /// "Số:" is printed but the number is left blank (a draft).
    pub const NUMBER_BLANK: &str = "header.number_blank";
    /// The symbol has a shape the parser does not know.
    pub const SYMBOL_ODD: &str = "header.symbol_odd";
    /// No place and date line could be found.
    pub const DATE_MISSING: &str = "header.date_missing";
    /// The day of the date is left blank.
    pub const DATE_DAY_BLANK: &str = "date.day_blank";
    /// The month of the date is left blank.
    pub const DATE_MONTH_BLANK: &str = "date.month_blank";
    /// The date does not exist in the calendar (31/02, 29/02 of a common year).
    pub const DATE_INVALID: &str = "date.invalid";
    /// The document type could not be told.
    pub const KIND_UNKNOWN: &str = "header.kind_unknown";
    /// The title line and the symbol's type code name different types.
    pub const KIND_CONFLICT: &str = "header.kind_conflict";
    /// No subject (trích yếu) could be found.
    pub const SUBJECT_MISSING: &str = "header.subject_missing";
    /// The document has no header: fields were read from a news-style title and lead.
    pub const HEADER_NEWS_STYLE: &str = "header.news_style";
    /// A deadline's day and month, printed without a year, fall before the document's date in its year.
    pub const DEADLINE_BEFORE_DOCUMENT: &str = "deadline.before_document";
    /// A cited document is dated after the document itself.
    pub const CITATION_DATE_AFTER_DOCUMENT: &str = "citation.date_after_document";
    /// A citation's type word and its symbol's type code name different types.
    pub const CITATION_KIND_CONFLICT: &str = "citation.kind_conflict";
    /// The signature block has a title or authority line but no signer's name.
    pub const SIGNER_NAME_MISSING: &str = "signer.name_missing";
    /// A `TUQ.` (delegated) authority is passed on with `KT.`, which ND30 forbids.
    pub const SIGNER_REDELEGATED: &str = "signer.redelegated";
}
