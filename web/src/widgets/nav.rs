//! The navigation: the pages of the guided flow (with the steps of the current procedure), the count of
//! findings, and the back/next buttons at the foot of each page.

use tthc_core::{Action, Lang, Location, ProcedureStep, Severity, Summary};
use yew::prelude::*;

use crate::ctx::use_ctx;

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
    let summary = s.analysis().summary();
    let item = |to: Location, extra: Html| {
        let label = match &to {
            Location::Procedures => format!("{} ({})", to.label(a, lang), a.procedures.len()),
            _ => to.label(a, lang),
        };
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
                .procedures
                .iter()
                .position(|p| &p.id == id)
                .map(|i| a.procedures[i].display_name(i + 1, lang))
                .unwrap_or_default();
            html! {
                <ul class="sub" aria-label={name.clone()}>
                    <li class="sub-title">{ name }</li>
                    { for ProcedureStep::ALL.iter().map(|st| {
                        let to = Location::Procedure { id: id.clone(), step: *st };
                        let current = *st == *step;
                        let onclick = ctx.act::<MouseEvent>(move |_| Action::Navigate(to.clone()));
                        html! {
                            <li><button type="button" class="nav-link" aria-current={current.then_some("page")} {onclick}>
                                { st.label().get(lang).to_owned() }
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
        <nav class="side" aria-label={lang.pick("Các bước", "Steps")}>
            <ul>
                { item(Location::Start, Html::default()) }
                { item(Location::Draft, Html::default()) }
                { item(Location::Procedures, procedure_steps) }
                { item(Location::Consultation, Html::default()) }
                { item(Location::Checks, html! { <span class={errors_class}>{ summary_text(summary, lang) }</span> }) }
                { item(Location::Dossier, Html::default()) }
                { item(Location::Appraisal, Html::default()) }
                { item(Location::Compare, Html::default()) }
                { item(Location::Legal, Html::default()) }
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
        Location::Start | Location::Appraisal | Location::Compare | Location::Legal
    ) {
        return Html::default();
    }
    html! {
        <div class="steps">
            <button type="button" class="back" onclick={ctx.act::<MouseEvent>(|_| Action::Back)}>
                { "← " }{ lang.pick("Quay lại", "Back") }
            </button>
            <button type="button" class="next primary" onclick={ctx.act::<MouseEvent>(|_| Action::Next)}>
                { lang.pick("Tiếp theo", "Next") }{ " →" }
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
