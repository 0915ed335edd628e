//! Reminders: each user's choice for reminders by e-mail, the secret address of their calendar feed
//! (only its SHA-256 is kept, like an API token), and their in-app notifications (meldingen).

use base64::Engine;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselFout};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::aanmelden::eigen_gebruiker;
use crate::schema::{gebruikers, herinneringsvoorkeuren, logboek, meldingen, organisaties};
use crate::{Actor, Store, StoreFout, nieuw_id, nu_micros, verbinding, wijziging};

/// Every calendar address ends in this secret, which starts with this (recognisable when leaked).
pub const AGENDA_VOORVOEGSEL: &str = "agenda_";

/// How a user wants reminders by e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmailVoorkeur {
    /// One digest a day with everything that is late or coming up.
    #[default]
    Dagelijks,
    /// A message as soon as a deadline comes up or is overdue.
    Direct,
    /// No e-mail (the notifications in the application remain).
    Uit,
}

impl EmailVoorkeur {
    pub const ALLE: [Self; 3] = [Self::Dagelijks, Self::Direct, Self::Uit];

    pub fn code(self) -> &'static str {
        match self {
            Self::Dagelijks => "dagelijks",
            Self::Direct => "direct",
            Self::Uit => "uit",
        }
    }

    pub fn parse(code: &str) -> Result<Self, StoreFout> {
        Self::ALLE.into_iter().find(|v| v.code() == code).ok_or_else(|| {
            StoreFout::Ongeldig(format!("'{code}' is geen keuze voor herinneringen: dagelijks, direct of uit"))
        })
    }
}

/// A user as the reminders need them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ontvanger {
    pub gebruiker_id: String,
    pub organisatie_id: String,
    pub email: String,
    pub taal: String,
    pub voorkeur: EmailVoorkeur,
}

/// A notification to add for a user.
#[derive(Debug, Clone)]
pub struct NieuweMelding<'a> {
    /// Unique per user and reminder: the same reminder is noted once.
    pub sleutel: &'a str,
    pub dossier_id: &'a str,
    /// What is due (a milestone of the clock, a deadline of the traject).
    pub wat: &'a str,
    pub datum: jiff::civil::Date,
    pub te_laat: bool,
}

/// A notification as the user sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Melding {
    pub id: String,
    pub dossier_id: String,
    pub wat: String,
    pub datum: jiff::civil::Date,
    pub te_laat: bool,
    /// Microseconds since 1970 (UTC).
    pub aangemaakt: i64,
    pub gelezen: bool,
}

fn sha256(geheim: &str) -> String {
    hex::encode(Sha256::digest(geheim.as_bytes()))
}

fn voorkeur_van(c: &mut crate::Verbinding, gebruiker_id: &str) -> Result<EmailVoorkeur, StoreFout> {
    let code: Option<String> =
        herinneringsvoorkeuren::table.find(gebruiker_id).select(herinneringsvoorkeuren::email).first(c).optional()?;
    code.map_or(Ok(EmailVoorkeur::default()), |c| EmailVoorkeur::parse(&c))
}

/// Makes sure the user has a row of preferences.
fn voorkeuren_rij(c: &mut crate::Verbinding, gebruiker_id: &str) -> Result<(), StoreFout> {
    let bestaat: i64 = herinneringsvoorkeuren::table.find(gebruiker_id).count().get_result(c)?;
    if bestaat == 0 {
        diesel::insert_into(herinneringsvoorkeuren::table)
            .values(herinneringsvoorkeuren::gebruiker_id.eq(gebruiker_id))
            .execute(c)?;
    }
    Ok(())
}

impl Store {
    /// The user's own choice for reminders by e-mail.
    pub fn herinneringsvoorkeur(&self, actor: Actor<'_>) -> Result<EmailVoorkeur, StoreFout> {
        let c = &mut *self.verbinding()?;
        eigen_gebruiker(c, actor, actor.id)?;
        voorkeur_van(c, actor.id)
    }

    /// A user chooses how they get reminders by e-mail; only for themselves.
    pub fn kies_herinneringen(&self, actor: Actor<'_>, voorkeur: EmailVoorkeur) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, actor.id)?;
            voorkeuren_rij(c, actor.id)?;
            diesel::update(herinneringsvoorkeuren::table.find(actor.id))
                .set(herinneringsvoorkeuren::email.eq(voorkeur.code()))
                .execute(c)?;
            let details = json!({"gewijzigd": "herinneringen", "email": voorkeur.code()});
            wijziging(c, actor, "gebruikers", actor.id, None, details)
        })
    }

    /// Every user of the organisation with their address, language and choice: for the product's
    /// reminder round (not a dossier read).
    pub fn ontvangers(&self, organisatie_id: &str) -> Result<Vec<Ontvanger>, StoreFout> {
        let c = &mut *self.verbinding()?;
        let rijen: Vec<(String, String, String, String, Option<String>)> = gebruikers::table
            .left_join(herinneringsvoorkeuren::table.on(herinneringsvoorkeuren::gebruiker_id.eq(gebruikers::id)))
            .filter(gebruikers::organisatie_id.eq(organisatie_id))
            .order(gebruikers::id)
            .select((
                gebruikers::id,
                gebruikers::organisatie_id,
                gebruikers::email,
                gebruikers::taal,
                herinneringsvoorkeuren::email.nullable(),
            ))
            .load(c)?;
        rijen
            .into_iter()
            .map(|(gebruiker_id, organisatie_id, email, taal, voorkeur)| {
                Ok(Ontvanger {
                    gebruiker_id,
                    organisatie_id,
                    email,
                    taal,
                    voorkeur: voorkeur.map_or(Ok(EmailVoorkeur::default()), |v| EmailVoorkeur::parse(&v))?,
                })
            })
            .collect()
    }

    /// One user as the reminders need them (for the mail worker).
    pub fn ontvanger(&self, gebruiker_id: &str) -> Result<Option<Ontvanger>, StoreFout> {
        let organisatie: Option<String> = gebruikers::table
            .find(gebruiker_id)
            .select(gebruikers::organisatie_id)
            .first(&mut *self.verbinding()?)
            .optional()?;
        let Some(organisatie) = organisatie else { return Ok(None) };
        Ok(self.ontvangers(&organisatie)?.into_iter().find(|o| o.gebruiker_id == gebruiker_id))
    }

    /// Creates the user's secret calendar address (a new one replaces the old, which stops working);
    /// returns the secret, which is not kept and cannot be shown again.
    pub fn maak_agenda(&self, actor: Actor<'_>) -> Result<String, StoreFout> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| StoreFout::Ongeldig(format!("geen willekeurige bytes beschikbaar: {e}")))?;
        let geheim = format!("{AGENDA_VOORVOEGSEL}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes));
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, actor.id)?;
            voorkeuren_rij(c, actor.id)?;
            diesel::update(herinneringsvoorkeuren::table.find(actor.id))
                .set((
                    herinneringsvoorkeuren::agenda_sha256.eq(sha256(&geheim)),
                    herinneringsvoorkeuren::agenda_sinds.eq(nu_micros()),
                ))
                .execute(c)?;
            wijziging(c, actor, "gebruikers", actor.id, None, json!({"gewijzigd": "agenda", "agenda": "nieuw"}))
        })?;
        Ok(geheim)
    }

    /// Revokes the user's calendar address: from now on it is not found.
    pub fn trek_agenda_in(&self, actor: Actor<'_>) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            eigen_gebruiker(c, actor, actor.id)?;
            diesel::update(herinneringsvoorkeuren::table.find(actor.id))
                .set((
                    herinneringsvoorkeuren::agenda_sha256.eq(None::<String>),
                    herinneringsvoorkeuren::agenda_sinds.eq(None::<i64>),
                ))
                .execute(c)?;
            let details = json!({"gewijzigd": "agenda", "agenda": "ingetrokken"});
            wijziging(c, actor, "gebruikers", actor.id, None, details)
        })
    }

    /// Since when the user has a calendar address (microseconds since 1970), if any.
    pub fn agenda_sinds(&self, actor: Actor<'_>) -> Result<Option<i64>, StoreFout> {
        let c = &mut *self.verbinding()?;
        eigen_gebruiker(c, actor, actor.id)?;
        Ok(herinneringsvoorkeuren::table
            .find(actor.id)
            .select(herinneringsvoorkeuren::agenda_sinds)
            .first::<Option<i64>>(c)
            .optional()?
            .flatten())
    }

    /// The user (id, organisation) a calendar secret belongs to; `None` for an unknown, malformed or
    /// revoked one. Looked up by its SHA-256: no comparison runs over the secret.
    pub fn agenda_gebruiker(&self, geheim: &str) -> Result<Option<(String, String)>, StoreFout> {
        if !geheim.starts_with(AGENDA_VOORVOEGSEL) || geheim.len() > 200 {
            return Ok(None);
        }
        Ok(herinneringsvoorkeuren::table
            .inner_join(gebruikers::table.on(gebruikers::id.eq(herinneringsvoorkeuren::gebruiker_id)))
            .filter(herinneringsvoorkeuren::agenda_sha256.eq(sha256(geheim)))
            .select((gebruikers::id, gebruikers::organisatie_id))
            .first(&mut *self.verbinding()?)
            .optional()?)
    }

    /// Adds notifications for a user, each once per key; returns how many were not there yet. Up to
    /// [`crate::PER_VRAAG`] at a time are looked up together and written in one transaction: the first
    /// round of a day notes thousands, which should not take the write lock once for each.
    pub fn meld(&self, gebruiker_id: &str, meldingen: &[NieuweMelding<'_>]) -> Result<usize, StoreFout> {
        let mut nieuw = 0;
        for stuk in meldingen.chunks(crate::PER_VRAAG) {
            let noteer = || self.schrijf(|c| noteer_nieuwe(c, gebruiker_id, stuk));
            nieuw += match noteer() {
                // Another server's round noted some of them meanwhile: now they are found.
                Err(StoreFout::Database(DieselFout::DatabaseError(DatabaseErrorKind::UniqueViolation, _))) => noteer()?,
                r => r?,
            };
        }
        Ok(nieuw)
    }

    /// The user's own notifications, newest first (at most `max`).
    pub fn meldingen(&self, actor: Actor<'_>, max: i64) -> Result<Vec<Melding>, StoreFout> {
        let c = &mut *self.verbinding()?;
        eigen_gebruiker(c, actor, actor.id)?;
        type Rij = (String, String, String, String, bool, i64, Option<i64>);
        let rijen: Vec<Rij> = meldingen::table
            .filter(meldingen::gebruiker_id.eq(actor.id))
            .order((meldingen::aangemaakt.desc(), meldingen::datum, meldingen::id))
            .limit(max)
            .select((
                meldingen::id,
                meldingen::dossier_id,
                meldingen::wat,
                meldingen::datum,
                meldingen::te_laat,
                meldingen::aangemaakt,
                meldingen::gelezen,
            ))
            .load(c)?;
        rijen
            .into_iter()
            .map(|(id, dossier_id, wat, datum, te_laat, aangemaakt, gelezen)| {
                Ok(Melding {
                    id,
                    dossier_id,
                    wat,
                    datum: crate::datum(&datum)?,
                    te_laat,
                    aangemaakt,
                    gelezen: gelezen.is_some(),
                })
            })
            .collect()
    }

    /// How many of the user's notifications are unread.
    pub fn ongelezen_meldingen(&self, actor: Actor<'_>) -> Result<i64, StoreFout> {
        let vraag =
            meldingen::table.filter(meldingen::gebruiker_id.eq(actor.id)).filter(meldingen::gelezen.is_null()).count();
        Ok(verbinding::haal_op(&mut *self.verbinding()?, vraag)?)
    }

    /// Marks the user's own notifications as read: one (`Some(id)`) or all.
    pub fn markeer_gelezen(&self, actor: Actor<'_>, melding_id: Option<&str>) -> Result<(), StoreFout> {
        let c = &mut *self.verbinding()?;
        eigen_gebruiker(c, actor, actor.id)?;
        let eigen = meldingen::table.filter(meldingen::gebruiker_id.eq(actor.id)).filter(meldingen::gelezen.is_null());
        let n = match melding_id {
            Some(id) => {
                diesel::update(eigen.filter(meldingen::id.eq(id))).set(meldingen::gelezen.eq(nu_micros())).execute(c)?
            }
            None => diesel::update(eigen).set(meldingen::gelezen.eq(nu_micros())).execute(c)?,
        };
        if n == 0 && melding_id.is_some() {
            let van_mij: i64 = meldingen::table
                .filter(meldingen::gebruiker_id.eq(actor.id))
                .filter(meldingen::id.eq(melding_id.unwrap_or_default()))
                .count()
                .get_result(c)?;
            if van_mij == 0 {
                return Err(StoreFout::NietGevonden("melding"));
            }
        }
        Ok(())
    }

    /// Per organisation the number of its latest write in the log: the reminders need computing
    /// again only when this or the day changes.
    pub fn wijzigingsstand(&self) -> Result<Vec<(String, i64)>, StoreFout> {
        let c = &mut *self.verbinding()?;
        let organisaties: Vec<String> = organisaties::table.select(organisaties::id).order(organisaties::id).load(c)?;
        let mut stand = Vec::with_capacity(organisaties.len());
        for org in organisaties {
            let laatste: Option<i64> = logboek::table
                .filter(logboek::organisatie_id.eq(&org))
                .filter(logboek::soort.eq(crate::logboek::Soort::Wijziging.code()))
                .order(logboek::volgnummer.desc())
                .select(logboek::volgnummer)
                .first(c)
                .optional()?;
            stand.push((org, laatste.unwrap_or(0)));
        }
        Ok(stand)
    }
}

/// Writes those of `meldingen` whose key is not there yet; returns how many.
fn noteer_nieuwe(
    c: &mut crate::Verbinding,
    gebruiker_id: &str,
    meldingen: &[NieuweMelding<'_>],
) -> Result<usize, StoreFout> {
    let sleutels: Vec<&str> = meldingen.iter().map(|m| m.sleutel).collect();
    // The keys noted already, and those noted by this call: a key comes once.
    let mut bekend: std::collections::HashSet<String> = meldingen::table
        .filter(meldingen::sleutel.eq_any(&sleutels))
        .select(meldingen::sleutel)
        .load::<String>(c)?
        .into_iter()
        .collect();
    let mut nieuw = 0;
    for m in meldingen {
        if !bekend.insert(m.sleutel.to_string()) {
            continue;
        }
        diesel::insert_into(meldingen::table)
            .values((
                meldingen::id.eq(nieuw_id()),
                meldingen::gebruiker_id.eq(gebruiker_id),
                meldingen::sleutel.eq(m.sleutel),
                meldingen::dossier_id.eq(m.dossier_id),
                meldingen::wat.eq(m.wat),
                meldingen::datum.eq(m.datum.to_string()),
                meldingen::te_laat.eq(m.te_laat),
                meldingen::aangemaakt.eq(nu_micros()),
            ))
            .execute(c)?;
        nieuw += 1;
    }
    Ok(nieuw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choices_read_back_and_nothing_else_is_one() {
        for v in EmailVoorkeur::ALLE {
            assert_eq!(EmailVoorkeur::parse(v.code()).unwrap(), v);
        }
        assert!(EmailVoorkeur::parse("wekelijks").is_err());
        assert_eq!(EmailVoorkeur::default(), EmailVoorkeur::Dagelijks);
    }
}
