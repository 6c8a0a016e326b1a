//! The assessment form of a procedure: the ruleset's items in official order, grouped by section and
//! criterion, only those that apply (the flow plan of the core decides); Có/Không with the reason field,
//! "unsure", help and legal basis on demand, a discreet marker on reconstructed wording, and skipped
//! sections shown as skipped with the reason.

use tthc_core::flow::{PlannedItem, PlannedSection};
use tthc_core::place::{At, Place};
use tthc_core::ruleset::{AnswerKind, Computed, Item, Status};
use tthc_core::{Action, Answer, AnswerValue, Decimal, Lang, ProcedureStep};
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::widgets::fields::{Check, DateField, NumberField, Radios, TextField};
use crate::widgets::heading::{ProcedureHeading, ProcedureProps};

/// The assessment form of a procedure.
#[component]
pub fn FormPage(p: &ProcedureProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let Some(proc) = a.procedure(&p.id) else {
        return html! { <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Form} /> };
    };
    let ruleset = s.ruleset();
    let Some(pa) = s.analysis().procedure(&proc.id) else {
        return html! { <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Form} /> };
    };
    let plan = &pa.plan;
    let Some(form) = plan.form else {
        return html! {
            <>
                <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Form} />
                <p class="notice error" role="alert">{ lang.pick("Bộ biểu mẫu không có biểu mẫu cho loại thủ tục này ở giai đoạn này. Kiểm tra loại thủ tục và giai đoạn của dự thảo.",
                    "The forms have no form for this kind of procedure at this stage. Check the kind and the stage of the draft.") }</p>
            </>
        };
    };
    let progress = plan.progress(proc);
    let view = FormView {
        ctx: &ctx,
        lang,
        procedure: &proc.id,
        answers: &proc.answers,
        ruleset,
        cost: &pa.cost,
    };
    let sections = plan
        .shown_sections()
        .map(|(i, section)| view.section(i, section, proc));
    html! {
        <>
            <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Form} />
            <p class="form-title">
                if let Some(code) = &form.code { <span class="form-code">{ code.clone() }{ " — " }</span> }
                { form.title.get(lang).to_owned() }
            </p>
            <crate::widgets::ProgressBar id={Place::procedure(&p.id, At::Whole).field("form-progress")} label={lang.pick("Đã trả lời", "Answered")} {progress} {lang} />
            { for sections }
            { ignored_answers(&ctx, &p.id) }
            <crate::widgets::comments::ProcedureComments id={p.id.clone()} />
        </>
    }
}

/// The answers the file keeps for questions the forms in use do not ask, as the checks said them.
fn ignored_answers(ctx: &Ctx, id: &str) -> Html {
    let lang = ctx.lang();
    let s = ctx.session();
    let findings: Vec<_> = s
        .analysis()
        .procedure_findings(id)
        .into_iter()
        .filter(|f| f.code == tthc_core::FindingCode::AnswerIgnored)
        .collect();
    if findings.is_empty() {
        return Html::default();
    }
    let place = Place::procedure(id, At::IgnoredAnswers).path();
    html! {
        <section class="ignored" id={place.clone()} tabindex="-1" aria-labelledby={format!("{place}/title")}>
            <h2 id={format!("{place}/title")}>{ format!("{} ({})", lang.pick("Câu trả lời không được tính", "Answers not taken into account"), findings.len()) }</h2>
            <p class="hint">{ lang.pick("Các câu trả lời này vẫn được giữ trong tệp nhưng không thuộc câu hỏi hay mục nào của biểu mẫu đang dùng.",
                "These answers stay in the file but belong to no question or entry of the form in use.") }</p>
            <ul>
                { for findings.iter().enumerate().map(|(i, f)| html! { <li key={i}>{ f.message.get(lang).to_owned() }</li> }) }
            </ul>
        </section>
    }
}

struct FormView<'a> {
    ctx: &'a Ctx,
    lang: Lang,
    procedure: &'a str,
    answers: &'a std::collections::BTreeMap<String, Answer>,
    ruleset: &'a tthc_core::Ruleset,
    cost: &'a tthc_core::cost::ProcedureCost,
}

impl FormView<'_> {
    fn section(&self, index: usize, s: &PlannedSection<'_>, proc: &tthc_core::Procedure) -> Html {
        let lang = self.lang;
        let sec = s.section;
        let entry = s
            .entry
            .as_ref()
            .map(|e| {
                format!(
                    " — {}",
                    if e.label.trim().is_empty() {
                        &e.id
                    } else {
                        &e.label
                    }
                )
            })
            .unwrap_or_default();
        let title = format!("{} {}{entry}", sec.number, sec.title.get(lang));
        let section = Place::procedure(
            self.procedure,
            At::Section(sec.id.clone(), s.entry.as_ref().map(|e| e.id.clone())),
        );
        let heading_id = format!("{}--h{index}", section.path());
        let heading = match s.depth {
            0 => html! { <h2 id={heading_id.clone()}>{ title }</h2> },
            1 => html! { <h3 id={heading_id.clone()}>{ title }</h3> },
            _ => html! { <h4 id={heading_id.clone()}>{ title }</h4> },
        };
        let criterion = sec
            .criterion
            .map(|c| html! { <p class="criterion">{ lang.pick("Tiêu chí: ", "Criterion: ") }{ c.label().get(lang).to_owned() }</p> })
            .unwrap_or_default();
        let section_id = section.path();
        if let Some(rule) = s.skipped {
            return html! {
                <section class={classes!("form-section", "skipped", format!("depth-{}", s.depth))} id={section_id.clone()} key={section_id.clone()} tabindex="-1"
                    aria-labelledby={heading_id}>
                    { heading }
                    <p class="skip-reason">
                        <strong>{ lang.pick("Bỏ qua: ", "Skipped: ") }</strong>{ rule.reason.get(lang).to_owned() }
                        if let Some(b) = &rule.basis { <span class="basis">{ format!(" ({b})") }</span> }
                    </p>
                </section>
            };
        }
        let help = sec.help.as_ref().map(|h| html! {
            <details class="help"><summary>{ lang.pick("Hướng dẫn", "Guidance") }</summary><p>{ h.get(lang).to_owned() }</p></details>
        });
        let computed = match sec.computed {
            Some(Computed::Cost) => self.cost_summary(proc),
            Some(Computed::Simplification) => {
                let lines = tthc_core::simplification::statement(proc, Some(self.cost));
                html! {
                    <div class="computed">
                        <p class="hint">{ lang.pick("Tự động lập từ so sánh trước và sau:", "Drafted from the comparison of before and after:") }</p>
                        if lines.is_empty() {
                            <p>{ lang.pick("Chưa có điểm đơn giản hoá nào.", "No simplification yet.") }</p>
                        } else {
                            <ul>{ for lines.iter().map(|l| html! { <li>{ l.get(lang).to_owned() }</li> }) }</ul>
                        }
                    </div>
                }
            }
            None => Html::default(),
        };
        let items = s.items.iter().filter(|i| i.visible).map(|i| self.item(i));
        html! {
            <section class={classes!("form-section", format!("depth-{}", s.depth))} id={section_id.clone()} key={section_id.clone()} aria-labelledby={heading_id}>
                { heading }
                { criterion }
                { for help }
                { computed }
                { for items }
            </section>
        }
    }

    fn cost_summary(&self, proc: &tthc_core::Procedure) -> Html {
        let lang = self.lang;
        let c = self.cost;
        let annual = |s: &Option<tthc_core::cost::ScenarioCost>| {
            s.as_ref().and_then(|s| s.figures.annual_cost)
        };
        let show = |v: Option<Decimal>| {
            v.map_or_else(
                || lang.pick("chưa tính được", "not computed").to_owned(),
                |v| tthc_core::money::dong(v, lang),
            )
        };
        let to_cost = {
            let id = proc.id.clone();
            self.ctx.act::<MouseEvent>(move |_| {
                Action::Navigate(crate::session::Session::procedure_page(
                    &id,
                    ProcedureStep::Cost,
                ))
            })
        };
        html! {
            <div class="computed">
                <dl class="figures">
                    if c.before.is_some() {
                        <dt>{ lang.pick("Chi phí tuân thủ một năm, trước", "Annual cost, before") }</dt><dd>{ show(annual(&c.before)) }</dd>
                    }
                    if c.after.is_some() {
                        <dt>{ lang.pick("Chi phí tuân thủ một năm, sau", "Annual cost, after") }</dt><dd>{ show(annual(&c.after)) }</dd>
                    }
                    if c.annual_saving.is_some() {
                        <dt>{ lang.pick("Tiết kiệm một năm", "Annual saving") }</dt><dd>{ show(c.annual_saving) }</dd>
                    }
                </dl>
                <button type="button" class="link" onclick={to_cost}>{ lang.pick("Nhập, sửa số liệu chi phí", "Enter or change the cost figures") }</button>
            </div>
        }
    }

    /// The marker of reconstructed wording, and the help and basis on demand.
    fn about(&self, item: &Item) -> (Html, Html) {
        let lang = self.lang;
        let p = self.ruleset.provenance(&item.id);
        let status = p.map_or(Status::Official, |p| p.status);
        let marker = if status == Status::Reconstructed {
            html! {
                <span class="status reconstructed" title={Status::Reconstructed.label().get(lang).to_owned()}>
                    { lang.pick("tái dựng", "reconstructed") }
                </span>
            }
        } else {
            Html::default()
        };
        let basis = p.and_then(|p| p.basis).map(ToString::to_string);
        let source = p.and_then(|p| p.source).map(|s| s.get(lang).to_owned());
        let more = if item.help.is_some() || basis.is_some() {
            html! {
                <details class="help">
                    <summary>{ lang.pick("Hướng dẫn, căn cứ", "Guidance, legal basis") }</summary>
                    if let Some(h) = &item.help { <p>{ h.get(lang).to_owned() }</p> }
                    if let Some(b) = basis { <p class="basis">{ lang.pick("Căn cứ: ", "Basis: ") }{ b }</p> }
                    if let Some(s) = source { <p class="source">{ lang.pick("Nguồn câu chữ: ", "Wording from: ") }{ s }{ " (" }{ status.label().get(lang).to_owned() }{ ")" }</p> }
                </details>
            }
        } else {
            Html::default()
        };
        (marker, more)
    }

    fn item(&self, planned: &PlannedItem<'_>) -> Html {
        let lang = self.lang;
        let item = planned.item;
        let key = planned.key.to_string();
        let id = Place::item(self.procedure, planned.key.clone()).path();
        let answer = self.answers.get(&key).cloned().unwrap_or_default();
        let (marker, more) = self.about(item);
        let question = html! {
            <>
                if !item.label.is_empty() { <span class="item-label">{ format!("{}. ", item.label) }</span> }
                { item.text.get(lang).to_owned() }
                { marker }
            </>
        };
        let set = {
            let (pid, key) = (self.procedure.to_owned(), key.clone());
            self.ctx.act(move |answer: Answer| Action::Answer {
                id: pid.clone(),
                key: key.clone(),
                answer,
            })
        };
        let depth = format!("depth-{}", planned.depth);
        if matches!(item.answer, AnswerKind::Group) {
            return html! {
                <div class={classes!("item", "group", depth)} id={id.clone()} key={id.clone()}>
                    <p class="question">{ question }</p>
                    { more }
                </div>
            };
        }
        let value = self.value_field(item, &id, question, &answer, &set);
        let reason = item.reason.as_ref().map(|spec| {
            let required = item.reason_required(answer.chosen());
            let label = format!(
                "{}{}",
                spec.label.get(lang),
                if required { lang.pick(" (bắt buộc)", " (required)") } else { "" }
            );
            let current = answer.clone();
            html! {
                <TextField id={format!("{id}/reason")} label={label} value={answer.reason.clone()} multiline=true {lang}
                    on_change={set.reform(move |reason: String| Answer { reason, ..current.clone() })} />
            }
        });
        let unsure = {
            let current = answer.clone();
            html! {
                <Check id={format!("{id}/unsure")} label={lang.pick("Chưa chắc chắn, cần xem lại", "Unsure, to come back to")}
                    checked={answer.unsure} {lang}
                    on_change={set.reform(move |unsure: bool| Answer { unsure, ..current.clone() })} />
            }
        };
        html! {
            <div class={classes!("item", depth, answer.unsure.then_some("unsure"))} id={id.clone()} key={id.clone()} tabindex="-1">
                { value }
                { for reason }
                { unsure }
                { more }
            </div>
        }
    }

    fn value_field(
        &self,
        item: &Item,
        id: &str,
        question: Html,
        answer: &Answer,
        set: &Callback<Answer>,
    ) -> Html {
        let lang = self.lang;
        let current = answer.clone();
        let label_text = format!(
            "{}{}",
            if item.label.is_empty() {
                String::new()
            } else {
                format!("{}. ", item.label)
            },
            item.text.get(lang)
        );
        match &item.answer {
            AnswerKind::YesNo | AnswerKind::ThreeValued | AnswerKind::SingleChoice { .. } => {
                let options: Vec<(AttrValue, AttrValue)> = item
                    .answer
                    .options()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|c| {
                        let label = if c.label.is_empty() {
                            c.text.get(lang).to_owned()
                        } else {
                            format!("{}) {}", c.label, c.text.get(lang))
                        };
                        (c.id.into(), label.into())
                    })
                    .collect();
                let value = answer.chosen().map(|c| AttrValue::from(c.to_owned()));
                html! {
                    <Radios id={format!("{id}/value")} legend={question} {value} {options}
                        on_change={set.reform(move |k: String| Answer { value: Some(AnswerValue::Choice(k)), ..current.clone() })} />
                }
            }
            AnswerKind::MultiChoice { options } => {
                let chosen: Vec<String> = match &answer.value {
                    Some(AnswerValue::Choices(c)) => c.clone(),
                    _ => Vec::new(),
                };
                html! {
                    <fieldset class="multi" id={format!("{id}/value")} tabindex="-1">
                        <legend>{ question }</legend>
                        { for options.iter().map(|o| {
                            let on = chosen.contains(&o.id);
                            let (oid, chosen, current) = (o.id.clone(), chosen.clone(), current.clone());
                            let label = if o.label.is_empty() { o.text.get(lang).to_owned() } else { format!("{}) {}", o.label, o.text.get(lang)) };
                            html! {
                                <Check id={format!("{id}/value/{}", o.id)} {label} checked={on} {lang}
                                    on_change={set.reform(move |tick: bool| {
                                        let mut list: Vec<String> = chosen.iter().filter(|c| **c != oid).cloned().collect();
                                        if tick { list.push(oid.clone()); }
                                        Answer { value: Some(AnswerValue::Choices(list)), ..current.clone() }
                                    })} />
                            }
                        }) }
                    </fieldset>
                }
            }
            AnswerKind::Text => {
                let text = match &answer.value {
                    Some(AnswerValue::Text(t)) => t.clone(),
                    _ => String::new(),
                };
                html! {
                    <TextField id={format!("{id}/value")} label={label_text} value={text} multiline=true {lang}
                        on_change={set.reform(move |t: String| Answer { value: Some(AnswerValue::Text(t)), ..current.clone() })} />
                }
            }
            AnswerKind::Number { .. } | AnswerKind::Money | AnswerKind::Hours => {
                let number = match &answer.value {
                    Some(AnswerValue::Number(n)) => Some(*n),
                    _ => None,
                };
                let unit = match &item.answer {
                    AnswerKind::Number { unit } => unit
                        .as_ref()
                        .map(|u| AttrValue::from(u.get(lang).to_owned())),
                    AnswerKind::Money => Some(AttrValue::from(lang.pick("đồng", "VND"))),
                    _ => Some(AttrValue::from(lang.pick("giờ", "hours"))),
                };
                html! {
                    <NumberField id={format!("{id}/value")} label={label_text} value={number} {unit} {lang}
                        on_change={set.reform(move |n: Option<Decimal>| Answer { value: n.map(AnswerValue::Number), ..current.clone() })} />
                }
            }
            AnswerKind::Date => {
                let date = match &answer.value {
                    Some(AnswerValue::Date(d)) => Some(*d),
                    _ => None,
                };
                html! {
                    <DateField id={format!("{id}/value")} label={label_text} value={date}
                        on_change={set.reform(move |d: Option<tthc_core::Date>| Answer { value: d.map(AnswerValue::Date), ..current.clone() })} />
                }
            }
            AnswerKind::Group => Html::default(),
        }
    }
}
