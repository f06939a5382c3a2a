//! Telugu candidates as nodes, before linking decides which of them are names.
//!
//! Telugu has no capitals, so every content word is a candidate: each plausible stem of each
//! word that is not a stopword or a verb form becomes a node (cached per distinct word, so the
//! work grows with the vocabulary, not the text). Names of several words become *span* nodes,
//! proposed only where something says a multi-word name may start: a gazetteer name of several
//! words (`దక్షిణ కొరియా`), a direction word before a gazetteer place (`ఈశాన్య ఆసియా`), or a
//! word that sounds like the first word of a multi-word English candidate (`ఆంటోనీ` for `Antony
//! Blinken`). Latin words in the Telugu text (`US`) are English-style candidates, and a word
//! spelled in English letter names (`యుఎస్`) shares a node with the Latin acronym it spells.

use crate::core::entity::blocks::{acronym_block, key_blocks, meaning_block, BlockIndex};
use crate::core::entity::english::{self, Mode};
use crate::core::entity::form::{Form, Node};
use crate::core::entity::kind::Evidence;
use crate::core::entity::telugu::{
    analyses, is_consonant_final, is_geminate_split, letter_count, one_letter_stems, tokenize,
    Token,
};
use rustc_hash::FxHashMap as FastMap;
mod spans;
mod store;

use crate::core::entity::telugu::words;
use crate::core::entity::{distance, gazetteer, key, letters, lexicon};
use spans::{is_locative, try_span};
use std::ops::Range;
pub(crate) use store::context_of;
pub use store::{
    LatinOcc, Occurrence, Origin, TeNode, TeluguNodes, ROLE_ORG_AFTER, ROLE_PERSON_AFTER,
    ROLE_PLACE_AFTER, ROLE_TITLE,
};

fn roles_of(word: &str) -> u8 {
    let mut r = 0;
    if words::is_title_before(word) {
        r |= ROLE_TITLE;
    }
    if words::is_person_after(word) {
        r |= ROLE_PERSON_AFTER;
    }
    if words::is_place_after(word) {
        r |= ROLE_PLACE_AFTER;
    }
    if words::is_org_after(word) {
        r |= ROLE_ORG_AFTER;
    }
    r
}

/// Per distinct word: its stem nodes, the lengths of English multi-word names it may start,
/// its roles, and its gazetteer key when gazetteer names of several words start with it.
#[derive(Default)]
struct WordInfo {
    items: Vec<(u16, u32)>,
    span_lens: Vec<u32>,
    direction: bool,
    roles: u8,
    gaz_first: Option<String>,
    /// Every split of the word ([`analyses`]), for when it ends a span.
    splits: Vec<usize>,
}

fn stem_node(te: &mut TeluguNodes, stem: &str) -> usize {
    let id = match letters::decode_telugu(stem) {
        Some(l) => format!("A:{l}"),
        None => stem.to_string(),
    };
    let n = te.node_for(&id, || {
        let form = Form::telugu(&[stem]);
        let mut evidence = Evidence::default();
        evidence.add_gazetteer(&form.gaz);
        let info = TeNode {
            text: stem.to_string(),
            words: 1,
            evidence,
            ..TeNode::default()
        };
        (form, info)
    });
    if id.starts_with("A:") && te.info[n].text != stem {
        te.nodes[n].push(Form::telugu(&[stem]));
    }
    n
}

/// Keys of the English one-word names short enough (one consonant at most: `Bough`, `Xi`,
/// `May`) that their Telugu spelling may be a single letter (బౌ, జి, మే).
fn short_english_keys(english: &[Node]) -> Vec<&str> {
    let mut keys: Vec<&str> = english
        .iter()
        .flat_map(|n| &n.forms)
        .filter(|f| f.words.len() == 1 && f.acronym.is_none())
        .map(|f| f.glued.as_str())
        .filter(|k| !k.is_empty() && distance::consonant_count(k) <= 1)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// A one-letter stem is a candidate only when it sounds like one of the short English names.
fn one_letter_candidates(word: &str, short: &[&str]) -> Vec<usize> {
    if short.is_empty() || words::is_stopword(word) || words::is_verb_form(word) {
        return Vec::new();
    }
    one_letter_stems(word)
        .into_iter()
        .filter(|&len| {
            let key = key::telugu_key(&word[..len]);
            !words::is_stopword(&word[..len])
                && short
                    .iter()
                    .any(|s| distance::word_similarity(&key, s).is_some())
        })
        .collect()
}

fn analyse_word(
    te: &mut TeluguNodes,
    word: &str,
    first_words: &BlockIndex,
    short: &[&str],
) -> WordInfo {
    let gaz_key = gazetteer::telugu_key(word);
    let mut info = WordInfo {
        direction: lexicon::telugu_meanings(word)
            .iter()
            .any(|m| lexicon::is_direction(m)),
        roles: roles_of(word),
        gaz_first: (!gazetteer::get().telugu_starting_with(&gaz_key).is_empty()).then_some(gaz_key),
        splits: analyses(word),
        ..WordInfo::default()
    };
    let meanings = lexicon::telugu_meanings(word);
    if !words::is_stopword(word) || !meanings.is_empty() {
        let mut blocks = Vec::new();
        key_blocks(&key::telugu_key(word), &mut blocks);
        blocks.extend(meanings.iter().map(|m| meaning_block(m)));
        if let Some(l) = letters::decode_telugu(word) {
            blocks.push(acronym_block(&l));
        }
        let mut seen = [false; 8];
        let mut lens = Vec::new();
        first_words.candidates(&blocks, &mut seen, &mut lens);
        lens.sort_unstable();
        info.span_lens = lens;
    }
    if words::is_stopword(word) {
        return info;
    }
    let gaz = gazetteer::get();
    let verb = words::is_verb_form(word);
    let short_stems = one_letter_candidates(word, short);
    let mut stems = info.splits.clone();
    stems.extend(short_stems.iter().filter(|l| !info.splits.contains(l)));
    for stem_len in stems {
        let Ok(short_len) = u16::try_from(stem_len) else {
            continue;
        };
        let stem = &word[..stem_len];
        let in_gaz = !gaz.lookup_telugu(stem).is_empty();
        let short_ok = short_stems.contains(&stem_len);
        if !in_gaz && (verb || (letter_count(stem) < 2 && !short_ok) || words::is_stopword(stem)) {
            continue;
        }
        let n = stem_node(te, stem);
        if is_consonant_final(stem) && !is_geminate_split(word, stem_len) {
            te.info[n].consonant_final = true;
        }
        info.items.push((short_len, n as u32));
    }
    info
}

/// Index of the first words of the English multi-word candidates; items are word counts.
fn first_word_index(english: &[Node]) -> BlockIndex {
    let mut index = BlockIndex::default();
    let mut blocks = Vec::new();
    for form in english.iter().flat_map(|n| &n.forms) {
        let n = form.words.len();
        if !(2..=6).contains(&n) {
            continue;
        }
        blocks.clear();
        key_blocks(&form.words[0].key, &mut blocks);
        blocks.extend(form.words[0].meanings.iter().map(|m| meaning_block(m)));
        if let Some(l) = &form.words[0].letters {
            blocks.push(acronym_block(l));
        }
        index.insert(n as u32, &blocks);
    }
    index
}

/// Finds the Telugu candidates of `text`, using the English nodes to propose multi-word spans.
pub fn build(text: &str, paragraphs: &[Range<usize>], english: &[Node]) -> TeluguNodes {
    build_from_tokens(text, paragraphs, tokenize(text), english)
}

/// [`build`] on the text's tokens made beforehand (`tokenize(text)`): they need nothing of the
/// English side, so [`crate::core::entity::find`] makes them while the English is analysed.
pub fn build_from_tokens(
    text: &str,
    paragraphs: &[Range<usize>],
    tokens: Vec<Token>,
    english: &[Node],
) -> TeluguNodes {
    let mut te = TeluguNodes {
        tokens,
        ..TeluguNodes::default()
    };
    let first_words = first_word_index(english);
    let short = short_english_keys(english);
    // First pass: each distinct word analysed once; each token gets its word's number.
    let mut ids: FastMap<&str, u32> = FastMap::default();
    let mut infos: Vec<WordInfo> = Vec::new();
    let mut word_of = Vec::with_capacity(te.tokens.len());
    for t in 0..te.tokens.len() {
        let word = te.tokens[t].text(text);
        let id = match ids.get(word) {
            Some(&id) => id,
            None => {
                let info = analyse_word(&mut te, word, &first_words, &short);
                infos.push(info);
                let id = (infos.len() - 1) as u32;
                ids.insert(word, id);
                id
            }
        };
        word_of.push(id);
    }
    te.roles = word_of.iter().map(|&w| infos[w as usize].roles).collect();
    // About one single-word candidate per token in news text: sized up front, the biggest list
    // of the analysis is not copied over and over as it grows.
    te.singles.reserve(te.tokens.len());
    let tokens = std::mem::take(&mut te.tokens);
    let splits = |t: usize| -> &[usize] { &infos[word_of[t] as usize].splits };
    for (i, tok) in tokens.iter().enumerate() {
        let word = tok.text(text);
        let info = &infos[word_of[i] as usize];
        if !info.items.is_empty() {
            let ctx = context_of(&te.roles, text, &tokens, i, 1);
            for &(stem_len, node) in &info.items {
                let ev = Evidence {
                    locative: is_locative(&word[stem_len as usize..]),
                    ..ctx
                };
                te.singles.push(Occurrence {
                    node,
                    first: i as u32,
                    len: 1,
                    stem_len,
                });
                te.observe(node as usize, &ev);
            }
        }
        for &n in &info.span_lens {
            try_span(
                &mut te,
                text,
                &tokens,
                &splits,
                i,
                n as usize,
                None,
                Origin::default(),
            );
        }
        if let Some(key) = &info.gaz_first {
            for name in gazetteer::get().telugu_starting_with(key) {
                let origin = Origin::default();
                try_span(
                    &mut te,
                    text,
                    &tokens,
                    &splits,
                    i,
                    name.words.len(),
                    Some(&name.words),
                    origin,
                );
            }
        }
        if info.direction {
            let origin = Origin {
                direction: true,
                ..Origin::default()
            };
            try_span(&mut te, text, &tokens, &splits, i, 2, None, origin);
        }
    }
    te.tokens = tokens;
    add_latin(&mut te, text, paragraphs);
    te
}

/// Latin candidates inside the Telugu text.
fn add_latin(te: &mut TeluguNodes, text: &str, paragraphs: &[Range<usize>]) {
    let ex = english::extract(text, paragraphs, Mode::Embedded);
    for m in &ex.mentions {
        let id = match &m.acronym {
            Some(a) => format!("A:{a}"),
            None => format!("L:{}", m.name),
        };
        let form = Form::english(&m.name, m.acronym.as_deref());
        let node = te.node_for(&id, || {
            let mut evidence = Evidence::from_english_name(&m.name, m.acronym.is_some());
            evidence.add_gazetteer(&form.gaz);
            let info = TeNode {
                text: m.name.to_string(),
                words: m.name.split_whitespace().count(),
                evidence,
                ..TeNode::default()
            };
            (form.clone(), info)
        });
        te.nodes[node].push(form);
        te.info[node].origin.latin = true;
        te.info[node].count += 1;
        te.latin.push(LatinOcc {
            node: node as u32,
            start: m.start,
            end: m.end,
            stem_end: m.end,
            first_token: 0,
            tokens: 0,
        });
        add_mixed(te, text, &m.name, m.end, m.start);
    }
}

/// Most Telugu words a Latin name may be continued by (`UN భద్రతా మండలి`).
const MIXED_MAX: usize = 3;

/// A Latin name followed, across spaces only, by Telugu words the lexicon translates (`UK
/// ప్రభుత్వం` = UK Government, `UN భద్రతా మండలి`): each such stretch is a candidate of its own.
/// Inner words are whole, the last may carry a case suffix.
fn add_mixed(te: &mut TeluguNodes, text: &str, name: &str, end: usize, start: usize) {
    let first = te.tokens.partition_point(|t| t.start() < end);
    let Some(tok) = te.tokens.get(first) else {
        return;
    };
    let gap = &text[end..tok.start()];
    if gap.is_empty() || !gap.chars().all(|c| c == ' ' || c == '\u{00A0}') {
        return;
    }
    let mut words: Vec<&str> = Vec::new();
    for k in 0..MIXED_MAX {
        let Some(tok) = te.tokens.get(first + k) else {
            break;
        };
        if k > 0 && !tok.joined {
            break;
        }
        let word = tok.text(text);
        let (tok_end, tok_start) = (tok.end(), tok.start());
        for stem_len in analyses(word) {
            let stem = &word[..stem_len];
            if lexicon::telugu_meanings(stem).is_empty() {
                continue;
            }
            let mut ws = words.clone();
            ws.push(stem);
            let id = format!("M:{name} {}", ws.join(" "));
            let node = te.node_for(&id, || {
                let info = TeNode {
                    text: format!("{name} {}", ws.join(" ")),
                    words: name.split_whitespace().count() + ws.len(),
                    origin: Origin {
                        latin: true,
                        span: true,
                        mixed: true,
                        ..Origin::default()
                    },
                    ..TeNode::default()
                };
                (Form::mixed(name, &ws), info)
            });
            te.info[node].count += 1;
            te.latin.push(LatinOcc {
                node: node as u32,
                start,
                end: tok_end,
                stem_end: tok_start + stem_len,
                first_token: first as u32,
                tokens: (k + 1) as u16,
            });
        }
        if lexicon::telugu_meanings(word).is_empty() {
            break;
        }
        words.push(word);
    }
}

#[cfg(test)]
mod tests;
