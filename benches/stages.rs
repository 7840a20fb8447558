//! Criterion benchmarks: each pipeline stage alone and the whole parse, on
//! each seed fixture, and the whole parse on a corpus of the seeds repeated
//! to `VANBAN_BENCH_MB` megabytes (default 100). Throughput in bytes (MB/s);
//! the `docs` group reports documents/s (elements) for the seed mix.
//!
//! ```text
//! cargo bench --bench stages                      # everything
//! cargo bench --bench stages -- 'stage/'          # the stages alone
//! VANBAN_BENCH_MB=10 cargo bench --bench stages -- corpus
//! ```

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seed fixtures (or `VANBAN_BENCH_DIR`'s `.txt` files), sorted, named.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = std::env::var("VANBAN_BENCH_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seeds").into());
    let mut paths: Vec<_> = std::fs::read_dir(Path::new(&dir))
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy();
            let short = name.split('_').next().unwrap_or(&name).to_string();
            (short, std::fs::read(p).unwrap())
        })
        .collect()
}

/// The whole extractor: bytes to document to JSON.
fn whole(bytes: &[u8]) -> usize {
    match vanban::parse_bytes(bytes) {
        Ok(doc) => serde_json::to_vec(&doc).map_or(0, |v| v.len()),
        Err(_) => 0,
    }
}

fn stages(c: &mut Criterion) {
    let seeds = seeds();
    for stage in vanban::bench::STAGES {
        let mut g = c.benchmark_group(format!("stage/{stage}"));
        for (name, bytes) in &seeds {
            g.throughput(Throughput::Bytes(bytes.len() as u64));
            g.bench_function(name.as_str(), |b| {
                b.iter_custom(|iters| {
                    vanban::bench::time_stage(stage, bytes, iters).unwrap_or_default()
                })
            });
        }
        g.finish();
    }
    let mut g = c.benchmark_group("parse");
    for (name, bytes) in &seeds {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(format!("{name}/document"), |b| {
            b.iter(|| vanban::parse_bytes(black_box(bytes)))
        });
        g.bench_function(format!("{name}/json"), |b| {
            b.iter(|| whole(black_box(bytes)))
        });
    }
    g.finish();
    // Documents per second over the seed mix: one iteration parses each seed once.
    let mut g = c.benchmark_group("docs");
    g.throughput(Throughput::Elements(seeds.len() as u64));
    g.bench_function("seed_mix/json", |b| {
        b.iter(|| {
            seeds
                .iter()
                .map(|(_, s)| whole(black_box(s)))
                .sum::<usize>()
        })
    });
    g.finish();
}

fn corpus(c: &mut Criterion) {
    let seeds = seeds();
    let mb: f64 = std::env::var("VANBAN_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100.0);
    let mut docs: Vec<&[u8]> = Vec::new();
    let mut total = 0usize;
    while (total as f64) < mb * 1e6 {
        let s = &seeds[docs.len() % seeds.len()].1;
        docs.push(s);
        total += s.len();
    }
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function(format!("{}_docs_{mb}MB/json", docs.len()), |b| {
        b.iter(|| docs.iter().map(|d| whole(black_box(d))).sum::<usize>())
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = stages, corpus
}
criterion_main!(benches);
