//! The guided flow, computed (never stored): which form a procedure gets, which of its sections are in scope
//! or skipped and why, which items are shown, and how far the drafter has come.

use std::collections::{BTreeSet, HashMap};

use crate::answer::{Answer, AnswerKey, AnswerValue};
use crate::component::Component;
use crate::date::Date;
use crate::draft::Stage;
use crate::procedure::{Procedure, ProcedureKind, Side};
use crate::ruleset::{Assess, Form, Item, Ruleset, Section, ShortCircuit};

/// One entry of a listed component (a form, a condition) for which a repeated section is answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The entry's id.
    pub id: String,
    /// Its name, to title the repeated section.
    pub label: String,
}

/// A section as it applies to one procedure.
#[derive(Debug, Clone)]
pub struct PlannedSection<'r> {
    /// The section of the ruleset.
    pub section: &'r Section,
    /// Nesting depth (0 for the sections of the form).
    pub depth: usize,
    /// The entry, for a section repeated per form or condition (and its sub-sections).
    pub entry: Option<Entry>,
    /// The index of the parent section in [`Plan::sections`].
    pub parent: Option<usize>,
    /// The rule that skipped it (or a parent), if any.
    pub skipped: Option<&'r ShortCircuit>,
    /// The items of the section, in order.
    pub items: Vec<PlannedItem<'r>>,
}

/// An item as it applies to one procedure.
#[derive(Debug, Clone)]
pub struct PlannedItem<'r> {
    /// The item of the ruleset.
    pub item: &'r Item,
    /// Where its answer is stored.
    pub key: AnswerKey,
    /// Nesting depth below the section (0 for its own items).
    pub depth: usize,
    /// Whether it is shown: its section is not skipped, its parent item is shown, its condition holds.
    pub visible: bool,
}

/// The form of one procedure as it applies now.
#[derive(Debug, Clone)]
pub struct Plan<'r> {
    /// The form; `None` when the ruleset routes no form to the procedure (reported by the checks).
    pub form: Option<&'r Form>,
    /// The components assessed (SPEC §4: all, only the changed ones, or the three of the proposal stage).
    pub assessed: BTreeSet<Component>,
    /// Every section in scope, in order (out-of-scope sections are removed from the form).
    pub sections: Vec<PlannedSection<'r>>,
}

impl<'r> Plan<'r> {
    /// Works out the form of a procedure from the ruleset, the stage and the answers, for an undated draft
    /// (the sections in force now: [`Plan::on`] with `None`).
    pub fn new(ruleset: &'r Ruleset, stage: Stage, procedure: &Procedure) -> Plan<'r> {
        Plan::on(ruleset, stage, None, procedure)
    }

    /// Works out the form of a procedure for a draft dated `on`: a section dated in the ruleset (`from`,
    /// `until`: a rule that came into force or was replaced) is in the form only for drafts of its days.
    pub fn on(
        ruleset: &'r Ruleset,
        stage: Stage,
        on: Option<Date>,
        procedure: &Procedure,
    ) -> Plan<'r> {
        let form = ruleset.form_for(stage, procedure.kind);
        let assessed = assessed_components(ruleset, stage, procedure);
        let current = procedure.current();
        let mut plan = Plan {
            form,
            assessed,
            sections: Vec::new(),
        };
        if let Some(form) = form {
            let mut builder = Builder {
                ruleset,
                current: &current,
                assessed: &plan.assessed,
                on,
                out: Vec::new(),
                guard: Vec::new(),
            };
            for s in &form.sections {
                builder.section(s, 0, None, None);
            }
            plan.sections = builder.out;
            Evaluator::new(ruleset, procedure, &mut plan.sections).resolve();
        }
        plan
    }

    /// Every item that is shown, with its section.
    pub fn visible_items(&self) -> impl Iterator<Item = (&PlannedSection<'r>, &PlannedItem<'r>)> {
        self.sections
            .iter()
            .flat_map(|s| s.items.iter().map(move |i| (s, i)))
            .filter(|(_, i)| i.visible)
    }

    /// The sections to show, with their index: every section in scope except the sub-sections of a skipped
    /// section (a skipped section is shown once, with the reason).
    pub fn shown_sections(&self) -> impl Iterator<Item = (usize, &PlannedSection<'r>)> {
        self.sections.iter().enumerate().filter(|(_, s)| {
            s.parent
                .and_then(|p| self.sections.get(p))
                .is_none_or(|p| p.skipped.is_none())
        })
    }

    /// The sections skipped by a short-circuit, each with the rule (sub-sections of a skipped section are
    /// not listed again).
    pub fn skipped(&self) -> Vec<(&PlannedSection<'r>, &'r ShortCircuit)> {
        self.shown_sections()
            .filter_map(|(_, s)| Some((s, s.skipped?)))
            .collect()
    }

    /// Whether a key belongs to an item shown in this plan.
    pub fn is_visible(&self, key: &AnswerKey) -> bool {
        self.visible_items().any(|(_, i)| &i.key == key)
    }

    /// The progress of the form: required items shown, and how many are answered with their reasons.
    pub fn progress(&self, procedure: &Procedure) -> Progress {
        let mut p = Progress::default();
        for (_, planned) in self.visible_items() {
            if !planned.item.is_required() {
                continue;
            }
            p.total += 1;
            if let Some(answer) = procedure.answer(&planned.key)
                && is_settled(planned.item, answer)
            {
                p.done += 1;
            }
        }
        p
    }
}

/// Whether an answer settles an item: a value, the reason where required, not marked unsure.
pub fn is_settled(item: &Item, answer: &Answer) -> bool {
    answer.has_value()
        && !answer.unsure
        && (!item.reason_required(answer.chosen()) || answer.has_reason())
}

/// How much of something is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Done.
    pub done: usize,
    /// In all.
    pub total: usize,
}

impl Progress {
    /// Adds two progresses.
    #[must_use]
    pub fn plus(self, other: Progress) -> Progress {
        Progress {
            done: self.done + other.done,
            total: self.total + other.total,
        }
    }

    /// Whole percent done, rounded down (100 when there is nothing to do).
    pub fn percent(self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(100)
    }

    /// Whether everything is done.
    pub fn is_complete(self) -> bool {
        self.done >= self.total
    }
}

/// The components assessed for a procedure, by the scope rule of the ruleset.
pub fn assessed_components(
    ruleset: &Ruleset,
    stage: Stage,
    procedure: &Procedure,
) -> BTreeSet<Component> {
    let Some(rule) = ruleset.scope_for(stage, procedure.kind) else {
        return BTreeSet::new();
    };
    match rule.assess {
        Assess::All => Component::ALL.into_iter().collect(),
        Assess::Changed => procedure.changed.clone(),
        Assess::Listed => rule.components.iter().copied().collect(),
        Assess::None => BTreeSet::new(),
    }
}

/// The components the drafter must fill in for a procedure, with the side they are read from.
///
/// - Proposal stage: the components the proposal form assesses (the procedure is only intended).
/// - New and detailed-new: every component of Art. 8(2) on the "after" side.
/// - Amended and detailed-amended: the whole procedure in force ("before"), and each changed component
///   "after".
/// - Abolished: the name of the procedure in force.
pub fn required_components(
    ruleset: &Ruleset,
    stage: Stage,
    procedure: &Procedure,
) -> Vec<(Side, Component)> {
    if stage == Stage::Proposal {
        let side = if procedure.kind == ProcedureKind::Abolished {
            Side::Before
        } else {
            Side::After
        };
        return assessed_components(ruleset, stage, procedure)
            .into_iter()
            .map(|c| (side, c))
            .collect();
    }
    match procedure.kind {
        ProcedureKind::New | ProcedureKind::DetailedNew => Component::ALL
            .into_iter()
            .map(|c| (Side::After, c))
            .collect(),
        ProcedureKind::Amended | ProcedureKind::DetailedAmended => {
            let mut out: Vec<_> = Component::ALL
                .into_iter()
                .map(|c| (Side::Before, c))
                .collect();
            out.extend(procedure.changed.iter().map(|c| (Side::After, *c)));
            out
        }
        ProcedureKind::Abolished => vec![(Side::Before, Component::Name)],
    }
}

/// The progress of one procedure: required components filled in, and required items settled.
pub fn procedure_progress(ruleset: &Ruleset, stage: Stage, procedure: &Procedure) -> Progress {
    progress_with(
        ruleset,
        stage,
        procedure,
        &Plan::new(ruleset, stage, procedure),
    )
}

/// [`procedure_progress`] with the procedure's plan already worked out.
pub fn progress_with(
    ruleset: &Ruleset,
    stage: Stage,
    procedure: &Procedure,
    plan: &Plan<'_>,
) -> Progress {
    let mut components = Progress::default();
    for (side, c) in required_components(ruleset, stage, procedure) {
        components.total += 1;
        let filled = match side {
            Side::Before => procedure.before.is_filled(c),
            Side::After => procedure.after.is_filled(c),
        };
        if filled {
            components.done += 1;
        }
    }
    components.plus(plan.progress(procedure))
}

struct Builder<'r, 'p> {
    ruleset: &'r Ruleset,
    current: &'p crate::component::Components,
    assessed: &'p BTreeSet<Component>,
    /// The draft's date (`None`: undated).
    on: Option<Date>,
    out: Vec<PlannedSection<'r>>,
    /// Blocks being expanded, so that a block using itself (a lint error) cannot loop.
    guard: Vec<&'r str>,
}

impl<'r> Builder<'r, '_> {
    fn section(
        &mut self,
        s: &'r Section,
        depth: usize,
        entry: Option<&Entry>,
        parent: Option<usize>,
    ) {
        if let Some(c) = s.component
            && (!self.assessed.contains(&c) || !self.current.has(c))
        {
            return;
        }
        if !s.applies_on(self.on) {
            return;
        }
        match s.repeat {
            Some(c) if entry.is_none() => {
                for (id, label) in self.current.entry_ids(c) {
                    let e = Entry { id, label };
                    self.emit(s, depth, Some(&e), parent);
                }
            }
            _ => self.emit(s, depth, entry, parent),
        }
    }

    fn emit(&mut self, s: &'r Section, depth: usize, entry: Option<&Entry>, parent: Option<usize>) {
        let index = self.out.len();
        let mut items = Vec::new();
        collect_items(&s.items, 0, entry, &mut items);
        self.out.push(PlannedSection {
            section: s,
            depth,
            entry: entry.cloned(),
            parent,
            skipped: None,
            items,
        });
        for sub in &s.sections {
            self.section(sub, depth + 1, entry, Some(index));
        }
        for id in &s.uses {
            if self.guard.contains(&id.as_str()) {
                continue;
            }
            if let Some(block) = self.ruleset.block(id) {
                self.guard.push(&block.id);
                self.section(block, depth + 1, entry, Some(index));
                self.guard.pop();
            }
        }
    }
}

fn collect_items<'r>(
    items: &'r [Item],
    depth: usize,
    entry: Option<&Entry>,
    out: &mut Vec<PlannedItem<'r>>,
) {
    for item in items {
        out.push(PlannedItem {
            item,
            key: AnswerKey {
                item: item.id.clone(),
                entry: entry.map(|e| e.id.clone()),
            },
            depth,
            visible: false,
        });
        collect_items(&item.items, depth + 1, entry, out);
    }
}

/// Whether a section's skipping is being worked out (a cycle if met again) or known.
#[derive(Debug, Clone, Copy)]
enum Resolution {
    InProgress,
    Done(Option<usize>),
}

/// Decides visibility and skipping. Conditions may refer to items in other sections, whose visibility may
/// depend on short-circuits: evaluated on demand with memoisation. The lint rejects cycles; a cycle in an
/// unlinted ruleset resolves to "hidden" rather than looping.
struct Evaluator<'r, 'a> {
    ruleset: &'r Ruleset,
    procedure: &'a Procedure,
    sections: &'a mut Vec<PlannedSection<'r>>,
    /// (item id, entry) → (section index, item index).
    items: HashMap<(String, Option<String>), (usize, usize)>,
    visible: HashMap<(usize, usize), Option<bool>>,
    skipped: HashMap<usize, Resolution>,
}

impl<'r, 'a> Evaluator<'r, 'a> {
    fn new(
        ruleset: &'r Ruleset,
        procedure: &'a Procedure,
        sections: &'a mut Vec<PlannedSection<'r>>,
    ) -> Self {
        let mut items = HashMap::new();
        for (si, s) in sections.iter().enumerate() {
            for (ii, i) in s.items.iter().enumerate() {
                items
                    .entry((i.key.item.clone(), i.key.entry.clone()))
                    .or_insert((si, ii));
            }
        }
        Evaluator {
            ruleset,
            procedure,
            sections,
            items,
            visible: HashMap::new(),
            skipped: HashMap::new(),
        }
    }

    fn resolve(mut self) {
        for si in 0..self.sections.len() {
            let rule = self
                .skipped_by(si)
                .and_then(|r| self.ruleset.short_circuits.get(r));
            self.sections[si].skipped = rule;
            for ii in 0..self.sections[si].items.len() {
                let v = self.item_visible(si, ii);
                self.sections[si].items[ii].visible = v;
            }
        }
    }

    /// The index of the short-circuit that skips section `si` (directly or through a parent).
    fn skipped_by(&mut self, si: usize) -> Option<usize> {
        match self.skipped.get(&si) {
            Some(Resolution::Done(rule)) => return *rule,
            Some(Resolution::InProgress) => return None, // a cycle
            None => {}
        }
        self.skipped.insert(si, Resolution::InProgress);
        let mut result = self.sections[si].parent.and_then(|p| self.skipped_by(p));
        if result.is_none() {
            let id = self.sections[si].section.id.clone();
            let entry = self.sections[si].entry.as_ref().map(|e| e.id.clone());
            let ruleset = self.ruleset;
            for (ri, rule) in ruleset.short_circuits.iter().enumerate() {
                if rule.skip.contains(&id) && self.holds(&rule.when, entry.as_deref()) {
                    result = Some(ri);
                    break;
                }
            }
        }
        self.skipped.insert(si, Resolution::Done(result));
        result
    }

    fn item_visible(&mut self, si: usize, ii: usize) -> bool {
        match self.visible.get(&(si, ii)) {
            Some(Some(v)) => return *v,
            Some(None) => return false, // in progress: a cycle
            None => {}
        }
        self.visible.insert((si, ii), None);
        let result = self.compute_visible(si, ii);
        self.visible.insert((si, ii), Some(result));
        result
    }

    fn compute_visible(&mut self, si: usize, ii: usize) -> bool {
        if self.skipped_by(si).is_some() {
            return false;
        }
        let planned = &self.sections[si].items[ii];
        let item = planned.item;
        let entry = planned.key.entry.clone();
        if let Some(parent) = self.ruleset.parents_of(&item.id).last().cloned()
            && let Some(&(psi, pii)) = self.items.get(&(parent, entry.clone()))
            && !self.item_visible(psi, pii)
        {
            return false;
        }
        match &item.show_if {
            None => true,
            Some(c) => self.holds(c, entry.as_deref()),
        }
    }

    fn holds(&mut self, condition: &crate::ruleset::Condition, entry: Option<&str>) -> bool {
        let mut chosen = |id: &str| self.chosen(id, entry);
        condition.holds(&mut chosen)
    }

    /// The options chosen for an item, if it is shown and answered; looked up in the same entry first.
    fn chosen(&mut self, id: &str, entry: Option<&str>) -> Vec<String> {
        let found = entry
            .and_then(|e| self.items.get(&(id.to_owned(), Some(e.to_owned()))))
            .or_else(|| self.items.get(&(id.to_owned(), None)))
            .copied();
        let Some((si, ii)) = found else {
            return Vec::new();
        };
        if !self.item_visible(si, ii) {
            return Vec::new();
        }
        let key = &self.sections[si].items[ii].key;
        match self.procedure.answer(key).and_then(|a| a.value.as_ref()) {
            Some(AnswerValue::Choice(c)) => vec![c.clone()],
            Some(AnswerValue::Choices(cs)) => cs.clone(),
            _ => Vec::new(),
        }
    }
}
