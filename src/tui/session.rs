//! The review file of a viewing session: where it lives, loading it at start (a file that cannot
//! be read is reported and never written over), and saving every change at once.

use super::app::App;
use crate::core::review::ReviewStore;
use std::path::PathBuf;

/// The review file, open for saving.
#[derive(Debug)]
pub struct ReviewFile {
    store: Option<ReviewStore>,
}

impl ReviewFile {
    /// Opens the review at `path` and gives it to the app; problems become the app's notice.
    pub fn open(path: Option<PathBuf>, app: &mut App) -> ReviewFile {
        let Some(path) = path else {
            app.notice = Some("review decisions are not saved: pass --review PATH".into());
            return ReviewFile { store: None };
        };
        let (store, loaded) = ReviewStore::open(&path);
        match loaded {
            Ok(review) => {
                app.set_review(review);
                // With the analysis already there (tests), say what was loaded now; otherwise
                // the analysis arriving says it.
                if app.content.analysed.is_some() {
                    if let Some(notice) = app.review.describe(&app.content.docs) {
                        app.notice = Some(notice);
                    }
                }
            }
            Err(e) => {
                app.notice = Some(format!("review file not used, it will not be touched: {e}"));
            }
        }
        ReviewFile { store: Some(store) }
    }

    /// Saves the review if it changed. A failure is shown in the status bar; what was saved
    /// before stays intact (the store writes a temporary file and renames it).
    pub fn flush(&mut self, app: &mut App) {
        if !app.review.dirty {
            return;
        }
        app.review.dirty = false;
        let Some(store) = self.store.as_mut() else {
            return;
        };
        // The folder is made with the first decision, not by merely viewing (the sample's review
        // lives in the user's data directory). Best effort: a folder that cannot be made shows
        // up as the save error below.
        if let Some(dir) = store.path().parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::create_dir_all(dir);
        }
        let state = &mut app.review;
        state.review.stamp(&state.prints);
        match store.save(&state.review) {
            Ok(()) => {
                state.unsaved = None;
                state.quit_asked = false;
            }
            Err(e) => {
                state.unsaved = Some(e.to_string());
                app.notice = Some(format!("NOT SAVED: {e}"));
            }
        }
    }
}
