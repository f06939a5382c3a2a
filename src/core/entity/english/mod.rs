//! Candidate names in English text: runs of capitalised words, acronyms, and the acronym
//! aliases that "Long Name (ACRO)" defines.
//!
//! A capital proves little at the start of a sentence or in a title-case headline, so such a
//! word counts only when the text confirms it: it is capitalised mid-sentence somewhere else, or
//! it is not a function word, not an ordinary lower-case word elsewhere in the text and does not
//! end like one (`-ly`, `-tion`, a plural `-s`). Headline words need the mid-sentence confirmation. Titles (`Secretary of State`,
//! `Prime Minister`) are cut out of runs and mark the name after them as a person. Connectors
//! (`of`, `de`, ...) join capitalised words into one name; a possessive `'s` ends a name.
//!
//! In a Telugu article ([`Mode::Embedded`]) every capitalised Latin word is a candidate: there
//! are no Latin sentence openers to be wary of.

mod alias;
pub mod mention;
pub mod nodes;
pub mod tokens;
pub mod words;

use crate::core::entity::english::tokens::{words, Cap, Word};
use crate::core::entity::english::words as vocab;
use crate::core::entity::letters::latin_letters;
use alias::paren_aliases;
use mention::mention;
pub use mention::EnMention;
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;

/// Where the Latin text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// An English article.
    Article,
    /// Latin words inside a Telugu article.
    Embedded,
}

/// All candidates of one text.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Sorted by start, never overlapping.
    pub mentions: Vec<EnMention>,
    /// `(long name, acronym letters)` pairs from "Long Name (ACRO)".
    pub aliases: Vec<(String, String)>,
    /// Distinct lower-case words of four letters or more (for telling loanwords from names on
    /// the Telugu side).
    pub lower_words: Vec<String>,
}

/// One paragraph's candidates and `(long name, acronym letters)` aliases.
type ParagraphFinds = (Vec<EnMention>, Vec<(String, String)>);

/// How often each word is seen in lower case, and capitalised mid-sentence (not in a
/// headline): counted per paragraph on both cores, then added up.
#[derive(Default)]
struct WordCounts<'a> {
    lower_seen: HashMap<&'a str, u32>,
    confirmed: HashMap<&'a str, u32>,
}

impl<'a> WordCounts<'a> {
    /// Counts the words `ws` of one paragraph of `text`.
    fn add(&mut self, text: &'a str, ws: &[Word], head: bool) {
        for w in ws {
            match w.cap {
                Cap::Lower => {
                    *self.lower_seen.entry(w.name(text)).or_default() += 1;
                }
                Cap::Upper if !w.sentence_start && !head => {
                    *self.confirmed.entry(w.name(text)).or_default() += 1;
                }
                _ => {}
            }
        }
    }

    /// The counts of both, for adding up the counts of two halves of the paragraphs.
    fn merge(mut self, other: WordCounts<'a>) -> WordCounts<'a> {
        for (mine, theirs) in [
            (&mut self.lower_seen, other.lower_seen),
            (&mut self.confirmed, other.confirmed),
        ] {
            for (word, n) in theirs {
                *mine.entry(word).or_default() += n;
            }
        }
        self
    }
}

/// Finds the candidates in the given paragraphs of `text`.
pub fn extract(text: &str, paragraphs: &[Range<usize>], mode: Mode) -> Extraction {
    // Two passes over the words, one paragraph at a time: the words of a whole article at
    // once would be the biggest thing in memory (about 50 bytes a word, 100 MB for 12 MB of
    // English), while splitting a paragraph again costs little.
    let is_head = |p: &Range<usize>, ws: &[Word]| {
        mode == Mode::Article && is_headline(&text[p.clone()], ws, text)
    };
    let counts = paragraphs
        .par_iter()
        .fold(WordCounts::default, |mut counts, p| {
            let ws = words(text, p.clone());
            counts.add(text, &ws, is_head(p, &ws));
            counts
        })
        .reduce(WordCounts::default, WordCounts::merge);
    let ctx = Context {
        text,
        mode,
        lower_seen: &counts.lower_seen,
        confirmed: &counts.confirmed,
    };
    // Paragraphs are independent once the counts are known: on both cores, then put together
    // in document order, so the result is the same as one paragraph after the other.
    let per_paragraph: Vec<ParagraphFinds> = paragraphs
        .par_iter()
        .map(|p| {
            let ws = words(text, p.clone());
            let head = is_head(p, &ws);
            let mut accept: Vec<Accept> = ws.iter().map(|w| ctx.accept(w, head)).collect();
            if head {
                ctx.accept_headline_neighbours(&ws, &mut accept);
            }
            if mode == Mode::Article {
                ctx.demote_lone_common(&ws, &mut accept);
            }
            let mut mentions = runs(&ctx, &ws, &accept);
            let mut aliases = Vec::new();
            paren_aliases(text, &ws, &mut mentions, &mut aliases);
            (mentions, aliases)
        })
        .collect();
    let mut out = Extraction::default();
    out.mentions
        .reserve_exact(per_paragraph.iter().map(|(m, _)| m.len()).sum());
    for (mentions, aliases) in per_paragraph {
        out.mentions.extend(mentions);
        out.aliases.extend(aliases);
    }
    if mode == Mode::Article {
        let mut lower: Vec<String> = counts
            .lower_seen
            .keys()
            .filter(|w| w.chars().count() >= 4)
            .map(|w| w.to_string())
            .collect();
        lower.sort_unstable();
        out.lower_words = lower;
    }
    out
}

/// A title-case headline: no closing punctuation, short, and most longer words capitalised.
fn is_headline(para: &str, ws: &[Word], text: &str) -> bool {
    let trimmed = para.trim_end();
    if trimmed.ends_with(['.', '!', '?', '"', '\u{201D}', ':']) || ws.len() > 25 {
        return false;
    }
    let long: Vec<&Word> = ws
        .iter()
        .filter(|w| w.name(text).chars().count() >= 4 && w.cap != Cap::Number)
        .collect();
    let caps = long
        .iter()
        .filter(|w| matches!(w.cap, Cap::Upper | Cap::Acronym))
        .count();
    !long.is_empty() && caps * 5 >= long.len() * 3
}

/// Whether a word may be part of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Accept {
    No,
    Yes,
    /// A sentence-opening `New`, `North` ...: only when a name follows.
    IfFollowed,
}

struct Context<'a> {
    text: &'a str,
    mode: Mode,
    lower_seen: &'a HashMap<&'a str, u32>,
    confirmed: &'a HashMap<&'a str, u32>,
}

impl Context<'_> {
    fn lower(&self, w: &Word) -> String {
        w.name(self.text).trim_end_matches('.').to_lowercase()
    }

    /// A capitalised word standing alone mid-sentence that the text mostly writes in lower
    /// case is an ordinary word after a lost full stop (news bullets run together: "kill them
    /// Vaccine teaches ..."), not a name. Names that are also words are written capitalised as
    /// often as the word is written small, or the word is rare.
    fn demote_lone_common(&self, ws: &[Word], accept: &mut [Accept]) {
        let named = |k: usize, accept: &[Accept]| accept.get(k).is_some_and(|a| *a != Accept::No);
        for i in 0..ws.len() {
            if accept[i] != Accept::Yes || ws[i].cap != Cap::Upper {
                continue;
            }
            let joined_before = i > 0 && ws[i].space_before && named(i - 1, accept);
            let joined_after =
                ws.get(i + 1).is_some_and(|n| n.space_before) && named(i + 1, accept);
            if joined_before || joined_after {
                continue;
            }
            let small = self
                .lower_seen
                .get(self.lower(&ws[i]).as_str())
                .copied()
                .unwrap_or(0);
            let capital = self
                .confirmed
                .get(ws[i].name(self.text))
                .copied()
                .unwrap_or(0);
            if small >= 2 && small > capital {
                accept[i] = Accept::No;
            }
        }
    }

    /// A headline word right before a name the body confirms is part of that name (`Sarah Palin
    /// cites Track Palin's PTSD`, where the body says only `Palin`), unless it is a common word,
    /// a title or looks like a word. Only before: after a name a headline has its verb (`Naidu
    /// Sworn In`).
    fn accept_headline_neighbours(&self, ws: &[Word], accept: &mut [Accept]) {
        let confirmed = |k: usize| {
            ws.get(k).is_some_and(|w| {
                w.space_before
                    && w.cap == Cap::Upper
                    && self.confirmed.contains_key(w.name(self.text))
            })
        };
        for i in 0..ws.len() {
            if accept[i] != Accept::No
                || ws[i].cap != Cap::Upper
                || ws[i].possessive
                || !confirmed(i + 1)
            {
                continue;
            }
            let lower = self.lower(&ws[i]);
            if !vocab::is_common(&lower)
                && !vocab::is_title(&lower)
                && !vocab::is_portfolio(&lower)
                && !vocab::is_org_word(&lower)
                && !vocab::is_place_word(&lower)
                && !self.lower_seen.contains_key(lower.as_str())
                && !vocab::has_common_ending(&lower)
                && !vocab::looks_plural(&lower)
            {
                accept[i] = Accept::Yes;
            }
        }
    }

    fn accept(&self, w: &Word, headline: bool) -> Accept {
        match w.cap {
            Cap::Acronym => {
                if vocab::is_common_acronym(&latin_letters(w.name(self.text))) {
                    Accept::No
                } else {
                    Accept::Yes
                }
            }
            Cap::Upper | Cap::Initial => {
                let name = w.name(self.text);
                let lower = self.lower(w);
                if self.mode == Mode::Embedded {
                    return if vocab::is_common(&lower) {
                        Accept::No
                    } else {
                        Accept::Yes
                    };
                }
                if w.cap == Cap::Initial {
                    return Accept::Yes;
                }
                if vocab::is_calendar(&lower) {
                    return Accept::No;
                }
                let uncertain = headline || w.sentence_start;
                if !uncertain {
                    return Accept::Yes;
                }
                if vocab::is_common(&lower) {
                    Accept::No
                } else if self.confirmed.contains_key(name) {
                    Accept::Yes
                } else if vocab::is_name_opener(&lower) {
                    Accept::IfFollowed
                } else if headline
                    || self.lower_seen.contains_key(lower.as_str())
                    || vocab::has_common_ending(&lower)
                    || vocab::looks_plural(&lower)
                {
                    Accept::No
                } else {
                    Accept::Yes
                }
            }
            _ => Accept::No,
        }
    }
}

/// Builds runs of accepted words, then cuts titles out of them.
fn runs(ctx: &Context, ws: &[Word], accept: &[Accept]) -> Vec<EnMention> {
    let text = ctx.text;
    let joins = |k: usize| k < ws.len() && ws[k].space_before && ws[k].cap != Cap::Acronym;
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if accept[i] == Accept::No {
            i += 1;
            continue;
        }
        if ws[i].cap == Cap::Acronym && !acronym_opens_name(ctx, ws, accept, i) {
            out.push(mention(ctx.text, ws, &[i], false));
            i += 1;
            continue;
        }
        let mut run = vec![i];
        let mut j = i;
        while !ws[j].possessive {
            let k = j + 1;
            if joins(k) && accept[k] != Accept::No {
                run.push(k);
                j = k;
                continue;
            }
            // Connectors: "Bank of England", "Ministry of the Interior".
            if joins(k) && ws[k].cap == Cap::Lower && vocab::is_connector(ws[k].text(text)) {
                let mut m = k + 1;
                if joins(m) && ws[m].text(text) == "the" {
                    m += 1;
                }
                if joins(m) && accept[m] == Accept::Yes {
                    run.extend(k..=m);
                    j = m;
                    continue;
                }
            }
            break;
        }
        i = j + 1;
        if accept[run[0]] == Accept::IfFollowed && run.len() == 1 {
            continue;
        }
        let titled_before = run[0] > 0
            && ws[run[0]].space_before
            && ws[run[0] - 1].cap == Cap::Lower
            && vocab::is_title(&ctx.lower(&ws[run[0] - 1]));
        for (seg, after_title) in cut_titles(ctx, ws, &run) {
            out.push(mention(
                ctx.text,
                ws,
                &seg,
                after_title || (titled_before && seg[0] == run[0]),
            ));
        }
    }
    out
}

/// `YSR Congress Party`, `DMK Party`: an acronym without dots, followed right away by
/// capitalised words that end in an organisation word, opens that name. Otherwise acronyms
/// stand alone (`U.S. Secretary`, `ISRO Chairman`).
fn acronym_opens_name(ctx: &Context, ws: &[Word], accept: &[Accept], i: usize) -> bool {
    if ws[i].text(ctx.text).contains('.') || ws[i].possessive {
        return false;
    }
    let mut j = i + 1;
    while j < ws.len() && ws[j].space_before && accept[j] == Accept::Yes && ws[j].cap == Cap::Upper
    {
        if vocab::is_org_word(&ctx.lower(&ws[j])) {
            return true;
        }
        if ws[j].possessive {
            break;
        }
        j += 1;
    }
    false
}

/// Removes title words (and the portfolio words and connectors that hang on them) from a run.
/// Returns the remaining segments, each with "a title stood right before it".
fn cut_titles(ctx: &Context, ws: &[Word], run: &[usize]) -> Vec<(Vec<usize>, bool)> {
    let lower: Vec<String> = run.iter().map(|&k| ctx.lower(&ws[k])).collect();
    let is_conn = |x: usize| ws[run[x]].cap == Cap::Lower;
    // A title counts as one only when a name follows it in the run: "Travis Head" keeps Head.
    // A title word that names a body with the next word is no title: "General Assembly",
    // "General Motors" (NTREX euronews-en_153799: "United Nations General Assembly").
    let title = |x: usize| {
        vocab::is_title(&lower[x]) && !lower.get(x + 1).is_some_and(|n| vocab::is_org_word(n))
    };
    let name_word = |x: usize| !is_conn(x) && !title(x) && !vocab::is_portfolio(&lower[x]);
    let mut removed: Vec<bool> = (0..run.len())
        .map(|x| title(x) && (x + 1..run.len()).any(name_word))
        .collect();
    // Titles closing a run ("Andhra Pradesh Chief Minister") are cut too, unless a single one
    // could be a surname ("Travis Head").
    let mut tail = run.len();
    while tail > 0 && !name_word(tail - 1) && !is_conn(tail - 1) {
        tail -= 1;
    }
    let trailing = run.len() - tail;
    let has_title = (tail..run.len()).any(title);
    if has_title && (trailing >= 2 || !vocab::could_be_surname(&lower[tail])) {
        removed[tail..].iter_mut().for_each(|r| *r = true);
    }
    // Portfolio words next to a removed word (through connectors) belong to the title.
    let mut changed = true;
    while changed {
        changed = false;
        for x in 0..run.len() {
            if removed[x] || is_conn(x) || !vocab::is_portfolio(&lower[x]) {
                continue;
            }
            let near = |dir: isize| {
                let mut y = x as isize + dir;
                while y >= 0 && (y as usize) < run.len() && is_conn(y as usize) {
                    y += dir;
                }
                y >= 0 && (y as usize) < run.len() && removed[y as usize]
            };
            if near(-1) || near(1) {
                removed[x] = true;
                changed = true;
            }
        }
    }
    // Segments: maximal stretches of kept words, without connectors at either edge. A segment
    // follows a title when the nearest word before it (connectors skipped) was removed.
    let mut segments = Vec::new();
    let mut x = 0;
    while x < run.len() {
        if removed[x] || is_conn(x) {
            x += 1;
            continue;
        }
        let start = x;
        let mut end = x;
        while x < run.len() && !removed[x] {
            if !is_conn(x) {
                end = x;
            }
            x += 1;
        }
        let mut before = start;
        while before > 0 && is_conn(before - 1) {
            before -= 1;
        }
        // "Chief Minister of Andhra Pradesh": what follows "title of" is an office's
        // jurisdiction, not the person.
        let after_title = before > 0 && before == start && removed[before - 1];
        segments.push((
            (start..=end).map(|y| run[y]).collect::<Vec<_>>(),
            after_title,
        ));
    }
    segments.retain(|(seg, _)| is_name_segment(ctx, ws, seg));
    segments
}

/// A segment is a name unless it is only initials, only title words (`Prime Minister`), or one
/// generic word (`the Cabinet`).
fn is_name_segment(ctx: &Context, ws: &[Word], seg: &[usize]) -> bool {
    if seg.iter().all(|&k| ws[k].cap == Cap::Initial) {
        return false;
    }
    let titular = |k: usize| {
        let l = ctx.lower(&ws[k]);
        ws[k].cap == Cap::Lower || vocab::is_title(&l) || vocab::is_portfolio(&l)
    };
    if seg.iter().all(|&k| titular(k)) {
        return false;
    }
    !(seg.len() == 1 && vocab::is_generic_alone(&ctx.lower(&ws[seg[0]])))
}

#[cfg(test)]
mod tests;
