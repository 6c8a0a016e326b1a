//! A document of the assessment (the dossier, or the appraisal report): its options, a preview in the
//! page, downloads as `.md` and `.html`, and printing with the document's print layout.

use tthc_core::Lang;
use tthc_core::dossier::Format;
use web_sys::HtmlIFrameElement;
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::download;
use crate::renderer::{self, Document, mime};
use crate::session::Msg;
use crate::widgets::fields::{DateField, Select};

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
    ctx.dispatch.emit(Msg::RecordCost);
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
            let view = {
                let s = ctx.session();
                renderer::view(
                    &s,
                    document,
                    Format::Html,
                    s.document_lang(),
                    s.document.date,
                )
            };
            preview.set(Preview::Working);
            let preview = preview.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let out = renderer::render(view).await;
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
            let view = {
                let s = ctx.session();
                renderer::view(&s, document, format, s.document_lang(), s.document.date)
            };
            let name = file_name(&ctx, document, format);
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = renderer::render(view)
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
        Document::Dossier => lang.pick("Xem trước hồ sơ", "Preview of the dossier"),
        Document::Appraisal => lang.pick(
            "Xem trước báo cáo thẩm định",
            "Preview of the appraisal report",
        ),
    };
    html! {
        <section class="document" aria-labelledby={format!("{prefix}-title")}>
            <h2 id={format!("{prefix}-title")}>{ title }</h2>
            <div class="document-options">
                <DateField id={format!("{prefix}-date")} label={lang.pick("Ngày ghi trên văn bản", "Date on the document")} value={Some(date)}
                    on_change={ctx.dispatch.reform(move |d: Option<tthc_core::Date>| d.map_or(Msg::DocumentDate(date), Msg::DocumentDate))} />
                <Select id={format!("{prefix}-lang")} label={lang.pick("Ngôn ngữ của văn bản", "Language of the document")}
                    value={AttrValue::from(doc_lang.code())} options={languages} {lang}
                    on_change={ctx.dispatch.reform(|code: String| Msg::DocumentLang(Lang::from_code(&code).unwrap_or(Lang::Vi)))} />
            </div>
            <div class="toolbar">
                <button type="button" id={format!("{prefix}-preview")} onclick={make_preview.reform(|_: MouseEvent| ())}>
                    { lang.pick("Cập nhật bản xem trước", "Refresh the preview") }
                </button>
                <button type="button" class="primary" id={format!("{prefix}-download-html")} onclick={save(Format::Html)}>
                    { lang.pick("Tải về (.html)", "Download (.html)") }
                </button>
                <button type="button" id={format!("{prefix}-download-md")} onclick={save(Format::Markdown)}>
                    { lang.pick("Tải về (.md)", "Download (.md)") }
                </button>
                <button type="button" id={format!("{prefix}-print")} onclick={print}>
                    { lang.pick("In", "Print") }
                </button>
            </div>
            { match &*preview {
                Preview::None => html! { <p class="hint">{ lang.pick("Bấm \"Cập nhật bản xem trước\" để xem văn bản.", "Choose \"Refresh the preview\" to see the document.") }</p> },
                Preview::Working => html! { <p role="status">{ lang.pick("Đang lập văn bản…", "Making the document…") }</p> },
                Preview::Failed(e) => html! { <p class="notice error" role="alert">{ lang.pick("Không lập được văn bản: ", "The document could not be made: ") }{ e.clone() }</p> },
                Preview::Ready(html_text) => html! {
                    <iframe ref={frame.clone()} class="preview" id={format!("{prefix}-frame")} title={title}
                        sandbox="allow-modals allow-same-origin" srcdoc={html_text.clone()} />
                },
            } }
        </section>
    }
}
