//! Output that goes to a terminal outside the viewer: `tandem report` and error messages.
//!
//! The report prints document text (mention text, labels) and file names, any of which can hold
//! escape sequences or bidi overrides. serde_json escapes C0 controls but writes DEL, C1
//! controls and bidi controls as they are, and the text table writes everything as it is. These
//! functions make both safe to print while keeping what they mean: JSON gets `\uXXXX` escapes,
//! which decode to the very same strings, and text gets the viewer's visible stand-ins.

use super::display::{is_bidi_control, sanitize_inline};
use std::fmt::Write;
use std::io;

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

/// An [`io::Write`] that passes serialised JSON on to `inner` with the escapes of
/// [`escape_json_for_terminal`] applied as it goes, so that a report is written while it is
/// serialised instead of being built as one string and copied (`tandem report` on a 50 MB pair
/// writes hundreds of megabytes of JSON).
///
/// The bytes written must be UTF-8 as a whole (any JSON serialiser's are); a character may be
/// split between two writes. Only three lead bytes can begin a character that needs escaping
/// besides DEL and C0 controls (`0xC2`: C1 controls, `0xD8`: U+061C, `0xE2`: the other bidi
/// controls), so every other byte is passed on without decoding.
pub struct TerminalSafeJson<W: io::Write> {
    inner: W,
    /// The start of a character whose remaining bytes have not been written yet.
    pending: [u8; 4],
    pending_len: usize,
}

impl<W: io::Write> TerminalSafeJson<W> {
    pub fn new(inner: W) -> Self {
        TerminalSafeJson {
            inner,
            pending: [0; 4],
            pending_len: 0,
        }
    }

    /// The inner writer, after writing out a character left incomplete (not valid JSON, but
    /// nothing is dropped).
    pub fn into_inner(mut self) -> io::Result<W> {
        let pending = self.pending;
        self.inner.write_all(&pending[..self.pending_len])?;
        Ok(self.inner)
    }

    /// Writes one whole character `ch` (its UTF-8 bytes), escaped when it must be.
    fn write_char_bytes(&mut self, ch: &[u8]) -> io::Result<()> {
        match std::str::from_utf8(ch).ok().and_then(|s| s.chars().next()) {
            Some(c) if needs_escape(c) && c != '\n' => {
                write!(self.inner, "\\u{:04x}", u32::from(c))
            }
            _ => self.inner.write_all(ch),
        }
    }
}

/// Whether byte `b` may begin a character that needs escaping.
fn may_need_escape(b: u8) -> bool {
    (b < 0x20 && b != b'\n') || matches!(b, 0x7F | 0xC2 | 0xD8 | 0xE2)
}

/// The length of the UTF-8 sequence a lead byte begins (1 for anything else).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

impl<W: io::Write> io::Write for TerminalSafeJson<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        if self.pending_len > 0 {
            let need = utf8_len(self.pending[0]) - self.pending_len;
            let take = need.min(rest.len());
            self.pending[self.pending_len..self.pending_len + take].copy_from_slice(&rest[..take]);
            self.pending_len += take;
            rest = &rest[take..];
            if take < need {
                return Ok(buf.len());
            }
            let pending = self.pending;
            self.pending_len = 0;
            self.write_char_bytes(&pending[..utf8_len(pending[0])])?;
        }
        let mut start = 0;
        let mut i = 0;
        while i < rest.len() {
            let b = rest[i];
            if !may_need_escape(b) {
                i += 1;
                continue;
            }
            self.inner.write_all(&rest[start..i])?;
            let len = utf8_len(b);
            if i + len > rest.len() {
                let tail = &rest[i..];
                self.pending[..tail.len()].copy_from_slice(tail);
                self.pending_len = tail.len();
                return Ok(buf.len());
            }
            self.write_char_bytes(&rest[i..i + len])?;
            i += len;
            start = i;
        }
        self.inner.write_all(&rest[start..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
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
    fn the_streaming_writer_escapes_like_the_function_whatever_the_splits() {
        let json = serde_json::to_string_pretty(&serde_json::json!({
            "a": "x\u{7f}y\u{9b}2J\u{85}\u{a0}\u{202e}\u{202f}\u{2066}\u{2014}\u{61c}\u{600} తెలుగు 😀",
            "b": ["\u{200e}", "\u{200f}\u{200d}", "\t\r"],
        }))
        .expect("json");
        let want = escape_json_for_terminal(&json);
        for size in 1..=7 {
            let mut w = TerminalSafeJson::new(Vec::new());
            for chunk in json.as_bytes().chunks(size) {
                io::Write::write_all(&mut w, chunk).expect("write");
            }
            let got = w.into_inner().expect("inner");
            assert_eq!(
                String::from_utf8(got).expect("utf-8"),
                want,
                "chunks of {size}"
            );
        }
    }

    #[test]
    fn text_lines_keep_their_breaks_and_lose_their_controls() {
        let text = "te: evil\u{1b}]52;c;aGk=\u{7}.txt\nlabel \u{202e}x\n";
        assert_eq!(sanitize_lines(text), "te: evil␛]52;c;aGk=␇.txt\nlabel ⇄x\n");
    }
}
