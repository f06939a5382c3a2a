//! End to end in tmux: mark a group, write a Telugu note, quit, start again, see them; merge two
//! aligned groups by hand, quit, start again, see the merge (and take it back with `u`).

use crate::common;

use common::tmux::{sample_story, Tmux};

#[test]
fn a_mark_and_a_telugu_note_survive_quit_and_restart() {
    let (dir, command) = sample_story();
    let tmux = Tmux::start("review", 120, 30);
    tmux.run_line(&command);
    tmux.wait_for("group 1/");
    tmux.keys(&["c"]);
    tmux.wait_for("── 1 · ✓ checked");
    tmux.keys(&["]", "]", "a"]);
    tmux.wait_for("note for group 2");
    // Telugu typed as text, as an input method would deliver it.
    tmux.keys(&["-l", "పేరా తప్పిపోయింది"]);
    tmux.wait_for("పేరా");
    tmux.keys(&["Enter"]);
    tmux.wait_for("note saved");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    let saved = std::fs::read_to_string(dir.join("story.en.tandem-review.json"))
        .expect("review file beside the English article");
    assert!(saved.contains("పేరా తప్పిపోయింది"), "{saved}");

    tmux.run_line(&format!("clear; {command}"));
    tmux.wait_for("review loaded");
    tmux.wait_for("── 1 · ✓ checked");
    tmux.keys(&["]", "]"]);
    let screen = tmux.wait_for("పేరా");
    assert!(screen.contains("needs work"), "{screen}");
    tmux.keys(&["q"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_merge_of_two_groups_survives_quit_and_restart() {
    let (dir, command) = sample_story();
    let tmux = Tmux::start("merge", 120, 30);
    tmux.run_line(&command);
    tmux.wait_for("group 1/4");
    tmux.keys(&["J"]);
    tmux.wait_for("merged with group 2");
    let screen = tmux.wait_for("group 1/3");
    assert!(screen.contains("── 1 · manual"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    let saved = std::fs::read_to_string(dir.join("story.en.tandem-review.json"))
        .expect("review file beside the English article");
    assert!(saved.contains("\"edit\": \"merge\""), "{saved}");

    tmux.run_line(&format!("clear; {command}"));
    let screen = tmux.wait_for("group 1/3");
    assert!(screen.contains("── 1 · manual"), "{screen}");
    tmux.keys(&["u"]);
    tmux.wait_for("group 1/4");
    tmux.keys(&["q"]);
    std::fs::remove_dir_all(&dir).ok();
}
