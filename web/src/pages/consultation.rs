//! The control unit's opinion on the draft (NĐ 63 Art. 9): who commented and when, each comment, and the
//! drafter's response to each (tiếp thu or giải trình).

use tthc_core::consultation::{Response, ResponseKind};
use tthc_core::{Action, ConsultationField, Lang};
use yew::prelude::*;

use super::PageTitle;
use crate::app::{Ctx, use_ctx};
use crate::fields::{DateField, Radios, Select, TextField, by_key, choices};
use crate::words::tr;

/// The drafter's response to a comment (of the control unit or of the appraiser): tiếp thu or giải
/// trình, and what was changed or why not. `respond` makes the action that records it.
pub fn response_fields(
    ctx: &Ctx,
    lang: Lang,
    id: &str,
    response: Option<&Response>,
    legend: Html,
    respond: impl Fn(Response) -> Action + Clone + 'static,
) -> Html {
    let on_kind = {
        let (text, respond) = (
            response.map(|r| r.text.clone()).unwrap_or_default(),
            respond.clone(),
        );
        ctx.act(move |k: String| {
            respond(Response {
                kind: by_key(&ResponseKind::ALL, ResponseKind::key, &k)
                    .unwrap_or(ResponseKind::Accepted),
                text: text.clone(),
            })
        })
    };
    let on_text = {
        let kind = response.map_or(ResponseKind::Accepted, |r| r.kind);
        ctx.act(move |text: String| respond(Response { kind, text }))
    };
    html! {
        <>
            <Radios id={format!("{id}/response/kind")} {legend}
                value={response.map(|r| AttrValue::from(r.kind.key()))} options={choices(&ResponseKind::ALL, ResponseKind::key, ResponseKind::label, lang)} on_change={on_kind} />
            <TextField id={format!("{id}/response")} label={tr(lang, "Nội dung tiếp thu, giải trình", "What was changed, or the explanation")}
                value={response.map(|r| r.text.clone()).unwrap_or_default()} multiline=true {lang} on_change={on_text} />
        </>
    }
}

/// The control unit's comments and the responses.
#[component]
pub fn ConsultationPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let c = &a.consultation;
    let procedures = super::procedures::procedure_options(a);
    let comments = c
        .comments
        .iter()
        .map(|comment| comment_entry(&ctx, lang, comment, &procedures));
    html! {
        <>
            <PageTitle>{ tr(lang, "Ý kiến của cơ quan kiểm soát thủ tục hành chính", "Comments of the procedure-control unit") }</PageTitle>
            <p class="hint">{ tr(lang,
                "Ghi ý kiến góp ý của cơ quan, đơn vị kiểm soát thủ tục hành chính và việc tiếp thu, giải trình của cơ quan chủ trì soạn thảo (Điều 9 Nghị định 63/2010/NĐ-CP).",
                "Record the control unit's comments and how the drafting body took each into account or explained it (Decree 63/2010, Article 9).") }</p>
            <section class="form-section" id="consultation" aria-labelledby="unit-title" tabindex="-1">
                <h2 id="unit-title">{ tr(lang, "Văn bản góp ý", "The letter") }</h2>
                <TextField id="consultation/unit" label={tr(lang, "Cơ quan, đơn vị góp ý", "Commenting unit")} value={c.unit.clone()} {lang}
                    on_change={ctx.act(|v| Action::SetConsultation(ConsultationField::Unit(v)))} />
                <TextField id="consultation/reference" label={tr(lang, "Số, ký hiệu văn bản góp ý", "Number of the letter")} value={c.reference.clone()} {lang}
                    on_change={ctx.act(|v| Action::SetConsultation(ConsultationField::Reference(v)))} />
                <DateField id="consultation/received" label={tr(lang, "Ngày nhận ý kiến", "Date received")} value={c.received}
                    on_change={ctx.act(|v| Action::SetConsultation(ConsultationField::Received(v)))} />
            </section>
            <section class="form-section" aria-labelledby="comments-title">
                <h2 id="comments-title">{ tr(lang, "Các ý kiến", "The comments") }</h2>
                <ol class="comments">{ for comments }</ol>
                <button type="button" id="add-comment" onclick={ctx.act::<MouseEvent>(|_| Action::AddComment { procedure: None, text: String::new() })}>
                    { tr(lang, "+ Thêm ý kiến", "+ Add a comment") }
                </button>
            </section>
        </>
    }
}

fn comment_entry(
    ctx: &Ctx,
    lang: Lang,
    comment: &tthc_core::Comment,
    procedures: &[(AttrValue, AttrValue)],
) -> Html {
    let id = format!("consultation/{}", comment.id);
    let cid = comment.id.clone();
    let on_text = {
        let (cid, procedure) = (cid.clone(), comment.procedure.clone());
        ctx.act(move |text: String| Action::SetComment {
            id: cid.clone(),
            procedure: procedure.clone(),
            text,
        })
    };
    let on_procedure = {
        let (cid, text) = (cid.clone(), comment.text.clone());
        ctx.act(move |p: String| Action::SetComment {
            id: cid.clone(),
            procedure: (!p.is_empty()).then_some(p),
            text: text.clone(),
        })
    };
    let response = comment.response.clone();
    let remove = {
        let cid = cid.clone();
        ctx.act::<MouseEvent>(move |_| Action::RemoveComment { id: cid.clone() })
    };
    html! {
        <li class="entry comment" id={id.clone()} key={cid.clone()} tabindex="-1">
            <TextField id={format!("{id}/text")} label={tr(lang, "Nội dung ý kiến", "The comment")} value={comment.text.clone()} multiline=true {lang} on_change={on_text} />
            <Select id={format!("{id}/procedure")} label={tr(lang, "Về thủ tục", "About the procedure")}
                value={AttrValue::from(comment.procedure.clone().unwrap_or_default())} options={procedures.to_vec()}
                none={AttrValue::from(tr(lang, "— Cả dự thảo —", "— The whole draft —"))} {lang} on_change={on_procedure} />
            { response_fields(ctx, lang, &id, response.as_ref(), html! { tr(lang, "Cơ quan chủ trì soạn thảo", "The drafting body") },
                move |response| Action::Respond { id: cid.clone(), response: Some(response) }) }
            <button type="button" class="remove" onclick={remove}>{ tr(lang, "Xoá ý kiến", "Remove the comment") }</button>
        </li>
    }
}
