//! The directive body: where the document starts directing action, the task
//! tree, assignees, and the paragraphs that are no task.
//!
//! Takes: the body lines (between the addressees and the closing) and the
//! document read so far. Returns: the tasks, the other paragraphs with their
//! roles, addressees named by a directive sentence, and diagnostics.
//!
//! How it reads, in one pass over the lines (linear: each line is looked at
//! a bounded number of times, and the tree is built with a stack):
//!
//! - Lines group into *units*: a marker line and the lines that wrap it, or
//!   a run of lines that continue one sentence.
//! - A stack holds the open items. A marker of a family already open (for
//!   decimals, of the same depth; for `1.` / `1)`, the same separator) pops
//!   to that item and becomes its sibling; any other marker is a child of
//!   the top. A family restarting at 1 under an open item of that family is
//!   a new, nested list.
//! - Each item is a task, a context section (findings, purpose), a footnote,
//!   or pending. At the top level a heading such as `Kết quả ...`, `Tồn tại,
//!   hạn chế`, `Mục đích, yêu cầu` opens a context section (not tasks); a
//!   heading such as `Nhiệm vụ ...`, `Phương hướng ...`, `Tổ chức thực hiện`
//!   is itself a task. After a directive sentence (ending in `:` with a
//!   request verb: `yêu cầu`, `đề nghị`, `giao`, `chỉ đạo`, `chỉ thị`) or an
//!   operative word (`QUYẾT ĐỊNH:`, `... điện:`) other top-level items are
//!   tasks. Other top-level items wait: when a cue (such a sentence, or a
//!   "... như sau:" that reports no results or attendees) follows them, they
//!   were its grounds (preamble); otherwise they are what the document asks
//!   (tasks: a letter that just lists requests, a notice "kết luận như
//!   sau: 1. ..."), or findings in a report (báo cáo, tờ trình, biên bản).
//! - A paragraph without a marker continues the open task (also after a
//!   blank line: page breaks split paragraphs), except the closing sentence
//!   after the last marker. A directive cue that is no item's continuation
//!   closes open context sections.

use crate::addressees::{self, WordBuf, Words};
use crate::diagnostic::Diagnostic;
use crate::lines::Line;
use crate::markers::{self, Family, Marker};
use crate::model::{Addressee, BodyParagraph, DocKind, Document, Role, Task};
use crate::span::Span;
use crate::text::{clean_item, fold_char, fold_words_into, is_word_char, trim_item_end};
use crate::vocab::body as vocab;
use aho_corasick::{AhoCorasick, MatchKind};
use memchr::memmem;
use std::sync::LazyLock;

/// What the body stage found.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub tasks: Vec<Task>,
    pub paragraphs: Vec<BodyParagraph>,
    pub addressees: Vec<Addressee>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Task,
    Context(Role),
    Footnote,
    Pending,
}

/// An item of the tree being built.
#[derive(Debug)]
struct Node {
    family: Family,
    label: String,
    ordinal: Option<u32>,
    kind: Kind,
    /// The item's text, marker included.
    text: String,
    /// Where the text after the marker begins in `text`.
    content: usize,
    /// Directive sentences read before the item.
    cues_before: u32,
    start: usize,
    /// End of the item's own text.
    end: usize,
    children: Vec<usize>,
}

/// Where a lower-case continuation goes.
#[derive(Debug, Clone, Copy)]
enum Target {
    None,
    Node(usize),
    Para(usize),
}

/// Lines `first..=last` that read as one unit.
#[derive(Debug, Clone, Copy)]
struct Unit {
    first: usize,
    last: usize,
    blank_before: bool,
}

struct State<'a> {
    lines: &'a [Line<'a>],
    nodes: Vec<Node>,
    roots: Vec<usize>,
    stack: Vec<usize>,
    paragraphs: Vec<BodyParagraph>,
    last: Target,
    /// A directive cue has been read: top-level items are tasks.
    directive: bool,
    /// How many directive cues (sentences, operative words) have been read.
    cues: u32,
    /// A footnote mark (`⁽¹⁾`, `¹`) has been read.
    footnote_refs: bool,
    closing: bool,
    /// The directive sentences read, as line ranges.
    lead_ins: Vec<(usize, usize)>,
    /// A công điện's "... điện:" line was just read.
    dien_pending: bool,
    dien_addressees: Vec<Addressee>,
    /// A "Kính gửi" block found in the body.
    late_addressees: Vec<Addressee>,
    /// Scratch buffers: words of a text and of a part of it; a folded text.
    words: [WordBuf; 2],
    fold: String,
    /// The words of the first directive sentence, as its cue read them,
    /// and the request verb the cue found among them.
    lead_words: WordBuf,
    lead_request: Option<(usize, usize)>,
}

/// Reads the body `lines`.
pub(crate) fn extract(lines: &[Line<'_>], doc: &Document) -> Body {
    let mut found: Vec<Option<Marker>> = lines.iter().map(|l| item_marker(l.text)).collect();
    // "giai đoạn 2021\n- 2025": a dash before a number that goes on an
    // unfinished line is no bullet.
    for i in 1..lines.len() {
        let wrapped_dash = found[i].as_ref().is_some_and(|m| {
            matches!(m.family, Family::Dash)
                && lines[i]
                    .text
                    .get(m.content..)
                    .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        }) && {
            let prev = lines[i - 1].text;
            !prev.is_empty() && !prev.ends_with(['.', ';', ':', ',', '!', '?'])
        };
        if wrapped_dash {
            found[i] = None;
        }
    }
    let last_marker = found.iter().rposition(Option::is_some);
    let mut st = State {
        lines,
        nodes: Vec::new(),
        roots: Vec::new(),
        stack: Vec::new(),
        paragraphs: Vec::new(),
        last: Target::None,
        directive: false,
        cues: 0,
        footnote_refs: false,
        closing: false,
        lead_ins: Vec::new(),
        dien_pending: false,
        dien_addressees: Vec::new(),
        late_addressees: Vec::new(),
        words: [WordBuf::with_capacity(128), WordBuf::with_capacity(64)],
        fold: String::with_capacity(256),
        lead_words: WordBuf::default(),
        lead_request: None,
    };
    let mut i = 0;
    let mut blank_before = false;
    while i < lines.len() {
        if lines[i].is_blank() {
            blank_before = true;
            i += 1;
            continue;
        }
        let first = i;
        // A "Kính gửi" block the header stage left in the body.
        if doc.addressees.is_empty()
            && st.late_addressees.is_empty()
            && st.nodes.is_empty()
            && addressees::is_label(lines[i].text)
        {
            let (found_here, used, label) = addressees::extract(&lines[i..]);
            if !found_here.is_empty() {
                st.late_addressees = found_here;
                st.paragraphs.extend(label);
                i += used.max(1);
                blank_before = false;
                continue;
            }
        }
        let mut last = i;
        // A marker line takes the lines that wrap it; a plain line the lines
        // that continue its sentence.
        while let Some(next) = lines.get(last + 1) {
            if next.is_blank() || found[last + 1].is_some() || addressees::is_label(next.text) {
                break;
            }
            if found[first].is_none() && starts_sentence(lines[last].text, next.text) {
                break;
            }
            let bare = last == first
                && found[first]
                    .as_ref()
                    .is_some_and(|m| m.content >= lines[first].text.len());
            if found[first].is_some() && !bare && starts_sentence(lines[last].text, next.text) {
                // A new sentence after a marker line is a continuation
                // paragraph (or the closing), read as its own unit.
                break;
            }
            last += 1;
        }
        let unit = Unit {
            first,
            last,
            blank_before,
        };
        let mut next = last + 1;
        match found[first].take() {
            Some(m) if !st.closing => st.item(unit, m),
            _ => {
                let after_items = last_marker.is_none_or(|k| first > k);
                st.plain(unit, after_items);
                if st.dien_pending {
                    // A công điện's "<AUTHORITY> điện:" heads its addressees.
                    st.dien_pending = false;
                    next = addressees::list(lines, next, &mut st.dien_addressees).max(next);
                }
            }
        }
        if !st.footnote_refs
            && lines[first..=last]
                .iter()
                .any(|l| has_footnote_mark(l.text))
        {
            st.footnote_refs = true;
        }
        blank_before = false;
        i = next;
    }
    st.finish(doc)
}

/// Whether `text` holds a footnote mark (`⁽`, `¹`, `²`, `³`). Their UTF-8
/// forms lead with 0xC2 or 0xE2, which Vietnamese letters never use: only
/// the chars at those bytes, found by memchr, are looked at.
fn has_footnote_mark(text: &str) -> bool {
    let b = text.as_bytes();
    // `¹` `²` `³` are C2 B9/B2/B3, `⁽` is E2 81 BD; 0xC2 and 0xE2 only
    // lead a char, so the bytes name it.
    memchr::memchr2_iter(0xC2, 0xE2, b).any(|j| {
        matches!(
            b.get(j..),
            Some([0xC2, 0xB9 | 0xB2 | 0xB3, ..] | [0xE2, 0x81, 0xBD, ..])
        )
    })
}

/// [`crate::text::clean`], with a fast path: text that holds no white space
/// but single spaces between words (lines are trimmed and joined by one
/// space) is copied whole.
#[cfg(test)]
fn clean(s: &str) -> String {
    if crate::text::is_clean(s) {
        s.to_string()
    } else {
        crate::text::clean(s)
    }
}

/// [`crate::text::clean`] of an owned string: most come back as they are.
fn clean_owned(s: String) -> String {
    if crate::text::is_clean(&s) {
        s
    } else {
        crate::text::clean(&s)
    }
}

/// `text` up to its `n`-th char (all of it when shorter), without copying.
fn head_chars(text: &str, n: usize) -> &str {
    if text.len() <= n {
        return text;
    }
    // Chars start at every byte that is no UTF-8 continuation byte
    // (0x80..0xC0, below -64 as i8). Whole blocks first, counted in vectors.
    let b = text.as_bytes();
    let mut seen = 0;
    let mut base = 0;
    for block in b.chunks_exact(32) {
        let starts = block.iter().filter(|&&c| (c as i8) >= -64).count();
        if seen + starts > n {
            break;
        }
        seen += starts;
        base += 32;
    }
    for (i, &c) in b.iter().enumerate().skip(base) {
        if c & 0xC0 != 0x80 {
            if seen == n {
                return text.get(..i).unwrap_or(text);
            }
            seen += 1;
        }
    }
    text
}

/// Whether the words `p` occur in the space-joined words `key` as whole
/// words (as `" {key} ".contains(" {p} ")`, without building strings).
fn has_words(key: &str, p: &str) -> bool {
    // Every occurrence, overlapping ones included.
    let mut from = 0;
    while let Some(k) = key.get(from..).and_then(|r| r.find(p)) {
        let i = from + k;
        let before = i
            .checked_sub(1)
            .and_then(|j| key.as_bytes().get(j))
            .is_none_or(|&c| c == b' ');
        let after = key.as_bytes().get(i + p.len()).is_none_or(|&c| c == b' ');
        if before && after {
            return true;
        }
        from = i + key[i..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The marker of an item line, leaving out page numbers ("- 2 -").
fn item_marker(text: &str) -> Option<Marker> {
    let m = markers::parse(text)?;
    let content = text.get(m.content..).unwrap_or("");
    // "I." alone, its title on the next line; a bare bullet is no item.
    if content.is_empty()
        && matches!(
            m.family,
            Family::Dash | Family::Plus | Family::Bullet | Family::Star
        )
    {
        return None;
    }
    let page = content
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c.is_whitespace());
    if page && !content.is_empty() {
        return None;
    }
    Some(m)
}

/// Whether `next` begins a new sentence after `prev` (wrapped text goes on
/// in lower case, or after a line without end punctuation).
fn starts_sentence(prev: &str, next: &str) -> bool {
    let ended = prev.ends_with(['.', ':', ';', '!', '?', '…']) || prev.ends_with("./.");
    ended && next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(')
}

/// Lines joined by one space.
fn joined(lines: &[Line<'_>]) -> String {
    let len = lines.iter().map(|l| l.text.len() + 1).sum();
    let mut s = String::with_capacity(len);
    for l in lines {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(l.text);
    }
    s
}

/// The offset in the normalised text of byte `p` of `joined(lines)`.
fn map_joined(lines: &[Line<'_>], mut p: usize) -> usize {
    for l in lines {
        if p <= l.text.len() {
            return l.start + p;
        }
        p -= l.text.len() + 1;
    }
    lines.last().map_or(0, |l| l.end)
}

impl<'a> State<'a> {
    fn unit_lines(&self, u: Unit) -> &'a [Line<'a>] {
        let all: &'a [Line<'a>] = self.lines;
        all.get(u.first..=u.last).unwrap_or(&[])
    }

    fn span(&self, u: Unit) -> Span {
        Span::new(self.lines[u.first].start, self.lines[u.last].end)
    }

    /// The kind of the nearest open item, if any.
    fn top_kind(&self) -> Option<Kind> {
        self.stack.last().map(|&k| self.nodes[k].kind)
    }

    /// A line that starts with a marker.
    fn item(&mut self, u: Unit, m: Marker) {
        let lines = self.unit_lines(u);
        let first = &lines[0];
        let len = lines.iter().map(|l| l.text.len() + 1).sum();
        let mut text = String::with_capacity(len);
        text.push_str(first.text);
        for l in &lines[1..] {
            text.push(' ');
            text.push_str(l.text);
        }
        // Find the parent: pop to an open item of the same family.
        if let Some(pos) = self
            .stack
            .iter()
            .rposition(|&k| self.nodes[k].family == m.family)
        {
            let open = &self.nodes[self.stack[pos]];
            // A list restarting at 1 under an open item of its family is
            // nested, once per family (which also bounds the stack's depth).
            let same = self
                .stack
                .iter()
                .filter(|&&k| self.nodes[k].family == m.family)
                .count();
            let counts = matches!(
                m.family,
                Family::Arabic(_)
                    | Family::Letter(_)
                    | Family::Roman
                    | Family::UpperLetter
                    | Family::Paren
            );
            let restart =
                counts && m.ordinal == Some(1) && open.ordinal.is_some_and(|o| o >= 1) && same < 2;
            if !restart {
                self.stack.truncate(pos);
            }
        }
        let parent = self.stack.last().copied();
        let own = first.text.get(m.content..).unwrap_or("");
        let title = match lines.get(1) {
            Some(next) if own.is_empty() => next.text,
            _ => own,
        };
        let kind = self.kind_of(parent, &m, title);
        let node = Node {
            family: m.family,
            label: m.label,
            ordinal: m.ordinal,
            kind,
            text,
            content: m.content,
            cues_before: self.cues,
            start: first.start,
            end: self.lines[u.last].end,
            children: Vec::new(),
        };
        let idx = self.nodes.len();
        self.nodes.push(node);
        match parent {
            Some(p) => self.nodes[p].children.push(idx),
            None => self.roots.push(idx),
        }
        self.stack.push(idx);
        self.last = Target::Node(idx);
    }

    /// What a new item under `parent` is.
    fn kind_of(&mut self, parent: Option<usize>, m: &Marker, text: &str) -> Kind {
        if m.family == Family::Paren && self.footnote_refs {
            return Kind::Footnote;
        }
        if let Some(p) = parent {
            let pk = self.nodes[p].kind;
            if pk != Kind::Pending {
                return pk;
            }
        }
        match heading(text, &mut self.fold) {
            Heading::Context(role) => Kind::Context(role),
            Heading::Directive => {
                self.directive = true;
                Kind::Task
            }
            Heading::None if self.directive => Kind::Task,
            Heading::None => Kind::Pending,
        }
    }

    /// A unit without a marker.
    fn plain(&mut self, u: Unit, after_items: bool) {
        let lines = self.unit_lines(u);
        let text = joined(lines);
        let lower_start = text.starts_with(|c: char| c.is_lowercase());
        let end_mark = !self.nodes.is_empty() && text.trim_end().ends_with("./.");
        // Whether it closes is asked only while it may.
        if !self.closing
            && !lower_start
            && (end_mark
                || (after_items && (is_closing(&text, &mut self.fold) || is_byline(&text))))
        {
            self.closing = true;
            self.stack.clear();
        }
        if self.closing {
            self.para(Role::Closing, text, u);
            return;
        }
        if page_number(&text) {
            let last = self.last;
            self.para(Role::Other, text, u);
            self.last = last;
            return;
        }
        if lower_start {
            self.append(self.last, text, u);
            return;
        }
        if text.starts_with(['⁽', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']) {
            self.para(Role::Footnote, text, u);
            return;
        }
        // A footnote ends at the next paragraph.
        if u.blank_before && self.top_kind() == Some(Kind::Footnote) {
            while let Some(&k) = self.stack.last() {
                let is_note = self.nodes[k].kind == Kind::Footnote;
                self.stack.pop();
                if is_note && self.top_kind() != Some(Kind::Footnote) {
                    break;
                }
            }
        }
        let [words, _] = &mut self.words;
        let mut request = None;
        match cue(&text, words, &mut self.fold, &mut request) {
            Cue::Strong | Cue::Operative => {
                if text.trim_end().ends_with("điện:") && self.dien_addressees.is_empty() {
                    self.dien_pending = true;
                }
                self.cues += 1;
                self.directive = true;
                if self.lead_ins.is_empty() {
                    std::mem::swap(&mut self.words[0], &mut self.lead_words);
                    self.lead_request = request;
                }
                if self.lead_ins.len() < 8 {
                    self.lead_ins.push((u.first, u.last));
                }
                if self.top_kind() == Some(Kind::Task) {
                    self.append(Target::Node(self.stack[self.stack.len() - 1]), text, u);
                } else {
                    self.stack.clear();
                    self.para(Role::Instruction, text, u);
                }
                return;
            }
            Cue::Weak if self.top_kind() != Some(Kind::Task) => {
                // Items before it were context; items after it wait.
                self.cues += 1;
                self.stack.clear();
                self.para(Role::Preamble, text, u);
                return;
            }
            _ => {}
        }
        match self.stack.last().copied() {
            Some(k) => match self.nodes[k].kind {
                Kind::Context(role) => self.para(role, text, u),
                _ => self.append(Target::Node(k), text, u),
            },
            None => self.para(Role::Preamble, text, u),
        }
    }

    fn para(&mut self, role: Role, text: String, u: Unit) {
        self.paragraphs.push(BodyParagraph {
            role,
            text: clean_owned(text),
            span: self.span(u),
        });
        self.last = Target::Para(self.paragraphs.len() - 1);
    }

    /// Adds `text` to the item or paragraph `to`.
    fn append(&mut self, to: Target, text: String, u: Unit) {
        let end = self.lines[u.last].end;
        match to {
            Target::Node(k) => {
                let n = &mut self.nodes[k];
                n.text.push(' ');
                n.text.push_str(&text);
                n.end = n.end.max(end);
            }
            Target::Para(k) => {
                let p = &mut self.paragraphs[k];
                p.text.push(' ');
                p.text.push_str(&clean_owned(text));
                p.span.end = p.span.end.max(end);
            }
            Target::None => {
                let role = if self.directive {
                    Role::Instruction
                } else {
                    Role::Preamble
                };
                self.para(role, text, u);
            }
        }
    }

    fn finish(mut self, doc: &Document) -> Body {
        let report = matches!(
            doc.kind,
            Some(DocKind::BaoCao | DocKind::ToTrinh | DocKind::BienBan)
        );
        let mut body = Body::default();
        let roots = std::mem::take(&mut self.roots);
        for r in roots {
            // Items before a directive cue are its grounds; without one
            // after them, they are what the document asks.
            let pending = if self.cues > self.nodes[r].cues_before {
                Kind::Context(Role::Preamble)
            } else if report {
                Kind::Context(Role::Finding)
            } else {
                Kind::Task
            };
            self.emit(r, pending, &[], &mut body.tasks, &mut body.paragraphs);
        }
        body.paragraphs.append(&mut self.paragraphs);
        body.addressees = std::mem::take(&mut self.late_addressees);
        if body.addressees.is_empty() {
            body.addressees = std::mem::take(&mut self.dien_addressees);
        }
        // The first directive sentence that names who must act.
        let named = if body.addressees.is_empty() {
            &self.lead_ins[..]
        } else {
            &[]
        };
        for (k, &(a, b)) in named.iter().enumerate() {
            let lines = self.lines.get(a..=b).unwrap_or(&[]);
            let text = joined(lines);
            let [words, region_words] = &mut self.words;
            // The first sentence's cue has read its words (or cleared them)
            // and found its request verb.
            let (words, request) = if k == 0 {
                (&mut self.lead_words, self.lead_request)
            } else {
                words.clear();
                (words, None)
            };
            let ws = words.read(&text, 400).head(400);
            for (s, e) in addressees::from_sentence(ws, request, region_words) {
                body.addressees.push(Addressee {
                    text: clean_item(&text[s..e]),
                    span: Span::new(map_joined(lines, s), map_joined(lines, e)),
                });
            }
            if !body.addressees.is_empty() {
                break;
            }
        }
        body
    }

    /// Turns node `k` (and its subtree) into a task or paragraphs. Depth is
    /// bounded by the number of marker families, so recursion is safe.
    fn emit(
        &mut self,
        k: usize,
        pending: Kind,
        inherited: &[String],
        tasks: &mut Vec<Task>,
        paras: &mut Vec<BodyParagraph>,
    ) -> usize {
        let kind = match self.nodes[k].kind {
            Kind::Pending => pending,
            other => other,
        };
        let n = &mut self.nodes[k];
        let children = std::mem::take(&mut n.children);
        // The node's text moves into the output.
        let mut text = std::mem::take(&mut n.text);
        let (start, own_end, content) = (n.start, n.end, n.content);
        match kind {
            Kind::Task => {
                let label = std::mem::take(&mut n.label);
                // The text after the marker.
                if text.get(content..).is_some() {
                    text.replace_range(..content, "");
                } else {
                    text.clear();
                }
                let mut text = clean_owned(text);
                let (mut assignees, lead, support) = assign(&text, &mut self.words);
                text.truncate(trim_item_end(&text).len());
                if assignees.is_empty() {
                    assignees = inherited.to_vec();
                }
                let mut kids = Vec::new();
                let mut end = own_end;
                for c in children {
                    end = end.max(self.emit(c, pending, &assignees, &mut kids, paras));
                }
                tasks.push(Task {
                    label,
                    text,
                    assignees,
                    lead,
                    support,
                    span: Span::new(start, end),
                    children: kids,
                });
                end
            }
            Kind::Context(_) | Kind::Footnote | Kind::Pending => {
                let role = match kind {
                    Kind::Context(r) => r,
                    _ => Role::Footnote,
                };
                paras.push(BodyParagraph {
                    role,
                    text: clean_owned(text),
                    span: Span::new(start, own_end),
                });
                let mut end = own_end;
                for c in children {
                    // A context's items keep its role.
                    if self.nodes[c].kind == Kind::Task || self.nodes[c].kind == Kind::Pending {
                        self.nodes[c].kind = kind;
                    }
                    end = end.max(self.emit(c, pending, &[], tasks, paras));
                }
                end
            }
        }
    }
}

/// What a heading says its section is.
#[derive(Debug, PartialEq, Eq)]
enum Heading {
    Context(Role),
    Directive,
    None,
}

/// Reads an item's text as a section heading: short, no list punctuation.
/// `fold` is a scratch buffer.
fn heading(text: &str, fold: &mut String) -> Heading {
    let head = head_chars(text, 160);
    let many_words = head.split_ascii_whitespace().nth(20).is_some();
    let t = head.trim_end();
    // A heading is short and no sentence: no end stop, no list punctuation.
    let sentence = t.ends_with(['.', ';', ',']) && !t.ends_with("...");
    if many_words || head.contains(';') || (sentence && !crate::text::is_upper(t)) {
        return Heading::None;
    }
    fold_words_into(head, usize::MAX, fold);
    let mut key = fold.as_str();
    for f in vocab::HEADING_FILLERS {
        if let Some(rest) = key.strip_prefix(f).and_then(|r| r.strip_prefix(' ')) {
            key = rest;
            break;
        }
    }
    let starts = |list: &[&str]| {
        list.iter()
            .any(|p| key.starts_with(p) && key[p.len()..].chars().next().is_none_or(|c| c == ' '))
    };
    if starts(vocab::FINDING_HEADINGS) {
        return Heading::Context(Role::Finding);
    }
    if starts(vocab::PREAMBLE_HEADINGS) {
        return Heading::Context(Role::Preamble);
    }
    if starts(vocab::PROPOSAL_HEADINGS) {
        return Heading::Context(Role::Other);
    }
    if vocab::DIRECTIVE_HEADINGS.iter().any(|p| has_words(key, p)) {
        return Heading::Directive;
    }
    Heading::None
}

/// How a plain paragraph opens the directive part.
#[derive(Debug, PartialEq, Eq)]
enum Cue {
    /// A request verb, ending in `:` (or "... sau").
    Strong,
    /// `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`.
    Operative,
    /// "... như sau:" without a request verb.
    Weak,
    None,
}

/// How `text` opens the directive part; `words` and `fold` are scratch
/// buffers. A strong cue's last request verb (word index and length) goes
/// to `request`.
fn cue(
    text: &str,
    words: &mut WordBuf,
    fold: &mut String,
    request: &mut Option<(usize, usize)>,
) -> Cue {
    // Cleared whether read or not: the caller may keep the words.
    words.clear();
    let t = text.trim_end();
    let colon = t.ends_with(':');
    // The folded words of the last 40 chars end in "sau" or "sau day" only
    // when their last letter folds to `u` or `y`: most are ruled out before
    // any fold.
    let last_letter = t.chars().rev().take(40).find(|&c| is_word_char(c));
    let sau = matches!(last_letter.map(fold_char), Some('u' | 'y')) && {
        let tail = match t.char_indices().rev().nth(39) {
            Some((i, _)) => &t[i..],
            None => t,
        };
        ends_with_sau(tail)
    };
    if !colon && !sau {
        // "QUYẾT ĐỊNH" alone on its line, colon lost.
        let upper_operative = t.chars().nth(15).is_none() && crate::text::is_upper(t) && {
            fold_words_into(t, usize::MAX, fold);
            vocab::OPERATIVE_WORDS[..2].contains(&fold.as_str())
        };
        return if upper_operative {
            Cue::Operative
        } else {
            Cue::None
        };
    }
    if t.chars().nth(39).is_none() {
        fold_words_into(t, usize::MAX, fold);
        if vocab::OPERATIVE_WORDS.contains(&fold.as_str()) {
            return Cue::Operative;
        }
        // "<AUTHORITY> điện:" of a công điện.
        if colon && fold.ends_with(" dien") && t.trim_end_matches(':').ends_with("điện") {
            return Cue::Operative;
        }
    }
    *request = addressees::last_request(words.read(t, usize::MAX));
    if request.is_some() {
        Cue::Strong
    } else if sau && !reports(t, fold) {
        Cue::Weak
    } else {
        Cue::None
    }
}

/// Whether the folded words of `tail` ([`fold_words_into`]) end in " sau"
/// or " sau day", or are "sau": only its last three words are looked at.
fn ends_with_sau(tail: &str) -> bool {
    let mut words = tail
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .rev();
    let is = |w: &str, p: &str| w.chars().map(fold_char).eq(p.chars());
    match (words.next(), words.next(), words.next()) {
        (Some(last), None, _) => is(last, "sau"),
        (Some(last), Some(before), more) => {
            is(last, "sau") || (more.is_some() && is(last, "day") && is(before, "sau"))
        }
        (None, ..) => false,
    }
}

/// Whether the last clause of a "... như sau:" sentence announces results
/// or attendees rather than directions.
fn reports(text: &str, fold: &mut String) -> bool {
    let clause = text.rsplit(',').next().unwrap_or(text);
    fold_words_into(clause, usize::MAX, fold);
    vocab::WEAK_CUE_EXCLUDED.iter().any(|w| has_words(fold, w))
}

/// Whether a line is a page number: "2", "- 2 -", "Trang 2".
fn page_number(text: &str) -> bool {
    let t = text.strip_prefix("Trang").unwrap_or(text);
    t.len() <= 12
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '/' || c.is_whitespace())
}

/// Whether a paragraph is a news article's byline ("Minh Châu", "Đào Thị
/// Luyến"): two to five words, each capitalised, nothing else.
fn is_byline(text: &str) -> bool {
    let words = text.split_ascii_whitespace().count();
    text.len() <= 48
        && (2..=5).contains(&words)
        && text.split_ascii_whitespace().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
        })
}

/// Whether a paragraph after the last item is the closing sentence.
/// `fold` is a scratch buffer.
fn is_closing(text: &str, fold: &mut String) -> bool {
    let t = text.trim_end();
    if t.ends_with("/.") {
        return true;
    }
    fold_words_into(t, usize::MAX, fold);
    // One searcher for all the phrases, built once: a single pass over
    // the fold instead of one per phrase.
    static PHRASES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(vocab::CLOSING_PHRASES)
            .ok()
    });
    match &*PHRASES {
        Some(ac) => ac.is_match(fold.as_str()),
        None => vocab::CLOSING_PHRASES.iter().any(|p| fold.contains(p)),
    }
}

/// Who a task's text assigns: "Giao Sở X: ...", "Sở X: chủ trì ...",
/// "Đối với Sở X:", "Sở X chủ trì, phối hợp ...", "A, B: C, D thực hiện".
#[cfg(test)]
fn assignees(text: &str) -> Vec<String> {
    assign(text, &mut Default::default()).0
}

/// Who leads ("X chủ trì") and who supports ("phối hợp với A, B ...").
#[cfg(test)]
fn lead_and_support(text: &str) -> (Vec<String>, Vec<String>) {
    let (_, lead, support) = assign(text, &mut Default::default());
    (lead, support)
}

/// The assignees of a task's text, who leads and who supports; `bufs` are
/// scratch buffers. The words of the text's head are read once, and only
/// as far as needed.
fn assign(text: &str, bufs: &mut [WordBuf; 2]) -> (Vec<String>, Vec<String>, Vec<String>) {
    let [words, _] = bufs;
    let Some((head, lead_words)) = opening(text, words) else {
        return (Vec::new(), Vec::new(), Vec::new());
    };
    let assignees = assignees_in(head, lead_words, words);
    if assignees.is_empty() {
        return (assignees, Vec::new(), Vec::new());
    }
    // "trì" holds `ì` (or `Ì`, lower-cased): no word before the one that
    // ends past the first of them can start "chủ trì".
    let Some(first_i) = first_i_grave(head.as_bytes()) else {
        return (assignees, Vec::new(), Vec::new());
    };
    let lead_at = read_until(words, head, 80, |ws, all| {
        let Some(from) = ws.ws.iter().position(|w| w.end > first_i) else {
            return all.then_some(None);
        };
        match addressees::find_phrase(ws, from.saturating_sub(1), "chủ trì", true) {
            Some(i) => Some(Some(i)),
            None => all.then_some(None),
        }
    });
    let Some(lead_at) = lead_at.flatten() else {
        return (assignees, Vec::new(), Vec::new());
    };
    // (Splitting may have read more words than 80.)
    let ws = words.read(head, 80).head(80);
    let region = addressees::find_phrase(ws, lead_at, "phối hợp với", true)
        .and_then(|i| ws.get(i + 3).map(|w| (i + 3, w.start)))
        .map(|(k, s)| {
            let gap = |j: usize| &head[ws.ws[j - 1].end..ws.ws[j].start];
            let action = (k + 1..ws.len())
                .find(|&j| {
                    addressees::any_phrase_in(ws, j, &addressees::ACTIONS, false).is_some()
                        || gap(j).contains([';', '.', ':'])
                })
                .map_or(head.len(), |j| match gap(j).find([';', '.', ':']) {
                    Some(p) => ws.ws[j - 1].end + p,
                    None => ws.ws[j].start,
                });
            (s, action)
        });
    let support = region
        .map(|(s, e)| split(head, s, e, words))
        .unwrap_or_default();
    let lead = assignees.clone();
    (assignees, lead, support)
}

/// Where the first `ì` or `Ì` of `b` starts (the only chars that lower-case
/// to `ì`).
fn first_i_grave(b: &[u8]) -> Option<usize> {
    static SMALL: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("ì"));
    static CAPITAL: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("Ì"));
    let small = SMALL.find(b);
    let capital = CAPITAL.find(b.get(..small.unwrap_or(b.len()))?);
    capital.or(small)
}

/// The head of a task's text (its first 400 chars) when its first words
/// may name an actor, and how many lead words ("Giao", "Đề nghị", ...)
/// come before the actor; leaves the head's first four words read in
/// `words`.
fn opening<'t>(text: &'t str, words: &mut WordBuf) -> Option<(&'t str, usize)> {
    words.clear();
    // 400 bytes hold at most 400 chars: the words that end inside the first
    // 400 bytes are the head's (and reading on from them reads the head), so
    // most texts are ruled out before the head is measured.
    let cut = (0..=text.len().min(400))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let prefix = text.get(..cut).unwrap_or("");
    let mut head = prefix;
    if !(cut == text.len() || words.read(prefix, 4).get(3).is_some_and(|w| w.end < cut)) {
        head = head_chars(text, 400);
        words.clear();
    }
    // Most tasks open with a verb: look at the first words before all.
    let few = words.read(head, 4);
    // The lead words begin with `g`, `y` or `đ` in lower case: a word that
    // begins with another ASCII byte is none of them.
    let first = few.get(0).and_then(|w| head.as_bytes().get(w.start));
    let may_lead =
        first.is_none_or(|b| !b.is_ascii() || matches!(b.to_ascii_lowercase(), b'g' | b'y'));
    let lead_words = usize::from(
        may_lead
            && vocab::ACTOR_LEAD_FIRST_WORDS
                .iter()
                .any(|p| few.is(0, p, true)),
    ) * 2;
    if !addressees::agency_at(few, lead_words.min(few.len().saturating_sub(1)))
        && !addressees::agency_at(few, 1)
    {
        return None;
    }
    Some((head_chars(text, 400), lead_words))
}

/// How many words an action phrase ([`vocab::ACTION_WORDS`]) spans at most.
const ACTION_WORDS_MAX: usize = 4;
/// How many words an agency phrase ([`vocab::AGENCY_WORDS`]) spans at most.
const AGENCY_WORDS_MAX: usize = 3;

/// The assignees of a task whose text begins with `head`, its first words
/// read in `words` by [`opening`] (`lead_words` before the actor).
fn assignees_in(head: &str, lead_words: usize, words: &mut WordBuf) -> Vec<String> {
    // The actor is among the first words: more are read only when its
    // action is not among them.
    let ws = words.read(head, 16);
    if ws.is_empty() {
        return Vec::new();
    }
    let mut from = 0;
    // "Giao", "Đề nghị", "Yêu cầu", "Đối với" before the actor (each
    // begins with one of the first words above).
    if lead_words > 0 {
        for lead in vocab::ACTOR_LEADS {
            if let Some(n) = addressees::any_phrase_at(ws, 0, &[*lead], true) {
                from = n;
            }
        }
        if ws.is(0, "giao", true) && ws.is(1, "cho", true) {
            from = 2;
        }
    }
    let Some(actor) = ws.get(from) else {
        return Vec::new();
    };
    if !addressees::agency_at(ws, from) {
        return Vec::new();
    }
    let actor = actor.start;
    // "X:" names the actor before a colon, or a class before its list.
    let colon = head[actor..].find(':').map(|c| actor + c);
    // Only an action before the colon matters (no phrase spans a colon).
    let action = first_action(words, head, from + 1, colon.unwrap_or(head.len()));
    let region_end = match (colon, action) {
        (Some(c), None) => {
            let after = head[c + 1..].trim_start();
            let after_at = head.len() - after.len();
            // The first word after the colon, when it begins an agency.
            let list_at = after.starts_with(char::is_uppercase).then(|| {
                read_until(words, head, 60, |ws, all| {
                    match ws.ws.iter().position(|w| w.start >= after_at) {
                        Some(i) if all || i + AGENCY_WORDS_MAX <= ws.len() => {
                            Some(addressees::agency_at(ws, i).then_some(i))
                        }
                        None if all => Some(None),
                        _ => None,
                    }
                })
            });
            if let Some(i) = list_at.flatten().flatten() {
                let ws = words.read(head, 60).head(60);
                let end = addressees::action_at(ws, i + 1).map_or(head.len(), |k| ws.ws[k].start);
                return split(head, after_at, end, words);
            }
            c
        }
        (_, Some(start)) => start,
        (_, None) => return Vec::new(),
    };
    split(head, actor, region_end, words)
}

/// Where the first action ([`addressees::action_at`]) at or after word
/// `from` starts, among the first 60 words of `head` that start before byte
/// `end`.
fn first_action(words: &mut WordBuf, head: &str, from: usize, end: usize) -> Option<usize> {
    let mut from = from;
    read_until(words, head, 60, |ws, all| {
        let before = ws.ws.partition_point(|w| w.start < end);
        // Every word that counts is read once one starts at `end`.
        let all = all || before < ws.len();
        let ws = ws.head(before);
        match addressees::action_at(ws, from) {
            // A phrase found that far from the last word read ran on no
            // missing word, nor could one before it.
            Some(k) if all || k + ACTION_WORDS_MAX <= before => Some(Some(ws.ws[k].start)),
            None if all => Some(None),
            _ => {
                // No action begins that far from the last word read: read
                // on, try the words after.
                from = from.max((before + 1).saturating_sub(ACTION_WORDS_MAX));
                None
            }
        }
    })
    .flatten()
}

/// What `find` answers over the first `limit` words of `head`, the words
/// read on from `words` (16, then `limit`) only while `find` needs more
/// (answers `None`). `find` is told whether it sees all `limit` words (or
/// all the head's), and must answer then.
fn read_until<T>(
    words: &mut WordBuf,
    head: &str,
    limit: usize,
    mut find: impl FnMut(Words<'_>, bool) -> Option<T>,
) -> Option<T> {
    for n in [16.min(limit), limit] {
        let ws = words.read(head, n).head(n);
        let all = ws.len() < n || n == limit;
        if let Some(answer) = find(ws, all) {
            return Some(answer);
        }
    }
    None
}

/// The actors named in `head[s..e]` ([`addressees::split_actors`]), read
/// over the words of `head` in `words` (read on as far as `e`): `s` and `e`
/// cut no word (each is a word's start or a char of no word).
fn split(head: &str, s: usize, e: usize, words: &mut WordBuf) -> Vec<String> {
    let Some(region) = head.get(s..e) else {
        return Vec::new();
    };
    if region.split_ascii_whitespace().nth(40).is_some() {
        return Vec::new();
    }
    let mut n = 16;
    loop {
        let ws = words.read(head, n);
        if ws.len() < n || ws.ws.last().is_some_and(|w| w.start >= e) {
            break;
        }
        n = ws.len() + 16;
    }
    let all = words.read(head, n).ws;
    let from = all.partition_point(|w| w.start < s);
    let to = all.partition_point(|w| w.start < e);
    let ws = Words {
        text: head,
        ws: all.get(from..to).unwrap_or(&[]),
    };
    addressees::split_actors_in(ws, s, e)
        .into_iter()
        .map(|(a, b)| clean_item(&head[a..b]))
        .filter(|x| !x.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn bao_cao_is_an_action_not_a_newspaper() {
        let t = "Báo cáo kết quả thực hiện về Bộ Giáo dục và Đào tạo (qua Vụ Công tác học sinh, sinh viên) chậm nhất ngày 30/6/2024.";
        assert!(super::assignees(t).is_empty());
        let t = "Sở Tài chính báo cáo kết quả thực hiện về UBND tỉnh.";
        assert_eq!(super::assignees(t), ["Sở Tài chính"]);
    }
    #[test]
    fn bylines() {
        assert!(super::is_byline("Minh Châu"));
        assert!(super::is_byline("Đào Thị Luyến"));
        assert!(!super::is_byline("Kinh phí thực hiện"));
        assert!(!super::is_byline("NGUYỄN VĂN A"));
        assert!(!super::is_byline("Hà Nội."));
    }

    use super::*;

    #[test]
    fn footnote_marks() {
        for t in ["a⁽1⁾", "b¹", "²c", "x ³ y"] {
            assert!(has_footnote_mark(t), "{t}");
        }
        for t in ["“Kính gửi” – Sở", "a° b", "Ủy ban ⁾", ""] {
            assert!(!has_footnote_mark(t), "{t}");
        }
    }

    #[test]
    fn heads_and_words() {
        assert_eq!(head_chars("Ủy ban", 3), "Ủy ");
        assert_eq!(head_chars("abc", 5), "abc");
        let long = "ệ".repeat(100);
        assert_eq!(head_chars(&long, 40), "ệ".repeat(40));
        assert!(has_words("to chuc thuc hien", "thuc hien"));
        assert!(!has_words("to chuc thuc hienx", "thuc hien"));
        assert!(has_words("aa a b", "a b"));
    }

    #[test]
    fn fast_helpers_match_plain_forms() {
        // Strings built from a small alphabet of every byte length.
        let alphabet = ['a', ' ', 'ệ', '¹', '⁽', '“', 'Đ', '\n', '𝔸', ';'];
        let mut seed = 7u64;
        for len in 0..300 {
            let text: String = (0..len)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            for n in [0, 1, 5, 40, 160] {
                let plain = match text.char_indices().nth(n) {
                    Some((i, _)) => &text[..i],
                    None => text.as_str(),
                };
                assert_eq!(head_chars(&text, n), plain);
            }
            assert_eq!(
                has_footnote_mark(&text),
                text.contains(['⁽', '¹', '²', '³'])
            );
            assert_eq!(clean(&text), crate::text::clean(&text));
            let key = crate::text::fold_words(&text);
            for p in ["a", "a a", "e", "d e"] {
                assert_eq!(
                    has_words(&key, p),
                    format!(" {key} ").contains(&format!(" {p} "))
                );
            }
        }
    }

    /// [`split`] as it was: the region's words read again.
    fn plain_split(text: &str, s: usize, e: usize, words: &mut WordBuf) -> Vec<String> {
        let Some(region) = text.get(s..e) else {
            return Vec::new();
        };
        if region.split_ascii_whitespace().nth(40).is_some() {
            return Vec::new();
        }
        addressees::split_actors(region, words)
            .into_iter()
            .map(|(a, b)| clean_item(&region[a..b]))
            .filter(|x| !x.is_empty())
            .collect()
    }

    /// [`assign`] as it read before it read words only as far as needed:
    /// the first 60 and 80 words at once, "chủ trì" looked for from the
    /// first word.
    fn plain_assign(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let (words, region_words) = (&mut WordBuf::default(), &mut WordBuf::default());
        let head = head_chars(text, 400);
        words.clear();
        let few = words.read(head, 4);
        let lead_words = usize::from(
            vocab::ACTOR_LEAD_FIRST_WORDS
                .iter()
                .any(|p| few.is(0, p, true)),
        ) * 2;
        if !addressees::agency_at(few, lead_words.min(few.len().saturating_sub(1)))
            && !addressees::agency_at(few, 1)
        {
            return Default::default();
        }
        let ws = words.read(head, 80).head(60);
        let mut from = 0;
        if lead_words > 0 {
            for lead in vocab::ACTOR_LEADS {
                if let Some(n) = addressees::any_phrase_at(ws, 0, &[*lead], true) {
                    from = n;
                }
            }
            if ws.is(0, "giao", true) && ws.is(1, "cho", true) {
                from = 2;
            }
        }
        let Some(actor) = ws.get(from) else {
            return Default::default();
        };
        if !addressees::agency_at(ws, from) {
            return Default::default();
        }
        let colon = head[actor.start..].find(':').map(|c| actor.start + c);
        let before_colon = colon.map_or(ws.len(), |c| ws.ws.partition_point(|w| w.start < c));
        let action = addressees::action_at(ws.head(before_colon), from + 1);
        let region = match (colon, action) {
            (Some(c), None) => {
                let after = head[c + 1..].trim_start();
                let after_at = head.len() - after.len();
                let first_after = ws.ws.iter().position(|w| w.start >= after_at);
                let list_follows = after.starts_with(char::is_uppercase)
                    && first_after.is_some_and(|i| addressees::agency_at(ws, i));
                if list_follows {
                    let i = first_after.unwrap_or(0);
                    let end =
                        addressees::action_at(ws, i + 1).map_or(head.len(), |k| ws.ws[k].start);
                    (after_at, end)
                } else {
                    (actor.start, c)
                }
            }
            (_, Some(k)) => (actor.start, ws.ws[k].start),
            (_, None) => return Default::default(),
        };
        let assignees = plain_split(head, region.0, region.1, region_words);
        if assignees.is_empty() {
            return Default::default();
        }
        let ws = words.read(head, 80);
        let Some(lead_at) = addressees::find_phrase(ws, 0, "chủ trì", true) else {
            return (assignees, vec![], vec![]);
        };
        let support = addressees::find_phrase(ws, lead_at, "phối hợp với", true)
            .and_then(|i| ws.get(i + 3).map(|w| (i + 3, w.start)))
            .map(|(k, s)| {
                let gap = |j: usize| &head[ws.ws[j - 1].end..ws.ws[j].start];
                let action = (k + 1..ws.len())
                    .find(|&j| {
                        addressees::any_phrase_in(ws, j, &addressees::ACTIONS, false).is_some()
                            || gap(j).contains([';', '.', ':'])
                    })
                    .map_or(head.len(), |j| match gap(j).find([';', '.', ':']) {
                        Some(p) => ws.ws[j - 1].end + p,
                        None => ws.ws[j].start,
                    });
                plain_split(head, s, action, region_words)
            })
            .unwrap_or_default();
        (assignees.clone(), assignees, support)
    }

    #[test]
    fn assign_reads_as_far_as_needed_with_the_same_answer() {
        let alphabet = [
            "Sở",
            "Nội",
            "vụ",
            "UBND",
            "tỉnh",
            "Chủ",
            "tịch",
            "Ủy",
            "ban",
            "Các",
            "các",
            "cơ",
            "quan",
            "Công",
            "an",
            "Giao",
            "giao",
            "cho",
            "Đề",
            "nghị",
            "Yêu",
            "cầu",
            "Đối",
            "với",
            "thực",
            "hiện",
            "tổ",
            "chức",
            "triển",
            "khai",
            "chủ",
            "trì",
            "CHỦ",
            "TRÌ",
            "trÌ",
            "phối",
            "hợp",
            "được",
            "việc",
            "Phòng,",
            "chống",
            "Báo",
            "cáo",
            "và",
            "Tài",
            "chính",
            ":",
            ",",
            ";",
            ".",
            "x",
            "ệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệ",
            "chủ trì,",
            "phối hợp với",
            "Sở Tư pháp",
            "tham mưu",
            "Chủ trì",
        ];
        let mut seed = 5u64;
        let mut bufs = Default::default();
        // Texts with no assignee, assignees only, a lead, a support.
        let mut seen = [0; 4];
        for n in 0..6000 {
            let len = crate::text::below(&mut seed, [8, 30, 120][n % 3]);
            let words: Vec<&str> = (0..len)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            let openings = [
                "",
                "Sở Nội vụ",
                "Giao Sở Tài chính",
                "UBND tỉnh:",
                "Đối với Sở",
            ];
            let opening = openings[n % openings.len()];
            let text = format!("{opening} {}", words.join(" "));
            let want = plain_assign(&text);
            seen[usize::from(!want.0.is_empty()) + usize::from(!want.1.is_empty())] += 1;
            seen[3] += usize::from(!want.2.is_empty());
            assert_eq!(assign(&text, &mut bufs), want, "{text}");
        }
        assert!(seen.iter().all(|&n| n > 100), "{seen:?}");
        // The longest phrases the reading allows for.
        let longest = |list: &[&str]| list.iter().map(|p| p.split(' ').count()).max();
        assert!(longest(vocab::ACTION_WORDS) <= Some(ACTION_WORDS_MAX));
        assert!(longest(vocab::AGENCY_WORDS) <= Some(AGENCY_WORDS_MAX));
    }

    #[test]
    fn request_verbs_are_looked_for_where_they_can_end() {
        // Every request verb ends in a word `last_request` looks before.
        let mut buf = WordBuf::default();
        for p in vocab::REQUEST_VERBS {
            assert!(p.split(' ').count() <= addressees::REQUEST_WORDS_MAX);
            for t in [p.to_string(), p.to_uppercase(), format!("Ông {p} các sở:")] {
                buf.clear();
                assert!(
                    addressees::last_request(buf.read(&t, usize::MAX)).is_some(),
                    "{t}"
                );
            }
        }
        // The same answer as trying every word.
        let alphabet = [
            "yêu", "cầu", "YÊU", "CẦU", "đề", "nghị", "Đề", "NGHỊ", "giao", "Giao", "chỉ", "đạo",
            "ĐẠO", "thị", "kính", "trân", "trọng", "các", "theo", "của", "được", "Sở", ",", ".",
            ":", "x", "gì",
        ];
        let mut seed = 3u64;
        let mut seen = [0; 2];
        for n in 0..3000 {
            let text: Vec<&str> = (0..n % 25)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            let text = text.join(" ");
            buf.clear();
            let ws = buf.read(&text, usize::MAX);
            let plain = (0..ws.len()).any(|i| addressees::request_at(ws, i).is_some());
            assert_eq!(addressees::last_request(ws).is_some(), plain, "{text}");
            seen[usize::from(plain)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 500), "{seen:?}");
    }

    #[test]
    fn sau_ends_as_the_fold_says() {
        let alphabet = [
            "sau", "SAU", "sáu", "đây", "day", "Sau", "x", " ", ", ", ":", "xsau",
        ];
        let mut seed = 9u64;
        let mut fold = String::new();
        for n in 0..3000 {
            let text: String = (0..n % 7)
                .map(|_| crate::text::pick(&mut seed, &alphabet))
                .collect();
            fold_words_into(&text, usize::MAX, &mut fold);
            let want = fold.ends_with(" sau") || fold.ends_with(" sau day") || fold == "sau";
            assert_eq!(ends_with_sau(&text), want, "{text:?}");
        }
    }

    #[test]
    fn headings() {
        fn heading(t: &str) -> Heading {
            super::heading(t, &mut String::new())
        }
        assert_eq!(
            heading("Một số kết quả nổi bật đạt được trong 9 tháng đầu năm 2024"),
            Heading::Context(Role::Finding)
        );
        assert_eq!(heading("Tồn tại, hạn chế"), Heading::Context(Role::Finding));
        assert_eq!(
            heading("Phương hướng, nhiệm vụ trọng tâm trong thời gian tới"),
            Heading::Directive
        );
        assert_eq!(
            heading("MỤC ĐÍCH, YÊU CẦU"),
            Heading::Context(Role::Preamble)
        );
        assert_eq!(heading("NHIỆM VỤ VÀ GIẢI PHÁP"), Heading::Directive);
        assert_eq!(heading("TỔ CHỨC THỰC HIỆN"), Heading::Directive);
        assert_eq!(heading("Giao Sở Nội vụ chủ trì"), Heading::None);
    }

    #[test]
    fn cues() {
        fn cue(t: &str) -> Cue {
            super::cue(t, &mut WordBuf::default(), &mut String::new(), &mut None)
        }
        assert_eq!(cue("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:"), Cue::Strong);
        assert_eq!(cue("QUYẾT ĐỊNH:"), Cue::Operative);
        assert_eq!(cue("Sở Nội vụ đề nghị các đơn vị thực hiện:"), Cue::Strong);
        assert_eq!(cue("Chủ tịch UBND tỉnh chỉ thị:"), Cue::Strong);
        assert_eq!(cue("Chủ tịch UBND tỉnh có ý kiến như sau:"), Cue::Weak);
        assert_eq!(cue("Tham dự cuộc họp có:"), Cue::None);
        assert_eq!(cue("Thành phần tham dự gồm các đồng chí sau:"), Cue::None);
        assert_eq!(cue("Kết quả kiểm tra cụ thể như sau:"), Cue::None);
        assert_eq!(
            cue("Trước tình hình trên, UBND tỉnh có ý kiến như sau:"),
            Cue::Weak
        );
        assert_eq!(cue("UBND tỉnh yêu cầu các đơn vị thực hiện."), Cue::None);
    }

    #[test]
    fn assignee_forms() {
        assert_eq!(
            assignees("Giao Sở Khoa học và Công nghệ: Quan tâm, hướng dẫn"),
            vec!["Sở Khoa học và Công nghệ"]
        );
        assert_eq!(
            assignees("Đối với Sở Tài nguyên và Môi trường:"),
            vec!["Sở Tài nguyên và Môi trường"]
        );
        assert_eq!(
            assignees("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu"),
            vec!["Sở Nội vụ"]
        );
        assert_eq!(
            assignees("Giao Sở Nội vụ, Văn phòng UBND tỉnh chịu trách nhiệm đôn đốc"),
            vec!["Sở Nội vụ", "Văn phòng UBND tỉnh"]
        );
        assert_eq!(
            assignees(
                "Các cơ quan Trung ương đóng trên địa bàn tỉnh: Công an tỉnh, Cục Thuế tỉnh, Kho bạc Nhà nước; UBND huyện, thị xã, thành phố, UBND xã, phường, thị trấn đẩy mạnh cải cách"
            ),
            vec![
                "Công an tỉnh",
                "Cục Thuế tỉnh",
                "Kho bạc Nhà nước",
                "UBND huyện, thị xã, thành phố",
                "UBND xã, phường, thị trấn"
            ]
        );
        assert!(assignees("Tiếp tục tăng cường vai trò lãnh đạo").is_empty());
        let t = "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp tham mưu UBND tỉnh";
        assert_eq!(
            lead_and_support(t),
            (
                vec!["Sở Nội vụ".to_string()],
                vec!["Sở Tài chính".to_string(), "Sở Tư pháp".to_string()]
            )
        );
        let t = "Phòng Nội vụ: chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch";
        assert_eq!(lead_and_support(t).1, ["các cơ quan, đơn vị"]);
    }

    #[test]
    fn closing_phrases_as_contains_says() {
        let mut fold = String::new();
        let by_contains = |t: &str| {
            let u = t.trim_end();
            u.ends_with("/.")
                || vocab::CLOSING_PHRASES
                    .iter()
                    .any(|p| crate::text::fold_words(u).contains(p))
        };
        let pieces = [
            "Nếu có",
            "khó khăn",
            "vướng mắc",
            "NGHIÊM TÚC",
            "thực hiện",
            "Trân",
            "trọng",
            "./.",
            "Chỉ thị",
            "này",
            "Thông báo",
            "để",
            "biết,",
            "và",
            "phối hợp",
            "Công văn",
            "bản",
            "văn",
            "–",
            "1",
            "(",
        ];
        let mut seed = 5u64;
        let mut found = 0;
        for _ in 0..5_000 {
            let n = crate::text::below(&mut seed, 6) + 1;
            let t: Vec<&str> = (0..n)
                .map(|_| crate::text::pick(&mut seed, &pieces))
                .collect();
            let t = t.join(" ");
            assert_eq!(is_closing(&t, &mut fold), by_contains(&t), "{t}");
            found += usize::from(by_contains(&t));
        }
        assert!(found > 500, "{found}");
    }
}
