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

use crate::lines::Line;
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
pub(crate) fn scan(text: &str) -> Scan {
    let mut out = Scan::default();
    let mut pos = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
        let at_word = prev.is_none_or(|p| !p.is_alphanumeric() && !matches!(p, '/' | '-' | '.'));
        if at_word && could_start(c) {
            if let Some((value, len)) = parse(text.get(pos..).unwrap_or("")) {
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

/// Whether an expression can begin with `c` (a cheap filter before parsing).
fn could_start(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c.to_lowercase().next().unwrap_or(c),
            'n' | 't' | 'q' | 'g' | 'c' | 'k' | 'h' | 'đ'
        )
}

/// The expression at the start of `s` and its length in bytes.
pub(crate) fn parse(s: &str) -> Option<(Value, usize)> {
    let (rest, value) = expression(s).ok()?;
    Some((value, s.len() - rest.len()))
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

/// A keyword, any case, not followed by a letter.
fn kw<'a>(i: &'a str, word: &str) -> R<'a, &'a str> {
    let (rest, m) = tag_no_case(word).parse(i)?;
    if rest.chars().next().is_some_and(char::is_alphabetic) {
        return fail(i);
    }
    Ok((rest, m))
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

/// A run of digits: its value and its length.
fn number(i: &str) -> R<'_, (u32, usize)> {
    let (rest, d) = digit1.parse(i)?;
    match d.parse::<u32>() {
        Ok(n) if d.len() <= 6 => Ok((rest, (n, d.len()))),
        _ => fail(i),
    }
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

/// "ngày 13 tháng 12 năm 2021", with parts blank or the year left out.
fn words_date(i: &str) -> R<'_, Dmy> {
    let (r, _) = kw(i, v::DAY)?;
    let (r, _) = blanks(r)?;
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

/// A date separator: `/` (spaces allowed around it), `-` or `.`.
fn date_sep(i: &str) -> R<'_, char> {
    alt((
        (sp0, char('/'), sp0).map(|_| '/'),
        one_of("-."),
        (sp0, one_of("-–"), sp0).map(|_| '-'),
    ))
    .parse(i)
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
    if r.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic()) || y.is_none() && sep == '.'
    {
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
    if let Ok(r) = words_date(i) {
        return Ok(r);
    }
    if let Ok((r, _)) = (|x| kw(x, v::DAY), sp0).parse(i) {
        if let Ok(r) = numeric_date(r) {
            return Ok(r);
        }
    }
    let (r, d) = numeric_date(i)?;
    if d.year.is_none() {
        return fail(i);
    }
    Ok((r, d))
}

/// "từ ngày 01/3 đến ngày 15/3/2021", "từ 01-15/3/2021", "từ ngày 01 đến
/// hết ngày 15/3/2021".
fn range(i: &str) -> R<'_, Value> {
    let (r, _) = (|x| kw(x, v::FROM), sp1).parse(i)?;
    let (r, _) = opt((|x| kw(x, v::DAY), sp0)).parse(r)?;
    // The first end: a full or yearless date, or a bare day.
    let (r, first) = match words_date(r).or_else(|_| numeric_date(r)) {
        Ok(x) => x,
        Err(_) => {
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
    let (r, second) = match (|x| kw(x, v::DAY), sp0).parse(r) {
        Ok((r2, _)) => words_date(r)
            .or_else(|_| numeric_date(r2))
            .or_else(|_| date(r))?,
        Err(_) => date(r)?,
    };
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
        if r3.starts_with(char::is_alphabetic) {
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
/// (the event's words up to the clause's end, at most twelve).
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
    // An event: words up to punctuation.
    let mut end = 0;
    let mut words = 0;
    for (k, c) in r.char_indices() {
        if matches!(c, ',' | ';' | '.' | '(' | ')' | ':' | '\n') {
            break;
        }
        if c == ' ' && !r[..k].ends_with(' ') {
            words += 1;
            if words >= 12 {
                break;
            }
        }
        end = k + c.len_utf8();
    }
    if end == 0 {
        return fail(i);
    }
    let event = &r[..end];
    let trimmed = event.trim_end();
    Ok((&r[trimmed.len()..], Anchor::Event))
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

/// Quarters, months, years and spans of years.
fn period(i: &str) -> R<'_, Value> {
    // quý III năm 2024, Quý II/2023
    if let Ok((r, _)) = (|x| kw_any(x, v::QUARTER), sp0).parse(i) {
        let (r, quarter) = quarter_number(r)?;
        let (r, year) = opt(of_year).parse(r)?;
        return Ok((r, Value::Period(Period::Quarter { quarter, year })));
    }
    // tháng 6/2023, tháng 6 năm 2023, tháng 10
    if let Ok((r, _)) = (|x| kw(x, v::MONTH), sp0).parse(i) {
        let (r, month) = month(r)?;
        if r.starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
        let (r, year) = opt(of_year).parse(r)?;
        return Ok((r, Value::Period(Period::Month { month, year })));
    }
    // năm 2022
    if let Ok((r, _)) = (|x| kw(x, v::YEAR), sp1).parse(i) {
        let (r, y) = year(r)?;
        if r.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic()) {
            return fail(i);
        }
        return Ok((r, Value::Period(Period::Year(y))));
    }
    // cuối năm 2021
    if let Ok((r, _)) = (|x| kw(x, v::LAST), sp1, |x| kw(x, v::YEAR)).parse(i) {
        let (r, y) = opt((sp1, year).map(|(_, y)| y)).parse(r)?;
        return Ok((r, Value::Period(Period::YearEnd(y))));
    }
    // giai đoạn 2021-2025, giai đoạn 20112020
    if let Ok((r, _)) = (|x| kw_any(x, v::YEARS_SPAN), sp1).parse(i) {
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
        return fail(i);
    }
    // 6 tháng đầu năm 2024, 9 tháng đầu năm, 3 tháng cuối năm, 9 tháng năm 2026
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

/// "định kỳ hằng tháng", "định kỳ 6 tháng (một lần)", "định kỳ", "hằng quý",
/// "ngày 15 hằng tháng".
fn recurrence(i: &str) -> R<'_, Value> {
    if let Ok((r, _)) = kw_any(i, v::PERIODICALLY) {
        let unit = alt((
            (sp1, every).map(|(_, e)| e),
            (sp1, every_unit).map(|(_, e)| e),
            (sp1, number, sp1, |x| kw(x, v::MONTH)).map(|(_, (n, _), _, _)| Every::Months(n)),
        ));
        let (r, e) = opt(unit).parse(r)?;
        let (r, _) = opt((sp1, |x| kw_any(x, v::ONCE))).parse(r)?;
        let every = e.unwrap_or(Every::Unspecified);
        return Ok((
            r,
            Value::Recurrence(Recurrence {
                every,
                day: None,
                periodic: true,
            }),
        ));
    }
    if let Ok((r, e)) = every(i) {
        return Ok((
            r,
            Value::Recurrence(Recurrence {
                every: e,
                day: None,
                periodic: false,
            }),
        ));
    }
    let (r, (_, _, d, _, _, _, _)) = (
        |x| kw(x, v::DAY),
        sp1,
        day,
        sp1,
        |x| kw_any(x, v::EVERY),
        sp1,
        |x| kw(x, v::MONTH),
    )
        .parse(i)?;
    Ok((
        r,
        Value::Recurrence(Recurrence {
            every: Every::Month,
            day: Some(d),
            periodic: false,
        }),
    ))
}

/// Any expression, the longest reading first.
fn expression(i: &str) -> R<'_, Value> {
    alt((range, recurrence, duration, period, time, |x| {
        date(x).map(|(r, d)| (r, Value::Date(d)))
    }))
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Value {
        match parse(s) {
            Some((v, len)) if len == s.len() => v,
            other => panic!("{s:?}: {other:?}"),
        }
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

    #[test]
    fn reads_a_full_date() {
        assert_eq!(
            one("ngày 13 tháng 12 năm 2021"),
            Value::Date(Dmy::full(13, 12, 2021))
        );
    }

    #[test]
    fn scan_skips_numbers_and_symbols() {
        let s = scan(
            "Kế hoạch số 118/KH-UBND ngày 29/7/2021 về 22/2020/QĐ-UBND và 02-NQ/TU, 3/4 số xã",
        );
        assert_eq!(s.exprs.len(), 1);
        assert_eq!(s.exprs[0].value, Value::Date(Dmy::full(29, 7, 2021)));
    }
}
