//! Vocabulary of dates, times, periods, durations, recurrences and deadline
//! cues. The grammar words are matched ignoring case; the cue lists are
//! lower-case word sequences.

use crate::dates::Opener;

/// "ngày" (day).
pub(crate) const DAY: &str = "ngày";
/// "tháng" (month).
pub(crate) const MONTH: &str = "tháng";
/// "năm" (year).
pub(crate) const YEAR: &str = "năm";
/// "quý" (quarter), with the old i-spelling.
pub(crate) const QUARTER: &[&str] = &["quý", "quí"];
/// "giờ" (hour).
pub(crate) const HOUR: &str = "giờ";
/// "phút" (minute).
pub(crate) const MINUTE: &str = "phút";
/// "hằng" / "hàng" (every), both spellings in use.
pub(crate) const EVERY: &[&str] = &["hằng", "hàng"];
/// "định kỳ" (periodically).
pub(crate) const PERIODICALLY: &[&str] = &["định kỳ", "định kì"];
/// "một lần" / "lần" after a recurrence's period: "6 tháng một lần".
pub(crate) const ONCE: &[&str] = &["một lần", "1 lần", "01 lần"];
/// "từ" (from) opening a range.
pub(crate) const FROM: &str = "từ";
/// "đến" (to) inside a range, optionally with "hết" (the end of).
pub(crate) const TO: &str = "đến";
/// "hết": "đến hết ngày ...".
pub(crate) const END_OF: &str = "hết";
/// Words naming a span of years: "giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025".
pub(crate) const YEARS_SPAN: &[&str] = &["giai đoạn", "nhiệm kỳ", "nhiệm kì"];
/// "đầu" (first, of a year's months).
pub(crate) const FIRST: &str = "đầu";
/// "cuối" (last, end of).
pub(crate) const LAST: &str = "cuối";
/// Words counting a duration from an event: "kể từ ngày nhận được văn bản".
pub(crate) const COUNTED_FROM: &[&str] = &["kể từ", "tính từ", "tính kể từ"];
/// Events that are the document's own signing: the duration runs from its date.
pub(crate) const SIGNING: &[&str] = &[
    "ngày ký ban hành",
    "ngày ký",
    "ngày ban hành",
    "ngày được ký",
];
/// Words after which an event counted from has ended: "kể từ khi phát hiện
/// ca bệnh phải báo cáo" stops before "phải".
pub(crate) const EVENT_STOPS: &[&str] = &["phải", "thì", "để", "các", "cơ", "đơn"];
/// Every word an expression can open with, folded to ASCII, and which
/// parsers it calls for: the scan tries the parser only at these words (and
/// at figures).
pub(crate) const OPENING_WORDS: &[(&[u8], Opener)] = &[
    (b"ngay", Opener::Day),
    (b"thang", Opener::Month),
    (b"nam", Opener::Year),
    (b"quy", Opener::Quarter),
    (b"qui", Opener::Quarter),
    (b"giai", Opener::Years),
    (b"nhiem", Opener::Years),
    (b"cuoi", Opener::YearEnd),
    (b"trong", Opener::Duration),
    (b"khong", Opener::Duration),
    (b"toi", Opener::Duration),
    (b"hang", Opener::Every),
    (b"dinh", Opener::Periodically),
    (b"tu", Opener::Range),
];

/// The words, folded to ASCII, that can stand right before the first
/// figure of an expression that opens with a word (white space, blanks,
/// `/` or `-` between): `ngày`, `tháng`, `năm` of a date or period, `quý`
/// (`quý 1`), a roman quarter before its year (`quý III/2024`), `đoạn` and
/// `kỳ` of a span of years or a recurrence (`định kỳ 6 tháng`), the last
/// word of a duration's lead, and `từ` of a range.
pub(crate) const BEFORE_FIRST_FIGURE: &[&[u8]] = &[
    b"ngay", b"thang", b"nam", b"quy", b"qui", b"i", b"ii", b"iii", b"iv", b"doan", b"ky", b"ki",
    b"han", b"qua", b"da", b"gian", b"vong", b"trong", b"tu",
];

/// Leads of a duration that bounds an action, longest first.
pub(crate) const DURATION_LEADS: &[&str] = &[
    "trong thời hạn không quá",
    "trong thời hạn tối đa",
    "trong thời hạn",
    "trong thời gian",
    "trong vòng",
    "không quá",
    "tối đa",
];
/// The bare lead "trong" (within), accepted only before working days or a
/// counted-from event.
pub(crate) const WITHIN: &str = "trong";
/// Working days.
pub(crate) const WORKING_DAY: &str = "ngày làm việc";
/// A week.
pub(crate) const WEEK: &str = "tuần";

/// Cues that make the date or time right after them a deadline (`by_date`),
/// lower case, longest first. They must end right before the expression.
pub(crate) const DATE_CUES: &[&str] = &[
    "chậm nhất là vào trước",
    "chậm nhất là trước",
    "chậm nhất là vào",
    "chậm nhất vào trước",
    "chậm nhất trước",
    "chậm nhất là",
    "chậm nhất vào",
    "chậm nhất",
    "hạn chót là",
    "hạn chót",
    "thời hạn hoàn thành",
    "thời hạn thực hiện",
    "thời hạn nộp",
    "thời hạn gửi",
    "thời hạn báo cáo",
    "thời hạn",
    "thời gian hoàn thành",
    "đến hết",
    "trước",
];

/// Cues that make a range a deadline (its end), besides [`DATE_CUES`]:
/// "Thời gian thực hiện: từ ngày 01/4 đến ngày 30/6/2024".
pub(crate) const RANGE_CUES: &[&str] = &["thời gian thực hiện", "thời gian hoàn thành"];

/// Cues after which a named period bounds an action without more evidence
/// (`period`), lower case, longest first.
pub(crate) const STRONG_PERIOD_CUES: &[&str] = &[
    "chậm nhất là trong",
    "chậm nhất là vào",
    "chậm nhất trong",
    "chậm nhất vào",
    "chậm nhất là",
    "chậm nhất",
    "hạn chót là",
    "hạn chót",
    "thời hạn hoàn thành",
    "thời hạn thực hiện",
    "thời hạn",
    "thời gian hoàn thành",
    "thời gian thực hiện",
    "hoàn thành trong",
    "hoàn thành trước",
    "hoàn tất trong",
    "hoàn tất trước",
    "xong trong",
    "xong trước",
];

/// Cues after which a named period is a deadline only if an action verb
/// ([`BOUNDED_VERBS`]) precedes in the same clause: "trình ... trong tháng 6".
pub(crate) const WEAK_PERIOD_CUES: &[&str] = &["ngay trong", "trong", "trước", "đến hết"];

/// Verbs of an action that a period can bound.
pub(crate) const BOUNDED_VERBS: &[&str] = &[
    "hoàn thành",
    "hoàn tất",
    "xong",
    "trình",
    "báo cáo",
    "gửi",
    "nộp",
    "ban hành",
    "phê duyệt",
    "tổ chức",
    "tổng kết",
    "sơ kết",
    "ký kết",
    "đưa vào sử dụng",
];

/// Phrases that start like a verb of [`BOUNDED_VERBS`] or
/// [`RECURRING_VERBS`] but are nouns: "trình độ", "tổ chức bộ máy".
pub(crate) const NOT_VERBS: &[&str] = &["trình độ", "tổ chức bộ máy"];

/// "chế độ" (a regime): "chế độ báo cáo định kỳ" names the duty in a finding
/// and sets no recurrence.
pub(crate) const REGIME: &[&str] = &["chế độ"];

/// Words right before a period's cue that make it a goal or context, not a
/// deadline: "mục tiêu đã đề ra trong năm 2024".
pub(crate) const CONTEXT_BEFORE_CUE: &[&str] = &["đề ra", "đặt ra", "giao", "được giao"];

/// Words anywhere in the clause before that make a time a goal:
/// "phấn đấu ... trong năm 2025", "mục tiêu ... đến hết năm 2025".
pub(crate) const GOAL_WORDS: &[&str] = &["phấn đấu", "mục tiêu", "chỉ tiêu"];

/// Words in the clause that make a date the start of validity, not a
/// deadline: "có hiệu lực kể từ ngày ký", "có hiệu lực thi hành từ ngày ...".
pub(crate) const EFFECT_WORDS: &[&str] = &["hiệu lực"];

/// Words right before a cue that make the date a cut-off of figures, not a
/// deadline: "số liệu tính đến hết ngày 31/12".
pub(crate) const CUTOFF_BEFORE_CUE: &[&str] = &["tính", "tính đến", "số liệu"];

/// Verbs that make "định kỳ" / "hằng tháng" a recurring duty.
pub(crate) const RECURRING_VERBS: &[&str] =
    &["báo cáo", "gửi", "nộp", "tổng hợp", "cập nhật", "họp"];
