//! Citation types.

use serde::{Deserialize, Serialize};

use super::DocKind;
use crate::span::Span;

/// Another document the text refers to by number.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Citation {
    /// Its type.
    pub kind: Option<DocKind>,
    /// Its number as printed.
    pub number: Option<String>,
    /// The year inside a normative number.
    pub year: Option<i32>,
    /// Its symbol: "KH-UBND", "NQ/TU".
    pub symbol: Option<String>,
    /// Its date of issue.
    pub date: Option<chrono::NaiveDate>,
    /// Who issued it: "Ủy ban nhân dân tỉnh".
    pub issuer: Option<String>,
    /// The reference as printed.
    pub text: String,
    /// Where it is (its first mention).
    pub span: Span,
}

impl Citation {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
    }
}
