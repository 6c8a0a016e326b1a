//! What changed between two versions of an assessment: the draft's fields, procedures added or removed,
//! and for each procedure kept (matched by id) its fields, components, answers, appraisal verdicts and the
//! change of its cost. Used by `tthc diff` and by the app's comparison view.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::answer::{Answer, AnswerValue};
use crate::appraisal::Verdict;
use crate::assessment::Assessment;
use crate::component::Component;
use crate::cost::{self, ProcedureCost, ScenarioCost};
use crate::dossier::describe;
use crate::procedure::{Procedure, ProcedureKind, Side};
use crate::ruleset::Criterion;
use crate::text::Lang;

/// A field whose value changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field (`"title"`, `"provisions"`).
    pub field: String,
    /// Its value before.
    pub old: String,
    /// Its value now.
    pub new: String,
}

/// A procedure named in a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcedureRef {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: ProcedureKind,
}

/// A component whose content changed, on one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComponentChange {
    /// Before or after the draft.
    pub side: Side,
    /// The component.
    pub component: Component,
    /// Its lines before.
    pub old: Vec<String>,
    /// Its lines now.
    pub new: Vec<String>,
}

/// An answer that changed (`None`: not answered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerChange {
    /// The answer key (`item` or `item@entry`).
    pub key: String,
    /// The answer before.
    pub old: Option<String>,
    /// The answer now.
    pub new: Option<String>,
}

/// An appraisal verdict that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerdictChange {
    /// The criterion.
    pub criterion: Criterion,
    /// The verdict before.
    pub old: Option<Verdict>,
    /// The verdict now.
    pub new: Option<Verdict>,
}

/// One figure in both versions, and the difference (new − old) when both exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct FigureDelta {
    /// Before.
    pub old: Option<Decimal>,
    /// Now.
    pub new: Option<Decimal>,
    /// New − old.
    pub delta: Option<Decimal>,
}

impl FigureDelta {
    fn of(old: Option<Decimal>, new: Option<Decimal>) -> FigureDelta {
        FigureDelta {
            old,
            new,
            delta: old.zip(new).and_then(|(o, n)| n.checked_sub(o)),
        }
    }

    /// Whether the figure changed.
    pub fn changed(&self) -> bool {
        self.old != self.new
    }
}

/// The change of the annual cost figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct CostDelta {
    /// Annual cost before the draft.
    pub annual_cost_before: FigureDelta,
    /// Annual cost after the draft.
    pub annual_cost_after: FigureDelta,
    /// Annual saving.
    pub annual_saving: FigureDelta,
}

impl CostDelta {
    /// Whether any figure changed.
    pub fn changed(&self) -> bool {
        self.annual_cost_before.changed()
            || self.annual_cost_after.changed()
            || self.annual_saving.changed()
    }
}

/// The changes of one procedure present in both versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcedureDiff {
    /// The procedure now.
    pub procedure: ProcedureRef,
    /// Its kind before, if it changed.
    pub old_kind: Option<ProcedureKind>,
    /// Fields other than components.
    pub fields: Vec<FieldChange>,
    /// Components changed or newly marked as changed.
    pub components: Vec<ComponentChange>,
    /// Answers.
    pub answers: Vec<AnswerChange>,
    /// Appraisal verdicts.
    pub verdicts: Vec<VerdictChange>,
    /// The change of its cost.
    pub cost: CostDelta,
}

impl ProcedureDiff {
    /// Whether anything changed.
    pub fn is_empty(&self) -> bool {
        self.old_kind.is_none()
            && self.fields.is_empty()
            && self.components.is_empty()
            && self.answers.is_empty()
            && self.verdicts.is_empty()
            && !self.cost.changed()
    }
}

/// Everything that changed between two versions of an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Fields of the draft.
    pub draft: Vec<FieldChange>,
    /// Procedures only in the new version.
    pub added: Vec<ProcedureRef>,
    /// Procedures only in the old version.
    pub removed: Vec<ProcedureRef>,
    /// Procedures in both versions that changed, in the order of the new version.
    pub changed: Vec<ProcedureDiff>,
    /// The change of the draft's totals.
    pub total: CostDelta,
}

impl Diff {
    /// Whether the two versions are the same (apart from where the user was in the flow).
    pub fn is_empty(&self) -> bool {
        self.draft.is_empty()
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
    }
}

/// Compares two versions of an assessment. Component contents are written in `lang`.
///
/// ```
/// use tthc_core::{diff::compare, sample::sample, Action, Lang};
/// let old = sample();
/// let mut new = old.clone();
/// new.apply(Action::RemoveProcedure { id: "p3".into() });
/// let d = compare(&old, &new, Lang::Vi);
/// assert_eq!(d.removed.len(), 1);
/// assert!(d.total.annual_cost_before.delta.is_some_and(|x| x.is_sign_negative()));
/// ```
pub fn compare(old: &Assessment, new: &Assessment, lang: Lang) -> Diff {
    let old_cost = cost::compute(old);
    let new_cost = cost::compute(new);
    let reference = |p: &Procedure| ProcedureRef {
        id: p.id.clone(),
        name: p.name(),
        kind: p.kind,
    };
    let mut draft = Vec::new();
    let d = (&old.draft, &new.draft);
    for (field, a, b) in [
        ("title", d.0.title.clone(), d.1.title.clone()),
        (
            "document_type",
            d.0.document_type
                .map(|t| t.key().to_owned())
                .unwrap_or_default(),
            d.1.document_type
                .map(|t| t.key().to_owned())
                .unwrap_or_default(),
        ),
        (
            "stage",
            d.0.stage.label().get(lang).to_owned(),
            d.1.stage.label().get(lang).to_owned(),
        ),
        (
            "drafting_body",
            d.0.drafting_body.clone(),
            d.1.drafting_body.clone(),
        ),
        (
            "issuing_authority",
            d.0.issuing_authority.clone(),
            d.1.issuing_authority.clone(),
        ),
        ("province", d.0.province.clone(), d.1.province.clone()),
        ("version", d.0.version.clone(), d.1.version.clone()),
        (
            "date",
            d.0.date.map(|x| x.to_string()).unwrap_or_default(),
            d.1.date.map(|x| x.to_string()).unwrap_or_default(),
        ),
        ("ruleset", old.ruleset.to_string(), new.ruleset.to_string()),
    ] {
        change(&mut draft, field, a, b);
    }
    let added = new
        .procedures
        .iter()
        .filter(|p| old.procedure(&p.id).is_none())
        .map(reference)
        .collect();
    let removed = old
        .procedures
        .iter()
        .filter(|p| new.procedure(&p.id).is_none())
        .map(reference)
        .collect();
    let changed = new
        .procedures
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let (j, o) = old
                .procedures
                .iter()
                .enumerate()
                .find(|(_, o)| o.id == n.id)?;
            let diff = procedure(
                old,
                new,
                o,
                n,
                &old_cost.procedures[j],
                &new_cost.procedures[i],
                lang,
            );
            (!diff.is_empty()).then_some(diff)
        })
        .collect();
    Diff {
        draft,
        added,
        removed,
        changed,
        total: CostDelta {
            annual_cost_before: FigureDelta::of(
                old_cost.total.annual_cost_before,
                new_cost.total.annual_cost_before,
            ),
            annual_cost_after: FigureDelta::of(
                old_cost.total.annual_cost_after,
                new_cost.total.annual_cost_after,
            ),
            annual_saving: FigureDelta::of(
                old_cost.total.annual_saving,
                new_cost.total.annual_saving,
            ),
        },
    }
}

fn change(out: &mut Vec<FieldChange>, field: &str, old: String, new: String) {
    if old != new {
        out.push(FieldChange {
            field: field.to_owned(),
            old,
            new,
        });
    }
}

fn annual(s: Option<&ScenarioCost>) -> Option<Decimal> {
    s.and_then(|s| s.figures.annual_cost)
}

fn procedure(
    old_a: &Assessment,
    new_a: &Assessment,
    o: &Procedure,
    n: &Procedure,
    oc: &ProcedureCost,
    nc: &ProcedureCost,
    lang: Lang,
) -> ProcedureDiff {
    let mut fields = Vec::new();
    change(&mut fields, "code", o.code.clone(), n.code.clone());
    change(
        &mut fields,
        "provisions",
        o.provisions.clone(),
        n.provisions.clone(),
    );
    change(&mut fields, "field", o.field.clone(), n.field.clone());
    change(
        &mut fields,
        "policy",
        o.policy.clone().unwrap_or_default(),
        n.policy.clone().unwrap_or_default(),
    );
    let mut components = Vec::new();
    for side in [Side::Before, Side::After] {
        let (ov, nv) = (o.version(side), n.version(side));
        for c in Component::ALL {
            let (a, b) = (describe::lines(&ov, c, lang), describe::lines(&nv, c, lang));
            if a != b {
                components.push(ComponentChange {
                    side,
                    component: c,
                    old: a,
                    new: b,
                });
            }
        }
    }
    let keys: BTreeSet<&String> = o.answers.keys().chain(n.answers.keys()).collect();
    let answers = keys
        .into_iter()
        .filter_map(|k| {
            let (a, b) = (o.answers.get(k), n.answers.get(k));
            (a != b).then(|| AnswerChange {
                key: k.clone(),
                old: a.map(answer_text),
                new: b.map(answer_text),
            })
        })
        .collect();
    let verdict =
        |a: &Assessment, c: Criterion| a.appraisal.as_ref()?.opinions.get(&n.id)?.get(&c)?.verdict;
    let verdicts = Criterion::ALL
        .into_iter()
        .filter_map(|c| {
            let (a, b) = (verdict(old_a, c), verdict(new_a, c));
            (a != b).then_some(VerdictChange {
                criterion: c,
                old: a,
                new: b,
            })
        })
        .collect();
    ProcedureDiff {
        procedure: ProcedureRef {
            id: n.id.clone(),
            name: n.name(),
            kind: n.kind,
        },
        old_kind: (o.kind != n.kind).then_some(o.kind),
        fields,
        components,
        answers,
        verdicts,
        cost: CostDelta {
            annual_cost_before: FigureDelta::of(
                annual(oc.before.as_ref()),
                annual(nc.before.as_ref()),
            ),
            annual_cost_after: FigureDelta::of(
                annual(oc.after.as_ref()),
                annual(nc.after.as_ref()),
            ),
            annual_saving: FigureDelta::of(oc.annual_saving, nc.annual_saving),
        },
    }
}

/// An answer in one line: its value, its reason after a dash, and "(unsure)".
pub fn answer_text(a: &Answer) -> String {
    let mut s = match &a.value {
        None => String::new(),
        Some(AnswerValue::Choice(c)) => c.clone(),
        Some(AnswerValue::Choices(cs)) => cs.join(", "),
        Some(AnswerValue::Text(t)) => t.trim().to_owned(),
        Some(AnswerValue::Number(n)) => n.normalize().to_string(),
        Some(AnswerValue::Date(d)) => d.to_string(),
    };
    if a.has_reason() {
        if !s.is_empty() {
            s.push_str(" — ");
        }
        s.push_str(a.reason.trim());
    }
    if a.unsure {
        s.push_str(" (unsure)");
    }
    s
}
