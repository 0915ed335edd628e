//! Bewaartermijnen on SQLite and on PostgreSQL: nothing goes before its day, an expired dossier is
//! anonymised and its files are gone, the medical notes stay (for the bedrijfsarts only) until their own
//! term, every step is in the log and the chain still verifies, the terms are the beheerder's, and the daily
//! round runs once however many servers ask.

use std::sync::{Arc, Barrier};

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use domain::bewaartermijn::{Grond, Termijnen};
use domain::correctie::Onderdeel;
use domain::poortwachter::{Gebeurtenis, MijlpaalCode};
use domain::waarden::Rol;
use jiff::civil::{Date, date};
use store::bewaartermijn::{Vervalregel, Wat};
use store::{Actor, BsnSleutel, NieuwDocument, NieuweGebruiker, OrganisatieSoort, Store, StoreFout, Wijziging};
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
    an_expired_dossier_is_anonymised_on_its_day_and_not_before,
    the_medical_notes_outlive_the_dossier_until_their_own_term,
    an_eigenrisicodrager_and_a_running_dossier_keep_theirs,
    the_terms_and_the_list_are_the_beheerders,
    the_daily_round_runs_once_however_many_workers_ask,
);

struct Opzet {
    store: Store,
    organisatie: String,
    werkgever: String,
    dossier: String,
    hr: String,
    arts: String,
    coach: String,
    beheerder: String,
    _db: Testdatabase,
}

impl Opzet {
    fn als<'a>(&'a self, id: &'a str) -> Actor<'a> {
        Actor { id, organisatie_id: &self.organisatie }
    }
}

fn account(store: &Store, systeem: Actor<'_>, naam: &str, rol: Rol, werkgevers: Vec<String>) -> String {
    let email = format!("{}-{}@example.nl", naam.to_lowercase(), &systeem.organisatie_id[..8]);
    let g = NieuweGebruiker { email, naam: naam.into(), rol, werknemer_id: None, werkgevers };
    store.nieuwe_gebruiker(systeem, &g).unwrap()
}

/// Sanne, sick from 3 January 2022 and recovered after 3 July 2022 (the end of her re-integration), with
/// a step with a note, a non-medical note, a document, a medical note of 1 May 2022 and her correction
/// request.
fn opzet(db: Testdatabase) -> Opzet {
    let store = Store::open(&db.url, Some(sleutel())).unwrap();
    let organisatie = store.nieuwe_organisatie("systeem:test", "Bureau Test", OrganisatieSoort::Bureau).unwrap();
    let systeem = Actor { id: "systeem:test", organisatie_id: &organisatie };
    let werkgever = store.nieuwe_werkgever(systeem, "Bakkerij De Korf", false).unwrap();
    let werknemer = store.nieuwe_werknemer(systeem, &test_support::werknemer(&werkgever, "Sanne")).unwrap();
    let hr = account(&store, systeem, "HR", Rol::Werkgever, vec![werkgever.clone()]);
    let arts = account(&store, systeem, "Arts", Rol::Bedrijfsarts, vec![werkgever.clone()]);
    let coach = account(&store, systeem, "Coach", Rol::Coach, vec![]);
    let beheerder = account(&store, systeem, "Beheer", Rol::Beheerder, vec![]);
    let dossier = store.nieuw_dossier(systeem, &werknemer, Some(&coach), date(2022, 1, 3)).unwrap();
    let a = Actor { id: &hr, organisatie_id: &organisatie };
    let stap = Wijziging::Gebeurtenis {
        gebeurtenis: Gebeurtenis { soort: MijlpaalCode::Probleemanalyse.into(), datum: date(2022, 2, 10) },
        toelichting: Some("Sanne belde zelf".into()),
    };
    store.wijzig_dossier(a, &dossier, 1, &[stap, Wijziging::Herstel { laatste_ziektedag: date(2022, 7, 3) }]).unwrap();
    store.voeg_notitie_toe(a, &dossier, date(2022, 2, 11), "gesprek met Sanne", false).unwrap();
    let document = NieuwDocument {
        soort: "probleemanalyse".into(),
        titel: "Probleemanalyse Sanne".into(),
        datum: date(2022, 2, 10),
        auteur: "Arts".into(),
        ondertekend_door: None,
        bestandsnaam: "pa.pdf".into(),
        mediatype: "application/pdf".into(),
        inhoud: b"%PDF-1.4 probleemanalyse van Sanne".to_vec(),
    };
    store.voeg_document_toe(a, &dossier, &document).unwrap();
    let b = Actor { id: &arts, organisatie_id: &organisatie };
    store.voeg_notitie_toe(b, &dossier, date(2022, 5, 1), "diagnose: hernia", true).unwrap();
    let g = NieuweGebruiker {
        email: "sanne@example.nl".into(),
        naam: "Sanne de Vries".into(),
        rol: Rol::Werknemer,
        werknemer_id: Some(werknemer),
        werkgevers: vec![],
    };
    let sanne = store.nieuwe_gebruiker(systeem, &g).unwrap();
    let s = Actor { id: &sanne, organisatie_id: &organisatie };
    store.dien_correctieverzoek_in(s, &dossier, Onderdeel::Persoonsgegevens, "Sanne heet anders", "Sanne B.").unwrap();
    Opzet { store, organisatie, werkgever, dossier, hr, arts, coach, beheerder, _db: db }
}

fn tel(store: &Store, sql: &str) -> i64 {
    #[derive(QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    diesel::sql_query(sql).get_result::<Aantal>(&mut *store.ruwe_verbinding().unwrap()).unwrap().n
}

fn logregels_met(store: &Store, tekst: &str) -> i64 {
    #[derive(QueryableByName)]
    struct Aantal {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    diesel::sql_query("SELECT COUNT(*) AS n FROM logboek WHERE details LIKE $1")
        .bind::<Text, _>(format!("%{tekst}%"))
        .get_result::<Aantal>(&mut *store.ruwe_verbinding().unwrap())
        .unwrap()
        .n
}

fn lijst(o: &Opzet, peildatum: Date) -> Vec<Vervalregel> {
    o.store.bewaaroverzicht(o.als(&o.beheerder), peildatum).unwrap()
}

fn an_expired_dossier_is_anonymised_on_its_day_and_not_before(db: Testdatabase) {
    let o = opzet(db);
    let (s, coach) = (&o.store, o.als(&o.coach));
    assert!(lijst(&o, date(2024, 7, 2)).is_empty(), "the day before the term ends");
    assert!(s.voer_bewaartermijnen_uit(&o.organisatie, date(2024, 7, 2)).unwrap().is_empty());
    assert_eq!(s.dossier(coach, &o.dossier, "test").unwrap().werknemer, "Sanne de Vries", "nothing early");
    let regels = lijst(&o, date(2024, 7, 3));
    assert_eq!(regels.len(), 1, "{regels:?}");
    let r = &regels[0];
    assert_eq!(
        (r.dossier_id.as_str(), r.werkgever.as_str(), r.wat),
        (o.dossier.as_str(), "Bakkerij De Korf", Wat::Dossier)
    );
    assert_eq!((r.einde, r.grond, r.jaren, r.vervalt_op), (date(2022, 7, 3), Grond::Dossier, 2, date(2024, 7, 3)));
    let versie = s.dossier(coach, &o.dossier, "test").unwrap().versie;

    let gedaan = s.voer_bewaartermijnen_uit(&o.organisatie, date(2024, 7, 3)).unwrap();
    assert_eq!(gedaan, regels, "it does what the list said");
    let d = s.dossier(coach, &o.dossier, "test").unwrap();
    assert_eq!(
        (d.werknemer.as_str(), d.functie.as_str(), d.postcode.als_tekst()),
        ("Geanonimiseerde werknemer", "", "9999 ZZ")
    );
    assert!(d.versie > versie);
    // The clock's data stays (the figures count it), its free text goes.
    let casus = d.casus(date(2024, 7, 3)).unwrap();
    assert_eq!(domain::poortwachter::bereken(&casus).eerste_ziektedag, date(2022, 1, 3));
    let verloop = s.verloop(coach, &o.dossier, "test").unwrap();
    assert_eq!(verloop.len(), 1, "the step stays, the note goes: {verloop:?}");
    assert_eq!((verloop[0].soort.as_str(), verloop[0].tekst.as_deref()), ("probleemanalyse", None));
    assert!(s.documenten(coach, &o.dossier, "test").unwrap().is_empty());
    assert_eq!(tel(s, "SELECT COUNT(*) AS n FROM inhoud"), 0, "the file is gone too");
    assert!(s.bsn(coach, &o.dossier, "test").is_err(), "no BSN left to read");
    for (tabel, kolom) in [
        ("werknemers", "voornaam"),
        ("notities", "tekst"),
        ("gebeurtenissen", "toelichting"),
        ("documenten", "titel"),
        ("correctieverzoeken", "wat_onjuist"),
    ] {
        let n = tel(s, &format!("SELECT COUNT(*) AS n FROM {tabel} WHERE {kolom} LIKE '%Sanne%'"));
        assert_eq!(n, 0, "{tabel}.{kolom}");
    }
    // The log: what, which term, no personal values; the chain holds.
    assert_eq!(logregels_met(s, "\"actie\":\"geanonimiseerd\""), 1);
    assert_eq!(logregels_met(s, "\"bewaartermijn\":\"dossier\""), 1);
    assert_eq!(logregels_met(s, "Sanne"), 0);
    let controle = s.controleer_logboek().unwrap();
    assert!(controle.breuk.is_none(), "{:?}", controle.breuk);
    // A second run on the same day finds nothing more.
    assert!(s.voer_bewaartermijnen_uit(&o.organisatie, date(2024, 7, 3)).unwrap().is_empty());
    assert!(lijst(&o, date(2030, 1, 1)).is_empty(), "the anonymised dossier is not listed again");
}

fn the_medical_notes_outlive_the_dossier_until_their_own_term(db: Testdatabase) {
    let o = opzet(db);
    let (s, arts, coach) = (&o.store, o.als(&o.arts), o.als(&o.coach));
    s.voer_bewaartermijnen_uit(&o.organisatie, date(2024, 7, 3)).unwrap();
    let notities = s.medische_notities(arts, &o.dossier, "test").unwrap();
    assert_eq!(notities.len(), 1, "the medical file outlives the dossier");
    assert_eq!(notities[0].tekst, "diagnose: hernia");
    assert_eq!(s.bewaarde_identiteit(arts, &o.dossier, "test").unwrap().as_deref(), Some("Sanne de Vries"));
    for wie in [coach, o.als(&o.hr), o.als(&o.beheerder)] {
        assert!(matches!(s.bewaarde_identiteit(wie, &o.dossier, "test"), Err(StoreFout::Geweigerd(_))), "{wie:?}");
        assert!(s.medische_notities(wie, &o.dossier, "test").is_err());
    }
    // Twenty years after the last medical note: the day before kept, on the day deleted.
    let medisch = |d| lijst(&o, d).into_iter().filter(|r| r.wat == Wat::Medisch).collect::<Vec<_>>();
    assert!(medisch(date(2042, 4, 30)).is_empty());
    let regels = medisch(date(2042, 5, 1));
    assert_eq!(regels.len(), 1);
    assert_eq!((regels[0].einde, regels[0].grond, regels[0].jaren), (date(2022, 5, 1), Grond::Medisch, 20));
    assert!(s.voer_bewaartermijnen_uit(&o.organisatie, date(2042, 4, 30)).unwrap().is_empty());
    assert_eq!(s.medische_notities(arts, &o.dossier, "test").unwrap().len(), 1);
    assert_eq!(s.voer_bewaartermijnen_uit(&o.organisatie, date(2042, 5, 1)).unwrap(), regels);
    assert!(s.medische_notities(arts, &o.dossier, "test").unwrap().is_empty());
    assert_eq!(s.bewaarde_identiteit(arts, &o.dossier, "test").unwrap(), None);
    assert_eq!(tel(s, "SELECT COUNT(*) AS n FROM bewaarde_identiteiten"), 0);
    assert_eq!(logregels_met(s, "\"bewaartermijn\":\"medisch\""), 1);
    assert_eq!(logregels_met(s, "hernia"), 0);
    assert!(s.controleer_logboek().unwrap().breuk.is_none());
}

fn an_eigenrisicodrager_and_a_running_dossier_keep_theirs(db: Testdatabase) {
    let o = opzet(db);
    let s = &o.store;
    let beheer = o.als(&o.beheerder);
    s.stel_eigenrisicodrager_in(beheer, &o.werkgever, true).unwrap();
    assert!(lijst(&o, date(2027, 7, 2)).iter().all(|r| r.wat != Wat::Dossier), "five years, the day before");
    let regels = lijst(&o, date(2027, 7, 3));
    assert_eq!(
        (regels[0].grond, regels[0].jaren, regels[0].vervalt_op),
        (Grond::Eigenrisicodrager, 5, date(2027, 7, 3))
    );
    // A second employee, still sick: never on the list, however late.
    let systeem = Actor { id: "systeem:test", organisatie_id: &o.organisatie };
    let ander = s.nieuwe_werknemer(systeem, &test_support::werknemer(&o.werkgever, "Piet")).unwrap();
    let lopend = s.nieuw_dossier(systeem, &ander, None, date(2010, 1, 4)).unwrap();
    assert!(lijst(&o, date(2100, 1, 1)).iter().all(|r| r.dossier_id != lopend));
    s.voer_bewaartermijnen_uit(&o.organisatie, date(2100, 1, 1)).unwrap();
    assert_eq!(s.dossier(o.als(&o.hr), &lopend, "test").unwrap().werknemer, "Piet de Vries");
}

fn the_terms_and_the_list_are_the_beheerders(db: Testdatabase) {
    let o = opzet(db);
    let s = &o.store;
    let beheer = o.als(&o.beheerder);
    assert_eq!(s.bewaartermijnen(beheer).unwrap(), Termijnen::default());
    for wie in [o.als(&o.coach), o.als(&o.hr), o.als(&o.arts)] {
        assert!(matches!(s.bewaartermijnen(wie), Err(StoreFout::Geweigerd(_))), "{wie:?}");
        assert!(matches!(s.bewaaroverzicht(wie, date(2030, 1, 1)), Err(StoreFout::Geweigerd(_))));
        assert!(matches!(s.stel_bewaartermijnen_in(wie, &Termijnen::default()), Err(StoreFout::Geweigerd(_))));
        assert!(matches!(s.stel_eigenrisicodrager_in(wie, &o.werkgever, true), Err(StoreFout::Geweigerd(_))));
    }
    let te_lang = Termijnen { dossier_jaren: 3, ..Termijnen::default() };
    assert!(matches!(s.stel_bewaartermijnen_in(beheer, &te_lang), Err(StoreFout::Ongeldig(_))));
    let kort = Termijnen::nieuw(1, 3, 25).unwrap();
    s.stel_bewaartermijnen_in(beheer, &kort).unwrap();
    s.stel_bewaartermijnen_in(beheer, &kort).unwrap();
    assert_eq!(s.bewaartermijnen(beheer).unwrap(), kort);
    assert_eq!(lijst(&o, date(2023, 7, 3))[0].vervalt_op, date(2023, 7, 3), "one year");
    // Another organisation's beheerder sees nothing of this one.
    let vreemd = s.nieuwe_organisatie("systeem:test", "Ander", OrganisatieSoort::Bureau).unwrap();
    let systeem = Actor { id: "systeem:test", organisatie_id: &vreemd };
    let ander = account(s, systeem, "Anderbeheer", Rol::Beheerder, vec![]);
    let ander = Actor { id: &ander, organisatie_id: &vreemd };
    assert!(s.bewaaroverzicht(ander, date(2030, 1, 1)).unwrap().is_empty());
    assert_eq!(s.bewaartermijnen(ander).unwrap(), Termijnen::default());
    assert!(s.stel_eigenrisicodrager_in(ander, &o.werkgever, true).is_err());
    assert_eq!(logregels_met(s, "\"medisch\":25"), 2, "each change of the terms is logged");
}

fn the_daily_round_runs_once_however_many_workers_ask(db: Testdatabase) {
    let o = opzet(db);
    let nu = jiff::Timestamp::now().as_microsecond();
    let dag = date(2024, 7, 3);
    let slagboom = Arc::new(Barrier::new(2));
    let rondes: Vec<_> = ["w1", "w2"]
        .into_iter()
        .map(|werker| {
            let (store, slagboom) = (o.store.clone(), slagboom.clone());
            std::thread::spawn(move || {
                slagboom.wait();
                store.bewaarronde(werker, dag, nu).unwrap()
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let gedaan: Vec<_> = rondes.into_iter().flatten().collect();
    assert_eq!(gedaan.len(), 1, "one worker ran it");
    assert_eq!(gedaan[0].len(), 1, "the one expired dossier");
    assert_eq!(logregels_met(&o.store, "\"actie\":\"geanonimiseerd\""), 1);
    assert_eq!(o.store.bewaarronde("w3", dag, nu).unwrap(), None, "today's round is done");
    let taken = o.store.taken().unwrap();
    assert_eq!(taken.len(), 1);
    assert_eq!((taken[0].sleutel.as_str(), taken[0].status.as_str()), ("bewaartermijnen:2024-07-03", "klaar"));
    assert_eq!(o.store.bewaarronde("w1", date(2024, 7, 4), nu).unwrap(), Some(Vec::new()), "the next day's");
}
