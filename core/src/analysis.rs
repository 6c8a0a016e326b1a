//! The analysis of an assessment: everything derived from it and its ruleset — each procedure's plan of the
//! form, its progress, its cost and its findings; the draft's findings, totals and readiness for appraisal —
//! computed once per change and handed to every reader (the checks' callers, the review, the documents,
//! the command line and the app).
//!
//! After a change, [`Analysis::update`] recomputes only what the change can affect ([`Scope`]): typing in
//! one procedure recomputes that procedure and the draft's totals, not the other ninety-nine.

use rust_decimal::Decimal;

use crate::action::Scope;
use crate::assessment::Assessment;
use crate::check::{self, Context, Readiness};
use crate::cost::report::Mismatch;
use crate::cost::{self, Calc, ProcedureCost, Total, TraceLine};
use crate::date::Date;
use crate::finding::{Finding, Summary};
use crate::flow::{Plan, Progress};
use crate::procedure::Procedure;
use crate::recorded::CostResult;
use crate::regulation::Regulation;
use crate::ruleset::Ruleset;

/// What is derived from one procedure.
#[derive(Debug, Clone)]
pub struct ProcedureAnalysis<'r> {
    /// The procedure id.
    pub id: String,
    /// The form as it applies to the procedure.
    pub plan: Plan<'r>,
    /// Required components filled in and required items settled.
    pub progress: Progress,
    /// The compliance cost.
    pub cost: ProcedureCost,
    /// The findings about the procedure itself (not about the comments on it), in the order of the checks.
    findings: Vec<Finding>,
}

/// Everything derived from an assessment and its ruleset.
#[derive(Debug, Clone)]
pub struct Analysis<'r> {
    ruleset: &'r Ruleset,
    /// The date the caller passed for an undated draft ([`Analysis::on`]).
    today: Option<Date>,
    /// The date the rules are read on.
    on: Option<Date>,
    calc: Calc,
    hourly_trace: TraceLine,
    /// Findings about the draft, the consultation and the cost parameters.
    draft: Vec<Finding>,
    /// Findings about the comments (both lists); each goes with its procedure, or with the draft.
    comments: Vec<Finding>,
    /// The recorded figures that differ from the recomputation, sorted by their key.
    mismatches: Vec<Mismatch>,
    /// The findings for them.
    recorded: Vec<Finding>,
    procedures: Vec<ProcedureAnalysis<'r>>,
    total: Total,
    readiness: Readiness,
    gate: Option<Finding>,
    summary: Summary,
}

impl<'r> Analysis<'r> {
    /// Analyses an assessment made with `ruleset`.
    ///
    /// ```
    /// use tthc_core::{Analysis, Registry, sample};
    /// let a = sample::sample();
    /// let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
    /// assert_eq!(analysis.procedures().len(), 3);
    /// assert!(analysis.readiness().is_ready());
    /// ```
    pub fn new(a: &Assessment, ruleset: &'r Ruleset) -> Analysis<'r> {
        Analysis::dated(a, ruleset, None)
    }

    /// Analyses an assessment made with `ruleset`, reading the rules in force on the draft's date, or on
    /// `today` when the draft has none (the core reads no clock: the caller passes the day).
    ///
    /// ```
    /// use tthc_core::{Analysis, Registry, Assessment};
    /// let a = Assessment::default();
    /// let today = "2026-12-01".parse().expect("a date");
    /// assert_eq!(Analysis::on(&a, Registry::bundled().default_ruleset(), today).date(), Some(today));
    /// ```
    pub fn on(a: &Assessment, ruleset: &'r Ruleset, today: Date) -> Analysis<'r> {
        Analysis::dated(a, ruleset, Some(today))
    }

    fn dated(a: &Assessment, ruleset: &'r Ruleset, today: Option<Date>) -> Analysis<'r> {
        let mut parameter_findings = Vec::new();
        let calc = Calc::new(&a.parameters, &mut parameter_findings);
        let ctx = context(a, ruleset, today);
        let procedures: Vec<ProcedureAnalysis<'r>> = a
            .procedures
            .iter()
            .map(|p| analyse(&ctx, ruleset, &calc, p))
            .collect();
        let mut analysis = Analysis {
            ruleset,
            today,
            on: ctx.on,
            calc,
            hourly_trace: cost::trace::hourly(&calc, &a.parameters),
            draft: Vec::new(),
            comments: Vec::new(),
            mismatches: Vec::new(),
            recorded: Vec::new(),
            total: calc.totals(procedures.iter().map(|p| &p.cost)),
            procedures,
            readiness: Readiness::default(),
            gate: None,
            summary: Summary::default(),
        };
        analysis.draft_level(a, parameter_findings);
        analysis
    }

    /// The date the rules are read on: the draft's, else the day passed to [`Analysis::on`]; `None` for an
    /// undated draft analysed with [`Analysis::new`] (the rules in force now).
    pub fn date(&self) -> Option<Date> {
        self.on
    }

    /// The regulation data the analysis applies ([`Regulation::for_ruleset`]).
    pub fn regulation(&self) -> &'static Regulation {
        Regulation::for_ruleset(self.ruleset)
    }

    /// Brings the analysis up to date after a change of the given scope ([`crate::Action::scope`]): what
    /// the change cannot affect is kept, the rest recomputed. The result equals `Analysis::new(a, ruleset)`
    /// (tested).
    pub fn update(&mut self, a: &Assessment, ruleset: &'r Ruleset, scope: &Scope) {
        let same_list = self.procedures.len() == a.procedures.len()
            && self
                .procedures
                .iter()
                .zip(&a.procedures)
                .all(|(x, p)| x.id == p.id);
        let whole = !std::ptr::eq(ruleset, self.ruleset) || !same_list;
        match scope {
            _ if whole => *self = Analysis::dated(a, ruleset, self.today),
            Scope::All => *self = Analysis::dated(a, ruleset, self.today),
            Scope::Nothing => {}
            Scope::Draft => self.refresh_draft(a),
            Scope::Procedure(id) => match a.procedures.iter().position(|p| &p.id == id) {
                Some(i) => {
                    let ctx = context(a, ruleset, self.today);
                    self.procedures[i] = analyse(&ctx, ruleset, &self.calc, &a.procedures[i]);
                    self.total = self.calc.totals(self.procedures.iter().map(|p| &p.cost));
                    self.refresh_draft(a);
                }
                None => *self = Analysis::dated(a, ruleset, self.today),
            },
        }
    }

    fn refresh_draft(&mut self, a: &Assessment) {
        let mut parameter_findings = Vec::new();
        Calc::new(&a.parameters, &mut parameter_findings);
        self.draft_level(a, parameter_findings);
    }

    /// Works out the draft-level findings, the comments' findings, the recorded figures, the readiness and
    /// the count, from the procedures already analysed.
    fn draft_level(&mut self, a: &Assessment, parameter_findings: Vec<Finding>) {
        let ctx = context(a, self.ruleset, self.today);
        let mut draft = Vec::new();
        check::draft_findings(&ctx, &mut draft);
        draft.extend(parameter_findings);
        self.draft = draft;
        self.comments = check::comment_findings(a);
        self.comments
            .extend(check::anchor_findings(a, self.ruleset));
        // Figures recorded for a procedure no longer in the draft are said once (`recorded-ignored`), not
        // compared figure by figure.
        self.mismatches = a
            .recorded_cost
            .as_ref()
            .map(|recorded| CostResult::differences(recorded, &self.cost_result(a)))
            .unwrap_or_default()
            .into_iter()
            .filter(|m| {
                m.procedure
                    .as_deref()
                    .is_none_or(|id| a.procedure(id).is_some())
            })
            .collect();
        self.recorded = self.mismatches.iter().map(Mismatch::finding).collect();
        let (readiness, summary) = {
            let all_but_gate: Vec<&Finding> = self.ordered().collect();
            (
                check::readiness(a, all_but_gate.iter().copied()),
                Summary::of(all_but_gate),
            )
        };
        self.readiness = readiness;
        self.gate = check::gate(readiness);
        self.summary = summary.plus(Summary::of(self.gate.iter()));
    }

    /// The findings without the gate, in order: the draft's (by severity), then each procedure's.
    fn ordered(&self) -> impl Iterator<Item = &Finding> {
        self.draft_findings()
            .into_iter()
            .chain(self.procedures.iter().flat_map(|p| self.findings_of(p)))
    }

    /// The draft-level findings (not about one procedure), errors first.
    pub fn draft_findings(&self) -> Vec<&Finding> {
        let known = |f: &&Finding| {
            f.procedure()
                .is_none_or(|id| !self.procedures.iter().any(|p| p.id == id))
        };
        let mut list: Vec<&Finding> = self
            .draft
            .iter()
            .chain(self.comments.iter().filter(known))
            .chain(&self.recorded)
            .collect();
        list.sort_by_key(|f| f.severity);
        list
    }

    fn findings_of<'a>(&'a self, p: &'a ProcedureAnalysis<'r>) -> Vec<&'a Finding> {
        let mut list: Vec<&Finding> = p
            .findings
            .iter()
            .chain(
                self.comments
                    .iter()
                    .filter(|f| f.procedure() == Some(p.id.as_str())),
            )
            .collect();
        list.sort_by_key(|f| f.severity);
        list
    }

    /// The findings about one procedure, errors first.
    pub fn procedure_findings(&self, id: &str) -> Vec<&Finding> {
        self.procedure(id)
            .map(|p| self.findings_of(p))
            .unwrap_or_default()
    }

    /// Every finding, in the order the checks report them: the intake gate (when the dossier is not
    /// ready), the draft's findings, then each procedure's, each group errors first.
    pub fn findings(&self) -> Vec<&Finding> {
        self.gate.iter().chain(self.ordered()).collect()
    }

    /// How many findings of each severity.
    pub fn summary(&self) -> Summary {
        self.summary
    }

    /// NĐ 63/2010 Art. 11(3): can the dossier be accepted for appraisal?
    pub fn readiness(&self) -> Readiness {
        self.readiness
    }

    /// The ruleset.
    pub fn ruleset(&self) -> &'r Ruleset {
        self.ruleset
    }

    /// Each procedure, in the order of the draft.
    pub fn procedures(&self) -> &[ProcedureAnalysis<'r>] {
        &self.procedures
    }

    /// One procedure by id.
    pub fn procedure(&self, id: &str) -> Option<&ProcedureAnalysis<'r>> {
        self.procedures.iter().find(|p| p.id == id)
    }

    /// The progress of the whole draft.
    pub fn progress(&self) -> Progress {
        self.procedures
            .iter()
            .map(|p| p.progress)
            .fold(Progress::default(), Progress::plus)
    }

    /// Income per hour.
    pub fn hourly_income(&self) -> Option<Decimal> {
        self.calc.hourly
    }

    /// How the hourly income was computed.
    pub fn hourly_trace(&self) -> &TraceLine {
        &self.hourly_trace
    }

    /// The totals of the draft.
    pub fn total(&self) -> &Total {
        &self.total
    }

    /// The recorded figures that differ from the recomputation.
    pub fn mismatches(&self) -> &[Mismatch] {
        &self.mismatches
    }

    /// The cost in the stable machine-readable shape (`tthc cost --json`).
    pub fn cost_result(&self, a: &Assessment) -> CostResult {
        cost::report::result(
            &a.ruleset,
            &a.parameters,
            self.calc.hourly,
            self.procedures.iter().map(|p| &p.cost),
            &self.total,
        )
    }
}

impl crate::action::Action {
    /// The action that records the cost figures as the analysis computes them now, so that an appraiser
    /// can recompute and compare them.
    pub fn record_cost(analysis: &Analysis<'_>, a: &Assessment) -> crate::action::Action {
        crate::action::Action::Cost(crate::action::CostAction::Record(Box::new(
            analysis.cost_result(a),
        )))
    }
}

fn context<'a>(a: &'a Assessment, ruleset: &'a Ruleset, today: Option<Date>) -> Context<'a> {
    Context {
        assessment: a,
        ruleset,
        regulation: Regulation::for_ruleset(ruleset),
        on: a.draft.date.or(today),
    }
}

/// Analyses one procedure: its plan, its findings (the checks, then the cost's), its cost and progress.
fn analyse<'r>(
    ctx: &Context<'_>,
    ruleset: &'r Ruleset,
    calc: &Calc,
    p: &Procedure,
) -> ProcedureAnalysis<'r> {
    let stage = ctx.assessment.draft.stage;
    let plan = Plan::on(ruleset, stage, ctx.on, p);
    let mut findings = Vec::new();
    check::procedure_findings(ctx, p, &plan, &mut findings);
    let cost = calc.procedure(p, &mut findings);
    let progress = crate::flow::progress_with(ruleset, stage, p, &plan);
    ProcedureAnalysis {
        id: p.id.clone(),
        plan,
        progress,
        cost,
        findings,
    }
}
