//! `spoor2 bewaartermijnen`: anonymises the dossiers and deletes the medical notes whose retention term
//! has passed, now (the server does the same once a day); with `--proef` it only lists, per organisation,
//! what that would do and why, changing nothing. A run in the background: [`op_de_achtergrond`].

use std::fmt::Write as _;
use std::time::Duration;

use domain::poortwachter::datum::nl;
use jiff::civil::Date;
use serde::Serialize;
use store::bewaartermijn::Vervalregel;
use store::{Actor, Store};

use crate::Fout;

/// One line of the list (or of what was done): ids, dates and the term, never personal or medical data.
#[derive(Debug, Serialize)]
pub struct Regel {
    pub organisatie_id: String,
    pub organisatie: String,
    pub dossier_id: String,
    pub werkgever: String,
    /// `dossier` (anonymised) or `medisch` (the medical notes deleted).
    pub wat: &'static str,
    pub einde: Date,
    /// `dossier`, `eigenrisicodrager` or `medisch`.
    pub termijn: &'static str,
    pub jaren: u8,
    pub vervalt_op: Date,
}

fn regel(organisatie_id: &str, organisatie: &str, r: Vervalregel) -> Regel {
    Regel {
        organisatie_id: organisatie_id.to_string(),
        organisatie: organisatie.to_string(),
        dossier_id: r.dossier_id,
        werkgever: r.werkgever,
        wat: r.wat.code(),
        einde: r.einde,
        termijn: r.grond.code(),
        jaren: r.jaren,
        vervalt_op: r.vervalt_op,
    }
}

/// What a run on `peildatum` would do (`proef`), or what a run today did.
pub fn voer_uit(store: &Store, proef: bool, peildatum: Date) -> Result<Vec<Regel>, Fout> {
    let mut regels = Vec::new();
    for (id, naam) in store.organisaties()? {
        let lijst = if proef {
            store.bewaaroverzicht(Actor { id: store::bewaartermijn::SYSTEEM, organisatie_id: &id }, peildatum)?
        } else {
            store.voer_bewaartermijnen_uit(&id, peildatum)?
        };
        regels.extend(lijst.into_iter().map(|r| regel(&id, &naam, r)));
    }
    Ok(regels)
}

/// The list as text, per organisation.
pub fn tabel(regels: &[Regel], proef: bool, peildatum: Date) -> String {
    let mut tekst = String::new();
    if regels.is_empty() {
        let _ = writeln!(
            tekst,
            "{} op {}.",
            if proef { "Niets te anonimiseren of te verwijderen" } else { "Niets geanonimiseerd of verwijderd" },
            nl(peildatum)
        );
        return tekst;
    }
    let mut organisatie = "";
    for r in regels {
        if r.organisatie_id != organisatie {
            organisatie = r.organisatie_id.as_str();
            let _ = writeln!(tekst, "{} ({}):", r.organisatie, r.organisatie_id);
        }
        let actie = match (r.wat, proef) {
            ("dossier", true) => "wordt geanonimiseerd",
            ("dossier", false) => "geanonimiseerd",
            (_, true) => "medische notities worden verwijderd",
            (_, false) => "medische notities verwijderd",
        };
        let _ = writeln!(
            tekst,
            "  dossier {}  {}  {}: einde {}, termijn {} jaar ({}), vervalt op {}",
            r.dossier_id,
            r.werkgever,
            actie,
            nl(r.einde),
            r.jaren,
            r.termijn,
            nl(r.vervalt_op)
        );
    }
    let _ = writeln!(
        tekst,
        "{} regel(s){}.",
        regels.len(),
        if proef { "; er is niets veranderd (proef)" } else { "; elk staat in het logboek" }
    );
    tekst
}

/// Runs the daily round (through the job table, so one server of several does it) every `interval`,
/// until the process ends. Errors are reported and the next tick tries again.
pub async fn op_de_achtergrond(store: Store, interval: Duration) {
    let werker = format!("spoor2-{}-{:08x}", std::process::id(), fastrand::u32(..));
    let mut tik = tokio::time::interval(interval.max(Duration::from_secs(1)));
    tik.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tik.tick().await;
        let (store, werker) = (store.clone(), werker.clone());
        let ronde = tokio::task::spawn_blocking(move || {
            let nu = jiff::Timestamp::now();
            store.bewaarronde(&werker, nu.to_zoned(web::nederland()).date(), nu.as_microsecond())
        })
        .await;
        match ronde {
            Ok(Ok(Some(gedaan))) if !gedaan.is_empty() => {
                eprintln!("bewaartermijnen: {} dossier(s) geanonimiseerd of opgeschoond", gedaan.len());
            }
            Ok(Ok(_)) => {}
            Ok(Err(e)) => eprintln!("bewaartermijnen: {e}"),
            Err(e) => eprintln!("bewaartermijnen: {e}"),
        }
    }
}
