//! What an entity is (person, place, organisation, other), decided from the evidence both sides
//! leave: gazetteer entries, keywords inside the name (`Ministry`, `Republic`), titles before it
//! (`Secretary`, `కార్యదర్శి`), words after it (`నగరం` "city", `పరిపాలన` "administration").
//! Strong evidence wins over weak; without any the kind is `Other`.

use crate::core::entity::english::words as vocab;
use crate::core::entity::gazetteer::{self, GazKind};
use serde::{Deserialize, Serialize};

/// The kind of an entity, as far as can be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Person,
    Place,
    Organisation,
    #[default]
    Other,
}

impl Kind {
    /// The kind's name in the report and the config (`person`, `place` ...), as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Organisation => "organisation",
            Kind::Other => "other",
        }
    }
}

/// Clues about an entity, gathered from its mentions and names on both sides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence {
    /// A gazetteer country or region.
    pub gaz_place: bool,
    pub gaz_city: bool,
    /// A gazetteer body (UN, EU).
    pub gaz_org: bool,
    pub org_word: bool,
    pub place_word: bool,
    /// A person title right before a mention.
    pub title: bool,
    /// A word after a mention that goes with people (`పరిపాలన`, `చెప్పారు`).
    pub person_after: bool,
    pub place_after: bool,
    pub org_after: bool,
    pub acronym: bool,
    /// Two or three capitalised words with no keyword: the shape of a person's name.
    pub person_shape: bool,
    /// A word that names an event or a document (`Test`, `Summit`, `Agreement`).
    pub event: bool,
    /// A preposition or case ending of place before or on a mention (`in X`, `X-లో`).
    pub locative: bool,
}

impl Evidence {
    pub fn merge(&mut self, o: &Evidence) {
        self.gaz_place |= o.gaz_place;
        self.gaz_city |= o.gaz_city;
        self.gaz_org |= o.gaz_org;
        self.org_word |= o.org_word;
        self.place_word |= o.place_word;
        self.title |= o.title;
        self.person_after |= o.person_after;
        self.place_after |= o.place_after;
        self.org_after |= o.org_after;
        self.acronym |= o.acronym;
        self.person_shape |= o.person_shape;
        self.event |= o.event;
        self.locative |= o.locative;
    }

    /// Adds what the gazetteer says about these ids.
    pub fn add_gazetteer(&mut self, ids: &[u32]) {
        let gaz = gazetteer::get();
        for e in ids.iter().filter_map(|&id| gaz.entry(id)) {
            match e.kind {
                GazKind::Country | GazKind::Region => self.gaz_place = true,
                GazKind::City => self.gaz_city = true,
                GazKind::Org => self.gaz_org = true,
            }
        }
    }

    /// Evidence carried by an English name itself.
    pub fn from_english_name(name: &str, acronym: bool) -> Evidence {
        let words: Vec<String> = name
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches("'s").to_lowercase())
            .collect();
        let org_word = words.iter().any(|w| vocab::is_org_word(w));
        let place_word = words.iter().any(|w| vocab::is_place_word(w));
        let event = words.iter().any(|w| vocab::is_event_word(w));
        let capitalised = name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let person_shape = !acronym
            && (2..=3).contains(&name.split_whitespace().count())
            && capitalised
            && !org_word
            && !place_word
            && !event
            && !name.chars().any(|c| c.is_ascii_digit());
        Evidence {
            org_word,
            place_word,
            acronym,
            person_shape,
            event,
            ..Evidence::default()
        }
    }

    /// The kind, strongest evidence first.
    pub fn kind(&self) -> Kind {
        if self.gaz_org {
            Kind::Organisation
        } else if self.gaz_place {
            Kind::Place
        } else if self.org_word {
            Kind::Organisation
        } else if self.title && !(self.gaz_city && self.locative) {
            // A title right before a gazetteer city that also takes a case ending of place is
            // the title of someone else: Telugu puts the subject first (అధ్యక్షుడు సియోల్‌లో
            // మాట్లాడారు, "the president spoke in Seoul").
            Kind::Person
        } else if self.gaz_city || self.place_word || self.place_after {
            Kind::Place
        } else if self.org_after || self.acronym {
            Kind::Organisation
        } else if self.event {
            Kind::Other
        } else if self.person_after {
            Kind::Person
        } else if self.locative {
            Kind::Place
        } else if self.person_shape {
            Kind::Person
        } else {
            Kind::Other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_names() {
        assert_eq!(
            Evidence::from_english_name("Ministry of External Affairs", false).kind(),
            Kind::Organisation
        );
        assert_eq!(
            Evidence::from_english_name("Republic of Korea", false).kind(),
            Kind::Place
        );
        assert_eq!(
            Evidence::from_english_name("Linda Thomas-Greenfield", false).kind(),
            Kind::Person
        );
        assert_eq!(
            Evidence::from_english_name("NASA", true).kind(),
            Kind::Organisation
        );
        assert_eq!(
            Evidence::from_english_name("Zelensky", false).kind(),
            Kind::Other
        );
    }

    #[test]
    fn gazetteer_and_titles() {
        let mut e = Evidence::from_english_name("United Nations", false);
        e.add_gazetteer(gazetteer::get().lookup_english("United Nations"));
        assert_eq!(e.kind(), Kind::Organisation);
        let mut e = Evidence {
            title: true,
            ..Evidence::default()
        };
        assert_eq!(e.kind(), Kind::Person);
        e.add_gazetteer(gazetteer::get().lookup_english("Russia"));
        assert_eq!(e.kind(), Kind::Place);
    }

    #[test]
    fn a_title_before_a_city_in_the_locative_is_someone_elses() {
        let mut e = Evidence {
            title: true,
            locative: true,
            ..Evidence::default()
        };
        e.add_gazetteer(gazetteer::get().lookup_english("Seoul"));
        assert_eq!(e.kind(), Kind::Place);
        // Without the case ending of place, the title still makes a person.
        e.locative = false;
        assert_eq!(e.kind(), Kind::Person);
    }

    #[test]
    fn serde_names() {
        assert_eq!(
            serde_json::to_string(&Kind::Organisation).ok().as_deref(),
            Some("\"organisation\"")
        );
    }
}
