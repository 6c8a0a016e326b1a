//! What the file keeps but nothing takes into account — said, never dropped: answers to questions the forms
//! in use do not ask (or to a form or condition no longer listed), comments about something that is no
//! longer there, appraisal opinions and checklist answers for procedures or points that are not there,
//! recorded cost figures of procedures no longer in the draft. Each is an information finding that says
//! where it is and why it is not counted; the content stays in the file.

use crate::answer::{AnswerKey, AnswerValue};
use crate::assessment::Assessment;
use crate::comment::{Anchor, Comment};
use crate::finding::{Finding, FindingCode, Severity};
use crate::place::{AppraisalAt, At, Place, comment_number};
use crate::procedure::Procedure;
use crate::ruleset::{Registry, Ruleset};
use crate::text::{Lang, Text, excerpt};

/// Answers of a procedure that the forms in use do not count.
pub(super) fn answers(ruleset: &Ruleset, p: &Procedure, out: &mut Vec<Finding>) {
    let entries: Vec<&str> = [&p.before, &p.after]
        .into_iter()
        .flat_map(|c| {
            c.forms
                .value
                .iter()
                .map(|f| f.id.as_str())
                .chain(c.conditions.value.iter().map(|r| r.id.as_str()))
        })
        .collect();
    for (key, answer) in &p.answers {
        let key = AnswerKey::parse(key);
        let said = said(answer);
        let place = Place::procedure(&p.id, At::IgnoredAnswers);
        let (message, hint) = if ruleset.item(&key.item).is_none() {
            let asked = asked_elsewhere(ruleset, &key.item);
            (
                Text::new(
                    format!(
                        "Tệp có câu trả lời{} cho một câu hỏi{} không có trong bộ biểu mẫu đang dùng, nên câu trả lời này không được tính.",
                        said.vi, asked.vi
                    ),
                    format!(
                        "The file has an answer{} to a question{} that the forms in use do not ask, so it is not taken into account.",
                        said.en, asked.en
                    ),
                ),
                Text::new(
                    "Câu trả lời vẫn được giữ trong tệp (thường là do đã đổi bộ biểu mẫu). Nếu nội dung còn cần, hãy trả lời câu hỏi tương ứng của biểu mẫu đang dùng.",
                    "The answer stays in the file (usually because the forms were changed). If it is still needed, answer the matching question of the forms in use.",
                ),
            )
        } else if let Some(entry) = key.entry.as_deref()
            && !entries.contains(&entry)
        {
            (
                Text::new(
                    format!(
                        "Tệp có câu trả lời{} cho một mẫu đơn, tờ khai hoặc một yêu cầu, điều kiện không còn trong danh sách của thủ tục, nên câu trả lời này không được tính.",
                        said.vi
                    ),
                    format!(
                        "The file has an answer{} about a form or a condition that is no longer listed for the procedure, so it is not taken into account.",
                        said.en
                    ),
                ),
                Text::new(
                    "Câu trả lời vẫn được giữ trong tệp nhưng không thuộc mục nào đang có; hãy đánh giá các mục đang có.",
                    "The answer stays in the file but belongs to no listed entry; assess the entries that are listed.",
                ),
            )
        } else {
            continue;
        };
        out.push(Finding::new(
            Severity::Info,
            FindingCode::AnswerIgnored,
            place,
            message,
            hint,
        ));
    }
}

/// ` («…»)`: what an answer says, quoted briefly, for a person to recognise it (nothing for an answer that
/// only chose an option: its id means nothing to a reader).
fn said(answer: &crate::answer::Answer) -> Text {
    let words = match &answer.value {
        _ if answer.has_reason() => excerpt(&answer.reason, 60),
        Some(AnswerValue::Text(t)) if !t.trim().is_empty() => excerpt(t, 60),
        Some(AnswerValue::Number(n)) => n.normalize().to_string(),
        Some(AnswerValue::Date(d)) => d.to_string(),
        _ => String::new(),
    };
    if words.is_empty() {
        Text::new("", "")
    } else {
        Text::new(
            format!(" \u{ab}{words}\u{bb}"),
            format!(" \u{201c}{words}\u{201d}"),
        )
    }
}

/// ` («question», in another bundled set of forms)`, when another bundled ruleset asks it.
fn asked_elsewhere(ruleset: &Ruleset, item: &str) -> Text {
    Registry::bundled()
        .all()
        .iter()
        .filter(|r| r.id != ruleset.id || r.version != ruleset.version)
        .find_map(|r| Some((r, r.item(item)?)))
        .map_or_else(
            || Text::new("", ""),
            |(r, i)| {
                Text::new(
                    format!(
                        " (\u{ab}{}\u{bb}, của {})",
                        excerpt(&i.text.vi, 80),
                        r.title.vi
                    ),
                    format!(
                        " (\u{201c}{}\u{201d}, of {})",
                        excerpt(i.text.get(Lang::En), 80),
                        r.title.get(Lang::En)
                    ),
                )
            },
        )
}

/// Comments about something that is no longer there: both lists, at the comment.
pub(super) fn anchors(a: &Assessment, ruleset: &Ruleset) -> Vec<Finding> {
    let mut out = Vec::new();
    let consultation = &a.consultation.comments;
    for c in consultation {
        if let Some(why) = dangling(a, ruleset, c) {
            let n = |lang| comment_number(consultation.iter().map(|x| x.id.as_str()), &c.id, lang);
            out.push(anchor_finding(
                Place::Consultation(Some(c.id.clone())),
                &Text::new(n(Lang::Vi), n(Lang::En)),
                &why,
            ));
        }
    }
    let appraisal = a.appraisal.iter().flat_map(|x| x.comments.iter());
    for c in appraisal.clone() {
        let n = |lang| comment_number(appraisal.clone().map(|x| x.id.as_str()), &c.id, lang);
        let number = Text::new(n(Lang::Vi), n(Lang::En));
        let known = c.procedure.as_deref().filter(|p| a.procedure(p).is_some());
        if c.procedure.is_some() && known.is_none() {
            out.push(Finding::new(
                Severity::Info,
                FindingCode::AnchorIgnored,
                Place::Appraisal(AppraisalAt::Comment(c.id.clone())),
                Text::new(
                    format!(
                        "{} thẩm định gắn với một thủ tục không còn trong dự thảo, nên được hiển thị như ý kiến chung về dự thảo.",
                        number.vi
                    ),
                    format!(
                        "Appraisal {} is about a procedure that is no longer in the draft, so it is shown as a comment on the whole draft.",
                        number.en.to_lowercase()
                    ),
                ),
                Text::new(
                    "Ý kiến vẫn được giữ trong tệp; người thẩm định có thể sửa hoặc xoá.",
                    "The comment stays in the file; the appraiser can edit or remove it.",
                ),
            ));
            continue;
        }
        if let Some(why) = dangling(a, ruleset, c) {
            let place = match known {
                Some(p) => Place::procedure(p, At::Comment(c.id.clone())),
                None => Place::Appraisal(AppraisalAt::Comment(c.id.clone())),
            };
            out.push(anchor_finding(place, &number, &why));
        }
    }
    out
}

/// Why a comment's anchor points at nothing, if it does: the procedure is there but the thing is not.
fn dangling(a: &Assessment, ruleset: &Ruleset, c: &Comment) -> Option<Text> {
    let p = a.procedure(c.procedure.as_deref()?)?;
    let anchor = c.anchor.as_ref()?;
    let item_known = match anchor {
        Anchor::Item { key } => {
            let key = AnswerKey::parse(key);
            ruleset.item(&key.item).is_some()
        }
        _ => true,
    };
    if anchor.exists_in(p) && item_known {
        return None;
    }
    Some(match anchor {
        Anchor::Item { .. } => Text::new(
            "một câu hỏi không có trong bộ biểu mẫu đang dùng",
            "a question the forms in use do not ask",
        ),
        Anchor::Component { side, component } => Text::new(
            format!(
                "bộ phận \u{ab}{}\u{bb} ở phiên bản {} mà loại thủ tục này không có",
                component.label().vi,
                side.label().vi.to_lowercase()
            ),
            format!(
                "the component \u{201c}{}\u{201d} in the {} version, which this kind of procedure does not have",
                component.label().en,
                side.label().en.to_lowercase()
            ),
        ),
        Anchor::Cost { .. } => Text::new(
            "một khoản chi phí không còn trong danh sách",
            "a cost entry that is no longer listed",
        ),
    })
}

fn anchor_finding(place: Place, number: &Text, why: &Text) -> Finding {
    Finding::new(
        Severity::Info,
        FindingCode::AnchorIgnored,
        place,
        Text::new(
            format!("{} gắn với {}.", number.vi, why.vi),
            format!("{} is about {}.", number.en, why.en),
        ),
        Text::new(
            "Ý kiến vẫn được giữ trong tệp, nhưng không dẫn tới chỗ nào; hãy đọc nội dung ý kiến để biết nó nói về điều gì.",
            "The comment stays in the file but leads nowhere; read it to see what it is about.",
        ),
    )
}

/// Appraisal opinions and checklist answers for procedures or points that are not there, and recorded
/// figures of procedures that are not in the draft.
pub(super) fn appraisal_and_recorded(a: &Assessment, ruleset: &Ruleset, out: &mut Vec<Finding>) {
    let known = |p: &str| a.procedure(p).is_some();
    if let Some(x) = &a.appraisal {
        let opinions = x.opinions.keys().filter(|p| !known(p)).count();
        let points = x
            .points
            .keys()
            .filter(|key| {
                let mut parts = key.split('@');
                let point = parts.next().unwrap_or_default();
                let unknown_point = !ruleset.appraisal.points.iter().any(|p| p.id == point);
                unknown_point || parts.next().is_some_and(|p| !known(p))
            })
            .count();
        for (n, vi, en) in [
            (
                opinions,
                "nhận xét theo tiêu chí về thủ tục không còn trong dự thảo",
                "opinions by criterion on procedures no longer in the draft",
            ),
            (
                points,
                "câu trả lời cho điểm kiểm tra của thủ tục không còn trong dự thảo, hoặc không có trong bộ biểu mẫu đang dùng",
                "checklist answers for procedures no longer in the draft, or for points the forms in use do not have",
            ),
        ] {
            if n > 0 {
                out.push(Finding::new(
                    Severity::Info,
                    FindingCode::AppraisalIgnored,
                    Place::Appraisal(AppraisalAt::Ignored),
                    Text::new(
                        format!("Tệp có {n} {vi}; chúng không được tính vào báo cáo thẩm định."),
                        format!(
                            "The file has {n} {en}; they are not taken into the appraisal report."
                        ),
                    ),
                    Text::new(
                        "Chúng vẫn được giữ trong tệp, phòng khi thủ tục được thêm lại.",
                        "They stay in the file, in case the procedure is added back.",
                    ),
                ));
            }
        }
    }
    if let Some(recorded) = &a.recorded_cost {
        for p in recorded.procedures.iter().filter(|p| !known(&p.id)) {
            let name = if p.name.trim().is_empty() {
                Text::new("một thủ tục", "a procedure")
            } else {
                Text::new(
                    format!("thủ tục \u{ab}{}\u{bb}", excerpt(&p.name, 80)),
                    format!("the procedure \u{201c}{}\u{201d}", excerpt(&p.name, 80)),
                )
            };
            out.push(Finding::new(
                Severity::Info,
                FindingCode::RecordedIgnored,
                Place::Appraisal(AppraisalAt::Recompute),
                Text::new(
                    format!("Số liệu chi phí đã ghi trong tệp có {}, nay không còn trong dự thảo; số liệu đó không được so sánh.", name.vi),
                    format!("The recorded cost figures include {}, which is no longer in the draft; those figures are not compared.", name.en),
                ),
                Text::new(
                    "Tổng chi phí vẫn được so sánh. Số liệu được ghi lại khi tải hồ sơ về.",
                    "The totals are still compared. The figures are recorded again when the dossier is downloaded.",
                ),
            ));
        }
    }
}
