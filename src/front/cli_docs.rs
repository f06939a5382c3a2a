//! `tandem completions SHELL` and `tandem man`: shell completion scripts and the manual page,
//! generated from the clap definition in [`crate::front::cli`] so they always list the real
//! subcommands and flags. The manual page is one page: the subcommands are described in it
//! (there are no `tandem-report(1)` pages to point to), and its KEYS section is the viewer's
//! command table ([`Action::COMMANDS`]), so documented keys cannot drift from the real ones.

use crate::front::cli::Cli;
use crate::tui::action::Action;
use crate::tui::keymap::key_label;
use anyhow::Context;
use clap::CommandFactory;
use clap_complete::Shell;
use std::io::Write;

/// Writes the completion script for `shell`.
pub fn write_completions(shell: Shell, out: &mut dyn Write) {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "tandem", out);
}

/// Writes the manual page (roff): name, synopsis, description and options from clap, then
/// the commands, keys, configuration, review file and exit codes.
pub fn write_man(out: &mut dyn Write) -> std::io::Result<()> {
    let command = Cli::command();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    out.write_all(commands_section(&command).as_bytes())?;
    out.write_all(keys_section().as_bytes())?;
    out.write_all(MAN_FILES.as_bytes())?;
    man.render_version_section(out)
}

/// Text for roff: backslashes doubled, a leading `.` or `'` (a request) made literal.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// `COMMANDS`: each subcommand's usage, what it does and its own options.
fn commands_section(command: &clap::Command) -> String {
    let mut out = String::from(".SH COMMANDS\n");
    for sub in command.get_subcommands() {
        let mut sub = sub.clone();
        let usage = sub.render_usage().to_string();
        let usage = usage.trim_start_matches("Usage: ").trim();
        out.push_str(&format!(".SS \"tandem {}\"\n", sub.get_name()));
        out.push_str(&format!(".B {}\n.br\n", roff(&format!("tandem {usage}"))));
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            out.push_str(&format!("{}\n", roff(&about.to_string())));
        }
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            let mut names = Vec::new();
            if let Some(short) = arg.get_short() {
                names.push(format!("\\fB\\-{short}\\fR"));
            }
            if let Some(long) = arg.get_long() {
                names.push(format!("\\fB\\-\\-{}\\fR", roff(long)));
            }
            if names.is_empty() {
                names.push(format!("\\fI{}\\fR", roff(arg.get_id().as_str())));
            }
            let help = arg
                .get_long_help()
                .or(arg.get_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            out.push_str(&format!(".TP\n{}\n{}\n", names.join(", "), roff(&help)));
        }
    }
    out
}

/// `KEYS`: the viewer's default keys and their config names, from the command table.
fn keys_section() -> String {
    let mut out = String::from(
        ".SH KEYS\nThe viewer's default keys (a key sequence such as \\fB]]\\fR is typed key \
         by key). The name in brackets is the action's name in the configuration file's \
         \\fB[keys]\\fR table.\n",
    );
    for c in Action::COMMANDS {
        let keys: Vec<String> = c
            .keys
            .iter()
            .map(|k| format!("\\fB{}\\fR", roff(&key_label(k))))
            .collect();
        out.push_str(&format!(
            ".TP\n{}\n{} ({})\n",
            keys.join(", "),
            roff(c.help),
            roff(c.name)
        ));
    }
    out
}

/// `FILES`, `REVIEW FILE` and `EXIT STATUS`: what is kept where, and what the exit codes mean.
const MAN_FILES: &str = r#".SH CONFIGURATION
\fB$XDG_CONFIG_HOME/tandem/config.toml\fR (\fB~/.config/tandem/config.toml\fR when that
variable is unset) holds the settings; no file means the defaults. Settings:
\fBcolor = false\fR (no colours), \fBmouse = false\fR (leave the mouse to the terminal),
\fBtheme = "light"\fR (colours for a light background), and a \fB[keys]\fR table that
gives actions their keys: \fBaction = "key"\fR or \fBaction = ["key", "key"]\fR, with the
action names of the KEYS section and keys as written there (\fB<C\-d>\fR, \fB<Down>\fR,
\fB]]\fR). An action listed gets exactly those keys; a key given to one action is taken away
from the others. \fB[keys.input]\fR (the note and search prompt: commit, cancel, cursor
moves, deletions) and \fB[keys.picker]\fR (the pair picker) rebind those modes the same way,
with single keys; \fB?\fR then Tab lists them. \fBwatch = false\fR stops reloading articles
changed on disk. A file with an error is reported (file, line, column) and not used.
The flags \fB\-\-no\-color\fR (or the \fBNO_COLOR\fR variable), \fB\-\-theme\fR and
\fB\-\-no\-mouse\fR win over the file.
.SH REVIEW FILE
Decisions (group marks and notes, entity calls, hand edits of the alignment) are saved after
each one in a JSON file beside the English article, named after it:
\fBstory.en.txt\fR gives \fBstory.en.tandem\-review.json\fR (\fB\-\-review PATH\fR
chooses another). The bundled sample, opened without files or as the files
\fBassets/sample.te.txt\fR and \fBassets/sample.en.txt\fR, keeps its review in
\fB$XDG_DATA_HOME/tandem/sample.tandem\-review.json\fR (\fB~/.local/share/tandem/...\fR
when that variable is unset). \fBtandem report\fR and \fBtandem export\fR look in the same
place, so they include the viewer's decisions. Saves are atomic; the previous version is kept
as \fB<file>.bak\fR. A review file that cannot be read is reported and never written over.
A review file that is a symbolic link stays one: the file it leads to is replaced.
.SH EXIT STATUS
.TP
\fB0\fR
Success; also when the reader of the output went away (\fBtandem report | head\fR).
.TP
\fB2\fR
Bad input: a file that is missing, not text, not UTF\-8 (see \fB\-\-lossy\fR), too large
(over 4 GiB), a device, a FIFO that gives nothing; a broken review or configuration file; a
bad command line. For a corpus, 2 means some pairs could not be reported or exported (the
others were).
.TP
\fB128 + N\fR
The viewer was closed by signal N (SIGHUP 129, SIGINT 130, SIGQUIT 131, SIGUSR1 138,
SIGALRM 142, SIGTERM 143), the terminal restored. SIGTSTP and Ctrl\-Z stop it with the
terminal given back; \fBfg\fR takes it up again.
"#;

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

    #[test]
    fn the_man_page_documents_keys_config_review_and_exit_codes_and_no_missing_pages() {
        let mut buf = Vec::new();
        write_man(&mut buf).expect("render");
        let man = String::from_utf8(buf).expect("utf-8");
        for section in [
            ".SH COMMANDS",
            ".SH KEYS",
            ".SH CONFIGURATION",
            ".SH REVIEW FILE",
            ".SH EXIT STATUS",
        ] {
            assert!(man.contains(section), "no {section}");
        }
        for c in Action::COMMANDS {
            assert!(man.contains(&roff(c.help)), "no key help {:?}", c.help);
            assert!(man.contains(&roff(c.name)), "no config name {}", c.name);
        }
        assert!(man.contains("\\fB\\-\\-format\\fR"), "report's options");
        // No SEE ALSO or subcommand pages (tandem-report(1) ...) that do not exist.
        assert!(!man.contains("(1)"), "a reference to another page");
        // No line starts a roff request by accident.
        for line in man.lines() {
            assert!(
                !line.starts_with('\'') && !line.starts_with(".tandem"),
                "{line}"
            );
        }
    }
}
