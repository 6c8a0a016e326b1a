//! The workbench in this tab: the assessment, changed only through the core reducer, its analysis (plans,
//! findings, costs — updated once per change, for what the change can affect), and what the app shows
//! around it: the language, a notice, the last undoable change, the save state, another tab, the earlier
//! version being compared. Plain Rust with no yew types, so every rule of the app's behaviour lives in one
//! `update`; pages read the analysis, never compute it.

use std::cell::RefCell;
use std::rc::Rc;

use tthc_core::action::Scope;
use tthc_core::appraisal::AppraisalAction;
use tthc_core::review::{Review, review};
use tthc_core::{
    Action, Analysis, Assessment, CostAction, Date, Lang, Location, Place, ProcedureStep, Registry,
    Ruleset, RulesetRef, Text, file, sample,
};

/// Why a file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// To work on it (drafter): it replaces the current work, which can be restored with undo.
    Work,
    /// To appraise it: as for work, then the appraisal page.
    Appraise,
    /// As the earlier version to compare the current work with; the current work is not touched.
    Compare,
    /// A ruleset file (a local ruleset with corrected wording) for the current work to use.
    Ruleset,
}

/// What a notice offers to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// Undo the last removal or replacement.
    Undo,
    /// Open the sample anyway (the work in progress was kept).
    OpenSample,
    /// Download the stored work that could not be opened.
    DownloadUnreadable,
}

/// Something to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// An error (shown as an alert) or information.
    pub error: bool,
    /// The message in both languages.
    pub text: Text,
    /// What it offers to do, if anything.
    pub offer: Option<Offer>,
    /// Findings that go with it (what opening a file had to rename), each leading to its place.
    pub findings: Vec<tthc_core::Finding>,
}

impl Notice {
    /// Information.
    pub fn info(text: Text) -> Notice {
        Notice {
            error: false,
            text,
            offer: None,
            findings: Vec::new(),
        }
    }

    /// An error.
    pub fn error(text: Text) -> Notice {
        Notice {
            error: true,
            ..Notice::info(text)
        }
    }

    /// The same notice with the findings that go with it.
    #[must_use]
    pub fn with_findings(mut self, findings: Vec<tthc_core::Finding>) -> Notice {
        self.findings = findings;
        self
    }

    /// The same notice with an offer.
    #[must_use]
    pub fn offering(mut self, offer: Offer) -> Notice {
        self.offer = Some(offer);
        self
    }
}

/// Whether the work is safe in the browser's storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Saved at this time of day (`14:03:22`).
    Saved(String),
    /// Changed, to be saved in a moment.
    Pending,
    /// The last save failed: why. The work is still in the page; the file download is offered.
    Failed(String),
    /// Another tab saved the same work: saving here is paused so that neither overwrites the other.
    Paused,
    /// Nothing to save yet (a fresh start with no work).
    Empty,
    /// Restored from the browser's storage on opening, unchanged since.
    Restored,
}

/// The earlier version of the file, for the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Earlier {
    /// The file name.
    pub name: String,
    /// Its content.
    pub assessment: Assessment,
}

/// Options of the documents (dossier, appraisal report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentOptions {
    /// The date printed on them.
    pub date: Date,
    /// Their language, when chosen (else the app's).
    pub lang: Option<Lang>,
}

/// A change asked for by the user (or by the browser, for storage and other tabs).
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A change to the assessment, through the core reducer.
    Do(Action),
    /// Proposes the activities of one side of a procedure from its components (worked out by the core
    /// when the user asks).
    Propose(String, tthc_core::Side),
    /// Records the cost figures in the file, when they differ from the ones recorded (before a download
    /// of the dossier).
    RecordCost,
    /// A file was read: open it.
    Open {
        /// Its name.
        name: String,
        /// Its bytes, as saved (a byte-order mark or UTF-16 is read by the core).
        bytes: Vec<u8>,
        /// Why.
        purpose: Purpose,
    },
    /// A file could not be read.
    ReadFailed {
        /// Its name.
        name: String,
        /// Why.
        reason: String,
    },
    /// A new, empty assessment with a ruleset.
    New(RulesetRef),
    /// The sample draft.
    Sample,
    /// Undoes the last removal or replacement.
    Undo,
    /// The language of the app.
    Lang(Lang),
    /// Closes the notice.
    Dismiss,
    /// Goes to the place a finding (or an anchored comment) is about, and focuses its field.
    Go(Place),
    /// Goes to a page and focuses an element of it (by id).
    Show(Location, String),
    /// The date of the documents.
    DocumentDate(Date),
    /// The language of the documents.
    DocumentLang(Lang),
    /// Tells the user something (a document could not be made, a download failed).
    Notify {
        /// An error or information.
        error: bool,
        /// The message.
        text: Text,
    },
    /// The result of saving to the browser's storage: the time, or why it failed.
    Stored(Result<String, String>),
    /// Another tab of the app is open (or was closed).
    OtherTab(bool),
    /// Another tab saved its work to the same storage.
    OtherSaved,
    /// Keep this tab's work: save it now and resume saving.
    KeepMine,
    /// Use the work another tab saved (its text, read from the storage); saving resumes.
    TakeOther(String),
    /// Closes the comparison's earlier file.
    CloseEarlier,
}

/// What the app must do after an update (the session itself does no I/O).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Effects {
    /// The assessment changed: save it (soon).
    pub changed: bool,
    /// Save now, without waiting.
    pub save_now: bool,
    /// The language changed: remember it.
    pub lang: bool,
}

#[derive(Debug, Clone)]
struct Undo {
    assessment: Box<Assessment>,
}

/// The state of the workbench in this tab.
#[derive(Debug)]
pub struct Session {
    assessment: Assessment,
    /// The language of the app.
    pub lang: Lang,
    /// What to tell the user, if anything.
    pub notice: Option<Notice>,
    undo: Option<Undo>,
    /// The earlier version, when comparing.
    pub earlier: Option<Earlier>,
    /// Whether the work is saved.
    pub save: SaveState,
    /// Another tab of the app is open.
    pub other_tab: bool,
    /// The id of an element to focus after the next render.
    pub focus: Option<String>,
    /// Options of the documents.
    pub document: DocumentOptions,
    revision: u64,
    analysis: Analysis<'static>,
    /// The review of the appraisal, worked out from the analysis when the appraisal page asks for it.
    review: RefCell<Option<(u64, Rc<Review<'static>>)>>,
}

impl Session {
    /// A session on an assessment (the autosaved one, or a new one), on the day `today`.
    pub fn new(assessment: Assessment, lang: Lang, today: Date) -> Session {
        // An undated draft is read with the rules in force today (the core reads no clock).
        let analysis = Analysis::on(&assessment, ruleset_of(&assessment), today);
        Session {
            analysis,
            assessment,
            lang,
            notice: None,
            undo: None,
            earlier: None,
            save: SaveState::Empty,
            other_tab: false,
            focus: None,
            document: DocumentOptions {
                date: today,
                lang: None,
            },
            revision: 0,
            review: RefCell::default(),
        }
    }

    /// The assessment.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// A number that changes with every change of the assessment.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The ruleset of the assessment (files are opened only with a ruleset the registry has).
    pub fn ruleset(&self) -> &'static Ruleset {
        ruleset_of(&self.assessment)
    }

    /// The analysis of the assessment: each procedure's plan, findings and cost, the draft's findings,
    /// totals and readiness — updated once per change.
    pub fn analysis(&self) -> &Analysis<'static> {
        &self.analysis
    }

    /// The review of the appraisal (intake gate, recomputation, checklist), worked out from the analysis
    /// once per change, when first asked for.
    pub fn review(&self) -> Rc<Review<'static>> {
        let mut cache = self.review.borrow_mut();
        if let Some((rev, r)) = &*cache
            && *rev == self.revision
        {
            return Rc::clone(r);
        }
        let r = Rc::new(review(&self.analysis, &self.assessment));
        *cache = Some((self.revision, Rc::clone(&r)));
        r
    }

    /// Whether there is work worth keeping (anything entered at all).
    pub fn has_work(&self) -> bool {
        !is_blank(&self.assessment)
    }

    /// Applies a change, and says what the app must do about it.
    pub fn update(&mut self, msg: Msg) -> Effects {
        match msg {
            Msg::Do(action) => self.act(action),
            Msg::Propose(id, side) => match Action::propose_activities(&self.assessment, &id, side)
            {
                Some(action) => self.act(action),
                None => Effects::default(),
            },
            Msg::RecordCost => {
                let current = self.analysis.cost_result(&self.assessment);
                if self.assessment.recorded_cost.as_ref() == Some(&current) {
                    Effects::default()
                } else {
                    self.act(Action::Cost(CostAction::Record(Box::new(current))))
                }
            }
            Msg::Open {
                name,
                bytes,
                purpose,
            } => self.open(&name, &bytes, purpose),
            Msg::ReadFailed { name, reason } => {
                self.notice = Some(Notice::error(Text::new(
                    format!(
                        "Không đọc được tệp {name}: {reason}. Công việc hiện tại được giữ nguyên."
                    ),
                    format!(
                        "Could not read the file {name}: {reason}. The current work is unchanged."
                    ),
                )));
                Effects::default()
            }
            Msg::New(reference) => {
                let mut a = Assessment::new(Registry::bundled().resolve_or_default(&reference));
                a.location = Location::Draft;
                self.replace(
                    a,
                    Text::new("Đã tạo bản đánh giá mới.", "A new assessment was started."),
                )
            }
            Msg::Sample => {
                let mut a = sample::sample();
                a.location = Location::Procedures;
                self.replace(
                    a,
                    Text::new(
                        "Đã mở bản mẫu (dự thảo giả định).",
                        "The sample (a fictitious draft) is open.",
                    ),
                )
            }
            Msg::Undo => self.undo(),
            Msg::Lang(lang) => {
                self.lang = lang;
                Effects {
                    lang: true,
                    ..Effects::default()
                }
            }
            Msg::Dismiss => {
                self.notice = None;
                Effects::default()
            }
            Msg::Go(place) => self.update(Msg::Show(place.location(), place.path())),
            Msg::Show(location, id) => {
                let effects = self.act(Action::Navigate(location));
                self.focus = Some(id);
                effects
            }
            Msg::DocumentDate(date) => {
                self.document.date = date;
                Effects::default()
            }
            Msg::DocumentLang(lang) => {
                self.document.lang = Some(lang);
                Effects::default()
            }
            Msg::Notify { error, text } => {
                self.notice = Some(if error {
                    Notice::error(text)
                } else {
                    Notice::info(text)
                });
                Effects::default()
            }
            Msg::Stored(_)
            | Msg::OtherTab(_)
            | Msg::OtherSaved
            | Msg::KeepMine
            | Msg::TakeOther(_) => self.browser(msg),
            Msg::CloseEarlier => {
                self.earlier = None;
                Effects::default()
            }
        }
    }

    /// What the browser reports: a save, another tab.
    fn browser(&mut self, msg: Msg) -> Effects {
        match msg {
            Msg::Stored(result) => {
                if self.save != SaveState::Paused {
                    self.save = match result {
                        Ok(at) => SaveState::Saved(at),
                        Err(reason) => SaveState::Failed(reason),
                    };
                }
                Effects::default()
            }
            Msg::OtherTab(open) => {
                self.other_tab = open;
                Effects::default()
            }
            Msg::OtherSaved => {
                self.other_tab = true;
                self.save = SaveState::Paused;
                Effects::default()
            }
            Msg::KeepMine => {
                self.save = SaveState::Pending;
                Effects {
                    save_now: true,
                    ..Effects::default()
                }
            }
            Msg::TakeOther(text) => {
                match file::open(&text) {
                    Ok(opened) => {
                        let said = opened.findings();
                        self.replace(
                            opened.assessment,
                            Text::new(
                                "Đã dùng bản do thẻ kia lưu.",
                                "Now using the work the other tab saved.",
                            ),
                        );
                        if let Some(n) = &mut self.notice {
                            n.findings = said;
                        }
                        self.save = SaveState::Restored;
                    }
                    Err(e) => {
                        self.notice = Some(Notice::error(Text::new(
                            format!(
                                "Bản do thẻ kia lưu không mở được: {} Công việc ở thẻ này được giữ nguyên.",
                                e.message(Lang::Vi)
                            ),
                            format!(
                                "The work the other tab saved could not be opened: {}. This tab's work is unchanged.",
                                e.message(Lang::En)
                            ),
                        )));
                    }
                }
                Effects::default()
            }
            _ => Effects::default(),
        }
    }

    /// A change through the core reducer. Removals can be undone; any other change of the content ends
    /// the chance to undo (undoing would lose it).
    fn act(&mut self, action: Action) -> Effects {
        let removal = removal_text(&self.assessment, &action);
        let navigation = matches!(action, Action::Navigate(_) | Action::Next | Action::Back);
        let before = removal.as_ref().map(|_| self.assessment.clone());
        let scope = action.scope();
        self.assessment.apply(action);
        self.analysis
            .update(&self.assessment, ruleset_of(&self.assessment), &scope);
        if let (Some(text), Some(before)) = (removal, before) {
            if before != self.assessment {
                self.undo = Some(Undo {
                    assessment: Box::new(before),
                });
                self.notice = Some(Notice::info(text).offering(Offer::Undo));
            }
        } else if !navigation && self.undo.is_some() {
            self.undo = None;
            if self
                .notice
                .as_ref()
                .is_some_and(|n| n.offer == Some(Offer::Undo))
            {
                self.notice = None;
            }
        }
        self.changed()
    }

    fn changed(&mut self) -> Effects {
        self.revision += 1;
        self.review.replace(None);
        if self.save != SaveState::Paused {
            self.save = SaveState::Pending;
        }
        Effects {
            changed: true,
            ..Effects::default()
        }
    }

    /// Replaces the work, keeping the previous one for undo.
    fn replace(&mut self, assessment: Assessment, text: Text) -> Effects {
        let previous = std::mem::replace(&mut self.assessment, assessment);
        self.analysis
            .update(&self.assessment, ruleset_of(&self.assessment), &Scope::All);
        let kept = !is_blank(&previous) && previous != self.assessment;
        self.undo = kept.then(|| Undo {
            assessment: Box::new(previous),
        });
        let notice = Notice::info(text);
        self.notice = Some(if kept {
            notice.offering(Offer::Undo)
        } else {
            notice
        });
        self.changed()
    }

    fn undo(&mut self) -> Effects {
        let Some(undo) = self.undo.take() else {
            return Effects::default();
        };
        self.assessment = *undo.assessment;
        self.analysis
            .update(&self.assessment, ruleset_of(&self.assessment), &Scope::All);
        self.notice = Some(Notice::info(Text::new("Đã hoàn tác.", "Undone.")));
        self.changed()
    }

    fn open(&mut self, name: &str, bytes: &[u8], purpose: Purpose) -> Effects {
        if purpose == Purpose::Ruleset {
            return self.open_ruleset(name, bytes);
        }
        let opened = match file::open_bytes(bytes, Registry::bundled()) {
            Ok(o) => o,
            Err(e) => {
                self.notice = Some(Notice::error(Text::new(
                    format!(
                        "Không mở được tệp {name}. {} Công việc hiện tại được giữ nguyên.",
                        e.message(Lang::Vi)
                    ),
                    format!(
                        "Could not open the file {name}: {}. The current work is unchanged.",
                        e.message(Lang::En)
                    ),
                )));
                return Effects::default();
            }
        };
        // What had to be renamed is said with the notice of the opening.
        let said = opened.findings();
        let effects = match purpose {
            Purpose::Compare => {
                self.earlier = Some(Earlier {
                    name: name.to_owned(),
                    assessment: opened.assessment,
                });
                self.notice = None;
                let effects = self.act(Action::Navigate(Location::Compare));
                if !said.is_empty() {
                    self.notice = Some(Notice::info(Text::new(
                        format!("Đã mở tệp {name} để so sánh."),
                        format!("Opened the file {name} for the comparison."),
                    )));
                }
                effects
            }
            Purpose::Work | Purpose::Appraise | Purpose::Ruleset => {
                let mut a = opened.assessment;
                if purpose == Purpose::Appraise {
                    a.location = Location::Appraisal;
                } else if a.location == Location::Start {
                    a.location = Location::Draft;
                }
                self.replace(
                    a,
                    Text::new(
                        format!("Đã mở tệp {name}."),
                        format!("Opened the file {name}."),
                    ),
                )
            }
        };
        if let Some(n) = &mut self.notice {
            n.findings = said;
        }
        effects
    }

    /// Uses a ruleset file for the current work: a ruleset the browser has is used by reference, another
    /// is embedded in the work. A file that is not a ruleset, or whose lint finds an error, is refused and
    /// the work is unchanged.
    fn open_ruleset(&mut self, name: &str, bytes: &[u8]) -> Effects {
        let read = tthc_core::text::decode(bytes)
            .map_err(|e| (e.to_string(), e.to_string()))
            .and_then(|text| Ruleset::from_json(&text).map_err(|e| (e.to_string(), e.to_string())))
            .and_then(|r| match tthc_core::ruleset::first_error(&r) {
                Some(m) => Err((
                    format!("bộ biểu mẫu có lỗi: {}", m.message),
                    format!("the ruleset has an error: {}", m.message),
                )),
                None => Ok(r),
            });
        match read {
            Err((vi, en)) => {
                self.notice = Some(Notice::error(Text::new(
                    format!(
                        "Không dùng được tệp {name}: {vi}. Công việc hiện tại được giữ nguyên."
                    ),
                    format!("Could not use the file {name}: {en}. The current work is unchanged."),
                )));
                Effects::default()
            }
            Ok(r) => {
                let effects = self.act(Action::use_ruleset(&r, Registry::bundled()));
                self.notice = Some(Notice::info(Text::new(
                    format!(
                        "Đã dùng bộ biểu mẫu {} (phiên bản {}) từ tệp {name}.",
                        r.id, r.version
                    ),
                    format!(
                        "Now using the ruleset {} (version {}) from the file {name}.",
                        r.id, r.version
                    ),
                )));
                effects
            }
        }
    }

    /// The language of the documents: as chosen for them, else the app's.
    pub fn document_lang(&self) -> Lang {
        self.document.lang.unwrap_or(self.lang)
    }

    /// Whether the last change can be undone.
    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// The page to return to from the start page: where the work was left, else the draft's details.
    pub fn resume_location(&self) -> Location {
        match &self.assessment.location {
            Location::Start => Location::Draft,
            other => other.clone(),
        }
    }

    /// The location of a procedure page.
    pub fn procedure_page(id: &str, step: ProcedureStep) -> Location {
        Location::Procedure {
            id: id.to_owned(),
            step,
        }
    }
}

/// The ruleset of an assessment: the local one it embeds ([`file::embedded`], checked when the file was
/// opened), else the bundled one it records (the one fallback to the default is in the core: files are
/// opened only with a ruleset the registry has).
pub fn ruleset_of(a: &Assessment) -> &'static Ruleset {
    if a.ruleset_copy.is_some()
        && let Some(local) = local_ruleset(a)
    {
        return local;
    }
    Registry::bundled().resolve_or_default(&a.ruleset)
}

thread_local! {
    /// Local rulesets read in this tab, by digest: each is read once and lives as long as the tab (a few
    /// hundred kilobytes each; a tab sees a handful at most).
    static LOCAL: RefCell<std::collections::HashMap<String, &'static Ruleset>> = RefCell::default();
}

/// The local ruleset an assessment embeds, read once per digest.
fn local_ruleset(a: &Assessment) -> Option<&'static Ruleset> {
    let digest = a.ruleset.sha256.clone()?;
    if let Some(r) = LOCAL.with(|m| m.borrow().get(&digest).copied()) {
        return Some(r);
    }
    let read = file::embedded(a).ok().flatten()?;
    let leaked: &'static Ruleset = Box::leak(Box::new(read));
    LOCAL.with(|m| m.borrow_mut().insert(digest, leaked));
    Some(leaked)
}

/// Whether nothing was entered in an assessment (where the user was does not count).
fn is_blank(a: &Assessment) -> bool {
    let mut empty = Assessment::new(ruleset_of(a));
    empty.location = a.location.clone();
    *a == empty
}

/// For an action that removes something, the notice offering to undo it.
fn removal_text(a: &Assessment, action: &Action) -> Option<Text> {
    match action {
        Action::RemoveProcedure { id } => {
            let i = a.procedures.iter().position(|p| &p.id == id)?;
            let vi = a.procedures[i].display_name(i + 1, Lang::Vi);
            let en = a.procedures[i].display_name(i + 1, Lang::En);
            Some(Text::new(
                format!("Đã xoá thủ tục \u{201c}{vi}\u{201d}."),
                format!("The procedure \u{201c}{en}\u{201d} was removed."),
            ))
        }
        Action::RemovePolicy { .. } => {
            Some(Text::new("Đã xoá chính sách.", "The policy was removed."))
        }
        Action::RemoveComment { .. } | Action::Appraisal(AppraisalAction::RemoveComment { .. }) => {
            Some(Text::new("Đã xoá ý kiến.", "The comment was removed."))
        }
        Action::Cost(CostAction::RemoveActivity { .. } | CostAction::RemoveExpense { .. }) => Some(
            Text::new("Đã xoá một dòng chi phí.", "A cost line was removed."),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tthc_core::{ProcedureKind, Severity};

    fn today() -> Date {
        "2026-11-26".parse().expect("a date")
    }

    fn with_sample() -> Session {
        Session::new(sample::sample(), Lang::Vi, today())
    }

    #[test]
    fn a_bad_file_says_why_and_leaves_the_work_as_it_was() {
        let mut s = with_sample();
        let before = s.assessment().clone();
        let revision = s.revision();
        for (text, expected) in [
            ("{\"format\": \"tthc-assessment\",", "dòng"),
            ("{\"format\": \"something else\"}", "tthc-assessment"),
            ("[1, 2]", "tthc-assessment"),
        ] {
            for purpose in [Purpose::Work, Purpose::Appraise, Purpose::Compare] {
                let effects = s.update(Msg::Open {
                    name: "hong.json".into(),
                    bytes: text.as_bytes().to_vec(),
                    purpose,
                });
                assert_eq!(effects, Effects::default(), "nothing to save");
                assert_eq!(s.assessment(), &before);
                assert_eq!(s.revision(), revision);
                assert!(s.earlier.is_none());
                let notice = s.notice.clone().expect("a notice");
                assert!(notice.error);
                assert!(notice.text.vi.contains("hong.json"), "{}", notice.text.vi);
                assert!(notice.text.vi.contains(expected), "{}", notice.text.vi);
                assert!(notice.text.vi.contains("giữ nguyên"), "{}", notice.text.vi);
                assert!(
                    notice
                        .text
                        .en
                        .starts_with("Could not open the file hong.json: expected"),
                    "{}",
                    notice.text.en
                );
            }
        }
    }

    #[test]
    fn a_file_saved_with_a_byte_order_mark_or_in_utf16_opens_and_renamed_ids_are_said() {
        let text = sample::SAMPLE_JSON.replacen("\"id\": \"p2\"", "\"id\": \"p1\"", 1);
        let bom = [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat();
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        for bytes in [bom, utf16] {
            let mut s = Session::new(Assessment::default(), Lang::Vi, today());
            s.update(Msg::Open {
                name: "notepad.json".into(),
                bytes,
                purpose: Purpose::Work,
            });
            assert_eq!(s.assessment().procedures.len(), 3);
            let notice = s.notice.clone().expect("a notice");
            assert!(!notice.error, "{}", notice.text.vi);
            assert_eq!(notice.findings.len(), 1);
            assert_eq!(notice.findings[0].place.path(), "procedures/p4");
        }
    }

    #[test]
    fn opening_a_file_replaces_the_work_and_can_be_undone() {
        let mut s = with_sample();
        let before = s.assessment().clone();
        let mut other = Assessment::default();
        other.apply(Action::AddProcedure {
            kind: ProcedureKind::Abolished,
        });
        other.apply(Action::Navigate(Location::Start));
        let effects = s.update(Msg::Open {
            name: "khac.json".into(),
            bytes: file::export(&other).into_bytes(),
            purpose: Purpose::Work,
        });
        assert!(effects.changed);
        assert_eq!(s.assessment().procedures.len(), 1);
        assert_eq!(
            s.assessment().location,
            Location::Draft,
            "a file left on the start page opens on the draft"
        );
        assert_eq!(s.notice.as_ref().and_then(|n| n.offer), Some(Offer::Undo));
        s.update(Msg::Undo);
        assert_eq!(s.assessment(), &before);
        assert!(!s.can_undo());
    }

    #[test]
    fn opening_to_appraise_goes_to_the_appraisal_and_to_compare_keeps_the_work() {
        let mut s = Session::new(Assessment::default(), Lang::Vi, today());
        s.update(Msg::Open {
            name: "mau.json".into(),
            bytes: sample::SAMPLE_JSON.as_bytes().to_vec(),
            purpose: Purpose::Appraise,
        });
        assert_eq!(s.assessment().location, Location::Appraisal);
        assert!(!s.can_undo(), "an empty assessment is not worth an undo");
        let current = s.assessment().clone();
        let mut earlier = current.clone();
        earlier.procedures.pop();
        s.update(Msg::Open {
            name: "cu.json".into(),
            bytes: file::export(&earlier).into_bytes(),
            purpose: Purpose::Compare,
        });
        assert_eq!(s.assessment().procedures, current.procedures);
        assert_eq!(s.assessment().location, Location::Compare);
        assert_eq!(s.earlier.as_ref().map(|e| e.name.as_str()), Some("cu.json"));
    }

    #[test]
    fn a_removal_can_be_undone_until_the_next_change() {
        let mut s = with_sample();
        let before = s.assessment().clone();
        s.update(Msg::Do(Action::RemoveProcedure { id: "p1".into() }));
        assert_eq!(s.assessment().procedures.len(), 2);
        let notice = s.notice.clone().expect("a notice");
        assert_eq!(notice.offer, Some(Offer::Undo));
        assert!(
            notice
                .text
                .vi
                .starts_with("Đã xoá thủ tục \u{201c}Cấp phép"),
            "{}",
            notice.text.vi
        );
        s.update(Msg::Do(Action::Navigate(Location::Checks)));
        assert!(s.can_undo(), "moving around keeps the undo");
        s.update(Msg::Undo);
        assert_eq!(s.assessment().procedures, before.procedures);

        s.update(Msg::Do(Action::RemoveProcedure { id: "p1".into() }));
        s.update(Msg::Do(Action::SetDraft(tthc_core::DraftField::Title(
            "Mới".into(),
        ))));
        assert!(!s.can_undo(), "undoing now would lose the new title");
        assert!(s.notice.is_none());
        assert_eq!(s.update(Msg::Undo), Effects::default());
    }

    #[test]
    fn a_finding_leads_to_its_page_and_field() {
        let mut s = with_sample();
        s.update(Msg::Do(Action::SetComponent {
            id: "p2".into(),
            side: tthc_core::Side::After,
            value: tthc_core::ComponentValue::TimeLimit(tthc_core::component::TimeLimit::default()),
        }));
        let place = s
            .analysis()
            .findings()
            .into_iter()
            .find(|f| f.severity == Severity::Error && f.place.component_at().is_some())
            .expect("an error on a component")
            .place
            .clone();
        s.update(Msg::Go(place));
        assert_eq!(
            s.assessment().location,
            Location::Procedure {
                id: "p2".into(),
                step: ProcedureStep::Components
            }
        );
        assert_eq!(s.focus.as_deref(), Some("procedures/p2/after/time_limit"));
    }

    /// The analysis the pages read is current after every change, and equal to one computed afresh;
    /// the review is worked out once per change.
    #[test]
    fn the_analysis_follows_every_change() {
        let mut s = with_sample();
        let fresh = |s: &Session| {
            let a = Analysis::new(s.assessment(), s.ruleset());
            (
                a.summary(),
                a.findings().into_iter().cloned().collect::<Vec<_>>(),
            )
        };
        let current = |s: &Session| {
            (
                s.analysis().summary(),
                s.analysis()
                    .findings()
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>(),
            )
        };
        let r = s.review();
        assert!(Rc::ptr_eq(&r, &s.review()));
        for action in [
            Action::SetDraft(tthc_core::DraftField::Title(String::new())),
            Action::SetProcedure {
                id: "p1".into(),
                field: tthc_core::ProcedureField::Provisions(String::new()),
            },
            Action::RemoveProcedure { id: "p3".into() },
            Action::Navigate(Location::Checks),
        ] {
            let before = s.analysis().summary();
            s.update(Msg::Do(action));
            assert_eq!(current(&s), fresh(&s));
            assert!(
                s.analysis().summary() != before || s.assessment().location == Location::Checks
            );
        }
        assert!(!Rc::ptr_eq(&r, &s.review()));
        assert!(
            s.analysis()
                .findings()
                .iter()
                .any(|f| f.code == tthc_core::FindingCode::DraftFieldMissing)
        );
    }

    #[test]
    fn saving_failures_and_other_tabs_are_shown_and_nothing_is_overwritten() {
        let mut s = with_sample();
        s.update(Msg::Do(Action::Navigate(Location::Draft)));
        assert_eq!(s.save, SaveState::Pending);
        s.update(Msg::Stored(Err("QuotaExceededError: full".into())));
        assert_eq!(s.save, SaveState::Failed("QuotaExceededError: full".into()));
        s.update(Msg::Stored(Ok("10:00:00".into())));
        assert_eq!(s.save, SaveState::Saved("10:00:00".into()));

        s.update(Msg::OtherSaved);
        assert_eq!(s.save, SaveState::Paused);
        s.update(Msg::Do(Action::SetDraft(tthc_core::DraftField::Title(
            "Tab A".into(),
        ))));
        assert_eq!(
            s.save,
            SaveState::Paused,
            "a change does not resume saving over the other tab"
        );
        s.update(Msg::Stored(Ok("10:00:01".into())));
        assert_eq!(s.save, SaveState::Paused);
        let effects = s.update(Msg::KeepMine);
        assert!(effects.save_now);
        assert_eq!(s.save, SaveState::Pending);

        let mine = s.assessment().clone();
        s.update(Msg::OtherSaved);
        s.update(Msg::TakeOther("not json".into()));
        assert_eq!(
            s.assessment(),
            &mine,
            "a broken save of the other tab changes nothing"
        );
        assert!(s.notice.as_ref().is_some_and(|n| n.error));
        s.update(Msg::TakeOther(sample::SAMPLE_JSON.into()));
        assert_eq!(s.assessment().draft.title, sample::sample().draft.title);
        assert_eq!(s.save, SaveState::Restored);
        assert!(s.can_undo(), "this tab's work can still be brought back");
    }

    #[test]
    fn the_language_of_documents_follows_the_app_until_chosen() {
        let mut s = with_sample();
        let effects = s.update(Msg::Lang(Lang::En));
        assert!(effects.lang);
        assert_eq!(s.document_lang(), Lang::En);
        s.update(Msg::DocumentLang(Lang::Vi));
        s.update(Msg::Lang(Lang::Vi));
        s.update(Msg::Lang(Lang::En));
        assert_eq!(
            s.document_lang(),
            Lang::Vi,
            "a language chosen for the documents stays"
        );
    }
}
