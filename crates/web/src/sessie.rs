//! Sessions in the dossier database, so that every application server knows every session.

use async_trait::async_trait;
use store::Store;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

#[derive(Clone)]
pub struct DatabaseSessies(pub Store);

impl std::fmt::Debug for DatabaseSessies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseSessies")
    }
}

/// A session is read on the request's own thread, like the rest of a page's database work
/// ([`crate::direct`]).
fn backend<T>(uitkomst: std::result::Result<T, store::StoreFout>) -> Result<T> {
    uitkomst.map_err(|e| Error::Backend(e.to_string()))
}

#[async_trait]
impl SessionStore for DatabaseSessies {
    async fn save(&self, record: &Record) -> Result<()> {
        let gegevens = serde_json::to_string(record).map_err(|e| Error::Encode(e.to_string()))?;
        backend(self.0.bewaar_sessie(&record.id.to_string(), &gegevens, record.expiry_date.unix_timestamp()))
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let nu = time::OffsetDateTime::now_utc().unix_timestamp();
        let gegevens = backend(self.0.laad_sessie(&id.to_string(), nu))?;
        gegevens.map(|g| serde_json::from_str(&g).map_err(|e| Error::Decode(e.to_string()))).transpose()
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        backend(self.0.verwijder_sessie(&id.to_string()))
    }
}
