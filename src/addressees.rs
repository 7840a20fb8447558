//! Addressees from the "Kính gửi:" block.
//!
//! Takes: the lines from the end of the header on. Returns: the addressees,
//! the number of lines the block used, and its label line as a paragraph.
//! (Addressees named in a directive sentence come from the `tasks` stage.)

use crate::lines::Line;
use crate::model::{Addressee, BodyParagraph};

/// The "Kính gửi" block at the start of `lines`, if any.
pub(crate) fn extract(lines: &[Line<'_>]) -> (Vec<Addressee>, usize, Vec<BodyParagraph>) {
    let _ = lines;
    (Vec::new(), 0, Vec::new())
}
