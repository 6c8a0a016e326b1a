//! The draft legal document under assessment (dự thảo văn bản quy phạm pháp luật).

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::issuance::Issuance;
use crate::keyed::keyed;

keyed! {
    /// The type of legal normative document.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DocumentType {
        /// Luật.
        Law = "law", "Luật", "Law";
        /// Nghị quyết của Quốc hội.
        NationalAssemblyResolution = "national_assembly_resolution", "Nghị quyết của Quốc hội", "Resolution of the National Assembly";
        /// Pháp lệnh.
        Ordinance = "ordinance", "Pháp lệnh", "Ordinance";
        /// Nghị định của Chính phủ.
        Decree = "decree", "Nghị định", "Decree";
        /// Quyết định của Thủ tướng Chính phủ.
        PrimeMinisterDecision = "prime_minister_decision", "Quyết định của Thủ tướng Chính phủ", "Decision of the Prime Minister";
        /// Thông tư của Bộ trưởng, Thủ trưởng cơ quan ngang bộ.
        Circular = "circular", "Thông tư", "Circular";
        /// Nghị quyết của Hội đồng nhân dân cấp tỉnh.
        ProvincialCouncilResolution = "provincial_council_resolution", "Nghị quyết của Hội đồng nhân dân cấp tỉnh", "Resolution of the provincial People's Council";
        /// Quyết định của Ủy ban nhân dân cấp tỉnh.
        ProvincialCommitteeDecision = "provincial_committee_decision", "Quyết định của Ủy ban nhân dân cấp tỉnh", "Decision of the provincial People's Committee";
    }
}

keyed! {
    /// The stage of law-making at which the assessment is made.
    #[derive(PartialOrd, Ord, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Stage {
        /// Lập đề nghị xây dựng văn bản (Phụ lục I of TT 03/2022).
        Proposal = "proposal", "Lập đề nghị xây dựng văn bản", "Proposal";
        /// Soạn thảo dự án, dự thảo văn bản (Phụ lục II of TT 03/2022).
        #[default]
        Drafting = "drafting", "Soạn thảo dự án, dự thảo văn bản", "Drafting";
    }
}

/// The person who filled in the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Họ và tên.
    #[serde(default)]
    pub name: String,
    /// Chức vụ, đơn vị.
    #[serde(default)]
    pub position: String,
    /// Điện thoại.
    #[serde(default)]
    pub phone: String,
    /// Thư điện tử.
    #[serde(default)]
    pub email: String,
}

/// A policy (chính sách) of a proposal: at the proposal stage, procedures are assessed per policy.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Stable id (given by the reducer).
    pub id: String,
    /// Tên chính sách.
    #[serde(default)]
    pub name: String,
    /// What the policy sets out to do.
    #[serde(default)]
    pub description: String,
}

/// The draft document and who prepares it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Tên văn bản (dự thảo).
    #[serde(default)]
    pub title: String,
    /// Loại văn bản.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_type: Option<DocumentType>,
    /// Proposal or drafting.
    #[serde(default)]
    pub stage: Stage,
    /// Cơ quan chủ trì soạn thảo.
    #[serde(default)]
    pub drafting_body: String,
    /// Cơ quan ban hành.
    #[serde(default)]
    pub issuing_authority: String,
    /// Tỉnh, thành phố (for provincial documents; the place line of the dossier).
    #[serde(default)]
    pub province: String,
    /// Version of the draft ("Dự thảo lần 2").
    #[serde(default)]
    pub version: String,
    /// Date of this version of the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who filled in the assessment.
    #[serde(default)]
    pub contact: Contact,
    /// The policies of a proposal (proposal stage only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<Policy>,
    /// The unit that comments on the draft's procedures, when the drafter sets it from the province's own
    /// rule (from schema version 3); otherwise the dated default of the regulation data applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_unit: Option<ControlUnitSetting>,
    /// How the dossier is issued: superior body, number, Kính gửi, signer, Nơi nhận (from schema version 4).
    #[serde(default, skip_serializing_if = "Issuance::is_empty")]
    pub issuance: Issuance,
}

/// The commenting unit set for a draft, with the legal basis the drafter gives for it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ControlUnitSetting {
    /// The unit ("Sở Tư pháp thành phố Hà Nội").
    #[serde(default)]
    pub unit: String,
    /// The text that assigns it (document and provision).
    #[serde(default)]
    pub basis: String,
}

impl ControlUnitSetting {
    /// Whether a unit is named (an empty setting is the same as none).
    pub fn is_set(&self) -> bool {
        !self.unit.trim().is_empty()
    }
}
