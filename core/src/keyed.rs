//! Enums of the domain whose values have a stable key — their name in files and JSON — and a name in
//! both languages for people. They are declared with one macro, so that the key, the serde name and the
//! list of every value cannot drift apart (a test checks all of them).

use crate::text::Text;

/// An enum with a stable key and a bilingual name, declared with `keyed!`.
pub trait Keyed: Copy + PartialEq + Sized + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];

    /// The key used in files and JSON: the value's serde name (`"time_limit"`).
    fn key(self) -> &'static str;

    /// The name shown to people.
    fn label(self) -> Text;

    /// The value with this key, if any.
    ///
    /// ```
    /// use tthc_core::{Component, Keyed};
    /// assert_eq!(Component::from_key("time_limit"), Some(Component::TimeLimit));
    /// assert_eq!(Component::from_key("nope"), None);
    /// ```
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
}

/// Declares a keyed enum: each variant with its key and its Vietnamese and English names.
///
/// ```text
/// keyed! {
///     /// Before or after the draft.
///     #[derive(PartialOrd, Ord)]
///     pub enum Side {
///         /// The version in force.
///         Before = "before", "Trước", "Before";
///         /// The version the draft sets.
///         After = "after", "Sau", "After";
///     }
/// }
/// ```
///
/// The enum derives `Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize` (each variant
/// renamed to its key) and gets the inherent `ALL`, `key()`, `label()` and `from_key()` as well as
/// [`Keyed`].
macro_rules! keyed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $key:literal, $vi:literal, $en:literal;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $key)]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The key used in files and JSON (the serde name).
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The name shown to people, in both languages.
            pub fn label(self) -> $crate::text::Text {
                match self {
                    $($name::$variant => $crate::text::Text::new($vi, $en),)+
                }
            }

            /// The value with this key, if any.
            pub fn from_key(key: &str) -> Option<$name> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::keyed::Keyed for $name {
            const ALL: &'static [$name] = &$name::ALL;

            fn key(self) -> &'static str {
                $name::key(self)
            }

            fn label(self) -> $crate::text::Text {
                $name::label(self)
            }
        }
    };
}

pub(crate) use keyed;

/// Names of every value of a keyed enum in a language, for a choice list: `(key, name)`.
///
/// ```
/// use tthc_core::{keyed::choices, Lang, Side};
/// assert_eq!(choices::<Side>(Lang::Vi), [("before", "Trước".to_owned()), ("after", "Sau".to_owned())]);
/// ```
pub fn choices<T: Keyed>(lang: crate::text::Lang) -> Vec<(&'static str, String)> {
    T::ALL
        .iter()
        .map(|v| (v.key(), v.label().get(lang).to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Keyed;
    use crate::text::Lang;

    /// The key of every value is its serde name, reads back as the same value, and is unique.
    fn keys_are_serde_names<
        T: Keyed + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug,
    >(
        seen: &mut usize,
    ) {
        *seen += 1;
        let mut keys = std::collections::BTreeSet::new();
        for &v in T::ALL {
            assert_eq!(
                serde_json::to_value(v).ok(),
                Some(serde_json::Value::String(v.key().to_owned())),
                "{v:?}"
            );
            let back: T = serde_json::from_value(serde_json::Value::String(v.key().to_owned()))
                .unwrap_or_else(|e| panic!("{v:?}: {e}"));
            assert_eq!(back, v);
            assert_eq!(T::from_key(v.key()), Some(v));
            assert!(keys.insert(v.key()), "duplicate key {}", v.key());
            assert!(
                !v.label().get(Lang::Vi).trim().is_empty(),
                "{v:?} has no name"
            );
            assert!(!v.label().en.trim().is_empty(), "{v:?} has no English name");
        }
        assert!(!T::ALL.is_empty());
    }

    #[test]
    fn every_keyed_enum_keys_by_its_serde_name() {
        use crate::*;
        let mut seen = 0;
        keys_are_serde_names::<Side>(&mut seen);
        keys_are_serde_names::<ProcedureKind>(&mut seen);
        keys_are_serde_names::<Component>(&mut seen);
        keys_are_serde_names::<component::Actor>(&mut seen);
        keys_are_serde_names::<component::CopyForm>(&mut seen);
        keys_are_serde_names::<component::DayKind>(&mut seen);
        keys_are_serde_names::<component::Scope>(&mut seen);
        keys_are_serde_names::<component::Level>(&mut seen);
        keys_are_serde_names::<component::ResultKind>(&mut seen);
        keys_are_serde_names::<component::FeeKind>(&mut seen);
        keys_are_serde_names::<DocumentType>(&mut seen);
        keys_are_serde_names::<Stage>(&mut seen);
        keys_are_serde_names::<ResponseKind>(&mut seen);
        keys_are_serde_names::<Verdict>(&mut seen);
        keys_are_serde_names::<Criterion>(&mut seen);
        keys_are_serde_names::<scenario::ActivityKind>(&mut seen);
        keys_are_serde_names::<scenario::ExpenseKind>(&mut seen);
        keys_are_serde_names::<ProcedureStep>(&mut seen);
        keys_are_serde_names::<Severity>(&mut seen);
        keys_are_serde_names::<ruleset::Status>(&mut seen);
        keys_are_serde_names::<statistics::Area>(&mut seen);
        keys_are_serde_names::<parameters::ParameterName>(&mut seen);
        keys_are_serde_names::<dossier::Format>(&mut seen);
        keys_are_serde_names::<review::PointSource>(&mut seen);
        keys_are_serde_names::<cost::Figure>(&mut seen);
        keys_are_serde_names::<place::DraftPart>(&mut seen);
        keys_are_serde_names::<place::ProcedurePart>(&mut seen);
        keys_are_serde_names::<place::AppraisalPart>(&mut seen);
        keys_are_serde_names::<id::List>(&mut seen);
        keys_are_serde_names::<plausibility::Quantity>(&mut seen);
        // Every `keyed!` in the sources is listed above.
        let declared = count_declarations(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        )));
        assert_eq!(seen, declared, "a keyed enum is missing from this test");
    }

    fn count_declarations(dir: &std::path::Path) -> usize {
        let mut n = 0;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                n += count_declarations(&path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|f| f != "keyed.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                n += text.matches("keyed! {").count();
            }
        }
        n
    }
}
