//! The components of a procedure as forms: for a procedure that exists before the draft and after it,
//! "before" and "after" side by side, each component marked as changed by the draft or not, and what the
//! draft changes stated in words.

use tthc_core::{Action, Component, ComponentValue, Lang, ProcedureKind, ProcedureStep, Side};
use yew::prelude::*;

use super::at;
use super::details::{ProcedureHeading, ProcedureProps};
use super::editors::Editor;
use crate::app::use_ctx;
use crate::fields::Check;
use crate::words::tr;

/// The components page of a procedure.
#[component]
pub fn ComponentsPage(p: &ProcedureProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let Some(proc) = a.procedure(&p.id) else {
        return html! { <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Components} /> };
    };
    let id = proc.id.clone();
    let both = proc.kind.has_before() && proc.kind.has_after();
    let marks_changes = proc.kind.assesses_changes();
    let cost = s.procedure_cost(&proc.id);
    let statement = tthc_core::simplification::statement(proc, cost.as_ref().as_ref());
    let editor = |side_: Side, c: Component, other: Option<ComponentValue>| {
        let pid = id.clone();
        let on_change = ctx.act(move |value: ComponentValue| Action::SetComponent {
            id: pid.clone(),
            side: side_,
            value,
        });
        html! {
            <Editor id={at(&id, &format!("{}/{}", side_.key(), c.key()))}
                value={proc.component_value(side_, c)} {other} {on_change} {lang} />
        }
    };
    let sections = Component::ALL.iter().map(|&c| {
        let changed = proc.is_changed(c);
        let differs = both && changed && proc.before.get(c) != proc.after.get(c);
        let heading = format!("({}) {}", c.point(), c.label().get(lang));
        let note = if c.always_required() {
            Html::default()
        } else {
            html! { <span class="note">{ tr(lang, " — khi thủ tục có", " — when the procedure has it") }</span> }
        };
        let mark = if marks_changes {
            let pid = id.clone();
            let label = if proc.kind == ProcedureKind::Amended {
                tr(lang, "Dự thảo sửa đổi, bổ sung bộ phận này", "The draft amends this component")
            } else {
                tr(lang, "Dự thảo quy định chi tiết bộ phận này", "The draft details this component")
            };
            html! {
                <Check id={at(&id, &format!("changed/{}", c.key()))} {label} checked={changed} {lang}
                    on_change={ctx.act(move |v: bool| Action::MarkChanged { id: pid.clone(), component: c, changed: v })} />
            }
        } else {
            Html::default()
        };
        let body = if both {
            let after = if changed {
                editor(Side::After, c, Some(proc.before.get(c)))
            } else {
                html! { <p class="unchanged" id={at(&id, &format!("after/{}", c.key()))}>{ tr(lang, "Giữ nguyên như quy định hiện hành.", "Unchanged from the rules in force.") }</p> }
            };
            html! {
                <div class="versions">
                    <div class="version before">
                        <h4>{ Side::Before.label().get(lang).to_owned() }{ tr(lang, " (quy định hiện hành)", " (in force)") }</h4>
                        { editor(Side::Before, c, None) }
                    </div>
                    <div class="version after">
                        <h4>{ Side::After.label().get(lang).to_owned() }{ tr(lang, " (theo dự thảo)", " (the draft)") }</h4>
                        { after }
                    </div>
                </div>
            }
        } else if proc.kind.has_after() {
            editor(Side::After, c, None)
        } else {
            editor(Side::Before, c, None)
        };
        let abolished_extra = proc.kind == ProcedureKind::Abolished && c != Component::Name;
        let content = html! {
            <>
                { mark }
                { body }
            </>
        };
        html! {
            <section class={classes!("component", differs.then_some("changed"))} aria-labelledby={at(&id, &format!("h/{}", c.key()))}
                key={c.key()}>
                <h3 id={at(&id, &format!("h/{}", c.key()))}>
                    { heading }{ note }
                    if differs { <span class="mark changed-mark">{ tr(lang, "đã sửa đổi", "amended") }</span> }
                </h3>
                if abolished_extra {
                    <details>
                        <summary>{ tr(lang, "Nội dung (không bắt buộc với thủ tục bị bãi bỏ)", "Content (optional for an abolished procedure)") }</summary>
                        { content }
                    </details>
                } else {
                    { content }
                }
            </section>
        }
    });
    html! {
        <>
            <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Components} />
            if !statement.is_empty() {
                <section class="statement" aria-labelledby="statement-title">
                    <h2 id="statement-title">{ tr(lang, "Những điểm dự thảo thay đổi", "What the draft changes") }</h2>
                    <ul>{ for statement.iter().map(|t| html! { <li>{ t.get(lang).to_owned() }</li> }) }</ul>
                </section>
            }
            if marks_changes {
                <p class="hint" id={at(&id, "changed")} tabindex="-1">{ match lang {
                    Lang::Vi => "Đánh dấu các bộ phận mà dự thảo sửa đổi hoặc quy định chi tiết; chỉ các bộ phận đó được đánh giá.",
                    Lang::En => "Mark the components the draft amends or details; only those are assessed.",
                } }</p>
            }
            { for sections }
            <super::appraisal::ProcedureComments id={p.id.clone()} />
        </>
    }
}
