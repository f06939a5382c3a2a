//! Entity links on real news: fifteen NTREX dev articles with their professional Telugu
//! translations and gold written by reading both texts (`tests/fixtures/entities_real/`, see
//! its README). The analysis is the one `tandem report` runs ([`Analysis::build`]); the figures
//! are printed per article (`cargo test --test entities_real -- --nocapture`) and asserted.
//!
//! Recall: a gold pair is found when one linked group holds an English and a Telugu form of it.
//! Precision: linked groups that are exactly one gold pair, over every linked group except those
//! that are only a neutral name (not a person, place or organisation) linked to itself.

use serde_json::Value;
use std::path::{Path, PathBuf};
use tandem::core::analysis::{Analysis, Entity, Mention};
use tandem::core::document::Document;
use tandem::core::pair::Pair;

/// Lowest total pair recall on the gold. Issue 17 asks 0.95; reached 0.992 (121/122 on fifteen
/// articles; 0.942 on the first twelve before the second round of fixes, 0.872 before any).
const RECALL_MIN: f64 = 0.99;
/// Lowest total precision (issue 17 asks 0.98; reached 0.992, 128/129).
const PRECISION_MIN: f64 = 0.99;
/// Lowest recall or precision of any one article. Issue 17 asks 0.8; the lowest is the film
/// review (guardian_221718) at 0.947 (18/19 and 19/20: the translator's లేక్ లాసీ for Jake Lacy
/// is linked by its surname alone).
const ARTICLE_MIN: f64 = 0.94;

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Pair,
    Neutral,
    OneSided,
}

struct Entry {
    role: Role,
    en: Vec<String>,
    te: Vec<String>,
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

fn entries(gold: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    for (key, role) in [("pairs", Role::Pair), ("neutral", Role::Neutral)] {
        for p in gold[key].as_array().into_iter().flatten() {
            out.push(Entry {
                role,
                en: strings(&p["en"]),
                te: strings(&p["te"]),
            });
        }
    }
    for x in gold["only_en"].as_array().into_iter().flatten() {
        out.push(Entry {
            role: Role::OneSided,
            en: strings(x),
            te: Vec::new(),
        });
    }
    for x in gold["only_te"].as_array().into_iter().flatten() {
        out.push(Entry {
            role: Role::OneSided,
            en: Vec::new(),
            te: strings(x),
        });
    }
    out
}

fn stem(m: &Mention) -> &str {
    let len = m.stem_end.unwrap_or(m.end).saturating_sub(m.start);
    m.text.get(..len).unwrap_or(&m.text)
}

/// A Telugu mention names a gold form when its stem is the form, or the mention is the form
/// plus a suffix glued to it (the gold does not depend on where the program cut the suffix).
fn te_names(m: &Mention, forms: &[String]) -> bool {
    let text: &str = &m.text;
    forms.iter().any(|f| {
        stem(m) == f
            || (f.chars().count() > 1
                && text
                    .strip_prefix(f.as_str())
                    .is_some_and(|rest| !rest.contains(' ')))
    })
}

fn en_names(m: &Mention, forms: &[String]) -> bool {
    forms.iter().any(|f| m.text == *f)
}

#[derive(Default)]
struct Score {
    found: usize,
    gold: usize,
    correct: usize,
    linked: usize,
    splits: usize,
    misses: Vec<String>,
    wrong: Vec<String>,
}

/// Names as written (the `Debug` of a `str` escapes Telugu vowel signs), distinct, in order.
fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for n in names {
        if !seen.contains(&n) {
            seen.push(n);
        }
    }
    format!("[{}]", seen.join(" | "))
}

fn describe(e: &Entity) -> String {
    let en = list(e.en.iter().map(|m| &*m.text));
    let te = list(e.te.iter().map(stem));
    format!("{en} ~ {te}")
}

fn score(analysis: &Analysis, gold: &[Entry]) -> Score {
    let mut s = Score::default();
    let mut hits = vec![0usize; gold.len()];
    for e in analysis
        .entities
        .iter()
        .filter(|e| !e.en.is_empty() && !e.te.is_empty())
    {
        let touches: Vec<usize> = (0..gold.len())
            .filter(|&i| {
                e.en.iter().any(|m| en_names(m, &gold[i].en))
                    || e.te.iter().any(|m| te_names(m, &gold[i].te))
            })
            .collect();
        if let [i] = touches[..] {
            let g = &gold[i];
            let both =
                e.en.iter().any(|m| en_names(m, &g.en)) && e.te.iter().any(|m| te_names(m, &g.te));
            if both && g.role == Role::Neutral {
                continue;
            }
            s.linked += 1;
            if both && g.role == Role::Pair {
                s.correct += 1;
                hits[i] += 1;
                continue;
            }
        } else {
            s.linked += 1;
        }
        s.wrong.push(describe(e));
    }
    for (g, &h) in gold.iter().zip(&hits) {
        if g.role != Role::Pair {
            continue;
        }
        s.gold += 1;
        if h > 0 {
            s.found += 1;
        } else {
            let en = list(g.en.iter().map(String::as_str));
            let te = list(g.te.iter().map(String::as_str));
            s.misses.push(format!("{en} ~ {te}"));
        }
        if h > 1 {
            s.splits += 1;
        }
    }
    s
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/entities_real")
}

fn analyse(dir: &Path, doc: &str) -> Analysis {
    let load = |lang: &str| {
        Document::load(&dir.join(format!("{doc}.{lang}.txt")), false).expect("fixture loads")
    };
    Analysis::build(&Pair::new(load("te"), load("en")))
}

#[test]
fn real_news_recall_and_precision() {
    let dir = fixtures();
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixture dir")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    docs.sort();
    assert!(docs.len() >= 10, "gold for about ten articles");
    let mut total = Score::default();
    let mut low = Vec::new();
    for doc in &docs {
        let text = std::fs::read_to_string(dir.join(format!("{doc}.json"))).expect("gold");
        let gold: Value = serde_json::from_str(&text).expect("gold is JSON");
        let analysis = analyse(&dir, doc);
        let s = score(&analysis, &entries(&gold));
        let (r, p) = (ratio(s.found, s.gold), ratio(s.correct, s.linked));
        println!(
            "{doc:28} recall {r:.2} ({}/{})  precision {p:.2} ({}/{})  splits {}",
            s.found, s.gold, s.correct, s.linked, s.splits
        );
        for m in &s.misses {
            println!("    missed {m}");
        }
        for w in &s.wrong {
            println!("    wrong  {w}");
        }
        // `ENTITIES_REAL_DUMP=1` prints every group, for looking at what the rules did.
        if std::env::var_os("ENTITIES_REAL_DUMP").is_some() {
            for e in &analysis.entities {
                println!("    group  {:?} {}", e.kind, describe(e));
            }
        }
        if r < ARTICLE_MIN || p < ARTICLE_MIN {
            low.push(doc.clone());
        }
        total.found += s.found;
        total.gold += s.gold;
        total.correct += s.correct;
        total.linked += s.linked;
        total.splits += s.splits;
    }
    let (r, p) = (
        ratio(total.found, total.gold),
        ratio(total.correct, total.linked),
    );
    println!(
        "TOTAL recall {r:.3} ({}/{})  precision {p:.3} ({}/{})  splits {}",
        total.found, total.gold, total.correct, total.linked, total.splits
    );
    assert!(low.is_empty(), "articles below {ARTICLE_MIN}: {low:?}");
    assert!(r >= RECALL_MIN, "total recall {r:.3} < {RECALL_MIN}");
    assert!(
        p >= PRECISION_MIN,
        "total precision {p:.3} < {PRECISION_MIN}"
    );
}
