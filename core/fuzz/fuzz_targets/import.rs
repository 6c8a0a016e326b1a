//! Arbitrary bytes to the file import, nothing else: an error or an assessment whose ids are unique and
//! whose export opens to itself — never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tthc_core::{Registry, file};

fuzz_target!(|data: &[u8]| {
    if let Ok(opened) = file::open_bytes(data, Registry::bundled()) {
        let _ = opened.findings();
        let again = file::open(&file::export(&opened.assessment)).expect("an exported file opens");
        assert!(again.renamed.is_empty(), "ids are unique after opening");
        assert_eq!(again.assessment, opened.assessment, "export → open is the identity");
    }
});
