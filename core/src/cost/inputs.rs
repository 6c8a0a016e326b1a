//! The inputs of one scenario and the findings about them: negative values and inverted ranges (the figures
//! are then not computed), missing counts, empty or unconfirmed activities, missing sources, invalid or
//! unverified parameters, and the NQ 66/NQ-CP reduction target.

use rust_decimal::Decimal;

use crate::component::{Component, Components};
use crate::estimate::Estimate;
use crate::finding::{Finding, FindingCode, Severity};
use crate::money;
use crate::parameters::{ParameterName, Parameters};
use crate::place::{At, Place};
use crate::plausibility::{Beyond, Plausibility, Quantity};
use crate::procedure::{Procedure, Side};
use crate::regulation::Regulation;
use crate::scenario::{CostInput, ExpenseKind, Scenario};
use crate::text::{Lang, Text};

use super::ProcedureCost;

/// The inputs of one scenario, gathered from the cost inputs and the components of the same side.
pub(crate) struct Inputs<'a> {
    p: &'a Procedure,
    side: Side,
    pub scenario: &'a Scenario,
    pub subjects: Estimate<u128>,
    /// (name, amount) of each fee of the fee component, when the procedure has fees.
    pub fees: Vec<(String, Option<Decimal>)>,
}

impl<'a> Inputs<'a> {
    pub fn new(p: &'a Procedure, side: Side, comps: &Components) -> Inputs<'a> {
        let fees = if comps.fees.is_present() {
            comps
                .fees
                .value
                .iter()
                .map(|f| (f.name.clone(), f.amount))
                .collect()
        } else {
            Vec::new()
        };
        Inputs {
            p,
            side,
            scenario: p.cost.side(side),
            subjects: comps.subjects.per_year.clone(),
            fees,
        }
    }

    fn at(&self, input: Option<CostInput>) -> Place {
        match input {
            Some(i) => Place::cost_input(self.p, self.side, &i),
            None => Place::procedure(&self.p.id, At::Cost(self.side, None)),
        }
    }

    fn value(&self, input: CostInput) -> Place {
        match input {
            CostInput::SubjectsPerYear | CostInput::Fees => self.at(Some(input)),
            other => Place::procedure(&self.p.id, At::CostValue(self.side, other)),
        }
    }

    pub fn has_range(&self) -> bool {
        self.scenario.activities.iter().any(|a| a.hours.has_range())
            || self.scenario.services.iter().any(|e| e.amount.has_range())
            || self.scenario.other.iter().any(|e| e.amount.has_range())
            || self.scenario.filings_per_year.has_range()
            || self.subjects.has_range()
    }

    /// The finding for a figure too large for exact arithmetic.
    pub fn overflow(&self, figure: &Text) -> Finding {
        Finding::new(
            Severity::Error,
            FindingCode::CostOverflow,
            self.at(None),
            Text::new(
                format!(
                    "Không tính được \"{}\": số quá lớn để tính chính xác.",
                    figure.vi
                ),
                format!(
                    "\"{}\" cannot be computed: the numbers are too large for exact arithmetic.",
                    figure.en
                ),
            ),
            Text::new(
                "Kiểm tra lại số đối tượng, số lần thực hiện và số tiền (có thể nhập thừa chữ số).",
                "Check the numbers of subjects and filings and the amounts (a digit too many?).",
            ),
        )
    }

    /// Negative inputs and inverted ranges: the scenario's figures are not computed.
    pub fn validate(&self, findings: &mut Vec<Finding>) -> bool {
        let mut ok = true;
        let mut estimate = |e: &Estimate<Decimal>,
                            place: Place,
                            what: Text,
                            findings: &mut Vec<Finding>| {
            for (bound, v) in [
                ("", e.value),
                (" (thấp/low)", e.low),
                (" (cao/high)", e.high),
            ] {
                if let Some(v) = v
                    && v.is_sign_negative()
                    && !v.is_zero()
                {
                    ok = false;
                    findings.push(Finding::new(
                        Severity::Error,
                        FindingCode::CostInputNegative,
                        place.clone(),
                        Text::new(
                            format!("{}{bound} âm ({v}): không tính chi phí cho đến khi sửa.", what.vi),
                            format!("Expected {}{bound} of 0 or more, found {v}: the cost is not computed until it is corrected.", what.en),
                        ),
                        Text::new("Nhập số không âm.", "Enter a number of 0 or more."),
                    ));
                }
            }
            if !range_ok(e) {
                ok = false;
                findings.push(range_finding(place, &what));
            }
        };
        for a in &self.scenario.activities {
            let name = a.name.trim();
            let what = Text::new(
                format!("số giờ của \"{name}\""),
                format!("the hours of \"{name}\""),
            );
            estimate(
                &a.hours,
                self.value(CostInput::Activity(a.id.clone())),
                what,
                findings,
            );
        }
        for kind in ExpenseKind::ALL {
            for e in self.scenario.expenses(kind) {
                let name = e.name.trim();
                let what = Text::new(
                    format!("số tiền \"{name}\""),
                    format!("the amount of \"{name}\""),
                );
                estimate(
                    &e.amount,
                    self.value(CostInput::expense(kind, &e.id)),
                    what,
                    findings,
                );
            }
        }
        estimate(
            &self.scenario.filings_per_year,
            self.at(Some(CostInput::FilingsPerYear)),
            Text::new("số lần thực hiện trong năm", "the filings per year"),
            findings,
        );
        for (name, amount) in &self.fees {
            if let Some(v) = amount
                && v.is_sign_negative()
                && !v.is_zero()
            {
                ok = false;
                findings.push(Finding::new(
                    Severity::Error,
                    FindingCode::CostInputNegative,
                    self.at(Some(CostInput::Fees)),
                    Text::new(
                        format!("Mức thu \"{}\" âm ({v}).", name.trim()),
                        format!(
                            "Expected the amount of \"{}\" to be 0 or more, found {v}.",
                            name.trim()
                        ),
                    ),
                    Text::new("Nhập mức thu không âm.", "Enter an amount of 0 or more."),
                ));
            }
        }
        if !range_ok(&self.subjects) {
            ok = false;
            findings.push(range_finding(
                self.at(Some(CostInput::SubjectsPerYear)),
                &Text::new("số đối tượng trong năm", "the subjects per year"),
            ));
        }
        ok
    }

    /// Missing counts, empty or unconfirmed activities, missing sources.
    pub fn advise(&self, findings: &mut Vec<Finding>) {
        let label = self.side.label();
        let (side_vi, side_en) = (label.vi.to_lowercase(), label.en.to_lowercase());
        if self.subjects.value.is_none_or(|s| s == 0) {
            findings.push(Finding::new(
                Severity::Error,
                FindingCode::CostSubjectsMissing,
                self.at(Some(CostInput::SubjectsPerYear)),
                Text::new(
                    format!("Chưa có số đối tượng thực hiện trong năm ({side_vi}): không tính được chi phí một năm."),
                    format!("Expected the number of subjects per year ({side_en}), found none: the annual cost cannot be computed."),
                ),
                Text::new("Ước tính số đối tượng một năm và ghi nguồn.", "Estimate the subjects per year and note the source."),
            ));
        } else if self.subjects.source.trim().is_empty() {
            findings.push(source_finding(
                self.at(Some(CostInput::SubjectsPerYear)),
                &Text::new("số đối tượng trong năm", "the number of subjects per year"),
            ));
        }
        if self
            .scenario
            .filings_per_year
            .value
            .is_none_or(|f| f.is_zero())
        {
            findings.push(Finding::new(
                Severity::Error,
                FindingCode::CostFilingsMissing,
                self.at(Some(CostInput::FilingsPerYear)),
                Text::new(
                    format!("Chưa có số lần thực hiện của một đối tượng trong năm ({side_vi})."),
                    format!("Expected the number of filings per subject per year ({side_en}), found none."),
                ),
                Text::new("Nhập số lần (ví dụ 1 nếu mỗi năm thực hiện một lần).", "Enter how many times (e.g. 1 for once a year)."),
            ));
        }
        if self.scenario.activities.is_empty() {
            findings.push(Finding::new(
                Severity::Error,
                FindingCode::CostNoActivities,
                self.at(None),
                Text::new(
                    format!("Chưa có công việc nào để tính thời gian thực hiện ({side_vi})."),
                    format!("Expected the activities of a filing ({side_en}), found none."),
                ),
                Text::new(
                    "Dùng danh sách đề xuất rồi điều chỉnh số giờ.",
                    "Use the proposed list and adjust the hours.",
                ),
            ));
        }
        for a in &self.scenario.activities {
            let input = CostInput::Activity(a.id.clone());
            if a.hours.value.is_none_or(|h| h.is_zero()) {
                findings.push(Finding::new(
                    Severity::Warning,
                    FindingCode::CostActivityZeroHours,
                    self.value(input.clone()),
                    Text::new(
                        format!("Công việc \"{}\" có số giờ bằng 0.", a.name.trim()),
                        format!("The activity \"{}\" has zero hours.", a.name.trim()),
                    ),
                    Text::new(
                        "Nhập số giờ, hoặc xoá công việc nếu không cần.",
                        "Enter its hours, or remove it.",
                    ),
                ));
            }
            if a.proposed {
                findings.push(Finding::new(
                    Severity::Warning,
                    FindingCode::CostActivityUnconfirmed,
                    self.at(Some(input)),
                    Text::new(
                        format!("Công việc \"{}\" là đề xuất của phần mềm, chưa được xác nhận.", a.name.trim()),
                        format!("The activity \"{}\" was proposed by the software and is not confirmed.", a.name.trim()),
                    ),
                    Text::new("Xem lại số giờ rồi xác nhận.", "Review its hours and confirm it."),
                ));
            }
        }
        if self.scenario.filings_per_year.value.is_some()
            && self.scenario.filings_per_year.source.trim().is_empty()
        {
            findings.push(source_finding(
                self.at(Some(CostInput::FilingsPerYear)),
                &Text::new("số lần thực hiện trong năm", "the filings per year"),
            ));
        }
        self.plausible(findings);
    }

    /// Figures beyond their plausibility bound ([`Plausibility`]): a warning each, the figure kept. A
    /// component read by both sides (the subjects or fees of an amended procedure that the draft does not
    /// change) is said once, on the side where it is edited.
    fn plausible(&self, findings: &mut Vec<Finding>) {
        let bounds = Plausibility::bundled();
        let mut say = |place: Place, what: Text, beyond: Option<(Beyond<'_>, Decimal)>| {
            if let Some((b, v)) = beyond {
                findings.push(implausible(place, &what, b, v));
            }
        };
        let first = |q: Quantity, e: &Estimate<Decimal>| {
            [e.value, e.low, e.high]
                .into_iter()
                .flatten()
                .find_map(|v| Some((bounds.judge(q, v)?, v)))
        };
        for a in &self.scenario.activities {
            say(
                self.value(CostInput::Activity(a.id.clone())),
                Text::new(
                    format!("Số giờ của \"{}\"", a.name.trim()),
                    format!("The hours of \"{}\"", a.name.trim()),
                ),
                first(Quantity::HoursPerFiling, &a.hours),
            );
        }
        for kind in ExpenseKind::ALL {
            for e in self.scenario.expenses(kind) {
                say(
                    self.value(CostInput::expense(kind, &e.id)),
                    Text::new(
                        format!("Số tiền \"{}\"", e.name.trim()),
                        format!("The amount of \"{}\"", e.name.trim()),
                    ),
                    first(Quantity::Amount, &e.amount),
                );
            }
        }
        say(
            self.value(CostInput::FilingsPerYear),
            Text::new("Số lần thực hiện trong năm", "The filings per year"),
            first(Quantity::FilingsPerYear, &self.scenario.filings_per_year),
        );
        if self.p.edited_side(self.side, Component::Fees) == self.side {
            for (name, amount) in &self.fees {
                say(
                    self.at(Some(CostInput::Fees)),
                    Text::new(
                        format!("Mức thu \"{}\"", name.trim()),
                        format!("The amount of \"{}\"", name.trim()),
                    ),
                    amount.and_then(|v| Some((bounds.judge(Quantity::Amount, v)?, v))),
                );
            }
        }
        if self.p.edited_side(self.side, Component::Subjects) == self.side {
            let beyond = [self.subjects.value, self.subjects.low, self.subjects.high]
                .into_iter()
                .flatten()
                .find_map(|n| {
                    let b = bounds.judge_count(Quantity::SubjectsPerYear, n)?;
                    // A count beyond exact decimals is said as the largest one.
                    let v = i128::try_from(n)
                        .ok()
                        .and_then(|v| Decimal::try_from_i128_with_scale(v, 0).ok())
                        .unwrap_or(Decimal::MAX);
                    Some((b, v))
                });
            say(
                self.value(CostInput::SubjectsPerYear),
                Text::new("Số đối tượng thực hiện trong năm", "The subjects per year"),
                beyond,
            );
        }
    }
}

fn implausible(at: Place, what: &Text, beyond: Beyond<'_>, value: Decimal) -> Finding {
    Finding::new(
        Severity::Warning,
        FindingCode::CostImplausible,
        at,
        Text::new(
            format!("{}: {}", what.vi, beyond.message(value, Lang::Vi)),
            format!("{}: {}", what.en, beyond.message(value, Lang::En)),
        ),
        Text::new(
            "Kiểm tra lại con số và đơn vị; nếu đúng, ghi rõ nguồn số liệu. Chi phí vẫn được tính với con số này.",
            "Check the figure and its unit; if it is right, note its source. The cost is still computed with it.",
        ),
    )
}

fn range_ok<T: PartialOrd + Copy>(e: &Estimate<T>) -> bool {
    let le = |a: Option<T>, b: Option<T>| a.zip(b).is_none_or(|(a, b)| a <= b);
    le(e.low, e.value) && le(e.value, e.high) && le(e.low, e.high)
}

fn range_finding(at: Place, what: &Text) -> Finding {
    Finding::new(
        Severity::Error,
        FindingCode::CostRangeInvalid,
        at,
        Text::new(
            format!(
                "Khoảng ước tính của {} không hợp lệ: cần thấp ≤ trung bình ≤ cao.",
                what.vi
            ),
            format!(
                "Expected low ≤ central ≤ high for {}, found them out of order.",
                what.en
            ),
        ),
        Text::new(
            "Sửa các giá trị thấp, trung bình, cao.",
            "Correct the low, central and high values.",
        ),
    )
}

fn source_finding(at: Place, what: &Text) -> Finding {
    Finding::new(
        Severity::Info,
        FindingCode::CostSourceMissing,
        at,
        Text::new(
            format!("Chưa ghi nguồn của {}.", what.vi),
            format!("No source is noted for {}.", what.en),
        ),
        Text::new(
            "Ghi nguồn số liệu (thống kê, cơ sở dữ liệu, ước tính của cơ quan soạn thảo).",
            "Note where the figure comes from (statistics, a database, the drafting body's estimate).",
        ),
    )
}

/// Invalid parameters (`valid` is false), and every parameter not verified against its source.
pub(crate) fn parameters(p: &Parameters, valid: bool, findings: &mut Vec<Finding>) {
    if !valid {
        let (income, days, hours) = (
            p.income_per_month.value,
            p.working_days_per_month.value,
            p.hours_per_day.value,
        );
        findings.push(Finding::new(
            Severity::Error,
            FindingCode::CostParametersInvalid,
            Place::Parameters(None),
            Text::new(
                format!("Tham số không hợp lệ: thu nhập {income}, {days} ngày/tháng, {hours} giờ/ngày."),
                format!(
                    "Expected an income of 0 or more and positive working days and hours, found {income}, {days} days a month, {hours} hours a day."
                ),
            ),
            Text::new("Sửa các tham số tính chi phí.", "Correct the cost parameters."),
        ));
    }
    for name in ParameterName::ALL {
        if !p.get(name).verified {
            let label = name.label();
            findings.push(Finding::new(
                Severity::Info,
                FindingCode::CostParameterUnverified,
                Place::Parameters(Some(name)),
                Text::new(
                    format!(
                        "Tham số \"{}\" chưa được đối chiếu với nguồn chính thức.",
                        label.vi.to_lowercase()
                    ),
                    format!(
                        "The parameter \"{}\" is not verified against an official source.",
                        label.en.to_lowercase()
                    ),
                ),
                Text::new(
                    "Đối chiếu và ghi nguồn của tham số.",
                    "Check it and record its source.",
                ),
            ));
        }
    }
}

/// NQ 66/NQ-CP: cut the compliance cost of business-related procedures by at least 30%.
pub(crate) fn target(p: &ProcedureCost, findings: &mut Vec<Finding>) {
    let target = &Regulation::bundled().reduction_target;
    if !p.kind.is_amendment() {
        return;
    }
    let Some(reduction) = p.reduction_percent else {
        return;
    };
    let place = Place::procedure(&p.id, At::Saving);
    if reduction.is_sign_negative() && !reduction.is_zero() {
        findings.push(
            Finding::new(
                Severity::Warning,
                FindingCode::CostIncrease,
                place,
                Text::new(
                    format!(
                        "Chi phí tuân thủ tăng sau khi sửa đổi ({}).",
                        money::percent(reduction, Lang::Vi)
                    ),
                    format!(
                        "The compliance cost rises after the amendment ({}).",
                        money::percent(reduction, Lang::En)
                    ),
                ),
                Text::new(
                    "Giải trình lý do tăng chi phí, hoặc đơn giản hóa thêm.",
                    "Explain why the cost rises, or simplify further.",
                ),
            )
            .basis(Some(target.basis.clone())),
        );
    } else if p.meets_target() == Some(false) {
        findings.push(
            Finding::new(
                Severity::Warning,
                FindingCode::CostReductionBelowTarget,
                place,
                Text::new(
                    format!(
                        "Thủ tục liên quan đến doanh nghiệp chỉ cắt giảm {} chi phí tuân thủ, dưới mục tiêu {}.",
                        money::percent(reduction, Lang::Vi),
                        money::percent(target.percent, Lang::Vi)
                    ),
                    format!(
                        "This business-related procedure cuts its compliance cost by {}, below the {} target.",
                        money::percent(reduction, Lang::En),
                        money::percent(target.percent, Lang::En)
                    ),
                ),
                Text::new(
                    "Xem xét đơn giản hóa thêm (bỏ giấy tờ, rút ngắn thời hạn, thực hiện trực tuyến) hoặc giải trình.",
                    "Consider simplifying further (fewer documents, shorter time limit, online) or explain.",
                ),
            )
            .basis(Some(target.basis.clone())),
        );
    }
}
