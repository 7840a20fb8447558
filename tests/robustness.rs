//! Never panic, nothing lost: the fixtures mutated at random (lines deleted,
//! duplicated, swapped; truncated at any byte; random Unicode inserted) and
//! in other encodings parse without panic, with every span inside the input
//! on character boundaries and every non-blank line covered by some span.
//! Also: binary input is refused, and the fuzzer's crashers stay fixed.

use proptest::prelude::*;

use crate::common::{SEEDS, all_fixtures, fixture_bytes};
use crate::coverage::{spans, uncovered};

/// Checks the three invariants on `bytes`; `Err` says which broke.
fn check(bytes: &[u8]) -> Result<(), String> {
    let Ok(doc) = vanban::parse_bytes(bytes) else {
        return Ok(()); // refused as binary: nothing to cover
    };
    let sp = spans(&doc);
    let text = std::str::from_utf8(bytes).ok();
    for &(s, e) in &sp {
        if s > e || e > bytes.len() {
            return Err(format!("span [{s}, {e}) outside {} bytes", bytes.len()));
        }
        if let Some(t) = text {
            if !t.is_char_boundary(s) || !t.is_char_boundary(e) {
                return Err(format!("span [{s}, {e}) off a char boundary"));
            }
        }
    }
    // Coverage is a line property of text: check it on UTF-8 inputs.
    if text.is_some() {
        // A line of nothing but invisible chars (a lone BOM) holds nothing to lose.
        let invisible = |l: &str| {
            l.chars().all(|c| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '\u{feff}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{ad}'
                    )
            })
        };
        let lost: Vec<_> = uncovered(bytes, &sp)
            .into_iter()
            .filter(|(_, l)| !invisible(l))
            .collect();
        if !lost.is_empty() {
            return Err(format!("lines in no span: {lost:?}"));
        }
    }
    Ok(())
}

fn seed_lines() -> impl Strategy<Value = Vec<String>> {
    (0..SEEDS.len()).prop_map(|i| {
        String::from_utf8_lossy(&fixture_bytes(SEEDS[i]))
            .lines()
            .map(str::to_string)
            .collect()
    })
}

/// A line edit: 0 delete, 1 duplicate, 2 swap with the next.
fn edit(lines: &mut Vec<String>, op: u8, at: usize) {
    if lines.is_empty() {
        return;
    }
    let i = at % lines.len();
    match op % 3 {
        0 => {
            lines.remove(i);
        }
        1 => {
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        _ => {
            if i + 1 < lines.len() {
                lines.swap(i, i + 1);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn line_edits_keep_the_invariants(
        lines in seed_lines(),
        edits in proptest::collection::vec((0u8..3, 0usize..1000), 0..12),
    ) {
        let mut lines = lines;
        for (op, at) in edits {
            edit(&mut lines, op, at);
        }
        let text = lines.join("\n");
        prop_assert_eq!(check(text.as_bytes()), Ok(()));
    }

    #[test]
    fn truncation_at_any_byte_keeps_the_invariants(seed in 0..SEEDS.len(), cut in 0usize..20_000) {
        let bytes = fixture_bytes(SEEDS[seed]);
        let cut = cut % (bytes.len() + 1);
        let part = bytes.get(..cut).unwrap_or(&bytes);
        // A cut inside a char leaves invalid UTF-8: it must still parse.
        let doc = vanban::parse_bytes(part);
        prop_assert!(doc.is_ok(), "{:?}", doc.err());
        if let Ok(valid) = std::str::from_utf8(part) {
            prop_assert_eq!(check(valid.as_bytes()), Ok(()));
        }
    }

    #[test]
    fn random_unicode_inserted_keeps_the_invariants(
        seed in 0..SEEDS.len(),
        inserts in proptest::collection::vec((0usize..20_000, any::<char>()), 1..16),
    ) {
        let mut text = String::from_utf8_lossy(&fixture_bytes(SEEDS[seed])).into_owned();
        for (at, c) in inserts {
            let at = crate::common::floor_boundary(&text, at % (text.len() + 1));
            text.insert(at, c);
        }
        prop_assert_eq!(check(text.as_bytes()), Ok(()));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = vanban::parse_bytes(&bytes);
        for enc in vanban::Encoding::ALL {
            let _ = vanban::parse_bytes_with(&bytes, &vanban::Options::new().encoding(enc));
        }
    }
}

#[test]
fn every_fixture_keeps_the_invariants() {
    for rel in all_fixtures() {
        assert_eq!(check(&fixture_bytes(&rel)), Ok(()), "{rel}");
    }
}

#[test]
fn binary_input_is_refused_fast() {
    let mut zip = b"PK\x03\x04".to_vec();
    zip.extend(std::iter::repeat_n(0x41u8, 1 << 20));
    let cases: [(&[u8], &str); 4] = [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG"),
        (&zip, "ZIP"),
        (b"\x7fELF\x02\x01\x01\0", "ELF"),
    ];
    for (bytes, what) in cases {
        let t = std::time::Instant::now();
        let e = vanban::parse_bytes(bytes).err();
        assert_eq!(e.as_ref().map(|e| e.code()), Some("binary"), "{what}");
        assert!(
            e.is_some_and(|e| e.to_string().contains(what)),
            "{what}: message names the format"
        );
        assert!(t.elapsed().as_millis() < 100, "{what}: refused slowly");
    }
}

/// Pathological shapes parse at all (timing is the benchmarks' job):
/// `n` lines of `line`.
pub fn repeated_lines(line: &str, n: usize) -> String {
    let mut s = String::with_capacity((line.len() + 1) * n);
    for _ in 0..n {
        s.push_str(line);
        s.push('\n');
    }
    s
}

#[test]
fn many_marker_lines_parse() {
    for line in ["-", "1.", "a)", "I.", "Điều 1.", "***", "Kính gửi:"] {
        let text = repeated_lines(line, 20_000);
        let doc = vanban::parse(&text);
        assert_eq!(check(text.as_bytes()), Ok(()), "{line}");
        drop(doc);
    }
}

/// (field name, value) pairs.
type Fields = Vec<(String, String)>;

/// The fields a damaged copy must keep, as `name = value` lines.
fn field_lines(doc: &vanban::Document) -> Fields {
    let mut f = vec![
        ("kind".to_string(), format!("{:?}", doc.kind)),
        (
            "issuer".to_string(),
            doc.issuer
                .as_ref()
                .map(|i| i.name.clone())
                .unwrap_or_default(),
        ),
        (
            "reference".to_string(),
            doc.reference
                .as_ref()
                .map(|r| format!("{:?} {:?}", r.number, r.symbol))
                .unwrap_or_default(),
        ),
        ("place".to_string(), doc.place.clone().unwrap_or_default()),
        ("date".to_string(), format!("{:?}", doc.date)),
        (
            "subject".to_string(),
            doc.subject.clone().unwrap_or_default(),
        ),
        (
            "addressees".to_string(),
            doc.addressees
                .iter()
                .map(|a| a.text.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        ),
        (
            "tasks".to_string(),
            crate::common::task_paths(&doc.tasks).join(" ; "),
        ),
        (
            "signer".to_string(),
            doc.signer
                .as_ref()
                .and_then(|s| s.name.clone())
                .unwrap_or_default(),
        ),
        ("recipients".to_string(), doc.recipients.len().to_string()),
    ];
    f.iter_mut()
        .for_each(|(_, v)| *v = v.split_whitespace().collect::<Vec<_>>().join(" "));
    f
}

/// Lowercase, tone-less, letters and digits only: for damage that changes
/// the printed form but not the words (tone placement, capitals, breaks).
fn folded(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let t: String = s
        .nfd()
        .filter(|c| !matches!(c, '\u{300}'..='\u{36f}'))
        .map(|c| match c {
            'Đ' | 'đ' | 'Ð' | 'ð' => 'd',
            c if c.is_alphanumeric() => c.to_lowercase().next().unwrap_or(c),
            _ => ' ',
        })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each damaged fixture keeps its seed's fields.
///
/// Compared exactly (normalisation undoes the damage): `nfd`, `eth` (`Ð`),
/// `nbsp`, `zero_width`, `crlf`, `cr`, `html` (entities and tags),
/// `markdown`. Compared folded (lowercase, tone-less: strings are kept as
/// printed): `tones` (`hoà`/`hòa`), `caps`. `page_marks` is the
/// `fixed_width` text with page marks between pages: compared exactly with
/// `fixed_width` (the marks change nothing). What `fixed_width`,
/// `hyphenated` and `caps` still break is listed in `KNOWN` with the field,
/// and reported to the stages' owners.
#[test]
fn damaged_fixtures_keep_the_seed_fields() {
    const EXACT: &[&str] = &[
        "nfd",
        "eth",
        "nbsp",
        "zero_width",
        "crlf",
        "cr",
        "html",
        "markdown",
    ];
    const FOLDED: &[&str] = &["tones", "caps", "fixed_width", "hyphenated"];
    let mut failures = Vec::new();
    for seed in SEEDS
        .iter()
        .filter(|s| s.contains("/000_") || s.contains("/004_"))
    {
        let want = field_lines(&crate::common::parse_fixture(seed));
        let short = &seed["seeds/".len().."seeds/".len() + 3];
        let damaged = |d: &str| {
            field_lines(&crate::common::parse_fixture(&format!(
                "damaged/{short}.{d}.txt"
            )))
        };
        let mut cases: Vec<(&str, Fields, bool)> = Vec::new();
        for d in EXACT {
            cases.push((d, damaged(d), false));
        }
        for d in FOLDED {
            cases.push((d, damaged(d), true));
        }
        for (d, got, fold) in cases {
            for ((name, g), (_, w)) in got.iter().zip(&want) {
                let same = if fold { folded(g) == folded(w) } else { g == w };
                if !same && !KNOWN.contains(&(short, d, name.as_str())) {
                    failures.push(format!("{short}.{d} {name}:\n  got  {g}\n  want {w}"));
                }
            }
        }
        let fixed = damaged("fixed_width");
        let marked = damaged("page_marks");
        for ((name, g), (_, w)) in marked.iter().zip(&fixed) {
            if g != w {
                failures.push(format!(
                    "{short}.page_marks {name}:\n  got  {g}\n  want {w}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (seed, damage, field) that the stages do not yet recover; see the report.
const KNOWN: &[(&str, &str, &str)] = &[];

/// The fuzzer's corpus (minimised, inputs under 2 KB kept in git) and any
/// crasher saved beside it keep the invariants. The runs found no crash so
/// far (see `fuzz/README.md`); a crasher's bytes go in `CRASHERS`.
#[test]
fn fuzz_corpus_and_crashers_stay_fixed() {
    const CRASHERS: &[&[u8]] = &[
        // Shapes close to what the fuzzer explores: a lone BOM, an odd UTF-16
        // length, a cut entity and tag, a page mark with nothing after it.
        b"\xFF\xFE\x41",
        b"\xEF\xBB\xBF",
        b"\xFE\xFF\xD8\x00",
        b"&#x110000; &#; &amp <p",
        b"- 2 -",
        b"2\n",
        b"\r\r\n\r",
    ];
    for bytes in CRASHERS {
        assert_eq!(check(bytes), Ok(()), "{bytes:?}");
    }
    let dir = crate::common::root().join("fuzz/corpus/parse_bytes");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut n = 0;
    for e in entries.flatten() {
        if let Ok(bytes) = std::fs::read(e.path()) {
            assert_eq!(check(&bytes), Ok(()), "{}", e.path().display());
            n += 1;
        }
    }
    assert!(n > 0, "empty fuzz corpus");
}
