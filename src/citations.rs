//! Citations: every other document the text refers to by number.
//!
//! Takes: the body as one text (`dates::join`, with its offset in the
//! normalised text) and the document read so far (its own reference is
//! never a citation). Returns: the citations, once per document (first
//! mention's span; later mentions fill a missing date or issuer), and
//! diagnostics for what does not add up (a cited document dated after the
//! document, a type word that contradicts the symbol's type code).
//!
//! One regex pass over the body finds every number with a symbol
//! (`118/KH-UBND`, `22/2020/QĐ-UBND`, `80/2015/QH13`, Party `02-NQ/TU`,
//! misprinted `01-NQ-TU`). Around each: the type word before it (`Kế hoạch
//! số`, `Nghị quyết` without `số`, `QĐ số`, `Văn bản số`), else the
//! symbol's type code, else công văn (an issuer-unit symbol); the date
//! after it (`ngày 29/7/2021`, shared by a list `A, B ngày ...`); the issuer
//! after `của`.

use std::sync::LazyLock;

use chrono::NaiveDate;

use crate::dates;
use crate::diagnostic::{Diagnostic, codes};
use crate::header::symbol_kind;
use crate::model::{Citation, DocKind, Document};
use crate::span::Span;
use crate::text::{clean, fold_char, fold_words, fold_words_into, is_letter, is_word_char};
use crate::vocab::citations as v;
use crate::vocab::kinds;

/// A number and symbol: administrative/normative (`n[/yyyy]/SYM`) or Party
/// (`n-TYPE/ISSUER`, `n-TYPE-ISSUER`). The specification that [`numbers`]
/// and [`Groups::read`] follow by hand (the tests hold them to it).
#[cfg(test)]
static NUMBER: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"(?x)
        (?P<num>[0-9]{1,6}[a-zđ]?)[\ \t]*
        (?:/[\ \t]*(?P<year>(?:19|20)[0-9]{2})[\ \t]*)?
        /[\ \t]*(?P<sym>[A-ZĐ][A-Za-zĐđ0-9.&]*(?:[\ \t]?[-–][\ \t]?[A-ZĐ0-9][A-Za-zĐđ0-9.&]*)*)
        |
        (?P<pnum>[0-9]{1,6}[a-z]?)[\ \t]*[-–][\ \t]*(?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})[\ \t]*
        (?P<psep>[/-])[\ \t]*(?P<piss>[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]*)*)
        ",
    )
    .unwrap_or_else(|e| panic!("citation regex: {e}"))
});

/// One mention, before merging.
struct Mention {
    citation: Citation,
    /// Offset (in the joined body) where the symbol ends.
    symbol_end: usize,
    /// Where the mention's text starts (type word, "số" or the number).
    start: usize,
    /// The type word's kind and the symbol's, for the conflict check.
    word_kind: Option<DocKind>,
    symbol_kind: Option<DocKind>,
}

/// The citations in `lines`.
pub(crate) fn extract(text: &str, base: usize, doc: &Document) -> (Vec<Citation>, Vec<Diagnostic>) {
    let mut bufs = (String::with_capacity(64), String::with_capacity(64));
    let mut mentions: Vec<Mention> = numbers(text)
        .filter_map(|g| mention(text, &g, base, &mut bufs))
        .collect();
    share_dates(text, &mut mentions);

    let mut diags = Vec::new();
    let mut out: Vec<Citation> = Vec::new();
    for m in mentions {
        if is_self(doc, &m.citation) {
            continue;
        }
        let c = m.citation;
        if let Some(prev) = out.iter_mut().find(|p| same_document(p, &c)) {
            if prev.date.is_none() {
                prev.date = c.date;
            }
            if prev.issuer.is_none() {
                prev.issuer = c.issuer;
            }
            continue;
        }
        if let (Some(w), Some(s)) = (m.word_kind, m.symbol_kind) {
            if !compatible(w, s) {
                diags.push(Diagnostic::warning(
                    codes::CITATION_KIND_CONFLICT,
                    format!(
                        "{:?}: the type word says {} but the symbol's type code says {}",
                        c.text,
                        w.name(),
                        s.name()
                    ),
                    Some(c.span),
                ));
            }
        }
        out.push(c);
    }
    if let Some(latest) = doc.date.and_then(latest_day) {
        for c in &out {
            if c.date.is_some_and(|d| d > latest) {
                diags.push(Diagnostic::warning(
                    codes::CITATION_DATE_AFTER_DOCUMENT,
                    format!("{:?} is dated after the document itself", c.text),
                    Some(c.span),
                ));
            }
        }
    }
    (out, diags)
}

/// The last day a partial document date can stand for.
fn latest_day(d: crate::model::PartialDate) -> Option<NaiveDate> {
    match (d.month, d.day) {
        (Some(_), Some(_)) => d.to_naive(),
        (Some(m), None) => crate::dates::Period::Month {
            month: m,
            year: Some(d.year),
        }
        .last_day(None),
        _ => NaiveDate::from_ymd_opt(d.year, 12, 31),
    }
}

/// A symbol without spaces and without a trailing dot, upper-cased for
/// comparison, char by char (no String: trailing dots and spaces trimmed
/// first are the dots that end it once the spaces are dropped).
fn symbol_key(s: &str) -> impl Iterator<Item = char> + '_ {
    s.trim_end_matches(|c: char| c == '.' || c.is_whitespace())
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
}

/// Whether two optional symbols have the same [`symbol_key`].
fn same_symbol(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => symbol_key(a).eq(symbol_key(b)),
        (a, b) => a.is_none() && b.is_none(),
    }
}

/// Whether two document numbers are the same, leading zeros and case
/// aside.
fn same_number(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Whether two citations name the same document (administrative numbers
/// restart every year: the same number with two dates is two documents).
fn same_document(a: &Citation, b: &Citation) -> bool {
    a.number == b.number
        && a.year == b.year
        && (a.date.is_none() || b.date.is_none() || a.date == b.date)
        && same_symbol(a.symbol.as_deref(), b.symbol.as_deref())
}

/// Whether `c` is the document's own reference: same number and symbol,
/// and no date that differs from the document's.
fn is_self(doc: &Document, c: &Citation) -> bool {
    let Some(r) = doc.reference.as_ref() else {
        return false;
    };
    r.number
        .as_deref()
        .zip(c.number.as_deref())
        .is_some_and(|(a, b)| same_number(a, b))
        && same_symbol(r.symbol.as_deref(), c.symbol.as_deref())
        && (r.year.is_none() || c.year.is_none() || r.year == c.year)
        && c.date.is_none_or(|d| {
            doc.date
                .is_none_or(|own| own.to_naive().is_none_or(|o| o == d))
        })
}

/// Whether a type word and a symbol's type code may name the same type.
fn compatible(word: DocKind, symbol: DocKind) -> bool {
    use DocKind::*;
    word == symbol
        || matches!(
            (word, symbol),
            (QuyDinh, QuyetDinh)
                | (NghiQuyetLienTich, NghiQuyet)
                | (ThongTuLienTich, ThongTu)
                | (BoLuat, Luat)
                | (HienPhap, Luat)
                | (NghiQuyet, Luat)
                | (PhapLenh, Luat)
                | (ThongTri, ThongTu)
        )
}

/// A regex match read into a mention, or `None` when it is no reference.
fn mention(
    text: &str,
    g: &Groups<'_>,
    base: usize,
    (buf, scratch): &mut (String, String),
) -> Option<Mention> {
    let before_char = text.get(..g.start)?.chars().next_back();
    if before_char.is_some_and(|b| is_word_char(b) || matches!(b, '/' | '.' | ',' | '-')) {
        return None;
    }
    let after = text.get(g.end..)?;
    let (number, year, symbol, code_kind, end) = if let Some((sym_start, sym)) = g.symbol {
        let raw = sym.trim_end_matches(['.', '&']);
        let end = sym_start + raw.len();
        if after.starts_with(is_letter) && raw.len() == sym.len() {
            return None;
        }
        let tidy: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == '–' { '-' } else { c })
            .collect();
        let first = tidy.split('-').next().unwrap_or("");
        if !symbol_like(first) {
            return None;
        }
        let year = g.year.and_then(|y| y.parse::<i32>().ok());
        let kind = symbol_kind(first, year.is_some());
        (g.number, year, tidy, kind, end)
    } else {
        if after.starts_with(is_letter) {
            return None;
        }
        let (ptype, sep, issuer) = g.party?;
        let kind = kinds::by_abbr(ptype)?;
        let symbol = [ptype, sep, issuer].concat();
        (g.number, None, symbol, Some(kind), g.end)
    };

    // The type word before: "Kế hoạch số", "Nghị quyết", "QĐ số", "số".
    let (word_kind, generic, start) = type_word(text, g.start, buf);
    let kind = match (word_kind, code_kind) {
        (Some(_), Some(s)) if generic => Some(s),
        (Some(w), _) => Some(w),
        (None, Some(s)) => Some(s),
        (None, None) => Some(DocKind::CongVan),
    };

    // The date after: "ngày 29/7/2021", ", ngày 01-10-1997".
    let rest = text.get(end..)?;
    let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\n', ',']).len();
    let (date, date_end) = match rest.get(skip..).and_then(dates::parse_date) {
        Some((d, len)) if d.year.is_some() => (d.resolve(None), end + skip + len),
        _ => (None, end),
    };
    let issuer = issuer(text.get(date_end..)?, buf, scratch);
    let text_span = Span::new(base + start, base + date_end);
    Some(Mention {
        citation: Citation {
            kind,
            number: Some(number.to_string()),
            year,
            symbol: Some(symbol),
            date,
            issuer,
            text: clean(text.get(start..date_end)?),
            span: text_span,
        },
        symbol_end: end,
        start,
        word_kind: word_kind.filter(|_| !generic),
        symbol_kind: code_kind,
    })
}

/// The [`NUMBER`] matches in `text`, in order, as `find_iter` finds them,
/// read by hand. Every match has a separator (`/`, `-` or `–`) right after
/// its number (blanks and one letter between), so only the separators are
/// visited (memchr), each at most once, and the number is read back from
/// each: a text without them costs next to nothing.
fn numbers(text: &str) -> impl Iterator<Item = Groups<'_>> {
    let bytes = text.as_bytes();
    let mut from = 0;
    // `–` is E2 80 93; its lead E2 is rare in Vietnamese text (other
    // punctuation: quotes, the ellipsis), unlike 0x93, which ends `ồ`.
    let mut seps =
        memchr::memchr3_iter(b'/', b'-', 0xE2, bytes).filter(move |&s| match bytes.get(s) {
            Some(0xE2) => bytes.get(s + 1..s + 3) == Some(&[0x80, 0x93]),
            _ => true,
        });
    std::iter::from_fn(move || {
        for sep in seps.by_ref() {
            if sep < from {
                continue;
            }
            let Some(at) = number_before(bytes, sep, from) else {
                continue;
            };
            if let Some(g) = Groups::read(text, at) {
                from = g.end;
                return Some(g);
            }
        }
        None
    })
}

/// Where a [`NUMBER`] match whose number ends before the separator at
/// `sep` must start (not before `from`): back over blanks, one letter
/// (`[a-zđ]`), then the digits, at most six (`[0-9]{1,6}` takes the last
/// six of a longer run).
fn number_before(bytes: &[u8], sep: usize, from: usize) -> Option<usize> {
    let at = |k: usize| bytes.get(k).copied().filter(|_| k >= from);
    let mut k = sep;
    while matches!(at(k.wrapping_sub(1)), Some(b' ' | b'\t')) {
        k -= 1;
    }
    if at(k.wrapping_sub(1)).is_some_and(|b| b.is_ascii_lowercase()) {
        k -= 1;
    } else if (at(k.wrapping_sub(2)), at(k.wrapping_sub(1))) == (Some(0xC4), Some(0x91)) {
        k -= 2;
    }
    let end = k;
    while end - k < 6 && at(k.wrapping_sub(1)).is_some_and(|b| b.is_ascii_digit()) {
        k -= 1;
    }
    (k < end).then_some(k)
}

/// The groups of a [`NUMBER`] match, read by hand from the match's start
/// (each part of the pattern is greedy and none can give back: the first
/// reading that fits is the regex's), as the backtracking engine that fills
/// capture groups costs more than everything else done per citation.
struct Groups<'a> {
    start: usize,
    end: usize,
    /// `num` or `pnum`.
    number: &'a str,
    year: Option<&'a str>,
    /// `sym` and its offset.
    symbol: Option<(usize, &'a str)>,
    /// `ptype`, `psep`, `piss`.
    party: Option<(&'a str, &'a str, &'a str)>,
}

impl<'a> Groups<'a> {
    /// The groups of the match of [`NUMBER`] at `start`, if there is one.
    fn read(text: &'a str, start: usize) -> Option<Self> {
        Self::plain(text, start).or_else(|| Self::party(text, start))
    }

    /// `n[/yyyy]/SYM`.
    fn plain(text: &'a str, start: usize) -> Option<Self> {
        let mut c = Cursor { text, at: start };
        c.many(|ch| ch.is_ascii_digit(), 6).then_some(())?;
        c.one(|ch| ch.is_ascii_lowercase() || ch == 'đ');
        let number = text.get(start..c.at)?;
        c.many(blank, usize::MAX);
        c.one(|ch| ch == '/').then_some(())?;
        c.many(blank, usize::MAX);
        // A digit here can only start the year (the symbol starts with a
        // capital).
        let year_start = c.at;
        let year = if c.many(|ch| ch.is_ascii_digit(), 4) {
            let year = text.get(year_start..c.at)?;
            if year.len() != 4 || !(year.starts_with("19") || year.starts_with("20")) {
                return None;
            }
            c.many(blank, usize::MAX);
            c.one(|ch| ch == '/').then_some(())?;
            c.many(blank, usize::MAX);
            Some(year)
        } else {
            None
        };
        let sym_start = c.at;
        c.one(upper).then_some(())?;
        c.many(symbol_char, usize::MAX);
        loop {
            let back = c.at;
            c.one(blank);
            if c.one(dash) {
                c.one(blank);
                if c.one(|ch| upper(ch) || ch.is_ascii_digit()) {
                    c.many(symbol_char, usize::MAX);
                    continue;
                }
            }
            c.at = back;
            break;
        }
        Some(Groups {
            start,
            end: c.at,
            number,
            year,
            symbol: Some((sym_start, text.get(sym_start..c.at)?)),
            party: None,
        })
    }

    /// Party `n-TYPE/ISSUER` or `n-TYPE-ISSUER`.
    fn party(text: &'a str, start: usize) -> Option<Self> {
        let mut c = Cursor { text, at: start };
        c.many(|ch| ch.is_ascii_digit(), 6).then_some(())?;
        c.one(|ch| ch.is_ascii_lowercase());
        let number = text.get(start..c.at)?;
        c.many(blank, usize::MAX);
        c.one(dash).then_some(())?;
        c.many(blank, usize::MAX);
        let type_start = c.at;
        c.one(upper).then_some(())?;
        c.many(|ch| ch.is_ascii_alphabetic() || matches!(ch, 'Đ' | 'đ'), 4);
        let kind = text.get(type_start..c.at)?;
        c.many(blank, usize::MAX);
        let sep_start = c.at;
        c.one(|ch| matches!(ch, '/' | '-')).then_some(())?;
        let sep = text.get(sep_start..c.at)?;
        c.many(blank, usize::MAX);
        let issuer_start = c.at;
        c.one(upper).then_some(())?;
        let issuer_char = |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, 'Đ' | 'đ');
        c.many(issuer_char, usize::MAX);
        loop {
            let back = c.at;
            if c.one(|ch| ch == '-') && c.one(|ch| upper(ch) || ch.is_ascii_digit()) {
                c.many(issuer_char, usize::MAX);
                continue;
            }
            c.at = back;
            break;
        }
        Some(Groups {
            start,
            end: c.at,
            number,
            year: None,
            symbol: None,
            party: Some((kind, sep, text.get(issuer_start..c.at)?)),
        })
    }

    /// The same groups from the regex's captures.
    #[cfg(test)]
    fn from_captures(c: &regex::Captures<'a>) -> Option<Self> {
        let whole = c.get(0)?;
        let party = match (c.name("ptype"), c.name("psep"), c.name("piss")) {
            (Some(t), Some(s), Some(i)) => Some((t.as_str(), s.as_str(), i.as_str())),
            _ => None,
        };
        Some(Groups {
            start: whole.start(),
            end: whole.end(),
            number: c.name("num").or_else(|| c.name("pnum"))?.as_str(),
            year: c.name("year").map(|y| y.as_str()),
            symbol: c.name("sym").map(|s| (s.start(), s.as_str())),
            party,
        })
    }
}

/// A reading position in a text.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl Cursor<'_> {
    /// Steps over one char that `f` accepts; whether there was one.
    fn one(&mut self, f: impl Fn(char) -> bool) -> bool {
        // An ASCII byte is its char (no decoding).
        let next = match self.text.as_bytes().get(self.at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.text.get(self.at..).and_then(|t| t.chars().next()),
            None => None,
        };
        match next {
            Some(ch) if f(ch) => {
                self.at += ch.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// Steps over at most `max` chars that `f` accepts; whether there was
    /// at least one.
    fn many(&mut self, f: impl Fn(char) -> bool, max: usize) -> bool {
        let mut n = 0;
        while n < max && self.one(&f) {
            n += 1;
        }
        n > 0
    }
}

/// `[ \t]`.
fn blank(ch: char) -> bool {
    ch == ' ' || ch == '\t'
}

/// `[-–]`.
fn dash(ch: char) -> bool {
    ch == '-' || ch == '–'
}

/// `[A-ZĐ]`.
fn upper(ch: char) -> bool {
    ch.is_ascii_uppercase() || ch == 'Đ'
}

/// `[A-Za-zĐđ0-9.&]`.
fn symbol_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || matches!(ch, 'Đ' | 'đ' | '.' | '&')
}

/// Whether a symbol's first group looks like one: two or more characters,
/// capitals at least as many as small letters.
fn symbol_like(first: &str) -> bool {
    let upper = first.chars().filter(|c| c.is_uppercase()).count();
    let lower = first.chars().filter(|c| c.is_lowercase()).count();
    first.chars().count() >= 2 && upper >= 2 && upper >= lower
}

/// The type word that ends right before `pos` (after dropping "số"): its
/// kind, whether it is the generic "văn bản", and where the mention's text
/// starts. Reads back from `pos` only the words it needs (at most five,
/// within 80 bytes, after the last clause break). `buf` is scratch space.
fn type_word(text: &str, pos: usize, buf: &mut String) -> (Option<DocKind>, bool, usize) {
    /// A type's name (at most four words) and "số".
    const WORDS: usize = 5;
    let mut from = pos.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..pos).unwrap_or("");
    // The last words with their offsets, last first, stopping at a clause
    // break.
    let mut last: [(&str, usize); WORDS] = [("", 0); WORDS];
    let mut n = 0;
    let mut end: Option<usize> = None;
    let mut word_at = |s: usize, e: usize, n: &mut usize| {
        if let Some(slot) = last.get_mut(*n) {
            *slot = (before.get(s..e).unwrap_or(""), from + s);
            *n += 1;
        }
    };
    for (k, ch) in before.char_indices().rev() {
        if is_word_char(ch) {
            end.get_or_insert(k + ch.len_utf8());
            continue;
        }
        if let Some(e) = end.take() {
            word_at(k + ch.len_utf8(), e, &mut n);
        }
        if n == WORDS || matches!(ch, ';' | '.' | '(' | ')' | '\n') {
            break;
        }
    }
    // A word cut by the window's start counts as a word.
    if let Some(e) = end {
        word_at(0, e, &mut n);
    }
    let words = last.get(..n).unwrap_or(&[]);
    // `words` is last first: "số" is words[0], the type's name before it.
    let mut start_at = pos;
    let has_so = words.first().is_some_and(|(w, _)| {
        fold_into(w, buf);
        v::NUMBER_WORDS.contains(&buf.as_str())
    });
    let head = if has_so {
        start_at = words.first().map_or(pos, |w| w.1);
        words.get(1..).unwrap_or(&[])
    } else {
        words.get(..words.len().min(4)).unwrap_or(&[])
    };
    let head = head.get(..head.len().min(4)).unwrap_or(&[]);
    // The last four words folded and joined once (first word first); the
    // last k of them are a suffix of it.
    buf.clear();
    let mut offsets = [0usize; 4];
    for (i, (w, _)) in head.iter().rev().enumerate() {
        if i > 0 {
            buf.push(' ');
        }
        if let Some(o) = offsets.get_mut(i) {
            *o = buf.len();
        }
        for c in w.chars() {
            buf.push(fold_char(c));
        }
    }
    for k in (1..=head.len()).rev() {
        let at = offsets.get(head.len() - k).copied().unwrap_or(0);
        let name = buf.get(at..).unwrap_or("");
        if let Some(kind) = kinds::by_name(name) {
            let s = head.get(k - 1).map_or(start_at, |w| w.1);
            return (Some(kind), v::GENERIC_NAMES.contains(&name), s);
        }
    }
    // An abbreviated type before "số": "QĐ số 12/QĐ-UBND".
    if has_so {
        if let Some(&(w, s)) = head.first() {
            if w.chars().count() >= 2 && w.chars().next().is_some_and(char::is_uppercase) {
                if let Some(kind) = kinds::by_abbr(w) {
                    return (Some(kind), false, s);
                }
            }
        }
    }
    (None, false, start_at)
}

/// `word` (letters and digits only) folded into `buf`: what
/// `fold_words_into` gives for it.
fn fold_into(word: &str, buf: &mut String) {
    buf.clear();
    buf.extend(word.chars().map(fold_char));
}

/// The issuer after a citation: "của UBND tỉnh", up to a word that starts
/// the subject or a punctuation mark, at most ten words. `buf` and
/// `scratch` are scratch space.
fn issuer(rest: &str, buf: &mut String, scratch: &mut String) -> Option<String> {
    /// Words looked at: ten, and the one after for the stop pairs.
    const WORDS: usize = 11;
    let t = rest.trim_start_matches([' ', '\t', '\n', ',']);
    let head_end = t.char_indices().nth(4).map_or(t.len(), |(k, _)| k);
    fold_words_into(t.get(..head_end)?, usize::MAX, buf);
    if buf != v::OF {
        return None;
    }
    let body = t.get(v::OF_PRINTED_LEN.min(t.len())..)?;
    let body = body.get(body.find(|c: char| !c.is_whitespace())?..)?;
    let stop = first_stop(body);
    let body = body.get(..stop)?;
    // Words (split at white space) read and folded one at a time, each
    // only once the previous one needs it as its pair's second word. A
    // type's name is looked for (folding a little of the text after the
    // word) only at a word that can start one.
    let mut rest = body;
    let mut next_word = |buf: &mut String| {
        let s = body.len() - rest.trim_start_matches(char::is_whitespace).len();
        let tail = body.get(s..).filter(|t| !t.is_empty())?;
        let e = s + tail.find(char::is_whitespace).unwrap_or(tail.len());
        rest = body.get(e..).unwrap_or("");
        let at = buf.len();
        fold_token(body.get(s..e).unwrap_or(""), buf);
        Some((s, e, at..buf.len()))
    };
    buf.clear();
    let mut current = next_word(buf);
    let mut end = 0;
    for i in 0..WORDS - 1 {
        let Some((s, e, range)) = current.take() else {
            break;
        };
        let next = next_word(buf);
        let w = buf.get(range).unwrap_or("");
        let following = next.as_ref().and_then(|n| buf.get(n.2.clone()));
        // "w next", compared in place.
        let pair = |p: &&str| {
            following.is_some_and(|f| {
                p.len() == w.len() + 1 + f.len()
                    && p.strip_prefix(w).and_then(|r| r.strip_prefix(' ')) == Some(f)
            })
        };
        // A type's name can start only at a word that starts one (or at a
        // word of punctuation alone, folded to nothing).
        let may_name = w.is_empty() || kinds::starts_a_name(w);
        let stops = v::ISSUER_STOPS.contains(&w)
            || v::ISSUER_STOP_PAIRS.iter().any(pair)
            || w == v::AND && starts_with_name(body.get(e..).unwrap_or(""), scratch);
        if stops || i > 0 && may_name && starts_with_name(body.get(s..).unwrap_or(""), scratch) {
            break;
        }
        end = e;
        current = next;
    }
    let name = clean(body.get(..end)?);
    (!name.is_empty()).then_some(name)
}

/// `fold_words(token)` appended to `out`.
fn fold_token(token: &str, out: &mut String) {
    let start = out.len();
    let mut pending_space = false;
    for ch in token.chars() {
        if is_word_char(ch) {
            if pending_space && out.len() > start {
                out.push(' ');
            }
            pending_space = false;
            out.push(fold_char(ch));
        } else {
            pending_space = true;
        }
    }
}

/// Whether `s` starts with a document type's name (as
/// `kinds::name_prefix(&fold_words(s))` tells), folding only as much of `s`
/// as the longest name needs. `buf` is scratch space.
fn starts_with_name(s: &str, buf: &mut String) -> bool {
    fold_words_into(s, *LONGEST_NAME, buf);
    kinds::name_prefix(buf).is_some()
}

/// The folded length of the longest type name.
static LONGEST_NAME: LazyLock<usize> = LazyLock::new(|| {
    kinds::KINDS
        .iter()
        .flat_map(|e| std::iter::once(e.name).chain(e.aliases.iter().copied()))
        .map(|n| fold_words(n).len())
        .max()
        .unwrap_or(0)
});

/// The offset of the first mark that ends an issuer in `s` (`,` `;` `.`
/// `:` `(` `)` a line end, `"` or `“`), else its length. Bytewise: all but
/// `“` (E2 80 9C) are ASCII.
fn first_stop(s: &str) -> usize {
    let b = s.as_bytes();
    b.iter()
        .enumerate()
        .position(|(i, &c)| {
            matches!(c, b',' | b';' | b'.' | b':' | b'(' | b')' | b'\n' | b'"')
                || c == 0xE2 && b.get(i + 1..i + 3) == Some(&[0x80, 0x9C])
        })
        .unwrap_or(b.len())
}

/// "A, B ngày X": a mention without a date followed only by a separator
/// and another mention with one takes that date (and issuer).
fn share_dates(text: &str, mentions: &mut [Mention]) {
    for i in (0..mentions.len().saturating_sub(1)).rev() {
        let (head, tail) = mentions.split_at_mut(i + 1);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        if a.citation.date.is_some() || b.citation.date.is_none() {
            continue;
        }
        // A gap of 16 bytes or more is no list: not read at all.
        let gap = text.get(a.symbol_end..b.start).unwrap_or("x");
        let only_separators = gap.len() < 16
            && gap.chars().all(|c| !is_word_char(c) || is_letter(c))
            && fold_words(gap)
                .split(' ')
                .all(|w| w.is_empty() || v::LIST_JOINERS.contains(&w));
        if only_separators {
            a.citation.date = b.citation.date;
            if a.citation.issuer.is_none() {
                a.citation.issuer = b.citation.issuer.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Reference};

    fn run(text: &str) -> (Vec<Citation>, Vec<Diagnostic>) {
        let doc = Document {
            date: Some(PartialDate::ymd(2021, 2, 2)),
            reference: Some(Reference {
                number: Some("1294".into()),
                year: None,
                symbol: Some("UBND-VP".into()),
                span: Span::new(0, 0),
            }),
            ..Document::default()
        };
        let (joined, base) = dates::join(&crate::lines::split(text));
        extract(&joined, base, &doc)
    }

    #[test]
    fn reads_the_full_shape() {
        let (c, d) = run(
            "Thực hiện Kế hoạch số 118/KH-UBND ngày 29/7/2020 của Ủy ban nhân dân tỉnh về kiểm tra.",
        );
        assert_eq!(c.len(), 1);
        assert!(d.is_empty());
        let c = &c[0];
        assert_eq!(c.kind, Some(DocKind::KeHoach));
        assert_eq!(c.number.as_deref(), Some("118"));
        assert_eq!(c.symbol.as_deref(), Some("KH-UBND"));
        assert_eq!(c.date, NaiveDate::from_ymd_opt(2020, 7, 29));
        assert_eq!(c.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh"));
        assert_eq!(c.text, "Kế hoạch số 118/KH-UBND ngày 29/7/2020");
    }

    #[test]
    fn fold_prefix_is_a_prefix_of_fold_words() {
        let mut buf = String::new();
        for s in [
            "Quyết định số 12",
            "  , Kế   hoạch; và  Nghị quyết liên tịch của",
            "",
            "ỦY BAN NHÂN DÂN TỈNH – Sở Nội vụ (x)",
        ] {
            for max in [0, 3, 10, 200] {
                fold_words_into(s, max, &mut buf);
                let full = fold_words(s);
                assert!(full.starts_with(buf.as_str()), "{s:?} {max}");
                assert!(buf.len() > max || buf == full, "{s:?} {max}");
            }
        }
    }

    #[test]
    fn first_stop_is_the_first_stop_char() {
        let stops = [',', ';', '.', ':', '(', ')', '\n', '“', '"'];
        for t in [
            "Ủy ban nhân dân tỉnh – về việc",
            "Bộ Nội vụ ”x“ y",
            "Sở Tài chính (Phòng A), B",
            "Sở Y tế",
            "",
            "a\nb",
        ] {
            assert_eq!(first_stop(t), t.find(stops).unwrap_or(t.len()), "{t:?}");
        }
    }

    /// Every match and its groups, found by hand and by the regex.
    fn check_groups(text: &str) {
        let by_hand: Vec<(usize, usize)> = numbers(text).map(|g| (g.start, g.end)).collect();
        let by_regex: Vec<(usize, usize)> = NUMBER
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        assert_eq!(by_hand, by_regex, "{text:?}");
        for c in NUMBER.captures_iter(text) {
            let Some(by_regex) = Groups::from_captures(&c) else {
                panic!("{text:?}");
            };
            let Some(by_hand) = Groups::read(text, by_regex.start) else {
                panic!("no reading at {} in {text:?}", by_regex.start);
            };
            let key = |g: Groups<'_>| {
                format!(
                    "{:?}",
                    (g.start, g.end, g.number, g.year, g.symbol, g.party)
                )
            };
            assert_eq!(key(by_hand), key(by_regex), "{text:?}");
        }
    }

    #[test]
    fn groups_read_by_hand_are_the_regex_groups() {
        let paths = crate::fixture_paths();
        assert!(paths.len() >= 60, "{} fixtures", paths.len());
        for p in paths {
            check_groups(&std::fs::read_to_string(&p).unwrap_or_default());
        }
        // Generated strings from the pieces the pattern tells apart.
        let pieces = [
            "1",
            "12",
            "1234567",
            "a",
            "đ",
            "Đ",
            "b",
            " ",
            "\t",
            "  ",
            "/",
            "-",
            "–",
            "ồ",
            "2020",
            "1999",
            "2101",
            "20201",
            "QĐ",
            "UBND",
            "Q",
            "x",
            ".",
            "&",
            "NQ",
            "TU",
            "KH",
            "0",
            "ĐA",
            "tt",
            "QH13",
            "\n",
            "TTLT",
            "NQTWX",
            ",",
            "1-",
            "12/",
            "/2020/",
            "-NQ/",
            "NQTWXY",
            "–TU",
            "- ",
            " -",
            "/ ",
            "5đ/",
            "7a-",
            "NQ-TW",
            "01-NQ-TU",
            "2/2019/QĐ-UBND",
        ];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        for _ in 0..60_000 {
            let mut t = String::new();
            for _ in 0..(3 + next(10)) {
                t.push_str(pieces.get(next(pieces.len())).copied().unwrap_or(""));
            }
            check_groups(&t);
        }
    }

    #[test]
    fn never_cites_itself() {
        let (c, _) = run("Công văn số 1294/UBND-VP và Công văn số 1295/UBND-VP.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].number.as_deref(), Some("1295"));
    }
}
