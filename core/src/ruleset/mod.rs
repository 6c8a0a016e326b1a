//! Rulesets: the assessment forms as versioned data with legal provenance.
//!
//! A ruleset is a JSON file in `core/data/rulesets/` (embedded at build time). It holds the forms (which
//! procedures each applies to), their sections in the criteria order of the law, the items with their
//! official wording, answer kind, display conditions and provenance, the rules that decide which components
//! are assessed, and the short-circuit rules (an unnecessary procedure is not assessed further).
//!
//! A legal expert corrects wording by editing the data file and raising its `version`; no Rust code changes.
//! Files made with an older version keep opening with that version (see [`Registry`]).

mod condition;
mod lint;
mod local;
mod registry;

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use crate::assessment::RulesetRef;
pub use crate::criterion::Criterion;
pub use condition::Condition;
pub use lint::{LintLevel, LintMessage, first_error, lint};
pub use local::{EditError, ItemEdit, slug};
pub use registry::{DEFAULT_RULESET, Registry};

use crate::keyed::keyed;

use crate::component::Component;
use crate::date::{Date, Period};
use crate::draft::Stage;
use crate::procedure::ProcedureKind;
use crate::text::{Lang, Text};

keyed! {
    /// How sure we are of a piece of wording or a number (SPEC §10).
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Status {
        /// Verbatim from the legal text.
        Official = "official", "nguyên văn", "official";
        /// From an official summary of the legal text.
        Summary = "summary", "tóm lược", "summary";
        /// Reconstructed from older forms or practice: needs review by a legal expert.
        Reconstructed = "reconstructed", "tái dựng, chờ thẩm tra", "reconstructed, to be verified";
    }
}

/// Where a rule comes from: a legal document and the provision in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// The document ("Thông tư 03/2022/TT-BTP").
    pub document: String,
    /// The provision ("Điều 8 khoản 1", "Phụ lục II"), empty for the whole document.
    #[serde(default)]
    pub provision: String,
}

impl LegalBasis {
    /// A basis.
    pub fn new(document: impl Into<String>, provision: impl Into<String>) -> LegalBasis {
        LegalBasis {
            document: document.into(),
            provision: provision.into(),
        }
    }
}

impl fmt::Display for LegalBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.provision.trim().is_empty() {
            f.write_str(&self.document)
        } else {
            write!(f, "{}, {}", self.provision, self.document)
        }
    }
}

/// An option of a single- or multiple-choice item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id of the option, used in answers and conditions.
    pub id: String,
    /// The letter printed before the option ("a", "đ"), if the form prints one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The wording of the option.
    pub text: Text,
}

/// How an item is answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerKind {
    /// No answer of its own: a question stem whose sub-items are answered.
    Group,
    /// Có □ / Không □ (options `yes`, `no`).
    YesNo,
    /// Có, toàn bộ / Có, một phần / Không (options `wholly`, `partly`, `no`).
    ThreeValued,
    /// One of the listed options.
    SingleChoice {
        /// The options.
        options: Vec<Choice>,
    },
    /// Any of the listed options.
    MultiChoice {
        /// The options.
        options: Vec<Choice>,
    },
    /// Free text.
    Text,
    /// A number, with an optional unit.
    Number {
        /// The unit ("hồ sơ/năm").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<Text>,
    },
    /// An amount in đồng.
    Money,
    /// A number of hours.
    Hours,
    /// A date.
    Date,
}

impl AnswerKind {
    /// The options that answers and conditions may name, for the kinds that have options.
    pub fn options(&self) -> Option<Vec<Choice>> {
        match self {
            AnswerKind::YesNo => Some(vec![
                Choice {
                    id: "yes".into(),
                    label: String::new(),
                    text: Text::new("Có", "Yes"),
                },
                Choice {
                    id: "no".into(),
                    label: String::new(),
                    text: Text::new("Không", "No"),
                },
            ]),
            AnswerKind::ThreeValued => Some(vec![
                Choice {
                    id: "wholly".into(),
                    label: String::new(),
                    text: Text::new("Có, toàn bộ", "Yes, wholly"),
                },
                Choice {
                    id: "partly".into(),
                    label: String::new(),
                    text: Text::new("Có, một phần", "Yes, partly"),
                },
                Choice {
                    id: "no".into(),
                    label: String::new(),
                    text: Text::new("Không", "No"),
                },
            ]),
            AnswerKind::SingleChoice { options } | AnswerKind::MultiChoice { options } => {
                Some(options.clone())
            }
            _ => None,
        }
    }

    /// The wording of one option, if the kind has it.
    pub fn option_text(&self, id: &str, lang: Lang) -> Option<String> {
        self.options()?
            .into_iter()
            .find(|c| c.id == id)
            .map(|c| c.text.get(lang).to_owned())
    }

    /// The identifier of the kind (`"yes_no"`).
    pub fn key(&self) -> &'static str {
        match self {
            AnswerKind::Group => "group",
            AnswerKind::YesNo => "yes_no",
            AnswerKind::ThreeValued => "three_valued",
            AnswerKind::SingleChoice { .. } => "single_choice",
            AnswerKind::MultiChoice { .. } => "multi_choice",
            AnswerKind::Text => "text",
            AnswerKind::Number { .. } => "number",
            AnswerKind::Money => "money",
            AnswerKind::Hours => "hours",
            AnswerKind::Date => "date",
        }
    }
}

/// When the reason attached to an item must be written.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReasonRule {
    /// Always (the usual "Nêu rõ lý do:").
    #[default]
    Always,
    /// Only for these options.
    When(Vec<String>),
    /// Never required.
    Optional,
}

/// The free-text reason attached to an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReasonSpec {
    /// The label of the field ("Nêu rõ lý do:").
    pub label: Text,
    /// When it must be filled in.
    #[serde(default)]
    pub required: ReasonRule,
    /// Provenance of the label when it differs from the item's (a reconstructed prompt on an official
    /// question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

/// One checklist item (a question, or a question stem with sub-items).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable dotted id, unique in the ruleset (`"tt03.bm03.2.d"`). Answers are stored under it.
    pub id: String,
    /// The number or letter printed before the item ("1", "a", "3.1").
    #[serde(default)]
    pub label: String,
    /// The question.
    pub text: Text,
    /// How it is answered.
    pub answer: AnswerKind,
    /// The reason field attached to the answer, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<ReasonSpec>,
    /// Shown only when this holds. Answers to hidden items are kept but ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    /// Whether an answer is required when the item is shown (default: yes, except for groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Legal basis; inherited from the section, form or ruleset when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
    /// Provenance status; inherited when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Where the wording comes from; inherited when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Short help for the person answering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// Sub-items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

impl Item {
    /// Whether the item must be answered when shown.
    pub fn is_required(&self) -> bool {
        self.required
            .unwrap_or(!matches!(self.answer, AnswerKind::Group))
    }

    /// Whether the reason must be written for this answer value (`choice` is the chosen option, if any).
    pub fn reason_required(&self, choice: Option<&str>) -> bool {
        match &self.reason {
            None => false,
            Some(spec) => match &spec.required {
                ReasonRule::Always => true,
                ReasonRule::Optional => false,
                ReasonRule::When(options) => choice.is_some_and(|c| options.iter().any(|o| o == c)),
            },
        }
    }
}

/// Content of a section that the engine computes rather than asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Computed {
    /// The compliance cost tables (one scenario, or before and after).
    Cost,
    /// The statement of simplification of an amended procedure, drafted from the comparison.
    Simplification,
}

/// A section of a form; sections nest, and may reuse shared blocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable dotted id, unique in the ruleset.
    pub id: String,
    /// The number printed before the title ("I", "2").
    #[serde(default)]
    pub number: String,
    /// The title.
    pub title: Text,
    /// The criterion the section assesses, if any (legal basis sections have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<Criterion>,
    /// Assessed only when this component is assessed for the procedure (and, for the components of
    /// Art. 8(2)(h), only when the procedure has it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub component: Option<Component>,
    /// Repeated once per entry of this listed component (`forms` or `conditions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Component>,
    /// Computed content shown in the section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computed: Option<Computed>,
    /// Legal basis of the section; inherited by its items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
    /// Provenance status; inherited by its items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Where the wording comes from; inherited by its items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Help for the whole section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// The items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// Sub-sections written in place.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Shared blocks (ids of [`Ruleset::blocks`]) shown after the sub-sections, in this order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<String>,
    /// In the form only for drafts dated from this day (a rule that came into force later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// In the form only for drafts dated until this day (a rule that was replaced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

impl Section {
    /// Whether the section is in the form of a draft dated `on` ([`Period::contains`]).
    pub fn applies_on(&self, on: Option<Date>) -> bool {
        Period {
            from: self.from,
            until: self.until,
        }
        .contains(on)
    }
}

/// Which procedures a form applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Applies {
    /// The stages; empty means every stage.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// The kinds of procedure; empty means every kind.
    #[serde(default)]
    pub kinds: Vec<ProcedureKind>,
}

impl Applies {
    /// Whether a procedure of `kind` at `stage` matches.
    pub fn matches(&self, stage: Stage, kind: ProcedureKind) -> bool {
        (self.stages.is_empty() || self.stages.contains(&stage))
            && (self.kinds.is_empty() || self.kinds.contains(&kind))
    }
}

/// One form (biểu mẫu) of the ruleset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// Stable id, unique in the ruleset.
    pub id: String,
    /// The official code of the form ("Biểu mẫu số 03/ĐGTĐ-QĐCT/SĐBS"), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The title printed on the form.
    pub title: Text,
    /// The fields at the head of the form, filled from the draft ("Tên văn bản đề nghị xây dựng:").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub header: Vec<Text>,
    /// Which procedures it is used for. The first form that matches a procedure is its form.
    pub applies: Applies,
    /// Legal basis of the form; inherited by its sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
    /// Provenance status of the form; inherited by its sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Where the form comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The sections, in the criteria order of the ruleset.
    pub sections: Vec<Section>,
}

/// How the components to assess are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Assess {
    /// Every component the procedure has.
    All,
    /// Only the components the draft amends or details.
    Changed,
    /// Only the components listed in the rule.
    Listed,
    /// No component.
    None,
}

/// Which components are assessed for procedures of some kinds at some stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScopeRule {
    /// The procedures the rule is for.
    pub applies: Applies,
    /// How the components are chosen.
    pub assess: Assess,
    /// The components, when `assess` is `listed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
    /// Legal basis of the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
}

/// A rule that stops the assessment: when its condition holds, the listed sections are skipped (and recorded
/// as skipped with the reason).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShortCircuit {
    /// Stable id.
    pub id: String,
    /// When it applies.
    pub when: Condition,
    /// The sections skipped (their sub-sections too).
    pub skip: Vec<String>,
    /// Why, as stated in the dossier.
    pub reason: Text,
    /// Legal basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
}

/// A complete ruleset.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ruleset {
    /// The JSON Schema of this format (for editors).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable id (`"tt03-2022"`).
    pub id: String,
    /// Version; raise it for every change of a released ruleset.
    pub version: u32,
    /// Name of the ruleset.
    pub title: Text,
    /// Legal basis of the ruleset; inherited by everything in it.
    pub basis: LegalBasis,
    /// Default provenance status; inherited by everything in it.
    pub status: Status,
    /// Where the ruleset comes from.
    pub source: Text,
    /// Whether the ruleset describes law that has been replaced.
    #[serde(default)]
    pub superseded: bool,
    /// For a local ruleset (a legal officer's corrections, [`Ruleset::local_copy`]): the ruleset it was
    /// made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<RulesetRef>,
    /// The version of the regulation data it is read with ([`crate::regulation::Regulation::version`]).
    #[serde(
        default = "first_regulation",
        skip_serializing_if = "is_first_regulation"
    )]
    pub regulation: u32,
    /// The order of the criteria in the forms.
    pub criteria: Vec<Criterion>,
    /// Which components are assessed for which procedures. The first rule that matches applies.
    pub scope: Vec<ScopeRule>,
    /// The forms. The first form that matches a procedure is its form.
    pub forms: Vec<Form>,
    /// Shared sections that forms reuse through `uses`.
    #[serde(default)]
    pub blocks: Vec<Section>,
    /// Rules that stop the assessment early.
    #[serde(default)]
    pub short_circuits: Vec<ShortCircuit>,
    /// What an appraiser checks.
    pub appraisal: AppraisalChecklist,
    /// Where every item and section sits, and their provenance: built on first use, however the ruleset
    /// was made (read from JSON, deserialised by serde, or cloned).
    #[serde(skip)]
    index: OnceLock<Index>,
    /// The digest of the content, computed on first use.
    #[serde(skip)]
    digest: OnceLock<String>,
}

/// A point the engine can decide from the checks; the appraiser confirms or overrides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Auto {
    /// The impact assessment is complete (no error apart from the consultation).
    AssessmentComplete,
    /// The control unit's comments are recorded.
    ConsultationReceived,
    /// Each of the control unit's comments is answered.
    CommentsAnswered,
    /// The procedure's cost inputs are complete and valid.
    InputsComplete,
    /// The procedure's cost inputs have sources.
    InputsSourced,
    /// The cost figures recorded in the file match the recomputation.
    FiguresRecompute,
    /// An amended business-related procedure meets the cost-reduction target.
    ReductionTarget,
}

/// One point of the appraisal checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AppraisalPoint {
    /// Stable id.
    pub id: String,
    /// The criterion, or none for the intake of the dossier (checked once for the draft).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<Criterion>,
    /// What is checked; `{}` is replaced by the component's name for per-component points.
    pub text: Text,
    /// Checked once per component assessed for the procedure.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub per_component: bool,
    /// Decided by the engine (pre-filled and marked as such).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto: Option<Auto>,
    /// Legal basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
    /// Provenance status; inherited from the checklist when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Checked only for drafts dated from this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Checked only for drafts dated until this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

impl AppraisalPoint {
    /// Whether the point is checked for a draft dated `on` ([`Period::contains`]).
    pub fn applies_on(&self, on: Option<Date>) -> bool {
        Period {
            from: self.from,
            until: self.until,
        }
        .contains(on)
    }
}

/// The appraisal checklist of a ruleset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AppraisalChecklist {
    /// Legal basis of the appraisal.
    pub basis: LegalBasis,
    /// Default status of the points.
    pub status: Status,
    /// The points, intake first, then by criterion.
    pub points: Vec<AppraisalPoint>,
}

fn first_regulation() -> u32 {
    1
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_first_regulation(v: &u32) -> bool {
    *v == 1
}

impl PartialEq for Ruleset {
    fn eq(&self, other: &Ruleset) -> bool {
        self.id == other.id && self.version == other.version
    }
}

/// Why a ruleset file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RulesetError {
    /// Not valid JSON or not of the ruleset format.
    #[error("expected a ruleset in JSON, found an error at `{path}`: {message}")]
    Format {
        /// Where in the file.
        path: String,
        /// What was wrong.
        message: String,
    },
}

/// Where every item and section sits, computed once when the ruleset is read.
#[derive(Debug, Clone, Default)]
struct Index {
    items: HashMap<String, ItemPath>,
    sections: HashMap<String, SectionPath>,
}

/// A section's place: the top-level section it is in (of a form or a block), then child indices.
#[derive(Debug, Clone)]
struct SectionPath {
    root: Root,
    children: Vec<usize>,
    parent: Option<String>,
}

#[derive(Debug, Clone, Copy)]
enum Root {
    Form(usize, usize),
    Block(usize),
}

/// An item's place: its section, then indices through `items`, the ids of its parent items, and its
/// effective provenance.
#[derive(Debug, Clone)]
struct ItemPath {
    section: String,
    children: Vec<usize>,
    parents: Vec<String>,
    basis: Option<LegalBasis>,
    status: Status,
    source: Option<Text>,
}

impl Ruleset {
    /// Reads a ruleset from its JSON text.
    ///
    /// # Errors
    /// [`RulesetError::Format`] with the path of the first value that does not fit the format. A ruleset that
    /// reads but is inconsistent is reported by [`lint`], not here.
    pub fn from_json(json: &str) -> Result<Ruleset, RulesetError> {
        serde_json::from_str(json).map_err(|e| RulesetError::Format {
            path: crate::json_path::path_at(json, e.line(), e.column()),
            message: crate::json_path::message(&e),
        })
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self))
    }

    /// The id, version and digest of the content: what an assessment records.
    pub fn reference(&self) -> RulesetRef {
        RulesetRef {
            id: self.id.clone(),
            version: self.version,
            sha256: Some(self.sha256().to_owned()),
        }
    }

    /// The SHA-256 of the ruleset's canonical JSON ([`crate::digest`]), computed once.
    pub fn sha256(&self) -> &str {
        self.digest.get_or_init(|| crate::digest::of(self))
    }

    /// The ruleset as a JSON value, for a copy embedded in an assessment (its digest is [`Ruleset::sha256`]).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// Reads a ruleset from a JSON value (a copy embedded in an assessment).
    ///
    /// # Errors
    /// [`RulesetError::Format`] when the value does not fit the format.
    pub fn from_value(value: &serde_json::Value) -> Result<Ruleset, RulesetError> {
        // Read through the text, with the one deserialiser of rulesets the build has (reading from a value
        // would add a second copy of it to the app, and its errors would have no path).
        Ruleset::from_json(&value.to_string())
    }

    /// The form used for a procedure of `kind` at `stage`: the first that matches.
    pub fn form_for(&self, stage: Stage, kind: ProcedureKind) -> Option<&Form> {
        self.forms.iter().find(|f| f.applies.matches(stage, kind))
    }

    /// The scope rule for a procedure of `kind` at `stage`: the first that matches.
    pub fn scope_for(&self, stage: Stage, kind: ProcedureKind) -> Option<&ScopeRule> {
        self.scope.iter().find(|r| r.applies.matches(stage, kind))
    }

    /// A shared block by id.
    pub fn block(&self, id: &str) -> Option<&Section> {
        self.blocks.iter().find(|b| b.id == id)
    }

    /// An item by id, anywhere in the ruleset.
    pub fn item(&self, id: &str) -> Option<&Item> {
        let path = self.index().items.get(id)?;
        let section = self.section(&path.section)?;
        let (first, rest) = path.children.split_first()?;
        let mut item = section.items.get(*first)?;
        for &i in rest {
            item = item.items.get(i)?;
        }
        Some(item)
    }

    /// The section that holds an item.
    pub fn section_of(&self, item: &str) -> Option<&str> {
        self.index().items.get(item).map(|p| p.section.as_str())
    }

    /// The ids of an item's parent items, outermost first.
    pub fn parents_of(&self, item: &str) -> &[String] {
        self.index()
            .items
            .get(item)
            .map_or(&[], |p| p.parents.as_slice())
    }

    /// A section by id (in a form or a block).
    pub fn section(&self, id: &str) -> Option<&Section> {
        let path = self.index().sections.get(id)?;
        let mut section = match path.root {
            Root::Form(f, s) => self.forms.get(f)?.sections.get(s)?,
            Root::Block(b) => self.blocks.get(b)?,
        };
        for &i in &path.children {
            section = section.sections.get(i)?;
        }
        Some(section)
    }

    /// The parent section of a section, where it is written in place (blocks have none).
    pub fn parent_section(&self, id: &str) -> Option<&str> {
        self.index().sections.get(id)?.parent.as_deref()
    }

    /// Every item of the ruleset with its effective provenance, in file order.
    pub fn all_items(&self) -> Vec<ResolvedItem<'_>> {
        let mut out = Vec::new();
        let root = Provenance {
            basis: Some(&self.basis),
            status: self.status,
            source: Some(&self.source),
        };
        for form in &self.forms {
            let p = root.inherit(form.basis.as_ref(), form.status, form.source.as_ref());
            for s in &form.sections {
                collect_section(s, p, &mut out);
            }
        }
        for b in &self.blocks {
            collect_section(b, root, &mut out);
        }
        out
    }

    /// The effective provenance of an item (its own, else its section's, form's, ruleset's), looked up in
    /// the index.
    pub fn provenance(&self, item_id: &str) -> Option<Provenance<'_>> {
        let p = self.index().items.get(item_id)?;
        Some(Provenance {
            basis: p.basis.as_ref(),
            status: p.status,
            source: p.source.as_ref(),
        })
    }
}

/// The provenance an item ends up with after inheritance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provenance<'r> {
    /// The legal basis.
    pub basis: Option<&'r LegalBasis>,
    /// The status.
    pub status: Status,
    /// The source note.
    pub source: Option<&'r Text>,
}

impl<'r> Provenance<'r> {
    fn inherit(
        self,
        basis: Option<&'r LegalBasis>,
        status: Option<Status>,
        source: Option<&'r Text>,
    ) -> Provenance<'r> {
        Provenance {
            basis: basis.or(self.basis),
            status: status.unwrap_or(self.status),
            source: source.or(self.source),
        }
    }
}

/// An item with its effective provenance.
#[derive(Debug, Clone, Copy)]
pub struct ResolvedItem<'r> {
    /// The item.
    pub item: &'r Item,
    /// Its section.
    pub section: &'r Section,
    /// Its provenance after inheritance.
    pub provenance: Provenance<'r>,
}

fn collect_section<'r>(s: &'r Section, p: Provenance<'r>, out: &mut Vec<ResolvedItem<'r>>) {
    let p = p.inherit(s.basis.as_ref(), s.status, s.source.as_ref());
    collect_items(s, &s.items, p, out);
    for sub in &s.sections {
        collect_section(sub, p, out);
    }
}

fn collect_items<'r>(
    section: &'r Section,
    list: &'r [Item],
    p: Provenance<'r>,
    out: &mut Vec<ResolvedItem<'r>>,
) {
    for item in list {
        let ip = p.inherit(item.basis.as_ref(), item.status, item.source.as_ref());
        out.push(ResolvedItem {
            item,
            section,
            provenance: ip,
        });
        collect_items(section, &item.items, ip, out);
    }
}

impl Index {
    fn build(ruleset: &Ruleset) -> Index {
        let mut index = Index::default();
        for (f, form) in ruleset.forms.iter().enumerate() {
            for (i, s) in form.sections.iter().enumerate() {
                index.add_section(s, Root::Form(f, i), &mut Vec::new(), None);
            }
        }
        for (b, block) in ruleset.blocks.iter().enumerate() {
            index.add_section(block, Root::Block(b), &mut Vec::new(), None);
        }
        // The first place an id is written wins, as for the positions.
        let mut seen = std::collections::HashSet::new();
        for r in ruleset.all_items() {
            if !seen.insert(r.item.id.as_str()) {
                continue;
            }
            if let Some(p) = index.items.get_mut(&r.item.id) {
                p.basis = r.provenance.basis.cloned();
                p.status = r.provenance.status;
                p.source = r.provenance.source.cloned();
            }
        }
        index
    }

    fn add_section(
        &mut self,
        s: &Section,
        root: Root,
        children: &mut Vec<usize>,
        parent: Option<&str>,
    ) {
        // The first place an id is written wins; the lint reports the others.
        self.sections
            .entry(s.id.clone())
            .or_insert_with(|| SectionPath {
                root,
                children: children.clone(),
                parent: parent.map(str::to_owned),
            });
        self.add_items(&s.id, &s.items, &mut Vec::new(), &mut Vec::new());
        for (i, sub) in s.sections.iter().enumerate() {
            children.push(i);
            self.add_section(sub, root, children, Some(&s.id));
            children.pop();
        }
    }

    fn add_items(
        &mut self,
        section: &str,
        items: &[Item],
        children: &mut Vec<usize>,
        parents: &mut Vec<String>,
    ) {
        for (i, item) in items.iter().enumerate() {
            children.push(i);
            self.items
                .entry(item.id.clone())
                .or_insert_with(|| ItemPath {
                    section: section.to_owned(),
                    children: children.clone(),
                    parents: parents.clone(),
                    basis: None,
                    status: Status::Reconstructed,
                    source: None,
                });
            parents.push(item.id.clone());
            self.add_items(section, &item.items, children, parents);
            parents.pop();
            children.pop();
        }
    }
}
