//! The `tandem` binary: parse the command line and hand over to the library.
use clap::Parser;

fn main() {
    let cli = tandem::front::cli::Cli::parse();
    std::process::exit(tandem::run(cli));
}
