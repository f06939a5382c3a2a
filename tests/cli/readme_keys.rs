//! README's key table is the keymap's: the text between the markers is exactly
//! `tui::keymap::key_table_markdown()`. Run with `TANDEM_BLESS_README=1` to rewrite it after a
//! change to the default bindings or their help texts.

use std::path::Path;
use tandem::tui::keymap::key_table_markdown;

const START: &str = "<!-- keys:start -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn readme_key_table_matches_the_keymap() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let start = readme.find(START).expect("README has <!-- keys:start -->") + START.len();
    let end = start
        + readme[start..]
            .find(END)
            .expect("README has <!-- keys:end -->");
    let want = key_table_markdown();
    if readme[start..end] == want {
        return;
    }
    if std::env::var_os("TANDEM_BLESS_README").is_some() {
        let updated = format!("{}{want}{}", &readme[..start], &readme[end..]);
        std::fs::write(&path, updated).expect("rewrite README.md");
        return;
    }
    panic!(
        "README.md's key table differs from the keymap.\n\
         Regenerate it with: TANDEM_BLESS_README=1 cargo test --test cli readme_keys\n\
         --- README ---\n{}--- keymap ---\n{want}",
        &readme[start..end]
    );
}
