//! What each grapheme cluster of a document looks like on screen, and how wide it is.
//!
//! This is the single width model of tandem: wrapping and drawing both ask [`shown`], so a row
//! that wrapping says fits is exactly as wide when drawn. The unit is the extended grapheme
//! cluster; a printable cluster is as wide as unicode-width says for the cluster string (for
//! Telugu this is what tmux and other wcwidth-based terminals advance: కా 1, కు 2, క్ష 2).
//!
//! Nothing from a document reaches the terminal as a control: tabs become spaces, C0/C1 controls
//! (ESC included, so an escape sequence arrives as harmless visible text) become visible symbols,
//! bidi controls become a visible marker (as code review tools do, so hidden reordering cannot
//! mislead a reviewer), invisible format characters are dropped, and a combining mark that has
//! no base is shown on a dotted circle.

use std::borrow::Cow;
use unicode_width::UnicodeWidthStr;

/// Columns between tab stops.
pub const TAB_STOP: usize = 4;

/// Columns a tab takes when it starts at column `col`: up to the next tab stop.
pub fn tab_width(col: usize) -> usize {
    TAB_STOP - col % TAB_STOP
}

/// Marker shown in place of a bidi control character.
pub const BIDI_MARKER: &str = "\u{21C4}"; // ⇄

/// The base a lone combining mark is drawn on.
pub const DOTTED_CIRCLE: char = '\u{25CC}';

/// How one grapheme cluster is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown<'a> {
    /// Printable text, drawn as it is (or, for a lone mark, on a dotted circle).
    Text { text: Cow<'a, str>, width: usize },
    /// A visible stand-in for a control character, one column wide.
    Symbol(&'static str),
    /// Space-like: a space, tab, or line break inside a paragraph. Wrapping may break here.
    Space(SpaceKind),
    /// Shown as nothing (zero-width format characters such as soft hyphen or ZWSP).
    Hidden,
}

/// Kinds of break whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpaceKind {
    /// A space character (U+0020 or another Unicode space), one column.
    Space,
    /// A tab: up to the next tab stop.
    Tab,
    /// A line break inside a paragraph, reflowed as one space.
    Newline,
}

impl Shown<'_> {
    /// Columns taken when the cluster starts at column `col` of its row.
    pub fn width_at(&self, col: usize) -> usize {
        match self {
            Shown::Text { width, .. } => *width,
            Shown::Symbol(_) => 1,
            Shown::Space(SpaceKind::Tab) => tab_width(col),
            Shown::Space(_) => 1,
            Shown::Hidden => 0,
        }
    }

    /// Whether wrapping may break a row here (the whitespace itself is then dropped).
    pub fn is_space(&self) -> bool {
        matches!(self, Shown::Space(_))
    }
}

/// A one-line string (a file name, a notice) with every cluster replaced by what is shown for
/// it, so it can go to the terminal through any widget. Line breaks and tabs become spaces.
pub fn sanitize_inline(s: &str) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        // Nothing to replace in printable ASCII.
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for g in s.graphemes(true) {
        match shown(g) {
            Shown::Text { text, .. } => out.push_str(&text),
            Shown::Symbol(sym) => out.push_str(sym),
            Shown::Space(_) => out.push(' '),
            Shown::Hidden => {}
        }
    }
    out
}

/// How the grapheme cluster `g` is shown.
pub fn shown(g: &str) -> Shown<'_> {
    let mut chars = g.chars();
    let Some(first) = chars.next() else {
        return Shown::Hidden;
    };
    let single = chars.next().is_none();
    if single {
        if let Some(s) = single_char(first) {
            return s;
        }
    } else if g == "\r\n" {
        return Shown::Space(SpaceKind::Newline);
    }
    if is_combining_start(first) {
        let text = format!("{DOTTED_CIRCLE}{g}");
        let width = text.width();
        return Shown::Text {
            text: Cow::Owned(text),
            width,
        };
    }
    match g.width() {
        0 => Shown::Hidden,
        width => Shown::Text {
            text: Cow::Borrowed(g),
            width,
        },
    }
}

/// The special cases for a cluster of one character; `None` when it is ordinary text.
fn single_char(c: char) -> Option<Shown<'static>> {
    Some(match c {
        '\t' => Shown::Space(SpaceKind::Tab),
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
            Shown::Space(SpaceKind::Newline)
        }
        ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => {
            Shown::Space(SpaceKind::Space)
        }
        '\u{3000}' => Shown::Text {
            text: Cow::Borrowed("\u{3000}"),
            width: 2,
        },
        '\u{1B}' => Shown::Symbol("\u{241B}"), // ␛
        '\u{7F}' => Shown::Symbol("\u{2421}"), // ␡
        '\0'..='\u{1F}' => Shown::Symbol(CONTROL_PICTURES[c as usize]),
        '\u{80}'..='\u{9F}' => Shown::Symbol("\u{FFFD}"),
        c if is_bidi_control(c) => Shown::Symbol(BIDI_MARKER),
        c if is_invisible_format(c) => Shown::Hidden,
        _ => return None,
    })
}

/// U+2400.. control pictures for C0 controls, as static strings.
const CONTROL_PICTURES: [&str; 32] = [
    "\u{2400}", "\u{2401}", "\u{2402}", "\u{2403}", "\u{2404}", "\u{2405}", "\u{2406}", "\u{2407}",
    "\u{2408}", "\u{2409}", "\u{240A}", "\u{240B}", "\u{240C}", "\u{240D}", "\u{240E}", "\u{240F}",
    "\u{2410}", "\u{2411}", "\u{2412}", "\u{2413}", "\u{2414}", "\u{2415}", "\u{2416}", "\u{2417}",
    "\u{2418}", "\u{2419}", "\u{241A}", "\u{241B}", "\u{241C}", "\u{241D}", "\u{241E}", "\u{241F}",
];

/// Bidi embedding, override and isolate controls and the directional marks.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Zero-width format characters that have no visible form of their own. Terminals disagree on
/// their width (glibc gives the soft hyphen one column), so they are never sent.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{180E}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}'
    ) || ('\u{E0000}'..='\u{E007F}').contains(&c)
}

/// Whether `c` can only follow a base character: a combining mark (zero width in unicode-width
/// and not a format control) or an Indic dependent sign. The Indic blocks U+0900..U+0DFF share
/// one layout in which offsets 0x00–0x03, 0x3A–0x4F (bar the avagraha), 0x51–0x57 and
/// 0x62–0x63 are signs, so those ranges cover Devanagari through Malayalam, Telugu included.
pub(crate) fn is_combining_start(c: char) -> bool {
    let cp = c as u32;
    if (0x0900..0x0E00).contains(&cp) {
        let off = cp & 0x7F;
        return matches!(off, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63);
    }
    matches!(
        cp,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_symbols() {
        assert_eq!(shown("\u{1b}"), Shown::Symbol("␛"));
        assert_eq!(shown("\u{7}"), Shown::Symbol("␇"));
        assert_eq!(shown("\u{9b}"), Shown::Symbol("\u{FFFD}"));
        assert_eq!(shown("\u{202e}"), Shown::Symbol(BIDI_MARKER));
        assert_eq!(shown("\u{ad}"), Shown::Hidden);
    }

    #[test]
    fn lone_marks_sit_on_a_dotted_circle() {
        assert_eq!(
            shown("\u{c41}"),
            Shown::Text {
                text: Cow::Owned("◌\u{c41}".into()),
                width: 2
            }
        );
        assert_eq!(shown("\u{301}").width_at(0), 1);
    }

    #[test]
    fn tabs_reach_the_next_stop() {
        assert_eq!(shown("\t").width_at(0), 4);
        assert_eq!(shown("\t").width_at(5), 3);
        assert!(shown("\t").is_space());
    }
}
