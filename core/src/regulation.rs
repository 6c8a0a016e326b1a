//! The rules in force that the checks apply beyond the forms: which unit comments on which document, the
//! national databases of NQ 66.7/2025, the end of the district level, the NQ 66 cost-reduction target.
//! Data in `core/data/regulation.json`, each entry with its legal basis and status.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;
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
}

impl Regulation {
    /// The bundled regulation.
    ///
    /// # Panics
    /// Never in a tested build: the bundled file is read by the test suite.
    pub fn bundled() -> &'static Regulation {
        static REGULATION: OnceLock<Regulation> = OnceLock::new();
        REGULATION.get_or_init(|| {
            serde_json::from_str(include_str!("../data/regulation.json"))
                .expect("core/data/regulation.json is valid (tested)")
        })
    }

    /// The control-unit rule for a document type, if the decree lists one.
    pub fn control_unit(&self, document_type: DocumentType) -> Option<&ControlUnitRule> {
        self.control_units
            .iter()
            .find(|r| r.document_types.contains(&document_type))
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
        let r = Regulation::bundled();
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
