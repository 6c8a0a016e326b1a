//! The starting list of activities the engine proposes from a procedure's components.

use crate::action::{Action, CostAction};
use crate::assessment::Assessment;
use crate::component::{Components, CopyForm};
use crate::estimate::Estimate;
use crate::procedure::Side;

use crate::scenario::{Activity, ActivityKind};
use crate::statistics::{Bundled, Suggestion};

/// The activities a subject would do for one filing of a procedure with these components: learning the
/// rules; preparing each dossier document (and having certified copies certified); filling each form and
/// obtaining each confirmation; travelling to submit only where submission is in person only (otherwise
/// submitting online or by post); following up; supplementing; and receiving the result (travelling only
/// where it is delivered in person only). Every activity is marked `proposed` until the user confirms it.
///
/// The suggested hours are data (`core/data/parameters.json`, status `reconstructed`).
pub fn propose(components: &Components) -> Vec<Activity> {
    let s = &Bundled::get().activities;
    let mut out = Vec::new();
    let mut add = |kind: ActivityKind, suggestion: &Suggestion, subject: &str| {
        let name = suggestion.name.vi.replace("{}", subject.trim());
        out.push(Activity {
            id: String::new(),
            kind,
            name,
            hours: Estimate::of(suggestion.hours),
            proposed: true,
        });
    };
    add(ActivityKind::Learn, &s.learn, "");
    for d in &components.dossier.documents {
        if d.name.trim().is_empty() {
            continue;
        }
        add(ActivityKind::Prepare, &s.prepare, &d.name);
        if matches!(
            d.copy_form,
            CopyForm::CertifiedCopy | CopyForm::CertifiedTranslation
        ) {
            add(ActivityKind::Certify, &s.certify, &d.name);
        }
    }
    if components.forms.is_present() {
        for f in &components.forms.value {
            if f.name.trim().is_empty() {
                continue;
            }
            add(ActivityKind::Fill, &s.fill, &f.name);
            if f.needs_confirmation {
                add(ActivityKind::Confirm, &s.confirm, &f.name);
            }
        }
    }
    if components.manner.submission.in_person_only() {
        add(ActivityKind::Submit, &s.submit_in_person, "");
    } else {
        add(ActivityKind::Submit, &s.submit_remote, "");
    }
    add(ActivityKind::Wait, &s.wait, "");
    add(ActivityKind::Supplement, &s.supplement, "");
    if components.manner.result.in_person_only() || components.manner.result.is_empty() {
        add(ActivityKind::Receive, &s.receive_in_person, "");
    } else {
        add(ActivityKind::Receive, &s.receive_remote, "");
    }
    for a in &mut out {
        // "Tìm hiểu quy định về thủ tục" has no placeholder; trim a dangling separator otherwise.
        a.name = a.name.trim_end_matches([':', ' ']).to_owned();
    }
    out
}

impl Action {
    /// The action that proposes the activities of one side of a procedure from its components on that
    /// side ([`propose`]); `None` when there is no such procedure.
    pub fn propose_activities(a: &Assessment, id: &str, side: Side) -> Option<Action> {
        let p = a.procedure(id)?;
        Some(Action::Cost(CostAction::ProposeActivities {
            id: id.to_owned(),
            side,
            activities: propose(&p.version(side)),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::{Channels, DossierDocument, FormSpec, Manner, Optional};

    fn names(a: &[Activity]) -> Vec<(ActivityKind, String)> {
        a.iter().map(|a| (a.kind, a.name.clone())).collect()
    }

    #[test]
    fn travel_only_where_in_person_is_the_only_channel() {
        let c = Components {
            manner: Manner {
                submission: Channels {
                    in_person: true,
                    post: false,
                    online: false,
                },
                result: Channels {
                    in_person: true,
                    post: false,
                    online: true,
                },
                note: String::new(),
            },
            ..Components::default()
        };
        let a = propose(&c);
        let kinds: Vec<_> = names(&a);
        assert!(kinds.contains(&(ActivityKind::Submit, "Đi lại, nộp hồ sơ trực tiếp".into())));
        assert!(kinds.contains(&(
            ActivityKind::Receive,
            "Nhận kết quả trực tuyến hoặc qua bưu chính".into()
        )));
        assert!(a.iter().all(|a| a.proposed));
    }

    #[test]
    fn one_preparation_per_document_and_one_fill_per_form() {
        let mut c = Components::default();
        c.dossier.documents = vec![
            DossierDocument {
                name: "Đơn đề nghị".into(),
                ..Default::default()
            },
            DossierDocument {
                name: "Bản sao CCCD".into(),
                copy_form: CopyForm::CertifiedCopy,
                ..Default::default()
            },
            DossierDocument {
                name: "  ".into(),
                ..Default::default()
            },
        ];
        c.forms = Optional {
            present: Some(true),
            value: vec![FormSpec {
                name: "Tờ khai A".into(),
                needs_confirmation: true,
                ..Default::default()
            }],
        };
        let a = names(&propose(&c));
        let prepared: Vec<_> = a
            .iter()
            .filter(|(k, _)| *k == ActivityKind::Prepare)
            .map(|(_, n)| n.as_str())
            .collect();
        assert_eq!(
            prepared,
            [
                "Chuẩn bị giấy tờ: Đơn đề nghị",
                "Chuẩn bị giấy tờ: Bản sao CCCD"
            ]
        );
        assert!(a.contains(&(
            ActivityKind::Certify,
            "Chứng thực bản sao: Bản sao CCCD".into()
        )));
        assert!(a.contains(&(
            ActivityKind::Fill,
            "Điền mẫu đơn, tờ khai: Tờ khai A".into()
        )));
        assert!(a.contains(&(
            ActivityKind::Confirm,
            "Xin xác nhận vào mẫu đơn, tờ khai: Tờ khai A".into()
        )));
        assert_eq!(
            a[0],
            (ActivityKind::Learn, "Tìm hiểu quy định về thủ tục".into())
        );
    }
}
