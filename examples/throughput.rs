//! Quick throughput check: `cargo run --release --example throughput [DIR]`.
//! (The criterion benchmarks in `benches/` are the reference measurements.)

use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fixtures/seeds".to_string());
    let mut docs = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                if let Ok(b) = std::fs::read(e.path()) {
                    docs.push(b);
                }
            }
        }
    }
    let bytes: usize = docs.iter().map(Vec::len).sum();
    let rounds = (100_000_000 / bytes.max(1)).max(1);
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for d in &docs {
            if let Ok(doc) = vanban::parse_bytes(d) {
                n += doc.body.len();
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let count = rounds * docs.len();
    println!(
        "{count} documents, {:.1} MB in {secs:.2}s: {:.0} documents/s, {:.1} MB/s ({n})",
        (rounds * bytes) as f64 / 1e6,
        count as f64 / secs,
        (rounds * bytes) as f64 / 1e6 / secs
    );
}
