//! Embeds every ruleset file of `data/rulesets/` (adding a ruleset version is adding a file) and every
//! dossier template of the workspace's `templates/` folder (except its README). In the packaged crate the
//! templates are in the crate's own `templates/` (`core/templates` is a link to the workspace's folder, which
//! `cargo package` copies).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    embed(
        &manifest.join("data").join("rulesets"),
        |p| p.extension().is_some_and(|e| e == "json"),
        "Every bundled ruleset file: (file name, contents).",
        &out.join("bundled_rulesets.rs"),
    );
    let workspace_templates = manifest.join("..").join("templates");
    let templates = if workspace_templates.is_dir() {
        workspace_templates
    } else {
        manifest.join("templates")
    };
    embed(
        &templates,
        |p| p.file_name().is_some_and(|n| n != "README.md"),
        "Every bundled dossier template: (name, contents).",
        &out.join("bundled_templates.rs"),
    );
}

/// Writes `pub(crate) static BUNDLED: &[(&str, &str)]` with an `include_str!` for each selected file.
fn embed(dir: &Path, keep: impl Fn(&Path) -> bool, doc: &str, out: &Path) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && keep(p))
        .collect();
    files.sort();
    let mut code = format!("/// {doc}\npub(crate) static BUNDLED: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 file name");
        writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("write to string");
    }
    code.push_str("];\n");
    fs::write(out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
