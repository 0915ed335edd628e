//! Background jobs, leased from the database so that every application server shares one queue.
//!
//! A job is enqueued once per unique key (`sleutel`: kind, recipient, day or deadline), so the same
//! reminder is never queued twice, not even by two servers. A worker claims a job with a lease; while
//! it works it renews the lease (heartbeat); then it marks the job done, or failed, after which the
//! job waits (exponential backoff, see [`terugval`]) until its attempts run out. A worker that
//! crashes leaves an expired lease, and the next worker takes the job over. Claiming is one
//! statement: `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING …` on PostgreSQL, the
//! same without the row lock on SQLite, where the transaction holds the write lock from its start.

use std::time::Duration;

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselFout};
use diesel::sql_types::{BigInt, Text};

use crate::schema::taken;
use crate::verbinding::{Verbinding, in_transactie};
use crate::{Store, StoreFout, nieuw_id};

/// A job to enqueue.
#[derive(Debug, Clone)]
pub struct NieuweTaak<'a> {
    /// What kind of job (`mail`, …): a worker takes only its own kind.
    pub soort: &'a str,
    /// Unique across all jobs: a second job with the same key is not enqueued.
    pub sleutel: &'a str,
    /// The job's data as JSON: ids and codes, never personal values.
    pub gegevens: &'a str,
    /// After this many failed attempts the job is given up (`mislukt`).
    pub max_pogingen: i32,
}

/// A claimed job.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
#[diesel(table_name = taken)]
pub struct Taak {
    pub id: String,
    pub soort: String,
    pub sleutel: String,
    pub gegevens: String,
    /// This attempt's number (1 for the first).
    pub pogingen: i32,
    pub max_pogingen: i32,
}

/// A job as the overview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct TaakRegel {
    pub id: String,
    pub soort: String,
    pub sleutel: String,
    /// `wachtend`, `bezig`, `klaar` or `mislukt`.
    pub status: String,
    pub pogingen: i32,
    pub volgende_poging: i64,
    pub werker: Option<String>,
    pub laatste_fout: Option<String>,
}

/// How long to wait after failed attempt `poging` (1, 2, …): `basis`, doubling each time, at most
/// `max`.
pub fn terugval(poging: i32, basis: Duration, max: Duration) -> Duration {
    let verdubbelingen = u32::try_from(poging.saturating_sub(1)).unwrap_or(0).min(30);
    basis.saturating_mul(1u32 << verdubbelingen).min(max)
}

fn micros(d: Duration) -> i64 {
    i64::try_from(d.as_micros()).unwrap_or(i64::MAX)
}

const CLAIM_POSTGRES: &str = "UPDATE taken SET status = 'bezig', pogingen = pogingen + 1, lease_tot = $1, werker = $2 \
     WHERE id = (SELECT id FROM taken WHERE soort = $3 AND pogingen < max_pogingen \
     AND ((status = 'wachtend' AND volgende_poging <= $4) OR (status = 'bezig' AND lease_tot < $4)) \
     ORDER BY volgende_poging, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
     RETURNING id, soort, sleutel, gegevens, pogingen, max_pogingen";

const CLAIM_SQLITE: &str = "UPDATE taken SET status = 'bezig', pogingen = pogingen + 1, lease_tot = ?1, werker = ?2 \
     WHERE id = (SELECT id FROM taken WHERE soort = ?3 AND pogingen < max_pogingen \
     AND ((status = 'wachtend' AND volgende_poging <= ?4) OR (status = 'bezig' AND lease_tot < ?4)) \
     ORDER BY volgende_poging, id LIMIT 1) \
     RETURNING id, soort, sleutel, gegevens, pogingen, max_pogingen";

fn claim(c: &mut Verbinding, soort: &str, werker: &str, lease_tot: i64, nu: i64) -> Result<Option<Taak>, StoreFout> {
    // A job whose last attempt crashed with its lease is given up once it has used every attempt.
    diesel::update(
        taken::table
            .filter(taken::soort.eq(soort))
            .filter(taken::status.eq("bezig"))
            .filter(taken::lease_tot.lt(nu))
            .filter(taken::pogingen.ge(taken::max_pogingen)),
    )
    .set((
        taken::status.eq("mislukt"),
        taken::laatste_fout.eq("de laatste poging is niet afgemaakt (lease verlopen)"),
        taken::afgerond.eq(nu),
    ))
    .execute(c)?;
    let taak = match c {
        Verbinding::Postgres(pg) => diesel::sql_query(CLAIM_POSTGRES)
            .bind::<BigInt, _>(lease_tot)
            .bind::<Text, _>(werker)
            .bind::<Text, _>(soort)
            .bind::<BigInt, _>(nu)
            .get_result::<Taak>(pg)
            .optional()?,
        Verbinding::Sqlite(sqlite) => diesel::sql_query(CLAIM_SQLITE)
            .bind::<BigInt, _>(lease_tot)
            .bind::<Text, _>(werker)
            .bind::<Text, _>(soort)
            .bind::<BigInt, _>(nu)
            .get_result::<Taak>(sqlite)
            .optional()?,
    };
    Ok(taak)
}

impl Store {
    /// Enqueues a job, to run from `nu` (microseconds since 1970, UTC); `false` when a job with the
    /// same key exists already (whatever its state): then nothing changes.
    pub fn plan_taak(&self, taak: &NieuweTaak<'_>, nu: i64) -> Result<bool, StoreFout> {
        let c = &mut *self.verbinding()?;
        let bestaat: i64 = taken::table.filter(taken::sleutel.eq(taak.sleutel)).count().get_result(c)?;
        if bestaat > 0 {
            return Ok(false);
        }
        let resultaat = diesel::insert_into(taken::table)
            .values((
                taken::id.eq(nieuw_id()),
                taken::soort.eq(taak.soort),
                taken::sleutel.eq(taak.sleutel),
                taken::gegevens.eq(taak.gegevens),
                taken::status.eq("wachtend"),
                taken::pogingen.eq(0),
                taken::max_pogingen.eq(taak.max_pogingen.max(1)),
                taken::volgende_poging.eq(nu),
                taken::aangemaakt.eq(nu),
            ))
            .execute(c);
        match resultaat {
            Ok(_) => Ok(true),
            // Another server enqueued the same job between the check and the insert.
            Err(DieselFout::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Claims the next job of `soort` that is due at `nu` (or whose lease expired), leased to `werker`
    /// for `lease`; `None` when there is none. No two workers get the same job while its lease runs.
    pub fn neem_taak(&self, soort: &str, werker: &str, lease: Duration, nu: i64) -> Result<Option<Taak>, StoreFout> {
        let lease_tot = nu.saturating_add(micros(lease));
        in_transactie(&mut *self.verbinding()?, |c| claim(c, soort, werker, lease_tot, nu))
    }

    /// The heartbeat: renews the lease of a job this worker holds; `false` when it no longer holds it
    /// (the lease expired and another worker took the job over).
    pub fn verleng_taak(&self, id: &str, werker: &str, lease: Duration, nu: i64) -> Result<bool, StoreFout> {
        let n =
            diesel::update(taken::table.find(id).filter(taken::werker.eq(werker)).filter(taken::status.eq("bezig")))
                .set(taken::lease_tot.eq(nu.saturating_add(micros(lease))))
                .execute(&mut *self.verbinding()?)?;
        Ok(n == 1)
    }

    /// Marks a job this worker holds as done; `false` when it no longer held it.
    pub fn taak_klaar(&self, id: &str, werker: &str, nu: i64) -> Result<bool, StoreFout> {
        let n =
            diesel::update(taken::table.find(id).filter(taken::werker.eq(werker)).filter(taken::status.eq("bezig")))
                .set((taken::status.eq("klaar"), taken::lease_tot.eq(None::<i64>), taken::afgerond.eq(nu)))
                .execute(&mut *self.verbinding()?)?;
        Ok(n == 1)
    }

    /// Records a failed attempt: the job waits `opnieuw_na` before the next one, or is given up when
    /// it used its last attempt. `fout` is kept for the operator: it must not hold personal data.
    pub fn taak_mislukt(
        &self,
        id: &str,
        werker: &str,
        fout: &str,
        opnieuw_na: Duration,
        nu: i64,
    ) -> Result<bool, StoreFout> {
        let fout: String = fout.chars().take(500).collect();
        in_transactie(&mut *self.verbinding()?, |c| {
            let rij: Option<(i32, i32)> = taken::table
                .find(id)
                .filter(taken::werker.eq(werker))
                .filter(taken::status.eq("bezig"))
                .select((taken::pogingen, taken::max_pogingen))
                .first(c)
                .optional()?;
            let Some((pogingen, max)) = rij else { return Ok(false) };
            let doel = taken::table.find(id);
            if pogingen >= max {
                diesel::update(doel)
                    .set((
                        taken::status.eq("mislukt"),
                        taken::laatste_fout.eq(&fout),
                        taken::lease_tot.eq(None::<i64>),
                        taken::afgerond.eq(nu),
                    ))
                    .execute(c)?;
            } else {
                diesel::update(doel)
                    .set((
                        taken::status.eq("wachtend"),
                        taken::laatste_fout.eq(&fout),
                        taken::lease_tot.eq(None::<i64>),
                        taken::volgende_poging.eq(nu.saturating_add(micros(opnieuw_na))),
                    ))
                    .execute(c)?;
            }
            Ok(true)
        })
    }

    /// Every job, oldest first: for operators and tests.
    pub fn taken(&self) -> Result<Vec<TaakRegel>, StoreFout> {
        Ok(taken::table
            .order((taken::aangemaakt, taken::id))
            .select((
                taken::id,
                taken::soort,
                taken::sleutel,
                taken::status,
                taken::pogingen,
                taken::volgende_poging,
                taken::werker,
                taken::laatste_fout,
            ))
            .load(&mut *self.verbinding()?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_after_each_failure_up_to_the_maximum() {
        let (basis, max) = (Duration::from_secs(30), Duration::from_secs(3600));
        let wachten: Vec<u64> = (1..=9).map(|p| terugval(p, basis, max).as_secs()).collect();
        assert_eq!(wachten, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(terugval(0, basis, max), basis);
        assert_eq!(terugval(i32::MAX, basis, max), max);
    }
}
