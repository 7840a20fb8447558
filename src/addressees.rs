//! Addressees: the "Kính gửi:" block, and the actors a directive sentence
//! names ("... yêu cầu A; B; C thực hiện ...:").
//!
//! Takes: the lines from the end of the header on ([`extract`]), or one
//! sentence ([`from_sentence`]). Returns: the addressees with their spans;
//! [`extract`] also returns the number of lines the block used and its label
//! line as a paragraph. The word helpers here ([`WordBuf`], [`split_actors`],
//! [`action_at`]) are shared with the tasks stage (assignees): a text's
//! words are read once into a reused buffer, on demand, and compared with
//! the phrase lists as packed keys, each list indexed by its first words.

use crate::lines::Line;
use crate::markers::{self, Family};
use crate::model::{Addressee, BodyParagraph, Role};
use crate::span::Span;
use crate::text::{
    clean_item, fast_lower, fold_char, is_word_char, latin_letter_len, trim_item_end,
};
use crate::vocab::body as vocab;
use std::cell::Cell;
use std::sync::LazyLock;

/// How many non-blank lines may come before the "Kính gửi" label.
const LABEL_WITHIN: usize = 3;

/// The "Kính gửi" block near the start of `lines`, if any.
pub(crate) fn extract(lines: &[Line<'_>]) -> (Vec<Addressee>, usize, Vec<BodyParagraph>) {
    let mut paragraphs = Vec::new();
    let Some((at, label_end)) = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .take(LABEL_WITHIN)
        .find_map(|(i, l)| Some((i, label_len(l.text)?)))
    else {
        return (Vec::new(), 0, paragraphs);
    };
    // Lines before the label stay as paragraphs.
    for l in lines[..at].iter().filter(|l| !l.is_blank()) {
        paragraphs.push(paragraph(Role::Other, l.text, l.span()));
    }
    let line = &lines[at];
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
    // Most lines are ruled out by their first letter, before any folding.
    let first = text.chars().find(|&c| is_word_char(c)).map(fold_char)?;
    if !vocab::ADDRESSEE_LABELS.iter().any(|l| l.starts_with(first)) {
        return None;
    }
    // The folded words of the first 24 chars ([`crate::text::fold_words`]), made one
    // char at a time and compared as they come: a label, then the end or a
    // space.
    let label = vocab::ADDRESSEE_LABELS.iter().find(|l| {
        let mut folded = FoldedWords::new(text, 24);
        l.chars().all(|c| folded.next() == Some(c)) && matches!(folded.next(), None | Some(' '))
    })?;
    let n_words = label.split(' ').count();
    // Skip that many words, then a colon.
    let mut pos = 0;
    for _ in 0..n_words {
        let t = &text[pos..];
        let skip = t.len() - t.trim_start_matches(|c: char| !is_word_char(c)).len();
        let t2 = &t[skip..];
        let w = t2.find(|c: char| !is_word_char(c)).unwrap_or(t2.len());
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

/// The chars of [`crate::text::fold_words`] of the first `n` chars of a text, made on
/// demand.
struct FoldedWords<'a> {
    chars: std::iter::Take<std::str::Chars<'a>>,
    /// A word ended since the last char given.
    gap: bool,
    started: bool,
    /// A folded char due after the space given before it.
    queued: Option<char>,
}

impl<'a> FoldedWords<'a> {
    fn new(text: &'a str, n: usize) -> Self {
        FoldedWords {
            chars: text.chars().take(n),
            gap: false,
            started: false,
            queued: None,
        }
    }
}

impl Iterator for FoldedWords<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.queued.take() {
            return Some(c);
        }
        loop {
            let c = self.chars.next()?;
            if !is_word_char(c) {
                self.gap = true;
                continue;
            }
            let f = fold_char(c);
            let space = self.gap && self.started;
            self.gap = false;
            self.started = true;
            if space {
                self.queued = Some(f);
                return Some(' ');
            }
            return Some(f);
        }
    }
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
    text.split_ascii_whitespace().count() > 30
        || markers::parse(text).is_some()
        || text.ends_with(':')
        || !text.starts_with(char::is_uppercase)
}

/// One word of a text: where it is. Nothing is copied.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    /// Only white space between the word before and this one.
    tight: bool,
    /// The word's [`pack`]ed lower-cased and folded forms once computed
    /// (0: not yet; `u128::MAX`, no key: too long).
    keys: [Cell<u128>; 2],
}

/// The words of a text (runs of letters and digits), read on demand: a
/// caller reads as many as it needs, and reads on later. Reused from text
/// to text ([`WordBuf::clear`]).
#[derive(Debug, Default)]
pub(crate) struct WordBuf {
    ws: Vec<Word>,
    /// Where reading stopped in the text, and whether the chars read since
    /// the last word are all white space.
    pos: usize,
    gap_white: bool,
}

impl WordBuf {
    /// A buffer with room for `n` words.
    pub(crate) fn with_capacity(n: usize) -> Self {
        WordBuf {
            ws: Vec::with_capacity(n),
            pos: 0,
            gap_white: true,
        }
    }

    /// Forgets the words read.
    pub(crate) fn clear(&mut self) {
        self.ws.clear();
        self.pos = 0;
        self.gap_white = true;
    }

    /// The first `limit` words of `text` (all when fewer), reading on from
    /// where the last call stopped: `text` must be the text read since
    /// [`WordBuf::clear`]. ASCII bytes are read as bytes; other chars are
    /// decoded one at a time.
    pub(crate) fn read<'a>(&'a mut self, text: &'a str, limit: usize) -> Words<'a> {
        let b = text.as_bytes();
        let mut i = self.pos;
        let mut white = self.gap_white;
        while self.ws.len() < limit && i < b.len() {
            // The gap, then the word.
            while let Some(&c) = b.get(i) {
                if c == b' ' {
                    i += 1;
                    continue;
                }
                let (is_word, len, is_white) = class(text, i, c);
                if is_word {
                    break;
                }
                white &= is_white;
                i += len;
            }
            let start = i;
            while let Some(&c) = b.get(i) {
                if WORD_BYTE[usize::from(c)] {
                    i += 1;
                    continue;
                }
                let (is_word, len, _) = class(text, i, c);
                if !is_word {
                    break;
                }
                i += len;
            }
            if i > start {
                self.ws.push(Word {
                    start,
                    end: i,
                    tight: white,
                    keys: Default::default(),
                });
                white = true;
            }
        }
        self.pos = i;
        self.gap_white = white;
        Words { text, ws: &self.ws }
    }
}

/// The bytes a word is read over one at a time: ASCII letters and digits,
/// the lead bytes C4..C8 of two-byte letters (U+0100..U+023F, all letters)
/// and, after such a lead, its continuation byte. Other bytes are read by
/// [`class`].
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || matches!(c, 0x80..=0xBF | 0xC4..=0xC8);
        b += 1;
    }
    t
};

/// The char at byte `i` of `text` (its first byte `c`): whether it belongs
/// to a word, its length, whether it is white space. The Vietnamese letters
/// are told by their first bytes: U+00C0..U+023F but `×` (C3 97) and `÷`
/// (C3 B7); U+1E00..U+1EFF.
#[inline(always)]
fn class(text: &str, i: usize, c: u8) -> (bool, usize, bool) {
    let b = text.as_bytes();
    if c < 0x80 {
        return (c.is_ascii_alphanumeric(), 1, c.is_ascii_whitespace());
    }
    if let Some(len) = latin_letter_len(c, b.get(i + 1).copied().unwrap_or(0)) {
        return (true, len, false);
    }
    let ch = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    (is_word_char(ch), ch.len_utf8(), ch.is_whitespace())
}

/// Words read by a [`WordBuf`]; `ws` may be a prefix of the words read (a
/// phrase never runs past its end).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    pub text: &'a str,
    pub ws: &'a [Word],
}

impl<'a> Words<'a> {
    pub(crate) fn len(&self) -> usize {
        self.ws.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.ws.is_empty()
    }

    pub(crate) fn get(&self, i: usize) -> Option<&'a Word> {
        self.ws.get(i)
    }

    /// The first `n` words.
    pub(crate) fn head(self, n: usize) -> Self {
        Words {
            ws: self.ws.get(..n).unwrap_or(self.ws),
            ..self
        }
    }

    /// Whether word `i` equals `p`, compared in lower case (`lower`) or
    /// folded without tone marks.
    pub(crate) fn is(&self, i: usize, p: &str, lower: bool) -> bool {
        // Most words differ from the first byte on.
        if p.as_bytes().first() != self.first_byte(i, lower).as_ref() {
            return false;
        }
        match pack(p.bytes()) {
            Some(k) => self.key(i, lower) == Some(k),
            None => self.is_long(i, p, lower),
        }
    }

    /// [`Words::is`] for a `p` too long to pack, char by char.
    fn is_long(&self, i: usize, p: &str, lower: bool) -> bool {
        let Some(w) = self.ws.get(i) else {
            return false;
        };
        let word = self.text.get(w.start..w.end).unwrap_or("");
        let form = word.chars().map(|c| form_char(c, lower));
        form.eq(p.chars())
    }

    /// The [`pack`]ed form (lower-cased or folded) of word `i`, computed
    /// once.
    pub(crate) fn key(&self, i: usize, lower: bool) -> Option<u128> {
        let w = self.ws.get(i)?;
        let cache = w.keys.get(usize::from(lower))?;
        match cache.get() {
            0 => {
                let key = self.compute_key(w, lower);
                cache.set(key.unwrap_or(u128::MAX));
                key
            }
            u128::MAX => None,
            key => Some(key),
        }
    }

    fn compute_key(&self, w: &Word, lower: bool) -> Option<u128> {
        let word = self.text.get(w.start..w.end)?;
        let mut buf = [0u8; 16];
        if word.is_ascii() {
            buf.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
        } else {
            let mut n = 0;
            for c in word.chars() {
                let f = form_char(c, lower);
                f.encode_utf8(buf.get_mut(n..n + f.len_utf8())?);
                n += f.len_utf8();
            }
        }
        Some(u128::from_le_bytes(buf))
    }

    /// The first byte of word `i` lower-cased (`lower`) or folded.
    fn first_byte(&self, i: usize, lower: bool) -> Option<u8> {
        let w = self.ws.get(i)?;
        let b = *self.text.as_bytes().get(w.start)?;
        if b < 0x80 {
            return Some(b.to_ascii_lowercase());
        }
        // A key computed holds the first byte lowest.
        if let Some(key) = w.keys.get(usize::from(lower)).map(Cell::get)
            && key != 0
            && key != u128::MAX
        {
            return Some(key as u8);
        }
        let c = self.text.get(w.start..)?.chars().next()?;
        form_char(c, lower)
            .encode_utf8(&mut [0; 4])
            .as_bytes()
            .first()
            .copied()
    }
}

/// `c` lower-cased (`lower`) or folded.
fn form_char(c: char, lower: bool) -> char {
    if lower { lower_char(c) } else { fold_char(c) }
}

/// A word's bytes (at most 16) packed into an integer, the first byte
/// lowest: words hold no NUL byte, so two words have the same key only when
/// they are the same. None when longer.
fn pack(bytes: impl Iterator<Item = u8>) -> Option<u128> {
    let mut key = 0u128;
    for (n, b) in bytes.enumerate() {
        if n == 16 {
            return None;
        }
        key |= u128::from(b) << (8 * n);
    }
    Some(key)
}

/// `c` in lower case (Vietnamese capitals have one-char lower cases).
fn lower_char(c: char) -> char {
    fast_lower(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
}

/// Whether the `phrase` (words joined by one space, lower-cased or folded
/// as `lower` says) starts at word `i` with no punctuation other than
/// white space inside it.
pub(crate) fn phrase_at(ws: Words<'_>, i: usize, phrase: &str, lower: bool) -> bool {
    phrase.split(' ').enumerate().all(|(n, p)| {
        ws.get(i + n)
            .is_some_and(|w| (n == 0 || w.tight) && ws.is(i + n, p, lower))
    })
}

/// The first word index at or after `from` where `phrase` starts (as
/// [`phrase_at`]); the phrase's words are packed once.
pub(crate) fn find_phrase(ws: Words<'_>, from: usize, phrase: &str, lower: bool) -> Option<usize> {
    // At most four words, each packed, else compared as text.
    let mut packed = [0u128; 4];
    let mut n = 0;
    for p in phrase.split(' ') {
        match (pack(p.bytes()), packed.get_mut(n)) {
            (Some(k), Some(slot)) => *slot = k,
            _ => return (from..ws.len()).find(|&i| phrase_at(ws, i, phrase, lower)),
        }
        n += 1;
    }
    let keys = packed.get(..n).unwrap_or(&[]);
    let (Some(&first), Some(&byte)) = (keys.first(), phrase.as_bytes().first()) else {
        return (from..ws.len()).find(|&i| phrase_at(ws, i, phrase, lower));
    };
    (from..ws.len()).find(|&i| {
        ws.first_byte(i, lower) == Some(byte)
            && ws.key(i, lower) == Some(first)
            && keys.iter().enumerate().skip(1).all(|(n, &k)| {
                ws.get(i + n).is_some_and(|w| w.tight) && ws.key(i + n, lower) == Some(k)
            })
    })
}

/// A phrase list indexed by first word: the words of each phrase
/// [`pack`]ed, the phrases sorted by their first word, so that a word is
/// compared with the phrases that begin with it, found by binary search.
pub(crate) struct PhraseList {
    phrases: &'static [&'static str],
    /// Each phrase's first word, and the phrase's index (in list order).
    firsts: Vec<(u128, usize)>,
    /// Each phrase's words.
    keys: Vec<Vec<u128>>,
    /// Whether every word fits in a key (else phrases are compared as text).
    packed: bool,
    /// Whether some phrase begins with a byte.
    first_bytes: [bool; 256],
}

impl PhraseList {
    fn new(phrases: &'static [&'static str]) -> Self {
        let keys: Vec<Vec<u128>> = phrases
            .iter()
            .map(|p| p.split(' ').filter_map(|w| pack(w.bytes())).collect())
            .collect();
        let packed = keys
            .iter()
            .zip(phrases)
            .all(|(k, p)| k.len() == p.split(' ').count());
        let mut firsts: Vec<(u128, usize)> = keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| Some((*k.first()?, i)))
            .collect();
        firsts.sort_unstable();
        let mut first_bytes = [false; 256];
        for p in phrases {
            if let Some(&b) = p.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        PhraseList {
            phrases,
            firsts,
            keys,
            packed,
            first_bytes,
        }
    }
}

/// [`vocab::ACTION_WORDS`], indexed.
pub(crate) static ACTIONS: LazyLock<PhraseList> =
    LazyLock::new(|| PhraseList::new(vocab::ACTION_WORDS));
/// [`vocab::AGENCY_WORDS`], indexed.
static AGENCIES: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(vocab::AGENCY_WORDS));
/// [`vocab::REQUEST_VERBS`], indexed.
static REQUESTS: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(vocab::REQUEST_VERBS));
/// [`vocab::REQUEST_NOUN_MAKERS`], indexed.
static REQUEST_NOUN_MAKERS: LazyLock<PhraseList> =
    LazyLock::new(|| PhraseList::new(vocab::REQUEST_NOUN_MAKERS));
/// [`vocab::NOUN_MAKERS`], indexed.
static NOUN_MAKERS: LazyLock<PhraseList> = LazyLock::new(|| PhraseList::new(vocab::NOUN_MAKERS));

/// [`any_phrase_at`] over an indexed list.
pub(crate) fn any_phrase_in(
    ws: Words<'_>,
    i: usize,
    list: &PhraseList,
    lower: bool,
) -> Option<usize> {
    if !list.packed {
        return any_phrase_at(ws, i, list.phrases, lower);
    }
    // Most words are ruled out by their first byte, before all is folded.
    if !list.first_bytes[usize::from(ws.first_byte(i, lower)?)] {
        return None;
    }
    // A word too long to pack is none of the phrases' words.
    let first = ws.key(i, lower)?;
    let from = list.firsts.partition_point(|&(k, _)| k < first);
    let candidates = list.firsts.get(from..).unwrap_or(&[]);
    candidates
        .iter()
        .take_while(|&&(k, _)| k == first)
        .filter_map(|&(_, p)| list.keys.get(p))
        .find(|keys| {
            keys.iter().enumerate().skip(1).all(|(n, &k)| {
                ws.get(i + n).is_some_and(|w| w.tight) && ws.key(i + n, lower) == Some(k)
            })
        })
        .map(Vec::len)
}

/// The number of words of the first of `phrases` that starts at word `i`.
pub(crate) fn any_phrase_at(
    ws: Words<'_>,
    i: usize,
    phrases: &[&str],
    lower: bool,
) -> Option<usize> {
    phrases
        .iter()
        .find(|p| phrase_at(ws, i, p, lower))
        .map(|p| p.split(' ').count())
}

/// The number of words of a request verb at word `i`: written in lower
/// case ("Ban Chỉ đạo" is a name), or capitalised at a sentence start.
pub(crate) fn request_at(ws: Words<'_>, i: usize) -> Option<usize> {
    let n = any_phrase_in(ws, i, &REQUESTS, true)?;
    let text = ws.text;
    let w = ws.get(i)?;
    let lower = text[w.start..].starts_with(char::is_lowercase);
    let before = text[..w.start].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', ':', ';', ',']);
    // "các yêu cầu", "theo đề nghị của", "đáp ứng yêu cầu": nouns.
    let noun =
        i > 0 && !sentence_start && any_phrase_in(ws, i - 1, &REQUEST_NOUN_MAKERS, true).is_some();
    ((lower || sentence_start) && !noun).then_some(n)
}

/// The first word index at or after `from` where an action begins.
/// A verb written with a capital is part of a name ("Ban Chỉ đạo"); one
/// after "được", "việc", "công tác" is a noun ("được kiểm tra").
pub(crate) fn action_at(ws: Words<'_>, from: usize) -> Option<usize> {
    let b = ws.text.as_bytes();
    (from..ws.len()).find(|&i| {
        // An ASCII first byte is its own fold: most words are ruled out by
        // it alone.
        let first = ws.ws[i].start;
        let lower = match b.get(first) {
            Some(&c) if c < 0x80 => {
                c.is_ascii_lowercase() && (!ACTIONS.packed || ACTIONS.first_bytes[usize::from(c)])
            }
            _ => ws.text[first..].starts_with(char::is_lowercase),
        };
        lower
            && any_phrase_in(ws, i, &ACTIONS, false).is_some()
            && !(i > 0 && any_phrase_in(ws, i - 1, &NOUN_MAKERS, true).is_some())
    })
}

/// How many words a request verb ([`vocab::REQUEST_VERBS`]) spans at most.
pub(crate) const REQUEST_WORDS_MAX: usize = 4;

/// The last word of `ws` where a request verb ([`request_at`]) begins, and
/// its length in words. Each ends in a word that lower-cases to `cầu`,
/// `nghị`, `giao`, `đạo` or `thị`: one that holds `ầ`, `ị` or `ạ` (in
/// either case) or begins with `g`. Only the words just before such a word
/// are tried, from the end.
pub(crate) fn last_request(ws: Words<'_>) -> Option<(usize, usize)> {
    let b = ws.text.as_bytes();
    let may_end = |i: usize| {
        let word = ws.get(i).and_then(|w| b.get(w.start..w.end)).unwrap_or(&[]);
        matches!(word.first(), Some(b'g' | b'G'))
            || word.windows(3).any(|c| {
                matches!(
                    c,
                    [0xE1, 0xBA, 0xA0 | 0xA1 | 0xA6 | 0xA7] | [0xE1, 0xBB, 0x8A | 0x8B]
                )
            })
    };
    let mut end = None;
    (0..ws.len()).rev().find_map(|i| {
        if may_end(i) {
            end = Some(i);
        }
        if end.is_some_and(|e| e - i < REQUEST_WORDS_MAX) {
            request_at(ws, i).map(|n| (i, n))
        } else {
            None
        }
    })
}

/// Whether word `i` begins a body that can act.
pub(crate) fn agency_at(ws: Words<'_>, i: usize) -> bool {
    // Most words are no agency word: the words after are looked at only
    // for one that is.
    if any_phrase_in(ws, i, &AGENCIES, false).is_none() {
        return false;
    }
    // "Phòng, chống ..." is an action, not a unit; so is "Báo cáo" (to
    // report), which is no newspaper ("Báo Khánh Hòa").
    let action =
        ws.is(i + 1, "chong", false) || ws.is(i, "bao", false) && ws.is(i + 1, "cao", false);
    !action
}

/// `region` cut into the actors it names: on `;`, then on `, ` before a
/// capitalised agency word that heads at least two words ("..., Chủ tịch
/// UBND ..." splits; "Sở, Ban, ngành" does not). Ranges in `region`,
/// trimmed. `buf` is a scratch buffer.
pub(crate) fn split_actors(region: &str, buf: &mut WordBuf) -> Vec<(usize, usize)> {
    buf.clear();
    split_actors_in(buf.read(region, usize::MAX), 0, region.len())
}

/// [`split_actors`] of the region `s..e` of `words.text`, whose words are
/// `words` (read over the whole text: `s` and `e` cut no word). Ranges in
/// `words.text`.
pub(crate) fn split_actors_in(words: Words<'_>, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = s;
    let region = words.text;
    let ws = words.ws;
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
            && split_word(words, i)
            && ws
                .get(i + 1)
                .is_some_and(|n| region[w.end..n.start].trim().is_empty())
        {
            let comma = ws[i - 1].end + gap.find(',').unwrap_or(0);
            cut(start, comma, &mut out);
            start = comma + 1;
        } else if i >= 2
            && gap.trim().is_empty()
            && words.is(i - 1, "và", true)
            && region[ws[i - 2].end..ws[i - 1].start].trim().is_empty()
            && region[w.start..].starts_with(char::is_uppercase)
            && split_word(words, i)
            && ws
                .get(i + 1)
                .is_some_and(|n| region[w.end..n.start].trim().is_empty())
        {
            // "các sở, ban, ngành và UBND các huyện": two actors.
            cut(start, ws[i - 1].start, &mut out);
            start = w.start;
        }
    }
    cut(start, e, &mut out);
    out
}

/// Agency words that start a new actor in a comma list.
fn split_word(ws: Words<'_>, i: usize) -> bool {
    agency_at(ws, i) && !ws.is(i, "cac", false)
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
/// of the text: "... yêu cầu A; B thực hiện ...:" gives A and B. `ws` are
/// the sentence's first 400 words; `known` the last request verb among all
/// its words, when the caller found it ([`last_request`]); `region_buf` is
/// a scratch buffer.
pub(crate) fn from_sentence(
    ws: Words<'_>,
    known: Option<(usize, usize)>,
    region_buf: &mut WordBuf,
) -> Vec<(usize, usize)> {
    let text = ws.text;
    // The last request verb, if an actor follows it. One found among all the
    // words that ends inside `ws` is the last in `ws` too (no phrase that
    // ends past it begins before it).
    let found = match known {
        Some((i, n)) if i + n <= ws.len() => Some((i, n)),
        _ => last_request(ws),
    };
    let Some((i, n)) = found else {
        return Vec::new();
    };
    let from = i + n;
    let Some(first) = ws.get(from) else {
        return Vec::new();
    };
    if !agency_at(ws, from) {
        return Vec::new();
    }
    let end_word = action_at(ws, from + 1);
    let end = match end_word {
        Some(k) => ws.ws[k].start,
        None => text
            .rfind(':')
            .filter(|&c| c > first.start)
            .unwrap_or(text.len()),
    };
    // The region's words were read in `ws` when a word of `ws` starts at
    // or after its end, or no word follows the last one before it (`end` cuts no
    // word): then they are split as read, not read again.
    let to = ws.ws.partition_point(|w| w.start < end);
    let all_read = to < ws.len()
        || ws.ws.last().is_some_and(|l| {
            text.get(l.end..end)
                .is_some_and(|gap| !gap.chars().any(is_word_char))
        });
    if all_read {
        let region_words = Words {
            text,
            ws: ws.ws.get(from..to).unwrap_or(&[]),
        };
        return split_actors_in(region_words, first.start, end);
    }
    let region = &text[first.start..end];
    split_actors(region, region_buf)
        .into_iter()
        .map(|(s, e)| (first.start + s, first.start + e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(s: &str) -> Vec<&str> {
        let mut buf = WordBuf::default();
        buf.clear();
        from_sentence(buf.read(s, 400), None, &mut WordBuf::default())
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
    fn a_known_request_verb_gives_the_same_actors() {
        let alphabet = [
            "yêu", "cầu", "đề", "nghị", "giao", "Giao", "Sở", "Nội", "vụ", "các", "đơn", "vị",
            "UBND", "tỉnh", "thực", "hiện", "và", ",", ";", ":", "kính", "được",
        ];
        let mut seed = 13u64;
        let (mut all, mut buf) = (WordBuf::default(), WordBuf::default());
        let mut found = 0;
        for n in 0..4000 {
            let text: Vec<&str> = (0..n % 30)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            let text = text.join(" ");
            all.clear();
            let known = last_request(all.read(&text, usize::MAX));
            for limit in [3, 8, 400] {
                buf.clear();
                let ws = buf.read(&text, limit).head(limit);
                let want = from_sentence(ws, None, &mut WordBuf::default());
                found += usize::from(!want.is_empty());
                assert_eq!(
                    from_sentence(ws, known, &mut WordBuf::default()),
                    want,
                    "{text}"
                );
            }
        }
        assert!(found > 100, "{found}");
    }

    /// [`from_sentence`] as it was: the region's words read again.
    fn plain_from_sentence(ws: Words<'_>) -> Vec<(usize, usize)> {
        let text = ws.text;
        let Some((i, n)) = last_request(ws) else {
            return Vec::new();
        };
        let from = i + n;
        let Some(first) = ws.get(from) else {
            return Vec::new();
        };
        if !agency_at(ws, from) {
            return Vec::new();
        }
        let end = match action_at(ws, from + 1) {
            Some(k) => ws.ws[k].start,
            None => text
                .rfind(':')
                .filter(|&c| c > first.start)
                .unwrap_or(text.len()),
        };
        split_actors(&text[first.start..end], &mut WordBuf::default())
            .into_iter()
            .map(|(s, e)| (first.start + s, first.start + e))
            .collect()
    }

    #[test]
    fn sentence_actors_split_as_read_again() {
        let alphabet = [
            "yêu", "cầu", "giao", "Sở", "Nội", "vụ", "các", "đơn", "vị", "UBND", "tỉnh", "Chủ",
            "tịch", "thực", "hiện", "và", "Công", "an", ",", ";", ":", ".", "x", "ệ",
        ];
        let mut seed = 17u64;
        let mut buf = WordBuf::default();
        let mut found = 0;
        for n in 0..4000 {
            let text: Vec<&str> = (0..n % 40)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            let text = text.join(" ");
            for limit in [3, 8, 20, 400] {
                buf.clear();
                let ws = buf.read(&text, limit).head(limit);
                let want = plain_from_sentence(ws);
                found += usize::from(want.len() > 1);
                assert_eq!(
                    from_sentence(ws, None, &mut WordBuf::default()),
                    want,
                    "{text} {limit}"
                );
            }
        }
        assert!(found > 100, "{found}");
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
                if is_word_char(c) {
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
        let mut buf = WordBuf::default();
        // Every char of the blocks read from their bytes, and their
        // neighbours, inside a word, alone and at its ends.
        let odd: Vec<String> = (0x80..0x300)
            .chain(0x1D00..0x2030)
            .filter_map(char::from_u32)
            .map(|c| format!("a{c}b {c} x{c} {c}y"))
            .collect();
        for text in [
            "",
            "a",
            " Ủy ban, nhân-dân× tỉnh ",
            "x𝔸y 12.3 ệ",
            "Sở;Ban  ngành;",
        ]
        .into_iter()
        .chain(odd.iter().map(String::as_str))
        {
            for limit in [1, 2, 4, 80] {
                // Read in two steps: reading goes on where it stopped.
                buf.clear();
                buf.read(text, limit / 2);
                let got: Vec<_> = buf
                    .read(text, limit)
                    .ws
                    .iter()
                    .map(|w| (w.start, w.end))
                    .collect();
                assert_eq!(got, plain(text, limit), "{text}");
            }
        }
    }

    /// Phrases compared char by char, as before the words were folded once.
    #[test]
    fn phrases_match_char_comparison() {
        let is = |text: &str, w: &Word, p: &str, lower: bool| {
            let a = text[w.start..w.end]
                .chars()
                .map(|c| if lower { lower_char(c) } else { fold_char(c) });
            a.eq(p.chars())
        };
        let plain = |text: &str, ws: &[Word], i: usize, p: &str, lower: bool| {
            p.split(' ').enumerate().all(|(n, part)| {
                ws.get(i + n).is_some_and(|w| {
                    is(text, w, part, lower)
                        && (n == 0 || text[ws[i + n - 1].end..w.start].trim().is_empty())
                })
            })
        };
        let alphabet = [
            "Sở", "sở", "so", "UBND", "chủ", "trì", "Chủ", "phối", "hợp", "với", "yêu", "cầu",
            "giao", "Giao", "đề", "nghị", "Ủy", "ban", " ", " ", ", ", ": ", "\u{a0}", "-", "ệ",
        ];
        let mut seed = 11u64;
        let mut buf = WordBuf::default();
        for len in 0..400 {
            let text: String = (0..len % 40)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            buf.clear();
            let ws = buf.read(&text, 12);
            for i in 0..ws.len() + 1 {
                for (p, lower) in [
                    ("chủ trì", true),
                    ("phối hợp với", true),
                    ("so", false),
                    ("uy ban", false),
                    ("sở", true),
                    ("yêu cầu", true),
                ] {
                    assert_eq!(
                        phrase_at(ws, i, p, lower),
                        plain(&text, ws.ws, i, p, lower),
                        "{text:?} {i} {p}"
                    );
                    assert_eq!(
                        find_phrase(ws, i, p, lower),
                        (i..ws.len()).find(|&k| plain(&text, ws.ws, k, p, lower))
                    );
                }
                for list in [&*ACTIONS, &*AGENCIES, &*REQUESTS] {
                    for lower in [true, false] {
                        let want = list
                            .phrases
                            .iter()
                            .find(|p| plain(&text, ws.ws, i, p, lower))
                            .map(|p| p.split(' ').count());
                        assert_eq!(any_phrase_in(ws, i, list, lower), want);
                    }
                }
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

    #[test]
    fn labels_match_as_the_fold_says() {
        let pieces = [
            "Kính",
            "kinh",
            "KÍNH",
            "gửi",
            "GỞI",
            "gửix",
            "Đồng",
            "dong",
            "g",
            " ",
            "  ",
            ":",
            ", ",
            "“",
            "𝔸",
            "ø",
            "1",
            "Sở",
            "\n",
            "Kính gửi",
            "đồng kính ",
        ];
        let mut seed = 5u64;
        let mut hits = 0;
        for len in 0..3000 {
            let text: String = (0..len % 12)
                .map(|_| crate::text::pick(&mut seed, &pieces))
                .collect();
            let head: String = text.chars().take(24).collect();
            let folded = crate::text::fold_words(&head);
            let old = vocab::ADDRESSEE_LABELS.iter().find(|l| {
                folded.starts_with(*l) && !folded[l.len()..].starts_with(|c: char| c != ' ')
            });
            let new = vocab::ADDRESSEE_LABELS.iter().find(|l| {
                let mut f = FoldedWords::new(&text, 24);
                l.chars().all(|c| f.next() == Some(c)) && matches!(f.next(), None | Some(' '))
            });
            hits += usize::from(old.is_some());
            assert_eq!(old, new, "{text:?}");
            assert_eq!(FoldedWords::new(&text, 24).collect::<String>(), folded);
        }
        assert!(hits > 50, "{hits}");
    }
}
