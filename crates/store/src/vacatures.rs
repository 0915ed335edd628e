//! The organisation's vacancies, and sharing an employee's profile with a prospective employer.
//!
//! Vacancies hold no personal data; the store keeps each one's `JobPosting` whole and the matcher reads it
//! again, so what was imported is what is matched. An import is one transaction: all its vacancies or none.
//! Sharing the profile needs the employee's own recorded consent; every share is kept and logged.

use diesel::prelude::*;
use domain::waarden::Rol;
use serde_json::json;

use crate::schema::{gebruikers, profieldelingen, profieltoestemmingen, vacatures};
use crate::{
    Actor, Gegevens, Handeling, Plaats, Store, StoreFout, Verbinding, nieuw_id, nu_micros, organisatie_gegevens,
    toegang_tot, wijziging,
};

/// A vacancy as imported or stored: its reference (the posting's identifier), title and `JobPosting` JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpgeslagenVacature {
    pub referentie: String,
    pub titel: String,
    pub posting: String,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Vacatureimport {
    pub nieuw: usize,
    pub bijgewerkt: usize,
    /// Vacancies not in the file, removed because the import replaced all.
    pub verwijderd: usize,
}

/// The employee's latest word on sharing their profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profieltoestemming {
    pub gegeven: bool,
    /// Microseconds since 1970 (UTC).
    pub vastgelegd: i64,
}

/// One time the profile was shared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profieldeling {
    pub referentie: String,
    pub naam: String,
    /// The name of who shared it.
    pub door: String,
    pub gedeeld: i64,
}

impl Store {
    /// Imports vacancies in one transaction: a vacancy with a reference already stored replaces it; with
    /// `vervang`, stored vacancies not in the import are removed.
    pub fn importeer_vacatures(
        &self,
        actor: Actor<'_>,
        lijst: &[OpgeslagenVacature],
        vervang: bool,
    ) -> Result<Vacatureimport, StoreFout> {
        let mut referenties = std::collections::HashSet::new();
        for v in lijst {
            if v.referentie.trim().is_empty() || v.titel.trim().is_empty() {
                return Err(StoreFout::Ongeldig("een vacature heeft een referentie en een titel".into()));
            }
            if !referenties.insert(v.referentie.as_str()) {
                return Err(StoreFout::Ongeldig(format!("vacature '{}' staat twee keer in de import", v.referentie)));
            }
        }
        self.schrijf(|c| {
            organisatie_gegevens(c, actor, Handeling::Schrijven, Gegevens::Vacatures)?;
            let bestaand: Vec<String> = vacatures::table
                .filter(vacatures::organisatie_id.eq(actor.organisatie_id))
                .select(vacatures::referentie)
                .load(c)?;
            let mut uit = Vacatureimport::default();
            if vervang {
                let weg: Vec<&String> = bestaand.iter().filter(|r| !referenties.contains(r.as_str())).collect();
                uit.verwijderd = weg.len();
                for deel in weg.chunks(500) {
                    diesel::delete(
                        vacatures::table
                            .filter(vacatures::organisatie_id.eq(actor.organisatie_id))
                            .filter(vacatures::referentie.eq_any(deel)),
                    )
                    .execute(c)?;
                }
            }
            let moment = nu_micros();
            for v in lijst {
                let gevonden = bestaand.contains(&v.referentie);
                if gevonden {
                    uit.bijgewerkt += 1;
                    diesel::update(
                        vacatures::table
                            .filter(vacatures::organisatie_id.eq(actor.organisatie_id))
                            .filter(vacatures::referentie.eq(&v.referentie)),
                    )
                    .set((
                        vacatures::titel.eq(&v.titel),
                        vacatures::posting.eq(&v.posting),
                        vacatures::geimporteerd.eq(moment),
                    ))
                    .execute(c)?;
                } else {
                    uit.nieuw += 1;
                    diesel::insert_into(vacatures::table)
                        .values((
                            vacatures::id.eq(nieuw_id()),
                            vacatures::organisatie_id.eq(actor.organisatie_id),
                            vacatures::referentie.eq(&v.referentie),
                            vacatures::titel.eq(&v.titel),
                            vacatures::posting.eq(&v.posting),
                            vacatures::geimporteerd.eq(moment),
                        ))
                        .execute(c)?;
                }
            }
            let details = json!({"nieuw": uit.nieuw, "bijgewerkt": uit.bijgewerkt, "verwijderd": uit.verwijderd});
            wijziging(c, actor, "vacatures", actor.organisatie_id, None, details)?;
            Ok(uit)
        })
    }

    /// The organisation's vacancies, by reference.
    pub fn vacatures(&self, actor: Actor<'_>) -> Result<Vec<OpgeslagenVacature>, StoreFout> {
        let c = &mut *self.verbinding()?;
        organisatie_gegevens(c, actor, Handeling::Lezen, Gegevens::Vacatures)?;
        let rijen: Vec<(String, String, String)> = vacatures::table
            .filter(vacatures::organisatie_id.eq(actor.organisatie_id))
            .order(vacatures::referentie)
            .select((vacatures::referentie, vacatures::titel, vacatures::posting))
            .load(c)?;
        Ok(rijen
            .into_iter()
            .map(|(referentie, titel, posting)| OpgeslagenVacature { referentie, titel, posting })
            .collect())
    }

    /// A value that changes with every import: the number of vacancies and the latest import time. An index
    /// built from [`Store::vacatures`] is current while this is unchanged.
    pub fn vacatureversie(&self, actor: Actor<'_>) -> Result<(i64, i64), StoreFout> {
        let c = &mut *self.verbinding()?;
        organisatie_gegevens(c, actor, Handeling::Lezen, Gegevens::Vacatures)?;
        let (aantal, laatst): (i64, Option<i64>) = vacatures::table
            .filter(vacatures::organisatie_id.eq(actor.organisatie_id))
            .select((diesel::dsl::count_star(), diesel::dsl::max(vacatures::geimporteerd)))
            .first(c)?;
        Ok((aantal, laatst.unwrap_or(0)))
    }

    /// The employee gives or withdraws consent to share their profile with prospective employers. Only the
    /// employee themselves can.
    pub fn leg_profieltoestemming_vast(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        gegeven: bool,
    ) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::EigenTrajectinvoer], dossier_id)?;
            if crate::traject::rol(c, actor)? != Some(Rol::Werknemer) {
                return Err(StoreFout::Geweigerd("alleen de werknemer zelf geeft of trekt toestemming in"));
            }
            let id = nieuw_id();
            diesel::insert_into(profieltoestemmingen::table)
                .values((
                    profieltoestemmingen::id.eq(&id),
                    profieltoestemmingen::dossier_id.eq(dossier_id),
                    profieltoestemmingen::gegeven.eq(gegeven),
                    profieltoestemmingen::door.eq(actor.id),
                    profieltoestemmingen::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"dossier": dossier_id, "gegeven": gegeven});
            wijziging(c, actor, "profieltoestemming", &id, Some(&werknemer_id), details)
        })
    }

    /// The latest consent of the dossier's employee, if they ever gave or withdrew it; the read is logged.
    pub fn profieltoestemming(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Option<Profieltoestemming>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::EigenTrajectinvoer], dossier_id)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["profieltoestemming"]);
            laatste_toestemming(c, dossier_id)
        })
    }

    /// The coach shares the profile for a vacancy: refused unless the employee's latest word is consent.
    pub fn deel_profiel(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        referentie: &str,
        naam: &str,
    ) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            if !laatste_toestemming(c, dossier_id)?.is_some_and(|t| t.gegeven) {
                return Err(StoreFout::Ongeldig(
                    "de werknemer heeft geen toestemming gegeven om het profiel met werkgevers te delen".into(),
                ));
            }
            let id = nieuw_id();
            diesel::insert_into(profieldelingen::table)
                .values((
                    profieldelingen::id.eq(&id),
                    profieldelingen::dossier_id.eq(dossier_id),
                    profieldelingen::referentie.eq(referentie),
                    profieldelingen::naam.eq(naam),
                    profieldelingen::door.eq(actor.id),
                    profieldelingen::gedeeld.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"dossier": dossier_id, "vacature": referentie});
            wijziging(c, actor, "profieldeling", &id, Some(&werknemer_id), details)
        })
    }

    /// Every time the profile was shared, oldest first; the read is logged.
    pub fn profieldelingen(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Vec<Profieldeling>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::EigenTrajectinvoer], dossier_id)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["profieldelingen"]);
            let rijen: Vec<(String, String, Option<String>, i64)> = profieldelingen::table
                .left_join(gebruikers::table.on(gebruikers::id.eq(profieldelingen::door)))
                .filter(profieldelingen::dossier_id.eq(dossier_id))
                .order(profieldelingen::gedeeld)
                .select((
                    profieldelingen::referentie,
                    profieldelingen::naam,
                    gebruikers::naam.nullable(),
                    profieldelingen::gedeeld,
                ))
                .load(c)?;
            Ok(rijen
                .into_iter()
                .map(|(referentie, naam, door, gedeeld)| Profieldeling {
                    referentie,
                    naam,
                    door: door.unwrap_or_default(),
                    gedeeld,
                })
                .collect())
        })
    }
}

fn laatste_toestemming(c: &mut Verbinding, dossier_id: &str) -> Result<Option<Profieltoestemming>, StoreFout> {
    Ok(profieltoestemmingen::table
        .filter(profieltoestemmingen::dossier_id.eq(dossier_id))
        .order(profieltoestemmingen::vastgelegd.desc())
        .select((profieltoestemmingen::gegeven, profieltoestemmingen::vastgelegd))
        .first::<(bool, i64)>(c)
        .optional()?
        .map(|(gegeven, vastgelegd)| Profieltoestemming { gegeven, vastgelegd }))
}
