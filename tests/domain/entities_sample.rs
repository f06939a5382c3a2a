//! The sample pair through the real binary: the links and gaps the issue asks for, read from
//! the JSON report.

use crate::expect;

use expect::{exactly, gap, linked, report, Expect};
use std::process::Command;

const LINKS: &[Expect] = &[
    Expect {
        en: &["Antony Blinken", "Blinken"],
        te: &["ఆంటోనీ బ్లింకెన్", "బ్లింకెన్"],
    },
    Expect {
        en: &["North Korea"],
        te: &["ఉత్తర కొరియా"],
    },
    Expect {
        en: &["Russia"],
        te: &["రష్యా"],
    },
    Expect {
        en: &["United States", "U.S."],
        te: &["యునైటెడ్ స్టేట్స్", "యుఎస్", "US"],
    },
    Expect {
        en: &["Seoul"],
        te: &["సియోల్"],
    },
    Expect {
        en: &["Pyongyang"],
        te: &["ప్యోంగ్యాంగ్"],
    },
    Expect {
        en: &["Moscow"],
        te: &["మాస్కో"],
    },
    Expect {
        en: &["South Korea"],
        te: &["దక్షిణ కొరియా"],
    },
];

const GAPS: &[Expect] = &[
    Expect {
        en: &["Ukraine"],
        te: &[],
    },
    Expect {
        en: &["United Nations"],
        te: &[],
    },
    Expect {
        en: &["Linda Thomas-Greenfield"],
        te: &[],
    },
    Expect {
        en: &[],
        te: &["బిడెన్"],
    },
];

#[test]
fn sample_links_and_gaps() {
    let a = report(None);
    exactly(&a, LINKS, GAPS);
}

#[test]
fn sample_gaps_are_on_the_right_side() {
    let a = report(None);
    for g in &GAPS[..3] {
        gap(&a, g);
        let e = expect::group_of(&a, g);
        assert!(e.te.is_empty(), "{}", e.label);
    }
    let biden = expect::group_of(&a, &GAPS[3]);
    assert!(biden.en.is_empty());
}

#[test]
fn sample_report_shape_and_offsets() {
    let a = report(None);
    assert_eq!(a.te.path, "sample.te.txt");
    assert_eq!((a.te.paragraphs, a.en.paragraphs), (4, 7));
    let te = include_str!("../../assets/sample.te.txt");
    let en = include_str!("../../assets/sample.en.txt");
    assert_eq!((a.te.bytes, a.en.bytes), (te.len(), en.len()));
    expect::offsets_hold(&a, te, en);
    // Telugu mentions say where the stem ends: సియోల్కు is సియోల్ + కు.
    let seoul = expect::group_of(&a, &LINKS[4]);
    let m = &seoul.te[0];
    assert_eq!(m.text, "సియోల్కు");
    assert_eq!(m.stem_end, Some(m.start + "సియోల్".len()));
    assert!(seoul.en.iter().all(|m| m.stem_end.is_none()));
    for l in LINKS {
        linked(&a, l);
    }
    let blinken = expect::group_of(&a, &LINKS[0]);
    assert_eq!(
        serde_json::to_value(blinken.kind).ok(),
        Some(serde_json::json!("person"))
    );
}

#[test]
fn json_keys_follow_the_contract() {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["report", "--format", "json"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for side in ["te", "en"] {
        for key in ["path", "bytes", "paragraphs"] {
            assert!(v[side].get(key).is_some(), "{side}.{key}");
        }
    }
    let e = &v["entities"][0];
    for key in ["id", "label", "kind", "te", "en"] {
        assert!(e.get(key).is_some(), "entity.{key}");
    }
    let m = &e["en"][0];
    for key in ["start", "end", "text", "paragraph"] {
        assert!(m.get(key).is_some(), "mention.{key}");
    }
    assert!(v["alignment"].is_array());
}

#[test]
fn text_format_and_errors() {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["report", "--format", "text"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Antony Blinken"), "{text}");
    assert!(text.contains("gap: Telugu only"));
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["report", "/nonexistent/a.te.txt", "/nonexistent/a.en.txt"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("tandem: "));
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["report", "only-one.txt"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}
