//! The file format: one JSON document holds everything about an assessment.
//!
//! ```json
//! { "format": "tthc-assessment", "schema_version": 1,
//!   "ruleset": { "id": "tt03-2022", "version": 1 },
//!   "draft": { … }, "procedures": [ … ], "consultation": { … } }
//! ```
//!
//! Export is deterministic (same data, same bytes: fields in a fixed order, maps sorted, two-space
//! indentation, a final newline). Import checks the format name and the schema version, migrates older
//! versions, refuses newer ones, caps the size, and reports an invalid value with its path.

use serde_json::Value;

use crate::assessment::Assessment;
use crate::finding::Finding;
use crate::id::Renamed;
use crate::ruleset::{Registry, Ruleset};
use crate::text::Lang;

pub use crate::assessment::{FORMAT, SCHEMA_VERSION};

/// The largest file accepted, in bytes (a generated 1,000-procedure draft is 12 MB).
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// Why a file could not be opened. Nothing is changed when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file is larger than [`MAX_BYTES`].
    #[error("expected a file of at most {limit} bytes, found {found} bytes")]
    TooLarge {
        /// The limit.
        limit: usize,
        /// The size given.
        found: usize,
    },
    /// Bytes that are not text ([`crate::text::decode`]).
    #[error(
        "expected text in UTF-8 (or UTF-16 with a byte-order mark), found bytes that are not text at byte {offset}"
    )]
    NotText {
        /// Where the first byte that cannot be read is, from 0.
        offset: usize,
    },
    /// Not JSON.
    #[error(
        "expected a JSON document, found invalid JSON at line {line}, column {column}: {message}"
    )]
    NotJson {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// What the parser says.
        message: String,
    },
    /// JSON, but not an assessment file.
    #[error("expected an assessment file (\"format\": \"{FORMAT}\"), found {found}")]
    NotAnAssessment {
        /// What was found instead.
        found: String,
    },
    /// Written by a newer version of the software.
    #[error(
        "expected schema version {supported} or older, found {found}: this file was written by a newer version of the software"
    )]
    TooNew {
        /// The newest version this build reads.
        supported: u32,
        /// The version of the file.
        found: u32,
    },
    /// A value does not fit the format.
    #[error("expected {expected} at `{path}`, found {found}")]
    Invalid {
        /// Where (`procedures[0].kind`).
        path: String,
        /// What the format expects.
        expected: String,
        /// What the file has.
        found: String,
    },
    /// The ruleset the file was made with is not bundled.
    #[error("expected a ruleset this software knows ({known}), found {found}")]
    UnknownRuleset {
        /// `id@version` in the file.
        found: String,
        /// The bundled ones.
        known: String,
    },
    /// The copy of a local ruleset embedded in the file cannot be read as a ruleset, or is another one.
    #[error("expected the embedded ruleset {expected} in the ruleset format, found {found}")]
    RulesetCopy {
        /// `id@version` the file records.
        expected: String,
        /// What the copy is.
        found: String,
    },
    /// The embedded copy's content is not what the file recorded: its wording was changed after the file
    /// was saved.
    #[error(
        "expected the embedded ruleset {id} to have the SHA-256 recorded in the file ({expected}), found {found}: its wording was changed after the file was saved"
    )]
    RulesetTampered {
        /// `id@version`.
        id: String,
        /// The digest recorded in the file (empty when none is).
        expected: String,
        /// The digest of the copy.
        found: String,
    },
}

impl ImportError {
    /// The message in a language: Vietnamese for the app's users, English as [`std::fmt::Display`].
    /// Details quoted from the JSON parser stay as the parser wrote them.
    ///
    /// ```
    /// use tthc_core::{file, Lang};
    /// let e = file::import("{").unwrap_err();
    /// assert!(e.message(Lang::Vi).starts_with("Tệp không phải JSON hợp lệ"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            ImportError::TooLarge { limit, found } => {
                format!("Tệp quá lớn: tối đa {limit} byte, tệp có {found} byte.")
            }
            ImportError::NotText { offset } => format!(
                "Tệp không phải văn bản UTF-8 (hoặc UTF-16 có dấu thứ tự byte): byte thứ {offset} không đọc được."
            ),
            ImportError::NotJson {
                line,
                column,
                message,
            } => {
                format!("Tệp không phải JSON hợp lệ: lỗi ở dòng {line}, cột {column} ({message}).")
            }
            ImportError::NotAnAssessment { found } => format!(
                "Tệp không phải tệp đánh giá tác động thủ tục hành chính (cần \"format\": \"{FORMAT}\"), tệp có {found}."
            ),
            ImportError::TooNew { supported, found } => format!(
                "Tệp được ghi bởi phiên bản phần mềm mới hơn: phiên bản dữ liệu {found}, phần mềm này đọc đến phiên bản {supported}."
            ),
            ImportError::Invalid {
                path,
                expected,
                found,
            } => format!("Giá trị tại `{path}` không hợp lệ: cần {expected}, tệp có {found}."),
            ImportError::UnknownRuleset { found, known } => {
                format!("Tệp dùng bộ biểu mẫu {found} mà phần mềm này không có (có: {known}).")
            }
            ImportError::RulesetCopy { expected, found } => {
                format!("Bản sao bộ biểu mẫu {expected} kèm theo tệp không đọc được: {found}.")
            }
            ImportError::RulesetTampered {
                id,
                expected,
                found,
            } => format!(
                "Bản sao bộ biểu mẫu {id} kèm theo tệp đã bị sửa sau khi tệp được lưu: mã băm SHA-256 ghi trong tệp là {}, bản sao có mã {}. Không mở tệp này; đề nghị người gửi gửi lại tệp.",
                if expected.is_empty() {
                    "(không có)"
                } else {
                    expected
                },
                found
            ),
        }
    }
}

/// Writes an assessment as its file.
///
/// ```
/// let a = tthc_core::Assessment::default();
/// let text = tthc_core::file::export(&a);
/// assert!(text.starts_with("{\n  \"format\": \"tthc-assessment\",\n  \"schema_version\": 4,"));
/// assert_eq!(tthc_core::file::import(&text)?, a);
/// # Ok::<(), tthc_core::file::ImportError>(())
/// ```
pub fn export(assessment: &Assessment) -> String {
    let mut a = assessment.clone();
    a.schema_version = SCHEMA_VERSION;
    let mut text = serde_json::to_string_pretty(&a).unwrap_or_else(|e| {
        // Serialising plain data to a string cannot fail; keep the contract "never panic" anyway.
        format!("{{\"format\":\"{FORMAT}\",\"error\":{:?}}}", e.to_string())
    });
    text.push('\n');
    text
}

/// The canonical JSON of an assessment, for its fingerprint: the exported file without the location in
/// the guided flow, compact.
///
/// Keys are in alphabetical order at every level (the order of a JSON object read back), so the text does
/// not depend on the order of the fields in the types.
pub fn canonical(assessment: &Assessment) -> String {
    canonical_value(assessment).to_string()
}

/// The schema version written in the canonical form. It stays 2: later versions only add optional fields,
/// so that content which does not use them keeps its fingerprint — a dossier printed before an upgrade
/// still verifies against its file after it.
const CANONICAL_VERSION: u32 = 2;

/// The canonical JSON as a value: the file's value (the same as reading the exported text back) without
/// the location, with the schema version of the canonical form.
fn canonical_value(assessment: &Assessment) -> Value {
    let mut v = serde_json::to_value(assessment).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.remove("location");
        map.insert("schema_version".into(), Value::from(CANONICAL_VERSION));
    }
    v
}

/// The data fingerprint of an assessment: the SHA-256 of its canonical JSON, in lower-case hex. Printed in
/// the dossier so that anyone can check that a dossier and a file match.
pub fn fingerprint(assessment: &Assessment) -> String {
    crate::digest::of_value(&canonical_value(assessment))
}

/// A file read: the assessment, the local ruleset embedded in it, and the ids that had to be renamed
/// because the file used them twice.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The assessment, every id unique in its list.
    pub assessment: Assessment,
    /// The local ruleset the file embeds ([`Assessment::ruleset_copy`]), read and checked against the
    /// digest the file records; `None` when the file uses a ruleset of the registry.
    pub ruleset: Option<Ruleset>,
    /// What was renamed ([`Assessment::make_ids_unique`]), in file order.
    pub renamed: Vec<Renamed>,
}

impl Opened {
    /// One finding per renamed entry, saying in words which entry it was and what stays with the first
    /// (the app shows them when the file is opened; `tthc check` lists them with the file's findings).
    pub fn findings(&self) -> Vec<Finding> {
        self.renamed
            .iter()
            .map(|r| crate::check::renamed_finding(&self.assessment, r))
            .collect()
    }
}

/// Reads an assessment file, checking it against the bundled rulesets. A byte-order mark at the start is
/// accepted; ids used twice in a list are made unique ([`open`] says which).
///
/// # Errors
/// An [`ImportError`] that says what was expected and what was found.
pub fn import(text: &str) -> Result<Assessment, ImportError> {
    open(text).map(|o| o.assessment)
}

/// Reads an assessment file, checking its ruleset against `registry`.
///
/// # Errors
/// An [`ImportError`] that says what was expected and what was found.
pub fn import_with(text: &str, registry: &Registry) -> Result<Assessment, ImportError> {
    open_with(text, registry).map(|o| o.assessment)
}

/// Reads an assessment file like [`import`] and says what had to be renamed.
///
/// ```
/// let text = tthc_core::file::export(&tthc_core::sample::sample());
/// let twice = text.replacen("\"id\": \"p2\"", "\"id\": \"p1\"", 1);
/// let opened = tthc_core::file::open(&twice)?;
/// assert_eq!(opened.renamed.len(), 1);
/// assert_eq!(opened.findings()[0].code.as_str(), "id-renamed");
/// # Ok::<(), tthc_core::file::ImportError>(())
/// ```
///
/// # Errors
/// An [`ImportError`] that says what was expected and what was found.
pub fn open(text: &str) -> Result<Opened, ImportError> {
    open_with(text, Registry::bundled())
}

/// Reads the bytes of an assessment file as editors save it ([`crate::text::decode`]: UTF-8 with or
/// without a byte-order mark, UTF-16 with one) and opens it like [`open_with`].
///
/// # Errors
/// [`ImportError::NotText`] for bytes that are not text, else as [`open_with`].
pub fn open_bytes(bytes: &[u8], registry: &Registry) -> Result<Opened, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            limit: MAX_BYTES,
            found: bytes.len(),
        });
    }
    let text = crate::text::decode(bytes).map_err(|e| ImportError::NotText { offset: e.offset })?;
    open_with(&text, registry)
}

/// Reads an assessment file like [`import_with`] and says what had to be renamed.
///
/// # Errors
/// An [`ImportError`] that says what was expected and what was found.
pub fn open_with(text: &str, registry: &Registry) -> Result<Opened, ImportError> {
    let mut assessment = read(text)?;
    let ruleset = embedded(&assessment)?;
    if ruleset.is_none() && registry.resolve(&assessment.ruleset).is_none() {
        let known = registry
            .all()
            .iter()
            .map(|r| r.reference().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        return Err(ImportError::UnknownRuleset {
            found: assessment.ruleset.to_string(),
            known,
        });
    }
    let renamed = assessment.make_ids_unique();
    Ok(Opened {
        assessment,
        ruleset,
        renamed,
    })
}

/// The local ruleset embedded in an assessment, read and checked: it must be the ruleset the file records
/// (id and version) with the recorded SHA-256.
///
/// ```
/// use tthc_core::{file, Action, Registry};
/// let local = Registry::bundled().default_ruleset().local_copy("Hà Nội", 1);
/// let mut a = tthc_core::Assessment::new(&local);
/// a.apply(Action::embed_ruleset(&local));
/// let text = file::export(&a);
/// assert_eq!(file::open(&text)?.ruleset.map(|r| r.id), Some("tt03-2022-ha-noi".to_owned()));
/// let tampered = text.replacen("Biểu mẫu đánh giá", "Biểu mẫu đã sửa", 1);
/// assert!(matches!(file::open(&tampered), Err(file::ImportError::RulesetTampered { .. })));
/// # Ok::<(), file::ImportError>(())
/// ```
///
/// # Errors
/// [`ImportError::RulesetCopy`] for a copy that is not a ruleset or not the one recorded,
/// [`ImportError::RulesetTampered`] for a copy whose digest is not the one recorded.
pub fn embedded(assessment: &Assessment) -> Result<Option<Ruleset>, ImportError> {
    let Some(copy) = &assessment.ruleset_copy else {
        return Ok(None);
    };
    let reference = &assessment.ruleset;
    let ruleset = Ruleset::from_value(copy).map_err(|e| ImportError::RulesetCopy {
        expected: reference.to_string(),
        found: e.to_string(),
    })?;
    if ruleset.id != reference.id || ruleset.version != reference.version {
        return Err(ImportError::RulesetCopy {
            expected: reference.to_string(),
            found: format!("{}@{}", ruleset.id, ruleset.version),
        });
    }
    if reference.sha256.as_deref() != Some(ruleset.sha256()) {
        return Err(ImportError::RulesetTampered {
            id: reference.to_string(),
            expected: reference.sha256.clone().unwrap_or_default(),
            found: ruleset.sha256().to_owned(),
        });
    }
    Ok(Some(ruleset))
}

/// The two fields every file starts with, read without building the rest: the usual file (current version,
/// right format) is then read once, straight into its types.
#[derive(serde::Deserialize)]
struct Header {
    #[serde(default, deserialize_with = "present")]
    format: Option<Value>,
    #[serde(default, deserialize_with = "present")]
    schema_version: Option<Value>,
}

/// A field that is there, even as `null`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    serde::Deserialize::deserialize(d).map(Some)
}

fn read(text: &str) -> Result<Assessment, ImportError> {
    let text = crate::text::without_bom(text);
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge {
            limit: MAX_BYTES,
            found: text.len(),
        });
    }
    if starts_as_current(text) {
        return typed(text);
    }
    if let Ok(Header {
        format: Some(Value::String(format)),
        schema_version: Some(Value::Number(n)),
    }) = serde_json::from_str::<Header>(text)
        && format == FORMAT
        && n.as_u64() == Some(u64::from(SCHEMA_VERSION))
    {
        return typed(text);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        message: crate::json_path::message(&e),
    })?;
    let Value::Object(map) = &value else {
        return Err(ImportError::NotAnAssessment {
            found: describe(&value),
        });
    };
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(ImportError::NotAnAssessment {
                found: format!(
                    "\"format\": {}",
                    crate::text::excerpt(&other.to_string(), 60)
                ),
            });
        }
        None => {
            return Err(ImportError::NotAnAssessment {
                found: "an object without \"format\"".into(),
            });
        }
    }
    let version = match map.get("schema_version") {
        Some(Value::Number(n)) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n > 0)
            .ok_or_else(|| ImportError::Invalid {
                path: "schema_version".into(),
                expected: "a whole number from 1".into(),
                found: n.to_string(),
            })?,
        Some(other) => {
            return Err(ImportError::Invalid {
                path: "schema_version".into(),
                expected: "a whole number from 1".into(),
                found: describe(other),
            });
        }
        None => {
            return Err(ImportError::Invalid {
                path: "schema_version".into(),
                expected: "a schema version".into(),
                found: "nothing".into(),
            });
        }
    };
    if version > SCHEMA_VERSION {
        return Err(ImportError::TooNew {
            supported: SCHEMA_VERSION,
            found: version,
        });
    }
    // A current file is read from its own text, so that an error's path points into it; an older one is
    // migrated first and read from the migrated text.
    let migrated;
    let text = if version < SCHEMA_VERSION {
        let mut value = crate::migration::migrate(value, version)?;
        value["schema_version"] = Value::from(SCHEMA_VERSION);
        migrated = value.to_string();
        migrated.as_str()
    } else {
        text
    };
    typed(text)
}

/// Whether the text begins as this build writes its files: `{"format": "tthc-assessment",
/// "schema_version": <current>,` (any white space). Such a file is read once, straight into its types.
fn starts_as_current(text: &str) -> bool {
    let version = SCHEMA_VERSION.to_string();
    let quoted = format!("\"{FORMAT}\"");
    let head = [
        "{",
        "\"format\"",
        ":",
        quoted.as_str(),
        ",",
        "\"schema_version\"",
        ":",
        version.as_str(),
    ];
    let Some(rest) = head.iter().try_fold(text.trim_start(), |rest, token| {
        rest.strip_prefix(token).map(str::trim_start)
    }) else {
        return false;
    };
    // The version ends there (not "20" or "2.5"), and the object goes on or ends.
    rest.starts_with(',') || rest.starts_with('}')
}

/// Reads a file of the current version into its types; an error names the path of the bad value (or,
/// for text that is not JSON, its line and column).
fn typed(text: &str) -> Result<Assessment, ImportError> {
    let assessment: Assessment = serde_json::from_str(text).map_err(|e| {
        if matches!(
            e.classify(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof
        ) {
            return ImportError::NotJson {
                line: e.line(),
                column: e.column(),
                message: crate::json_path::message(&e),
            };
        }
        let (expected, found) = split_serde_message(&crate::json_path::message(&e));
        ImportError::Invalid {
            path: crate::json_path::path_at(text, e.line(), e.column()),
            expected,
            found,
        }
    })?;
    Ok(assessment)
}

/// Turns serde's "invalid type: string \"x\", expected u32" into (expected, found).
fn split_serde_message(message: &str) -> (String, String) {
    if let Some(rest) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (expected.to_owned(), found.to_owned());
    }
    if let Some(rest) = message.strip_prefix("unknown variant ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (expected.to_owned(), format!("the variant {found}"));
    }
    if let Some(rest) = message.strip_prefix("unknown field ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (expected.to_owned(), format!("the unknown field {found}"));
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return (format!("the field {field}"), "nothing".into());
    }
    ("a valid value".into(), message.to_owned())
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {}", crate::text::excerpt(&format!("{s:?}"), 60)),
        Value::Array(a) => format!("an array of {} values", a.len()),
        Value::Object(_) => "an object".into(),
    }
}
