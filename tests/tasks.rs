//! Tests of the tasks stage: the directive part, the task tree, assignees
//! and the roles of the paragraphs that are no task.

use crate::common::{SEEDS, at, fixture, parse_fixture, task_paths};
use vanban::{Role, Task};

/// The task at label path `path` ("2 > a").
fn task<'a>(tasks: &'a [Task], path: &str) -> &'a Task {
    let mut level = tasks;
    let mut found = None;
    for label in path.split(" > ") {
        let t = level
            .iter()
            .find(|t| t.label == label)
            .unwrap_or_else(|| panic!("no task {label} in {path}"));
        level = &t.children;
        found = Some(t);
    }
    found.unwrap_or_else(|| panic!("empty path"))
}

fn roles(doc: &vanban::Document, role: Role) -> Vec<String> {
    doc.body
        .iter()
        .filter(|p| p.role == role)
        .map(|p| p.text.clone())
        .collect()
}

#[test]
fn decision_articles_khoan_and_diem() {
    let rel = "body/quyet_dinh_dieu.txt";
    let doc = parse_fixture(rel);
    assert_eq!(
        task_paths(&doc.tasks),
        [
            "Điều 1",
            "Điều 2",
            "Điều 2 > 1",
            "Điều 2 > 1 > a",
            "Điều 2 > 1 > b",
            "Điều 2 > 1 > c",
            "Điều 2 > 2",
            "Điều 2 > 3",
            "Điều 3"
        ]
    );
    assert_eq!(task(&doc.tasks, "Điều 2").text, "Nhiệm vụ của Tổ công tác");
    assert_eq!(
        task(&doc.tasks, "Điều 2 > 1 > b").text,
        "Thủ tục hành chính trong lĩnh vực đầu tư, đăng ký doanh nghiệp"
    );
    assert_eq!(
        &task(&doc.tasks, "Điều 3").assignees[..2],
        ["Chánh Văn phòng UBND tỉnh", "Giám đốc các sở"]
    );
    // Grounds are preamble, the operative word an instruction.
    let pre = roles(&doc, Role::Preamble);
    assert!(
        pre.iter()
            .any(|p| p.starts_with("Căn cứ Nghị định số 63/2010"))
    );
    assert_eq!(roles(&doc, Role::Instruction), ["QUYẾT ĐỊNH:"]);
    // A task's span holds its children.
    let input = fixture(rel);
    let d2 = at(&input, task(&doc.tasks, "Điều 2").span);
    assert!(d2.starts_with("Điều 2. Nhiệm vụ"));
    assert!(d2.ends_with("sau khi hoàn thành nhiệm vụ."));
}

#[test]
fn plan_purpose_is_no_task_and_sections_are() {
    let doc = parse_fixture("body/ke_hoach.txt");
    assert_eq!(
        task_paths(&doc.tasks),
        [
            "II",
            "II > 1",
            "II > 1 > a",
            "II > 1 > b",
            "II > 2",
            "II > 2 > a",
            "II > 2 > b",
            "III",
            "III > 1",
            "III > 2",
            "III > 3"
        ]
    );
    assert_eq!(task(&doc.tasks, "III").text, "TỔ CHỨC THỰC HIỆN");
    assert_eq!(task(&doc.tasks, "III > 1").assignees, ["Phòng Nội vụ"]);
    assert_eq!(
        task(&doc.tasks, "III > 2").assignees,
        ["Phòng Văn hóa và Thông tin"]
    );
    assert_eq!(
        task(&doc.tasks, "III > 3").assignees,
        ["UBND các xã, thị trấn"]
    );
    let pre = roles(&doc, Role::Preamble);
    assert!(pre.contains(&"I. MỤC ĐÍCH, YÊU CẦU".to_string()));
    assert!(
        pre.iter()
            .any(|p| p.starts_with("2. Yêu cầu Công tác tuyên truyền"))
    );
    assert_eq!(
        roles(&doc, Role::Closing).first().map(String::as_str),
        Some(
            "Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2024 của UBND huyện Châu Thành./."
        )
    );
}

#[test]
fn conclusion_notice_assigns_each_item() {
    let doc = parse_fixture("body/thong_bao_ket_luan.txt");
    assert_eq!(task_paths(&doc.tasks), ["1", "2", "3", "3 > a", "3 > b"]);
    assert_eq!(task(&doc.tasks, "1").assignees, ["Sở Giao thông vận tải"]);
    assert_eq!(
        task(&doc.tasks, "2").assignees,
        ["Sở Tài nguyên và Môi trường"]
    );
    // "UBND các huyện ...:" heads its điểm, which inherit it.
    assert_eq!(
        task(&doc.tasks, "3 > b").assignees,
        ["UBND các huyện Diễn Châu, Nghi Lộc, Quỳnh Lưu"]
    );
    assert!(doc.addressees.is_empty());
}

#[test]
fn ministry_letter_letters_and_dashes() {
    let doc = parse_fixture("body/bo_cong_van.txt");
    assert_eq!(task_paths(&doc.tasks), ["a", "a > -", "a > -", "b"]);
    assert_eq!(
        task(&doc.tasks, "a").children[1].text,
        "Tài liệu kiểm chứng phải được cập nhật đầy đủ trên phần mềm"
    );
    // The "nếu có khó khăn" sentence closes; it is no part of b).
    assert!(!task(&doc.tasks, "b").text.contains("khó khăn"));
    assert!(
        roles(&doc, Role::Closing)[0].starts_with("Trong quá trình thực hiện, nếu có khó khăn")
    );
}

#[test]
fn three_levels_deep() {
    let doc = parse_fixture("body/three_levels.txt");
    assert_eq!(
        task_paths(&doc.tasks),
        [
            "1",
            "1 > 1.1",
            "1 > 1.2",
            "1 > 1.2 > a",
            "1 > 1.2 > a > -",
            "1 > 1.2 > a > -",
            "1 > 1.2 > b",
            "2",
            "2 > 2.1",
            "2 > 2.2"
        ]
    );
    assert_eq!(
        task(&doc.tasks, "1 > 1.2 > a").children[0].assignees,
        ["Sở Nông nghiệp và Phát triển nông thôn"]
    );
    assert_eq!(
        task(&doc.tasks, "2 > 2.1").assignees,
        ["Ủy ban nhân dân các huyện, thành phố"]
    );
}

#[test]
fn news_report_with_en_dash_items() {
    let doc = parse_fixture("body/news_dash.txt");
    assert_eq!(task_paths(&doc.tasks), ["-", "-", "-"]);
    assert_eq!(
        doc.tasks[2].text,
        "Định kỳ hằng tháng báo cáo kết quả giải ngân về Sở Kế hoạch và Đầu tư để tổng hợp"
    );
    let closing = roles(&doc, Role::Closing);
    assert_eq!(
        closing[0],
        "Nội dung chi tiết xem tại Công văn số 3120/UBND-KT./."
    );
}

#[test]
fn letter_without_directive_sentence_lists_tasks() {
    let doc = parse_fixture("body/no_directive.txt");
    assert_eq!(task_paths(&doc.tasks), ["1", "2", "3"]);
    assert_eq!(roles(&doc, Role::Preamble).len(), 1);
}

#[test]
fn footnote_is_no_task() {
    let doc = parse_fixture("body/footnote.txt");
    assert_eq!(task_paths(&doc.tasks), ["1", "2"]);
    assert_eq!(
        roles(&doc, Role::Footnote),
        ["(1) Gồm: Sở Tư pháp, Sở Xây dựng, Sở Công Thương và UBND các huyện Can Lộc, Đức Thọ."]
    );
    assert_eq!(task(&doc.tasks, "2").assignees, ["Sở Nội vụ"]);
}

#[test]
fn seed_trees_findings_continuations_and_closing() {
    // 003: sections 1 and 2 are findings, 3 holds the tasks.
    let doc = parse_fixture(SEEDS[3]);
    assert_eq!(
        task_paths(&doc.tasks),
        [
            "3", "3 > 3.1", "3 > 3.2", "3 > 3.3", "3 > 3.4", "3 > 3.5", "3 > 3.6"
        ]
    );
    assert_eq!(
        roles(&doc, Role::Finding)[0],
        "1. Một số kết quả nổi bật đạt được trong 9 tháng đầu năm 2024"
    );
    // A page break inside 3.3 ("..., như: Sở ...") stays in 3.3.
    assert!(
        task(&doc.tasks, "3 > 3.3")
            .text
            .ends_with("UBND huyện Tràng Định (06 lớp)")
    );
    assert!(
        task(&doc.tasks, "3 > 3.2")
            .text
            .contains("Ngày không phiếu hẹn")
    );

    // 004: a page break splits a dash item; "Đối với" headings assign.
    let doc = parse_fixture(SEEDS[4]);
    let a = task(&doc.tasks, "2 > a");
    assert!(
        a.children[6]
            .text
            .contains("để hỗ trợ kịp thời công tác chỉ đạo, điều hành.")
    );
    assert_eq!(
        task(&doc.tasks, "2 > d").children[0].assignees,
        ["Sở Tài nguyên và Môi trường"]
    );
    assert_eq!(
        task(&doc.tasks, "2 > g").assignees,
        ["Sở Khoa học và Công nghệ"]
    );
    assert_eq!(
        task(&doc.tasks, "2 > i").children[0].children.len(),
        2,
        "Cục Thuế tỉnh has two + items"
    );
    assert!(
        !task(&doc.tasks, "2 > i").children[2]
            .text
            .contains("công văn này")
    );

    // 001: tab-indented items; item 4's second paragraph; the closing.
    let doc = parse_fixture(SEEDS[1]);
    assert_eq!(doc.tasks.len(), 15);
    assert!(doc.tasks[3].text.contains("Xây dựng quy chế phối hợp"));
    assert!(!doc.tasks[14].text.contains("quán triệt"));
    assert_eq!(
        doc.tasks[12].assignees[..2],
        ["Công an tỉnh", "Cục Thuế tỉnh"]
    );
}

#[test]
fn linear_on_a_large_document() {
    // 500 khoản x 4 điểm x 4 dashes = 10,500 items, about 1 MB.
    let mut s = String::from("Chủ tịch UBND tỉnh yêu cầu:\n");
    for i in 1..=500 {
        s.push_str(&format!(
            "{i}. Sở Nội vụ chủ trì thực hiện nhiệm vụ số {i} theo kế hoạch đã được phê duyệt.\n"
        ));
        for l in ["a", "b", "c", "d"] {
            s.push_str(&format!(
                "{l}) Rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết của đơn vị;\n"
            ));
            for _ in 0..4 {
                s.push_str(
                    "- Báo cáo kết quả thực hiện về Sở Nội vụ trong quý, cập nhật lên phần mềm;\n",
                );
            }
        }
    }
    assert!(s.len() > 1_000_000);
    let t = std::time::Instant::now();
    let doc = vanban::parse(&s);
    assert_eq!(doc.tasks.len(), 500);
    assert_eq!(task_paths(&doc.tasks).len(), 10_500);
    assert_eq!(task_paths(&doc.tasks)[1], "1 > a");
    assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
}

#[test]
fn hard_wrapped_letter_with_paren_numbers_and_dot_letters() {
    let doc = parse_fixture("body/cong_van_wrapped.txt");
    assert_eq!(task_paths(&doc.tasks), ["1", "2", "2 > a", "2 > b", "3"]);
    assert_eq!(
        doc.tasks[0].text,
        "Tăng cường công tác chỉ đạo, điều hành; nâng cao trách nhiệm của người đứng đầu trong công tác cải cách hành chính"
    );
    assert_eq!(
        doc.tasks[2].assignees,
        [
            "Sở Thông tin và Truyền thông",
            "Báo Quảng Nam",
            "Đài Phát thanh - Truyền hình tỉnh"
        ]
    );
    assert_eq!(roles(&doc, Role::Closing)[0], "Trân trọng./.");
}

#[test]
fn dispatch_lists_addressees_after_its_authority_line() {
    let doc = parse_fixture("body/cong_dien.txt");
    assert_eq!(task_paths(&doc.tasks), ["1", "2", "3"]);
    assert_eq!(doc.tasks[1].assignees, ["Bộ Quốc phòng", "Bộ Công an"]);
    assert_eq!(doc.addressees.len(), 2);
    assert!(doc.addressees[1].text.starts_with("Các Bộ: Quốc phòng"));
}

#[test]
fn report_results_are_findings_and_its_programme_is_tasks() {
    let doc = parse_fixture("body/bao_cao.txt");
    assert_eq!(task_paths(&doc.tasks), ["III", "III > 1", "III > 2"]);
    assert_eq!(roles(&doc, Role::Finding)[0], "I. KẾT QUẢ THỰC HIỆN");
    // "Đề xuất, kiến nghị" asks a superior: no task.
    assert!(roles(&doc, Role::Other)[0].starts_with("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
}

#[test]
fn attendees_page_numbers_lead_and_support() {
    let doc = parse_fixture("body/thong_bao_attendees.txt");
    assert_eq!(task_paths(&doc.tasks), ["2", "2 > 2.1", "2 > 2.2"]);
    // The attendees' dashes are no tasks.
    assert!(roles(&doc, Role::Preamble).contains(&"- Lãnh đạo Văn phòng UBND tỉnh;".to_string()));
    // "- 2 -" is a page number; the sentence goes on after it.
    assert!(
        task(&doc.tasks, "2 > 2.1")
            .text
            .ends_with("rà soát các dự án chậm tiến độ để điều chuyển vốn")
    );
    // Normalisation blanks it; the task's span still covers its line.
    assert!(roles(&doc, Role::Other).is_empty());
    let t = task(&doc.tasks, "2 > 2.2");
    assert_eq!(t.lead, ["Sở Kế hoạch và Đầu tư"]);
    assert_eq!(t.support, ["Sở Tài chính"]);
}

#[test]
fn numbered_shortcomings_before_the_directive_are_no_tasks() {
    let doc = parse_fixture("body/chi_thi_findings.txt");
    assert_eq!(task_paths(&doc.tasks), ["1", "1 > a", "1 > b", "2"]);
    assert_eq!(
        doc.tasks[0].assignees,
        [
            "Giám đốc các sở, ban, ngành",
            "Chủ tịch UBND các huyện, thị xã, thành phố"
        ]
    );
    assert_eq!(doc.tasks[1].assignees, ["Sở Nội vụ"]);
    let pre = roles(&doc, Role::Preamble);
    assert!(pre.contains(&"2. Việc giải quyết hồ sơ thủ tục hành chính còn trễ hẹn.".to_string()));
    assert_eq!(
        roles(&doc, Role::Instruction),
        ["Để khắc phục tình trạng trên, Chủ tịch UBND tỉnh chỉ thị:"]
    );
}

#[test]
fn wrapped_year_range_is_no_bullet() {
    let text = "Chủ tịch UBND tỉnh yêu cầu:\n1. Thực hiện Đề án giai đoạn 2021\n- 2025 đúng tiến độ.\n2. Báo cáo kết quả.\n";
    let doc = vanban::parse(text);
    assert_eq!(task_paths(&doc.tasks), ["1", "2"]);
    assert_eq!(
        doc.tasks[0].text,
        "Thực hiện Đề án giai đoạn 2021 - 2025 đúng tiến độ"
    );
}

#[test]
fn odd_input_never_panics() {
    let pieces = [
        "Kính gửi:",
        "- ",
        "+ ",
        "1.",
        "1.1.",
        "a)",
        "đ)",
        "I.",
        "Điều 1.",
        "(1)",
        "⁽¹⁾",
        "yêu cầu",
        "Giao",
        "Sở Nội vụ",
        "chủ trì",
        "phối hợp với",
        ":",
        ";",
        "./.",
        "như sau:",
        "QUYẾT ĐỊNH:",
        "điện:",
        "\n",
        "\n\n",
        "\t",
        "中",
        "\u{301}",
        "- 2 -",
        "Phòng",
        "chống",
    ];
    let mut seed: u64 = 42;
    for _ in 0..300 {
        let mut s = String::new();
        for _ in 0..60 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if seed & 1 == 0 {
                s.push(' ');
            }
        }
        let _ = vanban::parse(&s);
    }
}

#[test]
fn bare_markers_take_their_title_from_the_next_line() {
    let text = "Căn cứ Kế hoạch số 12/KH-UBND, UBND huyện hướng dẫn như sau:\nI.\nKẾT QUẢ THỰC HIỆN\nĐã hoàn thành 90% chỉ tiêu.\nII.\nNHIỆM VỤ TRỌNG TÂM\n1.\nRà soát thủ tục hành chính.\n2.\nBáo cáo kết quả trước ngày 15/12/2024.\n";
    let doc = vanban::parse(text);
    assert_eq!(task_paths(&doc.tasks), ["II", "II > 1", "II > 2"]);
    assert_eq!(doc.tasks[0].text, "NHIỆM VỤ TRỌNG TÂM");
    assert_eq!(doc.tasks[0].children[0].text, "Rà soát thủ tục hành chính");
}
