//! The shell of the app: the session in a shared cell, one dispatch for every change, autosave, the
//! other-tab watch, focus after navigation, and the frame (header, notices, navigation, page).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use tthc_core::{Assessment, Lang, Location, file};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ctx::{Ctx, use_ctx};
use crate::pages;
use crate::session::{Msg, Notice, Offer, SaveState, Session};
use crate::storage;
use crate::widgets;

/// How long autosave waits after the last change, in milliseconds (it saves at once when the page is
/// hidden or closed).
pub const AUTOSAVE_DELAY_MS: u32 = 300;

/// Opens the session: the autosaved work if there is one, the language chosen last time, today's date.
fn startup() -> Session {
    let lang = storage::load_lang().unwrap_or(Lang::Vi);
    let today = storage::today();
    let mut session;
    match storage::load_work() {
        Ok(Some(text)) => match file::open(&text) {
            Ok(opened) => {
                let said = opened.findings();
                session = Session::new(opened.assessment, lang, today);
                session.save = SaveState::Restored;
                if !said.is_empty() {
                    session.notice = Some(
                        Notice::info(tthc_core::Text::new(
                            "Đã mở lại bản lưu tự động trong trình duyệt.",
                            "The work saved in this browser was opened again.",
                        ))
                        .with_findings(said),
                    );
                }
            }
            Err(e) => {
                session = Session::new(Assessment::default(), lang, today);
                let kept = storage::set_aside(&text);
                session.notice = Some(
                    Notice::error(tthc_core::Text::new(
                        format!(
                            "Bản lưu tự động trong trình duyệt không mở được: {} Bản đó được để riêng, không bị ghi đè; hãy tải về để xem.{}",
                            e.message(Lang::Vi),
                            kept.as_ref().err().map(|r| format!(" (Không để riêng được: {r}.)")).unwrap_or_default()
                        ),
                        format!(
                            "The autosaved work in this browser could not be opened: {}. It was set aside, not overwritten; download it to look at it.{}",
                            e.message(Lang::En),
                            kept.as_ref().err().map(|r| format!(" (Could not set it aside: {r}.)")).unwrap_or_default()
                        ),
                    ))
                    .offering(Offer::DownloadUnreadable),
                );
            }
        },
        Ok(None) => session = Session::new(Assessment::default(), lang, today),
        Err(reason) => {
            session = Session::new(Assessment::default(), lang, today);
            session.save = SaveState::Failed(reason);
        }
    }
    open_sample_from_address(&mut session);
    session
}

/// `#sample` in the address opens the sample draft, unless there is work in progress (then a notice
/// offers it). The mark is removed so that a reload does not open it again.
fn open_sample_from_address(session: &mut Session) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() != Some("#sample") {
        return;
    }
    if session.has_work() {
        session.notice = Some(
            Notice::info(tthc_core::Text::new(
                "Đã có bản đánh giá đang làm dở nên bản mẫu chưa được mở.",
                "There is work in progress, so the sample was not opened.",
            ))
            .offering(Offer::OpenSample),
        );
    } else {
        session.update(Msg::Sample);
        session.save = SaveState::Pending;
    }
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// Saves the work to the browser's storage now (unless another tab's save paused it).
fn save_now(session: &Rc<RefCell<Session>>) {
    let text = {
        let s = session.borrow();
        if matches!(s.save, SaveState::Paused) {
            return;
        }
        file::export(s.assessment())
    };
    let result = storage::save_work(&text).map(|()| storage::time_of_day());
    session.borrow_mut().update(Msg::Stored(result));
}

/// A performance mark, for the performance report (`tests/perf/web`).
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A performance measure from the mark of the same name to now.
fn measure(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, name);
        p.clear_marks_with_mark_name(name);
    }
}

/// Focuses the element with this id, or the nearest one up its path (`a/b/c`, then `a/b`, then `a`),
/// scrolled into view. Returns whether something was focused.
pub fn focus_path(path: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let mut p = path.to_owned();
    loop {
        if let Some(el) = document.get_element_by_id(&p) {
            // A control itself, else the first control inside, else the element.
            let target = if is_control(&el) {
                el
            } else {
                el.query_selector("input, select, textarea, button")
                    .ok()
                    .flatten()
                    .unwrap_or(el)
            };
            if let Ok(t) = target.dyn_into::<web_sys::HtmlElement>() {
                if !is_control(&t) && !t.has_attribute("tabindex") {
                    let _ = t.set_attribute("tabindex", "-1");
                }
                let _ = t.focus();
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                t.scroll_into_view_with_scroll_into_view_options(&options);
                return true;
            }
        }
        match p.rfind('/') {
            Some(i) => p.truncate(i),
            None => return false,
        }
    }
}

fn is_control(el: &web_sys::Element) -> bool {
    matches!(
        el.tag_name().as_str(),
        "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "A"
    )
}

/// The app.
#[component]
pub fn App() -> Html {
    let session = use_mut_ref(startup);
    let tick = use_mut_ref(|| 0u64);
    let timer = use_mut_ref(|| None::<Timeout>);
    let last_location = use_mut_ref(|| None::<Location>);
    let rerender = use_force_update();

    let dispatch = {
        let (session, tick, timer, rerender) = (
            session.clone(),
            tick.clone(),
            timer.clone(),
            rerender.clone(),
        );
        use_memo((), move |()| {
            Callback::from(move |msg: Msg| {
                mark("tthc-dispatch");
                let effects = session.borrow_mut().update(msg);
                if effects.lang {
                    let lang = session.borrow().lang;
                    if let Err(reason) = storage::save_lang(lang) {
                        session.borrow_mut().update(Msg::Notify {
                            error: true,
                            text: tthc_core::Text::new(
                                format!("Không ghi nhớ được ngôn ngữ đã chọn: {reason}."),
                                format!("Could not remember the language: {reason}."),
                            ),
                        });
                    }
                }
                if effects.save_now {
                    *timer.borrow_mut() = None;
                    save_now(&session);
                } else if effects.changed {
                    let (session, tick, rerender) =
                        (session.clone(), tick.clone(), rerender.clone());
                    *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_DELAY_MS, move || {
                        mark("tthc-pause");
                        save_now(&session);
                        measure("tthc-pause");
                        *tick.borrow_mut() += 1;
                        rerender.force_update();
                    }));
                }
                *tick.borrow_mut() += 1;
                rerender.force_update();
            })
        })
    };
    let dispatch = (*dispatch).clone();

    // Other tabs, and saving at once when the page is hidden or closed.
    {
        let dispatch = dispatch.clone();
        let (session, timer, tick, rerender) = (
            session.clone(),
            timer.clone(),
            tick.clone(),
            rerender.clone(),
        );
        use_effect_with((), move |()| {
            let tabs = storage::Tabs::watch(&dispatch);
            // The sample opened from the address is saved at once.
            if session.borrow().save == SaveState::Pending {
                save_now(&session);
                *tick.borrow_mut() += 1;
                rerender.force_update();
            }
            let flush = move || {
                if session.borrow().save == SaveState::Pending {
                    *timer.borrow_mut() = None;
                    save_now(&session);
                }
            };
            let listeners = web_sys::window().map(|w| {
                let f1 = flush.clone();
                let hidden = EventListener::new(&w, "pagehide", move |_| f1());
                let f2 = flush;
                let document = w.document();
                let visibility = document.map(|d| {
                    let d2 = d.clone();
                    EventListener::new(&d, "visibilitychange", move |_| {
                        if d2.visibility_state() == web_sys::VisibilityState::Hidden {
                            f2();
                        }
                    })
                });
                (hidden, visibility)
            });
            move || drop((tabs, listeners))
        });
    }

    // After each render: focus what was asked for, or the page title after navigating; language of the
    // document; the time the update took.
    {
        let session = session.clone();
        let last_location = last_location.clone();
        use_effect(move || {
            let (focus, location, lang) = {
                let mut s = session.borrow_mut();
                (s.focus.take(), s.assessment().location.clone(), s.lang)
            };
            let moved = last_location.borrow().as_ref() != Some(&location);
            let first = last_location.borrow().is_none();
            *last_location.borrow_mut() = Some(location);
            if let Some(path) = focus {
                focus_path(&path);
            } else if moved && !first {
                focus_path("page-title");
            }
            if first {
                mark("tthc-interactive");
            }
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                // Only when it changes: setting it, even to the same value, restyles the whole page.
                if root.get_attribute("lang").as_deref() != Some(lang.code()) {
                    let _ = root.set_attribute("lang", lang.code());
                }
            }
            if let Some(p) = web_sys::window().and_then(|w| w.performance())
                && p.get_entries_by_name_with_entry_type("tthc-dispatch", "mark")
                    .length()
                    > 0
            {
                let _ = p.measure_with_start_mark("tthc-update", "tthc-dispatch");
                p.clear_marks_with_mark_name("tthc-dispatch");
            }
        });
    }

    let ctx = Ctx::new(session.clone(), dispatch, *tick.borrow());
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <Frame />
        </ContextProvider<Ctx>>
    }
}

/// The frame around the page.
#[component]
fn Frame() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let location = ctx.session().assessment().location.clone();
    html! {
        <>
            <a class="skip" href="#main">{ lang.pick("Bỏ qua, đến nội dung chính", "Skip to the main content") }</a>
            <Header />
            <Banners />
            <div class="layout">
                <widgets::nav::Nav />
                <main id="main" class="page">
                    { pages::page(&location) }
                    <widgets::nav::Steps />
                </main>
            </div>
        </>
    }
}

/// The header: the app's name, the saved state, the file, the language.
#[component]
fn Header() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let switch = ctx.send::<MouseEvent>(Msg::Lang(other));
    html! {
        <header class="top">
            <p class="app-name">
                <span lang="vi">{ "Đánh giá tác động thủ tục hành chính" }</span>
            </p>
            <SaveStatus />
            <div class="top-actions">
                <widgets::files::DownloadWork />
                <widgets::files::OpenFile purpose={crate::session::Purpose::Work}
                    label={lang.pick("Mở tệp…", "Open a file…")} id="open-top" />
                <button type="button" class="lang-switch" onclick={switch}
                    lang={other.code()}>
                    { match other { Lang::En => "English", Lang::Vi => "Tiếng Việt" } }
                </button>
            </div>
        </header>
    }
}

/// Whether the work is saved, in words.
#[component]
pub fn SaveStatus() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let (class, text) = match &ctx.session().save {
        SaveState::Saved(at) => (
            "saved",
            match lang {
                Lang::Vi => format!("✓ Đã lưu trong trình duyệt lúc {at}"),
                Lang::En => format!("✓ Saved in this browser at {at}"),
            },
        ),
        SaveState::Restored => (
            "saved",
            lang.pick(
                "✓ Đã khôi phục bản lưu trong trình duyệt",
                "✓ Restored from this browser",
            )
            .to_owned(),
        ),
        SaveState::Pending => ("pending", lang.pick("… Đang lưu", "… Saving").to_owned()),
        SaveState::Failed(_) => (
            "failed",
            lang.pick("✗ Chưa lưu được", "✗ Not saved").to_owned(),
        ),
        SaveState::Paused => (
            "failed",
            lang.pick("‖ Tạm dừng lưu", "‖ Saving paused").to_owned(),
        ),
        SaveState::Empty => (
            "empty",
            lang.pick("Chưa có gì để lưu", "Nothing to save yet")
                .to_owned(),
        ),
    };
    html! { <p class={classes!("save-status", class)} role="status" id="save-status">{ text }</p> }
}

/// The notice, the storage failure and the other-tab warning.
#[component]
pub fn Banners() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let s = ctx.session();
    let notice = s.notice.as_ref().map(|n| {
        let offer = match n.offer {
            Some(Offer::Undo) if s.can_undo() => html! {
                <button type="button" onclick={ctx.send::<MouseEvent>(Msg::Undo)}>{ lang.pick("Hoàn tác", "Undo") }</button>
            },
            Some(Offer::OpenSample) => html! {
                <button type="button" onclick={ctx.send::<MouseEvent>(Msg::Sample)}>{ lang.pick("Vẫn mở bản mẫu", "Open the sample anyway") }</button>
            },
            Some(Offer::DownloadUnreadable) => html! { <widgets::files::DownloadUnreadable /> },
            _ => Html::default(),
        };
        let findings = (!n.findings.is_empty()).then(|| html! {
            <ul class="findings">
                { for n.findings.iter().enumerate().map(|(i, f)| widgets::findings::finding_item(&ctx, f, i.to_string())) }
            </ul>
        });
        let body = html! {
            <>
                <p>{ n.text.get(lang).to_owned() }</p>
                { for findings }
                { offer }
                <button type="button" class="dismiss" onclick={ctx.send::<MouseEvent>(Msg::Dismiss)}>
                    { lang.pick("Đóng thông báo", "Close the notice") }
                </button>
            </>
        };
        if n.error {
            html! { <div class="notice error" role="alert" id="notice">{ body }</div> }
        } else {
            html! { <div class="notice" role="status" id="notice">{ body }</div> }
        }
    });
    let failed = match &s.save {
        SaveState::Failed(reason) => Some(html! {
            <div class="notice error" role="alert" id="storage-failed">
                <p>{ match lang {
                    Lang::Vi => format!("Không lưu được vào bộ nhớ của trình duyệt ({reason}). Công việc vẫn còn trong trang này; hãy tải tệp về máy để không mất dữ liệu."),
                    Lang::En => format!("Could not save to the browser's storage ({reason}). The work is still in this page; download the file so that nothing is lost."),
                } }</p>
                <widgets::files::DownloadWork />
            </div>
        }),
        _ => None,
    };
    let tabs = if s.save == SaveState::Paused {
        Some(html! {
            <div class="notice error" role="alert" id="other-tab">
                <p>{ lang.pick("Một thẻ khác của ứng dụng vừa lưu bản đánh giá của nó vào trình duyệt. Thẻ này đã tạm dừng tự động lưu để hai thẻ không ghi đè lên nhau.",
                    "Another tab of the app has just saved its work to this browser. This tab has paused autosave so that the two do not overwrite each other.") }</p>
                <widgets::files::LoadOther />
                <button type="button" onclick={ctx.send::<MouseEvent>(Msg::KeepMine)}>
                    { lang.pick("Giữ bản ở thẻ này và lưu", "Keep this tab's work and save it") }
                </button>
                <widgets::files::DownloadWork />
            </div>
        })
    } else if s.other_tab {
        Some(html! {
            <div class="notice" role="status" id="other-tab">
                <p>{ lang.pick("Ứng dụng đang mở ở một thẻ khác. Nếu sửa ở cả hai thẻ, bản lưu tự động sẽ bị ghi đè; hãy làm việc ở một thẻ.",
                    "The app is open in another tab. Editing in both would overwrite the autosaved work; work in one tab.") }</p>
            </div>
        })
    } else {
        None
    };
    html! { <div class="banners">{ for notice }{ for failed }{ for tabs }</div> }
}
