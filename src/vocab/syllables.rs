//! Vietnamese syllables, to tell a right decoding from a wrong one: the
//! letters with their tones, the parts of a syllable, and frequent syllables
//! of official documents.

/// Each vowel, then its five toned forms: sắc, huyền, hỏi, ngã, nặng.
pub(crate) const TONED: [[char; 6]; 12] = [
    ['a', 'á', 'à', 'ả', 'ã', 'ạ'],
    ['ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'é', 'è', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ế', 'ề', 'ể', 'ễ', 'ệ'],
    ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ó', 'ò', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ú', 'ù', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự'],
    ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'],
];

/// Initial consonants, longest first within a prefix family.
pub(crate) const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Vowel groups (tone-less), with the glides that end a syllable.
pub(crate) const NUCLEI: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui",
    "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "ya", "yê", "iêu", "oai", "oay", "oeo", "uây", "uôi",
    "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
];

/// Final consonants.
pub(crate) const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Frequent syllables of official documents, lowercase, with their tones.
pub(crate) const FREQUENT: &str = "của và là các được ngày tháng năm số theo tỉnh huyện xã \
    ủy uỷ ban nhân dân quyết định thực hiện công văn kính gửi về việc đến trên có không những \
    này để với cho trong người đồng chí chủ tịch phó sở ngành đơn vị cơ quan tổ chức kế hoạch \
    báo cáo nội vụ tài chính giáo dục đào tạo tế cộng hòa hoà hội nghĩa việt độc lập tự hạnh \
    phúc nơi nhận lưu phòng hướng dẫn triển khai quản lý nhà nước tình kết quả thời gian đề nghị \
    yêu cầu phối hợp trách nhiệm chỉ đạo căn cứ luật điều khoản thông tư chương trình giải pháp \
    bảo đảm tăng cường kiểm tra giám sát thành phố thị trấn phường tổng hợp đây đó nay khi \
    từ đã sẽ đang cũng như hoặc bộ mục tiêu nhiệm vụ triển kinh tế phát triển môi trường";
