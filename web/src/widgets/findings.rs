//! One finding as people read it: its severity in words, what is wrong, what to do, the legal basis, and a
//! button that goes to the place it is about. Used by the checks page and by a notice that carries
//! findings (what opening a file had to rename).

use tthc_core::Finding;
use yew::prelude::*;

use crate::ctx::Ctx;
use crate::session::Msg;
use crate::widgets::nav::severity_label;

/// A finding, as a list item (a plain function, so that a long list is shown without copying it).
pub fn finding_item(ctx: &Ctx, f: &Finding, key: String) -> Html {
    let lang = ctx.lang();
    let go = ctx.send::<MouseEvent>(Msg::Go(f.place.clone()));
    let s = ctx.session();
    html! {
        <li class={classes!("finding", f.severity.key())} {key}>
            <span class="severity">{ severity_label(f.severity, lang) }</span>
            <p class="message">{ f.message.get(lang).to_owned() }</p>
            <p class="hint">{ f.hint.get(lang).to_owned() }</p>
            if let Some(b) = &f.basis { <p class="basis">{ lang.pick("Căn cứ: ", "Basis: ") }{ b.to_string() }</p> }
            <button type="button" class="go" onclick={go}>
                { lang.pick("Đến chỗ cần sửa: ", "Go to: ") }{ f.place.describe(s.assessment(), lang) }
            </button>
        </li>
    }
}
