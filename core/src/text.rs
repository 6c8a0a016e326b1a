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
}
