//! Vocabulary of the closing stage: signature prefixes, leadership titles,
//! noise printed around a signature, rank and degree prefixes of names,
//! common family names, and the shorthand notes of "Nơi nhận" entries.
//!
//! Keys are folded with `text::fold_words` (lower case, no tone marks, words
//! joined by one space) unless said otherwise.

/// Spelled-out signature prefixes, folded, with the code they stand for.
/// The short forms (`TM.`, `T/M`, `KT`, ...) are read by code.
pub(crate) const PREFIX_WORDS: &[(&str, &str)] = &[
    ("thay mat", "TM"),
    ("ky thay", "KT"),
    ("thua lenh", "TL"),
    ("thua uy quyen", "TUQ"),
    ("quyen", "Q"),
];

/// Short signature prefixes as printed (letters only, upper case), with the
/// code they stand for. `T/M`, `T.M`, `TM` all reduce to the letters `TM`.
pub(crate) const PREFIX_LETTERS: &[(&str, &str)] = &[
    ("TM", "TM"),
    ("KT", "KT"),
    ("TL", "TL"),
    ("TUQ", "TUQ"),
    ("Q", "Q"),
];

/// Leadership titles, folded, without a leading "pho" (deputy), which is
/// accepted before any of them. A title line starts with one of these.
/// (`truong` stands for both "trưởng" and "trường"; the phrases here are
/// chosen so that no school or environment heading matches.)
pub(crate) const TITLES: &[&str] = &[
    "chu tich",
    "giam doc",
    "tong giam doc",
    "bo truong",
    "thu truong",
    "thu tuong",
    "chanh van phong",
    "cuc truong",
    "tong cuc truong",
    "chi cuc truong",
    "vu truong",
    "truong phong",
    "truong ban",
    "truong khoa",
    "truong doan",
    "truong tram",
    "truong dai dien",
    "truong cong an",
    "chanh thanh tra",
    "tong thanh tra",
    "hieu truong",
    "vien truong",
    "bi thu",
    "chu nhiem",
    "chanh an",
    "tong thu ky",
    "thu ky",
    "chu toa",
    "to truong",
    "doi truong",
    "ke toan truong",
    "chi huy truong",
    "tu lenh",
    "chinh uy",
    "tong bien tap",
    "uy vien",
    "kiem toan truong",
    "tong kiem toan",
    "giam doc so",
    "trung doan truong",
    "hat truong",
    "don truong",
    "hieu pho",
    "dai su",
    "tong lanh su",
    "truong khu",
    "thu truong co quan",
    "truong thon",
];

/// Collective bodies that follow `TM.`, folded: a `TM.` line that runs
/// on into a title (`TM. ỦY BAN NHÂN DÂN CHỦ TỊCH`) is cut after one of these.
pub(crate) const COLLECTIVES: &[&str] = &[
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "ban thuong vu",
    "ban chap hanh",
    "thuong truc",
    "dang uy",
    "chinh phu",
    "hoi dong",
    "ban bi thu",
    "ban chi dao",
    "ban to chuc",
    "doan dai bieu quoc hoi",
    "ubnd",
    "hdnd",
];

/// Folded starts of lines printed around a signature that carry no field:
/// signed marks, digital-signature stamps, seal notes.
pub(crate) const NOISE_STARTS: &[&str] = &[
    "da ky",
    "daky",
    "ky boi",
    "ky so boi",
    "duoc ky boi",
    "ky ten",
    "ky va dong dau",
    "ky dong dau",
    "ky ghi ro ho ten",
    "ky ten dong dau",
    "chu ky so",
    "signed by",
    "digitally signed",
    "signature not verified",
    "signature valid",
];

/// Folded labels of a digital-signature stamp's lines; noise only when a
/// colon follows the label (`Email: ...`, `Cơ quan: ...`).
pub(crate) const NOISE_LABELS: &[&str] = &[
    "email",
    "e mail",
    "co quan",
    "nguoi ky",
    "thoi gian ky",
    "thoi gian",
    "ngay ky",
    "chuc vu",
    "date",
    "reason",
    "location",
    "ly do",
    "to chuc",
];

/// Folded words that make a bracketed line (`(Đã ký)`, `[daky]`,
/// `(Ký tên, đóng dấu)`) a signature mark.
pub(crate) const NOISE_BRACKET_WORDS: &[&str] = &["ky", "daky", "dong dau", "signed", "chu ky"];

/// Degree and honour abbreviations that may stand before a signer's name
/// (`PGS.TS.`, `ThS.`), compared upper-cased, one per dotted part.
pub(crate) const DEGREES: &[&str] = &[
    "GS", "PGS", "TS", "TSKH", "THS", "BS", "BSCKI", "BSCKII", "CKI", "CKII", "KS", "DS", "LS",
    "KTS", "CN", "NGƯT", "NGND", "NSND", "NSƯT", "TTƯT", "TTND",
];

/// Military and police ranks, folded (`Thiếu tướng`, `Đại tá`).
pub(crate) const RANK_FIRST: &[&str] = &["thieu", "trung", "thuong", "dai"];
/// The second word of a rank.
pub(crate) const RANK_SECOND: &[&str] = &["tuong", "ta", "uy"];

/// Common Vietnamese family names, folded; a capitals-only name line must
/// start with one of these (a Title Case one need not).
pub(crate) const SURNAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dao", "doan", "dinh", "lam", "luong", "mai", "trinh", "truong",
    "ha", "cao", "chu", "luu", "ta", "quach", "thai", "to", "ton", "tong", "van", "vuong", "kieu",
    "khuat", "la", "lai", "lo", "lu", "lang", "nong", "thach", "tieu", "trieu", "au", "ung",
    "giang", "kim", "khong", "mac", "nghiem", "phung", "quan", "son", "tang", "than", "y", "ksor",
    "rmah", "nie", "h", "danh", "hua", "banh", "diep", "bach", "cu", "dam", "lac", "kha", "lieu",
    "tiet", "ninh", "sam", "hau", "lo", "vi", "hoang", "thieu", "dieu", "ong", "nham",
];

/// Words (in capitals, with their marks) common in capitals headings and
/// never a name's syllable; a capitals line holding one is no name.
/// Syllables that are also names (ĐỊNH, THÔNG, CÔNG, DUNG) are left out.
pub(crate) const NOT_NAME_WORDS: &[&str] = &[
    "CHỨC",
    "THỰC",
    "HIỆN",
    "KẾ",
    "HOẠCH",
    "QUYẾT",
    "BAN",
    "TỈNH",
    "HUYỆN",
    "XÃ",
    "SỞ",
    "PHÒNG",
    "NHIỆM",
    "VỤ",
    "GIẢI",
    "PHÁP",
    "MỤC",
    "TIÊU",
    "NỘI",
    "ĐIỀU",
    "PHẦN",
    "KẾT",
    "LUẬN",
    "ĐỀ",
    "VỀ",
    "CỦA",
    "VÀ",
    "CÁC",
    "TẠI",
    "CHO",
    "VỚI",
    "TRONG",
    "NĂM",
    "ỦY",
    "UỶ",
    "BÁO",
    "CÁO",
    "TÁC",
    "HỘI",
    "NHÀ",
    "NƯỚC",
    "VIỆC",
    "NHỮNG",
    "MỘT",
    "SỐ",
    "TÌNH",
    "HÌNH",
    "ĐỐI",
    "TƯỢNG",
    "TẮC",
    "PHỤ",
    "LỤC",
    "SÁCH",
    "VIÊN",
    "TRƯỞNG",
    "CHỦ",
    "TỊCH",
];

/// Shorthand and spelled-out notes after a "Nơi nhận" entry, folded, with
/// the purpose code they stand for.
pub(crate) const PURPOSES: &[(&str, &str)] = &[
    ("b c", "report"),
    ("bc", "report"),
    ("de b c", "report"),
    ("bao cao", "report"),
    ("de bao cao", "report"),
    ("t h", "execute"),
    ("de t h", "execute"),
    ("thuc hien", "execute"),
    ("de thuc hien", "execute"),
    ("p h", "coordinate"),
    ("de p h", "coordinate"),
    ("phoi hop", "coordinate"),
    ("de phoi hop", "coordinate"),
    ("p hop", "coordinate"),
    ("d b", "inform"),
    ("de biet", "inform"),
    ("biet", "inform"),
    ("de b", "inform"),
    ("c d", "direct"),
    ("chi dao", "direct"),
    ("de chi dao", "direct"),
    ("t d", "monitor"),
    ("theo doi", "monitor"),
    ("de theo doi", "monitor"),
    ("g s", "supervise"),
    ("giam sat", "supervise"),
    ("de giam sat", "supervise"),
    ("k t", "inspect"),
    ("kiem tra", "inspect"),
    ("de kiem tra", "inspect"),
    ("vbdt", "electronic"),
    ("van ban dien tu", "electronic"),
    ("ban dien tu", "electronic"),
    ("qua email", "electronic"),
    ("email", "electronic"),
    ("e copy", "electronic"),
    ("qua mang", "electronic"),
    ("dang tai", "publish"),
    ("dang cong bao", "publish"),
    ("cong bao", "publish"),
    ("dang website", "publish"),
    ("dang tin", "publish"),
    ("x l", "handle"),
    ("xu ly", "handle"),
    ("de xu ly", "handle"),
    ("gq", "handle"),
    ("giai quyet", "handle"),
    ("tham khao", "inform"),
    ("q d", "direct"),
];
