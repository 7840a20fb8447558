//! Vocabulary of the header: the motto, "Số", the place-and-date line,
//! "V/v", marks, issuer words, the news-style lead.
//!
//! Digits in the patterns are ASCII (`[0-9]`), and symbols are Latin
//! letters (`A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ`): Unicode `\d` and `\p{L}` are classes of
//! hundreds of ranges, which made the patterns slow to compile (most of a
//! one-file run) and to capture with.
//!
//! The number line, the place-and-date line and the news lead are read by
//! hand ([`Number::read`], [`PlaceDate::find`], [`NewsLead::find`]): the
//! regex engine that fills capture groups cost more than the rest of the
//! header. Their patterns stay here as the definition, compiled only by the
//! tests that hold the readers to them.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Confidentiality, Urgency};
use crate::text::fast_lower;

/// Folded keys (see `text::fold_key_offsets`) of the right-hand header lines, and
/// whether the key is the start of the block (the Quốc hiệu) or its second
/// line (the Tiêu ngữ). Partial keys catch a motto wrapped over two lines.
pub(crate) const MOTTO_KEYS: &[&str] = &[
    "conghoaxahoichunghiavietnam",
    "doclaptudohanhphuc",
    "dangcongsanvietnam",
    "doantncshochiminh",
    "doanthanhniencongsanhochiminh",
    "conghoaxahoi",
    "chunghiavietnam",
];

/// The number line: `Số: 4918 /UBND-NC`, `Số: /TB-UBND`, `Số 02-NQ/TU`,
/// `Số: 22/2020/QĐ-UBND`, `Luật số: 80/2015/QH13`, `Số : 367 - QĐ/TWĐTN-VP`.
/// (`À-ỿ` here: Latin-1, Latin Extended-A/B and Latin Extended Additional.)
/// This pattern is the definition; [`Number::read`] reads its match by hand
/// (the regex's captures cost ~5 K instructions a line), and a test holds
/// the two equal.
#[cfg(test)]
pub(crate) static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?:(?:Luật|LUẬT|Bộ\ luật|BỘ\ LUẬT|Nghị\ quyết|NGHỊ\ QUYẾT|Pháp\ lệnh|PHÁP\ LỆNH|Lệnh|LỆNH)\s+)?
        (?:[Ss]ố|SỐ|So|SO)\s*(?:[Kk]ý\ hiệu\s*)?:?\s*
        (?:
            (?P<num>[0-9]{1,6}[a-zA-Z]?)?\s*
            (?:/\s*(?P<year>(?:19|20)[0-9]{2})\s*)?
            /\s*(?P<sym>[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+(?:\s*-\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+)*)
          |
            (?P<pnum>[0-9]{1,6}[a-z]?)\s*-\s*(?P<ptype>[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]{1,5})\s*/\s*(?P<piss>[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+(?:\s*-\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+)*)
        )",
    )
    .unwrap_or_else(|e| panic!("bad NUMBER regex: {e}"))
});

/// The words before a law's number (`Luật số: 80/2015/QH13`), one of which
/// may open a [`NUMBER`] line.
const NUMBER_PREFIXES: &[&str] = &[
    "Luật",
    "LUẬT",
    "Bộ luật",
    "BỘ LUẬT",
    "Nghị quyết",
    "NGHỊ QUYẾT",
    "Pháp lệnh",
    "PHÁP LỆNH",
    "Lệnh",
    "LỆNH",
];
/// "Số" as a [`NUMBER`] line may print it.
const NUMBER_LABELS: &[&str] = &["Số", "số", "SỐ", "So", "SO"];
/// "ký hiệu" after "Số" (`[Kk]ý hiệu`).
const SYMBOL_LABELS: &[&str] = &["ký hiệu", "Ký hiệu"];

/// A match of [`NUMBER`]: the byte ranges of the match (from 0) and its
/// groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Number {
    pub end: usize,
    pub num: Option<Range<usize>>,
    pub year: Option<Range<usize>>,
    pub sym: Option<Range<usize>>,
    pub pnum: Option<Range<usize>>,
    pub ptype: Option<Range<usize>>,
    pub piss: Option<Range<usize>>,
}

impl Number {
    /// The match of [`NUMBER`] at the start of `text`. Each part of the
    /// pattern is greedy and none can give back (what it would give back is
    /// a char the next part cannot start with): the first reading that fits
    /// is the regex's. The plain form `n[/yyyy]/SYM` is tried before the
    /// party form `n-TYPE/ISSUER`, as in the pattern.
    pub(crate) fn read(text: &str) -> Option<Number> {
        // Every prefix and label starts with one of these bytes.
        if !matches!(
            text.as_bytes().first(),
            Some(b'L' | b'B' | b'N' | b'P' | b'S' | b's')
        ) {
            return None;
        }
        let mut at = 0;
        if let Some(end) = NUMBER_PREFIXES.iter().find_map(|w| text.strip_prefix(w)) {
            let after = text.len() - end.len();
            let spaced = skip(text, after, char::is_whitespace);
            if spaced > after && starts_with_any(text, spaced, NUMBER_LABELS) {
                at = spaced;
            }
        }
        let label = NUMBER_LABELS
            .iter()
            .find(|w| text.get(at..).is_some_and(|t| t.starts_with(**w)))?;
        at = skip(text, at + label.len(), char::is_whitespace);
        if let Some(w) = SYMBOL_LABELS
            .iter()
            .find(|w| text.get(at..).is_some_and(|t| t.starts_with(**w)))
        {
            at = skip(text, at + w.len(), char::is_whitespace);
        }
        if text.as_bytes().get(at) == Some(&b':') {
            at += 1;
        }
        at = skip(text, at, char::is_whitespace);
        Self::plain(text, at).or_else(|| Self::party(text, at))
    }

    /// `(?P<num>[0-9]{1,6}[a-zA-Z]?)?\s*(?:/\s*(?P<year>(?:19|20)[0-9]{2})\s*)?/\s*(?P<sym>…)`.
    fn plain(text: &str, from: usize) -> Option<Number> {
        let bytes = text.as_bytes();
        let n = digits(text, from);
        if n > 6 {
            return None;
        }
        let mut at = from + n;
        if n > 0 && bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            at += 1;
        }
        let num = (n > 0).then_some(from..at);
        at = skip(text, at, char::is_whitespace);
        if bytes.get(at) != Some(&b'/') {
            return None;
        }
        let read = |year: Option<Range<usize>>, slash: usize| {
            let sym_start = skip(text, slash + 1, char::is_whitespace);
            let end = symbol_end(text, sym_start)?;
            Some(Number {
                end,
                num: num.clone(),
                year,
                sym: Some(sym_start..end),
                pnum: None,
                ptype: None,
                piss: None,
            })
        };
        // The year's group, when a "/" and a symbol follow it.
        let y = skip(text, at + 1, char::is_whitespace);
        if year_at(text, y) {
            let slash = skip(text, y + 4, char::is_whitespace);
            if bytes.get(slash) == Some(&b'/') {
                if let Some(found) = read(Some(y..y + 4), slash) {
                    return Some(found);
                }
            }
        }
        read(None, at)
    }

    /// `(?P<pnum>[0-9]{1,6}[a-z]?)\s*-\s*(?P<ptype>L{1,5})\s*/\s*(?P<piss>…)`.
    fn party(text: &str, from: usize) -> Option<Number> {
        let bytes = text.as_bytes();
        let mut at = number_end(text, from)?;
        let pnum = from..at;
        at = skip(text, at, char::is_whitespace);
        if bytes.get(at) != Some(&b'-') {
            return None;
        }
        let type_start = skip(text, at + 1, char::is_whitespace);
        let rest = text.get(type_start..)?;
        let letters = rest
            .chars()
            .take_while(|&c| symbol_letter(c))
            .take(6)
            .collect::<Vec<_>>();
        if letters.is_empty() || letters.len() > 5 {
            return None;
        }
        let type_end = type_start + letters.iter().map(|c| c.len_utf8()).sum::<usize>();
        at = skip(text, type_end, char::is_whitespace);
        if bytes.get(at) != Some(&b'/') {
            return None;
        }
        let iss_start = skip(text, at + 1, char::is_whitespace);
        let end = symbol_end(text, iss_start)?;
        Some(Number {
            end,
            num: None,
            year: None,
            sym: None,
            pnum: Some(pnum),
            ptype: Some(type_start..type_end),
            piss: Some(iss_start..end),
        })
    }
}

/// Whether one of `words` starts at `at`.
fn starts_with_any(text: &str, at: usize, words: &[&str]) -> bool {
    text.get(at..)
        .is_some_and(|t| words.iter().any(|w| t.starts_with(w)))
}

/// Whether a year `(?:19|20)[0-9]{2}` starts at `at`.
fn year_at(text: &str, at: usize) -> bool {
    text.as_bytes().get(at..at + 4).is_some_and(|y| {
        y.iter().all(u8::is_ascii_digit) && (y.starts_with(b"19") || y.starts_with(b"20"))
    })
}

/// A letter of a symbol: `[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]`.
fn symbol_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF)
}

/// A char of a symbol: `[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]`.
fn symbol_char(c: char) -> bool {
    symbol_letter(c) || c.is_ascii_digit() || c == '.' || c == '&'
}

/// The end of a symbol `S+(?:\s*-\s*S+)*` starting at `at`, if one does.
fn symbol_end(text: &str, at: usize) -> Option<usize> {
    let mut end = skip(text, at, symbol_char);
    if end == at {
        return None;
    }
    loop {
        let dash = skip(text, end, char::is_whitespace);
        if text.as_bytes().get(dash) != Some(&b'-') {
            return Some(end);
        }
        let part = skip(text, dash + 1, char::is_whitespace);
        let part_end = skip(text, part, symbol_char);
        if part_end == part {
            return Some(end);
        }
        end = part_end;
    }
}

/// "Số:" alone on a line (the number follows on the next line).
pub(crate) static NUMBER_LABEL_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[Ss]ố|SỐ)\s*:?$").unwrap_or_else(|e| panic!("{e}")));

/// The place-and-date line: `Tuyên Quang, ngày 13 tháng 12 năm 2021`, with
/// blank parts (`ngày tháng 10 năm 2024`, `ngày ... tháng ... năm 2024`) and
/// lost spaces (`ngày 30tháng10năm 2013`). This pattern is the definition;
/// [`PlaceDate::find`] reads its leftmost-first match by hand (the regex's
/// captures cost ~9 K instructions a line), and a test holds the two equal.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const PLACE_DATE: &str = r"(?x)
        (?:(?P<place>\p{Lu}[^\n,|;:]{0,50}?)\s*,\s*)?
        (?i:ngày)\s*(?P<d>[0-9]{1,2})?[\s.…_/-]*
        (?:(?i:tháng)\s*(?P<m>[0-9]{1,2})?[\s.…_]*|(?P<m2>[0-9]{1,2})\s*/\s*)
        (?:(?i:năm)\s*)?(?P<y>(?:19|20)[0-9]{2})";

/// The words of [`PLACE_DATE`], matched in either case.
const DAY: &str = "ngày";
const MONTH: &str = "tháng";
const YEAR: &str = "năm";
/// The most chars a place may hold (`\p{Lu}[^\n,|;:]{0,50}?`).
const PLACE_CHARS: usize = 51;

/// A match of [`PLACE_DATE`]: the byte ranges of the match and its groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PlaceDate {
    pub whole: Range<usize>,
    pub place: Option<Range<usize>>,
    pub d: Option<Range<usize>>,
    pub m: Option<Range<usize>>,
    pub m2: Option<Range<usize>>,
    pub y: Range<usize>,
}

impl PlaceDate {
    /// The leftmost-first match of [`PLACE_DATE`] in `text`. Every match
    /// starts at a "ngày" (read by [`PlaceDate::date_at`]) or at the place
    /// before it: a capital at most 51 chars before the comma that precedes
    /// the "ngày" (only white space between), with none of `\n , | ; :`
    /// between the capital and the comma. The match is the one that starts
    /// first; at one start the place is taken (the optional group is greedy).
    pub(crate) fn find(text: &str) -> Option<PlaceDate> {
        let bytes = text.as_bytes();
        let mut best: Option<PlaceDate> = None;
        for at in 0..bytes.len() {
            if !day_starts(bytes, at) {
                continue;
            }
            if best
                .as_ref()
                .is_some_and(|m| m.whole.start < at && !place_may_reach(bytes, m.whole.start, at))
            {
                // A later "ngày" can only start its match before the best
                // one through a place that reaches back to it.
                break;
            }
            let Some(mut found) = Self::date_at(text, at) else {
                continue;
            };
            if let Some(place) = place_before(text, at) {
                found.whole.start = place.start;
                found.place = Some(place);
            }
            // At one start the place is taken (a "Ngày" may start both).
            if best.as_ref().is_none_or(|m| {
                found.whole.start < m.whole.start
                    || found.whole.start == m.whole.start && found.place.is_some()
            }) {
                best = Some(found);
            }
        }
        best
    }

    /// Whether [`PLACE_DATE`] matches somewhere in `text`.
    pub(crate) fn is_in(text: &str) -> bool {
        let bytes = text.as_bytes();
        (0..bytes.len()).any(|at| day_starts(bytes, at) && Self::date_at(text, at).is_some())
    }

    /// The date part of [`PLACE_DATE`] (from `(?i:ngày)` on) matched at
    /// `at`, its choices tried in the regex's order: the day's two digits,
    /// one, none; then "tháng" with the month's two digits, one, none, or a
    /// month of two digits, one, and "/"; then "năm" or not. Each run of
    /// separators is taken whole (giving some back leaves a separator where
    /// a letter or digit must follow).
    fn date_at(text: &str, at: usize) -> Option<PlaceDate> {
        let mut p = word_at(text, at, DAY)?;
        p = skip(text, p, char::is_whitespace);
        let day_digits = digits(text, p);
        for dlen in (0..=day_digits.min(2)).rev() {
            let q = skip(text, p + dlen, |c| {
                c.is_whitespace() || matches!(c, '.' | '…' | '_' | '/' | '-')
            });
            let d = (dlen > 0).then(|| p..p + dlen);
            // "tháng" and the month.
            if let Some(r) = word_at(text, q, MONTH) {
                let r = skip(text, r, char::is_whitespace);
                let month_digits = digits(text, r);
                for mlen in (0..=month_digits.min(2)).rev() {
                    let u = skip(text, r + mlen, |c| {
                        c.is_whitespace() || matches!(c, '.' | '…' | '_')
                    });
                    if let Some(y) = year_after(text, u) {
                        return Some(PlaceDate {
                            whole: at..y.end,
                            place: None,
                            d,
                            m: (mlen > 0).then(|| r..r + mlen),
                            m2: None,
                            y,
                        });
                    }
                }
            }
            // A month in digits and "/".
            let month_digits = digits(text, q);
            for mlen in (1..=month_digits.min(2)).rev() {
                let u = skip(text, q + mlen, char::is_whitespace);
                if text.as_bytes().get(u) != Some(&b'/') {
                    continue;
                }
                let u = skip(text, u + 1, char::is_whitespace);
                if let Some(y) = year_after(text, u) {
                    return Some(PlaceDate {
                        whole: at..y.end,
                        place: None,
                        d,
                        m: None,
                        m2: Some(q..q + mlen),
                        y,
                    });
                }
            }
        }
        None
    }
}

/// Whether "ngày" (either case) may start at `at`: its first two bytes.
fn day_starts(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at), Some(b'n' | b'N')) && matches!(bytes.get(at + 1), Some(b'g' | b'G'))
}

/// `(?:(?i:năm)\s*)?(?P<y>(?:19|20)[0-9]{2})` at `at`: the year's range.
fn year_after(text: &str, at: usize) -> Option<Range<usize>> {
    let year = |p: usize| {
        let y = text.as_bytes().get(p..p + 4)?;
        (y.iter().all(u8::is_ascii_digit) && (y.starts_with(b"19") || y.starts_with(b"20")))
            .then_some(p..p + 4)
    };
    word_at(text, at, YEAR)
        .and_then(|p| year(skip(text, p, char::is_whitespace)))
        .or_else(|| year(at))
}

/// The end of `word` (lower-case) matched at `at` in either case.
fn word_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let mut chars = text.get(at..)?.char_indices();
    for w in word.chars() {
        let (_, c) = chars.next()?;
        if c != w && fast_lower(c) != Some(w) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| at + i))
}

/// The end of the run of chars from `at` for which `keep` holds.
fn skip(text: &str, at: usize, keep: impl Fn(char) -> bool) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + rest.find(|c: char| !keep(c)).unwrap_or(rest.len())
}

/// How many ASCII digits start at `at`.
fn digits(text: &str, at: usize) -> usize {
    text.as_bytes()
        .get(at..)
        .map_or(0, |b| b.iter().take_while(|b| b.is_ascii_digit()).count())
}

/// Whether a place ending at the comma before the "ngày" at `at` could
/// start at or before `start`: no `\n , | ; :` lies between them but the
/// comma itself.
fn place_may_reach(bytes: &[u8], start: usize, at: usize) -> bool {
    bytes.get(start..at).is_some_and(|b| {
        b.iter()
            .filter(|b| matches!(b, b'\n' | b',' | b'|' | b';' | b':'))
            .count()
            <= 1
    })
}

/// The place of a "ngày" at `at`: `(?P<place>\p{Lu}[^\n,|;:]{0,50}?)\s*,\s*`
/// right before it, the leftmost that fits.
fn place_before(text: &str, at: usize) -> Option<Range<usize>> {
    let before = text.get(..at)?;
    let comma = before.trim_end_matches(char::is_whitespace);
    let comma = comma.strip_suffix(',')?;
    // The lazy place ends where the white space before the comma begins.
    let end = comma.trim_end_matches(char::is_whitespace).len();
    let region_start = text
        .as_bytes()
        .get(..end)?
        .iter()
        .rposition(|b| matches!(b, b'\n' | b',' | b'|' | b';' | b':'))
        .map_or(0, |p| p + 1);
    let region = text.get(region_start..end)?;
    let mut chars_left = region.chars().count();
    for (i, c) in region.char_indices() {
        if chars_left <= PLACE_CHARS && is_upper_letter(c) {
            return Some(region_start + i..end);
        }
        chars_left -= 1;
    }
    None
}

/// Whether `c` is `\p{Lu}`: by its case in the blocks of Vietnamese (where
/// every upper-case char is a letter `Lu`), by the regex's tables elsewhere.
fn is_upper_letter(c: char) -> bool {
    static UPPER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\p{Lu}$"));
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    if matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) {
        return c.is_uppercase();
    }
    UPPER.is_match(c.encode_utf8(&mut [0; 4]))
}

/// A place-and-date line cut after the day: `Kon Tum, ngày 25`.
pub(crate) static PLACE_DATE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*ngày\s*[0-9]{0,2}\s*$").unwrap_or_else(|e| panic!("{e}"))
});

/// The subject prefix of a công văn: `V/v`, `V/V:`, `Về việc:`, `VỀ VIỆC`.
pub(crate) static SUBJECT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Vv]\s*/\s*[Vv]|(?i:về\s+việc))\s*[:.]?\s*").unwrap_or_else(|e| panic!("{e}"))
});

/// Lines that open the body: a header scan stops there.
pub(crate) static BODY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?i:kính\s+g[ửở]i)
          | Căn\ cứ | CĂN\ CỨ | Thực\ hiện | Theo\ đề\ nghị | Theo\ đó | Xét\ đề\ nghị | Xét | Trả\ lời
          | Qua\ (?:xem\ xét|kiểm\ tra) | Ngày\ [0-9] | Vừa\ qua | Sáng\ nay | Chiều\ nay | Hôm\ nay
          | (?:QUYẾT\ ĐỊNH|QUYẾT\ NGHỊ|CHỈ\ THỊ|Quyết\ định|Quyết\ nghị)\s*:
        )",
    )
    .unwrap_or_else(|e| panic!("bad BODY_OPENING regex: {e}"))
});

/// Whether `text` opens the body ([`BODY_OPENING`]). Every choice of the
/// pattern starts with one of a few pairs of bytes (`(?i:k)` also takes
/// the Kelvin sign, U+212A, whose UTF-8 starts with 0xE2; `í` and `Í`
/// start with 0xC3, `ă` and `Ă` with 0xC4, `ừ` with 0xE1): other lines
/// skip the regex.
pub(crate) fn opens_body(text: &str) -> bool {
    let b = text.as_bytes();
    let (Some(&b0), Some(&b1)) = (b.first(), b.get(1)) else {
        return false;
    };
    matches!(
        (b0, b1),
        (b'K' | b'k', 0xC3)
            | (0xE2, _)
            | (b'C', 0xC4 | b'h' | b'H')
            | (b'T', b'h' | b'r')
            | (b'X' | b'S' | b'H', 0xC3)
            | (b'Q', b'u' | b'U')
            | (b'N', b'g')
            | (b'V', 0xE1)
    ) && BODY_OPENING.is_match(text)
}

/// Whether `text` is "Số:" alone ([`NUMBER_LABEL_ONLY`]); the regex is
/// tried only on a line that starts with `S` or `s`.
pub(crate) fn is_number_label(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(b'S' | b's')) && NUMBER_LABEL_ONLY.is_match(text)
}

/// Whether `text` starts with the subject prefix ([`SUBJECT_PREFIX`]); the
/// regex is tried only on a line that starts with `V` or `v` (no other
/// char is `v` under `(?i)`).
pub(crate) fn has_subject_prefix(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(b'V' | b'v')) && SUBJECT_PREFIX.is_match(text)
}

/// The urgency and secrecy marks, folded with `text::fold_words`.
pub(crate) const MARKS: &[(&str, Mark)] = &[
    ("hoa toc hen gio", Mark::Urgency(Urgency::HoaToc)),
    ("hoa toc", Mark::Urgency(Urgency::HoaToc)),
    ("thuong khan", Mark::Urgency(Urgency::ThuongKhan)),
    ("khan", Mark::Urgency(Urgency::Khan)),
    ("tuyet mat", Mark::Secrecy(Confidentiality::TuyetMat)),
    ("toi mat", Mark::Secrecy(Confidentiality::ToiMat)),
    ("mat", Mark::Secrecy(Confidentiality::Mat)),
];

/// An urgency or secrecy mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Urgency(Urgency),
    Secrecy(Confidentiality),
}

/// Circulation marks (phạm vi lưu hành), folded; kept as header lines.
pub(crate) const CIRCULATION: &[&str] = &[
    "xem xong tra lai",
    "luu hanh noi bo",
    "du thao",
    "tai lieu thu hoi",
];

/// Issuer names that need a locality on the next line to be whole
/// ("ỦY BAN NHÂN DÂN" / "TỈNH TUYÊN QUANG"), folded.
pub(crate) const BARE_BODIES: &[&str] = &[
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "ubnd",
    "hdnd",
    "uy ban mat tran to quoc viet nam",
    "dang bo",
    "dang uy",
    "ban chap hanh",
    "ban thuong vu",
    "ban chap hanh dang bo",
];

/// Administrative-unit nouns that continue a bare body's name, folded.
pub(crate) const ADMIN_UNITS: &[&str] = &[
    "tinh",
    "thanh pho",
    "tp",
    "huyen",
    "quan",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    "dac khu",
    "trung uong",
    "khoi",
];

/// Nouns that begin the name of an organisation under a superior printed
/// above it ("UBND TỈNH X" / "SỞ NỘI VỤ"), folded.
pub(crate) const UNIT_NOUNS: &[&str] = &[
    "so",
    "van phong",
    "cuc",
    "chi cuc",
    "tong cuc",
    "vu",
    "ban",
    "phong",
    "trung tam",
    "truong",
    "vien",
    "thanh tra",
    "kho bac",
    "benh vien",
    "cong an",
    "bo chi huy",
    "doan",
    "hoi dong",
    "uy ban",
    "chi nhanh",
    "cong ty",
    "tong cong ty",
    "hoc vien",
    "dai hoc",
    "dai",
    "bao",
    "ngan hang",
    "dang uy",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "quan uy",
    "thi uy",
    "chi bo",
    "tinh doan",
    "thanh doan",
    "huyen doan",
    "hoi",
    "to",
    "doi",
    "hat",
    "quy",
    "ban quan ly",
    "bo",
    "ubnd",
    "hdnd",
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "toa an",
    "vien kiem sat",
    "cang vu",
    "bhxh",
    "bao hiem xa hoi",
    "lien doan",
    "mat tran",
];

/// Issuer codes that follow a type code in a symbol whose hyphen was lost
/// (`QĐUBND`, `NĐCP`, `TTVPCP`): format-spec 4.5. Provincial departments
/// (`S` + capitals) are recognised by shape.
pub(crate) const ISSUER_CODES: &[&str] = &[
    "UBND", "HĐND", "CP", "TTg", "VPCP", "QH", "UBTVQH", "BNV", "BTC", "BKHĐT", "BGDĐT", "BLĐTBXH",
    "BGTVT", "BCT", "BVHTTDL", "BQP", "BCA", "BXD", "BYT", "BTP", "BNNMT", "BNNPTNT", "BTNMT",
    "BTTTT", "NHNN", "KBNN", "TW", "TU", "HU",
];

/// Words that continue the name on the line above, folded ("VÀ ĐÀO TẠO").
pub(crate) const CONTINUATION_WORDS: &[&str] = &["va", "thuoc", "cua", "tai", "khu vuc"];

/// The words of an authority line (thẩm quyền ban hành) of a decision:
/// a header scan stops before "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", folded.
pub(crate) const AUTHORITY_OPENINGS: &[&str] = &[
    "chu tich",
    "bo truong",
    "thu tuong",
    "giam doc",
    "cuc truong",
    "tong cuc truong",
    "vu truong",
    "chanh van phong",
    "chanh thanh tra",
    "hieu truong",
    "vien truong",
    "truong ban",
    "tong giam doc",
    "thong doc",
    "tong kiem toan",
    "chanh an",
    "vien truong vien kiem sat",
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "ban thuong vu",
    "ban chap hanh",
    "ban bi thu",
    "bo chinh tri",
    "chinh phu",
];

/// The lead of a news report on a document: "Ngày 09/10/2020, Ủy ban nhân
/// dân tỉnh ban hành Công văn số 2718/UBND-NC về việc ...".
/// This pattern is the definition; [`NewsLead::find`] reads its match by
/// hand (the regex's captures cost tens of thousands of instructions a
/// lead), and a test holds the two equal.
#[cfg(test)]
pub(crate) const NEWS_LEAD: &str = r"(?x)
        (?:(?i:ngày)\s*(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[0-9]{2})\s*,\s*)?
        (?P<issuer>\p{L}[^.;:\n]{1,120}?)\s+
        (?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?(?:ban\ hành|có|phát\ hành|ra)\s+
        (?P<kind>\p{Lu}\p{Ll}+(?:\ \p{Ll}+){0,3})\s+
        (?:số\s+)?(?P<ref>[0-9]{1,6}[a-z]?(?:/(?:19|20)[0-9]{2})?\s*[/-]\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&/-]+)
        (?:\s+(?i:ngày)\s*(?P<d2>[0-9]{1,2})\s*[/.-]\s*(?P<m2>[0-9]{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)[0-9]{2}))?
        (?:\s+(?:của\s+[^,.]{1,80}?\s+)?(?:về\s+việc|về|V/v)\s+(?P<subject>[^\n]+?))?
        (?:\.\s|\.$|$)";

/// What every [`NEWS_LEAD`] holds, its reference's number and separator
/// (`2718/`, `02-`): a cheap test before the lead is read.
pub(crate) static NEWS_REF_HINT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9][a-z]?\s*[/-]").unwrap_or_else(|e| panic!("{e}")));

/// The most chars of an issuer after its first letter (`[^.;:\n]{1,120}?`).
const ISSUER_CHARS: usize = 120;
/// The most chars between "của" and "về" (`[^,.]{1,80}?`).
const OF_CHARS: usize = 80;
/// The words before the verb (`(?:đã|vừa|mới)`), the verbs, in the
/// pattern's order.
const AUX: &[&str] = &["đã", "vừa", "mới"];
const SIGNED: &str = "ký";
const VERBS: &[&str] = &["ban hành", "có", "phát hành", "ra"];
const NUMBER_WORD: &str = "số";
const OF_WORD: &str = "của";
const ABOUT: &str = "về";
const MATTER: &str = "việc";
const ABOUT_SHORT: &str = "V/v";

/// A match of [`NEWS_LEAD`]: the byte ranges of the match and its groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NewsLead {
    pub whole: Range<usize>,
    pub d: Option<Range<usize>>,
    pub m: Option<Range<usize>>,
    pub y: Option<Range<usize>>,
    pub issuer: Range<usize>,
    pub tail: LeadTail,
}

/// The groups of a [`NewsLead`] after its issuer, and where it ends. They
/// do not depend on where the issuer starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LeadTail {
    pub kind: Range<usize>,
    pub reference: Range<usize>,
    pub d2: Option<Range<usize>>,
    pub m2: Option<Range<usize>>,
    pub y2: Option<Range<usize>>,
    pub subject: Option<Range<usize>>,
    end: usize,
}

/// A numeric date `(?i:ngày)\s*d\s*[/.-]\s*m\s*[/.-]\s*y`: its day, month
/// and year.
type NumericDate = (Range<usize>, Range<usize>, Range<usize>);

impl NewsLead {
    /// The leftmost-first match of [`NEWS_LEAD`] in `text`. The issuer
    /// ends where the rest of the pattern (a [`LeadTail`], read by
    /// [`tail_at`] in the regex's order of choices) matches; the lazy issuer
    /// takes the first such end its chars reach. A match starts at a
    /// "ngày" with its date (tried first) or at the issuer's letter; the
    /// first start that has one wins.
    pub(crate) fn find(text: &str) -> Option<NewsLead> {
        // The first issuer end at or after an offset, and that offset: the
        // next start asks again only past the end found.
        let mut last: Option<(usize, Option<(usize, LeadTail)>)> = None;
        let mut first_end = |from: usize| -> Option<(usize, LeadTail)> {
            if let Some((f, found)) = &last {
                if *f <= from && found.as_ref().is_none_or(|(e, _)| *e >= from) {
                    return found.clone();
                }
            }
            let found = text.get(from..)?.char_indices().find_map(|(i, c)| {
                let e = from + i;
                c.is_whitespace()
                    .then(|| tail_at(text, e).map(|t| (e, t)))?
            });
            last = Some((from, found.clone()));
            found
        };
        for (s, c) in text.char_indices() {
            if let Some((d, m, y)) = numeric_date(text, s) {
                let after = skip(text, y.end, char::is_whitespace);
                let after = (text.as_bytes().get(after) == Some(&b','))
                    .then(|| skip(text, after + 1, char::is_whitespace));
                if let Some((issuer, tail)) = after.and_then(|a| issuer_at(text, a, &mut first_end))
                {
                    return Some(NewsLead {
                        whole: s..tail.end,
                        d: Some(d),
                        m: Some(m),
                        y: Some(y),
                        issuer,
                        tail,
                    });
                }
            }
            if !is_letter(c) {
                continue;
            }
            if let Some((issuer, tail)) = issuer_at(text, s, &mut first_end) {
                return Some(NewsLead {
                    whole: s..tail.end,
                    d: None,
                    m: None,
                    y: None,
                    issuer,
                    tail,
                });
            }
        }
        None
    }
}

/// The issuer `\p{L}[^.;:\n]{1,120}?` starting at `at` and the tail after
/// it: the first issuer end `first_end` gives past its second char, if no
/// `. ; : \n` lies before it and it is within the chars allowed.
fn issuer_at(
    text: &str,
    at: usize,
    first_end: &mut impl FnMut(usize) -> Option<(usize, LeadTail)>,
) -> Option<(Range<usize>, LeadTail)> {
    let mut chars = text.get(at..)?.chars();
    let first = chars.next().filter(|&c| is_letter(c))?;
    let second = chars
        .next()
        .filter(|c| !matches!(c, '.' | ';' | ':' | '\n'))?;
    let body = at + first.len_utf8();
    let (end, tail) = first_end(body + second.len_utf8())?;
    let mut chars = text.get(body..end)?.chars();
    let within = chars
        .by_ref()
        .take(ISSUER_CHARS)
        .all(|c| !matches!(c, '.' | ';' | ':' | '\n'));
    (within && chars.next().is_none()).then_some((at..end, tail))
}

/// The pattern after the issuer, matched at `at`: `\s+`, the verb and what
/// precedes it, the kind, the reference, its date, the subject, the end.
fn tail_at(text: &str, at: usize) -> Option<LeadTail> {
    let p = white_run(text, at)?;
    AUX.iter()
        .find_map(|w| {
            after_word(text, p, w)
                .and_then(|q| white_run(text, q))
                .and_then(|q| after_aux(text, q))
        })
        .or_else(|| after_aux(text, p))
}

/// `(?:ký\s+)?(?:ban hành|có|phát hành|ra)\s+` and the rest at `at`.
fn after_aux(text: &str, at: usize) -> Option<LeadTail> {
    let verb = |p: usize| {
        VERBS.iter().find_map(|w| {
            after_word(text, p, w)
                .and_then(|q| white_run(text, q))
                .and_then(|q| kind_at(text, q))
        })
    };
    after_word(text, at, SIGNED)
        .and_then(|q| white_run(text, q))
        .and_then(verb)
        .or_else(|| verb(at))
}

/// `\p{Lu}\p{Ll}+(?:\ \p{Ll}+){0,3}\s+(?:số\s+)?` and the reference at
/// `at`: each run of small letters is taken whole (a shorter one leaves a
/// letter where a space must follow), and the most words first.
fn kind_at(text: &str, at: usize) -> Option<LeadTail> {
    let first = text
        .get(at..)?
        .chars()
        .next()
        .filter(|&c| is_upper_letter(c))?;
    let lower_run = |p: usize| Some(skip(text, p, is_lower_letter)).filter(|&q| q > p);
    let mut ends = [0; 4];
    let mut n = 1;
    ends[0] = lower_run(at + first.len_utf8())?;
    while n < ends.len() {
        let w = ends[n - 1];
        let Some(q) = (text.as_bytes().get(w) == Some(&b' '))
            .then(|| lower_run(w + 1))
            .flatten()
        else {
            break;
        };
        ends[n] = q;
        n += 1;
    }
    ends.get(..n)?.iter().rev().find_map(|&end| {
        let q = white_run(text, end)?;
        let mut t = after_word(text, q, NUMBER_WORD)
            .and_then(|r| white_run(text, r))
            .and_then(|r| reference_at(text, r))
            .or_else(|| reference_at(text, q))?;
        t.kind = at..end;
        Some(t)
    })
}

/// Where `[0-9]{1,6}[a-z]?` at `at` ends (a document's number: one to six
/// digits and an optional lower-case letter), if it is there.
fn number_end(text: &str, at: usize) -> Option<usize> {
    let n = digits(text, at);
    if n == 0 || n > 6 {
        return None;
    }
    let end = at + n;
    Some(match text.as_bytes().get(end) {
        Some(b) if b.is_ascii_lowercase() => end + 1,
        _ => end,
    })
}

/// `[0-9]{1,6}[a-z]?(?:/(?:19|20)[0-9]{2})?\s*[/-]\s*[symbol chars]+` at
/// `at` and the rest: the digits and the letter are taken whole, the year
/// first, then the symbol from its longest.
fn reference_at(text: &str, at: usize) -> Option<LeadTail> {
    let bytes = text.as_bytes();
    let r = number_end(text, at)?;
    let with_year = (bytes.get(r) == Some(&b'/') && year_at(text, r + 1)).then_some(r + 5);
    let rest = |r: usize| {
        let t = skip(text, r, char::is_whitespace);
        if !matches!(bytes.get(t), Some(b'/' | b'-')) {
            return None;
        }
        let u = skip(text, t + 1, char::is_whitespace);
        let run_end = skip(text, u, is_symbol_char);
        text.get(u..run_end)?
            .char_indices()
            .rev()
            .find_map(|(i, c)| {
                let end = u + i + c.len_utf8();
                let mut tail = after_reference(text, end)?;
                tail.reference = at..end;
                Some(tail)
            })
    };
    with_year.and_then(rest).or_else(|| rest(r))
}

/// The reference's date, taken if it leads to a match, then the subject
/// and the end, at `at`.
fn after_reference(text: &str, at: usize) -> Option<LeadTail> {
    let tail = |subject: Option<(Option<Range<usize>>, usize)>, date: Option<NumericDate>| {
        let (subject, end) = subject?;
        let (d2, m2, y2) = match date {
            Some((d, m, y)) => (Some(d), Some(m), Some(y)),
            None => (None, None, None),
        };
        Some(LeadTail {
            kind: 0..0,
            reference: 0..0,
            d2,
            m2,
            y2,
            subject,
            end,
        })
    };
    white_run(text, at)
        .and_then(|p| numeric_date(text, p))
        .and_then(|date| tail(subject_then_end(text, date.2.end), Some(date)))
        .or_else(|| tail(subject_then_end(text, at), None))
}

/// `(?:\s+(?:của\s+[^,.]{1,80}?\s+)?(?:về\s+việc|về|V/v)\s+(?P<subject>[^\n]+?))?`
/// then the end `(?:\.\s|\.$|$)` at `at`: the subject, and where the match
/// ends.
fn subject_then_end(text: &str, at: usize) -> Option<(Option<Range<usize>>, usize)> {
    let with_subject = white_run(text, at).and_then(|q| {
        let of = after_word(text, q, OF_WORD).and_then(|c| {
            // `\s+` from its longest, then the fewest chars before `\s+về`.
            white_starts(text, c).find_map(|b| {
                text.get(b..)?
                    .char_indices()
                    .take(OF_CHARS)
                    .take_while(|&(_, c)| !matches!(c, ',' | '.'))
                    .find_map(|(i, c)| {
                        let x = b + i + c.len_utf8();
                        white_run(text, x).and_then(|y| about_at(text, y))
                    })
            })
        });
        of.or_else(|| about_at(text, q))
    });
    with_subject
        .map(|(s, end)| (Some(s), end))
        .or_else(|| end_at(text, at).map(|end| (None, end)))
}

/// `(?:về\s+việc|về|V/v)\s+(?P<subject>[^\n]+?)(?:\.\s|\.$|$)` at `at`.
fn about_at(text: &str, at: usize) -> Option<(Range<usize>, usize)> {
    let subject = |p: usize| white_starts(text, p).find_map(|b| subject_from(text, b));
    after_word(text, at, ABOUT)
        .and_then(|p| white_run(text, p))
        .and_then(|p| after_word(text, p, MATTER))
        .and_then(subject)
        .or_else(|| after_word(text, at, ABOUT).and_then(subject))
        .or_else(|| after_word(text, at, ABOUT_SHORT).and_then(subject))
}

/// The lazy subject `[^\n]+?` from `at` and the end after it.
fn subject_from(text: &str, at: usize) -> Option<(Range<usize>, usize)> {
    text.get(at..)?
        .char_indices()
        .take_while(|&(_, c)| c != '\n')
        .find_map(|(i, c)| {
            let e = at + i + c.len_utf8();
            end_at(text, e).map(|end| (at..e, end))
        })
}

/// `(?:\.\s|\.$|$)` at `at`: where it ends.
fn end_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    match rest.strip_prefix('.') {
        Some(r) => match r.chars().next() {
            Some(c) if c.is_whitespace() => Some(at + 1 + c.len_utf8()),
            Some(_) => None,
            None => Some(at + 1),
        },
        None => rest.is_empty().then_some(at),
    }
}

/// `(?i:ngày)\s*(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[0-9]{2})`
/// at `at`: each run is taken whole (a shorter one leaves a digit where a
/// separator must follow).
fn numeric_date(text: &str, at: usize) -> Option<NumericDate> {
    let sep = |p: usize| {
        let p = skip(text, p, char::is_whitespace);
        matches!(text.as_bytes().get(p), Some(b'/' | b'.' | b'-'))
            .then(|| skip(text, p + 1, char::is_whitespace))
    };
    let number = |p: usize| Some(p..p + digits(text, p)).filter(|r| (1..=2).contains(&r.len()));
    if !day_starts(text.as_bytes(), at) {
        return None;
    }
    let p = skip(text, word_at(text, at, DAY)?, char::is_whitespace);
    let d = number(p)?;
    let m = number(sep(d.end)?)?;
    let y = sep(m.end)?;
    year_at(text, y).then(|| (d, m, y..y + 4))
}

/// The end of `word` (as written) at `at`.
fn after_word(text: &str, at: usize, word: &str) -> Option<usize> {
    text.get(at..)?.starts_with(word).then_some(at + word.len())
}

/// The end of the run of white space `\s+` at `at`, if there is one.
fn white_run(text: &str, at: usize) -> Option<usize> {
    Some(skip(text, at, char::is_whitespace)).filter(|&e| e > at)
}

/// Where a greedy `\s+` at `at` may end, from its longest to one char.
fn white_starts(text: &str, at: usize) -> impl Iterator<Item = usize> + '_ {
    let run = text
        .get(at..white_run(text, at).unwrap_or(at))
        .unwrap_or("");
    run.char_indices()
        .rev()
        .map(move |(i, c)| at + i + c.len_utf8())
}

/// `[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&/-]`.
fn is_symbol_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | '&' | '/' | '-')
        || matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF)
}

/// Whether `c` is `\p{L}`: by std in the blocks of Vietnamese (where every
/// alphabetic char is a letter), by the regex's tables elsewhere.
fn is_letter(c: char) -> bool {
    static LETTER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\p{L}$"));
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) {
        return c.is_alphabetic();
    }
    LETTER.is_match(c.encode_utf8(&mut [0; 4]))
}

/// Whether `c` is `\p{Ll}`: by its case in the blocks of Vietnamese, by the
/// regex's tables elsewhere.
fn is_lower_letter(c: char) -> bool {
    static LOWER: LazyLock<Regex> = LazyLock::new(|| compile(r"^\p{Ll}$"));
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    if matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) {
        return c.is_lowercase();
    }
    LOWER.is_match(c.encode_utf8(&mut [0; 4]))
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad regex {pattern}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every prefix and label of [`Number::read`] starts with a byte its
    /// first test lets through.
    #[test]
    fn number_labels_start_with_the_gated_bytes() {
        for w in NUMBER_PREFIXES.iter().chain(NUMBER_LABELS) {
            assert!(
                matches!(w.as_bytes()[0], b'L' | b'B' | b'N' | b'P' | b'S' | b's'),
                "{w}"
            );
        }
    }

    /// The first-byte gates of [`opens_body`], [`is_number_label`] and
    /// [`has_subject_prefix`] let through every line their regex matches:
    /// each choice of the patterns, its first char replaced by every char
    /// of the Basic Multilingual Plane.
    #[test]
    fn regex_gates_pass_every_match() {
        let openings = [
            "kính gửi",
            "Kính gởi",
            "Căn cứ",
            "CĂN CỨ",
            "Thực hiện",
            "Theo đề nghị",
            "Theo đó",
            "Xét đề nghị",
            "Xét",
            "Trả lời",
            "Qua xem xét",
            "Qua kiểm tra",
            "Ngày 1",
            "Vừa qua",
            "Sáng nay",
            "Chiều nay",
            "Hôm nay",
            "QUYẾT ĐỊNH:",
            "QUYẾT NGHỊ:",
            "CHỈ THỊ:",
            "Quyết định:",
            "Quyết nghị:",
        ];
        let labels = ["Số:", "SỐ", "số :"];
        let subjects = ["V/v", "v / V:", "về việc", "VỀ VIỆC:"];
        for c in (0..0x1_0000u32).filter_map(char::from_u32) {
            let swap = |t: &str| format!("{c}{}", t.chars().skip(1).collect::<String>());
            let swap2 = |t: &str| {
                let mut cs = t.chars();
                let first = cs.next().unwrap_or(' ');
                format!("{first}{c}{}", cs.skip(1).collect::<String>())
            };
            for t in openings.map(swap).into_iter().chain(openings.map(swap2)) {
                assert!(!BODY_OPENING.is_match(&t) || opens_body(&t), "{t:?}");
            }
            for t in labels.map(swap) {
                assert!(
                    !NUMBER_LABEL_ONLY.is_match(&t) || is_number_label(&t),
                    "{t:?}"
                );
            }
            for t in subjects.map(swap) {
                assert!(
                    !SUBJECT_PREFIX.is_match(&t) || has_subject_prefix(&t),
                    "{t:?}"
                );
            }
        }
    }

    /// The match of [`PLACE_DATE`] by the regex, in the shape of [`PlaceDate`].
    fn by_regex(re: &Regex, t: &str) -> Option<PlaceDate> {
        let c = re.captures(t)?;
        let r = |n: &str| c.name(n).map(|m| m.range());
        Some(PlaceDate {
            whole: c.get(0)?.range(),
            place: r("place"),
            d: r("d"),
            m: r("m"),
            m2: r("m2"),
            y: r("y")?,
        })
    }

    use crate::text::pick;

    fn check_place_date(re: &Regex, t: &str) {
        assert_eq!(PlaceDate::find(t), by_regex(re, t), "{t:?}");
        assert_eq!(PlaceDate::is_in(t), re.is_match(t), "{t:?}");
    }

    #[test]
    fn place_date_read_by_hand_is_the_regex_match() {
        let re = compile(PLACE_DATE);
        let place = "Thành phố Hồ Chí Minh";
        let long = "Ủy ban nhân dân thành phố trực thuộc trung ương có tên rất dài";
        let texts = [
            format!("{place}, ngày 13 tháng 12 năm 2021"),
            // A place longer than the bound: the pattern starts later.
            format!("{long}, Hà Nội, ngày 02 tháng 3 năm 2023"),
            format!("{long}{long}, ngày 02 tháng 3 năm 2023"),
            "ngày 5/2024".to_string(),
            "không có ngày".to_string(),
            "Ngày 12/2020, Ngày 5 tháng 3 năm 2021".to_string(),
            "Hà Nội ngày 5 tháng 3 năm 2020, ngày 6 tháng 4 năm 2021".to_string(),
        ];
        for t in &texts {
            check_place_date(&re, t);
        }
        for p in crate::fixture_paths() {
            for line in std::fs::read_to_string(&p).unwrap_or_default().lines() {
                check_place_date(&re, line);
            }
        }
        // Generated strings from the pieces the pattern tells apart.
        let pieces = [
            "ngày",
            "Ngày",
            "NGÀY",
            "ngàY",
            "nGày",
            "tháng",
            "THÁNG",
            "Tháng",
            "năm",
            "NĂM",
            "Năm",
            " ",
            "  ",
            "\n",
            "\u{2003}",
            ",",
            ", ",
            "/",
            " / ",
            "-",
            ".",
            "…",
            "_",
            "|",
            ";",
            ":",
            "1",
            "2",
            "9",
            "12",
            "20",
            "19",
            "2021",
            "1999",
            "2100",
            "05",
            "123",
            "Hà Nội",
            "Kon Tum",
            "A",
            "b",
            "Đ",
            "đ",
            "Ⅰ",
            "Ⓐ",
            "ǅ",
            "Ж",
            "Σ",
            "x",
            "n",
            "N",
            "ngay",
            "ngàyy",
        ];
        let mut seed = 7u64;
        for _ in 0..40_000 {
            let n = 2 + crate::text::below(&mut seed, 14);
            let mut t = String::new();
            for _ in 0..n {
                t.push_str(pick(&mut seed, &pieces));
            }
            check_place_date(&re, &t);
        }
        // Shaped like a date line: something, a place, a comma, a date.
        let date_pieces = [
            "ngày", "NGÀY", " ", "1", "12", "5/", "/", " / ", ".", "…", "_", "-", "tháng", "Tháng",
            "năm", "NĂM", "2020", "1999", "20", "19", "3", "07",
        ];
        let heads = [
            "Hà Nội",
            "Ngày",
            "Ⅰ",
            "ǅ",
            "Ж",
            "x",
            "Kon Tum\n",
            "a; B",
            "Σσ",
            "",
        ];
        for _ in 0..40_000 {
            let mut t = String::new();
            for _ in 0..crate::text::below(&mut seed, 3) {
                t.push_str(pick(&mut seed, &pieces));
            }
            t.push_str(pick(&mut seed, &heads));
            t.push_str(pick(&mut seed, &[" ", "", "  ", "\n"]));
            t.push_str(pick(&mut seed, &[",", ", ", ",\n", " "]));
            t.push_str(pick(&mut seed, &["ngày", "Ngày", "NGÀY"]));
            for _ in 0..2 + crate::text::below(&mut seed, 8) {
                t.push_str(pick(&mut seed, &date_pieces));
            }
            check_place_date(&re, &t);
        }
        // Places about the bound of 51 chars.
        for n in 45..56 {
            let t = format!("Q{}, ngày 1 tháng 2 năm 2020", "ô".repeat(n));
            check_place_date(&re, &t);
            let t = format!("x Q{} Rr, ngày 1 tháng 2 năm 2020", "ô ".repeat(n / 2));
            check_place_date(&re, &t);
        }
    }

    fn check_number(t: &str) {
        let r = |c: &regex::Captures<'_>, n: &str| c.name(n).map(|m| m.range());
        let want = NUMBER.captures(t).map(|c| Number {
            end: c.get(0).map_or(0, |m| m.end()),
            num: r(&c, "num"),
            year: r(&c, "year"),
            sym: r(&c, "sym"),
            pnum: r(&c, "pnum"),
            ptype: r(&c, "ptype"),
            piss: r(&c, "piss"),
        });
        assert_eq!(Number::read(t), want, "{t:?}");
    }

    #[test]
    fn number_read_by_hand_is_the_regex_match() {
        for p in crate::fixture_paths() {
            for line in std::fs::read_to_string(&p).unwrap_or_default().lines() {
                check_number(line);
            }
        }
        let heads = [
            "Số",
            "số",
            "SỐ",
            "So",
            "SO",
            "Sô",
            "Luật số",
            "LUẬT SỐ",
            "Bộ luật số",
            "Nghị quyết số",
            "Lệnh  số",
            "PHÁP LỆNH SỐ",
            "Luậtsố",
            "Số ký hiệu",
            "Số Ký hiệu",
            "Số kí hiệu",
            "x Số",
        ];
        let pieces = [
            ":",
            " :",
            ": ",
            " ",
            "  ",
            "\u{2003}",
            "/",
            " / ",
            "-",
            " - ",
            "12",
            "4918",
            "1234567",
            "2020",
            "1999",
            "2100",
            "a",
            "b",
            "Z",
            "UBND",
            "TB",
            "QĐ",
            "NC",
            "Ư",
            ".",
            "&",
            "ǅ",
            "Ж",
            "ABCDEF",
            "ký hiệu",
            "\n",
            "số",
        ];
        let mut seed = 11u64;
        for _ in 0..60_000 {
            let mut t = pick(&mut seed, &heads).to_string();
            for _ in 0..1 + crate::text::below(&mut seed, 9) {
                t.push_str(pick(&mut seed, &pieces));
            }
            check_number(&t);
        }
        // Shaped like a number line.
        let steps: [&[&str]; 7] = [
            &[":", " : ", " ", "", ":  "],
            &["", "12", "4918", "02", "12a", "12B", "1234567", "123456"],
            &["", " ", "\u{2003}"],
            &["/", "-", " / ", " - ", "/ ", ""],
            &[
                "", "2020/", "2020 /", "1999", "TB", "NQ", "QĐ", "ABCDEF", "2021", "/",
            ],
            &["/", "-", "", " - ", " /"],
            &[
                "UBND",
                "TU",
                "",
                "x",
                "BNV-VP",
                "UBND - NC.",
                "2020",
                "ǅ",
                "&T",
            ],
        ];
        for _ in 0..60_000 {
            let mut t = pick(&mut seed, &heads).to_string();
            for step in &steps {
                t.push_str(pick(&mut seed, step));
            }
            for _ in 0..crate::text::below(&mut seed, 4) {
                t.push_str(pick(&mut seed, &pieces));
            }
            check_number(&t);
        }
    }

    /// The match of [`NEWS_LEAD`] by the regex, in the shape of [`NewsLead`].
    fn lead_by_regex(re: &Regex, t: &str) -> Option<NewsLead> {
        let c = re.captures(t)?;
        let r = |n: &str| c.name(n).map(|m| m.range());
        let whole = c.get(0)?.range();
        Some(NewsLead {
            d: r("d"),
            m: r("m"),
            y: r("y"),
            issuer: r("issuer")?,
            tail: LeadTail {
                kind: r("kind")?,
                reference: r("ref")?,
                d2: r("d2"),
                m2: r("m2"),
                y2: r("y2"),
                subject: r("subject"),
                end: whole.end,
            },
            whole,
        })
    }

    #[test]
    fn news_lead_read_by_hand_is_the_regex_match() {
        let re = compile(NEWS_LEAD);
        let check = |t: &str| assert_eq!(NewsLead::find(t), lead_by_regex(&re, t), "{t:?}");
        let mut found = 0;
        for p in crate::fixture_paths() {
            for line in std::fs::read_to_string(&p).unwrap_or_default().lines() {
                check(line);
                found += usize::from(NewsLead::find(line).is_some());
            }
        }
        assert!(found > 0);
        let issuer = "Ủy ban nhân dân tỉnh";
        for t in [
            format!(
                "Ngày 09/10/2020, {issuer} ban hành Công văn số 2718/UBND-NC về việc đẩy mạnh cải cách hành chính."
            ),
            format!(
                "{} ban hành Kế hoạch số 12/KH-UBND về việc x.",
                "Sở ".repeat(60)
            ),
            format!(
                "{issuer} ban hành Công văn 12/UBND của {} về việc y.",
                "Bộ ".repeat(40)
            ),
            format!("Ngày 1/2/2021, {issuer} Ω ban hành Công văn số 2/UBND về việc z."),
            format!("{issuer} ban hành Công văn số 2/UBND về việc   "),
            format!("{issuer} ban hành Công văn số 2/UBND. về  . x"),
        ] {
            check(&t);
        }
        let pieces = [
            "Ngày 12/3/2022, ",
            "ngày 5/06/2021",
            "NGÀY 1 - 2 - 1999 ,",
            "Ngày 123/4/2020, ",
            "UBND tỉnh Bắc Ninh",
            "Sở Nội vụ",
            "Vừa qua, ",
            "Chủ tịch",
            "Ω",
            "ǅ",
            "ª",
            " ",
            "  ",
            "\u{a0}",
            "\n",
            " ban hành ",
            " đã ",
            " vừa ",
            "mới ",
            "ký ",
            "có ",
            "phát hành",
            " ra ",
            "ban hành",
            "Công văn",
            "Quyết định",
            "Kế hoạch triển khai thực hiện nhanh",
            "Thông báo",
            " số ",
            "số",
            "123/UBND-KT",
            "12a",
            "/2020",
            "/QĐ-UBND",
            "1234567/",
            "- TB",
            "UBND.",
            ".",
            ". ",
            ",",
            ";",
            ":",
            " ngày 5/6/2021",
            " của ",
            "của",
            " Bộ Tài chính",
            " về việc ",
            "về việc",
            " về ",
            "V/v ",
            "tăng cường",
            "phòng chống dịch",
            "x",
            "7",
        ];
        let mut seed = 11u64;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..1 + crate::text::below(&mut seed, 16) {
                t.push_str(pick(&mut seed, &pieces));
            }
            check(&t);
        }
        // Leads as the news reader makes them: whole sentences, in order.
        let parts: [&[&str]; 9] = [
            &[
                "",
                "Ngày 12/3/2022, ",
                "ngày 1/1/2020,",
                "Vừa qua, ",
                "NGÀY 3.4.2019 , ",
            ],
            &[
                "UBND tỉnh Bắc Ninh",
                "Sở Y tế",
                "Ban Chỉ đạo: tỉnh",
                "A",
                "Bộ. Tài chính",
            ],
            &[" ", " đã ", " vừa ", " đã ký ", " ký ", "  "],
            &["ban hành ", "có ", "phát hành ", "ra ", "ban hành\u{a0}"],
            &[
                "Công văn ",
                "Công văn số ",
                "Kế hoạch triển khai thực hiện ",
                "QĐ ",
                "Thông báo kết luận ",
            ],
            &["số ", "", "Số "],
            &[
                "123/UBND-KT",
                "12a/2020/QĐ-UBND",
                "45 - TB",
                "7/KH.",
                "1234567/X",
                "2/UBND.",
            ],
            &["", " ngày 5/6/2021", " Ngày 05 / 06 / 2021", " ngày 5/6/21"],
            &[
                "",
                ".",
                " về việc tăng cường phòng chống dịch.",
                " về x. Tiếp",
                " của Bộ Tài chính về việc y",
                " của Bộ, ngành về z.",
                " V/v hướng dẫn",
                " về việc  ",
                " của  Sở  về  việc  a . b",
            ],
        ];
        let mut found = [0, 0];
        for _ in 0..20_000 {
            let t: String = parts.iter().map(|p| pick(&mut seed, p)).collect();
            check(&t);
            if let Some(m) = NewsLead::find(&t) {
                found[0] += 1;
                found[1] += usize::from(m.tail.subject.is_some() && m.d.is_some());
            }
        }
        assert!(found[0] > 1000 && found[1] > 100, "{found:?}");
    }

    #[test]
    fn letter_classes_are_the_regex_classes() {
        type Class = fn(char) -> bool;
        let classes: [(&str, Class); 4] = [
            (r"^\p{L}$", is_letter),
            (r"^\p{Ll}$", is_lower_letter),
            (r"^\p{Lu}$", is_upper_letter),
            (r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&/-]$", is_symbol_char),
        ];
        let space = compile(r"^\s$");
        for (pattern, f) in classes {
            let re = compile(pattern);
            for c in (0..0x11_0000).filter_map(char::from_u32) {
                assert_eq!(
                    f(c),
                    re.is_match(c.encode_utf8(&mut [0; 4])),
                    "{pattern} {c:?}"
                );
            }
        }
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            assert_eq!(
                c.is_whitespace(),
                space.is_match(c.encode_utf8(&mut [0; 4])),
                "{c:?}"
            );
        }
    }
}
