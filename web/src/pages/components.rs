//! The components of a procedure as forms: for a procedure that exists before the draft and after it,
//! "before" and "after" side by side, each component marked as changed by the draft or not, and what the
//! draft changes stated in words.

use tthc_core::place::{At, Place};
use tthc_core::{Action, Component, ComponentValue, Lang, ProcedureKind, ProcedureStep, Side};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::widgets::editors::Editor;
use crate::widgets::fields::Check;
use crate::widgets::heading::{ProcedureHeading, ProcedureProps};

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
    let cost = s.analysis().procedure(&proc.id).map(|pa| &pa.cost);
    // The core says when "before" content is kept but not used (a new procedure that has some).
    let before_ignored = s
        .analysis()
        .procedure_findings(&proc.id)
        .iter()
        .find(|f| f.code == tthc_core::FindingCode::BeforeIgnored)
        .map(|f| (f.message.get(lang).to_owned(), f.hint.get(lang).to_owned()));
    let statement = tthc_core::simplification::statement(proc, cost);
    let whole = Place::procedure(&id, At::Whole);
    let editor = |side_: Side, c: Component, other: Option<ComponentValue>| {
        let pid = id.clone();
        let on_change = ctx.act(move |value: ComponentValue| Action::SetComponent {
            id: pid.clone(),
            side: side_,
            value,
        });
        html! {
            <Editor id={Place::component(&id, side_, c).path()}
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
            html! { <span class="note">{ lang.pick(" — khi thủ tục có", " — when the procedure has it") }</span> }
        };
        let mark = if marks_changes {
            let pid = id.clone();
            let label = if proc.kind == ProcedureKind::Amended {
                lang.pick("Dự thảo sửa đổi, bổ sung bộ phận này", "The draft amends this component")
            } else {
                lang.pick("Dự thảo quy định chi tiết bộ phận này", "The draft details this component")
            };
            html! {
                <Check id={Place::procedure(&id, At::Changed).field(c.key())} {label} checked={changed} {lang}
                    on_change={ctx.act(move |v: bool| Action::MarkChanged { id: pid.clone(), component: c, changed: v })} />
            }
        } else {
            Html::default()
        };
        let body = if both {
            let after = if changed {
                editor(Side::After, c, Some(proc.before.get(c)))
            } else {
                html! { <p class="unchanged" id={Place::component(&id, Side::After, c).path()}>{ lang.pick("Giữ nguyên như quy định hiện hành.", "Unchanged from the rules in force.") }</p> }
            };
            html! {
                <div class="versions">
                    <div class="version before">
                        <h4>{ Side::Before.label().get(lang).to_owned() }{ lang.pick(" (quy định hiện hành)", " (in force)") }</h4>
                        { editor(Side::Before, c, None) }
                    </div>
                    <div class="version after">
                        <h4>{ Side::After.label().get(lang).to_owned() }{ lang.pick(" (theo dự thảo)", " (the draft)") }</h4>
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
            <section class={classes!("component", differs.then_some("changed"))} aria-labelledby={whole.field(&format!("h/{}", c.key()))}
                key={c.key()}>
                <h3 id={whole.field(&format!("h/{}", c.key()))}>
                    { heading }{ note }
                    if differs { <span class="mark changed-mark">{ lang.pick("đã sửa đổi", "amended") }</span> }
                </h3>
                if abolished_extra {
                    <details>
                        <summary>{ lang.pick("Nội dung (không bắt buộc với thủ tục bị bãi bỏ)", "Content (optional for an abolished procedure)") }</summary>
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
                    <h2 id="statement-title">{ lang.pick("Những điểm dự thảo thay đổi", "What the draft changes") }</h2>
                    <ul>{ for statement.iter().map(|t| html! { <li>{ t.get(lang).to_owned() }</li> }) }</ul>
                </section>
            }
            if let Some((message, hint)) = before_ignored {
                <p class="notice" id={Place::procedure(&id, At::Before).path()} tabindex="-1">{ message }{ " " }{ hint }</p>
            }
            if marks_changes {
                <p class="hint" id={Place::procedure(&id, At::Changed).path()} tabindex="-1">{ match lang {
                    Lang::Vi => "Đánh dấu các bộ phận mà dự thảo sửa đổi hoặc quy định chi tiết; chỉ các bộ phận đó được đánh giá.",
                    Lang::En => "Mark the components the draft amends or details; only those are assessed.",
                } }</p>
            }
            { for sections }
            <crate::widgets::comments::ProcedureComments id={p.id.clone()} />
        </>
    }
}
