//! The one Markdown helper: how user text is escaped for Markdown and for raw HTML, and how Markdown
//! becomes HTML (pulldown-cmark, tables on, nothing else).
//!
//! User text is untrusted (it comes from other people's files). In Markdown it is escaped so that it can
//! only ever be text: no markup, no link, no heading, list or table structure. Templates get this by default
//! (see [`super::Templates`]); raw HTML blocks of a template use [`html`] instead.

use pulldown_cmark::{Options, Parser, html::push_html};

/// Escapes text for Markdown so that it renders as exactly that text.
///
/// - Characters that open inline constructs are backslash-escaped: `\` `` ` `` `*` `_` `[` `]` `<` `>`
///   `#` `|` `~` `&` `!`. `<` escaped means no HTML, `[` escaped means no link or image, `|` escaped
///   means no table cell, `&` escaped means no entity.
/// - What would start a block at the beginning of a line is escaped there: a list marker (`-`, `+`, `1.`,
///   `1)` followed by a space), a thematic break (`---`).
/// - Leading and trailing white space is trimmed (four spaces would start a code block), and each line
///   break becomes `<br>`, so the text stays inside the paragraph or table cell it was put in.
///
/// ```
/// use tthc_core::dossier::markdown::escape;
/// assert_eq!(escape("a | b"), r"a \| b");
/// assert_eq!(escape("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
/// assert_eq!(escape("1. Điều 5\n2. Điều 6"), r"1\. Điều 5<br>2\. Điều 6");
/// assert_eq!(escape("1.268.181.818 đồng"), "1.268.181.818 đồng");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Writing to a String cannot fail.
    let _ = escape_into(text, &mut out);
    out
}

/// [`escape`], written straight into `out` (a template's output) without an intermediate string.
///
/// # Errors
/// When `out` refuses the text.
pub fn escape_into(text: &str, out: &mut impl std::fmt::Write) -> std::fmt::Result {
    let mut first_line = true;
    for line in text.trim().lines() {
        let line = line.trim();
        if !first_line {
            out.write_str("<br>")?;
        }
        first_line = false;
        escape_line(line, out)?;
    }
    Ok(())
}

/// Whether a byte opens inline Markdown (each is ASCII, so never part of a longer UTF-8 character).
fn opens_markup(b: u8) -> bool {
    matches!(
        b,
        b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'~' | b'&' | b'!'
    )
}

fn escape_line(line: &str, out: &mut impl std::fmt::Write) -> std::fmt::Result {
    let bytes = line.as_bytes();
    // A block marker at the start of the line: "- ", "+ ", "1. ", "1) ", or a line of dashes.
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let marker_at =
        if matches!(bytes.first(), Some(b'-' | b'+')) && bytes.get(1).is_none_or(|b| *b == b' ') {
            Some(0)
        } else if (1..=9).contains(&digits)
            && matches!(bytes.get(digits), Some(b'.' | b')'))
            && bytes.get(digits + 1).is_none_or(|b| *b == b' ')
        {
            Some(digits)
        } else {
            None
        };
    let dashes_only = line.len() >= 3 && line.bytes().all(|b| b == b'-' || b == b' ');
    // Runs of plain text are written whole; a backslash goes before each byte that needs one.
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if opens_markup(b) || marker_at == Some(i) || (dashes_only && b == b'-') {
            out.write_str(&line[start..i])?;
            out.write_char('\\')?;
            start = i;
        }
    }
    out.write_str(&line[start..])
}

/// Escapes text for a raw HTML block of a template (`<table>`, `<figure>`, `<svg>`): the HTML special
/// characters become entities and each line break becomes `<br>`, so the block is never ended early by a
/// blank line.
///
/// ```
/// assert_eq!(tthc_core::dossier::markdown::html("<b>\"x\" & y</b>\n\nz"), "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;<br><br>z");
/// ```
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.trim().chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The parser options of every conversion from Markdown to HTML: `CommonMark` plus tables.
pub fn options() -> Options {
    Options::ENABLE_TABLES
}

/// Converts Markdown to HTML.
///
/// ```
/// let html = tthc_core::dossier::markdown::to_html("| a |\n|---|\n| \\<script\\> |\n");
/// assert!(html.contains("<td>&lt;script&gt;</td>"));
/// ```
pub fn to_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    push_html(&mut out, Parser::new_ext(markdown, options()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, Tag};

    /// Parses `prefix + escape(text)` and returns what the parser saw in it.
    fn events(text: &str) -> Vec<String> {
        let md = format!(
            "Lý do: {}\n\n| a |\n|---|\n| {} |\n",
            escape(text),
            escape(text)
        );
        Parser::new_ext(&md, options())
            .filter_map(|e| match e {
                Event::Html(h) | Event::InlineHtml(h) if h.as_ref() != "<br>" => {
                    Some(format!("html:{h}"))
                }
                Event::Start(Tag::Link { .. } | Tag::Image { .. }) => Some("link".into()),
                Event::Start(
                    Tag::Heading { .. } | Tag::List(_) | Tag::CodeBlock(_) | Tag::BlockQuote(_),
                ) => Some("block".into()),
                Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                    Some("emphasis".into())
                }
                Event::Code(_) => Some("code".into()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn escaped_text_has_no_structure() {
        for text in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)",
            "# heading",
            "- item\n+ item\n1. item\n2) item",
            "> quote",
            "    code block",
            "`code` and ``more``",
            "*em* **strong** _em_ ~~del~~",
            "---",
            "a | b | c",
            "&lt;script&gt; &#60;",
            "line\n\n\nafter blank lines",
            "\\",
            "<https://example.com>",
        ] {
            assert_eq!(
                events(text),
                Vec::<String>::new(),
                "{text:?} → {:?}",
                escape(text)
            );
        }
    }

    #[test]
    fn escaped_text_reads_back_as_itself() {
        for text in [
            "a | b",
            "1. Điều 5",
            "x < y & z > w",
            "50% * 2 = [1]",
            "C:\\path\\",
            "---",
        ] {
            let html = to_html(&escape(text));
            let plain: String = Parser::new_ext(&escape(text), options())
                .filter_map(|e| match e {
                    Event::Text(t) => Some(t.into_string()),
                    _ => None,
                })
                .collect();
            assert_eq!(plain, text, "{html}");
        }
    }

    #[test]
    fn numbers_and_vietnamese_stay_readable() {
        assert_eq!(escape("-4.211.260.227 đồng"), "-4.211.260.227 đồng");
        assert_eq!(escape("33,09%"), "33,09%");
        assert_eq!(
            escape("Cấp phép sử dụng tạm thời hè phố"),
            "Cấp phép sử dụng tạm thời hè phố"
        );
        assert_eq!(escape("- gạch đầu dòng"), r"\- gạch đầu dòng");
    }
}
