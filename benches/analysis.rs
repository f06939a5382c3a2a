//! Analysis throughput on a large pair: the sample and the test pairs, their paragraphs repeated
//! in shifting order, plus per copy a sentence naming people that occur nowhere else (so that the
//! vocabulary and the number of distinct names grow with the text, as in a real archive).
//! Measured at 1 MB and 10 MB of input (both files together): equal MB/s means linear.

#[macro_use]
mod harness;

use harness::{BenchmarkId, Criterion, Throughput};
use tandem::core::analysis::Analysis;
use tandem::core::document::Document;
use tandem::core::figures;
use tandem::core::pair::Pair;

const SOURCES: [(&str, &str); 4] = [
    (
        include_str!("../assets/sample.te.txt"),
        include_str!("../assets/sample.en.txt"),
    ),
    (
        include_str!("../tests/pairs/cricket.te.txt"),
        include_str!("../tests/pairs/cricket.en.txt"),
    ),
    (
        include_str!("../tests/pairs/space.te.txt"),
        include_str!("../tests/pairs/space.en.txt"),
    ),
    (
        include_str!("../tests/pairs/climate.te.txt"),
        include_str!("../tests/pairs/climate.en.txt"),
    ),
];

/// Syllables that spell the same sound in both scripts, for made-up names.
const SYLLABLES: [(&str, &str); 12] = [
    ("Ka", "కా"),
    ("Ri", "రి"),
    ("Mo", "మో"),
    ("San", "సన్"),
    ("De", "డె"),
    ("Lu", "లు"),
    ("Pa", "పా"),
    ("Vin", "విన్"),
    ("To", "టో"),
    ("Gel", "గెల్"),
    ("Ni", "ని"),
    ("Bor", "బోర్"),
];

fn made_up_name(mut k: usize) -> (String, String) {
    let (mut en, mut te) = (String::new(), String::new());
    for _ in 0..3 {
        let (e, t) = SYLLABLES[k % SYLLABLES.len()];
        en.push_str(&if en.is_empty() {
            e.to_string()
        } else {
            e.to_lowercase()
        });
        te.push_str(t);
        k /= SYLLABLES.len();
    }
    te.push('్');
    (en, te)
}

fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .flat_map(|p| p.lines())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// A pair of about `bytes` bytes in total.
fn big_pair(bytes: usize) -> Pair<Document> {
    let (mut te, mut en) = (String::new(), String::new());
    let mut copy = 0;
    while te.len() + en.len() < bytes {
        for (t, e) in SOURCES {
            let (tp, ep) = (paragraphs(t), paragraphs(e));
            let (name_en, name_te) = made_up_name(copy);
            te.push_str(&format!("{name_te} బెంగళూరులో మాట్లాడారు.\n\n"));
            en.push_str(&format!("{name_en} spoke in Bengaluru.\n\n"));
            for i in 0..tp.len() {
                te.push_str(tp[(i + copy) % tp.len()]);
                te.push_str("\n\n");
            }
            for i in 0..ep.len() {
                en.push_str(ep[(i + copy) % ep.len()]);
                en.push_str("\n\n");
            }
            copy += 1;
        }
    }
    Pair::new(
        Document::from_text("big.te.txt", te),
        Document::from_text("big.en.txt", en),
    )
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    for mb in [1usize, 10] {
        let pair = big_pair(mb * 1_000_000);
        let size = (pair.te.text.len() + pair.en.text.len()) as u64;
        group.throughput(Throughput::Bytes(size));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{mb}MB")),
            &pair,
            |b, pair| b.iter(|| Analysis::build(pair)),
        );
    }
    group.finish();
}

/// The figures and quotes check alone: extraction (once per document) and the group check
/// (again after each alignment edit), so a change to either shows apart from the entity work.
fn bench_figures(c: &mut Criterion) {
    let mut group = c.benchmark_group("figures");
    group.sample_size(10);
    let pair = big_pair(10_000_000);
    let size = (pair.te.text.len() + pair.en.text.len()) as u64;
    group.throughput(Throughput::Bytes(size));
    group.bench_function("extract 10MB", |b| {
        b.iter(|| {
            let figs = Pair::from_fn(|side| figures::extract(&pair[side]));
            let quotes = Pair::from_fn(|side| figures::extract_quotes(&pair[side]));
            (figs, quotes)
        })
    });
    let mut analysis = Analysis::build(&pair);
    group.bench_function("recheck 10MB", |b| b.iter(|| analysis.recheck()));
    group.finish();
}

bench_main!(bench, bench_figures);
