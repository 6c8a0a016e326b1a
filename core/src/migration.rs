//! Upgrades older files to the current schema version, one step at a time, on the JSON value.
//!
//! Each released schema version `n` keeps a fixture `tests/fixtures/files/schema-v{n}.json` forever, and
//! the test suite opens every one of them.

use serde_json::Value;

use crate::file::ImportError;

/// Brings a file of `version` (with `format` and `schema_version` already removed) to the current version.
///
/// # Errors
/// [`ImportError::Invalid`] when a step meets a value it cannot carry over.
#[allow(
    clippy::unnecessary_wraps,
    reason = "steps that can fail are added with each schema version"
)]
pub fn migrate(value: Value, version: u32) -> Result<Value, ImportError> {
    // Version 1 is the first schema: there is nothing older to upgrade yet.
    let _ = version;
    Ok(value)
}
