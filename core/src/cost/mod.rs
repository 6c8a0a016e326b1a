//! Compliance cost (chi phí tuân thủ): the Standard Cost Model of SPEC §5.
//!
//! ```text
//! hourly income   = income per month ÷ working days per month ÷ hours per day
//! time cost       = Σ hours of the activities × hourly income
//! cost per filing = time cost + fees and charges + paid services + other expenses
//! annual cost     = cost per filing × filings per subject per year × subjects per year
//! saving          = annual cost before − annual cost after
//! reduction (%)   = saving ÷ annual cost before × 100
//! ```
//!
//! Exact decimal arithmetic, checked at every step. The only divisor of the model is working days × hours
//! per day: each money figure is computed as an exact numerator and divided once, at the end, so totals and
//! savings are exact sums; a figure that cannot be computed (a negative input, an overflow, a missing count)
//! is `None`, and a finding says why. Rounding happens only when a figure is shown ([`crate::money`]).

mod calculation;
pub mod parameters;
mod proposal;
pub mod report;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::estimate::Estimate;
use crate::procedure::Side;
use crate::text::Text;

pub use calculation::{
    Figures, Operand, ProcedureCost, Report, ScenarioCost, Total, TraceLine, Unit, compute,
    compute_procedure, hourly_income,
};
pub use parameters::{Parameter, ParameterName, Parameters};
pub use proposal::propose;

/// What an activity is, in the order a subject does them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// Tìm hiểu quy định.
    Learn,
    /// Chuẩn bị một giấy tờ.
    Prepare,
    /// Chứng thực bản sao.
    Certify,
    /// Điền mẫu đơn, tờ khai.
    Fill,
    /// Xin xác nhận.
    Confirm,
    /// Đi lại và nộp hồ sơ.
    Submit,
    /// Chờ, theo dõi.
    Wait,
    /// Bổ sung hồ sơ.
    Supplement,
    /// Nhận kết quả.
    Receive,
    /// Khác.
    #[default]
    Other,
}

/// Something the subject does for one filing, and how long it takes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Stable id within the scenario (`a1`…), given by the reducer when empty.
    #[serde(default)]
    pub id: String,
    /// What kind of activity.
    #[serde(default)]
    pub kind: ActivityKind,
    /// What is done.
    #[serde(default)]
    pub name: String,
    /// Hours per filing.
    #[serde(default)]
    pub hours: Estimate<Decimal>,
    /// Proposed by the engine and not yet confirmed by the user.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A paid service or another expense per filing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Expense {
    /// Stable id within the scenario (`e1`…), given by the reducer when empty.
    #[serde(default)]
    pub id: String,
    /// What it is.
    #[serde(default)]
    pub name: String,
    /// Đồng per filing.
    #[serde(default)]
    pub amount: Estimate<Decimal>,
}

/// Which list an expense belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExpenseKind {
    /// Thuê dịch vụ, tư vấn.
    Service,
    /// Chi phí khác (sao chụp, chứng thực, in ấn, đi lại, bưu chính…).
    Other,
}

/// The inputs of one scenario (before or after the draft). Fees come from the procedure's fee component and
/// the number of subjects from its subjects component, on the same side.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the subject does for one filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// Paid services per filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Expense>,
    /// Other expenses per filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<Expense>,
    /// How many times a subject files in a year.
    #[serde(default)]
    pub filings_per_year: Estimate<Decimal>,
}

impl Scenario {
    /// Gives every activity and expense without an id a fresh one.
    pub fn assign_missing_ids(&mut self) {
        crate::component::assign_ids(&mut self.activities, "a", |a| &mut a.id);
        crate::component::assign_ids(&mut self.services, "s", |e| &mut e.id);
        crate::component::assign_ids(&mut self.other, "o", |e| &mut e.id);
    }

    /// The list of expenses of a kind.
    pub fn expenses_mut(&mut self, kind: ExpenseKind) -> &mut Vec<Expense> {
        match kind {
            ExpenseKind::Service => &mut self.services,
            ExpenseKind::Other => &mut self.other,
        }
    }
}

/// The cost inputs of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// Before the draft (amended, detailed-amended and abolished procedures).
    #[serde(default, skip_serializing_if = "is_default")]
    pub before: Scenario,
    /// After the draft (every kind but abolished).
    #[serde(default, skip_serializing_if = "is_default")]
    pub after: Scenario,
}

fn is_default(s: &Scenario) -> bool {
    *s == Scenario::default()
}

impl Cost {
    /// One side.
    pub fn side(&self, side: Side) -> &Scenario {
        match side {
            Side::Before => &self.before,
            Side::After => &self.after,
        }
    }

    /// One side, to change.
    pub fn side_mut(&mut self, side: Side) -> &mut Scenario {
        match side {
            Side::Before => &mut self.before,
            Side::After => &mut self.after,
        }
    }
}

impl ActivityKind {
    /// Every kind, in the order a subject does them.
    pub const ALL: [ActivityKind; 10] = [
        ActivityKind::Learn,
        ActivityKind::Prepare,
        ActivityKind::Certify,
        ActivityKind::Fill,
        ActivityKind::Confirm,
        ActivityKind::Submit,
        ActivityKind::Wait,
        ActivityKind::Supplement,
        ActivityKind::Receive,
        ActivityKind::Other,
    ];

    /// The identifier used in files (`"prepare"`).
    pub fn key(self) -> &'static str {
        match self {
            ActivityKind::Learn => "learn",
            ActivityKind::Prepare => "prepare",
            ActivityKind::Certify => "certify",
            ActivityKind::Fill => "fill",
            ActivityKind::Confirm => "confirm",
            ActivityKind::Submit => "submit",
            ActivityKind::Wait => "wait",
            ActivityKind::Supplement => "supplement",
            ActivityKind::Receive => "receive",
            ActivityKind::Other => "other",
        }
    }

    /// The name of the kind.
    pub fn label(self) -> Text {
        let (vi, en) = match self {
            ActivityKind::Learn => ("Tìm hiểu quy định", "Learn the rules"),
            ActivityKind::Prepare => ("Chuẩn bị giấy tờ", "Prepare a document"),
            ActivityKind::Certify => ("Chứng thực", "Certification"),
            ActivityKind::Fill => ("Điền mẫu đơn, tờ khai", "Fill in a form"),
            ActivityKind::Confirm => ("Xin xác nhận", "Obtain a confirmation"),
            ActivityKind::Submit => ("Nộp hồ sơ", "Submit"),
            ActivityKind::Wait => ("Chờ, theo dõi", "Wait, follow up"),
            ActivityKind::Supplement => ("Bổ sung hồ sơ", "Supplement"),
            ActivityKind::Receive => ("Nhận kết quả", "Receive the result"),
            ActivityKind::Other => ("Khác", "Other"),
        };
        Text::new(vi, en)
    }
}
