//! The SHA-256 of a value's canonical JSON — keys in alphabetical order at every level, compact — in
//! lower-case hex: the one digest of the project, for the data fingerprint printed in documents and for
//! the content of a ruleset an assessment was made with.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// Feeds what is written to the hash, so that the canonical text is never held whole.
struct Hashing(Sha256);

impl std::io::Write for Hashing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The digest of a JSON value as it stands (its keys are already in order: a `serde_json::Value` object
/// is sorted).
pub fn of_value(value: &serde_json::Value) -> String {
    let mut hashing = Hashing(Sha256::new());
    // Writing plain data to a hash cannot fail.
    let _ = serde_json::to_writer(&mut hashing, value);
    hashing
        .0
        .finalize()
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            use std::fmt::Write as _;
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The digest of any serialisable value, through its canonical JSON.
///
/// ```
/// let a = tthc_core::digest::of(&serde_json::json!({"b": 1, "a": [true]}));
/// assert_eq!(a, tthc_core::digest::of(&serde_json::json!({"a": [true], "b": 1})));
/// assert_eq!(a.len(), 64);
/// ```
pub fn of(value: &impl Serialize) -> String {
    of_value(&serde_json::to_value(value).unwrap_or(serde_json::Value::Null))
}
