//! What opening a file had to rename ([`crate::Assessment::make_ids_unique`]), said as findings: which
//! entry, in words, and what stays with the entry that kept the id.

use crate::assessment::Assessment;
use crate::component::Component;
use crate::finding::{Finding, FindingCode, Severity};
use crate::id::{List, Renamed};
use crate::place::{AppraisalAt, At, DraftPart, Place};
use crate::procedure::Side;
use crate::scenario::CostInput;
use crate::text::{Lang, Text, capitalise};

/// The finding for one renamed entry, at the entry under its new id.
pub fn renamed_finding(a: &Assessment, r: &Renamed) -> Finding {
    let (pos, first) = (r.repeat.position, r.repeat.first);
    let (noun_vi, noun_en) = noun(r.list);
    let place = place(a, r);
    let where_ = |lang: Lang| match r.list {
        List::Procedures | List::ConsultationComments | List::AppraisalComments => String::new(),
        _ => format!("{}: ", place.describe(a, lang)),
    };
    // A procedure is also named, as people know it.
    let named = match (r.list, a.procedures.get(pos - 1)) {
        (List::Procedures, Some(p)) if !p.name().is_empty() => format!(" ({})", p.name()),
        _ => String::new(),
    };
    let message = Text::new(
        capitalise(&format!(
            "{}{noun_vi} thứ {pos}{named} có cùng mã định danh với {noun_vi} thứ {first} trong tệp; phần mềm đã đặt mã mới cho {noun_vi} thứ {pos}.",
            where_(Lang::Vi)
        )),
        capitalise(&format!(
            "{}{noun_en} {pos}{named} had the same identifier as {noun_en} {first} in the file; {noun_en} {pos} has been given a new one.",
            where_(Lang::En)
        )),
    );
    let (severity, hint) = consequence(r.list, pos, first);
    Finding::new(severity, FindingCode::IdRenamed, place, message, hint)
}

/// What an entry of the list is called in a sentence.
fn noun(list: List) -> (&'static str, &'static str) {
    match list {
        List::Procedures => ("thủ tục", "procedure"),
        List::Policies => ("chính sách", "policy"),
        List::ConsultationComments | List::AppraisalComments => ("ý kiến", "comment"),
        List::Documents => ("giấy tờ", "document"),
        List::Forms => ("mẫu đơn, tờ khai", "form"),
        List::Conditions => ("yêu cầu, điều kiện", "condition"),
        List::Fees => ("khoản phí, lệ phí", "fee"),
        List::Activities => ("công việc", "activity"),
        List::Services => ("dịch vụ", "service"),
        List::OtherExpenses => ("khoản chi phí", "expense"),
    }
}

/// The renamed entry's place, under its new id.
fn place(a: &Assessment, r: &Renamed) -> Place {
    let to = r.repeat.to.as_str();
    let procedure = r
        .procedure
        .as_ref()
        .and_then(|(id, side)| Some((a.procedure(id)?, side.unwrap_or(Side::After))));
    let entry = |p: &crate::Procedure, side, c: Component| Place::entry(&p.id, side, c, to);
    match (r.list, procedure) {
        (List::Procedures, _) => Place::procedure(to, At::Whole),
        (List::Policies, _) => Place::Draft(DraftPart::Policies),
        (List::ConsultationComments, _) => Place::Consultation(Some(to.to_owned())),
        (List::AppraisalComments, _) => {
            let on = a
                .appraisal
                .as_ref()
                .and_then(|x| x.comments.iter().find(|c| c.id == to))
                .and_then(|c| c.procedure.as_deref())
                .filter(|p| a.procedure(p).is_some());
            match on {
                Some(p) => Place::procedure(p, At::Comment(to.to_owned())),
                None => Place::Appraisal(AppraisalAt::Comment(to.to_owned())),
            }
        }
        (List::Documents, Some((p, side))) => entry(p, side, Component::Dossier),
        (List::Forms, Some((p, side))) => entry(p, side, Component::Forms),
        (List::Conditions, Some((p, side))) => entry(p, side, Component::Conditions),
        (List::Fees, Some((p, side))) => entry(p, side, Component::Fees),
        (List::Activities, Some((p, side))) => {
            Place::cost_input(p, side, &CostInput::Activity(to.to_owned()))
        }
        (List::Services, Some((p, side))) => {
            Place::cost_input(p, side, &CostInput::Service(to.to_owned()))
        }
        (List::OtherExpenses, Some((p, side))) => {
            Place::cost_input(p, side, &CostInput::Other(to.to_owned()))
        }
        (_, None) => Place::Procedures,
    }
}

/// How serious the renaming is, and what stays with the entry that kept the id.
fn consequence(list: List, pos: usize, first: usize) -> (Severity, Text) {
    match list {
        List::Procedures => (
            Severity::Warning,
            Text::new(
                format!(
                    "Ý kiến, kết quả thẩm định và số liệu chi phí đã ghi theo mã đó vẫn thuộc thủ tục thứ {first}: hãy kiểm tra xem có đúng thủ tục không."
                ),
                format!(
                    "Comments, appraisal opinions and recorded cost figures filed under that identifier stay with procedure {first}: check that they belong to it."
                ),
            ),
        ),
        List::Policies => (
            Severity::Warning,
            Text::new(
                format!(
                    "Các thủ tục gắn với mã đó vẫn thuộc chính sách thứ {first}: hãy kiểm tra lại."
                ),
                format!(
                    "Procedures linked to that identifier stay with policy {first}: check them."
                ),
            ),
        ),
        List::Forms | List::Conditions => (
            Severity::Warning,
            Text::new(
                format!(
                    "Câu trả lời đánh giá riêng cho mục đó vẫn thuộc mục thứ {first}: hãy đánh giá lại mục thứ {pos}."
                ),
                format!(
                    "Answers given for that entry stay with entry {first}: assess entry {pos} again."
                ),
            ),
        ),
        List::Activities | List::Services | List::OtherExpenses => (
            Severity::Warning,
            Text::new(
                format!(
                    "Ý kiến gắn với khoản đó và số liệu đã ghi vẫn thuộc mục thứ {first}: hãy kiểm tra lại."
                ),
                format!(
                    "Comments about that entry and recorded figures stay with entry {first}: check them."
                ),
            ),
        ),
        List::ConsultationComments | List::AppraisalComments | List::Documents | List::Fees => (
            Severity::Info,
            Text::new("Không có gì khác thay đổi.", "Nothing else changes."),
        ),
    }
}
