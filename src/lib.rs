//! # vanban
//!
//! Reads Vietnamese official documents (công văn, thông báo, chỉ thị, kế
//! hoạch, quyết định, ...) given as plain text and returns a typed
//! [`Document`]: the header (issuing body, number and symbol, place and date,
//! type, subject), the addressees, the directive part's numbered tasks with
//! who must act, deadlines resolved to dates, the documents it cites, the
//! recipient list and the signature block. Every extracted item carries a
//! byte [`Span`] into the input as given.
//!
//! ## Quick start
//!
//! ```
//! let text = "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\
//!             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
//!             Số: 4918/UBND-NC\nTuyên Quang, ngày 13 tháng 12 năm 2021\n\
//!             V/v chấn chỉnh công tác cải cách hành chính\n";
//! let doc = vanban::parse(text);
//! assert_eq!(doc.kind, Some(vanban::DocKind::CongVan));
//! let reference = doc.reference.as_ref().unwrap();
//! assert_eq!(reference.number.as_deref(), Some("4918"));
//! assert_eq!(reference.symbol.as_deref(), Some("UBND-NC"));
//! assert_eq!(doc.date.unwrap().to_string(), "2021-12-13");
//! assert_eq!(doc.issuer.unwrap().name, "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG");
//! ```
//!
//! ## Output
//!
//! [`Document`] serialises (serde) to the JSON of the project's output
//! contract, `schema_version` 1. Spans are `[start, end)` byte offsets into
//! the input exactly as given, before decoding or normalisation.
//!
//! ## Untrusted input
//!
//! [`parse`] never fails and never panics: a document always comes back,
//! with [`Diagnostic`]s for what was missing, blank or odd.
//! [`parse_bytes`] fails only for bytes that cannot be text (binary data,
//! bytes invalid in the encoding asked for), with an [`Error`]. Time is
//! linear in the input's size; [`Options::max_input_bytes`] bounds memory.
//!
//! ## Features
//!
//! - `cli` (default): the `vanban` command-line tool. A library user can
//!   turn it off (`default-features = false`) to depend on none of its crates.
//! - `schema`: `schemars::JsonSchema` on every output type (the CLI's
//!   `vanban schema` prints the schema of a [`Document`]).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod addressees;
#[doc(hidden)]
pub mod bench;
mod citations;
mod closing;
mod dates;
mod deadlines;
mod decode;
mod diagnostic;
mod error;
mod header;
mod json;
mod lines;
mod markers;
mod model;
mod normalize;
mod span;
mod tasks;
mod text;
mod vocab;

/// The `.txt` fixtures (every folder under `fixtures/`), sorted, for the
/// tests that check a property on every real document.
#[cfg(test)]
fn fixture_paths() -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures"
    ))];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

pub use decode::Encoding;
pub use diagnostic::{Diagnostic, Severity, codes};
pub use error::Error;
pub use model::{
    Addressee, Archive, Authority, BodyParagraph, Citation, Confidentiality, Deadline,
    DeadlineKind, DocKind, Document, HeaderSpans, Issuer, PartialDate, Recipient, Reference, Role,
    SCHEMA_VERSION, Signer, Task, Urgency,
};
pub use span::Span;

use span::SourceMap;

/// How to read bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The input's encoding, or [`Encoding::Auto`] to detect it.
    pub encoding: Encoding,
    /// Inputs larger than this are refused with [`Error::TooLarge`].
    pub max_input_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            encoding: Encoding::Auto,
            max_input_bytes: 512 << 20,
        }
    }
}

impl Options {
    /// The defaults: detect the encoding, refuse inputs over 512 MiB.
    pub fn new() -> Options {
        Options::default()
    }

    /// Reads the input as `encoding`.
    pub fn encoding(mut self, encoding: Encoding) -> Options {
        self.encoding = encoding;
        self
    }

    /// Refuses inputs over `bytes`.
    pub fn max_input_bytes(mut self, bytes: usize) -> Options {
        self.max_input_bytes = bytes;
        self
    }
}

/// Parses a document given as text. Never fails: what cannot be read is
/// missing from the result, with a diagnostic.
pub fn parse(text: &str) -> Document {
    pipeline(text, SourceMap::default())
}

/// Parses a document given as bytes, detecting the encoding.
///
/// Fails only when the bytes cannot be text.
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, Error> {
    parse_bytes_with(bytes, &Options::default())
}

/// Parses a document given as bytes, as `options` say.
pub fn parse_bytes_with(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    if bytes.len() > options.max_input_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.max_input_bytes,
        });
    }
    let decoded = decode::decode(bytes, options.encoding)?;
    let mut decode_map = SourceMap::default();
    decode_map.push(decoded.map);
    let mut doc = pipeline(&decoded.text, decode_map);
    // Decoding diagnostics carry input offsets already.
    doc.diagnostics.splice(0..0, decoded.diagnostics);
    Ok(doc)
}

/// Decoded text to document, one stage after the other. `decode_map` takes
/// offsets of `input` to the bytes as given.
fn pipeline(input: &str, decode_map: SourceMap) -> Document {
    let mut diagnostics = Vec::new();
    let mut map = SourceMap::default();
    let text = normalize::normalize(input, &mut map);
    let mut lines = lines::split(&text);
    // The input's lines are these when normalisation rewrote nothing.
    let unchanged = map.is_identity().then(|| lines.clone());
    lines::blank_page_marks(&mut lines);

    // The header, then where the closing begins; the body lies between.
    let h = header::extract(&lines);
    let closing_start = closing::find_start(&lines, h.body_start).max(h.body_start);
    let mut doc = Document {
        kind: h.kind,
        issuer: h.issuer,
        reference: h.reference,
        place: h.place,
        date: h.date,
        subject: h.subject,
        urgency: h.urgency,
        confidentiality: h.confidentiality,
        header_spans: h.spans,
        ..Document::default()
    };
    diagnostics.extend(h.diagnostics);
    let mut paragraphs = h.leftovers;

    let body_lines = lines.get(h.body_start..closing_start).unwrap_or(&[]);
    let (addressees, used, label) = addressees::extract(body_lines);
    doc.addressees = addressees;
    paragraphs.extend(label);
    let body_lines = body_lines.get(used..).unwrap_or(&[]);

    let body = tasks::extract(body_lines, &doc);
    doc.tasks = body.tasks;
    if doc.addressees.is_empty() {
        doc.addressees = body.addressees;
    }
    paragraphs.extend(body.paragraphs);
    diagnostics.extend(body.diagnostics);

    // Citations and deadlines read the body as one text.
    let (body_text, base) = dates::join(body_lines);
    let (citations, d) = citations::extract(&body_text, base, &doc);
    doc.citations = citations;
    diagnostics.extend(d);
    let (deadlines, d) = deadlines::extract(&body_text, base, &doc);
    doc.deadlines = deadlines;
    diagnostics.extend(d);

    let c = closing::extract(lines.get(closing_start..).unwrap_or(&[]));
    doc.recipients = c.recipients;
    doc.archive = c.archive;
    doc.signer = c.signer;
    paragraphs.extend(c.paragraphs);
    diagnostics.extend(c.diagnostics);

    paragraphs.sort_by_key(|p| (p.span.start, p.span.end));
    doc.body = paragraphs;
    doc.diagnostics = diagnostics;
    // Spans back to the decoded text, then to the input (a map that
    // changed nothing leaves every span as it is).
    if !map.is_identity() {
        doc.visit_spans(&mut |s| *s = map.span(*s));
    }
    let input_lines = unchanged.unwrap_or_else(|| lines::split(input));
    keep_uncovered_lines(&mut doc, &input_lines);
    if !decode_map.is_identity() {
        doc.visit_spans(&mut |s| *s = decode_map.span(*s));
    }
    doc
}

/// Nothing lost: every non-blank line of the decoded text that no output item
/// covers (a line a stage skipped, a page mark `lines` blanked, a line
/// normalisation emptied: an HTML tag) becomes a body paragraph of role
/// `Other`, its text as printed. `doc`'s spans are in decoded-text
/// coordinates here. One sort of the spans, then one sweep.
fn keep_uncovered_lines(doc: &mut Document, lines: &[lines::Line]) {
    let diagnostics = std::mem::take(&mut doc.diagnostics);
    let mut spans = Vec::new();
    doc.visit_spans(&mut |s| spans.push(*s));
    doc.diagnostics = diagnostics;
    spans.sort_unstable_by_key(|s| s.start);
    let mut next = spans.iter().peekable();
    let mut reach = 0; // the furthest end of the spans starting before the line's end
    let mut kept = Vec::new();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        while let Some(s) = next.next_if(|s| s.start < line.end) {
            reach = reach.max(s.end);
        }
        if reach <= line.start {
            kept.push(BodyParagraph {
                role: Role::Other,
                text: line.text.to_string(),
                span: line.span(),
            });
        }
    }
    if !kept.is_empty() {
        doc.body.extend(kept);
        doc.body.sort_by_key(|p| (p.span.start, p.span.end));
    }
}
