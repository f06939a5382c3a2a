//! Loading an article: validate the bytes, find paragraphs, tell the language by script.
//!
//! The text is kept exactly as stored on disk (BOM, CRLF and all) so that every byte offset that
//! tandem reports or saves points into the file as it is. Paragraphs are byte ranges into that
//! text with line terminators and surrounding blanks left out.

pub use crate::core::mapped::Text;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The language of an article, told from the script most of its letters are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    Te,
    En,
    /// No letters of either script (empty, digits only, another script).
    Unknown,
}

impl Lang {
    /// Short name shown in pane titles.
    pub fn label(self) -> &'static str {
        match self {
            Lang::Te => "Telugu",
            Lang::En => "English",
            Lang::Unknown => "unknown",
        }
    }
}

/// Why a file could not be opened. Each message names the file and the problem in one line.
#[derive(Debug)]
pub enum LoadError {
    Missing(PathBuf),
    Directory(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    /// Contains NUL bytes: a binary file, not an article.
    Binary {
        name: String,
        offset: usize,
    },
    InvalidUtf8 {
        name: String,
        offset: usize,
    },
    /// Larger than [`MAX_BYTES`] (`bytes`: the size, or for a pipe how much came before the
    /// read stopped).
    TooLarge {
        name: String,
        bytes: u64,
    },
    /// A character or block device or a socket (`what` says which): `/dev/zero` never ends.
    NotAFile {
        path: PathBuf,
        what: &'static str,
    },
    /// A FIFO that gave nothing: no writer came, or it closed without writing.
    NoWriter(PathBuf),
    /// UTF-16 text (`encoding`: "UTF-16LE" or "UTF-16BE"), told by its byte-order mark or by
    /// the NUL bytes of ASCII letters.
    Utf16 {
        name: String,
        encoding: &'static str,
    },
}

/// The largest file tandem reads: layout rows and tokens keep offsets as `u32` to halve their
/// memory, so 4 GiB is the ceiling (a news article is a few kilobytes).
pub const MAX_BYTES: u64 = u32::MAX as u64;

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Missing(p) => write!(f, "{}: no such file", p.display()),
            LoadError::Directory(p) => write!(f, "{}: is a directory, not a text file", p.display()),
            LoadError::Unreadable(p, e) => write!(f, "{}: cannot read: {e}", p.display()),
            LoadError::Binary { name, offset } => write!(
                f,
                "{name}: looks like a binary file (NUL byte at offset {offset}), not UTF-8 text"
            ),
            LoadError::TooLarge { name, bytes } => write!(
                f,
                "{name}: too large ({bytes} bytes or more; tandem reads files up to 4 GiB)"
            ),
            LoadError::NotAFile { path, what } => write!(
                f,
                "{}: {what}, not a text file; tandem reads regular files and pipes",
                path.display()
            ),
            LoadError::NoWriter(p) => write!(
                f,
                "{}: a FIFO that gave nothing (no writer, or it closed without writing)",
                p.display()
            ),
            LoadError::Utf16 { name, encoding } => write!(
                f,
                "{name}: {encoding} text; tandem reads UTF-8 (convert it with \
                 `iconv -f {encoding} -t UTF-8`)"
            ),
            LoadError::InvalidUtf8 { name, offset } => write!(
                f,
                "{name}: not valid UTF-8 (first bad byte at offset {offset}); use --lossy to show it anyway"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// One article, loaded and split into paragraphs.
#[derive(Debug, Clone)]
pub struct Document {
    /// What to call the article in titles and messages (the file name).
    pub name: String,
    /// Where it came from; `None` for the bundled sample.
    pub path: Option<PathBuf>,
    /// The text as stored (valid UTF-8; with `lossy`, invalid bytes replaced by U+FFFD): the
    /// file mapped, or a copy in memory (see [`Text`]).
    pub text: Text,
    /// Byte ranges of the paragraphs, in order, never empty, never overlapping.
    pub paragraphs: Vec<Range<usize>>,
    pub lang: Lang,
    /// With `--lossy`: the offset, in the file as stored, of the first invalid UTF-8 byte that
    /// was replaced by U+FFFD (so the reader can be told the text is repaired). `None` otherwise.
    pub repaired_from: Option<usize>,
}

impl Document {
    /// Reads and validates a file. `lossy` shows invalid UTF-8 as U+FFFD instead of refusing it
    /// (byte offsets then point into the repaired text). A big regular file is mapped, not
    /// copied, when it can be done safely ([`crate::core::mapped`]); everything else is read.
    pub fn load(path: &Path, lossy: bool) -> Result<Document, LoadError> {
        use crate::core::bounded_read::{open_checked, read_opened, ReadFailure};
        // Errors name the file as given (`/bin/ls`, not `ls`); titles use the file name.
        let shown = path.display().to_string();
        let failed = |failure| match failure {
            ReadFailure::Missing => LoadError::Missing(path.to_path_buf()),
            ReadFailure::Directory => LoadError::Directory(path.to_path_buf()),
            ReadFailure::NotAFile { what } => LoadError::NotAFile {
                path: path.to_path_buf(),
                what,
            },
            ReadFailure::NoWriter => LoadError::NoWriter(path.to_path_buf()),
            ReadFailure::TooLarge { bytes } => LoadError::TooLarge {
                name: shown.clone(),
                bytes,
            },
            ReadFailure::Io(e) => LoadError::Unreadable(path.to_path_buf(), e),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| shown.clone());
        let mut opened = open_checked(path, MAX_BYTES).map_err(failed)?;
        #[cfg(target_os = "linux")]
        if !opened.fifo && opened.len >= crate::core::mapped::MAP_AT_LEAST {
            match crate::core::mapped::MappedFile::new(opened.file) {
                Ok(map) => {
                    let mut doc = Document::from_map(&shown, map, lossy)?;
                    doc.name = name;
                    doc.path = Some(path.to_path_buf());
                    return Ok(doc);
                }
                // Not mappable safely (see `MappedFile::new`): read it.
                Err(file) => opened.file = file,
            }
        }
        let bytes = read_opened(opened, MAX_BYTES, true).map_err(failed)?;
        let mut doc = Document::from_bytes(&shown, bytes, lossy)?;
        doc.name = name;
        doc.path = Some(path.to_path_buf());
        Ok(doc)
    }

    /// Validates a mapped file: the same checks and errors as [`Document::from_bytes`]; text
    /// repaired by `lossy` is a copy in memory.
    #[cfg(target_os = "linux")]
    fn from_map(
        name: &str,
        map: crate::core::mapped::MappedFile,
        lossy: bool,
    ) -> Result<Document, LoadError> {
        check_bytes(name, map.bytes())?;
        match Text::from_map(map) {
            Ok(text) => Ok(Document::from_valid(name, text)),
            Err((map, offset)) if lossy => {
                let text = String::from_utf8_lossy(map.bytes()).into_owned();
                drop(map);
                let mut doc = Document::from_text(name, text);
                doc.repaired_from = Some(offset);
                Ok(doc)
            }
            Err((_, offset)) => Err(LoadError::InvalidUtf8 {
                name: name.to_string(),
                offset,
            }),
        }
    }

    /// Validates bytes that did not come from a file (the bundled sample, tests).
    pub fn from_bytes(name: &str, bytes: Vec<u8>, lossy: bool) -> Result<Document, LoadError> {
        check_bytes(name, &bytes)?;
        let (text, repaired_from) = match String::from_utf8(bytes) {
            Ok(t) => (t, None),
            Err(e) if lossy => {
                let offset = e.utf8_error().valid_up_to();
                (
                    String::from_utf8_lossy(e.as_bytes()).into_owned(),
                    Some(offset),
                )
            }
            Err(e) => {
                return Err(LoadError::InvalidUtf8 {
                    name: name.to_string(),
                    offset: e.utf8_error().valid_up_to(),
                })
            }
        };
        let mut doc = Document::from_text(name, text);
        doc.repaired_from = repaired_from;
        Ok(doc)
    }

    /// Builds a document from text that is already valid.
    pub fn from_text(name: &str, text: String) -> Document {
        Document::from_valid(name, Text::from(text))
    }

    /// Builds a document from text that is already valid, owned or mapped.
    pub fn from_valid(name: &str, text: Text) -> Document {
        let paragraphs = split_paragraphs(&text);
        let lang = detect_lang(&text);
        Document {
            name: name.to_string(),
            path: None,
            text,
            paragraphs,
            lang,
            repaired_from: None,
        }
    }

    /// The text of paragraph `i`.
    pub fn paragraph(&self, i: usize) -> &str {
        &self.text[self.paragraphs[i].clone()]
    }

    /// Which paragraph holds byte `offset` (the next one when it falls between paragraphs).
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len()).then_some(i)
    }

    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }
}

/// The checks before UTF-8 validation, in the order their errors take precedence: the size,
/// UTF-16, NUL bytes.
fn check_bytes(name: &str, bytes: &[u8]) -> Result<(), LoadError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge {
            name: name.to_string(),
            bytes: bytes.len() as u64,
        });
    }
    if let Some(encoding) = utf16_encoding(bytes) {
        return Err(LoadError::Utf16 {
            name: name.to_string(),
            encoding,
        });
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(LoadError::Binary {
            name: name.to_string(),
            offset,
        });
    }
    Ok(())
}

/// "UTF-16LE"/"UTF-16BE" when `bytes` start with that byte-order mark, or (without one) look
/// like ASCII-range UTF-16: a NUL in every other byte of the first ones.
fn utf16_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("UTF-16LE"),
        [0xFE, 0xFF, ..] => return Some("UTF-16BE"),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(64) & !1];
    if head.len() < 4 {
        return None;
    }
    let units = head.chunks_exact(2);
    if units.clone().all(|u| u[1] == 0 && u[0] != 0) {
        Some("UTF-16LE")
    } else if units.clone().all(|u| u[0] == 0 && u[1] != 0) {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// Splits text into paragraphs: by blank lines when the file has any between text, otherwise one
/// paragraph per line. Handles LF, CRLF and lone CR, and skips a leading BOM.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let lines = content_lines(text);
    let mut saw_text = false;
    let mut blank_between = false;
    let mut pending_blank = false;
    for line in &lines {
        if line.is_empty() {
            pending_blank = saw_text;
        } else {
            if pending_blank {
                blank_between = true;
            }
            saw_text = true;
        }
    }
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for line in lines {
        if line.is_empty() || !blank_between {
            if let Some(p) = current.take() {
                paragraphs.push(p);
            }
            if !line.is_empty() {
                paragraphs.push(line);
            }
        } else {
            current = Some(match current {
                Some(p) => p.start..line.end,
                None => line,
            });
        }
    }
    paragraphs.extend(current);
    paragraphs
}

/// Each line's range with surrounding whitespace trimmed (empty range for a blank line). Line
/// ends are found with `memchr` (SIMD), which matters on files of many megabytes.
fn content_lines(text: &str) -> Vec<Range<usize>> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut line_start = start;
    loop {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[line_start..]).map(|k| line_start + k);
        let line = &text[line_start..end.unwrap_or(bytes.len())];
        let lead = line.len() - line.trim_start().len();
        let s = line_start + lead;
        lines.push(s..s + line.trim().len());
        let Some(i) = end else { break };
        // CRLF counts as one terminator.
        let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
        line_start = i + 1 + usize::from(crlf);
    }
    lines
}

/// Telugu when Telugu letters outnumber Latin ones, English when there are Latin letters.
pub fn detect_lang(text: &str) -> Lang {
    let (telugu, latin) = sample_chunks(text.as_bytes())
        .map(count_letters)
        .fold((0, 0), |(t, l), (ct, cl)| (t + ct, l + cl));
    if telugu > 0 && telugu >= latin {
        Lang::Te
    } else if latin > 0 {
        Lang::En
    } else {
        Lang::Unknown
    }
}

/// Bytes looked at to tell the language of a big file: 16 chunks spread over it. A file is one
/// language throughout; the whole of a 50 MB file would take tens of milliseconds for nothing.
const LANG_SAMPLE_CHUNK: usize = 64 << 10;
const LANG_SAMPLE_CHUNKS: usize = 16;

fn sample_chunks(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let whole = bytes.len() <= LANG_SAMPLE_CHUNK * LANG_SAMPLE_CHUNKS;
    let n = if whole { 1 } else { LANG_SAMPLE_CHUNKS };
    let step = bytes.len() / n;
    (0..n).map(move |i| {
        if whole {
            bytes
        } else {
            let start = i * step;
            &bytes[start..(start + LANG_SAMPLE_CHUNK).min(bytes.len())]
        }
    })
}

/// (Telugu letters, ASCII letters) in `bytes`. In UTF-8 every Telugu letter (U+0C00..=U+0C7F)
/// is 0xE0 0xB0 xx or 0xE0 0xB1 xx, and no other character has that pair of bytes, so bytes
/// are enough: no decoding, and the chunk may start or end inside a character. Written as two
/// independent counts over the bytes (no value carried from one byte to the next) so that the
/// compiler vectorises them: this runs on the way to the first screen.
fn count_letters(bytes: &[u8]) -> (usize, usize) {
    let telugu = bytes
        .windows(2)
        .filter(|w| w[0] == 0xE0 && (w[1] & 0xFE) == 0xB0)
        .count();
    let latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    (telugu, latin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<&str> {
        split_paragraphs(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        assert_eq!(paras("a b\nc d\n\n"), ["a b", "c d"]);
        assert_eq!(
            paras("title\r\nbody one\r\nbody two"),
            ["title", "body one", "body two"]
        );
    }

    #[test]
    fn blank_lines_separate_when_the_file_uses_them() {
        assert_eq!(
            paras("line one\nline two\n\nsecond para\n \n\nthird"),
            ["line one\nline two", "second para", "third"]
        );
    }

    #[test]
    fn lone_cr_bom_and_surrounding_space() {
        let text = "\u{feff}  first\rsecond  \r";
        assert_eq!(paras(text), ["first", "second"]);
        assert_eq!(split_paragraphs(text)[0].start, 5);
    }

    #[test]
    fn empty_and_blank_text_has_no_paragraphs() {
        assert!(paras("").is_empty());
        assert!(paras("\n \r\n\t\n").is_empty());
    }

    #[test]
    fn language_by_script() {
        assert_eq!(detect_lang("బ్లింకెన్ US"), Lang::Te);
        // Counted by bytes: బ్లింకెన్ is nine code points of the Telugu block, "US" two letters.
        assert_eq!(count_letters("బ్లింకెన్ US".as_bytes()), (9, 2));
        assert_eq!(detect_lang("Blinken in Seoul"), Lang::En);
        assert_eq!(detect_lang("123 !"), Lang::Unknown);
    }

    #[test]
    fn bad_bytes_are_refused_with_offsets() {
        let err = Document::from_bytes("x.txt", b"ab\xffcd".to_vec(), false).unwrap_err();
        assert!(err.to_string().contains("offset 2"), "{err}");
        let err = Document::from_bytes("x.bin", b"ab\0cd".to_vec(), false).unwrap_err();
        assert!(err.to_string().contains("binary"), "{err}");
        let doc = Document::from_bytes("x.txt", b"ab\xffcd".to_vec(), true).unwrap();
        assert_eq!(doc.text, "ab\u{fffd}cd");
        assert_eq!(doc.repaired_from, Some(2));
        let clean = Document::from_bytes("y.txt", b"ab".to_vec(), true).unwrap();
        assert_eq!(clean.repaired_from, None);
    }

    #[test]
    fn utf16_is_named() {
        let le: Vec<u8> = "\u{feff}Hello"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let err = Document::from_bytes("/tmp/x.txt", le, true).unwrap_err();
        assert!(
            err.to_string().starts_with("/tmp/x.txt: UTF-16LE text"),
            "{err}"
        );
        let be: Vec<u8> = "Hello there"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let err = Document::from_bytes("y", be, false).unwrap_err();
        assert!(err.to_string().contains("UTF-16BE"), "{err}");
        let err = Document::from_bytes("z", b"ab\0cd".to_vec(), false).unwrap_err();
        assert!(err.to_string().contains("binary"), "{err}");
    }

    #[test]
    fn paragraph_at_finds_the_holder() {
        let doc = Document::from_text("t", "aa\nbb\ncc".into());
        assert_eq!(doc.paragraph_at(0), Some(0));
        assert_eq!(doc.paragraph_at(2), Some(1));
        assert_eq!(doc.paragraph_at(7), Some(2));
        assert_eq!(doc.paragraph_at(8), None);
    }
}
