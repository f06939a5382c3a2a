//! `v`: the terminal handed to the user's editor and taken back when it ends (issue 20).
//!
//! For the editor the screen must be a normal terminal again: mouse reports off, the main
//! screen instead of the alternate one, cooked mode, the cursor shown. Afterwards all of that
//! is set up again and the whole screen drawn anew, since the editor left its own picture.
//! Editors that open a window and wait (`code --wait`) work the same way; ones that return at
//! once still have their saves seen by the file watcher.

use super::mouse;
use crate::core::editor;
use crate::core::text::display::sanitize_inline;
use anyhow::Context;
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{enable_raw_mode, EnterAlternateScreen};
use ratatui::DefaultTerminal;
use std::path::Path;

/// Opens `path` at `line` in `$VISUAL`, else `$EDITOR`, else `vi`, and waits for it. Returns a
/// message for the status bar when the editor could not run or failed; an error only when the
/// terminal cannot be taken back.
pub fn edit(
    terminal: &mut DefaultTerminal,
    path: &Path,
    line: usize,
    mouse: bool,
) -> anyhow::Result<Option<String>> {
    let spec = editor::choose(
        std::env::var("VISUAL").ok().as_deref(),
        std::env::var("EDITOR").ok().as_deref(),
    );
    let command = match editor::command(&spec, path, line) {
        Ok(c) => c,
        Err(e) => return Ok(Some(sanitize_inline(&e.to_string()))),
    };
    suspend(terminal, mouse)?;
    let status = std::process::Command::new(&command.program)
        .args(&command.args)
        .status();
    resume(terminal, mouse)?;
    let name = sanitize_inline(&command.program);
    Ok(match status {
        Ok(s) if s.success() => None,
        Ok(s) => Some(format!("the editor “{name}” ended with {s}")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(format!(
            "cannot start the editor “{name}”: no such program (set $VISUAL or $EDITOR)"
        )),
        Err(e) => Some(format!("cannot start the editor “{name}”: {e}")),
    })
}

/// The terminal as a shell has it.
fn suspend(terminal: &mut DefaultTerminal, mouse: bool) -> anyhow::Result<()> {
    if mouse {
        mouse::disable(&mut std::io::stdout()).context("cannot turn off the mouse")?;
    }
    terminal.show_cursor().context("cannot show the cursor")?;
    ratatui::try_restore().context("cannot hand the terminal to the editor")
}

/// The terminal as the viewer has it, with the next frame drawn whole.
fn resume(terminal: &mut DefaultTerminal, mouse: bool) -> anyhow::Result<()> {
    enable_raw_mode().context("cannot take the terminal back")?;
    execute!(std::io::stdout(), EnterAlternateScreen).context("cannot take the terminal back")?;
    if mouse {
        mouse::enable(&mut std::io::stdout()).context("cannot turn on the mouse")?;
    }
    terminal.hide_cursor().context("cannot hide the cursor")?;
    terminal.clear().context("cannot clear the terminal")
}
