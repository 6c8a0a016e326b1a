//! The whole engine: checks, costs, documents, migration, comparison, schemas, the sample.

use js_sys::JSON;
use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::ruleset::{first_error, lint};
use tthc_core::{Analysis, Assessment, Lang, Registry, Ruleset, file};
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

/// The ruleset to read an opened file with: the one given (a local ruleset as JSON text or object), else
/// the local one the file embeds, else the bundled one it records.
fn ruleset<'a>(
    opened: &'a file::Opened,
    given: Option<&'a Ruleset>,
) -> Result<&'a Ruleset, JsValue> {
    if let Some(r) = given.or(opened.ruleset.as_ref()) {
        return Ok(r);
    }
    let a = &opened.assessment;
    Registry::bundled()
        .resolve(&a.ruleset)
        .ok_or_else(|| error(format!("expected a bundled ruleset, found {}", a.ruleset)))
}

/// Reads a ruleset given as JSON text or an object; `undefined` or `null` is none. One with lint errors
/// is refused.
fn given_ruleset(value: Option<JsValue>) -> Result<Option<Ruleset>, JsValue> {
    let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(None);
    };
    let r = read_ruleset(&value)?;
    if let Some(e) = first_error(&r) {
        return Err(error(format!(
            "expected a ruleset without lint errors (see lintRuleset), found {e}"
        )));
    }
    Ok(Some(r))
}

fn read_ruleset(value: &JsValue) -> Result<Ruleset, JsValue> {
    let text = match value.as_string() {
        Some(s) => s,
        None => JSON::stringify(value).map(String::from).map_err(|_| {
            error(
                "expected a ruleset as a JSON string or an object, found a value that is not JSON",
            )
        })?,
    };
    Ruleset::from_json(tthc_core::text::without_bom(&text)).map_err(error)
}

/// The lint of a ruleset (a local one with corrected wording), given as JSON text or an object:
/// `{ ruleset: "id@version", sha256, messages: [{ level, code, at, message }] }`.
///
/// # Errors
/// When the value is not a ruleset.
#[wasm_bindgen(js_name = lintRuleset)]
pub fn lint_ruleset(ruleset: &JsValue) -> Result<JsValue, JsValue> {
    let r = read_ruleset(ruleset)?;
    let messages: Vec<_> = lint(&r)
        .iter()
        .map(tthc_core::ruleset::LintMessage::json)
        .collect();
    let doc = serde_json::json!({
        "ruleset": format!("{}@{}", r.id, r.version),
        "sha256": r.sha256(),
        "messages": messages,
    });
    object(&doc.to_string())
}

fn object(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

/// Every finding of an assessment: `{ findings: [{ severity, code, path, message, hint, basis }], summary }`.
/// `ruleset` (optional): a ruleset to check with instead of the one the file records (a local one with
/// corrected wording), as JSON text or an object.
///
/// # Errors
/// When the value is not an assessment file (the message says what was expected and what was found), or
/// the ruleset given is not one or has lint errors.
#[wasm_bindgen]
pub fn check(
    assessment: &JsValue,
    lang: Option<String>,
    ruleset_given: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let opened = opened(assessment)?;
    let lang = language(lang)?;
    let given = given_ruleset(ruleset_given)?;
    let a = &opened.assessment;
    let analysis = Analysis::new(a, ruleset(&opened, given.as_ref())?);
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
/// `html`), `lang` (`vi` or `en`), `date` (`YYYY-MM-DD`, required: the engine has no clock), `appraisal`,
/// `ruleset` (a ruleset to render with instead of the one the file records, as JSON text or an object).
///
/// # Errors
/// When the value is not an assessment file, or an option is not one of the above.
#[wasm_bindgen]
pub fn render(assessment: &JsValue, options: &JsValue) -> Result<String, JsValue> {
    let opened = opened(assessment)?;
    let a = &opened.assessment;
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
    let given = given_ruleset(get("ruleset"))?;
    let r = ruleset(&opened, given.as_ref())?;
    if appraisal {
        render_appraisal(a, &Analysis::new(a, r), opts, &Templates::bundled())
    } else {
        render_dossier(a, &Analysis::new(a, r), opts, &Templates::bundled())
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
