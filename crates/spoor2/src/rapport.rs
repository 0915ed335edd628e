//! `spoor2 dossiers` and `spoor2 rapport`: the stored dossiers with their ids, and a report of one
//! dossier written to a PDF file. The reads go through the store's policy: as the product itself
//! (`systeem:cli`), or with `--als` as a user of the organisation (the RIV needs that: it carries the
//! BSN, which the product itself never reads).

use std::fmt::Write as _;
use std::path::Path;

use jiff::civil::Date;
use report::{Eindverhaal, Rapport, RivInstellingen, Voortgangsverhaal};
use serde::Serialize;
use store::{Actor, Store};

use crate::Fout;

pub const SYSTEEM: &str = "systeem:cli";

#[derive(Debug, Serialize)]
pub struct DossierRegel {
    pub id: String,
    pub organisatie: String,
    pub werkgever: String,
    pub werknemer: String,
    pub coach: Option<String>,
}

/// Every stored dossier, per organisation.
pub fn dossiers(store: &Store) -> Result<Vec<DossierRegel>, Fout> {
    let mut uit = Vec::new();
    for (organisatie_id, naam) in store.organisaties()? {
        let actor = Actor { id: SYSTEEM, organisatie_id: &organisatie_id };
        for d in store.dossiers(actor)? {
            uit.push(DossierRegel {
                id: d.id,
                organisatie: naam.clone(),
                werkgever: d.werkgever,
                werknemer: d.werknemer,
                coach: d.coach,
            });
        }
    }
    Ok(uit)
}

pub fn tabel(regels: &[DossierRegel]) -> String {
    let mut t = format!("{:<36}  {:<26}  {:<26}  {}\n", "Dossier", "Werknemer", "Werkgever", "Coach");
    for r in regels {
        let _ = writeln!(
            t,
            "{:<36}  {:<26}  {:<26}  {}",
            r.id,
            r.werknemer,
            r.werkgever,
            r.coach.as_deref().unwrap_or("—")
        );
    }
    t
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Welk {
    Voortgang,
    Eind,
    Riv,
}

pub struct Keuze<'a> {
    pub welk: Welk,
    pub dossier: &'a str,
    pub uit: &'a Path,
    pub als: Option<&'a str>,
    pub van: Option<Date>,
    pub tot: Option<Date>,
    pub datum: Date,
}

/// The organisation holding the dossier, and the actor to read it as.
fn actor_voor(store: &Store, dossier: &str, als: Option<&str>) -> Result<(String, String), Fout> {
    for (organisatie_id, _) in store.organisaties()? {
        let systeem = Actor { id: SYSTEEM, organisatie_id: &organisatie_id };
        if !store.dossiers(systeem)?.iter().any(|d| d.id == dossier) {
            continue;
        }
        let id = match als {
            None => SYSTEEM.to_string(),
            Some(email) => store
                .gebruikers(systeem)?
                .into_iter()
                .find(|g| g.email.eq_ignore_ascii_case(email))
                .map(|g| g.id)
                .ok_or_else(|| Fout::Invoer(format!("geen gebruiker '{email}' in de organisatie van dit dossier")))?,
        };
        return Ok((id, organisatie_id));
    }
    Err(Fout::Invoer(format!("geen dossier met id '{dossier}' (zie spoor2 dossiers)")))
}

/// Builds the report.
pub fn maak(store: &Store, k: &Keuze<'_>) -> Result<Rapport, Fout> {
    let (id, organisatie_id) = actor_voor(store, k.dossier, k.als)?;
    let actor = Actor { id: &id, organisatie_id: &organisatie_id };
    let rapport = match k.welk {
        Welk::Voortgang => {
            let traject = store
                .traject(actor, k.dossier, "voortgangsrapportage")?
                .ok_or_else(|| Fout::Invoer("dit dossier heeft (nog) geen spoor 2-traject".into()))?;
            let tot = k.tot.unwrap_or(k.datum);
            let vorige = store
                .rapporten(actor, k.dossier, "voortgangsrapportage")?
                .iter()
                .filter(|r| r.soort == "voortgangsrapportage")
                .map(|r| r.tot)
                .max();
            let van = k.van.unwrap_or_else(|| report::laden::standaard_periode(&traject, vorige, tot));
            report::laden::voortgang(store, actor, k.dossier, van, tot, k.datum, &Voortgangsverhaal::default())
        }
        Welk::Eind => report::laden::eind(store, actor, k.dossier, k.datum, &Eindverhaal::default()),
        Welk::Riv => report::laden::riv(store, actor, k.dossier, k.datum, RivInstellingen::default()),
    };
    rapport.map_err(|e| match e {
        report::RapportFout::Store(store::StoreFout::Geweigerd(m)) if id == SYSTEEM => Fout::Invoer(format!(
            "{m}: het re-integratieverslag draagt het BSN; maak het met --als E-MAIL namens een werkgever of coach"
        )),
        report::RapportFout::Store(e) => e.into(),
        report::RapportFout::Ongeldig(m) => Fout::Invoer(m),
        e => Fout::Intern(e.into()),
    })
}

/// Builds the report and writes its PDF to `k.uit`.
pub fn schrijf(store: &Store, k: &Keuze<'_>) -> Result<String, Fout> {
    let rapport = maak(store, k)?;
    let pdf = rapport.pdf().map_err(|e| Fout::Intern(e.into()))?;
    std::fs::write(k.uit, &pdf)?;
    Ok(format!("{} geschreven naar {} ({} bytes).\n", rapport.titel, k.uit.display(), pdf.len()))
}
