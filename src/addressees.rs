//! Addressees: the "Kính gửi:" block, and the actors a directive sentence
//! names ("... yêu cầu A; B; C thực hiện ...:").
//!
//! Takes: the lines from the end of the header on ([`extract`]), or one
//! sentence ([`from_sentence`]). Returns: the addressees with their spans;
//! [`extract`] also returns the number of lines the block used and its label
//! line as a paragraph. The word helpers here ([`words`], [`split_actors`],
//! [`action_at`]) are shared with the tasks stage (assignees).

use crate::lines::Line;
use crate::markers::{self, Family};
use crate::model::{Addressee, BodyParagraph, Role};
use crate::span::Span;
use crate::text::{clean_item, fold_char, fold_words, trim_item_end};
use crate::vocab::body as vocab;
use std::sync::LazyLock;

/// How many non-blank lines may come before the "Kính gửi" label.
const LABEL_WITHIN: usize = 3;

/// The "Kính gửi" block near the start of `lines`, if any.
pub(crate) fn extract(lines: &[Line<'_>]) -> (Vec<Addressee>, usize, Vec<BodyParagraph>) {
    let mut paragraphs = Vec::new();
    let Some(at) = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .take(LABEL_WITHIN)
        .find(|(_, l)| label_len(l.text).is_some())
        .map(|(i, _)| i)
    else {
        return (Vec::new(), 0, paragraphs);
    };
    // Lines before the label stay as paragraphs.
    for l in lines[..at].iter().filter(|l| !l.is_blank()) {
        paragraphs.push(paragraph(Role::Other, l.text, l.span()));
    }
    let line = &lines[at];
    let label_end = label_len(line.text).unwrap_or(0);
    let label_text = line.text.get(..label_end).unwrap_or(line.text);
    paragraphs.push(paragraph(
        Role::Other,
        label_text,
        Span::new(line.start, line.start + label_end),
    ));
    let mut out = Vec::new();
    let rest = line.text.get(label_end..).unwrap_or("");
    let rest_start = line.start + label_end;
    for (s, e) in inline_entries(rest) {
        push_entry(&mut out, rest, rest_start, s, e);
    }
    let used = list(lines, at + 1, &mut out);
    (out, used.max(at + 1), paragraphs)
}

fn paragraph(role: Role, text: &str, span: Span) -> BodyParagraph {
    BodyParagraph {
        role,
        text: crate::text::clean(text),
        span,
    }
}

/// Whether `text` starts with the "Kính gửi" label.
pub(crate) fn is_label(text: &str) -> bool {
    text.starts_with(['K', 'k']) && label_len(text).is_some()
}

/// The byte length of the "Kính gửi:" label `text` starts with.
fn label_len(text: &str) -> Option<usize> {
    let head: String = text.chars().take(24).collect();
    let folded = fold_words(&head);
    let label = vocab::ADDRESSEE_LABELS
        .iter()
        .find(|l| folded.starts_with(*l) && !folded[l.len()..].starts_with(|c: char| c != ' '))?;
    let n_words = label.split(' ').count();
    // Skip that many words, then a colon.
    let mut pos = 0;
    for _ in 0..n_words {
        let t = &text[pos..];
        let skip = t.len() - t.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let t2 = &t[skip..];
        let w = t2.find(|c: char| !c.is_alphanumeric()).unwrap_or(t2.len());
        pos += skip + w;
    }
    let t = &text[pos..];
    let t2 = t.trim_start();
    let mut end = pos + (t.len() - t2.len());
    if t2.starts_with(':') {
        end += 1;
    } else {
        end = pos;
    }
    Some(end)
}

/// Entries written on the label's line: `Sở Nội vụ.`, `A; B.`, `- A; - B`.
fn inline_entries(rest: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in rest.char_indices() {
        if c == ';' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, rest.len()));
    out
}

/// Adds the entry `text[s..e]` (bullet and trailing punctuation dropped).
fn push_entry(out: &mut Vec<Addressee>, text: &str, base: usize, s: usize, e: usize) {
    let Some(piece) = text.get(s..e) else { return };
    let lead = piece.len() - piece.trim_start().len();
    let mut s = s + lead;
    let piece = piece.trim_start();
    let piece = match markers::parse(piece) {
        Some(m) if is_bullet(m.family) => {
            s += m.content;
            &piece[m.content..]
        }
        _ => piece,
    };
    let kept = trim_item_end(piece);
    if kept.is_empty() {
        return;
    }
    out.push(Addressee {
        text: clean_item(kept),
        span: Span::new(base + s, base + s + kept.len()),
    });
}

fn is_bullet(f: Family) -> bool {
    matches!(
        f,
        Family::Dash | Family::Plus | Family::Bullet | Family::Star
    )
}

/// Reads a list of addressees from `lines[from..]`: bullet lines, or one
/// plain line right after a bare label. Returns the index after the last
/// line used.
pub(crate) fn list(lines: &[Line<'_>], from: usize, out: &mut Vec<Addressee>) -> usize {
    let mut used = from;
    let mut i = from;
    let mut blank = false;
    // Whether the last entry is still open (no `;` or `.` at its end).
    let mut open = false;
    let mut last_end_dot = false;
    let mut semi = false;
    while let Some(l) = lines.get(i) {
        if l.is_blank() {
            blank = true;
            i += 1;
            continue;
        }
        let marker = markers::parse(l.text).filter(|m| is_bullet(m.family));
        // A plain line is an entry first, or after an entry ending in ";".
        let first_plain = (out.is_empty() || (semi && !blank))
            && marker.is_none()
            && !looks_like_sentence(l.text);
        if marker.is_some() || first_plain {
            if marker.is_some() && blank && last_end_dot && !out.is_empty() {
                break;
            }
            let n = out.len();
            push_entry(out, l.text, l.start, 0, l.text.len());
            if out.len() == n {
                break;
            }
        } else if open && !blank && l.text.starts_with(char::is_lowercase) {
            // A wrapped entry.
            if let Some(a) = out.last_mut() {
                let kept = trim_item_end(l.text);
                a.span.end = l.start + kept.len();
                a.text.push(' ');
                a.text.push_str(&clean_item(kept));
            }
        } else {
            break;
        }
        let end = l.text.trim_end();
        open = !end.ends_with([';', '.', ',']);
        semi = end.ends_with(';');
        last_end_dot = end.ends_with('.');
        blank = false;
        i += 1;
        used = i;
        if first_plain && end.ends_with('.') {
            break;
        }
    }
    used
}

/// Whether a line reads as a body sentence rather than one addressee.
fn looks_like_sentence(text: &str) -> bool {
    text.split_whitespace().count() > 30
        || markers::parse(text).is_some()
        || text.ends_with(':')
        || !text.starts_with(char::is_uppercase)
}

/// One word of a text: where it is. Nothing is copied.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    /// Whether the word of `text` equals `p`, compared in lower case
    /// (`lower`) or folded without tone marks.
    pub(crate) fn is(&self, text: &str, p: &str, lower: bool) -> bool {
        let w = text.get(self.start..self.end).unwrap_or("");
        let mut a = w.chars();
        let mut b = p.chars();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    let x = if lower { lower_char(x) } else { fold_char(x) };
                    if x != y {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }
}

/// `c` in lower case (Vietnamese capitals have one-char lower cases).
fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let i = c as usize;
    if (LOWER_LATIN.start..LOWER_LATIN.end).contains(&i) {
        return LOWERED.get(i - LOWER_LATIN.start).copied().unwrap_or(c);
    }
    if (LOWER_EXTENDED.start..LOWER_EXTENDED.end).contains(&i) {
        return LOWERED
            .get(i - LOWER_EXTENDED.start + LOWER_LATIN.len())
            .copied()
            .unwrap_or(c);
    }
    lower_char_slow(c)
}

fn lower_char_slow(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The ranges of every Vietnamese letter, lower-cased once (Unicode's case
/// tables are slow to search).
const LOWER_LATIN: std::ops::Range<usize> = 0xC0..0x250;
const LOWER_EXTENDED: std::ops::Range<usize> = 0x1E00..0x1F00;

static LOWERED: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    LOWER_LATIN
        .chain(LOWER_EXTENDED)
        .map(|i| char::from_u32(i as u32).map_or('\u{fffd}', lower_char_slow))
        .collect()
});

/// Whether `c` belongs to a word; Vietnamese letters take a fast path
/// (Unicode's alphabetic table is slow to search).
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && !matches!(c, '×' | '÷')
        || c.is_alphanumeric()
}

/// The words of `text` (runs of letters and digits), at most `limit`.
/// ASCII bytes are read as bytes; other chars are decoded one at a time.
pub(crate) fn words(text: &str, limit: usize) -> Vec<Word> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(limit.min(b.len() / 4 + 1).min(96));
    let mut start = None;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let (is_word, len) = if c < 0x80 {
            (c.is_ascii_alphanumeric(), 1)
        } else {
            let ch = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            (word_char(ch), ch.len_utf8())
        };
        if is_word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word { start: s, end: i });
            if out.len() >= limit {
                return out;
            }
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: b.len(),
        });
    }
    out
}

/// Whether the folded `phrase` (words joined by spaces) starts at word `i`
/// with no punctuation other than spaces inside it.
pub(crate) fn phrase_at(text: &str, ws: &[Word], i: usize, phrase: &str, lower: bool) -> bool {
    for (k, (n, p)) in (i..).zip(phrase.split(' ').enumerate()) {
        let Some(w) = ws.get(k) else { return false };
        if !w.is(text, p, lower) {
            return false;
        }
        if n > 0 {
            let gap = text.get(ws[k - 1].end..w.start).unwrap_or(",");
            if !gap.trim().is_empty() {
                return false;
            }
        }
    }
    true
}

/// A phrase list with its phrases grouped by first byte (in list order),
/// so that a word is compared with the few phrases that can match it.
pub(crate) struct PhraseList {
    phrases: &'static [&'static str],
    by_first: Vec<Vec<u16>>,
}

impl PhraseList {
    fn new(phrases: &'static [&'static str]) -> Self {
        let mut by_first = vec![Vec::new(); 256];
        for (k, p) in phrases.iter().enumerate() {
            if let (Some(&b), Ok(k)) = (p.as_bytes().first(), u16::try_from(k))
                && let Some(bucket) = by_first.get_mut(usize::from(b))
            {
                bucket.push(k);
            }
        }
        PhraseList { phrases, by_first }
    }
}

/// [`vocab::ACTION_WORDS`], indexed.
pub(crate) static ACTIONS: LazyLock<PhraseList> =
    LazyLock::new(|| PhraseList::new(vocab::ACTION_WORDS));
/// [`vocab::AGENCY_WORDS`], indexed.
static AGENCIES: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(vocab::AGENCY_WORDS));
/// [`vocab::REQUEST_VERBS`], indexed.
static REQUESTS: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(vocab::REQUEST_VERBS));

/// The first word of `ws[i]`, folded or lower-cased into `buf`; None when
/// it does not fit.
fn first_word<'b>(text: &str, w: &Word, lower: bool, buf: &'b mut [u8; 48]) -> Option<&'b [u8]> {
    let mut n = 0;
    for c in text.get(w.start..w.end).unwrap_or("").chars() {
        let f = if lower { lower_char(c) } else { fold_char(c) };
        if n + f.len_utf8() > buf.len() {
            return None;
        }
        n += f.encode_utf8(&mut buf[n..]).len();
    }
    buf.get(..n)
}

/// [`any_phrase_at`] over an indexed list.
pub(crate) fn any_phrase_in(
    text: &str,
    ws: &[Word],
    i: usize,
    list: &PhraseList,
    lower: bool,
) -> Option<usize> {
    let w = ws.get(i)?;
    let mut buf = [0u8; 48];
    let Some(first) = first_word(text, w, lower, &mut buf) else {
        return any_phrase_at(text, ws, i, list.phrases, lower);
    };
    let n = first.len();
    let bucket = list.by_first.get(usize::from(*first.first()?))?;
    bucket
        .iter()
        .filter_map(|&k| list.phrases.get(usize::from(k)))
        .filter(|p| {
            let b = p.as_bytes();
            b.starts_with(first) && matches!(b.get(n), None | Some(b' '))
        })
        .find(|p| phrase_at(text, ws, i, p, lower))
        .map(|p| p.split(' ').count())
}

/// The number of words of the first of `phrases` that starts at word `i`.
pub(crate) fn any_phrase_at(
    text: &str,
    ws: &[Word],
    i: usize,
    phrases: &[&str],
    lower: bool,
) -> Option<usize> {
    // Fold (or lower-case) the first word once, on the stack, then compare
    // bytes: this runs for every word against every phrase of a list.
    let w = ws.get(i)?;
    let mut buf = [0u8; 48];
    let first = first_word(text, w, lower, &mut buf);
    phrases
        .iter()
        .filter(|p| {
            first.is_none_or(|f| {
                let b = p.as_bytes();
                b.first() == f.first()
                    && b.starts_with(f)
                    && matches!(b.get(f.len()), None | Some(b' '))
            })
        })
        .find(|p| phrase_at(text, ws, i, p, lower))
        .map(|p| p.split(' ').count())
}

/// The number of words of a request verb at word `i`: written in lower
/// case ("Ban Chỉ đạo" is a name), or capitalised at a sentence start.
pub(crate) fn request_at(text: &str, ws: &[Word], i: usize) -> Option<usize> {
    let n = any_phrase_in(text, ws, i, &REQUESTS, true)?;
    let w = ws.get(i)?;
    let lower = text[w.start..].starts_with(char::is_lowercase);
    let before = text[..w.start].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', ':', ';', ',']);
    // "các yêu cầu", "theo đề nghị của", "đáp ứng yêu cầu": nouns.
    let noun = i > 0
        && !sentence_start
        && vocab::REQUEST_NOUN_MAKERS
            .iter()
            .any(|m| ws[i - 1].is(text, m, true));
    ((lower || sentence_start) && !noun).then_some(n)
}

/// The first word index at or after `from` where an action begins.
/// A verb written with a capital is part of a name ("Ban Chỉ đạo"); one
/// after "được", "việc", "công tác" is a noun ("được kiểm tra").
pub(crate) fn action_at(text: &str, ws: &[Word], from: usize) -> Option<usize> {
    (from..ws.len()).find(|&i| {
        text[ws[i].start..].starts_with(char::is_lowercase)
            && any_phrase_in(text, ws, i, &ACTIONS, false).is_some()
            && !(i > 0
                && vocab::NOUN_MAKERS
                    .iter()
                    .any(|n| ws[i - 1].is(text, n, true)))
    })
}

/// Whether word `i` begins a body that can act.
pub(crate) fn agency_at(text: &str, ws: &[Word], i: usize) -> bool {
    // "Phòng, chống ..." is an action, not a unit; so is "Báo cáo" (to
    // report), which is no newspaper ("Báo Khánh Hòa").
    if ws.get(i + 1).is_some_and(|w| w.is(text, "chong", false)) {
        return false;
    }
    if ws.get(i).is_some_and(|w| w.is(text, "bao", false))
        && ws.get(i + 1).is_some_and(|w| w.is(text, "cao", false))
    {
        return false;
    }
    any_phrase_in(text, ws, i, &AGENCIES, false).is_some()
}

/// `region` cut into the actors it names: on `;`, then on `, ` before a
/// capitalised agency word that heads at least two words ("..., Chủ tịch
/// UBND ..." splits; "Sở, Ban, ngành" does not). Ranges in `region`,
/// trimmed.
pub(crate) fn split_actors(region: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let ws = words(region, usize::MAX);
    let cut = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        if let Some(r) = trim_range(region, s, e) {
            out.push(r);
        }
    };
    for (i, w) in ws.iter().enumerate() {
        let gap = region.get(ws.get(i.wrapping_sub(1)).map_or(0, |p| p.end)..w.start);
        let Some(gap) = gap.filter(|_| i > 0) else {
            continue;
        };
        if gap.contains(';') {
            let semi = ws[i - 1].end + gap.find(';').unwrap_or(0);
            cut(start, semi, &mut out);
            start = semi + 1;
        } else if gap.trim() == ","
            && region[w.start..].starts_with(char::is_uppercase)
            && split_word(region, &ws, i)
            && ws
                .get(i + 1)
                .is_some_and(|n| region[w.end..n.start].trim().is_empty())
        {
            let comma = ws[i - 1].end + gap.find(',').unwrap_or(0);
            cut(start, comma, &mut out);
            start = comma + 1;
        } else if i >= 2
            && gap.trim().is_empty()
            && ws[i - 1].is(region, "và", true)
            && region[ws[i - 2].end..ws[i - 1].start].trim().is_empty()
            && region[w.start..].starts_with(char::is_uppercase)
            && split_word(region, &ws, i)
            && ws
                .get(i + 1)
                .is_some_and(|n| region[w.end..n.start].trim().is_empty())
        {
            // "các sở, ban, ngành và UBND các huyện": two actors.
            cut(start, ws[i - 1].start, &mut out);
            start = w.start;
        }
    }
    cut(start, region.len(), &mut out);
    out
}

/// Agency words that start a new actor in a comma list.
fn split_word(text: &str, ws: &[Word], i: usize) -> bool {
    agency_at(text, ws, i) && ws.get(i).is_some_and(|w| !w.is(text, "cac", false))
}

/// `s..e` of `text` without surrounding spaces, a leading "và", and the
/// trailing list punctuation; None when empty.
fn trim_range(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let piece = text.get(s..e)?;
    let lead = piece.len() - piece.trim_start().len();
    let mut s = s + lead;
    let mut piece = piece.trim_start();
    for and in ["và ", "cùng "] {
        if let Some(p) = piece.strip_prefix(and) {
            s += and.len();
            piece = p.trim_start();
            s += p.len() - piece.len();
        }
    }
    let kept = trim_item_end(piece.trim_end());
    (!kept.is_empty()).then_some((s, s + kept.len()))
}

/// The actors a directive sentence names after its request verb, as ranges
/// of `text`: "... yêu cầu A; B thực hiện ...:" gives A and B.
pub(crate) fn from_sentence(text: &str) -> Vec<(usize, usize)> {
    let ws = words(text, 400);
    // The last request verb, if an actor follows it.
    for i in (0..ws.len()).rev() {
        let Some(n) = request_at(text, &ws, i) else {
            continue;
        };
        let from = i + n;
        let Some(first) = ws.get(from) else { break };
        if !agency_at(text, &ws, from) {
            break;
        }
        let end_word = action_at(text, &ws, from + 1);
        let end = match end_word {
            Some(k) => ws[k].start,
            None => text
                .rfind(':')
                .filter(|&c| c > first.start)
                .unwrap_or(text.len()),
        };
        let region = &text[first.start..end];
        return split_actors(region)
            .into_iter()
            .map(|(s, e)| (first.start + s, first.start + e))
            .collect();
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(s: &str) -> Vec<&str> {
        from_sentence(s)
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect()
    }

    #[test]
    fn directive_sentence_actors() {
        assert_eq!(
            actors(
                "Để đẩy mạnh, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố; Chủ tịch UBND xã, phường, thị trấn tổ chức triển khai thực hiện một số nhiệm vụ sau:"
            ),
            vec![
                "Giám đốc các sở, thủ trưởng các ban, ngành cấp tỉnh",
                "Chủ tịch UBND các huyện, thị xã, thành phố",
                "Chủ tịch UBND xã, phường, thị trấn"
            ]
        );
        assert_eq!(
            actors(
                "Để hoàn thành, yêu cầu Thủ trưởng các Sở, Ban, ngành, Chủ tịch UBND các huyện, thành phố tập trung thực hiện tốt một số nhiệm vụ sau:"
            ),
            vec![
                "Thủ trưởng các Sở, Ban, ngành",
                "Chủ tịch UBND các huyện, thành phố"
            ]
        );
        assert_eq!(
            actors("Sở Y tế đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"),
            vec!["các cơ quan, đơn vị"]
        );
        assert!(actors("Chủ tịch UBND tỉnh yêu cầu:").is_empty());
        assert!(actors("Xét đề nghị Sở Nội vụ tại Tờ trình số 12, UBND tỉnh yêu cầu:").is_empty());
        assert_eq!(
            actors("UBND tỉnh yêu cầu các đơn vị thực hiện tốt các yêu cầu sau:"),
            vec!["các đơn vị"]
        );
        assert_eq!(
            actors("Sở Tài chính đề nghị các sở, ban, ngành và UBND các huyện thực hiện:"),
            vec!["các sở, ban, ngành", "UBND các huyện"]
        );
        assert_eq!(
            actors(
                "UBND tỉnh giao Sở Khoa học và Công nghệ, Sở Tài nguyên và Môi trường thực hiện:"
            ),
            vec!["Sở Khoa học và Công nghệ", "Sở Tài nguyên và Môi trường"]
        );
    }

    #[test]
    fn words_match_char_scan() {
        let plain = |text: &str, limit: usize| {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text
                .char_indices()
                .chain(std::iter::once((text.len(), ' ')))
            {
                if word_char(c) {
                    start.get_or_insert(i);
                } else if let Some(s) = start.take() {
                    out.push((s, i));
                    if out.len() >= limit {
                        break;
                    }
                }
            }
            out
        };
        for text in [
            "",
            "a",
            " Ủy ban, nhân-dân× tỉnh ",
            "x𝔸y 12.3 ệ",
            "Sở;Ban  ngành;",
        ] {
            for limit in [1, 2, 4, 80] {
                let got: Vec<_> = words(text, limit)
                    .iter()
                    .map(|w| (w.start, w.end))
                    .collect();
                assert_eq!(got, plain(text, limit), "{text}");
            }
        }
    }

    #[test]
    fn labels() {
        let t = "Kính gửi: Sở Nội vụ.";
        assert_eq!(label_len(t).map(|n| &t[..n]), Some("Kính gửi:"));
        let t = "KÍNH GỬI:";
        assert_eq!(label_len(t), Some(t.len()));
        let t = "Kính gởi Sở Tài chính";
        assert_eq!(label_len(t).map(|n| &t[..n]), Some("Kính gởi"));
        assert_eq!(label_len("Kính thưa"), None);
    }
}
