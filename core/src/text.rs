//! Bilingual text: every user-facing string of the domain exists in Vietnamese and English.

use serde::{Deserialize, Serialize};

/// The language of output. Vietnamese is the default: the users are Vietnamese civil servants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The ISO 639-1 code (`"vi"` or `"en"`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Picks the wording for this language: the one helper for fixed bilingual wording.
    ///
    /// ```
    /// use tthc_core::Lang;
    /// assert_eq!(Lang::En.pick("Có", "Yes"), "Yes");
    /// ```
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    /// Parses `"vi"` or `"en"` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in Vietnamese (the authoritative wording) and English (a translation for reference).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese. Where the status of the item is `official`, this is the exact legal wording.
    pub vi: String,
    /// English translation.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// Builds a text from its two languages.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, falling back to Vietnamese when the English translation is missing.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.vi,
        }
    }
}

/// A text shortened for a message or a list: trimmed, at most `max` characters, with "…" where it was cut.
/// The one truncation helper.
///
/// ```
/// assert_eq!(tthc_core::text::excerpt("  Đề nghị rút ngắn  ", 60), "Đề nghị rút ngắn");
/// assert_eq!(tthc_core::text::excerpt("abcdefgh", 5), "abcd…");
/// ```
pub fn excerpt(text: &str, max: usize) -> String {
    let t = text.trim();
    if t.chars().count() <= max {
        t.to_owned()
    } else {
        let cut: String = t.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The text with its first letter in upper case (the rest as it is): the one helper for sentences that
/// start with a name or a noun built elsewhere.
///
/// ```
/// assert_eq!(tthc_core::text::capitalise("ý kiến số 2"), "Ý kiến số 2");
/// ```
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The byte-order mark some editors put at the start of a text file (Windows Notepad does, in UTF-8).
const BOM: char = '\u{feff}';

/// The text without a byte-order mark at its start: the mark says how the file is encoded and is not part
/// of what it says. The one place where it is removed, for every way a file comes in.
///
/// ```
/// assert_eq!(tthc_core::text::without_bom("\u{feff}{}"), "{}");
/// assert_eq!(tthc_core::text::without_bom("{}"), "{}");
/// ```
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// Bytes that are not text in an encoding [`decode`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "expected text in UTF-8 (or UTF-16 with a byte-order mark), found bytes that are not text at byte {offset}"
)]
pub struct NotText {
    /// Where the first byte that cannot be read is, from 0.
    pub offset: usize,
}

/// The text of a file's bytes, as editors on the office machines save it: UTF-8 with or without a
/// byte-order mark, or UTF-16 (little- or big-endian) with its byte-order mark — what Windows Notepad calls
/// "Unicode". The mark is removed.
///
/// # Errors
/// [`NotText`] with the offset of the first byte that is not text (an odd last byte of UTF-16, a lone
/// surrogate, a byte that cannot start or continue a UTF-8 character).
///
/// ```
/// use tthc_core::text::decode;
/// assert_eq!(decode(b"\xef\xbb\xbf{}")?, "{}");
/// assert_eq!(decode(&[0xff, 0xfe, b'{', 0, b'}', 0])?, "{}");
/// assert_eq!(decode(b"{\xff}").unwrap_err().offset, 1);
/// # Ok::<(), tthc_core::text::NotText>(())
/// ```
pub fn decode(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, NotText> {
    let utf16 = |rest: &[u8], unit: fn([u8; 2]) -> u16| {
        let mut chunks = rest.chunks_exact(2);
        let units = chunks.by_ref().map(|c| unit([c[0], c[1]]));
        let mut out = String::with_capacity(rest.len() / 2);
        let mut at = 2;
        for c in char::decode_utf16(units) {
            let c = c.map_err(|_| NotText { offset: at })?;
            at += c.len_utf16() * 2;
            out.push(c);
        }
        if chunks.remainder().is_empty() {
            Ok(std::borrow::Cow::Owned(without_bom(&out).to_owned()))
        } else {
            Err(NotText {
                offset: bytes.len() - 1,
            })
        }
    };
    match bytes {
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => std::str::from_utf8(bytes)
            .map(|t| std::borrow::Cow::Borrowed(without_bom(t)))
            .map_err(|e| NotText {
                offset: e.valid_up_to(),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_falls_back_to_vietnamese() {
        let t = Text::new("Có", "");
        assert_eq!(t.get(Lang::En), "Có");
        let t = Text::new("Có", "Yes");
        assert_eq!(t.get(Lang::En), "Yes");
        assert_eq!(t.get(Lang::Vi), "Có");
    }

    #[test]
    fn lang_codes_round_trip() {
        for lang in [Lang::Vi, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn every_encoding_an_editor_saves_reads_as_the_same_text() {
        let text = "{\"tên\": \"Cấp giấy phép — 𝔸\"}";
        let utf8 = text.as_bytes().to_vec();
        let utf8_bom = [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat();
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [utf8, utf8_bom, le, be] {
            assert_eq!(decode(&bytes).as_deref(), Ok(text), "{bytes:x?}");
        }
    }

    #[test]
    fn bytes_that_are_not_text_are_located() {
        assert_eq!(decode(b"ab\xc3").unwrap_err().offset, 2);
        // A lone high surrogate in UTF-16LE, after the mark and one unit.
        assert_eq!(
            decode(&[0xff, 0xfe, b'a', 0, 0x00, 0xd8])
                .unwrap_err()
                .offset,
            4
        );
        // An odd number of bytes after the mark.
        assert_eq!(decode(&[0xff, 0xfe, b'a', 0, b'b']).unwrap_err().offset, 4);
        assert_eq!(
            without_bom("\u{feff}\u{feff}x"),
            "\u{feff}x",
            "only the one mark at the start"
        );
    }
}
