//! `vanban parse`: many inputs, in parallel, written in path order.
//!
//! Inputs are taken in chunks of `jobs × 64`; a chunk is read, parsed and
//! rendered in parallel (rayon), then written in order and dropped. Memory
//! is bounded by one chunk's output, however many files there are. Each
//! document is parsed under `catch_unwind`: a panic becomes that file's
//! error line and the run goes on.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::inputs::{Input, Inputs, ReadError, is_single};
use crate::render::{Failure, Outcome, Shape};
use crate::{Format, ParseArgs};

/// Inputs per chunk and per job.
const CHUNK_PER_JOB: usize = 64;

/// One input, parsed and rendered.
struct Done {
    record: Vec<u8>,
    bytes: usize,
    /// Diagnostic codes (warnings and errors) of the document.
    diagnostics: Vec<(vanban::Severity, String)>,
    /// The failure's code, for a failed input.
    failed: Option<String>,
    /// The failure message, shown on standard error for a single input.
    message: Option<String>,
}

/// Runs `vanban parse`.
pub fn run(args: &ParseArgs, options: &vanban::Options) -> ExitCode {
    let single = is_single(&args.paths);
    let shape = match (args.format, single) {
        (None | Some(Format::Json), true) => Shape::Pretty,
        (None | Some(Format::Jsonl), _) => Shape::Lines,
        (Some(Format::Json), false) => Shape::Array,
        (Some(Format::Csv), _) => Shape::Csv { bom: args.bom },
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(io::BufWriter::with_capacity(1 << 16, f)),
            Err(e) => {
                eprintln!("vanban: cannot create {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout().lock())),
    };
    if single {
        // One input: no thread pool, no summary (start-up stays light).
        let Some(input) = Inputs::new(&args.paths, &args.glob).next() else {
            return ExitCode::from(2);
        };
        let done = process(&input, shape, options);
        if let (Some(code), Some(message)) = (&done.failed, &done.message) {
            eprintln!("vanban: {}: {message} [{code}]", input.name);
        }
        let written = out
            .write_all(shape.start())
            .and_then(|_| out.write_all(&done.record))
            .and_then(|_| out.write_all(shape.end(true)))
            .and_then(|_| out.flush());
        return exit(written, done.failed.is_some());
    }

    // A panic is reported on its file's line: keep the default hook silent.
    panic::set_hook(Box::new(|_| {}));
    let jobs = args.jobs.map(|j| j as usize).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("vanban: cannot start {jobs} threads: {e}");
            return ExitCode::from(2);
        }
    };
    let show_progress = !args.quiet
        && io::stderr().is_terminal()
        && (args.output.is_some() || !io::stdout().is_terminal());
    let bar = show_progress.then(|| progress_bar(Inputs::new(&args.paths, &args.glob).count()));

    let started = Instant::now();
    let mut summary = Summary::default();
    let chunk_size = jobs * CHUNK_PER_JOB;
    let result = out.write_all(shape.start());
    // One thread reads and parses chunk after chunk on the pool while this
    // one writes the chunk before: the pool never waits for the writing.
    // The channel holds one chunk, so at most three are alive at a time.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Done>>(1);
    let result = std::thread::scope(|scope| {
        let mut result = result;
        let pool = &pool;
        scope.spawn(move || {
            let mut inputs = Inputs::new(&args.paths, &args.glob);
            loop {
                let chunk: Vec<Input> = inputs.by_ref().take(chunk_size).collect();
                if chunk.is_empty() {
                    break;
                }
                let done: Vec<Done> = pool.install(|| {
                    chunk
                        .par_iter()
                        .map(|input| process(input, shape, options))
                        .collect()
                });
                if sender.send(done).is_err() {
                    break; // writing failed: the receiver is gone
                }
            }
        });
        for done in receiver {
            for d in &done {
                if summary.files > 0 {
                    result = result.and_then(|_| out.write_all(shape.separator()));
                }
                result = result.and_then(|_| out.write_all(&d.record));
                summary.add(d);
            }
            if let Some(bar) = &bar {
                bar.inc(done.len() as u64);
            }
            if result.is_err() {
                break;
            }
        }
        result
    });
    let result = result
        .and_then(|_| out.write_all(shape.end(summary.files > 0)))
        .and_then(|_| out.flush());
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if !args.quiet {
        eprint!("{}", summary.report(started.elapsed()));
    }
    exit(result, summary.failed > 0)
}

/// The exit code: 1 when writing failed or some input failed, else 0.
fn exit(written: io::Result<()>, failed: bool) -> ExitCode {
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("vanban: cannot write the output: {e}");
        }
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads, parses and renders one input.
fn process(input: &Input, shape: Shape, options: &vanban::Options) -> Done {
    let (outcome, bytes) = parse_one(input, options);
    // A JSON record is 1.1 to 2 times its input, and about 3 KB for the
    // first KB of a document (its fields and spans): reserved once, not
    // grown by doubling (up to 4 MiB; a larger one grows).
    let mut record = Vec::with_capacity(bytes.saturating_mul(2).saturating_add(4096).min(1 << 22));
    shape.record(&input.name, &outcome, &mut record);
    match outcome {
        Ok(doc) => Done {
            record,
            bytes,
            diagnostics: doc
                .diagnostics
                .into_iter()
                .filter(|d| d.severity >= vanban::Severity::Warning)
                .map(|d| (d.severity, d.code))
                .collect(),
            failed: None,
            message: None,
        },
        Err(f) => Done {
            record,
            bytes,
            diagnostics: Vec::new(),
            failed: Some(f.code),
            message: Some(f.message),
        },
    }
}

/// Reads and parses one input; a panic in the parser is a failure.
fn parse_one(input: &Input, options: &vanban::Options) -> (Outcome, usize) {
    let bytes = match input.read(options.max_input_bytes) {
        Ok(b) => b,
        Err(e) => return (Err(read_failure(e, options)), 0),
    };
    (parse_guarded(&bytes, options), bytes.len())
}

/// Parses bytes; a panic in the parser is a failure with code `panic`.
pub fn parse_guarded(bytes: &[u8], options: &vanban::Options) -> Outcome {
    guarded(|| vanban::parse_bytes_with(bytes, options))
}

/// Runs `parse`, turning its error or its panic into a [`Failure`].
fn guarded(parse: impl FnOnce() -> Result<vanban::Document, vanban::Error>) -> Outcome {
    match panic::catch_unwind(AssertUnwindSafe(parse)) {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(failure(e.code(), e.to_string())),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(failure(
                "panic",
                format!("the parser panicked (a bug in vanban): {what}"),
            ))
        }
    }
}

/// The failure of an input that could not be read.
pub fn read_failure(e: ReadError, options: &vanban::Options) -> Failure {
    match e {
        ReadError::Io(e) => failure("io", e.to_string()),
        ReadError::TooLarge(size) => {
            let e = vanban::Error::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
                limit: options.max_input_bytes,
            };
            failure(e.code(), e.to_string())
        }
    }
}

/// A failure with `code`.
pub fn failure(code: &str, message: String) -> Failure {
    Failure {
        code: code.to_string(),
        message,
    }
}

/// A progress bar on standard error with files/s and an ETA.
fn progress_bar(total: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total as u64),
        indicatif::ProgressDrawTarget::stderr_with_hz(8),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files  {rate}  ETA {eta}")
    {
        bar.set_style(style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} files/s", state.per_sec());
            },
        ));
    }
    bar
}

/// What a run did, for the closing summary.
#[derive(Default)]
struct Summary {
    files: usize,
    documents: usize,
    failed: usize,
    bytes: usize,
    warnings: BTreeMap<String, usize>,
    errors: BTreeMap<String, usize>,
}

impl Summary {
    fn add(&mut self, d: &Done) {
        self.files += 1;
        self.bytes += d.bytes;
        match &d.failed {
            Some(code) => {
                self.failed += 1;
                *self.errors.entry(code.clone()).or_default() += 1;
            }
            None => self.documents += 1,
        }
        for (severity, code) in &d.diagnostics {
            let map = if *severity >= vanban::Severity::Error {
                &mut self.errors
            } else {
                &mut self.warnings
            };
            *map.entry(code.clone()).or_default() += 1;
        }
    }

    /// The closing summary, a few lines for standard error.
    fn report(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-9);
        let mut s = format!(
            "vanban: {} files, {} documents, {} failed in {:.2} s ({:.0} files/s, {:.1} MB/s)\n",
            self.files,
            self.documents,
            self.failed,
            secs,
            self.files as f64 / secs,
            self.bytes as f64 / 1e6 / secs,
        );
        for (label, map) in [("warnings", &self.warnings), ("errors", &self.errors)] {
            if !map.is_empty() {
                let total: usize = map.values().sum();
                let each: Vec<String> = map.iter().map(|(c, n)| format!("{c} {n}")).collect();
                s.push_str(&format!("  {label} {total}: {}\n", each.join(", ")));
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_a_failure() {
        let f = guarded(|| panic!("boom at {}", 7)).err().unwrap();
        assert_eq!(f.code, "panic");
        assert_eq!(
            f.message,
            "the parser panicked (a bug in vanban): boom at 7"
        );
        let f = guarded(|| vanban::parse_bytes(b"\x00\x01")).err().unwrap();
        assert_eq!(f.code, "binary");
    }

    #[test]
    fn summary_counts_by_code() {
        let mut s = Summary::default();
        let ok = Done {
            record: Vec::new(),
            bytes: 1_000_000,
            diagnostics: vec![(vanban::Severity::Warning, "date.day_blank".into()); 2],
            failed: None,
            message: None,
        };
        let bad = Done {
            record: Vec::new(),
            bytes: 0,
            diagnostics: Vec::new(),
            failed: Some("io".into()),
            message: Some("gone".into()),
        };
        s.add(&ok);
        s.add(&bad);
        assert_eq!(
            s.report(Duration::from_secs(2)),
            "vanban: 2 files, 1 documents, 1 failed in 2.00 s (1 files/s, 0.5 MB/s)\n  warnings 2: date.day_blank 2\n  errors 1: io 1\n"
        );
    }
}
