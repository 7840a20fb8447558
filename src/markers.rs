//! Enumeration markers at the start of a line: `I.`, `1.`, `1)`, `1.1.`,
//! `a)`, `đ)`, `-`, `+`, `•`, `Điều 1.`, `Chương II`, `(1)`.
//!
//! Takes: a line's trimmed text. Returns: the [`Marker`] it starts with, if
//! any: its family (markers of one family are siblings), its label as the
//! contract writes it, its ordinal in the family's sequence, and where the
//! item's own text begins. Hand-written: this runs on every line.

use crate::text::{is_letter, letter_case};

/// The Vietnamese letter sequence of điểm: no f, j, w, z. The vowels with
/// marks (ă â ê ô ơ ư) are accepted after their base letter.
pub(crate) const LETTERS: &[char] = &[
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ',
    'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'x', 'y',
];

/// Which sequence a marker belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Family {
    /// `Phần I`, `Chương II`, `Mục 1`, `Tiểu mục 1` (the word is the family).
    Part(PartWord),
    /// `Điều 1.`
    Article,
    /// `I.`, `II-`
    Roman,
    /// `A.`, `B)`
    UpperLetter,
    /// `1.`, `2.` (sep `.`), `1)` (sep `)`), `1-` (sep `-`)
    Arabic(char),
    /// `1.1.`, `1.1.2`: the number of levels.
    Decimal(u8),
    /// `a)`, `đ)` (sep `)`), `a.` (sep `.`)
    Letter(char),
    /// `(1)`, `(a)`
    Paren,
    /// `-`, `–`, `—`
    Dash,
    /// `+`
    Plus,
    /// `•`, `●`, `·`, `▪`, `◦`, `○`, `❖`, `✓`, `➢`, `>`
    Bullet,
    /// `*`
    Star,
}

/// The words of the large divisions of a legal text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum PartWord {
    Phan,
    Chuong,
    Muc,
    TieuMuc,
}

/// A marker found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    pub family: Family,
    /// The label as the contract writes it: `1`, `1.1`, `a`, `I`, `-`, `Điều 1`.
    pub label: String,
    /// Position in the family's sequence (1-based), where it has one.
    pub ordinal: Option<u32>,
    /// Byte offset in the line's text where the item's own text begins.
    pub content: usize,
}

/// The marker `text` starts with, if any.
pub(crate) fn parse(text: &str) -> Option<Marker> {
    let first = text.chars().next()?;
    match first {
        '-' | '–' | '—' | '+' | '•' | '●' | '·' | '▪' | '◦' | '○' | '❖' | '✓' | '➢' | '>' | '*' => {
            bullet(text, first)
        }
        '(' => paren(text),
        '0'..='9' => arabic(text),
        'Đ' | 'Ð' | 'đ' => article(text).or_else(|| letter(text)),
        // A letter marker has `)` or `.` right after its letter; Roman
        // numerals and the division words (`Phần`, `Chương`, `Mục`, `Tiểu
        // mục`) start with one of `IVXLC` `PCMT`. Other lines are let go
        // before any of the parsers below runs.
        c if letter_case(c).1 => letter_sep(text, c).then(|| letter(text)).flatten(),
        c if c.is_ascii_uppercase() => {
            if !letter_sep(text, c) && !matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'P' | 'M' | 'T') {
                return None;
            }
            roman(text)
                .or_else(|| part(text))
                .or_else(|| upper_letter(text))
                .or_else(|| letter(text))
        }
        _ => None,
    }
}

/// Whether a `)` or `.` comes right after the first char `c` of `text`.
fn letter_sep(text: &str, c: char) -> bool {
    matches!(text.as_bytes().get(c.len_utf8()), Some(b')' | b'.'))
}

fn bullet(text: &str, first: char) -> Option<Marker> {
    let rest = &text[first.len_utf8()..];
    // A rule line ("-----", "***") or an arrow ("->") is no marker.
    let next = rest.chars().next()?;
    if next == first || (first == '-' && next == '>') {
        return None;
    }
    let trimmed = rest.trim_start();
    let c = trimmed.chars().next()?;
    // "- 2 -" is a page number, "-5%" a figure: a bullet is followed by words.
    if !(is_letter(c) || matches!(c, '"' | '“' | '(' | '[' | '‘' | '\'') || c.is_ascii_digit())
    {
        return None;
    }
    if c.is_ascii_digit() && rest.len() == trimmed.len() {
        return None;
    }
    let (family, label) = match first {
        '-' | '–' | '—' => (Family::Dash, "-"),
        '+' => (Family::Plus, "+"),
        '*' => (Family::Star, "*"),
        _ => (Family::Bullet, "•"),
    };
    Some(Marker {
        family,
        label: label.to_string(),
        ordinal: None,
        content: text.len() - trimmed.len(),
    })
}

/// Digits at the start of `s`, with their value.
fn digits(s: &str) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    let value = s
        .bytes()
        .take(n)
        .fold(0, |v, b| v * 10 + u32::from(b - b'0'));
    Some((value, n))
}

/// The offset where the item's text begins after a marker ending at `at`,
/// if something that can begin a text follows.
fn after(text: &str, at: usize, need_space: bool) -> Option<usize> {
    let rest = text.get(at..)?;
    let trimmed = rest.trim_start();
    if need_space && trimmed.len() == rest.len() && !trimmed.is_empty() {
        // No space: accept only a letter ("1.Đẩy mạnh"), never a digit ("1.5").
        let c = trimmed.chars().next()?;
        if !is_letter(c) {
            return None;
        }
    }
    let c = trimmed.chars().next();
    match c {
        None => Some(text.len()),
        Some(c) if c.is_ascii_digit() && trimmed.len() != rest.len() => {
            Some(text.len() - trimmed.len())
        }
        Some(c) if c.is_ascii_digit() => None,
        Some(_) => Some(text.len() - trimmed.len()),
    }
}

fn arabic(text: &str) -> Option<Marker> {
    let (n, len) = digits(text)?;
    let bytes = text.as_bytes();
    // Decimal: 1.1 / 1.1. / 1.3.1. Levels past the first: how many, the
    // last, and whether one is 0 or above 99.
    let (mut levels, mut last, mut out_of_range) = (1usize, n, false);
    let mut pos = len;
    while bytes.get(pos) == Some(&b'.') {
        match text.get(pos + 1..).and_then(digits) {
            Some((m, l)) => {
                levels += 1;
                last = m;
                out_of_range |= m == 0 || m > 99;
                pos += 1 + l;
            }
            None => break,
        }
    }
    if levels > 1 {
        if levels > 6 {
            return None;
        }
        // "13.12.2021" is a date, "1.659,5" a figure.
        if out_of_range {
            return None;
        }
        let label = text[..pos].to_string();
        if matches!(bytes.get(pos), Some(b'.') | Some(b')')) {
            pos += 1;
        } else if text[pos..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        {
            return None; // "1.5 triệu": a figure, not "1.5 Triển khai"
        }
        let content = after(text, pos, true)?;
        return Some(Marker {
            family: Family::Decimal(levels as u8),
            label,
            ordinal: Some(last),
            content,
        });
    }
    let sep = *bytes.get(len)?;
    let sep = match sep {
        b'.' | b')' => sep as char,
        b'-' | b'/' if bytes.get(len + 1) == Some(&b' ') => '-',
        _ => return None,
    };
    if n == 0 {
        return None;
    }
    let content = after(text, len + 1, true)?;
    if content >= text.len() && sep == '-' {
        return None;
    }
    Some(Marker {
        family: Family::Arabic(sep),
        // `n` as written, without its leading zeros (`n` is not 0).
        label: text.get(..len)?.trim_start_matches('0').to_string(),
        ordinal: Some(n),
        content,
    })
}

/// The value of a Roman numeral, for numerals up to 399.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    let val = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let b = s.as_bytes();
    let mut total: i64 = 0;
    for i in 0..b.len() {
        let v = val(b[i])?;
        match b.get(i + 1).and_then(|&c| val(c)) {
            Some(next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    let total = u32::try_from(total).ok()?;
    // Round-trip check keeps "IC", "VV" and the like out.
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const T: &[(u32, &str)] = &[
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for &(v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

fn roman(text: &str) -> Option<Marker> {
    let n = text
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        .count();
    let sep = *text.as_bytes().get(n)?;
    // "I)" is left to the letters: in a text in capitals it is điểm i.
    if !matches!(sep, b'.' | b'-') {
        return None;
    }
    let value = roman_value(&text[..n])?;
    let content = after(text, n + 1, true)?;
    Some(Marker {
        family: Family::Roman,
        label: text[..n].to_string(),
        ordinal: Some(value),
        content,
    })
}

fn upper_letter(text: &str) -> Option<Marker> {
    let c = text.chars().next()?;
    if !c.is_ascii_uppercase() || matches!(c, 'F' | 'J' | 'W' | 'Z') {
        return None;
    }
    let sep = *text.as_bytes().get(1)?;
    if sep != b'.' {
        return None;
    }
    // "A. " needs a space: "A.B" is an abbreviation.
    if text.as_bytes().get(2) != Some(&b' ') {
        return None;
    }
    let content = after(text, 2, true)?;
    let ordinal = (c as u8 - b'A') as u32 + 1;
    Some(Marker {
        family: Family::UpperLetter,
        label: c.to_string(),
        ordinal: Some(ordinal),
        content,
    })
}

/// A điểm letter: `a)`, `đ)`, `b.`; in a text in capitals `A)`, `Đ)` (the
/// label keeps the case as printed).
fn letter(text: &str) -> Option<Marker> {
    let printed = text.chars().next()?;
    let upper = printed.is_uppercase();
    let c = match printed {
        'ð' | 'Đ' | 'Ð' => 'đ',
        _ => printed.to_lowercase().next()?,
    };
    let idx = LETTERS.iter().position(|&l| l == c)?;
    let len = printed.len_utf8();
    let sep = *text.as_bytes().get(len)?;
    let sep = match sep {
        b')' => ')',
        // Capitals with a dot are sections ("A. PHẦN MỞ ĐẦU"), not điểm.
        _ if upper => return None,
        // "a." needs a space after it: "v.v." and "đ.c" are no markers.
        b'.' if text.as_bytes().get(len + 1) == Some(&b' ') => '.',
        _ => return None,
    };
    let content = after(text, len + 1, sep == '.')?;
    if content >= text.len() {
        return None;
    }
    Some(Marker {
        family: Family::Letter(sep),
        label: if printed == 'ð' {
            'đ'.to_string()
        } else {
            printed.to_string()
        },
        ordinal: Some(idx as u32 + 1),
        content,
    })
}

fn paren(text: &str) -> Option<Marker> {
    let inner = &text[1..];
    let close = inner.find(')')?;
    let label = &inner[..close];
    let ordinal = if let Ok(n) = label.parse::<u32>() {
        if label.len() > 2 {
            return None;
        }
        n
    } else {
        let mut cs = label.chars();
        let c = cs.next()?;
        if cs.next().is_some() {
            return None;
        }
        LETTERS.iter().position(|&l| l == c)? as u32 + 1
    };
    let content = after(text, close + 2, false)?;
    if content >= text.len() {
        return None;
    }
    Some(Marker {
        family: Family::Paren,
        label: label.to_string(),
        ordinal: Some(ordinal),
        content,
    })
}

fn article(text: &str) -> Option<Marker> {
    let rest = text
        .strip_prefix("Điều")
        .or_else(|| text.strip_prefix("ĐIỀU"))
        .or_else(|| text.strip_prefix("Ðiều"))?;
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    let (n, len) = digits(trimmed)?;
    let mut end = len;
    let suffix = trimmed[len..].chars().next();
    if let Some(c) = suffix.filter(|c| c.is_ascii_lowercase()) {
        end += c.len_utf8();
    }
    let label = format!("Điều {}", &trimmed[..end]);
    let mut pos = text.len() - trimmed.len() + end;
    if matches!(text.as_bytes().get(pos), Some(b'.') | Some(b':')) {
        pos += 1;
    }
    // "Điều 3 Quyết định này" is a reference, not a heading: a heading has a
    // dot, a colon, or nothing after the number.
    let rest = &text[pos..];
    if !rest.is_empty() && pos == text.len() - trimmed.len() + end && !rest.starts_with(' ') {
        return None;
    }
    let had_sep = pos > text.len() - trimmed.len() + end;
    if !had_sep && !rest.trim().is_empty() {
        return None;
    }
    let content = text.len() - rest.trim_start().len();
    Some(Marker {
        family: Family::Article,
        label,
        ordinal: Some(n),
        content,
    })
}

fn part(text: &str) -> Option<Marker> {
    const WORDS: &[(&str, PartWord)] = &[
        ("Tiểu mục", PartWord::TieuMuc),
        ("TIỂU MỤC", PartWord::TieuMuc),
        ("Phần", PartWord::Phan),
        ("PHẦN", PartWord::Phan),
        ("Chương", PartWord::Chuong),
        ("CHƯƠNG", PartWord::Chuong),
        ("Mục", PartWord::Muc),
        ("MỤC", PartWord::Muc),
    ];
    // The first two bytes tell the word (and let most lines go at once).
    let head = text.as_bytes().get(..2)?;
    let (word, pw, rest) = WORDS
        .iter()
        .filter(|(w, _)| w.as_bytes().get(..2) == Some(head))
        .find_map(|(w, pw)| text.strip_prefix(w).map(|r| (*w, *pw, r)))?;
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    let n = trimmed
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let num = &trimmed[..n];
    let ordinal = num.parse::<u32>().ok().or_else(|| roman_value(num))?;
    let after_num = &trimmed[n..];
    let after_num = after_num.strip_prefix(['.', ':']).unwrap_or(after_num);
    // "Mục 1" alone or "Mục 1. Title"; "Mục tiêu ..." never gets here.
    if !after_num.is_empty() && !after_num.starts_with(' ') {
        return None;
    }
    let word = if word.chars().nth(1).is_some_and(char::is_uppercase) {
        // Contract labels keep the word as printed, in sentence case.
        match pw {
            PartWord::Phan => "Phần",
            PartWord::Chuong => "Chương",
            PartWord::Muc => "Mục",
            PartWord::TieuMuc => "Tiểu mục",
        }
    } else {
        word
    };
    Some(Marker {
        family: Family::Part(pw),
        label: format!("{word} {num}"),
        ordinal: Some(ordinal),
        content: text.len() - after_num.trim_start().len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(Family, String, Option<u32>, String)> {
        parse(s).map(|mk| {
            (
                mk.family,
                mk.label.clone(),
                mk.ordinal,
                s[mk.content..].to_string(),
            )
        })
    }

    /// `parse` as it was before its first-byte gates: every parser that can
    /// start with the first char is tried.
    fn parse_ungated(text: &str) -> Option<Marker> {
        let first = text.chars().next()?;
        match first {
            '-' | '–' | '—' | '+' | '•' | '●' | '·' | '▪' | '◦' | '○' | '❖' | '✓' | '➢' | '>'
            | '*' => bullet(text, first),
            '(' => paren(text),
            '0'..='9' => arabic(text),
            'Đ' | 'Ð' | 'đ' => article(text).or_else(|| letter(text)),
            c if c.is_lowercase() => letter(text),
            c if c.is_ascii_uppercase() => roman(text)
                .or_else(|| part(text))
                .or_else(|| upper_letter(text))
                .or_else(|| letter(text)),
            _ => None,
        }
    }

    #[test]
    fn gates_change_no_answer() {
        let firsts: Vec<char> = ('A'..='Z')
            .chain('a'..='z')
            .chain("ĐđÐðƯưỦủÂâ0(-•IVXLC".chars())
            .collect();
        let rest = [
            ")",
            ".",
            " ",
            "I",
            "V",
            "X",
            ". ",
            ") ",
            "hần",
            "HẦN",
            "hương",
            "ục",
            "iểu mục",
            "iều",
            "IỀU",
            "a",
            "1",
            "ủ",
            "-",
            ":",
        ];
        let mut seed = 11;
        for _ in 0..200_000 {
            let mut s = String::new();
            s.push(crate::text::pick(&mut seed, &firsts));
            for _ in 0..crate::text::next_random(&mut seed) >> 62 {
                s.push_str(crate::text::pick(&mut seed, &rest));
            }
            s.push_str(crate::text::pick(&mut seed, &rest));
            assert_eq!(parse(&s), parse_ungated(&s), "{s:?}");
        }
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            for tail in ["", ")", ". x", ") x", "I. X"] {
                let s = format!("{c}{tail}");
                assert_eq!(parse(&s), parse_ungated(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn arabic_and_decimal() {
        assert_eq!(
            m("1. Người đứng đầu"),
            Some((
                Family::Arabic('.'),
                "1".into(),
                Some(1),
                "Người đứng đầu".into()
            ))
        );
        assert_eq!(
            m("12) Xây dựng"),
            Some((
                Family::Arabic(')'),
                "12".into(),
                Some(12),
                "Xây dựng".into()
            ))
        );
        assert_eq!(
            m("1.1. Tiếp tục"),
            Some((Family::Decimal(2), "1.1".into(), Some(1), "Tiếp tục".into()))
        );
        assert_eq!(
            m("1.10. Xây dựng"),
            Some((
                Family::Decimal(2),
                "1.10".into(),
                Some(10),
                "Xây dựng".into()
            ))
        );
        assert_eq!(
            m("1.3.1 Văn bản"),
            Some((
                Family::Decimal(3),
                "1.3.1".into(),
                Some(1),
                "Văn bản".into()
            ))
        );
        assert_eq!(
            m("1.Đẩy mạnh"),
            Some((Family::Arabic('.'), "1".into(), Some(1), "Đẩy mạnh".into()))
        );
        assert_eq!(
            m("1- Văn bản của Đảng"),
            Some((
                Family::Arabic('-'),
                "1".into(),
                Some(1),
                "Văn bản của Đảng".into()
            ))
        );
        assert_eq!(m("13.12.2021 là ngày"), None);
        assert_eq!(m("2021 là năm"), None);
        assert_eq!(m("1.5 triệu"), None);
        assert_eq!(m("10/10/2024"), None);
    }

    #[test]
    fn letters_follow_the_vietnamese_alphabet() {
        assert_eq!(
            m("a) Đối với"),
            Some((Family::Letter(')'), "a".into(), Some(1), "Đối với".into()))
        );
        assert_eq!(
            m("đ) Đối với Sở"),
            Some((
                Family::Letter(')'),
                "đ".into(),
                Some(7),
                "Đối với Sở".into()
            ))
        );
        assert_eq!(
            m("g) Giao Sở"),
            Some((Family::Letter(')'), "g".into(), Some(10), "Giao Sở".into()))
        );
        assert_eq!(
            m("b. Nội dung"),
            Some((Family::Letter('.'), "b".into(), Some(4), "Nội dung".into()))
        );
        assert_eq!(m("f) x"), None);
        // A text in capitals: "Đ)" and "I)" are điểm, not an article or a Roman I.
        assert_eq!(
            m("Đ) ĐỐI VỚI SỞ"),
            Some((
                Family::Letter(')'),
                "Đ".into(),
                Some(7),
                "ĐỐI VỚI SỞ".into()
            ))
        );
        assert_eq!(
            m("I) ĐỐI VỚI"),
            Some((Family::Letter(')'), "I".into(), Some(12), "ĐỐI VỚI".into()))
        );
        assert_eq!(
            m("B. PHẦN"),
            Some((Family::UpperLetter, "B".into(), Some(2), "PHẦN".into()))
        );
        assert_eq!(m("v.v. và"), None);
        assert_eq!(m("như: Sở"), None);
    }

    #[test]
    fn roman_articles_parts() {
        assert_eq!(
            m("II. NHIỆM VỤ"),
            Some((Family::Roman, "II".into(), Some(2), "NHIỆM VỤ".into()))
        );
        assert_eq!(
            m("IV- TỔ CHỨC"),
            Some((Family::Roman, "IV".into(), Some(4), "TỔ CHỨC".into()))
        );
        assert_eq!(
            m("Điều 1. Ban hành"),
            Some((Family::Article, "Điều 1".into(), Some(1), "Ban hành".into()))
        );
        assert_eq!(
            m("Điều 10a. Sửa"),
            Some((Family::Article, "Điều 10a".into(), Some(10), "Sửa".into()))
        );
        assert_eq!(
            m("Điều 2"),
            Some((Family::Article, "Điều 2".into(), Some(2), "".into()))
        );
        assert_eq!(m("Điều 3 Quyết định này"), None);
        assert_eq!(
            m("Chương II"),
            Some((
                Family::Part(PartWord::Chuong),
                "Chương II".into(),
                Some(2),
                "".into()
            ))
        );
        assert_eq!(m("Mục tiêu chung"), None);
        assert_eq!(m("ICT là"), None);
        assert_eq!(
            m("A. PHẦN MỞ ĐẦU"),
            Some((
                Family::UpperLetter,
                "A".into(),
                Some(1),
                "PHẦN MỞ ĐẦU".into()
            ))
        );
    }

    #[test]
    fn bullets() {
        assert_eq!(
            m("- Các sở"),
            Some((Family::Dash, "-".into(), None, "Các sở".into()))
        );
        assert_eq!(
            m("– Các sở"),
            Some((Family::Dash, "-".into(), None, "Các sở".into()))
        );
        assert_eq!(
            m("-Các sở"),
            Some((Family::Dash, "-".into(), None, "Các sở".into()))
        );
        assert_eq!(
            m("+ Chỉ đạo"),
            Some((Family::Plus, "+".into(), None, "Chỉ đạo".into()))
        );
        assert_eq!(
            m("• Một"),
            Some((Family::Bullet, "•".into(), None, "Một".into()))
        );
        assert_eq!(m("-----"), None);
        assert_eq!(
            m("- 2 -"),
            Some((Family::Dash, "-".into(), None, "2 -".into()))
        );
        assert_eq!(m("-5%"), None);
        assert_eq!(
            m("(1) Các Sở"),
            Some((Family::Paren, "1".into(), Some(1), "Các Sở".into()))
        );
    }
}
