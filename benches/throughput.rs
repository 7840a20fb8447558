//! In-memory throughput, printed as table rows (no criterion: one figure per
//! line, for the README and side by side with the Python baseline).
//!
//! ```text
//! cargo bench --bench throughput -- mem DIR MB RUNS   # docs/s and MB/s, one core
//! cargo bench --bench throughput -- sizes DIR [MAX_MB] # time per MB from 1 KB to MAX_MB (100)
//! cargo bench --bench throughput -- lines [MAX_LINES]   # pathological lists: time per line, 1,000 .. MAX_LINES (1,000,000)
//! cargo bench --bench throughput -- stages DIR [ITERS]  # µs per stage per document (quick; criterion: benches/stages.rs)
//! ```
//!
//! `mem` does what `baseline.py mem` does, with the whole extractor: the
//! `.txt` files of DIR repeated to MB megabytes, parsed from bytes and
//! serialised to JSON, one warm-up pass then RUNS timed passes.

use std::path::Path;

// The allocator the `vanban` binary uses.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

fn main() {
    // `cargo bench` adds `--bench`; keep only the positional arguments.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.into());
    let default_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds");
    match args.first().map(String::as_str) {
        Some("mem") | None => mem(
            Path::new(&arg(1, default_dir)),
            arg(2, "20").parse().unwrap_or(20.0),
            arg(3, "3").parse().unwrap_or(3),
        ),
        Some("sizes") => sizes(
            Path::new(&arg(1, default_dir)),
            arg(2, "100").parse().unwrap_or(100.0),
        ),
        Some("lines") => lines(arg(1, "1000000").parse().unwrap_or(1_000_000)),
        Some("stages") => stages(
            Path::new(&arg(1, default_dir)),
            arg(2, "300").parse().unwrap_or(300),
        ),
        Some(other) => {
            eprintln!(
                "throughput: unknown mode {other:?} (mem DIR MB RUNS | sizes DIR [MAX_MB] | lines [MAX_LINES] | stages DIR [ITERS])"
            );
            std::process::exit(2);
        }
    }
}

/// The `.txt` files of `dir`, sorted.
fn seeds(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// The whole extractor: bytes to document to JSON (as the CLI writes it).
/// Returns the JSON length.
fn extract(bytes: &[u8]) -> usize {
    match vanban::parse_bytes(bytes) {
        Ok(doc) => {
            // As the CLI does: room for the record reserved up front.
            let mut out = Vec::with_capacity(
                bytes
                    .len()
                    .saturating_mul(2)
                    .saturating_add(4096)
                    .min(1 << 22),
            );
            doc.write_json(&mut out);
            out.len()
        }
        Err(_) => 0,
    }
}

fn mem(dir: &Path, target_mb: f64, runs: usize) {
    let seeds = seeds(dir);
    let mut docs: Vec<&[u8]> = Vec::new();
    let mut total = 0usize;
    while (total as f64) < target_mb * 1e6 {
        let s = &seeds[docs.len() % seeds.len()];
        docs.push(s);
        total += s.len();
    }
    let mut times = Vec::new();
    let mut check = None;
    for run in 0..=runs {
        let t = Instant::now();
        let n: usize = docs.iter().map(|d| extract(d)).sum();
        let e = t.elapsed().as_secs_f64();
        assert_eq!(*check.get_or_insert(n), n, "output changed between runs");
        if run > 0 {
            times.push(e);
        }
    }
    times.sort_by(f64::total_cmp);
    let k = times.len();
    let med = (times[(k - 1) / 2] + times[k / 2]) / 2.0;
    let (lo, hi) = (times[0], times[k - 1]);
    let mb = total as f64 / 1e6;
    let n = docs.len() as f64;
    println!(
        "| vanban parse_bytes + JSON, in memory, 1 thread, {} docs ({mb:.1} MB) | {runs} | {:.1} | {:.1}-{:.1} | {:.0} | {:.0}-{:.0} | {} |",
        docs.len(),
        mb / med,
        mb / hi,
        mb / lo,
        n / med,
        n / hi,
        n / lo,
        check.unwrap_or(0),
    );
}

/// One document of `size` bytes (to a character): the seeds one after the
/// other, repeated, cut at a character boundary.
fn document(seeds: &[Vec<u8>], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + 64 * 1024);
    for s in seeds.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.extend_from_slice(s);
        out.push(b'\n');
    }
    let mut cut = size.min(out.len());
    while cut > 0 && out.get(cut).is_some_and(|&b| b & 0xC0 == 0x80) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn sizes(dir: &Path, max_mb: f64) {
    let seeds = seeds(dir);
    println!("| document size | runs | ms per run | ms per MB | MB/s |");
    println!("|---|---|---|---|---|");
    let mut per_mb = Vec::new();
    let mut size = 1_000usize;
    while size as f64 <= max_mb * 1e6 + 1.0 {
        let doc = document(&seeds, size);
        extract(&doc); // warm-up
        let (mut runs, start) = (0u32, Instant::now());
        while runs < 3 || start.elapsed().as_secs_f64() < 1.0 {
            std::hint::black_box(extract(&doc));
            runs += 1;
        }
        let per_run = start.elapsed().as_secs_f64() / f64::from(runs);
        let mb = doc.len() as f64 / 1e6;
        per_mb.push(per_run * 1e3 / mb);
        println!(
            "| {} bytes | {runs} | {:.3} | {:.2} | {:.1} |",
            doc.len(),
            per_run * 1e3,
            per_run * 1e3 / mb,
            mb / per_run
        );
        size *= 10;
    }
    let max = per_mb.iter().copied().fold(f64::MIN, f64::max);
    let min = per_mb.iter().copied().fold(f64::MAX, f64::min);
    println!(
        "time per MB, largest / smallest across sizes: {:.2} (target: within 2x)",
        max / min
    );
}

/// Pathological and long lists: N lines of "-", of "1.", and N numbered
/// items with text (a 10,000-item document is about 1 MB), for N from 1,000
/// to `max`. Time per line should stay flat (linear time) and nothing blows up.
fn lines(max: usize) {
    type Make = fn(usize) -> String;
    let shapes: [(&str, Make); 3] = [
        ("`-`", |_| "-\n".to_string()),
        ("`1.`", |_| "1.\n".to_string()),
        ("numbered items with text", |i| {
            format!(
                "{}. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện nội dung số {i}; báo cáo trước ngày 30/12/2021.\n",
                i + 1
            )
        }),
    ];
    // Warm up: the regexes compile on first use, not in the first timing.
    for seed in seeds(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/seeds"
    ))) {
        extract(&seed);
    }
    println!("| input | lines | MB | ms | µs per line |");
    println!("|---|---|---|---|---|");
    for (name, make) in shapes {
        let mut per_line = Vec::new();
        let mut n = 1_000usize;
        while n <= max {
            let mut doc = String::from("Chủ tịch UBND tỉnh yêu cầu:\n");
            for i in 0..n {
                doc.push_str(&make(i));
            }
            let start = Instant::now();
            std::hint::black_box(extract(doc.as_bytes()));
            let secs = start.elapsed().as_secs_f64();
            per_line.push(secs * 1e6 / n as f64);
            println!(
                "| {name} | {n} | {:.1} | {:.1} | {:.3} |",
                doc.len() as f64 / 1e6,
                secs * 1e3,
                secs * 1e6 / n as f64
            );
            n *= 10;
        }
        let max = per_line.iter().copied().fold(f64::MIN, f64::max);
        let min = per_line.iter().copied().fold(f64::MAX, f64::min);
        println!(
            "{name}: time per line, largest / smallest: {:.2}",
            max / min
        );
    }
}

/// µs per document of each stage alone (and of the whole extractor), the
/// documents of `dir` taken in turn (as in a real run: no document twice in
/// a row, so the branch predictor cannot learn one), `iters` rounds, the
/// best of five: a quick view of where the time goes.
fn stages(dir: &Path, iters: u64) {
    let docs = seeds(dir);
    println!("| stage | µs per document (best of 5 rounds) |");
    println!("|---|---|");
    let stage_names = vanban::bench::STAGES
        .iter()
        .copied()
        .chain(["parse (no JSON)", "whole"]);
    for stage in stage_names {
        let round = || {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iters {
                for d in &docs {
                    total += if stage == "whole" {
                        let start = Instant::now();
                        std::hint::black_box(extract(d));
                        start.elapsed()
                    } else if stage.starts_with("parse") {
                        let start = Instant::now();
                        drop(std::hint::black_box(vanban::parse_bytes(d)));
                        start.elapsed()
                    } else {
                        vanban::bench::time_stage(stage, d, 1).unwrap_or_default()
                    };
                }
            }
            total.as_secs_f64() * 1e6 / (iters as f64 * docs.len() as f64)
        };
        let best = (0..5).map(|_| round()).fold(f64::MAX, f64::min);
        println!("| {stage} | {best:.1} |");
    }
}
