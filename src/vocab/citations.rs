//! Vocabulary of citations: the words around a cited number. Folded (see
//! `text::fold_words`) unless noted.

/// "số" (number) before a cited number, also "Số".
pub(crate) const NUMBER_WORDS: &[&str] = &["so"];

/// Type names that say only "a document": the symbol's type code, when it
/// has one, is more precise ("văn bản số 82/QĐ-UBND" is a quyết định).
pub(crate) const GENERIC_NAMES: &[&str] = &["van ban"];

/// "của" before the issuer.
pub(crate) const OF: &str = "cua";

/// Length in bytes of "của" as printed (NFC).
pub(crate) const OF_PRINTED_LEN: usize = "của".len();

/// Words that end an issuer: the subject or an action starts.
pub(crate) const ISSUER_STOPS: &[&str] = &[
    "ve", "tai", "theo", "nham", "de", "den", "trong", "ngay", "nay", "cho", "voi", "la",
];

/// Word pairs that end an issuer: "ban hành", "sửa đổi", "quy định" ...
pub(crate) const ISSUER_STOP_PAIRS: &[&str] = &[
    "ban hanh",
    "quy dinh",
    "huong dan",
    "sua doi",
    "thay the",
    "phe duyet",
    "trien khai",
    "thuc hien",
    "da duoc",
    "giao nhiem",
    "bai bo",
];

/// The word that ends an issuer when a document's type name follows it:
/// "của Tỉnh ủy và Quyết định ...".
pub(crate) const AND: &str = "va";

/// Words that may join a list of citations sharing one date: "A, B ngày",
/// "A và B ngày".
pub(crate) const LIST_JOINERS: &[&str] = &["va"];
