//! Byte spans and the maps that carry them back to the input.
//!
//! Takes: offsets into a derived text (decoded, then normalised).
//! Returns: offsets into the input exactly as the caller gave it.
//!
//! Every stage that rewrites text (decoding a legacy encoding, dropping
//! markdown marks, composing NFC) records an [`OffsetMap`]: a sorted list of
//! breakpoints where the derived text and its source stop moving in step.
//! Between two breakpoints the mapping is a plain shift, so a clean UTF-8
//! document has a map of one entry and a lookup is a binary search.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the input as given.
///
/// Serialises as a two-element array, `[start, end]`, as the output contract
/// says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; the ends are swapped if given backwards.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span::new(start, end))
    }
}

/// Maps byte offsets of a derived text back to its source text.
///
/// Built left to right by the stage that derives the text: [`OffsetMap::copy`]
/// for bytes taken over unchanged and [`OffsetMap::replace`] for a source run
/// that became something else (or nothing).
#[derive(Debug, Clone, Default)]
pub(crate) struct OffsetMap {
    /// Where a run begins: a shifted run maps each offset by the same shift;
    /// a collapsed run (a replacement) maps every offset inside it to its start.
    points: Vec<Point>,
    derived_len: usize,
    source_len: usize,
}

impl OffsetMap {
    /// An empty map, to be built with `copy` and `replace`.
    pub(crate) fn new() -> OffsetMap {
        OffsetMap {
            points: vec![Point::default()],
            derived_len: 0,
            source_len: 0,
        }
    }

    /// `n` bytes of the source appear unchanged in the derived text.
    pub(crate) fn copy(&mut self, n: usize) {
        self.derived_len += n;
        self.source_len += n;
    }

    /// `source_n` bytes of the source became `derived_n` bytes.
    pub(crate) fn replace(&mut self, source_n: usize, derived_n: usize) {
        if derived_n > 0 {
            self.mark(source_n != derived_n, 0);
        }
        self.derived_len += derived_n;
        self.source_len += source_n;
        self.mark(false, if derived_n == 0 { source_n } else { 0 });
    }

    fn mark(&mut self, collapsed: bool, gap: usize) {
        let p = Point {
            derived: self.derived_len,
            source: self.source_len,
            collapsed,
            gap,
        };
        match self.points.last_mut() {
            Some(last) if last.derived == p.derived => {
                let gap = if p.gap > 0 { last.gap + p.gap } else { 0 };
                *last = Point { gap, ..p };
            }
            _ => self.points.push(p),
        }
    }

    /// Whether the map is a plain identity (nothing was rewritten).
    pub(crate) fn is_identity(&self) -> bool {
        self.points.len() == 1 && self.derived_len == self.source_len
    }

    /// The source offset of derived offset `pos`. An offset inside a replaced
    /// run maps to the run's start; an offset past the end maps to the end.
    pub(crate) fn to_source(&self, pos: usize) -> usize {
        if pos >= self.derived_len {
            return self.source_len;
        }
        let i = self.points.partition_point(|p| p.derived <= pos);
        match self.points.get(i.wrapping_sub(1)) {
            Some(p) if p.collapsed => p.source,
            Some(p) => (p.source + (pos - p.derived)).min(self.source_len),
            None => pos.min(self.source_len),
        }
    }

    /// Like [`OffsetMap::to_source`], but an offset right after a deleted run
    /// (markdown marks, invisible characters) maps to the run's start, so a
    /// span that starts there covers the marks around its text.
    pub(crate) fn start_to_source(&self, pos: usize) -> usize {
        let i = self.points.partition_point(|p| p.derived < pos);
        match self.points.get(i) {
            Some(p) if p.derived == pos && p.gap > 0 => p.source - p.gap,
            _ => self.to_source(pos),
        }
    }
}

/// A breakpoint of an [`OffsetMap`].
#[derive(Debug, Clone, Copy, Default)]
struct Point {
    /// Offset in the derived text.
    derived: usize,
    /// Offset in the source text.
    source: usize,
    /// Whether the run starting here is a replacement mapped to its start.
    collapsed: bool,
    /// Source bytes deleted just before this point.
    gap: usize,
}

/// The composition of the maps of every stage, applied innermost last.
#[derive(Debug, Clone, Default)]
pub(crate) struct SourceMap {
    /// Maps in the order the texts were derived: `maps[0]` takes the first
    /// derived text to the input.
    maps: Vec<OffsetMap>,
}

impl SourceMap {
    /// Adds the map of the next derived text (from the current text to the new one).
    pub(crate) fn push(&mut self, map: OffsetMap) {
        if !map.is_identity() {
            self.maps.push(map);
        }
    }

    /// The input span of a span of the final text. The end is mapped as the
    /// end of its last byte, so a span never loses the tail of a replaced run.
    pub(crate) fn span(&self, span: Span) -> Span {
        if self.maps.is_empty() {
            return span;
        }
        let start = self
            .maps
            .iter()
            .rev()
            .fold(span.start, |p, m| m.start_to_source(p));
        let end = if span.end > span.start {
            self.end_of(span.end)
        } else {
            start
        };
        Span::new(start, end.max(start))
    }

    /// Maps an exclusive end: the end of the source run holding byte `end - 1`.
    fn end_of(&self, end: usize) -> usize {
        self.maps.iter().rev().fold(end, |p, m| {
            if p == 0 {
                return 0;
            }
            let last = m.to_source(p - 1);
            let at = m.to_source(p);
            if at > last { at } else { last + 1 }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_to_itself() {
        let mut m = OffsetMap::new();
        m.copy(10);
        assert_eq!(m.to_source(0), 0);
        assert_eq!(m.to_source(7), 7);
        assert_eq!(m.to_source(10), 10);
    }

    #[test]
    fn deletion_shifts_what_follows() {
        // "**ab**c" -> "abc"
        let mut m = OffsetMap::new();
        m.replace(2, 0);
        m.copy(2);
        m.replace(2, 0);
        m.copy(1);
        assert_eq!(m.to_source(0), 2);
        assert_eq!(m.to_source(1), 3);
        assert_eq!(m.to_source(2), 6);
        assert_eq!(m.to_source(3), 7);
    }

    #[test]
    fn replaced_run_maps_to_its_start_and_span_end_to_its_end() {
        // "a\u{a0}b" (NBSP is 2 bytes) -> "a b"
        let mut m = OffsetMap::new();
        m.copy(1);
        m.replace(2, 1);
        m.copy(1);
        assert_eq!(m.to_source(1), 1);
        assert_eq!(m.to_source(2), 3);
        let mut sm = SourceMap::default();
        sm.push(m);
        assert_eq!(sm.span(Span::new(0, 3)), Span::new(0, 4));
        assert_eq!(sm.span(Span::new(1, 2)), Span::new(1, 3));
    }

    #[test]
    fn maps_compose() {
        // input "XXab" -> (drop XX) "ab" -> (a -> AA) "AAb"
        let mut m1 = OffsetMap::new();
        m1.replace(2, 0);
        m1.copy(2);
        let mut m2 = OffsetMap::new();
        m2.replace(1, 2);
        m2.copy(1);
        let mut sm = SourceMap::default();
        sm.push(m1);
        sm.push(m2);
        // A span starting right after dropped bytes covers them.
        assert_eq!(sm.span(Span::new(0, 3)), Span::new(0, 4));
        assert_eq!(sm.span(Span::new(2, 3)), Span::new(3, 4));
    }

    #[test]
    fn span_serialises_as_pair() {
        let s = Span::new(3, 9);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[3,9]");
        let back: Span = serde_json::from_str("[3,9]").unwrap();
        assert_eq!(back, s);
    }
}
