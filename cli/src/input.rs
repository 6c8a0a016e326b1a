//! Reading files (or standard input) and opening them as assessments, with one-line messages.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use tthc_core::file::{self, MAX_BYTES, Opened};
use tthc_core::{Assessment, Lang, Registry};

/// Why a command could not do its work: bad input (exit 2) or a finding (exit 1).
#[derive(Debug)]
pub enum Failure {
    /// Unreadable, not an assessment, too new, bad usage: exit 2.
    Input(String),
    /// The check found errors, or a verification failed: exit 1.
    Found(String),
}

/// Reads a file, or standard input for `-`: at most [`MAX_BYTES`] bytes.
fn bytes(path: &str) -> Result<Vec<u8>, Failure> {
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .take(u64::try_from(MAX_BYTES).unwrap_or(u64::MAX) + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Failure::Input(format!("cannot read standard input: {e}")))?;
        return Ok(buf);
    }
    let meta = fs::metadata(path).map_err(|e| {
        Failure::Input(format!(
            "{path}: expected a readable file, found: {}",
            io_reason(&e)
        ))
    })?;
    if meta.is_dir() {
        return Err(Failure::Input(format!(
            "{path}: expected a file, found a folder"
        )));
    }
    if meta.len() > u64::try_from(MAX_BYTES).unwrap_or(u64::MAX) {
        return Err(Failure::Input(format!(
            "{path}: expected a file of at most {MAX_BYTES} bytes, found {} bytes",
            meta.len()
        )));
    }
    fs::read(path).map_err(|e| {
        Failure::Input(format!(
            "{path}: expected a readable file, found: {}",
            io_reason(&e)
        ))
    })
}

/// Reads a text file, or standard input for `-`, as editors save it (UTF-8 with or without a byte-order
/// mark, UTF-16 with one: [`tthc_core::text::decode`]).
pub fn read(path: &str) -> Result<String, Failure> {
    let bytes = bytes(path)?;
    tthc_core::text::decode(&bytes)
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| Failure::Input(format!("{}: {e}", display_name(path))))
}

/// Reads and opens an assessment file, with what had to be renamed in it.
pub fn open(path: &str) -> Result<Opened, Failure> {
    open_with(path, Registry::bundled())
}

/// Reads and opens an assessment file with the rulesets of `registry`.
pub fn open_with(path: &str, registry: &Registry) -> Result<Opened, Failure> {
    let bytes = bytes(path)?;
    file::open_bytes(&bytes, registry)
        .map_err(|e| Failure::Input(format!("{}: {e}", display_name(path))))
}

/// Reads and opens an assessment file; what had to be renamed in it is said on standard error, one
/// warning each (`tthc check` lists them with the file's findings instead).
pub fn assessment(path: &str) -> Result<Assessment, Failure> {
    let opened = open(path)?;
    say_renamed(path, &opened);
    Ok(opened.assessment)
}

/// What had to be renamed on opening, on standard error, one warning each.
pub fn say_renamed(path: &str, opened: &Opened) {
    for f in opened.findings() {
        eprintln!(
            "tthc: {}: {}",
            display_name(path),
            f.text(&opened.assessment, Lang::En)
        );
    }
}

/// How a file is named in messages.
pub fn display_name(path: &str) -> &str {
    if path == "-" { "<stdin>" } else { path }
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// Writes a file, or standard output when no path is given.
pub fn write(path: Option<&Path>, text: &str, out: &mut crate::output::Out) -> Result<(), Failure> {
    if let Some(p) = path {
        fs::write(p, text).map_err(|e| {
            Failure::Input(format!(
                "{}: expected a writable path, found: {}",
                p.display(),
                io_reason(&e)
            ))
        })
    } else {
        out.write(text);
        Ok(())
    }
}
