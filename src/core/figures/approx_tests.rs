//! Approximate figures (issue 21): hedged or rounded figures against precise ones, in both
//! scripts and both digit systems, Indian and international grouping and scale words.

use super::hedge::{is_rounded, rounding_unit};
use super::*;
use crate::core::align::Group;

fn doc(text: &str) -> Document {
    Document::from_text("t", text.to_string())
}

/// The statuses of a one-paragraph Telugu text against a one-paragraph English text.
fn statuses(te: &str, en: &str) -> Vec<Status> {
    let docs = Pair::new(doc(te), doc(en));
    let groups = [Group {
        te: vec![0],
        en: vec![0],
        score: 1.0,
        manual: false,
    }];
    let figs = docs.as_ref().map(|_, d| extract(d));
    check(&figs, &groups)
        .into_iter()
        .map(|f| f.status)
        .collect()
}

fn hedged(text: &str) -> Vec<bool> {
    extract(&doc(text)).into_iter().map(|f| f.hedged).collect()
}

use Status::*;

#[test]
fn hedge_words_in_both_languages() {
    for en in [
        "about 1.5 lakh people",
        "nearly 150,000 people",
        "around 300 runs",
        "some 40 km",
        "over 2 million",
        "almost 12%",
        "roughly 5,000",
        "more than 1,000",
        "close to  200",
    ] {
        assert_eq!(hedged(en), [true], "{en}");
    }
    for te in [
        "దాదాపు 1.5 లక్షల మంది",
        "సుమారు ౩౦౦ పరుగులు",
        "సుమారుగా 40 కిలోమీటర్లు",
        "దాదాపుగా 12 శాతం",
        "10 వేలకు పైగా మంది",
        "1,000 కంటే ఎక్కువ",
        "౫౦౦ మందికి పైగా",
    ] {
        assert_eq!(hedged(te), [true], "{te}");
    }
    for plain in ["1,47,000 people", "28 runs", "someone 40", "38 పరుగుల"] {
        assert_eq!(hedged(plain), [false], "{plain}");
    }
}

#[test]
fn rounding_units_read_the_last_significant_digit() {
    assert_eq!(rounding_unit(150_000.0), 10_000.0);
    assert_eq!(rounding_unit(147_000.0), 1_000.0);
    assert_eq!(rounding_unit(147.0), 1.0);
    assert!((rounding_unit(1.5) - 0.1).abs() < 1e-12);
    assert!(is_rounded(1.5e5) && is_rounded(2e9));
    assert!(!is_rounded(28.0) && !is_rounded(1_234.0) && !is_rounded(30.0));
}

#[test]
fn a_hedged_or_rounded_figure_near_a_precise_one_is_approx() {
    // Indian grouping against lakh, international against a hedge, in both directions.
    assert_eq!(
        statuses("1,47,000 మంది వచ్చారు.", "About 1.5 lakh people came."),
        [Approx],
        "{}",
        "About 1.5 lakh people came."
    );
    assert_eq!(
        statuses("దాదాపు 1.5 లక్షల మంది వచ్చారు.", "147,000 people came."),
        [Approx],
        "{}",
        "147,000 people came."
    );
    assert_eq!(
        statuses("౧,౪౭,౦౦౦ మంది వచ్చారు.", "Nearly 150,000 people came."),
        [Approx],
        "{}",
        "Nearly 150,000 people came."
    );
    // Crore against million and billion.
    assert_eq!(
        statuses("సుమారు రూ.1,200 కోట్లు.", "Rs 12.3 billion."),
        [Approx],
        "{}",
        "Rs 12.3 billion."
    );
    assert_eq!(
        statuses("2.4 కోట్ల మంది", "nearly 23.8 million people"),
        [Approx],
        "{}",
        "nearly 23.8 million people"
    );
    // A hedge on a small figure allows the whole unit, at most a tenth.
    assert_eq!(
        statuses("సుమారు 30 శాతం", "29 per cent"),
        [Approx],
        "{}",
        "29 per cent"
    );
    assert_eq!(
        statuses("10 వేలకు పైగా మంది", "10,400 people"),
        [Approx],
        "{}",
        "10,400 people"
    );
}

#[test]
fn precise_or_distant_figures_stay_mismatched_or_matched() {
    // Neither hedged nor rounded: a mismatch, however close.
    assert_eq!(
        statuses("38 పరుగుల", "28 runs"),
        [Mismatch],
        "{}",
        "28 runs"
    );
    assert_eq!(
        statuses("1,47,000 మంది", "1,48,000 people"),
        [Mismatch],
        "{}",
        "1,48,000 people"
    );
    // Hedged but too far apart.
    assert_eq!(
        statuses("దాదాపు 28 పరుగులు", "38 runs"),
        [Mismatch],
        "{}",
        "38 runs"
    );
    assert_eq!(
        statuses("2 మిలియన్లు", "about 2.4 million"),
        [Mismatch],
        "{}",
        "about 2.4 million"
    );
    assert_eq!(
        statuses("1.5 లక్షల మంది", "100,000 people"),
        [Mismatch],
        "{}",
        "100,000 people"
    );
    assert_eq!(
        statuses("౭౫ శాతం", "Some 80 per cent"),
        [Mismatch],
        "{}",
        "some 80 per cent"
    );
    // The same value is a plain match, hedged or not.
    assert_eq!(
        statuses("దాదాపు 1.5 లక్షల మంది", "1.5 lakh people"),
        [Matched],
        "{}",
        "1.5 lakh people"
    );
    // Years and dates are never approximate.
    assert_eq!(
        statuses("సుమారు 2000లో", "about 2010"),
        [Mismatch],
        "{}",
        "about 2010"
    );
}

#[test]
fn approx_is_listed_but_not_flagged() {
    assert!(!Approx.is_flagged());
    assert_eq!(Approx.words(), "approx");
    assert_eq!(serde_json::to_string(&Approx).unwrap(), "\"approx\"");
}
