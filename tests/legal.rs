//! The law on the draft's date: the same draft dated before and after the 2025–2026 changes cites the law in
//! force on each date and has the Decree 78/2025 Art. 5 items only from 01/4/2025; the commenting unit by
//! date and by the province's own setting; an undated draft read with the day the caller passes.

use tthc_core::dossier::{Format, Options, Templates, render_appraisal};
use tthc_core::finding::FindingCode;
use tthc_core::flow::Plan;
use tthc_core::review::review;
use tthc_core::{
    Action, Analysis, Assessment, Date, DocumentType, DraftField, Lang, Registry, sample,
};

fn dated(day: &str) -> Assessment {
    let mut a = sample::sample();
    a.apply(Action::SetDraft(DraftField::Date(Some(date(day)))));
    a
}

fn date(day: &str) -> Date {
    day.parse().expect("a date")
}

fn report(a: &Assessment) -> String {
    let r = Registry::bundled().resolve(&a.ruleset).expect("bundled");
    let options = Options {
        lang: Lang::Vi,
        date: date("2026-12-01"),
        format: Format::Markdown,
    };
    render_appraisal(a, &Analysis::new(a, r), options, &Templates::bundled()).expect("renders")
}

#[test]
fn the_report_cites_the_law_in_force_on_the_drafts_date() {
    let before = report(&dated("2024-12-01"));
    assert!(
        before.contains("Điều 102 khoản 4, Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13")
    );
    assert!(!before.contains("64/2025/QH15"));
    let between = report(&dated("2025-05-15"));
    assert!(between.contains("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"));
    assert!(!between.contains("87/2025/QH15"));
    assert!(!between.contains("80/2015/QH13"));
    let after = report(&dated("2026-12-01"));
    assert!(after.contains(
        "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15 (điều khoản cần xác minh)"
    ));
    assert!(
        !after.contains("Điều 102"),
        "no article number of the new law is invented"
    );
}

#[test]
fn the_article_5_items_and_points_apply_only_from_1_april_2025() {
    let r = Registry::bundled().default_ruleset();
    let gate = "tt03.nd78.art5.1.a";
    for (day, expected) in [
        ("2024-12-01", false),
        ("2025-03-31", false),
        ("2025-04-01", true),
        ("2026-12-01", true),
    ] {
        let a = dated(day);
        let p = &a.procedures[0];
        let plan = Plan::on(r, a.draft.stage, Some(date(day)), p);
        let shown = plan.visible_items().any(|(_, i)| i.item.id == gate);
        assert_eq!(shown, expected, "the Art. 5 gate for a draft dated {day}");
        let analysis = Analysis::new(&a, r);
        let points = review(&analysis, &a);
        let has_point = points.points["p1"]
            .iter()
            .any(|s| s.point.id == "tt03.appraisal.necessity.nd78-gate");
        assert_eq!(has_point, expected, "the Art. 5 appraisal point for {day}");
    }
    // Unanswered, the Art. 5 items are reported only for a draft dated after the decree.
    let mut a = dated("2024-12-01");
    a.procedures[0]
        .answers
        .retain(|k, _| !k.as_str().starts_with("tt03.nd78."));
    let unanswered = |a: &Assessment| {
        Analysis::new(a, r)
            .findings()
            .iter()
            .filter(|f| f.code == FindingCode::ItemUnanswered)
            .count()
    };
    assert_eq!(unanswered(&a), 0);
    a.apply(Action::SetDraft(DraftField::Date(Some(date("2026-12-01")))));
    assert!(
        unanswered(&a) >= 10,
        "the gate and the principles are asked"
    );
}

#[test]
fn the_commenting_unit_follows_the_date_and_the_provinces_setting() {
    let r = Registry::bundled().default_ruleset();
    let unit = |a: &Assessment| {
        Analysis::new(a, r)
            .findings()
            .iter()
            .find(|f| {
                matches!(
                    f.code,
                    FindingCode::ControlUnit | FindingCode::ControlUnitUnlisted
                )
            })
            .map(|f| (f.code, f.message.vi.clone()))
            .expect("a finding on the control unit")
    };
    let mut central = dated("2025-06-01");
    central.apply(Action::SetDraft(DraftField::DocumentType(Some(
        DocumentType::Decree,
    ))));
    assert!(unit(&central).1.contains("Văn phòng Chính phủ"));
    central.apply(Action::SetDraft(DraftField::Date(Some(date("2026-02-01")))));
    assert!(unit(&central).1.contains("Bộ Tư pháp"));
    // Between the two (01–09/01/2026) no rule is recorded: said as such, never guessed.
    central.apply(Action::SetDraft(DraftField::Date(Some(date("2026-01-05")))));
    let (code, message) = unit(&central);
    assert_eq!(code, FindingCode::ControlUnitUnlisted);
    assert!(!message.contains("Văn phòng Chính phủ phải"), "{message}");

    let mut provincial = dated("2026-12-01");
    let (_, message) = unit(&provincial);
    assert!(message.contains("Văn phòng Ủy ban nhân dân cấp tỉnh"));
    assert!(
        message.contains("cần xác minh"),
        "the default is marked for checking"
    );
    provincial.apply(Action::SetDraft(DraftField::ControlUnit(Some(
        tthc_core::draft::ControlUnitSetting {
            unit: "Sở Tư pháp thành phố Hà Nội".into(),
            basis: "Quyết định số 00/2026/QĐ-UBND (giả định)".into(),
        },
    ))));
    let analysis = Analysis::new(&provincial, r);
    let finding = analysis
        .findings()
        .iter()
        .find(|f| f.code == FindingCode::ControlUnit)
        .cloned()
        .expect("the finding");
    assert!(
        finding
            .message
            .vi
            .contains("phải lấy ý kiến của Sở Tư pháp thành phố Hà Nội")
    );
    assert_eq!(
        finding.basis.as_ref().map(|b| b.document.clone()),
        Some("Quyết định số 00/2026/QĐ-UBND (giả định)".to_owned())
    );
    // The setting is kept in the file.
    let text = tthc_core::file::export(&provincial);
    assert_eq!(
        tthc_core::file::import(&text)
            .expect("reads")
            .draft
            .control_unit,
        provincial.draft.control_unit
    );
}

#[test]
fn an_undated_draft_is_read_with_the_day_the_caller_passes() {
    let r = Registry::bundled().default_ruleset();
    let mut a = sample::sample();
    a.apply(Action::SetDraft(DraftField::Date(None)));
    let then = Analysis::on(&a, r, date("2024-12-01"));
    let now = Analysis::on(&a, r, date("2026-12-01"));
    assert_eq!(then.date(), Some(date("2024-12-01")));
    let law = |x: &Analysis<'_>| {
        tthc_core::legal::applied_rules(&a, r, x.date())
            .into_iter()
            .next()
            .map(|rule| rule.applies.vi)
            .unwrap_or_default()
    };
    assert!(law(&then).contains("80/2015/QH13"), "{}", law(&then));
    assert!(law(&now).contains("87/2025/QH15"));
}
