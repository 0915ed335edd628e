//! Generated reports in the dossier: the coach stores a voortgangsrapportage or eindrapportage (a PDF, as
//! a document of the dossier under the traject's write right), and the employee and the coach each
//! acknowledge it; who and when is kept with the document's SHA-256, and once both did, the document
//! counts as signed by both (for the RIV check).

use diesel::prelude::*;
use diesel::result::DatabaseErrorKind;
use domain::waarden::Rol;
use jiff::civil::Date;
use serde_json::json;

use crate::schema::{documenten, gebruikers, inhoud, rapporten};
use crate::verbinding::Verbinding;
use crate::{
    Actor, Gegevens, Handeling, Plaats, Principaal, Store, StoreFout, datum, nieuw_id, nu_micros, principaal,
    toegang_tot, wijziging,
};

/// The kinds of report stored this way.
pub const SOORTEN: [&str; 2] = ["voortgangsrapportage", "eindrapportage"];

/// A report to store.
#[derive(Debug, Clone)]
pub struct NieuwRapport {
    /// `voortgangsrapportage` or `eindrapportage`.
    pub soort: String,
    pub titel: String,
    pub van: Date,
    pub tot: Date,
    /// The report's date.
    pub datum: Date,
    /// The coach's narrative parts, as JSON.
    pub verhaal: serde_json::Value,
    pub pdf: Vec<u8>,
}

/// A stored report with its acknowledgements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rapport {
    pub id: String,
    pub document_id: String,
    pub soort: String,
    pub titel: String,
    pub van: Date,
    pub tot: Date,
    pub sha256: String,
    pub verhaal: String,
    pub gemaakt: i64,
    /// (name, microseconds since 1970) of the employee's acknowledgement.
    pub werknemer_akkoord: Option<(String, i64)>,
    pub coach_akkoord: Option<(String, i64)>,
}

impl Rapport {
    pub fn bevestigd(&self) -> bool {
        self.werknemer_akkoord.is_some() && self.coach_akkoord.is_some()
    }
}

fn naam_van(c: &mut Verbinding, id: &str) -> Result<String, StoreFout> {
    Ok(gebruikers::table.find(id).select(gebruikers::naam).first(c).optional()?.unwrap_or_else(|| id.to_string()))
}

impl Store {
    /// The coach stores a generated report in the dossier (as a PDF document) and returns its id.
    pub fn leg_rapport_vast(&self, actor: Actor<'_>, dossier_id: &str, r: &NieuwRapport) -> Result<String, StoreFout> {
        use sha2::Digest;
        if !SOORTEN.contains(&r.soort.as_str()) {
            return Err(StoreFout::Ongeldig(format!("onbekende soort rapport: {}", r.soort)));
        }
        if r.van > r.tot {
            return Err(StoreFout::Ongeldig("de periode begint na het einde".into()));
        }
        if !r.pdf.starts_with(b"%PDF-") {
            return Err(StoreFout::Ongeldig("een rapport wordt als PDF bewaard".into()));
        }
        let sha256 = hex::encode(sha2::Sha256::digest(&r.pdf));
        let (id, document_id) = (nieuw_id(), nieuw_id());
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            let auteur = naam_van(c, actor.id)?;
            let bestaat: i64 = inhoud::table.filter(inhoud::sha256.eq(&sha256)).count().get_result(c)?;
            if bestaat == 0 {
                let nieuw = c.transaction(|c| {
                    diesel::insert_into(inhoud::table)
                        .values((inhoud::sha256.eq(&sha256), inhoud::bytes.eq(&r.pdf)))
                        .execute(c)
                });
                match nieuw {
                    Ok(_) | Err(diesel::result::Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => {}
                    Err(e) => return Err(e.into()),
                }
            }
            let nu = nu_micros();
            diesel::insert_into(documenten::table)
                .values((
                    documenten::id.eq(&document_id),
                    documenten::dossier_id.eq(dossier_id),
                    documenten::soort.eq(&r.soort),
                    documenten::titel.eq(&r.titel),
                    documenten::datum.eq(r.datum.to_string()),
                    documenten::auteur.eq(&auteur),
                    documenten::ondertekend_door.eq(None::<String>),
                    documenten::bestandsnaam.eq(format!("{}-{}.pdf", r.soort, r.tot)),
                    documenten::mediatype.eq("application/pdf"),
                    documenten::sha256.eq(&sha256),
                    documenten::medisch.eq(false),
                    documenten::vastgelegd.eq(nu),
                ))
                .execute(c)?;
            diesel::insert_into(rapporten::table)
                .values((
                    rapporten::id.eq(&id),
                    rapporten::dossier_id.eq(dossier_id),
                    rapporten::document_id.eq(&document_id),
                    rapporten::soort.eq(&r.soort),
                    rapporten::van.eq(r.van.to_string()),
                    rapporten::tot.eq(r.tot.to_string()),
                    rapporten::verhaal.eq(r.verhaal.to_string()),
                    rapporten::sha256.eq(&sha256),
                    rapporten::gemaakt_door.eq(actor.id),
                    rapporten::gemaakt.eq(nu),
                ))
                .execute(c)?;
            let details = json!({"dossier": dossier_id, "soort": r.soort, "van": r.van.to_string(), "tot": r.tot.to_string(), "sha256": sha256});
            wijziging(c, actor, "rapport", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The stored reports of a dossier, oldest first; the read is logged.
    pub fn rapporten(&self, actor: Actor<'_>, dossier_id: &str, context: &str) -> Result<Vec<Rapport>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Traject], dossier_id)?;
            let lijst = laad(c, dossier_id)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["rapporten"]);
            Ok(lijst)
        })
    }

    /// The employee (in their portal) or the coach (on the traject page) acknowledges a report. Each
    /// acknowledges once; the document is signed by both once both did. Returns the dossier's id.
    pub fn bevestig_rapport(&self, actor: Actor<'_>, rapport_id: &str) -> Result<String, StoreFout> {
        self.schrijf(|c| {
            let dossier_id: String = rapporten::table
                .inner_join(crate::schema::dossiers::table.on(crate::schema::dossiers::id.eq(rapporten::dossier_id)))
                .filter(rapporten::id.eq(rapport_id))
                .filter(crate::schema::dossiers::organisatie_id.eq(actor.organisatie_id))
                .select(rapporten::dossier_id)
                .first(c)
                .optional()?
                .ok_or(StoreFout::NietGevonden("rapport"))?;
            let rol = match principaal(c, actor)? {
                Principaal::Gebruiker(g) => g.rol,
                Principaal::Systeem { .. } => {
                    return Err(StoreFout::Geweigerd("alleen de werknemer en de coach bevestigen een rapportage"));
                }
            };
            let (gegevens, werknemer) = match rol {
                Rol::Werknemer => (Gegevens::EigenTrajectinvoer, true),
                Rol::Coach => (Gegevens::Traject, false),
                _ => {
                    // Inside the scope a refusal, outside it "not found", as everywhere.
                    toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Traject], &dossier_id)?;
                    return Err(StoreFout::Geweigerd("alleen de werknemer en de coach bevestigen een rapportage"));
                }
            };
            let Plaats { werknemer_id, .. } = toegang_tot(c, actor, Handeling::Schrijven, &[gegevens], &dossier_id)?;
            let r = laad(c, &dossier_id)?
                .into_iter()
                .find(|r| r.id == rapport_id)
                .ok_or(StoreFout::NietGevonden("rapport"))?;
            let al = if werknemer { &r.werknemer_akkoord } else { &r.coach_akkoord };
            if al.is_some() {
                return Err(StoreFout::Ongeldig("u heeft deze rapportage al bevestigd".into()));
            }
            let nu = nu_micros();
            if werknemer {
                diesel::update(rapporten::table.find(rapport_id))
                    .set((rapporten::werknemer_akkoord_door.eq(actor.id), rapporten::werknemer_akkoord.eq(nu)))
                    .execute(c)?;
            } else {
                diesel::update(rapporten::table.find(rapport_id))
                    .set((rapporten::coach_akkoord_door.eq(actor.id), rapporten::coach_akkoord.eq(nu)))
                    .execute(c)?;
            }
            let r = laad(c, &dossier_id)?
                .into_iter()
                .find(|r| r.id == rapport_id)
                .ok_or(StoreFout::NietGevonden("rapport"))?;
            if let (Some((wn, _)), Some((coach, _))) = (&r.werknemer_akkoord, &r.coach_akkoord) {
                diesel::update(documenten::table.find(&r.document_id))
                    .set(documenten::ondertekend_door.eq(format!("{wn} (werknemer), {coach} (re-integratiecoach)")))
                    .execute(c)?;
            }
            let details = json!({"dossier": dossier_id, "bevestigd_als": rol.code(), "sha256": r.sha256});
            wijziging(c, actor, "rapport", rapport_id, Some(&werknemer_id), details)?;
            Ok(dossier_id.clone())
        })
    }
}

/// The reports of a dossier, oldest first, with the names of who acknowledged.
fn laad(c: &mut Verbinding, dossier_id: &str) -> Result<Vec<Rapport>, StoreFout> {
    type Rij = (
        (String, String, String, String, String, String, String),
        (String, i64, Option<String>, Option<i64>, Option<String>, Option<i64>),
        String,
    );
    let rijen: Vec<Rij> = rapporten::table
        .inner_join(documenten::table.on(documenten::id.eq(rapporten::document_id)))
        .filter(rapporten::dossier_id.eq(dossier_id))
        .order(rapporten::gemaakt)
        .select((
            (
                rapporten::id,
                rapporten::document_id,
                rapporten::soort,
                rapporten::van,
                rapporten::tot,
                rapporten::sha256,
                rapporten::verhaal,
            ),
            (
                documenten::titel,
                rapporten::gemaakt,
                rapporten::werknemer_akkoord_door,
                rapporten::werknemer_akkoord,
                rapporten::coach_akkoord_door,
                rapporten::coach_akkoord,
            ),
            documenten::sha256,
        ))
        .load(c)?;
    let mut uit = Vec::with_capacity(rijen.len());
    for ((id, document_id, soort, van, tot, sha256, verhaal), (titel, gemaakt, wn, wn_op, coach, coach_op), _) in rijen
    {
        let akkoord = |c: &mut Verbinding, door: Option<String>, op: Option<i64>| -> Result<_, StoreFout> {
            Ok(match (door, op) {
                (Some(d), Some(op)) => Some((naam_van(c, &d)?, op)),
                _ => None,
            })
        };
        uit.push(Rapport {
            werknemer_akkoord: akkoord(c, wn, wn_op)?,
            coach_akkoord: akkoord(c, coach, coach_op)?,
            id,
            document_id,
            soort,
            titel,
            van: datum(&van)?,
            tot: datum(&tot)?,
            sha256,
            verhaal,
            gemaakt,
        });
    }
    Ok(uit)
}
