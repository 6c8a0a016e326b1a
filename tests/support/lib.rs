//! Helpers shared by the workspace integration tests: where the fixtures are, golden-file comparison, and
//! generators of arbitrary assessments for property tests.

pub mod arbitrary;
pub mod payloads;

use std::path::{Path, PathBuf};
use std::{env, fs};

/// The `tests/` folder of the workspace.
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// A file under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    tests_dir().join("fixtures").join(relative)
}

/// Reads a fixture as text.
///
/// # Panics
/// If the fixture cannot be read (a test setup error).
pub fn read_fixture(relative: &str) -> String {
    let path = fixture(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every file in a fixture folder with the given extension, sorted.
///
/// # Panics
/// If the folder cannot be read.
pub fn fixtures_in(folder: &str, extension: &str) -> Vec<PathBuf> {
    let dir = fixture(folder);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// Compares `actual` with the golden file `tests/golden/<name>`. With `UPDATE_GOLDEN=1` the golden file is
/// written instead. On a difference, the first differing line is shown.
///
/// # Panics
/// When the output differs from the golden file (that is the test failing).
pub fn assert_golden(name: &str, actual: &str) {
    let path = tests_dir().join("golden").join(name);
    if env::var_os("UPDATE_GOLDEN").is_some() {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create golden folder");
        }
        fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read golden file {} ({e}); run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "output differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\nrun with UPDATE_GOLDEN=1 to accept the new output",
            path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end of file>"),
            actual.lines().nth(line).unwrap_or("<end of file>"),
        );
    }
}

/// The sample with an appraisal: an opinion on every criterion of every procedure, one checklist point
/// confirmed and one overridden, comments anchored to an answer, a component and a cost input, a general
/// comment, the drafter's responses to two of them, and a conclusion.
pub fn appraised_sample() -> tthc_core::Assessment {
    use tthc_core::appraisal::{AppraisalField, Opinion, PointAnswer};
    use tthc_core::comment::Anchor;
    use tthc_core::consultation::{Response, ResponseKind};
    use tthc_core::ruleset::Criterion;
    use tthc_core::{Action, AppraisalAction, Component, Side, Verdict};
    let mut a = tthc_core::sample::sample();
    let mut act = |x: AppraisalAction| a.apply(Action::Appraisal(x));
    act(AppraisalAction::Set(AppraisalField::Body(
        "Sở Tư pháp thành phố Hà Nội".into(),
    )));
    act(AppraisalAction::Set(AppraisalField::Reference(
        "000/BC-STP".into(),
    )));
    act(AppraisalAction::Set(AppraisalField::Appraiser(
        "Trần Văn Minh".into(),
    )));
    act(AppraisalAction::Set(AppraisalField::Date(Some(
        "2026-11-20".parse().expect("date"),
    ))));
    act(AppraisalAction::Set(AppraisalField::Issuance(
        tthc_core::Issuance {
            superior_body: "Ủy ban nhân dân thành phố Hà Nội".into(),
            signer: tthc_core::Signer {
                authority: "KT. Giám đốc".into(),
                title: "Phó Giám đốc".into(),
                name: "Phạm Thị Hoa (giả định cho ví dụ)".into(),
            },
            ..tthc_core::Issuance::default()
        },
    )));
    for p in ["p1", "p2", "p3"] {
        for c in Criterion::ALL {
            let (verdict, comment) = match (p, c) {
                ("p1", Criterion::ComplianceCost) => (
                    Verdict::NeedsMore,
                    "Đề nghị làm rõ nguồn số liệu số đối tượng thực hiện.",
                ),
                ("p2", Criterion::Reasonableness) => (
                    Verdict::Meets,
                    "Thời hạn giải quyết đã được rút ngắn một nửa.",
                ),
                _ => (Verdict::Meets, ""),
            };
            act(AppraisalAction::SetOpinion {
                procedure: p.into(),
                criterion: c,
                opinion: Opinion {
                    verdict: Some(verdict),
                    comment: comment.into(),
                },
            });
        }
    }
    act(AppraisalAction::SetPoint {
        key: "tt03.appraisal.necessity.objective@p1".into(),
        answer: Some(PointAnswer {
            holds: true,
            note: String::new(),
        }),
    });
    act(AppraisalAction::SetPoint {
        key: "tt03.appraisal.cost.sources@p1".into(),
        answer: Some(PointAnswer {
            holds: false,
            note: "Nguồn số đối tượng là ước tính, chưa có số liệu thống kê.".into(),
        }),
    });
    act(AppraisalAction::AddComment {
        procedure: Some("p2".into()),
        anchor: Some(Anchor::Item { key: "tt03.c.time-limit.b".into() }),
        text: "Đề nghị nghiên cứu rút ngắn tiếp thời hạn xuống 03 ngày làm việc khi liên thông điện tử với cơ quan công an.".into(),
    });
    act(AppraisalAction::AddComment {
        procedure: Some("p1".into()),
        anchor: Some(Anchor::Cost {
            side: Side::After,
            input: tthc_core::scenario::CostInput::Activity("a3".into()),
        }),
        text: "Số giờ chuẩn bị sơ đồ vị trí (3 giờ) cần có căn cứ khảo sát.".into(),
    });
    act(AppraisalAction::AddComment {
        procedure: Some("p2".into()),
        anchor: Some(Anchor::Component {
            side: Side::After,
            component: Component::SettlingBody,
        }),
        text: "Thống nhất giao Ủy ban nhân dân cấp xã.".into(),
    });
    act(AppraisalAction::AddComment {
        procedure: None,
        anchor: None,
        text: "Đề nghị rà soát thống nhất tên gọi các thủ tục trong dự thảo.".into(),
    });
    act(AppraisalAction::Respond {
        id: "y1".into(),
        response: Some(Response { kind: ResponseKind::Explained, text: "Liên thông điện tử với cơ quan công an chưa sẵn sàng; sẽ xem xét khi hệ thống vận hành.".into() }),
    });
    act(AppraisalAction::Respond {
        id: "y2".into(),
        response: Some(Response {
            kind: ResponseKind::Accepted,
            text: "Đã bổ sung kết quả khảo sát 30 hồ sơ mẫu vào phụ lục.".into(),
        }),
    });
    act(AppraisalAction::Set(AppraisalField::Conclusion(
        "Các quy định về thủ tục hành chính trong dự thảo cơ bản bảo đảm sự cần thiết, tính hợp pháp, tính hợp lý; đề nghị cơ quan chủ trì soạn thảo làm rõ nguồn số liệu chi phí tuân thủ của thủ tục 1 trước khi trình.".into(),
    )));
    a
}
