//! Labelled form controls. Every control has a `<label>` (or a `<legend>` for a group) tied to it, its
//! DOM id is the path the checks use for the same value (so a finding can focus it), and a value that
//! differs from the other version of the procedure is marked in words as well as in colour.

use tthc_core::estimate::Estimate;
use tthc_core::money::{self, NumberError};
use tthc_core::plausibility::{Plausibility, Quantity};
use tthc_core::{Date, Decimal, Keyed, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The options of a drop-down list or radio group for a keyed enum of the core: its key (the name the file
/// uses) and its name in the language.
pub fn choices<T: Keyed>(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    tthc_core::keyed::choices::<T>(lang)
        .into_iter()
        .map(|(key, name)| (key.into(), name.into()))
        .collect()
}

/// The marker of a value changed by the draft, in words (colour is never the only signal).
fn changed_mark(lang: Lang, changed: bool) -> Html {
    if changed {
        html! { <span class="mark changed-mark">{ lang.pick("đã sửa", "changed") }</span> }
    } else {
        Html::default()
    }
}

fn hint_of(id: &str, hint: Option<&AttrValue>) -> (Option<String>, Html) {
    match hint {
        Some(h) => {
            let hid = format!("{id}--hint");
            (
                Some(hid.clone()),
                html! { <p class="hint" id={hid}>{ h.clone() }</p> },
            )
        }
        None => (None, Html::default()),
    }
}

/// Properties of a text field.
#[derive(Properties, PartialEq, Clone)]
pub struct TextProps {
    /// The DOM id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// The value.
    pub value: AttrValue,
    /// Called with the new value on every keystroke.
    pub on_change: Callback<String>,
    /// A text area rather than one line.
    #[prop_or_default]
    pub multiline: bool,
    /// Help below the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The value differs from the other version.
    #[prop_or_default]
    pub changed: bool,
    /// The language of the app.
    pub lang: Lang,
    /// A `type` other than text (`email`, `tel`).
    #[prop_or_default]
    pub kind: Option<AttrValue>,
    /// The label is read by screen readers but not shown (in a table whose header says it).
    #[prop_or_default]
    pub compact: bool,
}

/// A one-line or multi-line text field.
#[component]
pub fn TextField(p: &TextProps) -> Html {
    let (hint_id, hint) = hint_of(&p.id, p.hint.as_ref());
    let field = if p.multiline {
        let cb = p.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            cb.emit(t.value());
        });
        html! {
            <textarea id={p.id.clone()} value={p.value.clone()} {oninput} rows="3"
                aria-describedby={hint_id} />
        }
    } else {
        let cb = p.on_change.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let t: HtmlInputElement = e.target_unchecked_into();
            cb.emit(t.value());
        });
        html! {
            <input id={p.id.clone()} type={p.kind.clone().unwrap_or_else(|| AttrValue::from("text"))}
                value={p.value.clone()} {oninput} aria-describedby={hint_id} />
        }
    };
    html! {
        <div class={classes!("field", p.changed.then_some("changed"))}>
            <label for={p.id.clone()} class={classes!(p.compact.then_some("visually-hidden"))}>{ p.label.clone() }{ changed_mark(p.lang, p.changed) }</label>
            { field }
            { hint }
        </div>
    }
}

/// Properties of a number field.
#[derive(Properties, PartialEq, Clone)]
pub struct NumberProps {
    /// The DOM id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// The value, exact.
    pub value: Option<Decimal>,
    /// Called with the new value when the text is a number (or empty).
    pub on_change: Callback<Option<Decimal>>,
    /// Only whole numbers of 0 or more.
    #[prop_or_default]
    pub whole: bool,
    /// The unit shown after the field ("giờ", "đồng").
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// The value differs from the other version.
    #[prop_or_default]
    pub changed: bool,
    /// The language of the app (and of the number format).
    pub lang: Lang,
    /// The label is read by screen readers but not shown (in a table whose header says it).
    #[prop_or_default]
    pub compact: bool,
    /// The cost input it is, for the warning beside a figure beyond its plausibility bound (the bound the
    /// checks use: [`Plausibility`]).
    #[prop_or_default]
    pub quantity: Option<Quantity>,
}

/// Why a text is not a whole number.
fn whole_error(lang: Lang, found: &str) -> String {
    match lang {
        Lang::Vi => format!("Cần một số nguyên không âm, ví dụ 2.000; đã nhập \"{found}\"."),
        Lang::En => {
            format!("Expected a whole number of 0 or more, such as 2,000; found \"{found}\".")
        }
    }
}

/// Reads a number field's text: `Ok(None)` for empty, else the value.
///
/// # Errors
/// The message to show under the field, saying what is expected and what was typed.
pub fn read_number(text: &str, whole: bool, lang: Lang) -> Result<Option<Decimal>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let v = money::parse(text, lang).map_err(|e: NumberError| e.message(lang))?;
    if whole && (!v.fract().is_zero() || v.is_sign_negative()) {
        return Err(whole_error(lang, text.trim()));
    }
    Ok(Some(v))
}

/// A number typed in the Vietnamese or English way (`1.500.000`, `2,5`). While the text is not a
/// number it stays in the field with a message saying what is expected; the stored value is unchanged.
#[component]
pub fn NumberField(p: &NumberProps) -> Html {
    let shown = |v: Option<Decimal>| v.map(|v| money::editable(v, p.lang)).unwrap_or_default();
    let text = use_state(|| shown(p.value));
    let error = use_state(|| None::<String>);
    {
        // A change from elsewhere (undo, another field, a file): show it, unless the text already says it.
        let text = text.clone();
        let error = error.clone();
        let lang = p.lang;
        let whole = p.whole;
        use_effect_with((p.value, lang), move |(value, lang)| {
            let current = read_number(&text, whole, *lang).ok().flatten();
            if current != *value && error.is_none() {
                text.set(value.map(|v| money::editable(v, *lang)).unwrap_or_default());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let cb = p.on_change.clone();
        let (whole, lang) = (p.whole, p.lang);
        Callback::from(move |e: InputEvent| {
            let t: HtmlInputElement = e.target_unchecked_into();
            let value = t.value();
            match read_number(&value, whole, lang) {
                Ok(v) => {
                    error.set(None);
                    cb.emit(v);
                }
                Err(message) => error.set(Some(message)),
            }
            text.set(value);
        })
    };
    let error_id = format!("{}--error", p.id);
    // A figure beyond its plausibility bound is kept, with the reason beside it (never while the text is
    // not a number: that message comes first).
    let warning = p
        .quantity
        .zip(p.value)
        .filter(|_| error.is_none())
        .and_then(|(q, v)| Some(Plausibility::bundled().judge(q, v)?.message(v, p.lang)));
    let warning_id = format!("{}--warning", p.id);
    let described = error
        .is_some()
        .then(|| error_id.clone())
        .or_else(|| warning.is_some().then(|| warning_id.clone()));
    html! {
        <div class={classes!("field", "number", p.changed.then_some("changed"), error.is_some().then_some("invalid"), warning.is_some().then_some("implausible"))}>
            <label for={p.id.clone()} class={classes!(p.compact.then_some("visually-hidden"))}>{ p.label.clone() }{ changed_mark(p.lang, p.changed) }</label>
            <span class="with-unit">
                <input id={p.id.clone()} type="text" inputmode="decimal" value={(*text).clone()} {oninput}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={described} />
                if let Some(unit) = &p.unit { <span class="unit">{ unit.clone() }</span> }
            </span>
            if let Some(message) = &*error {
                <p class="error" id={error_id}>{ message.clone() }</p>
            }
            if let Some(message) = warning {
                <p class="warning" id={warning_id}>{ message }</p>
            }
        </div>
    }
}

/// Properties of a tick box.
#[derive(Properties, PartialEq, Clone)]
pub struct CheckProps {
    /// The DOM id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// Ticked.
    pub checked: bool,
    /// Called with the new state.
    pub on_change: Callback<bool>,
    /// The value differs from the other version.
    #[prop_or_default]
    pub changed: bool,
    /// The language of the app.
    pub lang: Lang,
}

/// A tick box with its label.
#[component]
pub fn Check(p: &CheckProps) -> Html {
    let cb = p.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let t: HtmlInputElement = e.target_unchecked_into();
        cb.emit(t.checked());
    });
    html! {
        <div class={classes!("check", p.changed.then_some("changed"))}>
            <input type="checkbox" id={p.id.clone()} checked={p.checked} {onchange} />
            <label for={p.id.clone()}>{ p.label.clone() }{ changed_mark(p.lang, p.changed) }</label>
        </div>
    }
}

/// Properties of a drop-down list.
#[derive(Properties, PartialEq, Clone)]
pub struct SelectProps {
    /// The DOM id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// The key of the chosen option; empty for none.
    pub value: AttrValue,
    /// The options: key and label.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Called with the key chosen (empty for "none").
    pub on_change: Callback<String>,
    /// The label of an empty first option, when "none" is allowed.
    #[prop_or_default]
    pub none: Option<AttrValue>,
    /// The value differs from the other version.
    #[prop_or_default]
    pub changed: bool,
    /// The language of the app.
    pub lang: Lang,
    /// The label is read by screen readers but not shown (in a table whose header says it).
    #[prop_or_default]
    pub compact: bool,
}

/// A drop-down list.
#[component]
pub fn Select(p: &SelectProps) -> Html {
    let cb = p.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let t: HtmlSelectElement = e.target_unchecked_into();
        cb.emit(t.value());
    });
    html! {
        <div class={classes!("field", p.changed.then_some("changed"))}>
            <label for={p.id.clone()} class={classes!(p.compact.then_some("visually-hidden"))}>{ p.label.clone() }{ changed_mark(p.lang, p.changed) }</label>
            <select id={p.id.clone()} {onchange}>
                if let Some(none) = &p.none {
                    <option value="" selected={p.value.is_empty()}>{ none.clone() }</option>
                }
                { for p.options.iter().map(|(key, label)| html! {
                    <option value={key.clone()} selected={*key == p.value}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// Properties of a group of radio buttons.
#[derive(Properties, PartialEq, Clone)]
pub struct RadiosProps {
    /// The DOM id of the group (each button is `id--key`).
    pub id: AttrValue,
    /// The question.
    pub legend: Html,
    /// The key chosen, if any.
    pub value: Option<AttrValue>,
    /// The options: key and label.
    pub options: Vec<(AttrValue, AttrValue)>,
    /// Called with the key chosen.
    pub on_change: Callback<String>,
    /// Extra classes.
    #[prop_or_default]
    pub class: Classes,
}

/// A group of radio buttons in a fieldset whose legend is the question.
#[component]
pub fn Radios(p: &RadiosProps) -> Html {
    html! {
        <fieldset class={classes!("radios", p.class.clone())} id={p.id.clone()} tabindex="-1">
            <legend>{ p.legend.clone() }</legend>
            { for p.options.iter().map(|(key, label)| {
                let id = format!("{}--{key}", p.id);
                let cb = p.on_change.clone();
                let k = key.to_string();
                let onchange = Callback::from(move |_: Event| cb.emit(k.clone()));
                html! {
                    <span class="radio">
                        <input type="radio" id={id.clone()} name={p.id.clone()} value={key.clone()}
                            checked={p.value.as_ref() == Some(key)} {onchange} />
                        <label for={id}>{ label.clone() }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}

/// Properties of a date field.
#[derive(Properties, PartialEq, Clone)]
pub struct DateProps {
    /// The DOM id.
    pub id: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// The date.
    pub value: Option<Date>,
    /// Called with the new date (or none when cleared).
    pub on_change: Callback<Option<Date>>,
}

/// A date picker.
#[component]
pub fn DateField(p: &DateProps) -> Html {
    let cb = p.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let t: HtmlInputElement = e.target_unchecked_into();
        cb.emit(t.value().parse::<Date>().ok());
    });
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <input type="date" id={p.id.clone()} value={p.value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
        </div>
    }
}

/// Properties of an estimate (value, range, source).
#[derive(Properties, PartialEq, Clone)]
pub struct EstimateProps {
    /// The DOM id of the group; the fields are `id/value`, `id/low`, `id/high`, `id/source`.
    pub id: AttrValue,
    /// What is estimated.
    pub legend: AttrValue,
    /// The estimate.
    pub value: Estimate<Decimal>,
    /// Called with the new estimate.
    pub on_change: Callback<Estimate<Decimal>>,
    /// Only whole numbers.
    #[prop_or_default]
    pub whole: bool,
    /// The unit.
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// The value differs from the other version.
    #[prop_or_default]
    pub changed: bool,
    /// The language of the app.
    pub lang: Lang,
    /// The cost input it is, for the plausibility warning of each figure.
    #[prop_or_default]
    pub quantity: Option<Quantity>,
}

/// An input figure with its certainty (an optional low–high range) and its source.
#[component]
pub fn EstimateField(p: &EstimateProps) -> Html {
    let lang = p.lang;
    let set = |f: fn(&mut Estimate<Decimal>, Option<Decimal>)| {
        let cb = p.on_change.clone();
        let current = p.value.clone();
        Callback::from(move |v: Option<Decimal>| {
            let mut e = current.clone();
            f(&mut e, v);
            cb.emit(e);
        })
    };
    let source = {
        let cb = p.on_change.clone();
        let current = p.value.clone();
        Callback::from(move |s: String| {
            cb.emit(Estimate {
                source: s,
                ..current.clone()
            });
        })
    };
    html! {
        <fieldset class={classes!("estimate", p.changed.then_some("changed"))} id={p.id.clone()} tabindex="-1">
            <legend>{ p.legend.clone() }{ changed_mark(lang, p.changed) }</legend>
            <NumberField id={format!("{}/value", p.id)} label={lang.pick("Giá trị", "Value")}
                value={p.value.value} on_change={set(|e, v| e.value = v)} whole={p.whole}
                unit={p.unit.clone()} quantity={p.quantity} {lang} />
            <NumberField id={format!("{}/low", p.id)} label={lang.pick("Thấp nhất (nếu chưa chắc)", "Low (if uncertain)")}
                value={p.value.low} on_change={set(|e, v| e.low = v)} whole={p.whole}
                unit={p.unit.clone()} quantity={p.quantity} {lang} />
            <NumberField id={format!("{}/high", p.id)} label={lang.pick("Cao nhất (nếu chưa chắc)", "High (if uncertain)")}
                value={p.value.high} on_change={set(|e, v| e.high = v)} whole={p.whole}
                unit={p.unit.clone()} quantity={p.quantity} {lang} />
            <TextField id={format!("{}/source", p.id)} label={lang.pick("Nguồn số liệu", "Source")}
                value={p.value.source.clone()} on_change={source} {lang} />
        </fieldset>
    }
}

/// A count estimate (subjects per year) as a decimal one, for [`EstimateField`].
pub fn count_to_decimal(e: &Estimate<u128>) -> Estimate<Decimal> {
    let d = |v: Option<u128>| {
        v.and_then(|v| i128::try_from(v).ok())
            .and_then(|v| Decimal::try_from_i128_with_scale(v, 0).ok())
    };
    Estimate {
        value: d(e.value),
        low: d(e.low),
        high: d(e.high),
        source: e.source.clone(),
    }
}

/// Back from [`count_to_decimal`] (the field accepts only whole numbers of 0 or more).
pub fn decimal_to_count(e: &Estimate<Decimal>) -> Estimate<u128> {
    let c = |v: Option<Decimal>| v.and_then(|v| u128::try_from(v).ok());
    Estimate {
        value: c(e.value),
        low: c(e.low),
        high: c(e.high),
        source: e.source.clone(),
    }
}
