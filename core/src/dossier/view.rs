//! The view model of the dossier: everything the templates may show, already worked out and in the
//! language of the output. Templates see only this (serialised), never the internal types.

use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::analysis::{Analysis, ProcedureAnalysis};
use crate::answer::AnswerValue;
use crate::assessment::Assessment;
use crate::component::Component;
use crate::cost::{Figure, Operand, ProcedureCost, ScenarioCost, TraceLine};
use crate::date::Date;
use crate::finding::Finding;
use crate::flow::PlannedSection;
use crate::money::{self, Unit, figure};
use crate::parameters::ParameterName;
use crate::procedure::{Procedure, Side};
use crate::ruleset::{AnswerKind, Computed, Status};
use crate::text::{Lang, excerpt};

use super::describe;
use super::letterhead::{self, LetterheadView};

/// The whole dossier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(
    missing_docs,
    reason = "the fields are documented in templates/README.md, where template authors read them"
)]
pub struct DossierView {
    pub target: String,
    pub lang: String,
    pub date: String,
    pub place_date: String,
    pub letterhead: LetterheadView,
    pub annex: AnnexNumbers,
    pub draft: DraftView,
    pub ruleset: RulesetView,
    pub legal: Option<LegalView>,
    pub summary: Vec<SummaryRow>,
    pub total: TotalView,
    pub chart: ChartView,
    pub procedures: Vec<ProcedureView>,
    pub findings: Vec<FindingView>,
    pub parameters: Vec<ParameterRow>,
    pub reconstructed: Vec<ReconstructedGroup>,
    pub consultation: ConsultationView,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct DraftView {
    pub title: String,
    pub document_type: String,
    pub stage: String,
    pub drafting_body: String,
    pub issuing_authority: String,
    pub province: String,
    pub version: String,
    pub date: String,
    pub contact: String,
    pub policies: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct RulesetView {
    pub reference: String,
    pub title: String,
    pub version: u32,
    pub superseded: bool,
    /// The digest of the ruleset's content; empty for the first released versions, whose documents print
    /// as they always did.
    pub sha256: String,
    /// The ruleset is a local correction, not one bundled with the software.
    pub local: bool,
}

impl RulesetView {
    /// The ruleset of an analysis as the documents name it.
    pub(crate) fn of(analysis: &Analysis<'_>, a: &Assessment, lang: Lang) -> RulesetView {
        let r = analysis.ruleset();
        let local = crate::ruleset::Registry::bundled()
            .get(&r.id, r.version)
            .is_none_or(|b| b.sha256() != r.sha256());
        RulesetView {
            reference: a.ruleset.to_string(),
            title: r.title.get(lang).to_owned(),
            version: r.version,
            superseded: r.superseded,
            sha256: if local || r.regulation >= 2 {
                r.sha256().to_owned()
            } else {
                String::new()
            },
            local,
        }
    }
}

/// The legal status the documents state, from the second version of the regulation data on: the dated
/// rules applied to the draft, the texts on watch, how much of the ruleset is official, and the cost
/// method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct LegalView {
    pub rules: Vec<AppliedRuleView>,
    pub watch: Vec<WatchView>,
    pub official: usize,
    pub summary: usize,
    pub reconstructed: usize,
    pub cost_basis: String,
    pub cost_principles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct AppliedRuleView {
    pub subject: String,
    pub applies: String,
    pub basis: String,
    pub status: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct WatchView {
    pub title: String,
    pub date: String,
    pub note: String,
}

impl LegalView {
    /// The legal status of an analysis, when its regulation data has dated rules.
    pub(crate) fn of(analysis: &Analysis<'_>, a: &Assessment, lang: Lang) -> Option<LegalView> {
        let ruleset = analysis.ruleset();
        let reg = analysis.regulation();
        if reg.promulgation_law.is_empty() {
            return None;
        }
        let report = crate::legal::StatusReport::of(ruleset);
        Some(LegalView {
            rules: crate::legal::applied_rules(a, ruleset, analysis.date())
                .into_iter()
                .map(|r| AppliedRuleView {
                    subject: r.subject.get(lang).to_owned(),
                    applies: r.applies.get(lang).to_owned(),
                    basis: r.basis.map(|b| b.to_string()).unwrap_or_default(),
                    status: r.status.label().get(lang).to_owned(),
                    why: r.why.get(lang).to_owned(),
                })
                .collect(),
            watch: crate::legal::watch(ruleset)
                .iter()
                .map(|w| WatchView {
                    title: w.title.get(lang).to_owned(),
                    date: w.date.short(),
                    note: w.note.get(lang).to_owned(),
                })
                .collect(),
            official: report.official,
            summary: report.summary,
            reconstructed: report.reconstructed,
            cost_basis: reg
                .cost_method
                .as_ref()
                .map(|m| m.basis.to_string())
                .unwrap_or_default(),
            cost_principles: reg
                .cost_method
                .iter()
                .flat_map(|m| m.principles.iter())
                .map(|p| format!("{} ({})", p.text.get(lang), p.basis))
                .collect(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct SummaryRow {
    pub number: usize,
    pub name: String,
    pub kind: String,
    pub changed: String,
    pub before: String,
    pub after: String,
    pub saving: String,
    pub reduction: String,
    pub open_findings: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct TotalView {
    pub before: String,
    pub after: String,
    pub saving: String,
    pub reduction: String,
    pub existing: SubtotalView,
    pub new_count: usize,
    pub new_cost: String,
    pub new_change: String,
    pub net_change: String,
    pub net_rises: bool,
    pub target: String,
    pub target_basis: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct SubtotalView {
    pub count: usize,
    pub before: String,
    pub after: String,
    pub change: String,
    pub reduction: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ChartView {
    pub width: u32,
    pub height: u32,
    pub label_width: u32,
    pub bars: Vec<BarView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct BarView {
    pub label: String,
    pub y: u32,
    pub before_width: u32,
    pub after_width: u32,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ProcedureView {
    pub number: usize,
    pub id: String,
    pub name: String,
    pub kind: String,
    pub kind_key: String,
    pub code: String,
    pub provisions: String,
    pub field: String,
    pub policy: String,
    pub form_title: String,
    pub form_code: String,
    pub form_basis: String,
    pub comparison: bool,
    pub components: Vec<ComponentRow>,
    pub documents: Vec<DocumentRow>,
    pub sections: Vec<SectionView>,
    pub cost: CostView,
    pub simplification: Vec<String>,
    pub findings: Vec<FindingView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ComponentRow {
    pub label: String,
    pub before: Vec<String>,
    pub after: Vec<String>,
    pub changed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct DocumentRow {
    pub number: usize,
    pub name: String,
    pub form: String,
    pub quantity: u32,
    pub database: bool,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct SectionView {
    pub level: usize,
    pub heading: String,
    pub entry: String,
    pub skipped: String,
    pub computed: String,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
#[allow(
    clippy::struct_excessive_bools,
    reason = "flags the templates test, one per question of display"
)]
pub struct ItemView {
    pub key: String,
    pub depth: usize,
    pub label: String,
    pub text: String,
    pub reconstructed: bool,
    pub kind: String,
    pub options: Vec<OptionView>,
    pub value: String,
    pub reason_label: String,
    pub reason_reconstructed: bool,
    pub reason: String,
    pub answered: bool,
    pub required: bool,
    pub unsure: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct OptionView {
    pub label: String,
    pub text: String,
    pub chosen: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct CostView {
    pub scenarios: Vec<ScenarioView>,
    pub saving: String,
    pub saving_range: String,
    pub reduction: String,
    pub has_saving: bool,
    pub lines: Vec<TraceRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ScenarioView {
    pub title: String,
    pub activities: Vec<ActivityRow>,
    pub lines: Vec<TraceRow>,
    pub range: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ActivityRow {
    pub number: usize,
    pub name: String,
    pub hours: String,
    pub source: String,
    pub proposed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct TraceRow {
    pub key: String,
    pub label: String,
    pub formula: String,
    pub inputs: String,
    pub result: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct FindingView {
    pub severity: String,
    pub severity_key: String,
    pub code: String,
    pub path: String,
    pub message: String,
    pub hint: String,
    pub basis: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ParameterRow {
    pub label: String,
    pub value: String,
    pub source: String,
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ReconstructedGroup {
    pub source: String,
    pub items: Vec<ReconstructedRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ReconstructedRow {
    pub id: String,
    /// The item's printed number in its section ("a", "1"), as the form prints it.
    pub label: String,
    pub text: String,
    pub section: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ConsultationView {
    pub received: bool,
    pub unit: String,
    pub reference: String,
    pub date: String,
    pub comments: Vec<CommentRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct CommentRow {
    pub id: String,
    pub procedure: String,
    pub text: String,
    pub response_kind: String,
    pub response: String,
}

/// The numbers of the dossier's annexes, in the order they are printed (the legal annex only when there is
/// one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct AnnexNumbers {
    pub parameters: usize,
    pub reconstructed: usize,
    pub legal: usize,
    pub consultation: usize,
    pub fingerprint: usize,
}

impl AnnexNumbers {
    fn new(legal: bool) -> AnnexNumbers {
        let after = usize::from(legal);
        AnnexNumbers {
            parameters: 1,
            reconstructed: 2,
            legal: if legal { 3 } else { 0 },
            consultation: 3 + after,
            fingerprint: 4 + after,
        }
    }
}

/// Everything a view is built from.
pub(crate) struct Inputs<'a> {
    pub assessment: &'a Assessment,
    pub analysis: &'a Analysis<'a>,
    pub lang: Lang,
    pub date: Date,
    pub html: bool,
}

impl Inputs<'_> {
    /// Whether an item's effective status is `reconstructed`.
    fn reconstructed(&self, item: &str) -> bool {
        self.analysis
            .ruleset()
            .provenance(item)
            .is_some_and(|p| p.status == Status::Reconstructed)
    }
}

pub(crate) fn build(i: &Inputs<'_>) -> DossierView {
    let a = i.assessment;
    let lang = i.lang;
    let date = i.date.long(lang);
    let place = if a.draft.province.trim().is_empty() {
        "…".to_owned()
    } else {
        a.draft.province.trim().to_owned()
    };
    let analysed = i.analysis.procedures();
    let procedures: Vec<ProcedureView> = a
        .procedures
        .iter()
        .zip(analysed)
        .enumerate()
        .map(|(n, (p, pa))| procedure(i, n + 1, p, pa))
        .collect();
    let place_date = format!("{place}, {date}");
    let legal = LegalView::of(i.analysis, a, lang);
    DossierView {
        target: if i.html { "html" } else { "md" }.to_owned(),
        lang: lang.code().to_owned(),
        letterhead: letterhead::build(
            &letterhead::Parts {
                issuance: &a.draft.issuance,
                issuer: &a.draft.drafting_body,
                number: &a.draft.issuance.number,
                symbol: None,
                place_date: place_date.clone(),
                default_addressee: None,
            },
            lang,
        ),
        annex: AnnexNumbers::new(legal.is_some()),
        place_date,
        date,
        draft: draft(i),
        ruleset: RulesetView::of(i.analysis, a, lang),
        legal,
        summary: procedures
            .iter()
            .zip(analysed)
            .zip(&a.procedures)
            .map(|((v, pa), p)| summary_row(lang, v, &pa.cost, p))
            .collect(),
        total: total(lang, i.analysis, &a.procedures),
        chart: chart(lang, analysed.iter().map(|p| &p.cost)),
        procedures,
        findings: i
            .analysis
            .findings()
            .into_iter()
            .filter(|f| f.procedure().is_none_or(|id| a.procedure(id).is_none()))
            .map(|f| finding(lang, f))
            .collect(),
        parameters: parameters(i),
        reconstructed: reconstructed(i),
        consultation: consultation(i),
        fingerprint: crate::file::fingerprint(a),
    }
}

pub(crate) fn draft(i: &Inputs<'_>) -> DraftView {
    let d = &i.assessment.draft;
    let lang = i.lang;
    let contact = [
        &d.contact.name,
        &d.contact.position,
        &d.contact.phone,
        &d.contact.email,
    ]
    .iter()
    .map(|s| s.trim())
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" — ");
    DraftView {
        title: d.title.trim().to_owned(),
        document_type: d
            .document_type
            .map(|t| t.label().get(lang).to_owned())
            .unwrap_or_default(),
        stage: d.stage.label().get(lang).to_owned(),
        drafting_body: d.drafting_body.trim().to_owned(),
        issuing_authority: d.issuing_authority.trim().to_owned(),
        province: d.province.trim().to_owned(),
        version: d.version.trim().to_owned(),
        date: d.date.map(|x| x.long(lang)).unwrap_or_default(),
        contact,
        policies: d
            .policies
            .iter()
            .map(|p| p.name.trim().to_owned())
            .collect(),
    }
}

/// The totals, split as the reader needs them: the existing procedures, the new ones, the net change.
fn total(lang: Lang, analysis: &Analysis<'_>, procedures: &[Procedure]) -> TotalView {
    let t = analysis.total();
    let target = &analysis.regulation().reduction_target;
    let existing = procedures.iter().filter(|p| p.kind.has_before()).count();
    TotalView {
        before: figure(t.annual_cost_before, Unit::Dong, lang),
        after: figure(t.annual_cost_after, Unit::Dong, lang),
        saving: figure(t.annual_saving, Unit::Dong, lang),
        reduction: figure(t.reduction_percent, Unit::Percent, lang),
        existing: SubtotalView {
            count: existing,
            before: figure(t.existing.annual_cost_before, Unit::Dong, lang),
            after: figure(t.existing.annual_cost_after, Unit::Dong, lang),
            change: money::change(t.existing.annual_saving.map(|s| -s), Unit::Dong, lang),
            reduction: money::change(
                t.existing.reduction_percent.map(|s| -s),
                Unit::Percent,
                lang,
            ),
        },
        new_count: procedures.len() - existing,
        new_cost: figure(t.new_annual_cost, Unit::Dong, lang),
        new_change: money::change(t.new_annual_cost, Unit::Dong, lang),
        net_change: money::change(t.net_annual_change, Unit::Dong, lang),
        net_rises: t
            .net_annual_change
            .map(money::round_dong)
            .is_some_and(|d| d > Decimal::ZERO),
        target: figure(Some(target.percent), Unit::Percent, lang),
        target_basis: target.basis.to_string(),
    }
}

fn summary_row(lang: Lang, v: &ProcedureView, c: &ProcedureCost, p: &Procedure) -> SummaryRow {
    let annual = |s: &Option<ScenarioCost>| {
        s.as_ref().map_or_else(
            || "—".to_owned(),
            |s| figure(s.figures.annual_cost, Unit::Dong, lang),
        )
    };
    SummaryRow {
        number: v.number,
        name: v.name.clone(),
        kind: v.kind.clone(),
        changed: p
            .changed
            .iter()
            .map(|c| c.label().get(lang).to_owned())
            .collect::<Vec<_>>()
            .join("; "),
        before: annual(&c.before),
        after: annual(&c.after),
        saving: if p.kind.has_before() {
            money::change(c.annual_saving.map(|s| -s), Unit::Dong, lang)
        } else {
            money::change(
                c.after.as_ref().and_then(|s| s.figures.annual_cost),
                Unit::Dong,
                lang,
            )
        },
        reduction: money::change(c.reduction_percent.map(|s| -s), Unit::Percent, lang),
        open_findings: v
            .findings
            .iter()
            .filter(|f| f.severity_key != "info")
            .count(),
    }
}

fn finding(lang: Lang, f: &Finding) -> FindingView {
    FindingView {
        severity: f.severity.label().get(lang).to_owned(),
        severity_key: f.severity.key().to_owned(),
        code: f.code.as_str().to_owned(),
        path: f.place.path(),
        message: f.message.get(lang).to_owned(),
        hint: f.hint.get(lang).to_owned(),
        basis: f
            .basis
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
    }
}

fn procedure(
    i: &Inputs<'_>,
    number: usize,
    p: &Procedure,
    pa: &ProcedureAnalysis<'_>,
) -> ProcedureView {
    let lang = i.lang;
    let plan = &pa.plan;
    let c = &pa.cost;
    let comparison = p.kind.has_before() && p.kind.has_after();
    let before = p.version(Side::Before);
    let after = p.version(Side::After);
    let components = Component::ALL
        .iter()
        .map(|&comp| ComponentRow {
            label: comp.label().get(lang).to_owned(),
            before: if p.kind.has_before() {
                describe::lines(&before, comp, lang)
            } else {
                Vec::new()
            },
            after: if p.kind.has_after() {
                describe::lines(&after, comp, lang)
            } else {
                Vec::new()
            },
            changed: comparison && p.is_changed(comp),
        })
        .filter(|r| !(r.before.is_empty() && r.after.is_empty()))
        .collect();
    let current = p.current();
    let documents = current
        .dossier
        .documents
        .iter()
        .filter(|d| !d.name.trim().is_empty())
        .enumerate()
        .map(|(n, d)| DocumentRow {
            number: n + 1,
            name: d.name.trim().to_owned(),
            form: d.copy_form.label().get(lang).to_owned(),
            quantity: d.quantity,
            database: d.in_national_database,
            reason: d.reason.trim().to_owned(),
        })
        .collect();
    let policy = p
        .policy
        .as_ref()
        .and_then(|id| i.assessment.draft.policies.iter().find(|x| &x.id == id))
        .map(|x| x.name.trim().to_owned())
        .unwrap_or_default();
    ProcedureView {
        number,
        id: p.id.clone(),
        name: p.name(),
        kind: p.kind.label().get(lang).to_owned(),
        kind_key: p.kind.key().to_owned(),
        code: p.code.trim().to_owned(),
        provisions: p.provisions.trim().to_owned(),
        field: p.field.trim().to_owned(),
        policy,
        form_title: plan
            .form
            .map(|f| f.title.get(lang).to_owned())
            .unwrap_or_default(),
        form_code: plan.form.and_then(|f| f.code.clone()).unwrap_or_default(),
        form_basis: plan
            .form
            .and_then(|f| f.basis.as_ref())
            .map(ToString::to_string)
            .unwrap_or_default(),
        comparison,
        components,
        documents,
        sections: plan.sections.iter().map(|s| section(i, p, s)).collect(),
        cost: cost_view(lang, c),
        simplification: crate::simplification::statement(p, Some(c))
            .iter()
            .map(|t| t.get(lang).to_owned())
            .collect(),
        findings: i
            .analysis
            .procedure_findings(&p.id)
            .into_iter()
            .map(|f| finding(lang, f))
            .collect(),
    }
}

fn section(i: &Inputs<'_>, p: &Procedure, s: &PlannedSection<'_>) -> SectionView {
    let lang = i.lang;
    let title = s.section.title.get(lang);
    let heading = if s.section.number.trim().is_empty() {
        title.to_owned()
    } else {
        format!("{}. {title}", s.section.number.trim())
    };
    SectionView {
        level: s.depth + 1,
        heading,
        entry: s
            .entry
            .as_ref()
            .map(|e| e.label.trim().to_owned())
            .unwrap_or_default(),
        // Only the first skipped section of a group states the reason; its sub-sections are left out.
        skipped: s
            .skipped
            .map(|r| r.reason.get(lang).to_owned())
            .unwrap_or_default(),
        computed: match s.section.computed {
            Some(Computed::Cost) => "cost",
            Some(Computed::Simplification) => "simplification",
            None => "",
        }
        .to_owned(),
        items: if s.skipped.is_some() {
            Vec::new()
        } else {
            s.items
                .iter()
                .filter(|i| i.visible)
                .map(|planned| {
                    let item = planned.item;
                    let answer = p.answer(&planned.key);
                    let chosen: Vec<String> = match answer.and_then(|a| a.value.as_ref()) {
                        Some(AnswerValue::Choice(c)) => vec![c.clone()],
                        Some(AnswerValue::Choices(cs)) => cs.clone(),
                        _ => Vec::new(),
                    };
                    let value = match answer.and_then(|a| a.value.as_ref()) {
                        Some(AnswerValue::Text(t)) => t.trim().to_owned(),
                        Some(AnswerValue::Number(n)) => match item.answer {
                            AnswerKind::Money => money::dong(*n, lang),
                            AnswerKind::Hours => figure(Some(*n), Unit::Hours, lang),
                            _ => money::number(*n, lang),
                        },
                        Some(AnswerValue::Date(d)) => d.long(lang),
                        _ => String::new(),
                    };
                    ItemView {
                        key: planned.key.to_string(),
                        depth: planned.depth,
                        label: item.label.clone(),
                        text: item.text.get(lang).to_owned(),
                        reconstructed: i.reconstructed(&item.id),
                        kind: item.answer.key().to_owned(),
                        options: item
                            .answer
                            .options()
                            .unwrap_or_default()
                            .into_iter()
                            .map(|o| OptionView {
                                chosen: chosen.contains(&o.id),
                                label: o.label,
                                text: o.text.get(lang).to_owned(),
                            })
                            .collect(),
                        value,
                        reason_label: item
                            .reason
                            .as_ref()
                            .map(|r| r.label.get(lang).to_owned())
                            .unwrap_or_default(),
                        reason_reconstructed: item
                            .reason
                            .as_ref()
                            .is_some_and(|r| r.status == Some(Status::Reconstructed)),
                        reason: answer
                            .map(|a| a.reason.trim().to_owned())
                            .unwrap_or_default(),
                        answered: answer.is_some_and(crate::answer::Answer::has_value),
                        required: item.is_required(),
                        unsure: answer.is_some_and(|a| a.unsure),
                    }
                })
                .collect()
        },
    }
}

fn cost_view(lang: Lang, c: &ProcedureCost) -> CostView {
    let mut scenarios = Vec::new();
    let title = |side: Side| match (side, c.kind.has_before(), c.kind.has_after()) {
        (Side::Before, _, true) => lang.pick("Trước khi sửa đổi, bổ sung", "Before the amendment"),
        (Side::Before, _, false) => lang.pick(
            "Thủ tục hiện hành (bị bãi bỏ)",
            "Procedure in force (abolished)",
        ),
        (Side::After, true, _) => lang.pick("Sau khi sửa đổi, bổ sung", "After the amendment"),
        (Side::After, false, _) => {
            lang.pick("Khi thủ tục được ban hành", "Once the procedure is issued")
        }
    };
    for s in [&c.before, &c.after].into_iter().flatten() {
        scenarios.push(ScenarioView {
            title: title(s.side).to_owned(),
            activities: s
                .trace
                .iter()
                .find(|l| l.figure == Figure::HoursPerFiling)
                .map(|l| {
                    l.operands
                        .iter()
                        .enumerate()
                        .map(|(n, o)| ActivityRow {
                            number: n + 1,
                            name: o.label.get(lang).to_owned(),
                            hours: figure(o.value, Unit::Hours, lang),
                            source: o.source.trim().to_owned(),
                            proposed: o.proposed,
                        })
                        .collect()
                })
                .unwrap_or_default(),
            lines: s.trace.iter().map(|l| trace_row(lang, l)).collect(),
            range: s.range.map_or_else(String::new, |(low, high)| {
                format!(
                    "{} – {}",
                    figure(low.annual_cost, Unit::Dong, lang),
                    figure(high.annual_cost, Unit::Dong, lang)
                )
            }),
        });
    }
    CostView {
        scenarios,
        has_saving: c.before.is_some(),
        saving: figure(c.annual_saving, Unit::Dong, lang),
        saving_range: c.saving_range.map_or_else(String::new, |(l, h)| {
            format!(
                "{} – {}",
                figure(Some(l), Unit::Dong, lang),
                figure(Some(h), Unit::Dong, lang)
            )
        }),
        reduction: figure(c.reduction_percent, Unit::Percent, lang),
        lines: c.trace.iter().map(|l| trace_row(lang, l)).collect(),
    }
}

/// One line of the trace: the inputs as a hand-recomputable expression.
fn trace_row(lang: Lang, l: &TraceLine) -> TraceRow {
    let inputs = if l.figure.is_sum() {
        // A sum: "2 + 1 + 3 + 0,5".
        if l.operands.is_empty() {
            "0".to_owned()
        } else {
            l.operands
                .iter()
                .map(|o| value_only(lang, o))
                .collect::<Vec<_>>()
                .join(" + ")
        }
    } else {
        l.operands
            .iter()
            .map(|o| {
                let mut s = format!("{}: {}", o.label.get(lang), figure(o.value, o.unit, lang));
                if !o.source.trim().is_empty() {
                    let _ = write!(
                        s,
                        " ({}: {})",
                        lang.pick("nguồn", "source"),
                        o.source.trim()
                    );
                }
                s
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    TraceRow {
        key: l.figure.key().to_owned(),
        label: l.figure.label().get(lang).to_owned(),
        formula: l.figure.formula().get(lang).to_owned(),
        inputs,
        result: figure(l.result, l.figure.unit(), lang),
    }
}

fn value_only(lang: Lang, o: &Operand) -> String {
    o.value.map_or_else(
        || "—".to_owned(),
        |v| match o.unit {
            Unit::Dong => money::group(money::round_dong(v), lang),
            _ => money::number(v, lang),
        },
    )
}

fn chart<'a>(lang: Lang, costs: impl Iterator<Item = &'a ProcedureCost>) -> ChartView {
    const WIDTH: u32 = 640;
    const LABEL: u32 = 230;
    const ROW: u32 = 40;
    let costs: Vec<&ProcedureCost> = costs.collect();
    let annual = |s: &Option<ScenarioCost>| {
        s.as_ref()
            .and_then(|s| s.figures.annual_cost)
            .unwrap_or(Decimal::ZERO)
    };
    let max = costs
        .iter()
        .flat_map(|c| [annual(&c.before), annual(&c.after)])
        .max()
        .unwrap_or(Decimal::ZERO);
    let room = Decimal::from(WIDTH - LABEL - 150);
    // The ratio first (at most 1), so that huge figures cannot overflow.
    let width = |v: Decimal| -> u32 {
        v.checked_div(max)
            .and_then(|ratio| ratio.checked_mul(room))
            .and_then(|w| rust_decimal::prelude::ToPrimitive::to_u32(&w.round()))
            .unwrap_or(0)
    };
    let bars: Vec<BarView> = costs
        .iter()
        .enumerate()
        .map(|(n, c)| BarView {
            label: format!("{}. {}", n + 1, excerpt(&c.name, 28)),
            y: u32::try_from(n).unwrap_or(0) * ROW + 20,
            before_width: width(annual(&c.before)),
            after_width: width(annual(&c.after)),
            before: c
                .before
                .as_ref()
                .map(|s| figure(s.figures.annual_cost, Unit::Dong, lang))
                .unwrap_or_default(),
            after: c
                .after
                .as_ref()
                .map(|s| figure(s.figures.annual_cost, Unit::Dong, lang))
                .unwrap_or_default(),
        })
        .collect();
    ChartView {
        width: WIDTH,
        height: u32::try_from(bars.len()).unwrap_or(0) * ROW + 40,
        label_width: LABEL,
        bars,
    }
}

fn parameters(i: &Inputs<'_>) -> Vec<ParameterRow> {
    let lang = i.lang;
    let p = &i.assessment.parameters;
    let mut rows: Vec<ParameterRow> = ParameterName::ALL
        .into_iter()
        .map(|name| {
            let param = p.get(name);
            ParameterRow {
                label: name.label().get(lang).to_owned(),
                value: figure(Some(param.value), name.unit(), lang),
                source: param.source.trim().to_owned(),
                verified: param.verified,
            }
        })
        .collect();
    let h = i.analysis.hourly_trace();
    rows.push(ParameterRow {
        label: h.figure.label().get(lang).to_owned(),
        value: figure(h.result, h.figure.unit(), lang),
        source: h.figure.formula().get(lang).to_owned(),
        verified: true,
    });
    rows
}

/// The reconstructed items shown in some procedure's form, grouped by their source note.
fn reconstructed(i: &Inputs<'_>) -> Vec<ReconstructedGroup> {
    let mut used = std::collections::BTreeSet::new();
    for pa in i.analysis.procedures() {
        for (_, item) in pa.plan.visible_items() {
            used.insert(item.item.id.clone());
        }
    }
    let mut groups: Vec<ReconstructedGroup> = Vec::new();
    for r in i.analysis.ruleset().all_items() {
        if r.provenance.status != Status::Reconstructed || !used.remove(&r.item.id) {
            continue;
        }
        let source = r
            .provenance
            .source
            .map(|s| s.get(i.lang).to_owned())
            .unwrap_or_default();
        let row = ReconstructedRow {
            id: r.item.id.clone(),
            label: r.item.label.clone(),
            text: r.item.text.get(i.lang).to_owned(),
            section: r.section.title.get(i.lang).to_owned(),
        };
        match groups.iter_mut().find(|g| g.source == source) {
            Some(g) => g.items.push(row),
            None => groups.push(ReconstructedGroup {
                source,
                items: vec![row],
            }),
        }
    }
    groups
}

fn consultation(i: &Inputs<'_>) -> ConsultationView {
    let c = &i.assessment.consultation;
    let lang = i.lang;
    ConsultationView {
        received: c.is_received(),
        unit: c.unit.trim().to_owned(),
        reference: c.reference.trim().to_owned(),
        date: c.received.map(|d| d.long(lang)).unwrap_or_default(),
        comments: c
            .comments
            .iter()
            .map(|x| CommentRow {
                id: x.id.clone(),
                procedure: x
                    .procedure
                    .as_ref()
                    .and_then(|id| i.assessment.procedure(id))
                    .map_or_else(
                        || lang.pick("Toàn bộ dự thảo", "The whole draft").to_owned(),
                        Procedure::name,
                    ),
                text: x.text.trim().to_owned(),
                response_kind: x
                    .response
                    .as_ref()
                    .map(|r| r.kind.label().get(lang).to_owned())
                    .unwrap_or_default(),
                response: x
                    .response
                    .as_ref()
                    .map(|r| r.text.trim().to_owned())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}
