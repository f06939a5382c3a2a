//! Search throughput on 10 MB articles: the test pairs' texts repeated, each copy with a
//! made-up name of its own so the vocabulary grows with the text (cross-script search reads
//! every distinct word once). Three searches: Latin text in the English article (bytes only),
//! a Latin name in the Telugu article and a Telugu name in the English article (both
//! transliteration-aware, the expensive case).

#[macro_use]
mod harness;

use harness::{Criterion, Throughput};
use tandem::core::search::{find_all, Query};

const TE: [&str; 4] = [
    include_str!("../assets/sample.te.txt"),
    include_str!("../tests/pairs/cricket.te.txt"),
    include_str!("../tests/pairs/space.te.txt"),
    include_str!("../tests/pairs/climate.te.txt"),
];
const EN: [&str; 4] = [
    include_str!("../assets/sample.en.txt"),
    include_str!("../tests/pairs/cricket.en.txt"),
    include_str!("../tests/pairs/space.en.txt"),
    include_str!("../tests/pairs/climate.en.txt"),
];

/// Consonant-vowel pairs written in both scripts, for names that differ per copy.
const SOUNDS: [(&str, &str); 8] = [
    ("ma", "మా"),
    ("ri", "రి"),
    ("ko", "కో"),
    ("lu", "లు"),
    ("pe", "పె"),
    ("sa", "సా"),
    ("ni", "ని"),
    ("do", "డో"),
];

/// The `k`th made-up name, in Latin and Telugu letters.
fn name(k: usize) -> (String, String) {
    let mut n = k;
    let (mut en, mut te) = (String::from("Z"), String::from("జ"));
    for _ in 0..4 {
        let (e, t) = SOUNDS[n % SOUNDS.len()];
        en.push_str(e);
        te.push_str(t);
        n /= SOUNDS.len();
    }
    (en, te)
}

/// One article of about `bytes` bytes from the given sources.
fn article(sources: &[&str], bytes: usize, telugu: bool) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    let mut k = 0;
    while out.len() < bytes {
        let (en, te) = name(k);
        out.push_str(if telugu { &te } else { &en });
        out.push_str("\n\n");
        out.push_str(sources[k % sources.len()]);
        out.push_str("\n\n");
        k += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    const SIZE: usize = 10 << 20;
    let te = article(&TE, SIZE, true);
    let en = article(&EN, SIZE, false);
    let mut group = c.benchmark_group("search 10 MB");
    group.sample_size(10);
    let cases = [
        ("latin text in English", &en, "korea"),
        ("latin name in Telugu", &te, "blinken"),
        ("telugu name in English", &en, "బ్లింకెన్"),
        ("two latin words in Telugu", &te, "north korea"),
    ];
    for (label, text, query) in cases {
        let query = Query::parse(query);
        assert!(!find_all(text, &query).is_empty(), "{label}: nothing found");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(label, |b| b.iter(|| find_all(text, &query)));
    }
    group.finish();
}

bench_main!(bench);
