//! The comparison with an earlier version of the file: what changed in the draft, which procedures were
//! added or removed, what changed in each (components, answers, verdicts), and the cost delta — the core
//! diff, shown.

use tthc_core::cost::Unit;
use tthc_core::diff::{CostDelta, FigureDelta, compare};
use tthc_core::money::figure;
use tthc_core::{AnswerKey, Lang};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::session::{Msg, Purpose};
use crate::widgets::PageTitle;
use crate::widgets::files::OpenFile;

fn delta_row(label: &'static str, d: &FigureDelta, lang: Lang) -> Html {
    let sign = match d.delta {
        Some(x) if x.is_sign_positive() && !x.is_zero() => "+",
        _ => "",
    };
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td>{ figure(d.old, Unit::Dong, lang) }</td>
            <td>{ figure(d.new, Unit::Dong, lang) }</td>
            <td>{ d.delta.map_or_else(|| "—".to_owned(), |x| format!("{sign}{}", figure(Some(x), Unit::Dong, lang))) }</td>
        </tr>
    }
}

fn cost_table(c: &CostDelta, lang: Lang, caption: &'static str) -> Html {
    html! {
        <table class="delta">
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ lang.pick("Chỉ tiêu", "Figure") }</th>
                <th scope="col">{ lang.pick("Bản trước", "Earlier") }</th>
                <th scope="col">{ lang.pick("Bản này", "This version") }</th>
                <th scope="col">{ lang.pick("Chênh lệch", "Change") }</th>
            </tr></thead>
            <tbody>
                { delta_row(lang.pick("Chi phí một năm, trước", "Annual cost, before"), &c.annual_cost_before, lang) }
                { delta_row(lang.pick("Chi phí một năm, sau", "Annual cost, after"), &c.annual_cost_after, lang) }
                { delta_row(lang.pick("Tiết kiệm một năm", "Annual saving"), &c.annual_saving, lang) }
            </tbody>
        </table>
    }
}

/// The comparison page.
#[component]
pub fn ComparePage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let ruleset = s.ruleset();
    let chooser = html! {
        <OpenFile purpose={Purpose::Compare} id="open-earlier"
            label={lang.pick("Chọn bản trước (.json)…", "Choose the earlier version (.json)…")} />
    };
    let Some(earlier) = &s.earlier else {
        return html! {
            <>
                <PageTitle>{ lang.pick("So sánh với bản trước", "Compare with an earlier version") }</PageTitle>
                <p>{ lang.pick("Chọn tệp của một bản trước để xem những gì đã thay đổi và chênh lệch chi phí.", "Choose the file of an earlier version to see what changed and the cost delta.") }</p>
                { chooser }
            </>
        };
    };
    let d = compare(&earlier.assessment, s.assessment(), lang);
    let item_text = |key: &str| {
        let k = AnswerKey::parse(key);
        ruleset.item(&k.item).map_or_else(
            || key.to_owned(),
            |i| {
                let t: String = i.text.get(lang).chars().take(90).collect();
                format!("{} {t}", i.label)
            },
        )
    };
    let none = || lang.pick("(trống)", "(empty)").to_owned();
    html! {
        <>
            <PageTitle>{ lang.pick("So sánh với bản trước", "Compare with an earlier version") }</PageTitle>
            <p>
                { lang.pick("Bản trước: ", "Earlier version: ") }<strong>{ earlier.name.clone() }</strong>{ " " }
                <button type="button" onclick={ctx.send::<MouseEvent>(Msg::CloseEarlier)}>{ lang.pick("Đóng bản trước", "Close the earlier version") }</button>
                { " " }{ chooser }
            </p>
            if d.is_empty() {
                <p id="diff-summary">{ lang.pick("Hai bản giống nhau.", "The two versions are the same.") }</p>
            } else {
                <p id="diff-summary">{ match lang {
                    Lang::Vi => format!("{} thủ tục thêm, {} thủ tục bỏ, {} thủ tục thay đổi.", d.added.len(), d.removed.len(), d.changed.len()),
                    Lang::En => format!("Procedures added: {}; removed: {}; changed: {}.", d.added.len(), d.removed.len(), d.changed.len()),
                } }</p>
            }
            { cost_table(&d.total, lang, lang.pick("Tổng chi phí tuân thủ của dự thảo", "Compliance cost of the whole draft")) }
            if !d.draft.is_empty() {
                <section aria-labelledby="diff-draft"><h2 id="diff-draft">{ lang.pick("Thông tin dự thảo", "The draft") }</h2>
                    <ul>{ for d.draft.iter().map(|f| html! { <li><strong>{ f.field.clone() }</strong>{ ": " }{ if f.old.is_empty() { none() } else { f.old.clone() } }{ " → " }{ if f.new.is_empty() { none() } else { f.new.clone() } }</li> }) }</ul>
                </section>
            }
            if !d.added.is_empty() {
                <section aria-labelledby="diff-added"><h2 id="diff-added">{ lang.pick("Thủ tục thêm", "Procedures added") }</h2>
                    <ul>{ for d.added.iter().map(|p| html! { <li>{ format!("{} — {}", p.name, p.kind.label().get(lang)) }</li> }) }</ul>
                </section>
            }
            if !d.removed.is_empty() {
                <section aria-labelledby="diff-removed"><h2 id="diff-removed">{ lang.pick("Thủ tục bỏ", "Procedures removed") }</h2>
                    <ul>{ for d.removed.iter().map(|p| html! { <li>{ format!("{} — {}", p.name, p.kind.label().get(lang)) }</li> }) }</ul>
                </section>
            }
            { for d.changed.iter().map(|p| html! {
                <section class="procedure-diff" aria-labelledby={format!("diff-{}", p.procedure.id)}>
                    <h2 id={format!("diff-{}", p.procedure.id)}>{ p.procedure.name.clone() }</h2>
                    if let Some(old) = p.old_kind {
                        <p>{ lang.pick("Loại thủ tục: ", "Kind: ") }{ old.label().get(lang).to_owned() }{ " → " }{ p.procedure.kind.label().get(lang).to_owned() }</p>
                    }
                    if !p.fields.is_empty() {
                        <ul>{ for p.fields.iter().map(|f| html! { <li><strong>{ f.field.clone() }</strong>{ ": " }{ f.old.clone() }{ " → " }{ f.new.clone() }</li> }) }</ul>
                    }
                    if !p.components.is_empty() {
                        <h3>{ lang.pick("Bộ phận tạo thành", "Components") }</h3>
                        <ul>{ for p.components.iter().map(|c| html! {
                            <li>
                                <strong>{ format!("{} ({})", c.component.label().get(lang), c.side.label().get(lang).to_lowercase()) }</strong>
                                <div class="diff-lines">
                                    <del>{ if c.old.is_empty() { none() } else { c.old.join("; ") } }</del>
                                    <span aria-hidden="true">{ " → " }</span>
                                    <ins>{ if c.new.is_empty() { none() } else { c.new.join("; ") } }</ins>
                                </div>
                            </li>
                        }) }</ul>
                    }
                    if !p.answers.is_empty() {
                        <h3>{ lang.pick("Câu trả lời", "Answers") }</h3>
                        <ul>{ for p.answers.iter().map(|x| html! {
                            <li><strong>{ item_text(&x.key) }</strong>{ ": " }
                                <del>{ x.old.clone().unwrap_or_else(none) }</del>{ " → " }<ins>{ x.new.clone().unwrap_or_else(none) }</ins></li>
                        }) }</ul>
                    }
                    if !p.verdicts.is_empty() {
                        <h3>{ lang.pick("Ý kiến thẩm định", "Verdicts") }</h3>
                        <ul>{ for p.verdicts.iter().map(|v| html! {
                            <li><strong>{ v.criterion.label().get(lang).to_owned() }</strong>{ ": " }
                                { v.old.map_or_else(none, |x| x.label().get(lang).to_owned()) }{ " → " }{ v.new.map_or_else(none, |x| x.label().get(lang).to_owned()) }</li>
                        }) }</ul>
                    }
                    if p.cost.changed() { { cost_table(&p.cost, lang, lang.pick("Chi phí tuân thủ", "Compliance cost")) } }
                </section>
            }) }
        </>
    }
}
