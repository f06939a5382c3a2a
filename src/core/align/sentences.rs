//! Sentence alignment (issue 18): the same monotone search as for paragraphs, run on the
//! sentences of the whole pair, and the paragraph groups that follow from its links.
//!
//! Each sentence is a unit with its length in characters and its evidence ids: the linked
//! entities it names, its figures and dates, and Latin tokens it shares with the other side (the
//! caller, `analysis`, turns these into ids). The search allows 1-1, 1-2, 2-1, 1-3, 3-1, 1-0
//! and 0-1 groups; a group whose sentences on one side come from two paragraphs pays extra,
//! since a translated sentence rarely straddles a paragraph break.
//!
//! Paragraph groups follow from the sentence links: two paragraphs belong together when a
//! sentence of one is aligned with a sentence of the other, closed under that relation (so the
//! groups are contiguous and monotone); a paragraph none of whose sentences is linked stands
//! alone. Scores are calibrated probabilities (see [`calibrate`]).

use super::{align_blocks, AlignOptions, Group, ParagraphInfo};

/// One sentence as the aligner sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceInfo {
    /// Length, evidence ids (see the module documentation).
    pub unit: ParagraphInfo,
    /// Index of the paragraph that holds the sentence.
    pub paragraph: usize,
}

/// The sentence groups and the paragraph groups that follow from them.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceAlignment {
    /// Indices are sentence indices; every sentence is in exactly one group, in document order.
    pub sentences: Vec<Group>,
    /// Indices are paragraph indices.
    pub paragraphs: Vec<Group>,
    /// Per sentence group: the search's posterior before calibration, and whether the group's
    /// sides share evidence (what [`calibrate`] reads; kept for measuring the calibration).
    pub raw: Vec<(f64, bool)>,
}

/// The options of the sentence search: sentences are shorter than paragraphs and carry less
/// evidence each, so a skip is cheaper relative to a poor match than for paragraphs, and
/// merges dearer (a translated sentence is rarely split). Tuned on the NTREX dev translations
/// and comparable variants built from them (`tests/domain/sentences_dev.rs`).
pub fn sentence_options() -> AlignOptions {
    AlignOptions {
        cost_one_one: 0.3,
        cost_skip: 2.0,
        cost_two: 4.5,
        cost_three: Some(6.0),
        length_cost_cap: 8.0,
        shared_weight: 1.5,
        unshared_weight: 0.35,
        cross_block_cost: 5.0,
        // Three times as many units as paragraphs: a narrower band and a smaller widening
        // budget keep a 10 MB pair under a second (articles of fewer than about 50,000
        // sentences keep the full `min_band`; the band still doubles while the path touches
        // its edge).
        band_sqrt_factor: 0.07,
        max_cells: 4_000_000,
        ..AlignOptions::default()
    }
}

/// Aligns the sentences of the pair and derives the paragraph groups; `paragraphs` is the
/// number of paragraphs of each side (Telugu, English), so that paragraphs without sentences
/// still get a group.
pub fn align_sentences(
    te: &[SentenceInfo],
    en: &[SentenceInfo],
    paragraphs: (usize, usize),
) -> SentenceAlignment {
    let units = |s: &[SentenceInfo]| s.iter().map(|s| s.unit.clone()).collect::<Vec<_>>();
    let blocks = |s: &[SentenceInfo]| s.iter().map(|s| s.paragraph).collect::<Vec<_>>();
    let raw = align_blocks(
        &units(te),
        &units(en),
        (&blocks(te), &blocks(en)),
        &sentence_options(),
    );
    let groups = release_weak_links(raw, te, en);
    let raw: Vec<(f64, bool)> = groups
        .iter()
        .map(|g| (g.score, shared_evidence(te, en, g)))
        .collect();
    let sentences: Vec<Group> = groups
        .into_iter()
        .zip(&raw)
        .map(|(g, &(posterior, shared))| Group {
            score: calibrate(posterior, shared, g.is_gap()),
            ..g
        })
        .collect();
    let paragraphs = paragraph_groups(&sentences, te, en, paragraphs);
    SentenceAlignment {
        sentences,
        paragraphs,
        raw,
    }
}

/// A weak link (no shared evidence) the search gives at least this posterior stays linked even
/// in a paragraph that looks one-sided. On the dev comparable variants, weak links below it in
/// such paragraphs were wrong about half the time (24 of 52), those above it never (0 of 99;
/// BENCHMARKS.md): unlinking those too took paragraph links' recall from 0.969 down to 0.913
/// and left no more lone paragraphs alone.
const KEEP_WEAK_LINK_FROM: f64 = 0.7;

/// Unlinks the groups that rest on length and position alone inside a paragraph that is
/// otherwise without counterpart: when a paragraph has sentences left alone and none linked by
/// shared evidence, and no more weak links than lone sentences, its weak links are taken
/// apart (each sentence of them alone) unless the search was sure of them
/// ([`KEEP_WEAK_LINK_FROM`]). A paragraph told only by one side often keeps a sentence or two
/// paired by length with whatever the other side has at that place, and the search hesitates
/// over such pairs.
fn release_weak_links(groups: Vec<Group>, te: &[SentenceInfo], en: &[SentenceInfo]) -> Vec<Group> {
    // Per side and paragraph: (lone, weak, strong) sentence counts.
    let paragraphs = |side: &[SentenceInfo]| side.iter().map(|s| s.paragraph + 1).max();
    let mut counts: [Vec<(usize, usize, usize)>; 2] = [
        vec![Default::default(); paragraphs(te).unwrap_or(0)],
        vec![Default::default(); paragraphs(en).unwrap_or(0)],
    ];
    let shared: Vec<bool> = groups.iter().map(|g| shared_evidence(te, en, g)).collect();
    for (g, &sh) in groups.iter().zip(&shared) {
        for (k, idx, side) in [(0, &g.te, te), (1, &g.en, en)] {
            for p in idx.iter().filter_map(|&i| side.get(i)).map(|s| s.paragraph) {
                let Some(c) = counts[k].get_mut(p) else {
                    continue;
                };
                match (g.is_gap(), sh) {
                    (true, _) => c.0 += 1,
                    (false, false) => c.1 += 1,
                    (false, true) => c.2 += 1,
                }
            }
        }
    }
    let count = |k: usize, p: usize| counts[k].get(p).copied().unwrap_or_default();
    // Side `k`'s paragraph `p` is weak when nothing in it is linked by evidence and it has no
    // more weak links than lone sentences, or it is one weakly linked sentence whose partner's
    // paragraph is anchored by evidence elsewhere.
    let weak_paragraph = |k: usize, p: usize, partner_anchored: bool| {
        let (lone, weak, strong) = count(k, p);
        strong == 0 && ((lone > 0 && weak <= lone) || (partner_anchored && lone == 0 && weak == 1))
    };
    let paragraphs_of = |idx: &[usize], side: &[SentenceInfo]| -> Vec<usize> {
        idx.iter()
            .filter_map(|&i| side.get(i))
            .map(|s| s.paragraph)
            .collect()
    };
    let mut out = Vec::with_capacity(groups.len());
    for (g, sh) in groups.into_iter().zip(shared) {
        let (tp, ep) = (paragraphs_of(&g.te, te), paragraphs_of(&g.en, en));
        // The other side's paragraphs hold sentences linked by evidence.
        let te_anchored = tp.iter().any(|&p| count(0, p).2 > 0);
        let en_anchored = ep.iter().any(|&p| count(1, p).2 > 0);
        let release = !g.is_gap()
            && !sh
            && g.score < KEEP_WEAK_LINK_FROM
            && (tp.iter().any(|&p| weak_paragraph(0, p, en_anchored))
                || ep.iter().any(|&p| weak_paragraph(1, p, te_anchored)));
        if !release {
            out.push(g);
            continue;
        }
        release_into_singles(&g, false, &mut out);
    }
    out
}

/// Keeps sentence groups consistent with paragraph groups changed by hand: a sentence group
/// whose paragraphs are not all in one paragraph group is taken apart (each sentence alone,
/// score 1 - its score). `paragraph_of` gives each sentence's paragraph per side.
pub fn within_paragraph_groups(
    sentences: &[Group],
    paragraphs: &[Group],
    paragraph_of: (&[usize], &[usize]),
) -> Vec<Group> {
    // Paragraph -> index of its group, per side.
    let mut owners: [Vec<Option<usize>>; 2] = Default::default();
    for (k, g) in paragraphs.iter().enumerate() {
        for (side, idx) in [(0, &g.te), (1, &g.en)] {
            for &p in idx {
                if owners[side].len() <= p {
                    owners[side].resize(p + 1, None);
                }
                owners[side][p] = Some(k);
            }
        }
    }
    let owner = |side: usize, p: usize| owners[side].get(p).copied().flatten();
    let mut out = Vec::with_capacity(sentences.len());
    for g in sentences {
        let owners: Vec<Option<usize>> =
            g.te.iter()
                .map(|&i| paragraph_of.0.get(i).and_then(|&p| owner(0, p)))
                .chain(
                    g.en.iter()
                        .map(|&i| paragraph_of.1.get(i).and_then(|&p| owner(1, p))),
                )
                .collect();
        let one = owners.first().copied().flatten();
        if g.is_gap() || (one.is_some() && owners.iter().all(|&o| o == one)) {
            out.push(g.clone());
            continue;
        }
        release_into_singles(g, true, &mut out);
    }
    out
}

/// True when the two sides of a group name at least one common evidence id.
fn shared_evidence(te: &[SentenceInfo], en: &[SentenceInfo], g: &Group) -> bool {
    let ids = |side: &[SentenceInfo], idx: &[usize]| {
        let mut v: Vec<usize> = idx
            .iter()
            .filter_map(|&i| side.get(i))
            .flat_map(|s| s.unit.entities.iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let a = ids(te, &g.te);
    let b = ids(en, &g.en);
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// The calibrated score of a sentence group from the search's posterior `raw`: the share of
/// dev-data groups in that posterior bucket that were right (table in BENCHMARKS.md), per kind
/// of group (one-sided, linked with shared evidence, linked without). A linked group whose
/// sides share no evidence rests on lengths and position alone and is capped at 0.75: on dev
/// translations such pairs are nearly always right, but on other text nothing backs them.
pub fn calibrate(raw: f64, shared: bool, gap: bool) -> f64 {
    let raw = if raw.is_finite() {
        raw.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (table, cap): (&[(f64, f64)], f64) = if gap {
        (&GAP, 1.0)
    } else if shared {
        (&SHARED, 1.0)
    } else {
        (&UNSHARED, 0.75)
    };
    // Four decimals: a calibrated probability says no more, and the JSON reads back exactly.
    (interpolate(table, raw).min(cap) * 1e4).round() / 1e4
}

/// Posterior → share right, by bucket, measured on the dev translations and comparable variants
/// (`full_dev_figures` in `tests/domain/sentences_dev.rs`), smoothed to be increasing.
const SHARED: [(f64, f64); 5] = [
    (0.0, 0.2),
    (0.5, 0.35),
    (0.85, 0.9),
    (0.95, 0.99),
    (1.0, 0.997),
];
const UNSHARED: [(f64, f64); 6] = [
    (0.0, 0.3),
    (0.35, 0.45),
    (0.55, 0.68),
    (0.75, 0.92),
    (0.85, 0.99),
    (1.0, 1.0),
];
const GAP: [(f64, f64); 8] = [
    (0.0, 0.0),
    (0.3, 0.02),
    (0.45, 0.35),
    (0.55, 0.47),
    (0.75, 0.62),
    (0.85, 0.88),
    (0.95, 0.97),
    (1.0, 0.98),
];

/// Piecewise linear through `points` (sorted by x).
fn interpolate(points: &[(f64, f64)], x: f64) -> f64 {
    let mut prev = points.first().copied().unwrap_or((0.0, 0.0));
    for &(px, py) in points {
        if x <= px {
            let span = px - prev.0;
            if span <= 0.0 {
                return py;
            }
            return prev.1 + (py - prev.1) * (x - prev.0) / span;
        }
        prev = (px, py);
    }
    prev.1
}

/// The paragraph groups implied by the sentence groups (see the module documentation). A linked
/// group scores the mean score of the sentence groups inside; a paragraph alone scores the
/// lowest of its sentences' "no counterpart" scores (the paragraph is without counterpart only
/// if every sentence is, which is no likelier than its least likely sentence), so one sentence
/// the search was unsure of marks the whole paragraph weak.
pub fn paragraph_groups(
    sentences: &[Group],
    te: &[SentenceInfo],
    en: &[SentenceInfo],
    paragraphs: (usize, usize),
) -> Vec<Group> {
    let para = |side: &[SentenceInfo], i: usize| side.get(i).map(|s| s.paragraph);
    // Linked components as (te_lo, te_hi, en_lo, en_hi, score sum, count), in order.
    let mut comps: Vec<Component> = Vec::new();
    // Lowest one-sided sentence score and count per paragraph, for paragraphs that end up alone.
    let mut lone_te: Vec<(f64, usize)> = vec![(1.0, 0); paragraphs.0];
    let mut lone_en: Vec<(f64, usize)> = vec![(1.0, 0); paragraphs.1];
    for g in sentences {
        if g.is_gap() {
            for (idx, side, lone) in [(&g.te, te, &mut lone_te), (&g.en, en, &mut lone_en)] {
                for p in idx.iter().filter_map(|&i| para(side, i)) {
                    if let Some(l) = lone.get_mut(p) {
                        l.0 = l.0.min(g.score);
                        l.1 += 1;
                    }
                }
            }
            continue;
        }
        let tp: Vec<usize> = g.te.iter().filter_map(|&i| para(te, i)).collect();
        let ep: Vec<usize> = g.en.iter().filter_map(|&i| para(en, i)).collect();
        let (Some(&t0), Some(&t1), Some(&e0), Some(&e1)) =
            (tp.first(), tp.last(), ep.first(), ep.last())
        else {
            continue;
        };
        match comps.last_mut() {
            Some(c) if t0 <= c.te.1 || e0 <= c.en.1 => {
                c.te.1 = c.te.1.max(t1);
                c.en.1 = c.en.1.max(e1);
                c.score += g.score;
                c.count += 1;
            }
            _ => comps.push(Component {
                te: (t0, t1),
                en: (e0, e1),
                score: g.score,
                count: 1,
            }),
        }
    }
    let mut out = Vec::with_capacity(comps.len() + 8);
    let (mut next_te, mut next_en) = (0, 0);
    let lone_group = |side_te: bool, p: usize, lone: &[(f64, usize)]| {
        let (lowest, count) = lone.get(p).copied().unwrap_or((1.0, 0));
        let score = if count > 0 {
            (lowest * 1e4).round() / 1e4
        } else {
            1.0
        };
        Group {
            te: if side_te { vec![p] } else { vec![] },
            en: if side_te { vec![] } else { vec![p] },
            score,
            manual: false,
        }
    };
    for c in comps {
        for p in next_te..c.te.0 {
            out.push(lone_group(true, p, &lone_te));
        }
        for p in next_en..c.en.0 {
            out.push(lone_group(false, p, &lone_en));
        }
        out.push(Group {
            te: (c.te.0..=c.te.1).collect(),
            en: (c.en.0..=c.en.1).collect(),
            score: ((c.score / c.count.max(1) as f64) * 1e4).round() / 1e4,
            manual: false,
        });
        next_te = c.te.1 + 1;
        next_en = c.en.1 + 1;
    }
    for p in next_te..paragraphs.0 {
        out.push(lone_group(true, p, &lone_te));
    }
    for p in next_en..paragraphs.1 {
        out.push(lone_group(false, p, &lone_en));
    }
    out
}

struct Component {
    te: (usize, usize),
    en: (usize, usize),
    score: f64,
    count: usize,
}

/// Takes group `g` apart: each of its sentences becomes a 1-0 or 0-1 group of its own, scored
/// with the complement of the group's score (a weak link is a likely lone sentence).
fn release_into_singles(g: &Group, manual: bool, out: &mut Vec<Group>) {
    let score = 1.0 - g.score.clamp(0.0, 1.0);
    let single = |te: Vec<usize>, en: Vec<usize>| Group {
        te,
        en,
        score,
        manual,
    };
    out.extend(g.te.iter().map(|&i| single(vec![i], vec![])));
    out.extend(g.en.iter().map(|&i| single(vec![], vec![i])));
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A sentence of `chars` characters naming entities `ids`, in paragraph `paragraph`.
    pub(in crate::core::align) fn s(chars: usize, ids: &[usize], paragraph: usize) -> SentenceInfo {
        SentenceInfo {
            unit: ParagraphInfo {
                chars,
                entities: ids.to_vec(),
            },
            paragraph,
        }
    }

    /// Each group as (Telugu indices, English indices).
    pub(in crate::core::align) fn shapes(groups: &[Group]) -> Vec<(Vec<usize>, Vec<usize>)> {
        groups
            .iter()
            .map(|g| (g.te.clone(), g.en.clone()))
            .collect()
    }

    #[test]
    fn paragraphs_follow_sentence_links_and_lone_paragraphs_stand_alone() {
        // Telugu: p0 = s0 s1, p1 = s2; English: p0 = s0, p1 = s1, p2 = s2 (alone), p3 = s3.
        let te = [s(0, &[], 0), s(0, &[], 0), s(0, &[], 1)];
        let en = [s(0, &[], 0), s(0, &[], 1), s(0, &[], 2), s(0, &[], 3)];
        let g = |te: &[usize], en: &[usize]| Group {
            te: te.to_vec(),
            en: en.to_vec(),
            score: 1.0,
            manual: false,
        };
        let sentences = [g(&[0], &[0]), g(&[1], &[1]), g(&[], &[2]), g(&[2], &[3])];
        let paras = paragraph_groups(&sentences, &te, &en, (2, 4));
        assert_eq!(
            shapes(&paras),
            [(vec![0], vec![0, 1]), (vec![], vec![2]), (vec![1], vec![3])]
        );
    }

    #[test]
    fn shared_entities_pull_sentences_together_and_the_rest_stays_alone() {
        let te = [s(100, &[1], 0), s(120, &[2], 0), s(90, &[3], 1)];
        let en = [
            s(110, &[1], 0),
            s(300, &[7], 0),
            s(80, &[8], 1),
            s(130, &[2], 1),
            s(95, &[3], 2),
        ];
        let a = align_sentences(&te, &en, (2, 3));
        assert_eq!(
            shapes(&a.sentences),
            [
                (vec![0], vec![0]),
                (vec![], vec![1]),
                (vec![], vec![2]),
                (vec![1], vec![3]),
                (vec![2], vec![4])
            ]
        );
        assert_eq!(
            shapes(&a.paragraphs),
            [(vec![0], vec![0, 1]), (vec![1], vec![2])]
        );
    }

    #[test]
    fn hand_edited_paragraph_groups_take_straddling_sentence_groups_apart() {
        let g = |te: &[usize], en: &[usize]| Group {
            te: te.to_vec(),
            en: en.to_vec(),
            score: 0.9,
            manual: false,
        };
        // Sentences: Telugu 0, 1 in paragraphs 0, 1; English 0, 1 in paragraphs 0, 1.
        let sentences = [g(&[0], &[0]), g(&[1], &[1])];
        // By hand: Telugu paragraph 1 now goes with English paragraph 0.
        let paragraphs = [g(&[0, 1], &[0]), g(&[], &[1])];
        let out = within_paragraph_groups(&sentences, &paragraphs, (&[0, 1], &[0, 1]));
        assert_eq!(
            shapes(&out),
            [(vec![0], vec![0]), (vec![1], vec![]), (vec![], vec![1])]
        );
        assert!(out[1].manual && (out[1].score - 0.1).abs() < 1e-9);
    }

    #[test]
    fn a_match_without_shared_evidence_does_not_score_high() {
        assert!(calibrate(1.0, false, false) <= 0.75);
        assert!(calibrate(1.0, true, false) > 0.9);
        assert!((0.0..=1.0).contains(&calibrate(f64::NAN, true, true)));
    }
}
