//! Helpers shared by the workspace integration tests: where the fixtures are, golden-file comparison, and
//! generators of arbitrary assessments for property tests.

pub mod arbitrary;

use std::path::{Path, PathBuf};
use std::{env, fs};

/// The `tests/` folder of the workspace.
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// A file under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    tests_dir().join("fixtures").join(relative)
}

/// Reads a fixture as text.
///
/// # Panics
/// If the fixture cannot be read (a test setup error).
pub fn read_fixture(relative: &str) -> String {
    let path = fixture(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every file in a fixture folder with the given extension, sorted.
///
/// # Panics
/// If the folder cannot be read.
pub fn fixtures_in(folder: &str, extension: &str) -> Vec<PathBuf> {
    let dir = fixture(folder);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

/// Compares `actual` with the golden file `tests/golden/<name>`. With `UPDATE_GOLDEN=1` the golden file is
/// written instead. On a difference, the first differing line is shown.
///
/// # Panics
/// When the output differs from the golden file (that is the test failing).
pub fn assert_golden(name: &str, actual: &str) {
    let path = tests_dir().join("golden").join(name);
    if env::var_os("UPDATE_GOLDEN").is_some() {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create golden folder");
        }
        fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read golden file {} ({e}); run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "output differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}\nrun with UPDATE_GOLDEN=1 to accept the new output",
            path.display(),
            line + 1,
            expected.lines().nth(line).unwrap_or("<end of file>"),
            actual.lines().nth(line).unwrap_or("<end of file>"),
        );
    }
}
