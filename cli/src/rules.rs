//! Which ruleset a file is read with: the one `--ruleset FILE` names, else the local one the file embeds,
//! else the bundled one it records.

use tthc_core::file::Opened;
use tthc_core::ruleset::first_error;
use tthc_core::{Registry, Ruleset};

use crate::input::{self, Failure};

/// The rulesets a command reads files with.
pub struct Rules {
    /// The bundled rulesets, with the one given by `--ruleset` added.
    pub registry: Registry,
    /// The ruleset of `--ruleset FILE`, used for every file in place of the one it records.
    pub given: Option<Ruleset>,
}

impl Rules {
    /// The bundled rulesets, and the ruleset file of `--ruleset` when one is given: read, and refused when
    /// its lint finds an error.
    pub fn load(path: Option<&str>) -> Result<Rules, Failure> {
        let mut registry = Registry::bundled().clone();
        let given = match path {
            None => None,
            Some(path) => {
                let r = read_ruleset(path)?;
                if let Some(e) = first_error(&r) {
                    return Err(Failure::Input(format!(
                        "{path}: expected a ruleset without lint errors (see `tthc rulesets lint {path}`), found {e}"
                    )));
                }
                registry.add(r.clone());
                Some(r)
            }
        };
        Ok(Rules { registry, given })
    }

    /// Opens a file with these rulesets.
    pub fn open(&self, path: &str) -> Result<Opened, Failure> {
        input::open_with(path, &self.registry)
    }

    /// The ruleset to read an opened file with. A file made with another ruleset than `--ruleset` names is
    /// said on standard error (its answers to items the given ruleset lacks are ignored, as the checks say).
    pub fn for_file<'a>(&'a self, path: &str, opened: &'a Opened) -> Result<&'a Ruleset, Failure> {
        let recorded = &opened.assessment.ruleset;
        if let Some(given) = &self.given {
            let base = given.based_on.as_ref().map(|b| b.id.as_str());
            if given.id != recorded.id && base != Some(recorded.id.as_str()) {
                eprintln!(
                    "tthc: {}: made with the ruleset {recorded}, read with {}@{} as --ruleset asks",
                    input::display_name(path),
                    given.id,
                    given.version
                );
            }
            return Ok(given);
        }
        if let Some(local) = &opened.ruleset {
            return Ok(local);
        }
        self.registry.resolve(recorded).ok_or_else(|| {
            Failure::Input(format!(
                "{}: expected a ruleset this software knows, found {recorded}",
                input::display_name(path)
            ))
        })
    }
}

/// Reads a ruleset file.
pub fn read_ruleset(path: &str) -> Result<Ruleset, Failure> {
    let text = input::read(path)?;
    Ruleset::from_json(tthc_core::text::without_bom(&text))
        .map_err(|e| Failure::Input(format!("{}: {e}", input::display_name(path))))
}
