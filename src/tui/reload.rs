//! Live reload of the pair on screen (issue 20): the file watcher says a file changed (or the
//! editor started with `v` ended), the files are read again on a thread, and the app takes the
//! new text while a new analysis starts in the background, as at start. Nothing here blocks
//! the event loop: reading and hashing a 10 MB article happens off it.
//!
//! A file that is gone or cannot be read keeps its last good text on screen, with a notice;
//! the watcher keeps looking, so the file coming back is read again.

use super::app::{App, Reloaded};
use super::background::Background;
use super::Options;
use crate::core::document::{Document, LoadError};
use crate::core::mapped;
use crate::core::pair::{Pair, Side};
use crate::core::reload::paragraph_hashes;
use crate::core::review::ContentHash;
use crate::core::watch::FileWatch;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;

/// What a reading thread found for one side.
enum Read {
    /// Not asked for.
    Skipped,
    /// The bytes are as they were.
    Same,
    /// New text, with the paragraph hashes before and after.
    New(Document, Vec<ContentHash>, Vec<ContentHash>),
    Failed(LoadError),
}

/// The reload machinery of one pair: its watch, the read under way, what to read after it.
pub struct Reload {
    /// `None` with `--no-watch`, for the sample, or when the watch could not start.
    watch: Option<FileWatch>,
    /// The side of each watched file.
    sides: Vec<Side>,
    job: Option<Receiver<Pair<Read>>>,
    /// Sides to read again as soon as no read is under way.
    wanted: Pair<bool>,
    /// The last read of this side failed (its notice was given).
    failed: Pair<bool>,
    lossy: bool,
    /// Follow changes on disk (not `--no-watch`).
    follow: bool,
    /// [`mapped::changes`] when last looked at: a move means some mapped file changed.
    changes_seen: usize,
}

impl std::fmt::Debug for Reload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reload")
            .field("watching", &self.watch.is_some())
            .field("wanted", &self.wanted)
            .finish()
    }
}

impl Reload {
    /// Watches the files of `docs` unless `options` say not to; a watch that cannot start is
    /// said in the app's notice (the viewer works without it).
    pub fn new(docs: &Pair<Document>, options: &Options, app: &mut App) -> Reload {
        let files: Vec<(Side, std::path::PathBuf)> = Side::BOTH
            .iter()
            .filter_map(|&s| Some((s, docs[s].path.clone()?)))
            .collect();
        let watch = if options.watch && !files.is_empty() {
            let paths: Vec<_> = files.iter().map(|(_, p)| p.clone()).collect();
            match FileWatch::new(&paths) {
                Ok(w) => Some(w),
                Err(e) => {
                    app.notice = Some(format!("not watching the files for changes: {e}"));
                    None
                }
            }
        } else {
            None
        };
        Reload {
            watch,
            sides: files.into_iter().map(|(s, _)| s).collect(),
            job: None,
            wanted: Pair::new(false, false),
            failed: Pair::new(false, false),
            lossy: options.lossy,
            follow: options.watch,
            changes_seen: mapped::changes(),
        }
    }

    /// Asks for `side` to be read again (after the editor ended).
    pub fn request(&mut self, side: Side) {
        self.wanted[side] = true;
    }

    /// True while a change is on its way: the event loop then looks again soon.
    pub fn busy(&self) -> bool {
        self.job.is_some()
            || self.wanted.te
            || self.wanted.en
            || self.watch.as_ref().is_some_and(FileWatch::pending)
    }

    /// Takes what the watcher saw and what a read found; starts the next read. On new text the
    /// app reloads and `background` restarts the analysis. Returns true when the app changed.
    pub fn poll(&mut self, app: &mut App, background: &mut Background) -> bool {
        if let Some(watch) = self.watch.as_mut() {
            for k in watch.changed() {
                if let Some(&side) = self.sides.get(k) {
                    self.wanted[side] = true;
                }
            }
        }
        self.mapped_changed(app);
        let mut changed = false;
        if let Some(rx) = &self.job {
            match rx.try_recv() {
                Ok(read) => {
                    self.job = None;
                    changed = self.take(read, app, background);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.job = None;
                    app.notice = Some("reading the files again failed".into());
                    changed = true;
                }
            }
        }
        if self.job.is_none() && (self.wanted.te || self.wanted.en) {
            let wanted = std::mem::replace(&mut self.wanted, Pair::new(false, false));
            self.job = Some(read_again(
                Arc::clone(&app.content.docs),
                wanted,
                self.lossy,
            ));
        }
        changed
    }

    /// A mapped file about to change was copied (its text is intact): read it again as for a
    /// watcher's event (the watcher may not have started). One whose mapping was damaged is
    /// read again even with `--no-watch`: its text is no longer what was validated.
    fn mapped_changed(&mut self, app: &App) {
        let changes = mapped::changes();
        if changes == self.changes_seen {
            return;
        }
        self.changes_seen = changes;
        for side in Side::BOTH {
            let text = &app.content.docs[side].text;
            if text.damaged() || (self.follow && text.changed_on_disk()) {
                self.wanted[side] = true;
            }
        }
    }

    /// Hands a finished read to the app.
    fn take(&mut self, read: Pair<Read>, app: &mut App, background: &mut Background) -> bool {
        let mut problems = Vec::new();
        let mut back = Vec::new();
        for side in Side::BOTH {
            match &read[side] {
                Read::Failed(e) => {
                    self.failed[side] = true;
                    problems.push(e.to_string());
                }
                Read::Same | Read::New(..) if std::mem::take(&mut self.failed[side]) => {
                    back.push(app.content.docs[side].name.clone());
                }
                _ => {}
            }
        }
        let any_new = Side::BOTH.iter().any(|&s| matches!(read[s], Read::New(..)));
        if any_new {
            let old = Arc::clone(&app.content.docs);
            let mut hashes = Pair::new(None, None);
            let docs = read.map(|side, r| match r {
                Read::New(doc, before, after) => {
                    hashes[side] = Some((before, after));
                    doc
                }
                _ => old[side].clone(),
            });
            app.reload(Reloaded { docs, hashes });
            *background = Background::start(Arc::clone(&app.content.docs));
        } else if !back.is_empty() && problems.is_empty() {
            app.notice = Some(format!("{} is back, unchanged", back.join(" and ")));
        }
        if !problems.is_empty() {
            let text = crate::core::text::display::sanitize_inline(&problems.join("; "));
            let kept = format!("{text}: showing the text as it was (the review is kept)");
            app.notice = Some(match app.notice.take().filter(|_| any_new) {
                Some(reloaded) => format!("{reloaded}; {kept}"),
                None => kept,
            });
        }
        any_new || !problems.is_empty() || !back.is_empty()
    }
}

/// Reads the `wanted` sides of `docs` again from their files, on a thread; each side comes
/// back the same, new (with its paragraph hashes before and after) or failed.
fn read_again(docs: Arc<Pair<Document>>, wanted: Pair<bool>, lossy: bool) -> Receiver<Pair<Read>> {
    let (tx, rx) = mpsc::channel();
    let job = move || {
        let read = Pair::from_fn(|side| {
            let old = &docs[side];
            let Some(path) = old.path.as_deref().filter(|_| wanted[side]) else {
                return Read::Skipped;
            };
            match Document::load(path, lossy) {
                Ok(doc) if doc.text == old.text => Read::Same,
                Ok(doc) => {
                    let before = paragraph_hashes(old);
                    let after = paragraph_hashes(&doc);
                    Read::New(doc, before, after)
                }
                Err(e) => Read::Failed(e),
            }
        });
        // The viewer may have moved on; then nobody needs the result.
        let _ = tx.send(read);
    };
    // A thread that cannot start shows up as a disconnected channel.
    let _ = std::thread::Builder::new().name("reload".into()).spawn(job);
    rx
}
