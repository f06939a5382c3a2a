//! Named entities in both languages: candidate names on each side, a phonetic and
//! dictionary-based bridge between the scripts, and the linking that turns them into entity
//! groups (see ARCHITECTURE.md, "A new entity rule").
//!
//! The pipeline ([`find`]):
//! 1. English candidates ([`english`]) grouped into nodes ([`english::nodes`]);
//! 2. Telugu candidates ([`telugu`], [`telugu::nodes`]): every content word's stems, Latin words,
//!    and multi-word spans proposed by the gazetteer, direction words and English first words;
//! 3. one-to-one linking of the two node lists ([`link`]) over side-neutral [`form`]s: gazetteer
//!    ([`gazetteer`]), acronyms ([`letters`]), lexicon ([`lexicon`]), phonetic keys ([`key`],
//!    [`distance`]), found through a blocking index ([`blocks`]);
//! 4. Telugu candidates without a partner that still look like names ([`telugu::alone`]);
//! 5. groups, mentions, labels and kinds ([`group`], [`kind`]).
//!
//! Work is proportional to the text plus its vocabulary: keys are computed once per distinct
//! word and candidates meet through hash lookups, never by comparing all pairs.

pub mod blocks;
pub mod distance;
pub mod english;
pub mod form;
pub mod gazetteer;
pub mod group;
pub mod key;
pub mod kind;
pub mod letters;
pub mod lexicon;
pub mod link;
pub mod telugu;
pub mod translit;
pub mod union;

pub use kind::Kind;

use std::ops::Range;

/// A mention's place in its text: byte offsets into the text as stored. `stem_end` is where the
/// name's stem ends (before a Telugu case suffix); it equals `end` when there is no suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub stem_end: usize,
}

/// One entity with its mentions on both sides; one side empty means a coverage gap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    pub label: String,
    pub kind: Kind,
    /// Telugu mentions, by start.
    pub te: Vec<Span>,
    /// English mentions, by start.
    pub en: Vec<Span>,
}

/// One article: its text and paragraph ranges.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    pub text: &'a str,
    pub paragraphs: &'a [Range<usize>],
}

/// Finds the entities of a Telugu/English pair, ordered by first mention.
pub fn find(te: Text, en: Text) -> Vec<Group> {
    // The Telugu tokens need nothing of the English: made beside its extraction.
    let (en_ex, te_tokens) = rayon::join(
        || english::extract(en.text, en.paragraphs, english::Mode::Article),
        || telugu::tokenize(te.text),
    );
    let en_nodes = english::nodes::build(&en_ex);
    // The nodes now hold the names; grouping needs only where each mention is. A big article
    // has hundreds of thousands of candidates, each with its name boxed: keeping them through
    // the Telugu side's analysis made them the third-largest thing in memory.
    let english::Extraction {
        mentions,
        lower_words,
        ..
    } = en_ex;
    let en_mentions: Vec<Range<usize>> = mentions.iter().map(|m| m.start..m.end).collect();
    drop(mentions);
    let mut te_nodes =
        telugu::nodes::build_from_tokens(te.text, te.paragraphs, te_tokens, &en_nodes.nodes);
    let links = link::link(&te_nodes.nodes, &en_nodes.nodes);
    let mut linked = vec![false; te_nodes.nodes.len()];
    for l in &links {
        linked[l.left] = true;
    }
    let te_alone = telugu::alone::decide(&mut te_nodes, te.text, &linked, &lower_words);
    drop(lower_words);
    // The per-token roles served the decisions above; grouping does not read them, and on a big
    // article every megabyte counts while the groups are assembled.
    te_nodes.roles = Vec::new();
    group::assemble(group::Inputs {
        te_text: te.text,
        te: &mut te_nodes,
        te_alone: &te_alone,
        en_text: en.text,
        en_mentions: &en_mentions,
        en: &en_nodes,
        links: &links,
    })
}
