//! Offsets between a text and its romanisation: which byte of the romanised text stands for
//! which byte of the Telugu one.
//!
//! The map is a sorted list of segments. A *linear* segment is text copied through unchanged
//! (spaces, punctuation, digits, Latin): every byte in it maps to the same byte of the copy.
//! Any other segment is one Telugu unit (a grapheme cluster such as బ్లిం, or a whole word when
//! its clusters do not romanise on their own) and its romanisation (bliṁ): an offset inside it
//! has no exact counterpart, so it goes to the unit's start (`floor`) or end (`ceil`). Mapping
//! a range with floor at the start and ceil at the end therefore always covers what it stood
//! for, and both directions are monotone. Lookups are a binary search: O(log units).

use std::ops::Range;

/// One unit of the map: where it starts in each text, and whether it was copied through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    te: u32,
    ro: u32,
    linear: bool,
}

/// Offsets between a Telugu text (`te`) and its romanisation (`ro`), built by
/// [`super::romanise_text`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    te_len: u32,
    ro_len: u32,
}

/// Which text an offset is in.
#[derive(Clone, Copy)]
enum From {
    Te,
    Ro,
}

impl OffsetMap {
    /// Starts a map; [`OffsetMap::push`] adds the units in order, [`OffsetMap::finish`] ends it.
    pub(super) fn new() -> OffsetMap {
        OffsetMap::default()
    }

    /// Adds a unit of `te` bytes that became `ro` bytes; `linear` when it was copied as is
    /// (then `te == ro`). Adjacent copied units merge into one segment.
    pub(super) fn push(&mut self, te: usize, ro: usize, linear: bool) {
        if te == 0 && ro == 0 {
            return;
        }
        let extends = linear && self.segments.last().is_some_and(|s| s.linear);
        if !extends {
            self.segments.push(Segment {
                te: self.te_len,
                ro: self.ro_len,
                linear,
            });
        }
        self.te_len += te as u32;
        self.ro_len += ro as u32;
    }

    /// The length of the Telugu text mapped.
    pub fn te_len(&self) -> usize {
        self.te_len as usize
    }

    /// The length of the romanised text.
    pub fn ro_len(&self) -> usize {
        self.ro_len as usize
    }

    /// Units in the map (a measure of its memory: 12 bytes each).
    pub fn units(&self) -> usize {
        self.segments.len()
    }

    /// The romanised offset for Telugu offset `te`, rounded down to a unit start.
    pub fn to_roman(&self, te: usize) -> usize {
        self.map(From::Te, te, false)
    }

    /// The romanised offset for Telugu offset `te`, rounded up to a unit end.
    pub fn to_roman_ceil(&self, te: usize) -> usize {
        self.map(From::Te, te, true)
    }

    /// The Telugu offset for romanised offset `ro`, rounded down to a unit start.
    pub fn to_te(&self, ro: usize) -> usize {
        self.map(From::Ro, ro, false)
    }

    /// The Telugu offset for romanised offset `ro`, rounded up to a unit end.
    pub fn to_te_ceil(&self, ro: usize) -> usize {
        self.map(From::Ro, ro, true)
    }

    /// The romanised bytes that show Telugu bytes `range` (widened to whole units).
    pub fn roman_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_roman(range.start);
        start..self.to_roman_ceil(range.end).max(start)
    }

    /// The Telugu bytes that romanised bytes `range` stand for (widened to whole units).
    pub fn te_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_te(range.start);
        start..self.to_te_ceil(range.end).max(start)
    }

    fn map(&self, from: From, at: usize, ceil: bool) -> usize {
        let (len_from, len_to) = match from {
            From::Te => (self.te_len, self.ro_len),
            From::Ro => (self.ro_len, self.te_len),
        };
        let key = |s: &Segment| match from {
            From::Te => (s.te, s.ro),
            From::Ro => (s.ro, s.te),
        };
        let at = (at as u64).min(u64::from(len_from)) as u32;
        if at == len_from {
            // Rounding down from the end: before any trailing units that romanise to nothing.
            let first = self.segments.partition_point(|s| key(s).0 < at);
            return match self.segments.get(first) {
                Some(seg) if !ceil => key(seg).1 as usize,
                _ => len_to as usize,
            };
        }
        // The last segment starting at or before `at`.
        let mut i = self.segments.partition_point(|s| key(s).0 <= at);
        // Rounding down from a start that several units share (signs that romanise to
        // nothing): the first of them.
        while !ceil && i > 1 && key(&self.segments[i - 2]).0 == at {
            i -= 1;
        }
        let Some(seg) = i.checked_sub(1).map(|i| self.segments[i]) else {
            return 0;
        };
        let (start_from, start_to) = key(&seg);
        let (end_from, end_to) = self.segments.get(i).map_or((len_from, len_to), key);
        if seg.linear {
            return (start_to + (at - start_from)).min(end_to) as usize;
        }
        if at == start_from || !ceil {
            start_to as usize
        } else {
            debug_assert!(at < end_from);
            end_to as usize
        }
    }
}
