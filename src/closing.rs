//! The closing: the "Nơi nhận" list, the archive line and the signature block.
//!
//! Takes: the lines after the body. Returns: the recipients, the archive
//! line, the signer, leftover lines as paragraphs, and diagnostics.
//! [`find_start`] tells where the closing begins.

use crate::diagnostic::Diagnostic;
use crate::lines::Line;
use crate::model::{Archive, BodyParagraph, Recipient, Role, Signer};
use crate::text::{clean, fold_words};

/// What the closing stage found.
#[derive(Debug, Default)]
pub(crate) struct Closing {
    pub recipients: Vec<Recipient>,
    pub archive: Option<Archive>,
    pub signer: Option<Signer>,
    pub paragraphs: Vec<BodyParagraph>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The index of the first closing line at or after `from`, or `lines.len()`.
pub(crate) fn find_start(lines: &[Line<'_>], from: usize) -> usize {
    (from..lines.len())
        .find(|&i| fold_words(lines[i].text).starts_with("noi nhan"))
        .unwrap_or(lines.len())
}

/// Reads the closing `lines`.
pub(crate) fn extract(lines: &[Line<'_>]) -> Closing {
    let mut c = Closing::default();
    for l in lines.iter().filter(|l| !l.is_blank()) {
        c.paragraphs.push(BodyParagraph {
            role: Role::Closing,
            text: clean(l.text),
            span: l.span(),
        });
    }
    c
}
