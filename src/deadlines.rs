//! Deadlines: every deadline the text sets, resolved to a date and attached
//! to the innermost task holding it.
//!
//! Takes: the body lines and the document read so far (its date and tasks).
//! Returns: the deadlines and diagnostics.

use crate::diagnostic::Diagnostic;
use crate::lines::Line;
use crate::model::{Deadline, Document};

/// The deadlines in `lines`.
pub(crate) fn extract(lines: &[Line<'_>], doc: &Document) -> (Vec<Deadline>, Vec<Diagnostic>) {
    let _ = (lines, doc);
    (Vec::new(), Vec::new())
}
