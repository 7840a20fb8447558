//! Tests of the dates stage (see its issue): date expressions read through
//! the whole parse, impossible dates reported, never a panic.

use crate::common::{at, fixture, parse_fixture};

fn ymd(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// A minimal document around `body`, dated 10/12/2021.
fn doc_with(body: &str) -> vanban::Document {
    vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Số: 12/UBND-VP\nQuảng Nam, ngày 10 tháng 12 năm 2021\nV/v thử\n\nKính gửi: Các sở, ban, ngành.\n\n{body}\n\nNơi nhận:\n- Như trên.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    ))
}

#[test]
fn impossible_dates_give_a_diagnostic_not_a_value() {
    let d = parse_fixture("dates/cong_dien.txt");
    let text = fixture("dates/cong_dien.txt");
    let bad: Vec<&vanban::Diagnostic> = d
        .diagnostics
        .iter()
        .filter(|x| x.code == vanban::codes::DATE_INVALID)
        .collect();
    assert_eq!(bad.len(), 1);
    let span = bad[0].span.unwrap_or_else(|| panic!("no span"));
    assert_eq!(at(&text, span), "Ngày 31/02/2021");
}

#[test]
fn leap_days_depend_on_the_year() {
    let d = doc_with("Báo cáo trước ngày 29/02/2023 và gửi trước ngày 29/02/2024.");
    let dates: Vec<_> = d.deadlines.iter().map(|x| x.date).collect();
    assert_eq!(dates, [ymd(2024, 2, 29)]);
    assert!(
        d.diagnostics
            .iter()
            .any(|x| x.code == vanban::codes::DATE_INVALID)
    );
}

#[test]
fn every_written_form_of_a_date_resolves() {
    for (form, want) in [
        ("trước ngày 30 tháng 12 năm 2021", ymd(2021, 12, 30)),
        ("trước ngày 30/12/2021", ymd(2021, 12, 30)),
        ("trước ngày 30-12-2021", ymd(2021, 12, 30)),
        ("trước ngày 30.12.2021", ymd(2021, 12, 30)),
        ("trước ngày 30/12", ymd(2021, 12, 30)),
        ("trước ngày 30 tháng 12", ymd(2021, 12, 30)),
        ("trước ngày 20/01/2022", ymd(2022, 1, 20)),
    ] {
        let d = doc_with(&format!("1. Sở Nội vụ báo cáo UBND tỉnh {form}."));
        assert_eq!(d.deadlines.len(), 1, "{form}");
        assert_eq!(d.deadlines[0].date, want, "{form}");
        assert_eq!(d.deadlines[0].text, form);
    }
}

#[test]
fn odd_inputs_never_panic() {
    for body in [
        "trước ngày",
        "trước ngày 99/99/9999",
        "trong thời hạn 999999999 ngày làm việc kể từ ngày 31/12/2100",
        "từ ngày 31 đến ngày 01/2",
        "chậm nhất quý",
        "Quyết định số 1/",
        "số 12-/TU ngày",
        "định kỳ 99 tháng một lần trước ngày 31 hằng tháng",
        "trong tháng 13/2021 trước 25 giờ 61",
    ] {
        let _ = doc_with(body);
        let _ = vanban::parse(body);
    }
}
