//! The browser workbench for drafters and appraisers: a thin view over `tthc-core`.
//!
//! - [`session`] holds the assessment (changed only through the core reducer) and what the app shows
//!   around it; plain Rust, no yew types.
//! - [`app`] is the shell: header, navigation, notices, autosave, focus; the [`pages`] show one page of
//!   the guided flow each and dispatch core actions; [`fields`] are the labelled form controls.
//! - [`storage`] (autosave, language, other tabs), [`download`] and [`renderer`] (documents, through the
//!   engine's JS module loaded on first use) are the only places that touch the browser.

pub mod app;
pub mod download;
pub mod fields;
pub mod pages;
pub mod renderer;
pub mod session;
pub mod storage;
pub mod words;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
