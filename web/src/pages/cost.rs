//! The compliance cost of a procedure: for each version (before, after), the activities (proposed ones
//! marked until confirmed), paid services and other expenses, filings per year, each input with its
//! certainty (a low–high range) and source; the figures computed live by the core with their trace, and
//! the saving against the reduction target.

use tthc_core::cost::{
    Activity, ActivityKind, CostInput, Expense, ExpenseKind, Figure, ProcedureCost, ScenarioCost,
    Total, TraceLine, Unit,
};
use tthc_core::estimate::Estimate;
use tthc_core::money::{self, figure};
use tthc_core::parameters::ParameterName;
use tthc_core::place::{At, Place};
use tthc_core::regulation::Regulation;
use tthc_core::{Action, Assessment, CostAction, Decimal, Lang, Procedure, ProcedureStep, Side};
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::session::Msg;
use crate::widgets::fields::{EstimateField, NumberField, Select, TextField, choices};
use crate::widgets::heading::{ProcedureHeading, ProcedureProps};
use tthc_core::plausibility::Quantity;

/// The cost page of a procedure.
#[component]
pub fn CostPage(p: &ProcedureProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let Some(proc) = a.procedure(&p.id) else {
        return html! { <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Cost} /> };
    };
    let computed = s.analysis().procedure(&proc.id).map(|pa| &pa.cost);
    let sides: Vec<Side> = [Side::Before, Side::After]
        .into_iter()
        .filter(|side| match side {
            Side::Before => proc.kind.has_before(),
            Side::After => proc.kind.has_after(),
        })
        .collect();
    let hourly = figure(s.analysis().hourly_income(), Unit::DongPerHour, lang);
    // The method's basis and principles (TT 02/2017/TT-VPCP Art. 27), where the regulation data has them.
    let method = s.analysis().regulation().cost_method.as_ref().map(|m| html! {
        <details class="cost-method hint">
            <summary>{ format!("{}: {}", lang.pick("Cách tính", "Method"), m.basis) }</summary>
            <p>{ m.formula.get(lang).to_owned() }</p>
            <ul>{ for m.principles.iter().map(|p| html! { <li>{ p.text.get(lang).to_owned() }</li> }) }</ul>
        </details>
    });
    let to_parameters = ctx.send::<MouseEvent>(Msg::Go(Place::Parameters(Some(
        ParameterName::IncomePerMonth,
    ))));
    html! {
        <>
            <ProcedureHeading id={p.id.clone()} step={ProcedureStep::Cost} />
            <p class="parameters-line">
                { lang.pick("Thu nhập bình quân một giờ: ", "Income per hour: ") }<strong>{ hourly }</strong>{ " " }
                <button type="button" class="link" onclick={to_parameters}>{ lang.pick("Sửa tham số", "Change the parameters") }</button>
            </p>
            { for method }
            { for sides.iter().map(|side| scenario(&ctx, lang, proc, *side, computed.and_then(|c| c.side(*side)), sides.len() > 1)) }
            { for computed.map(|c| saving(lang, proc, c)) }
            { draft_total(lang, a, s.analysis().total()) }
            <crate::widgets::comments::ProcedureComments id={p.id.clone()} />
        </>
    }
}

fn side_title(side: Side, both: bool, lang: Lang) -> &'static str {
    match (side, both) {
        (Side::Before, _) => lang.pick(
            "Trước khi có dự thảo (quy định hiện hành)",
            "Before the draft (rules in force)",
        ),
        (Side::After, true) => lang.pick("Sau khi có dự thảo", "After the draft"),
        (Side::After, false) => lang.pick("Theo dự thảo", "Under the draft"),
    }
}

fn scenario(
    ctx: &Ctx,
    lang: Lang,
    proc: &Procedure,
    side: Side,
    cost: Option<&ScenarioCost>,
    both: bool,
) -> Html {
    let base = Place::procedure(&proc.id, At::Cost(side, None)).path();
    let inputs = proc.cost.side(side);
    let pid = proc.id.clone();
    let any_proposed = inputs.activities.iter().any(|x| x.proposed);
    let on_side = |make: fn(String, Side) -> CostAction| {
        let pid = pid.clone();
        ctx.act::<MouseEvent>(move |_| Action::Cost(make(pid.clone(), side)))
    };
    let propose = ctx.send::<MouseEvent>(Msg::Propose(proc.id.clone(), side));
    let confirm = on_side(|id, side| CostAction::ConfirmActivities { id, side });
    let add = on_side(|id, side| CostAction::SetActivity {
        id,
        side,
        activity: Activity::default(),
    });
    let kinds = choices::<ActivityKind>(lang);
    let rows = inputs
        .activities
        .iter()
        .enumerate()
        .map(|(i, act)| activity_row(ctx, lang, &pid, side, i, act, &kinds));
    let more = inputs_of(ctx, lang, proc, side, &base);
    let title_id = format!("{base}--title");
    html! {
        <section class="scenario" aria-labelledby={title_id.clone()} id={base.clone()}>
            <h2 id={title_id}>{ side_title(side, both, lang) }</h2>
            <h3>{ lang.pick("Công việc phải làm cho một lần thực hiện", "What a subject does for one filing") }</h3>
            <div class="toolbar">
                <button type="button" onclick={propose}>{ lang.pick("Đề xuất danh sách công việc từ các bộ phận", "Propose the activities from the components") }</button>
                if any_proposed {
                    <button type="button" onclick={confirm}>{ lang.pick("Xác nhận tất cả đề xuất", "Confirm every proposal") }</button>
                }
            </div>
            <table class="activities" id={format!("{base}/activities")}>
                <caption class="visually-hidden">{ lang.pick("Công việc và số giờ", "Activities and hours") }</caption>
                <thead><tr>
                    <th scope="col">{ lang.pick("Công việc", "Activity") }</th>
                    <th scope="col">{ lang.pick("Loại", "Kind") }</th>
                    <th scope="col">{ lang.pick("Số giờ/lần", "Hours per filing") }</th>
                    <th scope="col">{ lang.pick("Thấp nhất", "Low") }</th>
                    <th scope="col">{ lang.pick("Cao nhất", "High") }</th>
                    <th scope="col">{ lang.pick("Nguồn", "Source") }</th>
                    <th scope="col">{ lang.pick("Trạng thái", "Status") }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <button type="button" class="add" onclick={add}>{ lang.pick("+ Thêm công việc", "+ Add an activity") }</button>
            { more }
            { for cost.map(|c| figures(lang, &base, c)) }
        </section>
    }
}

/// Expenses, filings per year, and the subjects and fees read from the components.
fn inputs_of(ctx: &Ctx, lang: Lang, proc: &Procedure, side: Side, base: &str) -> Html {
    let inputs = proc.cost.side(side);
    let version = proc.version(side);
    let pid = proc.id.clone();
    let filings = {
        let pid = pid.clone();
        ctx.act(move |filings: Estimate<Decimal>| {
            Action::Cost(CostAction::SetFilings {
                id: pid.clone(),
                side,
                filings,
            })
        })
    };
    let subjects = &version.subjects.per_year;
    let to_subjects = ctx.send::<MouseEvent>(Msg::Go(Place::cost_input(
        proc,
        side,
        &CostInput::SubjectsPerYear,
    )));
    let to_fees = ctx.send::<MouseEvent>(Msg::Go(Place::cost_input(proc, side, &CostInput::Fees)));
    let fees: Vec<String> = if version.fees.is_present() {
        version
            .fees
            .value
            .iter()
            .map(|f| format!("{}: {}", f.name.trim(), figure(f.amount, Unit::Dong, lang)))
            .collect()
    } else {
        Vec::new()
    };
    html! {
    <div class="cost-inputs">
        { expenses(ctx, lang, &pid, side, base, ExpenseKind::Service, &inputs.services) }
        { expenses(ctx, lang, &pid, side, base, ExpenseKind::Other, &inputs.other) }
        <EstimateField id={Place::procedure(&pid, At::Cost(side, Some(CostInput::FilingsPerYear))).path()} legend={lang.pick("Số lần một đối tượng thực hiện trong một năm", "Filings per subject per year")}
            value={inputs.filings_per_year.clone()} on_change={filings} quantity={Quantity::FilingsPerYear} {lang} />
        <div class="read-only" id={format!("{base}/subjects_per_year")}>
            <p>
                { lang.pick("Số đối tượng một năm: ", "Subjects per year: ") }
                <strong>{ subjects.value.map_or_else(|| lang.pick("chưa nhập", "not entered").to_owned(), |v| money::count(v, lang)) }</strong>
                if subjects.has_range() {
                    { format!(" ({}–{})",
                        subjects.low.map(|v| money::count(v, lang)).unwrap_or_default(),
                        subjects.high.map(|v| money::count(v, lang)).unwrap_or_default()) }
                }
                { " " }
                <button type="button" class="link" onclick={to_subjects}>{ lang.pick("Sửa ở bộ phận Đối tượng thực hiện", "Change it in the Subjects component") }</button>
            </p>
            <p>
                { lang.pick("Phí, lệ phí: ", "Fees: ") }
                if fees.is_empty() { { lang.pick("không có", "none") } } else { { fees.join("; ") } }
                { " " }
                <button type="button" class="link" onclick={to_fees}>{ lang.pick("Sửa ở bộ phận Phí, lệ phí", "Change them in the Fees component") }</button>
            </p>
        </div>
    </div>
    }
}

/// A callback that changes one activity with `f` and sets it through the reducer.
fn change_activity<V: 'static>(
    ctx: &Ctx,
    pid: &str,
    side: Side,
    act: &Activity,
    f: fn(&mut Activity, V),
) -> Callback<V> {
    let (pid, act) = (pid.to_owned(), act.clone());
    ctx.act(move |v: V| {
        let mut a = act.clone();
        f(&mut a, v);
        Action::Cost(CostAction::SetActivity {
            id: pid.clone(),
            side,
            activity: a,
        })
    })
}

#[allow(
    clippy::too_many_arguments,
    reason = "one table row of one scenario of one procedure"
)]
fn activity_row(
    ctx: &Ctx,
    lang: Lang,
    pid: &str,
    side: Side,
    i: usize,
    act: &Activity,
    kinds: &[(AttrValue, AttrValue)],
) -> Html {
    let id = Place::procedure(
        pid,
        At::Cost(side, Some(CostInput::Activity(act.id.clone()))),
    )
    .path();
    let name_label = match lang {
        Lang::Vi => format!("Công việc {}", i + 1),
        Lang::En => format!("Activity {}", i + 1),
    };
    let named = |what: &str| {
        format!(
            "{what} — {}",
            if act.name.trim().is_empty() {
                name_label.clone()
            } else {
                act.name.clone()
            }
        )
    };
    let with_activity =
        |f: fn(&mut Activity, Option<Decimal>)| change_activity(ctx, pid, side, act, f);
    let text_of = |f: fn(&mut Activity, String)| change_activity(ctx, pid, side, act, f);
    let confirm = change_activity(ctx, pid, side, act, |a, _: MouseEvent| a.proposed = false);
    let remove = {
        let (pid, aid) = (pid.to_owned(), act.id.clone());
        ctx.act::<MouseEvent>(move |_| {
            Action::Cost(CostAction::RemoveActivity {
                id: pid.clone(),
                side,
                activity: aid.clone(),
            })
        })
    };
    html! {
        <tr id={id.clone()} class={classes!(act.proposed.then_some("proposed"))} key={act.id.clone()}>
            <td><TextField id={format!("{id}/name")} label={name_label.clone()} value={act.name.clone()} compact=true {lang}
                on_change={text_of(|a, v| a.name = v)} /></td>
            <td><Select id={format!("{id}/kind")} label={named(lang.pick("Loại", "Kind"))} value={AttrValue::from(act.kind.key())}
                options={kinds.to_vec()} compact=true {lang}
                on_change={text_of(|a, k| a.kind = ActivityKind::from_key(&k).unwrap_or_default())} /></td>
            <td><NumberField id={format!("{id}/hours")} label={named(lang.pick("Số giờ", "Hours"))} value={act.hours.value} compact=true quantity={Quantity::HoursPerFiling} {lang}
                on_change={with_activity(|a, v| a.hours.value = v)} /></td>
            <td><NumberField id={format!("{id}/low")} label={named(lang.pick("Số giờ thấp nhất", "Low hours"))} value={act.hours.low} compact=true quantity={Quantity::HoursPerFiling} {lang}
                on_change={with_activity(|a, v| a.hours.low = v)} /></td>
            <td><NumberField id={format!("{id}/high")} label={named(lang.pick("Số giờ cao nhất", "High hours"))} value={act.hours.high} compact=true quantity={Quantity::HoursPerFiling} {lang}
                on_change={with_activity(|a, v| a.hours.high = v)} /></td>
            <td><TextField id={format!("{id}/source")} label={named(lang.pick("Nguồn", "Source"))} value={act.hours.source.clone()} compact=true {lang}
                on_change={text_of(|a, v| a.hours.source = v)} /></td>
            <td class="status-cell">
                if act.proposed {
                    <span class="mark proposed-mark">{ lang.pick("Đề xuất, chưa xác nhận", "Proposed, not confirmed") }</span>
                    <button type="button" onclick={confirm} aria-label={named(lang.pick("Xác nhận", "Confirm"))}>{ lang.pick("Xác nhận", "Confirm") }</button>
                } else {
                    <span class="mark">{ lang.pick("Đã xác nhận", "Confirmed") }</span>
                }
                <button type="button" class="remove" onclick={remove} aria-label={named(lang.pick("Xoá", "Remove"))}>{ lang.pick("Xoá", "Remove") }</button>
            </td>
        </tr>
    }
}

fn expenses(
    ctx: &Ctx,
    lang: Lang,
    pid: &str,
    side: Side,
    base: &str,
    kind: ExpenseKind,
    list: &[Expense],
) -> Html {
    let (key, title, add) = match kind {
        ExpenseKind::Service => (
            "services",
            lang.pick(
                "Thuê dịch vụ, tư vấn (mỗi lần)",
                "Paid services (per filing)",
            ),
            lang.pick("+ Thêm dịch vụ", "+ Add a service"),
        ),
        ExpenseKind::Other => (
            "other",
            lang.pick(
                "Chi phí khác: sao chụp, chứng thực, đi lại, bưu chính… (mỗi lần)",
                "Other expenses: copies, certification, travel, post… (per filing)",
            ),
            lang.pick("+ Thêm chi phí", "+ Add an expense"),
        ),
    };
    let push = {
        let pid = pid.to_owned();
        ctx.act::<MouseEvent>(move |_| {
            Action::Cost(CostAction::SetExpense {
                id: pid.clone(),
                side,
                kind,
                expense: Expense::default(),
            })
        })
    };
    let rows = list.iter().map(|e| {
        let id = Place::procedure(pid, At::Cost(side, Some(CostInput::expense(kind, &e.id)))).path();
        let on_name = {
            let (pid, e) = (pid.to_owned(), e.clone());
            ctx.act(move |name: String| Action::Cost(CostAction::SetExpense { id: pid.clone(), side, kind, expense: Expense { name, ..e.clone() } }))
        };
        let on_amount = {
            let (pid, e) = (pid.to_owned(), e.clone());
            ctx.act(move |amount: Estimate<Decimal>| Action::Cost(CostAction::SetExpense { id: pid.clone(), side, kind, expense: Expense { amount, ..e.clone() } }))
        };
        let remove = {
            let (pid, eid) = (pid.to_owned(), e.id.clone());
            ctx.act::<MouseEvent>(move |_| Action::Cost(CostAction::RemoveExpense { id: pid.clone(), side, kind, expense: eid.clone() }))
        };
        html! {
            <li class="entry" id={id.clone()} key={e.id.clone()} tabindex="-1">
                <TextField id={format!("{id}/name")} label={lang.pick("Khoản chi", "Expense")} value={e.name.clone()} on_change={on_name} {lang} />
                <EstimateField id={format!("{id}/amount")} legend={lang.pick("Số tiền mỗi lần", "Amount per filing")}
                    value={e.amount.clone()} on_change={on_amount} unit={AttrValue::from(lang.pick("đồng", "VND"))} quantity={Quantity::Amount} {lang} />
                <button type="button" class="remove" onclick={remove}>{ lang.pick("Xoá khoản chi", "Remove the expense") }</button>
            </li>
        }
    });
    html! {
        <div class="expenses" id={format!("{base}/{key}")}>
            <h3>{ title }</h3>
            <ul>{ for rows }</ul>
            <button type="button" class="add" onclick={push}>{ add }</button>
        </div>
    }
}

fn figures(lang: Lang, base: &str, c: &ScenarioCost) -> Html {
    let f = &c.figures;
    let range = c.range.as_ref();
    let rows = Figure::SCENARIO.iter().map(|&figure_| {
        let unit = figure_.unit();
        html! {
            <tr>
                <th scope="row">{ figure_.label().get(lang).to_owned() }</th>
                <td>{ figure(f.get(figure_), unit, lang) }</td>
                if let Some((low, high)) = range {
                    <td>{ figure(low.get(figure_), unit, lang) }{ " – " }{ figure(high.get(figure_), unit, lang) }</td>
                }
            </tr>
        }
    });
    html! {
        <div class="figures" id={format!("{base}/figures")} aria-live="polite">
            <h3>{ lang.pick("Kết quả tính (tự động)", "Computed figures") }</h3>
            <table>
                <thead><tr>
                    <th scope="col">{ lang.pick("Chỉ tiêu", "Figure") }</th>
                    <th scope="col">{ lang.pick("Giá trị", "Value") }</th>
                    if range.is_some() { <th scope="col">{ lang.pick("Khoảng (thấp – cao)", "Range (low – high)") }</th> }
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            { trace(lang, &c.trace) }
        </div>
    }
}

fn trace(lang: Lang, lines: &[TraceLine]) -> Html {
    html! {
        <details class="trace">
            <summary>{ lang.pick("Cách tính từng chỉ tiêu", "How each figure is computed") }</summary>
            <ul>
                { for lines.iter().map(|l| html! {
                    <li>
                        <strong>{ l.figure.label().get(lang).to_owned() }</strong>{ " = " }{ l.figure.formula().get(lang).to_owned() }
                        { " = " }{ figure(l.result, l.figure.unit(), lang) }
                        if !l.operands.is_empty() {
                            <ul class="operands">
                                { for l.operands.iter().map(|o| html! {
                                    <li>
                                        { o.label.get(lang).to_owned() }{ ": " }{ figure(o.value, o.unit, lang) }
                                        if !o.source.trim().is_empty() { { format!(" ({})", o.source.trim()) } }
                                        if o.proposed { { lang.pick(" — đề xuất, chưa xác nhận", " — proposed, not confirmed") } }
                                    </li>
                                }) }
                            </ul>
                        }
                    </li>
                }) }
            </ul>
        </details>
    }
}

/// The draft as a whole, split as the reader needs it: the existing procedures (what the reduction target is
/// measured on), what the new ones add, and the net change said as a rise or a fall.
fn draft_total(lang: Lang, a: &Assessment, t: &Total) -> Html {
    let existing = a.procedures.iter().filter(|p| p.kind.has_before()).count();
    let new = a.procedures.len() - existing;
    let target = &Regulation::bundled().reduction_target;
    let ex = &t.existing;
    html! {
        <section class="draft-total" aria-labelledby="draft-total-title">
            <h2 id="draft-total-title">{ lang.pick("Chi phí tuân thủ của cả dự thảo", "Compliance cost of the whole draft") }</h2>
            <dl class="figures">
                <dt>{ format!("{} ({existing})", lang.pick("Các thủ tục hiện hành", "Existing procedures")) }</dt>
                <dd>
                    if existing > 0 {
                        { format!(
                            "{} → {}: {} ({}). {}: {}.",
                            figure(ex.annual_cost_before, Unit::Dong, lang),
                            figure(ex.annual_cost_after, Unit::Dong, lang),
                            money::change(ex.annual_saving.map(|s| -s), Unit::Dong, lang),
                            money::change(ex.reduction_percent.map(|s| -s), Unit::Percent, lang),
                            lang.pick("Mục tiêu cắt giảm, tính trên các thủ tục này", "Reduction target, measured on these"),
                            figure(Some(target.percent), Unit::Percent, lang),
                        ) }
                    } else {
                        { lang.pick("không có", "none") }
                    }
                </dd>
                <dt>{ format!("{} ({new})", lang.pick("Các thủ tục mới làm phát sinh", "New procedures add")) }</dt>
                <dd>{ if new > 0 { figure(t.new_annual_cost, Unit::Dong, lang) } else { lang.pick("không có", "none").to_owned() } }</dd>
                <dt>{ lang.pick("Thay đổi chi phí một năm của cả dự thảo", "Change in cost a year, whole draft") }</dt>
                <dd><strong>{ money::change(t.net_annual_change, Unit::Dong, lang) }</strong></dd>
            </dl>
        </section>
    }
}

fn saving(lang: Lang, proc: &Procedure, c: &ProcedureCost) -> Html {
    if c.before.is_none() || c.annual_saving.is_none() && c.after.is_none() {
        return Html::default();
    }
    let target = &Regulation::bundled().reduction_target;
    let applies = c.meets_target().is_some();
    // The core decides whether the target is met; the page only words it.
    let verdict = c.meets_target().map(|met| {
        if met {
            lang.pick("✓ Đạt mục tiêu cắt giảm", "✓ Meets the reduction target")
        } else {
            lang.pick(
                "✗ Chưa đạt mục tiêu cắt giảm",
                "✗ Below the reduction target",
            )
        }
    });
    html! {
        <section class="saving" aria-labelledby={Place::procedure(&proc.id, At::Saving).field("title")} id={Place::procedure(&proc.id, At::Saving).path()} tabindex="-1">
            <h2 id={Place::procedure(&proc.id, At::Saving).field("title")}>{ lang.pick("Tiết kiệm", "Saving") }</h2>
            <dl class="figures">
                <dt>{ lang.pick("Chi phí tiết kiệm một năm", "Annual saving") }</dt>
                <dd>{ figure(c.annual_saving, Unit::Dong, lang) }
                    if let Some((low, high)) = c.saving_range { { format!(" ({} – {})", figure(Some(low), Unit::Dong, lang), figure(Some(high), Unit::Dong, lang)) } }
                </dd>
                <dt>{ lang.pick("Tỷ lệ cắt giảm", "Reduction") }</dt>
                <dd>{ figure(c.reduction_percent, Unit::Percent, lang) }</dd>
                if applies {
                    <dt>{ lang.pick("Mục tiêu", "Target") }</dt>
                    <dd>{ format!("{} ({})", figure(Some(target.percent), Unit::Percent, lang), target.basis) }</dd>
                }
            </dl>
            if let Some(v) = verdict { <p class={classes!("target", if c.meets_target() == Some(true) { "met" } else { "missed" })}><strong>{ v }</strong></p> }
        </section>
    }
}
