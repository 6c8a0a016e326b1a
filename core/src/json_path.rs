//! Where in a JSON text an error is: the path (`procedures[1].after.time_limit.days`) of the value at a
//! line and column, found by scanning the text up to that point. Used for the error messages of the file
//! and ruleset formats, so that they say where the bad value is.

use std::fmt::Write as _;

/// One level of nesting while scanning.
enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of the value at `line` and `column` (both 1-based, columns in bytes, as `serde_json` reports
/// them). Object keys are joined with `.`, array indexes written `[n]`; the empty string is the root.
///
/// ```
/// use tthc_core::json_path::path_at;
/// let text = "{\n  \"procedures\": [\n    {},\n    { \"kind\": \"changed\" }\n  ]\n}";
/// assert_eq!(path_at(text, 4, 22), "procedures[1].kind");
/// ```
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let offset = offset_of(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset && i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            b'"' => {
                let (string, end) = read_string(bytes, i + 1);
                if let Some(Frame::Object {
                    key,
                    expecting_key: true,
                }) = stack.last_mut()
                {
                    *key = Some(string);
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    path
}

/// The byte offset of a 1-based line and column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            return offset + column.min(l.len());
        }
        offset += l.len();
    }
    text.len()
}

/// Reads a JSON string whose content starts at `start`; returns it (escapes kept as written, which is
/// enough to name a key) and the index just after its closing quote.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                return (
                    String::from_utf8_lossy(&bytes[start..i]).into_owned(),
                    i + 1,
                );
            }
            _ => i += 1,
        }
    }
    (
        String::from_utf8_lossy(&bytes[start.min(bytes.len())..]).into_owned(),
        bytes.len(),
    )
}

/// `serde_json`'s message without the " at line L column C" it appends.
pub(crate) fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix)
        .map_or_else(|| text.clone(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_path<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let e = serde_json::from_str::<T>(text).expect_err("invalid");
        path_at(text, e.line(), e.column())
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "only the errors matter")]
    struct Inner {
        days: u32,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "only the errors matter")]
    struct Outer {
        list: Vec<Inner>,
        name: String,
    }

    #[test]
    fn finds_the_path_of_the_bad_value() {
        assert_eq!(
            error_path::<Outer>(r#"{"name": "x", "list": [{"days": 1}, {"days": "năm"}]}"#),
            "list[1].days"
        );
        assert_eq!(
            error_path::<Outer>(
                "{\n \"list\": [\n  {\"days\": 1},\n  {\"dayz\": 1}\n ], \"name\": \"\"}"
            ),
            "list[1].dayz"
        );
        assert_eq!(error_path::<Outer>(r#"{"list": [], "name": 5}"#), "name");
        assert_eq!(
            error_path::<Outer>(r#"{"list": [{"days": 1}, {}], "name": "x"}"#),
            "list[1]"
        );
        assert_eq!(error_path::<Outer>(r#"{"na\"me": 1}"#), "na\\\"me");
    }

    #[test]
    fn the_message_loses_its_position_only() {
        let e = serde_json::from_str::<u32>("\"x\"").expect_err("invalid");
        assert_eq!(message(&e), "invalid type: string \"x\", expected u32");
    }
}
