//! The review of an appraisal: the intake gate, the recomputation of the recorded cost figures, and the
//! checklist of the ruleset with the points the engine can decide pre-filled — all read from the
//! [`Analysis`], nothing recomputed. The appraiser's answers are stored data ([`crate::appraisal`]).

use std::collections::BTreeMap;

use crate::analysis::{Analysis, ProcedureAnalysis};
use crate::appraisal::PointAnswer;
use crate::assessment::Assessment;
use crate::check::Readiness;
use crate::comment::{Anchor, Comment};
use crate::component::Component;
use crate::cost::report::Mismatch;
use crate::finding::FindingCode;
use crate::flow::Plan;
use crate::keyed::keyed;
use crate::procedure::{Procedure, Side};
use crate::ruleset::{AppraisalPoint, Auto, Ruleset};
use crate::scenario::CostInput;
use crate::text::{Lang, excerpt};

keyed! {
    /// Where a checklist point's answer comes from.
    pub enum PointSource {
        /// Decided by the engine, not yet looked at by the appraiser.
        Auto = "auto", "tự động", "automatic";
        /// The appraiser agrees with the engine.
        Confirmed = "confirmed", "tự động, đã xác nhận", "automatic, confirmed";
        /// The appraiser decided otherwise than the engine.
        Overridden = "overridden", "thẩm định viên sửa kết quả tự động", "set by the appraiser over the automatic result";
        /// Decided by the appraiser (the engine cannot decide it).
        Appraiser = "appraiser", "thẩm định viên", "appraiser";
        /// Not decided yet.
        Open = "open", "chưa kiểm tra", "not checked yet";
    }
}

/// A checklist point as it stands for one procedure (or for the draft).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointState<'r> {
    /// The point of the ruleset.
    pub point: &'r AppraisalPoint,
    /// Its key in [`crate::appraisal::Appraisal::points`].
    pub key: String,
    /// The component, for per-component points.
    pub component: Option<Component>,
    /// What the engine found (`None`: it cannot decide, or it does not apply).
    pub auto: Option<bool>,
    /// The result: the appraiser's answer, else the engine's.
    pub holds: Option<bool>,
    /// Where the result comes from.
    pub source: PointSource,
    /// The appraiser's note.
    pub note: String,
}

impl PointState<'_> {
    /// The text of the point, with the component named.
    pub fn text(&self, lang: Lang) -> String {
        let name = self
            .component
            .map(|c| c.label().get(lang).to_owned())
            .unwrap_or_default();
        self.point.text.get(lang).replace("{}", &name)
    }
}

/// What the appraisal view shows on opening a file: the intake gate, the recomputation, and the checklist.
#[derive(Debug, Clone)]
pub struct Review<'r> {
    /// NĐ 63 Art. 11(3): can the dossier be accepted?
    pub readiness: Readiness,
    /// Whether the file records cost figures to verify.
    pub recorded: bool,
    /// The recorded figures that differ from the recomputation.
    pub mismatches: Vec<Mismatch>,
    /// The intake points (for the draft).
    pub intake: Vec<PointState<'r>>,
    /// The points of each procedure, by procedure id, in checklist order.
    pub points: BTreeMap<String, Vec<PointState<'r>>>,
}

/// The appraisal review of an assessment, from its analysis.
///
/// ```
/// use tthc_core::{review::review, Analysis, Registry, sample};
/// let a = sample::sample();
/// let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
/// let r = review(&analysis, &a);
/// assert!(r.readiness.is_ready());
/// assert_eq!(r.points.len(), 3);
/// ```
pub fn review<'r>(analysis: &Analysis<'r>, a: &Assessment) -> Review<'r> {
    let ruleset = analysis.ruleset();
    let ready = analysis.readiness();
    let answers = a.appraisal.as_ref().map(|x| &x.points);
    let intake = ruleset
        .appraisal
        .points
        .iter()
        .filter(|p| p.criterion.is_none() && p.applies_on(analysis.date()))
        .map(|p| {
            let auto = p.auto.map(|auto| match auto {
                Auto::ConsultationReceived => ready.comments_received,
                Auto::CommentsAnswered => ready.comments_answered,
                _ => ready.assessment_complete,
            });
            state(answers, p, p.id.clone(), None, auto)
        })
        .collect();
    let points = a
        .procedures
        .iter()
        .zip(analysis.procedures())
        .map(|(proc, pa)| {
            let decide = Decider {
                analysis,
                a,
                pa,
                business: proc.current().subjects.business,
            };
            let mut list = Vec::new();
            for p in ruleset
                .appraisal
                .points
                .iter()
                .filter(|p| p.criterion.is_some() && p.applies_on(analysis.date()))
            {
                let auto = p.auto.and_then(|auto| decide.auto(auto));
                if p.per_component {
                    let current = proc.current();
                    for &c in &pa.plan.assessed {
                        if current.has(c) {
                            list.push(state(
                                answers,
                                p,
                                format!("{}@{}@{}", p.id, proc.id, c.key()),
                                Some(c),
                                auto,
                            ));
                        }
                    }
                } else {
                    list.push(state(
                        answers,
                        p,
                        format!("{}@{}", p.id, proc.id),
                        None,
                        auto,
                    ));
                }
            }
            (proc.id.clone(), list)
        })
        .collect();
    Review {
        readiness: ready,
        recorded: a.recorded_cost.is_some(),
        mismatches: analysis.mismatches().to_vec(),
        intake,
        points,
    }
}

/// A point's state from the appraiser's answer (if any) and the engine's result (if it can decide).
fn state<'r>(
    answers: Option<&BTreeMap<String, PointAnswer>>,
    point: &'r AppraisalPoint,
    key: String,
    component: Option<Component>,
    auto: Option<bool>,
) -> PointState<'r> {
    let answer = answers.and_then(|m| m.get(&key));
    let (holds, source) = match (answer, auto) {
        (Some(ans), Some(auto)) if ans.holds == auto => (Some(ans.holds), PointSource::Confirmed),
        (Some(ans), Some(_)) => (Some(ans.holds), PointSource::Overridden),
        (Some(ans), None) => (Some(ans.holds), PointSource::Appraiser),
        (None, Some(auto)) => (Some(auto), PointSource::Auto),
        (None, None) => (None, PointSource::Open),
    };
    PointState {
        point,
        key,
        component,
        auto,
        holds,
        source,
        note: answer.map(|x| x.note.clone()).unwrap_or_default(),
    }
}

/// Decides the automatic points of one procedure from its findings and the recomputation.
struct Decider<'a, 'r> {
    analysis: &'a Analysis<'r>,
    a: &'a Assessment,
    pa: &'a ProcedureAnalysis<'r>,
    business: bool,
}

impl Decider<'_, '_> {
    fn has(&self, codes: &[FindingCode]) -> bool {
        self.analysis
            .procedure_findings(&self.pa.id)
            .iter()
            .any(|f| codes.contains(&f.code))
    }

    /// The engine's answer, or `None` where it cannot decide or the point does not apply.
    fn auto(&self, auto: Auto) -> Option<bool> {
        match auto {
            Auto::InputsComplete => Some(!self.has(&[
                FindingCode::CostSubjectsMissing,
                FindingCode::CostFilingsMissing,
                FindingCode::CostNoActivities,
                FindingCode::CostInputNegative,
                FindingCode::CostRangeInvalid,
                FindingCode::CostOverflow,
            ])),
            Auto::InputsSourced => Some(!self.has(&[FindingCode::CostSourceMissing])),
            Auto::FiguresRecompute => self.a.recorded_cost.as_ref().map(|_| {
                !self
                    .analysis
                    .mismatches()
                    .iter()
                    .any(|m| m.procedure.as_deref() == Some(self.pa.id.as_str()))
            }),
            Auto::ReductionTarget => {
                (self.pa.cost.kind.has_before() && self.pa.cost.kind.has_after() && self.business)
                    .then(|| {
                        !self.has(&[
                            FindingCode::CostReductionBelowTarget,
                            FindingCode::CostIncrease,
                        ])
                    })
            }
            Auto::AssessmentComplete | Auto::ConsultationReceived | Auto::CommentsAnswered => None,
        }
    }
}

/// What a comment is anchored to, in words ("Thời hạn giải quyết (sau)", "Chi phí tuân thủ: Nộp hồ sơ
/// (trước)", the item's wording), or an empty string for a comment on the procedure or the draft as a
/// whole.
pub fn anchor_text(a: &Assessment, ruleset: &Ruleset, lang: Lang, c: &Comment) -> String {
    let procedure = c.procedure.as_ref().and_then(|id| a.procedure(id));
    let side = |s: Side| s.label().get(lang).to_lowercase();
    match (&c.anchor, procedure) {
        (None, _) => String::new(),
        (Some(Anchor::Item { key }), _) => {
            let item = crate::answer::AnswerKey::parse(key).item;
            match ruleset.item(&item) {
                Some(i) => excerpt(i.text.get(lang), 80),
                None => lang
                    .pick(
                        "một câu hỏi không có trong bộ biểu mẫu",
                        "an item the forms do not have",
                    )
                    .to_owned(),
            }
        }
        (Some(Anchor::Component { side: s, component }), _) => {
            format!("{} ({})", component.label().get(lang), side(*s))
        }
        (Some(Anchor::Cost { side: s, input }), p) => {
            let named = p
                .and_then(|p| p.cost.side(*s).name_of(input))
                .map(|n| n.trim().to_owned());
            let what = named.unwrap_or_else(|| {
                match input {
                    CostInput::SubjectsPerYear => {
                        lang.pick("số đối tượng trong năm", "subjects per year")
                    }
                    CostInput::FilingsPerYear => {
                        lang.pick("số lần thực hiện trong năm", "filings per year")
                    }
                    CostInput::Fees => lang.pick("phí, lệ phí", "fees"),
                    _ => lang.pick("một khoản đã xoá", "a removed entry"),
                }
                .to_owned()
            });
            format!(
                "{}: {} ({})",
                lang.pick("Chi phí tuân thủ", "Compliance cost"),
                what,
                side(*s)
            )
        }
    }
}

/// What an appraisal comment on procedure `p` can be anchored to, with the words that name it: each
/// component on each side the procedure has, each shown item of its form, each cost input of each side.
pub fn anchor_choices(p: &Procedure, plan: &Plan<'_>, lang: Lang) -> Vec<(Anchor, String)> {
    let mut out = Vec::new();
    let sides: Vec<Side> = [Side::Before, Side::After]
        .into_iter()
        .filter(|side| match side {
            Side::Before => p.kind.has_before(),
            Side::After => p.kind.has_after(),
        })
        .collect();
    let side_name = |s: Side| s.label().get(lang).to_lowercase();
    for &side in &sides {
        for c in Component::ALL {
            out.push((
                Anchor::Component { side, component: c },
                format!("{} ({})", c.label().get(lang), side_name(side)),
            ));
        }
    }
    for (section, item) in plan.visible_items() {
        if matches!(item.item.answer, crate::ruleset::AnswerKind::Group) {
            continue;
        }
        out.push((
            Anchor::Item {
                key: item.key.to_string(),
            },
            format!(
                "{} {} {} — {}",
                lang.pick("Mục", "Item"),
                section.section.number,
                item.item.label,
                excerpt(item.item.text.get(lang), 70)
            ),
        ));
    }
    for &side in &sides {
        let scenario = p.cost.side(side);
        let named = scenario
            .activities
            .iter()
            .map(|x| {
                (
                    CostInput::Activity(x.id.clone()),
                    &x.name,
                    lang.pick("Chi phí, công việc", "Cost, activity"),
                )
            })
            .chain(scenario.services.iter().map(|x| {
                (
                    CostInput::Service(x.id.clone()),
                    &x.name,
                    lang.pick("Chi phí, dịch vụ", "Cost, service"),
                )
            }))
            .chain(scenario.other.iter().map(|x| {
                (
                    CostInput::Other(x.id.clone()),
                    &x.name,
                    lang.pick("Chi phí khác", "Cost, other"),
                )
            }));
        for (input, name, what) in named {
            out.push((
                Anchor::Cost { side, input },
                format!("{what}: {} ({})", name.trim(), side_name(side)),
            ));
        }
        for (input, figure) in [
            (
                CostInput::FilingsPerYear,
                crate::cost::Figure::FilingsPerYear,
            ),
            (
                CostInput::SubjectsPerYear,
                crate::cost::Figure::SubjectsPerYear,
            ),
        ] {
            out.push((
                Anchor::Cost { side, input },
                format!("{} ({})", figure.label().get(lang), side_name(side)),
            ));
        }
    }
    out
}
