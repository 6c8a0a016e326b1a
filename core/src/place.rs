//! Places in an assessment: what a finding points at, what an anchored comment is about, and the DOM id of
//! the field that edits it in the app — one typed value, so that the three always agree.
//!
//! A [`Place`] renders to a slash-separated path (`procedures/p1/after/time_limit`), names the page of the
//! guided flow that edits it ([`Place::location`]) and says in words where it is ([`Place::describe`]).
//! The app appends the name of one control to a place for controls inside it ([`Place::field`]).

use std::fmt;

use serde::{Serialize, Serializer};

use crate::answer::AnswerKey;
use crate::assessment::{Assessment, Location, ProcedureStep};
use crate::component::Component;
use crate::criterion::Criterion;
use crate::keyed::keyed;
use crate::parameters::ParameterName;
use crate::procedure::{Procedure, Side};
use crate::scenario::CostInput;
use crate::text::Lang;

keyed! {
    /// A field of the draft's own details.
    #[derive(PartialOrd, Ord)]
    pub enum DraftPart {
        /// Tên văn bản.
        Title = "title", "Tên dự thảo văn bản", "Title of the draft";
        /// Loại văn bản.
        DocumentType = "document_type", "Loại văn bản", "Type of document";
        /// Giai đoạn.
        Stage = "stage", "Giai đoạn", "Stage";
        /// Cơ quan chủ trì soạn thảo.
        DraftingBody = "drafting_body", "Cơ quan chủ trì soạn thảo", "Drafting body";
        /// Cơ quan ban hành.
        IssuingAuthority = "issuing_authority", "Cơ quan ban hành", "Issuing authority";
        /// Tỉnh, thành phố.
        Province = "province", "Tỉnh, thành phố (văn bản của địa phương)", "Province (local documents)";
        /// Lần dự thảo.
        Version = "version", "Lần dự thảo", "Version of the draft";
        /// Ngày của dự thảo.
        Date = "date", "Ngày của dự thảo", "Date of the draft";
        /// Người lập đánh giá.
        Contact = "contact", "Người lập đánh giá", "Who fills in the assessment";
        /// Chính sách của đề nghị.
        Policies = "policies", "Chính sách của đề nghị", "Policies of the proposal";
        /// Đơn vị cho ý kiến về thủ tục hành chính do địa phương quy định.
        ControlUnit = "control_unit", "Đơn vị cho ý kiến về thủ tục hành chính (theo quy định của địa phương)", "Unit commenting on the procedures (as the province sets it)";
        /// Thể thức của hồ sơ: cơ quan chủ quản, số, nơi nhận, người ký.
        Issuance = "issuance", "Số, ký hiệu, nơi nhận và người ký hồ sơ", "Number, recipients and signer of the dossier";
    }
}

keyed! {
    /// A field of a procedure other than its components, answers and cost.
    pub enum ProcedurePart {
        /// Loại thủ tục.
        Kind = "kind", "Loại thủ tục", "Kind of procedure";
        /// Mã thủ tục.
        Code = "code", "Mã thủ tục trên Cơ sở dữ liệu quốc gia", "Code in the national database";
        /// Điều, khoản của dự thảo.
        Provisions = "provisions", "Điều, khoản của dự thảo quy định thủ tục", "Provisions of the draft";
        /// Lĩnh vực.
        Field = "field", "Lĩnh vực", "Field";
        /// Chính sách.
        Policy = "policy", "Thuộc chính sách", "Policy";
    }
}

keyed! {
    /// A field of the appraisal's own details.
    pub enum AppraisalPart {
        /// Cơ quan thẩm định.
        Body = "body", "Cơ quan thẩm định", "Appraising body";
        /// Số báo cáo thẩm định.
        Reference = "reference", "Số báo cáo thẩm định", "Number of the report";
        /// Người thẩm định.
        Appraiser = "appraiser", "Người thẩm định", "Appraiser";
        /// Ngày thẩm định.
        Date = "date", "Ngày thẩm định", "Date of the appraisal";
        /// Kết luận.
        Conclusion = "conclusion", "Kết luận", "Conclusion";
        /// Thể thức của báo cáo: cơ quan chủ quản, nơi nhận, người ký.
        Issuance = "issuance", "Nơi nhận và người ký báo cáo", "Recipients and signer of the report";
    }
}

/// Something inside a component: one entry of its list, or the yearly number of subjects.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Detail {
    /// An entry of the component's list (a document, a step, a form, a condition, a fee), by id.
    Entry(String),
    /// The number of subjects per year (of the subjects component).
    PerYear,
}

/// Something in a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum At {
    /// The procedure as a whole.
    Whole,
    /// A field of its details page.
    Part(ProcedurePart),
    /// Which components the draft changes.
    Changed,
    /// The "before" content of a procedure that has no earlier version.
    Before,
    /// A component (or something in it) on one side.
    Component(Side, Component, Option<Detail>),
    /// An answer of the form.
    Item(AnswerKey),
    /// A section of the form (`id`, and the entry of a repeated section).
    Section(String, Option<String>),
    /// The cost inputs of one side, or one of them.
    Cost(Side, Option<CostInput>),
    /// The number (hours, amount, count) of one cost input.
    CostValue(Side, CostInput),
    /// The saving and the reduction target.
    Saving,
    /// An appraisal comment on the procedure.
    Comment(String),
    /// The answers the file keeps for questions the forms in use do not ask (shown on the form page).
    IgnoredAnswers,
}

/// Something in the appraisal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AppraisalAt {
    /// The intake gate.
    Intake,
    /// The recomputation of the recorded cost figures.
    Recompute,
    /// A field of the appraisal's details.
    Part(AppraisalPart),
    /// A checklist point, by its key (`point@procedure@component`).
    Point(String),
    /// The opinion on one criterion of one procedure.
    Opinion(String, Criterion),
    /// A comment on the draft as a whole.
    Comment(String),
    /// What the file keeps of the appraisal for procedures or checklist points that are not there.
    Ignored,
}

/// A place in an assessment.
///
/// ```
/// use tthc_core::place::{At, Detail, Place};
/// use tthc_core::{Component, Location, ProcedureStep, Side};
/// let at = Place::procedure("p1", At::Component(Side::After, Component::Dossier, Some(Detail::Entry("d2".into()))));
/// assert_eq!(at.path(), "procedures/p1/after/dossier/documents/d2");
/// assert_eq!(at.field("name"), "procedures/p1/after/dossier/documents/d2/name");
/// assert_eq!(at.location(), Location::Procedure { id: "p1".into(), step: ProcedureStep::Components });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A field of the draft.
    Draft(DraftPart),
    /// The cost parameters, or one of them.
    Parameters(Option<ParameterName>),
    /// The ruleset the assessment is made with.
    Ruleset,
    /// The list of procedures.
    Procedures,
    /// The control unit's comments, or one of them (by id).
    Consultation(Option<String>),
    /// The dossier as a whole (its readiness for appraisal).
    Dossier,
    /// Something in a procedure (by id).
    Procedure(String, At),
    /// Something in the appraisal.
    Appraisal(AppraisalAt),
}

impl Place {
    /// Something in a procedure.
    pub fn procedure(id: &str, at: At) -> Place {
        Place::Procedure(id.to_owned(), at)
    }

    /// A component of a procedure.
    pub fn component(id: &str, side: Side, component: Component) -> Place {
        Place::procedure(id, At::Component(side, component, None))
    }

    /// An entry of a component's list.
    pub fn entry(id: &str, side: Side, component: Component, entry: &str) -> Place {
        Place::procedure(
            id,
            At::Component(side, component, Some(Detail::Entry(entry.to_owned()))),
        )
    }

    /// An answer of a procedure's form.
    pub fn item(id: &str, key: AnswerKey) -> Place {
        Place::procedure(id, At::Item(key))
    }

    /// The place of a cost input of a procedure, where it is edited: the number of subjects and the fees
    /// are components (for an amended procedure whose component is not changed, on the "before" side,
    /// which the "after" version reads); the others are on the cost page.
    ///
    /// ```
    /// use tthc_core::{Procedure, ProcedureKind, Side, place::Place, scenario::CostInput};
    /// let p = Procedure::new("p1", ProcedureKind::Amended);
    /// assert_eq!(Place::cost_input(&p, Side::After, &CostInput::SubjectsPerYear).path(), "procedures/p1/before/subjects/per_year");
    /// assert_eq!(Place::cost_input(&p, Side::After, &CostInput::Activity("a2".into())).path(), "procedures/p1/cost/after/activities/a2");
    /// ```
    pub fn cost_input(p: &Procedure, side: Side, input: &CostInput) -> Place {
        match input {
            CostInput::SubjectsPerYear => Place::procedure(
                &p.id,
                At::Component(
                    p.edited_side(side, Component::Subjects),
                    Component::Subjects,
                    Some(Detail::PerYear),
                ),
            ),
            CostInput::Fees => {
                Place::component(&p.id, p.edited_side(side, Component::Fees), Component::Fees)
            }
            other => Place::procedure(&p.id, At::Cost(side, Some(other.clone()))),
        }
    }

    /// The path of the place: the DOM id of its field in the app, the `path` of JSON outputs.
    pub fn path(&self) -> String {
        match self {
            Place::Draft(part) => format!("draft.{}", part.key()),
            Place::Parameters(None) => "parameters".to_owned(),
            Place::Parameters(Some(name)) => format!("parameters/{}", name.key()),
            Place::Ruleset => "ruleset".to_owned(),
            Place::Procedures => "procedures".to_owned(),
            Place::Consultation(None) => "consultation".to_owned(),
            Place::Consultation(Some(id)) => format!("consultation/{id}"),
            Place::Dossier => "dossier".to_owned(),
            Place::Procedure(id, at) => {
                let rest = at_path(at);
                if rest.is_empty() {
                    format!("procedures/{id}")
                } else {
                    format!("procedures/{id}/{rest}")
                }
            }
            Place::Appraisal(at) => match at {
                AppraisalAt::Intake => "appraisal/intake".to_owned(),
                AppraisalAt::Recompute => "appraisal/recompute".to_owned(),
                AppraisalAt::Part(part) => format!("appraisal/{}", part.key()),
                AppraisalAt::Point(key) => format!("appraisal/points/{key}"),
                AppraisalAt::Opinion(p, c) => format!("appraisal/{p}/{}", c.key()),
                AppraisalAt::Comment(id) => format!("appraisal/{id}"),
                AppraisalAt::Ignored => "appraisal/ignored".to_owned(),
            },
        }
    }

    /// The DOM id of one control inside the place (`…/documents/d2/name`).
    pub fn field(&self, name: &str) -> String {
        format!("{}/{name}", self.path())
    }

    /// The page of the guided flow where the place is edited.
    pub fn location(&self) -> Location {
        match self {
            Place::Draft(_) | Place::Parameters(_) | Place::Ruleset => Location::Draft,
            Place::Procedures => Location::Procedures,
            Place::Consultation(_) => Location::Consultation,
            Place::Dossier => Location::Checks,
            Place::Appraisal(_) => Location::Appraisal,
            Place::Procedure(id, at) => match at.step() {
                Some(step) => Location::Procedure {
                    id: id.clone(),
                    step,
                },
                None => Location::Appraisal,
            },
        }
    }

    /// The procedure the place is in, if any.
    pub fn procedure_id(&self) -> Option<&str> {
        match self {
            Place::Procedure(id, _) | Place::Appraisal(AppraisalAt::Opinion(id, _)) => Some(id),
            _ => None,
        }
    }

    /// The component the place is in, if any.
    pub fn component_at(&self) -> Option<Component> {
        match self {
            Place::Procedure(_, At::Component(_, c, _)) => Some(*c),
            _ => None,
        }
    }

    /// The answer the place is, if any.
    pub fn item_at(&self) -> Option<&AnswerKey> {
        match self {
            Place::Procedure(_, At::Item(key)) => Some(key),
            _ => None,
        }
    }

    /// Where the place is, in words: the page, then what on it ("Thủ tục 2 (Cấp phép…) › Bộ phận tạo
    /// thành › Thời hạn giải quyết (sau)").
    pub fn describe(&self, a: &Assessment, lang: Lang) -> String {
        match self {
            Place::Draft(part) => format!(
                "{} › {}",
                Location::Draft.label(a, lang),
                part.label().get(lang)
            ),
            Place::Parameters(name) => {
                let mut s = format!(
                    "{} › {}",
                    Location::Draft.label(a, lang),
                    lang.pick("Tham số tính chi phí", "Cost parameters")
                );
                if let Some(n) = name {
                    s = format!("{s} › {}", n.label().get(lang));
                }
                s
            }
            Place::Ruleset => format!(
                "{} › {}",
                Location::Draft.label(a, lang),
                lang.pick("Bộ biểu mẫu", "Forms used")
            ),
            Place::Procedures | Place::Dossier | Place::Consultation(None) => {
                self.location().label(a, lang)
            }
            Place::Consultation(Some(id)) => format!(
                "{} › {}",
                Location::Consultation.label(a, lang),
                comment_number(
                    a.consultation.comments.iter().map(|c| c.id.as_str()),
                    id,
                    lang
                )
            ),
            Place::Appraisal(at) => {
                let page = Location::Appraisal.label(a, lang);
                match at {
                    AppraisalAt::Intake => format!(
                        "{page} › {}",
                        lang.pick("Tiếp nhận hồ sơ", "Intake of the dossier")
                    ),
                    AppraisalAt::Recompute => format!(
                        "{page} › {}",
                        lang.pick(
                            "Tính lại chi phí tuân thủ",
                            "Recomputation of the compliance cost"
                        )
                    ),
                    AppraisalAt::Part(part) => format!("{page} › {}", part.label().get(lang)),
                    AppraisalAt::Point(_) => {
                        format!("{page} › {}", lang.pick("Điểm kiểm tra", "Checklist point"))
                    }
                    AppraisalAt::Ignored => format!(
                        "{page} › {}",
                        lang.pick("Nội dung không được tính", "Content not taken into account")
                    ),
                    AppraisalAt::Opinion(p, c) => format!(
                        "{page} › {} › {}",
                        procedure_name(a, p, lang),
                        c.label().get(lang)
                    ),
                    AppraisalAt::Comment(id) => format!(
                        "{page} › {}",
                        comment_number(appraisal_comment_ids(a), id, lang)
                    ),
                }
            }
            Place::Procedure(id, at) => describe_in_procedure(a, id, at, lang),
        }
    }
}

/// Where something in a procedure is, in words.
fn describe_in_procedure(a: &Assessment, id: &str, at: &At, lang: Lang) -> String {
    let page = |step: ProcedureStep| step.label().get(lang).to_owned();
    let name = procedure_name(a, id, lang);
    let what = match at {
        At::Whole => return name,
        At::Part(part) => {
            format!(
                "{} › {}",
                page(ProcedureStep::Details),
                part.label().get(lang)
            )
        }
        At::Changed => format!(
            "{} › {}",
            page(ProcedureStep::Components),
            lang.pick("Bộ phận được sửa đổi", "Components the draft changes")
        ),
        At::Before => format!(
            "{} › {}",
            page(ProcedureStep::Components),
            lang.pick("Nội dung trước", "Earlier version")
        ),
        At::Component(side, c, detail) => {
            let mut s = format!(
                "{} › {}",
                page(ProcedureStep::Components),
                c.label().get(lang)
            );
            if a.procedure(id)
                .is_some_and(|p| p.kind.has_before() && p.kind.has_after())
            {
                s = format!("{s} ({})", side.label().get(lang).to_lowercase());
            }
            if matches!(detail, Some(Detail::PerYear)) {
                s = format!(
                    "{s} › {}",
                    lang.pick("Số đối tượng một năm", "Subjects per year")
                );
            }
            s
        }
        At::Item(_) | At::Section(..) => page(ProcedureStep::Form),
        At::IgnoredAnswers => format!(
            "{} › {}",
            page(ProcedureStep::Form),
            lang.pick(
                "Câu trả lời không được tính",
                "Answers not taken into account"
            )
        ),
        At::Cost(..) | At::CostValue(..) | At::Saving => page(ProcedureStep::Cost),
        At::Comment(c) => format!(
            "{} › {}",
            Location::Appraisal.label(a, lang),
            comment_number(appraisal_comment_ids(a), c, lang)
        ),
    };
    format!("{name} › {what}")
}

impl At {
    /// The page of a procedure where it is edited; `None` for an appraisal comment (the appraisal page).
    pub fn step(&self) -> Option<ProcedureStep> {
        match self {
            At::Whole | At::Part(_) => Some(ProcedureStep::Details),
            At::Changed | At::Before | At::Component(..) => Some(ProcedureStep::Components),
            At::Item(_) | At::Section(..) | At::IgnoredAnswers => Some(ProcedureStep::Form),
            At::Cost(..) | At::CostValue(..) | At::Saving => Some(ProcedureStep::Cost),
            At::Comment(_) => None,
        }
    }
}

fn appraisal_comment_ids(a: &Assessment) -> impl Iterator<Item = &str> {
    a.appraisal
        .iter()
        .flat_map(|x| x.comments.iter())
        .map(|c| c.id.as_str())
}

/// "Ý kiến số 2": the position of a comment among its list, as people count them.
pub fn comment_number<'a>(ids: impl Iterator<Item = &'a str>, id: &str, lang: Lang) -> String {
    let n = ids.take_while(|x| *x != id).count() + 1;
    match lang {
        Lang::Vi => format!("Ý kiến số {n}"),
        Lang::En => format!("Comment {n}"),
    }
}

/// "Thủ tục 2 (Cấp giấy phép…)", or "Thủ tục 2 (chưa có tên)".
fn procedure_name(a: &Assessment, id: &str, lang: Lang) -> String {
    match a.procedures.iter().position(|p| p.id == id) {
        Some(i) => a.procedures[i].display_name(i + 1, lang),
        None => lang
            .pick("Thủ tục đã xoá", "A removed procedure")
            .to_owned(),
    }
}

fn at_path(at: &At) -> String {
    match at {
        At::Whole => String::new(),
        At::Part(part) => part.key().to_owned(),
        At::Changed => "changed".to_owned(),
        At::Before => "before".to_owned(),
        At::Component(side, c, detail) => {
            let base = format!("{}/{}", side.key(), c.key());
            match detail {
                None => base,
                Some(Detail::PerYear) => format!("{base}/per_year"),
                Some(Detail::Entry(id)) => format!("{base}/{}/{id}", c.list_name()),
            }
        }
        At::Item(key) => format!("answers/{key}"),
        At::Section(id, None) => format!("sections/{id}"),
        At::Section(id, Some(entry)) => format!("sections/{id}@{entry}"),
        At::Cost(side, None) => format!("cost/{}", side.key()),
        At::Cost(side, Some(input)) => format!("cost/{}/{}", side.key(), input.path()),
        At::CostValue(side, input) => match input {
            CostInput::Activity(_) => format!("cost/{}/{}/hours", side.key(), input.path()),
            CostInput::Service(_) | CostInput::Other(_) => {
                format!("cost/{}/{}/amount", side.key(), input.path())
            }
            CostInput::FilingsPerYear => format!("cost/{}/filings_per_year/value", side.key()),
            CostInput::SubjectsPerYear => format!("{}/subjects/per_year/value", side.key()),
            CostInput::Fees => format!("{}/fees", side.key()),
            CostInput::Unknown(_) => format!("cost/{}", side.key()),
        },
        At::Saving => "cost".to_owned(),
        At::Comment(id) => format!("appraisal/{id}"),
        At::IgnoredAnswers => "answers-ignored".to_owned(),
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

/// In JSON, a place is its path.
impl Serialize for Place {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::ProcedureKind;

    #[test]
    fn paths_and_pages() {
        let cases: Vec<(Place, &str, Location)> = vec![
            (
                Place::Draft(DraftPart::Title),
                "draft.title",
                Location::Draft,
            ),
            (
                Place::Parameters(Some(ParameterName::HoursPerDay)),
                "parameters/hours_per_day",
                Location::Draft,
            ),
            (
                Place::Consultation(Some("c2".into())),
                "consultation/c2",
                Location::Consultation,
            ),
            (
                Place::procedure("p1", At::Part(ProcedurePart::Provisions)),
                "procedures/p1/provisions",
                Location::Procedure {
                    id: "p1".into(),
                    step: ProcedureStep::Details,
                },
            ),
            (
                Place::item("p1", AnswerKey::entry("nd63.pl2.1", "f1")),
                "procedures/p1/answers/nd63.pl2.1@f1",
                Location::Procedure {
                    id: "p1".into(),
                    step: ProcedureStep::Form,
                },
            ),
            (
                Place::procedure(
                    "p1",
                    At::CostValue(Side::Before, CostInput::Service("s1".into())),
                ),
                "procedures/p1/cost/before/services/s1/amount",
                Location::Procedure {
                    id: "p1".into(),
                    step: ProcedureStep::Cost,
                },
            ),
            (
                Place::procedure("p1", At::Comment("y2".into())),
                "procedures/p1/appraisal/y2",
                Location::Appraisal,
            ),
            (
                Place::Appraisal(AppraisalAt::Opinion("p1".into(), Criterion::Legality)),
                "appraisal/p1/legality",
                Location::Appraisal,
            ),
        ];
        for (place, path, location) in cases {
            assert_eq!(place.path(), path);
            assert_eq!(place.location(), location, "{path}");
        }
    }

    #[test]
    fn the_subjects_of_an_unchanged_component_are_edited_before() {
        let mut p = Procedure::new("p1", ProcedureKind::Amended);
        let place = |p: &Procedure| Place::cost_input(p, Side::After, &CostInput::SubjectsPerYear);
        assert_eq!(place(&p).path(), "procedures/p1/before/subjects/per_year");
        p.changed.insert(Component::Subjects);
        assert_eq!(place(&p).path(), "procedures/p1/after/subjects/per_year");
        let new = Procedure::new("p2", ProcedureKind::New);
        assert_eq!(place(&new).path(), "procedures/p2/after/subjects/per_year");
    }

    #[test]
    fn described_in_words() {
        let mut a = crate::sample::sample();
        a.procedures[1].before.name = String::new();
        a.procedures[1].after.name = String::new();
        let place = Place::component("p2", Side::After, Component::TimeLimit);
        let vi = place.describe(&a, Lang::Vi);
        assert!(vi.starts_with("Thủ tục 2 ("), "{vi}");
        assert!(
            vi.ends_with("Bộ phận tạo thành › Thời hạn giải quyết (sau)"),
            "{vi}"
        );
        let draft = Place::Draft(DraftPart::Title).describe(&a, Lang::En);
        assert_eq!(draft, "The draft › Title of the draft");
    }
}
