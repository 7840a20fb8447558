//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bytes of `fixtures/<rel>`.
pub fn fixture_bytes(rel: &str) -> Vec<u8> {
    let p = root().join("fixtures").join(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// The text of `fixtures/<rel>`.
pub fn fixture(rel: &str) -> String {
    String::from_utf8(fixture_bytes(rel)).unwrap_or_else(|e| panic!("{rel} is not UTF-8: {e}"))
}

/// `fixtures/<rel>` parsed from its bytes.
pub fn parse_fixture(rel: &str) -> vanban::Document {
    vanban::parse_bytes(&fixture_bytes(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every `.txt` file under `fixtures/`, sorted, relative to `fixtures/`.
pub fn all_fixtures() -> Vec<String> {
    let base = root().join("fixtures");
    let mut out = Vec::new();
    walk(&base, &base, &mut out);
    out.sort();
    out
}

fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(base, &p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            if let Ok(rel) = p.strip_prefix(base) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// The five seed documents, relative to `fixtures/`.
pub const SEEDS: [&str; 5] = [
    "seeds/000_1d9eea9674fe7869.txt",
    "seeds/001_0f55bd47cdb4da72.txt",
    "seeds/002_2a273c811392d444.txt",
    "seeds/003_1d4724909cfe222f.txt",
    "seeds/004_f9f8bb238912a5b7.txt",
];

/// The labels of a task tree, as "1 > 1.1" paths, depth first.
pub fn task_paths(tasks: &[vanban::Task]) -> Vec<String> {
    fn go(ts: &[vanban::Task], prefix: &str, out: &mut Vec<String>) {
        for t in ts {
            let p = if prefix.is_empty() {
                t.label.clone()
            } else {
                format!("{prefix} > {}", t.label)
            };
            out.push(p.clone());
            go(&t.children, &p, out);
        }
    }
    let mut out = Vec::new();
    go(tasks, "", &mut out);
    out
}

/// The input text under `span`.
pub fn at(input: &str, span: vanban::Span) -> &str {
    input
        .get(span.start..span.end)
        .unwrap_or_else(|| panic!("span {span:?} outside the input or off a char boundary"))
}

/// The largest char boundary of `s` at or before `i` (`str::floor_char_boundary`
/// is newer than the crate's minimum Rust).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}
