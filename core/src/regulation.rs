//! The rules in force that the checks apply beyond the forms: which unit comments on which document, the
//! national databases of NQ 66.7/2025, the end of the district level, the NQ 66 cost-reduction target, the
//! Law on promulgation in force, the cost method, and the texts on watch. Data in
//! `core/data/regulation.v<n>.json`, each entry with its legal basis and status; what changed over time is
//! dated (`from`, `until`) and picked by the draft's date.
//!
//! Like the rulesets, a released version is never edited: a ruleset names the version of the regulation
//! data it is read with (`"regulation": 2`; 1 when absent), so that a file made with an earlier ruleset
//! keeps its checks and documents word for word.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
pub use crate::date::Period;
use crate::draft::DocumentType;
use crate::ruleset::{LegalBasis, Status};
use crate::text::Text;

/// A procedure-control unit for some document types (NĐ 63/2010 Art. 9(1)).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControlUnitRule {
    /// The document types.
    pub document_types: Vec<DocumentType>,
    /// The unit.
    pub unit: Text,
    /// Legal basis.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
    /// A note for users.
    #[serde(default)]
    pub note: Option<Text>,
    /// The first day it applies, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day it applies, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

impl ControlUnitRule {
    /// The days it applies.
    pub fn period(&self) -> Period {
        Period {
            from: self.from,
            until: self.until,
        }
    }
}

/// A legal basis that holds for a period.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedBasis {
    /// The first day it applies, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day it applies, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// The text (and provision, when confirmed; empty otherwise: never an invented article).
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
    /// What it says or why it is cited so, for users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl DatedBasis {
    /// The days it applies.
    pub fn period(&self) -> Period {
        Period {
            from: self.from,
            until: self.until,
        }
    }
}

/// A principle of the cost method.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// The principle, as the text states it.
    pub text: Text,
    /// Legal basis.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
}

/// The method of the compliance cost (TT 02/2017/TT-VPCP Art. 27): the formula the trace follows and
/// its principles.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CostMethod {
    /// Legal basis of the formula.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
    /// The formula, as the text states it.
    pub formula: Text,
    /// The principles (lower-average figures; no opportunity cost).
    pub principles: Vec<Principle>,
    /// What is not confirmed about it.
    pub note: Text,
}

/// A text known to exist whose effect is not yet checked.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Watch {
    /// The text, or the question.
    pub title: Text,
    /// Its date.
    pub date: Date,
    /// What is known and what is not.
    pub note: Text,
}

/// A dated rule with a basis.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TwoTier {
    /// The first day without district level.
    pub from: Date,
    /// Legal basis.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
}

/// A national database whose documents may not be required.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Database {
    /// Its name.
    pub name: Text,
    /// Lower-case words that, found in a document's name, suggest its data is in this database.
    pub keywords: Vec<String>,
}

/// NQ 66.7/2025/NQ-CP: documents whose data is in a published national database must not be required.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Databases {
    /// In force from.
    pub from: Date,
    /// In force until (inclusive).
    pub until: Date,
    /// Legal basis.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
    /// The databases.
    pub entries: Vec<Database>,
}

impl Databases {
    /// Whether the resolution applies to a draft of this date (an unknown date: assume it does).
    pub fn in_force(&self, date: Option<Date>) -> bool {
        date.is_none_or(|d| self.from <= d && d <= self.until)
    }

    /// The database a document name points to, if any.
    pub fn matching(&self, document_name: &str) -> Option<&Database> {
        let name = document_name.to_lowercase();
        self.entries
            .iter()
            .find(|db| db.keywords.iter().any(|k| name.contains(k.as_str())))
    }
}

/// A percentage target with its basis.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The target, in percent.
    pub percent: Decimal,
    /// Legal basis.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
}

/// A rule known only by its basis.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// Legal basis.
    pub basis: LegalBasis,
    /// How sure we are.
    pub status: Status,
}

/// Every regulation the checks apply.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    /// Which unit comments on which document type.
    pub control_units: Vec<ControlUnitRule>,
    /// What to say when no unit is listed for a document type.
    pub unlisted_control_unit: Text,
    /// The end of the district level.
    pub two_tier: TwoTier,
    /// NQ 66.7/2025.
    pub databases: Databases,
    /// NQ 66/NQ-CP cost-reduction target.
    pub reduction_target: Target,
    /// The appraisal intake gate (NĐ 63 Art. 11(3)).
    pub appraisal_gate: Basis,
    /// The components of a procedure (NĐ 63 Art. 8(2)).
    pub components_basis: LegalBasis,
    /// What to say for a draft dated when no unit held the control function (from version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_unit_gap: Option<Text>,
    /// The Law on promulgation of legal documents in force, by date (from version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub promulgation_law: Vec<DatedBasis>,
    /// The basis of the appraisal's content on procedures, by date (from version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub appraisal_content: Vec<DatedBasis>,
    /// The cost method (from version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_method: Option<CostMethod>,
    /// Texts on watch (from version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub watch: Vec<Watch>,
}

/// Every released version of the regulation data, oldest first.
const VERSIONS: [&str; 2] = [
    include_str!("../data/regulation.v1.json"),
    include_str!("../data/regulation.v2.json"),
];

impl Regulation {
    /// The newest regulation data.
    ///
    /// # Panics
    /// Never in a tested build: the bundled files are read by the test suite.
    pub fn bundled() -> &'static Regulation {
        Regulation::version(Regulation::LATEST)
            .unwrap_or_else(|| unreachable!("the latest version is bundled"))
    }

    /// The newest version of the data.
    pub const LATEST: u32 = 2;

    /// A released version of the data (1, 2…), if bundled.
    ///
    /// # Panics
    /// Never in a tested build: every bundled file is read by the test suite.
    pub fn version(version: u32) -> Option<&'static Regulation> {
        static PARSED: [OnceLock<Regulation>; 2] = [OnceLock::new(), OnceLock::new()];
        let i = usize::try_from(version.checked_sub(1)?).ok()?;
        let text = VERSIONS.get(i)?;
        Some(PARSED[i].get_or_init(|| {
            serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("core/data/regulation.v{version}.json: {e}"))
        }))
    }

    /// The version a ruleset is read with (the newest bundled one when it names a version this build does
    /// not have).
    pub fn for_ruleset(ruleset: &crate::ruleset::Ruleset) -> &'static Regulation {
        Regulation::version(ruleset.regulation).unwrap_or_else(Regulation::bundled)
    }

    /// The control-unit rule for a document type on a draft's date, if the decree lists one.
    pub fn control_unit(&self, document_type: DocumentType) -> Option<&ControlUnitRule> {
        self.control_unit_on(document_type, None)
    }

    /// The control-unit rule for a document type for a draft dated `on` (undated: the rule in force now).
    pub fn control_unit_on(
        &self,
        document_type: DocumentType,
        on: Option<Date>,
    ) -> Option<&ControlUnitRule> {
        self.control_units
            .iter()
            .find(|r| r.document_types.contains(&document_type) && r.period().contains(on))
    }

    /// Whether some rule lists the document type at some date (a draft dated outside every rule falls in a
    /// gap, which is said as such).
    pub fn lists(&self, document_type: DocumentType) -> bool {
        self.control_units
            .iter()
            .any(|r| r.document_types.contains(&document_type))
    }

    /// The Law on promulgation in force for a draft dated `on`, if the data has it.
    pub fn promulgation_law_on(&self, on: Option<Date>) -> Option<&DatedBasis> {
        self.promulgation_law
            .iter()
            .find(|b| b.period().contains(on))
    }

    /// The basis of the appraisal's content on procedures for a draft dated `on`, if the data has it.
    pub fn appraisal_content_on(&self, on: Option<Date>) -> Option<&DatedBasis> {
        self.appraisal_content
            .iter()
            .find(|b| b.period().contains(on))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_regulation_reads() {
        let r = Regulation::bundled();
        assert_eq!(r.two_tier.from.to_string(), "2025-07-01");
        assert_eq!(r.reduction_target.percent, Decimal::from(30));
    }

    #[test]
    fn control_units_follow_article_9() {
        let r = Regulation::version(1).expect("bundled");
        let unit = |t| r.control_unit(t).map(|u| u.unit.vi.clone());
        assert_eq!(
            unit(DocumentType::Decree).as_deref(),
            Some("Văn phòng Chính phủ")
        );
        assert_eq!(
            unit(DocumentType::Circular).as_deref(),
            Some("Văn phòng Bộ, cơ quan ngang bộ")
        );
        assert_eq!(
            unit(DocumentType::ProvincialCommitteeDecision).as_deref(),
            Some("Văn phòng Ủy ban nhân dân cấp tỉnh")
        );
        assert_eq!(unit(DocumentType::ProvincialCouncilResolution), None);
    }

    fn d(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    #[test]
    fn every_version_reads_and_the_newest_is_bundled() {
        for v in 1..=Regulation::LATEST {
            assert!(Regulation::version(v).is_some(), "version {v}");
        }
        assert!(
            Regulation::version(0).is_none()
                && Regulation::version(Regulation::LATEST + 1).is_none()
        );
        assert!(std::ptr::eq(
            Regulation::bundled(),
            Regulation::version(Regulation::LATEST).expect("latest")
        ));
    }

    #[test]
    fn the_control_unit_of_a_central_draft_follows_the_control_function_by_date() {
        let r = Regulation::version(2).expect("bundled");
        let unit = |on| {
            r.control_unit_on(DocumentType::Decree, on)
                .map(|u| u.unit.vi.clone())
        };
        assert_eq!(
            unit(d("2025-12-31")).as_deref(),
            Some("Văn phòng Chính phủ")
        );
        assert_eq!(unit(d("2026-01-10")).as_deref(), Some("Bộ Tư pháp"));
        assert_eq!(
            unit(None).as_deref(),
            Some("Bộ Tư pháp"),
            "an undated draft: the rule in force now"
        );
        assert_eq!(
            unit(d("2026-01-05")),
            None,
            "between the two decrees nobody held the function"
        );
        assert!(r.lists(DocumentType::Decree) && r.control_unit_gap.is_some());
        let provincial = r
            .control_unit_on(DocumentType::ProvincialCommitteeDecision, d("2026-12-01"))
            .expect("listed");
        assert_eq!(provincial.unit.vi, "Văn phòng Ủy ban nhân dân cấp tỉnh");
        assert_eq!(
            provincial.status,
            Status::Reconstructed,
            "to be verified after Decree 09/2026"
        );
    }

    #[test]
    fn the_law_on_promulgation_is_the_one_in_force_on_the_drafts_date() {
        let r = Regulation::version(2).expect("bundled");
        let law = |on| {
            r.promulgation_law_on(on)
                .map(|b| b.basis.document.clone())
                .unwrap_or_default()
        };
        assert!(law(d("2024-12-01")).contains("80/2015/QH13"));
        assert!(law(d("2025-04-01")).ends_with("64/2025/QH15"));
        assert!(law(d("2026-12-01")).contains("được sửa đổi, bổ sung bởi Luật số 87/2025/QH15"));
        assert!(law(None).contains("87/2025/QH15"));
        // No article is cited where none is confirmed.
        let content = r.appraisal_content_on(d("2026-12-01")).expect("dated");
        assert!(content.basis.provision.is_empty() && content.status == Status::Reconstructed);
        assert_eq!(
            r.appraisal_content_on(d("2024-12-01"))
                .map(|b| b.basis.provision.as_str()),
            Some("Điều 102 khoản 4")
        );
    }

    #[test]
    fn database_documents_are_recognised_by_name() {
        let db = &Regulation::bundled().databases;
        assert!(db.matching("Bản sao Giấy khai sinh").is_some());
        assert!(db.matching("Phiếu lý lịch tư pháp số 1").is_some());
        assert!(db.matching("Đơn đề nghị cấp phép").is_none());
        let d = |s: &str| s.parse::<Date>().ok();
        assert!(db.in_force(d("2026-03-01")));
        assert!(!db.in_force(d("2025-12-31")));
        assert!(!db.in_force(d("2027-03-01")));
        assert!(db.in_force(None));
    }
}
