//! The draft's own fields, the ruleset used, and the control unit that must comment.

use std::fmt::Write as _;

use crate::finding::{Finding, FindingCode, Severity};
use crate::place::{DraftPart, Place};
use crate::ruleset::LegalBasis;
use crate::text::Text;

use super::Context;

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let d = &ctx.assessment.draft;
    let required: [(DraftPart, bool, Severity, Text); 4] = [
        (
            DraftPart::Title,
            d.title.trim().is_empty(),
            Severity::Error,
            Text::new("tên văn bản", "the title of the document"),
        ),
        (
            DraftPart::DocumentType,
            d.document_type.is_none(),
            Severity::Error,
            Text::new("loại văn bản", "the type of document"),
        ),
        (
            DraftPart::DraftingBody,
            d.drafting_body.trim().is_empty(),
            Severity::Warning,
            Text::new("cơ quan chủ trì soạn thảo", "the drafting body"),
        ),
        (
            DraftPart::Date,
            d.date.is_none(),
            Severity::Warning,
            Text::new("ngày của dự thảo", "the date of the draft"),
        ),
    ];
    for (field, missing, severity, what) in required {
        if missing {
            out.push(Finding::new(
                severity,
                FindingCode::DraftFieldMissing,
                Place::Draft(field),
                Text::new(
                    format!("Chưa nhập {}.", what.vi),
                    format!("Expected {}, found nothing.", what.en),
                ),
                Text::new(
                    format!("Nhập {} ở trang thông tin dự thảo.", what.vi),
                    format!("Enter {} on the draft page.", what.en),
                ),
            ));
        }
    }
    if ctx.assessment.procedures.is_empty() {
        out.push(Finding::new(
            Severity::Info,
            FindingCode::NoProcedures,
            Place::Procedures,
            Text::new(
                "Dự thảo chưa có thủ tục hành chính nào.",
                "The draft has no procedure yet.",
            ),
            Text::new(
                "Thêm từng thủ tục hành chính mà dự thảo quy định, sửa đổi hoặc bãi bỏ.",
                "Add each procedure the draft creates, amends or abolishes.",
            ),
        ));
    }
    if ctx.ruleset.superseded {
        out.push(
            Finding::new(
                Severity::Warning,
                FindingCode::RulesetSuperseded,
                Place::Ruleset,
                Text::new(
                    format!("Bộ biểu mẫu \"{}\" đã được thay thế.", ctx.ruleset.title.vi),
                    format!("The forms \"{}\" have been replaced.", ctx.ruleset.title.en),
                ),
                Text::new(
                    "Với dự thảo mới, dùng biểu mẫu của Thông tư 03/2022/TT-BTP.",
                    "For a new draft, use the forms of Circular 03/2022/TT-BTP.",
                ),
            )
            .basis(Some(LegalBasis::new(
                "Thông tư 03/2022/TT-BTP ngày 10/02/2022",
                "",
            ))),
        );
    }
    control_unit(ctx, out);
}

fn control_unit(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(doc_type) = ctx.assessment.draft.document_type else {
        return;
    };
    let label = doc_type.label();
    let hint = Text::new(
        "Ghi nhận ý kiến của đơn vị và giải trình, tiếp thu từng ý kiến trước khi gửi thẩm định.",
        "Record the unit's comments and answer each before sending the dossier for appraisal.",
    );
    // The province's own rule, when the drafter sets it, words the finding.
    if let Some(setting) = ctx
        .assessment
        .draft
        .control_unit
        .as_ref()
        .filter(|s| s.is_set())
    {
        let unit = setting.unit.trim();
        out.push(
            Finding::new(
                Severity::Info,
                FindingCode::ControlUnit,
                Place::Consultation(None),
                Text::new(
                    format!("{} phải lấy ý kiến của {unit} về quy định thủ tục hành chính (theo quy định của địa phương do cơ quan soạn thảo ghi).", label.vi),
                    format!("{}: the {unit} must comment on its procedure provisions (the province's rule, as the drafting body records it).", label.en),
                ),
                hint,
            )
            .basis((!setting.basis.trim().is_empty()).then(|| LegalBasis::new(setting.basis.trim(), ""))),
        );
        return;
    }
    if let Some(rule) = ctx.regulation.control_unit_on(doc_type, ctx.on) {
        let mut message = Text::new(
            format!(
                "{} phải lấy ý kiến của {} về quy định thủ tục hành chính.",
                label.vi, rule.unit.vi
            ),
            format!(
                "{}: the {} must comment on its procedure provisions (procedure control).",
                label.en, rule.unit.en
            ),
        );
        if let Some(note) = &rule.note {
            let _ = write!(message.vi, " ({})", note.vi);
            let _ = write!(message.en, " ({})", note.en);
        }
        out.push(
            Finding::new(
                Severity::Info,
                FindingCode::ControlUnit,
                Place::Consultation(None),
                message,
                hint,
            )
            .basis(Some(rule.basis.clone())),
        );
    } else {
        // Listed for other dates: the draft's date falls between two rules.
        let why = match &ctx.regulation.control_unit_gap {
            Some(gap) if ctx.regulation.lists(doc_type) => gap,
            _ => &ctx.regulation.unlisted_control_unit,
        };
        out.push(
                Finding::new(
                    Severity::Warning,
                    FindingCode::ControlUnitUnlisted,
                    Place::Consultation(None),
                    Text::new(
                        format!("{}: {}", label.vi, why.vi),
                        format!("{}: {}", label.en, why.en),
                    ),
                    Text::new(
                        "Xác định đơn vị kiểm soát thủ tục hành chính cần lấy ý kiến và ghi nhận ý kiến của đơn vị.",
                        "Find out which control unit must comment, and record its comments.",
                    ),
                )
                .basis(Some(LegalBasis::new(
                    "Nghị định 63/2010/NĐ-CP (sửa đổi, bổ sung năm 2017)",
                    "Điều 9 khoản 1",
                ))),
            );
    }
}
