//! The appraisal: the review on opening a file (intake gate, recomputation, checklist with automatic
//! points), the reducer, the drafter's responses, and the report (golden files).

use tthc_core::FindingCode;
use tthc_core::appraisal::PointAnswer;
use tthc_core::comment::Anchor;
use tthc_core::consultation::{Response, ResponseKind};
use tthc_core::dossier::{Format, Options, Templates, render_appraisal};
use tthc_core::review::{PointSource, review};
use tthc_core::{
    Action, AppraisalAction, ConsultationField, Lang, Registry, check, file, sample::sample,
};
use tthc_tests::{appraised_sample, assert_golden};

#[test]
fn opening_the_sample_for_appraisal() {
    let a = sample();
    let ruleset = Registry::bundled().default_ruleset();
    let r = review(&tthc_core::Analysis::new(&a, ruleset), &a);
    assert!(r.readiness.is_ready(), "{:?}", r.readiness);
    assert!(r.recorded && r.mismatches.is_empty());
    let intake: Vec<_> = r
        .intake
        .iter()
        .map(|p| (p.point.id.as_str(), p.holds, p.source))
        .collect();
    assert_eq!(
        intake,
        [
            (
                "tt03.appraisal.intake.assessment",
                Some(true),
                PointSource::Auto
            ),
            (
                "tt03.appraisal.intake.consultation",
                Some(true),
                PointSource::Auto
            ),
            (
                "tt03.appraisal.intake.responses",
                Some(true),
                PointSource::Auto
            ),
        ]
    );
    // Reasonableness is checked per assessed component: all eleven for the new procedure that has them all
    // but conditions (10), the four changed ones for the amended one, none for the abolished one.
    let per_component = |id: &str| {
        r.points[id]
            .iter()
            .filter(|p| p.component.is_some())
            .count()
    };
    assert_eq!(
        (
            per_component("p1"),
            per_component("p2"),
            per_component("p3")
        ),
        (10, 4, 0)
    );
    // The engine decides the cost points; the necessity points are the appraiser's.
    let p2: Vec<_> = r.points["p2"]
        .iter()
        .map(|p| (p.key.as_str(), p.holds))
        .collect();
    assert!(p2.contains(&("tt03.appraisal.cost.recompute@p2", Some(true))));
    assert!(
        p2.contains(&("tt03.appraisal.cost.target@p2", Some(true))),
        "44% ≥ 30%"
    );
    assert!(p2.contains(&("tt03.appraisal.necessity.objective@p2", None)));
    assert!(
        r.points["p1"]
            .iter()
            .any(|p| p.key == "tt03.appraisal.cost.target@p1" && p.holds.is_none()),
        "not amended"
    );
}

#[test]
fn the_intake_gate_refuses_a_dossier_without_the_control_units_comments() {
    let mut a = sample();
    a.apply(Action::SetConsultation(ConsultationField::Received(None)));
    let r = review(
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        &a,
    );
    assert!(!r.readiness.is_ready());
    let consultation = r
        .intake
        .iter()
        .find(|p| p.point.id.ends_with("consultation"))
        .expect("point");
    assert_eq!(consultation.holds, Some(false));
}

#[test]
fn the_appraiser_confirms_or_overrides_automatic_points() {
    let a = appraised_sample();
    let r = review(
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        &a,
    );
    let p1 = &r.points["p1"];
    let find = |key: &str| p1.iter().find(|p| p.key == key).expect("point");
    let sources = find("tt03.appraisal.cost.sources@p1");
    assert_eq!(
        (sources.auto, sources.holds, sources.source),
        (Some(true), Some(false), PointSource::Overridden)
    );
    assert_eq!(
        sources.note,
        "Nguồn số đối tượng là ước tính, chưa có số liệu thống kê."
    );
    let objective = find("tt03.appraisal.necessity.objective@p1");
    assert_eq!(
        (objective.holds, objective.source),
        (Some(true), PointSource::Appraiser)
    );
    let mut b = a.clone();
    b.apply(Action::Appraisal(AppraisalAction::SetPoint {
        key: "tt03.appraisal.cost.inputs@p1".into(),
        answer: Some(PointAnswer {
            holds: true,
            note: String::new(),
        }),
    }));
    let r = review(
        &tthc_core::Analysis::new(&b, Registry::bundled().default_ruleset()),
        &b,
    );
    let inputs = r.points["p1"]
        .iter()
        .find(|p| p.key == "tt03.appraisal.cost.inputs@p1")
        .expect("point");
    assert_eq!(inputs.source, PointSource::Confirmed);
}

#[test]
fn a_tampered_figure_shows_in_the_review() {
    let tampered = file::export(&sample()).replacen(
        "\"annual_cost\": \"776761363.63636363636363636364\"",
        "\"annual_cost\": \"576761363\"",
        1,
    );
    let a = file::import(&tampered).expect("opens");
    let r = review(
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        &a,
    );
    assert_eq!(r.mismatches.len(), 1);
    let recompute = r.points["p2"]
        .iter()
        .find(|p| p.key == "tt03.appraisal.cost.recompute@p2")
        .expect("point");
    assert_eq!(recompute.holds, Some(false));
    let other = r.points["p1"]
        .iter()
        .find(|p| p.key == "tt03.appraisal.cost.recompute@p1")
        .expect("point");
    assert_eq!(
        other.holds,
        Some(true),
        "only the procedure whose figure differs"
    );
}

#[test]
fn the_drafter_answers_appraisal_comments_in_the_same_file() {
    let a = appraised_sample();
    let ruleset = Registry::bundled().default_ruleset();
    let open: Vec<_> = check(&a, ruleset)
        .into_iter()
        .filter(|f| f.code == FindingCode::AppraisalCommentUnanswered)
        .collect();
    assert_eq!(open.len(), 2, "y3 and y4 have no response");
    assert!(
        open.iter()
            .any(|f| f.place.path() == "procedures/p2/appraisal/y3")
    );
    assert!(
        open.iter().any(|f| f.place.path() == "appraisal/y4"),
        "a comment on the whole draft"
    );
    let mut b = file::import(&file::export(&a)).expect("the file travels back");
    for id in ["y3", "y4"] {
        b.apply(Action::Appraisal(AppraisalAction::Respond {
            id: id.into(),
            response: Some(Response {
                kind: ResponseKind::Accepted,
                text: "Đã tiếp thu.".into(),
            }),
        }));
    }
    assert!(
        !check(&b, ruleset)
            .iter()
            .any(|f| f.code == FindingCode::AppraisalCommentUnanswered)
    );
}

#[test]
fn appraisal_actions_on_unknown_ids_change_nothing() {
    let a = sample();
    for action in [
        AppraisalAction::Respond {
            id: "y9".into(),
            response: None,
        },
        AppraisalAction::SetComment {
            id: "y9".into(),
            text: "x".into(),
        },
        AppraisalAction::RemoveComment { id: "y9".into() },
        AppraisalAction::AddComment {
            procedure: Some("p99".into()),
            anchor: Some(Anchor::Item { key: "x".into() }),
            text: "x".into(),
        },
        AppraisalAction::SetPoint {
            key: "tt03.appraisal.cost.inputs@p99".into(),
            answer: None,
        },
    ] {
        let mut b = a.clone();
        b.apply(Action::Appraisal(action.clone()));
        assert_eq!(b, a, "{action:?}");
    }
}

fn render(lang: Lang, format: Format) -> String {
    let options = Options {
        lang,
        date: "2026-11-26".parse().expect("date"),
        format,
    };
    let a = appraised_sample();
    render_appraisal(
        &a,
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        options,
        &Templates::bundled(),
    )
    .expect("renders")
}

#[test]
fn golden_appraisal_report() {
    let md = render(Lang::Vi, Format::Markdown);
    for part in [
        // The header of NĐ 30/2020: superior body over the issuing body, the number, the motto, place and date.
        "| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ HÀ NỘI<br>**SỞ TƯ PHÁP<br>THÀNH PHỐ HÀ NỘI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
        "| Số: 000/BC-STP | *Hà Nội, ngày 20 tháng 11 năm 2026* |",
        "# BÁO CÁO\n\n**Thẩm định quy định về thủ tục hành chính tại dự thảo Quyết định ban hành",
        "Kính gửi: Sở Xây dựng thành phố Hà Nội.",
        // The signature block and the recipients.
        "| ***Nơi nhận:***<br>\\- Như trên;<br>\\- Lưu: VT, … | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br><br>**Phạm Thị Hoa (giả định cho ví dụ)** |",
        "## Phụ lục 1. Dấu vân tay dữ liệu",
        "Hà Nội, ngày 20 tháng 11 năm 2026",
        "Hồ sơ đủ điều kiện thẩm định.",
        "Các số liệu chi phí ghi trong hồ sơ khớp với kết quả tính lại.",
        "#### 4. Chi phí tuân thủ",
        "**Ý kiến thẩm định:** **Cần bổ sung**",
        "| Số liệu tính chi phí tuân thủ có nguồn | Không | thẩm định viên sửa kết quả tự động: Nguồn số đối tượng là ước tính, chưa có số liệu thống kê. |",
        // Comments are numbered for people, as the app numbers them; their ids stay in the file.
        "| 2 | Chi phí tuân thủ: Chuẩn bị giấy tờ: Sơ đồ vị trí, kích thước phần hè phố đề nghị sử dụng (sau) |",
        "**Tiếp thu:** Đã bổ sung kết quả khảo sát 30 hồ sơ mẫu vào phụ lục.",
        "| 3 | Cơ quan giải quyết (sau) | Thống nhất giao Ủy ban nhân dân cấp xã. | *chưa giải trình, tiếp thu* |",
        "| Thay đổi chi phí/năm | giảm −615.825.000 đồng |",
        "## 3\\. Kết luận",
    ] {
        assert!(md.contains(part), "missing: {part}");
    }
    assert_golden("appraisal.vi.md", &md);
    assert_golden("appraisal.vi.html", &render(Lang::Vi, Format::Html));
    assert_golden("appraisal.en.md", &render(Lang::En, Format::Markdown));
}

/// An anchored comment leads to the page where its subject is edited: a component to the components, an
/// answer to the form, a cost input to the cost page (subjects and fees to their components).
#[test]
fn an_anchor_leads_to_the_page_of_what_it_is_about() {
    use tthc_core::{Component, Location, ProcedureStep, Side};
    let p2 = tthc_core::sample::sample().procedures[1].clone();
    let page = |a: Anchor| match a.place(&p2).location() {
        Location::Procedure { id, step } if id == "p2" => step,
        other => panic!("expected a page of p2, found {other:?}"),
    };
    for c in Component::ALL {
        for side in [Side::Before, Side::After] {
            assert_eq!(
                page(Anchor::Component { side, component: c }),
                ProcedureStep::Components
            );
        }
    }
    assert_eq!(
        page(Anchor::Item {
            key: "tt03.c.sequence.d".into()
        }),
        ProcedureStep::Form
    );
    for (input, step) in [
        ("activities/a1", ProcedureStep::Cost),
        ("services/s1", ProcedureStep::Cost),
        ("other/o1", ProcedureStep::Cost),
        ("filings_per_year", ProcedureStep::Cost),
        ("subjects_per_year", ProcedureStep::Components),
        ("fees", ProcedureStep::Components),
    ] {
        assert_eq!(
            page(Anchor::Cost {
                side: Side::After,
                input: tthc_core::scenario::CostInput::parse(input)
            }),
            step,
            "{input}"
        );
    }
}
