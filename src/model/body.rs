//! Body types: addressees, the task tree, leftover paragraphs.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// One addressee ("Kính gửi:" entry, or one named in the directive sentence).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Addressee {
    /// As printed, trailing `;` `,` `.` dropped.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// One enumerated item of the directive part.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Task {
    /// The marker without its trailing `.` or `)`: `1`, `1.1`, `a`, `đ`, `I`, `-`, `+`, `Điều 1`.
    pub label: String,
    /// The item's own text (its continuation paragraphs included, its children not).
    pub text: String,
    /// Who must act.
    pub assignees: Vec<String>,
    /// Of the assignees, who leads ("Sở X chủ trì, ..."); an extra field,
    /// left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    /// Who supports the lead ("... phối hợp với A, B ..."); an extra field,
    /// left out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub support: Vec<String>,
    /// The item with its children.
    pub span: Span,
    /// Sub-items.
    pub children: Vec<Task>,
}

/// A paragraph that is no task.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BodyParagraph {
    /// What the paragraph is.
    pub role: Role,
    /// Its text, white space folded.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// What a [`BodyParagraph`] is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// Before the directive part: grounds, context, the lead.
    Preamble,
    /// A reported result or shortcoming.
    Finding,
    /// A directive sentence that is no enumerated item.
    Instruction,
    /// A footnote.
    Footnote,
    /// The closing sentence, or a closing line that is no recipient or signer.
    Closing,
    /// A header line that is no field: the motto, a rule, a circulation mark.
    Header,
    /// Anything else.
    Other,
}

impl Task {
    pub(crate) fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span);
        self.children.iter_mut().for_each(|c| c.visit_spans(f));
    }
}
