//! Sentence alignment on real text (issue 18): NTREX dev translations, and comparable variants
//! built from them with known gold (sentences regrouped into different paragraphs per side,
//! runs of sentences dropped from one side), as the corpus README describes.
//!
//! `cargo test` runs a handful of documents kept in `tests/fixtures/ntrex/` (CC BY-SA 4.0, see
//! the LICENSE there). The full figures for BENCHMARKS.md come from the ignored test
//! `full_dev_figures` over the whole dev folder (`TANDEM_NTREX_DEV`, default
//! `/work/shared/corpora/ntrex-dev`): `cargo test --release --test domain full_dev_figures --
//! --ignored --nocapture`.

use std::collections::HashSet;
use std::path::Path;
use tandem::core::align::Group;
use tandem::core::analysis::Analysis;
use tandem::core::sentence;
use tandem::{Document, Pair};

/// xorshift64*: deterministic variants without an extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.unit() * (hi + 1 - lo) as f64) as usize
    }
}

fn load(dir: &Path, name: &str) -> Pair<Document> {
    let doc = |lang: &str| {
        Document::load(&dir.join(format!("{name}.{lang}.txt")), false)
            .unwrap_or_else(|e| panic!("{name}.{lang}: {e}"))
    };
    Pair::new(doc("te"), doc("en"))
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| {
                let n = e.ok()?.file_name().into_string().ok()?;
                n.strip_suffix(".en.txt").map(str::to_string)
            })
            .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Counts for precision and recall, and the (score, right) of every group for calibration.
#[derive(Default)]
struct Tally {
    right: usize,
    predicted: usize,
    gold: usize,
    lone: usize,
    lone_alone: usize,
    para_right: usize,
    para_predicted: usize,
    para_gold: usize,
    para_lone: usize,
    para_lone_alone: usize,
    /// Lone paragraphs none of whose sentences is linked.
    para_lone_unlinked: usize,
    /// Lone paragraphs that a contiguous grouping can leave alone at all (not between two
    /// paragraphs linked to one paragraph of the other side).
    para_lone_possible: usize,
    /// The same, in a group of their own from the paragraph aligner (`align::align`), which
    /// `Analysis::build` used before its groups followed the sentence links.
    para_lone_alone_aligner: usize,
    /// Paragraph links implied by the paragraph groups (every Telugu × English paragraph of a
    /// group), right and predicted: from the sentence links (`Analysis::build`) and from the
    /// paragraph aligner. Gold as for `para_gold`.
    group_right: usize,
    group_predicted: usize,
    group_right_aligner: usize,
    group_predicted_aligner: usize,
    /// Links of the groups the gold links make when closed the same way (the most a
    /// contiguous grouping holding every gold link can be right with).
    group_predicted_gold: usize,
    exact_docs: usize,
    docs: usize,
    scores: Vec<(f64, bool)>,
    /// (posterior before calibration, class, right); class 0 = gap, 1 = shared evidence,
    /// 2 = linked without shared evidence.
    raw: Vec<(f64, usize, bool)>,
}

/// The sentence alignment of the analysis again, with its uncalibrated posteriors.
fn raw_scores(pair: &Pair<Document>, a: &Analysis) -> Vec<(f64, usize)> {
    let figs = Pair::from_fn(|side| tandem::core::figures::extract(&pair[side]));
    let infos = tandem::core::analysis::sentence_infos(pair, &a.sentences, &a.entities, &figs);
    let again = tandem::core::align::sentences::align_sentences(
        &infos.te,
        &infos.en,
        (pair.te.paragraphs.len(), pair.en.paragraphs.len()),
    );
    assert_eq!(again.sentences, a.sentence_alignment);
    again
        .raw
        .iter()
        .zip(&again.sentences)
        .map(|(&(p, shared), g)| {
            (
                p,
                if g.is_gap() {
                    0
                } else if shared {
                    1
                } else {
                    2
                },
            )
        })
        .collect()
}

impl Tally {
    fn f1(right: usize, predicted: usize, gold: usize) -> f64 {
        let p = right as f64 / predicted.max(1) as f64;
        let r = right as f64 / gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn sentence_f1(&self) -> f64 {
        Tally::f1(self.right, self.predicted, self.gold)
    }
    fn paragraph_f1(&self) -> f64 {
        Tally::f1(self.para_right, self.para_predicted, self.para_gold)
    }
    fn lone_share(&self) -> f64 {
        self.lone_alone as f64 / self.lone.max(1) as f64
    }
    fn para_lone_share(&self) -> f64 {
        self.para_lone_alone as f64 / self.para_lone.max(1) as f64
    }
    fn para_lone_unlinked_share(&self) -> f64 {
        self.para_lone_unlinked as f64 / self.para_lone.max(1) as f64
    }
    fn summary(&self) -> String {
        format!(
            "docs {} sentence F1 {:.3} (right {} predicted {} gold {}), lone left alone {:.3} ({}/{}), paragraph F1 {:.3} ({} {} {}), lone paragraphs unlinked {:.3} ({}), in a group of their own {:.3} ({}/{}; a contiguous grouping can do at most {}; paragraph aligner {}), links of the paragraph groups F1 {:.3} ({} {}; paragraph aligner {:.3}, {} {}; gold links closed into groups {:.3}), paragraph 1-1 exact {}/{}",
            self.docs, self.sentence_f1(), self.right, self.predicted, self.gold,
            self.lone_share(), self.lone_alone, self.lone,
            self.paragraph_f1(), self.para_right, self.para_predicted, self.para_gold,
            self.para_lone_unlinked_share(), self.para_lone_unlinked,
            self.para_lone_share(), self.para_lone_alone, self.para_lone, self.para_lone_possible,
            self.para_lone_alone_aligner,
            Tally::f1(self.group_right, self.group_predicted, self.para_gold),
            self.group_right, self.group_predicted,
            Tally::f1(self.group_right_aligner, self.group_predicted_aligner, self.para_gold),
            self.group_right_aligner, self.group_predicted_aligner,
            Tally::f1(self.para_gold, self.group_predicted_gold, self.para_gold),
            self.exact_docs, self.docs
        )
    }
}

/// The paragraph aligner's groups for the pair, with the entities of `a`.
fn paragraph_aligner(pair: &Pair<Document>, a: &Analysis) -> Vec<Group> {
    let infos = Pair::from_fn(|side| {
        tandem::core::analysis::paragraph_infos(&pair[side], &a.entities, side)
    });
    tandem::core::align::align(&infos.te, &infos.en)
}

/// Every (Telugu, English) paragraph pair that shares a group.
fn group_links(groups: &[Group]) -> HashSet<(usize, usize)> {
    groups
        .iter()
        .flat_map(|g| g.te.iter().flat_map(|&t| g.en.iter().map(move |&e| (t, e))))
        .collect()
}

/// The links of the contiguous groups that `links` (monotone) make when two paragraphs
/// sharing a link, or lying between linked ones, go together.
fn closed_links(links: &HashSet<(usize, usize)>) -> HashSet<(usize, usize)> {
    let mut sorted: Vec<(usize, usize)> = links.iter().copied().collect();
    sorted.sort_unstable();
    let mut comps: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for (t, e) in sorted {
        match comps.last_mut() {
            Some((te, en)) if t <= te.1 || e <= en.1 => {
                te.1 = te.1.max(t);
                en.1 = en.1.max(e);
            }
            _ => comps.push(((t, t), (e, e))),
        }
    }
    comps
        .iter()
        .flat_map(|&(te, en)| (te.0..=te.1).flat_map(move |t| (en.0..=en.1).map(move |e| (t, e))))
        .collect()
}

/// The real translation: sentence `k` of paragraph `i` translates sentence `k` of paragraph `i`
/// where both paragraphs split into as many sentences (the few paragraphs where the translator
/// or the source split differently are left out of the count).
fn score_translation(pair: &Pair<Document>, t: &mut Tally) {
    let a = Analysis::build(pair);
    let raw = raw_scores(pair, &a);
    let per_para = |side: &[sentence::Sentence], p: usize| -> Vec<usize> {
        (0..side.len())
            .filter(|&i| side[i].paragraph == p)
            .collect()
    };
    let mut gold: HashSet<(usize, usize)> = HashSet::new();
    let mut domain: Pair<HashSet<usize>> = Pair::default();
    for p in 0..pair.en.paragraphs.len().min(pair.te.paragraphs.len()) {
        let (ts, es) = (per_para(&a.sentences.te, p), per_para(&a.sentences.en, p));
        if ts.len() == es.len() {
            gold.extend(ts.iter().copied().zip(es.iter().copied()));
            domain.te.extend(ts);
            domain.en.extend(es);
        }
    }
    let mut predicted: HashSet<(usize, usize)> = HashSet::new();
    for (k, g) in a.sentence_alignment.iter().enumerate() {
        let inside = g.te.iter().any(|i| domain.te.contains(i))
            || g.en.iter().any(|i| domain.en.contains(i));
        if !inside {
            continue;
        }
        let mut all_right = !g.is_gap();
        for &x in &g.te {
            for &y in &g.en {
                predicted.insert((x, y));
                all_right &= gold.contains(&(x, y));
            }
        }
        t.scores.push((g.score, all_right));
        t.raw.push((raw[k].0, raw[k].1, all_right));
    }
    t.right += predicted.intersection(&gold).count();
    t.predicted += predicted.len();
    t.gold += gold.len();
    t.docs += 1;
    // Both the groups that follow the sentences and the paragraph aligner's stay exact.
    let exact = [&a.alignment, &paragraph_aligner(pair, &a)]
        .iter()
        .all(|al| {
            al.len() == pair.te.paragraphs.len()
                && al
                    .iter()
                    .enumerate()
                    .all(|(i, g)| g.te == [i] && g.en == [i])
        });
    t.exact_docs += usize::from(exact);
}

/// A comparable variant: its documents, for each side the constructed sentences (byte start, id
/// of the original sentence pair) and the paragraph of each.
struct Variant {
    docs: Pair<Document>,
    spans: Pair<Vec<(usize, usize, usize)>>,
}

/// Builds a variant from the clean paragraphs of a translation (see `score_translation`): the
/// headline stays paragraph 0 on both sides; then runs of one to three sentences are dropped
/// from one side (about one sentence in six), and each side is cut into paragraphs of one to
/// four sentences independently.
fn variant(pair: &Pair<Document>, seed: u64) -> Option<Variant> {
    let sents = Pair::from_fn(|side| sentence::of_document(&pair[side]));
    let text = |side: tandem::Side, s: &sentence::Sentence| {
        pair[side].text[s.span()].trim_end().to_string()
    };
    let mut units: Vec<(String, String)> = Vec::new();
    let mut headline = None;
    for p in 0..pair.en.paragraphs.len().min(pair.te.paragraphs.len()) {
        let ts: Vec<_> = sents.te.iter().filter(|s| s.paragraph == p).collect();
        let es: Vec<_> = sents.en.iter().filter(|s| s.paragraph == p).collect();
        if ts.len() != es.len() {
            continue;
        }
        if p == 0 {
            headline = Some((text(tandem::Side::Te, ts[0]), text(tandem::Side::En, es[0])));
            continue;
        }
        for (a, b) in ts.iter().zip(&es) {
            units.push((text(tandem::Side::Te, a), text(tandem::Side::En, b)));
        }
    }
    let headline = headline?;
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    // keep[side][i]
    let mut keep = Pair::new(vec![true; units.len()], vec![true; units.len()]);
    let mut i = 0;
    while i < units.len() {
        if rng.unit() < 0.08 {
            let len = rng.range(1, 3);
            let side = if rng.unit() < 0.5 {
                &mut keep.te
            } else {
                &mut keep.en
            };
            for kept in side.iter_mut().skip(i).take(len) {
                *kept = false;
            }
            i += len + 1;
        } else {
            i += 1;
        }
    }
    let mut spans: Pair<Vec<(usize, usize, usize)>> = Pair::default();
    let docs = Pair::from_fn(|side| {
        let head = match side {
            tandem::Side::Te => &headline.0,
            tandem::Side::En => &headline.1,
        };
        let mut out = head.clone();
        spans[side].push((0, usize::MAX, 0));
        let mut para = 0;
        let mut left = 0;
        for (id, u) in units.iter().enumerate() {
            if !keep[side][id] {
                continue;
            }
            let s = match side {
                tandem::Side::Te => &u.0,
                tandem::Side::En => &u.1,
            };
            if left == 0 {
                out.push_str("\n\n");
                para += 1;
                left = rng.range(1, 4);
            } else {
                out.push(' ');
            }
            spans[side].push((out.len(), id, para));
            out.push_str(s);
            left -= 1;
            // A sentence without a full stop would run into the next: end the paragraph.
            let ends = s
                .trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '?', '!', '…']);
            if !ends {
                left = 0;
            }
        }
        Document::from_text(side.name(), out)
    });
    Some(Variant { docs, spans })
}

fn score_variant(v: &Variant, t: &mut Tally) {
    let a = Analysis::build(&v.docs);
    let aligner = paragraph_aligner(&v.docs, &a);
    let raw = raw_scores(&v.docs, &a);
    // Predicted sentence -> constructed (id, paragraph), by its start byte.
    let map = |side: tandem::Side| -> Vec<(usize, usize)> {
        a.sentences[side]
            .iter()
            .map(|s| {
                let k = v.spans[side]
                    .partition_point(|x| x.0 <= s.start)
                    .saturating_sub(1);
                let x = v.spans[side][k];
                (x.1, x.2)
            })
            .collect()
    };
    let m = Pair::new(map(tandem::Side::Te), map(tandem::Side::En));
    let ids =
        |side: tandem::Side| -> HashSet<usize> { v.spans[side].iter().map(|x| x.1).collect() };
    let (te_ids, en_ids) = (ids(tandem::Side::Te), ids(tandem::Side::En));
    let gold: HashSet<usize> = te_ids.intersection(&en_ids).copied().collect();
    let lone: Pair<HashSet<usize>> = Pair::new(
        te_ids.difference(&en_ids).copied().collect(),
        en_ids.difference(&te_ids).copied().collect(),
    );
    let mut predicted: HashSet<(usize, usize)> = HashSet::new();
    let mut para_pred: HashSet<(usize, usize)> = HashSet::new();
    let mut alone: Pair<HashSet<usize>> = Pair::default();
    for (k, g) in a.sentence_alignment.iter().enumerate() {
        if g.is_gap() {
            for side in tandem::Side::BOTH {
                for &i in g.side(side) {
                    alone[side].insert(m[side][i].0);
                }
            }
            let right = g.te.iter().all(|&i| lone.te.contains(&m.te[i].0))
                && g.en.iter().all(|&i| lone.en.contains(&m.en[i].0));
            t.scores.push((g.score, right));
            t.raw.push((raw[k].0, raw[k].1, right));
            continue;
        }
        let mut all_right = true;
        for &x in &g.te {
            for &y in &g.en {
                let (a, b) = (m.te[x], m.en[y]);
                predicted.insert((a.0, b.0));
                para_pred.insert((a.1, b.1));
                all_right &= a.0 == b.0;
            }
        }
        t.scores.push((g.score, all_right));
        t.raw.push((raw[k].0, raw[k].1, all_right));
    }
    t.right += predicted.iter().filter(|(a, b)| a == b).count();
    t.predicted += predicted.len();
    t.gold += gold.len();
    for side in tandem::Side::BOTH {
        t.lone += lone[side].len();
        t.lone_alone += lone[side]
            .iter()
            .filter(|i| alone[side].contains(i))
            .count();
    }
    // Paragraph links: paragraphs holding the two sentences of a gold link.
    let para_of =
        |side: tandem::Side, id: usize| v.spans[side].iter().find(|x| x.1 == id).map(|x| x.2);
    let para_gold: HashSet<(usize, usize)> = gold
        .iter()
        .filter_map(|&id| {
            Some((
                para_of(tandem::Side::Te, id)?,
                para_of(tandem::Side::En, id)?,
            ))
        })
        .collect();
    for (groups, right, predicted) in [
        (&a.alignment, &mut t.group_right, &mut t.group_predicted),
        (
            &aligner,
            &mut t.group_right_aligner,
            &mut t.group_predicted_aligner,
        ),
    ] {
        let links = group_links(groups);
        *right += links.intersection(&para_gold).count();
        *predicted += links.len();
    }
    t.group_predicted_gold += closed_links(&para_gold).len();
    t.para_right += para_pred.intersection(&para_gold).count();
    t.para_predicted += para_pred.len();
    t.para_gold += para_gold.len();
    for side in tandem::Side::BOTH {
        let pick = |&(a, b): &(usize, usize)| if side == tandem::Side::Te { a } else { b };
        let linked: HashSet<usize> = para_gold.iter().map(pick).collect();
        let predicted_linked: HashSet<usize> = para_pred.iter().map(pick).collect();
        let spans = spans_of(&para_gold, side);
        for p in 0..v.docs[side].paragraphs.len() {
            if linked.contains(&p) {
                continue;
            }
            t.para_lone += 1;
            t.para_lone_unlinked += usize::from(!predicted_linked.contains(&p));
            t.para_lone_possible += usize::from(!spans.iter().any(|&(lo, hi)| lo < p && p < hi));
            let left_alone =
                |groups: &[Group]| groups.iter().any(|g| g.is_gap() && g.side(side) == [p]);
            t.para_lone_alone += usize::from(left_alone(&a.alignment));
            t.para_lone_alone_aligner += usize::from(left_alone(&aligner));
        }
    }
    t.docs += 1;
}

/// The paragraph ranges of `side` that a contiguous grouping must keep together: for each
/// paragraph of the other side, its first and last linked paragraph of `side`.
fn spans_of(links: &HashSet<(usize, usize)>, side: tandem::Side) -> Vec<(usize, usize)> {
    let mut by_other: std::collections::HashMap<usize, (usize, usize)> = Default::default();
    for &(a, b) in links {
        let (mine, other) = if side == tandem::Side::Te {
            (a, b)
        } else {
            (b, a)
        };
        let e = by_other.entry(other).or_insert((mine, mine));
        e.0 = e.0.min(mine);
        e.1 = e.1.max(mine);
    }
    by_other.into_values().collect()
}

/// Score buckets of width 0.1 → (groups, share right).
fn calibration(scores: &[(f64, bool)]) -> Vec<(usize, usize, f64)> {
    (0..10)
        .map(|b| {
            let lo = b as f64 / 10.0;
            let hi = lo + 0.1;
            let inside: Vec<_> = scores
                .iter()
                .filter(|(s, _)| *s >= lo && (*s < hi || (b == 9 && *s <= 1.0)))
                .collect();
            let right = inside.iter().filter(|(_, r)| *r).count();
            (b, inside.len(), right as f64 / inside.len().max(1) as f64)
        })
        .collect()
}

fn run(dir: &Path, names: &[String]) -> (Tally, Tally) {
    let (mut tr, mut cmp) = (Tally::default(), Tally::default());
    for (k, n) in names.iter().enumerate() {
        let pair = load(dir, n);
        score_translation(&pair, &mut tr);
        for seed in 0..3u64 {
            if let Some(v) = variant(&pair, k as u64 * 31 + seed + 1) {
                score_variant(&v, &mut cmp);
            }
        }
    }
    (tr, cmp)
}

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/ntrex");

#[test]
fn dev_translations_and_comparable_variants_align() {
    let dir = Path::new(FIXTURES);
    let (tr, cmp) = run(dir, &names(dir));
    println!(
        "translations: {}\nvariants: {}",
        tr.summary(),
        cmp.summary()
    );
    assert!(tr.docs >= 5, "fixtures missing: {}", tr.summary());
    assert!(tr.sentence_f1() >= 0.97, "translations: {}", tr.summary());
    assert_eq!(tr.exact_docs, tr.docs, "translations: {}", tr.summary());
    assert!(cmp.sentence_f1() >= 0.9, "variants: {}", cmp.summary());
    assert!(cmp.lone_share() >= 0.8, "variants: {}", cmp.summary());
    assert!(cmp.paragraph_f1() >= 0.95, "variants: {}", cmp.summary());
    assert!(
        cmp.para_lone_unlinked_share() >= 0.9,
        "variants: {}",
        cmp.summary()
    );
    // Groups that follow the sentences leave lone paragraphs alone at least as often as the
    // paragraph aligner did (why `Analysis::build` uses them).
    assert!(
        cmp.para_lone_alone >= cmp.para_lone_alone_aligner,
        "variants: {}",
        cmp.summary()
    );
}

#[test]
#[ignore = "the whole dev folder: figures for BENCHMARKS.md"]
fn full_dev_figures() {
    let dir = std::env::var("TANDEM_NTREX_DEV")
        .unwrap_or_else(|_| "/work/shared/corpora/ntrex-dev".into());
    let dir = Path::new(&dir);
    let (tr, cmp) = run(dir, &names(dir));
    println!("translations: {}", tr.summary());
    println!("variants: {}", cmp.summary());
    let mut all = tr.scores.clone();
    all.extend(cmp.scores.iter().copied());
    let mut raw = tr.raw.clone();
    raw.extend(cmp.raw.iter().copied());
    for (class, name) in ["gap", "shared", "unshared"].iter().enumerate() {
        let scores: Vec<(f64, bool)> = raw
            .iter()
            .filter(|r| r.1 == class)
            .map(|r| (r.0, r.2))
            .collect();
        println!("raw posterior, {name} groups:");
        for (b, n, share) in calibration(&scores) {
            println!(
                "  {:.1}-{:.1}: {n} groups, {share:.3} right",
                b as f64 / 10.0,
                b as f64 / 10.0 + 0.1
            );
        }
    }
    for (name, scores) in [
        ("translations", &tr.scores),
        ("variants", &cmp.scores),
        ("all", &all),
    ] {
        println!("calibration {name}:");
        for (b, n, share) in calibration(scores) {
            println!(
                "  {:.1}-{:.1}: {n} groups, {share:.3} right",
                b as f64 / 10.0,
                b as f64 / 10.0 + 0.1
            );
        }
    }
}
