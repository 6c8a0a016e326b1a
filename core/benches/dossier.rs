//! Rendering the documents of a generated 100-procedure draft from its analysis, as the app and the command
//! line do (run: `cargo bench -p tthc-core --bench dossier`). The analysis itself is in the `cost` bench.

use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::{Analysis, Lang, Registry, sample};

fn main() {
    divan::main();
}

fn options(format: Format) -> Options {
    Options {
        lang: Lang::Vi,
        date: "2026-11-26".parse().expect("date"),
        format,
    }
}

#[divan::bench(args = [Format::Markdown, Format::Html])]
fn dossier_100_procedures(bencher: divan::Bencher<'_, '_>, format: Format) {
    let a = sample::generated(100);
    let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
    let templates = Templates::bundled();
    bencher.bench(|| render_dossier(divan::black_box(&a), &analysis, options(format), &templates));
}

#[divan::bench(args = [Format::Markdown, Format::Html])]
fn appraisal_100_procedures(bencher: divan::Bencher<'_, '_>, format: Format) {
    let a = sample::generated(100);
    let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
    let templates = Templates::bundled();
    bencher
        .bench(|| render_appraisal(divan::black_box(&a), &analysis, options(format), &templates));
}
