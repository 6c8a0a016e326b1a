//! The whole engine: checks, costs, documents, migration, comparison, schemas, the sample.

use js_sys::JSON;
use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::{Analysis, Assessment, Lang, Registry, file};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::error;

/// Opens an assessment given as the bytes of its file (a `Uint8Array`, as read from a `File`: UTF-8 with or
/// without a byte-order mark, or UTF-16 with one), as its JSON text, or as an object (`JSON.stringify`).
fn opened(value: &JsValue) -> Result<file::Opened, JsValue> {
    if let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() {
        return file::open_bytes(&bytes.to_vec(), Registry::bundled()).map_err(error);
    }
    let text = match value.as_string() {
        Some(s) => s,
        None => JSON::stringify(value).map(String::from).map_err(|_| {
            error(
                "expected an assessment as a JSON string, bytes or an object, found a value that is not JSON",
            )
        })?,
    };
    file::open(&text).map_err(error)
}

/// Opens an assessment ([`opened`]); ids the file used twice are renamed (`check` says which).
fn open(value: &JsValue) -> Result<Assessment, JsValue> {
    opened(value).map(|o| o.assessment)
}

fn ruleset(a: &Assessment) -> Result<&'static tthc_core::Ruleset, JsValue> {
    Registry::bundled()
        .resolve(&a.ruleset)
        .ok_or_else(|| error(format!("expected a bundled ruleset, found {}", a.ruleset)))
}

fn object(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

/// Every finding of an assessment: `{ findings: [{ severity, code, path, message, hint, basis }], summary }`.
///
/// # Errors
/// When the value is not an assessment file (the message says what was expected and what was found).
#[wasm_bindgen]
pub fn check(assessment: &JsValue, lang: Option<String>) -> Result<JsValue, JsValue> {
    let opened = opened(assessment)?;
    let lang = language(lang)?;
    let a = &opened.assessment;
    let analysis = Analysis::new(a, ruleset(a)?);
    // What had to be renamed on opening comes first, as `tthc check` lists it.
    let mut findings = opened.findings();
    findings.extend(analysis.findings().into_iter().cloned());
    let list: Vec<_> = findings.iter().map(|f| f.json(lang)).collect();
    let summary = tthc_core::finding::Summary::of(&findings);
    let doc = serde_json::json!({ "findings": list, "summary": summary });
    object(&doc.to_string())
}

/// The compliance cost in the stable shape of `tthc cost --json`.
///
/// # Errors
/// When the value is not an assessment file.
#[wasm_bindgen]
pub fn cost(assessment: &JsValue) -> Result<JsValue, JsValue> {
    let a = open(assessment)?;
    object(&tthc_core::cost::compute(&a).result().to_json())
}

/// The dossier (or with `appraisal: true` the appraisal report) as a string. Options: `format` (`md` or
/// `html`), `lang` (`vi` or `en`), `date` (`YYYY-MM-DD`, required: the engine has no clock), `appraisal`.
///
/// # Errors
/// When the value is not an assessment file, or an option is not one of the above.
#[wasm_bindgen]
pub fn render(assessment: &JsValue, options: &JsValue) -> Result<String, JsValue> {
    let a = open(assessment)?;
    let get = |key: &str| {
        js_sys::Reflect::get(options, &key.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let format = match get("format").and_then(|v| v.as_string()).as_deref() {
        None => Format::Markdown,
        Some(name) if let Some(f) = Format::ALL.into_iter().find(|f| f.extension() == name) => f,
        Some(other) => {
            return Err(error(format!(
                "expected format \"md\" or \"html\", found {other:?}"
            )));
        }
    };
    let lang = language(get("lang").and_then(|v| v.as_string()))?;
    let date = get("date")
        .and_then(|v| v.as_string())
        .ok_or_else(|| error("expected a date option (YYYY-MM-DD), found none"))?
        .parse()
        .map_err(error)?;
    let appraisal = get("appraisal").is_some_and(|v| v.is_truthy());
    let opts = Options { lang, date, format };
    let r = ruleset(&a)?;
    if appraisal {
        render_appraisal(&a, &Analysis::new(&a, r), opts, &Templates::bundled())
    } else {
        render_dossier(&a, &Analysis::new(&a, r), opts, &Templates::bundled())
    }
    .map_err(error)
}

/// The file in the current schema version.
///
/// # Errors
/// When the value is not an assessment file, or is newer than this build.
#[wasm_bindgen]
pub fn migrate(assessment: &JsValue) -> Result<String, JsValue> {
    Ok(file::export(&open(assessment)?))
}

/// What changed between two versions (the same comparison as `tthc diff --json`).
///
/// # Errors
/// When a value is not an assessment file.
#[wasm_bindgen]
pub fn diff(old: &JsValue, new: &JsValue, lang: Option<String>) -> Result<JsValue, JsValue> {
    let d = tthc_core::diff::compare(&open(old)?, &open(new)?, language(lang)?);
    object(&serde_json::to_string(&d).map_err(error)?)
}

/// A JSON Schema: `assessment` (default), `ruleset` or `cost-result`.
///
/// # Errors
/// When the kind is none of these.
#[wasm_bindgen]
pub fn schema(kind: Option<String>) -> Result<JsValue, JsValue> {
    let kind = kind.unwrap_or_default();
    object(match kind.as_str() {
        "" | "assessment" => tthc_core::schema::ASSESSMENT,
        "ruleset" => tthc_core::schema::RULESET,
        "cost-result" => tthc_core::schema::COST_RESULT,
        other => {
            return Err(error(format!(
                "expected \"assessment\", \"ruleset\" or \"cost-result\", found {other:?}"
            )));
        }
    })
}

/// The sample assessment file (a fictitious Hanoi decision with three procedures).
#[wasm_bindgen]
pub fn sample() -> String {
    tthc_core::sample::SAMPLE_JSON.to_owned()
}

/// The data fingerprint (SHA-256 of the canonical JSON) printed in the dossier.
///
/// # Errors
/// When the value is not an assessment file.
#[wasm_bindgen]
pub fn fingerprint(assessment: &JsValue) -> Result<String, JsValue> {
    Ok(file::fingerprint(&open(assessment)?))
}

pub(crate) fn language(code: Option<String>) -> Result<Lang, JsValue> {
    match code {
        None => Ok(Lang::Vi),
        Some(c) => Lang::from_code(&c)
            .ok_or_else(|| error(format!("expected lang \"vi\" or \"en\", found {c:?}"))),
    }
}
