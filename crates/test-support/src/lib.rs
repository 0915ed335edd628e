//! Shared test fixtures: a fresh database per test, on SQLite or on the PostgreSQL server that
//! `scripts/test` starts (its admin URL in `SPOOR2_TEST_POSTGRES`).

use diesel::{Connection, PgConnection, RunQueryDsl};

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
