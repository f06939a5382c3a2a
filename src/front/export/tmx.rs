//! TMX 1.4 (Translation Memory eXchange): the aligned paragraph groups as translation units,
//! for translators' tools (OmegaT, Trados, memoQ ...).
//!
//! - The header says `srclang="te-IN"`, `segtype="paragraph"`, `datatype="plaintext"`.
//! - One `<tu>` per alignment group with paragraphs on both sides, with a `te-IN` and an
//!   `en-GB`/`en-US` `<tuv>`. Groups with one side only (1-0, 0-1) are left out: a translation
//!   unit needs both languages (the TSV export keeps them).
//! - A group of several paragraphs is one segment: its paragraphs joined by a newline.
//! - `<prop type="x-group">` is the group's number (from 1, as the viewer shows it),
//!   `x-pair` the corpus pair's name, `x-status` the reviewer's verdict when there is one.
//! - Text is escaped for XML; a CR is written as `&#13;` so that the line-end normalisation of
//!   XML parsers gives it back. Characters XML 1.0 does not allow (C0 controls other than tab,
//!   LF and CR, U+FFFE, U+FFFF) are dropped. Other control and bidi control characters are
//!   written as character references: the same text, but harmless when printed to a terminal.

use super::{group_text, sentence_text, ExportItem};
use crate::core::text::display::is_bidi_control;
use std::fmt::Write;

/// The English language tag of the English segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EnLocale {
    #[value(name = "en-GB")]
    EnGb,
    #[value(name = "en-US")]
    EnUs,
}

impl EnLocale {
    pub fn tag(self) -> &'static str {
        match self {
            EnLocale::EnGb => "en-GB",
            EnLocale::EnUs => "en-US",
        }
    }
}

/// The Telugu language tag.
pub const TE_TAG: &str = "te-IN";

/// The start of the document, up to and including `<body>`.
pub fn header() -> String {
    header_with("paragraph")
}

/// The start of the document with this `segtype` (`paragraph` or `sentence`).
pub fn header_with(segtype: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n\
         <tmx version=\"1.4\">\n  \
         <header creationtool=\"tandem\" creationtoolversion=\"{}\" datatype=\"plaintext\" \
         segtype=\"{segtype}\" adminlang=\"en\" srclang=\"{TE_TAG}\" o-tmf=\"tandem\"/>\n  \
         <body>\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// The end of the document.
pub const FOOTER: &str = "  </body>\n</tmx>\n";

/// The translation units of one pair.
pub fn units(item: &ExportItem<'_>, en: EnLocale) -> String {
    let mut s = String::new();
    for (k, group) in item.groups.iter().enumerate() {
        if group.is_gap() {
            continue;
        }
        s.push_str("    <tu>\n");
        if let Some(name) = item.name {
            let _ = writeln!(s, "      <prop type=\"x-pair\">{}</prop>", escape(name));
        }
        let _ = writeln!(s, "      <prop type=\"x-group\">{}</prop>", k + 1);
        if let Some(status) = item.status(k) {
            let _ = writeln!(s, "      <prop type=\"x-status\">{status}</prop>");
        }
        for (lang, text) in [
            (TE_TAG, group_text(&item.docs.te, &group.te)),
            (en.tag(), group_text(&item.docs.en, &group.en)),
        ] {
            let _ = writeln!(
                s,
                "      <tuv xml:lang=\"{lang}\"><seg>{}</seg></tuv>",
                escape(&text)
            );
        }
        s.push_str("    </tu>\n");
    }
    s
}

/// The sentence translation units of one pair (`--unit sentence`): one `<tu>` per sentence
/// group with sentences on both sides, its sentences joined by a space; `x-sentence-group` is
/// the group's number from 1, `x-group` the number of the paragraph group that holds it.
pub fn sentence_units(item: &ExportItem<'_>, en: EnLocale) -> String {
    let mut s = String::new();
    let Some((sentences, groups)) = item.sentences else {
        return s;
    };
    // Telugu paragraph -> its paragraph group.
    let mut owner: Vec<Option<usize>> = vec![None; item.docs.te.paragraphs.len()];
    for (k, g) in item.groups.iter().enumerate() {
        for &p in &g.te {
            if let Some(o) = owner.get_mut(p) {
                *o = Some(k);
            }
        }
    }
    for (k, group) in groups.iter().enumerate() {
        if group.is_gap() {
            continue;
        }
        s.push_str("    <tu>\n");
        if let Some(name) = item.name {
            let _ = writeln!(s, "      <prop type=\"x-pair\">{}</prop>", escape(name));
        }
        let _ = writeln!(s, "      <prop type=\"x-sentence-group\">{}</prop>", k + 1);
        let paragraph = group
            .te
            .first()
            .and_then(|&i| sentences.te.get(i))
            .map(|x| x.paragraph);
        if let Some(g) = paragraph.and_then(|p| owner.get(p).copied().flatten()) {
            let _ = writeln!(s, "      <prop type=\"x-group\">{}</prop>", g + 1);
        }
        for (lang, text) in [
            (
                TE_TAG,
                sentence_text(&item.docs.te, &sentences.te, &group.te),
            ),
            (
                en.tag(),
                sentence_text(&item.docs.en, &sentences.en, &group.en),
            ),
        ] {
            let _ = writeln!(
                s,
                "      <tuv xml:lang=\"{lang}\"><seg>{}</seg></tuv>",
                escape(&text)
            );
        }
        s.push_str("    </tu>\n");
    }
    s
}

/// A whole TMX document for these pairs.
pub fn render_tmx(items: &[ExportItem<'_>], en: EnLocale) -> String {
    let mut s = header();
    for item in items {
        s.push_str(&units(item, en));
    }
    s.push_str(FOOTER);
    s
}

/// Whether XML 1.0 allows the character at all (its `Char` production).
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
        || c >= '\u{10000}'
}

/// XML text and attribute escaping, as described in the module comment.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if !allowed_in_xml(c) => {}
            c if c.is_control() || is_bidi_control(c) => {
                let _ = write!(out, "&#x{:X};", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_what_xml_allows_and_drops_the_rest() {
        assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        assert_eq!(escape("x\u{1b}[31my\0z\u{7}"), "x[31myz");
        assert_eq!(escape("l1\r\nl2\tt"), "l1&#13;\nl2\tt");
        assert_eq!(escape("c1\u{9b}bidi\u{202e}"), "c1&#x9B;bidi&#x202E;");
        assert_eq!(escape("\u{fffe}తెలుగు\u{1F600}"), "తెలుగు\u{1F600}");
    }

    #[test]
    fn locales_have_their_tags() {
        assert_eq!(EnLocale::EnGb.tag(), "en-GB");
        assert_eq!(EnLocale::EnUs.tag(), "en-US");
    }
}
