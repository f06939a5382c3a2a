//! Work that must not hold up the first screen, on other threads: the analysis (entities,
//! alignment, paragraph hashes for the review) and, for big documents, the full layout. Results
//! come back over channels and the event loop hands them to the app between frames.

use super::app::App;
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::Pair;
use crate::core::review::ArticlePrint;
use crate::core::romanise::RomanDocument;
use crate::view::layout::Layout;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

/// What the analysis thread sends back.
pub struct AnalysisDone {
    pub analysis: Analysis,
    pub prints: Pair<ArticlePrint>,
}

/// The background jobs under way.
pub struct Background {
    docs: Arc<Pair<Document>>,
    analysis: Option<Receiver<AnalysisDone>>,
    /// The widths being laid out, and where the layouts will come.
    layout: Option<(Pair<usize>, Receiver<Pair<Layout>>)>,
    /// The Telugu article being romanised (`t` on a big article, see `app::script`).
    roman: Option<Receiver<Arc<RomanDocument>>>,
    /// Nothing started yet: waiting for the first frame (see [`Background::held`]), since then.
    held: Option<Instant>,
}

/// How long [`Background::held`] waits for its release at most: a caller that polls but never
/// draws (a test, a corpus pair opened off screen) must not keep the analysis waiting.
const HOLD_AT_MOST: Duration = Duration::from_millis(250);

impl Background {
    /// Starts the analysis of `docs`.
    pub fn start(docs: Arc<Pair<Document>>) -> Background {
        let mut background = Background::held(docs);
        background.release();
        background
    }

    /// The analysis of `docs`, not started until [`Background::release`]: the viewer starts
    /// it once its first frame is drawn. On two cores the analysis and layout threads would
    /// otherwise take the cores from the first frame (issue 19); a frame later they lose
    /// nothing worth counting against seconds of work.
    pub fn held(docs: Arc<Pair<Document>>) -> Background {
        Background {
            docs,
            analysis: None,
            layout: None,
            roman: None,
            held: Some(Instant::now()),
        }
    }

    /// Starts what [`Background::held`] held back; nothing when it has started already.
    pub fn release(&mut self) {
        if self.held.take().is_none() {
            return;
        }
        let for_thread = Arc::clone(&self.docs);
        self.analysis = Some(spawn("analysis", move || AnalysisDone {
            prints: Pair::from_fn(|side| ArticlePrint::of_document(&for_thread[side])),
            analysis: Analysis::build(&for_thread),
        }));
    }

    /// True while a result may still come.
    pub fn busy(&self) -> bool {
        self.held.is_some()
            || self.analysis.is_some()
            || self.layout.is_some()
            || self.roman.is_some()
    }

    /// Hands finished results to the app, and starts laying out in full when the app only has
    /// the beginning of a document. Returns true when the app changed.
    pub fn poll(&mut self, app: &mut App) -> bool {
        match self.held {
            Some(since) if since.elapsed() < HOLD_AT_MOST => {
                app.analysing = true;
                return false;
            }
            Some(_) => self.release(),
            None => {}
        }
        let mut changed = false;
        if let Some(rx) = &self.analysis {
            match rx.try_recv() {
                Ok(done) => {
                    app.set_analysis_with_prints(done.analysis, done.prints);
                    self.analysis = None;
                    changed = true;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    app.notice = Some("entity analysis failed; showing plain text".into());
                    self.analysis = None;
                    changed = true;
                }
            }
        }
        if let Some((widths, rx)) = &self.layout {
            match rx.try_recv() {
                Ok(layouts) => {
                    // A resize since the job started makes it stale: the app has re-laid out.
                    if *widths == app.layout_widths() {
                        app.set_layouts(layouts);
                        changed = true;
                    }
                    self.layout = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.layout = None,
            }
        }
        let want = app.layout_widths();
        let running = self.layout.as_ref().map(|(w, _)| *w);
        if app.laying_out() && running != Some(want) {
            let docs = Arc::clone(&self.docs);
            let rx = spawn("layout", move || {
                Pair::from_fn(|side| Layout::build(&docs[side], want[side]))
            });
            self.layout = Some((want, rx));
        }
        changed |= self.poll_roman(app);
        app.analysing = self.analysis.is_some();
        changed
    }
}

impl Background {
    /// Starts romanising when `t` waits for it, and hands the result over when it is done.
    fn poll_roman(&mut self, app: &mut App) -> bool {
        if let Some(rx) = &self.roman {
            match rx.try_recv() {
                Ok(roman) => {
                    app.set_romanised(roman);
                    self.roman = None;
                    return true;
                }
                Err(TryRecvError::Empty) => return false,
                Err(TryRecvError::Disconnected) => {
                    app.notice = Some("romanising failed; showing Telugu script".into());
                    app.content.script.pending = false;
                    self.roman = None;
                    return true;
                }
            }
        }
        if app.content.script.pending {
            let docs = Arc::clone(&app.content.docs);
            self.roman = Some(spawn("romanise", move || {
                Arc::new(RomanDocument::build(&docs.te))
            }));
        }
        false
    }
}

/// Runs `job` on a named thread; a thread that cannot start (or panics) shows up as a
/// disconnected channel, which the poll reports.
fn spawn<T: Send + 'static>(name: &str, job: impl FnOnce() -> T + Send + 'static) -> Receiver<T> {
    let (tx, rx) = mpsc::channel();
    let _ = thread::Builder::new().name(name.into()).spawn(move || {
        // The viewer may have quit already; then nobody needs the result.
        let _ = tx.send(job());
    });
    rx
}
