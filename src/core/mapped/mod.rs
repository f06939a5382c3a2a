//! A document's text: a regular file mapped into memory (issue 19: opening a 50 MB pair no
//! longer copies 50 MB), or a `String` where a file cannot be mapped safely (pipes, FIFOs,
//! small files, files tandem cannot lease, text repaired by `--lossy`, the sample, tests).
//!
//! [`Text`] dereferences to `str`, validated once when it is made, so the code that reads
//! `&doc.text` does not know which it is. A mapping is only ever made under a read lease and
//! looked after by [`guard`], so its bytes cannot change while the text lives.

#[cfg(target_os = "linux")]
mod file;
#[cfg(target_os = "linux")]
pub mod guard;

#[cfg(target_os = "linux")]
pub use file::MappedFile;

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// Files smaller than this are read into memory: they take microseconds to read, and a
/// corpus of thousands of small articles would otherwise hold a lease and a mapping per file.
pub const MAP_AT_LEAST: u64 = 256 << 10;

/// Valid UTF-8 text, owned or mapped; cheap to clone when mapped.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Owned(String),
    #[cfg(target_os = "linux")]
    Mapped(Arc<MappedFile>),
}

impl Text {
    /// The mapped file as text, when its bytes are valid UTF-8; otherwise the mapping back
    /// with the offset of the first invalid byte.
    #[cfg(target_os = "linux")]
    pub fn from_map(map: MappedFile) -> Result<Text, (MappedFile, usize)> {
        match simdutf8::compat::from_utf8(map.bytes()) {
            Ok(_) => Ok(Text(Repr::Mapped(Arc::new(map)))),
            Err(e) => {
                let at = e.valid_up_to();
                Err((map, at))
            }
        }
    }

    /// The text as a `str` (as `String::as_str`, for the call sites that name it).
    pub fn as_str(&self) -> &str {
        self
    }

    /// Whether the text is a mapping of its file (false for a copy in memory).
    pub fn is_mapped(&self) -> bool {
        !matches!(self.0, Repr::Owned(_))
    }

    /// Whether the file changed on disk while mapped: the mapping then became a private copy
    /// of what was read (the text is unchanged), or, if the copy could not be made, a read
    /// faulted and got zero pages. Always false for text in memory.
    pub fn changed_on_disk(&self) -> bool {
        match &self.0 {
            Repr::Owned(_) => false,
            #[cfg(target_os = "linux")]
            Repr::Mapped(m) => {
                let s = m.status();
                s.copied || s.damaged
            }
        }
    }
}

impl Text {
    /// Whether a read of the mapping faulted because the file shrank under it and got zero
    /// pages ([`guard`]'s last resort): the text is then no longer the one validated, and
    /// should be read again.
    pub fn damaged(&self) -> bool {
        match &self.0 {
            Repr::Owned(_) => false,
            #[cfg(target_os = "linux")]
            Repr::Mapped(m) => m.status().damaged,
        }
    }
}

/// Turns every mapping into a private copy of itself and gives its lease up: before the process
/// stops (SIGTSTP), as a stopped process cannot answer a writer (see [`guard::copy_all`]).
pub fn copy_all() {
    #[cfg(target_os = "linux")]
    guard::copy_all();
}

/// The number of mapped files that changed on disk so far, process-wide: when it moves, some
/// document's [`Text::changed_on_disk`] became true.
#[cfg(target_os = "linux")]
pub fn changes() -> usize {
    guard::changes()
}

/// No mappings off Linux: nothing ever changes under a document.
#[cfg(not(target_os = "linux"))]
pub fn changes() -> usize {
    0
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Repr::Owned(s) => s,
            #[cfg(target_os = "linux")]
            // SAFETY: validated as UTF-8 in `from_map`; the bytes never change while the map
            // lives (the lease and the guard's copy, see `guard`).
            Repr::Mapped(m) => unsafe { std::str::from_utf8_unchecked(m.bytes()) },
        }
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self
    }
}

impl Default for Text {
    fn default() -> Text {
        Text(Repr::Owned(String::new()))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Repr::Owned(s))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(Repr::Owned(s.to_string()))
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        **self == **other
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests;
