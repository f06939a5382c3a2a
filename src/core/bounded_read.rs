//! Reading a file named by the user without trusting what it is.
//!
//! A path on the command line or in a corpus can name anything: `/dev/zero` and `/dev/urandom`
//! never end, a FIFO with no writer blocks `open` forever, a symlink can point at either. Only
//! regular files and FIFOs (pipes, `<(command)`) are read, never more than a limit, and a FIFO
//! is opened without waiting for a writer: when none comes within [`WRITER_GRACE`] the read
//! fails instead of hanging. Character and block devices and sockets are refused by type before
//! anything is read.

use std::io::{ErrorKind, Read};
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a FIFO may stay without a writer (or without its first byte) before it is taken
/// to give nothing: long enough for a shell's `mkfifo f; producer > f & tandem f …` race.
pub const WRITER_GRACE: Duration = Duration::from_millis(1500);

/// Bytes read at a time: also how far past the first NUL byte a read goes when asked to stop
/// there.
const CHUNK: usize = 64 << 10;

/// Why a file was not read. The caller adds the path to its message.
#[derive(Debug)]
pub enum ReadFailure {
    Missing,
    Directory,
    /// A character or block device, a socket: `what` says which ("a character device").
    NotAFile {
        what: &'static str,
    },
    /// A FIFO that gave no byte: no writer came, or it closed without writing.
    NoWriter,
    /// More than the limit; `bytes` is the size when known, else how much was read so far.
    TooLarge {
        bytes: u64,
    },
    Io(std::io::Error),
}

impl std::fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadFailure::Missing => write!(f, "no such file"),
            ReadFailure::Directory => write!(f, "is a directory, not a text file"),
            ReadFailure::NotAFile { what } => write!(f, "{what}, not a text file"),
            ReadFailure::NoWriter => write!(f, "a FIFO that gave nothing"),
            ReadFailure::TooLarge { bytes } => write!(f, "too large ({bytes} bytes or more)"),
            ReadFailure::Io(e) => e.fmt(f),
        }
    }
}

impl ReadFailure {
    /// As an I/O error, for callers whose errors carry one.
    pub fn into_io(self) -> std::io::Error {
        match self {
            ReadFailure::Io(e) => e,
            ReadFailure::Missing => std::io::Error::from(ErrorKind::NotFound),
            other => std::io::Error::other(other.to_string()),
        }
    }
}

/// A file opened for reading after its type was checked: a regular file or a FIFO.
#[derive(Debug)]
pub struct Opened {
    pub file: std::fs::File,
    pub fifo: bool,
    /// The size when opened (0 for a FIFO).
    pub len: u64,
}

/// Reads `path` (following symbolic links) whole, up to `max` bytes. With `stop_at_nul` the
/// read ends with the chunk holding the first NUL byte: the caller refuses binary content
/// anyway, and `/dev/zero` behind a pipe would otherwise fill memory up to the limit first.
pub fn read_bounded(path: &Path, max: u64, stop_at_nul: bool) -> Result<Vec<u8>, ReadFailure> {
    read_opened(open_checked(path, max)?, max, stop_at_nul)
}

/// Opens `path` (following symbolic links) for reading when it is a regular file of at most
/// `max` bytes or a FIFO (opened without waiting for a writer); anything else is refused.
pub fn open_checked(path: &Path, max: u64) -> Result<Opened, ReadFailure> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        ErrorKind::NotFound => ReadFailure::Missing,
        _ => ReadFailure::Io(e),
    })?;
    let fifo = check_type(&meta)?;
    if !fifo && meta.len() > max {
        return Err(ReadFailure::TooLarge { bytes: meta.len() });
    }
    let file = open(path, fifo).map_err(ReadFailure::Io)?;
    // The path may have been swapped for something else between the two looks.
    let opened = file.metadata().map_err(ReadFailure::Io)?;
    if check_type(&opened)? != fifo {
        return Err(ReadFailure::NotAFile {
            what: "not a regular file",
        });
    }
    let len = if fifo { 0 } else { opened.len() };
    Ok(Opened { file, fifo, len })
}

/// Reads an opened file to its end, up to `max` bytes (see [`read_bounded`]).
pub fn read_opened(opened: Opened, max: u64, stop_at_nul: bool) -> Result<Vec<u8>, ReadFailure> {
    let Opened {
        mut file,
        fifo,
        len,
    } = opened;
    let expected = if fifo { CHUNK as u64 } else { len };
    let mut bytes = Vec::with_capacity(expected.min(max) as usize + 1);
    let mut chunk = vec![0u8; CHUNK];
    let started = Instant::now();
    loop {
        match file.read(&mut chunk) {
            Ok(0) if fifo && bytes.is_empty() && started.elapsed() < WRITER_GRACE => {
                // No writer yet (a FIFO opened without waiting reads as ended until one comes).
                std::thread::sleep(Duration::from_millis(10));
            }
            Ok(0) => break,
            Ok(n) => {
                let read = &chunk[..n];
                if bytes.len() as u64 + n as u64 > max {
                    return Err(ReadFailure::TooLarge {
                        bytes: bytes.len() as u64 + n as u64,
                    });
                }
                bytes.extend_from_slice(read);
                if stop_at_nul && read.contains(&0) {
                    break;
                }
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                // A writer is there but has nothing for us yet: wait for it like `cat` would.
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(ReadFailure::Io(e)),
        }
    }
    if fifo && bytes.is_empty() {
        return Err(ReadFailure::NoWriter);
    }
    Ok(bytes)
}

/// Whether the file is a FIFO (true) or a regular file (false); anything else is refused.
fn check_type(meta: &std::fs::Metadata) -> Result<bool, ReadFailure> {
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(ReadFailure::Directory);
    }
    if kind.is_file() {
        return Ok(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Ok(true);
        }
        let what = if kind.is_char_device() {
            "a character device"
        } else if kind.is_block_device() {
            "a block device"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        };
        Err(ReadFailure::NotAFile { what })
    }
    #[cfg(not(unix))]
    Err(ReadFailure::NotAFile {
        what: "not a regular file",
    })
}

/// Opens for reading; a FIFO without blocking, so that no writer means no wait.
fn open(path: &Path, fifo: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    if fifo {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    let _ = fifo;
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_up_to_the_limit() {
        let dir = crate::core::corpus::scratch::Scratch::new("bounded");
        let path = dir.write("a.txt", "hello");
        assert_eq!(read_bounded(&path, 5, true).expect("read"), b"hello");
        assert!(matches!(
            read_bounded(&path, 4, true),
            Err(ReadFailure::TooLarge { bytes: 5 })
        ));
        assert!(matches!(
            read_bounded(&dir.path().join("none"), 9, true),
            Err(ReadFailure::Missing)
        ));
        assert!(matches!(
            read_bounded(dir.path(), 9, true),
            Err(ReadFailure::Directory)
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn devices_are_refused_by_type() {
        for dev in ["/dev/zero", "/dev/urandom", "/dev/null"] {
            assert!(
                matches!(
                    read_bounded(Path::new(dev), 1 << 20, true),
                    Err(ReadFailure::NotAFile {
                        what: "a character device"
                    })
                ),
                "{dev}"
            );
        }
    }
}
