//! Renders the dossier of an assessment file.
//!
//! ```sh
//! cargo run -p tthc-core --example render -- core/data/sample/hanoi-he-pho.json dossier.html
//! ```
//!
//! The output format follows the extension of the output file (`.html` or `.md`).

#![allow(clippy::print_stdout, reason = "an example prints its result")]

use std::process::ExitCode;

use tthc_core::dossier::{Format, Options, Templates, render_dossier};
use tthc_core::{Analysis, Lang, Registry, file};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: render FILE.json OUT.html|OUT.md");
        return ExitCode::from(2);
    };
    match run(input, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("render: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(input: &str, output: &str) -> Result<(), String> {
    // The engine does no I/O: the caller reads the file…
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    // …and the engine opens it, checking the format and migrating older versions.
    let assessment = file::import(&text).map_err(|e| format!("{input}: {e}"))?;
    let ruleset = Registry::bundled()
        .resolve(&assessment.ruleset)
        .ok_or_else(|| format!("unknown ruleset {}", assessment.ruleset))?;
    let options = Options {
        lang: Lang::Vi,
        // The engine has no clock: the date printed on the document is an argument.
        date: "2026-11-26".parse().map_err(|e| format!("{e}"))?,
        format: if std::path::Path::new(output)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html"))
        {
            Format::Html
        } else {
            Format::Markdown
        },
    };
    let analysis = Analysis::new(&assessment, ruleset);
    let dossier = render_dossier(&assessment, &analysis, options, &Templates::bundled())
        .map_err(|e| e.to_string())?;
    std::fs::write(output, dossier).map_err(|e| format!("{output}: {e}"))?;
    println!(
        "{output}: dossier of {} procedure(s), fingerprint {}",
        assessment.procedures.len(),
        file::fingerprint(&assessment)
    );
    Ok(())
}
