//! Comments and the drafter's responses: the response fields (for the control unit's comments and the
//! appraiser's), and the appraiser's comments on a procedure or on the draft, shown on the appraisal page
//! and on the drafter's pages of the procedure.

use tthc_core::appraisal::AppraisalAction;
use tthc_core::comment::{Comment, Response, ResponseKind};
use tthc_core::place::{AppraisalAt, At, Place};
use tthc_core::review::anchor_text;
use tthc_core::{Action, Assessment, Lang, Ruleset};
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::session::Msg;
use crate::widgets::fields::{Radios, TextField, choices};

fn appraise(a: AppraisalAction) -> Action {
    Action::Appraisal(a)
}

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
                kind: ResponseKind::from_key(&k).unwrap_or(ResponseKind::Accepted),
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
                value={response.map(|r| AttrValue::from(r.kind.key()))} options={choices::<ResponseKind>(lang)} on_change={on_kind} />
            <TextField id={format!("{id}/response")} label={lang.pick("Nội dung tiếp thu, giải trình", "What was changed, or the explanation")}
                value={response.map(|r| r.text.clone()).unwrap_or_default()} multiline=true {lang} on_change={on_text} />
        </>
    }
}

/// Properties of a list of appraisal comments.
#[derive(Properties, PartialEq)]
pub struct CommentListProps {
    /// The procedure, or none for the comments on the whole draft.
    pub procedure: Option<AttrValue>,
}

/// The appraiser's comments on a procedure (or on the draft), each with what it is about, a way to go
/// there, and the drafter's response.
#[component]
pub fn CommentList(p: &CommentListProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let ruleset = s.ruleset();
    // Comments about a procedure the draft no longer has are shown with the comments on the whole draft.
    let about = |c: &&Comment| match (&p.procedure, &c.procedure) {
        (Some(want), Some(id)) => want.as_str() == id,
        (None, Some(id)) => a.procedure(id).is_none(),
        (None, None) => true,
        (Some(_), None) => false,
    };
    let comments: Vec<&Comment> = a
        .appraisal
        .iter()
        .flat_map(|x| &x.comments)
        .filter(about)
        .collect();
    if comments.is_empty() {
        return html! { <p class="hint">{ lang.pick("Chưa có ý kiến.", "No comment yet.") }</p> };
    }
    html! {
        <ol class="comments appraisal-comments">
            { for comments.iter().map(|c| comment(&ctx, lang, a, ruleset, c)) }
        </ol>
    }
}

fn comment(ctx: &Ctx, lang: Lang, a: &Assessment, ruleset: &Ruleset, c: &Comment) -> Html {
    let procedure = c.procedure.as_ref().and_then(|id| a.procedure(id));
    let id = match procedure {
        Some(p) => Place::procedure(&p.id, At::Comment(c.id.clone())).path(),
        None => Place::Appraisal(AppraisalAt::Comment(c.id.clone())).path(),
    };
    let about = anchor_text(a, ruleset, lang, c);
    let go = match (procedure, &c.anchor) {
        (Some(p), Some(anchor)) => Some(ctx.send::<MouseEvent>(Msg::Go(anchor.place(p)))),
        _ => None,
    };
    let on_text = {
        let cid = c.id.clone();
        ctx.act(move |text: String| {
            appraise(AppraisalAction::SetComment {
                id: cid.clone(),
                text,
            })
        })
    };
    let remove = {
        let cid = c.id.clone();
        ctx.act::<MouseEvent>(move |_| appraise(AppraisalAction::RemoveComment { id: cid.clone() }))
    };
    let cid = c.id.clone();
    let answered = c.is_answered();
    html! {
        <li class={classes!("entry", "comment", (!answered).then_some("unanswered"))} id={id.clone()} key={c.id.clone()} tabindex="-1">
            if !about.is_empty() {
                <p class="anchor">
                    { lang.pick("Về: ", "About: ") }<strong>{ about }</strong>
                    if let Some(go) = go { { " " }<button type="button" class="link" onclick={go}>{ lang.pick("Đến chỗ này", "Go there") }</button> }
                </p>
            }
            <TextField id={format!("{id}/text")} label={lang.pick("Ý kiến thẩm định", "Appraiser's comment")} value={c.text.clone()} multiline=true {lang} on_change={on_text} />
            { response_fields(ctx, lang, &id, c.response.as_ref(),
                html! { <>{ lang.pick("Cơ quan chủ trì soạn thảo", "The drafting body") }
                    if !answered { <span class="mark">{ lang.pick(" — chưa trả lời", " — not answered yet") }</span> }</> },
                move |response| appraise(AppraisalAction::Respond { id: cid.clone(), response: Some(response) })) }
            <button type="button" class="remove" onclick={remove}>{ lang.pick("Xoá ý kiến", "Remove the comment") }</button>
        </li>
    }
}

/// Properties of [`ProcedureComments`].
#[derive(Properties, PartialEq)]
pub struct ProcedureCommentsProps {
    /// The procedure id.
    pub id: AttrValue,
}

/// On the drafter's pages of a procedure: the appraiser's comments on it, to answer in place.
#[component]
pub fn ProcedureComments(p: &ProcedureCommentsProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let has = ctx
        .session()
        .assessment()
        .appraisal
        .as_ref()
        .is_some_and(|x| {
            x.comments
                .iter()
                .any(|c| c.procedure.as_deref() == Some(p.id.as_str()))
        });
    if !has {
        return Html::default();
    }
    html! {
        <section class="form-section procedure-comments" aria-labelledby={format!("comments-{}", p.id)}>
            <h2 id={format!("comments-{}", p.id)}>{ lang.pick("Ý kiến thẩm định về thủ tục này", "Appraiser's comments on this procedure") }</h2>
            <CommentList procedure={Some(p.id.clone())} />
        </section>
    }
}
