//! The bundled rulesets: they read, lint clean, are named after their id and version, and the lint catches
//! each kind of mistake an editor can make (one fixture per lint message).

use tthc_core::ruleset::{LintLevel, Status, lint};
use tthc_core::{Registry, Ruleset};
use tthc_tests::{fixtures_in, read_fixture};

#[test]
fn bundled_rulesets_read_and_lint_clean() {
    let files = Registry::bundled_files();
    assert!(
        files.len() >= 2,
        "expected tt03-2022 and nd63-2010, found {}",
        files.len()
    );
    for (name, json) in files {
        let ruleset = Ruleset::from_json(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let messages = lint(&ruleset);
        assert!(
            messages.is_empty(),
            "{name} must lint clean:\n{}",
            messages
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert_eq!(
            *name,
            format!("{}.v{}.json", ruleset.id, ruleset.version),
            "a ruleset file is named <id>.v<version>.json"
        );
    }
    let registry = Registry::bundled();
    assert_eq!(
        registry.all().len(),
        files.len(),
        "every bundled file is in the registry"
    );
    assert_eq!(registry.default_ruleset().id, "tt03-2022");
}

#[test]
fn the_2010_forms_are_complete_and_official() {
    let r = Registry::bundled().latest("nd63-2010").expect("bundled");
    assert!(r.superseded);
    // Phụ lục I has 16 numbered questions, Phụ lục II 7, Phụ lục III 14.
    let numbered = |prefix: &str| {
        r.all_items()
            .iter()
            .filter(|i| {
                i.item.id.starts_with(prefix)
                    && i.item.id[prefix.len()..]
                        .chars()
                        .all(|c| c.is_ascii_digit())
            })
            .count()
    };
    assert_eq!(numbered("nd63.pl1."), 16);
    assert_eq!(numbered("nd63.pl2."), 7);
    assert_eq!(numbered("nd63.pl3."), 14);
    // The numbered questions themselves are all verbatim.
    for i in r.all_items() {
        let id = &i.item.id;
        let is_question = ["nd63.pl1.", "nd63.pl2.", "nd63.pl3."]
            .iter()
            .any(|p| id.starts_with(p) && id[p.len()..].chars().all(|c| c.is_ascii_digit()));
        if is_question {
            assert_eq!(i.provenance.status, Status::Official, "{id}");
            assert!(i.provenance.basis.is_some(), "{id}");
        }
    }
    let q4 = r.item("nd63.pl1.4").expect("question 4");
    assert_eq!(
        q4.text.vi,
        "Với câu trả lời đối với các câu hỏi từ câu 1 – 3 trên đây thì thủ tục này có cần thiết hay không?"
    );
}

#[test]
fn confirmed_wording_of_tt03_is_marked_official() {
    let r = Registry::bundled().latest("tt03-2022").expect("bundled");
    let official = [
        (
            "tt03.c.name.1",
            "Có được quy định rõ ràng, cụ thể và phù hợp không?",
        ),
        (
            "tt03.c.sequence.a",
            "Có được quy định rõ ràng và cụ thể về các bước thực hiện không?",
        ),
        ("tt03.c.sequence.c", "Có áp dụng cơ chế liên thông không?"),
        (
            "tt03.bm03.i.1",
            "Nêu rõ điều, khoản, điểm và tên văn bản quy định",
        ),
    ];
    for (id, text) in official {
        let p = r.provenance(id).unwrap_or_else(|| panic!("{id} exists"));
        assert_eq!(p.status, Status::Official, "{id}");
        assert_eq!(r.item(id).map(|i| i.text.vi.as_str()), Some(text));
    }
    let bm03 = r.forms.iter().find(|f| f.id == "tt03.bm03").expect("form");
    assert_eq!(bm03.code.as_deref(), Some("Biểu mẫu số 03/ĐGTĐ-QĐCT/SĐBS"));
    // Items not confirmed by the spec are flagged for expert review.
    assert_eq!(
        r.provenance("tt03.c.manner.b").map(|p| p.status),
        Some(Status::Reconstructed)
    );
    assert_eq!(
        r.provenance("tt03.new.ii.3").map(|p| p.status),
        Some(Status::Reconstructed)
    );
}

/// Each fixture `tests/fixtures/rulesets/<name>.json` is a ruleset with one kind of mistake; the lint output
/// must be exactly `<name>.lint.txt`.
#[test]
fn broken_rulesets_show_each_lint_message() {
    let files = fixtures_in("rulesets", "json");
    assert!(
        files.len() >= 10,
        "expected a fixture per lint message, found {}",
        files.len()
    );
    let mut codes = std::collections::BTreeSet::new();
    for path in files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_owned();
        let json = read_fixture(&format!("rulesets/{name}.json"));
        let ruleset = Ruleset::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let messages = lint(&ruleset);
        let actual: String = messages.iter().map(|m| format!("{m}\n")).collect();
        let expected = read_fixture(&format!("rulesets/{name}.lint.txt"));
        assert_eq!(actual, expected, "lint output of fixture {name}");
        if name == "valid-base" {
            // The base every other fixture changes in one place lints clean.
            assert!(messages.is_empty());
        } else if name.starts_with("warning-") {
            assert!(
                messages.iter().all(|m| m.level == LintLevel::Warning),
                "{name}"
            );
        } else {
            assert!(
                messages.iter().any(|m| m.level == LintLevel::Error),
                "{name}"
            );
        }
        codes.extend(messages.iter().map(|m| m.code));
    }
    for code in [
        "duplicate-id",
        "unknown-item",
        "unknown-option",
        "cycle",
        "official-without-basis",
        "empty-text",
        "unknown-block",
        "unknown-section",
        "criteria-order",
        "routing",
        "bad-id",
        "missing-english",
        "appraisal-point",
    ] {
        assert!(
            codes.contains(code),
            "no fixture shows the lint message `{code}`"
        );
    }
}

#[test]
fn a_ruleset_that_does_not_fit_the_format_says_where() {
    let err = Ruleset::from_json(r#"{"id": "x", "version": "one"}"#).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("version"), "{text}");
    assert!(text.starts_with("expected a ruleset"), "{text}");
}
