//! Personal access tokens for the JSON API. The beheerder issues a token for a user of the
//! organisation; the token then acts as that user, through the same access policy and access log
//! as the user's own pages. The secret is shown once; the database keeps only its SHA-256.

use base64::Engine;
use diesel::prelude::*;
use domain::waarden::Rol;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::aanmelden::eigen_gebruiker;
use crate::schema::{gebruikers, tokens};
use crate::{Actor, Store, StoreFout, beheer, nieuw_id, nu_micros, wijziging};

/// Every secret starts with this, so that a leaked one is recognisable (and found by secret scanners).
pub const VOORVOEGSEL: &str = "spoor2_";
/// The longest label.
pub const MAX_NAAM: usize = 100;
/// `laatst_gebruikt` is brought up to date at most this often (microseconds), not on every request.
const BIJWERKEN_NA: i64 = 60_000_000;

/// A token just issued: the secret is here once and nowhere else.
#[derive(Clone)]
pub struct NieuwToken {
    pub id: String,
    pub geheim: String,
}

impl std::fmt::Debug for NieuwToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NieuwToken").field("id", &self.id).field("geheim", &"…").finish()
    }
}

/// A token as the beheerder sees it in the list. Moments in microseconds since 1970 (UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRegel {
    pub id: String,
    pub naam: String,
    pub gebruiker_id: String,
    /// The name of the user the token acts as.
    pub gebruiker: String,
    pub rol: String,
    pub aangemaakt: i64,
    pub laatst_gebruikt: Option<i64>,
    pub ingetrokken: Option<i64>,
}

/// The user a presented token acts as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenGebruiker {
    pub token_id: String,
    /// The token's label, for the access log's context.
    pub token_naam: String,
    pub gebruiker_id: String,
    pub organisatie_id: String,
    pub naam: String,
    pub rol: Rol,
}

impl TokenGebruiker {
    pub fn actor(&self) -> Actor<'_> {
        Actor { id: &self.gebruiker_id, organisatie_id: &self.organisatie_id }
    }
}

fn sha256(geheim: &str) -> String {
    hex::encode(Sha256::digest(geheim.as_bytes()))
}

fn nieuw_geheim() -> Result<String, StoreFout> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| StoreFout::Ongeldig(format!("geen willekeurige bytes beschikbaar: {e}")))?;
    Ok(format!("{VOORVOEGSEL}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)))
}

impl Store {
    /// The beheerder issues a token that acts as `gebruiker_id` (a user of the same organisation);
    /// returns the secret, which is not kept and cannot be shown again.
    pub fn geef_token(&self, actor: Actor<'_>, gebruiker_id: &str, naam: &str) -> Result<NieuwToken, StoreFout> {
        let naam = naam.trim();
        if naam.is_empty() || naam.chars().count() > MAX_NAAM {
            return Err(StoreFout::Ongeldig(format!(
                "geef het token een naam waaraan u het herkent (hoogstens {MAX_NAAM} tekens)"
            )));
        }
        let geheim = nieuw_geheim()?;
        let id = nieuw_id();
        self.schrijf(|c| {
            beheer(c, actor)?;
            eigen_gebruiker(c, actor, gebruiker_id)?;
            diesel::insert_into(tokens::table)
                .values((
                    tokens::id.eq(&id),
                    tokens::organisatie_id.eq(actor.organisatie_id),
                    tokens::gebruiker_id.eq(gebruiker_id),
                    tokens::naam.eq(naam),
                    tokens::sha256.eq(sha256(&geheim)),
                    tokens::aangemaakt.eq(nu_micros()),
                    tokens::aangemaakt_door.eq(actor.id),
                ))
                .execute(c)?;
            wijziging(c, actor, "token", &id, None, json!({"gebruiker": gebruiker_id, "naam": naam}))
        })?;
        Ok(NieuwToken { id, geheim })
    }

    /// The organisation's tokens, newest first, for the beheerder.
    pub fn tokens(&self, actor: Actor<'_>) -> Result<Vec<TokenRegel>, StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            type Rij = (String, String, String, String, String, i64, Option<i64>, Option<i64>);
            let rijen: Vec<Rij> = tokens::table
                .inner_join(gebruikers::table.on(gebruikers::id.eq(tokens::gebruiker_id)))
                .filter(tokens::organisatie_id.eq(actor.organisatie_id))
                .order((tokens::aangemaakt.desc(), tokens::id))
                .select((
                    tokens::id,
                    tokens::naam,
                    tokens::gebruiker_id,
                    gebruikers::naam,
                    gebruikers::rol,
                    tokens::aangemaakt,
                    tokens::laatst_gebruikt,
                    tokens::ingetrokken,
                ))
                .load(c)?;
            Ok(rijen
                .into_iter()
                .map(|(id, naam, gebruiker_id, gebruiker, rol, aangemaakt, laatst_gebruikt, ingetrokken)| TokenRegel {
                    id,
                    naam,
                    gebruiker_id,
                    gebruiker,
                    rol,
                    aangemaakt,
                    laatst_gebruikt,
                    ingetrokken,
                })
                .collect())
        })
    }

    /// The beheerder revokes a token: from now on it opens nothing. Revoking it again changes nothing.
    pub fn trek_token_in(&self, actor: Actor<'_>, token_id: &str) -> Result<(), StoreFout> {
        self.schrijf(|c| {
            beheer(c, actor)?;
            let ingetrokken: Option<i64> = tokens::table
                .find(token_id)
                .filter(tokens::organisatie_id.eq(actor.organisatie_id))
                .select(tokens::ingetrokken)
                .first(c)
                .optional()?
                .ok_or(StoreFout::NietGevonden("token"))?;
            if ingetrokken.is_some() {
                return Ok(());
            }
            diesel::update(tokens::table.find(token_id)).set(tokens::ingetrokken.eq(nu_micros())).execute(c)?;
            wijziging(c, actor, "token", token_id, None, json!({"ingetrokken": true}))
        })
    }

    /// The user a presented secret acts as; `None` for an unknown, malformed or revoked token. The
    /// secret is looked up by its SHA-256, so no comparison ever runs over the secret itself.
    pub fn token_gebruiker(&self, geheim: &str) -> Result<Option<TokenGebruiker>, StoreFout> {
        if !geheim.starts_with(VOORVOEGSEL) || geheim.len() > 200 {
            return Ok(None);
        }
        let c = &mut *self.verbinding()?;
        type Rij = (String, String, Option<i64>, String, String, String, String);
        let rij: Option<Rij> =
            tokens::table
                .inner_join(gebruikers::table.on(
                    gebruikers::id.eq(tokens::gebruiker_id).and(gebruikers::organisatie_id.eq(tokens::organisatie_id)),
                ))
                .filter(tokens::sha256.eq(sha256(geheim)))
                .filter(tokens::ingetrokken.is_null())
                .select((
                    tokens::id,
                    tokens::naam,
                    tokens::laatst_gebruikt,
                    gebruikers::id,
                    gebruikers::organisatie_id,
                    gebruikers::naam,
                    gebruikers::rol,
                ))
                .first(c)
                .optional()?;
        let Some((token_id, token_naam, laatst_gebruikt, gebruiker_id, organisatie_id, naam, rol)) = rij else {
            return Ok(None);
        };
        let nu = nu_micros();
        if laatst_gebruikt.is_none_or(|t| nu - t >= BIJWERKEN_NA) {
            diesel::update(tokens::table.find(&token_id)).set(tokens::laatst_gebruikt.eq(nu)).execute(c)?;
        }
        let rol = Rol::parse(&rol).map_err(|e| StoreFout::Ongeldig(e.to_string()))?;
        Ok(Some(TokenGebruiker { token_id, token_naam, gebruiker_id, organisatie_id, naam, rol }))
    }
}
