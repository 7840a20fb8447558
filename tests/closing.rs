//! Tests of the closing stage (see its issue): recipients with their notes,
//! the archive line, the signature block, over the ways dumps flatten the
//! two-column footer.

use crate::common::{at, fixture, parse_fixture};

/// The authority lines as "TL. CHỦ TỊCH".
fn authority(doc: &vanban::Document) -> Vec<String> {
    doc.signer
        .as_ref()
        .map(|s| {
            s.authority
                .iter()
                .map(|a| format!("{}. {}", a.prefix, a.title))
                .collect()
        })
        .unwrap_or_default()
}

fn title(doc: &vanban::Document) -> Option<&str> {
    doc.signer.as_ref().and_then(|s| s.title.as_deref())
}

fn name(doc: &vanban::Document) -> Option<&str> {
    doc.signer.as_ref().and_then(|s| s.name.as_deref())
}

fn recipients(doc: &vanban::Document) -> Vec<&str> {
    doc.recipients.iter().map(|r| r.text.as_str()).collect()
}

/// Whether some non-closing body paragraph contains `needle`.
/// Whether `needle` stayed in the body: in a task, or in a paragraph that
/// lies before the closing (the recipients and the signature).
fn in_body(doc: &vanban::Document, needle: &str) -> bool {
    fn in_tasks(ts: &[vanban::Task], needle: &str) -> bool {
        ts.iter().any(|t| {
            format!("{}. {}", t.label, t.text).contains(needle) || in_tasks(&t.children, needle)
        })
    }
    let closing_start = doc
        .recipients
        .iter()
        .map(|r| r.span.start)
        .chain(doc.signer.as_ref().map(|s| s.span.start))
        .min()
        .unwrap_or(usize::MAX);
    in_tasks(&doc.tasks, needle)
        || doc
            .body
            .iter()
            .any(|p| p.text.contains(needle) && p.span.end <= closing_start)
}

#[test]
fn ministry_letter_signed_tuq_with_rank() {
    let rel = "closing/ministry_tuq.txt";
    let doc = parse_fixture(rel);
    assert_eq!(authority(&doc), ["TUQ. BỘ TRƯỞNG"]);
    assert_eq!(title(&doc), Some("CỤC TRƯỞNG CỤC PHÁP CHẾ"));
    assert_eq!(name(&doc), Some("Trần Văn Hà"));
    let s = doc.signer.as_ref().unwrap();
    assert_eq!(s.rank.as_deref(), Some("Thiếu tướng"));
    let input = fixture(rel);
    let block = at(&input, s.span);
    assert!(block.starts_with("TUQ. BỘ TRƯỞNG"), "{block}");
    assert!(block.ends_with("Thiếu tướng Trần Văn Hà"), "{block}");
    assert_eq!(
        recipients(&doc),
        ["Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, PC (3b)"]
    );
    let r = &doc.recipients[1];
    assert_eq!(r.name, "Bộ trưởng");
    assert_eq!(r.note.as_deref(), Some("để b/c"));
    assert_eq!(r.purposes, ["report"]);
    assert_eq!(at(&input, r.span), "- Bộ trưởng (để b/c);");
    let a = doc.archive.as_ref().unwrap();
    assert_eq!(a.holders, ["VT", "PC"]);
    assert_eq!((a.drafter.as_deref(), a.copies), (None, Some(3)));
    assert_eq!(at(&input, a.span), "- Lưu: VT, PC (3b).");
    assert!(in_body(&doc, "gửi Bộ Tư pháp tổng hợp./."));
}

#[test]
fn party_document_signature_before_recipients() {
    let doc = parse_fixture("closing/party_tm.txt");
    assert_eq!(authority(&doc), ["TM. BAN THƯỜNG VỤ"]);
    assert_eq!(title(&doc), Some("BÍ THƯ"));
    assert_eq!(name(&doc), Some("Nguyễn Hải Ninh"));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "Ban Bí thư (b/c)", "Lưu Văn phòng Tỉnh ủy"]
    );
    let a = doc.archive.as_ref().unwrap();
    assert_eq!(a.holders, ["Văn phòng Tỉnh ủy"]);
    assert_eq!((a.drafter.as_deref(), a.copies), (None, None));
    // The body runs to its end mark; "Đối với Sở ...:" is no closing.
    assert!(in_body(&doc, "trước ngày 30/5/2022./."));
    assert!(in_body(&doc, "Đối với Sở Nông nghiệp"));
}

#[test]
fn side_by_side_columns() {
    let doc = parse_fixture("closing/side_by_side.txt");
    assert_eq!(authority(&doc), ["KT. CHỦ TỊCH"]);
    assert_eq!(title(&doc), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Hồ Quang Bửu"));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "CT, các PCT UBND tỉnh", "CPVP", "Lưu: VT, KTN"]
    );
    assert_eq!(doc.archive.as_ref().unwrap().holders, ["VT", "KTN"]);
}

#[test]
fn alternating_lines_with_a_digital_signature_stamp() {
    let rel = "closing/alternating.txt";
    let doc = parse_fixture(rel);
    assert_eq!(authority(&doc), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
    assert_eq!(title(&doc), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Nguyễn Thị Kim Ngân"));
    assert_eq!(
        recipients(&doc),
        [
            "Như trên",
            "TT Huyện ủy (b/c)",
            "Phòng TN&MT (t/h)",
            "Lưu: VT"
        ]
    );
    assert_eq!(doc.recipients[2].purposes, ["execute"]);
    assert_eq!(doc.recipients[2].name, "Phòng TN&MT");
    // The stamp lies inside the signature block, and is no field.
    let input = fixture(rel);
    let block = at(&input, doc.signer.as_ref().unwrap().span);
    assert!(block.contains("Thời gian ký: 02.08.2021"), "{block}");
    assert!(!doc.body.iter().any(|p| p.text.contains("Ký bởi")));
}

#[test]
fn decision_with_cell_separators() {
    let doc = parse_fixture("closing/decision_cells.txt");
    assert_eq!(authority(&doc), ["TM. ỦY BAN NHÂN DÂN"]);
    assert_eq!(title(&doc), Some("CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Võ Văn Hưng"));
    assert_eq!(
        recipients(&doc),
        [
            "Như Điều 3",
            "Bộ Công Thương",
            "Cục Kiểm tra VBQPPL - Bộ Tư pháp",
            "Lưu: VT, KT"
        ]
    );
    assert!(in_body(&doc, "chịu trách nhiệm thi hành Quyết định này./."));
}

#[test]
fn rows_merged_into_one_line_and_glued_copies() {
    let doc = parse_fixture("closing/merged_rows.txt");
    assert_eq!(authority(&doc), ["KT. GIÁM ĐỐC"]);
    assert_eq!(title(&doc), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(name(&doc), Some("Đặng Văn Phước"));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "Giám đốc Sở (b/c)", "Lưu: VT, CCVC. Hg.10b"]
    );
    let a = doc.archive.as_ref().unwrap();
    assert_eq!(a.holders, ["VT", "CCVC"]);
    assert_eq!((a.drafter.as_deref(), a.copies), (Some("Hg"), Some(10)));
}

#[test]
fn news_byline_is_no_signer() {
    let doc = parse_fixture("closing/news_byline.txt");
    assert!(doc.signer.is_none());
    assert!(doc.recipients.is_empty());
    assert!(in_body(&doc, "Minh Anh"));
    // An authority word inside a sentence cuts nothing.
    assert!(in_body(&doc, "KT. CHỦ TỊCH ký văn bản"));

    let seed = parse_fixture("seeds/002_2a273c811392d444.txt");
    assert!(seed.signer.is_none());
    assert!(in_body(&seed, "Đào Thị Luyến"));
}

#[test]
fn acting_head_without_recipients_and_a_degree() {
    let doc = parse_fixture("closing/no_recipients.txt");
    assert_eq!(authority(&doc), ["Q. HIỆU TRƯỞNG"]);
    assert_eq!(title(&doc), None);
    assert_eq!(name(&doc), Some("Lê Quang Sơn"));
    assert_eq!(
        doc.signer.as_ref().unwrap().rank.as_deref(),
        Some("PGS.TS.")
    );
    assert!(doc.recipients.is_empty());
    assert!(in_body(&doc, "III. TỔ CHỨC THỰC HIỆN"));
    assert!(in_body(&doc, "thực hiện nghiêm túc./."));
}

#[test]
fn seeds_read_their_archive_lines() {
    let doc = parse_fixture("seeds/000_1d9eea9674fe7869.txt");
    let a = doc.archive.as_ref().unwrap();
    assert_eq!(a.holders, ["VT", "NC"]);
    assert_eq!(a.drafter.as_deref(), Some("P.Hà"));
    assert_eq!(doc.recipients[0].purposes, ["execute"]);
    assert_eq!(doc.recipients[5].text, "Phòng THCBKS (Đ/c Nhung)");
    assert_eq!(doc.recipients[5].note, None);

    let doc = parse_fixture("seeds/004_f9f8bb238912a5b7.txt");
    let a = doc.archive.as_ref().unwrap();
    assert_eq!(
        (a.holders.as_slice(), a.copies),
        (&["VT".to_string(), "DL".to_string()][..], Some(25))
    );
    let r = &doc.recipients[7];
    assert_eq!(
        (r.name.as_str(), r.note.as_deref()),
        ("Đài PT-TH, Báo KH", Some("VBĐT"))
    );
    assert_eq!(r.purposes, ["electronic"]);
}

const HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
Độc lập - Tự do - Hạnh phúc\nSố: 15/UBND-TH\nLâm Đồng, ngày 05 tháng 02 năm 2024\n\
V/v báo cáo tình hình\n\nKính gửi: Sở Nội vụ.\n\nỦy ban nhân dân tỉnh đề nghị Sở Nội vụ \
tổng hợp tình hình và báo cáo trước ngày 20/02/2024 theo đúng quy định hiện hành.\n";

#[test]
fn signature_without_recipients_and_a_name_in_capitals() {
    let doc = vanban::parse(&format!("{HEAD}\nGIÁM ĐỐC\nNGUYỄN VĂN AN\n"));
    assert_eq!(title(&doc), Some("GIÁM ĐỐC"));
    assert_eq!(name(&doc), Some("NGUYỄN VĂN AN"));
    assert!(in_body(&doc, "theo đúng quy định hiện hành"));
}

#[test]
fn list_on_one_line_and_authority_run_into_the_title() {
    let doc = vanban::parse(&format!(
        "{HEAD}\nNơi nhận: - Như trên; - TT Tỉnh ủy (để báo cáo); - Lưu: VT, TH.\n\
         TM. ỦY BAN NHÂN DÂN CHỦ TỊCH\nTrần Đức Quận\n"
    ));
    assert_eq!(authority(&doc), ["TM. ỦY BAN NHÂN DÂN"]);
    assert_eq!(title(&doc), Some("CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Trần Đức Quận"));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "TT Tỉnh ủy (để báo cáo)", "Lưu: VT, TH"]
    );
    assert_eq!(doc.recipients[1].purposes, ["report"]);
}

#[test]
fn wrapped_entry_and_name_beside_the_archive_line() {
    let doc = vanban::parse(&format!(
        "{HEAD}\nNơi nhận:                               TM. ỦY BAN NHÂN DÂN\n\
         - Như trên;                             CHỦ TỊCH\n- Văn phòng Đoàn ĐBQH và\nHĐND tỉnh;\n\
         - Lưu: VT, TH.                          Trần Đức Quận\n"
    ));
    assert_eq!(
        recipients(&doc),
        [
            "Như trên",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
            "Lưu: VT, TH"
        ]
    );
    assert_eq!(name(&doc), Some("Trần Đức Quận"));
}

#[test]
fn signature_first_then_dashless_list_then_name_and_stamp() {
    let doc = vanban::parse(&format!(
        "{HEAD}\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNơi nhận:\nNhư trên;\nCT, PCT UBND tỉnh;\nLưu: VT, TH.\n\n\
         Đặng Trí Dũng\nKý bởi: Văn phòng UBND tỉnh\nThời gian ký: 05/02/2024 09:12:00\n"
    ));
    assert_eq!(authority(&doc), ["KT. CHỦ TỊCH"]);
    assert_eq!(title(&doc), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Đặng Trí Dũng"));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "CT, PCT UBND tỉnh", "Lưu: VT, TH"]
    );
}

#[test]
fn stamp_above_the_signature_joins_it() {
    let text = format!(
        "{HEAD}\nKý bởi: Ủy ban nhân dân tỉnh Lâm Đồng\nEmail: ubnd@lamdong.gov.vn\n\
         CHỦ TỊCH\n[daky]\nTrần Văn Hiệp\n"
    );
    let doc = vanban::parse(&text);
    let s = doc.signer.as_ref().unwrap();
    assert!(at(&text, s.span).starts_with("Ký bởi:"));
    assert_eq!(name(&doc), Some("Trần Văn Hiệp"));
}

#[test]
fn title_without_name_is_reported() {
    let doc = vanban::parse(&format!("{HEAD}\nCHỦ TỊCH\n(Đã ký)\n"));
    assert_eq!(title(&doc), Some("CHỦ TỊCH"));
    assert_eq!(name(&doc), None);
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == vanban::codes::SIGNER_NAME_MISSING)
    );
}

#[test]
fn caps_lines_and_member_lists_in_the_body_cut_nothing() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
        Độc lập - Tự do - Hạnh phúc\nSố: 22/2020/QĐ-UBND\nKhánh Hòa, ngày 13 tháng 5 năm 2020\n\
        QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\n\n\
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\n\
        Điều 1. Thành lập Ban Chỉ đạo gồm các ông, bà có tên sau:\nTRƯỞNG BAN\nNguyễn Tấn Tuấn\n\
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nCHỦ TỊCH\n(Đã ký)\nNguyễn Tấn Tuấn\n\
        Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n";
    let doc = vanban::parse(text);
    assert_eq!(title(&doc), Some("CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Nguyễn Tấn Tuấn"));
    assert!(in_body(&doc, "Điều 2. Quyết định này có hiệu lực"));
    assert_eq!(recipients(&doc), ["Như Điều 3", "Lưu: VT"]);
}

#[test]
fn a_label_running_on_into_body_text_is_no_closing() {
    let doc = vanban::parse(&format!(
        "{HEAD}Nơi nhận hồ sơ: Bộ phận một cửa Sở Nội vụ.\n\
         Nơi nhận: Văn phòng Sở Nội vụ, số 12 Lê Lợi, thành phố Đà Lạt.\n\
         Thời gian nhận hồ sơ từ ngày 01/3/2024./.\n\nT.M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\
         (Đã ký) Trần Văn Hiệp\n"
    ));
    assert!(in_body(&doc, "Nơi nhận hồ sơ"));
    assert!(in_body(&doc, "số 12 Lê Lợi"));
    assert!(doc.recipients.is_empty());
    assert_eq!(authority(&doc), ["TM. ỦY BAN NHÂN DÂN"]);
    assert_eq!(name(&doc), Some("Trần Văn Hiệp"));
}

#[test]
fn an_appendix_after_the_signature_is_no_recipient() {
    let doc = vanban::parse(&format!(
        "{HEAD}\nNơi nhận:\n- Như trên;\n- TT Tỉnh ủy\n(b/c);\n- Các sở, ngành;\nCHỦ TỊCH\n(Đã ký)\n\
         Nguyễn Văn An\nPHỤ LỤC I\nDANH MỤC CÁC ĐƠN VỊ\n1. Sở Nội vụ\n- Phòng Tổ chức;\n"
    ));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "TT Tỉnh ủy (b/c)", "Các sở, ngành"]
    );
    assert_eq!(doc.recipients[1].purposes, ["report"]);
    assert_eq!(name(&doc), Some("Nguyễn Văn An"));
    assert!(
        doc.body
            .iter()
            .any(|p| p.role == vanban::Role::Closing && p.text.starts_with("PHỤ LỤC I"))
    );
}

#[test]
fn title_and_name_on_one_line() {
    let doc = vanban::parse(&format!(
        "{HEAD}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC Nguyễn Văn An\n"
    ));
    assert_eq!(authority(&doc), ["KT. GIÁM ĐỐC"]);
    assert_eq!(title(&doc), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(name(&doc), Some("Nguyễn Văn An"));
    assert_eq!(recipients(&doc), ["Như trên", "Lưu: VT"]);
}

#[test]
fn a_whole_column_flattened_into_one_table_cell() {
    let doc = vanban::parse(&format!(
        "{HEAD}\n| **Nơi nhận:** - Như trên; - TT HĐND tỉnh (b/c); - Lưu: VT, TH. | \
         **TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Nguyễn Văn An** |\n|---|---|\n"
    ));
    assert_eq!(authority(&doc), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
    assert_eq!(title(&doc), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Nguyễn Văn An"));
    assert_eq!(
        recipients(&doc),
        ["Như trên", "TT HĐND tỉnh (b/c)", "Lưu: VT, TH"]
    );
}

#[test]
fn pathological_closings_stay_fast() {
    let many = format!("{HEAD}TM. ỦY BAN{}\n", " KT. CHỦ TỊCH".repeat(50_000));
    let t = std::time::Instant::now();
    // Too long to be a signature line: read as text, quickly.
    let doc = vanban::parse(&many);
    assert!(doc.signer.is_none());
    let list = format!("{HEAD}Nơi nhận:\n- a{}\n", "; Sở B".repeat(100_000));
    let doc = vanban::parse(&list);
    assert!(doc.recipients.len() > 10);
    assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
}

#[test]
fn an_authority_line_wrapped_onto_the_next_line() {
    let doc = vanban::parse(&format!(
        "{HEAD}\nNơi nhận:\n- Như trên;\n- Lưu VP.\nTM/BAN THƯỜNG VỤ\nHỘI NÔNG DÂN TỈNH\nCHỦ TỊCH\n\
         Đã ký: Nguyễn Văn Tý\n"
    ));
    assert_eq!(authority(&doc), ["TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH"]);
    assert_eq!(title(&doc), Some("CHỦ TỊCH"));
    assert_eq!(name(&doc), Some("Nguyễn Văn Tý"));
    assert_eq!(recipients(&doc), ["Như trên", "Lưu VP"]);
}

#[test]
fn title_naming_its_unit_with_a_comma_is_no_wrapped_authority() {
    let doc = vanban::parse(
        "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CTHSSV.\n\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ CÔNG TÁC HỌC SINH, SINH VIÊN\n(Đã ký)\nNguyễn Văn Anh\n",
    );
    assert_eq!(authority(&doc), ["TL. BỘ TRƯỞNG"]);
    assert_eq!(
        title(&doc),
        Some("VỤ TRƯỞNG VỤ CÔNG TÁC HỌC SINH, SINH VIÊN")
    );
    assert_eq!(name(&doc), Some("Nguyễn Văn Anh"));
}
