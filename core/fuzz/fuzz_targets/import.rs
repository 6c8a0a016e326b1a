//! Feeds arbitrary bytes to the assessment import: it must return an error or an assessment that checks,
//! exports and re-imports to itself — never panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tthc_core::{Registry, check, file};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(a) = file::import(text) {
        let ruleset = Registry::bundled().resolve(&a.ruleset).expect("import checks the ruleset");
        let _ = check(&a, ruleset);
        let again = file::import(&file::export(&a)).expect("an exported file opens");
        assert_eq!(again, a);
    }
});
