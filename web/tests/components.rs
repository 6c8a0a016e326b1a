//! Component tests in a real browser (headless Chromium through wasm-bindgen-test): each widget or page
//! is mounted on a session, driven through the DOM as a user would, and checked through the DOM and the
//! session. Run with `cargo test --target wasm32-unknown-unknown -p tthc-web`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use tthc_core::{Action, Assessment, Date, Lang, Location, ProcedureStep, sample};
use tthc_web::ctx::Ctx;
use tthc_web::session::{Msg, SaveState, Session};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A session shared by the test and the mounted component.
type Shared = Rc<RefCell<Session>>;

#[derive(Properties, Clone)]
struct HarnessProps {
    session: Shared,
    /// Messages the components sent, in order.
    sent: Rc<RefCell<Vec<Msg>>>,
    /// The dispatch of the context, for the test to send messages as a page would.
    dispatch: Rc<RefCell<Option<Callback<Msg>>>>,
    page: Html,
}

impl PartialEq for HarnessProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
    }
}

/// Provides the app's context over a session, as the app does: every message goes to the session, then
/// everything re-renders.
#[component]
fn Harness(p: &HarnessProps) -> Html {
    let tick = use_mut_ref(|| 0u64);
    let rerender = use_force_update();
    let dispatch = {
        let (session, sent, tick) = (p.session.clone(), p.sent.clone(), tick.clone());
        Callback::from(move |msg: Msg| {
            sent.borrow_mut().push(msg.clone());
            session.borrow_mut().update(msg);
            *tick.borrow_mut() += 1;
            rerender.force_update();
        })
    };
    *p.dispatch.borrow_mut() = Some(dispatch.clone());
    let ctx = Ctx::new(p.session.clone(), dispatch, *tick.borrow());
    html! { <ContextProvider<Ctx> context={ctx}>{ p.page.clone() }</ContextProvider<Ctx>> }
}

struct Mounted {
    root: Element,
    session: Shared,
    sent: Rc<RefCell<Vec<Msg>>>,
    dispatch: Rc<RefCell<Option<Callback<Msg>>>>,
}

fn today() -> Date {
    "2026-11-26".parse().expect("a date")
}

fn procedure(id: &str, step: ProcedureStep) -> Location {
    Location::Procedure {
        id: id.into(),
        step,
    }
}

/// Mounts the page of a location, with the assessment at that location.
async fn mount_at(mut assessment: Assessment, at: Location) -> Mounted {
    assessment.apply(Action::Navigate(at.clone()));
    mount(assessment, page(&at)).await
}

async fn mount(assessment: Assessment, page: Html) -> Mounted {
    mount_session(Session::new(assessment, Lang::Vi, today()), page).await
}

async fn mount_session(session: Session, page: Html) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let session = Rc::new(RefCell::new(session));
    let sent = Rc::new(RefCell::new(Vec::new()));
    let dispatch = Rc::new(RefCell::new(None));
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps {
            session: session.clone(),
            sent: sent.clone(),
            dispatch: dispatch.clone(),
            page,
        },
    )
    .render();
    yew::scheduler::flush().await;
    Mounted {
        root,
        session,
        sent,
        dispatch,
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("a valid selector")
            .unwrap_or_else(|| {
                panic!(
                    "expected an element {selector}, found none in {}",
                    self.root.inner_html()
                )
            })
    }

    fn by_id(&self, id: &str) -> Element {
        gloo::utils::document()
            .get_element_by_id(id)
            .filter(|e| self.root.contains(Some(e)))
            .unwrap_or_else(|| panic!("expected an element with id {id}, found none"))
    }

    fn text_of(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn text_of_id(&self, id: &str) -> String {
        self.by_id(id).text_content().unwrap_or_default()
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    async fn type_into(&self, id: &str, value: &str) {
        let el = self.by_id(id);
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        }
        fire(&el, "input");
        yew::scheduler::flush().await;
    }

    async fn choose(&self, id: &str, value: &str) {
        let el = self.by_id(id);
        el.dyn_ref::<HtmlSelectElement>()
            .expect("a select")
            .set_value(value);
        fire(&el, "change");
        yew::scheduler::flush().await;
    }

    async fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    async fn click_id(&self, id: &str) {
        self.by_id(id).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    /// Sends a message as a page would, and waits for the render.
    async fn send(&self, msg: Msg) {
        let dispatch = self.dispatch.borrow().clone();
        if let Some(d) = dispatch {
            d.emit(msg);
        }
        yew::scheduler::flush().await;
    }

    fn unmount(self) {
        self.root.remove();
    }
}

fn fire(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("an event");
    el.dispatch_event(&event).expect("dispatched");
}

fn page(location: &Location) -> Html {
    tthc_web::pages::page(location)
}

/// The page of wherever the session is, as the app's frame shows it.
#[component]
fn Current() -> Html {
    let ctx = tthc_web::ctx::use_ctx();
    let location = ctx.session().assessment().location.clone();
    tthc_web::pages::page(&location)
}

/// Every finding of an assessment, followed as a user follows it from the checks page, leads to its page
/// and to an element there whose id is the finding's place.
async fn every_finding_leads_to_its_element(a: Assessment) -> usize {
    let m = mount(a, html! { <Current /> }).await;
    let places: Vec<(tthc_core::Place, String)> = m
        .session
        .borrow()
        .analysis()
        .findings()
        .into_iter()
        .map(|f| (f.place.clone(), f.to_string()))
        .collect();
    for (place, finding) in &places {
        m.send(Msg::Go(place.clone())).await;
        assert_eq!(
            m.session.borrow().assessment().location,
            place.location(),
            "{finding}"
        );
        let path = place.path();
        assert!(
            gloo::utils::document()
                .get_element_by_id(&path)
                .is_some_and(|e| m.root.contains(Some(&e))),
            "expected an element {path} on the page of {finding}"
        );
    }
    m.unmount();
    places.len()
}

#[wasm_bindgen_test]
async fn every_finding_of_the_sample_an_empty_draft_and_a_generated_draft_leads_to_its_element() {
    let mut empty = Assessment::default();
    empty.apply(Action::AddProcedure {
        kind: tthc_core::ProcedureKind::New,
    });
    let mut appraised = sample::sample();
    appraised.apply(Action::Appraisal(tthc_core::AppraisalAction::AddComment {
        procedure: Some("p2".into()),
        anchor: None,
        text: "Đề nghị làm rõ.".into(),
    }));
    let mut odd = sample::generated(3);
    odd.procedures[0].before.name = "Nội dung trước của thủ tục mới".into();
    odd.procedures[1].cost.after.activities[0].hours.value = Some("-1".parse().expect("a number"));
    let mut old_forms = Assessment::new(
        tthc_core::Registry::bundled()
            .latest("nd63-2010")
            .expect("bundled"),
    );
    old_forms.apply(Action::AddProcedure {
        kind: tthc_core::ProcedureKind::Amended,
    });
    // What the file keeps but nothing counts: answers to questions of other forms or to removed
    // entries, comments about removed things, the appraisal and recorded figures of a removed procedure.
    let mut leftovers = sample::sample();
    leftovers.apply(Action::Cost(tthc_core::CostAction::Record(Box::new(
        tthc_core::cost::compute(&leftovers).result(),
    ))));
    leftovers.apply(Action::Appraisal(tthc_core::AppraisalAction::AddComment {
        procedure: Some("p2".into()),
        anchor: None,
        text: "Về thủ tục sẽ bị bỏ.".into(),
    }));
    leftovers.apply(Action::Appraisal(tthc_core::AppraisalAction::SetOpinion {
        procedure: "p2".into(),
        criterion: tthc_core::Criterion::Necessity,
        opinion: tthc_core::appraisal::Opinion::default(),
    }));
    leftovers.procedures.remove(1);
    leftovers.procedures[0].answers.insert(
        "nd63.pl1.1".into(),
        tthc_core::Answer::text("Câu trả lời theo biểu mẫu năm 2010"),
    );
    leftovers
        .consultation
        .comments
        .push(tthc_core::comment::Comment {
            id: "c9".into(),
            procedure: Some("p1".into()),
            anchor: Some(tthc_core::comment::Anchor::Cost {
                side: tthc_core::Side::After,
                input: tthc_core::scenario::CostInput::Activity("a99".into()),
            }),
            text: "Về một công việc đã bỏ.".into(),
            response: None,
        });
    let mut counted = 0;
    for a in [
        leftovers,
        old_forms,
        sample::sample(),
        Assessment::default(),
        empty,
        appraised,
        sample::generated(6),
        odd,
    ] {
        counted += every_finding_leads_to_its_element(a).await;
    }
    assert!(counted > 40, "{counted} findings followed");
}

/// A figure beyond its plausibility bound is kept and stored, with the reason beside the field — the bound
/// the checks use — and the warning goes when the figure is corrected.
#[wasm_bindgen_test]
async fn an_implausible_figure_is_kept_with_a_warning_beside_the_field() {
    let at = Location::Procedure {
        id: "p1".into(),
        step: ProcedureStep::Cost,
    };
    let m = mount_at(sample::sample(), at).await;
    let id = "procedures/p1/cost/after/filings_per_year/value";
    m.type_into(id, "1.000").await;
    let stored = || {
        m.session.borrow().assessment().procedures[0]
            .cost
            .after
            .filings_per_year
            .value
    };
    assert_eq!(stored(), Some(1000.into()), "kept as typed");
    let warning = m.text_of_id(&format!("{id}--warning"));
    assert!(
        warning.starts_with("1.000 vượt mức hợp lý 365"),
        "{warning}"
    );
    assert_eq!(
        m.by_id(id).get_attribute("aria-describedby").as_deref(),
        Some(format!("{id}--warning").as_str())
    );
    assert!(
        m.session
            .borrow()
            .analysis()
            .findings()
            .iter()
            .any(|f| f.code == tthc_core::FindingCode::CostImplausible && f.place.path() == id),
        "the checks say the same, at the same place"
    );
    m.type_into(id, "2").await;
    assert!(
        gloo::utils::document()
            .get_element_by_id(&format!("{id}--warning"))
            .is_none(),
        "the warning goes with the mistake"
    );
    m.unmount();
}

/// What opening a file renamed is said in the notice, and each of those findings leads to the renamed entry.
#[wasm_bindgen_test]
async fn each_id_renamed_on_opening_leads_to_the_renamed_entry() {
    let mut twice = sample::sample();
    twice.procedures[1].id = "p1".into();
    let docs = &mut twice.procedures[0].after.dossier.documents;
    let first = docs[0].id.clone();
    docs[1].id = first;
    let acts = &mut twice.procedures[0].cost.after.activities;
    let first = acts[0].id.clone();
    acts[1].id = first;
    let first = twice.consultation.comments[0].id.clone();
    twice.consultation.comments[1].id = first;
    let bytes = serde_json::to_vec(&twice).expect("serialises");
    let m = mount(Assessment::default(), html! { <Current /> }).await;
    m.send(Msg::Open {
        name: "twice.json".into(),
        bytes,
        purpose: tthc_web::session::Purpose::Work,
    })
    .await;
    let findings = m
        .session
        .borrow()
        .notice
        .as_ref()
        .map(|n| n.findings.clone())
        .unwrap_or_default();
    assert_eq!(findings.len(), 4, "{findings:#?}");
    for f in &findings {
        m.send(Msg::Go(f.place.clone())).await;
        let path = f.place.path();
        assert!(
            gloo::utils::document()
                .get_element_by_id(&path)
                .is_some_and(|e| m.root.contains(Some(&e))),
            "expected an element {path} on the page of {f}"
        );
    }
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_number_typed_the_vietnamese_way_is_stored_exactly_and_a_bad_one_is_kept_with_a_message()
{
    let m = mount_at(sample::sample(), Location::Draft).await;
    let id = "parameters/hours_per_day/value";
    let hours = || {
        m.session
            .borrow()
            .assessment()
            .parameters
            .hours_per_day
            .value
            .to_string()
    };
    m.type_into(id, "7,5").await;
    assert_eq!(hours(), "7.5");
    m.type_into(id, "bảy").await;
    let input: HtmlInputElement = m.by_id(id).unchecked_into();
    assert_eq!(input.value(), "bảy", "the text stays in the field");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = m.text_of_id(&format!("{id}--error"));
    assert!(
        error.contains("Cần một số") && error.contains("bảy"),
        "{error}"
    );
    assert_eq!(hours(), "7.5", "the stored value is unchanged");
    m.type_into(id, "8").await;
    assert!(
        gloo::utils::document()
            .get_element_by_id(&format!("{id}--error"))
            .is_none()
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn answering_no_to_necessity_asks_for_the_reason_and_skips_the_rest() {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: tthc_core::ProcedureKind::New,
    });
    let m = mount_at(a, procedure("p1", ProcedureStep::Form)).await;
    let key = "tt03.new.ii.3";
    let before = m.text();
    assert!(
        !before.contains("Bỏ qua:"),
        "nothing is skipped before the answer"
    );
    m.click_id(&format!("procedures/p1/answers/{key}/value--no"))
        .await;
    let answer = m.session.borrow().assessment().procedures[0]
        .answers
        .get(key)
        .cloned();
    assert_eq!(
        answer
            .and_then(|a| a.chosen().map(str::to_owned))
            .as_deref(),
        Some("no")
    );
    assert!(
        m.text().contains("Bỏ qua:"),
        "the later sections are shown as skipped with the reason"
    );
    let label = m.find(&format!(
        "label[for=\"procedures/p1/answers/{key}/reason\"]"
    ));
    assert!(
        label
            .text_content()
            .unwrap_or_default()
            .contains("bắt buộc")
    );
    m.type_into(
        &format!("procedures/p1/answers/{key}/reason"),
        "Thông báo là đủ.",
    )
    .await;
    assert_eq!(
        m.session.borrow().assessment().procedures[0]
            .answers
            .get(key)
            .map(|a| a.reason.clone())
            .as_deref(),
        Some("Thông báo là đủ.")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_amended_procedure_shows_before_and_after_side_by_side_with_the_changes_marked() {
    let m = mount_at(sample::sample(), procedure("p2", ProcedureStep::Components)).await;
    assert!(
        m.text_of(".statement")
            .contains("Rút ngắn thời hạn giải quyết từ 10 xuống 5")
    );
    let days = m
        .by_id("procedures/p2/after/time_limit/days")
        .closest(".field")
        .expect("ok")
        .expect("a field");
    assert!(days.class_list().contains("changed"));
    assert!(
        days.text_content().unwrap_or_default().contains("đã sửa"),
        "changes are marked in words"
    );
    // Unmarking the component as changed shows it as unchanged.
    m.click_id("procedures/p2/changed/time_limit").await;
    assert!(
        !m.session.borrow().assessment().procedures[1].is_changed(tthc_core::Component::TimeLimit)
    );
    assert!(
        m.text_of_id("procedures/p2/after/time_limit")
            .contains("Giữ nguyên")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_list_entry_is_added_and_removed_through_the_reducer() {
    let m = mount_at(sample::sample(), procedure("p1", ProcedureStep::Components)).await;
    let count = || {
        m.session.borrow().assessment().procedures[0]
            .after
            .dossier
            .documents
            .len()
    };
    let n = count();
    m.click("[id='procedures/p1/after/dossier/documents'] > button.add")
        .await;
    assert_eq!(count(), n + 1);
    let new_id = m.session.borrow().assessment().procedures[0]
        .after
        .dossier
        .documents[n]
        .id
        .clone();
    assert!(!new_id.is_empty(), "the core gives the new document an id");
    m.type_into(
        &format!("procedures/p1/after/dossier/documents/{new_id}/name"),
        "Giấy tờ mới",
    )
    .await;
    assert_eq!(
        m.session.borrow().assessment().procedures[0]
            .after
            .dossier
            .documents[n]
            .name,
        "Giấy tờ mới"
    );
    m.click(&format!(
        "[id='procedures/p1/after/dossier/documents/{new_id}'] > button.remove"
    ))
    .await;
    assert_eq!(count(), n);
    m.unmount();
}

#[wasm_bindgen_test]
async fn choosing_a_finding_goes_to_its_field() {
    let mut a = sample::sample();
    a.apply(Action::SetDraft(
        tthc_core::DraftField::Title(String::new()),
    ));
    let m = mount_at(a, Location::Checks).await;
    assert!(m.text_of_id("dossier").starts_with("1 lỗi"));
    let first = m.find(".finding.error");
    assert!(
        first.text_content().unwrap_or_default().contains("✗ Lỗi"),
        "severity in words and a symbol"
    );
    m.click(".finding.error button.go").await;
    let s = m.session.borrow();
    assert_eq!(s.assessment().location, Location::Draft);
    assert_eq!(s.focus.as_deref(), Some("draft.title"));
    drop(s);
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_cost_page_shows_live_figures_and_proposes_activities() {
    let m = mount_at(sample::sample(), procedure("p2", ProcedureStep::Cost)).await;
    assert!(m.text_of(".saving").contains("44,22%"));
    assert!(m.text_of(".saving").contains("✓ Đạt mục tiêu"));
    // The whole draft: the existing procedures, the new one, and the net change said as a rise.
    let total = m.text_of(".draft-total");
    assert!(
        total.contains("giảm −998.370.455 đồng (giảm 56,24%)"),
        "{total}"
    );
    assert!(total.contains("5.209.630.682 đồng"), "{total}");
    assert!(total.contains("tăng +4.211.260.227 đồng"), "{total}");
    assert!(
        !total.contains("-4.211") && !total.contains("−237"),
        "{total}"
    );
    let first = m.session.borrow().assessment().procedures[1]
        .cost
        .after
        .activities[0]
        .id
        .clone();
    m.type_into(
        &format!("procedures/p2/cost/after/activities/{first}/hours"),
        "100",
    )
    .await;
    let text = m.text_of(".saving");
    assert!(
        text.contains("✗ Chưa đạt"),
        "the saving follows the input at once: {text}"
    );
    // Proposals from the components are marked until confirmed.
    let mut b = sample::sample();
    b.procedures[0].cost.after.activities.clear();
    m.unmount();
    let m = mount_at(b, procedure("p1", ProcedureStep::Cost)).await;
    m.click("[id='procedures/p1/cost/after'] .toolbar button")
        .await;
    assert!(
        m.session.borrow().assessment().procedures[0]
            .cost
            .after
            .activities
            .iter()
            .all(|x| x.proposed)
    );
    assert!(m.text().contains("Đề xuất, chưa xác nhận"));
    m.click("[id='procedures/p1/cost/after'] .toolbar button:nth-child(2)")
        .await;
    assert!(
        m.session.borrow().assessment().procedures[0]
            .cost
            .after
            .activities
            .iter()
            .all(|x| !x.proposed)
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn removing_a_procedure_offers_undo_in_the_list() {
    let m = mount_at(sample::sample(), Location::Procedures).await;
    assert_eq!(
        m.root
            .query_selector_all("li.procedure")
            .map_or(0, |l| l.length()),
        3
    );
    m.click("li.procedure button.remove").await;
    assert_eq!(m.session.borrow().assessment().procedures.len(), 2);
    assert!(m.session.borrow().can_undo());
    m.session.borrow_mut().update(Msg::Undo);
    assert_eq!(m.session.borrow().assessment().procedures.len(), 3);
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_appraiser_records_a_verdict_and_an_anchored_comment_and_the_drafter_answers() {
    let m = mount_at(sample::sample(), Location::Appraisal).await;
    assert!(
        m.text_of_id("gate-result")
            .contains("đủ điều kiện tiếp nhận")
    );
    m.click_id("appraisal/p1/necessity/verdict--meets").await;
    let verdict = m
        .session
        .borrow()
        .assessment()
        .appraisal
        .as_ref()
        .and_then(|x| x.opinions.get("p1"))
        .and_then(|o| o.get(&tthc_core::ruleset::Criterion::Necessity))
        .and_then(|o| o.verdict);
    assert_eq!(verdict, Some(tthc_core::Verdict::Meets));
    m.choose("appraisal/new/p1/anchor", "component:after:time_limit")
        .await;
    m.type_into("appraisal/new/p1/text", "Đề nghị rút ngắn thời hạn.")
        .await;
    m.click_id("appraisal/new/p1/add").await;
    let comment = m
        .session
        .borrow()
        .assessment()
        .appraisal
        .as_ref()
        .map(|x| x.comments.clone())
        .unwrap_or_default();
    assert_eq!(comment.len(), 1);
    assert!(matches!(
        comment[0].anchor,
        Some(tthc_core::comment::Anchor::Component {
            component: tthc_core::Component::TimeLimit,
            ..
        })
    ));
    assert!(
        m.text_of_id("procedures/p1/appraisal/y1")
            .contains("Thời hạn giải quyết (sau)")
    );
    m.click_id("procedures/p1/appraisal/y1/response/kind--explained")
        .await;
    m.type_into(
        "procedures/p1/appraisal/y1/response",
        "Thời hạn đã là ngắn nhất.",
    )
    .await;
    let response = m
        .session
        .borrow()
        .assessment()
        .appraisal
        .as_ref()
        .and_then(|x| x.comments[0].response.clone());
    assert_eq!(
        response.map(|r| (r.kind, r.text)),
        Some((
            tthc_core::consultation::ResponseKind::Explained,
            "Thời hạn đã là ngắn nhất.".to_owned()
        ))
    );
    assert!(
        m.sent.borrow().iter().all(|msg| matches!(msg, Msg::Do(_))),
        "the page only dispatches core actions"
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_storage_failure_and_another_tab_saving_are_shown_with_a_way_out() {
    let frame = || html! { <><tthc_web::app::SaveStatus /><tthc_web::app::Banners /></> };
    let mut failed = Session::new(sample::sample(), Lang::Vi, today());
    failed.update(Msg::Stored(Err(
        "QuotaExceededError: the quota has been exceeded".into(),
    )));
    let m = mount_session(failed, frame()).await;
    let alert = m.find("#storage-failed");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let text = alert.text_content().unwrap_or_default();
    assert!(
        text.contains("Không lưu được") && text.contains("QuotaExceededError"),
        "{text}"
    );
    assert!(
        m.root
            .query_selector("#storage-failed button.download-work")
            .ok()
            .flatten()
            .is_some(),
        "the file download is offered"
    );
    assert!(m.text_of("#save-status").contains("Chưa lưu được"));
    m.unmount();

    let mut paused = Session::new(sample::sample(), Lang::Vi, today());
    paused.update(Msg::OtherSaved);
    let m = mount_session(paused, frame()).await;
    assert!(m.text_of("#other-tab").contains("tạm dừng tự động lưu"));
    let keep = m
        .root
        .query_selector_all("#other-tab button")
        .expect("buttons");
    assert_eq!(
        keep.length(),
        3,
        "use the other tab's work, keep this one, or download it"
    );
    m.click("#other-tab button:nth-of-type(2)").await;
    assert_eq!(m.sent.borrow().last(), Some(&Msg::KeepMine));
    assert_eq!(m.session.borrow().save, SaveState::Pending);
    let now = m.text_of("#other-tab");
    assert!(
        !now.contains("tạm dừng") && now.contains("đang mở ở một thẻ khác"),
        "{now}"
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_issuance_of_the_dossier_and_of_the_report_is_stored_one_entry_per_line() {
    let m = mount_at(sample::sample(), Location::Draft).await;
    assert!(
        m.text_of_id("draft.issuance")
            .contains("Số, ký hiệu, nơi nhận và người ký hồ sơ")
    );
    m.type_into(
        "draft.issuance/superior_body",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
    )
    .await;
    m.type_into("draft.issuance/signer/name", "Nguyễn Văn A")
        .await;
    // A line being started stays in the field; it and an empty line are not entries.
    m.type_into("draft.issuance/recipients", "Bộ Tư pháp;\n")
        .await;
    let area: HtmlTextAreaElement = m.by_id("draft.issuance/recipients").unchecked_into();
    assert_eq!(
        area.value(),
        "Bộ Tư pháp;\n",
        "the new line being started stays in the field"
    );
    m.type_into("draft.issuance/recipients", "Bộ Tư pháp;\n\n  UBND tỉnh;\n")
        .await;
    let issuance = m.session.borrow().assessment().draft.issuance.clone();
    assert_eq!(issuance.superior_body, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
    assert_eq!(issuance.signer.name, "Nguyễn Văn A");
    assert_eq!(
        issuance.recipients,
        vec!["Bộ Tư pháp;".to_owned(), "UBND tỉnh;".to_owned()]
    );
    m.unmount();

    let m = mount_at(sample::sample(), Location::Appraisal).await;
    assert!(
        gloo::utils::document()
            .get_element_by_id("appraisal/issuance/number")
            .is_none(),
        "the report's number is the reference"
    );
    m.type_into("appraisal/issuance/signer/title", "PHÓ GIÁM ĐỐC")
        .await;
    let title = m
        .session
        .borrow()
        .assessment()
        .appraisal
        .as_ref()
        .map(|x| x.issuance.signer.title.clone());
    assert_eq!(title.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    m.unmount();
}
