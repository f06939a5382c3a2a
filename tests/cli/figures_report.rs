//! `tandem report` on a pair written for the figures check (tests/fixtures/figures): a launch
//! story whose Telugu side writes some numbers in Telugu digits, with matching and differing
//! figures, dates and amounts, and a quote only the English side carries.

use crate::common;

use common::tandem;
use serde_json::Value;

const TE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/figures/launch.te.txt"
);
const EN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/figures/launch.en.txt"
);

fn json() -> Value {
    let (code, out, err) = tandem(&["report", TE, EN]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).expect("report is JSON")
}

/// (group, status, Telugu text, English text) of each figure finding.
fn findings(v: &Value) -> Vec<(u64, String, String, String)> {
    let text = |f: &Value| f["text"].as_str().unwrap_or("-").to_string();
    v["figures"]
        .as_array()
        .expect("figures is an array")
        .iter()
        .map(|f| {
            (
                f["group"].as_u64().expect("group"),
                f["status"].as_str().expect("status").to_string(),
                text(&f["te"]),
                text(&f["en"]),
            )
        })
        .collect()
}

#[test]
fn figures_are_matched_and_flagged_per_group() {
    let v = json();
    let groups: Vec<(Value, Value)> = v["alignment"]
        .as_array()
        .expect("alignment")
        .iter()
        .map(|g| (g["te"].clone(), g["en"].clone()))
        .collect();
    assert_eq!(groups.len(), 4, "the fixture aligns 1-1: {groups:?}");
    let f = |g, s: &str, te: &str, en: &str| (g, s.to_string(), te.to_string(), en.to_string());
    assert_eq!(
        findings(&v),
        vec![
            f(0, "matched", "జూలై 14న", "July 14"),
            f(0, "matched", "రూ.615 కోట్లు", "Rs 615 crore"),
            f(1, "matched", "౩,౮౪,౦౦౦ కిలోమీటర్లు", "384,000 km"),
            f(1, "mismatch", "ఆగస్టు 23న", "August 25"),
            f(1, "matched", "15 లక్షల మంది", "1.5 million people"),
            f(2, "mismatch", "౭౫ శాతం", "80 per cent"),
            f(2, "one_sided", "-", "2026"),
            f(3, "mismatch", "38 పరుగుల", "28 runs"),
        ]
    );
}

#[test]
fn figure_entries_carry_spans_kinds_and_normalised_values() {
    let v = json();
    let texts = [TE, EN].map(|p| std::fs::read_to_string(p).expect("fixture"));
    for f in v["figures"].as_array().expect("figures") {
        for (k, side) in ["te", "en"].iter().enumerate() {
            let fig = &f[side];
            if fig.is_null() {
                continue;
            }
            let (start, end) = (fig["start"].as_u64(), fig["end"].as_u64());
            let (Some(start), Some(end)) = (start, end) else {
                panic!("{fig}");
            };
            assert_eq!(
                texts[k].get(start as usize..end as usize),
                fig["text"].as_str(),
                "{fig}"
            );
            assert!(fig["paragraph"].is_u64() && fig["kind"].is_string() && fig["value"].is_f64());
        }
    }
    let lakh = &v["figures"][4];
    assert_eq!(lakh["te"]["value"], 1.5e6);
    assert_eq!(lakh["en"]["value"], 1.5e6);
    assert_eq!(lakh["te"]["unit"], "people");
    assert_eq!(lakh["en"]["kind"], "amount");
    let date = &v["figures"][3];
    assert_eq!(
        (date["te"]["month"].as_u64(), date["te"]["value"].as_f64()),
        (Some(8), Some(23.0))
    );
    assert_eq!(date["en"]["kind"], "date");
}

#[test]
fn a_quote_on_one_side_is_flagged() {
    let v = json();
    let quotes = v["quotes"].as_array().expect("quotes is an array");
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    let q = &quotes[0];
    assert_eq!(q["group"], 2);
    assert_eq!(q["status"], "one_sided");
    assert_eq!(q["te"], serde_json::json!([]));
    assert_eq!(
        q["en"][0]["text"],
        "“This is a proud moment for every citizen.”"
    );
}

#[test]
fn the_markdown_report_lists_mismatches_and_the_one_sided_quote() {
    let (code, md, err) = tandem(&["report", TE, EN, "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains(
            "- 8 figures compared: 4 matched, 0 approximately, 3 differ, 1 on one side only."
        ),
        "{md}"
    );
    let start = md
        .find("## Figures that differ or are missing")
        .expect("figures section");
    let end = md[start..]
        .find("## Quotes")
        .map_or(md.len(), |e| start + e);
    let section = &md[start..end];
    for row in [
        "| 2 | differs | ఆగస్టు 23న | August 25 | August 23 ≠ August 25 |",
        "| 3 | differs | ౭౫ శాతం | 80 per cent | 75% ≠ 80% |",
        "| 3 | only in English | - | 2026 | 2026 |",
        "| 4 | differs | 38 పరుగుల | 28 runs | 38 runs ≠ 28 runs |",
    ] {
        assert!(section.contains(row), "{row} not in\n{section}");
    }
    assert!(
        !section.contains("July 14"),
        "matched figures are not listed:\n{section}"
    );
    assert!(md.contains("| 3 | English | 3 | “This is a proud moment for every citizen.” |"));
}

#[test]
fn the_text_report_lists_flagged_figures_one_per_line() {
    let (code, text, err) = tandem(&["report", TE, EN, "--format", "text"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        text.contains("figures: 8 compared, 4 differ or are on one side only; 1 groups quote"),
        "{text}"
    );
    assert!(
        text.contains("    4  mismatch   en: 28 runs  te: 38 పరుగుల\n"),
        "{text}"
    );
    assert!(
        text.contains("    3  one-sided  en: 2026  te: -\n"),
        "{text}"
    );
    assert!(
        text.contains("    3  quote      en: “This is a proud"),
        "{text}"
    );
}
