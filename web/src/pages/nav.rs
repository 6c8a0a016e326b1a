//! The navigation: the pages of the guided flow (with the steps of the current procedure), the count of
//! findings, and the back/next buttons at the foot of each page.

use tthc_core::{Action, Lang, Location, ProcedureStep, Severity, Summary};
use yew::prelude::*;

use crate::app::use_ctx;
use crate::words::tr;

/// The name of a step of a procedure.
pub fn step_name(step: ProcedureStep, lang: Lang) -> &'static str {
    match step {
        ProcedureStep::Details => tr(lang, "Thông tin chung", "Details"),
        ProcedureStep::Components => tr(lang, "Bộ phận tạo thành", "Components"),
        ProcedureStep::Form => tr(lang, "Biểu mẫu đánh giá", "Assessment form"),
        ProcedureStep::Cost => tr(lang, "Chi phí tuân thủ", "Compliance cost"),
    }
}

/// The count of findings in words: "2 lỗi, 1 cảnh báo".
pub fn summary_text(s: Summary, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{} lỗi, {} cảnh báo", s.errors, s.warnings),
        Lang::En => format!("{} errors, {} warnings", s.errors, s.warnings),
    }
}

/// The side navigation.
#[component]
pub fn Nav() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let here = a.location.clone();
    let summary = Summary::of(&s.recent_findings());
    let item = |to: Location, label: String, extra: Html| {
        let current = match (&here, &to) {
            (Location::Procedure { .. }, Location::Procedures) => false,
            _ => here == to,
        };
        let onclick = ctx.act::<MouseEvent>({
            let to = to.clone();
            move |_| Action::Navigate(to.clone())
        });
        html! {
            <li>
                <button type="button" class="nav-link" aria-current={current.then_some("page")} {onclick}>
                    { label }
                </button>
                { extra }
            </li>
        }
    };
    let procedure_steps = match &here {
        Location::Procedure { id, step } => {
            let name = a
                .procedure(id)
                .map(tthc_core::Procedure::name)
                .unwrap_or_default();
            let name = if name.trim().is_empty() {
                id.clone()
            } else {
                name
            };
            html! {
                <ul class="sub" aria-label={name.clone()}>
                    <li class="sub-title">{ name }</li>
                    { for ProcedureStep::ALL.iter().map(|st| {
                        let to = Location::Procedure { id: id.clone(), step: *st };
                        let current = *st == *step;
                        let onclick = ctx.act::<MouseEvent>(move |_| Action::Navigate(to.clone()));
                        html! {
                            <li><button type="button" class="nav-link" aria-current={current.then_some("page")} {onclick}>
                                { step_name(*st, lang) }
                            </button></li>
                        }
                    }) }
                </ul>
            }
        }
        _ => Html::default(),
    };
    let errors_class = if summary.errors > 0 {
        "count has-errors"
    } else {
        "count"
    };
    html! {
        <nav class="side" aria-label={tr(lang, "Các bước", "Steps")}>
            <ul>
                { item(Location::Start, tr(lang, "Bắt đầu", "Start").into(), Html::default()) }
                { item(Location::Draft, tr(lang, "Thông tin dự thảo", "The draft").into(), Html::default()) }
                { item(Location::Procedures,
                    format!("{} ({})", tr(lang, "Thủ tục hành chính", "Procedures"), a.procedures.len()),
                    procedure_steps) }
                { item(Location::Consultation, tr(lang, "Ý kiến cơ quan kiểm soát", "Control unit's comments").into(), Html::default()) }
                { item(Location::Checks, tr(lang, "Kiểm tra", "Checks").into(),
                    html! { <span class={errors_class}>{ summary_text(summary, lang) }</span> }) }
                { item(Location::Dossier, tr(lang, "Hồ sơ đánh giá tác động", "Dossier").into(), Html::default()) }
                { item(Location::Appraisal, tr(lang, "Thẩm định", "Appraisal").into(), Html::default()) }
                { item(Location::Compare, tr(lang, "So sánh phiên bản", "Compare versions").into(), Html::default()) }
            </ul>
        </nav>
    }
}

/// Back and next, at the foot of the pages of the drafter's flow.
#[component]
pub fn Steps() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let location = ctx.session().assessment().location.clone();
    if matches!(
        location,
        Location::Start | Location::Appraisal | Location::Compare
    ) {
        return Html::default();
    }
    html! {
        <div class="steps">
            <button type="button" class="back" onclick={ctx.act::<MouseEvent>(|_| Action::Back)}>
                { "← " }{ tr(lang, "Quay lại", "Back") }
            </button>
            <button type="button" class="next primary" onclick={ctx.act::<MouseEvent>(|_| Action::Next)}>
                { tr(lang, "Tiếp theo", "Next") }{ " →" }
            </button>
        </div>
    }
}

/// The label of a severity with its symbol (never colour alone).
pub fn severity_label(s: Severity, lang: Lang) -> String {
    let symbol = match s {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    };
    format!("{symbol} {}", s.label().get(lang))
}
