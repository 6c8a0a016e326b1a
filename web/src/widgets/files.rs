//! Files: opening one (to work on, to appraise, to compare), and downloading the work.

use tthc_core::{Text, file};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::download;
use crate::session::{Msg, Purpose};
use crate::storage;

/// Properties of the file opener.
#[derive(Properties, PartialEq)]
pub struct OpenProps {
    /// Why the file is opened.
    pub purpose: Purpose,
    /// The label of the button.
    pub label: AttrValue,
    /// The DOM id of the file input.
    pub id: AttrValue,
}

/// Reads a file's bytes and sends them to be opened (the core reads a byte-order mark or UTF-16); a
/// file that cannot be read is said. Keep the reader until it is done.
pub fn read_file(
    file: web_sys::File,
    purpose: Purpose,
    dispatch: Callback<Msg>,
) -> gloo::file::callbacks::FileReader {
    let name = file.name();
    gloo::file::callbacks::read_as_bytes(
        &gloo::file::File::from(file),
        move |result| match result {
            Ok(bytes) => dispatch.emit(Msg::Open {
                name,
                bytes,
                purpose,
            }),
            Err(e) => dispatch.emit(Msg::ReadFailed {
                name,
                reason: e.to_string(),
            }),
        },
    )
}

/// Properties of a drop zone.
#[derive(Properties, PartialEq)]
pub struct DropProps {
    /// Why a dropped file is opened.
    pub purpose: Purpose,
    /// What the zone holds (the card's text and its open button).
    pub children: Html,
}

/// An area onto which a file can be dragged from the computer's folders, as well as opened with its
/// button; a dropped file is read and opened like a chosen one.
#[component]
pub fn DropZone(p: &DropProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let over = use_state(|| false);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            // Accepting the drag is what lets the drop happen here rather than open the file in the tab.
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let (over, dispatch, purpose) = (over.clone(), ctx.dispatch.clone(), p.purpose);
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0))
            {
                *reader.borrow_mut() = Some(read_file(file, purpose, dispatch.clone()));
            }
        })
    };
    html! {
        <div class={classes!("drop-zone", (*over).then_some("over"))} {ondragover} {ondragleave} {ondrop}>
            { p.children.clone() }
            <p class="drop-hint">{ lang.pick("hoặc kéo thả tệp vào đây", "or drag the file here") }</p>
        </div>
    }
}

/// A button that opens a `.json` file. A file that cannot be read or opened leaves the current work as it
/// is and says why.
#[component]
pub fn OpenFile(p: &OpenProps) -> Html {
    let ctx = use_ctx();
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let onchange = {
        let dispatch = ctx.dispatch.clone();
        let purpose = p.purpose;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            *reader.borrow_mut() = Some(read_file(file, purpose, dispatch.clone()));
        })
    };
    html! {
        <span class="file-open">
            <input type="file" id={p.id.clone()} class="file-input" accept=".json,application/json" {onchange} />
            <label for={p.id.clone()} class="button">{ p.label.clone() }</label>
        </span>
    }
}

fn notify_failure(ctx: &crate::ctx::Ctx, reason: &str) {
    ctx.dispatch.emit(Msg::Notify {
        error: true,
        text: Text::new(
            format!("Không tải về được: {reason}."),
            format!("The download failed: {reason}."),
        ),
    });
}

/// Downloads the work as its `.json` file (the file format; it opens again here or anywhere).
#[component]
pub fn DownloadWork() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, text) = {
                let s = ctx.session();
                let a = s.assessment();
                (
                    format!("{}.json", download::slug(&a.draft.title)),
                    file::export(a),
                )
            };
            if let Err(reason) = download::save(&name, "application/json", &text) {
                notify_failure(&ctx, &reason);
            }
        })
    };
    html! {
        <button type="button" class="download-work" {onclick}>
            { lang.pick("Tải tệp đánh giá (.json)", "Download the file (.json)") }
        </button>
    }
}

/// Downloads the stored work that could not be opened, as it was.
#[component]
pub fn DownloadUnreadable() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            let text = web_sys::window()
                .and_then(|w| w.local_storage().ok().flatten())
                .and_then(|s| s.get_item(storage::UNREADABLE_KEY).ok().flatten());
            match text {
                Some(text) => {
                    if let Err(reason) =
                        download::save("ban-luu-khong-mo-duoc.json", "application/json", &text)
                    {
                        notify_failure(&ctx, &reason);
                    }
                }
                None => notify_failure(&ctx, "nothing stored"),
            }
        })
    };
    html! {
        <button type="button" {onclick}>{ lang.pick("Tải bản lưu đó về", "Download that work") }</button>
    }
}

/// Uses the work another tab saved.
#[component]
pub fn LoadOther() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| match storage::load_work() {
            Ok(Some(text)) => ctx.dispatch.emit(Msg::TakeOther(text)),
            Ok(None) => notify_failure(&ctx, "the other tab's work is no longer stored"),
            Err(reason) => notify_failure(&ctx, &reason),
        })
    };
    html! {
        <button type="button" {onclick}>{ lang.pick("Dùng bản của thẻ kia", "Use the other tab's work") }</button>
    }
}
