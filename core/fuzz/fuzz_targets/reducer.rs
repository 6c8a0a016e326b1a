//! The reducer driven by arbitrary sequences of actions (structure-aware: each action aimed at what the
//! assessment holds). After every action: no panic and every id unique; at the end, the analysis updated
//! action by action for each action's scope equals a fresh one, and export → open is the identity.

#![no_main]

use arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;
use tthc_core::{Analysis, Registry, file};
use tthc_core_fuzz::{action, start};

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(mut a) = start(&mut u) else {
        return;
    };
    let registry = Registry::bundled();
    let mut analysis = Analysis::new(&a, registry.resolve_or_default(&a.ruleset));
    while !u.is_empty() {
        let Ok(act) = action(&mut u, &a) else {
            break;
        };
        let scope = act.scope();
        a.apply(act);
        analysis.update(&a, registry.resolve_or_default(&a.ruleset), &scope);
        assert!(a.clone().make_ids_unique().is_empty(), "an action made an id twice");
    }
    let fresh = Analysis::new(&a, registry.resolve_or_default(&a.ruleset));
    assert_eq!(analysis.findings(), fresh.findings(), "the analysis updated per action drifted");
    assert_eq!(analysis.total(), fresh.total());
    let opened = file::open(&file::export(&a)).expect("an exported file opens");
    assert!(opened.renamed.is_empty());
    assert_eq!(opened.assessment, a);
});
