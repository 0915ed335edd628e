//! The coach's decisions on matched work: accept, reject with a reason, or motivate a
//! beoordelingspunt. Matching on belastbaarheid is high-risk use under the EU AI Act, so every
//! decision is kept with who and when, and written to the audit log; the latest per result counts.

use diesel::prelude::*;
use serde_json::json;

use crate::schema::{gebruikers, matchbesluiten};
use crate::{Actor, Gegevens, Handeling, Plaats, Store, StoreFout, nieuw_id, nu_micros, toegang_tot, wijziging};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Besluit {
    Geaccepteerd,
    Afgewezen,
    Gemotiveerd,
}

impl Besluit {
    pub const ALLE: [Self; 3] = [Self::Geaccepteerd, Self::Afgewezen, Self::Gemotiveerd];

    pub fn code(self) -> &'static str {
        match self {
            Self::Geaccepteerd => "geaccepteerd",
            Self::Afgewezen => "afgewezen",
            Self::Gemotiveerd => "gemotiveerd",
        }
    }

    pub fn uit_code(code: &str) -> Option<Self> {
        Self::ALLE.into_iter().find(|b| b.code() == code)
    }
}

/// A decision to record: on which result (`soort` beroep or vacature, its id and name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NieuwMatchbesluit {
    pub soort: String,
    pub referentie: String,
    pub naam: String,
    pub besluit: Besluit,
    /// The reason of a rejection, the motivation of a beoordelingspunt; optional for an acceptance.
    pub toelichting: String,
}

/// A decision as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matchbesluit {
    pub referentie: String,
    pub naam: String,
    pub besluit: Besluit,
    pub toelichting: String,
    /// The name of who decided.
    pub door: String,
    /// Microseconds since 1970 (UTC).
    pub vastgelegd: i64,
}

impl Store {
    /// The coach decides on a matched result.
    pub fn leg_matchbesluit_vast(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        b: &NieuwMatchbesluit,
    ) -> Result<String, StoreFout> {
        if !matches!(b.soort.as_str(), "beroep" | "vacature") || b.referentie.trim().is_empty() {
            return Err(StoreFout::Ongeldig("een besluit hoort bij een beroep of een vacature".into()));
        }
        if b.besluit != Besluit::Geaccepteerd && b.toelichting.trim().is_empty() {
            return Err(StoreFout::Ongeldig(match b.besluit {
                Besluit::Afgewezen => "geef de reden van de afwijzing".into(),
                _ => "motiveer waarom het beoordelingspunt geen bezwaar is".into(),
            }));
        }
        let id = nieuw_id();
        self.schrijf(|c| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Schrijven, &[Gegevens::Traject], dossier_id)?;
            diesel::insert_into(matchbesluiten::table)
                .values((
                    matchbesluiten::id.eq(&id),
                    matchbesluiten::dossier_id.eq(dossier_id),
                    matchbesluiten::soort.eq(&b.soort),
                    matchbesluiten::referentie.eq(&b.referentie),
                    matchbesluiten::naam.eq(&b.naam),
                    matchbesluiten::besluit.eq(b.besluit.code()),
                    matchbesluiten::toelichting.eq(b.toelichting.trim()),
                    matchbesluiten::door.eq(actor.id),
                    matchbesluiten::vastgelegd.eq(nu_micros()),
                ))
                .execute(c)?;
            let details = json!({"dossier": dossier_id, "soort": b.soort, "referentie": b.referentie, "besluit": b.besluit.code()});
            wijziging(c, actor, "matchbesluit", &id, Some(&werknemer_id), details)
        })?;
        Ok(id)
    }

    /// The latest decision per result of the dossier; the read is logged.
    pub fn matchbesluiten(
        &self,
        actor: Actor<'_>,
        dossier_id: &str,
        context: &str,
    ) -> Result<Vec<Matchbesluit>, StoreFout> {
        self.lees(actor, |c, gelezen| {
            let Plaats { werknemer_id, .. } =
                toegang_tot(c, actor, Handeling::Lezen, &[Gegevens::Traject], dossier_id)?;
            let rijen: Vec<(String, String, String, String, Option<String>, i64)> = matchbesluiten::table
                .left_join(gebruikers::table.on(gebruikers::id.eq(matchbesluiten::door)))
                .filter(matchbesluiten::dossier_id.eq(dossier_id))
                .order(matchbesluiten::vastgelegd)
                .select((
                    matchbesluiten::referentie,
                    matchbesluiten::naam,
                    matchbesluiten::besluit,
                    matchbesluiten::toelichting,
                    gebruikers::naam.nullable(),
                    matchbesluiten::vastgelegd,
                ))
                .load(c)?;
            gelezen.dossier(dossier_id, &werknemer_id, context, &["matchbesluiten"]);
            let mut laatste: Vec<Matchbesluit> = Vec::new();
            for (referentie, naam, besluit, toelichting, door, vastgelegd) in rijen {
                let besluit = Besluit::uit_code(&besluit)
                    .ok_or_else(|| StoreFout::Ongeldig(format!("onbekend besluit in de database: {besluit}")))?;
                laatste.retain(|b| b.referentie != referentie);
                laatste.push(Matchbesluit {
                    referentie,
                    naam,
                    besluit,
                    toelichting,
                    door: door.unwrap_or_default(),
                    vastgelegd,
                });
            }
            Ok(laatste)
        })
    }
}
