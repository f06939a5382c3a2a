//! Noticing that an open article changed on disk (issue 20): a file watcher (the `notify`
//! crate: inotify, FSEvents, kqueue ...) with its events settled into one "this file changed"
//! per burst of writes. No terminal here, so the viewer and `tandem report --watch` share it.
//!
//! Editors often save by writing a new file and renaming it over the old one (vim, most GUI
//! editors): a watch on the file itself would follow the old inode and see nothing more. So the
//! folder holding each file is watched and its events are kept only for the file's name.

use notify::event::{AccessKind, AccessMode, MetadataKind, ModifyKind};
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long a file must stay quiet after an event before it counts as changed: an editor's
/// save is several events (write, close, rename) within a few milliseconds.
pub const QUIET: Duration = Duration::from_millis(120);

/// A file written without pause (a log, a slow copy) is reported at least this often.
pub const AT_MOST: Duration = Duration::from_millis(1000);

/// Watches some files; says which of them changed, by their index in the list given.
pub struct FileWatch {
    /// Kept alive: dropping it ends the watch.
    _watcher: notify::RecommendedWatcher,
    events: Receiver<usize>,
    settle: Settle,
}

impl std::fmt::Debug for FileWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileWatch")
            .field("settle", &self.settle)
            .finish()
    }
}

/// Where a watched file is: its folder (as the watcher reports it) and its name.
#[derive(Debug, Clone)]
struct Target {
    dir: PathBuf,
    name: OsString,
}

impl FileWatch {
    /// Starts watching `files` (through their folders). An error when a folder cannot be
    /// watched (gone, no permission, out of inotify watches).
    pub fn new(files: &[PathBuf]) -> notify::Result<FileWatch> {
        let targets: Vec<Target> = files.iter().map(|f| target(f)).collect();
        let (tx, events) = mpsc::channel();
        let for_handler = targets.clone();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<Event>| {
            let Ok(event) = res else {
                return;
            };
            if !matters(&event.kind) {
                return;
            }
            for path in &event.paths {
                for (k, t) in for_handler.iter().enumerate() {
                    if path.file_name() == Some(t.name.as_os_str())
                        && path.parent().is_some_and(|d| same_dir(d, &t.dir))
                    {
                        // The receiver is gone only when the watch is being dropped.
                        let _ = tx.send(k);
                    }
                }
            }
        })?;
        let mut dirs: Vec<&Path> = targets.iter().map(|t| t.dir.as_path()).collect();
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            watcher.watch(dir, RecursiveMode::NonRecursive)?;
        }
        Ok(FileWatch {
            _watcher: watcher,
            events,
            settle: Settle::new(QUIET, AT_MOST),
        })
    }

    /// The files that changed and have settled since the last call (indices into the list
    /// given to [`FileWatch::new`]); empty when none. Never blocks.
    pub fn changed(&mut self) -> Vec<usize> {
        let now = Instant::now();
        while let Ok(k) = self.events.try_recv() {
            self.settle.event(k, now);
        }
        self.settle.ready(now)
    }

    /// True while a change has been seen but has not settled yet (poll again soon).
    pub fn pending(&self) -> bool {
        self.settle.pending()
    }

    /// Blocks until some files changed and settled, or `timeout` passed (empty then).
    pub fn wait(&mut self, timeout: Duration) -> Vec<usize> {
        let deadline = Instant::now() + timeout;
        loop {
            let ready = self.changed();
            if !ready.is_empty() {
                return ready;
            }
            let now = Instant::now();
            if now >= deadline {
                return Vec::new();
            }
            // Sleep until the next event, or until a pending change settles.
            let wake = if self.settle.pending() {
                QUIET.min(deadline - now)
            } else {
                deadline - now
            };
            match self.events.recv_timeout(wake) {
                Ok(k) => self.settle.event(k, Instant::now()),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Vec::new(),
            }
        }
    }
}

/// The folder to watch for `file` (absolute, symlinks resolved, as the watcher reports paths)
/// and the name to look for in it.
fn target(file: &Path) -> Target {
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    let name = file
        .file_name()
        .map(OsString::from)
        .unwrap_or_else(|| file.as_os_str().to_os_string());
    Target { dir, name }
}

fn same_dir(reported: &Path, watched: &Path) -> bool {
    reported == watched || std::fs::canonicalize(reported).is_ok_and(|d| d == watched)
}

/// Whether an event can mean the file's content changed: not a read, an open or a touch of
/// the access time (reading the file again must not look like a change).
fn matters(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    }
}

/// Turns bursts of events into one change per file: a file is ready when it has had no event
/// for `quiet`, or when its first unreported event is `at_most` old. Pure (time is passed in).
#[derive(Debug, Clone)]
pub struct Settle {
    quiet: Duration,
    at_most: Duration,
    /// Per file with unreported events: (first, last) event time.
    pending: Vec<(usize, Instant, Instant)>,
}

impl Settle {
    pub fn new(quiet: Duration, at_most: Duration) -> Settle {
        Settle {
            quiet,
            at_most,
            pending: Vec::new(),
        }
    }

    /// Records an event on file `k` at `now`.
    pub fn event(&mut self, k: usize, now: Instant) {
        match self.pending.iter_mut().find(|(f, _, _)| *f == k) {
            Some((_, _, last)) => *last = now,
            None => self.pending.push((k, now, now)),
        }
    }

    /// Whether some file has unreported events.
    pub fn pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// The files ready at `now`, in index order; they are no longer pending.
    pub fn ready(&mut self, now: Instant) -> Vec<usize> {
        let (quiet, at_most) = (self.quiet, self.at_most);
        let mut ready = BTreeSet::new();
        self.pending.retain(|&(k, first, last)| {
            let due = now.duration_since(last) >= quiet || now.duration_since(first) >= at_most;
            if due {
                ready.insert(k);
            }
            !due
        });
        ready.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn a_burst_settles_into_one_change() {
        let mut s = Settle::new(100 * MS, 1000 * MS);
        let t0 = Instant::now();
        assert!(s.ready(t0).is_empty());
        s.event(1, t0);
        s.event(1, t0 + 10 * MS);
        s.event(0, t0 + 20 * MS);
        assert!(s.pending());
        assert!(s.ready(t0 + 50 * MS).is_empty());
        assert_eq!(s.ready(t0 + 111 * MS), [1]);
        assert_eq!(s.ready(t0 + 121 * MS), [0]);
        assert!(!s.pending());
        assert!(s.ready(t0 + 500 * MS).is_empty());
    }

    #[test]
    fn endless_writes_are_reported_now_and_then() {
        let mut s = Settle::new(100 * MS, 1000 * MS);
        let t0 = Instant::now();
        let mut seen = 0;
        for k in 0..30u32 {
            let now = t0 + k * 50 * MS;
            s.event(0, now);
            seen += s.ready(now).len();
        }
        // 1.5 s of writes every 50 ms: never quiet, reported once a second.
        assert_eq!(seen, 1);
    }

    #[test]
    fn reads_and_opens_do_not_count() {
        assert!(!matters(&EventKind::Access(AccessKind::Read)));
        assert!(!matters(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(matters(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(matters(&EventKind::Remove(notify::event::RemoveKind::File)));
        assert!(!matters(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
    }

    #[test]
    fn a_write_a_rename_and_a_removal_are_seen() -> Result<(), Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("tandem-watch-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let file = dir.join("a.en.txt");
        let other = dir.join("b.te.txt");
        std::fs::write(&file, "one\n")?;
        std::fs::write(&other, "two\n")?;
        let mut watch = FileWatch::new(&[other.clone(), file.clone()])?;
        // A file beside them is not theirs.
        std::fs::write(dir.join("a.en.txt.tandem-review.json"), "{}")?;
        assert!(watch.wait(400 * MS).is_empty());
        std::fs::write(&file, "one\ntwo\n")?;
        assert_eq!(watch.wait(3000 * MS), [1]);
        // Saved as vim does: a new file renamed over the old one.
        let tmp = dir.join("a.en.txt.swp");
        std::fs::write(&tmp, "three\n")?;
        std::fs::rename(&tmp, &file)?;
        assert_eq!(watch.wait(3000 * MS), [1]);
        std::fs::remove_file(&other)?;
        assert_eq!(watch.wait(3000 * MS), [0]);
        std::fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
