//! Telugu names of several words: checking that a proposed stretch of tokens can be one name
//! and recording it as a span node (see [`super`] for who proposes).

use super::store::{context_of, Occurrence, Origin, TeNode, TeluguNodes};
use crate::core::entity::form::Form;
use crate::core::entity::kind::Evidence;
use crate::core::entity::telugu::words;
use crate::core::entity::telugu::{is_consonant_final, is_geminate_split, letter_count, Token};
use crate::core::entity::{gazetteer, lexicon};

/// Proposes tokens `i..i + n` as one name: they must be joined (spaces or a hyphen), inner
/// words must not be stopwords (unless translated, like మధ్య), the last word may carry a case
/// suffix. With `required`, each word must equal the given gazetteer word; with a direction
/// origin, the last word must be a gazetteer place.
#[allow(clippy::too_many_arguments)]
pub fn try_span<'s>(
    te: &mut TeluguNodes,
    text: &str,
    tokens: &[Token],
    splits: &impl Fn(usize) -> &'s [usize],
    i: usize,
    n: usize,
    required: Option<&[String]>,
    origin: Origin,
) {
    if n < 2 || i + n > tokens.len() || !tokens[i + 1..i + n].iter().all(|t| t.joined) {
        return;
    }
    let mut ws: Vec<&str> = tokens[i..i + n].iter().map(|t| t.text(text)).collect();
    for (k, w) in ws.iter().enumerate().take(n - 1) {
        if k > 0 && words::is_stopword(w) && lexicon::telugu_meanings(w).is_empty() {
            return;
        }
        if required.is_some_and(|r| gazetteer::telugu_key(w) != r[k]) {
            return;
        }
    }
    let last = ws[n - 1];
    let gaz = gazetteer::get();
    for &stem_len in splits(i + n - 1) {
        let (Ok(short_len), Ok(words)) = (u16::try_from(stem_len), u16::try_from(n)) else {
            continue;
        };
        let stem = &last[..stem_len];
        // A one-letter last word (అమిత్ షా) is fine whole; splits already keep two letters.
        if letter_count(stem) < 1 {
            continue;
        }
        if required.is_some_and(|r| gazetteer::telugu_key(stem) != r[n - 1]) {
            continue;
        }
        if origin.direction && gaz.lookup_telugu(stem).is_empty() {
            continue;
        }
        ws[n - 1] = stem;
        let id = ws.join(" ");
        let node = te.node_for(&id, || {
            let form = Form::telugu(&ws);
            let mut evidence = Evidence::default();
            evidence.add_gazetteer(&form.gaz);
            if origin.direction {
                // "Northeast Asia" is a place because Asia is one, though no gazetteer lists it.
                evidence.add_gazetteer(gaz.lookup_telugu(stem));
                evidence.gaz_org = false;
            }
            let info = TeNode {
                text: id.clone(),
                words: n,
                evidence,
                ..TeNode::default()
            };
            (form, info)
        });
        if is_consonant_final(stem) && !is_geminate_split(last, stem_len) {
            te.info[node].consonant_final = true;
        }
        let o = &mut te.info[node].origin;
        o.span = true;
        o.direction |= origin.direction;
        te.spans.push(Occurrence {
            node: node as u32,
            first: i as u32,
            len: words,
            stem_len: short_len,
        });
        let ev = Evidence {
            locative: is_locative(&last[stem_len..]),
            ..context_of(&te.roles, text, tokens, i, n)
        };
        te.observe(node, &ev);
    }
}

/// A case suffix of place: "in", "from" (`బెంగళూరులో`, `శ్రీహరికోటలోని`, `రష్యా నుంచి` is a
/// separate word and not seen here).
pub(crate) fn is_locative(suffix: &str) -> bool {
    let suffix = suffix.trim_start_matches(['\u{200C}', '\u{200D}']);
    suffix.starts_with("లో") || matches!(suffix, "నుంచి" | "నుండి" | "నుంచే" | "నుండే")
}
