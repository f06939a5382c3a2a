//! Which Telugu candidates that link to nothing in English are still names: the one-sided
//! entities a translator needs to see (the English left them out, or the Telugu added them).
//!
//! Without capitals, a Telugu word is taken as a name on its own only with evidence:
//! - the gazetteer knows it (a place), or it is a Latin word or an acronym in letter names;
//! - it *looks foreign* — it ends in a consonant with virama (బిడెన్, ట్రంప్), which native
//!   Telugu words do not — and is not an English loanword (మిషన్ = "mission": checked against
//!   the lower-case words of the English article and a built-in list), and something else
//!   speaks for it: a title before it, a word after it that goes with people, places or bodies
//!   (`పరిపాలన` "administration", `నగరం` "city"), or it occurs at least twice;
//! - it follows a person title, even when it ends in a vowel (ప్రధాని మోదీ).
//!
//! Consecutive foreign-looking words that link to nothing form one name (డొనాల్డ్ ట్రంప్), and
//! so does a word after a title followed by foreign-looking words (జనరల్ ఆంటోనియో గుటెర్రెస్).

use crate::core::entity::blocks::{key_blocks, BlockIndex};
use crate::core::entity::distance::word_similarity;
use crate::core::entity::english::words as english_words;
use crate::core::entity::form::{Form, Node};
use crate::core::entity::key::english_key;
use crate::core::entity::letters;
use crate::core::entity::telugu::nodes::{Occurrence, Origin, TeNode, TeluguNodes};
use crate::core::entity::telugu::words as telugu_words;

/// How close a Telugu word must sound to an English common word to count as that loanword.
const LOANWORD_MIN: f32 = 0.88;

/// English common words by phonetic key, for recognising loanwords: the article's own lower-case
/// words plus a built-in list. The built-in part is the same for every article, so it is keyed
/// and indexed once per process (a corpus report analyses thousands of pairs; rebuilding it
/// was 7% of each pair's time).
pub struct Loanwords {
    article: KeySet,
}

/// Phonetic keys with a blocking index, for the near matches of a key.
struct KeySet {
    keys: Vec<String>,
    index: BlockIndex,
}

impl KeySet {
    /// The keys of `words`, each also without a plural `s`.
    fn from_words(words: impl Iterator<Item = String>) -> KeySet {
        let mut keys: Vec<String> = Vec::new();
        for w in words {
            if let Some(stem) = w.strip_suffix('s').filter(|s| s.len() >= 3) {
                keys.push(english_key(stem));
            }
            keys.push(english_key(&w));
        }
        keys.sort_unstable();
        keys.dedup();
        let mut index = BlockIndex::default();
        let mut blocks = Vec::new();
        for (i, k) in keys.iter().enumerate() {
            blocks.clear();
            key_blocks(k, &mut blocks);
            index.insert(i as u32, &blocks);
        }
        KeySet { keys, index }
    }

    fn contains(&self, key: &str) -> bool {
        let mut blocks = Vec::new();
        key_blocks(key, &mut blocks);
        let mut seen = vec![false; self.keys.len()];
        let mut hits = Vec::new();
        self.index.candidates(&blocks, &mut seen, &mut hits);
        hits.iter().any(|&i| {
            word_similarity(key, &self.keys[i as usize]).is_some_and(|s| s >= LOANWORD_MIN)
        })
    }
}

/// The built-in loanwords, keyed once.
fn builtin_loanwords() -> &'static KeySet {
    static BUILTIN: std::sync::OnceLock<KeySet> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(|| {
        KeySet::from_words(english_words::loanwords().iter().map(|w| w.to_string()))
    })
}

impl Loanwords {
    /// From the lower-case words of the English article (singular forms added) and the
    /// built-in list.
    pub fn new(lower_words: &[String]) -> Loanwords {
        let parts = lower_words
            .iter()
            .flat_map(|w| w.split('-').filter(|p| p.len() >= 3).map(str::to_string));
        Loanwords {
            article: KeySet::from_words(lower_words.iter().cloned().chain(parts)),
        }
    }

    /// True when the key sounds like an English common word.
    pub fn contains(&self, key: &str) -> bool {
        builtin_loanwords().contains(key) || self.article.contains(key)
    }
}

fn node_key(node: &Node) -> &str {
    node.forms.first().map_or("", |f| f.glued.as_str())
}

/// Decides, for every Telugu node, whether it stands as an entity without an English partner.
/// Adds run nodes for consecutive foreign-looking words. Returns one flag per node (including
/// the added ones).
pub fn decide(
    te: &mut TeluguNodes,
    text: &str,
    linked: &[bool],
    lower_words: &[String],
) -> Vec<bool> {
    let mut loanwords: Option<Loanwords> = None;
    let mut is_loan = |node: &Node| {
        loanwords
            .get_or_insert_with(|| Loanwords::new(lower_words))
            .contains(node_key(node))
    };
    // Tokens inside linked names of several words (క్రికెట్ in మెల్‌బోర్న్ క్రికెట్ గ్రౌండ్): an
    // occurrence there is no evidence for the word standing alone.
    let mut in_linked = vec![false; te.tokens.len()];
    for o in te
        .spans
        .iter()
        .filter(|o| linked.get(o.node as usize).copied().unwrap_or(false))
    {
        let end = o.end().min(in_linked.len());
        in_linked[o.first as usize..end]
            .iter_mut()
            .for_each(|t| *t = true);
    }
    let mut free = vec![0usize; te.nodes.len()];
    for o in &te.singles {
        if !in_linked[o.first as usize] {
            free[o.node as usize] += 1;
        }
    }
    let mut keep = vec![false; te.nodes.len()];
    // Foreign-looking single words that may form runs, decided lazily per node.
    let mut foreign = vec![None::<bool>; te.nodes.len()];
    for n in 0..te.nodes.len() {
        if linked.get(n).copied().unwrap_or(false) {
            continue;
        }
        let info = &te.info[n];
        let ev = info.evidence;
        let letters = te.nodes[n]
            .forms
            .iter()
            .filter_map(|f| f.acronym.as_ref())
            .map(String::len)
            .max();
        let gaz = ev.gaz_place || ev.gaz_city || ev.gaz_org;
        keep[n] = if info.origin.mixed {
            false
        } else if info.origin.latin || gaz {
            true
        } else if letters::is_letter_name(&info.text) {
            // An initial (గవర్నర్ ఎస్. అబ్దుల్ నజీర్), not a name of its own.
            false
        } else if let Some(letters) = letters {
            // Letter names can spell ordinary words (ఒకే = "OK"): short ones need repeating.
            letters >= 3 || free[n] >= 2
        } else if info.origin.span {
            info.origin.direction
        } else if info.consonant_final {
            let evidence =
                ev.title || ev.person_after || ev.place_after || ev.org_after || free[n] >= 2;
            let name_like = !is_loan(&te.nodes[n]);
            foreign[n] = Some(name_like);
            evidence && name_like
        } else {
            ev.title && !is_loan(&te.nodes[n])
        };
    }
    add_runs(
        te,
        text,
        linked,
        &in_linked,
        &mut foreign,
        &mut is_loan,
        &mut keep,
    );
    keep
}

/// Finds runs of two to four joined tokens whose best stems are unlinked foreign-looking words
/// and makes each run a node of its own, kept.
fn add_runs(
    te: &mut TeluguNodes,
    text: &str,
    linked: &[bool],
    in_linked: &[bool],
    foreign: &mut [Option<bool>],
    is_loan: &mut impl FnMut(&Node) -> bool,
    keep: &mut Vec<bool>,
) {
    // The tokens with an occurrence that makes them part of a name (a foreign-looking stem, or
    // any stem right after a person title: జనరల్ ఆంటోనియో గుటెర్రెస్), in token order. Few tokens
    // qualify, so a sparse list rather than a slot per token (which cost 20 bytes a token).
    let mut marked: Vec<(usize, Occurrence)> = Vec::new();
    for occ in &te.singles {
        let n = occ.node as usize;
        let tok = occ.first as usize;
        let taken = marked.last().is_some_and(|&(t, _)| t == tok);
        if taken || in_linked[tok] || linked.get(n).copied().unwrap_or(false) {
            continue;
        }
        let info = &te.info[n];
        if info.origin.latin
            || te.nodes[n].forms.iter().any(|f| f.acronym.is_some())
            || telugu_words::is_title_before(te.tokens[tok].text(text))
        {
            continue;
        }
        let after_title = te.context(text, tok, 1).title;
        if !info.consonant_final && !after_title {
            continue;
        }
        let name_like = *foreign[n].get_or_insert_with(|| !is_loan(&te.nodes[n]));
        if name_like {
            marked.push((tok, *occ));
        }
    }
    // The first qualifying occurrence of a token wins.
    marked.sort_by_key(|&(tok, _)| tok);
    marked.dedup_by_key(|&mut (tok, _)| tok);
    let mut i = 0;
    while i < marked.len() {
        let mut j = i;
        while j < marked.len()
            && (j == i
                || (marked[j].0 == marked[j - 1].0 + 1
                    && te.tokens[marked[j].0].joined
                    && te.info[marked[j].1.node as usize].consonant_final))
            && j - i < 4
        {
            j += 1;
        }
        if j - i >= 2 {
            let run: Vec<Option<Occurrence>> = marked[i..j].iter().map(|&(_, o)| Some(o)).collect();
            add_run(te, text, &run, marked[i].0, keep);
            i = j;
        } else {
            i += 1;
        }
    }
}

fn add_run(
    te: &mut TeluguNodes,
    text: &str,
    occs: &[Option<Occurrence>],
    first: usize,
    keep: &mut Vec<bool>,
) {
    let n = occs.len();
    let stems: Vec<&str> = occs
        .iter()
        .enumerate()
        .filter_map(|(k, o)| {
            let o = (*o)?;
            let tok = &te.tokens[first + k];
            let word = tok.text(text);
            // Inner words are whole; only the last may carry a suffix.
            let len = if k + 1 == n {
                o.stem_len as usize
            } else {
                word.len()
            };
            word.get(..len)
        })
        .collect();
    if stems.len() != n
        || stems
            .iter()
            .take(n - 1)
            .any(|w| telugu_words::is_stopword(w))
    {
        return;
    }
    let id = format!("R:{}", stems.join(" "));
    let ev = te.context(text, first, n);
    let last_stem = occs[n - 1].map_or(0, |o| o.stem_len);
    let node = te.node_for(&id, || {
        let info = TeNode {
            text: stems.join(" "),
            origin: Origin {
                run: true,
                span: true,
                ..Origin::default()
            },
            consonant_final: true,
            words: n,
            ..TeNode::default()
        };
        (Form::telugu(&stems), info)
    });
    te.info[node].count += 1;
    te.info[node].evidence.merge(&ev);
    te.spans.push(Occurrence {
        node: node as u32,
        first: first as u32,
        len: n as u16,
        stem_len: last_stem,
    });
    if keep.len() < te.nodes.len() {
        keep.resize(te.nodes.len(), false);
    }
    keep[node] = true;
}

#[cfg(test)]
mod tests;
