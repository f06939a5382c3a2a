//! Alignment speed on a 10 MB pair (issue 5 asks for under a second): about 17,000 Telugu
//! paragraphs against 19,000 English ones, generated from one hidden story with the same
//! kinds of differences comparable articles have (splits, merges, missing and extra
//! paragraphs, noisy lengths, entities named on one side only); on two unrelated articles of
//! that size (the worst case); and on the bundled sample.

#[macro_use]
mod harness;

use harness::{black_box, Criterion};
use tandem::core::align::sentences::{align_sentences, SentenceInfo};
use tandem::core::align::{align, ParagraphInfo};

/// xorshift64*: a tiny deterministic generator, so the bench needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in 0..1.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.unit() * (hi - lo) as f64) as usize
    }
}

/// A synthetic comparable pair, and for each Telugu paragraph the English paragraph that tells
/// the same thing (if any), to report how often the alignment finds it.
struct Synthetic {
    te: Vec<ParagraphInfo>,
    en: Vec<ParagraphInfo>,
    truth: Vec<Option<usize>>,
    bytes: usize,
}

fn entities(rng: &mut Rng) -> Vec<usize> {
    let count = rng.range(0, 5);
    // Skewed towards small ids: a few names recur everywhere, most are rare.
    (0..count)
        .map(|_| (3000.0 * rng.unit().powi(2)) as usize)
        .collect()
}

fn keep_most(rng: &mut Rng, ids: &[usize]) -> Vec<usize> {
    ids.iter().copied().filter(|_| rng.unit() > 0.2).collect()
}

fn synthetic(units: usize) -> Synthetic {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut te, mut en, mut truth) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..units {
        let chars = rng.range(40, 260);
        let ids = entities(&mut rng);
        let noisy = |rng: &mut Rng, c: f64| (c * (0.75 + 0.5 * rng.unit())) as usize;
        let roll = rng.unit();
        te.push(ParagraphInfo {
            chars,
            entities: keep_most(&mut rng, &ids),
        });
        if roll < 0.04 {
            truth.push(None); // Telugu only.
        } else if roll < 0.12 {
            // Split in two on the English side.
            truth.push(Some(en.len()));
            let total = 0.93 * chars as f64;
            let first = total * (0.3 + 0.4 * rng.unit());
            for part in [first, total - first] {
                en.push(ParagraphInfo {
                    chars: noisy(&mut rng, part),
                    entities: keep_most(&mut rng, &ids),
                });
            }
        } else {
            truth.push(Some(en.len()));
            en.push(ParagraphInfo {
                chars: noisy(&mut rng, 0.93 * chars as f64),
                entities: keep_most(&mut rng, &ids),
            });
        }
        if rng.unit() < 0.04 {
            // English only.
            en.push(ParagraphInfo {
                chars: rng.range(40, 260),
                entities: entities(&mut rng),
            });
        }
    }
    // Telugu letters take three bytes in UTF-8, English ones one.
    let bytes = te.iter().map(|p| 3 * p.chars + 1).sum::<usize>()
        + en.iter().map(|p| p.chars + 1).sum::<usize>();
    Synthetic {
        te,
        en,
        truth,
        bytes,
    }
}

fn report_quality(s: &Synthetic) {
    let groups = align(&s.te, &s.en);
    let mut group_of = vec![usize::MAX; s.te.len()];
    for (g, group) in groups.iter().enumerate() {
        for &p in &group.te {
            group_of[p] = g;
        }
    }
    let with_partner: Vec<(usize, usize)> = s
        .truth
        .iter()
        .enumerate()
        .filter_map(|(p, q)| q.map(|q| (p, q)))
        .collect();
    let found = with_partner
        .iter()
        .filter(|&&(p, q)| groups[group_of[p]].en.contains(&q))
        .count();
    eprintln!(
        "synthetic pair: {:.1} MB, {} Telugu / {} English paragraphs, {} groups; \
         {found} of {} Telugu paragraphs grouped with their true partner",
        s.bytes as f64 / 1e6,
        s.te.len(),
        s.en.len(),
        groups.len(),
        with_partner.len(),
    );
}

fn bench_align(c: &mut Criterion) {
    let big = synthetic(17_000);
    report_quality(&big);
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    group.bench_function("10MB pair", |b| {
        b.iter(|| align(black_box(&big.te), black_box(&big.en)))
    });
    // Worst case: two unrelated articles of the same size (random lengths, no shared
    // entities), where the best path wanders and the bands widen to their budget.
    let mut rng = Rng(5);
    let mut unrelated = |count: usize| -> Vec<ParagraphInfo> {
        (0..count)
            .map(|_| ParagraphInfo {
                chars: rng.range(10, 500),
                entities: Vec::new(),
            })
            .collect()
    };
    let (te, en) = (unrelated(17_000), unrelated(18_000));
    group.bench_function("unrelated 17k x 18k", |b| {
        b.iter(|| align(black_box(&te), black_box(&en)))
    });
    let pair = tandem::core::sample::sample_pair();
    let infos = |d: &tandem::Document| -> Vec<ParagraphInfo> {
        (0..d.paragraphs.len())
            .map(|k| ParagraphInfo {
                chars: d.paragraph(k).chars().count(),
                entities: Vec::new(),
            })
            .collect()
    };
    let (te, en) = (infos(&pair.te), infos(&pair.en));
    group.sample_size(50);
    group.bench_function("sample", |b| {
        b.iter(|| align(black_box(&te), black_box(&en)))
    });
    group.finish();
}

/// The synthetic pair's paragraphs cut into three sentences each (a third of the characters,
/// each entity in one of them), as sentence alignment sees a 10 MB pair.
fn sentences_of(paras: &[ParagraphInfo], rng: &mut Rng) -> Vec<SentenceInfo> {
    let mut out = Vec::with_capacity(paras.len() * 3);
    for (p, para) in paras.iter().enumerate() {
        let mut parts = vec![Vec::new(), Vec::new(), Vec::new()];
        for &e in &para.entities {
            parts[rng.range(0, 3)].push(e);
        }
        for entities in parts {
            out.push(SentenceInfo {
                unit: ParagraphInfo {
                    chars: (para.chars / 3).max(1),
                    entities,
                },
                paragraph: p,
            });
        }
    }
    out
}

/// Sentence alignment of the whole 10 MB pair (issue 18 asks for under a second), paragraph
/// groups derived included.
fn bench_sentences(c: &mut Criterion) {
    let big = synthetic(17_000);
    let mut rng = Rng(11);
    let te = sentences_of(&big.te, &mut rng);
    let en = sentences_of(&big.en, &mut rng);
    eprintln!(
        "sentence alignment: {} Telugu / {} English sentences",
        te.len(),
        en.len()
    );
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    group.bench_function("10MB pair, sentences", |b| {
        b.iter(|| align_sentences(black_box(&te), black_box(&en), (big.te.len(), big.en.len())))
    });
    group.finish();
}

bench_main!(bench_align, bench_sentences);
