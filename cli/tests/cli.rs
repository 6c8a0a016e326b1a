//! The `tthc` command, run as a user runs it: outputs, exit codes (0 fine, 1 findings, 2 bad input) and
//! one-line messages; never a panic.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tthc_core::{Action, sample};

fn tthc(args: &[&str]) -> Output {
    run(args, None)
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tthc"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tthc runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("tthc ends")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("an exit code, not a signal")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 messages")
}

/// A scratch folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_string_lossy().into_owned()
}

fn one_line_error(o: &Output) {
    let e = stderr(o);
    assert_eq!(e.lines().count(), 1, "one line on stderr, found: {e:?}");
    assert!(e.starts_with("tthc: "), "{e}");
    assert!(!e.contains("panicked"), "{e}");
}

#[test]
fn new_prints_the_sample_and_empty_files() {
    let o = tthc(&["new", "--sample"]);
    assert_eq!(code(&o), 0);
    assert_eq!(stdout(&o), sample::SAMPLE_JSON);
    let o = tthc(&["new", "--ruleset", "nd63-2010"]);
    let a = tthc_core::file::import(&stdout(&o)).expect("a valid file");
    assert_eq!(a.ruleset.id, "nd63-2010");
    let o = tthc(&["new", "--ruleset", "tt99"]);
    assert_eq!(code(&o), 2);
    one_line_error(&o);
    assert!(stderr(&o).contains("expected a ruleset id (nd63-2010, tt03-2022), found \"tt99\""));
}

#[test]
fn check_reports_findings_and_exits_by_severity() {
    let dir = scratch("check");
    let good = write(&dir, "good.json", sample::SAMPLE_JSON);
    let empty = write(&dir, "empty.json", &stdout(&tthc(&["new"])));
    let o = tthc(&["check", &good]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("0 lỗi, 0 cảnh báo, 3 thông tin"));
    let o = tthc(&["check", &good, &empty, "--lang", "en"]);
    assert_eq!(code(&o), 1, "errors in one file");
    let out = stdout(&o);
    // Said for people: the severity and the place in words, no finding code, no path (those are in --json).
    assert!(
        out.contains(
            "Error — The draft › Title of the draft: Expected the title of the document, found nothing."
        ),
        "{out}"
    );
    assert!(
        out.trim_end()
            .ends_with("2 files: 1 with errors; 3 errors, 3 warnings, 6 infos"),
        "{out}"
    );
}

#[test]
fn check_json_has_the_documented_shape() {
    let o = run(
        &["check", "-", "--json"],
        Some(sample::SAMPLE_JSON.as_bytes()),
    );
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let file = &v["files"][0];
    assert_eq!(file["file"], "<stdin>");
    assert_eq!(
        file["summary"],
        serde_json::json!({ "errors": 0, "warnings": 0, "infos": 3 })
    );
    let f = &file["findings"][0];
    for key in ["severity", "code", "path", "message", "basis"] {
        assert!(f.get(key).is_some(), "finding lacks {key}: {f}");
    }
    assert_eq!(f["code"], "control-unit");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let dir = scratch("bad");
    let cases: Vec<(String, &str)> = vec![
        (
            dir.join("missing.json").to_string_lossy().into_owned(),
            "expected a readable file, found: no such file",
        ),
        (
            write(&dir, "notjson.json", "{ oops"),
            "expected a JSON document, found invalid JSON at line 1, column 3",
        ),
        (
            write(&dir, "other.json", "{\"format\": \"excel\"}"),
            "expected an assessment file",
        ),
        (
            write(
                &dir,
                "new.json",
                "{\"format\": \"tthc-assessment\", \"schema_version\": 9}",
            ),
            "expected schema version 4 or older, found 9",
        ),
        (
            dir.to_string_lossy().into_owned(),
            "expected a file, found a folder",
        ),
    ];
    for (path, expected) in cases {
        let o = tthc(&["check", &path]);
        assert_eq!(code(&o), 2, "{path}");
        one_line_error(&o);
        assert!(stderr(&o).contains(expected), "{path}: {}", stderr(&o));
    }
    let o = run(&["check", "-"], Some(&[0xc3, 0x28, b'{']));
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("expected text in UTF-8"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("at byte 0"), "{}", stderr(&o));
    let o = tthc(&["render"]);
    assert_eq!(code(&o), 2, "usage");
    one_line_error(&o);
    let o = tthc(&["render", "-", "--date", "2026-02-30"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn a_batch_reports_every_file_even_with_an_unreadable_one() {
    let dir = scratch("batch");
    let good = write(&dir, "good.json", sample::SAMPLE_JSON);
    let bad = write(&dir, "bad.json", "[]");
    let o = tthc(&["check", &good, &bad, "--json"]);
    assert_eq!(code(&o), 2, "bad input wins");
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["files"][0]["summary"]["errors"], 0);
    assert!(
        v["files"][1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("found an array of 0 values"))
    );
}

#[test]
fn cost_prints_the_stable_result_and_a_table() {
    let o = run(
        &["cost", "-", "--json"],
        Some(sample::SAMPLE_JSON.as_bytes()),
    );
    assert_eq!(code(&o), 0);
    let expected = tthc_core::cost::compute(&sample::sample())
        .result()
        .to_json();
    assert_eq!(stdout(&o), expected);
    let o = run(
        &["cost", "-", "--lang", "en"],
        Some(sample::SAMPLE_JSON.as_bytes()),
    );
    let table = stdout(&o);
    assert!(table.contains("30,681.82 VND/hour"), "{table}");
    assert!(table.contains("down −615,825,000 VND"), "{table}");
    // The totals split: the existing procedures, the new one, and the net change said as a rise.
    assert!(table.contains("Existing procedures (2)"), "{table}");
    assert!(table.contains("down 56.24%"), "{table}");
    assert!(table.contains("New procedures (1)"), "{table}");
    assert!(table.contains("up +4,211,260,227 VND"), "{table}");
    assert!(
        !table.contains("-4,211") && !table.contains("237.24"),
        "{table}"
    );
    // The JSON keeps the whole-draft fields and adds the split.
    let v: serde_json::Value = serde_json::from_str(&expected).expect("JSON");
    assert!(
        v["total"]["annual_saving"]
            .as_str()
            .is_some_and(|s| s.starts_with("-4211260227"))
    );
    assert!(
        v["total"]["net_annual_change"]
            .as_str()
            .is_some_and(|s| s.starts_with("4211260227"))
    );
    assert!(
        v["total"]["existing"]["reduction_percent"]
            .as_str()
            .is_some_and(|s| s.starts_with("56.24"))
    );
    assert!(
        v["total"]["new_annual_cost"]
            .as_str()
            .is_some_and(|s| s.starts_with("5209630681"))
    );
}

#[test]
fn render_writes_both_documents_and_verify_checks_them() {
    let dir = scratch("render");
    let file = write(&dir, "sample.json", sample::SAMPLE_JSON);
    let md = dir.join("dossier.md");
    let o = tthc(&[
        "render",
        &file,
        "--date",
        "2026-11-26",
        "-o",
        &md.to_string_lossy(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = std::fs::read_to_string(&md).expect("written");
    assert!(text.contains("Hà Nội, ngày 26 tháng 11 năm 2026"));
    let o = tthc(&[
        "render",
        &file,
        "--format",
        "html",
        "--lang",
        "en",
        "--date",
        "2026-11-26",
    ]);
    assert!(stdout(&o).starts_with("<!doctype html>\n<html lang=\"en\">"));
    let o = tthc(&["render", &file, "--appraisal", "--date", "2026-11-26"]);
    assert!(
        stdout(&o).contains("# BÁO CÁO\n\n**Thẩm định quy định về thủ tục hành chính tại dự thảo")
    );

    // verify: the dossier matches its file…
    let o = tthc(&["verify", &file, &md.to_string_lossy()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: "));
    // …not another version of it…
    let mut changed = sample::sample();
    changed.apply(Action::SetDraft(tthc_core::DraftField::Version(
        "Dự thảo lần 3".into(),
    )));
    let other = write(&dir, "other.json", &tthc_core::file::export(&changed));
    let o = tthc(&["verify", &other, &md.to_string_lossy()]);
    assert_eq!(code(&o), 1);
    one_line_error(&o);
    assert!(stderr(&o).contains("was not made from"));
    // …and a file whose recorded figures were edited fails too.
    let tampered = sample::SAMPLE_JSON.replacen(
        "\"annual_saving\": \"615825000\"",
        "\"annual_saving\": \"915825000\"",
        1,
    );
    let tampered = write(&dir, "tampered.json", &tampered);
    let dossier = dir.join("tampered.md");
    tthc(&[
        "render",
        &tampered,
        "--date",
        "2026-11-26",
        "-o",
        &dossier.to_string_lossy(),
    ]);
    let o = tthc(&["verify", &tampered, &dossier.to_string_lossy()]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("recorded cost figure(s) do not recompute"),
        "{}",
        stderr(&o)
    );
    let none = write(&dir, "none.md", "# không có dấu vân tay");
    assert_eq!(code(&tthc(&["verify", &file, &none])), 1);
}

#[test]
fn render_takes_a_folder_of_templates() {
    let dir = scratch("templates");
    std::fs::write(
        dir.join("cover.md"),
        "# {{ v.draft.drafting_body|upper }}\n",
    )
    .expect("write");
    let file = write(&dir, "sample.json", sample::SAMPLE_JSON);
    let o = tthc(&[
        "render",
        &file,
        "--date",
        "2026-11-26",
        "--templates",
        &dir.to_string_lossy(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("# SỞ XÂY DỰNG THÀNH PHỐ HÀ NỘI\n"));
    std::fs::write(dir.join("cover.md"), "# {{ v.nope }}\n").expect("write");
    let o = tthc(&[
        "render",
        &file,
        "--date",
        "2026-11-26",
        "--templates",
        &dir.to_string_lossy(),
    ]);
    assert_eq!(code(&o), 2);
    one_line_error(&o);
    assert!(stderr(&o).contains("expected template cover.md to render"));
}

#[test]
fn migrate_upgrades_old_files() {
    let dir = scratch("migrate");
    let v1 = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/files/schema-v1.json"),
    )
    .expect("fixture");
    let v1 = write(&dir, "v1.json", &v1);
    let o = tthc(&["migrate", &v1]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("\"schema_version\": 4"));
    assert!(
        out.contains("\"per_year\": {\n            \"value\": 3500"),
        "subjects per year became an estimate"
    );
    let a = tthc_core::file::import(&out).expect("a current file");
    assert_eq!(a.procedures.len(), 3);
}

#[test]
fn diff_lists_changes_and_the_cost_delta() {
    let dir = scratch("diff");
    let old = write(&dir, "old.json", sample::SAMPLE_JSON);
    let mut b = sample::sample();
    b.apply(Action::RemoveProcedure { id: "p3".into() });
    b.apply(Action::Cost(tthc_core::CostAction::SetFilings {
        id: "p2".into(),
        side: tthc_core::Side::After,
        filings: tthc_core::estimate::Estimate::of(tthc_core::Decimal::ONE),
    }));
    let new = write(&dir, "new.json", &tthc_core::file::export(&b));
    let o = tthc(&["diff", &old, &new]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(
        out.contains("- Cấp phép sử dụng tạm thời hè phố để trung chuyển vật liệu xây dựng (bỏ)"),
        "{out}"
    );
    assert!(
        out.contains("~ Cấp phép sử dụng tạm thời một phần lòng đường"),
        "{out}"
    );
    assert!(
        out.contains("chi phí/năm sau: 776.761.364 đồng → 517.840.909 đồng (-258.920.455 đồng)"),
        "{out}"
    );
    let o = tthc(&["diff", &old, &new, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["removed"][0]["id"], "p3");
    assert_eq!(
        tthc(&["diff", &old, &old]).stdout,
        "Không có thay đổi.\n".as_bytes()
    );
}

#[test]
fn schemas_and_rulesets() {
    for (kind, committed) in [
        ("assessment", tthc_core::schema::ASSESSMENT),
        ("ruleset", tthc_core::schema::RULESET),
        ("cost-result", tthc_core::schema::COST_RESULT),
    ] {
        let o = tthc(&["schema", kind]);
        assert_eq!(stdout(&o), committed);
    }
    let o = tthc(&["rulesets", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let tt03 = v["rulesets"]
        .as_array()
        .expect("list")
        .iter()
        .find(|r| r["default"] == true)
        .expect("a default ruleset");
    assert_eq!(tt03["id"], "tt03-2022");
    assert_eq!(tt03["sha256"].as_str().map(str::len), Some(64));
    assert!(tt03["items"]["official"].as_u64().is_some_and(|n| n > 0));
    assert!(
        tt03["items"]["reconstructed"]
            .as_u64()
            .is_some_and(|n| n > 0)
    );
}

#[test]
fn help_and_version_exit_0() {
    let o = tthc(&["--help"]);
    assert_eq!(code(&o), 0);
    for sub in [
        "check", "cost", "render", "verify", "migrate", "diff", "schema", "rulesets", "new",
    ] {
        assert!(stdout(&o).contains(sub), "help lists {sub}");
    }
    assert_eq!(code(&tthc(&["--version"])), 0);
}

#[test]
fn no_input_makes_it_panic() {
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"null".to_vec(),
        b"{\"format\":\"tthc-assessment\",\"schema_version\":2}".to_vec(),
        b"{\"format\":\"tthc-assessment\",\"schema_version\":1,\"ruleset\":{\"id\":\"x\",\"version\":1}}".to_vec(),
        b"{\"format\":\"tthc-assessment\",\"schema_version\":18446744073709551616}".to_vec(),
        sample::SAMPLE_JSON.replace("\"per_year\": {\n            \"value\": 3500", "\"per_year\": {\n            \"value\": 1000000000000000000000000000000").into_bytes(),
        sample::SAMPLE_JSON.replace("\"value\": \"2\"", "\"value\": \"-2\"").into_bytes(),
        vec![b'['; 10_000],
    ];
    for input in inputs {
        for args in [
            &["check", "-"][..],
            &["cost", "-", "--json"][..],
            &["render", "-", "--date", "2026-01-01"][..],
        ] {
            let o = run(args, Some(&input));
            let c = code(&o);
            assert!((0..=2).contains(&c), "exit {c} for {args:?}");
            assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
        }
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tthc"))
        .args(["new", "--sample"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("ends");
    assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
}

/// The sample's file as Windows editors save it: UTF-8 with a byte-order mark, and UTF-16 ("Unicode").
fn saved_by_notepad() -> (Vec<u8>, Vec<u8>) {
    let text = tthc_core::file::export(&sample::sample());
    let bom = [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat();
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    (bom, utf16)
}

#[test]
fn files_with_a_byte_order_mark_open_on_every_command_and_from_standard_input() {
    let dir = scratch("bom");
    let (bom, utf16) = saved_by_notepad();
    let plain = write(
        &dir,
        "plain.json",
        &tthc_core::file::export(&sample::sample()),
    );
    for (name, bytes) in [("bom.json", &bom), ("utf16.json", &utf16)] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        let path = path.to_string_lossy().into_owned();
        for args in [
            vec!["check", path.as_str()],
            vec!["cost", path.as_str(), "--json"],
            vec![
                "render",
                path.as_str(),
                "--format",
                "md",
                "--date",
                "2026-12-01",
            ],
            vec!["migrate", path.as_str()],
            vec!["diff", plain.as_str(), path.as_str()],
        ] {
            let o = tthc(&args);
            assert!(code(&o) <= 1, "{args:?}: {}", stderr(&o));
            assert!(!stderr(&o).contains("tthc:"), "{args:?}: {}", stderr(&o));
        }
        // The same output as the plain file: the mark is not part of the content.
        assert_eq!(
            stdout(&tthc(&["migrate", &path])),
            stdout(&tthc(&["migrate", &plain]))
        );
        let o = run(&["check", "-", "--json"], Some(bytes));
        assert!(code(&o) <= 1, "{}", stderr(&o));
        assert!(stdout(&o).contains("\"findings\""), "{}", stdout(&o));
        // A dossier saved again by an editor still verifies against its file.
        let dossier = stdout(&tthc(&[
            "render",
            &plain,
            "--format",
            "md",
            "--date",
            "2026-12-01",
        ]));
        let saved = dir.join(format!("{name}.md"));
        std::fs::write(
            &saved,
            [&[0xef, 0xbb, 0xbf][..], dossier.as_bytes()].concat(),
        )
        .expect("write");
        let o = tthc(&["verify", &path, &saved.to_string_lossy()]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }
}

#[test]
fn ids_used_twice_are_renamed_and_said_by_check_and_on_standard_error_by_the_others() {
    let dir = scratch("renamed");
    let text =
        tthc_core::file::export(&sample::sample()).replacen("\"id\": \"p2\"", "\"id\": \"p1\"", 1);
    let path = write(&dir, "twice.json", &text);
    let o = tthc(&["check", &path]);
    assert!(
        stdout(&o).contains("Cảnh báo — ")
            && stdout(&o).contains("có cùng mã định danh với thủ tục thứ 1"),
        "{}",
        stdout(&o)
    );
    let o = tthc(&["check", &path, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let first = &v["files"][0]["findings"][0];
    assert_eq!(first["code"], "id-renamed");
    assert_eq!(first["path"], "procedures/p4");
    let o = tthc(&["cost", &path]);
    assert_eq!(code(&o), 0);
    assert!(
        stderr(&o).contains("Warning — ") && stderr(&o).contains("had the same identifier"),
        "{}",
        stderr(&o)
    );
    let migrated = stdout(&tthc(&["migrate", &path]));
    assert!(
        migrated.contains("\"id\": \"p4\""),
        "the renamed file is written"
    );
}

/// A legal officer's corrected ruleset: linted, used with `--ruleset`, embedded in a file that then opens
/// anywhere with the same wording, and refused when the embedded copy was changed.
#[test]
fn a_local_ruleset_is_linted_used_embedded_and_checked() {
    use tthc_core::ruleset::ItemEdit;
    let dir = scratch("local-ruleset");
    let bundled = tthc_core::Registry::bundled().default_ruleset();
    let mut edit = ItemEdit::of(bundled.item("tt03.new.i.1").expect("an item"));
    edit.text.vi = "Căn cứ pháp lý (câu chữ do Sở Tư pháp sửa)".into();
    let local = bundled
        .local_copy("Hà Nội", 1)
        .with_item("tt03.new.i.1", edit)
        .expect("edits");
    let ruleset_path = write(
        &dir,
        "local.json",
        &serde_json::to_string_pretty(&local.to_value()).expect("json"),
    );

    let o = tthc(&["rulesets", "lint", &ruleset_path]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("tt03-2022-ha-noi@1"));
    assert!(stdout(&o).contains("0 error(s)"));
    // A ruleset with a broken condition fails the lint (exit 1) and is refused by --ruleset (exit 2).
    let mut broken = local.to_value();
    broken["short_circuits"][0]["when"]["answer"]["item"] = serde_json::json!("tt03.nowhere");
    let broken_path = write(&dir, "broken.json", &broken.to_string());
    let o = tthc(&["rulesets", "lint", &broken_path]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).contains("error["), "{}", stdout(&o));
    let sample_path = write(&dir, "sample.json", sample::SAMPLE_JSON);
    let o = tthc(&["check", "--ruleset", &broken_path, &sample_path]);
    assert_eq!(code(&o), 2);
    one_line_error(&o);

    // --ruleset words the dossier with the corrected text.
    let o = tthc(&[
        "render",
        &sample_path,
        "--ruleset",
        &ruleset_path,
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("Căn cứ pháp lý (câu chữ do Sở Tư pháp sửa)"));
    assert!(stdout(&o).contains(local.sha256()));

    // A file made with the local ruleset embeds it and opens without --ruleset, with the same wording.
    let mut a = sample::sample();
    a.apply(Action::embed_ruleset(&local));
    // The figures recorded with the bundled ruleset name it; a new dossier records them again.
    a.recorded_cost = None;
    let made = write(&dir, "made.json", &tthc_core::file::export(&a));
    let o = tthc(&["render", &made, "--date", "2026-12-01"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("Căn cứ pháp lý (câu chữ do Sở Tư pháp sửa)"));
    let o = tthc(&["check", &made]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    // The embedded copy changed after saving: refused, saying so.
    let tampered = tthc_core::file::export(&a).replace(
        "Căn cứ pháp lý (câu chữ do Sở Tư pháp sửa)",
        "Căn cứ pháp lý (sửa lén)",
    );
    let tampered = write(&dir, "tampered.json", &tampered);
    let o = tthc(&["check", &tampered]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("its wording was changed after the file was saved"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_legal_status_lists_what_is_not_official_the_dated_rules_and_the_watch_list() {
    let o = tthc(&["rulesets", "--status", "--json"]);
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let tt03 = v["rulesets"]
        .as_array()
        .expect("list")
        .iter()
        .find(|r| r["id"] == "tt03-2022" && r["version"] == 2)
        .expect("tt03-2022@2");
    let unconfirmed = tt03["unconfirmed"].as_array().expect("items");
    let counted = tt03["items"]["summary"].as_u64().unwrap_or(0)
        + tt03["items"]["reconstructed"].as_u64().unwrap_or(0);
    assert_eq!(unconfirmed.len() as u64, counted);
    assert!(
        unconfirmed
            .iter()
            .any(|u| u["id"] == "tt03.nd78.art5.2.g" && u["status"] == "reconstructed")
    );
    assert!(v["dated_rules"].as_array().expect("rules").iter().any(|r| {
        r["basis"]
            .as_str()
            .is_some_and(|b| b.contains("87/2025/QH15"))
    }));
    assert!(v["watch"].as_array().expect("watch").iter().any(|w| {
        w["title"]
            .as_str()
            .is_some_and(|t| t.contains("26/2025/TT-BTP"))
    }));
    let o = tthc(&["rulesets", "--status"]);
    assert!(stdout(&o).contains("Văn bản đang theo dõi"));
}

/// The command line's text output says nothing in internal identifiers (finding codes, paths, ids, keys):
/// `check`, `cost`, `verify` and `diff`, in both languages, for the sample and a generated draft.
#[test]
fn the_text_output_has_no_internal_identifier() {
    use tthc_core::finding::internal_identifiers;
    let dir = scratch("people");
    let sample_path = write(&dir, "sample.json", sample::SAMPLE_JSON);
    let generated = write(
        &dir,
        "generated.json",
        &tthc_core::file::export(&sample::generated(100)),
    );
    let empty = write(&dir, "empty.json", &stdout(&tthc(&["new"])));
    let dossier = dir.join("dossier.md");
    let dossier = dossier.to_str().expect("a path");
    let o = tthc(&["render", &sample_path, "-o", dossier]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for lang in ["vi", "en"] {
        for args in [
            vec!["check", &sample_path, &generated, &empty],
            vec!["cost", &sample_path],
            vec!["cost", &generated],
            vec!["verify", dossier, &sample_path],
            vec!["diff", &sample_path, &generated],
        ] {
            let mut args = args.clone();
            args.extend(["--lang", lang]);
            let o = tthc(&args);
            let text = format!("{}{}", stdout(&o), stderr(&o));
            assert!(!text.trim().is_empty(), "{args:?} says something");
            let found: Vec<String> = internal_identifiers(&text)
                .into_iter()
                // The files' own names are the user's.
                .filter(|t| !t.contains("target/tmp/people"))
                .collect();
            assert!(found.is_empty(), "{args:?}: {found:?}\n{text}");
        }
    }
}
