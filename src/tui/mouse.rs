//! The mouse in the terminal: turning its reports on and off, and turning its events into
//! [`Action`]s, so a click or a wheel turn goes through `App::update` exactly like a key.
//!
//! Only button presses and the wheel are asked for (xterm mode 1000, SGR encoding 1006), not
//! motion: a pointer moving over the window would otherwise wake the event loop for nothing, and
//! nothing here uses dragging. While the reports are on, the terminal's own text selection needs
//! Shift (in most terminals); `--no-mouse` or `mouse = false` leaves the mouse to the terminal.
//!
//! A terminal left reporting the mouse after tandem ends prints escape sequences at every click
//! into the shell, so the reports are turned off on every way out: the normal exit path (quit,
//! stop signal, error: `tui::run_with`) and a panic ([`release_on_panic`]).

use super::action::Action;
use ratatui::crossterm::event::{DisableMouseCapture, MouseButton, MouseEvent, MouseEventKind};
use ratatui::crossterm::{execute, Command};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Rows one notch of the wheel scrolls.
pub const WHEEL_LINES: i16 = 3;

/// Mouse reports are on (so a panic knows to turn them off).
static REPORTING: AtomicBool = AtomicBool::new(false);

/// Turns on reports of button presses and the wheel, in SGR encoding (coordinates past column
/// 223 work).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EnableClickReports;

impl Command for EnableClickReports {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }
}

/// Asks the terminal on `out` for mouse reports.
pub fn enable(out: &mut impl Write) -> io::Result<()> {
    // Set first: if writing fails halfway, turning off later is harmless.
    REPORTING.store(true, Ordering::SeqCst);
    execute!(out, EnableClickReports)
}

/// Turns mouse reports off (every mode, as crossterm's `DisableMouseCapture` does) if
/// [`enable`] turned them on; does nothing otherwise.
pub fn disable(out: &mut impl Write) -> io::Result<()> {
    if REPORTING.swap(false, Ordering::SeqCst) {
        execute!(out, DisableMouseCapture)?;
    }
    Ok(())
}

/// Wraps the current panic hook (ratatui's, which restores the terminal) so that mouse reports
/// are turned off first.
pub fn release_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = disable(&mut io::stdout());
        previous(info);
    }));
}

/// The action a mouse event asks for: the wheel scrolls, a left click clicks; the rest
/// (releases, other buttons, drags) asks for nothing.
pub fn action_for(event: MouseEvent) -> Option<Action> {
    let (column, row) = (event.column, event.row);
    match event.kind {
        MouseEventKind::ScrollDown => Some(Action::ScrollAt {
            column,
            row,
            lines: WHEEL_LINES,
        }),
        MouseEventKind::ScrollUp => Some(Action::ScrollAt {
            column,
            row,
            lines: -WHEEL_LINES,
        }),
        MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt { column, row }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn event(kind: MouseEventKind) -> MouseEvent {
        MouseEvent {
            kind,
            column: 12,
            row: 5,
            modifiers: KeyModifiers::NONE,
        }
    }

    #[test]
    fn wheel_and_left_click_become_actions() {
        assert_eq!(
            action_for(event(MouseEventKind::ScrollDown)),
            Some(Action::ScrollAt {
                column: 12,
                row: 5,
                lines: 3
            })
        );
        assert_eq!(
            action_for(event(MouseEventKind::ScrollUp)),
            Some(Action::ScrollAt {
                column: 12,
                row: 5,
                lines: -3
            })
        );
        assert_eq!(
            action_for(event(MouseEventKind::Down(MouseButton::Left))),
            Some(Action::ClickAt { column: 12, row: 5 })
        );
        for kind in [
            MouseEventKind::Up(MouseButton::Left),
            MouseEventKind::Down(MouseButton::Right),
            MouseEventKind::Drag(MouseButton::Left),
            MouseEventKind::Moved,
        ] {
            assert_eq!(action_for(event(kind)), None, "{kind:?}");
        }
    }

    #[test]
    fn reports_are_turned_off_only_when_they_were_on() -> io::Result<()> {
        let mut out = Vec::new();
        disable(&mut out)?;
        assert!(out.is_empty(), "nothing to turn off");
        enable(&mut out)?;
        assert_eq!(out, b"\x1b[?1000h\x1b[?1006h");
        out.clear();
        disable(&mut out)?;
        let off = String::from_utf8_lossy(&out).into_owned();
        for mode in ["1000", "1002", "1003", "1006"] {
            assert!(off.contains(&format!("\x1b[?{mode}l")), "{off:?}");
        }
        out.clear();
        disable(&mut out)?;
        assert!(out.is_empty(), "off once");
        Ok(())
    }
}
