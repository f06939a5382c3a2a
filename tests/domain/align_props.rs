//! Properties of `align` on random pairs: every paragraph covered exactly once, groups in
//! order and contiguous, allowed shapes only, scores in 0..=1, deterministic, never a panic.

use proptest::prelude::*;
use tandem::core::align::{align, align_with, AlignOptions, Group, ParagraphInfo};

fn paragraph() -> impl Strategy<Value = ParagraphInfo> {
    (
        prop_oneof![
            8 => 0usize..2000,
            1 => Just(0usize),
            1 => 100_000usize..10_000_000,
        ],
        prop::collection::vec(0usize..30, 0..8),
    )
        .prop_map(|(chars, entities)| ParagraphInfo { chars, entities })
}

fn side() -> impl Strategy<Value = Vec<ParagraphInfo>> {
    prop::collection::vec(paragraph(), 0..200)
}

/// Checks the structural properties; returns a description of the first violation.
fn check(groups: &[Group], n: usize, m: usize) -> Result<(), String> {
    let (mut next_te, mut next_en) = (0, 0);
    for (k, g) in groups.iter().enumerate() {
        let (a, b) = (g.te.len(), g.en.len());
        let allowed = matches!((a, b), (1, 0) | (0, 1) | (1, 1..=3) | (2..=3, 1));
        if !allowed {
            return Err(format!("group {k} has shape {a}-{b}"));
        }
        if g.te != (next_te..next_te + a).collect::<Vec<_>>() {
            return Err(format!(
                "group {k} Telugu {:?} does not follow {next_te}",
                g.te
            ));
        }
        if g.en != (next_en..next_en + b).collect::<Vec<_>>() {
            return Err(format!(
                "group {k} English {:?} does not follow {next_en}",
                g.en
            ));
        }
        if !(0.0..=1.0).contains(&g.score) {
            return Err(format!("group {k} score {}", g.score));
        }
        next_te += a;
        next_en += b;
    }
    if (next_te, next_en) != (n, m) {
        return Err(format!(
            "covers {next_te}/{n} Telugu, {next_en}/{m} English"
        ));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn covers_everything_once_in_order(te in side(), en in side()) {
        let groups = align(&te, &en);
        if let Err(e) = check(&groups, te.len(), en.len()) {
            prop_assert!(false, "{e}\n{groups:?}");
        }
        prop_assert_eq!(align(&te, &en), groups, "not deterministic");
    }

    #[test]
    fn narrow_bands_and_odd_options_stay_valid(
        te in side(),
        en in side(),
        min_band in 0usize..4,
        three in any::<bool>(),
        temperature in 0.05f64..5.0,
    ) {
        let opts = AlignOptions {
            min_band,
            band_sqrt_factor: 0.0,
            cost_three: three.then_some(3.6),
            temperature,
            max_cells: 2_000,
            ..AlignOptions::default()
        };
        let groups = align_with(&te, &en, &opts);
        if let Err(e) = check(&groups, te.len(), en.len()) {
            prop_assert!(false, "{e}\n{groups:?}");
        }
        if !three {
            prop_assert!(groups.iter().all(|g| g.te.len() < 3 && g.en.len() < 3));
        }
    }

    /// With nothing to pair with, every paragraph is a gap of its own.
    #[test]
    fn one_empty_side_gives_only_gaps(te in side()) {
        let groups = align(&te, &[]);
        prop_assert_eq!(groups.len(), te.len());
        prop_assert!(groups.iter().all(|g| g.en.is_empty() && g.te.len() == 1));
        let groups = align(&[], &te);
        prop_assert!(groups.iter().all(|g| g.te.is_empty() && g.en.len() == 1));
    }
}

#[test]
fn the_checker_rejects_broken_alignments() {
    let g = |te: &[usize], en: &[usize]| Group {
        te: te.to_vec(),
        en: en.to_vec(),
        score: 0.5,
        manual: false,
    };
    assert!(check(&[g(&[0], &[0]), g(&[1], &[1])], 2, 2).is_ok());
    assert!(check(&[g(&[0], &[0])], 2, 1).is_err(), "paragraph left out");
    assert!(
        check(&[g(&[1], &[0]), g(&[0], &[1])], 2, 2).is_err(),
        "out of order"
    );
    assert!(
        check(&[g(&[0, 1], &[0, 1])], 2, 2).is_err(),
        "2-2 is not a shape"
    );
    assert!(check(&[g(&[], &[])], 0, 0).is_err(), "empty group");
    let mut bad = g(&[0], &[0]);
    bad.score = 1.5;
    assert!(check(&[bad], 1, 1).is_err(), "score out of range");
}
