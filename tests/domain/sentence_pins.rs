//! Hand pins on top of sentence-led paragraph groups (issue 18): replaying a pin aligns the
//! sentences again around it, the pinned paragraphs form one manual group, and every sentence
//! group stays inside one paragraph group.

use std::collections::HashMap;
use tandem::core::align::Group;
use tandem::core::analysis::Analysis;
use tandem::core::review::{apply_to_analysis, AlignmentEdit, ArticlePrint, ParagraphFinder};
use tandem::{Document, Pair, Side};

/// A small comparable pair: the English has a paragraph the Telugu lacks (the second), and the
/// Telugu's last paragraph tells what the English's last does.
fn pair() -> Pair<Document> {
    let te = "హైదరాబాద్‌లో సోమవారం 42 మిల్లీమీటర్ల వర్షం కురిసింది. నగరంలో ట్రాఫిక్ నిలిచిపోయింది.\n\n\
              జీహెచ్ఎంసీ 120 బృందాలను పంపింది. మంగళవారం కూడా వర్షాలు కురుస్తాయని IMD తెలిపింది.\n\n\
              గత ఏడాది ఇదే నెలలో 18 మిల్లీమీటర్ల వర్షం నమోదైంది.";
    let en = "Hyderabad received 42 millimetres of rain on Monday. Traffic came to a halt across the city.\n\n\
              Schools in several districts were closed as a precaution, officials said.\n\n\
              The GHMC sent 120 teams. The IMD said rain would continue on Tuesday.\n\n\
              In the same month last year, 18 millimetres of rain were recorded.";
    Pair::new(
        Document::from_text("te.txt", te.to_string()),
        Document::from_text("en.txt", en.to_string()),
    )
}

/// The paragraph group of each sentence of `side`, by the sentence's paragraph.
fn owners(a: &Analysis, side: Side) -> Vec<Option<usize>> {
    let mut by_para: HashMap<usize, usize> = HashMap::new();
    for (k, g) in a.alignment.iter().enumerate() {
        for &p in g.side(side) {
            by_para.insert(p, k);
        }
    }
    a.sentences[side]
        .iter()
        .map(|s| by_para.get(&s.paragraph).copied())
        .collect()
}

/// Every sentence in exactly one sentence group, in order, and no sentence group across two
/// paragraph groups.
fn assert_consistent(a: &Analysis) {
    for side in Side::BOTH {
        let seen: Vec<usize> = a
            .sentence_alignment
            .iter()
            .flat_map(|g| g.side(side).iter().copied())
            .collect();
        assert_eq!(seen, (0..a.sentences[side].len()).collect::<Vec<_>>());
    }
    let (te, en) = (owners(a, Side::Te), owners(a, Side::En));
    for g in &a.sentence_alignment {
        let mut groups =
            g.te.iter()
                .map(|&i| te[i])
                .chain(g.en.iter().map(|&i| en[i]));
        let first = groups.next().flatten();
        assert!(groups.all(|o| o == first), "{g:?} in {:?}", a.alignment);
    }
}

fn shapes(groups: &[Group]) -> Vec<(Vec<usize>, Vec<usize>)> {
    groups
        .iter()
        .map(|g| (g.te.clone(), g.en.clone()))
        .collect()
}

#[test]
fn the_machine_groups_follow_the_sentences() {
    let docs = pair();
    let a = Analysis::build(&docs);
    assert_consistent(&a);
    assert_eq!(
        shapes(&a.alignment),
        [
            (vec![0], vec![0]),
            (vec![], vec![1]),
            (vec![1], vec![2]),
            (vec![2], vec![3])
        ]
    );
}

#[test]
fn a_pin_realigns_the_sentences_around_it() {
    let docs = pair();
    let machine = Analysis::build(&docs);
    let prints = Pair::from_fn(|side| ArticlePrint::of_document(&docs[side]));
    let finder = ParagraphFinder::new(&prints);
    // The reviewer says the Telugu second paragraph tells the English second (which the
    // aligner left alone).
    let pin = |te, en| AlignmentEdit::Pin {
        te: finder.name(Side::Te, te).expect("paragraph"),
        en: finder.name(Side::En, en).expect("paragraph"),
    };
    let mut a = machine.clone();
    assert_eq!(apply_to_analysis(&mut a, &docs, &[pin(1, 1)], &prints), 0);
    assert_consistent(&a);
    let pinned = a
        .alignment
        .iter()
        .find(|g| g.manual)
        .expect("a manual group");
    assert_eq!((pinned.te.clone(), pinned.en.clone()), (vec![1], vec![1]));
    assert_eq!(pinned.score, 1.0);
    // Before the pin the first paragraphs still pair; after it, English 2 has no Telugu left
    // and the last paragraphs pair again.
    assert_eq!(shapes(&a.alignment)[0], (vec![0], vec![0]));
    assert_eq!(
        shapes(
            a.alignment
                .last()
                .map(std::slice::from_ref)
                .unwrap_or_default()
        ),
        [(vec![2], vec![3])]
    );
    assert!(a.alignment.iter().any(|g| g.te.is_empty() && g.en == [2]));
    // The sentences of the pinned paragraphs were aligned with each other only.
    let (te, en) = (owners(&a, Side::Te), owners(&a, Side::En));
    let k = a.alignment.iter().position(|g| g.manual);
    for g in &a.sentence_alignment {
        let inside = g.te.iter().any(|&i| te[i] == k) || g.en.iter().any(|&i| en[i] == k);
        if inside {
            assert!(g.te.iter().all(|&i| te[i] == k) && g.en.iter().all(|&i| en[i] == k));
        }
    }
    // A crossing pin is refused and counted.
    let mut b = machine.clone();
    assert_eq!(
        apply_to_analysis(&mut b, &docs, &[pin(2, 0), pin(0, 3)], &prints),
        1
    );
    assert_consistent(&b);
}
