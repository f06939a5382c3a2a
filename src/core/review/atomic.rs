//! Replacing a file so that a crash at any moment leaves either the old or the new content
//! under its name, never a mixture or nothing.
//!
//! The new content goes to a temporary file in the same directory (a rename is only atomic
//! within one file system), which is flushed to disk before it is renamed over the target; the
//! directory is flushed after, so the rename itself survives a power cut. The old file is kept
//! as the backup by giving it a second name (a hard link, or a copy where links are not
//! supported) that is then renamed into place, so the target keeps its old content until the
//! final rename. A crash can leave a stray `<name>.tmp.<pid>.<n>` file behind, never a damaged
//! target; the next save beside it removes such files of processes that are gone.
//!
//! The name given may be a symbolic link: the file it leads to is replaced (the temporary file
//! goes beside that file), so the link stays a link and its target gets the new content. Only
//! a regular file (or nothing yet) is replaced by renaming; a FIFO or a device (`-o /dev/stdout`,
//! `-o /dev/full`) is opened and written directly, never replaced by a file.

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
    remove_stale_temps(path);
    remove_stale_temps(backup);
    let tmp = temp_name(path, "tmp");
    let result = write_then_rename(path, Some(backup), &tmp, write);
    if result.is_err() {
        // Best effort: the temporary file is ours and useless now.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes what `write` writes to `path` (exports, which can be made again, so no backup): a
/// regular file (or a new one) is replaced atomically as [`replace_file`] does, the file a
/// symbolic link leads to likewise; a FIFO or a device is written directly.
pub(crate) fn write_file_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StepError> {
    // What the kernel finds at the name (it follows `/proc/self/fd/1`-style links too).
    let found = fs::metadata(path).ok();
    if let Some(meta) = &found {
        if meta.is_dir() {
            return Err(("opening the output", io::Error::other("it is a directory")));
        }
        if !meta.is_file() {
            return write_in_place(path, write);
        }
    }
    let resolved = resolve_links(path).map_err(|e| ("following the symbolic link", e))?;
    if found.is_some() && fs::symlink_metadata(&resolved).is_err() {
        // A link the kernel follows but a path cannot name (`/dev/stdout` to a pipe or a
        // deleted file): there is no folder to put a temporary file in.
        return write_in_place(path, write);
    }
    let path = &resolved;
    remove_stale_temps(path);
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

/// Writes into something that is not a regular file (a FIFO, a terminal, `/dev/null`): it
/// cannot be replaced atomically and must not be replaced by a file. A FIFO without a reader
/// is an error rather than a wait without end.
fn write_in_place(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StepError> {
    let opening = "opening the output";
    #[cfg(unix)]
    let _reader_check = {
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        let fifo = fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo());
        if fifo {
            // Non-blocking, opening a FIFO for writing fails at once (ENXIO) when no one reads.
            let probe = OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(path)
                .map_err(|e| match e.raw_os_error() {
                    Some(libc::ENXIO) => (opening, io::Error::other("a FIFO that no one reads")),
                    _ => (opening, e),
                })?;
            Some(probe)
        } else {
            None
        }
    };
    let file = OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| (opening, e))?;
    let mut buffered = BufWriter::new(file);
    write(&mut buffered).map_err(|e| ("writing the output", e))?;
    buffered.flush().map_err(|e| ("writing the output", e))?;
    Ok(())
}

/// The file `path` names after following symbolic links (up to 40, like the kernel), which
/// need not exist yet: a link to a file still to be written leads to that name.
pub(crate) fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Removes `<name>.tmp.<pid>.<n>` files beside `path` left by a save that was killed: those
/// of processes no longer running, and any older than a day. Best effort: a file that cannot
/// be removed is left.
fn remove_stale_temps(path: &Path) {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return;
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!("{name}.tmp.");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
            continue;
        };
        let Some((pid, n)) = rest.split_once('.') else {
            continue;
        };
        let (Ok(pid), true) = (pid.parse::<u32>(), n.bytes().all(|b| b.is_ascii_digit())) else {
            continue;
        };
        let old = entry
            .metadata()
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 24 * 3600);
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && pid != std::process::id() && (old || !process_running(pid)) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether process `pid` still runs (Linux: it has a `/proc` entry). Elsewhere every process
/// is taken to run, so only files older than a day are removed.
fn process_running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
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
    fn leftovers_of_a_killed_save_go_at_the_next_save() {
        let dir = scratch_dir("leftovers");
        let (file, bak) = (dir.join("r.json"), dir.join("r.json.bak"));
        // pid 0 is never a user process; the running test's own temps are never touched.
        let dead = [dir.join("r.json.tmp.0.3"), dir.join("r.json.bak.tmp.0.1")];
        let alive = dir.join(format!("r.json.tmp.{}.99", std::process::id()));
        let other = dir.join("r.json.tmp.notes");
        for f in dead.iter().chain([&alive, &other]) {
            fs::write(f, b"x").unwrap();
        }
        replace_file(&file, &bak, |w| w.write_all(b"one")).unwrap();
        for f in &dead {
            assert!(!f.exists(), "{} removed", f.display());
        }
        assert!(alive.exists() && other.exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_file_is_replaced_at_its_target() {
        let dir = scratch_dir("symlink");
        fs::create_dir(dir.join("real")).unwrap();
        let target = dir.join("real/r.json");
        fs::write(&target, b"old").unwrap();
        let link = dir.join("link.json");
        std::os::unix::fs::symlink("real/r.json", &link).unwrap();
        write_file_atomically(&link, |w| w.write_all(b"new")).unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read(&target).unwrap(), b"new");
        // A dangling link: the file it names is created.
        let dangling = dir.join("dangling.json");
        std::os::unix::fs::symlink("real/new.json", &dangling).unwrap();
        write_file_atomically(&dangling, |w| w.write_all(b"made")).unwrap();
        assert_eq!(fs::read(dir.join("real/new.json")).unwrap(), b"made");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn devices_are_written_not_replaced() {
        write_file_atomically(Path::new("/dev/null"), |w| w.write_all(b"gone")).unwrap();
        let meta = fs::metadata("/dev/null").unwrap();
        assert!(std::os::unix::fs::FileTypeExt::is_char_device(
            &meta.file_type()
        ));
        let err = write_file_atomically(Path::new("/dev/full"), |w| w.write_all(&[b'x'; 9000]));
        assert!(err.is_err(), "a full device is an error");
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
