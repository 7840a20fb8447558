//! Pass 1: the normalised text cut into lines.
//!
//! Takes: the normalised text. Returns: one [`Line`] per line, with the span
//! of its trimmed content; blank lines are kept (with an empty text) because
//! blank lines separate paragraphs. Nothing is copied: a line borrows the text.
//!
//! [`blank_page_marks`] then blanks the page marks alone on a line (`- 2 -`,
//! `Trang 2/5`, `Page 2 of 5`, `2/5`, or a bare `2` when the next line goes
//! on in lowercase): the stages skip them, and the pipeline keeps them as
//! `other` paragraphs (they are in no output item).

use std::sync::LazyLock;

use regex::Regex;

/// One line of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The content without leading and trailing white space.
    pub text: &'a str,
    /// Offset of the content's first byte in the normalised text.
    pub start: usize,
    /// Offset just past the content's last byte.
    pub end: usize,
    /// Leading white space, in bytes.
    pub indent: usize,
}

impl Line<'_> {
    /// Whether the line holds nothing but white space.
    pub(crate) fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// The content's span in the normalised text.
    pub(crate) fn span(&self) -> crate::span::Span {
        crate::span::Span::new(self.start, self.end)
    }
}

/// Cuts `text` at `\n` (normalisation has turned every line end into `\n`).
pub(crate) fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(text.len() / 60 + 1);
    let mut pos = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
    for end in ends {
        let raw = text.get(pos..end).unwrap_or("");
        let trimmed_start = trim_start(raw);
        let indent = raw.len() - trimmed_start.len();
        let content = trim_end(trimmed_start);
        let start = pos + indent;
        lines.push(Line {
            text: content,
            start,
            end: start + content.len(),
            indent,
        });
        pos = end + 1;
    }
    lines
}

/// Blanks the lines of `lines` that are page marks: a blank line where the
/// mark was, as if the line had held nothing (start at the line's start).
pub(crate) fn blank_page_marks(lines: &mut [Line<'_>]) {
    for i in 0..lines.len() {
        let Some(&l) = lines.get(i) else { break };
        // Candidates only: a short line with a digit.
        let t = l.text.as_bytes();
        if t.is_empty() || t.len() > 24 || !t.iter().any(u8::is_ascii_digit) {
            continue;
        }
        let next = lines
            .get(i + 1..)
            .and_then(|rest| rest.iter().find(|n| !n.is_blank()))
            .map(|n| n.text);
        if is_page_mark(l.text, next)
            && let Some(line) = lines.get_mut(i)
        {
            let start = l.start - l.indent;
            *line = Line {
                text: "",
                start,
                end: start,
                indent: 0,
            };
        }
    }
}

/// A page mark alone on a line: `- 2 -`, `Trang 2`, `Trang 2/5`, `Page 2 of 5`, `2/5`.
/// (ASCII digits: Unicode `\d` is a large class, slow to compile.)
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            [-–—]\s*[0-9]{1,4}\s*[-–—]
          | (?:trang|page|tr\.)\s*[0-9]{1,4}(?:\s*(?:/|of|trên)\s*[0-9]{1,4})?
          | [0-9]{1,4}\s*/\s*[0-9]{1,4}
        )$",
    )
    .unwrap_or_else(|e| panic!("PAGE_MARK: {e}"))
});

/// Whether the trimmed `line` is a page mark; `next` is the next non-blank line.
fn is_page_mark(line: &str, next: Option<&str>) -> bool {
    if line.is_empty() || line.len() > 24 {
        return false;
    }
    let b = line.as_bytes();
    if b.iter().all(u8::is_ascii_digit) {
        // A bare number only when the sentence goes on after it.
        return b.len() <= 4
            && b.first() != Some(&b'0')
            && next
                .and_then(|n| n.chars().next())
                .is_some_and(char::is_lowercase);
    }
    if !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    if !PAGE_MARK.is_match(line) {
        return false;
    }
    // `2/5` is a page of a total, not a date: the page is at most the total.
    match line.split_once('/') {
        Some((a, t)) if a.trim().bytes().all(|c| c.is_ascii_digit()) => {
            let a: u32 = a.trim().parse().unwrap_or(0);
            let t: u32 = t.trim().parse().unwrap_or(0);
            a >= 1 && a <= t
        }
        _ => true,
    }
}

/// `str::trim_start`, with ASCII white space taken bytewise first (the
/// vertical tab is white space to `str` but not to `u8`).
fn trim_start(s: &str) -> &str {
    let t = s.trim_ascii_start();
    match t.as_bytes().first() {
        Some(&b) if b >= 0x80 || b == 0x0b => t.trim_start(),
        _ => t,
    }
}

/// `str::trim_end`, with ASCII white space taken bytewise first.
fn trim_end(s: &str) -> &str {
    let t = s.trim_ascii_end();
    match t.as_bytes().last() {
        Some(&b) if b >= 0x80 || b == 0x0b => t.trim_end(),
        _ => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_trims() {
        let t = "a\n  b c \n\nd";
        let ls = split(t);
        assert_eq!(ls.len(), 4);
        assert_eq!(ls[1].text, "b c");
        assert_eq!(&t[ls[1].start..ls[1].end], "b c");
        assert_eq!(ls[1].indent, 2);
        assert!(ls[2].is_blank());
        assert_eq!(ls[3].start, 10);
    }

    #[test]
    fn page_marks_are_blanked() {
        let s = "thực hiện\n- 2 -\nnhiệm vụ\n  Trang 2/5\nA\n12/5\n3\ntiếp\n4\nHai";
        let mut ls = split(s);
        blank_page_marks(&mut ls);
        let texts: Vec<&str> = ls.iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "thực hiện",
                "",
                "nhiệm vụ",
                "",
                "A",
                "12/5",
                "",
                "tiếp",
                "4",
                "Hai"
            ]
        );
        // A blanked line lies where the mark's line starts.
        assert_eq!(ls[3].start, s.find("  Trang").unwrap());
        assert_eq!((ls[3].end, ls[3].indent), (ls[3].start, 0));
    }

    #[test]
    fn trims_as_str_does() {
        for s in [
            "",
            " ",
            "\u{b}a\u{b}",
            "\u{a0} a \u{3000}",
            "\t\u{1680}x\u{2009}\r",
            "\u{85}",
        ] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
        }
    }
}
