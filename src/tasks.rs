//! The directive body: where the document starts directing action, the task
//! tree, assignees, and the paragraphs that are no task.
//!
//! Takes: the body lines (between the addressees and the closing) and the
//! document read so far. Returns: the tasks, the other paragraphs with their
//! roles, addressees named by a directive sentence, and diagnostics.

use crate::diagnostic::Diagnostic;
use crate::lines::Line;
use crate::model::{Addressee, BodyParagraph, Document, Role, Task};
use crate::span::Span;
use crate::text::clean;

/// What the body stage found.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub tasks: Vec<Task>,
    pub paragraphs: Vec<BodyParagraph>,
    pub addressees: Vec<Addressee>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the body `lines`.
pub(crate) fn extract(lines: &[Line<'_>], doc: &Document) -> Body {
    let _ = doc;
    let mut body = Body::default();
    // Until the task tree is read: every paragraph as it is.
    let mut start: Option<usize> = None;
    let mut end = 0;
    let text_of = |a: usize, b: usize| -> String {
        clean(
            &lines[a..=b]
                .iter()
                .map(|l| l.text)
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            if let Some(s) = start.take() {
                body.paragraphs.push(BodyParagraph {
                    role: Role::Other,
                    text: text_of(s, end),
                    span: Span::new(lines[s].start, lines[end].end),
                });
            }
        } else {
            start.get_or_insert(i);
            end = i;
        }
    }
    if let Some(s) = start {
        body.paragraphs.push(BodyParagraph {
            role: Role::Other,
            text: text_of(s, end),
            span: Span::new(lines[s].start, lines[end].end),
        });
    }
    body
}
