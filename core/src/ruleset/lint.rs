//! The ruleset lint: what an editor of a ruleset file must get right before the file can ship.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::component::Component;
use crate::draft::Stage;
use crate::procedure::ProcedureKind;
use crate::text::Text;

use super::{AnswerKind, Assess, Condition, Item, ReasonRule, Ruleset, Section, Status};

/// How serious a lint message is. A bundled ruleset must have neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LintLevel {
    /// The ruleset is wrong: the app would misbehave.
    Error,
    /// The ruleset works but is incomplete (a missing translation, an unused block).
    Warning,
}

/// One problem found in a ruleset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintMessage {
    /// Error or warning.
    pub level: LintLevel,
    /// Stable code (`"duplicate-id"`).
    pub code: &'static str,
    /// What it is about (`item tt03.new.2.a`).
    pub at: String,
    /// What was expected and what was found.
    pub message: String,
}

impl fmt::Display for LintMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            LintLevel::Error => "error",
            LintLevel::Warning => "warning",
        };
        write!(f, "{level}[{}] {}: {}", self.code, self.at, self.message)
    }
}

impl LintMessage {
    /// The message as JSON, `{ level, code, at, message }`: what `tthc rulesets lint --json` and the JS
    /// module's `lintRuleset` give.
    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "level": if self.level == LintLevel::Error { "error" } else { "warning" },
            "code": self.code,
            "at": self.at,
            "message": self.message,
        })
    }
}

/// The first error of a ruleset's lint, if any: a ruleset with one is not used (the command line's
/// `--ruleset`, the JS module, a ruleset file opened in the app).
pub fn first_error(ruleset: &Ruleset) -> Option<LintMessage> {
    lint(ruleset)
        .into_iter()
        .find(|m| m.level == LintLevel::Error)
}

/// Checks a ruleset: unique and well-formed ids, every condition resolves to an item and its options, no
/// cycles between conditions, every `official` item has a legal basis, no empty Vietnamese text, shared
/// blocks exist, sections follow the criteria order, and every stage and kind of procedure has a form and a
/// scope rule. Returns every problem, errors first.
///
/// ```
/// let ruleset = tthc_core::Registry::bundled().default_ruleset();
/// assert!(tthc_core::ruleset::lint(ruleset).is_empty());
/// ```
pub fn lint(ruleset: &Ruleset) -> Vec<LintMessage> {
    let mut l = Linter {
        ruleset,
        out: Vec::new(),
        ids: HashMap::new(),
        items: HashMap::new(),
    };
    l.run();
    let mut out = l.out;
    out.sort_by_key(|m| m.level);
    out
}

struct Linter<'r> {
    ruleset: &'r Ruleset,
    out: Vec<LintMessage>,
    /// Every item and section id, with where it was first seen.
    ids: HashMap<&'r str, String>,
    items: HashMap<&'r str, &'r Item>,
}

impl<'r> Linter<'r> {
    fn error(&mut self, code: &'static str, at: impl Into<String>, message: impl Into<String>) {
        self.out.push(LintMessage {
            level: LintLevel::Error,
            code,
            at: at.into(),
            message: message.into(),
        });
    }

    fn warning(&mut self, code: &'static str, at: impl Into<String>, message: impl Into<String>) {
        self.out.push(LintMessage {
            level: LintLevel::Warning,
            code,
            at: at.into(),
            message: message.into(),
        });
    }

    fn run(&mut self) {
        let r = self.ruleset;
        if r.id.trim().is_empty() {
            self.error(
                "bad-id",
                "ruleset",
                "expected a ruleset id, found an empty one",
            );
        }
        if r.version == 0 {
            self.error(
                "bad-version",
                "ruleset",
                "expected a version of 1 or more, found 0",
            );
        }
        self.text(&r.title, "ruleset", "title");
        self.text(&r.source, "ruleset", "source");
        if r.basis.document.trim().is_empty() {
            self.error(
                "empty-text",
                "ruleset",
                "expected the document of the basis, found empty text",
            );
        }
        self.criteria();
        let mut forms = BTreeSet::new();
        for form in &r.forms {
            let at = format!("form {}", form.id);
            self.id_shape(&form.id, &at);
            if !forms.insert(form.id.as_str()) {
                self.error(
                    "duplicate-id",
                    &at,
                    "expected a form id used once, found it again",
                );
            }
            self.text(&form.title, &at, "title");
            for s in &form.sections {
                self.section(s);
            }
        }
        for b in &r.blocks {
            self.section(b);
        }
        // Conditions and references need every id collected first.
        for form in &r.forms {
            for s in &form.sections {
                self.section_refs(s);
            }
        }
        for b in &r.blocks {
            self.section_refs(b);
        }
        self.blocks();
        self.short_circuits();
        self.routing();
        self.provenance();
        self.appraisal();
        // With duplicate ids the dependency graph is ambiguous: fix those first.
        if !self.out.iter().any(|m| m.code == "duplicate-id") {
            self.cycles();
        }
    }

    fn criteria(&mut self) {
        let mut seen = BTreeSet::new();
        for c in &self.ruleset.criteria {
            if !seen.insert(*c) {
                self.error(
                    "criteria-order",
                    "ruleset",
                    format!(
                        "expected each criterion once in `criteria`, found `{}` twice",
                        c.key()
                    ),
                );
            }
        }
        let order: HashMap<_, _> = self
            .ruleset
            .criteria
            .iter()
            .enumerate()
            .map(|(i, c)| (*c, i))
            .collect();
        for form in &self.ruleset.forms {
            self.criteria_order(&form.sections, &order);
        }
        for block in &self.ruleset.blocks {
            self.criteria_order(&block.sections, &order);
        }
    }

    /// Sections side by side follow the criteria order (at every level of nesting).
    fn criteria_order(&mut self, sections: &[Section], order: &HashMap<super::Criterion, usize>) {
        let mut last: Option<(usize, &str)> = None;
        for s in sections {
            self.criteria_order(&s.sections, order);
            let Some(c) = s.criterion else { continue };
            let Some(&pos) = order.get(&c) else {
                self.error(
                    "criteria-order",
                    format!("section {}", s.id),
                    format!(
                        "expected a criterion listed in the ruleset's `criteria`, found `{}`",
                        c.key()
                    ),
                );
                continue;
            };
            if let Some((prev, prev_id)) = last
                && pos < prev
            {
                self.error(
                    "criteria-order",
                    format!("section {}", s.id),
                    format!(
                        "expected sections in the criteria order of the ruleset, found `{}` after section {prev_id} (`{}`)",
                        c.key(),
                        self.ruleset.criteria[prev].key()
                    ),
                );
            }
            last = Some((pos, &s.id));
        }
    }

    fn id_shape(&mut self, id: &str, at: &str) {
        let ok = !id.is_empty()
            && id.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_')
            })
            && !id.starts_with('.')
            && !id.ends_with('.')
            && !id.contains("..");
        if !ok {
            self.error(
                "bad-id",
                at,
                format!("expected a dotted id of lowercase letters, digits, `-` and `_` (like `tt03.new.2.a`), found {id:?}"),
            );
        }
    }

    fn claim(&mut self, id: &'r str, at: String) {
        if let Some(first) = self.ids.get(id) {
            let first = first.clone();
            self.error(
                "duplicate-id",
                at,
                format!(
                    "expected an id used once in the ruleset, found it already used by {first}"
                ),
            );
        } else {
            self.ids.insert(id, at);
        }
    }

    fn text(&mut self, text: &Text, at: &str, what: &str) {
        if text.vi.trim().is_empty() {
            self.error(
                "empty-text",
                at,
                format!("expected Vietnamese text for the {what}, found empty text"),
            );
        } else if text.en.trim().is_empty() {
            self.warning(
                "missing-english",
                at,
                format!("expected an English translation of the {what}, found none"),
            );
        }
    }

    fn section(&mut self, s: &'r Section) {
        let at = format!("section {}", s.id);
        self.id_shape(&s.id, &at);
        self.claim(&s.id, at.clone());
        self.text(&s.title, &at, "title");
        if let Some(c) = s.repeat
            && !matches!(c, Component::Forms | Component::Conditions)
        {
            self.error(
                "bad-repeat",
                &at,
                format!("expected `repeat` to be `forms` or `conditions` (the listed components), found `{}`", c.key()),
            );
        }
        for item in &s.items {
            self.item(item);
        }
        for sub in &s.sections {
            self.section(sub);
        }
    }

    fn item(&mut self, item: &'r Item) {
        let at = format!("item {}", item.id);
        self.id_shape(&item.id, &at);
        self.claim(&item.id, at.clone());
        // The first item with an id wins, as in the ruleset's index; the others are reported as duplicates.
        self.items.entry(&item.id).or_insert(item);
        self.text(&item.text, &at, "question");
        if let Some(reason) = &item.reason {
            self.text(&reason.label, &at, "reason label");
        }
        match &item.answer {
            AnswerKind::SingleChoice { options } | AnswerKind::MultiChoice { options } => {
                if options.len() < 2 {
                    self.error(
                        "choice-options",
                        &at,
                        format!(
                            "expected at least 2 options for a choice, found {}",
                            options.len()
                        ),
                    );
                }
                let mut seen = BTreeSet::new();
                for o in options {
                    if !seen.insert(o.id.as_str()) {
                        self.error(
                            "choice-options",
                            &at,
                            format!("expected option ids used once, found {:?} twice", o.id),
                        );
                    }
                    self.text(&o.text, &at, &format!("option {:?}", o.id));
                }
            }
            AnswerKind::Group if item.items.is_empty() => {
                self.error(
                    "empty-group",
                    &at,
                    "expected a group to hold sub-items, found none",
                );
            }
            _ => {}
        }
        for sub in &item.items {
            self.item(sub);
        }
    }

    fn section_refs(&mut self, s: &'r Section) {
        for b in &s.uses {
            if self.ruleset.block(b).is_none() {
                self.error(
                    "unknown-block",
                    format!("section {}", s.id),
                    format!("expected `uses` to name a block of the ruleset, found {b:?}"),
                );
            }
        }
        for item in &s.items {
            self.item_refs(item);
        }
        for sub in &s.sections {
            self.section_refs(sub);
        }
    }

    fn item_refs(&mut self, item: &'r Item) {
        let at = format!("item {}", item.id);
        if let Some(c) = &item.show_if {
            self.condition(c, &at);
        }
        if let Some(reason) = &item.reason
            && let ReasonRule::When(options) = &reason.required
        {
            let valid = item.answer.options().unwrap_or_default();
            for o in options {
                if !valid.iter().any(|v| &v.id == o) {
                    self.error(
                        "unknown-option",
                        &at,
                        format!(
                            "expected the reason rule to name an option of this item ({}), found {o:?}",
                            option_list(&item.answer)
                        ),
                    );
                }
            }
        }
        for sub in &item.items {
            self.item_refs(sub);
        }
    }

    fn condition(&mut self, c: &Condition, at: &str) {
        for (id, options) in c.references() {
            let Some(target) = self.items.get(id).copied() else {
                self.error(
                    "unknown-item",
                    at,
                    format!(
                        "expected the condition to refer to an item of the ruleset, found {id:?}"
                    ),
                );
                continue;
            };
            let Some(valid) = target.answer.options() else {
                self.error(
                    "unknown-option",
                    at,
                    format!(
                        "expected the condition to refer to an item with options, found {id:?} answered as `{}`",
                        target.answer.key()
                    ),
                );
                continue;
            };
            if options.is_empty() {
                self.error(
                    "unknown-option",
                    at,
                    format!(
                        "expected the condition on {id:?} to name at least one option, found none"
                    ),
                );
            }
            for o in options {
                if !valid.iter().any(|v| &v.id == o) {
                    self.error(
                        "unknown-option",
                        at,
                        format!(
                            "expected an option of {id:?} ({}), found {o:?}",
                            option_list(&target.answer)
                        ),
                    );
                }
            }
        }
    }

    fn blocks(&mut self) {
        let r = self.ruleset;
        let mut used = BTreeSet::new();
        for form in &r.forms {
            for s in &form.sections {
                uses_of(s, &mut used);
            }
        }
        for b in &r.blocks {
            uses_of(b, &mut used);
        }
        for b in &r.blocks {
            if !used.contains(b.id.as_str()) {
                self.warning(
                    "unused-block",
                    format!("section {}", b.id),
                    "expected every block to be used by a form, found it used by none",
                );
            }
        }
    }

    fn short_circuits(&mut self) {
        let mut seen = BTreeSet::new();
        for sc in &self.ruleset.short_circuits {
            let at = format!("short circuit {}", sc.id);
            self.id_shape(&sc.id, &at);
            if !seen.insert(sc.id.as_str()) {
                self.error(
                    "duplicate-id",
                    &at,
                    "expected a short-circuit id used once, found it again",
                );
            }
            self.text(&sc.reason, &at, "reason");
            self.condition(&sc.when, &at);
            if sc.skip.is_empty() {
                self.error(
                    "unknown-section",
                    &at,
                    "expected at least one section to skip, found none",
                );
            }
            for s in &sc.skip {
                if self.ruleset.section(s).is_none() {
                    self.error(
                        "unknown-section",
                        &at,
                        format!("expected `skip` to name a section of the ruleset, found {s:?}"),
                    );
                }
            }
        }
    }

    /// The appraisal checklist: ids, wording, per-component points, and automatic points used where the
    /// engine can decide them (intake points once for the draft, the others per procedure).
    fn appraisal(&mut self) {
        let list = &self.ruleset.appraisal;
        if list.basis.document.trim().is_empty() {
            self.error(
                "empty-text",
                "appraisal",
                "expected the document of the appraisal's basis, found empty text",
            );
        }
        let mut seen = BTreeSet::new();
        for p in &list.points {
            let at = format!("appraisal point {}", p.id);
            self.id_shape(&p.id, &at);
            if !seen.insert(p.id.as_str()) {
                self.error(
                    "duplicate-id",
                    &at,
                    "expected an appraisal point id used once, found it again",
                );
            }
            self.text(&p.text, &at, "point");
            if p.per_component && !p.text.vi.contains("{}") {
                self.error(
                    "appraisal-point",
                    &at,
                    "expected a per-component point to name the component with {} in its Vietnamese text, found none",
                );
            }
            if let Some(auto) = p.auto {
                use super::Auto;
                let intake = matches!(
                    auto,
                    Auto::AssessmentComplete | Auto::ConsultationReceived | Auto::CommentsAnswered
                );
                if intake != p.criterion.is_none() {
                    self.error(
                        "appraisal-point",
                        &at,
                        if intake {
                            "expected an intake check (of the whole draft) on a point without a criterion, found it under a criterion"
                        } else {
                            "expected a per-procedure check on a point with a criterion, found it on an intake point"
                        },
                    );
                }
            }
        }
    }

    fn routing(&mut self) {
        let r = self.ruleset;
        for rule in &r.scope {
            let at = "scope rule";
            match (rule.assess, rule.components.is_empty()) {
                (Assess::Listed, true) => self.error(
                    "scope",
                    at,
                    "expected `components` for a rule that assesses listed components, found none",
                ),
                (Assess::All | Assess::Changed | Assess::None, false) => self.error(
                    "scope",
                    at,
                    format!(
                        "expected no `components` when `assess` is not `listed`, found {} of them",
                        rule.components.len()
                    ),
                ),
                _ => {}
            }
        }
        for stage in Stage::ALL {
            for kind in ProcedureKind::ALL {
                let label = format!("stage `{}`, kind `{}`", stage.key(), kind.key());
                if r.form_for(stage, kind).is_none() {
                    self.error(
                        "routing",
                        "ruleset",
                        format!("expected a form for every procedure, found none for {label}"),
                    );
                }
                if r.scope_for(stage, kind).is_none() {
                    self.error(
                        "routing",
                        "ruleset",
                        format!(
                            "expected a scope rule for every procedure, found none for {label}"
                        ),
                    );
                }
            }
        }
    }

    fn provenance(&mut self) {
        let missing: Vec<String> = self
            .ruleset
            .all_items()
            .iter()
            .filter(|r| {
                r.provenance.status == Status::Official
                    && r.provenance
                        .basis
                        .is_none_or(|b| b.document.trim().is_empty())
            })
            .map(|r| r.item.id.clone())
            .collect();
        for id in missing {
            self.error(
                "official-without-basis",
                format!("item {id}"),
                "expected an `official` item to have a legal basis (its own or its section's), found none",
            );
        }
    }

    /// Items and sections depend on each other through conditions (`show_if`), through their place (an
    /// item on its section and parent item, a section on its parent or on the sections that use it as a
    /// block), and through the short-circuits that skip a section. A cycle makes visibility undecidable.
    fn cycles(&mut self) {
        let r = self.ruleset;
        let mut deps = Deps::new();
        let node_item = |id: &str| format!("item {id}");
        let node_section = |id: &str| format!("section {id}");
        for form in &r.forms {
            for s in &form.sections {
                section_deps(s, None, &mut deps);
            }
        }
        for b in &r.blocks {
            section_deps(b, None, &mut deps);
        }
        for sc in &r.short_circuits {
            for s in &sc.skip {
                let e = deps.entry(node_section(s)).or_default();
                for (id, _) in sc.when.references() {
                    e.insert(node_item(id));
                }
            }
        }
        // Depth-first search; report each cycle once, by its smallest node.
        let mut state: HashMap<&str, u8> = HashMap::new();
        let mut reported = BTreeSet::new();
        let mut stack: Vec<&str> = Vec::new();
        let nodes: Vec<&str> = deps.keys().map(String::as_str).collect();
        for start in nodes {
            self.visit(start, &deps, &mut state, &mut stack, &mut reported);
        }
    }

    fn visit<'a>(
        &mut self,
        node: &'a str,
        deps: &'a Deps,
        state: &mut HashMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
        reported: &mut BTreeSet<String>,
    ) {
        match state.get(node) {
            Some(2) => return,
            Some(1) => {
                let from = stack.iter().position(|n| *n == node).unwrap_or(0);
                let mut cycle: Vec<&str> = stack[from..].to_vec();
                let min = cycle.iter().min().copied().unwrap_or(node).to_owned();
                if reported.insert(min) {
                    cycle.push(node);
                    self.error(
                        "cycle",
                        node.to_owned(),
                        format!(
                            "expected conditions without cycles, found {}",
                            cycle.join(" → ")
                        ),
                    );
                }
                return;
            }
            _ => {}
        }
        state.insert(node, 1);
        stack.push(node);
        if let Some(next) = deps.get(node) {
            for n in next {
                self.visit(n, deps, state, stack, reported);
            }
        }
        stack.pop();
        state.insert(node, 2);
    }
}

/// Every block a section (or its sub-sections) uses.
fn uses_of<'a>(s: &'a Section, used: &mut BTreeSet<&'a str>) {
    for b in &s.uses {
        used.insert(b.as_str());
    }
    for sub in &s.sections {
        uses_of(sub, used);
    }
}

type Deps = BTreeMap<String, BTreeSet<String>>;

/// The dependencies of a section and everything in it.
fn section_deps(s: &Section, parent: Option<&str>, deps: &mut Deps) {
    let me = format!("section {}", s.id);
    let entry = deps.entry(me.clone()).or_default();
    if let Some(p) = parent {
        entry.insert(format!("section {p}"));
    }
    for b in &s.uses {
        deps.entry(format!("section {b}"))
            .or_default()
            .insert(me.clone());
    }
    item_deps(&s.items, &me, None, deps);
    for sub in &s.sections {
        section_deps(sub, Some(&s.id), deps);
    }
}

/// The dependencies of items: their section, their parent item, the items their condition names.
fn item_deps(list: &[Item], section: &str, parent: Option<&str>, deps: &mut Deps) {
    for item in list {
        let e = deps.entry(format!("item {}", item.id)).or_default();
        e.insert(section.to_owned());
        if let Some(p) = parent {
            e.insert(format!("item {p}"));
        }
        if let Some(c) = &item.show_if {
            for (id, _) in c.references() {
                e.insert(format!("item {id}"));
            }
        }
        item_deps(&item.items, section, Some(&item.id), deps);
    }
}

fn option_list(kind: &AnswerKind) -> String {
    kind.options()
        .unwrap_or_default()
        .iter()
        .map(|c| c.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
