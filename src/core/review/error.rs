//! Why a review file could not be loaded or saved. Every message names the file and says what
//! to do, because it is shown to a translator in the status bar, not to a programmer.

use std::fmt;
use std::io;
use std::path::PathBuf;

#[derive(Debug)]
pub enum ReviewError {
    /// The file exists but could not be read (permissions, a directory, an I/O error).
    Read { path: PathBuf, source: io::Error },
    /// The file is not a valid review (damaged, truncated, edited by hand).
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        problem: String,
    },
    /// Written by a newer tandem.
    Version {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// A save was refused because the file on disk could not be read: saving would destroy it.
    Refused { path: PathBuf, reason: String },
    /// A step of saving failed; the previous file is still in place.
    Write {
        path: PathBuf,
        step: &'static str,
        source: io::Error,
    },
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewError::Read { path, source } => {
                write!(
                    f,
                    "{}: cannot read the review file: {source}",
                    path.display()
                )
            }
            ReviewError::Parse {
                path,
                line,
                column,
                problem,
            } => write!(
                f,
                "{}: not a valid review file (line {line}, column {column}: {problem}); \
                 it is left untouched and nothing will be saved over it: repair it or move it \
                 away to start a new review",
                path.display()
            ),
            ReviewError::Version {
                path,
                found,
                supported,
            } => write!(
                f,
                "{}: review file version {found} is newer than this tandem understands \
                 (version {supported}); it is left untouched",
                path.display()
            ),
            ReviewError::Refused { path, reason } => write!(
                f,
                "{}: not saving over this review file because it could not be read ({reason})",
                path.display()
            ),
            ReviewError::Write { path, step, source } => write!(
                f,
                "{}: review not saved ({step} failed: {source}); the previous file is unchanged",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ReviewError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReviewError::Read { source, .. } | ReviewError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}
