//! The output: the typed document of the output contract (`CONTRACT.md`).
//!
//! Takes: nothing. Returns: the types every stage fills. Their serde JSON form
//! is the contract's, field for field; fields beyond the contract are
//! additions, never renamings. Each concern has its own file.

mod body;
mod citation;
mod closing;
mod dates;
mod header;

pub use body::{Addressee, BodyParagraph, Role, Task};
pub use citation::Citation;
pub use closing::{Archive, Authority, Recipient, Signer};
pub use dates::{Deadline, DeadlineKind};
pub use header::{Confidentiality, DocKind, HeaderSpans, Issuer, PartialDate, Reference, Urgency};

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;

/// The version of the JSON shape; bumped on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// One parsed document.
///
/// Every field the text did not have is `None` or empty, with a
/// [`Diagnostic`] saying so where that is worth knowing.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The document type (tên loại), or `None` when it cannot be told.
    pub kind: Option<DocKind>,
    /// The issuing body.
    pub issuer: Option<Issuer>,
    /// "Số, ký hiệu".
    pub reference: Option<Reference>,
    /// The place name of the place-and-date line.
    pub place: Option<String>,
    /// The date of issue, with reduced precision when parts are blank.
    pub date: Option<PartialDate>,
    /// The trích yếu, without "V/v" or "Về việc".
    pub subject: Option<String>,
    /// The urgency mark (độ khẩn).
    pub urgency: Option<Urgency>,
    /// The secrecy mark (độ mật).
    pub confidentiality: Option<Confidentiality>,
    /// Whom the document is addressed to.
    pub addressees: Vec<Addressee>,
    /// The directive part's enumerated items, nested as the document nests them.
    pub tasks: Vec<Task>,
    /// Every deadline the text sets.
    pub deadlines: Vec<Deadline>,
    /// Every other document the text refers to by number, once each.
    pub citations: Vec<Citation>,
    /// The "Nơi nhận" list.
    pub recipients: Vec<Recipient>,
    /// The signature block.
    pub signer: Option<Signer>,
    /// Paragraphs that are no task, each with its role.
    pub body: Vec<BodyParagraph>,
    /// What was missing, blank, malformed or inconsistent.
    pub diagnostics: Vec<Diagnostic>,
    /// Where the header's plain-string fields came from (an addition to the contract).
    pub header_spans: HeaderSpans,
    /// The archive line ("Lưu: VT, NC."), read into its parts (an addition to the contract).
    pub archive: Option<Archive>,
}

impl Default for Document {
    fn default() -> Document {
        Document {
            schema_version: SCHEMA_VERSION,
            kind: None,
            issuer: None,
            reference: None,
            place: None,
            date: None,
            subject: None,
            urgency: None,
            confidentiality: None,
            addressees: Vec::new(),
            tasks: Vec::new(),
            deadlines: Vec::new(),
            citations: Vec::new(),
            recipients: Vec::new(),
            signer: None,
            body: Vec::new(),
            diagnostics: Vec::new(),
            header_spans: HeaderSpans::default(),
            archive: None,
        }
    }
}

impl Document {
    /// Appends the document to `out` as compact JSON: the output contract,
    /// the very bytes `serde_json::to_writer` writes, about three times
    /// faster.
    ///
    /// ```
    /// let doc = vanban::parse("Số: 12/UBND-VP\n");
    /// let mut out = Vec::new();
    /// doc.write_json(&mut out);
    /// assert!(out.starts_with(b"{\"schema_version\":1,"));
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        crate::json::write(self, out);
    }

    /// Calls `f` on every span in the document (used to carry spans from the
    /// normalised text back to the input).
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut crate::span::Span)) {
        if let Some(i) = self.issuer.as_mut() {
            f(&mut i.span);
        }
        if let Some(r) = self.reference.as_mut() {
            f(&mut r.span);
        }
        self.header_spans.visit_spans(f);
        self.addressees.iter_mut().for_each(|a| f(&mut a.span));
        self.tasks.iter_mut().for_each(|t| t.visit_spans(f));
        self.deadlines.iter_mut().for_each(|d| d.visit_spans(f));
        self.citations.iter_mut().for_each(|c| c.visit_spans(f));
        self.recipients.iter_mut().for_each(|r| r.visit_spans(f));
        if let Some(s) = self.signer.as_mut() {
            s.visit_spans(f);
        }
        if let Some(a) = self.archive.as_mut() {
            a.visit_spans(f);
        }
        self.body.iter_mut().for_each(|b| f(&mut b.span));
        self.diagnostics.iter_mut().for_each(|d| {
            if let Some(s) = d.span.as_mut() {
                f(s);
            }
        });
    }
}
