//! A document of the assessment (the dossier, or the appraisal report): its options, a preview in the
//! page, downloads as `.md` and `.html`, and printing with the document's print layout.

use tthc_core::{Action, CostAction, Lang};
use web_sys::HtmlIFrameElement;
use yew::prelude::*;

use super::PageTitle;
use crate::app::{Ctx, use_ctx};
use crate::download;
use crate::fields::{DateField, Select};
use tthc_core::dossier::Format;

use crate::renderer::{self, Document, mime};
use crate::session::Msg;
use crate::words::tr;

/// The dossier page.
#[component]
pub fn DossierPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    html! {
        <>
            <PageTitle>{ tr(lang, "Hồ sơ đánh giá tác động", "The impact-assessment dossier") }</PageTitle>
            <p class="hint">{ tr(lang,
                "Hồ sơ gồm các biểu mẫu đã điền, so sánh bộ phận, bảng chi phí tuân thủ với cách tính, các phát hiện và phụ lục. Khi tải về, số liệu chi phí được ghi nhận vào tệp để cơ quan thẩm định tính lại và đối chiếu.",
                "The dossier holds the completed forms, the comparison of components, the cost tables with how they were computed, the findings and the annexes. Downloading it records the cost figures in the file, so that the appraiser can recompute and compare them.") }</p>
            <DocumentPanel document={Document::Dossier} auto_preview=true />
            <section class="form-section" aria-labelledby="file-title">
                <h2 id="file-title">{ tr(lang, "Tệp dữ liệu", "The data file") }</h2>
                <p>{ tr(lang, "Gửi kèm tệp đánh giá (.json) để cơ quan thẩm định mở trong ứng dụng này.", "Send the assessment file (.json) with it, for the appraiser to open in this app.") }</p>
                <super::files::DownloadWork />
            </section>
        </>
    }
}

/// Properties of a document panel.
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// Which document.
    pub document: Document,
    /// Make the preview when the panel is shown.
    #[prop_or_default]
    pub auto_preview: bool,
}

/// What the preview shows.
#[derive(Debug, Clone, PartialEq)]
enum Preview {
    None,
    Working,
    Ready(String),
    Failed(String),
}

/// Records the cost figures in the file when they differ from the current computation, so that the
/// dossier and the file say the same.
fn record_cost(ctx: &Ctx) {
    let stale = {
        let s = ctx.session();
        s.assessment().recorded_cost.as_ref() != Some(&s.cost().result())
    };
    if stale {
        ctx.dispatch.emit(Msg::Do(Action::Cost(CostAction::Record)));
    }
}

fn file_name(ctx: &Ctx, document: Document, format: Format) -> String {
    let s = ctx.session();
    let prefix = match document {
        Document::Dossier => "ho-so-danh-gia-tac-dong",
        Document::Appraisal => "bao-cao-tham-dinh",
    };
    format!(
        "{prefix}-{}.{}",
        download::slug(&s.assessment().draft.title),
        format.extension()
    )
}

/// Options, preview, downloads and printing of a document.
#[component]
pub fn DocumentPanel(p: &PanelProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let preview = use_state(|| Preview::None);
    let frame = use_node_ref();
    let document = p.document;
    let (date, doc_lang) = {
        let s = ctx.session();
        (s.document.date, s.document_lang())
    };
    let make_preview = {
        let (ctx, preview) = (ctx.clone(), preview.clone());
        Callback::from(move |()| {
            let a = ctx.session().assessment().clone();
            let (date, lang) = {
                let s = ctx.session();
                (s.document.date, s.document_lang())
            };
            preview.set(Preview::Working);
            let preview = preview.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let out = renderer::render(&a, document, Format::Html, lang, date).await;
                preview.set(match out {
                    Ok(html) => Preview::Ready(html),
                    Err(e) => Preview::Failed(e),
                });
            });
        })
    };
    {
        let make_preview = make_preview.clone();
        let auto = p.auto_preview;
        use_effect_with((date, doc_lang, auto), move |(_, _, auto)| {
            if *auto {
                make_preview.emit(());
            }
        });
    }
    let save = |format: Format| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if document == Document::Dossier {
                record_cost(&ctx);
            }
            let a = ctx.session().assessment().clone();
            let (date, doc_lang) = {
                let s = ctx.session();
                (s.document.date, s.document_lang())
            };
            let name = file_name(&ctx, document, format);
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = renderer::render(&a, document, format, doc_lang, date)
                    .await
                    .and_then(|text| download::save(&name, mime(format), &text));
                if let Err(reason) = result {
                    ctx.dispatch.emit(Msg::Notify {
                        error: true,
                        text: tthc_core::Text::new(
                            format!("Không lập được tài liệu: {reason}. Công việc không bị ảnh hưởng."),
                            format!("The document could not be made: {reason}. The work is not affected."),
                        ),
                    });
                }
            });
        })
    };
    let print = {
        let frame = frame.clone();
        let d = ctx.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let printed = frame
                .cast::<HtmlIFrameElement>()
                .and_then(|f| f.content_window())
                .map(|w| w.print());
            if !matches!(printed, Some(Ok(()))) {
                d.emit(Msg::Notify {
                    error: true,
                    text: tthc_core::Text::new(
                        "Chưa in được: hãy chờ bản xem trước hiện ra rồi thử lại.",
                        "Could not print yet: wait for the preview, then try again.",
                    ),
                });
            }
        })
    };
    let languages = vec![
        (AttrValue::from("vi"), AttrValue::from("Tiếng Việt")),
        (AttrValue::from("en"), AttrValue::from("English")),
    ];
    let prefix = match document {
        Document::Dossier => "dossier",
        Document::Appraisal => "report",
    };
    let title = match document {
        Document::Dossier => tr(lang, "Xem trước hồ sơ", "Preview of the dossier"),
        Document::Appraisal => tr(
            lang,
            "Xem trước báo cáo thẩm định",
            "Preview of the appraisal report",
        ),
    };
    html! {
        <section class="document" aria-labelledby={format!("{prefix}-title")}>
            <h2 id={format!("{prefix}-title")}>{ title }</h2>
            <div class="document-options">
                <DateField id={format!("{prefix}-date")} label={tr(lang, "Ngày ghi trên văn bản", "Date on the document")} value={Some(date)}
                    on_change={ctx.dispatch.reform(move |d: Option<tthc_core::Date>| d.map_or(Msg::DocumentDate(date), Msg::DocumentDate))} />
                <Select id={format!("{prefix}-lang")} label={tr(lang, "Ngôn ngữ của văn bản", "Language of the document")}
                    value={AttrValue::from(doc_lang.code())} options={languages} {lang}
                    on_change={ctx.dispatch.reform(|code: String| Msg::DocumentLang(Lang::from_code(&code).unwrap_or(Lang::Vi)))} />
            </div>
            <div class="toolbar">
                <button type="button" id={format!("{prefix}-preview")} onclick={make_preview.reform(|_: MouseEvent| ())}>
                    { tr(lang, "Cập nhật bản xem trước", "Refresh the preview") }
                </button>
                <button type="button" class="primary" id={format!("{prefix}-download-html")} onclick={save(Format::Html)}>
                    { tr(lang, "Tải về (.html)", "Download (.html)") }
                </button>
                <button type="button" id={format!("{prefix}-download-md")} onclick={save(Format::Markdown)}>
                    { tr(lang, "Tải về (.md)", "Download (.md)") }
                </button>
                <button type="button" id={format!("{prefix}-print")} onclick={print}>
                    { tr(lang, "In", "Print") }
                </button>
            </div>
            { match &*preview {
                Preview::None => html! { <p class="hint">{ tr(lang, "Bấm \"Cập nhật bản xem trước\" để xem văn bản.", "Choose \"Refresh the preview\" to see the document.") }</p> },
                Preview::Working => html! { <p role="status">{ tr(lang, "Đang lập văn bản…", "Making the document…") }</p> },
                Preview::Failed(e) => html! { <p class="notice error" role="alert">{ tr(lang, "Không lập được văn bản: ", "The document could not be made: ") }{ e.clone() }</p> },
                Preview::Ready(html_text) => html! {
                    <iframe ref={frame.clone()} class="preview" id={format!("{prefix}-frame")} title={title}
                        sandbox="allow-modals allow-same-origin" srcdoc={html_text.clone()} />
                },
            } }
        </section>
    }
}
