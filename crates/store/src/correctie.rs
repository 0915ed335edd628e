//! The employee's requests to correct their data (AVG art. 16, migration 017). The employee files one per
//! dossier and part; whoever writes that part per the role matrix reads it and carries it through or refuses it
//! with a reason ([`domain::toegang::mag_correctie_afhandelen`]); the beheerder sees only how many are open and
//! how old they are. Every step is in the audit log, never the request's text.

use diesel::prelude::*;
use domain::correctie::{self, Onderdeel, Status};
use domain::toegang::{self, Doel};
use domain::waarden::Rol;
use jiff::civil::Date;
use serde_json::json;

use crate::schema::{correctieverzoeken, dossiers, gebruikers, werknemers};
use crate::verbinding::{self, Verbinding};
use crate::{
    Actor, Gegevens, Handeling, Plaats, Principaal, Store, StoreFout, nieuw_id, nu_micros, organisatie_gegevens,
    principaal, toegang_tot, weigering, wijziging,
};

/// A request as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correctieverzoek {
    pub id: String,
    pub dossier_id: String,
    pub onderdeel: Onderdeel,
    pub wat_onjuist: String,
    pub wat_juist: String,
    /// Microseconds since 1970 (UTC).
    pub ingediend: i64,
    pub status: Status,
    /// The reason of a refusal, or what was done.
    pub reden: Option<String>,
    /// The name of who settled it, and when (microseconds since 1970, UTC).
    pub afgehandeld: Option<(String, i64)>,
}

impl Correctieverzoek {
    /// The last day to answer it: one month after the day it was filed (Dutch time).
    pub fn uiterste_antwoorddatum(&self) -> Date {
        correctie::uiterste_antwoorddatum(dag(self.ingediend))
    }
}

/// An open request in the werkvoorraad of whoever settles it: whose, which part, since when; not its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCorrectieverzoek {
    pub dossier_id: String,
    pub werknemer: String,
    pub onderdeel: Onderdeel,
    pub ingediend: i64,
}

/// The day of a moment (microseconds since 1970) in the Netherlands.
pub fn dag(micros: i64) -> Date {
    let zone = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap_or(jiff::tz::TimeZone::UTC);
    jiff::Timestamp::from_microsecond(micros).map(|t| t.to_zoned(zone).date()).unwrap_or_default()
}

fn ongeldig(e: correctie::Ongeldig) -> StoreFout {
    StoreFout::Ongeldig(e.to_string())
}

fn onderdeel_van(code: &str) -> Result<Onderdeel, StoreFout> {
    Onderdeel::uit_code(code).ok_or_else(|| StoreFout::Ongeldig(format!("onbekend onderdeel in de database: {code}")))
}

/// Whether the actor settles requests about `onderdeel` of the dossier at `doel`; the product itself never does.
fn mag_afhandelen(wie: &Principaal, onderdeel: Onderdeel, doel: &Doel<'_>) -> Result<(), toegang::Geweigerd> {
    match wie {
        Principaal::Gebruiker(g) => toegang::mag_correctie_afhandelen(g, onderdeel.gegevens(), doel),
        Principaal::Systeem { .. } => Err(toegang::Geweigerd::Verboden("systeem")),
    }
}

/// The requests of a dossier, oldest first.
fn laad(c: &mut Verbinding, dossier_id: &str) -> Result<Vec<Correctieverzoek>, StoreFout> {
    type Rij = (String, String, String, String, i64, String, Option<String>, Option<String>, Option<i64>);
    let rijen: Vec<Rij> = correctieverzoeken::table
        .left_join(gebruikers::table.on(correctieverzoeken::afgehandeld_door.eq(gebruikers::id.nullable())))
        .filter(correctieverzoeken::dossier_id.eq(dossier_id))
        .order((correctieverzoeken::ingediend, correctieverzoeken::id))
        .select((
            correctieverzoeken::id,
            correctieverzoeken::onderdeel,
            correctieverzoeken::wat_onjuist,
            correctieverzoeken::wat_juist,
            correctieverzoeken::ingediend,
            correctieverzoeken::status,
            correctieverzoeken::reden,
            gebruikers::naam.nullable(),
            correctieverzoeken::afgehandeld,
        ))
        .load(c)?;
    rijen
        .into_iter()
        .map(|(id, onderdeel, wat_onjuist, wat_juist, ingediend, status, reden, door, op)| {
            Ok(Correctieverzoek {
                id,
                dossier_id: dossier_id.to_string(),
                onderdeel: onderdeel_van(&onderdeel)?,
                wat_onjuist,
                wat_juist,
                ingediend,
                status: Status::uit_code(&status)
                    .ok_or_else(|| StoreFout::Ongeldig(format!("onbekende status in de database: {status}")))?,
                reden,
                afgehandeld: op.map(|op| (door.unwrap_or_default(), op)),
            })
        })
        .collect()
}

impl Store {
    /// The employee files a request to correct a part of their dossier; returns its id.
    pub fn dien_correctieverzoek_in(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        onderdeel: Onderdeel,
        wat_onjuist: &str,
        wat_juist: &str,
    ) -> Result<String, StoreFout> {
        let (wat_onjuist, wat_juist) = correctie::controleer_verzoek(wat_onjuist, wat_juist).map_err(ongeldig)?;
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Correctieverzoek], dossier_id)?;
            diesel::insert_into(correctieverzoeken::table)
                .values((
                    correctieverzoeken::id.eq(&id),
                    correctieverzoeken::dossier_id.eq(dossier_id),
                    correctieverzoeken::onderdeel.eq(onderdeel.code()),
                    correctieverzoeken::wat_onjuist.eq(&wat_onjuist),
                    correctieverzoeken::wat_juist.eq(&wat_juist),
                    correctieverzoeken::ingediend_door.eq(actor.id),
                    correctieverzoeken::ingediend.eq(nu_micros()),
                    correctieverzoeken::status.eq(Status::Open.code()),
                ))
                .execute(c)?;
            // The request's text is personal data: the log names the part, not what was asked.
            let details = json!({"dossier": dossier_id, "onderdeel": onderdeel.code(), "status": Status::Open.code()});
            wijziging(c, actor, "correctieverzoek", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The requests of a dossier, oldest first: the employee sees all of theirs, anyone else those whose part
    /// they settle. The read is logged.
    pub fn correctieverzoeken(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Vec<Correctieverzoek>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let plaats = toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Correctieverzoek], dossier_id)?;
            let wie = principaal(c, actor)?;
            let eigen = matches!(&wie, Principaal::Gebruiker(g) if g.rol == Rol::Werknemer);
            let lijst: Vec<Correctieverzoek> = laad(c, dossier_id)?
                .into_iter()
                .filter(|v| eigen || mag_afhandelen(&wie, v.onderdeel, &plaats.doel()).is_ok())
                .collect();
            gelezen.dossier(dossier_id, &plaats.werknemer_id, context, &["correctieverzoeken"]);
            Ok(lijst)
        })
    }

    /// Whoever writes the request's part carries it through (`Doorgevoerd`) or refuses it (`Afgewezen`, with a
    /// reason), once. Returns the dossier's id.
    pub fn handel_correctieverzoek_af(
        &self,
        actor: Actor<'_>,
        verzoek_id: &str,
        uitkomst: Status,
        reden: &str,
    ) -> Result<String, StoreFout> {
        self.schrijf(|c| {
            let (dossier_id, onderdeel, status): (String, String, String) = correctieverzoeken::table
                .inner_join(dossiers::table.on(dossiers::id.eq(correctieverzoeken::dossier_id)))
                .filter(correctieverzoeken::id.eq(verzoek_id))
                .filter(dossiers::organisatie_id.eq(actor.organisatie_id))
                .select((correctieverzoeken::dossier_id, correctieverzoeken::onderdeel, correctieverzoeken::status))
                .first(c)
                .optional()?
                .ok_or(StoreFout::NietGevonden("correctieverzoek"))?;
            let onderdeel = onderdeel_van(&onderdeel)?;
            let plaats = Plaats::laad(c, &dossier_id)?;
            let wie = principaal(c, actor)?;
            mag_afhandelen(&wie, onderdeel, &plaats.doel())
                .map_err(|e| weigering(e, onderdeel.gegevens(), "correctieverzoek"))?;
            // Checked after the policy: a role that may not settle learns nothing from the form's faults.
            let reden = correctie::controleer_afhandeling(uitkomst, reden).map_err(ongeldig)?;
            if status != Status::Open.code() {
                return Err(StoreFout::Ongeldig("dit verzoek is al afgehandeld".into()));
            }
            diesel::update(correctieverzoeken::table.find(verzoek_id))
                .set((
                    correctieverzoeken::status.eq(uitkomst.code()),
                    correctieverzoeken::reden.eq(&reden),
                    correctieverzoeken::afgehandeld_door.eq(actor.id),
                    correctieverzoeken::afgehandeld.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({
                "dossier": dossier_id,
                "onderdeel": onderdeel.code(),
                "status": uitkomst.code(),
                "met_reden": reden.is_some(),
            });
            wijziging(c, actor, "correctieverzoek", verzoek_id, Some(&plaats.werknemer_id), details)?;
            Ok(dossier_id.clone())
        })
    }

    /// The open requests the actor settles, across the dossiers in their scope, oldest first: whose, which part
    /// and since when, for the werkvoorraad (like the dossier list, not a read of the requests).
    pub fn te_behandelen_correctieverzoeken(&self, actor: Actor<'_>) -> Result<Vec<OpenCorrectieverzoek>, StoreFout> {
        te_behandelen(&mut *self.verbinding()?, actor, None)
    }

    /// When each open request of the organisation was filed (oldest first): for the beheerder, who watches the
    /// one-month answer term but reads neither whose nor what.
    pub fn open_correctieverzoeken(&self, actor: Actor<'_>) -> Result<Vec<i64>, StoreFout> {
        let c = &mut *self.verbinding()?;
        organisatie_gegevens(c, actor, Handeling::Lezen, Gegevens::Beheer)?;
        Ok(correctieverzoeken::table
            .inner_join(dossiers::table.on(dossiers::id.eq(correctieverzoeken::dossier_id)))
            .filter(dossiers::organisatie_id.eq(actor.organisatie_id))
            .filter(correctieverzoeken::status.eq(Status::Open.code()))
            .order(correctieverzoeken::ingediend)
            .select(correctieverzoeken::ingediend)
            .load(c)?)
    }
}

/// [`Store::te_behandelen_correctieverzoeken`] on `c`; `wie` is the actor to the policy where the caller
/// has read it already.
pub(crate) fn te_behandelen(
    c: &mut Verbinding,
    actor: Actor<'_>,
    wie: Option<&Principaal>,
) -> Result<Vec<OpenCorrectieverzoek>, StoreFout> {
    type Rij = (String, String, Option<String>, String, String, String, String, i64);
    let vraag = correctieverzoeken::table
        .inner_join(dossiers::table.on(dossiers::id.eq(correctieverzoeken::dossier_id)))
        .inner_join(werknemers::table.on(werknemers::id.eq(dossiers::werknemer_id)))
        .filter(dossiers::organisatie_id.eq(actor.organisatie_id))
        .filter(correctieverzoeken::status.eq(Status::Open.code()))
        .order((correctieverzoeken::ingediend, correctieverzoeken::id))
        .select((
            dossiers::id,
            dossiers::werknemer_id,
            dossiers::coach_id,
            werknemers::werkgever_id,
            werknemers::voornaam,
            werknemers::achternaam,
            correctieverzoeken::onderdeel,
            correctieverzoeken::ingediend,
        ));
    let rijen: Vec<Rij> = verbinding::laad(c, vraag)?;
    // Asked on every werkvoorraad view, and mostly nothing is open: the policy is read only when
    // there is something for it to decide.
    if rijen.is_empty() {
        return Ok(Vec::new());
    }
    let eigen;
    let wie = match wie {
        Some(wie) => wie,
        None => {
            eigen = principaal(c, actor)?;
            &eigen
        }
    };
    let mut open = Vec::new();
    for (dossier_id, werknemer_id, coach_id, werkgever_id, voornaam, achternaam, onderdeel, ingediend) in rijen {
        let onderdeel = onderdeel_van(&onderdeel)?;
        let doel = Doel {
            organisatie_id: actor.organisatie_id,
            werkgever_id: &werkgever_id,
            werknemer_id: &werknemer_id,
            coach_id: coach_id.as_deref(),
        };
        if mag_afhandelen(wie, onderdeel, &doel).is_ok() {
            open.push(OpenCorrectieverzoek {
                dossier_id,
                werknemer: format!("{voornaam} {achternaam}"),
                onderdeel,
                ingediend,
            });
        }
    }
    Ok(open)
}
