//! JSON output: a [`Document`] written as the contract's compact JSON, the
//! very bytes `serde_json::to_writer` writes for it, without serde's
//! per-value calls: on the seed documents about 60 K instructions per
//! document, against 97 K for sonic-rs and 190 K for serde_json.
//!
//! Takes: a document. Returns: nothing; appends to a byte buffer. Every
//! field of every type is written here in the order the types declare
//! them: a new field must be added here too, and the test that compares
//! these bytes with serde_json's on every fixture fails until it is.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{
    Addressee, Archive, Authority, BodyParagraph, Citation, Confidentiality, Deadline,
    DeadlineKind, DocKind, Document, HeaderSpans, Issuer, PartialDate, Recipient, Reference, Role,
    Signer, Task, Urgency,
};
use crate::span::Span;

/// Appends `doc` as compact JSON to `out`.
pub(crate) fn write(doc: &Document, out: &mut Vec<u8>) {
    doc.write(out);
}

/// A value that writes itself as JSON.
trait Json {
    fn write(&self, out: &mut Vec<u8>);
}

/// An object being written: `{`, the fields with commas between, `}`.
struct Object<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Object<'a> {
    fn new(out: &'a mut Vec<u8>) -> Self {
        out.push(b'{');
        Object { out, first: true }
    }

    /// Writes `"key":value`; keys are plain identifiers (nothing to escape).
    /// Inlined, so that each key is copied as the constant it is.
    #[inline(always)]
    fn field(&mut self, key: &str, value: &(impl Json + ?Sized)) -> &mut Self {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
        value.write(self.out);
        self
    }

    fn end(&mut self) {
        self.out.push(b'}');
    }
}

impl Json for str {
    fn write(&self, out: &mut Vec<u8>) {
        write_str(self, out);
    }
}

impl Json for String {
    fn write(&self, out: &mut Vec<u8>) {
        write_str(self, out);
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.write(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            v.write(out);
        }
        out.push(b']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_slice().write(out);
    }
}

impl Json for u32 {
    fn write(&self, out: &mut Vec<u8>) {
        write_u64(u64::from(*self), out);
    }
}

impl Json for usize {
    fn write(&self, out: &mut Vec<u8>) {
        write_u64(*self as u64, out);
    }
}

impl Json for i32 {
    fn write(&self, out: &mut Vec<u8>) {
        if *self < 0 {
            out.push(b'-');
        }
        write_u64(u64::from(self.unsigned_abs()), out);
    }
}

/// The decimal digits of `n`.
fn write_u64(mut n: u64, out: &mut Vec<u8>) {
    // Digits from the last, by constant division (a multiplication).
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    while let Some(slot) = k.checked_sub(1).and_then(|j| buf.get_mut(j)) {
        *slot = b'0' + (n % 10) as u8;
        k -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(k..).unwrap_or(&[]));
}

/// `s` as a JSON string, escaped as serde_json escapes it: `"` and `\`
/// with a backslash, the control chars below U+0020 as `\b \t \n \f \r`
/// or `\u00xx`; everything else as is.
fn write_str(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(p) = next_escape(bytes, i) {
        out.extend_from_slice(bytes.get(run..p).unwrap_or(&[]));
        let b = bytes.get(p).copied().unwrap_or(0);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0C => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                let hex = |d: u8| if d < 10 { b'0' + d } else { b'a' + d - 10 };
                out.extend_from_slice(b"\\u00");
                out.push(hex(b >> 4));
                out.push(hex(b & 0xF));
            }
        }
        run = p + 1;
        i = p + 1;
    }
    out.extend_from_slice(bytes.get(run..).unwrap_or(&[]));
    out.push(b'"');
}

/// Whether byte `b` must be escaped: `"`, `\\` or a control char.
#[inline(always)]
fn must_escape(b: u8) -> bool {
    (b < 0x20) | (b == b'"') | (b == b'\\')
}

/// The first byte at or after `from` that must be escaped: sixteen bytes
/// at a time with no branch per byte (the compiler tests a block with
/// vector instructions), then byte by byte in the block that holds one and
/// in the last few bytes. One pass over the string.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut skipped = 0;
    for block in rest.chunks_exact(16) {
        if block.iter().fold(false, |any, &b| any | must_escape(b)) {
            break;
        }
        skipped += 16;
    }
    rest.get(skipped..)?
        .iter()
        .position(|&b| must_escape(b))
        .map(|p| from + skipped + p)
}

/// Pushes `n` zero-padded to `width` digits (`n` has at most `width`).
fn push_padded(n: u32, width: u32, out: &mut Vec<u8>) {
    let mut place = 10u32.pow(width.saturating_sub(1));
    while place > 0 {
        out.push(b'0' + (n / place % 10) as u8);
        place /= 10;
    }
}

/// Writes `value` through its `Display`, as a string (the rare values the
/// fast paths below leave out).
fn write_display(value: &impl std::fmt::Display, out: &mut Vec<u8>) {
    write_str(&value.to_string(), out);
}

impl Json for NaiveDate {
    fn write(&self, out: &mut Vec<u8>) {
        // chrono writes `YYYY-MM-DD` (its `Debug`) for the years 0..=9999.
        match u32::try_from(self.year()) {
            Ok(year @ 0..=9999) => {
                out.push(b'"');
                push_padded(year, 4, out);
                out.push(b'-');
                push_padded(self.month(), 2, out);
                out.push(b'-');
                push_padded(self.day(), 2, out);
                out.push(b'"');
            }
            _ => write_str(&format!("{self:?}"), out),
        }
    }
}

impl Json for NaiveTime {
    fn write(&self, out: &mut Vec<u8>) {
        // chrono writes `HH:MM:SS` (its `Debug`) for a whole second.
        if self.nanosecond() == 0 {
            out.push(b'"');
            push_padded(self.hour(), 2, out);
            out.push(b':');
            push_padded(self.minute(), 2, out);
            out.push(b':');
            push_padded(self.second(), 2, out);
            out.push(b'"');
        } else {
            write_str(&format!("{self:?}"), out);
        }
    }
}

impl Json for PartialDate {
    fn write(&self, out: &mut Vec<u8>) {
        // As its `Display`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        let small = |v: Option<u32>| v.is_none_or(|v| v <= 99);
        match u32::try_from(self.year) {
            Ok(year @ 0..=9999) if small(self.month) && small(self.day) => {
                out.push(b'"');
                push_padded(year, 4, out);
                if let Some(m) = self.month {
                    out.push(b'-');
                    push_padded(m, 2, out);
                    if let Some(d) = self.day {
                        out.push(b'-');
                        push_padded(d, 2, out);
                    }
                }
                out.push(b'"');
            }
            _ => write_display(self, out),
        }
    }
}

impl Json for Span {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        write_u64(self.start as u64, out);
        out.push(b',');
        write_u64(self.end as u64, out);
        out.push(b']');
    }
}

/// A unit enum: its serde name (snake case).
macro_rules! names {
    ($($t:ty => $f:expr),* $(,)?) => {
        $(impl Json for $t {
            fn write(&self, out: &mut Vec<u8>) {
                let name: &str = $f(*self);
                out.push(b'"');
                out.extend_from_slice(name.as_bytes());
                out.push(b'"');
            }
        })*
    };
}

names! {
    DocKind => DocKind::code,
    Role => |r| match r {
        Role::Preamble => "preamble",
        Role::Finding => "finding",
        Role::Instruction => "instruction",
        Role::Footnote => "footnote",
        Role::Closing => "closing",
        Role::Header => "header",
        Role::Other => "other",
    },
    DeadlineKind => |k| match k {
        DeadlineKind::ByDate => "by_date",
        DeadlineKind::Within => "within",
        DeadlineKind::Period => "period",
        DeadlineKind::Recurring => "recurring",
    },
    Urgency => |u| match u {
        Urgency::Khan => "khan",
        Urgency::ThuongKhan => "thuong_khan",
        Urgency::HoaToc => "hoa_toc",
    },
    Confidentiality => |c| match c {
        Confidentiality::Mat => "mat",
        Confidentiality::ToiMat => "toi_mat",
        Confidentiality::TuyetMat => "tuyet_mat",
    },
    Severity => |s| match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    },
}

impl Json for Document {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("schema_version", &self.schema_version)
            .field("kind", &self.kind)
            .field("issuer", &self.issuer)
            .field("reference", &self.reference)
            .field("place", &self.place)
            .field("date", &self.date)
            .field("subject", &self.subject)
            .field("urgency", &self.urgency)
            .field("confidentiality", &self.confidentiality)
            .field("addressees", &self.addressees)
            .field("tasks", &self.tasks)
            .field("deadlines", &self.deadlines)
            .field("citations", &self.citations)
            .field("recipients", &self.recipients)
            .field("signer", &self.signer)
            .field("body", &self.body)
            .field("diagnostics", &self.diagnostics)
            .field("header_spans", &self.header_spans)
            .field("archive", &self.archive)
            .end();
    }
}

impl Json for Issuer {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("name", &self.name)
            .field("parent", &self.parent)
            .field("span", &self.span)
            .end();
    }
}

impl Json for Reference {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("number", &self.number)
            .field("year", &self.year)
            .field("symbol", &self.symbol)
            .field("span", &self.span)
            .end();
    }
}

impl Json for HeaderSpans {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("kind", &self.kind)
            .field("place", &self.place)
            .field("date", &self.date)
            .field("subject", &self.subject)
            .field("urgency", &self.urgency)
            .field("confidentiality", &self.confidentiality)
            .end();
    }
}

impl Json for Addressee {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("text", &self.text)
            .field("span", &self.span)
            .end();
    }
}

impl Json for Task {
    fn write(&self, out: &mut Vec<u8>) {
        let mut o = Object::new(out);
        o.field("label", &self.label)
            .field("text", &self.text)
            .field("assignees", &self.assignees);
        if !self.lead.is_empty() {
            o.field("lead", &self.lead);
        }
        if !self.support.is_empty() {
            o.field("support", &self.support);
        }
        o.field("span", &self.span)
            .field("children", &self.children)
            .end();
    }
}

impl Json for BodyParagraph {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("role", &self.role)
            .field("text", &self.text)
            .field("span", &self.span)
            .end();
    }
}

impl Json for Deadline {
    fn write(&self, out: &mut Vec<u8>) {
        let mut o = Object::new(out);
        o.field("text", &self.text)
            .field("date", &self.date)
            .field("kind", &self.kind)
            .field("task", &self.task);
        if self.time.is_some() {
            o.field("time", &self.time);
        }
        o.field("span", &self.span).end();
    }
}

impl Json for Citation {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("kind", &self.kind)
            .field("number", &self.number)
            .field("year", &self.year)
            .field("symbol", &self.symbol)
            .field("date", &self.date)
            .field("issuer", &self.issuer)
            .field("text", &self.text)
            .field("span", &self.span)
            .end();
    }
}

impl Json for Recipient {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("text", &self.text)
            .field("span", &self.span)
            .field("name", &self.name)
            .field("note", &self.note)
            .field("purposes", &self.purposes)
            .end();
    }
}

impl Json for Archive {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("holders", &self.holders)
            .field("drafter", &self.drafter)
            .field("copies", &self.copies)
            .field("span", &self.span)
            .end();
    }
}

impl Json for Authority {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("prefix", &self.prefix)
            .field("title", &self.title)
            .end();
    }
}

impl Json for Signer {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("authority", &self.authority)
            .field("title", &self.title)
            .field("name", &self.name)
            .field("rank", &self.rank)
            .field("span", &self.span)
            .end();
    }
}

impl Json for Diagnostic {
    fn write(&self, out: &mut Vec<u8>) {
        Object::new(out)
            .field("severity", &self.severity)
            .field("code", &self.code)
            .field("message", &self.message)
            .field("span", &self.span)
            .end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(doc: &Document) -> String {
        let mut out = Vec::new();
        doc.write_json(&mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn same_bytes_as_serde_json_on_every_fixture() {
        let mut seen = 0;
        for p in crate::fixture_paths() {
            let bytes = std::fs::read(&p).unwrap_or_default();
            let Ok(doc) = crate::parse_bytes(&bytes) else {
                continue;
            };
            assert_eq!(ours(&doc), serde_json::to_string(&doc).unwrap(), "{p:?}");
            seen += 1;
        }
        assert!(seen >= 60, "{seen} fixtures");
    }

    /// Every field set, every variant of every enum, strings to escape,
    /// dates and numbers past the fast paths.
    #[test]
    fn same_bytes_as_serde_json_with_every_field_set() {
        let span = Span::new(3, 18_446_744);
        let s = |t: &str| Some(t.to_string());
        let odd = "q\"b\\s/\u{1}\u{8}\t\n\u{c}\r\u{1f}\u{7f} Ủy ban “x” 😀";
        let task = |label: &str, children| Task {
            label: label.into(),
            text: odd.into(),
            assignees: vec!["Sở A".into(), "".into()],
            lead: vec!["Sở A".into()],
            support: vec!["Sở B".into(), "Sở C".into()],
            span,
            children,
        };
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let mut doc = Document {
            kind: Some(DocKind::ThongTuLienTich),
            issuer: Some(Issuer {
                name: odd.into(),
                parent: s("BỘ"),
                span,
            }),
            reference: Some(Reference {
                number: s("01"),
                year: Some(-44),
                symbol: s("QĐ-UBND"),
                span,
            }),
            place: s("Hà Nội"),
            date: Some(PartialDate::ymd(2021, 2, 3)),
            subject: s(odd),
            urgency: Some(Urgency::ThuongKhan),
            confidentiality: Some(Confidentiality::TuyetMat),
            addressees: vec![Addressee {
                text: odd.into(),
                span,
            }],
            tasks: vec![
                task("1.", vec![task("a)", vec![])]),
                Task {
                    lead: vec![],
                    support: vec![],
                    ..task("2.", vec![])
                },
            ],
            deadlines: [
                DeadlineKind::ByDate,
                DeadlineKind::Within,
                DeadlineKind::Period,
                DeadlineKind::Recurring,
            ]
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Deadline {
                text: odd.into(),
                date: [date(2024, 12, 31), date(-5, 1, 1), date(12_345, 6, 7), None][i],
                kind,
                task: match i {
                    0 => Some(vec!["1.".into(), "a)".into()]),
                    2 => Some(vec![]),
                    _ => None,
                },
                time: [
                    NaiveTime::from_hms_opt(8, 5, 0),
                    NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500),
                    NaiveTime::from_hms_nano_opt(0, 0, 1, 7),
                    None,
                ][i],
                span,
            })
            .collect(),
            citations: vec![Citation {
                kind: Some(DocKind::CongVan),
                number: s("118"),
                year: Some(2020),
                symbol: s("KH-UBND"),
                date: date(1999, 9, 9),
                issuer: s(odd),
                text: odd.into(),
                span,
            }],
            recipients: vec![Recipient {
                text: odd.into(),
                span,
                name: "Như trên".into(),
                note: s("(b/c)"),
                purposes: vec!["b/c".into(), "t/h".into()],
            }],
            signer: Some(Signer {
                authority: vec![Authority {
                    prefix: "TM.".into(),
                    title: odd.into(),
                }],
                title: s("CHỦ TỊCH"),
                name: s("Nguyễn Văn A"),
                rank: s("Thượng tá"),
                span,
            }),
            body: [
                Role::Preamble,
                Role::Finding,
                Role::Instruction,
                Role::Footnote,
                Role::Closing,
                Role::Header,
                Role::Other,
            ]
            .into_iter()
            .map(|role| BodyParagraph {
                role,
                text: odd.into(),
                span,
            })
            .collect(),
            diagnostics: [Severity::Info, Severity::Warning, Severity::Error]
                .into_iter()
                .map(|severity| Diagnostic {
                    severity,
                    code: "a.b".into(),
                    message: odd.into(),
                    span: Some(span),
                })
                .collect(),
            header_spans: HeaderSpans {
                kind: Some(span),
                place: None,
                date: Some(Span::new(0, 0)),
                subject: Some(span),
                urgency: Some(span),
                confidentiality: Some(span),
            },
            archive: Some(Archive {
                holders: vec!["VT".into(), "NC".into()],
                drafter: s("Tâm"),
                copies: Some(u32::MAX),
                span,
            }),
            ..Document::default()
        };
        assert_eq!(ours(&doc), serde_json::to_string(&doc).unwrap());
        for date in [
            PartialDate::y(2024),
            PartialDate::ym(2024, 1),
            PartialDate::y(-3),
            PartialDate::y(123_456),
            PartialDate {
                year: 2020,
                month: Some(100),
                day: Some(7),
            },
            PartialDate {
                year: 2020,
                month: None,
                day: Some(7),
            },
        ] {
            doc.date = Some(date);
            assert_eq!(ours(&doc), serde_json::to_string(&doc).unwrap());
        }
        for kind in crate::vocab::kinds::KINDS.iter().map(|e| e.kind) {
            doc.kind = Some(kind);
            assert_eq!(ours(&doc), serde_json::to_string(&doc).unwrap());
        }
        for urgency in [Urgency::Khan, Urgency::HoaToc] {
            doc.urgency = Some(urgency);
            assert_eq!(ours(&doc), serde_json::to_string(&doc).unwrap());
        }
        for c in [Confidentiality::Mat, Confidentiality::ToiMat] {
            doc.confidentiality = Some(c);
            assert_eq!(ours(&doc), serde_json::to_string(&doc).unwrap());
        }
        let empty = Document::default();
        assert_eq!(ours(&empty), serde_json::to_string(&empty).unwrap());
    }

    proptest::proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(s in "\\PC{0,80}|[\\x00-\\x7f]{0,80}") {
            let mut out = Vec::new();
            write_str(&s, &mut out);
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap_or_default(), serde_json::to_string(&s).unwrap());
        }
    }
}
