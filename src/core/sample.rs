//! The bundled sample pair, embedded in the binary so `tandem` with no arguments works anywhere.

use crate::core::document::Document;
use crate::core::pair::Pair;

const SAMPLE_TE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.te.txt"));
const SAMPLE_EN: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.en.txt"));

/// The sample pair: a Telugu and an English news article on one story.
pub fn sample_pair() -> Pair<Document> {
    Pair::new(
        Document::from_text("sample.te.txt", SAMPLE_TE.to_string()),
        Document::from_text("sample.en.txt", SAMPLE_EN.to_string()),
    )
}

/// True when both documents hold the bundled sample's text (opened from the bundle, or as the
/// files `assets/sample.*.txt`): the pair whose review has one home, whichever way it is opened.
pub fn is_sample(docs: &Pair<Document>) -> bool {
    docs.te.text == SAMPLE_TE && docs.en.text == SAMPLE_EN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Lang;

    #[test]
    fn sample_is_a_telugu_english_pair() {
        let pair = sample_pair();
        assert_eq!(pair.te.lang, Lang::Te);
        assert_eq!(pair.en.lang, Lang::En);
        assert_eq!(pair.te.paragraphs.len(), 4);
        assert_eq!(pair.en.paragraphs.len(), 7);
    }
}
