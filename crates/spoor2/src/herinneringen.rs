//! Reminders in the server: a background task that runs a round (when the day, the digest hour or
//! any data changed) and sends the queued mail, every `herinneringen_interval` seconds; and
//! `spoor2 herinneringen`, which runs one round and sends what is due, for operators and tests.

use std::time::Duration;

use store::Store;
use web::herinneringen::{self, Instellingen, Ronde, Verzending};

/// This process's name in the job table: which worker holds a job.
fn werker() -> String {
    format!("spoor2-{}-{:08x}", std::process::id(), fastrand::u32(..))
}

/// One round and one pass of sending; `nu` sends the daily digest now, whatever the hour.
pub fn eenmaal(store: &Store, inst: &Instellingen, nu: bool) -> Result<(Ronde, Verzending), store::StoreFout> {
    let moment = jiff::Timestamp::now().to_zoned(web::nederland());
    let ronde = herinneringen::plan(store, inst, &moment, nu)?;
    let verzending = herinneringen::verstuur(store, inst, &werker())?;
    Ok((ronde, verzending))
}

/// Runs until the process ends. Errors are reported and the next tick tries again.
pub async fn op_de_achtergrond(store: Store, inst: Instellingen, interval: Duration) {
    let werker = werker();
    let mut vorige = None;
    let mut tik = tokio::time::interval(interval.max(Duration::from_secs(1)));
    tik.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tik.tick().await;
        let (store, inst, werker, stand) = (store.clone(), inst.clone(), werker.clone(), vorige.clone());
        let gedaan = tokio::task::spawn_blocking(move || -> Result<_, store::StoreFout> {
            let nu = jiff::Timestamp::now().to_zoned(web::nederland());
            // The dossiers are read only when something could have changed: another day, the digest
            // hour, or any write in an organisation.
            let nieuwe_stand = (nu.date(), nu.hour() >= inst.dagoverzicht_uur, store.wijzigingsstand()?);
            if stand.as_ref() != Some(&nieuwe_stand) {
                herinneringen::plan(&store, &inst, &nu, false)?;
            }
            herinneringen::verstuur(&store, &inst, &werker)?;
            Ok(nieuwe_stand)
        })
        .await;
        match gedaan {
            Ok(Ok(stand)) => vorige = Some(stand),
            Ok(Err(e)) => eprintln!("herinneringen: {e}"),
            Err(e) => eprintln!("herinneringen: {e}"),
        }
    }
}
