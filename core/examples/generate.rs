//! Writes N generated assessment files (variants of the sample, 1 to 6 procedures each) into a folder, for
//! load tests of the command line (`tests/perf/cli-batch`); or, with `--procedures N FILE`, one file with N
//! procedures (the app's performance report, `tests/perf/web`).
//!
//! ```sh
//! cargo run --release -p tthc-core --example generate -- 1000 target/perf/files
//! cargo run --release -p tthc-core --example generate -- --procedures 100 target/perf/draft-100.json
//! ```

#![allow(clippy::print_stdout, reason = "an example prints its result")]

use std::process::ExitCode;

use tthc_core::{file, sample};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--procedures") {
        let (Some(n), Some(path)) = (
            args.get(1).and_then(|n| n.parse::<usize>().ok()),
            args.get(2),
        ) else {
            eprintln!("usage: generate --procedures N FILE");
            return ExitCode::from(2);
        };
        if let Err(e) = std::fs::write(path, file::export(&sample::generated(n))) {
            eprintln!("generate: {path}: {e}");
            return ExitCode::from(2);
        }
        println!("{n} procedures in {path}");
        return ExitCode::SUCCESS;
    }
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: generate N FOLDER");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("generate: {dir}: {e}");
        return ExitCode::from(2);
    }
    for i in 0..n {
        let a = sample::generated(1 + i % 6);
        let path = format!("{dir}/assessment-{i:05}.json");
        if let Err(e) = std::fs::write(&path, file::export(&a)) {
            eprintln!("generate: {path}: {e}");
            return ExitCode::from(2);
        }
    }
    println!("{n} files in {dir}");
    ExitCode::SUCCESS
}
