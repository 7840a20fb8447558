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
//! - HTML left in the text: entities (`&nbsp;`, `&amp;`, `&#7871;`) become
//!   their char, known tags are dropped (`<br>`, `</p>`, `</div>` and other
//!   block ends become a line end);
//! - page marks alone on a line (`- 2 -`, `Trang 2/5`, `Page 2 of 5`, `2/5`,
//!   or a bare `2` when the next line goes on in lowercase) are blanked: the
//!   pipeline keeps them as `other` paragraphs, out of the stages' way;
//! - NFC, but only where `is_nfc_quick` says the text may need it; combining
//!   marks stranded after white space (a PDF artefact) are dropped.
//!
//! Left alone on purpose: tone placement (`hoà`/`hòa`: strings are kept as
//! printed, matching folds tones), hyphenated line ends, lines wrapped at a
//! fixed width and text in capitals (joining lines is the line stages' job).
//!
//! Runs of spaces are kept here (indentation and column gaps carry meaning
//! for the line stages); output strings fold them (`text::clean`).

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::span::{OffsetMap, SourceMap};

/// Normalises `input`, pushing the maps of what it rewrote onto `map`.
pub(crate) fn normalize(input: &str, map: &mut SourceMap) -> String {
    let (text, m, all_stable) = rewrite(input);
    map.push(m);
    let text = match blank_page_marks(&text) {
        Some((t, m)) => {
            map.push(m);
            t
        }
        None => text,
    };
    if all_stable || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    let (text, m) = compose(&text);
    map.push(m);
    text
}

/// Chars that are NFC whatever follows them and never combine with what
/// precedes: below the combining marks, Vietnamese precomposed letters,
/// general punctuation, superscripts (`⁽¹⁾`). (A fast path: most Vietnamese
/// text is only these.)
fn stable(c: char) -> bool {
    c < '\u{300}'
        || ('\u{1e00}'..='\u{1eff}').contains(&c)
        || ('\u{2000}'..='\u{209f}').contains(&c)
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

/// Bytes that pass 1 steps over without a look: ASCII that is not a line
/// end, tab, form feed, emphasis mark, entity or tag opener; continuation
/// bytes; and the lead bytes of U+0100..U+02FF except U+0189 `Ɖ` and
/// U+0256 `ɖ` (their chars are kept and [`stable`]). The other lead bytes
/// (`C2`, `C3`, `C6`, `C9`, `E1` for Vietnamese letters ...) get a look.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x20;
    while b < 0x80 {
        t[b] = true;
        b += 1;
    }
    t[b'*' as usize] = false;
    t[b'_' as usize] = false;
    t[b'&' as usize] = false;
    t[b'<' as usize] = false;
    let mut b = 0;
    while b < 0x20 {
        t[b] = !matches!(b, 0x09..=0x0d);
        b += 1;
    }
    let mut b = 0x80;
    while b < 0xC0 {
        t[b] = true;
        b += 1;
    }
    t[0xC4] = true;
    t[0xC5] = true;
    t[0xC7] = true;
    t[0xC8] = true;
    t[0xCA] = true;
    t[0xCB] = true;
    t
};

/// Whether the char led by byte `lead` (`next` the byte after it) is kept
/// as it is and [`stable`]: a Vietnamese letter, most of Latin-1 ... (The
/// lead bytes [`PLAIN`] passes are not asked.)
fn lead_ok(lead: u8, next: u8) -> bool {
    match lead {
        0xC2 => !matches!(next, 0x85 | 0xA0 | 0xAD),
        0xC3 => !matches!(next, 0x90 | 0xB0),
        0xC4 | 0xC5 | 0xC7 | 0xC8 | 0xCA | 0xCB => true,
        0xC6 => next != 0x89,
        0xC9 => next != 0x96,
        0xE1 => (0xB8..=0xBB).contains(&next),
        _ => false,
    }
}

/// Eight copies of byte `b` in a word.
const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

const HIGH_BITS: u64 = splat(0x80);

/// Whether some byte of `x` is zero.
const fn has_zero(x: u64) -> bool {
    x.wrapping_sub(splat(1)) & !x & HIGH_BITS != 0
}

/// Whether some ASCII byte of `x` may need a look: a control char (line
/// ends, tab) or `*`, `_`, `&`, `<`. (May say yes wrongly, never no.)
const fn has_ascii_special(x: u64) -> bool {
    x.wrapping_sub(splat(0x20)) & !x & HIGH_BITS != 0
        || has_zero(x ^ splat(b'*'))
        || has_zero(x ^ splat(b'_'))
        || has_zero(x ^ splat(b'&'))
        || has_zero(x ^ splat(b'<'))
}

/// The first byte at or after `i` that may need a look. Eight bytes at a
/// time while a word holds no ASCII that needs one and each char starting
/// in it passes [`lead_ok`]; then byte by byte with [`PLAIN`].
fn skip_plain(bytes: &[u8], mut i: usize) -> usize {
    while let Some(word) = bytes
        .get(i..i + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        let x = u64::from_le_bytes(word);
        if has_ascii_special(x) {
            break;
        }
        // Lead bytes of multi-byte chars: the two top bits set.
        let mut leads = x & (x << 1) & HIGH_BITS;
        while leads != 0 {
            let k = (leads.trailing_zeros() / 8) as usize;
            let lead = word.get(k).copied().unwrap_or(0);
            let next = bytes.get(i + k + 1).copied().unwrap_or(0);
            if !PLAIN[usize::from(lead)] && !lead_ok(lead, next) {
                return i + k;
            }
            leads &= leads - 1;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if !PLAIN[b as usize] {
            break;
        }
        i += 1;
    }
    i
}

/// Pass 1: character rewrites, markdown emphasis, HTML entities and tags.
/// One pass, linear. Also tells whether every char is [`stable`] (then NFC
/// needs no look).
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
    // Only white space before byte `at` on its line? (trim_start stops at the
    // first char that is not, so this stays cheap.)
    let line_is_blank_before = |line_start: usize, at: usize| {
        input
            .get(line_start..at)
            .is_none_or(|t| t.trim_start().is_empty())
    };
    loop {
        i = skip_plain(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        if b < 0x80 {
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
                    if !only_marks
                        && is_emphasis(input, i, run, line_is_blank_before(line_start, i))
                    {
                        flush(&mut out, &mut map, copied, i);
                        map.replace(run, 0);
                        copied = i + run;
                    }
                    i += run;
                }
                b'&' | b'<' => {
                    let found = if b == b'&' {
                        entity(&input[i..])
                    } else {
                        tag(&input[i..])
                    };
                    let Some((len, mut r)) = found else {
                        i += 1;
                        continue;
                    };
                    // A block tag at a line's start or end adds no line end.
                    let at_end = matches!(bytes.get(i + len), None | Some(b'\n' | b'\r'));
                    if r == Some('\n') && (line_is_blank_before(line_start, i) || at_end) {
                        r = None;
                    }
                    flush(&mut out, &mut map, copied, i);
                    match r {
                        Some(r) => {
                            if !stable(r) {
                                all_stable = false;
                            }
                            out.push(r);
                            map.replace(len, r.len_utf8());
                            if r == '\n' {
                                line_start = i + len;
                            }
                        }
                        None => map.replace(len, 0),
                    }
                    i += len;
                    copied = i;
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
        if lead_ok(b, next) {
            i += if b < 0xE0 { 2 } else { 3 };
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

/// An HTML entity at the start of `s`: its length and its char (NBSP as a
/// space).
fn entity(s: &str) -> Option<(usize, Option<char>)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let name = s.get(1..end)?;
    let c = match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "shy" | "zwj" | "zwnj" => return Some((end + 1, None)),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            match char::from_u32(code)? {
                '\u{a0}' => ' ',
                '\0' => return None,
                c => c,
            }
        }
    };
    Some((end + 1, Some(c)))
}

/// HTML tags to drop, and whether each ends a line (as a start or end tag).
const TAGS: &[(&str, bool)] = &[
    ("a", false),
    ("b", false),
    ("body", true),
    ("br", true),
    ("center", true),
    ("div", true),
    ("em", false),
    ("font", false),
    ("h1", true),
    ("h2", true),
    ("h3", true),
    ("h4", true),
    ("h5", true),
    ("h6", true),
    ("head", true),
    ("hr", true),
    ("html", true),
    ("i", false),
    ("li", true),
    ("ol", true),
    ("p", true),
    ("span", false),
    ("strong", false),
    ("sub", false),
    ("sup", false),
    ("table", true),
    ("tbody", true),
    ("td", false),
    ("th", false),
    ("thead", true),
    ("tr", true),
    ("u", false),
    ("ul", true),
];

/// A known HTML tag at the start of `s` (`<br>`, `</p>`, `<span class="x">`):
/// its length, and `\n` when it ends a line. Unknown names (`<5%`, `a<b`)
/// are not tags.
fn tag(s: &str) -> Option<(usize, Option<char>)> {
    let b = s.as_bytes();
    let name_start = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    let name_len = b
        .get(name_start..)?
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = s
        .get(name_start..name_start + name_len)?
        .to_ascii_lowercase();
    let &(_, block) = TAGS.iter().find(|(t, _)| *t == name)?;
    let rest = b.get(name_start + name_len..)?;
    if !matches!(rest.first(), Some(b'>' | b' ' | b'/' | b'\t')) {
        return None;
    }
    let close = rest
        .iter()
        .take(400)
        .position(|&c| c == b'>' || c == b'\n' || c == b'<')?;
    if rest.get(close) != Some(&b'>') {
        return None;
    }
    let len = name_start + name_len + close + 1;
    Some((len, block.then_some('\n')))
}

/// A page mark alone on a line: `- 2 -`, `Trang 2`, `Trang 2/5`, `Page 2 of 5`, `2/5`.
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            [-–—]\s*\d{1,4}\s*[-–—]
          | (?:trang|page|tr\.)\s*\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?
          | \d{1,4}\s*/\s*\d{1,4}
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

/// Pass 2: blanks the lines that are page marks (keeping their line ends).
/// `None` when there is none.
fn blank_page_marks(text: &str) -> Option<(String, OffsetMap)> {
    // Marks as byte ranges of whole lines; the next non-blank line is looked
    // up only for a candidate (a short line with a digit), so this stays one
    // pass over the text.
    let mut marks: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos <= text.len() {
        let end =
            memchr::memchr(b'\n', bytes.get(pos..).unwrap_or(&[])).map_or(text.len(), |k| pos + k);
        let line = text.get(pos..end).unwrap_or("").trim();
        let candidate =
            !line.is_empty() && line.len() <= 24 && line.bytes().any(|c| c.is_ascii_digit());
        if candidate && is_page_mark(line, next_non_blank(text, end)) {
            marks.push((pos, end));
        }
        pos = end + 1;
    }
    if marks.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMap::new();
    let mut copied = 0;
    for (start, end) in marks {
        out.push_str(text.get(copied..start).unwrap_or(""));
        map.copy(start - copied);
        map.replace(end - start, 0);
        copied = end;
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    map.copy(text.len() - copied);
    Some((out, map))
}

/// The trimmed text of the first non-blank line after the line end at `at`.
fn next_non_blank(text: &str, at: usize) -> Option<&str> {
    text.get(at + 1..)?
        .split('\n')
        .map(str::trim)
        .find(|l| !l.is_empty())
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

/// Pass 3: NFC, one cluster (a starter and its combining marks) at a time,
/// so offsets inside unchanged text stay exact.
fn compose(input: &str) -> (String, OffsetMap) {
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::new();
    let mut chars = input.char_indices().peekable();
    let mut copied = 0;
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
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

    /// The first char of `s` that pass 1 must look at, by the plain rules:
    /// an ASCII byte [`PLAIN`] refuses, or a char that is not both kept and
    /// [`stable`].
    fn first_to_look_at(s: &str) -> usize {
        s.char_indices()
            .find(|&(_, c)| {
                if c.is_ascii() {
                    !PLAIN[c as usize]
                } else {
                    !stable(c) || !matches!(action(c), Action::Keep)
                }
            })
            .map_or(s.len(), |(i, _)| i)
    }

    proptest::proptest! {
        #[test]
        fn skip_plain_never_steps_over_what_needs_a_look(
            s in "[a-zA-Z .,*_&<\\n\\tàáđĐươ\\u{1ea0}-\\u{1ef9}\\u{a0}\\u{ad}\\u{300}\\u{110}Ðð\\u{1000}\\u{2013}\\u{200b}\\u{2028}\\u{feff}]{0,40}"
        ) {
            let stop = skip_plain(s.as_bytes(), 0);
            proptest::prop_assert!(s.is_char_boundary(stop));
            proptest::prop_assert!(stop <= first_to_look_at(&s), "{s:?}: {stop}");
        }
    }

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

    #[test]
    fn html_entities_and_tags() {
        assert_eq!(norm("Kính&nbsp;gửi: A &amp; B").0, "Kính gửi: A & B");
        assert_eq!(norm("Vi&#7879;t &#x110;&lt;").0, "Việt Đ<");
        assert_eq!(norm("a &foo; b &#0; c & d").0, "a &foo; b &#0; c & d");
        assert_eq!(norm("<p>Số: 12</p><br/>x").0, "Số: 12\nx");
        assert_eq!(norm("<p>a,</p>\n<p>b</p>\n<br/>\nc").0, "a,\nb\n\nc");
        assert_eq!(norm("<b>QUYẾT ĐỊNH</b>").0, "QUYẾT ĐỊNH");
        assert_eq!(norm("<span class=\"a\">x</span>").0, "x");
        assert_eq!(norm("a<b c <5% <x>").0, "a<b c <5% <x>");
        let s = "A&amp;B";
        let (t, m) = norm(s);
        let at = t.find('B').unwrap();
        assert_eq!(m.span(Span::new(at, at + 1)), Span::new(6, 7));
    }

    #[test]
    fn page_marks_are_blanked() {
        let s = "thực hiện\n- 2 -\nnhiệm vụ\nTrang 2/5\nA\n12/5\n3\ntiếp\n4\nHai";
        assert_eq!(
            norm(s).0,
            "thực hiện\n\nnhiệm vụ\n\nA\n12/5\n\ntiếp\n4\nHai"
        );
        let (t, m) = norm(s);
        let at = t.find("nhiệm").unwrap();
        let sp = m.span(Span::new(at, at + 2));
        assert_eq!(&s[sp.start..sp.end], "nh");
    }
}
