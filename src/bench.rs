//! Hooks for the benchmarks in `benches/` (hidden; not part of the API).
//!
//! Takes: an input and a stage name. Returns: the time `iters` runs of that
//! stage alone took, its inputs (the earlier stages' results) computed once
//! beforehand, for criterion's `iter_custom`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use crate::span::SourceMap;
use crate::{
    addressees, citations, closing, dates, deadlines, decode, header, lines, normalize, tasks,
};

/// The stages, in pipeline order.
pub const STAGES: &[&str] = &[
    "decode",
    "normalize",
    "lines",
    "header",
    "closing_start",
    "addressees",
    "tasks",
    "citations",
    "date_scan",
    "deadlines",
    "closing",
];

/// Times `iters` runs of `stage` on `input` (UTF-8 bytes). `None` for an
/// unknown stage or an input that does not decode.
pub fn time_stage(stage: &str, input: &[u8], iters: u64) -> Option<Duration> {
    let decoded = decode::decode(input, decode::Encoding::Auto).ok()?;
    let text = normalize::normalize(&decoded.text, &mut SourceMap::default());
    let mut lines = lines::split(&text);
    lines::blank_page_marks(&mut lines);
    let h = header::extract(&lines);
    let closing_start = closing::find_start(&lines, h.body_start).max(h.body_start);
    let body = lines.get(h.body_start..closing_start).unwrap_or(&[]);
    let (_, used, _) = addressees::extract(body);
    let body_after = body.get(used..).unwrap_or(&[]);
    let closing_lines = lines.get(closing_start..).unwrap_or(&[]);
    let (joined, base) = dates::join(body_after);
    let doc = crate::parse(&decoded.text);
    let start = Instant::now();
    for _ in 0..iters {
        match stage {
            "decode" => drop(black_box(decode::decode(
                black_box(input),
                decode::Encoding::Auto,
            ))),
            "normalize" => drop(black_box(normalize::normalize(
                black_box(&decoded.text),
                &mut SourceMap::default(),
            ))),
            "lines" => {
                let mut l = lines::split(black_box(&text));
                lines::blank_page_marks(&mut l);
                drop(black_box(l));
            }
            "header" => drop(black_box(header::extract(black_box(&lines)))),
            "closing_start" => drop(black_box(closing::find_start(
                black_box(&lines),
                h.body_start,
            ))),
            "addressees" => drop(black_box(addressees::extract(black_box(body)))),
            "tasks" => drop(black_box(tasks::extract(black_box(body_after), &doc))),
            "citations" => drop(black_box(citations::extract(
                black_box(&joined),
                base,
                &doc,
            ))),
            "date_scan" => drop(black_box(dates::scan(black_box(&joined)))),
            "deadlines" => drop(black_box(deadlines::extract(
                black_box(&joined),
                base,
                &doc,
            ))),
            "closing" => drop(black_box(closing::extract(black_box(closing_lines)))),
            _ => return None,
        }
    }
    Some(start.elapsed())
}
