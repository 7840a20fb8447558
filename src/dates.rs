//! Vietnamese date and time expressions, parsed with nom into typed values.
//!
//! Takes: a `&str` of the normalised text. Returns: [`Expr`]s, each a typed
//! [`Value`] (calendar dates, periods, ranges, times, durations,
//! recurrences) with its byte span in that `&str`, and the spans of dates
//! that do not exist in the calendar (`31/02/2021`), which are never values.
//!
//! Forms read: `ngày 13 tháng 12 năm 2021`, `13/12/2021`, `13-12-2021`,
//! `13.12.2021`, `ngày 02/9`, `ngày 30 tháng 12`, blanks (`ngày ... tháng ...
//! năm 2024`), `tháng 6/2023`, `năm 2022`, `quý III năm 2024`, `6 tháng đầu
//! năm 2024`, `cuối năm 2021`, `giai đoạn 2021-2025`, `từ ngày 01/3 đến ngày
//! 15/3/2021`, `từ 01-15/3/2021`, `16 giờ 00 ngày 15/12/2021`, `15h00`,
//! `trong thời hạn 05 ngày làm việc kể từ ...`, `định kỳ hằng tháng`,
//! `ngày 15 hằng tháng`.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, Weekday};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
use nom::character::complete::{char, digit1, one_of};
use nom::combinator::opt;
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

use std::sync::LazyLock;

use crate::lines::Line;
use crate::text::{fast_lower, is_letter, is_word_char, latin_letter_len};
use crate::vocab::dates as v;

type R<'a, T> = IResult<&'a str, T>;

/// A calendar day with parts possibly blank or not printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Dmy {
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
}

impl Dmy {
    /// A full date.
    #[cfg(test)]
    pub(crate) fn full(day: u32, month: u32, year: i32) -> Dmy {
        Dmy {
            day: Some(day),
            month: Some(month),
            year: Some(year),
        }
    }

    /// The calendar date, the year taken from `default_year` when not printed.
    pub(crate) fn resolve(self, default_year: Option<i32>) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year.or(default_year)?, self.month?, self.day?)
    }

    /// Whether the printed parts can be a calendar day (29/02 only in leap
    /// years; without a year, any day the month can have).
    pub(crate) fn is_possible(self) -> bool {
        match (self.day, self.month) {
            (Some(d), Some(m)) => {
                NaiveDate::from_ymd_opt(self.year.unwrap_or(2000), m, d).is_some()
            }
            _ => true,
        }
    }
}

/// A named stretch of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// "năm 2022".
    Year(i32),
    /// "tháng 6/2023", "tháng 10".
    Month { month: u32, year: Option<i32> },
    /// "quý III năm 2024", "Quý II/2023", "quý 1".
    Quarter { quarter: u32, year: Option<i32> },
    /// "6 tháng đầu năm 2024", "9 tháng đầu năm", "9 tháng năm 2026".
    FirstMonths { months: u32, year: Option<i32> },
    /// "6 tháng cuối năm", "3 tháng cuối năm 2024".
    LastMonths { months: u32, year: Option<i32> },
    /// "cuối năm 2021".
    YearEnd(Option<i32>),
    /// "giai đoạn 2021-2025".
    Years { from: i32, to: i32 },
}

impl Period {
    /// The period's first day.
    pub(crate) fn first_day(self, default_year: Option<i32>) -> Option<NaiveDate> {
        let ymd = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1);
        match self {
            Period::Year(y) => ymd(y, 1),
            Period::Month { month, year } => ymd(year.or(default_year)?, month),
            Period::Quarter { quarter, year } => ymd(year.or(default_year)?, quarter * 3 - 2),
            Period::FirstMonths { year, .. } => ymd(year.or(default_year)?, 1),
            Period::LastMonths { months, year } => ymd(year.or(default_year)?, 13 - months),
            Period::YearEnd(year) => ymd(year.or(default_year)?, 12),
            Period::Years { from, .. } => ymd(from, 1),
        }
    }

    /// The period's last day: where a deadline "in" it falls.
    pub(crate) fn last_day(self, default_year: Option<i32>) -> Option<NaiveDate> {
        let end_of = |y: i32, m: u32| {
            NaiveDate::from_ymd_opt(y, m, 1)?
                .checked_add_months(Months::new(1))?
                .pred_opt()
        };
        match self {
            Period::Year(y) | Period::Years { to: y, .. } => end_of(y, 12),
            Period::Month { month, year } => end_of(year.or(default_year)?, month),
            Period::Quarter { quarter, year } => end_of(year.or(default_year)?, quarter * 3),
            Period::FirstMonths { months, year } => end_of(year.or(default_year)?, months),
            Period::LastMonths { year, .. } | Period::YearEnd(year) => {
                end_of(year.or(default_year)?, 12)
            }
        }
    }
}

/// The unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// Calendar days.
    Day,
    /// Working days: weekends skipped.
    WorkingDay,
    Week,
    Month,
    Year,
    Hour,
}

/// What a duration is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// A printed date: "kể từ ngày 01/3/2021".
    Date(Dmy),
    /// The document's own signing or issue: "kể từ ngày ký".
    Signing,
    /// Another event: "kể từ ngày nhận được văn bản".
    Event,
}

/// "trong thời hạn 05 ngày làm việc kể từ ...".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Duration {
    pub amount: u32,
    pub unit: Unit,
    pub from: Option<Anchor>,
}

impl Duration {
    /// The day the duration ends when counted from `start`.
    pub(crate) fn end_from(self, start: NaiveDate) -> Option<NaiveDate> {
        let n = self.amount;
        match self.unit {
            Unit::Day => start.checked_add_days(chrono::Days::new(u64::from(n))),
            Unit::Week => start.checked_add_days(chrono::Days::new(u64::from(n) * 7)),
            Unit::Month => start.checked_add_months(Months::new(n)),
            Unit::Year => start.checked_add_months(Months::new(n.checked_mul(12)?)),
            Unit::Hour => None,
            Unit::WorkingDay => add_working_days(start, n),
        }
    }
}

/// `start` plus `n` working days, Saturdays and Sundays skipped.
pub(crate) fn add_working_days(start: NaiveDate, n: u32) -> Option<NaiveDate> {
    let mut d = start;
    let mut left = n;
    while left > 0 {
        d = d.succ_opt()?;
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    Some(d)
}

/// How often a recurrence comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Every {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// "định kỳ 6 tháng".
    Months(u32),
    /// "định kỳ" alone.
    Unspecified,
}

/// "định kỳ hằng quý", "trước ngày 15 hằng tháng".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recurrence {
    pub every: Every,
    /// The day of the month, when given: "ngày 15 hằng tháng".
    pub day: Option<u32>,
    /// Whether "định kỳ" was printed.
    pub periodic: bool,
}

/// A typed date or time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    Date(Dmy),
    Range(Dmy, Dmy),
    Time { time: NaiveTime, date: Option<Dmy> },
    Period(Period),
    Duration(Duration),
    Recurrence(Recurrence),
}

impl Value {
    /// Whether every printed date in it exists in the calendar.
    pub(crate) fn is_possible(&self) -> bool {
        match self {
            Value::Date(d) => d.is_possible(),
            Value::Range(a, b) => a.is_possible() && b.is_possible(),
            Value::Time { date, .. } => date.is_none_or(|d| d.is_possible()),
            Value::Duration(Duration {
                from: Some(Anchor::Date(d)),
                ..
            }) => d.is_possible(),
            _ => true,
        }
    }
}

/// An expression found in a text, with its byte span in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Expr {
    pub value: Value,
    pub start: usize,
    pub end: usize,
}

/// Which parsers an expression's first word calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opener {
    /// A figure: a period ("6 tháng đầu năm"), a time or a date.
    Digit,
    /// "ngày": a date or a monthly day ("ngày 15 hằng tháng").
    Day,
    /// "quý", "quí": a quarter.
    Quarter,
    /// "tháng": a month.
    Month,
    /// "năm": a year.
    Year,
    /// "cuối" (năm): a year's end.
    YearEnd,
    /// "giai đoạn", "nhiệm kỳ": a span of years.
    Years,
    /// "trong", "không quá", "tối đa".
    Duration,
    /// "định kỳ".
    Periodically,
    /// "hằng", "hàng".
    Every,
    /// "từ".
    Range,
}

/// What [`scan`] found.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The expressions, in text order, none overlapping.
    pub exprs: Vec<Expr>,
    /// Spans of dates that cannot exist (`31/02/2021`).
    pub impossible: Vec<(usize, usize)>,
}

/// Every expression in `text`, tried at each word start, left to right;
/// after a match the scan resumes at its end. Linear in `text`.
///
/// Only word starts that can open an expression are tried: every
/// expression but a few word-only ones (`quý III`, `cuối năm`, `định kỳ`,
/// `hằng tháng`) holds a figure within [`LEAD_WORDS`] words of its start,
/// right after one of a few words (`ngày 15`, `trong vòng 10`), so the
/// candidates are the figures, the words shortly before each figure that
/// follows one of those words, and the word starts [`word_only_starts`] gives. The result is that of trying every word start.
pub(crate) fn scan(text: &str) -> Scan {
    let mut out = Scan::default();
    let mut cursor = 0;
    for pos in candidates(text) {
        if pos < cursor {
            continue;
        }
        let Some(here) = text.get(pos..) else {
            continue;
        };
        if !opens(text.as_bytes(), pos) {
            continue;
        }
        let at_word = match text.as_bytes().get(pos.wrapping_sub(1)) {
            Some(b'/' | b'-' | b'.') => false,
            _ => char_before(text, pos).is_none_or(|(word, _)| !word),
        };
        if !at_word {
            continue;
        }
        if let Some((value, len)) = opener(here).and_then(|o| dispatch(here, o)) {
            let end = pos + len;
            if value.is_possible() {
                out.exprs.push(Expr {
                    value,
                    start: pos,
                    end,
                });
            } else {
                out.impossible.push((pos, end));
            }
            cursor = end;
        }
    }
    out
}

/// The expression that opens with the figure at the start of `s`, read by
/// the one parser that can read it: every expression that opens with a
/// figure opens with a day, an hour or a count of months, one or two
/// digits, then (white space allowed between) `tháng` (a count of months),
/// `giờ`, `h` or `:` (a time), or a separator (`/`, `-`, `–`, `.`) before
/// another figure (a date). Each of these is read by that parser alone, so
/// this is what trying every parser gives ([`every_figure_parser`], which
/// [`scan_reference`] uses).
fn figure(s: &str) -> Option<(Value, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s.get(n..).unwrap_or("").trim_start();
    let mut chars = rest.chars();
    if n > 2 {
        return None;
    }
    let (rest, value) = match chars.next()? {
        't' | 'T' => months_of_year(s),
        'g' | 'G' | 'h' | 'H' | ':' => time(s),
        '/' | '-' | '–' | '.' => {
            if !chars
                .as_str()
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
            {
                return None;
            }
            date(s).map(|(r, d)| (r, Value::Date(d)))
        }
        _ => return None,
    }
    .ok()?;
    Some((value, s.len() - rest.len()))
}

/// Whether the char at `at` can open an expression: a digit, or one of
/// `n t q g c k h d đ` in either case (every opening word starts so).
fn opens(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(&b) if b.is_ascii() => {
            b.is_ascii_digit()
                || matches!(
                    b | 0x20,
                    b'n' | b't' | b'q' | b'g' | b'c' | b'k' | b'h' | b'd'
                )
        }
        // `Đ` C4 90, `đ` C4 91.
        Some(0xC4) => matches!(bytes.get(at + 1), Some(0x90 | 0x91)),
        _ => false,
    }
}

/// The most words (runs of letters and digits) from an expression's start
/// up to its first figure: "trong thời hạn không quá 05 ngày" has five.
const LEAD_WORDS: usize = 6;

/// The expressions that need no figure open with `quý`, `quí`, `cuối`,
/// `định`, `hằng` or `hàng` ("quý III", "cuối năm", "định kỳ", "hằng
/// tháng"), in any case. This finds three bytes of each around its accented
/// letter, rare in text (`uý`/`uí`, the tail of `ố` before `i`, of `ị`
/// before `n`, of `ằ` before `n`, and of `à` before `ng`; each case of
/// each), all in one SIMD search; [`word_only_tail`] checks the bytes
/// around them. None of the pieces can overlap another, so the search
/// (which resumes after each piece) misses none.
static WORD_ONLY: LazyLock<PieceSearch> = LazyLock::new(|| PieceSearch::new(&word_only_pieces()));

/// The pieces of [`WORD_ONLY`].
fn word_only_pieces() -> Vec<[u8; 3]> {
    let mut pieces: Vec<[u8; 3]> = Vec::with_capacity(28);
    for u in [b'u', b'U'] {
        for y in [0xBD, 0x9D, 0xAD, 0x8D] {
            pieces.push([u, 0xC3, y]);
        }
    }
    for (second, thirds, next) in [
        (0xBB, [0x91, 0x90], [b'i', b'I']),
        (0xBB, [0x8B, 0x8A], [b'n', b'N']),
        (0xBA, [0xB1, 0xB0], [b'n', b'N']),
    ] {
        for third in thirds {
            for n in next {
                pieces.push([second, third, n]);
            }
        }
    }
    for a in [0xA0, 0x80] {
        for n in [b'n', b'N'] {
            for g in [b'g', b'G'] {
                pieces.push([a, n, g]);
            }
        }
    }
    pieces
}

/// A search for a few short byte strings: the packed (SIMD) searcher where
/// the machine has one (x86-64 with SSSE3, aarch64), else the general
/// automaton, which finds the same matches (leftmost, first added).
enum PieceSearch {
    Packed(aho_corasick::packed::Searcher),
    General(aho_corasick::AhoCorasick),
}

impl PieceSearch {
    fn new(pieces: &[[u8; 3]]) -> Self {
        let mut packed = aho_corasick::packed::Config::new().builder();
        packed.extend(pieces);
        match packed.build() {
            Some(searcher) => PieceSearch::Packed(searcher),
            None => PieceSearch::General(Self::general(pieces)),
        }
    }

    fn general(pieces: &[[u8; 3]]) -> aho_corasick::AhoCorasick {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(pieces)
            .unwrap_or_else(|e| panic!("word-only opener search: {e}"))
    }

    /// Where the pieces start in `bytes`, ascending, without overlaps.
    fn starts<'a>(&'a self, bytes: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
        let (packed, general) = match self {
            PieceSearch::Packed(s) => (Some(s.find_iter(bytes).map(|m| m.start())), None),
            PieceSearch::General(a) => (None, Some(a.find_iter(bytes).map(|m| m.start()))),
        };
        packed
            .into_iter()
            .flatten()
            .chain(general.into_iter().flatten())
    }
}

/// The span of the word-only opener's tail (`quý`, `uối`, `ịnh`, `ằng`,
/// `àng`, any case) whose piece of [`WORD_ONLY`] starts at `at`, when the
/// bytes around the piece are the rest of it.
fn word_only_tail(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    let back = |n: usize| at.checked_sub(n).and_then(|k| bytes.get(k)).copied();
    let after = bytes.get(at + 3).copied();
    // Whether the rest is there, and how far the tail reaches before and
    // after the piece's start.
    let (rest, before, len) = match bytes.get(at..at + 2)? {
        // q, then u ý.
        [b'u' | b'U', _] => (matches!(back(1), Some(b'q' | b'Q')), 1, 3),
        // u E1, then BB 91 i.
        [0xBB, 0x90 | 0x91] => {
            let u = matches!(back(2), Some(b'u' | b'U'));
            (back(1) == Some(0xE1) && u, 2, 3)
        }
        // E1, then BB 8B n, then h.
        [0xBB, _] => (
            back(1) == Some(0xE1) && matches!(after, Some(b'h' | b'H')),
            1,
            4,
        ),
        // E1, then BA B1 n, then g.
        [0xBA, _] => (
            back(1) == Some(0xE1) && matches!(after, Some(b'g' | b'G')),
            1,
            4,
        ),
        // C3, then A0 n g.
        _ => (back(1) == Some(0xC3), 1, 3),
    };
    rest.then_some(())?;
    Some((at.checked_sub(before)?, at + len))
}

/// Where the words whose tails [`WORD_ONLY`] finds may start, ascending: a superset (the
/// letter before a tail is not checked; [`scan`] tries only word starts
/// that [`opens`]). A tail is kept only when what follows it can go on as
/// the grammar needs: `định` before ` kỳ`/` kì`, `cuối` before `năm`,
/// `hằng`/`hàng` before `ngày`, `tuần`, `tháng`, `năm` or `quý` (so the many
/// "quyết định", "ngân hàng" are never parsed).
fn word_only_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    WORD_ONLY.starts(bytes).filter_map(move |piece| {
        let (start, end) = word_only_tail(bytes, piece)?;
        let after = text.get(end..).unwrap_or("");
        // The first letter of the next word after white space, lower-cased.
        let next = after.trim_start();
        let next = (next.len() < after.len())
            .then(|| next.bytes().next().map(|b| b | 0x20))
            .flatten();
        // How far the tail lies from the word's start, and whether it may
        // go on: `quý` is whole, `c` comes before `uối`, `đ` (two bytes)
        // before `ịnh`, `h` before `ằng` and `àng`.
        let (back, goes_on) = match bytes.get(start..start + 3) {
            Some([b'q' | b'Q', ..]) => (0, true),
            Some([b'u' | b'U', ..]) => (1, next == Some(b'n')),
            Some([0xE1, 0xBB, _]) => (2, matches!(after.as_bytes(), [b' ', b'k' | b'K', ..])),
            _ => (1, matches!(next, Some(b'n' | b't' | b'q'))),
        };
        start.checked_sub(back).filter(|_| goes_on)
    })
}

/// Where [`scan`] may find an expression, ascending, without repeats: the
/// first digit of each run of digits, the word starts among the
/// [`LEAD_WORDS`] runs before it (back to the previous run of digits) whose
/// first letter [`opens`] when the word right before it can precede a first
/// figure ([`word_before_may_lead`]), and the word starts [`word_only_starts`] gives.
fn candidates(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 32);
    let mut prev_digit_end = 0;
    let mut i = 0;
    while let Some(d) = next_digit(bytes, i) {
        // The word starts before `d`, back to the previous figure, when an
        // expression that opens with a word can have `d` as its first figure.
        let mark = out.len();
        let mut runs = 0;
        let mut k = d;
        let lower = prev_digit_end;
        let mut in_run = false;
        if !word_before_may_lead(text, d, lower) {
            k = lower;
        }
        while k > lower && runs < LEAD_WORDS {
            let Some((word, len)) = char_before(text, k) else {
                break;
            };
            if in_run && !word {
                if opens(bytes, k) {
                    out.push(k);
                }
                runs += 1;
            }
            in_run = word;
            k -= len;
        }
        if in_run && runs < LEAD_WORDS && opens(bytes, k) {
            out.push(k);
        }
        out.get_mut(mark..).unwrap_or(&mut []).reverse();
        out.push(d);
        let mut e = d;
        while bytes.get(e).is_some_and(u8::is_ascii_digit) {
            e += 1;
        }
        prev_digit_end = e;
        i = e;
    }
    let words = word_only_starts(text);
    let mut merged: Vec<usize> = Vec::with_capacity(out.len() + 8);
    let mut a = out.into_iter().peekable();
    let mut b = words.peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(&x), Some(&y)) if y < x => b.next(),
            (Some(_), _) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        if let Some(n) = next {
            if merged.last() != Some(&n) {
                merged.push(n);
            }
        }
    }
    merged
}

/// Whether the word right before the figure at `d` (back over chars that
/// are not of a word, not past `lower`), folded, is one of
/// [`v::BEFORE_FIRST_FIGURE`]: every expression that opens with a word has
/// one of them right before its first figure ("ngày 15", "quý III/2024",
/// "trong vòng 10"), so the word starts before any other figure open
/// nothing but the word-only expressions.
fn word_before_may_lead(text: &str, d: usize, lower: usize) -> bool {
    let mut k = d;
    while k > lower {
        match char_before(text, k) {
            Some((false, len)) => k -= len,
            Some((true, _)) => break,
            None => return false,
        }
    }
    // The word's letters, folded, last first.
    let mut word = [0u8; 5];
    let mut n = 0;
    while k > lower {
        // An ASCII letter by its byte; other chars decoded.
        let (f, len) = match text.as_bytes().get(k - 1) {
            Some(&b) if b.is_ascii() => {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                (b.to_ascii_lowercase(), 1)
            }
            _ => {
                let Some(c) = text.get(..k).and_then(|s| s.chars().next_back()) else {
                    break;
                };
                if !is_word_char(c) {
                    break;
                }
                let f = crate::text::fold_char(c);
                (if f.is_ascii() { f as u8 } else { 0 }, c.len_utf8())
            }
        };
        let Some(slot) = word.get_mut(n) else {
            return false;
        };
        *slot = f;
        n += 1;
        k -= len;
    }
    let word = word.get(..n).unwrap_or(&[]);
    v::BEFORE_FIRST_FIGURE
        .iter()
        .any(|w| w.len() == n && w.iter().rev().eq(word))
}

/// Whether the char that ends at byte `k` of `text` belongs to a word
/// ([`is_word_char`]), and its length; `None` at the start (or off a char
/// boundary). The Vietnamese letters are told by their bytes
/// ([`latin_letter_len`]); other chars are decoded.
fn char_before(text: &str, k: usize) -> Option<(bool, usize)> {
    let b = text.as_bytes();
    let last = *b.get(k.checked_sub(1)?)?;
    if last < 0x80 {
        return Some((last.is_ascii_alphanumeric(), 1));
    }
    if let Some(&[a, lead, _]) = b.get(k.saturating_sub(3)..k) {
        if latin_letter_len(lead, last) == Some(2) {
            return Some((true, 2));
        }
        if latin_letter_len(a, lead) == Some(3) {
            return Some((true, 3));
        }
    }
    let c = text.get(..k)?.chars().next_back()?;
    Some((is_word_char(c), c.len_utf8()))
}

/// The index of the first ASCII digit in `bytes` at or after `from`,
/// skipping thirty-two bytes at a time (a test of every byte of a block,
/// with no early exit, which the compiler turns into vector compares).
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut skipped = 0;
    for chunk in rest.chunks_exact(32) {
        if chunk
            .iter()
            .fold(false, |m, &b| m | (b.wrapping_sub(b'0') < 10))
        {
            break;
        }
        skipped += 32;
    }
    rest.get(skipped..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| from + skipped + p)
}

/// Which parsers can read an expression at the start of `s`, judged by its
/// first word (a cheap filter before parsing), or `None`.
fn opener(s: &str) -> Option<Opener> {
    let c = s.chars().next()?;
    if c.is_ascii_digit() {
        return Some(Opener::Digit);
    }
    let mut word = [0u8; 6];
    let mut len = 0;
    for ch in s.chars() {
        let f = if ch.is_ascii() {
            ch.to_ascii_lowercase()
        } else {
            crate::text::fold_char(ch)
        };
        if !f.is_ascii_alphabetic() {
            break;
        }
        *word.get_mut(len)? = f as u8;
        len += 1;
    }
    let word = word.get(..len)?;
    v::OPENING_WORDS
        .iter()
        .find(|(w, _)| w.len() == len && w.iter().eq(word))
        .map(|(_, o)| *o)
}

/// The expression at `s`, trying only the parsers its opener allows.
fn dispatch(s: &str, opener: Opener) -> Option<(Value, usize)> {
    let (rest, value) = match opener {
        Opener::Digit => return figure(s),
        Opener::Day => day_expr(s),
        Opener::Quarter => quarter(s),
        Opener::Month => month_period(s),
        Opener::Year => year_period(s),
        Opener::YearEnd => year_end(s),
        Opener::Years => years_span(s),
        Opener::Duration => duration(s),
        Opener::Periodically => periodic(s),
        Opener::Every => every(s).map(|(r, every)| {
            (
                r,
                Value::Recurrence(Recurrence {
                    every,
                    day: None,
                    periodic: false,
                }),
            )
        }),
        Opener::Range => range(s),
    }
    .ok()?;
    Some((value, s.len() - rest.len()))
}

/// The expression at the start of `s` and its length in bytes (what
/// [`scan`] reads at each word start).
#[cfg(test)]
pub(crate) fn parse(s: &str) -> Option<(Value, usize)> {
    dispatch(s, opener(s)?)
}

/// The date (words or figures, year optional after "ngày") at the start of
/// `s` and its length.
pub(crate) fn parse_date(s: &str) -> Option<(Dmy, usize)> {
    let (rest, d) = date(s).ok()?;
    Some((d, s.len() - rest.len()))
}

/// The body lines as one string (line breaks and indents kept as white
/// space) and the normalised-text offset of its first byte, so that an
/// offset in it plus the base is an offset in the normalised text.
pub(crate) fn join(lines: &[Line<'_>]) -> (String, usize) {
    let base = lines.first().map_or(0, |l| l.start);
    let mut out = String::with_capacity(lines.last().map_or(0, |l| l.end.saturating_sub(base)));
    for l in lines {
        let at = l.start.saturating_sub(base);
        if out.len() < at {
            out.push('\n');
            while out.len() < at {
                out.push(' ');
            }
        }
        out.push_str(l.text);
    }
    (out, base)
}

// ---- the grammar ----

fn fail<T>(i: &str) -> R<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// A keyword, any case, not followed by a letter. Case is compared as
/// nom's `tag_no_case` does (char by char, lower-cased).
fn kw<'a>(i: &'a str, word: &str) -> R<'a, &'a str> {
    // Most calls fail on the first letter: two ASCII letters that differ
    // but for case, or an ASCII letter against a char of two bytes or a
    // Vietnamese letter of three (none lower-cases to ASCII).
    if let (Some(&x), Some(&y)) = (i.as_bytes().first(), word.as_bytes().first()) {
        let wide = |s: &str, b: u8| {
            matches!(b, 0xC2..=0xDF)
                || b == 0xE1 && matches!(s.as_bytes().get(1), Some(0xB8..=0xBB))
        };
        let differ = match (x.is_ascii(), y.is_ascii()) {
            (true, true) => !x.eq_ignore_ascii_case(&y),
            (true, false) => wide(word, y),
            (false, true) => wide(i, x),
            (false, false) => false,
        };
        if differ {
            return fail(i);
        }
    }
    let same = i.len() >= word.len() && same_lower(i, word);
    let split = if same {
        i.get(..word.len()).zip(i.get(word.len()..))
    } else {
        None
    };
    let Some((m, rest)) = split else {
        return fail(i);
    };
    if rest.chars().next().is_some_and(is_letter) {
        return fail(i);
    }
    Ok((rest, m))
}

/// Whether the chars of `a` and `b`, paired up to the shorter's end, are
/// the same lower-cased (as [`char::to_lowercase`] gives them).
fn same_lower(a: &str, b: &str) -> bool {
    // Byte by byte while the bytes are the same or ASCII of either case;
    // from the char where they first differ otherwise, char by char.
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    let mut k = 0;
    while let (Some(&x), Some(&y)) = (ab.get(k), bb.get(k)) {
        if x != y {
            if !(x.is_ascii() && y.is_ascii()) {
                break;
            }
            if !x.eq_ignore_ascii_case(&y) {
                return false;
            }
        }
        k += 1;
    }
    // The bytes before `k` are the same chars in both: back to the start
    // of the char `k` is in.
    while !a.is_char_boundary(k) {
        k -= 1;
    }
    let (Some(a), Some(b)) = (a.get(k..), b.get(k..)) else {
        return false;
    };
    a.chars().zip(b.chars()).all(|(x, y)| {
        x == y
            || match (fast_lower(x), fast_lower(y)) {
                (Some(lx), Some(ly)) => lx == ly,
                _ => x.to_lowercase().eq(y.to_lowercase()),
            }
    })
}

/// The first of `words` found at `i`.
fn kw_any<'a>(i: &'a str, words: &[&str]) -> R<'a, &'a str> {
    for w in words {
        if let Ok(r) = kw(i, w) {
            return Ok(r);
        }
    }
    fail(i)
}

fn sp0(i: &str) -> R<'_, &str> {
    take_while(char::is_whitespace).parse(i)
}

fn sp1(i: &str) -> R<'_, &str> {
    take_while1(char::is_whitespace).parse(i)
}

/// White space, dots and underscores left for a blank part: "ngày ... tháng".
fn blanks(i: &str) -> R<'_, &str> {
    take_while(|c: char| c.is_whitespace() || matches!(c, '.' | '…' | '_')).parse(i)
}

/// A run of digits, six at most: its value and its length.
fn number(i: &str) -> R<'_, (u32, usize)> {
    let len = i.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=6).contains(&len) {
        return fail(i);
    }
    let n = i
        .bytes()
        .take(len)
        .fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    Ok((i.get(len..).unwrap_or(""), (n, len)))
}

fn day(i: &str) -> R<'_, u32> {
    let (rest, (n, len)) = number(i)?;
    if len <= 2 && (1..=31).contains(&n) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

fn month(i: &str) -> R<'_, u32> {
    let (rest, (n, len)) = number(i)?;
    if len <= 2 && (1..=12).contains(&n) {
        Ok((rest, n))
    } else {
        fail(i)
    }
}

fn year(i: &str) -> R<'_, i32> {
    let (rest, (n, len)) = number(i)?;
    if len == 4 && (1900..=2100).contains(&n) {
        Ok((rest, n as i32))
    } else {
        fail(i)
    }
}

/// "ngày 13 tháng 12 năm 2021", with parts blank or the year left out:
/// what follows "ngày" (read by the caller) at `i`.
fn words_date(i: &str) -> R<'_, Dmy> {
    let (r, _) = blanks(i)?;
    let (r, d) = opt(day).parse(r)?;
    let (r, _) = blanks(r)?;
    let (r, _) = kw(r, v::MONTH)?;
    let (r, _) = blanks(r)?;
    let (r, m) = opt(month).parse(r)?;
    let (r, y) = match (blanks, |x| kw(x, v::YEAR), blanks).parse(r) {
        Ok((r2, _)) => match year(r2) {
            Ok((r3, y)) => (r3, Some(y)),
            Err(_) if d.is_some() && m.is_some() => (r, None),
            Err(_) => (r2, None),
        },
        Err(_) => (r, None),
    };
    if d.is_none() && m.is_none() && y.is_none() || d.is_some() && m.is_none() {
        return fail(i);
    }
    Ok((
        r,
        Dmy {
            day: d,
            month: m,
            year: y,
        },
    ))
}

/// A date separator: `/` (spaces allowed around it), `-` or `.`, or `-`
/// or `–` after spaces (spaces allowed after it; read as `-`).
fn date_sep(i: &str) -> R<'_, char> {
    let spaced = i.trim_start_matches(char::is_whitespace);
    let after = |c: char| {
        spaced
            .get(c.len_utf8()..)
            .unwrap_or("")
            .trim_start_matches(char::is_whitespace)
    };
    match (i.chars().next(), spaced.chars().next()) {
        (_, Some('/')) => Ok((after('/'), '/')),
        (Some(c @ ('-' | '.')), _) => Ok((i.get(1..).unwrap_or(""), c)),
        (_, Some(c @ ('-' | '–'))) => Ok((after(c), '-')),
        _ => fail(i),
    }
}

/// "13/12/2021", "13-12-2021", "13.12.2021", "02/9"; the year only when it
/// follows with the same separator.
fn numeric_date(i: &str) -> R<'_, Dmy> {
    let (r, d) = day(i)?;
    let (r, sep) = date_sep(r)?;
    let (r, m) = month(r)?;
    let with_year = date_sep(r).ok().filter(|(_, s)| *s == sep);
    let (r, y) = match with_year.map(|(r2, _)| year(r2)) {
        Some(Ok((r3, y))) => (r3, Some(y)),
        Some(Err(_)) => return fail(i),
        None => (r, None),
    };
    if r.starts_with(|c: char| c.is_ascii_digit() || is_letter(c)) || y.is_none() && sep == '.' {
        return fail(i);
    }
    Ok((
        r,
        Dmy {
            day: Some(d),
            month: Some(m),
            year: y,
        },
    ))
}

/// A calendar date: in words, "ngày" + figures (year optional), or figures
/// with a year.
fn date(i: &str) -> R<'_, Dmy> {
    if let Ok((r, _)) = kw(i, v::DAY) {
        return date_after_day(r);
    }
    let (r, d) = numeric_date(i)?;
    if d.year.is_none() {
        return fail(i);
    }
    Ok((r, d))
}

/// A date after "ngày" (read by the caller) at `i`: the rest in words, or
/// figures (year optional).
fn date_after_day(i: &str) -> R<'_, Dmy> {
    if let Ok(r) = words_date(i) {
        return Ok(r);
    }
    let (r, _) = sp0(i)?;
    numeric_date(r)
}

/// What opens with "ngày": a monthly day ("ngày 15 hằng tháng") or a date.
fn day_expr(i: &str) -> R<'_, Value> {
    let (r, _) = kw(i, v::DAY)?;
    if let Ok((r, (_, d, _, _, _, _))) = (
        sp1,
        day,
        sp1,
        |x| kw_any(x, v::EVERY),
        sp1,
        |x| kw(x, v::MONTH),
    )
        .parse(r)
    {
        return Ok((
            r,
            Value::Recurrence(Recurrence {
                every: Every::Month,
                day: Some(d),
                periodic: false,
            }),
        ));
    }
    date_after_day(r).map(|(r, d)| (r, Value::Date(d)))
}

/// "từ ngày 01/3 đến ngày 15/3/2021", "từ 01-15/3/2021", "từ ngày 01 đến
/// hết ngày 15/3/2021".
fn range(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw(x, v::FROM), sp1).parse(i)?;
    // The first end: a date in words, in figures (year optional), or a bare day.
    let (after_day, in_words) = match kw(r, v::DAY) {
        Ok((r2, _)) => (sp0(r2)?.0, words_date(r2)),
        Err(e) => (r, Err(e)),
    };
    let (r, first) = match in_words.or_else(|_| numeric_date(after_day)) {
        Ok(x) => x,
        Err(_) => {
            let r = after_day;
            let (r2, d) = day(r)?;
            (
                r2,
                Dmy {
                    day: Some(d),
                    ..Dmy::default()
                },
            )
        }
    };
    let (r, _) = sp0(r)?;
    let (r, _) = alt((
        (|x| kw(x, v::TO), opt((sp1, |x| kw(x, v::END_OF)))).map(|_| ()),
        one_of("-–").map(|_| ()),
    ))
    .parse(r)?;
    let (r, _) = sp0(r)?;
    let (r, second) = date(r)?;
    let second_month = second
        .month
        .ok_or_else(|| nom::Err::Error(Error::new(i, ErrorKind::Verify)))?;
    let first = Dmy {
        day: first.day,
        month: first.month.or(Some(second_month)),
        year: first.year.or(second.year),
    };
    Ok((r, Value::Range(first, second)))
}

/// "16 giờ 00", "14 giờ 30 phút", "15h00", "19:00", then optionally ", ngày
/// 15/12/2021".
fn time(i: &str) -> R<'_, Value> {
    let (r, (h, hl)) = number(i)?;
    if hl > 2 || h > 23 {
        return fail(i);
    }
    let minutes = |x| -> R<'_, u32> {
        let (r, (m, ml)) = number(x)?;
        if ml == 2 && m < 60 {
            Ok((r, m))
        } else {
            fail(x)
        }
    };
    let (r, _) = sp0(r)?;
    let (r, m) = if let Ok((r2, _)) = kw(r, v::HOUR) {
        match (sp0, minutes).parse(r2) {
            Ok((r3, (_, m))) => {
                let (r4, _) = opt((sp0, |x| kw(x, v::MINUTE))).parse(r3)?;
                (r4, m)
            }
            Err(_) => (r2, 0),
        }
    } else if let Ok((r2, _)) = tag_no_case::<_, _, Error<&str>>("h").parse(r) {
        let (r3, m) = opt(minutes).parse(r2)?;
        if r3.starts_with(is_letter) {
            return fail(i);
        }
        (r3, m.unwrap_or(0))
    } else {
        let (r2, _) = tag(":").parse(r)?;
        minutes(r2)?
    };
    let time = NaiveTime::from_hms_opt(h, m, 0)
        .ok_or_else(|| nom::Err::Error(Error::new(i, ErrorKind::Verify)))?;
    let after = (sp0, opt(char(',')), sp0)
        .parse(r)
        .map(|(x, _)| x)
        .unwrap_or(r);
    match date(after) {
        Ok((r2, d)) => Ok((
            r2,
            Value::Time {
                time,
                date: Some(d),
            },
        )),
        Err(_) => Ok((r, Value::Time { time, date: None })),
    }
}

/// The unit of a duration.
fn unit(i: &str) -> R<'_, Unit> {
    if let Ok((r, _)) = kw(i, v::WORKING_DAY) {
        return Ok((r, Unit::WorkingDay));
    }
    for (w, u) in [
        (v::DAY, Unit::Day),
        (v::WEEK, Unit::Week),
        (v::MONTH, Unit::Month),
        (v::YEAR, Unit::Year),
        (v::HOUR, Unit::Hour),
    ] {
        if let Ok((r, _)) = kw(i, w) {
            return Ok((r, u));
        }
    }
    fail(i)
}

/// "kể từ ngày 01/3/2021", "kể từ ngày ký", "kể từ ngày nhận được văn bản"
/// (the event's words up to the clause's end, at most six).
fn anchor(i: &str) -> R<'_, Anchor> {
    let (r, _) = (sp0, opt(char(',')), sp0).parse(i)?;
    let (r, _) = kw_any(r, v::COUNTED_FROM)?;
    let (r, _) = sp1(r)?;
    if let Ok((r2, _)) = kw_any(r, v::SIGNING) {
        return Ok((r2, Anchor::Signing));
    }
    if let Ok((r2, d)) = date(r) {
        if d.day.is_some() && d.month.is_some() {
            return Ok((r2, Anchor::Date(d)));
        }
    }
    // An event: at most six words, up to punctuation or a word that starts
    // the main clause ("phải", "thì").
    let stop = r
        .find([',', ';', '.', '(', ')', ':', '\n'])
        .unwrap_or(r.len());
    let mut end = 0;
    for (n, w) in r.get(..stop).unwrap_or("").split(' ').enumerate() {
        if n >= 6 || v::EVENT_STOPS.contains(&w.to_lowercase().as_str()) {
            break;
        }
        end += w.len() + usize::from(n > 0);
    }
    let event = r.get(..end).unwrap_or("").trim_end();
    if event.is_empty() {
        return fail(i);
    }
    Ok((r.get(event.len()..).unwrap_or(""), Anchor::Event))
}

/// "trong thời hạn 05 ngày làm việc kể từ ...", "trong vòng 10 ngày",
/// "không quá 03 ngày".
fn duration(i: &str) -> R<'_, Value> {
    let (r, bare) = match kw_any(i, v::DURATION_LEADS) {
        Ok((r, _)) => (r, false),
        Err(_) => (kw(i, v::WITHIN)?.0, true),
    };
    let (r, _) = sp1(r)?;
    let (r, (amount, len)) = number(r)?;
    if len > 3 || amount == 0 {
        return fail(i);
    }
    let (r, _) = sp0(r)?;
    let (r, unit) = unit(r)?;
    // "9 tháng đầu năm" is a period, not a duration.
    if unit == Unit::Month
        && (sp1, |x| kw_any(x, &[v::FIRST, v::LAST, v::YEAR]))
            .parse(r)
            .is_ok()
    {
        return fail(i);
    }
    let (r, from) = match anchor(r) {
        Ok((r2, a)) => (r2, Some(a)),
        Err(_) => (r, None),
    };
    if bare && from.is_none() && unit != Unit::WorkingDay {
        return fail(i);
    }
    Ok((r, Value::Duration(Duration { amount, unit, from })))
}

/// "IV", "III", "II", "I" or 1 to 4.
fn quarter_number(i: &str) -> R<'_, u32> {
    for (w, q) in [("IV", 4), ("III", 3), ("II", 2), ("I", 1)] {
        if let Ok((r, _)) = kw(i, w) {
            if !r.starts_with(|c: char| c.is_ascii_digit()) {
                return Ok((r, q));
            }
        }
    }
    let (r, (n, len)) = number(i)?;
    if len <= 2 && (1..=4).contains(&n) {
        Ok((r, n))
    } else {
        fail(i)
    }
}

/// "năm 2024" or "/2024" after a month or quarter.
fn of_year(i: &str) -> R<'_, i32> {
    alt((
        (sp0, char('/'), sp0, year).map(|(_, _, _, y)| y),
        (sp1, |x| kw(x, v::YEAR), sp1, year).map(|(_, _, _, y)| y),
        (sp0, char('-'), sp0, year).map(|(_, _, _, y)| y),
    ))
    .parse(i)
}

/// "quý III năm 2024", "Quý II/2023".
fn quarter(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw_any(x, v::QUARTER), sp0).parse(i)?;
    let (r, quarter) = quarter_number(r)?;
    let (r, year) = opt(of_year).parse(r)?;
    Ok((r, Value::Period(Period::Quarter { quarter, year })))
}

/// "tháng 6/2023", "tháng 6 năm 2023", "tháng 10".
fn month_period(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw(x, v::MONTH), sp0).parse(i)?;
    let (r, month) = month(r)?;
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let (r, year) = opt(of_year).parse(r)?;
    Ok((r, Value::Period(Period::Month { month, year })))
}

/// "năm 2022".
fn year_period(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw(x, v::YEAR), sp1).parse(i)?;
    let (r, y) = year(r)?;
    if r.starts_with(|c: char| c.is_ascii_digit() || is_letter(c)) {
        return fail(i);
    }
    Ok((r, Value::Period(Period::Year(y))))
}

/// "cuối năm 2021", "cuối năm".
fn year_end(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw(x, v::LAST), sp1, |x| kw(x, v::YEAR)).parse(i)?;
    let (r, y) = opt((sp1, year).map(|(_, y)| y)).parse(r)?;
    Ok((r, Value::Period(Period::YearEnd(y))))
}

/// "giai đoạn 2021-2025", "giai đoạn 20112020".
fn years_span(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw_any(x, v::YEARS_SPAN), sp1).parse(i)?;
    if let Ok((r2, (from, _, _, _, to))) = (year, sp0, one_of("-–"), sp0, year).parse(r) {
        return Ok((r2, Value::Period(Period::Years { from, to })));
    }
    let (r2, d) = digit1.parse(r)?;
    let (a, b) = (d.get(..4).unwrap_or(""), d.get(4..).unwrap_or(""));
    if let (8, Ok(from), Ok(to)) = (d.len(), a.parse::<i32>(), b.parse::<i32>()) {
        if (1900..=2100).contains(&from) && from < to && to - from <= 30 {
            return Ok((r2, Value::Period(Period::Years { from, to })));
        }
    }
    fail(i)
}

/// "6 tháng đầu năm 2024", "9 tháng đầu năm", "3 tháng cuối năm", "9 tháng
/// năm 2026".
fn months_of_year(i: &str) -> R<'_, Value> {
    let (r, (months, len)) = number(i)?;
    if len > 2 || !(1..=11).contains(&months) {
        return fail(i);
    }
    let (r, _) = (sp1, |x| kw(x, v::MONTH), sp1).parse(r)?;
    let (r, first) = match kw(r, v::FIRST) {
        Ok((r2, _)) => (sp1(r2)?.0, Some(true)),
        Err(_) => match kw(r, v::LAST) {
            Ok((r2, _)) => (sp1(r2)?.0, Some(false)),
            Err(_) => (r, None),
        },
    };
    let (r, _) = kw(r, v::YEAR)?;
    let (r, year) = opt((sp1, year).map(|(_, y)| y)).parse(r)?;
    if first.is_none() && year.is_none() {
        return fail(i);
    }
    let p = if first == Some(false) {
        Period::LastMonths { months, year }
    } else {
        Period::FirstMonths { months, year }
    };
    Ok((r, Value::Period(p)))
}

/// "ngày", "tuần", "tháng", "quý", "năm" after "hằng".
fn every_unit(i: &str) -> R<'_, Every> {
    for (w, e) in [
        (v::DAY, Every::Day),
        (v::WEEK, Every::Week),
        (v::MONTH, Every::Month),
        (v::YEAR, Every::Year),
    ] {
        if let Ok((r, _)) = kw(i, w) {
            return Ok((r, e));
        }
    }
    let (r, _) = kw_any(i, v::QUARTER)?;
    Ok((r, Every::Quarter))
}

/// "hằng quý", "hàng năm".
fn every(i: &str) -> R<'_, Every> {
    let (r, _) = (|x| kw_any(x, v::EVERY), sp1).parse(i)?;
    every_unit(r)
}

/// "định kỳ hằng tháng", "định kỳ 6 tháng (một lần)", "định kỳ".
fn periodic(i: &str) -> R<'_, Value> {
    let (r, _) = kw_any(i, v::PERIODICALLY)?;
    let unit = alt((
        (sp1, every).map(|(_, e)| e),
        (sp1, every_unit).map(|(_, e)| e),
        (sp1, number, sp1, |x| kw(x, v::MONTH)).map(|(_, (n, _), _, _)| Every::Months(n)),
    ));
    let (r, e) = opt(unit).parse(r)?;
    let (r, _) = opt((sp1, |x| kw_any(x, v::ONCE))).parse(r)?;
    let every = e.unwrap_or(Every::Unspecified);
    Ok((
        r,
        Value::Recurrence(Recurrence {
            every,
            day: None,
            periodic: true,
        }),
    ))
}

/// An expression that opens with a figure, read by every parser that can
/// read one ([`figure`] picks the one by the char after the figure).
#[cfg(test)]
fn every_figure_parser(s: &str) -> Option<(Value, usize)> {
    let as_date = |x| date(x).map(|(r, d)| (r, Value::Date(d)));
    let (rest, value) = alt((months_of_year, time, as_date)).parse(s).ok()?;
    Some((value, s.len() - rest.len()))
}

/// The plain scan [`scan`] must equal: every word start tried, a figure
/// read by every parser that can read one.
#[cfg(test)]
fn scan_reference(text: &str) -> Scan {
    let mut out = Scan::default();
    let mut pos = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
        let opens = c.is_ascii_digit()
            || matches!(
                c.to_ascii_lowercase(),
                'n' | 't' | 'q' | 'g' | 'c' | 'k' | 'h' | 'd' | 'đ' | 'Đ'
            );
        let at_word = || prev.is_none_or(|p| !p.is_alphanumeric() && !matches!(p, '/' | '-' | '.'));
        let here = text.get(pos..).unwrap_or("");
        if opens && at_word() {
            let found = match opener(here) {
                Some(Opener::Digit) => every_figure_parser(here),
                Some(o) => dispatch(here, o),
                None => None,
            };
            if let Some((value, len)) = found {
                let end = pos + len;
                if value.is_possible() {
                    out.exprs.push(Expr {
                        value,
                        start: pos,
                        end,
                    });
                } else {
                    out.impossible.push((pos, end));
                }
                prev = text.get(..end).and_then(|s| s.chars().next_back());
                pos = end;
                continue;
            }
        }
        prev = Some(c);
        pos += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_duration_lead_ends_in_a_word_before_a_first_figure() {
        for lead in v::DURATION_LEADS {
            let folded = crate::text::fold_words(lead);
            let last = folded.rsplit(' ').next().unwrap_or("");
            assert!(
                v::BEFORE_FIRST_FIGURE.contains(&last.as_bytes()),
                "{lead:?}: {last:?}"
            );
        }
    }

    /// The whole of `s` read as one expression.
    fn one(s: &str) -> Value {
        match parse(s) {
            Some((v, len)) if len == s.len() => v,
            other => panic!("{s:?}: {other:?}"),
        }
    }

    fn dmy(d: u32, m: u32, y: i32) -> Dmy {
        Dmy::full(d, m, y)
    }

    fn dm(d: u32, m: u32) -> Dmy {
        Dmy {
            day: Some(d),
            month: Some(m),
            year: None,
        }
    }

    fn date(d: u32, m: u32, y: i32) -> Value {
        Value::Date(dmy(d, m, y))
    }

    fn period(p: Period) -> Value {
        Value::Period(p)
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    fn within(amount: u32, unit: Unit, from: Option<Anchor>) -> Value {
        Value::Duration(Duration { amount, unit, from })
    }

    fn every(every: Every, periodic: bool) -> Value {
        Value::Recurrence(Recurrence {
            every,
            day: None,
            periodic,
        })
    }

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// One test per case: the input read whole as the expected value.
    macro_rules! cases {
        ($($name:ident: $input:expr => $want:expr;)*) => {
            $( #[test] fn $name() { assert_eq!(one($input), $want); } )*
        };
    }

    /// One test per case: nothing is read at the start of the input (or
    /// not all of it).
    macro_rules! rejects {
        ($($name:ident: $input:expr;)*) => {
            $( #[test] fn $name() {
                let got = parse($input);
                assert!(got.is_none_or(|(_, len)| len < $input.len()), "{:?}: {got:?}", $input);
            } )*
        };
    }

    #[test]
    fn date_sep_is_the_grammar() {
        let grammar = |i| -> R<'_, char> {
            alt((
                (sp0, char('/'), sp0).map(|_| '/'),
                one_of("-."),
                (sp0, one_of("-–"), sp0).map(|_| '-'),
            ))
            .parse(i)
        };
        for s in [
            "/",
            " / 3",
            "/3",
            "-3",
            " -3",
            " - 3",
            "–3",
            " – 3",
            ".3",
            " .3",
            "3",
            "",
            " ",
            "\u{a0}/ 3",
            "- 3",
            ". 3",
            "x",
            "–",
        ] {
            assert_eq!(date_sep(s).ok(), grammar(s).ok(), "{s:?}");
        }
    }

    cases! {
        words_full: "ngày 13 tháng 12 năm 2021" => date(13, 12, 2021);
        words_padded: "ngày 05 tháng 01 năm 2020" => date(5, 1, 2020);
        words_capital: "Ngày 19 tháng 6 năm 2015" => date(19, 6, 2015);
        words_no_spaces: "ngày 30tháng10năm 2013" => date(30, 10, 2013);
        words_no_year: "ngày 30 tháng 12" => Value::Date(dm(30, 12));
        words_blank_day: "ngày tháng 10 năm 2024" => Value::Date(Dmy { day: None, month: Some(10), year: Some(2024) });
        words_dotted_blanks: "ngày ... tháng ... năm 2024" => Value::Date(Dmy { day: None, month: None, year: Some(2024) });
        words_wide_blanks: "ngày      tháng      năm 2026" => Value::Date(Dmy { day: None, month: None, year: Some(2026) });
        words_ellipsis_blanks: "ngày … tháng … năm 2025" => Value::Date(Dmy { day: None, month: None, year: Some(2025) });
        words_wrapped: "ngày 25\ntháng 01 năm 2024" => date(25, 1, 2024);
        slash_full: "13/12/2021" => date(13, 12, 2021);
        slash_unpadded: "29/7/2021" => date(29, 7, 2021);
        slash_padded: "05/11/2019" => date(5, 11, 2019);
        slash_with_ngay: "ngày 29/7/2021" => date(29, 7, 2021);
        slash_spaced: "ngày 06 / 7 /2005" => date(6, 7, 2005);
        slash_no_year: "ngày 02/9" => Value::Date(dm(2, 9));
        slash_no_year_unpadded: "ngày 2/9" => Value::Date(dm(2, 9));
        hyphen_full: "13-12-2021" => date(13, 12, 2021);
        hyphen_party: "ngày 01-10-1997" => date(1, 10, 1997);
        hyphen_no_year: "ngày 16-02" => Value::Date(dm(16, 2));
        dot_full: "13.12.2021" => date(13, 12, 2021);
        dot_with_ngay: "ngày 13.12.2021" => date(13, 12, 2021);
        leap_day: "29/02/2024" => date(29, 2, 2024);
        leap_day_no_year: "ngày 29/02" => Value::Date(dm(29, 2));
        month_slash_year: "tháng 6/2023" => period(Period::Month { month: 6, year: Some(2023) });
        month_word_year: "tháng 6 năm 2023" => period(Period::Month { month: 6, year: Some(2023) });
        month_padded: "tháng 02/2020" => period(Period::Month { month: 2, year: Some(2020) });
        month_alone: "tháng 10" => period(Period::Month { month: 10, year: None });
        month_capital: "Tháng 12/2021" => period(Period::Month { month: 12, year: Some(2021) });
        year_alone: "năm 2022" => period(Period::Year(2022));
        year_capital: "Năm 2024" => period(Period::Year(2024));
        quarter_roman_word_year: "quý III năm 2024" => period(Period::Quarter { quarter: 3, year: Some(2024) });
        quarter_roman_slash: "Quý II/2023" => period(Period::Quarter { quarter: 2, year: Some(2023) });
        quarter_arabic: "quý 1 năm 2024" => period(Period::Quarter { quarter: 1, year: Some(2024) });
        quarter_iv: "quý IV/2026" => period(Period::Quarter { quarter: 4, year: Some(2026) });
        quarter_i: "Quý I năm 2025" => period(Period::Quarter { quarter: 1, year: Some(2025) });
        quarter_old_spelling: "quí II" => period(Period::Quarter { quarter: 2, year: None });
        quarter_no_year: "quý III" => period(Period::Quarter { quarter: 3, year: None });
        quarter_upper: "QUÝ III NĂM 2024" => period(Period::Quarter { quarter: 3, year: Some(2024) });
        first_half: "6 tháng đầu năm 2024" => period(Period::FirstMonths { months: 6, year: Some(2024) });
        nine_months_no_year: "9 tháng đầu năm" => period(Period::FirstMonths { months: 9, year: None });
        nine_months_of_year: "9 tháng năm 2026" => period(Period::FirstMonths { months: 9, year: Some(2026) });
        last_half: "6 tháng cuối năm" => period(Period::LastMonths { months: 6, year: None });
        last_quarter_months: "3 tháng cuối năm 2024" => period(Period::LastMonths { months: 3, year: Some(2024) });
        year_end: "cuối năm 2021" => period(Period::YearEnd(Some(2021)));
        year_end_no_year: "cuối năm" => period(Period::YearEnd(None));
        years_span: "giai đoạn 2021-2025" => period(Period::Years { from: 2021, to: 2025 });
        years_span_spaced: "giai đoạn 2006 - 2010" => period(Period::Years { from: 2006, to: 2010 });
        years_term: "nhiệm kỳ 2020 - 2025" => period(Period::Years { from: 2020, to: 2025 });
        years_span_dash_lost: "giai đoạn 20112020" => period(Period::Years { from: 2011, to: 2020 });
        range_words: "từ ngày 01/3 đến ngày 15/3/2021" => Value::Range(dmy(1, 3, 2021), dmy(15, 3, 2021));
        range_days: "từ 01-15/3/2021" => Value::Range(dmy(1, 3, 2021), dmy(15, 3, 2021));
        range_full: "từ ngày 01/3/2021 đến hết ngày 15/4/2021" => Value::Range(dmy(1, 3, 2021), dmy(15, 4, 2021));
        range_bare_day: "từ ngày 10 đến ngày 20/5/2022" => Value::Range(dmy(10, 5, 2022), dmy(20, 5, 2022));
        range_in_words: "từ ngày 01 tháng 3 đến ngày 15 tháng 3 năm 2021" => Value::Range(dmy(1, 3, 2021), dmy(15, 3, 2021));
        range_no_year: "từ ngày 01/3 đến ngày 15/3" => Value::Range(dm(1, 3), dm(15, 3));
        time_hours_minutes_date: "16 giờ 00 ngày 15/12/2021" => Value::Time { time: hm(16, 0), date: Some(dmy(15, 12, 2021)) };
        time_h: "15h00" => Value::Time { time: hm(15, 0), date: None };
        time_h_short: "8h" => Value::Time { time: hm(8, 0), date: None };
        time_minutes_word: "14 giờ 30 phút" => Value::Time { time: hm(14, 30), date: None };
        time_colon: "19:00" => Value::Time { time: hm(19, 0), date: None };
        time_comma_date: "17 giờ 00, ngày 04/11/2010" => Value::Time { time: hm(17, 0), date: Some(dmy(4, 11, 2010)) };
        time_hour_only_date: "15 giờ ngày 20/12/2021" => Value::Time { time: hm(15, 0), date: Some(dmy(20, 12, 2021)) };
        time_h_date: "14h30 ngày 02/9" => Value::Time { time: hm(14, 30), date: Some(dm(2, 9)) };
        duration_working_days_event: "trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản" => within(5, Unit::WorkingDay, Some(Anchor::Event));
        duration_within: "trong vòng 10 ngày" => within(10, Unit::Day, None);
        duration_not_more: "không quá 03 ngày" => within(3, Unit::Day, None);
        duration_months: "Trong thời hạn 03 tháng kể từ ngày công trình được quyết toán" => within(3, Unit::Month, Some(Anchor::Event));
        duration_years: "không quá 02 năm kể từ ngày đến hạn nộp lưu" => within(2, Unit::Year, Some(Anchor::Event));
        duration_from_signing: "trong thời hạn 10 ngày kể từ ngày ký" => within(10, Unit::Day, Some(Anchor::Signing));
        duration_from_date: "trong vòng 15 ngày kể từ ngày 01/3/2021" => within(15, Unit::Day, Some(Anchor::Date(dmy(1, 3, 2021))));
        duration_bare_working: "trong 02 ngày làm việc" => within(2, Unit::WorkingDay, None);
        duration_weeks: "trong vòng 2 tuần" => within(2, Unit::Week, None);
        duration_hours: "trong vòng 24 giờ" => within(24, Unit::Hour, None);
        duration_max: "tối đa 07 ngày làm việc" => within(7, Unit::WorkingDay, None);
        recurring_monthly: "định kỳ hằng tháng" => every(Every::Month, true);
        recurring_quarterly: "hằng quý" => every(Every::Quarter, false);
        recurring_yearly_hang: "hàng năm" => every(Every::Year, false);
        recurring_weekly: "hằng tuần" => every(Every::Week, false);
        recurring_daily: "hàng ngày" => every(Every::Day, false);
        recurring_six_months: "định kỳ 6 tháng" => every(Every::Months(6), true);
        recurring_six_months_once: "định kỳ 6 tháng một lần" => every(Every::Months(6), true);
        recurring_bare: "định kỳ" => every(Every::Unspecified, true);
        recurring_day_of_month: "ngày 15 hằng tháng" => Value::Recurrence(Recurrence { every: Every::Month, day: Some(15), periodic: false });
        recurring_capital: "Định kỳ hàng quý" => every(Every::Quarter, true);
    }

    rejects! {
        rejects_symbol_with_year: "22/2020/QĐ-UBND";
        rejects_fraction: "3/4 số xã";
        rejects_party_number: "02-NQ/TU";
        rejects_year_range_alone: "2021-2030";
        rejects_day_month_without_ngay: "15/3 số";
        rejects_month_thirteen: "ngày 12/13/2021";
        rejects_day_zero: "00/12/2021";
        rejects_iso_standard: "9001:2015";
        rejects_percent_range: "20-25%";
        rejects_word_without_numbers: "ngày tháng năm";
        rejects_year_not_four_digits: "năm 202";
        rejects_months_as_duration_of_year: "trong 9 tháng đầu năm";
        rejects_bare_trong_days: "trong 10 năm thực hiện";
        rejects_decimal: "561,5/1.659,5";
        rejects_hang_hoa: "hàng hóa";
    }

    #[test]
    fn impossible_dates_are_reported_not_returned() {
        for s in [
            "Ngày 31/02/2021 họp",
            "ngày 29/02/2023",
            "ngày 31 tháng 4 năm 2021",
            "ngày 30/02",
        ] {
            let found = scan(s);
            assert!(found.exprs.is_empty(), "{s}: {:?}", found.exprs);
            assert_eq!(found.impossible.len(), 1, "{s}");
        }
    }

    #[test]
    fn scan_skips_numbers_and_symbols() {
        let s = scan(
            "Kế hoạch số 118/KH-UBND ngày 29/7/2021 về 22/2020/QĐ-UBND và 02-NQ/TU, 3/4 số xã",
        );
        assert_eq!(s.exprs.len(), 1);
        assert_eq!(s.exprs[0].value, date(29, 7, 2021));
        let at = "Kế hoạch số 118/KH-UBND ".len();
        assert_eq!(
            (s.exprs[0].start, s.exprs[0].end),
            (at, at + "ngày 29/7/2021".len())
        );
    }

    #[test]
    fn scan_finds_every_expression_with_spans() {
        let t = "báo cáo trước 16 giờ 00 ngày 15/12/2021 và định kỳ hằng quý";
        let s = scan(t);
        let got: Vec<&str> = s.exprs.iter().map(|e| &t[e.start..e.end]).collect();
        assert_eq!(got, ["16 giờ 00 ngày 15/12/2021", "định kỳ hằng quý"]);
    }

    #[test]
    fn dates_resolve_with_the_default_year() {
        assert_eq!(dm(2, 9).resolve(Some(2021)), ymd(2021, 9, 2));
        assert_eq!(dm(2, 9).resolve(None), None);
        assert_eq!(dmy(2, 9, 2020).resolve(Some(2021)), ymd(2020, 9, 2));
        assert_eq!(dm(29, 2).resolve(Some(2023)), None);
    }

    #[test]
    fn periods_resolve_to_their_last_day() {
        let q = Period::Quarter {
            quarter: 3,
            year: Some(2024),
        };
        assert_eq!(q.last_day(None), ymd(2024, 9, 30));
        assert_eq!(q.first_day(None), ymd(2024, 7, 1));
        assert_eq!(
            Period::Month {
                month: 2,
                year: Some(2024)
            }
            .last_day(None),
            ymd(2024, 2, 29)
        );
        assert_eq!(
            Period::Month {
                month: 6,
                year: None
            }
            .last_day(Some(2023)),
            ymd(2023, 6, 30)
        );
        assert_eq!(
            Period::FirstMonths {
                months: 6,
                year: Some(2024)
            }
            .last_day(None),
            ymd(2024, 6, 30)
        );
        assert_eq!(
            Period::FirstMonths {
                months: 9,
                year: None
            }
            .last_day(Some(2024)),
            ymd(2024, 9, 30)
        );
        assert_eq!(
            Period::LastMonths {
                months: 6,
                year: Some(2024)
            }
            .first_day(None),
            ymd(2024, 7, 1)
        );
        assert_eq!(
            Period::YearEnd(Some(2021)).last_day(None),
            ymd(2021, 12, 31)
        );
        assert_eq!(
            Period::Years {
                from: 2021,
                to: 2025
            }
            .last_day(None),
            ymd(2025, 12, 31)
        );
        assert_eq!(Period::Year(2022).last_day(None), ymd(2022, 12, 31));
        assert_eq!(
            Period::Quarter {
                quarter: 1,
                year: None
            }
            .last_day(None),
            None
        );
    }

    #[test]
    fn working_days_skip_weekends() {
        // 2021-03-05 is a Friday: five working days later is Friday 12th.
        let fri = ymd(2021, 3, 5).unwrap_or_default();
        assert_eq!(add_working_days(fri, 5), ymd(2021, 3, 12));
        assert_eq!(add_working_days(fri, 1), ymd(2021, 3, 8));
        let d = Duration {
            amount: 10,
            unit: Unit::Day,
            from: None,
        };
        assert_eq!(d.end_from(fri), ymd(2021, 3, 15));
        let m = Duration {
            amount: 3,
            unit: Unit::Month,
            from: None,
        };
        assert_eq!(m.end_from(fri), ymd(2021, 6, 5));
    }

    #[test]
    fn joins_lines_keeping_offsets() {
        let text = "ab\n  cd\n\nef";
        let lines = crate::lines::split(text);
        let (j, base) = join(&lines);
        assert_eq!(base, 0);
        assert_eq!(&j[5..7], "cd");
        assert_eq!(&j[9..11], "ef");
    }

    /// Asserts that the fast scan finds what trying every word start finds.
    fn same_as_reference(t: &str) {
        let (a, b) = (scan(t), scan_reference(t));
        assert_eq!(a.exprs, b.exprs, "{t:?}");
        assert_eq!(a.impossible, b.impossible, "{t:?}");
    }

    #[test]
    fn scan_equals_trying_every_word_start_on_the_fixtures() {
        let paths = crate::fixture_paths();
        assert!(paths.len() >= 60, "{} fixtures", paths.len());
        for p in paths {
            same_as_reference(&std::fs::read_to_string(&p).unwrap_or_default());
        }
    }

    #[test]
    fn scan_equals_trying_every_word_start_on_random_text() {
        const TOKENS: &[&str] = &[
            "ngày",
            "Ngày",
            "NGÀY",
            "tháng",
            "THÁNG",
            "năm",
            "Năm",
            "quý",
            "QUÝ",
            "quí",
            "III",
            "IV",
            "I",
            "giai",
            "đoạn",
            "nhiệm",
            "kỳ",
            "cuối",
            "CUỐI",
            "đầu",
            "trong",
            "Trong",
            "thời",
            "hạn",
            "không",
            "quá",
            "tối",
            "đa",
            "vòng",
            "hằng",
            "hàng",
            "Định",
            "định",
            "từ",
            "Từ",
            "đến",
            "hết",
            "giờ",
            "phút",
            "h",
            "kể",
            "ký",
            "làm",
            "việc",
            "tuần",
            "một",
            "lần",
            "trước",
            "số",
            "báo",
            "cáo",
            "0",
            "1",
            "2",
            "3",
            "05",
            "12",
            "15",
            "29",
            "30",
            "31",
            "02",
            "2021",
            "2024",
            "2025",
            "20112020",
            "/",
            "-",
            ".",
            ",",
            "…",
            "_",
            ":",
            " ",
            "\u{a0}",
            "\u{2003}",
            "  ",
            "trong thời hạn",
            "không quá",
            "tối đa",
            "từ ngày",
            "ngày ... tháng ... năm",
            "định kỳ",
            "giai đoạn",
            "ngày làm việc",
            "kể từ",
            "\n",
            "\n   ",
            "(",
            ";",
            "KH",
            "UBND",
            "hẰng",
            "HàNG",
            "qUÍ",
            "QuÝ",
            "cUốI",
            "ĐịNH kỲ",
            "đỊnh KÌ",
            "HÀNG THÁNG",
            "thành",
            "hành",
        ];
        for t in [
            "x trong thời hạn không quá 05 ngày làm việc",
            "x Trong thời hạn tối đa 3 tháng kể từ ngày ký",
            "x từ ngày … tháng … năm 2021 đến ngày 5/6/2021",
            "QUÝ III, CUỐI NĂM, ĐỊNH KỲ HẰNG THÁNG",
        ] {
            same_as_reference(t);
            assert!(!scan(t).exprs.is_empty(), "{t}");
        }
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let mut t = String::new();
            let n = 3 + (seed >> 60) as usize;
            for _ in 0..n {
                crate::text::next_random(&mut seed);
                let k = (seed >> 33) as usize % TOKENS.len();
                t.push_str(TOKENS[k]);
                if seed & 3 != 0 {
                    t.push(' ');
                }
            }
            same_as_reference(&t);
        }
    }

    #[test]
    fn char_before_is_the_decoded_char_on_every_char() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for t in [format!("{c}"), format!("ab{c}")] {
                let want = Some((is_word_char(c), c.len_utf8()));
                assert_eq!(char_before(&t, t.len()), want, "{c:?}");
            }
        }
    }

    /// The word-only opener tails as one regex: what [`WORD_ONLY`] and
    /// [`word_only_tail`] find together.
    fn word_only_tails_by_regex(text: &[u8]) -> Vec<(usize, usize)> {
        let re = regex::bytes::Regex::new(concat!(
            r"(?-u)[qQ][uU]\xC3[\xBD\x9D\xAD\x8D]",
            r"|[uU]\xE1\xBB[\x91\x90][iI]",
            r"|\xE1\xBB[\x8B\x8A][nN][hH]",
            r"|\xE1\xBA[\xB1\xB0][nN][gG]",
            r"|\xC3[\xA0\x80][nN][gG]",
        ))
        .unwrap();
        re.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn word_only_tails_are_those_of_the_regex() {
        let tails = |t: &[u8]| -> Vec<(usize, usize)> {
            WORD_ONLY
                .starts(t)
                .filter_map(|p| word_only_tail(t, p))
                .collect()
        };
        // The general automaton, used where the packed search cannot run,
        // finds the same pieces.
        let general = PieceSearch::General(PieceSearch::general(&word_only_pieces()));
        let mut texts: Vec<Vec<u8>> = crate::fixture_paths()
            .iter()
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        let parts = [
            "q", "Q", "u", "U", "ý", "Ý", "í", "Í", "ố", "Ố", "ị", "Ị", "ằ", "Ằ", "à", "À", "n",
            "N", "h", "H", "g", "G", "i", "I", "c", "đ", " ", "\u{a0}", "ng", "uý", "quý", "ịnh",
            "uối",
        ];
        let mut seed = 7;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..12 {
                t.push_str(crate::text::pick(&mut seed, &parts));
            }
            texts.push(t.into_bytes());
        }
        for t in &texts {
            assert!(WORD_ONLY.starts(t).eq(general.starts(t)));
            assert_eq!(
                tails(t),
                word_only_tails_by_regex(t),
                "{:?}",
                String::from_utf8_lossy(t)
            );
        }
    }

    #[test]
    fn word_only_openers_are_found_in_any_case() {
        for (word, next) in [
            ("quý", " y"),
            ("quí", " y"),
            ("cuối", "\n Năm"),
            ("định", " Kỳ"),
            ("hằng", "  tuần"),
            ("hàng", " THÁNG"),
        ] {
            let chars: Vec<char> = word.chars().collect();
            for mask in 0..1u32 << chars.len() {
                let cased: String = chars
                    .iter()
                    .enumerate()
                    .flat_map(|(k, c)| {
                        let upper = mask >> k & 1 == 1;
                        let v: Vec<char> = if upper {
                            c.to_uppercase().collect()
                        } else {
                            vec![*c]
                        };
                        v
                    })
                    .collect();
                let t = format!("x {cased}{next}");
                let found: Vec<usize> = word_only_starts(&t).collect();
                assert_eq!(found, [2], "{t:?}");
                // Not before a word the grammar cannot go on with.
                if !word.starts_with('q') {
                    let t = format!("x {cased} y");
                    assert_eq!(word_only_starts(&t).count(), 0, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn fast_keyword_test_agrees_with_the_plain_one() {
        let plain = |i, w| -> Option<usize> {
            let (rest, _) = tag_no_case::<_, _, Error<&str>>(w).parse(i).ok()?;
            (!rest.chars().next().is_some_and(char::is_alphabetic)).then(|| i.len() - rest.len())
        };
        for i in [
            "ngày 1",
            "NGÀY",
            "Ngàyx",
            "ngà",
            "",
            "Đến hết",
            "đến",
            "ĐẾN nay",
            "quÝ",
            "tháng10",
        ] {
            for w in [v::DAY, v::TO, "quý", v::MONTH, "h", "đầu"] {
                assert_eq!(
                    kw(i, w).ok().map(|(r, _)| i.len() - r.len()),
                    plain(i, w),
                    "{i} {w}"
                );
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "ngày",
            "ngày 3",
            "từ",
            "từ ngày 1 đến",
            "quý",
            "99999999999/2021",
            "giai đoạn 2021-",
            "định kỳ 0 tháng",
            "1h",
            "ngày 31/",
            "23:5",
            "trong thời hạn 999999 ngày",
        ] {
            let _ = scan(s);
        }
    }
}
