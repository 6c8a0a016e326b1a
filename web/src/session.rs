//! The workbench in this tab: the assessment, changed only through the core reducer, and what the app
//! shows around it — the language, a notice, the last undoable change, the save state, another tab, the
//! earlier version being compared. Plain Rust with no yew types, so every rule of the app's behaviour
//! lives in one `update` and derived things (findings, cost) are computed from the assessment on demand.

use std::cell::RefCell;
use std::rc::Rc;

use tthc_core::appraisal::AppraisalAction;
use tthc_core::cost::Report;
use tthc_core::{
    Action, Assessment, CostAction, Date, Finding, Lang, Location, ProcedureStep, Registry,
    Ruleset, RulesetRef, Text, Where, check, file, sample,
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
}

impl Notice {
    /// Information.
    pub fn info(text: Text) -> Notice {
        Notice {
            error: false,
            text,
            offer: None,
        }
    }

    /// An error.
    pub fn error(text: Text) -> Notice {
        Notice {
            error: true,
            ..Notice::info(text)
        }
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
    /// Their language.
    pub lang: Lang,
}

/// A change asked for by the user (or by the browser, for storage and other tabs).
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A change to the assessment, through the core reducer.
    Do(Action),
    /// A file was read: open it.
    Open {
        /// Its name.
        name: String,
        /// Its content.
        text: String,
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
    /// Goes to the field a finding is about, and focuses it.
    Go(Where),
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

#[derive(Debug, Default)]
struct Cache {
    findings: Option<(u64, Rc<Vec<Finding>>)>,
    cost: Option<(u64, Rc<Report>)>,
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
    cache: RefCell<Cache>,
}

impl Session {
    /// A session on an assessment (the autosaved one, or a new one), on the day `today`.
    pub fn new(assessment: Assessment, lang: Lang, today: Date) -> Session {
        Session {
            assessment,
            lang,
            notice: None,
            undo: None,
            earlier: None,
            save: SaveState::Empty,
            other_tab: false,
            focus: None,
            document: DocumentOptions { date: today, lang },
            revision: 0,
            cache: RefCell::default(),
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

    /// The ruleset of the assessment (files are opened only with a bundled ruleset).
    pub fn ruleset(&self) -> &'static Ruleset {
        let registry = Registry::bundled();
        registry
            .resolve(&self.assessment.ruleset)
            .unwrap_or_else(|| registry.default_ruleset())
    }

    /// Every finding of the assessment, computed once per change.
    pub fn findings(&self) -> Rc<Vec<Finding>> {
        let mut cache = self.cache.borrow_mut();
        if let Some((rev, f)) = &cache.findings
            && *rev == self.revision
        {
            return Rc::clone(f);
        }
        let f = Rc::new(check(&self.assessment, self.ruleset()));
        cache.findings = Some((self.revision, Rc::clone(&f)));
        f
    }

    /// The compliance cost of the assessment, computed once per change.
    pub fn cost(&self) -> Rc<Report> {
        let mut cache = self.cache.borrow_mut();
        if let Some((rev, c)) = &cache.cost
            && *rev == self.revision
        {
            return Rc::clone(c);
        }
        let c = Rc::new(tthc_core::cost::compute(&self.assessment));
        cache.cost = Some((self.revision, Rc::clone(&c)));
        c
    }

    /// Whether there is work worth keeping (anything entered at all).
    pub fn has_work(&self) -> bool {
        !is_blank(&self.assessment)
    }

    /// Applies a change, and says what the app must do about it.
    pub fn update(&mut self, msg: Msg) -> Effects {
        match msg {
            Msg::Do(action) => self.act(action),
            Msg::Open {
                name,
                text,
                purpose,
            } => self.open(&name, &text, purpose),
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
                let ruleset = Registry::bundled()
                    .resolve(&reference)
                    .unwrap_or_else(|| Registry::bundled().default_ruleset());
                let mut a = Assessment::new(ruleset);
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
                if self.document.lang == self.lang {
                    self.document.lang = lang;
                }
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
            Msg::Go(at) => {
                let effects = self.act(Action::Navigate(at.location()));
                self.focus = Some(at.path());
                effects
            }
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
                self.document.lang = lang;
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
                match file::import(&text) {
                    Ok(a) => {
                        self.replace(
                            a,
                            Text::new(
                                "Đã dùng bản do thẻ kia lưu.",
                                "Now using the work the other tab saved.",
                            ),
                        );
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
        self.assessment.apply(action);
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
        self.notice = Some(Notice::info(Text::new("Đã hoàn tác.", "Undone.")));
        self.changed()
    }

    fn open(&mut self, name: &str, text: &str, purpose: Purpose) -> Effects {
        let opened = match file::import(text) {
            Ok(a) => a,
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
        match purpose {
            Purpose::Compare => {
                self.earlier = Some(Earlier {
                    name: name.to_owned(),
                    assessment: opened,
                });
                self.notice = None;
                self.act(Action::Navigate(Location::Compare))
            }
            Purpose::Work | Purpose::Appraise => {
                let mut a = opened;
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
        }
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

/// Whether nothing was entered in an assessment (where the user was does not count).
fn is_blank(a: &Assessment) -> bool {
    let registry = Registry::bundled();
    let ruleset = registry
        .resolve(&a.ruleset)
        .unwrap_or_else(|| registry.default_ruleset());
    let mut empty = Assessment::new(ruleset);
    empty.location = a.location.clone();
    *a == empty
}

/// For an action that removes something, the notice offering to undo it.
fn removal_text(a: &Assessment, action: &Action) -> Option<Text> {
    match action {
        Action::RemoveProcedure { id } => {
            let p = a.procedure(id)?;
            let name = p.name();
            let name = if name.trim().is_empty() {
                p.id.clone()
            } else {
                name
            };
            Some(Text::new(
                format!("Đã xoá thủ tục \u{201c}{name}\u{201d}."),
                format!("The procedure \u{201c}{name}\u{201d} was removed."),
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
