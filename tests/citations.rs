//! Tests of the citations stage (see its issue).

use crate::common::{at, fixture, parse_fixture};
use vanban::DocKind;

fn ymd(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

type Row = (
    Option<DocKind>,
    String,
    Option<i32>,
    String,
    Option<chrono::NaiveDate>,
);

/// (kind, number, year, symbol, date) of each citation.
fn read(d: &vanban::Document) -> Vec<Row> {
    d.citations
        .iter()
        .map(|c| {
            (
                c.kind,
                c.number.clone().unwrap_or_default(),
                c.year,
                c.symbol.clone().unwrap_or_default(),
                c.date,
            )
        })
        .collect()
}

/// A minimal document around `body`, dated 10/12/2024.
fn doc_with(body: &str) -> vanban::Document {
    vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Số: 12/UBND-VP\nQuảng Nam, ngày 10 tháng 12 năm 2024\nV/v thử\n\nKính gửi: Các sở, ban, ngành.\n\n\
         {body}\n\nNơi nhận:\n- Như trên.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    ))
}

fn row(k: DocKind, n: &str, y: Option<i32>, s: &str, d: Option<chrono::NaiveDate>) -> Row {
    (Some(k), n.into(), y, s.into(), d)
}

#[test]
fn a_decision_s_grounds() {
    use DocKind::*;
    let d = parse_fixture("dates/quyet_dinh_hieu_luc.txt");
    assert_eq!(
        read(&d),
        [
            row(Luat, "80", Some(2015), "QH13", None),
            row(NghiDinh, "63", Some(2010), "NĐ-CP", ymd(2010, 6, 8)),
            row(NghiDinh, "92", Some(2017), "NĐ-CP", ymd(2017, 8, 7)),
            row(NghiDinh, "154", Some(2020), "NĐ-CP", ymd(2020, 12, 31)),
            row(NghiDinh, "34", Some(2016), "NĐ-CP", ymd(2016, 5, 14)),
            row(QuyetDinh, "12", None, "QĐ-UBND", ymd(2024, 1, 5)),
            row(CongVan, "82", Some(2005), "QĐ-UBND", None),
            row(ToTrinh, "365", None, "TTr-SNV", ymd(2024, 11, 1)),
            row(BaoCao, "77", None, "BC-SNV", ymd(2024, 11, 20)),
            // Same number as the decision itself, but of another year: another document.
            row(QuyetDinh, "4021", None, "QĐ-UBND", ymd(2020, 1, 1)),
        ]
    );
    let text = fixture("dates/quyet_dinh_hieu_luc.txt");
    let c = &d.citations[3];
    assert_eq!(c.issuer.as_deref(), Some("Chính phủ"));
    assert_eq!(
        at(&text, c.span),
        "Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020"
    );
    let codes: Vec<&str> = d.diagnostics.iter().map(|x| x.code.as_str()).collect();
    assert!(codes.contains(&vanban::codes::CITATION_KIND_CONFLICT));
    assert!(codes.contains(&vanban::codes::CITATION_DATE_AFTER_DOCUMENT));
}

#[test]
fn party_numbers_lists_and_missing_so() {
    use DocKind::*;
    let d = doc_with(
        "Theo Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW ngày 25/10/2017 Hội nghị Trung ương; \
         Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ; Nghị quyết số 01-NQ-TU ngày 4/11/2021 của Tỉnh ủy; \
         Văn bản số 123/UBND-VP ngày 02/3/2021; QĐ số 5/QĐ-BNV; số 2917 /SGDĐT-VP; Nghị quyết số 30c/NQ-CP.",
    );
    assert_eq!(
        read(&d),
        [
            row(NghiQuyet, "18", None, "NQ/TW", ymd(2017, 10, 25)),
            row(NghiQuyet, "19", None, "NQ/TW", ymd(2017, 10, 25)),
            row(NghiQuyet, "76", None, "NQ-CP", ymd(2021, 7, 15)),
            row(NghiQuyet, "01", None, "NQ-TU", ymd(2021, 11, 4)),
            row(CongVan, "123", None, "UBND-VP", ymd(2021, 3, 2)),
            row(QuyetDinh, "5", None, "QĐ-BNV", None),
            row(CongVan, "2917", None, "SGDĐT-VP", None),
            row(NghiQuyet, "30c", None, "NQ-CP", None),
        ]
    );
    assert_eq!(d.citations[2].issuer.as_deref(), Some("Chính phủ"));
}

#[test]
fn once_per_document_later_mentions_fill_the_date() {
    let d = doc_with(
        "Thực hiện Kế hoạch số 04/KH-UBND của UBND tỉnh. Các chỉ tiêu tại Kế hoạch số 04/KH-UBND ngày 09/01/2024 \
         của UBND tỉnh và Kế hoạch số 04/KH-UBND.",
    );
    assert_eq!(
        read(&d),
        [row(
            DocKind::KeHoach,
            "04",
            None,
            "KH-UBND",
            ymd(2024, 1, 9)
        )]
    );
    assert_eq!(d.citations[0].text, "Kế hoạch số 04/KH-UBND");
}

#[test]
fn numbers_that_are_no_citation() {
    let d = doc_with(
        "Đạt tỷ lệ 561,5/1.659,5 ngày; 809/809 đề án; mức độ 3/4; ISO 9001:2015; ngày 29/7/2021; 24/7; \
         giai đoạn 2021-2025; cắt giảm 20-25% thời gian; Đ/c Nhung; 5/Tháng.",
    );
    assert!(d.citations.is_empty(), "{:?}", read(&d));
}

#[test]
fn the_document_never_cites_itself() {
    let d = parse_fixture("seeds/002_2a273c811392d444.txt");
    assert!(
        d.citations
            .iter()
            .all(|c| c.number.as_deref() != Some("2718"))
    );
    assert_eq!(d.citations.len(), 5);
}

#[test]
fn seeds_cite_what_gold_says() {
    use DocKind::*;
    let d = parse_fixture("seeds/000_1d9eea9674fe7869.txt");
    assert_eq!(
        read(&d),
        [
            row(KeHoach, "118", None, "KH-UBND", ymd(2021, 7, 29)),
            row(NghiQuyet, "76", None, "NQ-CP", ymd(2021, 7, 15)),
            row(ChiThi, "23", None, "CT-TTg", ymd(2021, 9, 2)),
            row(QuyetDinh, "603", None, "QĐ-UBND", ymd(2021, 9, 30)),
            row(KeHoach, "116", None, "KH-UBND", ymd(2021, 7, 28)),
        ]
    );
    let d = parse_fixture("seeds/004_f9f8bb238912a5b7.txt");
    assert_eq!(d.citations.len(), 4);
    // The report cited is dated 08/02/2021, after the letter of 02/02/2021.
    let late: Vec<&vanban::Diagnostic> = d
        .diagnostics
        .iter()
        .filter(|x| x.code == vanban::codes::CITATION_DATE_AFTER_DOCUMENT)
        .collect();
    assert_eq!(late.len(), 1);
    assert!(late[0].message.contains("289/BC-ĐKT"));
}
