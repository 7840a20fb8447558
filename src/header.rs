//! The header: kind, issuer (and parent), reference, place, date, subject,
//! urgency and secrecy marks.
//!
//! Takes: the normalised text and its lines. Returns: a [`Header`] with the
//! fields, their spans (in the normalised text), the header lines that are
//! no field (the motto, rules), the index of the first body line, and
//! diagnostics.
//!
//! Lines are classified by content, not by position, because dumps flatten
//! the two-column header table in every order (side by side on one line, row
//! by row, or one column after the other). A line may hold several pieces:
//! issuer and motto, or number and date. Documents with no header at all
//! (news reports on a document) are read from their title line and lead.

use std::ops::Range;

use crate::diagnostic::{Diagnostic, codes};
use crate::lines::Line;
use crate::markers;
use crate::model::{
    BodyParagraph, Confidentiality, DocKind, HeaderSpans, Issuer, PartialDate, Reference, Role,
    Urgency,
};
use crate::span::Span;
use crate::text::{
    clean, clean_item, fold_char, fold_key_offsets, fold_words, is_upper, is_word_char,
};
use crate::vocab::header as vocab;
use crate::vocab::kinds;

/// How far down a header is looked for.
const MAX_HEADER_LINES: usize = 60;
/// A mixed-case line longer than this (in bytes) is prose: the body has begun.
const PROSE_LEN: usize = 160;
/// Any line longer than this is prose, header or not.
const LONG_PROSE_LEN: usize = 600;
/// How far into a paragraph a news lead's document is looked for, in bytes.
const LEAD_LEN: usize = 480;
/// How many non-blank lines may pass before a header shows itself.
const UNANCHORED_LINES: usize = 12;
/// Header pieces (motto, marks) are short; longer lines are not looked at for them.
const SHORT_LINE: usize = 240;

/// What the header stage found.
#[derive(Debug, Default)]
pub(crate) struct Header {
    pub kind: Option<DocKind>,
    pub issuer: Option<Issuer>,
    pub reference: Option<Reference>,
    pub place: Option<String>,
    pub date: Option<PartialDate>,
    pub subject: Option<String>,
    pub urgency: Option<Urgency>,
    pub confidentiality: Option<Confidentiality>,
    pub spans: HeaderSpans,
    /// Header lines that are no field.
    pub leftovers: Vec<BodyParagraph>,
    /// Index of the first line after the header.
    pub body_start: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// A piece of a line: its text and where it starts in the normalised text.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Piece<'a> {
    fn of(line: &Line<'a>) -> Piece<'a> {
        Piece {
            text: line.text,
            start: line.start,
        }
    }

    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The sub-piece `range` of this piece, trimmed.
    fn sub(&self, from: usize, to: usize) -> Piece<'a> {
        let raw = self.text.get(from..to).unwrap_or("");
        let lead = raw.len() - raw.trim_start().len();
        Piece {
            text: raw.trim(),
            start: self.start + from + lead,
        }
    }
}

/// The scan's state.
#[derive(Default)]
struct Scan<'a> {
    h: Header,
    issuer_parts: Vec<Piece<'a>>,
    issuer_closed: bool,
    /// A number, date, motto or title has been seen.
    anchored: bool,
    title_kind: Option<(DocKind, Span)>,
    has_vv: bool,
    symbol_kind: Option<(DocKind, Span)>,
}

/// Reads the header of `lines`.
pub(crate) fn extract(lines: &[Line<'_>]) -> Header {
    let mut s = Scan::default();
    let limit = lines.len().min(MAX_HEADER_LINES);
    let mut i = 0;
    let mut body_start = None;
    let mut seen = 0;
    while i < limit {
        let line = &lines[i];
        if line.is_blank() {
            i += 1;
            continue;
        }
        // A header shows itself within its first lines; prose without one
        // is a news report (or no document at all).
        seen += 1;
        if !s.anchored && seen > UNANCHORED_LINES {
            break;
        }
        if opens_body(line.text, s.anchored) {
            body_start = Some(i);
            break;
        }
        match line_pieces(&mut s, lines, i) {
            Some(next) => i = next,
            None => {
                body_start = Some(i);
                break;
            }
        }
    }
    let body_start = body_start.unwrap_or(i);
    if !s.anchored && s.issuer_parts.is_empty() {
        return news_style(lines);
    }
    finish(s, lines, body_start)
}

/// Whether `text` opens the body: "Kính gửi", "Căn cứ", an enumerated item,
/// or (once the header has begun) a long line of prose.
fn opens_body(text: &str, anchored: bool) -> bool {
    if vocab::opens_body(text) {
        return true;
    }
    if let Some(m) = markers::parse(text) {
        // A "-" line right under the header is a list of the body; a "Số"
        // line never parses as a marker.
        if !matches!(m.family, markers::Family::Star) {
            return true;
        }
    }
    let prose = text.len() > LONG_PROSE_LEN || anchored && text.len() > PROSE_LEN;
    prose && !is_upper(text) && !vocab::has_subject_prefix(text)
}

/// Classifies line `i` (and the lines it pulls in). Returns the index of the
/// next line to look at, or `None` when the line belongs to the body.
fn line_pieces<'a>(s: &mut Scan<'a>, lines: &[Line<'a>], i: usize) -> Option<usize> {
    let line = &lines[i];
    let piece = Piece::of(line);

    if is_rule(piece.text) {
        if !s.issuer_parts.is_empty() {
            s.issuer_closed = true;
        }
        leftover(s, piece);
        return Some(i + 1);
    }

    // Table cells flattened with "|": each cell is a piece of its own.
    if piece.text.contains('|') {
        let mut from = 0;
        for (at, _) in piece
            .text
            .match_indices('|')
            .chain(std::iter::once((piece.text.len(), "")))
        {
            let cell = piece.sub(from, at);
            if !cell.text.is_empty() {
                match find_motto(cell.text) {
                    Some(_) => {
                        s.anchored = true;
                        leftover(s, cell);
                    }
                    None => simple_piece(s, cell),
                }
            }
            from = at + 1;
        }
        let bar = Piece {
            text: "|",
            start: piece.start + piece.text.find('|').unwrap_or(0),
        };
        leftover(s, bar);
        return Some(i + 1);
    }

    // The motto, possibly with the issuer (or more) beside it.
    if let Some((from, to)) = find_motto(piece.text) {
        s.anchored = true;
        let before = piece.sub(0, from);
        let motto = piece.sub(from, to);
        let after = piece.sub(to, piece.text.len());
        if !before.text.is_empty() {
            simple_piece(s, before);
        }
        leftover(s, motto);
        if !after.text.is_empty() && find_motto(after.text).is_none() {
            simple_piece(s, after);
        } else if !after.text.is_empty() {
            leftover(s, after);
        }
        return Some(i + 1);
    }

    // "Số:" alone, the number on the next line.
    if vocab::is_number_label(piece.text) {
        if let Some(j) = next_non_blank(lines, i + 1) {
            const LABEL: &str = "Số: ";
            let next = &lines[j];
            let joined = format!("{LABEL}{}", next.text);
            if let Some(c) = vocab::Number::read(&joined) {
                let end_in_next = c.end.saturating_sub(LABEL.len());
                let span = Span::new(piece.start, next.start + end_in_next);
                reference_from(s, &joined, &c, span);
                let rest = Piece {
                    text: next.text,
                    start: next.start,
                }
                .sub(end_in_next.min(next.text.len()), next.text.len());
                if !rest.text.is_empty() {
                    return Some(date_piece(s, lines, j, rest).unwrap_or(j + 1));
                }
                return Some(j + 1);
            }
        }
    }

    // Subject of a công văn: "V/v ..." and its continuation lines.
    if vocab::has_subject_prefix(piece.text) && s.h.subject.is_none() {
        s.anchored = true;
        s.has_vv = true;
        let mut end = i + 1;
        let mut last = i;
        while end < lines.len() {
            let l = &lines[end];
            if l.is_blank() || !continues_subject(l.text) {
                break;
            }
            last = end;
            end += 1;
        }
        let span = Span::new(line.start, lines[last].end);
        let joined: Vec<&str> = lines[i..=last].iter().map(|l| l.text).collect();
        let joined = joined.join(" ");
        let body = vocab::SUBJECT_PREFIX.replace(&joined, "");
        set_subject(s, &body, span);
        s.h.spans.kind.get_or_insert(span);
        return Some(end);
    }

    // What the tests below ask of the line, found once: whether it is in
    // capitals, and its fold (made when first needed).
    let upper = is_upper(piece.text);
    let mut folded = None;

    // A title line: "THÔNG BÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH Triển khai ...".
    if let Some(next) = title(s, lines, i, upper, &mut folded) {
        return Some(next);
    }

    // A number line, a date line, a mark, an issuer line.
    if let Some(next) = date_or_number(s, lines, i, piece) {
        return Some(next);
    }
    if mark(s, piece, upper, &mut folded) {
        return Some(i + 1);
    }
    if upper {
        if s.title_kind.is_some() {
            // A capitals line after the title: the authority line of a
            // decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X") opens the body.
            return None;
        }
        // Issuer lines stand above the number (in any column order).
        if s.h.reference.is_none() && !s.issuer_closed {
            s.issuer_parts.push(piece);
            return Some(i + 1);
        }
        leftover(s, piece);
        return Some(i + 1);
    }
    if s.anchored {
        // Mixed-case prose after the header has begun: the body.
        return None;
    }
    leftover(s, piece);
    Some(i + 1)
}

/// A piece cut from a line that held the motto: issuer, number, date or mark.
fn simple_piece<'a>(s: &mut Scan<'a>, piece: Piece<'a>) {
    if let Some(c) = vocab::Number::read(piece.text) {
        number_then_date(s, piece, &c);
        return;
    }
    if let Some(c) = vocab::PlaceDate::find(piece.text) {
        place_date_found(s, piece, None, piece.text, c);
        return;
    }
    let upper = is_upper(piece.text);
    if mark(s, piece, upper, &mut None) {
        return;
    }
    if upper && !s.issuer_closed && s.h.reference.is_none() {
        s.issuer_parts.push(piece);
    } else {
        leftover(s, piece);
    }
}

/// A number line or a place-and-date line (or both on one line). Returns
/// the index of the next line to look at when the line was one.
fn date_or_number<'a>(
    s: &mut Scan<'a>,
    lines: &[Line<'a>],
    i: usize,
    piece: Piece<'a>,
) -> Option<usize> {
    if let Some(c) = vocab::Number::read(piece.text) {
        number_then_date(s, piece, &c);
        return Some(i + 1);
    }
    // Every date line holds "ngày" in some case: a cheap test first.
    let has_day = piece.text.contains("gày") || piece.text.contains("GÀY");
    if !has_day {
        return None;
    }
    if let Some(c) = vocab::PlaceDate::find(piece.text) {
        place_date_found(s, piece, None, piece.text, c);
        return Some(i + 1);
    }
    if vocab::PLACE_DATE_CUT.is_match(piece.text) {
        return cut_date(s, lines, i, piece);
    }
    None
}

/// A piece starting with "Số" (read as `c`), with maybe a place and date
/// after it.
fn number_then_date<'a>(s: &mut Scan<'a>, piece: Piece<'a>, c: &vocab::Number) {
    let span = Span::new(piece.start, piece.start + c.end);
    reference_from(s, piece.text, c, span);
    let rest = piece.sub(c.end, piece.text.len());
    if !rest.text.is_empty() {
        place_date(s, rest, None);
    }
}

/// A place-and-date piece of line `i`, joining the next line when the date
/// was cut after the day ("Kon Tum, ngày 25" / "tháng 01 năm 2024").
/// Returns the index of the next line to look at.
fn date_piece<'a>(
    s: &mut Scan<'a>,
    lines: &[Line<'a>],
    i: usize,
    piece: Piece<'a>,
) -> Option<usize> {
    if let Some(c) = vocab::PlaceDate::find(piece.text) {
        place_date_found(s, piece, None, piece.text, c);
        return Some(i + 1);
    }
    cut_date(s, lines, i, piece)
}

/// A place-and-date piece of line `i` that holds no whole date: read with
/// the next line when that goes on with "tháng".
fn cut_date<'a>(s: &mut Scan<'a>, lines: &[Line<'a>], i: usize, piece: Piece<'a>) -> Option<usize> {
    let j = next_non_blank(lines, i + 1)?;
    let next = &lines[j];
    if fold_words(next.text).starts_with("thang") {
        place_date(s, piece, Some(next));
        return Some(j + 1);
    }
    None
}

/// Reads "Place, ngày d tháng m năm y" from `piece` (joined with `cont` when
/// the date runs onto the next line).
fn place_date<'a>(s: &mut Scan<'a>, piece: Piece<'a>, cont: Option<&Line<'a>>) {
    let joined;
    let text = match cont {
        Some(next) => {
            joined = format!("{} {}", piece.text, next.text);
            joined.as_str()
        }
        None => piece.text,
    };
    match vocab::PlaceDate::find(text) {
        Some(c) => place_date_found(s, piece, cont, text, c),
        None => leftover(s, piece),
    }
}

/// Fills the place and date from `c`, the match of the place-and-date
/// pattern in `text` (`piece`, joined with `cont` when there is one).
fn place_date_found<'a>(
    s: &mut Scan<'a>,
    piece: Piece<'a>,
    cont: Option<&Line<'a>>,
    text: &str,
    c: vocab::PlaceDate,
) {
    s.anchored = true;
    let whole = c.whole.clone();
    // Offsets past the first piece fall on the continuation line.
    let at = |off: usize| -> usize {
        if off <= piece.text.len() {
            piece.start + off
        } else {
            cont.map_or(piece.start + piece.text.len(), |n| {
                n.start + (off - piece.text.len() - 1).min(n.text.len())
            })
        }
    };
    if whole.start > 0 && s.h.reference.is_none() {
        // Something before the place: an issuer part on a flattened row.
        let before = piece.sub(0, whole.start.min(piece.text.len()));
        if !before.text.is_empty() {
            simple_piece(s, before);
        }
    }
    if let Some(p) = c.place.clone() {
        if s.h.place.is_none() {
            s.h.place = Some(clean(text.get(p.clone()).unwrap_or("")));
            s.h.spans.place = Some(Span::new(at(p.start), at(p.end)));
        }
    }
    if s.h.date.is_some() {
        return;
    }
    let date_start = c.place.as_ref().map_or(whole.start, |_| {
        text[..whole.end].rfind(',').map_or(whole.start, |p| p + 1)
    });
    let span = Span::new(
        at(date_start + (text[date_start..].len() - text[date_start..].trim_start().len())),
        at(whole.end),
    );
    s.h.spans.date = Some(span);
    let num = |r: &Option<std::ops::Range<usize>>| {
        r.clone()
            .and_then(|r| text.get(r))
            .and_then(|t| t.parse::<u32>().ok())
    };
    let year = text.get(c.y.clone()).and_then(|t| t.parse::<i32>().ok());
    let month = num(&c.m).or_else(|| num(&c.m2));
    let day = num(&c.d);
    if let Some(year) = year {
        s.h.date = Some(header_date(&mut s.h.diagnostics, year, month, day, span));
    }
}

/// The date of the header, reduced where parts are blank or impossible,
/// with a diagnostic for each such part.
pub(crate) fn header_date(
    diags: &mut Vec<Diagnostic>,
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    span: Span,
) -> PartialDate {
    let Some(m) = month.filter(|m| (1..=12).contains(m)) else {
        let code = if month.is_some() {
            codes::DATE_INVALID
        } else {
            codes::DATE_MONTH_BLANK
        };
        diags.push(Diagnostic::warning(
            code,
            "the month of the date is blank or impossible; only the year is given",
            Some(span),
        ));
        return PartialDate::y(year);
    };
    let Some(d) = day else {
        diags.push(Diagnostic::warning(
            codes::DATE_DAY_BLANK,
            "the day of the date is blank (a draft?); the date is given as year and month",
            Some(span),
        ));
        return PartialDate::ym(year, m);
    };
    if chrono::NaiveDate::from_ymd_opt(year, m, d).is_none() {
        diags.push(Diagnostic::warning(
            codes::DATE_INVALID,
            format!(
                "{d:02}/{m:02}/{year} is not a calendar date; the date is given as year and month"
            ),
            Some(span),
        ));
        return PartialDate::ym(year, m);
    }
    PartialDate::ymd(year, m, d)
}

/// Fills the reference from a match `c` of `vocab::NUMBER` in `text`.
fn reference_from(s: &mut Scan<'_>, text: &str, c: &vocab::Number, span: Span) {
    s.anchored = true;
    if s.h.reference.is_some() {
        return;
    }
    let group = |r: &Option<std::ops::Range<usize>>| r.clone().and_then(|r| text.get(r));
    let (number, year, symbol, type_code) = if let Some(sym) = group(&c.sym) {
        let symbol = tidy_symbol(sym);
        let first = symbol.split('-').next().unwrap_or("").to_string();
        (
            group(&c.num).map(str::to_string),
            group(&c.year).and_then(|y| y.parse().ok()),
            symbol,
            first,
        )
    } else {
        let ptype = group(&c.ptype).unwrap_or("");
        let piss = group(&c.piss).map_or(String::new(), tidy_symbol);
        (
            group(&c.pnum).map(str::to_string),
            None,
            format!("{ptype}/{piss}"),
            ptype.to_string(),
        )
    };
    if number.is_none() {
        s.h.diagnostics.push(Diagnostic::warning(
            codes::NUMBER_BLANK,
            "\"Số:\" is printed but the number is blank (an unnumbered draft)",
            Some(span),
        ));
    }
    if let Some(kind) = symbol_kind(&type_code, year.is_some()) {
        s.symbol_kind = Some((kind, span));
    }
    s.h.reference = Some(Reference {
        number,
        year,
        symbol: (!symbol.is_empty()).then_some(symbol),
        span,
    });
}

/// The document type a symbol's first group names, if it is a type code.
/// A hyphen lost in a dump ("QĐUBND") still yields the type prefix.
pub(crate) fn symbol_kind(first_group: &str, normative: bool) -> Option<DocKind> {
    if let Some(k) = kinds::by_abbr(first_group) {
        return Some(k);
    }
    if first_group.starts_with("QH") && normative {
        return Some(DocKind::Luat);
    }
    // "QĐUBND", "TTrSNV": a known type code glued to the issuer code.
    for len in (1..=4).rev() {
        let Some((cut, _)) = first_group.char_indices().nth(len) else {
            continue;
        };
        let (head, tail) = first_group.split_at(cut);
        // The issuer code first: a cheaper test than the type code's.
        if tail.chars().next().is_some_and(char::is_uppercase)
            && head.chars().count() >= 2
            && issuer_code(tail)
        {
            if let Some(k) = kinds::by_abbr(head) {
                return Some(k);
            }
        }
    }
    None
}

/// Whether `code` begins with an issuer's symbol code (`UBND`, `BNV`, a
/// provincial department `S…` such as `SNV`, `SGDĐT`).
fn issuer_code(code: &str) -> bool {
    let department = code
        .strip_prefix('S')
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    department || vocab::ISSUER_CODES.iter().any(|p| code.starts_with(p))
}

/// A symbol without the spaces a dump put around its hyphens, and without a
/// trailing dot.
fn tidy_symbol(s: &str) -> String {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    t.trim_end_matches(['.', '-']).to_string()
}

/// A title line, with its subject on the same line or the next ones.
/// Returns the index after what it consumed.
/// `upper` says whether the line is in capitals; `folded` holds its fold
/// once made.
fn title<'a>(
    s: &mut Scan<'a>,
    lines: &[Line<'a>],
    i: usize,
    upper: bool,
    folded: &mut Option<String>,
) -> Option<usize> {
    let line = &lines[i];
    if s.title_kind.is_some() || !upper || line.text.ends_with(':') {
        return None;
    }
    let folded = folded.get_or_insert_with(|| fold_words(line.text));
    let (kind, name_len, first_line_end) = match kinds::name_prefix(folded) {
        Some((k, n)) => (k, n, i),
        None => {
            // "QUYẾT" / "ĐỊNH": a title split over two lines.
            let j = next_non_blank(lines, i + 1)?;
            if line.text.contains(' ') || !is_upper(lines[j].text) {
                return None;
            }
            let two = format!("{} {}", folded, fold_words(lines[j].text));
            let k = kinds::by_name(&two)?;
            (k, two.len(), j)
        }
    };
    // Issuer lines come first; a title is never above the issuer block, but
    // "BỘ LUẬT" or "HỘI ĐỒNG" lines are issuer words, checked by name_prefix.
    if !s.anchored
        && s.issuer_parts.is_empty()
        && first_line_end == i
        && folded.len() > name_len + 40
    {
        return None;
    }
    s.anchored = true;
    let title_span = Span::new(line.start, lines[first_line_end].end);
    s.title_kind = Some((kind, title_span));
    s.h.spans.kind = Some(title_span);
    // The subject: what follows the type name on the title line, then the
    // lines below it up to a blank line that follows some subject text.
    let mut parts: Vec<(&str, Span)> = Vec::new();
    if first_line_end == i && name_len < folded.len() {
        let cut = cut_after_words(line.text, name_len);
        let rest = line.text[cut..].trim();
        if !rest.is_empty() {
            let start = line.start + line.text.len() - line.text[cut..].trim_start().len();
            parts.push((rest, Span::new(start, start + rest.len())));
        }
    }
    let mut j = first_line_end + 1;
    let mut blanks = 0;
    while j < lines.len() && j < first_line_end + 12 {
        let l = &lines[j];
        if l.is_blank() {
            if !parts.is_empty() {
                break;
            }
            blanks += 1;
            if blanks > 2 {
                break;
            }
            j += 1;
            continue;
        }
        // "THỦ TƯỚNG CHÍNH PHỦ điện:" opens a công điện's body.
        if is_rule(l.text)
            || l.text.ends_with(':')
            || vocab::opens_body(l.text)
            || markers::parse(l.text).is_some()
        {
            break;
        }
        let subject_is_caps = parts.first().is_some_and(|(t, _)| is_upper(t));
        if is_upper(l.text) && authority_line(l.text) {
            break;
        }
        if !parts.is_empty() && is_upper(l.text) && !subject_is_caps {
            break;
        }
        parts.push((l.text, l.span()));
        j += 1;
    }
    if let (Some(first), Some(last)) = (parts.first(), parts.last()) {
        let span = first.1.cover(last.1);
        let joined: Vec<&str> = parts.iter().map(|p| p.0).collect();
        let joined = joined.join(" ");
        let body = vocab::SUBJECT_PREFIX.replace(&joined, "");
        set_subject(s, &body, span);
    }
    Some(j)
}

/// Whether a capitals line is the authority line of a decision
/// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X").
fn authority_line(text: &str) -> bool {
    let f = fold_words(text);
    vocab::AUTHORITY_OPENINGS
        .iter()
        .any(|w| f.starts_with(w) && f[w.len()..].starts_with(' '))
}

/// The byte offset in `text` just after its first folded words of total
/// folded length `n` (see `fold_words`).
fn cut_after_words(text: &str, n: usize) -> usize {
    let mut folded_len = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if !in_word && folded_len > 0 {
                folded_len += 1; // the space between words
            }
            in_word = true;
            folded_len += 1;
            if folded_len >= n {
                return i + c.len_utf8();
            }
        } else {
            in_word = false;
        }
    }
    text.len()
}

fn set_subject(s: &mut Scan<'_>, body: &str, span: Span) {
    let subject = clean_item(body);
    if subject.is_empty() {
        return;
    }
    s.h.subject = Some(subject);
    s.h.spans.subject = Some(span);
}

/// Whether a line continues a "V/v" subject.
fn continues_subject(text: &str) -> bool {
    !(vocab::opens_body(text)
        || vocab::Number::read(text).is_some()
        || vocab::PlaceDate::is_in(text)
        || find_motto(text).is_some()
        || markers::parse(text).is_some()
        || is_rule(text)
        || mark_of(text).is_some())
}

/// An urgency or secrecy mark, alone on its piece. `upper` says whether
/// the piece is in capitals; `folded` holds its fold once made.
fn mark<'a>(s: &mut Scan<'a>, piece: Piece<'a>, upper: bool, folded: &mut Option<String>) -> bool {
    let may_mark = short_for_mark(piece.text, upper);
    if !may_mark && piece.text.len() > 40 {
        return false;
    }
    // One fold for both lists.
    let f = folded.get_or_insert_with(|| fold_words(piece.text));
    let found = if may_mark { mark_in(f) } else { None };
    let Some(m) = found else {
        if piece.text.len() <= 40 && vocab::CIRCULATION.iter().any(|c| f == c) {
            leftover(s, piece);
            return true;
        }
        return false;
    };
    match m {
        vocab::Mark::Urgency(u) => {
            s.h.urgency.get_or_insert(u);
            s.h.spans.urgency.get_or_insert(piece.span());
        }
        vocab::Mark::Secrecy(c) => {
            s.h.confidentiality.get_or_insert(c);
            s.h.spans.confidentiality.get_or_insert(piece.span());
        }
    }
    true
}

fn mark_of(text: &str) -> Option<vocab::Mark> {
    if !may_be_mark(text) {
        return None;
    }
    mark_in(&fold_words(text))
}

/// Whether `text` is short enough to be a mark.
fn may_be_mark(text: &str) -> bool {
    let n = text.chars().count();
    n <= 24 && (n <= 12 || is_upper(text))
}

/// [`may_be_mark`] for a piece known to be in capitals or not (`upper`).
fn short_for_mark(text: &str, upper: bool) -> bool {
    let n = text.chars().count();
    n <= 24 && (n <= 12 || upper)
}

/// The mark whose fold is `folded`.
fn mark_in(folded: &str) -> Option<vocab::Mark> {
    vocab::MARKS
        .iter()
        .find(|(k, _)| folded == *k)
        .map(|(_, m)| *m)
}

/// Where the motto (or Party / Đoàn header) begins and ends in `text`.
///
/// The keys are looked for in the fold of `text` (see `fold_key_offsets`),
/// and only from a char that folds to "c" or "d", where every key starts,
/// when the two folded letters after it can go on a key ([`may_continue`]):
/// the others are skipped without being folded. A line that holds a letter
/// of another script before the motto is read by [`find_motto_in_fold`], as
/// it always has been (a folded byte offset taken for a char index).
fn find_motto(text: &str) -> Option<(usize, usize)> {
    if text.len() < 10 || text.len() > SHORT_LINE {
        return None;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (len, first) = if b.is_ascii() {
            (1, Some(b | 0x20).filter(|f| matches!(f, b'c' | b'd')))
        } else if may_fold_to_c_or_d(b, bytes.get(i + 1).copied().unwrap_or(0)) {
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            let f = Some(fold_char(c)).filter(|f| is_word_char(c) && matches!(f, 'c' | 'd'));
            (c.len_utf8(), f.map(|f| f as u8))
        } else {
            (utf8_len(b), None)
        };
        if first.is_some_and(|f| may_continue(text, i + len, f)) {
            if let Some(found) = motto_at(text, i) {
                let other_script = text
                    .get(..i)?
                    .chars()
                    .any(|c| !c.is_ascii() && is_word_char(c) && !fold_char(c).is_ascii());
                return if other_script {
                    find_motto_in_fold(text)
                } else {
                    Some(found)
                };
            }
        }
        i += len;
    }
    None
}

/// Whether the char whose UTF-8 begins with the bytes `lead`, `next` may
/// fold to "c" or "d" (`Ç Ð Ć .. đ Ɖ ɖ Ḉ .. ḓ`).
fn may_fold_to_c_or_d(lead: u8, next: u8) -> bool {
    matches!(
        (lead, next),
        (0xC3, 0x87 | 0x90 | 0xA7 | 0xB0)
            | (0xC4, 0x86..=0x91)
            | (0xC6, 0x89)
            | (0xC9, 0x96)
            | (0xE1, 0xB8)
    )
}

/// Whether the letters from `at`, right after a char that folds to
/// `first`, may go on a key: the next two folded letters (chars that are
/// no letter or digit are skipped, as the fold skips them) make with
/// `first` the first three letters of a [`vocab::MOTTO_KEYS`] key.
fn may_continue(text: &str, at: usize, first: u8) -> bool {
    let mut next = folds(text, at).map(|(f, _)| f);
    let (Some(a), Some(b)) = (next.next(), next.next()) else {
        return false;
    };
    vocab::MOTTO_KEYS.iter().any(|k| {
        let mut head = k.chars();
        head.next() == Some(char::from(first)) && head.next() == Some(a) && head.next() == Some(b)
    })
}

/// The length of the UTF-8 char whose first byte is `lead`.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The motto keys at `at` (a char that folds to "c" or "d"): the longest
/// key there and the keys that follow it, as the byte range they cover.
/// The keys are followed together, char by char, while any still matches.
fn motto_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let keys = vocab::MOTTO_KEYS;
    let mut alive = (1u32 << keys.len()) - 1;
    let mut longest: Option<(usize, usize)> = None;
    for (n, (f, end)) in folds(text, at).enumerate() {
        let mut left = alive;
        while left != 0 {
            let k = left.trailing_zeros() as usize;
            left &= left - 1;
            let Some(key) = keys.get(k) else {
                break;
            };
            if key.as_bytes().get(n).map(|&b| char::from(b)) != Some(f) {
                alive &= !(1 << k);
            } else if n + 1 == key.len() {
                alive &= !(1 << k);
                if longest.is_none_or(|(len, _)| key.len() > len) {
                    longest = Some((key.len(), end));
                }
            }
        }
        if alive == 0 {
            break;
        }
    }
    let (_, mut end) = longest?;
    // A full Quốc hiệu followed by the Tiêu ngữ on the same line.
    for k in keys {
        if let Some(e) = key_end(text, end, k) {
            end = e;
        }
    }
    Some((at, end))
}

/// Where the fold of `text` from `at` begins with `key`: the end of the
/// char that folds to its last letter.
fn key_end(text: &str, at: usize, key: &str) -> Option<usize> {
    let mut ends = folds(text, at);
    let mut end = at;
    for b in key.bytes() {
        let (f, e) = ends.next()?;
        if f != char::from(b) {
            return None;
        }
        end = e;
    }
    Some(end)
}

/// The letters and digits of `text` from `at`, folded with `fold_char`
/// (as `fold_key_offsets` folds them), each with the end of its char.
fn folds(text: &str, at: usize) -> impl Iterator<Item = (char, usize)> + '_ {
    let rest = text.get(at..).unwrap_or("");
    rest.char_indices().filter_map(move |(i, c)| {
        let f = if c.is_ascii() {
            c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase())?
        } else {
            is_word_char(c).then(|| fold_char(c))?
        };
        Some((f, at + i + c.len_utf8()))
    })
}

/// [`find_motto`] on the whole fold of `text` (whose byte offsets it takes
/// for char indices, as they are while every folded char is ASCII).
fn find_motto_in_fold(text: &str) -> Option<(usize, usize)> {
    let (folded, offsets) = fold_key_offsets(text);
    // Every key starts with "c" or "d": try the keys only there, longest first.
    let (at, key) = folded.bytes().enumerate().find_map(|(p, b)| {
        if b != b'c' && b != b'd' {
            return None;
        }
        let rest = folded.get(p..)?;
        let key = vocab::MOTTO_KEYS
            .iter()
            .filter(|k| rest.starts_with(**k))
            .max_by_key(|k| k.len())?;
        Some((p, *key))
    })?;
    // Folded chars are ASCII: folded byte offsets are char indices.
    let mut end_char = at + key.len();
    // A full Quốc hiệu followed by the Tiêu ngữ on the same line.
    for k in vocab::MOTTO_KEYS {
        if folded[end_char..].starts_with(k) {
            end_char += k.len();
        }
    }
    let from = *offsets.get(at)?;
    let last = *offsets.get(end_char - 1)?;
    let to = last + text[last..].chars().next().map_or(1, char::len_utf8);
    Some((from, to))
}

/// A rule line: dashes, underscores, stars, box-drawing, `|`.
fn is_rule(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '-' | '_' | '=' | '*' | '─' | '━' | '—' | '–' | '.' | '|' | '~'
                )
        })
}

fn next_non_blank(lines: &[Line<'_>], from: usize) -> Option<usize> {
    (from..lines.len().min(from + 3)).find(|&j| !lines[j].is_blank())
}

fn leftover(s: &mut Scan<'_>, piece: Piece<'_>) {
    if piece.text.is_empty() {
        return;
    }
    s.h.leftovers.push(BodyParagraph {
        role: Role::Header,
        text: clean(piece.text),
        span: piece.span(),
    });
}

/// Builds the header from the scan: the issuer from its lines, the kind from
/// title, "V/v" or symbol, and the cross-checks.
fn finish(mut s: Scan<'_>, lines: &[Line<'_>], body_start: usize) -> Header {
    let issuer = issuer_from(&s.issuer_parts);
    s.h.issuer = issuer;
    if let (Some(iss), Some(place)) = (s.h.issuer.as_mut(), s.h.place.as_deref()) {
        if let Some(d) = respell_locality(iss, place) {
            s.h.diagnostics.push(d);
        }
    }
    if s.h.issuer.is_none() {
        s.h.diagnostics.push(Diagnostic::info(
            codes::ISSUER_MISSING,
            "no issuing body is printed in the header",
            None,
        ));
    }
    let addressed = lines
        .get(body_start..)
        .and_then(|ls| ls.iter().find(|l| !l.is_blank()))
        .is_some_and(|l| fold_words(l.text).starts_with("kinh g"));
    s.h.kind = match (s.title_kind, s.has_vv, s.symbol_kind) {
        (Some((t, _)), _, Some((sym, span))) => {
            if t != sym && !(t == DocKind::QuyDinh && sym == DocKind::QuyetDinh) {
                s.h.diagnostics.push(Diagnostic::warning(
                    codes::KIND_CONFLICT,
                    format!(
                        "the title says {} but the symbol's type code says {}",
                        t.name(),
                        sym.name()
                    ),
                    Some(span),
                ));
            }
            Some(t)
        }
        (Some((t, _)), _, None) => Some(t),
        (None, true, _) => Some(DocKind::CongVan),
        (None, false, Some((k, span))) => {
            s.h.spans.kind = Some(span);
            Some(k)
        }
        (None, false, None) if addressed || s.h.reference.is_some() => {
            s.h.spans.kind = s.h.reference.as_ref().map(|r| r.span);
            Some(DocKind::CongVan)
        }
        _ => None,
    };
    if s.h.kind.is_none() {
        s.h.diagnostics.push(Diagnostic::warning(
            codes::KIND_UNKNOWN,
            "the document type cannot be told",
            None,
        ));
    }
    if s.h.reference.is_none() {
        s.h.diagnostics.push(Diagnostic::info(
            codes::REFERENCE_MISSING,
            "no \"Số, ký hiệu\" line",
            None,
        ));
    }
    if s.h.date.is_none() {
        s.h.diagnostics.push(Diagnostic::warning(
            codes::DATE_MISSING,
            "no place-and-date line",
            None,
        ));
    }
    if s.h.subject.is_none() && s.h.kind.is_some() {
        s.h.diagnostics.push(Diagnostic::info(
            codes::SUBJECT_MISSING,
            "no subject (trích yếu)",
            None,
        ));
    }
    s.h.body_start = body_start;
    s.h
}

/// The issuer (and its superior) from its capitals lines, in order.
fn issuer_from(parts: &[Piece<'_>]) -> Option<Issuer> {
    let first = parts.first()?;
    let last = parts.last()?;
    let span = first.span().cover(last.span());
    // Group the lines into names: a line joins the name above unless that
    // name is whole and the line begins a unit of its own.
    let mut groups: Vec<Vec<&str>> = Vec::new();
    for p in parts {
        let f = fold_words(p.text);
        let starts_unit = starts_with_any(&f, vocab::UNIT_NOUNS);
        let continues = starts_with_any(&f, vocab::CONTINUATION_WORDS);
        match groups.last_mut() {
            Some(g) => {
                let above = fold_words(&g.join(" "));
                let whole = !vocab::BARE_BODIES.contains(&above.as_str())
                    && !ends_with_any(&above, vocab::ADMIN_UNITS)
                    && !ends_with_any(&above, vocab::CONTINUATION_WORDS)
                    && !g.last().is_some_and(|t| t.ends_with([',', '-', '&']));
                if whole && starts_unit && !continues {
                    groups.push(vec![p.text]);
                } else {
                    g.push(p.text);
                }
            }
            None => groups.push(vec![p.text]),
        }
    }
    let name = clean(&groups.pop()?.join(" "));
    let parent = (!groups.is_empty()).then(|| {
        clean(
            &groups
                .iter()
                .map(|g| g.join(" "))
                .collect::<Vec<_>>()
                .join(" "),
        )
    });
    Some(Issuer { name, parent, span })
}

fn starts_with_any(folded: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        folded.starts_with(w) && (folded.len() == w.len() || folded[w.len()..].starts_with(' '))
    })
}

fn ends_with_any(folded: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        folded.ends_with(w)
            && (folded.len() == w.len() || folded[..folded.len() - w.len()].ends_with(' '))
    })
}

/// A local issuer writes its own unit's name in the place line. When the
/// issuer's last words are that name with other tone marks ("TỈNH TUYỀN
/// QUANG" above "Tuyên Quang, ngày ..."), the place's spelling is taken and a
/// diagnostic says so.
fn respell_locality(issuer: &mut Issuer, place: &str) -> Option<Diagnostic> {
    let place_up = place.to_uppercase();
    let words: Vec<&str> = issuer.name.split(' ').collect();
    let n = place_up.split(' ').count();
    if n == 0 || words.len() <= n {
        return None;
    }
    let tail = words[words.len() - n..].join(" ");
    if tail == place_up || fold_words(&tail) != fold_words(&place_up) {
        return None;
    }
    let fixed = format!("{} {}", words[..words.len() - n].join(" "), place_up);
    let d = Diagnostic::warning(
        codes::ISSUER_SPELLING,
        format!(
            "the issuer's locality is printed \"{tail}\" but the place line says \"{place}\"; the place's spelling is used"
        ),
        Some(issuer.span),
    );
    issuer.name = fixed;
    Some(d)
}

/// A document with no header: a news report on a document. Its title line
/// ("Chỉ thị của Chủ tịch UBND tỉnh về ...") and its lead ("Ngày 09/10/2020,
/// Ủy ban nhân dân tỉnh ban hành Công văn số 2718/UBND-NC về việc ...") give
/// what they can.
fn news_style(lines: &[Line<'_>]) -> Header {
    let mut h = Header::default();
    let Some(t) = lines.iter().position(|l| !l.is_blank()) else {
        h.diagnostics.push(Diagnostic::warning(
            codes::KIND_UNKNOWN,
            "the document is empty",
            None,
        ));
        return h;
    };
    let title = &lines[t];
    let mut body_start = t;
    let mut used_title = false;
    // A title is a short line that is no sentence of prose.
    let is_title = title.text.len() <= 400
        && !title.text.ends_with(':')
        && markers::parse(title.text).is_none();
    if is_title {
        body_start = t + 1;
        let folded = fold_words(title.text);
        if let Some((kind, n)) = kinds::name_prefix(&folded) {
            h.kind = Some(kind);
            let name_end = cut_after_words(title.text, n);
            h.spans.kind = Some(Span::new(title.start, title.start + name_end));
            let rest = &title.text[name_end..];
            let rest_start = title.start + name_end;
            // "... của <issuer> về <subject>"
            let (issuer_part, subject_part) = split_cua_ve(rest);
            if let Some((a, b)) = issuer_part {
                let name = clean(&rest[a..b]);
                if !name.is_empty() {
                    h.issuer = Some(Issuer {
                        name,
                        parent: None,
                        span: Span::new(rest_start + a, rest_start + b),
                    });
                }
            }
            if let Some(a) = subject_part {
                let subj = clean_item(&rest[a..]);
                if !subj.is_empty() {
                    h.subject = Some(subj);
                    h.spans.subject = Some(Span::new(rest_start + a, title.end));
                }
            }
            used_title = true;
        }
    }
    // The lead: within the first paragraphs after the title.
    for l in lines
        .iter()
        .skip(body_start)
        .filter(|l| !l.is_blank())
        .take(4)
    {
        // The lead names the document in its first sentence.
        let mut cut = l.text.len().min(LEAD_LEN);
        while !l.text.is_char_boundary(cut) {
            cut -= 1;
        }
        let lead = &l.text[..cut];
        if !lead.contains("ban hành") && !lead.contains(" có ")
            || !vocab::NEWS_REF_HINT.is_match(lead)
        {
            continue;
        }
        let Some(c) = vocab::NewsLead::find(lead) else {
            continue;
        };
        let t = &c.tail;
        let Some((kind, _)) = kinds::name_prefix(&fold_words(&lead[t.kind.clone()])) else {
            continue;
        };
        let span_of = |r: &Range<usize>| Span::new(l.start + r.start, l.start + r.end);
        if h.kind.is_none() {
            h.kind = Some(kind);
            h.spans.kind = Some(span_of(&t.kind));
        }
        if h.issuer.is_none() {
            // "Vừa qua, UBND tỉnh X ban hành ...": the issuer is the
            // clause just before the verb.
            let text = &lead[c.issuer.clone()];
            let cut = text.rfind(", ").map_or(0, |p| p + 2);
            let name = clean(&text[cut..]);
            if !name.is_empty() {
                h.issuer = Some(Issuer {
                    name,
                    parent: None,
                    span: Span::new(l.start + c.issuer.start + cut, l.start + c.issuer.end),
                });
            }
        }
        let line = format!("Số {}", &lead[t.reference.clone()]);
        if let Some(rc) = vocab::Number::read(&line) {
            let mut scan = Scan::default();
            reference_from(&mut scan, &line, &rc, span_of(&t.reference));
            h.reference = scan.h.reference;
        }
        let date = [(&c.d, &c.m, &c.y), (&t.d2, &t.m2, &t.y2)]
            .into_iter()
            .find_map(|(d, m, y)| {
                let g = |r: &Option<Range<usize>>| lead.get(r.clone()?)?.parse::<u32>().ok();
                Some((g(d)?, g(m)?, g(y)? as i32, y.as_ref()?.end))
            });
        if let Some((d, m, y, y_end)) = date {
            let span = Span::new(l.start, l.start + y_end);
            h.date = Some(header_date(&mut h.diagnostics, y, Some(m), Some(d), span));
            h.spans.date = Some(span);
        }
        if let Some(r) = &t.subject {
            let subj = clean_item(&lead[r.clone()]);
            if !subj.is_empty() {
                h.subject = Some(subj);
                h.spans.subject = Some(span_of(r));
            }
        }
        break;
    }
    if is_title && !used_title {
        h.leftovers.push(BodyParagraph {
            role: Role::Header,
            text: clean(title.text),
            span: title.span(),
        });
    }
    h.diagnostics.push(Diagnostic::info(
        codes::HEADER_NEWS_STYLE,
        "no header lines: fields were read from the title and the lead",
        None,
    ));
    if h.kind.is_none() {
        h.diagnostics.push(Diagnostic::warning(
            codes::KIND_UNKNOWN,
            "the document type cannot be told",
            None,
        ));
    }
    h.body_start = body_start;
    h
}

/// In "của <issuer> về <subject>", the byte ranges of the issuer and the
/// start of the subject.
fn split_cua_ve(rest: &str) -> (Option<(usize, usize)>, Option<usize>) {
    let ve = find_word(rest, "về");
    let cua = find_word(rest, "của").filter(|&c| ve.is_none_or(|v| c < v));
    let issuer = cua.map(|c| (c + "của".len(), ve.unwrap_or(rest.len())));
    let subject = ve.map(|v| v + "về".len());
    (issuer, subject)
}

/// The byte offset of `word` standing alone in `s`.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = s[from..].find(word) {
        let at = from + p;
        let before = s[..at].chars().next_back();
        let after = s[at + word.len()..].chars().next();
        if before.is_none_or(|c| !is_word_char(c)) && after.is_none_or(|c| !is_word_char(c)) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn header(text: &str) -> Header {
        extract(&split(text))
    }

    #[test]
    fn symbol_kinds() {
        assert_eq!(symbol_kind("TB", false), Some(DocKind::ThongBao));
        assert_eq!(symbol_kind("UBND", false), None);
        assert_eq!(symbol_kind("QĐUBND", false), Some(DocKind::QuyetDinh));
        assert_eq!(symbol_kind("TTrSNV", false), Some(DocKind::ToTrinh));
        assert_eq!(symbol_kind("QH13", true), Some(DocKind::Luat));
        assert_eq!(symbol_kind("NĐCP", true), Some(DocKind::NghiDinh));
        assert_eq!(symbol_kind("TTrSGDĐT", false), Some(DocKind::ToTrinh));
        // A công văn of Bộ TT&TT is no "Bản thỏa thuận" + "TT".
        assert_eq!(symbol_kind("BTTTT", false), None);
    }

    #[test]
    fn two_level_issuer_versus_one_name_on_two_lines() {
        let h = header("UBND TỈNH KHÁNH HÒA\nSỞ NỘI VỤ\nSố: 12/SNV-VP\n");
        let i = h.issuer.unwrap_or_else(|| panic!("no issuer"));
        assert_eq!(i.name, "SỞ NỘI VỤ");
        assert_eq!(i.parent.as_deref(), Some("UBND TỈNH KHÁNH HÒA"));
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 12/UBND-VP\n");
        let i = h.issuer.unwrap_or_else(|| panic!("no issuer"));
        assert_eq!(i.name, "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG");
        assert_eq!(i.parent, None);
    }

    #[test]
    fn motto_found_char_by_char_as_in_the_whole_fold() {
        let check = |t: &str| {
            let whole = if t.len() < 10 || t.len() > SHORT_LINE {
                None
            } else {
                find_motto_in_fold(t)
            };
            assert_eq!(find_motto(t), whole, "{t:?}");
        };
        for p in crate::fixture_paths() {
            for line in std::fs::read_to_string(&p).unwrap_or_default().lines() {
                check(line);
            }
        }
        let pieces = [
            "CỘNG HÒA",
            "XÃ HỘI",
            "CHỦ NGHĨA",
            "VIỆT NAM",
            "Độc lập",
            "Tự do",
            "Hạnh phúc",
            "ĐẢNG",
            "CỘNG SẢN",
            "ĐOÀN",
            "TNCS",
            "HỒ CHÍ MINH",
            "THANH NIÊN",
            " ",
            " - ",
            "**",
            "|",
            "Ж",
            "Σ",
            "ǅ",
            "c",
            "d",
            "Đ",
            "UBND",
            "12",
            "x",
            "Ç",
            "ḋ",
            "Cộng hòa",
            "đảng",
            "cdcd",
        ];
        let mut seed = 5u64;
        for _ in 0..40_000 {
            let mut t = String::new();
            for _ in 0..1 + crate::text::below(&mut seed, 12) {
                t.push_str(crate::text::pick(&mut seed, &pieces));
            }
            check(&t);
        }
    }

    #[test]
    fn every_char_folding_to_c_or_d_is_looked_at() {
        for c in (0x80..0x11_0000).filter_map(char::from_u32) {
            if is_word_char(c) && matches!(fold_char(c), 'c' | 'd') {
                let mut b = [0; 4];
                let bytes = c.encode_utf8(&mut b).as_bytes();
                assert!(may_fold_to_c_or_d(bytes[0], bytes[1]), "{c:?}");
            }
            assert_eq!(
                utf8_len(c.encode_utf8(&mut [0; 4]).as_bytes()[0]),
                c.len_utf8()
            );
        }
        for k in vocab::MOTTO_KEYS {
            assert!(may_continue(k, 1, k.as_bytes()[0]), "{k}");
        }
    }

    #[test]
    fn cut_after_words_counts_folded_letters() {
        assert_eq!(
            &"THÔNG BÁO kết luận"[..cut_after_words("THÔNG BÁO kết luận", 9)],
            "THÔNG BÁO"
        );
    }
}
