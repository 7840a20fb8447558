//! Pass 1: the normalised text cut into lines.
//!
//! Takes: the normalised text. Returns: one [`Line`] per line, with the span
//! of its trimmed content; blank lines are kept (with an empty text) because
//! blank lines separate paragraphs. Nothing is copied: a line borrows the text.

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
