//! The components (bộ phận tạo thành) of an administrative procedure, NĐ 63/2010/NĐ-CP Art. 8(2) as amended
//! in 2017: seven always required, four required when the procedure has them.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::estimate::Estimate;
use crate::keyed::keyed;
use crate::text::{Lang, Text};

keyed! {
    /// One component of a procedure (Art. 8(2)). The order of the variants is the order of the forms.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Component {
        /// (a) Tên thủ tục hành chính.
        Name = "name", "Tên thủ tục hành chính", "Name of the procedure";
        /// (b) Trình tự thực hiện.
        Sequence = "sequence", "Trình tự thực hiện", "Sequence of steps";
        /// (c) Cách thức thực hiện.
        Manner = "manner", "Cách thức thực hiện", "Manner of performance";
        /// (d) Thành phần, số lượng hồ sơ.
        Dossier = "dossier", "Thành phần, số lượng hồ sơ", "Dossier documents and number of sets";
        /// (đ) Thời hạn giải quyết.
        TimeLimit = "time_limit", "Thời hạn giải quyết", "Processing time limit";
        /// (e) Đối tượng thực hiện.
        Subjects = "subjects", "Đối tượng thực hiện", "Subjects";
        /// (g) Cơ quan giải quyết.
        SettlingBody = "settling_body", "Cơ quan giải quyết", "Settling body";
        /// (h) Kết quả thực hiện — when the procedure has one.
        Result = "result", "Kết quả thực hiện", "Result";
        /// (h) Mẫu đơn, mẫu tờ khai — when the procedure has them.
        Forms = "forms", "Mẫu đơn, mẫu tờ khai", "Application and declaration forms";
        /// (h) Yêu cầu, điều kiện — when the procedure has them.
        Conditions = "conditions", "Yêu cầu, điều kiện", "Requirements and conditions";
        /// (h) Phí, lệ phí — when the procedure has them.
        Fees = "fees", "Phí, lệ phí", "Fees and charges";
    }
}

impl Component {
    /// Whether Art. 8(2) requires this component in every procedure (points a–g) rather than only when the
    /// procedure has it (point h).
    pub fn always_required(self) -> bool {
        !matches!(
            self,
            Component::Result | Component::Forms | Component::Conditions | Component::Fees
        )
    }

    /// The name of the component's list in paths (`documents`, `steps`…), for the components that have one.
    pub fn list_name(self) -> &'static str {
        match self {
            Component::Sequence => "steps",
            Component::Dossier => "documents",
            Component::Forms => "forms",
            Component::Conditions => "conditions",
            Component::Fees => "fees",
            _ => "entries",
        }
    }

    /// The point of NĐ 63/2010 Art. 8(2) that lists the component.
    pub fn point(self) -> &'static str {
        match self {
            Component::Name => "a",
            Component::Sequence => "b",
            Component::Manner => "c",
            Component::Dossier => "d",
            Component::TimeLimit => "đ",
            Component::Subjects => "e",
            Component::SettlingBody => "g",
            Component::Result | Component::Forms | Component::Conditions | Component::Fees => "h",
        }
    }
}

impl fmt::Display for Component {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A component that Art. 8(2)(h) requires only when the procedure has it: the drafter states whether it does.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Optional<T: Default> {
    /// `Some(true)`: the procedure has it; `Some(false)`: it has none; `None`: not stated yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<bool>,
    /// The content, used only when `present` is `Some(true)`.
    #[serde(default)]
    pub value: T,
}

impl<T: Default> Optional<T> {
    /// Whether the drafter stated that the procedure has this component.
    pub fn is_present(&self) -> bool {
        self.present == Some(true)
    }
}

/// A step of the sequence (trình tự thực hiện).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Who does it.
    #[serde(default)]
    pub actor: Actor,
    /// What is done.
    #[serde(default)]
    pub description: String,
}

keyed! {
    /// Who performs a step.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Actor {
        /// The individual or organisation performing the procedure.
        #[default]
        Applicant = "applicant", "Tổ chức, cá nhân", "The applicant";
        /// The state body settling it.
        Authority = "authority", "Cơ quan nhà nước", "The authority";
    }
}

/// The channels through which something is submitted or delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Channels {
    /// Trực tiếp.
    #[serde(default)]
    pub in_person: bool,
    /// Qua dịch vụ bưu chính.
    #[serde(default)]
    pub post: bool,
    /// Trực tuyến.
    #[serde(default)]
    pub online: bool,
}

impl Channels {
    /// Whether no channel is chosen.
    pub fn is_empty(self) -> bool {
        !(self.in_person || self.post || self.online)
    }

    /// Whether the only channel is in person (the subject must travel).
    pub fn in_person_only(self) -> bool {
        self.in_person && !self.post && !self.online
    }

    /// The chosen channels, named in `lang`, joined with commas.
    pub fn describe(self, lang: Lang) -> String {
        let names: [(bool, Text); 3] = [
            (self.in_person, Text::new("trực tiếp", "in person")),
            (self.post, Text::new("qua dịch vụ bưu chính", "by post")),
            (self.online, Text::new("trực tuyến", "online")),
        ];
        names
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, t)| t.get(lang).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Cách thức thực hiện: how the dossier is submitted and the result received.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Manner {
    /// Channels for submitting the dossier.
    #[serde(default)]
    pub submission: Channels,
    /// Channels for receiving the result.
    #[serde(default)]
    pub result: Channels,
    /// Why a channel is not offered online, or other remarks.
    #[serde(default)]
    pub note: String,
}

keyed! {
    /// The form in which a dossier document is supplied.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CopyForm {
        /// Bản chính.
        #[default]
        Original = "original", "Bản chính", "Original";
        /// Bản sao.
        Copy = "copy", "Bản sao", "Copy";
        /// Bản sao có chứng thực.
        CertifiedCopy = "certified_copy", "Bản sao có chứng thực", "Certified copy";
        /// Bản chính hoặc bản sao có chứng thực.
        OriginalOrCertifiedCopy = "original_or_certified_copy", "Bản chính hoặc bản sao có chứng thực", "Original or certified copy";
        /// Bản dịch có chứng thực.
        CertifiedTranslation = "certified_translation", "Bản dịch có chứng thực", "Certified translation";
    }
}

/// One document of the dossier (thành phần hồ sơ).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DossierDocument {
    /// Stable id within the procedure (given by the reducer when empty).
    #[serde(default)]
    pub id: String,
    /// Name of the document.
    #[serde(default)]
    pub name: String,
    /// Original, copy, certified copy…
    #[serde(default)]
    pub copy_form: CopyForm,
    /// Number of copies of this document in one set.
    #[serde(default = "one")]
    pub quantity: u32,
    /// Whether the data of this document is already held in a national or specialised database that the
    /// settling body can consult (NQ 66.7/2025/NQ-CP).
    #[serde(default)]
    pub in_national_database: bool,
    /// Why the document is required.
    #[serde(default)]
    pub reason: String,
}

fn is_empty_estimate(e: &Estimate<u128>) -> bool {
    *e == Estimate::default()
}

fn one() -> u32 {
    1
}

/// Thành phần, số lượng hồ sơ.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// The documents.
    #[serde(default)]
    pub documents: Vec<DossierDocument>,
    /// Number of sets (số lượng hồ sơ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<u32>,
    /// Why that number of sets.
    #[serde(default)]
    pub sets_reason: String,
}

keyed! {
    /// How the time limit is counted.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DayKind {
        /// Ngày làm việc.
        #[default]
        WorkingDays = "working_days", "ngày làm việc", "working days";
        /// Ngày (calendar days).
        CalendarDays = "calendar_days", "ngày", "calendar days";
    }
}

/// Thời hạn giải quyết.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimeLimit {
    /// Number of days from receipt of a complete dossier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// Working or calendar days.
    #[serde(default)]
    pub unit: DayKind,
    /// Why this limit.
    #[serde(default)]
    pub reason: String,
}

impl TimeLimit {
    /// "15 ngày làm việc" / "15 working days", or an empty string when not set.
    pub fn describe(&self, lang: Lang) -> String {
        let Some(days) = self.days else {
            return String::new();
        };
        let unit = match (self.unit, lang) {
            (DayKind::WorkingDays, Lang::Vi) => "ngày làm việc",
            (DayKind::WorkingDays, Lang::En) => "working days",
            (DayKind::CalendarDays, Lang::Vi) => "ngày",
            (DayKind::CalendarDays, Lang::En) => "days",
        };
        format!("{days} {unit}")
    }
}

keyed! {
    /// Where a procedure or condition applies.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Scope {
        /// Toàn quốc.
        Nationwide = "nationwide", "Toàn quốc", "Nationwide";
        /// Địa phương.
        #[default]
        Local = "local", "Địa phương", "Local";
    }
}

/// Đối tượng thực hiện.
#[allow(
    clippy::struct_excessive_bools,
    reason = "each is a tick box of the official form (cá nhân, tổ chức, …)"
)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Subjects {
    /// Cá nhân.
    #[serde(default)]
    pub individuals: bool,
    /// Tổ chức.
    #[serde(default)]
    pub organisations: bool,
    /// Trong nước.
    #[serde(default)]
    pub domestic: bool,
    /// Nước ngoài.
    #[serde(default)]
    pub foreign: bool,
    /// Whether the subjects are businesses (the NQ 66/NQ-CP reduction target applies to business-related
    /// procedures).
    #[serde(default)]
    pub business: bool,
    /// Nationwide or local.
    #[serde(default)]
    pub scope: Scope,
    /// Estimated number of subjects per year, with its source and range (feeds the compliance cost).
    #[serde(default, skip_serializing_if = "is_empty_estimate")]
    pub per_year: Estimate<u128>,
    /// Further description of who performs the procedure.
    #[serde(default)]
    pub description: String,
}

keyed! {
    /// The administrative level of a body. District level (cấp huyện) was abolished on 1 July 2025.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Level {
        /// Trung ương.
        Central = "central", "Trung ương", "Central";
        /// Cấp tỉnh.
        Provincial = "provincial", "Cấp tỉnh", "Provincial";
        /// Cấp huyện (no longer exists from 01/7/2025).
        District = "district", "Cấp huyện", "District";
        /// Cấp xã.
        Commune = "commune", "Cấp xã", "Commune";
    }
}

/// Cơ quan giải quyết.
#[allow(
    clippy::struct_excessive_bools,
    reason = "each is a tick box of the official form"
)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SettlingBody {
    /// Name of the body.
    #[serde(default)]
    pub name: String,
    /// Its level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Whether the competence is delegated (phân cấp, ủy quyền).
    #[serde(default)]
    pub delegated: bool,
    /// Received through the one-stop shop (bộ phận một cửa).
    #[serde(default)]
    pub one_stop: bool,
    /// Settled jointly with other bodies (liên thông).
    #[serde(default)]
    pub inter_agency: bool,
}

keyed! {
    /// What kind of result a procedure produces.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ResultKind {
        /// Giấy phép.
        Licence = "licence", "Giấy phép", "Licence";
        /// Giấy chứng nhận.
        Certificate = "certificate", "Giấy chứng nhận", "Certificate";
        /// Đăng ký, ghi vào sổ.
        Registration = "registration", "Đăng ký", "Registration";
        /// Văn bản chấp thuận, phê duyệt.
        Approval = "approval", "Văn bản chấp thuận", "Approval";
        /// Other.
        #[default]
        Other = "other", "Khác", "Other";
    }
}

/// Kết quả thực hiện.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Its kind.
    #[serde(default)]
    pub kind: ResultKind,
    /// Its name ("Giấy phép …").
    #[serde(default)]
    pub name: String,
    /// Validity in months; `None` when it has no time limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_months: Option<u32>,
    /// Why this validity.
    #[serde(default)]
    pub validity_reason: String,
    /// Where the result is valid.
    #[serde(default)]
    pub scope: Scope,
}

/// A form (mẫu đơn, mẫu tờ khai) used by the procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormSpec {
    /// Stable id within the procedure (given by the reducer when empty).
    #[serde(default)]
    pub id: String,
    /// Name of the form.
    #[serde(default)]
    pub name: String,
    /// Its code ("Mẫu số 01").
    #[serde(default)]
    pub code: String,
    /// Whether it needs a confirmation by another body.
    #[serde(default)]
    pub needs_confirmation: bool,
}

/// A requirement or condition (yêu cầu, điều kiện).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable id within the procedure (given by the reducer when empty).
    #[serde(default)]
    pub id: String,
    /// The condition.
    #[serde(default)]
    pub text: String,
    /// Why it is needed.
    #[serde(default)]
    pub reason: String,
    /// How the subject proves it.
    #[serde(default)]
    pub proof: String,
}

keyed! {
    /// Phí or lệ phí.
    #[derive(Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum FeeKind {
        /// Phí (fee for a public service).
        #[default]
        Fee = "fee", "Phí", "Fee";
        /// Lệ phí (charge for a state administrative service).
        Charge = "charge", "Lệ phí", "Charge";
    }
}

/// A fee or charge.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// Stable id within the procedure (given by the reducer when empty).
    #[serde(default)]
    pub id: String,
    /// Phí or lệ phí.
    #[serde(default)]
    pub kind: FeeKind,
    /// What it is called.
    #[serde(default)]
    pub name: String,
    /// Amount per filing in đồng.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// Its legal basis in the law on fees and charges.
    #[serde(default)]
    pub basis: String,
    /// When and how it is paid.
    #[serde(default)]
    pub payment: String,
}

/// Every component of one version of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Components {
    /// (a) Tên thủ tục hành chính.
    #[serde(default)]
    pub name: String,
    /// (b) Trình tự thực hiện.
    #[serde(default)]
    pub sequence: Vec<Step>,
    /// (c) Cách thức thực hiện.
    #[serde(default)]
    pub manner: Manner,
    /// (d) Thành phần, số lượng hồ sơ.
    #[serde(default)]
    pub dossier: Dossier,
    /// (đ) Thời hạn giải quyết.
    #[serde(default)]
    pub time_limit: TimeLimit,
    /// (e) Đối tượng thực hiện.
    #[serde(default)]
    pub subjects: Subjects,
    /// (g) Cơ quan giải quyết.
    #[serde(default)]
    pub settling_body: SettlingBody,
    /// (h) Kết quả thực hiện.
    #[serde(default)]
    pub result: Optional<Outcome>,
    /// (h) Mẫu đơn, mẫu tờ khai.
    #[serde(default)]
    pub forms: Optional<Vec<FormSpec>>,
    /// (h) Yêu cầu, điều kiện.
    #[serde(default)]
    pub conditions: Optional<Vec<Requirement>>,
    /// (h) Phí, lệ phí.
    #[serde(default)]
    pub fees: Optional<Vec<Fee>>,
}

/// The value of one component, used to set it through the reducer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ComponentValue {
    /// (a)
    Name(String),
    /// (b)
    Sequence(Vec<Step>),
    /// (c)
    Manner(Manner),
    /// (d)
    Dossier(Dossier),
    /// (đ)
    TimeLimit(TimeLimit),
    /// (e)
    Subjects(Subjects),
    /// (g)
    SettlingBody(SettlingBody),
    /// (h)
    Result(Optional<Outcome>),
    /// (h)
    Forms(Optional<Vec<FormSpec>>),
    /// (h)
    Conditions(Optional<Vec<Requirement>>),
    /// (h)
    Fees(Optional<Vec<Fee>>),
}

impl ComponentValue {
    /// Which component this value is for.
    pub fn component(&self) -> Component {
        match self {
            ComponentValue::Name(_) => Component::Name,
            ComponentValue::Sequence(_) => Component::Sequence,
            ComponentValue::Manner(_) => Component::Manner,
            ComponentValue::Dossier(_) => Component::Dossier,
            ComponentValue::TimeLimit(_) => Component::TimeLimit,
            ComponentValue::Subjects(_) => Component::Subjects,
            ComponentValue::SettlingBody(_) => Component::SettlingBody,
            ComponentValue::Result(_) => Component::Result,
            ComponentValue::Forms(_) => Component::Forms,
            ComponentValue::Conditions(_) => Component::Conditions,
            ComponentValue::Fees(_) => Component::Fees,
        }
    }
}

impl Components {
    /// The value of one component.
    pub fn get(&self, component: Component) -> ComponentValue {
        match component {
            Component::Name => ComponentValue::Name(self.name.clone()),
            Component::Sequence => ComponentValue::Sequence(self.sequence.clone()),
            Component::Manner => ComponentValue::Manner(self.manner.clone()),
            Component::Dossier => ComponentValue::Dossier(self.dossier.clone()),
            Component::TimeLimit => ComponentValue::TimeLimit(self.time_limit.clone()),
            Component::Subjects => ComponentValue::Subjects(self.subjects.clone()),
            Component::SettlingBody => ComponentValue::SettlingBody(self.settling_body.clone()),
            Component::Result => ComponentValue::Result(self.result.clone()),
            Component::Forms => ComponentValue::Forms(self.forms.clone()),
            Component::Conditions => ComponentValue::Conditions(self.conditions.clone()),
            Component::Fees => ComponentValue::Fees(self.fees.clone()),
        }
    }

    /// Replaces one component. Entries of lists that have no id get one, unique within the list.
    pub fn set(&mut self, value: ComponentValue) {
        match value {
            ComponentValue::Name(v) => self.name = v,
            ComponentValue::Sequence(v) => self.sequence = v,
            ComponentValue::Manner(v) => self.manner = v,
            ComponentValue::Dossier(mut v) => {
                crate::id::assign_ids(&mut v.documents, "d", |d| &mut d.id);
                self.dossier = v;
            }
            ComponentValue::TimeLimit(v) => self.time_limit = v,
            ComponentValue::Subjects(v) => self.subjects = v,
            ComponentValue::SettlingBody(v) => self.settling_body = v,
            ComponentValue::Result(v) => self.result = v,
            ComponentValue::Forms(mut v) => {
                crate::id::assign_ids(&mut v.value, "f", |f| &mut f.id);
                self.forms = v;
            }
            ComponentValue::Conditions(mut v) => {
                crate::id::assign_ids(&mut v.value, "r", |r| &mut r.id);
                self.conditions = v;
            }
            ComponentValue::Fees(mut v) => {
                crate::id::assign_ids(&mut v.value, "fee", |f| &mut f.id);
                self.fees = v;
            }
        }
    }

    /// Whether a component holds anything at all (used to tell "not filled in" from "filled in").
    pub fn is_filled(&self, component: Component) -> bool {
        match component {
            Component::Name => !self.name.trim().is_empty(),
            Component::Sequence => self
                .sequence
                .iter()
                .any(|s| !s.description.trim().is_empty()),
            Component::Manner => !self.manner.submission.is_empty(),
            Component::Dossier => self
                .dossier
                .documents
                .iter()
                .any(|d| !d.name.trim().is_empty()),
            Component::TimeLimit => self.time_limit.days.is_some(),
            Component::Subjects => self.subjects.individuals || self.subjects.organisations,
            Component::SettlingBody => !self.settling_body.name.trim().is_empty(),
            Component::Result => match self.result.present {
                Some(true) => !self.result.value.name.trim().is_empty(),
                Some(false) => true,
                None => false,
            },
            Component::Forms => filled_list(&self.forms, |f| !f.name.trim().is_empty()),
            Component::Conditions => filled_list(&self.conditions, |r| !r.text.trim().is_empty()),
            Component::Fees => filled_list(&self.fees, |f| !f.name.trim().is_empty()),
        }
    }

    /// Whether the procedure has this component: always for points a–g, as stated for point h.
    pub fn has(&self, component: Component) -> bool {
        match component {
            Component::Result => self.result.is_present(),
            Component::Forms => self.forms.is_present(),
            Component::Conditions => self.conditions.is_present(),
            Component::Fees => self.fees.is_present(),
            _ => true,
        }
    }

    /// The ids of the entries of a listed component (forms or conditions), for sections repeated per entry.
    pub fn entry_ids(&self, component: Component) -> Vec<(String, String)> {
        match component {
            Component::Forms if self.forms.is_present() => self
                .forms
                .value
                .iter()
                .map(|f| (f.id.clone(), f.name.clone()))
                .collect(),
            Component::Conditions if self.conditions.is_present() => self
                .conditions
                .value
                .iter()
                .map(|r| (r.id.clone(), r.text.clone()))
                .collect(),
            _ => Vec::new(),
        }
    }
}

fn filled_list<T>(list: &Optional<Vec<T>>, filled: impl Fn(&T) -> bool) -> bool {
    match list.present {
        Some(true) => list.value.iter().any(filled),
        Some(false) => true,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_a_to_g_are_always_required() {
        let always: Vec<_> = Component::ALL
            .iter()
            .filter(|c| c.always_required())
            .map(|c| c.point())
            .collect();
        assert_eq!(always, ["a", "b", "c", "d", "đ", "e", "g"]);
    }

    #[test]
    fn keys_match_serde_names() {
        for c in Component::ALL {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.key())
            );
        }
    }

    #[test]
    fn set_then_get_returns_the_value() {
        let mut c = Components::default();
        let value = ComponentValue::TimeLimit(TimeLimit {
            days: Some(15),
            unit: DayKind::WorkingDays,
            reason: String::new(),
        });
        c.set(value.clone());
        assert_eq!(c.get(Component::TimeLimit), value);
        assert_eq!(value.component(), Component::TimeLimit);
        assert_eq!(c.time_limit.describe(Lang::Vi), "15 ngày làm việc");
    }

    #[test]
    fn ids_are_assigned_without_clashing() {
        let mut c = Components::default();
        let docs = vec![
            DossierDocument {
                id: "d2".into(),
                name: "A".into(),
                ..Default::default()
            },
            DossierDocument {
                name: "B".into(),
                ..Default::default()
            },
            DossierDocument {
                id: "d2".into(),
                name: "C".into(),
                ..Default::default()
            },
        ];
        c.set(ComponentValue::Dossier(Dossier {
            documents: docs,
            ..Default::default()
        }));
        let ids: Vec<_> = c.dossier.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["d2", "d3", "d4"], "fresh ids follow the largest");
    }

    #[test]
    fn optional_components_are_filled_when_declared_absent() {
        let mut c = Components::default();
        assert!(!c.is_filled(Component::Fees));
        c.fees.present = Some(false);
        assert!(c.is_filled(Component::Fees));
        assert!(!c.has(Component::Fees));
        c.fees.present = Some(true);
        assert!(!c.is_filled(Component::Fees), "declared present but empty");
        c.fees.value.push(Fee {
            name: "Lệ phí cấp phép".into(),
            ..Default::default()
        });
        assert!(c.is_filled(Component::Fees));
    }
}
