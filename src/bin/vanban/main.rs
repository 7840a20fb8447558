//! The `vanban` command-line tool.
//!
//! - `parse`: files, folders or standard input to JSON, JSON Lines or CSV,
//!   in parallel, in path order, with flat memory (`batch.rs`).
//! - `check`: the diagnostics as a compiler prints them (`check.rs`).
//! - `schema`: the JSON Schema of the output (schemars).
//!
//! Exit codes: 0 when every input was read, 1 when some failed, 2 for bad
//! usage.

mod batch;
mod check;
mod inputs;
mod render;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc: a parse allocates many small strings; this allocator serves
/// them faster than the system one (about 5% of the run time, measured
/// with `benches/throughput.rs`).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "vanban",
    version,
    about = "Reads Vietnamese official documents into JSON"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse files, folders (recursively) or standard input (`-`).
    ///
    /// One file prints one pretty JSON document. Several files, a folder or
    /// `--format jsonl` print JSON Lines: one object per file, the document
    /// with a "path" (relative to the folder given), or {"path", "error"}
    /// for a file that could not be read. Output is in path order whatever
    /// `--jobs` is.
    Parse(ParseArgs),
    /// Print the diagnostics of each file as a compiler does:
    /// `file:line:col: warning[code]: message`, the source line and a caret.
    Check {
        /// Files to check, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The input encoding.
        #[arg(long, default_value = "auto", value_name = ENCODINGS)]
        encoding: String,
    },
    /// Print the JSON Schema of one document of the output.
    Schema,
}

/// The names `--encoding` takes, as `--help` shows them.
const ENCODINGS: &str = "auto|utf-8|utf-16|windows-1258|viscii|tcvn3|vni";

/// The options of `vanban parse`.
#[derive(clap::Args)]
pub struct ParseArgs {
    /// Files, folders (searched recursively), or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Which files to take inside folders (matched on the file name, or on
    /// the path below the folder when the pattern has a `/`). Files named
    /// on the command line are always taken.
    #[arg(long, default_value = "*.txt")]
    pub glob: String,
    /// Write the output to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format. Default: one pretty document for a single file, JSON
    /// Lines otherwise. `json` is one JSON value (the document for a single
    /// file, an array otherwise); `csv` is one row per task.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// With `--format csv`: begin with a UTF-8 byte-order mark, for
    /// spreadsheet programs.
    #[arg(long)]
    pub bom: bool,
    /// The input encoding.
    #[arg(long, default_value = "auto", value_name = ENCODINGS)]
    pub encoding: String,
    /// Parallel jobs (default: all cores).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: Option<u32>,
    /// No progress bar and no closing summary.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The output formats of `vanban parse`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Format {
    /// One JSON object per line, each with its "path".
    Jsonl,
    /// One JSON value: the document for a single file, an array otherwise.
    Json,
    /// One row per task, for spreadsheets and task trackers.
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse(args) => match options(&args.encoding) {
            Some(options) => batch::run(&args, &options),
            None => ExitCode::from(2),
        },
        Command::Check { paths, encoding } => match options(&encoding) {
            Some(options) => check::run(&paths, &options),
            None => ExitCode::from(2),
        },
        Command::Schema => {
            let schema = schemars::schema_for!(vanban::Document);
            match serde_json::to_string_pretty(&schema) {
                Ok(s) => {
                    println!("{s}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("vanban: cannot write the schema: {e}");
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// The library options for `--encoding NAME`, or `None` (after saying so)
/// for an unknown name.
fn options(encoding: &str) -> Option<vanban::Options> {
    match vanban::Encoding::from_name(encoding) {
        Some(e) => Some(vanban::Options::new().encoding(e)),
        None => {
            eprintln!("vanban: unknown encoding {encoding:?} (known: {ENCODINGS})");
            None
        }
    }
}
