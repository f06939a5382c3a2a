//! End to end in tmux: `tandem DIR` opens the first pair, `p` shows the picker, a typed filter
//! and Enter switch to another pair, and quitting restores the shell.

use crate::common;

use common::tmux::{binary, Tmux};

#[test]
fn tandem_dir_opens_the_first_pair_and_the_picker_switches() {
    let dir = crate::common::scratch();
    let pairs = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pairs");
    for name in ["cricket", "space"] {
        for side in ["te", "en"] {
            std::fs::copy(
                format!("{pairs}/{name}.{side}.txt"),
                dir.join(format!("{name}.{side}.txt")),
            )
            .unwrap();
        }
    }
    let command = format!("cd {} && {} .", dir.display(), binary().display());
    let tmux = Tmux::start("corpus", 120, 30);
    tmux.run_line(&command);
    tmux.wait_for("cricket.te.txt");
    tmux.keys(&["p"]);
    let screen = tmux.wait_for("pairs 2/2");
    assert!(screen.contains("space"), "{screen}");
    tmux.keys(&["-l", "spa"]);
    tmux.wait_for("pairs 1/2");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("space.te.txt");
    assert!(!screen.contains("pairs 1/2"), "picker closed:\n{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    let _ = std::fs::remove_dir_all(&dir);
}
