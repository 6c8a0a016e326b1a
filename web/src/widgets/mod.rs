//! The pieces several screens share: labelled fields and component editors, the navigation, the file
//! buttons, a document's panel, the list of appraisal comments, a procedure's heading, the page title and
//! progress bars.

pub mod comments;
pub mod document;
pub mod editors;
pub mod fields;
pub mod files;
pub mod findings;
pub mod heading;
pub mod nav;

use tthc_core::Lang;
use tthc_core::flow::Progress;
use yew::prelude::*;

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
                if p.progress.is_complete() { { " ✓ " }{ p.lang.pick("xong", "done") } }
            </span>
        </div>
    }
}
