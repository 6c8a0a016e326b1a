//! The pages of the guided flow, one module each, and what they share: the page title (focused after
//! navigation), progress bars, and the DOM ids of fields (the paths the checks use).

pub mod appraisal;
pub mod checks;
pub mod compare;
pub mod components;
pub mod consultation;
pub mod cost;
pub mod details;
pub mod document;
pub mod draft;
pub mod editors;
pub mod files;
pub mod form;
pub mod nav;
pub mod procedures;
pub mod start;

use tthc_core::flow::Progress;
use tthc_core::{Lang, Location, ProcedureStep};
use yew::prelude::*;

use crate::words::tr;

/// The page for a location.
pub fn page(location: &Location) -> Html {
    match location {
        Location::Start => html! { <start::StartPage /> },
        Location::Draft => html! { <draft::DraftPage /> },
        Location::Procedures => html! { <procedures::ProceduresPage /> },
        Location::Procedure { id, step } => {
            let id = AttrValue::from(id.clone());
            match step {
                ProcedureStep::Details => html! { <details::DetailsPage {id} /> },
                ProcedureStep::Components => html! { <components::ComponentsPage {id} /> },
                ProcedureStep::Form => html! { <form::FormPage {id} /> },
                ProcedureStep::Cost => html! { <cost::CostPage {id} /> },
            }
        }
        Location::Consultation => html! { <consultation::ConsultationPage /> },
        Location::Checks => html! { <checks::ChecksPage /> },
        Location::Dossier => html! { <document::DossierPage /> },
        Location::Appraisal => html! { <appraisal::AppraisalPage /> },
        Location::Compare => html! { <compare::ComparePage /> },
    }
}

/// The title of a page: focused after navigation, so that a screen reader announces the new page.
#[derive(Properties, PartialEq)]
pub struct TitleProps {
    /// The title.
    pub children: Html,
}

/// The `<h1>` of a page.
#[component]
pub fn PageTitle(p: &TitleProps) -> Html {
    html! { <h1 id="page-title" tabindex="-1">{ p.children.clone() }</h1> }
}

/// Properties of a progress bar.
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The DOM id.
    pub id: AttrValue,
    /// What it measures.
    pub label: AttrValue,
    /// How far.
    pub progress: Progress,
    /// The language.
    pub lang: Lang,
}

fn progress_text(progress: Progress, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{}/{} mục ({}%)",
            progress.done,
            progress.total,
            progress.percent()
        ),
        Lang::En => format!(
            "{}/{} items ({}%)",
            progress.done,
            progress.total,
            progress.percent()
        ),
    }
}

/// A progress bar with its figures in words.
#[component]
pub fn ProgressBar(p: &ProgressProps) -> Html {
    let total = p.progress.total.max(1);
    let done = if p.progress.total == 0 {
        1
    } else {
        p.progress.done
    };
    html! {
        <div class="progress">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <progress id={p.id.clone()} max={total.to_string()} value={done.to_string()}>
                { format!("{}%", p.progress.percent()) }
            </progress>
            <span class="progress-text">
                { progress_text(p.progress, p.lang) }
                if p.progress.is_complete() { { " ✓ " }{ tr(p.lang, "xong", "done") } }
            </span>
        </div>
    }
}

/// The DOM id of something in a procedure: `procedures/p1/<rest>` (the path the checks use).
pub fn at(procedure: &str, rest: &str) -> String {
    format!("procedures/{procedure}/{rest}")
}
