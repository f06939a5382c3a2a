//! From linked nodes to entity groups with mentions: which nodes form one entity, which
//! occurrences in the text are its mentions, and what to call it.
//!
//! Links join nodes across sides. A group may hold several nodes on one side (`యుఎస్`, `US`,
//! `యునైటెడ్ స్టేట్స్`) but never several on both, which would mean two entities got chained
//! together; such a link is refused (links arrive best first, so the better one stays).
//!
//! Mentions on the Telugu side overlap as candidates (`ఉత్తర కొరియా` contains `కొరియా`): an
//! occurrence whose node is linked wins over a one-sided one, then the longest, then the
//! earliest. English mentions never overlap.

use crate::core::entity::english::nodes::EnglishNodes;
use crate::core::entity::kind::{Evidence, Kind};
use crate::core::entity::lexicon;
use crate::core::entity::link::Link;
use crate::core::entity::telugu::nodes::{Occurrence, TeluguNodes};
use crate::core::entity::telugu::words as telugu_words;
use crate::core::entity::union::UnionFind;
use crate::core::entity::{gazetteer, Group, Span};
use std::collections::HashMap;
use std::ops::Range;

/// Nodes of both sides in one numbering: Telugu first, then English.
struct Sets {
    uf: UnionFind,
    te: Vec<usize>,
    en: Vec<usize>,
}

impl Sets {
    fn new(nt: usize, ne: usize) -> Sets {
        let mut te = vec![1; nt];
        te.extend(std::iter::repeat_n(0, ne));
        let mut en = vec![0; nt];
        en.extend(std::iter::repeat_n(1, ne));
        Sets {
            uf: UnionFind::new(nt + ne),
            te,
            en,
        }
    }

    /// Joins two sets unless the result would hold two or more nodes on both sides.
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.uf.find(a), self.uf.find(b));
        if ra == rb {
            return true;
        }
        let (t, e) = (self.te[ra] + self.te[rb], self.en[ra] + self.en[rb]);
        if t >= 2 && e >= 2 {
            return false;
        }
        let r = self.uf.union(ra, rb);
        self.te[r] = t;
        self.en[r] = e;
        true
    }
}

/// Everything grouping reads.
pub struct Inputs<'a> {
    pub te_text: &'a str,
    /// Mutable only so that its occurrence lists can be consumed (see [`telugu_mentions`]).
    pub te: &'a mut TeluguNodes,
    /// Per Telugu node: it may stand without an English partner.
    pub te_alone: &'a [bool],
    pub en_text: &'a str,
    /// Where each English candidate mention is, in the order of `english::Extraction::mentions`
    /// (the order `en.mention_node` follows).
    pub en_mentions: &'a [Range<usize>],
    pub en: &'a EnglishNodes,
    /// Links from `link(te.nodes, en.nodes)`, best first.
    pub links: &'a [Link],
}

/// Builds the entity groups, ordered by where they are first mentioned.
pub fn assemble(inp: Inputs) -> Vec<Group> {
    let nt = inp.te.nodes.len();
    let ne = inp.en.nodes.len();
    let mut sets = Sets::new(nt, ne);
    let mut linked = vec![false; nt];
    for l in inp.links {
        if sets.join(l.left, nt + l.right) {
            linked[l.left] = true;
        }
    }
    let mut kept: Vec<bool> = (0..nt)
        .map(|n| linked[n] || inp.te_alone.get(n).copied().unwrap_or(false))
        .collect();
    merge_telugu_name_parts(inp.te, &mut kept, &linked, &mut sets);

    let mut groups: HashMap<usize, Group> = HashMap::new();
    let mut evidence: HashMap<usize, Evidence> = HashMap::new();
    for (k, m) in inp.en_mentions.iter().enumerate() {
        let Some(&node) = inp.en.mention_node.get(k) else {
            continue;
        };
        let root = sets.uf.find(nt + node);
        groups.entry(root).or_default().en.push(Span {
            start: m.start,
            end: m.end,
            stem_end: m.end,
        });
    }
    let singles = std::mem::take(&mut inp.te.singles);
    let spans = std::mem::take(&mut inp.te.spans);
    telugu_mentions(inp.te, singles, spans, &kept, &linked, |node, span| {
        let root = sets.uf.find(node);
        groups.entry(root).or_default().te.push(span);
    });
    let is_kept = |n: usize| n >= nt || kept[n];
    for n in (0..nt + ne).filter(|&n| is_kept(n)) {
        let root = sets.uf.find(n);
        if !groups.contains_key(&root) {
            continue;
        }
        let ev = if n < nt {
            inp.te.info[n].evidence
        } else {
            inp.en.evidence[n - nt]
        };
        evidence.entry(root).or_default().merge(&ev);
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for n in (0..nt + ne).filter(|&n| is_kept(n)) {
        members.entry(sets.uf.find(n)).or_default().push(n);
    }
    let mut out: Vec<Group> = groups
        .into_iter()
        .filter(|(_, g)| !g.te.is_empty() || !g.en.is_empty())
        .map(|(root, mut g)| {
            g.te.sort_by_key(|s| s.start);
            g.en.sort_by_key(|s| s.start);
            let nodes = members.get(&root).map(Vec::as_slice).unwrap_or(&[]);
            g.label = label(&inp, nodes, nt);
            g.kind = evidence.get(&root).map_or(Kind::Other, Evidence::kind);
            g
        })
        .collect();
    let (te_len, en_len) = (
        inp.te_text.len().max(1) as f64,
        inp.en_text.len().max(1) as f64,
    );
    let position = |g: &Group| {
        let t =
            g.te.first()
                .map_or(f64::INFINITY, |s| s.start as f64 / te_len);
        let e =
            g.en.first()
                .map_or(f64::INFINITY, |s| s.start as f64 / en_len);
        t.min(e)
    };
    out.sort_by(|a, b| {
        position(a)
            .total_cmp(&position(b))
            .then_with(|| a.label.cmp(&b.label))
    });
    out
}

/// A one-word Telugu name that is the last word of exactly one kept name of several words
/// (`బ్లింకెన్`, `ఆంటోనీ బ్లింకెన్`) is that person; so is the first word of a linked one
/// (Telugu papers call చంద్రబాబు నాయుడు చంద్రబాబు). Such a word joins the group even when it was
/// not a candidate on its own. Names led by a direction are places and absorb nothing (`కొరియా`
/// is not `ఉత్తర కొరియా`), nor do gazetteer names.
fn merge_telugu_name_parts(te: &TeluguNodes, kept: &mut [bool], linked: &[bool], sets: &mut Sets) {
    let mut by_part: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, info) in te.info.iter().enumerate() {
        if !kept[n]
            || info.words < 2
            || info.origin.latin
            || !te.nodes[n].forms.iter().all(|f| f.gaz.is_empty())
        {
            continue;
        }
        let first = info.text.split(' ').next().unwrap_or("");
        if lexicon::telugu_meanings(first)
            .iter()
            .any(|m| lexicon::is_direction(m))
        {
            continue;
        }
        // Generic words that end or start names of bodies and places (పార్టీ, నగరం) are no
        // short form of anything.
        let generic = |w: &str| {
            telugu_words::is_org_after(w)
                || telugu_words::is_place_after(w)
                || telugu_words::is_stopword(w)
                || !lexicon::telugu_meanings(w).is_empty()
        };
        if let Some(last) = info.text.split(' ').next_back().filter(|w| !generic(w)) {
            by_part.entry(last).or_default().push(n);
        }
        if linked[n] && !generic(first) {
            by_part.entry(first).or_default().push(n);
        }
    }
    for (n, info) in te.info.iter().enumerate() {
        if info.words != 1 || info.origin.latin || linked[n] {
            continue;
        }
        let Some(owners) = by_part.get(info.text.as_str()) else {
            continue;
        };
        let mut owners = owners.clone();
        owners.sort_unstable();
        owners.dedup();
        if let [only] = owners.as_slice() {
            if sets.join(n, *only) {
                kept[n] = true;
            }
        }
    }
}

/// Resolves overlapping Telugu occurrences into mentions and hands each (node, span) to `emit`.
///
/// This is the moment of the analysis with the most in memory, so it consumes the occurrence
/// lists: the candidates are compacted into the list of single-word occurrences (one per
/// token at most, so they fit where the occurrences were) and mentions go straight to the
/// caller rather than into another list.
fn telugu_mentions(
    te: &TeluguNodes,
    mut singles: Vec<Occurrence>,
    spans: Vec<Occurrence>,
    kept: &[bool],
    linked: &[bool],
    mut emit: impl FnMut(usize, Span),
) {
    let is = |flags: &[bool], o: &Occurrence| flags.get(o.node as usize).copied().unwrap_or(false);
    // Per token, the best single-word reading: a linked node first, else the first kept one.
    let mut kept_count = 0;
    let mut i = 0;
    while i < singles.len() {
        let tok = singles[i].first;
        let mut j = i;
        while j < singles.len() && singles[j].first == tok {
            j += 1;
        }
        let readings = &singles[i..j];
        let best = readings
            .iter()
            .find(|o| is(linked, o))
            .or_else(|| readings.iter().find(|o| is(kept, o)))
            .copied();
        if let Some(o) = best {
            singles[kept_count] = o;
            kept_count += 1;
        }
        i = j;
    }
    singles.truncate(kept_count);
    let mut cands = singles;
    cands.extend(spans.into_iter().filter(|o| is(kept, o)));
    // Linked readings first (a one-sided guess never hides a link), then the longest.
    cands.sort_by(|a, b| {
        is(linked, b)
            .cmp(&is(linked, a))
            .then(b.len.cmp(&a.len))
            .then(a.first.cmp(&b.first))
    });
    let mut covered = TokenSet::new(te.tokens.len());
    // A linked Latin name continued by Telugu words (`UK ప్రభుత్వం`) takes its tokens and
    // stands for the Latin name at its start.
    let mut mixed_starts: Vec<usize> = Vec::new();
    for l in te.latin.iter().filter(|l| l.tokens > 0) {
        let range = l.first_token as usize..l.first_token as usize + l.tokens as usize;
        let is_linked = linked.get(l.node as usize).copied().unwrap_or(false);
        if !is_linked || range.end > te.tokens.len() || covered.any(range.clone()) {
            continue;
        }
        covered.insert(range);
        mixed_starts.push(l.start);
        emit(l.node as usize, l.span());
    }
    for o in cands {
        let range = o.first as usize..o.end();
        if range.end > te.tokens.len() || covered.any(range.clone()) {
            continue;
        }
        covered.insert(range.clone());
        let first = &te.tokens[range.start];
        let last = &te.tokens[range.end - 1];
        emit(
            o.node as usize,
            Span {
                start: first.start(),
                end: last.end(),
                stem_end: last.start() + o.stem_len as usize,
            },
        );
    }
    for l in te.latin.iter().filter(|l| l.tokens == 0) {
        if kept.get(l.node as usize).copied().unwrap_or(false) && !mixed_starts.contains(&l.start) {
            emit(l.node as usize, l.span());
        }
    }
}

/// Which tokens a mention already covers: one bit per token, as a big article has millions.
struct TokenSet(Vec<u64>);

impl TokenSet {
    fn new(tokens: usize) -> TokenSet {
        TokenSet(vec![0; tokens.div_ceil(64)])
    }

    fn contains(&self, t: usize) -> bool {
        self.0.get(t / 64).is_some_and(|w| w >> (t % 64) & 1 == 1)
    }

    fn any(&self, range: Range<usize>) -> bool {
        range.into_iter().any(|t| self.contains(t))
    }

    fn insert(&mut self, range: Range<usize>) {
        for t in range {
            if let Some(w) = self.0.get_mut(t / 64) {
                *w |= 1 << (t % 64);
            }
        }
    }
}

/// `ఈశాన్య ఆసియా` → `Northeast Asia`: the direction's meaning and the place's English name.
fn direction_label(text: &str) -> Option<String> {
    let (first, last) = text.split_once(' ')?;
    let meaning = lexicon::telugu_meanings(first).first()?;
    let place = gazetteer::get()
        .lookup_telugu(last)
        .iter()
        .find_map(|&g| gazetteer::get().entry(g))?;
    let mut chars = meaning.chars();
    let head: String = chars.next()?.to_uppercase().chain(chars).collect();
    Some(format!("{head} {}", place.english))
}

/// The English name with the most words (then the most frequent); else an acronym; else the
/// gazetteer's English name; else the Telugu text.
fn label(inp: &Inputs, nodes: &[usize], nt: usize) -> String {
    let mut english: Vec<(&str, usize)> = Vec::new();
    for &n in nodes.iter().filter(|&&n| n >= nt) {
        english.extend(inp.en.names[n - nt].iter().map(|(s, c)| (s.as_str(), *c)));
    }
    let is_acronym = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    };
    let best = english
        .iter()
        .filter(|(s, _)| !is_acronym(s))
        .max_by(|a, b| {
            let words = |s: &str| s.split_whitespace().count();
            words(a.0)
                .cmp(&words(b.0))
                .then(a.1.cmp(&b.1))
                .then(b.0.cmp(a.0))
        })
        .or_else(|| {
            english
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        });
    if let Some((s, _)) = best {
        return s.to_string();
    }
    let gaz = gazetteer::get();
    let te_nodes: Vec<usize> = nodes.iter().copied().filter(|&n| n < nt).collect();
    for &n in &te_nodes {
        let info = &inp.te.info[n];
        if info.origin.latin {
            return info.text.clone();
        }
        if info.origin.direction {
            if let Some(l) = direction_label(&info.text) {
                return l;
            }
        }
        if let Some(e) = inp.te.nodes[n]
            .forms
            .iter()
            .flat_map(|f| &f.gaz)
            .find_map(|&g| gaz.entry(g))
        {
            return e.english.to_string();
        }
    }
    te_nodes
        .iter()
        .map(|&n| &inp.te.info[n])
        .max_by(|a, b| {
            a.words
                .cmp(&b.words)
                .then(a.count.cmp(&b.count))
                .then(b.text.cmp(&a.text))
        })
        .map_or_else(String::new, |i| i.text.clone())
}
