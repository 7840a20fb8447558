//! Tests of the `vanban` binary: batch output, failures, exit codes, CSV,
//! standard input, `check`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::root;

const SEED_A: &str = "seeds/000_1d9eea9674fe7869.txt";
const SEED_B: &str = "seeds/003_1d4724909cfe222f.txt";

/// A fresh empty folder for one test.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vanban-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn put(dir: &Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

fn seed(rel: &str) -> Vec<u8> {
    std::fs::read(root().join("fixtures").join(rel)).unwrap()
}

fn vanban(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// A folder: two documents (one in a sub-folder), a binary file, a file the
/// glob leaves out.
fn archive(name: &str) -> PathBuf {
    let dir = temp(name);
    put(&dir, "b.txt", &seed(SEED_B));
    put(&dir, "a/z.txt", &seed(SEED_A));
    put(&dir, "bin.txt", b"\x00\x01\x02PK");
    put(&dir, "notes.md", b"not taken");
    dir
}

#[test]
fn one_file_is_one_pretty_document_without_path() {
    let path = root().join("fixtures").join(SEED_A);
    let o = vanban(&["parse", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let expected = serde_json::to_string_pretty(&vanban::parse_bytes(&seed(SEED_A)).unwrap());
    assert_eq!(stdout(&o), expected.unwrap() + "\n");
    assert!(o.stderr.is_empty(), "no summary for one file");
}

#[test]
fn folder_is_json_lines_in_path_order_with_relative_paths() {
    let dir = archive("order");
    let o = vanban(&["parse", dir.to_str().unwrap(), "--quiet"]);
    assert_eq!(o.status.code(), Some(1), "one file failed");
    assert!(o.stderr.is_empty(), "--quiet");
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    let paths: Vec<String> = lines
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["path"].to_string())
        .collect();
    assert_eq!(paths, [r#""a/z.txt""#, r#""b.txt""#, r#""bin.txt""#]);
    // "path" first, then the document's fields in their own order.
    let plain = serde_json::to_string(&vanban::parse_bytes(&seed(SEED_A)).unwrap()).unwrap();
    assert_eq!(lines[0], format!(r#"{{"path":"a/z.txt",{}"#, &plain[1..]));
    assert_eq!(
        lines[2],
        r#"{"path":"bin.txt","error":{"code":"binary","message":"input is binary data (NUL bytes), not text"}}"#
    );
}

#[test]
fn output_is_the_same_whatever_the_jobs() {
    let dir = temp("jobs");
    for i in 0..300 {
        let s = if i % 2 == 0 { SEED_A } else { SEED_B };
        put(&dir, &format!("d{}/{i:04}.txt", i % 7), &seed(s));
    }
    let one = vanban(&["parse", dir.to_str().unwrap(), "-q", "--jobs", "1"]);
    let two = vanban(&["parse", dir.to_str().unwrap(), "-q", "--jobs", "2"]);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(stdout(&one), stdout(&two));
    let out = stdout(&one);
    let paths: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["path"].to_string())
        .collect();
    assert_eq!(paths.len(), 300);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn glob_chooses_the_files_of_folders() {
    let dir = archive("glob");
    let o = vanban(&["parse", dir.to_str().unwrap(), "-q", "--glob", "*.md"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["path"], "notes.md");
}

#[test]
fn missing_file_is_an_io_line_and_exit_1() {
    let dir = temp("missing");
    let a = dir.join("a.txt");
    std::fs::write(&a, seed(SEED_A)).unwrap();
    let gone = dir.join("gone.txt");
    let o = vanban(&["parse", a.to_str().unwrap(), gone.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let last: serde_json::Value = serde_json::from_str(out.lines().nth(1).unwrap()).unwrap();
    assert_eq!(last["error"]["code"], "io");
    assert_eq!(last["path"], gone.to_str().unwrap());
    let summary = String::from_utf8(o.stderr).unwrap();
    assert!(
        summary.contains("2 files, 1 documents, 1 failed"),
        "{summary}"
    );
    assert!(summary.contains("errors 1: io 1"), "{summary}");
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &["parse"][..],
        &["parse", "--no-such-flag", "x"],
        &["parse", "--jobs", "0", "x"],
        &["parse", "--format", "xml", "x"],
        &["parse", "--encoding", "klingon", "x"],
        &["frobnicate"],
    ] {
        assert_eq!(vanban(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn csv_is_quoted_with_optional_bom() {
    let dir = temp("csv");
    put(&dir, "x, \"y\".txt", b"\x00binary");
    put(&dir, "ok.txt", b"S\xe1\xbb\x91: 12/UBND-VP\n");
    let o = vanban(&["parse", dir.to_str().unwrap(), "-q", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let rows: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(
        rows[0],
        "path,kind,reference,date,task,text,assignees,deadline_date,deadline_text,error"
    );
    let ok: Vec<&str> = rows[1].split(',').collect();
    assert_eq!((ok[0], ok[2], ok.len()), ("ok.txt", "12/UBND-VP", 10));
    assert_eq!(
        rows[2],
        r#""x, ""y"".txt",,,,,,,,,"binary: input is binary data (NUL bytes), not text""#
    );
    assert_eq!(rows[3], "");
    let bom = vanban(&[
        "parse",
        dir.to_str().unwrap(),
        "-q",
        "--format",
        "csv",
        "--bom",
    ]);
    assert!(bom.stdout.starts_with(b"\xEF\xBB\xBFpath,kind"));
}

#[test]
fn json_format_is_one_array() {
    let dir = archive("array");
    let o = vanban(&["parse", dir.to_str().unwrap(), "-q", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[1]["path"], "b.txt");
    assert_eq!(items[1]["schema_version"], 1);
}

#[test]
fn output_file_and_stdin() {
    let dir = temp("stdin");
    let out = dir.join("out.jsonl");
    let mut child = Command::new(env!("CARGO_BIN_EXE_vanban"))
        .args([
            "parse",
            "-",
            "--format",
            "jsonl",
            "-o",
            out.to_str().unwrap(),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(&seed(SEED_B))
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    let v: serde_json::Value = serde_json::from_str(written.trim()).unwrap();
    assert_eq!(v["path"], "-");
    assert_eq!(v["reference"]["symbol"], "TB-UBND");
}

#[test]
fn check_prints_diagnostics_like_a_compiler() {
    let dir = temp("check");
    let f = dir.join("draft.txt");
    std::fs::write(
        &f,
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố:   /UBND-VP\nLạng Sơn, ngày 5 tháng 3 năm 2024\nV/v họp\n",
    )
    .unwrap();
    let o = vanban(&["check", f.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let name = f.to_str().unwrap();
    let expected = format!(
        "{name}:3:1: warning[header.number_blank]: \"Số:\" is printed but the number is blank (an unnumbered draft)\n  |\n3 | Số:   /UBND-VP\n  | ^^^^^^^^^^^^^^\n"
    );
    assert!(stdout(&o).contains(&expected), "{}", stdout(&o));
    let bad = vanban(&["check", dir.join("gone.txt").to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stdout(&bad).contains(": error[io]: "));
}

/// Checks `value` against `schema` (the subset of JSON Schema schemars
/// writes: `$ref`, `anyOf`/`oneOf`, `type`, `properties`, `items`, `enum`).
/// Returns where they disagree.
fn conforms(
    value: &serde_json::Value,
    schema: &serde_json::Value,
    defs: &serde_json::Value,
    at: &str,
) -> Vec<String> {
    use serde_json::Value;
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return conforms(value, &defs[name], defs, at);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            if branches
                .iter()
                .any(|b| conforms(value, b, defs, at).is_empty())
            {
                return Vec::new();
            }
            return vec![format!("{at}: {value} matches no branch of {key}")];
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            return vec![format!("{at}: {value} is not one of {options:?}")];
        }
    }
    let kind = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    if let Some(t) = schema.get("type") {
        let ok = match t {
            Value::String(s) => s == kind || (s == "number" && kind == "integer"),
            Value::Array(ts) => ts
                .iter()
                .any(|x| x == kind || (x == "number" && kind == "integer")),
            _ => true,
        };
        if !ok {
            return vec![format!("{at}: a {kind}, the schema says {t}")];
        }
    }
    let mut out = Vec::new();
    match value {
        Value::Object(m) => {
            let props = schema.get("properties");
            for (k, v) in m {
                match props.and_then(|p| p.get(k)) {
                    Some(s) => out.extend(conforms(v, s, defs, &format!("{at}.{k}"))),
                    None => out.push(format!("{at}.{k}: not in the schema")),
                }
            }
            for r in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(k) = r.as_str() {
                    if !m.contains_key(k) {
                        out.push(format!("{at}.{k}: required by the schema, missing"));
                    }
                }
            }
        }
        Value::Array(a) => {
            if let Some(items) = schema.get("items").filter(|i| i.is_object()) {
                for (i, v) in a.iter().enumerate() {
                    out.extend(conforms(v, items, defs, &format!("{at}[{i}]")));
                }
            }
        }
        _ => {}
    }
    out
}

#[test]
fn schema_describes_every_fixture_output() {
    let o = vanban(&["schema"]);
    assert!(o.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let defs = schema["$defs"].clone();
    assert_eq!(schema["title"], "Document");
    let mut failures = Vec::new();
    for rel in crate::common::all_fixtures() {
        let Ok(doc) = vanban::parse_bytes(&crate::common::fixture_bytes(&rel)) else {
            continue;
        };
        let value = serde_json::to_value(&doc).unwrap();
        for f in conforms(&value, &schema, &defs, &rel) {
            failures.push(f);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
