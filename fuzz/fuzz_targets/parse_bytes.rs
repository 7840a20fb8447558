//! Any bytes: `parse_bytes` must not panic, every span must lie inside the
//! input, and `Document::write_json` must write what serde_json writes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = vanban::parse_bytes(data) {
        let json = spans(&doc);
        for (s, e) in json {
            assert!(s <= e && e <= data.len(), "span [{s}, {e}) outside {} bytes", data.len());
        }
        let mut ours = Vec::new();
        doc.write_json(&mut ours);
        assert_eq!(ours, serde_json::to_vec(&doc).unwrap_or_default());
    }
});

/// The spans of the body paragraphs and diagnostics.
fn spans(doc: &vanban::Document) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in &doc.body {
        out.push((p.span.start, p.span.end));
    }
    for d in &doc.diagnostics {
        if let Some(s) = d.span {
            out.push((s.start, s.end));
        }
    }
    out
}
