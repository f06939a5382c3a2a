//! The terminal UI: set-up and restore, the event loop, state, keys, drawing.

pub mod action;
pub mod app;
pub mod geometry;
pub mod keymap;
pub mod panic;
pub mod signals;
pub mod ui;

use crate::open::OpenedPair;
use action::Action;
use anyhow::Context;
use app::App;
use keymap::Keymap;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;
use signals::Signals;
use std::time::Duration;

/// How long the loop waits for input before it looks at the signal flag again. Short enough that
/// SIGTERM feels immediate, long enough that an idle viewer costs nothing measurable.
const TICK: Duration = Duration::from_millis(100);

/// How the viewer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// SIGTERM, SIGHUP or SIGINT arrived (its number).
    Signal(i32),
}

impl Exit {
    /// The process exit status: 0 for a quit, 128 + the signal number for a signal.
    pub fn code(self) -> i32 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(sig) => signals::exit_code(sig),
        }
    }
}

/// Runs the viewer on a pair until the user quits or a stop signal arrives. The terminal is
/// restored on every exit path: quit, signal, error, and panic (ratatui's init installs the
/// hook; [`panic::add_report_hint`] adds where to report it).
pub fn run(opened: OpenedPair) -> anyhow::Result<Exit> {
    // Before the terminal changes, so a signal in between cannot leave it raw.
    let signals = Signals::register().context("cannot install signal handlers")?;
    let mut terminal = ratatui::try_init().context("cannot start the terminal UI")?;
    panic::add_report_hint();
    let result = event_loop(&mut terminal, opened, &signals);
    let restored = ratatui::try_restore().context("cannot restore the terminal");
    result.and_then(|exit| restored.map(|()| exit))
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    opened: OpenedPair,
    signals: &Signals,
) -> anyhow::Result<Exit> {
    let size = terminal.size().context("cannot read the terminal size")?;
    let mut app = App::new(opened.docs, size.width, size.height);
    if !opened.notices.is_empty() {
        // Until the status bar has a queue of notices, show them all on its one line.
        app.notice = Some(opened.notices.join("; "));
    }
    let theme = ui::Theme::default();
    let mut keymap = Keymap::default();
    let mut dirty = true;
    loop {
        if let Some(sig) = signals.caught() {
            return Ok(before_exit(&mut app, Exit::Signal(sig)));
        }
        if std::mem::take(&mut dirty) {
            if std::mem::take(&mut app.clear_requested) {
                terminal.clear().context("cannot clear the terminal")?;
            }
            terminal
                .draw(|frame| ui::draw(&app, &theme, frame))
                .context("cannot draw")?;
        }
        // A signal interrupts the wait, so it is seen at once; otherwise every TICK.
        if !event::poll(TICK).context("cannot read input")? {
            continue;
        }
        // Handle everything already queued before drawing again: a storm of resizes or a held
        // key costs one frame, not one per event.
        dirty = true;
        let mut next = Some(event::read().context("cannot read input")?);
        while let Some(ev) = next {
            match ev {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if let Some(action) = keymap.feed(key) {
                        app.update(action);
                    }
                }
                Event::Resize(w, h) => app.update(Action::Resize(w, h)),
                _ => {}
            }
            if app.should_quit {
                return Ok(before_exit(&mut app, Exit::Quit));
            }
            next = if event::poll(Duration::ZERO)? {
                Some(event::read()?)
            } else {
                None
            };
        }
    }
}

/// Every way out of the event loop (quit or stop signal) passes here while the terminal is still
/// in raw mode.
///
/// REVIEW-FLUSH HOOK: save the review file here (atomically), and put a failure in the error
/// path so it is printed after the terminal is restored.
fn before_exit(_app: &mut App, exit: Exit) -> Exit {
    exit
}
