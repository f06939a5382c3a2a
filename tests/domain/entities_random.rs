//! Analysis never panics and keeps its offsets valid on arbitrary text: random mixes of Telugu
//! syllables, joiners, Latin words, acronyms, brackets, dots and line breaks.

use proptest::prelude::*;
use tandem::core::analysis::Analysis;
use tandem::core::document::Document;
use tandem::core::pair::{Pair, Side};

const PIECES: &[&str] = &[
    "క",
    "కా",
    "్",
    "ం",
    "ి",
    "ో",
    "యు",
    "ఎస్",
    "సియోల్",
    "కు",
    "లో",
    "\u{200C}",
    "\u{200D}",
    "ఉత్తర",
    "దక్షిణ",
    "ఆఫ్రికా",
    "కార్యదర్శి",
    "పరిపాలన",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    "(",
    ")",
    "-",
    "'s",
    "U.S.",
    "NASA",
    "The",
    "Secretary",
    "of",
    "State",
    "North",
    "Kim",
    "(UN)",
    "United",
    "Nations",
    "x",
    "A.",
    "é",
    "\u{FEFF}",
    "\r\n",
    "2024",
    "౨",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..120)
        .prop_map(|v| v.into_iter().map(|i| PIECES[i]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn analysis_survives_random_text(te in text(), en in text()) {
        let pair = Pair::new(Document::from_text("r.te.txt", te), Document::from_text("r.en.txt", en));
        let a = Analysis::build(&pair);
        for e in &a.entities {
            prop_assert!(!e.te.is_empty() || !e.en.is_empty());
            for side in Side::BOTH {
                let doc = &pair[side];
                for m in e.mentions(side) {
                    prop_assert_eq!(doc.text.get(m.start..m.end), Some(m.text.as_str()));
                    prop_assert!(m.paragraph < doc.paragraphs.len());
                    if let Some(s) = m.stem_end {
                        prop_assert!(m.start < s && s <= m.end && doc.text.is_char_boundary(s));
                    }
                }
            }
        }
        let idx = a.span_index(Side::Te);
        prop_assert!(idx.all().windows(2).all(|w| w[0].end <= w[1].start));
    }
}
