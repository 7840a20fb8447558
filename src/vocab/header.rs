//! Vocabulary of the header: the motto, "Số", the place-and-date line,
//! "V/v", marks, issuer words, the news-style lead.
//!
//! Digits in the patterns are ASCII (`[0-9]`), and symbols are Latin
//! letters (`A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ`): Unicode `\d` and `\p{L}` are classes of
//! hundreds of ranges, which made the patterns slow to compile (most of a
//! one-file run) and to capture with.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Confidentiality, Urgency};

/// Folded keys (see `text::fold_key_offsets`) of the right-hand header lines, and
/// whether the key is the start of the block (the Quốc hiệu) or its second
/// line (the Tiêu ngữ). Partial keys catch a motto wrapped over two lines.
pub(crate) const MOTTO_KEYS: &[&str] = &[
    "conghoaxahoichunghiavietnam",
    "doclaptudohanhphuc",
    "dangcongsanvietnam",
    "doantncshochiminh",
    "doanthanhniencongsanhochiminh",
    "conghoaxahoi",
    "chunghiavietnam",
];

/// The number line: `Số: 4918 /UBND-NC`, `Số: /TB-UBND`, `Số 02-NQ/TU`,
/// `Số: 22/2020/QĐ-UBND`, `Luật số: 80/2015/QH13`, `Số : 367 - QĐ/TWĐTN-VP`.
/// (`À-ỿ` here: Latin-1, Latin Extended-A/B and Latin Extended Additional.)
pub(crate) static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?:(?:Luật|LUẬT|Bộ\ luật|BỘ\ LUẬT|Nghị\ quyết|NGHỊ\ QUYẾT|Pháp\ lệnh|PHÁP\ LỆNH|Lệnh|LỆNH)\s+)?
        (?:[Ss]ố|SỐ|So|SO)\s*(?:[Kk]ý\ hiệu\s*)?:?\s*
        (?:
            (?P<num>[0-9]{1,6}[a-zA-Z]?)?\s*
            (?:/\s*(?P<year>(?:19|20)[0-9]{2})\s*)?
            /\s*(?P<sym>[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+(?:\s*-\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+)*)
          |
            (?P<pnum>[0-9]{1,6}[a-z]?)\s*-\s*(?P<ptype>[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]{1,5})\s*/\s*(?P<piss>[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+(?:\s*-\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&]+)*)
        )",
    )
    .unwrap_or_else(|e| panic!("bad NUMBER regex: {e}"))
});

/// "Số:" alone on a line (the number follows on the next line).
pub(crate) static NUMBER_LABEL_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[Ss]ố|SỐ)\s*:?$").unwrap_or_else(|e| panic!("{e}")));

/// The place-and-date line: `Tuyên Quang, ngày 13 tháng 12 năm 2021`, with
/// blank parts (`ngày tháng 10 năm 2024`, `ngày ... tháng ... năm 2024`) and
/// lost spaces (`ngày 30tháng10năm 2013`).
pub(crate) static PLACE_DATE: LazyLock<Bounded> = LazyLock::new(|| {
    Bounded::new(
        r"(?x)
        (?:(?P<place>\p{Lu}[^\n,|;:]{0,50}?)\s*,\s*)?
        (?i:ngày)\s*(?P<d>[0-9]{1,2})?[\s.…_/-]*
        (?:(?i:tháng)\s*(?P<m>[0-9]{1,2})?[\s.…_]*|(?P<m2>[0-9]{1,2})\s*/\s*)
        (?:(?i:năm)\s*)?(?P<y>(?:19|20)[0-9]{2})",
        &[("{0,50}?", "*?", "place", 51)],
    )
    // The place is optional: whatever the copy matches, the pattern
    // matches without it.
    .optional_bounds()
});

/// A place-and-date line cut after the day: `Kon Tum, ngày 25`.
pub(crate) static PLACE_DATE_CUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),\s*ngày\s*[0-9]{0,2}\s*$").unwrap_or_else(|e| panic!("{e}"))
});

/// The subject prefix of a công văn: `V/v`, `V/V:`, `Về việc:`, `VỀ VIỆC`.
pub(crate) static SUBJECT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Vv]\s*/\s*[Vv]|(?i:về\s+việc))\s*[:.]?\s*").unwrap_or_else(|e| panic!("{e}"))
});

/// Lines that open the body: a header scan stops there.
pub(crate) static BODY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?i:kính\s+g[ửở]i)
          | Căn\ cứ | CĂN\ CỨ | Thực\ hiện | Theo\ đề\ nghị | Theo\ đó | Xét\ đề\ nghị | Xét | Trả\ lời
          | Qua\ (?:xem\ xét|kiểm\ tra) | Ngày\ [0-9] | Vừa\ qua | Sáng\ nay | Chiều\ nay | Hôm\ nay
          | (?:QUYẾT\ ĐỊNH|QUYẾT\ NGHỊ|CHỈ\ THỊ|Quyết\ định|Quyết\ nghị)\s*:
        )",
    )
    .unwrap_or_else(|e| panic!("bad BODY_OPENING regex: {e}"))
});

/// The urgency and secrecy marks, folded with `text::fold_words`.
pub(crate) const MARKS: &[(&str, Mark)] = &[
    ("hoa toc hen gio", Mark::Urgency(Urgency::HoaToc)),
    ("hoa toc", Mark::Urgency(Urgency::HoaToc)),
    ("thuong khan", Mark::Urgency(Urgency::ThuongKhan)),
    ("khan", Mark::Urgency(Urgency::Khan)),
    ("tuyet mat", Mark::Secrecy(Confidentiality::TuyetMat)),
    ("toi mat", Mark::Secrecy(Confidentiality::ToiMat)),
    ("mat", Mark::Secrecy(Confidentiality::Mat)),
];

/// An urgency or secrecy mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Urgency(Urgency),
    Secrecy(Confidentiality),
}

/// Circulation marks (phạm vi lưu hành), folded; kept as header lines.
pub(crate) const CIRCULATION: &[&str] = &[
    "xem xong tra lai",
    "luu hanh noi bo",
    "du thao",
    "tai lieu thu hoi",
];

/// Issuer names that need a locality on the next line to be whole
/// ("ỦY BAN NHÂN DÂN" / "TỈNH TUYÊN QUANG"), folded.
pub(crate) const BARE_BODIES: &[&str] = &[
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "ubnd",
    "hdnd",
    "uy ban mat tran to quoc viet nam",
    "dang bo",
    "dang uy",
    "ban chap hanh",
    "ban thuong vu",
    "ban chap hanh dang bo",
];

/// Administrative-unit nouns that continue a bare body's name, folded.
pub(crate) const ADMIN_UNITS: &[&str] = &[
    "tinh",
    "thanh pho",
    "tp",
    "huyen",
    "quan",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    "dac khu",
    "trung uong",
    "khoi",
];

/// Nouns that begin the name of an organisation under a superior printed
/// above it ("UBND TỈNH X" / "SỞ NỘI VỤ"), folded.
pub(crate) const UNIT_NOUNS: &[&str] = &[
    "so",
    "van phong",
    "cuc",
    "chi cuc",
    "tong cuc",
    "vu",
    "ban",
    "phong",
    "trung tam",
    "truong",
    "vien",
    "thanh tra",
    "kho bac",
    "benh vien",
    "cong an",
    "bo chi huy",
    "doan",
    "hoi dong",
    "uy ban",
    "chi nhanh",
    "cong ty",
    "tong cong ty",
    "hoc vien",
    "dai hoc",
    "dai",
    "bao",
    "ngan hang",
    "dang uy",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "quan uy",
    "thi uy",
    "chi bo",
    "tinh doan",
    "thanh doan",
    "huyen doan",
    "hoi",
    "to",
    "doi",
    "hat",
    "quy",
    "ban quan ly",
    "bo",
    "ubnd",
    "hdnd",
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "toa an",
    "vien kiem sat",
    "cang vu",
    "bhxh",
    "bao hiem xa hoi",
    "lien doan",
    "mat tran",
];

/// Issuer codes that follow a type code in a symbol whose hyphen was lost
/// (`QĐUBND`, `NĐCP`, `TTVPCP`): format-spec 4.5. Provincial departments
/// (`S` + capitals) are recognised by shape.
pub(crate) const ISSUER_CODES: &[&str] = &[
    "UBND", "HĐND", "CP", "TTg", "VPCP", "QH", "UBTVQH", "BNV", "BTC", "BKHĐT", "BGDĐT", "BLĐTBXH",
    "BGTVT", "BCT", "BVHTTDL", "BQP", "BCA", "BXD", "BYT", "BTP", "BNNMT", "BNNPTNT", "BTNMT",
    "BTTTT", "NHNN", "KBNN", "TW", "TU", "HU",
];

/// Words that continue the name on the line above, folded ("VÀ ĐÀO TẠO").
pub(crate) const CONTINUATION_WORDS: &[&str] = &["va", "thuoc", "cua", "tai", "khu vuc"];

/// The words of an authority line (thẩm quyền ban hành) of a decision:
/// a header scan stops before "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X", folded.
pub(crate) const AUTHORITY_OPENINGS: &[&str] = &[
    "chu tich",
    "bo truong",
    "thu tuong",
    "giam doc",
    "cuc truong",
    "tong cuc truong",
    "vu truong",
    "chanh van phong",
    "chanh thanh tra",
    "hieu truong",
    "vien truong",
    "truong ban",
    "tong giam doc",
    "thong doc",
    "tong kiem toan",
    "chanh an",
    "vien truong vien kiem sat",
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "ban thuong vu",
    "ban chap hanh",
    "ban bi thu",
    "bo chinh tri",
    "chinh phu",
];

/// The lead of a news report on a document: "Ngày 09/10/2020, Ủy ban nhân
/// dân tỉnh ban hành Công văn số 2718/UBND-NC về việc ...".
pub(crate) static NEWS_LEAD: LazyLock<Bounded> = LazyLock::new(|| {
    Bounded::new(
        r"(?x)
        (?:(?i:ngày)\s*(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[0-9]{2})\s*,\s*)?
        (?P<issuer>\p{L}[^.;:\n]{1,120}?)\s+
        (?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?(?:ban\ hành|có|phát\ hành|ra)\s+
        (?P<kind>\p{Lu}\p{Ll}+(?:\ \p{Ll}+){0,3})\s+
        (?:số\s+)?(?P<ref>[0-9]{1,6}[a-z]?(?:/(?:19|20)[0-9]{2})?\s*[/-]\s*[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9.&/-]+)
        (?:\s+(?i:ngày)\s*(?P<d2>[0-9]{1,2})\s*[/.-]\s*(?P<m2>[0-9]{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)[0-9]{2}))?
        (?:\s+(?:của\s+[^,.]{1,80}?\s+)?(?:về\s+việc|về|V/v)\s+(?P<subject>[^\n]+?))?
        (?:\.\s|\.$|$)",
        &[
            ("[^.;:\\n]{1,120}?", "[^.;:\\n]+?", "issuer", 121),
            ("[^,.]{1,80}?", "(?P<of>[^,.]+?)", "of", 80),
        ],
    )
});

/// What every [`NEWS_LEAD`] holds, its reference's number and separator
/// (`2718/`, `02-`): a cheap test before the lead's captures, which cost
/// tens of thousands of instructions even when they find nothing.
pub(crate) static NEWS_REF_HINT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9][a-z]?\s*[/-]").unwrap_or_else(|e| panic!("{e}")));

/// A pattern with bounded lazy repeats (`{1,120}?`), kept twice: as
/// written, and with those repeats unbounded. The unbounded copy's automata
/// are a fraction of the size (a bounded repeat of a Unicode class is one
/// copy of the class per count), so it is searched in a fraction of the
/// time; its leftmost-first match is the pattern's own whenever every
/// repeat stays within its bound (the pattern's matches are some of the
/// copy's, met in the same order), and only when one does not is the
/// pattern as written searched (compiled then).
pub(crate) struct Bounded {
    pattern: &'static str,
    exact: LazyLock<Regex, Box<dyn FnOnce() -> Regex + Send>>,
    fast: Regex,
    /// The named groups of `fast` holding a bounded repeat, and the most
    /// chars each may hold.
    bounds: Vec<(&'static str, usize)>,
    /// Whether every bounded repeat lies in an optional part: then the
    /// pattern matches wherever the copy does.
    optional: bool,
}

impl Bounded {
    /// `pattern`, and its fast copy with each `(from, to, _, _)` of `repeats`
    /// rewritten (`to` may name a group); the group named by each
    /// `(_, _, group, max_chars)` may hold at most `max_chars` chars.
    fn new(pattern: &'static str, repeats: &[(&str, &str, &'static str, usize)]) -> Bounded {
        let mut fast = pattern.to_string();
        for (from, to, _, _) in repeats {
            assert!(fast.contains(from), "{from} is not in {pattern}");
            fast = fast.replacen(from, to, 1);
        }
        Bounded {
            pattern,
            exact: LazyLock::new(Box::new(move || compile(pattern))),
            fast: compile(&fast),
            bounds: repeats.iter().map(|&(_, _, g, n)| (g, n)).collect(),
            optional: false,
        }
    }

    /// Declares that every bounded repeat lies in an optional part of the
    /// pattern (so that [`Bounded::is_match`] may ask the copy).
    fn optional_bounds(mut self) -> Bounded {
        self.optional = true;
        self
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        if self.optional {
            self.fast.is_match(text)
        } else {
            self.exact.is_match(text)
        }
    }

    /// The pattern's captures in `text`, leftmost-first, as the pattern as
    /// written gives them (the copy's extra named groups aside).
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        // No match of the copy: none of the pattern (its matches are some
        // of the copy's).
        let c = self.fast.captures(text)?;
        let within = self.bounds.iter().all(|&(group, max)| {
            c.name(group)
                .is_none_or(|m| m.as_str().chars().count() <= max)
        });
        if within {
            Some(c)
        } else {
            self.exact.captures(text)
        }
    }
}

impl std::fmt::Debug for Bounded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bounded")
            .field("pattern", &self.pattern)
            .finish()
    }
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad regex {pattern}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of a match, by name, as (start, end).
    fn groups(c: &regex::Captures<'_>, names: &[&str]) -> Vec<Option<(usize, usize)>> {
        names
            .iter()
            .map(|n| c.name(n).map(|m| (m.start(), m.end())))
            .collect()
    }

    #[test]
    fn bounded_copies_match_as_the_patterns_do() {
        let place = "Thành phố Hồ Chí Minh";
        let long = "Ủy ban nhân dân thành phố trực thuộc trung ương có tên rất dài";
        let texts = [
            format!("{place}, ngày 13 tháng 12 năm 2021"),
            // A place longer than the bound: the pattern starts later.
            format!("{long}, Hà Nội, ngày 02 tháng 3 năm 2023"),
            format!("{long}{long}, ngày 02 tháng 3 năm 2023"),
            "ngày 5/2024".to_string(),
            "không có ngày".to_string(),
        ];
        let names = ["place", "d", "m", "m2", "y"];
        for t in &texts {
            let exact = compile(PLACE_DATE.pattern);
            let want = exact.captures(t).map(|c| groups(&c, &names));
            let got = PLACE_DATE.captures(t).map(|c| groups(&c, &names));
            assert_eq!(got, want, "{t:?}");
            assert_eq!(PLACE_DATE.is_match(t), exact.is_match(t), "{t:?}");
        }
        let issuer = "Ủy ban nhân dân tỉnh";
        let names = ["d", "m", "y", "issuer", "kind", "ref", "subject"];
        let leads = [
            format!(
                "Ngày 09/10/2020, {issuer} ban hành Công văn số 2718/UBND-NC về việc đẩy mạnh cải cách hành chính."
            ),
            // An issuer over the bound of 120 chars.
            format!(
                "{} ban hành Kế hoạch số 12/KH-UBND về việc x.",
                "Sở ".repeat(60)
            ),
            format!(
                "{issuer} ban hành Công văn 12/UBND của {} về việc y.",
                "Bộ ".repeat(40)
            ),
        ];
        for t in &leads {
            let exact = compile(NEWS_LEAD.pattern);
            let want = exact.captures(t).map(|c| groups(&c, &names));
            let got = NEWS_LEAD.captures(t).map(|c| groups(&c, &names));
            assert_eq!(got, want, "{t:?}");
        }
        assert!(NEWS_LEAD.captures(&leads[0]).is_some());
    }
}
