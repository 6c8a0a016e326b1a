//! The checks: each finding appears when its rule is broken and goes when it is mended; the sample has no
//! error.

use tthc_core::component::{
    Channels, DossierDocument, Fee, Level, Manner, Optional, SettlingBody, TimeLimit,
};
use tthc_core::consultation::{Response, ResponseKind};
use tthc_core::{
    Action, Answer, Assessment, Component, ComponentValue, ConsultationField, Date, DocumentType,
    DraftField, Finding, FindingCode, ProcedureKind, Registry, Severity, Side, check,
    sample::sample,
};

fn run(a: &Assessment) -> Vec<Finding> {
    check(
        a,
        Registry::bundled()
            .resolve(&a.ruleset)
            .expect("bundled ruleset"),
    )
}

fn codes(a: &Assessment) -> Vec<FindingCode> {
    run(a).iter().map(|f| f.code).collect()
}

fn date(s: &str) -> Option<Date> {
    Some(s.parse().expect("date"))
}

fn set(a: &mut Assessment, id: &str, side: Side, value: ComponentValue) {
    a.apply(Action::SetComponent {
        id: id.into(),
        side,
        value,
    });
}

#[test]
fn the_sample_has_no_error_or_warning() {
    let findings = run(&sample());
    let serious: Vec<_> = findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(ToString::to_string)
        .collect();
    assert!(serious.is_empty(), "{serious:#?}");
    assert!(findings.iter().any(|f| f.code == FindingCode::ControlUnit));
}

#[test]
fn every_finding_says_where_what_and_why() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::Amended,
    });
    for f in run(&a) {
        assert!(!f.message.vi.is_empty() && !f.message.en.is_empty(), "{f}");
        assert!(!f.hint.vi.is_empty() && !f.hint.en.is_empty(), "{f}");
        assert!(!f.place.path().is_empty(), "{f}");
    }
}

#[test]
fn an_empty_draft_lists_every_missing_field_at_once() {
    let a = Assessment::default();
    let c = codes(&a);
    assert_eq!(
        c.iter()
            .filter(|c| **c == FindingCode::DraftFieldMissing)
            .count(),
        4
    );
    assert!(c.contains(&FindingCode::NoProcedures));
    assert!(c.contains(&FindingCode::ConsultationMissing));
    assert_eq!(
        c[0],
        FindingCode::AppraisalNotReady,
        "the intake gate comes first: {c:?}"
    );
}

#[test]
fn missing_components_of_article_8_are_errors() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::New,
    });
    let findings = run(&a);
    let missing: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::ComponentMissing)
        .filter_map(|f| f.place.component_at())
        .collect();
    assert_eq!(missing.len(), 7, "points a–g: {missing:?}");
    let undeclared = findings
        .iter()
        .filter(|f| f.code == FindingCode::ComponentUndeclared)
        .count();
    assert_eq!(undeclared, 4, "point h: result, forms, conditions, fees");
    let basis = findings
        .iter()
        .find(|f| f.code == FindingCode::ComponentMissing)
        .and_then(|f| f.basis.clone())
        .expect("basis");
    assert_eq!(basis.provision, "Điều 8 khoản 2");

    // Declaring fees present but listing none is still missing.
    set(
        &mut a,
        "p1",
        Side::After,
        ComponentValue::Fees(Optional {
            present: Some(true),
            value: vec![],
        }),
    );
    let f = run(&a);
    assert!(f.iter().any(|f| f.code == FindingCode::ComponentMissing
        && f.place.component_at() == Some(Component::Fees)));
    set(
        &mut a,
        "p1",
        Side::After,
        ComponentValue::Fees(Optional {
            present: Some(false),
            value: vec![],
        }),
    );
    assert!(
        !run(&a)
            .iter()
            .any(|f| f.place.component_at() == Some(Component::Fees))
    );
}

#[test]
fn an_amended_procedure_needs_its_changed_components() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::Amended,
    });
    assert!(codes(&a).contains(&FindingCode::NoChangedComponents));
    set(
        &mut a,
        "p1",
        Side::Before,
        ComponentValue::TimeLimit(TimeLimit {
            days: Some(10),
            ..TimeLimit::default()
        }),
    );
    a.apply(Action::MarkChanged {
        id: "p1".into(),
        component: Component::TimeLimit,
        changed: true,
    });
    let c = codes(&a);
    assert!(!c.contains(&FindingCode::NoChangedComponents));
    assert!(
        c.contains(&FindingCode::ChangedButIdentical),
        "after was copied from before"
    );
    assert!(c.contains(&FindingCode::TimeLimitNotShortened));
    set(
        &mut a,
        "p1",
        Side::After,
        ComponentValue::TimeLimit(TimeLimit {
            days: Some(5),
            ..TimeLimit::default()
        }),
    );
    let c = codes(&a);
    assert!(
        !c.contains(&FindingCode::ChangedButIdentical)
            && !c.contains(&FindingCode::TimeLimitNotShortened),
        "{c:?}"
    );
    // An amended version of an unmarked component is ignored, and said to be.
    set(
        &mut a,
        "p1",
        Side::After,
        ComponentValue::Name("Tên mới".into()),
    );
    set(
        &mut a,
        "p1",
        Side::Before,
        ComponentValue::Name("Tên cũ".into()),
    );
    assert!(codes(&a).contains(&FindingCode::ChangedNotMarked));
}

#[test]
fn unanswered_items_missing_reasons_and_open_points() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::New,
    });
    let count = |a: &Assessment, code| run(a).iter().filter(|f| f.code == code).count();
    let unanswered = count(&a, FindingCode::ItemUnanswered);
    assert!(unanswered > 10, "{unanswered}");
    let answer = |a: &mut Assessment, answer| {
        a.apply(Action::Answer {
            id: "p1".into(),
            key: "tt03.c.name.1".into(),
            answer,
        });
    };
    answer(&mut a, Answer::choice("yes"));
    assert_eq!(count(&a, FindingCode::ItemUnanswered), unanswered - 1);
    assert_eq!(count(&a, FindingCode::ReasonMissing), 1);
    answer(
        &mut a,
        Answer {
            unsure: true,
            ..Answer::choice("yes")
        },
    );
    assert_eq!(count(&a, FindingCode::ReasonMissing), 0);
    assert_eq!(
        count(&a, FindingCode::ItemUnsure),
        1,
        "unsure is an open point, not an error"
    );
    answer(&mut a, Answer::choice("maybe"));
    let f = run(&a);
    let invalid = f
        .iter()
        .find(|f| f.code == FindingCode::AnswerInvalid)
        .expect("invalid answer reported");
    assert!(
        invalid
            .message
            .en
            .contains("expected one of (yes, no), found \"maybe\""),
        "{}",
        invalid.message.en
    );
}

#[test]
fn the_control_unit_follows_the_document_type() {
    let mut a = Assessment::default();
    let unit = |a: &Assessment| {
        run(a).into_iter().find(|f| {
            matches!(
                f.code,
                FindingCode::ControlUnit | FindingCode::ControlUnitUnlisted
            )
        })
    };
    a.apply(Action::SetDraft(DraftField::DocumentType(Some(
        DocumentType::Circular,
    ))));
    let f = unit(&a).expect("finding");
    assert_eq!(
        (f.code, f.severity),
        (FindingCode::ControlUnit, Severity::Info)
    );
    assert!(f.message.vi.contains("Văn phòng Bộ"));
    a.apply(Action::SetDraft(DraftField::DocumentType(Some(
        DocumentType::ProvincialCouncilResolution,
    ))));
    let f = unit(&a).expect("finding");
    assert_eq!(
        (f.code, f.severity),
        (FindingCode::ControlUnitUnlisted, Severity::Warning)
    );
}

#[test]
fn the_intake_gate_needs_the_comments_and_their_answers() {
    let mut a = sample();
    assert!(!codes(&a).contains(&FindingCode::AppraisalNotReady));
    a.apply(Action::AddComment {
        procedure: Some("p1".into()),
        text: "Đề nghị làm rõ".into(),
    });
    let c = codes(&a);
    assert!(
        c.contains(&FindingCode::CommentUnanswered) && c.contains(&FindingCode::AppraisalNotReady)
    );
    a.apply(Action::Respond {
        id: "c3".into(),
        response: Some(Response {
            kind: ResponseKind::Explained,
            text: "Đã làm rõ tại Điều 6".into(),
        }),
    });
    assert!(!codes(&a).contains(&FindingCode::AppraisalNotReady));
    a.apply(Action::SetConsultation(ConsultationField::Received(None)));
    let f = run(&a);
    let gate = f
        .iter()
        .find(|f| f.code == FindingCode::AppraisalNotReady)
        .expect("gate");
    assert!(
        gate.message
            .en
            .contains("the control unit's comments are missing"),
        "{}",
        gate.message.en
    );
    assert!(
        f.iter()
            .any(|f| f.code == FindingCode::ConsultationMissing && f.severity == Severity::Error)
    );
    assert_eq!(
        gate.basis.as_ref().map(|b| b.provision.as_str()),
        Some("Điều 11 khoản 3")
    );
}

#[test]
fn a_district_body_is_an_error_in_a_draft_dated_after_the_reform() {
    let mut a = sample();
    let body = SettlingBody {
        name: "UBND quận".into(),
        level: Some(Level::District),
        ..SettlingBody::default()
    };
    set(
        &mut a,
        "p1",
        Side::After,
        ComponentValue::SettlingBody(body),
    );
    let severity = |a: &Assessment| {
        run(a)
            .into_iter()
            .find(|f| f.code == FindingCode::DistrictLevel)
            .map(|f| f.severity)
    };
    a.apply(Action::SetDraft(DraftField::Date(date("2025-07-01"))));
    assert_eq!(severity(&a), Some(Severity::Error));
    a.apply(Action::SetDraft(DraftField::Date(date("2025-06-30"))));
    assert_eq!(
        severity(&a),
        None,
        "before the two-tier reform a district body was lawful"
    );
    a.apply(Action::SetDraft(DraftField::Date(None)));
    assert_eq!(
        severity(&a),
        Some(Severity::Warning),
        "undated: flagged for a look"
    );
}

#[test]
fn documents_held_in_national_databases_are_flagged_while_nq_66_7_is_in_force() {
    let mut a = sample();
    let mut dossier = a.procedures[0].after.dossier.clone();
    dossier.documents.push(DossierDocument {
        name: "Bản sao Giấy khai sinh".into(),
        reason: "Xác định tuổi".into(),
        ..DossierDocument::default()
    });
    dossier.documents.push(DossierDocument {
        name: "Giấy xác nhận khác".into(),
        reason: "Theo yêu cầu".into(),
        in_national_database: true,
        ..DossierDocument::default()
    });
    set(&mut a, "p1", Side::After, ComponentValue::Dossier(dossier));
    let flagged = |a: &Assessment| {
        run(a)
            .iter()
            .filter(|f| f.code == FindingCode::DatabaseDocument)
            .count()
    };
    assert_eq!(
        flagged(&a),
        2,
        "one by its name, one by the drafter's own mark"
    );
    a.apply(Action::SetDraft(DraftField::Date(date("2027-03-01"))));
    assert_eq!(flagged(&a), 0, "NQ 66.7/2025 is in force until 28/02/2027");
}

#[test]
fn no_online_channel_and_fees_without_basis_are_warnings() {
    let mut a = sample();
    let manner = Manner {
        submission: Channels {
            in_person: true,
            post: false,
            online: false,
        },
        ..Manner::default()
    };
    set(&mut a, "p1", Side::After, ComponentValue::Manner(manner));
    let fee = Fee {
        name: "Lệ phí".into(),
        ..Fee::default()
    };
    set(
        &mut a,
        "p1",
        Side::After,
        ComponentValue::Fees(Optional {
            present: Some(true),
            value: vec![fee],
        }),
    );
    let f = run(&a);
    for code in [
        FindingCode::NoOnlineChannel,
        FindingCode::FeeBasisMissing,
        FindingCode::FeeAmountMissing,
    ] {
        let found = f
            .iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("{code} expected"));
        assert_eq!(found.severity, Severity::Warning, "{code}");
    }
}

#[test]
fn a_superseded_ruleset_is_flagged() {
    let a = Assessment::new(Registry::bundled().latest("nd63-2010").expect("bundled"));
    assert!(codes(&a).contains(&FindingCode::RulesetSuperseded));
}

#[test]
fn findings_paths_point_into_the_file() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::New,
    });
    let paths: Vec<_> = run(&a).iter().map(|f| f.place.path()).collect();
    assert!(
        paths.contains(&"procedures/p1/after/time_limit".to_owned()),
        "{paths:?}"
    );
    assert!(paths.contains(&"procedures/p1/answers/tt03.c.name.1".to_owned()));
    assert!(paths.contains(&"draft.title".to_owned()));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Every finding leads to a page of the guided flow where its subject is edited: the page of its own
    /// procedure when it is about one (or the appraisal, for an appraisal comment), never the start page.
    #[test]
    fn every_finding_leads_to_the_page_of_its_subject(a in tthc_tests::arbitrary::assessment(4)) {
        use tthc_core::{Location, ProcedureStep};
        for f in run(&a) {
            let to = f.place.location();
            proptest::prop_assert!(to != Location::Start && to != Location::Dossier, "{f}");
            if let Some(id) = f.procedure() {
                let ok = match &to {
                    Location::Procedure { id: page, step } => {
                        page == id
                            && (f.place.component_at().is_none() || *step == ProcedureStep::Components)
                            && (f.place.item_at().is_none() || *step == ProcedureStep::Form)
                    }
                    Location::Appraisal => f.code == FindingCode::AppraisalCommentUnanswered,
                    _ => false,
                };
                proptest::prop_assert!(ok, "{f} → {to:?}");
            }
        }
    }
}

/// The appraised sample after its second procedure was removed by hand from the file (so that nothing
/// unlinked what referred to it), with an answer to a question of the 2010 forms, an answer about a form
/// that is no longer listed, and a comment about an activity that was removed.
fn with_leftovers() -> Assessment {
    use tthc_core::comment::{Anchor, Comment};
    use tthc_core::scenario::CostInput;
    let mut a = tthc_tests::appraised_sample();
    a.apply(Action::Cost(tthc_core::CostAction::Record(Box::new(
        tthc_core::cost::compute(&a).result(),
    ))));
    a.procedures.remove(1);
    let p = &mut a.procedures[0];
    p.answers.insert(
        "nd63.pl1.1".into(),
        Answer::choice_with_reason("yes", "Thủ tục cần thiết để quản lý việc sử dụng hè phố."),
    );
    let form_item = "tt03.c.forms.a";
    p.answers
        .insert(format!("{form_item}@f99"), Answer::text("Mẫu đơn đã bỏ"));
    a.consultation.comments.push(Comment {
        id: "c9".into(),
        procedure: Some("p1".into()),
        anchor: Some(Anchor::Cost {
            side: Side::After,
            input: CostInput::Activity("a99".into()),
        }),
        text: "Công việc này tốn nhiều thời gian.".into(),
        response: None,
    });
    a
}

#[test]
fn what_the_file_keeps_but_nothing_counts_is_said_where_it_is_and_why() {
    let a = with_leftovers();
    let findings = run(&a);
    let of = |code: FindingCode| {
        findings
            .iter()
            .filter(|f| f.code == code)
            .collect::<Vec<_>>()
    };
    // The answers: the 2010 question is quoted, with its forms; the one about a removed form is said too.
    let answers = of(FindingCode::AnswerIgnored);
    assert_eq!(answers.len(), 2, "{answers:#?}");
    assert!(
        answers
            .iter()
            .all(|f| f.place.path() == "procedures/p1/answers-ignored")
    );
    assert!(
        answers[0]
            .message
            .vi
            .contains("không có trong bộ biểu mẫu đang dùng"),
        "{}",
        answers[0].message.vi
    );
    assert!(
        answers[0]
            .message
            .vi
            .contains("Thủ tục cần thiết để quản lý"),
        "the answer is quoted"
    );
    assert!(
        answers[0].message.vi.contains("2010"),
        "the forms that ask it are named: {}",
        answers[0].message.vi
    );
    assert!(
        answers[1].message.vi.contains("không còn trong danh sách"),
        "{}",
        answers[1].message.vi
    );
    // The comments: about a removed activity; the appraiser's about the removed procedure.
    let anchors = of(FindingCode::AnchorIgnored);
    let paths: Vec<_> = anchors.iter().map(|f| f.place.path()).collect();
    assert!(paths.contains(&"consultation/c9".to_owned()), "{paths:?}");
    assert!(
        anchors
            .iter()
            .any(|f| f.message.vi.contains("không còn trong dự thảo")),
        "{anchors:#?}"
    );
    // The appraisal's opinions on the removed procedure; the figures recorded for it.
    let appraisal = of(FindingCode::AppraisalIgnored);
    assert_eq!(appraisal.len(), 1, "{appraisal:#?}");
    assert!(
        appraisal[0].message.vi.starts_with("Tệp có 1 nhận xét"),
        "{}",
        appraisal[0].message.vi
    );
    let recorded = of(FindingCode::RecordedIgnored);
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].place.path(), "appraisal/recompute");
    assert!(
        !findings
            .iter()
            .any(|f| f.code == FindingCode::CostMismatch && f.procedure() == Some("p2")),
        "figures of a removed procedure are not compared one by one"
    );
    for f in answers
        .iter()
        .chain(&anchors)
        .chain(&appraisal)
        .chain(&recorded)
    {
        assert_eq!(f.severity, Severity::Info);
        for lang in [tthc_core::Lang::Vi, tthc_core::Lang::En] {
            let words = format!("{} {}", f.message.get(lang), f.hint.get(lang));
            assert!(
                !words.contains("p2")
                    && !words.contains("a99")
                    && !words.contains("nd63.")
                    && !words.contains("f99"),
                "{words}"
            );
        }
    }
    // Nothing is dropped: all of it goes through the file.
    let back = tthc_core::file::import(&tthc_core::file::export(&a)).expect("opens");
    assert_eq!(back, a);
}
