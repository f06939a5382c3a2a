//! The terminal UI: set-up and restore, the event loop, state, keys, drawing.

pub mod action;
pub mod app;
pub mod background;
pub mod corpus;
pub mod editor;
pub mod geometry;
pub mod hangup;
pub mod keymap;
pub mod modes;
pub mod mouse;
pub mod panic;
pub mod picker;
pub mod progress;
pub mod reload;
pub mod session;
pub mod signals;
pub mod terminal;
pub mod ui;

use crate::core::open::OpenedPair;
use action::{Action, Effect};
use anyhow::Context;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::DefaultTerminal;
use signals::Signals;
use std::time::Duration;

/// How long the loop waits for input before it looks at the signal flag again. Short enough that
/// SIGTERM feels immediate, long enough that an idle viewer costs nothing measurable.
const TICK: Duration = Duration::from_millis(100);

/// How often to look for background results (analysis, layout) while they are under way.
const BUSY_TICK: Duration = Duration::from_millis(20);

/// How the viewer ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// One of `signals::STOP_SIGNALS` arrived (its number).
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

/// How the viewer was asked to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Draw with colours (false with `--no-color` or `NO_COLOR`).
    pub color: bool,
    /// Colours for a dark or a light background (`--theme`, else the config's `theme`).
    pub theme: ui::ThemeName,
    /// Take clicks and the wheel (false with `--no-mouse` or `mouse = false`).
    pub mouse: bool,
    /// `--review PATH`.
    pub review: Option<std::path::PathBuf>,
    /// Read the articles again when they change on disk (false with `--no-watch` or
    /// `watch = false`).
    pub watch: bool,
    /// Open the Telugu pane romanised (the config's `romanise = true`).
    pub romanise: bool,
    /// `--lossy`: files read again are read as they were at start.
    pub lossy: bool,
    /// Every bound action with its key strings, in help order (defaults with the config
    /// file's changes): the keymap is built from them, the help overlay shows them.
    pub bindings: Vec<(action::Action, Vec<String>)>,
    /// The keys of the line input and the picker (`[keys.input]`, `[keys.picker]`).
    pub modes: modes::ModeBindings,
}

/// Runs the viewer on a pair until the user quits or a stop signal arrives. The terminal is
/// restored on every exit path: quit, signal, error, and panic (ratatui's init installs the
/// hook; [`mouse::release_on_panic`] and [`terminal::release_on_panic`] turn mouse reports and
/// bracketed paste off first, [`panic::add_report_hint`] adds where to report it). Decisions
/// that could not be saved are named on stderr once the terminal is back.
pub fn run(opened: OpenedPair, options: Options) -> anyhow::Result<Exit> {
    run_with(opened, None, options)
}

/// Runs the viewer on a corpus: its first pair on screen, the others in the picker.
pub fn run_corpus(
    corpus: crate::core::corpus::Corpus,
    lossy: bool,
    options: Options,
) -> anyhow::Result<Exit> {
    let (mut viewer, opened) = corpus::CorpusViewer::new(corpus, lossy)?;
    viewer.picker.keys = modes::ModeKeymap::from_bindings(&options.modes.picker);
    run_with(opened, Some(viewer), options)
}

fn run_with(
    opened: OpenedPair,
    corpus: Option<corpus::CorpusViewer>,
    options: Options,
) -> anyhow::Result<Exit> {
    // Before the terminal changes, so a signal in between cannot leave it raw.
    let signals = Signals::register().context("cannot install signal handlers")?;
    let mut term = ratatui::try_init().context("cannot start the terminal UI")?;
    mouse::release_on_panic();
    terminal::release_on_panic();
    panic::add_report_hint();
    hangup::watch();
    let result = terminal::enable_extras(options.mouse)
        .and_then(|()| event_loop(&mut term, opened, corpus, &options, &signals));
    // Every way out of the loop (quit, signal, error) comes here: mouse reports and bracketed
    // paste off first (no-ops when they were never on), then raw mode and the alternate screen.
    let restored = terminal::restore();
    let ended = result.and_then(|ended| restored.map(|()| ended))?;
    if let Some(why) = ended.unsaved {
        eprintln!("tandem: review decisions were NOT SAVED: {why}");
    }
    Ok(ended.exit)
}

/// How the event loop ended, and what the user must hear about once the terminal is back.
struct Ended {
    exit: Exit,
    /// Why the last save of the review failed, if it did.
    unsaved: Option<String>,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    opened: OpenedPair,
    mut corpus: Option<corpus::CorpusViewer>,
    options: &Options,
    signals: &Signals,
) -> anyhow::Result<Ended> {
    let size = terminal.size().context("cannot read the terminal size")?;
    let review = options.review.clone();
    let mut slot = corpus::start_pair(opened, review, size.width, size.height, options);
    let theme = ui::Theme::of(options.theme, options.color);
    let mut keymap = keymap::Keymap::from_bindings(&options.bindings);
    let mut dirty = true;
    // What the last action asked of the loop (see `action::Effect`).
    let (mut effect, mut quit, mut clear, mut suspend) = (Effect::None, false, false, false);
    loop {
        if let Some(sig) = signals.caught() {
            return Ok(before_exit(&mut slot, Exit::Signal(sig)));
        }
        // SIGTSTP or Ctrl-Z: stopped with the terminal given back; after `fg`, all drawn anew.
        if signals.take_suspend() || std::mem::take(&mut suspend) {
            terminal::suspend(terminal, options.mouse)?;
            dirty = true;
        }
        dirty |= slot.reload.poll(&mut slot.app, &mut slot.background);
        dirty |= slot.background.poll(&mut slot.app);
        if std::mem::take(&mut dirty) {
            if std::mem::take(&mut clear) {
                terminal.clear().context("cannot clear the terminal")?;
            }
            let picker = corpus.as_ref().map(|c| &c.picker).filter(|p| p.open);
            terminal
                .draw(|frame| {
                    ui::draw(&slot.app, &theme, frame);
                    if let Some(picker) = picker {
                        ui::picker::render_picker(picker, frame.area(), &theme, frame.buffer_mut());
                    }
                })
                .context("cannot draw")?;
            // The first frame is on screen: the analysis and the full layout may start.
            slot.background.release();
        }
        // The signal flags are looked at every tick (crossterm's poll goes on waiting after a
        // signal interrupts it), or sooner while background work may finish.
        let tick = if slot.background.busy() || slot.reload.busy() {
            BUSY_TICK
        } else {
            TICK
        };
        if !event::poll(tick).context("cannot read input")? {
            continue;
        }
        // Handle everything already queued before drawing again: a storm of resizes or a held
        // key costs one frame, not one per event.
        let mut next = Some(event::read().context("cannot read input")?);
        while let Some(ev) = next {
            // A mouse event that asks for nothing (a button release) draws nothing.
            dirty |= !matches!(ev, Event::Mouse(m) if mouse::action_for(m).is_none());
            match ev {
                Event::Key(key) if key.kind != KeyEventKind::Release => match corpus.as_mut() {
                    Some(c) if c.picker.open => effect = c.on_key(key, &mut slot, options),
                    _ => effect = slot.app.handle_key(&mut keymap, key),
                },
                Event::Resize(w, h) => effect = slot.app.update(Action::Resize(w, h)),
                // Bracketed paste: text for the line being typed (or the picker's filter),
                // never keys.
                Event::Paste(text) => match corpus.as_mut() {
                    Some(c) if c.picker.open => c.picker.paste(&text),
                    _ => slot.app.paste(&text),
                },
                // The picker takes keys only.
                Event::Mouse(m) if !corpus.as_ref().is_some_and(|c| c.picker.open) => {
                    if let Some(action) = mouse::action_for(m) {
                        effect = slot.app.update(action);
                    }
                }
                _ => {}
            }
            match std::mem::take(&mut effect) {
                Effect::None => {}
                Effect::Quit => quit = true,
                Effect::ClearScreen => clear = true,
                Effect::Suspend => suspend = true,
                Effect::PickPair => match corpus.as_mut() {
                    Some(c) => c.show_picker(&slot.app),
                    None => slot.app.notice = Some(ONE_PAIR.into()),
                },
                Effect::Edit { side, line } => {
                    // Decisions are on disk before another program gets the terminal.
                    slot.review_file.flush(&mut slot.app);
                    if let Some(path) = slot.app.content.docs[side].path.clone() {
                        let problem = editor::edit(terminal, &path, line, options.mouse)?;
                        signals.forget_interrupt();
                        if let Some(problem) = problem {
                            slot.app.notice = Some(problem);
                        }
                        slot.reload.request(side);
                    }
                    // The terminal may have been resized under the editor (a resize asks nothing
                    // of the loop); the next frame is drawn whole.
                    let size = terminal.size().context("cannot read the terminal size")?;
                    let _ = slot.app.update(Action::Resize(size.width, size.height));
                    dirty = true;
                }
            }
            // Every decision is on disk before anything else happens.
            slot.review_file.flush(&mut slot.app);
            if quit {
                return Ok(before_exit(&mut slot, Exit::Quit));
            }
            // Stop before reading on: the keys typed after Ctrl-Z belong to the shell.
            next = if suspend {
                None
            } else if event::poll(Duration::ZERO)? {
                Some(event::read()?)
            } else {
                None
            };
        }
    }
}

/// Every way out of the event loop (quit or stop signal) passes here while the terminal is still
/// in raw mode: the review file gets its last save.
fn before_exit(slot: &mut corpus::OpenPair, exit: Exit) -> Ended {
    slot.review_file.flush(&mut slot.app);
    Ended {
        exit,
        unsaved: slot.app.review.unsaved.clone(),
    }
}

/// What the pair picker key says when only one pair is open.
const ONE_PAIR: &str = "one pair open: `tandem DIR` opens a folder of pairs with a picker";
