//! Reform flags (advisory): documents whose data is in a national database (NQ 66.7/2025), a district-level
//! settling body after the two-tier reform, no online channel, an amended time limit that is not shorter.

use crate::component::{Component, Components, Level};
use crate::finding::{Finding, FindingCode, Severity};
use crate::place::Place;
use crate::procedure::{Procedure, ProcedureKind, Side};
use crate::ruleset::LegalBasis;
use crate::text::Text;

use super::Context;

pub(super) fn check(ctx: &Context<'_>, p: &Procedure, out: &mut Vec<Finding>) {
    if !p.kind.has_after() {
        return;
    }
    let after = p.version(Side::After);
    database_documents(ctx, p, &after, out);
    district_level(ctx, p, &after, out);
    online(p, &after, out);
    time_limit(ctx, p, &after, out);
}

/// NQ 66.7/2025: no document whose data is in a published national database.
fn database_documents(
    ctx: &Context<'_>,
    p: &Procedure,
    after: &Components,
    out: &mut Vec<Finding>,
) {
    let reg = ctx.regulation;
    if reg.databases.in_force(ctx.assessment.draft.date) {
        for d in &after.dossier.documents {
            if d.name.trim().is_empty() {
                continue;
            }
            let db = reg.databases.matching(&d.name);
            if !d.in_national_database && db.is_none() {
                continue;
            }
            let (db_vi, db_en) = db.map_or_else(
                || {
                    (
                        "cơ sở dữ liệu quốc gia, chuyên ngành".to_owned(),
                        "a national or specialised database".to_owned(),
                    )
                },
                |db| (db.name.vi.clone(), db.name.en.clone()),
            );
            out.push(
                Finding::new(
                    Severity::Warning,
                    FindingCode::DatabaseDocument,
                    Place::entry(&p.id, Side::After, Component::Dossier, &d.id),
                    Text::new(
                        format!(
                            "Giấy tờ \"{}\" có thông tin trong {db_vi}: không được yêu cầu nộp khi dữ liệu đã được công bố.",
                            d.name.trim()
                        ),
                        format!(
                            "The information of \"{}\" is held in the {db_en}: it must not be required once that data is published.",
                            d.name.trim()
                        ),
                    ),
                    Text::new(
                        "Bỏ giấy tờ khỏi thành phần hồ sơ và quy định cơ quan giải quyết khai thác dữ liệu, hoặc giải trình vì sao vẫn cần.",
                        "Remove it from the dossier and have the settling body consult the data, or explain why it is still needed.",
                    ),
                )
                .basis(Some(reg.databases.basis.clone())),
            );
        }
    }
}

/// No district level after the two-tier reform.
fn district_level(ctx: &Context<'_>, p: &Procedure, after: &Components, out: &mut Vec<Finding>) {
    let reg = ctx.regulation;
    if after.settling_body.level == Some(Level::District) {
        let severity = match ctx.assessment.draft.date {
            Some(d) if d >= reg.two_tier.from => Some(Severity::Error),
            Some(_) => None,
            None => Some(Severity::Warning),
        };
        if let Some(severity) = severity {
            out.push(
                Finding::new(
                    severity,
                    FindingCode::DistrictLevel,
                    Place::component(&p.id, Side::After, Component::SettlingBody),
                    Text::new(
                        format!(
                            "Cơ quan giải quyết ở cấp huyện: từ ngày {} không còn cấp huyện (chính quyền địa phương hai cấp).",
                            reg.two_tier.from.short()
                        ),
                        format!(
                            "The settling body is at district level: there is no district level from {} (two-tier local government).",
                            reg.two_tier.from.english()
                        ),
                    ),
                    Text::new(
                        "Giao cho cấp tỉnh hoặc cấp xã.",
                        "Assign it to the provincial or commune level.",
                    ),
                )
                .basis(Some(reg.two_tier.basis.clone())),
            );
        }
    }
}

/// An online channel for submission.
fn online(p: &Procedure, after: &Components, out: &mut Vec<Finding>) {
    if !after.manner.submission.is_empty() && !after.manner.submission.online {
        out.push(
            Finding::new(
                Severity::Warning,
                FindingCode::NoOnlineChannel,
                Place::component(&p.id, Side::After, Component::Manner),
                Text::new(
                    "Thủ tục không cho phép nộp hồ sơ trực tuyến.",
                    "The procedure offers no online submission.",
                ),
                Text::new(
                    "Cho phép nộp trực tuyến, hoặc nêu rõ lý do không thể thực hiện trực tuyến.",
                    "Offer online submission, or state why it cannot be offered.",
                ),
            )
            .basis(Some(LegalBasis::new(
                "Nghị quyết 66/NQ-CP ngày 26/3/2025",
                "",
            ))),
        );
    }
}

/// An amended procedure should be quicker.
fn time_limit(ctx: &Context<'_>, p: &Procedure, after: &Components, out: &mut Vec<Finding>) {
    if matches!(
        p.kind,
        ProcedureKind::Amended | ProcedureKind::DetailedAmended
    ) && let (Some(before), Some(now)) = (p.before.time_limit.days, after.time_limit.days)
        && now >= before
    {
        out.push(
            Finding::new(
                Severity::Warning,
                FindingCode::TimeLimitNotShortened,
                Place::component(&p.id, Side::After, Component::TimeLimit),
                Text::new(
                    format!("Thời hạn giải quyết không được rút ngắn ({before} → {now} ngày)."),
                    format!("The time limit is not shortened ({before} → {now} days)."),
                ),
                Text::new(
                    "Xem xét rút ngắn thời hạn giải quyết, hoặc giải trình.",
                    "Consider shortening it, or explain why not.",
                ),
            )
            .basis(Some(ctx.regulation.reduction_target.basis.clone())),
        );
    }
}
