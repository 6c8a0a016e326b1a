//! Upgrades older files to the current schema version, one step at a time, on the JSON value.
//!
//! Each released schema version `n` keeps a fixture `tests/fixtures/files/schema-v{n}.json` forever, and
//! the test suite opens every one of them.
//!
//! | version | change |
//! |---|---|
//! | 1 | first schema (core model, answers, consultation) |
//! | 2 | compliance cost: `subjects.per_year` becomes an estimate (`{"value": n, "low", "high", "source"}`); procedures gain `cost`; the assessment gains `parameters` and `recorded_cost` |
//! | 3 | the draft gains `control_unit` (the commenting unit as the province sets it); nothing to carry over |
//! | 4 | the draft and the appraisal gain `issuance` (superior body, number, Kính gửi, signer, Nơi nhận); nothing to carry over |

use serde_json::{Value, json};

use crate::file::{ImportError, SCHEMA_VERSION};
use crate::parameters::Parameters;

/// Brings a file of `version` (with `format` and `schema_version` already removed) to the current version.
///
/// # Errors
/// [`ImportError::Invalid`] when a step meets a value it cannot carry over.
pub fn migrate(mut value: Value, version: u32) -> Result<Value, ImportError> {
    let mut v = version;
    while v < SCHEMA_VERSION {
        value = match v {
            1 => v1_to_v2(value)?,
            _ => value,
        };
        v += 1;
    }
    Ok(value)
}

/// Version 1 → 2: the number of subjects per year becomes an estimate with a source and a range, and the
/// cost parameters (then unknown) are the current defaults.
fn v1_to_v2(mut value: Value) -> Result<Value, ImportError> {
    if let Some(procedures) = value.get_mut("procedures").and_then(Value::as_array_mut) {
        for (i, p) in procedures.iter_mut().enumerate() {
            for side in ["before", "after"] {
                let Some(subjects) = p
                    .get_mut(side)
                    .and_then(|c| c.get_mut("subjects"))
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                match subjects.remove("per_year") {
                    None | Some(Value::Null) => {}
                    Some(n @ Value::Number(_)) => {
                        subjects.insert("per_year".into(), json!({ "value": n }));
                    }
                    Some(other) => {
                        return Err(ImportError::Invalid {
                            path: format!("procedures[{i}].{side}.subjects.per_year"),
                            expected: "a whole number (schema version 1)".into(),
                            found: other.to_string(),
                        });
                    }
                }
            }
        }
    }
    if let Some(map) = value.as_object_mut()
        && !map.contains_key("parameters")
    {
        let defaults = serde_json::to_value(Parameters::default()).unwrap_or(Value::Null);
        map.insert("parameters".into(), defaults);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_per_year_becomes_an_estimate() {
        let v1 = json!({
            "procedures": [
                { "id": "p1", "after": { "subjects": { "per_year": 1200 } } },
                { "id": "p2", "before": { "subjects": {} } }
            ]
        });
        let v2 = migrate(v1, 1).unwrap();
        assert_eq!(
            v2["procedures"][0]["after"]["subjects"]["per_year"],
            json!({ "value": 1200 })
        );
        assert_eq!(v2["procedures"][1]["before"]["subjects"], json!({}));
        assert_eq!(
            v2["parameters"]["working_days_per_month"]["value"],
            json!("22")
        );
    }

    #[test]
    fn a_bad_value_names_its_path() {
        let v1 = json!({ "procedures": [ { "after": { "subjects": { "per_year": "many" } } } ] });
        let err = migrate(v1, 1).unwrap_err();
        assert!(
            err.to_string()
                .contains("procedures[0].after.subjects.per_year"),
            "{err}"
        );
    }
}
