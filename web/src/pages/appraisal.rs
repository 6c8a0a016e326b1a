//! The appraisal (thẩm định), in the same file as the assessment: the intake gate (NĐ 63 Art. 11(3)) and
//! the recomputation of the recorded cost figures, the checklist (points the engine decides are pre-filled
//! and marked), a verdict and a comment per procedure and criterion, comments anchored to an answer, a
//! component or a cost input, the drafter's response to each, and the report.

use tthc_core::appraisal::{AppraisalAction, AppraisalField, Opinion, PointAnswer};
use tthc_core::place::{AppraisalAt, AppraisalPart, Place};
use tthc_core::review::{PointSource, PointState, anchor_choices};
use tthc_core::{Action, Anchor, Criterion, Issuance, Lang, Procedure, Verdict};
use yew::prelude::*;

use super::draft::IssuanceFields;
use crate::ctx::{Ctx, use_ctx};
use crate::renderer::Document;
use crate::session::Msg;
use crate::widgets::PageTitle;
use crate::widgets::comments::CommentList;
use crate::widgets::document::DocumentPanel;
use crate::widgets::fields::{DateField, Radios, Select, TextField, choices};

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
    let selected = use_state(|| None::<String>);
    let r = s.review();
    let info = a.appraisal.clone().unwrap_or_default();
    let field = |part: AppraisalPart,
                 value: String,
                 multiline: bool,
                 f: fn(String) -> AppraisalField| {
        html! {
            <TextField id={Place::Appraisal(AppraisalAt::Part(part)).path()} label={part.label().get(lang).to_owned()} {value} {multiline} {lang}
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
    let choices = super::procedures::procedure_options(a, lang);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: String| selected.set(Some(id)))
    };
    let ready = r.readiness.is_ready();
    let yes_no = |b: bool| {
        if b {
            lang.pick("✓ Có", "✓ Yes")
        } else {
            lang.pick("✗ Không", "✗ No")
        }
    };
    html! {
        <>
            <PageTitle>{ lang.pick("Thẩm định quy định về thủ tục hành chính", "Appraisal of the procedure provisions") }</PageTitle>
            <section class="form-section" aria-labelledby="intake-title" id={Place::Appraisal(AppraisalAt::Intake).path()}>
                <h2 id="intake-title">{ lang.pick("Tiếp nhận hồ sơ", "Intake of the dossier") }</h2>
                <ul class="gate">
                    <li>{ lang.pick("Đánh giá tác động đầy đủ: ", "Impact assessment complete: ") }<strong>{ yes_no(r.readiness.assessment_complete) }</strong></li>
                    <li>{ lang.pick("Đã có ý kiến của cơ quan kiểm soát thủ tục hành chính: ", "Control unit's comments received: ") }<strong>{ yes_no(r.readiness.comments_received) }</strong></li>
                    <li>{ lang.pick("Đã tiếp thu, giải trình từng ý kiến: ", "Each comment answered: ") }<strong>{ yes_no(r.readiness.comments_answered) }</strong></li>
                </ul>
                if ready {
                    <p class="gate-result met" id="gate-result"><strong>{ lang.pick("✓ Hồ sơ đủ điều kiện tiếp nhận để thẩm định.", "✓ The dossier can be accepted for appraisal.") }</strong></p>
                } else {
                    <p class="gate-result missed" id="gate-result" role="alert"><strong>
                        { lang.pick("✗ Chưa đủ điều kiện tiếp nhận (khoản 3 Điều 11 Nghị định 63/2010/NĐ-CP): ", "✗ The dossier cannot be accepted yet (Decree 63/2010, Art. 11(3)): ") }
                        { r.readiness.missing().iter().map(|t| t.get(lang).to_owned()).collect::<Vec<_>>().join("; ") }
                    </strong></p>
                }
                <h3>{ lang.pick("Tính lại chi phí tuân thủ", "Recomputation of the compliance cost") }</h3>
                if !r.recorded {
                    <p id={Place::Appraisal(AppraisalAt::Recompute).path()}>{ lang.pick("Tệp chưa ghi nhận số liệu chi phí (cơ quan soạn thảo ghi nhận khi tải hồ sơ).", "The file records no cost figures (the drafting body records them when downloading the dossier).") }</p>
                } else if r.mismatches.is_empty() {
                    <p id={Place::Appraisal(AppraisalAt::Recompute).path()} class="met">{ lang.pick("✓ Số liệu chi phí ghi trong tệp khớp với kết quả tính lại.", "✓ The cost figures recorded in the file match the recomputation.") }</p>
                } else {
                    <div id={Place::Appraisal(AppraisalAt::Recompute).path()} class="missed">
                        <p>{ lang.pick("✗ Số liệu ghi trong tệp khác kết quả tính lại:", "✗ The recorded figures differ from the recomputation:") }</p>
                        <ul>{ for r.mismatches.iter().map(|m| html! { <li>{ m.finding().message.get(lang).to_owned() }</li> }) }</ul>
                    </div>
                }
                { points(&ctx, lang, &r.intake) }
            </section>
            <section class="form-section" aria-labelledby="appraisal-details-title">
                <h2 id="appraisal-details-title">{ lang.pick("Thông tin thẩm định", "The appraisal") }</h2>
                { field(AppraisalPart::Body, info.body.clone(), false, AppraisalField::Body) }
                { field(AppraisalPart::Reference, info.reference.clone(), false, AppraisalField::Reference) }
                { field(AppraisalPart::Appraiser, info.appraiser.clone(), false, AppraisalField::Appraiser) }
                <DateField id={Place::Appraisal(AppraisalAt::Part(AppraisalPart::Date)).path()} label={AppraisalPart::Date.label().get(lang).to_owned()} value={info.date}
                    on_change={ctx.act(|d| appraise(AppraisalAction::Set(AppraisalField::Date(d))))} />
                <fieldset class="issuance" id={Place::Appraisal(AppraisalAt::Part(AppraisalPart::Issuance)).path()} tabindex="-1">
                    <legend>{ AppraisalPart::Issuance.label().get(lang).to_owned() }</legend>
                    // The report's number is the reference above: no number here.
                    <IssuanceFields place={Place::Appraisal(AppraisalAt::Part(AppraisalPart::Issuance))} value={info.issuance.clone()}
                        hint={AttrValue::from(lang.pick("Để trống, báo cáo in dòng chấm để điền tay.", "Left empty, the report prints dotted lines to fill by hand."))}
                        superior_hint={AttrValue::from(lang.pick("Ví dụ: ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI (in trên tên Sở Tư pháp)",
                            "For example: ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI (printed over the name of the Department of Justice)"))}
                        on_change={ctx.act(|i: Issuance| appraise(AppraisalAction::Set(AppraisalField::Issuance(i))))} />
                </fieldset>
            </section>
            if a.procedures.is_empty() {
                <p>{ lang.pick("Tệp không có thủ tục nào.", "The file has no procedure.") }</p>
            } else {
                <section class="form-section" aria-labelledby="per-procedure-title">
                    <h2 id="per-procedure-title">{ lang.pick("Ý kiến thẩm định từng thủ tục", "Opinion on each procedure") }</h2>
                    <Select id="appraisal/procedure" label={lang.pick("Thủ tục", "Procedure")}
                        value={AttrValue::from(current.clone().unwrap_or_default())} options={choices} on_change={on_select} {lang} />
                    { for current.as_ref().and_then(|id| a.procedure(id)).map(|p| procedure_appraisal(&ctx, lang, &s, p, r.points.get(&p.id).map(Vec::as_slice).unwrap_or_default())) }
                </section>
            }
            { ignored(&ctx) }
            <section class="form-section" aria-labelledby="general-title">
                <h2 id="general-title">{ lang.pick("Ý kiến chung và kết luận", "General comments and conclusion") }</h2>
                <CommentList procedure={None::<AttrValue>} />
                { new_comment(lang, &s, None) }
                { field(AppraisalPart::Conclusion, info.conclusion.clone(), true, AppraisalField::Conclusion) }
            </section>
            <DocumentPanel document={Document::Appraisal} />
        </>
    }
}

/// What the file keeps of the appraisal for procedures or points that are not there, as the checks said it.
fn ignored(ctx: &Ctx) -> Html {
    let lang = ctx.lang();
    let s = ctx.session();
    let findings: Vec<_> = s
        .analysis()
        .draft_findings()
        .into_iter()
        .filter(|f| f.code == tthc_core::FindingCode::AppraisalIgnored)
        .collect();
    if findings.is_empty() {
        return Html::default();
    }
    html! {
        <section class="form-section ignored" id={Place::Appraisal(AppraisalAt::Ignored).path()} tabindex="-1" aria-labelledby="ignored-title">
            <h2 id="ignored-title">{ lang.pick("Nội dung không được tính", "Content not taken into account") }</h2>
            <ul>
                { for findings.iter().enumerate().map(|(i, f)| html! {
                    <li key={i}>{ f.message.get(lang).to_owned() }{ " " }<span class="hint">{ f.hint.get(lang).to_owned() }</span></li>
                }) }
            </ul>
        </section>
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
        PointSource::Auto => lang.pick(
            "phần mềm đánh giá, chờ xác nhận",
            "decided by the software, to confirm",
        ),
        PointSource::Confirmed => lang.pick("đã xác nhận", "confirmed"),
        PointSource::Overridden => lang.pick(
            "thẩm định viên sửa kết quả của phần mềm",
            "overridden by the appraiser",
        ),
        PointSource::Appraiser => lang.pick("thẩm định viên", "appraiser"),
        PointSource::Open => lang.pick("chưa xem xét", "open"),
    };
    let auto = p.auto.map(|v| {
        format!(
            "{}{}",
            lang.pick("Phần mềm: ", "Software: "),
            if v {
                lang.pick("đạt", "holds")
            } else {
                lang.pick("không đạt", "does not hold")
            }
        )
    });
    let value = p
        .holds
        .map(|h| AttrValue::from(if h { "yes" } else { "no" }));
    let options = vec![
        (
            AttrValue::from("yes"),
            AttrValue::from(lang.pick("Đạt", "Holds")),
        ),
        (
            AttrValue::from("no"),
            AttrValue::from(lang.pick("Không đạt", "Does not hold")),
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
    let id = Place::Appraisal(AppraisalAt::Point(key.clone())).path();
    html! {
        <li class={classes!("point", format!("source-{}", p.source.key()))} key={key.clone()}>
            <Radios id={id.clone()} legend={html! { <>{ p.text(lang) }<span class="point-source">{ format!(" ({source})") }</span></> }}
                {value} {options} on_change={on_holds} />
            if let Some(auto) = auto { <p class="auto">{ auto }</p> }
            <TextField id={format!("{id}/note")} label={lang.pick("Ghi chú", "Note")} value={remark} {lang} on_change={on_note} />
        </li>
    }
}

fn procedure_appraisal(
    ctx: &Ctx,
    lang: Lang,
    s: &crate::session::Session,
    p: &Procedure,
    list: &[PointState<'_>],
) -> Html {
    let a = s.assessment();
    let opinions = a
        .appraisal
        .as_ref()
        .and_then(|x| x.opinions.get(&p.id))
        .cloned()
        .unwrap_or_default();
    let verdicts = choices::<Verdict>(lang);
    let criteria = Criterion::ALL.iter().map(|&c| {
        let opinion = opinions.get(&c).cloned().unwrap_or_default();
        let id = Place::Appraisal(AppraisalAt::Opinion(p.id.clone(), c)).path();
        let on_verdict = {
            let (pid, opinion) = (p.id.clone(), opinion.clone());
            ctx.act(move |k: String| appraise(AppraisalAction::SetOpinion {
                procedure: pid.clone(),
                criterion: c,
                opinion: Opinion { verdict: Verdict::from_key(&k), ..opinion.clone() },
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
                <Radios id={format!("{id}/verdict")} legend={html! { lang.pick("Ý kiến thẩm định", "Verdict") }}
                    value={opinion.verdict.map(|v| AttrValue::from(v.key()))} options={verdicts.clone()} on_change={on_verdict} />
                <TextField id={format!("{id}/comment")} label={lang.pick("Nhận xét", "Comment")} value={opinion.comment.clone()} multiline=true {lang} on_change={on_comment} />
            </div>
        }
    });
    html! {
        <div class="procedure-appraisal" id={format!("appraisal/{}", p.id)}>
            <h3>{ p.name() }</h3>
            { for criteria }
            <h4>{ lang.pick("Ý kiến gắn với nội dung cụ thể", "Comments on particular content") }</h4>
            <CommentList procedure={Some(AttrValue::from(p.id.clone()))} />
            { new_comment(lang, s, Some(p)) }
        </div>
    }
}

/// Adding a comment: what it is about, and its text.
fn new_comment(lang: Lang, s: &crate::session::Session, p: Option<&Procedure>) -> Html {
    let list: Vec<(String, String, Anchor)> = p
        .and_then(|p| s.analysis().procedure(&p.id).map(|pa| (p, pa)))
        .map(|(p, pa)| anchor_choices(p, &pa.plan, lang))
        .unwrap_or_default()
        .into_iter()
        .map(|(anchor, label)| (anchor.key(), label, anchor))
        .collect();
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
                <Select id={format!("{}/anchor", p.prefix)} label={lang.pick("Ý kiến về", "About")} value={AttrValue::from((*anchor).clone())}
                    {options} none={AttrValue::from(lang.pick("— Cả thủ tục —", "— The procedure as a whole —"))} on_change={on_anchor} {lang} />
            }
            <TextField id={format!("{}/text", p.prefix)} label={lang.pick("Ý kiến mới", "New comment")} value={(*text).clone()} multiline=true {lang} on_change={on_text} />
            <button type="button" id={format!("{}/add", p.prefix)} onclick={add} disabled={text.trim().is_empty()}>
                { lang.pick("Thêm ý kiến", "Add the comment") }
            </button>
        </div>
    }
}
