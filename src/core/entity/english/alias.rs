//! Acronyms that a text defines: "Democratic People's Republic of Korea (DPRK)" makes the words
//! before the bracket one name and the acronym its alias, when their initials spell it (`of`,
//! `the`, `and`, `for`, `in` skipped). Used by [`crate::core::entity::english`].

use super::mention::{mention, EnMention};
use crate::core::entity::english::tokens::{Cap, Word};
use crate::core::entity::letters::latin_letters;

/// "Democratic People's Republic of Korea (DPRK)": finds the words before the bracket whose
/// initials spell the acronym, makes them one mention, and records the alias.
pub fn paren_aliases(
    text: &str,
    ws: &[Word],
    mentions: &mut Vec<EnMention>,
    aliases: &mut Vec<(String, String)>,
) {
    for k in 1..ws.len() {
        let w = &ws[k];
        let closes = ws
            .get(k + 1)
            .map_or(text[w.end..].trim_start().starts_with(')'), |n| {
                n.gap(text).starts_with(')')
            });
        if w.cap != Cap::Acronym || w.gap(text) != "(" || !closes {
            continue;
        }
        let letters: Vec<char> = latin_letters(w.name(text))
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        if letters.len() < 2 {
            continue;
        }
        let mut need = letters.len();
        let mut first = None;
        let mut t = k - 1;
        loop {
            let word = &ws[t];
            let lower = word.text(text).to_lowercase();
            let initial = word
                .text(text)
                .chars()
                .next()
                .map(|c| c.to_ascii_uppercase());
            if matches!(word.cap, Cap::Upper | Cap::Initial | Cap::Acronym)
                && initial == Some(letters[need - 1])
            {
                need -= 1;
                first = Some(t);
            } else if !matches!(
                lower.as_str(),
                "of" | "the" | "and" | "for" | "de" | "on" | "in" | "&"
            ) {
                break;
            }
            if need == 0 || t == 0 || !word.space_before {
                break;
            }
            t -= 1;
        }
        let Some(first) = first.filter(|_| need == 0) else {
            continue;
        };
        let start = ws[first].start;
        let end = ws[k - 1].name_end;
        let long = mention(text, ws, &[first, k - 1], false);
        let long = EnMention {
            name: text[start..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .into(),
            ..long
        };
        aliases.push((long.name.to_string(), latin_letters(w.name(text))));
        mentions.retain(|m| m.end <= start || m.start >= end);
        let at = mentions.partition_point(|m| m.start < start);
        mentions.insert(at, long);
    }
}
