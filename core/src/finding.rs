//! Findings: what the checks report, as values. Every finding says where ([`Place`]), what, what to do, and
//! why (its legal basis). All findings are reported at once.

use std::fmt::{self, Write as _};

use serde::Serialize;

use crate::keyed::keyed;
use crate::place::Place;
use crate::ruleset::LegalBasis;
use crate::text::{Lang, Text};

keyed! {
    /// How serious a finding is.
    #[derive(PartialOrd, Ord)]
    pub enum Severity {
        /// Must be fixed before the dossier is sent for appraisal.
        Error = "error", "Lỗi", "Error";
        /// Should be looked at; the dossier may still go.
        Warning = "warning", "Cảnh báo", "Warning";
        /// For information (an open point, a routing fact).
        Info = "info", "Thông tin", "Info";
    }
}

/// Declares the finding codes: each variant and the stable string it is known by in JSON outputs.
macro_rules! codes {
    ($($(#[$meta:meta])* $variant:ident = $code:literal;)+) => {
        /// What a finding is about: a stable code for filtering, documentation and JSON outputs (never shown
        /// to people, who read the message).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum FindingCode {
            $($(#[$meta])* #[serde(rename = $code)] $variant,)+
        }

        impl FindingCode {
            /// Every code.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$variant),+];

            /// The stable string (`"component-missing"`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(FindingCode::$variant => $code,)+
                }
            }
        }
    };
}

codes! {
    /// The dossier cannot be accepted for appraisal yet (sums up the others).
    AppraisalNotReady = "appraisal-not-ready";
    /// A required field of the draft is empty.
    DraftFieldMissing = "draft-field-missing";
    /// The draft has no procedure.
    NoProcedures = "no-procedures";
    /// The ruleset describes replaced law.
    RulesetSuperseded = "ruleset-superseded";
    /// Which control unit must comment.
    ControlUnit = "control-unit";
    /// No control unit is listed for the document type.
    ControlUnitUnlisted = "control-unit-unlisted";
    /// The control unit's comments are not recorded.
    ConsultationMissing = "consultation-missing";
    /// A control-unit comment has no response.
    CommentUnanswered = "comment-unanswered";
    /// A comment names a procedure that is not in the draft.
    CommentUnknownProcedure = "comment-unknown-procedure";
    /// An appraisal comment has no response.
    AppraisalCommentUnanswered = "appraisal-comment-unanswered";
    /// The ruleset has no form for the procedure.
    NoForm = "no-form";
    /// An amended or detailed procedure marks no component as changed.
    NoChangedComponents = "no-changed-components";
    /// A component is marked as changed but is the same before and after.
    ChangedButIdentical = "changed-but-identical";
    /// A component differs after but is not marked as changed.
    ChangedNotMarked = "changed-not-marked";
    /// A new procedure has "before" content, which is ignored.
    BeforeIgnored = "before-ignored";
    /// A procedure of a proposal is linked to no policy.
    PolicyMissing = "policy-missing";
    /// Sections skipped by a short-circuit.
    SectionsSkipped = "sections-skipped";
    /// A required component is empty.
    ComponentMissing = "component-missing";
    /// Whether the procedure has an optional component is not stated.
    ComponentUndeclared = "component-undeclared";
    /// The draft provisions of a procedure are not given.
    ProvisionsMissing = "provisions-missing";
    /// The field of a procedure is not given.
    FieldMissing = "field-missing";
    /// A dossier document has no reason.
    DocumentReasonMissing = "document-reason-missing";
    /// A condition has no reason.
    ConditionReasonMissing = "condition-reason-missing";
    /// A fee has no legal basis.
    FeeBasisMissing = "fee-basis-missing";
    /// A fee has no amount.
    FeeAmountMissing = "fee-amount-missing";
    /// An answer does not fit its item.
    AnswerInvalid = "answer-invalid";
    /// An item is marked unsure.
    ItemUnsure = "item-unsure";
    /// A required reason is missing.
    ReasonMissing = "reason-missing";
    /// A required item is not answered.
    ItemUnanswered = "item-unanswered";
    /// A document whose data is in a national database (NQ 66.7/2025).
    DatabaseDocument = "database-document";
    /// A district-level settling body after the two-tier reform.
    DistrictLevel = "district-level";
    /// No online submission.
    NoOnlineChannel = "no-online-channel";
    /// An amended time limit that is not shorter.
    TimeLimitNotShortened = "time-limit-not-shortened";
    /// The cost parameters are invalid.
    CostParametersInvalid = "cost-parameters-invalid";
    /// A cost parameter is not verified.
    CostParameterUnverified = "cost-parameter-unverified";
    /// A negative cost input.
    CostInputNegative = "cost-input-negative";
    /// A range out of order.
    CostRangeInvalid = "cost-range-invalid";
    /// A figure overflowed.
    CostOverflow = "cost-overflow";
    /// No number of subjects per year.
    CostSubjectsMissing = "cost-subjects-missing";
    /// No filings per year.
    CostFilingsMissing = "cost-filings-missing";
    /// No activities.
    CostNoActivities = "cost-no-activities";
    /// An activity with zero hours.
    CostActivityZeroHours = "cost-activity-zero-hours";
    /// A proposed activity not yet confirmed.
    CostActivityUnconfirmed = "cost-activity-unconfirmed";
    /// An input without a source.
    CostSourceMissing = "cost-source-missing";
    /// The cost rises after an amendment.
    CostIncrease = "cost-increase";
    /// The reduction is below the NQ 66/NQ-CP target.
    CostReductionBelowTarget = "cost-reduction-below-target";
    /// A recorded figure differs from the recomputation.
    CostMismatch = "cost-mismatch";
    /// A cost input is beyond its plausibility bound (probably a typing or unit mistake).
    CostImplausible = "cost-implausible";
    /// A cost input's figure is above the middle of its range while several sources are given
    /// (TT 02/2017/TT-VPCP Art. 27(2)(a): the lower-average figure).
    CostAboveLowerAverage = "cost-above-lower-average";
    /// An id was used twice in a list of the file; the later entry was given a new one on opening.
    IdRenamed = "id-renamed";
    /// An answer is kept for a question the forms in use do not have (or for an entry no longer listed).
    AnswerIgnored = "answer-ignored";
    /// A comment is about something that is no longer there.
    AnchorIgnored = "anchor-ignored";
    /// An appraisal opinion or checklist answer is kept for a procedure or point that is not there.
    AppraisalIgnored = "appraisal-ignored";
    /// Recorded cost figures are kept for a procedure that is not in the draft.
    RecordedIgnored = "recorded-ignored";
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error, warning or info.
    pub severity: Severity,
    /// What it is about.
    pub code: FindingCode,
    /// Where it points.
    pub place: Place,
    /// What is wrong, in both languages.
    pub message: Text,
    /// What to do about it.
    pub hint: Text,
    /// The legal basis of the rule that was checked.
    pub basis: Option<LegalBasis>,
}

impl Finding {
    /// A finding.
    pub fn new(
        severity: Severity,
        code: FindingCode,
        place: Place,
        message: Text,
        hint: Text,
    ) -> Finding {
        Finding {
            severity,
            code,
            place,
            message,
            hint,
            basis: None,
        }
    }

    /// The same finding with a legal basis.
    #[must_use]
    pub fn basis(mut self, basis: Option<LegalBasis>) -> Finding {
        self.basis = basis;
        self
    }

    /// The procedure the finding is about, if any.
    pub fn procedure(&self) -> Option<&str> {
        self.place.procedure_id()
    }

    /// One line for a terminal: `error[component-missing] procedures/p1/after/time_limit: message (basis)`.
    pub fn line(&self, lang: Lang) -> String {
        let mut s = format!(
            "{}[{}] {}: {}",
            self.severity.key(),
            self.code,
            self.place.path(),
            self.message.get(lang)
        );
        if let Some(b) = &self.basis {
            let _ = write!(s, " ({b})");
        }
        s
    }

    /// One line for people (the command line's text output): the severity and the place in words, the
    /// message and the basis — no code and no path, which the JSON outputs carry.
    ///
    /// ```
    /// let a = tthc_core::Assessment::default();
    /// let f = &tthc_core::check(&a, tthc_core::Registry::bundled().default_ruleset())[0];
    /// let line = f.text(&a, tthc_core::Lang::Vi);
    /// assert!(line.starts_with("Lỗi — ") || line.starts_with("Cảnh báo — "), "{line}");
    /// assert!(!line.contains(f.code.as_str()));
    /// ```
    pub fn text(&self, a: &crate::assessment::Assessment, lang: Lang) -> String {
        let mut s = format!(
            "{} — {}: {}",
            self.severity.label().get(lang),
            self.place.describe(a, lang),
            self.message.get(lang)
        );
        if let Some(b) = &self.basis {
            let _ = write!(s, " ({b})");
        }
        s
    }

    /// The finding in the one JSON shape of every output (`tthc check --json`, the JS module).
    pub fn json(&self, lang: Lang) -> FindingJson<'_> {
        FindingJson {
            severity: self.severity,
            code: self.code,
            path: self.place.path(),
            message: self.message.get(lang),
            hint: self.hint.get(lang),
            basis: self.basis.as_ref().map(ToString::to_string),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// A finding as JSON outputs write it, in one language:
/// `{ "severity", "code", "path", "message", "hint", "basis" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingJson<'a> {
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// The stable code.
    pub code: FindingCode,
    /// Where it points (the path of its [`Place`]).
    pub path: String,
    /// What is wrong.
    pub message: &'a str,
    /// What to do about it.
    pub hint: &'a str,
    /// The legal basis, if any.
    pub basis: Option<String>,
}

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Summary {
    /// Counts findings.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            s.count(f.severity);
        }
        s
    }

    /// Counts one more finding of a severity.
    pub fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }

    /// Adds two counts.
    #[must_use]
    pub fn plus(self, other: Summary) -> Summary {
        Summary {
            errors: self.errors + other.errors,
            warnings: self.warnings + other.warnings,
            infos: self.infos + other.infos,
        }
    }

    /// Whether there is nothing at all.
    pub fn is_empty(self) -> bool {
        self.errors + self.warnings + self.infos == 0
    }
}

/// The internal identifiers found in a text meant for people (a document, a page, the command line's text
/// output), each as found: ids of procedures, comments and list entries (`p1`, `y2`, `c1`, `a3`), item
/// and ruleset keys (`tt03.c.forms.a`, `tt03-2022@2`, `point@p1`), paths in a file (`procedures/p1/…`),
/// finding codes (`control-unit`) and raw decimals of 15 digits or more. Those belong in JSON outputs; the
/// tests run every text for people through this.
///
/// ```
/// use tthc_core::finding::internal_identifiers;
/// assert_eq!(internal_identifiers("Ý kiến số 2 về thủ tục 1, ngày 01/12/2026: 1.775.131.818 đồng"), Vec::<String>::new());
/// assert_eq!(
///     internal_identifiers("[control-unit] ý kiến y1 (tt03-2022@2), mã tt03.c.forms.a"),
///     ["control-unit", "y1", "tt03-2022@2", "tt03.c.forms.a"]
/// );
/// ```
pub fn internal_identifiers(text: &str) -> Vec<String> {
    const LIST_IDS: [&str; 8] = ["p", "c", "y", "cs", "a", "s", "o", "d"];
    const RULESET_KEYS: [&str; 4] = ["tt03.", "tt03-", "nd63.", "nd63-"];
    const PATHS: [&str; 4] = ["procedures/", "appraisal/", "consultation/", "draft/"];
    let word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@' | '/');
    let mut found = Vec::new();
    for token in text.split(|c: char| !word(c)) {
        let token = token.trim_end_matches(['.', '-', '/']);
        if token.is_empty() {
            continue;
        }
        let list_id = LIST_IDS.iter().any(|p| {
            token
                .strip_prefix(p)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        // `key@version`, `point@procedure`; an e-mail address has a dot after its `@`.
        let at_version = token
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !b.contains('.'));
        let digits = token
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() >= 15);
        if list_id
            || at_version
            || digits
            || RULESET_KEYS.iter().any(|k| token.starts_with(k))
            || PATHS.iter().any(|k| token.starts_with(k))
            || FindingCode::ALL.iter().any(|c| c.as_str() == token)
        {
            found.push(token.to_owned());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_serialises_as_its_string_and_is_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for &c in FindingCode::ALL {
            assert_eq!(
                serde_json::to_value(c).ok(),
                Some(serde_json::Value::String(c.as_str().to_owned()))
            );
            assert!(seen.insert(c.as_str()), "{c} twice");
            assert!(
                c.as_str()
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-')
            );
        }
    }
}
