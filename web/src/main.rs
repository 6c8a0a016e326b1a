//! The browser workbench. This first version mounts the shell and shows the bundled rulesets.

use tthc_core::Registry;
use yew::prelude::*;

/// The application shell.
#[component]
fn App() -> Html {
    let registry = Registry::bundled();
    html! {
        <main lang="vi">
            <h1>{ "Đánh giá tác động thủ tục hành chính" }</h1>
            <p>{ "Bộ biểu mẫu có sẵn:" }</p>
            <ul>
                { for registry.all().iter().map(|r| html! {
                    <li>{ format!("{} — {}", r.reference(), r.title.vi) }</li>
                }) }
            </ul>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
