//! Unit tests of Telugu candidate nodes.
// The extractors take a list of paragraph ranges; these tests pass a one-paragraph list.
#![allow(clippy::single_range_in_vec_init)]

use super::*;

/// The whole text as one paragraph.
fn whole(text: &str) -> Vec<std::ops::Range<usize>> {
    std::iter::once(0..text.len()).collect()
}

fn build_plain(text: &str, english: &[Node]) -> TeluguNodes {
    build(text, &whole(text), english)
}

fn span_texts(te: &TeluguNodes) -> Vec<String> {
    let mut v: Vec<String> = te
        .spans
        .iter()
        .map(|o| te.info[o.node as usize].text.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn stems_of_content_words_become_nodes() {
    let te = build_plain("సియోల్కు తన పర్యటన సందర్భంగా మాస్కో వెల్లడించారు", &[]);
    let texts: Vec<&str> = te.info.iter().map(|i| i.text.as_str()).collect();
    assert!(texts.contains(&"సియోల్"), "{texts:?}");
    assert!(texts.contains(&"మాస్కో"));
    assert!(!texts.contains(&"తన"), "stopword");
    assert!(!texts.iter().any(|t| t.starts_with("వెల్లడి")), "verb form");
}

#[test]
fn gazetteer_and_direction_spans() {
    let te = build_plain("ఉత్తర కొరియాతో దక్షిణ కొరియాకు ఈశాన్య ఆసియాలోని కొరియా ద్వీపకల్పం", &[]);
    let spans = span_texts(&te);
    assert!(spans.contains(&"ఉత్తర కొరియా".to_string()), "{spans:?}");
    assert!(spans.contains(&"దక్షిణ కొరియా".to_string()));
    assert!(spans.contains(&"ఈశాన్య ఆసియా".to_string()));
    let ne = te
        .spans
        .iter()
        .find(|o| te.info[o.node as usize].text == "ఈశాన్య ఆసియా");
    assert!(ne.is_some_and(|o| te.info[o.node as usize].origin.direction));
}

#[test]
fn english_first_words_propose_spans() {
    let english = vec![Node::new(vec![Form::english("Antony Blinken", None)])];
    let te = build_plain("కార్యదర్శి ఆంటోనీ బ్లింకెన్ ఉత్తర", &english);
    assert_eq!(span_texts(&te), ["ఆంటోనీ బ్లింకెన్"]);
    let span = te.spans[0];
    assert_eq!((span.first, span.len), (1, 2));
    assert!(te.info[span.node as usize].evidence.title);
}

#[test]
fn spans_stop_at_punctuation() {
    let english = vec![Node::new(vec![Form::english("Antony Blinken", None)])];
    let te = build_plain("ఆంటోనీ, బ్లింకెన్", &english);
    assert!(te.spans.is_empty());
}

#[test]
fn latin_and_letter_name_acronyms_share_a_node() {
    let te = build_plain("యుఎస్ దౌత్యవేత్త మరియు US అధికారులు", &[]);
    let us: Vec<&TeNode> = te.info.iter().filter(|i| i.origin.latin).collect();
    assert_eq!(us.len(), 1);
    let node = te.latin[0].node as usize;
    let single = te
        .singles
        .iter()
        .find(|o| o.first == 0)
        .map(|o| o.node as usize);
    assert_eq!(single, Some(node));
    assert_eq!(te.info[node].count, 2);
}

#[test]
fn context_words_leave_evidence() {
    let te = build_plain("బిడెన్ పరిపాలన. హైదరాబాద్ నగరంలో", &[]);
    let find = |t: &str| te.info.iter().find(|i| i.text == t).map(|i| i.evidence);
    assert!(find("బిడెన్").is_some_and(|e| e.person_after));
    assert!(find("హైదరాబాద్").is_some_and(|e| e.place_after));
}

#[test]
fn locative_suffixes_leave_evidence() {
    let te = build_plain("బెంగళూరులో శాస్త్రవేత్తలు పసడేనా", &[]);
    let find = |t: &str| {
        te.info
            .iter()
            .find(|i| i.text == t)
            .map(|i| i.evidence.locative)
    };
    assert_eq!(find("బెంగళూరు"), Some(true));
    assert_eq!(find("పసడేనా"), Some(false));
}

#[test]
fn a_latin_name_continued_by_translated_words_is_a_candidate() {
    // NTREX scotsman_133783: "But the UK Government has also been stepping up its preparations".
    let text = "కానీ, UK ప్రభుత్వం కూడా అవకాశం ఉన్న నో-డీల్ పథకానికి తన సన్నాహకాలను ముమ్మరం చేసింది.";
    let te = build_plain(text, &[]);
    let mixed: Vec<&LatinOcc> = te.latin.iter().filter(|l| l.tokens > 0).collect();
    assert_eq!(mixed.len(), 1);
    let node = mixed[0].node as usize;
    assert_eq!(te.info[node].text, "UK ప్రభుత్వం");
    assert!(te.info[node].origin.mixed);
    assert_eq!(&text[mixed[0].start..mixed[0].end], "UK ప్రభుత్వం");
    let english = Node::new(vec![Form::english("UK Government", None)]);
    assert_eq!(
        crate::core::entity::link::node_score(&te.nodes[node], &english),
        Some(1.0)
    );
    // The Latin name alone is still there, for when the longer one does not link.
    assert!(te.latin.iter().any(|l| l.tokens == 0));
}

#[test]
fn one_letter_stems_only_where_the_english_has_a_name_that_short() {
    // NTREX guardian_221718: "ఇంగ్లీష్ మరియు బౌ ఇద్దరూ" (English and Bough).
    let text = "ఇంగ్లీష్ మరియు బౌ ఇద్దరూ రకరకాల విన్యాసాలు చేస్తారు";
    let has_bou = |te: &TeluguNodes| te.info.iter().any(|i| i.text == "బౌ");
    assert!(!has_bou(&build_plain(text, &[])));
    let english = vec![Node::new(vec![Form::english("Bough", None)])];
    assert!(has_bou(&build_plain(text, &english)));
}
