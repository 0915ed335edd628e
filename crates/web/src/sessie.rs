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

async fn blokkerend<T: Send + 'static>(f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f).await.map_err(|e| Error::Backend(e.to_string()))?
}

#[async_trait]
impl SessionStore for DatabaseSessies {
    async fn save(&self, record: &Record) -> Result<()> {
        let gegevens = serde_json::to_string(record).map_err(|e| Error::Encode(e.to_string()))?;
        let (store, id, verloopt) = (self.0.clone(), record.id.to_string(), record.expiry_date.unix_timestamp());
        blokkerend(move || store.bewaar_sessie(&id, &gegevens, verloopt).map_err(|e| Error::Backend(e.to_string())))
            .await
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let (store, id) = (self.0.clone(), id.to_string());
        let nu = time::OffsetDateTime::now_utc().unix_timestamp();
        let gegevens =
            blokkerend(move || store.laad_sessie(&id, nu).map_err(|e| Error::Backend(e.to_string()))).await?;
        gegevens.map(|g| serde_json::from_str(&g).map_err(|e| Error::Decode(e.to_string()))).transpose()
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        let (store, id) = (self.0.clone(), id.to_string());
        blokkerend(move || store.verwijder_sessie(&id).map_err(|e| Error::Backend(e.to_string()))).await
    }
}
