//! Form routing (SPEC §6): the form a procedure gets, the components assessed, and short-circuits.

use crate::component::Component;
use crate::draft::Stage;
use crate::finding::{Finding, FindingCode, Severity};
use crate::flow::Plan;
use crate::place::{At, Place, ProcedurePart};
use crate::procedure::{Procedure, ProcedureKind};
use crate::text::Text;

use super::Context;

pub(super) fn check(ctx: &Context<'_>, p: &Procedure, plan: &Plan<'_>, out: &mut Vec<Finding>) {
    let stage = ctx.assessment.draft.stage;
    let Some(form) = plan.form else {
        out.push(Finding::new(
            Severity::Error,
            FindingCode::NoForm,
            Place::procedure(&p.id, At::Whole),
            Text::new(
                format!(
                    "Bộ biểu mẫu {} không có biểu mẫu cho loại thủ tục \"{}\" ở giai đoạn \"{}\".",
                    ctx.ruleset.reference(),
                    p.kind.label().vi,
                    stage.label().vi
                ),
                format!(
                    "Expected a form in {} for a {} at the {} stage, found none.",
                    ctx.ruleset.reference(),
                    p.kind.label().en.to_lowercase(),
                    stage.label().en.to_lowercase()
                ),
            ),
            Text::new(
                "Chọn loại thủ tục khác hoặc bộ biểu mẫu khác.",
                "Choose another kind or ruleset.",
            ),
        ));
        return;
    };
    changed_components(ctx, p, form, out);
    before_and_after(p, out);
    policy(ctx, p, out);
    skipped(p, plan, out);
}

/// An amended or detailed procedure must say which components the draft changes (Biểu mẫu 03).
fn changed_components(
    ctx: &Context<'_>,
    p: &Procedure,
    form: &crate::ruleset::Form,
    out: &mut Vec<Finding>,
) {
    let stage = ctx.assessment.draft.stage;
    let basis = ctx
        .ruleset
        .scope_for(stage, p.kind)
        .and_then(|r| r.basis.clone());
    if stage == Stage::Drafting && p.kind.assesses_changes() && p.changed.is_empty() {
        out.push(
            Finding::new(
                Severity::Error,
                FindingCode::NoChangedComponents,
                Place::procedure(&p.id, At::Changed),
                Text::new(
                    format!(
                        "Chưa chọn bộ phận nào được {}: {} chỉ đánh giá các bộ phận này.",
                        if p.kind == ProcedureKind::Amended { "sửa đổi, bổ sung" } else { "quy định chi tiết" },
                        form.code.as_deref().unwrap_or(&form.title.vi)
                    ),
                    format!(
                        "Expected at least one component marked as {}, found none: {} assesses only those.",
                        if p.kind == ProcedureKind::Amended { "amended" } else { "detailed" },
                        form.code.as_deref().unwrap_or(&form.title.en)
                    ),
                ),
                Text::new(
                    "Đánh dấu các bộ phận mà dự thảo sửa đổi, bổ sung hoặc quy định chi tiết.",
                    "Mark the components the draft amends or details.",
                ),
            )
            .basis(basis),
        );
    }
}

/// The changed components and the two versions agree.
fn before_and_after(p: &Procedure, out: &mut Vec<Finding>) {
    if p.kind.has_before() && p.kind.has_after() {
        for c in Component::ALL {
            let before = p.before.get(c);
            let after = p.after.get(c);
            if p.is_changed(c) && before == after && p.before.is_filled(c) {
                out.push(Finding::new(
                    Severity::Warning,
                    FindingCode::ChangedButIdentical,
                    Place::component(&p.id, crate::procedure::Side::After, c),
                    Text::new(
                        format!("Bộ phận \"{}\" được đánh dấu là thay đổi nhưng trước và sau giống nhau.", c.label().vi),
                        format!("\"{}\" is marked as changed, but before and after are the same.", c.label().en),
                    ),
                    Text::new(
                        "Nhập nội dung sau khi sửa đổi, hoặc bỏ đánh dấu.",
                        "Enter the amended content, or unmark it.",
                    ),
                ));
            }
            if !p.is_changed(c) && p.after.is_filled(c) && before != after {
                out.push(Finding::new(
                    Severity::Warning,
                    FindingCode::ChangedNotMarked,
                    Place::component(&p.id, crate::procedure::Side::After, c),
                    Text::new(
                        format!(
                            "Bộ phận \"{}\" có nội dung sau sửa đổi khác trước nhưng chưa được đánh dấu là thay đổi: nội dung này đang bị bỏ qua.",
                            c.label().vi
                        ),
                        format!(
                            "\"{}\" has an amended version that differs, but is not marked as changed: it is ignored.",
                            c.label().en
                        ),
                    ),
                    Text::new("Đánh dấu bộ phận là thay đổi nếu dự thảo sửa đổi nó.", "Mark it as changed if the draft amends it."),
                ));
            }
        }
    }
    if !p.kind.has_before() && p.before != crate::component::Components::default() {
        out.push(Finding::new(
            Severity::Info,
            FindingCode::BeforeIgnored,
            Place::procedure(&p.id, At::Before),
            Text::new(
                "Thủ tục mới không có phiên bản trước: nội dung \"trước\" được giữ nhưng không sử dụng.",
                "A new procedure has no earlier version: the \"before\" content is kept but not used.",
            ),
            Text::new("Đổi loại thủ tục nếu dự thảo sửa đổi một thủ tục đang có.", "Change the kind if the draft amends an existing procedure."),
        ));
    }
}

/// At the proposal stage, each procedure belongs to a policy.
fn policy(ctx: &Context<'_>, p: &Procedure, out: &mut Vec<Finding>) {
    if ctx.assessment.draft.stage == Stage::Proposal && !ctx.assessment.draft.policies.is_empty() {
        let linked = p.policy.as_ref().is_some_and(|id| {
            ctx.assessment
                .draft
                .policies
                .iter()
                .any(|pol| &pol.id == id)
        });
        if !linked {
            out.push(Finding::new(
                Severity::Warning,
                FindingCode::PolicyMissing,
                Place::procedure(&p.id, At::Part(ProcedurePart::Policy)),
                Text::new(
                    "Thủ tục chưa gắn với chính sách nào của đề nghị: Phụ lục I đánh giá theo từng chính sách.",
                    "The procedure is not linked to a policy of the proposal: Annex I is filled per policy.",
                ),
                Text::new("Chọn chính sách mà thủ tục thực hiện.", "Choose the policy the procedure carries out."),
            ));
        }
    }
}

/// The sections a short-circuit skipped, stated for the dossier.
fn skipped(p: &Procedure, plan: &Plan<'_>, out: &mut Vec<Finding>) {
    for (section, rule) in plan.skipped() {
        let entry = section
            .entry
            .as_ref()
            .map(|e| format!(" ({})", e.label))
            .unwrap_or_default();
        out.push(
            Finding::new(
                Severity::Info,
                FindingCode::SectionsSkipped,
                Place::procedure(
                    &p.id,
                    At::Section(
                        section.section.id.clone(),
                        section.entry.as_ref().map(|e| e.id.clone()),
                    ),
                ),
                Text::new(
                    format!("{} {}{entry}: {}", section.section.number, section.section.title.vi, rule.reason.vi),
                    format!("{} {}{entry}: {}", section.section.number, section.section.title.en, rule.reason.en),
                ),
                Text::new(
                    "Phần này không phải đánh giá; nếu câu trả lời dẫn đến dừng đánh giá là chưa đúng, hãy sửa câu trả lời.",
                    "This part is not assessed; if the answer that stopped the assessment is wrong, change it.",
                ),
            )
            .basis(rule.basis.clone()),
        );
    }
}
