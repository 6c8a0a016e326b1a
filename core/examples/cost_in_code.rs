//! Builds an amended procedure in code, through the reducer, and prints its compliance cost.
//!
//! ```sh
//! cargo run -p tthc-core --example cost_in_code
//! ```

#![allow(clippy::print_stdout, reason = "an example prints its result")]

use rust_decimal::Decimal;
use tthc_core::component::{Channels, Manner, Subjects, TimeLimit};
use tthc_core::cost::{Activity, ActivityKind, compute};
use tthc_core::estimate::Estimate;
use tthc_core::{
    Action, Assessment, Component, ComponentValue, CostAction, Lang, ProcedureKind, Side, money,
};

fn main() {
    let a = amended_procedure();
    let report = compute(&a);
    let p = &report.procedures[0];
    let annual =
        |s: &Option<tthc_core::cost::ScenarioCost>| s.as_ref().and_then(|s| s.figures.annual_cost);
    let show = |v: Option<Decimal>| v.map_or_else(|| "—".to_owned(), |v| money::dong(v, Lang::Vi));
    println!("{}", p.name);
    println!("  chi phí/năm trước: {}", show(annual(&p.before)));
    println!("  chi phí/năm sau:   {}", show(annual(&p.after)));
    println!("  tiết kiệm/năm:     {}", show(p.annual_saving));
    if let Some(r) = p.reduction_percent {
        println!("  cắt giảm:          {}", money::percent(r, Lang::Vi));
    }
    if let Some((low, high)) = p.saving_range {
        println!(
            "  khoảng tiết kiệm:  {} – {}",
            money::dong(low, Lang::Vi),
            money::dong(high, Lang::Vi)
        );
    }
    // The trace says how each figure was computed.
    for line in p
        .after
        .as_ref()
        .map(|s| s.trace.as_slice())
        .unwrap_or_default()
    {
        println!("  {}: {}", line.figure.label().vi, line.figure.formula().vi);
    }
}

/// An amended procedure, built through the reducer: in person only and 15 working days before; online
/// and 7 days after; 2,000 businesses a year (1,500–2,500).
fn amended_procedure() -> Assessment {
    let mut a = Assessment::default();
    a.apply(Action::AddProcedure {
        kind: ProcedureKind::Amended,
    });
    let id = a.procedures[0].id.clone();
    describe_before(&mut a, &id);
    // The draft changes two components.
    for component in [Component::Manner, Component::TimeLimit] {
        a.apply(Action::MarkChanged {
            id: id.clone(),
            component,
            changed: true,
        });
    }
    set(&mut a, &id, Side::After, manner(true));
    set(&mut a, &id, Side::After, time_limit(7));
    add_activities(&mut a, &id);
    a
}

/// Sets one component of procedure `id` through the reducer.
fn set(a: &mut Assessment, id: &str, side: Side, value: ComponentValue) {
    a.apply(Action::SetComponent {
        id: id.to_owned(),
        side,
        value,
    });
}

/// The manner of submission and of returning the result: in person only, or also by post and online.
fn manner(online: bool) -> ComponentValue {
    let channels = Channels {
        in_person: true,
        post: online,
        online,
    };
    ComponentValue::Manner(Manner {
        submission: channels,
        result: channels,
        note: String::new(),
    })
}

/// A time limit of `days` working days.
fn time_limit(days: u32) -> ComponentValue {
    ComponentValue::TimeLimit(TimeLimit {
        days: Some(days),
        ..TimeLimit::default()
    })
}

/// The procedure as it is today.
fn describe_before(a: &mut Assessment, id: &str) {
    set(
        a,
        id,
        Side::Before,
        ComponentValue::Name("Cấp giấy phép hoạt động (ví dụ)".into()),
    );
    set(a, id, Side::Before, manner(false));
    set(a, id, Side::Before, time_limit(15));
    set(
        a,
        id,
        Side::Before,
        ComponentValue::Subjects(Subjects {
            organisations: true,
            business: true,
            per_year: Estimate {
                value: Some(2_000),
                low: Some(1_500),
                high: Some(2_500),
                source: "Ước tính".into(),
            },
            ..Subjects::default()
        }),
    );
}

/// Activities before and after; the engine can propose a list from the components, here they are
/// given directly.
fn add_activities(a: &mut Assessment, id: &str) {
    let names = [
        "Tìm hiểu quy định",
        "Chuẩn bị hồ sơ",
        "Nộp hồ sơ",
        "Nhận kết quả",
    ];
    for (side, hours) in [
        (Side::Before, ["2", "6", "3", "2"]),
        (Side::After, ["1.5", "6", "0.5", "0.25"]),
    ] {
        for (name, h) in names.iter().zip(hours) {
            let activity = Activity {
                kind: ActivityKind::Other,
                name: (*name).to_owned(),
                hours: Estimate::of(h.parse::<Decimal>().unwrap_or_default()),
                ..Activity::default()
            };
            a.apply(Action::Cost(CostAction::SetActivity {
                id: id.to_owned(),
                side,
                activity,
            }));
        }
        a.apply(Action::Cost(CostAction::SetFilings {
            id: id.to_owned(),
            side,
            filings: Estimate::of(Decimal::ONE),
        }));
    }
}
