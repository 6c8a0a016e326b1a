//! The subcommands.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;
use tthc_core::Analysis;
use tthc_core::cost::{self, Unit};
use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
use tthc_core::finding::{Finding, Summary};
use tthc_core::money::{self, figure};
use tthc_core::ruleset::Status;
use tthc_core::{
    Assessment, Lang, Registry, Text, check as run_checks, diff as compare, file, sample,
};

use crate::input::{self, Failure};
use crate::output::{Out, cut, table};
use crate::rules::Rules;

fn t(lang: Lang, vi: &str, en: &str) -> String {
    Text::new(vi, en).get(lang).to_owned()
}

/// `tthc new [--sample] [--ruleset ID]`.
pub fn new(sample: bool, ruleset: Option<&str>, out: &mut Out) -> Result<ExitCode, Failure> {
    if sample {
        out.write(sample::SAMPLE_JSON);
        return Ok(ExitCode::SUCCESS);
    }
    let registry = Registry::bundled();
    let r = match ruleset {
        None => registry.default_ruleset(),
        Some(id) => registry.latest(id).ok_or_else(|| {
            let mut known: Vec<_> = registry.all().iter().map(|r| r.id.as_str()).collect();
            known.dedup();
            Failure::Input(format!(
                "expected a ruleset id ({}), found {id:?}",
                known.join(", ")
            ))
        })?,
    };
    out.write(&file::export(&Assessment::new(r)));
    Ok(ExitCode::SUCCESS)
}

/// `tthc check FILE… [--json] [--lang]`.
#[allow(
    clippy::unnecessary_wraps,
    reason = "every subcommand has the same signature, so `main` dispatches them alike"
)]
pub fn check(
    files: &[String],
    rules: &Rules,
    json_out: bool,
    lang: Lang,
    out: &mut Out,
) -> Result<ExitCode, Failure> {
    let mut results = Vec::new();
    let mut bad_input = false;
    let mut total = Summary::default();
    let mut with_errors = 0;
    for path in files {
        let name = input::display_name(path);
        let checked = rules.open(path).and_then(|opened| {
            // What had to be renamed on opening comes first, then the checks of what was opened.
            let mut findings = opened.findings();
            findings.extend(run_checks(
                &opened.assessment,
                rules.for_file(path, &opened)?,
            ));
            Ok((findings, opened.assessment))
        });
        match checked {
            Ok((findings, assessment)) => {
                let s = Summary::of(&findings);
                total.errors += s.errors;
                total.warnings += s.warnings;
                total.infos += s.infos;
                if s.errors > 0 {
                    with_errors += 1;
                }
                if json_out {
                    results.push(json!({
                        "file": name,
                        "findings": findings.iter().map(|f| f.json(lang)).collect::<Vec<_>>(),
                        "summary": s,
                    }));
                } else {
                    human_findings(name, &assessment, &findings, s, lang, out);
                }
            }
            Err(Failure::Input(message) | Failure::Found(message)) => {
                bad_input = true;
                eprintln!("tthc: {message}");
                if json_out {
                    results.push(json!({ "file": name, "error": message }));
                }
            }
        }
    }
    if json_out {
        let doc = json!({ "files": results });
        out.line(&serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else if files.len() > 1 {
        out.line(&format!(
            "{} {}: {} {}; {} {}, {} {}, {} {}",
            files.len(),
            t(lang, "tệp", "files"),
            with_errors,
            t(lang, "có lỗi", "with errors"),
            total.errors,
            t(lang, "lỗi", "errors"),
            total.warnings,
            t(lang, "cảnh báo", "warnings"),
            total.infos,
            t(lang, "thông tin", "infos"),
        ));
    }
    Ok(if bad_input {
        ExitCode::from(2)
    } else if total.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn human_findings(
    name: &str,
    a: &Assessment,
    findings: &[Finding],
    s: Summary,
    lang: Lang,
    out: &mut Out,
) {
    out.line(&format!(
        "{name}: {} {}, {} {}, {} {}",
        s.errors,
        t(lang, "lỗi", "errors"),
        s.warnings,
        t(lang, "cảnh báo", "warnings"),
        s.infos,
        t(lang, "thông tin", "infos"),
    ));
    for f in findings {
        out.line(&format!("  {}", f.text(a, lang)));
    }
}

/// `tthc cost FILE [--json] [--lang]`.
pub fn cost(
    path: &str,
    rules: &Rules,
    json_out: bool,
    lang: Lang,
    out: &mut Out,
) -> Result<ExitCode, Failure> {
    let opened = rules.open(path)?;
    input::say_renamed(path, &opened);
    // The cost does not depend on the forms' wording; the ruleset is still resolved, so that a file the
    // given rules cannot read is refused here as by `check`.
    rules.for_file(path, &opened)?;
    let a = opened.assessment;
    let report = cost::compute(&a);
    if json_out {
        out.write(&report.result().to_json());
        return Ok(ExitCode::SUCCESS);
    }
    let p = &report.parameters;
    out.line(&format!(
        "{}: {} / {} / {} → {}",
        t(lang, "Tham số", "Parameters"),
        figure(Some(p.income_per_month.value), Unit::Dong, lang),
        figure(Some(p.working_days_per_month.value), Unit::Days, lang),
        figure(Some(p.hours_per_day.value), Unit::Hours, lang),
        figure(report.hourly_income, Unit::DongPerHour, lang),
    ));
    out.line("");
    let rows = cost_rows(&report, lang);
    let header = [
        "#",
        &t(lang, "Thủ tục", "Procedure"),
        &t(lang, "Loại", "Kind"),
        &t(lang, "Chi phí/năm trước", "Annual before"),
        &t(lang, "Chi phí/năm sau", "Annual after"),
        &t(lang, "Thay đổi chi phí/năm", "Change a year"),
        &t(lang, "Tỷ lệ thay đổi", "Rate of change"),
    ];
    let header: Vec<&str> = header.iter().map(AsRef::as_ref).collect();
    out.write(&table(
        &header,
        &rows,
        &[true, false, false, true, true, true, true],
    ));
    let target = &tthc_core::regulation::Regulation::bundled().reduction_target;
    out.line(&format!(
        "\n{}: {}.",
        t(
            lang,
            "Chỉ tiêu cắt giảm chi phí tuân thủ được tính trên các thủ tục hiện hành",
            "The cost-reduction target is measured on the existing procedures"
        ),
        figure(Some(target.percent), Unit::Percent, lang),
    ));
    let problems = report
        .findings
        .iter()
        .filter(|f| f.severity != tthc_core::Severity::Info)
        .count();
    if problems > 0 {
        out.line(&format!(
            "\n{problems} {}",
            t(
                lang,
                "vấn đề về số liệu chi phí: xem `tthc check`",
                "problems with the cost inputs: see `tthc check`"
            )
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// What `tthc render` was asked.
pub struct RenderArgs {
    pub file: String,
    pub ruleset: Option<String>,
    pub html: bool,
    pub lang: Lang,
    pub date: Option<String>,
    pub appraisal: bool,
    pub templates: Option<PathBuf>,
    pub output: Option<PathBuf>,
}

/// `tthc render FILE --format md|html [--lang] [--date] [--appraisal] [--templates DIR] [-o OUT]`.
pub fn render(args: &RenderArgs, out: &mut Out) -> Result<ExitCode, Failure> {
    let rules = Rules::load(args.ruleset.as_deref())?;
    let opened = rules.open(&args.file)?;
    input::say_renamed(&args.file, &opened);
    let ruleset = rules.for_file(&args.file, &opened)?;
    let a = &opened.assessment;
    let date = match &args.date {
        Some(d) => d
            .parse()
            .map_err(|e| Failure::Input(format!("--date: {e}")))?,
        None => crate::clock::today().ok_or_else(|| {
            Failure::Input("expected a system clock after 1970, found none; pass --date".into())
        })?,
    };
    let templates = match &args.templates {
        Some(dir) => templates_from(dir)?,
        None => Templates::bundled(),
    };
    let options = Options {
        lang: args.lang,
        date,
        format: if args.html {
            Format::Html
        } else {
            Format::Markdown
        },
    };
    let text = if args.appraisal {
        render_appraisal(a, &Analysis::new(a, ruleset), options, &templates)
    } else {
        render_dossier(a, &Analysis::new(a, ruleset), options, &templates)
    }
    .map_err(|e| Failure::Input(e.to_string()))?;
    input::write(args.output.as_deref(), &text, out)?;
    Ok(ExitCode::SUCCESS)
}

/// The bundled templates with every file of `dir` replacing the one of the same name.
fn templates_from(dir: &Path) -> Result<Templates, Failure> {
    let entries = fs::read_dir(dir).map_err(|e| {
        Failure::Input(format!(
            "{}: expected a folder of templates, found: {e}",
            dir.display()
        ))
    })?;
    let mut templates = Templates::bundled();
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let bytes = fs::read(&path).map_err(|e| {
            Failure::Input(format!(
                "{}: expected a readable template, found: {e}",
                path.display()
            ))
        })?;
        let source = tthc_core::text::decode(&bytes)
            .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
        templates = templates.with(name, &source);
    }
    Ok(templates)
}

/// `tthc verify FILE DOSSIER`.
pub fn verify(path: &str, dossier: &str, out: &mut Out) -> Result<ExitCode, Failure> {
    let rules = Rules::load(None)?;
    let opened = rules.open(path)?;
    input::say_renamed(path, &opened);
    let a = &opened.assessment;
    let text = input::read(dossier)?;
    let expected = file::fingerprint(a);
    let found = fingerprints(&text);
    if found.is_empty() {
        return Err(Failure::Found(format!(
            "{dossier}: expected a data fingerprint (64 hex digits), found none"
        )));
    }
    if !found.contains(&expected.as_str()) {
        return Err(Failure::Found(format!(
            "{dossier} was not made from {path}: expected fingerprint {expected}, found {}",
            found.join(", ")
        )));
    }
    let ruleset = rules.for_file(path, &opened)?;
    let analysis = Analysis::new(a, ruleset);
    let mismatches = analysis.mismatches();
    if let Some(first) = mismatches.first() {
        return Err(Failure::Found(format!(
            "{path}: {} recorded cost figure(s) do not recompute; first: {}",
            mismatches.len(),
            first.finding().message.en
        )));
    }
    out.line(&format!(
        "ok: {dossier} was made from {path} (fingerprint {expected}); {}",
        if a.recorded_cost.is_some() {
            "the recorded cost figures recompute"
        } else {
            "the file records no cost figures"
        }
    ));
    Ok(ExitCode::SUCCESS)
}

/// Every run of exactly 64 lower-case hex digits in a text.
fn fingerprints(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if hex(bytes[i]) {
            let start = i;
            while i < bytes.len() && hex(bytes[i]) {
                i += 1;
            }
            if i - start == 64 {
                out.push(&text[start..i]);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// `tthc migrate FILE [-o OUT]`.
pub fn migrate(path: &str, output: Option<&Path>, out: &mut Out) -> Result<ExitCode, Failure> {
    let a = input::assessment(path)?;
    input::write(output, &file::export(&a), out)?;
    Ok(ExitCode::SUCCESS)
}

/// `tthc diff OLD NEW [--json] [--lang]`.
pub fn diff(
    old: &str,
    new: &str,
    json_out: bool,
    lang: Lang,
    out: &mut Out,
) -> Result<ExitCode, Failure> {
    let a = input::assessment(old)?;
    let b = input::assessment(new)?;
    let d = compare::compare(&a, &b, lang);
    if json_out {
        out.line(&serde_json::to_string_pretty(&d).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    if d.is_empty() {
        out.line(&t(lang, "Không có thay đổi.", "No change."));
    }
    // Fields, kinds and form items in words (their keys are in --json).
    let ruleset = Registry::bundled().resolve(&b.ruleset);
    let item = |key: &str| item_words(ruleset, key, lang);
    for f in &d.draft {
        out.line(&format!(
            "{} › {}: “{}” → “{}”",
            t(lang, "Dự thảo", "Draft"),
            tthc_core::place::DraftPart::from_key(&f.field)
                .map_or_else(|| f.field.clone(), |p| p.label().get(lang).to_owned()),
            f.old,
            f.new
        ));
    }
    for p in &d.added {
        out.line(&format!("+ {} {}", p.name, t(lang, "(thêm)", "(added)")));
    }
    for p in &d.removed {
        out.line(&format!("- {} {}", p.name, t(lang, "(bỏ)", "(removed)")));
    }
    for p in &d.changed {
        out.line(&format!("~ {}", p.procedure.name));
        if let Some(k) = p.old_kind {
            out.line(&format!(
                "    {}: {} → {}",
                t(lang, "loại", "kind"),
                k.label().get(lang),
                p.procedure.kind.label().get(lang)
            ));
        }
        for f in &p.fields {
            out.line(&format!(
                "    {}: “{}” → “{}”",
                tthc_core::place::ProcedurePart::from_key(&f.field)
                    .map_or_else(|| f.field.clone(), |p| p.label().get(lang).to_owned()),
                f.old,
                f.new
            ));
        }
        for c in &p.components {
            let side = c.side.label().get(lang).to_lowercase();
            out.line(&format!(
                "    {} ({side}): {:?} → {:?}",
                c.component.label().get(lang),
                c.old.join("; "),
                c.new.join("; ")
            ));
        }
        for x in &p.answers {
            out.line(&format!(
                "    {}: {} → {}",
                item(&x.key),
                x.old.as_deref().unwrap_or("—"),
                x.new.as_deref().unwrap_or("—")
            ));
        }
        for v in &p.verdicts {
            let label = |v: Option<tthc_core::Verdict>| {
                v.map_or_else(|| "—".to_owned(), |v| v.label().get(lang).to_owned())
            };
            out.line(&format!(
                "    {}: {} → {}",
                v.criterion.label().get(lang),
                label(v.old),
                label(v.new)
            ));
        }
        cost_lines(&p.cost, lang, "    ", out);
    }
    cost_lines(
        &d.total,
        lang,
        &format!("{}: ", t(lang, "Tổng", "Total")),
        out,
    );
    Ok(ExitCode::SUCCESS)
}

fn cost_lines(c: &compare::CostDelta, lang: Lang, prefix: &str, out: &mut Out) {
    for (label, f) in [
        (
            t(lang, "chi phí/năm trước", "annual cost before"),
            c.annual_cost_before,
        ),
        (
            t(lang, "chi phí/năm sau", "annual cost after"),
            c.annual_cost_after,
        ),
        (t(lang, "tiết kiệm/năm", "annual saving"), c.annual_saving),
    ] {
        if f.changed() {
            let delta = f.delta.map_or_else(String::new, |d| {
                let sign = if d.is_sign_negative() { "" } else { "+" };
                format!(" ({sign}{})", figure(Some(d), Unit::Dong, lang))
            });
            out.line(&format!(
                "{prefix}{label}: {} → {}{delta}",
                figure(f.old, Unit::Dong, lang),
                figure(f.new, Unit::Dong, lang)
            ));
        }
    }
}

/// `tthc rulesets [--json]`.
#[allow(
    clippy::unnecessary_wraps,
    reason = "every subcommand has the same signature, so `main` dispatches them alike"
)]
pub fn rulesets(json_out: bool, out: &mut Out) -> Result<ExitCode, Failure> {
    let registry = Registry::bundled();
    let default = registry.default_ruleset().reference();
    let rows: Vec<serde_json::Value> = registry
        .all()
        .iter()
        .map(|r| {
            let items = r.all_items();
            let count = |s: Status| items.iter().filter(|i| i.provenance.status == s).count();
            json!({
                "id": r.id,
                "version": r.version,
                "sha256": r.sha256(),
                "title": r.title.vi,
                "superseded": r.superseded,
                "default": r.id == default.id && r.version == default.version,
                "items": {
                    "official": count(Status::Official),
                    "summary": count(Status::Summary),
                    "reconstructed": count(Status::Reconstructed),
                },
                "appraisal_points": r.appraisal.points.len(),
            })
        })
        .collect();
    if json_out {
        out.line(&serde_json::to_string_pretty(&json!({ "rulesets": rows })).unwrap_or_default());
        return Ok(ExitCode::SUCCESS);
    }
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let flag = if r["default"] == true {
                " (default)"
            } else if r["superseded"] == true {
                " (superseded)"
            } else {
                ""
            };
            vec![
                format!("{}@{}{flag}", r["id"].as_str().unwrap_or(""), r["version"]),
                r["items"]["official"].to_string(),
                r["items"]["summary"].to_string(),
                r["items"]["reconstructed"].to_string(),
                cut(r["title"].as_str().unwrap_or(""), 60),
            ]
        })
        .collect();
    out.write(&table(
        &["ruleset", "official", "summary", "reconstructed", "title"],
        &table_rows,
        &[false, true, true, true, false],
    ));
    Ok(ExitCode::SUCCESS)
}

/// `tthc rulesets lint FILE [--json]`: the lint of a ruleset file; exit 1 when it finds an error.
pub fn lint_ruleset(path: &str, json_out: bool, out: &mut Out) -> Result<ExitCode, Failure> {
    use tthc_core::ruleset::{LintLevel, LintMessage, lint};
    let r = crate::rules::read_ruleset(path)?;
    let messages = lint(&r);
    let errors = messages
        .iter()
        .filter(|m| m.level == LintLevel::Error)
        .count();
    if json_out {
        let rows: Vec<_> = messages.iter().map(LintMessage::json).collect();
        out.line(
            &serde_json::to_string_pretty(&json!({
                "ruleset": format!("{}@{}", r.id, r.version),
                "sha256": r.sha256(),
                "messages": rows,
            }))
            .unwrap_or_default(),
        );
    } else {
        for m in &messages {
            out.line(&m.to_string());
        }
        out.line(&format!(
            "{}: {}@{} (SHA-256 {}): {errors} error(s), {} warning(s)",
            input::display_name(path),
            r.id,
            r.version,
            r.sha256(),
            messages.len() - errors
        ));
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `tthc rulesets --status [--json]`: per bundled ruleset, the items by status and each item that is not
/// official wording with its source note; the dated rules of the regulation data; the texts on watch.
pub fn ruleset_status(json_out: bool, out: &mut Out) -> ExitCode {
    use tthc_core::legal::StatusReport;
    use tthc_core::regulation::Regulation;
    let registry = Registry::bundled();
    let reg = Regulation::bundled();
    let status = |s: Status| s.label().vi;
    let basis =
        |b: Option<&tthc_core::ruleset::LegalBasis>| b.map(ToString::to_string).unwrap_or_default();
    let dated = dated_rules(reg);
    if json_out {
        let rulesets: Vec<_> = registry
            .all()
            .iter()
            .map(|r| {
                let s = StatusReport::of(r);
                json!({
                    "id": r.id,
                    "version": r.version,
                    "sha256": r.sha256(),
                    "items": { "official": s.official, "summary": s.summary, "reconstructed": s.reconstructed },
                    "unconfirmed": s.unconfirmed.iter().map(|u| json!({
                        "id": u.id,
                        "status": u.status.key(),
                        "text": u.text.vi,
                        "basis": basis(u.basis.as_ref()),
                        "source": u.source.as_ref().map(|t| t.vi.clone()).unwrap_or_default(),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let doc = json!({
            "rulesets": rulesets,
            "dated_rules": dated.iter().map(|(subject, period, basis, s)| json!({
                "subject": subject, "period": period, "basis": basis, "status": s.key(),
            })).collect::<Vec<_>>(),
            "watch": reg.watch.iter().map(|w| json!({
                "title": w.title.vi, "date": w.date.to_string(), "note": w.note.vi,
            })).collect::<Vec<_>>(),
        });
        out.line(&serde_json::to_string_pretty(&doc).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    for r in registry.all() {
        let s = StatusReport::of(r);
        out.line(&format!(
            "{}@{} — {}: {} nguyên văn, {} tóm lược, {} tái dựng",
            r.id, r.version, r.title.vi, s.official, s.summary, s.reconstructed
        ));
        for u in &s.unconfirmed {
            let source = u.source.as_ref().map(|t| t.vi.as_str()).unwrap_or_default();
            out.line(&format!(
                "  [{}] {} — {}{}",
                status(u.status),
                cut(&u.text.vi, 100),
                basis(u.basis.as_ref()),
                if source.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", cut(source, 120))
                }
            ));
        }
        out.line("");
    }
    out.line("Quy định theo thời gian:");
    for (subject, period, basis, s) in &dated {
        let period = if period.is_empty() {
            String::new()
        } else {
            format!(" ({period})")
        };
        out.line(&format!("  {subject}{period}: {basis} [{}]", status(*s)));
    }
    out.line("");
    out.line("Văn bản đang theo dõi (chưa kiểm tra ảnh hưởng):");
    for w in &reg.watch {
        out.line(&format!(
            "  {} ({}): {}",
            w.title.vi,
            w.date.short(),
            w.note.vi
        ));
    }
    ExitCode::SUCCESS
}

/// The dated rules of the regulation data: what they decide, the days they cover, their basis and status.
fn dated_rules(reg: &tthc_core::regulation::Regulation) -> Vec<(String, String, String, Status)> {
    let laws = reg.promulgation_law.iter().map(|law| {
        (
            "Luật Ban hành văn bản quy phạm pháp luật".to_owned(),
            law.period().describe(Lang::Vi),
            law.basis.to_string(),
            law.status,
        )
    });
    let content = reg.appraisal_content.iter().map(|c| {
        (
            "Nội dung thẩm định quy định thủ tục hành chính".to_owned(),
            c.period().describe(Lang::Vi),
            c.basis.to_string(),
            c.status,
        )
    });
    let units = reg.control_units.iter().map(|u| {
        (
            format!("Đơn vị cho ý kiến: {}", u.unit.vi),
            u.period().describe(Lang::Vi),
            u.basis.to_string(),
            u.status,
        )
    });
    laws.chain(content).chain(units).collect()
}

/// The rows of `tthc cost`'s table: each procedure, then the totals split (the existing procedures, the new
/// ones, the whole draft), each change said as a rise or a fall.
fn cost_rows(report: &cost::Report, lang: Lang) -> Vec<Vec<String>> {
    let annual = |s: &Option<cost::ScenarioCost>| {
        s.as_ref().map_or_else(
            || "—".to_owned(),
            |s| figure(s.figures.annual_cost, Unit::Dong, lang),
        )
    };
    let change = |delta: Option<tthc_core::Decimal>, unit| money::change(delta, unit, lang);
    let mut rows: Vec<Vec<String>> = report
        .procedures
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let delta = if c.kind.has_before() {
                c.annual_saving.map(|s| -s)
            } else {
                c.after.as_ref().and_then(|s| s.figures.annual_cost)
            };
            vec![
                (i + 1).to_string(),
                cut(&c.name, 48),
                c.kind.label().get(lang).to_owned(),
                annual(&c.before),
                annual(&c.after),
                change(delta, Unit::Dong),
                change(c.reduction_percent.map(|s| -s), Unit::Percent),
            ]
        })
        .collect();
    let tot = &report.total;
    let existing = report
        .procedures
        .iter()
        .filter(|c| c.kind.has_before())
        .count();
    let new = report.procedures.len() - existing;
    let ex = &tot.existing;
    if existing > 0 {
        rows.push(vec![
            String::new(),
            format!(
                "{} ({existing})",
                t(lang, "Cộng các thủ tục hiện hành", "Existing procedures")
            ),
            String::new(),
            figure(ex.annual_cost_before, Unit::Dong, lang),
            figure(ex.annual_cost_after, Unit::Dong, lang),
            change(ex.annual_saving.map(|s| -s), Unit::Dong),
            change(ex.reduction_percent.map(|s| -s), Unit::Percent),
        ]);
    }
    if new > 0 {
        rows.push(vec![
            String::new(),
            format!(
                "{} ({new})",
                t(lang, "Cộng các thủ tục mới", "New procedures")
            ),
            String::new(),
            "—".to_owned(),
            figure(tot.new_annual_cost, Unit::Dong, lang),
            change(tot.new_annual_cost, Unit::Dong),
            "—".to_owned(),
        ]);
    }
    rows.push(vec![
        String::new(),
        t(lang, "Cả dự thảo", "The whole draft"),
        String::new(),
        figure(tot.annual_cost_before, Unit::Dong, lang),
        figure(tot.annual_cost_after, Unit::Dong, lang),
        change(tot.net_annual_change, Unit::Dong),
        "—".to_owned(),
    ]);
    rows
}

/// An item of the form as people know it: its printed number and the start of its wording.
fn item_words(ruleset: Option<&tthc_core::ruleset::Ruleset>, key: &str, lang: Lang) -> String {
    let id = key.split('@').next().unwrap_or(key);
    ruleset.and_then(|r| r.item(id)).map_or_else(
        || t(lang, "một câu hỏi của biểu mẫu", "an item of the form"),
        |i| {
            let label = if i.label.is_empty() {
                String::new()
            } else {
                format!("{}) ", i.label)
            };
            format!("{label}{}", tthc_core::text::excerpt(i.text.get(lang), 60))
        },
    )
}
