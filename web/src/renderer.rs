//! The documents (dossier, appraisal report) as Markdown or HTML. The app builds a document's view from
//! its own analysis; the document module (`tthc-js` built with only `renderView`: the templates and the
//! renderers, not a second engine) renders it, loaded the first time a document is asked for.

use tthc_core::dossier::{DocumentView, Format, Options, appraisal_view, dossier_view};
use tthc_core::{Date, Lang};
use wasm_bindgen::prelude::*;

use crate::session::Session;
use crate::storage::reason;

#[wasm_bindgen(module = "/static/renderer.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = renderView)]
    async fn render_view(view: String) -> Result<JsValue, JsValue>;
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

/// The view of a document (as JSON), built from the session's assessment and analysis: what the
/// document module renders.
pub fn view(
    session: &Session,
    document: Document,
    format: Format,
    lang: Lang,
    date: Date,
) -> String {
    let options = Options { lang, date, format };
    let (a, analysis) = (session.assessment(), session.analysis());
    let view = match document {
        Document::Dossier => DocumentView::Dossier(Box::new(dossier_view(a, analysis, options))),
        Document::Appraisal => {
            DocumentView::Appraisal(Box::new(appraisal_view(a, analysis, options)))
        }
    };
    // Serialising plain data to a string cannot fail.
    serde_json::to_string(&view).unwrap_or_default()
}

/// Renders a document from its view.
///
/// # Errors
/// When the document module cannot be loaded or the document cannot be made (the reason).
pub async fn render(view: String) -> Result<String, String> {
    let out = render_view(view).await.map_err(|e| reason(&e))?;
    out.as_string()
        .ok_or_else(|| "the document module returned no text".to_owned())
}
