//! `tthc`: the impact-assessment engine on the command line, for batch checks, other tools and scripts.
//!
//! Exit codes: 0 fine; 1 a check found errors or a verification failed; 2 bad input or usage, with a
//! one-line message on standard error that says what was expected.

mod clock;
mod commands;
mod input;
mod output;
mod rules;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use tthc_core::Lang;

use crate::input::Failure;
use crate::output::Out;

/// Impact assessment of administrative procedures (TTHC) in draft legal documents.
#[derive(Debug, Parser)]
#[command(name = "tthc", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Output language.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

/// Document format.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Markdown.
    Md,
    /// Self-contained HTML.
    Html,
}

/// Which schema.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaArg {
    /// An assessment file.
    Assessment,
    /// A ruleset file.
    Ruleset,
    /// The result of `tthc cost --json`.
    CostResult,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print a new assessment file (empty, or the sample draft).
    New {
        /// The sample draft (a fictitious Hanoi decision with three procedures).
        #[arg(long)]
        sample: bool,
        /// The ruleset of an empty assessment (default: the current one).
        #[arg(long, value_name = "ID")]
        ruleset: Option<String>,
    },
    /// Check assessment files and list every finding (`-` reads standard input).
    Check {
        /// The files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// Language of the messages.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
        /// Read every file with this ruleset (a local one, with corrected wording) instead of the one it
        /// records.
        #[arg(long, value_name = "RULESET_FILE")]
        ruleset: Option<String>,
    },
    /// The compliance cost of an assessment.
    Cost {
        /// The file (`-` reads standard input).
        #[arg(value_name = "FILE")]
        file: String,
        /// Read the file with this ruleset instead of the one it records.
        #[arg(long, value_name = "RULESET_FILE")]
        ruleset: Option<String>,
        /// The stable machine-readable result.
        #[arg(long)]
        json: bool,
        /// Language of the table.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Render the dossier, or with --appraisal the appraisal report.
    Render {
        /// The file (`-` reads standard input).
        #[arg(value_name = "FILE")]
        file: String,
        /// Markdown or HTML.
        #[arg(long, value_enum, default_value = "md")]
        format: FormatArg,
        /// Language of the document.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
        /// The date printed on the document, YYYY-MM-DD (default: today in Viet Nam).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The appraisal report instead of the dossier.
        #[arg(long)]
        appraisal: bool,
        /// A folder of templates replacing the bundled ones of the same name.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Render with this ruleset (a local one, with corrected wording) instead of the one the file
        /// records.
        #[arg(long, value_name = "RULESET_FILE")]
        ruleset: Option<String>,
    },
    /// Check that a dossier was made from a file and that the file's recorded cost figures recompute.
    Verify {
        /// The assessment file.
        #[arg(value_name = "FILE")]
        file: String,
        /// The dossier (Markdown or HTML).
        #[arg(value_name = "DOSSIER")]
        dossier: String,
    },
    /// Upgrade a file to the current schema version.
    Migrate {
        /// The file (`-` reads standard input).
        #[arg(value_name = "FILE")]
        file: String,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// What changed between two versions of an assessment, and the cost delta.
    Diff {
        /// The earlier version.
        #[arg(value_name = "OLD")]
        old: String,
        /// The later version.
        #[arg(value_name = "NEW")]
        new: String,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// Language of the output.
        #[arg(long, value_enum, default_value = "vi")]
        lang: LangArg,
    },
    /// Print a JSON Schema.
    Schema {
        /// Which one.
        #[arg(value_enum, default_value = "assessment")]
        kind: SchemaArg,
    },
    /// List the bundled rulesets with their item counts by status; `lint FILE` checks a ruleset file.
    Rulesets {
        /// Lint a ruleset file.
        #[command(subcommand)]
        command: Option<RulesetsCommand>,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// The legal status: per ruleset each item that is not official wording, with its source note, the
        /// dated rules and the texts on watch.
        #[arg(long)]
        status: bool,
    },
}

#[derive(Debug, Subcommand)]
enum RulesetsCommand {
    /// Check a ruleset file (a local ruleset with corrected wording) as the bundled ones are checked.
    Lint {
        /// The ruleset file (`-` reads standard input).
        #[arg(value_name = "FILE")]
        file: String,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("error: bad usage");
            eprintln!(
                "tthc: {} (see tthc --help)",
                first.trim_start_matches("error: ")
            );
            return ExitCode::from(2);
        }
    };
    let mut out = Out::new();
    let result = run(cli.command, &mut out);
    out.flush();
    match result {
        Ok(code) => code,
        Err(Failure::Input(message)) => {
            eprintln!("tthc: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Found(message)) => {
            eprintln!("tthc: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(command: Command, out: &mut Out) -> Result<ExitCode, Failure> {
    match command {
        Command::New { sample, ruleset } => commands::new(sample, ruleset.as_deref(), out),
        Command::Check {
            files,
            json,
            lang,
            ruleset,
        } => {
            let rules = rules::Rules::load(ruleset.as_deref())?;
            commands::check(&files, &rules, json, lang.into(), out)
        }
        Command::Cost {
            file,
            ruleset,
            json,
            lang,
        } => {
            let rules = rules::Rules::load(ruleset.as_deref())?;
            commands::cost(&file, &rules, json, lang.into(), out)
        }
        Command::Render {
            file,
            ruleset,
            format,
            lang,
            date,
            appraisal,
            templates,
            output,
        } => commands::render(
            &commands::RenderArgs {
                file,
                ruleset,
                html: matches!(format, FormatArg::Html),
                lang: lang.into(),
                date,
                appraisal,
                templates,
                output,
            },
            out,
        ),
        Command::Verify { file, dossier } => commands::verify(&file, &dossier, out),
        Command::Migrate { file, output } => commands::migrate(&file, output.as_deref(), out),
        Command::Diff {
            old,
            new,
            json,
            lang,
        } => commands::diff(&old, &new, json, lang.into(), out),
        Command::Schema { kind } => {
            out.write(match kind {
                SchemaArg::Assessment => tthc_core::schema::ASSESSMENT,
                SchemaArg::Ruleset => tthc_core::schema::RULESET,
                SchemaArg::CostResult => tthc_core::schema::COST_RESULT,
            });
            Ok(ExitCode::SUCCESS)
        }
        Command::Rulesets {
            command: Some(RulesetsCommand::Lint { file, json }),
            ..
        } => commands::lint_ruleset(&file, json, out),
        Command::Rulesets {
            command: None,
            json,
            status,
        } => {
            if status {
                Ok(commands::ruleset_status(json, out))
            } else {
                commands::rulesets(json, out)
            }
        }
    }
}
