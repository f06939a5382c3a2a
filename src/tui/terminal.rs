//! The terminal's modes while the viewer owns it, and giving them back: on every way out (quit,
//! stop signal, error: `tui::run_with`; a panic: [`release_on_panic`] and
//! `mouse::release_on_panic`) and while the
//! process is stopped (SIGTSTP from `kill` or the shell, Ctrl-Z, which raw mode delivers as a
//! key). Stopped with the alternate screen, a hidden cursor, mouse reports and raw mode still
//! on, the shell the user is back in would be unusable; and after `fg` the viewer must take the
//! terminal again and draw everything, since the shell drew over it.
//!
//! Besides what ratatui sets up (raw mode, alternate screen), the viewer asks for mouse reports
//! (`mouse`) and bracketed paste: a paste arrives as one [`Event::Paste`] of text instead of
//! keys, so pasted lines cannot run commands.
//!
//! [`Event::Paste`]: ratatui::crossterm::event::Event::Paste

use super::mouse;
use anyhow::Context;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::terminal::{self, EnterAlternateScreen};
use ratatui::crossterm::{cursor, execute};
use ratatui::DefaultTerminal;
use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

/// Bracketed paste is on (so a panic knows to turn it off).
static PASTE: AtomicBool = AtomicBool::new(false);

/// Turns on what the viewer asks of the terminal beyond raw mode and the alternate screen:
/// bracketed paste, and mouse reports when `with_mouse`.
pub fn enable_extras(with_mouse: bool) -> anyhow::Result<()> {
    PASTE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), EnableBracketedPaste).context("cannot turn on bracketed paste")?;
    if with_mouse {
        mouse::enable(&mut io::stdout()).context("cannot turn on the mouse")?;
    }
    Ok(())
}

/// Turns off what [`enable_extras`] turned on (each only if it is on): mouse reports first,
/// then bracketed paste. Safe in a panic hook.
pub fn disable_extras() -> io::Result<()> {
    let mouse_off = mouse::disable(&mut io::stdout());
    let paste_off = if PASTE.swap(false, Ordering::SeqCst) {
        execute!(io::stdout(), DisableBracketedPaste)
    } else {
        Ok(())
    };
    mouse_off.and(paste_off)
}

/// Wraps the current panic hook (ratatui's, which restores the terminal) so that bracketed
/// paste is turned off first: a shell left with it on sees `ESC[200~` around every paste.
pub fn release_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if PASTE.swap(false, Ordering::SeqCst) {
            let _ = execute!(io::stdout(), DisableBracketedPaste);
        }
        previous(info);
    }));
}

/// Gives the terminal back for good: extras off, cursor shown, raw mode and the alternate
/// screen left.
pub fn restore() -> anyhow::Result<()> {
    let extras = disable_extras().context("cannot reset the terminal");
    let shown = execute!(io::stdout(), cursor::Show).context("cannot show the cursor");
    let restored = ratatui::try_restore().context("cannot restore the terminal");
    extras.and(shown).and(restored)
}

/// Stops the process by SIGTSTP with its default action, so the shell sees an ordinary stop
/// ("Stopped", status 148): tandem's own handler (it only sets a flag) is put aside for the
/// moment of the stop and back when the process continues.
fn stop() -> io::Result<()> {
    // SAFETY: `sigaction` with valid pointers to zero-initialised (then filled) structs; the
    // old action is saved and put back unchanged. `raise` stops the whole process, and returns
    // once it is continued.
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut saved: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGTSTP, &default, &mut saved) != 0 {
            return Err(io::Error::last_os_error());
        }
        let raised = libc::raise(libc::SIGTSTP);
        let back = libc::sigaction(libc::SIGTSTP, &saved, std::ptr::null_mut());
        if raised != 0 || back != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Stops the process as SIGTSTP would, with the terminal given back while it is stopped, and
/// takes the terminal again when it continues (SIGCONT, `fg`): modes back on, the screen
/// cleared so the next draw paints every cell.
pub fn suspend(term: &mut DefaultTerminal, with_mouse: bool) -> anyhow::Result<()> {
    restore()?;
    // While stopped, tandem could not answer a program that opens a mapped file to write it:
    // that program would hang for the kernel's lease-break-time (45 s).
    crate::core::mapped::copy_all();
    stop().context("cannot stop the process")?;
    terminal::enable_raw_mode().context("cannot start the terminal UI again")?;
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)
        .context("cannot start the terminal UI again")?;
    enable_extras(with_mouse)?;
    term.clear().context("cannot clear the terminal")?;
    Ok(())
}
