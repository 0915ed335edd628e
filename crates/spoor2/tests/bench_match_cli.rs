//! `spoor2 bench match` on a small generated set: it runs, reports p50/p99 for both the index and SQLite, and
//! SQLite's top 25 agrees with the index's (the index itself is checked exactly against the reference matcher
//! in `matching::index`).

use std::process::Command;

use serde_json::Value;

#[test]
fn a_small_benchmark_runs_and_sqlite_agrees_with_the_index() {
    let map = tempfile::tempdir().unwrap();
    let uit = Command::new(env!("CARGO_BIN_EXE_spoor2"))
        .args(["bench", "match", "--vacatures", "3000", "--profielen", "30", "--sql-profielen", "10", "--json"])
        .current_dir(map.path())
        .env("SPOOR2__GEGEVENSMAP", map.path().join("gegevens"))
        .output()
        .unwrap();
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let v: Value = serde_json::from_slice(&uit.stdout).unwrap();
    assert_eq!((v["vacatures"].as_u64(), v["profielen"].as_u64()), (Some(3000), Some(30)));
    assert_eq!((v["index"]["queries"].as_u64(), v["sqlite"]["queries"].as_u64()), (Some(30), Some(10)));
    assert!(v["index"]["p50_ms"].as_f64().unwrap() > 0.0 && v["sqlite"]["p99_ms"].as_f64().unwrap() > 0.0);
    assert!(v["gelijke_top"].as_f64().unwrap() >= 0.95, "{v}");
    assert!(v["postcodes"].as_str().unwrap().starts_with("gegenereerde postcodes"));
}
