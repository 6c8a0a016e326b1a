//! The sample draft: a fictitious draft decision of the Hanoi People's Committee (new, amended and abolished
//! procedures, fully filled in). The app opens it on request and the tests use it.

use crate::assessment::Assessment;

/// The sample file, as shipped.
pub const SAMPLE_JSON: &str = include_str!("../data/sample/hanoi-he-pho.json");

/// The sample assessment.
///
/// # Panics
/// Never in a tested build: the test suite opens the sample.
pub fn sample() -> Assessment {
    crate::file::import(SAMPLE_JSON).expect("the bundled sample opens (tested)")
}
