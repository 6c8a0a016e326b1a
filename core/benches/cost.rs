//! Costing a generated draft of 1,000 procedures (run: `cargo bench -p tthc-core --bench cost`).

use tthc_core::{Registry, check, cost, sample};

fn main() {
    divan::main();
}

#[divan::bench(args = [100, 1000])]
fn compute_cost(bencher: divan::Bencher<'_, '_>, n: usize) {
    let a = sample::generated(n);
    bencher.bench(|| cost::compute(divan::black_box(&a)));
}

#[divan::bench(args = [100, 1000])]
fn cost_result_json(bencher: divan::Bencher<'_, '_>, n: usize) {
    let a = sample::generated(n);
    bencher.bench(|| cost::compute(divan::black_box(&a)).result().to_json());
}

#[divan::bench(args = [100, 1000])]
fn all_checks(bencher: divan::Bencher<'_, '_>, n: usize) {
    let a = sample::generated(n);
    let ruleset = Registry::bundled().default_ruleset();
    bencher.bench(|| check(divan::black_box(&a), ruleset));
}
