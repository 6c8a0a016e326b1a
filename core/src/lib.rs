//! # tthc-core
//!
//! The engine of the TTHC impact-assessment workbench: impact assessment and appraisal of the
//! administrative procedures (thủ tục hành chính, TTHC) in Vietnamese draft legal documents, under
//! Nghị định 63/2010/NĐ-CP and Thông tư 03/2022/TT-BTP.
//!
//! ## The map, in four layers
//!
//! Each layer uses only itself and the layers before it (checked by `.ci/layers`):
//!
//! 1. **The model** — what an assessment file holds: [`Draft`] (the document under assessment),
//!    [`Procedure`] (its procedures, with the [`Components`] of NĐ 63 Art. 8(2) before and after the
//!    draft, and the cost inputs of [`scenario`]), [`Answer`]s to the form, the control unit's
//!    [`Consultation`] and the [`appraisal`], with one [`Comment`] model for both. All of it is one
//!    [`Assessment`], changed only by the one reducer: every change is an [`Action`] given to
//!    [`Assessment::apply`]. A [`Place`] names anything in it, for findings, comments and the app.
//! 2. **The rules** — [`ruleset`]: the official forms as versioned JSON data in `core/data/rulesets/`,
//!    each item with its wording, answer kind, display condition, legal basis and status (official /
//!    summary / reconstructed); [`Registry::bundled`] holds every released version; [`ruleset::lint`]
//!    checks one. [`regulation`] holds the rules in force beyond the forms, [`statistics`] the bundled
//!    cost parameters, [`proposal`] the activities proposed from the components.
//! 3. **The analysis** — computed, never stored: [`Analysis`] works out once per change each
//!    procedure's [`flow::Plan`] (which sections and items apply, which are skipped), its progress, its
//!    cost ([`cost`]: the Standard Cost Model in exact decimals, each [`cost::Figure`] defined once and
//!    traced) and its findings ([`check()`], each a [`Finding`] with a typed [`FindingCode`]), then the
//!    draft's totals and readiness for appraisal; [`review`] judges the appraisal checklist from it.
//! 4. **The outputs** — [`dossier`] (the dossier and the appraisal report), [`diff`] (two versions of a
//!    file), and [`file`](mod@file): one versioned JSON document per assessment, deterministic, migrated on import.
//!
//! `tthc-core` is pure: no file or network access, no clock (dates are arguments), no randomness.
//!
//! ## Features
//!
//! - `render` (default): [`dossier::render_dossier`] and [`dossier::render_appraisal`] — Markdown from the
//!   templates, HTML from the Markdown. Without it the view models, checks and costs remain.
//! - `schema`: the JSON Schemas of the file and ruleset formats, generated from the types.
//!
//! What the file format, the JSON outputs and this API promise across versions is in the crate's
//! `README.md` (section "Stability").
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
//!
//! // What the checks, the documents and the app read: one analysis, brought up to date per change.
//! let mut analysis = tthc_core::Analysis::new(&a, ruleset);
//! let action = Action::AddProcedure { kind: ProcedureKind::Abolished };
//! let scope = action.scope();
//! a.apply(action);
//! analysis.update(&a, ruleset, &scope);
//! assert_eq!(analysis.procedures().len(), 2);
//! ```

// The model: what an assessment file holds, and the one reducer.
pub mod action;
pub mod answer;
pub mod appraisal;
pub mod assessment;
pub mod comment;
pub mod component;
pub mod consultation;
pub mod criterion;
pub mod date;
pub mod digest;
pub mod draft;
pub mod estimate;
pub mod id;
pub mod issuance;
pub mod json_path;
pub mod keyed;
pub mod money;
pub mod parameters;
pub mod place;
pub mod procedure;
pub mod recorded;
pub mod scenario;
pub mod text;

// The rules: the forms, the regulation in force, the bundled statistics, the proposal of activities.
pub mod plausibility;
pub mod proposal;
pub mod regulation;
pub mod ruleset;
pub mod statistics;

// The analysis: computed from the model and the rules, never stored.
pub mod analysis;
pub mod check;
pub mod cost;
pub mod finding;
pub mod flow;
pub mod legal;
pub mod review;
pub mod simplification;

// The outputs: documents, the comparison of two files, the file format.
pub mod diff;
pub mod dossier;
pub mod file;
pub mod migration;
pub mod sample;
pub mod schema;

pub use action::{Action, ConsultationField, CostAction, DraftField, ProcedureField};
pub use analysis::Analysis;
pub use answer::{Answer, AnswerKey, AnswerValue};
pub use appraisal::{AppraisalAction, Verdict};
pub use assessment::{Assessment, Location, ProcedureStep, RulesetRef};
pub use check::check;
pub use comment::{Anchor, Comment, Response, ResponseKind};
pub use component::{Component, ComponentValue, Components};
pub use consultation::Consultation;
pub use criterion::Criterion;
pub use date::{Date, DateError};
pub use draft::{DocumentType, Draft, Stage};
pub use finding::{Finding, FindingCode, Severity, Summary};
pub use issuance::{Issuance, Signer};
pub use keyed::Keyed;
pub use place::Place;
pub use procedure::{Procedure, ProcedureKind, Side};
pub use ruleset::{Registry, Ruleset};
pub use rust_decimal::Decimal;
pub use text::{Lang, Text};

/// The crate's README, whose example is compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
