//! TCVN3 (TCVN 5712:1993 VN3, the ABC fonts `.VnTime`, `.VnTimeH`): one
//! byte per letter; lowercase letters in 0xA8..=0xFE, and only seven
//! capitals (`Ă Â Ê Ô Ơ Ư Đ` = 0xA1..=0xA7).
//!
//! Takes: the bytes. Returns: the text and its offset map. The other accented
//! capitals were drawn by a second font, `.VnTimeH`, from the lowercase
//! codes: a word typed in it arrives as `CéNG HßA`. [`decode`] upper-cases
//! such words back (format-spec 8.6.2), since the header stages find issuer
//! lines by their capitals.
//!
//! The table: bytes 0xA0..=0xFF as GNU iconv's `TCVN5712-1` reads them (the
//! larger VN1 table, whose lowercase range is VN3's), bytes 0x80..=0x9F as
//! Windows-1252 (VN1 puts capitals there, `.VnTime` documents put Word's
//! curly quotes and dashes).

use crate::span::OffsetMap;

/// The chars of bytes 0x80..=0xFF.
const HIGH: [char; 128] = [
    '\u{20ac}', '\u{0081}', '\u{201a}', '\u{0192}', '\u{201e}', '\u{2026}', '\u{2020}',
    '\u{2021}', // 80
    '\u{02c6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008d}', '\u{017d}',
    '\u{008f}', // 88
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}',
    '\u{2014}', // 90
    '\u{02dc}', '\u{2122}', '\u{0161}', '\u{203a}', '\u{0153}', '\u{009d}', '\u{017e}',
    '\u{0178}', // 98
    '\u{00a0}', '\u{0102}', '\u{00c2}', '\u{00ca}', '\u{00d4}', '\u{01a0}', '\u{01af}',
    '\u{0110}', // A0
    '\u{0103}', '\u{00e2}', '\u{00ea}', '\u{00f4}', '\u{01a1}', '\u{01b0}', '\u{0111}',
    '\u{1eb0}', // A8
    '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', '\u{00e0}', '\u{1ea3}',
    '\u{00e3}', // B0
    '\u{00e1}', '\u{1ea1}', '\u{1eb2}', '\u{1eb1}', '\u{1eb3}', '\u{1eb5}', '\u{1eaf}',
    '\u{1eb4}', // B8
    '\u{1eae}', '\u{1ea6}', '\u{1ea8}', '\u{1eaa}', '\u{1ea4}', '\u{1ec0}', '\u{1eb7}',
    '\u{1ea7}', // C0
    '\u{1ea9}', '\u{1eab}', '\u{1ea5}', '\u{1ead}', '\u{00e8}', '\u{1ec2}', '\u{1ebb}',
    '\u{1ebd}', // C8
    '\u{00e9}', '\u{1eb9}', '\u{1ec1}', '\u{1ec3}', '\u{1ec5}', '\u{1ebf}', '\u{1ec7}',
    '\u{00ec}', // D0
    '\u{1ec9}', '\u{1ec4}', '\u{1ebe}', '\u{1ed2}', '\u{0129}', '\u{00ed}', '\u{1ecb}',
    '\u{00f2}', // D8
    '\u{1ed4}', '\u{1ecf}', '\u{00f5}', '\u{00f3}', '\u{1ecd}', '\u{1ed3}', '\u{1ed5}',
    '\u{1ed7}', // E0
    '\u{1ed1}', '\u{1ed9}', '\u{1edd}', '\u{1edf}', '\u{1ee1}', '\u{1edb}', '\u{1ee3}',
    '\u{00f9}', // E8
    '\u{1ed6}', '\u{1ee7}', '\u{0169}', '\u{00fa}', '\u{1ee5}', '\u{1eeb}', '\u{1eed}',
    '\u{1eef}', // F0
    '\u{1ee9}', '\u{1ef1}', '\u{1ef3}', '\u{1ef7}', '\u{1ef9}', '\u{00fd}', '\u{1ef5}',
    '\u{1ed0}', // F8
];

/// The char of byte `b`.
pub(super) fn char_of(b: u8) -> char {
    match b {
        0x80.. => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// How a byte counts when telling the case of a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Not part of a word.
    Other,
    /// A letter whose case the byte tells: ASCII, or one of the seven capitals.
    Upper,
    /// An ASCII lowercase letter.
    Lower,
    /// A lowercase code, drawn as a capital by `.VnTimeH`.
    Caseless,
}

fn class(b: u8) -> Class {
    match b {
        b'A'..=b'Z' | 0xA1..=0xA7 => Class::Upper,
        b'a'..=b'z' => Class::Lower,
        0xA8..=0xFE if char_of(b).is_lowercase() => Class::Caseless,
        _ => Class::Other,
    }
}

/// Decodes TCVN3 `bytes`, restoring the capitals of `.VnTimeH` words.
pub(super) fn decode(bytes: &[u8]) -> (String, OffsetMap) {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut map = OffsetMap::new();
    let mut upper = Vec::new();
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        words_to_upper(line, &mut upper);
        let mut word = 0;
        let mut in_word = false;
        for &b in line {
            let is_letter = class(b) != Class::Other;
            if is_letter && !in_word {
                word += 1;
            }
            in_word = is_letter;
            let c = char_of(b);
            let c = if in_word && upper.get(word - 1).copied().unwrap_or(false) {
                upper_of(c)
            } else {
                c
            };
            if b.is_ascii() && c.is_ascii() {
                out.push(c);
                map.copy(1);
            } else {
                out.push(c);
                map.replace(1, c.len_utf8());
            }
        }
    }
    (out, map)
}

/// The capital of `c`, when it is one char.
fn upper_of(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(x), None) => x,
        _ => c,
    }
}

/// For each word of `line` (a run of letter bytes), whether to upper-case it.
///
/// A word holding lowercase codes is upper-cased when its ASCII letters say
/// so: all capitals, and either two of them or one that is not its first
/// letter (`CéNG`, `ñY`). A word that cannot tell (`Sè`, `X·`, `§Ó`) follows
/// its line: upper when some word of the line was upper-cased and no ASCII
/// lowercase letter is on it (`X· HéI`, `§Ò ¸N`).
fn words_to_upper(line: &[u8], upper: &mut Vec<bool>) {
    upper.clear();
    // Per word: (decision, undecided).
    let mut undecided = Vec::new();
    let mut any_upper = false;
    let mut any_lower = false;
    let mut i = 0;
    while i < line.len() {
        if class(line[i]) == Class::Other {
            i += 1;
            continue;
        }
        let start = i;
        while i < line.len() && class(line[i]) != Class::Other {
            i += 1;
        }
        let word = &line[start..i];
        let mut caps = 0;
        let mut caps_inside = false;
        let mut lower = false;
        let mut caseless = false;
        for (k, &b) in word.iter().enumerate() {
            match class(b) {
                Class::Upper => {
                    caps += 1;
                    caps_inside |= k > 0;
                }
                Class::Lower => lower = true,
                Class::Caseless => caseless = true,
                Class::Other => {}
            }
        }
        any_lower |= lower;
        let decided = caseless && !lower && (caps >= 2 || caps_inside);
        any_upper |= decided;
        upper.push(decided);
        undecided.push(caseless && !lower && !decided);
    }
    if any_upper && !any_lower {
        for (u, d) in upper.iter_mut().zip(&undecided) {
            *u |= *d;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(b: &[u8]) -> String {
        decode(b).0
    }

    #[test]
    fn capitals_come_back_where_the_line_tells() {
        assert_eq!(text(b"C\xe9NG H\xdfA X\xb7 H\xe9I"), "CỘNG HÒA XÃ HỘI");
        assert_eq!(text(b"\xa7\xd2 \xb8N"), "ĐỀ ÁN");
        assert_eq!(
            text(b"\xf1Y BAN NH\xa9N D\xa9N T\xd8NH"),
            "ỦY BAN NHÂN DÂN TỈNH"
        );
        // Sentence case stays: one leading capital tells nothing.
        assert_eq!(text(b"S\xe8: 4918/UBND-NC"), "Số: 4918/UBND-NC");
        assert_eq!(text(b"Uy\xfb ban nh\xa9n d\xa9n"), "Uyỷ ban nhân dân");
        assert_eq!(text(b"\xa7\xd3 th\xf9c hi\xd6n"), "Để thực hiện");
        assert_eq!(text(b"L\xadu: VT"), "Lưu: VT");
    }

    #[test]
    fn maps_each_char_to_its_byte() {
        let (t, m) = decode(b"K\xddnh g\xf6i");
        assert_eq!(t, "Kính gửi");
        assert_eq!(m.to_source(t.find('n').unwrap_or(0)), 2);
        assert_eq!(m.to_source(t.find('i').unwrap_or(0)), 7);
    }
}
