//! The sample draft: a fictitious draft decision of the Hanoi People's Committee (new, amended and abolished
//! procedures, fully filled in). The app opens it on request and the tests use it.

use crate::assessment::Assessment;

/// The sample file, as shipped.
pub const SAMPLE_JSON: &str = include_str!("../data/sample/hanoi-he-pho.json");

/// A large draft for benchmarks and load tests: the sample's procedures repeated until there are `n`, each
/// with its own id and slightly different figures. Deterministic: the same `n` gives the same draft.
///
/// ```
/// let a = tthc_core::sample::generated(100);
/// assert_eq!(a.procedures.len(), 100);
/// assert_eq!(a.procedures[99].id, "p100");
/// ```
pub fn generated(n: usize) -> Assessment {
    let base = sample();
    let mut a = base.clone();
    a.procedures.clear();
    a.consultation.comments.clear();
    a.recorded_cost = None;
    for i in 0..n {
        let mut p = base.procedures[i % base.procedures.len()].clone();
        p.id = format!("p{}", i + 1);
        let bump = u128::try_from(i).unwrap_or(0);
        for side in [&mut p.before, &mut p.after] {
            if let Some(v) = side.subjects.per_year.value.as_mut() {
                *v += bump;
            }
            if !side.name.is_empty() {
                side.name = format!("{} ({})", side.name, i + 1);
            }
        }
        a.procedures.push(p);
    }
    a
}

/// The sample assessment.
///
/// # Panics
/// Never in a tested build: the test suite opens the sample.
pub fn sample() -> Assessment {
    crate::file::import(SAMPLE_JSON).expect("the bundled sample opens (tested)")
}
