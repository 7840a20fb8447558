//! The closing: the "Nơi nhận" list, the archive line and the signature block.
//!
//! Takes: the lines after the body. Returns: the recipients (the archive line
//! kept as the last one), the archive line read into its parts, the signer
//! (authority lines, title, name), leftover lines as `closing` paragraphs, and
//! diagnostics. [`find_start`] tells where the closing begins.
//!
//! The footer is a two-column table (recipients left, signature right), so
//! dumps flatten it side by side, cell by cell (`|`), line by line, or one
//! column after the other. Every line is therefore cut into *segments*
//! (cells split at `|`, at runs of three spaces, after the `Nơi nhận:` label,
//! and where a recipient entry runs on into a capitals signature line), and
//! each segment is classified by its content alone, never by its position.
//!
//! Conventions:
//! - A recipient's `text` is the entry without its marker and trailing
//!   `;`/`.`; the archive line is kept as the last recipient too. A trailing
//!   bracketed note is read into `note`/`purposes` only when it names a
//!   purpose (`(b/c)`, `(VBĐT)`); "(Đ/c Nhung)" stays part of the name.
//! - The signer needs an authority or a title line; a name alone (a news
//!   byline) is no signer. A rank or degree before the name (`Thiếu tướng`,
//!   `PGS.TS.`) goes to `rank`, not `name`. `Q. GIÁM ĐỐC` with no title line
//!   under it gives the authority `Q` and no title.
//! - Archive line: comma items are holders; a bare or bracketed number (with
//!   `b`/`bản`) is the copies; other bracketed text, a dotted initial
//!   (`P.Hà`) or letters glued to the copies (`Thuận100b`) is the drafter.

use std::sync::LazyLock;

use crate::diagnostic::{Diagnostic, codes};
use crate::lines::Line;
use crate::markers::{self, Family};
use crate::model::{Archive, Authority, BodyParagraph, Recipient, Role, Signer};
use crate::span::Span;
use crate::text::{
    clean, clean_item, fold_char, fold_words, fold_words_into, is_letter, is_upper, is_word_char,
};
use crate::vocab::closing as vocab;

/// What the closing stage found.
#[derive(Debug, Default)]
pub(crate) struct Closing {
    pub recipients: Vec<Recipient>,
    pub archive: Option<Archive>,
    pub signer: Option<Signer>,
    pub paragraphs: Vec<BodyParagraph>,
    pub diagnostics: Vec<Diagnostic>,
}

/// One cell of a closing line, in normalised-text coordinates.
#[derive(Debug, Clone, Copy)]
struct Seg<'a> {
    text: &'a str,
    start: usize,
    /// Index of its line in the slice given.
    line: usize,
}

impl Seg<'_> {
    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }
}

/// What a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `Nơi nhận:`
    Label,
    /// `TM. ỦY BAN NHÂN DÂN`, `K/T BÍ THƯ`
    Authority,
    /// `PHÓ CHỦ TỊCH`
    Title,
    /// A person's name.
    Name,
    /// `(Đã ký)`, a digital-signature stamp line, a rule.
    Noise,
    /// `- Lưu: VT, NC.`
    Archive,
    /// `- Như trên;`
    Entry,
    /// Anything else.
    Other,
}

/// Longest right-hand cell checked for a signature line run into an entry.
const MAX_TAIL: usize = 90;
/// Most cuts made in one line (a bound for pathological input).
const MAX_CUTS: usize = 64;
/// The longest authority line, in bytes.
const MAX_AUTHORITY_LEN: usize = 4 * MAX_TAIL;
/// The longest title line, in bytes.
const MAX_TITLE_LEN: usize = 120;
/// Longest recipient text grown by wrapped lines.
const MAX_ENTRY: usize = 2000;
/// Non-blank lines looked at after a signature anchor for the name.
const LOOKAHEAD: usize = 14;

// ---------------------------------------------------------------- start

/// The index of the first closing line at or after `from`, or `lines.len()`.
///
/// The closing starts at the `Nơi nhận` label or at the first signature
/// line (an authority line, or a title line with a name after it),
/// whichever comes first, with any signature noise printed just above it.
pub(crate) fn find_start(lines: &[Line<'_>], from: usize) -> usize {
    let mut buf = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(from) {
        if l.is_blank() {
            continue;
        }
        // The column search last: only a line the cheap tests reject needs it.
        if (!may_close(l.text) || cannot_close(l.text)) && !has_columns(l.text) {
            continue;
        }
        buf.clear();
        pieces(l.text, l.start, i, false, &mut buf);
        for (k, s) in buf.iter().enumerate() {
            let hit = if is_label(s.text) {
                let rest = buf.get(k + 1).map_or("", |r| r.text);
                label_opens_list(lines, i, rest)
            } else if authority(s.text).is_some() {
                signature_follows(lines, i, true).is_some()
            } else if is_title(s.text) {
                signature_follows(lines, i, false)
                    .is_some_and(|end| ends_body(lines, from, i) || closing_rest(lines, end))
            } else {
                false
            };
            if hit {
                return extend_up(lines, from, i);
            }
        }
    }
    lines.len()
}

/// Whether the label on line `at`, with `rest` after it on its line,
/// opens the closing list: nothing but a list entry or a signature line
/// after it on its line, or an entry, the archive line or a signature line
/// on the next line ("Nơi nhận: Văn phòng Sở, số 12 Lê Lợi." in a body is
/// no closing).
fn label_opens_list(lines: &[Line<'_>], at: usize, rest: &str) -> bool {
    if rest.is_empty() || rest.ends_with(';') {
        return true;
    }
    if marker_rest(rest).is_some() || authority(rest).is_some() || is_title(rest) {
        return true;
    }
    let next = lines.iter().skip(at + 1).find(|l| !l.is_blank());
    next.is_some_and(|l| {
        matches!(
            classify(l.text),
            Kind::Entry | Kind::Archive | Kind::Authority | Kind::Title
        )
    })
}

/// Whether the last non-blank line before `at` ends the body (`./.`) or
/// is itself a closing line (an entry, the archive line, noise).
fn ends_body(lines: &[Line<'_>], from: usize, at: usize) -> bool {
    let prev = lines
        .get(from..at)
        .and_then(|ls| ls.iter().rev().find(|l| !l.is_blank()));
    let Some(prev) = prev else {
        return true;
    };
    let t = prev.text.trim_end_matches(['*', '_', ' ']);
    t.ends_with("/.")
        || matches!(
            classify(t),
            Kind::Label | Kind::Entry | Kind::Archive | Kind::Noise
        )
}

/// Whether the lines after `at` hold nothing that reads as body text
/// (a sentence of more than a dozen words) within the next few dozen lines.
fn closing_rest(lines: &[Line<'_>], at: usize) -> bool {
    let mut buf = Vec::new();
    for (i, l) in lines
        .iter()
        .enumerate()
        .skip(at + 1)
        .filter(|(_, l)| !l.is_blank())
        .take(40)
    {
        buf.clear();
        pieces(l.text, l.start, i, false, &mut buf);
        for s in &buf {
            let kind = classify(s.text);
            let numbered = || {
                markers::parse(s.text).is_some_and(|m| {
                    !matches!(m.family, Family::Dash | Family::Plus | Family::Bullet)
                })
            };
            if kind == Kind::Other && (s.text.split_ascii_whitespace().count() > 12 || numbered()) {
                return false;
            }
        }
    }
    true
}

/// Cheap filter for a line with no columns (see [`has_columns`]): whether
/// it may hold a label or a signature line (it starts with a capital letter
/// or `n`).
fn may_close(text: &str) -> bool {
    let first = text
        .trim_start_matches(['*', '_', '-', ' ', '|', '–', '+', '•'])
        .chars()
        .next();
    first.is_some_and(|c| c.is_uppercase() || c == 'n')
}

/// Whether a line is cut into cells: by a `|` or by a column gap.
fn has_columns(text: &str) -> bool {
    memchr::memchr(b'|', text.as_bytes()).is_some() || find_gap(text.as_bytes(), 0).is_some()
}

/// Whether a line with no columns (no `|`, no gap: see [`has_columns`]),
/// so one piece, is sure to hold no label, authority line or title: that
/// piece is too long for [`is_title`], and it starts with no letter a label
/// starts with, nor is it an authority line's length with the capital an
/// authority line starts with (see [`authority`]). (Spares most body
/// paragraphs the full reading.)
fn cannot_close(text: &str) -> bool {
    let piece = text.trim();
    let t = piece.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':'));
    if t.len() <= MAX_TITLE_LEN {
        return false;
    }
    let lead = piece.trim_start_matches(['*', '_', ' ']);
    let Some(first) = lead.chars().next() else {
        return true;
    };
    match fold_char(first) {
        'n' => false,
        't' | 'k' | 'q' => !may_be_authority(lead),
        _ => true,
    }
}

/// Where a name (or, after an authority line, a title) follows the
/// signature line at `at` within a few lines, with only closing lines
/// between: that line's index; `lines.len()` when only signature noise
/// follows to the end (or, after an authority line, nothing telling).
fn signature_follows(lines: &[Line<'_>], at: usize, strong: bool) -> Option<usize> {
    let mut buf = Vec::new();
    let mut seen = 0;
    let mut only_noise = true;
    for (i, l) in lines.iter().enumerate().skip(at + 1) {
        if l.is_blank() {
            continue;
        }
        seen += 1;
        if seen > LOOKAHEAD {
            return strong.then_some(i);
        }
        buf.clear();
        pieces(l.text, l.start, i, false, &mut buf);
        for s in &buf {
            match classify(s.text) {
                Kind::Name => return Some(i),
                Kind::Title | Kind::Authority if strong => return Some(i),
                Kind::Noise => {}
                Kind::Other if s.text.split_ascii_whitespace().count() > 10 => return None,
                _ => only_noise = false,
            }
        }
    }
    (only_noise || strong).then_some(lines.len())
}

/// Moves the closing start `at` up over blank lines and signature noise
/// (a digital-signature stamp printed above the signature).
fn extend_up(lines: &[Line<'_>], from: usize, at: usize) -> usize {
    let mut start = at;
    let mut i = at;
    while i > from {
        i -= 1;
        let Some(l) = lines.get(i) else { break };
        if l.is_blank() {
            continue;
        }
        if l.text.chars().any(is_word_char) && is_noise(l.text) {
            start = i;
        } else {
            break;
        }
    }
    start
}

// ---------------------------------------------------------------- segments

/// Cuts the line `text` (starting at offset `base`, line index `line`)
/// into segments, appended to `out`. With `lists`, a cell holding several
/// entries (`- Như trên; - Lưu: VT.`) is cut into one segment per entry.
fn pieces<'a>(text: &'a str, base: usize, line: usize, lists: bool, out: &mut Vec<Seg<'a>>) {
    let before = out.len();
    for cell in text.split('|') {
        for part in split_gaps(cell) {
            let off = base + offset_in(text, part);
            push_piece(part, off, line, lists, out);
        }
    }
    if out.len() == before && !text.is_empty() {
        out.push(Seg {
            text,
            start: base,
            line,
        });
    }
}

/// Byte offset of the sub-slice `part` inside `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The parts of `cell` between runs of three or more spaces, trimmed,
/// empty parts dropped.
fn split_gaps(cell: &str) -> impl Iterator<Item = &str> {
    let bytes = cell.as_bytes();
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let part_start = from?;
        let part_end = match find_gap(bytes, part_start) {
            Some(at) => {
                from = Some(at + GAP_LEN);
                at
            }
            None => {
                from = None;
                cell.len()
            }
        };
        cell.get(part_start..part_end)
    })
    .map(str::trim)
    .filter(|p| !p.is_empty())
}

/// A column gap: three spaces.
const GAP_LEN: usize = 3;

/// Above this many bytes, a gap is looked for with `memmem` (whose setup
/// costs more than a short cell's walk, but whose search is quicker).
const LONG_CELL: usize = 64;
static GAP: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(&[b' '; GAP_LEN]));

/// The offset of the first column gap (three spaces) in `bytes` at or
/// after `from`. In a short cell the third byte of a place is tested
/// first: when it is no space, no gap starts at that place or at the two
/// after it.
fn find_gap(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    if rest.len() > LONG_CELL {
        return GAP.find(rest).map(|p| p + from);
    }
    let mut i = from;
    while let Some(&third) = bytes.get(i + 2) {
        if third != b' ' {
            i += 3;
        } else if bytes.get(i + 1) != Some(&b' ') {
            i += 2;
        } else if bytes.get(i) != Some(&b' ') {
            i += 1;
        } else {
            return Some(i);
        }
    }
    None
}

/// Pushes one cell, cut after a `Nơi nhận:` label and where an entry runs on
/// into a signature line or into another entry.
fn push_piece<'a>(part: &'a str, off: usize, line: usize, lists: bool, out: &mut Vec<Seg<'a>>) {
    let mut rest = part;
    let mut at = off;
    if let Some(end) = label_end(rest) {
        let (label, tail) = rest.split_at(end);
        out.push(Seg {
            text: label.trim_end(),
            start: at,
            line,
        });
        let trimmed = tail.trim_start();
        at += end + (tail.len() - trimmed.len());
        rest = trimmed.trim_end();
    }
    let mut cuts = 0;
    while !rest.is_empty() {
        cuts += 1;
        // Only the closing itself is cut at entries; a signature line never
        // ("TL. CHỦ TỊCH").
        let cut = if lists && cuts <= MAX_CUTS {
            split_title_name(rest)
                .or_else(|| split_stacked(rest))
                .or_else(|| split_merged(rest))
        } else {
            None
        };
        let whole = |c: &usize| {
            rest.get(..*c)
                .map(str::trim_end)
                .is_some_and(|h| is_title(h) || authority(h).is_some())
                || authority(rest).is_none() && !is_title(rest)
        };
        match cut.filter(whole) {
            Some(cut) => {
                let (left, right) = rest.split_at(cut);
                push_stacked(left.trim_end(), at, line, out);
                let trimmed = right.trim_start();
                at += cut + (right.len() - trimmed.len());
                rest = trimmed;
            }
            None => {
                out.push(Seg {
                    text: rest,
                    start: at,
                    line,
                });
                break;
            }
        }
    }
}

/// Pushes `text`, cut before each authority line stacked onto another.
fn push_stacked<'a>(text: &'a str, start: usize, line: usize, out: &mut Vec<Seg<'a>>) {
    let (mut rest, mut at) = (text, start);
    let mut cuts = 0;
    while let Some(cut) = split_stacked(rest).filter(|_| cuts < MAX_CUTS) {
        cuts += 1;
        let (left, right) = rest.split_at(cut);
        out.push(Seg {
            text: left.trim_end(),
            start: at,
            line,
        });
        at += cut;
        rest = right;
    }
    out.push(Seg {
        text: rest,
        start: at,
        line,
    });
}

/// Where a capitals title or authority line runs on into the signer's name
/// on one line ("PHÓ GIÁM ĐỐC Nguyễn Văn An"): the name's offset.
fn split_title_name(text: &str) -> Option<usize> {
    let first_small = text
        .split_ascii_whitespace()
        .find(|w| w.chars().any(char::is_lowercase))?;
    let at = offset_in(text, first_small);
    let head = text.get(..at)?.trim_end();
    if head.is_empty() || !(is_title(head) || authority(head).is_some()) {
        return None;
    }
    name(text.get(at..)?).map(|_| at)
}

/// Where a second authority line is stacked onto the first on one line
/// ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"): the second one's offset.
fn split_stacked(text: &str) -> Option<usize> {
    authority(text)?;
    text.split_ascii_whitespace().skip(1).find_map(|w| {
        let at = offset_in(text, w);
        let tail = text.get(at..)?;
        (short_prefix(tail).is_some() && authority(tail).is_some()).then_some(at)
    })
}

/// Where a cell running on from a list entry into a signature line or into
/// the next entry must be cut: after a `;`, `.` or `:` followed by an
/// authority or capitals title line, or by another entry.
fn split_merged(text: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' | '.' | ':' if depth <= 0 => {
                let cut = i + 1;
                let tail = text.get(cut..)?.trim_start();
                if tail.is_empty() {
                    continue;
                }
                let first = tail.chars().next().unwrap_or(' ');
                if c == ';' && (marker_rest(tail).is_some() || first.is_uppercase()) {
                    return Some(cut);
                }
                if c != ':' && marker_rest(tail).is_some() {
                    return Some(cut);
                }
                if tail.len() <= MAX_TAIL
                    && first.is_uppercase()
                    && (authority(tail).is_some() || is_upper(tail) && is_title(tail))
                {
                    return Some(cut);
                }
            }
            _ => {}
        }
    }
    None
}

// ---------------------------------------------------------------- classes

/// What the segment `text` is, by its content.
fn classify(text: &str) -> Kind {
    read_class(text).kind
}

/// A segment's [`Kind`], with what told it: the authority line read by
/// [`authority`] for [`Kind::Authority`], the rank and name read by
/// [`name`] for [`Kind::Name`] (kept, so that they are read once).
#[derive(Debug, Clone, Copy)]
struct Class<'a> {
    kind: Kind,
    authority: Option<(&'static str, &'a str)>,
    name: Option<(Option<&'a str>, &'a str)>,
}

impl<'a> Class<'a> {
    fn of(kind: Kind) -> Self {
        Class {
            kind,
            authority: None,
            name: None,
        }
    }
}

/// [`classify`], keeping what told the kind.
fn read_class(text: &str) -> Class<'_> {
    if !text.chars().any(is_word_char) {
        return Class::of(Kind::Noise);
    }
    if is_label(text) {
        return Class::of(Kind::Label);
    }
    if let Some(rest) = marker_rest(text) {
        return Class::of(if archive_rest(rest).is_some() {
            Kind::Archive
        } else {
            Kind::Entry
        });
    }
    if archive_rest(text).is_some() {
        return Class::of(Kind::Archive);
    }
    let named = |n| Class {
        name: Some(n),
        ..Class::of(Kind::Name)
    };
    let marked = text.starts_with(['(', '[']) || starts_folded(text, "da ky");
    if marked
        && strip_marks(text).len() < text.len()
        && let Some(n) = name(text)
    {
        return named(n);
    }
    if is_noise(text) {
        return Class::of(Kind::Noise);
    }
    if let Some(a) = authority(text) {
        return Class {
            authority: Some(a),
            ..Class::of(Kind::Authority)
        };
    }
    if is_title(text) {
        return Class::of(Kind::Title);
    }
    if text.ends_with(';') {
        return Class::of(Kind::Entry);
    }
    match name(text) {
        Some(n) => named(n),
        None => Class::of(Kind::Other),
    }
}

/// Whether `text` starts with the folded words `key` (`"noi nhan"`),
/// ignoring case, tone marks and punctuation, without allocating. The match
/// must end at a word boundary.
fn starts_folded(text: &str, key: &str) -> bool {
    let mut k = key.chars().peekable();
    let mut pending_space = false;
    let mut started = false;
    for c in text.chars() {
        if k.peek().is_none() {
            return !is_word_char(c);
        }
        if !is_word_char(c) {
            pending_space = started;
            continue;
        }
        if pending_space {
            if k.next() != Some(' ') {
                return false;
            }
            pending_space = false;
        }
        started = true;
        if k.next() != Some(fold_char(c)) {
            return false;
        }
    }
    k.peek().is_none()
}

/// Whether `folded` starts with the words `key` at a word boundary.
fn folded_starts(folded: &str, key: &str) -> bool {
    folded.starts_with(key) && folded.as_bytes().get(key.len()).is_none_or(|&b| b == b' ')
}

/// Whether `text` is the `Nơi nhận` label (possibly with entries after it).
fn is_label(text: &str) -> bool {
    label_end(text).is_some()
}

/// The byte offset just past the `Nơi nhận` label and its colon. A label
/// runs on into a word only after a colon: "Nơi nhận hồ sơ:" is no label.
fn label_end(text: &str) -> Option<usize> {
    let t = text.trim_start_matches(['*', '_', ' ']);
    // An ASCII character first other than `n` folds to no `n`.
    if t.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && b | 0x20 != b'n')
        || !starts_folded(t, "noi nhan")
    {
        return None;
    }
    let lead = text.len() - t.len();
    // The end of the second word.
    let mut words = 0;
    let mut in_word = false;
    let mut pos = t.len();
    for (i, c) in t.char_indices() {
        let alnum = is_word_char(c);
        if alnum && !in_word {
            words += 1;
        }
        if !alnum && in_word && words == 2 {
            pos = i;
            break;
        }
        in_word = alnum;
    }
    let rest = t.get(pos..)?;
    let after = rest.trim_start_matches([' ', '*', '_']);
    if let Some(tail) = after.strip_prefix(':') {
        return Some(lead + t.len() - tail.len());
    }
    if after.is_empty() || !after.starts_with(is_word_char) {
        return Some(lead + pos);
    }
    None
}

/// The text after a list marker (`-`, `–`, `+`, `•`), or `None`.
fn marker_rest(text: &str) -> Option<&str> {
    let mut chars = text.chars();
    let c = chars.next()?;
    if !matches!(
        c,
        '-' | '–' | '—' | '+' | '•' | '·' | '*' | '●' | '▪' | '◦' | '○' | '➢' | '❖' | '>'
    ) {
        return None;
    }
    let rest = chars.as_str();
    // A dash glued to a word is a list marker too ("-Như trên;"),
    // a run of dashes is a rule.
    if rest.starts_with(c) {
        return None;
    }
    Some(rest.trim_start())
}

/// The text after `Lưu` (and its colon) when `text` is an archive line.
fn archive_rest(text: &str) -> Option<&str> {
    let t = text.trim_start_matches(['*', '_', ' ']);
    // An ASCII character first other than `l` folds to no `l`.
    if t.as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii() && b | 0x20 != b'l')
    {
        return None;
    }
    let word_end = t
        .char_indices()
        .find(|&(_, c)| !is_letter(c))
        .map_or(t.len(), |(i, _)| i);
    let word = t.get(..word_end)?;
    if word.chars().count() != 3 || !word.chars().map(fold_char).eq("luu".chars()) {
        return None;
    }
    let rest = t.get(word_end..)?;
    let after = rest.trim_start_matches([' ', ':', '.']);
    if after.is_empty() {
        return None;
    }
    let colon = rest.trim_start().starts_with(':');
    if !colon {
        let next = fold_words(after.split_ascii_whitespace().next().unwrap_or(""));
        if matches!(
            next.as_str(),
            "y" | "hanh" | "dong" | "luong" | "lai" | "vuc" | "tru" | "giu" | "thong"
        ) {
            return None;
        }
    }
    Some(after)
}

/// Whether `text` is printed around a signature and carries no field.
fn is_noise(text: &str) -> bool {
    if !text.chars().any(is_letter) {
        return true;
    }
    let t = text.trim();
    let bracketed = (t.starts_with('(') && t.ends_with(')'))
        || (t.starts_with('[') && t.ends_with(']'))
        || (t.starts_with('<') && t.ends_with('>'));
    // Only a bracketed line is read whole; else the start tells.
    let max = if bracketed {
        usize::MAX
    } else {
        NOISE_STARTS_LEN
    };
    let mut folded = String::new();
    fold_words_into(t, max, &mut folded);
    if bracketed
        && vocab::NOISE_BRACKET_WORDS
            .iter()
            .any(|w| has_words(&folded, w))
    {
        return true;
    }
    if vocab::NOISE_STARTS
        .iter()
        .any(|k| folded_starts(&folded, k))
    {
        return true;
    }
    if let Some((label, _)) = t.split_once(':') {
        fold_words_into(label, NOISE_LABELS_LEN, &mut folded);
        if vocab::NOISE_LABELS.contains(&folded.as_str()) {
            return true;
        }
    }
    // An e-mail address alone.
    t.contains('@') && !t.contains(' ')
}

/// Whether the folded words `words` stand in `folded` as whole words.
fn has_words(folded: &str, words: &str) -> bool {
    let bytes = folded.as_bytes();
    (0..folded.len()).any(|at| {
        (at == 0 || bytes.get(at - 1) == Some(&b' '))
            && folded
                .get(at..)
                .is_some_and(|rest| folded_starts(rest, words))
    })
}

/// The longest noise start and noise label: a fold stopped past it still
/// tells whether one of them starts the text, or is the text.
const NOISE_STARTS_LEN: usize = longest(vocab::NOISE_STARTS);
const NOISE_LABELS_LEN: usize = longest(vocab::NOISE_LABELS);

/// The length of the longest of `keys`.
const fn longest(keys: &[&str]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < keys.len() {
        if keys[i].len() > max {
            max = keys[i].len();
        }
        i += 1;
    }
    max
}

/// Whether `t` (its leading `*`, `_` and spaces trimmed) may be an
/// authority line: a signature line is short, and every prefix starts with
/// a capital `T`, `K` or `Q` (a test holds the vocabulary to it).
fn may_be_authority(t: &str) -> bool {
    t.len() <= MAX_AUTHORITY_LEN
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() && matches!(fold_char(c), 't' | 'k' | 'q'))
}

/// The prefix code and what follows it, when `text` is an authority line:
/// `TM. ỦY BAN NHÂN DÂN`, `K/T BÍ THƯ`, `KT CHỦ TỊCH`, `THỪA LỆNH BỘ TRƯỞNG`.
fn authority(text: &str) -> Option<(&'static str, &str)> {
    let t = text.trim_start_matches(['*', '_', ' ']);
    if !may_be_authority(t) {
        return None;
    }
    let (code, rest) = short_prefix(t).or_else(|| word_prefix(t))?;
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '*' | '_'));
    if rest.is_empty() || !rest.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if rest.contains(';') || rest.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let folded = fold_words(rest);
    let known =
        starts_title(&folded) || vocab::COLLECTIVES.iter().any(|k| folded_starts(&folded, k));
    let ok = if code == "Q" {
        known
    } else {
        known || is_upper(rest)
    };
    ok.then_some((code, rest))
}

/// `TM.`, `T/M`, `KT`, `TUQ.`, `Q.` at the start of `t`, and the rest.
fn short_prefix(t: &str) -> Option<(&'static str, &str)> {
    // "T.M", "K.T", "T.L": one letter, a dot, one letter.
    let b = t.as_bytes();
    if let (Some(&x), Some(&b'.'), Some(&y)) = (b.first(), b.get(1), b.get(2))
        && x.is_ascii_uppercase()
        && y.is_ascii_uppercase()
        && b.get(3).is_none_or(|&c| matches!(c, b'.' | b' ' | b':'))
    {
        let letters = [x, y];
        let code = vocab::PREFIX_LETTERS
            .iter()
            .find(|(l, _)| l.as_bytes() == letters)
            .map(|&(_, code)| code);
        if let (Some(code), Some(rest)) = (code, t.get(3..)) {
            return Some((code, rest));
        }
    }
    // "TM." "T/M" "KT" "K/T" "KT/": the letters (a slash may stand
    // between them), then a dot, colon, space or slash.
    let after = |letters: &str| -> Option<&str> {
        let mut rest = t;
        for (n, l) in letters.chars().enumerate() {
            if n > 0 {
                rest = rest.strip_prefix('/').unwrap_or(rest);
            }
            rest = rest.strip_prefix(l)?;
        }
        rest.starts_with(['.', ':', ' ', '/'])
            .then(|| rest.strip_prefix('/').unwrap_or(rest))
    };
    vocab::PREFIX_LETTERS
        .iter()
        .find_map(|&(letters, code)| after(letters).map(|rest| (code, rest)))
}

/// A spelled-out prefix (`THAY MẶT`, `KÝ THAY`, `QUYỀN`) in capitals, and the rest.
/// (Called by [`authority`], which has checked the first letter.)
fn word_prefix(t: &str) -> Option<(&'static str, &str)> {
    for &(key, code) in vocab::PREFIX_WORDS {
        if !starts_folded(t, key) {
            continue;
        }
        let n = key.split(' ').count();
        let mut rest = t;
        for _ in 0..n {
            rest = rest.trim_start();
            let w = rest.find(char::is_whitespace).unwrap_or(rest.len());
            if !is_upper(rest.get(..w)?) && w > 1 {
                return None;
            }
            rest = rest.get(w..)?;
        }
        return Some((code, rest));
    }
    None
}

/// Whether the folded words start with a title (`pho` allowed before it).
fn starts_title(folded: &str) -> bool {
    title_len(folded).is_some()
}

/// The byte length of the leading title in `folded` (`"pho chu tich"`).
fn title_len(folded: &str) -> Option<usize> {
    let (lead, body) = match folded.strip_prefix("pho ") {
        Some(b) => (4, b),
        None => (0, folded),
    };
    let first = *body.as_bytes().first()?;
    TITLES_BY_FIRST_BYTE
        .get(usize::from(first))?
        .iter()
        .filter(|k| folded_starts(body, k))
        .map(|k| lead + k.len())
        .max()
}

/// [`vocab::TITLES`] by first byte, built once.
static TITLES_BY_FIRST_BYTE: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut by = vec![Vec::new(); 256];
    for t in vocab::TITLES {
        if let Some(v) = t
            .as_bytes()
            .first()
            .and_then(|&b| by.get_mut(usize::from(b)))
        {
            v.push(*t);
        }
    }
    by
});

/// Whether `text` is a signer's title line: capitals starting with a known
/// title (`PHÓ CHÁNH VĂN PHÒNG`, `BÍ THƯ THƯỜNG TRỰC`), or a lower-case
/// line that is nothing but a title (`Chủ tịch`).
fn is_title(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':'));
    // A comma belongs to a list, except in a capitals title naming its unit
    // ("VỤ TRƯỞNG VỤ CÔNG TÁC HỌC SINH, SINH VIÊN").
    if t.is_empty()
        || t.len() > MAX_TITLE_LEN
        || t.contains([';', '('])
        || t.contains(',') && !is_upper(t)
    {
        return false;
    }
    if t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // The fold's first letter is the fold of the first letter or digit:
    // when no title (nor `pho`) starts with it, no title line.
    let first = t.chars().find(|&c| is_word_char(c)).map(fold_char);
    let Some(f) = first else {
        return false;
    };
    let titled = f.is_ascii()
        && TITLES_BY_FIRST_BYTE
            .get(f as usize)
            .is_some_and(|ts| !ts.is_empty());
    if f != 'p' && !titled {
        return false;
    }
    let words = t.split_ascii_whitespace().count();
    let upper = is_upper(t);
    if words > 12 || (!upper && words > 5) {
        return false;
    }
    let folded = fold_words(t);
    let Some(len) = title_len(&folded) else {
        return false;
    };
    if upper {
        return true;
    }
    let tail = folded.get(len..).unwrap_or("").trim();
    tail.is_empty() || tail == "thuong truc"
}

/// The rank or degree (if any) and the name, when `text` is a person's
/// name: 2–5 words in Title Case (`Nguyễn Văn Sơn`), or in capitals with a
/// known family name first; a rank (`Thiếu tướng`) or degrees (`PGS.TS.`)
/// may stand before it.
fn name(text: &str) -> Option<(Option<&str>, &str)> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let t = strip_marks(t);
    let t = t.strip_suffix('.').unwrap_or(t).trim_end();
    let name_start = rank_len(t);
    let rank = t.get(..name_start).map(str::trim).filter(|r| !r.is_empty());
    let n = t.get(name_start..)?.trim_start();
    // Six words are enough to tell there are too many.
    let words: Vec<&str> = n.split_ascii_whitespace().take(6).collect();
    if !(2..=5).contains(&words.len()) {
        return None;
    }
    let title_case = words.iter().all(|w| is_title_word(w));
    let caps = !title_case && words.iter().all(|w| is_caps_word(w));
    if !title_case && !caps {
        return None;
    }
    if caps && (!has_surname(n) || words.len() > 4 || has_common_word(n)) {
        return None;
    }
    let folded = fold_words(n);
    if starts_title(&folded) || matches!(folded.as_str(), "nhu tren" | "noi nhan") {
        return None;
    }
    Some((rank, n))
}

/// `t` without a signed mark before or after it: "(Đã ký) Nguyễn Văn An".
fn strip_marks(t: &str) -> &str {
    let mut t = t;
    // "Đã ký: Nguyễn Văn An", "Đã ký Nguyễn Văn An".
    if starts_folded(t, "da ky") {
        let mut words = t.splitn(3, char::is_whitespace);
        let (_, _, rest) = (words.next(), words.next(), words.next());
        if let Some(rest) = rest {
            t = rest.trim_start_matches([':', ' ']);
        } else if let Some(colon) = t.find(':') {
            t = t.get(colon + 1..).unwrap_or("").trim_start();
        }
    }
    if t.starts_with(['(', '['])
        && let Some(close) = t.find([')', ']'])
        && is_noise(t.get(..=close).unwrap_or(""))
    {
        t = t.get(close + 1..).unwrap_or("").trim_start();
    }
    if t.ends_with([')', ']'])
        && let Some(open) = t.rfind(['(', '['])
        && is_noise(t.get(open..).unwrap_or(""))
    {
        t = t.get(..open).unwrap_or("").trim_end();
    }
    t
}

/// Whether a capitals line holds a word that is common in headings and
/// rare in names (`TỔ CHỨC THỰC HIỆN`).
fn has_common_word(n: &str) -> bool {
    n.split_ascii_whitespace()
        .any(|w| vocab::NOT_NAME_WORDS.contains(&w))
}

/// Whether the first word of `n` is a common family name.
fn has_surname(n: &str) -> bool {
    let first = n.split([' ', '\'', '’']).next().unwrap_or("");
    let f = fold_words(first);
    vocab::SURNAMES.contains(&f.as_str())
}

/// `Nguyễn`, `H'Yim`: a capital, then small letters (a capital may follow an apostrophe).
fn is_title_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let mut after_mark = false;
    for c in chars {
        if matches!(c, '\'' | '’' | '-') {
            after_mark = true;
            continue;
        }
        if !is_letter(c) || (c.is_uppercase() && !after_mark) {
            return false;
        }
        after_mark = false;
    }
    true
}

/// `NGUYỄN`: capital letters only.
fn is_caps_word(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-'))
        && w.chars().any(is_letter)
}

/// Byte length of a rank or degree prefix at the start of `t` (0 if none).
fn rank_len(t: &str) -> usize {
    let words: Vec<(usize, &str)> = t
        .split_ascii_whitespace()
        .map(|w| (offset_in(t, w), w))
        .take(3)
        .collect();
    // A rank of two words.
    if let (Some(&(_, a)), Some(&(bo, b))) = (words.first(), words.get(1)) {
        let (fa, fb) = (fold_words(a), fold_words(b));
        if vocab::RANK_FIRST.contains(&fa.as_str())
            && vocab::RANK_SECOND.contains(&fb.as_str())
            && a.chars().next().is_some_and(char::is_uppercase)
            && b.chars().next().is_some_and(char::is_lowercase)
        {
            return bo + b.len();
        }
    }
    // Degrees: words made of known abbreviations joined by dots.
    let mut end = 0;
    for &(o, w) in &words {
        if is_degree(w) {
            end = o + w.len();
        } else {
            break;
        }
    }
    end
}

/// `PGS.TS.`, `ThS.`, `TS`: known abbreviations joined by dots.
fn is_degree(w: &str) -> bool {
    let mut parts = 0;
    for p in w.split('.').filter(|p| !p.is_empty()) {
        let up = p.to_uppercase();
        if !vocab::DEGREES.contains(&up.as_str()) {
            return false;
        }
        parts += 1;
    }
    parts > 0 && (w.contains('.') || is_upper(w) || w.len() <= 3 && w == w.to_uppercase())
}

// ---------------------------------------------------------------- extract

/// Reads the closing `lines`.
pub(crate) fn extract(lines: &[Line<'_>]) -> Closing {
    let mut c = Closing::default();
    let mut segs = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if !l.is_blank() {
            pieces(l.text, l.start, i, true, &mut segs);
        }
    }
    let classes: Vec<Class<'_>> = segs.iter().map(|s| read_class(s.text)).collect();
    let kinds: Vec<Kind> = classes.iter().map(|c| c.kind).collect();
    let mut used = vec![false; segs.len()];

    let mut name_line = None;
    c.signer = read_signer(
        &segs,
        &classes,
        &mut used,
        &mut name_line,
        &mut c.diagnostics,
    );
    read_recipients(&segs, &kinds, &mut used, name_line, &mut c);

    // Whatever is left: one closing paragraph per run of adjacent lines.
    let mut run: Option<(Span, String, usize)> = None;
    for (i, s) in segs.iter().enumerate() {
        if used.get(i).copied().unwrap_or(true) {
            continue;
        }
        match run.as_mut() {
            Some((span, text, line)) if s.line <= *line + 1 => {
                *span = span.cover(s.span());
                text.push(' ');
                text.push_str(s.text);
                *line = s.line;
            }
            _ => {
                if let Some(p) = run.take() {
                    c.paragraphs.push(paragraph(p));
                }
                run = Some((s.span(), s.text.to_string(), s.line));
            }
        }
    }
    if let Some(p) = run.take() {
        c.paragraphs.push(paragraph(p));
    }
    c
}

/// A leftover closing paragraph.
fn paragraph((span, text, _): (Span, String, usize)) -> BodyParagraph {
    BodyParagraph {
        role: Role::Closing,
        text: clean(&text),
        span,
    }
}

/// The signature block: authority lines, the title, the name, and the noise
/// around them; marks the segments it takes in `used`, and sets `name_line`
/// to the line of the name.
fn read_signer(
    segs: &[Seg<'_>],
    classes: &[Class<'_>],
    used: &mut [bool],
    name_line: &mut Option<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Signer> {
    let first = classes
        .iter()
        .position(|c| matches!(c.kind, Kind::Authority | Kind::Title))?;
    let mut authorities = Vec::new();
    let mut title: Option<String> = None;
    let mut name_at: Option<usize> = None;
    let mut span: Option<Span> = None;
    let take = |i: usize, span: &mut Option<Span>, used: &mut [bool]| {
        if let (Some(s), Some(u)) = (segs.get(i), used.get_mut(i)) {
            *u = true;
            *span = Some(span.map_or(s.span(), |sp| sp.cover(s.span())));
        }
    };
    let mut last_authority: Option<usize> = None;
    for (i, (s, class)) in segs.iter().zip(classes).enumerate().skip(first) {
        let k = class.kind;
        match k {
            Kind::Authority if title.is_none() && name_at.is_none() => {
                if let Some((code, rest)) = class.authority {
                    let (auth_title, own) = split_authority(code, rest);
                    authorities.push(Authority {
                        prefix: code.to_string(),
                        title: clean(auth_title),
                    });
                    if let Some(own) = own {
                        title = Some(clean(own));
                    }
                }
                take(i, &mut span, used);
            }
            Kind::Title if title.is_none() && name_at.is_none() => {
                title = Some(clean(s.text.trim_matches([':', '*', '_', ' '])));
                take(i, &mut span, used);
            }
            Kind::Name if name_at.is_none() => {
                name_at = Some(i);
            }
            Kind::Name => {
                // Prefer a name with a known family name.
                let better = name_at
                    .and_then(|j| segs.get(j))
                    .is_some_and(|p| !has_surname(p.text) && has_surname(s.text));
                if better {
                    name_at = Some(i);
                }
            }
            Kind::Other
                if title.is_none()
                    && name_at.is_none()
                    && last_authority.is_some_and(|l| s.line == l + 1)
                    && wraps_authority(s.text) =>
            {
                // An authority line wrapped onto the next line.
                if let Some(a) = authorities.last_mut() {
                    a.title = clean(&format!("{} {}", a.title, s.text));
                }
                take(i, &mut span, used);
            }
            Kind::Noise | Kind::Authority | Kind::Title => take(i, &mut span, used),
            _ => {}
        }
        if k == Kind::Authority {
            last_authority = Some(s.line);
        }
    }
    // Noise printed above the first signature line (a stamp) belongs to it too.
    for (i, c) in classes.iter().enumerate().take(first) {
        if c.kind == Kind::Noise && segs.get(i).is_some_and(|s| s.text.chars().any(is_letter)) {
            take(i, &mut span, used);
        }
    }
    let mut rank = None;
    let mut name_text = None;
    if let Some(j) = name_at {
        if let Some((r, n)) = classes.get(j).and_then(|c| c.name) {
            rank = r.map(clean);
            name_text = Some(clean(n));
        }
        *name_line = segs.get(j).map(|s| s.line);
        take(j, &mut span, used);
    }
    let span = span?;
    if name_text.is_none() {
        diagnostics.push(Diagnostic::warning(
            codes::SIGNER_NAME_MISSING,
            "the signature block has no signer's name",
            Some(span),
        ));
    }
    let tuq = authorities.iter().position(|a| a.prefix == "TUQ");
    if tuq.is_some_and(|t| authorities.iter().skip(t + 1).any(|a| a.prefix == "KT")) {
        diagnostics.push(Diagnostic::warning(
            codes::SIGNER_REDELEGATED,
            "TUQ. (delegated) authority is passed on with KT., which the rules forbid",
            Some(span),
        ));
    }
    Some(Signer {
        authority: authorities,
        title,
        name: name_text,
        rank,
        span,
    })
}

/// Whether `text` may be the wrapped rest of an authority line: short
/// capitals, no list marker, no list punctuation ("HỘI NÔNG DÂN TỈNH").
fn wraps_authority(text: &str) -> bool {
    is_upper(text)
        && text.len() <= MAX_TAIL
        && marker_rest(text).is_none()
        && !text.ends_with([';', '.', ',', ':'])
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// Splits an authority line that runs on into the signer's own title:
/// `CHỦ TỊCH PHÓ CHỦ TỊCH` -> (`CHỦ TỊCH`, `PHÓ CHỦ TỊCH`); `ỦY BAN NHÂN
/// DÂN CHỦ TỊCH` after `TM.` -> (`ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`).
fn split_authority<'a>(code: &str, rest: &'a str) -> (&'a str, Option<&'a str>) {
    for w in rest.split_ascii_whitespace().skip(1) {
        let at = offset_in(rest, w);
        let tail = rest.get(at..).unwrap_or("");
        // A title is short; longer tails are no title.
        if tail.len() > MAX_TAIL {
            continue;
        }
        let head = rest.get(..at).unwrap_or(rest).trim_end();
        let ft = fold_words(tail);
        if fold_words(w) == "pho" && starts_title(&ft) {
            return (head, Some(tail));
        }
        if code == "TM" && title_len(&ft) == Some(ft.len()) {
            let fh = fold_words(head);
            if vocab::COLLECTIVES.iter().any(|c| folded_starts(&fh, c)) {
                return (head, Some(tail));
            }
        }
    }
    (rest, None)
}

/// The "Nơi nhận" entries (the archive line among them) and the archive
/// line's parts; marks the segments taken in `used`; the label becomes a
/// closing paragraph.
fn read_recipients(
    segs: &[Seg<'_>],
    kinds: &[Kind],
    used: &mut [bool],
    name_line: Option<usize>,
    c: &mut Closing,
) {
    let mut in_list = false;
    let mut archived = false;
    let mut closed = false;
    let mut label_line = usize::MAX;
    // The raw text of the last recipient, to tell a wrapped entry.
    let mut last: Option<String> = None;
    for (i, (s, &k)) in segs.iter().zip(kinds).enumerate() {
        if used.get(i).copied().unwrap_or(true) {
            continue;
        }
        let raw = match k {
            Kind::Label => {
                in_list = true;
                label_line = label_line.min(s.line);
                last = None;
                continue;
            }
            Kind::Entry if marker_rest(s.text).is_some() => marker_rest(s.text).unwrap_or(s.text),
            Kind::Archive => {
                let rest = marker_rest(s.text).unwrap_or(s.text);
                if c.archive.is_none() {
                    c.archive = archive_rest(rest).map(|a| read_archive(a, s.span()));
                }
                archived = true;
                rest
            }
            Kind::Other | Kind::Name | Kind::Entry => {
                if let (Some(prev), Some(r)) = (last.as_mut(), c.recipients.last_mut())
                    && !closed
                    && prev.len() < MAX_ENTRY
                    && continues(prev, s.text)
                {
                    prev.push(' ');
                    prev.push_str(s.text);
                    *r = recipient(prev, r.span.cover(s.span()));
                    if let Some(u) = used.get_mut(i) {
                        *u = true;
                    }
                    continue;
                }
                // Past the signer's name (the list printed before it), or
                // at body-like text (an appendix), the list is over.
                let past_name = name_line.is_some_and(|n| s.line > n && label_line < n);
                if k == Kind::Other && (past_name || body_like(s.text)) {
                    closed = true;
                }
                if !in_list || archived || closed {
                    last = None;
                    continue;
                }
                s.text
            }
            _ => continue,
        };
        if closed {
            continue;
        }
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
        let r = recipient(raw, s.span());
        if r.text.is_empty() {
            continue;
        }
        last = Some(raw.to_string());
        c.recipients.push(r);
    }
}

/// Whether a closing segment reads as body text: a long sentence or a
/// numbered heading.
fn body_like(text: &str) -> bool {
    text.split_ascii_whitespace().count() > 15
        || markers::parse(text)
            .is_some_and(|m| !matches!(m.family, Family::Dash | Family::Plus | Family::Bullet))
}

/// Whether `next` continues the entry `prev` (a wrapped line): it starts
/// with a small letter, or `prev` stops mid-phrase.
fn continues(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    if p.ends_with([';', '.']) {
        return false;
    }
    if next.starts_with('(') || next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let open = p.matches('(').count() > p.matches(')').count();
    open || p.ends_with([',', '-', '&', '(']) || p.ends_with(" và")
}

/// A recipient from its entry text (marker dropped), its note read.
fn recipient(raw: &str, span: Span) -> Recipient {
    let text = clean_item(raw);
    let (name, note, purposes) = read_note(&text);
    Recipient {
        name,
        note,
        purposes,
        text,
        span,
    }
}

/// The recipient, its purpose note (the last bracketed group, when it names
/// a purpose) and the purpose codes: `TT. Tỉnh ủy (b/c)` -> (`TT. Tỉnh
/// ủy`, `b/c`, [`report`]).
fn read_note(text: &str) -> (String, Option<String>, Vec<String>) {
    let plain = || (text.to_string(), None, Vec::new());
    let Some(body) = text.strip_suffix(')') else {
        return plain();
    };
    let Some(open) = body.rfind('(') else {
        return plain();
    };
    let inner = body.get(open + 1..).unwrap_or("").trim();
    let mut purposes: Vec<String> = Vec::new();
    for part in inner.split([',', ';', '+']) {
        let f = fold_words(part);
        if let Some(&(_, code)) = vocab::PURPOSES.iter().find(|(k, _)| *k == f) {
            if !purposes.iter().any(|p| p == code) {
                purposes.push(code.to_string());
            }
        }
    }
    if purposes.is_empty() {
        return plain();
    }
    let name = body
        .get(..open)
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | ';'));
    (name.to_string(), Some(inner.to_string()), purposes)
}

/// The archive line's parts from what follows `Lưu`: `VT, NC. (P.Hà)` ->
/// holders VT, NC, drafter P.Hà; `VT, DL. 25` -> 25 copies; `TH-TĐ10b` ->
/// holder TH, drafter TĐ, 10 copies.
fn read_archive(rest: &str, span: Span) -> Archive {
    let mut a = Archive {
        holders: Vec::new(),
        drafter: None,
        copies: None,
        span,
    };
    let body = rest.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ','));
    // Items split at commas and at a dot before a space; a bracketed
    // number is the copies, other bracketed text the drafter (or a holder
    // when it follows VT alone: "VT (NC)").
    let mut seen = String::with_capacity(body.len());
    let mut from = 0;
    let mut depth = 0;
    let mut open = 0;
    for (i, ch) in body.char_indices() {
        match ch {
            '(' => {
                if depth == 0 {
                    archive_items(&mut a, body.get(from..i).unwrap_or(""), &mut seen);
                    open = i + 1;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    archive_group(&mut a, &seen, body.get(open..i).unwrap_or("").trim());
                    from = i + 1;
                }
            }
            _ => {}
        }
    }
    if depth == 0 {
        archive_items(&mut a, body.get(from..).unwrap_or(""), &mut seen);
    }
    a
}

/// The comma-separated items of `part`, appended to `seen` as well.
fn archive_items(a: &mut Archive, part: &str, seen: &mut String) {
    seen.push_str(part);
    for item in part.split(',').flat_map(|p| p.split(". ")) {
        let item = item.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ':'));
        if !item.is_empty() {
            archive_item(a, item);
        }
    }
}

/// One bracketed group of an archive line.
fn archive_group(a: &mut Archive, before: &str, group: &str) {
    if group.is_empty() {
        return;
    }
    if let Some(n) = copies_of(group) {
        a.copies = Some(n);
        return;
    }
    let only_vt = fold_words(before).trim() == "vt";
    if only_vt && is_upper(group) && !group.contains([' ', '.']) {
        a.holders.push(group.to_string());
    } else {
        a.drafter = Some(group.to_string());
    }
}

/// One comma-separated item of an archive line.
fn archive_item(a: &mut Archive, item: &str) {
    if let Some(n) = copies_of(item) {
        a.copies = Some(n);
        return;
    }
    // Drafter and copies glued: "Thuận100b", "TH-TĐ10b".
    let trimmed = item.trim_end_matches(['b', 'B']);
    let digits = trimmed.len() - trimmed.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && trimmed.len() < item.len() + 1 && digits < trimmed.len() {
        let (who, n) = trimmed.split_at(trimmed.len() - digits);
        a.copies = n.parse().ok();
        let (holder, drafter) = match who.rsplit_once('-') {
            Some((h, d)) => (Some(h), d),
            None => (None, who),
        };
        if let Some(h) = holder.filter(|h| !h.is_empty()) {
            a.holders.push(h.to_string());
        }
        let drafter = drafter.trim_matches(['.', ' ']);
        if !drafter.is_empty() {
            a.drafter = Some(drafter.to_string());
        }
        return;
    }
    // "P.Hà": a drafter's initial and name.
    let initialled = item.contains('.') && item.chars().any(char::is_lowercase);
    if initialled {
        a.drafter = Some(item.to_string());
        return;
    }
    a.holders.push(clean(item));
}

/// A number of copies: `25`, `300`, `10b`, `10 bản`.
fn copies_of(s: &str) -> Option<u32> {
    let t = s.trim();
    let t = t
        .strip_suffix("bản")
        .or_else(|| t.strip_suffix('b'))
        .unwrap_or(t)
        .trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`find_gap`] finds what a search for three spaces finds, from any
    /// offset, on random texts of spaces and letters.
    #[test]
    fn find_gap_finds_the_first_three_spaces() {
        let mut seed = 7;
        for _ in 0..5000 {
            let n = (crate::text::next_random(&mut seed) >> 40) as usize % 60;
            let text: String = (0..n)
                .map(|_| crate::text::pick(&mut seed, &[' ', ' ', 'a', 'ể']))
                .collect();
            for from in 0..=text.len() {
                let want = text.as_bytes()[from..]
                    .windows(GAP_LEN)
                    .position(|w| w == b"   ")
                    .map(|p| p + from);
                assert_eq!(find_gap(text.as_bytes(), from), want, "{text:?} {from}");
            }
        }
    }

    #[test]
    fn every_signature_prefix_starts_with_t_k_or_q() {
        let firsts = vocab::PREFIX_WORDS
            .iter()
            .chain(vocab::PREFIX_LETTERS)
            .map(|(key, _)| key.chars().next().map(fold_char));
        for f in firsts {
            assert!(matches!(f, Some('t' | 'k' | 'q')), "{f:?}");
        }
    }

    /// [`cannot_close`] never skips a line one of whose pieces is a label,
    /// an authority line or a title: checked on every line of the fixtures,
    /// alone and with the starts and ends a closing line may have.
    #[test]
    fn cannot_close_skips_no_closing_line() {
        let texts: Vec<String> = crate::fixture_paths()
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        let long =
            " và các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc nội dung này";
        let (mut lines, mut skipped) = (0, 0);
        for text in &texts {
            for line in text.lines() {
                for head in ["", "Nơi nhận: ", "KT. ", "TM. ", "Q. ", "**", "CHỦ TỊCH "] {
                    for tail in ["", long, &long.repeat(3), &long.repeat(4)] {
                        let l = format!("{head}{line}{tail}");
                        let mut buf = Vec::new();
                        pieces(&l, 0, 0, false, &mut buf);
                        let hit = buf.iter().any(|s| {
                            is_label(s.text) || authority(s.text).is_some() || is_title(s.text)
                        });
                        lines += 1;
                        if !has_columns(&l) && cannot_close(&l) {
                            skipped += 1;
                            assert!(!hit, "{l:?}");
                        }
                    }
                }
            }
        }
        assert!(skipped * 10 > lines, "{skipped} of {lines}");
    }

    #[test]
    fn reads_authority_lines() {
        assert_eq!(
            authority("TM. ỦY BAN NHÂN DÂN"),
            Some(("TM", "ỦY BAN NHÂN DÂN"))
        );
        assert_eq!(
            authority("T/M BAN THƯỜNG VỤ"),
            Some(("TM", "BAN THƯỜNG VỤ"))
        );
        assert_eq!(authority("K/T BÍ THƯ"), Some(("KT", "BÍ THƯ")));
        assert_eq!(authority("KT CHỦ TỊCH"), Some(("KT", "CHỦ TỊCH")));
        assert_eq!(authority("TUQ. GIÁM ĐỐC"), Some(("TUQ", "GIÁM ĐỐC")));
        assert_eq!(authority("Q. GIÁM ĐỐC"), Some(("Q", "GIÁM ĐỐC")));
        assert_eq!(authority("TL.CHỦ TỊCH"), Some(("TL", "CHỦ TỊCH")));
        assert_eq!(authority("THỪA LỆNH BỘ TRƯỞNG"), Some(("TL", "BỘ TRƯỞNG")));
        assert_eq!(authority("TT. Tỉnh ủy (b/c);"), None);
        assert_eq!(authority("Q. Hoàn Kiếm"), None);
        assert_eq!(authority("KT. Sở"), None);
    }

    #[test]
    fn tells_titles_names_and_noise() {
        assert!(is_title("PHÓ CHÁNH VĂN PHÒNG"));
        assert!(is_title("BÍ THƯ THƯỜNG TRỰC"));
        assert!(is_title("Chủ tịch"));
        assert!(!is_title("Chủ tịch UBND tỉnh yêu cầu"));
        assert!(!is_title("III. TỔ CHỨC THỰC HIỆN"));
        assert!(!is_title("TRƯỜNG ĐẠI HỌC SƯ PHẠM"));
        assert_eq!(name("Nguyễn Văn Sơn"), Some((None, "Nguyễn Văn Sơn")));
        assert_eq!(
            name("Thiếu tướng Trần Văn Hà"),
            Some((Some("Thiếu tướng"), "Trần Văn Hà"))
        );
        assert_eq!(
            name("PGS.TS. Lê Thị Hoa"),
            Some((Some("PGS.TS."), "Lê Thị Hoa"))
        );
        assert_eq!(name("NGUYỄN VĂN SƠN"), Some((None, "NGUYỄN VĂN SƠN")));
        assert_eq!(name("H'Yim Kđoh"), Some((None, "H'Yim Kđoh")));
        assert_eq!(name("TỔ CHỨC THỰC HIỆN"), None);
        assert_eq!(name("Như trên"), None);
        assert!(is_noise("(Đã ký)"));
        assert!(is_noise("[daky]"));
        assert!(is_noise("(Ký tên, đóng dấu)"));
        assert!(is_noise("Ký bởi: Ủy ban nhân dân tỉnh"));
        assert!(is_noise("Email: ubnd@khanhhoa.gov.vn"));
        assert!(is_noise("Thời gian ký: 13.12.2021 16:21:18 +07:00"));
        assert!(!is_noise("Cơ quan thường trực"));
    }

    #[test]
    fn reads_labels_and_archive_lines() {
        assert_eq!(label_end("Nơi nhận:"), Some("Nơi nhận:".len()));
        assert_eq!(label_end("Nơi nhận: - Như trên;"), Some("Nơi nhận:".len()));
        assert_eq!(label_end("NƠI NHẬN"), Some("NƠI NHẬN".len()));
        assert_eq!(label_end("Nơi khác"), None);
        assert_eq!(label_end("Nơi nhận hồ sơ: Bộ phận một cửa"), None);
        assert_eq!(
            authority("T.M ỦY BAN NHÂN DÂN"),
            Some(("TM", "ỦY BAN NHÂN DÂN"))
        );
        assert_eq!(name("(Đã ký) Nguyễn Văn An"), Some((None, "Nguyễn Văn An")));
        assert_eq!(name("Nguyễn Văn An [daky]"), Some((None, "Nguyễn Văn An")));
        assert_eq!(name("Đã ký: Nguyễn Văn An"), Some((None, "Nguyễn Văn An")));
        assert_eq!(authority("KT/CHỦ TỊCH"), Some(("KT", "CHỦ TỊCH")));
        assert_eq!(classify("(Đã ký) Nguyễn Văn An"), Kind::Name);
        assert_eq!(classify("Đã ký"), Kind::Noise);
        assert!(archive_rest("Lưu: VT, NC.").is_some());
        assert!(archive_rest("Lưu VT, TH").is_some());
        assert!(archive_rest("Lưu Văn phòng Tỉnh ủy.").is_some());
        assert!(archive_rest("Lưu ý: nộp trước").is_none());
        let a = read_archive("VT, NC. (P.Hà)", Span::new(0, 1));
        assert_eq!(a.holders, ["VT", "NC"]);
        assert_eq!(a.drafter.as_deref(), Some("P.Hà"));
        let a = read_archive("VT, DL. 25", Span::new(0, 1));
        assert_eq!(a.holders, ["VT", "DL"]);
        assert_eq!(a.copies, Some(25));
        let a = read_archive("TH-TĐ10b, VT-LT.", Span::new(0, 1));
        assert_eq!(a.holders, ["TH", "VT-LT"]);
        assert_eq!((a.drafter.as_deref(), a.copies), (Some("TĐ"), Some(10)));
        let a = read_archive("VT (NC). Thuận100b", Span::new(0, 1));
        assert_eq!(a.holders, ["VT", "NC"]);
        assert_eq!((a.drafter.as_deref(), a.copies), (Some("Thuận"), Some(100)));
    }

    #[test]
    fn finds_where_the_closing_starts() {
        let start = |t: &str| find_start(&crate::lines::split(t), 0);
        let byline = "Nội dung chi tiết Công văn số 2718/UBND-NC./.\n\nĐào Thị Luyến\n";
        assert_eq!(start(byline), crate::lines::split(byline).len());
        let heading =
            "III. TỔ CHỨC THỰC HIỆN\nĐối với Sở Nội vụ:\nthực hiện./.\n\nGIÁM ĐỐC\n\nLê Văn A\n";
        assert_eq!(start(heading), 4);
        let sig_first =
            "thực hiện./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\nNơi nhận:\n- Như trên;\n";
        assert_eq!(start(sig_first), 1);
        let side = "thực hiện./.\n- Như trên;     KT. CHỦ TỊCH\n- Lưu: VT.     PHÓ CHỦ TỊCH\n";
        assert_eq!(start(side), 1);
        let cells = "thi hành./.\n- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |\n";
        assert_eq!(start(cells), 1);
    }

    #[test]
    fn reads_notes() {
        let (n, note, p) = read_note("TT. Tỉnh ủy (b/c)");
        assert_eq!((n.as_str(), note.as_deref()), ("TT. Tỉnh ủy", Some("b/c")));
        assert_eq!(p, ["report"]);
        let (n, _, p) = read_note("Đài PT-TH, Báo KH (VBĐT)");
        assert_eq!(
            (n.as_str(), p),
            ("Đài PT-TH, Báo KH", vec!["electronic".to_string()])
        );
        let (n, note, _) = read_note("Phòng THCBKS (Đ/c Nhung)");
        assert_eq!((n.as_str(), note), ("Phòng THCBKS (Đ/c Nhung)", None));
    }
}
