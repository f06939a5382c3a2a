//! The terminal UI: set-up and restore, the event loop, state, keys, drawing.

pub mod action;
pub mod app;
pub mod geometry;
pub mod keymap;
pub mod session;
pub mod ui;

use crate::analysis::Analysis;
use crate::document::Document;
use crate::pair::Pair;
use action::Action;
use anyhow::Context;
use app::App;
use keymap::Keymap;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// Runs the viewer on a pair until the user quits. The terminal is restored on every exit path,
/// a panic included (ratatui's init installs the hook).
pub fn run(docs: Pair<Document>, options: Options) -> anyhow::Result<()> {
    let docs = Arc::new(docs);
    let analysis = start_analysis(Arc::clone(&docs));
    let mut terminal = ratatui::try_init().context("cannot start the terminal UI")?;
    let result = event_loop(&mut terminal, docs, analysis, &options);
    let restored = ratatui::try_restore().context("cannot restore the terminal");
    result.and(restored)
}

/// How the viewer was asked to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Draw with colours (false with `--no-color` or `NO_COLOR`).
    pub color: bool,
    /// `--review PATH`.
    pub review: Option<std::path::PathBuf>,
}

impl Options {
    pub fn from_cli(cli: &crate::cli::Cli) -> Options {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Options {
            color: !cli.no_color && !no_color_env,
            review: cli.review.clone(),
        }
    }
}

/// Finds entities and aligns paragraphs on another thread, so the text shows at once and stays
/// scrollable while a big pair is analysed; the highlights appear when it is done.
fn start_analysis(docs: Arc<Pair<Document>>) -> Receiver<Analysis> {
    let (tx, rx) = mpsc::channel();
    let spawned = thread::Builder::new()
        .name("analysis".into())
        .spawn(move || {
            // The viewer may have quit already; then nobody needs the result.
            let _ = tx.send(Analysis::build(&docs));
        });
    // Without a thread the receiver reports disconnection and the viewer shows plain text.
    drop(spawned);
    rx
}

/// How often to look for the analysis while it runs.
const ANALYSIS_POLL: Duration = Duration::from_millis(30);

fn event_loop(
    terminal: &mut DefaultTerminal,
    docs: Arc<Pair<Document>>,
    analysis: Receiver<Analysis>,
    options: &Options,
) -> anyhow::Result<()> {
    let size = terminal.size().context("cannot read the terminal size")?;
    let review_path = session::review_path(options.review.clone(), &docs);
    let mut app = App::new(docs, size.width, size.height);
    let mut review_file = session::ReviewFile::open(review_path, &mut app);
    let theme = ui::Theme::new(options.color);
    let mut keymap = Keymap::default();
    let mut pending = Some(analysis);
    loop {
        if let Some(rx) = &pending {
            match rx.try_recv() {
                Ok(done) => {
                    app.set_analysis(done);
                    pending = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    app.notice = Some("entity analysis failed; showing plain text".into());
                    pending = None;
                }
            }
        }
        app.analysing = pending.is_some();
        if std::mem::take(&mut app.clear_requested) {
            terminal.clear().context("cannot clear the terminal")?;
        }
        terminal
            .draw(|frame| ui::draw(&app, &theme, frame))
            .context("cannot draw")?;
        // Wait for input; while the analysis runs, wake up now and then to pick it up.
        let ready = match pending {
            Some(_) => event::poll(ANALYSIS_POLL).context("cannot read input")?,
            None => true,
        };
        if !ready {
            continue;
        }
        // Handle everything already queued before drawing again: a storm of resizes or a held
        // key costs one frame, not one per event.
        let mut next = Some(event::read().context("cannot read input")?);
        while let Some(ev) = next {
            match ev {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    app.handle_key(&mut keymap, key);
                }
                Event::Resize(w, h) => app.update(Action::Resize(w, h)),
                _ => {}
            }
            // Every decision is on disk before anything else happens.
            review_file.flush(&mut app);
            if app.should_quit {
                return Ok(());
            }
            next = if event::poll(Duration::ZERO)? {
                Some(event::read()?)
            } else {
                None
            };
        }
    }
}
