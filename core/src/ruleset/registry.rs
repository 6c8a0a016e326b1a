//! The rulesets bundled with the engine, every released version of each.

use std::sync::OnceLock;

use super::{Ruleset, RulesetRef};
use crate::assessment::Assessment;
use crate::parameters::Parameters;

include!(concat!(env!("OUT_DIR"), "/bundled_rulesets.rs"));

/// The ruleset a new assessment uses: the forms of Thông tư 03/2022/TT-BTP.
pub const DEFAULT_RULESET: &str = "tt03-2022";

/// A set of rulesets, looked up by id and version.
///
/// Every released version of a bundled ruleset stays bundled, so that a file made with version 1 still
/// opens with version 1 after version 2 ships.
///
/// ```
/// use tthc_core::Registry;
/// let registry = Registry::bundled();
/// let tt03 = registry.latest("tt03-2022").expect("bundled");
/// assert_eq!(registry.get("tt03-2022", tt03.version).map(|r| r.version), Some(tt03.version));
/// assert!(registry.get("nd63-2010", 1).is_some());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    rulesets: Vec<Ruleset>,
}

impl Registry {
    /// The bundled rulesets, read once.
    ///
    /// # Panics
    /// Never for a released build: a bundled file that does not read is caught by the test suite
    /// (`bundled_rulesets_read_and_lint_clean`).
    pub fn bundled() -> &'static Registry {
        static BUNDLED_REGISTRY: OnceLock<Registry> = OnceLock::new();
        BUNDLED_REGISTRY.get_or_init(|| {
            let mut registry = Registry::default();
            for (name, json) in BUNDLED {
                match Ruleset::from_json(json) {
                    Ok(r) => registry.add(r),
                    // Unreachable in a tested build; skipping keeps the other rulesets usable.
                    Err(e) => debug_assert!(false, "bundled ruleset {name}: {e}"),
                }
            }
            registry
        })
    }

    /// The bundled files (name, JSON text), for tests and tools.
    pub fn bundled_files() -> &'static [(&'static str, &'static str)] {
        BUNDLED
    }

    /// Adds a ruleset (replacing one with the same id and version).
    pub fn add(&mut self, ruleset: Ruleset) {
        self.rulesets
            .retain(|r| !(r.id == ruleset.id && r.version == ruleset.version));
        self.rulesets.push(ruleset);
        self.rulesets
            .sort_by(|a, b| a.id.cmp(&b.id).then(a.version.cmp(&b.version)));
    }

    /// A ruleset by id and exact version.
    pub fn get(&self, id: &str, version: u32) -> Option<&Ruleset> {
        self.rulesets
            .iter()
            .find(|r| r.id == id && r.version == version)
    }

    /// A ruleset by reference.
    pub fn resolve(&self, reference: &RulesetRef) -> Option<&Ruleset> {
        self.get(&reference.id, reference.version)
    }

    /// The ruleset of a reference, or the default one when the registry does not have it (the one
    /// fallback: files are checked on import, so only a programming error reaches it).
    pub fn resolve_or_default(&self, reference: &RulesetRef) -> &Ruleset {
        self.resolve(reference)
            .unwrap_or_else(|| self.default_ruleset())
    }

    /// The newest version of a ruleset.
    pub fn latest(&self, id: &str) -> Option<&Ruleset> {
        self.rulesets
            .iter()
            .filter(|r| r.id == id)
            .max_by_key(|r| r.version)
    }

    /// The newest version of the default ruleset ([`DEFAULT_RULESET`]).
    ///
    /// # Panics
    /// If the default ruleset is not in the registry: never for [`Registry::bundled`].
    pub fn default_ruleset(&self) -> &Ruleset {
        self.latest(DEFAULT_RULESET)
            .expect("the default ruleset is bundled")
    }

    /// Every ruleset, by id then version.
    pub fn all(&self) -> &[Ruleset] {
        &self.rulesets
    }

    /// The versions available for an id, ascending.
    pub fn versions(&self, id: &str) -> Vec<u32> {
        self.rulesets
            .iter()
            .filter(|r| r.id == id)
            .map(|r| r.version)
            .collect()
    }
}

impl Assessment {
    /// A new, empty assessment made with `ruleset`, costed with the bundled parameters (the latest
    /// verified national income figure, 22 working days of 8 hours).
    pub fn new(ruleset: &Ruleset) -> Assessment {
        Assessment::blank(ruleset.reference(), Parameters::default())
    }
}

impl Default for Assessment {
    /// A new assessment made with the default ruleset ([`Registry::default_ruleset`]).
    fn default() -> Assessment {
        Assessment::new(Registry::bundled().default_ruleset())
    }
}
