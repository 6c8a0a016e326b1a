//! The heading every page of a procedure shares: which procedure (its number, name and kind), then the
//! page's title.

use tthc_core::{Lang, ProcedureStep};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::widgets::PageTitle;

/// Properties of a procedure page.
#[derive(Properties, PartialEq)]
pub struct ProcedureProps {
    /// The procedure id.
    pub id: AttrValue,
}

/// Properties of the heading.
#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// The procedure id.
    pub id: AttrValue,
    /// The page.
    pub step: ProcedureStep,
}

/// "Thủ tục 2/3 · Cấp giấy phép… — Thủ tục hành chính mới", then the page's title.
#[component]
pub fn ProcedureHeading(p: &HeadingProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let Some(index) = a.procedures.iter().position(|x| x.id == p.id.as_str()) else {
        return html! { <PageTitle>{ lang.pick("Không tìm thấy thủ tục", "Procedure not found") }</PageTitle> };
    };
    let proc = &a.procedures[index];
    let name = proc.name();
    let name = if name.trim().is_empty() {
        lang.pick("(chưa có tên)", "(no name yet)").to_owned()
    } else {
        name
    };
    html! {
        <>
            <p class="procedure-context" id={tthc_core::Place::procedure(&proc.id, tthc_core::place::At::Whole).path()} tabindex="-1">
                { match lang {
                    Lang::Vi => format!("Thủ tục {}/{} · ", index + 1, a.procedures.len()),
                    Lang::En => format!("Procedure {} of {} · ", index + 1, a.procedures.len()),
                } }
                <strong>{ name }</strong>
                { " — " }{ proc.kind.label().get(lang).to_owned() }
            </p>
            <PageTitle>{ p.step.label().get(lang).to_owned() }</PageTitle>
        </>
    }
}
