//! The sentence cursor on ratatui's TestBackend (issue 18): the tinted cells are the sentence
//! and its counterparts, in both focus directions, in aligned and independent mode; an
//! underline instead under NO_COLOR; a snapshot of the screen with the tinted text listed.

use crate::common;

use common::{draw, press, screen_lines};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use tandem::core::pair::{Pair, Side};
use tandem::core::sample::sample_pair;
use tandem::tui::app::App;
use tandem::tui::ui::{self, Theme};

/// The text of the cells of each pane that `tinted` picks, row by row, whitespace dropped.
fn cells_where(
    buf: &Buffer,
    app: &App,
    tinted: impl Fn(&ratatui::buffer::Cell) -> bool,
) -> Pair<String> {
    Pair::from_fn(|side| {
        let area = app.view.screen.text_area(app.view.screen.panes[side]);
        let mut out = String::new();
        for y in area.y..area.y + area.height {
            for x in area.x..area.x + area.width {
                let cell = &buf[(x, y)];
                if tinted(cell) {
                    out.extend(cell.symbol().chars().filter(|c| !c.is_whitespace()));
                }
            }
        }
        out
    })
}

fn tint_of(buf: &Buffer, app: &App) -> Pair<String> {
    cells_where(buf, app, |c| c.bg == Color::Indexed(17))
}

/// What the tint should cover: the cursor's sentence and its counterparts.
fn expected(app: &App) -> Pair<String> {
    let c = app.view.sentence.expect("a sentence cursor");
    let a = &app.content.analysed.as_ref().expect("analysed").analysis;
    let text = |side: Side, k: usize| -> String {
        app.content.docs[side].text[a.sentences[side][k].span()]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    let group = a
        .sentence_alignment
        .iter()
        .find(|g| g.side(c.side).contains(&c.index))
        .expect("a group");
    let mut out = Pair::new(String::new(), String::new());
    out[c.side] = text(c.side, c.index);
    out[c.side.other()] = group
        .side(c.side.other())
        .iter()
        .map(|&k| text(c.side.other(), k))
        .collect();
    out
}

#[test]
fn the_tint_follows_the_cursor_in_both_panes_and_modes() {
    for (width, height) in [(80, 24), (120, 40), (200, 60), (39, 30)] {
        let mut app = App::analysed(sample_pair(), width, height);
        for keys in [
            ")", ")", ")", "<Tab>", ")", ")", "(", "<Tab>", "(", "s", ")", "<Tab>", ")",
        ] {
            press(&mut app, keys);
            let buf = draw(&app).backend().buffer().clone();
            let want = expected(&app);
            assert_eq!(tint_of(&buf, &app), want, "{width}x{height} after {keys}");
            assert_eq!(app.view.sentence.map(|c| c.side), Some(app.view.focus));
        }
        press(&mut app, "<Esc>");
        let buf = draw(&app).backend().buffer().clone();
        assert_eq!(tint_of(&buf, &app), Pair::new(String::new(), String::new()));
    }
}

#[test]
fn the_cursor_walks_every_sentence_and_keeps_it_on_screen() {
    let mut app = App::analysed(sample_pair(), 80, 24);
    let n = app
        .content
        .analysed
        .as_ref()
        .unwrap()
        .sentences
        .len(Side::Te);
    press(&mut app, ")");
    for i in 1..n {
        press(&mut app, ")");
        assert_eq!(app.view.sentence.map(|c| c.index), Some(i));
        let buf = draw(&app).backend().buffer().clone();
        let want = expected(&app);
        let got = tint_of(&buf, &app);
        // A sentence taller than the pane shows its beginning.
        assert!(
            want.te.starts_with(&got.te) && !got.te.is_empty(),
            "sentence {i}"
        );
    }
    press(&mut app, ")");
    assert_eq!(app.notice.as_deref(), Some("at the last sentence"));
}

#[test]
fn no_color_underlines_the_sentence_instead() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "))");
    let area = app.view.screen.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| ui::draw(&app, &Theme::new(false), frame))
        .unwrap();
    let buf = terminal.backend().buffer().clone();
    let got = cells_where(&buf, &app, |c| c.modifier.contains(Modifier::UNDERLINED));
    let want = expected(&app);
    // Underlined names (one-sided entities) may add to it; the sentence is all there.
    assert!(got.te.contains(&want.te), "{got:?}\n{want:?}");
    assert!(got.en.contains(&want.en), "{got:?}\n{want:?}");
    assert!(buf.content.iter().all(|c| c.bg != Color::Indexed(17)));
}

#[test]
fn snapshot_cursor_80x24() {
    let mut app = App::analysed(sample_pair(), 80, 24);
    press(&mut app, ")))<Tab>)");
    let buf = draw(&app).backend().buffer().clone();
    let mut shot = screen_lines(&draw(&app)).join("\n");
    let tint = tint_of(&buf, &app);
    shot.push_str(&format!(
        "\n--- tinted Telugu ---\n{}\n--- tinted English ---\n{}",
        tint.te, tint.en
    ));
    insta::assert_snapshot!(shot);
}

#[test]
fn a_sentence_mark_is_saved_and_shown() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "))ms");
    assert_eq!(app.review.review.sentences.len(), 1);
    let mark = &app.review.review.sentences[0];
    assert_eq!(mark.side, Side::Te);
    assert_eq!(mark.status, tandem::core::review::GroupStatus::MissingEn);
    let screen = screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains("missing in English"), "{screen}");
    // Undo takes it back, `ms` again takes it off.
    press(&mut app, "u");
    assert!(app.review.review.sentences.is_empty());
    press(&mut app, "<C-r>");
    assert_eq!(app.review.review.sentences.len(), 1);
    press(&mut app, "ms");
    assert!(app.review.review.sentences.is_empty());
    press(&mut app, "<Esc>ms");
    assert!(app.notice.as_deref().is_some_and(|n| n.contains(") or (")));
}

#[test]
fn a_sentence_mark_survives_a_restart() {
    use tandem::tui::session::ReviewFile;
    let dir = common::scratch();
    let path = dir.join("r.tandem-review.json");
    let start = || {
        let mut app = App::analysed(sample_pair(), 100, 30);
        let file = ReviewFile::open(Some(path.clone()), &mut app);
        (app, file)
    };
    let (mut app, mut file) = start();
    press(&mut app, "))<Tab>)ms");
    file.flush(&mut app);
    let marked = app.view.sentence.expect("a cursor");
    drop((app, file));
    let saved = tandem::core::review::load(&path).expect("the review parses");
    assert_eq!(saved.sentences.len(), 1);
    assert_eq!(saved.sentences[0].side, Side::En);

    let (mut app, _file) = start();
    press(&mut app, "))<Tab>)");
    assert_eq!(app.view.sentence.map(|c| c.index), Some(marked.index));
    let screen = screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains("missing in Telugu"), "{screen}");
    // The map flags the marked sentence (no group is flagged: only the sentence can be).
    let flagged = Some(tandem::view::coverage::MarkKind::Flagged);
    assert!(app.content.coverage[Side::En].cells.contains(&flagged));
    assert!(!app.content.coverage[Side::Te].cells.contains(&flagged));
}
