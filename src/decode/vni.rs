//! VNI-Windows (the `VNI-Times` fonts): an accented vowel is a plain base
//! letter followed by one Latin-1 "mark" byte (`aù` = á, `oâ` = ô, `aé` = ắ);
//! `đ ơ ư` and the accented `i`, and `ỵ`, are single bytes.
//!
//! Takes: the bytes. Returns: the text and its offset map, where a two-byte
//! letter maps back to its first byte. The rule is format-spec 8.6.3; the
//! tests check it on hand-encoded words byte by byte.

use unicode_normalization::char::compose;

use crate::span::OffsetMap;

const ACUTE: char = '\u{301}';
const GRAVE: char = '\u{300}';
const HOOK: char = '\u{309}';
const TILDE: char = '\u{303}';
const DOT: char = '\u{323}';
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';

/// A mark byte: (modifier, tone), either may be absent.
fn mark(b: u8) -> Option<(Option<char>, Option<char>)> {
    let tone = |t| Some((None, Some(t)));
    let circ = |t| Some((Some(CIRCUMFLEX), t));
    let breve = |t| Some((Some(BREVE), t));
    match b | 0x20 {
        0xF9 => tone(ACUTE),
        0xF8 => tone(GRAVE),
        0xFB => tone(HOOK),
        0xF5 => tone(TILDE),
        0xEF => tone(DOT),
        0xE2 => circ(None),
        0xE1 => circ(Some(ACUTE)),
        0xE0 => circ(Some(GRAVE)),
        0xE5 => circ(Some(HOOK)),
        0xE3 => circ(Some(TILDE)),
        0xE4 => circ(Some(DOT)),
        0xEA => breve(None),
        0xE9 => breve(Some(ACUTE)),
        0xE8 => breve(Some(GRAVE)),
        0xFA => breve(Some(HOOK)),
        0xFC => breve(Some(TILDE)),
        0xEB => breve(Some(DOT)),
        _ => None,
    }
}

/// The char of a byte read alone.
pub(super) fn single(b: u8) -> char {
    match b {
        0xF1 => 'đ',
        0xD1 => 'Đ',
        0xF4 => 'ơ',
        0xD4 => 'Ơ',
        0xF6 => 'ư',
        0xD6 => 'Ư',
        0xED => 'í',
        0xCD => 'Í',
        0xEC => 'ì',
        0xCC => 'Ì',
        0xE6 => 'ỉ',
        0xC6 => 'Ỉ',
        0xF3 => 'ĩ',
        0xD3 => 'Ĩ',
        0xF2 => 'ị',
        0xD2 => 'Ị',
        0xEE => 'ỵ',
        0xCE => 'Ỵ',
        _ => super::cp1252(b),
    }
}

/// The letter made of `base` and the mark byte `m`, if `m` is a mark for it.
fn combine(base: char, m: u8) -> Option<char> {
    let (modifier, tone) = mark(m)?;
    let lower = base.to_lowercase().next().unwrap_or(base);
    let ok = match modifier {
        Some(CIRCUMFLEX) => matches!(lower, 'a' | 'e' | 'o'),
        Some(_) => lower == 'a',
        None => matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y' | 'ơ' | 'ư'),
    };
    if !ok {
        return None;
    }
    match (modifier, tone) {
        (Some(m), Some(t)) => compose(base, m)
            .and_then(|c| compose(c, t))
            // Dot below composes first: `ộ` is `ọ` + circumflex.
            .or_else(|| compose(base, t).and_then(|c| compose(c, m))),
        (Some(x), None) | (None, Some(x)) => compose(base, x),
        (None, None) => Some(base),
    }
}

/// Decodes VNI `bytes`.
pub(super) fn decode(bytes: &[u8]) -> (String, OffsetMap) {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 4);
    let mut map = OffsetMap::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let base = if b.is_ascii() {
            char::from(b)
        } else {
            single(b)
        };
        if let Some(c) = bytes.get(i + 1).and_then(|&m| combine(base, m)) {
            out.push(c);
            map.replace(2, c.len_utf8());
            i += 2;
            continue;
        }
        out.push(base);
        if b.is_ascii() {
            map.copy(1);
        } else {
            map.replace(1, base.len_utf8());
        }
        i += 1;
    }
    (out, map)
}
