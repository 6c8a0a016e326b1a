//! # tthc-core
//!
//! The engine of the TTHC impact-assessment workbench: impact assessment and appraisal of the
//! administrative procedures (thủ tục hành chính, TTHC) in Vietnamese draft legal documents, under
//! Nghị định 63/2010/NĐ-CP and Thông tư 03/2022/TT-BTP.
//!
//! ## The map
//!
//! - **The model** — [`Draft`] (the document under assessment), [`Procedure`] (its procedures, with the
//!   [`Components`] of NĐ 63 Art. 8(2) before and after the draft), [`Answer`]s to the form, and the
//!   control unit's [`Consultation`]. All of it is one [`Assessment`].
//! - **Rulesets as data** — [`ruleset`]: the official forms as versioned JSON files in `core/data/rulesets/`,
//!   each item with its wording, answer kind, display condition, legal basis and status (official /
//!   summary / reconstructed). [`Registry::bundled`] holds every released version. [`ruleset::lint`]
//!   checks a ruleset.
//! - **One reducer** — every change is an [`Action`] given to [`Assessment::apply`]. Nothing derived is
//!   stored: [`flow::Plan`] works out which sections and items apply and which are skipped,
//!   [`flow::procedure_progress`] the progress, [`check()`] the findings.
//! - **Compliance cost** — [`cost`]: the Standard Cost Model with dated, sourced [`cost::Parameters`],
//!   exact decimal arithmetic and a trace of every figure; [`money`] holds the one rounding rule.
//! - **The file format** — [`file::export`] and [`file::import`]: one versioned JSON document per
//!   assessment, deterministic, migrated on import.
//!
//! `tthc-core` is pure: no file or network access, no clock (dates are arguments), no randomness.
//!
//! ## Example
//!
//! ```
//! use tthc_core::{check, Action, Answer, Assessment, ProcedureKind, Registry, Severity};
//! use tthc_core::flow::Plan;
//!
//! let registry = Registry::bundled();
//! let ruleset = registry.default_ruleset();
//! let mut a = Assessment::new(ruleset);
//! a.apply(Action::AddProcedure { kind: ProcedureKind::New });
//!
//! // Answering "not necessary" stops the assessment: later sections are skipped.
//! a.apply(Action::Answer {
//!     id: "p1".into(),
//!     key: "tt03.new.ii.3".into(),
//!     answer: Answer::choice_with_reason("no", "Thông báo là đủ."),
//! });
//! let plan = Plan::new(ruleset, a.draft.stage, &a.procedures[0]);
//! assert_eq!(plan.skipped().len(), 3);
//!
//! let findings = check(&a, ruleset);
//! assert!(findings.iter().any(|f| f.severity == Severity::Error));
//! ```

pub mod action;
pub mod answer;
pub mod appraisal;
pub mod assessment;
pub mod check;
pub mod component;
pub mod consultation;
pub mod cost;
pub mod date;
pub mod diff;
pub mod dossier;
pub mod draft;
pub mod estimate;
pub mod file;
pub mod finding;
pub mod flow;
pub mod json_path;
pub mod migration;
pub mod money;
pub mod procedure;
pub mod regulation;
pub mod ruleset;
pub mod sample;
pub mod schema;
pub mod simplification;
pub mod text;

pub use action::{Action, ConsultationField, CostAction, DraftField, ProcedureField};
pub use answer::{Answer, AnswerKey, AnswerValue};
pub use appraisal::{AppraisalAction, Verdict};
pub use assessment::{Assessment, Location, ProcedureStep};
pub use check::check;
pub use component::{Component, ComponentValue, Components};
pub use consultation::{Comment, Consultation, Response, ResponseKind};
pub use date::{Date, DateError};
pub use draft::{DocumentType, Draft, Stage};
pub use finding::{Finding, Severity, Summary, Where};
pub use procedure::{Procedure, ProcedureKind, Side};
pub use ruleset::{Registry, Ruleset, RulesetRef};
pub use rust_decimal::Decimal;
pub use text::{Lang, Text};
