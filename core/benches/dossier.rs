//! Rendering the dossier of a generated 100-procedure draft (run: `cargo bench -p tthc-core --bench dossier`).

use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::{Lang, Registry, sample};

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
    bencher.bench(|| render_dossier(divan::black_box(&a), ruleset, options(format), &templates));
}

#[divan::bench(args = [Format::Markdown, Format::Html])]
fn appraisal_100_procedures(bencher: divan::Bencher<'_, '_>, format: Format) {
    let a = sample::generated(100);
    let ruleset = Registry::bundled().default_ruleset();
    let templates = Templates::bundled();
    bencher.bench(|| render_appraisal(divan::black_box(&a), ruleset, options(format), &templates));
}
