//! `spoor2 bewaartermijnen` as an operator runs it, on SQLite and on PostgreSQL: `--proef` lists the demo's
//! dossier past its term and changes nothing; the run anonymises it, logs it, and the chain verifies.

#[macro_use]
mod gedeeld;

use diesel::prelude::*;
use diesel::sql_types::BigInt;
use gedeeld::{demo, gelukt, spoor2};
use serde_json::Value;
use test_support::Testdatabase;

op_beide!(the_preview_changes_nothing_and_the_run_does_what_it_listed);

/// Row counts and the sum of the dossiers' versions: what a change anywhere would move.
fn stand(url: &str) -> Vec<i64> {
    #[derive(QueryableByName)]
    struct Getal {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    let store = store::Store::open_demo(url).unwrap();
    let mut c = store.ruwe_verbinding().unwrap();
    [
        "SELECT COUNT(*) AS n FROM logboek",
        "SELECT COUNT(*) AS n FROM notities",
        "SELECT COUNT(*) AS n FROM documenten",
        "SELECT COUNT(*) AS n FROM inhoud",
        "SELECT COUNT(*) AS n FROM werknemers WHERE voornaam <> 'Geanonimiseerde'",
        "SELECT COUNT(*) AS n FROM dossiers WHERE geanonimiseerd IS NULL",
        "SELECT CAST(COALESCE(SUM(versie), 0) AS BIGINT) AS n FROM dossiers",
    ]
    .into_iter()
    .map(|sql| diesel::sql_query(sql).get_result::<Getal>(&mut *c).unwrap().n)
    .collect()
}

fn the_preview_changes_nothing_and_the_run_does_what_it_listed(db: &Testdatabase) {
    demo(&db.url, 4);
    let voor = stand(&db.url);
    let lijst: Value =
        serde_json::from_str(&gelukt(&spoor2(&db.url, &["bewaartermijnen", "--proef", "--json"]))).unwrap();
    let lijst = lijst.as_array().unwrap();
    assert_eq!(lijst.len(), 1, "the demo's earlier dossier: {lijst:?}");
    let r = &lijst[0];
    assert_eq!(
        (r["wat"].as_str(), r["termijn"].as_str(), r["jaren"].as_u64()),
        (Some("dossier"), Some("dossier"), Some(2))
    );
    assert_eq!((r["einde"].as_str(), r["vervalt_op"].as_str()), (Some("2022-11-23"), Some("2024-11-23")));
    assert_eq!(r["werkgever"], "Zorggroep Het Baken");
    assert!(!r.to_string().contains("Fatima"), "ids and dates only: {r}");
    let tekst = gelukt(&spoor2(&db.url, &["bewaartermijnen", "--proef"]));
    assert!(tekst.contains("Re-integratiebureau De Brug") && tekst.contains("wordt geanonimiseerd"), "{tekst}");
    assert!(tekst.contains("vervalt op 23-11-2024") && tekst.contains("niets veranderd"), "{tekst}");
    // The day before the term ended, nothing was due.
    let eerder = gelukt(&spoor2(&db.url, &["bewaartermijnen", "--proef", "--peildatum", "2024-11-22"]));
    assert!(eerder.starts_with("Niets te anonimiseren"), "{eerder}");
    assert_eq!(stand(&db.url), voor, "the preview changed nothing");
    // A date is only for the preview: a run is always today.
    assert!(!spoor2(&db.url, &["bewaartermijnen", "--peildatum", "2099-01-01"]).status.success());
    assert_eq!(stand(&db.url), voor);

    let gedaan: Value = serde_json::from_str(&gelukt(&spoor2(&db.url, &["bewaartermijnen", "--json"]))).unwrap();
    assert_eq!(gedaan.as_array().unwrap(), lijst, "the run did what the preview listed");
    let na = stand(&db.url);
    assert_eq!(na[0], voor[0] + 1, "one log entry");
    assert_eq!((na[4], na[5]), (voor[4], voor[5] - 1), "the dossier is anonymised; its employee has another");
    assert_eq!(na[1], voor[1] - 1, "its non-medical note is gone, the medical one stays");
    assert!(gelukt(&spoor2(&db.url, &["audit", "verify"])).contains("Logboek in orde"));
    assert!(gelukt(&spoor2(&db.url, &["bewaartermijnen", "--proef"])).starts_with("Niets te anonimiseren"));
}
