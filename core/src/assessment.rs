//! The assessment: everything about the impact assessment of one draft, as saved in one file.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::appraisal::Appraisal;
use crate::consultation::Consultation;
use crate::draft::Draft;
use crate::keyed::keyed;
use crate::parameters::Parameters;
use crate::procedure::Procedure;
use crate::recorded::CostResult;
use crate::text::Lang;

/// The format name written in every file.
pub const FORMAT: &str = "tthc-assessment";

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

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
    /// The schema version of the file (this build writes [`SCHEMA_VERSION`]).
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
    /// A copy of the ruleset when it is not a bundled one (a local correction), so that the file opens with
    /// the same wording anywhere; its digest must be [`RulesetRef::sha256`] (from schema version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset_copy: Option<Box<serde_json::Value>>,
    /// Where the user was in the guided flow (not part of the fingerprint).
    #[serde(default, skip_serializing_if = "Location::is_start")]
    pub location: Location,
}

impl Assessment {
    /// An empty assessment made with a ruleset, costed with `parameters`. (`Assessment::new(&ruleset)`
    /// starts one from a ruleset and the bundled parameters.)
    pub fn blank(ruleset: RulesetRef, parameters: Parameters) -> Assessment {
        Assessment {
            format: FileFormat,
            schema_version: SCHEMA_VERSION,
            ruleset,
            draft: Draft::default(),
            procedures: Vec::new(),
            consultation: Consultation::default(),
            parameters,
            recorded_cost: None,
            appraisal: None,
            ruleset_copy: None,
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
}

/// Which bundled ruleset (and which version of it) an assessment was made with.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RulesetRef {
    /// The ruleset id (`"tt03-2022"`).
    pub id: String,
    /// Its version.
    pub version: u32,
    /// The SHA-256 of the ruleset's content ([`crate::digest`]) when the assessment was made with it (from
    /// schema version 3): a copy of a local ruleset must have this digest to be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

impl fmt::Display for RulesetRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.id, self.version)
    }
}

/// The format name written at the top of every assessment file: `"tthc-assessment"`. Reading any other
/// name fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileFormat;

impl Serialize for FileFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(FORMAT)
    }
}

impl<'de> Deserialize<'de> for FileFormat {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<FileFormat, D::Error> {
        let name = String::deserialize(deserializer)?;
        if name == FORMAT {
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
        schemars::json_schema!({ "const": FORMAT, "description": "Always `tthc-assessment`." })
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
    /// The legal status of the rules applied, and the correction of the forms' wording.
    Legal,
}

impl Location {
    /// Whether this is the start page.
    pub fn is_start(&self) -> bool {
        *self == Location::Start
    }

    /// The name of the page, as the navigation shows it (a procedure's page: its name and the step).
    pub fn label(&self, a: &Assessment, lang: Lang) -> String {
        let name = match self {
            Location::Start => lang.pick("Bắt đầu", "Start"),
            Location::Draft => lang.pick("Thông tin dự thảo", "The draft"),
            Location::Procedures => lang.pick("Thủ tục hành chính", "Procedures"),
            Location::Procedure { id, step } => {
                let name = match a.procedures.iter().position(|p| &p.id == id) {
                    Some(i) => a.procedures[i].display_name(i + 1, lang),
                    None => lang
                        .pick("Thủ tục đã xoá", "A removed procedure")
                        .to_owned(),
                };
                return format!("{name} › {}", step.label().get(lang));
            }
            Location::Consultation => {
                lang.pick("Ý kiến cơ quan kiểm soát", "Control unit's comments")
            }
            Location::Checks => lang.pick("Kiểm tra", "Checks"),
            Location::Dossier => lang.pick("Hồ sơ đánh giá tác động", "Dossier"),
            Location::Appraisal => lang.pick("Thẩm định", "Appraisal"),
            Location::Compare => lang.pick("So sánh phiên bản", "Compare versions"),
            Location::Legal => lang.pick("Căn cứ pháp lý và biểu mẫu", "Legal basis and forms"),
        };
        name.to_owned()
    }
}

keyed! {
    /// The pages of one procedure, in the order of the guided flow.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ProcedureStep {
        /// Kind, provisions, field.
        Details = "details", "Thông tin chung", "Details";
        /// The components (before and after).
        Components = "components", "Bộ phận tạo thành", "Components";
        /// The assessment form.
        Form = "form", "Biểu mẫu đánh giá", "Assessment form";
        /// The compliance cost.
        Cost = "cost", "Chi phí tuân thủ", "Compliance cost";
    }
}
