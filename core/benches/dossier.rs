//! Rendering the documents of a generated 100-procedure draft (run: `cargo bench -p tthc-core --bench
//! dossier`): from the assessment (the analysis, then the document: what the command line does for one
//! file), and from an analysis already made (what the app does, which keeps its analysis up to date).

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
    let ruleset = Registry::bundled().default_ruleset();
    let templates = Templates::bundled();
    bencher.bench(|| {
        let a = divan::black_box(&a);
        render_dossier(a, &Analysis::new(a, ruleset), options(format), &templates)
    });
}

#[divan::bench(args = [Format::Markdown, Format::Html])]
fn dossier_100_procedures_from_analysis(bencher: divan::Bencher<'_, '_>, format: Format) {
    let a = sample::generated(100);
    let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
    let templates = Templates::bundled();
    bencher.bench(|| render_dossier(divan::black_box(&a), &analysis, options(format), &templates));
}

#[divan::bench(args = [Format::Markdown, Format::Html])]
fn appraisal_100_procedures(bencher: divan::Bencher<'_, '_>, format: Format) {
    let a = sample::generated(100);
    let ruleset = Registry::bundled().default_ruleset();
    let templates = Templates::bundled();
    bencher.bench(|| {
        let a = divan::black_box(&a);
        render_appraisal(a, &Analysis::new(a, ruleset), options(format), &templates)
    });
}

#[divan::bench(args = [Format::Markdown, Format::Html])]
fn appraisal_100_procedures_from_analysis(bencher: divan::Bencher<'_, '_>, format: Format) {
    let a = sample::generated(100);
    let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
    let templates = Templates::bundled();
    bencher
        .bench(|| render_appraisal(divan::black_box(&a), &analysis, options(format), &templates));
}
