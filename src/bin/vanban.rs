//! The `vanban` command-line tool.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// One file prints one JSON document; several files or a folder print
    /// JSON Lines, one object per file with its "path".
    Parse {
        /// Files, folders, or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The input encoding: auto or utf-8.
        #[arg(long, default_value = "auto")]
        encoding: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse { paths, encoding } => {
            let Some(encoding) = vanban::Encoding::from_name(&encoding) else {
                eprintln!("vanban: unknown encoding {encoding:?}");
                return ExitCode::from(2);
            };
            parse(&paths, &vanban::Options::new().encoding(encoding))
        }
    }
}

/// One input: where it comes from and the name written as "path".
struct Input {
    path: PathBuf,
    name: String,
}

fn parse(paths: &[PathBuf], options: &vanban::Options) -> ExitCode {
    let mut inputs = Vec::new();
    let mut failed = false;
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input {
                path: p.clone(),
                name: "-".into(),
            });
        } else if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found);
            found.sort();
            for f in found {
                let name = f
                    .strip_prefix(p)
                    .unwrap_or(&f)
                    .to_string_lossy()
                    .into_owned();
                inputs.push(Input { path: f, name });
            }
        } else {
            inputs.push(Input {
                path: p.clone(),
                name: p.to_string_lossy().into_owned(),
            });
        }
    }
    let single = paths.len() == 1 && !paths[0].is_dir() && inputs.len() == 1;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for input in &inputs {
        let line = match read(&input.path)
            .map_err(|e| ("io", e.to_string()))
            .and_then(|bytes| {
                vanban::parse_bytes_with(&bytes, options).map_err(|e| (e.code(), e.to_string()))
            }) {
            Ok(doc) => {
                let mut v = serde_json::to_value(&doc).unwrap_or(serde_json::Value::Null);
                if single {
                    serde_json::to_string_pretty(&v)
                } else {
                    if let Some(o) = v.as_object_mut() {
                        o.insert("path".into(), input.name.clone().into());
                    }
                    serde_json::to_string(&v)
                }
            }
            Err((code, message)) => {
                failed = true;
                eprintln!("vanban: {}: {message}", input.name);
                if single {
                    continue;
                }
                serde_json::to_string(&serde_json::json!({
                    "path": input.name, "error": {"code": code, "message": message}
                }))
            }
        };
        match line {
            Ok(l) => {
                if writeln!(out, "{l}").is_err() {
                    return ExitCode::from(1);
                }
            }
            Err(e) => {
                eprintln!("vanban: {}: cannot write JSON: {e}", input.name);
                failed = true;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn read(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}
