//! The draft's details: the document, who drafts it, the forms used, the policies of a proposal, and
//! the parameters of the compliance cost.

use tthc_core::cost::Parameters;
use tthc_core::cost::parameters::{Bundled, Parameter, ParameterName};
use tthc_core::draft::Contact;
use tthc_core::{Action, CostAction, DocumentType, DraftField, Lang, Registry, Stage};
use yew::prelude::*;

use super::PageTitle;
use crate::app::{Ctx, use_ctx};
use crate::fields::{Check, DateField, NumberField, Radios, Select, TextField, by_key, choices};
use crate::words::tr;

/// The draft's details.
#[component]
pub fn DraftPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let d = &a.draft;
    let text = |id: &'static str, label: &'static str, value: &str, f: fn(String) -> DraftField| {
        html! {
            <TextField id={id} label={label} value={value.to_owned()} {lang}
                on_change={ctx.act(move |v: String| Action::SetDraft(f(v)))} />
        }
    };
    let contact = |id: &'static str,
                   label: &'static str,
                   value: &str,
                   kind: Option<&'static str>,
                   f: fn(&mut Contact, String)| {
        let current = d.contact.clone();
        html! {
            <TextField id={id} label={label} value={value.to_owned()} {lang} kind={kind.map(AttrValue::from)}
                on_change={ctx.act(move |v: String| {
                    let mut c = current.clone();
                    f(&mut c, v);
                    Action::SetDraft(DraftField::Contact(c))
                })} />
        }
    };
    let types = choices(
        &DocumentType::ALL,
        DocumentType::key,
        DocumentType::label,
        lang,
    );
    let stages = choices(&Stage::ALL, Stage::key, Stage::label, lang);
    html! {
        <>
            <PageTitle>{ tr(lang, "Thông tin dự thảo", "The draft") }</PageTitle>
            <section aria-labelledby="doc-title" class="form-section">
                <h2 id="doc-title">{ tr(lang, "Văn bản", "The document") }</h2>
                { text("draft.title", tr(lang, "Tên dự thảo văn bản", "Title of the draft"), &d.title, DraftField::Title) }
                <Select id="draft.document_type" label={tr(lang, "Loại văn bản", "Type of document")}
                    value={AttrValue::from(d.document_type.map(DocumentType::key).unwrap_or_default())}
                    options={types} none={AttrValue::from(tr(lang, "— Chọn loại văn bản —", "— Choose a type —"))} {lang}
                    on_change={ctx.act(|key: String| Action::SetDraft(DraftField::DocumentType(
                        by_key(&DocumentType::ALL, DocumentType::key, &key))))} />
                <Radios id="draft.stage" legend={html! { tr(lang, "Giai đoạn", "Stage") }}
                    value={Some(AttrValue::from(d.stage.key()))} options={stages}
                    on_change={ctx.act(|key: String| Action::SetDraft(DraftField::Stage(
                        by_key(&Stage::ALL, Stage::key, &key).unwrap_or_default())))} />
                { text("draft.drafting_body", tr(lang, "Cơ quan chủ trì soạn thảo", "Drafting body"), &d.drafting_body, DraftField::DraftingBody) }
                { text("draft.issuing_authority", tr(lang, "Cơ quan ban hành", "Issuing authority"), &d.issuing_authority, DraftField::IssuingAuthority) }
                { text("draft.province", tr(lang, "Tỉnh, thành phố (văn bản của địa phương)", "Province (local documents)"), &d.province, DraftField::Province) }
                { text("draft.version", tr(lang, "Lần dự thảo", "Version of the draft"), &d.version, DraftField::Version) }
                <DateField id="draft.date" label={tr(lang, "Ngày của dự thảo", "Date of the draft")} value={d.date}
                    on_change={ctx.act(|v| Action::SetDraft(DraftField::Date(v)))} />
            </section>
            <section aria-labelledby="contact-title" class="form-section">
                <h2 id="contact-title">{ tr(lang, "Người lập đánh giá", "Who fills in the assessment") }</h2>
                { contact("draft.contact.name", tr(lang, "Họ và tên", "Name"), &d.contact.name, None, |c, v| c.name = v) }
                { contact("draft.contact.position", tr(lang, "Chức vụ, đơn vị", "Position, unit"), &d.contact.position, None, |c, v| c.position = v) }
                { contact("draft.contact.phone", tr(lang, "Điện thoại", "Telephone"), &d.contact.phone, Some("tel"), |c, v| c.phone = v) }
                { contact("draft.contact.email", tr(lang, "Thư điện tử", "Email"), &d.contact.email, Some("email"), |c, v| c.email = v) }
            </section>
            if d.stage == Stage::Proposal { <Policies /> }
            <RulesetChoice />
            <ParametersForm />
        </>
    }
}

/// The policies of a proposal.
#[component]
fn Policies() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let policies = s.assessment().draft.policies.clone();
    html! {
        <section aria-labelledby="policies-title" class="form-section" id="draft.policies">
            <h2 id="policies-title">{ tr(lang, "Chính sách của đề nghị", "Policies of the proposal") }</h2>
            <p class="hint">{ tr(lang, "Ở giai đoạn lập đề nghị, thủ tục hành chính được đánh giá theo từng chính sách.", "At the proposal stage, procedures are assessed per policy.") }</p>
            { for policies.iter().map(|p| {
                let (id, name, description) = (p.id.clone(), p.name.clone(), p.description.clone());
                let set_name = {
                    let (id, description) = (id.clone(), description.clone());
                    ctx.act(move |v: String| Action::SetPolicy { id: id.clone(), name: v, description: description.clone() })
                };
                let set_description = {
                    let (id, name) = (id.clone(), name.clone());
                    ctx.act(move |v: String| Action::SetPolicy { id: id.clone(), name: name.clone(), description: v })
                };
                let remove = { let id = id.clone(); ctx.act::<MouseEvent>(move |_| Action::RemovePolicy { id: id.clone() }) };
                html! {
                    <div class="entry" id={format!("draft.policies/{id}")} key={id.clone()}>
                        <TextField id={format!("draft.policies/{id}/name")} label={tr(lang, "Tên chính sách", "Policy")} value={name} on_change={set_name} {lang} />
                        <TextField id={format!("draft.policies/{id}/description")} label={tr(lang, "Nội dung", "What it does")} value={description} on_change={set_description} multiline=true {lang} />
                        <button type="button" class="remove" onclick={remove}>{ tr(lang, "Xoá chính sách", "Remove the policy") }</button>
                    </div>
                }
            }) }
            <button type="button" onclick={ctx.act::<MouseEvent>(|_| Action::AddPolicy { name: String::new() })}>
                { tr(lang, "+ Thêm chính sách", "+ Add a policy") }
            </button>
        </section>
    }
}

/// The bundled rulesets for a drop-down list: key `id@version`, the title, superseded ones marked.
pub fn ruleset_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    Registry::bundled()
        .all()
        .iter()
        .map(|r| {
            let mut label = format!("{} — {}", r.title.get(lang), r.reference());
            if r.superseded {
                label.push_str(tr(lang, " (đã được thay thế)", " (superseded)"));
            }
            (r.reference().to_string().into(), label.into())
        })
        .collect()
}

/// The forms (ruleset) the assessment is made with.
#[component]
fn RulesetChoice() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let current = ctx.session().assessment().ruleset.clone();
    let options = ruleset_options(lang);
    html! {
        <section aria-labelledby="ruleset-title" class="form-section" id="ruleset">
            <h2 id="ruleset-title">{ tr(lang, "Bộ biểu mẫu", "Forms") }</h2>
            <Select id="ruleset/choice" label={tr(lang, "Bộ biểu mẫu đánh giá", "Assessment forms")}
                value={AttrValue::from(current.to_string())} {options} {lang}
                on_change={ctx.act(|key: String| {
                    let r = Registry::bundled().all().iter().find(|r| r.reference().to_string() == key)
                        .map_or_else(|| Registry::bundled().default_ruleset().reference(), tthc_core::Ruleset::reference);
                    Action::SetRuleset(r)
                })} />
            <p class="hint">{ tr(lang,
                "Đổi bộ biểu mẫu không xoá câu trả lời: câu trả lời cho mục mà bộ mới không có được giữ lại nhưng không dùng.",
                "Changing the forms deletes no answer: answers to items the new forms lack are kept but not used.") }</p>
        </section>
    }
}

/// The parameters of the cost model.
#[component]
fn ParametersForm() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let params = ctx.session().assessment().parameters.clone();
    let bundled = Bundled::get();
    let mut options: Vec<(AttrValue, AttrValue)> = bundled
        .income
        .iter()
        .map(|set| {
            let label = format!(
                "{} — {} {} ({})",
                set.source.get(lang),
                tthc_core::money::dong(set.value, lang),
                tr(lang, "/người/tháng", "/person/month"),
                set.area.label().get(lang)
            );
            (set.id.clone().into(), label.into())
        })
        .collect();
    options.push((
        "own".into(),
        tr(
            lang,
            "Số liệu khác (nhập bên dưới)",
            "Another figure (enter it below)",
        )
        .into(),
    ));
    let chosen = params
        .income_per_month
        .set
        .clone()
        .unwrap_or_else(|| "own".to_owned());
    html! {
        <section aria-labelledby="parameters-title" class="form-section" id="parameters">
            <h2 id="parameters-title">{ tr(lang, "Tham số tính chi phí tuân thủ", "Parameters of the compliance cost") }</h2>
            <p class="hint">{ tr(lang,
                "Các tham số dùng chung cho mọi thủ tục; giá trị được lưu trong tệp để tính lại cho cùng kết quả.",
                "The parameters are shared by every procedure; their values are kept in the file so that a recomputation gives the same result.") }</p>
            <Select id="parameters/income_set" label={tr(lang, "Thu nhập bình quân đầu người", "Income per person")}
                value={AttrValue::from(chosen)} {options} {lang}
                on_change={use_income(&ctx)} />
            { parameter(&ctx, lang, "parameters/income_per_month", tr(lang, "Thu nhập bình quân (đồng/người/tháng)", "Income (VND per person per month)"), &params, ParameterName::IncomePerMonth) }
            { parameter(&ctx, lang, "parameters/working_days_per_month", tr(lang, "Số ngày làm việc một tháng", "Working days per month"), &params, ParameterName::WorkingDaysPerMonth) }
            { parameter(&ctx, lang, "parameters/hours_per_day", tr(lang, "Số giờ làm việc một ngày", "Hours per working day"), &params, ParameterName::HoursPerDay) }
        </section>
    }
}

/// Uses a bundled income figure; "another figure" only unlocks the fields below (editing them makes the
/// figure the user's own).
fn use_income(ctx: &Ctx) -> Callback<String> {
    let d = ctx.dispatch.clone();
    Callback::from(move |set: String| {
        if set != "own" {
            d.emit(crate::session::Msg::Do(Action::Cost(
                CostAction::UseIncome { set },
            )));
        }
    })
}

fn parameter_of(p: &Parameters, name: ParameterName) -> &Parameter {
    match name {
        ParameterName::IncomePerMonth => &p.income_per_month,
        ParameterName::WorkingDaysPerMonth => &p.working_days_per_month,
        ParameterName::HoursPerDay => &p.hours_per_day,
    }
}

/// One parameter: its value, its source, and whether it was checked against the source. Editing the
/// value or the source makes it the user's own figure (no longer a bundled one).
fn parameter(
    ctx: &Ctx,
    lang: Lang,
    id: &'static str,
    label: &'static str,
    params: &Parameters,
    name: ParameterName,
) -> Html {
    let p = parameter_of(params, name).clone();
    let own = |p: &Parameter| Parameter {
        set: None,
        ..p.clone()
    };
    let on_value = {
        let p = p.clone();
        ctx.act(move |v: Option<tthc_core::Decimal>| {
            Action::Cost(CostAction::SetParameter {
                name,
                parameter: Parameter {
                    value: v.unwrap_or_default(),
                    ..own(&p)
                },
            })
        })
    };
    let on_source = {
        let p = p.clone();
        ctx.act(move |source: String| {
            Action::Cost(CostAction::SetParameter {
                name,
                parameter: Parameter { source, ..own(&p) },
            })
        })
    };
    let on_verified = {
        let p = p.clone();
        ctx.act(move |verified: bool| {
            Action::Cost(CostAction::SetParameter {
                name,
                parameter: Parameter {
                    verified,
                    ..p.clone()
                },
            })
        })
    };
    html! {
        <fieldset class="parameter" id={id} tabindex="-1">
            <legend>{ label }</legend>
            <NumberField id={format!("{id}/value")} label={tr(lang, "Giá trị", "Value")} value={Some(p.value)} on_change={on_value} {lang} />
            <TextField id={format!("{id}/source")} label={tr(lang, "Nguồn", "Source")} value={p.source.clone()} on_change={on_source} {lang} />
            <Check id={format!("{id}/verified")} label={tr(lang, "Đã đối chiếu với nguồn chính thức", "Checked against the official source")}
                checked={p.verified} on_change={on_verified} {lang} />
        </fieldset>
    }
}
