//! Alignment of synthetic pairs whose right answer is known: entities against lengths, a missing
//! paragraph, a split paragraph, a headline, empty sides, and a path far from the diagonal.

use tandem::core::align::{align, align_with, AlignOptions, Group, ParagraphInfo};

fn para(chars: usize, entities: &[usize]) -> ParagraphInfo {
    ParagraphInfo {
        chars,
        entities: entities.to_vec(),
    }
}

fn plain(lengths: &[usize]) -> Vec<ParagraphInfo> {
    lengths.iter().map(|&c| para(c, &[])).collect()
}

/// Groups as (te, en) index lists, for readable assertions.
fn shapes(groups: &[Group]) -> Vec<(Vec<usize>, Vec<usize>)> {
    groups
        .iter()
        .map(|g| (g.te.clone(), g.en.clone()))
        .collect()
}

fn group_of_te(groups: &[Group], p: usize) -> &Group {
    match groups.iter().find(|g| g.te.contains(&p)) {
        Some(g) => g,
        None => panic!("Telugu paragraph {p} is in no group: {groups:?}"),
    }
}

#[test]
fn shared_rare_entities_override_length() {
    // By length, Telugu 1 (600) matches English 1 (600) and English 2 (450) has no partner.
    let lengths_te = [200, 600, 200];
    let lengths_en = [200, 600, 450, 200];
    let control = align(&plain(&lengths_te), &plain(&lengths_en));
    let g = group_of_te(&control, 1);
    assert!(g.en.contains(&1) && !g.en.contains(&2), "{control:?}");

    // Telugu 1 names two rare entities that only English 2 names: they belong together.
    let te = [para(200, &[1]), para(600, &[10, 11, 1]), para(200, &[2])];
    let en = [
        para(200, &[1]),
        para(600, &[1]),
        para(450, &[11, 10]),
        para(200, &[2]),
    ];
    let groups = align(&te, &en);
    let g = group_of_te(&groups, 1);
    assert!(g.en.contains(&2), "{groups:?}");
    assert!(!g.en.contains(&1), "{groups:?}");
}

#[test]
fn a_missing_paragraph_stands_alone() {
    // English is about half as long; Telugu 1 has no English counterpart.
    let te = plain(&[400, 900, 300, 700, 500]);
    let en = plain(&[210, 140, 360, 240]);
    let groups = align(&te, &en);
    assert_eq!(
        shapes(&groups),
        vec![
            (vec![0], vec![0]),
            (vec![1], vec![]),
            (vec![2], vec![1]),
            (vec![3], vec![2]),
            (vec![4], vec![3]),
        ]
    );
    // Same with entities, on the English side this time.
    let te = [para(300, &[1]), para(300, &[2]), para(300, &[3])];
    let en = [
        para(320, &[1]),
        para(500, &[]),
        para(280, &[2]),
        para(310, &[3]),
    ];
    let groups = align(&te, &en);
    assert_eq!(
        shapes(&groups),
        vec![
            (vec![0], vec![0]),
            (vec![], vec![1]),
            (vec![1], vec![2]),
            (vec![2], vec![3]),
        ]
    );
}

#[test]
fn a_split_paragraph_becomes_one_to_two() {
    let te = plain(&[400, 1000, 300]);
    let en = plain(&[200, 260, 240, 150]);
    assert_eq!(
        shapes(&align(&te, &en)),
        vec![
            (vec![0], vec![0]),
            (vec![1], vec![1, 2]),
            (vec![2], vec![3])
        ]
    );
    // And the other way round, helped by entities.
    let te = [
        para(200, &[1]),
        para(250, &[5]),
        para(250, &[6]),
        para(300, &[2]),
    ];
    let en = [para(190, &[1]), para(480, &[5, 6]), para(310, &[2])];
    assert_eq!(
        shapes(&align(&te, &en)),
        vec![
            (vec![0], vec![0]),
            (vec![1, 2], vec![1]),
            (vec![3], vec![2])
        ]
    );
}

#[test]
fn a_headline_does_not_shift_the_body() {
    let te = plain(&[600, 500, 550, 620, 480]);
    // A 60-character title, then the body at a 0.6 ratio.
    let en = plain(&[60, 360, 310, 320, 380, 290]);
    let groups = align(&te, &en);
    assert!(groups[0].en.contains(&0), "{groups:?}");
    for p in 0..te.len() {
        assert!(group_of_te(&groups, p).en.contains(&(p + 1)), "{groups:?}");
    }
    // The body pairs are sure of themselves.
    assert!(
        groups.iter().filter(|g| !g.is_gap()).all(|g| g.score > 0.5),
        "{groups:?}"
    );
}

#[test]
fn empty_sides() {
    assert!(align(&[], &[]).is_empty());
    let groups = align(&plain(&[10, 0, 30]), &[]);
    assert_eq!(
        shapes(&groups),
        vec![(vec![0], vec![]), (vec![1], vec![]), (vec![2], vec![])]
    );
    assert!(groups.iter().all(|g| (g.score - 1.0).abs() < 1e-9));
    let groups = align(&[], &[para(5, &[1, 1])]);
    assert_eq!(shapes(&groups), vec![(vec![], vec![0])]);
    // Zero-length paragraphs on both sides still give a valid alignment.
    let groups = align(&plain(&[0, 0]), &plain(&[0, 0, 0]));
    let te: Vec<usize> = groups.iter().flat_map(|g| g.te.clone()).collect();
    let en: Vec<usize> = groups.iter().flat_map(|g| g.en.clone()).collect();
    assert_eq!((te, en), (vec![0, 1], vec![0, 1, 2]));
}

/// English opens with 60 long paragraphs the Telugu article does not have, so the true path
/// runs far from the length diagonal: the band must widen to find it, and the result must be
/// the one a search of the whole matrix finds.
#[test]
fn the_band_widens_to_follow_a_path_far_from_the_diagonal() {
    let n = 300;
    let te: Vec<_> = (0..n).map(|k| para(200 + (k * 37) % 300, &[k])).collect();
    let en: Vec<_> = (0..60)
        .map(|k| para(900, &[10_000 + k]))
        .chain((0..n).map(|k| para(200 + (k * 37) % 300, &[k])))
        .collect();
    let groups = align(&te, &en);
    for p in 0..n {
        assert_eq!(group_of_te(&groups, p).en, vec![p + 60], "{p}");
    }
    let full = AlignOptions {
        min_band: 10_000,
        ..AlignOptions::default()
    };
    assert_eq!(shapes(&align_with(&te, &en, &full)), shapes(&groups));
}

#[test]
fn three_shapes_can_be_turned_off() {
    let te = plain(&[900]);
    let en = plain(&[300, 300, 300]);
    let with = align(&te, &en);
    assert_eq!(shapes(&with), vec![(vec![0], vec![0, 1, 2])]);
    let opts = AlignOptions {
        cost_three: None,
        ..AlignOptions::default()
    };
    let without = align_with(&te, &en, &opts);
    assert!(
        without.iter().all(|g| g.te.len() <= 2 && g.en.len() <= 2),
        "{without:?}"
    );
}
