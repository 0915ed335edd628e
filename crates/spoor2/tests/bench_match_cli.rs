//! `spoor2 bench match` on a small generated set: it runs, reports p50/p99 for the index and the SQL baselines
//! (SQLite always, PostgreSQL when `SPOOR2_BENCH_POSTGRES_URL` is set), and their top 25 agrees with the index's
//! (the index itself is checked exactly against the reference matcher in `matching::index`).

use std::process::Command;

use serde_json::Value;
use test_support::Testdatabase;

fn bench(vacatures: &str, profielen: &str, postgres: Option<&str>) -> Value {
    let map = tempfile::tempdir().unwrap();
    let mut opdracht = Command::new(env!("CARGO_BIN_EXE_spoor2"));
    opdracht
        .args(["bench", "match", "--vacatures", vacatures, "--profielen", profielen, "--sql-profielen", "10", "--json"])
        .current_dir(map.path())
        .env("SPOOR2__GEGEVENSMAP", map.path().join("gegevens"))
        .env_remove("SPOOR2_BENCH_POSTGRES_URL");
    if let Some(url) = postgres {
        opdracht.env("SPOOR2_BENCH_POSTGRES_URL", url);
    }
    let uit = opdracht.output().unwrap();
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let v: Value = serde_json::from_slice(&uit.stdout).unwrap();
    assert_eq!(v["vacatures"].as_u64(), Some(vacatures.parse().unwrap()));
    assert_eq!(v["index"]["queries"].as_u64(), Some(profielen.parse().unwrap()));
    assert!(v["index"]["p50_ms"].as_f64().unwrap() > 0.0);
    assert_eq!(v["index_cpu"]["queries"], v["index"]["queries"]);
    assert!(v["postcodes"].as_str().unwrap().starts_with("gegenereerde postcodes"));
    v
}

fn agrees(basislijn: &Value) {
    assert_eq!(basislijn["queries"].as_u64(), Some(10), "{basislijn}");
    assert!(basislijn["p99_ms"].as_f64().unwrap() > 0.0 && basislijn["verhouding_p50"].as_f64().unwrap() > 0.0);
    assert!(basislijn["gelijke_top"].as_f64().unwrap() >= 0.95, "{basislijn}");
}

#[test]
fn a_small_benchmark_runs_and_sqlite_agrees_with_the_index() {
    let v = bench("3000", "30", None);
    agrees(&v["sqlite"]);
    assert!(v.get("postgres").is_none(), "{v}");
}

#[test]
fn with_a_postgresql_url_postgresql_is_measured_too_and_agrees() {
    let db = Testdatabase::postgres();
    let v = bench("2000", "20", Some(&db.url));
    agrees(&v["sqlite"]);
    agrees(&v["postgres"]);
}
