//! Alignment of the bundled sample: real paragraph lengths, hand-listed entities.

use tandem::core::align::{align, Group, ParagraphInfo};
use tandem::core::sample::sample_pair;

// Entity ids for the names the sample's paragraphs mention.
const BLINKEN: usize = 0;
const NORTH_KOREA: usize = 1;
const RUSSIA: usize = 2;
const UNITED_STATES: usize = 3;
const SEOUL: usize = 4;
const PYONGYANG: usize = 5;
const MOSCOW: usize = 6;
const SOUTH_KOREA: usize = 7;

/// One id per mention, in reading order, from reading assets/sample.te.txt. The Telugu
/// paragraphs also name బిడెన్ (Biden), which has no English mention and so no shared id.
fn te_entities() -> Vec<Vec<usize>> {
    vec![
        // యుఎస్ ... బ్లింకెన్ ఉత్తర కొరియాతో ... రష్యా ... సియోల్కు ... బ్లింకెన్ ... ప్యోంగ్యాంగ్కు
        // ... మాస్కో ... యునైటెడ్ స్టేట్స్ ... ఉత్తర కొరియా ... దక్షిణ కొరియాకు బ్లింకెన్
        vec![
            UNITED_STATES,
            BLINKEN,
            NORTH_KOREA,
            RUSSIA,
            SEOUL,
            PYONGYANG,
            MOSCOW,
            UNITED_STATES,
            BLINKEN,
            NORTH_KOREA,
            SOUTH_KOREA,
            BLINKEN,
        ],
        // రష్యా ఉత్తర కొరియాకు ... ప్యోంగ్యాంగ్ ... బ్లింకెన్ ... రష్యా ... ఉత్తర కొరియా ... ఉత్తర కొరియాను
        vec![
            RUSSIA,
            NORTH_KOREA,
            PYONGYANG,
            BLINKEN,
            RUSSIA,
            NORTH_KOREA,
            NORTH_KOREA,
        ],
        // ఉత్తర కొరియా ... రష్యాతో ... బ్లింకెన్ ... ఉత్తర కొరియాను ... US ... ఉత్తర కొరియా ...
        // యునైటెడ్ స్టేట్స్
        vec![
            NORTH_KOREA,
            RUSSIA,
            BLINKEN,
            NORTH_KOREA,
            UNITED_STATES,
            NORTH_KOREA,
            UNITED_STATES,
        ],
        // ఉత్తర కొరియా ... ఉత్తర కొరియా ... యునైటెడ్ స్టేట్స్
        vec![NORTH_KOREA, NORTH_KOREA, UNITED_STATES],
    ]
}

/// The same for assets/sample.en.txt ("U.S." counts as the United States; "the Democratic
/// People's Republic of Korea (DPRK)" as North Korea).
fn en_entities() -> Vec<Vec<usize>> {
    vec![
        // Title: U.S. ... Russia's ... North Korea
        vec![UNITED_STATES, RUSSIA, NORTH_KOREA],
        // U.S. ... Blinken ... Russia's ... North Korea ... Russia ... North Korea's (Ukraine)
        vec![
            UNITED_STATES,
            BLINKEN,
            RUSSIA,
            NORTH_KOREA,
            RUSSIA,
            NORTH_KOREA,
        ],
        // Seoul, Blinken ... (DPRK) ... Russia ... Moscow ... Pyongyang
        vec![SEOUL, BLINKEN, NORTH_KOREA, RUSSIA, MOSCOW, PYONGYANG],
        // Blinken ... U.S. (United Nations) ... U.S. ... Russia ... North Korea ... North Korea's
        // ... Blinken's ... South Korea
        vec![
            BLINKEN,
            UNITED_STATES,
            UNITED_STATES,
            RUSSIA,
            NORTH_KOREA,
            NORTH_KOREA,
            BLINKEN,
            SOUTH_KOREA,
        ],
        // North Korea's ... United States ... Russia ... North Korea ... North Korea
        vec![NORTH_KOREA, UNITED_STATES, RUSSIA, NORTH_KOREA, NORTH_KOREA],
        // North Korea ... Russia
        vec![NORTH_KOREA, RUSSIA],
        // United States ... Russia ... North Korea (East Asia)
        vec![UNITED_STATES, RUSSIA, NORTH_KOREA],
    ]
}

fn infos() -> (Vec<ParagraphInfo>, Vec<ParagraphInfo>) {
    let pair = sample_pair();
    let side = |doc: &tandem::Document, entities: Vec<Vec<usize>>| -> Vec<ParagraphInfo> {
        assert_eq!(doc.paragraphs.len(), entities.len());
        (0..doc.paragraphs.len())
            .zip(entities)
            .map(|(k, entities)| ParagraphInfo {
                chars: doc.paragraph(k).chars().count(),
                entities,
            })
            .collect()
    };
    (side(&pair.te, te_entities()), side(&pair.en, en_entities()))
}

/// Rarity-weighted overlap of every (Telugu, English) paragraph pair, with the same idf as the
/// aligner (`ln(N / df)` over the paragraphs of both sides), computed independently here.
fn overlap(te: &[ParagraphInfo], en: &[ParagraphInfo]) -> Vec<Vec<f64>> {
    let total = (te.len() + en.len()) as f64;
    let distinct = |p: &ParagraphInfo| {
        let mut ids = p.entities.clone();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let idf = |e: usize| {
        let df = te
            .iter()
            .chain(en)
            .filter(|p| p.entities.contains(&e))
            .count();
        (total / df as f64).ln()
    };
    te.iter()
        .map(|t| {
            en.iter()
                .map(|x| {
                    let ids = distinct(x);
                    distinct(t)
                        .into_iter()
                        .filter(|e| ids.contains(e))
                        .map(idf)
                        .sum()
                })
                .collect()
        })
        .collect()
}

/// The index of the unique maximum, if there is one.
fn unique_argmax(values: impl Iterator<Item = f64>) -> Option<usize> {
    let values: Vec<f64> = values.collect();
    let best = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let at: Vec<usize> = (0..values.len()).filter(|&k| values[k] == best).collect();
    (at.len() == 1 && best > 0.0).then(|| at[0])
}

fn group_of_te(groups: &[Group], p: usize) -> &Group {
    match groups.iter().find(|g| g.te.contains(&p)) {
        Some(g) => g,
        None => panic!("Telugu paragraph {p} is in no group: {groups:?}"),
    }
}

/// A Telugu and an English paragraph that are each other's strongest entity match (by
/// rarity-weighted overlap, no ties) end up in one group. In the sample that is Telugu 0 and
/// English 2 (Seoul, Moscow, Pyongyang, Blinken); the other paragraphs name only the entities
/// every paragraph names, so there the lengths and the order decide.
#[test]
fn mutual_best_entity_matches_share_a_group() {
    let (te, en) = infos();
    let groups = align(&te, &en);
    let w = overlap(&te, &en);
    let mut checked = 0;
    for p in 0..te.len() {
        let Some(q) = unique_argmax(w[p].iter().copied()) else {
            continue;
        };
        if unique_argmax(w.iter().map(|row| row[q])) != Some(p) {
            continue;
        }
        assert!(
            group_of_te(&groups, p).en.contains(&q),
            "te {p} en {q}: {groups:?}"
        );
        checked += 1;
    }
    assert!(checked >= 1, "the sample must have a mutual best match");
}

#[test]
fn sample_alignment_follows_the_story() {
    let (te, en) = infos();
    let groups = align(&te, &en);
    // Telugu 0 tells what English 1 and 2 tell (the warning, the press briefing in Seoul).
    let first = group_of_te(&groups, 0);
    assert!(first.en.contains(&1) && first.en.contains(&2), "{groups:?}");
    // The English headline stays at the top: alone, or with the first Telugu paragraph.
    assert!(groups[0].en.contains(&0), "{groups:?}");
    assert!(groups[0].te.is_empty() || groups[0].te == [0], "{groups:?}");
    // Every Telugu paragraph has English text beside it; the last pairs with the conclusion.
    for p in 0..te.len() {
        assert!(!group_of_te(&groups, p).en.is_empty(), "{groups:?}");
    }
    assert!(group_of_te(&groups, 3).en.contains(&6), "{groups:?}");
    assert!(groups.iter().all(|g| (0.0..=1.0).contains(&g.score)));
    assert!(first.score > 0.5, "{groups:?}");
}
