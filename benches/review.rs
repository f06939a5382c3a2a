//! Review file speed: every decision is saved at once, so a save (temporary file, fsync,
//! `.bak` link, rename, directory fsync) must stay well below a keystroke's worth of time; and
//! matching a review against edited articles runs once per opening.

#[macro_use]
mod harness;

use harness::{black_box, Criterion};
use tandem::core::pair::Pair;
use tandem::core::review::{
    reconcile, ArticlePrint, ContentHash, EntityAction, GroupDecision, GroupStatus, Review,
    ReviewStore,
};

/// A review of `groups` decisions with Telugu notes on every third, and 50 entity decisions.
fn review(groups: usize) -> Review {
    let mut r = Review::default();
    for k in 0..groups as u64 {
        r.groups.push(GroupDecision {
            paragraphs: Pair::new(vec![ContentHash(k)], vec![ContentHash(k), ContentHash(!k)]),
            hint: Pair::new(k as usize, 2 * k as usize),
            occurrence: None,
            status: GroupStatus::Checked,
            note: (k % 3 == 0).then(|| format!("సమూహం {k}: అనువాదం సరిచూడాలి")),
        });
    }
    for k in 0..50 {
        r.set_entity(&format!("పేరు{k}"), &format!("Name{k}"), EntityAction::Link);
    }
    r
}

fn bench_review(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("tandem-bench-review-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{}: {e}", dir.display());
    }
    let (mut store, _) = ReviewStore::open(dir.join("b.tandem-review.json"));
    let mut group = c.benchmark_group("review");
    for size in [300, 5_000] {
        let r = review(size);
        group.bench_function(format!("save {size} decisions"), |b| {
            b.iter(|| {
                if let Err(e) = store.save(black_box(&r)) {
                    panic!("{e}");
                }
            })
        });
    }
    // Reconcile 5,000 decisions against articles of 5,000 and 10,000 paragraphs.
    let r = review(5_000);
    let print = |n: u64| ArticlePrint {
        stamp: tandem::core::review::ArticleStamp {
            name: "x".into(),
            bytes: 0,
            hash: ContentHash(0),
        },
        paragraphs: (0..n).map(ContentHash).collect(),
    };
    let now = Pair::new(print(5_000), print(10_000));
    group.bench_function("reconcile 5000 decisions", |b| {
        b.iter(|| reconcile(black_box(&r), &now, |_, _| true))
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

bench_main!(bench_review);
