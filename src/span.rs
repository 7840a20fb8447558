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

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Span {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "[start, end): byte offsets into the input exactly as given",
            "type": "array",
            "items": { "type": "integer", "minimum": 0 },
            "minItems": 2,
            "maxItems": 2
        })
    }
}

/// Maps byte offsets of a derived text back to its source text.
///
/// Built left to right by the stage that derives the text: [`OffsetMap::copy`]
/// for bytes taken over unchanged and [`OffsetMap::replace`] for a source run
/// that became something else (or nothing).
///
/// Stored compactly, because a legacy-encoded file rewrites every accented
/// letter: the operations are encoded in a byte stream (one byte for a short
/// copy or a short replacement), with a checkpoint every [`CHECK_EVERY`]
/// operations so that a lookup decodes at most that many.
#[derive(Debug, Clone, Default)]
pub(crate) struct OffsetMap {
    ops: Vec<u8>,
    checkpoints: Vec<Checkpoint>,
    /// Operations since the last checkpoint.
    since_check: usize,
    /// A copy not yet written to `ops` (consecutive copies merge).
    pending_copy: usize,
    derived_len: usize,
    source_len: usize,
}

/// How many operations lie between two checkpoints.
const CHECK_EVERY: usize = 4;

/// The state before the operation at `at` in the stream.
#[derive(Debug, Clone, Copy, Default)]
struct Checkpoint {
    derived: usize,
    source: usize,
    at: usize,
}

/// Op stream tags: `0x00..=0x7F` a copy of 1 to 128 bytes; `0x80..=0xBF` a
/// replacement of 0-7 source bytes by 0-7 derived bytes (`0x80 | s << 3 | d`);
/// `LONG_COPY` and `LONG_REPLACE` are followed by LEB128 numbers.
const LONG_COPY: u8 = 0xC0;
const LONG_REPLACE: u8 = 0xC1;

/// One decoded operation: source and derived lengths, and whether it copies.
#[derive(Debug, Clone, Copy)]
struct Op {
    source: usize,
    derived: usize,
    copy: bool,
}

impl OffsetMap {
    /// An empty map, to be built with `copy` and `replace`.
    pub(crate) fn new() -> OffsetMap {
        OffsetMap::default()
    }

    /// `n` bytes of the source appear unchanged in the derived text.
    pub(crate) fn copy(&mut self, n: usize) {
        self.pending_copy += n;
        self.derived_len += n;
        self.source_len += n;
    }

    /// `source_n` bytes of the source became `derived_n` bytes.
    pub(crate) fn replace(&mut self, source_n: usize, derived_n: usize) {
        if source_n == 1 && derived_n == 1 {
            // One byte for one (a tab made a space) maps as a copy does.
            self.copy(1);
            return;
        }
        self.flush_copy();
        self.checkpoint();
        if source_n < 8 && derived_n < 8 {
            self.ops
                .push(0x80 | (source_n as u8) << 3 | derived_n as u8);
        } else {
            self.ops.push(LONG_REPLACE);
            leb128(&mut self.ops, source_n);
            leb128(&mut self.ops, derived_n);
        }
        self.derived_len += derived_n;
        self.source_len += source_n;
    }

    fn flush_copy(&mut self) {
        let n = std::mem::take(&mut self.pending_copy);
        if n == 0 {
            return;
        }
        // The lengths already count the pending copy: checkpoint before it.
        let (d, s) = (self.derived_len - n, self.source_len - n);
        if self.since_check >= CHECK_EVERY {
            self.checkpoints.push(Checkpoint {
                derived: d,
                source: s,
                at: self.ops.len(),
            });
            self.since_check = 0;
        }
        self.since_check += 1;
        if n <= 128 {
            self.ops.push((n - 1) as u8);
        } else {
            self.ops.push(LONG_COPY);
            leb128(&mut self.ops, n);
        }
    }

    fn checkpoint(&mut self) {
        if self.since_check >= CHECK_EVERY {
            self.checkpoints.push(Checkpoint {
                derived: self.derived_len,
                source: self.source_len,
                at: self.ops.len(),
            });
            self.since_check = 0;
        }
        self.since_check += 1;
    }

    /// Whether the map is a plain identity (nothing was rewritten).
    pub(crate) fn is_identity(&self) -> bool {
        self.ops.is_empty() && self.derived_len == self.source_len
    }

    /// Walks the operations from the last checkpoint before `pos` (strictly
    /// before it when `strict`), calling `f(derived, source, op)` until it
    /// returns a value; past the last operation, the offsets reached.
    fn walk<R>(
        &self,
        pos: usize,
        strict: bool,
        f: impl Fn(usize, usize, Op) -> Option<R>,
    ) -> Result<R, (usize, usize)> {
        let i = self.checkpoints.partition_point(|c| {
            if strict {
                c.derived < pos
            } else {
                c.derived <= pos
            }
        });
        let start = self
            .checkpoints
            .get(i.wrapping_sub(1))
            .copied()
            .unwrap_or_default();
        let (mut d, mut s, mut at) = (start.derived, start.source, start.at);
        while let Some((op, next)) = decode_op(&self.ops, at) {
            if let Some(r) = f(d, s, op) {
                return Ok(r);
            }
            d += op.derived;
            s += op.source;
            at = next;
        }
        Err((d, s))
    }

    /// Past the last operation the pending copy applies.
    fn past_ops(&self, pos: usize, (d, s): (usize, usize)) -> usize {
        (s + pos.saturating_sub(d)).min(self.source_len)
    }

    /// Where the trailing copy (after the last operation) starts, in the
    /// derived and the source text: past it, offsets map without a walk.
    fn trailing_copy(&self) -> (usize, usize) {
        (
            self.derived_len - self.pending_copy,
            self.source_len - self.pending_copy,
        )
    }

    /// The source offset of derived offset `pos`. An offset inside a replaced
    /// run maps to the run's start; an offset past the end maps to the end.
    pub(crate) fn to_source(&self, pos: usize) -> usize {
        if pos >= self.derived_len {
            return self.source_len;
        }
        let (d, s) = self.trailing_copy();
        if pos >= d {
            return s + (pos - d);
        }
        self.walk(pos, false, |d, s, op| {
            (pos < d + op.derived).then(|| if op.copy { s + (pos - d) } else { s })
        })
        .unwrap_or_else(|end| self.past_ops(pos, end))
    }

    /// The source end of a span ending at derived offset `end` (> 0): the
    /// end of the source run holding byte `end - 1`, that is the later of
    /// `to_source(end)` and the byte after `to_source(end - 1)`. One walk
    /// when `end` lies inside the copy holding `end - 1` (most spans).
    pub(crate) fn end_to_source(&self, end: usize) -> usize {
        let (d, s) = self.trailing_copy();
        if end > d && end <= self.derived_len {
            return s + (end - d);
        }
        let p = end.saturating_sub(1);
        let inside = self.walk(p, false, |d, s, op| {
            (p < d + op.derived).then(|| (op.copy && end < d + op.derived).then(|| s + (end - d)))
        });
        if let Ok(Some(at)) = inside {
            return at;
        }
        let last = self.to_source(p);
        let at = self.to_source(end);
        if at > last { at } else { last + 1 }
    }

    /// Like [`OffsetMap::to_source`], but an offset right after a deleted run
    /// (markdown marks, invisible characters) maps to the run's start, so a
    /// span that starts there covers the marks around its text.
    pub(crate) fn start_to_source(&self, pos: usize) -> usize {
        if pos > self.derived_len {
            return self.source_len;
        }
        // Right at the trailing copy's start, a deletion may end there.
        let (d, s) = self.trailing_copy();
        if pos > d {
            return s + (pos - d);
        }
        self.walk(pos, true, |d, s, op| {
            if d == pos {
                Some(s)
            } else {
                (pos < d + op.derived).then(|| if op.copy { s + (pos - d) } else { s })
            }
        })
        .unwrap_or_else(|end| self.past_ops(pos, end))
    }
}

/// Appends `n` as LEB128.
fn leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Reads a LEB128 number at `at`: the number and the offset after it.
fn read_leb128(ops: &[u8], mut at: usize) -> Option<(usize, usize)> {
    let mut n = 0usize;
    let mut shift = 0;
    loop {
        let b = *ops.get(at)?;
        at += 1;
        n |= ((b & 0x7F) as usize).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some((n, at));
        }
        shift += 7;
    }
}

/// The operation at `at` and the offset after it.
fn decode_op(ops: &[u8], at: usize) -> Option<(Op, usize)> {
    let tag = *ops.get(at)?;
    Some(match tag {
        0x00..=0x7F => {
            let n = tag as usize + 1;
            (
                Op {
                    source: n,
                    derived: n,
                    copy: true,
                },
                at + 1,
            )
        }
        0x80..=0xBF => {
            let (s, d) = (((tag >> 3) & 7) as usize, (tag & 7) as usize);
            (
                Op {
                    source: s,
                    derived: d,
                    copy: false,
                },
                at + 1,
            )
        }
        LONG_COPY => {
            let (n, next) = read_leb128(ops, at + 1)?;
            (
                Op {
                    source: n,
                    derived: n,
                    copy: true,
                },
                next,
            )
        }
        _ => {
            let (s, next) = read_leb128(ops, at + 1)?;
            let (d, next) = read_leb128(ops, next)?;
            (
                Op {
                    source: s,
                    derived: d,
                    copy: false,
                },
                next,
            )
        }
    })
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

    /// Whether every map is an identity (the final text is the input).
    pub(crate) fn is_identity(&self) -> bool {
        self.maps.is_empty()
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
        self.maps
            .iter()
            .rev()
            .fold(end, |p, m| if p == 0 { 0 } else { m.end_to_source(p) })
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
    fn long_maps_cross_checkpoints() {
        // Every other byte replaced 1 -> 2 (as a legacy decoder does), far
        // past several checkpoints, plus long copies and long replacements.
        let mut m = OffsetMap::new();
        for _ in 0..1000 {
            m.copy(1);
            m.replace(1, 2);
        }
        m.copy(500);
        m.replace(300, 9);
        m.copy(1);
        // Derived 3k is source 2k (the copied byte), 3k+1 the replaced one.
        for k in [0usize, 1, 63, 64, 65, 500, 999] {
            assert_eq!(m.to_source(3 * k), 2 * k);
            assert_eq!(m.to_source(3 * k + 1), 2 * k + 1);
            assert_eq!(m.to_source(3 * k + 2), 2 * k + 1);
        }
        assert_eq!(m.to_source(3000 + 499), 2000 + 499);
        assert_eq!(m.to_source(3500 + 4), 2500);
        assert_eq!(m.to_source(3509), 2800);
        assert_eq!(m.to_source(3510), 2801);
        // A span's end: the one-walk path says what the two walks say,
        // deletions, replacements and the trailing copy included.
        m.replace(2, 0);
        m.copy(3);
        for end in 1..=3513 {
            let (last, at) = (m.to_source(end - 1), m.to_source(end));
            let want = if at > last { at } else { last + 1 };
            assert_eq!(m.end_to_source(end), want, "{end}");
        }
    }

    #[test]
    fn offsets_in_the_trailing_copy_map_as_the_walk_does() {
        // The walk alone, as the lookups were before their shortcut.
        fn walked(m: &OffsetMap, pos: usize, strict: bool) -> usize {
            m.walk(pos, strict, |d, s, op| {
                if strict && d == pos {
                    Some(s)
                } else {
                    (pos < d + op.derived).then(|| if op.copy { s + (pos - d) } else { s })
                }
            })
            .unwrap_or_else(|end| m.past_ops(pos, end))
        }
        let mut seed = 11u64;
        for _ in 0..300 {
            let mut m = OffsetMap::new();
            for _ in 0..crate::text::next_random(&mut seed) >> 61 {
                let r = crate::text::next_random(&mut seed) >> 32;
                let (a, b) = ((r % 4) as usize, (r / 4 % 4) as usize);
                if r & 1 << 20 == 0 {
                    m.copy(a + 1);
                } else {
                    m.replace(a, b);
                }
            }
            for pos in 0..=m.derived_len {
                let want = if pos >= m.derived_len {
                    m.source_len
                } else {
                    walked(&m, pos, false)
                };
                assert_eq!(m.to_source(pos), want, "{m:?} {pos}");
                assert_eq!(m.start_to_source(pos), walked(&m, pos, true), "{m:?} {pos}");
                if pos > 0 {
                    let (last, at) = (walked(&m, pos - 1, false), want);
                    let want = if at > last { at } else { last + 1 };
                    assert_eq!(m.end_to_source(pos), want, "{m:?} {pos}");
                }
            }
        }
    }

    #[test]
    fn span_serialises_as_pair() {
        let s = Span::new(3, 9);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[3,9]");
        let back: Span = serde_json::from_str("[3,9]").unwrap();
        assert_eq!(back, s);
    }
}
