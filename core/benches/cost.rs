//! Costing and analysing generated drafts of 100 and 1,000 procedures (run: `cargo bench -p tthc-core
//! --bench cost`).

use tthc_core::action::Scope;
use tthc_core::{Action, Analysis, ProcedureField, Registry, check, cost, sample};

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

#[divan::bench(args = [100, 1000])]
fn analysis(bencher: divan::Bencher<'_, '_>, n: usize) {
    let a = sample::generated(n);
    let ruleset = Registry::bundled().default_ruleset();
    bencher.bench(|| Analysis::new(divan::black_box(&a), ruleset));
}

/// What one keystroke in one procedure costs the app: the change, then the analysis brought up to date.
#[divan::bench(args = [100, 1000])]
fn keystroke_update(bencher: divan::Bencher<'_, '_>, n: usize) {
    let mut a = sample::generated(n);
    let ruleset = Registry::bundled().default_ruleset();
    let mut analysis = Analysis::new(&a, ruleset);
    let id = a.procedures[n / 2].id.clone();
    let mut i = 0u32;
    bencher.bench_local(|| {
        i += 1;
        let action = Action::SetProcedure {
            id: id.clone(),
            field: ProcedureField::Provisions(format!("Điều {i}")),
        };
        let scope = action.scope();
        a.apply(action);
        analysis.update(&a, ruleset, &scope);
        debug_assert_eq!(scope, Scope::Procedure(id.clone()));
    });
}
