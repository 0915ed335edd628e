//! Group commit for the access log of reads. Every page that shows personal data logs what it read in
//! a write transaction of its own after the read, and on SQLite every commit waits for the disk. The
//! reads of pages read at the same time therefore go to one queue, from which one thread per store (the
//! log's writer) writes all that is queued in one transaction whenever it is free; each page answers only
//! once its own entries are committed. So nothing is logged later than before; many pages share a commit
//! instead of waiting for one each.
//!
//! A page of the server waits for its commit as a future ([`Bevestiging::af`]): its thread serves other
//! requests meanwhile instead of sleeping until it is woken, and the more pages wait, the more share the
//! next commit. Code that is not async waits blocking ([`Bevestiging::wacht`]).

use std::panic::AssertUnwindSafe;
use std::sync::mpsc;

use futures_channel::oneshot;

use crate::verbinding::{self, Verbinding};
use crate::{Bron, Lezing, StoreFout, schrijf_lezingen};

/// One page's reads, queued, with where its outcome goes.
struct Aanvraag {
    organisatie_id: String,
    lezingen: Vec<Lezing>,
    antwoord: oneshot::Sender<Result<(), StoreFout>>,
}

pub(crate) struct Leeslog {
    wachtrij: Option<mpsc::Sender<Aanvraag>>,
    schrijver: Option<std::thread::JoinHandle<()>>,
}

impl Leeslog {
    /// Starts the log's writer, which takes a connection from `bron` for each group.
    pub(crate) fn start(bron: Bron) -> Self {
        let (wachtrij, ontvanger) = mpsc::channel();
        let schrijver = std::thread::Builder::new()
            .name("leeslog".into())
            .spawn(move || schrijver(&ontvanger, &bron))
            .expect("the operating system starts a thread");
        Self { wachtrij: Some(wachtrij), schrijver: Some(schrijver) }
    }

    /// Queues `lezingen` for `organisatie_id`. The confirmation comes once they are committed, or with
    /// the error that kept them from it.
    pub(crate) fn leg_vast(&self, organisatie_id: &str, lezingen: Vec<Lezing>) -> Bevestiging {
        if lezingen.is_empty() {
            return Bevestiging(None);
        }
        let (antwoord, ontvanger) = oneshot::channel();
        // Should the writer be gone, the request is dropped here and the confirmation is an error.
        if let Some(wachtrij) = &self.wachtrij {
            let _ = wachtrij.send(Aanvraag { organisatie_id: organisatie_id.to_string(), lezingen, antwoord });
        }
        Bevestiging(Some(ontvanger))
    }
}

/// With the last clone of its store: the writer writes what is queued and ends, and its connections are
/// closed when this returns, as the store's own are (so that SQLite folds its log into the file, say).
impl Drop for Leeslog {
    fn drop(&mut self) {
        drop(self.wachtrij.take());
        if let Some(schrijver) = self.schrijver.take() {
            let _ = schrijver.join();
        }
    }
}

/// That a page's reads are committed to the log, once it comes; by default, that there was nothing to log.
#[derive(Default)]
pub(crate) struct Bevestiging(Option<oneshot::Receiver<Result<(), StoreFout>>>);

impl Bevestiging {
    /// Waits for the commit without holding the thread.
    pub(crate) async fn af(self) -> Result<(), StoreFout> {
        match self.0 {
            None => Ok(()),
            Some(ontvanger) => ontvanger
                .await
                .unwrap_or_else(|_| Err(StoreFout::Verbinding("het logboek kon niet worden bijgewerkt".into()))),
        }
    }

    /// Waits for the commit, blocking the thread.
    pub(crate) fn wacht(self) -> Result<(), StoreFout> {
        futures_executor::block_on(self.af())
    }
}

/// The writer: takes everything queued, writes it as one group and answers each request, until the log
/// is dropped. A panic while writing fails that group's requests, not the writer.
fn schrijver(wachtrij: &mpsc::Receiver<Aanvraag>, bron: &Bron) {
    while let Ok(eerste) = wachtrij.recv() {
        let groep: Vec<Aanvraag> = std::iter::once(eerste).chain(wachtrij.try_iter()).collect();
        let uitslagen = std::panic::catch_unwind(AssertUnwindSafe(|| match bron.verbinding() {
            Ok(mut c) => schrijf_groep(&mut c, &groep),
            Err(e) => {
                // Each page gets the pool's own message, not that message wrapped once more.
                let melding = match e {
                    StoreFout::Verbinding(m) => m,
                    e => e.to_string(),
                };
                groep.iter().map(|_| Err(StoreFout::Verbinding(melding.clone()))).collect()
            }
        }))
        // Requests without an outcome are dropped unanswered, which their pages see as an error.
        .unwrap_or_default();
        for (aanvraag, uitslag) in groep.into_iter().zip(uitslagen) {
            let _ = aanvraag.antwoord.send(uitslag);
        }
    }
}

/// Writes the group in one transaction, each organisation's requests with one move of its chain's head;
/// if that fails, each request in one of its own, so that one request's failure is not another's. The
/// outcomes are in the order of the group.
fn schrijf_groep(c: &mut Verbinding, groep: &[Aanvraag]) -> Vec<Result<(), StoreFout>> {
    let alleen = |c: &mut Verbinding, a: &Aanvraag| {
        verbinding::in_transactie(c, |c| schrijf_lezingen(c, &a.organisatie_id, &[&a.lezingen]))
    };
    if let [a] = groep {
        return vec![alleen(c, a)];
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
        Ok(()) => groep.iter().map(|_| Ok(())).collect(),
        Err(_) => groep.iter().map(|a| alleen(c, a)).collect(),
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

    fn aanvraag(organisatie_id: &str, lezingen: Vec<Lezing>) -> Aanvraag {
        Aanvraag { organisatie_id: organisatie_id.into(), lezingen, antwoord: oneshot::channel().0 }
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
            aanvraag(&organisatie, vec![lezing("a", "d1")]),
            aanvraag("bestaat-niet", vec![lezing("b", "d2")]),
            aanvraag(&organisatie, vec![lezing("c", "d3"), lezing("c", "d4")]),
        ];
        let uitslagen = schrijf_groep(&mut store.verbinding().unwrap(), &groep);
        assert!(matches!(uitslagen[..], [Ok(()), Err(StoreFout::NietGevonden("organisatie")), Ok(())]));
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
            aanvraag(&a, vec![lezing("x", "a1")]),
            aanvraag(&b, vec![lezing("y", "b1"), lezing("y", "b2")]),
            aanvraag(&a, vec![lezing("x", "a2"), lezing("x", "a3")]),
            aanvraag(&b, vec![lezing("y", "b3")]),
        ];
        let uitslagen = schrijf_groep(&mut store.verbinding().unwrap(), &groep);
        assert!(uitslagen.iter().all(Result::is_ok));
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
    fn a_dropped_store_has_closed_the_writers_connections_too() {
        let (map, store, organisatie) = demo();
        store.leeslog.leg_vast(&organisatie, vec![lezing("a", "d1")]).wacht().unwrap();
        let wal = map.path().join("db.sqlite-wal");
        assert!(wal.exists());
        drop(store);
        // The last connection to close folds SQLite's log into the file and removes it.
        assert!(!wal.exists());
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
                        store.leeslog.leg_vast(&organisatie, vec![lezing(&actor, &dossier)]).wacht().unwrap();
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
