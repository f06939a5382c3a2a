//! `tandem completions SHELL` and `tandem man`: shell completion scripts and the manual page,
//! generated from the clap definition in [`crate::front::cli`] so they always list the real
//! subcommands and flags.

use crate::front::cli::Cli;
use anyhow::Context;
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::Write;

/// Writes the completion script for `shell`.
pub fn write_completions(shell: Shell, out: &mut dyn Write) {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "tandem", out);
}

/// Writes the manual page (roff).
pub fn write_man(out: &mut dyn Write) -> std::io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}

/// Runs `tandem completions` or `tandem man`, printing to standard output.
pub fn run(what: Option<Shell>) -> anyhow::Result<i32> {
    let mut buf = Vec::new();
    match what {
        Some(shell) => write_completions(shell, &mut buf),
        None => write_man(&mut buf).context("rendering the manual page")?,
    }
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(&buf)
        .and_then(|()| stdout.flush())
        .context("writing to standard output")?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn completions(shell: Shell) -> String {
        let mut buf = Vec::new();
        write_completions(shell, &mut buf);
        String::from_utf8(buf).expect("utf-8")
    }

    #[test]
    fn completions_name_the_subcommands_and_flags() {
        for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
            let script = completions(shell);
            // Fish spells a long flag `-l format`, the others `--format`.
            for word in [
                "report",
                "export",
                "man",
                "format",
                "jsonl",
                "tmx",
                "en-locale",
                "review",
            ] {
                assert!(script.contains(word), "{shell}: no {word}");
            }
        }
    }

    #[test]
    fn the_man_page_lists_the_subcommands() {
        let mut buf = Vec::new();
        write_man(&mut buf).expect("render");
        let man = String::from_utf8(buf).expect("utf-8");
        assert!(man.starts_with(".ie") || man.contains(".TH"), "{man}");
        for word in ["tandem", "report", "export", "completions", "lossy"] {
            assert!(man.contains(word), "no {word}");
        }
    }
}
