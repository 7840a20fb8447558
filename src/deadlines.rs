//! Deadlines: every deadline the text sets, resolved to a date and attached
//! to the innermost task holding it.
//!
//! Takes: the body as one text (`dates::join`, with its offset in the
//! normalised text) and the document read so far (its date and tasks).
//! Returns: the deadlines and diagnostics (impossible dates, a yearless
//! deadline that falls before the document's date).
//!
//! One scan of the body with the expression parser ([`crate::dates::scan`]);
//! each expression is then judged by the words right before it:
//! - a date or time after a cue (`trước`, `chậm nhất (là)`, `hạn chót`,
//!   `đến hết`, `thời hạn`) is `by_date`;
//! - a named period after a strong cue (`chậm nhất`, `hoàn thành trong`,
//!   `thời hạn`) is `period`, and after a weak one (`trong`, `trước`,
//!   `đến hết`) only when an action verb (`hoàn thành`, `trình`, `báo cáo`,
//!   `gửi` ...) precedes in the same clause and no goal word (`phấn đấu`,
//!   `mục tiêu`) or `đề ra` does;
//! - a duration with its lead (`trong thời hạn`, `trong vòng`, `không quá`)
//!   is `within`; it resolves when counted from a printed date or from the
//!   document's signing (`kể từ ngày ký`);
//! - `định kỳ ...`, `ngày 15 hằng tháng`, and `hằng tháng` after a reporting
//!   verb are `recurring`, with no date.
//!
//! Not deadlines: dates without a cue (a cited document's date, a meeting's
//! date), anything in a clause about validity (`có hiệu lực kể từ ngày ký`:
//! the date a document takes effect binds no one to act by it), cut-offs of
//! figures (`số liệu tính đến hết ngày`). A period after `trước` resolves to
//! the day before the period begins (`trước quý III/2024` -> 2024-06-30).

use chrono::NaiveDate;

use crate::dates::{self, Anchor, Dmy, Expr, Value};
use crate::diagnostic::{Diagnostic, codes};
use crate::model::{Deadline, DeadlineKind, Document, Task};
use crate::span::Span;
use crate::text::{clean, fast_lower, is_word_char, latin_letter_len};
use crate::vocab::dates as v;

/// The deadlines in `lines`.
pub(crate) fn extract(text: &str, base: usize, doc: &Document) -> (Vec<Deadline>, Vec<Diagnostic>) {
    let found = dates::scan(text);
    let mut diags: Vec<Diagnostic> = found
        .impossible
        .iter()
        .map(|&(s, e)| {
            Diagnostic::warning(
                codes::DATE_INVALID,
                format!(
                    "{:?} is not a date of the calendar; it was ignored",
                    text.get(s..e).unwrap_or("")
                ),
                Some(Span::new(base + s, base + e)),
            )
        })
        .collect();
    let ctx = Context {
        year: doc.date.map(|d| d.year),
        date: doc.date.and_then(|d| d.to_naive()),
    };
    let mut out = Vec::new();
    let mut words = Words::default();
    for e in &found.exprs {
        let Some((kind, start)) = classify(text, e, &mut words) else {
            continue;
        };
        let span = Span::new(base + start, base + e.end);
        let date = resolve(text, e, start, kind, ctx, span, &mut diags);
        out.push(Deadline {
            text: clean(text.get(start..e.end).unwrap_or("")),
            date,
            kind,
            task: task_path(&doc.tasks, span),
            time: match e.value {
                Value::Time { time, .. } => Some(time),
                _ => None,
            },
            span,
        });
    }
    (out, diags)
}

/// The document's year and date, against which deadlines resolve.
#[derive(Debug, Clone, Copy)]
struct Context {
    year: Option<i32>,
    date: Option<NaiveDate>,
}

/// The label path of the innermost task whose span holds `span`.
pub(crate) fn task_path(tasks: &[Task], span: Span) -> Option<Vec<String>> {
    let mut path = Vec::new();
    let mut level = tasks;
    while let Some(t) = level.iter().find(|t| t.span.contains(span)) {
        path.push(t.label.clone());
        level = &t.children;
    }
    (!path.is_empty()).then_some(path)
}

/// How far back (bytes) the cue right before an expression is looked for.
const NEAR: usize = 64;
/// How far back (bytes) the clause before an expression reaches.
const CLAUSE: usize = 200;

/// One word before an expression: where it starts in the text and where
/// its lower-cased form is in [`Words::lowered`].
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    lowered: (usize, usize),
}

/// The words of the clause before an expression, each lower-cased once
/// (as [`char::to_lowercase`] gives it) into one buffer; reused from one
/// expression to the next.
#[derive(Debug, Default)]
struct Words {
    lowered: Vec<u8>,
    /// The clause's words, back [`CLAUSE`] bytes at most, in text order.
    clause: Vec<Word>,
    /// The words back [`NEAR`] bytes at most.
    near: Vec<Word>,
    /// The [`head_bit`]s of the clause's words, or-ed.
    heads: u128,
}

/// A bit for a word by its first byte and length (hashed), lower-cased: a word can
/// be a phrase's first word only when their bits are the same.
fn head_bit(word: &[u8]) -> u128 {
    let first = word.first().map_or(0, |&b| u64::from(b));
    let key = (first << 8 | word.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    1 << (key >> 57)
}

/// Some of the clause's words, with the buffer their lower-cased forms are in.
#[derive(Clone, Copy)]
struct View<'a> {
    lowered: &'a [u8],
    words: &'a [Word],
    /// A superset of the [`head_bit`]s of the words (all bits set when
    /// unknown).
    heads: u128,
}

impl<'a> View<'a> {
    /// The `i`-th word, lower-cased.
    fn get(&self, i: usize) -> Option<&'a [u8]> {
        let w = self.words.get(i)?;
        self.lowered.get(w.lowered.0..w.lowered.1)
    }

    /// Whether the `i`-th word, lower-cased, is `part`.
    fn is(&self, i: usize, part: &str) -> bool {
        self.words
            .get(i)
            .is_some_and(|w| w.lowered.1 - w.lowered.0 == part.len())
            && self.get(i).is_some_and(|w| same(w, part.as_bytes()))
    }

    /// The words before the `i`-th.
    fn before(&self, i: usize) -> View<'a> {
        View {
            lowered: self.lowered,
            words: self.words.get(..i).unwrap_or(&[]),
            heads: self.heads,
        }
    }

    /// Where the first of `cues` (longest first) that the words end with
    /// starts: its index in the words.
    fn ends_with_cue(&self, cues: &[&str]) -> Option<usize> {
        cues.iter().find_map(|cue| {
            // The cue's words matched from the last one back.
            let mut rest = cue.as_bytes();
            for i in (0..self.words.len()).rev() {
                let w = self.get(i)?;
                let head = rest.len().checked_sub(w.len())?;
                if !same(rest.get(head..)?, w) {
                    return None;
                }
                match head.checked_sub(1) {
                    None => return Some(i),
                    Some(space) if rest.get(space) == Some(&b' ') => rest = rest.get(..space)?,
                    Some(_) => return None,
                }
            }
            None
        })
    }

    /// Whether the words (or any run of them) hold one of `phrases`, not as
    /// the start of one of [`v::NOT_VERBS`].
    fn holds(&self, phrases: &[&str]) -> bool {
        let at = |i: usize, p: &str| {
            p.split(' ')
                .enumerate()
                .all(|(k, part)| self.is(i + k, part))
        };
        phrases.iter().any(|p| {
            // The first word, up to the first space (a byte search: the
            // phrases are a few bytes long).
            let head = p.as_bytes();
            let head = head
                .get(..head.iter().position(|&b| b == b' ').unwrap_or(head.len()))
                .unwrap_or(head);
            // The words walked once per phrase (when one may be its first
            // word), their length told first.
            self.heads & head_bit(head) != 0
                && self.words.iter().enumerate().any(|(i, w)| {
                    w.lowered.1.wrapping_sub(w.lowered.0) == head.len()
                        && self
                            .lowered
                            .get(w.lowered.0..w.lowered.1)
                            .is_some_and(|x| same(x, head))
                        && at(i, p)
                        && !v::NOT_VERBS.iter().any(|n| at(i, n))
                })
        })
    }
}

impl Words {
    fn clause(&self) -> View<'_> {
        View {
            lowered: &self.lowered,
            words: &self.clause,
            heads: self.heads,
        }
    }

    fn near(&self) -> View<'_> {
        View {
            lowered: &self.lowered,
            words: &self.near,
            heads: u128::MAX,
        }
    }

    /// Reads the words of the clause that ends at `pos`: back to a `.`
    /// (before white space), `;`, `!`, `?`, or at most [`CLAUSE`] bytes
    /// (and [`NEAR`] bytes for [`Words::near`], a word cut at that bound
    /// kept as cut).
    fn read(&mut self, text: &str, pos: usize) {
        self.lowered.clear();
        self.clause.clear();
        self.near.clear();
        self.heads = 0;
        let from = char_start_after(text, pos.saturating_sub(CLAUSE));
        let near_from = char_start_after(text, pos.saturating_sub(NEAR));
        let start = clause_start(text, from, pos);
        let clause = text.get(start..pos).unwrap_or("");
        let bytes = clause.as_bytes();
        // The clause lower-cased whole, when that keeps each char's length
        // (a word's bytes are then at the same offsets); else word by word.
        let whole = push_lower_same_len(&mut self.lowered, clause);
        let lower = |lowered: &mut Vec<u8>, from: usize, to: usize| {
            if whole {
                (from - start, to - start)
            } else {
                let lo = lowered.len();
                push_lower(lowered, text.get(from..to).unwrap_or(""));
                (lo, lowered.len())
            }
        };
        let mut word: Option<usize> = None;
        let mut k = 0;
        loop {
            // The char at `k` (a space past the end): whether it belongs to
            // a word, and its length; ASCII and the Latin letters are told
            // by their bytes, the rest decoded.
            let (is_word, len) = match bytes.get(k) {
                None => (false, 1),
                Some(&b) if b < 0x80 => (b.is_ascii_alphanumeric(), 1),
                // A Latin letter by its lead bytes.
                Some(&b) => match latin_letter_len(b, bytes.get(k + 1).copied().unwrap_or(0)) {
                    Some(len) => (true, len),
                    None => match clause.get(k..).and_then(|s| s.chars().next()) {
                        Some(c) => (is_word_char(c), c.len_utf8()),
                        None => (false, 1),
                    },
                },
            };
            if is_word {
                if word.is_none() {
                    word = Some(start + k);
                }
            } else if let Some(at) = word.take() {
                let end = start + k;
                let w = Word {
                    start: at,
                    lowered: lower(&mut self.lowered, at, end),
                };
                self.clause.push(w);
                let lowered = self.lowered.get(w.lowered.0..w.lowered.1);
                self.heads |= head_bit(lowered.unwrap_or(&[]));
                if at >= near_from {
                    self.near.push(w);
                } else if end > near_from {
                    // Cut at the near bound.
                    self.near.push(Word {
                        start: near_from,
                        lowered: lower(&mut self.lowered, near_from, end),
                    });
                }
            }
            if k >= bytes.len() {
                break;
            }
            k += len;
        }
    }
}

/// `at`, or the next char boundary of `text` after it.
fn char_start_after(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Where the clause ending at `pos` starts: after the last `;`, `!`, `?`,
/// or `.` followed by white space (or by `pos`) in `from..pos`, else `from`.
fn clause_start(text: &str, from: usize, pos: usize) -> usize {
    let Some(hay) = text.as_bytes().get(from..pos) else {
        return from;
    };
    // The last `;`, `!` or `?`, then the dots after it, last first.
    let mark = memchr::memrchr3(b';', b'!', b'?', hay).map_or(0, |k| k + 1);
    let mut end = hay.len();
    while let Some(k) = hay.get(mark..end).and_then(|h| memchr::memrchr(b'.', h)) {
        let dot = from + mark + k;
        let next = text.get(dot + 1..pos).and_then(|s| s.chars().next());
        if next.is_none_or(char::is_whitespace) {
            return dot + 1;
        }
        end = mark + k;
    }
    from + mark
}

/// Pushes `s` lower-cased (as [`char::to_lowercase`] gives it).
fn push_lower(out: &mut Vec<u8>, s: &str) {
    if !push_lower_same_len(out, s) {
        let mut buf = [0u8; 4];
        for l in s.chars().flat_map(char::to_lowercase) {
            out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Pushes `s` lower-cased when that keeps the length of every char, and
/// says whether it did (`out` is left as it was when not): `s` is copied
/// whole, then ASCII and the Vietnamese letters are lower-cased in place by
/// their bytes, as [`fast_lower`] maps them (a capital's code
/// point is its small letter's less 0x20, or less one); other chars are
/// decoded.
fn push_lower_same_len(out: &mut Vec<u8>, s: &str) -> bool {
    let at = out.len();
    out.extend_from_slice(s.as_bytes());
    let done = out.get_mut(at..).is_some_and(|low| lower_in_place(s, low));
    if !done {
        out.truncate(at);
    }
    done
}

/// Lower-cases `low`, a copy of `s`, in place; false when a char's lower
/// case has another length.
fn lower_in_place(s: &str, low: &mut [u8]) -> bool {
    let src = s.as_bytes();
    let mut set = |k: usize, b: u8| {
        if let Some(x) = low.get_mut(k) {
            *x = b;
        }
    };
    let mut k = 0;
    while let Some(&b) = src.get(k) {
        // ASCII first, by its byte: only capitals change.
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                set(k, b | 0x20);
            }
            k += 1;
            continue;
        }
        let next = src.get(k + 1).copied().unwrap_or(0);
        let third = src.get(k + 2).copied().unwrap_or(0);
        k += match (b, next) {
            // U+00C0 to U+00FF.
            (0xC3, x) => {
                if matches!(x, 0x80..=0x96 | 0x98..=0x9E) {
                    set(k + 1, x + 0x20);
                }
                2
            }
            // U+0100 to U+012F, U+014A to U+0177.
            (0xC4, x @ 0x80..=0xAF) | (0xC5, x @ 0x8A..=0xB7) => {
                set(k + 1, x | 1);
                2
            }
            // Ơ Ư, then ơ ư.
            (0xC6, x @ (0xA0 | 0xAF)) => {
                set(k + 1, x + 1);
                2
            }
            (0xC6, 0xA1 | 0xB0) => 2,
            // U+1EA0 to U+1EFF.
            (0xE1, 0xBA | 0xBB) if next == 0xBB || third >= 0xA0 => {
                set(k + 2, third | 1);
                3
            }
            _ => {
                let Some(c) = s.get(k..).and_then(|r| r.chars().next()) else {
                    return false;
                };
                let l = match fast_lower(c) {
                    Some(l) => l,
                    None => {
                        let mut lower = c.to_lowercase();
                        let (Some(l), None) = (lower.next(), lower.next()) else {
                            return false;
                        };
                        l
                    }
                };
                if l.len_utf8() != c.len_utf8() {
                    return false;
                }
                let mut buf = [0u8; 4];
                for (i, &b) in l.encode_utf8(&mut buf).as_bytes().iter().enumerate() {
                    set(k + i, b);
                }
                c.len_utf8()
            }
        };
    }
    true
}

/// The last word that ends before `pos` and after `pos - reach` (cut at
/// that bound as [`Words::read`] cuts it), lower-cased into `out`: the
/// last of the near words, when there are any.
fn last_word(text: &str, pos: usize, reach: usize, out: &mut Vec<u8>) -> Option<()> {
    out.clear();
    let from = char_start_after(text, pos.saturating_sub(reach));
    let before = text.get(from..pos)?;
    let mut it = before.char_indices().rev();
    let (k, c) = it.by_ref().find(|&(_, c)| is_word_char(c))?;
    let end = k + c.len_utf8();
    let mut start = 0;
    for (k, c) in it {
        if !is_word_char(c) {
            start = k + c.len_utf8();
            break;
        }
    }
    push_lower(out, before.get(start..end)?);
    Some(())
}

/// Whether the last word of `cue` is `word`.
fn ends_with_word(cue: &str, word: &[u8]) -> bool {
    let cue = cue.as_bytes();
    let Some(head) = cue.len().checked_sub(word.len()) else {
        return false;
    };
    cue.get(head..).is_some_and(|end| same(end, word))
        && head
            .checked_sub(1)
            .is_none_or(|k| cue.get(k) == Some(&b' '))
}

/// `a == b`, as a loop: the words compared are a few bytes long.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Whether `expr` sets a deadline, of what kind, and where its text starts.
/// `words` is scratch space, reused from one expression to the next.
fn classify(text: &str, expr: &Expr, words: &mut Words) -> Option<(DeadlineKind, usize)> {
    // Most expressions are dates of citations and narrative: look at the
    // last word before first (every cue ends with one of a few words), then
    // at the few words right before, and at the whole clause only after a
    // cue.
    let cue_lists: &[&[&str]] = match expr.value {
        Value::Date(_) | Value::Time { .. } => &[v::DATE_CUES],
        Value::Range(..) => &[v::DATE_CUES, v::RANGE_CUES],
        Value::Period(_) => &[v::STRONG_PERIOD_CUES, v::WEAK_PERIOD_CUES],
        Value::Duration(_) | Value::Recurrence(_) => &[],
    };
    if !cue_lists.is_empty() {
        last_word(text, expr.start, NEAR, &mut words.lowered)?;
        let last = words.lowered.as_slice();
        let ends_a_cue = cue_lists
            .iter()
            .any(|cues| cues.iter().any(|c| ends_with_word(c, last)));
        if !ends_a_cue {
            return None;
        }
    }
    words.read(text, expr.start);
    let near = words.near();
    let cued = match expr.value {
        Value::Date(_) | Value::Time { .. } => near.ends_with_cue(v::DATE_CUES).is_some(),
        Value::Range(..) => {
            near.ends_with_cue(v::DATE_CUES).is_some()
                || near.ends_with_cue(v::RANGE_CUES).is_some()
        }
        Value::Period(_) => {
            near.ends_with_cue(v::STRONG_PERIOD_CUES).is_some()
                || near.ends_with_cue(v::WEAK_PERIOD_CUES).is_some()
        }
        Value::Duration(_) | Value::Recurrence(_) => true,
    };
    if !cued {
        return None;
    }
    let words = words.clause();
    if words.holds(v::EFFECT_WORDS) {
        return None;
    }
    let start_of = |i: usize| words.words.get(i).map(|w| w.start);
    let cue_at = |cues: &[&str]| -> Option<usize> {
        let i = words.ends_with_cue(cues)?;
        if words
            .before(i)
            .ends_with_cue(v::CUTOFF_BEFORE_CUE)
            .is_some()
        {
            return None;
        }
        start_of(i)
    };
    match expr.value {
        Value::Date(_) | Value::Time { .. } => {
            cue_at(v::DATE_CUES).map(|s| (DeadlineKind::ByDate, s))
        }
        Value::Range(..) => cue_at(v::DATE_CUES)
            .or_else(|| cue_at(v::RANGE_CUES))
            .map(|s| (DeadlineKind::ByDate, s)),
        Value::Period(_) => {
            if let Some(s) = cue_at(v::STRONG_PERIOD_CUES) {
                return Some((DeadlineKind::Period, s));
            }
            let i = words.ends_with_cue(v::WEAK_PERIOD_CUES)?;
            let before = words.before(i);
            let bounded = before.holds(v::BOUNDED_VERBS)
                && !before.holds(v::GOAL_WORDS)
                && before.ends_with_cue(v::CONTEXT_BEFORE_CUE).is_none();
            bounded.then(|| (DeadlineKind::Period, start_of(i).unwrap_or(expr.start)))
        }
        Value::Duration(_) => {
            (!words.holds(v::GOAL_WORDS)).then_some((DeadlineKind::Within, expr.start))
        }
        Value::Recurrence(r) => {
            if words.holds(v::REGIME) {
                return None;
            }
            let next = clause_words_after(text, expr.end);
            let by_verb =
                words.holds(v::RECURRING_VERBS) || starts_with_any(&next, v::RECURRING_VERBS);
            if !(r.day.is_some() || by_verb) {
                return None;
            }
            let start = cue_at(&["trước"]).unwrap_or(expr.start);
            Some((DeadlineKind::Recurring, start))
        }
    }
}

/// The first few words after `pos`, lower-cased, up to a punctuation mark.
fn clause_words_after(text: &str, pos: usize) -> Vec<String> {
    let rest = text.get(pos..).unwrap_or("");
    let mut end = rest
        .bytes()
        .take(60)
        .position(|b| matches!(b, b',' | b';' | b'.' | b':' | b'(' | b'\n'))
        .unwrap_or(rest.len().min(60));
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    rest.get(..end)
        .unwrap_or("")
        .split_ascii_whitespace()
        .take(4)
        .map(str::to_lowercase)
        .collect()
}

/// Whether `words` start with one of `phrases`.
fn starts_with_any(words: &[String], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        p.split(' ')
            .enumerate()
            .all(|(k, part)| words.get(k).is_some_and(|w| w == part))
    })
}

/// The calendar date a deadline falls on, where it can be told.
fn resolve(
    text: &str,
    expr: &Expr,
    start: usize,
    kind: DeadlineKind,
    ctx: Context,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) -> Option<NaiveDate> {
    let on_day = |d: Dmy, diags: &mut Vec<Diagnostic>| -> Option<NaiveDate> {
        let date = d.resolve(ctx.year)?;
        if d.year.is_none() && ctx.date.is_some_and(|doc| date < doc) {
            diags.push(Diagnostic::warning(
                codes::DEADLINE_BEFORE_DOCUMENT,
                format!(
                    "the deadline {:?} has no year; in the document's year it falls before the document's date",
                    text.get(start..expr.end).unwrap_or("")
                ),
                Some(span),
            ));
        }
        Some(date)
    };
    match (kind, expr.value) {
        (DeadlineKind::Recurring, _) => None,
        (_, Value::Date(d)) => on_day(d, diags),
        (_, Value::Time { date, .. }) => on_day(date?, diags),
        (_, Value::Range(_, end)) => on_day(end, diags),
        (_, Value::Period(p)) => {
            let before = text
                .get(start..expr.start)
                .is_some_and(|cue| cue.to_lowercase().trim_end().ends_with("trước"));
            if before {
                p.first_day(ctx.year)?.pred_opt()
            } else {
                p.last_day(ctx.year)
            }
        }
        (_, Value::Duration(d)) => {
            let from = match d.from? {
                Anchor::Date(a) => a.resolve(ctx.year)?,
                Anchor::Signing => ctx.date?,
                Anchor::Event => return None,
            };
            d.end_from(from)
        }
        (_, Value::Recurrence(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn task(label: &str, start: usize, end: usize, children: Vec<Task>) -> Task {
        Task {
            label: label.to_string(),
            text: String::new(),
            assignees: Vec::new(),
            lead: Vec::new(),
            support: Vec::new(),
            span: Span::new(start, end),
            children,
        }
    }

    fn run(text: &str, date: PartialDate) -> Vec<Deadline> {
        let doc = Document {
            date: Some(date),
            ..Document::default()
        };
        let (joined, base) = dates::join(&crate::lines::split(text));
        extract(&joined, base, &doc).0
    }

    #[test]
    fn attaches_to_the_innermost_task() {
        let tasks = vec![
            task(
                "1",
                0,
                100,
                vec![task("1.1", 10, 40, vec![]), task("1.2", 40, 100, vec![])],
            ),
            task(
                "2",
                100,
                200,
                vec![task("a", 120, 150, vec![task("-", 130, 150, vec![])])],
            ),
        ];
        assert_eq!(
            task_path(&tasks, Span::new(45, 60)),
            Some(vec!["1".into(), "1.2".into()])
        );
        assert_eq!(
            task_path(&tasks, Span::new(135, 140)),
            Some(vec!["2".into(), "a".into(), "-".into()])
        );
        assert_eq!(
            task_path(&tasks, Span::new(105, 110)),
            Some(vec!["2".into()])
        );
        assert_eq!(task_path(&tasks, Span::new(250, 260)), None);
        // Across two tasks: only the common parent holds it.
        assert_eq!(task_path(&tasks, Span::new(30, 50)), Some(vec!["1".into()]));
    }

    #[test]
    fn push_lower_is_to_lowercase() {
        let all: String = (0..0x3_0000).filter_map(char::from_u32).collect();
        let mut out = Vec::new();
        push_lower(&mut out, &all);
        assert_eq!(String::from_utf8(out).ok(), Some(all.to_lowercase()));
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let mut one = Vec::new();
            push_lower(&mut one, c.encode_utf8(&mut [0; 4]));
            assert_eq!(one, c.to_lowercase().to_string().into_bytes(), "{c:?}");
        }
    }

    #[test]
    fn phrases_held_are_lower_case() {
        for list in [
            v::EFFECT_WORDS,
            v::GOAL_WORDS,
            v::BOUNDED_VERBS,
            v::REGIME,
            v::RECURRING_VERBS,
            v::NOT_VERBS,
        ] {
            for p in list {
                assert_eq!(&p.to_lowercase(), p);
            }
        }
    }

    #[test]
    fn a_cited_date_is_no_deadline() {
        let d = run(
            "Thực hiện Kế hoạch số 118/KH-UBND ngày 29/7/2021 của UBND tỉnh, báo cáo trước ngày 30/12/2021.",
            PartialDate::ymd(2021, 12, 13),
        );
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].text, "trước ngày 30/12/2021");
        assert_eq!(d[0].date, NaiveDate::from_ymd_opt(2021, 12, 30));
    }
}
