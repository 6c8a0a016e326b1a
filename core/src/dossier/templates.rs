//! The dossier templates: embedded from the workspace's `templates/` folder, replaceable one by one by a
//! caller (a province may want its own layout).
//!
//! Templates whose name ends in `.md` escape every value for Markdown by default ([`super::markdown::escape`]):
//! a template cannot forget to escape user text. `|html` escapes for the raw HTML blocks of a Markdown
//! template; `|lines` joins a list of lines with `<br>`, each escaped; `|upper`, `|lower`, `|capitalize` and
//! `|join(sep)` do what their names say. `.html` templates escape for HTML.
//! Undefined values are errors (strict mode), so a typo in a template fails the render instead of printing
//! nothing.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use minijinja::value::Value;
use minijinja::{
    AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior, escape_formatter,
};

use super::markdown;

include!(concat!(env!("OUT_DIR"), "/bundled_templates.rs"));

/// The auto-escape format of Markdown templates.
const MARKDOWN: &str = "markdown";

/// A set of templates by name.
///
/// ```
/// use tthc_core::dossier::Templates;
/// let mine = Templates::bundled().with("cover.md", "# {{ draft.title }}\n");
/// assert!(mine.names().contains(&"cover.md"));
/// ```
#[derive(Debug, Clone)]
pub struct Templates {
    files: BTreeMap<String, String>,
    /// The environment with these templates compiled, and the labels read: made on first use, once.
    ready: OnceLock<Arc<Ready>>,
}

/// What rendering needs from a set of templates, prepared once.
#[derive(Debug)]
struct Ready {
    env: Result<Environment<'static>, super::RenderError>,
    labels: Result<serde_json::Value, String>,
}

impl Templates {
    /// The templates shipped with the engine.
    pub fn bundled() -> Templates {
        Templates {
            files: BUNDLED
                .iter()
                .map(|(n, s)| ((*n).to_owned(), (*s).to_owned()))
                .collect(),
            ready: OnceLock::new(),
        }
    }

    /// The same set with one template replaced (or added).
    #[must_use]
    pub fn with(mut self, name: &str, source: &str) -> Templates {
        self.files.insert(name.to_owned(), source.to_owned());
        self.ready = OnceLock::new();
        self
    }

    fn ready(&self) -> &Ready {
        self.ready.get_or_init(|| {
            Arc::new(Ready {
                env: self.compile(),
                labels: self.read_labels(),
            })
        })
    }

    /// The names of the templates.
    pub fn names(&self) -> Vec<&str> {
        self.files.keys().map(String::as_str).collect()
    }

    /// The source of one template.
    pub fn source(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// The environment with these templates, the filters and the escaping rules (compiled once).
    pub(crate) fn environment(&self) -> Result<&Environment<'static>, super::RenderError> {
        self.ready().env.as_ref().map_err(Clone::clone)
    }

    /// The labels of the templates in one language, from `labels.json` (read once).
    pub(crate) fn labels(&self, lang: crate::text::Lang) -> Result<&serde_json::Value, String> {
        let all = self.ready().labels.as_ref().map_err(Clone::clone)?;
        all.get(lang.code()).ok_or_else(|| {
            format!(
                "expected labels for \"{}\" in labels.json, found none",
                lang.code()
            )
        })
    }

    fn compile(&self) -> Result<Environment<'static>, super::RenderError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|name| match extension(name).as_str() {
            "md" => AutoEscape::Custom(MARKDOWN),
            "html" | "svg" => AutoEscape::Html,
            _ => AutoEscape::None,
        });
        env.set_formatter(format);
        env.add_filter("html", |v: Value| {
            Value::from_safe_string(markdown::html(&text_of(&v)))
        });
        env.add_filter("lines", lines);
        // The few general filters the templates use (minijinja's built-in set is left out of the build).
        env.add_filter("upper", |v: Value| text_of(&v).to_uppercase());
        env.add_filter("lower", |v: Value| text_of(&v).to_lowercase());
        env.add_filter("capitalize", |v: Value| {
            crate::text::capitalise(&text_of(&v))
        });
        env.add_filter("join", |v: Value, sep: String| -> Result<String, Error> {
            Ok(v.try_iter()?
                .map(|x| text_of(&x))
                .collect::<Vec<_>>()
                .join(&sep))
        });
        env.set_keep_trailing_newline(true);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        for (name, source) in &self.files {
            if extension(name) == "json" {
                continue;
            }
            env.add_template_owned(name.clone(), source.clone())
                .map_err(|e| super::template_error(name, &e))?;
        }
        Ok(env)
    }
}

/// The extension of a template name, lower-cased.
fn extension(name: &str) -> String {
    std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

fn text_of(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_owned)
}

/// Writes a value's text through `f`, without copying it when it is a string.
fn with_text<T>(v: &Value, f: impl FnOnce(&str) -> T) -> T {
    match v.as_str() {
        Some(s) => f(s),
        None => f(&v.to_string()),
    }
}

/// Writes a value, escaping it for the template's format unless it is marked safe.
fn format(
    out: &mut minijinja::Output<'_>,
    state: &State<'_, '_>,
    value: &Value,
) -> Result<(), Error> {
    if value.is_undefined() || value.is_none() {
        return Err(Error::new(
            ErrorKind::UndefinedError,
            "a value printed by the template is missing",
        ));
    }
    match state.auto_escape() {
        AutoEscape::Custom(MARKDOWN) if !value.is_safe() => {
            with_text(value, |s| markdown::escape_into(s, out)).map_err(Error::from)
        }
        AutoEscape::Custom(MARKDOWN) => with_text(value, |s| out.write_str(s)).map_err(Error::from),
        _ => escape_formatter(out, state, value),
    }
}

/// Joins a list of lines with `<br>`, each line escaped for Markdown.
fn lines(v: &Value) -> Result<Value, Error> {
    let iter = v.try_iter()?;
    let joined = iter
        .map(|l| markdown::escape(&text_of(&l)))
        .collect::<Vec<_>>()
        .join("<br>");
    Ok(Value::from_safe_string(joined))
}

impl Templates {
    fn read_labels(&self) -> Result<serde_json::Value, String> {
        let source = self
            .source("labels.json")
            .ok_or_else(|| "expected a template file labels.json, found none".to_owned())?;
        serde_json::from_str(source)
            .map_err(|e| format!("expected labels.json to be JSON, found an error: {e}"))
    }
}
