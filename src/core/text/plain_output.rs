//! Output that goes to a terminal outside the viewer: `tandem report` and error messages.
//!
//! The report prints document text (mention text, labels) and file names, any of which can hold
//! escape sequences or bidi overrides. serde_json escapes C0 controls but writes DEL, C1
//! controls and bidi controls as they are, and the text table writes everything as it is. These
//! functions make both safe to print while keeping what they mean: JSON gets `\uXXXX` escapes,
//! which decode to the very same strings, and text gets the viewer's visible stand-ins.

use super::display::{is_bidi_control, sanitize_inline};
use std::fmt::Write;

/// Whether a character in JSON must be escaped before it reaches a terminal.
fn needs_escape(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Escapes DEL, C1 controls and bidi controls in serialised JSON as `\uXXXX`. They can only
/// occur inside strings (JSON's own syntax is ASCII), where the escape means the same thing.
/// C0 controls are already escaped by any JSON serialiser; line breaks between tokens are kept.
pub fn escape_json_for_terminal(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if needs_escape(c) && c != '\n' {
            // Every such character is in the Basic Multilingual Plane: one escape, no pair.
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Replaces controls in every line of a text report with visible stand-ins (as the viewer
/// shows them), keeping the line breaks.
pub fn sanitize_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        out.push_str(&sanitize_inline(body));
        out.push_str(newline);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_decode_to_the_same_string() -> serde_json::Result<()> {
        let original = "a\u{7f}b\u{9b}2J\u{202e}c\u{2066}d — తెలుగు";
        let json = serde_json::to_string_pretty(&serde_json::json!({ "path": original }))?;
        let safe = escape_json_for_terminal(&json);
        assert!(
            !safe.chars().any(|c| needs_escape(c) && c != '\n'),
            "{safe}"
        );
        assert!(
            safe.contains("\\u007f") && safe.contains("\\u202e"),
            "{safe}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe)?;
        assert_eq!(back["path"], original);
        Ok(())
    }

    #[test]
    fn text_lines_keep_their_breaks_and_lose_their_controls() {
        let text = "te: evil\u{1b}]52;c;aGk=\u{7}.txt\nlabel \u{202e}x\n";
        assert_eq!(sanitize_lines(text), "te: evil␛]52;c;aGk=␇.txt\nlabel ⇄x\n");
    }
}
