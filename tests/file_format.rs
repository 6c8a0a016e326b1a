//! The file format: export → import is the identity, output is deterministic, old files keep opening, and
//! every bad file gets a message that says what was expected and what was found — without changing anything.

use proptest::prelude::*;
use tthc_core::file::{self, ImportError, MAX_BYTES, SCHEMA_VERSION};
use tthc_core::{Assessment, Registry, Ruleset, sample::sample};
use tthc_tests::arbitrary::assessment;

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_the_identity(a in assessment(40)) {
        let text = file::export(&a);
        let back = file::import(&text).expect("an exported file opens");
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(file::export(&back), text);
    }
}

/// Every file ever written still opens: a fixture of every released schema version and of every released
/// ruleset version (`tests/fixtures/files/`), each opened, checked and rendered into golden files
/// (`tests/golden/files/`). A new schema or ruleset version must add its fixture here, forever.
#[test]
fn every_released_schema_and_ruleset_version_opens_checks_and_renders_as_it_did() {
    use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
    let fixtures = tthc_tests::fixtures_in("files", "json");
    let opened: Vec<(String, Assessment)> = fixtures
        .iter()
        .map(|path| {
            let name = path
                .file_stem()
                .and_then(|n| n.to_str())
                .expect("a name")
                .to_owned();
            let text = std::fs::read_to_string(path).expect("a fixture");
            let a = file::import(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, a)
        })
        .collect();
    for v in 1..=SCHEMA_VERSION {
        assert!(
            opened
                .iter()
                .any(|(name, _)| *name == format!("schema-v{v}")),
            "expected a fixture tests/fixtures/files/schema-v{v}.json for schema version {v}, found none"
        );
    }
    for r in Registry::bundled().all() {
        assert!(
            opened
                .iter()
                .any(|(_, a)| a.ruleset.id == r.id && a.ruleset.version == r.version),
            "expected a fixture made with the ruleset {} in tests/fixtures/files/, found none",
            r.reference()
        );
    }
    let options = Options {
        lang: tthc_core::Lang::Vi,
        date: "2026-12-01".parse().expect("date"),
        format: Format::Markdown,
    };
    for (name, a) in &opened {
        let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
        let analysis = tthc_core::Analysis::new(a, ruleset);
        let findings: String = analysis
            .findings()
            .iter()
            .map(|f| format!("{}\n", f.line(tthc_core::Lang::Vi)))
            .collect();
        tthc_tests::assert_golden(&format!("files/{name}.check.txt"), &findings);
        let dossier =
            render_dossier(a, &analysis, options, &Templates::bundled()).expect("renders");
        tthc_tests::assert_golden(&format!("files/{name}.dossier.vi.md"), &dossier);
        let report =
            render_appraisal(a, &analysis, options, &Templates::bundled()).expect("renders");
        tthc_tests::assert_golden(&format!("files/{name}.appraisal.vi.md"), &report);
    }
}

#[test]
fn the_sample_is_stored_exactly_as_exported() {
    // The shipped sample is in canonical form: it is its own export. After editing it by hand, run the
    // tests with UPDATE_GOLDEN=1 to write it back in canonical form.
    let canonical = file::export(&sample());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("core/data/sample/hanoi-he-pho.json");
        std::fs::write(path, &canonical).expect("write the sample");
        return;
    }
    assert!(
        canonical == tthc_core::sample::SAMPLE_JSON,
        "core/data/sample/hanoi-he-pho.json is not in canonical form; run the tests with UPDATE_GOLDEN=1"
    );
}

#[test]
fn a_file_keeps_its_ruleset_version_after_a_newer_one_ships() {
    let v1 = Registry::bundled()
        .resolve(&sample().ruleset)
        .expect("bundled")
        .clone();
    let mut json: serde_json::Value = serde_json::from_str(
        Registry::bundled_files()
            .iter()
            .find(|(n, _)| n.starts_with(&format!("tt03-2022.v{}", v1.version)))
            .expect("bundled file")
            .1,
    )
    .expect("json");
    json["version"] = serde_json::json!(v1.version + 1);
    json["forms"][1]["sections"][1]["items"][0]["text"]["vi"] =
        serde_json::json!("Câu hỏi đã sửa trong phiên bản mới");
    let v2 = Ruleset::from_json(&json.to_string()).expect("reads");
    let mut registry = Registry::default();
    registry.add(v1.clone());
    registry.add(v2);
    assert_eq!(
        registry.latest("tt03-2022").map(|r| r.version),
        Some(v1.version + 1)
    );

    let a = file::import_with(tthc_core::sample::SAMPLE_JSON, &registry).expect("opens");
    let used = registry.resolve(&a.ruleset).expect("its own version");
    assert_eq!(used.version, v1.version);
    assert_eq!(
        used.item("tt03.proposal.i.1").map(|i| i.text.vi.clone()),
        v1.item("tt03.proposal.i.1").map(|i| i.text.vi.clone()),
        "the old file reads the wording it was made with"
    );
}

fn err(text: &str) -> ImportError {
    file::import(text).expect_err("must be refused")
}

#[test]
fn bad_files_say_what_was_expected_and_what_was_found() {
    let cases: Vec<(String, &str)> = vec![
        ("not json at all".into(), "expected a JSON document, found invalid JSON at line 1, column 2"),
        ("[1, 2]".into(), "expected an assessment file (\"format\": \"tthc-assessment\"), found an array of 2 values"),
        (r#"{"format": "excel"}"#.into(), "found \"format\": \"excel\""),
        (r#"{"title": "x"}"#.into(), "found an object without \"format\""),
        (r#"{"format": "tthc-assessment"}"#.into(), "expected a schema version at `schema_version`, found nothing"),
        (r#"{"format": "tthc-assessment", "schema_version": "1"}"#.into(), "expected a whole number from 1 at `schema_version`, found the string \"1\""),
        (
            r#"{"format": "tthc-assessment", "schema_version": 99}"#.into(),
            "expected schema version 4 or older, found 99: this file was written by a newer version of the software",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"kind\": \"amended\"", "\"kind\": \"changed\""),
            "at `procedures[1].kind`, found the variant `changed`",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"days\": 5,\n          \"unit\": \"working_days\",\n          \"reason\": \"Đủ", "\"days\": \"năm\",\n          \"unit\": \"working_days\",\n          \"reason\": \"Đủ"),
            "expected u32 at `procedures[0].after.time_limit.days`, found string \"năm\"",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"date\": \"2026-10-15\"", "\"date\": \"2026-02-30\""),
            "at `draft.date`",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"field\": \"Đường bộ\",", "\"field\": \"Đường bộ\", \"colour\": 1,"),
            "found the unknown field `colour`",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replacen("\"version\": 2,", "\"version\": 7,", 1),
            "expected a ruleset this software knows (nd63-2010@1, nd63-2010@2, tt03-2022@1, tt03-2022@2), found tt03-2022@7",
        ),
    ];
    for (text, expected) in cases {
        let message = err(&text).to_string();
        assert!(
            message.contains(expected),
            "expected the message to contain {expected:?}, got {message:?}"
        );
        assert!(message.starts_with("expected"), "{message}");
    }
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = " ".repeat(MAX_BYTES + 1);
    assert_eq!(
        err(&big),
        ImportError::TooLarge {
            limit: MAX_BYTES,
            found: MAX_BYTES + 1
        }
    );
}

#[test]
fn the_canonical_form_ignores_where_the_user_was() {
    let mut a = sample();
    let before = file::canonical(&a);
    a.apply(tthc_core::Action::Navigate(tthc_core::Location::Checks));
    assert_ne!(
        file::export(&a),
        file::export(&sample()),
        "the location is saved for resuming"
    );
    assert_eq!(
        file::canonical(&a),
        before,
        "but it is not part of the content"
    );
    assert!(!before.contains("location"));
}

#[test]
fn list_entries_without_ids_get_them_on_import() {
    let text = tthc_core::sample::SAMPLE_JSON.replace("\"id\": \"d2\",", "");
    let a: Assessment = file::import(&text).expect("opens");
    let ids: Vec<_> = a.procedures[0]
        .after
        .dossier
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(ids, ["d1", "d2"]);
}

/// Each enum's `key()` (used in paths, in the command line's output and in the app's form controls) is the
/// name the file format writes for it.
#[test]
fn every_key_is_the_name_the_file_uses() {
    fn same<T: serde::Serialize + Copy + std::fmt::Debug>(all: &[T], key: fn(T) -> &'static str) {
        for &v in all {
            let written = serde_json::to_string(&v).expect("serializes");
            assert_eq!(written, format!("\"{}\"", key(v)), "{v:?}");
        }
    }
    use tthc_core::appraisal::Verdict;
    use tthc_core::component::{Actor, CopyForm, DayKind, FeeKind, Level, ResultKind, Scope};
    use tthc_core::consultation::ResponseKind;
    use tthc_core::cost::ActivityKind;
    use tthc_core::ruleset::Criterion;
    use tthc_core::{Component, DocumentType, ProcedureKind, Severity, Side, Stage};
    same(&Component::ALL, Component::key);
    same(&ProcedureKind::ALL, ProcedureKind::key);
    same(&DocumentType::ALL, DocumentType::key);
    same(&Stage::ALL, Stage::key);
    same(&[Side::Before, Side::After], Side::key);
    same(&Criterion::ALL, Criterion::key);
    same(
        &[Severity::Error, Severity::Warning, Severity::Info],
        Severity::key,
    );
    same(&Actor::ALL, Actor::key);
    same(&CopyForm::ALL, CopyForm::key);
    same(&DayKind::ALL, DayKind::key);
    same(&Scope::ALL, Scope::key);
    same(&Level::ALL, Level::key);
    same(&ResultKind::ALL, ResultKind::key);
    same(&FeeKind::ALL, FeeKind::key);
    same(&ActivityKind::ALL, ActivityKind::key);
    same(&Verdict::ALL, Verdict::key);
    same(&ResponseKind::ALL, ResponseKind::key);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// The canonical JSON (and so the fingerprint printed in every dossier) is the exported file read
    /// back as a JSON value, without the location: the same bytes as the earlier way of making it.
    #[test]
    fn the_canonical_json_is_the_file_read_back_without_the_location(
        a in tthc_tests::arbitrary::assessment(12),
    ) {
        let mut read_back: serde_json::Value =
            serde_json::from_str(&tthc_core::file::export(&a)).expect("the export reads");
        if let serde_json::Value::Object(map) = &mut read_back {
            map.remove("location");
        }
        // The canonical form keeps the schema version it was defined with, so that the fingerprint
        // of a file does not change when only the schema version does.
        read_back["schema_version"] = serde_json::json!(2);
        proptest::prop_assert_eq!(tthc_core::file::canonical(&a), read_back.to_string());
    }
}

/// A file that begins as this build writes files is read once, straight into its types; text that is not
/// JSON further on is still said to be not JSON, with its line; a newer version is still refused.
#[test]
fn a_current_file_is_read_once_and_its_errors_are_still_said() {
    let good = tthc_core::file::export(&tthc_core::sample::sample());
    assert!(tthc_core::file::import(&good).is_ok());
    let at = good.rfind("\"parameters\"").expect("parameters");
    let broken = format!("{}@{}", &good[..at], &good[at..]);
    let e = tthc_core::file::import(&broken)
        .map(|_| ())
        .expect_err("not JSON");
    assert!(
        matches!(e, tthc_core::file::ImportError::NotJson { line, .. } if line > 100),
        "{e}"
    );
    let newer = good.replacen("\"schema_version\": 4,", "\"schema_version\": 20,", 1);
    assert!(matches!(
        tthc_core::file::import(&newer),
        Err(tthc_core::file::ImportError::TooNew { found: 20, .. })
    ));
    let compact =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&good).expect("json"))
            .expect("text");
    assert_eq!(
        tthc_core::file::import(&compact).ok(),
        tthc_core::file::import(&good).ok()
    );
}

/// The sample as a hand-edited file: ids used twice in every kind of list that has them.
fn sample_with_ids_twice() -> Assessment {
    let mut a = sample();
    a.procedures[1].id = "p1".into();
    a.procedures[0].after.dossier.documents[1].id = "d1".into();
    let form = a.procedures[0].after.forms.value[0].clone();
    a.procedures[0].after.forms.value.push(form);
    a.procedures[0].cost.after.activities[2].id = "a1".into();
    a.consultation.comments[1].id = "c1".into();
    a
}

#[test]
fn ids_used_twice_are_renamed_on_opening_the_first_keeps_its_own_and_nothing_is_lost() {
    let a = sample_with_ids_twice();
    let text = serde_json::to_string_pretty(&a).expect("serialises");
    let opened = file::open(&text).expect("opens");
    let b = &opened.assessment;
    let lists: Vec<_> = opened.renamed.iter().map(|r| r.list.key()).collect();
    assert_eq!(
        lists,
        [
            "procedures",
            "consultation_comments",
            "documents",
            "forms",
            "activities"
        ]
    );
    // The first keeps the id; the later one gets one more than the largest.
    let ids = |list: &[tthc_core::Procedure]| list.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&b.procedures), ["p1", "p4", "p3"]);
    assert_eq!(
        b.procedures[1].after.name, a.procedures[1].after.name,
        "the renamed one keeps its content"
    );
    assert_eq!(b.procedures[1].answers, a.procedures[1].answers);
    let docs: Vec<_> = b.procedures[0]
        .after
        .dossier
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(docs, ["d1", "d2"]);
    let forms: Vec<_> = b.procedures[0]
        .after
        .forms
        .value
        .iter()
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(forms, ["f1", "f2"]);
    assert_eq!(b.procedures[0].cost.after.activities[2].id, "a9");
    let comments: Vec<_> = b
        .consultation
        .comments
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(comments, ["c1", "c2"]);
    // References stay with the first: the comment about p1 is about the first procedure.
    assert_eq!(
        b.consultation
            .comments
            .iter()
            .filter(|c| c.procedure.as_deref() == Some("p1"))
            .count(),
        a.consultation
            .comments
            .iter()
            .filter(|c| c.procedure.as_deref() == Some("p1"))
            .count()
    );
    // Nothing is removed, and the result opens as it is.
    assert_eq!(b.procedures.len(), a.procedures.len());
    let again = file::open(&file::export(b)).expect("opens");
    assert!(again.renamed.is_empty());
    assert_eq!(&again.assessment, b);
}

#[test]
fn each_renamed_id_is_a_finding_in_words_at_the_renamed_entry() {
    let text = serde_json::to_string_pretty(&sample_with_ids_twice()).expect("serialises");
    let opened = file::open(&text).expect("opens");
    let findings = opened.findings();
    assert_eq!(findings.len(), 5);
    let paths: Vec<_> = findings.iter().map(|f| f.place.path()).collect();
    assert_eq!(
        paths,
        [
            "procedures/p4",
            "consultation/c2",
            "procedures/p1/after/dossier/documents/d2",
            "procedures/p1/after/forms/forms/f2",
            "procedures/p1/cost/after/activities/a9",
        ]
    );
    for f in &findings {
        assert_eq!(f.code.as_str(), "id-renamed");
        for lang in [tthc_core::Lang::Vi, tthc_core::Lang::En] {
            let words = format!("{} {}", f.message.get(lang), f.hint.get(lang));
            for id in ["p1", "p4", "c1", "c2", "d1", "d2", "f1", "f2", "a1", "a9"] {
                assert!(
                    !words.split(|c: char| !c.is_alphanumeric()).any(|w| w == id),
                    "{words}"
                );
            }
        }
    }
    assert_eq!(
        findings[0].message.vi,
        format!(
            "Thủ tục thứ 2 ({}) có cùng mã định danh với thủ tục thứ 1 trong tệp; phần mềm đã đặt mã mới cho thủ tục thứ 2.",
            opened.assessment.procedures[1].name()
        )
    );
    assert!(
        findings[3].message.vi.contains("mẫu đơn, tờ khai thứ 2"),
        "{}",
        findings[3].message.vi
    );
}
