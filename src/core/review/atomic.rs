//! Replacing a file so that a crash at any moment leaves either the old or the new content
//! under its name, never a mixture or nothing.
//!
//! The new content goes to a temporary file in the same directory (a rename is only atomic
//! within one file system), which is flushed to disk before it is renamed over the target; the
//! directory is flushed after, so the rename itself survives a power cut. The old file is kept
//! as the backup by giving it a second name (a hard link, or a copy where links are not
//! supported) that is then renamed into place, so the target keeps its old content until the
//! final rename. A crash can leave a stray `<name>.tmp.<pid>.<n>` file behind, never a damaged
//! target.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Which step failed, for the error message, and the I/O error.
pub(crate) type StepError = (&'static str, io::Error);

/// Replaces `path` atomically with what `write` writes (streamed into the temporary file, so
/// a large review is never held twice in memory); the file it replaces (if any) becomes
/// `backup`.
pub(crate) fn replace_file(
    path: &Path,
    backup: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StepError> {
    let tmp = temp_name(path, "tmp");
    let result = write_then_rename(path, Some(backup), &tmp, write);
    if result.is_err() {
        // Best effort: the temporary file is ours and useless now.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Replaces `path` atomically with what `write` writes, as [`replace_file`] does but keeping
/// no backup (exports, which can be made again).
pub(crate) fn write_file_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StepError> {
    let tmp = temp_name(path, "tmp");
    let result = write_then_rename(path, None, &tmp, write);
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn write_then_rename(
    path: &Path,
    backup: Option<&Path>,
    tmp: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StepError> {
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(tmp)
        .map_err(|e| ("creating the temporary file", e))?;
    let mut buffered = BufWriter::new(file);
    write(&mut buffered).map_err(|e| ("writing the temporary file", e))?;
    let file = buffered
        .into_inner()
        .map_err(|e| ("writing the temporary file", e.into_error()))?;
    let old = fs::metadata(path).ok().filter(|m| m.is_file());
    if let Some(meta) = &old {
        // Keep the reviewer's permissions on the file.
        file.set_permissions(meta.permissions())
            .map_err(|e| ("copying permissions", e))?;
    }
    file.sync_all()
        .map_err(|e| ("flushing the temporary file to disk", e))?;
    drop(file);
    if let (Some(_), Some(backup)) = (&old, backup) {
        keep_backup(path, backup).map_err(|e| ("keeping the previous version as backup", e))?;
    }
    fs::rename(tmp, path).map_err(|e| ("replacing the file", e))?;
    sync_dir(path);
    Ok(())
}

/// Makes `backup` hold the current content of `path` without touching `path`.
fn keep_backup(path: &Path, backup: &Path) -> io::Result<()> {
    let staged = temp_name(backup, "tmp");
    let result = fs::hard_link(path, &staged)
        .or_else(|_| {
            fs::copy(path, &staged)?;
            File::open(&staged)?.sync_all()
        })
        .and_then(|()| fs::rename(&staged, backup));
    if result.is_err() {
        let _ = fs::remove_file(&staged);
    }
    result
}

/// `<dir>/<name>.<what>.<pid>.<n>`: unique among processes and among saves in this one.
fn temp_name(path: &Path, what: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{what}.{}.{n}", std::process::id()));
    path.with_file_name(name)
}

/// Flushes the directory entry of `path` so the rename is durable. Some file systems refuse
/// to sync a directory; the file itself is already complete then, so that is not an error.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tandem-atomic-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_and_keeps_the_previous_version() {
        let dir = scratch_dir("replace");
        let (file, bak) = (dir.join("r.json"), dir.join("r.json.bak"));
        replace_file(&file, &bak, |w| w.write_all(b"one")).unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"one");
        assert!(!bak.exists(), "nothing to back up the first time");
        replace_file(&file, &bak, |w| w.write_all(b"two")).unwrap();
        replace_file(&file, &bak, |w| w.write_all(b"three")).unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"three");
        assert_eq!(fs::read(&bak).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary files left: {names:?}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_the_file_alone() {
        let dir = scratch_dir("fail");
        let file = dir.join("r.json");
        fs::write(&file, b"old").unwrap();
        // The backup name is taken by a directory, so keeping the backup fails.
        let bak = dir.join("r.json.bak");
        fs::create_dir(&bak).unwrap();
        fs::write(bak.join("x"), b"x").unwrap();
        let err = replace_file(&file, &bak, |w| w.write_all(b"new")).unwrap_err();
        assert!(err.0.contains("backup"), "{err:?}");
        assert_eq!(fs::read(&file).unwrap(), b"old");
        let count = fs::read_dir(&dir).unwrap().count();
        assert_eq!(count, 2, "temporary files cleaned up");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failing_writer_leaves_the_file_alone() {
        let dir = scratch_dir("writer");
        let (file, bak) = (dir.join("r.json"), dir.join("r.json.bak"));
        fs::write(&file, b"old").unwrap();
        let err = replace_file(&file, &bak, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("serialiser gave up"))
        })
        .unwrap_err();
        assert_eq!(err.0, "writing the temporary file");
        assert_eq!(fs::read(&file).unwrap(), b"old");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }
}
