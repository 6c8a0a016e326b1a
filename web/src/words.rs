//! The app's own wording, in the two languages. Official wording (component names, verdicts, form items)
//! comes from `tthc-core` and its rulesets, never from here.

use tthc_core::Lang;

/// Picks the wording for a language.
pub fn tr(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}
