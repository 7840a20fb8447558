//! Decoding: bytes to text.
//!
//! Takes: the input bytes and an [`Encoding`] choice. Returns: the text and
//! the map from its offsets back to input bytes, or an [`Error`] for input
//! that cannot be text (binary data, bytes invalid in the forced encoding).
//!
//! Today: UTF-8 with or without BOM. The legacy Vietnamese encodings plug in
//! at [`decode`] (detection) and get their own modules.

use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::span::OffsetMap;

/// A text encoding `vanban` can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Encoding {
    /// Detect the encoding.
    #[default]
    Auto,
    /// UTF-8, with or without a byte-order mark.
    Utf8,
}

impl Encoding {
    /// The name used on the command line and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Auto => "auto",
            Encoding::Utf8 => "utf-8",
        }
    }

    /// The encoding named `s` (as [`Encoding::name`] writes it; case and `-`/`_` ignored).
    pub fn from_name(s: &str) -> Option<Encoding> {
        let k: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match k.as_str() {
            "auto" => Some(Encoding::Auto),
            "utf8" => Some(Encoding::Utf8),
            _ => None,
        }
    }
}

/// Decoded text.
pub(crate) struct Decoded {
    pub text: String,
    pub map: OffsetMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes `bytes` as `encoding` (or detects it).
pub(crate) fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, Error> {
    if let Some(what) = binary_kind(bytes) {
        return Err(Error::Binary {
            what: what.to_string(),
        });
    }
    match encoding {
        Encoding::Auto | Encoding::Utf8 => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<Decoded, Error> {
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    let text = std::str::from_utf8(body).map_err(|e| Error::Encoding {
        encoding: "utf-8".to_string(),
        detail: format!("invalid byte at offset {}", e.valid_up_to() + bom),
    })?;
    let mut map = OffsetMap::new();
    map.replace(bom, 0);
    map.copy(text.len());
    Ok(Decoded {
        text: text.to_string(),
        map,
        diagnostics: Vec::new(),
    })
}

/// What binary format `bytes` look like, if any: by magic number, or by NUL
/// bytes (which no text encoding this crate reads contains).
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF8", "GIF"),
        (b"PK\x03\x04", "ZIP"),
        (b"\x1F\x8B", "gzip"),
        (b"\xD0\xCF\x11\xE0", "OLE (legacy Office)"),
        (b"Rar!", "RAR"),
        (b"7z\xBC\xAF", "7z"),
        (b"\x7FELF", "ELF"),
        (b"MZ", "executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("NUL bytes");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_maps_past_it() {
        let d = decode(b"\xEF\xBB\xBFab", Encoding::Auto).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.text, "ab");
        assert_eq!(d.map.to_source(0), 3);
        assert_eq!(d.map.to_source(2), 5);
    }

    #[test]
    fn refuses_binary() {
        let e = decode(b"%PDF-1.4\n...", Encoding::Auto).err();
        assert_eq!(e.map(|e| e.code()), Some("binary"));
        let e = decode(b"abc\0def", Encoding::Auto).err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some("input is binary data (NUL bytes), not text".to_string())
        );
    }

    #[test]
    fn invalid_utf8_is_an_error_with_offset() {
        let e = decode(b"ab\xFFcd", Encoding::Utf8).err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some("input cannot be decoded as utf-8: invalid byte at offset 2".to_string())
        );
    }
}
