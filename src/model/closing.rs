//! Closing types: recipients, archive line, signature block.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// One "Nơi nhận" entry.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Recipient {
    /// As printed, its note kept: "TT. Tỉnh ủy (b/c)".
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// The recipient without its purpose note: "TT. Tỉnh ủy" (an addition
    /// to the contract). Equal to `text` when there is no note.
    #[serde(default)]
    pub name: String,
    /// The purpose note as printed, without its brackets: "b/c" (an addition).
    #[serde(default)]
    pub note: Option<String>,
    /// What the note asks, as codes: `report` (b/c), `execute` (t/h,
    /// thực hiện), `coordinate` (p/h), `inform` (để biết), `direct` (chỉ
    /// đạo), `monitor` (theo dõi), `supervise`, `inspect`, `handle` (xử lý),
    /// `publish` (đăng tải), `electronic` (VBĐT: sent as an electronic
    /// document). An addition to the contract.
    #[serde(default)]
    pub purposes: Vec<String>,
}

/// The archive line: "Lưu: VT, NC. (P.Hà)".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Archive {
    /// Who keeps a copy: "VT", "NC".
    pub holders: Vec<String>,
    /// The drafter's initials or name.
    pub drafter: Option<String>,
    /// The number of copies issued.
    pub copies: Option<u32>,
    /// Where it is.
    pub span: Span,
}

/// One authority line of a signature: "KT. CHỦ TỊCH".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Authority {
    /// "TM", "KT", "TL", "TUQ" or "Q", without the dot or slash.
    pub prefix: String,
    /// What follows: "ỦY BAN NHÂN DÂN", "CHỦ TỊCH".
    pub title: String,
}

/// The signature block.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Signer {
    /// The TM. / KT. / TL. / TUQ. / Q. lines, in order.
    pub authority: Vec<Authority>,
    /// The signer's title: "PHÓ CHỦ TỊCH".
    pub title: Option<String>,
    /// The signer's name, without rank or degree.
    pub name: Option<String>,
    /// A military rank or academic degree printed before the name
    /// ("Thiếu tướng", "PGS.TS."), kept out of `name` (an addition to the contract).
    #[serde(default)]
    pub rank: Option<String>,
    /// Where the block is.
    pub span: Span,
}

impl Recipient {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
    }
}

impl Archive {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
    }
}

impl Signer {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
    }
}
