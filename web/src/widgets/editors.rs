//! The editor of each component of a procedure (NĐ 63 Art. 8(2)) as a real form: lists of documents,
//! steps, forms, conditions and fees that can be added to and removed from, channels as tick boxes, the
//! time limit, the subjects with their yearly number. A value that differs from the other version of the
//! procedure is marked.

use tthc_core::component::{
    Actor, Channels, CopyForm, DayKind, Dossier, DossierDocument, Fee, FeeKind, FormSpec, Level,
    Manner, Optional, Outcome, Requirement, ResultKind, Scope, SettlingBody, Step, Subjects,
    TimeLimit,
};
use tthc_core::plausibility::Quantity;
use tthc_core::{ComponentValue, Decimal, Lang};
use yew::prelude::*;

use crate::widgets::fields::{
    Check, EstimateField, NumberField, Radios, Select, TextField, choices, count_to_decimal,
    decimal_to_count,
};

/// Properties of a component editor.
#[derive(Properties, PartialEq, Clone)]
pub struct EditorProps {
    /// The DOM id of the component (`procedures/p1/after/time_limit`); fields are below it.
    pub id: AttrValue,
    /// The value.
    pub value: ComponentValue,
    /// The other version, to mark what differs.
    #[prop_or_default]
    pub other: Option<ComponentValue>,
    /// Called with the new value.
    pub on_change: Callback<ComponentValue>,
    /// The language.
    pub lang: Lang,
}

/// The editor of one component.
#[component]
pub fn Editor(p: &EditorProps) -> Html {
    let e = Ed {
        id: p.id.to_string(),
        lang: p.lang,
    };
    let emit = p.on_change.clone();
    let fields = match (&p.value, p.other.as_ref()) {
        (ComponentValue::Name(v), other) => {
            let changed = matches!(other, Some(ComponentValue::Name(o)) if o != v);
            e.text(
                "value",
                p.lang
                    .pick("Tên thủ tục hành chính", "Name of the procedure"),
                v,
                changed,
                false,
                emit.reform(ComponentValue::Name),
            )
        }
        (ComponentValue::Sequence(v), other) => {
            let o = match other {
                Some(ComponentValue::Sequence(o)) => Some(o.as_slice()),
                _ => None,
            };
            e.sequence(v, o, &emit.reform(ComponentValue::Sequence))
        }
        (ComponentValue::Manner(v), other) => {
            let o = match other {
                Some(ComponentValue::Manner(o)) => Some(o),
                _ => None,
            };
            e.manner(v, o, &emit.reform(ComponentValue::Manner))
        }
        (ComponentValue::Dossier(v), other) => {
            let o = match other {
                Some(ComponentValue::Dossier(o)) => Some(o),
                _ => None,
            };
            e.dossier(v, o, &emit.reform(ComponentValue::Dossier))
        }
        (ComponentValue::TimeLimit(v), other) => {
            let o = match other {
                Some(ComponentValue::TimeLimit(o)) => Some(o),
                _ => None,
            };
            e.time_limit(v, o, &emit.reform(ComponentValue::TimeLimit))
        }
        (ComponentValue::Subjects(v), other) => {
            let o = match other {
                Some(ComponentValue::Subjects(o)) => Some(o),
                _ => None,
            };
            e.subjects(v, o, &emit.reform(ComponentValue::Subjects))
        }
        (ComponentValue::SettlingBody(v), other) => {
            let o = match other {
                Some(ComponentValue::SettlingBody(o)) => Some(o),
                _ => None,
            };
            e.settling_body(v, o, &emit.reform(ComponentValue::SettlingBody))
        }
        (ComponentValue::Result(v), other) => {
            let o = match other {
                Some(ComponentValue::Result(o)) => Some(o),
                _ => None,
            };
            e.optional(
                v,
                o.is_some_and(|o| o.present != v.present),
                &emit.reform(ComponentValue::Result),
                |e, inner, cb| e.outcome(inner, o.map(|o| &o.value), &cb),
            )
        }
        (ComponentValue::Forms(v), other) => {
            let o = match other {
                Some(ComponentValue::Forms(o)) => Some(o),
                _ => None,
            };
            e.optional(
                v,
                o.is_some_and(|o| o.present != v.present),
                &emit.reform(ComponentValue::Forms),
                |e, inner, cb| e.forms(inner, o.map(|o| o.value.as_slice()), &cb),
            )
        }
        (ComponentValue::Conditions(v), other) => {
            let o = match other {
                Some(ComponentValue::Conditions(o)) => Some(o),
                _ => None,
            };
            e.optional(
                v,
                o.is_some_and(|o| o.present != v.present),
                &emit.reform(ComponentValue::Conditions),
                |e, inner, cb| e.conditions(inner, o.map(|o| o.value.as_slice()), &cb),
            )
        }
        (ComponentValue::Fees(v), other) => {
            let o = match other {
                Some(ComponentValue::Fees(o)) => Some(o),
                _ => None,
            };
            e.optional(
                v,
                o.is_some_and(|o| o.present != v.present),
                &emit.reform(ComponentValue::Fees),
                |e, inner, cb| e.fees(inner, o.map(|o| o.value.as_slice()), &cb),
            )
        }
    };
    html! { <div class="editor" id={p.id.clone()}>{ fields }</div> }
}

/// Builds the fields of one component: ids below the component's, labels in the app's language.
struct Ed {
    id: String,
    lang: Lang,
}

/// A callback setting one part of a value, from the whole value and a setter.
fn part<T: Clone + 'static, V: 'static>(
    whole: &T,
    cb: &Callback<T>,
    set: impl Fn(&mut T, V) + 'static,
) -> Callback<V> {
    let (whole, cb) = (whole.clone(), cb.clone());
    Callback::from(move |v: V| {
        let mut w = whole.clone();
        set(&mut w, v);
        cb.emit(w);
    })
}

impl Ed {
    fn t(&self, vi: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(vi, en)
    }

    fn path(&self, rest: &str) -> String {
        if rest.is_empty() {
            self.id.clone()
        } else {
            format!("{}/{rest}", self.id)
        }
    }

    fn text(
        &self,
        rest: &str,
        label: &'static str,
        value: &str,
        changed: bool,
        multiline: bool,
        cb: Callback<String>,
    ) -> Html {
        html! {
            <TextField id={self.path(rest)} label={label} value={value.to_owned()} {changed} {multiline}
                on_change={cb} lang={self.lang} />
        }
    }

    fn check(
        &self,
        rest: &str,
        label: &'static str,
        checked: bool,
        changed: bool,
        cb: Callback<bool>,
    ) -> Html {
        html! { <Check id={self.path(rest)} label={label} {checked} {changed} on_change={cb} lang={self.lang} /> }
    }

    fn count(
        &self,
        rest: &str,
        label: &'static str,
        value: Option<u32>,
        changed: bool,
        unit: Option<&'static str>,
        cb: &Callback<Option<u32>>,
    ) -> Html {
        let on_change = cb.reform(|v: Option<Decimal>| v.and_then(|v| u32::try_from(v).ok()));
        html! {
            <NumberField id={self.path(rest)} label={label} value={value.map(Decimal::from)} whole=true {changed}
                unit={unit.map(AttrValue::from)} {on_change} lang={self.lang} />
        }
    }

    /// A list of entries, each with a remove button, and an add button.
    #[allow(
        clippy::too_many_arguments,
        reason = "a list editor is described by all of these"
    )]
    fn list<T: Clone + Default + PartialEq + 'static>(
        &self,
        rest: &str,
        items: &[T],
        entry_id: impl Fn(usize, &T) -> String,
        entry: impl Fn(&str, &T, Callback<T>) -> Html,
        cb: &Callback<Vec<T>>,
        add: &'static str,
        remove: &'static str,
    ) -> Html {
        let rows = items.iter().enumerate().map(|(i, item)| {
            let id = entry_id(i, item);
            let set = {
                let (items, cb) = (items.to_vec(), cb.clone());
                Callback::from(move |v: T| {
                    let mut list = items.clone();
                    if let Some(slot) = list.get_mut(i) {
                        *slot = v;
                    }
                    cb.emit(list);
                })
            };
            let delete = {
                let (items, cb) = (items.to_vec(), cb.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut list = items.clone();
                    if i < list.len() {
                        list.remove(i);
                    }
                    cb.emit(list);
                })
            };
            let label = format!("{remove} {}", i + 1);
            html! {
                <li class="entry" id={id.clone()} key={id.clone()} tabindex="-1">
                    { entry(&id, item, set) }
                    <button type="button" class="remove" onclick={delete}>{ label }</button>
                </li>
            }
        });
        let push = {
            let (items, cb) = (items.to_vec(), cb.clone());
            Callback::from(move |_: MouseEvent| {
                let mut list = items.clone();
                list.push(T::default());
                cb.emit(list);
            })
        };
        html! {
            <div class="list" id={self.path(rest)}>
                <ol>{ for rows }</ol>
                <button type="button" class="add" onclick={push}>{ "+ " }{ add }</button>
            </div>
        }
    }

    fn sequence(&self, v: &[Step], other: Option<&[Step]>, cb: &Callback<Vec<Step>>) -> Html {
        let lang = self.lang;
        let actors = choices::<Actor>(lang);
        html! {
            <>
                { self.list("steps", v, |i, _| self.path(&format!("steps/{}", i + 1)), |id, step: &Step, set| {
                    let index = id.rsplit('/').next().and_then(|n| n.parse::<usize>().ok()).unwrap_or(1) - 1;
                    let changed = other.is_some_and(|o| o.get(index) != Some(step));
                    html! {
                        <>
                            <Select id={format!("{id}/actor")} label={lang.pick("Ai thực hiện", "Who")}
                                value={AttrValue::from(step.actor.key())}
                                options={actors.clone()} lang={lang}
                                on_change={part(step, &set, |s, k: String| s.actor = Actor::from_key(&k).unwrap_or_default())} />
                            <TextField id={format!("{id}/description")} label={lang.pick("Nội dung bước", "What is done")}
                                value={step.description.clone()} multiline=true {changed} lang={lang}
                                on_change={part(step, &set, |s, v| s.description = v)} />
                        </>
                    }
                }, cb, self.t("Thêm bước", "Add a step"), self.t("Xoá bước", "Remove step")) }
            </>
        }
    }

    fn channels(
        &self,
        rest: &str,
        legend: &'static str,
        v: Channels,
        other: Option<Channels>,
        cb: &Callback<Channels>,
    ) -> Html {
        let diff = |f: fn(Channels) -> bool| other.is_some_and(|o| f(o) != f(v));
        html! {
            <fieldset class="channels" id={self.path(rest)} tabindex="-1">
                <legend>{ legend }</legend>
                { self.check(&format!("{rest}/in_person"), self.t("Trực tiếp", "In person"), v.in_person, diff(|c| c.in_person), part(&v, cb, |c, x| c.in_person = x)) }
                { self.check(&format!("{rest}/post"), self.t("Qua dịch vụ bưu chính", "By post"), v.post, diff(|c| c.post), part(&v, cb, |c, x| c.post = x)) }
                { self.check(&format!("{rest}/online"), self.t("Trực tuyến", "Online"), v.online, diff(|c| c.online), part(&v, cb, |c, x| c.online = x)) }
            </fieldset>
        }
    }

    fn manner(&self, v: &Manner, o: Option<&Manner>, cb: &Callback<Manner>) -> Html {
        html! {
            <>
                { self.channels("submission", self.t("Nộp hồ sơ", "Submitting the dossier"), v.submission, o.map(|o| o.submission), &part(v, cb, |m, c| m.submission = c)) }
                { self.channels("result", self.t("Nhận kết quả", "Receiving the result"), v.result, o.map(|o| o.result), &part(v, cb, |m, c| m.result = c)) }
                { self.text("note", self.t("Ghi chú (ví dụ: lý do chưa thực hiện trực tuyến)", "Note (for example, why not online)"), &v.note, o.is_some_and(|o| o.note != v.note), true, part(v, cb, |m, x| m.note = x)) }
            </>
        }
    }

    fn dossier(&self, v: &Dossier, o: Option<&Dossier>, cb: &Callback<Dossier>) -> Html {
        let lang = self.lang;
        let copy_forms = choices::<CopyForm>(lang);
        let docs = self.list("documents", &v.documents, |i, d: &DossierDocument| {
            self.path(&format!("documents/{}", if d.id.is_empty() { format!("new{i}") } else { d.id.clone() }))
        }, |id, d, set| {
            let before = o.and_then(|o| o.documents.iter().find(|x| x.id == d.id));
            let changed = |f: fn(&DossierDocument) -> String| o.is_some() && before.is_none_or(|b| f(b) != f(d));
            html! {
                <>
                    <TextField id={format!("{id}/name")} label={lang.pick("Tên giấy tờ", "Document")} value={d.name.clone()} lang={lang}
                        changed={changed(|x| x.name.clone())} on_change={part(d, &set, |d, v| d.name = v)} />
                    <Select id={format!("{id}/copy_form")} label={lang.pick("Hình thức", "Form of the copy")}
                        value={AttrValue::from(d.copy_form.key())} options={copy_forms.clone()} lang={lang}
                        changed={changed(|x| x.copy_form.key().to_owned())}
                        on_change={part(d, &set, |d, k: String| d.copy_form = CopyForm::from_key(&k).unwrap_or_default())} />
                    <NumberField id={format!("{id}/quantity")} label={lang.pick("Số bản", "Copies")} value={Some(Decimal::from(d.quantity))} whole=true lang={lang}
                        changed={changed(|x| x.quantity.to_string())}
                        on_change={part(d, &set, |d, v: Option<Decimal>| d.quantity = v.and_then(|v| u32::try_from(v).ok()).unwrap_or(1))} />
                    <Check id={format!("{id}/in_national_database")} label={lang.pick("Thông tin đã có trong cơ sở dữ liệu quốc gia, chuyên ngành", "Already held in a national or specialised database")}
                        checked={d.in_national_database} lang={lang} on_change={part(d, &set, |d, v| d.in_national_database = v)} />
                    <TextField id={format!("{id}/reason")} label={lang.pick("Lý do yêu cầu", "Why it is required")} value={d.reason.clone()} multiline=true lang={lang}
                        on_change={part(d, &set, |d, v| d.reason = v)} />
                </>
            }
        }, &part(v, cb, |x, l| x.documents = l), self.t("Thêm giấy tờ", "Add a document"), self.t("Xoá giấy tờ", "Remove document"));
        html! {
            <>
                <h4 class="sub-heading">{ self.t("Thành phần hồ sơ", "Documents") }</h4>
                { docs }
                { self.count("sets", self.t("Số lượng hồ sơ (bộ)", "Number of sets"), v.sets, o.is_some_and(|o| o.sets != v.sets), Some(self.t("bộ", "sets")), &part(v, cb, |x, n| x.sets = n)) }
                { self.text("sets_reason", self.t("Lý do của số lượng hồ sơ", "Why that number of sets"), &v.sets_reason, false, true, part(v, cb, |x, s| x.sets_reason = s)) }
            </>
        }
    }

    fn time_limit(&self, v: &TimeLimit, o: Option<&TimeLimit>, cb: &Callback<TimeLimit>) -> Html {
        let units = choices::<DayKind>(self.lang);
        html! {
            <>
                { self.count("days", self.t("Thời hạn giải quyết", "Time limit"), v.days, o.is_some_and(|o| o.days != v.days), None, &part(v, cb, |t, d| t.days = d)) }
                <Select id={self.path("unit")} label={self.t("Tính theo", "Counted in")}
                    value={AttrValue::from(v.unit.key())}
                    options={units} lang={self.lang} changed={o.is_some_and(|o| o.unit != v.unit)}
                    on_change={part(v, cb, |t, k: String| t.unit = DayKind::from_key(&k).unwrap_or_default())} />
                { self.text("reason", self.t("Lý do của thời hạn", "Why this time limit"), &v.reason, false, true, part(v, cb, |t, s| t.reason = s)) }
            </>
        }
    }

    fn subjects(&self, v: &Subjects, o: Option<&Subjects>, cb: &Callback<Subjects>) -> Html {
        let diff = |f: fn(&Subjects) -> bool| o.is_some_and(|o| f(o) != f(v));
        let scopes = self.scopes();
        html! {
            <>
                <fieldset class="checks" id={self.path("who")} tabindex="-1">
                    <legend>{ self.t("Đối tượng", "Who") }</legend>
                    { self.check("individuals", self.t("Cá nhân", "Individuals"), v.individuals, diff(|s| s.individuals), part(v, cb, |s, x| s.individuals = x)) }
                    { self.check("organisations", self.t("Tổ chức", "Organisations"), v.organisations, diff(|s| s.organisations), part(v, cb, |s, x| s.organisations = x)) }
                    { self.check("domestic", self.t("Trong nước", "Domestic"), v.domestic, diff(|s| s.domestic), part(v, cb, |s, x| s.domestic = x)) }
                    { self.check("foreign", self.t("Nước ngoài", "Foreign"), v.foreign, diff(|s| s.foreign), part(v, cb, |s, x| s.foreign = x)) }
                    { self.check("business", self.t("Là doanh nghiệp, hộ kinh doanh (thủ tục liên quan đến hoạt động kinh doanh)", "Businesses (a business-related procedure)"), v.business, diff(|s| s.business), part(v, cb, |s, x| s.business = x)) }
                </fieldset>
                <Select id={self.path("scope")} label={self.t("Phạm vi", "Scope")} value={AttrValue::from(v.scope.key())}
                    options={scopes} lang={self.lang} changed={diff(|s| s.scope == Scope::Local)}
                    on_change={part(v, cb, |s, k: String| s.scope = Scope::from_key(&k).unwrap_or_default())} />
                <EstimateField id={self.path("per_year")} legend={self.t("Số đối tượng thực hiện trong một năm", "Subjects per year")}
                    value={count_to_decimal(&v.per_year)} whole=true lang={self.lang} quantity={Quantity::SubjectsPerYear}
                    changed={o.is_some_and(|o| o.per_year != v.per_year)}
                    on_change={part(v, cb, |s, e| s.per_year = decimal_to_count(&e))} />
                { self.text("description", self.t("Mô tả thêm", "Further description"), &v.description, false, true, part(v, cb, |s, x| s.description = x)) }
            </>
        }
    }

    fn scopes(&self) -> Vec<(AttrValue, AttrValue)> {
        choices::<Scope>(self.lang)
    }

    fn settling_body(
        &self,
        v: &SettlingBody,
        o: Option<&SettlingBody>,
        cb: &Callback<SettlingBody>,
    ) -> Html {
        let diff = |f: fn(&SettlingBody) -> bool| o.is_some_and(|o| f(o) != f(v));
        let levels = choices::<Level>(self.lang);
        html! {
            <>
                { self.text("name", self.t("Tên cơ quan giải quyết", "Name of the body"), &v.name, o.is_some_and(|o| o.name != v.name), false, part(v, cb, |s, x| s.name = x)) }
                <Select id={self.path("level")} label={self.t("Cấp", "Level")} value={AttrValue::from(v.level.map(Level::key).unwrap_or_default())}
                    options={levels} none={AttrValue::from(self.t("— Chọn cấp —", "— Choose a level —"))} lang={self.lang}
                    changed={o.is_some_and(|o| o.level != v.level)}
                    on_change={part(v, cb, |s, k: String| s.level = Level::from_key(&k))} />
                { self.check("delegated", self.t("Được phân cấp, ủy quyền", "Competence delegated"), v.delegated, diff(|s| s.delegated), part(v, cb, |s, x| s.delegated = x)) }
                { self.check("one_stop", self.t("Tiếp nhận qua bộ phận một cửa", "Received at the one-stop shop"), v.one_stop, diff(|s| s.one_stop), part(v, cb, |s, x| s.one_stop = x)) }
                { self.check("inter_agency", self.t("Giải quyết liên thông", "Settled jointly with other bodies"), v.inter_agency, diff(|s| s.inter_agency), part(v, cb, |s, x| s.inter_agency = x)) }
            </>
        }
    }

    /// A component of Art. 8(2)(h): whether the procedure has it, then its content.
    fn optional<T: Clone + Default + PartialEq + 'static>(
        &self,
        v: &Optional<T>,
        changed: bool,
        cb: &Callback<Optional<T>>,
        inner: impl Fn(&Ed, &T, Callback<T>) -> Html,
    ) -> Html {
        let options = vec![
            (AttrValue::from("yes"), AttrValue::from(self.t("Có", "Yes"))),
            (
                AttrValue::from("no"),
                AttrValue::from(self.t("Không", "No")),
            ),
        ];
        let value = v
            .present
            .map(|p| AttrValue::from(if p { "yes" } else { "no" }));
        let legend = html! {
            <>
                { self.t("Thủ tục có bộ phận này không?", "Does the procedure have this component?") }
                if changed { <span class="mark changed-mark">{ self.t("đã sửa", "changed") }</span> }
            </>
        };
        html! {
            <>
                <Radios id={self.path("present")} {legend} {value} {options}
                    on_change={part(v, cb, |o, k: String| o.present = Some(k == "yes"))} />
                if v.is_present() {
                    { inner(self, &v.value, part(v, cb, |o, x| o.value = x)) }
                }
            </>
        }
    }

    fn outcome(&self, v: &Outcome, o: Option<&Outcome>, cb: &Callback<Outcome>) -> Html {
        let kinds = choices::<ResultKind>(self.lang);
        html! {
            <>
                <Select id={self.path("kind")} label={self.t("Loại kết quả", "Kind of result")} value={AttrValue::from(v.kind.key())}
                    options={kinds} lang={self.lang} changed={o.is_some_and(|o| o.kind != v.kind)}
                    on_change={part(v, cb, |x, k: String| x.kind = ResultKind::from_key(&k).unwrap_or_default())} />
                { self.text("name", self.t("Tên kết quả", "Name of the result"), &v.name, o.is_some_and(|o| o.name != v.name), false, part(v, cb, |x, s| x.name = s)) }
                { self.count("validity_months", self.t("Thời hạn hiệu lực (để trống nếu không thời hạn)", "Validity (empty when unlimited)"), v.validity_months, o.is_some_and(|o| o.validity_months != v.validity_months), Some(self.t("tháng", "months")), &part(v, cb, |x, n| x.validity_months = n)) }
                { self.text("validity_reason", self.t("Lý do của thời hạn hiệu lực", "Why this validity"), &v.validity_reason, false, true, part(v, cb, |x, s| x.validity_reason = s)) }
                <Select id={self.path("scope")} label={self.t("Phạm vi hiệu lực", "Where it is valid")} value={AttrValue::from(v.scope.key())}
                    options={self.scopes()} lang={self.lang} changed={o.is_some_and(|o| o.scope != v.scope)}
                    on_change={part(v, cb, |x, k: String| x.scope = Scope::from_key(&k).unwrap_or_default())} />
            </>
        }
    }

    fn forms(&self, v: &[FormSpec], o: Option<&[FormSpec]>, cb: &Callback<Vec<FormSpec>>) -> Html {
        let lang = self.lang;
        self.list("forms", v, |i, f: &FormSpec| self.path(&format!("forms/{}", if f.id.is_empty() { format!("new{i}") } else { f.id.clone() })), |id, f, set| {
            let changed = o.is_some_and(|o| !o.contains(f));
            html! {
                <>
                    <TextField id={format!("{id}/name")} label={lang.pick("Tên mẫu đơn, tờ khai", "Name of the form")} value={f.name.clone()} {changed} lang={lang}
                        on_change={part(f, &set, |f, v| f.name = v)} />
                    <TextField id={format!("{id}/code")} label={lang.pick("Ký hiệu mẫu", "Code of the form")} value={f.code.clone()} lang={lang}
                        on_change={part(f, &set, |f, v| f.code = v)} />
                    <Check id={format!("{id}/needs_confirmation")} label={lang.pick("Cần xác nhận của cơ quan khác", "Needs another body's confirmation")}
                        checked={f.needs_confirmation} lang={lang} on_change={part(f, &set, |f, v| f.needs_confirmation = v)} />
                </>
            }
        }, cb, self.t("Thêm mẫu đơn, tờ khai", "Add a form"), self.t("Xoá mẫu", "Remove form"))
    }

    fn conditions(
        &self,
        v: &[Requirement],
        o: Option<&[Requirement]>,
        cb: &Callback<Vec<Requirement>>,
    ) -> Html {
        let lang = self.lang;
        self.list("conditions", v, |i, r: &Requirement| self.path(&format!("conditions/{}", if r.id.is_empty() { format!("new{i}") } else { r.id.clone() })), |id, r, set| {
            let changed = o.is_some_and(|o| !o.contains(r));
            html! {
                <>
                    <TextField id={format!("{id}/text")} label={lang.pick("Yêu cầu, điều kiện", "Requirement or condition")} value={r.text.clone()} multiline=true {changed} lang={lang}
                        on_change={part(r, &set, |r, v| r.text = v)} />
                    <TextField id={format!("{id}/reason")} label={lang.pick("Lý do", "Why it is needed")} value={r.reason.clone()} multiline=true lang={lang}
                        on_change={part(r, &set, |r, v| r.reason = v)} />
                    <TextField id={format!("{id}/proof")} label={lang.pick("Cách chứng minh", "How it is proven")} value={r.proof.clone()} lang={lang}
                        on_change={part(r, &set, |r, v| r.proof = v)} />
                </>
            }
        }, cb, self.t("Thêm yêu cầu, điều kiện", "Add a condition"), self.t("Xoá điều kiện", "Remove condition"))
    }

    fn fees(&self, v: &[Fee], o: Option<&[Fee]>, cb: &Callback<Vec<Fee>>) -> Html {
        let lang = self.lang;
        let kinds = choices::<FeeKind>(lang);
        self.list("fees", v, |i, f: &Fee| self.path(&format!("fees/{}", if f.id.is_empty() { format!("new{i}") } else { f.id.clone() })), |id, f, set| {
            let before = o.and_then(|o| o.iter().find(|x| x.id == f.id));
            let amount_changed = o.is_some() && before.is_none_or(|b| b.amount != f.amount);
            html! {
                <>
                    <Select id={format!("{id}/kind")} label={lang.pick("Phí hay lệ phí", "Fee or charge")}
                        value={AttrValue::from(f.kind.key())} options={kinds.clone()} lang={lang}
                        on_change={part(f, &set, |f, k: String| f.kind = FeeKind::from_key(&k).unwrap_or_default())} />
                    <TextField id={format!("{id}/name")} label={lang.pick("Tên khoản phí, lệ phí", "Name")} value={f.name.clone()} lang={lang}
                        on_change={part(f, &set, |f, v| f.name = v)} />
                    <NumberField id={format!("{id}/amount")} label={lang.pick("Mức thu mỗi lần", "Amount per filing")} value={f.amount}
                        unit={AttrValue::from(lang.pick("đồng", "VND"))} changed={amount_changed} lang={lang} quantity={Quantity::Amount}
                        on_change={part(f, &set, |f, v| f.amount = v)} />
                    <TextField id={format!("{id}/basis")} label={lang.pick("Căn cứ pháp lý (văn bản quy định mức thu)", "Legal basis (the act setting it)")} value={f.basis.clone()} lang={lang}
                        on_change={part(f, &set, |f, v| f.basis = v)} />
                    <TextField id={format!("{id}/payment")} label={lang.pick("Thời điểm, cách nộp", "When and how it is paid")} value={f.payment.clone()} lang={lang}
                        on_change={part(f, &set, |f, v| f.payment = v)} />
                </>
            }
        }, cb, self.t("Thêm khoản phí, lệ phí", "Add a fee"), self.t("Xoá khoản", "Remove fee"))
    }
}
