//! The start page: resume the work in progress, start a new assessment, open a file, open the sample, or
//! open a drafter's file to appraise it.

use tthc_core::{Action, Registry};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::session::{Msg, Purpose};
use crate::widgets::PageTitle;
use crate::widgets::fields::Select;
use crate::widgets::files::{DropZone, OpenFile};

/// The start page.
#[component]
pub fn StartPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let registry = Registry::bundled();
    let chosen = use_state(|| registry.default_ruleset().reference());
    let s = ctx.session();
    let a = s.assessment();
    let resume = s.has_work().then(|| {
        let title = if a.draft.title.trim().is_empty() {
            lang.pick("(chưa có tên dự thảo)", "(untitled draft)").to_owned()
        } else {
            a.draft.title.clone()
        };
        let to = s.resume_location();
        html! {
            <section class="card" aria-labelledby="resume-title">
                <h2 id="resume-title">{ lang.pick("Tiếp tục bản đang làm", "Resume the work in progress") }</h2>
                <p class="draft-name">{ title }</p>
                <p>{ match lang {
                    tthc_core::Lang::Vi => format!("{} thủ tục hành chính; lưu trong trình duyệt này.", a.procedures.len()),
                    tthc_core::Lang::En => format!("{} procedures; saved in this browser.", a.procedures.len()),
                } }</p>
                <button type="button" class="primary" id="resume"
                    onclick={ctx.act::<MouseEvent>(move |_| Action::Navigate(to.clone()))}>
                    { lang.pick("Tiếp tục", "Resume") }
                </button>
            </section>
        }
    });
    let options = super::draft::ruleset_options(lang);
    let on_ruleset = {
        let chosen = chosen.clone();
        Callback::from(move |key: String| {
            if let Some(r) = Registry::bundled()
                .all()
                .iter()
                .find(|r| r.reference().to_string() == key)
            {
                chosen.set(r.reference());
            }
        })
    };
    let create = {
        let d = ctx.dispatch.clone();
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::New((*chosen).clone())))
    };
    html! {
        <>
            <PageTitle>{ lang.pick("Đánh giá tác động thủ tục hành chính", "Impact assessment of administrative procedures") }</PageTitle>
            <p class="lead">{ lang.pick("Lập đánh giá tác động các thủ tục hành chính trong dự thảo văn bản theo Nghị định 63/2010/NĐ-CP và Thông tư 03/2022/TT-BTP, tính chi phí tuân thủ, lập hồ sơ và thẩm định. Dữ liệu chỉ ở trên máy này, trừ khi bạn tải tệp về.",
                "Assess the administrative procedures of a draft legal document under Decree 63/2010/NĐ-CP and Circular 03/2022/TT-BTP, cost them, produce the dossier and appraise it. The data stays on this computer unless you download it.") }</p>
            { for resume }
            <div class="cards">
                <section class="card" aria-labelledby="new-title">
                    <h2 id="new-title">{ lang.pick("Bản đánh giá mới", "New assessment") }</h2>
                    <Select id="new-ruleset" label={lang.pick("Bộ biểu mẫu", "Forms")}
                        value={AttrValue::from(chosen.to_string())} {options} on_change={on_ruleset} {lang} />
                    <button type="button" class="primary" id="new" onclick={create}>
                        { lang.pick("Tạo bản đánh giá mới", "Start a new assessment") }
                    </button>
                </section>
                <section class="card" aria-labelledby="open-title">
                    <h2 id="open-title">{ lang.pick("Mở tệp", "Open a file") }</h2>
                    <DropZone purpose={Purpose::Work}>
                        <p>{ lang.pick("Tệp đánh giá (.json) đã tải về từ ứng dụng này.", "An assessment file (.json) downloaded from this app.") }</p>
                        <OpenFile purpose={Purpose::Work} id="open-work" label={lang.pick("Mở tệp đánh giá…", "Open an assessment file…")} />
                    </DropZone>
                </section>
                <section class="card" aria-labelledby="sample-title">
                    <h2 id="sample-title">{ lang.pick("Bản mẫu", "Sample") }</h2>
                    <p>{ lang.pick("Một dự thảo giả định của Hà Nội với ba thủ tục, để xem cách làm.", "A fictitious Hanoi draft with three procedures, to see how it works.") }</p>
                    <button type="button" id="open-sample" onclick={ctx.send::<MouseEvent>(Msg::Sample)}>
                        { lang.pick("Mở bản mẫu", "Open the sample") }
                    </button>
                </section>
                <section class="card" aria-labelledby="appraise-title">
                    <h2 id="appraise-title">{ lang.pick("Thẩm định", "Appraisal") }</h2>
                    <DropZone purpose={Purpose::Appraise}>
                        <p>{ lang.pick("Mở tệp do cơ quan soạn thảo gửi để kiểm tra, ghi ý kiến và lập báo cáo thẩm định.", "Open the drafting body's file to check it, record opinions and write the appraisal report.") }</p>
                        <OpenFile purpose={Purpose::Appraise} id="open-appraise" label={lang.pick("Mở tệp để thẩm định…", "Open a file to appraise…")} />
                    </DropZone>
                </section>
            </div>
        </>
    }
}
