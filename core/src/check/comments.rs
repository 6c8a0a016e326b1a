//! What the drafter must still do about the appraiser's comments: answer each.

use crate::assessment::Assessment;
use crate::finding::{Finding, FindingCode, Severity};
use crate::place::{AppraisalAt, At, Place, comment_number};
use crate::text::{Lang, Text, excerpt};

/// The appraiser's comments without a response, each at its place (on its procedure, or on the draft).
pub fn comment_findings(a: &Assessment) -> Vec<Finding> {
    let Some(appraisal) = &a.appraisal else {
        return Vec::new();
    };
    let ids = || appraisal.comments.iter().map(|c| c.id.as_str());
    appraisal
        .comments
        .iter()
        .filter(|c| !c.is_answered())
        .map(|c| {
            // A comment about a procedure no longer in the draft is shown with the draft's comments.
            let place = match c.procedure.as_deref().filter(|p| a.procedure(p).is_some()) {
                Some(p) => Place::procedure(p, At::Comment(c.id.clone())),
                None => Place::Appraisal(AppraisalAt::Comment(c.id.clone())),
            };
            let quote = excerpt(&c.text, 80);
            Finding::new(
                Severity::Warning,
                FindingCode::AppraisalCommentUnanswered,
                place,
                Text::new(
                    format!(
                        "Chưa tiếp thu, giải trình ý kiến thẩm định ({}): \u{201c}{quote}\u{201d}.",
                        comment_number(ids(), &c.id, Lang::Vi)
                    ),
                    format!(
                        "An appraisal comment ({}) has no response yet: \u{201c}{quote}\u{201d}.",
                        comment_number(ids(), &c.id, Lang::En)
                    ),
                ),
                Text::new(
                    "Ghi rõ tiếp thu (đã sửa gì) hoặc giải trình (vì sao giữ nguyên).",
                    "State whether it is accepted (what changed) or explained (why the draft stays).",
                ),
            )
        })
        .collect()
}
