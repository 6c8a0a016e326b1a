//! The draft's details: the document, who drafts it, how the dossier is issued, the forms used, the
//! policies of a proposal, and the parameters of the compliance cost.

use tthc_core::draft::{Contact, ControlUnitSetting};
use tthc_core::parameters::{Parameter, ParameterName, Parameters};
use tthc_core::place::{DraftPart, Place};
use tthc_core::statistics::Bundled;
use tthc_core::{Action, CostAction, DocumentType, DraftField, Issuance, Lang, Registry, Stage};
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::widgets::PageTitle;
use crate::widgets::fields::{Check, DateField, NumberField, Radios, Select, TextField, choices};

/// The draft's details.
#[component]
pub fn DraftPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let a = s.assessment();
    let d = &a.draft;
    let at = |part: DraftPart| Place::Draft(part).path();
    let name = |part: DraftPart| part.label().get(lang).to_owned();
    let text = |part: DraftPart, value: &str, f: fn(String) -> DraftField| {
        html! {
            <TextField id={at(part)} label={name(part)} value={value.to_owned()} {lang}
                on_change={ctx.act(move |v: String| Action::SetDraft(f(v)))} />
        }
    };
    let contact = |field: &'static str,
                   label: &'static str,
                   value: &str,
                   kind: Option<&'static str>,
                   f: fn(&mut Contact, String)| {
        let current = d.contact.clone();
        html! {
            <TextField id={Place::Draft(DraftPart::Contact).field(field)} label={label} value={value.to_owned()} {lang} kind={kind.map(AttrValue::from)}
                on_change={ctx.act(move |v: String| {
                    let mut c = current.clone();
                    f(&mut c, v);
                    Action::SetDraft(DraftField::Contact(c))
                })} />
        }
    };
    let types = choices::<DocumentType>(lang);
    let stages = choices::<Stage>(lang);
    html! {
        <>
            <PageTitle>{ lang.pick("Thông tin dự thảo", "The draft") }</PageTitle>
            <section aria-labelledby="doc-title" class="form-section">
                <h2 id="doc-title">{ lang.pick("Văn bản", "The document") }</h2>
                { text(DraftPart::Title, &d.title, DraftField::Title) }
                <Select id={at(DraftPart::DocumentType)} label={name(DraftPart::DocumentType)}
                    value={AttrValue::from(d.document_type.map(DocumentType::key).unwrap_or_default())}
                    options={types} none={AttrValue::from(lang.pick("— Chọn loại văn bản —", "— Choose a type —"))} {lang}
                    on_change={ctx.act(|key: String| Action::SetDraft(DraftField::DocumentType(
                        DocumentType::from_key(&key))))} />
                <Radios id={at(DraftPart::Stage)} legend={html! { name(DraftPart::Stage) }}
                    value={Some(AttrValue::from(d.stage.key()))} options={stages}
                    on_change={ctx.act(|key: String| Action::SetDraft(DraftField::Stage(
                        Stage::from_key(&key).unwrap_or_default())))} />
                { text(DraftPart::DraftingBody, &d.drafting_body, DraftField::DraftingBody) }
                { text(DraftPart::IssuingAuthority, &d.issuing_authority, DraftField::IssuingAuthority) }
                { text(DraftPart::Province, &d.province, DraftField::Province) }
                { text(DraftPart::Version, &d.version, DraftField::Version) }
                <DateField id={at(DraftPart::Date)} label={name(DraftPart::Date)} value={d.date}
                    on_change={ctx.act(|v| Action::SetDraft(DraftField::Date(v)))} />
            </section>
            <section aria-labelledby="contact-title" class="form-section">
                <h2 id="contact-title">{ lang.pick("Người lập đánh giá", "Who fills in the assessment") }</h2>
                { contact("name", lang.pick("Họ và tên", "Name"), &d.contact.name, None, |c, v| c.name = v) }
                { contact("position", lang.pick("Chức vụ, đơn vị", "Position, unit"), &d.contact.position, None, |c, v| c.position = v) }
                { contact("phone", lang.pick("Điện thoại", "Telephone"), &d.contact.phone, Some("tel"), |c, v| c.phone = v) }
                { contact("email", lang.pick("Thư điện tử", "Email"), &d.contact.email, Some("email"), |c, v| c.email = v) }
            </section>
            <section aria-labelledby="issuance-title" class="form-section" id={at(DraftPart::Issuance)} tabindex="-1">
                <h2 id="issuance-title">{ name(DraftPart::Issuance) }</h2>
                <IssuanceFields place={Place::Draft(DraftPart::Issuance)} value={d.issuance.clone()} number=true
                    hint={AttrValue::from(lang.pick("Để trống, hồ sơ in dòng chấm để điền tay.", "Left empty, the dossier prints dotted lines to fill by hand."))}
                    on_change={ctx.act(|i: Issuance| Action::SetDraft(DraftField::Issuance(i)))} />
            </section>
            if d.stage == Stage::Proposal { <Policies /> }
            <ControlUnitSettingForm />
            <RulesetChoice />
            <ParametersForm />
        </>
    }
}

/// The entries of a text with one entry per line: each line trimmed (a `\r` of a pasted Windows line
/// end with it), empty lines left out.
fn entries(text: &str) -> Vec<String> {
    text.split('\n')
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Properties of a list typed one entry per line.
#[derive(Properties, PartialEq, Clone)]
struct LinesProps {
    id: AttrValue,
    label: AttrValue,
    value: Vec<String>,
    on_change: Callback<Vec<String>>,
    #[prop_or_default]
    hint: Option<AttrValue>,
    lang: Lang,
}

/// A text area holding a list, one entry per line. The text typed stays as it is (a new line being
/// started, a space before the next word) while the list stored is its non-empty lines, trimmed; a change
/// from elsewhere (undo, a file) replaces the text.
#[component]
fn LinesField(p: &LinesProps) -> Html {
    let text = use_state(|| p.value.join("\n"));
    {
        let text = text.clone();
        use_effect_with(p.value.clone(), move |value| {
            if entries(&text) != *value {
                text.set(value.join("\n"));
            }
        });
    }
    let on_change = {
        let text = text.clone();
        let cb = p.on_change.clone();
        Callback::from(move |v: String| {
            cb.emit(entries(&v));
            text.set(v);
        })
    };
    html! {
        <TextField id={p.id.clone()} label={p.label.clone()} value={AttrValue::from((*text).clone())} multiline=true
            hint={p.hint.clone()} lang={p.lang} {on_change} />
    }
}

/// Properties of the fields of how a document is issued.
#[derive(Properties, PartialEq, Clone)]
pub struct IssuanceProps {
    /// Where the issuance is (`draft.issuance`, `appraisal/issuance`); the fields are below it.
    pub place: Place,
    /// The issuance.
    pub value: Issuance,
    /// Called with the whole issuance, one field changed.
    pub on_change: Callback<Issuance>,
    /// Whether the number and symbol is asked (the appraisal report keeps its number elsewhere).
    #[prop_or_default]
    pub number: bool,
    /// What happens to what is left empty.
    pub hint: AttrValue,
    /// Help below the superior body.
    #[prop_or_default]
    pub superior_hint: Option<AttrValue>,
}

/// How a document is issued (NĐ 30/2020/NĐ-CP Phụ lục I): the superior body, the number and symbol,
/// Kính gửi, the signer and Nơi nhận. Shared by the draft page (the dossier) and the appraisal page (the
/// report).
#[component]
pub fn IssuanceFields(p: &IssuanceProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let id = |field: &str| p.place.field(field);
    let text = |field: &'static str,
                label: &'static str,
                value: &str,
                hint: Option<AttrValue>,
                f: fn(&mut Issuance, String)| {
        let (current, cb) = (p.value.clone(), p.on_change.clone());
        html! {
            <TextField id={id(field)} label={label} value={value.to_owned()} {hint} {lang}
                on_change={Callback::from(move |v: String| {
                    let mut i = current.clone();
                    f(&mut i, v);
                    cb.emit(i);
                })} />
        }
    };
    let lines = |field: &'static str,
                 label: &'static str,
                 value: &[String],
                 hint: Option<AttrValue>,
                 f: fn(&mut Issuance, Vec<String>)| {
        let (current, cb) = (p.value.clone(), p.on_change.clone());
        html! {
            <LinesField id={id(field)} label={label} value={value.to_vec()} {hint} {lang}
                on_change={Callback::from(move |v: Vec<String>| {
                    let mut i = current.clone();
                    f(&mut i, v);
                    cb.emit(i);
                })} />
        }
    };
    let example = |e: &str| {
        Some(AttrValue::from(format!(
            "{}{e}",
            lang.pick("Ví dụ: ", "For example: ")
        )))
    };
    let i = &p.value;
    html! {
        <>
            <p class="hint">{ p.hint.clone() }</p>
            { text("superior_body", lang.pick("Cơ quan chủ quản (cơ quan cấp trên)", "Superior body"), &i.superior_body,
                p.superior_hint.clone(), |i, v| i.superior_body = v) }
            if p.number {
                { text("number", lang.pick("Số, ký hiệu", "Number and symbol"), &i.number, example("12/HS-SXD"), |i, v| i.number = v) }
            }
            { lines("addressees", lang.pick("Kính gửi (mỗi nơi một dòng)", "Addressed to (one per line)"), &i.addressees, None,
                |i, v| i.addressees = v) }
            <fieldset class="signer">
                <legend>{ lang.pick("Người ký", "Who signs") }</legend>
                { text("signer/authority", lang.pick("Quyền hạn ký (KT., TM., …)", "Signing authority"), &i.signer.authority,
                    example("KT. GIÁM ĐỐC"), |i, v| i.signer.authority = v) }
                { text("signer/title", lang.pick("Chức vụ người ký", "Title of the signer"), &i.signer.title,
                    example("PHÓ GIÁM ĐỐC"), |i, v| i.signer.title = v) }
                { text("signer/name", lang.pick("Họ và tên người ký", "Name of the signer"), &i.signer.name, None,
                    |i, v| i.signer.name = v) }
            </fieldset>
            { lines("recipients", lang.pick("Nơi nhận (mỗi nơi một dòng)", "Recipients (one per line)"), &i.recipients,
                Some(AttrValue::from(lang.pick("Dòng “Lưu: VT, …” được thêm nếu chưa có.", "The line “Lưu: VT, …” is added if missing."))),
                |i, v| i.recipients = v) }
        </>
    }
}

/// The unit that comments on the procedures, when the province has set its own (after Nghị định
/// 09/2026/NĐ-CP no text was found that reassigns the comments of Văn phòng Ủy ban nhân dân cấp tỉnh).
#[component]
fn ControlUnitSettingForm() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let current = s
        .assessment()
        .draft
        .control_unit
        .clone()
        .unwrap_or_default();
    let at = Place::Draft(DraftPart::ControlUnit);
    let set = |f: fn(&mut ControlUnitSetting, String)| {
        let current = current.clone();
        ctx.act(move |v: String| {
            let mut c = current.clone();
            f(&mut c, v);
            let empty = c.unit.trim().is_empty() && c.basis.trim().is_empty();
            Action::SetDraft(DraftField::ControlUnit((!empty).then_some(c)))
        })
    };
    html! {
        <section aria-labelledby="control-unit-title" class="form-section" id={at.path()}>
            <h2 id="control-unit-title">{ DraftPart::ControlUnit.label().get(lang).to_owned() }</h2>
            <p class="hint">{ lang.pick(
                "Để trống nếu áp dụng quy định chung (trang Căn cứ pháp lý và biểu mẫu cho biết đơn vị theo ngày của dự thảo). Nếu tỉnh đã giao việc cho ý kiến về thủ tục hành chính cho đơn vị khác, ghi tên đơn vị và văn bản giao việc: kiểm tra và hồ sơ sẽ nêu theo đó.",
                "Leave empty to apply the general rule (the Legal basis and forms page names the unit for the draft's date). If the province has assigned the comments on procedures to another unit, name it and the text that assigns it: the checks and the dossier word themselves from it.") }</p>
            <TextField id={at.field("unit")} label={lang.pick("Đơn vị cho ý kiến", "Commenting unit")} value={AttrValue::from(current.unit.clone())}
                on_change={set(|c, v| c.unit = v)} {lang} />
            <TextField id={at.field("basis")} label={lang.pick("Văn bản giao việc (số, ngày, điều khoản)", "Text that assigns it (number, date, provision)")}
                value={AttrValue::from(current.basis.clone())} on_change={set(|c, v| c.basis = v)} {lang} />
        </section>
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
        <section aria-labelledby="policies-title" class="form-section" id={Place::Draft(DraftPart::Policies).path()}>
            <h2 id="policies-title">{ lang.pick("Chính sách của đề nghị", "Policies of the proposal") }</h2>
            <p class="hint">{ lang.pick("Ở giai đoạn lập đề nghị, thủ tục hành chính được đánh giá theo từng chính sách.", "At the proposal stage, procedures are assessed per policy.") }</p>
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
                let entry = Place::Draft(DraftPart::Policies).field(&id);
                html! {
                    <div class="entry" id={entry.clone()} key={id.clone()}>
                        <TextField id={format!("{entry}/name")} label={lang.pick("Tên chính sách", "Policy")} value={name} on_change={set_name} {lang} />
                        <TextField id={format!("{entry}/description")} label={lang.pick("Nội dung", "What it does")} value={description} on_change={set_description} multiline=true {lang} />
                        <button type="button" class="remove" onclick={remove}>{ lang.pick("Xoá chính sách", "Remove the policy") }</button>
                    </div>
                }
            }) }
            <button type="button" onclick={ctx.act::<MouseEvent>(|_| Action::AddPolicy { name: String::new() })}>
                { lang.pick("+ Thêm chính sách", "+ Add a policy") }
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
                label.push_str(lang.pick(" (đã được thay thế)", " (superseded)"));
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
    let s = ctx.session();
    let current = s.assessment().ruleset.clone();
    let copy = s.assessment().ruleset_copy.clone();
    let mut options = ruleset_options(lang);
    if copy.is_some() {
        // A local ruleset embedded in the file: offered as it is, apart from the bundled ones.
        let label = format!(
            "{} — {} {}",
            s.ruleset().title.get(lang),
            current,
            lang.pick("(bản địa phương)", "(local version)")
        );
        options.push((current.to_string().into(), label.into()));
    }
    html! {
        <section aria-labelledby="ruleset-title" class="form-section" id="ruleset">
            <h2 id="ruleset-title">{ lang.pick("Bộ biểu mẫu", "Forms") }</h2>
            <Select id="ruleset/choice" label={lang.pick("Bộ biểu mẫu đánh giá", "Assessment forms")}
                value={AttrValue::from(current.to_string())} {options} {lang}
                on_change={ctx.act(move |key: String| {
                    if key == current.to_string() && let Some(copy) = &copy {
                        return Action::EmbedRuleset { reference: current.clone(), copy: copy.clone() };
                    }
                    let r = Registry::bundled().all().iter().find(|r| r.reference().to_string() == key)
                        .map_or_else(|| Registry::bundled().default_ruleset().reference(), tthc_core::Ruleset::reference);
                    Action::SetRuleset(r)
                })} />
            <p class="hint">{ lang.pick("Đổi bộ biểu mẫu không xoá câu trả lời: câu trả lời cho mục mà bộ mới không có được giữ lại nhưng không dùng. Câu chữ của biểu mẫu được sửa ở trang Căn cứ pháp lý và biểu mẫu.",
                "Changing the forms deletes no answer: answers to items the new forms lack are kept but not used. The forms' wording is corrected on the Legal basis and forms page.") }</p>
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
                lang.pick("/người/tháng", "/person/month"),
                set.area.label().get(lang)
            );
            (set.id.clone().into(), label.into())
        })
        .collect();
    options.push((
        "own".into(),
        lang.pick(
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
        <section aria-labelledby="parameters-title" class="form-section" id={Place::Parameters(None).path()}>
            <h2 id="parameters-title">{ lang.pick("Tham số tính chi phí tuân thủ", "Parameters of the compliance cost") }</h2>
            <p class="hint">{ lang.pick("Các tham số dùng chung cho mọi thủ tục; giá trị được lưu trong tệp để tính lại cho cùng kết quả.",
                "The parameters are shared by every procedure; their values are kept in the file so that a recomputation gives the same result.") }</p>
            <Select id={Place::Parameters(None).field("income_set")} label={lang.pick("Thu nhập bình quân đầu người", "Income per person")}
                value={AttrValue::from(chosen)} {options} {lang}
                on_change={use_income(&ctx)} />
            { for ParameterName::ALL.iter().map(|&name| parameter(&ctx, lang, &params, name)) }
        </section>
    }
}

/// Uses a bundled income figure; "another figure" only unlocks the fields below (editing them makes the
/// figure the user's own).
fn use_income(ctx: &Ctx) -> Callback<String> {
    let d = ctx.dispatch.clone();
    Callback::from(move |set: String| {
        if let Some(action) = Action::use_income(&set) {
            d.emit(crate::session::Msg::Do(action));
        }
    })
}

/// One parameter: its value, its source, and whether it was checked against the source. Editing the
/// value or the source makes it the user's own figure (no longer a bundled one).
fn parameter(ctx: &Ctx, lang: Lang, params: &Parameters, name: ParameterName) -> Html {
    let id = Place::Parameters(Some(name)).path();
    let label = name.label().get(lang).to_owned();
    let p = params.get(name).clone();
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
        <fieldset class="parameter" id={id.clone()} tabindex="-1">
            <legend>{ label }</legend>
            <NumberField id={format!("{id}/value")} label={lang.pick("Giá trị", "Value")} value={Some(p.value)} on_change={on_value} {lang} />
            <TextField id={format!("{id}/source")} label={lang.pick("Nguồn", "Source")} value={p.source.clone()} on_change={on_source} {lang} />
            <Check id={format!("{id}/verified")} label={lang.pick("Đã đối chiếu với nguồn chính thức", "Checked against the official source")}
                checked={p.verified} on_change={on_verified} {lang} />
        </fieldset>
    }
}
