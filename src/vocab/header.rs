//! Vocabulary of the header: the motto, "Số", the place-and-date line,
//! "V/v", marks, issuer words, the news-style lead.
//!
//! Digits in the patterns are ASCII (`[0-9]`), and symbols are Latin
//! letters (`A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ`): Unicode `\d` and `\p{L}` are classes of
//! hundreds of ranges, which made the patterns slow to compile (most of a
//! one-file run) and to capture with.
//!
//! The number line and the place-and-date line are read by hand
//! ([`Number::read`], [`PlaceDate::find`]): the regex engine that fills
//! capture groups cost more than the rest of the header. Their patterns stay
//! here as the definition, compiled only by the tests that hold the readers
//! to them. The news lead stays a regex ([`Bounded`]); on a text of Latin
//! letters only (Vietnamese) it is searched by a copy whose classes hold
//! only those letters, far smaller and cheaper.

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
        let n = digits(text, from);
        if n == 0 || n > 6 {
            return None;
        }
        let mut at = from + n;
        if bytes.get(at).is_some_and(u8::is_ascii_lowercase) {
            at += 1;
        }
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
pub(crate) static NEWS_LEAD: LazyLock<Bounded> = LazyLock::new(|| {
    Bounded::new(
        r"(?x)
        (?:(?i:ngày)\s*(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[0-9]{2})\s*,\s*)?
        (?P<issuer>\p{L}[^.;:\n]{1,120}?)\s+
        (?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?(?:ban\ hành|có|phát\ hành|ra)\s+
        (?P<kind>\p{Lu}\p{Ll}+(?:\ \p{Ll}+){0,3})\s+
        (?:số\s+)?(?P<ref>[0-9]{1,6}[a-z]?(?:/(?:19|20)[0-9]{2})?\s*[/-]\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&/-]+)
        (?:\s+(?i:ngày)\s*(?P<d2>[0-9]{1,2})\s*[/.-]\s*(?P<m2>[0-9]{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)[0-9]{2}))?
        (?:\s+(?:của\s+[^,.]{1,80}?\s+)?(?:về\s+việc|về|V/v)\s+(?P<subject>[^\n]+?))?
        (?:\.\s|\.$|$)",
        &[
            ("[^.;:\\n]{1,120}?", "[^.;:\\n]+?", "issuer", 121),
            ("[^,.]{1,80}?", "(?P<of>[^,.]+?)", "of", 80),
        ],
    )
});

/// What every [`NEWS_LEAD`] holds, its reference's number and separator
/// (`2718/`, `02-`): a cheap test before the lead's captures, which cost
/// tens of thousands of instructions even when they find nothing.
pub(crate) static NEWS_REF_HINT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9][a-z]?\s*[/-]").unwrap_or_else(|e| panic!("{e}")));

/// A pattern with bounded lazy repeats (`{1,120}?`), kept twice: as
/// written, and with those repeats unbounded. The unbounded copy's automata
/// are a fraction of the size (a bounded repeat of a Unicode class is one
/// copy of the class per count), so it is searched in a fraction of the
/// time; its leftmost-first match is the pattern's own whenever every
/// repeat stays within its bound (the pattern's matches are some of the
/// copy's, met in the same order), and only when one does not is the
/// pattern as written searched (compiled then).
pub(crate) struct Bounded {
    pattern: &'static str,
    exact: LazyLock<Regex, Box<dyn FnOnce() -> Regex + Send>>,
    /// Compiled when first needed: most texts are [`latin_only`].
    fast: LazyLock<Regex, Box<dyn FnOnce() -> Regex + Send>>,
    /// `fast` with each class cut to the chars of [`latin_only`] texts:
    /// on such a text it matches as `fast` does, with automata a fraction
    /// of the size (a Unicode class is one copy of each of its ranges).
    latin: Regex,
    /// The named groups of `fast` holding a bounded repeat, and the most
    /// chars each may hold.
    bounds: Vec<(&'static str, usize)>,
}

impl Bounded {
    /// `pattern`, and its fast copy with each `(from, to, _, _)` of `repeats`
    /// rewritten (`to` may name a group); the group named by each
    /// `(_, _, group, max_chars)` may hold at most `max_chars` chars.
    fn new(pattern: &'static str, repeats: &[(&str, &str, &'static str, usize)]) -> Bounded {
        let mut fast = pattern.to_string();
        for (from, to, _, _) in repeats {
            assert!(fast.contains(from), "{from} is not in {pattern}");
            fast = fast.replacen(from, to, 1);
        }
        let latin = compile(&latin_classes(&fast));
        Bounded {
            pattern,
            exact: LazyLock::new(Box::new(move || compile(pattern))),
            fast: LazyLock::new(Box::new(move || compile(&fast))),
            latin,
            bounds: repeats.iter().map(|&(_, _, g, n)| (g, n)).collect(),
        }
    }

    /// The pattern's captures in `text`, leftmost-first, as the pattern as
    /// written gives them (the copy's extra named groups aside).
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        // No match of the copy: none of the pattern (its matches are some
        // of the copy's).
        let fast = if latin_only(text) {
            &self.latin
        } else {
            &self.fast
        };
        let c = fast.captures(text)?;
        let within = self.bounds.iter().all(|&(group, max)| {
            c.name(group)
                .is_none_or(|m| m.as_str().chars().count() <= max)
        });
        if within {
            Some(c)
        } else {
            self.exact.captures(text)
        }
    }
}

impl std::fmt::Debug for Bounded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bounded")
            .field("pattern", &self.pattern)
            .finish()
    }
}

/// The chars of [`latin_only`] texts, as a class.
const LATIN: &str = r"[\x00-\x7F\u{C0}-\u{24F}\u{1E00}-\u{1EFF}]";

/// Whether every char of `text` is ASCII, Latin-1 Supplement past U+00BF,
/// Latin Extended-A/B or Latin Extended Additional (where Vietnamese is
/// written), read from the lead bytes of its UTF-8.
fn latin_only(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            0x00..=0x7F => i += 1,
            // U+00C0..=U+024F: C3 80 ..= C9 8F.
            0xC3..=0xC8 => i += 2,
            0xC9 if bytes.get(i + 1).is_some_and(|&c| c <= 0x8F) => i += 2,
            // U+1E00..=U+1EFF: E1 B8 80 ..= E1 BB BF.
            0xE1 if bytes.get(i + 1).is_some_and(|c| (0xB8..=0xBB).contains(c)) => i += 3,
            _ => return false,
        }
    }
    true
}

/// `pattern` with its Unicode and negated classes intersected with [`LATIN`].
fn latin_classes(pattern: &str) -> String {
    let mut out = pattern.to_string();
    for class in [
        r"\p{Lu}",
        r"\p{Ll}",
        r"\p{L}",
        r"[^.;:\n]",
        r"[^,.]",
        r"[^\n]",
    ] {
        out = out.replace(class, &format!("[{class}&&{LATIN}]"));
    }
    out
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad regex {pattern}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of a match, by name, as (start, end).
    fn groups(c: &regex::Captures<'_>, names: &[&str]) -> Vec<Option<(usize, usize)>> {
        names
            .iter()
            .map(|n| c.name(n).map(|m| (m.start(), m.end())))
            .collect()
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

    fn pick<'p>(seed: &mut u64, from: &[&'p str]) -> &'p str {
        from[(crate::text::next_random(seed) >> 33) as usize % from.len()]
    }

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
            let n = 2 + (crate::text::next_random(&mut seed) >> 33) as usize % 14;
            let mut t = String::new();
            for _ in 0..n {
                let k = (crate::text::next_random(&mut seed) >> 33) as usize % pieces.len();
                t.push_str(pieces[k]);
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
            for _ in 0..(crate::text::next_random(&mut seed) >> 33) % 3 {
                t.push_str(pick(&mut seed, &pieces));
            }
            t.push_str(pick(&mut seed, &heads));
            t.push_str(pick(&mut seed, &[" ", "", "  ", "\n"]));
            t.push_str(pick(&mut seed, &[",", ", ", ",\n", " "]));
            t.push_str(pick(&mut seed, &["ngày", "Ngày", "NGÀY"]));
            for _ in 0..2 + (crate::text::next_random(&mut seed) >> 33) % 8 {
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
            for _ in 0..1 + (crate::text::next_random(&mut seed) >> 33) % 9 {
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
            for _ in 0..(crate::text::next_random(&mut seed) >> 33) % 4 {
                t.push_str(pick(&mut seed, &pieces));
            }
            check_number(&t);
        }
    }

    #[test]
    fn bounded_copies_match_as_the_patterns_do() {
        let issuer = "Ủy ban nhân dân tỉnh";
        let names = ["d", "m", "y", "issuer", "kind", "ref", "subject"];
        let leads = [
            format!(
                "Ngày 09/10/2020, {issuer} ban hành Công văn số 2718/UBND-NC về việc đẩy mạnh cải cách hành chính."
            ),
            // An issuer over the bound of 120 chars.
            format!(
                "{} ban hành Kế hoạch số 12/KH-UBND về việc x.",
                "Sở ".repeat(60)
            ),
            format!(
                "{issuer} ban hành Công văn 12/UBND của {} về việc y.",
                "Bộ ".repeat(40)
            ),
            // A letter of another script: the copy with every class whole.
            format!("Ngày 1/2/2021, {issuer} Ω ban hành Công văn số 2/UBND về việc z."),
        ];
        for t in &leads {
            let exact = compile(NEWS_LEAD.pattern);
            let want = exact.captures(t).map(|c| groups(&c, &names));
            let got = NEWS_LEAD.captures(t).map(|c| groups(&c, &names));
            assert_eq!(got, want, "{t:?}");
        }
        assert!(NEWS_LEAD.captures(&leads[0]).is_some());
        assert!(NEWS_LEAD.captures(&leads[3]).is_some());
    }

    #[test]
    fn latin_only_is_the_latin_class() {
        let class = compile(&format!("^{LATIN}*$"));
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let t = format!("a{c}b");
            assert_eq!(latin_only(&t), class.is_match(&t), "{c:?}");
        }
    }

    #[test]
    fn latin_copy_captures_as_the_fast_copy_on_latin_text() {
        let names = ["d", "m", "y", "issuer", "kind", "ref", "subject", "of"];
        let mut seen = 0;
        for p in crate::fixture_paths() {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            for line in text.lines().filter(|l| latin_only(l)) {
                let fast = NEWS_LEAD.fast.captures(line).map(|c| groups(&c, &names));
                let latin = NEWS_LEAD.latin.captures(line).map(|c| groups(&c, &names));
                seen += usize::from(fast.is_some());
                assert_eq!(latin, fast, "{line:?}");
            }
        }
        assert!(seen > 0);
    }
}
