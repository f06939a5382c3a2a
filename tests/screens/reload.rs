//! Reload through the app (issue 20), without a terminal: the new text replaces the old, the
//! reader stays on the same paragraph, decisions on unchanged paragraphs still apply when the
//! new analysis comes and those on edited ones are reported, kept in the review; `v` asks the
//! event loop for the editor at the paragraph in view.

use crate::common;

use common::press;
use tandem::core::analysis::Analysis;
use tandem::core::document::Document;
use tandem::core::pair::{Pair, Side};
use tandem::core::reload::paragraph_hashes;
use tandem::core::review::GroupStatus;
use tandem::core::sample::sample_pair;
use tandem::tui::action::Effect;
use tandem::tui::app::{App, Reloaded};

/// The app after `docs` are read again, with the new analysis in (as the background brings it).
fn reload(app: &mut App, docs: Pair<Document>) {
    let old = app.content.docs.clone();
    let hashes = Pair::from_fn(|side| {
        (docs[side].text != old[side].text)
            .then(|| (paragraph_hashes(&old[side]), paragraph_hashes(&docs[side])))
    });
    app.reload(Reloaded { docs, hashes });
    assert!(app.content.analysed.is_none(), "the analysis starts over");
    let analysis = Analysis::build(&app.content.docs);
    app.set_analysis(analysis);
}

fn with_en(app: &App, text: String) -> Pair<Document> {
    let old = &app.content.docs;
    Pair::new(old.te.clone(), Document::from_text(&old.en.name, text))
}

fn status_of_group(app: &App, g: usize) -> Option<GroupStatus> {
    let an = app.content.analysed.as_ref()?;
    Some(
        app.review
            .group_decision(an.analysis.alignment.get(g)?)?
            .status,
    )
}

#[test]
fn an_appended_paragraph_keeps_the_place_and_the_decisions() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "c]]");
    assert_eq!(status_of_group(&app, 0), Some(GroupStatus::Checked));
    let top = app.view.top;
    let groups = app
        .content
        .analysed
        .as_ref()
        .unwrap()
        .analysis
        .alignment
        .len();
    let text = format!(
        "{}\nA paragraph added at the end by the translator.\n",
        app.content.docs.en.text
    );
    let docs = with_en(&app, text);
    reload(&mut app, docs);
    assert_eq!(
        app.notice.as_deref(),
        Some("reloaded sample.en.txt (+1 −0 paragraphs)")
    );
    assert_eq!(app.view.top, top, "the top row stays");
    assert_eq!(status_of_group(&app, 0), Some(GroupStatus::Checked));
    // The new paragraph is in a group (it may pair with the Telugu paragraph that had no
    // counterpart, so the groups need not grow).
    let alignment = &app.content.analysed.as_ref().unwrap().analysis.alignment;
    let last_en = app.content.docs.en.paragraphs.len() - 1;
    assert!(
        alignment.iter().any(|g| g.en.last() == Some(&last_en)),
        "{alignment:?}, {groups} groups before"
    );
    assert!(app.content.docs.en.text.contains("added at the end"));
}

#[test]
fn an_edited_paragraph_makes_its_decision_stale_and_keeps_it() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "c");
    // As the event loop's save leaves it.
    app.review.dirty = false;
    let decisions = app.review.review.groups.clone();
    assert_eq!(decisions.len(), 1);
    // Edit the first English paragraph: the checked group no longer matches.
    let en = &app.content.docs.en;
    let first = en.paragraphs[0].clone();
    let mut text = en.text.to_string();
    text.insert_str(first.end, " One more sentence.");
    let docs = with_en(&app, text);
    reload(&mut app, docs);
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.starts_with(
            "reloaded sample.en.txt (+1 −1 paragraphs); 1 group decision no longer matches"
        ),
        "{notice}"
    );
    assert_eq!(status_of_group(&app, 0), None);
    assert_eq!(app.review.review.groups, decisions, "the decision is kept");
    assert!(!app.review.dirty, "a reload writes nothing");
}

#[test]
fn the_place_follows_the_paragraph_when_text_comes_before_it() {
    let mut app = App::analysed(sample_pair(), 60, 20);
    press(&mut app, "s<Tab>]]]]");
    let side = Side::En;
    let doc = &app.content.docs.en;
    let at = app.paragraph_in_view();
    let para = doc.paragraph_at(at).unwrap();
    let words = doc.paragraph(para).to_string();
    let text = format!("A new first paragraph.\nAnd a second one.\n{}", doc.text);
    let docs = with_en(&app, text);
    reload(&mut app, docs);
    let doc = &app.content.docs[side];
    let now = doc.paragraph_at(app.paragraph_in_view()).unwrap();
    assert_eq!(doc.paragraph(now), words, "the same paragraph is in view");
    assert_eq!(now, para + 2);
}

#[test]
fn v_asks_for_the_editor_at_the_line_of_the_paragraph_in_view() {
    // The sample has no file.
    let mut app = App::analysed(sample_pair(), 100, 30);
    assert!(press(&mut app, "v").is_empty());
    assert!(app
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("no file to edit"));
    // A pair from files: the line of the paragraph at the top of the focused pane.
    let sample = sample_pair();
    let mut docs = sample.clone();
    docs.te.path = Some("story.te.txt".into());
    docs.en.path = Some("story.en.txt".into());
    let mut app = App::analysed(docs, 100, 30);
    assert_eq!(
        press(&mut app, "v"),
        [Effect::Edit {
            side: Side::Te,
            line: 1
        }]
    );
    press(&mut app, "<Tab>]]]]");
    let en = &app.content.docs.en;
    let para = en.paragraph_at(app.paragraph_in_view()).unwrap();
    let line = 1 + en.text[..en.paragraphs[para].start].matches('\n').count();
    assert!(line > 1);
    assert_eq!(
        press(&mut app, "v"),
        [Effect::Edit {
            side: Side::En,
            line
        }]
    );
}
