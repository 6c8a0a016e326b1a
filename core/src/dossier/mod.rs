//! The dossier: Markdown from templates, HTML from the Markdown, the same bytes for the same input.
//!
//! The drafter's dossier ([`render_dossier`]) holds the cover, the summary of all procedures with a chart,
//! each procedure's completed form, component comparison, cost tables with their trace, simplification
//! statement and findings, and the annexes (parameters, reconstructed items used, the control unit's
//! comments and responses, the data fingerprint). Templates see a view model built here
//! ([`view::DossierView`]), never internal types; user text cannot become markup (see [`markdown`]).

pub(crate) mod describe;
pub mod letterhead;
#[cfg(feature = "render")]
pub mod markdown;
pub mod report;
#[cfg(feature = "render")]
mod templates;
pub mod view;

use crate::analysis::Analysis;
use crate::assessment::Assessment;
use crate::date::Date;
use crate::keyed::keyed;
use crate::text::Lang;

#[cfg(feature = "render")]
pub use templates::Templates;
pub use view::DossierView;

keyed! {
    /// The output format.
    #[derive(Default)]
    pub enum Format {
        /// Markdown.
        #[default]
        Markdown = "md", "Markdown", "Markdown";
        /// One self-contained HTML file (inline CSS, no script, print layout for A4).
        Html = "html", "HTML", "HTML";
    }
}

impl Format {
    /// The file extension, which also names the format in options (`"md"`, `"html"`).
    pub fn extension(self) -> &'static str {
        self.key()
    }
}

/// What to render, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The language of the output.
    pub lang: Lang,
    /// The date printed on the document (the engine has no clock).
    pub date: Date,
    /// Markdown or HTML.
    pub format: Format,
}

/// Why a document could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// A template failed (a syntax error, or a value it names is missing).
    #[error("expected template {name} to render, found an error: {message}")]
    Template {
        /// The template.
        name: String,
        /// What went wrong.
        message: String,
    },
    /// The labels file of the templates is missing or broken.
    #[error("{0}")]
    Labels(String),
}

/// The innermost cause of a template error (an error in an included template is wrapped by the includer),
/// with its template, line and detail.
#[cfg(feature = "render")]
fn template_error(name: &str, e: &minijinja::Error) -> RenderError {
    let mut inner = e;
    while let Some(next) =
        std::error::Error::source(inner).and_then(|s| s.downcast_ref::<minijinja::Error>())
    {
        inner = next;
    }
    let mut message = match inner.detail() {
        Some(detail) => format!("{} ({detail})", inner.kind()),
        None => inner.kind().to_string(),
    };
    if let Some(line) = inner.line() {
        message = format!("{message} at line {line}");
    }
    RenderError::Template {
        name: inner.name().unwrap_or(name).to_owned(),
        message,
    }
}

/// Renders the drafter's dossier.
///
/// # Errors
/// [`RenderError`] when a template is broken (never for the bundled templates and any assessment: that is
/// tested).
///
/// ```
/// use tthc_core::dossier::{render_dossier, Format, Options, Templates};
/// use tthc_core::{sample::sample, Analysis, Lang, Registry};
/// let a = sample();
/// let analysis = Analysis::new(&a, Registry::bundled().default_ruleset());
/// let options = Options { lang: Lang::Vi, date: "2026-11-26".parse()?, format: Format::Markdown };
/// let md = render_dossier(&a, &analysis, options, &Templates::bundled())?;
/// assert!(md.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
/// assert!(md.contains("Hà Nội, ngày 26 tháng 11 năm 2026"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "render")]
pub fn render_dossier(
    assessment: &Assessment,
    analysis: &Analysis<'_>,
    options: Options,
    templates: &Templates,
) -> Result<String, RenderError> {
    render_view(
        &DocumentView::Dossier(Box::new(dossier_view(assessment, analysis, options))),
        templates,
    )
}

/// The view model of the dossier, as the templates see it.
pub fn dossier_view(
    assessment: &Assessment,
    analysis: &Analysis<'_>,
    options: Options,
) -> DossierView {
    view::build(&inputs(assessment, analysis, options))
}

/// Renders the procedure section of the appraisal report (báo cáo thẩm định): the intake gate, the
/// recomputation of the cost figures, an explicit opinion per procedure and criterion with the checklist,
/// the comments with the drafter's responses, the verified cost figures, and the conclusion.
///
/// # Errors
/// [`RenderError`] when a template is broken.
#[cfg(feature = "render")]
pub fn render_appraisal(
    assessment: &Assessment,
    analysis: &Analysis<'_>,
    options: Options,
    templates: &Templates,
) -> Result<String, RenderError> {
    render_view(
        &DocumentView::Appraisal(Box::new(appraisal_view(assessment, analysis, options))),
        templates,
    )
}

/// The view model of the appraisal report, as the templates see it.
pub fn appraisal_view(
    assessment: &Assessment,
    analysis: &Analysis<'_>,
    options: Options,
) -> report::AppraisalView {
    let review = crate::review::review(analysis, assessment);
    report::build(&review, &inputs(assessment, analysis, options))
}

fn inputs<'a>(
    assessment: &'a Assessment,
    analysis: &'a Analysis<'a>,
    options: Options,
) -> view::Inputs<'a> {
    view::Inputs {
        assessment,
        analysis,
        lang: options.lang,
        date: options.date,
        html: options.format == Format::Html,
    }
}

/// A document as its templates see it: the view model of the dossier or of the appraisal report, built by
/// the engine from an assessment and its analysis. It travels as JSON to where it is rendered (the app
/// builds it and the document module, which carries only the templates, renders it).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentView {
    /// The drafter's dossier.
    Dossier(Box<DossierView>),
    /// The appraisal report.
    Appraisal(Box<report::AppraisalView>),
}

impl DocumentView {
    /// The format the view was built for.
    pub fn format(&self) -> Format {
        let target = match self {
            DocumentView::Dossier(v) => &v.target,
            DocumentView::Appraisal(v) => &v.target,
        };
        if target == "html" {
            Format::Html
        } else {
            Format::Markdown
        }
    }

    /// The language of the view.
    pub fn lang(&self) -> Lang {
        let code = match self {
            DocumentView::Dossier(v) => &v.lang,
            DocumentView::Appraisal(v) => &v.lang,
        };
        Lang::from_code(code).unwrap_or_default()
    }

    #[cfg(feature = "render")]
    fn template(&self) -> &'static str {
        match self {
            DocumentView::Dossier(_) => "dossier.md",
            DocumentView::Appraisal(_) => "appraisal.md",
        }
    }

    #[cfg(feature = "render")]
    fn title(&self) -> &str {
        match self {
            DocumentView::Dossier(v) => &v.draft.title,
            DocumentView::Appraisal(v) => &v.draft.title,
        }
    }
}

/// Renders a document from its view: the Markdown template, then (for HTML) the conversion and
/// `page.html`. The same bytes for the same view.
///
/// # Errors
/// [`RenderError`] when a template is broken.
#[cfg(feature = "render")]
pub fn render_view(view: &DocumentView, templates: &Templates) -> Result<String, RenderError> {
    let (name, lang, format, title) = (view.template(), view.lang(), view.format(), view.title());
    let value = match view {
        DocumentView::Dossier(v) => minijinja::Value::from_serialize(v),
        DocumentView::Appraisal(v) => minijinja::Value::from_serialize(v),
    };
    let env = templates.environment()?;
    let labels = templates.labels(lang).map_err(RenderError::Labels)?;
    let ctx = minijinja::context! { v => value, t => minijinja::Value::from_serialize(labels) };
    let md = env
        .get_template(name)
        .and_then(|t| t.render(&ctx))
        .map_err(|e| template_error(name, &e))?;
    match format {
        Format::Markdown => Ok(md),
        Format::Html => {
            let body = markdown::to_html(&md);
            let page = minijinja::context! {
                lang => lang.code(),
                title => title.trim(),
                body => minijinja::Value::from_safe_string(body),
                t => minijinja::Value::from_serialize(labels),
            };
            env.get_template("page.html")
                .and_then(|t| t.render(page))
                .map_err(|e| template_error("page.html", &e))
        }
    }
}
