//! The control unit's comments (NĐ 63 Art. 9) and the appraisal intake gate (Art. 11(3)).

use crate::assessment::Assessment;
use crate::finding::{Finding, FindingCode, Severity};
use crate::place::{Place, comment_number};
use crate::regulation::Regulation;
use crate::text::{Lang, Text, excerpt};

use super::Context;

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let c = &ctx.assessment.consultation;
    let basis = Some(ctx.regulation.appraisal_gate.basis.clone());
    if !c.is_received() {
        out.push(
            Finding::new(
                Severity::Error,
                FindingCode::ConsultationMissing,
                Place::Consultation(None),
                Text::new(
                    "Chưa có ý kiến của đơn vị kiểm soát thủ tục hành chính: cơ quan thẩm định phải từ chối tiếp nhận hồ sơ.",
                    "The control unit's comments are not recorded: the appraisal body must refuse the dossier.",
                ),
                Text::new(
                    "Ghi ngày nhận, số văn bản và từng ý kiến của đơn vị kiểm soát thủ tục hành chính.",
                    "Record the date, the letter number and each comment of the control unit.",
                ),
            )
            .basis(basis.clone()),
        );
    }
    let ids = || c.comments.iter().map(|x| x.id.as_str());
    for comment in ctx.assessment.consultation.unanswered() {
        let quote = excerpt(&comment.text, 60);
        out.push(
            Finding::new(
                Severity::Error,
                FindingCode::CommentUnanswered,
                Place::Consultation(Some(comment.id.clone())),
                Text::new(
                    format!("Chưa tiếp thu hoặc giải trình {}: \"{quote}\".", comment_number(ids(), &comment.id, Lang::Vi).to_lowercase()),
                    format!("{} is not yet accepted or explained: \"{quote}\".", comment_number(ids(), &comment.id, Lang::En)),
                ),
                Text::new(
                    "Ghi rõ tiếp thu (đã sửa gì) hoặc giải trình (vì sao giữ nguyên).",
                    "State whether it is accepted (what changed) or explained (why the draft stays).",
                ),
            )
            .basis(basis.clone()),
        );
    }
    for comment in &c.comments {
        if comment
            .procedure
            .as_ref()
            .is_some_and(|p| ctx.assessment.procedure(p).is_none())
        {
            out.push(Finding::new(
                Severity::Warning,
                FindingCode::CommentUnknownProcedure,
                Place::Consultation(Some(comment.id.clone())),
                Text::new(
                    format!(
                        "{} gắn với một thủ tục không còn trong dự thảo.",
                        comment_number(ids(), &comment.id, Lang::Vi)
                    ),
                    format!(
                        "{} refers to a procedure that is not in the draft.",
                        comment_number(ids(), &comment.id, Lang::En)
                    ),
                ),
                Text::new(
                    "Gắn ý kiến với thủ tục đúng hoặc với cả dự thảo.",
                    "Link it to the right procedure or to the whole draft.",
                ),
            ));
        }
    }
}

/// What the appraisal body looks at before it accepts a dossier (NĐ 63/2010 Art. 11(3)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Readiness {
    /// The impact assessment is complete (no error apart from the consultation).
    pub assessment_complete: bool,
    /// The control unit's comments are recorded.
    pub comments_received: bool,
    /// Each comment has a response.
    pub comments_answered: bool,
}

impl Readiness {
    /// Whether the dossier can be accepted for appraisal.
    pub fn is_ready(self) -> bool {
        self.assessment_complete && self.comments_received && self.comments_answered
    }

    /// What keeps the dossier from being accepted, one sentence part each.
    pub fn missing(self) -> Vec<Text> {
        let mut out = Vec::new();
        if !self.assessment_complete {
            out.push(Text::new(
                "đánh giá tác động chưa đầy đủ",
                "the impact assessment is incomplete",
            ));
        }
        if !self.comments_received {
            out.push(Text::new(
                "chưa có ý kiến của đơn vị kiểm soát thủ tục hành chính",
                "the control unit's comments are missing",
            ));
        }
        if !self.comments_answered {
            out.push(Text::new(
                "còn ý kiến chưa được tiếp thu, giải trình",
                "some comments are not answered",
            ));
        }
        out
    }
}

/// The intake gate, from an assessment and its findings.
pub fn readiness<'a>(
    assessment: &Assessment,
    mut findings: impl Iterator<Item = &'a Finding>,
) -> Readiness {
    Readiness {
        assessment_complete: !findings.any(|f| {
            f.severity == Severity::Error
                && !matches!(
                    f.code,
                    FindingCode::ConsultationMissing
                        | FindingCode::CommentUnanswered
                        | FindingCode::AppraisalNotReady
                )
        }),
        comments_received: assessment.consultation.is_received(),
        comments_answered: assessment.consultation.unanswered().next().is_none(),
    }
}

/// The summary finding of the intake gate, when the dossier is not ready.
pub fn gate(r: Readiness) -> Option<Finding> {
    if r.is_ready() {
        return None;
    }
    let missing = r.missing();
    let join = |lang| {
        missing
            .iter()
            .map(|t| t.get(lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Some(
        Finding::new(
            Severity::Warning,
            FindingCode::AppraisalNotReady,
            Place::Dossier,
            Text::new(
                format!("Hồ sơ chưa đủ điều kiện gửi thẩm định: {}.", join(Lang::Vi)),
                format!(
                    "The dossier cannot yet be sent for appraisal: {}.",
                    join(Lang::En)
                ),
            ),
            Text::new(
                "Xử lý các lỗi trong danh sách kiểm tra trước khi gửi hồ sơ.",
                "Resolve the errors in the list of checks before sending the dossier.",
            ),
        )
        .basis(Some(Regulation::bundled().appraisal_gate.basis.clone())),
    )
}
