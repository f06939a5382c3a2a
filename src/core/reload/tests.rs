use super::*;

fn hashes(texts: &[&str]) -> Vec<ContentHash> {
    texts.iter().map(|t| ContentHash::of_paragraph(t)).collect()
}

fn doc(text: &str) -> Document {
    Document::from_text("d.en", text.to_string())
}

#[test]
fn a_diff_counts_new_and_gone_texts() {
    let old = hashes(&["a", "b", "c"]);
    assert_eq!(ParagraphDiff::between(&old, &old), ParagraphDiff::default());
    assert!(ParagraphDiff::between(&old, &old).is_empty());
    let appended = hashes(&["a", "b", "c", "d", "e"]);
    let diff = ParagraphDiff::between(&old, &appended);
    assert_eq!((diff.added, diff.removed), (2, 0));
    assert_eq!(diff.to_string(), "+2 \u{2212}0 paragraphs");
    // An edit is one new text and one gone; a move is nothing.
    let edited = hashes(&["a", "B", "c"]);
    assert_eq!(
        ParagraphDiff::between(&old, &edited).to_string(),
        "+1 −1 paragraphs"
    );
    assert!(ParagraphDiff::between(&old, &hashes(&["c", "a", "b"])).is_empty());
    // Repeated texts count as often as they stand.
    let twice = hashes(&["a", "a", "b"]);
    let diff = ParagraphDiff::between(&twice, &hashes(&["a", "b"]));
    assert_eq!((diff.added, diff.removed), (0, 1));
    let diff = ParagraphDiff::between(&[], &old);
    assert_eq!((diff.added, diff.removed), (3, 0));
}

#[test]
fn an_unchanged_paragraph_is_found_where_it_moved() {
    let old = hashes(&["a", "b", "c", "d"]);
    assert_eq!(follow_paragraph(&old, &old, 2), Some((2, true)));
    // Two paragraphs inserted before it.
    let new = hashes(&["x", "y", "a", "b", "c", "d"]);
    assert_eq!(follow_paragraph(&old, &new, 2), Some((4, true)));
    // Appended after it: it stays.
    let new = hashes(&["a", "b", "c", "d", "e"]);
    assert_eq!(follow_paragraph(&old, &new, 1), Some((1, true)));
    // A repeated text (a byline): the occurrence nearest to where it should be.
    let old = hashes(&["by", "a", "by", "b", "by"]);
    let new = hashes(&["x", "by", "a", "by", "b", "by"]);
    assert_eq!(follow_paragraph(&old, &new, 2), Some((3, true)));
    assert_eq!(follow_paragraph(&old, &new, 4), Some((5, true)));
}

#[test]
fn an_edited_paragraph_is_followed_to_where_it_stood() {
    let old = hashes(&["a", "b", "c", "d"]);
    let new = hashes(&["a", "B", "c", "d"]);
    assert_eq!(follow_paragraph(&old, &new, 1), Some((1, false)));
    // Edited, with a paragraph inserted before it.
    let new = hashes(&["x", "a", "B", "c", "d"]);
    assert_eq!(follow_paragraph(&old, &new, 1), Some((2, false)));
    // Removed: the next paragraph that is still there.
    let new = hashes(&["a", "c", "d"]);
    assert_eq!(follow_paragraph(&old, &new, 1), Some((1, false)));
    // The first one edited: nothing before it survives.
    let new = hashes(&["A", "b", "c", "d"]);
    assert_eq!(follow_paragraph(&old, &new, 0), Some((0, false)));
    // Everything replaced: stay at the same index, within the new text.
    let new = hashes(&["p", "q"]);
    assert_eq!(follow_paragraph(&old, &new, 3), Some((1, false)));
    assert_eq!(follow_paragraph(&old, &[], 0), None);
}

#[test]
fn an_offset_keeps_its_place_in_the_same_text() {
    let old = doc("First one.\n\nSecond paragraph here.\n\nThird.\n");
    let new = doc("New top.\n\nFirst one.\n\nSecond paragraph here.\n\nThird.\n");
    let (oh, nh) = (paragraph_hashes(&old), paragraph_hashes(&new));
    let in_second = old.text.find("paragraph").unwrap();
    let to = follow_offset(&old, &oh, &new, &nh, in_second);
    assert_eq!(&new.text[to..to + 9], "paragraph");
    // An edited paragraph: its start in the new text.
    let edited = doc("First one.\n\nSecond paragraph, edited.\n\nThird.\n");
    let eh = paragraph_hashes(&edited);
    let to = follow_offset(&old, &oh, &edited, &eh, in_second);
    assert_eq!(to, edited.text.find("Second").unwrap());
    // The end stays the end; an empty new text goes to the top.
    assert_eq!(
        follow_offset(&old, &oh, &new, &nh, old.text.len()),
        new.text.len()
    );
    let empty = doc("");
    assert_eq!(follow_offset(&old, &oh, &empty, &[], in_second), 0);
}

#[test]
fn an_offset_lands_on_a_character_boundary() {
    // Same words, different spacing: the distance in may fall inside a Telugu letter.
    let old = doc("ab   చదవండి ఇక్కడ\n");
    let new = doc("ab చదవండి ఇక్కడ\n");
    let (oh, nh) = (paragraph_hashes(&old), paragraph_hashes(&new));
    for offset in 0..old.text.len() {
        let to = follow_offset(&old, &oh, &new, &nh, offset);
        assert!(new.text.is_char_boundary(to), "{offset} -> {to}");
        assert!(to <= new.text.len());
    }
}
