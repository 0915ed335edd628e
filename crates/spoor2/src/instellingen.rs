//! Configuration: defaults, then `spoor2.toml` in the working directory, then `SPOOR2__*`
//! environment variables; `DATABASE_URL` chooses the database.

use secrecy::{ExposeSecret, SecretString};
use store::{BsnSleutel, Store};

use crate::Fout;

#[derive(Debug, serde::Deserialize)]
pub struct Instellingen {
    /// `sqlite:spoor2.db` (the default) or `postgres://…`.
    pub database_url: String,
    /// 32 bytes, base64; never printed.
    bsn_sleutel: Option<SecretString>,
    /// Served behind a TLS-terminating proxy: the session cookie is then marked Secure.
    pub achter_tls: bool,
}

impl Instellingen {
    pub fn laad() -> Result<Self, Fout> {
        let mut bouwer = config::Config::builder()
            .set_default("database_url", "sqlite:spoor2.db")
            .map_err(ongeldig)?
            .set_default("achter_tls", false)
            .map_err(ongeldig)?
            .add_source(config::File::with_name("spoor2").required(false))
            .add_source(config::Environment::with_prefix("SPOOR2").separator("__"));
        if let Ok(url) = std::env::var("DATABASE_URL") {
            bouwer = bouwer.set_override("database_url", url).map_err(ongeldig)?;
        }
        bouwer.build().and_then(|c| c.try_deserialize()).map_err(ongeldig)
    }

    fn sleutel(&self) -> Result<Option<BsnSleutel>, Fout> {
        self.bsn_sleutel
            .as_ref()
            .map(|s| BsnSleutel::uit_base64(s.expose_secret()))
            .transpose()
            .map_err(|e| Fout::Invoer(e.to_string()))
    }

    /// The store, for every command but the demo: a BSN key is required unless the database is a
    /// demo database.
    pub fn store(&self) -> Result<Store, Fout> {
        Store::open(&self.database_url, self.sleutel()?).map_err(Fout::from)
    }
}

fn ongeldig(e: config::ConfigError) -> Fout {
    Fout::Invoer(format!("ongeldige instellingen: {e}"))
}
