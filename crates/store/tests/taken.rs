//! The job table and the reminders' own data, on SQLite and on PostgreSQL: unique keys, two workers
//! that never run a job twice, a crashed worker's job taken over after its lease, retry with backoff,
//! the calendar secret and the notifications.

use std::collections::HashMap;
use std::sync::{Arc, Barrier, Mutex};
use std::time::Duration;

use domain::waarden::Rol;
use jiff::civil::date;
use store::herinneringen::{EmailVoorkeur, NieuweMelding};
use store::taken::NieuweTaak;
use store::{Actor, BsnSleutel, NieuweGebruiker, OrganisatieSoort, Store, StoreFout};
use test_support::Testdatabase;

fn sleutel() -> BsnSleutel {
    BsnSleutel::uit_base64("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=").unwrap()
}

macro_rules! op_beide {
    ($($test:ident),* $(,)?) => {
        mod op_sqlite { $( #[test] fn $test() { super::$test(test_support::Testdatabase::sqlite()) } )* }
        mod op_postgres { $( #[test] fn $test() { super::$test(test_support::Testdatabase::postgres()) } )* }
    };
}

op_beide!(
    a_job_is_enqueued_once_per_key,
    two_workers_run_every_job_exactly_once,
    a_crashed_workers_job_is_taken_over_after_its_lease,
    a_failed_job_waits_longer_each_time_and_is_given_up_at_last,
    the_reminder_choice_and_the_calendar_secret_belong_to_the_user,
    notifications_are_noted_once_and_read_by_their_user_only,
);

const SEC: i64 = 1_000_000;

fn open(db: &Testdatabase) -> Store {
    Store::open(&db.url, Some(sleutel())).unwrap()
}

fn taak<'a>(sleutel: &'a str) -> NieuweTaak<'a> {
    NieuweTaak { soort: "mail", sleutel, gegevens: "{\"gebruiker\":\"x\"}", max_pogingen: 3 }
}

fn a_job_is_enqueued_once_per_key(db: Testdatabase) {
    let s = open(&db);
    let nu = 1_000 * SEC;
    assert!(s.plan_taak(&taak("mail:a:2026-11-23"), nu).unwrap());
    assert!(!s.plan_taak(&taak("mail:a:2026-11-23"), nu).unwrap(), "the same key twice");
    // Also once the first is done.
    let t = s.neem_taak("mail", "w1", Duration::from_secs(60), nu).unwrap().unwrap();
    assert_eq!((t.sleutel.as_str(), t.pogingen), ("mail:a:2026-11-23", 1));
    assert!(s.taak_klaar(&t.id, "w1", nu).unwrap());
    assert!(!s.plan_taak(&taak("mail:a:2026-11-23"), nu + SEC).unwrap());
    assert!(s.neem_taak("mail", "w1", Duration::from_secs(60), nu + SEC).unwrap().is_none());
    // A worker takes only its own kind, and nothing before it is due.
    assert!(s.plan_taak(&NieuweTaak { soort: "ander", ..taak("ander:1") }, nu + 10 * SEC).unwrap());
    assert!(s.neem_taak("mail", "w1", Duration::from_secs(60), nu + 20 * SEC).unwrap().is_none());
    assert!(s.neem_taak("ander", "w1", Duration::from_secs(60), nu + 5 * SEC).unwrap().is_none());
    assert!(s.neem_taak("ander", "w1", Duration::from_secs(60), nu + 10 * SEC).unwrap().is_some());
    let status: Vec<String> = s.taken().unwrap().into_iter().map(|t| t.status).collect();
    assert_eq!(status, ["klaar", "bezig"]);
}

fn two_workers_run_every_job_exactly_once(db: Testdatabase) {
    let s = open(&db);
    let nu = jiff::Timestamp::now().as_microsecond();
    const AANTAL: usize = 60;
    for i in 0..AANTAL {
        assert!(s.plan_taak(&taak(&format!("mail:{i}")), nu).unwrap());
    }
    // Two workers, each with a store (and so connections) of its own, as two servers would have.
    let gedaan: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let start = Arc::new(Barrier::new(2));
    let werkers: Vec<_> = ["werker-1", "werker-2"]
        .into_iter()
        .map(|naam| {
            let (store, gedaan, start) = (open(&db), gedaan.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                let mut aantal = 0;
                loop {
                    let nu = jiff::Timestamp::now().as_microsecond();
                    let Some(t) = store.neem_taak("mail", naam, Duration::from_secs(60), nu).unwrap() else { break };
                    gedaan.lock().unwrap().entry(t.sleutel.clone()).or_default().push(naam.to_string());
                    std::thread::sleep(Duration::from_millis(2));
                    assert!(store.verleng_taak(&t.id, naam, Duration::from_secs(60), nu).unwrap(), "heartbeat");
                    assert!(store.taak_klaar(&t.id, naam, nu).unwrap());
                    aantal += 1;
                }
                aantal
            })
        })
        .collect();
    let per_werker: Vec<usize> = werkers.into_iter().map(|w| w.join().unwrap()).collect();
    let gedaan = gedaan.lock().unwrap();
    assert_eq!(gedaan.len(), AANTAL, "every job ran");
    let dubbel: Vec<_> = gedaan.iter().filter(|(_, w)| w.len() != 1).collect();
    assert!(dubbel.is_empty(), "jobs run more than once: {dubbel:?}");
    assert_eq!(per_werker.iter().sum::<usize>(), AANTAL);
    assert!(s.taken().unwrap().iter().all(|t| t.status == "klaar" && t.pogingen == 1));
}

fn a_crashed_workers_job_is_taken_over_after_its_lease(db: Testdatabase) {
    let s = open(&db);
    let nu = 1_000 * SEC;
    let lease = Duration::from_secs(60);
    s.plan_taak(&taak("mail:crash"), nu).unwrap();
    let eerste = s.neem_taak("mail", "w1", lease, nu).unwrap().unwrap();
    // While the lease runs (and is renewed), nobody else gets it.
    assert!(s.neem_taak("mail", "w2", lease, nu + 59 * SEC).unwrap().is_none());
    assert!(s.verleng_taak(&eerste.id, "w1", lease, nu + 50 * SEC).unwrap());
    assert!(s.neem_taak("mail", "w2", lease, nu + 100 * SEC).unwrap().is_none());
    // w1 dies: after the lease w2 takes the job over, and w1 can no longer finish it.
    let tweede = s.neem_taak("mail", "w2", lease, nu + 111 * SEC).unwrap().expect("taken over");
    assert_eq!((tweede.id.as_str(), tweede.pogingen), (eerste.id.as_str(), 2));
    assert!(!s.verleng_taak(&eerste.id, "w1", lease, nu + 112 * SEC).unwrap());
    assert!(!s.taak_klaar(&eerste.id, "w1", nu + 112 * SEC).unwrap());
    assert!(s.taak_klaar(&tweede.id, "w2", nu + 112 * SEC).unwrap());
    // A job whose every attempt crashed is given up.
    s.plan_taak(&NieuweTaak { max_pogingen: 1, ..taak("mail:crash2") }, nu).unwrap();
    s.neem_taak("mail", "w1", lease, nu).unwrap().unwrap();
    assert!(s.neem_taak("mail", "w2", lease, nu + 200 * SEC).unwrap().is_none());
    // Both jobs were made at the same moment: find this one by its key.
    let laatste = s.taken().unwrap().into_iter().find(|t| t.sleutel == "mail:crash2").unwrap();
    assert_eq!(laatste.status, "mislukt");
    assert!(laatste.laatste_fout.unwrap().contains("lease verlopen"));
}

fn a_failed_job_waits_longer_each_time_and_is_given_up_at_last(db: Testdatabase) {
    let s = open(&db);
    let nu = 1_000 * SEC;
    let lease = Duration::from_secs(60);
    let wacht = |poging| store::taken::terugval(poging, Duration::from_secs(10), Duration::from_secs(3600));
    s.plan_taak(&taak("mail:smtp-weg"), nu).unwrap();
    let t = s.neem_taak("mail", "w1", lease, nu).unwrap().unwrap();
    assert!(s.taak_mislukt(&t.id, "w1", "verbinding geweigerd", wacht(t.pogingen), nu).unwrap());
    assert!(s.neem_taak("mail", "w1", lease, nu + 9 * SEC).unwrap().is_none(), "not before the backoff");
    let t = s.neem_taak("mail", "w1", lease, nu + 10 * SEC).unwrap().unwrap();
    assert_eq!(t.pogingen, 2);
    let regel = &s.taken().unwrap()[0];
    assert_eq!((regel.status.as_str(), regel.laatste_fout.as_deref()), ("bezig", Some("verbinding geweigerd")));
    assert!(s.taak_mislukt(&t.id, "w1", "verbinding geweigerd", wacht(t.pogingen), nu + 10 * SEC).unwrap());
    assert!(s.neem_taak("mail", "w1", lease, nu + 29 * SEC).unwrap().is_none(), "twice as long");
    let t = s.neem_taak("mail", "w1", lease, nu + 30 * SEC).unwrap().unwrap();
    assert_eq!(t.pogingen, 3);
    assert!(s.taak_mislukt(&t.id, "w1", "verbinding geweigerd", wacht(t.pogingen), nu + 30 * SEC).unwrap());
    assert_eq!(s.taken().unwrap()[0].status, "mislukt", "three attempts, then given up");
    assert!(s.neem_taak("mail", "w1", lease, nu + 10_000 * SEC).unwrap().is_none());
}

/// An organisation with a coach and a werkgever; returns (organisation, coach, werkgever).
fn organisatie(s: &Store) -> (String, String, String) {
    let org = s.nieuwe_organisatie("systeem:test", "Bureau", OrganisatieSoort::Bureau).unwrap();
    let a = Actor { id: "systeem:test", organisatie_id: &org };
    let werkgever = s.nieuwe_werkgever(a, "Bakkerij", false).unwrap();
    let mut ids = Vec::new();
    for (email, rol) in [("coach@test.nl", Rol::Coach), ("hr@test.nl", Rol::Werkgever)] {
        let werkgevers = if rol == Rol::Werkgever { vec![werkgever.clone()] } else { vec![] };
        let g = NieuweGebruiker { email: email.into(), naam: email.into(), rol, werknemer_id: None, werkgevers };
        ids.push(s.nieuwe_gebruiker(a, &g).unwrap());
    }
    let hr = ids.pop().unwrap();
    (org, ids.pop().unwrap(), hr)
}

fn the_reminder_choice_and_the_calendar_secret_belong_to_the_user(db: Testdatabase) {
    let s = open(&db);
    let (org, coach, hr) = organisatie(&s);
    let ik = Actor { id: &coach, organisatie_id: &org };
    assert_eq!(s.herinneringsvoorkeur(ik).unwrap(), EmailVoorkeur::Dagelijks);
    s.kies_herinneringen(ik, EmailVoorkeur::Direct).unwrap();
    assert_eq!(s.herinneringsvoorkeur(ik).unwrap(), EmailVoorkeur::Direct);
    let ontvangers = s.ontvangers(&org).unwrap();
    assert_eq!(ontvangers.len(), 2);
    let o = ontvangers.iter().find(|o| o.gebruiker_id == coach).unwrap();
    assert_eq!((o.email.as_str(), o.taal.as_str(), o.voorkeur), ("coach@test.nl", "nl", EmailVoorkeur::Direct));
    assert_eq!(s.ontvanger(&hr).unwrap().unwrap().voorkeur, EmailVoorkeur::Dagelijks);

    assert_eq!(s.agenda_sinds(ik).unwrap(), None);
    let geheim = s.maak_agenda(ik).unwrap();
    assert!(geheim.starts_with("agenda_") && geheim.len() > 40);
    assert!(s.agenda_sinds(ik).unwrap().is_some());
    assert_eq!(s.agenda_gebruiker(&geheim).unwrap(), Some((coach.clone(), org.clone())));
    // A new one replaces the old; a revoked one opens nothing; nor does a guess.
    let nieuw = s.maak_agenda(ik).unwrap();
    assert_eq!(s.agenda_gebruiker(&geheim).unwrap(), None);
    assert!(s.agenda_gebruiker(&nieuw).unwrap().is_some());
    s.trek_agenda_in(ik).unwrap();
    assert_eq!(s.agenda_gebruiker(&nieuw).unwrap(), None);
    assert_eq!(s.agenda_gebruiker("agenda_").unwrap(), None);
    // The database keeps no secret.
    let taken = s.taken().unwrap();
    assert!(taken.is_empty());

    // Someone of another organisation cannot choose for this user.
    let ander = s.nieuwe_organisatie("systeem:test", "Ander", OrganisatieSoort::Bureau).unwrap();
    let vreemd = Actor { id: &coach, organisatie_id: &ander };
    assert!(matches!(s.kies_herinneringen(vreemd, EmailVoorkeur::Uit), Err(StoreFout::NietGevonden(_))));
    assert!(matches!(s.maak_agenda(vreemd), Err(StoreFout::NietGevonden(_))));
    // The choice is in the audit log: the organisation's latest write moved.
    let stand = s.wijzigingsstand().unwrap();
    let voor = stand.iter().find(|(o, _)| *o == org).unwrap().1;
    s.kies_herinneringen(ik, EmailVoorkeur::Uit).unwrap();
    let na = s.wijzigingsstand().unwrap().into_iter().find(|(o, _)| *o == org).unwrap().1;
    assert!(na > voor);
}

fn notifications_are_noted_once_and_read_by_their_user_only(db: Testdatabase) {
    let s = open(&db);
    let (org, coach, hr) = organisatie(&s);
    let a = Actor { id: "systeem:test", organisatie_id: &org };
    let werkgever = s.nieuwe_werkgever(a, "Tweede", false).unwrap();
    let werknemer = s.nieuwe_werknemer(a, &test_support::werknemer(&werkgever, "Sanne")).unwrap();
    let dossier = s.nieuw_dossier(a, &werknemer, Some(&coach), date(2026, 1, 5)).unwrap();
    let melding = |sleutel| NieuweMelding {
        sleutel,
        dossier_id: &dossier,
        wat: "Plan van aanpak",
        datum: date(2026, 3, 2),
        te_laat: true,
    };
    assert_eq!(s.meld(&coach, &[melding("c:1")]).unwrap(), 1);
    assert_eq!(s.meld(&coach, &[melding("c:1")]).unwrap(), 0, "once per key");
    assert_eq!(s.meld(&coach, &[melding("c:2"), melding("c:1"), melding("c:2")]).unwrap(), 1, "new ones only");
    let ik = Actor { id: &coach, organisatie_id: &org };
    let lijst = s.meldingen(ik, 50).unwrap();
    assert_eq!(lijst.len(), 2);
    assert_eq!((lijst[0].wat.as_str(), lijst[0].datum, lijst[0].te_laat), ("Plan van aanpak", date(2026, 3, 2), true));
    assert_eq!(s.ongelezen_meldingen(ik).unwrap(), 2);
    let hr = Actor { id: &hr, organisatie_id: &org };
    assert!(s.meldingen(hr, 50).unwrap().is_empty());
    assert!(matches!(s.markeer_gelezen(hr, Some(&lijst[0].id)), Err(StoreFout::NietGevonden(_))));
    s.markeer_gelezen(ik, Some(&lijst[0].id)).unwrap();
    assert_eq!(s.ongelezen_meldingen(ik).unwrap(), 1);
    s.markeer_gelezen(ik, None).unwrap();
    assert_eq!(s.ongelezen_meldingen(ik).unwrap(), 0);
    assert!(s.meldingen(ik, 50).unwrap().iter().all(|m| m.gelezen));
}
