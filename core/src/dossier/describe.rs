//! Components written out as lines of text, for the tables of the dossier.

use std::fmt::Write as _;

use crate::component::{Actor, Component, Components};
use crate::estimate::Estimate;
use crate::money;
use crate::text::{Lang, Text};

fn t(lang: Lang, vi: &str, en: &str) -> String {
    Text::new(vi, en).get(lang).to_owned()
}

fn yes(lang: Lang, flag: bool, vi: &str, en: &str) -> Option<String> {
    flag.then(|| t(lang, vi, en))
}

/// A count estimate: "3.500 (3.000–4.200)".
pub fn count(e: &Estimate<u128>, lang: Lang) -> String {
    let n = |v: u128| money::count(v, lang);
    let mut s = e.value.map_or_else(|| "—".to_owned(), n);
    if e.has_range() {
        let low = e.low.or(e.value).map(n).unwrap_or_default();
        let high = e.high.or(e.value).map(n).unwrap_or_default();
        let _ = write!(s, " ({low}–{high})");
    }
    s
}

/// The content of one component, one line per entry; empty when nothing is entered.
pub fn lines(c: &Components, component: Component, lang: Lang) -> Vec<String> {
    match component {
        Component::Name => non_empty([c.name.trim().to_owned()]),
        Component::Sequence => sequence(c, lang),
        Component::Manner => manner(c, lang),
        Component::Dossier => dossier(c, lang),
        Component::TimeLimit => non_empty([
            c.time_limit.describe(lang),
            c.time_limit.reason.trim().to_owned(),
        ]),
        Component::Subjects => subjects(c, lang),
        Component::SettlingBody => settling_body(c, lang),
        Component::Result => optional(c.result.present, lang, || {
            let r = &c.result.value;
            vec![
                format!("{}: {}", r.kind.label().get(lang), r.name.trim()),
                match r.validity_months {
                    Some(m) => format!(
                        "{}: {m} {}",
                        t(lang, "Thời hạn hiệu lực", "Valid for"),
                        t(lang, "tháng", "months")
                    ),
                    None => t(
                        lang,
                        "Không quy định thời hạn hiệu lực",
                        "No period of validity",
                    ),
                },
            ]
        }),
        Component::Forms => optional(c.forms.present, lang, || forms(c, lang)),
        Component::Conditions => optional(c.conditions.present, lang, || {
            non_empty(c.conditions.value.iter().map(|r| r.text.trim().to_owned()))
        }),
        Component::Fees => optional(c.fees.present, lang, || fees(c, lang)),
    }
}

fn non_empty(lines: impl IntoIterator<Item = String>) -> Vec<String> {
    lines.into_iter().filter(|l| !l.is_empty()).collect()
}

fn sequence(c: &Components, lang: Lang) -> Vec<String> {
    c.sequence
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.description.trim().is_empty())
        .map(|(i, s)| {
            let who = match s.actor {
                Actor::Applicant => t(lang, "người thực hiện", "applicant"),
                Actor::Authority => t(lang, "cơ quan", "authority"),
            };
            format!("{}. ({who}) {}", i + 1, s.description.trim())
        })
        .collect()
}

fn manner(c: &Components, lang: Lang) -> Vec<String> {
    let m = &c.manner;
    let channel = |label: String, ch: crate::component::Channels| {
        if ch.is_empty() {
            String::new()
        } else {
            format!("{label}: {}", ch.describe(lang))
        }
    };
    non_empty([
        channel(t(lang, "Nộp hồ sơ", "Submission"), m.submission),
        channel(t(lang, "Nhận kết quả", "Result"), m.result),
        m.note.trim().to_owned(),
    ])
}

fn dossier(c: &Components, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = c
        .dossier
        .documents
        .iter()
        .filter(|d| !d.name.trim().is_empty())
        .map(|d| {
            format!(
                "{} ({}, {} {})",
                d.name.trim(),
                d.copy_form.label().get(lang),
                d.quantity,
                t(lang, "bản", "copies")
            )
        })
        .collect();
    if let Some(sets) = c.dossier.sets {
        out.push(format!(
            "{}: {sets} {}",
            t(lang, "Số lượng hồ sơ", "Number of sets"),
            t(lang, "bộ", "sets")
        ));
    }
    out
}

fn settling_body(c: &Components, lang: Lang) -> Vec<String> {
    let b = &c.settling_body;
    let flags: Vec<String> = [
        b.level.map(|l| l.label().get(lang).to_owned()),
        yes(lang, b.delegated, "được phân cấp, ủy quyền", "delegated"),
        yes(lang, b.one_stop, "một cửa", "one-stop"),
        yes(lang, b.inter_agency, "liên thông", "inter-agency"),
    ]
    .into_iter()
    .flatten()
    .collect();
    non_empty([b.name.trim().to_owned(), flags.join("; ")])
}

fn forms(c: &Components, lang: Lang) -> Vec<String> {
    c.forms
        .value
        .iter()
        .filter(|f| !f.name.trim().is_empty())
        .map(|f| {
            let mut s = f.name.trim().to_owned();
            if !f.code.trim().is_empty() {
                s = format!("{s} ({})", f.code.trim());
            }
            if f.needs_confirmation {
                let _ = write!(
                    s,
                    " — {}",
                    t(lang, "phải xin xác nhận", "needs a confirmation")
                );
            }
            s
        })
        .collect()
}

fn fees(c: &Components, lang: Lang) -> Vec<String> {
    c.fees
        .value
        .iter()
        .filter(|f| !f.name.trim().is_empty())
        .map(|f| {
            let kind = f.kind.label().get(lang).to_owned();
            let amount = f
                .amount
                .map_or_else(|| "—".to_owned(), |a| money::dong(a, lang));
            let basis = if f.basis.trim().is_empty() {
                t(lang, "chưa nêu căn cứ", "no basis given")
            } else {
                f.basis.trim().to_owned()
            };
            format!(
                "{kind} — {}: {amount} ({}: {basis})",
                f.name.trim(),
                t(lang, "căn cứ", "basis")
            )
        })
        .collect()
}

fn subjects(c: &Components, lang: Lang) -> Vec<String> {
    let s = &c.subjects;
    let who: Vec<String> = [
        yes(lang, s.individuals, "cá nhân", "individuals"),
        yes(lang, s.organisations, "tổ chức", "organisations"),
        yes(lang, s.domestic, "trong nước", "domestic"),
        yes(lang, s.foreign, "nước ngoài", "foreign"),
        yes(lang, s.business, "doanh nghiệp", "businesses"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut out = Vec::new();
    if !who.is_empty() {
        out.push(who.join(", "));
    }
    if !s.description.trim().is_empty() {
        out.push(s.description.trim().to_owned());
    }
    if s.per_year.value.is_some() {
        out.push(format!(
            "{}: {}",
            t(lang, "Số đối tượng một năm", "Subjects per year"),
            count(&s.per_year, lang)
        ));
    }
    out
}

fn optional(present: Option<bool>, lang: Lang, lines: impl FnOnce() -> Vec<String>) -> Vec<String> {
    match present {
        Some(true) => lines(),
        Some(false) => vec![t(lang, "Không có", "None")],
        None => Vec::new(),
    }
}
