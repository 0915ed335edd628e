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
    /// The mail server for reminders (`[smtp]` in spoor2.toml, `SPOOR2__SMTP__HOST`, …); without it the
    /// reminders are only noted in the application.
    pub smtp: Option<web::herinneringen::Smtp>,
    /// The application's address as users reach it, for the links in e-mail.
    pub basis_url: Option<String>,
    /// Seconds between two reminder rounds of `spoor2 serve`.
    pub herinneringen_interval: u64,
    /// The hour (Europe/Amsterdam) from which the daily digest goes out.
    pub dagoverzicht_uur: i8,
    /// Seconds to wait after a first failed attempt to send (doubling after each next one).
    pub terugval_seconden: u64,
}

impl Instellingen {
    pub fn laad() -> Result<Self, Fout> {
        let mut bouwer = config::Config::builder()
            .set_default("database_url", "sqlite:spoor2.db")
            .map_err(ongeldig)?
            .set_default("achter_tls", false)
            .map_err(ongeldig)?
            .set_default("herinneringen_interval", 60)
            .map_err(ongeldig)?
            .set_default("dagoverzicht_uur", 7)
            .map_err(ongeldig)?
            .set_default("terugval_seconden", 60)
            .map_err(ongeldig)?
            .add_source(config::File::with_name("spoor2").required(false))
            .add_source(config::Environment::with_prefix("SPOOR2").separator("__"));
        if let Ok(url) = std::env::var("DATABASE_URL") {
            bouwer = bouwer.set_override("database_url", url).map_err(ongeldig)?;
        }
        bouwer.build().and_then(|c| c.try_deserialize()).map_err(ongeldig)
    }

    /// What the reminders need.
    pub fn herinneringen(&self) -> Result<web::herinneringen::Instellingen, Fout> {
        if !(0..24).contains(&self.dagoverzicht_uur) {
            return Err(Fout::Invoer(format!(
                "dagoverzicht_uur moet 0 tot en met 23 zijn, niet {}",
                self.dagoverzicht_uur
            )));
        }
        Ok(web::herinneringen::Instellingen {
            smtp: self.smtp.clone(),
            basis_url: self.basis_url.clone(),
            dagoverzicht_uur: self.dagoverzicht_uur,
            terugval: std::time::Duration::from_secs(self.terugval_seconden.max(1)),
            ..web::herinneringen::Instellingen::default()
        })
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
