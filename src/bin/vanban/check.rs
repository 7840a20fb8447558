//! `vanban check`: the diagnostics as a person reads them.
//!
//! ```text
//! doc.txt:7:1: warning[header.number_blank]: ...
//!   |
//! 7 | Số:      /UBND-VP
//!   | ^^^^^^^^^^^^^^^^^
//! ```
//!
//! Exit code 0 when every file was read (warnings do not fail), 1 when one
//! could not be.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::batch::{parse_guarded, read_failure};
use crate::inputs::{Input, Source};

/// Runs `vanban check`.
pub fn run(paths: &[PathBuf], options: &vanban::Options) -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let (mut failed, mut warnings) = (0, 0);
    for path in paths {
        let input = Input {
            source: if path.as_os_str() == "-" {
                Source::Stdin
            } else {
                Source::File(path.clone())
            },
            name: path.to_string_lossy().into_owned(),
        };
        let (bytes, outcome) = match input.read(options.max_input_bytes) {
            Ok(bytes) => {
                let outcome = parse_guarded(&bytes, options);
                (bytes, outcome)
            }
            Err(e) => (Vec::new(), Err(read_failure(e, options))),
        };
        let text = match &outcome {
            Ok(doc) => report(&input.name, &bytes, doc),
            Err(f) => {
                failed += 1;
                format!("{}: error[{}]: {}\n", input.name, f.code, f.message)
            }
        };
        if let Ok(doc) = &outcome {
            warnings += doc.diagnostics.len();
        }
        if out.write_all(text.as_bytes()).is_err() {
            return ExitCode::from(1);
        }
    }
    let _ = out.flush();
    eprintln!(
        "vanban: {} files checked, {warnings} diagnostics, {failed} unreadable",
        paths.len()
    );
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Every diagnostic of `doc`, with its source line and a caret under the span.
pub fn report(name: &str, source: &[u8], doc: &vanban::Document) -> String {
    let starts = line_starts(source);
    let mut s = String::new();
    for d in &doc.diagnostics {
        let severity = match d.severity {
            vanban::Severity::Info => "info",
            vanban::Severity::Warning => "warning",
            _ => "error",
        };
        let Some(span) = d.span.filter(|sp| sp.start <= source.len()) else {
            let _ = writeln!(s, "{name}: {severity}[{}]: {}", d.code, d.message);
            continue;
        };
        let line = starts.partition_point(|&st| st <= span.start).max(1) - 1;
        let line_start = starts[line];
        let line_end = source[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(source.len(), |p| line_start + p);
        let text = String::from_utf8_lossy(&source[line_start..line_end]);
        let text = text.trim_end_matches('\r');
        let before = String::from_utf8_lossy(&source[line_start..span.start]);
        let col = before.chars().count() + 1;
        let inside_end = span.end.clamp(span.start, line_end);
        let width = String::from_utf8_lossy(&source[span.start..inside_end])
            .trim_end_matches('\r')
            .chars()
            .count()
            .max(1);
        let number = (line + 1).to_string();
        let pad = " ".repeat(number.len());
        let indent: String = before
            .chars()
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let _ = writeln!(
            s,
            "{name}:{number}:{col}: {severity}[{}]: {}",
            d.code, d.message
        );
        let _ = writeln!(s, "{pad} |");
        let _ = writeln!(s, "{number} | {text}");
        let _ = writeln!(s, "{pad} | {indent}{}", "^".repeat(width));
    }
    s
}

/// The byte offset where each line begins.
fn line_starts(source: &[u8]) -> Vec<usize> {
    std::iter::once(0)
        .chain(
            source
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect()
}
