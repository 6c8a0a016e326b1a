//! The documents (dossier, appraisal report) as Markdown or HTML. They are rendered by the engine's JS
//! module (`tthc-js`, the same templates as the command line), loaded the first time a document is
//! asked for; until then the app does not carry the templates and the Markdown renderer.

use tthc_core::dossier::Format;
use tthc_core::{Assessment, Date, Lang, file};
use wasm_bindgen::prelude::*;

use crate::storage::reason;

#[wasm_bindgen(module = "/static/renderer.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = renderDocument)]
    async fn render_document(file: String, options: JsValue) -> Result<JsValue, JsValue>;
}

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// The drafter's dossier.
    Dossier,
    /// The appraisal report.
    Appraisal,
}

/// The media type of a download in a format.
pub fn mime(format: Format) -> &'static str {
    match format {
        Format::Markdown => "text/markdown;charset=utf-8",
        Format::Html => "text/html;charset=utf-8",
    }
}

/// Renders a document of an assessment.
///
/// # Errors
/// When the engine module cannot be loaded or the document cannot be made (the reason).
pub async fn render(
    assessment: &Assessment,
    document: Document,
    format: Format,
    lang: Lang,
    date: Date,
) -> Result<String, String> {
    let options = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        js_sys::Reflect::set(&options, &JsValue::from_str(key), &value).map_err(|e| reason(&e))
    };
    set("format", JsValue::from_str(format.extension()))?;
    set("lang", JsValue::from_str(lang.code()))?;
    set("date", JsValue::from_str(&date.to_string()))?;
    set(
        "appraisal",
        JsValue::from_bool(document == Document::Appraisal),
    )?;
    let out = render_document(file::export(assessment), options.into())
        .await
        .map_err(|e| reason(&e))?;
    out.as_string()
        .ok_or_else(|| "the engine returned no text".to_owned())
}
