//! A one-line text input (notes now, searches later): typed characters in any script, cursor
//! movement by character, Enter to commit and Esc to cancel.

use super::App;
use crate::tui::modes::InputAction;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What the line being typed is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputPurpose {
    /// The note of alignment group `group`.
    Note { group: usize },
    /// A search of the focused pane.
    Search,
}

/// The line being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInput {
    pub purpose: InputPurpose,
    pub text: String,
    /// Byte offset of the cursor in `text`, always on a character boundary.
    pub cursor: usize,
}

impl LineInput {
    pub fn new(purpose: InputPurpose, text: String) -> LineInput {
        let cursor = text.len();
        LineInput {
            purpose,
            text,
            cursor,
        }
    }

    /// The prompt shown before the text.
    pub fn prompt(&self) -> String {
        match self.purpose {
            InputPurpose::Note { group } => format!("note for group {}: ", group + 1),
            InputPurpose::Search => "/".to_string(),
        }
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .chars()
            .next()
            .map_or(self.cursor, |c| self.cursor + c.len_utf8())
    }
}

/// The most a paste adds to a line: a note or a search, not a file.
pub const PASTE_MAX_BYTES: usize = 64 * 1024;

/// A paste as one line: line breaks (and tabs) become spaces, a break at the end is dropped,
/// other control characters are left out (a paste cannot smuggle escape sequences into the
/// status bar), and at most [`PASTE_MAX_BYTES`] are kept, cut on a character boundary.
pub fn fold_paste(text: &str) -> String {
    let text = text.trim_end_matches(['\r', '\n']);
    let mut out = String::with_capacity(text.len().min(PASTE_MAX_BYTES));
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            // "\r\n" is one break.
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\r' | '\n' | '\t' => ' ',
            c if c.is_control() => continue,
            c => c,
        };
        if out.len() + c.len_utf8() > PASTE_MAX_BYTES {
            break;
        }
        out.push(c);
    }
    out
}

impl App {
    /// A paste (bracketed paste: the terminal marks it as one): text for the line being typed,
    /// folded to one line; outside a prompt it is no keys at all, only a notice.
    pub fn paste(&mut self, text: &str) {
        let Some(input) = self.input.as_mut() else {
            self.notice = Some("paste ignored: paste into a prompt (a note, a search)".into());
            return;
        };
        let folded = fold_paste(text);
        input.text.insert_str(input.cursor, &folded);
        input.cursor += folded.len();
    }

    /// One key while a line is being typed: a key bound in the input's keymap (see
    /// `tui::modes`) acts, any other printable character is typed, the rest does nothing.
    pub(super) fn edit_input(&mut self, key: KeyEvent) {
        let action = self.modes.input.action(key);
        let Some(input) = self.input.as_mut() else {
            return;
        };
        let Some(action) = action else {
            // Any printable character, Telugu included; controls never enter the text.
            if let KeyCode::Char(c) = key.code {
                if !c.is_control() && !key.modifiers.contains(KeyModifiers::CONTROL) {
                    input.text.insert(input.cursor, c);
                    input.cursor += c.len_utf8();
                }
            }
            return;
        };
        match action {
            InputAction::Commit => {
                if let Some(done) = self.input.take() {
                    match done.purpose {
                        InputPurpose::Note { group } => self.commit_note(group, done.text),
                        InputPurpose::Search => self.run_search(done.text),
                    }
                }
            }
            InputAction::Cancel => {
                // Only a note has something to lose; a cancelled search also drops what the
                // status bar said before it ("mention 2 of 5"), which no longer holds.
                let note = matches!(input.purpose, InputPurpose::Note { .. });
                self.input = None;
                self.notice = note.then(|| "note not saved".into());
            }
            InputAction::DeleteBack if input.cursor > 0 => {
                let from = input.prev_boundary();
                input.text.replace_range(from..input.cursor, "");
                input.cursor = from;
            }
            InputAction::DeleteForward if input.cursor < input.text.len() => {
                let to = input.next_boundary();
                input.text.replace_range(input.cursor..to, "");
            }
            InputAction::Left => input.cursor = input.prev_boundary(),
            InputAction::Right => input.cursor = input.next_boundary(),
            InputAction::Start => input.cursor = 0,
            InputAction::End => input.cursor = input.text.len(),
            InputAction::ClearBefore => {
                input.text.replace_range(..input.cursor, "");
                input.cursor = 0;
            }
            InputAction::DeleteBack | InputAction::DeleteForward => {}
        }
    }
}
