//! Opening the pair the user asked for: two files, or the bundled sample when none are given.

use crate::document::{Document, LoadError};
use crate::pair::Pair;
use crate::sample::sample_pair;
use std::path::PathBuf;

/// What the command line named.
#[derive(Debug, Clone, Default)]
pub struct PairRequest {
    pub te: Option<PathBuf>,
    pub en: Option<PathBuf>,
    /// Show invalid UTF-8 as U+FFFD instead of refusing the file.
    pub lossy: bool,
}

/// Why the request itself is wrong (as opposed to a file that cannot be read).
#[derive(Debug)]
pub enum OpenError {
    Load(LoadError),
    OneFile,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Load(e) => e.fmt(f),
            OpenError::OneFile => write!(
                f,
                "give two files (Telugu then English), or none to open the bundled sample"
            ),
        }
    }
}

impl std::error::Error for OpenError {}

impl From<LoadError> for OpenError {
    fn from(e: LoadError) -> Self {
        OpenError::Load(e)
    }
}

/// Loads the requested pair.
pub fn open_pair(req: &PairRequest) -> Result<Pair<Document>, OpenError> {
    match (&req.te, &req.en) {
        (None, None) => Ok(sample_pair()),
        (Some(te), Some(en)) => Ok(Pair::new(
            Document::load(te, req.lossy)?,
            Document::load(en, req.lossy)?,
        )),
        _ => Err(OpenError::OneFile),
    }
}
