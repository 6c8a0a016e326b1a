//! The appraisal (thẩm định), in the same file as the assessment: the intake gate (NĐ 63 Art. 11(3)) and
//! the recomputation of the recorded cost figures, the checklist (points the engine decides are pre-filled
//! and marked), a verdict and a comment per procedure and criterion, comments anchored to an answer, a
//! component or a cost input, the drafter's response to each, and the report.

use tthc_core::appraisal::{
    Anchor, AppraisalAction, AppraisalComment, AppraisalField, Opinion, PointAnswer, PointSource,
    PointState, review,
};
use tthc_core::dossier::report::anchor as anchor_text;
use tthc_core::flow::Plan;
use tthc_core::ruleset::Criterion;
use tthc_core::{Action, Assessment, Component, Lang, Procedure, Ruleset, Side, Verdict};
use yew::prelude::*;

use super::PageTitle;
use super::consultation::response_fields;
use super::document::DocumentPanel;
use crate::app::{Ctx, use_ctx};
use crate::fields::{DateField, Radios, Select, TextField, by_key, choices};
use crate::renderer::Document;
use crate::session::Msg;
use crate::words::tr;

fn appraise(a: AppraisalAction) -> Action {
    Action::Appraisal(a)
}

/// The appraisal page.
#[component]
pub fn AppraisalPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let ruleset = s.ruleset();
    let selected = use_state(|| None::<String>);
    let r = review(a, ruleset);
    let info = a.appraisal.clone().unwrap_or_default();
    let field = |id: &'static str,
                 label: &'static str,
                 value: String,
                 multiline: bool,
                 f: fn(String) -> AppraisalField| {
        html! {
            <TextField id={id} label={label} {value} {multiline} {lang}
                on_change={ctx.act(move |v: String| appraise(AppraisalAction::Set(f(v))))} />
        }
    };
    // Going to a comment of a procedure (from a finding) shows that procedure.
    let focused = s.focus.as_deref().and_then(|f| {
        let rest = f.strip_prefix("procedures/")?;
        let (pid, _) = rest.split_once('/')?;
        a.procedure(pid).map(|p| p.id.clone())
    });
    if let Some(pid) = &focused
        && selected.as_ref() != Some(pid)
    {
        selected.set(Some(pid.clone()));
    }
    let current = focused
        .or_else(|| (*selected).clone())
        .filter(|id| a.procedure(id).is_some())
        .or_else(|| a.procedures.first().map(|p| p.id.clone()));
    let choices = super::procedures::procedure_options(a);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: String| selected.set(Some(id)))
    };
    let ready = r.readiness.is_ready();
    let yes_no = |b: bool| {
        if b {
            tr(lang, "✓ Có", "✓ Yes")
        } else {
            tr(lang, "✗ Không", "✗ No")
        }
    };
    html! {
        <>
            <PageTitle>{ tr(lang, "Thẩm định quy định về thủ tục hành chính", "Appraisal of the procedure provisions") }</PageTitle>
            <section class="form-section" aria-labelledby="intake-title" id="appraisal/intake">
                <h2 id="intake-title">{ tr(lang, "Tiếp nhận hồ sơ", "Intake of the dossier") }</h2>
                <ul class="gate">
                    <li>{ tr(lang, "Đánh giá tác động đầy đủ: ", "Impact assessment complete: ") }<strong>{ yes_no(r.readiness.assessment_complete) }</strong></li>
                    <li>{ tr(lang, "Đã có ý kiến của cơ quan kiểm soát thủ tục hành chính: ", "Control unit's comments received: ") }<strong>{ yes_no(r.readiness.comments_received) }</strong></li>
                    <li>{ tr(lang, "Đã tiếp thu, giải trình từng ý kiến: ", "Each comment answered: ") }<strong>{ yes_no(r.readiness.comments_answered) }</strong></li>
                </ul>
                if ready {
                    <p class="gate-result met" id="gate-result"><strong>{ tr(lang, "✓ Hồ sơ đủ điều kiện tiếp nhận để thẩm định.", "✓ The dossier can be accepted for appraisal.") }</strong></p>
                } else {
                    <p class="gate-result missed" id="gate-result" role="alert"><strong>
                        { tr(lang, "✗ Chưa đủ điều kiện tiếp nhận (khoản 3 Điều 11 Nghị định 63/2010/NĐ-CP): ", "✗ The dossier cannot be accepted yet (Decree 63/2010, Art. 11(3)): ") }
                        { r.readiness.missing().iter().map(|t| t.get(lang).to_owned()).collect::<Vec<_>>().join("; ") }
                    </strong></p>
                }
                <h3>{ tr(lang, "Tính lại chi phí tuân thủ", "Recomputation of the compliance cost") }</h3>
                if !r.recorded {
                    <p id="recompute">{ tr(lang, "Tệp chưa ghi nhận số liệu chi phí (cơ quan soạn thảo ghi nhận khi tải hồ sơ).", "The file records no cost figures (the drafting body records them when downloading the dossier).") }</p>
                } else if r.mismatches.is_empty() {
                    <p id="recompute" class="met">{ tr(lang, "✓ Số liệu chi phí ghi trong tệp khớp với kết quả tính lại.", "✓ The cost figures recorded in the file match the recomputation.") }</p>
                } else {
                    <div id="recompute" class="missed">
                        <p>{ tr(lang, "✗ Số liệu ghi trong tệp khác kết quả tính lại:", "✗ The recorded figures differ from the recomputation:") }</p>
                        <ul>{ for r.mismatches.iter().map(|m| html! { <li>{ m.message.get(lang).to_owned() }</li> }) }</ul>
                    </div>
                }
                { points(&ctx, lang, &r.intake) }
            </section>
            <section class="form-section" aria-labelledby="appraisal-details-title">
                <h2 id="appraisal-details-title">{ tr(lang, "Thông tin thẩm định", "The appraisal") }</h2>
                { field("appraisal/body", tr(lang, "Cơ quan thẩm định", "Appraising body"), info.body.clone(), false, AppraisalField::Body) }
                { field("appraisal/reference", tr(lang, "Số báo cáo thẩm định", "Number of the report"), info.reference.clone(), false, AppraisalField::Reference) }
                { field("appraisal/appraiser", tr(lang, "Người thẩm định", "Appraiser"), info.appraiser.clone(), false, AppraisalField::Appraiser) }
                <DateField id="appraisal/date" label={tr(lang, "Ngày thẩm định", "Date of the appraisal")} value={info.date}
                    on_change={ctx.act(|d| appraise(AppraisalAction::Set(AppraisalField::Date(d))))} />
            </section>
            if a.procedures.is_empty() {
                <p>{ tr(lang, "Tệp không có thủ tục nào.", "The file has no procedure.") }</p>
            } else {
                <section class="form-section" aria-labelledby="per-procedure-title">
                    <h2 id="per-procedure-title">{ tr(lang, "Ý kiến thẩm định từng thủ tục", "Opinion on each procedure") }</h2>
                    <Select id="appraisal/procedure" label={tr(lang, "Thủ tục", "Procedure")}
                        value={AttrValue::from(current.clone().unwrap_or_default())} options={choices} on_change={on_select} {lang} />
                    { for current.as_ref().and_then(|id| a.procedure(id)).map(|p| procedure_appraisal(&ctx, lang, a, ruleset, p, r.points.get(&p.id).map(Vec::as_slice).unwrap_or_default())) }
                </section>
            }
            <section class="form-section" aria-labelledby="general-title">
                <h2 id="general-title">{ tr(lang, "Ý kiến chung và kết luận", "General comments and conclusion") }</h2>
                <CommentList procedure={None::<AttrValue>} />
                { new_comment(lang, a, ruleset, None) }
                { field("appraisal/conclusion", tr(lang, "Kết luận", "Conclusion"), info.conclusion.clone(), true, AppraisalField::Conclusion) }
            </section>
            <DocumentPanel document={Document::Appraisal} />
        </>
    }
}

/// The checklist points: the engine's answer where it decides, and the appraiser's.
fn points(ctx: &Ctx, lang: Lang, list: &[PointState<'_>]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="points">
            { for list.iter().map(|p| point(ctx, lang, p)) }
        </ul>
    }
}

fn point(ctx: &Ctx, lang: Lang, p: &PointState<'_>) -> Html {
    let key = p.key.clone();
    let source = match p.source {
        PointSource::Auto => tr(
            lang,
            "phần mềm đánh giá, chờ xác nhận",
            "decided by the software, to confirm",
        ),
        PointSource::Confirmed => tr(lang, "đã xác nhận", "confirmed"),
        PointSource::Overridden => tr(
            lang,
            "thẩm định viên sửa kết quả của phần mềm",
            "overridden by the appraiser",
        ),
        PointSource::Appraiser => tr(lang, "thẩm định viên", "appraiser"),
        PointSource::Open => tr(lang, "chưa xem xét", "open"),
    };
    let auto = p.auto.map(|v| {
        format!(
            "{}{}",
            tr(lang, "Phần mềm: ", "Software: "),
            if v {
                tr(lang, "đạt", "holds")
            } else {
                tr(lang, "không đạt", "does not hold")
            }
        )
    });
    let value = p
        .holds
        .map(|h| AttrValue::from(if h { "yes" } else { "no" }));
    let options = vec![
        (
            AttrValue::from("yes"),
            AttrValue::from(tr(lang, "Đạt", "Holds")),
        ),
        (
            AttrValue::from("no"),
            AttrValue::from(tr(lang, "Không đạt", "Does not hold")),
        ),
    ];
    let remark = p.note.clone();
    let holds = p.holds;
    let on_holds = {
        let (key, remark) = (key.clone(), remark.clone());
        ctx.act(move |k: String| {
            appraise(AppraisalAction::SetPoint {
                key: key.clone(),
                answer: Some(PointAnswer {
                    holds: k == "yes",
                    note: remark.clone(),
                }),
            })
        })
    };
    let on_note = {
        let key = key.clone();
        ctx.act(move |note: String| {
            appraise(AppraisalAction::SetPoint {
                key: key.clone(),
                answer: Some(PointAnswer {
                    holds: holds.unwrap_or(true),
                    note,
                }),
            })
        })
    };
    let id = format!("appraisal/points/{key}");
    html! {
        <li class={classes!("point", format!("source-{}", match p.source {
            PointSource::Auto => "auto", PointSource::Confirmed => "confirmed", PointSource::Overridden => "overridden",
            PointSource::Appraiser => "appraiser", PointSource::Open => "open" }))} key={key.clone()}>
            <Radios id={id.clone()} legend={html! { <>{ p.text(lang) }<span class="point-source">{ format!(" ({source})") }</span></> }}
                {value} {options} on_change={on_holds} />
            if let Some(auto) = auto { <p class="auto">{ auto }</p> }
            <TextField id={format!("{id}/note")} label={tr(lang, "Ghi chú", "Note")} value={remark} {lang} on_change={on_note} />
        </li>
    }
}

fn procedure_appraisal(
    ctx: &Ctx,
    lang: Lang,
    a: &Assessment,
    ruleset: &Ruleset,
    p: &Procedure,
    list: &[PointState<'_>],
) -> Html {
    let opinions = a
        .appraisal
        .as_ref()
        .and_then(|x| x.opinions.get(&p.id))
        .cloned()
        .unwrap_or_default();
    let verdicts = choices(&Verdict::ALL, Verdict::key, Verdict::label, lang);
    let criteria = Criterion::ALL.iter().map(|&c| {
        let opinion = opinions.get(&c).cloned().unwrap_or_default();
        let id = format!("appraisal/{}/{}", p.id, c.key());
        let on_verdict = {
            let (pid, opinion) = (p.id.clone(), opinion.clone());
            ctx.act(move |k: String| appraise(AppraisalAction::SetOpinion {
                procedure: pid.clone(),
                criterion: c,
                opinion: Opinion { verdict: by_key(&Verdict::ALL, Verdict::key, &k), ..opinion.clone() },
            }))
        };
        let on_comment = {
            let (pid, opinion) = (p.id.clone(), opinion.clone());
            ctx.act(move |comment: String| appraise(AppraisalAction::SetOpinion {
                procedure: pid.clone(),
                criterion: c,
                opinion: Opinion { comment, ..opinion.clone() },
            }))
        };
        let crit_points: Vec<PointState<'_>> = list.iter().filter(|x| x.point.criterion == Some(c)).cloned().collect();
        html! {
            <div class="criterion-block" key={c.key()}>
                <h4>{ c.label().get(lang).to_owned() }</h4>
                { points(ctx, lang, &crit_points) }
                <Radios id={format!("{id}/verdict")} legend={html! { tr(lang, "Ý kiến thẩm định", "Verdict") }}
                    value={opinion.verdict.map(|v| AttrValue::from(v.key()))} options={verdicts.clone()} on_change={on_verdict} />
                <TextField id={format!("{id}/comment")} label={tr(lang, "Nhận xét", "Comment")} value={opinion.comment.clone()} multiline=true {lang} on_change={on_comment} />
            </div>
        }
    });
    html! {
        <div class="procedure-appraisal" id={format!("appraisal/{}", p.id)}>
            <h3>{ p.name() }</h3>
            { for criteria }
            <h4>{ tr(lang, "Ý kiến gắn với nội dung cụ thể", "Comments on particular content") }</h4>
            <CommentList procedure={Some(AttrValue::from(p.id.clone()))} />
            { new_comment(lang, a, ruleset, Some(p)) }
        </div>
    }
}

/// What a new comment can be anchored to: nothing, a component (before or after), a shown item of the
/// form, a cost input.
fn anchors(
    lang: Lang,
    a: &Assessment,
    ruleset: &Ruleset,
    p: &Procedure,
) -> Vec<(String, String, Anchor)> {
    let mut out = Vec::new();
    let sides: Vec<Side> = [Side::Before, Side::After]
        .into_iter()
        .filter(|side| match side {
            Side::Before => p.kind.has_before(),
            Side::After => p.kind.has_after(),
        })
        .collect();
    for &side in &sides {
        for c in Component::ALL {
            out.push((
                format!("component:{}:{}", side.key(), c.key()),
                format!(
                    "{} ({})",
                    c.label().get(lang),
                    side.label().get(lang).to_lowercase()
                ),
                Anchor::Component { side, component: c },
            ));
        }
    }
    let plan = Plan::new(ruleset, a.draft.stage, p);
    for (section, item) in plan.visible_items() {
        if matches!(item.item.answer, tthc_core::ruleset::AnswerKind::Group) {
            continue;
        }
        let key = item.key.to_string();
        let text: String = item.item.text.get(lang).chars().take(70).collect();
        out.push((
            format!("item:{key}"),
            format!(
                "{} {} {} — {text}",
                tr(lang, "Mục", "Item"),
                section.section.number,
                item.item.label
            ),
            Anchor::Item { key },
        ));
    }
    for &side in &sides {
        cost_anchors(lang, p, side, &mut out);
    }
    out
}

/// The cost inputs of one side a comment can be anchored to.
fn cost_anchors(lang: Lang, p: &Procedure, side: Side, out: &mut Vec<(String, String, Anchor)>) {
    let scenario = p.cost.side(side);
    let sk = side.key();
    let s = side.label().get(lang).to_lowercase();
    let lists = [
        (
            "activities",
            tr(lang, "Chi phí, công việc", "Cost, activity"),
            scenario
                .activities
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect::<Vec<_>>(),
        ),
        (
            "services",
            tr(lang, "Chi phí, dịch vụ", "Cost, service"),
            scenario
                .services
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect(),
        ),
        (
            "other",
            tr(lang, "Chi phí khác", "Cost, other"),
            scenario
                .other
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect(),
        ),
    ];
    for (list, what, entries) in lists {
        for (id, name) in entries {
            let input = format!("{list}/{id}");
            out.push((
                format!("cost:{sk}:{input}"),
                format!("{what}: {name} ({s})"),
                Anchor::Cost { side, input },
            ));
        }
    }
    for (input, what) in [
        (
            "filings_per_year",
            tr(lang, "Số lần thực hiện trong năm", "Filings per year"),
        ),
        (
            "subjects_per_year",
            tr(lang, "Số đối tượng trong năm", "Subjects per year"),
        ),
    ] {
        out.push((
            format!("cost:{sk}:{input}"),
            format!("{what} ({s})"),
            Anchor::Cost {
                side,
                input: input.to_owned(),
            },
        ));
    }
}

/// Adding a comment: what it is about, and its text.
fn new_comment(lang: Lang, a: &Assessment, ruleset: &Ruleset, p: Option<&Procedure>) -> Html {
    let list = p.map(|p| anchors(lang, a, ruleset, p)).unwrap_or_default();
    let pid = p.map(|p| p.id.clone());
    let prefix = format!(
        "appraisal/new/{}",
        pid.clone().unwrap_or_else(|| "draft".into())
    );
    html! { <NewComment {prefix} procedure={pid.map(AttrValue::from)} anchors={list} /> }
}

#[derive(Properties, PartialEq)]
struct NewProps {
    prefix: String,
    procedure: Option<AttrValue>,
    anchors: Vec<(String, String, Anchor)>,
}

#[component]
fn NewComment(p: &NewProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let text = use_state(String::new);
    let anchor = use_state(String::new);
    let options: Vec<(AttrValue, AttrValue)> = p
        .anchors
        .iter()
        .map(|(k, label, _)| (k.clone().into(), label.clone().into()))
        .collect();
    let add = {
        let (text, anchor) = (text.clone(), anchor.clone());
        let anchors = p.anchors.clone();
        let procedure = p.procedure.as_ref().map(ToString::to_string);
        let d = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if text.trim().is_empty() {
                return;
            }
            let chosen = anchors
                .iter()
                .find(|(k, _, _)| *k == *anchor)
                .map(|(_, _, a)| a.clone());
            d.emit(Msg::Do(appraise(AppraisalAction::AddComment {
                procedure: procedure.clone(),
                anchor: chosen,
                text: (*text).clone(),
            })));
            text.set(String::new());
            anchor.set(String::new());
        })
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    let on_anchor = {
        let anchor = anchor.clone();
        Callback::from(move |v: String| anchor.set(v))
    };
    html! {
        <div class="new-comment">
            if p.procedure.is_some() {
                <Select id={format!("{}/anchor", p.prefix)} label={tr(lang, "Ý kiến về", "About")} value={AttrValue::from((*anchor).clone())}
                    {options} none={AttrValue::from(tr(lang, "— Cả thủ tục —", "— The procedure as a whole —"))} on_change={on_anchor} {lang} />
            }
            <TextField id={format!("{}/text", p.prefix)} label={tr(lang, "Ý kiến mới", "New comment")} value={(*text).clone()} multiline=true {lang} on_change={on_text} />
            <button type="button" id={format!("{}/add", p.prefix)} onclick={add} disabled={text.trim().is_empty()}>
                { tr(lang, "Thêm ý kiến", "Add the comment") }
            </button>
        </div>
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
    let comments: Vec<&AppraisalComment> = a
        .appraisal
        .iter()
        .flat_map(|x| &x.comments)
        .filter(|c| c.procedure.as_deref() == p.procedure.as_deref())
        .collect();
    if comments.is_empty() {
        return html! { <p class="hint">{ tr(lang, "Chưa có ý kiến.", "No comment yet.") }</p> };
    }
    html! {
        <ol class="comments appraisal-comments">
            { for comments.iter().map(|c| comment(&ctx, lang, a, ruleset, c)) }
        </ol>
    }
}

fn comment(ctx: &Ctx, lang: Lang, a: &Assessment, ruleset: &Ruleset, c: &AppraisalComment) -> Html {
    let id = match &c.procedure {
        Some(pid) => format!("procedures/{pid}/appraisal/{}", c.id),
        None => format!("appraisal/{}", c.id),
    };
    let about = anchor_text(a, ruleset, lang, c);
    let go = match (&c.procedure, &c.anchor) {
        (Some(pid), Some(anchor)) => Some(ctx.send::<MouseEvent>(Msg::Go(anchor.place(pid)))),
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
    let answered = c
        .response
        .as_ref()
        .is_some_and(|r| !r.text.trim().is_empty());
    html! {
        <li class={classes!("entry", "comment", (!answered).then_some("unanswered"))} id={id.clone()} key={c.id.clone()} tabindex="-1">
            if !about.is_empty() {
                <p class="anchor">
                    { tr(lang, "Về: ", "About: ") }<strong>{ about }</strong>
                    if let Some(go) = go { { " " }<button type="button" class="link" onclick={go}>{ tr(lang, "Đến chỗ này", "Go there") }</button> }
                </p>
            }
            <TextField id={format!("{id}/text")} label={tr(lang, "Ý kiến thẩm định", "Appraiser's comment")} value={c.text.clone()} multiline=true {lang} on_change={on_text} />
            { response_fields(ctx, lang, &id, c.response.as_ref(),
                html! { <>{ tr(lang, "Cơ quan chủ trì soạn thảo", "The drafting body") }
                    if !answered { <span class="mark">{ tr(lang, " — chưa trả lời", " — not answered yet") }</span> }</> },
                move |response| appraise(AppraisalAction::Respond { id: cid.clone(), response: Some(response) })) }
            <button type="button" class="remove" onclick={remove}>{ tr(lang, "Xoá ý kiến", "Remove the comment") }</button>
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
            <h2 id={format!("comments-{}", p.id)}>{ tr(lang, "Ý kiến thẩm định về thủ tục này", "Appraiser's comments on this procedure") }</h2>
            <CommentList procedure={Some(p.id.clone())} />
        </section>
    }
}
