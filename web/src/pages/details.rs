//! A procedure's details (kind, code, provisions, field, policy), and the heading every page of a
//! procedure shares.

use tthc_core::{Action, Lang, ProcedureField, ProcedureKind, ProcedureStep, Stage};
use yew::prelude::*;

use super::nav::step_name;
use super::{PageTitle, at};
use crate::app::use_ctx;
use crate::fields::{Select, TextField, by_key, choices};
use crate::words::tr;

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
        return html! { <PageTitle>{ tr(lang, "Không tìm thấy thủ tục", "Procedure not found") }</PageTitle> };
    };
    let proc = &a.procedures[index];
    let name = proc.name();
    let name = if name.trim().is_empty() {
        tr(lang, "(chưa có tên)", "(no name yet)").to_owned()
    } else {
        name
    };
    html! {
        <>
            <p class="procedure-context">
                { match lang {
                    Lang::Vi => format!("Thủ tục {}/{} · ", index + 1, a.procedures.len()),
                    Lang::En => format!("Procedure {} of {} · ", index + 1, a.procedures.len()),
                } }
                <strong>{ name }</strong>
                { " — " }{ proc.kind.label().get(lang).to_owned() }
            </p>
            <PageTitle>{ step_name(p.step, lang) }</PageTitle>
        </>
    }
}

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
    let field = |name: &'static str,
                 label: &'static str,
                 value: &str,
                 hint: Option<&'static str>,
                 f: fn(String) -> ProcedureField| {
        let pid = id.clone();
        html! {
            <TextField id={at(&id, name)} label={label} value={value.to_owned()} {lang}
                hint={hint.map(AttrValue::from)}
                on_change={ctx.act(move |v: String| Action::SetProcedure { id: pid.clone(), field: f(v) })} />
        }
    };
    let kinds = choices(
        &ProcedureKind::ALL,
        ProcedureKind::key,
        ProcedureKind::label,
        lang,
    );
    let on_kind = {
        let pid = id.clone();
        let d = ctx.dispatch.clone();
        Callback::from(move |key: String| {
            if let Some(kind) = by_key(&ProcedureKind::ALL, ProcedureKind::key, &key) {
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
                <Select id={at(&id, "kind")} label={tr(lang, "Loại thủ tục", "Kind of procedure")}
                    value={AttrValue::from(proc.kind.key())} options={kinds} on_change={on_kind} {lang} />
                if proc.kind.has_before() {
                    { field("code", tr(lang, "Mã thủ tục trên Cơ sở dữ liệu quốc gia", "Code in the national database"), &proc.code, None, ProcedureField::Code) }
                }
                { field("provisions", tr(lang, "Điều, khoản của dự thảo quy định thủ tục", "Provisions of the draft"),
                    &proc.provisions, Some(tr(lang, "Ví dụ: Điều 5, khoản 2", "For example: Article 5(2)")), ProcedureField::Provisions) }
                { field("field", tr(lang, "Lĩnh vực", "Field"), &proc.field, None, ProcedureField::Field) }
                if a.draft.stage == Stage::Proposal {
                    <Select id={at(&id, "policy")} label={tr(lang, "Thuộc chính sách", "Policy")}
                        value={AttrValue::from(proc.policy.clone().unwrap_or_default())} options={policies}
                        none={AttrValue::from(tr(lang, "— Chọn chính sách —", "— Choose a policy —"))}
                        on_change={on_policy} {lang} />
                }
            </section>
            <super::appraisal::ProcedureComments id={p.id.clone()} />
        </>
    }
}
