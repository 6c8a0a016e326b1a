//! The control unit's opinion on the draft (NĐ 63 Art. 9): who commented and when, each comment, and the
//! drafter's response to each (tiếp thu or giải trình).

use tthc_core::place::Place;
use tthc_core::{Action, ConsultationField, Lang};
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::widgets::PageTitle;
use crate::widgets::comments::response_fields;
use crate::widgets::fields::{DateField, Select, TextField};

/// The control unit's comments and the responses.
#[component]
pub fn ConsultationPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let c = &a.consultation;
    let procedures = super::procedures::procedure_options(a, lang);
    let comments = c
        .comments
        .iter()
        .map(|comment| comment_entry(&ctx, lang, comment, &procedures));
    html! {
        <>
            <PageTitle>{ lang.pick("Ý kiến của cơ quan kiểm soát thủ tục hành chính", "Comments of the procedure-control unit") }</PageTitle>
            <p class="hint">{ lang.pick("Ghi ý kiến góp ý của cơ quan, đơn vị kiểm soát thủ tục hành chính và việc tiếp thu, giải trình của cơ quan chủ trì soạn thảo (Điều 9 Nghị định 63/2010/NĐ-CP).",
                "Record the control unit's comments and how the drafting body took each into account or explained it (Decree 63/2010, Article 9).") }</p>
            <section class="form-section" id={Place::Consultation(None).path()} aria-labelledby="unit-title" tabindex="-1">
                <h2 id="unit-title">{ lang.pick("Văn bản góp ý", "The letter") }</h2>
                <TextField id={Place::Consultation(None).field("unit")} label={lang.pick("Cơ quan, đơn vị góp ý", "Commenting unit")} value={c.unit.clone()} {lang}
                    on_change={ctx.act(|v| Action::SetConsultation(ConsultationField::Unit(v)))} />
                <TextField id={Place::Consultation(None).field("reference")} label={lang.pick("Số, ký hiệu văn bản góp ý", "Number of the letter")} value={c.reference.clone()} {lang}
                    on_change={ctx.act(|v| Action::SetConsultation(ConsultationField::Reference(v)))} />
                <DateField id={Place::Consultation(None).field("received")} label={lang.pick("Ngày nhận ý kiến", "Date received")} value={c.received}
                    on_change={ctx.act(|v| Action::SetConsultation(ConsultationField::Received(v)))} />
            </section>
            <section class="form-section" aria-labelledby="comments-title">
                <h2 id="comments-title">{ lang.pick("Các ý kiến", "The comments") }</h2>
                <ol class="comments">{ for comments }</ol>
                <button type="button" id="add-comment" onclick={ctx.act::<MouseEvent>(|_| Action::AddComment { procedure: None, text: String::new() })}>
                    { lang.pick("+ Thêm ý kiến", "+ Add a comment") }
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
    let id = Place::Consultation(Some(comment.id.clone())).path();
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
            <TextField id={format!("{id}/text")} label={lang.pick("Nội dung ý kiến", "The comment")} value={comment.text.clone()} multiline=true {lang} on_change={on_text} />
            <Select id={format!("{id}/procedure")} label={lang.pick("Về thủ tục", "About the procedure")}
                value={AttrValue::from(comment.procedure.clone().unwrap_or_default())} options={procedures.to_vec()}
                none={AttrValue::from(lang.pick("— Cả dự thảo —", "— The whole draft —"))} {lang} on_change={on_procedure} />
            { response_fields(ctx, lang, &id, response.as_ref(), html! { lang.pick("Cơ quan chủ trì soạn thảo", "The drafting body") },
                move |response| Action::Respond { id: cid.clone(), response: Some(response) }) }
            <button type="button" class="remove" onclick={remove}>{ lang.pick("Xoá ý kiến", "Remove the comment") }</button>
        </li>
    }
}
