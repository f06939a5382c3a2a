//! Corpus mode of the viewer (`tandem DIR`): one pair on screen, the others a key (`p`) away in
//! the picker, each keeping its place and its review while another is shown.
//!
//! A pair is opened the first time it is picked: its own `App` (scroll position, selection,
//! search, layouts), its background analysis and its review file (the default one beside the
//! English article). Switching away flushes the review and parks all three in memory;
//! switching back restores them as they were, resized to the terminal. Parked pairs keep their
//! analysis threads running, so a pair opened and left at once is ready when it comes back.
//! Memory grows with the pairs visited in a session (a few hundred kB per news-size pair).

use super::action::{Action, Effect};
use super::app::{progress, App};
use super::background::Background;
use super::picker::{EntryProgress, Picker, PickerEntry, PickerOutcome};
use super::reload::Reload;
use super::session::ReviewFile;
use super::Options;
use crate::core::corpus::{Corpus, CorpusPair};
use crate::core::open::{open_pair, OpenedPair, PairRequest};
use crate::core::review::default_review_path;
use ratatui::crossterm::event::KeyEvent;
use std::path::PathBuf;
use std::sync::Arc;

/// Everything the viewer keeps for one pair.
pub struct OpenPair {
    pub app: App,
    pub background: Background,
    pub review_file: ReviewFile,
    /// The watch on the pair's files and the reads after a change.
    pub reload: Reload,
}

/// Starts viewing a pair: its app at the terminal's size, the analysis in the background, the
/// review file (`review`, or the default for the pair) loaded into the app.
pub fn start_pair(
    opened: OpenedPair,
    review: Option<PathBuf>,
    width: u16,
    height: u16,
    options: &Options,
) -> OpenPair {
    let docs = Arc::new(opened.docs);
    let review_path = crate::core::review::review_location(review.as_deref(), &docs);
    // The analysis has the most to do, but starts once the first screen is drawn (the event
    // loop releases it): on two cores it would otherwise slow that screen down.
    let background = Background::held(Arc::clone(&docs));
    let mut app = App::new(docs, width, height);
    if !opened.notices.is_empty() {
        app.notice = Some(opened.notices.join("; "));
    }
    let review_file = ReviewFile::open(review_path, &mut app);
    let docs = Arc::clone(&app.content.docs);
    let reload = Reload::new(&docs, options, &mut app);
    app.bindings = options.bindings.clone();
    app.modes = crate::tui::modes::ModeKeys::new(&options.modes);
    if options.romanise {
        app.start_romanised();
    }
    OpenPair {
        app,
        background,
        review_file,
        reload,
    }
}

/// The pairs of a corpus and the picker over them.
pub struct CorpusViewer {
    pairs: Vec<CorpusPair>,
    lossy: bool,
    /// The pairs not on screen that have been opened, by index.
    parked: Vec<Option<OpenPair>>,
    pub picker: Picker,
    /// Whether the review files of unopened pairs have been looked at (on first showing).
    looked_at_reviews: bool,
}

impl CorpusViewer {
    /// The viewer over `corpus`, and the first pair that opens (with a notice for the pairs
    /// before it that did not). An error when none of the pairs can be opened.
    pub fn new(corpus: Corpus, lossy: bool) -> anyhow::Result<(CorpusViewer, OpenedPair)> {
        let mut skipped = Vec::new();
        let mut first = None;
        for (k, pair) in corpus.pairs.iter().enumerate() {
            match open_pair(&request(pair, lossy)) {
                Ok(opened) => {
                    first = Some((k, opened));
                    break;
                }
                Err(e) => skipped.push(e.to_string()),
            }
        }
        let Some((current, mut opened)) = first else {
            let why = skipped.into_iter().next().unwrap_or_default();
            anyhow::bail!("{}: no pair could be opened ({why})", corpus.root.display());
        };
        if !corpus.notices.is_empty() || !skipped.is_empty() {
            opened.notices.push(format!(
                "corpus of {} pairs: {} files or lines skipped, {} pairs not opened \
                 (tandem report lists them)",
                corpus.pairs.len(),
                corpus.notices.len(),
                skipped.len()
            ));
        }
        let entries = corpus
            .pairs
            .iter()
            .map(|p| PickerEntry {
                title: p.title.clone(),
                bytes: [&p.te, &p.en]
                    .iter()
                    .filter_map(|f| std::fs::metadata(f).ok())
                    .map(|m| m.len())
                    .sum(),
                progress: EntryProgress::None,
            })
            .collect();
        let parked = corpus.pairs.iter().map(|_| None).collect();
        Ok((
            CorpusViewer {
                pairs: corpus.pairs,
                lossy,
                parked,
                picker: Picker::new(entries, current),
                looked_at_reviews: false,
            },
            opened,
        ))
    }

    /// Opens the picker, with the progress of the pair on screen brought up to date.
    pub fn show_picker(&mut self, app: &App) {
        if !self.looked_at_reviews {
            self.looked_at_reviews = true;
            for (entry, pair) in self.picker.entries.iter_mut().zip(&self.pairs) {
                let path = default_review_path(&pair.en);
                if let Ok(review) = crate::core::review::load(&path) {
                    if !review.groups.is_empty() {
                        entry.progress = EntryProgress::Decisions(review.groups.len());
                    }
                }
            }
        }
        let current = self.picker.current;
        self.note_progress(current, app);
        // The pair on screen may have been edited and read again since.
        if let Some(entry) = self.picker.entries.get_mut(current) {
            let docs = &app.content.docs;
            entry.bytes = (docs.te.text.len() + docs.en.text.len()) as u64;
        }
        self.picker.show();
    }

    fn note_progress(&mut self, k: usize, app: &App) {
        if let (Some(entry), Some((reviewed, total, _, _))) =
            (self.picker.entries.get_mut(k), progress(app))
        {
            entry.progress = EntryProgress::Groups { reviewed, total };
        }
    }

    /// A key while the picker is open; switches `slot` to the chosen pair. Returns what the
    /// event loop must do (a suspend).
    pub fn on_key(&mut self, key: KeyEvent, slot: &mut OpenPair, options: &Options) -> Effect {
        match self.picker.on_key(key) {
            PickerOutcome::Open(k) => self.switch(k, slot, options),
            PickerOutcome::Suspend => return Effect::Suspend,
            PickerOutcome::Stay | PickerOutcome::Close => {}
        }
        Effect::None
    }

    /// Puts pair `k` on screen in `slot`, parking the pair that was there. A pair that cannot be
    /// opened leaves everything as it was, with the reason in the picker.
    pub fn switch(&mut self, k: usize, slot: &mut OpenPair, options: &Options) {
        let current = self.picker.current;
        if k == current {
            self.picker.open = false;
            return;
        }
        let area = slot.app.view.screen.area;
        let target = match self.parked.get_mut(k).and_then(Option::take) {
            Some(parked) => parked,
            None => {
                let Some(pair) = self.pairs.get(k) else {
                    return;
                };
                match open_pair(&request(pair, self.lossy)) {
                    Ok(opened) => start_pair(opened, None, area.width, area.height, options),
                    Err(e) => {
                        self.picker.message = Some(e.to_string());
                        return;
                    }
                }
            }
        };
        // Every decision is on disk before the pair leaves the screen.
        slot.review_file.flush(&mut slot.app);
        self.note_progress(current, &slot.app);
        let old = std::mem::replace(slot, target);
        if let Some(place) = self.parked.get_mut(current) {
            *place = Some(old);
        }
        // The terminal may have changed size while the pair was parked.
        // A resize asks nothing of the event loop.
        let _ = slot.app.update(Action::Resize(area.width, area.height));
        self.picker.current = k;
        self.picker.open = false;
    }
}

fn request(pair: &CorpusPair, lossy: bool) -> PairRequest {
    PairRequest {
        te: Some(pair.te.clone()),
        en: Some(pair.en.clone()),
        lossy,
    }
}
