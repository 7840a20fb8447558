//! Normalisation: one canonical text for every extractor to read.
//!
//! Takes: the decoded text. Returns: the normalised text, and records in the
//! [`SourceMap`] how to carry its offsets back. What it does:
//! - line ends: CRLF, CR, U+2028/9, form feed and vertical tab become `\n`;
//! - tabs and Unicode spaces (NBSP, thin spaces) become one ASCII space;
//! - zero-width characters, the soft hyphen and stray BOMs are dropped;
//! - look-alikes: `Ð`/`ð` (U+00D0/F0) and `Ɖ` become `Đ`/`đ`;
//! - markdown emphasis (`**`, `*`, `_` around words) is dropped, while a `*`
//!   bullet, a `***` separator and a `____` rule line are kept;
//! - NFC, but only where `is_nfc_quick` says the text may need it; combining
//!   marks stranded after white space (a PDF artefact) are dropped.
//!
//! Runs of spaces are kept here (indentation and column gaps carry meaning
//! for the line stages); output strings fold them (`text::clean`).

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::span::{OffsetMap, SourceMap};

/// Normalises `input`, pushing the maps of what it rewrote onto `map`.
pub(crate) fn normalize(input: &str, map: &mut SourceMap) -> String {
    let (text, m, all_stable) = rewrite(input);
    map.push(m);
    if all_stable || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    let (text, m) = compose(&text);
    map.push(m);
    text
}

/// Chars that are NFC whatever follows them and never combine with what
/// precedes: below the combining marks, Vietnamese precomposed letters,
/// general punctuation. (A fast path: most Vietnamese text is only these.)
fn stable(c: char) -> bool {
    c < '\u{300}'
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
        || ('\u{2000}'..='\u{206f}').contains(&c)
}

/// What to do with one char of the input.
enum Action {
    Keep,
    Drop,
    Put(char),
}

fn action(c: char) -> Action {
    match c {
        '\t' => Action::Put(' '),
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Action::Put(' ')
        }
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Action::Drop,
        '\u{2028}' | '\u{2029}' | '\u{b}' | '\u{c}' | '\u{85}' => Action::Put('\n'),
        'Ð' | 'Ɖ' => Action::Put('Đ'),
        'ð' | 'ɖ' => Action::Put('đ'),
        _ => Action::Keep,
    }
}

/// ASCII bytes that pass 1 copies without a look: not a line end, tab,
/// form feed or emphasis mark.
static ORDINARY: [bool; 128] = {
    let mut t = [true; 128];
    t[b'\t' as usize] = false;
    t[b'\n' as usize] = false;
    t[0x0b] = false;
    t[0x0c] = false;
    t[b'\r' as usize] = false;
    t[b'*' as usize] = false;
    t[b'_' as usize] = false;
    t
};

/// Pass 1: character rewrites and markdown emphasis. One pass, linear.
/// Also tells whether every char is [`stable`] (then NFC needs no look).
fn rewrite(input: &str) -> (String, OffsetMap, bool) {
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::new();
    let bytes = input.as_bytes();
    let n = bytes.len();
    let mut copied = 0; // start of the pending unchanged run
    let mut i = 0;
    let mut line_start = 0;
    let mut all_stable = true;
    let mut marks_line: Option<(usize, bool)> = None; // cache: (line start, only marks)
    let flush = |out: &mut String, map: &mut OffsetMap, from: usize, to: usize| {
        if to > from {
            out.push_str(&input[from..to]);
            map.copy(to - from);
        }
    };
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if ORDINARY[b as usize] {
                i += 1;
                continue;
            }
            match b {
                b'\n' => {
                    line_start = i + 1;
                    i += 1;
                }
                b'\r' => {
                    flush(&mut out, &mut map, copied, i);
                    if bytes.get(i + 1) == Some(&b'\n') {
                        map.replace(1, 0);
                    } else {
                        out.push('\n');
                        map.replace(1, 1);
                        line_start = i + 1;
                    }
                    i += 1;
                    copied = i;
                }
                b'*' | b'_' => {
                    let run = bytes[i..].iter().take_while(|&&c| c == b).count();
                    let only_marks = match marks_line {
                        Some((start, v)) if start == line_start => v,
                        _ => {
                            let end = input[i..].find('\n').map_or(n, |p| i + p);
                            let v = input[line_start..end].chars().all(|c| {
                                c.is_whitespace()
                                    || matches!(c, '*' | '_' | '-' | '=' | '–' | '—' | '.')
                            });
                            marks_line = Some((line_start, v));
                            v
                        }
                    };
                    // Only white space before the run on its line? (trim_start
                    // stops at the first char that is not, so this is cheap.)
                    let at_line_start = input[line_start..i].trim_start().is_empty();
                    if !only_marks && is_emphasis(input, i, run, at_line_start) {
                        flush(&mut out, &mut map, copied, i);
                        map.replace(run, 0);
                        copied = i + run;
                    }
                    i += run;
                }
                _ => {
                    // Tab, vertical tab, form feed.
                    flush(&mut out, &mut map, copied, i);
                    let r = if b == b'\t' { ' ' } else { '\n' };
                    out.push(r);
                    map.replace(1, 1);
                    copied = i + 1;
                    if r == '\n' {
                        line_start = i + 1;
                    }
                    i += 1;
                }
            }
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        // Lead bytes of chars that are always kept and stable: skip them
        // without decoding (most of Vietnamese text).
        let skip = match b {
            0xC2 if !matches!(next, 0x85 | 0xA0 | 0xAD) => 2,
            0xC3 if !matches!(next, 0x90 | 0xB0) => 2,
            0xC4 | 0xC5 | 0xC7 | 0xC8 | 0xCA | 0xCB => 2,
            0xC6 if next != 0x89 => 2,
            0xC9 if next != 0x96 => 2,
            0xE1 if (0xB8..=0xBB).contains(&next) => 3,
            _ => 0,
        };
        if skip > 0 {
            i += skip;
            continue;
        }
        let c = input.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
        let len = c.len_utf8();
        if !stable(c) {
            all_stable = false;
        }
        match action(c) {
            Action::Keep => {}
            Action::Drop => {
                flush(&mut out, &mut map, copied, i);
                map.replace(len, 0);
                copied = i + len;
            }
            Action::Put(r) => {
                flush(&mut out, &mut map, copied, i);
                out.push(r);
                map.replace(len, r.len_utf8());
                copied = i + len;
                if r == '\n' {
                    line_start = i + len;
                }
            }
        }
        i += len;
    }
    flush(&mut out, &mut map, copied, n);
    (out, map, all_stable)
}

/// Whether the run of `run` marks (`*` or `_`) at byte `at` is markdown
/// emphasis to drop. `at_line_start`: only white space precedes it on its line.
fn is_emphasis(input: &str, at: usize, run: usize, at_line_start: bool) -> bool {
    let mark = input.as_bytes()[at];
    let before = input[..at].chars().next_back();
    let after = input[at + run..].chars().next();
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    if space(before) && space(after) {
        return false; // "a * b", a lone mark
    }
    if mark == b'*' && run == 1 && at_line_start && space(after) {
        return false; // "* item": a bullet
    }
    if mark == b'_' {
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if word(before) && word(after) {
            return false; // snake_case inside a word
        }
    }
    true
}

/// Pass 2: NFC, one cluster (a starter and its combining marks) at a time,
/// so offsets inside unchanged text stay exact.
fn compose(input: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::new();
    let mut chars = input.char_indices().peekable();
    let mut copied = 0;
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if stable(c) && chars.peek().is_none_or(|&(_, n)| stable(n)) {
            continue;
        }
        while let Some(&(j, m)) = chars.peek() {
            if canonical_combining_class(m) == 0 {
                break;
            }
            end = j + m.len_utf8();
            chars.next();
        }
        let cluster = &input[i..end];
        if c.is_ascii() && end == i + 1 {
            continue;
        }
        let replacement: Option<String> = if c.is_whitespace() && end > i + c.len_utf8() {
            // Marks stranded after a space: keep the space, drop the marks.
            Some(c.to_string())
        } else if canonical_combining_class(c) != 0 && i == 0 {
            Some(String::new())
        } else if is_nfc_quick(cluster.chars()) == IsNormalized::Yes {
            None
        } else {
            let n: String = cluster.nfc().collect();
            (n != cluster).then_some(n)
        };
        if let Some(r) = replacement {
            if i > copied {
                out.push_str(&input[copied..i]);
                map.copy(i - copied);
            }
            out.push_str(&r);
            map.replace(end - i, r.len());
            copied = end;
        }
    }
    if input.len() > copied {
        out.push_str(&input[copied..]);
        map.copy(input.len() - copied);
    }
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn norm(s: &str) -> (String, SourceMap) {
        let mut m = SourceMap::default();
        let t = normalize(s, &mut m);
        (t, m)
    }

    #[test]
    fn clean_text_is_untouched() {
        let s = "Số: 4918/UBND-NC\nTuyên Quang, ngày 13 tháng 12 năm 2021";
        let (t, m) = norm(s);
        assert_eq!(t, s);
        assert_eq!(m.span(Span::new(3, 8)), Span::new(3, 8));
    }

    #[test]
    fn drops_markdown_emphasis_and_keeps_bullets_and_rules() {
        assert_eq!(norm("Số: *1294* /UBND").0, "Số: 1294 /UBND");
        assert_eq!(
            norm("**ỦY BAN NHÂN DÂN\nTỈNH X**").0,
            "ỦY BAN NHÂN DÂN\nTỈNH X"
        );
        assert_eq!(norm("(*nội dung*).").0, "(nội dung).");
        assert_eq!(norm("* Một việc").0, "* Một việc");
        assert_eq!(norm("***").0, "***");
        assert_eq!(norm("_____").0, "_____");
        assert_eq!(norm("ngày ___ tháng").0, "ngày ___ tháng");
        assert_eq!(norm("file_name").0, "file_name");
        assert_eq!(norm("2 * 3").0, "2 * 3");
    }

    #[test]
    fn maps_offsets_through_markdown() {
        let s = "Số: *1294* /UBND";
        let (t, m) = norm(s);
        let at = t.find("1294").unwrap();
        let sp = m.span(Span::new(at, at + 4));
        assert_eq!(&s[sp.start..sp.end], "*1294*");
        let sp = m.span(Span::new(0, t.len()));
        assert_eq!(&s[sp.start..sp.end], s);
    }

    #[test]
    fn line_ends_spaces_and_invisibles() {
        assert_eq!(norm("a\r\nb\rc").0, "a\nb\nc");
        assert_eq!(norm("a\u{a0}b\tc").0, "a b c");
        assert_eq!(norm("Kính\u{200b} gửi\u{feff}").0, "Kính gửi");
        assert_eq!(norm("ÐỘC LẬP").0, "ĐỘC LẬP");
        let s = "x\r\ny";
        let (t, m) = norm(s);
        let sp = m.span(Span::new(2, 3));
        assert_eq!(&s[sp.start..sp.end], "y");
        assert_eq!(t, "x\ny");
    }

    #[test]
    fn composes_nfd_and_maps_back() {
        let nfd: String = "Việt Nam".nfd().collect();
        let (t, m) = norm(&nfd);
        assert_eq!(t, "Việt Nam");
        let at = t.find("Nam").unwrap();
        let sp = m.span(Span::new(at, at + 3));
        assert_eq!(&nfd[sp.start..sp.end], "Nam");
        let sp = m.span(Span::new(0, t.len()));
        assert_eq!(sp, Span::new(0, nfd.len()));
    }

    #[test]
    fn drops_marks_stranded_after_space() {
        assert_eq!(norm("thiêt hai \u{300}\u{323} do").0, "thiêt hai  do");
    }
}
