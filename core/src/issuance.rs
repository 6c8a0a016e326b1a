//! How a document is issued (thể thức văn bản, NĐ 30/2020/NĐ-CP Phụ lục I): the superior body printed over
//! the issuing one, the number and symbol, whom it is addressed to (Kính gửi), who signs it, and where it is
//! sent (Nơi nhận). The drafter fills it for the dossier, the appraiser for the report; whatever is left empty
//! prints as the dotted placeholder offices use.

use serde::{Deserialize, Serialize};

/// Who signs: quyền hạn, chức vụ and họ tên.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Quyền hạn of the signer, when signing on behalf ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub authority: String,
    /// Chức vụ ("PHÓ GIÁM ĐỐC").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Họ và tên.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// The parts of a document's layout that people fill (from schema version 4).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Issuance {
    /// Tên cơ quan chủ quản: the superior body, printed in capitals over the issuing body
    /// ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" over "SỞ TƯ PHÁP").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub superior_body: String,
    /// Số, ký hiệu ("45/BC-STP"). The appraisal report keeps its number in `appraisal.reference`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// Kính gửi: one addressee per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addressees: Vec<String>,
    /// Who signs.
    #[serde(default, skip_serializing_if = "Signer::is_empty")]
    pub signer: Signer,
    /// Nơi nhận: one recipient per entry, without the leading "- " and the trailing ";". The archive line
    /// ("Lưu: VT, …") is added when no entry starts with "Lưu".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
}

impl Signer {
    /// Whether nothing is filled.
    pub fn is_empty(&self) -> bool {
        [&self.authority, &self.title, &self.name]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}

impl Issuance {
    /// Whether nothing is filled.
    ///
    /// ```
    /// let mut i = tthc_core::Issuance::default();
    /// assert!(i.is_empty());
    /// i.signer.name = "Nguyễn Văn A".into();
    /// assert!(!i.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.superior_body.trim().is_empty()
            && self.number.trim().is_empty()
            && self.addressees.iter().all(|s| s.trim().is_empty())
            && self.signer.is_empty()
            && self.recipients.iter().all(|s| s.trim().is_empty())
    }
}
