//! VISCII (RFC 1456): one byte per letter, all 134 accented letters.
//!
//! Takes: one byte. Returns: its char. The table is GNU iconv's `VISCII`
//! (checked byte by byte against it in `tests/encodings.rs`).

/// The chars of bytes 0x80..=0xFF.
const HIGH: [char; 128] = [
    '\u{1ea0}', '\u{1eae}', '\u{1eb0}', '\u{1eb6}', '\u{1ea4}', '\u{1ea6}', '\u{1ea8}',
    '\u{1eac}', // 80
    '\u{1ebc}', '\u{1eb8}', '\u{1ebe}', '\u{1ec0}', '\u{1ec2}', '\u{1ec4}', '\u{1ec6}',
    '\u{1ed0}', // 88
    '\u{1ed2}', '\u{1ed4}', '\u{1ed6}', '\u{1ed8}', '\u{1ee2}', '\u{1eda}', '\u{1edc}',
    '\u{1ede}', // 90
    '\u{1eca}', '\u{1ece}', '\u{1ecc}', '\u{1ec8}', '\u{1ee6}', '\u{0168}', '\u{1ee4}',
    '\u{1ef2}', // 98
    '\u{00d5}', '\u{1eaf}', '\u{1eb1}', '\u{1eb7}', '\u{1ea5}', '\u{1ea7}', '\u{1ea9}',
    '\u{1ead}', // A0
    '\u{1ebd}', '\u{1eb9}', '\u{1ebf}', '\u{1ec1}', '\u{1ec3}', '\u{1ec5}', '\u{1ec7}',
    '\u{1ed1}', // A8
    '\u{1ed3}', '\u{1ed5}', '\u{1ed7}', '\u{1ee0}', '\u{01a0}', '\u{1ed9}', '\u{1edd}',
    '\u{1edf}', // B0
    '\u{1ecb}', '\u{1ef0}', '\u{1ee8}', '\u{1eea}', '\u{1eec}', '\u{01a1}', '\u{1edb}',
    '\u{01af}', // B8
    '\u{00c0}', '\u{00c1}', '\u{00c2}', '\u{00c3}', '\u{1ea2}', '\u{0102}', '\u{1eb3}',
    '\u{1eb5}', // C0
    '\u{00c8}', '\u{00c9}', '\u{00ca}', '\u{1eba}', '\u{00cc}', '\u{00cd}', '\u{0128}',
    '\u{1ef3}', // C8
    '\u{0110}', '\u{1ee9}', '\u{00d2}', '\u{00d3}', '\u{00d4}', '\u{1ea1}', '\u{1ef7}',
    '\u{1eeb}', // D0
    '\u{1eed}', '\u{00d9}', '\u{00da}', '\u{1ef9}', '\u{1ef5}', '\u{00dd}', '\u{1ee1}',
    '\u{01b0}', // D8
    '\u{00e0}', '\u{00e1}', '\u{00e2}', '\u{00e3}', '\u{1ea3}', '\u{0103}', '\u{1eef}',
    '\u{1eab}', // E0
    '\u{00e8}', '\u{00e9}', '\u{00ea}', '\u{1ebb}', '\u{00ec}', '\u{00ed}', '\u{0129}',
    '\u{1ec9}', // E8
    '\u{0111}', '\u{1ef1}', '\u{00f2}', '\u{00f3}', '\u{00f4}', '\u{00f5}', '\u{1ecf}',
    '\u{1ecd}', // F0
    '\u{1ee5}', '\u{00f9}', '\u{00fa}', '\u{0169}', '\u{1ee7}', '\u{00fd}', '\u{1ee3}',
    '\u{1eee}', // F8
];

/// The char of byte `b`: six C0 control bytes carry capitals too.
pub(super) fn char_of(b: u8) -> char {
    match b {
        0x02 => 'Ẳ',
        0x05 => 'Ẵ',
        0x06 => 'Ẫ',
        0x14 => 'Ỷ',
        0x19 => 'Ỹ',
        0x1E => 'Ỵ',
        0x80.. => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}
