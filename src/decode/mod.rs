//! Decoding: bytes to text.
//!
//! Takes: the input bytes and an [`Encoding`] choice. Returns: the text and
//! the map from its offsets back to input bytes (every decoded char maps to
//! the first input byte of its source: a VNI two-byte letter to its base
//! letter, UTF-16 to its code unit), or an [`Error`] for input that cannot be
//! text (binary data, bytes invalid in the forced encoding).
//!
//! Detection (`Encoding::Auto`): a UTF-8 or UTF-16 byte-order mark; else
//! valid UTF-8; else UTF-8 with a few bad bytes (a truncated or damaged
//! file: they become U+FFFD); else UTF-16 without a mark (NUL bytes in every
//! other place); else the legacy Vietnamese encodings, each tried on a sample
//! and scored on how Vietnamese its words read ([`detect`]). A non-UTF-8
//! decoding is reported as a `decode.encoding` diagnostic.

mod cp1258;
mod detect;
mod tcvn3;
mod viscii;
mod vni;

use crate::diagnostic::{Diagnostic, codes};
use crate::error::Error;
use crate::span::OffsetMap;

/// A text encoding `vanban` can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Encoding {
    /// Detect the encoding.
    #[default]
    Auto,
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little- or big-endian by its byte-order mark (little-endian
    /// without one).
    Utf16,
    /// Windows-1258 (CP1258): Latin letters and combining tone bytes.
    Windows1258,
    /// VISCII (RFC 1456): one byte per accented letter.
    Viscii,
    /// TCVN3 (TCVN 5712:1993 VN3, the ABC `.VnTime` fonts).
    Tcvn3,
    /// VNI-Windows (the `VNI-Times` fonts): base letter plus a mark byte.
    Vni,
}

impl Encoding {
    /// Every encoding with a name, `Auto` first.
    pub const ALL: [Encoding; 7] = [
        Encoding::Auto,
        Encoding::Utf8,
        Encoding::Utf16,
        Encoding::Windows1258,
        Encoding::Viscii,
        Encoding::Tcvn3,
        Encoding::Vni,
    ];

    /// The name used on the command line and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Windows1258 => "windows-1258",
            Encoding::Viscii => "viscii",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
        }
    }

    /// The encoding named `s` (as [`Encoding::name`] writes it, or a common
    /// alias such as `cp1258`, `abc`, `vni-windows`; case, `-` and `_` ignored).
    pub fn from_name(s: &str) -> Option<Encoding> {
        let k: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match k.as_str() {
            "auto" => Some(Encoding::Auto),
            "utf8" => Some(Encoding::Utf8),
            "utf16" | "utf16le" | "utf16be" => Some(Encoding::Utf16),
            "windows1258" | "cp1258" => Some(Encoding::Windows1258),
            "viscii" => Some(Encoding::Viscii),
            "tcvn3" | "tcvn" | "abc" | "vn3" | "tcvn5712" => Some(Encoding::Tcvn3),
            "vni" | "vniwindows" | "vniwin" => Some(Encoding::Vni),
            _ => None,
        }
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Decoded text (borrowed from the input when it was valid UTF-8).
pub(crate) struct Decoded<'a> {
    pub text: std::borrow::Cow<'a, str>,
    pub map: OffsetMap,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Decoded<'a> {
    fn new((text, map): (String, OffsetMap)) -> Decoded<'a> {
        Decoded {
            text: std::borrow::Cow::Owned(text),
            map,
            diagnostics: Vec::new(),
        }
    }

    fn note(mut self, d: Diagnostic) -> Decoded<'a> {
        self.diagnostics.push(d);
        self
    }
}

/// The legacy encodings, in the order detection prefers them on a tie.
const LEGACY: [Encoding; 4] = [
    Encoding::Tcvn3,
    Encoding::Vni,
    Encoding::Viscii,
    Encoding::Windows1258,
];

/// How many bytes detection scores.
const SAMPLE: usize = 64 << 10;

/// Decodes `bytes` as `encoding` (or detects it).
pub(crate) fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded<'_>, Error> {
    if matches!(encoding, Encoding::Auto | Encoding::Utf16) {
        if let Some(big) = utf16_bom(bytes) {
            return Ok(utf16(bytes, 2, big));
        }
    }
    if encoding == Encoding::Utf16 {
        return Ok(utf16(bytes, 0, utf16_guess(bytes) == Some(true)));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") && encoding == Encoding::Auto {
        return Ok(utf8_lossy(bytes));
    }
    if let Some(what) = binary_kind(bytes) {
        if encoding == Encoding::Auto && !bytes.starts_with(b"%PDF") {
            if let Some(big) = utf16_guess(bytes) {
                return Ok(utf16(bytes, 0, big));
            }
        }
        return Err(Error::Binary {
            what: what.to_string(),
        });
    }
    match encoding {
        Encoding::Utf8 => utf8(bytes),
        Encoding::Auto => Ok(auto(bytes)),
        legacy => Ok(
            Decoded::new(decode_as(bytes, legacy)).note(Diagnostic::info(
                codes::DECODE_ENCODING,
                format!("read as {legacy}, as asked"),
                None,
            )),
        ),
    }
}

/// Detects and decodes text that has no byte-order mark.
fn auto(bytes: &[u8]) -> Decoded<'_> {
    // The common case first: one validation, no copy.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        let mut map = OffsetMap::new();
        map.copy(text.len());
        return Decoded {
            text: std::borrow::Cow::Borrowed(text),
            map,
            diagnostics: Vec::new(),
        };
    }
    let (valid, bad) = utf8_census(bytes.get(..SAMPLE.min(bytes.len())).unwrap_or(bytes));
    // Many well-formed multi-byte sequences and few bad bytes: damaged UTF-8.
    if valid >= 4 * bad.max(1) || (bad <= 1 && valid > 0) {
        return utf8_lossy(bytes);
    }
    let sample = sample(bytes);
    let mut best = (Encoding::Windows1258, detect::Score::default());
    for enc in LEGACY {
        let (text, _) = decode_as(sample, enc);
        let s = detect::score(&text);
        if s.value() > best.1.value() {
            best = (enc, s);
        }
    }
    let (enc, s) = best;
    Decoded::new(decode_as(bytes, enc)).note(Diagnostic::info(
        codes::DECODE_ENCODING,
        format!(
            "not UTF-8: read as {enc} (confidence {:.2}: {} of {} accented words are Vietnamese syllables)",
            s.confidence(),
            s.valid,
            s.words
        ),
        None,
    ))
}

/// The first [`SAMPLE`] bytes, cut at a line end when there is one.
fn sample(bytes: &[u8]) -> &[u8] {
    if bytes.len() <= SAMPLE {
        return bytes;
    }
    let head = bytes.get(..SAMPLE).unwrap_or(bytes);
    match head.iter().rposition(|&b| b == b'\n') {
        Some(p) if p > 0 => head.get(..p).unwrap_or(head),
        _ => head,
    }
}

/// Decodes `bytes` as one of the legacy one-byte encodings (UTF-8 lossily).
fn decode_as(bytes: &[u8], encoding: Encoding) -> (String, OffsetMap) {
    match encoding {
        Encoding::Tcvn3 => tcvn3::decode(bytes),
        Encoding::Vni => vni::decode(bytes),
        Encoding::Viscii => by_table(bytes, viscii::char_of),
        Encoding::Windows1258 => by_table(bytes, cp1258::char_of),
        Encoding::Utf16 => {
            let d = utf16(bytes, 0, false);
            (d.text.into_owned(), d.map)
        }
        Encoding::Auto | Encoding::Utf8 => {
            let d = utf8_lossy(bytes);
            (d.text.into_owned(), d.map)
        }
    }
}

/// Decodes a one-byte encoding by its table, copying ASCII runs.
fn by_table(bytes: &[u8], char_of: fn(u8) -> char) -> (String, OffsetMap) {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut map = OffsetMap::new();
    for &b in bytes {
        let c = char_of(b);
        out.push(c);
        if b.is_ascii() && c.is_ascii() {
            map.copy(1);
        } else {
            map.replace(1, c.len_utf8());
        }
    }
    (out, map)
}

/// The Windows-1252 char of byte `b` (its five undefined bytes: the C1
/// control of the same number).
pub(super) fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Well-formed multi-byte UTF-8 sequences and bad sequences in `bytes`.
fn utf8_census(bytes: &[u8]) -> (usize, usize) {
    let mut valid = 0;
    let mut bad = 0;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    (valid, bad)
}

fn utf8(bytes: &[u8]) -> Result<Decoded<'_>, Error> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    match std::str::from_utf8(bytes.get(bom..).unwrap_or_default()) {
        Ok(_) => Ok(utf8_lossy(bytes)),
        Err(e) => Err(Error::Encoding {
            encoding: "utf-8".to_string(),
            detail: format!("invalid byte at offset {}", e.valid_up_to() + bom),
        }),
    }
}

/// UTF-8, skipping a byte-order mark; bad bytes become U+FFFD, reported.
fn utf8_lossy(bytes: &[u8]) -> Decoded<'_> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let body = bytes.get(bom..).unwrap_or_default();
    let mut text = String::with_capacity(body.len());
    let mut map = OffsetMap::new();
    map.replace(bom, 0);
    let mut bad = 0;
    let mut first_bad = None;
    let mut at = bom;
    for chunk in body.utf8_chunks() {
        text.push_str(chunk.valid());
        map.copy(chunk.valid().len());
        at += chunk.valid().len();
        let n = chunk.invalid().len();
        if n > 0 {
            first_bad.get_or_insert(at);
            bad += 1;
            text.push(char::REPLACEMENT_CHARACTER);
            map.replace(n, char::REPLACEMENT_CHARACTER.len_utf8());
            at += n;
        }
    }
    let d = Decoded::new((text, map));
    match first_bad {
        Some(at) => d.note(Diagnostic::warning(
            codes::DECODE_REPLACED,
            format!("{bad} invalid UTF-8 sequence(s) replaced by U+FFFD"),
            Some(crate::span::Span::new(at, at + 1)),
        )),
        None => d,
    }
}

/// Whether `bytes` start with a UTF-16 byte-order mark: `Some(big_endian)`.
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some(false),
        Some([0xFE, 0xFF]) => Some(true),
        _ => None,
    }
}

/// UTF-16 without a mark, told by NUL bytes: ASCII letters in UTF-16 have a
/// NUL high byte, so one byte position is mostly NUL and the other is not.
fn utf16_guess(bytes: &[u8]) -> Option<bool> {
    let head = bytes.get(..bytes.len().min(4096) & !1).unwrap_or_default();
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd * 10 >= pairs * 3 && even * 20 <= pairs {
        Some(false)
    } else if even * 10 >= pairs * 3 && odd * 20 <= pairs {
        Some(true)
    } else {
        None
    }
}

/// Decodes UTF-16 after `skip` bytes of byte-order mark. Unpaired surrogates
/// and an odd last byte become U+FFFD, reported.
fn utf16(bytes: &[u8], skip: usize, big: bool) -> Decoded<'_> {
    let body = bytes.get(skip..).unwrap_or_default();
    let units = body.chunks_exact(2).map(|p| match p {
        [a, b] if big => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0xFFFD,
    });
    let mut text = String::with_capacity(body.len());
    let mut map = OffsetMap::new();
    map.replace(skip, 0);
    let mut bad = 0;
    for r in char::decode_utf16(units) {
        let (c, n) = match r {
            Ok(c) => (c, c.len_utf16() * 2),
            Err(_) => {
                bad += 1;
                (char::REPLACEMENT_CHARACTER, 2)
            }
        };
        text.push(c);
        map.replace(n, c.len_utf8());
    }
    if body.len() % 2 == 1 {
        bad += 1;
        text.push(char::REPLACEMENT_CHARACTER);
        map.replace(1, char::REPLACEMENT_CHARACTER.len_utf8());
    }
    let name = if big { "UTF-16BE" } else { "UTF-16LE" };
    let d = Decoded::new((text, map)).note(Diagnostic::info(
        codes::DECODE_ENCODING,
        format!("read as {name}"),
        None,
    ));
    if bad > 0 {
        d.note(Diagnostic::warning(
            codes::DECODE_REPLACED,
            format!("{bad} invalid UTF-16 code unit(s) replaced by U+FFFD"),
            None,
        ))
    } else {
        d
    }
}

/// What binary format `bytes` look like, if any: by magic number, or by NUL
/// bytes (which no text encoding this crate reads contains).
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\x1F\x8B", "gzip"),
        (b"\xD0\xCF\x11\xE0", "OLE (legacy Office)"),
        (b"Rar!", "RAR"),
        (b"7z\xBC\xAF", "7z"),
        (b"\x7FELF", "ELF"),
        (b"MZ", "executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Some("NUL bytes");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_maps_past_it() {
        let d = decode(b"\xEF\xBB\xBFab", Encoding::Auto).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "ab");
        assert_eq!(d.map.to_source(0), 3);
        assert_eq!(d.map.to_source(2), 5);
    }

    #[test]
    fn refuses_binary() {
        let e = decode(b"%PDF-1.4\n...", Encoding::Auto).err();
        assert_eq!(e.map(|e| e.code()), Some("binary"));
        let e = decode(b"abc\0def", Encoding::Auto).err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some("input is binary data (NUL bytes), not text".to_string())
        );
    }

    #[test]
    fn invalid_utf8_is_an_error_with_offset() {
        let e = decode(b"ab\xFFcd", Encoding::Utf8).err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some("input cannot be decoded as utf-8: invalid byte at offset 2".to_string())
        );
    }
    /// GNU iconv's reading of every byte 0x80..=0xFF in `enc`, if iconv is here.
    fn iconv_table(enc: &str) -> Option<Vec<(u8, String)>> {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let mut out = Vec::new();
        for b in 0x80..=0xFFu8 {
            let mut child = Command::new("iconv")
                .args(["-f", enc, "-t", "UTF-8"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            child.stdin.take()?.write_all(&[b]).ok()?;
            let o = child.wait_with_output().ok()?;
            if o.status.success() && !o.stdout.is_empty() {
                out.push((b, String::from_utf8(o.stdout).ok()?));
            }
        }
        Some(out)
    }

    fn check_against_iconv(
        iconv_name: &str,
        char_of: fn(u8) -> char,
        bytes: std::ops::RangeInclusive<u8>,
    ) {
        let Some(table) = iconv_table(iconv_name) else {
            eprintln!("iconv not found: {iconv_name} table not checked");
            return;
        };
        let mut checked = 0;
        for (b, want) in table {
            if bytes.contains(&b) {
                assert_eq!(char_of(b).to_string(), want, "{iconv_name} byte {b:02X}");
                checked += 1;
            }
        }
        assert!(checked >= 90, "{iconv_name}: only {checked} bytes checked");
    }

    #[test]
    fn viscii_matches_iconv() {
        check_against_iconv("VISCII", viscii::char_of, 0x80..=0xFF);
    }

    #[test]
    fn cp1258_matches_iconv() {
        check_against_iconv("CP1258", cp1258::char_of, 0x80..=0xFF);
    }

    #[test]
    fn tcvn3_letters_match_iconv_vn1() {
        check_against_iconv("TCVN5712-1", tcvn3::char_of, 0xA0..=0xFF);
    }

    #[test]
    fn names_round_trip() {
        for e in Encoding::ALL {
            assert_eq!(Encoding::from_name(e.name()), Some(e));
        }
        assert_eq!(Encoding::from_name("UTF_16"), Some(Encoding::Utf16));
        assert_eq!(Encoding::from_name("CP1258"), Some(Encoding::Windows1258));
        assert_eq!(Encoding::from_name("latin-1"), None);
    }

    fn auto(bytes: &[u8]) -> (String, Vec<Diagnostic>) {
        let d = decode(bytes, Encoding::Auto).unwrap_or_else(|e| panic!("{e}"));
        (d.text.into_owned(), d.diagnostics)
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kính gửi".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let d = decode(&le, Encoding::Auto).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "Kính gửi");
        // "í" is the 2nd code unit, at input byte 2 + 2; "g" at 2 + 2 * 5.
        assert_eq!(d.map.to_source(1), 4);
        assert_eq!(d.map.to_source("Kính ".len()), 12);
        let be: Vec<u8> = "Số: 12/UBND, ngày 5"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(auto(&be).0, "Số: 12/UBND, ngày 5");
    }

    #[test]
    fn truncated_utf8_is_read_with_a_replacement() {
        let s = "Cộng hòa xã hộ";
        let cut = &s.as_bytes()[..s.len() - 1];
        let (t, d) = auto(cut);
        assert_eq!(t, "Cộng hòa xã h\u{fffd}");
        assert_eq!(d[0].code, codes::DECODE_REPLACED);
    }

    #[test]
    fn detects_each_legacy_encoding() {
        let cases: [(&[u8], Encoding); 4] = [
            (
                b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam",
                Encoding::Tcvn3,
            ),
            (
                b"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam",
                Encoding::Vni,
            ),
            (
                b"C\xb5ng h\xf2a x\xe3 h\xb5i ch\xfc ngh\xeea Vi\xaet Nam",
                Encoding::Viscii,
            ),
            (
                b"C\xf4\xf2ng ho\xcca xa\xde h\xf4\xf2i chu\xd2 nghi\xdea Vi\xea\xf2t Nam",
                Encoding::Windows1258,
            ),
        ];
        for (bytes, enc) in cases {
            let (t, d) = auto(bytes);
            let t: String = unicode_normalization::UnicodeNormalization::nfc(t.as_str()).collect();
            assert_eq!(t, "Cộng hòa xã hội chủ nghĩa Việt Nam", "{enc}");
            assert!(d[0].message.contains(enc.name()), "{enc}: {}", d[0].message);
        }
    }
}
