//! Vocabulary of the body stage: the addressee label, request verbs, the
//! words that open an action, agency words, section headings, closing
//! sentences. Phrases are folded (`text::fold_words`: lower case, no tone
//! marks, words joined by one space) unless a list says otherwise.

/// The "Kính gửi" label, folded ("Kính gởi" is an old spelling).
pub(crate) const ADDRESSEE_LABELS: &[&str] = &["kinh gui", "kinh goi", "dong kinh gui"];

/// Verbs that direct someone to act, as printed in lower case (tone marks
/// matter: `giao` is "assign", `giáo` is not).
pub(crate) const REQUEST_VERBS: &[&str] = &[
    "yêu cầu",
    "đề nghị",
    "giao",
    "chỉ đạo",
    "chỉ thị",
    "kính đề nghị",
    "trân trọng đề nghị",
];

/// Words (lower case) before a request word that make it a noun: "các yêu
/// cầu", "theo đề nghị", "đáp ứng yêu cầu", "được giao".
pub(crate) const REQUEST_NOUN_MAKERS: &[&str] =
    &["các", "những", "theo", "của", "ứng", "được", "xét", "có"];

/// Folded words that begin the action after the named actors
/// ("... Chủ tịch UBND các huyện tổ chức triển khai thực hiện ...").
pub(crate) const ACTION_WORDS: &[&str] = &[
    "to chuc trien khai",
    "to chuc thuc hien",
    "to chuc kiem diem",
    "to chuc quan triet",
    "thuc hien",
    "trien khai",
    "tap trung",
    "khan truong",
    "nghiem tuc",
    "quan triet",
    "co trach nhiem",
    "chiu trach nhiem",
    "chu tri",
    "phoi hop",
    "chu dong",
    "quan tam",
    "tiep tuc",
    "can cu",
    "theo chuc nang",
    "tham muu",
    "huong dan",
    "kiem tra",
    "theo doi",
    "ra soat",
    "xay dung",
    "bao cao",
    "tong hop",
    "day manh",
    "tang cuong",
    "nang cao",
    "dam bao",
    "bao dam",
    "nghien cuu",
    "de xuat",
    "don doc",
    "cap nhat",
    "ban hanh",
    "lam dau moi",
    "xu ly",
    "khac phuc",
    "day nhanh",
    "hoan thanh",
    "hoan thien",
    "giai quyet",
    "tham gia",
    "ho tro",
    "bo tri",
    "giam sat",
    "xac dinh",
    "lua chon",
    "cung cap",
    "thanh lap",
    "tiep nhan",
    "chuan bi",
    "sap xep",
    "kien toan",
    "dieu chinh",
    "bo sung",
    "sua doi",
    "tuyen truyen",
    "van hanh",
    "thu hoi",
    "khao sat",
    "thong ke",
    "tiep thu",
    "phe duyet",
    "tham dinh",
    "duy tri",
    "cong khai",
    "niem yet",
    "quy dinh",
    "gui",
    "lap",
    "cu",
    "chi dao",
    "can",
    "phai",
    "mot so noi dung",
    "mot so nhiem vu",
    "cac noi dung",
    "cac nhiem vu",
    "nhung noi dung",
    "nhu sau",
];

/// Words (lower case) after which an action word is a noun or a passive:
/// "đơn vị được kiểm tra", "việc thực hiện", "công tác chỉ đạo".
pub(crate) const NOUN_MAKERS: &[&str] = &["được", "bị", "việc", "tác", "của", "về", "sự"];

/// Folded first words of a body that can act (a unit, a post, a group).
pub(crate) const AGENCY_WORDS: &[&str] = &[
    "so",
    "ubnd",
    "uy ban",
    "hdnd",
    "ban",
    "bo",
    "cuc",
    "chi cuc",
    "tong cuc",
    "cong an",
    "bo chi huy",
    "bao hiem",
    "bhxh",
    "kho bac",
    "van phong",
    "thanh tra",
    "dai",
    "bao",
    "truong",
    "trung tam",
    "phong",
    "chu tich",
    "pho chu tich",
    "giam doc",
    "thu truong",
    "nguoi dung dau",
    "chanh van phong",
    "chanh thanh tra",
    "hieu truong",
    "cac",
    "hoi",
    "hoi dong",
    "doan",
    "tinh doan",
    "mat tran",
    "lien doan",
    "vien",
    "chi nhanh",
    "ngan hang",
    "cong ty",
    "tap doan",
    "tong cong ty",
    "bi thu",
    "dang uy",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "bo truong",
    "thu tuong",
    "lanh dao",
    "cuc truong",
    "tong cuc truong",
    "vu",
    "vu truong",
    "toa an",
    "vien kiem sat",
    "bo doi",
    "quan khu",
    "ttxvn",
    "mttq",
];

/// Folded openings of a heading whose section reports results, context or
/// purpose: not a task.
pub(crate) const FINDING_HEADINGS: &[&str] = &[
    "ket qua",
    "tinh hinh",
    "ton tai",
    "han che",
    "nguyen nhan",
    "danh gia",
    "thuc trang",
    "kho khan",
    "uu diem",
    "khuyet diem",
    "bai hoc",
    "nhung mat",
    "dac diem",
    "boi canh",
];

/// Folded openings of a heading that sets purpose or grounds: not a task.
pub(crate) const PREAMBLE_HEADINGS: &[&str] = &[
    "muc dich",
    "muc tieu",
    "yeu cau",
    "can cu",
    "co so",
    "su can thiet",
    "quan diem",
    "pham vi",
    "doi tuong",
    "giai thich tu ngu",
];

/// Folded openings of a heading whose section proposes to a superior (a
/// report's "Đề xuất, kiến nghị"): not a task.
pub(crate) const PROPOSAL_HEADINGS: &[&str] = &["de xuat", "kien nghi"];

/// Words a heading may start with before its key words ("MỘT SỐ KẾT QUẢ").
pub(crate) const HEADING_FILLERS: &[&str] = &["mot so", "nhung", "cac", "ve", "ve viec", "tom tat"];

/// Folded words of a heading whose section directs action: a task.
pub(crate) const DIRECTIVE_HEADINGS: &[&str] = &[
    "nhiem vu",
    "giai phap",
    "phuong huong",
    "to chuc thuc hien",
    "phan cong",
    "trach nhiem",
    "chuong trinh hanh dong",
    "noi dung thuc hien",
    "noi dung trien khai",
    "cac hoat dong",
    "ke hoach hanh dong",
];

/// Folded operative keywords of a decision or resolution, alone on a line.
pub(crate) const OPERATIVE_WORDS: &[&str] = &["quyet dinh", "quyet nghi", "chi thi", "ket luan"];

/// Folded phrases of a closing sentence (after the last task).
pub(crate) const CLOSING_PHRASES: &[&str] = &[
    "neu co kho khan",
    "co kho khan vuong mac",
    "nghiem tuc thuc hien",
    "nghiem tuc trien khai",
    "thuc hien nghiem tuc",
    "biet thuc hien",
    "biet va thuc hien",
    "biet de thuc hien",
    "biet phoi hop",
    "noi dung chi tiet",
    "tran trong",
    "chi thi nay",
    "cong van nay",
    "van ban nay",
    "thong bao nay",
    "ke hoach nay",
    "quyet dinh nay",
    "cong dien nay",
    "huong dan nay",
    "thong bao de",
];

/// Folded words that make a "... như sau:" sentence a report or a list of
/// attendees, not a directive cue.
pub(crate) const WEAK_CUE_EXCLUDED: &[&str] = &[
    "ket qua",
    "tham du",
    "thanh phan",
    "du hop",
    "co mat",
    "so lieu",
    "tinh hinh",
    "danh gia",
    "bao cao",
    "ton tai",
    "han che",
    "thieu sot",
    "vi pham",
    "uu diem",
    "nguyen nhan",
];

/// Words that may stand before the actor a task names ("Giao Sở Nội vụ ...",
/// "Đề nghị UBND các huyện ..."), lower-cased; the last that starts the
/// task wins.
pub(crate) const ACTOR_LEADS: &[&str] = &["giao", "đề nghị", "yêu cầu", "đối với", "giao cho"];
/// The first words of [`ACTOR_LEADS`]: a task whose first word is none of
/// them has no lead.
pub(crate) const ACTOR_LEAD_FIRST_WORDS: &[&str] = &["giao", "đề", "yêu", "đối"];
