//! Identifiers of the things in an assessment: procedures `p<n>`, comments `c<n>` and `y<n>`, policies
//! `cs<n>`, list entries `d<n>`, `f<n>`, `a<n>`… Given by the reducer, deterministic, never reused within
//! their list.

use crate::assessment::Assessment;
use crate::keyed::keyed;
use crate::procedure::Side;

/// `prefix<n>` with `n` one more than the largest number used with that prefix.
///
/// ```
/// assert_eq!(tthc_core::id::next_id("p", ["p1", "p7", "x9"].into_iter()), "p8");
/// assert_eq!(tthc_core::id::next_id("c", std::iter::empty()), "c1");
/// ```
pub fn next_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> String {
    let max = existing
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max.saturating_add(1))
}

/// An entry whose id was already used earlier in its list, and the fresh id it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    /// Its position in the list, from 1.
    pub position: usize,
    /// The position of the entry that kept the id, from 1.
    pub first: usize,
    /// The id it had.
    pub from: String,
    /// The id it has now.
    pub to: String,
}

/// Gives every entry with an empty id a fresh `prefix<n>` id, and every entry whose id was already used
/// earlier in the list another one; the first entry with an id keeps it. A fresh id is one more than the
/// largest number used with the prefix, so an id is never given twice. Returns the entries that had a
/// repeated id (an empty id is not a repeat: it is simply given one).
///
/// ```
/// let mut ids = vec!["d2".to_owned(), String::new(), "d2".to_owned()];
/// let repeats = tthc_core::id::assign_ids(&mut ids, "d", |d| d);
/// assert_eq!(ids, ["d2", "d3", "d4"]);
/// assert_eq!((repeats.len(), repeats[0].position, repeats[0].first), (1, 3, 1));
/// ```
pub fn assign_ids<T>(
    list: &mut [T],
    prefix: &str,
    id: impl Fn(&mut T) -> &mut String,
) -> Vec<Repeat> {
    let mut first_at = std::collections::BTreeMap::<String, usize>::new();
    let mut next = list
        .iter_mut()
        .filter_map(|e| id(e).strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    let mut repeats = Vec::new();
    for (i, entry) in list.iter_mut().enumerate() {
        let current = id(entry);
        if !current.is_empty() {
            match first_at.get(current.as_str()) {
                None => {
                    first_at.insert(current.clone(), i + 1);
                    continue;
                }
                Some(&first) => repeats.push(Repeat {
                    position: i + 1,
                    first,
                    from: current.clone(),
                    to: String::new(),
                }),
            }
        }
        next = next.saturating_add(1);
        *current = format!("{prefix}{next}");
        first_at.insert(current.clone(), i + 1);
        if let Some(r) = repeats.last_mut().filter(|r| r.position == i + 1) {
            r.to.clone_from(current);
        }
    }
    repeats
}

keyed! {
    /// A list of an assessment whose entries carry ids.
    pub enum List {
        /// The procedures of the draft.
        Procedures = "procedures", "Thủ tục hành chính", "Procedures";
        /// The policies of a proposal.
        Policies = "policies", "Chính sách", "Policies";
        /// The control unit's comments.
        ConsultationComments = "consultation_comments", "Ý kiến của đơn vị kiểm soát thủ tục hành chính", "Comments of the control unit";
        /// The appraiser's comments.
        AppraisalComments = "appraisal_comments", "Ý kiến thẩm định", "Appraisal comments";
        /// The documents of a procedure's dossier.
        Documents = "documents", "Thành phần hồ sơ", "Documents of the dossier";
        /// The forms of a procedure.
        Forms = "forms", "Mẫu đơn, mẫu tờ khai", "Forms";
        /// The conditions of a procedure.
        Conditions = "conditions", "Yêu cầu, điều kiện", "Requirements and conditions";
        /// The fees of a procedure.
        Fees = "fees", "Phí, lệ phí", "Fees and charges";
        /// The activities of a cost scenario.
        Activities = "activities", "Công việc phải làm", "Activities";
        /// The paid services of a cost scenario.
        Services = "services", "Dịch vụ phải trả tiền", "Paid services";
        /// The other expenses of a cost scenario.
        OtherExpenses = "other_expenses", "Chi phí khác", "Other expenses";
    }
}

/// An id found twice in a list of a file, and what was done: the first entry keeps the id and everything
/// that refers to it; the later one gets a fresh id ([`Assessment::make_ids_unique`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// Which list.
    pub list: List,
    /// The procedure (its id now) and side the list belongs to, for lists inside a procedure.
    pub procedure: Option<(String, Option<Side>)>,
    /// Where the entries are and which ids.
    pub repeat: Repeat,
}

impl Assessment {
    /// Makes every id unique in its list — procedures, policies, both lists of comments, and in each
    /// procedure the documents, forms, conditions and fees of both sides and the activities and expenses of
    /// both cost scenarios — and says what was renamed. Entries without an id are given one.
    ///
    /// The rule is the same for every list: the first entry with an id keeps it, and with it everything
    /// elsewhere in the file that refers to that id (comments, appraisal opinions and points, recorded
    /// figures, answers to the sections of a form or a condition, comment anchors), because a reference to
    /// a repeated id cannot say which entry it meant. A later entry gets a fresh id and keeps what is
    /// inside it (a procedure keeps its components, answers and cost). Nothing is removed.
    ///
    /// ```
    /// use tthc_core::{Assessment, Procedure, ProcedureKind};
    /// let mut a = Assessment::default();
    /// a.procedures = vec![Procedure::new("p1", ProcedureKind::New), Procedure::new("p1", ProcedureKind::Abolished)];
    /// let renamed = a.make_ids_unique();
    /// assert_eq!((a.procedures[1].id.as_str(), renamed.len()), ("p2", 1));
    /// assert!(a.make_ids_unique().is_empty());
    /// ```
    pub fn make_ids_unique(&mut self) -> Vec<Renamed> {
        let mut out = Vec::new();
        let mut note =
            |list: List, procedure: Option<(String, Option<Side>)>, repeats: Vec<Repeat>| {
                out.extend(repeats.into_iter().map(|repeat| Renamed {
                    list,
                    procedure: procedure.clone(),
                    repeat,
                }));
            };
        note(
            List::Procedures,
            None,
            assign_ids(&mut self.procedures, "p", |p| &mut p.id),
        );
        note(
            List::Policies,
            None,
            assign_ids(&mut self.draft.policies, "cs", |p| &mut p.id),
        );
        note(
            List::ConsultationComments,
            None,
            assign_ids(&mut self.consultation.comments, "c", |c| &mut c.id),
        );
        if let Some(appraisal) = &mut self.appraisal {
            note(
                List::AppraisalComments,
                None,
                assign_ids(&mut appraisal.comments, "y", |c| &mut c.id),
            );
        }
        for p in &mut self.procedures {
            for side in Side::ALL.iter().copied() {
                let at = Some((p.id.clone(), Some(side)));
                let c = match side {
                    Side::Before => &mut p.before,
                    Side::After => &mut p.after,
                };
                note(
                    List::Documents,
                    at.clone(),
                    assign_ids(&mut c.dossier.documents, "d", |d| &mut d.id),
                );
                note(
                    List::Forms,
                    at.clone(),
                    assign_ids(&mut c.forms.value, "f", |f| &mut f.id),
                );
                note(
                    List::Conditions,
                    at.clone(),
                    assign_ids(&mut c.conditions.value, "r", |r| &mut r.id),
                );
                note(
                    List::Fees,
                    at.clone(),
                    assign_ids(&mut c.fees.value, "fee", |f| &mut f.id),
                );
                let s = match side {
                    Side::Before => &mut p.cost.before,
                    Side::After => &mut p.cost.after,
                };
                note(
                    List::Activities,
                    at.clone(),
                    assign_ids(&mut s.activities, "a", |x| &mut x.id),
                );
                note(
                    List::Services,
                    at.clone(),
                    assign_ids(&mut s.services, "s", |x| &mut x.id),
                );
                note(
                    List::OtherExpenses,
                    at,
                    assign_ids(&mut s.other, "o", |x| &mut x.id),
                );
            }
        }
        out
    }
}
