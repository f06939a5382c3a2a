//! What the cost needs of the paragraphs, precomputed once per pair: character prefix sums,
//! idf weights of entities, and the distinct entities of every window of one to three
//! consecutive paragraphs (a group's side), so a cost is a few array reads and one short merge.

use super::step::MAX_SPAN;
use super::ParagraphInfo;
use rustc_hash::FxHashMap;

/// One side of a candidate group, as the cost sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window<'a> {
    pub chars: f64,
    /// Sorted distinct entity ids (dense, weight above 0).
    pub ids: &'a [usize],
    /// Total idf weight of `ids`.
    pub weight: f64,
    /// One bit per entity (hashed): windows whose signatures do not meet share nothing.
    pub sig: u64,
    /// The window's units come from two blocks (sentences of two paragraphs).
    pub crosses: bool,
}

impl Window<'_> {
    /// The side of a 1-0 or 0-1 group that has no paragraph.
    pub const EMPTY: Window<'static> = Window {
        chars: 0.0,
        ids: &[],
        weight: 0.0,
        sig: 0,
        crosses: false,
    };
}

/// Entity unions of every window of `len` consecutive paragraphs of one side.
struct Windows {
    /// One entry per window start, everything the cost reads in one place (the DP reads them
    /// in order, so this is one cache line per cell and move).
    info: Vec<WindowInfo>,
    /// The windows' sorted distinct entity ids, one after the other.
    ids: Vec<usize>,
}

struct WindowInfo {
    chars: f64,
    /// Total idf weight of the window's distinct entities.
    weight: f64,
    sig: u64,
    crosses: bool,
    /// `ids[first..end]` are the window's entities.
    first: usize,
    end: usize,
}

/// Per-side data the cost needs, precomputed once per pair.
pub(crate) struct SideTables {
    /// `prefix[k]` = characters of paragraphs `0..k`.
    pub prefix: Vec<f64>,
    /// `windows[len - 1]` for window lengths 1..=MAX_SPAN.
    windows: Vec<Windows>,
}

impl SideTables {
    pub fn len(&self) -> usize {
        self.prefix.len() - 1
    }

    /// Characters of paragraphs `start..start + len`.
    pub fn chars(&self, start: usize, len: usize) -> f64 {
        self.prefix[start + len] - self.prefix[start]
    }

    pub fn total(&self) -> f64 {
        self.prefix[self.len()]
    }

    /// Paragraphs `start..start + len` (`len` in 0..=MAX_SPAN, inside the article).
    pub fn window(&self, start: usize, len: usize) -> Window<'_> {
        if len == 0 {
            return Window::EMPTY;
        }
        let w = &self.windows[len - 1];
        let info = &w.info[start];
        Window {
            chars: info.chars,
            ids: w.ids.get(info.first..info.end).unwrap_or_default(),
            weight: info.weight,
            sig: info.sig,
            crosses: info.crosses,
        }
    }
}

/// Both sides' tables and the entity weights.
pub(crate) struct Tables {
    pub te: SideTables,
    pub en: SideTables,
    /// idf weight by dense entity id.
    pub idf: Vec<f64>,
}

impl Tables {
    #[cfg(test)]
    pub fn new(te: &[ParagraphInfo], en: &[ParagraphInfo]) -> Tables {
        Tables::with_blocks(te, en, (&[], &[]))
    }

    /// The same, with the block (paragraph) of every unit of each side, so that windows over
    /// two blocks are marked; an empty slice means one block.
    pub fn with_blocks(
        te: &[ParagraphInfo],
        en: &[ParagraphInfo],
        blocks: (&[usize], &[usize]),
    ) -> Tables {
        // Dense ids in order of first appearance, distinct per paragraph.
        let mut dense: FxHashMap<usize, usize> = FxHashMap::default();
        let mut df: Vec<usize> = Vec::new();
        let mut to_sets = |paras: &[ParagraphInfo]| -> Vec<Vec<usize>> {
            paras
                .iter()
                .map(|p| {
                    let mut ids: Vec<usize> = p
                        .entities
                        .iter()
                        .map(|e| {
                            let next = dense.len();
                            *dense.entry(*e).or_insert(next)
                        })
                        .collect();
                    ids.sort_unstable();
                    ids.dedup();
                    for &id in &ids {
                        if id >= df.len() {
                            df.resize(id + 1, 0);
                        }
                        df[id] += 1;
                    }
                    ids
                })
                .collect()
        };
        let te_sets = to_sets(te);
        let en_sets = to_sets(en);
        let total = (te.len() + en.len()) as f64;
        let idf: Vec<f64> = df
            .iter()
            .map(|&d| (total / d.max(1) as f64).ln().max(0.0))
            .collect();
        Tables {
            te: side_tables(te, &te_sets, &idf, blocks.0),
            en: side_tables(en, &en_sets, &idf, blocks.1),
            idf,
        }
    }
}

fn side_tables(
    paras: &[ParagraphInfo],
    sets: &[Vec<usize>],
    idf: &[f64],
    blocks: &[usize],
) -> SideTables {
    let mut prefix = Vec::with_capacity(paras.len() + 1);
    let mut sum = 0.0;
    prefix.push(sum);
    for p in paras {
        sum += p.chars as f64;
        prefix.push(sum);
    }
    // Entities of weight 0 (named everywhere) can neither be shared nor missed: leave them out.
    let useful: Vec<Vec<usize>> = sets
        .iter()
        .map(|s| s.iter().copied().filter(|&e| idf[e] > 0.0).collect())
        .collect();
    let windows = (1..=MAX_SPAN)
        .map(|len| build_windows(&prefix, &useful, len, idf, blocks))
        .collect();
    SideTables { prefix, windows }
}

fn build_windows(
    prefix: &[f64],
    sets: &[Vec<usize>],
    len: usize,
    idf: &[f64],
    blocks: &[usize],
) -> Windows {
    let count = (sets.len() + 1).saturating_sub(len);
    let mut w = Windows {
        info: Vec::with_capacity(count),
        ids: Vec::new(),
    };
    let mut scratch = Vec::new();
    for start in 0..count {
        scratch.clear();
        for set in &sets[start..start + len] {
            scratch.extend_from_slice(set);
        }
        scratch.sort_unstable();
        scratch.dedup();
        let first = w.ids.len();
        w.ids.extend_from_slice(&scratch);
        w.info.push(WindowInfo {
            chars: prefix[start + len] - prefix[start],
            weight: scratch.iter().map(|&e| idf[e]).sum(),
            sig: scratch.iter().fold(0, |acc, &e| acc | signature_bit(e)),
            crosses: blocks.get(start) != blocks.get(start + len - 1),
            first,
            end: w.ids.len(),
        });
    }
    w
}

/// A well-mixed bit for an entity id (Fibonacci hashing), so ids that differ by 64 do not
/// collide systematically.
fn signature_bit(id: usize) -> u64 {
    1u64 << ((id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}
