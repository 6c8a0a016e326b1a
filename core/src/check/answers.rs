//! Answers to the form: every shown item answered, reasons given, values that fit the item.

use crate::answer::AnswerValue;
use crate::finding::{Finding, FindingCode, Severity};
use crate::flow::Plan;
use crate::place::Place;
use crate::procedure::Procedure;
use crate::ruleset::{AnswerKind, Item};
use crate::text::{Lang, Text, excerpt};

pub(super) fn check(p: &Procedure, plan: &Plan<'_>, out: &mut Vec<Finding>) {
    for (section, planned) in plan.visible_items() {
        let item = planned.item;
        let at = || Place::item(&p.id, planned.key.clone());
        let name = || item_name(item, section.entry.as_ref().map(|e| e.label.as_str()));
        let answer = p.answer(&planned.key);
        if let Some(a) = answer
            && let Some(value) = &a.value
            && let Some(problem) = misfit(&item.answer, value)
        {
            let name = name();
            out.push(Finding::new(
                Severity::Error,
                FindingCode::AnswerInvalid,
                at(),
                Text::new(
                    format!("Câu trả lời cho {} không hợp lệ: {}.", name.vi, problem.vi),
                    format!("The answer to {} is not valid: {}.", name.en, problem.en),
                ),
                Text::new("Trả lời lại câu hỏi này.", "Answer this item again."),
            ));
            continue;
        }
        if !item.is_required() {
            continue;
        }
        match answer {
            Some(a) if a.unsure => out.push({
                let name = name();
                Finding::new(
                    Severity::Info,
                    FindingCode::ItemUnsure,
                    at(),
                    Text::new(
                        format!("Còn để ngỏ (chưa chắc chắn): {}.", name.vi),
                        format!("Open point (unsure): {}.", name.en),
                    ),
                    Text::new(
                        "Quay lại để trả lời khi đã rõ.",
                        "Come back and answer it when you know.",
                    ),
                )
            }),
            Some(a) if a.has_value() => {
                if item.reason_required(a.chosen()) && !a.has_reason() {
                    let label = item
                        .reason
                        .as_ref()
                        .map_or_else(|| Text::new("lý do", "the reason"), |r| r.label.clone());
                    let name = name();
                    out.push(Finding::new(
                        Severity::Error,
                        FindingCode::ReasonMissing,
                        at(),
                        Text::new(
                            format!(
                                "Thiếu \"{}\" cho {}.",
                                label.vi.trim_end_matches(':'),
                                name.vi
                            ),
                            format!(
                                "Expected \"{}\" for {}, found nothing.",
                                label.en.trim_end_matches(':'),
                                name.en
                            ),
                        ),
                        Text::new(
                            "Viết rõ lý do cho câu trả lời.",
                            "Write the reason for the answer.",
                        ),
                    ));
                }
            }
            _ => {
                let name = name();
                out.push(Finding::new(
                    Severity::Error,
                    FindingCode::ItemUnanswered,
                    at(),
                    Text::new(
                        format!("Chưa trả lời {}.", name.vi),
                        format!("Expected an answer to {}, found none.", name.en),
                    ),
                    Text::new(
                        "Trả lời câu hỏi, hoặc đánh dấu \"chưa chắc chắn\" để quay lại sau.",
                        "Answer it, or mark it \"unsure\" to come back later.",
                    ),
                ));
            }
        }
    }
}

/// "câu 2.a (Trình tự thực hiện) «Có được quy định…»".
fn item_name(item: &Item, entry: Option<&str>) -> Text {
    let entry = entry
        .map(|e| format!(" [{}]", excerpt(e, 70)))
        .unwrap_or_default();
    Text::new(
        format!("\"{}\"{entry}", excerpt(&item.text.vi, 70)),
        format!("\"{}\"{entry}", excerpt(item.text.get(Lang::En), 70)),
    )
}

/// Why a value does not fit an answer kind, if it does not.
fn misfit(kind: &AnswerKind, value: &AnswerValue) -> Option<Text> {
    let options = kind.options();
    let valid = |o: &str| {
        options
            .as_ref()
            .is_some_and(|os| os.iter().any(|c| c.id == o))
    };
    let expected =
        |vi: &str, en: &str| Some(Text::new(format!("cần {vi}"), format!("expected {en}")));
    match (kind, value) {
        (AnswerKind::Group, _) => {
            expected("không có câu trả lời (câu hỏi nhóm)", "no answer (a group)")
        }
        (
            AnswerKind::YesNo | AnswerKind::ThreeValued | AnswerKind::SingleChoice { .. },
            AnswerValue::Choice(c),
        ) => {
            if valid(c) {
                None
            } else {
                let list = options
                    .unwrap_or_default()
                    .iter()
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                Some(Text::new(
                    format!("cần một trong các lựa chọn ({list}), nhận được {c:?}"),
                    format!("expected one of ({list}), found {c:?}"),
                ))
            }
        }
        (AnswerKind::MultiChoice { .. }, AnswerValue::Choices(cs)) => {
            cs.iter().find(|c| !valid(c)).map(|c| {
                Text::new(
                    format!("lựa chọn {c:?} không có trong câu hỏi"),
                    format!("found an unknown option {c:?}"),
                )
            })
        }
        (AnswerKind::Text, AnswerValue::Text(_)) | (AnswerKind::Date, AnswerValue::Date(_)) => None,
        (AnswerKind::Number { .. } | AnswerKind::Hours, AnswerValue::Number(n)) => {
            (n.is_sign_negative() && !n.is_zero()).then(|| {
                Text::new(
                    format!("cần số không âm, nhận được {n}"),
                    format!("expected a number of 0 or more, found {n}"),
                )
            })
        }
        (AnswerKind::Money, AnswerValue::Number(n)) => {
            (n.is_sign_negative() && !n.is_zero()).then(|| {
                Text::new(
                    format!("cần số tiền không âm, nhận được {n}"),
                    format!("expected an amount of 0 or more, found {n}"),
                )
            })
        }
        (k, _) => Some(Text::new(
            format!("loại câu trả lời không phù hợp với câu hỏi ({})", k.key()),
            format!("the kind of value does not fit the item ({})", k.key()),
        )),
    }
}
