//! The legal status of what the software applies, for the people who must trust it: how much of a ruleset
//! is official wording, summary or reconstructed, each item that is not official with its source note,
//! the dated rules that apply to a draft and why, and the texts on watch. Shown on the app's legal-status
//! page, by `tthc rulesets --status`, and in the dossier's annex.

use crate::assessment::Assessment;
use crate::date::{Date, Period};
use crate::regulation::{Regulation, Watch};
use crate::ruleset::{LegalBasis, Ruleset, Status};
use crate::text::{Lang, Text};

/// How much of a ruleset is official, summary or reconstructed, and the items that are not official.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReport {
    /// Items with verbatim legal wording.
    pub official: usize,
    /// Items worded from an official summary.
    pub summary: usize,
    /// Items reconstructed, to be verified by a legal expert.
    pub reconstructed: usize,
    /// Every item that is not official: its wording, status, basis and source note, in file order.
    pub unconfirmed: Vec<Unconfirmed>,
}

/// An item whose wording is not official.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unconfirmed {
    /// The item's id (for JSON outputs; people read the text).
    pub id: String,
    /// The printed label and the question.
    pub text: Text,
    /// Summary or reconstructed.
    pub status: Status,
    /// Its legal basis after inheritance.
    pub basis: Option<LegalBasis>,
    /// Where the wording comes from, after inheritance.
    pub source: Option<Text>,
}

impl StatusReport {
    /// The report of a ruleset.
    ///
    /// ```
    /// use tthc_core::{legal::StatusReport, Registry};
    /// let r = StatusReport::of(Registry::bundled().default_ruleset());
    /// assert_eq!(r.unconfirmed.len(), r.summary + r.reconstructed);
    /// assert!(r.official > 0 && r.reconstructed > 0);
    /// ```
    pub fn of(ruleset: &Ruleset) -> StatusReport {
        let mut report = StatusReport {
            official: 0,
            summary: 0,
            reconstructed: 0,
            unconfirmed: Vec::new(),
        };
        for r in ruleset.all_items() {
            match r.provenance.status {
                Status::Official => report.official += 1,
                Status::Summary => report.summary += 1,
                Status::Reconstructed => report.reconstructed += 1,
            }
            if r.provenance.status != Status::Official {
                let label = r.item.label.trim();
                let text = |t: &str| {
                    if label.is_empty() {
                        t.to_owned()
                    } else {
                        format!("{label}. {t}")
                    }
                };
                report.unconfirmed.push(Unconfirmed {
                    id: r.item.id.clone(),
                    text: Text::new(text(&r.item.text.vi), text(r.item.text.get(Lang::En))),
                    status: r.provenance.status,
                    basis: r.provenance.basis.cloned(),
                    source: r.provenance.source.cloned(),
                });
            }
        }
        report
    }

    /// Every item counted.
    pub fn total(&self) -> usize {
        self.official + self.summary + self.reconstructed
    }
}

/// A dated rule as it applies to one draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedRule {
    /// What the rule decides ("Luật Ban hành văn bản quy phạm pháp luật").
    pub subject: Text,
    /// What applies to this draft.
    pub applies: Text,
    /// Its basis.
    pub basis: Option<LegalBasis>,
    /// How sure we are.
    pub status: Status,
    /// Why this one: the days it covers and the draft's date.
    pub why: Text,
}

/// "dự thảo đề ngày 01/12/2026" or "dự thảo chưa có ngày: quy định hiện hành".
fn dated(on: Option<Date>, period: Period) -> Text {
    let span = |lang| {
        let s = period.describe(lang);
        if s.is_empty() {
            String::new()
        } else {
            format!(" ({s})")
        }
    };
    match on {
        Some(d) => Text::new(
            format!(
                "áp dụng cho dự thảo đề ngày {}{}",
                d.short(),
                span(Lang::Vi)
            ),
            format!("applies to a draft dated {}{}", d.short(), span(Lang::En)),
        ),
        None => Text::new(
            format!(
                "dự thảo chưa có ngày: áp dụng quy định hiện hành{}",
                span(Lang::Vi)
            ),
            format!(
                "the draft is undated: the rule in force now applies{}",
                span(Lang::En)
            ),
        ),
    }
}

/// The dated rules of the regulation data that apply to a draft on the date the rules are read
/// ([`crate::Analysis::date`]): the Law on promulgation, the appraisal's content on procedures, the unit
/// that comments, the conditions and principles in the forms, the cost method. Empty for the first
/// version of the regulation data, which has no dated rules.
pub fn applied_rules(a: &Assessment, ruleset: &Ruleset, on: Option<Date>) -> Vec<AppliedRule> {
    let reg = Regulation::for_ruleset(ruleset);
    let mut out = law_rules(reg, on);
    if !reg.promulgation_law.is_empty() {
        out.extend(control_unit_rule(a, reg, on));
    }
    out.extend(form_rules(ruleset, on));
    if let Some(method) = &reg.cost_method {
        out.push(AppliedRule {
            subject: Text::new(
                "Cách tính chi phí tuân thủ",
                "How the compliance cost is computed",
            ),
            applies: method.formula.clone(),
            basis: Some(method.basis.clone()),
            status: method.status,
            why: method.note.clone(),
        });
    }
    out
}

/// The Law on promulgation and the appraisal's content, as they stand on the date.
fn law_rules(reg: &Regulation, on: Option<Date>) -> Vec<AppliedRule> {
    let mut out = Vec::new();
    if let Some(law) = reg.promulgation_law_on(on) {
        out.push(AppliedRule {
            subject: Text::new(
                "Luật Ban hành văn bản quy phạm pháp luật",
                "Law on the promulgation of legal documents",
            ),
            applies: Text::new(law.basis.document.clone(), law.basis.document.clone()),
            basis: Some(law.basis.clone()),
            status: law.status,
            why: dated(on, law.period()),
        });
    }
    if let Some(content) = reg.appraisal_content_on(on) {
        out.push(AppliedRule {
            subject: Text::new(
                "Nội dung thẩm định quy định thủ tục hành chính",
                "What the appraisal of procedure provisions covers",
            ),
            applies: content
                .note
                .clone()
                .unwrap_or_else(|| Text::new(content.basis.to_string(), content.basis.to_string())),
            basis: Some(content.basis.clone()),
            status: content.status,
            why: dated(on, content.period()),
        });
    }
    out
}

/// The unit that comments on the draft: the province's own setting first, then the dated rule.
fn control_unit_rule(a: &Assessment, reg: &Regulation, on: Option<Date>) -> Option<AppliedRule> {
    let doc_type = a.draft.document_type?;
    let subject = Text::new(
        "Đơn vị cho ý kiến về quy định thủ tục hành chính",
        "Unit that comments on the procedure provisions",
    );
    if let Some(setting) = a.draft.control_unit.as_ref().filter(|s| s.is_set()) {
        return Some(AppliedRule {
            subject,
            applies: Text::new(setting.unit.trim(), setting.unit.trim()),
            basis: (!setting.basis.trim().is_empty())
                .then(|| LegalBasis::new(setting.basis.trim(), "")),
            status: Status::Summary,
            why: Text::new(
                "theo quy định của địa phương, do cơ quan soạn thảo ghi",
                "the province's own rule, as the drafting body records it",
            ),
        });
    }
    let rule = reg.control_unit_on(doc_type, on)?;
    Some(AppliedRule {
        subject,
        applies: rule.unit.clone(),
        basis: Some(rule.basis.clone()),
        status: rule.status,
        why: dated(on, rule.period()),
    })
}

/// The dated sections of the forms, each in or out of the form on the date.
fn form_rules(ruleset: &Ruleset, on: Option<Date>) -> Vec<AppliedRule> {
    ruleset
        .forms
        .iter()
        .flat_map(|f| f.sections.iter().map(move |s| (f, s)))
        .filter(|(_, s)| s.from.is_some() || s.until.is_some())
        .map(|(form, section)| {
            let applies = section.applies_on(on);
            let period = Period {
                from: section.from,
                until: section.until,
            };
            let subject = |lang| {
                format!(
                    "{} — {}",
                    form.code.as_deref().unwrap_or_default(),
                    section.title.get(lang)
                )
                .trim_start_matches(" — ")
                .to_owned()
            };
            AppliedRule {
                subject: Text::new(subject(Lang::Vi), subject(Lang::En)),
                applies: if applies {
                    Text::new("có trong biểu mẫu", "in the form")
                } else {
                    Text::new("không có trong biểu mẫu", "not in the form")
                },
                basis: section.basis.clone(),
                status: section.status.unwrap_or(ruleset.status),
                why: if applies {
                    dated(on, period)
                } else {
                    Text::new(
                        format!("chỉ áp dụng {}", period.describe(Lang::Vi)),
                        format!("applies only {}", period.describe(Lang::En)),
                    )
                },
            }
        })
        .collect()
}

/// The texts on watch for a ruleset's regulation data.
pub fn watch(ruleset: &Ruleset) -> &'static [Watch] {
    &Regulation::for_ruleset(ruleset).watch
}
