//! The browser workbench for drafters and appraisers: a thin view over `tthc-core`.
//!
//! - [`session`] holds the assessment (changed only through the core reducer) and what the app shows
//!   around it; plain Rust, no yew types.
//! - [`app`] is the shell: header, notices, autosave, focus; [`ctx`] is what every page gets (the session
//!   and the one dispatch); the [`pages`] show one screen each and dispatch core actions; [`widgets`] are
//!   the pieces screens share (labelled fields, component editors, navigation, comments, documents).
//! - [`storage`] (autosave, language, other tabs), [`download`] and [`renderer`] (documents, through the
//!   engine's JS module loaded on first use) are the only places that touch the browser.

pub mod app;
pub mod ctx;
pub mod download;
pub mod pages;
pub mod renderer;
pub mod session;
pub mod storage;
pub mod widgets;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
