//! English word lists that decide what a capitalised word is: function words and common
//! sentence openers (never names), person titles, the portfolio words that follow titles,
//! and the keywords that tell an organisation or a place. Generic English, nothing about any
//! particular story. All lists are lower case.

use rustc_hash::FxHasher;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Words that are capitalised only because they open a sentence or a headline, or that never
/// start a name: articles, pronouns, prepositions, conjunctions, sentence adverbs, auxiliaries,
/// and frequent news verbs and nouns.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "a", "about", "above", "according", "across", "additionally", "after", "afterwards", "again",
    "against", "ago", "ahead", "all", "almost", "along", "already", "also", "although", "always",
    "amid", "among", "amongst", "an", "analysts", "and", "another", "any", "anyone", "anything",
    "are", "around", "as", "asked", "at", "authorities", "back", "based", "be", "because", "been",
    "before", "being", "below", "besides", "between", "beyond", "both", "but", "by", "can",
    "cannot", "certainly", "clearly", "consequently", "could", "critics", "currently", "despite",
    "did", "do", "does", "doing", "done", "down", "due", "during", "each", "earlier", "either",
    "else", "elsewhere", "even", "eventually", "ever", "every", "everyone", "everything",
    "experts", "far", "few", "finally", "first", "following", "for", "former", "fortunately",
    "from", "further", "furthermore", "given", "had", "has", "have", "having", "he", "hence",
    "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if",
    "importantly", "in", "including", "indeed", "initially", "instead", "interestingly", "into",
    "is", "it", "its", "itself", "just", "last", "later", "lastly", "least", "less", "let", "like",
    "likewise", "many", "may", "maybe", "me", "meanwhile", "might", "more", "moreover", "most",
    "mostly", "much", "must", "my", "near", "nearly", "neither", "nevertheless", "next", "no",
    "nobody", "none", "nonetheless", "nor", "not", "notably", "nothing", "now", "of", "officials",
    "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our",
    "ours", "out", "over", "overall", "perhaps", "please", "previously", "rather", "recently",
    "regarding", "reportedly", "reports", "said", "say", "says", "second", "several", "she",
    "should", "similarly", "since", "so", "some", "someone", "something", "sometimes", "soon",
    "sources", "still", "subsequently", "such", "than", "thanks", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "therefore", "these", "they", "third", "this", "those",
    "though", "through", "throughout", "thus", "to", "today", "together", "tomorrow", "too",
    "toward", "towards", "two", "three", "under", "unfortunately", "unless", "unlike", "until",
    "up", "upon", "us", "very", "was", "we", "well", "were", "what", "whatever", "when",
    "whenever", "where", "whereas", "wherein", "whether", "which", "while", "who", "whoever",
    "whom", "whose", "why", "will", "with", "within", "without", "would", "yes", "yesterday",
    "yet", "you", "your", "yours", "conclusion", "summary", "overall", "breaking", "update",
    "exclusive", "opinion", "analysis", "editorial", "watch", "read",
];

/// Months and weekdays: capitalised, but not the people, places and bodies tandem links.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that name a role before a person's name (`Secretary`, `Prime Minister`).
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "secretary", "ambassador", "envoy", "chancellor",
    "governor", "senator", "sen", "congressman", "congresswoman", "representative", "rep", "gov",
    "gen", "general", "admiral", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt",
    "commander", "captain", "capt", "chief", "director", "chairman", "chairwoman", "chairperson",
    "chair", "ceo", "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop",
    "archbishop", "rev", "reverend", "sheikh", "judge", "justice", "mayor", "commissioner",
    "spokesperson", "spokesman", "spokeswoman", "deputy", "coach", "skipper", "astronaut",
    "scientist", "premier", "president-elect", "leader", "head", "officer", "opener", "batter",
    "bowler", "striker", "goalkeeper", "midfielder", "defender", "actor", "actress", "author",
    "administrator",
];

/// Words that belong to a title when they stand next to one (`Secretary of State`,
/// `External Affairs Minister`, `Union Home Minister`), and only then.
#[rustfmt::skip]
const PORTFOLIOS: &[&str] = &[
    "state", "foreign", "defence", "defense", "home", "finance", "external", "affairs", "interior",
    "commerce", "trade", "health", "education", "energy", "agriculture", "labor", "labour",
    "treasury", "transport", "transportation", "environment", "science", "technology",
    "information", "broadcasting", "railways", "sports", "youth", "culture", "tourism", "security",
    "national", "homeland", "attorney", "executive", "union", "cabinet", "junior", "senior",
    "former", "acting", "interim", "chief", "general", "deputy", "vice", "prime", "assistant",
    "associate", "principal", "special",
];

/// Words that make a name an organisation wherever they stand in it.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "ministry", "department", "agency", "organisation", "organization", "university", "college",
    "institute", "institution", "council", "committee", "commission", "association", "nations",
    "bank", "fund", "corporation", "corp", "company", "inc", "ltd", "limited", "group", "party",
    "board", "federation", "league", "club", "court", "parliament", "congress", "senate",
    "assembly", "office", "authority", "service", "services", "forces", "army", "navy", "force",
    "command", "foundation", "society", "centre", "center", "laboratory", "laboratories", "lab",
    "observatory", "programme", "bureau", "trust", "times", "post", "news", "network", "airlines",
    "airways", "academy", "school", "hospital", "police", "secretariat", "alliance", "coalition",
    "front", "movement", "administration", "agencies", "institutes", "systems", "industries",
    "technologies", "motors", "railway", "railways", "panel", "tribunal", "directorate", "mission",
    "team", "super", "kings", "indians", "royals", "knights", "government",
];

/// Words that make a name a place.
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "republic", "kingdom", "island", "islands", "river", "mountain", "mountains", "mount", "sea",
    "ocean", "peninsula", "valley", "province", "city", "county", "district", "street", "road",
    "avenue", "square", "bay", "lake", "gulf", "strait", "desert", "coast", "region", "territory",
    "pradesh", "stadium", "airport", "port", "harbour", "harbor", "canal", "falls", "hills",
    "plateau", "basin", "delta", "town", "village", "gardens", "ground", "oval", "park", "pole",
    "glacier", "emirates", "states",
];

/// Words that make a name an event or a document rather than a person (`Melbourne Test`,
/// `Paris Agreement`).
#[rustfmt::skip]
const EVENT_WORDS: &[&str] = &[
    "test",
    "match",
    "cup",
    "series",
    "trophy",
    "championship",
    "championships",
    "open",
    "games",
    "olympics",
    "final",
    "finals",
    "summit",
    "conference",
    "prix",
    "tour",
    "marathon",
    "festival",
    "war",
    "crisis",
    "accord",
    "agreement",
    "treaty",
    "act",
    "bill",
    "protocol",
    "day",
    "award",
    "awards",
    "prize",
    "mission",
    "election",
    "elections",
];

/// English nouns that Telugu news writes in Telugu letters as ordinary words (మిషన్,
/// వికెట్): a Telugu token that sounds like one of these is a loanword, not a name.
#[rustfmt::skip]
const LOANWORDS: &[&str] = &[
    "mission", "satellite", "rocket", "launch", "orbit", "module", "lander", "rover", "team",
    "match", "series", "test", "cup", "run", "runs", "wicket", "wickets", "over", "overs", "ball",
    "bat", "stadium", "club", "final", "semifinal", "league", "tournament", "goal", "points",
    "record", "captain", "coach", "century", "innings", "film", "movie", "cinema", "hero",
    "police", "station", "bus", "train", "school", "college", "hospital", "doctor", "computer",
    "internet", "phone", "mobile", "video", "online", "app", "bank", "loan", "plan", "project",
    "program", "system", "company", "office", "summit", "conference", "carbon", "energy", "solar",
    "power", "data", "report", "plastic", "gas", "oil", "metro", "airport", "port", "control",
    "center", "centre", "engine", "fuel", "budget", "tax", "market", "share", "media", "press",
    "news", "channel", "ballistic", "missile", "nuclear", "test", "drone", "camera", "sensor",
    "lab", "laboratory", "vaccine", "virus", "covid", "lockdown", "dollar", "dollars", "crore",
    "lakh", "percent", "degree", "degrees", "celsius", "kilometre", "kilometres", "kilometer",
    "kilometers", "minister", "president", "secretary",
];

/// A word list looked up through a hash set built on first use (these lookups run per word of
/// a large article).
struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<FxHasher>>>,
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

static COMMON_SET: WordSet = WordSet::new(COMMON);
static CALENDAR_SET: WordSet = WordSet::new(CALENDAR);
static TITLE_SET: WordSet = WordSet::new(TITLES);
static PORTFOLIO_SET: WordSet = WordSet::new(PORTFOLIOS);
static ORG_SET: WordSet = WordSet::new(ORG_WORDS);
static PLACE_SET: WordSet = WordSet::new(PLACE_WORDS);
static EVENT_SET: WordSet = WordSet::new(EVENT_WORDS);

/// A function word, common sentence opener or calendar word (lower-case input).
pub fn is_common(lower: &str) -> bool {
    COMMON_SET.contains(lower) || CALENDAR_SET.contains(lower)
}

/// A month or weekday name (lower-case input).
/// Acronyms of common nouns (`TV`, `CEO`, `GDP`): a channel's or a firm's name may contain one,
/// but alone it names nothing, and linking it to its spelling on the other side (`టీవీ`) would
/// be a link between two ordinary words.
pub fn is_common_acronym(letters: &str) -> bool {
    matches!(
        letters,
        "TV" | "CEO" | "CFO" | "COO" | "GDP" | "DNA" | "RNA" | "SUV" | "VIP" | "IQ" | "PR" | "HR"
    )
}

pub fn is_calendar(lower: &str) -> bool {
    CALENDAR_SET.contains(lower)
}

/// A person title (lower-case input, trailing dot removed by the caller).
pub fn is_title(lower: &str) -> bool {
    TITLE_SET.contains(lower)
}

/// A title word that is also a common surname or name word (`Head`, `King`), so that after a
/// name it is more likely part of the name.
pub fn could_be_surname(lower: &str) -> bool {
    matches!(
        lower,
        "head"
            | "king"
            | "judge"
            | "bishop"
            | "cardinal"
            | "prince"
            | "queen"
            | "lord"
            | "lady"
            | "general"
            | "chief"
            | "chair"
            | "coach"
            | "leader"
            | "officer"
            | "sir"
            | "dame"
            | "pope"
            | "major"
            | "justice"
            | "mayor"
            | "author"
    )
}

/// A word that belongs to an adjacent title.
pub fn is_portfolio(lower: &str) -> bool {
    PORTFOLIO_SET.contains(lower)
}

pub fn is_org_word(lower: &str) -> bool {
    ORG_SET.contains(lower)
}

pub fn is_place_word(lower: &str) -> bool {
    PLACE_SET.contains(lower)
}

pub fn is_event_word(lower: &str) -> bool {
    EVENT_SET.contains(lower)
}

/// A plural-looking word (`Delegates`, `Residents`): at the start of a sentence, more likely a
/// common noun than a name.
pub fn looks_plural(lower: &str) -> bool {
    lower.len() >= 5
        && lower.ends_with('s')
        && !["ss", "us", "is", "os"].iter().any(|e| lower.ends_with(e))
}

/// The English loanwords as a list, for building a phonetic index.
pub fn loanwords() -> &'static [&'static str] {
    LOANWORDS
}

/// Words that open many place names (`New York`, `North Korea`, `San Jose`) but are ordinary
/// words on their own: at the start of a sentence they count only when a name follows.
pub fn is_name_opener(lower: &str) -> bool {
    matches!(
        lower,
        "new"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "upper"
            | "lower"
            | "great"
            | "united"
            | "saint"
            | "san"
            | "santa"
            | "st"
            | "fort"
            | "port"
            | "mount"
            | "lake"
            | "cape"
            | "el"
            | "los"
            | "las"
            | "greater"
            | "little"
            | "old"
            | "royal"
            | "national"
            | "international"
            | "world"
            | "indian"
            | "american"
            | "european"
            | "asian"
            | "african"
    )
}

/// Capitalised words that are not a name when they stand alone (`the Test`, `the Cabinet`).
pub fn is_generic_alone(lower: &str) -> bool {
    is_title(lower)
        || is_org_word(lower)
        || is_place_word(lower)
        || is_portfolio(lower)
        || matches!(
            lower,
            "test"
                | "odi"
                | "t20"
                | "cabinet"
                | "internet"
                | "web"
                | "covid"
                | "god"
                | "english"
                | "telugu"
                | "hindi"
        )
}

/// Lower-case words that join the capitalised words of one name (`Bank of England`,
/// `Leonardo da Vinci`).
pub fn is_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "de"
            | "da"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "bin"
            | "bint"
            | "al"
            | "du"
            | "la"
            | "le"
            | "dos"
            | "das"
            | "di"
            | "y"
    )
}

/// Endings of ordinary English words that are rarely the end of a name; used only for words
/// whose capital may come from their place at the start of a sentence.
pub fn has_common_ending(lower: &str) -> bool {
    lower.len() > 5
        && [
            "ly", "ing", "tion", "sion", "ment", "ness", "ity", "ous", "ive", "ful", "less", "ies",
            "ance", "ence", "ism", "ist", "ists", "able", "ible",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_classify_words() {
        assert!(is_common("moreover"));
        assert!(is_common("during"));
        assert!(is_common("january"));
        assert!(!is_common("seoul"));
        assert!(is_title("secretary"));
        assert!(is_portfolio("state"));
        assert!(is_org_word("ministry"));
        assert!(is_place_word("republic"));
        assert!(is_connector("of"));
        assert!(!is_connector("and"));
        assert!(has_common_ending("reportedly"));
        assert!(!has_common_ending("washington"));
    }

    #[test]
    fn lists_are_lower_case() {
        for list in [
            COMMON,
            CALENDAR,
            TITLES,
            PORTFOLIOS,
            ORG_WORDS,
            PLACE_WORDS,
            LOANWORDS,
        ] {
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
            }
        }
    }
}
