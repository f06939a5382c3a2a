//! Why a config file was refused. Each message names the file and, for a mistake inside it,
//! the line and column, because the reader has to find the mistake in an editor.

use std::fmt;
use std::io;
use std::path::PathBuf;

#[derive(Debug)]
pub enum ConfigError {
    /// The file exists (or was named) but could not be read.
    Read { path: PathBuf, source: io::Error },
    /// The file is not valid TOML, or says something tandem does not understand.
    Invalid {
        path: PathBuf,
        /// 1-based line of the mistake.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        message: String,
    },
}

impl ConfigError {
    /// A mistake at byte `offset` of the file's `text`.
    pub(crate) fn at(path: PathBuf, text: &str, offset: usize, message: String) -> ConfigError {
        let (line, column) = line_column(text, offset);
        ConfigError::Invalid {
            path,
            line,
            column,
            message,
        }
    }

    /// The line of the mistake, when it is one inside the file.
    pub fn line(&self) -> Option<usize> {
        match self {
            ConfigError::Read { .. } => None,
            ConfigError::Invalid { line, .. } => Some(*line),
        }
    }
}

/// 1-based line and column (in characters) of byte `offset` of `text`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Read { path, source } => {
                write!(
                    f,
                    "{}: cannot read the config file: {source}",
                    path.display()
                )
            }
            ConfigError::Invalid {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{}: line {line}, column {column}: {message}",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::Read { source, .. } => Some(source),
            ConfigError::Invalid { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\n[keys]\nquit = \"ఖ\" x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        let x = text.find('x').unwrap_or(0);
        assert_eq!(line_column(text, x), (3, 12));
        // Inside a character, or past the end: the nearest place before it.
        assert_eq!(line_column(text, x - 3), (3, 9));
        assert_eq!(line_column(text, 999).0, 4);
    }
}
