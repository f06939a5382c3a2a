//! The terminal UI: set-up and restore, the event loop, state, keys, drawing.

pub mod action;
pub mod app;
pub mod geometry;
pub mod keymap;
pub mod ui;

use crate::document::Document;
use crate::pair::Pair;
use action::Action;
use anyhow::Context;
use app::App;
use keymap::Keymap;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;
use std::time::Duration;

/// Runs the viewer on a pair until the user quits. The terminal is restored on every exit path,
/// a panic included (ratatui's init installs the hook).
pub fn run(docs: Pair<Document>) -> anyhow::Result<()> {
    let mut terminal = ratatui::try_init().context("cannot start the terminal UI")?;
    let result = event_loop(&mut terminal, docs);
    let restored = ratatui::try_restore().context("cannot restore the terminal");
    result.and(restored)
}

fn event_loop(terminal: &mut DefaultTerminal, docs: Pair<Document>) -> anyhow::Result<()> {
    let size = terminal.size().context("cannot read the terminal size")?;
    let mut app = App::new(docs, size.width, size.height);
    let theme = ui::Theme::default();
    let mut keymap = Keymap::default();
    loop {
        if std::mem::take(&mut app.clear_requested) {
            terminal.clear().context("cannot clear the terminal")?;
        }
        terminal
            .draw(|frame| ui::draw(&app, &theme, frame))
            .context("cannot draw")?;
        // Handle everything already queued before drawing again: a storm of resizes or a held
        // key costs one frame, not one per event.
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
