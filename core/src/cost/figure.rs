//! The figures of the cost model, each defined once: its name in JSON, its unit, its name for people and
//! how it is computed. The trace, the JSON result, the app and the documents all take them from here.

use rust_decimal::Decimal;

use crate::keyed::keyed;
use crate::money::Unit;
use crate::text::Text;

keyed! {
    /// A figure of the cost model.
    #[derive(PartialOrd, Ord)]
    pub enum Figure {
        /// Thu nhập bình quân một giờ.
        HourlyIncome = "hourly_income", "Thu nhập bình quân một giờ", "Income per hour";
        /// Thời gian thực hiện một lần.
        HoursPerFiling = "hours_per_filing", "Thời gian thực hiện một lần", "Hours per filing";
        /// Chi phí thời gian một lần.
        TimeCostPerFiling = "time_cost_per_filing", "Chi phí thời gian một lần", "Time cost per filing";
        /// Phí, lệ phí một lần.
        FeesPerFiling = "fees_per_filing", "Phí, lệ phí một lần", "Fees and charges per filing";
        /// Chi phí thuê dịch vụ, tư vấn một lần.
        ServicesPerFiling = "services_per_filing", "Chi phí thuê dịch vụ, tư vấn một lần", "Paid services per filing";
        /// Chi phí khác một lần.
        OtherPerFiling = "other_per_filing", "Chi phí khác một lần", "Other expenses per filing";
        /// Chi phí tuân thủ một lần.
        CostPerFiling = "cost_per_filing", "Chi phí tuân thủ một lần", "Cost per filing";
        /// Số lần thực hiện của một đối tượng trong năm.
        FilingsPerYear = "filings_per_year", "Số lần thực hiện của một đối tượng trong năm", "Filings per subject per year";
        /// Số đối tượng thực hiện trong năm.
        SubjectsPerYear = "subjects_per_year", "Số đối tượng thực hiện trong năm", "Subjects per year";
        /// Chi phí tuân thủ một năm.
        AnnualCost = "annual_cost", "Chi phí tuân thủ một năm", "Annual cost";
        /// Chi phí tuân thủ tiết kiệm được một năm.
        AnnualSaving = "annual_saving", "Chi phí tuân thủ tiết kiệm được một năm", "Annual saving";
        /// Tỷ lệ cắt giảm chi phí tuân thủ.
        ReductionPercent = "reduction_percent", "Tỷ lệ cắt giảm chi phí tuân thủ", "Reduction of the compliance cost";
    }
}

impl Figure {
    /// The nine figures of one scenario, in the order of the model.
    pub const SCENARIO: [Figure; 9] = [
        Figure::HoursPerFiling,
        Figure::TimeCostPerFiling,
        Figure::FeesPerFiling,
        Figure::ServicesPerFiling,
        Figure::OtherPerFiling,
        Figure::CostPerFiling,
        Figure::FilingsPerYear,
        Figure::SubjectsPerYear,
        Figure::AnnualCost,
    ];

    /// Its unit.
    pub fn unit(self) -> Unit {
        match self {
            Figure::HourlyIncome => Unit::DongPerHour,
            Figure::HoursPerFiling => Unit::Hours,
            Figure::FilingsPerYear => Unit::TimesPerYear,
            Figure::SubjectsPerYear => Unit::SubjectsPerYear,
            Figure::ReductionPercent => Unit::Percent,
            Figure::TimeCostPerFiling
            | Figure::FeesPerFiling
            | Figure::ServicesPerFiling
            | Figure::OtherPerFiling
            | Figure::CostPerFiling
            | Figure::AnnualCost
            | Figure::AnnualSaving => Unit::Dong,
        }
    }

    /// How it is computed, in words (for the figures that are entered, where they come from).
    pub fn formula(self) -> Text {
        let (vi, en) = match self {
            Figure::HourlyIncome => (
                "thu nhập bình quân đầu người một tháng ÷ số ngày làm việc một tháng ÷ số giờ làm việc một ngày",
                "income per person per month ÷ working days per month ÷ hours per day",
            ),
            Figure::HoursPerFiling => ("Σ số giờ của các công việc", "Σ hours of the activities"),
            Figure::TimeCostPerFiling => (
                "thời gian thực hiện một lần × thu nhập bình quân một giờ",
                "hours per filing × income per hour",
            ),
            Figure::FeesPerFiling => ("Σ các khoản phí, lệ phí", "Σ fees and charges"),
            Figure::ServicesPerFiling => ("Σ các khoản thuê dịch vụ, tư vấn", "Σ paid services"),
            Figure::OtherPerFiling => ("Σ các khoản chi phí khác", "Σ other expenses"),
            Figure::CostPerFiling => (
                "chi phí thời gian + phí, lệ phí + thuê dịch vụ, tư vấn + chi phí khác",
                "time cost + fees and charges + paid services + other expenses",
            ),
            Figure::FilingsPerYear => (
                "ước tính của cơ quan soạn thảo",
                "the drafting body's estimate",
            ),
            Figure::SubjectsPerYear => (
                "ước tính của cơ quan soạn thảo (bộ phận Đối tượng thực hiện)",
                "the drafting body's estimate (the subjects component)",
            ),
            Figure::AnnualCost => (
                "chi phí một lần × số lần thực hiện của một đối tượng trong năm × số đối tượng trong năm",
                "cost per filing × filings per subject per year × subjects per year",
            ),
            Figure::AnnualSaving => (
                "chi phí một năm trước − chi phí một năm sau",
                "annual cost before − annual cost after",
            ),
            Figure::ReductionPercent => (
                "chi phí tiết kiệm được ÷ chi phí một năm trước × 100",
                "saving ÷ annual cost before × 100",
            ),
        };
        Text::new(vi, en)
    }

    /// Whether the figure is a sum of the listed inputs (an activity's hours, an expense's amount), written
    /// in the trace as "2 + 1 + 0,5".
    pub fn is_sum(self) -> bool {
        matches!(
            self,
            Figure::HoursPerFiling
                | Figure::FeesPerFiling
                | Figure::ServicesPerFiling
                | Figure::OtherPerFiling
        )
    }
}

/// The figures of one scenario for one set of inputs (central, low or high). Each is `None` when it cannot
/// be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[allow(
    missing_docs,
    reason = "the fields are the figures of SPEC §5, each documented on its `Figure`"
)]
pub struct Figures {
    pub hours_per_filing: Option<Decimal>,
    pub time_cost_per_filing: Option<Decimal>,
    pub fees_per_filing: Option<Decimal>,
    pub services_per_filing: Option<Decimal>,
    pub other_per_filing: Option<Decimal>,
    pub cost_per_filing: Option<Decimal>,
    pub filings_per_year: Option<Decimal>,
    pub subjects_per_year: Option<Decimal>,
    pub annual_cost: Option<Decimal>,
}

impl Figures {
    /// One figure of the scenario (`None` for a figure that is not a scenario's).
    pub fn get(&self, figure: Figure) -> Option<Decimal> {
        match figure {
            Figure::HoursPerFiling => self.hours_per_filing,
            Figure::TimeCostPerFiling => self.time_cost_per_filing,
            Figure::FeesPerFiling => self.fees_per_filing,
            Figure::ServicesPerFiling => self.services_per_filing,
            Figure::OtherPerFiling => self.other_per_filing,
            Figure::CostPerFiling => self.cost_per_filing,
            Figure::FilingsPerYear => self.filings_per_year,
            Figure::SubjectsPerYear => self.subjects_per_year,
            Figure::AnnualCost => self.annual_cost,
            Figure::HourlyIncome | Figure::AnnualSaving | Figure::ReductionPercent => None,
        }
    }
}
