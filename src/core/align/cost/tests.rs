//! Unit tests of the cost pieces: idf weights, length term, entity term, ratio estimation.

use super::*;
use crate::core::align::stats::{LengthStats, MIN_S2};
use crate::core::align::tables::{SideTables, Tables};
use crate::core::align::ParagraphInfo;

fn para(chars: usize, entities: &[usize]) -> ParagraphInfo {
    ParagraphInfo {
        chars,
        entities: entities.to_vec(),
    }
}

/// The entity term of Telugu `te..te + a` against English `en..en + b`.
fn ent(model: &Model, te: usize, a: usize, en: usize, b: usize) -> f64 {
    model.entity_cost(
        &model.tables.te.window(te, a),
        &model.tables.en.window(en, b),
    )
}

fn stats(ratio: f64, s2: f64) -> LengthStats {
    LengthStats { ratio, s2 }
}

#[test]
fn idf_weighs_rare_entities_and_ignores_ubiquitous_ones() {
    // Entity 7 is in all four paragraphs, entity 9 in one per side, entity 5 repeated.
    let te = [para(10, &[7, 9, 9]), para(10, &[7])];
    let en = [para(10, &[7, 9]), para(10, &[7, 5])];
    let t = Tables::new(&te, &en);
    let weight = |side: &SideTables, k: usize| side.window(k, 1).weight;
    assert!(
        (weight(&t.te, 0) - 2f64.ln()).abs() < 1e-12,
        "only 9 counts"
    );
    assert_eq!(weight(&t.te, 1), 0.0, "7 is everywhere");
    assert!(
        (weight(&t.en, 1) - 4f64.ln()).abs() < 1e-12,
        "5 is in one of four"
    );
    // Windows of two paragraphs take the union once.
    assert!((t.en.window(0, 2).weight - (2f64.ln() + 4f64.ln())).abs() < 1e-12);
}

#[test]
fn length_term_is_zero_on_the_ratio_and_grows_with_the_mismatch() {
    let t = Tables::new(&[para(100, &[])], &[para(100, &[])]);
    let opts = AlignOptions::default();
    let model = Model::new(&t, stats(0.5, 10.0), &opts);
    assert_eq!(model.length_cost(200.0, 100.0), 0.0);
    let near = model.length_cost(200.0, 110.0);
    let far = model.length_cost(200.0, 150.0);
    assert!(0.0 < near && near < far, "{near} {far}");
    // delta^2/2 with mean 105 and s2 10: 100 / 1050 / 2.
    assert!((near - 100.0 / 1050.0 / 2.0).abs() < 1e-12);
    assert_eq!(model.length_cost(200.0, 100_000.0), opts.length_cost_cap);
    // Empty paragraphs do not divide by zero.
    assert!(model.length_cost(0.0, 0.0).is_finite());
}

#[test]
fn shared_rare_entities_lower_the_cost_and_unshared_ones_raise_it() {
    let te = [para(100, &[1, 2]), para(100, &[3])];
    let en = [para(100, &[3]), para(100, &[1, 2])];
    let t = Tables::new(&te, &en);
    let opts = AlignOptions::default();
    let model = Model::new(&t, stats(1.0, 10.0), &opts);
    let matching = ent(&model, 0, 1, 1, 1);
    let crossing = ent(&model, 0, 1, 0, 1);
    assert!(matching < 0.0, "{matching}");
    assert!(crossing > 0.0, "{crossing}");
    // Two shared entities say more than one.
    assert!(matching < ent(&model, 1, 1, 0, 1));
    // Skipping a paragraph forfeits its entities; one without any is free.
    assert!(ent(&model, 0, 1, 0, 0) > 0.0);
    let bare = Tables::new(&[para(5, &[])], &[para(5, &[])]);
    let bare_model = Model::new(&bare, stats(1.0, 10.0), &opts);
    assert_eq!(ent(&bare_model, 0, 1, 0, 0), 0.0);
    assert_eq!(bare_model.cost(0, 1, 0, 0), opts.cost_skip);
}

#[test]
fn entity_ids_far_apart_do_not_collide() {
    // Ids chosen to share low bits; the signature must not hide a real match nor invent one.
    let te = [para(10, &[64]), para(10, &[])];
    let en = [para(10, &[64, 128]), para(10, &[0])];
    let t = Tables::new(&te, &en);
    let opts = AlignOptions::default();
    let model = Model::new(&t, stats(1.0, 10.0), &opts);
    assert!(ent(&model, 0, 1, 0, 1) < 0.0);
    assert!(ent(&model, 0, 1, 1, 1) > 0.0);
}

#[test]
fn shared_weight_walks_sorted_lists() {
    let idf = [1.0, 2.0, 4.0, 8.0, 16.0];
    assert_eq!(shared_weight(&[0, 2, 4], &[1, 2, 3, 4], &idf), 20.0);
    assert_eq!(shared_weight(&[], &[1], &idf), 0.0);
}

#[test]
fn ratio_starts_from_totals_and_refines_without_outliers() {
    // English is half as long, except one English paragraph with no counterpart.
    let te: Vec<_> = [200, 300, 400, 100].iter().map(|&c| para(c, &[])).collect();
    let en: Vec<_> = [100, 150, 2000, 200, 50]
        .iter()
        .map(|&c| para(c, &[]))
        .collect();
    let t = Tables::new(&te, &en);
    let first = LengthStats::initial(&t);
    assert!((first.ratio - 2500.0 / 1000.0).abs() < 1e-12);
    assert!(first.s2 >= MIN_S2);
    let path = [
        Step {
            te: 0,
            te_len: 1,
            en: 0,
            en_len: 1,
        },
        Step {
            te: 1,
            te_len: 1,
            en: 1,
            en_len: 1,
        },
        Step {
            te: 2,
            te_len: 0,
            en: 2,
            en_len: 1,
        },
        Step {
            te: 2,
            te_len: 1,
            en: 3,
            en_len: 1,
        },
        Step {
            te: 3,
            te_len: 1,
            en: 4,
            en_len: 1,
        },
    ];
    let refined = first.refine(&t, &path);
    assert!((refined.ratio - 0.5).abs() < 1e-12, "{refined:?}");
    assert_eq!(refined.s2, MIN_S2, "exact matches leave only the floor");
    // Too few matched groups keep the first estimate.
    assert_eq!(first.refine(&t, &path[..2]), first);
}

#[test]
fn zero_length_sides_get_a_neutral_ratio() {
    let t = Tables::new(&[para(0, &[])], &[para(0, &[])]);
    let s = LengthStats::initial(&t);
    assert_eq!(s.ratio, 1.0);
    assert!(s.s2.is_finite() && s.s2 > 0.0);
}
