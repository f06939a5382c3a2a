//! Random hostile input through the whole pipeline, never a panic: bytes → `Document` (strict
//! and `--lossy`) → `arrange` → `Analysis::build` → layout (inside `App`) → frames on a
//! TestBackend at random terminal sizes, 0×0 and 1×1 included, with random keys and resize
//! storms in between. Every frame is also checked for control characters in its cells.
//!
//! Sizes of inputs and terminals are kept small so the file runs in well under 30 s in a debug
//! build while still covering a few thousand cases.

use crate::common;

use common::press;
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use tandem::core::analysis::Analysis;
use tandem::core::document::{Document, LoadError};
use tandem::core::open::arrange;
use tandem::core::pair::{Pair, Side};
use tandem::core::text::display::is_bidi_control;
use tandem::tui::action::Action;
use tandem::tui::app::App;
use tandem::tui::ui::{self, Theme};
use tandem::Lang;

/// The one place this file builds an `App`: with its analysis, so highlights and aligned rows
/// are drawn too.
fn build_app(docs: Pair<Document>, width: u16, height: u16) -> App {
    App::analysed(docs, width, height)
}

/// Pieces of text people and attackers put in files: Telugu syllables and words, English words
/// and acronyms, every kind of control and escape sequence, bidi controls, odd line endings,
/// combining marks without a base, wide and zero-width characters, and invalid UTF-8.
const PIECES: &[&[u8]] = &[
    "క".as_bytes(),
    "కు".as_bytes(),
    "్".as_bytes(),
    "ం".as_bytes(),
    "క్ష".as_bytes(),
    "సియోల్కు".as_bytes(),
    "బ్లింకెన్".as_bytes(),
    "యుఎస్".as_bytes(),
    "ఉత్తర కొరియా".as_bytes(),
    b"Blinken",
    b"Seoul",
    b"U.S.",
    b"North Korea",
    b"the",
    b" ",
    b" ",
    b"  ",
    b"\t",
    b"\n",
    b"\n\n",
    b"\r",
    b"\r\n",
    b".",
    b",",
    b"\x1b[31m",
    b"\x1b[2J",
    b"\x1b[?1049l",
    b"\x1b]52;c;aGk=\x07",
    b"\x1b]8;;http://x\x1b\\",
    b"\x1bP",
    b"\x1b",
    b"\x07",
    b"\x08",
    b"\x7f",
    b"\x0b",
    b"\x0c",
    "\u{9b}".as_bytes(),
    "\u{85}".as_bytes(),
    "\u{202e}".as_bytes(),
    "\u{2066}".as_bytes(),
    "\u{200f}".as_bytes(),
    "\u{feff}".as_bytes(),
    "\u{200d}".as_bytes(),
    "\u{ad}".as_bytes(),
    "\u{301}".as_bytes(),
    "\u{2028}".as_bytes(),
    "中文".as_bytes(),
    "👩\u{200d}💻".as_bytes(),
    "\u{3000}".as_bytes(),
    b"\xff",
    b"\xe0\xb0",
    b"\xed\xa0\x80",
    b"\xc0\xaf",
    b"\x00",
];

fn mixture() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0..PIECES.len(), 0..150)
        .prop_map(|v| v.into_iter().flat_map(|i| PIECES[i].to_vec()).collect())
}

/// Raw bytes, or pieces mixed (which is mostly valid-ish text with hostile bits).
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        mixture(),
        mixture(),
    ]
}

/// Terminal sizes with the degenerate ones drawn often.
fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        Just((0, 0)),
        Just((1, 1)),
        Just((0, 5)),
        Just((5, 0)),
        (0u16..16, 0u16..8),
        (30u16..130, 3u16..40),
    ]
}

/// One thing that happens to a running viewer.
#[derive(Debug, Clone)]
enum Op {
    Keys(&'static str),
    Resize(u16, u16),
    /// A click or a wheel turn anywhere, also off the screen.
    Mouse(Action),
}

fn op() -> impl Strategy<Value = Op> {
    let keys = prop::sample::select(vec![
        "j",
        "k",
        "<C-d>",
        "<C-u>",
        "<PageDown>",
        "<PageUp>",
        "G",
        "g",
        "<Tab>",
        "?",
        "<Esc>",
        "<C-l>",
        "jjjj",
    ]);
    let mouse = (0u16..140, 0u16..45, prop::bool::ANY, -3i16..=3).prop_map(
        |(column, row, click, lines)| {
            Op::Mouse(if click {
                Action::ClickAt { column, row }
            } else {
                Action::ScrollAt { column, row, lines }
            })
        },
    );
    prop_oneof![
        keys.prop_map(Op::Keys),
        size().prop_map(|(w, h)| Op::Resize(w, h)),
        mouse,
    ]
}

/// Checks what loading did against the bytes it was given.
fn check_load(bytes: &[u8], lossy: bool) -> Result<Option<Document>, TestCaseError> {
    let nul = bytes.iter().position(|&b| b == 0);
    match Document::from_bytes("r.txt", bytes.to_vec(), lossy) {
        Ok(doc) => {
            prop_assert!(nul.is_none());
            match std::str::from_utf8(bytes) {
                Ok(text) => prop_assert_eq!(doc.text.as_str(), text),
                Err(e) => {
                    prop_assert!(lossy, "invalid UTF-8 accepted without --lossy");
                    prop_assert_eq!(doc.repaired_from, Some(e.valid_up_to()));
                }
            }
            let mut last_end = 0;
            for p in &doc.paragraphs {
                prop_assert!(p.start >= last_end && p.start < p.end && p.end <= doc.text.len());
                prop_assert!(
                    doc.text.is_char_boundary(p.start) && doc.text.is_char_boundary(p.end)
                );
                last_end = p.end;
            }
            Ok(Some(doc))
        }
        Err(LoadError::Binary { offset, .. }) => {
            prop_assert_eq!(Some(offset), nul);
            Ok(None)
        }
        Err(LoadError::InvalidUtf8 { offset, .. }) => {
            prop_assert!(!lossy && nul.is_none());
            let valid = std::str::from_utf8(bytes).err().map(|e| e.valid_up_to());
            prop_assert_eq!(Some(offset), valid);
            Ok(None)
        }
        // UTF-16 is named, from its byte-order mark or the NUL bytes of its ASCII letters.
        Err(LoadError::Utf16 { .. }) => {
            let bom = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
            prop_assert!(bom || nul.is_some(), "UTF-16 without a BOM or NUL bytes");
            Ok(None)
        }
        Err(e) => Err(TestCaseError::fail(format!("unexpected error {e}"))),
    }
}

/// Draws into `terminal` and checks that no cell holds a control or bidi character.
fn draw_clean(terminal: &mut Terminal<TestBackend>, app: &App) -> Result<(), TestCaseError> {
    let theme = Theme::new(true);
    terminal
        .draw(|frame| ui::draw(app, &theme, frame))
        .map_err(|e| TestCaseError::fail(format!("draw: {e}")))?;
    for cell in terminal.backend().buffer().content() {
        let bad = cell
            .symbol()
            .chars()
            .any(|c| c.is_control() || is_bidi_control(c));
        prop_assert!(!bad, "control in cell {:?}", cell.symbol());
    }
    Ok(())
}

fn terminal(width: u16, height: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(width, height)).expect("TestBackend never fails")
}

/// The analysis keeps every offset inside its document and on character boundaries.
fn check_analysis(docs: &Pair<Document>) -> Result<(), TestCaseError> {
    let analysis = Analysis::build(docs);
    for e in &analysis.entities {
        for side in Side::BOTH {
            for m in e.mentions(side) {
                prop_assert_eq!(docs[side].text.get(m.start..m.end), Some(m.text.as_str()));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2500))]

    /// Bytes of every kind load (or are refused with the right offset), analyse, and draw at any
    /// size; the wrong argument order is always put right.
    #[test]
    fn any_bytes_load_analyse_and_draw(a in bytes(), b in bytes(), (w, h) in size()) {
        for lossy in [false, true] {
            let (Some(first), Some(second)) = (check_load(&a, lossy)?, check_load(&b, lossy)?) else {
                continue;
            };
            let opened = arrange(first, second);
            prop_assert!(!(opened.docs.te.lang == Lang::En && opened.docs.en.lang == Lang::Te));
            check_analysis(&opened.docs)?;
            let app = build_app(opened.docs, w, h);
            draw_clean(&mut terminal(w, h), &app)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// A running viewer on hostile text survives keys, clicks and wheel turns anywhere, and a
    /// storm of resizes, including frames drawn before the app has seen the new size (the
    /// terminal is resized first).
    #[test]
    fn keys_and_resize_storms_never_panic(
        a in mixture(),
        b in mixture(),
        (w, h) in size(),
        ops in prop::collection::vec(op(), 0..20),
    ) {
        let docs = Pair::new(
            Document::from_bytes("a.te.txt", a, true).unwrap_or_else(|_| Document::from_text("a", String::new())),
            Document::from_bytes("b.en.txt", b, true).unwrap_or_else(|_| Document::from_text("b", String::new())),
        );
        let mut app = build_app(docs, w, h);
        let mut term = terminal(w, h);
        draw_clean(&mut term, &app)?;
        for op in ops {
            match op {
                Op::Keys(keys) => {
                    press(&mut app, keys);
                }
                Op::Mouse(action) => {
                    app.update(action);
                }
                Op::Resize(w, h) => {
                    // The terminal changes size before the app hears of it.
                    term = terminal(w, h);
                    draw_clean(&mut term, &app)?;
                    app.update(Action::Resize(w, h));
                }
            }
            draw_clean(&mut term, &app)?;
        }
    }
}
