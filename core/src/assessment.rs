//! The assessment: everything about the impact assessment of one draft, as saved in one file.

use serde::{Deserialize, Serialize};

use crate::appraisal::Appraisal;
use crate::consultation::Consultation;
use crate::cost::Parameters;
use crate::cost::report::CostResult;
use crate::draft::Draft;
use crate::flow::{Progress, procedure_progress};
use crate::procedure::Procedure;
use crate::ruleset::{Registry, Ruleset, RulesetRef};

/// The impact assessment of the procedures of one draft.
///
/// Every change goes through [`Assessment::apply`]; everything derived (visible items, progress,
/// findings, costs) is computed from it, never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Always `tthc-assessment`: what kind of file this is.
    pub format: FileFormat,
    /// The schema version of the file (this build writes [`crate::file::SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The ruleset (and its version) the assessment is made with.
    pub ruleset: RulesetRef,
    /// The draft document.
    #[serde(default)]
    pub draft: Draft,
    /// Its procedures, in the order of the dossier.
    #[serde(default)]
    pub procedures: Vec<Procedure>,
    /// The procedure-control unit's comments and the drafter's responses.
    #[serde(default)]
    pub consultation: Consultation,
    /// The parameters of the compliance cost (a copy of the bundled figures, or the user's own).
    pub parameters: Parameters,
    /// The cost figures as computed when the drafter recorded them; recomputed and compared on open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recorded_cost: Option<CostResult>,
    /// The appraisal, once an appraiser has started it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appraisal: Option<Appraisal>,
    /// Where the user was in the guided flow (not part of the fingerprint).
    #[serde(default, skip_serializing_if = "Location::is_start")]
    pub location: Location,
}

impl Default for Assessment {
    fn default() -> Assessment {
        Assessment::new(Registry::bundled().default_ruleset())
    }
}

impl Assessment {
    /// A new, empty assessment made with `ruleset`.
    pub fn new(ruleset: &Ruleset) -> Assessment {
        Assessment {
            format: FileFormat,
            schema_version: crate::file::SCHEMA_VERSION,
            ruleset: ruleset.reference(),
            draft: Draft::default(),
            procedures: Vec::new(),
            consultation: Consultation::default(),
            parameters: Parameters::default(),
            recorded_cost: None,
            appraisal: None,
            location: Location::Start,
        }
    }

    /// A procedure by id.
    pub fn procedure(&self, id: &str) -> Option<&Procedure> {
        self.procedures.iter().find(|p| p.id == id)
    }

    pub(crate) fn procedure_mut(&mut self, id: &str) -> Option<&mut Procedure> {
        self.procedures.iter_mut().find(|p| p.id == id)
    }

    /// The progress of the whole draft: every procedure's required components and items.
    pub fn progress(&self, ruleset: &Ruleset) -> Progress {
        self.procedures
            .iter()
            .map(|p| procedure_progress(ruleset, self.draft.stage, p))
            .fold(Progress::default(), Progress::plus)
    }
}

/// The format name written at the top of every assessment file: `"tthc-assessment"`. Reading any other
/// name fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileFormat;

impl Serialize for FileFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(crate::file::FORMAT)
    }
}

impl<'de> Deserialize<'de> for FileFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<FileFormat, D::Error> {
        let name = String::deserialize(deserializer)?;
        if name == crate::file::FORMAT {
            Ok(FileFormat)
        } else {
            Err(serde::de::Error::invalid_value(
                serde::de::Unexpected::Str(&name),
                &"\"tthc-assessment\"",
            ))
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for FileFormat {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FileFormat".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "const": crate::file::FORMAT, "description": "Always `tthc-assessment`." })
    }
}

/// Where the user is in the guided flow.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "page", rename_all = "snake_case", deny_unknown_fields)]
pub enum Location {
    /// The start page.
    #[default]
    Start,
    /// The draft's details.
    Draft,
    /// The list of procedures.
    Procedures,
    /// One page of one procedure.
    Procedure {
        /// The procedure id.
        id: String,
        /// The page.
        step: ProcedureStep,
    },
    /// The control unit's comments.
    Consultation,
    /// The findings.
    Checks,
    /// The dossier preview.
    Dossier,
    /// The appraisal.
    Appraisal,
    /// The comparison with an earlier version of the file.
    Compare,
}

impl Location {
    /// Whether this is the start page.
    pub fn is_start(&self) -> bool {
        *self == Location::Start
    }
}

/// The pages of one procedure, in the order of the guided flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProcedureStep {
    /// Kind, provisions, field.
    Details,
    /// The components (before and after).
    Components,
    /// The assessment form.
    Form,
    /// The compliance cost.
    Cost,
}

impl ProcedureStep {
    /// The pages in order.
    pub const ALL: [ProcedureStep; 4] = [
        ProcedureStep::Details,
        ProcedureStep::Components,
        ProcedureStep::Form,
        ProcedureStep::Cost,
    ];
}
