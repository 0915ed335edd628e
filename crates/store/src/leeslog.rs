//! Group commit for the access log of reads. Every page that shows personal data logs what it read in
//! a write transaction of its own after the read, and on SQLite every commit waits for the disk. Pages
//! read at the same time therefore hand their entries to one queue: whoever finds no write under way
//! writes everything queued in one transaction, and each page answers only once its own entries are
//! committed. So nothing is logged later than before; many pages share a commit instead of waiting for
//! one each.
//!
//! A waiting page sleeps until it is woken for its own sake: when its group is committed, or when it is
//! first in the queue as the group before finishes and may write the next. Waking every waiter at every
//! commit (a condition variable's `notify_all`) made most of them wake only to contend for the lock and
//! sleep again, which cost more than the commits.

use std::collections::HashMap;
use std::ops::DerefMut;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread::Thread;

use crate::verbinding::{self, Verbinding};
use crate::{Lezing, StoreFout, schrijf_lezingen};

/// One page's reads, queued.
struct Aanvraag {
    nummer: u64,
    organisatie_id: String,
    lezingen: Vec<Lezing>,
}

#[derive(Default)]
struct Staat {
    volgende: u64,
    wachtend: Vec<Aanvraag>,
    /// Whether a group is being written.
    bezig: bool,
    /// The outcome of each written request, until its page collects it.
    klaar: HashMap<u64, Result<(), StoreFout>>,
    /// The thread of each request's page, to wake when there is news for it.
    slapers: HashMap<u64, Thread>,
}

#[derive(Default)]
pub(crate) struct Leeslog {
    staat: Mutex<Staat>,
}

impl Leeslog {
    /// Logs `lezingen` for `organisatie_id` and returns once they are committed, or with the error that
    /// kept them from it. `verbinding` is asked for a connection only if this call writes the group.
    pub(crate) fn leg_vast<C: DerefMut<Target = Verbinding>>(
        &self,
        organisatie_id: &str,
        lezingen: Vec<Lezing>,
        verbinding: impl FnOnce() -> Result<C, StoreFout>,
    ) -> Result<(), StoreFout> {
        if lezingen.is_empty() {
            return Ok(());
        }
        let mut verbinding = Some(verbinding);
        let mut staat = self.staat();
        let nummer = staat.volgende;
        staat.volgende += 1;
        staat.wachtend.push(Aanvraag { nummer, organisatie_id: organisatie_id.to_string(), lezingen });
        staat.slapers.insert(nummer, std::thread::current());
        loop {
            if let Some(uitslag) = staat.klaar.remove(&nummer) {
                staat.slapers.remove(&nummer);
                return uitslag;
            }
            // Our request is either still queued (then no group is under way that holds it, and we may
            // write it ourselves) or in the group being written (then `bezig` holds until it is done).
            if !staat.bezig
                && let Some(verbinding) = verbinding.take()
            {
                let groep = std::mem::take(&mut staat.wachtend);
                staat.bezig = true;
                drop(staat);
                let mut leider =
                    Leider { log: self, nummers: groep.iter().map(|a| a.nummer).collect(), uitslagen: vec![] };
                leider.uitslagen = match verbinding() {
                    Ok(mut c) => schrijf_groep(&mut c, &groep),
                    Err(e) => {
                        // Each page gets the pool's own message, not that message wrapped once more.
                        let melding = match e {
                            StoreFout::Verbinding(m) => m,
                            e => e.to_string(),
                        };
                        groep.iter().map(|a| (a.nummer, Err(StoreFout::Verbinding(melding.clone())))).collect()
                    }
                };
                drop(leider);
                staat = self.staat();
                continue;
            }
            // Woken by the writer of our group, or as the first in the queue; a wake-up for nothing
            // (allowed by `park`) only sends us round the loop once more.
            drop(staat);
            std::thread::park();
            staat = self.staat();
        }
    }

    fn staat(&self) -> MutexGuard<'_, Staat> {
        self.staat.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The caller writing a group. Dropping it, also when the write panicked, hands out the outcomes and
/// lets the next group go.
struct Leider<'a> {
    log: &'a Leeslog,
    nummers: Vec<u64>,
    uitslagen: Vec<(u64, Result<(), StoreFout>)>,
}

impl Drop for Leider<'_> {
    fn drop(&mut self) {
        let mut staat = self.log.staat();
        staat.bezig = false;
        for nummer in &self.nummers {
            staat.klaar.insert(*nummer, Err(StoreFout::Verbinding("het logboek kon niet worden bijgewerkt".into())));
        }
        staat.klaar.extend(self.uitslagen.drain(..));
        // The pages of this group, and the first page queued since, which may now write the next.
        let eerste = staat.wachtend.first().map(|a| a.nummer);
        let ik = std::thread::current().id();
        for nummer in self.nummers.iter().chain(&eerste) {
            if let Some(draad) = staat.slapers.get(nummer).filter(|d| d.id() != ik) {
                draad.unpark();
            }
        }
    }
}

/// Writes the group in one transaction, each organisation's requests with one move of its chain's head;
/// if that fails, each request in one of its own, so that one request's failure is not another's.
fn schrijf_groep(c: &mut Verbinding, groep: &[Aanvraag]) -> Vec<(u64, Result<(), StoreFout>)> {
    let alleen = |c: &mut Verbinding, a: &Aanvraag| {
        verbinding::in_transactie(c, |c| schrijf_lezingen(c, &a.organisatie_id, &[&a.lezingen]))
    };
    if let [a] = groep {
        return vec![(a.nummer, alleen(c, a))];
    }
    let mut per_organisatie: Vec<(&str, Vec<&[Lezing]>)> = Vec::new();
    for a in groep {
        match per_organisatie.iter_mut().find(|(o, _)| *o == a.organisatie_id) {
            Some((_, delen)) => delen.push(&a.lezingen),
            None => per_organisatie.push((&a.organisatie_id, vec![&a.lezingen])),
        }
    }
    let samen = verbinding::in_transactie(c, |c| {
        per_organisatie.iter().try_for_each(|(organisatie_id, delen)| schrijf_lezingen(c, organisatie_id, delen))
    });
    match samen {
        Ok(()) => groep.iter().map(|a| (a.nummer, Ok(()))).collect(),
        Err(_) => groep.iter().map(|a| (a.nummer, alleen(c, a))).collect(),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Barrier};

    use diesel::prelude::*;

    use super::*;
    use crate::{OrganisatieSoort, Store, logboek};

    fn lezing(actor: &str, dossier: &str) -> Lezing {
        Lezing {
            actor_id: actor.into(),
            soort: logboek::Soort::Inzage,
            entiteit: "dossier",
            entiteit_id: dossier.into(),
            werknemer_id: Some("w".into()),
            context: "test".into(),
            details: serde_json::json!({}),
            lijst: None,
        }
    }

    fn demo() -> (tempfile::TempDir, Store, String) {
        let map = tempfile::tempdir().unwrap();
        let store = Store::open_demo(&format!("sqlite://{}", map.path().join("db.sqlite").display())).unwrap();
        let organisatie = store.nieuwe_organisatie("systeem:test", "Bureau", OrganisatieSoort::Bureau).unwrap();
        (map, store, organisatie)
    }

    #[test]
    fn a_request_that_cannot_be_logged_fails_alone_and_the_others_of_its_group_are_committed() {
        let (_map, store, organisatie) = demo();
        let voor = store.controleer_logboek().unwrap().regels;
        let groep = [
            Aanvraag { nummer: 1, organisatie_id: organisatie.clone(), lezingen: vec![lezing("a", "d1")] },
            Aanvraag { nummer: 2, organisatie_id: "bestaat-niet".into(), lezingen: vec![lezing("b", "d2")] },
            Aanvraag { nummer: 3, organisatie_id: organisatie, lezingen: vec![lezing("c", "d3"), lezing("c", "d4")] },
        ];
        let uitslagen = schrijf_groep(&mut store.verbinding().unwrap(), &groep);
        assert!(matches!(uitslagen[..], [(1, Ok(())), (2, Err(StoreFout::NietGevonden("organisatie"))), (3, Ok(()))]));
        let controle = store.controleer_logboek().unwrap();
        assert_eq!(controle.breuk, None);
        assert_eq!(controle.regels, voor + 3);
    }

    #[test]
    fn a_group_of_two_organisations_appends_each_chain_in_the_order_of_its_requests() {
        let (_map, store, a) = demo();
        let b = store.nieuwe_organisatie("systeem:test", "Tweede bureau", OrganisatieSoort::Bureau).unwrap();
        let voor = store.controleer_logboek().unwrap().regels;
        let groep = [
            Aanvraag { nummer: 1, organisatie_id: a.clone(), lezingen: vec![lezing("x", "a1")] },
            Aanvraag { nummer: 2, organisatie_id: b.clone(), lezingen: vec![lezing("y", "b1"), lezing("y", "b2")] },
            Aanvraag { nummer: 3, organisatie_id: a.clone(), lezingen: vec![lezing("x", "a2"), lezing("x", "a3")] },
            Aanvraag { nummer: 4, organisatie_id: b.clone(), lezingen: vec![lezing("y", "b3")] },
        ];
        let uitslagen = schrijf_groep(&mut store.verbinding().unwrap(), &groep);
        assert!(uitslagen.iter().all(|(_, u)| u.is_ok()));
        let controle = store.controleer_logboek().unwrap();
        assert_eq!(controle.breuk, None);
        assert_eq!(controle.regels, voor + 6);
        use crate::schema::logboek::dsl;
        for (organisatie, verwacht) in [(&a, ["a1", "a2", "a3"].as_slice()), (&b, &["b1", "b2", "b3"])] {
            let volgorde: Vec<String> = dsl::logboek
                .filter(dsl::organisatie_id.eq(organisatie))
                .filter(dsl::actor.eq_any(["x", "y"]))
                .order(dsl::volgnummer)
                .select(dsl::entiteit_id)
                .load(&mut *store.verbinding().unwrap())
                .unwrap();
            assert_eq!(volgorde, verwacht);
        }
    }

    #[test]
    fn concurrent_pages_each_return_once_their_own_reads_are_in_the_chain() {
        let (_map, store, organisatie) = demo();
        let voor = store.controleer_logboek().unwrap().regels;
        let (draden, keer) = (12, 25);
        let start = Arc::new(Barrier::new(draden));
        let handvatten: Vec<_> = (0..draden)
            .map(|d| {
                let (store, organisatie, start) = (store.clone(), organisatie.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    for k in 0..keer {
                        let actor = format!("gebruiker-{d}");
                        let dossier = format!("dossier-{d}-{k}");
                        store.log_lezingen(&organisatie, vec![lezing(&actor, &dossier)]).unwrap();
                        // What this call logged is committed by the time it returns.
                        let n: i64 = crate::schema::logboek::table
                            .filter(crate::schema::logboek::entiteit_id.eq(&dossier))
                            .count()
                            .get_result(&mut *store.verbinding().unwrap())
                            .unwrap();
                        assert_eq!(n, 1, "{dossier}");
                    }
                })
            })
            .collect();
        handvatten.into_iter().for_each(|h| h.join().unwrap());
        let controle = store.controleer_logboek().unwrap();
        assert_eq!(controle.breuk, None);
        assert_eq!(controle.regels, voor + draden * keer);
    }
}
