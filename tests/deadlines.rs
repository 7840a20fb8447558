//! Tests of the deadlines stage (see its issue).

use crate::common::{at, fixture, parse_fixture};
use vanban::DeadlineKind;

fn ymd(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// (kind, date, text) of each deadline.
fn read(d: &vanban::Document) -> Vec<(DeadlineKind, Option<chrono::NaiveDate>, String)> {
    d.deadlines
        .iter()
        .map(|x| (x.kind, x.date, x.text.clone()))
        .collect()
}

/// A minimal document around `body`, dated 15/3/2024.
fn doc_with(body: &str) -> vanban::Document {
    vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Số: 12/UBND-VP\nBình Định, ngày 15 tháng 3 năm 2024\nV/v thử\n\nKính gửi: Các sở, ban, ngành.\n\n{body}\n\nNơi nhận:\n- Như trên.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n"
    ))
}

#[test]
fn a_plan_with_many_deadlines() {
    let d = parse_fixture("dates/ke_hoach_deadlines.txt");
    use DeadlineKind::*;
    assert_eq!(
        read(&d),
        [
            (Period, ymd(2024, 6, 30), "trong tháng 6/2024".into()),
            (Period, ymd(2024, 9, 30), "trong Quý III năm 2024".into()),
            (ByDate, ymd(2024, 4, 15), "trước ngày 15/4".into()),
            (ByDate, ymd(2024, 4, 30), "chậm nhất ngày 30/4/2024".into()),
            (Recurring, None, "định kỳ hằng quý".into()),
            (Recurring, None, "trước ngày 20 hằng tháng".into()),
            (
                ByDate,
                ymd(2024, 6, 30),
                "Thời gian thực hiện: từ ngày 01/4 đến ngày 30/6/2024".into()
            ),
        ]
    );
    // Spans point at the text.
    let text = fixture("dates/ke_hoach_deadlines.txt");
    for x in &d.deadlines {
        assert_eq!(vanban_clean(at(&text, x.span)), x.text);
    }
}

fn vanban_clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn goals_context_and_findings_set_no_deadline() {
    // "Phấn đấu đến năm 2025", "kết quả 9 tháng đầu năm 2023", and "thực hiện
    // trong năm 2024" without a bounded action are in the plan: none is a deadline.
    let d = parse_fixture("dates/ke_hoach_deadlines.txt");
    for x in &d.deadlines {
        assert!(
            !x.text.contains("2025") && !x.text.contains("2023"),
            "{}",
            x.text
        );
        assert!(x.text != "trong năm 2024", "{}", x.text);
    }
    for body in [
        "Nâng cao chất lượng dịch vụ công trong năm 2022.",
        "Phấn đấu đến năm 2025 thuộc nhóm 20 tỉnh dẫn đầu.",
        "Kết quả 9 tháng đầu năm 2024 đạt cao.",
        "Quyết tâm hoàn thành nhiệm vụ, mục tiêu đã đề ra trong năm 2024.",
        "Các đơn vị được kiểm tra trong năm 2021 khắc phục ngay tồn tại.",
        "Ngày 10/10/2024, đồng chí Chủ tịch đã chủ trì cuộc họp.",
        "Số liệu tính đến hết ngày 31/12/2023 cho thấy kết quả tốt.",
        "Thực hiện Kế hoạch số 118/KH-UBND ngày 29/7/2021 của UBND tỉnh.",
        "Duy trì chế độ họp định kỳ 01 lần/quý; chế độ báo cáo định kỳ chưa nghiêm.",
    ] {
        let d = doc_with(body);
        assert!(d.deadlines.is_empty(), "{body}: {:?}", read(&d));
    }
}

#[test]
fn actions_bound_by_a_period_are_deadlines() {
    use DeadlineKind::*;
    for (body, want) in [
        (
            "Hoàn thành trong Quý III năm 2024.",
            (
                Period,
                ymd(2024, 9, 30),
                "Hoàn thành trong Quý III năm 2024",
            ),
        ),
        (
            "Sở Nội vụ trình UBND tỉnh trong tháng 6/2024.",
            (Period, ymd(2024, 6, 30), "trong tháng 6/2024"),
        ),
        (
            "Báo cáo kết quả trong quý III/2024.",
            (Period, ymd(2024, 9, 30), "trong quý III/2024"),
        ),
        (
            "Hoàn thành việc cấp phép trong năm 2024.",
            (Period, ymd(2024, 12, 31), "trong năm 2024"),
        ),
        (
            "Tổng kết 6 tháng, gửi báo cáo chậm nhất trong tháng 7.",
            (Period, ymd(2024, 7, 31), "chậm nhất trong tháng 7"),
        ),
        (
            "Hoàn thành trước quý III/2024.",
            (Period, ymd(2024, 6, 30), "Hoàn thành trước quý III/2024"),
        ),
        (
            "Báo cáo kết quả trước 6 tháng cuối năm 2024.",
            (Period, ymd(2024, 6, 30), "trước 6 tháng cuối năm 2024"),
        ),
    ] {
        let d = doc_with(body);
        let got = read(&d);
        assert_eq!(got.len(), 1, "{body}: {got:?}");
        assert_eq!(got[0], (want.0, want.1, want.2.to_string()), "{body}");
    }
}

#[test]
fn a_telegram_with_hours() {
    let d = parse_fixture("dates/cong_dien.txt");
    use DeadlineKind::*;
    assert_eq!(
        read(&d),
        [
            (
                ByDate,
                ymd(2021, 12, 15),
                "trước 16 giờ 00 ngày 15/12/2021".into()
            ),
            (
                ByDate,
                ymd(2021, 12, 13),
                "chậm nhất là ngày 13/12/2021".into()
            ),
            (
                Within,
                None,
                "trong vòng 24 giờ kể từ khi phát hiện ca bệnh".into()
            ),
            (Recurring, None, "hằng ngày".into()),
            (ByDate, None, "trước 15h00".into()),
        ]
    );
    assert_eq!(
        d.deadlines[0].time,
        chrono::NaiveTime::from_hms_opt(16, 0, 0)
    );
    // The earlier telegram's date and the meeting's date are no deadlines.
    assert!(
        d.deadlines
            .iter()
            .all(|x| x.date != ymd(2021, 12, 1) && x.date != ymd(2021, 12, 8))
    );
}

#[test]
fn a_decision_counts_from_its_signing_and_its_validity_is_no_deadline() {
    let d = parse_fixture("dates/quyet_dinh_hieu_luc.txt");
    use DeadlineKind::*;
    // 11/11/2024 is a Monday: ten working days later is Monday 25/11.
    assert_eq!(
        read(&d),
        [
            (
                Within,
                ymd(2024, 11, 25),
                "Trong thời hạn 10 ngày làm việc kể từ ngày ký".into()
            ),
            (
                Within,
                None,
                "không quá 05 ngày kể từ ngày nhận được hồ sơ".into()
            ),
        ]
    );
}

#[test]
fn durations_from_a_date_resolve() {
    let d = doc_with("Trong vòng 15 ngày kể từ ngày 01/4/2024, các đơn vị gửi báo cáo.");
    assert_eq!(
        read(&d),
        [(
            DeadlineKind::Within,
            ymd(2024, 4, 16),
            "Trong vòng 15 ngày kể từ ngày 01/4/2024".into()
        )]
    );
    let d = doc_with("Trong thời hạn 05 ngày làm việc kể từ ngày 05/4/2024, Sở trả lời.");
    // 05/4/2024 is a Friday.
    assert_eq!(d.deadlines[0].date, ymd(2024, 4, 12));
}

#[test]
fn a_yearless_day_before_the_document_is_flagged() {
    let d = doc_with("Các sở báo cáo trước ngày 10/3.");
    assert_eq!(d.deadlines[0].date, ymd(2024, 3, 10));
    assert!(
        d.diagnostics
            .iter()
            .any(|x| x.code == vanban::codes::DEADLINE_BEFORE_DOCUMENT)
    );
    let d = doc_with("Các sở báo cáo trước ngày 10/4.");
    assert!(
        !d.diagnostics
            .iter()
            .any(|x| x.code == vanban::codes::DEADLINE_BEFORE_DOCUMENT)
    );
}

#[test]
fn seeds_have_their_dated_deadlines_and_no_others() {
    let dated = |rel: &str| -> Vec<Option<chrono::NaiveDate>> {
        parse_fixture(rel)
            .deadlines
            .iter()
            .filter(|x| x.date.is_some())
            .map(|x| x.date)
            .collect()
    };
    assert_eq!(dated("seeds/000_1d9eea9674fe7869.txt"), [ymd(2021, 12, 30)]);
    assert!(dated("seeds/001_0f55bd47cdb4da72.txt").is_empty());
    assert!(dated("seeds/002_2a273c811392d444.txt").is_empty());
    assert!(dated("seeds/003_1d4724909cfe222f.txt").is_empty());
    assert_eq!(dated("seeds/004_f9f8bb238912a5b7.txt"), [ymd(2021, 3, 30)]);
}
