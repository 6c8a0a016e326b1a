//! Arbitrary bytes to the import, then the analysis: every check, the cost with its JSON result, the
//! appraiser's review, the comparison with itself, the words of every place — never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tthc_core::{Analysis, Lang, Registry, diff, file, review};

fuzz_target!(|data: &[u8]| {
    let Ok(opened) = file::open_bytes(data, Registry::bundled()) else {
        return;
    };
    let a = &opened.assessment;
    // A local ruleset embedded in the file (checked against its digest on opening), else the bundled one.
    let ruleset = match &opened.ruleset {
        Some(local) => local,
        None => Registry::bundled().resolve(&a.ruleset).expect("import checks the ruleset"),
    };
    let analysis = Analysis::new(a, ruleset);
    for f in analysis.findings() {
        let _ = f.json(Lang::Vi);
        let _ = f.place.describe(a, Lang::En);
        let _ = f.place.location();
    }
    let _ = analysis.cost_result(a).to_json();
    let _ = review::review(&analysis, a);
    let same = diff::compare(a, a, Lang::Vi);
    assert!(same.is_empty(), "a file compared with itself has no difference");
});
