//! Reads files and parses each as JSON, nothing more: the floor under `tthc check` in batch, for the
//! command line's performance report (`tests/perf/cli-batch` prints the two side by side).
//!
//! ```sh
//! cargo run --release -p tthc-core --example parse -- target/perf/files/*.json
//! ```

#![allow(clippy::print_stdout, reason = "an example prints its result")]

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut values = 0usize;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("parse: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(v) => values += usize::from(v.is_object()),
            Err(e) => {
                eprintln!("parse: {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    println!("{values} JSON objects");
    ExitCode::SUCCESS
}
