//! The engine as an ES module (wasm-bindgen), for provincial document systems, batch tools and training
//! material: the same checks, costs and documents as the app and the `tthc` command.
//!
//! Every function takes an assessment as a JSON string or a plain object, and returns a plain object
//! (or a string for documents and files). Errors are thrown as `Error` with the same messages as the
//! command line (`expected … found …`).
//!
//! ```js
//! import init, { check, cost, render, sample } from './tthc.js';
//! await init();
//! const file = sample();
//! check(file).summary;                     // { errors: 0, warnings: 0, infos: 3 }
//! cost(file).total.annual_saving;          // "-4211260227.2727272727272727273"
//! render(file, { format: 'html', lang: 'vi', date: '2026-11-26' });
//! ```

use tthc_core::dossier::{DocumentView, Templates, render_view};
use wasm_bindgen::prelude::*;

#[cfg(feature = "engine")]
mod engine;
#[cfg(feature = "engine")]
pub use engine::*;

/// An `Error` with the message.
pub(crate) fn error(message: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&message.to_string()).into()
}

/// Renders a document from its view model (the JSON of a [`DocumentView`], which the engine builds from
/// an assessment: `{"dossier": {...}}` or `{"appraisal": {...}}`) with the bundled templates. The app
/// builds the view itself and loads only this part of the module to render it.
///
/// # Errors
/// When the text is not a document view, or a template fails.
#[wasm_bindgen(js_name = renderView)]
pub fn render_view_json(view: &str) -> Result<String, JsValue> {
    let view: DocumentView = serde_json::from_str(view).map_err(|e| {
        error(format!(
            "expected the view of a document (JSON), found an error at line {}, column {}: {e}",
            e.line(),
            e.column()
        ))
    })?;
    render_view(&view, &Templates::bundled()).map_err(error)
}

/// The version of the engine.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
