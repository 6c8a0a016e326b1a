//! The drafter's dossier: the document's panel (preview, downloads, printing) and the data file to send
//! with it.

use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::renderer::Document;
use crate::widgets::PageTitle;
use crate::widgets::document::DocumentPanel;

/// The dossier page.
#[component]
pub fn DossierPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    html! {
        <>
            <PageTitle>{ lang.pick("Hồ sơ đánh giá tác động", "The impact-assessment dossier") }</PageTitle>
            <p class="hint">{ lang.pick("Hồ sơ gồm các biểu mẫu đã điền, so sánh bộ phận, bảng chi phí tuân thủ với cách tính, các phát hiện và phụ lục. Khi tải về, số liệu chi phí được ghi nhận vào tệp để cơ quan thẩm định tính lại và đối chiếu.",
                "The dossier holds the completed forms, the comparison of components, the cost tables with how they were computed, the findings and the annexes. Downloading it records the cost figures in the file, so that the appraiser can recompute and compare them.") }</p>
            <DocumentPanel document={Document::Dossier} auto_preview=true />
            <section class="form-section" aria-labelledby="file-title">
                <h2 id="file-title">{ lang.pick("Tệp dữ liệu", "The data file") }</h2>
                <p>{ lang.pick("Gửi kèm tệp đánh giá (.json) để cơ quan thẩm định mở trong ứng dụng này.", "Send the assessment file (.json) with it, for the appraiser to open in this app.") }</p>
                <crate::widgets::files::DownloadWork />
            </section>
        </>
    }
}
