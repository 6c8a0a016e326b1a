//! Both documents, in both formats and languages, rendered from arbitrary valid assessments (built by
//! actions): the bundled templates render every one of them, deterministically.

#![no_main]

use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::{Analysis, Lang, Registry};
use tthc_core_fuzz::assessment;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(a) = assessment(&mut u, 24) else {
        return;
    };
    let Ok(format) = u.choose(&[Format::Markdown, Format::Html]) else {
        return;
    };
    let lang = if u.arbitrary().unwrap_or(false) { Lang::En } else { Lang::Vi };
    let options = Options {
        lang,
        date: "2026-12-01".parse().expect("date"),
        format: *format,
    };
    let analysis = Analysis::new(&a, Registry::bundled().resolve_or_default(&a.ruleset));
    let templates = Templates::bundled();
    let dossier = render_dossier(&a, &analysis, options, &templates).expect("the dossier renders");
    let again = render_dossier(&a, &analysis, options, &templates).expect("the dossier renders");
    assert_eq!(dossier, again, "the same input gives the same bytes");
    render_appraisal(&a, &analysis, options, &templates).expect("the appraisal report renders");
});
