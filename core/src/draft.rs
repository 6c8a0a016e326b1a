//! The draft legal document under assessment (dự thảo văn bản quy phạm pháp luật).

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::text::Text;

/// The type of legal normative document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    /// Luật.
    Law,
    /// Nghị quyết của Quốc hội.
    NationalAssemblyResolution,
    /// Pháp lệnh.
    Ordinance,
    /// Nghị định của Chính phủ.
    Decree,
    /// Quyết định của Thủ tướng Chính phủ.
    PrimeMinisterDecision,
    /// Thông tư của Bộ trưởng, Thủ trưởng cơ quan ngang bộ.
    Circular,
    /// Nghị quyết của Hội đồng nhân dân cấp tỉnh.
    ProvincialCouncilResolution,
    /// Quyết định của Ủy ban nhân dân cấp tỉnh.
    ProvincialCommitteeDecision,
}

impl DocumentType {
    /// Every type, in the order of the hierarchy of legal documents.
    pub const ALL: [DocumentType; 8] = [
        DocumentType::Law,
        DocumentType::NationalAssemblyResolution,
        DocumentType::Ordinance,
        DocumentType::Decree,
        DocumentType::PrimeMinisterDecision,
        DocumentType::Circular,
        DocumentType::ProvincialCouncilResolution,
        DocumentType::ProvincialCommitteeDecision,
    ];

    /// The official name of the type.
    pub fn label(self) -> Text {
        let (vi, en) = match self {
            DocumentType::Law => ("Luật", "Law"),
            DocumentType::NationalAssemblyResolution => (
                "Nghị quyết của Quốc hội",
                "Resolution of the National Assembly",
            ),
            DocumentType::Ordinance => ("Pháp lệnh", "Ordinance"),
            DocumentType::Decree => ("Nghị định", "Decree"),
            DocumentType::PrimeMinisterDecision => (
                "Quyết định của Thủ tướng Chính phủ",
                "Decision of the Prime Minister",
            ),
            DocumentType::Circular => ("Thông tư", "Circular"),
            DocumentType::ProvincialCouncilResolution => (
                "Nghị quyết của Hội đồng nhân dân cấp tỉnh",
                "Resolution of the provincial People's Council",
            ),
            DocumentType::ProvincialCommitteeDecision => (
                "Quyết định của Ủy ban nhân dân cấp tỉnh",
                "Decision of the provincial People's Committee",
            ),
        };
        Text::new(vi, en)
    }

    /// The identifier used in files.
    pub fn key(self) -> &'static str {
        match self {
            DocumentType::Law => "law",
            DocumentType::NationalAssemblyResolution => "national_assembly_resolution",
            DocumentType::Ordinance => "ordinance",
            DocumentType::Decree => "decree",
            DocumentType::PrimeMinisterDecision => "prime_minister_decision",
            DocumentType::Circular => "circular",
            DocumentType::ProvincialCouncilResolution => "provincial_council_resolution",
            DocumentType::ProvincialCommitteeDecision => "provincial_committee_decision",
        }
    }
}

/// The stage of law-making at which the assessment is made.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Lập đề nghị xây dựng văn bản (Phụ lục I of TT 03/2022).
    Proposal,
    /// Soạn thảo dự án, dự thảo văn bản (Phụ lục II of TT 03/2022).
    #[default]
    Drafting,
}

impl Stage {
    /// Both stages.
    pub const ALL: [Stage; 2] = [Stage::Proposal, Stage::Drafting];

    /// The identifier used in files (`"proposal"`).
    pub fn key(self) -> &'static str {
        match self {
            Stage::Proposal => "proposal",
            Stage::Drafting => "drafting",
        }
    }

    /// The official name.
    pub fn label(self) -> Text {
        match self {
            Stage::Proposal => Text::new("Lập đề nghị xây dựng văn bản", "Proposal"),
            Stage::Drafting => Text::new("Soạn thảo dự án, dự thảo văn bản", "Drafting"),
        }
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
}
