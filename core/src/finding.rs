//! Findings: what the checks report, as values. Every finding says where, what, what to do, and why (its
//! legal basis). All findings are reported at once.

use std::fmt::{self, Write as _};

use serde::Serialize;

use crate::assessment::{Location, ProcedureStep};
use crate::component::Component;
use crate::procedure::Side;
use crate::ruleset::LegalBasis;
use crate::text::{Lang, Text};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Must be fixed before the dossier is sent for appraisal.
    Error,
    /// Should be looked at; the dossier may still go.
    Warning,
    /// For information (an open point, a routing fact).
    Info,
}

impl Severity {
    /// The name shown to users.
    pub fn label(self) -> Text {
        match self {
            Severity::Error => Text::new("Lỗi", "Error"),
            Severity::Warning => Text::new("Cảnh báo", "Warning"),
            Severity::Info => Text::new("Thông tin", "Info"),
        }
    }

    /// The identifier used in JSON (`"error"`).
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Where a finding points: the draft, a procedure, one of its components, an item, a field.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Where {
    /// The procedure id, if the finding is about a procedure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    /// The component, if about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component: Option<Component>,
    /// Which version of the component.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    /// The answer key (`item` or `item@entry`), if about an item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// A named field (`"draft.title"`, `"consultation"`, `"cost.subjects_per_year"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl Where {
    /// The draft as a whole, or one of its fields.
    pub fn field(field: impl Into<String>) -> Where {
        Where {
            field: Some(field.into()),
            ..Where::default()
        }
    }

    /// A procedure.
    pub fn procedure(id: &str) -> Where {
        Where {
            procedure: Some(id.to_owned()),
            ..Where::default()
        }
    }

    /// A component of a procedure.
    pub fn component(id: &str, side: Side, component: Component) -> Where {
        Where {
            procedure: Some(id.to_owned()),
            component: Some(component),
            side: Some(side),
            ..Where::default()
        }
    }

    /// An item of a procedure's form.
    pub fn item(id: &str, key: &str) -> Where {
        Where {
            procedure: Some(id.to_owned()),
            item: Some(key.to_owned()),
            ..Where::default()
        }
    }

    /// A field of a procedure.
    #[must_use]
    pub fn with_field(mut self, field: impl Into<String>) -> Where {
        self.field = Some(field.into());
        self
    }

    /// The page of the guided flow where the thing pointed at is edited.
    ///
    /// ```
    /// use tthc_core::{Component, Location, ProcedureStep, Side, Where};
    /// let at = Where::component("p1", Side::After, Component::TimeLimit);
    /// assert_eq!(at.location(), Location::Procedure { id: "p1".into(), step: ProcedureStep::Components });
    /// assert_eq!(Where::field("draft.title").location(), Location::Draft);
    /// ```
    pub fn location(&self) -> Location {
        let field = self.field.as_deref().unwrap_or_default();
        if field.starts_with("appraisal/") || field.starts_with("recorded_cost") {
            return Location::Appraisal;
        }
        if let Some(id) = &self.procedure {
            let step = if self.component.is_some() || field == "before" || field == "changed" {
                ProcedureStep::Components
            } else if self.item.is_some() || field.starts_with("sections/") {
                ProcedureStep::Form
            } else if field.starts_with("cost") {
                ProcedureStep::Cost
            } else {
                ProcedureStep::Details
            };
            return Location::Procedure {
                id: id.clone(),
                step,
            };
        }
        if field.starts_with("draft") || field == "ruleset" || field.starts_with("parameters") {
            Location::Draft
        } else if field.starts_with("consultation") {
            Location::Consultation
        } else if field == "procedures" {
            Location::Procedures
        } else {
            Location::Checks
        }
    }

    /// A slash-separated path: `procedures/p1/after/time_limit`, `procedures/p1/answers/tt03.c.name.1`,
    /// `draft.title`.
    pub fn path(&self) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.procedure {
            parts.push(format!("procedures/{p}"));
        }
        if let Some(c) = self.component {
            let side = self.side.unwrap_or(Side::After).key();
            parts.push(format!("{side}/{}", c.key()));
        }
        if let Some(i) = &self.item {
            parts.push(format!("answers/{i}"));
        }
        if let Some(f) = &self.field {
            parts.push(f.clone());
        }
        parts.join("/")
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Error, warning or info.
    pub severity: Severity,
    /// Stable code (`"component-missing"`), for filtering and documentation.
    pub code: &'static str,
    /// Where it points.
    #[serde(rename = "where")]
    pub location: Where,
    /// What is wrong, in both languages.
    pub message: Text,
    /// What to do about it.
    pub hint: Text,
    /// The legal basis of the rule that was checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
}

impl Finding {
    /// A finding.
    pub fn new(
        severity: Severity,
        code: &'static str,
        location: Where,
        message: Text,
        hint: Text,
    ) -> Finding {
        Finding {
            severity,
            code,
            location,
            message,
            hint,
            basis: None,
        }
    }

    /// The same finding with a legal basis.
    #[must_use]
    pub fn basis(mut self, basis: Option<LegalBasis>) -> Finding {
        self.basis = basis;
        self
    }

    /// One line for a terminal: `error[component-missing] procedures/p1/after/time_limit: message (basis)`.
    pub fn line(&self, lang: Lang) -> String {
        let mut s = format!(
            "{}[{}] {}: {}",
            self.severity.key(),
            self.code,
            self.location.path(),
            self.message.get(lang)
        );
        if let Some(b) = &self.basis {
            let _ = write!(s, " ({b})");
        }
        s
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.line(Lang::En))
    }
}

/// How many findings of each severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

impl Summary {
    /// Counts findings.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}
