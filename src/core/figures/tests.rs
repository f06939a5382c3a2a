//! Figures and quotes on pairs of sentences written for these tests, in both digit systems.

use super::*;
use crate::core::align::Group;
use proptest::prelude::*;

fn doc(text: &str) -> Document {
    Document::from_text("t", text.to_string())
}

/// (text, kind, value, unit, month) of a figure.
type Seen = (String, FigureKind, f64, Option<Unit>, Option<u8>);

/// What each figure of `text` is.
fn figs(text: &str) -> Vec<Seen> {
    extract(&doc(text))
        .into_iter()
        .map(|f| (f.text, f.kind, f.value, f.unit, f.month))
        .collect()
}

fn one(text: &str) -> Seen {
    let mut all = figs(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

use FigureKind::*;

#[test]
fn plain_numbers_years_and_decimals() {
    assert_eq!(
        one("chasing 340, they"),
        ("340".into(), Number, 340.0, None, None)
    );
    assert_eq!(one("in 2024."), ("2024".into(), Year, 2024.0, None, None));
    assert_eq!(
        one("2024లో జరిగింది"),
        ("2024".into(), Year, 2024.0, None, None)
    );
    assert_eq!(one("౨౦౨౪లో"), ("౨౦౨౪".into(), Year, 2024.0, None, None));
    assert_eq!(
        one("grew 3.5 times"),
        ("3.5".into(), Number, 3.5, None, None)
    );
    assert_eq!(
        one("1,250 were"),
        ("1,250".into(), Number, 1250.0, None, None)
    );
    assert_eq!(one("10,00,000 మంది").2, 1e6);
}

#[test]
fn percentages_in_every_spelling() {
    for text in [
        "up 12.5%",
        "up 12.5 %",
        "up 12.5 per cent",
        "up 12.5 percent",
    ] {
        assert_eq!(one(text).1, Percent, "{text}");
        assert_eq!(one(text).2, 12.5, "{text}");
    }
    assert_eq!(
        one("12.5 శాతం పెరిగింది"),
        ("12.5 శాతం".into(), Percent, 12.5, None, None)
    );
    assert_eq!(one("౧౨ శాతానికి").2, 12.0);
}

#[test]
fn scale_words_normalise_across_languages() {
    let million = one("1.5 million people");
    let lakh = one("15 లక్షల మంది");
    assert_eq!(million.2, 1.5e6);
    assert_eq!(lakh.2, 1.5e6);
    assert_eq!((million.1, million.3), (Amount, Some(Unit::People)));
    assert_eq!((lakh.1, lakh.3), (Amount, Some(Unit::People)));
    assert_eq!(
        one("Rs 500 crore"),
        ("Rs 500 crore".into(), Amount, 5e9, Some(Unit::Rupees), None)
    );
    assert_eq!(one("రూ.500 కోట్లు").2, 5e9);
    assert_eq!(one("500 కోట్ల రూపాయలు").3, Some(Unit::Rupees));
    assert_eq!(one("$2 billion").2, 2e9);
    assert_eq!(one("2 lakh crore").2, 2e12);
    assert_eq!(one("1.5 లక్షల కోట్లు").2, 1.5e12);
}

#[test]
fn units_with_telugu_case_suffixes() {
    assert_eq!(
        one("38 పరుగుల తేడాతో"),
        ("38 పరుగుల".into(), Amount, 38.0, Some(Unit::Runs), None)
    );
    assert_eq!(one("13 పరుగులకే").3, Some(Unit::Runs));
    assert_eq!(one("28 runs").3, Some(Unit::Runs));
    assert_eq!(one("a 45-year-old man").3, Some(Unit::Years));
    assert_eq!(one("45 ఏళ్ల వ్యక్తి").3, Some(Unit::Years));
    assert_eq!(one("5km away").3, Some(Unit::Km));
    assert_eq!(one("45°C").3, Some(Unit::Degrees));
}

#[test]
fn endless_scale_words_give_no_infinite_value() {
    let text = format!(
        "9{} and two{}",
        " trillion".repeat(40),
        " trillion".repeat(40)
    );
    assert!(figs(&text).is_empty(), "{:?}", figs(&text));
    assert_eq!(one("2 trillion").2, 2e12);
}

#[test]
fn a_stem_never_ends_inside_a_conjunct() {
    // లక్ష్యం (target) starts with లక్ష (lakh) but is not a scale word.
    assert_eq!(one("340 లక్ష్యంతో").2, 340.0);
}

#[test]
fn dates_in_both_orders_and_both_languages() {
    assert_eq!(
        one("on July 14, they"),
        ("July 14".into(), Date, 14.0, None, Some(7))
    );
    assert_eq!(one("on 14 July they").4, Some(7));
    assert_eq!(one("on the 14th of July").4, Some(7));
    assert_eq!(
        one("జూలై 14న జరిగింది"),
        ("జూలై 14న".into(), Date, 14.0, None, Some(7))
    );
    assert_eq!(one("జులై ౧౪న").4, Some(7));
    assert_eq!(one("14 సెప్టెంబరు").4, Some(9));
    assert_eq!(one("14న జరిగింది"), ("14న".into(), Date, 14.0, None, None));
    assert_eq!(one("14వ తేదీన").1, Date);
    let both = figs("July 14, 2024");
    assert_eq!(both.len(), 2);
    assert_eq!((both[0].1, both[1].1), (Date, Year));
    // Not dates: a month in lower case, a day out of range, a month glued to a unit.
    assert_eq!(one("may 14 be").1, Number);
    assert_eq!(one("July 45").1, Number);
    assert_eq!(one("In July 5 people").1, Amount);
}

#[test]
fn codes_versions_and_times_are_not_figures() {
    for text in [
        "G20 summit",
        "COVID-19 cases",
        "కోవిడ్-19",
        "5G network",
        "the 1990s",
        "v1.2.3",
        "at 10:30",
        "on 14/07/2024",
    ] {
        assert!(figs(text).is_empty(), "{text}: {:?}", figs(text));
    }
    assert_eq!(one("the 4th Test").1, Ordinal);
    assert_eq!(one("4వ టెస్టు").1, Ordinal);
}

fn pair(te: &str, en: &str) -> (Pair<Document>, Vec<Group>) {
    let docs = Pair::new(doc(te), doc(en));
    let groups = (0..docs.te.paragraphs.len().max(docs.en.paragraphs.len()))
        .map(|k| Group {
            te: (k < docs.te.paragraphs.len())
                .then_some(k)
                .into_iter()
                .collect(),
            en: (k < docs.en.paragraphs.len())
                .then_some(k)
                .into_iter()
                .collect(),
            score: 1.0,
            manual: false,
        })
        .collect();
    (docs, groups)
}

fn statuses(te: &str, en: &str) -> Vec<(Status, Option<String>, Option<String>)> {
    let (docs, groups) = pair(te, en);
    let figs = docs.as_ref().map(|_, d| extract(d));
    check(&figs, &groups)
        .into_iter()
        .map(|f| (f.status, f.te.map(|x| x.text), f.en.map(|x| x.text)))
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn matching_and_mismatching_figures_in_both_digit_systems() {
    let found = statuses(
        "భారత్ ౧౮౪ పరుగుల తేడాతో గెలిచింది. 340 పరుగుల లక్ష్యం. స్మిత్ 38 పరుగులు చేశాడు.",
        "India won by 184 runs, chasing 340. Smith made 28 runs.",
    );
    assert_eq!(
        found,
        vec![
            (Status::Matched, s("౧౮౪ పరుగుల"), s("184 runs")),
            (Status::Matched, s("340 పరుగుల"), s("340")),
            (Status::Mismatch, s("38 పరుగులు"), s("28 runs")),
        ]
    );
}

#[test]
fn dates_match_and_mismatch() {
    let found = statuses(
        "జూలై 14న ప్రారంభం. ఆగస్టు 3న ముగింపు.",
        "It starts on July 14 and ends on August 5.",
    );
    assert_eq!(
        found,
        vec![
            (Status::Matched, s("జూలై 14న"), s("July 14")),
            (Status::Mismatch, s("ఆగస్టు 3న"), s("August 5")),
        ]
    );
    // A day without its month matches the full date.
    let found = statuses("14న ప్రారంభం", "It starts on July 14.");
    assert_eq!(found, vec![(Status::Matched, s("14న"), s("July 14"))]);
}

#[test]
fn scaled_amounts_match_and_leftovers_are_one_sided() {
    let found = statuses(
        "15 లక్షల మంది ఓటు వేశారు. పోలింగ్ 62 శాతం.",
        "1.5 million people voted. Turnout was 62%, up from 2019.",
    );
    assert_eq!(
        found,
        vec![
            (Status::Matched, s("15 లక్షల మంది"), s("1.5 million people")),
            (Status::Matched, s("62 శాతం"), s("62%")),
            (Status::OneSided, None, s("2019")),
        ]
    );
}

#[test]
fn figures_are_matched_only_within_their_group() {
    // Same value, but in different groups: both one-sided; a group empty on one side too.
    let found = statuses(
        "మొదటి వాక్యం.\n\n5 వికెట్లు",
        "5 wickets\n\nSecond line.\n\nThird with 7 goals.",
    );
    assert_eq!(
        found,
        vec![
            (Status::OneSided, None, s("5 wickets")),
            (Status::OneSided, s("5 వికెట్లు"), None),
            (Status::OneSided, None, s("7 goals")),
        ]
    );
}

#[test]
fn checking_again_from_findings_gives_the_same_result() {
    let (docs, groups) = pair("3 పరుగులు\n\n2024లో 5 శాతం", "3 runs\n\nIn 2023, 5 per cent");
    let figs = docs.as_ref().map(|_, d| extract(d));
    let found = check(&figs, &groups);
    assert_eq!(figures_of(&found), figs);
    // Regrouping everything into one group changes nothing here but is accepted.
    let merged = [Group {
        te: vec![0, 1],
        en: vec![0, 1],
        score: 0.5,
        manual: false,
    }];
    let again = check(&figures_of(&found), &merged);
    assert_eq!(again.len(), found.len());
    assert!(again.iter().all(|f| f.group == 0));
    assert_eq!(
        again
            .iter()
            .filter(|f| f.status == Status::Mismatch)
            .count(),
        1,
        "2024 against 2023: {again:?}"
    );
}

#[test]
fn quotes_need_two_words_and_skip_apostrophes() {
    let q = |text: &str| {
        extract_quotes(&doc(text))
            .into_iter()
            .map(|q| q.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        q("He said, “We will win this.” Then left."),
        ["“We will win this.”"]
    );
    assert_eq!(q(r#"She said "we are ready" today"#), [r#""we are ready""#]);
    assert_eq!(q("the \"hybrid\" model"), Vec::<String>::new());
    assert_eq!(q("Russia’s plan and India’s reply"), Vec::<String>::new());
    assert_eq!(
        q("He said ‘it’s not over yet’ and left"),
        ["‘it’s not over yet’"]
    );
    assert_eq!(q("“మేం గెలుస్తాం” అని అన్నారు"), ["“మేం గెలుస్తాం”"]);
    // Left open: runs to the end of the paragraph.
    assert_eq!(q("He said: “this goes on\n\nnext"), ["“this goes on"]);
}

#[test]
fn a_one_sided_quote_is_flagged() {
    let (docs, groups) = pair(
        "మంత్రి ప్రకటన చేశారు.\n\n“మేం సిద్ధంగా ఉన్నాం” అని చెప్పారు.",
        "The minister said “we must act now” to reporters.\n\nHe said “we are ready” later.",
    );
    let quotes = docs.as_ref().map(|_, d| extract_quotes(d));
    let found = check_quotes(&quotes, &groups);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].group, found[0].status), (0, Status::OneSided));
    assert!(found[0].te.is_empty() && found[0].en.len() == 1);
    assert_eq!((found[1].group, found[1].status), (1, Status::Matched));
    assert_eq!(quotes_of(&found), quotes);
}

#[test]
fn normalised_forms_read_well() {
    let f = extract(&doc("15 లక్షల మంది, July 14, 12.5%, 14న"));
    let n: Vec<String> = f.iter().map(Figure::normalised).collect();
    assert_eq!(n, ["1500000 people", "July 14", "12.5%", "day 14"]);
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("14".to_string()),
            Just("౧౪".to_string()),
            Just("1,00,000".to_string()),
            Just("3.5".to_string()),
            Just("%".to_string()),
            Just(" ".to_string()),
            Just("\n\n".to_string()),
            Just("జూలై".to_string()),
            Just("July".to_string()),
            Just("లక్షల".to_string()),
            Just("న".to_string()),
            Just("్".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just("‘".to_string()),
            Just("’".to_string()),
            Just("Rs.".to_string()),
            Just("three".to_string()),
            Just("మూడు".to_string()),
            Just("hours".to_string()),
            Just("మంది".to_string()),
            Just("-".to_string()),
            Just(",".to_string()),
            Just(".".to_string()),
            "\\PC{0,3}",
        ],
        0..40,
    );
    pieces.prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn spans_are_on_boundaries_inside_their_paragraph(text in arbitrary_text()) {
        let d = doc(&text);
        let figs = extract(&d);
        for f in &figs {
            prop_assert!(d.text.is_char_boundary(f.start) && d.text.is_char_boundary(f.end));
            prop_assert!(f.start < f.end);
            let p = &d.paragraphs[f.paragraph];
            prop_assert!(p.start <= f.start && f.end <= p.end, "{f:?} outside {p:?}");
            prop_assert_eq!(&d.text[f.start..f.end], f.text.as_str());
            prop_assert!(f.value.is_finite());
        }
        prop_assert!(figs.windows(2).all(|w| w[0].end <= w[1].start), "{figs:?}");
        let quotes = extract_quotes(&d);
        for q in &quotes {
            let p = &d.paragraphs[q.paragraph];
            prop_assert!(p.start <= q.start && q.end <= p.end);
            prop_assert_eq!(&d.text[q.start..q.end], q.text.as_str());
        }
        prop_assert!(quotes.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn every_figure_lands_in_exactly_one_finding(te in arbitrary_text(), en in arbitrary_text()) {
        let (docs, groups) = pair(&te, &en);
        let figs = docs.as_ref().map(|_, d| extract(d));
        let found = check(&figs, &groups);
        prop_assert_eq!(figures_of(&found), figs);
        for f in &found {
            prop_assert_eq!(f.status == Status::OneSided, f.te.is_none() || f.en.is_none());
        }
    }
}
