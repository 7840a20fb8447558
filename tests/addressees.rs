//! Tests of the addressees: the "Kính gửi" block, and the directive sentence.

use crate::common::{SEEDS, at, fixture, parse_fixture};

fn texts(doc: &vanban::Document) -> Vec<String> {
    doc.addressees.iter().map(|a| a.text.clone()).collect()
}

#[test]
fn kinh_gui_one_line_with_semicolons() {
    let rel = "body/bo_cong_van.txt";
    let doc = parse_fixture(rel);
    assert_eq!(
        texts(&doc),
        [
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            "các bộ, cơ quan ngang bộ"
        ]
    );
    let input = fixture(rel);
    assert_eq!(
        at(&input, doc.addressees[1].span),
        "các bộ, cơ quan ngang bộ"
    );
}

#[test]
fn kinh_gui_dash_list() {
    let rel = "body/three_levels.txt";
    let doc = parse_fixture(rel);
    assert_eq!(
        texts(&doc),
        [
            "Các sở, ban, ngành tỉnh",
            "Ủy ban nhân dân các huyện, thành phố"
        ]
    );
    let input = fixture(rel);
    assert_eq!(
        at(&input, doc.addressees[0].span),
        "Các sở, ban, ngành tỉnh"
    );
}

#[test]
fn kinh_gui_single_entry() {
    let doc = parse_fixture("body/no_directive.txt");
    assert_eq!(
        texts(&doc),
        ["Giám đốc các bệnh viện, trung tâm y tế huyện, thị xã, thành phố"]
    );
}

#[test]
fn kinh_gui_variants() {
    let head = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/UBND-VP\nNam Định, ngày 05 tháng 01 năm 2022\nV/v báo cáo\n\n";
    let doc = vanban::parse(&format!(
        "{head}KÍNH GỬI: Sở Nội vụ.\n\nĐề nghị Sở báo cáo.\n"
    ));
    assert_eq!(texts(&doc), ["Sở Nội vụ"]);
    let doc = vanban::parse(&format!(
        "{head}Kính gởi:\n• Sở Tài chính;\n• Kho bạc Nhà nước tỉnh.\n\nĐề nghị các đơn vị phối hợp.\n"
    ));
    assert_eq!(texts(&doc), ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]);
    let doc = vanban::parse(&format!(
        "{head}Kính gửi: Sở Y tế; Sở Giáo dục và Đào tạo.\n"
    ));
    assert_eq!(texts(&doc), ["Sở Y tế", "Sở Giáo dục và Đào tạo"]);
}

#[test]
fn directive_sentence_names_the_addressees() {
    let doc = parse_fixture(SEEDS[1]);
    assert_eq!(
        texts(&doc),
        [
            "Giám đốc các sở, thủ trưởng các ban, ngành cấp tỉnh",
            "Chủ tịch UBND các huyện, thị xã, thành phố",
            "Chủ tịch UBND xã, phường, thị trấn"
        ]
    );
    // Without ";", a comma before a leader word splits.
    let doc = parse_fixture(SEEDS[3]);
    assert_eq!(
        texts(&doc),
        [
            "Thủ trưởng các Sở, Ban, ngành",
            "Chủ tịch UBND các huyện, thành phố"
        ]
    );
    let doc = parse_fixture("body/news_dash.txt");
    assert_eq!(
        texts(&doc),
        [
            "Giám đốc các sở, ngành",
            "Chủ tịch UBND các huyện, thị xã, thành phố"
        ]
    );
    let input = fixture("body/news_dash.txt");
    assert_eq!(
        at(&input, doc.addressees[1].span),
        "Chủ tịch UBND các huyện, thị xã, thành phố"
    );
}

#[test]
fn kinh_gui_wins_over_the_directive_sentence() {
    let doc = parse_fixture("body/footnote.txt");
    assert_eq!(
        texts(&doc),
        [
            "Các sở, ban, ngành cấp tỉnh",
            "UBND các huyện, thành phố, thị xã"
        ]
    );
}

#[test]
fn kinh_gui_plain_lines_ending_in_semicolons() {
    let text = "BỘ TÀI CHÍNH\nSố: 101/BTC-HCSN\nHà Nội, ngày 03 tháng 3 năm 2023\nV/v kinh phí\n\nKính gửi:\nSở Tài chính các tỉnh;\nKho bạc Nhà nước các tỉnh.\n\nBộ Tài chính đề nghị các đơn vị thực hiện.\n";
    let doc = vanban::parse(text);
    assert_eq!(
        texts(&doc),
        ["Sở Tài chính các tỉnh", "Kho bạc Nhà nước các tỉnh"]
    );
}

#[test]
fn kinh_gui_found_further_down_the_body() {
    let text = "SỞ NỘI VỤ\nSố: 55/SNV-CCVC\nHà Giang, ngày 02 tháng 3 năm 2023\nV/v tuyển dụng\n\nThông báo tuyển dụng công chức\nnăm 2023 của tỉnh\nđợt 1\nKính gửi:\n- Các sở, ban, ngành;\n- UBND các huyện.\n\nSở Nội vụ đề nghị các đơn vị thực hiện:\n1. Đăng tải thông báo.\n";
    let doc = vanban::parse(text);
    assert_eq!(texts(&doc), ["Các sở, ban, ngành", "UBND các huyện"]);
    assert_eq!(crate::common::task_paths(&doc.tasks), ["1"]);
}
