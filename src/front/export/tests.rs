//! The exporters on built pairs: TMX parsed back with an XML parser gives the paragraph texts,
//! one-sided groups are left out of TMX and kept in TSV, review statuses reach both.

use super::tmx::{self, EnLocale};
use super::tsv;
use super::{group_text, ExportItem};
use crate::core::align::Group;
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::Pair;
use crate::core::review::GroupStatus;
use crate::core::sample::sample_pair;
use crate::front::report::reviewed::{GroupReview, Progress};
use crate::front::report::ReviewReport;

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// (xml:lang, seg text) of every tuv, per tu, and the tu's props.
type Unit = (Vec<(String, String)>, Vec<(String, String)>);

fn parse_tmx(xml: &str) -> Vec<Unit> {
    let doc = roxmltree::Document::parse_with_options(
        xml,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{xml}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "tmx");
    assert_eq!(root.attribute("version"), Some("1.4"));
    let header = root
        .children()
        .find(|n| n.has_tag_name("header"))
        .expect("header");
    assert_eq!(header.attribute("srclang"), Some("te-IN"));
    assert_eq!(header.attribute("segtype"), Some("paragraph"));
    for required in [
        "creationtool",
        "creationtoolversion",
        "datatype",
        "adminlang",
        "o-tmf",
    ] {
        assert!(header.attribute(required).is_some(), "{required}");
    }
    let body = root
        .children()
        .find(|n| n.has_tag_name("body"))
        .expect("body");
    body.children()
        .filter(|n| n.has_tag_name("tu"))
        .map(|tu| {
            let tuvs = tu
                .children()
                .filter(|n| n.has_tag_name("tuv"))
                .map(|tuv| {
                    let lang = tuv
                        .attribute((XML_NS, "lang"))
                        .expect("xml:lang")
                        .to_string();
                    let seg = tuv.children().find(|n| n.has_tag_name("seg")).expect("seg");
                    // A segment is text only: no markup inside.
                    assert!(seg.children().all(|c| c.is_text()));
                    (lang, seg.text().unwrap_or("").to_string())
                })
                .collect();
            let props = tu
                .children()
                .filter(|n| n.has_tag_name("prop"))
                .map(|p| {
                    (
                        p.attribute("type").unwrap_or("").to_string(),
                        p.text().unwrap_or("").to_string(),
                    )
                })
                .collect();
            (tuvs, props)
        })
        .collect()
}

fn item<'a>(docs: &'a Pair<Document>, groups: &'a [Group]) -> ExportItem<'a> {
    ExportItem {
        name: None,
        docs,
        groups,
        review: None,
        sentences: None,
    }
}

#[test]
fn the_sample_tmx_parses_back_to_its_paragraph_texts() {
    let docs = sample_pair();
    let analysis = Analysis::build(&docs);
    let xml = tmx::render_tmx(&[item(&docs, &analysis.alignment)], EnLocale::EnUs);
    let units = parse_tmx(&xml);
    let both: Vec<(usize, &Group)> = analysis
        .alignment
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.is_gap())
        .collect();
    assert!(!both.is_empty());
    assert_eq!(units.len(), both.len());
    for ((tuvs, props), (k, group)) in units.iter().zip(&both) {
        assert_eq!(
            tuvs,
            &[
                ("te-IN".to_string(), group_text(&docs.te, &group.te)),
                ("en-US".to_string(), group_text(&docs.en, &group.en)),
            ]
        );
        assert_eq!(props, &[("x-group".to_string(), (k + 1).to_string())]);
    }
}

#[test]
fn hostile_text_is_escaped_and_reads_back() {
    let te = "తెలుగు <b>&amp;</b> \"q\"\r\nరెండో పంక్తి\n\nమూడు\u{1b}[31m ఎరుపు\u{9b}\u{202e}";
    let en = "English <tag> & co\r\nsecond line\n\nthird\u{7} bell\u{0b}";
    let docs = Pair::new(
        Document::from_text("h.te.txt", te.to_string()),
        Document::from_text("h.en.txt", en.to_string()),
    );
    let groups = vec![
        Group {
            te: vec![0],
            en: vec![0],
            score: 1.0,
            manual: false,
        },
        Group {
            te: vec![1],
            en: vec![1],
            score: 1.0,
            manual: false,
        },
    ];
    let xml = tmx::render_tmx(&[item(&docs, &groups)], EnLocale::EnGb);
    assert!(!xml.contains('\u{1b}') && !xml.contains('\u{9b}'), "{xml}");
    let units = parse_tmx(&xml);
    let texts: Vec<&str> = units
        .iter()
        .flat_map(|(tuvs, _)| tuvs.iter().map(|(_, t)| t.as_str()))
        .collect();
    // CR LF survives the parser's line-end normalisation; characters XML 1.0 forbids (ESC,
    // BEL, VT) are the only ones lost; C1 and bidi controls come back from references.
    assert_eq!(
        texts,
        [
            "తెలుగు <b>&amp;</b> \"q\"\r\nరెండో పంక్తి",
            "English <tag> & co\r\nsecond line",
            "మూడు[31m ఎరుపు\u{9b}\u{202e}",
            "third bell",
        ]
    );
}

#[test]
fn one_sided_groups_are_left_out_of_tmx_and_kept_in_tsv() {
    let docs = Pair::new(
        Document::from_text("g.te.txt", "ఒకటి\n\nరెండు\n\nమూడు".to_string()),
        Document::from_text("g.en.txt", "one\n\nthree".to_string()),
    );
    let groups = vec![
        Group {
            te: vec![0],
            en: vec![0],
            score: 0.9,
            manual: false,
        },
        Group {
            te: vec![1],
            en: vec![],
            score: 0.8,
            manual: false,
        },
        Group {
            te: vec![2],
            en: vec![1],
            score: 0.9,
            manual: false,
        },
    ];
    let review = ReviewReport {
        path: "r.json".into(),
        exists: true,
        articles: Pair::new("unchanged", "unchanged"),
        groups: vec![GroupReview {
            group: Some(1),
            te: vec![1],
            en: vec![],
            status: GroupStatus::MissingEn,
            note: Some("add\tthe second\nparagraph".into()),
        }],
        stale_groups: vec![],
        entities: vec![],
        sentences: vec![],
        progress: Progress::default(),
    };
    let mut it = item(&docs, &groups);
    it.review = Some(&review);
    let units = parse_tmx(&tmx::render_tmx(&[it], EnLocale::EnGb));
    let numbers: Vec<&str> = units.iter().map(|(_, props)| props[0].1.as_str()).collect();
    assert_eq!(numbers, ["1", "3"], "group numbers match the TSV's");

    let tsv = tsv::render_tsv(&[it], false);
    let rows: Vec<Vec<String>> = tsv
        .lines()
        .map(|l| {
            l.split('\t')
                .map(|c| tsv::unescape_cell(c).expect("valid escapes"))
                .collect()
        })
        .collect();
    assert_eq!(rows[0], ["group", "te", "en", "status", "note"]);
    assert_eq!(rows[1], ["1", "ఒకటి", "one", "", ""]);
    assert_eq!(
        rows[2],
        ["2", "రెండు", "", "missing_en", "add\tthe second\nparagraph"]
    );
    assert_eq!(rows[3], ["3", "మూడు", "three", "", ""]);
    assert_eq!(rows.len(), 4);
}

#[test]
fn a_corpus_item_names_its_pair() {
    let docs = sample_pair();
    let analysis = Analysis::build(&docs);
    let mut it = item(&docs, &analysis.alignment);
    it.name = Some("a&b");
    let units = parse_tmx(&tmx::render_tmx(&[it, it], EnLocale::EnGb));
    assert!(units
        .iter()
        .all(|(_, props)| props[0] == ("x-pair".to_string(), "a&b".to_string())));
    let tsv = tsv::render_tsv(&[it], true);
    assert!(
        tsv.starts_with("pair\tgroup\tte\ten\tstatus\tnote\na&b\t1\t"),
        "{tsv}"
    );
}
