//! The legal basis and the forms: what the software applies to this draft and how sure it is of each part
//! (the dated rules, the forms' items by status, each unconfirmed item with its source note, the texts on
//! watch), and the correction of the forms' wording by a legal officer, saved as a local ruleset that the
//! work embeds and that can be exported and opened as a file.

use std::rc::Rc;

use tthc_core::legal::{self, StatusReport};
use tthc_core::ruleset::{ItemEdit, LegalBasis, LintLevel, Status, lint};
use tthc_core::{Action, Lang, Ruleset, Text};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::download;
use crate::session::{Msg, Purpose};
use crate::widgets::PageTitle;
use crate::widgets::fields::{Select, TextField};
use crate::widgets::files::OpenFile;

/// The legal-status page with the wording editor.
#[component]
pub fn LegalPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let session = ctx.session();
    let a = session.assessment();
    let ruleset = session.ruleset();
    // The corrections not yet saved: a local copy of the ruleset in use, with the edits applied.
    let working = use_state(|| None::<Rc<Ruleset>>);
    // The item being corrected and its corrections so far.
    let chosen = use_state(String::new);
    let edit = use_state(|| None::<ItemEdit>);
    let shown: &Ruleset = working.as_deref().unwrap_or(ruleset);
    let report = use_memo(shown.sha256().to_owned(), {
        let shown = shown.clone();
        move |_| StatusReport::of(&shown)
    });
    let applied = legal::applied_rules(a, ruleset, session.analysis().date());
    let watch = legal::watch(ruleset);
    let local = ruleset.is_local();
    html! {
        <div class="legal">
            <PageTitle>{ lang.pick("Căn cứ pháp lý và biểu mẫu", "Legal basis and forms") }</PageTitle>
            <p class="hint">{ lang.pick(
                "Các quy định phần mềm áp dụng cho dự thảo này theo ngày của dự thảo, mức độ xác nhận của từng nội dung, và các văn bản đang theo dõi. Cán bộ pháp chế có thể sửa câu chữ của biểu mẫu ngay tại đây.",
                "The rules the software applies to this draft by the draft's date, how sure each part is, and the texts on watch. A legal officer can correct the forms' wording here.") }</p>
            <h2>{ lang.pick("Bộ biểu mẫu đang dùng", "The forms in use") }</h2>
            <p id="legal-ruleset">
                { shown_title(ruleset, lang) }
                if local {
                    <strong class="badge">{ lang.pick(" — bản địa phương, kèm trong tệp đánh giá", " — a local version, embedded in the assessment file") }</strong>
                }
            </p>
            <p class="hint digest">{ format!("SHA-256: {}", ruleset.sha256()) }</p>
            <p>{ counts(&report, lang) }</p>
            <h2>{ lang.pick("Quy định áp dụng theo ngày của dự thảo", "Rules applied by the draft's date") }</h2>
            <table class="applied">
                <thead><tr>
                    <th scope="col">{ lang.pick("Nội dung", "Subject") }</th>
                    <th scope="col">{ lang.pick("Áp dụng", "Applies") }</th>
                    <th scope="col">{ lang.pick("Căn cứ", "Basis") }</th>
                    <th scope="col">{ lang.pick("Mức độ xác nhận", "Status") }</th>
                    <th scope="col">{ lang.pick("Lý do", "Why") }</th>
                </tr></thead>
                <tbody>
                    { for applied.iter().map(|r| html! {
                        <tr>
                            <td>{ r.subject.get(lang).to_owned() }</td>
                            <td data-label={lang.pick("Áp dụng", "Applies")}>{ r.applies.get(lang).to_owned() }</td>
                            <td data-label={lang.pick("Căn cứ", "Basis")}>{ r.basis.as_ref().map(ToString::to_string).unwrap_or_default() }</td>
                            <td data-label={lang.pick("Mức độ xác nhận", "Status")}>{ r.status.label().get(lang).to_owned() }</td>
                            <td data-label={lang.pick("Lý do", "Why")}>{ r.why.get(lang).to_owned() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if !watch.is_empty() {
                <h2>{ lang.pick("Văn bản đang theo dõi (chưa kiểm tra ảnh hưởng)", "Texts on watch (effect not yet checked)") }</h2>
                <ul class="watch">
                    { for watch.iter().map(|w| html! {
                        <li><strong>{ w.title.get(lang).to_owned() }</strong>{ format!(" ({}): ", w.date.short()) }{ w.note.get(lang).to_owned() }</li>
                    }) }
                </ul>
            }
            <Editor ruleset={RulesetRc(Rc::new(ruleset.clone()))} working={working.clone()} chosen={chosen.clone()} edit={edit.clone()}
                province={AttrValue::from(a.draft.province.clone())} />
            <h2>{ lang.pick("Nội dung chưa phải nguyên văn", "Items that are not verbatim") }</h2>
            <p class="hint">{ lang.pick("Mỗi nội dung dưới đây cần cán bộ pháp chế đối chiếu với văn bản gốc; bấm \u{201c}Sửa câu chữ\u{201d} để sửa.",
                "Each item below needs a legal officer to check it against the official text; press \u{201c}Correct the wording\u{201d} to correct it.") }</p>
            <ul class="unconfirmed">
                { for report.unconfirmed.iter().map(|u| {
                    let pick = {
                        let (chosen, edit, id) = (chosen.clone(), edit.clone(), u.id.clone());
                        let item = shown.item(&u.id).map(ItemEdit::of);
                        Callback::from(move |_: MouseEvent| {
                            edit.set(item.clone());
                            chosen.set(id.clone());
                            focus("editor/text-vi");
                        })
                    };
                    html! {
                        <li key={u.id.clone()}>
                            <span class="status">{ format!("[{}] ", u.status.label().get(lang)) }</span>
                            { u.text.get(lang).to_owned() }
                            if let Some(source) = &u.source {
                                <p class="hint">{ source.get(lang).to_owned() }</p>
                            }
                            <button type="button" class="edit-link" onclick={pick}>{ lang.pick("Sửa câu chữ", "Correct the wording") }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// Moves the focus to an element once the page has rendered it.
fn focus(id: &'static str) {
    use wasm_bindgen::JsCast;
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(el) = gloo::utils::document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}

fn shown_title(r: &Ruleset, lang: Lang) -> String {
    format!("{} ({}@{})", r.title.get(lang), r.id, r.version)
}

fn counts(r: &StatusReport, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "{} câu hỏi: {} nguyên văn, {} theo bản tóm lược, {} tái dựng, chờ thẩm tra.",
            r.total(),
            r.official,
            r.summary,
            r.reconstructed
        ),
        Lang::En => format!(
            "{} items: {} verbatim, {} from a summary, {} reconstructed, to be verified.",
            r.total(),
            r.official,
            r.summary,
            r.reconstructed
        ),
    }
}

/// A ruleset as a property (compared by content digest).
#[derive(Clone)]
pub struct RulesetRc(Rc<Ruleset>);

impl PartialEq for RulesetRc {
    fn eq(&self, other: &RulesetRc) -> bool {
        self.0.sha256() == other.0.sha256()
    }
}

/// Properties of the wording editor.
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The ruleset in use.
    pub ruleset: RulesetRc,
    /// The corrections not yet saved.
    pub working: UseStateHandle<Option<Rc<Ruleset>>>,
    /// The id of the item being corrected.
    pub chosen: UseStateHandle<String>,
    /// Its corrections so far.
    pub edit: UseStateHandle<Option<ItemEdit>>,
    /// The draft's province, for the local ruleset's id.
    pub province: AttrValue,
}

/// Choose an item, correct its text, status, basis and source, see the lint, save as a new version.
#[component]
fn Editor(p: &EditorProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let in_use = p.ruleset.0.clone();
    let working = p.working.clone();
    let base: Rc<Ruleset> = working.as_ref().map_or_else(|| in_use.clone(), Rc::clone);
    let (chosen, edit) = (p.chosen.clone(), p.edit.clone());
    let problem = use_state(|| None::<Text>);
    let items: Vec<(AttrValue, AttrValue)> = base
        .all_items()
        .iter()
        .map(|r| {
            let label = r.item.label.trim();
            let text = tthc_core::text::excerpt(r.item.text.get(lang), 90);
            let shown = if label.is_empty() {
                text
            } else {
                format!("{label}. {text}")
            };
            (AttrValue::from(r.item.id.clone()), AttrValue::from(shown))
        })
        .collect();
    let on_choose = {
        let (chosen, edit, base, problem) =
            (chosen.clone(), edit.clone(), base.clone(), problem.clone());
        Callback::from(move |id: String| {
            edit.set(base.item(&id).map(ItemEdit::of));
            problem.set(None);
            chosen.set(id);
        })
    };
    let field = |f: fn(&mut ItemEdit, String)| {
        let edit = edit.clone();
        Callback::from(move |v: String| {
            if let Some(mut e) = (*edit).clone() {
                f(&mut e, v);
                edit.set(Some(e));
            }
        })
    };
    // The candidate with the correction applied, and its lint, live.
    let candidate: Option<Result<Ruleset, Text>> = (*edit).clone().map(|e| {
        let copy = if base.is_local() && working.is_some() {
            (*base).clone()
        } else {
            base.local_copy(&p.province, next_version(&in_use))
        };
        copy.with_item(&chosen, e).map_err(|err| match err {
            tthc_core::ruleset::EditError::EmptyText => Text::new(
                "Cần câu chữ tiếng Việt của câu hỏi; ô đang để trống.",
                "The item's Vietnamese text is needed; the field is empty.",
            ),
            tthc_core::ruleset::EditError::NoItem(_) => Text::new(
                "Bộ biểu mẫu không có câu hỏi đã chọn.",
                "The ruleset has no such item.",
            ),
        })
    });
    let messages = match &candidate {
        Some(Ok(r)) => lint(r),
        _ => working.as_deref().map(lint).unwrap_or_default(),
    };
    let errors = messages
        .iter()
        .filter(|m| m.level == LintLevel::Error)
        .count();
    let apply = {
        let (working, edit, problem) = (working.clone(), edit.clone(), problem.clone());
        let candidate = candidate.clone();
        Callback::from(move |_: MouseEvent| match &candidate {
            Some(Ok(r)) => {
                working.set(Some(Rc::new(r.clone())));
                edit.set(None);
                problem.set(None);
            }
            Some(Err(t)) => problem.set(Some(t.clone())),
            None => {}
        })
    };
    let save = {
        let (working, dispatch) = (working.clone(), ctx.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = working.as_deref() {
                dispatch.emit(Msg::Do(Action::embed_ruleset(r)));
                working.set(None);
            }
        })
    };
    let export = {
        let (working, in_use, problem) = (working.clone(), in_use.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let r: &Ruleset = working.as_deref().unwrap_or(&in_use);
            let text = serde_json::to_string_pretty(&r.to_value()).unwrap_or_default();
            if let Err(e) = download::save(
                &format!("{}-v{}.json", r.id, r.version),
                "application/json",
                &text,
            ) {
                problem.set(Some(Text::new(
                    format!("Không tải được tệp bộ biểu mẫu: {e}"),
                    format!("Could not download the ruleset file: {e}"),
                )));
            }
        })
    };
    let discard = {
        let (working, edit) = (working.clone(), edit.clone());
        Callback::from(move |_: MouseEvent| {
            working.set(None);
            edit.set(None);
        })
    };
    let statuses: Vec<(AttrValue, AttrValue)> = Status::ALL
        .iter()
        .map(|s| {
            (
                AttrValue::from(s.key()),
                AttrValue::from(s.label().get(lang).to_owned()),
            )
        })
        .collect();
    html! {
        <section aria-labelledby="editor-title" class="form-section editor" id="ruleset-editor">
            <h2 id="editor-title">{ lang.pick("Sửa câu chữ của biểu mẫu", "Correct the forms' wording") }</h2>
            <p class="hint">{ lang.pick(
                "Chỉ sửa câu chữ, mức độ xác nhận, căn cứ và ghi chú nguồn; không đổi cấu trúc. Khi lưu, phần mềm tạo một phiên bản mới của bộ biểu mẫu địa phương, kèm bản sao trong tệp đánh giá để người thẩm định đọc đúng câu chữ này.",
                "Only wording, status, basis and source note change; never the structure. Saving makes a new version of a local ruleset, with a copy embedded in the assessment file so that the appraiser reads the same wording.") }</p>
            <Select id="editor/item" label={lang.pick("Câu hỏi cần sửa", "Item to correct")} value={AttrValue::from((*chosen).clone())}
                options={items} none={AttrValue::from(lang.pick("— chọn câu hỏi —", "— choose an item —"))} on_change={on_choose} {lang} />
            if let Some(e) = &*edit {
                <div class="entry" id={format!("edit-{}", *chosen)}>
                    <TextField id="editor/text-vi" label={lang.pick("Câu chữ tiếng Việt", "Vietnamese text")} value={AttrValue::from(e.text.vi.clone())}
                        on_change={field(|e, v| e.text.vi = v)} multiline=true {lang} />
                    <TextField id="editor/text-en" label={lang.pick("Câu chữ tiếng Anh", "English text")} value={AttrValue::from(e.text.en.clone())}
                        on_change={field(|e, v| e.text.en = v)} multiline=true {lang} />
                    <Select id="editor/status" label={lang.pick("Mức độ xác nhận", "Status")}
                        value={AttrValue::from(e.status.map(Status::key).unwrap_or_default())} options={statuses}
                        none={AttrValue::from(lang.pick("Theo mục chứa câu hỏi", "As the section says"))}
                        on_change={field(|e, v| e.status = Status::ALL.into_iter().find(|s| s.key() == v))} {lang} />
                    <TextField id="editor/basis-document" label={lang.pick("Văn bản căn cứ", "Basis: document")}
                        value={AttrValue::from(e.basis.as_ref().map(|b| b.document.clone()).unwrap_or_default())}
                        on_change={field(|e, v| set_basis(e, Some(v), None))} {lang} />
                    <TextField id="editor/basis-provision" label={lang.pick("Điều, khoản", "Basis: provision")}
                        value={AttrValue::from(e.basis.as_ref().map(|b| b.provision.clone()).unwrap_or_default())}
                        on_change={field(|e, v| set_basis(e, None, Some(v)))} {lang} />
                    <TextField id="editor/source-vi" label={lang.pick("Ghi chú nguồn (tiếng Việt)", "Source note (Vietnamese)")}
                        value={AttrValue::from(e.source.as_ref().map(|s| s.vi.clone()).unwrap_or_default())}
                        on_change={field(|e, v| set_source(e, Some(v), None))} multiline=true {lang} />
                    <TextField id="editor/source-en" label={lang.pick("Ghi chú nguồn (tiếng Anh)", "Source note (English)")}
                        value={AttrValue::from(e.source.as_ref().map(|s| s.en.clone()).unwrap_or_default())}
                        on_change={field(|e, v| set_source(e, None, Some(v)))} multiline=true {lang} />
                    <button type="button" id="editor/apply" onclick={apply}>{ lang.pick("Áp dụng sửa đổi", "Apply the correction") }</button>
                </div>
            }
            if let Some(t) = &*problem {
                <p class="error" role="alert">{ t.get(lang).to_owned() }</p>
            }
            <div class="lint" aria-live="polite" id="editor/lint">
                if messages.is_empty() {
                    <p>{ lang.pick("Kiểm tra bộ biểu mẫu: không có lỗi.", "Ruleset check: no problem.") }</p>
                } else {
                    <p>{ match lang {
                        Lang::Vi => format!("Kiểm tra bộ biểu mẫu: {errors} lỗi, {} cảnh báo.", messages.len() - errors),
                        Lang::En => format!("Ruleset check: {errors} error(s), {} warning(s).", messages.len() - errors),
                    } }</p>
                    <ul>{ for messages.iter().map(|m| html! { <li>{ m.message.clone() }</li> }) }</ul>
                }
            </div>
            if let Some(w) = working.as_deref() {
                <p id="editor/pending">{ match lang {
                    Lang::Vi => format!("Có sửa đổi chưa lưu: sẽ lưu thành {} phiên bản {}.", w.id, w.version),
                    Lang::En => format!("Unsaved corrections: they will be saved as {} version {}.", w.id, w.version),
                } }</p>
                <button type="button" id="editor/save" onclick={save} disabled={errors > 0}>
                    { lang.pick("Lưu thành phiên bản mới và dùng cho dự thảo này", "Save as a new version and use it for this draft") }
                </button>
                <button type="button" onclick={discard}>{ lang.pick("Bỏ các sửa đổi chưa lưu", "Discard the unsaved corrections") }</button>
            }
            <div class="actions">
                <button type="button" id="editor/export" onclick={export}>{ lang.pick("Tải bộ biểu mẫu về máy (tệp .json)", "Download the ruleset (.json file)") }</button>
                <OpenFile purpose={Purpose::Ruleset} id="open-ruleset" label={lang.pick("Dùng bộ biểu mẫu từ tệp…", "Use a ruleset from a file…")} />
            </div>
        </section>
    }
}

/// The version of a new local ruleset: one more than the local one in use, else 1.
fn next_version(in_use: &Ruleset) -> u32 {
    if in_use.is_local() {
        in_use.version + 1
    } else {
        1
    }
}

fn set_basis(e: &mut ItemEdit, document: Option<String>, provision: Option<String>) {
    let mut b = e.basis.clone().unwrap_or_else(|| LegalBasis::new("", ""));
    if let Some(d) = document {
        b.document = d;
    }
    if let Some(p) = provision {
        b.provision = p;
    }
    e.basis = (!b.document.trim().is_empty() || !b.provision.trim().is_empty()).then_some(b);
}

fn set_source(e: &mut ItemEdit, vi: Option<String>, en: Option<String>) {
    let mut s = e.source.clone().unwrap_or_else(|| Text::new("", ""));
    if let Some(v) = vi {
        s.vi = v;
    }
    if let Some(v) = en {
        s.en = v;
    }
    e.source = (!s.vi.trim().is_empty() || !s.en.trim().is_empty()).then_some(s);
}
