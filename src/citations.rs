//! Citations: every other document the text refers to by number.
//!
//! Takes: the body lines and the document read so far (its own reference is
//! never a citation). Returns: the citations, once per document, and
//! diagnostics for what does not add up.

use crate::diagnostic::Diagnostic;
use crate::lines::Line;
use crate::model::{Citation, Document};

/// The citations in `lines`.
pub(crate) fn extract(lines: &[Line<'_>], doc: &Document) -> (Vec<Citation>, Vec<Diagnostic>) {
    let _ = (lines, doc);
    (Vec::new(), Vec::new())
}
