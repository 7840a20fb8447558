//! The seeds against their gold readings (`fixtures/seeds/gold`), field by
//! field, compared as `shared/tools/score.py` compares them.

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::common::{SEEDS, parse_fixture, root};

/// score.py's `fold`: NFC, Ð -> Đ, markdown marks dropped, white space folded,
/// trailing `;,.:` dropped, lower case.
fn fold(s: &str) -> String {
    let s: String = s.nfc().collect::<String>().replace('\u{d0}', "\u{110}");
    let s: String = s.chars().filter(|c| !matches!(c, '*' | '_')).collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s
        .trim()
        .trim_matches(|c| matches!(c, ';' | ',' | '.' | ':'))
        .trim();
    s.to_lowercase()
}

/// score.py's `ascii_code`.
fn ascii_code(s: &str) -> String {
    let s: String = s
        .nfc()
        .collect::<String>()
        .replace('\u{d0}', "\u{110}")
        .to_lowercase()
        .replace('đ', "d");
    let s: String = s
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect();
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

fn gold(seed: &str) -> Value {
    let name = seed.trim_start_matches("seeds/").replace(".txt", ".json");
    let p = root().join("fixtures/seeds/gold").join(name);
    let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn ostr(v: &Value) -> Option<String> {
    v.as_str().map(fold)
}

/// The folded strings of a JSON array of strings.
fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(ostr)
        .collect()
}

/// A task tree (gold's or ours, as JSON) flattened as score.py does: label
/// paths, bullets numbered among their siblings ("-1", "-2").
fn gold_tasks(v: &Value, prefix: &str, out: &mut Vec<String>) {
    let mut counters = std::collections::HashMap::new();
    for t in v.as_array().into_iter().flatten() {
        let mut label = fold(t["label"].as_str().unwrap_or(""));
        if ["-", "+", "•", "*"].contains(&label.as_str()) {
            let n = counters.entry(label.clone()).or_insert(0);
            *n += 1;
            label = format!("{label}{n}");
        }
        let p = if prefix.is_empty() {
            label
        } else {
            format!("{prefix} > {label}")
        };
        out.push(p.clone());
        gold_tasks(&t["children"], &p, out);
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn header_fields_match_gold() {
    for seed in SEEDS {
        let g = gold(seed);
        let d = parse_fixture(seed);
        let r = d.reference.as_ref();
        assert_eq!(
            d.kind.map(|k| k.code().to_string()),
            g["kind"].as_str().map(ascii_code),
            "{seed}: kind"
        );
        assert_eq!(
            d.issuer.as_ref().map(|i| fold(&i.name)),
            ostr(&g["issuer"]),
            "{seed}: issuer"
        );
        assert_eq!(
            d.issuer
                .as_ref()
                .and_then(|i| i.parent.as_deref())
                .map(fold),
            ostr(&g["issuer_parent"]),
            "{seed}: issuer_parent"
        );
        assert_eq!(
            r.and_then(|r| r.number.as_deref()).map(fold),
            ostr(&g["number"]),
            "{seed}: number"
        );
        assert_eq!(
            r.and_then(|r| r.year).map(i64::from),
            g["year"].as_i64(),
            "{seed}: year"
        );
        assert_eq!(
            r.and_then(|r| r.symbol.as_deref()).map(fold),
            ostr(&g["symbol"]),
            "{seed}: symbol"
        );
        assert_eq!(
            d.place.as_deref().map(fold),
            ostr(&g["place"]),
            "{seed}: place"
        );
        assert_eq!(
            d.date.map(|x| x.to_string()),
            g["date"].as_str().map(String::from),
            "{seed}: date"
        );
        assert_eq!(
            d.subject.as_deref().map(fold),
            ostr(&g["subject"]),
            "{seed}: subject"
        );
        assert_eq!(
            d.urgency.map(|u| serde_json::to_value(u)
                .unwrap_or_default()
                .as_str()
                .unwrap_or("")
                .to_string()),
            g["urgency"].as_str().map(ascii_code),
            "{seed}: urgency"
        );
    }
}

#[test]
fn addressees_match_gold() {
    for seed in SEEDS {
        let g = gold(seed);
        let d = parse_fixture(seed);
        let want: Vec<String> = strings(&g["addressees"]);
        let got: Vec<String> = d.addressees.iter().map(|a| fold(&a.text)).collect();
        assert_eq!(got, want, "{seed}: addressees");
    }
}

#[test]
fn task_trees_match_gold() {
    for seed in SEEDS {
        let g = gold(seed);
        let d = parse_fixture(seed);
        let mut want = Vec::new();
        gold_tasks(&g["tasks"], "", &mut want);
        let mut got = Vec::new();
        gold_tasks(
            &serde_json::to_value(&d.tasks).unwrap_or_default(),
            "",
            &mut got,
        );
        assert_eq!(got, want, "{seed}: tasks");
    }
}

#[test]
fn deadlines_match_gold() {
    for seed in SEEDS {
        let g = gold(seed);
        let d = parse_fixture(seed);
        let want: Vec<String> = g["deadlines"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|x| {
                format!(
                    "{} @ {}",
                    x["date"].as_str().unwrap_or(""),
                    x["task"].as_str().map(fold).unwrap_or_default()
                )
            })
            .collect();
        let got: Vec<String> = d
            .deadlines
            .iter()
            .filter_map(|x| {
                Some(format!(
                    "{} @ {}",
                    x.date?,
                    fold(&x.task.clone().unwrap_or_default().join(" > "))
                ))
            })
            .collect();
        assert_eq!(sorted(got), sorted(want), "{seed}: deadlines");
    }
}

#[test]
fn citations_match_gold() {
    for seed in SEEDS {
        let g = gold(seed);
        let d = parse_fixture(seed);
        let mut want: Vec<String> = g["citations"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    c["kind"].as_str().map(ascii_code).unwrap_or_default(),
                    ostr(&c["number"]).unwrap_or_default(),
                    ostr(&c["symbol"]).unwrap_or_default(),
                    c["date"].as_str().unwrap_or("")
                )
            })
            .collect();
        let mut got: Vec<String> = d
            .citations
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} {}",
                    c.kind.map(|k| k.code()).unwrap_or(""),
                    c.number.as_deref().map(fold).unwrap_or_default(),
                    c.symbol.as_deref().map(fold).unwrap_or_default(),
                    c.date.map(|x| x.to_string()).unwrap_or_default()
                )
            })
            .collect();
        want.sort();
        want.dedup();
        got.sort();
        got.dedup();
        assert_eq!(got, want, "{seed}: citations");
    }
}

#[test]
fn closing_matches_gold() {
    for seed in SEEDS {
        let g = gold(seed);
        let d = parse_fixture(seed);
        let want: Vec<String> = strings(&g["recipients"]);
        let got: Vec<String> = d.recipients.iter().map(|r| fold(&r.text)).collect();
        assert_eq!(got, want, "{seed}: recipients");
        let gs = &g["signer"];
        let s = d.signer.as_ref();
        let want_auth: Vec<String> = strings(&gs["authority"]);
        let got_auth: Vec<String> = s
            .map(|s| {
                s.authority
                    .iter()
                    .map(|a| fold(&format!("{}. {}", a.prefix, a.title)))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(got_auth, want_auth, "{seed}: signer authority");
        assert_eq!(
            s.and_then(|s| s.title.as_deref()).map(fold),
            ostr(&gs["title"]),
            "{seed}: signer title"
        );
        assert_eq!(
            s.and_then(|s| s.name.as_deref()).map(fold),
            ostr(&gs["name"]),
            "{seed}: signer name"
        );
    }
}
