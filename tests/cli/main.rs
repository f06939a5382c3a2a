//! Command-line tests: the binary's report, export, config, docs and error paths, run as a process (`CARGO_BIN_EXE_tandem`).

#[path = "../common/mod.rs"]
mod common;

mod align_json;
mod bounded_reads;
mod cli_docs;
mod cli_errors;
mod config_env;
mod config_files;
mod corpus_report;
mod cursor_report;
mod export_cli;
mod figures_report;
mod hardening_config;
mod hostile_fixtures;
mod newcomer;
mod output_paths;
mod readme_keys;
mod report_cli;
mod report_watch;
mod romanise;
