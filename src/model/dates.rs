//! Deadline types.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A deadline the text sets.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Deadline {
    /// The expression as printed: "trước ngày 30/12/2021".
    pub text: String,
    /// The resolved calendar date, where one can be resolved.
    pub date: Option<chrono::NaiveDate>,
    /// What sort of deadline.
    pub kind: DeadlineKind,
    /// The label path of the innermost task holding it.
    pub task: Option<Vec<String>>,
    /// The time of day, when the text gives one: "trước 16 giờ 00 ngày 15/12/2021"
    /// (an addition to the contract; absent from the JSON when none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<chrono::NaiveTime>,
    /// Where it is.
    pub span: Span,
}

/// The four sorts of deadline of the contract.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlineKind {
    /// A calendar date: "trước ngày 30/12/2021".
    ByDate,
    /// A duration: "trong thời hạn 05 ngày làm việc kể từ ...".
    Within,
    /// The end of a named period: "trong quý III năm 2024".
    Period,
    /// A recurrence: "định kỳ hằng quý".
    Recurring,
}

impl Deadline {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
    }
}
