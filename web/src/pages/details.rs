//! A procedure's details: kind, code, provisions, field, policy.

use tthc_core::place::{At, Place, ProcedurePart};
use tthc_core::{Action, ProcedureField, ProcedureKind, ProcedureStep, Stage};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::widgets::fields::{Select, TextField, choices};
use crate::widgets::heading::{ProcedureHeading, ProcedureProps};

/// A procedure's details.
#[component]
pub fn DetailsPage(p: &ProcedureProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let Some(proc) = a.procedure(&p.id) else {
        return html! { <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Details} /> };
    };
    let id = proc.id.clone();
    let at = |part: ProcedurePart| Place::procedure(&id, At::Part(part)).path();
    let field = |part: ProcedurePart,
                 value: &str,
                 hint: Option<&'static str>,
                 f: fn(String) -> ProcedureField| {
        let pid = id.clone();
        html! {
            <TextField id={at(part)} label={part.label().get(lang).to_owned()} value={value.to_owned()} {lang}
                hint={hint.map(AttrValue::from)}
                on_change={ctx.act(move |v: String| Action::SetProcedure { id: pid.clone(), field: f(v) })} />
        }
    };
    let kinds = choices::<ProcedureKind>(lang);
    let on_kind = {
        let pid = id.clone();
        let d = ctx.dispatch.clone();
        Callback::from(move |key: String| {
            if let Some(kind) = ProcedureKind::from_key(&key) {
                d.emit(crate::session::Msg::Do(Action::SetProcedure {
                    id: pid.clone(),
                    field: ProcedureField::Kind(kind),
                }));
            }
        })
    };
    let policies: Vec<(AttrValue, AttrValue)> = a
        .draft
        .policies
        .iter()
        .map(|x| (x.id.clone().into(), x.name.clone().into()))
        .collect();
    let on_policy = {
        let pid = id.clone();
        ctx.act(move |key: String| Action::SetProcedure {
            id: pid.clone(),
            field: ProcedureField::Policy((!key.is_empty()).then_some(key)),
        })
    };
    html! {
        <>
            <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Details} />
            <section class="form-section">
                <Select id={at(ProcedurePart::Kind)} label={ProcedurePart::Kind.label().get(lang).to_owned()}
                    value={AttrValue::from(proc.kind.key())} options={kinds} on_change={on_kind} {lang} />
                if proc.kind.has_before() {
                    { field(ProcedurePart::Code, &proc.code, None, ProcedureField::Code) }
                }
                { field(ProcedurePart::Provisions,
                    &proc.provisions, Some(lang.pick("Ví dụ: Điều 5, khoản 2", "For example: Article 5(2)")), ProcedureField::Provisions) }
                { field(ProcedurePart::Field, &proc.field, None, ProcedureField::Field) }
                if a.draft.stage == Stage::Proposal {
                    <Select id={at(ProcedurePart::Policy)} label={ProcedurePart::Policy.label().get(lang).to_owned()}
                        value={AttrValue::from(proc.policy.clone().unwrap_or_default())} options={policies}
                        none={AttrValue::from(lang.pick("— Chọn chính sách —", "— Choose a policy —"))}
                        on_change={on_policy} {lang} />
                }
            </section>
            <crate::widgets::comments::ProcedureComments id={p.id.clone()} />
        </>
    }
}
