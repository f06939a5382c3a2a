//! Reader benchmarks: wrapping throughput on 10 MB of Telugu, and the cost of one 200×60 frame
//! for a small and a 10 MB document (it must not grow with the document).

#[macro_use]
mod harness;

use harness::{BenchmarkId, Criterion, Throughput};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::Duration;
use tandem::core::document::Document;
use tandem::core::pair::{Pair, Side};
use tandem::core::sample::sample_pair;
use tandem::core::text::wrap_into;
use tandem::tui::action::Action;
use tandem::tui::app::App;
use tandem::tui::ui::{self, Theme};
use tandem::view::layout::Layout;

/// About `bytes` of text made by repeating a document's paragraphs.
fn scaled(doc: &Document, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 8192);
    while out.len() < bytes {
        for p in 0..doc.paragraphs.len() {
            out.push_str(doc.paragraph(p));
            out.push('\n');
        }
    }
    out
}

fn wrapping(c: &mut Criterion) {
    let sample = sample_pair();
    let text = scaled(&sample.te, 10 << 20);
    let doc = Document::from_text("big.te.txt", text);
    let mut group = c.benchmark_group("wrap");
    group.throughput(Throughput::Bytes(doc.text.len() as u64));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for width in [40usize, 100] {
        group.bench_with_input(BenchmarkId::new("telugu_10MB", width), &width, |b, &w| {
            let mut rows = Vec::new();
            b.iter(|| {
                rows.clear();
                for p in &doc.paragraphs {
                    wrap_into(&doc.text, p.clone(), w, &mut rows);
                }
                rows.len()
            })
        });
    }
    group.finish();
}

fn frame(c: &mut Criterion) {
    let sample = sample_pair();
    let big = Pair::new(
        Document::from_text("big.te.txt", scaled(&sample.te, 10 << 20)),
        Document::from_text("big.en.txt", scaled(&sample.en, 10 << 20)),
    );
    let theme = Theme::new(true);
    let mut group = c.benchmark_group("frame_200x60");
    for (name, docs) in [("sample_highlighted", sample), ("10MB_highlighted", big)] {
        // With the analysis: entity colours, aligned groups with rules and filler rows.
        let mut app = App::analysed(docs, 200, 60);
        // Somewhere in the middle, so the frame shows full rows of text on both sides.
        for _ in 0..(app.rows_len(Side::Te) / 2 / 58).max(1) {
            app.update(Action::PageDown);
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
        group.bench_function(name, |b| {
            // Alternate between two positions so every frame has cells to diff and write.
            let mut down = true;
            b.iter(|| {
                app.update(if down {
                    Action::LineDown
                } else {
                    Action::LineUp
                });
                down = !down;
                terminal
                    .draw(|f| ui::draw(&app, &theme, f))
                    .map(|_| ())
                    .expect("draw")
            })
        });
    }
    group.finish();
}

/// The sentence cursor (issue 18): one `)` or `(` and the frame after it, in the middle of the
/// 10 MB pair; the move and the tint must cost what the visible rows cost, like a scroll.
fn sentence_frame(c: &mut Criterion) {
    let sample = sample_pair();
    let big = Pair::new(
        Document::from_text("big.te.txt", scaled(&sample.te, 10 << 20)),
        Document::from_text("big.en.txt", scaled(&sample.en, 10 << 20)),
    );
    let theme = Theme::new(true);
    let mut group = c.benchmark_group("sentence_frame_200x60");
    for (name, docs) in [("sample", sample), ("10MB", big)] {
        let mut app = App::analysed(docs.clone(), 200, 60);
        // The whole layout, as the background thread gives it (the cursor waits for it).
        let widths = app.layout_widths();
        app.set_layouts(Pair::from_fn(|side| {
            Layout::build(&docs[side], widths[side])
        }));
        for _ in 0..(app.rows_len(Side::Te) / 2 / 58).max(1) {
            app.update(Action::PageDown);
        }
        app.update(Action::NextSentence);
        assert!(app.view.sentence.is_some(), "{name}: no cursor");
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
        group.bench_function(name, |b| {
            let mut forward = true;
            b.iter(|| {
                app.update(if forward {
                    Action::NextSentence
                } else {
                    Action::PrevSentence
                });
                forward = !forward;
                terminal
                    .draw(|f| ui::draw(&app, &theme, f))
                    .map(|_| ())
                    .expect("draw")
            })
        });
    }
    group.finish();
}

bench_main!(wrapping, frame, sentence_frame);
