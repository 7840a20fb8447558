//! Normalisation: one canonical text for every extractor to read.
//!
//! Takes: the decoded text. Returns: the normalised text, and records in the
//! [`SourceMap`] how to carry its offsets back. What it does:
//! - line ends: CRLF, CR, U+2028/9, form feed and vertical tab become `\n`;
//! - tabs and Unicode spaces (NBSP, thin spaces, every other char with the
//!   `White_Space` property but line ends) become one ASCII space, so that
//!   the stages split words on ASCII white space only;
//! - zero-width characters, the soft hyphen and stray BOMs are dropped;
//! - look-alikes: `Ð`/`ð` (U+00D0/F0) and `Ɖ` become `Đ`/`đ`;
//! - markdown emphasis (`**`, `*`, `_` around words) is dropped, while a `*`
//!   bullet, a `***` separator and a `____` rule line are kept;
//! - HTML left in the text: entities (`&nbsp;`, `&amp;`, `&#7871;`) become
//!   their char, known tags are dropped (`<br>`, `</p>`, `</div>` and other
//!   block ends become a line end);
//! - NFC, but only where `is_nfc_quick` says the text may need it; combining
//!   marks stranded after white space (a PDF artefact) are dropped.
//!
//! Left alone on purpose: tone placement (`hoà`/`hòa`: strings are kept as
//! printed, matching folds tones), hyphenated line ends, lines wrapped at a
//! fixed width and text in capitals (joining lines is the line stages' job).
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
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Action::Put(' ')
        }
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => Action::Drop,
        '\u{2028}' | '\u{2029}' | '\u{b}' | '\u{c}' | '\u{85}' => Action::Put('\n'),
        'Ð' | 'Ɖ' => Action::Put('Đ'),
        'ð' | 'ɖ' => Action::Put('đ'),
        _ => Action::Keep,
    }
}

/// Which bytes pass 1 must look at, by the byte that follows: bit `n` of
/// `NEED[b]` is set when byte `b` followed by a byte whose low six bits are
/// `n` needs a look. ASCII is all or nothing (set: tab, CR, vertical tab,
/// form feed, `*`, `_`, `&`, `<`; the other control chars and `\n` pass: line
/// starts are found when asked). Continuation bytes pass. A lead byte passes
/// when its char is kept and [`stable`] whatever follows (`C4`, `C5` ...);
/// `C2`, `C3`, `C6`, `C9` and `E1` pass except before the bytes of NBSP,
/// soft hyphen, NEL, `Ð`, `ð`, `Ɖ`, `ɖ` and of chars outside the Vietnamese
/// letters (`E1 B8`..`E1 BB`); every other lead needs a look.
static NEED: [u64; 256] = {
    let mut t = [0u64; 256];
    let specials = [b'\t', b'\r', 0x0b, 0x0c, b'*', b'_', b'&', b'<'];
    let mut k = 0;
    while k < specials.len() {
        t[specials[k] as usize] = u64::MAX;
        k += 1;
    }
    let mut b = 0xC0;
    while b < 0x100 {
        t[b] = u64::MAX;
        b += 1;
    }
    // After the lead byte, the low six bits of the next byte.
    t[0xC2] = 1 << 0x05 | 1 << 0x20 | 1 << 0x2D; // NEL, NBSP, soft hyphen
    t[0xC3] = 1 << 0x10 | 1 << 0x30; // Ð ð
    t[0xC4] = 0;
    t[0xC5] = 0;
    t[0xC6] = 1 << 0x09; // Ɖ
    t[0xC7] = 0;
    t[0xC8] = 0;
    t[0xC9] = 1 << 0x16; // ɖ
    t[0xCA] = 0;
    t[0xCB] = 0;
    t[0xE1] = !(0xF << 0x38); // all but E1 B8..BB (U+1E00..U+1EFF)
    t
};

/// Whether byte `b`, followed by byte `next`, needs a look ([`NEED`]).
fn needs_look(b: u8, next: u8) -> bool {
    NEED[usize::from(b)] >> (next & 63) & 1 != 0
}

/// Whether byte `b`, followed by byte `next`, may need a look: true
/// wherever [`needs_look`] is (a test holds it to the table on every pair of
/// bytes), and also at the leads that are rare in Vietnamese text and that
/// the byte walk then tests. Plain arithmetic (no table, no branch), so that
/// the compiler tests a block of bytes with vector instructions.
#[inline(always)]
fn may_need_look(b: u8, next: u8) -> bool {
    let is = |x: u8| b == x;
    let special =
        (b.wrapping_sub(b'\t') < 5) & (b != b'\n') | is(b'*') | is(b'_') | is(b'&') | is(b'<');
    let passes = (b & 0xFE == 0xC4)
        | is(0xE1) & (next & 0x3C == 0x38)
        | is(0xC3) & (next & 0x1F != 0x10)
        | is(0xC6) & (next & 63 != 0x09);
    special | (b >= 0xC0) & !passes
}

/// The first byte at or after `i` that may need a look: sixteen bytes at a
/// time, each tested with the byte after it by [`may_need_look`] and the
/// results or-ed (no branch per byte: vector instructions); the block that
/// holds one is then walked byte by byte, as are the last few bytes. Always
/// a char boundary: only ASCII and lead bytes need a look.
fn skip_plain(bytes: &[u8], mut i: usize) -> usize {
    while let Some(w) = bytes
        .get(i..i + 17)
        .and_then(|w| <&[u8; 17]>::try_from(w).ok())
    {
        let mut any = false;
        for k in 0..16 {
            any |= may_need_look(w[k], w[k + 1]);
        }
        if any {
            break;
        }
        i += 16;
    }
    while let Some(&b) = bytes.get(i) {
        if needs_look(b, bytes.get(i + 1).copied().unwrap_or(0)) {
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
    // Where the last line end that pass 1 made (a lone CR, a block tag, a
    // line separator) puts a line start; `\n` is found when asked.
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
    let line_start_at = |line_start: usize, at: usize| {
        let nl = memchr::memrchr(b'\n', bytes.get(..at).unwrap_or(&[])).map_or(0, |p| p + 1);
        nl.max(line_start)
    };
    loop {
        i = skip_plain(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        if b < 0x80 {
            match b {
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
                    let ls = line_start_at(line_start, i);
                    let run = bytes[i..].iter().take_while(|&&c| c == b).count();
                    let only_marks = match marks_line {
                        Some((start, v)) if start == ls => v,
                        _ => {
                            let end = input[i..].find('\n').map_or(n, |p| i + p);
                            let v = input[ls..end].chars().all(|c| {
                                c.is_whitespace()
                                    || matches!(c, '*' | '_' | '-' | '=' | '–' | '—' | '.')
                            });
                            marks_line = Some((ls, v));
                            v
                        }
                    };
                    if !only_marks && is_emphasis(input, i, run, line_is_blank_before(ls, i)) {
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
                    let ls = line_start_at(line_start, i);
                    let at_end = matches!(bytes.get(i + len), None | Some(b'\n' | b'\r'));
                    if r == Some('\n') && (line_is_blank_before(ls, i) || at_end) {
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
        let word = |c: Option<char>| c.is_some_and(crate::text::is_word_char);
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

    /// Whether pass 1 must look at char `c`, by the plain rules: an ASCII
    /// char it rewrites or reads (`\n` aside: line starts are found when
    /// asked), or a char that is not both kept and [`stable`].
    fn must_look_at(c: char) -> bool {
        if c.is_ascii() {
            matches!(c, '\t' | '\r' | '\u{b}' | '\u{c}' | '*' | '_' | '&' | '<')
        } else {
            !stable(c) || !matches!(action(c), Action::Keep)
        }
    }

    fn first_to_look_at(s: &str) -> usize {
        s.char_indices()
            .find(|&(_, c)| must_look_at(c))
            .map_or(s.len(), |(i, _)| i)
    }

    /// [`may_need_look`] flags every pair of bytes the [`NEED`] table does.
    #[test]
    fn block_test_finds_every_pair_the_table_does() {
        for b in 0..=255u8 {
            for n in 0..=255u8 {
                assert!(may_need_look(b, n) || !needs_look(b, n), "{b:02x} {n:02x}");
            }
        }
    }

    /// [`NEED`] against the rules, on every char: it never lets one pass that
    /// needs a look, and for ASCII and the lead bytes it tells apart by the
    /// next byte (`C2`..`CB`, `E1`) it says exactly the rules.
    #[test]
    fn need_table_says_the_rules_for_every_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let (lead, next) = (b[0], b.get(1).copied().unwrap_or(b'a'));
            let need = needs_look(lead, next);
            if matches!(lead, 0..=0x7F | 0xC2..=0xCB | 0xE1) {
                assert_eq!(need, must_look_at(c), "{c:?} U+{:04X}", c as u32);
            } else {
                assert!(need || !must_look_at(c), "{c:?}");
            }
            for &cont in &b[1..] {
                assert!(!needs_look(cont, b'a') && !needs_look(cont, 0x80));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn skip_plain_never_steps_over_what_needs_a_look(
            s in "[a-zA-Z .,*_&<\\n\\tàáđĐươ\\u{1ea0}-\\u{1ef9}\\u{a0}\\u{ad}\\u{300}\\u{110}Ðð\\u{1000}\\u{2013}\\u{200b}\\u{2028}\\u{feff}]{0,80}"
        ) {
            let stop = skip_plain(s.as_bytes(), 0);
            proptest::prop_assert!(s.is_char_boundary(stop));
            proptest::prop_assert!(stop <= first_to_look_at(&s), "{s:?}: {stop}");
            let b = s.as_bytes();
            let byte_by_byte = (0..b.len())
                .find(|&i| needs_look(b[i], b.get(i + 1).copied().unwrap_or(0)))
                .unwrap_or(b.len());
            proptest::prop_assert_eq!(stop, byte_by_byte, "{:?}", s);
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
    fn every_white_space_char_becomes_ascii() {
        for c in (0..0x11_0000)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
        {
            let (t, _) = norm(&format!("a{c}b"));
            assert!(t.is_ascii(), "{c:?} -> {t:?}");
            assert_eq!(t.split_ascii_whitespace().count(), 2, "{c:?}");
        }
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
}
