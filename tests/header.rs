//! The header: every form of issue 2, with exact values read off each
//! fixture by hand.

use vanban::{Confidentiality, DocKind, Document, PartialDate, Urgency};

use crate::common::{at, fixture, parse_fixture};

/// The fields under test, in one comparable shape.
#[derive(Debug, PartialEq)]
struct H<'a> {
    kind: Option<DocKind>,
    issuer: Option<&'a str>,
    parent: Option<&'a str>,
    number: Option<&'a str>,
    year: Option<i32>,
    symbol: Option<&'a str>,
    place: Option<&'a str>,
    date: Option<&'a str>,
    subject: Option<&'a str>,
}

fn h(d: &Document) -> H<'_> {
    let r = d.reference.as_ref();
    H {
        kind: d.kind,
        issuer: d.issuer.as_ref().map(|i| i.name.as_str()),
        parent: d.issuer.as_ref().and_then(|i| i.parent.as_deref()),
        number: r.and_then(|r| r.number.as_deref()),
        year: r.and_then(|r| r.year),
        symbol: r.and_then(|r| r.symbol.as_deref()),
        place: d.place.as_deref(),
        date: None,
        subject: d.subject.as_deref(),
    }
}

fn check(rel: &str, date: Option<&str>, want: H<'_>) -> Document {
    let d = parse_fixture(rel);
    let mut got = h(&d);
    let got_date = d.date.map(|x| x.to_string());
    got.date = got_date.as_deref();
    assert_eq!(got, want, "{rel}");
    assert_eq!(got_date.as_deref(), date, "{rel}: date");
    d
}

fn codes(d: &Document) -> Vec<&str> {
    d.diagnostics.iter().map(|x| x.code.as_str()).collect()
}

#[test]
fn seed_000_bold_issuer_spaced_number_multiline_subject() {
    let d = check(
        "seeds/000_1d9eea9674fe7869.txt",
        Some("2021-12-13"),
        H {
            kind: Some(DocKind::CongVan),
            issuer: Some("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG"),
            parent: None,
            number: Some("4918"),
            year: None,
            symbol: Some("UBND-NC"),
            place: Some("Tuyên Quang"),
            date: Some("2021-12-13"),
            subject: Some(
                "chấn chỉnh, khắc phục tồn tại, hạn chế sau kiểm tra công tác cải cách hành chính năm 2021",
            ),
        },
    );
    let input = fixture("seeds/000_1d9eea9674fe7869.txt");
    // The issuer is printed "TỈNH TUYỀN QUANG": the place line's spelling wins, with a warning.
    assert!(codes(&d).contains(&"header.issuer_spelling"));
    let issuer = d.issuer.as_ref().map(|i| at(&input, i.span));
    assert_eq!(issuer, Some("**ỦY BAN NHÂN DÂN\nTỈNH TUYỀN QUANG**"));
    let reference = d.reference.as_ref().map(|r| at(&input, r.span));
    assert_eq!(reference, Some("Số: 4918 /UBND-NC"));
    let place = d.header_spans.place.map(|s| at(&input, s));
    assert_eq!(place, Some("Tuyên Quang"));
}

#[test]
fn seed_003_blank_number_and_day_title_then_subject() {
    let d = check(
        "seeds/003_1d4724909cfe222f.txt",
        Some("2024-10"),
        H {
            kind: Some(DocKind::ThongBao),
            issuer: None,
            parent: None,
            number: None,
            year: None,
            symbol: Some("TB-UBND"),
            place: Some("Lạng Sơn"),
            date: Some("2024-10"),
            subject: Some(
                "Kết luận của đồng chí Hồ Tiến Thiệu, Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh tại cuộc họp Ban Chỉ đạo CCHC tỉnh quý III năm 2024 và tổng kết phong trào thi đua cao điểm “Đẩy mạnh hiện đại hóa Bộ phận Một cửa cấp huyện, cấp xã trên địa bàn tỉnh Lạng Sơn”",
            ),
        },
    );
    let c = codes(&d);
    assert!(c.contains(&"header.number_blank"), "{c:?}");
    assert!(c.contains(&"date.day_blank"), "{c:?}");
}

#[test]
fn seed_004_italic_number_and_symbol_without_type() {
    check(
        "seeds/004_f9f8bb238912a5b7.txt",
        Some("2021-02-02"),
        H {
            kind: Some(DocKind::CongVan),
            issuer: None,
            parent: None,
            number: Some("1294"),
            year: None,
            symbol: Some("UBND"),
            place: Some("Khánh Hòa"),
            date: Some("2021-02-02"),
            subject: Some(
                "khắc phục tồn tại, hạn chế qua kiểm tra công tác cải cách hành chính năm 2020",
            ),
        },
    );
}

#[test]
fn seed_001_news_title_gives_kind_issuer_subject() {
    let d = check(
        "seeds/001_0f55bd47cdb4da72.txt",
        None,
        H {
            kind: Some(DocKind::ChiThi),
            issuer: Some("Chủ tịch UBND tỉnh"),
            parent: None,
            number: None,
            year: None,
            symbol: None,
            place: None,
            date: None,
            subject: Some(
                "nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân và tổ chức, Chỉ số hiệu quả quản trị và hành chính công",
            ),
        },
    );
    assert!(codes(&d).contains(&"header.news_style"));
}

#[test]
fn seed_002_news_lead_gives_reference_and_date() {
    check(
        "seeds/002_2a273c811392d444.txt",
        Some("2020-10-09"),
        H {
            kind: Some(DocKind::CongVan),
            issuer: Some("Ủy ban nhân dân tỉnh"),
            parent: None,
            number: Some("2718"),
            year: None,
            symbol: Some("UBND-NC"),
            place: None,
            date: Some("2020-10-09"),
            subject: Some("đẩy mạnh công tác cải cách hành chính"),
        },
    );
}

#[test]
fn two_level_issuer_number_without_colon_report_title() {
    check(
        "header/snv_two_level_report.txt",
        Some("2024-03-05"),
        H {
            kind: Some(DocKind::BaoCao),
            issuer: Some("SỞ NỘI VỤ"),
            parent: Some("UBND TỈNH KHÁNH HÒA"),
            number: Some("123"),
            year: None,
            symbol: Some("BC-SNV"),
            place: Some("Khánh Hòa"),
            date: Some("2024-03-05"),
            subject: Some("Kết quả thực hiện công tác cải cách hành chính quý I năm 2024"),
        },
    );
}

#[test]
fn ministry_letter_with_urgency_mark() {
    let d = check(
        "header/ministry_urgent.txt",
        Some("2019-06-05"),
        H {
            kind: Some(DocKind::CongVan),
            issuer: Some("BỘ NỘI VỤ"),
            parent: None,
            number: Some("2591"),
            year: None,
            symbol: Some("BNV-TCBC"),
            place: Some("Hà Nội"),
            date: Some("2019-06-05"),
            subject: Some("hướng dẫn thực hiện chính sách tinh giản biên chế"),
        },
    );
    assert_eq!(d.urgency, Some(Urgency::ThuongKhan));
    assert_eq!(d.confidentiality, None);
}

#[test]
fn party_resolution_keeps_its_title_ve() {
    check(
        "header/party_resolution.txt",
        Some("2021-11-04"),
        H {
            kind: Some(DocKind::NghiQuyet),
            issuer: Some("TỈNH ỦY QUẢNG TRỊ"),
            parent: None,
            number: Some("02"),
            year: None,
            symbol: Some("NQ/TU"),
            place: Some("Quảng Trị"),
            date: Some("2021-11-04"),
            subject: Some("VỀ CHUYỂN ĐỔI SỐ TỈNH QUẢNG TRỊ ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030"),
        },
    );
}

#[test]
fn normative_decision_flattened_cell_by_cell() {
    check(
        "header/decision_cells.txt",
        Some("2024-01-25"),
        H {
            kind: Some(DocKind::QuyetDinh),
            issuer: Some("ỦY BAN NHÂN DÂN TỈNH KON TUM"),
            parent: None,
            number: Some("06"),
            year: Some(2024),
            symbol: Some("QĐ-UBND"),
            place: Some("Kon Tum"),
            date: Some("2024-01-25"),
            subject: Some(
                "BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ NHÀ NƯỚC VỀ TÀI SẢN CÔNG TRÊN ĐỊA BÀN TỈNH KON TUM",
            ),
        },
    );
}

#[test]
fn side_by_side_columns_issuer_and_motto_number_and_date() {
    let d = check(
        "header/side_by_side.txt",
        Some("2023-03-08"),
        H {
            kind: Some(DocKind::CongVan),
            issuer: Some("SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
            parent: Some("UBND TỈNH NGHỆ AN"),
            number: Some("12"),
            year: None,
            symbol: Some("SGDĐT-VP"),
            place: Some("Nghệ An"),
            date: Some("2023-03-08"),
            subject: Some("tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2022 - 2023"),
        },
    );
    assert_eq!(d.confidentiality, Some(Confidentiality::Mat));
}

#[test]
fn rows_merged_with_hyphens_lost() {
    let d = check(
        "header/row_merged_lost_hyphens.txt",
        Some("2024-11-11"),
        H {
            kind: Some(DocKind::QuyetDinh),
            issuer: Some("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
            parent: None,
            number: Some("3027"),
            year: None,
            symbol: Some("QĐUBND"),
            place: Some("Nghệ An"),
            date: Some("2024-11-11"),
            subject: Some("công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực nội vụ"),
        },
    );
    assert_eq!(d.urgency, Some(Urgency::HoaToc));
    assert!(!codes(&d).contains(&"header.kind_conflict"));
}

#[test]
fn spelling_variants_impossible_date_and_conflicting_symbol() {
    let d = check(
        "header/variants_title_conflict.txt",
        Some("2007-02"),
        H {
            kind: Some(DocKind::QuyetDinh),
            issuer: Some("UỶ BAN NHÂN DÂN TỈNH THANH HOÁ"),
            parent: None,
            number: Some("55"),
            year: Some(2007),
            symbol: Some("CT-UBND"),
            place: Some("Thanh Hoá"),
            date: Some("2007-02"),
            subject: Some(
                "ban hành Kế hoạch hành động vì sự tiến bộ của phụ nữ giai đoạn 2006 - 2010",
            ),
        },
    );
    assert_eq!(d.confidentiality, Some(Confidentiality::ToiMat));
    let c = codes(&d);
    assert!(c.contains(&"date.invalid"), "{c:?}");
    assert!(c.contains(&"header.kind_conflict"), "{c:?}");
    // The look-alike Ð (U+00D0) of the motto is read as Đ.
    assert!(
        d.body
            .iter()
            .any(|p| p.text == "Độc lập - Tự do - Hạnh phúc")
    );
}

#[test]
fn ve_viec_for_vv_and_bold_lines() {
    check(
        "header/cong_van_ve_viec.txt",
        Some("2023-01-09"),
        H {
            kind: Some(DocKind::CongVan),
            issuer: Some("PHÒNG NỘI VỤ"),
            parent: Some("UBND HUYỆN LÂM BÌNH"),
            number: Some("05"),
            year: None,
            symbol: Some("PNV"),
            place: Some("Lâm Bình"),
            date: Some("2023-01-09"),
            subject: Some("báo cáo số lượng cán bộ, công chức cấp xã năm 2023"),
        },
    );
}

#[test]
fn kind_from_symbol_when_no_title_nor_vv() {
    let d = vanban::parse(
        "UBND TỈNH BẮC NINH\nSỞ TƯ PHÁP\nSố: 45/KH-STP\nBắc Ninh, ngày 3 tháng 4 năm 2023\n\nThực hiện ...",
    );
    assert_eq!(d.kind, Some(DocKind::KeHoach));
    assert_eq!(d.date, Some(PartialDate::ymd(2023, 4, 3)));
}

#[test]
fn issuer_and_motto_on_one_line() {
    let d = vanban::parse(
        "UBND TỈNH HÀ GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ Độc lập - Tự do - Hạnh phúc\nSố: 7/SYT-NVY Hà Giang, ngày 01 tháng 02 năm 2022\nV/v phòng chống dịch\n",
    );
    let i = d
        .issuer
        .as_ref()
        .map(|i| (i.name.as_str(), i.parent.as_deref()));
    assert_eq!(i, Some(("SỞ Y TẾ", Some("UBND TỈNH HÀ GIANG"))));
    assert_eq!(d.place.as_deref(), Some("Hà Giang"));
    assert_eq!(d.date, Some(PartialDate::ymd(2022, 2, 1)));
    assert_eq!(
        d.reference.as_ref().and_then(|r| r.number.as_deref()),
        Some("7")
    );
    assert_eq!(d.subject.as_deref(), Some("phòng chống dịch"));
}

#[test]
fn upper_and_lower_case_spelling_variants_match() {
    let d = vanban::parse(
        "UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\ncộng hoà xã hội chủ nghĩa việt nam\nSỐ: 9/UBND-VP\nHuế, NGÀY 2 THÁNG 3 NĂM 2020\nV/V: trả lời kiến nghị\n",
    );
    assert_eq!(
        d.issuer.map(|i| i.name),
        Some("UỶ BAN NHÂN DÂN THÀNH PHỐ HUẾ".to_string())
    );
    assert_eq!(d.date, Some(PartialDate::ymd(2020, 3, 2)));
    assert_eq!(d.subject.as_deref(), Some("trả lời kiến nghị"));
    assert_eq!(d.kind, Some(DocKind::CongVan));
}

#[test]
fn no_input_panics_and_empty_input_is_empty() {
    let d = vanban::parse("");
    assert_eq!(d.kind, None);
    assert!(d.tasks.is_empty());
    for s in [
        "Số:",
        "Số: /",
        "ngày tháng năm",
        "V/v",
        "QUYẾT\n",
        "Số:\n\n",
        "*",
        "**",
        "Hà Nội, ngày 99 tháng 99 năm 2020",
    ] {
        let _ = vanban::parse(s);
    }
}

#[test]
fn government_decree_and_cong_dien() {
    let d = vanban::parse(
        "CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\n\nNGHỊ ĐỊNH\nVề công tác văn thư\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n",
    );
    assert_eq!(d.kind, Some(DocKind::NghiDinh));
    assert_eq!(
        d.issuer.as_ref().map(|i| i.name.as_str()),
        Some("CHÍNH PHỦ")
    );
    assert_eq!(d.reference.as_ref().and_then(|r| r.year), Some(2020));
    assert_eq!(
        d.reference.as_ref().and_then(|r| r.symbol.as_deref()),
        Some("NĐ-CP")
    );
    assert_eq!(d.subject.as_deref(), Some("Về công tác văn thư"));
    let d = vanban::parse(
        "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 10/CĐ-TTg\nHà Nội, ngày 06 tháng 9 năm 2024\nCÔNG ĐIỆN\nVề việc tập trung ứng phó khẩn cấp với bão số 3\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ: Quốc phòng, Công an;\n",
    );
    assert_eq!(d.kind, Some(DocKind::CongDien));
    assert_eq!(
        d.issuer.as_ref().map(|i| i.name.as_str()),
        Some("THỦ TƯỚNG CHÍNH PHỦ")
    );
    assert_eq!(
        d.subject.as_deref(),
        Some("tập trung ứng phó khẩn cấp với bão số 3")
    );
}

#[test]
fn right_column_first_and_pipe_cells() {
    let d = vanban::parse(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐà Nẵng, ngày 15 tháng 8 năm 2022\nUBND THÀNH PHỐ ĐÀ NẴNG\nSỞ XÂY DỰNG\nSố: 5123/SXD-QLXD\nV/v góp ý dự thảo quy định\n",
    );
    let i = d
        .issuer
        .as_ref()
        .map(|i| (i.name.as_str(), i.parent.as_deref()));
    assert_eq!(i, Some(("SỞ XÂY DỰNG", Some("UBND THÀNH PHỐ ĐÀ NẴNG"))));
    assert_eq!(d.date, Some(PartialDate::ymd(2022, 8, 15)));
    let d = vanban::parse(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ | Độc lập - Tự do - Hạnh phúc\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019\n\nQUYẾT ĐỊNH\nQuy định về chế độ báo cáo định kỳ\n",
    );
    assert_eq!(
        d.issuer.as_ref().map(|i| i.name.as_str()),
        Some("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ")
    );
    assert_eq!(
        d.reference.as_ref().and_then(|r| r.number.as_deref()),
        Some("41")
    );
    assert_eq!(d.place.as_deref(), Some("Quảng Trị"));
    assert_eq!(d.date, Some(PartialDate::ymd(2019, 10, 22)));
    assert_eq!(d.kind, Some(DocKind::QuyetDinh));
}

#[test]
fn news_lead_without_a_date_after_a_time_phrase() {
    let d = vanban::parse(
        "Bình Định triển khai chuyển đổi số năm 2024\n\nVừa qua, UBND tỉnh Bình Định ban hành Kế hoạch số 95/KH-UBND ngày 12/3/2024 về triển khai nhiệm vụ chuyển đổi số năm 2024.\n\nTheo đó, UBND tỉnh yêu cầu các sở, ban, ngành thực hiện các nhiệm vụ sau:\n",
    );
    assert_eq!(d.kind, Some(DocKind::KeHoach));
    assert_eq!(
        d.issuer.as_ref().map(|i| i.name.as_str()),
        Some("UBND tỉnh Bình Định")
    );
    assert_eq!(
        d.reference.as_ref().and_then(|r| r.number.as_deref()),
        Some("95")
    );
    assert_eq!(d.date, Some(PartialDate::ymd(2024, 3, 12)));
    assert_eq!(
        d.subject.as_deref(),
        Some("triển khai nhiệm vụ chuyển đổi số năm 2024")
    );
}
