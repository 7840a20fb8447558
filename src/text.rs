//! Small text helpers shared by every stage: folding for keyword matching,
//! white-space folding for output strings.
//!
//! Takes: `&str` slices of the normalised text. Returns: new strings or
//! sub-slices; nothing here allocates unless it builds an output value.

use std::sync::LazyLock;

use unicode_normalization::char::decompose_canonical;

/// The base letter of `c`, lower-cased, without tone or other marks
/// (`Ủ` -> `u`, `Đ`/`Ð` -> `d`). Non-letters come back unchanged.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let i = c as usize;
    if (LATIN.start..LATIN.end).contains(&i) {
        return FOLDED.get(i - LATIN.start).copied().unwrap_or(c);
    }
    if (EXTENDED.start..EXTENDED.end).contains(&i) {
        return FOLDED
            .get(i - EXTENDED.start + LATIN.len())
            .copied()
            .unwrap_or(c);
    }
    fold_char_slow(c)
}

/// Latin-1, Latin Extended-A/B (`Ă Đ Ơ Ư`) and Latin Extended Additional
/// (every precomposed Vietnamese letter with a tone): folded once, looked up after.
const LATIN: std::ops::Range<usize> = 0xC0..0x250;
const EXTENDED: std::ops::Range<usize> = 0x1E00..0x1F00;

static FOLDED: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    LATIN
        .chain(EXTENDED)
        .map(|i| char::from_u32(i as u32).map_or('\u{fffd}', fold_char_slow))
        .collect()
});

fn fold_char_slow(c: char) -> char {
    match c {
        'Đ' | 'đ' | 'Ð' | 'ð' | 'Ɖ' | 'ɖ' => 'd',
        _ => {
            let mut base = c;
            let mut first = true;
            decompose_canonical(c, |d| {
                if first {
                    base = d;
                    first = false;
                }
            });
            let mut low = base.to_lowercase();
            match (low.next(), low.next()) {
                (Some(l), None) => l,
                _ => base,
            }
        }
    }
}

/// `c` lower-cased as [`char::to_lowercase`] gives it, when `c` is ASCII or
/// a letter of the Latin blocks Vietnamese uses (Latin-1, `Ă Đ Ĩ Ũ Ơ Ư`,
/// Latin Extended Additional) and lower-cases to one char; else `None`.
pub(crate) fn fast_lower(c: char) -> Option<char> {
    let i = c as u32;
    match i {
        0..=0x7F => Some(c.to_ascii_lowercase()),
        0xC0..=0xD6 | 0xD8..=0xDE => char::from_u32(i + 0x20),
        0xD7 | 0xDF..=0xFF => Some(c),
        // Capital even, small odd.
        0x100..=0x12F | 0x14A..=0x177 | 0x1EA0..=0x1EFF => char::from_u32(i | 1),
        0x1A0 | 0x1AF => char::from_u32(i + 1),
        0x1A1 | 0x1B0 => Some(c),
        _ => None,
    }
}

/// `char::is_alphanumeric`, fast for ASCII and Vietnamese letters.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    let i = c as usize;
    if (EXTENDED.start..EXTENDED.end).contains(&i)
        || (LATIN.start..LATIN.end).contains(&i) && i != 0xD7 && i != 0xF7
    {
        return true;
    }
    c.is_alphanumeric()
}

/// `char::is_alphabetic`, fast for ASCII and Vietnamese letters.
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let i = c as usize;
    if (EXTENDED.start..EXTENDED.end).contains(&i)
        || (LATIN.start..LATIN.end).contains(&i) && i != 0xD7 && i != 0xF7
    {
        return true;
    }
    c.is_alphabetic()
}

/// Letters and digits of `s`, folded with [`fold_char`], everything else
/// dropped (`"CỘNG HÒA XÃ HỘI"` -> `"conghoaxahoi"`), and for each folded char
/// the byte offset in `s` of the char it came from. For tolerant comparison
/// of fixed phrases whose spacing and punctuation get damaged.
pub(crate) fn fold_key_offsets(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII without decoding a char.
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
                offsets.push(i);
            }
            i += 1;
            continue;
        }
        let c = s.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
        if is_word_char(c) {
            out.push(fold_char(c));
            offsets.push(i);
        }
        i += c.len_utf8();
    }
    (out, offsets)
}

/// Words of `s` folded with [`fold_char`] and joined by one space;
/// punctuation becomes a word break: `"Kính  gửi:"` -> `"kinh gui"`.
pub(crate) fn fold_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_words_into(s, usize::MAX, &mut out);
    out
}

/// [`fold_words`] of `s` into `out` (cleared first), stopped once `out` is
/// longer than `max` bytes: any name of at most `max` bytes is then followed
/// by the same character in `out` as in the whole fold.
pub(crate) fn fold_words_into(s: &str, max: usize, out: &mut String) {
    // Built as bytes: almost every folded char is one ASCII byte, written
    // without encoding a char; the few others are written whole.
    let mut folded = std::mem::take(out).into_bytes();
    folded.clear();
    folded.reserve(s.len());
    let table: &[char] = &FOLDED;
    let bytes = s.as_bytes();
    let mut pending_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII: one table load says separator (0) or the lower-case byte.
        let f = if let Some(&f) = ASCII_FOLD.get(usize::from(b)) {
            i += 1;
            if f == 0 {
                pending_space = true;
                continue;
            }
            f
        } else {
            let (f, len) = fold_at(table, s, i, b);
            i += len;
            match f {
                Some(f) if f.is_ascii() => f as u8,
                Some(f) => {
                    if pending_space && !folded.is_empty() {
                        folded.push(b' ');
                    }
                    pending_space = false;
                    folded.extend_from_slice(f.encode_utf8(&mut [0; 4]).as_bytes());
                    if folded.len() > max {
                        break;
                    }
                    continue;
                }
                None => {
                    pending_space = true;
                    continue;
                }
            }
        };
        if pending_space && !folded.is_empty() {
            folded.push(b' ');
        }
        pending_space = false;
        folded.push(f);
        if folded.len() > max {
            break;
        }
    }
    // Only ASCII bytes and whole chars were written: always UTF-8.
    *out = String::from_utf8(folded).unwrap_or_default();
}

/// ASCII letters and digits folded (lower case); 0 for the other ASCII
/// bytes, which separate words.
static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The char at byte `i` of `s` (its first byte `b`) folded when it is a
/// word char ([`is_word_char`], [`fold_char`]), and its length. ASCII and
/// the Vietnamese letters (two bytes led by C3..C8, three by E1 B8..E1 BB)
/// are read from their bytes; other chars are decoded. `table` is
/// [`FOLDED`], passed in so that it is loaded once per fold, not per char.
#[inline(always)]
fn fold_at(table: &[char], s: &str, i: usize, b: u8) -> (Option<char>, usize) {
    let bytes = s.as_bytes();
    let next = |k: usize| bytes.get(i + k).map_or(0, |&c| u32::from(c & 0x3F));
    if b < 0x80 {
        let f = b.is_ascii_alphanumeric();
        return (f.then(|| char::from(b.to_ascii_lowercase())), 1);
    }
    // The folded table holds LATIN, then EXTENDED.
    let (at, len) = match latin_letter_len(b, bytes.get(i + 1).copied().unwrap_or(0)) {
        Some(2) => (
            ((u32::from(b & 0x1F) << 6) | next(1)) as usize - LATIN.start,
            2,
        ),
        Some(len) => {
            let cp = (0x1000 | (next(1) << 6) | next(2)) as usize;
            (cp - EXTENDED.start + LATIN.len(), len)
        }
        None => {
            let c = s.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            return (is_word_char(c).then(|| fold_char(c)), c.len_utf8());
        }
    };
    (table.get(at).copied(), len)
}

/// The length of the letter whose UTF-8 encoding starts with the bytes
/// `lead`, `next`, when it is one of the Latin letters Vietnamese text is
/// made of: 2 for U+00C0..U+023F (lead C3..C8) but `×` (C3 97) and `÷`
/// (C3 B7), 3 for U+1E00..U+1EFF (E1 B8..E1 BB). `None` for any other char,
/// which must then be decoded.
pub(crate) fn latin_letter_len(lead: u8, next: u8) -> Option<usize> {
    match (lead, next) {
        (0xC3, 0x97 | 0xB7) => None,
        (0xC3..=0xC8, _) => Some(2),
        (0xE1, 0xB8..=0xBB) => Some(3),
        _ => None,
    }
}

/// `s` with every run of white space (line breaks included) folded to one
/// space, and trimmed. Normalised text has only ASCII white space (the
/// normalise stage turned tabs, NBSP and the Unicode spaces into spaces), so
/// this works on bytes and copies runs between white space whole.
pub(crate) fn clean(s: &str) -> String {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    let mut chunk = 0;
    while let Some(p) = next_fold(b, chunk) {
        out.push_str(t.get(chunk..p).unwrap_or(""));
        out.push(' ');
        chunk = p;
        while b.get(chunk).is_some_and(u8::is_ascii_whitespace) {
            chunk += 1;
        }
    }
    out.push_str(t.get(chunk..).unwrap_or(""));
    out
}

/// Whether `s` is its own [`clean`]: no white space at its ends, none but
/// single spaces between words.
pub(crate) fn is_clean(s: &str) -> bool {
    let b = s.as_bytes();
    let edge = |c: Option<&u8>| c.is_some_and(u8::is_ascii_whitespace);
    !edge(b.first()) && !edge(b.last()) && next_fold(b, 0).is_none()
}

/// Where the first run of white space at or after `from` that is not one
/// lone space starts (two spaces or more, a line end, a tab ...), in `b`,
/// which does not end with white space. Long texts are searched with
/// memchr (no branch per byte), short ones byte by byte.
fn next_fold(b: &[u8], from: usize) -> Option<usize> {
    let rest = b.get(from..)?;
    if rest.len() < 64 {
        // One test per byte: white space is at most b' '.
        let mut after_space = false;
        for (k, &c) in rest.iter().enumerate() {
            if c <= b' ' && c.is_ascii_whitespace() {
                if c != b' ' || after_space {
                    return Some(from + k - usize::from(after_space));
                }
                after_space = true;
            } else {
                after_space = false;
            }
        }
        return None;
    }
    static DOUBLE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("  "));
    // Line ends, tabs, carriage returns and form feeds, then two spaces
    // before the first of them.
    let other = memchr::memchr3(b'\n', b'\t', b'\r', rest);
    let other = memchr::memchr(0x0C, rest.get(..other.unwrap_or(rest.len()))?).or(other);
    let double = DOUBLE.find(rest.get(..other.unwrap_or(rest.len()))?);
    let mut p = from + double.or(other)?;
    // The run starts at the spaces before a line end.
    while p > from && b.get(p - 1) == Some(&b' ') {
        p -= 1;
    }
    Some(p)
}

/// [`clean`], then a list item's trailing `;` `,` `.` (and an end mark `./.`)
/// dropped.
pub(crate) fn clean_item(s: &str) -> String {
    let mut t = clean(s);
    let keep = trim_item_end(&t).len();
    t.truncate(keep);
    t
}

/// `s` without trailing white space, `;`, `,`, `.`, `:` and the end mark `/.`.
pub(crate) fn trim_item_end(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '.' | ':' | '/'))
}

/// Whether the letters of `s` are (nearly) all capitals: at least two
/// letters, and at most one in ten lower-case.
pub(crate) fn is_upper(s: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    for (i, c) in s.char_indices() {
        let (u, l) = letter_case(c);
        up += usize::from(u);
        low += usize::from(l);
        // Capitals grow by one a char at most: past this many small
        // letters the answer is no.
        if l && low * 10 > up + (s.len() - i) {
            return false;
        }
    }
    up >= 2 && low * 10 <= up
}

/// Whether `c` is upper case, and whether it is lower case, as
/// [`char::is_uppercase`] and [`char::is_lowercase`] say; without a table
/// search for ASCII and the Latin letters Vietnamese uses.
#[inline]
pub(crate) fn letter_case(c: char) -> (bool, bool) {
    let i = c as u32;
    match i {
        0..=0x7F => (c.is_ascii_uppercase(), c.is_ascii_lowercase()),
        0xC0..=0xD6 | 0xD8..=0xDE => (true, false),
        0xDF..=0xF6 | 0xF8..=0xFF => (false, true),
        // Capital even, small odd.
        0x100..=0x12F | 0x14A..=0x177 | 0x1EA0..=0x1EFF => (i & 1 == 0, i & 1 == 1),
        0x1A0 | 0x1AF => (true, false),
        0x1A1 | 0x1B0 => (false, true),
        _ => (c.is_uppercase(), c.is_lowercase()),
    }
}

/// A small deterministic random source for tests: the next state of
/// Knuth's MMIX linear congruential generator (use the high bits).
#[cfg(test)]
pub(crate) fn next_random(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *seed
}

/// One of `items`, drawn with [`next_random`] (for tests that build random
/// texts from a few words or chars).
#[cfg(test)]
pub(crate) fn pick<T: Copy>(seed: &mut u64, items: &[T]) -> T {
    items[below(seed, items.len())]
}

/// A number below `n`, drawn with [`next_random`].
#[cfg(test)]
pub(crate) fn below(seed: &mut u64, n: usize) -> usize {
    (next_random(seed) >> 33) as usize % n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_case_says_what_std_says() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                letter_case(c),
                (c.is_uppercase(), c.is_lowercase()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn folds_vietnamese_letters() {
        let key = |s: &str| fold_key_offsets(s).0;
        assert_eq!(key("CỘNG HÒA XÃ HỘI"), "conghoaxahoi");
        assert_eq!(key("Độc lập - Tự do"), "doclaptudo");
        assert_eq!(key("Ðộc"), "doc");
        assert_eq!(key("Uỷ ban"), key("Ủy ban"));
        assert_eq!(fold_key_offsets("aĐb").1, vec![0, 1, 3]);
        assert_eq!(fold_words("Kính  gửi:"), "kinh gui");
        assert_eq!(fold_words(" V/v: abc"), "v v abc");
    }

    #[test]
    fn cleans_white_space_and_item_ends() {
        assert_eq!(clean("  a \n b\t c "), "a b c");
        assert_eq!(clean("Ủy ban  nhân\ndân"), "Ủy ban nhân dân");
        assert_eq!(clean(" \n "), "");
        assert_eq!(clean("a"), "a");
        assert_eq!(
            clean_item("Ủy ban nhân dân huyện, thành phố."),
            "Ủy ban nhân dân huyện, thành phố"
        );
        assert_eq!(clean_item("thực hiện./."), "thực hiện");
        assert_eq!(clean_item("- Lưu: VT, NC;"), "- Lưu: VT, NC");
    }

    #[test]
    fn fold_at_is_the_char_fold_on_every_char() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let s = format!("{c}x");
            let b = s.as_bytes().first().copied().unwrap_or(0);
            let want = is_word_char(c).then(|| fold_char(c));
            assert_eq!(fold_at(&FOLDED, &s, 0, b), (want, c.len_utf8()), "{c:?}");
        }
    }

    /// The plain definition of [`fold_words_into`]: chars, word chars
    /// folded, runs of others one space, stopped past `max` bytes.
    fn fold_words_by_char(s: &str, max: usize) -> String {
        let mut want = String::new();
        let mut pending = false;
        for c in s.chars() {
            if want.len() > max {
                break;
            }
            if is_word_char(c) {
                if pending && !want.is_empty() {
                    want.push(' ');
                }
                pending = false;
                want.push(fold_char(c));
            } else {
                pending = true;
            }
        }
        want
    }

    #[test]
    fn fold_words_is_the_char_fold_on_every_char() {
        // Every char of the first three planes, in runs of 7 with a char
        // of another run between, and each alone between spaces.
        let chars: Vec<char> = (0..0x3_0000).filter_map(char::from_u32).collect();
        let mut seed = 7;
        for run in chars.chunks(7) {
            let mut s: String = run.iter().collect();
            s.push(pick(&mut seed, &chars));
            s.push(pick(&mut seed, &['a', ' ', 'Ủ', '.']));
            for max in [usize::MAX, 0, 3, 9] {
                let mut got = String::from("old");
                fold_words_into(&s, max, &mut got);
                assert_eq!(got, fold_words_by_char(&s, max), "{s:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn is_upper_stops_early_with_the_same_answer(s in "[aAbBỦủ .1]{0,60}") {
            let up = s.chars().filter(|c| c.is_uppercase()).count();
            let low = s.chars().filter(|c| c.is_lowercase()).count();
            proptest::prop_assert_eq!(is_upper(&s), up >= 2 && low * 10 <= up);
        }

        #[test]
        fn bytewise_fold_equals_the_char_fold(
            s in "[a-zA-Z0-9 ,.:/\\-àáđĐươ×÷ÀÉßȺ\u{1e00}-\u{1eff}\u{300}\u{201c}\u{2013}\u{a0}\u{1d00}]{0,30}",
            max in 0usize..40,
        ) {
            let want = fold_words_by_char(&s, max);
            let mut got = String::new();
            fold_words_into(&s, max, &mut got);
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn clean_folds_every_run_of_white_space(
            s in "[ab ờ\n\t\r\u{c}\u{b}\u{a0}]{0,200}",
        ) {
            let want = s.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(is_clean(&s), s == want);
            proptest::prop_assert_eq!(clean(&s), want);
        }

        #[test]
        fn next_fold_finds_the_first_run_to_fold(
            s in "[ab ờ\n\t\r\u{c}\u{b}]{0,90}",
            from in 0usize..100,
        ) {
            let b = s.as_bytes();
            let ws = |i: usize| b.get(i).is_some_and(u8::is_ascii_whitespace);
            let want = (from..b.len()).find(|&i| ws(i) && (b.get(i) != Some(&b' ') || ws(i + 1)));
            // The memchr search is for texts that do not end with white space.
            if b.len() < from + 64 || !ws(b.len() - 1) {
                proptest::prop_assert_eq!(next_fold(b, from), want);
            }
        }

        #[test]
        fn bytewise_key_fold_equals_the_char_fold(
            s in "[a-zA-Z0-9 ,.:/\\-àáđĐươ\u{1ea0}-\u{1ef9}\u{300}\u{201c}\u{2013}\u{a0}]{0,30}",
        ) {
            let (want, want_at): (String, Vec<usize>) = s
                .char_indices()
                .filter(|&(_, c)| is_word_char(c))
                .map(|(i, c)| (fold_char(c), i))
                .unzip();
            proptest::prop_assert_eq!(fold_key_offsets(&s), (want, want_at));
        }
    }

    #[test]
    fn fast_lower_is_to_lowercase() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            if let Some(l) = fast_lower(c) {
                assert!(c.to_lowercase().eq([l]), "{c:?}");
            }
        }
        for c in "ĂĐĨŨƠƯăđĩũơưÀÝỐỊẰàýốịằ".chars() {
            assert!(fast_lower(c).is_some(), "{c:?}");
        }
    }

    #[test]
    fn fast_classes_agree_with_std() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn tells_capitals() {
        assert!(is_upper("ỦY BAN NHÂN DÂN"));
        assert!(is_upper("UBND TỈNH KHÁNH HÒA"));
        assert!(!is_upper("Ủy ban nhân dân"));
        assert!(!is_upper("A"));
    }
}
