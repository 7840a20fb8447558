//! Encodings: hand-checked words byte by byte in each legacy encoding, and
//! every seed, converted to each encoding, parses to the same document
//! (spans aside).
//!
//! The encoders here are written from the published tables (format-spec
//! 8.6.2 for TCVN3, 8.6.3 for VNI), not from `src/decode`; VISCII and
//! Windows-1258 are encoded with GNU iconv when it is installed (the decoding
//! tables are checked against iconv byte by byte in `src/decode`).

use std::io::Write;
use std::process::{Command, Stdio};

use vanban::{Encoding, Options};

use crate::common::{SEEDS, fixture};

/// Each vowel and its toned forms: none, sắc, huyền, hỏi, ngã, nặng.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'á', 'à', 'ả', 'ã', 'ạ'],
    ['ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'é', 'è', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ế', 'ề', 'ể', 'ễ', 'ệ'],
    ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ó', 'ò', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ú', 'ù', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự'],
    ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'],
];

/// The TCVN3 bytes of the same rows (format-spec 8.6.2); 0 = the ASCII letter.
const TCVN3: [[u8; 6]; 12] = [
    [0, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9],
    [0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6],
    [0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB],
    [0, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1],
    [0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6],
    [0, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE],
    [0, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4],
    [0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9],
    [0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE],
    [0, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4],
    [0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9],
    [0, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE],
];

/// (row, tone) of a lowercase Vietnamese vowel.
fn vowel(c: char) -> Option<(usize, usize)> {
    VOWELS
        .iter()
        .enumerate()
        .find_map(|(r, row)| row.iter().position(|&x| x == c).map(|t| (r, t)))
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Replaces what the one-byte encodings cannot hold by ASCII.
fn flatten(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            '–' | '—' | '−' => '-',
            c if c.is_ascii() || vowel(lower(c)).is_some() || lower(c) == 'đ' => c,
            _ => '?',
        })
        .collect()
}

/// TCVN3 as `.VnTime` + `.VnTimeH` write it: the seven capitals it has, the
/// lowercase code for every other accented capital.
fn to_tcvn3(s: &str) -> Vec<u8> {
    let caps = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
    let mut out = Vec::new();
    for c in s.chars() {
        if let Some(k) = caps.iter().position(|&x| x == c) {
            out.push(0xA1 + k as u8);
        } else if c.is_ascii() {
            out.push(c as u8);
        } else if lower(c) == 'đ' {
            out.push(0xAE);
        } else if let Some((r, t)) = vowel(lower(c)) {
            match TCVN3[r][t] {
                0 => out.push(c as u8), // an ASCII vowel, keeps its case
                b => out.push(b),
            }
        } else {
            out.push(b'?');
        }
    }
    out
}

/// VNI-Windows: base letter, then a mark byte; capitals take capital marks.
fn to_vni(s: &str) -> Vec<u8> {
    // Mark bytes by tone (none, sắc, huyền, hỏi, ngã, nặng).
    const TONE: [u8; 6] = [0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF];
    const CIRC: [u8; 6] = [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4];
    const BREVE: [u8; 6] = [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB];
    const I: [u8; 6] = [b'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2];
    let mut out = Vec::new();
    for c in s.chars() {
        let up = c.is_uppercase();
        let case = |b: u8| if up && b >= 0xC0 { b - 0x20 } else { b };
        let ascii = |b: u8| if up { b.to_ascii_uppercase() } else { b };
        if c.is_ascii() {
            out.push(c as u8);
            continue;
        }
        let l = lower(c);
        if l == 'đ' {
            out.push(case(0xF1));
            continue;
        }
        let Some((r, t)) = vowel(l) else {
            out.push(b'?');
            continue;
        };
        match r {
            5 => out.push(case(I[t])),
            11 if t == 5 => out.push(case(0xEE)),
            1 => out.extend([ascii(b'a'), case(BREVE[t])]),
            2 | 4 | 7 => {
                let base = [0, 0, b'a', 0, b'e', 0, 0, b'o'][r];
                out.extend([ascii(base), case(CIRC[t])]);
            }
            8 | 10 => {
                out.push(case(if r == 8 { 0xF4 } else { 0xF6 }));
                if t > 0 {
                    out.push(case(TONE[t]));
                }
            }
            _ => {
                let base = [b'a', 0, 0, b'e', 0, 0, b'o', 0, 0, b'u', 0, b'y'][r];
                out.push(ascii(base));
                if t > 0 {
                    out.push(case(TONE[t]));
                }
            }
        }
    }
    out
}

/// `s` encoded by GNU iconv, or `None` when iconv is not installed.
fn iconv(s: &str, to: &str) -> Option<Vec<u8>> {
    let mut child = Command::new("iconv")
        .args(["-f", "UTF-8", "-t", to])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = s.as_bytes().to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout)
}

fn utf16(s: &str, big: bool) -> Vec<u8> {
    let bom: [u8; 2] = if big { [0xFE, 0xFF] } else { [0xFF, 0xFE] };
    bom.into_iter()
        .chain(s.encode_utf16().flat_map(|u| {
            if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        }))
        .collect()
}

/// `s` with the accented capitals TCVN3 cannot hold in a mixed-case word
/// (or a one-letter word) lower-cased, as a TCVN3 file of `s` reads.
fn tcvn3_case(s: &str) -> String {
    let kept = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
    let mut out = String::with_capacity(s.len());
    for word in s.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let caps = word.chars().filter(|c| c.is_uppercase()).count();
        let mixed = letters < 2 || caps < letters;
        out.extend(word.chars().map(|c| {
            if mixed && !c.is_ascii() && c.is_uppercase() && !kept.contains(&c) {
                lower(c)
            } else {
                c
            }
        }));
    }
    out
}

/// `s` in `enc`, or `None` when the encoder is missing here.
fn encode(s: &str, enc: &str) -> Option<Vec<u8>> {
    match enc {
        "tcvn3" => Some(to_tcvn3(s)),
        "vni" => Some(to_vni(s)),
        "viscii" => iconv(s, "VISCII"),
        "windows-1258" => iconv(s, "CP1258"),
        "utf-16le" => Some(utf16(s, false)),
        "utf-16be" => Some(utf16(s, true)),
        _ => None,
    }
}

/// A document's JSON without its spans and decoding diagnostics.
fn fields(doc: &vanban::Document) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("span");
                m.remove("header_spans");
                if let Some(serde_json::Value::Array(ds)) = m.get_mut("diagnostics") {
                    ds.retain(|d| !d["code"].as_str().unwrap_or("").starts_with("decode."));
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).unwrap_or_default();
    strip(&mut v);
    v
}

/// The JSON of `bytes` parsed as `enc`: holds every string read from them.
fn text_of(bytes: &[u8], enc: Encoding) -> String {
    let doc = vanban::parse_bytes_with(bytes, &Options::new().encoding(enc))
        .unwrap_or_else(|e| panic!("{enc}: {e}"));
    serde_json::to_string(&doc).unwrap_or_default()
}

#[test]
fn hand_checked_words_byte_by_byte() {
    // (encoding, bytes, text): the bytes typed from the published tables.
    let cases: &[(Encoding, &[u8], &str)] = &[
        (
            Encoding::Tcvn3,
            b"C\xe9NG H\xdfA X\xb7 H\xe9I",
            "CỘNG HÒA XÃ HỘI",
        ),
        (
            Encoding::Tcvn3,
            b"U\xfb ban nh\xa9n d\xa9n",
            "Uỷ ban nhân dân",
        ),
        (
            Encoding::Tcvn3,
            b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c",
            "Độc lập - Tự do - Hạnh phúc",
        ),
        (Encoding::Tcvn3, b"K\xddnh g\xf6i", "Kính gửi"),
        (
            Encoding::Tcvn3,
            b"\xf1Y BAN NH\xa2N D\xa2N",
            "ỦY BAN NHÂN DÂN",
        ),
        (
            Encoding::Vni,
            b"U\xdby ban nha\xe2n da\xe2n",
            "Ủy ban nhân dân",
        ),
        (
            Encoding::Vni,
            b"\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c",
            "Độc lập - Tự do - Hạnh phúc",
        ),
        (Encoding::Vni, b"K\xednh g\xf6\xfbi", "Kính gửi"),
        (Encoding::Vni, b"\xd1\xd6\xd4\xcfC", "ĐƯỢC"),
        (
            Encoding::Viscii,
            b"\x9cy ban nh\xe2n d\xe2n",
            "Ủy ban nhân dân",
        ),
        (
            Encoding::Viscii,
            b"\xd0\xb5c l\xa7p - T\xf1 do - H\xd5nh ph\xfac",
            "Độc lập - Tự do - Hạnh phúc",
        ),
        (Encoding::Viscii, b"K\xednh g\xd8i", "Kính gửi"),
        (
            Encoding::Windows1258,
            b"U\xd2y ban nh\xe2n d\xe2n",
            "Ủy ban nhân dân",
        ),
        (
            Encoding::Windows1258,
            b"\xd0\xf4\xf2c l\xe2\xf2p - T\xfd\xf2 do - Ha\xf2nh phu\xecc",
            "Độc lập - Tự do - Hạnh phúc",
        ),
        (Encoding::Windows1258, b"Ki\xecnh g\xfd\xd2i", "Kính gửi"),
    ];
    for &(enc, bytes, want) in cases {
        let got = text_of(bytes, enc);
        assert!(got.contains(want), "{enc}: {want} not in {got}");
        // The test encoders agree with the hand-typed bytes.
        let ours = match enc {
            Encoding::Tcvn3 => Some(to_tcvn3(want)),
            Encoding::Vni => Some(to_vni(want)),
            _ => None,
        };
        if let Some(ours) = ours {
            assert_eq!(ours, bytes, "{enc} encoder on {want}");
        }
    }
}

#[test]
fn detection_names_the_encoding_with_a_confidence() {
    let seed = flatten(&fixture(SEEDS[0]));
    for enc in ["tcvn3", "vni", "viscii", "windows-1258"] {
        let Some(bytes) = encode(&seed, enc) else {
            eprintln!("no encoder for {enc} here (iconv missing)");
            continue;
        };
        let doc = vanban::parse_bytes(&bytes).unwrap_or_else(|e| panic!("{enc}: {e}"));
        let d = doc
            .diagnostics
            .iter()
            .find(|d| d.code == vanban::codes::DECODE_ENCODING)
            .unwrap_or_else(|| panic!("{enc}: no decode.encoding diagnostic"));
        assert_eq!(d.severity, vanban::Severity::Info);
        assert!(
            d.message
                .contains(&format!("read as {enc} (confidence 0.9"))
                || d.message
                    .contains(&format!("read as {enc} (confidence 1.0")),
            "{enc}: {}",
            d.message
        );
    }
}

/// Every seed in every encoding parses to the seed's own fields.
///
/// Allowed to differ, and why:
/// - spans: they point into each encoding's bytes;
/// - `decode.*` diagnostics: they report the decoding;
/// - TCVN3 only: an accented capital other than `Ă Â Ê Ô Ơ Ư Đ` in a word
///   with lowercase letters (`Ủy ban`): TCVN3 has no such capital, the
///   `.VnTimeH` font draws it from the lowercase code, so the bytes are
///   those of `ủy ban`. The TCVN3 file is compared with the seed so
///   lower-cased ([`tcvn3_case`]); all-caps words must come back exactly.
#[test]
fn every_seed_in_every_encoding_parses_the_same() {
    let encodings = [
        "tcvn3",
        "vni",
        "viscii",
        "windows-1258",
        "utf-16le",
        "utf-16be",
    ];
    let mut failures = Vec::new();
    for rel in SEEDS {
        let seed = flatten(&fixture(rel));
        let want = fields(&vanban::parse(&seed));
        for enc in encodings {
            let Some(bytes) = encode(&seed, enc) else {
                eprintln!("no encoder for {enc} here (iconv missing)");
                continue;
            };
            let doc = vanban::parse_bytes(&bytes).unwrap_or_else(|e| panic!("{rel} {enc}: {e}"));
            let got = fields(&doc);
            let want = if enc == "tcvn3" {
                fields(&vanban::parse(&tcvn3_case(&seed)))
            } else {
                want.clone()
            };
            let same = got == want;
            if !same {
                let (g, w) = (got.to_string(), want.to_string());
                let at = g
                    .char_indices()
                    .zip(w.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(0, |((i, _), _)| i);
                let from = crate::common::floor_boundary(&g, at.saturating_sub(80));
                let wfrom = crate::common::floor_boundary(&w, from);
                failures.push(format!(
                    "{rel} as {enc}:\n got  ...{}\n want ...{}",
                    g.get(from..crate::common::ceil_boundary(&g, at + 120))
                        .unwrap_or(""),
                    w.get(wfrom..crate::common::ceil_boundary(&w, at + 120))
                        .unwrap_or("")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
