//! The one reducer: every change to an assessment is an [`Action`] given to [`Assessment::apply`].
//!
//! The reducer never panics and never rejects: an action on an unknown id does nothing, and an odd value
//! (an empty name, a zero time limit) is kept and reported by the checks.

use serde::{Deserialize, Serialize};

use crate::answer::{Answer, AnswerKey};
use crate::appraisal::{Appraisal, AppraisalAction};
use crate::assessment::{Assessment, Location, ProcedureStep, RulesetRef};
use crate::comment::{Comment, Response};
use crate::component::{Component, ComponentValue};
use crate::date::Date;
use crate::draft::{Contact, ControlUnitSetting, DocumentType, Policy, Stage};
use crate::estimate::Estimate;
use crate::id::next_id;
use crate::issuance::Issuance;
use crate::parameters::{Parameter, ParameterName};
use crate::procedure::{Procedure, ProcedureKind, Side};
use crate::recorded::CostResult;
use crate::scenario::{Activity, Expense, ExpenseKind, Scenario};
use rust_decimal::Decimal;

/// A field of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DraftField {
    /// Tên văn bản.
    Title(String),
    /// Loại văn bản.
    DocumentType(Option<DocumentType>),
    /// Proposal or drafting.
    Stage(Stage),
    /// Cơ quan chủ trì soạn thảo.
    DraftingBody(String),
    /// Cơ quan ban hành.
    IssuingAuthority(String),
    /// Tỉnh, thành phố.
    Province(String),
    /// Version of the draft.
    Version(String),
    /// Date of the draft.
    Date(Option<Date>),
    /// Who fills in the assessment.
    Contact(Contact),
    /// The unit that comments on the procedures, as the province sets it (`None`: the regulation's default).
    ControlUnit(Option<ControlUnitSetting>),
    /// How the dossier is issued (superior body, number, Kính gửi, signer, Nơi nhận).
    Issuance(Issuance),
}

/// A field of a procedure other than its components.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProcedureField {
    /// New, detailed, amended, abolished.
    Kind(ProcedureKind),
    /// Code in the national database.
    Code(String),
    /// Provisions of the draft.
    Provisions(String),
    /// Lĩnh vực.
    Field(String),
    /// The policy of the proposal.
    Policy(Option<String>),
}

/// A field of the control unit's opinion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsultationField {
    /// Name of the unit.
    Unit(String),
    /// Number of its letter.
    Reference(String),
    /// When its comments were received.
    Received(Option<Date>),
}

/// A change to the compliance-cost inputs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CostAction {
    /// Sets one parameter of the cost model (a provincial income with its source, for instance).
    SetParameter {
        /// Which parameter.
        name: ParameterName,
        /// Its value and source.
        parameter: Parameter,
    },
    /// Replaces the unconfirmed activities of a scenario with a proposal (the engine's, from the
    /// procedure's components on that side: [`crate::proposal::propose`]); confirmed activities are kept,
    /// and a proposed activity that is already there (same kind and name) is not added twice.
    ProposeActivities {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// The proposed activities.
        activities: Vec<Activity>,
    },
    /// Adds an activity (when its id is empty or unknown, it gets a new one) or changes it.
    SetActivity {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// The activity.
        activity: Activity,
    },
    /// Removes an activity.
    RemoveActivity {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// The activity id.
        activity: String,
    },
    /// Confirms every proposed activity of a scenario.
    ConfirmActivities {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
    },
    /// Adds or changes a paid service or another expense.
    SetExpense {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// Service or other.
        kind: ExpenseKind,
        /// The expense.
        expense: Expense,
    },
    /// Removes an expense.
    RemoveExpense {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// Service or other.
        kind: ExpenseKind,
        /// The expense id.
        expense: String,
    },
    /// Sets how many times a subject files in a year.
    SetFilings {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// The estimate.
        filings: Estimate<Decimal>,
    },
    /// Records the cost figures as computed now ([`crate::cost::Report::result`]), so that an appraiser can
    /// recompute and compare them.
    Record(Box<CostResult>),
}

/// A change to an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replaces everything (opening a file, undoing).
    Replace(Box<Assessment>),
    /// Uses another ruleset of the registry (answers to items it does not have are kept but ignored); drops
    /// an embedded local ruleset.
    SetRuleset(RulesetRef),
    /// Uses a local ruleset, embedding its copy so that whoever opens the file reads the same wording
    /// ([`Action::embed_ruleset`] makes it from a ruleset).
    EmbedRuleset {
        /// Its id, version and digest.
        reference: RulesetRef,
        /// Its content ([`crate::Ruleset::to_value`]).
        copy: Box<serde_json::Value>,
    },
    /// Sets a field of the draft.
    SetDraft(DraftField),
    /// Adds a policy (proposal stage) and returns to nothing: its id is `cs<n>`.
    AddPolicy {
        /// Its name.
        name: String,
    },
    /// Changes a policy.
    SetPolicy {
        /// The policy id.
        id: String,
        /// Its name.
        name: String,
        /// Its description.
        description: String,
    },
    /// Removes a policy; procedures linked to it are unlinked.
    RemovePolicy {
        /// The policy id.
        id: String,
    },
    /// Adds an empty procedure at the end, with id `p<n>`, and goes to it.
    AddProcedure {
        /// Its kind.
        kind: ProcedureKind,
    },
    /// Copies a procedure (with its answers) right after it, under a new id, and goes to the copy.
    DuplicateProcedure {
        /// The procedure id.
        id: String,
    },
    /// Removes a procedure.
    RemoveProcedure {
        /// The procedure id.
        id: String,
    },
    /// Moves a procedure to a position (clamped to the list).
    MoveProcedure {
        /// The procedure id.
        id: String,
        /// The new position, from 0.
        to: usize,
    },
    /// Sets a field of a procedure.
    SetProcedure {
        /// The procedure id.
        id: String,
        /// The field and its value.
        field: ProcedureField,
    },
    /// Sets one component of one side of a procedure.
    SetComponent {
        /// The procedure id.
        id: String,
        /// Before or after.
        side: Side,
        /// The component and its value.
        value: ComponentValue,
    },
    /// Marks a component as amended or detailed by the draft, or not. Marking copies the "before" value to
    /// "after" as a starting point when "after" is still empty.
    MarkChanged {
        /// The procedure id.
        id: String,
        /// The component.
        component: Component,
        /// Changed or not.
        changed: bool,
    },
    /// Answers an item (an empty answer clears it).
    Answer {
        /// The procedure id.
        id: String,
        /// The item id, or `item@entry` for a repeated section.
        key: String,
        /// The answer.
        answer: Answer,
    },
    /// Sets a field of the control unit's opinion.
    SetConsultation(ConsultationField),
    /// Records a comment of the control unit, with id `c<n>`.
    AddComment {
        /// The procedure it is about, if any.
        procedure: Option<String>,
        /// The comment.
        text: String,
    },
    /// Changes a comment.
    SetComment {
        /// The comment id.
        id: String,
        /// The procedure it is about, if any.
        procedure: Option<String>,
        /// The comment.
        text: String,
    },
    /// Removes a comment.
    RemoveComment {
        /// The comment id.
        id: String,
    },
    /// Records (or clears) the drafter's response to a comment.
    Respond {
        /// The comment id.
        id: String,
        /// The response.
        response: Option<Response>,
    },
    /// Changes a cost input or the cost parameters.
    Cost(CostAction),
    /// Changes the appraisal (the appraiser's part of the file, and the drafter's responses to it).
    Appraisal(AppraisalAction),
    /// Goes to a page (a procedure that does not exist leaves the location as it is).
    Navigate(Location),
    /// Goes to the next page of the guided flow.
    Next,
    /// Goes to the previous page of the guided flow.
    Back,
}

/// What a change can affect, so that the analysis recomputes only that ([`crate::Analysis::update`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Nothing derived (where the user is).
    Nothing,
    /// The draft's own findings, the comments and the readiness — not any procedure's analysis.
    Draft,
    /// One procedure (and the totals and the draft's findings).
    Procedure(String),
    /// Everything.
    All,
}

impl Action {
    /// What this change can affect. A procedure's analysis reads the procedure, the ruleset, the stage
    /// and date of the draft, its policies and the cost parameters: a change to any of these is
    /// [`Scope::All`], or [`Scope::Procedure`] when it touches one procedure only.
    ///
    /// ```
    /// use tthc_core::action::{Action, DraftField, Scope};
    /// assert_eq!(Action::SetDraft(DraftField::Title("x".into())).scope(), Scope::Draft);
    /// assert_eq!(Action::Next.scope(), Scope::Nothing);
    /// ```
    pub fn scope(&self) -> Scope {
        let one = |id: &str| Scope::Procedure(id.to_owned());
        match self {
            Action::Navigate(_) | Action::Next | Action::Back => Scope::Nothing,
            Action::SetDraft(
                DraftField::Title(_)
                | DraftField::DocumentType(_)
                | DraftField::DraftingBody(_)
                | DraftField::IssuingAuthority(_)
                | DraftField::Province(_)
                | DraftField::Version(_)
                | DraftField::Contact(_)
                | DraftField::ControlUnit(_)
                | DraftField::Issuance(_),
            )
            | Action::SetConsultation(_)
            | Action::AddComment { .. }
            | Action::SetComment { .. }
            | Action::RemoveComment { .. }
            | Action::Respond { .. }
            | Action::Appraisal(_) => Scope::Draft,
            Action::SetProcedure { id, .. }
            | Action::SetComponent { id, .. }
            | Action::MarkChanged { id, .. }
            | Action::Answer { id, .. } => one(id),
            Action::Cost(c) => match c {
                CostAction::ProposeActivities { id, .. }
                | CostAction::SetActivity { id, .. }
                | CostAction::RemoveActivity { id, .. }
                | CostAction::ConfirmActivities { id, .. }
                | CostAction::SetExpense { id, .. }
                | CostAction::RemoveExpense { id, .. }
                | CostAction::SetFilings { id, .. } => one(id),
                CostAction::SetParameter { .. } => Scope::All,
                CostAction::Record(_) => Scope::Draft,
            },
            Action::Replace(_)
            | Action::SetRuleset(_)
            | Action::EmbedRuleset { .. }
            | Action::SetDraft(DraftField::Stage(_) | DraftField::Date(_))
            | Action::AddPolicy { .. }
            | Action::SetPolicy { .. }
            | Action::RemovePolicy { .. }
            | Action::AddProcedure { .. }
            | Action::DuplicateProcedure { .. }
            | Action::RemoveProcedure { .. }
            | Action::MoveProcedure { .. } => Scope::All,
        }
    }
}

impl Assessment {
    /// Applies one change. Never panics; an action on an id that does not exist does nothing.
    ///
    /// ```
    /// use tthc_core::{Action, Assessment, ProcedureKind};
    /// let mut a = Assessment::default();
    /// a.apply(Action::AddProcedure { kind: ProcedureKind::New });
    /// a.apply(Action::AddProcedure { kind: ProcedureKind::Amended });
    /// assert_eq!(a.procedures.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["p1", "p2"]);
    /// a.apply(Action::RemoveProcedure { id: "p1".into() });
    /// a.apply(Action::RemoveProcedure { id: "nope".into() }); // harmless
    /// assert_eq!(a.procedures.len(), 1);
    /// ```
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Replace(a) => {
                *self = *a;
                // What comes in whole (a file, an undo) keeps the invariant: every id unique in its list.
                // Opening a file has already said what it renamed ([`crate::file::open`]).
                let _ = self.make_ids_unique();
            }
            Action::SetRuleset(r) => {
                self.ruleset = r;
                self.ruleset_copy = None;
            }
            Action::EmbedRuleset { reference, copy } => {
                self.ruleset = reference;
                self.ruleset_copy = Some(copy);
            }
            Action::SetDraft(field) => self.set_draft(field),
            Action::AddPolicy { name } => {
                let id = next_id("cs", self.draft.policies.iter().map(|p| p.id.as_str()));
                self.draft.policies.push(Policy {
                    id,
                    name,
                    description: String::new(),
                });
            }
            Action::SetPolicy {
                id,
                name,
                description,
            } => {
                if let Some(p) = self.draft.policies.iter_mut().find(|p| p.id == id) {
                    p.name = name;
                    p.description = description;
                }
            }
            Action::RemovePolicy { id } => self.remove_policy(&id),
            Action::AddProcedure { kind } => self.add_procedure(kind),
            Action::DuplicateProcedure { id } => self.duplicate_procedure(&id),
            Action::RemoveProcedure { id } => self.remove_procedure(&id),
            Action::MoveProcedure { id, to } => {
                if let Some(pos) = self.procedures.iter().position(|p| p.id == id) {
                    let p = self.procedures.remove(pos);
                    let to = to.min(self.procedures.len());
                    self.procedures.insert(to, p);
                }
            }
            Action::SetProcedure { id, field } => self.set_procedure(&id, field),
            Action::SetComponent { id, side, value } => {
                if let Some(p) = self.procedure_mut(&id) {
                    match side {
                        Side::Before => p.before.set(value),
                        Side::After => p.after.set(value),
                    }
                }
            }
            Action::MarkChanged {
                id,
                component,
                changed,
            } => self.mark_changed(&id, component, changed),
            Action::Answer { id, key, answer } => self.answer(&id, &key, answer),
            Action::SetConsultation(field) => self.set_consultation(field),
            Action::AddComment { procedure, text } => {
                let id = next_id(
                    "c",
                    self.consultation.comments.iter().map(|c| c.id.as_str()),
                );
                self.consultation.comments.push(Comment {
                    id,
                    procedure,
                    anchor: None,
                    text,
                    response: None,
                });
            }
            Action::SetComment {
                id,
                procedure,
                text,
            } => {
                if let Some(c) = self.comment_mut(&id) {
                    c.procedure = procedure;
                    c.text = text;
                }
            }
            Action::RemoveComment { id } => self.consultation.comments.retain(|c| c.id != id),
            Action::Respond { id, response } => {
                if let Some(c) = self.comment_mut(&id) {
                    c.response = response;
                }
            }
            Action::Cost(action) => self.apply_cost(action),
            Action::Appraisal(action) => self.apply_appraisal(action),
            Action::Navigate(location) => self.navigate(location),
            Action::Next => self.location = self.step(1),
            Action::Back => self.location = self.step(-1),
        }
    }

    fn remove_policy(&mut self, id: &str) {
        self.draft.policies.retain(|p| p.id != id);
        for p in &mut self.procedures {
            if p.policy.as_deref() == Some(id) {
                p.policy = None;
            }
        }
    }

    fn add_procedure(&mut self, kind: ProcedureKind) {
        let id = self.next_procedure_id();
        self.procedures.push(Procedure::new(id.clone(), kind));
        self.location = Location::Procedure {
            id,
            step: ProcedureStep::Details,
        };
    }

    fn duplicate_procedure(&mut self, id: &str) {
        if let Some(pos) = self.procedures.iter().position(|p| p.id == id) {
            let new_id = self.next_procedure_id();
            let mut copy = self.procedures[pos].clone();
            copy.id.clone_from(&new_id);
            self.procedures.insert(pos + 1, copy);
            self.location = Location::Procedure {
                id: new_id,
                step: ProcedureStep::Details,
            };
        }
    }

    fn remove_procedure(&mut self, id: &str) {
        if self.procedure(id).is_none() {
            return;
        }
        self.procedures.retain(|p| p.id != id);
        for c in &mut self.consultation.comments {
            c.unlink(id);
        }
        if let Some(appraisal) = &mut self.appraisal {
            for c in &mut appraisal.comments {
                c.unlink(id);
            }
        }
        if matches!(&self.location, Location::Procedure { id: at, .. } if at == id) {
            self.location = Location::Procedures;
        }
    }

    fn set_procedure(&mut self, id: &str, field: ProcedureField) {
        if let Some(p) = self.procedure_mut(id) {
            match field {
                ProcedureField::Kind(k) => p.kind = k,
                ProcedureField::Code(v) => p.code = v,
                ProcedureField::Provisions(v) => p.provisions = v,
                ProcedureField::Field(v) => p.field = v,
                ProcedureField::Policy(v) => p.policy = v,
            }
        }
    }

    fn mark_changed(&mut self, id: &str, component: Component, changed: bool) {
        if let Some(p) = self.procedure_mut(id) {
            if changed {
                p.changed.insert(component);
                if !p.after.is_filled(component) && p.before.is_filled(component) {
                    p.after.set(p.before.get(component));
                }
            } else {
                p.changed.remove(&component);
            }
        }
    }

    fn answer(&mut self, id: &str, key: &str, answer: Answer) {
        if let Some(p) = self.procedure_mut(id) {
            let key = AnswerKey::parse(key).to_string();
            if answer == Answer::default() {
                p.answers.remove(&key);
            } else {
                p.answers.insert(key, answer);
            }
        }
    }

    /// Applies a change to the cost inputs (part of [`Assessment::apply`]).
    fn apply_cost(&mut self, action: CostAction) {
        match action {
            CostAction::SetParameter { name, parameter } => {
                *self.parameters.get_mut(name) = parameter;
            }
            CostAction::ProposeActivities {
                id,
                side,
                activities,
            } => self.propose_activities(&id, side, activities),
            CostAction::SetActivity { id, side, activity } => {
                if let Some(s) = self.scenario_mut(&id, side) {
                    upsert(&mut s.activities, activity, |a| &mut a.id);
                    s.assign_missing_ids();
                }
            }
            CostAction::RemoveActivity { id, side, activity } => {
                if let Some(s) = self.scenario_mut(&id, side) {
                    s.activities.retain(|a| a.id != activity);
                }
            }
            CostAction::ConfirmActivities { id, side } => {
                if let Some(s) = self.scenario_mut(&id, side) {
                    for a in &mut s.activities {
                        a.proposed = false;
                    }
                }
            }
            CostAction::SetExpense {
                id,
                side,
                kind,
                expense,
            } => {
                if let Some(s) = self.scenario_mut(&id, side) {
                    upsert(s.expenses_mut(kind), expense, |e| &mut e.id);
                    s.assign_missing_ids();
                }
            }
            CostAction::RemoveExpense {
                id,
                side,
                kind,
                expense,
            } => {
                if let Some(s) = self.scenario_mut(&id, side) {
                    s.expenses_mut(kind).retain(|e| e.id != expense);
                }
            }
            CostAction::SetFilings { id, side, filings } => {
                if let Some(s) = self.scenario_mut(&id, side) {
                    s.filings_per_year = filings;
                }
            }
            CostAction::Record(result) => self.recorded_cost = Some(*result),
        }
    }

    /// Applies a change to the appraisal (part of [`Assessment::apply`]). An action naming a procedure or a
    /// comment that does not exist does nothing, and never starts an empty appraisal.
    fn apply_appraisal(&mut self, action: AppraisalAction) {
        let known_procedure =
            |p: &Option<String>| p.as_ref().is_none_or(|id| self.procedure(id).is_some());
        let applies = match &action {
            AppraisalAction::Set(_) => true,
            AppraisalAction::SetPoint { key, .. } => {
                let mut parts = key.split('@');
                let _point = parts.next();
                known_procedure(&parts.next().map(str::to_owned))
            }
            AppraisalAction::SetOpinion { procedure, .. } => self.procedure(procedure).is_some(),
            AppraisalAction::AddComment { procedure, .. } => known_procedure(procedure),
            AppraisalAction::SetComment { id, .. }
            | AppraisalAction::RemoveComment { id }
            | AppraisalAction::Respond { id, .. } => self
                .appraisal
                .as_ref()
                .is_some_and(|a| a.comments.iter().any(|c| &c.id == id)),
        };
        if applies {
            self.appraisal
                .get_or_insert_with(Appraisal::default)
                .apply(action);
        }
    }

    fn scenario_mut(&mut self, id: &str, side: Side) -> Option<&mut Scenario> {
        self.procedure_mut(id).map(|p| p.cost.side_mut(side))
    }

    fn propose_activities(&mut self, id: &str, side: Side, proposal: Vec<Activity>) {
        let Some(s) = self.scenario_mut(id, side) else {
            return;
        };
        s.activities.retain(|a| !a.proposed);
        for mut a in proposal {
            a.id.clear();
            a.proposed = true;
            if !s
                .activities
                .iter()
                .any(|c| c.kind == a.kind && c.name == a.name)
            {
                s.activities.push(a);
            }
        }
        s.assign_missing_ids();
    }

    fn set_consultation(&mut self, field: ConsultationField) {
        match field {
            ConsultationField::Unit(v) => self.consultation.unit = v,
            ConsultationField::Reference(v) => self.consultation.reference = v,
            ConsultationField::Received(v) => self.consultation.received = v,
        }
    }

    fn comment_mut(&mut self, id: &str) -> Option<&mut Comment> {
        self.consultation.comments.iter_mut().find(|c| c.id == id)
    }

    fn navigate(&mut self, location: Location) {
        let exists = match &location {
            Location::Procedure { id, .. } => self.procedure(id).is_some(),
            _ => true,
        };
        if exists {
            self.location = location;
        }
    }

    fn set_draft(&mut self, field: DraftField) {
        let d = &mut self.draft;
        match field {
            DraftField::Title(v) => d.title = v,
            DraftField::DocumentType(v) => d.document_type = v,
            DraftField::Stage(v) => d.stage = v,
            DraftField::DraftingBody(v) => d.drafting_body = v,
            DraftField::IssuingAuthority(v) => d.issuing_authority = v,
            DraftField::Province(v) => d.province = v,
            DraftField::Version(v) => d.version = v,
            DraftField::Date(v) => d.date = v,
            DraftField::Contact(v) => d.contact = v,
            DraftField::ControlUnit(v) => d.control_unit = v,
            DraftField::Issuance(v) => d.issuance = v,
        }
    }

    fn next_procedure_id(&self) -> String {
        next_id("p", self.procedures.iter().map(|p| p.id.as_str()))
    }

    /// The pages of the guided flow in order.
    pub fn pages(&self) -> Vec<Location> {
        let mut pages = vec![Location::Start, Location::Draft, Location::Procedures];
        for p in &self.procedures {
            for step in ProcedureStep::ALL {
                pages.push(Location::Procedure {
                    id: p.id.clone(),
                    step,
                });
            }
        }
        pages.extend([Location::Consultation, Location::Checks, Location::Dossier]);
        pages
    }

    fn step(&self, delta: isize) -> Location {
        let pages = self.pages();
        let Some(pos) = pages.iter().position(|p| *p == self.location) else {
            // A page outside the drafter's flow (the appraisal), or a procedure that is gone.
            return match self.location {
                Location::Appraisal | Location::Compare | Location::Legal => self.location.clone(),
                _ => Location::Procedures,
            };
        };
        let target = pos.saturating_add_signed(delta).min(pages.len() - 1);
        pages[target].clone()
    }
}

/// Replaces the entry with the same id, or appends the entry (its id is then given by the caller).
fn upsert<T>(list: &mut Vec<T>, mut entry: T, id: impl Fn(&mut T) -> &mut String) {
    let key = id(&mut entry).clone();
    if !key.is_empty() {
        for existing in list.iter_mut() {
            if *id(existing) == key {
                *existing = entry;
                return;
            }
        }
    }
    id(&mut entry).clear();
    list.push(entry);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::TimeLimit;

    fn with_two() -> Assessment {
        let mut a = Assessment::default();
        a.apply(Action::AddProcedure {
            kind: ProcedureKind::New,
        });
        a.apply(Action::AddProcedure {
            kind: ProcedureKind::Amended,
        });
        a
    }

    #[test]
    fn ids_are_never_reused_after_removal() {
        let mut a = with_two();
        a.apply(Action::RemoveProcedure { id: "p1".into() });
        a.apply(Action::AddProcedure {
            kind: ProcedureKind::New,
        });
        let ids: Vec<_> = a.procedures.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["p2", "p3"]);
    }

    #[test]
    fn duplicate_copies_answers_under_a_new_id_right_after() {
        let mut a = with_two();
        a.apply(Action::Answer {
            id: "p1".into(),
            key: "x".into(),
            answer: Answer::choice("yes"),
        });
        a.apply(Action::DuplicateProcedure { id: "p1".into() });
        let ids: Vec<_> = a.procedures.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["p1", "p3", "p2"]);
        assert_eq!(
            a.procedures[1].answers.get("x"),
            Some(&Answer::choice("yes"))
        );
        assert_eq!(
            a.location,
            Location::Procedure {
                id: "p3".into(),
                step: ProcedureStep::Details
            }
        );
    }

    #[test]
    fn move_clamps_to_the_list() {
        let mut a = with_two();
        a.apply(Action::MoveProcedure {
            id: "p1".into(),
            to: 99,
        });
        let ids: Vec<_> = a.procedures.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["p2", "p1"]);
        a.apply(Action::MoveProcedure {
            id: "p1".into(),
            to: 0,
        });
        assert_eq!(a.procedures[0].id, "p1");
    }

    #[test]
    fn marking_a_component_changed_starts_from_before() {
        let mut a = with_two();
        a.apply(Action::SetComponent {
            id: "p2".into(),
            side: Side::Before,
            value: ComponentValue::TimeLimit(TimeLimit {
                days: Some(20),
                ..Default::default()
            }),
        });
        a.apply(Action::MarkChanged {
            id: "p2".into(),
            component: Component::TimeLimit,
            changed: true,
        });
        assert_eq!(a.procedures[1].after.time_limit.days, Some(20));
        a.apply(Action::MarkChanged {
            id: "p2".into(),
            component: Component::TimeLimit,
            changed: false,
        });
        assert!(a.procedures[1].changed.is_empty());
    }

    #[test]
    fn an_empty_answer_clears() {
        let mut a = with_two();
        let answer = |answer| Action::Answer {
            id: "p1".into(),
            key: "k".into(),
            answer,
        };
        a.apply(answer(Answer::choice("no")));
        assert!(a.procedures[0].answers.contains_key("k"));
        a.apply(answer(Answer::default()));
        assert!(a.procedures[0].answers.is_empty());
    }

    #[test]
    fn next_and_back_walk_the_guided_flow() {
        let mut a = with_two();
        a.apply(Action::Navigate(Location::Procedures));
        a.apply(Action::Next);
        assert_eq!(
            a.location,
            Location::Procedure {
                id: "p1".into(),
                step: ProcedureStep::Details
            }
        );
        for _ in 0..4 {
            a.apply(Action::Next);
        }
        assert_eq!(
            a.location,
            Location::Procedure {
                id: "p2".into(),
                step: ProcedureStep::Details
            }
        );
        a.apply(Action::Back);
        assert_eq!(
            a.location,
            Location::Procedure {
                id: "p1".into(),
                step: ProcedureStep::Cost
            }
        );
        for _ in 0..20 {
            a.apply(Action::Next);
        }
        assert_eq!(a.location, Location::Dossier, "stops at the last page");
        a.apply(Action::Navigate(Location::Start));
        a.apply(Action::Back);
        assert_eq!(a.location, Location::Start, "stops at the first page");
    }

    #[test]
    fn removing_the_current_procedure_returns_to_the_list() {
        let mut a = with_two();
        a.apply(Action::Navigate(Location::Procedure {
            id: "p2".into(),
            step: ProcedureStep::Form,
        }));
        a.apply(Action::RemoveProcedure { id: "p2".into() });
        assert_eq!(a.location, Location::Procedures);
        a.apply(Action::Navigate(Location::Procedure {
            id: "p2".into(),
            step: ProcedureStep::Form,
        }));
        assert_eq!(
            a.location,
            Location::Procedures,
            "navigation to a missing procedure is ignored"
        );
    }

    #[test]
    fn comments_get_ids_and_responses() {
        let mut a = with_two();
        a.apply(Action::AddComment {
            procedure: Some("p1".into()),
            text: "Đề nghị rút ngắn thời hạn".into(),
        });
        a.apply(Action::AddComment {
            procedure: None,
            text: "Chung".into(),
        });
        assert_eq!(a.consultation.comments[1].id, "c2");
        a.apply(Action::Respond {
            id: "c1".into(),
            response: Some(Response {
                kind: crate::consultation::ResponseKind::Accepted,
                text: "Đã sửa".into(),
            }),
        });
        assert_eq!(a.consultation.unanswered().count(), 1);
        a.apply(Action::RemoveProcedure { id: "p1".into() });
        assert_eq!(
            a.consultation.comments[0].procedure, None,
            "unlinked, not lost"
        );
    }
}
