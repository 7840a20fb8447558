//! Rendering one input's outcome in the output format, as bytes, so that it
//! can be done on any thread and written later in order.

use serde::Serialize;
use vanban::{Document, Task};

/// What parsing one input gave.
pub type Outcome = Result<Document, Failure>;

/// A failed input: a stable code (`vanban::Error::code()`, or `io`, `panic`)
/// and a message.
#[derive(Serialize)]
pub struct Failure {
    pub code: String,
    pub message: String,
}

/// The concrete output shape of a run.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// One pretty document, no "path" (a single input).
    Pretty,
    /// One compact object per line, with "path".
    Lines,
    /// A JSON array of the JSON Lines objects.
    Array,
    /// CSV, one row per task.
    Csv { bom: bool },
}

impl Shape {
    /// What goes before the first record.
    pub fn start(self) -> &'static [u8] {
        match self {
            Shape::Pretty | Shape::Lines => b"",
            Shape::Array => b"[\n",
            Shape::Csv { bom: true } => b"\xEF\xBB\xBFpath,kind,reference,date,task,text,assignees,deadline_date,deadline_text,error\r\n",
            Shape::Csv { bom: false } => b"path,kind,reference,date,task,text,assignees,deadline_date,deadline_text,error\r\n",
        }
    }

    /// What goes between two records.
    pub fn separator(self) -> &'static [u8] {
        match self {
            Shape::Array => b",\n",
            _ => b"",
        }
    }

    /// What goes after the last record (`any`: whether there was one).
    pub fn end(self, any: bool) -> &'static [u8] {
        match (self, any) {
            (Shape::Array, true) => b"\n]\n",
            (Shape::Array, false) => b"]\n",
            _ => b"",
        }
    }

    /// Appends the record of one input to `out`.
    pub fn record(self, name: &str, outcome: &Outcome, out: &mut Vec<u8>) {
        match self {
            Shape::Pretty => {
                if let Ok(doc) = outcome {
                    let _ = serde_json::to_writer_pretty(&mut *out, doc);
                    out.push(b'\n');
                }
            }
            Shape::Lines => {
                json_object(name, outcome, out);
                out.push(b'\n');
            }
            Shape::Array => json_object(name, outcome, out),
            Shape::Csv { .. } => csv_rows(name, outcome, out),
        }
    }
}

/// The JSON Lines object of one input: the document with "path" put first
/// (its own fields keep their order), or `{"path", "error"}`.
pub fn json_object(name: &str, outcome: &Outcome, out: &mut Vec<u8>) {
    match outcome {
        Ok(doc) => {
            out.extend_from_slice(b"{\"path\":");
            let _ = serde_json::to_writer(&mut *out, name);
            let at = out.len();
            // The same bytes as serde_json (tests check it), several times faster.
            doc.write_json(out);
            // Splice: drop the document's own `{`, keep a comma unless it is empty.
            match out.get(at + 1) {
                Some(b'}') | None => {
                    out.truncate(at);
                    out.push(b'}');
                }
                Some(_) => out[at] = b',',
            }
        }
        Err(failure) => {
            #[derive(Serialize)]
            struct Failed<'a> {
                path: &'a str,
                error: &'a Failure,
            }
            let _ = serde_json::to_writer(
                &mut *out,
                &Failed {
                    path: name,
                    error: failure,
                },
            );
        }
    }
}

/// The CSV rows of one input: one per task (depth first), then one for the
/// deadlines held by no task; a document without tasks or a failed input is
/// one row.
fn csv_rows(name: &str, outcome: &Outcome, out: &mut Vec<u8>) {
    let doc = match outcome {
        Ok(doc) => doc,
        Err(f) => {
            let error = format!("{}: {}", f.code, f.message);
            return csv_row(out, &[name, "", "", "", "", "", "", "", "", &error]);
        }
    };
    let kind = doc.kind.map(|k| k.code()).unwrap_or("");
    let reference = doc.reference.as_ref().map(|r| {
        let mut parts: Vec<String> = vec![r.number.clone().unwrap_or_default()];
        parts.extend(r.year.map(|y| y.to_string()));
        parts.extend(r.symbol.clone());
        parts.join("/")
    });
    let reference = reference.as_deref().unwrap_or("");
    let date = doc.date.map(|d| d.to_string()).unwrap_or_default();
    let mut rows = 0;
    let mut path = Vec::new();
    let mut stack: Vec<(&Task, usize)> = doc.tasks.iter().rev().map(|t| (t, 0)).collect();
    while let Some((task, depth)) = stack.pop() {
        path.truncate(depth);
        path.push(task.label.as_str());
        let (dates, texts) = deadlines(doc, Some(&path));
        let label = path.join(" > ");
        let assignees = task.assignees.join("; ");
        csv_row(
            out,
            &[
                name, kind, reference, &date, &label, &task.text, &assignees, &dates, &texts, "",
            ],
        );
        rows += 1;
        stack.extend(task.children.iter().rev().map(|c| (c, depth + 1)));
    }
    let (dates, texts) = deadlines(doc, None);
    if rows == 0 || !texts.is_empty() {
        csv_row(
            out,
            &[name, kind, reference, &date, "", "", "", &dates, &texts, ""],
        );
    }
}

/// The dates and texts (each joined by "; ") of the deadlines whose task
/// path is `task`.
fn deadlines(doc: &Document, task: Option<&[&str]>) -> (String, String) {
    let mut dates = Vec::new();
    let mut texts = Vec::new();
    for d in &doc.deadlines {
        let same = match (&d.task, task) {
            (Some(a), Some(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y),
            (None, None) => true,
            _ => false,
        };
        if same {
            dates.push(d.date.map(|d| d.to_string()).unwrap_or_default());
            texts.push(d.text.as_str());
        }
    }
    if dates.iter().all(String::is_empty) {
        dates.clear();
    }
    (dates.join("; "), texts.join("; "))
}

/// One CSV record (RFC 4180): fields quoted when they hold a comma, a quote,
/// a line break or edge white space; quotes doubled; CRLF at the end.
pub fn csv_row(out: &mut Vec<u8>, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let quote = f.contains([',', '"', '\n', '\r'])
            || f.starts_with(char::is_whitespace)
            || f.ends_with(char::is_whitespace);
        if quote {
            out.push(b'"');
            for part in f.split_inclusive('"') {
                out.extend_from_slice(part.as_bytes());
                if part.ends_with('"') {
                    out.push(b'"');
                }
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(f.as_bytes());
        }
    }
    out.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `.txt` files under `dir`, recursively.
    fn texts(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                texts(&p, out);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }

    #[test]
    fn write_json_writes_what_serde_json_writes() {
        let mut paths = Vec::new();
        texts(
            std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures")),
            &mut paths,
        );
        assert!(paths.len() > 50, "{}", paths.len());
        let mut docs: Vec<vanban::Document> = paths
            .iter()
            .filter_map(|p| vanban::parse_bytes(&std::fs::read(p).ok()?).ok())
            .collect();
        // Every char class JSON escapes or passes through, in one string.
        let mut all = vanban::parse("x");
        all.subject = Some(
            (0..0x3000)
                .filter_map(char::from_u32)
                .chain("\u{2028}😀".chars())
                .collect(),
        );
        docs.push(all);
        for d in &docs {
            let want = serde_json::to_vec(d).unwrap();
            let mut got = Vec::new();
            d.write_json(&mut got);
            assert_eq!(got, want);
        }
    }

    #[test]
    fn csv_quoting() {
        let mut out = Vec::new();
        csv_row(
            &mut out,
            &["a", "b,c", "say \"hi\"", "two\nlines", " x", ""],
        );
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\" x\",\r\n"
        );
    }

    #[test]
    fn path_goes_first_and_fields_keep_their_order() {
        let doc = vanban::parse("Số: 12/UBND-VP\n");
        let mut out = Vec::new();
        json_object("a/b.txt", &Ok(doc.clone()), &mut out);
        let s = String::from_utf8(out).unwrap();
        let plain = serde_json::to_string(&doc).unwrap();
        assert_eq!(s, format!("{{\"path\":\"a/b.txt\",{}", &plain[1..]));
        let v: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["path"], "a/b.txt");
    }

    #[test]
    fn csv_has_one_row_per_task_with_its_deadlines() {
        let mut v = serde_json::to_value(vanban::parse("Số: 12/UBND-VP\n")).unwrap();
        let task = |label: &str, text: &str, children: serde_json::Value| {
            serde_json::json!({"label": label, "text": text, "assignees": ["Sở Y tế", "Sở Tài chính"],
                "span": [0, 1], "children": children})
        };
        v["tasks"] = serde_json::json!([task(
            "1",
            "Rà soát, báo cáo",
            serde_json::json!([task("a", "Nói \"rõ\"", serde_json::json!([]))])
        )]);
        v["deadlines"] = serde_json::json!([
            {"text": "trước ngày 30/3/2024", "date": "2024-03-30", "kind": "by_date", "task": ["1", "a"], "span": [0, 1]},
            {"text": "hằng quý", "date": null, "kind": "recurring", "task": null, "span": [0, 1]}
        ]);
        let doc: vanban::Document = serde_json::from_value(v).unwrap();
        let mut out = Vec::new();
        Shape::Csv { bom: false }.record("d.txt", &Ok(doc), &mut out);
        let rows: Vec<String> = String::from_utf8(out)
            .unwrap()
            .split_terminator("\r\n")
            .map(|r| r.replace("d.txt,cong_van,12/UBND-VP,,", "*,"))
            .collect();
        assert_eq!(
            rows,
            [
                "*,1,\"Rà soát, báo cáo\",Sở Y tế; Sở Tài chính,,,",
                "*,1 > a,\"Nói \"\"rõ\"\"\",Sở Y tế; Sở Tài chính,2024-03-30,trước ngày 30/3/2024,",
                "*,,,,,hằng quý,",
            ]
        );
    }

    #[test]
    fn failure_object() {
        let mut out = Vec::new();
        let f = Failure {
            code: "io".into(),
            message: "gone".into(),
        };
        json_object("x\"y", &Err(f), &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"path":"x\"y","error":{"code":"io","message":"gone"}}"#
        );
    }
}
