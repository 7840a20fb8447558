//! Windows-1258: Latin letters with `ă â ê ô ơ ư đ` composed and the five
//! tones as combining bytes (0xCC, 0xEC, 0xDE, 0xD2, 0xF2).
//!
//! Takes: one byte. Returns: its char; tones come out as combining marks,
//! composed to NFC by `normalize`. The table is GNU iconv's `CP1258`
//! (checked against it in `tests/encodings.rs`); its five undefined bytes
//! map to the C1 control of the same number, as in the WHATWG encoding.

/// The chars of bytes 0x80..=0xFF.
const HIGH: [char; 128] = [
    '\u{20ac}', '\u{0081}', '\u{201a}', '\u{0192}', '\u{201e}', '\u{2026}', '\u{2020}',
    '\u{2021}', // 80
    '\u{02c6}', '\u{2030}', '\u{008a}', '\u{2039}', '\u{0152}', '\u{008d}', '\u{008e}',
    '\u{008f}', // 88
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2022}', '\u{2013}',
    '\u{2014}', // 90
    '\u{02dc}', '\u{2122}', '\u{009a}', '\u{203a}', '\u{0153}', '\u{009d}', '\u{009e}',
    '\u{0178}', // 98
    '\u{00a0}', '\u{00a1}', '\u{00a2}', '\u{00a3}', '\u{00a4}', '\u{00a5}', '\u{00a6}',
    '\u{00a7}', // A0
    '\u{00a8}', '\u{00a9}', '\u{00aa}', '\u{00ab}', '\u{00ac}', '\u{00ad}', '\u{00ae}',
    '\u{00af}', // A8
    '\u{00b0}', '\u{00b1}', '\u{00b2}', '\u{00b3}', '\u{00b4}', '\u{00b5}', '\u{00b6}',
    '\u{00b7}', // B0
    '\u{00b8}', '\u{00b9}', '\u{00ba}', '\u{00bb}', '\u{00bc}', '\u{00bd}', '\u{00be}',
    '\u{00bf}', // B8
    '\u{00c0}', '\u{00c1}', '\u{00c2}', '\u{0102}', '\u{00c4}', '\u{00c5}', '\u{00c6}',
    '\u{00c7}', // C0
    '\u{00c8}', '\u{00c9}', '\u{00ca}', '\u{00cb}', '\u{0300}', '\u{00cd}', '\u{00ce}',
    '\u{00cf}', // C8
    '\u{0110}', '\u{00d1}', '\u{0309}', '\u{00d3}', '\u{00d4}', '\u{01a0}', '\u{00d6}',
    '\u{00d7}', // D0
    '\u{00d8}', '\u{00d9}', '\u{00da}', '\u{00db}', '\u{00dc}', '\u{01af}', '\u{0303}',
    '\u{00df}', // D8
    '\u{00e0}', '\u{00e1}', '\u{00e2}', '\u{0103}', '\u{00e4}', '\u{00e5}', '\u{00e6}',
    '\u{00e7}', // E0
    '\u{00e8}', '\u{00e9}', '\u{00ea}', '\u{00eb}', '\u{0301}', '\u{00ed}', '\u{00ee}',
    '\u{00ef}', // E8
    '\u{0111}', '\u{00f1}', '\u{0323}', '\u{00f3}', '\u{00f4}', '\u{01a1}', '\u{00f6}',
    '\u{00f7}', // F0
    '\u{00f8}', '\u{00f9}', '\u{00fa}', '\u{00fb}', '\u{00fc}', '\u{01b0}', '\u{20ab}',
    '\u{00ff}', // F8
];

/// The char of byte `b`.
pub(super) fn char_of(b: u8) -> char {
    match b {
        0x80.. => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}
