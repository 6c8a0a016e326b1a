//! The screens of the app, one file each: they read what the core computed (through the session) and
//! dispatch core actions. Shared pieces are in [`crate::widgets`].

pub mod appraisal;
pub mod checks;
pub mod compare;
pub mod components;
pub mod consultation;
pub mod cost;
pub mod details;
pub mod dossier;
pub mod draft;
pub mod form;
pub mod legal;
pub mod procedures;
pub mod start;

use tthc_core::{Location, ProcedureStep};
use yew::prelude::*;

/// The page for a location.
pub fn page(location: &Location) -> Html {
    match location {
        Location::Start => html! { <start::StartPage /> },
        Location::Draft => html! { <draft::DraftPage /> },
        Location::Procedures => html! { <procedures::ProceduresPage /> },
        Location::Procedure { id, step } => {
            let id = AttrValue::from(id.clone());
            match step {
                ProcedureStep::Details => html! { <details::DetailsPage {id} /> },
                ProcedureStep::Components => html! { <components::ComponentsPage {id} /> },
                ProcedureStep::Form => html! { <form::FormPage {id} /> },
                ProcedureStep::Cost => html! { <cost::CostPage {id} /> },
            }
        }
        Location::Consultation => html! { <consultation::ConsultationPage /> },
        Location::Checks => html! { <checks::ChecksPage /> },
        Location::Dossier => html! { <dossier::DossierPage /> },
        Location::Appraisal => html! { <appraisal::AppraisalPage /> },
        Location::Compare => html! { <compare::ComparePage /> },
        Location::Legal => html! { <legal::LegalPage /> },
    }
}
