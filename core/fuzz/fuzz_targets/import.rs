//! Feeds arbitrary bytes to the assessment import: it must return an error or an assessment that checks,
//! renders (dossier and appraisal report), exports and re-imports to itself — never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::{Lang, Registry, check, file};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(a) = file::import(text) {
        let ruleset = Registry::bundled().resolve(&a.ruleset).expect("import checks the ruleset");
        let _ = check(&a, ruleset);
        let options = Options { lang: Lang::Vi, date: "2026-11-26".parse().expect("date"), format: Format::Markdown };
        let templates = Templates::bundled();
        render_dossier(&a, ruleset, options, &templates).expect("the bundled templates render any assessment");
        render_appraisal(&a, ruleset, options, &templates).expect("the bundled templates render any assessment");
        let again = file::import(&file::export(&a)).expect("an exported file opens");
        assert_eq!(again, a);
    }
});
