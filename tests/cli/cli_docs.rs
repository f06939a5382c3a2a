//! `tandem completions SHELL` and `tandem man` run as a program: non-empty scripts and page on
//! standard output naming the subcommands, and a one-line error for an unknown shell.

use crate::common;

use common::tandem;

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, err) = tandem(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for word in ["report", "export", "completions", "jsonl", "tsv"] {
            assert!(out.contains(word), "{shell}: no {word} in\n{out}");
        }
    }
    let (code, out, _) = tandem(&["completions", "tcsh"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
}

#[test]
fn the_man_page_is_roff_naming_the_commands() {
    let (code, out, err) = tandem(&["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(".TH tandem 1"), "{out}");
    // roff escapes a dash: `\-\-lossy`.
    for word in ["report", "export", "\\-\\-lossy", "\\-\\-review"] {
        assert!(out.contains(word), "no {word}");
    }
}
