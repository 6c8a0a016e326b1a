//! The compliance-cost engine: hand-computed examples (the arithmetic is written out), properties of the
//! model, absurd inputs, and the recorded-figures verification.

use proptest::prelude::*;
use rust_decimal::Decimal;
use tthc_core::FindingCode;
use tthc_core::component::{Fee, Optional, Subjects};
use tthc_core::cost::{Activity, ActivityKind, Expense, ExpenseKind, compute};
use tthc_core::estimate::Estimate;
use tthc_core::{
    Action, Assessment, Component, ComponentValue, CostAction, ProcedureKind, Side, check, file,
    sample::sample,
};
use tthc_tests::arbitrary::{assessment, count, decimal_estimate};

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

fn hours(id: &str, side: Side, name: &str, h: &str) -> Action {
    Action::Cost(CostAction::SetActivity {
        id: id.into(),
        side,
        activity: Activity {
            name: name.into(),
            kind: ActivityKind::Other,
            hours: Estimate::of(d(h)),
            ..Activity::default()
        },
    })
}

fn other(id: &str, side: Side, name: &str, amount: &str) -> Action {
    Action::Cost(CostAction::SetExpense {
        id: id.into(),
        side,
        kind: ExpenseKind::Other,
        expense: Expense {
            name: name.into(),
            amount: Estimate::of(d(amount)),
            ..Expense::default()
        },
    })
}

fn subjects(id: &str, side: Side, per_year: Estimate<u128>, business: bool) -> Action {
    Action::SetComponent {
        id: id.into(),
        side,
        value: ComponentValue::Subjects(Subjects {
            organisations: true,
            business,
            per_year,
            ..Subjects::default()
        }),
    }
}

fn filings(id: &str, side: Side, f: &str) -> Action {
    Action::Cost(CostAction::SetFilings {
        id: id.into(),
        side,
        filings: Estimate::of(d(f)),
    })
}

fn fee(id: &str, side: Side, amount: &str) -> Action {
    Action::SetComponent {
        id: id.into(),
        side,
        value: ComponentValue::Fees(Optional {
            present: Some(true),
            value: vec![Fee {
                name: "Lệ phí".into(),
                amount: Some(d(amount)),
                basis: "Thông tư x".into(),
                ..Fee::default()
            }],
        }),
    }
}

fn with(kind: ProcedureKind) -> Assessment {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure { kind });
    a
}

/// New procedure, national income 5,400,000 đồng, 22 days × 8 hours.
///   hourly income   = 5,400,000 ÷ 22 ÷ 8            = 30,681.8181… đồng
///   hours           = 2 + 1.5                        = 3.5 h
///   time cost       = 3.5 × 5,400,000 ÷ 176          = 18,900,000 ÷ 176 = 107,386.3636… đồng
///   cost per filing = 107,386.3636… + 50,000 fee + 10,000 copies = 167,386.3636… đồng
///   annual          = 167,386.3636… × 2 × 1,000      = 334,772,727.27… đồng
#[test]
fn example_new_procedure() {
    let mut a = with(ProcedureKind::New);
    for act in [
        hours("p1", Side::After, "Chuẩn bị hồ sơ", "2"),
        hours("p1", Side::After, "Nộp hồ sơ", "1.5"),
        other("p1", Side::After, "Sao chụp", "10000"),
        fee("p1", Side::After, "50000"),
        subjects("p1", Side::After, Estimate::of(1000), false),
        filings("p1", Side::After, "2"),
    ] {
        a.apply(act);
    }
    let r = compute(&a);
    let f = r.procedures[0].after.as_ref().expect("after").figures;
    assert_eq!(
        r.hourly_income.map(tthc_core::money::round_2),
        Some(d("30681.82"))
    );
    assert_eq!(f.hours_per_filing, Some(d("3.5")));
    assert_eq!(f.time_cost_per_filing, Some(d("18900000") / d("176")));
    assert_eq!(f.fees_per_filing, Some(d("50000")));
    assert_eq!(f.other_per_filing, Some(d("10000")));
    assert_eq!(
        f.cost_per_filing.map(tthc_core::money::round_dong),
        Some(d("167386"))
    );
    // (18,900,000 + 60,000 × 176) × 2 × 1,000 ÷ 176 = 29,460,000 × 2,000 ÷ 176
    assert_eq!(f.annual_cost, Some(d("58920000000") / d("176")));
    assert_eq!(
        f.annual_cost.map(tthc_core::money::round_dong),
        Some(d("334772727"))
    );
    assert!(r.procedures[0].before.is_none() && r.procedures[0].annual_saving.is_none());
    assert_eq!(r.total.annual_cost_before, Some(Decimal::ZERO));
    assert_eq!(
        r.total.reduction_percent, None,
        "undefined when before is 0"
    );
}

/// Amended, business-related: before 10 h and 100,000 đồng, after 4 h and 20,000 đồng, 500 subjects, once a
/// year, income 5,400,000.
///   before per filing = 10 × 30,681.8181… + 100,000 = 406,818.1818… ; annual × 500 = 203,409,090.90…
///   after per filing  =  4 × 30,681.8181… +  20,000 = 142,727.2727… ; annual × 500 =  71,363,636.36…
///   saving            = 132,045,454.54… đồng
///   reduction         = saving ÷ before × 100 = (10×5.4M + 100k×176 − 4×5.4M − 20k×176) ÷ (10×5.4M + 100k×176) × 100
///                     = 46,480,000 ÷ 71,600,000 × 100 = 64.9162… %
#[test]
fn example_amended_procedure() {
    let mut a = with(ProcedureKind::Amended);
    for act in [
        subjects("p1", Side::Before, Estimate::of(500), true),
        hours("p1", Side::Before, "Chuẩn bị và nộp", "10"),
        other("p1", Side::Before, "Đi lại, sao chụp", "100000"),
        filings("p1", Side::Before, "1"),
        hours("p1", Side::After, "Nộp trực tuyến", "4"),
        other("p1", Side::After, "In ấn", "20000"),
        filings("p1", Side::After, "1"),
    ] {
        a.apply(act);
    }
    let r = compute(&a);
    let p = &r.procedures[0];
    let before = p
        .before
        .as_ref()
        .expect("before")
        .figures
        .annual_cost
        .expect("computed");
    let after = p
        .after
        .as_ref()
        .expect("after")
        .figures
        .annual_cost
        .expect("computed");
    assert_eq!(tthc_core::money::round_dong(before), d("203409091"));
    assert_eq!(tthc_core::money::round_dong(after), d("71363636"));
    assert_eq!(p.annual_saving, Some(before - after));
    assert_eq!(
        p.annual_saving.map(tthc_core::money::round_dong),
        Some(d("132045455"))
    );
    assert_eq!(
        p.reduction_percent,
        Some(d("46480000") * d("100") / d("71600000"))
    );
    assert_eq!(
        p.reduction_percent.map(tthc_core::money::round_2),
        Some(d("64.92"))
    );
    // Above the 30% target: no flag.
    assert!(
        !r.findings
            .iter()
            .any(|f| f.code == FindingCode::CostReductionBelowTarget)
    );
}

/// Abolished: the whole before cost is saved.
///   per filing = 3 × 30,681.8181… + 0 = 92,045.4545… ; annual × 3 × 200 = 55,227,272.72… đồng
///   saving = 55,227,272.72… ; reduction = 100 %
#[test]
fn example_abolished_procedure() {
    let mut a = with(ProcedureKind::Abolished);
    for act in [
        subjects("p1", Side::Before, Estimate::of(200), false),
        hours("p1", Side::Before, "Toàn bộ", "3"),
        filings("p1", Side::Before, "3"),
    ] {
        a.apply(act);
    }
    let r = compute(&a);
    let p = &r.procedures[0];
    assert!(p.after.is_none());
    // 3 × 5,400,000 × 3 × 200 ÷ 176 = 9,720,000,000 ÷ 176
    assert_eq!(p.annual_saving, Some(d("9720000000") / d("176")));
    assert_eq!(
        p.annual_saving.map(tthc_core::money::round_dong),
        Some(d("55227273"))
    );
    assert_eq!(p.reduction_percent, Some(d("100")));
    assert_eq!(r.total.annual_cost_after, Some(Decimal::ZERO));
    assert_eq!(r.total.reduction_percent, Some(d("100")));
}

/// Urban income 6,900,000: hourly 6,900,000 ÷ 176 = 39,204.5454… ; 5 h × 39,204.5454… = 196,022.7272…
/// × 1 × 100 = 19,602,272.72… đồng.
#[test]
fn example_urban_income() {
    let mut a = with(ProcedureKind::New);
    a.apply(Action::use_income("gso-2024-urban").expect("bundled"));
    for act in [
        hours("p1", Side::After, "Toàn bộ", "5"),
        subjects("p1", Side::After, Estimate::of(100), false),
        filings("p1", Side::After, "1"),
    ] {
        a.apply(act);
    }
    let r = compute(&a);
    assert_eq!(a.parameters.income_per_month.value, d("6900000"));
    assert_eq!(
        r.hourly_income.map(tthc_core::money::round_2),
        Some(d("39204.55"))
    );
    let annual = r.procedures[0]
        .after
        .as_ref()
        .and_then(|s| s.figures.annual_cost);
    assert_eq!(annual, Some(d("3450000000") / d("176")));
    assert_eq!(
        annual.map(tthc_core::money::round_dong),
        Some(d("19602273"))
    );
}

/// A range: 2 h (1.5–3 h), 1,000 subjects (800–1,500), once a year, national income.
///   central = 2 × 30,681.8181… × 1,000     = 61,363,636.36…
///   low     = 1.5 × 30,681.8181… × 800     = 36,818,181.81…
///   high    = 3 × 30,681.8181… × 1,500     = 138,068,181.81…
#[test]
fn example_with_a_range() {
    let mut a = with(ProcedureKind::New);
    a.apply(Action::Cost(CostAction::SetActivity {
        id: "p1".into(),
        side: Side::After,
        activity: Activity {
            name: "Chuẩn bị".into(),
            hours: Estimate {
                value: Some(d("2")),
                low: Some(d("1.5")),
                high: Some(d("3")),
                source: "Khảo sát".into(),
            },
            ..Activity::default()
        },
    }));
    a.apply(subjects(
        "p1",
        Side::After,
        Estimate {
            value: Some(1000),
            low: Some(800),
            high: Some(1500),
            source: "Ước tính".into(),
        },
        false,
    ));
    a.apply(filings("p1", Side::After, "1"));
    let r = compute(&a);
    let s = r.procedures[0].after.as_ref().expect("after");
    let round = |x: Option<Decimal>| x.map(tthc_core::money::round_dong);
    assert_eq!(round(s.figures.annual_cost), Some(d("61363636")));
    let (low, high) = s.range.expect("a range");
    assert_eq!(round(low.annual_cost), Some(d("36818182")));
    assert_eq!(round(high.annual_cost), Some(d("138068182")));
}

#[test]
fn the_business_target_of_30_percent_is_flagged() {
    let mut a = with(ProcedureKind::Amended);
    for act in [
        subjects("p1", Side::Before, Estimate::of(100), true),
        hours("p1", Side::Before, "Toàn bộ", "10"),
        filings("p1", Side::Before, "1"),
        hours("p1", Side::After, "Toàn bộ", "8"),
        filings("p1", Side::After, "1"),
    ] {
        a.apply(act);
    }
    let findings = compute(&a).findings;
    let flag = findings
        .iter()
        .find(|f| f.code == FindingCode::CostReductionBelowTarget)
        .expect("20% < 30%");
    assert!(flag.message.vi.contains("20,00%"), "{}", flag.message.vi);
    assert_eq!(
        flag.basis.as_ref().map(|b| b.document.as_str()),
        Some("Nghị quyết 66/NQ-CP ngày 26/3/2025")
    );
    // Not business-related: no flag.
    a.apply(subjects("p1", Side::Before, Estimate::of(100), false));
    assert!(
        !compute(&a)
            .findings
            .iter()
            .any(|f| f.code == FindingCode::CostReductionBelowTarget)
    );
}

#[test]
fn absurd_inputs_give_findings_not_panics_or_wrong_numbers() {
    let mut a = with(ProcedureKind::New);
    a.apply(hours("p1", Side::After, "Toàn bộ", "2"));
    a.apply(filings("p1", Side::After, "1"));
    a.apply(subjects(
        "p1",
        Side::After,
        Estimate::of(10u128.pow(30)),
        false,
    ));
    let r = compute(&a);
    let f = r.procedures[0].after.as_ref().expect("after").figures;
    assert_eq!(
        f.annual_cost, None,
        "10^30 subjects cannot be computed exactly"
    );
    assert!(f.cost_per_filing.is_some(), "the cost per filing still is");
    assert!(
        r.findings
            .iter()
            .any(|f| f.code == FindingCode::CostOverflow)
    );
    assert_eq!(
        r.total.annual_cost_after, None,
        "no total from a missing figure"
    );

    a.apply(subjects("p1", Side::After, Estimate::of(10), false));
    a.apply(hours("p1", Side::After, "Âm", "-3"));
    let r = compute(&a);
    assert_eq!(
        r.procedures[0]
            .after
            .as_ref()
            .expect("after")
            .figures
            .annual_cost,
        None
    );
    let negative = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::CostInputNegative)
        .expect("finding");
    assert!(
        negative.message.en.contains("found -3"),
        "{}",
        negative.message.en
    );

    // The file keeps the absurd input, and the checks report it.
    let back = file::import(&file::export(&a)).expect("opens");
    assert_eq!(back, a);
}

#[test]
fn missing_counts_zero_hours_and_proposals_are_reported() {
    let mut a = with(ProcedureKind::New);
    a.apply(Action::propose_activities(&a, "p1", Side::After).expect("p1"));
    let codes: Vec<_> = compute(&a).findings.iter().map(|f| f.code).collect();
    assert!(codes.contains(&FindingCode::CostSubjectsMissing));
    assert!(codes.contains(&FindingCode::CostFilingsMissing));
    assert!(codes.contains(&FindingCode::CostActivityUnconfirmed));
    a.apply(Action::Cost(CostAction::ConfirmActivities {
        id: "p1".into(),
        side: Side::After,
    }));
    a.apply(hours("p1", Side::After, "Không mất thời gian", "0"));
    let codes: Vec<_> = compute(&a).findings.iter().map(|f| f.code).collect();
    assert!(!codes.contains(&FindingCode::CostActivityUnconfirmed));
    assert!(codes.contains(&FindingCode::CostActivityZeroHours));
}

#[test]
fn proposing_again_keeps_what_the_user_confirmed() {
    let mut a = sample();
    let before = a.procedures[0].cost.after.activities.clone();
    assert!(before.iter().all(|a| !a.proposed));
    a.apply(Action::propose_activities(&a, "p1", Side::After).expect("p1"));
    let after = &a.procedures[0].cost.after.activities;
    assert!(
        before.iter().all(|b| after.contains(b)),
        "confirmed activities stay"
    );
    let ids: std::collections::BTreeSet<_> = after.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids.len(), after.len(), "ids stay unique");
}

#[test]
fn recorded_figures_are_verified_on_open() {
    let a = sample();
    let ruleset = tthc_core::Registry::bundled()
        .resolve(&a.ruleset)
        .expect("bundled");
    assert!(a.recorded_cost.is_some(), "the sample records its figures");
    assert!(
        !check(&a, ruleset)
            .iter()
            .any(|f| f.code == FindingCode::CostMismatch)
    );
    // Someone edits a recorded figure in the file: the recomputation catches it.
    let tampered = file::export(&a).replacen(
        "\"annual_saving\": \"615825000\"",
        "\"annual_saving\": \"915825000\"",
        1,
    );
    let b = file::import(&tampered).expect("opens");
    let mismatch: Vec<_> = check(&b, ruleset)
        .into_iter()
        .filter(|f| f.code == FindingCode::CostMismatch)
        .collect();
    assert_eq!(mismatch.len(), 1);
    assert!(
        mismatch[0]
            .message
            .en
            .contains("annual saving of procedure 2 “Cấp phép sử dụng tạm thời một phần lòng đường, hè phố để tổ chức hoạt động văn hóa, thể thao, lễ hội” was 915,825,000 VND, recomputed 615,825,000 VND"),
        "{}",
        mismatch[0].message.en
    );
    // Said for people: the figure in words, its values rounded, no path in the file.
    assert!(
        mismatch[0]
            .message
            .vi
            .contains("chi phí tiết kiệm một năm của thủ tục 2")
            && mismatch[0]
                .message
                .vi
                .contains("ghi 915.825.000 đồng, tính lại được 615.825.000 đồng"),
        "{}",
        mismatch[0].message.vi
    );
    assert!(!mismatch[0].message.vi.contains("procedures/"));
    // A change of inputs after recording shows too.
    let mut c = a.clone();
    c.apply(filings("p2", Side::After, "1"));
    assert!(
        check(&c, ruleset)
            .iter()
            .any(|f| f.code == FindingCode::CostMismatch)
    );
}

#[test]
fn the_result_has_the_documented_shape() {
    let json: serde_json::Value =
        serde_json::from_str(&compute(&sample()).result().to_json()).expect("json");
    let keys = |v: &serde_json::Value| {
        v.as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(
        keys(&json),
        ["parameters", "procedures", "ruleset", "total"]
    );
    assert_eq!(json["ruleset"], "tt03-2022@2");
    assert_eq!(
        keys(&json["parameters"]),
        [
            "hourly_income",
            "hours_per_day",
            "income_per_month",
            "source",
            "working_days_per_month"
        ]
    );
    assert_eq!(json["procedures"][0]["kind"], "new");
    assert!(json["procedures"][0]["before"].is_null());
    assert_eq!(
        keys(&json["procedures"][0]["after"]),
        [
            "annual_cost",
            "cost_per_filing",
            "fees_per_filing",
            "filings_per_year",
            "hours_per_filing",
            "other_per_filing",
            "services_per_filing",
            "subjects_per_year",
            "time_cost_per_filing"
        ]
    );
    assert_eq!(json["procedures"][1]["annual_saving"], "615825000");
    assert!(json["procedures"][2]["after"].is_null());
    assert_eq!(
        keys(&json["total"]),
        [
            "annual_cost_after",
            "annual_cost_before",
            "annual_saving",
            "existing",
            "net_annual_change",
            "new_annual_cost",
            "reduction_percent"
        ]
    );
    assert_eq!(
        keys(&json["total"]["existing"]),
        [
            "annual_cost_after",
            "annual_cost_before",
            "annual_saving",
            "reduction_percent"
        ]
    );
}

#[test]
fn a_result_recorded_before_the_totals_were_split_is_compared_on_what_it_records() {
    let now = compute(&sample()).result();
    let mut old = now.clone();
    old.total.existing = None;
    old.total.new_annual_cost = None;
    old.total.net_annual_change = None;
    assert_eq!(tthc_core::recorded::CostResult::differences(&old, &now), []);
    // Recorded with the split, a changed figure in it is a mismatch.
    let mut changed = now.clone();
    changed.total.net_annual_change = Some("1".to_owned());
    let found = tthc_core::recorded::CostResult::differences(&changed, &now);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].key, "total/net_annual_change");
}

fn scenario_of(a: &Assessment) -> tthc_core::cost::Figures {
    compute(a).procedures[0]
        .after
        .as_ref()
        .expect("after")
        .figures
}

fn base(
    hours_list: &[Estimate<Decimal>],
    amounts: &[Estimate<Decimal>],
    subjects_n: u128,
    filings_n: Decimal,
) -> Assessment {
    let mut a = with(ProcedureKind::New);
    for h in hours_list {
        a.apply(Action::Cost(CostAction::SetActivity {
            id: "p1".into(),
            side: Side::After,
            activity: Activity {
                name: "x".into(),
                hours: h.clone(),
                ..Activity::default()
            },
        }));
    }
    for m in amounts {
        a.apply(Action::Cost(CostAction::SetExpense {
            id: "p1".into(),
            side: Side::After,
            kind: ExpenseKind::Service,
            expense: Expense {
                name: "y".into(),
                amount: m.clone(),
                ..Expense::default()
            },
        }));
    }
    a.apply(subjects("p1", Side::After, Estimate::of(subjects_n), false));
    a.apply(Action::Cost(CostAction::SetFilings {
        id: "p1".into(),
        side: Side::After,
        filings: Estimate::of(filings_n),
    }));
    a
}

fn positive() -> impl Strategy<Value = Estimate<Decimal>> {
    (0i64..10_000, 0u32..3).prop_map(|(m, s)| Estimate::of(Decimal::new(m, s)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Doubling the subjects doubles the annual cost; so does doubling the frequency.
    #[test]
    fn annual_cost_is_linear_in_subjects_and_frequency(
        hs in proptest::collection::vec(positive(), 1..5),
        ms in proptest::collection::vec(positive(), 0..3),
        n in 1u128..100_000,
        f in 1i64..50,
    ) {
        let f = Decimal::from(f);
        let one = scenario_of(&base(&hs, &ms, n, f)).annual_cost.expect("computed");
        let twice_subjects = scenario_of(&base(&hs, &ms, 2 * n, f)).annual_cost.expect("computed");
        let twice_filings = scenario_of(&base(&hs, &ms, n, f * Decimal::TWO)).annual_cost.expect("computed");
        // Equal up to the last of 28 significant digits (one division each).
        let close = |x: Decimal, y: Decimal| (x - y).abs() <= Decimal::new(1, 10).max(y.abs() * Decimal::new(1, 25));
        prop_assert!(close(twice_subjects, one * Decimal::TWO), "{twice_subjects} vs 2 × {one}");
        prop_assert!(close(twice_filings, one * Decimal::TWO), "{twice_filings} vs 2 × {one}");
    }

    /// The cost per filing is the sum of its parts.
    #[test]
    fn cost_per_filing_is_the_sum_of_its_parts(
        hs in proptest::collection::vec(positive(), 0..5),
        ms in proptest::collection::vec(positive(), 0..4),
    ) {
        let f = scenario_of(&base(&hs, &ms, 10, Decimal::ONE));
        let parts = f.time_cost_per_filing.expect("time") + f.fees_per_filing.expect("fees")
            + f.services_per_filing.expect("services") + f.other_per_filing.expect("other");
        let total = f.cost_per_filing.expect("total");
        prop_assert!((parts - total).abs() <= Decimal::new(1, 20), "{parts} vs {total}");
        let hours: Decimal = hs.iter().filter_map(|h| h.value).sum();
        prop_assert_eq!(f.hours_per_filing, Some(hours));
    }

    /// For every procedure, saving = before − after, and the total saving is the total before − after.
    /// Each figure is exact to 28 significant digits: at 10^19 đồng and more that leaves fewer than ten
    /// decimals, so the bound grows with the size of the figures.
    #[test]
    fn saving_is_before_minus_after(a in assessment(40)) {
        let r = compute(&a);
        for p in &r.procedures {
            if let (Some(before), Some(after), Some(saving)) = (
                p.before.as_ref().and_then(|s| s.figures.annual_cost),
                p.after.as_ref().and_then(|s| s.figures.annual_cost),
                p.annual_saving,
            ) {
                let bound = Decimal::new(1, 10).max(before.abs() * Decimal::new(1, 25));
                prop_assert!((before - after - saving).abs() <= bound, "{before} − {after} ≠ {saving}");
            }
        }
        if let (Some(b), Some(af), Some(s)) = (r.total.annual_cost_before, r.total.annual_cost_after, r.total.annual_saving) {
            let bound = Decimal::new(1, 10).max(b.abs() * Decimal::new(1, 25));
            prop_assert!((b - af - s).abs() <= bound, "{b} − {af} ≠ {s}");
            // The split adds up: new procedures have no cost before, so the existing ones carry all of it;
            // the after splits into existing and new; the net change is the negative of the saving.
            prop_assert_eq!(r.total.existing.annual_cost_before, Some(b));
            prop_assert_eq!(r.total.net_annual_change, Some(-s));
            if let (Some(ea), Some(n)) = (r.total.existing.annual_cost_after, r.total.new_annual_cost) {
                let bound = Decimal::new(1, 10).max(af.abs() * Decimal::new(1, 25));
                prop_assert!((ea + n - af).abs() <= bound, "{ea} + {n} ≠ {af}");
            }
        }
    }

    /// No input panics the engine; a figure is either computed and non-negative, or absent.
    #[test]
    fn no_input_panics(
        hs in proptest::collection::vec(decimal_estimate(), 0..4),
        ms in proptest::collection::vec(decimal_estimate(), 0..3),
        n in count(),
        f in decimal_estimate(),
    ) {
        let mut a = base(&hs, &ms, n, Decimal::ONE);
        a.apply(Action::Cost(CostAction::SetFilings { id: "p1".into(), side: Side::After, filings: f }));
        let r = compute(&a);
        let figures = r.procedures[0].after.as_ref().expect("after").figures;
        for v in [figures.hours_per_filing, figures.cost_per_filing, figures.annual_cost].into_iter().flatten() {
            prop_assert!(!v.is_sign_negative() || v.is_zero(), "a negative figure {v} from {hs:?} {ms:?}");
        }
    }

    /// Cost inputs survive the file format unchanged.
    #[test]
    fn cost_inputs_round_trip(a in assessment(40)) {
        let back = file::import(&file::export(&a)).expect("opens");
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(compute(&back).result(), compute(&a).result());
    }
}

#[test]
fn changed_subjects_on_the_after_side_are_used() {
    // The number of subjects after an amendment is read from the "after" version only when the subjects
    // component is changed; otherwise the version in force applies to both sides.
    let mut a = with(ProcedureKind::Amended);
    a.apply(subjects("p1", Side::Before, Estimate::of(100), false));
    let after_subjects = |a: &Assessment| {
        compute(a).procedures[0]
            .after
            .as_ref()
            .and_then(|s| s.figures.subjects_per_year)
    };
    assert_eq!(after_subjects(&a), Some(d("100")));
    a.apply(Action::MarkChanged {
        id: "p1".into(),
        component: Component::Subjects,
        changed: true,
    });
    a.apply(subjects("p1", Side::After, Estimate::of(60), false));
    assert_eq!(after_subjects(&a), Some(d("60")));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The cost of one procedure alone is the one in the whole report, and so is the hourly income.
    #[test]
    fn one_procedure_alone_costs_what_the_report_says(a in assessment(4)) {
        let report = compute(&a);
        for p in &report.procedures {
            let alone = tthc_core::cost::compute_procedure(&a, &p.id);
            prop_assert_eq!(alone.as_ref(), Some(p));
        }
        prop_assert_eq!(tthc_core::cost::compute_procedure(&a, "nope"), None);
        prop_assert_eq!(tthc_core::cost::hourly_income(&a.parameters), report.hourly_income);
    }
}

/// Figures beyond their plausibility bound are warned about, once each, in words, and still costed.
#[test]
fn implausible_figures_are_warned_about_once_and_still_costed() {
    let mut a = with(ProcedureKind::Amended);
    for act in [
        // The subjects of an amended procedure whose component is not changed: read by both sides.
        subjects("p1", Side::Before, Estimate::of(1_000_000_000), false),
        hours("p1", Side::Before, "Chuẩn bị", "240"),
        other("p1", Side::Before, "Sao chụp", "50"),
        filings("p1", Side::Before, "1000"),
        fee("p1", Side::Before, "50"),
        hours("p1", Side::After, "Nộp trực tuyến", "2"),
        filings("p1", Side::After, "1"),
    ] {
        a.apply(act);
    }
    let r = compute(&a);
    let warned: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::CostImplausible)
        .collect();
    let paths: Vec<_> = warned.iter().map(|f| f.place.path()).collect();
    assert_eq!(
        paths,
        [
            "procedures/p1/cost/before/activities/a1/hours",
            "procedures/p1/cost/before/other/o1/amount",
            "procedures/p1/cost/before/filings_per_year/value",
            "procedures/p1/before/fees",
            "procedures/p1/before/subjects/per_year",
        ],
        "one each, the shared subjects and fees once"
    );
    assert!(
        warned
            .iter()
            .all(|f| f.severity == tthc_core::Severity::Warning)
    );
    assert_eq!(
        warned[4].message.vi,
        "Số đối tượng thực hiện trong năm: 1.000.000.000 vượt mức hợp lý 100.000.000: hơn 100 triệu đối tượng một năm là nhiều hơn cả dân số cả nước; thường là nhầm đơn vị hoặc thừa chữ số."
    );
    assert!(
        warned[1]
            .message
            .vi
            .contains("50 thấp hơn mức hợp lý 1.000"),
        "{}",
        warned[1].message.vi
    );
    // Kept and costed.
    assert!(
        r.procedures[0]
            .before
            .as_ref()
            .and_then(|s| s.figures.annual_cost)
            .is_some()
    );
    let hours_only = {
        let mut b = with(ProcedureKind::New);
        b.apply(hours("p1", Side::After, "Chuẩn bị", "176"));
        b.apply(other("p1", Side::After, "Miễn phí", "0"));
        compute(&b)
    };
    assert!(
        !hours_only
            .findings
            .iter()
            .any(|f| f.code == FindingCode::CostImplausible),
        "the bound itself and nothing to pay are plausible"
    );
}

/// 10^20 subjects a year is read, warned about as implausible, and its figures are said to be too large.
#[test]
fn ten_to_the_twenty_subjects_is_warned_about() {
    let mut a = with(ProcedureKind::New);
    a.apply(subjects(
        "p1",
        Side::After,
        Estimate::of(100_000_000_000_000_000_000),
        false,
    ));
    a.apply(hours("p1", Side::After, "Nộp", "1"));
    a.apply(filings("p1", Side::After, "1"));
    let found: Vec<_> = compute(&a).findings.iter().map(|f| f.code).collect();
    assert!(found.contains(&FindingCode::CostImplausible), "{found:?}");
}
