//! Local rulesets: a legal officer's corrections of a ruleset's wording, without a build.
//!
//! A local ruleset is a copy of a ruleset with its own id (the id it was made from plus the province,
//! [`Ruleset::local_copy`]) in which items' text, status, legal basis and source note are corrected
//! ([`Ruleset::with_item`]); ids and structure stay as they were, so answers keep their meaning. An assessment
//! made with a local ruleset embeds a copy of it ([`crate::Action::EmbedRuleset`]) so that whoever opens the
//! file reads the same wording; the copy is checked against the SHA-256 recorded in the file on opening
//! ([`crate::file::open_with`]).

use super::{Item, LegalBasis, Registry, Ruleset, Section, Status};
use crate::action::Action;
use crate::assessment::RulesetRef;
use crate::text::Text;

/// The corrections of one item: the wording in both languages, the status, the legal basis and the source
/// note. `None` for status, basis or source means "inherited from the section" as in the bundled data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemEdit {
    /// The item's text.
    pub text: Text,
    /// How sure the wording is.
    pub status: Option<Status>,
    /// Its legal basis.
    pub basis: Option<LegalBasis>,
    /// Where the wording comes from.
    pub source: Option<Text>,
}

impl ItemEdit {
    /// The item's current values, as the editor starts from them.
    pub fn of(item: &Item) -> ItemEdit {
        ItemEdit {
            text: item.text.clone(),
            status: item.status,
            basis: item.basis.clone(),
            source: item.source.clone(),
        }
    }
}

/// Why an edit was not made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The ruleset has no item with this id.
    #[error("expected an item of the ruleset, found the id {0:?}, which it does not have")]
    NoItem(String),
    /// The Vietnamese text is empty.
    #[error("expected the item's Vietnamese text, found it empty")]
    EmptyText,
}

impl Ruleset {
    /// A copy to correct, with its own id: this ruleset's id and the province
    /// (`tt03-2022` and "Hà Nội" give `tt03-2022-ha-noi`) at `version`, recording what it was made from. A
    /// local ruleset copied again keeps the id it has.
    ///
    /// ```
    /// let bundled = tthc_core::Registry::bundled().default_ruleset();
    /// let local = bundled.local_copy("Hà Nội", 1);
    /// assert_eq!(local.id, "tt03-2022-ha-noi");
    /// assert_eq!(local.based_on.as_ref().map(|r| r.id.as_str()), Some("tt03-2022"));
    /// assert_ne!(local.sha256(), bundled.sha256());
    /// ```
    #[must_use]
    pub fn local_copy(&self, province: &str, version: u32) -> Ruleset {
        let (id, based_on) = if let Some(base) = &self.based_on {
            (self.id.clone(), base.clone())
        } else {
            let place = slug(province);
            let id = if place.is_empty() {
                format!("{}-local", self.id)
            } else {
                format!("{}-{place}", self.id)
            };
            (id, self.reference())
        };
        let mut copy = self.clone();
        copy.id = id;
        copy.version = version;
        copy.based_on = Some(based_on);
        copy.schema = None;
        copy.fresh()
    }

    /// The ruleset with one item corrected.
    ///
    /// # Errors
    /// [`EditError::NoItem`] when the ruleset has no such item, [`EditError::EmptyText`] when the
    /// Vietnamese text is empty.
    pub fn with_item(&self, id: &str, edit: ItemEdit) -> Result<Ruleset, EditError> {
        if edit.text.vi.trim().is_empty() {
            return Err(EditError::EmptyText);
        }
        let mut copy = self.clone();
        let item = copy
            .forms
            .iter_mut()
            .flat_map(|f| f.sections.iter_mut())
            .chain(copy.blocks.iter_mut())
            .find_map(|s| item_in(s, id))
            .ok_or_else(|| EditError::NoItem(id.to_owned()))?;
        item.text = edit.text;
        item.status = edit.status;
        item.basis = edit.basis;
        item.source = edit.source;
        Ok(copy.fresh())
    }

    /// Whether this is a local ruleset (made with [`Ruleset::local_copy`]).
    pub fn is_local(&self) -> bool {
        self.based_on.is_some()
    }

    /// The same content with its index and digest to be computed again.
    fn fresh(self) -> Ruleset {
        let value = serde_json::to_value(&self).unwrap_or(serde_json::Value::Null);
        Ruleset::from_value(&value).unwrap_or(self)
    }
}

fn item_in<'s>(section: &'s mut Section, id: &str) -> Option<&'s mut Item> {
    fn in_items<'i>(items: &'i mut [Item], id: &str) -> Option<&'i mut Item> {
        for item in items {
            if item.id == id {
                return Some(item);
            }
            if let Some(found) = in_items(&mut item.items, id) {
                return Some(found);
            }
        }
        None
    }
    if let Some(found) = in_items(&mut section.items, id) {
        return Some(found);
    }
    section.sections.iter_mut().find_map(|s| item_in(s, id))
}

/// A name as an id: ASCII letters and digits, Vietnamese letters without their marks, words joined by `-`.
///
/// ```
/// assert_eq!(tthc_core::ruleset::slug("Thành phố Hồ Chí Minh"), "thanh-pho-ho-chi-minh");
/// assert_eq!(tthc_core::ruleset::slug("Đắk Lắk"), "dak-lak");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let plain = fold(c);
        if plain.is_ascii_alphanumeric() {
            out.push(plain);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A lower-case Vietnamese letter without its marks (`ế` → `e`, `đ` → `d`); other characters as they are.
fn fold(c: char) -> char {
    const GROUPS: [(&str, char); 7] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    GROUPS
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map_or(c, |(_, plain)| *plain)
}

impl Action {
    /// Uses a local ruleset, embedding its copy ([`Action::EmbedRuleset`]).
    pub fn embed_ruleset(ruleset: &Ruleset) -> Action {
        Action::EmbedRuleset {
            reference: ruleset.reference(),
            copy: Box::new(ruleset.to_value()),
        }
    }

    /// Uses a ruleset: by reference when the registry has it with the same content, else embedded.
    pub fn use_ruleset(ruleset: &Ruleset, registry: &Registry) -> Action {
        let reference = ruleset.reference();
        if registry
            .resolve(&reference)
            .is_some_and(|r| reference.matches(r))
        {
            Action::SetRuleset(reference)
        } else {
            Action::embed_ruleset(ruleset)
        }
    }
}

impl RulesetRef {
    /// Whether a ruleset is the one this reference records: the same id and version, and the same content
    /// when the reference has a digest.
    pub fn matches(&self, ruleset: &Ruleset) -> bool {
        self.id == ruleset.id
            && self.version == ruleset.version
            && self.sha256.as_deref().is_none_or(|d| d == ruleset.sha256())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Registry;

    #[test]
    fn a_correction_changes_the_wording_and_the_digest_and_nothing_else() {
        let bundled = Registry::bundled().default_ruleset();
        let local = bundled.local_copy("Hà Nội", 1);
        let item = local.item("tt03.proposal.i.1").expect("an item");
        let mut edit = ItemEdit::of(item);
        edit.text.vi = "Câu hỏi đã được sửa".into();
        edit.status = Some(Status::Official);
        let corrected = local.with_item("tt03.proposal.i.1", edit).expect("edits");
        assert_eq!(
            corrected
                .item("tt03.proposal.i.1")
                .map(|i| i.text.vi.as_str()),
            Some("Câu hỏi đã được sửa")
        );
        assert_eq!(
            corrected.provenance("tt03.proposal.i.1").map(|p| p.status),
            Some(Status::Official)
        );
        assert_ne!(corrected.sha256(), local.sha256());
        assert_eq!(corrected.all_items().len(), bundled.all_items().len());
        assert!(
            super::super::lint(&corrected)
                .iter()
                .all(|m| m.level != super::super::LintLevel::Error)
        );
        // A copy of a local ruleset keeps its id and what it was made from.
        let again = corrected.local_copy("Huế", 2);
        assert_eq!(again.id, "tt03-2022-ha-noi");
        assert_eq!(again.based_on, Some(bundled.reference()));
    }

    #[test]
    fn an_edit_of_a_missing_item_or_an_empty_text_is_refused() {
        let r = Registry::bundled().default_ruleset();
        let edit = ItemEdit::of(r.item("tt03.proposal.i.1").expect("an item"));
        assert_eq!(
            r.with_item("nope", edit.clone()).err(),
            Some(EditError::NoItem("nope".into()))
        );
        let mut empty = edit;
        empty.text.vi = "  ".into();
        assert_eq!(
            r.with_item("tt03.proposal.i.1", empty).err(),
            Some(EditError::EmptyText)
        );
    }

    #[test]
    fn a_reference_matches_its_content() {
        let r = Registry::bundled().default_ruleset();
        let mut reference = r.reference();
        assert!(reference.matches(r));
        reference.sha256 = Some("0".repeat(64));
        assert!(!reference.matches(r));
        reference.sha256 = None;
        assert!(reference.matches(r));
    }
}
