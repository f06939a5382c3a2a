//! Which editor `v` starts and how (issue 20): `$VISUAL`, else `$EDITOR`, else `vi`, with the
//! file opened at a line. Pure: the terminal hand-over lives in `tui`.
//!
//! The variables may hold arguments (`code --wait`, `emacsclient -t`), quoted as a shell would
//! quote them. Most terminal editors take the line as `+LINE` before the file, as `less` passes
//! it; the few that do not get their own form (`--goto file:line`, `file:line`).

use std::ffi::OsString;
use std::path::Path;

/// A program and its arguments, ready for `std::process::Command`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorCommand {
    pub program: String,
    pub args: Vec<OsString>,
}

/// Why no editor command could be made from the variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorError {
    /// A quote is not closed.
    Unbalanced(String),
}

impl std::fmt::Display for EditorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditorError::Unbalanced(spec) => write!(
                f,
                "cannot read the editor command {spec:?}: a quote is not closed"
            ),
        }
    }
}

impl std::error::Error for EditorError {}

/// The editor the user asked for: the first of `visual`, `editor` that is set and not blank,
/// else `vi` (which POSIX promises).
pub fn choose(visual: Option<&str>, editor: Option<&str>) -> String {
    [visual, editor]
        .into_iter()
        .flatten()
        .find(|s| !s.trim().is_empty())
        .unwrap_or("vi")
        .to_string()
}

/// The command that opens `path` at line `line` (1-based) with the editor `spec` (a program
/// with optional arguments, quoted as in a shell).
pub fn command(spec: &str, path: &Path, line: usize) -> Result<EditorCommand, EditorError> {
    let mut words = split_words(spec).ok_or_else(|| EditorError::Unbalanced(spec.to_string()))?;
    if words.is_empty() {
        words.push("vi".into());
    }
    let program = words.remove(0);
    let mut args: Vec<OsString> = words.into_iter().map(OsString::from).collect();
    let line = line.max(1);
    let with_line = |path: &Path| {
        let mut s = path.as_os_str().to_os_string();
        s.push(format!(":{line}"));
        s
    };
    match LineStyle::of(&program) {
        LineStyle::Plus => {
            args.push(format!("+{line}").into());
            args.push(path.into());
        }
        LineStyle::Goto => {
            args.push("--goto".into());
            args.push(with_line(path));
        }
        LineStyle::Colon => args.push(with_line(path)),
    }
    Ok(EditorCommand { program, args })
}

/// How an editor wants to be told the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineStyle {
    /// `+LINE FILE`: vi, vim, nvim, nano, emacs, micro, kak, joe, less ... and the default.
    Plus,
    /// `--goto FILE:LINE`: Visual Studio Code and its builds.
    Goto,
    /// `FILE:LINE`: Sublime Text, Zed, Helix.
    Colon,
}

impl LineStyle {
    fn of(program: &str) -> LineStyle {
        let name = Path::new(program)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(program);
        let name = name.strip_suffix(".exe").unwrap_or(name);
        match name {
            "code" | "code-insiders" | "codium" | "vscodium" | "cursor" => LineStyle::Goto,
            "subl" | "sublime_text" | "zed" | "zeditor" | "hx" | "helix" => LineStyle::Colon,
            _ => LineStyle::Plus,
        }
    }
}

/// Splits a command line into words as a shell would for plain words, 'single' and "double"
/// quotes and backslash escapes (no variables, no globs). `None` when a quote is not closed.
pub fn split_words(spec: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => words.extend(word.take()),
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => w.push(c),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => match chars.next()? {
                            c @ ('"' | '\\' | '$' | '`') => w.push(c),
                            c => {
                                w.push('\\');
                                w.push(c);
                            }
                        },
                        c => w.push(c),
                    }
                }
            }
            '\\' => {
                let w = word.get_or_insert_with(String::new);
                w.extend(chars.next());
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Some(words)
}

/// The 1-based line of the file on which byte `offset` of `text` stands (lines end at LF; a
/// file with lone CR line ends counts them too).
pub fn line_of_offset(text: &str, offset: usize) -> usize {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let lf = before.iter().filter(|&&b| b == b'\n').count();
    if lf == 0 && before.contains(&b'\r') {
        return 1 + before.iter().filter(|&&b| b == b'\r').count();
    }
    1 + lf
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(c: &EditorCommand) -> Vec<&str> {
        c.args.iter().map(|a| a.to_str().unwrap()).collect()
    }

    #[test]
    fn visual_wins_over_editor_and_vi_is_the_default() {
        assert_eq!(choose(Some("nano"), Some("vim")), "nano");
        assert_eq!(choose(Some("  "), Some("vim")), "vim");
        assert_eq!(choose(None, None), "vi");
        assert_eq!(choose(Some(""), Some("")), "vi");
    }

    #[test]
    fn terminal_editors_get_plus_line_before_the_file() -> Result<(), EditorError> {
        let c = command("vim", Path::new("a b/te.txt"), 12)?;
        assert_eq!(c.program, "vim");
        assert_eq!(args(&c), ["+12", "a b/te.txt"]);
        let c = command("emacsclient -t -a ''", Path::new("x"), 0)?;
        assert_eq!(c.program, "emacsclient");
        assert_eq!(args(&c), ["-t", "-a", "", "+1", "x"]);
        let c = command("/usr/bin/nano", Path::new("x"), 3)?;
        assert_eq!(args(&c), ["+3", "x"]);
        Ok(())
    }

    #[test]
    fn gui_editors_get_their_own_line_syntax() -> Result<(), EditorError> {
        let c = command("code --wait", Path::new("en.txt"), 7)?;
        assert_eq!(c.program, "code");
        assert_eq!(args(&c), ["--wait", "--goto", "en.txt:7"]);
        let c = command("subl -w", Path::new("en.txt"), 7)?;
        assert_eq!(args(&c), ["-w", "en.txt:7"]);
        let c = command("hx", Path::new("en.txt"), 2)?;
        assert_eq!(args(&c), ["en.txt:2"]);
        Ok(())
    }

    #[test]
    fn quotes_and_escapes_split_as_in_a_shell() {
        let words = |s| split_words(s).unwrap();
        assert_eq!(
            words(r#""/opt/My Editor/ed" --flag 'two words' a\ b "q\"x""#),
            ["/opt/My Editor/ed", "--flag", "two words", "a b", "q\"x"]
        );
        assert_eq!(words("  vim  "), ["vim"]);
        assert!(words("").is_empty());
        assert_eq!(split_words("vim 'open"), None);
        assert!(command("vim \"x", Path::new("f"), 1).is_err());
        // Blank: vi.
        assert_eq!(
            command(" ", Path::new("f"), 1).map(|c| c.program),
            Ok("vi".into())
        );
    }

    #[test]
    fn lines_are_counted_in_bytes_as_stored() {
        let text = "one\n\ntwo\r\nthree";
        assert_eq!(line_of_offset(text, 0), 1);
        assert_eq!(line_of_offset(text, text.find("two").unwrap()), 3);
        assert_eq!(line_of_offset(text, text.find("three").unwrap()), 4);
        assert_eq!(line_of_offset(text, usize::MAX), 4);
        assert_eq!(line_of_offset("a\rb\rc", 4), 3);
    }
}
