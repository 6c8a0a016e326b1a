//! The list of procedures: add (by kind), open, duplicate, remove (with undo), reorder; a progress bar for
//! each and for the whole draft.

use tthc_core::place::{At, Place};
use tthc_core::{Action, Lang, ProcedureKind, ProcedureStep};
use yew::prelude::*;

use crate::ctx::use_ctx;
use crate::session::Session;
use crate::widgets::fields::{Select, choices};
use crate::widgets::{PageTitle, ProgressBar};

/// The procedures for a drop-down list: key the id, label "2. Name" (or "Thủ tục 2 (chưa có tên)").
pub fn procedure_options(a: &tthc_core::Assessment, lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    a.procedures
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let label = if p.name().is_empty() {
                p.display_name(i + 1, lang)
            } else {
                format!("{}. {}", i + 1, p.name())
            };
            (p.id.clone().into(), label.into())
        })
        .collect()
}

/// The list of procedures.
#[component]
pub fn ProceduresPage() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let kind = use_state(|| ProcedureKind::New);
    let s = ctx.session();
    let a = s.assessment();
    let analysis = s.analysis();
    let progresses: Vec<_> = analysis.procedures().iter().map(|p| p.progress).collect();
    let whole = analysis.progress();
    let count = a.procedures.len();
    let kinds = choices::<ProcedureKind>(lang);
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |key: String| {
            if let Some(k) = ProcedureKind::from_key(&key) {
                kind.set(k);
            }
        })
    };
    let add = {
        let k = *kind;
        ctx.act::<MouseEvent>(move |_| Action::AddProcedure { kind: k })
    };
    let rows = a.procedures.iter().zip(&progresses).enumerate().map(|(i, (p, progress))| {
        let id = p.id.clone();
        let shown = p.display_name(i + 1, lang);
        let open = {
            let id = id.clone();
            ctx.act::<MouseEvent>(move |_| Action::Navigate(Session::procedure_page(&id, ProcedureStep::Details)))
        };
        let duplicate = { let id = id.clone(); ctx.act::<MouseEvent>(move |_| Action::DuplicateProcedure { id: id.clone() }) };
        let remove = { let id = id.clone(); ctx.act::<MouseEvent>(move |_| Action::RemoveProcedure { id: id.clone() }) };
        let up = { let id = id.clone(); ctx.act::<MouseEvent>(move |_| Action::MoveProcedure { id: id.clone(), to: i.saturating_sub(1) }) };
        let down = { let id = id.clone(); ctx.act::<MouseEvent>(move |_| Action::MoveProcedure { id: id.clone(), to: i + 1 }) };
        let label = |vi: &str, en: &str| match lang {
            Lang::Vi => format!("{vi} thủ tục {}", i + 1),
            Lang::En => format!("{en} procedure {}", i + 1),
        };
        html! {
            <li class="procedure" id={Place::procedure(&id, At::Whole).path()} key={id.clone()}>
                <h2 class="procedure-name">
                    <span class="number">{ format!("{}. ", i + 1) }</span>
                    <button type="button" class="link" onclick={open}>{ shown }</button>
                </h2>
                <p class="kind">{ p.kind.label().get(lang).to_owned() }</p>
                <ProgressBar id={Place::procedure(&id, At::Whole).field("progress")} label={lang.pick("Tiến độ", "Progress")}
                    progress={*progress} {lang} />
                <div class="row-actions">
                    <button type="button" onclick={up} disabled={i == 0} aria-label={label("Chuyển lên", "Move up")}>{ "↑" }</button>
                    <button type="button" onclick={down} disabled={i + 1 == count} aria-label={label("Chuyển xuống", "Move down")}>{ "↓" }</button>
                    <button type="button" onclick={duplicate} aria-label={label("Nhân bản", "Duplicate")}>{ lang.pick("Nhân bản", "Duplicate") }</button>
                    <button type="button" class="remove" onclick={remove} aria-label={label("Xoá", "Remove")}>{ lang.pick("Xoá", "Remove") }</button>
                </div>
            </li>
        }
    });
    html! {
        <>
            <PageTitle>{ lang.pick("Thủ tục hành chính trong dự thảo", "Procedures in the draft") }</PageTitle>
            <ProgressBar id="progress-all" label={lang.pick("Tiến độ của cả dự thảo", "Progress of the whole draft")}
                progress={whole} {lang} />
            if count == 0 {
                <p>{ lang.pick("Chưa có thủ tục nào. Thêm thủ tục đầu tiên bên dưới.", "No procedure yet. Add the first one below.") }</p>
            }
            <ol class="procedures" id={Place::Procedures.path()} tabindex="-1">{ for rows }</ol>
            <section class="add-procedure" aria-labelledby="add-title">
                <h2 id="add-title">{ lang.pick("Thêm thủ tục", "Add a procedure") }</h2>
                <Select id="add-kind" label={lang.pick("Loại thủ tục", "Kind of procedure")}
                    value={AttrValue::from(kind.key())} options={kinds} on_change={on_kind} {lang} />
                <button type="button" class="primary" id="add-procedure" onclick={add}>
                    { lang.pick("+ Thêm thủ tục", "+ Add the procedure") }
                </button>
            </section>
        </>
    }
}
