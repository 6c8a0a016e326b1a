//! User text is untrusted: no payload of the corpus, in any field, may become markup, script, a link or
//! Markdown structure in the dossier. The HTML is also written to `target/tthc-artifacts/` for the
//! real-browser check (`tests/e2e/dossier-safety.test.mjs`), which proves that no payload runs.

use std::path::PathBuf;

use pulldown_cmark::{Event, Parser, Tag};
use tthc_core::dossier::{Format, Options, Templates, markdown, render_appraisal, render_dossier};
use tthc_core::{Lang, Registry};
use tthc_tests::payloads;

/// Tags and attributes the templates write. Anything else in the output came from user text.
const TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "section",
    "figure",
    "figcaption",
    "svg",
    "g",
    "rect",
    "text",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "li",
    "strong",
    "em",
    "code",
    "br",
    "span",
    "blockquote",
    "hr",
];
const ATTRIBUTES: &[&str] = &[
    "charset",
    "name",
    "content",
    "http-equiv",
    "lang",
    "class",
    "id",
    "style",
    "viewbox",
    "role",
    "aria-label",
    "xmlns",
    "x",
    "y",
    "width",
    "height",
    "fill",
    "font-family",
    "font-size",
];

/// Every tag of an HTML document: (name, [(attribute, value)]). User text is escaped, so every `<` starts a
/// real tag; attribute values are quoted by the templates.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').expect("a tag ends");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.starts_with('/') {
            continue;
        }
        let tag = tag.trim_end_matches('/');
        let (name, mut attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let mut list = Vec::new();
        while let Some(eq) = attrs.find('=') {
            let key = attrs[..eq].trim().to_ascii_lowercase();
            let after = attrs[eq + 1..].trim_start();
            assert!(
                after.starts_with('"'),
                "unquoted attribute {key} in <{tag}>"
            );
            let close = after[1..].find('"').expect("quoted value ends") + 1;
            list.push((key, after[1..close].to_owned()));
            attrs = &after[close + 1..];
        }
        out.push((name.to_ascii_lowercase(), list));
    }
    out
}

/// The visible text of an HTML document, entities decoded.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The two documents a user can export.
#[derive(Clone, Copy, Debug)]
enum Document {
    Dossier,
    Appraisal,
}

fn render_doc(doc: Document, a: &tthc_core::Assessment, lang: Lang, format: Format) -> String {
    let options = Options {
        lang,
        date: "2026-11-26".parse().expect("date"),
        format,
    };
    let ruleset = Registry::bundled().default_ruleset();
    match doc {
        Document::Dossier => render_dossier(
            a,
            &tthc_core::Analysis::new(a, ruleset),
            options,
            &Templates::bundled(),
        ),
        Document::Appraisal => render_appraisal(
            a,
            &tthc_core::Analysis::new(a, ruleset),
            options,
            &Templates::bundled(),
        ),
    }
    .expect("renders")
}

#[test]
fn the_corpus_is_large_enough() {
    assert!(payloads::corpus().len() >= 30);
}

#[test]
fn no_payload_becomes_html_in_the_html_dossier() {
    html_is_safe(Document::Dossier);
}

#[test]
fn no_payload_becomes_html_in_the_html_appraisal_report() {
    html_is_safe(Document::Appraisal);
}

fn html_is_safe(doc: Document) {
    let corpus = payloads::corpus();
    let a = payloads::assessment(&corpus);
    for lang in [Lang::Vi, Lang::En] {
        let html = render_doc(doc, &a, lang, Format::Html);
        for (name, attrs) in tags(&html) {
            assert!(
                TAGS.contains(&name.as_str()),
                "a tag <{name}> that no template writes"
            );
            for (key, value) in attrs {
                assert!(
                    ATTRIBUTES.contains(&key.as_str()),
                    "an attribute {key}=\"{value}\" on <{name}>"
                );
                let v = value.to_ascii_lowercase();
                assert!(
                    !v.contains("javascript:"),
                    "javascript: in {key} of <{name}>"
                );
                if !(name == "meta" && key == "content") {
                    assert!(!v.contains("data:"), "data: in {key} of <{name}>");
                }
            }
        }
        assert_eq!(
            html.matches("<svg").count(),
            usize::from(matches!(doc, Document::Dossier)),
            "only the chart"
        );
        assert_eq!(html.matches("<style").count(), 1, "only the stylesheet");
        // Every payload is still there, as text (nothing was dropped either).
        let visible = text(&html);
        for p in &corpus {
            let first_line = p
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim();
            assert!(
                visible.contains(first_line),
                "payload not shown as text: {first_line:?}"
            );
        }
        if lang == Lang::Vi {
            let name = match doc {
                Document::Dossier => "payloads.vi.html",
                Document::Appraisal => "payloads-appraisal.vi.html",
            };
            write_artifact(name, &html);
        }
    }
}

/// How many of each kind of Markdown element a document has.
fn structure(md: &str) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for event in Parser::new_ext(md, markdown::options()) {
        let key = match event {
            Event::Start(tag) => format!("{tag:?}")
                .split(['(', ' ', '{'])
                .next()
                .unwrap_or("")
                .to_owned(),
            Event::Html(h) | Event::InlineHtml(h) => format!("html {h}"),
            Event::Code(_) => "code".to_owned(),
            Event::Rule => "rule".to_owned(),
            _ => continue,
        };
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

#[test]
fn no_payload_becomes_markdown_structure() {
    markdown_is_safe(Document::Dossier);
}

#[test]
fn no_payload_becomes_markdown_structure_in_the_appraisal_report() {
    markdown_is_safe(Document::Appraisal);
}

fn markdown_is_safe(doc: Document) {
    let corpus = payloads::corpus();
    let render = |a: &tthc_core::Assessment, lang, format| render_doc(doc, a, lang, format);
    let md = render(&payloads::assessment(&corpus), Lang::Vi, Format::Markdown);
    // The same assessment with harmless text has exactly the same headings, lists, tables, emphasis… and no
    // raw HTML but the line breaks the escaper itself writes.
    let harmless: Vec<String> = (0..corpus.len())
        .map(|i| format!("văn bản {i}\ndòng hai"))
        .collect();
    let expected = structure(&render(
        &payloads::assessment(&harmless),
        Lang::Vi,
        Format::Markdown,
    ));
    let actual = structure(&md);
    for (kind, n) in &actual {
        assert!(
            kind == "html <br>" || expected.get(kind) == Some(n),
            "{kind}: {n} with payloads, {:?} without",
            expected.get(kind)
        );
    }
    for event in Parser::new_ext(&md, markdown::options()) {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                panic!("a link or image in the dossier")
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                assert_eq!(h.as_ref(), "<br>", "raw HTML in the Markdown dossier")
            }
            _ => {}
        }
    }
    for p in &corpus {
        assert!(
            md.contains(&markdown::escape(p)),
            "payload not escaped in place: {p:?}"
        );
    }
    write_artifact(&format!("payloads-{doc:?}.vi.md").to_lowercase(), &md);
}

fn write_artifact(name: &str, content: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("tthc-artifacts");
    std::fs::create_dir_all(&dir).expect("artifact folder");
    std::fs::write(dir.join(name), content).expect("write artifact");
}
