//! The drafter's dossier: golden files (run with UPDATE_GOLDEN=1 to accept a change), determinism, the
//! content the issue asks for, and custom templates.

use tthc_core::dossier::{Format, Options, RenderError, Templates, render_dossier};
use tthc_core::{Action, Answer, Assessment, Date, Lang, ProcedureKind, Registry, sample::sample};
use tthc_tests::assert_golden;

fn date() -> Date {
    "2026-11-26".parse().expect("date")
}

fn render(a: &Assessment, lang: Lang, format: Format) -> String {
    let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
    render_dossier(
        a,
        &tthc_core::Analysis::new(a, ruleset),
        Options {
            lang,
            date: date(),
            format,
        },
        &Templates::bundled(),
    )
    .expect("renders")
}

#[test]
fn golden_sample_in_both_languages_and_formats() {
    let a = sample();
    for (lang, format, name) in [
        (Lang::Vi, Format::Markdown, "dossier-sample.vi.md"),
        (Lang::Vi, Format::Html, "dossier-sample.vi.html"),
        (Lang::En, Format::Markdown, "dossier-sample.en.md"),
        (Lang::En, Format::Html, "dossier-sample.en.html"),
    ] {
        assert_golden(name, &render(&a, lang, format));
    }
}

#[test]
fn golden_amended_procedure() {
    let mut a = sample();
    a.apply(Action::RemoveProcedure { id: "p1".into() });
    a.apply(Action::RemoveProcedure { id: "p3".into() });
    a.recorded_cost = None;
    let md = render(&a, Lang::Vi, Format::Markdown);
    assert!(
        md.contains("| Thời hạn giải quyết | 10 ngày làm việc | 5 ngày làm việc<br>"),
        "before → after"
    );
    assert!(md.contains("Rút ngắn thời hạn giải quyết từ 10 xuống 5 ngày làm việc (giảm 50,00%)."));
    assert!(md.contains("(Biểu mẫu số 03/ĐGTĐ-QĐCT/SĐBS)"));
    assert_golden("dossier-amended.vi.md", &md);
}

#[test]
fn golden_unnecessary_procedure_stopped() {
    let mut a = sample();
    a.apply(Action::RemoveProcedure { id: "p2".into() });
    a.apply(Action::RemoveProcedure { id: "p3".into() });
    a.recorded_cost = None;
    a.apply(Action::Answer {
        id: "p1".into(),
        key: "tt03.new.ii.3".into(),
        answer: Answer::choice_with_reason("no", "Chế độ thông báo là đủ."),
    });
    let md = render(&a, Lang::Vi, Format::Markdown);
    assert!(md.contains("> *Không đánh giá: Thủ tục hành chính không cần thiết: dừng đánh giá; các phần III–V không đánh giá.*"));
    assert!(
        !md.contains("Có được quy định rõ ràng, cụ thể và phù hợp không?"),
        "section IV is not shown"
    );
    assert_golden("dossier-stopped.vi.md", &md);
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let a = sample();
    assert_eq!(
        render(&a, Lang::Vi, Format::Html),
        render(&a.clone(), Lang::Vi, Format::Html)
    );
    // The date is an argument, not a clock.
    let other = render_dossier(
        &a,
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        Options {
            lang: Lang::Vi,
            date: "2027-01-02".parse().expect("date"),
            format: Format::Markdown,
        },
        &Templates::bundled(),
    )
    .expect("renders");
    assert!(other.contains("Hà Nội, ngày 02 tháng 1 năm 2027"));
}

#[test]
fn the_dossier_has_every_part() {
    let md = render(&sample(), Lang::Vi, Format::Markdown);
    for part in [
        // The layout of NĐ 30/2020: superior body over the issuing body, the number, motto, place and date,
        // the document's type and trích yếu, Kính gửi; the signature block and Nơi nhận before the annexes.
        "| ỦY BAN NHÂN DÂN<br>THÀNH PHỐ HÀ NỘI<br>**SỞ XÂY DỰNG<br>THÀNH PHỐ HÀ NỘI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
        "| Số: …………… | *Hà Nội, ngày 26 tháng 11 năm 2026* |",
        "# HỒ SƠ ĐÁNH GIÁ TÁC ĐỘNG CỦA THỦ TỤC HÀNH CHÍNH\n\n**Về các thủ tục hành chính quy định tại dự thảo Quyết định ban hành",
        "Kính gửi: Sở Tư pháp thành phố Hà Nội.",
        "- Bộ biểu mẫu: Biểu mẫu đánh giá tác động của thủ tục hành chính theo Thông tư 03/2022/TT-BTP, phiên bản 2\n",
        "| ***Nơi nhận:***<br>\\- Như trên;<br>\\- Giám đốc Sở (để báo cáo);<br>\\- Lưu: VT, Phòng QLKCHTGT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br><br><br>**Lê Văn Hùng (giả định cho ví dụ)** |",
        "I. TỔNG HỢP CÁC THỦ TỤC HÀNH CHÍNH",
        "| 2 | Cấp phép sử dụng tạm thời một phần lòng đường, hè phố để tổ chức hoạt động văn hóa, thể thao, lễ hội | Thủ tục hành chính được sửa đổi, bổ sung | Cách thức thực hiện; Thành phần, số lượng hồ sơ; Thời hạn giải quyết; Cơ quan giải quyết | 1.392.586.364 đồng | 776.761.364 đồng | giảm −615.825.000 đồng | giảm 44,22% | 0 |",
        // The totals, split: the existing procedures (what the target is measured on), the new, the net.
        "| | **Cộng các thủ tục hiện hành** (2) | | | **1.775.131.818 đồng** | **776.761.364 đồng** | **giảm −998.370.455 đồng** | **giảm 56,24%** | |",
        "| | **Cộng các thủ tục mới** (1) | | | — | **5.209.630.682 đồng** | **tăng +5.209.630.682 đồng** | — | |",
        "- Chi phí tuân thủ của cả dự thảo: **tăng +4.211.260.227 đồng** một năm.",
        "| Chi phí tuân thủ một năm | chi phí một lần × số lần thực hiện của một đối tượng trong năm × số đối tượng trong năm |",
        "Chuyển thẩm quyền giải quyết từ cấp huyện xuống cấp xã.",
        "Chi phí tuân thủ giảm 615.825.000 đồng/năm (44,22%).",
        "Phụ lục 1. Tham số tính chi phí tuân thủ",
        "| Thu nhập bình quân đầu người một tháng | 5.400.000 đồng | Tổng cục Thống kê",
        "Phụ lục 2. Nội dung biểu mẫu tái dựng, chờ thẩm tra (†)",
        // Items by their section and printed number, never by their internal code.
        "| Cách thức thực hiện | b) | Có quy định cho phép nộp hồ sơ và nhận kết quả trực tuyến không? |",
        // Annexes numbered from 1 in the order they are printed.
        "Phụ lục 3. Tình trạng pháp lý của các quy định được áp dụng",
        "Phụ lục 4. Ý kiến của đơn vị kiểm soát thủ tục hành chính và giải trình, tiếp thu",
        "**Giải trình:** Cần 05 ngày làm việc",
        "Phụ lục 5. Dấu vân tay dữ liệu",
    ] {
        assert!(md.contains(part), "missing: {part}");
    }
    let fingerprint = tthc_core::file::fingerprint(&sample());
    assert!(md.contains(&format!("`{fingerprint}`")));
    // Official wording is printed without a marker; reconstructed wording with one.
    assert!(
        md.contains("**a)** Có được quy định rõ ràng và cụ thể về các bước thực hiện không?\n")
    );
    assert!(md.contains("**a)** Có được quy định rõ ràng, cụ thể không? †"));
}

#[test]
fn the_html_is_self_contained_and_print_ready() {
    let html = render(&sample(), Lang::Vi, Format::Html);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"vi\">"));
    assert!(html.contains("size: A4 portrait;"));
    assert!(
        html.contains("@top-center { content: counter(page);"),
        "page numbers top centre"
    );
    assert!(
        html.contains("@page :first { @top-center { content: none; } }"),
        "not on page 1"
    );
    assert!(html.contains("<table class=\"letterhead\">"));
    assert!(html.contains("<table class=\"signature\">"));
    assert!(html.contains("font-family: \"Times New Roman\""));
    assert!(html.contains("break-before: page"));
    assert!(
        html.contains("<figure class=\"chart\">\n<svg"),
        "inline SVG chart"
    );
    for external in ["<script", "<link", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(external), "not self-contained: {external}");
    }
    assert_eq!(
        html.matches("<section class=\"procedure\"").count(),
        3,
        "each procedure on its own page"
    );
}

#[test]
fn a_province_can_bring_its_own_templates() {
    let mine = Templates::bundled().with("cover.md", "# {{ v.draft.title }} — {{ t.nation }}\n");
    let a = sample();
    let md = render_dossier(
        &a,
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        Options {
            lang: Lang::Vi,
            date: date(),
            format: Format::Markdown,
        },
        &mine,
    )
    .expect("renders");
    assert!(md.starts_with("# Quyết định ban hành Quy định"));
    assert!(!md.contains("| SỞ XÂY DỰNG THÀNH PHỐ HÀ NỘI |"));

    // A mistake in a template is an error that names it, not a silent blank.
    let broken = Templates::bundled().with("cover.md", "# {{ v.draft.titel }}\n");
    let err = render_dossier(
        &a,
        &tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset()),
        Options {
            lang: Lang::Vi,
            date: date(),
            format: Format::Markdown,
        },
        &broken,
    )
    .expect_err("strict");
    assert!(
        matches!(&err, RenderError::Template { name, .. } if name == "cover.md"),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("expected template cover.md to render"),
        "{err}"
    );
}

#[test]
fn an_empty_assessment_renders() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::New,
    });
    for lang in [Lang::Vi, Lang::En] {
        for format in [Format::Markdown, Format::Html] {
            let out = render(&a, lang, format);
            assert!(out.contains(if lang == Lang::Vi {
                "chưa trả lời"
            } else {
                "not answered"
            }));
        }
    }
}

mod properties {
    use proptest::prelude::*;
    use tthc_core::dossier::{Format, Options, Templates, render_appraisal, render_dossier};
    use tthc_core::{Lang, Registry};
    use tthc_tests::arbitrary::assessment;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Any assessment users can make renders, in both documents, formats and languages.
        #[test]
        fn every_assessment_renders(a in assessment(30), html in any::<bool>(), en in any::<bool>()) {
            let options = Options {
                lang: if en { Lang::En } else { Lang::Vi },
                date: "2026-11-26".parse().expect("date"),
                format: if html { Format::Html } else { Format::Markdown },
            };
            let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
            let templates = Templates::bundled();
            prop_assert!(render_dossier(
        &a,
        &tthc_core::Analysis::new(&a, ruleset),
        options, &templates).is_ok());
            prop_assert!(render_appraisal(
        &a,
        &tthc_core::Analysis::new(&a, ruleset),
        options, &templates).is_ok());
        }
    }
}

/// A document's view travels as JSON (the app builds it, the document module renders it): read back, it
/// renders the same bytes as the view itself.
#[test]
fn a_view_sent_as_json_renders_the_same_document() {
    use tthc_core::dossier::{DocumentView, appraisal_view, dossier_view, render_view};
    let a = tthc_tests::appraised_sample();
    let analysis = tthc_core::Analysis::new(&a, Registry::bundled().default_ruleset());
    for format in [Format::Markdown, Format::Html] {
        let options = Options {
            lang: Lang::Vi,
            date: date(),
            format,
        };
        for view in [
            DocumentView::Dossier(Box::new(dossier_view(&a, &analysis, options))),
            DocumentView::Appraisal(Box::new(appraisal_view(&a, &analysis, options))),
        ] {
            let json = serde_json::to_string(&view).expect("json");
            let back: DocumentView = serde_json::from_str(&json).expect("reads back");
            assert_eq!(back, view);
            assert_eq!(
                render_view(&back, &Templates::bundled()).expect("renders"),
                render_view(&view, &Templates::bundled()).expect("renders")
            );
        }
    }
}

/// The text a person reads in an HTML document: what is between the tags, outside the style sheet.
fn text_of_html(html: &str) -> String {
    let body = html.split("</style>").last().unwrap_or(html);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// No internal identifier reaches what people read: findings by their message, comments by number, items
/// by their printed number, the ruleset by its title and version in words — in both documents, both
/// languages and both formats, for the sample, the appraised sample and a generated draft of 100 procedures.
#[test]
fn no_internal_identifier_reaches_what_people_read() {
    use tthc_core::dossier::render_appraisal;
    use tthc_core::finding::internal_identifiers;
    let drafts = [
        ("the sample", sample()),
        ("the appraised sample", tthc_tests::appraised_sample()),
        ("a generated draft", tthc_core::sample::generated(100)),
    ];
    for (what, a) in &drafts {
        let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
        let analysis = tthc_core::Analysis::new(a, ruleset);
        for lang in [Lang::Vi, Lang::En] {
            for format in [Format::Markdown, Format::Html] {
                let options = Options {
                    lang,
                    date: date(),
                    format,
                };
                let dossier =
                    render_dossier(a, &analysis, options, &Templates::bundled()).expect("renders");
                let report = render_appraisal(a, &analysis, options, &Templates::bundled())
                    .expect("renders");
                for (doc, text) in [("dossier", dossier), ("report", report)] {
                    let text = if format == Format::Html {
                        text_of_html(&text)
                    } else {
                        text
                    };
                    let found = internal_identifiers(&text);
                    assert!(
                        found.is_empty(),
                        "{what}, {doc}, {lang:?}, {format:?}: internal identifiers {found:?}"
                    );
                }
            }
        }
    }
    // The scan itself finds what it must (so that the test above can fail).
    assert_eq!(
        internal_identifiers("- **Thông tin** [control-unit] Ý kiến y1 — tt03-2022@2"),
        ["control-unit", "y1", "tt03-2022@2"]
    );
}
