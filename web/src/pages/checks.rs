//! The findings of the checks, all at once: severity in words, what is wrong, what to do, the legal
//! basis; choosing one goes to the field it is about.

use tthc_core::{Finding, Lang, Severity, Summary};
use yew::prelude::*;

use super::PageTitle;
use super::nav::{severity_label, summary_text};
use crate::app::use_ctx;
use crate::session::Msg;
use crate::words::tr;

/// Where a finding points, in words: "Thủ tục 2 — Thời hạn giải quyết (sau)".
pub fn place(f: &Finding, a: &tthc_core::Assessment, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(id) = &f.location.procedure {
        let n = a
            .procedures
            .iter()
            .position(|p| &p.id == id)
            .map_or(0, |i| i + 1);
        let name = a
            .procedure(id)
            .map(tthc_core::Procedure::name)
            .unwrap_or_default();
        parts.push(match lang {
            Lang::Vi => format!(
                "Thủ tục {n}{}",
                if name.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", name.trim())
                }
            ),
            Lang::En => format!(
                "Procedure {n}{}",
                if name.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", name.trim())
                }
            ),
        });
    }
    if let Some(c) = f.location.component {
        let side = f
            .location
            .side
            .map(|s| s.label().get(lang).to_lowercase())
            .unwrap_or_default();
        parts.push(format!("{} ({side})", c.label().get(lang)));
    }
    if let Some(item) = &f.location.item {
        parts.push(format!("{} {item}", tr(lang, "mục", "item")));
    }
    if parts.is_empty() {
        parts.push(f.location.path());
    }
    parts.join(" — ")
}

/// The checks page.
#[component]
pub fn ChecksPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let findings = s.findings();
    let a = s.assessment();
    let summary = Summary::of(&findings);
    let group = |severity: Severity, title: &'static str| {
        let list: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if list.is_empty() {
            return Html::default();
        }
        html! {
            <section class={classes!("findings", severity.key())} aria-labelledby={format!("findings-{}", severity.key())}>
                <h2 id={format!("findings-{}", severity.key())}>{ format!("{title} ({})", list.len()) }</h2>
                <ul>
                    { for list.iter().enumerate().map(|(i, f)| {
                        let go = ctx.send::<MouseEvent>(Msg::Go(f.location.clone()));
                        html! {
                            <li class={classes!("finding", f.severity.key())} key={format!("{}-{i}", f.code)}>
                                <span class="severity">{ severity_label(f.severity, lang) }</span>
                                <p class="message">{ f.message.get(lang).to_owned() }</p>
                                <p class="hint">{ f.hint.get(lang).to_owned() }</p>
                                if let Some(b) = &f.basis { <p class="basis">{ tr(lang, "Căn cứ: ", "Basis: ") }{ b.to_string() }</p> }
                                <button type="button" class="go" onclick={go}>
                                    { tr(lang, "Đến chỗ cần sửa: ", "Go to: ") }{ place(f, a, lang) }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    };
    html! {
        <>
            <PageTitle>{ tr(lang, "Kiểm tra", "Checks") }</PageTitle>
            <p class="summary" id="findings-summary">
                { summary_text(summary, lang) }
                { match lang {
                    Lang::Vi => format!(", {} thông tin.", summary.infos),
                    Lang::En => format!(", {} notes.", summary.infos),
                } }
                if summary.errors == 0 {
                    { " " }{ tr(lang, "Không còn lỗi phải sửa trước khi gửi thẩm định.", "No error left to fix before the dossier goes for appraisal.") }
                }
            </p>
            { group(Severity::Error, tr(lang, "Lỗi phải sửa", "Errors to fix")) }
            { group(Severity::Warning, tr(lang, "Cảnh báo nên xem lại", "Warnings to look at")) }
            { group(Severity::Info, tr(lang, "Thông tin", "Notes")) }
        </>
    }
}
