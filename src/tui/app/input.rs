//! A one-line text input (notes now, searches later): typed characters in any script, cursor
//! movement by character, Enter to commit and Esc to cancel.

use super::App;
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

impl App {
    /// One key while a line is being typed.
    pub(super) fn edit_input(&mut self, key: KeyEvent) {
        let Some(input) = self.input.as_mut() else {
            return;
        };
        match key.code {
            KeyCode::Enter => {
                if let Some(done) = self.input.take() {
                    match done.purpose {
                        InputPurpose::Note { group } => self.commit_note(group, done.text),
                        InputPurpose::Search => self.run_search(done.text),
                    }
                }
            }
            KeyCode::Esc => {
                self.input = None;
                self.notice = Some("not saved".into());
            }
            KeyCode::Backspace if input.cursor > 0 => {
                let from = input.prev_boundary();
                input.text.replace_range(from..input.cursor, "");
                input.cursor = from;
            }
            KeyCode::Delete if input.cursor < input.text.len() => {
                let to = input.next_boundary();
                input.text.replace_range(input.cursor..to, "");
            }
            KeyCode::Left => input.cursor = input.prev_boundary(),
            KeyCode::Right => input.cursor = input.next_boundary(),
            KeyCode::Home => input.cursor = 0,
            KeyCode::End => input.cursor = input.text.len(),
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                input.text.replace_range(..input.cursor, "");
                input.cursor = 0;
            }
            // Any printable character, Telugu included; controls never enter the text.
            KeyCode::Char(c)
                if !c.is_control() && !key.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                input.text.insert(input.cursor, c);
                input.cursor += c.len_utf8();
            }
            _ => {}
        }
    }
}
