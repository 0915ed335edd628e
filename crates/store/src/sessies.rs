//! Web sessions, kept in the database so that several application servers share them. The table
//! holds the SHA-256 of each session id, never the id itself: a copy of the database does not
//! hand out sessions.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::schema::sessies;
use crate::{Store, StoreFout, verbinding};

fn sleutel(sessie_id: &str) -> String {
    hex::encode(Sha256::digest(sessie_id.as_bytes()))
}

impl Store {
    /// Stores (or replaces) a session; `verloopt` in seconds since 1970.
    pub fn bewaar_sessie(&self, sessie_id: &str, gegevens: &str, verloopt: i64) -> Result<(), StoreFout> {
        let sleutel = sleutel(sessie_id);
        self.schrijf(|c| {
            let bestaat: i64 = sessies::table.find(&sleutel).count().get_result(c)?;
            if bestaat == 0 {
                // A new session is the moment to clear out the expired ones.
                diesel::delete(sessies::table.filter(sessies::verloopt.le(jiff::Timestamp::now().as_second())))
                    .execute(c)?;
                diesel::insert_into(sessies::table)
                    .values((
                        sessies::sleutel.eq(&sleutel),
                        sessies::gegevens.eq(gegevens),
                        sessies::verloopt.eq(verloopt),
                    ))
                    .execute(c)?;
            } else {
                diesel::update(sessies::table.find(&sleutel))
                    .set((sessies::gegevens.eq(gegevens), sessies::verloopt.eq(verloopt)))
                    .execute(c)?;
            }
            Ok(())
        })
    }

    /// A session that has not expired at `nu` (seconds since 1970).
    pub fn laad_sessie(&self, sessie_id: &str, nu: i64) -> Result<Option<String>, StoreFout> {
        let vraag =
            sessies::table.find(sleutel(sessie_id)).filter(sessies::verloopt.gt(nu)).select(sessies::gegevens).limit(1);
        Ok(verbinding::haal_op(&mut *self.verbinding()?, vraag).optional()?)
    }

    pub fn verwijder_sessie(&self, sessie_id: &str) -> Result<(), StoreFout> {
        diesel::delete(sessies::table.find(sleutel(sessie_id))).execute(&mut *self.verbinding()?)?;
        Ok(())
    }
}
