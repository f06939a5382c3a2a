//! Corpus mode of the viewer without a terminal: the first pair opens, the picker lists every
//! pair with its size and progress, filtering and Enter switch pairs, and each pair keeps its
//! place and its review when another is shown.

use crate::common;

use common::press;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use std::path::Path;
use std::time::{Duration, Instant};
use tandem::core::corpus::discover;
use tandem::tui::action::Effect;
use tandem::tui::corpus::{start_pair, CorpusViewer, OpenPair};
use tandem::tui::ui::picker::render_picker;
use tandem::tui::ui::Theme;
use tandem::tui::Options;

fn scratch(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// A folder with the four test pairs under their own names.
fn corpus_dir(name: &str) -> crate::common::Scratch {
    let dir = scratch(name);
    let pairs = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pairs");
    for pair in ["climate", "cricket", "election", "space"] {
        for lang in ["te", "en"] {
            let file = format!("{pair}.{lang}.txt");
            std::fs::copy(pairs.join(&file), dir.join(&file)).expect("copy");
        }
    }
    dir
}

fn options() -> Options {
    Options {
        color: true,
        mouse: true,
        theme: tandem::tui::ui::ThemeName::Dark,
        review: None,
        watch: false,
        romanise: false,
        lossy: false,
        bindings: tandem::tui::keymap::default_bindings(),
        modes: Default::default(),
    }
}

fn wait_for_analysis(slot: &mut OpenPair) {
    let start = Instant::now();
    while slot.background.busy() && start.elapsed() < Duration::from_secs(20) {
        slot.background.poll(&mut slot.app);
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        slot.app.content.analysed.is_some(),
        "analysis did not arrive"
    );
}

fn typed(viewer: &mut CorpusViewer, slot: &mut OpenPair, keys: &[KeyCode]) {
    for &code in keys {
        viewer.on_key(KeyEvent::new(code, KeyModifiers::NONE), slot, &options());
    }
}

fn chars(s: &str) -> Vec<KeyCode> {
    s.chars().map(KeyCode::Char).collect()
}

fn picker_text(viewer: &CorpusViewer) -> String {
    let area = Rect::new(0, 0, 80, 20);
    let mut buf = Buffer::empty(area);
    render_picker(&viewer.picker, area, &Theme::new(true), &mut buf);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn switching_pairs_keeps_each_place_and_review() {
    let dir = corpus_dir("switch");
    let corpus = discover(&dir).expect("corpus");
    let (mut viewer, opened) = CorpusViewer::new(corpus, false).expect("viewer");
    assert_eq!(opened.docs.te.name, "climate.te.txt");
    let mut slot = start_pair(opened, None, 80, 24, &options());
    wait_for_analysis(&mut slot);

    // Scroll and mark the group at the top as checked in the first pair.
    press(&mut slot.app, "jj");
    let place = slot.app.view.top;
    assert_ne!(place, Default::default(), "scrolled");
    press(&mut slot.app, "c");
    assert!(slot.app.review.dirty);

    // `p` asks for the picker; the event loop opens it.
    assert_eq!(press(&mut slot.app, "p"), [Effect::PickPair]);
    viewer.show_picker(&slot.app);
    assert!(viewer.picker.open);
    let shown = picker_text(&viewer);
    for title in ["climate", "cricket", "election", "space"] {
        assert!(shown.contains(title), "{title} not in\n{shown}");
    }
    assert!(shown.contains("pairs 4/4"), "{shown}");
    assert!(
        shown.contains("1/"),
        "progress of the reviewed pair:\n{shown}"
    );
    assert!(shown.contains("kB"), "sizes:\n{shown}");

    // Filter to the space pair and open it.
    typed(&mut viewer, &mut slot, &chars("spc"));
    assert_eq!(viewer.picker.matches.len(), 1);
    typed(&mut viewer, &mut slot, &[KeyCode::Enter]);
    assert!(!viewer.picker.open);
    assert_eq!(slot.app.content.docs.te.name, "space.te.txt");
    assert_eq!(
        slot.app.view.top,
        Default::default(),
        "a new pair starts at the top"
    );
    // The first pair's review was saved when it left the screen.
    let review = dir.join("climate.en.tandem-review.json");
    let saved = std::fs::read_to_string(&review).expect("review saved on switch");
    assert!(saved.contains("checked"), "{saved}");

    // Back to the first pair: same place, same decision.
    viewer.show_picker(&slot.app);
    typed(&mut viewer, &mut slot, &chars("climate"));
    typed(&mut viewer, &mut slot, &[KeyCode::Enter]);
    assert_eq!(slot.app.content.docs.te.name, "climate.te.txt");
    assert_eq!(slot.app.view.top, place);
    assert_eq!(slot.app.review.review.groups.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_pair_that_cannot_open_is_named_in_the_picker_and_nothing_changes() {
    let dir = corpus_dir("broken");
    std::fs::write(dir.join("zz.te.txt"), b"ab\xff bad").expect("write");
    std::fs::write(dir.join("zz.en.txt"), "English").expect("write");
    let corpus = discover(&dir).expect("corpus");
    let (mut viewer, opened) = CorpusViewer::new(corpus, false).expect("viewer");
    let mut slot = start_pair(opened, None, 80, 24, &options());
    viewer.show_picker(&slot.app);
    typed(&mut viewer, &mut slot, &chars("zz"));
    typed(&mut viewer, &mut slot, &[KeyCode::Enter]);
    assert!(viewer.picker.open, "stays open");
    let message = viewer.picker.message.clone().unwrap_or_default();
    assert!(message.contains("zz.te.txt: not valid UTF-8"), "{message}");
    assert!(picker_text(&viewer).contains("not valid UTF-8"));
    assert_eq!(slot.app.content.docs.te.name, "climate.te.txt");
    // Esc closes and leaves the pair as it was.
    typed(&mut viewer, &mut slot, &[KeyCode::Esc]);
    assert!(!viewer.picker.open);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tandem_dir_with_review_is_refused() {
    let dir = corpus_dir("review");
    let path = dir.display().to_string();
    let (code, _, err) = common::tandem(&[path.as_str(), "--review", "r.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--review names the review file of one pair"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
