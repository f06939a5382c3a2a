use super::*;
use proptest::prelude::*;

fn g(te: &[usize], en: &[usize]) -> Group {
    Group {
        te: te.to_vec(),
        en: en.to_vec(),
        score: 0.7,
        manual: false,
    }
}

fn shapes(groups: &[Group]) -> Vec<(Vec<usize>, Vec<usize>)> {
    groups
        .iter()
        .map(|g| (g.te.clone(), g.en.clone()))
        .collect()
}

fn s(te: &[usize], en: &[usize]) -> (Vec<usize>, Vec<usize>) {
    (te.to_vec(), en.to_vec())
}

/// Every paragraph of both sides exactly once, in order, and no empty group.
fn assert_valid(groups: &[Group], n: usize, m: usize) {
    for side in Side::BOTH {
        let all: Vec<usize> = groups.iter().flat_map(|g| g.side(side).to_vec()).collect();
        let want: Vec<usize> = (0..if side == Side::Te { n } else { m }).collect();
        assert_eq!(all, want, "{side:?} in {groups:?}");
    }
    assert!(groups.iter().all(|g| !g.te.is_empty() || !g.en.is_empty()));
}

#[test]
fn merge_joins_a_group_with_the_next_and_marks_it() {
    let mut groups = vec![g(&[0], &[0]), g(&[1], &[]), g(&[2], &[1])];
    apply(
        &mut groups,
        Edit::Merge {
            side: Side::Te,
            para: 1,
        },
    )
    .unwrap();
    assert_eq!(shapes(&groups), vec![s(&[0], &[0]), s(&[1, 2], &[1])]);
    assert!(groups[1].manual && !groups[0].manual);
    assert_eq!(groups[1].score, 1.0);
    assert_eq!(
        apply(
            &mut groups,
            Edit::Merge {
                side: Side::En,
                para: 1
            }
        ),
        Err(Refusal::NoNextGroup)
    );
    assert_eq!(
        apply(
            &mut groups,
            Edit::Merge {
                side: Side::En,
                para: 7
            }
        ),
        Err(Refusal::NoSuchParagraph)
    );
}

#[test]
fn split_divides_the_other_side_in_proportion() {
    let mut groups = vec![g(&[0, 1], &[0, 1])];
    apply(
        &mut groups,
        Edit::Split {
            side: Side::Te,
            para: 1,
        },
    )
    .unwrap();
    assert_eq!(shapes(&groups), vec![s(&[0], &[0]), s(&[1], &[1])]);
    assert!(groups.iter().all(|g| g.manual));

    let mut groups = vec![g(&[0], &[0, 1, 2])];
    apply(
        &mut groups,
        Edit::Split {
            side: Side::En,
            para: 2,
        },
    )
    .unwrap();
    assert_eq!(shapes(&groups), vec![s(&[0], &[0, 1]), s(&[], &[2])]);
    assert_eq!(
        apply(
            &mut groups,
            Edit::Split {
                side: Side::En,
                para: 2
            }
        ),
        Err(Refusal::AlreadyStartsGroup)
    );
}

#[test]
fn moving_takes_the_paragraphs_between_along() {
    let base = vec![g(&[0], &[0]), g(&[1, 2, 3], &[1]), g(&[4], &[2])];
    let mut groups = base.clone();
    apply(
        &mut groups,
        Edit::ToPrevious {
            side: Side::Te,
            para: 2,
        },
    )
    .unwrap();
    assert_eq!(
        shapes(&groups),
        vec![s(&[0, 1, 2], &[0]), s(&[3], &[1]), s(&[4], &[2])]
    );
    let mut groups = base.clone();
    apply(
        &mut groups,
        Edit::ToNext {
            side: Side::Te,
            para: 2,
        },
    )
    .unwrap();
    assert_eq!(
        shapes(&groups),
        vec![s(&[0], &[0]), s(&[1], &[1]), s(&[2, 3, 4], &[2])]
    );
    // A group left empty goes.
    let mut groups = base;
    apply(
        &mut groups,
        Edit::ToNext {
            side: Side::En,
            para: 0,
        },
    )
    .unwrap();
    apply(
        &mut groups,
        Edit::ToNext {
            side: Side::Te,
            para: 0,
        },
    )
    .unwrap();
    assert_eq!(
        shapes(&groups),
        vec![s(&[0, 1, 2, 3], &[0, 1]), s(&[4], &[2])]
    );
}

#[test]
fn moving_past_either_end_makes_a_group_of_its_own() {
    let mut groups = vec![g(&[0], &[0, 1])];
    apply(
        &mut groups,
        Edit::ToNext {
            side: Side::En,
            para: 1,
        },
    )
    .unwrap();
    assert_eq!(shapes(&groups), vec![s(&[0], &[0]), s(&[], &[1])]);
    assert_eq!(
        apply(
            &mut groups,
            Edit::ToNext {
                side: Side::En,
                para: 1
            }
        ),
        Err(Refusal::NothingToMove)
    );
    apply(
        &mut groups,
        Edit::ToPrevious {
            side: Side::Te,
            para: 0,
        },
    )
    .unwrap();
    assert_eq!(
        shapes(&groups),
        vec![s(&[0], &[]), s(&[], &[0]), s(&[], &[1])]
    );
}

#[test]
fn group_of_finds_paragraphs_across_one_sided_groups() {
    let groups = vec![g(&[0], &[]), g(&[], &[0]), g(&[1, 2], &[1]), g(&[], &[2])];
    assert_eq!(group_of(&groups, Side::Te, 0), Some(0));
    assert_eq!(group_of(&groups, Side::En, 0), Some(1));
    assert_eq!(group_of(&groups, Side::Te, 2), Some(2));
    assert_eq!(group_of(&groups, Side::En, 2), Some(3));
    assert_eq!(group_of(&groups, Side::Te, 3), None);
}

fn para(chars: usize) -> ParagraphInfo {
    ParagraphInfo {
        chars,
        entities: Vec::new(),
    }
}

#[test]
fn a_pin_holds_its_pair_together_and_the_rest_aligns_around_it() {
    let te: Vec<_> = [300, 120, 500, 250].iter().map(|&c| para(c)).collect();
    let en: Vec<_> = [280, 110, 470, 240].iter().map(|&c| para(c)).collect();
    let opts = AlignOptions::default();
    // Unpinned: 1-1 all the way.
    let (plain, refused) = align_pinned(&te, &en, &[], &opts);
    assert!(refused.is_empty());
    assert_eq!(plain, align_with(&te, &en, &opts));
    // Pin Telugu 1 to English 2: the paragraphs between go one-sided or join a neighbour.
    let (pinned, refused) = align_pinned(&te, &en, &[(1, 2)], &opts);
    assert!(refused.is_empty());
    assert_valid(&pinned, 4, 4);
    let at = group_of(&pinned, Side::Te, 1).unwrap();
    assert_eq!(s(&pinned[at].te, &pinned[at].en), s(&[1], &[2]));
    assert!(pinned[at].manual);
    // A crossing pin is refused; a repeated paragraph too; one out of range too.
    let (_, refused) = align_pinned(&te, &en, &[(1, 2), (2, 1), (1, 3), (9, 0)], &opts);
    assert_eq!(refused, vec![1, 2, 3]);
}

fn arb_groups() -> impl Strategy<Value = (Vec<Group>, usize, usize)> {
    // A random valid alignment: each step takes 0-2 paragraphs per side, not both 0.
    prop::collection::vec((0usize..3, 0usize..3), 0..12).prop_map(|steps| {
        let (mut t, mut e) = (0, 0);
        let mut groups = Vec::new();
        for (a, b) in steps {
            let (a, b) = if a == 0 && b == 0 { (1, 0) } else { (a, b) };
            groups.push(g(
                &(t..t + a).collect::<Vec<_>>(),
                &(e..e + b).collect::<Vec<_>>(),
            ));
            t += a;
            e += b;
        }
        (groups, t, e)
    })
}

fn arb_edit() -> impl Strategy<Value = Edit> {
    (0u8..4, any::<bool>(), 0usize..16).prop_map(|(kind, te, para)| {
        let side = if te { Side::Te } else { Side::En };
        match kind {
            0 => Edit::Merge { side, para },
            1 => Edit::Split { side, para },
            2 => Edit::ToPrevious { side, para },
            _ => Edit::ToNext { side, para },
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_edits_keep_a_valid_alignment(
        (groups, n, m) in arb_groups(),
        edits in prop::collection::vec(arb_edit(), 0..8),
    ) {
        let mut groups = groups;
        for edit in edits {
            let before = groups.clone();
            if apply(&mut groups, edit).is_err() {
                prop_assert_eq!(&groups, &before);
            }
            assert_valid(&groups, n, m);
        }
    }

    #[test]
    fn pins_always_give_a_valid_alignment_holding_each_kept_pin(
        te in prop::collection::vec(1usize..400, 0..10),
        en in prop::collection::vec(1usize..400, 0..10),
        pins in prop::collection::vec((0usize..12, 0usize..12), 0..4),
    ) {
        let te: Vec<_> = te.into_iter().map(para).collect();
        let en: Vec<_> = en.into_iter().map(para).collect();
        let (groups, refused) = align_pinned(&te, &en, &pins, &AlignOptions::default());
        assert_valid(&groups, te.len(), en.len());
        for (i, &(t, e)) in pins.iter().enumerate() {
            if !refused.contains(&i) {
                let at = group_of(&groups, Side::Te, t);
                prop_assert!(at.is_some_and(|g| groups[g].te == [t] && groups[g].en == [e]));
            }
        }
    }
}
