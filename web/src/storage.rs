//! The browser's storage: the autosaved work (the same versioned JSON as the file format), the language,
//! and the other tabs of the app. Every failure is returned with its reason, never swallowed.

use gloo::events::EventListener;
use tthc_core::{Date, Lang};
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

use crate::session::Msg;

/// Where the work is autosaved.
pub const WORK_KEY: &str = "tthc.work";
/// Where stored work that could not be opened is set aside (never overwritten by an autosave).
pub const UNREADABLE_KEY: &str = "tthc.work.unreadable";
/// Where the language is remembered.
pub const LANG_KEY: &str = "tthc.lang";
const CHANNEL: &str = "tthc-workbench";

/// Why a browser call failed, from the exception it threw (`QuotaExceededError: …`).
pub fn reason(e: &JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<js_sys::Error>() {
        let name = String::from(ex.name());
        let message = String::from(ex.message());
        return if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
    }
    e.as_string().unwrap_or_else(|| "unknown error".to_owned())
}

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or_else(|| "no window".to_owned())?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err("localStorage is not available".to_owned()),
        Err(e) => Err(reason(&e)),
    }
}

/// The autosaved work, if any.
///
/// # Errors
/// When the storage cannot be read (disabled, private mode).
pub fn load_work() -> Result<Option<String>, String> {
    storage()?.get_item(WORK_KEY).map_err(|e| reason(&e))
}

/// Saves the work.
///
/// # Errors
/// When the storage refuses (full, disabled): the reason.
pub fn save_work(text: &str) -> Result<(), String> {
    storage()?.set_item(WORK_KEY, text).map_err(|e| reason(&e))
}

/// Sets aside stored work that could not be opened, so that autosave does not overwrite it.
///
/// # Errors
/// When the storage refuses.
pub fn set_aside(text: &str) -> Result<(), String> {
    let s = storage()?;
    s.set_item(UNREADABLE_KEY, text).map_err(|e| reason(&e))?;
    s.remove_item(WORK_KEY).map_err(|e| reason(&e))
}

/// The language chosen last time.
pub fn load_lang() -> Option<Lang> {
    let code = storage().ok()?.get_item(LANG_KEY).ok()??;
    Lang::from_code(&code)
}

/// Remembers the language.
///
/// # Errors
/// When the storage refuses.
pub fn save_lang(lang: Lang) -> Result<(), String> {
    storage()?
        .set_item(LANG_KEY, lang.code())
        .map_err(|e| reason(&e))
}

/// The time of day now, `14:03:22`, for the saved state.
pub fn time_of_day() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Today in Viet Nam (UTC+7), the default date of documents. Only the app reads the clock; the engine is
/// given the date.
#[allow(
    clippy::float_arithmetic,
    reason = "the browser's clock is a float of milliseconds; shifting it by whole hours is exact"
)]
pub fn today() -> Date {
    let d = js_sys::Date::new(&JsValue::from_f64(js_sys::Date::now() + 7.0 * 3_600_000.0));
    let year = u16::try_from(d.get_utc_full_year()).unwrap_or(2026);
    let month = u8::try_from(d.get_utc_month() + 1).unwrap_or(1);
    let day = u8::try_from(d.get_utc_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or_else(|_| {
        Date::new(2026, 1, 1).unwrap_or_else(|_| unreachable!("1 January is a date"))
    })
}

/// Watches the other tabs of the app: one announcing itself or leaving (a broadcast channel), and one
/// saving its work to the same storage (the `storage` event, which the browser sends only to the other
/// tabs). Dropping it stops watching.
pub struct Tabs {
    channel: Option<web_sys::BroadcastChannel>,
    _listeners: Vec<EventListener>,
}

impl Tabs {
    /// Starts watching, and announces this tab.
    pub fn watch(on: &Callback<Msg>) -> Tabs {
        let mut listeners = Vec::new();
        let Some(window) = web_sys::window() else {
            return Tabs {
                channel: None,
                _listeners: listeners,
            };
        };
        let cb = on.clone();
        listeners.push(EventListener::new(&window, "storage", move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>()
                && e.key().as_deref() == Some(WORK_KEY)
            {
                cb.emit(Msg::OtherSaved);
            }
        }));
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        if let Some(ch) = &channel {
            let cb = on.clone();
            let reply = ch.clone();
            listeners.push(EventListener::new(ch, "message", move |e| {
                let data = e
                    .dyn_ref::<web_sys::MessageEvent>()
                    .and_then(|m| m.data().as_string());
                match data.as_deref() {
                    Some("hello") => {
                        let _ = reply.post_message(&JsValue::from_str("here"));
                        cb.emit(Msg::OtherTab(true));
                    }
                    Some("here") => cb.emit(Msg::OtherTab(true)),
                    Some("bye") => cb.emit(Msg::OtherTab(false)),
                    _ => {}
                }
            }));
            let bye = ch.clone();
            listeners.push(EventListener::new(&window, "pagehide", move |_| {
                let _ = bye.post_message(&JsValue::from_str("bye"));
            }));
            let _ = ch.post_message(&JsValue::from_str("hello"));
        }
        Tabs {
            channel,
            _listeners: listeners,
        }
    }
}

impl Drop for Tabs {
    fn drop(&mut self) {
        if let Some(ch) = &self.channel {
            ch.close();
        }
    }
}
