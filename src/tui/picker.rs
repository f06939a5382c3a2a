//! The pair picker of corpus mode (`tandem DIR`): a list of the corpus's pairs with a fuzzy
//! filter, shown over the viewer. Pure state: keys in, an outcome out; drawing is
//! `ui::picker`, switching pairs is `tui::corpus`.
//!
//! The filter is a case-insensitive subsequence match ("mnsn" finds "Monsoon"), best matches
//! first: matches that start earlier and run in longer unbroken stretches rank higher, ties in
//! corpus order. Typed characters go to the filter (so `j`/`k` do not move); the arrows,
//! `^n`/`^p` and PgUp/PgDn move, Enter opens, Esc closes.

use super::modes::{ModeKeymap, PickerAction};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// How far a pair's review has got, as far as the picker knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EntryProgress {
    /// No review file, or not looked at yet.
    #[default]
    None,
    /// A review file with this many group decisions (the pair is not analysed yet, so the
    /// number of groups is unknown).
    Decisions(usize),
    /// Opened in this session: groups decided out of all groups.
    Groups { reviewed: usize, total: usize },
}

impl EntryProgress {
    /// As the picker shows it: "3/8 groups", "5 decisions", or "" for none.
    pub fn label(self) -> String {
        match self {
            EntryProgress::None => String::new(),
            EntryProgress::Decisions(n) => format!("{n} decisions"),
            EntryProgress::Groups { reviewed, total } => format!("{reviewed}/{total} groups"),
        }
    }
}

/// One pair in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerEntry {
    pub title: String,
    /// Both files together, in bytes.
    pub bytes: u64,
    pub progress: EntryProgress,
}

/// What a key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerOutcome {
    /// Still picking.
    Stay,
    /// Closed without choosing.
    Close,
    /// Open pair number `n` (an index into the entries).
    Open(usize),
    /// Stop the process with the terminal given back (Ctrl-Z), picker still open.
    Suspend,
}

/// The picker's state.
#[derive(Debug, Clone)]
pub struct Picker {
    pub entries: Vec<PickerEntry>,
    /// The pair on screen now.
    pub current: usize,
    pub open: bool,
    pub query: String,
    /// Entries that match the query, best first.
    pub matches: Vec<usize>,
    /// Position of the highlighted entry in `matches`.
    pub selected: usize,
    /// Why the last pair could not be opened, shown until the next key.
    pub message: Option<String>,
    /// The picker's keys (defaults, or as the config file's `[keys.picker]` changed them).
    pub keys: ModeKeymap<PickerAction>,
}

/// Rows PgUp/PgDn move by.
const PAGE: usize = 10;

impl Picker {
    pub fn new(entries: Vec<PickerEntry>, current: usize) -> Picker {
        let matches = (0..entries.len()).collect();
        Picker {
            entries,
            current,
            open: false,
            query: String::new(),
            matches,
            selected: 0,
            message: None,
            keys: ModeKeymap::default(),
        }
    }

    /// Opens the list with an empty filter and the current pair highlighted.
    pub fn show(&mut self) {
        self.open = true;
        self.query.clear();
        self.message = None;
        self.refilter();
        self.selected = self
            .matches
            .iter()
            .position(|&k| k == self.current)
            .unwrap_or(0);
    }

    /// The highlighted entry, if any matches.
    pub fn highlighted(&self) -> Option<usize> {
        self.matches.get(self.selected).copied()
    }

    /// Handles one key: a key bound in the picker's keymap acts, any other printable
    /// character goes to the filter.
    pub fn on_key(&mut self, key: KeyEvent) -> PickerOutcome {
        self.message = None;
        let last = self.matches.len().saturating_sub(1);
        let Some(action) = self.keys.action(key) else {
            if let KeyCode::Char(c) = key.code {
                if !c.is_control() && !key.modifiers.contains(KeyModifiers::CONTROL) {
                    self.query.push(c);
                    self.refilter();
                }
            }
            return PickerOutcome::Stay;
        };
        match action {
            PickerAction::Close => {
                self.open = false;
                return PickerOutcome::Close;
            }
            PickerAction::Open => {
                if let Some(k) = self.highlighted() {
                    return PickerOutcome::Open(k);
                }
            }
            PickerAction::Down => self.selected = (self.selected + 1).min(last),
            PickerAction::Up => self.selected = self.selected.saturating_sub(1),
            PickerAction::PageDown => self.selected = (self.selected + PAGE).min(last),
            PickerAction::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            PickerAction::First => self.selected = 0,
            PickerAction::Last => self.selected = last,
            PickerAction::DeleteBack => {
                self.query.pop();
                self.refilter();
            }
            PickerAction::ClearFilter => {
                self.query.clear();
                self.refilter();
            }
            PickerAction::Suspend => return PickerOutcome::Suspend,
        }
        PickerOutcome::Stay
    }

    /// A paste goes to the filter, as one line (see `app::fold_paste`).
    pub fn paste(&mut self, text: &str) {
        self.message = None;
        self.query.push_str(&crate::tui::app::fold_paste(text));
        self.refilter();
    }

    fn refilter(&mut self) {
        let mut scored: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(k, e)| fuzzy_score(&self.query, &e.title).map(|s| (s, k)))
            .collect();
        // Best score first; equal scores keep corpus order.
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.matches = scored.into_iter().map(|(_, k)| k).collect();
        self.selected = 0;
    }
}

/// How well `query` matches `text` as a case-insensitive subsequence; `None` when it does not.
/// Higher is better: each matched character scores, more when it follows the previous match
/// directly or starts a word, and a match that starts early loses less. The empty query matches
/// everything equally.
pub fn fuzzy_score(query: &str, text: &str) -> Option<u32> {
    let text: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut score: u32 = 0;
    let mut at = 0;
    let mut prev: Option<usize> = None;
    for q in query.chars().flat_map(char::to_lowercase) {
        if q.is_whitespace() {
            continue;
        }
        let found = at + text.get(at..)?.iter().position(|&c| c == q)?;
        score += 1;
        if prev.is_some_and(|p| p + 1 == found) {
            score += 4;
        }
        if found == 0 || !text[found - 1].is_alphanumeric() {
            score += 3;
        }
        if prev.is_none() {
            score += 10u32.saturating_sub(found.min(10) as u32);
        }
        prev = Some(found);
        at = found + 1;
    }
    Some(score)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(titles: &[&str]) -> Vec<PickerEntry> {
        titles
            .iter()
            .map(|t| PickerEntry {
                title: t.to_string(),
                bytes: 100,
                progress: EntryProgress::None,
            })
            .collect()
    }

    fn typed(p: &mut Picker, s: &str) -> PickerOutcome {
        let mut last = PickerOutcome::Stay;
        for c in s.chars() {
            last = p.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        last
    }

    fn key(p: &mut Picker, code: KeyCode) -> PickerOutcome {
        p.on_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn fuzzy_matches_subsequences_and_ranks_tight_early_ones_first() {
        assert!(fuzzy_score("mnsn", "Monsoon reaches the coast").is_some());
        assert!(fuzzy_score("xyz", "Monsoon").is_none());
        assert_eq!(fuzzy_score("", "anything"), Some(0));
        let tight = fuzzy_score("rain", "rain in the south");
        let loose = fuzzy_score("rain", "trade agreement in india");
        assert!(tight > loose, "{tight:?} {loose:?}");
        // Case does not matter; Telugu titles are matched by their letters.
        assert_eq!(fuzzy_score("MON", "monsoon"), fuzzy_score("mon", "Monsoon"));
        assert!(fuzzy_score("వర్ష", "భారీ వర్షాలు").is_some());
    }

    #[test]
    fn typing_filters_and_enter_opens_the_best_match() {
        let mut p = Picker::new(
            entries(&["cricket final", "climate summit", "space launch"]),
            0,
        );
        p.show();
        assert_eq!(p.matches, [0, 1, 2]);
        assert_eq!(typed(&mut p, "spc"), PickerOutcome::Stay);
        assert_eq!(p.matches, [2]);
        assert_eq!(key(&mut p, KeyCode::Enter), PickerOutcome::Open(2));
        // Backspace widens the filter again; ^u clears it. "cl" is in all three titles as a
        // subsequence, the word start "cl" of climate ranks first; "clim" is climate alone.
        key(&mut p, KeyCode::Backspace);
        key(&mut p, KeyCode::Backspace);
        assert_eq!(p.query, "s");
        p.on_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
        typed(&mut p, "cl");
        assert_eq!(p.matches, [1, 0, 2]);
        typed(&mut p, "im");
        assert_eq!(p.matches, [1]);
        typed(&mut p, "q");
        assert!(p.matches.is_empty());
        assert_eq!(key(&mut p, KeyCode::Enter), PickerOutcome::Stay);
        p.show();
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(p.on_key(ctrl_z), PickerOutcome::Suspend);
        assert!(p.open, "still open after fg");
        assert_eq!(key(&mut p, KeyCode::Esc), PickerOutcome::Close);
        assert!(!p.open);
    }

    #[test]
    fn moving_stays_in_the_list_and_show_starts_on_the_current_pair() {
        let mut p = Picker::new(entries(&["a", "b", "c"]), 1);
        p.show();
        assert_eq!(p.highlighted(), Some(1));
        key(&mut p, KeyCode::Down);
        key(&mut p, KeyCode::Down);
        assert_eq!(p.highlighted(), Some(2));
        key(&mut p, KeyCode::PageUp);
        assert_eq!(p.highlighted(), Some(0));
        key(&mut p, KeyCode::Up);
        assert_eq!(p.highlighted(), Some(0));
        // j and k are letters of the filter, not moves.
        typed(&mut p, "j");
        assert!(p.matches.is_empty());
    }

    #[test]
    fn progress_labels() {
        assert_eq!(EntryProgress::None.label(), "");
        assert_eq!(EntryProgress::Decisions(5).label(), "5 decisions");
        assert_eq!(
            EntryProgress::Groups {
                reviewed: 3,
                total: 8
            }
            .label(),
            "3/8 groups"
        );
    }
}
