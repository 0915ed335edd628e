//! What the tests of the database commands share: `spoor2` run against a database as an operator runs
//! it, the demo on a fixed day, and each test run on SQLite and on PostgreSQL.

use std::process::{Command, Output};

/// The day the demo plays "today" in these tests.
pub const PEILDATUM: &str = "2026-11-23";

/// Runs `spoor2` on the database at `url`, without a BSN key (the demo needs none).
pub fn spoor2(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(args)
        .env("DATABASE_URL", url)
        .env_remove("SPOOR2__BSN_SLEUTEL")
        .output()
        .expect("spoor2 starts")
}

/// What a command printed, which must have succeeded.
pub fn gelukt(uit: &Output) -> String {
    assert!(uit.status.success(), "stderr: {}", String::from_utf8_lossy(&uit.stderr));
    String::from_utf8(uit.stdout.clone()).unwrap()
}

/// Fills the database with the demo of `werknemers` employees on [`PEILDATUM`]; what it printed.
pub fn demo(url: &str, werknemers: usize) -> String {
    gelukt(&spoor2(
        url,
        &["demo", "--werknemers", &werknemers.to_string(), "--peildatum", PEILDATUM, "--zonder-server"],
    ))
}

/// Each test, given a fresh database, once on SQLite and once on PostgreSQL.
macro_rules! op_beide {
    ($($test:ident),* $(,)?) => {
        mod op_sqlite { $( #[test] fn $test() { super::$test(&test_support::Testdatabase::sqlite()) } )* }
        mod op_postgres { $( #[test] fn $test() { super::$test(&test_support::Testdatabase::postgres()) } )* }
    };
}
