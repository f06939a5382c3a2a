//! What the Telugu candidates are stored as: nodes with their occurrences and the roles of the
//! words around them. A leaf shared by the word pass ([`super`]) and the span proposals
//! ([`super::spans`]), so that neither imports the other.

use crate::core::entity::form::{Form, Node};
use crate::core::entity::kind::Evidence;
use crate::core::entity::telugu::Token;
use rustc_hash::FxHashMap as FastMap;

/// Where a node came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Origin {
    /// A Latin word of the Telugu text.
    pub latin: bool,
    /// Several words.
    pub span: bool,
    /// Several words proposed by a direction word before a place.
    pub direction: bool,
    /// A run of foreign-looking words (added after linking, see `telugu::alone`).
    pub run: bool,
    /// A Latin name continued by translated Telugu words (`UK ప్రభుత్వం`): a name only when it
    /// links.
    pub mixed: bool,
}

/// What grouping needs to know about a Telugu node besides its forms.
#[derive(Debug, Clone, Default)]
pub struct TeNode {
    /// The stems (or Latin name) as written, words separated by one space.
    pub text: String,
    pub origin: Origin,
    pub count: usize,
    pub evidence: Evidence,
    /// Seen ending in a consonant with virama where no doubled consonant at a suffix boundary
    /// could explain it: a sign of a foreign name.
    pub consonant_final: bool,
    pub words: usize,
}

/// One occurrence of a node: `len` tokens from token `first`; the last token's stem is
/// `stem_len` bytes long. Twelve bytes: a big article has millions (a name is a few words, and
/// a stem of over 64 KiB is no name, so such words are not candidates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub node: u32,
    pub first: u32,
    pub len: u16,
    pub stem_len: u16,
}

impl Occurrence {
    /// One past the last token.
    pub fn end(&self) -> usize {
        self.first as usize + self.len as usize
    }
}

/// A Latin candidate in the Telugu text, possibly continued by Telugu words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LatinOcc {
    pub node: u32,
    pub start: usize,
    pub end: usize,
    /// Where the name's stem ends: `end` for a Latin name alone, before the case suffix of the
    /// last Telugu word of a mixed one.
    pub stem_end: usize,
    /// The Telugu tokens a mixed name takes (none for a Latin name alone).
    pub first_token: u32,
    pub tokens: u16,
}

impl LatinOcc {
    /// Where the candidate stands in the text, as a mention.
    pub fn span(&self) -> crate::core::entity::Span {
        crate::core::entity::Span {
            start: self.start,
            end: self.end,
            stem_end: self.stem_end,
        }
    }
}

/// All Telugu candidates of one text.
#[derive(Debug, Default)]
pub struct TeluguNodes {
    pub nodes: Vec<Node>,
    pub info: Vec<TeNode>,
    pub tokens: Vec<Token>,
    /// One-word occurrences, by token, best analysis first within a token.
    pub singles: Vec<Occurrence>,
    /// Occurrences of several words.
    pub spans: Vec<Occurrence>,
    pub latin: Vec<LatinOcc>,
    /// Per token: what the word says about its neighbours ([`ROLE_TITLE`] ...).
    pub roles: Vec<u8>,
    pub(super) ids: FastMap<String, usize>,
}

/// A person title (`కార్యదర్శి`): the word after it names a person.
pub const ROLE_TITLE: u8 = 1;
/// A word that follows people's names (`పరిపాలన`, `అన్నారు`).
pub const ROLE_PERSON_AFTER: u8 = 2;
/// A word that follows place names (`నగరం`).
pub const ROLE_PLACE_AFTER: u8 = 4;
/// A word that follows organisation names (`సంస్థ`).
pub const ROLE_ORG_AFTER: u8 = 8;

impl TeluguNodes {
    /// The node for `id`, created with `make` if new.
    pub fn node_for(&mut self, id: &str, make: impl FnOnce() -> (Form, TeNode)) -> usize {
        if let Some(&n) = self.ids.get(id) {
            return n;
        }
        let (form, info) = make();
        self.nodes.push(Node::new(vec![form]));
        self.info.push(info);
        self.ids.insert(id.to_string(), self.nodes.len() - 1);
        self.nodes.len() - 1
    }

    /// Records one occurrence of `node` and what its neighbours say about it.
    pub(crate) fn observe(&mut self, node: usize, ev: &Evidence) {
        self.info[node].count += 1;
        self.info[node].evidence.merge(ev);
    }
}

impl TeluguNodes {
    /// Evidence from the words around tokens `first..first + len` (within one sentence).
    pub fn context(&self, text: &str, first: usize, len: usize) -> Evidence {
        context_of(&self.roles, text, &self.tokens, first, len)
    }
}

pub(crate) fn context_of(
    roles: &[u8],
    text: &str,
    tokens: &[Token],
    first: usize,
    len: usize,
) -> Evidence {
    let mut ev = Evidence::default();
    let ends_sentence = |gap: &str| gap.contains(['.', '\n', '!', '?']);
    if first > 0 && roles[first - 1] & ROLE_TITLE != 0 {
        ev.title = !ends_sentence(&text[tokens[first - 1].end()..tokens[first].start()]);
    }
    if let Some(next) = tokens.get(first + len) {
        let r = roles[first + len];
        if r != 0 && !ends_sentence(&text[tokens[first + len - 1].end()..next.start()]) {
            ev.person_after = r & ROLE_PERSON_AFTER != 0;
            ev.place_after = r & ROLE_PLACE_AFTER != 0;
            ev.org_after = r & ROLE_ORG_AFTER != 0;
        }
    }
    ev
}
