//! Completeness of the components (NĐ 63/2010 Art. 8(2)) and of the details each component needs.

use crate::component::{Component, Components};
use crate::finding::{Finding, FindingCode, Severity};
use crate::flow::required_components;
use crate::place::{At, Place, ProcedurePart};
use crate::procedure::{Procedure, Side};
use crate::text::Text;

use super::Context;

pub(super) fn check(ctx: &Context<'_>, p: &Procedure, out: &mut Vec<Finding>) {
    let basis = Some(ctx.regulation.components_basis.clone());
    for (side, c) in required_components(ctx.ruleset, ctx.assessment.draft.stage, p) {
        let version = match side {
            Side::Before => &p.before,
            Side::After => &p.after,
        };
        if version.is_filled(c) {
            continue;
        }
        let (side_vi, side_en) = match side {
            Side::Before if p.kind.has_after() => {
                (" (trước khi sửa đổi)", " (before the amendment)")
            }
            Side::After if p.kind.has_before() => (" (sau khi sửa đổi)", " (after the amendment)"),
            _ => ("", ""),
        };
        let label = c.label();
        let finding = if c.always_required() {
            Finding::new(
                Severity::Error,
                FindingCode::ComponentMissing,
                Place::component(&p.id, side, c),
                Text::new(
                    format!(
                        "Thiếu bộ phận bắt buộc \"{}\"{side_vi} (điểm {} khoản 2 Điều 8).",
                        label.vi,
                        c.point()
                    ),
                    format!(
                        "Expected the required component \"{}\"{side_en} (Art. 8(2)({})), found it empty.",
                        label.en,
                        c.point()
                    ),
                ),
                fill_hint(c),
            )
        } else if optional_present(version, c).is_none() {
            Finding::new(
                Severity::Error,
                FindingCode::ComponentUndeclared,
                Place::component(&p.id, side, c),
                Text::new(
                    format!(
                        "Chưa xác định thủ tục có \"{}\" hay không{side_vi}.",
                        label.vi
                    ),
                    format!(
                        "Expected a statement whether the procedure has \"{}\"{side_en}, found none.",
                        label.en
                    ),
                ),
                Text::new(
                    format!(
                        "Chọn Có hoặc Không cho \"{}\"; nếu Có, nhập nội dung.",
                        label.vi
                    ),
                    format!("Choose Yes or No for \"{}\"; if Yes, enter it.", label.en),
                ),
            )
        } else {
            Finding::new(
                Severity::Error,
                FindingCode::ComponentMissing,
                Place::component(&p.id, side, c),
                Text::new(
                    format!(
                        "Thủ tục có \"{}\"{side_vi} nhưng chưa nhập nội dung.",
                        label.vi
                    ),
                    format!(
                        "The procedure has \"{}\"{side_en}, but none is entered.",
                        label.en
                    ),
                ),
                fill_hint(c),
            )
        };
        out.push(finding.basis(basis.clone()));
    }
    details(p, out);
}

fn optional_present(c: &Components, component: Component) -> Option<bool> {
    match component {
        Component::Result => c.result.present,
        Component::Forms => c.forms.present,
        Component::Conditions => c.conditions.present,
        Component::Fees => c.fees.present,
        _ => Some(true),
    }
}

fn fill_hint(c: Component) -> Text {
    let label = c.label();
    Text::new(
        format!("Nhập \"{}\" ở trang bộ phận của thủ tục.", label.vi),
        format!("Enter \"{}\" on the procedure's components page.", label.en),
    )
}

/// What each component's entries need: a reason for each document and condition, a basis and an amount
/// for each fee, the draft provisions and the field of the procedure.
fn details(p: &Procedure, out: &mut Vec<Finding>) {
    procedure_fields(p, out);
    // Abolished procedures are not assessed in detail: only what the draft leaves in force is.
    if p.kind.has_after() {
        let v = p.version(Side::After);
        documents(p, &v, out);
        conditions(p, &v, out);
        fees(p, &v, out);
    }
}

/// The draft provisions and the field of the procedure.
fn procedure_fields(p: &Procedure, out: &mut Vec<Finding>) {
    if p.provisions.trim().is_empty() {
        out.push(Finding::new(
            Severity::Warning,
            FindingCode::ProvisionsMissing,
            Place::procedure(&p.id, At::Part(ProcedurePart::Provisions)),
            Text::new(
                "Chưa nêu điều, khoản của dự thảo quy định thủ tục.",
                "Expected the provisions of the draft that set the procedure, found none.",
            ),
            Text::new(
                "Nhập điều, khoản, điểm của dự thảo.",
                "Enter the article, clause and point of the draft.",
            ),
        ));
    }
    if p.field.trim().is_empty() {
        out.push(Finding::new(
            Severity::Warning,
            FindingCode::FieldMissing,
            Place::procedure(&p.id, At::Part(ProcedurePart::Field)),
            Text::new(
                "Chưa nêu lĩnh vực của thủ tục.",
                "Expected the field of the procedure, found none.",
            ),
            Text::new(
                "Nhập lĩnh vực (ví dụ: Xây dựng, Y tế).",
                "Enter the field (e.g. Construction, Health).",
            ),
        ));
    }
}

/// Each dossier document needs a reason.
fn documents(p: &Procedure, v: &Components, out: &mut Vec<Finding>) {
    let side = Side::After;
    for d in &v.dossier.documents {
        if !d.name.trim().is_empty() && d.reason.trim().is_empty() {
            out.push(Finding::new(
                Severity::Warning,
                FindingCode::DocumentReasonMissing,
                Place::entry(&p.id, side, Component::Dossier, &d.id),
                Text::new(
                    format!("Chưa nêu lý do yêu cầu giấy tờ \"{}\".", d.name.trim()),
                    format!(
                        "Expected a reason for requiring \"{}\", found none.",
                        d.name.trim()
                    ),
                ),
                Text::new(
                    "Nêu vì sao cần giấy tờ này; nếu không nêu được, cân nhắc bỏ.",
                    "State why it is needed; if you cannot, consider removing it.",
                ),
            ));
        }
    }
}

/// Each condition needs a reason.
fn conditions(p: &Procedure, v: &Components, out: &mut Vec<Finding>) {
    let side = Side::After;
    if v.conditions.is_present() {
        for r in &v.conditions.value {
            if !r.text.trim().is_empty() && r.reason.trim().is_empty() {
                out.push(Finding::new(
                    Severity::Warning,
                    FindingCode::ConditionReasonMissing,
                    Place::entry(&p.id, side, Component::Conditions, &r.id),
                    Text::new(
                        format!(
                            "Chưa nêu lý do của yêu cầu, điều kiện \"{}\".",
                            r.text.trim()
                        ),
                        format!(
                            "Expected a reason for the condition \"{}\", found none.",
                            r.text.trim()
                        ),
                    ),
                    Text::new(
                        "Nêu vì sao cần điều kiện này và cách chứng minh.",
                        "State why it is needed and how it is proven.",
                    ),
                ));
            }
        }
    }
}

/// Each fee needs a legal basis and an amount.
fn fees(p: &Procedure, v: &Components, out: &mut Vec<Finding>) {
    let side = Side::After;
    if v.fees.is_present() {
        for f in &v.fees.value {
            if f.name.trim().is_empty() {
                continue;
            }
            if f.basis.trim().is_empty() {
                out.push(
                    Finding::new(
                        Severity::Warning,
                        FindingCode::FeeBasisMissing,
                        Place::entry(&p.id, side, Component::Fees, &f.id),
                        Text::new(
                            format!("Khoản \"{}\" chưa có căn cứ pháp lý.", f.name.trim()),
                            format!("Expected a legal basis for \"{}\", found none.", f.name.trim()),
                        ),
                        Text::new(
                            "Nêu văn bản quy định mức thu theo pháp luật về phí, lệ phí.",
                            "Cite the document setting the amount under the law on fees and charges.",
                        ),
                    )
                    .basis(Some(crate::ruleset::LegalBasis::new("Luật Phí và lệ phí 97/2015/QH13", ""))),
                );
            }
            if f.amount.is_none() {
                out.push(Finding::new(
                    Severity::Warning,
                    FindingCode::FeeAmountMissing,
                    Place::entry(&p.id, side, Component::Fees, &f.id),
                    Text::new(
                        format!("Khoản \"{}\" chưa có mức thu.", f.name.trim()),
                        format!("Expected an amount for \"{}\", found none.", f.name.trim()),
                    ),
                    Text::new(
                        "Nhập mức thu (đồng/hồ sơ).",
                        "Enter the amount (đồng per filing).",
                    ),
                ));
            }
        }
    }
}
