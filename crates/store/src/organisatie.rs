//! Beheer of an organisation: its employers, the employees a werknemer-account can belong to, and
//! the coaches' caseloads. Only the beheerder (the policy's [`Gegevens::Beheer`](crate::Gegevens)).

use diesel::prelude::*;
use domain::waarden::Rol;
use serde_json::json;

use crate::schema::{dossiers, gebruikers, organisatielogos, werkgevers, werknemers};
use crate::verbinding::Verbinding;
use crate::{Actor, Store, StoreFout, beheer, nu_micros, wijziging};

/// An employer of the organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WerkgeverRegel {
    pub id: String,
    pub naam: String,
    pub eigenrisicodrager: bool,
}

/// An employee of the organisation, for linking an account: id, name, employer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WerknemerRegel {
    pub id: String,
    pub naam: String,
    pub werkgever: String,
}

impl Store {
    /// The organisation's employers (beheerder).
    pub fn werkgevers(&self, actor: Actor<'_>) -> Result<Vec<WerkgeverRegel>, StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            let rijen: Vec<(String, String, bool)> = werkgevers::table
                .filter(werkgevers::organisatie_id.eq(actor.organisatie_id))
                .order(werkgevers::naam)
                .select((werkgevers::id, werkgevers::naam, werkgevers::eigenrisicodrager))
                .load(c)?;
            Ok(rijen
                .into_iter()
                .map(|(id, naam, eigenrisicodrager)| WerkgeverRegel { id, naam, eigenrisicodrager })
                .collect())
        })
    }

    /// The organisation's employees, for linking a werknemer-account (beheerder).
    pub fn werknemers(&self, actor: Actor<'_>) -> Result<Vec<WerknemerRegel>, StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            let rijen: Vec<(String, String, String, String)> = werknemers::table
                .inner_join(werkgevers::table.on(werkgevers::id.eq(werknemers::werkgever_id)))
                .filter(werkgevers::organisatie_id.eq(actor.organisatie_id))
                .order((werknemers::achternaam, werknemers::voornaam))
                .select((werknemers::id, werknemers::voornaam, werknemers::achternaam, werkgevers::naam))
                .load(c)?;
            Ok(rijen
                .into_iter()
                .map(|(id, voornaam, achternaam, werkgever)| WerknemerRegel {
                    id,
                    naam: format!("{voornaam} {achternaam}"),
                    werkgever,
                })
                .collect())
        })
    }

    /// Records whether an employer bears its own Ziektewet risk (eigenrisicodrager), which sets the
    /// retention term of its dossiers (beheerder).
    pub fn stel_eigenrisicodrager_in(
        &self,
        actor: Actor<'_>,
        werkgever_id: &str,
        eigenrisicodrager: bool,
    ) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            crate::eigen_werkgever(c, actor, werkgever_id)?;
            diesel::update(werkgevers::table.find(werkgever_id))
                .set(werkgevers::eigenrisicodrager.eq(eigenrisicodrager))
                .execute(c)?;
            wijziging(c, actor, "werkgever", werkgever_id, None, json!({"eigenrisicodrager": eigenrisicodrager}))
        })
    }

    /// Puts a dossier in a coach's caseload, or takes it out of every caseload (`None`).
    pub fn wijs_coach_toe(&self, actor: Actor<'_>, dossier_id: &str, coach_id: Option<&str>) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            let werknemer_id = eigen_dossier(c, actor, dossier_id)?;
            if let Some(coach) = coach_id {
                eigen_coach(c, actor, coach)?;
            }
            diesel::update(dossiers::table.find(dossier_id)).set(dossiers::coach_id.eq(coach_id)).execute(c)?;
            wijziging(c, actor, "caseload", dossier_id, Some(&werknemer_id), json!({"coach": coach_id}))
        })
    }
}

/// The dossier's employee, if the dossier is the organisation's.
fn eigen_dossier(c: &mut Verbinding, actor: Actor<'_>, dossier_id: &str) -> Result<String, StoreFout> {
    dossiers::table
        .filter(dossiers::id.eq(dossier_id))
        .filter(dossiers::organisatie_id.eq(actor.organisatie_id))
        .select(dossiers::werknemer_id)
        .first(c)
        .optional()?
        .ok_or(StoreFout::NietGevonden("dossier"))
}

fn eigen_coach(c: &mut Verbinding, actor: Actor<'_>, coach_id: &str) -> Result<(), StoreFout> {
    let rol: Option<String> = gebruikers::table
        .filter(gebruikers::id.eq(coach_id))
        .filter(gebruikers::organisatie_id.eq(actor.organisatie_id))
        .select(gebruikers::rol)
        .first(c)
        .optional()?;
    match rol {
        None => Err(StoreFout::NietGevonden("gebruiker")),
        Some(r) if r == Rol::Coach.code() => Ok(()),
        Some(_) => Err(StoreFout::Ongeldig("alleen een coach heeft een caseload".into())),
    }
}

/// The largest logo taken: it goes on the head of every report.
pub const MAX_LOGO: usize = 512 * 1024;

impl Store {
    /// The beheerder sets the organisation's logo (PNG or JPEG, at most [`MAX_LOGO`] bytes), replacing the old one.
    pub fn stel_logo_in(&self, actor: Actor<'_>, mediatype: &str, bytes: &[u8]) -> Result<(), StoreFout> {
        if !matches!(mediatype, "image/png" | "image/jpeg") || bytes.is_empty() || bytes.len() > MAX_LOGO {
            return Err(StoreFout::Ongeldig("een logo is een PNG- of JPEG-bestand van hoogstens 512 kB".into()));
        }
        self.schrijf(|c| {
            beheer(c, actor)?;
            diesel::delete(organisatielogos::table.find(actor.organisatie_id)).execute(c)?;
            diesel::insert_into(organisatielogos::table)
                .values((
                    organisatielogos::organisatie_id.eq(actor.organisatie_id),
                    organisatielogos::mediatype.eq(mediatype),
                    organisatielogos::bytes.eq(bytes),
                    organisatielogos::gewijzigd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"mediatype": mediatype, "bytes": bytes.len()});
            wijziging(c, actor, "logo", actor.organisatie_id, None, details)
        })
    }

    /// The actor's organisation's logo (media type and bytes), if it has one; it is no personal data.
    pub fn logo(&self, actor: Actor<'_>) -> Result<Option<(String, Vec<u8>)>, StoreFout> {
        Ok(organisatielogos::table
            .find(actor.organisatie_id)
            .select((organisatielogos::mediatype, organisatielogos::bytes))
            .first(&mut *self.verbinding()?)
            .optional()?)
    }
}
