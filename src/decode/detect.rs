//! Telling a legacy encoding: score each candidate decoding of a sample by
//! how Vietnamese its words are (format-spec 8.6 "Detection strategy").
//!
//! Takes: a decoded sample. Returns: a [`Score`]. Only words holding a
//! non-ASCII letter count: in a wrong decoding they hold stray symbols
//! (`nh©n`), impossible letter groups (`ngộy`) or rare syllables.

use std::collections::HashSet;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::vocab::syllables::{CODAS, FREQUENT, NUCLEI, ONSETS, TONED};

static FREQUENT_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FREQUENT.split_whitespace().collect());

/// How Vietnamese a decoded text reads.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Score {
    /// Words holding a non-ASCII char.
    pub words: usize,
    /// Of those, the well-formed Vietnamese syllables.
    pub valid: usize,
    /// Of those, the frequent syllables.
    pub frequent: usize,
}

impl Score {
    /// A figure to compare decodings by: frequent syllables count twice.
    pub fn value(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        (self.valid + 2 * self.frequent) as f64 / self.words as f64
    }

    /// The share of well-formed syllables, 0 to 1.
    pub fn confidence(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.valid as f64 / self.words as f64
    }
}

/// Scores `text`.
pub(crate) fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut word = String::new();
    for w in text.split(|c: char| !(c.is_alphanumeric() || is_mark(c))) {
        if w.is_ascii() {
            continue;
        }
        s.words += 1;
        word.clear();
        if w.chars().any(is_mark) {
            word.extend(w.nfc().flat_map(char::to_lowercase));
        } else {
            word.extend(w.chars().flat_map(char::to_lowercase));
        }
        if is_syllable(&word) {
            s.valid += 1;
            if FREQUENT_SET.contains(word.as_str()) {
                s.frequent += 1;
            }
        }
    }
    s
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Whether lowercase `word` is a Vietnamese syllable: onset, vowel group and
/// coda from the tables, with at most one tone.
pub(crate) fn is_syllable(word: &str) -> bool {
    let mut bare = String::with_capacity(word.len());
    let mut tones = 0;
    for c in word.chars() {
        match untoned(c) {
            Some((b, toned)) => {
                bare.push(b);
                tones += usize::from(toned);
            }
            None if c.is_ascii_lowercase() || c == 'đ' => bare.push(c),
            None => return false,
        }
    }
    if tones > 1 {
        return false;
    }
    ONSETS.iter().any(|o| {
        bare.strip_prefix(o).is_some_and(|rest| {
            NUCLEI.iter().any(|n| {
                rest.strip_prefix(n)
                    .is_some_and(|coda| CODAS.contains(&coda))
            })
        })
    })
}

/// The tone-less vowel of `c`, and whether `c` carried a tone.
fn untoned(c: char) -> Option<(char, bool)> {
    TONED
        .iter()
        .find_map(|row| row.iter().position(|&x| x == c).map(|k| (row[0], k > 0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in [
            "ngày", "nghĩa", "người", "quyết", "giữa", "khoẻ", "thuỷ", "uỷ", "đ",
        ] {
            assert_eq!(is_syllable(w), w != "đ", "{w}");
        }
        for w in ["ngộy", "nh©n", "cáà", "vieät"] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn scores_real_text_above_mojibake() {
        let good = score("Cộng hòa xã hội chủ nghĩa Việt Nam");
        let bad = score("Céng hßa x· héi chñ nghÜa ViÖt Nam");
        assert_eq!(good.words, 7);
        assert_eq!(good.valid, 7);
        assert!(good.value() > bad.value() + 1.0);
    }
}
