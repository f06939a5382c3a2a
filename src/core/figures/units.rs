//! Unit and scale words in English and Telugu, generic to news of any subject.
//!
//! A unit says what an amount counts (`runs`/`పరుగులు`, `people`/`మంది`); a scale word
//! multiplies the number before it (`million`, `లక్షలు`, `crore`/`కోట్లు`), so `1.5 million`
//! and `15 లక్షలు` both come out as 1500000. English words match as whole words, any case.
//! Telugu words are stems that match the start of a word, so case suffixes may follow
//! (`పరుగుల`, `పరుగులకే`, `కోట్ల`); a stem never ends inside a conjunct (the next character
//! is not a virama), so `లక్ష` does not match `లక్ష్యం` (target).

use serde::{Deserialize, Serialize};

/// What an amount counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Runs,
    Wickets,
    Overs,
    Goals,
    People,
    Years,
    Months,
    Days,
    Hours,
    Minutes,
    Km,
    Metres,
    Kg,
    Tonnes,
    Rupees,
    Dollars,
    Pounds,
    Euros,
    Degrees,
    Votes,
    Seats,
    Acres,
    Megawatts,
    Balls,
    Points,
    Medals,
}

impl Unit {
    /// The serde name, for display.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Runs => "runs",
            Unit::Wickets => "wickets",
            Unit::Overs => "overs",
            Unit::Goals => "goals",
            Unit::People => "people",
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::Days => "days",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Km => "km",
            Unit::Metres => "metres",
            Unit::Kg => "kg",
            Unit::Tonnes => "tonnes",
            Unit::Rupees => "rupees",
            Unit::Dollars => "dollars",
            Unit::Pounds => "pounds",
            Unit::Euros => "euros",
            Unit::Degrees => "degrees",
            Unit::Votes => "votes",
            Unit::Seats => "seats",
            Unit::Acres => "acres",
            Unit::Megawatts => "megawatts",
            Unit::Balls => "balls",
            Unit::Points => "points",
            Unit::Medals => "medals",
        }
    }
}

/// Unit words after a number. English entries are whole words (any case); Telugu ones stems.
pub(super) const UNIT_WORDS: &[(&str, Unit)] = &[
    ("run", Unit::Runs),
    ("runs", Unit::Runs),
    ("పరుగ", Unit::Runs),
    ("wicket", Unit::Wickets),
    ("wickets", Unit::Wickets),
    ("వికెట్", Unit::Wickets),
    ("overs", Unit::Overs),
    ("ఓవర్", Unit::Overs),
    ("goal", Unit::Goals),
    ("goals", Unit::Goals),
    ("గోల్", Unit::Goals),
    ("people", Unit::People),
    ("persons", Unit::People),
    ("person", Unit::People),
    ("మంది", Unit::People),
    ("year", Unit::Years),
    ("years", Unit::Years),
    ("yrs", Unit::Years),
    ("ఏళ్ల", Unit::Years),
    ("ఏళ్ళ", Unit::Years),
    ("ఏండ్ల", Unit::Years),
    ("సంవత్సర", Unit::Years),
    ("month", Unit::Months),
    ("months", Unit::Months),
    ("నెల", Unit::Months),
    ("day", Unit::Days),
    ("days", Unit::Days),
    ("రోజు", Unit::Days),
    ("రోజుల", Unit::Days),
    ("hour", Unit::Hours),
    ("hours", Unit::Hours),
    ("hrs", Unit::Hours),
    ("గంట", Unit::Hours),
    ("minute", Unit::Minutes),
    ("minutes", Unit::Minutes),
    ("mins", Unit::Minutes),
    ("నిమిష", Unit::Minutes),
    ("km", Unit::Km),
    ("kms", Unit::Km),
    ("kilometre", Unit::Km),
    ("kilometres", Unit::Km),
    ("kilometer", Unit::Km),
    ("kilometers", Unit::Km),
    ("కిలోమీటర్", Unit::Km),
    ("కి.మీ", Unit::Km),
    ("metre", Unit::Metres),
    ("metres", Unit::Metres),
    ("meter", Unit::Metres),
    ("meters", Unit::Metres),
    ("మీటర్", Unit::Metres),
    ("kg", Unit::Kg),
    ("kgs", Unit::Kg),
    ("kilogram", Unit::Kg),
    ("kilograms", Unit::Kg),
    ("kilo", Unit::Kg),
    ("kilos", Unit::Kg),
    ("కిలో", Unit::Kg),
    ("కేజీ", Unit::Kg),
    ("tonne", Unit::Tonnes),
    ("tonnes", Unit::Tonnes),
    ("ton", Unit::Tonnes),
    ("tons", Unit::Tonnes),
    ("టన్ను", Unit::Tonnes),
    ("టన్న", Unit::Tonnes),
    ("rupee", Unit::Rupees),
    ("rupees", Unit::Rupees),
    ("రూపాయ", Unit::Rupees),
    ("dollar", Unit::Dollars),
    ("dollars", Unit::Dollars),
    ("డాలర్", Unit::Dollars),
    ("euro", Unit::Euros),
    ("euros", Unit::Euros),
    ("యూరో", Unit::Euros),
    ("degree", Unit::Degrees),
    ("degrees", Unit::Degrees),
    ("డిగ్రీ", Unit::Degrees),
    ("vote", Unit::Votes),
    ("votes", Unit::Votes),
    ("ఓట్ల", Unit::Votes),
    ("ఓటు", Unit::Votes),
    ("seat", Unit::Seats),
    ("seats", Unit::Seats),
    ("సీట్", Unit::Seats),
    ("స్థానాల", Unit::Seats),
    ("acre", Unit::Acres),
    ("acres", Unit::Acres),
    ("ఎకరా", Unit::Acres),
    ("ఎకరం", Unit::Acres),
    ("mw", Unit::Megawatts),
    ("megawatt", Unit::Megawatts),
    ("megawatts", Unit::Megawatts),
    ("మెగావాట్", Unit::Megawatts),
    ("ball", Unit::Balls),
    ("balls", Unit::Balls),
    ("బంతు", Unit::Balls),
    ("బంతి", Unit::Balls),
    ("point", Unit::Points),
    ("points", Unit::Points),
    ("పాయింట్", Unit::Points),
    ("medal", Unit::Medals),
    ("medals", Unit::Medals),
    ("పతక", Unit::Medals),
];

/// Currency signs and abbreviations written before a number (`$2 billion`, `రూ.500 కోట్లు`).
pub(super) const CURRENCY_BEFORE: &[(&str, Unit)] = &[
    ("US$", Unit::Dollars),
    ("$", Unit::Dollars),
    ("USD", Unit::Dollars),
    ("₹", Unit::Rupees),
    ("Rs.", Unit::Rupees),
    ("Rs", Unit::Rupees),
    ("INR", Unit::Rupees),
    ("రూ.", Unit::Rupees),
    ("రూ", Unit::Rupees),
    ("£", Unit::Pounds),
    ("€", Unit::Euros),
];

/// Scale words and their multipliers. Chains multiply (`2 lakh crore`, `లక్ష కోట్లు`).
pub(super) const SCALE_WORDS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("million", 1e6),
    ("millions", 1e6),
    ("mn", 1e6),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
    ("వంద", 1e2),
    ("వేల", 1e3),
    ("వేలు", 1e3),
    ("వెయ్య", 1e3),
    ("లక్ష", 1e5),
    ("మిలియన్", 1e6),
    ("కోటి", 1e7),
    ("కోట్ల", 1e7),
    ("బిలియన్", 1e9),
    ("ట్రిలియన్", 1e12),
];

/// Words that make the number before them a percentage.
pub(super) const PERCENT_WORDS: &[(&str, ())] = &[
    ("%", ()),
    ("per cent", ()),
    ("percent", ()),
    ("pct", ()),
    ("శాత", ()),
];

/// English ordinal endings glued to digits (`4th`).
pub(super) const ORDINAL_ENDINGS: &[&str] = &["st", "nd", "rd", "th"];

/// Telugu suffixes glued to a number that make it an ordinal (`4వ`, `4వది`).
pub(super) const TELUGU_ORDINAL: &[&str] = &["వ", "వది", "వదే", "వదైన"];

/// Telugu suffixes glued to a small number that make it a day of the month (`14న` "on the
/// 14th", `14వ తేదీ` is caught as an ordinal followed by `తేదీ`).
pub(super) const TELUGU_DAY: &[&str] = &["న", "నే", "నాడు", "తేదీ"];

/// The Telugu word for "date", which makes an ordinal before it a day (`14వ తేదీ`).
pub(super) const TELUGU_DATE_WORD: &str = "తేదీ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_entries_are_lower_case_and_telugu_ones_are_telugu() {
        let words = UNIT_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(SCALE_WORDS.iter().map(|(w, _)| *w));
        for w in words {
            let telugu = w.chars().any(|c| ('\u{0C00}'..='\u{0C7F}').contains(&c));
            assert!(telugu || w.chars().all(|c| c.is_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn every_unit_has_an_english_and_a_telugu_word() {
        let units: Vec<Unit> = UNIT_WORDS.iter().map(|&(_, u)| u).collect();
        for &u in &units {
            let words = UNIT_WORDS.iter().filter(|&&(_, v)| v == u);
            let telugu = words
                .clone()
                .any(|(w, _)| w.chars().any(|c| ('\u{0C00}'..='\u{0C7F}').contains(&c)));
            let english = words.clone().any(|(w, _)| w.is_ascii());
            assert!(telugu && english, "{u:?}");
        }
    }
}
