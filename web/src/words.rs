//! The app's own wording, in the two languages. Official wording (component names, verdicts, form items)
//! comes from `tthc-core` and its rulesets, never from here.

use tthc_core::{Lang, Text};

/// Picks the wording for a language.
pub fn tr(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// A core text in a language, as an owned string for markup.
pub fn text(t: &Text, lang: Lang) -> String {
    t.get(lang).to_owned()
}

/// "trước" / "sau" — the version of a procedure.
pub fn side(side: tthc_core::Side, lang: Lang) -> &'static str {
    match side {
        tthc_core::Side::Before => tr(lang, "Trước", "Before"),
        tthc_core::Side::After => tr(lang, "Sau", "After"),
    }
}

/// The id of a side in DOM ids and file paths.
pub fn side_key(side: tthc_core::Side) -> &'static str {
    match side {
        tthc_core::Side::Before => "before",
        tthc_core::Side::After => "after",
    }
}
