//! English candidates grouped into nodes (one per entity as far as English alone can tell),
//! before any Telugu is looked at.
//!
//! Names of one entity are merged when:
//! - the text defines an acronym for a name ("Long Name (ACRO)");
//! - an acronym spells the initials of exactly one longer name in the text (`U.S.` →
//!   `United States`, `UN` → `United Nations`);
//! - the gazetteer gives them a common id (`Kyiv`, `Kiev`);
//! - a single word is the last word of exactly one person-like name (`Blinken` → `Antony
//!   Blinken`); place names with a direction (`North Korea`) never absorb `Korea`.

use crate::core::entity::english::words as vocab;
use crate::core::entity::english::Extraction;
use crate::core::entity::form::{Form, Node};
use crate::core::entity::kind::Evidence;
use crate::core::entity::union::UnionFind;
use std::collections::HashMap;

/// One side's nodes with what grouping needs besides the forms.
#[derive(Debug, Default)]
pub struct EnglishNodes {
    pub nodes: Vec<Node>,
    /// Per node: its names with how often each occurs, most frequent first.
    pub names: Vec<Vec<(String, usize)>>,
    pub evidence: Vec<Evidence>,
    /// Per mention of the extraction: its node.
    pub mention_node: Vec<usize>,
}

/// A distinct name (an acronym counts by its letters: `U.S.` and `US` are one).
struct Ident {
    name: String,
    acronym: Option<String>,
    count: usize,
    evidence: Evidence,
    /// The name's spelling; for `V. Narayanan` also `Narayanan` (Telugu may drop initials).
    forms: Vec<Form>,
    gaz: Vec<u32>,
}

fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn words(name: &str) -> Vec<&str> {
    name.split_whitespace().collect()
}

/// Groups the mentions of an English extraction into nodes.
pub fn build(ex: &Extraction) -> EnglishNodes {
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut idents: Vec<Ident> = Vec::new();
    let mut mention_ident = Vec::with_capacity(ex.mentions.len());
    for m in &ex.mentions {
        let key = match &m.acronym {
            Some(a) => format!("A:{a}"),
            None => m.name.to_string(),
        };
        let i = *ids.entry(key).or_insert_with(|| {
            let form = Form::english(&m.name, m.acronym.as_deref());
            let mut evidence = Evidence::from_english_name(&m.name, m.acronym.is_some());
            evidence.add_gazetteer(&form.gaz);
            let gaz = form.gaz.clone();
            let mut forms = vec![form];
            if let Some(bare) = without_initials(&m.name) {
                forms.push(Form::english(&bare, None));
            }
            if let Some(bare) = without_owner(&m.name) {
                forms.push(Form::english(&bare, None));
            }
            idents.push(Ident {
                name: m.name.to_string(),
                acronym: m.acronym.as_deref().map(str::to_string),
                count: 0,
                evidence,
                forms,
                gaz,
            });
            idents.len() - 1
        });
        idents[i].count += 1;
        idents[i].evidence.title |= m.person_context;
        idents[i].evidence.locative |= m.locative;
        mention_ident.push(i);
    }
    let mut uf = UnionFind::new(idents.len());
    for (long, letters) in &ex.aliases {
        if let (Some(&a), Some(&b)) = (ids.get(long), ids.get(&format!("A:{letters}"))) {
            uf.union(a, b);
        }
    }
    merge_initials(&idents, &mut uf);
    merge_gazetteer(&idents, &mut uf);
    merge_surnames(&idents, &mut uf);
    merge_demonyms(&idents, &ids, &mut uf);
    add_surname_forms(&mut idents, &ids, &mut uf);

    let mut out = EnglishNodes::default();
    let mut root_node: HashMap<usize, usize> = HashMap::new();
    let mut forms: Vec<Vec<Form>> = Vec::new();
    let mut ident_node = vec![0; idents.len()];
    for (i, ident) in idents.iter().enumerate() {
        let root = uf.find(i);
        let n = *root_node.entry(root).or_insert_with(|| {
            forms.push(Vec::new());
            out.names.push(Vec::new());
            out.evidence.push(Evidence::default());
            forms.len() - 1
        });
        ident_node[i] = n;
        forms[n].extend(ident.forms.iter().cloned());
        out.names[n].push((ident.name.clone(), ident.count));
        out.evidence[n].merge(&ident.evidence);
    }
    for names in &mut out.names {
        names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }
    out.nodes = forms.into_iter().map(Node::new).collect();
    out.mention_node = mention_ident.into_iter().map(|i| ident_node[i]).collect();
    out
}

/// `V. Narayanan` → `Narayanan`; `None` when the name has no initials or is only initials.
fn without_initials(name: &str) -> Option<String> {
    let is_initial = |w: &&str| w.len() <= 2 && w.ends_with('.');
    let ws = words(name);
    let rest: Vec<&str> = ws.iter().filter(|w| !is_initial(w)).copied().collect();
    (rest.len() < ws.len() && !rest.is_empty()).then(|| rest.join(" "))
}

/// `US National Cancer Institute` → `National Cancer Institute`: a body's name led by its
/// country's acronym or name, which a translation often leaves out or writes apart (`US జాతీయ
/// క్యాన్సర్ సంస్థ`). Only for names of three words or more that end in a word of bodies.
fn without_owner(name: &str) -> Option<String> {
    let ws = words(name);
    let (first, rest) = ws.split_first()?;
    let last = rest.last()?.to_lowercase();
    if rest.len() < 2 || !vocab::is_org_word(&last) {
        return None;
    }
    let acronym = first.len() <= 3 && first.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    let place = !crate::core::entity::gazetteer::get()
        .lookup_english(first)
        .is_empty();
    (acronym || place).then(|| rest.join(" "))
}

/// `Indian` joins `India`, `Chinese` joins `China`, when the country is named in the text too:
/// Telugu usually writes the country where English writes the adjective.
fn merge_demonyms(idents: &[Ident], ids: &HashMap<String, usize>, uf: &mut UnionFind) {
    for (i, ident) in idents.iter().enumerate() {
        if ident.acronym.is_some() || !ident.gaz.is_empty() || words(&ident.name).len() != 1 {
            continue;
        }
        let w = ident.name.as_str();
        let mut bases = Vec::new();
        for suffix in ["ian", "an", "n", "ese", "i", "ish"] {
            if let Some(base) = w.strip_suffix(suffix).filter(|b| b.len() >= 3) {
                bases.extend([base.to_string(), format!("{base}a"), format!("{base}e")]);
            }
        }
        let country = bases
            .iter()
            .filter_map(|b| ids.get(b))
            .find(|&&j| !idents[j].gaz.is_empty());
        if let Some(&j) = country {
            uf.union(i, j);
        }
    }
}

fn merge_initials(idents: &[Ident], uf: &mut UnionFind) {
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, ident) in idents.iter().enumerate() {
        if ident.acronym.is_none() && words(&ident.name).len() >= 2 {
            by_initials
                .entry(initials(&ident.name))
                .or_default()
                .push(i);
        }
    }
    for (i, ident) in idents.iter().enumerate() {
        let Some(letters) = &ident.acronym else {
            continue;
        };
        if let Some([only]) = by_initials.get(letters).map(Vec::as_slice) {
            uf.union(i, *only);
        }
    }
}

fn merge_gazetteer(idents: &[Ident], uf: &mut UnionFind) {
    let mut first: HashMap<u32, usize> = HashMap::new();
    for (i, ident) in idents.iter().enumerate() {
        for &g in &ident.gaz {
            let j = *first.entry(g).or_insert(i);
            uf.union(i, j);
        }
    }
}

/// A name that may absorb its last word as a short form: a person-like name.
fn person_like(ident: &Ident) -> bool {
    let ws = words(&ident.name);
    ws.len() >= 2
        && ident.acronym.is_none()
        && ident.gaz.is_empty()
        && !ident.evidence.org_word
        && !ident.evidence.place_word
        && !vocab::is_name_opener(&ws[0].to_lowercase())
}

/// A person named in full only (`Donald Trump`) also has the surname as a spelling, for the
/// Telugu that names them by it alone (ట్రంప్). Not when the surname is shared with another
/// person of the text (`Sarah Palin`, `Track Palin`), or is a name of its own there (then it
/// was merged above, or stays apart on purpose).
fn add_surname_forms(idents: &mut [Ident], ids: &HashMap<String, usize>, uf: &mut UnionFind) {
    let mut owners: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, ident) in idents.iter().enumerate() {
        if person_like(ident) && ident.evidence.person_shape {
            if let Some(last) = words(&ident.name).last() {
                owners
                    .entry(last.to_lowercase())
                    .or_default()
                    .push(uf.find(i));
            }
        }
    }
    for ident in idents.iter_mut() {
        if !(person_like(ident) && ident.evidence.person_shape) {
            continue;
        }
        let Some(last) = words(&ident.name).last().map(|w| w.to_string()) else {
            continue;
        };
        let mut roots = owners
            .get(&last.to_lowercase())
            .cloned()
            .unwrap_or_default();
        roots.sort_unstable();
        roots.dedup();
        if roots.len() != 1 || ids.contains_key(&last) || last.chars().count() < 3 {
            continue;
        }
        let form = Form::english(&last, None);
        if !ident.forms.contains(&form) {
            ident.forms.push(form);
        }
    }
}

fn merge_surnames(idents: &[Ident], uf: &mut UnionFind) {
    // Keyed in lower case: a particle capitalised at the start of a sentence is the same
    // surname (`Walid al-Moualem` ... `Al-Moualem said`).
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, ident) in idents.iter().enumerate() {
        if person_like(ident) {
            if let Some(last) = words(&ident.name).last() {
                by_last.entry(last.to_lowercase()).or_default().push(i);
            }
        }
    }
    for (i, ident) in idents.iter().enumerate() {
        if ident.acronym.is_some() || !ident.gaz.is_empty() || words(&ident.name).len() != 1 {
            continue;
        }
        let Some(owners) = by_last.get(&ident.name.to_lowercase()) else {
            continue;
        };
        let mut roots: Vec<usize> = owners.iter().map(|&o| uf.find(o)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [only] = roots.as_slice() {
            uf.union(i, *only);
        }
    }
}

#[cfg(test)]
// The extractors take a list of paragraph ranges; these tests pass a one-paragraph list.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use crate::core::entity::english::{extract, Mode};

    /// The whole text as one paragraph.
    fn whole(text: &str) -> Vec<std::ops::Range<usize>> {
        std::iter::once(0..text.len()).collect()
    }

    fn groups(text: &str) -> Vec<Vec<String>> {
        let ex = extract(text, &whole(text), Mode::Article);
        let nodes = build(&ex);
        let mut g: Vec<Vec<String>> = nodes
            .names
            .iter()
            .map(|ns| {
                let mut v: Vec<String> = ns.iter().map(|(n, _)| n.clone()).collect();
                v.sort();
                v
            })
            .collect();
        g.sort();
        g
    }

    #[test]
    fn a_capitalised_particle_is_the_same_surname() {
        // NTREX euronews-en_153799.
        let g = groups("Foreign minister Walid al-Moualem said so. Al-Moualem said the Syrian regime would welcome help.");
        assert!(
            g.iter().any(|n| n.contains(&"Al-Moualem".to_string())
                && n.contains(&"Walid al-Moualem".to_string())),
            "{g:?}"
        );
    }

    #[test]
    fn a_body_named_after_its_country_has_a_form_without_it() {
        assert_eq!(
            without_owner("US National Cancer Institute").as_deref(),
            Some("National Cancer Institute")
        );
        assert_eq!(without_owner("Los Angeles Lakers"), None);
        assert_eq!(without_owner("Christine Blasey Ford"), None);
    }

    #[test]
    fn acronyms_join_their_long_names() {
        assert_eq!(
            groups(
                "He said the U.S. and the United States and the UN and the United Nations agree."
            ),
            [vec!["U.S.", "United States"], vec!["UN", "United Nations"]]
        );
        assert_eq!(
            groups("The Indian Space Research Organisation (ISRO) said ISRO will fly."),
            [vec!["ISRO", "Indian Space Research Organisation"]]
        );
    }

    #[test]
    fn surnames_join_a_unique_full_name() {
        assert_eq!(
            groups("We met Antony Blinken. Later Blinken left with Jake Sullivan and Sullivan."),
            [
                vec!["Antony Blinken", "Blinken"],
                vec!["Jake Sullivan", "Sullivan"]
            ]
        );
        // Two people share the surname: no merge.
        assert_eq!(
            groups("We met Rohit Sharma and Ishant Sharma, and Sharma spoke."),
            [vec!["Ishant Sharma"], vec!["Rohit Sharma"], vec!["Sharma"]]
        );
    }

    #[test]
    fn a_full_name_alone_has_its_surname_as_a_spelling() {
        // NTREX cnn_304478: "at a rally for Donald Trump in Tulsa" = "ట్రంప్ ర్యాలీలో".
        let text = "She told the audience at a rally for Donald Trump in Tulsa, Oklahoma.";
        let ex = extract(text, &whole(text), Mode::Article);
        let nodes = build(&ex);
        let n = nodes.mention_node[0];
        let glued: Vec<&str> = nodes.nodes[n]
            .forms
            .iter()
            .map(|f| f.glued.as_str())
            .collect();
        assert!(glued.contains(&"trump"), "{glued:?}");
        // Two people share the surname: neither gets it.
        let text = "Sarah Palin spoke. Track Palin, 26, spent a year in Iraq.";
        let ex = extract(text, &whole(text), Mode::Article);
        let nodes = build(&ex);
        assert!(nodes
            .nodes
            .iter()
            .all(|n| n.forms.iter().all(|f| f.glued != "palin")));
    }

    #[test]
    fn demonyms_join_their_country_when_it_is_named() {
        assert_eq!(
            groups("India won. The Indian bowlers and the Chinese team played in Russia."),
            [vec!["Chinese"], vec!["India", "Indian"], vec!["Russia"]]
        );
    }

    #[test]
    fn initials_give_a_second_spelling() {
        let text = "ISRO chairman V. Narayanan spoke.";
        let ex = extract(text, &whole(text), Mode::Article);
        let nodes = build(&ex);
        let n = nodes.mention_node[1];
        assert_eq!(nodes.nodes[n].forms.len(), 2);
        assert_eq!(nodes.nodes[n].forms[1].glued, "narayanan");
    }

    #[test]
    fn places_with_directions_keep_their_last_word_apart() {
        assert_eq!(
            groups("He flew from North Korea to Korea and to South Korea."),
            [vec!["Korea"], vec!["North Korea"], vec!["South Korea"]]
        );
    }

    #[test]
    fn evidence_follows_titles() {
        let text = "Secretary of State Antony Blinken met Blinken.";
        let ex = extract(text, &whole(text), Mode::Article);
        let nodes = build(&ex);
        assert_eq!(nodes.nodes.len(), 1);
        assert!(nodes.evidence[0].title);
    }
}
