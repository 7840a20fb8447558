//! Nothing lost: every non-blank line of every fixture lies inside the span
//! of some output item, and every span lies inside the input on character
//! boundaries.

use crate::common::{all_fixtures, fixture_bytes};

/// Every span of `doc`, from its JSON form (so that no field is forgotten).
pub fn spans(doc: &vanban::Document) -> Vec<(usize, usize)> {
    fn go(v: &serde_json::Value, key: Option<&str>, out: &mut Vec<(usize, usize)>) {
        match v {
            serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| go(x, Some(k), out)),
            serde_json::Value::Array(a) => {
                let pair = a.len() == 2 && a.iter().all(|x| x.is_u64());
                let is_span = key.is_some_and(|k| {
                    k == "span"
                        || matches!(
                            k,
                            "kind" | "place" | "date" | "subject" | "urgency" | "confidentiality"
                        )
                });
                if pair && is_span {
                    out.push((
                        a[0].as_u64().unwrap_or(0) as usize,
                        a[1].as_u64().unwrap_or(0) as usize,
                    ));
                } else {
                    a.iter().for_each(|x| go(x, key, out));
                }
            }
            _ => {}
        }
    }
    let v = serde_json::to_value(doc).unwrap_or_default();
    let mut out = Vec::new();
    go(&v, None, &mut out);
    out
}

/// The lines of `input` that hold some non-space byte and overlap no span.
pub fn uncovered(input: &[u8], spans: &[(usize, usize)]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for (no, line) in input.split(|&b| b == b'\n').enumerate() {
        let start = pos;
        let end = pos + line.len();
        pos = end + 1;
        let text = String::from_utf8_lossy(line);
        if text.trim().is_empty() {
            continue;
        }
        if !spans.iter().any(|&(s, e)| s < end && e > start) {
            out.push((no + 1, text.into_owned()));
        }
    }
    out
}

#[test]
fn every_line_of_every_fixture_is_covered() {
    let mut failures = Vec::new();
    for rel in all_fixtures() {
        let bytes = fixture_bytes(&rel);
        let Ok(doc) = vanban::parse_bytes(&bytes) else {
            continue;
        };
        let spans = spans(&doc);
        for (no, line) in uncovered(&bytes, &spans) {
            failures.push(format!("{rel}:{no}: {line}"));
        }
    }
    assert!(
        failures.is_empty(),
        "lines in no output span:\n{}",
        failures.join("\n")
    );
}

#[test]
fn spans_lie_inside_the_input_on_char_boundaries() {
    for rel in all_fixtures() {
        let bytes = fixture_bytes(&rel);
        let Ok(doc) = vanban::parse_bytes(&bytes) else {
            continue;
        };
        let text = std::str::from_utf8(&bytes).ok();
        for (s, e) in spans(&doc) {
            assert!(
                s <= e && e <= bytes.len(),
                "{rel}: span [{s}, {e}) outside {} bytes",
                bytes.len()
            );
            if let Some(t) = text {
                assert!(
                    t.is_char_boundary(s) && t.is_char_boundary(e),
                    "{rel}: span [{s}, {e}) off a char boundary"
                );
            }
        }
    }
}
