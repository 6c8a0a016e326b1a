//! The statement of simplification of an amended procedure (NĐ 63/2010 Art. 10(3), original text), drafted
//! from the comparison of the versions before and after the draft: fewer documents or sets, a shorter time
//! limit, new channels, a lower level of settling body, fewer conditions, forms or fees, a lower cost.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use crate::component::{Channels, Components, Level};
use crate::cost::ProcedureCost;
use crate::money;
use crate::procedure::{Procedure, Side};
use crate::text::{Lang, Text};

/// The sentences of the statement, in the order of the components, then the cost. Empty when the
/// procedure has no "before" and "after" to compare.
///
/// ```
/// let a = tthc_core::sample::sample();
/// let cost = tthc_core::cost::compute(&a);
/// let s = tthc_core::simplification::statement(&a.procedures[1], Some(&cost.procedures[1]));
/// assert!(s.iter().any(|t| t.vi.starts_with("Rút ngắn thời hạn giải quyết từ 10 xuống 5 ngày làm việc")));
/// ```
pub fn statement(p: &Procedure, cost: Option<&ProcedureCost>) -> Vec<Text> {
    if !(p.kind.has_before() && p.kind.has_after()) {
        return Vec::new();
    }
    let before = p.version(Side::Before);
    let after = p.version(Side::After);
    let mut out = Vec::new();
    documents(&before, &after, &mut out);
    time_limit(&before, &after, &mut out);
    channels(
        before.manner.submission,
        after.manner.submission,
        &Text::new("nộp hồ sơ", "submission"),
        &mut out,
    );
    channels(
        before.manner.result,
        after.manner.result,
        &Text::new("nhận kết quả", "delivery of the result"),
        &mut out,
    );
    level(&before, &after, &mut out);
    lists(&before, &after, &mut out);
    if let Some(c) = cost
        && let (Some(saving), Some(reduction)) = (c.annual_saving, c.reduction_percent)
        && saving > Decimal::ZERO
    {
        out.push(Text::new(
            format!(
                "Chi phí tuân thủ giảm {}/năm ({}).",
                money::dong(saving, Lang::Vi),
                money::percent(reduction, Lang::Vi)
            ),
            format!(
                "The compliance cost falls by {} a year ({}).",
                money::dong(saving, Lang::En),
                money::percent(reduction, Lang::En)
            ),
        ));
    }
    out
}

fn names<T>(list: &[T], name: impl Fn(&T) -> &str) -> BTreeSet<String> {
    list.iter()
        .map(|x| name(x).trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect()
}

fn documents(before: &Components, after: &Components, out: &mut Vec<Text>) {
    let b = names(&before.dossier.documents, |d| &d.name);
    let a = names(&after.dossier.documents, |d| &d.name);
    let removed: Vec<&String> = b.difference(&a).collect();
    let added: Vec<&String> = a.difference(&b).collect();
    if b.len() != a.len() || !removed.is_empty() {
        let mut vi = format!("Thành phần hồ sơ từ {} còn {} giấy tờ", b.len(), a.len());
        let mut en = format!("Dossier documents go from {} to {}", b.len(), a.len());
        if !removed.is_empty() {
            let list = removed
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            let _ = write!(vi, "; bỏ: {list}");
            let _ = write!(en, "; removed: {list}");
        }
        if !added.is_empty() {
            let list = added
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            let _ = write!(vi, "; bổ sung: {list}");
            let _ = write!(en, "; added: {list}");
        }
        out.push(Text::new(format!("{vi}."), format!("{en}.")));
    }
    if let (Some(b), Some(a)) = (before.dossier.sets, after.dossier.sets)
        && b != a
    {
        out.push(Text::new(
            format!("Số lượng hồ sơ từ {b} bộ còn {a} bộ."),
            format!("Number of sets from {b} to {a}."),
        ));
    }
}

fn time_limit(before: &Components, after: &Components, out: &mut Vec<Text>) {
    let (Some(b), Some(a)) = (before.time_limit.days, after.time_limit.days) else {
        return;
    };
    if a >= b || b == 0 {
        return;
    }
    let percent = Decimal::from(b - a) * Decimal::ONE_HUNDRED / Decimal::from(b);
    out.push(Text::new(
        format!(
            "Rút ngắn thời hạn giải quyết từ {b} xuống {} (giảm {}).",
            after.time_limit.describe(Lang::Vi),
            money::percent(percent, Lang::Vi)
        ),
        format!(
            "The time limit is shortened from {b} to {} ({} shorter).",
            after.time_limit.describe(Lang::En),
            money::percent(percent, Lang::En)
        ),
    ));
}

fn channels(before: Channels, after: Channels, what: &Text, out: &mut Vec<Text>) {
    let mut added_vi = Vec::new();
    let mut added_en = Vec::new();
    if after.online && !before.online {
        added_vi.push("trực tuyến");
        added_en.push("online");
    }
    if after.post && !before.post {
        added_vi.push("qua dịch vụ bưu chính");
        added_en.push("by post");
    }
    if !added_vi.is_empty() {
        out.push(Text::new(
            format!("Bổ sung cách thức {} {}.", what.vi, added_vi.join(" và ")),
            format!("Adds {} {}.", what.en, added_en.join(" and ")),
        ));
    }
}

fn level(before: &Components, after: &Components, out: &mut Vec<Text>) {
    let (Some(b), Some(a)) = (before.settling_body.level, after.settling_body.level) else {
        return;
    };
    if b == a {
        return;
    }
    let closer = matches!(
        (b, a),
        (Level::Central, _)
            | (Level::Provincial, Level::District | Level::Commune)
            | (Level::District, Level::Commune)
    );
    let (vi, en) = if closer {
        (
            "Chuyển thẩm quyền giải quyết từ",
            "Moves the settling body from",
        )
    } else {
        (
            "Thay đổi cấp giải quyết từ",
            "Changes the settling level from",
        )
    };
    out.push(Text::new(
        format!(
            "{vi} {} xuống {}.",
            b.label().vi.to_lowercase(),
            a.label().vi.to_lowercase()
        ),
        format!(
            "{en} {} to {} level.",
            b.label().en.to_lowercase(),
            a.label().en.to_lowercase()
        ),
    ));
}

fn lists(before: &Components, after: &Components, out: &mut Vec<Text>) {
    let count = |present: bool, n: usize| if present { n } else { 0 };
    let pairs = [
        (
            count(
                before.conditions.is_present(),
                before.conditions.value.len(),
            ),
            count(after.conditions.is_present(), after.conditions.value.len()),
            Text::new("yêu cầu, điều kiện", "requirements and conditions"),
        ),
        (
            count(before.forms.is_present(), before.forms.value.len()),
            count(after.forms.is_present(), after.forms.value.len()),
            Text::new("mẫu đơn, tờ khai", "forms"),
        ),
        (
            count(before.fees.is_present(), before.fees.value.len()),
            count(after.fees.is_present(), after.fees.value.len()),
            Text::new("khoản phí, lệ phí", "fees and charges"),
        ),
    ];
    for (b, a, what) in pairs {
        if a < b {
            out.push(Text::new(
                format!("Giảm {} từ {b} còn {a}.", what.vi),
                format!("Fewer {}: from {b} to {a}.", what.en),
            ));
        }
    }
    let confirmations =
        |c: &Components| c.forms.is_present() && c.forms.value.iter().any(|f| f.needs_confirmation);
    if confirmations(before) && !confirmations(after) {
        out.push(Text::new(
            "Bỏ yêu cầu xác nhận vào mẫu đơn, tờ khai.",
            "Removes the confirmation of the forms.",
        ));
    }
}
