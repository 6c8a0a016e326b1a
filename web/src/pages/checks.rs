//! The findings of the checks, all at once: severity in words, what is wrong, what to do, the legal
//! basis; choosing one goes to the field it is about.

use tthc_core::{Finding, Lang, Severity};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::widgets::PageTitle;
use crate::widgets::findings::finding_item;
use crate::widgets::nav::summary_text;

/// The checks page.
#[component]
pub fn ChecksPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let analysis = s.analysis();
    let findings = analysis.findings();
    let summary = analysis.summary();
    let group = |severity: Severity, title: &'static str| {
        let list: Vec<&Finding> = findings
            .iter()
            .copied()
            .filter(|f| f.severity == severity)
            .collect();
        if list.is_empty() {
            return Html::default();
        }
        html! {
            <section class={classes!("findings", severity.key())} aria-labelledby={format!("findings-{}", severity.key())}>
                <h2 id={format!("findings-{}", severity.key())}>{ format!("{title} ({})", list.len()) }</h2>
                <ul>
                    { for list.iter().enumerate().map(|(i, f)| finding_item(&ctx, f, format!("{}-{i}", f.code))) }
                </ul>
            </section>
        }
    };
    html! {
        <>
            <PageTitle>{ lang.pick("Kiểm tra", "Checks") }</PageTitle>
            <p class="summary" id={tthc_core::Place::Dossier.path()}>
                { summary_text(summary, lang) }
                { match lang {
                    Lang::Vi => format!(", {} thông tin.", summary.infos),
                    Lang::En => format!(", {} notes.", summary.infos),
                } }
                if summary.errors == 0 {
                    { " " }{ lang.pick("Không còn lỗi phải sửa trước khi gửi thẩm định.", "No error left to fix before the dossier goes for appraisal.") }
                }
            </p>
            { group(Severity::Error, lang.pick("Lỗi phải sửa", "Errors to fix")) }
            { group(Severity::Warning, lang.pick("Cảnh báo nên xem lại", "Warnings to look at")) }
            { group(Severity::Info, lang.pick("Thông tin", "Notes")) }
        </>
    }
}
