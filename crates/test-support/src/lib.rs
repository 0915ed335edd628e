//! Shared test fixtures: a fresh database per test, on SQLite or on the PostgreSQL server that
//! `scripts/test` starts (its admin URL in `SPOOR2_TEST_POSTGRES`).

use diesel::{Connection, PgConnection, RunQueryDsl};
use domain::waarden::{Bsn, Opleidingsniveau, Postcode};
use store::NieuweWerknemer;

/// An employee to add in a test: `voornaam` de Vries, baker, 32 hours, valid postcode and BSN.
pub fn werknemer(werkgever_id: &str, voornaam: &str) -> NieuweWerknemer {
    NieuweWerknemer {
        werkgever_id: werkgever_id.to_string(),
        voornaam: voornaam.to_string(),
        achternaam: "de Vries".into(),
        email: None,
        telefoon: None,
        functie: "Bakker".into(),
        contracturen_x100: 3200,
        postcode: Postcode::parse("3512 JC").expect("a valid postcode"),
        opleidingsniveau: Opleidingsniveau::Mbo2,
        bsn: Bsn::parse("111222333").expect("a valid BSN"),
    }
}

/// A fresh, empty database; dropping it removes it.
pub struct Testdatabase {
    pub url: String,
    _map: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

impl Testdatabase {
    /// A new SQLite file in a temporary directory.
    pub fn sqlite() -> Self {
        let map = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite:{}", map.path().join("spoor2.db").display());
        Self { url, _map: Some(map), postgres: None }
    }

    /// A new database on the test PostgreSQL server.
    pub fn postgres() -> Self {
        let beheer = std::env::var("SPOOR2_TEST_POSTGRES")
            .expect("SPOOR2_TEST_POSTGRES is not set: run the tests through ./scripts/test, which starts PostgreSQL");
        let naam = format!("spoor2_test_{}", uuid::Uuid::new_v4().simple());
        let mut c = PgConnection::establish(&beheer).expect("the test PostgreSQL server answers");
        diesel::sql_query(format!("CREATE DATABASE {naam}")).execute(&mut c).expect("CREATE DATABASE");
        let (basis, _) = beheer.rsplit_once('/').expect("an admin URL ends in /database");
        Self { url: format!("{basis}/{naam}"), _map: None, postgres: Some((beheer, naam)) }
    }
}

impl Drop for Testdatabase {
    fn drop(&mut self) {
        if let Some((beheer, naam)) = &self.postgres
            && let Ok(mut c) = PgConnection::establish(beheer)
        {
            // Best effort: a database left behind only costs disk space on the test server.
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {naam} WITH (FORCE)")).execute(&mut c);
        }
    }
}

/// Runs each named async test, `async fn test(o: Opzet)`, on a fresh SQLite and a fresh PostgreSQL
/// database, each through the calling file's `fn opzet(Testdatabase) -> Opzet`.
#[macro_export]
macro_rules! op_beide_met_opzet {
    ($($test:ident),* $(,)?) => {
        mod op_sqlite { $( #[tokio::test(flavor = "multi_thread")] async fn $test() { super::$test(super::opzet($crate::Testdatabase::sqlite())).await } )* }
        mod op_postgres { $( #[tokio::test(flavor = "multi_thread")] async fn $test() { super::$test(super::opzet($crate::Testdatabase::postgres())).await } )* }
    };
}

pub mod smtp;
